#!/usr/bin/env python3
"""Check the labelled classification corpus (stdlib only).

Usage: python3 tests/corpus/validate_corpus.py [DIR]

DIR defaults to the messages/ folder next to this script. Checks that

* every NNN-slug.eml has a NNN-slug.json and vice versa, and numbers are unique;
* every .eml parses with email.message_from_bytes(..., policy=email.policy.default)
  and uses one line-ending style (all CRLF or all LF);
* every .json has exactly the expected fields with valid values
  (kind in the six kinds, interview_at ISO-8601 with an offset, dates YYYY-MM-DD,
  contact_email an address, notes a non-empty single line);
* mail from the candidate's own address is kind "other" with every field null;
* a message without a Date header carries no date resolved relative to it.

Prints counts per kind and per structural feature; exits 1 if anything is wrong.
"""
import collections
import datetime as dt
import email
import email.policy
import json
import os
import re
import sys

KINDS = ("interview", "rejection", "application_received", "assessment", "offer", "other")
FIELDS = ("kind", "interview_at", "respond_by", "follow_up_on", "company", "role",
          "contact_email", "notes")
ME = {"alex.rivera@example.com"}
NAME_RE = re.compile(r"^(\d{3,4})-[a-z0-9]+(?:-[a-z0-9]+)*\.(eml|json)$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$")
EMAIL_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def check_json(name, data, errors):
    if not isinstance(data, dict):
        errors.append(f"{name}: not a JSON object")
        return
    missing = [f for f in FIELDS if f not in data]
    extra = [f for f in data if f not in FIELDS]
    if missing:
        errors.append(f"{name}: missing fields {missing}")
    if extra:
        errors.append(f"{name}: unexpected fields {extra}")
    if data.get("kind") not in KINDS:
        errors.append(f"{name}: bad kind {data.get('kind')!r}")
    ia = data.get("interview_at")
    if ia is not None:
        if not isinstance(ia, str) or not ISO_RE.match(ia):
            errors.append(f"{name}: interview_at not ISO-8601 with offset: {ia!r}")
        else:
            try:
                if dt.datetime.fromisoformat(ia.replace("Z", "+00:00")).tzinfo is None:
                    errors.append(f"{name}: interview_at has no offset")
            except ValueError as exc:
                errors.append(f"{name}: interview_at invalid: {exc}")
    for key in ("respond_by", "follow_up_on"):
        v = data.get(key)
        if v is None:
            continue
        if not isinstance(v, str) or not DATE_RE.match(v):
            errors.append(f"{name}: {key} not YYYY-MM-DD: {v!r}")
            continue
        try:
            dt.date.fromisoformat(v)
        except ValueError as exc:
            errors.append(f"{name}: {key} invalid: {exc}")
    for key in ("company", "role"):
        v = data.get(key)
        if v is not None and (not isinstance(v, str) or not v.strip()):
            errors.append(f"{name}: {key} must be a non-empty string or null")
    ce = data.get("contact_email")
    if ce is not None and (not isinstance(ce, str) or not EMAIL_RE.match(ce)):
        errors.append(f"{name}: contact_email not an address: {ce!r}")
    notes = data.get("notes")
    if not isinstance(notes, str) or not notes.strip() or "\n" in notes:
        errors.append(f"{name}: notes must be a non-empty single line")


def features(msg, raw):
    f = set()
    types = [p.get_content_type() for p in msg.walk()]
    leaf = [t for t in types if not t.startswith("multipart/")]
    if "text/html" in leaf and "text/plain" not in leaf:
        f.add("html_only")
    if "text/calendar" in types or any(
            (p.get_filename() or "").lower().endswith(".ics") for p in msg.walk()):
        f.add("calendar")
    if any(p.get_content_disposition() == "attachment" for p in msg.walk()):
        f.add("attachment")
    for p in msg.walk():
        cte = (p.get("Content-Transfer-Encoding") or "").lower()
        if cte in ("base64", "quoted-printable", "8bit"):
            f.add(cte)
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            f.add("charset:" + cs.lower())
            payload = p.get_payload(decode=True) or b""
            try:
                payload.decode(cs)
            except (UnicodeDecodeError, LookupError):
                f.add("charset_mislabelled")
    if msg["Date"] is None:
        f.add("no_date_header")
    head = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0]
    if re.search(rb"=\?[\w-]+\?[bqBQ]\?", head):
        f.add("rfc2047_header")
    if any(b > 127 for b in head):
        f.add("raw_8bit_header")
    if msg["In-Reply-To"] or msg["References"]:
        f.add("reply")
    f.add("crlf" if b"\r\n" in raw else "lf")
    return f


