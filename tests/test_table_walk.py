"""The token walk that the rewriter and mythes-first models share: longest form first, forms joined by one space
only, the walk moving on past a found form, and no look past the end of the text."""

from __future__ import annotations

from newsfix.despin.table_walk import longest_forms
from newsfix.despin.tokens import TokenTable


def _walk(text: str, table: dict[str, object], longest: int, firsts=None, calls=None):
    def lookup(spun: str):
        if calls is not None:
            calls.append(spun)
        return table.get(spun)

    return [
        (k, n, text[start:end], value)
        for k, n, start, end, value in longest_forms(TokenTable(text), longest, lookup, firsts)
    ]


def test_the_longest_form_at_a_word_wins_and_lengths_are_tried_longest_first():
    table = {"a": 1, "a b": 2, "a b c": 3, "c": 4}
    calls: list[str] = []
    assert _walk("a b c d", table, 3, calls=calls) == [(0, 3, "a b c", 3)]
    assert calls[:1] == ["a b c"]  # found at once: no shorter form is looked up
    assert _walk("x a b", table, 3) == [(1, 2, "a b", 2)]  # the longest that fits before the end
    assert _walk("a b c", {"a": 1, "a b": 2}, 3) == [(0, 2, "a b", 2)]


def test_a_form_of_several_words_needs_one_plain_space_between_them():
    table = {"a": 1, "a b": 2, "b": 3, "a b c": 4}
    assert _walk("a\nb", table, 3) == [(0, 1, "a", 1), (1, 1, "b", 3)]
    assert _walk("a  b", table, 3) == [(0, 1, "a", 1), (1, 1, "b", 3)]
    assert _walk("a,b", {"a , b": 9, "a": 1}, 3) == [(0, 1, "a", 1)]  # a token between, no gap: "a , b" is 3
    assert _walk("a b\tc", table, 3) == [(0, 2, "a b", 2)]  # the inner gap before "c" is a tab
    # only the gaps inside the form count: the one before its first word may be anything
    assert _walk("x\n\na b c", table, 3) == [(1, 3, "a b c", 4)]
    calls: list[str] = []
    _walk("a b\nc", table, 3, calls=calls)
    assert calls[0] == "a b"  # "a b c" spans a line break: never looked up


def test_the_walk_moves_on_past_a_found_form():
    table = {"a b": 1, "b c": 2, "c": 3, "b": 4}
    calls: list[str] = []
    assert _walk("a b c", table, 2, calls=calls) == [(0, 2, "a b", 1), (2, 1, "c", 3)]
    assert not any(spun.startswith("b") for spun in calls)  # no form starts inside "a b"
    # a word with no form is passed by one token
    assert _walk("z b c", table, 2) == [(1, 2, "b c", 2)]


def test_the_end_of_the_text_bounds_the_lengths_tried():
    calls: list[str] = []
    assert _walk("p q", {}, 5, calls=calls) == []
    assert calls == ["p q", "p", "q"]  # at "q" only one word is left
    assert _walk("", {"": 1}, 3) == []
    assert _walk("q", {"q": 0}, 3) == [(0, 1, "q", 0)]  # any value but None is a found form


def test_words_that_start_no_form_are_not_looked_up():
    calls: list[str] = []
    table = {"a b": 1, "c": 2}
    assert _walk("x a b y c", table, 2, firsts=frozenset({"a", "c"}), calls=calls) == [
        (1, 2, "a b", 1),
        (4, 1, "c", 2),
    ]
    assert calls == ["a b", "c"]
    # without firsts every word is tried (the mythes-first model)
    calls.clear()
    _walk("x a b y c", table, 2, calls=calls)
    assert calls == ["x a", "x", "a b", "y c", "y", "c"]
