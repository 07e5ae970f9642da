"""data_shared claims that only the document's layout makes: lists under headings, Q&A blocks.

Read with the document structure of the linguistic layer (models/layer/structure.py):

* A list item under an introduction that speaks of passing data to Facebook
  ("Was erfährt Facebook künftig?", "Übermittelt werden nach Angaben des
  Unternehmens:" under "Welche Daten werden übermittelt?") names shared data;
  a negated or protecting introduction ("Welche Daten werden nicht
  übermittelt?", "Was bleibt privat?") names data that is not shared, and a
  negation in the item itself ("keine Chats") turns it to not shared.
* A question that names data without saying what happens to it ("Und die
  Nachrichten an Freunde?") takes its polarity from the first sentences of
  its answer ("Die bleiben verschlüsselt." -> not shared; "Die bekommt Facebook
  nicht." -> not shared): one statement spread over two sentences.
* An answer sentence with data but no transfer cue of its own takes the
  polarity of its question ("Was gibt WhatsApp an Meta weiter?" -> "Vieles:
  die Telefonnummer, ..." -> shared); an answer opening with "Nein" reverses it.

* A fact box written as text ("Rufnummer: ja", "Nachrichteninhalte – nein")
  under a line about the transfer to Facebook: each row's yes or no is its
  polarity.

Facebook must be named (or referred to: "das Netzwerk") in the introduction
or question, or in the document's first two blocks (its title and teaser).
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from models.claims import claims_of
from models.data_shared_anaphora import anaphora_claims
from models.data_shared_phrases import PHRASES, blank_item_relatives, unclaimed_spans
from models.doc_extensions import doc_value
from models.layout_marks import QUESTION_LABELS, item_label, key_pairs, may_hold_box
from models.layer.structure import Block
from models.layer.tagger import FINITE, tags_any
from models.negation import has_negation, split_clauses
from models.text_table import cell_at, cell_spans, may_hold_cells

if TYPE_CHECKING:  # pragma: no cover
    from models.data_shared import DataSharedComponent, DocState, Mention

# The phrasings these rules read (models/patterns/data_shared_phrasings.json, with comments and examples).
_ANSWER_NO = PHRASES["answer_no"]
_MATCHED_WITH_OWN_SERVERS = PHRASES["matched_with_own_servers"]  # "gleicht ... mit seinen eigenen Servern ab"
_TURN = PHRASES["turn"]
_TURN_IN_MIDFIELD = PHRASES["turn_in_midfield"]  # "Du kannst jedoch entscheiden, ...": turns away as "Aber ..." does
_VERDICT_LINE = PHRASES["verdict_line"]
_UNKNOWN_ROW = PHRASES["unknown_row"]  # "Adressbuch | unklar": a row that answers nothing
_DATA_WORD = PHRASES["data_word"]
_RELATIVE_CLAUSE = PHRASES["relative_clause"]
_WHICH_DATA_QUESTION = PHRASES["which_data_question"]
_NO_BUT_ONLY = PHRASES["only"]
_PURCHASE_RETURN = PHRASES["purchase_return"]
_EXAMPLE_WHETHER = PHRASES["example_whether"]
_HEDGED_PROTECTION = PHRASES["hedged_protection"]
_REASON_QUESTION = PHRASES["why_clause"]  # "Wozu braucht Facebook meine Nummer?": presupposes, asks no polarity
_NEGATED_MEMBERSHIP = PHRASES["negated_membership"]  # "Nicht dazu gehören:": the opposite of the list before
_ELLIPTIC_MORE = PHRASES["elliptic_more"]  # "Und was noch?": the question before, continued
_TWO_SIDED = PHRASES["two_sided_question"]  # "Was geht an Facebook - und was nicht?": no side for its items
_ITEM_LABEL = PHRASES["item_label"]  # "Geht weiter:", "Bekommt Meta nicht:": an item's own side
_OUTLINE_ITEM = PHRASES["outline_item"]  # "2.1 Telefonnummer ...": an item of the section line "2. ..."
_CHOICE_LABEL = PHRASES["choice_label"]  # "b) die Handynummer": an option of a multiple-choice question
_CHOICE_KEY = PHRASES["choice_key"]  # "Lösung: b).": the key that names the right options
_EXERCISE_INTRO = PHRASES["exercise_intro"]  # "Welche Daten ...?", "Aufgabe 3", "Bringen Sie ...": options follow
_LAST_SENTENCE = re.compile(r"(?:.*[.!?]\s+)?(.*)", re.DOTALL)  # an intro's last sentence (greedy up to its last break)
_OPTION_BOX = PHRASES["option_box"]  # "☐ Profilbild", "[x] die Telefonnummer": a checklist's or quiz's box
_ROW_VERDICT_CELL = PHRASES["row_verdict_cell"]  # "geteilt: nein", "Weitergabe: ja", "ja": a cell that answers
_FACEBOOK_AS_RECIPIENT = PHRASES["facebook_as_recipient"]  # a verbless header "an Facebook": the yes or no answers "passed on to"

ANSWER_SENTENCES = 2  # sentences of an answer read for a question that names data


def layout_claims(component: "DataSharedComponent", doc: Doc, state: "DocState") -> None:
    """Add the claims of list items and Q&A blocks that the sentence rules did not find."""
    blocks: list[Block] = doc_value(doc, "blocks") or []
    if not blocks:
        return
    title_names_facebook = any(state.names_facebook(b.start, b.end, resolved=True) for b in blocks[:2])
    anaphora_claims(component, doc, state, title_names_facebook)
    taken = [(c.start, c.end) for c in claims_of(doc) if c.type == "data_shared"]
    for block in blocks:
        if not state.may_hold_terms_between(block.start, block.end):
            continue  # every claim below names data of this block: none without a data term
        if (
            block.kind == "answer"
            and block.intro is not None
            and blocks[block.intro].kind == "question"
            # a table row under a question title ("Was geht an Facebook?" over "Profilfoto | nein | anders als die
            # Telefonnummer") is a row, read by its first cell below, not an answer's sentence (gen27b, session 27)
            and _VERDICT_LINE.match(state.text, block.start, block.end) is None
        ):
            # Sentence by sentence: an answer can hold sentences the rules read and ones they could not.
            polarity = context_polarity(component, state, [blocks[block.intro]], title_names_facebook)
            if polarity is None:
                continue
            asked = polarity
            if _ANSWER_NO.match(state.text[block.start : block.end]):
                polarity = not polarity
            # Its first sentences only, and none that turns away ("Aber ...") or speculates.
            for sentence in _sentences_of(state, block)[:ANSWER_SENTENCES]:
                text = state.text[sentence.start : sentence.end]
                if _TURN.match(text) or _TURN_IN_MIDFIELD.match(text.lower()) or doubts(
                    component, state.text, sentence.start, sentence.end
                ):
                    break
                if not any(sentence.start <= s < sentence.end for s, _ in taken):
                    # "Nein, nur die Telefonnummer.": the no denies the data asked about; what "nur" names
                    # is the exception, with the question's own polarity
                    said = asked if _NO_BUT_ONLY.search(text) else polarity
                    emit_block(component, doc, state, sentence, said, only_without_cue=True)
            continue
        if any(block.start <= s < block.end for s, _ in taken):
            continue  # the sentence rules already read this block
        verdict = _VERDICT_LINE.match(state.text, block.start, block.end)
        if verdict is not None:
            _verdict_line(component, doc, state, blocks, block, verdict, title_names_facebook)
            continue
        outline = _OUTLINE_ITEM.match(state.text, block.start, block.end)
        if outline is not None and _outline_item(component, doc, state, blocks, block, outline, title_names_facebook):
            continue
        if block.kind == "list_item" and block.intro is not None:
            if two_sided(state, blocks[block.intro]):
                _labelled_side(component, doc, state, blocks[block.intro], block)
                continue
            chain = _intro_chain(component, state, blocks, block)
            polarity = context_polarity(component, state, chain, title_names_facebook)
            if polarity is None:
                polarity = _topic_polarity(component, state, blocks, chain[-1], title_names_facebook)
            if polarity is not None:
                emit_block(component, doc, state, block, polarity)
        elif block.kind == "question":
            _question_naming_data(component, doc, state, blocks, block, title_names_facebook)
    _ticked_boxes(component, doc, state, title_names_facebook)


KEY_REACH = 3  # blocks after a question's last option that may hold its key ("Lösung: b).")
_INLINE_CHOICE = re.compile(r"\s\(?[a-f]\)\s")  # a second option's label in the same line
_KEY_WORD = re.compile(r"\b(?:(?:auf)?lösung(?:en)?|richtige?\s+antwort|richtig\s+(?:ist|sind)|antworten)\b")


def _unkeyed_choice(low: str, blocks: list[Block], block: Block) -> bool:
    """Is the list item an option of a multiple-choice question that its key does not name? Two or more items under
    the item's question open with a choice letter (`choice_label`: "a) die Chatverläufe", "b) die Handynummer"):
    they are options to choose from, not the answer. What the text says is only the options a key line in the few
    blocks after them names (`choice_key`: "Lösung: b).", "Richtig ist Antwort d."); with no key, none of them
    (own72-027, session 40, ds40), unless a key word stands further on in the text (a key section at the end,
    "Auflösung: 2 b) ...", which is not read here). An item with no letter, a lone lettered one, or one holding
    several options side by side is read as before. `low`: the document's lowered text."""
    label = _CHOICE_LABEL.match(low, block.start, block.end)
    if label is None or _INLINE_CHOICE.search(low, label.end(), block.end) is not None:
        return False  # (options side by side in one line, "a) ...   b) ...": not told apart here)
    if block.intro is not None and not _asks_to_choose(low, blocks[block.intro], block.start):
        return False  # lettered points under a statement ("Wir raten davon ab – aus folgenden Gründen:"): statements
    options = [b for b in blocks if b.kind == "list_item" and b.intro == block.intro]
    if sum(_CHOICE_LABEL.match(low, b.start, b.end) is not None for b in options) < 2:
        return False
    keyed = _keyed_letters(low, blocks, options[-1].index)
    if not keyed:
        # no key right after the options: a key line further on that keys the questions by number ("Auflösung: 1b,
        # 2c, 3b") names this option's question, or else unkeyed only where the text has no key further on at all
        number = _question_number(low, block.start)
        numbered = _numbered_key_letters(low, options[-1].end) if number is not None else {}
        if number in numbered:
            return label.group(1) not in numbered[number]
        return _KEY_WORD.search(low, options[-1].end) is None
    return label.group(1) not in keyed


