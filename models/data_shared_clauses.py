"""The data_shared rules' reading across a sentence's clauses (moved out of models/data_shared.py, behaviour unchanged).

A (masked) sentence is cut into clauses (`clauses_of`: models.negation's cut, plus a pronoun clause, the end of a
relative or fronted "ohne dass" clause, enumeration items joined back), and the component's `_clause_infos` gives
each clause its cue flags. The functions here read those flags across clauses: which clause a mention belongs to,
the nearest transfer clause that lends its polarity, a rumour's label before a colon, a worry or hypothetical head,
a subject before its protecting predicate, hosting for a storing purpose. They hold no vocabulary of their own: the
phrasings come from patterns/data_shared_phrasings.json (models/data_shared_phrases.py).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from models.context import RELATIVE_START
from models.data_shared_phrases import PHRASES
from models.negation import clause_index, has_negation, is_hypothetical, is_question, split_clauses
from models.layer.tagger import FINITE, may_tag
from models.regex_tools import gate_words, may_hold

if TYPE_CHECKING:
    from models.data_shared import Mention  # noqa: F401 (type hints only: data_shared imports this module)

_PRONOUN_CLAUSE = PHRASES["pronoun_clause"]
_PRONOUN_CLAUSE_WORDS = gate_words(_PRONOUN_CLAUSE)  # (a comma: most clauses hold none, `may_hold` tells so first)
_RELATIVE_CLAUSE_END = PHRASES["relative_clause_end"]
_RELATIVE_CONTINUATION = PHRASES["relative_continuation"]  # "..., die ... nicht nutzen, sondern nur im Adressbuch stehen"
_FRONTED_WITHOUT_THAT = PHRASES["fronted_without_that"]  # "Ohne dass die Nummer an den Konzern geht, lässt sich ..."
_FRONTED_PRESUPPOSED_THAT = PHRASES["fronted_presupposed_that"]  # "Dass die Nummer übermittelt wird, macht ... nicht"
_TRAILING_WITHOUT_THAT = PHRASES["trailing_without_that"]  # "..., ohne dass die Nutzer das merken könnten"
_COMMALESS_SUBORDINATE = PHRASES["commaless_subordinate"]  # "bringt doch nix wenn die Nummer rübergeht": no comma
_COMMALESS_WORDS = gate_words(_COMMALESS_SUBORDINATE)  # its subordinators (wenn, weil, falls, ...): most texts hold none
_NEGATED_ANTECEDENT = PHRASES["negated_antecedent"]  # "bekommt keine Vorschläge mehr" before ", die auf ... beruhen"
_CONTAINING = PHRASES["containing_verb"]  # "..., die Telefonnummern enthalten": the noun carries the data
_GUARANTEE_HEAD = PHRASES["guarantee_head"]  # "Es gibt keine Garantie, dass ..."
_THAT_OPENING = PHRASES["that_clause"]
_NOBODY = re.compile(r"\b(?:niemand|keiner|keine)\b")  # a negative subject denies the guarantee: "Niemand kann versprechen"
_WORRY_INTRO = PHRASES["worry_intro"]
_HOSTING_USE = PHRASES["hosting_use"]
_STORING_PURPOSE = PHRASES["storing_purpose"]
_REFUTED_HEARSAY_END = PHRASES["refuted_hearsay_end"]
_ADDRESSED_RUMOUR = PHRASES["addressed_rumour_label"]  # "Kurz zu den Gerüchten der letzten Tage:"
_REFUTING_ANSWER = PHRASES["refuting_answer"]  # "Faktencheck Kettenbrief: Nein, Facebook kann ... nicht lesen"
_CONTRARY_TO_HEARSAY = PHRASES["contrary_to_hearsay"]
_RHETORICAL_TAIL = PHRASES["rhetorical_tail"]
_QUESTION_OPENING = PHRASES["question_opening"]
_WH_LEAD_IN = PHRASES["wh_lead_in"]
_ELLIPTIC_NEGATED_CONJUNCT = PHRASES["elliptic_negated_conjunct"]  # "..., Standort und Kontakte jedoch nicht."
_ELLIPTIC_NEGATED_WH = PHRASES["elliptic_negated_wh_conjunct"]  # "was Facebook bekommt (...) und was nicht (Chats)"
_ELLIPTIC_NEGATION = PHRASES["elliptic_negation"]  # "..., Nachrichteninhalte nicht.": the term's own negated conjunct
_NEGATED_LIST_ITEM = PHRASES["negated_list_item"]  # "keine Fotos, keine Adressen und keine ...": one list  # "Was die Seite nicht sagt: Telefonnummer ... gehen an Facebook"
# "nicht im Klartext, aber als verschlüsselter Wert": a negated phrase and its verbless correction are one clause
NEGATED_CONSTITUENT_CONTRAST = PHRASES["negated_constituent_contrast"]


# A clause that is only an enumeration item ("WhatsApp schickt die Nummer, den Gerätetyp und das Betriebssystem
# an Facebook": ", den" is no relative pronoun here): an article, a masked mention (3+ blanks), then a comma or
# conjunction. It belongs to the clause before it.
_ENUMERATION_ITEM = re.compile(r"\s*(?:der|die|das|den|dem|des)\s{3,}(?:,|und\b|sowie\b|oder\b)")


_ASIDE_COMMAS = re.compile(r"\s*,?\s*")


_MASKED_RUN = re.compile(r"\s{3,}")


def clauses_of(masked: str) -> list[tuple[int, int]]:
    """The clauses of a (masked) sentence: `models.negation.split_clauses`, also cut before a pronoun clause and
    where a relative clause ends (`_relative_end`)."""
    out: list[tuple[int, int]] = []
    parts = _cut_negated_wh_twins(masked, _cut_elliptic_negated_conjuncts(
        masked, _join_negated_list_items(masked, _join_enumeration_items(masked, _join_dash_parentheses(
            masked, split_clauses(masked)
        )))
    ))
    for start, end in _join_constituent_contrasts(masked, parts):
        pos = start
        cut = _relative_end(masked, start, end)
        if cut is not None:
            out.append((start, cut.start()))
            pos = cut.end()
        for m in _PRONOUN_CLAUSE.finditer(masked, start, end) if may_hold(_PRONOUN_CLAUSE_WORDS, masked, start, end) else ():
            if m.start() > pos:
                out.append((pos, m.start()))
            pos = m.end()
        if pos < end:
            out.append((pos, end))
    if "ohne" in masked:
        out = _cut_trailing_without_that(masked, out)
    if "dass" in masked or "daß" in masked:
        out = _cut_fronted_presupposed_that(masked, out)
    if may_hold(_COMMALESS_WORDS, masked):
        # informal German drops the comma before a subordinate clause: cut there as at the comma (session 46, ds46)
        out = _cut_clauses_at(masked, out, _COMMALESS_SUBORDINATE, keep_match=False)
    return out or [(0, len(masked))]


def _cut_trailing_without_that(masked: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses cut at the comma before an "ohne dass" clause that follows its main clause ("Facebook bekommt die
    Nummern, ohne dass die Nutzer gefragt würden"): a subordinate clause of its own, whose mood and transfer are
    not the main clause's (read by `_without_that_fronted`; session 39, ds39)."""
    return _cut_clauses_at(masked, clauses, _TRAILING_WITHOUT_THAT, keep_match=False)


