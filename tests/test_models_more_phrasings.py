"""More German phrasings for data_shared and opt_out (own sentences): separable verbs, advice, deadlines."""
from __future__ import annotations

from models.extract import extract_text


def found(text: str, claim_type: str, *fields: str) -> set[tuple]:
    return {tuple(c[f] for f in fields) for c in extract_text(text) if c["type"] == claim_type}


def test_separable_verb_leitet_weiter_passes_each_listed_type_on() -> None:
    text = "WhatsApp leitet künftig die Handynummer, das Gerätemodell und die IP-Adresse an Facebook weiter."
    assert found(text, "data_shared", "data_type", "shared") == {("phone_number", True), ("device_data", True)}


def test_cannot_prevent_is_no_opt_out_and_its_object_only_the_scope() -> None:
    # Convention D25 (session 20): the noun object of a prevention verb is the opt-out's scope, not a data_shared item.
    text = "Die Weitergabe der Telefonnummer an Facebook lässt sich nicht verhindern, sagte ein WhatsApp-Sprecher."
    assert found(text, "data_shared", "data_type", "shared") == set()
    assert found(text, "opt_out", "stance", "scope") == {("not_possible", "phone_number")}


def test_a_deadline_to_object_is_a_possibility() -> None:
    text = "WhatsApp-Nutzer haben 30 Tage Zeit, der Weitergabe ihrer Daten an Facebook für Werbezwecke zu widersprechen."
    assert found(text, "opt_out", "stance", "scope") == {("possible", "ads")}


def test_advice_to_object_is_a_possibility() -> None:
    text = "Wer nicht möchte, dass Facebook seine WhatsApp-Daten für Werbung nutzt, sollte in den Einstellungen widersprechen."
    assert {stance for stance, _ in found(text, "opt_out", "stance", "scope")} == {"possible"}


def test_weder_noch_negates_both_types() -> None:
    text = "Facebook erhält von WhatsApp weder Nachrichteninhalte noch Standortdaten."
    assert found(text, "data_shared", "data_type", "shared") == {("message_content", False), ("location", False)}


def test_collecting_alone_is_not_sharing() -> None:
    text = "WhatsApp sammelt Metadaten: wer wann mit wem kommuniziert. Ob diese an Facebook gehen, ist unklar."
    assert found(text, "data_shared", "data_type", "shared") == set()


def test_how_often_the_app_is_opened_is_usage_data_flowing_to_facebook() -> None:
    text = "WhatsApp ändert die Regeln. Künftig fließen Angaben darüber, wie oft und wann jemand die App öffnet, an Facebook."
    assert found(text, "data_shared", "data_type", "shared") == {("usage_data", True)}


def test_device_information_and_a_bare_number_after_an_article() -> None:
    text = "Laut WhatsApp erhält Facebook die Nummer sowie Informationen zum verwendeten Smartphone."
    assert found(text, "data_shared", "data_type", "shared") == {("phone_number", True), ("device_data", True)}


def test_geht_an_and_bleibt_bei_whatsapp() -> None:
    text = (
        "WhatsApp hat die Regeln geändert. Die Handynummer geht an Facebook. "
        "Das Adressbuch selbst bleibt bei WhatsApp, sagt das Unternehmen."
    )
    assert found(text, "data_shared", "data_type", "shared") == {("phone_number", True), ("contacts", False)}


def test_an_faq_answer_far_from_the_question_naming_whatsapp() -> None:
    text = (
        "Was ändert sich bei WhatsApp? Einiges. Die Telefonnummer geht künftig an Facebook. "
        "Und meine Chats? Nein. Die Inhalte der Nachrichten werden nicht an Facebook übermittelt."
    )
    assert ("message_content", False) in found(text, "data_shared", "data_type", "shared")


def test_cannot_switch_off_the_number_report_means_it_is_shared() -> None:
    text = "WhatsApp und Facebook: Dass WhatsApp Ihre Nummer an Facebook meldet, lässt sich nicht abstellen."
    assert found(text, "data_shared", "data_type", "shared") == {("phone_number", True)}


def test_umlaut_plural_compounds_and_separable_zur_verfuegung_stellen() -> None:
    assert found("WhatsApp gibt Chatverläufe nicht an Facebook weiter.", "data_shared", "data_type", "shared") == {
        ("message_content", False)
    }
    text = "WhatsApp stellt Facebook künftig die Kontaktlisten seiner Nutzer zur Verfügung."
    assert found(text, "data_shared", "data_type", "shared") == {("contacts", True)}


def test_indirect_speech_and_access_phrasing() -> None:
    text = "WhatsApp werde künftig die Telefonnummern seiner Nutzer an Facebook weitergeben, teilte das Unternehmen mit."
    assert found(text, "data_shared", "data_type", "shared") == {("phone_number", True)}
    text = "Facebook bekommt Zugriff auf die Handynummern und das Nutzungsverhalten der WhatsApp-Kunden."
    assert found(text, "data_shared", "data_type", "shared") == {("phone_number", True), ("usage_data", True)}