def _asks_to_choose(low: str, intro: Block, option_start: int) -> bool:
    """Does the intro of lettered items make them options to choose from: its last sentence asks, names an exercise,
    a quiz or its key, or instructs the reader (`exercise_intro`: "Welche Daten gibt WhatsApp an Facebook weiter?",
    "Aufgabe 3 (20 Punkte)", "Bringen Sie die Wörter in die richtige Reihenfolge:")? Not a statement that sets out
    points ("Wir raten davon ab – aus folgenden Gründen:", "Warum so viel Geld? (Thesen zur Diskussion)"): the items
    are then the writer's statements, read as any list (own109-028; issue 7, session 59, ds59). Only the last
    sentence counts: a paragraph may tell of readers' questions before its introducing line ("Uns erreichen vermehrt
    Fragen, ob ... Wir raten davon ab: ...")."""
    text = low[intro.start : intro.end].strip()
    last = _LAST_SENTENCE.fullmatch(text.rstrip("?").rstrip()) if not text.endswith("?") else None
    if last is None or _EXERCISE_INTRO.search(last.group(1)) is not None:
        return True
    # ... or the line right above the options, where the layer gave them a heading as their intro ("Rätselecke" over
    # "2. Was reicht WhatsApp ... weiter?" and its options)
    above = _line_above_options(low, option_start)
    if above.endswith("?"):
        return True
    line_last = _LAST_SENTENCE.fullmatch(above)
    return line_last is not None and _EXERCISE_INTRO.search(line_last.group(1)) is not None


