"""argparse value types shared by the commands: each rejects a bad value with a message that says why."""

from __future__ import annotations

import argparse


def jobs(value: str) -> int:
    """Worker processes: a whole number, 0 meaning "choose for me"."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (automatic) or more")
    return n
