"""One vocabulary of senders: every part of the agent classifies a domain the same way.

Before ``agent.senders`` five modules kept their own domain lists and disagreed (docusign.net,
hired.com, oraclecloud.com and yahoo.co.uk were an employer's domain on one side;
``invitations@`` and ``robot@`` no-reply on one side only; acmerobotics.com was "Acme
Robotics" in one and "Acmerobotics" in the other). These tests fail when that happens again.
"""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent import senders
from agent.company_names import employer_domain
from agent.followup.recipients import is_usable_contact
from agent.followup.timeline import build_timeline
from agent.mail.gmail_query import correspondent_domains, sender_terms
from agent.person_names import is_team_mailbox, parse_person
from agent.understand.company_name import company_from_display, resolve_company
from agent.understand.contact_person import contact_email, name_from_signature
from agent.understand.firstpass import could_be_job_mail
from tests.test_rules_helpers import Scenario

AGENT = Path(__file__).resolve().parents[1] / "agent"
ME = "alex@example.com"
UTC = ZoneInfo("UTC")
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)

PLATFORMS = sorted(
    {
        *senders.ATS_DOMAINS,
        *senders.ASSESSMENT_DOMAINS,
        *senders.SCHEDULING_DOMAINS,
        *senders.SCREENING_DOMAINS,
        *senders.JOB_BOARD_DOMAINS,
        *senders.SERVICE_DOMAINS,
        *senders.NOTIFICATION_DOMAINS,
    }
)
KNOWN = sorted({*PLATFORMS, *senders.FREEMAIL_DOMAINS})


def _company_from(address: str) -> str | None:
    """What the understanding step names as the company of a bare message from ``address``."""
    return resolve_company(
        subject="Hello",
        from_name=None,
        from_email=address,
        human_sender=False,
        body="Hello, see you soon.",
        signature="",
        allow_domain=True,
    )


def _timeline_company(address: str) -> str:
    """What the follow-up timeline names as the company of a message from ``address``."""
    sc = Scenario(UTC)
    sc.add(
        sc.at(NOW.date().replace(day=10)),
        from_email=address,
        company=None,
        role=None,
        kind="application_received",
    )
    (app,) = build_timeline(sc.messages, tz=sc.tz, me=[ME], now=NOW).applications
    return app.company


def _first_scan_domains(address: str) -> list[str]:
    header = f"From: Someone <{address}>\r\nTo: {ME}\r\n".encode()
    return correspondent_domains([header], own=[ME])


def test_no_second_list_of_sender_domains() -> None:
    """A collection of known sender domains anywhere in agent/ outside senders.py is a
    second list (one domain in sample mail is not)."""
    known = set(KNOWN)
    found: list[str] = []
    for path in AGENT.rglob("*.py"):
        if path.name == "senders.py" and path.parent == AGENT:
            continue
        if path.name == "phrase_anchors.py":
            continue  # generated from the phrase patterns' literals, not a list of senders
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Tuple | ast.List | ast.Set | ast.Dict):
                continue
            items = node.keys if isinstance(node, ast.Dict) else node.elts
            domains = [
                e.value
                for e in items
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
                if e.value.lower() in known
            ]
            if len(domains) >= 2:
                found.append(f"{path.relative_to(AGENT.parent)}:{node.lineno} {domains}")
    assert found == [], "sender domains belong in agent/senders.py: " + "; ".join(found)


@pytest.mark.parametrize("domain", KNOWN)
def test_every_consumer_classifies_a_known_domain_alike(domain: str) -> None:
    """A platform or public-mail domain is no employer for any consumer."""
    for host in (domain, f"mail.{domain}"):
        address = f"jane.doe@{host}"
        assert not senders.is_employer_domain(host)
        assert employer_domain(address) is None  # follow-up: company linking
        assert _first_scan_domains(address) == []  # Gmail first scan: employers' domains
        assert senders.company_from_domain(host) is None
        assert _company_from(address) is None  # understanding: the company fallback
    if domain in PLATFORMS and domain not in senders.FREEMAIL_DOMAINS:
        # a platform's mailbox is never a contact, in understanding and in follow-up
        address = f"jane.doe@{domain}"
        assert not is_usable_contact(address)
        assert (
            contact_email(
                from_email=address, reply_to=[], text="", me=frozenset(), company_domain=None
            )
            is None
        )


@pytest.mark.parametrize("domain", ["docusign.net", "hired.com", "oraclecloud.com"])
def test_former_disagreements_platforms(domain: str) -> None:
    assert senders.is_platform_domain(domain)
    assert employer_domain(f"dse@{domain}") is None
    assert _company_from(f"jane@{domain}") is None
    assert not is_usable_contact(f"jane@{domain}")


def test_former_disagreement_yahoo_co_uk_is_public_mail() -> None:
    assert senders.is_freemail("yahoo.co.uk")
    assert employer_domain("sam@yahoo.co.uk") is None
    assert _company_from("sam@yahoo.co.uk") is None
    assert _first_scan_domains("sam@yahoo.co.uk") == []


