"""The normalisation pipeline: protect -> find fingerprints -> verdict -> choose edits -> apply.

`Normalizer` holds the compiled lexicon and gazetteer; build it once and reuse it. It pickles as its settings and
rebuilds from the on-disk lexicon cache, so it is cheap to send to worker processes.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import cached_property, lru_cache, partial
from pathlib import Path

from ..model import (
    TIER_ORDER,
    Edit,
    Normalized,
    Options,
    Spin,
    apply_edits,
    compose_edits,
    held_rule,
    output_spans,
)
from . import artifacts, sensitive
from .casing import carry_case
from .compile import compile_lexicon, load_part, load_signs
from .followup import completes_fingerprint, guard_may_flip
from .gates import (
    AMBIGUOUS_MIN_FINGERPRINTS,
    apart,
    fingerprints_inside_held,
    gate_ambiguous,
    rule_of,
    spun_quotes,
)
from .lexicon import CompiledLexicon, LexiconSigns, default_lexicon_dir
from .matcher import ANY_FAMILY, Context, match_edit, select, without_article
from .protect import Spans, protected_spans, quote_spans
from .rewriter_model import RewriterModel
from .segments import SEGMENT_ABOVE, merge_spins, segments
from .signatures import FamilySignatures
from .spinner_models import FAMILY as mythes_first_family
from .spinner_models import RULE as MYTHES_FIRST
from .spinner_models import MythesFirstModel
from .tokens import TokenTable, word_runs
from .verdict import (
    SWAP_DENSE_DENSITY,
    needs_second_signal,
    per_1000_words,
    spin_verdict,
    spinner_families,
    swap_attributed,
    swap_dense,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Literal

    from .fuzzy import NameRestorer, NearMissMatcher
    from .scan import FormScanner

# Distinct one-run ambiguous forms per 1000 words above which a text without a fingerprint sign still gets the
# ambiguous pass (a cheap upper bound: the pass's guards, gates and multi-word forms decide).
SWAP_SIGN_DENSITY = SWAP_DENSE_DENSITY / 2
# Swap signs per 1000 words from which the automaton is skipped: 98 % of such texts in the corpora hold a fingerprint
# form, so it would only confirm the full pass (whose outcome is the same as the fast path's where it would not).
SCAN_BELOW_SWAP_DENSITY = 60.0
# A spinner run over its own output nests its swaps ("skin" -> "pores and skin" four times over: "pores and pores and
# pores and pores and skin"); each pass undoes one level, and a pass only looks near the last pass's repairs.
MAX_FOLLOW_UP_PASSES = 8
FOLLOW_UP_REACH = 120  # characters around an edit's replacement where a completed fingerprint may start


class Normalizer:
    """Reusable normaliser: `lexicons` replace the built-in ones, **options are `Options` fields."""

    def __init__(self, lexicons: Iterable[str | Path] | None = None, **options: Any) -> None:
        self.lexicon_paths = tuple(Path(p) for p in lexicons) if lexicons else None
        self.options = Options(**options)
        # the fast path's sets only: a clean text never needs the whole lexicon, which loads on first use
        self.signs: LexiconSigns = load_signs(self.lexicon_paths)
        self._scan_wanted = False  # see _scanner()

    @cached_property
    def lexicon(self) -> CompiledLexicon:
        return compile_lexicon(self.lexicon_paths)

    # The fuzzy matchers are built on first use: a `check` of clean files never needs them, and starts sooner.
    @cached_property
    def scanner(self) -> FormScanner:
        from .scan import FormScanner  # with the lexicon: a `check` of clean files never needs it

        return FormScanner(load_part(self.lexicon, "scan"))

    def _scanner(self) -> FormScanner | None:
        """The automaton, from the second text that can use it on: for one text, building it (about 7 ms) costs more
        than the full pass it may save, and a one-file `check` never builds it. Either way the outcome is the same."""
        if "scanner" in self.__dict__ or self._scan_wanted:
            return self.scanner
        self._scan_wanted = True
        return None

    def warm(self) -> None:
        """Load what texts that show a sign need (lexicon, automaton), e.g. before forking workers that share it."""
        self._scan_wanted = True
        self.scanner  # noqa: B018 - loads the lexicon too

    @cached_property
    def names(self) -> NameRestorer:
        from .names_cache import load_names  # rapidfuzz is imported only for documents that need it

        gaz_dir = None if not self.lexicon_paths else _gazetteer_dir(self.lexicon_paths)
        return load_names(gaz_dir, self.lexicon)

    @cached_property
    def near_misses(self) -> NearMissMatcher:
        from .fuzzy import NearMissMatcher

        return NearMissMatcher(load_part(self.lexicon, "near-miss"))

    def __reduce__(self):
        return (_rebuild, (self.lexicon_paths, self.options))

    def normalize(self, text: str, **overrides: Any) -> Normalized:
        """Repair `text`; keyword arguments override this normaliser's `Options` for this call only."""
        if not isinstance(text, str):
            raise TypeError(f"normalize() takes str, not {type(text).__name__}")
        opts = Options(**{**self.options.__dict__, **overrides}) if overrides else self.options
        if len(text) > SEGMENT_ABOVE:
            return self._normalize_segments(text, opts)
        return self._normalize(text, opts)

    def _normalize_segments(self, text: str, opts: Options) -> Normalized:
        """A very long text, one segment of whole paragraphs at a time (see segments.py)."""
        edits: list[Edit] = []
        held: list[Edit] = []
        spins: list[Spin] = []
        pieces: list[str] = []
        for start, end in segments(text):
            part = self._normalize(text[start:end], opts)
            pieces.append(part.text)
            spins.append(part.spin)
            edits += [e.replace(start=e.start + start, end=e.end + start) for e in part.edits]
            held += [e.replace(start=e.start + start, end=e.end + start) for e in part.suggestions]
        return Normalized("".join(pieces), edits, merge_spins(spins), text, held)

    def _normalize(self, text: str, opts: Options) -> Normalized:
        edits, spin, follow_up, held = self._edits(text, opts)
        out = apply_edits(text, edits)
        # A repair can complete a fingerprint with the word after it ("as a result of manner" -> "because
        # manner", the spinner's "due to the way"), or make a guard on its neighbours hold. Restore those too, so
        # that fixed text is a fixpoint.
        for _ in range(MAX_FOLLOW_UP_PASSES if follow_up else 0):
            more = self._fingerprint_edits(out, opts, output_spans(edits))
            if not more:
                break
            edits = compose_edits(text, edits, more)
            out = apply_edits(text, edits)
        return Normalized(out, edits, spin, text, apart(held, edits))

    def _fingerprint_edits(self, text: str, opts: Options, regions: list[tuple[int, int]]) -> list[Edit]:
        """Fingerprints that start near text an edit wrote: only there can a repair have completed one."""
        folded = artifacts.fold(text)
        if not self.signs.may_hold_fingerprint(word_runs(folded)):
            return []
        # the automaton, where the main pass built it: most repaired texts hold no fingerprint form any more, and
        # then need no tokens (where one occurs, only the words such forms start with are entry points)
        first_words = fingerprint_first_words = None
        if "scanner" in self.__dict__:
            has_form, _, first_words, fingerprint_first_words = self.scanner.scan_starts(folded)
            if not has_form:
                return []
        ctx = Context(text, folded, TokenTable(folded), self.lexicon, first_words, fingerprint_first_words)
        starts = ctx.tokens.starts
        reach = FOLLOW_UP_REACH
        ctx.fingerprint_entry_points = [
            k
            for k in ctx.fingerprint_entry_points
            if (i := bisect.bisect_right(regions, (starts[k] + reach, len(text))))
            and regions[i - 1][1] + reach > starts[k]
        ]
        if not ctx.fingerprint_entry_points:
            return []
        quotes = quote_spans(text) if opts.quotes != "all" else Spans(())
        chosen = select(
            ctx,
            protected_spans(text),
            quotes,
            quote_policy=opts.quotes,
            spun=False,
            disable=opts.disable,
            fingerprints_only=True,
        )
        return _resolve(text, [match_edit(ctx, m, in_quote) for m, in_quote in chosen], opts)

    def _edits(self, text: str, opts: Options):
        folded = artifacts.fold(text)
        runs = word_runs(folded)
        words = len(runs)
        # a page-level artifact signature that needs no lexicon: tokenized text joined back with spaces
        detokenized = "detokenized" not in opts.disable and artifacts.detokenized(text)
        # a page the family-O spinner model attributes to itself ("inwards", "helium", "volition" together)
        modelled = MYTHES_FIRST not in opts.disable and self.mythes_first.attributes(runs)
        # a page carrying a dictionary spinner's signature: several of its ordinary-word outputs together
        signed = self.family_signatures.families(runs, opts.disable)
        swap_density = per_1000_words(self.signs.swap_hits(runs), words)
        may_hold, may_be_dense = self.signs.may_hold_fingerprint(runs), swap_density >= SWAP_SIGN_DENSITY
        page_level = detokenized or modelled or bool(signed)  # a verdict the lexicon does not decide
        starts = fingerprint_starts = None  # the words a form that occurs starts with, when the automaton ran
        if opts.assume in (None, "clean") and (may_hold or may_be_dense) and not page_level:
            # the signs allow a fingerprint or many swaps: one pass of the lexicon's automaton says exactly whether
            # a fingerprint form occurs, and bounds the ambiguous swaps from above
            scanner = self._scanner() if swap_density < SCAN_BELOW_SWAP_DENSITY else None
            if scanner is not None:
                has_form, upper, starts, fingerprint_starts = scanner.scan_starts(folded)
                may_hold = may_hold and has_form
                may_be_dense = may_be_dense and swap_dense(upper, words)
        quiet = not may_hold and not may_be_dense
        if opts.assume in (None, "clean") and quiet and not page_level:
            # No fingerprint and few ordinary-word swaps, so the verdict is "clean": no lexicon, name or near-miss
            # edit can apply. Most texts a content repository checks are like this, and this path skips tokenizing
            # and matching. Artifacts still apply, and enough of them are a verdict of their own.
            found_artifacts = artifacts.page_edits(text, folded, None, opts.disable)
            if not artifacts.signature(found_artifacts):
                # repaired artifacts ("{A A} EXTRA") can spell out a fingerprint: the follow-up pass looks
                return _resolve(text, found_artifacts, opts), spin_verdict(0, 0, words), bool(found_artifacts), []

        tokens = TokenTable(folded)
        protected = protected_spans(text)
        quotes = quote_spans(text) if opts.quotes != "all" else Spans(())
        ctx = Context(text, folded, tokens, self.lexicon, starts, fingerprint_starts)

        # only fingerprints that will be restored count, so that fixed text is judged clean and stays as it is
        fingerprints = select(ctx, protected, quotes, quote_policy=opts.quotes, spun=False, fingerprints_only=True)
        found = {m.form.entry.spun: m.form.entry for m, _ in fingerprints}
        families = spinner_families(e.families for e in found.values())
        if modelled:
            families = (families or frozenset()) | {mythes_first_family}
        if signed:
            families = (families or frozenset()) | signed
        ambiguous = 0
        if needs_second_signal(len(found), words) or (not found and may_be_dense):
            # evidence of spinning in general, whichever family's thesaurus the swaps come from
            swaps = select(ctx, protected, quotes, quote_policy=opts.quotes, spun=True, families=ANY_FAMILY)
            ambiguous = len({m.form.entry.spun for m, _ in swaps if m.form.entry.tier == "ambiguous"})
        found_artifacts = artifacts.page_edits(text, folded, protected, opts.disable)
        signature = page_level or artifacts.signature(found_artifacts)
        spin = spin_verdict(len(found), len(fingerprints), words, ambiguous, families, signature)
        verdict = opts.assume or spin.verdict
        spun = verdict == "spun"
        if opts.assume == "spun" and not families:
            families = ANY_FAMILY  # told it is spun, but no fingerprint names a spinner: every family's entries

        if spun or fingerprints:
            choose = partial(
                select,
                ctx,
                protected,
                quotes,
                quote_policy=opts.quotes,
                spun=spun,
                disable=opts.disable,
                families=families or frozenset(),
            )
            if spun and opts.quotes == "fingerprint" and quotes and len(found) >= AMBIGUOUS_MIN_FINGERPRINTS:
                # which quotes the spinner rewrote: count its swaps in each, every quote open
                every_quote = choose(spun_quotes=quotes)
                judged = spun_quotes(quotes, fingerprints, len(found), every_quote)
                chosen = every_quote if len(judged) == len(quotes) else choose(spun_quotes=judged)
            else:
                chosen = choose(spun_quotes=spun_quotes(quotes, fingerprints, len(found)) if spun else None)
        else:
            # not spun, so fingerprints only; the verdict's pass found none (and disabling rules only removes
            # some): most unspun texts that show a sign end here, without looking at every other entry point
            chosen = []
        if spun and opts.assume != "spun":
            dense = swap_attributed(len(found), ambiguous, words) or modelled or bool(signed)
            chosen, held = gate_ambiguous(text, chosen, fingerprints, len(found), dense, self.sensitive_words)
            chosen = fingerprints_inside_held(chosen, held, fingerprints, opts.disable)
            suggestions = [match_edit(ctx, m, q).replace(rule=held_rule(rule_of(m), why)) for m, q, why in held]
        else:
            suggestions = []
        edits = [match_edit(ctx, m, in_quote) for m, in_quote in chosen]
        if verdict != "clean" and "gazetteer" not in opts.disable:
            edits += [e for e in self.names.edits(folded, tokens, protected) if not _in_quotes(e, quotes, opts)]
        if spun and self.mythes_first.applies(modelled, opts.disable):
            edits += self.mythes_first.edits(text, tokens, protected, quotes, self.sensitive_words)
        if spun and self.rewriter.applies(families, opts.disable):  # words no entry knows, no other edit repairs
            edits += self.rewriter.edits(text, tokens, protected, quotes, edits, self.sensitive_words)
        if spun and "near-miss" not in opts.disable:
            exact = {k: (m.i, m.j) for m, _ in chosen if m.form.entry.tier == "fingerprint" for k in range(m.i, m.j)}
            edits += self._near_miss_edits(text, folded, tokens, exact, protected, quotes, opts)
        edits = _resolve(text, edits + found_artifacts, opts)
        follow_up = bool(edits) and (spin.verdict != "clean" or spun or bool(found_artifacts))
        follow_up = follow_up and (guard_may_flip(ctx, edits) or completes_fingerprint(ctx, edits))
        return edits, spin, follow_up, suggestions

    @cached_property
    def data_dir(self) -> Path:
        """The lexicon folder that holds the data files beside the entries (sensitive words, thesaurus tables)."""
        return default_lexicon_dir() if not self.lexicon_paths else _gazetteer_dir(self.lexicon_paths)

    @cached_property
    def sensitive_words(self) -> dict[str, str]:
        return sensitive.load(self.data_dir / "sensitive.txt")

    @cached_property
    def mythes_first(self) -> MythesFirstModel:
        return MythesFirstModel(self.data_dir / "thesaurus")

    @cached_property
    def rewriter(self) -> RewriterModel:
        return RewriterModel(self.data_dir / "thesaurus")

    @cached_property
    def family_signatures(self) -> FamilySignatures:
        return FamilySignatures(self.data_dir / "signatures")

    def _near_miss_edits(self, text, folded, tokens, exact, protected, quotes, opts) -> list[Edit]:
        edits = []
        for start, end, form in self.near_misses.matches(folded, tokens, exact):
            if protected.overlaps(start, end):
                continue
            in_quote = opts.quotes != "all" and quotes.overlaps(start, end)
            if in_quote and opts.quotes == "protect":
                continue
            before = text[start:end]
            after = carry_case(before, form.replacement)
            edits.append(Edit(start, end, before, after, f"near-miss:{form.entry.spun}", 0.7, "fuzzy", in_quote))
        return edits


