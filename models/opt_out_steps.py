"""Opt-out statements in two document shapes: step lists and short answers (issue 7, session 41, steps41).

The sentence readers of models/opt_out.py read a statement from its own words: a modal ("kann widersprechen"), an
objection noun, a switch-off verb with its object. Two shapes of real pages tell the statement through the shape of
the document instead, and these readers read them; `OptOutComponent._read` calls them with the statements found so
far (`found`) and adds what they return. Phrasings: models/patterns/opt_out_steps.json.

* **A step list** (`step_statements`): numbered or imperative lines ("1. Öffne WhatsApp ...", "Tippen Sie auf ...",
  "Haken entfernen."), or a menu path ("Einstellungen > Account > „Meine Account-Info teilen“", "→"), that switch off
  the 2016 sharing setting. The list is ONE statement, read by what its RESULT line says: the first statement after
  the last step (or the tail of the last step after "dann", "so", "damit", "=") that negates a use or the transfer,
  told in the indicative with or without a modal ("Danach werden deine Daten nicht mehr für Werbung genutzt", "Facebook
  zeigt dir dann keine Werbung mehr", "So taucht deine Nummer nicht mehr in den Vorschlägen auf"): possible with the
  scope that result names (ads, friend suggestions, the number, the transfer as a whole). Possibilities of the list,
  its lead-in line or its heading that name no use take that scope (one statement). Without a result line the list
  is read by what the setting is (its label: one naming the ads use -> ads; one naming Facebook or the sharing ->
  all_sharing, as the text says it: the convention "An objection to the passing on as a whole"), and only where no
  other statement of the text already tells the option with a scope (the list restates that option). Not: steps in
  another app (Instagram, Facebook's own ad settings), steps that switch off something else (read receipts, "zuletzt
  online", backups: no sharing label and no result naming a use or the transfer), a result that says the step does
  not reach the transfer or that data pass on anyway (the component's own readers).
* **A short answer** (`short_answers`): a verbless or subjectless reply after a yes/no question about objecting
  (a question heading, an interviewer's turn, a forum post): "Leider nicht.", "Im Prinzip nicht.", "Für Werbezwecke
  ja, für die Weitergabe selbst nicht.", "Die Nummer nicht, die Werbung schon." Each polar piece is one statement:
  stance by its polarity, scope by what its phrase names (a use, the number, the transfer), else by the question's
  claim (as `OptOutComponent._answer` reads a bare "Ja"/"Nein"). Every word of a piece before its polarity is a noun
  (capitalised as written), a number or a function word (`_ANSWER_WORDS`), so "Die Nummer gibt WhatsApp nicht
  weiter" is no such answer. Questions that ask something else ("Kann ich meine Lesebestätigungen abschalten?") or ask
  with a wh-word ("Wie kann ich widersprechen?") are not read.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, NamedTuple

from spacy.tokens import Doc

from models.context import doc_text, finditer as cue_finditer, refers_to_target
from models.layer.families import WordFamilies
from models.layer.leads import body_start, body_starts
from models.layer.structure import block_at
from models.negation import has_conditional_clause, has_negation, is_conditional, is_question
from models.phrasings import Phrasings
from models.price_refuted import claim_label_at
from models.questions import WH_WORDS
from models.regex_tools import gate_words, literal_automaton, literal_found, trim_span

PHRASINGS_FILE = Path(__file__).parent / "patterns" / "opt_out_steps.json"
PHRASES = Phrasings.load(PHRASINGS_FILE)

# The words every match of the searched step phrasings holds, and their automata (`_may_hold`).
_GATES = {
    name: (words, None if words is None else literal_automaton(words))
    for name in ("menu_path", "infinitive_step") for words in [gate_words(PHRASES[name])]
}


def _step_words() -> tuple[str, ...]:
    """The words one of which every match of each step shape holds (the imperative, the menu path, the infinitive
    step: `regex_tools.gate_words`); ValueError where a shape has none known (a sentence without them could be a step)."""
    words: set[str] = set()
    for name in ("imperative_step", "menu_path", "infinitive_step"):
        found = gate_words(PHRASES[name])
        if not found:
            raise ValueError(f"step phrasing {name}: no words every match holds")
        words.update(found)
    return tuple(sorted(words))


# The sentences that may be a step: those holding a word of one of the step shapes (family "step"), found in one pass
# per reading (models/layer/families.py; issue 10, session 44, speed44): `_step_groups` asks `_is_step` of those
# alone, the only ones for which it can answer True (tests/test_models_families.py). The opt-out component passes its
# own families, which hold "step" beside its readers' words (one pass for all of them: opt_out.py `_reader_families`, held by `Cues`).
STEP_WORDS = _step_words()
_STEP_FAMILY = WordFamilies({"step": STEP_WORDS})
# How far a step list reaches: a non-step line between two steps (a description: "Ganz unten finden Sie ein
# Kästchen ...") keeps the list whole; the result stands in one of the two sentences after its last step.
_STEP_GAP = 2
_RESULT_REACH = 2
# The lines before a list that may tell what its setting is for ("Bestehende Nutzer können der Werbenutzung
# widersprechen. So geht's:"), besides its heading.
_SECTION_BEFORE = 3
_WORD = re.compile(r"[\wäöüÄÖÜß-]+")
# What a span is trimmed of besides whitespace: opt_out.py's punctuation and the menu arrows "=>" (regex_tools.trim_span).
_TRIM = ",;:.–—-\"'“”„«»=>"
# The words a short answer's piece may hold before its polarity besides nouns (capitalised as written) and numbers:
# articles, prepositions, pronouns of the data's owner, hedges of time and degree, the transfer's "an sich"/"selbst".
_ANSWER_WORDS = frozenset(
    """der die das den dem des ein eine einen einem einer für gegen bei von vom zur zum an auf in im mit über unter
    nur auch aber leider vorerst prinzip eigentlich grundsätzlich derzeit aktuell momentan inzwischen mittlerweile
    zurzeit noch bisher so gut wie praktisch faktisch wohl eher selbst sich als solche solcher solches seit ab bis
    nach mein meine meiner meinen deine deiner deinen ihre ihrer ihren eure eurer euren und oder teilweise zumindest
    jedenfalls wenigstens zwar diesmal damals jetzt heute also ganz hier dort dafür dagegen""".split()
)


class Statement(NamedTuple):
    """A statement these readers found: the fields of `opt_out._Candidate` (si, stance, scope, start, end)."""

    si: int
    stance: str
    scope: str
    start: int
    end: int


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) shrunk past surrounding whitespace and punctuation, the menu arrows too (`_TRIM`;
    regex_tools.trim_span)."""
    return trim_span(text, start, end, _TRIM)