def _line_above_options(low: str, start: int) -> str:
    """The first line above the option line at `start` that is neither blank nor an option of its own, stripped."""
    end = low.rfind("\n", 0, start)
    while end > 0:
        begin = low.rfind("\n", 0, end) + 1
        line = low[begin:end].strip()
        if line and _CHOICE_LABEL.match(line) is None:
            return line
        end = begin - 1
    return ""


# A numbered question's line: its label (models/layout_marks.py `item_label`), then a question mark in the line.
_QUESTION_LINE_NUMBER = re.compile(item_label(QUESTION_LABELS) + r"[^\n]*\?[^\n]*$")


def _question_number(low: str, start: int) -> str | None:
    """The number of the question an option line starting at `start` answers: the first line above it that is no
    option of its own ("b) ...") and reads as a numbered question ("3. Welche Angabe gibt WhatsApp ... weiter?",
    "Frage 2: ...?"); None when that line is none."""
    end = low.rfind("\n", 0, start)
    while end > 0:
        begin = low.rfind("\n", 0, end) + 1
        line = low[begin:end]
        if line.strip() and _CHOICE_LABEL.match(line) is None:
            head = _QUESTION_LINE_NUMBER.match(line)
            return head.group("label") if head is not None else None
        end = begin - 1
    return None


def _numbered_key_letters(low: str, start: int) -> dict[str, set[str]]:
    """The letters a key after `start` marks right per question number, read in the sentence that holds each key word
    ("Auflösung: 1b, 2c, 3b, 4b." -> {"1": {"b"}, "2": {"c"}, ...}): the pairs of models/layout_marks.py `key_pairs`
    (session 50, ds50, own92-003; the lead's D65 (b): the options the key does not mark give no item)."""
    keyed: dict[str, set[str]] = {}
    for word in _KEY_WORD.finditer(low, start):
        stop = re.compile(r"\.\s|\n").search(low, word.end())
        for pair in key_pairs(low, word.end(), stop.start() if stop else len(low)):
            keyed.setdefault(pair.number, set()).add(pair.letter)
    return keyed


def _option_boxes(low: str) -> list[tuple[bool, int, int, int]]:
    """The boxes of the (lowered) text that are options of a question or key (phrasing `option_box`), each as
    (empty, the start of its line, the stretch after it up to the next box of its line or the line's end). A group
    of boxes is two or more in one line ("☐ Profilbild ☐ Live-Standort") or a run of lines that each open with one
    ("[x] die Telefonnummer" / "[ ] die Inhalte der Nachrichten"); its boxes are options only where one of them is
    ticked or the line that leads into the group asks a question or tells the reader to tick ("Kreuze an, ...:",
    phrasing `tick_instruction`). A lone box (a settings screen's "☐ Meine Account-Informationen ... teilen") and a
    checklist, to-do list or settings screen of empty boxes under a plain line ("Checkliste:", "So sah der Dialog
    aus:") are none (review50's finding on the first reading)."""
    if not may_hold_box(low):
        return []
    lines: dict[int, list[re.Match[str]]] = {}
    for box in _OPTION_BOX.finditer(low):
        lines.setdefault(low.rfind("\n", 0, box.start()) + 1, []).append(box)
    if not lines:
        return []

    def line_end(begin: int) -> int:
        end = low.find("\n", begin)
        return len(low) if end < 0 else end

    def opens(begin: int) -> bool:
        return not low[begin : lines[begin][0].start()].strip()

    groups: list[list[int]] = []  # the line starts of each group
    run: list[int] = []
    for begin in sorted(lines):
        if opens(begin) and run and line_end(run[-1]) + 1 == begin:
            run.append(begin)
            continue
        if len(run) > 1 or (run and len(lines[run[0]]) > 1):
            groups.append(run)
        run = [begin] if opens(begin) else []
        if not run and len(lines[begin]) > 1:
            groups.append([begin])
    if len(run) > 1 or (run and len(lines[run[0]]) > 1):
        groups.append(run)
    found: list[tuple[bool, int, int, int]] = []
    for group in groups:
        boxes = [(begin, i, box) for begin in group for i, box in enumerate(lines[begin])]
        ticked = any(box.group("empty") is None for _b, _i, box in boxes)
        if not ticked and not _leads_to_options(low, group[0], lines[group[0]][0].start()):
            continue
        if ticked and _key_follows(low, line_end(group[-1])):
            # "☒ die Chatinhalte ☐ die Telefonnummer" / "Korrektur: falsch, richtig ist ...": a pupil's ticks that a
            # key or correction after them judges; the key rules, not the ticks (review50's finding on 0532ec43)
            continue
        for begin, i, box in boxes:
            row = lines[begin]
            stretch = (box.end(), row[i + 1].start() if i + 1 < len(row) else line_end(begin))
            if not ticked and _states_itself(low, *stretch):
                continue  # "☐ WhatsApp gibt die Handynummer an Facebook weiter": a to-do list's statement, no option
            found.append((box.group("empty") is not None, begin, *stretch))
    return found


_BOX_KEY_AFTER = PHRASES["box_key_after"]  # "Korrektur: falsch, richtig ist ...", "Lösung: ...": a key after the boxes
_WORD = re.compile(r"[\wäöüß-]+")


