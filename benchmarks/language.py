"""Which lingua mode to detect the language of employers' mail: load time, memory, accuracy.

Run: ``python3 -m benchmarks.language``. Each mode runs in a fresh process (so load time
and peak memory are its own). The texts are the employer messages of the draft scenarios
(``agent/draft_scenarios.py``, labelled by the scenario's language), whole and cut to
their first sentence (the short case), restricted to our seven languages.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
if sys.argv[1] == "ours":  # what understand() uses: low mode + function words when unsure
    from agent.understand.language import detect_language
    class _Found:
        def __init__(self, code):
            self.iso_code_639_1 = type("C", (), {"name": code.upper()})
    class _D:
        def detect_language_of(self, text):
            code = detect_language(text)
            return _Found(code) if code else None
from lingua import Language, LanguageDetectorBuilder
names = {"en": "ENGLISH", "es": "SPANISH", "de": "GERMAN", "fr": "FRENCH", "it": "ITALIAN",
         "pt": "PORTUGUESE", "nl": "DUTCH"}
b = LanguageDetectorBuilder.from_languages(*[getattr(Language, n) for n in names.values()])
if sys.argv[1] == "low":
    b = b.with_low_accuracy_mode()
d = _D() if sys.argv[1] == "ours" else b.build()
d.detect_language_of("warm up: hello, thanks for your time")
load = time.perf_counter() - t0
texts = json.loads(sys.stdin.read())
t1 = time.perf_counter()
got = []
for text, _ in texts:
    found = d.detect_language_of(text)
    got.append(found.iso_code_639_1.name.lower() if found else None)
per = (time.perf_counter() - t1) / max(1, len(texts))
ok = sum(g == want for g, (_, want) in zip(got, texts))
wrong = [(t[:40], w, g) for g, (t, w) in zip(got, texts) if g != w]
print(json.dumps({"load_s": load, "per_text_ms": per * 1000, "ok": ok, "n": len(texts),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "wrong": wrong}))
"""


def texts() -> list[tuple[str, str]]:
    from agent.draft_scenarios import all_scenarios, stored
    from agent.understand.language import _strip_noise
    from agent.understand.quotes import split_reply

    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for sc in all_scenarios():
        for m, f in zip(sc.mails, stored(sc), strict=True):
            if f.facts.is_own:
                continue
            import email
            from email.policy import default

            msg = email.message_from_bytes(m.raw, policy=default)
            part = msg.get_body(preferencelist=("plain",))
            # as understand() gives it: the unquoted text, whitespace collapsed
            body = _strip_noise(split_reply(part.get_content() if part else "").new)
            if body in seen:
                continue
            seen.add(body)
            out.append((body, sc.lang))
            # the short case: the greeting and the first sentence (abbreviations kept whole)
            first = re.split(r"(?<=[a-zà-ÿ]{3}[.!?])\s", body)[0]
            out.append((first, sc.lang))
    return out


def main() -> None:
    data = texts()
    words = sorted(len(t.split()) for t, _ in data)
    print(f"{len(data)} texts, {words[0]}-{words[-1]} words (median {words[len(words) // 2]})")
    for mode in ("low", "high", "ours"):
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, mode],
            input=json.dumps(data),
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(proc.stdout)
        print(
            f"{mode:>4}: load {r['load_s']:.2f} s, peak RSS {r['rss_mb']:.0f} MB, "
            f"{r['per_text_ms']:.2f} ms/text, {r['ok']}/{r['n']} correct"
        )
        for w in r["wrong"]:
            print(f"      wrong: {w}")


if __name__ == "__main__":
    main()
