"""Frozen record classes without `dataclasses`: importing `dataclasses` (which imports `inspect`, `ast`, `dis` and
`tokenize`) and creating a dozen dataclasses cost every `newsfix check` about 12 ms of its start-up.

A record subclasses `Frozen`, annotates its fields in order and sets them in its own `__init__` through
`self.__dict__`. It then compares, hashes, prints and pickles as a frozen dataclass with the same fields does:
`Edit(start=0, end=3, ...)`, equal when of the same class with equal fields, and an assignment raises
`FrozenInstanceError` (an `AttributeError`, as `dataclasses.FrozenInstanceError` is). `record.replace(**changes)`
is `dataclasses.replace`.
"""

from __future__ import annotations

from operator import attrgetter


class FrozenInstanceError(AttributeError):
    """An assignment to a field of a frozen record."""


class Frozen:
    """The base of frozen records; see the module docstring."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()
    _values = staticmethod(lambda record: ())

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        own = tuple(name for name in cls.__dict__.get("__annotations__", {}) if not name.startswith("_"))
        cls._fields = cls._fields + own
        get = attrgetter(*cls._fields)
        cls._values = staticmethod(get if len(cls._fields) > 1 else lambda record: (get(record),))
        cls.__match_args__ = cls._fields

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values(self) == self._values(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self._values(self)))
        return f"{self.__class__.__qualname__}({fields})"

    def __reduce__(self):
        return (self.__class__, self._values(self))

    def replace(self, **changes: object):
        """A copy with `changes` to some fields, as `dataclasses.replace` makes it."""
        return self.__class__(**{**dict(zip(self._fields, self._values(self))), **changes})