def _key_follows(low: str, end: int) -> bool:
    """Does the first line after offset `end` (a group's last line end) that holds something open with a key or a
    correction (phrasing `box_key_after`)?"""
    match = re.compile(r"\s*([^\n]*)").match(low, end)
    return match is not None and _BOX_KEY_AFTER.match(match.group(1)) is not None


def _states_itself(low: str, start: int, end: int) -> bool:
    """Is the item after a box, up to its first comma or dash, a clause with a finite verb of its own ("WhatsApp gibt
    die Handynummer an Facebook weiter", "Chats bleiben verschlüsselt"): a statement of a list, not an option to
    tick ("die Telefonnummer", "Zuletzt online")? Read by the STTS tagger's shared reader (`tags_any`)."""
    head = re.split(r",|\s[–—-]\s", low[start:end], maxsplit=1)[0]
    words = _WORD.findall(head)
    return len(words) > 1 and tags_any(words, FINITE)


_QUESTION_ABOVE = re.compile(r"[^\n]*\?[^\S\n]*(?:\([^()\n]{1,60}\)[^\S\n]*)?$")  # "...? (mehrere Antworten möglich)"
_TICK_INSTRUCTION = PHRASES["tick_instruction"]  # "Kreuze an, was ...:", "Zutreffendes ankreuzen": options to tick


def _lead_line(low: str, begin: int, first_box: int) -> tuple[int, int] | None:
    """The line that leads into a group of boxes whose first box, at `first_box`, stands in the line starting at
    `begin`: the words before that box in its line, else the nearest line above that holds something."""
    if low[begin:first_box].strip():
        return begin, first_box
    above = begin - 1
    while above > 0:
        line_begin = low.rfind("\n", 0, above) + 1
        if low[line_begin:above].strip():
            return line_begin, above
        above = line_begin - 1
    return None


def _leads_to_options(low: str, begin: int, first_box: int) -> bool:
    """Does the line that leads into a group of empty boxes ask a question or tell the reader to tick?"""
    lead = _lead_line(low, begin, first_box)
    if lead is None:
        return False
    text = low[lead[0] : lead[1]]
    return _QUESTION_ABOVE.match(text) is not None or _TICK_INSTRUCTION.search(text) is not None


def unmarked_boxes(low: str) -> list[tuple[int, int]]:
    """The stretches after the empty boxes of options to tick (`_option_boxes`): an option nobody marked, so what it
    names is no claim (the lead's D65 (b): a key's unmarked options give no item)."""
    return [(start, end) for empty, _line, start, end in _option_boxes(low) if empty]


def _ticked_boxes(
    component: "DataSharedComponent", doc: Doc, state: "DocState", title_names_facebook: bool
) -> None:
    """The options a quiz marks right by a ticked box in its lines ("[x] die Telefonnummer", "☒ ...") under a
    question that says what happens to the data ("1. Welche Daten gibt WhatsApp an Facebook weiter?"): each gives
    its items with the question's polarity (the lead's D65 (b)); the empty boxes beside them give none
    (`unmarked_boxes`). The question is the nearest line above the option lines that ends in a question mark."""
    low = state.text
    boxes = _option_boxes(low)
    if not boxes:
        return
    taken = [(c.start, c.end) for c in claims_of(doc) if c.type == "data_shared"]  # (what the rules above read)
    for empty, begin, start, end in boxes:
        if empty or _OPTION_BOX.fullmatch(low[begin:start].strip()) is None:
            continue  # (only a box that opens its line: the inline checklist's marks are a pupil's own)
        if any(start <= s < end for s, _ in taken):
            continue
        above = begin - 1
        while above > 0:
            line_begin = low.rfind("\n", 0, above) + 1
            line = low[line_begin:above]
            if line.strip() and _OPTION_BOX.match(line.lstrip()) is None:
                break
            above = line_begin - 1
        else:
            continue
        if _QUESTION_ABOVE.match(low, line_begin, above) is None:
            continue
        question = Block(-1, line_begin, above, "question", None)
        polarity = context_polarity(component, state, [question], title_names_facebook)
        if polarity is not None:
            emit_block(component, doc, state, Block(-1, start, end, "list_item", None), polarity)


def unkeyed_options(low: str, blocks: list[Block]) -> list[tuple[int, int]]:
    """The spans of the list items that are options no key names (`_unkeyed_choice`): no data claim stands there,
    neither the rules' nor the learned stage's (models/learned/stage.py). `low`: the document's lowered text."""
    boxes = unmarked_boxes(low)
    if ")" not in low:
        return boxes  # (every choice label holds one)
    return boxes + [
        (b.start, b.end) for b in blocks
        if b.kind == "list_item" and b.intro is not None and _unkeyed_choice(low, blocks, b)
    ]


def drop_unkeyed_choices(doc: Doc, state: "DocState") -> None:
    """Remove the data_shared claims read in an option of a multiple-choice question that its key does not name
    (`unkeyed_options`): "c) alle Fotos" under "Welche Daten gibt WhatsApp an Facebook weiter?" with "Lösung: b)."
    after the options. The sentence rules read the options as the answer to the question before them."""
    claims = claims_of(doc)
    blocks: list[Block] = doc_value(doc, "blocks") or []
    if not blocks or not any(c.type == "data_shared" for c in claims):
        return
    options = unkeyed_options(state.text, blocks)
    if options:
        claims[:] = [c for c in claims if not (c.type == "data_shared" and any(a <= c.start < e for a, e in options))]


def _keyed_letters(low: str, blocks: list[Block], last: int) -> set[str]:
    """The option letters the first key line (`choice_key`) in the KEY_REACH blocks after block `last` names: its
    first letter and every further letter in parentheses in the same sentence."""
    for after in blocks[last + 1 : last + 1 + KEY_REACH]:
        end = low.find(". ", after.start, after.end)
        line_end = after.end if end < 0 else end
        key = _CHOICE_KEY.search(low, after.start, line_end)
        if key is not None:
            return {key.group(1), *re.findall(r"(?:^|[\s,(])([a-f])\)", low[key.end() : line_end])}
    return set()