def _in_quotes(edit: Edit, quotes: Spans, opts: Options) -> bool:
    return opts.quotes != "all" and quotes.overlaps(edit.start, edit.end)


def _resolve(text: str, edits: list[Edit], opts: Options) -> list[Edit]:
    """Keep non-overlapping edits: the wider edit wins, then the surer tier. Before-text is always the input's."""
    # a homoglyph edit yields to an equally wide one: that one was found on the folded text and repairs the letters too
    ranked = sorted(edits, key=lambda e: (-(e.end - e.start), e.rule == "homoglyph", TIER_ORDER[e.tier], e.start))
    kept: list[Edit] = []
    taken = bytearray(len(text) + 1)  # 1 where a kept edit is: a C-level overlap test, linear in the text
    for e in ranked:
        if e.confidence < opts.min_confidence or e.before.lower() in opts.ignore or e.before == e.after:
            continue
        if taken.find(1, e.start, e.end) >= 0 and (shrunk := without_article(e)):
            e = shrunk  # a wider edit rewrote the article: the repair stands without the agreement
        if taken.find(1, e.start, e.end) >= 0 or (e.start == e.end and taken[e.start]):
            continue
        taken[e.start : e.end] = b"\x01" * (e.end - e.start)
        # edits found on the folded text must still show the input's own characters as before
        if e.before != text[e.start : e.end]:
            e = Edit(e.start, e.end, text[e.start : e.end], e.after, e.rule, e.confidence, e.tier, e.in_quote)
        kept.append(e)
    return sorted(kept, key=lambda e: e.start)