# ------------------------------------------------------------------ step lists
def _no_list_line(body: int) -> bool:
    """The list test of a sentence read as no line of a list whatever its layout (a result line after a step list: an
    infinitive there ends the search for the result, it is not asked as a list's step)."""
    return False


def _is_step(
    text: str, bounds: list[tuple[int, int]], si: int, in_list: Callable[[int], bool], body: int | None = None,
    in_document: tuple[bool, bool] = (True, True),
) -> bool:
    """Is sentence `si` a step: an imperative of handling the app at its body start, a menu path, or (a line of a
    list) an infinitive or verbless step at its end? A question or a condition is none. `in_list`: a function of the
    sentence's body start that tells whether it is a line of a list (`_list_line`, `_no_list_line`), asked only for an
    infinitive step; `body`: its body start, where the caller has it.

    Speed (speed42): the three step shapes are asked first, and whether the sentence is a line of a list only for an
    infinitive step, the question and the condition only for a sentence of a step's shape (most sentences are none:
    `_step_groups` asks every sentence of the document); the same answer as asking them in any order. `in_document`:
    whether the menu path's and the infinitive step's gate words occur anywhere in `text` (`_shapes_in_document`);
    where one does not, no sentence of the text can hold them, and the sentence's own scan is skipped (speed43)."""
    s0, s1 = bounds[si]
    if body is None:
        body = body_start(text, s0, s1)
    own = text[body:s1].strip()
    menu, infinitive = in_document
    if not (PHRASES["imperative_step"].match(own) or (
        menu and _may_hold("menu_path", text, body, s1) and PHRASES["menu_path"].search(own)
    )):
        if not (infinitive and _may_hold("infinitive_step", text, body, s1)) or PHRASES["infinitive_step"].search(own) is None:
            return False
        if not in_list(body):
            return False
    sent = text[s0:s1].strip()
    if not sent or is_question(sent):
        return False
    return not is_conditional(own)


