"""All phrases of the vocabulary compiled once into one matcher.

One Aho-Corasick automaton holds the literals that anchor every phrase (a necessary-factor
analysis of each pattern: every match contains one literal of each of its sets). One pass
of it over a text says which phrases can match at all; only those run their own pattern,
so a newsletter costs a few substring tests instead of hundreds of regular expressions.
The patterns are written in lower case and run without ``re.I`` on the lower-cased text
(much faster); the match span maps back to the original text for the evidence.
"""

from __future__ import annotations

import functools
import hashlib
import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from agent.understand.phrase_anchors import ANCHORS
from agent.understand.phrases import Phrase, Signal, Stage, Where

_VALUE = operator.itemgetter(1)  # an automaton hit is (end, literal)
_RECENT = 8  # texts whose reading is kept (a message's few)


def required_literals(pattern: str) -> tuple[tuple[str, ...], ...] | None:
    """Sets of lower-case literals: every match of ``pattern`` (read case-insensitively)
    contains one literal of each set.

    A necessary-factor analysis of the parsed pattern: each item of the top-level sequence
    that cannot be skipped contributes a set (an alternation: one literal per branch; a
    repeat with a minimum of one: its item's). Sets are ordered most selective first. It
    is what lets a mailbox of newsletters skip most rules with a few substring tests.
    None: the rule always runs.
    """
    try:
        import re._parser as sre_parse  # the stdlib's own regex parser

        tree = sre_parse.parse(pattern, re.I)
        found = _seq_candidates(list(tree))
    except Exception:  # an unusual construct: just run the rule
        return None
    sets = [c for c in found if min(len(x) for x in c) >= 2]
    if not sets:
        return None
    sets.sort(key=_selectivity, reverse=True)
    return tuple(tuple(sorted(c, key=lambda x: (len(x), x))) for c in sets[:3])


_COMMON = frozenset(
    [
        "the",
        "you",
        "your",
        "our",
        "we",
        "with",
        "for",
        "and",
        "will",
        "not",
        "this",
        "that",
        "have",
        "has",
        "are",
        "was",
        "can",
        "next",
        "time",
        "read",
        "thank",
        "thanks",
        "keep",
        "set",
        "move",
        "there",
        "here",
        "from",
        "all",
        "any",
        "more",
        "about",
        "into",
        "them",
        "they",
        "their",
        "just",
        "get",
        "got",
        "let",
        "know",
        "look",
        "new",
        "one",
        "out",
        "see",
        "now",
        "would",
        "could",
        "like",
        "want",
        "please",
    ]
)


def _selectivity(c: set[str]) -> tuple[int, int]:
    return (min(1 if x in _COMMON else len(x) for x in c), -len(c))


def _seq_factors(seq: list[Any]) -> set[str] | None:
    found = _seq_candidates(seq)
    if not found:
        return None
    return max(found, key=_selectivity)


def _seq_candidates(seq: list[Any]) -> list[set[str]]:
    from re._constants import (  # type: ignore[import-not-found,unused-ignore]
        ATOMIC_GROUP,
        BRANCH,
        LITERAL,
        MAX_REPEAT,
        MIN_REPEAT,
        POSSESSIVE_REPEAT,
        SUBPATTERN,
    )

    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append({"".join(run).lower()})
            run.clear()

    op: Any
    av: Any
    for op, av in seq:
        if op is LITERAL:
            run.append(chr(av))
            continue
        flush()
        got: set[str] | None = None
        if op is SUBPATTERN:
            got = _seq_factors(list(av[-1]))
        elif op is ATOMIC_GROUP:
            got = _seq_factors(list(av))
        elif op is BRANCH:
            branches = [_seq_factors(list(alt)) for alt in av[1]]
            if all(branches):
                got = set().union(*[b for b in branches if b])
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            lo, _hi, item = av
            if lo >= 1:
                got = _seq_factors(list(item))
        if got:
            candidates.append(got)
    flush()
    return candidates


@dataclass(frozen=True)
class Alternative:
    """One top-level branch of a phrase's pattern, with the literals it needs: a phrase
    that is a long alternation runs only the branches whose literals a text holds."""

    pattern: str
    needs: tuple[frozenset[str], ...] | None  # None: always run
    lower: bool  # the phrase is written in lower case: run it on the lower-cased text

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.I)

    @functools.cached_property
    def fast(self) -> re.Pattern[str] | None:
        return re.compile(self.pattern) if self.lower else None


