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

_ATTRIBUTION = re.compile(
    r"^\s*(?:"
    r"On\b.{3,250}\bwrote\s*:"
    r"|Am\b.{3,250}\bschrieb\b.{0,250}:"
    r"|El\b.{3,250}\bescribi[óo]\s*:"
    r"|Le\b.{3,250}\ba\s+[ée]crit\s*:"
    r"|.{3,200}\b(?:wrote|schrieb|escribi[óo]|a [ée]crit)\s*:"
    r")\s*$",
    re.I,
)
_SEPARATOR = re.compile(
    r"^\s*(?:-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Mensaje original|Message d'origine"
    r"|Forwarded message|Weitergeleitete Nachricht|Mensaje reenviado|Message transféré)\s*-{2,}"
    r"|Begin forwarded message\s*:|_{20,}|-{20,})\s*$",
    re.I,
)
_HEADER_FROM = re.compile(r"^\s*\*?(?:From|Von|De|Da)\s*\*?\s*:\s*\S", re.I)
_HEADER_OTHER = re.compile(
    r"^\s*\*?(?:Sent|Date|To|Subject|Gesendet|Datum|An|Betreff|Enviado|Fecha|Para|Asunto"
    r"|Envoy[ée]|Date|[ÀA]|Objet)\s*\*?\s*:",
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
    cut = _quote_start(lines)
    body_lines = lines[:cut]
    quoted = "\n".join(lines[cut:]).strip()
    sig_at = _signature_start(body_lines)
    new = "\n".join(body_lines[:sig_at]).strip()
    signature = "\n".join(body_lines[sig_at:]).strip()
    return Split(new=new, signature=signature, quoted=quoted)


def _quote_start(lines: list[str]) -> int:
    n = len(lines)
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if i == 0 and not s.startswith(">"):
            # a first line is never the start of a quote unless it is a quote marker
            if _SEPARATOR.match(s) and ("original" in s.lower() or "forward" in s.lower()):
                return i
            continue
        if s.startswith(">"):
            # a run of quoted lines (allowing blanks) that reaches the end, or is long
            j = i
            quoted = 0
            while j < n and (not lines[j].strip() or lines[j].lstrip().startswith(">")):
                quoted += bool(lines[j].strip())
                j += 1
            if j >= n or quoted >= 3 or _rest_is_short(lines, j):
                return _back_to_attribution(lines, i)
            continue
        if len(s) < 400 and _ATTRIBUTION.match(s):
            return i
        # attribution wrapped over two lines: "On Tue, ... Jane <" / "jane@x.com> wrote:"
        if (
            len(s) < 250
            and i + 1 < n
            and re.match(r"^\s*(?:On|Am|El|Le)\b", s)
            and _ATTRIBUTION.match(s + " " + lines[i + 1].strip())
        ):
            return i
        if _SEPARATOR.match(s):
            if s.startswith(("_", "-")) and not _header_block_follows(lines, i + 1):
                continue
            return i
        if _HEADER_FROM.match(s) and _header_block_follows(lines, i):
            return i
    return n


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
        if i == first:
            continue
        s = lines[i].strip()
        if (len(s) <= 40 and _SIGNOFF.match(s)) or (len(s) <= 80 and _SIGNOFF_INLINE.match(s)):
            after = [x for x in lines[i + 1 :] if x.strip()]
            if len(after) <= 15 and not any(len(x) > 300 for x in after[:3]):
                return i
    return n
