"""argparse value types shared by the commands: each rejects a bad value with a message that says why."""

from __future__ import annotations

import argparse
import re


def _not_negative(value: str, cast: type, what: str, zero_means: str) -> int | float:
    try:
        n = cast(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not {what}: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 ({zero_means}) or more")
    return n


def jobs(value: str) -> int:
    """Worker processes: a whole number, 0 meaning "choose for me"."""
    return int(_not_negative(value, int, "a whole number", "automatic"))


def size(value: str) -> int:
    """A size in bytes: a whole number, or with a unit (512K, 4M, 1G; powers of 1024)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*", value, re.IGNORECASE)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (e.g. 4000000, 512K, 4M)")
    unit = (m.group(2) or "b").lower()[:1]
    n = int(float(m.group(1)) * {"b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[unit])
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1 byte")
    return n


def seconds(value: str) -> float:
    """A duration in seconds, 0 meaning no limit."""
    return float(_not_negative(value, float, "a number of seconds", "no limit"))