@dataclass(frozen=True)
class CompiledPhrase:
    """A phrase with the literals that must occur for a match; its pattern is compiled
    the first time those literals occur in a message (most never do in one process, and
    compiling all of them was most of the command's start-up)."""

    phrase: Phrase
    needs: tuple[frozenset[str], ...] | None  # None: always run
    targets: tuple[tuple[str, str], ...]  # (evidence prefix, text name), in reading order
    alternatives: tuple[Alternative, ...] = ()  # the branches, when the pattern is split

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        """The pattern, case-insensitive, for text whose lower case changes its length."""
        return re.compile(self.phrase.pattern, re.I)

    @functools.cached_property
    def fast(self) -> re.Pattern[str] | None:
        """The same pattern, case-sensitive, for lower-cased text (None: not written in
        lower case, so only :attr:`regex` can run it)."""
        return re.compile(self.phrase.pattern) if _written_lower(self.phrase.pattern) else None


def _written_lower(pattern: str) -> bool:
    return not re.search(r"[A-Z]", re.sub(r"\\[A-Za-z]", "", pattern))


def alternatives(pattern: str) -> list[str]:
    """The top-level branches of ``pattern`` as patterns of their own (a lone ``\\b(?:a|b)``
    is ``\\ba|\\bb``); [] when it is not such an alternation.

    Searching for each branch and keeping the leftmost match (the first branch on a tie)
    finds what searching for the whole pattern finds: at each position the whole pattern
    tries its branches in order."""
    if _WHOLE.search(pattern):
        return []  # named groups, backreferences, conditionals, global flags: keep whole
    cuts = _top_level_cuts(pattern)
    if cuts:
        return _cut(pattern, cuts)
    if pattern.startswith("\\b(?:") and pattern.endswith(")"):
        inner = pattern[5:-1]
        cuts = _top_level_cuts(inner)
        if cuts and _balanced(inner):
            return ["\\b" + b for b in _cut(inner, cuts)]
    return []


_WHOLE = re.compile(r"\(\?P|\\[1-9]|\(\?\(|^\(\?[aiLmsux]+\)")
# what gives a pattern its shape: an escape, a character class, a parenthesis, a bar
_STRUCTURE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.S)


def _top_level_cuts(pattern: str) -> list[int]:
    """Where ``pattern`` has a ``|`` outside every group and character class."""
    depth = 0
    cuts: list[int] = []
    for m in _STRUCTURE.finditer(pattern):
        token = m.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif token == "|" and depth == 0:
            cuts.append(m.start())
    return cuts


def _balanced(pattern: str) -> bool:
    """Every group ``pattern`` opens it closes, and none it did not open."""
    depth = 0
    for m in _STRUCTURE.finditer(pattern):
        depth += {"(": 1, ")": -1}.get(m.group(), 0)
        if depth < 0:
            return False
    return depth == 0


def _cut(pattern: str, cuts: list[int]) -> list[str]:
    starts = [0, *(c + 1 for c in cuts)]
    ends = [*cuts, len(pattern)]
    return [pattern[a:b] for a, b in zip(starts, ends, strict=True)]


def pattern_digest(pattern: str) -> str:
    """The key of a pattern in :data:`~agent.understand.phrase_anchors.ANCHORS`."""
    return hashlib.blake2b(pattern.encode("utf-8"), digest_size=8).hexdigest()


def anchoring_literals(pattern: str) -> tuple[tuple[str, ...], ...] | None:
    """:func:`required_literals` of ``pattern``, from the precomputed table when it is
    there (parsing every pattern at start-up was a third of ``classify``'s), else worked
    out now: a stale table costs start-up time, never a different answer."""
    key = pattern_digest(pattern)
    if key in ANCHORS:
        return ANCHORS[key]
    return required_literals(pattern)


def anchor_table(phrases: Iterable[Phrase]) -> str:
    """The source of :mod:`agent.understand.phrase_anchors` for ``phrases``."""
    lines = [
        _ANCHORS_HEADER,
        "ANCHORS: dict[str, tuple[tuple[str, ...], ...] | None] = {",
    ]
    seen: set[str] = set()
    for p in phrases:
        for pattern in (p.pattern, *alternatives(p.pattern)):
            key = pattern_digest(pattern)
            if key not in seen:
                seen.add(key)
                lines.append(f"    {key!r}: {required_literals(pattern)!r},  # {p.key}")
    lines.append("}")
    return "\n".join(lines) + "\n"


