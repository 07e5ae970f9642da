"""dealwatch_opt_out: can users object to WhatsApp passing their data to Facebook?

All sentences are written for these tests.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import models.opt_out  # noqa: F401  (registers the factory)
import models.sentences  # noqa: F401
from models.claims import claims_of
from models.pipeline import build_pipeline
from models.opt_out import Cues


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(("dealwatch_opt_out",))  # the linguistic layer and this one component


def extract(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    """(stance, scope, span text) of every opt_out claim, checking offsets on the way."""
    doc = nlp(text)
    out = []
    for claim in claims_of(doc):
        assert claim.type == "opt_out"
        assert text[claim.start:claim.end] == claim.text
        out.append((claim.fields["stance"], claim.fields["scope"], claim.text))
    return out


def test_objection_to_ads_is_possible(nlp: Language) -> None:
    text = "Nutzer können der Verwendung ihrer Daten für Werbeanzeigen bei Facebook widersprechen."
    assert extract(nlp, text) == [
        ("possible", "ads", "Nutzer können der Verwendung ihrer Daten für Werbeanzeigen bei Facebook widersprechen")
    ]


def test_friend_suggestions_alone(nlp: Language) -> None:
    text = "WhatsApp-Kunden können der Nutzung ihrer Daten für Freundschaftsvorschläge auf Facebook widersprechen."
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "friend_suggestions")]


def test_ads_and_friend_suggestions_count_as_ads(nlp: Language) -> None:
    text = "Nutzer dürfen der Verwendung ihrer WhatsApp-Daten für Werbung und Freundesvorschläge widersprechen."
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "ads")]


def test_switching_off_ad_use(nlp: Language) -> None:
    text = "In den Einstellungen lässt sich die Nutzung der Daten für personalisierte Werbung deaktivieren, sagt Facebook."
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "ads")]
    text = "Die Nutzung der Daten für personalisierte Werbung lässt sich nicht deaktivieren, sagt Facebook."
    assert [c[:2] for c in extract(nlp, text)] == [("not_possible", "ads")]
    text = "Wer will, kann die Nutzung seiner WhatsApp-Daten für personalisierte Werbung bei Facebook deaktivieren."
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "ads")]


def test_choosing_not_to_share_for_ads(nlp: Language) -> None:
    text = "Als Bestandskunde kannst du wählen, deine Kontoinformationen nicht mit Facebook zu teilen, um Werbung zu vermeiden."
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "ads")]


def test_objection_possible_but_phone_number_passed_anyway(nlp: Language) -> None:
    text = (
        "Man kann zwar der Verwendung für Werbung widersprechen, "
        "die Handynummer wird aber auf jeden Fall an Facebook übermittelt."
    )
    assert extract(nlp, text) == [
        ("possible", "ads", "Man kann zwar der Verwendung für Werbung widersprechen"),
        ("not_possible", "phone_number", "die Handynummer wird aber auf jeden Fall an Facebook übermittelt"),
    ]


def test_objection_impossible_for_phone_number(nlp: Language) -> None:
    text = "Gegen die Übermittlung der Telefonnummer an Facebook gibt es keinen Widerspruch, teilte WhatsApp mit."
    assert [c[:2] for c in extract(nlp, text)] == [("not_possible", "phone_number")]


def test_data_passed_on_despite_objection(nlp: Language) -> None:
    text = (
        "WhatsApp nennt das Verfahren einen Widerspruch. "
        "Die Informationen werden dennoch an Facebook weitergegeben."
    )
    assert extract(nlp, text) == [
        ("not_possible", "all_sharing", "Die Informationen werden dennoch an Facebook weitergegeben")
    ]


def test_anyway_without_an_objection_nearby_is_no_claim(nlp: Language) -> None:
    text = "Facebook hat WhatsApp gekauft. Die Daten werden trotzdem getrennt gespeichert."
    assert extract(nlp, text) == []


def test_refusal_leads_to_blocked_account(nlp: Language) -> None:
    text = "Wer den neuen WhatsApp-Bedingungen nicht zustimmt, dessen Konto wird gesperrt."
    # Accept-or-leave naming no data sharing: scope unspecified (CONTRACT.md).
    assert [c[:2] for c in extract(nlp, text)] == [("not_possible", "unspecified")]


def test_must_accept_to_keep_using(nlp: Language) -> None:
    text = "Alle Nutzer müssen die neue Datenschutzrichtlinie akzeptieren, wenn sie WhatsApp weiter verwenden wollen."
    assert extract(nlp, text) == [
        (
            "not_possible",
            "unspecified",
            "Alle Nutzer müssen die neue Datenschutzrichtlinie akzeptieren, wenn sie WhatsApp weiter verwenden wollen",
        )
    ]


def test_no_choice_but_to_delete(nlp: Language) -> None:
    text = "Wer seine Daten vor Facebook schützen will, hat keine andere Wahl: Er muss WhatsApp löschen."
    assert [c[:2] for c in extract(nlp, text)] == [("not_possible", "all_sharing")]


def test_superseded_possibility_is_dropped(nlp: Language) -> None:
    text = (
        "Früher konnten Nutzer der Weitergabe ihrer Daten an Facebook widersprechen. "
        "Diese Möglichkeit entfällt nun."
    )
    assert extract(nlp, text) == [
        (
            "not_possible",
            "all_sharing",
            "Früher konnten Nutzer der Weitergabe ihrer Daten an Facebook widersprechen. Diese Möglichkeit entfällt nun",
        )
    ]


def test_all_sharing_when_only_the_transfer_of_the_data_is_named(nlp: Language) -> None:
    # the convention of 8 studied sets (session 16, conv23): the passing on as a whole, as the text says it
    text = "Bestandskunden haben 30 Tage lang die Möglichkeit, der Weitergabe ihrer Daten an Facebook zu widersprechen."
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "all_sharing")]
    # data with no article are some data, not all of them: the objection's object stays unspecified
    text = "Bestandskunden haben 30 Tage lang die Möglichkeit, der Weitergabe von Daten an Facebook zu widersprechen."
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "unspecified")]


def test_anaphoric_objection_takes_the_previous_scope(nlp: Language) -> None:
    text = (
        "Facebook will mit den WhatsApp-Daten vor allem seine Werbung verbessern. "
        "Diesem Zweck können Nutzer widersprechen."
    )
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "ads")]


def test_unrelated_objections_and_questions(nlp: Language) -> None:
    assert extract(nlp, "Der Bürgermeister widersprach der Darstellung der Opposition im Stadtrat.") == []
    assert extract(nlp, "Kann man der Weitergabe an Facebook widersprechen?") == []
    assert extract(nlp, "Das Unternehmen schließt Werbung in WhatsApp kategorisch aus.") == []
    assert extract(nlp, "Facebook muss die rechtswidrig erhaltenen Daten löschen, urteilte das Gericht.") == []


def pairs(nlp: Language, text: str) -> set[tuple[str, str]]:
    """The (stance, scope) pairs of all opt_out claims in `text`."""
    return {(stance, scope) for stance, scope, _ in extract(nlp, text)}


def test_possible_and_impossible_in_one_sentence_are_two_statements(nlp: Language) -> None:
    text = (
        "Die Anzeigen-Nutzung ihrer Daten durften WhatsApp-Kunden ablehnen, "
        "die Übertragung selbst ließ sich allerdings nicht unterbinden."
    )
    assert extract(nlp, text) == [
        ("possible", "ads", "Die Anzeigen-Nutzung ihrer Daten durften WhatsApp-Kunden ablehnen"),
        ("not_possible", "all_sharing", "die Übertragung selbst ließ sich allerdings nicht unterbinden"),
    ]
    text = "Man kann die Übermittlung der Handynummer an Facebook nicht stoppen, wohl aber deren Werbenutzung abschalten."
    assert pairs(nlp, text) == {("not_possible", "phone_number"), ("possible", "ads")}


def test_fronted_possibility_denied_by_the_predicate(nlp: Language) -> None:
    text = "Ein Recht, dem Datenaustausch mit Facebook zu widersprechen, gibt es bei WhatsApp nicht."
    assert pairs(nlp, text) == {("not_possible", "all_sharing")}
    text = "Ein Opt-out bietet WhatsApp bei den neuen Regeln nicht an."
    assert pairs(nlp, text) == {("not_possible", "all_sharing")}
    text = "Eine Widerspruchsmöglichkeit gegen die Weitergabe an Facebook sieht WhatsApp nicht vor."
    assert pairs(nlp, text) == {("not_possible", "all_sharing")}


def test_indirect_speech_and_modal_infinitives(nlp: Language) -> None:
    assert pairs(nlp, "Kunden könnten der Auswertung ihrer WhatsApp-Daten für Reklame bei Facebook widersprechen, hieß es.") == {
        ("possible", "ads")
    }
    assert pairs(nlp, "Die Weitergabe der Rufnummer an Facebook lasse sich nicht verhindern, so die Verbraucherzentrale.") == {
        ("not_possible", "phone_number")
    }
    assert pairs(nlp, "Ein Widerspruch gegen den Datenabgleich mit Facebook sei nicht möglich, sagte ein WhatsApp-Sprecher.") == {
        ("not_possible", "all_sharing")
    }
    assert pairs(nlp, "WhatsApp-Nutzer dürfen die Verwendung ihrer Daten für personalisierte Anzeigen untersagen.") == {
        ("possible", "ads")
    }
    assert pairs(nlp, "Gegen die Datenweitergabe an Facebook können sich Bestandskunden in den Einstellungen wehren.") == {
        ("possible", "all_sharing")  # the passing on as a whole (session 16, conv23)
    }
    assert pairs(nlp, "Bestandskunden können ihre Einwilligung zum Datentransfer an Facebook verweigern.") == {
        ("possible", "all_sharing")  # the passing on as a whole (session 16, conv23)
    }
    assert pairs(nlp, "Abwählen lässt sich der Abgleich für Facebook-Freundschaftsvorschläge nicht.") == {
        ("not_possible", "friend_suggestions")
    }


def test_nouns_and_deadlines_state_a_possibility(nlp: Language) -> None:
    text = "WhatsApp-Kunden steht ein Widerspruchsrecht gegen die Werbenutzung ihrer Daten durch Facebook zu."
    assert pairs(nlp, text) == {("possible", "ads")}
    text = "Binnen eines Monats ist ein Widerspruch gegen die Verwendung der WhatsApp-Daten für Freundesvorschläge möglich."
    assert pairs(nlp, text) == {("possible", "friend_suggestions")}
    text = "Ein Opt-out für Werbung bei Facebook steht WhatsApp-Nutzern 30 Tage lang offen."
    assert pairs(nlp, text) == {("possible", "ads")}


def test_object_in_a_following_dass_clause(nlp: Language) -> None:
    text = "Wer schon registriert ist, darf bis Ende September ablehnen, dass Facebook seine WhatsApp-Daten für Anzeigen auswertet."
    claims = extract(nlp, text)
    assert [c[:2] for c in claims] == [("possible", "ads")]
    assert claims[0][2].endswith("für Anzeigen auswertet")


def test_anaphoric_object_takes_the_scope_before_it(nlp: Language) -> None:
    text = (
        "Facebook möchte die WhatsApp-Nummern für Anzeigen und Kontaktvorschläge nutzen. "
        "Beiden Zwecken können Nutzer widersprechen."
    )
    assert pairs(nlp, text) == {("possible", "ads")}
    text = (
        "Facebook möchte die WhatsApp-Daten für zielgenauere Werbung nutzen. "
        "Nutzer können ihrer Verwendung für diese Zwecke widersprechen."
    )
    assert pairs(nlp, text) == {("possible", "ads")}
    text = "Wem nicht gefällt, dass Facebook seine Daten für Werbung nutzt, kann dies bei WhatsApp abwählen."
    claims = extract(nlp, text)
    assert [c[:2] for c in claims] == [("possible", "ads")]
    text = (
        "Facebook schlägt mit den WhatsApp-Nummern neue Freundschaften vor. "
        "Dagegen können sich Nutzer in den Einstellungen wehren."
    )
    assert pairs(nlp, text) == {("possible", "friend_suggestions")}  # the split verb "schlägt ... Freundschaften vor"
    text = (
        "Facebook nutzt die WhatsApp-Nummern für Freundesvorschläge. "
        "Dagegen können sich Nutzer in den Einstellungen wehren."
    )
    assert pairs(nlp, text) == {("possible", "friend_suggestions")}


def test_phone_number_passed_on_anyway(nlp: Language) -> None:
    text = (
        "Die Werbenutzung lässt sich bei WhatsApp abschalten. "
        "Die Übermittlung der Nummer an Facebook bleibt davon jedoch unberührt."
    )
    assert pairs(nlp, text) == {("possible", "ads"), ("not_possible", "phone_number")}
    text = "Der Werbung darf man widersprechen, die Nummer bekommt Facebook aber dennoch."
    assert pairs(nlp, text) == {("possible", "ads"), ("not_possible", "phone_number")}
    text = "Laut WhatsApp kann man der Werbenutzung widersprechen, die Handynummer werde aber weiterhin übertragen."
    assert pairs(nlp, text) == {("possible", "ads"), ("not_possible", "phone_number")}
    text = "Die WhatsApp-Daten landen so oder so bei Facebook, ein Widerspruch ändert daran nichts."
    assert pairs(nlp, text) == {("not_possible", "all_sharing")}
    text = "Facebook bekommt die Daten aus WhatsApp, ob die Nutzer zustimmen oder nicht."
    assert pairs(nlp, text) == {("not_possible", "all_sharing")}


def test_accept_or_leave_phrasings(nlp: Language) -> None:
    no_choice = {("not_possible", "unspecified")}  # no data sharing named (CONTRACT.md)
    for text in (
        "Wer die neuen WhatsApp-Bedingungen ablehnt, kann den Messenger bald nicht mehr nutzen.",
        "Wer den geänderten WhatsApp-Regeln nicht zustimmt, verliert nach und nach den Zugriff auf seine Chats.",
        "Die Zustimmung zu den neuen WhatsApp-Regeln ist Pflicht.",
        "Bei WhatsApp gilt jetzt: ohne Zustimmung keine Nutzung.",
        "Die neue Datenschutzrichtlinie von WhatsApp ist für die Nutzer alternativlos.",
        "Friss oder stirb, lautet das Prinzip von WhatsApp.",
        "WhatsApp lässt seinen Nutzern nur zwei Optionen: akzeptieren oder den Account löschen.",
        "Entweder man stimmt den WhatsApp-Bedingungen zu oder man verzichtet auf den Dienst.",
        "Eine wirkliche Wahl haben WhatsApp-Nutzer nicht.",
        "WhatsApp-Kunden bleibt nichts anderes übrig, als die Regeln abzunicken.",
    ):
        assert pairs(nlp, text) == no_choice, text


def test_steps_to_object_are_a_possibility_not_a_must_accept(nlp: Language) -> None:
    text = (
        "Wer der Nutzung seiner Daten für Facebook-Anzeigen widersprechen möchte, muss vor dem Akzeptieren "
        "der neuen WhatsApp-Bedingungen ein Häkchen entfernen."
    )
    assert pairs(nlp, text) == {("possible", "ads")}
    text = (
        "Geht das überhaupt noch, der Weitergabe an Facebook zu widersprechen? "
        "Dafür hätte man innerhalb der ersten 30 Tage einen Schalter deaktivieren müssen."
    )
    # the question objects to the definite transfer to Facebook with no data named: the transfer as a whole (the
    # lead's ruling of session 47 on conv23's convention, cue `whole_data`), the step takes it up by 'Dafür'
    assert pairs(nlp, text) == {("possible", "all_sharing")}


def test_yes_no_answers_to_questions(nlp: Language) -> None:
    text = "Muss ich der neuen WhatsApp-Richtlinie zustimmen? Ja, sonst ist der Account bald nutzlos."
    assert extract(nlp, text) == [("not_possible", "unspecified", "Ja, sonst ist der Account bald nutzlos")]
    text = "Kann ich der Werbenutzung meiner WhatsApp-Daten bei Facebook widersprechen? Ja, in den Einstellungen."
    assert pairs(nlp, text) == {("possible", "ads")}
    text = "Kann ich der Weitergabe meiner Nummer an Facebook widersprechen? Nein."
    assert pairs(nlp, text) == {("not_possible", "phone_number")}
    text = "Kann Facebook meine WhatsApp-Chats mitlesen? Nein, sie sind verschlüsselt."
    assert pairs(nlp, text) == set()


def test_supersession_within_a_sentence_and_dated_earlier_statements(nlp: Language) -> None:
    text = "Früher ließ sich die Datenweitergabe an Facebook abwählen, heute geht das nicht mehr."
    assert pairs(nlp, text) == {("not_possible", "all_sharing")}
    # The end of an option named in the sentence before takes that option's scope (the superseded-option convention,
    # docs/extraction-quality.md; session 12: own16-041, own17-042/-044, relabelled own-033, own5-043, own11-011).
    text = "Einst konnte man der Werbenutzung der WhatsApp-Daten widersprechen. Damit ist es seit der neuen Richtlinie vorbei."
    assert pairs(nlp, text) == {("not_possible", "ads")}
    # A dated earlier statement still holds for its time.
    text = "2016 konnten WhatsApp-Nutzer der Werbenutzung ihrer Daten widersprechen. Diese Zeiten sind vorbei."
    assert pairs(nlp, text) == {("possible", "ads"), ("not_possible", "ads")}
    # An end that names its use is about that use (session 11: own10-023 annotates so; no studied gold item disagrees).
    text = "Seit 2021 können WhatsApp-Nutzer der Werbenutzung durch Facebook nicht mehr widersprechen."
    assert pairs(nlp, text) == {("not_possible", "ads")}


def test_objections_that_are_no_opt_out(nlp: Language) -> None:
    for text in (
        "Ob man der Weitergabe an Facebook widersprechen kann, blieb bei der Anhörung offen.",
        "Facebook kann gegen den Bescheid der Datenschutzbehörde Einspruch einlegen.",
        "Die Behörde verhängte ein Bußgeld gegen WhatsApp; der Konzern kann dagegen Widerspruch erheben.",
        "WhatsApp widersprach Berichten, Facebook lese Chats mit.",
        "In den WhatsApp-Einstellungen kann man die Lesebestätigung deaktivieren.",
        "Viele haben keine Alternative zu WhatsApp, weil die ganze Familie dort chattet.",
        "Die Gründer von WhatsApp hatten die Wahl und entschieden sich für Facebook.",
        "Der Abschaltung alter WhatsApp-Versionen können Nutzer nicht ausweichen.",
    ):
        assert pairs(nlp, text) == set(), text


def test_cue_file_errors_are_one_line(tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"context": "(", "cues": {}}', encoding="utf-8")
    with pytest.raises(ValueError, match="bad opt_out cue file"):
        Cues.load(bad)


def test_literal_first_rewrite_matches_the_same_text() -> None:
    import json
    import re

    from models.opt_out import PATTERNS_FILE, literal_first

    assert literal_first(r"\bkann\b|\b(?:gibt|gab)\s+es|x") == r"kann(?<!\w.{4})\b|(?:gibt(?<!\w.{4})|gab(?<!\w.{3}))\s+es|x"
    samples = [
        "kann man widersprechen? gerecht, gibt es, vergab es, die rufnummer geht an facebook; ein recht",
        "wer widersprechen will, muss den haken entfernen – es gibt keine wahl, außer zustimmen oder gehen.",
        "nutzerinnen könnten binnen 30 tagen ablehnen, dass facebook die telefonnummer erhält; erhaltene daten",
    ]
    spec = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    for name, pattern in spec["cues"].items():
        plain, fast = re.compile(pattern), re.compile(literal_first(pattern))
        for text in samples:
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)], name


# ------------------------------------------------------------ round 3: classes found on a second unseen set
def stances(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [c[:2] for c in extract(nlp, text)]


NO = ("not_possible", "all_sharing")


@pytest.mark.parametrize(
    "text",
    [
        "Wie reagiert WhatsApp, wenn ich den neuen Regeln nicht zustimme? "
        "Dann lässt sich der Messenger nach einigen Wochen nicht mehr nutzen.",
        "Und wenn man die Bedingungen nicht akzeptiert? Das Konto wird nach einer Schonfrist gesperrt.",
        "Was geschieht, wenn ich die Nutzungsbedingungen nicht annehme? Die Chats bleiben erhalten. "
        "Allerdings schränkt WhatsApp danach nach und nach den Funktionsumfang ein.",
        "Nutzer sollen den geänderten Nutzungsbedingungen bis Mitte Mai zustimmen. "
        "Wer das nicht tut, verliert schrittweise Funktionen der App.",
        "WhatsApp verlangt die Zustimmung zur neuen Datenschutzrichtlinie. "
        "Wer dies nicht tut, kann bald keine Nachrichten mehr empfangen.",
        "Stimmt man der WhatsApp-Richtlinie nicht zu? Dann können Sie den Messenger nicht weiter nutzen.",
    ],
)
def test_consequence_after_a_refusal_in_the_sentences_before(nlp: Language, text: str) -> None:
    assert stances(nlp, text) == [("not_possible", "unspecified")]


def test_consequence_after_refusal_span_starts_at_the_anaphoric_refusal(nlp: Language) -> None:
    text = "WhatsApp verlangt die Zustimmung zur neuen Datenschutzrichtlinie. Wer dies nicht tut, kann bald keine Nachrichten mehr empfangen."
    assert extract(nlp, text)[0][2] == "Wer dies nicht tut, kann bald keine Nachrichten mehr empfangen"


@pytest.mark.parametrize(
    "text",
    [
        "Stimmt man den neuen WhatsApp-Bedingungen nicht zu? Ihr Konto wird nicht gelöscht.",
        "Was passiert, wenn ich der neuen WhatsApp-Richtlinie nicht zustimme? Ihr Account wird nicht gesperrt und bleibt voll nutzbar.",
        "Viele Nutzer haben den neuen WhatsApp-Regeln noch nicht zugestimmt. Facebook hat 2014 viel Geld für den Dienst bezahlt.",
        "Wer den neuen Bedingungen von WhatsApp nicht zustimmt, muss nichts befürchten. Frage: Werden alte Chats gelöscht?",
    ],
)
def test_no_consequence_claim_without_a_refusal_or_with_a_denied_one(nlp: Language, text: str) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nutzer sollen den neuen WhatsApp-Bedingungen zustimmen. Das Unternehmen verliert derweil Marktanteile an Signal.",
        "Nutzer sollen der neuen WhatsApp-Richtlinie zustimmen. Wer das nicht tut, bekommt eine Erinnerung. "
        "Später werden Konten gelöscht, die lange inaktiv sind.",
    ],
)
def test_a_demand_claims_itself_and_no_consequence_after_it(nlp: Language, text: str) -> None:
    # Users' 'sollen zustimmen' is D34 like 'müssen' (the lead's ruling, session 27): the demand is the one claim;
    # a lost market share or a reminder after it is no consequence of refusing.
    demand = text.split(". ")[0]
    assert extract(nlp, text) == [("not_possible", "unspecified", demand)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unterbinden kann man die Weitergabe an Facebook weder in der App noch per Brief an WhatsApp.", NO),
        (
            "Die Weitergabe der Handynummer an Facebook können Nutzer weder durch einen Widerspruch noch über die Einstellungen verhindern.",
            ("not_possible", "phone_number"),
        ),
        ("Abschalten lässt sich der Datenaustausch mit Facebook weder am Handy noch am Computer.", NO),
        ("Der Übermittlung ihrer Daten an Facebook können Kunden keinesfalls widersprechen.", NO),
        ("Gegen die Weitergabe der Daten an Facebook kann man sich weder juristisch noch technisch wehren.", NO),
    ],
)
def test_weder_noch_and_keinesfalls_are_impossibilities(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert stances(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WhatsApp gibt die Rufnummer seiner Nutzer an Facebook weiter. Verhindern lässt sich die Übermittlung nicht.", "phone_number"),
        ("WhatsApp überträgt künftig die Telefonnummer an Facebook. Die Übertragung können Nutzer nicht abschalten.", "phone_number"),
        ("WhatsApp teilt Nutzungsdaten und Gerätedaten mit Facebook. Die Weitergabe lässt sich nicht verhindern.", "all_sharing"),
        # "selbst": the transfer as such, not the number named before.
        ("WhatsApp überträgt die Rufnummer an Facebook. Die Weitergabe selbst lässt sich nicht verhindern.", "all_sharing"),
    ],
)
def test_bare_transfer_noun_takes_the_scope_of_the_transfer_before(nlp: Language, text: str, expected: str) -> None:
    assert stances(nlp, text) == [("not_possible", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Die neuen Nutzungsbedingungen von WhatsApp muss man vollständig annehmen. Einzelne Klauseln abzulehnen, ist nicht möglich.",
        "WhatsApp verlangt von allen Nutzern die Zustimmung. Eine Möglichkeit, einzelne Punkte abzulehnen, gibt es nicht.",
        "Kann ich nur einem Teil der WhatsApp-Bedingungen zustimmen? Nein. Eine Auswahl ist nicht vorgesehen.",
        "Beim Update der WhatsApp-Richtlinie gibt es nur ein Ja oder Nein.",
        "Der Dialog zur neuen Datenschutzrichtlinie von WhatsApp kennt nur ein Ja oder ein Nein.",
        "Wer WhatsApp weiter nutzen will, muss zustimmen. Eine andere Wahl gibt es nicht.",
        "Die Verbraucherschützer bemängeln, dass Nutzer keine Möglichkeit hätten, die Datenweitergabe abzulehnen, ohne WhatsApp aufzugeben.",
        "Nutzer haben keine Möglichkeit, der neuen Richtlinie zu widersprechen, ohne ihr WhatsApp-Konto aufzugeben.",
    ],
)
def test_all_or_nothing_consent(nlp: Language, text: str) -> None:
    claims = stances(nlp, text)
    # all_sharing only where the statement names the data sharing itself; else unspecified (CONTRACT.md).
    scope = "all_sharing" if "Datenweitergabe" in text else "unspecified"
    assert claims and set(claims) == {("not_possible", scope)}


@pytest.mark.parametrize(
    "text",
    [
        "In den Einstellungen von WhatsApp lassen sich einzelne Punkte auswählen.",
        "Facebook hatte beim Kauf von WhatsApp keine andere Wahl.",
        "Eine andere Wahl gab es für Facebook nicht, sagte Zuckerberg über den Kauf von WhatsApp.",
        "Die Frage nach einer Teilzustimmung zu den WhatsApp-Regeln stellte sich 2016 nicht.",
        "WhatsApp-Nutzer hatten keine Möglichkeit, ihre Hoffnung aufzugeben.",
        "Die Datenschutzbehörde kann festlegen, dass WhatsApp keine Daten an Facebook übermitteln darf.",
        "Facebook legt fest, welche Werbung Nutzer sehen.",
    ],
)
def test_all_or_nothing_and_choice_negatives(nlp: Language, text: str) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("In der App kannst du festlegen, dass deine WhatsApp-Daten nicht für Werbung auf Facebook verwendet werden.", "ads"),
        (
            "Nutzer können in den Einstellungen festlegen, dass Facebook die Daten nicht nutzt, um Freunde-Vorschläge zu machen.",
            "friend_suggestions",
        ),
        ("Sie können festlegen, dass Facebook die WhatsApp-Informationen nicht nutzt, um Ihnen Anzeigen zu zeigen.", "ads"),
        ("Man kann festlegen, dass die Telefonnummer nicht an Facebook übermittelt wird.", "phone_number"),
    ],
)
def test_choice_by_a_setting_reads_the_chained_object_clauses(nlp: Language, text: str, scope: str) -> None:
    assert stances(nlp, text) == [("possible", scope)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "So funktioniert der Widerspruch bei WhatsApp: In den Einstellungen das Häkchen bei Teilen entfernen. "
            "Dann verwendet Facebook eure WhatsApp-Daten nicht für Werbung.",
            [("possible", "ads")],
        ),
        (
            "So geht der Opt-out bei WhatsApp: Vor dem Zustimmen auf Lesen tippen. "
            "Danach tauchen eure Kontakte bei Facebook nicht mehr in den Freundesvorschlägen auf.",
            [("possible", "friend_suggestions")],
        ),
        # No negated result: the scope stays open.
        (
            "So geht der Opt-out bei WhatsApp: Vor dem Zustimmen auf Lesen tippen. Danach zeigt Facebook euch trotzdem Werbung.",
            [("possible", "unspecified")],
        ),
        ("So geht der Opt-out bei WhatsApp: Vor dem Zustimmen auf Lesen tippen. Dann klappt es.", [("possible", "unspecified")]),
        # Already scoped: no second claim from the result.
        (
            "Nutzer können der Verwendung ihrer Daten für Werbung widersprechen. Dann sehen sie keine personalisierten Anzeigen bei Facebook mehr.",
            [("possible", "ads")],
        ),
        ("Dann zeigt Facebook keine Werbung mehr aus WhatsApp-Daten.", []),
    ],
)
def test_result_sentence_names_the_scope_of_a_how_to(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert stances(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So geht der Opt-out bei WhatsApp: Häkchen entfernen. Wichtig: Übertragen wird trotzdem.", [("possible", "unspecified"), NO]),
        ("Nutzer können der Weitergabe widersprechen. Die Übermittlung an Facebook erfolgt dennoch.", [("possible", "unspecified"), NO]),
        ("Wer der Nutzung für Werbung widerspricht, ist nicht geschützt. Die Daten werden trotzdem übermittelt.", [NO]),
        ("WhatsApp hat neue Regeln. Übertragen wird trotzdem.", []),
        # (the definite transfer to Facebook with no data named: the transfer as a whole, the lead's ruling of session 47)
        ("Nutzer können der Weitergabe an Facebook widersprechen. Übertragen wird trotzdem nichts.", [("possible", "all_sharing")]),
        (
            "Nutzer können der Verwendung für Werbung bei Facebook widersprechen. Die Nachrichten werden trotzdem verschlüsselt übertragen.",
            [("possible", "ads")],
        ),
    ],
)
def test_elliptic_transfer_anyway(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert stances(nlp, text) == expected


def test_public_scope_readers_and_their_old_names(nlp: Language) -> None:
    """The scope readers the learned stages call are public; the private names older commits' stages call stay."""
    opt = nlp.get_pipe("dealwatch_opt_out")
    assert opt.scope_possible("kann der nutzung für werbung widersprechen") == "ads"
    assert opt.scope_possible("kann dem widersprechen", "", "die nummer dient freundesvorschlägen.") == "friend_suggestions"
    assert opt.scope_possible("kann der weitergabe der daten widersprechen", "", "werbung") == "unspecified"
    assert opt.scope_not_possible("die telefonnummer lässt sich nicht zurückhalten") == "phone_number"
    assert opt.scope_not_possible("anhand der handynummer erkennt der dienst spam, abstellen lässt sich das nicht") == "all_sharing"
    assert opt.accept_scope("wer nicht zustimmt, kann whatsapp nicht mehr nutzen") == "unspecified"
    assert opt.accept_scope("wer nicht will, dass seine daten zu facebook gelangen, muss whatsapp löschen") == "all_sharing"
    for name in ("scope_possible", "scope_not_possible", "accept_scope"):
        assert getattr(type(opt), "_" + name) is getattr(type(opt), name)


