"""Process-wide settings: the one object that programs owning their interpreter (the commands) may change, instead
of module globals scattered in the engine. A library call leaves it as it is."""

from __future__ import annotations


class Settings:
    """freeze_after_load: after a compiled lexicon loads, move it and everything else alive into the garbage
    collector's permanent generation (`gc.freeze`). Otherwise every later full collection walks its tens of
    thousands of containers (about 10 ms each time). Only for a program that owns its process (`check`/`fix`):
    a library call must leave the host process's collector alone."""

    __slots__ = ("freeze_after_load",)

    def __init__(self) -> None:
        self.freeze_after_load = False


SETTINGS = Settings()
