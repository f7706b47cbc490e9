"""Families found missing by measuring on public recruiting-email templates and on the mail
templates open-source HR software ships with its translations (issue 12):
sentences written for these tests (not template text) that each family must find in every
language it covers, near misses it must leave alone, and whole sentences whose decision the
families settle."""

from __future__ import annotations

import pytest

from tests.test_phrases_invitations import found, kind

MUST_FIND: list[tuple[str, str]] = [
    # the choice fell on someone else, or not on the candidate
    ("rejection/choice_fell_elsewhere", "Leider ist unsere Wahl diesmal nicht auf Sie gefallen."),
    ("rejection/choice_fell_elsewhere", "Die Entscheidung fiel auf einen anderen Kandidaten."),
    (
        "rejection/choice_fell_elsewhere",
        "Onze keus is uiteindelijk op een andere kandidaat gevallen.",
    ),
    ("rejection/choice_fell_elsewhere", "De keuze is helaas niet op jou gevallen."),
    ("rejection/choice_fell_elsewhere", "La decisión final ha recaído en otra persona."),
    ("rejection/choice_fell_elsewhere", "La scelta finale è ricaduta su un'altra candidata."),
    ("rejection/choice_fell_elsewhere", "A escolha final recaiu sobre outra pessoa."),
    ("rejection/choice_fell_elsewhere", "Notre choix ne s'est pas porté sur votre profil."),
    ("rejection/choice_fell_elsewhere", "Our choice has fallen on another applicant."),
    # not among the chosen, in the subordinate clause's word order too
    (
        "rejection/not_among_the_chosen",
        "We regret that you are not among the candidates we selected.",
    ),
    (
        "rejection/not_among_the_chosen",
        "Wij laten u weten dat u niet tot de sollicitanten behoort die door gaan.",
    ),
    (
        "rejection/not_among_the_chosen",
        "Wir bedauern, dass Sie nicht zu den Bewerbern gehören, die weiterkommen.",
    ),
    # the application could not be chosen, with a connective or adverb inside
    (
        "rejection/application_could_not_be_chosen",
        "Votre candidature n'a malheureusement pas été retenue.",
    ),
    (
        "rejection/application_could_not_be_chosen",
        "Tu candidatura no ha sido finalmente seleccionada.",
    ),
    ("rejection/application_could_not_be_chosen", "La tua candidatura non è quindi stata accolta."),
    ("rejection/application_could_not_be_chosen", "A sua candidatura não foi desta vez aprovada."),
    # an appointment to meet the candidate
    ("interview/arrange_a_time_to_meet", "We'd be happy to find a time to talk next week."),
    ("interview/arrange_a_time_to_meet", "Queremos fijar una fecha para conocerte en persona."),
    ("interview/arrange_a_time_to_meet", "Vorremmo concordare un incontro per conoscerti."),
    ("interview/arrange_a_time_to_meet", "Podemos marcar uma conversa para nos conhecermos?"),
    # acknowledgements with an adverb
    ("application_received/we_received_your_application", "We have now received your CV."),
    (
        "application_received/received_your_application_it_pt",
        "Abbiamo già ricevuto il tuo curriculum.",
    ),
    (
        "application_received/received_your_application_it_pt",
        "Acabamos de receber a sua inscrição.",
    ),
    # shortlisted for an interview, with a positive auxiliary
    ("interview/shortlisted_for_an_interview", "You have been short-listed for a phone interview."),
    ("interview/shortlisted_for_an_interview", "Has sido preseleccionada para una entrevista."),
    ("interview/shortlisted_for_an_interview", "Sei stato preselezionato per il colloquio."),
    ("interview/shortlisted_for_an_interview", "Você foi pré-selecionado para a entrevista."),
    ("interview/shortlisted_for_an_interview", "Vous avez été retenu pour un entretien."),
    # the candidate is asked for their availability
    ("interview/send_us_your_availability", "Você pode nos enviar sua disponibilidade?"),
    (
        "interview/send_us_your_availability",
        "Ci indichi la sua disponibilità per la prossima settimana.",
    ),
    ("interview/send_us_your_availability", "Nennen Sie mir bitte Ihre Verfügbarkeit."),
    ("interview/send_us_your_availability", "Laat u ons weten wanneer u beschikbaar bent?"),
    ("interview/bate_papo_with_the_manager", "Vamos agendar um bate-papo com a gestora?"),
    # a reschedule with words between the article and the noun
    (
        "interview/reschedule_the_interview_de",
        "Wir müssen Ihr am Montag angesetztes Vorstellungsgespräch leider verlegen.",
    ),
    # the process will not go on with the candidate
    ("rejection/not_continue_the_process_with_you", "No vamos a seguir con tu proceso."),
    (
        "rejection/not_continue_the_process_with_you",
        "Non procederemo oltre con il processo con lei.",
    ),
    (
        "rejection/not_continue_the_process_with_you",
        "Optamos por não dar continuidade a seu processo.",
    ),
    ("rejection/not_continue_the_process_with_you", "das Verfahren mit dir nicht weiterzuführen"),
    # the position filled, an adverb inside
    ("rejection/vacancy_filled_it", "Il ruolo è ormai stato assegnato."),
    ("rejection/vacancy_filled_es", "La plaza ha sido definitivamente ocupada."),
    # no positive answer can be given
    ("rejection/no_positive_answer", "We cannot give you a favourable outcome this time."),
    ("rejection/no_positive_answer", "Wir können dir leider keine positive Rückmeldung geben."),
    (
        "rejection/no_positive_answer",
        "Lamentablemente no es posible darle una respuesta favorable.",
    ),
    (
        "rejection/no_positive_answer",
        "Nous ne sommes pas en mesure de réserver une suite favorable à votre dossier.",
    ),
    ("rejection/no_positive_answer", "Purtroppo non possiamo darti una risposta positiva."),
    (
        "rejection/no_positive_answer",
        "Infelizmente não será possível dar-lhe uma resposta favorável.",
    ),
    ("rejection/no_positive_answer", "Wij kunnen u helaas geen positieve terugkoppeling geven."),
    # the profile not in line with what is sought
    (
        "rejection/profile_not_in_line",
        "Il tuo profilo non risulta in linea con le esigenze del team.",
    ),
    ("rejection/profile_not_in_line", "O seu perfil não corresponde ao que procuramos."),
    (
        "rejection/profile_not_in_line",
        "Uw ervaring sluit helaas niet voldoende aan bij de functie.",
    ),
    # an invitation, an availability and a confirmation in the languages that lacked them
    ("interview/zu_gespräch_einladen", "Gerne würden wir dich zum Kennenlerngespräch einladen."),
    ("interview/available_for_a_call_it_pt", "Sarebbe disponibile per un colloquio telefonico?"),
    ("interview/available_for_a_call_it_pt", "Tens disponibilidade para uma chamada amanhã?"),
    (
        "interview/bevestigen_je_gesprek_nl",
        "Hierbij bevestig ik uw sollicitatiegesprek van dinsdag.",
    ),
    (
        "offer/functie_aan_te_bieden_nl",
        "Graag willen wij u de functie van teamleider aan te bieden.",
    ),
    ("assessment/practical_case_to_solve", "Il caso pratico va consegnato entro lunedì."),
    ("assessment/practical_case_to_solve", "Envie o estudo de caso resolvido até sexta-feira."),
    # not through to the next stage, a role closed without a hire
    (
        "rejection/not_through_to_next_stage",
        "Unfortunately you have not progressed to the next stage.",
    ),
    (
        "rejection/not_through_to_next_stage",
        "Wir haben Sie nicht für die nächste Runde berücksichtigt.",
    ),
    ("rejection/not_through_to_next_stage", "Vous n'avez pas été retenue pour l'étape suivante."),
    ("rejection/not_through_to_next_stage", "Purtroppo non ha superato il colloquio tecnico."),
    ("rejection/not_through_to_next_stage", "Você não foi selecionada para a próxima etapa."),
    (
        "rejection/closed_the_role_without_hiring",
        "We are closing this position without making a hire.",
    ),
    # the choice of another person, in more verbs
    ("rejection/chose_another_person_en", "We have appointed someone with more sector experience."),
    ("rejection/chose_another_person_es", "La plaza ha sido asignada a otro candidato."),
    (
        "rejection/chose_another_person_es",
        "Cerramos el proceso con la incorporación de otra persona.",
    ),
    ("rejection/chose_another_person_it", "Abbiamo chiuso la ricerca scegliendo un altro profilo."),
    ("rejection/chose_another_person_nl", "De opdracht is aan een andere kandidaat gegund."),
    ("rejection/not_continue_the_process_with_you", "Optamos por encerrar o seu processo."),
    # an invitation to meet in person, a calendar invitation for the call
    ("interview/meet_you_in_person", "Queremos verte en persona en la oficina."),
    ("interview/meet_you_in_person", "Gostaríamos de conhecer você pessoalmente."),
    ("interview/meet_you_in_person", "We willen u graag persoonlijk spreken."),
    (
        "interview/calendar_invite_for_our_call",
        "Je vous envoie une invitation Teams pour notre entretien.",
    ),
    ("interview/calendar_invite_for_our_call", "Ti mando l'invito per il colloquio di lunedì."),
    ("interview/calendar_invite_for_our_call", "Segue o convite para a entrevista de amanhã."),
    (
        "interview/calendar_invite_for_our_call",
        "Je krijgt een agenda-uitnodiging voor het gesprek.",
    ),
    ("interview/send_two_or_three_slots", "Could you send me a couple of times for a quick call?"),
    ("offer/formal_job_offer_es_it", "Nos gustaría hacerle una propuesta laboral."),
    ("offer/formal_job_offer_es_it", "Le inviamo la nostra offerta di assunzione."),
    ("offer/functie_aan_te_bieden_nl", "We willen je de functie van analist aanbieden per 1 juni."),
    # the position filled internally, a role cancelled or not opened after all
    ("rejection/filled_internally", "Optamos por cubrir la vacante internamente."),
    ("rejection/filled_internally", "Le poste a été pourvu en interne."),
    ("rejection/filled_internally", "Abbiamo scelto di coprire questa posizione internamente."),
    ("rejection/filled_internally", "Vamos preencher esta vaga com uma colaboradora interna."),
    ("rejection/filled_internally", "De vacature is intern vervuld."),
    ("rejection/role_cancelled_or_not_opened", "La vacante fue anulada por la dirección."),
    ("rejection/role_cancelled_or_not_opened", "Die Stelle ist doch nicht nachbesetzt worden."),
    ("rejection/role_cancelled_or_not_opened", "Le poste ne sera pas pourvu cette année."),
    ("rejection/role_cancelled_or_not_opened", "La posizione non sarà coperta."),
    # the next round, a cancellation with a new date, a revised offer, an acknowledgement
    ("interview/invited_to_the_next_round", "Wir laden dich gerne zum finalen Interview ein."),
    ("interview/invited_to_the_next_round", "Convidamos você para a próxima fase do processo."),
    ("interview/invited_to_the_next_round", "We nodigen u graag uit voor het vervolggesprek."),
    (
        "interview/interview_cancelled_new_date",
        "Il faut annuler votre entretien, nous allons le reporter à la semaine prochaine.",
    ),
    (
        "interview/interview_cancelled_new_date",
        "Dobbiamo annullare il suo colloquio e fissare una nuova data.",
    ),
    (
        "offer/revised_offer_with_salary",
        "Hemos mejorado la propuesta: el salario pasa a 48.000 euros.",
    ),
    (
        "offer/revised_offer_with_salary",
        "Abbiamo migliorato la nostra offerta e la RAL sale a 52.000 euro.",
    ),
    (
        "application_received/sollicitatie_ontvangen_nl",
        "Wij hebben uw sollicitatie in goede orde ontvangen.",
    ),
    # the choice of candidates with more experience, a short call, an offer confirmed
    (
        "rejection/chose_another_person_en",
        "We decided to proceed with candidates with more hands-on experience.",
    ),
    ("rejection/chose_another_person_es", "Hemos optado por perfiles con mayor experiencia."),
    (
        "rejection/chose_another_person_de",
        "Wir haben uns für Bewerber mit mehr Branchenerfahrung entschieden.",
    ),
    (
        "rejection/chose_another_person_fr",
        "Nous avons retenu des candidats ayant davantage d'expérience.",
    ),
    ("rejection/chose_another_person_it", "Abbiamo scelto profili più senior."),
    ("rejection/chose_another_person_pt", "Optámos por profissionais com mais experiência."),
    ("interview/short_call_proposal", "Podemos marcar uma chamada rápida na quinta?"),
    ("interview/short_call_proposal", "Zullen we een kort telefoontje inplannen?"),
    (
        "offer/offer_confirmed_for_the_position",
        "Hiermit bestätigen wir dir gerne unser schriftliches Angebot für die Position.",
    ),
    (
        "assessment/assessment_to_complete_nl",
        "Wil je de persoonlijkheidstest voor maandag invullen?",
    ),
    (
        "application_received/bedankt_voor_het_solliciteren_nl",
        "Bedankt voor het solliciteren bij ons!",
    ),
    # the position cannot be offered, the application rejected
    ("rejection/cannot_offer_you_the_position", "No vamos a poder ofrecerle este trabajo."),
    (
        "rejection/cannot_offer_you_the_position",
        "Wir können dir diese Position leider nicht anbieten.",
    ),
    ("rejection/cannot_offer_you_the_position", "Nous ne pourrons pas vous offrir ce poste."),
    ("rejection/cannot_offer_you_the_position", "Non potremo offrirle il ruolo."),
    ("rejection/cannot_offer_you_the_position", "Não podemos te oferecer a função."),
    ("rejection/cannot_offer_you_the_position", "We kunnen u de baan helaas niet aanbieden."),
    ("veto_offer/cannot_offer_you_the_position", "Helaas kunnen we je geen aanbod doen."),
    ("rejection/application_rejected", "Tu candidatura fue finalmente desestimada."),
    ("rejection/application_rejected", "Deine Bewerbung wurde leider abgelehnt."),
    ("rejection/application_rejected", "Votre candidature est déclinée."),
    ("rejection/application_rejected", "La sua candidatura è stata scartata."),
    ("rejection/application_rejected", "A tua candidatura foi reprovada."),
    ("rejection/application_rejected", "Uw sollicitatie werd afgewezen."),
    # "we expect you for the interview", a contract to sign
    (
        "interview/we_expect_you_for_the_interview",
        "Le esperamos el martes a las 9.30 para la entrevista.",
    ),
    ("interview/we_expect_you_for_the_interview", "Ti aspettiamo giovedì per il colloquio."),
    ("interview/we_expect_you_for_the_interview", "Esperamos você amanhã para a entrevista."),
    (
        "interview/we_expect_you_for_the_interview",
        "We verwachten u dinsdag voor het sollicitatiegesprek.",
    ),
    ("offer/employment_contract_to_sign", "Te enviamos el contrato laboral para firmar."),
    ("offer/employment_contract_to_sign", "Segue o contrato de trabalho para assinar."),
    ("offer/employment_contract_to_sign", "Hierbij je arbeidscontract om te ondertekenen."),
    ("rejection/not_invited_to_the_interview", "Wij nodigen u niet uit voor een gesprek."),
    ("rejection/not_invited_to_the_interview", "Wir können dich nicht zur finalen Runde einladen."),
    ("rejection/not_invited_to_the_interview", "Não vamos convidar você para a entrevista."),
    ("rejection/not_invited_to_the_interview", "We will not be shortlisting you this time."),
    # a search paused until it restarts (a hold, not a decision)
    ("veto_rejection/paused_until_it_restarts", "If and when hiring resumes, we'll be in touch."),
    ("veto_rejection/paused_until_it_restarts", "Te escribiremos cuando se retome la búsqueda."),
    ("veto_rejection/paused_until_it_restarts", "Quando o processo for reaberto, avisaremos."),
    (
        "veto_rejection/paused_until_it_restarts",
        "Zodra de werving wordt opgestart, hoor je van ons.",
    ),
    # French "entretien" as servicing or the annual review
    (
        "veto_interview/entretien_as_servicing_fr",
        "Votre entretien annuel du véhicule est confirmé lundi.",
    ),
    ("veto_interview/entretien_as_servicing_fr", "L'entretien de la chaudière aura lieu mardi."),
    # an interview only in a condition
    (
        "veto_interview/if_an_interview_is_scheduled",
        "We will write again if an interview is arranged.",
    ),
    (
        "veto_interview/if_an_interview_is_scheduled",
        "Le avviseremo qualora venga fissato un colloquio.",
    ),
    (
        "veto_interview/if_an_interview_is_scheduled",
        "Falls ein Gespräch vereinbart wird, melden wir uns.",
    ),
    (
        "veto_interview/if_an_interview_is_scheduled",
        "Als er een gesprek wordt ingepland, hoort u van ons.",
    ),
    # ---- issue 12: the mail templates open-source HR software ships in 7 languages (Odoo ...)
    # the application shortlisted for a call or an interview
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Tu candidatura se preseleccionó para una entrevista con el equipo.",
    ),
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Su perfil ha sido seleccionado para una llamada o una entrevista.",
    ),
    (
        "interview/shortlisted_for_a_call_or_interview",
        "O seu currículo foi selecionado para uma conversa ou uma entrevista.",
    ),
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Sei stato selezionato per una telefonata o un colloquio.",
    ),
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Votre dossier a été sélectionné pour un appel ou un entretien.",
    ),
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Daarom staat je sollicitatie op de shortlist voor een gesprek.",
    ),
    # choosing a time through a link
    (
        "interview/choose_a_time_through_the_link",
        "Elige el hueco que prefieras en este enlace.",
    ),
    (
        "interview/choose_a_time_through_the_link",
        "Vous pouvez réserver un créneau directement via le lien ci-dessous.",
    ),
    (
        "interview/choose_a_time_through_the_link",
        "Prenota l'orario più comodo con questo collegamento.",
    ),
    (
        "interview/choose_a_time_through_the_link",
        "Escolha o horário que preferir pelo link abaixo.",
    ),
    ("interview/choose_a_time_through_the_link", "Kies een tijdstip dat past via de link."),
    (
        "interview/choose_a_time_through_the_link",
        "Please pick a time that suits you using the link.",
    ),
    # the hiring team did not select the application (object pronoun)
    (
        "rejection/did_not_select_it",
        "Hemos estudiado tu solicitud y no la hemos seleccionado esta vez.",
    ),
    ("rejection/did_not_select_it", "Le comité ne l'a pas retenue pour la suite."),
    ("rejection/did_not_select_it", "Purtroppo non l'abbiamo selezionata per il colloquio."),
    ("rejection/did_not_select_it", "A equipa analisou a candidatura e não a selecionou."),
    # good wishes for the future
    ("rejection/best_for_future_projects", "Te deseamos mucha suerte en tu búsqueda."),
    (
        "rejection/best_for_future_projects",
        "Nous vous souhaitons pleine réussite dans vos recherches.",
    ),
    ("rejection/best_for_future_projects", "Le auguriamo ogni successo per la sua carriera."),
    ("rejection/best_for_future_projects", "Desejamos muito sucesso na sua busca."),
    (
        "rejection/best_for_future_projects",
        "Für Ihre weiteren Bewerbungen wünschen wir Ihnen viel Erfolg.",
    ),
    ("rejection/best_for_future_projects", "We wensen je veel succes bij je verdere loopbaan."),
    # a Dutch acknowledgement with the verb at the end of the clause
    (
        "application_received/bevestigen_sollicitatie_ontvangen_nl",
        "Wij bevestigen dat we uw sollicitatie als monteur in goede orde hebben ontvangen.",
    ),
    # ---- the second round on them: wordings of the same families in more languages
    ("interview/würden_sie_kennenlernen", "Gerne möchten wir Sie besser kennenlernen."),
    (
        "interview/send_us_your_availability",
        "Sagen Sie mir bitte Bescheid, wann Sie nächste Woche verfügbar sind.",
    ),
    (
        "interview/send_us_your_availability",
        "Wil je ons laten weten wanneer je deze week beschikbaar bent?",
    ),
    (
        "rejection/no_positive_answer",
        "Nous ne sommes hélas pas en mesure de donner une suite favorable à votre candidature.",
    ),
    ("offer/chosen_for_the_position", "Sei stata scelta per il ruolo di cassiera."),
    ("offer/chosen_for_the_position", "Você foi selecionada para a vaga de caixa."),
    ("offer/chosen_for_the_position", "Vous avez été retenue pour le poste d'assistante."),
    ("offer/chosen_for_the_position", "Sie wurden für die Stelle als Kassierer ausgewählt."),
    ("offer/chosen_for_the_position", "Je bent geselecteerd voor de functie van kassamedewerker."),
    ("offer/chosen_for_the_position", "Has sido elegida para la plaza de cajera."),
    ("offer/contract_proposal_or_admission", "Em breve vamos tratar da sua admissão."),
    ("offer/contract_proposal_or_admission", "Le invieremo la proposta contrattuale domani."),
    ("assessment/case_study_attached", "Anbei finden Sie die Fallstudie für den nächsten Schritt."),
    ("assessment/case_study_attached", "In de bijlage vind je de casus."),
    ("assessment/case_study_attached", "Attached is the case study we discussed."),
    (
        "application_received/application_submitted_successfully",
        "Tu candidatura se ha enviado correctamente.",
    ),
    (
        "application_received/application_submitted_successfully",
        "La tua candidatura è stata inviata con successo.",
    ),
    (
        "application_received/application_submitted_successfully",
        "Votre candidature a été soumise avec succès.",
    ),
    # ---- a prize, a contest or a course is no job (French "candidature" names them all)
    (
        "nonjob/application_for_a_prize_contest_or_course",
        "Merci pour votre candidature au concours de photographie.",
    ),
    (
        "nonjob/application_for_a_prize_contest_or_course",
        "Hemos revisado tu solicitud para el curso de fotografía.",
    ),
    (
        "nonjob/application_for_a_prize_contest_or_course",
        "La tua iscrizione al concorso è stata valutata.",
    ),
    (
        "nonjob/application_for_a_prize_contest_or_course",
        "Vielen Dank für Ihre Bewerbung für den Innovationspreis.",
    ),
    (
        "nonjob/application_for_a_prize_contest_or_course",
        "Bedankt voor je inzending voor de schrijfwedstrijd.",
    ),
    (
        "nonjob/application_for_a_prize_contest_or_course",
        "Thank you for your application for the Young Talent Award.",
    ),
    ("rejection/did_not_select_it", "Lamentamos informarte que no hemos seleccionado tu perfil."),
    ("rejection/did_not_select_it", "Purtroppo non abbiamo selezionato il tuo profilo."),
    ("rejection/did_not_select_it", "Infelizmente não selecionamos o seu perfil desta vez."),
    ("interview/we_invite_you_to_an_interview", "La invitiamo a un colloquio giovedì alle 10."),
    ("interview/we_invite_you_to_an_interview", "Nous vous convions à un entretien mardi matin."),
    ("interview/we_invite_you_to_an_interview", "Te invitamos a una entrevista presencial."),
    ("interview/we_invite_you_to_an_interview", "Por isso o convidamos para uma entrevista."),
]

