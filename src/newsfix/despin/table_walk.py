"""The walk over a page's tokens that both thesaurus models share (`rewriter_model`, `spinner_models`).

Each model holds a table of spun forms of one or more words and repairs the longest form it knows at each word.
How a form is found (lengths tried longest first, only forms whose words are joined by one plain space, and
the walk moving on past a found form) is the same for both, and lives here once; which rows a model accepts, which
spans it leaves alone and how it builds its edit stay in the model.
"""

from __future__ import annotations

from .tokens import TokenTable

TYPE_CHECKING = False
if TYPE_CHECKING:  # `typing` costs `check` about 3 ms of start-up (tests/test_cli.py keeps it off that path)
    from collections.abc import Callable, Container, Iterator
    from typing import TypeVar

    V = TypeVar("V")


def longest_forms(
    tokens: TokenTable,
    longest: int,
    lookup: Callable[[str], V | None],
    firsts: Container[str] | None = None,
) -> Iterator[tuple[int, int, int, int, V]]:
    """`(k, n, start, end, value)` for the longest form of up to `longest` words at each word that `lookup` accepts.

    `lookup(spun)` gets the lower-case keys of tokens k..k+n-1 joined by spaces and returns the row, or None to try
    a shorter form. A form of several words must have exactly one space between its tokens (the tables hold forms
    as written in running text, not across a line break or a tab). After a found form the walk resumes at the token
    after it, whether or not the caller then uses it, so that no form starts inside another. `firsts`, when given,
    holds the first words of all the forms: most tokens of a page are none of them, and are passed over at once.
    `start` and `end` are the form's offsets in the text the tokens were made from.
    """
    keys, gaps, starts, ends = tokens.keys, tokens.gaps, tokens.starts, tokens.ends
    total, lengths = len(keys), range(longest, 0, -1)
    k = 0
    while k < total:
        if firsts is not None and keys[k] not in firsts:
            k += 1
            continue
        for n in lengths:
            # past the end of the text, or an inner gap that is not one space (counted in C: this runs at every word)
            if k + n > total or (n > 1 and gaps[k + 1 : k + n].count(" ") != n - 1):
                continue
            value = lookup(" ".join(keys[k : k + n]))
            if value is not None:
                break
        else:
            k += 1
            continue
        yield k, n, starts[k], ends[k + n - 1], value
        k += n
