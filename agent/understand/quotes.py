"""Split a body into the new text, the signature, and the quoted earlier messages.

A reply that says "see you Tuesday" above a quoted "unfortunately ..." is not a
rejection: only the new text may decide a kind. Attribution lines are recognised in
English, German, Spanish and French, plus Outlook's ``From:/Sent:`` header blocks,
"Original Message" separators and ``>`` prefixes.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

logger = logging.getLogger(__name__)

# "On <date>, <name> wrote:" and its translations (Gmail, Apple Mail, Thunderbird, Outlook
# for Mac, mobile clients): en, de, es, fr, it, pt, nl, plus the Nordic and Polish forms.
_WROTE = (
    r"wrote|schrieb|escribi[óo]|a\s+[ée]crit|ha\s+scritto|escreveu|schreef|skrev|kirjoitti"
    r"|napisa[łl]\w*|написал\w*"
)
_ATTRIBUTION = re.compile(
    r"^\s*(?:"
    r"On\b.{3,250}\bwrote\s*:"
    r"|Am\b.{3,250}\bschrieb\b.{0,250}:"
    r"|El\b.{3,250}\bescribi[óo]\s*:"
    r"|Le\b.{3,250}\ba\s+[ée]crit\s*:"
    r"|Il\s+giorno\b.{3,250}\bha\s+scritto\s*:"
    r"|Em\b.{3,250}\bescreveu\s*:"
    r"|Op\b.{3,250}\bschreef\b.{0,250}:"
    r"|.{3,200}\b(?:" + _WROTE + r")\s*:"
    r")\s*$",
    re.I,
)
_ATTRIBUTION_START = re.compile(r"^\s*(?:On|Am|El|Le|Il\s+giorno|Em|Op)\b")
_SEPARATOR = re.compile(
    r"^\s*(?:-{2,}\s*(?:Original\s+Message|Ursprüngliche\s+Nachricht|Mensaje\s+original"
    r"|Message\s+d'origine|Messaggio\s+originale|Mensagem\s+original|Oorspronkelijk\s+bericht"
    r"|Forwarded\s+message|Weitergeleitete\s+Nachricht|Mensaje\s+reenviado|Message\s+transféré"
    r"|Messaggio\s+inoltrato|Mensagem\s+encaminhada|Doorgestuurd\s+bericht)\s*-{2,}"
    r"|Begin\s+forwarded\s+message\s*:|Anfang\s+der\s+weitergeleiteten\s+(?:E-Mail|Nachricht)\s*:"
    r"|Début\s+du\s+message\s+réexpédié\s*:|Inicio\s+del\s+mensaje\s+reenviado\s*:"
    r"|Inizio\s+messaggio\s+inoltrato\s*:|Início\s+da\s+mensagem\s+reencaminhada\s*:"
    r"|Begin\s+doorgestuurd\s+bericht\s*:"
    r"|_{20,}|-{20,})\s*$",
    re.I,
)
# Lotus Notes: "----- Forwarded by Jane Doe/HOU/ECT on 12/17/99 10:14 AM -----"
_LOTUS_FORWARD = re.compile(r"^\s*-{3,}\s*Forwarded\s+by\b.{0,200}?-*\s*$", re.I)
# Lotus Notes reply block: a name line, a date line (or "Name on 12/17/99 10:14 AM"),
# then "To:", "cc:" and "Subject:" lines.
_LOTUS_TO = re.compile(r"^\s*To:\s*\S")
_LOTUS_CC = re.compile(r"^\s*cc:", re.I)
_LOTUS_SUBJECT = re.compile(r"^\s*Subject:", re.I)
_LOTUS_WHO_ON = re.compile(
    r"^\s*\S.{0,120}\bon\s+\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M\s*$", re.I
)
_FROM_WORDS = r"From|Von|De|Da|Van|Fra|Från|Od"
_HEADER_FROM = re.compile(r"^\s*\*?(?:" + _FROM_WORDS + r")\s*\*?\s*:\s*\S", re.I)
_HEADER_OTHER = re.compile(
    r"^\s*\*?(?:Sent|Date|To|Cc|Subject|Gesendet|Datum|An|Betreff|Enviado(?:\s+el)?|Enviada\s+em"
    r"|Fecha|Para|Asunto|Assunto|Data|Envoy[ée]|[ÀA]|Objet|Inviato|Oggetto|Verzonden|Aan|Onderwerp"
    r"|Sendt|Skickat|Emne|Ämne|Till?)\s*\*?\s*:",
    re.I,
)
_SIGNOFF = re.compile(
    r"^\s*(?:best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? regards|regards|"
    r"many thanks|thanks(?: again| so much)?|thank you(?: again)?|cheers|sincerely(?: yours)?|"
    r"yours(?: sincerely| truly)?|all the best|talk soon|best wishes|with gratitude|"
    r"respectfully|warmly|"
    r"viele grüße|beste grüße|liebe grüße|herzliche grüße|freundliche grüße|"
    r"mit freundlichen grüßen|mit besten grüßen|gruß|grüße|"
    r"saludos(?: cordiales)?|un saludo|un cordial saludo|atentamente|un abrazo|"
    r"cordialement|bien cordialement|bien à vous|salutations|meilleures salutations|"
    r"sinc[eè]res salutations|bonne journée|merci(?: beaucoup)?)\s*[,.!]?\s*$",
    re.I,
)
# "Best regards, Jane Smith" on one line (HTML mail often loses the line break)
_SIGNOFF_INLINE = re.compile(
    "(?i:"
    + _SIGNOFF.pattern.replace(r"\s*[,.!]?\s*$", "")
    + r")\s*,\s+[A-ZÀ-Þ][\w'’.&-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.&-]*|&|de|of|the|y|et|und)){0,6}\s*$"
)
_SIG_DASH = re.compile(r"^--\s*$|^—\s*$")


@dataclass(frozen=True)
class Split:
    """Parts of a body.

    :ivar new: what the sender wrote in this message, without signature and quotes.
    :ivar signature: the sign-off line and what follows it up to the quoted part
        (name, title, company, footer).
    :ivar quoted: the earlier messages quoted below (attribution line included).
    """

    new: str
    signature: str
    quoted: str


def split_reply(text: str) -> Split:
    lines = text.split("\n")
    bottom = _bottom_posted(lines)
    if bottom is not None:
        return bottom
    cut = _quote_start(lines)
    body_lines = lines[:cut]
    quoted = "\n".join(lines[cut:]).strip()
    sig_at = _signature_start(body_lines)
    new = "\n".join(body_lines[:sig_at]).strip()
    signature = "\n".join(body_lines[sig_at:]).strip()
    return Split(new=new, signature=signature, quoted=quoted)


def _quote_start(lines: list[str]) -> int:
    """The index of the line where the quoted part begins (``len(lines)`` when none)."""
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if i == 0 and not s.startswith(">"):
            at = i if _first_line_starts_quote(lines, s) else None
        elif s.startswith(">"):
            at = _quoted_run_start(lines, i)
        else:
            at = _marker_start(lines, i, s)
        if at is not None:
            return at
    return len(lines)


def _first_line_starts_quote(lines: list[str], s: str) -> bool:
    """A first line is never the start of a quote unless it is a forward separator."""
    if _SEPARATOR.match(s) and ("original" in s.lower() or "forward" in s.lower()):
        return True
    return _lotus_forward(lines, 0)


def _quoted_run_start(lines: list[str], i: int) -> int | None:
    """A run of ``>`` lines from ``i`` (allowing blanks) that reaches the end or is long
    starts the quote (with the attribution line above it); a short run inside the text
    is the sender quoting a line to answer it."""
    n = len(lines)
    j = i
    quoted = 0
    while j < n and (not lines[j].strip() or lines[j].lstrip().startswith(">")):
        quoted += bool(lines[j].strip())
        j += 1
    if j >= n or quoted >= 3 or _rest_is_short(lines, j):
        return _back_to_attribution(lines, i)
    return None


def _marker_start(lines: list[str], i: int, s: str) -> int | None:
    """Where a quote begins when line ``i`` (stripped: ``s``) is a marker of one: an
    attribution ("On ... wrote:", also wrapped over two lines), a separator, a header
    block, or a Lotus Notes forward or header."""
    if len(s) < 400 and _ATTRIBUTION.match(s):
        return i
    # attribution wrapped over two lines: "On Tue, ... Jane <" / "jane@x.com> wrote:"
    if (
        len(s) < 250
        and i + 1 < len(lines)
        and _ATTRIBUTION_START.match(s)
        and _ATTRIBUTION.match(s + " " + lines[i + 1].strip())
    ):
        return i
    if _SEPARATOR.match(s):
        # a line of dashes or underscores is a quote only above a header block
        if s.startswith(("_", "-")) and not _header_block_follows(lines, i + 1):
            return None
        return i
    if (_HEADER_FROM.match(s) and _header_block_follows(lines, i)) or _lotus_forward(lines, i):
        return i
    if _LOTUS_TO.match(s) and _lotus_block_follows(lines, i):
        return _lotus_block_start(lines, i)
    return None


def _bottom_posted(lines: list[str]) -> Split | None:
    """A reply written below (or between) ``>`` quoted lines: the new text is what is not quoted."""
    first = next((x for x in lines if x.strip()), "")
    if not first.lstrip().startswith(">"):
        return None
    quoted = [x for x in lines if x.lstrip().startswith(">")]
    own = [x for x in lines if not x.lstrip().startswith(">")]
    if not any(x.strip() for x in own):
        return None
    cut = _quote_start(own)  # a bottom-posted reply may still end in an older full quote
    body, rest = own[:cut], own[cut:]
    sig_at = _signature_start(body)
    return Split(
        new="\n".join(body[:sig_at]).strip(),
        signature="\n".join(body[sig_at:]).strip(),
        quoted="\n".join(quoted + rest).strip(),
    )


def _lotus_forward(lines: list[str], i: int) -> bool:
    """A Lotus Notes "Forwarded by" separator, also when wrapped onto a second line."""
    s = lines[i].strip()
    if not s.startswith("---") or "forwarded by" not in s.lower():
        return False
    if _LOTUS_FORWARD.match(s):
        return True
    return i + 1 < len(lines) and bool(_LOTUS_FORWARD.match(s + " " + lines[i + 1].strip()))


def _lotus_block_follows(lines: list[str], i: int) -> bool:
    """``To:`` followed by ``cc:`` and ``Subject:`` lines (a Lotus Notes header; ``To:`` may wrap)."""
    window = lines[i + 1 : i + 12]
    return any(_LOTUS_CC.match(x) for x in window) and any(_LOTUS_SUBJECT.match(x) for x in window)


def _lotus_block_start(lines: list[str], i: int) -> int:
    """Back from ``To:`` over the sender and date lines of a Lotus Notes header (at most two)."""
    k = i
    taken = 0
    j = i - 1
    while j >= 0 and taken < 2:
        s = lines[j].strip()
        if not s:
            if taken:
                break
            j -= 1
            continue
        if len(s) > 120 or _SIGNOFF.match(s):
            break
        k = j
        taken += 1
        if _LOTUS_WHO_ON.match(s):
            break
        j -= 1
    return k


def _rest_is_short(lines: list[str], j: int) -> bool:
    rest = [x for x in lines[j:] if x.strip()]
    return len(rest) <= 8


def _back_to_attribution(lines: list[str], i: int) -> int:
    """Include an attribution line just above the first quoted line."""
    k = i - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k >= 0 and (lines[k].rstrip().endswith(":") and len(lines[k]) < 300):
        return k
    return i


def _header_block_follows(lines: list[str], i: int) -> bool:
    """``From:`` followed within a few lines by ``Sent:``/``Date:``/``To:``/``Subject:``."""
    seen_from = False
    others = 0
    for line in lines[i : i + 8]:
        s = line.strip()
        if not s:
            continue
        if _HEADER_FROM.match(s):
            seen_from = True
        elif _HEADER_OTHER.match(s):
            others += 1
    return seen_from and others >= 1


def _signature_start(lines: list[str]) -> int:
    n = len(lines)
    nonblank = [i for i, x in enumerate(lines) if x.strip()]
    if not nonblank:
        return n
    first = nonblank[0]
    for i in range(n - 1, first, -1):
        s = lines[i].strip()
        if _SIG_DASH.match(s):
            return i
    for i in nonblank:
        if i != first and _is_signoff(lines[i].strip()) and _short_tail(lines, i):
            return i
    return n


def _is_signoff(s: str) -> bool:
    """ "Best regards," alone, or "Best regards, Jane Smith" on one line."""
    return bool((len(s) <= 40 and _SIGNOFF.match(s)) or (len(s) <= 80 and _SIGNOFF_INLINE.match(s)))


def _short_tail(lines: list[str], i: int) -> bool:
    """What follows line ``i`` is short enough to be a signature (a name, a title, a
    footer), not more of the message."""
    after = [x for x in lines[i + 1 :] if x.strip()]
    return len(after) <= 15 and not any(len(x) > 300 for x in after[:3])


__all__ = [
    "Split",
    "split_reply",
]