MUST_NOT_FIND: list[tuple[str, str]] = [
    # a choice that fell on the candidate, or on a thing
    (
        "rejection/choice_fell_elsewhere",
        "Unsere Wahl ist auf Sie gefallen, herzlichen Glückwunsch!",
    ),
    ("rejection/choice_fell_elsewhere", "Die Wahl des Hotels fiel auf das Zentrum."),
    ("rejection/choice_fell_elsewhere", "La scelta è ricaduta su di lei."),
    ("rejection/choice_fell_elsewhere", "Notre choix s'est porté sur votre candidature."),
    ("rejection/choice_fell_elsewhere", "A escolha recaiu sobre você."),
    # among the chosen, not excluded from them
    (
        "rejection/not_among_the_chosen",
        "You are among the candidates we selected for the final round.",
    ),
    ("rejection/not_among_the_chosen", "Sie gehören zu den Kandidaten, die wir einladen möchten."),
    # a status that is not a decision
    ("rejection/application_could_not_be_chosen", "Votre candidature n'a pas encore été étudiée."),
    (
        "rejection/application_could_not_be_chosen",
        "La sua candidatura non è ancora stata valutata.",
    ),
    # a meeting that is not about the candidate
    ("interview/arrange_a_time_to_meet", "Please schedule a time for the movers to come."),
    ("interview/arrange_a_time_to_meet", "Vamos marcar uma data para o jantar de Natal."),
    # not shortlisted, or a process that goes on
    (
        "interview/shortlisted_for_an_interview",
        "Your application has not been shortlisted for interview.",
    ),
    (
        "interview/shortlisted_for_an_interview",
        "Tu candidatura no ha sido preseleccionada para una entrevista.",
    ),
    (
        "rejection/not_continue_the_process_with_you",
        "Wir möchten den Prozess mit Ihnen gerne fortsetzen.",
    ),
    (
        "rejection/not_continue_the_process_with_you",
        "Vamos seguir com o seu processo na próxima etapa.",
    ),
    (
        "interview/bate_papo_with_the_manager",
        "Podemos agendar uma conversa com o gerente do banco?",
    ),
    (
        "interview/reschedule_the_interview_de",
        "Können wir unser Meeting mit dem Kunden verschieben?",
    ),
    # a positive answer, a profile that fits, a case study read about
    ("rejection/no_positive_answer", "We are happy to give you a positive answer!"),
    ("rejection/profile_not_in_line", "Il suo profilo è in linea con le nostre esigenze."),
    ("assessment/practical_case_to_solve", "Abbiamo pubblicato un caso pratico sul nostro blog."),
    ("offer/functie_aan_te_bieden_nl", "Wij hebben besloten de functie intern aan te bieden."),
    # a sales offer, a process that is not the candidate's
    ("offer/formal_job_offer_es_it", "In allegato la nostra offerta economica per la fornitura."),
    (
        "rejection/not_continue_the_process_with_you",
        "Hemos cerrado su proceso de alta en la plataforma.",
    ),
    ("rejection/not_through_to_next_stage", "You have passed to the next round, congratulations!"),
    # a party, a meeting and a sales offer are not hiring
    ("interview/invited_to_the_next_round", "Wir laden Sie zu unserem Sommerfest ein."),
    (
        "interview/interview_cancelled_new_date",
        "Nous devons annuler notre réunion ; nouvelle date à venir.",
    ),
    ("offer/revised_offer_with_salary", "Wir haben unser Angebot für die Wartung überarbeitet."),
    ("rejection/role_cancelled_or_not_opened", "La posizione è aperta a tutti."),
    (
        "veto_interview/entretien_as_servicing_fr",
        "Je vous confirme votre entretien de demain à 10h.",
    ),
    ("interview/short_call_proposal", "Het was een kort gesprek met de klant."),
    (
        "offer/offer_confirmed_for_the_position",
        "Wir bestätigen Ihnen den Eingang Ihrer Bewerbung für die Stelle.",
    ),
    # a negated offer is no offer; a loan application is no job application
    ("offer/functie_aan_te_bieden_nl", "Helaas kunnen we je de functie niet aanbieden."),
    ("rejection/application_rejected", "Su solicitud de préstamo ha sido rechazada."),
    (
        "veto_offer/cannot_offer_you_the_position",
        "Wir möchten Ihnen die Stelle zum 1. Mai anbieten.",
    ),
    ("offer/employment_contract_to_sign", "Le contrat de travail de votre salarié est disponible."),
    ("interview/meet_you_in_person", "No podremos conocerte en persona esta vez."),
    # a role reopened in another cycle is no pause of this one
    (
        "veto_rejection/paused_until_it_restarts",
        "If the role is reopened next year, I'll reach out.",
    ),
    # a booked interview is no condition
    (
        "veto_interview/if_an_interview_is_scheduled",
        "Your interview is scheduled for Monday at 10.",
    ),
    # ---- issue 12: the mail templates open-source HR software ships in 7 languages (Odoo ...)
    # a negated or unrelated selection is no shortlist
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Tu candidatura no se preseleccionó para una entrevista.",
    ),
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Lamentavelmente, não foi selecionado para uma entrevista.",
    ),
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Il prodotto è stato selezionato per una fiera.",
    ),
    # a link without a time to choose, or a time without a link
    ("interview/choose_a_time_through_the_link", "Encontrarás el informe en este enlace."),
    ("interview/choose_a_time_through_the_link", "Choisissez un créneau et écrivez-nous."),
    # selecting something, or being selected, is no refusal
    ("rejection/did_not_select_it", "Hemos recibido tu solicitud y la revisaremos."),
    ("rejection/did_not_select_it", "Nous l'avons retenue pour l'entretien final."),
    ("rejection/did_not_select_it", "Non abbiamo ancora selezionato nessuno."),
    # wishes for a holiday are no good wishes for the search
    ("rejection/best_for_future_projects", "Le deseamos lo mejor en estas fiestas."),
    ("rejection/best_for_future_projects", "Nous vous souhaitons le meilleur pour 2026."),
    # a confirmation of an appointment is no acknowledgement
    (
        "application_received/bevestigen_sollicitatie_ontvangen_nl",
        "We bevestigen je afspraak van dinsdag.",
    ),
    # ---- the second round: a stage or an interview is no position; papers are no contract
    ("offer/chosen_for_the_position", "No ha sido seleccionado para el puesto."),
    ("offer/chosen_for_the_position", "Sie wurden für ein Interview ausgewählt."),
    ("offer/chosen_for_the_position", "Votre candidature a été retenue pour un entretien."),
    ("offer/chosen_for_the_position", "Não foi selecionado para a vaga."),
    ("offer/contract_proposal_or_admission", "La proposition de loi a été votée."),
    ("assessment/case_study_attached", "Attached is the invoice for March."),
    (
        "application_received/application_submitted_successfully",
        "Tu pedido se ha enviado correctamente.",
    ),
    (
        "nonjob/application_for_a_prize_contest_or_course",
        "Merci pour votre candidature au poste de vendeur.",
    ),
    ("nonjob/application_for_a_prize_contest_or_course", "Le salaire est fixé au prix du marché."),
    (
        "interview/we_invite_you_to_an_interview",
        "Nous vous invitons à l'entretien de votre chaudière.",
    ),
    ("interview/we_invite_you_to_an_interview", "Vi invitiamo alla cena sociale."),
]