def _gazetteer_dir(paths: tuple[Path, ...]) -> Path:
    for p in paths:
        d = p if p.is_dir() else p.parent
        if (d / "gazetteers").is_dir():
            return d
    return default_lexicon_dir()


def _rebuild(lexicon_paths, options: Options) -> Normalizer:
    return Normalizer(lexicon_paths, **options.__dict__)


@lru_cache(maxsize=1)
def default_normalizer() -> Normalizer:
    return Normalizer()


def normalize(
    text: str,
    *,
    quotes: Literal["fingerprint", "protect", "all"] | None = None,
    assume: Literal["spun", "clean", "uncertain"] | None = None,
    disable: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    min_confidence: float | None = None,
) -> Normalized:
    """Undo article spinning in `text` with the cached default `Normalizer` (built-in lexicons).

    quotes: "fingerprint" (default: only unmistakable phrases in quoted speech), "protect" (never), "all".
    assume: "spun" applies ambiguous entries whatever the evidence, "clean" only fingerprints and artifacts.
    disable: rule ids or spun forms to leave alone; ignore: phrases never to change; min_confidence: edit floor.
    Returns `Normalized` (`.text`, `.edits` with offsets into `text`, `.spin`); TypeError/ValueError for bad input.

    >>> normalize("Patients with persistent ache.").text
    'Patients with chronic pain.'
    """
    given = {"quotes": quotes, "assume": assume, "disable": disable, "ignore": ignore, "min_confidence": min_confidence}
    return default_normalizer().normalize(text, **{k: v for k, v in given.items() if v is not None})