def _step_groups(
    doc: Doc, text: str, bounds: list[tuple[int, int]], families: WordFamilies = _STEP_FAMILY,
) -> list[tuple[int, int]]:
    """The step lists of the document as (first, last) sentence indices: runs of steps with at most one other
    sentence between two of them. (Speed, speed42: each sentence's body start read once; its block only where an
    infinitive step asks whether it is a line of a list. Speed43: the body starts are the document's one reading,
    `body_starts`, shared with the opt-out component's sentence readers; the gate words of the menu path and the
    infinitive step are looked for once in the whole text, and a sentence's own scan only where they occur.)"""
    steps = []
    bodies = body_starts(text, bounds)
    in_document = _shapes_in_document(text)
    for si in families.sentences(text, bounds)["step"]:  # (the shared reading: a step shape's words)
        s0 = bounds[si][0]
        if _is_step(text, bounds, si, lambda at, s0=s0: _list_line(doc, at, s0), bodies[si], in_document):
            steps.append(si)
    groups: list[tuple[int, int]] = []
    for si in steps:
        if groups and si - groups[-1][1] <= _STEP_GAP:
            groups[-1] = (groups[-1][0], si)
        else:
            groups.append((si, si))
    return groups


def _may_hold(name: str, text: str, start: int, end: int) -> bool:
    """False only where the step phrasing `name` cannot match in text[start:end]: none of the words every match of it
    holds (`regex_tools.gate_words`) occurs there (one scan in C; speed42: the menu path's and the infinitive step's
    searches tried every position of every sentence of the document)."""
    words, automaton = _GATES[name]
    return words is None or literal_found(words, automaton, text, start, end)


def _shapes_in_document(text: str) -> tuple[bool, bool]:
    """Whether the menu path's and the infinitive step's gate words occur anywhere in `text`: one scan each per
    document. A word found in a sentence is found in the whole text, so where the whole text holds none, `_may_hold`
    is False for every sentence of it (the same answers; speed43)."""
    return _may_hold("menu_path", text, 0, len(text)), _may_hold("infinitive_step", text, 0, len(text))


def _list_line(doc: Doc, body: int, start: int) -> bool:
    """Is the sentence that starts at `start` (its body at `body`) a line of a list: in a list item's block, or after a
    layout lead (a number, a bullet)?"""
    block = block_at(doc, body)
    return block is not None and block.kind == "list_item" or body > start


def _result_scope(comp: Any, sent: str) -> str | None:
    """The scope a step's result line names where it negates a use or the transfer ("Danach werden deine Daten nicht
    mehr für Werbung genutzt": ads; "Deine Daten gehen dann nicht mehr an Facebook": all_sharing), None where it is no
    such result: no negation, a question, or a result that the step does not reach the transfer or that data pass on
    anyway (`result_denied`)."""
    c = comp.c
    if is_question(sent) or not c.has("result_negation", sent) or PHRASES["result_denied"].search(sent):
        return None
    if PHRASES["negated_main_clause"].search(sent):
        return None  # "Eine Garantie, dass Facebook die Daten nicht für Werbung nutzt, ist das nicht": denied
    if c.has("control", sent) or c.has("impossible", sent):
        return None  # "Die Weitergabe lässt sich damit nicht verhindern": an impossibility, the component's reading
    uses = comp._uses_named(sent)
    if uses:
        return uses[0]  # ads before friend suggestions: both named is ads (the convention)
    if not c.has("facebook", sent) or not (
        c.has("transfer", sent) or c.has("transfer_object", sent) or PHRASES["result_transfer"].search(sent)
    ):
        return None
    if c.has("scope_phone_number", sent) and not c.has("data", sent):
        return "phone_number"
    return "all_sharing"


def _setting_scope(
    comp: Any, text: str, bounds: list[tuple[int, int]], first: int, last: int, heading: int | None
) -> str | None:
    """The scope of a step list told without a result: what the setting is. The use its section names (the list, its
    heading and the lines around it: "Bestehende Nutzer können ... der Werbenutzung widersprechen. So geht's: ...")
    or its label names ("..., um meine Facebook-Werbe- und Produkterfahrungen zu verbessern") -> that use (the
    convention "An objection to the passing on as a whole": where the text names the option's use, that use); a text
    that names no use anywhere -> all_sharing, the sharing the label switches off, as the text says it; None where the
    text names a use only outside the section (what the setting is stays open there)."""
    lo = bounds[max(0, min(first - _SECTION_BEFORE, first if heading is None else heading))][0]
    hi = bounds[min(len(bounds) - 1, last + _RESULT_REACH)][1]
    use = comp._use_named(text[lo:hi])
    if use is not None:
        return use
    return "all_sharing" if comp._use_named(text) is None else None


