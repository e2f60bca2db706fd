"""Batch processing: the record runner (`process_batch`, `run_parallel`) and the forked workers of `check`/`fix`."""
