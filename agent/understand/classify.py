"""Weighted phrase rules → one of the six kinds, a confidence and the evidence.

Offline, explainable and precision-first. Every rule is a regular expression with a
weight for one kind (or a negative weight, a *veto*, against one or all kinds) and it
is only ever run on the text the sender wrote in this message: quoted earlier messages
and signatures are split off before we get here, so a quoted "unfortunately" never
decides. The decision is a priority ladder over the scores (rejection, offer,
assessment, interview, application received) with per-kind thresholds, after the hard
negatives (automatic replies, job alerts, newsletters, webinars, cold outreach, the
candidate's own mail, unrelated invitations) have had their say.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from agent.models import Kind

logger = logging.getLogger(__name__)

JOB_KINDS: tuple[Kind, ...] = (
    "rejection",
    "offer",
    "assessment",
    "interview",
    "application_received",
)


@dataclass(frozen=True)
class Rule:
    """One weighted phrase pattern.

    :ivar kind: a Kind it votes for, ``veto_<kind>`` against, or a context signal
        (``job``, ``applied``, ``alert``, ``outreach``, ``status``).
    :ivar factors: lower-case literals of which at least one occurs in every match
        (derived from the pattern); a text containing none of them is skipped without
        running the regex. None: always run.
    """

    kind: str
    weight: float
    regex: re.Pattern[str]
    where: str = "body"  # "body" | "subject" | "both"
    factors: tuple[tuple[str, ...], ...] | None = None
    fast: re.Pattern[str] | None = None  # the same pattern, case-sensitive, for lower-cased text


def _rules(kind: str, weight: float, *patterns: str, where: str = "body") -> list[Rule]:
    out = []
    for p in patterns:
        rx = re.compile(p, re.I)
        # rules are written in lower case, so they can run without re.I on lower-cased
        # text (much faster); the match span maps back to the original for the evidence
        fast = None if re.search(r"[A-Z]", re.sub(r"\\[A-Za-z]", "", p)) else re.compile(p)
        out.append(Rule(kind, weight, rx, where, required_literals(rx), fast))
    return out


def required_literals(rx: re.Pattern[str]) -> tuple[tuple[str, ...], ...] | None:
    """Sets of lower-case literals: every match of ``rx`` contains one literal of each set.

    A necessary-factor analysis of the parsed pattern: each item of the top-level sequence
    that cannot be skipped contributes a set (an alternation: one literal per branch; a
    repeat with a minimum of one: its item's). Sets are ordered most selective first. It
    is what lets a mailbox of newsletters skip most rules with a few substring tests.
    None: the rule always runs.
    """
    try:
        import re._parser as sre_parse  # the stdlib's own regex parser

        tree = sre_parse.parse(rx.pattern, rx.flags)
        found = _seq_candidates(list(tree))
    except Exception:  # an unusual construct: just run the rule
        return None
    sets = [c for c in found if min(len(x) for x in c) >= 2]
    if not sets:
        return None
    sets.sort(key=_selectivity, reverse=True)
    return tuple(tuple(sorted(c, key=len)) for c in sets[:3])


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


_ = r"[\w'’-]*"  # rest of a word
W = r"(?:\s+\S+){0,4}?\s+"  # up to four words in between
YOU = r"(?:you|your)"

RULES: list[Rule] = [
    # issue 12: common families the engine missed, and Dutch at parity with the others
    *_rules(
        "interview",
        4,
        r"\btele(?:phone|fonic)\s+(?:interview|screen(?:ing)?)\b",
        r"\b(?:like|love|want|wish)\s+to\s+(?:conduct|hold|arrange|organi[sz]e)\s+(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,2}?interview\b",
        r"\b(?:i've|i\s+have|we've|we\s+have)\s+(?:now\s+)?(?:set\s+up|scheduled|booked|arranged)\s+your\s+"
        r"(?:[\w-]+\s+){0,2}?interview\b",
        r"\binvite\s+you\s+(?:in|over|back|to\s+(?:our|the)\s+(?:office|studio))\s+(?:for|to)\s+"
        r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:interview|conversation|chat)",
        r"\b(?:move|moving|bring|take)\s+you\s+forward\s+to\s+(?:a|the)\s+(?:second|final|next|third)\s+round\b",
        r"\block\s+in\s+your\s+(?:[\w-]+\s+)?interview\b",
        # es / pt / it / fr / de
        r"\b(?:realizar|tener|hacerte|hacer)\s+una\s+entrevista\b",
        r"\bqueda\s+confirmada\s+(?:tu|su)\s+entrevista\b",
        r"\b(?:le|ti)\s+confermo\s+(?:il\s+)?colloquio\b|\b(?:fissare|organizzare|programmare)\s+un\s+colloquio\b",
        r"\bje\s+vous\s+(?:propose|confirme)\s+(?:un|votre|l')\s*entretien\b",
        r"\bpour\s+l'entretien\s+(?:technique|final|individuel|de\s+recrutement|d'embauche)\b",
        r"\bsouhaiterais\s+vous\s+rencontrer\b",
        r"\bladen\s+(?:wir\s+)?sie\b.{0,80}?\b(?:vorstellungsgespräch|gespräch|interview)\b.{0,80}?\bein\b",
        r"\bbestätige\s+ich\s+ihnen\s+(?:das|den)\s+(?:vorstellungsgespräch|gespräch|termin)\b",
        # nl
        r"\b(?:nodigen|nodig)\s+(?:je|u|jou)\s+(?:graag\s+)?uit\s+voor\s+een\s+(?:[\w-]+\s+)?"
        r"(?:sollicitatiegesprek|gesprek|kennismakingsgesprek|interview|videogesprek)",
        r"\b(?:sollicitatiegesprek|kennismakingsgesprek|selectiegesprek|tweede\s+gesprek|vervolggesprek|"
        r"eerste\s+gesprek)\b",
        r"\b(?:een\s+)?(?:gesprek|afspraak)\s+(?:met\s+(?:je|u)\s+)?(?:inplannen|plannen)\b",
        r"\bzien\s+we\s+(?:je|u)\b.{0,60}?\b(?:gesprek|interview)\b",
    ),
    *_rules(
        "interview",
        2,
        r"\b(?:that's|that\s+is|you're|you\s+are|all)\s+(?:now\s+)?(?:confirmed|booked|set)\b",
    ),
    *_rules(
        "veto_interview",
        -5,
        # the sender's own interview (a friend's news), not the candidate's
        r"\bmy\s+(?:first|next|final|second|job|big)?\s*interview\b",
    ),
    *_rules(
        "rejection",
        4,
        r"\bnot\s+(?:the\s+|a\s+)?(?:right|best|strongest|good|close)\s+(?:match|fit)\s+for\s+(?:the|this|our)\s+"
        r"(?:role|position|job|opening)",
        r"\bhiring\s+for\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:role|position|opening)\s+(?:is|has\s+been)\s+"
        r"(?:frozen|paused|cancell?ed|suspended)",
        r"\b(?:won't|will\s+not|aren't|are\s+not)\s+(?:be\s+)?able\s+to\s+continue\s+with\s+your\s+"
        r"(?:application|candidacy)",
        r"\b(?:position|role|opening|vacancy)\s+you\s+applied\s+(?:for|to)\s+has\s+been\s+(?:withdrawn|closed|"
        r"cancell?ed|filled)",
        r"\boffered\s+the\s+(?:[\w-]+\s+){0,4}?(?:role|position|job)\s+to\s+(?:another|a\s+different|an?\s+"
        r"(?:internal|external|other))",
        r"\bwe\s+will\s+not\s+be\s+progressing\s+your\b",
        # es
        r"\btu\s+perfil\s+no\s+(?:encaja|se\s+ajusta)\b|\bno\s+continuaremos\s+con\s+(?:tu|su)\s+candidatura\b",
        r"\b(?:decidido|optado\s+por)\s+seguir\s+con\s+otr[oa]s?\s+candidat",
        # nl
        r"\b(?:niet|helaas)\b.{0,60}?\b(?:geselecteerd|verder\s+(?:gaan|in\s+behandeling))\b",
        r"\bniet\s+met\s+(?:je|u)\s+verder\s+(?:te\s+)?gaan\b",
        r"\bgekozen\s+voor\s+(?:een\s+)?(?:andere\s+)?kandida",
        r"\bvacature\b.{0,40}?\b(?:ingetrokken|vervallen|gesloten)\b",
    ),
    *_rules(
        "rejection",
        1.5,
        r"\bbest\s+wishes\s+for\s+(?:the|your)\s+future\b|\bsuccess\s+in\s+your\s+(?:job\s+)?search\b",
        r"\bveel\s+succes\s+(?:bij|met)\s+(?:je|uw)\s+(?:verdere\s+)?zoektocht\b",
    ),
    *_rules(
        "offer",
        5,
        r"\boferta\s+laboral\b|\bcarta\s+oferta\b",
        r"\baanbod\s+doen\s+voor\s+de\s+functie\b|\barbeidsvoorwaardenvoorstel\b|\bcontractaanbod\b",
        r"\bproposta\s+de\s+contrata[çc][ãa]o\b",
    ),
    *_rules("assessment", 4, r"\barbeitsprobe\b|\bprobeaufgabe\b|\bassessment\s+online\b"),
    *_rules(
        "application_received",
        3,
        r"\bconfermiamo\s+di\s+aver\s+ricevuto\s+la\s+(?:tua|sua)\s+candidatura\b",
        r"\b(?:sollicitatie|gegevens)\b.{0,60}?\bin\s+goede\s+orde\s+ontvangen\b",
        r"\bbedankt\s+voor\s+(?:je|uw)\s+sollicitatie\b.{0,120}?\bontvangen\b",
    ),
    # what only hiring mail says: interview and application nouns (the gate for interview
    # and rejection: meeting talk and a job title are not enough)
    *_rules(
        "process",
        1,
        r"\b(?:interview\w*|entrevista\w*|entretien\w*|vorstellungsgespräch\w*|bewerbungsgespräch\w*|"
        r"telefoninterview|colloqui[oa]\w*|sollicitatiegesprek\w*|kennismakingsgesprek\w*|"
        r"applica(?:tion|nt)s?|you(?:'ve|\s+have)?\s+applied|candida\w*|bewerb\w*|sollicit\w*|postulaci\w+|"
        r"recruit\w*|hiring\s+(?:manager|team)|talent|selecci[óo]n|selezione|seletivo|"
        r"vacature|vacancy|vaga|vacante|offer\s+letter|take-home|final\s+round|onsite|"
        r"(?:intro|introductory|screening|recruiter)\s+call|next\s+(?:chat|conversation|round)|your\s+(?:job\s+)?search|for\s+(?:this|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:role|position|opening))\b",
        where="both",
    ),
    # recruiter mail as it really reads: picking a slot, terse confirmations, closed roles,
    # revised and e-signed offers
    *_rules(
        "interview",
        4,
        r"\b(?:choose|pick|select|book)\s+a\s+(?:time|slot)\s+for\s+your\b",
        r"\bare\s+you\s+(?:free|available)\s+(?:on\s+)?(?:tomorrow|mon|tue|wed|thu|fri)\w*\b[^.?!\n]{0,25}?\d",
        r"\bconfirmed\s+for\s+(?:tomorrow|mon|tue|wed|thu|fri)\w*\b[^.?!\n]{0,25}?\d",
    ),
    *_rules("interview", 4, r"^schedule\s+your\s+(?:\w+\s+)?interview\b", where="subject"),
    *_rules(
        "veto_interview",
        -4,
        r"\b(?:here'?s\s+what\s+happens\s+next|what\s+to\s+expect\s+next|our\s+(?:interview|hiring)\s+"
        r"process\s+(?:consists|includes|involves|has|looks))\b",
    ),
    *_rules(
        "rejection",
        4,
        r"\bno\s+longer\s+(?:considering|accepting|reviewing)\s+(?:applicants|applications|candidates)\b",
        r"\b(?:position|role|requisition|opening)\s+(?:you\s+applied\s+(?:for|to)\s+)?has\s+been\s+"
        r"(?:closed|cancell?ed)\b",
    ),
    *_rules(
        "offer",
        5,
        r"\boffer\b[^.\n]{0,60}?\bready\s+(?:to\s+sign|for\s+(?:your\s+)?signature)",
        r"\b(?:revised?|improved?)\s+(?:the\s+|your\s+|our\s+)?offer\b",
    ),
    *_rules("offer", 2, r"\b(?:sign-on|signing)\s+bonus\b"),
    # itineraries, e-sign offers and invitations phrased around the time
    *_rules(
        "interview",
        4,
        r"\b(?:your|the)\s+(?:virtual\s+)?(?:onsite|on-site|interview|final[-\s]round|panel)\s+"
        r"(?:schedule|itinerary|agenda)\b",
        where="both",
    ),
    *_rules(
        "interview",
        3,
        r"\beinladung\s+(?:für|zum|zur|zu)\b[^\n]{0,60}?\d{1,2}[:.]\d{2}\s*uhr",
        r"\binvitation\s+(?:pour|à)\b[^\n]{0,60}?\d{1,2}\s*h\s*\d{0,2}",
        where="both",
    ),
    *_rules(
        "offer",
        5,
        r"\b(?:your\s+)?offer(?:\s+letter)?\s+(?:is\s+)?(?:ready|waiting|available)\s+(?:to\s+|for\s+(?:your\s+)?)"
        r"(?:sign|signature|review)",
        r"\b(?:review\s+and\s+)?(?:e-?sign|sign)\s+your\s+(?:offer|offer\s+letter|employment\s+(?:agreement|contract))\b",
        where="both",
    ),
    # ------------------------------------------------------------------ rejection
    *_rules(
        "rejection",
        4,
        # terse human ones: "we're going to pass", "the team went with someone more senior"
        r"\bwe(?:'re|\s+are|'ve|\s+have|'ll|\s+will)?\s+(?:going\s+to\s+|decided\s+to\s+|gonna\s+)?pass\b"
        r"(?!\s+(?:along|through|by|it\s+on|this\s+on|on\s+to|your\s+(?:name|details|cv|resume)\s+(?:on|along)))",
        r"\b(?:team|we|they|hiring\s+manager)\s+(?:went|has\s+gone|have\s+gone|decided\s+to\s+go)\s+with\s+"
        r"(?:someone|somebody|another|a\s+(?:different|more)|an?\s+(?:internal|external|other))",
    ),
    *_rules(
        "rejection",
        4,
        r"\b(?:decided|chosen|opted|elected|made\s+the\s+decision)\s+(?:not\s+)?to\s+(?:move|proceed|go|continue|"
        r"progress)\s+(?:forward\s+)?with\s+(?:other|another|a\s+different|different|(?:a|the)\s+(?:more\s+)?"
        r"(?:suitable|qualified|experienced)|someone|candidates)",
        r"\b(?:decided|chosen|opted|made\s+the\s+(?:difficult\s+|tough\s+)?decision)\s+not\s+to\s+(?:move|proceed|"
        r"go(?!\s+to\b)|continue|progress|advance|pursue|extend|offer|invite|fill)\b",
        r"\b(?:move|moving|go|going|proceed|proceeding|continue|continuing)\s+forward\s+with\s+(?:other|another|"
        r"a\s+different|different|(?:a|one)\s+of\s+the\s+other|candidates\s+who|a\s+candidate\s+whose)",
        r"\b(?:move|moving|moved|go|going|proceed|proceeding|continue|continuing|progress|progressing)\s+"
        r"(?:forward\s+|ahead\s+|on\s+)?with\s+(?:other|another|a\s+different|an\s+internal|more\s+\w+)\s+"
        r"(?:candidates?|applicants?|profiles?|people|individuals?|hire)",
        r"\b(?:hire|hiring|hired|go\s+with|going\s+with|promote|promoting)\s+(?:an?\s+|the\s+)?(?:internal|other|"
        r"another|different|external)\s+(?:candidate|applicant|person|hire)",
        r"\b(?:not|won't|will\s+not|unable\s+to|cannot|can't|couldn't)\s+(?:be\s+)?(?:moving|move|proceed|"
        r"proceeding|progress|progressing|advance|advancing)\s+(?:forward|further|ahead|to\s+the\s+next)",
        r"\b(?:won't|will\s+not|not)\s+be\s+(?:moving|proceeding|progressing|advancing|continuing)\s+"
        r"(?:forward\s+)?with\s+(?:your|you|any)",
        r"\b(?:won't|will\s+not|not)\s+be\s+(?:inviting|asking)\s+you\s+(?:to|for|back)",
        r"\b(?:won't|will\s+not|not)\s+be\s+(?:advancing|progressing|moving|taking)\s+(?:your|you)\b",
        r"\bregret\s+to\s+(?:inform|let\s+you\s+know|tell\s+you|advise|say)",
        r"\bregret\s+that\b.{0,40}?\b(?:we|you|your)\b",
        r"\bnot\s+(?:been\s+)?shortlisted\b",
        r"\b(?:position|role|requisition|job|opening|vacancy)\s+(?:has\s+(?:now\s+)?been|was|is\s+now)\s+"
        r"(?:closed|cancel+ed|withdrawn)\b(?!\s+(?:to|for)\s+new)",
        r"\b(?:will\s+not|won't|not)\s+be\s+filling\s+(?:it|the\s+(?:role|position))\b",
        r"\bother\s+(?:candidates|applicants)\s+(?:are|were)\s+(?:a\s+)?(?:closer|better|stronger)\s+"
        r"(?:match|fit)",
        r"\bpursue\s+other\s+(?:candidates|applicants|profiles)",
        r"\b(?:decided|chosen|chose|opted)\s+to\s+(?:pursue|move\s+forward\s+with|proceed\s+with|progress\s+with|"
        r"focus\s+on|prioriti[sz]e)\s+(?:other\s+|more\s+\w+\s+)?(?:candidates|applicants|profiles|individuals)",
        r"\b(?:application|candidacy|candidature)\s+(?:was|has\s+been|is|were)\s+(?:not\s+successful|unsuccessful)",
        r"\bnot\s+been\s+successful\b|\bunsuccessful\s+(?:on\s+this\s+occasion|this\s+time|at\s+this\s+time)",
        r"\bnot\s+to\s+pursue\s+(?:your|you|this|the)\b",
        r"\b(?:not|wasn't|were\s+not|was\s+not|haven't\s+been|have\s+not\s+been)\s+(?:been\s+)?selected\s+"
        r"(?:for|to)",
        r"\b(?:selected|chosen|hired|identified|found)\s+(?:an?other|other|a\s+different|a\s+more\s+\w+|"
        r"an\s+internal)\s+(?:applicants?|candidates?|individuals?|person)",
        r"\bunable\s+to\s+offer\s+you|\bnot\s+(?:be\s+)?(?:in\s+a\s+position|able)\s+to\s+offer\s+you",
        r"\b(?:won't|will\s+not|aren't|are\s+not)\s+be\s+able\s+to\s+(?:offer\s+you|move\s+forward|proceed)",
        r"\b(?:won't|will\s+not|not)\s+be\s+(?:extending|offering|making)\s+(?:you\s+)?(?:an?\s+offer|"
        r"the\s+(?:role|position|job))",
        r"\b(?:extended|made|accepted)\s+(?:an?\s+|the\s+)?offer\s+to\s+(?:another|a\s+different|an?\s+"
        r"(?:internal|external|other))",
        r"\boffer(?:ed|ing)?\s+the\s+(?:role|position|job)\s+to\s+(?:someone|another|a\s+different|an?\s+"
        r"(?:internal|external|other))",
        r"\bposition\s+has\s+(?:now\s+)?been\s+filled|\b(?:we|we've|we\s+have)\s+(?:now\s+)?filled\s+the\s+"
        r"(?:position|role)|\brole\s+has\s+(?:now\s+)?been\s+filled",
        r"\b(?:go|going|gone|decided\s+to\s+go|went)\s+(?:in|with)\s+(?:a\s+|an\s+)?(?:different|another|"
        r"other|internal|external)\s+(?:direction|candidate|applicant|hire|person|profile)",
        r"\b(?:unable|not\s+able)\s+to\s+(?:consider|progress|proceed\s+with|take\s+forward|move\s+forward\s+with)"
        r"\s+your\s+(?:application|candidacy|profile)",
        r"\bwill\s+not\s+be\s+(?:continuing|proceeding|pursuing|considering)\s+(?:with\s+)?your",
        r"\b(?:we're|we\s+are|we'll|we\s+will|going\s+to|decided\s+to|have\s+to|had\s+to)\s+(?:going\s+to\s+)?"
        r"pass\s+(?:for\s+now\s+)?on\b",
        r"\bdecided\s+to\s+pass\b",
        r"\bother\s+candidates\s+(?:whose|who(?:se)?\s+(?:experience|skills|background|qualifications))",
        r"\bno\s+longer\s+(?:being\s+)?(?:considered|under\s+consideration|in\s+consideration)",
        r"\bclosed\s+the\s+(?:requisition|position|role|search)\b.{0,80}?\b(?:all|any|every)\s+(?:candidates|applicants)",
        # de
        r"\bleider\b.{0,160}?\b(?:absage|nicht\s+(?:weiter\s+)?berücksichtig|anderen?\s+(?:kandidat|bewerber)"
        r"|nicht\s+(?:mehr\s+)?(?:weiter|positiv|in\s+die\s+engere|für\s+sie)|gegen\s+ihre|"
        r"entschieden|nicht\s+anbieten|keine\s+positive|nicht\s+fortsetzen|nicht\s+weiterverfolgen)",
        r"\bmüssen\s+wir\s+ihnen\s+(?:leider\s+)?mitteilen",
        r"\bnicht\s+(?:weiter\s+)?berücksichtigen\s+können",
        r"\bfür\s+(?:eine[nr]?\s+)?andere[nr]?\s+(?:kandidat|bewerber)\w*\s+entschieden",
        r"\b(?:bewerbung|kandidatur)\s+nicht\s+(?:weiter\s+)?(?:berücksichtigen|verfolgen|fortsetzen)",
        # es
        r"\b(?:hemos|han)\s+decidido\s+(?:continuar|seguir|avanzar)\s+con\s+otr[oa]s",
        r"\bno\s+(?:continuar|seguir|avanzar)\s+con\s+(?:tu|su)\s+(?:candidatura|solicitud|proceso)",
        r"\b(?:lamentablemente|desafortunadamente|lamentamos)\b.{0,160}?\b(?:otr[oa]s\s+(?:candidat|perfil)|"
        r"no\s+(?:has|ha)\s+sido\s+seleccionad|no\s+(?:podemos|vamos\s+a)\s+(?:continuar|seguir|avanzar)|"
        r"no\s+continuar|no\s+seguir|no\s+avanzar|descartad)",
        r"\bno\s+(?:has|ha)\s+sido\s+seleccionad",
        r"\bsentimos\s+(?:comunicarte|informarte|decirte)",
        r"\b(?:otr[oa]s?\s+(?:candidat[oa]s|perfiles))\s+(?:que|cuyo|cuya)",
        # pt / it
        r"\b(?:decidimos|optamos\s+por|resolvemos)\s+(?:seguir|prosseguir|avançar|avanzar|continuar)\s+"
        r"(?:com|con)\s+(?:outr|otr)[oa]s?\s+(?:candidat|perfis|perfiles|profissionais)",
        r"\bnão\s+(?:foi|foram)\s+selecionad|\bnão\s+(?:vamos|iremos|poderemos)\s+(?:seguir|prosseguir|"
        r"avançar|dar\s+continuidade)",
        r"\binfelizmente\b.{0,160}?\b(?:outr[oa]s\s+candidat|não\s+(?:seguir|avançar|prosseguir|foi|poderemos))",
        r"\babbiamo\s+deciso\s+di\s+(?:proseguire|procedere|andare\s+avanti|continuare)\s+con\s+(?:un\s+)?"
        r"altr[oie]\s+candidat",
        r"\bnon\s+(?:è\s+stat[ao]|sei\s+stat[ao]|siamo\s+in\s+grado)\s+(?:selezionat|di\s+proseguire)",
        r"\bpurtroppo\b.{0,160}?\b(?:altr[oie]\s+candidat|non\s+(?:potremo|possiamo|procederemo|proseguiremo))",
        # fr
        r"\bne\s+(?:pouvons|pourrons)\s+pas\s+(?:donner\s+(?:une\s+)?suite|retenir|poursuivre)",
        r"\b(?:pas|n'a\s+pas)\s+été\s+retenue?",
        r"\bmalheureusement\b.{0,160}?\b(?:pas\s+(?:été\s+)?retenu|d'autres\s+candidat|ne\s+(?:pouvons|pourrons)"
        r"\s+pas|pas\s+(?:pu\s+)?(?:donner|poursuivre)|ne\s+correspond\s+pas|autre\s+candidat)",
        r"\bnous\s+(?:regrettons|sommes\s+au\s+regret)\s+de\s+vous",
        r"\bretenu\s+(?:un|une|d'autres)\s+(?:autre\s+)?(?:candidat|profil)",
        r"\bsuite\s+défavorable\b|\bréponse\s+(?:négative|défavorable)\b",
    ),
    *_rules(
        "rejection",
        2,
        r"\bunfortunately\b",
        r"\bregrettably\b",
        r"\bwe\s+(?:will|'ll)\s+(?:keep|retain)\s+your\s+(?:resume|cv|details|information|profile|application)"
        r"\s+on\s+file",
        r"\bkeep\s+your\s+(?:resume|cv|details|information|profile)\s+(?:on\s+file|in\s+(?:our|mind))",
        r"\bwish\s+you\s+(?:the\s+)?(?:very\s+)?(?:best|luck|success|all\s+the\s+best|every\s+success)"
        r"(?:\s+of\s+luck)?\s+(?:in|with|on|for)\s+(?:your|the)\s+(?:job\s+)?(?:search|future|career|"
        r"endeavou?rs|hunt)",
        r"\bencourage\s+you\s+to\s+(?:apply|re-?apply|keep\s+an\s+eye)|\binvite\s+you\s+to\s+apply\s+"
        r"(?:for|to)\s+(?:future|other)",
        r"\b(?:more\s+closely|better|more\s+directly)\s+(?:match|matches|align|aligns|aligned|matched|suit|suits|fit|fits)",
        r"\bunsuccessful\b",
        r"\bclosely\s+match(?:es)?\s+(?:our|the)\s+(?:current\s+)?(?:needs|requirements)",
        r"\b(?:this|that)\s+(?:is|was)\s+(?:not|n't)\s+the\s+(?:news|outcome)\s+you\b|\bdisappointing\b",
        r"\b(?:difficult|tough|hard)\s+decision\b|\bcompetitive\s+(?:pool|process|field)\b",
        r"\bleider\b",
        r"\bwünschen\s+ihnen\b.{0,60}\b(?:erfolg|alles\s+gute)",
        r"\b(?:lamentablemente|desafortunadamente|infelizmente|purtroppo)\b",
        r"\b(?:talent\s+pool|banco\s+de\s+talentos)\b",
        r"\bte\s+deseamos\b.{0,40}\b(?:éxito|suerte)",
        r"\bmalheureusement\b",
        r"\b(?:nous\s+vous\s+souhaitons|bonne\s+continuation)\b.{0,60}\b(?:succès|chance|continuation|réussite)",
    ),
    # vetoes: "unfortunately" about billing, trials, schedules; absence notes
    *_rules(
        "veto_rejection",
        -4,
        r"\bunfortunately\b.{0,80}?\b(?:trial|payment|card|subscription|invoice|billing|order|"
        r"delivery|package|shipment|flight|reservation|booking)",
        r"\b(?:trial|subscription)\s+(?:has\s+)?(?:ended|expired|expires)",
        r"\b(?:unfortunately|regrettably)\b.{0,80}?\b(?:reschedule|need\s+to\s+(?:move|cancel|postpone)|conflict|"
        r"(?:out|away)\s+of\s+(?:the\s+)?office|is\s+(?:sick|ill|unavailable)|came\s+up)",
        r"\bleider\b.{0,60}?\b(?:verschieben|absagen\s+müssen|termin)",
        r"\bmalheureusement\b.{0,60}?\b(?:reporter|décaler|empêchement)",
        r"\b(?:lamentablemente|desafortunadamente)\b.{0,60}?\b(?:reprogramar|cambiar\s+la)",
        r"\bsent\s+(?:it\s+)?(?:by|in)\s+(?:mistake|error)\b|\bplease\s+(?:ignore|disregard)\b",
    ),
    # ------------------------------------------------------------------ offer
    *_rules(
        "offer",
        5,
        r"\b(?:pleased|delighted|happy|thrilled|excited|glad)\s+to\s+(?:formally\s+)?(?:extend|offer|make)"
        r"\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:(?:verbal|formal|written|official|conditional)\s+)?"
        r"(?:offer|position|role|job)",
        r"\b(?:pleased|delighted|happy|thrilled|excited)\s+to\s+offer\s+you\b",
        r"\b(?:would|'d)\s+(?:like|love)\s+to\s+(?:formally\s+)?(?:extend|offer)\s+"
        r"(?:you\s+)?(?:an?\s+|the\s+)?(?:(?:verbal|formal|written|official)\s+)?"
        r"(?:(?!interview|chance|call|spot|place|slot|opportunit|time|meeting|chat)[\w,&/-]+\s+){0,4}?"
        r"(?:offer|position|role|job)\b",
        r"\b(?:extend(?:ing)?|make|making)\s+(?:you\s+)?an?\s+(?:(?:verbal|formal|written|official|"
        r"conditional)\s+)?offer\b",
        r"\b(?:pleased|delighted|happy|excited|thrilled)\s+to\s+(?:share|send|attach|confirm)\s+(?:you\s+)?"
        r"(?:your|our|the)\s+(?:\w+\s+)?offer\b",
        r"\b(?:wants?|would\s+like|'d\s+like|decided)\s+to\s+(?:bring|have|hire)\s+you\s+(?:on|aboard)\b",
        r"\b(?:love|like|want|excited|thrilled)\s+to\s+have\s+you\s+(?:join|on\s+board|aboard|on\s+the\s+team|"
        r"as\s+(?:our|a|an)\b)",
        r"\b(?:excited|pleased|happy|thrilled|delighted)\s+to\s+(?:officially\s+)?(?:welcome|offer)\s+you\s+"
        r"(?:to|aboard|as|the)\b",
        r"\b(?:have|has|had)\s+(?:come|came)\s+back\s+(?:to\s+(?:us|me)\s+)?with\s+an?\s+(?:\w+\s+)?offer\b",
        # de
        r"\b(?:freuen|freue)\s+(?:uns|mich)\b.{0,80}?\b(?:anbieten|anzubieten|zusage|angebot\s+zu\s+machen)",
        r"\b(?:vertragsangebot|arbeitsvertrag|jobangebot|einstellungszusage)\b",
        r"\bihnen\s+(?:die\s+(?:stelle|position)|ein\s+angebot)\b.{0,40}\banbieten",
        # es
        r"\b(?:nos\s+complace|estamos\s+encantad[oa]s\s+de|nos\s+alegra|es\s+un\s+placer)\s+"
        r"(?:poder\s+)?(?:ofrecerte|ofrecerle|hacerte\s+una\s+oferta|comunicarte\s+que)",
        r"\b(?:carta|propuesta)\s+de\s+oferta\b|\boferta\s+(?:formal|de\s+(?:trabajo|empleo))\s+(?:para\s+ti|adjunta)",
        r"\bqueremos\s+ofrecerte\b",
        # fr
        r"\b(?:proposition|promesse)\s+d'embauche\b",
        r"\b(?:avons|ai)\s+le\s+plaisir\s+de\s+vous\s+(?:proposer|offrir|faire\s+une\s+offre)",
        r"\bvous\s+proposer\s+le\s+poste\b",
        # pt / it
        r"\b(?:temos\s+o\s+prazer|ficamos\s+felizes|é\s+com\s+(?:grande\s+)?prazer\s+que)\b.{0,60}?\b"
        r"(?:oferecer|ofertar|proposta)",
        r"\b(?:carta[\s-]+(?:oferta|proposta)|proposta\s+(?:de\s+emprego|formal|de\s+contratação))\b",
        r"\b(?:siamo\s+(?:lieti|felici)|abbiamo\s+il\s+piacere)\s+di\s+(?:offrirti|offrirle|proporti)\b",
        r"\b(?:lettera\s+di\s+offerta|proposta\s+di\s+assunzione|offerta\s+di\s+lavoro)\b",
    ),
    *_rules(
        "offer",
        2,
        r"\bwelcome\s+(?:you\s+)?(?:aboard|to\s+the\s+team)\b",
        r"\bformal\s+(?:paperwork|offer|contract)\b",
        r"\b(?:congratulations|congrats)\b.{0,120}?\b(?:offer|join(?:ing)?\s+(?:the|our)\s+team|welcome\s+aboard)",
        r"\boffer\b.{0,40}?\b(?:congratulations|congrats)\b",
    ),
    *_rules(
        "offer",
        3,
        r"\b(?:your|the|an?)\s+(?:formal\s+|official\s+|written\s+|final\s+)?offer\s+(?:letter|of\s+employment|"
        r"package|details|paperwork)",
        r"\boffer\s+(?:letter|of\s+employment)\b",
        r"\b(?:your|the|our)\s+(?:formal|official|written|verbal|revised|updated|final|contingent|conditional)\s+"
        r"offer\b",
        r"\b(?:summari[sz]\w*|recap\w*|confirm\w*|outline\w*|details?\s+of)\s+(?:the|your|our)\s+offer\b",
        r"\b(?:the|our|an?)\s+offer\s+for\s+(?:the|this|you)\b",
        r"\b(?:revised|updated|improved|final)\s+(?:offer|package|compensation)\b",
        r"\baccept(?:ing)?\s+(?:the|this|our)\s+offer\b|\b(?:sign|countersign)\s+(?:the|your)\s+(?:offer|contract)",
    ),
    *_rules(
        "offer",
        2,
        r"\boffer\b|\bangebot\b|\boferta\b|\bproposition\b|\bproposta\b|\bofferta\b",
        where="subject",
    ),
    *_rules(
        "offer",
        1.5,
        r"\b(?:base\s+(?:salary|pay|compensation)|annual\s+salary|salary\s*:)|\$\s?\d{2,3}(?:,\d{3}|k)\s+base\b",
        r"\b(?:signing|sign-on|joining|relocation)\s+bonus\b|\bbonus\s+target\b",
        r"\b(?:equity|stock\s+options|rsus?)\b",
        r"\bstart(?:ing)?\s+date\b|\bstart\s*:",
        r"\brate\s*:\s*[$£€]|[$£€]\s?\d+\s*/\s*(?:h(?:ou)?r|day)\b",
        r"\b(?:gehalt|startdatum|eintrittsdatum|salario|fecha\s+de\s+incorporación|salaire|date\s+de\s+début)\b",
    ),
    *_rules(
        "veto_offer",
        -8,
        r"\b(?:unable|not\s+able|not\s+in\s+a\s+position|won't|will\s+not|cannot|can't|not)\s+(?:to\s+)?"
        r"(?:be\s+)?(?:extend(?:ing)?|offer(?:ing)?|make|making)\s+(?:you\s+)?(?:an?\s+)?(?:offer|the\s+position|"
        r"the\s+role)",
        r"\boffer\s+to\s+(?:another|a\s+different|an?\s+(?:internal|external|other))",
        r"\boffer(?:ed|ing)?\s+the\s+(?:role|position|job)\s+to\s+(?:someone|another)",
        r"\b(?:special|exclusive|limited|best|holiday|black\s+friday|introductory|bundle|pre-?approved)\s+offers?\b",
        r"\boffer\s+(?:ends|expires|valid\s+(?:until|through|while))\b|\b\d+\s*%\s+off\b",
        r"\b(?:salary|offer)\s+negotiation\s+(?:tips|guide|course|webinar|templates?)",
        r"\bhow\s+to\s+(?:negotiate|evaluate|accept|decline)\b|\bnewsletter\b",
        r"\b(?:mortgage|home\s+loan|pre-?approval|borrower|loan\s+(?:officer|application)|nmls)\b",
    ),
    *_rules(
        "veto_offer",
        -5.5,  # above -6: a background check is part of a hiring process (see core.not_hiring)
        r"\b(?:requested|initiated|ordered|complete|start)\s+(?:a|your|the)\s+background\s+(?:check|screening)"
        r"|\bbackground\s+(?:check|screening)\s+(?:report|portal|provider|vendor|as\s+part)",
    ),
    # ------------------------------------------------------------------ assessment
    *_rules(
        "assessment",
        4,
        r"\b(?:coding|technical|programming|online|skills?|take[- ]home|home|aptitude|cognitive|"
        r"personality|psychometric|logic(?:al)?|numerical|design|data|sql|written|practical|hands-on|short)\s+"
        r"(?:challenge|assessment|test|exercise|assignment|task|evaluation|quiz|case\s+study)\b",
        r"\btake[- ]homes?\b",
        r"\b(?:complete|completing|finish|start|begin|take|do|work\s+(?:through|on))\s+(?:the|this|our|an?|your)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:assessment|challenge|test|exercise|assignment|questionnaire|evaluation|case\s+study)\b",
        r"\binvited\s+to\s+(?:take|complete|do)\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,2}?(?:test|assessment|"
        r"challenge|exercise)",
        r"\b(?:hackerrank|codility|codesignal|testgorilla|hirevue|coderbyte|devskiller|qualified\.io|"
        r"testdome|mettl|pymetrics|criteria\s+corp|canditech|hackerearth)\b",
        r"\b(?:prepare|send|submit|present)\s+(?:us\s+)?(?:a|an|your)\s+(?:short\s+|brief\s+)?(?:case\s+study|"
        r"presentation|work\s+sample|portfolio\s+exercise)",
        r"\bcase\s+study\b.{0,80}?\b(?:prepare|submit|send|deadline|within|by)\b",
        r"\bassessment\s+(?:link|invitation|invite)\b",
        # de
        r"\b(?:programmieraufgabe|coding-?challenge|online-?test|eignungstest|probeaufgabe|"
        r"fallstudie|testaufgabe|hausaufgabe|technische\s+aufgabe|einstufungstest|case-?study)\b",
        # es
        r"\b(?:prueba|reto|ejercicio|evaluación|test)\s+(?:técnic[oa]|de\s+código|de\s+programación|online|"
        r"en\s+línea|práctic[oa])\b",
        # fr
        r"\b(?:test|exercice|évaluation|cas)\s+(?:technique|pratique|en\s+ligne|de\s+code|de\s+programmation)\b",
        # pt / it
        r"\b(?:teste|desafio|case|avaliação|prova|test|esercizio|esercitazione|sfida)\s+"
        r"(?:técnic[oa]|pr[áa]tic[oa]|online|de\s+código|de\s+programação|tecnic[oa]|di\s+programmazione)\b",
        r"\bétude\s+de\s+cas\b",
    ),
    *_rules(
        "assessment",
        2,
        r"\b(?:assessment|coding\s+challenge|take[- ]home|challenge|test|exercise|case\s+study|"
        r"prueba\s+técnica|test\s+technique|programmieraufgabe|desafio|prova\s+tecnica|teste\s+técnico)\b",
        where="subject",
    ),
    *_rules(
        "veto_assessment",
        -6,
        r"\b(?:thank\s+you|thanks)\s+for\s+(?:completing|submitting|taking|sending)\s+(?:the|your|our)\s+"
        r"(?:[\w-]+\s+)?(?:assessment|challenge|test|exercise|assignment|take-home)",
        r"\b(?:received|reviewed)\s+your\s+(?:[\w-]+\s+)?(?:assessment|challenge|test|submission|take-home)",
        r"\btest\s+(?:drive|ride|flight)\b|\bbeta\s+test",
        r"\b(?:assessment|test)\s+(?:results|score)\s+(?:are|is)\s+(?:in|ready|available)",
    ),
    *_rules(
        "veto_assessment",
        -3,
        r"\b(?:live\s+coding|pair[- ]programming|whiteboard)\b",
        r"\b(?:in|during)\s+(?:the|your)\s+(?:\w+\s+)?interview\b",
    ),
    # ------------------------------------------------------------------ interview
    *_rules(
        "interview",
        4,
        r"\binvit(?:e|ed|ing|ation)\s+(?:you\s+)?(?:to|for)\s+(?!a\s+scheduled\s+(?:zoom|teams|webex)\b)"
        r"(?:an?\s+|the\s+|our\s+|your\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:interview|conversation|call|chat|meeting|screen|onsite|on-site|loop|round)\b",
        r"\boffer\s+you\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:interview|slot\s+in\s+the\s+next\s+round)\b",
        r"\b(?:like|love|want|happy|pleased|excited|glad)\s+to\s+(?:schedule|set\s+up|arrange|book|organi[sz]e|"
        r"do|have|grab|invite\s+you\s+(?:to|for)|move\s+you\s+forward\s+to|have\s+you\s+(?:in|for))\s+"
        r"(?:an?\s+|the\s+|your\s+|some\s+)?(?:[\w\"'-]+\s+){0,3}?(?:interview|conversation|call|chat|"
        r"meeting|screen|onsite|on-site|review|coffee)",
        r"\b(?:like|love|want)\s+to\s+(?:speak|talk|meet|chat)\s+(?:with\s+)?(?:you|further)\b",
        r"\b(?:interview|onsite|on-site|call|chat|meeting|screen|conversation)\s+(?:is|has\s+been|was|will\s+be|"
        r"are)\s+(?:now\s+)?(?:scheduled|confirmed|booked|set|moved|rescheduled)",
        r"\b(?:call|interview|chat|meeting|conversation|screen)\b[^.!?\n]{0,150}?\bis\s+(?:now\s+)?"
        r"(?:scheduled|confirmed|booked)\b",
        r"\b(?:confirm|confirming|confirmed|confirmation\s+of)\s+(?:for\s+)?(?:your|the|our|an?)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:interview|call|chat|conversation|onsite)",
        r"\byour\s+(?:[\w-]+\s+){0,2}?(?:interview|onsite|on-site)\s+(?:with|for|on|at|is|has|will)\b",
        r"\b(?:schedule|book|pick|select|choose|find)\s+(?:a|an|your|the)\s+(?:convenient\s+|suitable\s+)?"
        r"(?:time|slot|date)\s+(?:for|to)\s+(?:your|an?|the|our)\s+(?:[\w-]+\s+){0,2}?(?:interview|call|chat|"
        r"conversation|screen)",
        r"\b(?:schedule|book|set\s+up|arrange)\s+(?:your|an?|the)\s+(?:[\w-]+\s+){0,2}?(?:interview|review|call|"
        r"chat|conversation|screen|onsite)\b",
        r"\b(?:send|share|provide|let\s+(?:me|us)\s+know)\s+(?:me\s+|us\s+)?(?:your|some)\s+availability\b",
        r"\bavailability\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:interview|call|chat|conversation|screen)",
        r"\b(?:next|final|second|third|first|onsite|on-site)\s+(?:round|stage)\s+(?:of\s+)?(?:interviews?)\b",
        r"\b(?:are|would)\s+you\s+(?:be\s+)?(?:free|available)\b[^.?!]{0,80}?\b(?:chat|call|conversation|interview|"
        r"meet|talk|zoom|video)",
        r"\bget\s+you\s+on\s+(?:the|our|my|their|his|her)\s+calendar",
        r"\b(?:move|moving|advance|advancing|progress|progressing)\s+(?:you\s+)?(?:forward\s+)?to\s+(?:the\s+)?"
        r"(?:interview|next|final|onsite|technical|second)\s+(?:stage|round|step|interview)",
        r"\b(?:selected|shortlisted|chosen)\s+(?:to\s+move\s+forward\s+)?(?:to|for)\s+(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s+)?(?:interview|next\s+round|next\s+stage)",
        r"\b(?:hop|jump|get)\s+on\s+a\s+(?:quick\s+|short\s+|brief\s+)?(?:call|zoom|video\s+call|chat|phone\s+call)",
        r"\b(?:find|set\s+up|schedule|grab|book|carve\s+out)\s+(?:a|some)\s+(?:time|slot)\s+to\s+(?:chat|talk|speak|"
        r"meet|connect|discuss)",
        r"\bwhat\s+does\s+your\s+(?:calendar|schedule|availability|week)\s+look\s+like",
        r"\bwhen\s+(?:are|would|will)\s+you\s+(?:be\s+)?(?:free|available)\b[^.?!]{0,60}?\b(?:chat|call|"
        r"conversation|interview|screen|meet|talk|zoom)",
        r"\b(?:times?|slots?|days?)\s+(?:that\s+)?(?:you(?:'re|\s+are)\s+(?:free|available)|work(?:s)?\s+"
        r"(?:best\s+)?for\s+you)\b",
        r"\bwork\s+for\s+(?:an?|the|your)\s+(?:[\w-]+\s+)?(?:onsite|on-site|interview|call|chat|screen)\b",
        r"\bcome\s+(?:in|by|to\s+(?:our|the)\s+office)\s+(?:and|to)\s+meet\b",
        r"\b(?:tienes|tendrías|tiene)\s+disponibilidad\s+para\b|\bdisponibilidad\s+para\s+(?:una\s+)?(?:llamada|"
        r"entrevista|reunión|videollamada|charla)",
        r"\b(?:hätten|haben)\s+sie\s+(?:am\s+\w+\s+)?zeit\s+für\b|\bzeit\s+für\s+ein\s+(?:kurzes\s+)?(?:telefonat|"
        r"gespräch|kennenlernen|videocall)",
        r"\b(?:seriez-vous|êtes-vous|auriez-vous)\s+(?:disponible|libre)s?\b|\bvos\s+disponibilités\b",
        r"\b(?:interview|call|meeting)\s+(?:invitation|invite|confirmation|details|itinerary|schedule)\b",
        # de
        r"\b(?:vorstellungsgespräch|bewerbungsgespräch|kennenlerngespräch|telefoninterview|"
        r"videointerview|erstgespräch|zweitgespräch|interviewtermin|gesprächstermin|fachgespräch|"
        r"persönliches\s+gespräch|videocall|telefonat|telefongespräch|videotelefonat)\b",
        r"\b(?:einladen|einladung)\b.{0,60}?\b(?:gespräch|interview|kennenlernen|termin)",
        # es
        r"\b(?:invitarte|invitarle|convocarte)\s+a\s+(?:una\s+)?(?:entrevista|llamada|reunión)",
        r"\bentrevista\s+(?:técnica|personal|telefónica|por\s+vídeo|final|virtual|con|el|para)\b",
        r"\b(?:agendar|concertar|programar|coordinar)\s+(?:una\s+)?(?:entrevista|llamada|reunión)",
        r"\btu\s+entrevista\b",
        # fr
        r"\b(?:vous\s+)?(?:inviter|convier|convoquer)\s+à\s+(?:un|une)\s+(?:\w+\s+)?(?:entretien|échange|rencontre)",
        r"\bentretien\s+(?:téléphonique|technique|vidéo|final|individuel|avec|en\s+visio|de\s+recrutement)\b",
        r"\b(?:convenir|fixer|planifier|organiser)\s+(?:d'un|un)\s+(?:entretien|rendez-vous|créneau|échange)",
        r"\bvotre\s+entretien\b",
        r"\b(?:aimerions|souhaiterions|souhaitons|voudrions)\s+(?:vous\s+)?(?:rencontrer|échanger|vous\s+parler)",
        r"\blors\s+d'un\s+(?:entretien|échange|appel)\b",
        r"\b(?:würden|möchten)\s+(?:sie|dich)\s+(?:gerne\s+)?(?:kennenlernen|einladen|sprechen)",
        r"\b(?:nos\s+gustaría|queremos)\s+(?:conocerte|hablar\s+contigo|invitarte)",
        r"\b(?:quiere|quieren|quisiera|quisieran)\s+conocerte\b",
        # pt / it
        r"\b(?:convidar|convidá-lo|convidá-la|convidamos)\s+(?:você\s+)?(?:para|a)\s+(?:uma?\s+|a\s+)?"
        r"(?:entrevista|conversa|bate-papo)",
        r"\bentrevista\s+(?:técnica|com|por\s+vídeo|online|presencial|final)\b|\bsua\s+entrevista\b",
        r"\b(?:agendar|marcar)\s+(?:uma?\s+)?(?:entrevista|conversa|call)\b",
        r"\b(?:invitarti|invitarla|invitarvi)\s+(?:a|per)\s+(?:un|il)\s+colloquio|\bil\s+tuo\s+colloquio\b",
        r"\bcolloquio\s+(?:tecnico|conoscitivo|telefonico|online|finale|con)\b",
    ),
    *_rules(
        "interview",
        3,
        r"\b(?:te|le)\s+(?:queda|viene)\s+bien\b|\bte\s+funciona\b",
    ),
    *_rules(
        "interview",
        4,
        # a proposed time: "can you do Thu 3pm PT?", "how about Tuesday at 10?"
        r"\b(?:can|could)\s+you\s+(?:do|make)\s+(?:it\s+)?(?:on\s+)?(?:mon|tue|wed|thu|fri|tomorrow|"
        r"next\s+\w+day|this\s+\w+day)\w*\b[^.?!\n]{0,25}?\d[^.?!\n]{0,20}\?",
        r"\b(?:how|what)\s+about\s+(?:mon|tue|wed|thu|fri|tomorrow|next\s+\w+day|this\s+\w+day)\w*\b"
        r"[^.?!\n]{0,25}?\d[^.?!\n]{0,20}\?",
        r"\b(?:booked|scheduled|confirmed|penciled|pencilled)\s+you\s+(?:in\s+)?(?:for|on)\s+(?:mon|tue|wed|"
        r"thu|fri|tomorrow|next\s+\w+day|this\s+\w+day)\w*\b[^.?!\n]{0,25}?\d",
        # a time confirmed in a thread: "Thursday at 4 works", "locking in Tuesday 2pm PT"
        r"\b(?:tomorrow|mon|tue|wed|thu|fri)\w*\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*"
        r"(?:[A-Z]{2,4}\s+)?(?:works|is\s+(?:perfect|great|good|confirmed))\b",
        r"\block(?:ing|ed)?\s+in\s+(?:tomorrow|mon|tue|wed|thu|fri)\w*\b[^.?!\n]{0,25}?\d",
        r"\b(?:want|like)\s+to\s+(?:do|have|grab|set\s+up)\b[^.?!\n]{0,80}?\b(?:tomorrow|mon|tue|wed|thu|fri)"
        r"\w*\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?\?",
    ),
    *_rules(
        "interview",
        3,
        r"\b(?:reschedule|rescheduled|move|moved|push|postpone|postponed)\s+(?:your|our|the)\s+(?:[\w-]+\s+)?"
        r"(?:interview|call|conversation|meeting|onsite)",
        r"\b(?:cancel|cancelled|canceled)\s+(?:your|our|the)\s+(?:[\w-]+\s+)?(?:interview|call|meeting|onsite)",
        r"\b(?:sent|send|sending|updated|update|moved|forward(?:ed)?|resent)\s+(?:you\s+)?(?:the|an?|a\s+calendar|"
        r"my)\s+(?:calendar\s+)?(?:invite|invitation|hold)\b",
        r"\bcalendar\s+(?:invite|invitation|hold)\b",
        r"\b\d+[- ]?(?:minute|min)\s+(?:[\w-]+\s+){0,2}?(?:call|chat|conversation|interview|meeting|video|screen)",
        r"\b(?:phone|video|technical|onsite|on-site|final|virtual|panel|behavioral|behavioural|"
        r"hiring\s+manager|recruiter|screening|initial|first|second|follow-up|in-person|zoom|teams)\s+"
        r"(?:interview|screen)\b|\b(?:recruiter|screening|hiring\s+manager)\s+call\b",
        r"\b(?:speak|talk|meet|chat)\s+with\s+(?:you\s+)?(?:our|the|my)\s+(?:hiring\s+manager|team|cto|ceo|"
        r"engineering|founders?|head|director|vp|lead|interview)",
    ),
    *_rules(
        "interview",
        2,
        r"\binterview|\bentrevista|\bentretien|gespräch|\bonsite\b|\bon-site\b|\bcolloquio",
        r"\b(?:next\s+steps?|nächste[rn]?\s+schritt|siguientes?\s+pasos?|prochaine?s?\s+étapes?)\b",
        r"\b(?:first|second|final|next|third)\s+(?:round|stage)\b|\b(?:intro|screening|phone)\s+call\b",
        r"\b(?:phone|technical|recruiter|initial|video)\s+screen\b",
        where="subject",
    ),
    *_rules(
        "interview",
        1.5,
        r"\bwhich\s+(?:of\s+these\s+)?(?:times?|slots?|days?|one)?\s*(?:works?|suits?)",
        r"\binterview(?:s|ing|er|ers)?\b",
        r"\blook(?:ing)?\s+forward\s+to\s+(?:it|(?:speaking|talking|meeting|chatting)\s+(?:with\s+)?you|our)\b",
    ),
    # meeting logistics (links, dial-ins, booking tools, pasted invitations): they make a
    # hiring conversation an interview, but are no evidence of one on their own (a board
    # meeting on Teams, a barber's booking page)
    *_rules(
        "meeting",
        4,
        r"\b(?:calendly\.com|goodtime\.io|calendar\.app\.google|doodle\.com|meetings\.hubspot\.com)",
    ),
    *_rules(
        "meeting",
        3,
        r"\b(?:is|are)\s+inviting\s+you\s+to\s+a\s+scheduled\s+(?:zoom|teams|webex)\s+meeting\b",
    ),
    *_rules(
        "meeting",
        1.5,
        r"\bzoom\.us/j/|\bmeet\.google\.com/|\bteams\.microsoft\.com/l/meetup|\bmicrosoft\s+teams\s+meeting\b",
        r"\b(?:dial-?in|meeting\s+id|passcode|join\s+(?:the\s+)?(?:zoom|meeting|call|video))\b",
    ),
    *_rules(
        "veto_interview",
        -6,
        r"\binterview\s+(?:tips|questions|prep|preparation|guide|advice|skills|coach|course|"
        r"masterclass|cheat\s?sheet|practice)\b",
        r"\b(?:prepare|preparing|ace|nail|practice)\s+(?:for\s+)?(?:your|the|an?|any)\s+(?:next\s+)?interviews?\b",
        r"\b(?:webinar|livestream|live\s+stream|masterclass|workshop|career\s+fair|job\s+fair|"
        r"hiring\s+(?:event|fair|day)|recruiting\s+event|open\s+house)\b",
        r"\bgood\s+luck\b|\bbreak\s+a\s+leg\b|\bfingers\s+crossed\b|\bsuerte\b|\bviel\s+erfolg\b|\bbonne\s+chance\b",
        r"\b(?:save\s+your\s+(?:seat|spot)|register\s+(?:now|today|here)|reserve\s+your\s+(?:seat|spot))\b",
        r"\b(?:podcast|episode)\b.{0,60}?\binterview",
        r"\b(?:mock|practice)\s+interviews?\b",
        r"\b(?:won't|will\s+not|not)\s+be\s+(?:inviting|asking)\s+you\b",
        r"\b(?:whether|if)\s+(?:we'd|we\s+would|we'll|we\s+will|we\s+want)\s+(?:like\s+to\s+)?(?:set\s+up|schedule|"
        r"move|invite|proceed|bring)",
        r"\b(?:if|once|should)\s+you\s+(?:are|have\s+been|get|were|be)\s+(?:selected|shortlisted|chosen|invited)\b",
        r"\bif\s+(?:your|there(?:'s|\s+is)(?:\s+an?)?|we\s+(?:see|find)\s+an?)\s+(?:strong\s+|good\s+|potential\s+)?"
        r"(?:profile|background|experience|qualifications|skills|fit|match)\b"
        r".{0,80}?\b(?:interview|contact|reach\s+out|in\s+touch|schedule)",
        r"\b(?:admissions?|enrol(?:l)?ment|program(?:me)?\s+application)\b",
    ),
    *_rules(
        "veto_interview",
        -8,
        r"\b(?:visa|consula(?:r|te)|embassy|passport|immigration|uscis|naturali[sz]ation|green\s+card|"
        r"citizenship|biometrics?)\b",
    ),
    *_rules(
        "veto_interview",
        -4,
        r"\b(?:after|since|following|about|from|during|for)\s+(?:your|our|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:interviews?|onsite|on-site|call|conversation|chat)\b(?!\s+(?:on|at|is|will|with\s+\w+\s+on))",
        r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:the\s+time\s+you\s+spent|(?:your|the)\s+time|"
        r"interviewing|meeting|speaking|taking\s+the\s+time)",
    ),
    # ------------------------------------------------------------------ application received
    *_rules(
        "application_received",
        4,
        r"\b(?:we(?:'ve|\s+have)?|i(?:'ve|\s+have)?)\s+(?:successfully\s+|just\s+)?(?:received|got)\s+your\s+"
        r"(?:job\s+)?(?:application|resume|cv|submission|candidacy|details|portfolio)",
        r"\bgot\s+your\s+(?:application|resume|cv|portfolio)",
        r"\byour\s+(?:job\s+)?application\s+(?:for|to)\s+.{1,80}?\s+(?:has\s+been|was|is)\s+"
        r"(?:successfully\s+)?(?:received|submitted|sent|recorded)",
        r"\byour\s+(?:job\s+)?application\s+(?:has\s+been|was)\s+(?:successfully\s+)?(?:received|submitted|sent)",
        r"\bthank\s+you\s+for\s+(?:submitting\s+)?your\s+application\b",
        r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:applying|your\s+application|submitting)",
        r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:sending|sharing)\s+(?:over\s+)?(?:your|the)\s+"
        r"(?:resume|cv|portfolio|application|materials|details|work)",
        r"\bapplication\s+(?:confirmation|received|submitted)\b",
        r"\bwe\s+(?:have|got)\s+your\s+application\b|\b(?:is|are)\s+(?:currently\s+)?reviewing\s+"
        r"(?:it|your\s+application)\b",
        r"\b(?:will|'ll)\s+(?:carefully\s+)?(?:review|be\s+reviewing|consider|read|look\s+(?:at|over))\s+(?:it|your\s+"
        r"(?:application|resume|cv|profile|qualifications|background|experience|materials))",
        r"\bif\s+(?:your|there(?:'s|\s+is)(?:\s+an?)?|we\s+(?:see|find)\s+an?)\s+(?:strong\s+|good\s+|"
        r"potential\s+)?(?:qualifications|skills|experience|background|profile|fit|match)"
        r".{0,80}?\b(?:match|fit|align|in\s+touch|contact|reach\s+out)",
        r"\b(?:will|'ll)\s+(?:share|pass|forward)\s+(?:it|them|your\s+(?:application|resume|cv|materials|"
        r"details|profile))\b.{0,60}?\b(?:hiring|selection|search|committee|manager|team)\b",
        # de
        r"\b(?:vielen\s+)?dank\s+für\s+ihre\s+bewerbung\b",
        r"\b(?:bewerbung|unterlagen)\b.{0,40}?\b(?:erhalten|eingegangen)\b",
        r"\beingangsbestätigung\b",
        r"\beingang\s+ihrer\s+(?:bewerbung|unterlagen)",
        # es
        r"\b(?:tu|su)\s+(?:solicitud|candidatura|postulación)\b.{0,80}?\b(?:ha\s+sido\s+)?(?:recibida|registrada|enviada)",
        r"\bhemos\s+recibido\s+(?:correctamente\s+)?(?:tu|su)\s+(?:candidatura|solicitud|cv|currículum|postulación)",
        r"\bgracias\s+por\s+(?:tu|su)\s+(?:candidatura|solicitud|postulación)",
        r"\bgracias\s+por\s+(?:postularte|postular|aplicar|inscribirte)",
        # pt / it
        r"\brecebemos\s+(?:a\s+)?(?:sua|tua)\s+(?:candidatura|inscrição|aplicação|currículo)",
        r"\bobrigad[oa]\s+(?:pela\s+(?:sua\s+)?candidatura|por\s+(?:se\s+candidatar|sua\s+candidatura))",
        r"\b(?:abbiamo\s+ricevuto|confermiamo\s+(?:la\s+)?ricezione\s+del?l?a?)\s+(?:la\s+)?(?:tua|sua)\s+"
        r"candidatura|\bgrazie\s+per\s+(?:la\s+(?:tua|sua)\s+candidatura|esserti\s+candidat|aver\s+inviato)",
        # fr
        r"\b(?:nous\s+)?avons\s+bien\s+reçu\s+votre\s+candidature",
        r"\bmerci\s+(?:pour|de)\s+votre\s+candidature",
        r"\bmerci\s+d'avoir\s+postulé",
        r"\baccusé\s+de\s+réception\b|\b(?:accusons|accuse)\s+(?:bonne\s+)?réception\b",
        r"\bvotre\s+candidature\b.{0,60}?\b(?:a\s+bien\s+été\s+)?(?:reçue|enregistrée|transmise)",
    ),
    *_rules(
        "application_received",
        2,
        r"\b(?:thank\s+you|thanks)\s+for\s+(?:applying|your\s+application)",
        r"\bapplication\s+(?:received|confirmation|submitted)|\b(?:we\s+)?(?:received|got)\s+your\s+application",
        r"\b(?:bewerbung|eingangsbestätigung|candidatura|solicitud|candidature)\b",
        r"\b(?:recebemos|ricevuta|ricevuto|recibida|recibimos)\b",
        where="subject",
    ),
    *_rules(
        "veto_application_received",
        -6,
        r"\b(?:rental|lease|leasing|apartment|tenant|mortgage|loan|credit\s+card|card\s+application|"
        r"admissions?|visa|permit|scholarship|grant|membership|insurance\s+application|adoption|volunteer)\b",
    ),
    # ------------------------------------------------------------------ context and hard negatives
    # Life outside hiring that borrows its words: podcast and press "interviews", user
    # research sessions, mock interviews with friends, committees and volunteering, loans,
    # rentals, schools and scholarships. Decisive only without employment vocabulary.
    *_rules(
        "nonjob",
        1,
        r"\b(?:podcast|episode|listeners|journalist|reporter|newsroom|our\s+(?:article|story|readers))\b",
        r"\b(?:user\s+(?:interview|research|study)|usability|research\s+(?:study|session|participant)|"
        r"participants?|gift\s+card|incentive|honorarium)\b",
        r"\b(?:mock|practice)\s+(?:[\w-]+\s+){0,3}?interviews?\b|\binterview\s+prep\b|\bstudy\s+group\b|"
        r"\bcoaching\s+session\b",
        r"\b(?:parent-teacher|(?:budget|finance|planning|social|parents?|school|hoa|steering)\s+"
        r"committee|board\s+meeting|book\s+club|volunteer\w*|church|neighbo(?:u)?rhood)\b",
        r"\b(?:tenant|landlord|lease|rental|apartment|loan|mortgage|scholarship|"
        r"admissions?|enrol(?:l)?ment|mentorship\s+program|mentee|tuition)\b",
        r"\b(?:entrevista\s+(?:de\s+radio|para\s+(?:el|un)\s+(?:podcast|peri[oó]dico))|ehrenamt\w*|b[eé]n[eé]vol\w*)\b",
        r"\bmentorship\b|\bbe\s+a\s+mentor\b",
        r"\b(?:vorstandssitzung|mitgliederversammlung|vereinssitzung|elternabend|assemblée\s+générale|"
        r"réunion\s+du\s+bureau|junta\s+directiva|asamblea)\b",
        where="both",
    ),
    *_rules(
        "employment",
        1,
        r"\b(?:position|job|vacanc\w*|hiring\s+manager|recruit\w*|talent\s+acquisition|salary|"
        r"compensation|employment|candidacy|headcount|requisition|full-time|part-time|"
        r"offer\s+letter|start\s+date|stelle|puesto|poste|vaga|posizione)\b",
    ),
    *_rules(
        "job",
        1,
        r"\b(?:your\s+application|you\s+applied|candidacy|candidates?|recruit\w*|hiring|talent\s+(?:team|"
        r"acquisition|partner)|positions?|roles?|vacanc\w+|openings?|jobs?|careers?|interview\w*|resume|cv|"
        r"take-home|offer\s+letter|salary|requisition|(?:your|the|our|revised|formal|verbal|written)\s+offer|onsite|employment|bewerbung|stelle|vorstellungsgespräch|"
        r"candidatura|puesto|vacante|entrevista|candidature|poste|recrutement|entretien|prueba\s+técnica|"
        r"proceso\s+de\s+selección|proceso|(?:phone|recruiter|technical|video)\s+screen|screening\s+call|"
        r"hiring\s+manager|engineer|developer|designer|analyst|scientist|programmer|"
        r"architect|consultant|administrator|entwickler\w*|desarrollador\w*|ingénieur|développeu\w+|"
        r"vaga|processo\s+seletivo|currículo|colloqui[oa]?|posizione|selezione|assunzione|"
        r"contratação|recrutamento|recrutador\w*|engenheir\w+|desenvolvedor\w*|analista|sviluppatore|"
        r"sollicit\w*|vacature\w*|werving\w*|kandida\w*|functie|postulaci\w+|cargo)\b",
        where="both",
    ),
    *_rules(
        "applied",
        1,
        r"\b(?:your\s+(?:recent\s+)?(?:job\s+)?application|you\s+(?:recently\s+)?applied|(?:thank\s+you|thanks)\s+for\s+"
        r"(?:applying|your\s+application|your\s+interest)|applied\s+(?:for|to)|your\s+candidacy|your\s+candidature|"
        r"ihre\s+bewerbung|tu\s+candidatura|su\s+candidatura|votre\s+candidature|your\s+interview|"
        r"(?:sua|tua|la\s+sua|la\s+tua)\s+candidatura|processo\s+seletivo|(?:je|uw)\s+sollicitatie|"
        r"tu\s+postulaci[óo]n|"
        r"your\s+(?:time|conversation|call)\s+with|(?:spoke|talked)\s+with\s+(?:you|me|us)|"
        r"interest\s+in\s+(?:the|our)\s+.{0,60}?\s+(?:role|position)|our\s+(?:call|conversation|chat)|"
        r"your\s+(?:resume|cv|portfolio|take-home)|(?:next|nächsten|siguiente|prochaine)\s+(?:step|schritt|paso|étape)"
        r"|(?:the|our)\s+(?:hiring|recruiting|selection|interview)\s+process"
        r"|great\s+(?:chatting|talking|speaking)\s+(?:with\s+you\s+)?(?:earlier|today|yesterday|this\s+morning))",
        where="both",
    ),
    *_rules(
        "alert",
        5,
        r"\bjob\s+alerts?\b",
        r"\b(?:new|recommended|suggested|similar|top)\s+(?:jobs|positions|roles|opportunities)\s+"
        r"(?:for\s+you|matching|that\s+match|based|in|near|you)",
        r"\bjobs?\s+(?:you\s+may\s+(?:be\s+interested\s+in|like)|recommended\s+for\s+you|matching\s+your)",
        r"\b(?:easy\s+apply|be\s+an\s+early\s+applicant|apply\s+now\s+on|view\s+all\s+jobs|see\s+all\s+jobs)\b",
        r"\b\d+\s+new\s+(?:jobs|positions|openings)\b",
        r"\b(?:neue|passende)\s+(?:jobs|stellenangebote|stellen)\b|\bjobagent\b",
        r"\b(?:nuevas?\s+ofertas\s+de\s+empleo|ofertas\s+que\s+(?:te\s+)?(?:pueden\s+interesar|coinciden))\b",
        r"\b(?:nouvelles\s+offres\s+d'emploi|offres\s+qui\s+(?:pourraient|correspondent))\b|\balerte\s+emploi\b",
        r"\b(?:view|reply)\s+(?:to\s+)?(?:it\s+)?on\s+github\b|\byou\s+are\s+receiving\s+this\s+because\s+you\s+"
        r"(?:were\s+mentioned|are\s+subscribed|authored|commented)",
        r"\bweekly\s+newsletter\b|\bfree\s+subscriber\b|\bdigest,\s+vol\b|\bcloud\s+recording\b",
        r"\btalent\s+(?:community|network)\b",
    ),
    *_rules(
        "alert",
        3,
        r"\b(?:newsletter|digest|weekly\s+(?:roundup|update|reading)|this\s+week\s+in|top\s+stories|"
        r"read\s+(?:more|online|the\s+full\s+(?:story|article))|view\s+(?:this\s+email\s+)?in\s+(?:your\s+)?browser)\b",
        r"\b(?:webinar|livestream|masterclass|workshop|virtual\s+event|summit|career\s+fair|job\s+fair|"
        r"hiring\s+(?:event|fair)|recruiting\s+event|rsvp)\b",
        r"\b(?:save\s+your\s+(?:seat|spot)|register\s+(?:now|today|here|for\s+free))\b",
        r"\b(?:your\s+(?:free\s+)?trial|subscription|billing|invoice|receipt|order\s+#|tracking\s+number)\b",
        r"\b(?:shop\s+now|% off|promo\s+code|coupon|free\s+shipping|sale\s+ends)\b",
        r"\bunsubscribe\b",
    ),
    *_rules(
        "outreach",
        4,
        r"\b(?:came|come)\s+across\s+your\s+(?:profile|background|resume|cv|github|work|linkedin)",
        r"\b(?:your|saw\s+your)\s+(?:linkedin\s+)?profile\s+(?:on\s+linkedin|and\s+(?:thought|was|wanted|i))",
        r"\b(?:open|interested)\s+(?:to|in)\s+(?:exploring\s+)?(?:new\s+)?(?:opportunities|a\s+new\s+(?:role|"
        r"opportunity|challenge)|a\s+(?:quick\s+)?(?:chat|conversation|call)\s+about)",
        r"\bwith\s+one\s+of\s+(?:my|our)\s+clients\b|\b(?:my|our)\s+client\s+(?:is|has|needs|wants)\b|"
        r"\b(?:on\s+behalf\s+of\s+(?:my|our|a)\s+client|my\s+client\s+(?:is|has)|i\s+(?:am|'m)\s+(?:a\s+)?"
        r"(?:recruiter|headhunter)\s+(?:at|with|for|working))",
        r"\b(?:i'm|i\s+am)\s+(?:currently\s+)?(?:hiring|recruiting|looking|working)\s+(?:for|on)\s+(?:a|an)\s+"
        r"(?:\w+\s+){0,4}(?:role|position|opportunity|client)",
        r"\b(?:would\s+you|you'd|you\s+would)\s+be\s+(?:open|interested)\s+(?:to|in)\b",
        r"\byour\s+(?:profile|background|experience|resume)\s+(?:really\s+)?(?:stood\s+out|caught\s+(?:my|our)\s+"
        r"(?:eye|attention))|\bis\s+interested\s+in\s+you\b",
        # a first contact: the sender introduces themselves and the opening
        r"\b(?:i'm|i\s+am)\s+(?:the\s+|a\s+)?(?:cto|ceo|founder|co-?founder|head\s+of\s+\w+|vp\s+of\s+\w+)\s+"
        r"(?:at|of|here\s+at)\b(?![^.!?]{0,80}\byour\s+(?:application|interview))",
        r"\b(?:we're|we\s+are)\s+(?:currently\s+)?hiring\s+(?:an?|for\s+an?)\s+(?:\w+\s+){0,4}?"
        r"(?:engineer|developer|designer|analyst|scientist|manager|lead)\b",
        r"\b(?:think|believe|feel)\s+(?:your|you)\b[^.!?]{0,100}?\b(?:great|good|strong|perfect|excellent)\s+fit\b",
        r"\bif\s+you'd\s+(?:rather|prefer)\s+not\s+(?:to\s+)?hear\s+from\s+me\b",
        r"\b(?:ihr\s+profil|votre\s+profil|tu\s+perfil)\b.{0,60}?\b(?:gefunden|gesehen|aufgefallen|vu|"
        r"trouvé|remarqué|visto|encontrado)",
        r"\b(?:offene?\s+für\s+neue|ouvert\s+à\s+de\s+nouvelles|abiert[oa]\s+a\s+nuevas)\s+\w+",
    ),
    *_rules(
        "status",
        3,
        r"\b(?:still|currently|continue\s+to\s+be)\s+(?:reviewing|evaluating|considering|interviewing|"
        r"in\s+the\s+process)",
        r"\b(?:role|position|req(?:uisition)?|hiring|search)\s+(?:is|has\s+been|was)\s+(?:put\s+)?on\s+hold\b",
        r"\b(?:wanted\s+to\s+)?(?:give|giving)\s+you\s+(?:a|an)\s+(?:quick\s+)?update\b",
        r"\bhaven't\s+forgotten\s+about\s+you\b",
        r"\b(?:still\s+)?debriefing\b|\bgathering\s+feedback\b|\bno\s+decision\s+(?:yet|has\s+been)",
        r"\bstatus\s+(?:of\s+your\s+application\s+)?(?:has\s+)?(?:changed|been\s+updated)|\bnew\s+status\b",
        r"\bnoch\s+(?:in\s+der\s+auswahl|im\s+auswahlprozess|nicht\s+abgeschlossen)",
        r"\bseguimos\s+(?:revisando|evaluando)\b",
        r"\b(?:étudions|examinons)\s+(?:encore|toujours)\b",
    ),
]

AUTO_REPLY_SUBJECT = re.compile(
    r"^(?:automatic\s+reply|auto(?:matic)?[- ]?reply|out\s+of\s+(?:the\s+)?office|ooo\b|abwesenheitsnotiz|"
    r"abwesend|automatische\s+antwort|respuesta\s+automática|fuera\s+de\s+la\s+oficina|"
    r"réponse\s+automatique|absence\s+du\s+bureau|absent)",
    re.I,
)
OUT_OF_OFFICE_BODY = re.compile(
    r"\b(?:i\s+am|i'm|i\s+will\s+be)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|on\s+(?:vacation|"
    r"holiday|leave|pto|parental\s+leave)|away\s+from\s+(?:the\s+)?office)|\bwith\s+limited\s+access\s+to\s+e-?mail"
    r"|\bbin\s+(?:ich\s+)?(?:bis|vom)\b.{0,40}\b(?:abwesend|nicht\s+im\s+büro|im\s+urlaub)"
    r"|\bestaré\s+fuera\s+de\s+la\s+oficina|\bje\s+suis\s+(?:actuellement\s+)?absente?",
    re.I,
)


@dataclass
class Scores:
    """Per-kind scores with the matched phrases, as :func:`score` leaves them."""

    points: dict[str, float] = field(default_factory=dict)
    hits: dict[str, list[str]] = field(default_factory=dict)

    def add(self, kind: str, weight: float, evidence: str) -> None:
        self.points[kind] = self.points.get(kind, 0.0) + weight
        self.hits.setdefault(kind, []).append(evidence)

    def get(self, kind: str) -> float:
        return self.points.get(kind, 0.0)


def _clip(s: str, n: int = 60) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    return s if len(s) <= n else s[: n - 1] + "…"


def score(
    subject: str,
    body: str,
    extra: Iterable[tuple[str, float, str]] = (),
    *,
    footer: str = "",
    gate: bool = False,
) -> Scores:
    """Run every rule once on the subject and the (new, unquoted) body.

    Bulk-mail rules (``alert``) also read ``footer`` (the signature block), where
    newsletters and notifications say why you are receiving them. With ``gate``, mail
    without any hiring vocabulary skips the kind rules (it would be ``other`` anyway).
    """
    sc = Scores()
    full = f"{body} {footer}" if footer else body
    texts = {"body": body, "subject": subject, "full": full}
    lows = {name: t.lower() for name, t in texts.items()}
    found: dict[str, set[str]] = {}
    for rule, targets, needs in _PLAN:
        if gate and rule.kind not in _CONTEXT and not (sc.get("job") or sc.get("applied")):
            break  # no hiring vocabulary at all: the kind rules cannot reach their bar
        for prefix, name in targets:
            if needs is not None:
                # one pass of the literal automaton per text; a rule whose required
                # literals are absent cannot match, so its regex is never run
                present = found.get(name)
                if present is None:
                    present = found[name] = {w for _, w in _LITERALS.iter(lows[name])}
                if present.isdisjoint(needs[0]) or (
                    len(needs) > 1 and any(present.isdisjoint(a) for a in needs[1:])
                ):
                    continue
            text, lowered = texts[name], lows[name]
            if rule.fast is not None and len(lowered) == len(text):
                fm = rule.fast.search(lowered)
                said = text[fm.start() : fm.end()] if fm else None
            else:
                m = rule.regex.search(text)
                said = m.group(0) if m else None
            if said is not None:
                sc.add(rule.kind, rule.weight, f'{prefix}"{_clip(said)}"')
                break
    for kind, weight, evidence in extra:
        sc.add(kind, weight, evidence)
    return sc


# hiring talk (interview and application nouns): the gate for interview and rejection,
# also looked for in signatures and quoted earlier messages (core._thread_context)
PROCESS_WORDS = next(r.regex for r in RULES if r.kind == "process")
_CONTEXT = frozenset({"job", "applied", "alert", "outreach", "process"})
# context rules first, so the gate in score() can stop early
_ORDERED = sorted(RULES, key=lambda r: r.kind not in _CONTEXT)


def _targets(rule: Rule) -> tuple[tuple[str, str], ...]:
    """Which texts a rule reads, in order: (evidence prefix, text name)."""
    out: list[tuple[str, str]] = []
    if rule.kind == "alert":
        out.append(("", "full"))
    elif rule.where in ("body", "both"):
        out.append(("", "body"))
    if rule.where in ("subject", "both"):
        out.append(("subject: ", "subject"))
    return tuple(out)


def _literal_automaton(rules: list[Rule]) -> ahocorasick.Automaton:
    """Every rule's required literals in one Aho-Corasick automaton (one pass per text)."""
    automaton = ahocorasick.Automaton()
    for rule in rules:
        for alternatives in rule.factors or ():
            for lit in alternatives:
                automaton.add_word(lit, lit)
    automaton.make_automaton()
    return automaton


_LITERALS = _literal_automaton(_ORDERED)
_PLAN: list[tuple[Rule, tuple[tuple[str, str], ...], tuple[frozenset[str], ...] | None]] = [
    (r, _targets(r), None if not r.factors else tuple(frozenset(a) for a in r.factors))
    for r in _ORDERED
]


@dataclass(frozen=True)
class Decision:
    kind: Kind
    confidence: float
    evidence: list[str]


THRESHOLD: dict[str, float] = {
    "rejection": 4.0,
    "offer": 5.0,
    "assessment": 4.0,
    "interview": 4.0,
    "application_received": 3.0,
}


def decide(sc: Scores, *, automatic_reply: bool = False, has_job_sender: bool = False) -> Decision:
    """The priority ladder over the scores. Precision first for rejection and interview."""
    if automatic_reply:
        return Decision("other", 0.9, ["automatic reply (out of office)"])
    eff: dict[str, float] = {}
    for kind in JOB_KINDS:
        eff[kind] = sc.get(kind) + sc.get("veto_" + kind)
    applied = sc.get("applied") > 0
    job = sc.get("job") > 0 or has_job_sender or applied
    alert = sc.get("alert")
    outreach = sc.get("outreach")
    # hard negatives: non-hiring life that borrows hiring words (a wrong thank-you to a
    # podcast host or a landlord is worse than none)
    if sc.get("nonjob") > 0 and sc.get("employment") <= 0 and not has_job_sender:
        return Decision("other", 0.75, ["not hiring: " + ", ".join(sc.hits["nonjob"][:2])])
    # hard negatives: bulk mail about jobs, cold outreach without an application
    if alert >= 5 and not applied:
        return Decision("other", 0.85, ["bulk mail: " + ", ".join(sc.hits["alert"][:2])])
    if outreach >= 4 and not applied and eff["offer"] < 5:
        ev = sc.hits["outreach"][:2]
        return Decision("other", 0.8, ["recruiter outreach: " + ", ".join(ev)])
    meeting = sc.get("meeting")
    if meeting and ((sc.get("interview") > 0 and sc.get("job") > 0) or applied or has_job_sender):
        eff["interview"] += meeting
        sc.hits.setdefault("interview", []).extend(sc.hits.get("meeting", []))
    if alert >= 3 and not applied:
        for k in eff:
            eff[k] -= 3
    bar = dict(THRESHOLD)
    if not job:
        # without any hiring vocabulary it takes much more (trials, invites, receipts)
        bar = {k: v + 4 for k, v in bar.items()}
    if not (applied or has_job_sender or sc.get("process") > 0):
        # a job title or "position" is not enough for an interview or a rejection: meeting
        # talk and business regrets use the same words (issue 12's real-mail failures)
        for k in ("interview", "rejection"):
            bar[k] += 4
    order: list[Kind] = ["rejection", "offer", "assessment", "interview", "application_received"]
    passing = [k for k in order if eff[k] >= bar[k]]
    if not passing:
        if sc.get("status") > 0 and job:
            return Decision("other", 0.7, ["status update: " + ", ".join(sc.hits["status"][:2])])
        ev = _top_evidence(sc, ["job", "alert"]) or ["no deciding phrase"]
        return Decision("other", 0.6 if job else 0.8, ev)
    chosen = passing[0]
    if (
        chosen == "assessment"
        and "interview" in passing
        and eff["interview"] >= eff["assessment"] + 4
    ):
        chosen = "interview"
    if chosen == "rejection" and "offer" in passing and eff["offer"] > eff["rejection"] + 3:
        chosen = "offer"
    if (
        chosen == "rejection"
        and "interview" in passing
        and eff["interview"] >= eff["rejection"] + 6
    ):
        chosen = "interview"
    others = [v for k, v in eff.items() if k != chosen]
    margin = eff[chosen] - max([*others, 0.0])
    conf = min(0.99, 0.55 + 0.04 * eff[chosen] + 0.03 * max(0.0, margin))
    evidence = _distinct(sc.hits.get(chosen, []))[:4]
    return Decision(chosen, round(conf, 2), evidence)


def _distinct(hits: list[str]) -> list[str]:
    """Evidence without repeats: a phrase inside a longer matched phrase is dropped."""
    out: list[str] = []
    for h in sorted(hits, key=len, reverse=True):
        core = h.split('"', 1)[-1].rstrip('"…').lower()
        if not any(core and core in o.lower() for o in out):
            out.append(h)
    return sorted(out, key=hits.index)


def _top_evidence(sc: Scores, kinds: list[str]) -> list[str]:
    out: list[str] = []
    for k in kinds:
        out += sc.hits.get(k, [])[:1]
    return out