def test_refusal_in_a_relative_clause_after_the_loss(nlp: Language) -> None:
    """`_refused_in_relative`: the refusal names who loses in a relative clause after the main clause's loss;
    a relative clause before a main clause without loss is no such statement."""
    opt = nlp.get_pipe("dealwatch_opt_out")
    for sent, expected in (("der dienst sperrt alle konten, deren inhaber den regeln nicht zustimmen", True),
                           ("nutzer, die den regeln nicht zustimmen, dürfen weiter chatten", False),
                           ("der dienst sperrt konten. wer nicht zustimmt", False)):
        refuse = opt.c.rx["refuse"].search(sent)
        assert refuse is not None and opt._refused_in_relative(sent, refuse.start()) is expected, sent


def test_word_sets_in_code_are_read_from_the_paired_rows_of_the_token_file() -> None:
    """opt_out.py tests PAIRED tokens against `_TICKS` and `_DEVICES` (`_derive`): each is READ from the PAIRED row of
    models/patterns/opt_out_tokens.jsonl that names it ("words"), so the file is their one list; each such row is one
    LOWER token (what `_paired_words` reads) whose words the token look-up finds as PAIRED cues."""
    import json
    from pathlib import Path

    from models.layer.cues import cue_index
    from spacy.strings import get_string_id

    rows = [json.loads(line) for line in (Path(models.opt_out.__file__).parent / "patterns" / "opt_out_tokens.jsonl")
            .read_text(encoding="utf-8").splitlines() if line.strip()]
    named = {row["words"]: row for row in rows if "words" in row}
    assert set(named) == {"ticks", "devices"}
    index = cue_index("opt_out")
    paired_bit = 1 << index.labels.index("PAIRED")
    for name, in_code in (("ticks", models.opt_out._TICKS), ("devices", models.opt_out._DEVICES)):
        row = named[name]
        assert row["label"] == "PAIRED" and len(row["pattern"]) == 1 and set(row["pattern"][0]) == {"LOWER"}
        words = set(row["pattern"][0]["LOWER"]["IN"])
        assert set(in_code) == words
        assert all(index.lower_bits.get(get_string_id(w), 0) & paired_bit for w in words), name
    with pytest.raises(KeyError):
        models.opt_out._paired_words("no such row")