OUTLINE_REACH = 30  # blocks back to the section line of an outline item


def _outline_item(
    component: "DataSharedComponent",
    doc: Doc,
    state: "DocState",
    blocks: list[Block],
    block: Block,
    outline: "re.Match[str]",
    title_names_facebook: bool,
) -> bool:
    """A decimal-numbered outline item ("2.1 Telefonnummer des Diensthandys") reads with its section line ("2.
    Datenkategorien, die WhatsApp an Unternehmen der Facebook-Gruppe übermittelt", "3. ..., die nicht an Facebook
    übermittelt werden"), however the layer typed the lines (a works agreement's annex, own54-038, session 31, ds54).
    Only the item's head, up to a semicolon, is the item: "3.3 das Adressbuch; hochgeladen werden nur die Nummern
    ..." goes on with a clause of its own. True when the item had a section line (read here, whatever it said)."""
    number = outline.group(1)
    section = None
    for i in range(block.index - 1, max(-1, block.index - 1 - OUTLINE_REACH), -1):
        line = state.text[blocks[i].start : blocks[i].end].lstrip()
        head = re.match(r"(\d{1,2})\.(\d{1,2})?", line)
        if head is None:
            continue
        if head.group(1) != number:
            return False  # another section's line or item: the outline is not this item's
        if head.group(2) is None:
            section = blocks[i]
            break
    if section is None:
        return False
    polarity = context_polarity(component, state, [section], title_names_facebook)
    if polarity is not None:
        head_end = state.text.find(";", outline.end(), block.end)
        item = Block(block.index, outline.end(), block.end if head_end < 0 else head_end, "list_item", section.index)
        emit_block(component, doc, state, item, polarity)
    return True


def two_sided(state: "DocState", block: Block) -> bool:
    """A question that asks both sides ("Was geht an Facebook - und was nicht?"): it tells its items no side."""
    return block.kind == "question" and _TWO_SIDED.search(state.text, block.start, block.end) is not None


# Words of a question that no label repeats as its side ("Was geht ...": "geht" is the side's verb, "was" is none).
_QUESTION_WORDS = frozenset({"was", "welche", "welcher", "welches", "und", "oder", "nicht", "an", "zu", "mit"})


def _labelled_side(
    component: "DataSharedComponent", doc: Doc, state: "DocState", question: Block, item: Block
) -> None:
    """An item under a two-sided question says its side by its label: "Geht weiter: Telefonnummer, ..." and "Geht
    nicht weiter: Chatinhalte, ..." under "Was geht an Facebook - und was nicht?" (a slide, own54-039, session 31,
    ds54). The label is a side when it holds a transfer word of its own ("Nicht geteilt:") or repeats a word of the
    question ("Geht weiter:" - "Was geht ..."); its negation is the side. An item with no such label is neither."""
    label = _ITEM_LABEL.match(state.text, item.start, item.end)
    if label is None:
        return
    words = set(label.group(1).split()) - _QUESTION_WORDS
    asked = set(re.findall(r"[\w-]+", state.text[question.start : question.end]))
    if not (words & asked or component.v.search_between("transfer_strong", label.group(1), 0, len(label.group(1)))):
        return  # "Unklar:", "Neu:": a label that names no side
    body = Block(item.index, label.end(), item.end, item.kind, item.intro)
    emit_block(component, doc, state, body, not has_negation(label.group(1)))


def table_row(component: "DataSharedComponent", doc: Doc, state: "DocState", si: int) -> bool:
    """A row of a text table (cells between bars or tabs, under a header row) with a cell that answers yes or no
    to passing data on to Facebook: "6 | Adressbuch | Kontakte im Telefon | geteilt: nein | - | ..." under
    "Nr | Datenkategorie | Beispiel | geteilt mit Facebook | ...". The key of the cell ("geteilt:", "Weitergabe:")
    or its column's header says what the yes or no answers, and a transfer it must be; Facebook is named there, in
    the line above the table or in the document's title. The row's data are those of its first cell before the
    answer that names any (the data category; cells after the answer annotate it), with the answer's polarity:
    a "nein" is the negation a sentence reading of the row does not see (own54-021, session 31, ds54).

    True when sentence `si` lies in such a row: the row is read here, not by the sentence rules (its claim is
    made once, by the sentence holding the data cell)."""
    text = state.text
    lo, hi = state.sents[si]
    if not may_hold_cells(text[lo:hi]):
        return False
    line_lo = text.rfind("\n", 0, lo) + 1
    line_hi = text.find("\n", lo)
    line = text[line_lo : len(text) if line_hi < 0 else line_hi]
    cell = cell_at(text, lo)
    spans = cell_spans(line)
    if cell is None:
        return False
    answer = None
    for j, (a, b) in enumerate(spans[: len(cell.headers)]):
        verdict = _ROW_VERDICT_CELL.fullmatch(line, a, b)
        if verdict is None:
            continue
        asked = (verdict.group(1) or "") + " | " + cell.headers[j]
        if (
            component.v.search_between("transfer_strong", asked, 0, len(asked)) is not None
            # a verbless key or header that names Facebook as the destination ("Datenart | an Facebook | Zweck"):
            # the preposition of direction asks "passed on to Facebook?" as a transfer verb would (own79-024)
            or _FACEBOOK_AS_RECIPIENT.search(asked.lower()) is not None
        ):
            answer = (j, verdict.group(2) == "ja", asked)
        break  # the first yes or no of the row answers for it
    if answer is None:
        return False
    j, polarity, asked = answer
    if not (component.v.cue["facebook"].search(asked) or component.v.cue["facebook"].search(cell.title)):
        blocks = doc_value(doc, "blocks") or []
        if not any(state.names_facebook(b.start, b.end, resolved=True) for b in blocks[:2]):
            return False  # a table of what is passed on, to whom it does not say
    for a, b in spans[:j]:
        named = [m for m in component._mentions(line[a:b]) if m.term.kind != "generic"]
        if named:
            # (a bare "Nachrichten" counts only where it is said to be kept back, as in the fact box below)
            decided = [(m, polarity) for m in named if not (m.term.kind == "message" and polarity)]
            if lo <= line_lo + a < hi:
                component._emit(doc, line_lo + a, line[a:b], decided)
            break
    return True


