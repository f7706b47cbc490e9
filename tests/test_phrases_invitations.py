"""The invitation, reschedule and acknowledgement families of issue 12 in every language:
sentences (written for these tests, not taken from the corpus) that each family must find
and near misses it must leave alone; and whole messages whose decision the families and
their vetoes settle (a radio programme's interview, a newsletter's interview advice)."""

from __future__ import annotations

import pytest

from agent.understand.classify import MATCHER, decide, score
from agent.understand.phrase_matcher import MatchTexts


def found(body: str, subject: str = "") -> set[str]:
    """Every phrase the compiled matcher finds in ``body`` (kinds' and context signals')."""
    texts = MatchTexts.of(subject=subject, body=body)
    return {m.phrase.key for ctx in (True, False) for m in MATCHER.scan(texts, context=ctx)}


def kind(subject: str, body: str) -> str:
    return decide(score(subject, body)).kind


MUST_FIND: list[tuple[str, str]] = [
    # (b) pick a slot for the interview
    (
        "interview/pick_a_slot_for_the_interview",
        "Please pick a time slot below for your video interview.",
    ),
    (
        "interview/pick_a_slot_for_the_interview",
        "Elige en el enlace el horario que prefieras para la entrevista.",
    ),
    (
        "interview/pick_a_slot_for_the_interview",
        "Bitte buchen Sie über den Link einen Termin für das Gespräch.",
    ),
    (
        "interview/pick_a_slot_for_the_interview",
        "Choisissez un créneau pour votre entretien dans l'agenda ci-dessous.",
    ),
    (
        "interview/pick_a_slot_for_the_interview",
        "Scegli l'orario che preferisci per il colloquio online.",
    ),
    ("interview/pick_a_slot_for_the_interview", "Escolha no link o horário da sua entrevista."),
    ("interview/pick_a_slot_for_the_interview", "Kies via de link een tijdslot voor het gesprek."),
    # (b) send two or three availabilities
    (
        "interview/send_two_or_three_slots",
        "Could you send me two or three times that suit you next week?",
    ),
    ("interview/send_two_or_three_slots", "¿Puedes indicarnos dos o tres franjas horarias?"),
    ("interview/send_two_or_three_slots", "Nennen Sie uns bitte zwei bis drei Terminvorschläge."),
    (
        "interview/send_two_or_three_slots",
        "Merci de nous indiquer quelques créneaux la semaine prochaine.",
    ),
    ("interview/send_two_or_three_slots", "Può indicarmi alcune date per la prossima settimana?"),
    ("interview/send_two_or_three_slots", "Me envie dois ou três horários possíveis."),
    ("interview/send_two_or_three_slots", "Laat je ons twee of drie momenten weten?"),
    # (c) second and final rounds
    ("interview/second_round_interview", "We'd like to invite you to a third interview."),
    ("interview/second_round_interview", "Te invitamos a una segunda entrevista con el equipo."),
    ("interview/second_round_interview", "Wir laden Sie gern zu einem zweiten Gespräch ein."),
    (
        "interview/second_round_interview",
        "Nous vous proposons un second entretien avec la direction.",
    ),
    ("interview/second_round_interview", "La invitiamo a un secondo colloquio."),
    ("interview/second_round_interview", "Gostaríamos de marcar a segunda entrevista."),
    ("interview/second_round_interview", "Graag plannen we het eindgesprek in."),
    # (c) in person at the office
    ("interview/interview_in_person_at_the_office", "El colloquio si terrà in sede, a Torino."),
    (
        "interview/interview_in_person_at_the_office",
        "Das Gespräch findet vor Ort in Hamburg statt.",
    ),
    ("interview/interview_in_person_at_the_office", "L'entretien aura lieu en présentiel."),
    ("interview/interview_in_person_at_the_office", "La entrevista será presencial."),
    ("interview/interview_in_person_at_the_office", "A entrevista será no nosso escritório."),
    ("interview/interview_in_person_at_the_office", "Het gesprek vindt plaats op ons kantoor."),
    (
        "interview/interview_in_person_at_the_office",
        "The interview is at our office on Main Street.",
    ),
    # (d) an agency arranging a call with the hiring manager
    (
        "interview/call_with_their_hiring_manager",
        "They would like a quick call with the hiring manager.",
    ),
    (
        "interview/call_with_their_hiring_manager",
        "Le gustaría tener una llamada con su directora de operaciones.",
    ),
    (
        "interview/call_with_their_hiring_manager",
        "Der Kunde möchte gern ein Telefonat mit dem Geschäftsführer.",
    ),
    (
        "interview/call_with_their_hiring_manager",
        "Mon client souhaite organiser un échange avec le directeur.",
    ),
    (
        "interview/call_with_their_hiring_manager",
        "Il cliente vorrebbe fissare una videochiamata con il direttore.",
    ),
    (
        "interview/call_with_their_hiring_manager",
        "Eles querem marcar uma conversa com o gestor da área.",
    ),
    ("interview/call_with_their_hiring_manager", "Ze willen graag een gesprek met de teamleider."),
    # (a) move the interview to another day
    (
        "interview/move_the_interview_to_another_day",
        "Could we move the interview to Thursday at 2pm?",
    ),
    (
        "interview/move_the_interview_to_another_day",
        "¿Podemos pasar la entrevista al viernes a las 10?",
    ),
    (
        "interview/move_the_interview_to_another_day",
        "Können wir das Interview auf Dienstag verschieben?",
    ),
    (
        "interview/move_the_interview_to_another_day",
        "Pouvons-nous décaler l'entretien à jeudi 14h ?",
    ),
    (
        "interview/move_the_interview_to_another_day",
        "Possiamo spostare il colloquio a mercoledì alle 11?",
    ),
    (
        "interview/move_the_interview_to_another_day",
        "Podemos remarcar a entrevista para quinta às 15h?",
    ),
    (
        "interview/move_the_interview_to_another_day",
        "Kunnen we het gesprek verplaatsen naar dinsdag om 10:00?",
    ),
    # (a) does this day and time work
    ("interview/does_this_day_and_time_work", "Would Tuesday at 3pm work for you instead?"),
    ("interview/does_this_day_and_time_work", "Ti andrebbe bene giovedì alle 10:30?"),
    ("interview/does_this_day_and_time_work", "Fica bom para você terça às 14h?"),
    ("interview/does_this_day_and_time_work", "Est-ce que mercredi à 11h vous conviendrait ?"),
    ("interview/does_this_day_and_time_work", "Würde Ihnen Donnerstag um 9 Uhr passen?"),
    ("interview/does_this_day_and_time_work", "Past donderdag om 14:00 voor jou?"),
    ("interview/te_queda_bien", "¿Te viene bien el jueves a las 12?"),
    # the wish to meet, said by the team or the client
    ("interview/the_team_would_like_to_meet_you", "The hiring manager would love to meet you."),
    ("interview/würden_sie_kennenlernen", "Frau Weber möchte Sie gerne persönlich kennenlernen."),
    (
        "interview/farebbe_piacere_incontrarti_it",
        "Il nostro cliente vorrebbe incontrarti la prossima settimana.",
    ),
    ("interview/aimerions_rencontrer", "Le directeur aimerait vous rencontrer."),
    ("interview/we_expect_you_on_the_day", "Te esperamos el lunes a las 9 en recepción."),
    ("interview/we_expect_you_on_the_day", "Wir erwarten Sie am Montag um 10 Uhr."),
    ("interview/we_expect_you_on_the_day", "We verwachten je op woensdag om 13:00."),
    # (e) acknowledgements
    (
        "application_received/thanks_for_throwing_your_hat_in",
        "Thanks for putting yourself forward for the role.",
    ),
    (
        "application_received/thanks_for_throwing_your_hat_in",
        "Thank you for throwing your hat into the ring!",
    ),
    ("application_received/we_received_your_cv", "Gracias por enviarnos tu currículum."),
    ("application_received/we_received_your_cv", "Danke für deine Bewerbung als Werkstudent."),
    ("application_received/we_received_your_cv", "Abbiamo ricevuto il tuo CV."),
    ("application_received/we_received_your_cv", "Agradecemos a sua candidatura."),
    ("application_received/we_received_your_cv", "Bedankt voor je reactie op onze vacature."),
    (
        "application_received/thanks_for_your_interest_in_the_role",
        "Thank you for your interest in the Data Analyst position.",
    ),
    (
        "application_received/thanks_for_your_interest_in_the_role",
        "Vielen Dank für Ihr Interesse an der Stelle.",
    ),
    (
        "application_received/thanks_for_your_interest_in_the_role",
        "Obrigado pelo seu interesse na vaga.",
    ),
    (
        "application_received/thanks_for_your_interest_in_the_role",
        "Bedankt voor je interesse in de functie.",
    ),
    ("applied/the_candidate_applied_in_other_words", "Thanks for throwing your hat in the ring."),
    # (f) vetoes: programmes and advice
    ("veto_interview/interview_for_our_programme", "We'd love to interview you for our podcast."),
    (
        "veto_interview/interview_for_our_programme",
        "Nos gustaría entrevistarte para nuestro programa.",
    ),
    (
        "veto_interview/interview_for_our_programme",
        "Wir würden Sie gern für unseren Podcast interviewen.",
    ),
    (
        "veto_interview/interview_for_our_programme",
        "Nous aimerions vous interviewer pour notre émission.",
    ),
    ("veto_interview/interview_for_our_programme", "Vorremmo intervistarti per il nostro podcast."),
    (
        "veto_interview/interview_for_our_programme",
        "Queremos entrevistar você para o nosso podcast.",
    ),
    ("veto_interview/interview_for_our_programme", "We willen je interviewen voor onze podcast."),
    ("veto_interview/interview_you_about_your_book", "Could we interview you about your new book?"),
    ("veto_interview/interview_you_about_your_book", "Ti vorremmo intervistare sul tuo libro."),
    (
        "veto_interview/how_to_prepare_for_an_interview",
        "Consejos para superar una entrevista de trabajo.",
    ),
    (
        "veto_interview/how_to_prepare_for_an_interview",
        "So bereiten Sie sich auf ein Vorstellungsgespräch vor.",
    ),
    ("veto_interview/how_to_prepare_for_an_interview", "Comment réussir un entretien d'embauche."),
    ("veto_interview/how_to_prepare_for_an_interview", "Come prepararsi a un colloquio di lavoro."),
    ("veto_interview/how_to_prepare_for_an_interview", "Dicas para entrevista de emprego."),
    ("veto_interview/how_to_prepare_for_an_interview", "Tips voor een sollicitatiegesprek."),
    ("veto_interview/media_interview_on_air", "Queremos entrevistarte en directo mañana."),
    ("nonjob/programme_guest", "Sarai ospite in diretta alle 8."),
    ("alert/new_vacancies_for_you", "Er staan 12 nieuwe vacatures voor je klaar."),
    ("alert/new_vacancies_for_you", "Confira as novas vagas desta semana."),
    # availability for a call on a day; a slot booked with the hiring side
    (
        "interview/are_you_available_on_the_day_for_a_call",
        "Are you around Thursday afternoon for 30 minutes?",
    ),
    (
        "interview/are_you_available_on_the_day_for_a_call",
        "¿Podrías hacer una videollamada el jueves?",
    ),
    (
        "interview/are_you_available_on_the_day_for_a_call",
        "Saresti disponibile giovedì alle 14 per una chiamata?",
    ),
    (
        "interview/are_you_available_on_the_day_for_a_call",
        "Você teria disponibilidade na quinta às 14h para uma conversa?",
    ),
    (
        "interview/are_you_available_on_the_day_for_a_call",
        "Heb je donderdag om 14:00 tijd voor een belletje?",
    ),
    (
        "interview/book_a_slot_with_the_hiring_manager",
        "Use this link to book a 30-minute slot with our hiring manager.",
    ),
    (
        "interview/book_a_slot_with_the_hiring_manager",
        "Puedes reservar 30 minutos con la responsable de selección.",
    ),
    (
        "interview/book_a_slot_with_the_hiring_manager",
        "Hier können Sie einen Termin mit unserer Teamleiterin buchen.",
    ),
    (
        "interview/book_a_slot_with_the_hiring_manager",
        "Vous pouvez réserver un créneau avec notre chargée de recrutement.",
    ),
    (
        "interview/book_a_slot_with_the_hiring_manager",
        "Puoi prenotare uno slot con la nostra responsabile.",
    ),
    (
        "interview/book_a_slot_with_the_hiring_manager",
        "Use o link para agendar 30 minutos com a nossa gestora.",
    ),
    (
        "interview/book_a_slot_with_the_hiring_manager",
        "Via de link kun je een moment met onze teamleider inplannen.",
    ),
    (
        "interview/move_the_call_to_another_day",
        "Können wir den Termin auf Freitag, 11 Uhr verlegen?",
    ),
    (
        "interview/move_the_call_to_another_day",
        "Pourrions-nous reporter notre échange à vendredi 11h ?",
    ),
    # the review still to come, and the application arrived
    (
        "application_received/we_will_review_your_profile",
        "Revisaremos tu perfil y te escribiremos.",
    ),
    (
        "application_received/we_will_review_your_profile",
        "Wir prüfen Ihre Unterlagen und melden uns bald.",
    ),
    (
        "application_received/we_will_review_your_profile",
        "Nous étudions votre candidature avec attention.",
    ),
    ("application_received/we_will_review_your_profile", "Valuteremo la tua candidatura."),
    (
        "application_received/we_will_review_your_profile",
        "Vamos analisar o seu perfil com atenção.",
    ),
    ("application_received/we_will_review_your_profile", "We bekijken je sollicitatie deze week."),
    (
        "application_received/your_application_arrived",
        "Your application for the Designer role came through.",
    ),
    ("application_received/your_application_arrived", "Votre candidature nous est bien parvenue."),
    (
        "application_received/your_application_arrived",
        "La tua candidatura è arrivata correttamente.",
    ),
    ("application_received/your_application_arrived", "Sua candidatura para a vaga foi recebida."),
    ("application_received/your_application_arrived", "Je sollicitatie is goed aangekomen."),
    (
        "veto_interview/questions_asked_in_an_interview",
        "Die fünf häufigsten Fragen im Vorstellungsgespräch.",
    ),
    (
        "veto_interview/questions_asked_in_an_interview",
        "10 questions every hiring manager asks in an interview.",
    ),
    # an office in a club or an association, elected by its members
    ("nonjob/club_or_board_office", "Two members applied for the treasurer position on the board."),
    ("nonjob/club_or_board_office", "Liebe Mitglieder, wir suchen einen neuen Kassenwart."),
    (
        "nonjob/club_or_board_office",
        "Beste leden, de ledenvergadering kiest een nieuwe penningmeester.",
    ),
    # when would suit you to talk; through to the next stage; the interview's day; tests
    ("interview/when_would_suit_you_to_talk", "¿Cuándo te vendría bien hablar?"),
    ("interview/when_would_suit_you_to_talk", "Wann passt es Ihnen für ein Gespräch?"),
    ("interview/when_would_suit_you_to_talk", "Quand seriez-vous disponible pour échanger ?"),
    ("interview/when_would_suit_you_to_talk", "Quando saresti disponibile per una chiacchierata?"),
    ("interview/when_would_suit_you_to_talk", "Quando você pode conversar?"),
    ("interview/when_would_suit_you_to_talk", "Wanneer schikt het je voor een gesprek?"),
    ("interview/through_to_the_next_stage", "Has pasado a la siguiente fase del proceso."),
    ("interview/through_to_the_next_stage", "Sie sind eine Runde weiter."),
    ("interview/through_to_the_next_stage", "Votre candidature passe à l'étape suivante."),
    ("interview/through_to_the_next_stage", "Sei passato alla fase successiva."),
    ("interview/through_to_the_next_stage", "Você passou para a próxima etapa."),
    ("interview/through_to_the_next_stage", "Je bent door naar de volgende ronde."),
    ("interview/interview_is_on_the_day", "Il colloquio è domani alle 10."),
    ("interview/interview_is_on_the_day", "Het sollicitatiegesprek is morgen om 10:00."),
    ("interview/come_in_on_the_day", "Could you come in on Tuesday at 10?"),
    ("assessment/complete_the_test", "Nous vous invitons à réaliser un exercice en ligne."),
    ("assessment/complete_the_test", "Bitte bearbeiten Sie die Aufgabe bis Freitag."),
    ("assessment/complete_the_test", "Ti chiediamo di completare il questionario entro venerdì."),
    ("assessment/complete_the_test", "Pedimos que você responda o questionário até sexta."),
    ("assessment/complete_the_test", "We vragen je een korte case-opdracht te maken."),
    ("application_received/your_application_arrived", "Deine Bewerbung ist bei uns angekommen."),
    (
        "interview/host_you_for_final_round",
        "We look forward to hosting you in Austin for your final round.",
    ),
    (
        "interview/do_you_have_minutes_for_a_call",
        "Would you have 20 minutes this week for an intro chat?",
    ),
    (
        "interview/do_you_have_minutes_for_a_call",
        "Hätten Sie 20 Minuten am Donnerstag für ein Telefonat?",
    ),
    (
        "interview/do_you_have_minutes_for_a_call",
        "Heb je 15 minuten voor een kennismakingsgesprek?",
    ),
    (
        "interview/convochiamo_per_un_colloquio_it",
        "La convochiamo per un colloquio giovedì alle 14.",
    ),
    (
        "interview/willen_graag_kennismaken_nl",
        "Naar aanleiding van je sollicitatie willen we graag kennismaken.",
    ),
    (
        "interview/je_vous_propose_unentretien",
        "Je vous propose un rendez-vous téléphonique jeudi à 14h.",
    ),
    (
        "veto_interview/interview_for_our_programme",
        "Für unseren Firmenblog würden wir Sie gern zu Ihrer Arbeit interviewen.",
    ),
    (
        "veto_interview/interview_for_our_programme",
        "Notre émission aimerait vous interviewer sur votre parcours.",
    ),
    ("nonjob/user_research_interview", "Buscamos participantes para entrevistas con usuarios."),
    ("nonjob/user_research_interview", "Für unsere Nutzerstudie suchen wir Teilnehmer."),
    ("nonjob/user_research_interview", "Voor ons gebruikersonderzoek willen we je interviewen."),
    # the tenth and eleventh batches' families: come by the office, send your availability, the slot is set,
    # a new date for a cancelled talk; an agency's candidate, a paused process, a future decision on an
    # invitation, a non-job application, a CV passed on, an exercise returned by a day
    ("interview/come_by_the_office_on_the_day", "Could you stop by our office on Thursday at 11?"),
    (
        "interview/come_by_the_office_on_the_day",
        "¿Podrías pasarte por la oficina el martes a las 10?",
    ),
    (
        "interview/come_by_the_office_on_the_day",
        "Könnten Sie am Dienstag um 10 Uhr bei uns vorbeikommen?",
    ),
    ("interview/come_by_the_office_on_the_day", "Pourriez-vous passer à nos bureaux mardi à 14h ?"),
    ("interview/come_by_the_office_on_the_day", "Potresti passare in ufficio giovedì alle 11?"),
    (
        "interview/come_by_the_office_on_the_day",
        "Você poderia passar no nosso escritório na quinta às 15h?",
    ),
    (
        "interview/come_by_the_office_on_the_day",
        "Kun je dinsdag om 10:00 even langskomen op kantoor?",
    ),
    (
        "interview/send_me_your_availability_for_a_talk",
        "I'd like to set up a call with our lead. Please send me your availability.",
    ),
    (
        "interview/send_me_your_availability_for_a_talk",
        "Nos gustaría tener una llamada contigo. Pásame tu disponibilidad.",
    ),
    (
        "interview/send_me_your_availability_for_a_talk",
        "Gerne würden wir ein Gespräch führen. Nennen Sie mir Ihre Verfügbarkeit.",
    ),
    (
        "interview/send_me_your_availability_for_a_talk",
        "Nous aimerions organiser un échange. Envoyez-moi vos disponibilités.",
    ),
    (
        "interview/send_me_your_availability_for_a_talk",
        "Vorremmo fissare un colloquio: indicami la tua disponibilità.",
    ),
    (
        "interview/send_me_your_availability_for_a_talk",
        "Queremos fazer uma entrevista. Me envie sua disponibilidade.",
    ),
    (
        "interview/send_me_your_availability_for_a_talk",
        "We plannen graag een gesprek. Laat me je beschikbaarheid weten.",
    ),
    ("interview/the_slot_is_set_for_the_day", "Great, let's lock in Wednesday at 10:30."),
    ("interview/the_slot_is_set_for_the_day", "Perfecto, quedamos el miércoles a las 10:30."),
    ("interview/the_slot_is_set_for_the_day", "Gut, dann halten wir Mittwoch um 10:30 fest."),
    ("interview/the_slot_is_set_for_the_day", "Parfait, on retient mercredi à 10h30."),
    ("interview/the_slot_is_set_for_the_day", "Perfetto, fissiamo mercoledì alle 10:30."),
    ("interview/the_slot_is_set_for_the_day", "Ótimo, fica marcado para quarta às 10h30."),
    ("interview/the_slot_is_set_for_the_day", "Prima, dan spreken we woensdag om 10:30 af."),
    (
        "interview/set_a_new_date_for_the_cancelled_talk",
        "I'm so sorry; I'll reach out tomorrow to find a new time.",
    ),
    (
        "interview/set_a_new_date_for_the_cancelled_talk",
        "Te escribo mañana para fijar una nueva fecha.",
    ),
    (
        "interview/set_a_new_date_for_the_cancelled_talk",
        "Ich melde mich, um einen neuen Termin zu vereinbaren.",
    ),
    (
        "interview/set_a_new_date_for_the_cancelled_talk",
        "Je reviens vers vous pour fixer une nouvelle date.",
    ),
    (
        "interview/set_a_new_date_for_the_cancelled_talk",
        "Ti scrivo lunedì per fissare una nuova data.",
    ),
    (
        "interview/set_a_new_date_for_the_cancelled_talk",
        "Entro em contato para marcar uma nova data.",
    ),
    (
        "interview/set_a_new_date_for_the_cancelled_talk",
        "Ik bel je morgen om een nieuwe afspraak te plannen.",
    ),
    (
        "veto_interview/an_agency_presents_its_candidate",
        "I'd like to introduce a strong candidate for your analyst opening.",
    ),
    (
        "veto_interview/an_agency_presents_its_candidate",
        "Me gustaría presentarte un candidato para vuestra vacante.",
    ),
    (
        "veto_interview/an_agency_presents_its_candidate",
        "Gerne möchte ich Ihnen heute eine Kandidatin vorstellen.",
    ),
    (
        "veto_interview/an_agency_presents_its_candidate",
        "Je souhaite vous présenter un candidat pour votre poste.",
    ),
    (
        "veto_interview/an_agency_presents_its_candidate",
        "Vorrei presentarle un candidato per la vostra posizione.",
    ),
    (
        "veto_interview/an_agency_presents_its_candidate",
        "Gostaria de apresentar um candidato para a sua vaga.",
    ),
    (
        "veto_interview/an_agency_presents_its_candidate",
        "Graag stel ik een kandidaat aan je voor. Hierbij draag ik graag een kandidaat voor.",
    ),
    ("veto_interview/the_process_is_on_hold", "We've put the data analyst role on hold for now."),
    ("veto_interview/the_process_is_on_hold", "El proceso de selección está en pausa hasta enero."),
    ("veto_interview/the_process_is_on_hold", "Das Auswahlverfahren ist vorerst pausiert."),
    ("veto_interview/the_process_is_on_hold", "Le processus de recrutement est en pause."),
    ("veto_interview/the_process_is_on_hold", "Il processo di selezione è sospeso fino a gennaio."),
    ("veto_interview/the_process_is_on_hold", "O processo seletivo está em pausa."),
    ("veto_interview/the_process_is_on_hold", "De procedure ligt tijdelijk stil."),
    (
        "veto_interview/we_will_say_whether_we_invite_you",
        "Te diremos si te invitamos a una entrevista.",
    ),
    (
        "veto_interview/we_will_say_whether_we_invite_you",
        "Wir melden uns, ob wir Sie zu einem Gespräch einladen.",
    ),
    (
        "veto_interview/we_will_say_whether_we_invite_you",
        "Nous vous dirons si nous vous invitons à un entretien.",
    ),
    (
        "veto_interview/we_will_say_whether_we_invite_you",
        "Ti faremo sapere se ti inviteremo a un colloquio.",
    ),
    (
        "veto_interview/we_will_say_whether_we_invite_you",
        "Avisaremos se você será convidado para uma entrevista.",
    ),
    (
        "veto_interview/we_will_say_whether_we_invite_you",
        "We laten je weten of we je uitnodigen voor een gesprek.",
    ),
    (
        "veto_application_received/an_application_for_something_else",
        "Thanks for applying to the Community Arts Fund.",
    ),
    (
        "veto_application_received/an_application_for_something_else",
        "Hemos recibido tu solicitud de beca.",
    ),
    (
        "veto_application_received/an_application_for_something_else",
        "Vielen Dank für Ihren Förderantrag.",
    ),
    (
        "veto_application_received/an_application_for_something_else",
        "Nous avons bien reçu votre demande de subvention.",
    ),
    (
        "veto_application_received/an_application_for_something_else",
        "Abbiamo ricevuto la sua domanda di contributo.",
    ),
    (
        "veto_application_received/an_application_for_something_else",
        "Recebemos seu pedido de bolsa.",
    ),
    (
        "veto_application_received/an_application_for_something_else",
        "We hebben je subsidieaanvraag ontvangen.",
    ),
    ("application_received/passing_your_cv_on", "I'll forward your resume to the team lead today."),
    ("application_received/passing_your_cv_on", "Le paso tu CV a la directora técnica."),
    (
        "application_received/passing_your_cv_on",
        "Ich leite Ihre Unterlagen an die Fachabteilung weiter.",
    ),
    ("application_received/passing_your_cv_on", "Je transmets votre candidature au responsable."),
    ("application_received/passing_your_cv_on", "Inoltro il tuo CV al responsabile tecnico."),
    ("application_received/passing_your_cv_on", "Vou passar seu currículo para o gestor."),
    ("application_received/passing_your_cv_on", "Ik stuur je cv vandaag door naar de manager."),
    (
        "assessment/send_the_exercise_back_by",
        "Here is the exercise; please send it back by Friday.",
    ),
    (
        "assessment/send_the_exercise_back_by",
        "Te adjunto el ejercicio; envíanoslo antes del viernes.",
    ),
    (
        "assessment/send_the_exercise_back_by",
        "Anbei die Aufgabe. Bitte bis Freitag zurückschicken.",
    ),
    ("assessment/send_the_exercise_back_by", "Voici l'exercice, à nous renvoyer avant vendredi."),
    ("assessment/send_the_exercise_back_by", "In allegato l'esercizio: rimandacelo entro venerdì."),
    ("assessment/send_the_exercise_back_by", "Segue o desafio; pode devolver até sexta."),
    ("assessment/send_the_exercise_back_by", "Bijgaand de opdracht, graag inleveren vóór vrijdag."),
    # on the air, at the job centre, the writer's own interview, a recruiter's search for a client,
    # an application for something else
    (
        "veto_interview/a_radio_or_television_interview",
        "Would you join us for a live interview on Friday's show?",
    ),
    (
        "veto_interview/a_radio_or_television_interview",
        "Te proponemos una entrevista radiofónica el lunes.",
    ),
    (
        "veto_interview/a_radio_or_television_interview",
        "Hätten Sie Zeit für ein Radio-Interview am Montag?",
    ),
    (
        "veto_interview/a_radio_or_television_interview",
        "Accepteriez-vous un entretien radiophonique lundi ?",
    ),
    (
        "veto_interview/a_radio_or_television_interview",
        "Saresti disponibile per un'intervista radiofonica?",
    ),
    ("veto_interview/a_radio_or_television_interview", "Topa uma entrevista na rádio na segunda?"),
    (
        "veto_interview/a_radio_or_television_interview",
        "Heb je zin in een radio-interview maandag?",
    ),
    (
        "veto_interview/an_appointment_with_the_job_centre",
        "Your next appointment with your work coach is on Monday.",
    ),
    (
        "veto_interview/an_appointment_with_the_job_centre",
        "Tienes una cita en la oficina de empleo el martes.",
    ),
    (
        "veto_interview/an_appointment_with_the_job_centre",
        "Ihr Termin bei Ihrer Arbeitsvermittlerin ist am Montag.",
    ),
    (
        "veto_interview/an_appointment_with_the_job_centre",
        "Rendez-vous avec votre conseiller Pôle emploi mardi.",
    ),
    (
        "veto_interview/an_appointment_with_the_job_centre",
        "Appuntamento al centro per l'impiego lunedì alle 9.",
    ),
    (
        "veto_interview/an_appointment_with_the_job_centre",
        "A sua entrevista no IEFP está marcada para segunda.",
    ),
    (
        "veto_interview/an_appointment_with_the_job_centre",
        "Je afspraak met je werkcoach van het UWV is dinsdag.",
    ),
    ("veto_interview/my_own_interview", "Mañana tengo mi primera entrevista, ¿algún consejo?"),
    ("veto_interview/my_own_interview", "Morgen habe ich mein erstes Vorstellungsgespräch."),
    ("veto_interview/my_own_interview", "J'ai mon premier entretien demain !"),
    ("veto_interview/my_own_interview", "Domani ho il mio primo colloquio!"),
    ("veto_interview/my_own_interview", "Amanhã é a minha primeira entrevista."),
    ("veto_interview/my_own_interview", "Morgen is mijn eerste sollicitatiegesprek."),
    (
        "outreach/searching_on_behalf_of_a_client",
        "I'm working on several senior data roles with clients in retail.",
    ),
    (
        "outreach/searching_on_behalf_of_a_client",
        "Estoy buscando un perfil de datos para una importante cliente.",
    ),
    (
        "outreach/searching_on_behalf_of_a_client",
        "Im Auftrag eines Kunden suche ich eine Data Engineerin.",
    ),
    (
        "outreach/searching_on_behalf_of_a_client",
        "Je recrute un data engineer pour un client du secteur bancaire.",
    ),
    (
        "outreach/searching_on_behalf_of_a_client",
        "Sto cercando un Head of Data per un cliente del settore.",
    ),
    (
        "outreach/searching_on_behalf_of_a_client",
        "Estou recrutando um engenheiro de dados para um cliente.",
    ),
    (
        "outreach/searching_on_behalf_of_a_client",
        "Ik ben op zoek naar een data engineer voor een klant in Utrecht.",
    ),
    (
        "nonjob/applied_for_something_else",
        "Thanks for applying for a plot at the community garden.",
    ),
    ("nonjob/applied_for_something_else", "Hemos recibido tu solicitud de beca."),
    ("nonjob/applied_for_something_else", "Ihr Förderantrag ist eingegangen."),
    ("nonjob/applied_for_something_else", "Votre demande de subvention est complète."),
    ("nonjob/applied_for_something_else", "La sua domanda di contributo è stata ricevuta."),
    ("nonjob/applied_for_something_else", "Recebemos seu pedido de bolsa."),
    ("nonjob/applied_for_something_else", "Je aanvraag voor een subsidie is ontvangen."),
    # advice about the questions asked; the stages of the process listed in an acknowledgement
    (
        "veto_interview/questions_interviewers_ask",
        "Ten questions recruiters always ask, and how to answer them.",
    ),
    (
        "veto_interview/questions_interviewers_ask",
        "Las preguntas que hacen los reclutadores con más frecuencia.",
    ),
    (
        "veto_interview/questions_interviewers_ask",
        "Die Fragen, die Personaler am häufigsten stellen.",
    ),
    (
        "veto_interview/questions_interviewers_ask",
        "Les questions que les recruteurs posent le plus souvent.",
    ),
    ("veto_interview/questions_interviewers_ask", "Le domande che i selezionatori fanno sempre."),
    ("veto_interview/questions_interviewers_ask", "As perguntas que os recrutadores mais fazem."),
    ("veto_interview/questions_interviewers_ask", "De vragen die recruiters altijd stellen."),
    (
        "veto_interview/the_stages_listed_ahead",
        "Next steps: a phone screen, a take-home task and a final interview.",
    ),
    (
        "veto_interview/the_stages_listed_ahead",
        "Próximos pasos: prueba online, entrevista con RRHH y entrevista técnica.",
    ),
    (
        "veto_interview/the_stages_listed_ahead",
        "Die nächsten Schritte: Online-Test, Telefoninterview und Vorstellungsgespräch.",
    ),
    (
        "veto_interview/the_stages_listed_ahead",
        "Prochaines étapes : test en ligne, entretien RH et entretien technique.",
    ),
    (
        "veto_interview/the_stages_listed_ahead",
        "Prossimi passi: test online, colloquio HR e colloquio tecnico.",
    ),
    (
        "veto_assessment/the_stages_listed_ahead",
        "Próximas etapas: teste online, entrevista com RH e proposta.",
    ),
    (
        "veto_interview/the_stages_listed_ahead",
        "Volgende stappen: online test, telefonisch gesprek en een gesprek op kantoor.",
    ),
]

