"""Stage 4, extract: claim extractors, one module per claim type, listed in `registry.CLAIMS`;
`article.extract` (`newsfix.extract`) runs them on normalised text. (Named `extractors`, not `extract`: a
subpackage `newsfix.extract` would replace the public function `newsfix.extract` once imported.)

Each extractor is a function `extract(ctx: ArticleContext) -> ...` over a shared `ArticleContext` (normalised
text, the spaCy doc, HTML metadata, and where normalisation changed the text), so that the work of tokenising and
matching lexicon phrases is done once per article. (The matcher's `despin.matcher.Context` is the engine's own.)
"""
