"""Stage 5, report: one reporter per output format, picked from a table by `check`, `fix` and `extract`."""
