"""The phrasebook as data: every module loads, every phrase is well-formed and matches its
own example through the compiled matcher, a phrase added to the data is found, ``explain``
shows each phrase's part, and the Gmail search and the first pass share the vocabulary."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from agent.understand.classify import MATCHER, score
from agent.understand.phrase_anchors import ANCHORS
from agent.understand.phrase_matcher import (
    MatchTexts,
    PhraseMatcher,
    alternatives,
    anchoring_literals,
    pattern_digest,
    required_literals,
)
from agent.understand.phrasebook import Entry
from agent.understand.phrases import (
    Phrase,
    Signal,
    VocabularyError,
    decision_weights,
    load_phrases,
    phrases_of,
)

PHRASES = load_phrases()


def test_every_signal_module_loads_with_unique_names() -> None:
    assert len(PHRASES) > 300
    keys = Counter(p.key for p in PHRASES)
    assert [k for k, n in keys.items() if n > 1] == []
    assert {p.signal for p in PHRASES} == set(Signal)


@pytest.mark.parametrize("phrase", PHRASES, ids=lambda p: p.key)
def test_every_example_matches_its_phrase(phrase: Phrase) -> None:
    assert re.search(phrase.pattern, phrase.example, re.I)
    # and the compiled matcher finds it (its literal prefilter does not hide it)
    where = "subject" if phrase.where == "subject" else "body"
    texts = MatchTexts.of(
        subject=phrase.example if where == "subject" else "",
        body=phrase.example if where == "body" else "",
    )
    found = {m.phrase.key for m in MATCHER.scan(texts, stage=phrase.signal.stage)}
    assert phrase.key in found


def test_every_phrase_carries_an_example() -> None:
    assert [p.key for p in PHRASES if not p.example] == []


def test_weights_name_every_tier_the_phrases_use() -> None:
    w = decision_weights()
    for p in PHRASES:
        assert p.weight == w.tiers[p.signal][p.tier]
        assert (p.weight < 0) == p.signal.value.startswith("veto_")


def test_a_phrase_added_to_the_phrasebook_is_found() -> None:
    added = Entry(
        "ship_has_sailed",
        ("en",),
        "strong",
        r"\bthe\s+ship\s+has\s+sailed\s+on\s+this\s+role\b",
        example="the ship has sailed on this role",
    )
    matcher = PhraseMatcher([*PHRASES, *phrases_of(Signal.REJECTION, [added])])
    texts = MatchTexts.of(subject="", body="Sadly the ship has sailed on this role, Alex.")
    found = [m.phrase.key for m in matcher.scan(texts, context=False)]
    assert found == ["rejection/ship_has_sailed"]
    assert found[0] not in {p.key for p in PHRASES}  # the installed phrasebook lacks it
    assert not list(MATCHER.scan(texts, context=False))


def test_a_phrase_with_an_unknown_tier_or_language_is_refused() -> None:
    with pytest.raises(VocabularyError, match="enormous"):
        phrases_of(Signal.OFFER, [Entry("odd", ("en",), "enormous", r"odd")])
    with pytest.raises(VocabularyError, match="lang"):
        phrases_of(Signal.OFFER, [Entry("odd", ("xx",), "decisive", r"odd")])


def test_score_lists_each_phrase_contribution() -> None:
    sc = score("Your application", "We regret to inform you that we decided not to move forward.")
    rejection = [c for c in sc.contributions if c.signal is Signal.REJECTION]
    assert {c.name for c in rejection} >= {"rejection/regret_to_inform"}
    assert all(c.points == 4 and c.tier == "strong" for c in rejection)
    assert sc.get(Signal.REJECTION) == sum(c.points for c in rejection)


def test_explain_shows_each_phrase_contribution(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from agent.cli import app

    eml = tmp_path / "one.eml"
    eml.write_bytes(
        b"From: Dana Whitfield <dana@northwind.example>\r\nTo: alex.rivera@example.com\r\n"
        b"Subject: Your application\r\nDate: Tue, 03 Mar 2026 10:15:00 -0500\r\n"
        b"Message-ID: <e-1@northwind.example>\r\n\r\n"
        b"Hi Alex,\r\n\r\nThank you for applying. We regret to inform you that we have decided"
        b" to move forward with other candidates for the analyst role.\r\n\r\nDana\r\n"
    )
    result = CliRunner().invoke(
        app, ["explain", "--me", "alex.rivera@example.com", str(eml)], env={"COLUMNS": "220"}
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    table = out[out.index("phrases and evidence") : out.index("dates found")]
    assert "rejection/regret_to_inform" in table
    row = next(line for line in table.splitlines() if "rejection/regret_to_inform" in line)
    assert "rejection" in row and "strong" in row and "+4" in row and "regret to inform" in row
    assert "applied/the_candidate_applied" in table
    assert "totals:" in table and "rejection +" in table


HIRING_SIGNALS = {
    Signal.PROCESS,
    Signal.JOB,
    Signal.APPLIED,
    Signal.INTERVIEW,
    Signal.REJECTION,
    Signal.OFFER,
    Signal.ASSESSMENT,
    Signal.APPLICATION_RECEIVED,
    Signal.EMPLOYMENT,
}


def test_the_gmail_search_phrases_are_the_classifiers_vocabulary() -> None:
    """One vocabulary: every precise phrase the Gmail search looks for is hiring talk to
    the classifier too, except the few listed as search-only (and those really are not)."""
    from agent.understand.phrasebook import search

    phrases = {p for ps in search.PHRASES.values() for p in ps}
    recognised = {
        p for p in phrases if {c.signal for c in score(p, p).contributions} & HIRING_SIGNALS
    }
    assert phrases - recognised == search.SEARCH_ONLY


def test_the_first_pass_reads_the_phrasebook_in_every_language() -> None:
    from agent.understand import firstpass
    from agent.understand.phrasebook import search
    from agent.understand.phrases import LANGUAGES

    assert set(search.HEADER_STEMS) == LANGUAGES
    for stems in search.HEADER_STEMS.values():
        for stem in stems:
            headers = f"From: Robot <noreply@shop.example>\nSubject: About {stem}\n".encode()
            assert firstpass.could_be_job_mail(headers), stem
    quiet = b"From: Robot <noreply@shop.example>\nList-Id: <deals.shop.example>\nSubject: Deals\n"
    assert not firstpass.could_be_job_mail(quiet)


# --------------------------------------------------------------- refusal and offer families
# Issue 12: each family in every language, as senders write it (our own sentences, not
# corpus text), and the look-alikes that must stay out: business choices, forwarding to a
# colleague, a form filled in, a decision only supposed.
FAMILY_SAYS: list[tuple[str, str]] = [
    # (a) another person chosen, any tense and word order
    ("rejection/chose_another_person_en", "After a lot of thought we went with another candidate."),
    (
        "rejection/chose_another_person_en",
        "The team decided to move ahead with an applicant whose background is closer.",
    ),
    ("rejection/chose_another_person_en", "In the end we offered the position to someone else."),
    ("rejection/chose_another_person_en", "We have selected another candidate for this role."),
    ("rejection/chose_another_person_es", "Finalmente nos hemos decantado por otro candidato."),
    (
        "rejection/chose_another_person_es",
        "Hemos decidido avanzar con una candidata cuyo perfil encaja mejor.",
    ),
    ("rejection/chose_another_person_pt", "Optamos por seguir com outro candidato."),
    ("rejection/chose_another_person_pt", "Escolhemos outra pessoa para a vaga."),
    ("rejection/chose_another_person_pt", "Decidimos avançar com outro candidato para a função."),
    ("rejection/chose_another_person_de", "Wir haben uns für einen anderen Bewerber entschieden."),
    ("rejection/chose_another_person_de", "Die Position haben wir an jemand anderen vergeben."),
    (
        "rejection/chose_another_person_de",
        "Wir werden die Stelle mit einem internen Kollegen besetzen.",
    ),
    ("rejection/chose_another_person_fr", "Nous avons retenu une autre candidature."),
    (
        "rejection/chose_another_person_fr",
        "Nous avons décidé de confier le poste à quelqu'un d'autre.",
    ),
    ("rejection/chose_another_person_it", "Abbiamo deciso di procedere con un altro candidato."),
    ("rejection/chose_another_person_it", "Alla fine abbiamo scelto un profilo più senior."),
    ("rejection/chose_another_person_nl", "We hebben gekozen voor een andere kandidaat."),
    ("rejection/chose_another_person_nl", "We zijn uiteindelijk verder gegaan met iemand anders."),
    ("rejection/chose_another_person_nl", "We hebben een interne kandidaat aangenomen."),
    # (b) the position filled
    ("rejection/vacancy_filled_en", "The role has now been filled."),
    ("rejection/vacancy_filled_de", "Die Stelle ist inzwischen vergeben."),
    ("rejection/vacancy_filled_de", "Die Position wurde bereits intern besetzt."),
    ("rejection/vacancy_filled_es", "La plaza ya se cubrió."),
    ("rejection/vacancy_filled_fr", "Le poste a été pourvu en interne."),
    ("rejection/vacancy_filled_it", "La posizione è stata ricoperta."),
    ("rejection/vacancy_filled_pt", "A vaga já foi preenchida."),
    ("rejection/vacancy_filled_nl", "De functie is inmiddels vervuld."),
    # (c) not going on with the application
    (
        "rejection/not_on_with_your_application_nl",
        "Helaas gaan we niet verder met je sollicitatie.",
    ),
    (
        "rejection/not_on_with_your_application_de",
        "Ihre Bewerbung können wir leider nicht weiter berücksichtigen.",
    ),
    (
        "rejection/not_on_with_your_application_es_pt_it",
        "No vamos a seguir adelante con tu candidatura.",
    ),
    (
        "rejection/not_on_with_your_application_es_pt_it",
        "Não iremos prosseguir com a sua candidatura.",
    ),
    (
        "rejection/not_on_with_your_application_es_pt_it",
        "Non potremo proseguire con la sua candidatura.",
    ),
    (
        "rejection/not_on_with_your_application_fr",
        "Nous ne pouvons pas donner suite à votre candidature.",
    ),
    # (d) a tracking system's status
    ("rejection/ats_status_not_selected", "Your application status has been updated to: Rejected"),
    ("rejection/ats_status_not_selected", "Der Status Ihrer Bewerbung wurde geändert: Abgelehnt"),
    ("rejection/ats_status_not_selected", "Estado de tu candidatura: Descartado"),
    ("rejection/ats_status_not_selected", "Statut de votre candidature : Non retenue"),
    ("rejection/ats_status_not_selected", "Status van je sollicitatie: Afgewezen"),
    ("rejection/chose_another_person_nl", "We hebben gekozen voor iemand met meer ervaring."),
    (
        "rejection/chose_another_person_de",
        "Wir haben uns für eine Kandidatin entschieden, deren Profil passt.",
    ),
    ("rejection/vacancy_filled_de", "Wir haben die Stelle inzwischen intern besetzt."),
    ("rejection/vacancy_filled_nl", "De vacature is ondertussen ingevuld."),
    (
        "rejection/not_on_with_your_application_fr",
        "Nous avons décidé de ne pas poursuivre le processus avec vous.",
    ),
    ("rejection/not_shortlisted_all", "Lamentamos informarte que no has sido preseleccionada."),
    ("rejection/not_shortlisted_all", "Infelizmente você não foi selecionado para a próxima fase."),
    ("rejection/not_shortlisted_all", "Purtroppo non sei stato selezionato."),
    ("rejection/not_shortlisted_all", "Vous n'avez pas été présélectionné."),
    ("rejection/not_shortlisted_all", "Sie sind leider nicht in die engere Auswahl gekommen."),
    ("rejection/not_shortlisted_all", "Je gaat helaas niet door naar de volgende ronde."),
    (
        "veto_rejection/schedule_the_candidates",
        "Please schedule the remaining candidates for Friday.",
    ),
    (
        "rejection/chose_another_person_en",
        "The position was given to a candidate with more experience.",
    ),
    ("rejection/not_on_with_your_application_nl", "We gaan helaas niet met je verder."),
    (
        "rejection/not_on_with_your_application_es_pt_it",
        "A sua candidatura não avançará para a próxima fase.",
    ),
    (
        "rejection/not_on_with_your_application_de",
        "Wir haben uns gegen eine Zusammenarbeit entschieden.",
    ),
    ("rejection/search_goes_on", "We've decided to continue our search for this role."),
    ("rejection/search_goes_on", "Hemos decidido seguir buscando otros perfiles."),
    ("rejection/search_goes_on", "Vamos continuar procurando outros perfis."),
    ("rejection/search_goes_on", "Wir werden die Suche fortsetzen."),
    ("rejection/search_goes_on", "Nous poursuivons nos recherches."),
    ("rejection/search_goes_on", "Abbiamo deciso di continuare la ricerca."),
    ("rejection/search_goes_on", "We zoeken verder naar een kandidaat."),
    ("rejection/closed_without_appointing_en", "We have closed this vacancy without appointing."),
    ("rejection/background_does_not_align_en", "Your experience doesn't quite match what we need."),
    ("rejection/not_going_to_work_out_en", "Unfortunately this isn't going to work out."),
    ("offer/want_to_bring_you_on", "The team would like to hire you as our analyst."),
    (
        "offer/offer_for_the_position",
        "Nos complace hacerte llegar nuestra propuesta para el puesto.",
    ),
    ("offer/offer_for_the_position", "Segue nossa proposta para a vaga."),
    ("offer/offer_for_the_position", "Ein Angebot für die Position als Analyst."),
    ("offer/offer_for_the_position", "Une offre pour le poste d'analyste."),
    ("offer/offer_for_the_position", "Un'offerta per la posizione di analista."),
    ("offer/offer_for_the_position", "Een aanbod voor de functie van analist."),
    ("offer/pleased_to_make_an_offer", "Siamo felici di farti un'offerta."),
    ("offer/offer_you_the_position", "Wir möchten Dir gerne ein Angebot für die Position machen."),
    ("veto_rejection/schedule_the_candidates", "Can you send the rejection emails to the others?"),
    ("veto_rejection/schedule_the_candidates", "Please close the req in Workday."),
    # (e) support only
    ("rejection/not_better_news", "I'm sorry it isn't better news."),
    ("rejection/not_better_news", "Mi spiace non poterti dare una notizia migliore."),
    ("rejection/not_better_news", "Siento no traerte mejores noticias."),
    ("rejection/not_better_news", "Desculpe não trazer notícias melhores."),
    ("rejection/not_better_news", "Leider keine besseren Nachrichten."),
    ("rejection/not_better_news", "Désolé de ne pas avoir de meilleures nouvelles."),
    ("rejection/not_better_news", "Sorry dat ik geen beter nieuws heb."),
    ("rejection/good_wishes_nl_it_pt_fr", "We wensen je veel succes."),
    ("rejection/good_wishes_nl_it_pt_fr", "In bocca al lupo!"),
    ("rejection/good_wishes_nl_it_pt_fr", "Boa sorte na sua busca."),
    # a status update without a decision
    ("status/still_deciding_all", "Aún no hemos tomado una decisión."),
    ("status/still_deciding_all", "Ainda estamos avaliando os candidatos."),
    ("status/still_deciding_all", "Stiamo ancora valutando le candidature."),
    ("status/still_deciding_all", "We zijn nog bezig met de selectie."),
    ("status/still_deciding_all", "Es ist noch keine Entscheidung gefallen."),
    ("status/still_deciding_all", "Nous n'avons pas encore pris de décision."),
    # (f) offers
    ("offer/the_job_is_yours", "Congratulations, you got the job!"),
    ("offer/the_job_is_yours", "¡El puesto es tuyo!"),
    ("offer/the_job_is_yours", "A vaga é sua!"),
    ("offer/the_job_is_yours", "Sie haben die Stelle!"),
    ("offer/the_job_is_yours", "Le poste est à vous !"),
    ("offer/the_job_is_yours", "Il ruolo è tuo!"),
    ("offer/the_job_is_yours", "Gefeliciteerd, je bent aangenomen!"),
    ("offer/the_contract_follows", "We'll send you the contract this week."),
    ("offer/the_contract_follows", "Ti invieremo il contratto domani."),
    ("offer/want_you_on_the_team", "We'd love you on the team as our next designer."),
    ("offer/want_you_on_the_team", "Queremos você no time!"),
    ("offer/want_you_on_the_team", "Queremos tê-la na nossa equipa."),
    ("offer/want_you_on_the_team", "Te queremos en el equipo."),
    ("offer/want_you_on_the_team", "Wir möchten Sie gerne in unserem Team haben."),
    ("offer/want_you_on_the_team", "Nous aimerions que vous rejoigniez l'équipe."),
    ("offer/want_you_on_the_team", "Ti vogliamo nel team."),
    ("offer/want_you_on_the_team", "We willen je graag in ons team."),
    ("offer/here_is_the_offer", "Here is the formal offer we discussed."),
    ("offer/here_is_the_offer", "Segue em anexo a proposta."),
    ("offer/here_is_the_offer", "Adjuntamos la propuesta."),
    ("offer/here_is_the_offer", "Anbei unser Vertragsangebot."),
    ("offer/here_is_the_offer", "Vous trouverez ci-joint notre proposition."),
    ("offer/here_is_the_offer", "In allegato la nostra proposta."),
    ("offer/here_is_the_offer", "In de bijlage vind je ons aanbod."),
    ("offer/offer_you_the_position", "Nos gustaría ofrecerte el puesto."),
    ("offer/offer_you_the_position", "Gostaríamos de lhe oferecer a vaga."),
    ("offer/offer_you_the_position", "Wir möchten Ihnen die Stelle als Analystin anbieten."),
    ("offer/offer_you_the_position", "Vorremmo offrirti il ruolo."),
    ("offer/offer_you_the_position", "We willen je graag een aanbod doen."),
    ("offer/offer_you_the_position", "Nous souhaitons vous proposer le poste."),
    # issue 12, tenth and eleventh batches: choice wordings, the process cancelled, "not among
    # them", the English "pass", and the vetoes of advice and of an approval request
    ("rejection/chose_another_person_en", "They decided to go with the other candidate."),
    ("rejection/chose_another_person_es", "Al final nos quedamos con otro perfil."),
    ("rejection/chose_another_person_es", "Los socios eligieron a otra candidata."),
    (
        "rejection/chose_another_person_de",
        "Wir haben beschlossen, mit Bewerbern fortzufahren, deren Erfahrung besser passt.",
    ),
    ("rejection/chose_another_person_fr", "Nous avons fait le choix d'une autre candidate."),
    (
        "rejection/chose_another_person_nl",
        "We hebben beslist om verder te gaan met een andere kandidaat.",
    ),
    ("rejection/chose_another_person_nl", "De rol gaan we invullen met een interne collega."),
    ("rejection/vacancy_filled_de", "Die Position wurde mittlerweile intern nachbesetzt."),
    ("rejection/vacancy_filled_es", "La búsqueda ya fue cubierta."),
    (
        "rejection/selection_process_cancelled",
        "We have decided to cancel the recruitment for this role.",
    ),
    (
        "rejection/selection_process_cancelled",
        "The hiring process for the analyst role has been cancelled.",
    ),
    ("rejection/selection_process_cancelled", "Hemos decidido cancelar el proceso de selección."),
    ("rejection/selection_process_cancelled", "Tivemos que cancelar o processo seletivo."),
    ("rejection/selection_process_cancelled", "Das Auswahlverfahren wurde leider abgebrochen."),
    ("rejection/selection_process_cancelled", "Nous avons dû annuler le recrutement."),
    ("rejection/selection_process_cancelled", "Abbiamo deciso di annullare la selezione."),
    ("rejection/selection_process_cancelled", "De vacature is helaas ingetrokken."),
    ("rejection/not_among_the_chosen", "Unfortunately you were not among those selected."),
    (
        "rejection/not_among_the_chosen",
        "Lamentablemente no te encuentras entre los candidatos seleccionados.",
    ),
    ("rejection/not_among_the_chosen", "Infelizmente não está entre os candidatos selecionados."),
    ("rejection/not_among_the_chosen", "Leider gehören Sie nicht zu den ausgewählten Bewerbern."),
    ("rejection/not_among_the_chosen", "Vous ne faites pas partie des candidats retenus."),
    ("rejection/not_among_the_chosen", "Purtroppo non rientra tra i candidati selezionati."),
    ("rejection/not_among_the_chosen", "Je behoort helaas niet tot de geselecteerde kandidaten."),
    ("rejection/going_to_pass_en", "We've talked it over and we're going to pass on you."),
    (
        "rejection/pass_after_the_interview_en",
        "Thanks for coming in yesterday. We're going to pass on this one.",
    ),
    (
        "veto_rejection/advice_about_rejection",
        "Five tips on how to respond to a rejection with grace.",
    ),
    ("veto_rejection/advice_about_rejection", "Cómo responder a un correo de rechazo."),
    ("veto_rejection/advice_about_rejection", "Comment répondre à un mail de refus ?"),
    ("veto_rejection/advice_about_rejection", "Wie Sie mit Absagen umgehen."),
    (
        "veto_offer/offer_approval_request",
        "Dana has requested your approval for an offer to Sam Lee.",
    ),
    ("veto_offer/offer_approval_request", "Offer approval requested: Sam Lee"),
    ("veto_offer/offer_approval_request", "Goedkeuring van het aanbod gevraagd voor Sam."),
    ("veto_offer/advice_when_offered", "What to say when a recruiter makes you an offer."),
]

FAMILY_DOES_NOT_SAY: list[tuple[str, str]] = [
    ("rejection/chose_another_person_en", "We went with another vendor for the catering."),
    (
        "rejection/chose_another_person_en",
        "Could you forward this to a colleague who handles billing?",
    ),
    ("rejection/chose_another_person_en", "Thanks, but I accepted another offer."),
    ("rejection/chose_another_person_es", "Hemos elegido otro proveedor."),
    (
        "rejection/chose_another_person_de",
        "Ich leite Ihre Anfrage an einen anderen Kollegen weiter.",
    ),
    ("rejection/chose_another_person_fr", "Nous avons choisi un autre fournisseur."),
    ("rejection/chose_another_person_it", "Ti metto in contatto con un collega."),
    ("rejection/chose_another_person_nl", "Ik stuur je vraag door aan een collega."),
    ("rejection/vacancy_filled_en", "The form has been filled in."),
    ("rejection/vacancy_filled_de", "Die Stelle ist noch nicht besetzt."),
    ("rejection/vacancy_filled_de", "Die Stelle soll zum 1. März besetzt werden."),
    ("rejection/not_on_with_your_application_es_pt_it", "No dudes en seguir con tu candidatura."),
    (
        "rejection/not_on_with_your_application_fr",
        "Nous ne manquerons pas de donner suite à votre candidature.",
    ),
    ("rejection/ats_status_not_selected", "Your payment status: Declined"),
    ("rejection/ats_status_not_selected", "Ticket status changed to: Closed"),
    ("offer/here_is_the_offer", "Segue a proposta comercial para o projeto."),
    ("offer/want_you_on_the_team", "We want you to join us for dinner on Friday."),
    ("offer/the_job_is_yours", "The choice is yours."),
    ("rejection/not_shortlisted_all", "Non sei stato selezionato? Nessun problema, riprova."),
    ("rejection/search_goes_on", "We keep looking forward to your reply."),
    ("rejection/search_goes_on", "Vamos seguir buscando oportunidades para ti."),
    ("rejection/search_goes_on", "Nous poursuivons nos recherches pour vous trouver un poste."),
    (
        "rejection/not_going_to_work_out_en",
        "Tuesday isn't going to work out, could we do Wednesday?",
    ),
    ("offer/pleased_to_make_an_offer", "Nos complace presentarte nuestra oferta formativa."),
    ("rejection/chose_another_person_es", "Vamos a coordinar con otra persona del equipo."),
    ("rejection/chose_another_person_en", "Please sit with the other candidate in the lobby."),
    ("rejection/chose_another_person_de", "Wir sprechen mit Kandidaten, die sich beworben haben."),
    ("rejection/vacancy_filled_de", "Die Stelle wird nicht intern besetzt werden."),
    (
        "rejection/selection_process_cancelled",
        "The interview has been cancelled, can we do Friday?",
    ),
    (
        "rejection/selection_process_cancelled",
        "Before we close the recruitment process, we'd like to meet.",
    ),
    ("rejection/selection_process_cancelled", "The hiring process is on hold until January."),
    (
        "rejection/selection_process_cancelled",
        "Antes de cerrar el proceso de selección, queremos conocerte.",
    ),
    (
        "rejection/selection_process_cancelled",
        "Sobald das Auswahlverfahren beendet ist, melden wir uns.",
    ),
    (
        "rejection/not_among_the_chosen",
        "You are among the candidates selected for the final round.",
    ),
    ("rejection/going_to_pass_en", "We'll pass on your application to the hiring manager."),
    ("rejection/going_to_pass_en", "I'll pass on your details to Dana."),
    ("veto_offer/offer_approval_request", "Good news: your offer has been approved!"),
    (
        "veto_rejection/advice_about_rejection",
        "We regret to inform you that the role has been filled.",
    ),
]


def _said(text: str) -> set[str]:
    return {c.name for c in score("", text).contributions}


@pytest.mark.parametrize(("key", "text"), FAMILY_SAYS)
def test_a_family_is_found_in_each_language(key: str, text: str) -> None:
    assert key in _said(text)


@pytest.mark.parametrize(("key", "text"), FAMILY_DOES_NOT_SAY)
def test_a_family_leaves_its_look_alikes_alone(key: str, text: str) -> None:
    assert key not in _said(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the phrase names the decision: no interview or application noun is needed
        ("La posizione di Buyer è stata coperta. Mi spiace.", "rejection"),
        ("Alex, we're going with someone else for the designer job.", "rejection"),
        # a choice only supposed is no decision
        (
            "If we decide to move forward with another candidate for the analyst role, "
            "I'll let you know.",
            "other",
        ),
        ("Our committee went with another vendor for the analyst tooling.", "other"),
    ],
)
def test_a_decision_that_names_itself_opens_the_gate(text: str, kind: str) -> None:
    from agent.understand.classify import decide

    assert decide(score("", text)).kind == kind


def test_the_anchor_table_is_current() -> None:
    """phrase_anchors.py holds every phrase's anchoring literals as the analysis gives them
    now (stale: run ``python -m agent.understand.phrasebook``), and nothing else."""
    patterns = {(p.key, x) for p in PHRASES for x in (p.pattern, *alternatives(p.pattern))}
    expected = {pattern_digest(x): required_literals(x) for _, x in patterns}
    stale = sorted(
        key
        for key, x in patterns
        if pattern_digest(x) not in ANCHORS
        or ANCHORS[pattern_digest(x)] != expected[pattern_digest(x)]
    )
    assert stale == [], "phrase_anchors.py is stale: run python -m agent.understand.phrasebook"
    assert set(ANCHORS) == set(expected)


def test_a_pattern_missing_from_the_anchor_table_is_analysed_at_start() -> None:
    pattern = r"\bthe\s+ship\s+has\s+(?:sailed|gone)\b"
    assert pattern_digest(pattern) not in ANCHORS
    assert anchoring_literals(pattern) == (("ship",), ("gone", "sailed"), ("the",))
    for p in PHRASES[:50]:
        assert anchoring_literals(p.pattern) == required_literals(p.pattern)


SPLIT = [p for p in PHRASES if alternatives(p.pattern)]


def test_long_alternations_are_split_into_branches() -> None:
    assert len(SPLIT) > 100
    assert alternatives(r"\b(?:a|b(?:c|d)|[|)]x)") == [r"\ba", r"\bb(?:c|d)", r"\b[|)]x"]
    assert alternatives(r"foo|bar[|]|baz\|q") == ["foo", "bar[|]", r"baz\|q"]
    # not one alternation, or branches that cannot stand alone: kept whole
    assert alternatives(r"\b(?:a|b)x(?:c|d)") == []
    assert alternatives(r"\bx(?:a|b)") == []
    assert alternatives(r"(?P<w>a)|(?P=w)b") == []


# every example of every phrase, in two orders: each split phrase must find in them
# exactly what its whole pattern finds (the leftmost match, the first branch on a tie)
_EXAMPLES = " . ".join(p.example or "" for p in PHRASES)
_TEXTS = [_EXAMPLES, " . ".join(reversed(_EXAMPLES.split(" . "))), "Ünïcödé İstanbul " + _EXAMPLES]


@pytest.mark.parametrize("phrase", SPLIT, ids=lambda p: p.key)
def test_a_split_phrase_finds_what_its_whole_pattern_finds(phrase: Phrase) -> None:
    matcher = PhraseMatcher([phrase])
    for text in [*_TEXTS, phrase.example or ""]:
        texts = MatchTexts.of(subject=text, body=text, footer=text)
        whole = re.search(phrase.pattern, text, re.I)
        found = list(matcher.scan(texts, stage=phrase.signal.stage))
        assert [m.said for m in found] == ([whole.group()] if whole else [])
        assert [m.start for m in found] == ([whole.start()] if whole else [])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # no job word at all: the choice of another person names the decision itself
        ("Hola Alex, al final nos quedamos con otra persona. ¡Suerte!", "rejection"),
        ("Salut, on a choisi d'avancer avec un autre profil. Bonne continuation.", "rejection"),
        # and without one, a business choice or a supposed one stays other
        ("We went with another vendor for the catering, thanks anyway.", "other"),
        ("If we go with someone else, I'll tell you on Friday.", "other"),
    ],
)
def test_a_decision_that_names_itself_opens_the_job_gate(text: str, kind: str) -> None:
    from agent.understand.classify import decide

    assert decide(score("", text, gate=True)).kind == kind