def main(argv):
    base = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "messages")
    errors = []
    names = sorted(os.listdir(base))
    emls = {n[:-4] for n in names if n.endswith(".eml")}
    jsons = {n[:-5] for n in names if n.endswith(".json")}
    for n in names:
        if n.endswith((".eml", ".json")) and not NAME_RE.match(n):
            errors.append(f"{n}: name does not match NNN-short-slug.ext")
    for stem in sorted(emls - jsons):
        errors.append(f"{stem}.eml: no matching .json")
    for stem in sorted(jsons - emls):
        errors.append(f"{stem}.json: no matching .eml")
    numbers = collections.Counter(s.split("-", 1)[0] for s in emls | jsons)
    for num, c in numbers.items():
        stems = {s for s in emls | jsons if s.startswith(num + "-")}
        if len(stems) > 1:
            errors.append(f"number {num} used by {sorted(stems)}")

    kinds = collections.Counter()
    feats = collections.Counter()
    fields_set = collections.Counter()
    for stem in sorted(emls & jsons):
        with open(os.path.join(base, stem + ".eml"), "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                msg.get(h)  # force header parsing
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
        except Exception as exc:  # noqa: BLE001 - report any parse failure
            errors.append(f"{stem}.eml: does not parse: {exc!r}")
            continue
        crlf = raw.count(b"\r\n")
        lf = raw.count(b"\n")
        if crlf and crlf != lf:
            errors.append(f"{stem}.eml: mixed line endings ({crlf} CRLF of {lf} LF)")
        for h in ("From", "Subject", "Message-ID"):
            if msg[h] is None:
                errors.append(f"{stem}.eml: no {h} header")
        try:
            with open(os.path.join(base, stem + ".json"), encoding="utf-8") as fh:
                data = json.load(fh)
        except (ValueError, OSError) as exc:
            errors.append(f"{stem}.json: invalid JSON: {exc}")
            continue
        check_json(stem + ".json", data, errors)
        kinds[data.get("kind")] += 1
        for k in ("interview_at", "respond_by", "follow_up_on", "company", "role", "contact_email"):
            if data.get(k) is not None:
                fields_set[k] += 1
        addrs = msg["From"].addresses if msg["From"] is not None else ()
        if any(a.addr_spec.lower() in ME for a in addrs):
            if data.get("kind") != "other" or any(
                    data.get(k) is not None for k in FIELDS if k not in ("kind", "notes")):
                errors.append(f"{stem}.json: candidate's own mail must be kind other with null fields")
        if msg["Date"] is None and (data.get("interview_at") or data.get("respond_by")):
            errors.append(f"{stem}.json: no Date header but a date resolved relative to it")
        if msg["Date"] is not None:
            sent = msg["Date"].datetime
            if data.get("interview_at"):
                when = dt.datetime.fromisoformat(data["interview_at"].replace("Z", "+00:00"))
                if sent.tzinfo is not None and when < sent:
                    errors.append(f"{stem}.json: interview_at is before the Date header")
        feats.update(features(msg, raw))

    total = sum(kinds.values())
    print(f"messages: {total}")
    for k in KINDS:
        print(f"  {k:22s} {kinds.get(k, 0)}")
    print("fields set:")
    for k, v in sorted(fields_set.items()):
        print(f"  {k:22s} {v}")
    print("features:")
    for k, v in sorted(feats.items()):
        print(f"  {k:22s} {v}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