def _verdict_line(
    component: "DataSharedComponent",
    doc: Doc,
    state: "DocState",
    blocks: list[Block],
    block: Block,
    verdict: "re.Match[str]",
    title_names_facebook: bool,
) -> None:
    """A fact-box row ("Rufnummer: ja", "Nachrichteninhalte: nein") under a line about the transfer to Facebook.

    The rows above it are rows too; the first line above them that is none introduces the table. The data are
    those of the row's first cell: the cells after its yes or no ("Telefonnummer | ja | seit 2016", "IP-Adresse |
    ja | daraus lässt sich der Standort ableiten") annotate it.
    """
    polarity = verdict.group(2) == "ja"
    i = block.index - 1
    while i >= 0 and (
        _VERDICT_LINE.match(state.text, blocks[i].start, blocks[i].end)
        or _UNKNOWN_ROW.match(state.text, blocks[i].start, blocks[i].end)  # "Adressbuch | unklar": a row too
    ):
        i -= 1
    if i < 0:
        return
    intro = blocks[i]
    chain = [intro] + ([blocks[intro.intro]] if intro.intro is not None and intro.kind not in ("heading", "question") else [])
    if context_polarity(component, state, chain, title_names_facebook) is not True and not (
        # "Datenart | an Facebook?": the column asks "passed on to Facebook?" (ds56, session 56); only for rows
        # that answer yes or no (a row "Adressbuch | unklar" is no verdict line and takes no side from it)
        _header_to_facebook(state.text[intro.start : intro.end])
    ):
        return  # the table is not about what WhatsApp passes on to Facebook
    text = state.text[block.start : verdict.end(1)]
    decided = [
        (m, polarity)
        for m in component._mentions(text)
        if m.term.kind != "generic" and not (m.term.kind == "message" and polarity)
    ]
    component._emit(doc, block.start, text, decided)


def _sentences_of(state: "DocState", block: Block) -> list[Block]:
    """The sentences of `block`, each as a block of its own (same index, kind and introduction)."""
    i = bisect.bisect_right(state.sents, (block.start, len(state.text) + 1)) - 1
    out = []
    for lo, hi in state.sents[max(i, 0):]:
        if lo >= block.end:
            break
        lo, hi = max(lo, block.start), min(hi, block.end)
        if lo < hi:
            out.append(Block(block.index, lo, hi, block.kind, block.intro))
    return out


def _intro_chain(component: "DataSharedComponent", state: "DocState", blocks: list[Block], block: Block) -> list[Block]:
    """The item's introduction, and the heading or question above it when the introduction is a '...:' line.

    An elliptic question ("Und was nicht?", "Und was noch?") continues the question before it: the chain goes on
    with that question's own introduction, which the layer gives as the question's (`context_polarity` turns a
    "nicht" into the opposite of what it says).

    A paragraph of several sentences is read first by its last one, the sentence whose colon opens the list
    ("Für Nutzer in Europa nicht. Schon seit Jahren erhält Facebook bestimmte Angaben, darunter:": the items are
    what Facebook receives; the "nicht" answers the question above, it is no statement about them), then whole
    (a last sentence with no cue of its own, "Dazu gehören:", leaves the paragraph to decide).
    """
    intro = blocks[block.intro]
    chain = [intro]
    if intro.kind == "question" and intro.intro is not None and _elliptic_question(component, state, intro):
        return chain + _intro_chain(component, state, blocks, intro)
    if intro.kind not in ("heading", "question"):
        sentences = _sentences_of(state, intro)
        if len(sentences) > 1:
            chain.insert(0, sentences[-1])
        if intro.intro is not None:
            above = blocks[intro.intro]
            if above.kind not in ("heading", "question") and _NEGATED_MEMBERSHIP.match(state.text, intro.start, intro.end):
                # "Nicht dazu gehören:" sets its items against the list the paragraph above opens: that paragraph's
                # last sentence ("..., darunter:") says what the list before received
                chain.append(_sentences_of(state, above)[-1])
            chain.append(above)
    return chain


def _elliptic_question(component: "DataSharedComponent", state: "DocState", block: Block) -> bool:
    """A question that names nothing of its own and continues the one before: "Und was nicht?", "Und was noch?"."""
    return (
        component.v.cue["elliptic_not"].match(state.text, block.start, block.end) is not None
        or _ELLIPTIC_MORE.match(state.text.lower(), block.start, block.end) is not None
    )


def _cues_in(component: "DataSharedComponent", state: "DocState", block: Block, name: str) -> bool:
    if component.v.search_between(name, state.text, block.start, block.end):
        return True
    return any(block.start <= s and e <= block.end for s, e in state.layer_cues.get(name, ()))