def step_statements(
    comp: Any, doc: Doc, text: str, bounds: list[tuple[int, int]], found: list[Any], context: list[bool]
) -> list[Statement]:
    """The statements of the document's step lists that switch off the 2016 sharing setting (module docstring).
    `comp`: the opt-out component (its cues and scope readers); `found`: the statements read so far, whose unscoped
    possibilities in the list, its lead-in or heading take the result's scope (changed in place)."""
    out: list[Statement] = []
    for first, last in _step_groups(doc, text, bounds, comp.reader_families):
        lo, hi = bounds[first][0], bounds[last][1]
        steps = text[lo:hi]
        if PHRASES["other_app"].search(steps):
            continue  # another app's own settings
        switched = PHRASES["switch_off"].search(steps) or comp.c.has("control", steps)
        if not switched or comp.c.has("impossible", steps) or PHRASES["sought_in_vain"].search(steps):
            continue  # "Wer ... ausschalten will, sucht vergeblich: Den Schalter gibt es nicht mehr": the switch denied
        labelled = PHRASES["sharing_setting"].search(steps) is not None
        # The result: the tail of the last step after its result adverb, else the next statements.
        result = None
        tail = PHRASES["result_opener"].search(text, bounds[last][0], bounds[last][1])
        if tail is not None and (scope := _result_scope(comp, text[tail.end():bounds[last][1]])) is not None:
            result = (last, *_trim(text, tail.end(), bounds[last][1]), scope)
        for sj in range(last + 1, min(len(bounds), last + 1 + _RESULT_REACH)):
            if result is not None:
                break
            s0, s1 = bounds[sj]
            sent = text[s0:s1]
            if is_question(sent):
                break
            if (scope := _result_scope(comp, sent)) is not None:
                result = (sj, *_trim(text, s0, s1), scope)
            elif _is_step(text, bounds, sj, _no_list_line):
                break
        if result is None and not labelled:
            continue  # no sharing setting named and no result naming a use or the transfer: another switch
        if result is None and any(
            PHRASES["result_denied"].search(text, *bounds[sj]) for sj in range(last + 1, min(len(bounds), last + 1 + _RESULT_REACH))
        ):
            continue  # "Das ändert aber nichts daran, dass Facebook deine Daten bekommt": what the list does not reach
        if result is not None and not (labelled or comp.c.has("data", text[result[1]:result[2]])
                                       or "whatsapp" in steps or comp.c.has("scope_phone_number", text[result[1]:result[2]])):
            continue  # a result about no data of the user's and steps in no named app
        si = result[0] if result is not None else last
        if not (context[si] or any(context[first:last + 1])):
            continue
        own = [f for f in found if first <= f.si <= (result[0] if result else last)]
        if any(f.stance == "possible" and f.scope != "unspecified" for f in own):
            continue  # the list's own sentences already tell the option with its scope
        if any(f.si == si for f in found) and result is not None:
            continue  # the result line is read by the component already
        heading = _heading_of(doc, text, bounds, first)
        near = set(range(first, last + 1)) | {first - 1} | ({heading} if heading is not None else set())
        unscoped = [f for f in found if f.si in near and f.stance == "possible" and f.scope == "unspecified"]
        if result is not None:
            sj, start, end, scope = result
            for f in unscoped:
                f.scope = scope  # one statement: the list, its lead-in and heading, scoped by its result
            if end > start:
                out.append(Statement(sj, "possible", scope, start, end))
            continue
        # No result line: what the setting is, unless the text tells the option with a scope elsewhere.
        if any(f.stance == "possible" and f.scope != "unspecified" for f in found):
            continue
        scope = _setting_scope(comp, text, bounds, first, last, heading)
        if scope is None:
            continue
        if unscoped:
            if comp._use_named(text) is None:  # nothing else in the text could scope them: the setting does
                for f in unscoped:
                    f.scope = scope
            continue
        step = next((s for s in range(last, first - 1, -1)
                     if PHRASES["switch_off"].search(text, *bounds[s]) or comp.c.has("control", text[bounds[s][0]:bounds[s][1]])), last)
        start, end = _trim(text, body_start(text, *bounds[step]), bounds[step][1])
        if end > start:
            out.append(Statement(step, "possible", scope, start, end))
    return out