def _cut_fronted_presupposed_that(masked: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses cut at the comma that closes a "dass" clause opening the sentence (or following a colon) as the
    subject of a verb of effect or meaning ("Dass Metadaten übermittelt werden, macht die Aussage nicht unrichtig"):
    the fact is presupposed, so the main clause's negation stays in the main clause (session 51, ds51)."""
    out: list[tuple[int, int]] = []
    for start, end in clauses:
        m = None
        if start == 0 or masked[:start].rstrip().endswith(":"):
            m = _FRONTED_PRESUPPOSED_THAT.match(masked, start, end)
        if m is None or m.end() <= start:
            out.append((start, end))
            continue
        main = masked.index(",", m.end()) + 1
        out.append((start, m.end()))
        out.append((main + len(masked[main:end]) - len(masked[main:end].lstrip()), end))
    return out


def _cut_clauses_at(
    masked: str, clauses: list[tuple[int, int]], pattern: re.Pattern[str], *, keep_match: bool
) -> list[tuple[int, int]]:
    """Each clause cut at every match of `pattern` inside it that has text before it in the clause; the match
    opens the next piece (`keep_match`) or is dropped with what it spans (a comma and its conjunction)."""
    out: list[tuple[int, int]] = []
    for start, end in clauses:
        pos = start
        for m in pattern.finditer(masked, start, end):
            if m.start() > pos:
                out.append((pos, m.start()))
                pos = m.start() if keep_match else m.end()
        out.append((pos, end))
    return out


def _relative_end(masked: str, start: int, end: int) -> re.Match[str] | None:
    """The comma that ends a relative clause opening masked[start:end], before the main clause's finite verb
    ("die selbst kein WhatsApp haben, landen bei Facebook"); None when the clause is no relative one or goes on."""
    if "," not in masked[start:end] or (
        RELATIVE_START.match(masked[start:end]) is None  # (its "^": no pos)
        and not _fronted_without_that(masked, start, end)
    ):
        return None
    return _RELATIVE_CLAUSE_END.search(masked, start, end)


def _cut_elliptic_negated_conjuncts(masked: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses whose stretch after the last comma is only masked terms and a negation (`elliptic_negated_conjunct`:
    "An Facebook gehen die Nummern, Standort und Kontakte jedoch nicht.") cut there: the elliptic second conjunct is
    a negated clause of its own, not part of the transfer before the comma (session 29, ds29)."""
    if "nicht" not in masked and "nie" not in masked and "keines" not in masked:
        return clauses
    out: list[tuple[int, int]] = []
    for start, end in clauses:
        comma = masked.rfind(",", start, end)
        if comma > start and _ELLIPTIC_NEGATED_CONJUNCT.fullmatch(masked, comma + 1, end) is not None:
            out.extend(((start, comma), (comma + 1, end)))
        else:
            out.append((start, end))
    return out


def _cut_negated_wh_twins(masked: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses cut before an elliptic negated wh-twin ("was Facebook bekommt (Nummer, Gerätedaten) und was nicht
    (Chats)", `elliptic_negated_wh_conjunct`): the twin's "nicht" negates its own items only; the items before it
    are what the first conjunct says is passed on (session 45, ds45)."""
    if "nicht" not in masked and "nie" not in masked:
        return clauses
    return _cut_clauses_at(masked, clauses, _ELLIPTIC_NEGATED_WH, keep_match=True)


_DASHES = "–—"
_MAX_PARENTHESIS_WORDS = 8


def _join_dash_parentheses(masked: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A verbless stretch between two dashes ("Der Übermittlung selbst – insbesondere der Telefonnummer – ließ sich
    nicht widersprechen") is a parenthesis inside one clause, not a clause of its own: the three parts are joined
    (session 45, ds45; own81-020), so the clause's reading (here D25's objected noun) holds for the data named in
    the parenthesis too. Only where the middle part has at most eight words and none the tagger may read as a finite
    verb ("– das war klar –" stays cut), and the first part none either (a fragment waiting for its predicate)."""
    if len(clauses) < 3 or not any(d in masked for d in _DASHES):
        return clauses
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(clauses):
        if i + 2 < len(clauses) and _dash_between(masked, clauses[i], clauses[i + 1]) and _dash_between(
            masked, clauses[i + 1], clauses[i + 2]
        ) and _verbless(masked, *clauses[i]) and _verbless(masked, *clauses[i + 1], _MAX_PARENTHESIS_WORDS):
            out.append((clauses[i][0], clauses[i + 2][1]))
            i += 3
            continue
        out.append(clauses[i])
        i += 1
    return out


def _dash_between(masked: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """The two parts are cut at a dash: only a dash and blanks between the end of the one and the start of the other."""
    gap = masked[left[1]:right[0]]
    return any(ch in _DASHES for ch in gap) and all(ch in _DASHES or ch.isspace() for ch in gap)


def _verbless(masked: str, lo: int, hi: int, max_words: int | None = None) -> bool:
    """masked[lo:hi] holds no word the tagger may read as a finite verb (and at most `max_words` words)."""
    if max_words is not None and len(masked[lo:hi].split()) > max_words:
        return False
    # (a word right after an article is its noun, whatever the tagger makes of it lower-cased: "der weitergabe"; an
    # auxiliary or modal there follows a pronoun: "das war klar")
    for m in _WORD_AFTER.finditer(masked, lo, hi):
        tags = _AUXILIARIES if m.group("article") else FINITE
        if any(may_tag(m.group("word"), tag, first=False) for tag in tags):
            return False
    return True


_AUXILIARIES = ("VAFIN", "VMFIN")
_WORD_AFTER = re.compile(r"(?P<article>\b(?:der|die|das|dem|den|des|ein|eine|einer|einem|einen|eines)\s+)?\b(?P<word>[a-zäöüß]+)")


def _join_enumeration_items(masked: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses with enumeration items (see _ENUMERATION_ITEM) joined to the clause before them."""
    out: list[tuple[int, int]] = []
    for start, end in clauses:
        if out and _ENUMERATION_ITEM.match(masked, start, end):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _join_negated_list_items(masked: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Comma parts that open with "kein-" after a part holding "kein-" joined to it: the items of one negated list
    ("in Klassenchats keine Fotos von Kindern, keine Adressen und keine Krankmeldungen zu teilen", "gibt keine Chats,
    keine Adressbücher und keine Standortdaten an Facebook weiter"), which the shared cut opens at ", keine"."""
    if "kein" not in masked or len(clauses) < 2:
        return clauses
    out: list[tuple[int, int]] = []
    for start, end in clauses:
        if (
            out and masked[out[-1][1]:start].strip() == "," and _NEGATED_LIST_ITEM.match(masked, start, end)
            and _NEGATED_LIST_ITEM.search(masked, out[-1][0], out[-1][1]) is not None
        ):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _join_constituent_contrasts(masked: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses with a verbless contrast ("..., aber als verschlüsselter Wert zu Facebook", "..., sondern zur Abwehr
    von Spam") joined to the clause whose negated phrase it corrects: together they are one statement, whose
    negation is the phrase's (`negated_constituent_contrast`), not the verb's."""
    if "nicht" not in masked or len(clauses) < 2:
        return clauses
    out: list[tuple[int, int]] = []
    for start, end in clauses:
        if out:
            found = NEGATED_CONSTITUENT_CONTRAST.search(masked, out[-1][0], end)
            if found is not None and found.start() < out[-1][1] <= found.end() and start < found.end():
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


# The most words of a label before a colon ("Daten an Facebook", "Übermittlung an den Konzern"): a heading's words.
_LABEL_WORDS = 4


def _clause_of(clauses: list[tuple[int, int]], masked: str, offset: int, info: list[dict[str, bool]]) -> int:
    """The clause of a mention; a mention in the gap after a cue-less clause and a clause edge belongs
    to the next clause ("WhatsApp und Facebook: Chatnachrichten werden nicht geteilt" -> the negated one)."""
    ci = clause_index(clauses, offset)
    end = clauses[ci][1]
    if offset < end or ci + 1 == len(clauses):
        host = _antecedent_clause(clauses, masked, ci, info) if offset < end else None
        return ci if host is None else host
    if ";" in masked[end:offset]:
        # A semicolon ends a main clause: a mention after it opens the next one, whatever the one before said
        # ("Die Chats bleiben verschlüsselt; Metadaten wie die Nummer gehen dagegen an den Konzern").
        return ci + 1
    said = info[ci]["transfer"] or info[ci]["protection"] or info[ci]["negated"]
    if (
        said and not (info[ci]["transfer"] or info[ci]["protection"]) and ":" in masked[end:offset]
        and (info[ci + 1]["transfer"] or info[ci + 1]["protection"]) and _WH_LEAD_IN.match(masked, clauses[ci][0])
    ):
        # A wh-lead-in whose "nicht" denies the telling ("Was die Seite nicht sagt: Telefonnummer, ... gehen an
        # Facebook"): the mention after its colon is the subject of the transfer after it (own44-038)
        return ci + 1
    if (
        ci + 1 < len(clauses) and "," in masked[end:offset] and not masked[offset:clauses[ci + 1][0]].strip(" ,")
        and _ELLIPTIC_NEGATION.fullmatch(masked, *clauses[ci + 1]) is not None
    ):
        # A bare term after a comma, then only a negation: the elliptic conjunct of the statement before ("Die
        # Nummer teilt WhatsApp mit Facebook, Nachrichteninhalte nicht."), denied in its own clause (own49-046)
        return ci + 1
    if (
        said and ci == 0 and len(masked[clauses[ci][0]:end].split()) <= _LABEL_WORDS and ":" in masked[end:offset]
        and not masked[offset:clauses[ci + 1][0]].strip() and (info[ci + 1]["transfer"] or info[ci + 1]["protection"])
    ):
        # A short label opening the sentence before a colon, then a clause whose verb follows the mention right
        # away: the mention is that clause's fronted object or subject, not an item of the label ("Daten an
        # Facebook: Telefonnummern gibt WhatsApp nicht weiter"; ds38, session 38). A full clause before the colon
        # keeps the list after it ("erlauben den Austausch ...: Telefonnummer, ... könnten an Facebook gehen").
        return ci + 1
    if said:
        return ci
    # A colon after the mention makes it the topic of what follows: a clause break eats the blanks of
    # a masked mention right before it ("Und das Adressbuch: Das bleibt auf dem Telefon").
    if re.search(r"[:;,]", masked[end:offset]) or ":" in masked[offset : clauses[ci + 1][0]]:
        return ci + 1
    return ci


def _antecedent_clause(clauses: list[tuple[int, int]], masked: str, ci: int, info: list[dict[str, bool]]) -> int | None:
    """The clause a relative clause's antecedent stands in, when clause `ci` continues that relative clause: a
    contrast after it that ends, like it, in its verb and says nothing of a transfer or protection itself
    (`relative_continuation`: "..., die den Messenger gar nicht nutzen, sondern nur im Adressbuch eines Nutzers
    stehen"; own45-025). None otherwise. The mention there is said of the antecedent ("Menschen"), so the relative
    clause's negation is not the transfer's."""
    if ci < 2 or not info[ci - 1]["relative"] or info[ci]["transfer"] or info[ci]["protection"]:
        return None
    found = _RELATIVE_CONTINUATION.match(masked, *clauses[ci])
    if found is None or not any(may_tag(found.group(1), tag, first=False) for tag in FINITE):
        return None
    host = ci - 2
    while host > 0 and info[host]["relative"]:
        host -= 1
    return None if info[host]["relative"] else host


def _fronted_without_that(masked: str, start: int, end: int) -> bool:
    """masked[start:end] is a fronted "ohne dass" clause: it opens the sentence or follows a colon."""
    return _FRONTED_WITHOUT_THAT.match(masked, start, end) is not None and (
        start == 0 or masked[:start].rstrip().endswith(":")
    )


def _without_that_fronted(masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]]) -> None:
    """A fronted "ohne dass" clause and the main clause after it: beside a negated main clause a necessity ("Ohne
    dass die Nummer an den Konzern geht, lässt sich WhatsApp nicht nutzen": the number goes), so its transfer is
    stated; beside a plain one ("Ohne dass Daten an Facebook gehen, kann man chatten") no fact either way. The same
    for an "ohne dass" clause after its main clause ("..., ohne dass der Standort an Facebook geht"; session 39)."""
    for ci in range(len(clauses)):
        if ci + 1 < len(clauses) and _fronted_without_that(masked, *clauses[ci]):
            main = ci + 1
        elif ci > 0 and _trailing_without_that(masked, clauses[ci - 1], clauses[ci]):
            main = ci - 1
        else:
            continue
        if info[main]["negated"]:
            info[ci]["negated"] = False
        else:
            info[ci]["speculation"] = True


def denied_guarantee(masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]]) -> None:
    """A that-clause whose head is a noun of guarantee or certainty, or a verb of guaranteeing or promising, the
    sentence denies ("Es gibt keine Garantie, dass die Nummer nicht bei Facebook landet", "Eine Gewähr, dass ...,
    bietet das Update nicht", "Niemand kann versprechen, dass ..."): what nobody can be
    sure of, no fact either way (speculation). The denial is the head's clause's or the clause's right after the
    that-clause (session 39, ds39, own69-020)."""
    for ci in range(1, len(clauses)):
        if _THAT_OPENING.match(masked, clauses[ci][0]) is None or _GUARANTEE_HEAD.search(masked, *clauses[ci - 1]) is None:
            continue
        lo, hi = clauses[ci]
        comma = masked.rfind(",", lo, hi)  # the main clause's verb after a fronted head: ", bietet das Update nicht"
        if (
            info[ci - 1]["negated"] or _NOBODY.search(masked, *clauses[ci - 1]) is not None
            or (ci + 1 < len(clauses) and info[ci + 1]["negated"] and not info[ci + 1]["transfer"])
            or (clauses[ci - 1][0] == 0 and comma > lo and has_negation(masked[comma:hi]))
        ):
            info[ci]["speculation"] = True


def _trailing_without_that(masked: str, before: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Is `clause` an "ohne dass" clause cut off the clause `before` it at their comma (`_cut_trailing_without_that`)?"""
    cut = _TRAILING_WITHOUT_THAT.match(masked, before[1])
    return cut is not None and cut.end() == clause[0]


def _rumour_label(masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]], ci: int) -> bool:
    """A rumour named before a colon that introduces its content ("Ein Gerücht, das uns erreicht hat: WhatsApp
    gebe den Standort an Facebook weiter"): clause `ci` reports it, however many clauses the label runs to."""
    return any(
        info[j]["hearsay"] and ":" in masked[clauses[j][0]:clauses[ci][0]]
        # "Kurz zu den Gerüchten der letzten Tage: ...": a label that takes the rumours up, the speaker's answer follows
        and _ADDRESSED_RUMOUR.search(masked[clauses[j][0]:clauses[j][1]]) is None
        for j in range(ci)
    )


def _refuted_before_colon(masked: str, clauses: list[tuple[int, int]], ci: int) -> bool:
    """Clause `ci` follows a colon after a clause that refutes the claim it reports ("Die Behauptung, Facebook
    höre mit, stimmt nicht: Die Inhalte sind verschlüsselt"), or opens with the refuter's answer after a rumour's
    label ("Faktencheck Kettenbrief: Nein, Facebook kann eure Chats nicht lesen"): the refuter's own statement, not
    hearsay."""
    before = clauses[ci - 1]
    return ":" in masked[before[1]:clauses[ci][0]] and (
        _REFUTED_HEARSAY_END.search(masked, *before) is not None
        or _ADDRESSED_RUMOUR.search(masked[before[0]:before[1]]) is not None
        or _REFUTING_ANSWER.match(masked, clauses[ci][0], clauses[ci][1]) is not None
    )


def _statement_before_tail(sent: str) -> str:
    """A question-marked (lowered) sentence cut before a rhetorical wh-question after a dash, when the part before it
    opens as no question: "Dass Facebook die Nummern erhält, hat kaum jemanden bewegt - warum sollte es diesmal anders
    sein?" states its first part. Any other question is returned whole (and read as one: it asserts nothing)."""
    tail = _RHETORICAL_TAIL.search(sent)
    if tail is None or _QUESTION_OPENING.match(sent) is not None or is_question(sent[: tail.start()]):
        return sent
    return sent[: tail.start()]


def _without_contrary_asides(masked: str) -> str:
    """The masked sentence with its asides set against hearsay ("..., anders als häufig behauptet, nicht an Facebook
    weitergegeben") blanked with their commas: the writer's own statement goes on across them (the aside cut the
    transfer "gehen ... nicht an Facebook" in two clauses), and their "behauptet" reports nothing. Letters, not
    spaces: a run of spaces is a masked mention to the clause rules."""
    found = list(_CONTRARY_TO_HEARSAY.finditer(masked))
    if not found:
        return masked
    chars = list(masked)
    for m in found:
        start, end = m.start(), m.end()
        before = masked.rfind(",", 0, start)
        if before >= 0 and not masked[before + 1:start].strip():
            start = before
        after = _ASIDE_COMMAS.match(masked, end)
        if after is not None and "," in after.group():
            end = after.end()
        chars[start:end] = " " + "x" * (end - start - 2) + " "  # (one word, the words beside it stay apart)
    return "".join(chars)


def _after_worry(masked: str, clauses: list[tuple[int, int]], ci: int) -> bool:
    """Clause `ci` stands after a colon whose clause names a worry ("Die Befürchtung der Verbraucherschützer:
    Facebook könne ...", `_WORRY_INTRO`): it says what is feared."""
    for j in range(ci - 1, -1, -1):
        if ":" in masked[clauses[j][1] : clauses[j + 1][0]]:
            return _WORRY_INTRO.search(masked, *clauses[j]) is not None
    return False


def _hypothetical(masked: str, clauses: list[tuple[int, int]], ci: int) -> bool:
    """Clause `ci` is the zu-infinitive of a Konjunktiv II head in it or the clause before (`is_hypothetical`)."""
    lo = clauses[ci - 1][0] if ci > 0 else clauses[ci][0]
    return is_hypothetical(masked, lo, clauses[ci][1], clauses[ci][0])


def _predicate_protects(info: list[dict[str, bool]], ci: int, masked: str, clauses: list[tuple[int, int]]) -> bool:
    """The first clause after clause `ci` that is no relative clause (nor a one-word verdict) says the data stays
    protected. Not across a colon to a clause that names data of its own: it says what happens to those ("versucht
    die Nutzer mit Statusmeldungen zu beruhigen: Man könne weder private Nachrichten lesen ..." protects the messages,
    not the status messages; "... der Nachrichten an Freunde: Diese seien verschlüsselt" protects what it refers to)."""
    j = ci + 1
    while j < len(info) and (info[j]["relative"] or info[j]["bare"]):
        j += 1
    if j >= len(info):
        return False
    if ":" in masked[clauses[ci][1]:clauses[j][0]] and _MASKED_RUN.search(masked, *clauses[j]) is not None:
        return False
    return info[j]["protection"] and not info[j]["transfer"]


def _hosted_by_purpose(masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]]) -> None:
    """Mark the purpose clause after a use of Facebook's services as hosted: "wie Unternehmen Facebook-Dienste nutzen
    können, um ihre Chats zu speichern" says the chats are stored by Facebook (the business-chats convention), though
    the clause that names Facebook and the one that names the chats are two."""
    for ci in range(1, len(clauses)):
        if _HOSTING_USE.search(masked, *clauses[ci - 1]) and _STORING_PURPOSE.match(masked, clauses[ci][0], clauses[ci][1]):
            info[ci].update(hosted=True, strong=True, transfer=True)


def _states_transfer(c: dict[str, bool], fb_near: bool, fb_before: bool, negated: bool | None = None) -> bool:
    """Clause flags `c` state a transfer to Facebook: Facebook named in the clause, or a strong cue with Facebook
    named near. A transfer said NOT to happen (`negated`, the clause's own by default), or data said not to stay
    with the sender ("bleiben nicht bei WhatsApp"), needs Facebook only named before."""
    negated = c["negated"] if negated is None else negated
    return c["transfer"] and (c["fb_clause"] or (c["strong"] and (fb_near or ((negated or c["leaves"]) and fb_before))))


def _predicate_after_turn(info: list[dict[str, bool]], ci: int) -> bool:
    """Clause `ci` is a bare fronted subject (one word beside its masked mention: "die Metadaten") whose predicate
    comes after an interposed clause or two and opens with a turn ("..., wer wann mit wem kommuniziert, aber lägen bei
    WhatsApp"): a negation before the subject ends at that turn, as at a turn before it."""
    if not info[ci]["bare"]:
        return False
    return any(info[k]["turn"] for k in range(ci + 1, min(ci + 3, len(info))))


def semicolon_parts(masked: str, clauses: list[tuple[int, int]]) -> list[int]:
    """Each clause's part of the (masked) sentence: the number of semicolons before it."""
    return [masked.count(";", 0, start) for start, _ in clauses]


def negated_antecedent(masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]], ci: int) -> bool:
    """Is clause `ci` a relative clause with no cue of its own on a noun its main clause negates by its determiner
    "kein" ("bekommt keine Freundesvorschläge mehr, die auf seiner Nummer beruhen")? The "kein" negates that noun
    phrase, not what the relative clause names: its data are neither kept back nor passed on (session 46, ds46).
    Not where the main clause is a strong transfer or the relative clause says the noun holds the data ("schickt
    keine Pakete an Facebook, die Kontaktdaten enthalten"): a carrier denied is its data denied."""
    c = info[ci]
    if ci == 0 or not c["relative"] or c["transfer"] or c["protection"] or c["negated"]:
        return False
    if info[ci - 1]["strong"] or _CONTAINING.search(masked, *clauses[ci]) is not None:
        # a carrier of the data: "WhatsApp gibt keine Listen weiter, die Telefonnummern enthalten" denies the data's
        # transfer with their carrier's (review46's finding)
        return False
    lo, hi = clauses[ci - 1]
    found = _NEGATED_ANTECEDENT.search(masked, lo, hi)
    return found is not None and not has_negation(masked[lo:found.start()])


def _nearest_transfer(
    info: list[dict[str, bool]], ci: int, fb_near: bool, fb_before: bool = False, parts: list[int] | None = None
) -> bool | None:
    """Polarity of the transfer clause nearest to clause `ci` (following one preferred on ties).

    As for a mention in the transfer clause itself, a transfer said NOT to happen needs Facebook only
    named before (`fb_before`): "Auch das Adressbuch, das WhatsApp auf seine Server lädt, soll nicht
    weitergereicht werden." deep in an article about the sharing.
    `parts`: each clause's part of the sentence between semicolons (`semicolon_parts`), or None for one part.
    """
    best: tuple[int, bool] | None = None
    # A relative clause describes its noun ("Die Kontakte, die WhatsApp zum Abgleich nutzt, bleiben geschützt"):
    # the main clauses say what happens to it, when they say anything - the main clauses of its own part: after a
    # semicolon a new statement begins ("Private Nachrichten bleiben verschlüsselt; betroffen sind Chats mit
    # Firmen, die diese über Facebook-Server laufen lassen", own41-039, session 25 ds25).
    main_clauses = any(
        not c["relative"] and (c["transfer"] or c["protection"])
        for j, c in enumerate(info) if j != ci and (parts is None or parts[j] == parts[ci])
    )
    for j, c in enumerate(info):
        if j == ci or c["conditional"] or c["speculation"] or c["purpose_only"] or (c["relative"] and main_clauses):
            continue
        if c["other_recipient"]:
            continue  # "Kontakte ..., die ..., landen bei dem Dienst": passed on, but not to Facebook
        if (c["relative"] and c.get("consent_negated")) or c.get("role_negated"):
            # "Nummern von Menschen, die nie in eine Weitergabe eingewilligt haben": the consent is negated, not the
            # transfer; "gehen nicht als Adressbuch zu Facebook": only the role is
            continue
        if c["negated"] and j < ci and any(info[k]["turn"] for k in range(j + 1, ci + 1)):
            continue  # "Die Nutzer hätten nichts bekommen, aber ihre Kontakte ...": the negation ends at the turn
        if c["negated"] and j < ci and _predicate_after_turn(info, ci):
            continue  # "... nicht lesen - die Metadaten, wer mit wem schreibt, aber lägen bei WhatsApp" (own39-060)
        if _states_transfer(c, fb_near, fb_before):
            dist = abs(j - ci) * 2 - (1 if j > ci else 0)
            if best is None or dist < best[0]:
                best = (dist, not c["negated"])
    return None if best is None else best[1]
