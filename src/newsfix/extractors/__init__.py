"""Claim extractors, one module per claim type; `newsfix.extractors.article.extract` runs them on normalised text.

Each extractor is a function `extract(ctx: Context) -> ...` over a shared `Context` (normalised text, the spaCy
doc, HTML metadata, and where normalisation changed the text), so that the work of tokenising and matching
lexicon phrases is done once per article.
"""