_ANCHORS_HEADER = '''"""The anchoring literals of every phrase pattern and of its branches, precomputed.
Generated: do not edit.

:func:`agent.understand.phrase_matcher.required_literals` parses each pattern with the
stdlib's regular-expression parser; doing that for every phrase at each start was a third
of ``classify``'s start-up. This table holds its answers, keyed by a digest of the pattern
(:func:`~agent.understand.phrase_matcher.pattern_digest`); a pattern missing from it is
analysed at start-up as before, so a stale table only costs time. tests/test_phrases.py
fails when it is stale. After editing the phrasebook, regenerate it with one command:

    python -m agent.understand.phrasebook
"""

from __future__ import annotations
'''


def _needs(pattern: str) -> tuple[frozenset[str], ...] | None:
    factors = anchoring_literals(pattern)
    return None if not factors else tuple(frozenset(a) for a in factors)


def _compiled(phrase: Phrase) -> CompiledPhrase:
    lower = _written_lower(phrase.pattern)
    return CompiledPhrase(
        phrase=phrase,
        needs=_needs(phrase.pattern),
        targets=_targets(phrase),
        alternatives=tuple(Alternative(b, _needs(b), lower) for b in alternatives(phrase.pattern)),
    )


def _targets(phrase: Phrase) -> tuple[tuple[str, str], ...]:
    """Which texts a phrase reads, in order: (evidence prefix, text name). Bulk-mail
    phrases (``alert``) also read the footer, where newsletters say why you get them."""
    out: list[tuple[str, str]] = []
    if phrase.signal is Signal.ALERT:
        out.append(("", "full"))
    elif phrase.where in (Where.BODY, Where.BOTH):
        out.append(("", "body"))
    if phrase.where in (Where.SUBJECT, Where.BOTH):
        out.append(("subject: ", "subject"))
    return tuple(out)


@dataclass
class MatchTexts:
    """The texts of one message the phrases are looked for in, with their lower case and
    the anchoring literals the automaton found in each (filled in by the scan that first
    needs them)."""

    texts: dict[str, str]
    lows: dict[str, str] = field(default_factory=dict)
    present: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, *, subject: str, body: str, footer: str = "") -> MatchTexts:
        full = f"{body} {footer}" if footer else body
        return cls({"body": body, "subject": subject, "full": full})


@dataclass(frozen=True)
class PhraseMatch:
    """One phrase found in a message: what it said, where."""

    phrase: Phrase
    evidence: str  # 'subject: "..."' or '"..."', clipped
    said: str = ""  # the words as written, not clipped
    start: int = 0  # where they start in the text they were found in


@dataclass(frozen=True)
class _Group:
    """Phrases scanned together (one :class:`Stage`'s), indexed by the literals that
    anchor them."""

    phrases: tuple[CompiledPhrase, ...]
    always: tuple[int, ...]  # positions of phrases without anchoring literals
    by_literal: dict[str, tuple[int, ...]]  # literal -> positions of phrases it anchors
    literals: frozenset[str]  # the keys of by_literal
    texts: tuple[str, ...]  # the texts its phrases read

    @classmethod
    def of(cls, phrases: Iterable[CompiledPhrase]) -> _Group:
        group = tuple(phrases)
        by_literal: dict[str, list[int]] = {}
        for i, c in enumerate(group):
            for lit in c.needs[0] if c.needs else ():
                by_literal.setdefault(lit, []).append(i)
        return cls(
            phrases=group,
            always=tuple(i for i, c in enumerate(group) if c.needs is None),
            by_literal={lit: tuple(ix) for lit, ix in by_literal.items()},
            literals=frozenset(by_literal),
            texts=tuple(sorted({name for c in group for _, name in c.targets})),
        )