@pytest.mark.parametrize(
    "local",
    [
        "invitations",
        "invitation",
        "robot",
        "no-reply",
        "bounces+x1",
        # no-reply in the other languages
        "naoresponda",
        "no-responder",
        "ne-pas-repondre",
        "bitte-nicht-antworten",
        "non-rispondere",
        "niet-beantwoorden",
    ],
)
def test_machine_mailboxes_are_no_contact_on_both_sides(local: str) -> None:
    address = f"{local}@acme.com"
    assert senders.is_noreply(address)
    assert not is_usable_contact(address)
    assert (
        contact_email(from_email=address, reply_to=[], text="", me=frozenset(), company_domain=None)
        is None
    )


def test_people_and_teams_stay_contacts() -> None:
    for address in ("jane.doe@acme.com", "talent@acme.com", "news.anchor@acme.com"):
        assert not senders.is_noreply(address), address
        assert is_usable_contact(address), address


def test_a_domain_names_the_same_company_everywhere() -> None:
    assert senders.company_from_domain("acmerobotics.com") == "Acme Robotics"
    assert _company_from("jane@acmerobotics.com") == "Acme Robotics"
    assert _timeline_company("jane@acmerobotics.com") == "Acme Robotics"
    assert employer_domain("jane@careers.acmerobotics.com") == "acmerobotics.com"
    assert _first_scan_domains("jane@acmerobotics.com") == ["acmerobotics.com"]
    assert is_usable_contact("jane@acmerobotics.com")


def test_registrable_domain() -> None:
    assert senders.registrable("careers.mail.acme.co.uk") == "acme.co.uk"
    assert senders.registrable("mail.ect.enron.com") == "enron.com"
    assert senders.registrable("hr.andinas.com.co") == "andinas.com.co"
    assert senders.company_from_domain("careers.acme-robotics.co.uk") == "Acme Robotics"


def test_hiring_senders_and_the_search() -> None:
    """ATS mail is hiring mail by its sender; a job board's or a booking tool's is not."""
    assert senders.is_hiring_sender("hire.lever.co")
    assert not senders.is_hiring_sender("linkedin.com")
    assert not senders.is_hiring_sender("calendly.com")
    assert not senders.is_hiring_sender("github.com")
    terms = sender_terms()
    assert "from:greenhouse.io" in terms and "from:oraclecloud.com" in terms
    assert "from:linkedin.com" not in terms and "from:gmail.com" not in terms
    # the first pass lets a hiring platform's bulk mail through, not a mail service's
    bulk = b"List-Unsubscribe: <mailto:x@y>\r\nSubject: Weekly digest\r\n"
    assert could_be_job_mail(b"From: Acme <no-reply@greenhouse.io>\r\n" + bulk)
    assert not could_be_job_mail(b"From: Mailchimp <news@mailchimp.com>\r\n" + bulk)


@pytest.mark.parametrize("display", ["Karriere Team", "Recursos Humanos Team", "Service Team"])
def test_a_team_name_names_no_company(display: str) -> None:
    """One list of team words (senders.TEAM_WORDS): a display name made of them names
    neither a company nor a person (a German "Karriere Team" was the company "Karriere")."""
    assert company_from_display(display, human=False) is None
    assert parse_person(display) is None
    assert is_team_mailbox("jobs@acme.example", display)


def test_team_words_in_a_signature_are_no_person() -> None:
    assert name_from_signature("Best,\nHuman Resources") is None
    assert name_from_signature("Best,\nAcme Labs") is None  # was "Acme Labs"
    assert name_from_signature("Best,\nJane Smith\nRecruiter") == "Jane Smith"


@pytest.mark.parametrize(
    ("display", "human", "company"),
    [
        # one reading of a display name for understanding and follow-up; where the two
        # disagreed: a name particle is no "at" (understanding read "Sem de Boer" as the
        # company "Boer"), "(Acme)" names the company for follow-up too, "The" is no name
        ("Sem de Boer", True, None),
        ("María de la Cruz", True, None),
        ("Jane Smith (Acme)", False, "Acme"),
        ("The Acme Talent Team", False, "Acme"),
        ("Acme via Greenhouse", False, "Acme"),
        ("Jane at Acme", True, "Acme"),
        ("Jane Doe via Lever", True, None),
    ],
)
def test_the_company_a_display_name_names(display: str, human: bool, company: str | None) -> None:
    assert company_from_display(display, human=human) == company


SERVICE = ["billing@acme.com", "support@acme.com", "info@acme.de", "newsletter@acme.com"]
HIRING = [
    "careers@acme.com",
    "talent@acme.com",
    "recruiting@acme.com",
    "jobs@acme.com",
    "bewerbung@acme.de",
    "recrutement@acme.fr",
]


@pytest.mark.parametrize("address", SERVICE + HIRING)
def test_one_rule_for_service_mailboxes(address: str) -> None:
    """Understanding never made billing@ or support@ a contact while follow-up would
    address a draft there; both now ask senders.is_service_mailbox. Hiring mailboxes
    stay contacts on both sides (tests/corpus/README.md, contact rules)."""
    usable = address in HIRING
    assert senders.is_service_mailbox(address) is not usable
    assert is_usable_contact(address) is usable
    chosen = contact_email(
        from_email=address,
        reply_to=[],
        text="Thank you for your application.",
        me=frozenset({ME}),
        company_domain="acme.com",
    )
    assert (chosen == address) is usable
