"""The data_shared rules' phrasings (models/patterns/data_shared_phrasings.json), compiled once for the three
modules that read them: models/data_shared.py, data_shared_layout.py and data_shared_anaphora.py."""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from models.layer.tagger import FINITE, may_tag, may_tag_any
from models.phrasings import Phrasings
from models.regex_tools import ExistenceTest, gate_words, may_hold

PHRASINGS_FILE = Path(__file__).parent / "patterns" / "data_shared_phrasings.json"
# Word lists and phrase shapes (reported questions, contrast tails, shielding, setting labels, answer lines, ...),
# each with its comment and examples in the data file; the modules bind the entries they read by name.
PHRASES = Phrasings.load(PHRASINGS_FILE)

if TYPE_CHECKING:  # pragma: no cover
    from models.data_shared import Mention

MAX_LABEL_WORDS = 8  # a quoted setting name ("Meine Account-Informationen mit Facebook teilen")
_QUOTE = re.compile(r"[«„\"“‚‹]([^«»„“”\"‹›]{1,200})[»“”\"‘›]")
_SETTING = PHRASES["setting"]
_SETTING_WORDS = gate_words(_SETTING)  # most sentences name no setting: `may_hold` tells so before the search
_SETTING_INFINITIVE = PHRASES["setting_infinitive"]
_SETTING_POSITION = PHRASES["setting_position"]
_SETTING_RELATIVE = PHRASES["setting_relative"]  # "ein Häkchen, das die Weitergabe der Account-Informationen erlaubt"
_FIRST_PERSON_LABEL = PHRASES["first_person_label"]


def introduces_list(text: str) -> bool:
    """The sentence ends in a colon ("Diese Daten gehen an Facebook:"): it introduces what follows (a list, a
    quotation), so it is neither a summary nor an anaphor of what precedes it, and a pronoun in it points forward."""
    return text.rstrip().endswith(":")


_DERIVED_FROM = PHRASES["derived_from"]
_DERIVED_FROM_TEST = ExistenceTest(_DERIVED_FROM.pattern)  # speed: the literals the phrasing needs, from its pattern
_DENIED_PROMISE = PHRASES["denied_promise"]
_DENIED_PROMISE_TEST = ExistenceTest(_DENIED_PROMISE.pattern)
_COLLECTED_WH_OBJECT = PHRASES["collected_wh_object"]
_COLLECTED_WH_OBJECT_TEST = ExistenceTest(_COLLECTED_WH_OBJECT.pattern)
_TITLED_QUOTE = PHRASES["titled_quote"]  # "ein Abschnitt mit dem Titel „Wie wir Standortdaten teilen“": a heading
_TITLED_QUOTE_TEST = ExistenceTest(_TITLED_QUOTE.pattern)
_BRACKET_LABEL = PHRASES["bracket_label"]  # "[Sprachnachricht von Papa, 1:12 – transkribiert]": a meta label's line
_BRACKET_LABEL_END = PHRASES["bracket_label_end"]  # the label is the opening noun phrase: up to a comma, colon, dash, digit
_FINITE_TAGS = frozenset(FINITE)


def _bracket_labels(sent: str) -> list[tuple[int, int]]:
    """The meta labels of the (lowered) sentence's bracket lines (phrasing `bracket_label`): each bracket's opening noun
    phrase, up to its first comma, colon, dash or digit (`bracket_label_end`), when no word after its head may be a
    finite verb ("[Sprachnachricht von Oma Gerda, 0:31 – transkribiert]" -> "sprachnachricht von oma gerda"; not
    "[WhatsApp übermittelt die Telefonnummer an Facebook]", a statement; review53's finding, session 53)."""
    out = []
    for m in _BRACKET_LABEL.finditer(sent):
        lo, hi = m.span(1)
        end = _BRACKET_LABEL_END.search(sent, lo, hi)
        hi = end.start() if end is not None else hi
        words = [w.strip(".!?\"'„“”«»") for w in sent[lo:hi].split()]
        if words and not any(w and may_tag_any(w, _FINITE_TAGS, first=True) for w in words[1:]):
            out.append((lo, hi))
    return out