@pytest.mark.parametrize(("key", "text"), MUST_FIND)
def test_each_family_finds_its_wordings_in_every_language(key: str, text: str) -> None:
    assert key in found(text)


@pytest.mark.parametrize(("key", "text"), MUST_NOT_FIND)
def test_each_family_leaves_near_misses_alone(key: str, text: str) -> None:
    assert key not in found(text)


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "Ihre Bewerbung",
            "Vielen Dank für das Gespräch. Letztlich haben wir uns für eine Mitbewerberin entschieden.",
            "rejection",
        ),
        (
            "Sollicitatie",
            "Na zorgvuldige overweging is onze keus niet op u gevallen.",
            "rejection",
        ),
        (
            "Update on the analyst role",
            "We have paused this search for now and don't have a restart date. Please feel free to "
            "pursue other opportunities; if and when the role restarts, I'd like to reach back out.",
            "other",
        ),
        (
            "Your application",
            "Thank you for applying. We will get back to you if an interview will be scheduled.",
            "application_received",
        ),
        (
            "Interview",
            "Thank you for your application for the cook position. I'd like to set up a time to meet "
            "for an in-person interview. During the interview, you will meet our chef.",
            "interview",
        ),
        # ---- issue 12: the mail templates open-source HR software ships in 7 languages (Odoo ...)
        (
            "Tu candidatura: Técnico de soporte",
            "Hemos revisado tu currículum con interés y tu candidatura se preseleccionó para "
            "una llamada o una entrevista. Muy pronto te escribirá nuestra responsable.",
            "interview",
        ),
        (
            "Sua candidatura: Analista de suporte",
            "Gostamos do seu perfil e a sua candidatura foi selecionada para uma conversa ou uma "
            "entrevista. Em breve entraremos em contato.",
            "interview",
        ),
        (
            "Votre candidature : Technicien support",
            "Merci pour votre candidature. Après étude, notre équipe ne l'a pas retenue pour la "
            "suite du processus. Nous vous souhaitons pleine réussite dans vos recherches.",
            "rejection",
        ),
        (
            "Proceso de selección",
            "Has pasado la primera fase del proceso de selección y queremos hablar contigo por "
            "videollamada. Elige el horario que te venga mejor en este enlace: "
            "https://example.com/agenda",
            "interview",
        ),
        (
            "Je sollicitatie: Monteur",
            "Wij bevestigen dat we je sollicitatie voor de functie Monteur succesvol hebben "
            "ontvangen. We nemen binnen twee weken contact op.",
            "application_received",
        ),
        # the same booking sentence from a hairdresser is no interview
        (
            "Tu cita",
            "Elige el horario que te venga mejor en este enlace: https://example.com/agenda",
            "other",
        ),
        # ---- the second round: a compound job word opens the gate ("Bewerbungsgespräch")
        (
            "Terminabstimmung Bewerbungsgespräch",
            "Gerne würden wir Sie näher kennenlernen. Bitte teilen Sie uns mit, wann Sie nächste "
            "Woche verfügbar sind.",
            "interview",
        ),
        (
            "Vereinsabend",
            "Gerne würden wir Sie näher kennenlernen. Bitte teilen Sie uns mit, wann Sie nächste "
            "Woche verfügbar sind.",
            "other",
        ),
        (
            "Buone notizie",
            "Siamo lieti di comunicarle che è stato selezionato per la posizione di magazziniere. "
            "A breve riceverà la proposta contrattuale.",
            "offer",
        ),
        # ---- the same refusal for a course is no job refusal
        (
            "Suite à votre candidature",
            "Après examen de votre dossier, nous ne sommes malheureusement pas en mesure de donner "
            "une suite favorable à votre candidature pour le cours de céramique.",
            "other",
        ),
        (
            "Suite à votre candidature",
            "Après examen de votre dossier, nous ne sommes malheureusement pas en mesure de donner "
            "une suite favorable à votre candidature pour le poste de vendeur.",
            "rejection",
        ),
    ],
)
def test_the_template_families_decide(subject: str, body: str, want: str) -> None:
    assert kind(subject, body) == want
