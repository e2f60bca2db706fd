"""Stage 1, read: files and their discovery, text decoding, HTML main text, JSONL records, atomic writes.

Nothing here is imported by the package itself: `newsfix check` must not load an HTML library.
"""
