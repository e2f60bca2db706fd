"""Stage 3, normalise: tokens, protected spans, the lexicon, the matcher, fuzzy names, artifacts, the verdict and
the `Normalizer` that composes them. The engine knows nothing of files or terminals."""