def _heading_of(doc: Doc, text: str, bounds: list[tuple[int, int]], first: int) -> int | None:
    """The sentence index of the heading (or question) introducing the block of sentence `first`, if any."""
    block = block_at(doc, body_start(text, *bounds[first]))
    if block is None or block.intro is None:
        return None
    start = doc._.blocks[block.intro].start
    return next((si for si, (s0, s1) in enumerate(bounds) if s0 <= start < s1), None)


# ------------------------------------------------------------------ short answers
def _question_before(doc: Doc, text: str, bounds: list[tuple[int, int]], si: int) -> int | None:
    """The question answer `si` replies to: the sentence before it, else the question block introducing its block."""
    if si > 0 and is_question(text[bounds[si - 1][0]:bounds[si - 1][1]]):
        return si - 1
    block = block_at(doc, body_start(text, *bounds[si]))
    if block is None or block.kind != "answer" or block.intro is None or text[block.start:bounds[si][0]].strip():
        return None
    start = doc._.blocks[block.intro].start
    qi = next((sj for sj, (s0, s1) in enumerate(bounds) if s0 <= start < s1), None)
    return qi if qi is not None and is_question(text[bounds[qi][0]:bounds[qi][1]]) else None


def _asks_opt_out(comp: Any, question: str) -> bool:
    """Is `question` a yes/no question whether users can object to or stop the sharing ("Kann ich der Weitergabe
    widersprechen?", "Lässt sich die Datenweitergabe an Facebook stoppen?", "Gibt es eine Möglichkeit, ... abzulehnen?")?
    Not a wh-question, and its switch-off verb has an object of the deal (data, the transfer, a use, the number)."""
    c = comp.c
    body = question[body_start(question, 0, len(question)):]
    first = _WORD.search(body)
    if first is None or first.group().lower() in WH_WORDS or not PHRASES["asks_possibility"].search(body):
        return False
    if has_negation(body):
        return False  # "Und widersprechen geht nicht mehr?": its "Nein" agrees
    if has_conditional_clause(body):
        return False  # "..., wenn die App veraltet ist?": the answer holds for that case only
    if _names_another_company(body) and not refers_to_target(body):
        return False  # "Kann ich bei Instagram der Werbung widersprechen?": another service's option
    if c.has("objection", body):
        return True
    return c.has("control", body) and any(
        c.has(cue, body) for cue in ("data", "transfer_object", "transfer", "scope_phone_number", "scope_ads",
                                     "scope_friend_suggestions", "facebook"))


def _names_another_company(low: str) -> bool:
    """Does `low` (lower-cased) name a company other than the deal's parties (deal.json `other_targets`, `other_buyers`:
    "Instagram", "Google-Werbung")?"""
    return any(True for name in ("other_targets", "other_buyers") for _ in cue_finditer(name, low))


def _place_of_another_service(comp: Any, question: str) -> bool:
    """Does the question (as written) name the place of its option by a proper noun that is not the deal's ("Kann ich
    bei Signal der Weitergabe meiner Daten widersprechen?")?"""
    for found in PHRASES["place_named"].finditer(question):
        name = found.group("name")
        if name[0].isupper() and not (comp.c.has("facebook", name.lower()) or refers_to_target(name.lower())):
            return True
    return False


def _verbless(original: str) -> bool:
    """Is every word of a piece's phrase a noun (capitalised as written), a number or a function word
    (`_ANSWER_WORDS`), an attributive adjective before a noun allowed ("für personalisierte Werbung")?"""
    words = _WORD.findall(original)
    for i, word in enumerate(words):
        low = word.lower()
        if low in _ANSWER_WORDS or word.isdigit():
            continue
        if word[0].isupper() and not (i == 0 and low.endswith("t")):
            continue  # a noun; the first word capitalised as the sentence's is no verb ("Geht nicht")
        if low.endswith(("e", "en", "er", "es", "em")) and i + 1 < len(words) and words[i + 1][0].isupper():
            continue
        return False
    return True


def _pieces(lowered: str, original: str, start: int, end: int) -> list[tuple[str, bool, int, int]]:
    """The polar pieces of the short answer `lowered[start:end]`: (phrase, yes?, start, end) each; [] where one piece
    is no polar piece without a verb. A piece that says "partly" is skipped."""
    out = []
    cuts = list(PHRASES["answer_split"].finditer(lowered, start, end))
    edges = list(zip([start, *(m.end() for m in cuts)], [*(m.start() for m in cuts), end]))
    for lo, hi in edges:
        if not lowered[lo:hi].strip():
            continue
        piece = PHRASES["answer_piece"].fullmatch(lowered, lo, hi)
        if piece is None:
            return []
        phrase_lo, phrase_hi = piece.span("phrase")
        if not _verbless(original[phrase_lo:phrase_hi]):
            return []
        if piece.group("part") is None:  # "für Bestandskunden teilweise": a piece, but no statement of its own
            out.append((lowered[phrase_lo:phrase_hi], piece.group("yes") is not None, lo, hi))
    return out