MUST_NOT_FIND: list[tuple[str, str]] = [
    # a choice, a slot or an interview alone is not a request to book one
    ("interview/pick_a_slot_for_the_interview", "Please pick a date for the team offsite."),
    ("interview/pick_a_slot_for_the_interview", "Wählen Sie einen Tarif für Ihr Abo."),
    ("interview/send_two_or_three_slots", "Send me a few slides before the meeting."),
    ("interview/send_two_or_three_slots", "Stuur ons een paar foto's van de woning."),
    # an ordinal next to another noun, or the English the other family already counts
    ("interview/second_round_interview", "Das ist mein zweiter Versuch."),
    ("interview/second_round_interview", "We hebben een tweede kans nodig."),
    (
        "interview/second_round_interview",
        "Your second interview is on Monday.",
    ),  # phone_interview's
    # a call with a director but no wish for one, or a person who is not the hiring side
    ("interview/call_with_their_hiring_manager", "I had a call with the director yesterday."),
    ("interview/call_with_their_hiring_manager", "Ella quiere una llamada con su madre."),
    # moving something that is not an interview
    ("interview/move_the_interview_to_another_day", "Can we move the budget review to Monday?"),
    (
        "interview/move_the_interview_to_another_day",
        "Wir müssen die Lieferung auf Montag verschieben.",
    ),
    ("interview/does_this_day_and_time_work", "Ti va bene se ti chiamo?"),
    ("interview/does_this_day_and_time_work", "Does that work for you?"),
    # receipts of other things, and interest that is not in a role
    ("application_received/we_received_your_cv", "Abbiamo ricevuto il tuo pagamento."),
    (
        "application_received/thanks_for_your_interest_in_the_role",
        "Thank you for your interest in our products.",
    ),
    (
        "application_received/thanks_for_your_interest_in_the_role",
        "Merci pour votre intérêt pour nos services.",
    ),
    # a job at a radio station is still a job
    (
        "veto_interview/interview_for_our_programme",
        "We'd like to interview you for the radio producer role.",
    ),
    (
        "veto_interview/interview_for_our_programme",
        "Invitiamo a un colloquio per il programma di graduate.",
    ),
    # advice about YOUR interview is the invitation's own, not a newsletter's
    (
        "veto_interview/how_to_prepare_for_an_interview",
        "So bereiten Sie sich auf Ihr Gespräch am Montag vor.",
    ),
    (
        "veto_interview/how_to_prepare_for_an_interview",
        "Zo bereid je je voor op je gesprek: neem je ID mee.",
    ),
    # a client's call moved in English is reschedule_your_interview's, not this family's
    ("interview/move_the_call_to_another_day", "Can we move our call to Friday at 11?"),
    ("interview/are_you_available_on_the_day_for_a_call", "Are you around Thursday for dinner?"),
    # a review already done is a refusal's opening, not a receipt
    (
        "application_received/we_will_review_your_profile",
        "Hemos revisado tu candidatura con atención.",
    ),
    # the French verb "reporter" (to postpone) is not a reporter
    ("nonjob/podcast", "Pourrions-nous reporter notre échange à vendredi ?"),
    # a job on a finance team, and a welcome to a team, are not club offices
    (
        "nonjob/club_or_board_office",
        "We have an open Treasury Analyst position on the finance team.",
    ),
    ("nonjob/club_or_board_office", "Welcome to the team, we're glad you accepted the offer."),
    # a time to talk about something else; a test that is not the candidate's to take
    (
        "interview/when_would_suit_you_to_talk",
        "¿Cuándo te viene bien que pase a recoger las llaves?",
    ),
    ("assessment/complete_the_test", "Vamos fazer o teste do ar condicionado amanhã."),
    # a blog post about the interview is the invitation's own reading, not a programme
    (
        "veto_interview/interview_for_our_programme",
        "Before your interview, read our blog post on what to expect.",
    ),
    ("interview/do_you_have_minutes_for_a_call", "Do you have 5 minutes to fill in our survey?"),
    # the tenth and eleventh batches' families: a visit, a return day, an application, a hold that are not theirs
    (
        "interview/come_by_the_office_on_the_day",
        "Could you stop by the pharmacy to pick up the order?",
    ),
    (
        "interview/send_me_your_availability_for_a_talk",
        "Please send me your availability for the start date.",
    ),
    ("interview/the_slot_is_set_for_the_day", "Let's say the budget is 10k."),
    ("interview/set_a_new_date_for_the_cancelled_talk", "We set a new record on Monday."),
    (
        "veto_interview/an_agency_presents_its_candidate",
        "I'm pleased to present our new office in Lisbon.",
    ),
    ("veto_interview/the_process_is_on_hold", "Please hold the line while I check the process."),
    (
        "veto_interview/we_will_say_whether_we_invite_you",
        "We'd like to invite you to an interview.",
    ),
    (
        "veto_application_received/an_application_for_something_else",
        "Thanks for applying for the Grant Writer position.",
    ),
    (
        "veto_application_received/an_application_for_something_else",
        "Thank you for applying to the Analyst role at Cedar Fund.",
    ),
    (
        "veto_interview/an_agency_presents_its_candidate",
        "Happy to introduce you to the panel for your onsite; as a candidate you'll meet four people.",
    ),
    (
        "veto_interview/an_agency_presents_its_candidate",
        "You can update your candidate profile at any time.",
    ),
    (
        "application_received/passing_your_cv_on",
        "Before I share your profile with the hiring manager, what is your notice period?",
    ),
    ("assessment/send_the_exercise_back_by", "Our exercise classes run every Monday."),
    # near misses of the same families
    (
        "veto_interview/a_radio_or_television_interview",
        "Your interview will be a live coding session.",
    ),
    ("veto_interview/an_appointment_with_the_job_centre", "Our recruiter will call you on Monday."),
    ("veto_interview/my_own_interview", "Gracias por tu tiempo en la entrevista."),
    (
        "outreach/searching_on_behalf_of_a_client",
        "Thank you for your application for our client services role.",
    ),
    ("nonjob/applied_for_something_else", "Thanks for applying to the Analyst role at Cedar Fund."),
    # a question for the hiring manager; a next step that is one booked call
    (
        "veto_interview/questions_interviewers_ask",
        "Do you have any questions for the hiring manager before Tuesday?",
    ),
    (
        "veto_interview/the_stages_listed_ahead",
        "Next steps: a 45-minute call with Dana on Tuesday at 10.",
    ),
]