def context_polarity(
    component: "DataSharedComponent", state: "DocState", chain: list[Block], title_names_facebook: bool
) -> bool | None:
    """Shared (True), not shared (False) or nothing said (None), from introducing blocks.

    The nearest block that says something decides: a negated heading above a plain
    introduction ("Das ändert sich – und das nicht" / "Was WhatsApp teilen darf:") does not
    negate the introduction's items.
    """
    facebook = any(state.names_facebook(b.start, b.end, resolved=True) for b in chain)
    if not (facebook or title_names_facebook):
        return None
    for i, block in enumerate(chain):
        if block.kind == "question" and i + 1 < len(chain) and _elliptic_question(component, state, block):
            # "Und was nicht?" under "Was gibt WhatsApp an Facebook weiter?": the opposite; "Und was noch?": the same
            above = context_polarity(component, state, chain[i + 1:], title_names_facebook)
            negated = component.v.cue["elliptic_not"].match(state.text, block.start, block.end) is not None
            return None if above is None else (not above if negated else above)
        if _NEGATED_MEMBERSHIP.match(state.text, block.start, block.end) is not None:
            # "Nicht dazu gehören nach Angaben von WhatsApp:" after a list of what is passed on: not passed on
            above = context_polarity(component, state, chain[i + 1:], title_names_facebook)
            return None if above is None else not above
        transfer = _cues_in(component, state, block, "transfer_strong")
        if not transfer and _PURCHASE_RETURN.search(state.text, block.start, block.end) is not None:
            # "Was bekommt Facebook dafür?": what the deal buys, not what data is passed on (a "teilt dafür ...,
            # darunter:" passes data on for that purpose: a strong transfer word of its own)
            return None
        receive = _cues_in(component, state, block, "transfer_weak")
        protection = _cues_in(component, state, block, "protection")
        if not (transfer or (receive and facebook) or protection):
            if _cues_in(component, state, block, "collection"):
                return None  # "Was WhatsApp speichert:", "Welche Daten sammelt WhatsApp?": collected, not passed on
            continue
        if protection and not transfer:
            return False
        # "Das hat sich nicht geändert. Weitergegeben werden:": a negated change is no negated transfer
        return not has_negation(component.v.cue["unchanged"].sub(" ", state.text[block.start : block.end]))
    return None


def _header_to_facebook(line: str) -> bool:
    """Is the (lowered) block a header row of a text table, cells split by a bar or a tab, one cell of which is a
    verbless "an Facebook?" ("Datenart | an Facebook?")? The yes or no of the rows below answers "passed on to
    Facebook?", as under the header "Geht an Facebook?" (the preposition of direction, as `table_row` reads it)."""
    if "\n" in line.strip() or ("|" not in line and "\t" not in line):
        return False
    return any(
        _FACEBOOK_AS_RECIPIENT.fullmatch(cell.strip(" ?:")) is not None for cell in re.split(r"[|\t]", line)
    )


def _topic_polarity(
    component: "DataSharedComponent", state: "DocState", blocks: list[Block], question: Block, title_names_facebook: bool
) -> bool | None:
    """'Welche Daten sind betroffen?' asks which data without saying what happens to them.

    The paragraph just above the question states the topic ("..., dass Informationen vom
    Messenger zum Mutterkonzern wandern."): its transfer or protection is the items' polarity.
    Only a question that names data and has no cue of its own; a paragraph that speaks of no
    transfer (the purchase price) gives nothing.
    """
    if question.kind != "question" or question.index == 0:
        return None
    text = state.text[question.start : question.end]
    if not (_DATA_WORD.search(text) or component._mentions(text)):
        return None  # "Was bedeutet das für mich?" asks about no data
    if _cues_in(component, state, question, "collection"):
        return None  # "Welche Daten sammelt WhatsApp überhaupt?": what it collects, whatever the topic above passes on
    # "Welche Daten sind nicht betroffen?": the data the topic's statement leaves out
    turn = has_negation(text)
    above = blocks[question.index - 1]
    if above.kind not in ("paragraph", "answer"):
        # Under the title's topic ("Fragen und Antworten zur WhatsApp-Datenweitergabe", then lists under
        # "Welche Daten sind betroffen?" and "Welche Daten sind nicht betroffen?"): the title states it.
        if blocks[0].kind != "heading" or not _WHICH_DATA_QUESTION.search(text):
            return None
        above = blocks[0]
    polarity = context_polarity(component, state, _sentences_of(state, above)[-1:], title_names_facebook)
    return (not polarity) if turn and polarity is not None else polarity


def emit_block(
    component: "DataSharedComponent",
    doc: Doc,
    state: "DocState",
    block: Block,
    polarity: bool,
    *,
    only_without_cue: bool = False,
) -> None:
    text = state.text[block.start : block.end]
    mentions = component._mentions(text)
    if not mentions or component.v.exists["hearsay"](text):
        return  # nothing named, or a rumour reported ("die Behauptung, WhatsApp schicke ...")
    if component._other_sender(text.lower(), (0, len(text))):
        # an item about another service under a heading about the transfer ("3. Threema und Signal erheben keine
        # Metadaten"): that service's practice, not WhatsApp's data (session 45, ds45; own81-023)
        return
    # (the verb of a relative clause describing an item, "die Telefonnummer, die mit dem Konto verknüpft ist", is none)
    cue_text = blank_item_relatives(text, mentions) if only_without_cue else text
    if only_without_cue and (
        # (a matching by WhatsApp, "WhatsApp gleicht Ihr Adressbuch ab", says nothing of Facebook: the anaphor decides)
        (component.v.exists["transfer_strong"](cue_text) and not component.only_matching(cue_text))
        or component.v.exists["protection"](cue_text)
        # ("WhatsApp gleicht Ihr Adressbuch mit seinen eigenen Servern ab": a matching with the service's own servers
        # names where the data goes, and it is not Facebook; session 52, ds52)
        or (
            _MATCHED_WITH_OWN_SERVERS.search(cue_text) is not None
            and component.v.exists["matching"](cue_text) and component.only_matching(cue_text)
        )
    ):
        return  # the sentence says for itself what happens; the sentence rules decided
    mentions = [m for m in mentions if m.term.kind != "generic"]  # a bare "Daten" names no data type
    decided: list[tuple["Mention", bool]] = []
    clauses = split_clauses(text)
    labels = unclaimed_spans(text)  # a step's quoted setting ("Häkchen bei „Meine Account-Info teilen“") states nothing
    for mention in mentions:
        if any(a <= mention.start < b for a, b in labels):
            continue
        clause = next(((s, e) for s, e in clauses if s <= mention.start < e), (0, len(text)))
        shared = polarity and not has_negation(text[clause[0] : clause[1]])
        if mention.term.kind == "message" and shared:
            continue  # a bare "Nachrichten" counts only where it is said to be protected
        decided.append((mention, shared))
    component._emit(doc, block.start, text, decided)