class PhraseMatcher:
    """Every phrase compiled once; :meth:`scan` finds which of them a message says."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self.compiled = tuple(_compiled(p) for p in phrases)
        self._groups = {
            stage: _Group.of(c for c in self.compiled if c.phrase.signal.stage is stage)
            for stage in Stage
        }
        self._automaton = ahocorasick.Automaton()
        for needs in _every_needs(self.compiled):
            for lit in needs:
                self._automaton.add_word(lit, lit)
        self._automaton.make_automaton()
        # a message's texts are read several times over (the body is also the full text
        # without a footer; the checks of whose process read it again, often as the very
        # same string), so the last few readings are kept
        self._read = functools.lru_cache(maxsize=_RECENT)(self._read_text)

    def scan(
        self,
        texts: MatchTexts,
        *,
        context: bool = False,
        stage: Stage | None = None,
        only: Signal | None = None,
        tier: str | None = None,
    ) -> Iterator[PhraseMatch]:
        """The phrases found, in vocabulary order: those of ``stage``, else the context
        signals' (``context``) or the kinds'; with ``only``, that signal's; with ``tier``,
        that tier's. Each phrase counts once, in the first text it is found in.

        One pass of the automaton per text finds the anchoring literals present; only the
        phrases they anchor (and the few without any) are looked at, and a phrase whose
        other anchoring literals are absent from a text never runs its pattern there."""
        if stage is None:
            stage = Stage.CONTEXT if context else Stage.KINDS
        group = self._groups[stage]
        present = texts.present
        candidates = set(group.always)
        for name in group.texts:
            found = present.get(name)
            if found is None:
                texts.lows[name], found = self._read(texts.texts[name])
                present[name] = found
            for lit in group.literals.intersection(found):
                candidates.update(group.by_literal[lit])
        for i in sorted(candidates):
            phrase = group.phrases[i].phrase
            if (only is not None and phrase.signal is not only) or (
                tier is not None and phrase.tier != tier
            ):
                continue
            said = _said(group.phrases[i], texts)
            if said is not None:
                yield said

    def _read_text(self, text: str) -> tuple[str, frozenset[str]]:
        """``text`` in lower case and the anchoring literals in it."""
        lowered = text.lower()
        return lowered, frozenset(map(_VALUE, self._automaton.iter(lowered)))


def _every_needs(compiled: Iterable[CompiledPhrase]) -> Iterator[frozenset[str]]:
    for c in compiled:
        yield from c.needs or ()
        for a in c.alternatives:
            yield from a.needs or ()


def _said(c: CompiledPhrase, texts: MatchTexts) -> PhraseMatch | None:
    """The phrase as said in the first of its texts that says it. A text lacking one of
    its anchoring literals is skipped without running the pattern."""
    for prefix, name in c.targets:
        found = texts.present[name]
        if _lacks(found, c.needs):
            continue
        text, lowered = texts.texts[name], texts.lows[name]
        if c.alternatives:
            m = _leftmost(c.alternatives, found, text, lowered)
        elif c.fast is not None and len(lowered) == len(text):
            m = c.fast.search(lowered)
        else:
            m = c.regex.search(text)
        if m is not None:
            said = text[m.start() : m.end()]
            return PhraseMatch(c.phrase, f'{prefix}"{clip(said)}"', said, m.start())
    return None


def _lacks(found: frozenset[str], needs: tuple[frozenset[str], ...] | None) -> bool:
    """Whether a text with the anchoring literals ``found`` lacks every literal of one of
    ``needs``' sets (then the pattern cannot match it). A plain loop: this runs about a
    hundred times per message."""
    if needs is not None:
        for one_of in needs:
            if found.isdisjoint(one_of):
                return True
    return False


def _leftmost(
    branches: tuple[Alternative, ...], found: frozenset[str], text: str, lowered: str
) -> re.Match[str] | None:
    """What the whole alternation finds: the leftmost branch match, the first on a tie.
    A branch lacking one of its anchoring literals cannot match and is not run."""
    best: re.Match[str] | None = None
    same_length = len(lowered) == len(text)
    for b in branches:
        if _lacks(found, b.needs):
            continue
        m = b.fast.search(lowered) if b.fast is not None and same_length else b.regex.search(text)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


def clip(s: str, n: int = 60) -> str:
    """A matched phrase as evidence: one line, at most ``n`` characters."""
    s = re.sub(r"\s+", " ", s).strip()
    return s if len(s) <= n else s[: n - 1] + "…"


__all__ = [
    "Alternative",
    "CompiledPhrase",
    "MatchTexts",
    "PhraseMatch",
    "PhraseMatcher",
    "alternatives",
    "anchor_table",
    "anchoring_literals",
    "clip",
    "pattern_digest",
    "required_literals",
]