@pytest.mark.parametrize(("key", "text"), MUST_FIND)
def test_each_family_finds_its_wordings_in_every_language(key: str, text: str) -> None:
    assert key in found(text)


@pytest.mark.parametrize(("key", "text"), MUST_NOT_FIND)
def test_each_family_leaves_near_misses_alone(key: str, text: str) -> None:
    assert key not in found(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Interview",
            "Sorry, Monday no longer works. Could we move the interview to Thursday at 2pm?",
        ),
        (
            "R: Colloquio",
            "Purtroppo lunedì non riesco. Ti va bene martedì alle 15:30 per il colloquio?",
        ),
        ("Re: Gesprek", "Kunnen we het tweede gesprek verplaatsen naar dinsdag om 10:00?"),
        ("Terminabstimmung", "Bitte wählen Sie einen Termin für Ihr Vorstellungsgespräch."),
        ("Invito", "Siamo lieti di invitarla a un secondo colloquio in sede."),
        ("Next steps", "The client would like a video call with their CFO about the analyst role."),
    ],
)
def test_reschedules_and_invitations_decide_interview(subject: str, body: str) -> None:
    assert kind(subject, body) == "interview"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Entrevista en el programa",
            "Queremos entrevistarte en directo sobre tu libro. ¿Te viene bien el lunes a las 9:30?",
        ),
        ("Intervista", "Vorremmo intervistarti per il nostro podcast giovedì alle 18."),
        (
            "Nieuwe vacatures",
            "Deze week 9 nieuwe vacatures. Tip: zo bereid je je voor op een sollicitatiegesprek.",
        ),
        ("Newsletter", "Dicas para entrevista: como se preparar para uma entrevista de emprego."),
    ],
)
def test_programmes_and_advice_are_not_invitations(subject: str, body: str) -> None:
    assert kind(subject, body) != "interview"