def _question_naming_data(
    component: "DataSharedComponent",
    doc: Doc,
    state: "DocState",
    blocks: list[Block],
    question: Block,
    title_names_facebook: bool,
) -> None:
    """'Und die Nachrichten an Freunde?' + 'Die bleiben verschlüsselt.': the answer gives the polarity."""
    text = state.text[question.start : question.end]
    if _REASON_QUESTION.match(text) is not None:
        # "Wozu braucht Facebook meine Nummer?" + "... bekommt davon wenig mit.": a question of reason or purpose
        # takes its data as given; no answer turns it into a yes or no about the transfer (own38-026)
        return
    # A relative clause describes the data ("Und was ist mit Fotos, die ich verschicke?"): its verb is no
    # transfer to Facebook the question asks about.
    relative = _RELATIVE_CLAUSE.search(text)
    main = question if relative is None else Block(question.index, question.start, question.start + relative.start(), question.kind, question.intro)
    if _cues_in(component, state, main, "transfer_strong") or _cues_in(component, state, main, "transfer_weak"):
        return  # a question about a transfer asserts nothing about the data it names
    answer = next((b for b in blocks[question.index + 1 : question.index + 2] if b.kind == "answer"), None)
    if answer is None or not component._mentions(text):
        return
    if has_negation(text):
        # "Und dann ist meine Nummer nicht mehr bei Facebook?" + "Doch, leider. Die Nummer geht trotzdem rüber.":
        # the answer's transfer answers a negated question; which way its "Doch"/"Nein" turns it is unclear
        return
    i = bisect.bisect_left(state.sents, (answer.start, -1))
    first = [si for si in range(i, min(i + ANSWER_SENTENCES, len(state.sents))) if state.sents[si][0] < answer.end]
    if not first:
        return
    lo, hi = state.sents[first[0]][0], state.sents[first[-1]][1]
    head = Block(answer.index, lo, hi, "answer", question.index)
    if doubts(component, state.text, lo, hi) or component.v.search_between("hearsay", state.text, lo, hi):
        return  # "Hier bleibt WhatsApp vage.", "Ein Gerücht: ...": the answer does not say (a rumour is read by the rules)
    if _cues_in(component, state, head, "protection"):
        # (a hedged one says the data is not fully protected: "Sind meine Nachrichten sicher? Nur eingeschränkt. ...
        # verschlüsselt ... nicht durchgehend" states no protection, as in the sentence rules)
        if _HEDGED_PROTECTION.search(state.text, lo, hi) is None:
            emit_block(component, doc, state, question, False)
        return
    facebook = state.names_facebook(head.start, head.end, resolved=True) or state.names_facebook(question.start, question.end, resolved=True)
    if not (facebook or title_names_facebook):
        return
    # The first answer sentence that speaks of a transfer decides; one that only limits a use
    # ("Für Werbung wird sie nicht verwendet.") says nothing about whether the data is passed on.
    for si in first:
        sentence = Block(answer.index, state.sents[si][0], state.sents[si][1], "answer", question.index)
        strong = _cues_in(component, state, sentence, "transfer_strong")
        sentence_facebook = state.names_facebook(sentence.start, sentence.end, resolved=True)
        receive = _cues_in(component, state, sentence, "transfer_weak") and sentence_facebook
        text = state.text[sentence.start : sentence.end]
        if strong and not sentence_facebook and component.only_matching(text):
            strong = False  # "WhatsApp gleicht die Nummern im Adressbuch ab": matching inside WhatsApp (_clause_info)
        if not (strong or receive):
            continue  # "WhatsApp liest es aus": receiving or reading, but not by Facebook
        own = {m.term.type for m in component._mentions(text)}
        if own & {m.term.type for m in component._mentions(state.text[question.start : question.end])}:
            # "Was ist so schlimm an einer Telefonnummer?" + "WhatsApp schickt doch nur die Handynummer an Facebook,
            # nicht die Nachrichten.": the answer names the asked data itself; the sentence rules read it clause by clause
            return
        if own:
            # "Und was passiert mit euren Nachrichten?" + "Nichts, sagen die Gründer. Die Telefonnummern geben sie nicht
            # an Facebook weiter.": the transfer's object is other data named in the answer, not the asked data (the
            # sentence rules read that data; issue 7, session 47, ds47)
            return
        negated = has_negation(text)
        if negated and not strong and component.v.exists["purpose"](text):
            continue
        emit_block(component, doc, state, question, not negated)
        return


def doubts(component: "DataSharedComponent", text: str, lo: int, hi: int) -> bool:
    """A speculation cue in text[lo:hi] other than an "ob" that describes data by example ("Angaben zum Gerät,
    also zum Beispiel, ob es ein iPhone ist": which data, not whether they are passed on)."""
    if not component.v.exists["speculation"].possible(text[lo:hi]):  # speed: no literal of the cue in the stretch
        return False
    for match in component.v.cue["speculation"].finditer(text, lo, hi):
        if match.group(0) != "ob" or _EXAMPLE_WHETHER.search(text, max(lo, match.start() - 40), match.end()) is None:
            return True
    return False