def unclaimed_spans(sent: str) -> list[tuple[int, int]]:
    """Stretches of a (lowered) sentence whose data mentions state nothing: setting labels (`setting_labels`),
    relative clauses of what can be derived from the data before them ("die IP-Adresse, aus der sich der
    Standort ableiten lässt") and the that-clause of a promise said to be missing ("Eine Zusage, dass keine
    Nummern an Facebook gehen, enthält der Eintrag nicht") and a wh-clause a verb of collecting takes as its
    object ("WhatsApp erhebt, wer mit wem kommuniziert, und teilt ...") and a quoted title ("mit dem Titel „Wie wir
    Standortdaten teilen“") and the label of a line that is one square bracket, its opening noun phrase (`_bracket_labels`: "[Sprachnachricht
    von Papa, 1:12 – transkribiert]", a transcript's header). Read by the sentence rules and by the
    list items of data_shared_layout."""
    derived = [m.span() for m in _DERIVED_FROM.finditer(sent)] if _DERIVED_FROM_TEST(sent) else []
    unpromised = [m.span() for m in _DENIED_PROMISE.finditer(sent)] if _DENIED_PROMISE_TEST(sent) else []
    collected = [m.span() for m in _COLLECTED_WH_OBJECT.finditer(sent)] if _COLLECTED_WH_OBJECT_TEST(sent) else []
    titled = [m.span(1) for m in _TITLED_QUOTE.finditer(sent)] if _TITLED_QUOTE_TEST(sent) else []
    bracketed = _bracket_labels(sent) if "[" in sent else []
    return setting_labels(sent) + derived + unpromised + collected + titled + bracketed


_BARE_MESSAGE_WORD = PHRASES["bare_message_word"]


_REFUTATION = PHRASES["refutation"]
_REFUTATION_OPENING = PHRASES["refutation_opening"]  # "Das stimmt so allerdings nicht: ...", "Beides ist falsch."
_VERDICT_DENIED = PHRASES["verdict_denied"]  # "Das ist nicht falsch.": a denied verdict confirms (session 42, ds42)
# The end of a verdict's own clause: a comma, a semicolon, a dash, or a coordinating conjunction that opens a predicate
# of its own ("Das ist falsch, aber nicht frei erfunden.", review42; "Das ist falsch und keineswegs ein Irrtum.", a
# second predicate whose negation is not the verdict's: session 43, prec43).
_VERDICT_CLAUSE_END = re.compile(r"[,;]|\s[–—-]\s|\s(?:und|aber|sondern|doch|jedoch)\s")


def verdict_of(verdict: re.Pattern[str], sent: str) -> bool:
    """Does the (lowered) sentence open with the verdict `verdict` (phrasing `refutation`, `refutation_opening`) and
    hold no negated word of falsehood in the verdict's own clause (phrasing `verdict_denied`: "Das ist nicht falsch.",
    "Das ist keineswegs erfunden.")? A denied verdict confirms what was reported (review41's false refutation; session
    42, ds42)."""
    clause_end = _VERDICT_CLAUSE_END.search(sent)
    return verdict.match(sent) is not None and _VERDICT_DENIED.search(sent, 0, clause_end.start() if clause_end else len(sent)) is None


def refutes(sent: str) -> bool:
    """Does the (lowered) sentence refute the one before it: a verdict that ends it ("Das ist falsch.", "Das trifft
    nicht zu.", "Stimmt nicht.", "Das ist ein Mythos.": phrasing `refutation`) or one that opens it and goes on
    ("Das stimmt so allerdings nicht: ...": `refutation_opening`), not denied ("Das ist nicht falsch.")? The rules'
    reader of the lead's D62 (a statement the same text refutes gives no item), and the learned stage's guard
    (models/learned/ds_guards.py `refuted`)."""
    return verdict_of(_REFUTATION, sent) or verdict_of(_REFUTATION_OPENING, sent) or _voiced_correction(sent)


_REPORTING = PHRASES["reporting"]
# A sentence's opening frame of saying: a subject of a few words, the verb, a comma or colon ("Die Lehrerin sagt, ...",
# "Ihr Vater erklärt dazu: ..."); what follows is that voice's words
_SAYING_FRAME = re.compile(r"\W*(?:[\w.-]+\s+){1,3}?" + _REPORTING.pattern.removeprefix(r"\W*")
                           + r"(?:\s+(?:dazu|darauf|aber|jedoch|dagegen))?\s*[,:]\s*")


def _voiced_correction(sent: str) -> bool:
    """Does the (lowered) sentence tell another voice's verdict by a verb of saying, the verdict going on after its
    colon with the contrary fact ("Die Lehrerin sagt, das stimmt so nicht: Die Fotos bleiben auf dem Handy.")? The
    lead's D66 (b): a correction by another voice refutes; a voiced verdict with no fact after it ("Die Lehrerin
    sagt, das stimmt nicht.") is a dispute between voices and refutes nothing (session 50, ds50; own92-059)."""
    frame = _SAYING_FRAME.match(sent)
    if frame is None:
        return False
    rest = sent[frame.end():]
    verdict = _REFUTATION_OPENING.match(rest)
    return (
        verdict is not None and verdict.group().rstrip().endswith(":") and verdict_of(_REFUTATION_OPENING, rest)
        and bool(rest[verdict.end():].strip(" .!"))
    )


