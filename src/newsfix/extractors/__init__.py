"""Stage 4, extract: claim extractors, one module per claim type, listed in `registry.CLAIMS`;
`article.extract` (`newsfix.extract`) runs them on normalised text. (Named `extractors`, not `extract`: a
subpackage `newsfix.extract` would replace the public function `newsfix.extract` once imported.)

Each extractor is a function `extract(ctx: Context) -> ...` over a shared `Context` (normalised text, the spaCy
doc, HTML metadata, and where normalisation changed the text), so that the work of tokenising and matching
lexicon phrases is done once per article.
"""