def test_an_acknowledgement_in_other_words_is_one() -> None:
    body = "Thanks for throwing your hat in the ring for the designer role. We'll be in touch."
    assert kind("Your application", body) == "application_received"


def _mail(subject: str, body: str) -> bytes:
    return (
        "From: Dana Reyes <dana@acme-corp.example>\r\nTo: Alex Rivera <alex.rivera@example.com>\r\n"
        f"Subject: {subject}\r\nDate: Mon, 02 Mar 2026 10:00:00 +0100\r\n"
        "Message-ID: <r-1@acme-corp.example>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "body", "at"),
    [
        (
            "Promemoria",
            "Ciao Alex,\n\nti ricordiamo che il colloquio è domani alle 10 presso la nostra sede.\n\nDana",
            "2026-03-03T10:00:00+01:00",
        ),
        (
            "Herinnering",
            "Hoi Alex,\n\nter herinnering: je sollicitatiegesprek is morgen om 10 uur op ons kantoor.\n\nDana",
            "2026-03-03T10:00:00+01:00",
        ),
    ],
)
def test_an_italian_or_dutch_time_is_a_meeting_time(subject: str, body: str, at: str) -> None:
    """Italian "alle 10" and Dutch "om 10 uur" are clock times next to meeting words."""
    from agent.understand import understand

    facts = understand(_mail(subject, body), me=["alex.rivera@example.com"]).contract_dict()
    assert facts["kind"] == "interview"
    assert facts["interview_at"] == at


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "Next step",
            "Thanks for applying for the analyst job. Could you come by our office on Friday at 10?",
            "interview",
        ),
        (
            "Conversa sobre a vaga",
            "Queria marcar uma conversa sobre a vaga de analista. Me passa sua disponibilidade?",
            "interview",
        ),
        (
            "Kandidaatvoorstel",
            "Voor jullie vacature stel ik graag kandidaat Eva aan je voor. Ze kan dinsdag om 10:00.",
            "other",
        ),
        (
            "Application received",
            "Thank you for applying to the Riverside Arts Fund grants round. We have received your application.",
            "other",
        ),
        (
            "Update on the role",
            "We've put the analyst role on hold; we can't move to the final round for now.",
            "other",
        ),
    ],
)
def test_the_tenth_and_eleventh_batches_families_decide(subject: str, body: str, want: str) -> None:
    assert kind(subject, body) == want