_EDITORS_NOTE = PHRASES["editors_note"]  # "Anmerkung der Redaktion:", "Anm. d. Red.:" opening a block
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


def refuted_by_note(low: str, start: int) -> bool:
    """Does the block after the one holding offset `start` of the (lowered) document open with an editors' note whose
    first sentence is a verdict that refutes (phrasing `editors_note`, then `refutes`: "Jetzt liest Facebook unsere
    Chats mit." ... "Alfred M., Cottbus" - a blank line - "Anmerkung der Redaktion: Das trifft nicht zu.")? The layout
    of a page of readers' letters or comments, where the editors answer the block before their note, whoever wrote it
    (the lead's D62: a statement the same text refutes gives no item; issue 7, session 47, ds47). Read by the rules
    (models/data_shared.py) and the learned stage's guard (models/learned/ds_guards.py `refuted_by_note`)."""
    brk = low.find("\n\n", start)
    if brk < 0:
        return False
    label = _EDITORS_NOTE.match(low, brk)
    if label is None:
        return False
    stop = _SENTENCE_STOP.search(low, label.end())
    return refutes(low[label.end(): stop.end() if stop else len(low)].strip())


def bare_message_word(low: str, start: int) -> bool:
    """Is the message mention starting at `start` of the lowered sentence `low` the bare abstract noun ("die
    Kommunikation"), which names no data type? One reading for the rules (models/data_shared.py) and the learned
    stage (models/learned/stage.py)."""
    return _BARE_MESSAGE_WORD.match(low, start) is not None


def setting_labels(sent: str) -> list[tuple[int, int]]:
    """Labels of a setting in a (lowered) sentence that speaks of a tick box, switch or option: quoted ones
    (their words up to a first comma: a label can go on with its purpose, "..., um ... zu verbessern"),
    a zu-infinitive right after the setting's noun, the words after "bei"/"neben" a tick box or switch
    ("den Schieberegler bei der Weitergabe der Account-Informationen deaktivieren"), and what a relative clause after
    its noun says it allows ("ein Häkchen, das die Weitergabe der Account-Informationen erlaubt"). Read by the sentence rules
    and by the list items of data_shared_layout (a step of a guide: "entfernen Sie das Häkchen bei „Meine Account-Info teilen“")."""
    if not may_hold(_SETTING_WORDS, sent) or _SETTING.search(sent) is None:
        # without a setting word, only a quoted first-person infinitive ("„Meine Account-Info teilen“") is a label
        return [m.span(1) for m in _QUOTE.finditer(sent) if _FIRST_PERSON_LABEL.match(m.group(1).split(",")[0])]
    quoted = [m.span(1) for m in _QUOTE.finditer(sent) if len(m.group(1).split(",")[0].split()) <= MAX_LABEL_WORDS]
    unquoted = [
        m.span(1) for pattern in (_SETTING_INFINITIVE, _SETTING_POSITION, _SETTING_RELATIVE) for m in pattern.finditer(sent)
    ]
    return quoted + unquoted


_ITEM_RELATIVE_CLAUSE = PHRASES["item_relative_clause"]  # "die Telefonnummer, die mit dem Konto verknüpft ist, ..."
_ITEM_EXAMPLES = PHRASES["item_examples"]  # "Angaben zum Gerät, etwa Modell und Betriebssystem"


def _item_relative(text: str, pos: int = 0) -> re.Match[str] | None:
    """The relative clause describing the item that ends at `pos` (`item_relative_clause`: ", die mit dem Konto
    verknüpft ist"), when it ends in a word the layer's tagger may read as a finite verb (", die Uhrzeit," is an
    item of its own)."""
    found = _ITEM_RELATIVE_CLAUSE.match(text, pos)
    if found is None or not any(may_tag(found.group(1), tag, first=True) for tag in FINITE):
        return None
    return found


def blank_item_relatives(text: str, mentions: "list[Mention]") -> str:
    """`text` with the relative clause after each of its data mentions blanked (same length): "die Telefonnummer,
    die mit dem Konto verknüpft ist, ..." -- the clause's verb describes the item and is no cue of the sentence."""
    for m in mentions:
        found = _item_relative(text, m.end)
        if found is not None:
            text = text[: found.start()] + " " * (found.end() - found.start()) + text[found.end():]
    return text


def without_item_relatives(text: str) -> str:
    """`text` (the stretch after a listed item) without the relative clause that describes the item, or "," for the
    stretch up to the last of its examples (", etwa Modell und ")."""
    if _ITEM_EXAMPLES.fullmatch(text) is not None:
        return ","
    found = _item_relative(text)
    return text if found is None else "," + text[found.end():]