def test_data_wandering_to_menlo_park_and_usage_phrases() -> None:
    text = (
        "WhatsApp hat neue Regeln. Auch Angaben darüber, wie oft jemand die App nutzt, sowie Informationen "
        "zum Gerät wandern nach Menlo Park."
    )
    assert found(text, "data_shared", "data_type", "shared") == {("usage_data", True), ("device_data", True)}
    text = "Bei WhatsApp fließen Telefonnummer und Angaben zur Nutzung an Facebook."
    assert found(text, "data_shared", "data_type", "shared") == {("phone_number", True), ("usage_data", True)}


def test_weder_telefonnummern_noch_adressbuecher_are_two_types() -> None:
    text = "Nach der Übernahme würden weder Telefonnummern noch Adressbücher von WhatsApp an Facebook weitergereicht."
    assert found(text, "data_shared", "data_type", "shared") == {("phone_number", False), ("contacts", False)}


def test_metadaten_is_not_meta_the_company() -> None:
    text = "Signal speichert kaum Metadaten. WhatsApp nutzt das Signal-Protokoll, die Inhalte sind damit gut geschützt."
    assert found(text, "data_shared", "data_type", "shared") == set()


def test_facebook_learning_how_long_users_are_online_is_usage_data() -> None:
    text = "Künftig soll Facebook auch erfahren, wie lange WhatsApp-Nutzer online sind."
    assert found(text, "data_shared", "data_type", "shared") == {("usage_data", True)}


def test_not_public_is_no_negation_of_the_transfer() -> None:
    text = "WhatsApp betont: Die Telefonnummer wird nicht öffentlich, sie geht nur an Facebook."
    assert found(text, "data_shared", "data_type", "shared") == {("phone_number", True)}


def test_lists_after_zaehlen_and_passive_sharing() -> None:
    text = "Zu den Daten, die WhatsApp an Facebook übermittelt, zählen die Handynummer und das Gerätemodell."
    assert found(text, "data_shared", "data_type", "shared") == {("phone_number", True), ("device_data", True)}
    text = "Auch der Name und das Profilbild werden von WhatsApp mit Facebook geteilt."
    assert found(text, "data_shared", "data_type", "shared") == {("profile_data", True)}


def test_must_accept_or_else_unusable_is_no_opt_out() -> None:
    text = "Die neuen WhatsApp-Regeln müssen alle akzeptieren, sonst ist der Messenger ab Mai nicht mehr nutzbar."
    assert found(text, "opt_out", "stance", "scope") == {("not_possible", "unspecified")}


def test_objection_possible_yet_the_number_goes_anyway() -> None:
    text = "Nutzer können widersprechen – die Telefonnummer bekommt Facebook aber trotzdem."
    assert found(text, "opt_out", "stance", "scope") == {("possible", "unspecified"), ("not_possible", "phone_number")}


def test_how_to_object_is_no_claim_by_itself() -> None:
    assert found("WhatsApp und Facebook teilen Daten. Wie man widerspricht, erklären wir hier.", "opt_out", "stance") == set()


def test_not_consenting_then_losing_messages_is_no_opt_out() -> None:
    text = "WhatsApp verlangt eine Zustimmung. Wer nicht einwilligt, kann nach einigen Wochen keine Nachrichten mehr lesen."
    assert found(text, "opt_out", "stance", "scope") == {("not_possible", "unspecified")}


def test_a_warning_of_what_facebook_could_get_is_no_sharing_statement() -> None:
    text = "WhatsApp und Facebook: Die Verbraucherschützer warnten, dass Facebook Zugriff auf Telefonnummern erhalten könnte."
    assert found(text, "data_shared", "data_type", "shared") == set()


def test_konjunktiv_list_introduction_and_kept_at_whatsapp() -> None:
    text = (
        "WhatsApp bestätigt, dass Informationen an Facebook gehen. Laut Richtlinie handle es sich dabei um die "
        "Mobilfunknummer und den Zeitpunkt der letzten Nutzung. Kontakte aus dem Adressbuch blieben bei WhatsApp."
    )
    assert found(text, "data_shared", "data_type", "shared") == {("phone_number", True), ("usage_data", True), ("contacts", False)}


def test_bare_contents_count_only_where_protected() -> None:
    text = "Kann Facebook WhatsApp-Chats lesen? Nein. Die Inhalte sind verschlüsselt und werden nicht an Meta übermittelt."
    assert ("message_content", False) in found(text, "data_shared", "data_type", "shared")


def test_remove_the_tick_with_quoted_option_names() -> None:
    text = (
        "WhatsApp teilt Daten mit Facebook. Und wer das nicht will? Der kann in den Einstellungen den Haken "
        "bei „Daten teilen“ entfernen. Dann nutzt Facebook die Daten nicht für Werbung."
    )
    assert ("possible", "ads") in found(text, "opt_out", "stance", "scope")


def test_consent_as_a_precondition_is_no_opt_out() -> None:
    text = "WhatsApp ändert die Regeln. Eine Zustimmung sei Voraussetzung, um die App weiter nutzen zu können."
    assert found(text, "opt_out", "stance", "scope") == {("not_possible", "unspecified")}
