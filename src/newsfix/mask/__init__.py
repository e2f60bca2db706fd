"""Stage 2, mask: what of a document is prose (Markdown, HTML) and what inline comments suppress."""