def _without_concession(comp: Any, pieces: list[tuple[str, bool, int, int]]) -> list[tuple[str, bool, int, int]]:
    """The pieces that state something: where pieces that name no scope of their own give both polarities
    ("Theoretisch ja, praktisch nicht", "Im Prinzip schon, aber nicht wirklich"), the earlier ones concede and only the
    last states."""
    bare = [p for p in pieces if not (comp._has_scope(p[0]) or comp.c.has("transfer_object", p[0]) or comp.c.has("data", p[0]))]
    if len({p[1] for p in bare}) < 2:
        return pieces
    return [p for p in pieces if p not in bare or p is bare[-1]]


def _opt_out_questions(comp: Any, text: str, original: str, bounds: list[tuple[int, int]]) -> set[int]:
    """The sentences of the document that ask whether users can object to the sharing (`_asks_opt_out`), not at
    another service (`_place_of_another_service`). Speed (speed42): read once per question, where `short_answers`
    asked `_question_before` and these tests for every short sentence in context; the question a short answer
    replies to is always one of the document's questions (`_question_before`), and a text without "?" asks none."""
    if "?" not in text:
        return set()
    return {
        qi for qi, (q0, q1) in enumerate(bounds)
        if is_question(text[q0:q1]) and _asks_opt_out(comp, text[q0:q1]) and not _place_of_another_service(comp, original[q0:q1])
    }


def short_answers(
    comp: Any, doc: Doc, text: str, bounds: list[tuple[int, int]], found: list[Any], context: list[bool]
) -> list[Statement]:
    """The statements of short answers without a verb after a question about objecting (module docstring): one per
    polar piece, unless the component already read the same stance in that sentence."""
    original = doc_text(doc)
    asking = _opt_out_questions(comp, text, original, bounds)
    if not asking:
        return []
    out: list[Statement] = []
    for si, (s0, s1) in enumerate(bounds):
        if si == 0 or not context[si] or s1 - s0 > 160:
            continue
        qi = _question_before(doc, text, bounds, si)
        if qi not in asking:
            continue
        question = text[bounds[qi][0]:bounds[qi][1]]
        body = body_start(text, s0, s1)
        if claim_label_at(text, s0) or PHRASES["hearsay_label"].search(text, s0, body):
            continue  # "Mythos: Für Werbezwecke nicht.", "Viele glauben: nicht mehr.": a claim put to the test, not an answer
        pieces = _pieces(text, original, body, len(text[:s1].rstrip()))
        if not pieces or any(PHRASES["anaphoric_phrase"].search(phrase) for phrase, *_ in pieces):
            continue  # "Für diese Zwecke nicht": what the phrase refers back to is the component's reading
        if any(_names_another_company(phrase) for phrase, *_ in pieces):
            continue  # "Für Google-Werbung ja, für Facebook nicht": another company's use
        if comp._answer_polarity(text[s0:s1]) is not None and not any(phrase.strip() for phrase, *_ in pieces):
            continue  # a bare "Nein."/"Leider nicht.": the component's `_answer` reads it (with the option told next)
        pieces = _without_concession(comp, pieces)
        said = {f.stance for f in found if f.si == si}
        after = text[bounds[si + 1][0]:bounds[si + 1][1]] if si + 1 < len(bounds) else ""
        for phrase, yes, lo, hi in pieces:
            stance = "possible" if yes else "not_possible"
            if stance in said:
                continue
            named = comp._has_scope(phrase) or comp.c.has("transfer_object", phrase) or comp.c.has("data", phrase)
            if not named and comp._has_scope(after):
                continue  # "Nee. Ein Opt-out für die Werbung gibt es diesmal nicht.": the option told next scopes it
            if yes:
                scope = comp.scope_possible(phrase if named else question)
            else:
                scope = comp.scope_not_possible(phrase) if named else comp._terms_scope(
                    question, "", comp.scope_not_possible(question))
            start, end = _trim(text, lo, hi)
            if end > start:
                out.append(Statement(si, stance, scope, start, end))
    return out
