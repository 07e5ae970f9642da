"""Figures the text refutes, corrects or quotes as a myth: no purchase price (issue 7, session 38, prec38).

Fact checks, corrections, myth lists and quizzes name the deal's size in figures they reject: "Mythos: Der Messenger
kostete Zuckerberg 19 Milliarden Euro. Fakt: Die Währung stimmt nicht." An amount is such a figure by the speech act
around it, not by its words:

- a claim and its verdict: a claim label opens the amount's line or one of the two sentences before ("Behauptung:",
  "Mythos 2:", "Aussage:"), and the verdict after it ("Bewertung: Falsch.", "Falsch.", "Stimmt nicht.") is negative
  and not partial ("Teilweise falsch", "Irreführend": the claim's figure may be the true one);
- a myth noun that governs it ("der Mythos von den 20 Milliarden", "die Legende der 20 Milliarden Euro"), or a
  report or myth noun (or a subject "dass" clause) whose content clause holds it, declared false in a later clause
  of the sentence ("Die Legende, Facebook habe 20 Milliarden gezahlt, hält sich hartnäckig, stimmt aber nicht");
- hearsay answered by a correction: the amount's sentence gives it as said or believed ("Oft ist von 22 Milliarden
  Euro die Rede", "Ich hab gehört, ...") and a correction opener ("Tatsächlich", "In Wahrheit", "Richtig ist", "Es
  waren") after it, in its sentence or the next, states another figure;
- a refutation that opens the next sentence ("Das war ein Fehler.", "Sie stimmt aber nicht.");
- a quiz option the quiz's answer does not name ("a) 12 Milliarden ... b) 19 Milliarden ... Lösung: b").

A figure the correction or the verdict's part states again (the same value, in no other currency) is the true
figure quoted in the claim and stays a price: the rule rejects only what the text sets another figure against or
calls false. Phrasings are data: patterns/price_refuted.json.
"""
from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from models import context, mood, negation_words, price_answered, price_currency_judged
from models.moment import names_a_moment, text_moment
from models.pattern_marks import expand_file
from models.money import MoneyMention, find_money, same_figure  # same_figure: price.py asks it here too
from models.regex_tools import EDGE_AFTER as _EDGE_AFTER, EDGE_BEFORE as _EDGE_BEFORE, grouped
from models.quote_marks import DOUBLE_QUOTE_MARKS, OPENING_QUOTE_MARKS

PATTERNS_FILE = Path(__file__).resolve().parent / "patterns" / "price_refuted.json"
# doc.user_data key: the starts of sums refuted only in their size, whose purchase and year stand (models/year.py)
SIZE_REFUTED_KEY = "dealwatch_size_refuted_sums"
_SENTENCES_BEFORE = 2  # how far back a claim label may open the claim ("Behauptung:" on its own line, then the claim)
_SENTENCES_AFTER = 3  # how far on the verdict may stand
_ANSWER_SENTENCES = 6  # how far on a quiz's answer may stand


def _words(spec: dict[str, list[str]], key: str) -> str:
    """The alternation of list `key`, each entry a group of its own."""
    return grouped(spec[key])


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern[str]]:
    """patterns/price_refuted.json, compiled (over lower-cased text)."""
    # the placeholders of the shared word classes expanded ("@saying_frame@", models/pattern_marks.py)
    spec = expand_file(json.loads(PATTERNS_FILE.read_text(encoding="utf-8")))
    # "Mythos 2:", "Behauptung –", "Aussage im Netz:", "Ergebnis des Checks:" (matched at a sentence's or line's start)
    label_end = r"(?:\s*\d+)?(?:\s+[\wäöüß-]+){0,3}?\s*[:–-]"
    asked = r"(?:\s+[\wäöüß-]+){0,3}?\s*[?:]"  # "Richtig oder falsch?", "Stimmt das?"
    myth = _words(spec, "myth_nouns")
    # word lists matched whole, with word edges on both sides
    rules = {name: re.compile(rf"{_EDGE_BEFORE}{_words(spec, key)}{_EDGE_AFTER}") for name, key in (
        ("denied_talk", "denied_talk"), ("guess", "guess_verbs"), ("quiz_answer_word", "quiz_answers"),
        ("negative", "negative_verdicts"), ("partial", "partial_verdicts"), ("hearsay", "hearsay_frames"),
        ("myth_noun", "myth_nouns"), ("confirming", "confirming_predicates"),
        ("first_statement", "first_statement_adverbs"), ("self_correction", "self_corrections"),
        ("self_withdrawal", "self_withdrawals"))}
    rules["withdrawal_other_topic"] = re.compile(spec["withdrawal_other_topics"])
    # "statt wie zuerst gemeldet", "anstelle der irrtümlich genannten": a figure set aside as first or wrongly reported,
    # right before it (a qualifier between); the group "error" holds an error adverb (`refuted_in_sentence`)
    rules["instead_of_reported"] = re.compile(
        rf"{_EDGE_BEFORE}(?:{_words(spec, 'instead_frames')}\s+(?:(?:der|den|die|des|dem)\s+)?(?:wie\s+)?"
        rf"|{_words(spec, 'negated_frames')}\s*,?\s+wie\s+)"
        rf"(?:[\wäöüß-]+\s+){{0,2}}?(?:{_words(spec, 'first_statement_adverbs')}|(?P<error>{context.cue_words('retracted')}))"
        rf"\s+(?:[\wäöüß-]+\s+){{0,2}}?{_words(spec, 'reported_participles')}(?:e|en|er|es|em)?\s*,?\s*"
        rf"(?:[\wäöüß.-]+\s+){{0,2}}?$")
    # what a self-correction names as its own topic right after its verb: another detail than the figure
    rules["correction_other_topic"] = re.compile(_words(spec, "correction_other_topics"))
    # the hearsay frames of reported speech alone: a verb of reporting and its dass- or Konjunktiv I clause ("schreibt
    # die Zeitung, Facebook habe ..."), the rows of hearsay_frames that name @reporting_verb@ (`_hearsay_corrected`'s
    # unlabelled reply; session 48, prec48)
    raw = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))["hearsay_frames"]
    reported = [row for row, written in zip(spec["hearsay_frames"], raw) if "@reporting_verb@" in written]
    rules["reported_speech"] = re.compile(rf"{_EDGE_BEFORE}{grouped(reported)}{_EDGE_AFTER}")
    # a verdict that opens with a confirming word ("Richtig.", "Stimmt, ...", "Korrekt:"), `claim_confirmed`
    rules["confirming_opener"] = re.compile(rf"[^\S\n]*\W*{_words(spec, 'confirming_openers')}{_EDGE_AFTER}")
    # a verdict whose subject refers back to the claim ("Das ist richtig.", "Das stimmt.", "Die Angabe trifft zu.")
    rules["confirming_verdict"] = re.compile(
        rf"[^\S\n]*\W*{_words(spec, 'verdict_subjects')}\s+{_words(spec, 'confirming_verdicts')}{_EDGE_AFTER}")
    rules["verdict_contrast"] = re.compile(rf"{_EDGE_BEFORE}{_words(spec, 'verdict_contrasts')}{_EDGE_AFTER}")
    # a negation anywhere in the verdict's sentence takes its confirmation back ("Wahr ist das nicht.", "Bestätigt hat
    # das niemand."): the one negation class of negation_words.json, with the negating pronouns and determiners
    rules["verdict_negation"] = re.compile(
        rf"{_EDGE_BEFORE}(?:{negation_words.negation()}|{_words(spec, 'verdict_negations')}){_EDGE_AFTER}")
    # labels that open a sentence or line ("Behauptung:", "Irrtum Nummer eins:", "Falsch:", "Bewertung:")
    rules.update({name: re.compile(rf"[^\S\n]*\W*{_words(spec, key)}{tail}") for name, key, tail in (
        ("false_label", "false_labels", label_end), ("wrong_half", "wrong_half", r"\s*:"),
        ("right_half", "right_half", r"\s*:"), ("verdict_label", "verdict_labels", label_end + r"\s*"))})
    # openers of a correction, a speaker's label before them allowed ("Moderator: Nein, ...")
    rules.update({name: re.compile(rf"\W*{label}{_words(spec, key)}{_EDGE_AFTER}") for name, key, label in (
        ("correction", "correction_openers", r"(?:[\wäöüß-]+\s*:\s*)?"), ("reply", "reply_openers", r"[\wäöüß-]+\s*:\s*"),
        ("weak_correction", "weak_correction_openers", r"(?:[\wäöüß-]+\s*:\s*)?"),
        ("bare_reply", "reply_openers", ""))})
    # what opens a sentence: a fronted refutation ("Falsch ist ..."), a refutation of the sentence before
    rules.update({name: re.compile(rf"\W*(?:{'|'.join(_words(spec, key) for key in keys)}){_EDGE_AFTER}") for name, keys in (
        ("fronted_refutation", ("fronted_refutation",)), ("refuted_next", ("refuted_next", "size_refuted_next")),
        ("size_refuted_next", ("size_refuted_next",)), ("statement_refuted_next", ("refuted_next",)))})
    # the noun whose content a clause is, right before its comma, up to three words after it (`refuted_in_sentence`)
    rules["content_noun"] = re.compile(rf"(?:({rules['myth_noun'].pattern})|{_REPORT_NOUN})(?:\s+[\wäöüß-]+){{0,3}}$")
    return rules | dict(
        claim_label=re.compile(rf"[^\S\n]*\W*(?:{_words(spec, 'claim_labels')}{label_end}|{_words(spec, 'claim_questions')}{asked})"),
        # "Entgegen anderslautenden Berichten über 20 Milliarden Euro": a report noun after a contrary preposition governs
        contrary_report=re.compile(rf"{_EDGE_BEFORE}{_words(spec, 'contrary_frames')}\s+(?:[\wäöüß-]+\s+){{0,3}}?"
                                   rf"[\wäöüß-]*{context.cue_words('report_nouns')}\w*\s+(?:von|über|mit)\s+"
                                   rf"(?:[\wäöüß-]+\s+){{0,2}}$"),
        # "Anders als oft behauptet", "wie vielfach berichtet": the sentence says its figure was reported
        reported=re.compile(rf"{_EDGE_BEFORE}(?:{_words(spec, 'contrary_frames')}|wie)\s+(?:[\wäöüß-]+\s+){{0,3}}?"
                            rf"{_words(spec, 'reported_participles')}{_EDGE_AFTER}"),
        negated=re.compile(rf"{_EDGE_BEFORE}{context.cue_words('denying_words')}\s+(?:etwa\s+)?(?:(?:bei|auf|um|mit|für)\s+)?$"),
        denied_saying=re.compile(rf"{_EDGE_BEFORE}{_words(spec, 'denied_saying')}\s*$"),
        coordinated=re.compile(spec["coordinated_refutation"] + _EDGE_AFTER),
        # "der Mythos von den 20 Milliarden", "die Legende der 20 Milliarden Euro": up to two words between
        myth_governs=re.compile(rf"{_EDGE_BEFORE}{myth}\s+(?:{_words(spec, 'myth_prepositions')}\s+)?"
                                rf"(?:[\wäöüß„“\"»«-]+\s+){{0,2}}$"),
        myth_predicate=re.compile(rf"{_EDGE_BEFORE}(?:{_words(spec, 'myth_predicates')}|{context.cue_words('refuting_predicates')})"),
        option=re.compile(spec["option_marker"], re.MULTILINE),
        box=re.compile(spec["box_marker"]),
        # "Korrektur:", "Berichtigung:" opening a sentence or a post after its poster's label ("↳ @Zeitung: Korrektur:")
        correction_label=re.compile(rf"[^\S\n]*\W*(?:[@\wäöüß.-]+\s*:\s*)?{_words(spec, 'correction_labels')}\s*:"),
        currency_contrast=re.compile(spec["currency_contrast"]),
        # a tick or a word of solving, answering or judging right after a quiz's options (`_options_unkeyed`)
        option_keyed=re.compile(rf"{grouped(spec['option_ticks'])}|{_EDGE_BEFORE}{_words(spec, 'option_key_words')}"),
        answer=re.compile(rf"{_EDGE_BEFORE}{spec['quiz_answer']}"),
        # "aus dem letzten Newsletter", "in der Juli-Ausgabe": another issue of the publication (`_key_of_another_issue`)
        other_issue=re.compile(rf"{_EDGE_BEFORE}(?:(?:{_words(spec, 'other_issue_adjectives')}\s+(?:[\wäöüß-]+\s+)?"
                               rf"|[\wäöüß]+-){_words(spec, 'issue_nouns')}|{_words(spec, 'other_issue_words')}"
                               rf"|(?:am|ab|bis)\s+{context.cue_words('weekdays')}){_EDGE_AFTER}"),
    )


def _figures_in(mentions: Sequence[MoneyMention], start: int, end: int) -> list[MoneyMention]:
    """The amounts of the deal's size range (a billion or more) between `start` and `end`."""
    return [m for m in mentions if start <= m.start and m.end <= end and m.value >= 1e9]


def _states_it_again(mention: MoneyMention, mentions: Sequence[MoneyMention], start: int, end: int) -> bool:
    """Does the stretch [start, end) state `mention`'s figure again (another amount of the same figure)?"""
    return any(same_figure(mention, other) for other in _figures_in(mentions, start, end) if other is not mention)


def _states_another(mention: MoneyMention, mentions: Sequence[MoneyMention], start: int, end: int) -> bool:
    """Does the stretch [start, end) state another figure, and not `mention`'s again?"""
    figures = [m for m in _figures_in(mentions, start, end) if m is not mention]
    return bool(figures) and not any(same_figure(mention, other) for other in figures)


def refuted_in_sentence(sentence_text: str, rel_start: int, rel_end: int, amount_start: int) -> bool:
    """Is the amount at [rel_start, rel_end) of `sentence_text` a figure its own sentence presents as false: governed
    by a myth noun ("Der Mythos von den 20 Milliarden Euro ist nicht totzukriegen"), or in the content clause of a
    report or myth noun (or a subject "dass" clause) that a later clause of the sentence declares false ("Die
    Legende, Facebook habe 20 Milliarden gezahlt, hält sich hartnäckig, stimmt aber nicht", "Dass Facebook 20
    Milliarden zahlte, ist ein Mythos")? `amount_start`: where the number begins, after a qualifier that may be the
    governing preposition ("Berichten über 20 Milliarden")."""
    low = context.lower_keeping_offsets(sentence_text)
    rules = _rules()
    if rules["myth_governs"].search(low, max(0, rel_start - 60), rel_start) or \
            rules["contrary_report"].search(low, max(0, rel_start - 90), amount_start):
        return True
    if rules["negated"].search(low, max(0, rel_start - 30), rel_start) and rules["reported"].search(low):
        return True  # "Anders als oft behauptet zahlte Facebook nicht 22 Milliarden Euro": the reported figure denied
    if rules["first_statement"].search(low, 0, rel_start) and rules["reported_speech"].search(low, 0, rel_start) \
            and (correction := rules["self_correction"].search(low, rel_end)) is not None \
            and not rules["correction_other_topic"].match(low, correction.end() + 1):
        return True  # "X schrieb zunächst, Facebook habe 20 Milliarden Dollar gezahlt, korrigierte sich aber": the
        # figure its speaker corrected, unless the correction names another detail as its topic ("korrigierte sich bei der
        # Nutzerzahl", "... auf 450 Millionen Nutzer"; review50) (issue 7, session 50, prec50)
    if (instead := rules["instead_of_reported"].search(low, max(0, amount_start - 90), amount_start)) is not None and (
            instead.group("error") is not None or text_moment(low[: instead.start()] + " " + low[rel_end:], news=False) != "closing"):
        return True  # "Facebook zahlte 19 Milliarden Dollar (statt wie zuerst gemeldet 16 Milliarden Dollar)": the figure
        # first reported, set aside; not "Am Ende 22 Milliarden statt der zunächst gemeldeten 19" beside the closing (the
        # base set against the closing value, D73 (a): both true, also after "nicht, wie zunächst gemeldet, ..."; an error
        # adverb retracts it whatever is named; a date of the announcement does not keep it, review58; issue 7, session
        # 58, prec58: review57's base error)
    if (withdrawal := rules["self_withdrawal"].search(low, rel_end)) is not None \
            and not _scaled_amount_in(low[rel_end : withdrawal.start()]) \
            and not rules["withdrawal_other_topic"].search(low, rel_end):
        return True  # "schrieb erst, WhatsApp sei für 21 Milliarden Dollar verkauft worden, und schob nach: „Mein Fehler,
        # ...“", "..., Facebook lege 20 Milliarden Dollar auf den Tisch – das hatte ich verwechselt": the figure its own
        # speaker withdraws (D56 (b); issue 7, session 51, prec51, challenge_gen27-001/-002)
    left, right = context.clause_around(low, rel_start, rel_end)
    talked_of = _TALKED_OF.search(low, max(0, rel_start - 8), rel_start) is not None
    if rules["denied_talk"].search(low, rel_end, len(low) if talked_of else right):
        return True  # "Von 17,5 Milliarden Dollar, wie sie ein Lehrbuch nennt, war nie die Rede": a figure denied to
        # have been said (past the relative clause where the figure is what "die Rede" is of)
    if right < len(low) and low[right] == "," and rules["coordinated"].match(low, right + 1):
        return True  # "Die Zahl von 20 Milliarden hält sich hartnäckig, stimmt aber nicht": its predicate's second half
    return _content_refuted(low, left, right)


def _scaled_amount_in(words: str) -> bool:
    """Do `words` hold a sum with its scale ("19 Milliarden")?"""
    return any(found.has_scale for found in find_money(words))


# Speech or writing in a sentence: a quotation mark, or a colon that opens what is said ("tippte Mia: ...").
_SPOKEN = re.compile(rf"[{DOUBLE_QUOTE_MARKS}]|:\s")


def _withdrawn_next(low: str, starts: Sequence[int], ends: Sequence[int], index: int, mention: MoneyMention) -> bool:
    """'Im Chat tippte Mia: „Facebook hat 21 Milliarden Dollar für WhatsApp bezahlt.“ Zehn Minuten später: „Vergesst,
    was ich geschrieben habe, die Zahl stimmt nicht.“': the sentence after the figure's withdraws it in the first person
    (price_refuted.json self_withdrawals), with no other figure between, and the figure's sentence is speech or writing
    (a quote, a colon before the figure). A withdrawal after a plain statement of the text is another speaker's of
    another thing ("Facebook zahlt 19 Milliarden. „Ich habe mich geirrt“, sagt Koum über ..."). Issue 7, session 51,
    prec51 (challenge_gen27-003)."""
    if index + 1 >= len(starts) or _SPOKEN.search(low, starts[index], mention.start) is None:
        return False
    withdrawal = _rules()["self_withdrawal"].search(low, starts[index + 1], ends[index + 1])
    return withdrawal is not None and not _scaled_amount_in(low[mention.end : withdrawal.start()]) \
        and not _rules()["withdrawal_other_topic"].search(low, starts[index + 1], ends[index + 1])


def _content_refuted(low: str, left: int, right: int) -> bool:
    """Is the clause [left, right) of the sentence `low` the content of a report, a myth or a saying that the
    sentence calls false: a subject "dass" clause or a report noun's content with a refuting predicate after it ("...,
    stimmt aber nicht", "ist ein Mythos") or fronted before it ("Falsch ist die Behauptung, ..."), a myth noun's
    content not confirmed after it ("Eine hartnäckige Legende besagt, ..."), or a denied saying's ("Koum hat nie
    gesagt, ...")?"""
    rules = _rules()
    myth = False
    if left == 0:
        content = low.lstrip().startswith(("dass ", "daß ", "wonach "))
    else:
        if not low[:left].rstrip(" " + OPENING_QUOTE_MARKS).endswith(","):
            return False  # a content clause follows its noun or verb after a comma (not a title's colon)
        before = low[:left].rstrip(" ,„“\"»«")
        if rules["denied_saying"].search(before):
            return True
        # the noun whose content the clause is: right before its comma, up to three words after it ("Die Legende aus
        # den Anfangstagen, ...", "Eine hartnäckige Legende besagt, ...")
        noun = rules["content_noun"].search(before)
        content = noun is not None
        myth = content and noun.group(1) is not None
        if content and rules["fronted_refutation"].match(low):
            return True  # "Falsch ist die Behauptung mancher Blogs, WhatsApp habe 20 Milliarden gekostet"
    if not content:
        return False
    # a later clause of the sentence, up to the next "dass"/"ob" clause or semicolon (another content), judges it
    rest = low[right:]
    stop = re.search(r";|,\s*(?:dass|daß|ob|wonach)\s", rest)
    rest = rest[: stop.start() if stop else len(rest)]
    if rules["myth_predicate"].search(rest):
        return True
    return myth and not rules["confirming"].search(rest)


_TALKED_OF = re.compile(r"(?<![\wäöüß])(?:von|über)\s+$")  # "Von 17,5 Milliarden ... war nie die Rede"
_REPORT_NOUN = rf"{_EDGE_BEFORE}[\wäöüß-]*{context.cue_words('report_nouns')}(?:e|en|n|s|es)?{_EDGE_AFTER}"


def refuted_in_context(low: str, starts: Sequence[int], ends: Sequence[int], index: int,
                       mention: MoneyMention, mentions: Sequence[MoneyMention]) -> bool:
    """Is `mention` (in sentence `index` of the sentences `starts`/`ends` of the text whose lower case with offsets
    kept is `low`) a figure the text around its sentence refutes: a claim given a negative verdict, hearsay corrected
    with another figure, a refutation opening the next sentence, a currency the text judges wrong, a quiz option the answer does not name or a quiz that names none, an
    alternative of a question the answer does not choose, or a guess the answer judges wrong?"""
    return (_claim_given_false(low, starts, ends, index, mention, mentions)
            or _hearsay_corrected(low, starts, ends, index, mention, mentions)
            or _refuted_next(low, starts, index)
            or _withdrawn_next(low, starts, ends, index, mention)
            or _currency_corrected_later(low, starts, ends, index, mention, mentions)
            # "Ein Kollege behauptet, Facebook habe 19 Milliarden Euro bezahlt. ... 19 Milliarden Dollar. Die Angabe in
            # Euro ist schlicht falsch." (models/price_currency_judged.py; issue 7, session 52, prec52)
            or price_currency_judged.judged_wrong(low, starts, ends, index, mention, mentions)
            # "„Hat Facebook 20 Milliarden Euro gezahlt?“ ... „Nein, 19 Milliarden Dollar.“", "... berichtigte ihn: Es
            # seien 19 Milliarden Dollar gewesen." (models/price_answered.py; issue 7, session 55, prec55)
            or price_answered.answered_otherwise(low, starts, ends, index, mention, mentions)
            or _option_not_chosen(low, starts, ends, index, mention)
            or _options_unkeyed(low, starts, ends, index, mention, mentions)
            or _box_option_not_chosen(low, mention, mentions)
            or _alternative_not_chosen(low, starts, ends, index, mention, mentions)
            or _guess_judged_wrong(low, starts, ends, index, mention, mentions))


def _line_start(low: str, offset: int) -> int:
    """Where the line holding `offset` begins."""
    return low.rfind("\n", 0, offset) + 1


def _content_end(low: str, start: int, end: int) -> int:
    """The end of the sentence [start, end) without the white space and line breaks after it."""
    return start + len(low[start:end].rstrip())


def _claim_given_false(low: str, starts: Sequence[int], ends: Sequence[int], index: int, mention: MoneyMention,
                       mentions: Sequence[MoneyMention]) -> bool:
    """'Behauptung: Facebook zahlte 22 Milliarden Euro. Bewertung: Falsch. Facebook zahlte 19 Milliarden Dollar.':
    a claim label opens the amount's sentence or line, or one of the two sentences before with no verdict between;
    the first verdict after it (a verdict label, or a sentence that opens with a verdict word) is negative and not
    partial; and the verdict's part (up to the next claim label) does not state the amount's figure again. A label
    that is a verdict itself ("Irrtum:", "Mythos 3:", "Falschmeldung:") needs no verdict after it: its figure is
    refuted unless a verdict after it is not negative or the two sentences after it state the figure again. So is
    the first line of an erratum's pair ("Falsch: ... / Richtig: ...")."""
    rules = _rules()
    if _erratum_pair(low, starts, ends, index, mention, mentions):
        return True
    if _verdict_at(low, starts[index]) is not None:
        return False  # the amount stands in a verdict ("Falsch: Es waren 19 Milliarden Dollar.")
    label = None
    for back in range(index, max(-1, index - _SENTENCES_BEFORE - 1), -1):
        # (the line's start counts where it lies inside the sentence: "Korrektur\nBehauptung: ..." split as one)
        label = next((found for opening in (starts[back], max(starts[back], _line_start(low, _content_end(low, starts[back], ends[back]) - 1)))
                      if (found := rules["claim_label"].match(low, opening) or rules["false_label"].match(low, opening))), None)
        if label is not None or (back != index and _verdict_at(low, starts[back]) is not None):
            break  # a label found; or a verdict stands between: the amount is in the verdict's part, not the claim's
    if label is None:
        return False
    is_verdict = rules["false_label"].match(low, label.start()) is not None
    if is_verdict and back != index and low[label.end() : ends[back]].strip():
        return False  # a label that is a verdict judges its own sentence (or the next, when it stands alone)
    for ahead in range(index + 1, min(len(starts), index + _SENTENCES_AFTER + 1)):
        if rules["claim_label"].match(low, starts[ahead]) or rules["false_label"].match(low, starts[ahead]):
            break  # the next claim opens before any verdict
        verdict = _verdict_at(low, starts[ahead])
        if verdict is None:
            continue
        if not verdict:
            return False  # a verdict that is not negative, or only partly so
        part_end = next((starts[i] for i in range(ahead + 1, len(starts))
                         if rules["claim_label"].match(low, starts[i]) or rules["false_label"].match(low, starts[i])),
                        len(low))
        return not _states_it_again(mention, mentions, starts[ahead], part_end)
    if not is_verdict:
        return False  # a neutral label ("Behauptung:") with no verdict found
    return not _states_it_again(mention, mentions, ends[index], ends[min(len(ends) - 1, index + 2)])


def claim_label_at(low: str, start: int) -> bool:
    """Does a claim's label open `low` (lower-cased) at `start`: a neutral one ("Behauptung:", "Gerücht:") or one that
    calls it false ("Mythos 2:", "Irrtum 3:", "Legende –")? models/year.py reads a year in such a claim as the claim's,
    judged by `claim_confirmed` (issue 7, session 41, when41)."""
    rules = _rules()
    return rules["claim_label"].match(low, start) is not None or rules["false_label"].match(low, start) is not None


def claim_put_to_the_test(low: str, starts: Sequence[int], ends: Sequence[int], index: int,
                          opens: Callable[[], int] | None = None) -> bool:
    """Does sentence `index` of the lower-cased `low` state a claim a fact check puts to the test, with no verdict that
    confirms it: a claim's label opens it ("Behauptung 3: „...“", "Irrtum 2: ...") or the sentence before it when that
    is the label alone ("Mythos 2:" on a line of its own), and `claim_confirmed` finds no confirming verdict after it?
    `opens`, where given, gives a second place the label may open at (opt-out's sentence body after a layout lead).
    The one reader of a fact check's claim for the year (models/year.py) and opt-out (models/opt_out.py)."""
    labelled = claim_label_at(low, starts[index]) or (opens is not None and claim_label_at(low, opens())) or (
        index > 0 and low[starts[index - 1]:ends[index - 1]].rstrip().endswith(":") and claim_label_at(low, starts[index - 1]))
    return bool(labelled) and not claim_confirmed(low, starts, ends, index)


def claim_confirmed(low: str, starts: Sequence[int], ends: Sequence[int], index: int) -> bool:
    """Does a claim put to the test in sentence `index` (its label, deal.json myth_label: "Behauptung:", "Mythos 1:",
    opening the sentence) get a verdict that confirms it in one of the sentences after it, before the next claim opens
    ("Bewertung: Die Zahl stimmt.", "Richtig.", "Stimmt, ...")? Its figure is then the text's, judged as any other;
    with no verdict, a negative or a partial one ("Irreführend."), it stays a claim. Issue 7, session 40, price40
    (own72-034)."""
    rules = _rules()
    for ahead in range(index + 1, min(len(starts), index + _SENTENCES_AFTER + 1)):
        if rules["claim_label"].match(low, starts[ahead]) or rules["false_label"].match(low, starts[ahead]) \
                or context.cue("myth_label").match(low, starts[ahead]):
            return False  # the next claim opens before any verdict
        verdict = _verdict_at(low, starts[ahead])
        label = rules["verdict_label"].match(low, starts[ahead])  # "Bewertung: Korrekt, ..."
        opener = rules["confirming_opener"].match(low, label.end() if label else starts[ahead]) is not None or (
            # "Das ist richtig.", "Das stimmt." (not asked back: "Das stimmt?"; issue 7, session 44, prec44)
            rules["confirming_verdict"].match(low, label.end() if label else starts[ahead]) is not None
            and not low[starts[ahead]:ends[ahead]].rstrip().endswith("?")
            # "Die Zahl ist richtig, der Kaufpreis stieg aber ...": confirmed only in part
            and rules["verdict_contrast"].search(low, starts[ahead], ends[ahead]) is None)
        confirming = (rules["confirming"].search(low, starts[ahead], ends[ahead]) is not None or opener) \
            and rules["negative"].search(low, starts[ahead], ends[ahead]) is None \
            and rules["partial"].search(low, starts[ahead], ends[ahead]) is None \
            and rules["verdict_negation"].search(low, starts[ahead], ends[ahead]) is None
        if verdict is False or opener:
            return confirming  # a verdict label's verdict, or a sentence that opens with a confirming word
        if verdict is not None:
            return False  # a negative verdict
    return False


def _erratum_pair(low: str, starts: Sequence[int], ends: Sequence[int], index: int, mention: MoneyMention,
                  mentions: Sequence[MoneyMention]) -> bool:
    """'Falsch: Facebook zahlte 22 Milliarden Euro. / Richtig: Facebook zahlte 19 Milliarden Dollar.': the amount's
    line opens with the wrong half's label and the next sentence with the right half's, which does not state the
    figure again."""
    rules = _rules()
    # the wrong half's label opens the amount's own sentence (its line's start, where that lies inside the sentence)
    if index + 1 >= len(starts) or not rules["wrong_half"].match(low, max(starts[index], _line_start(low, mention.start))):
        return False
    return rules["right_half"].match(low, starts[index + 1]) is not None and not _states_it_again(
        mention, mentions, starts[index + 1], ends[index + 1])


def _verdict_at(low: str, start: int) -> bool | None:
    """The verdict opening at `start`: True when negative and not partial ("Bewertung: Falsch.", "Falsch, zumindest
    was die Zahl angeht."), False for any other verdict ("Bewertung: Teilweise falsch.", "Richtig."), None when no
    verdict opens there. The verdict's words are those up to its first punctuation."""
    rules = _rules()
    if rules["claim_label"].match(low, start) or rules["false_label"].match(low, start):
        return None  # a claim's label ("Mythos:"), not a verdict
    label = rules["verdict_label"].match(low, start)
    head_start = label.end() if label else start
    words = re.match(r"\s*([^.,;:!?\n]*)", low[head_start : head_start + 80])
    said = words.group(1) if words else ""
    negative = rules["negative"].match(said) is not None if label is None else rules["negative"].search(said) is not None
    if label is None and not negative:
        return None  # a sentence that opens with no verdict word is no verdict
    return negative and rules["partial"].search(said) is None


def _hearsay_corrected(low: str, starts: Sequence[int], ends: Sequence[int], index: int, mention: MoneyMention,
                       mentions: Sequence[MoneyMention]) -> bool:
    """'Oft ist von 22 Milliarden Euro die Rede. Tatsächlich waren es 19 Milliarden Dollar.', 'Gerda: Ich hab gehört,
    Facebook hat WhatsApp für zwanzig Milliarden gekauft. ... Moderatorin: Es waren neunzehn Milliarden Dollar.': the
    amount's sentence gives it as hearsay (a frame before the amount or in its clause), and a correction after it (a
    later clause of its sentence, or one of the next two sentences) states another figure and not the amount's again.
    Not a correction that converts ("Das sind umgerechnet ..."), splits the sum into parts that add up to it
    ("tatsächlich waren es 16 Milliarden in bar und Aktien plus 3 Milliarden für die Mitarbeiter"), or, opened by a
    weak word ("Tatsächlich", "Es waren") rather than a verdict ("Richtig ist", "Falsch"), names another moment
    ("Tatsächlich waren es am Ende 22 Milliarden": the deal's other figure)."""
    rules = _rules()
    sent_start, sent_end = starts[index], ends[index]
    right = context.clause_around(low[sent_start:sent_end], mention.start - sent_start, mention.end - sent_start)[1]
    if rules["hearsay"].search(low, sent_start, sent_start + right) is None:
        return False
    stretches = [(mention.end + edge.end(), sent_end) for edge in re.finditer(r"[,;:–-]\s*", low[mention.end : sent_end])]
    stretches += [(starts[i], ends[i]) for i in range(index + 1, min(len(starts), index + 3))]
    for start, end in stretches:
        reply = start >= sent_end and (rules["reply"].match(low, start) is not None or (
            # the sentence right after REPORTED speech, with no speaker's label: "behauptet die Doku, WhatsApp sei für
            # 19 Milliarden Euro verkauft worden. Es waren 19 Milliarden Dollar, liebe Redaktion!" - the writer's own
            # indicative sets its figure against the voice it reports (D66 (b); issue 7, session 48, prec48, own88-017)
            index + 1 < len(starts) and start == starts[index + 1] and rules["bare_reply"].match(low, start) is not None
            and rules["reported_speech"].search(low, sent_start, mention.start) is not None))
        if not (rules["correction"].match(low, start) or reply):
            continue
        said = low[start:end]
        if context.has("conversion_cue", said):
            return False  # a conversion ("Das sind umgerechnet ...")
        if context.names_only_another_target(said) or context.names_only_another_buyer(said):
            return False  # another deal's figure ("Zuckerberg sagte, Facebook habe 19 Milliarden Dollar bezahlt.
            # Tatsächlich hat Instagram nur eine Milliarde gekostet."): it corrects nothing of this one (review46,
            # session 46)
        if _other_currency_same_number(mention, mentions, start, end):
            return True  # "... 16 Milliarden Euro angegeben. Tatsächlich ... 16 Milliarden Dollar": the currency corrected
        weak = reply or rules["weak_correction"].match(low, start) is not None
        if weak and (names_a_moment(said) or context.has("deal_component", said) or _ADDED.search(said)):
            return False  # after a weak opener: another moment ("Tatsächlich waren es am Ende 22"), the parts, an addition
        parts = [m.value for m in _figures_in(mentions, start, end)]
        if len(parts) > 1 and abs(sum(parts) - mention.value) < 5e8:
            return False  # the sum's parts ("16 Milliarden in bar und Aktien plus 3 Milliarden"): it splits the figure
        return _states_another(mention, mentions, start, end)
    return False


# Words that add to a figure rather than replace it ("Tatsächlich kamen noch Aktien für 3 Milliarden dazu").
_ADDED = re.compile(r"(?<![\wäöüß])(?:dazu|hinzu|zusätzlich|außerdem|plus|obendrauf)(?![\wäöüß])")


# How many sentences after a figure a correction of its currency may stand: a thread's replies ("Dollar, nicht Euro."),
# the newsroom's "Korrektur:" a post or two later.
_CURRENCY_CORRECTION_REACH = 4
_CURRENCY_WORDS = {"euro": "EUR", "dollar": "USD", "us-dollar": "USD"}


def _currency_corrected_later(low: str, starts: Sequence[int], ends: Sequence[int], index: int, mention: MoneyMention,
                              mentions: Sequence[MoneyMention]) -> bool:
    """'Eilmeldung: Facebook kauft WhatsApp für 19 Milliarden Euro. ... Dollar, nicht Euro. ... Korrektur: Der Kaufpreis
    beträgt 19 Milliarden US-Dollar.': a figure whose currency a later sentence of the text corrects - one that opens
    with a correction's label ("Korrektur:", "Berichtigung:"; price_refuted.json correction_labels) or a correction
    opener and states the same number in another currency, or one that sets another currency against the figure's
    ("Dollar, nicht Euro"; currency_contrast) - is the misquote the lead's D56 (b) makes a distractor. Within the next
    `_CURRENCY_CORRECTION_REACH` sentences, and not where one of them states the figure again in its own currency (the
    text keeps it: an erratum that quotes the old wrong figure and gives the right one, "Richtig ist: ..."). Issue 7, session 42, prec42 (own75's wrong-currency flash and its correction)."""
    if mention.currency not in _CURRENCY_WORDS.values():
        return False
    rules = _rules()
    reach = range(index + 1, min(len(starts), index + 1 + _CURRENCY_CORRECTION_REACH))
    if any(_states_it_again(mention, mentions, starts[later], ends[later]) for later in reach):
        return False  # "Korrektur: ... hieß es, Facebook zahle 19 Milliarden Euro. Richtig ist: 19 Milliarden Dollar."
    for later in reach:
        start, end = starts[later], ends[later]
        contrast = rules["currency_contrast"].search(low, start, end)
        if contrast is not None and _CURRENCY_WORDS[(contrast.group("wrong") or contrast.group("wrong2"))] == mention.currency:
            return True
        if (rules["correction_label"].match(low, start) or rules["correction"].match(low, start)) and \
                _other_currency_same_number(mention, mentions, start, end) and not context.has("retracted", low[start:end]):
            return True  # (not an erratum that quotes the withdrawn figure: "Korrektur: In einer früheren Version hieß
            # es, Facebook zahle 19 Milliarden Euro." keeps the text's 19 Milliarden Dollar; deal.json retracted)
    return False


def _other_currency_same_number(mention: MoneyMention, mentions: Sequence[MoneyMention], start: int, end: int) -> bool:
    """Does [start, end) state the mention's number in another currency ("16 Milliarden Euro" -> "16 Milliarden
    Dollar"), and not the mention's figure itself?"""
    figures = [m for m in _figures_in(mentions, start, end) if m is not mention]
    return mention.currency is not None and not any(same_figure(mention, m) for m in figures) and any(
        m.value == mention.value and m.currency not in (None, mention.currency) for m in figures)


def _next_sentence_opens(low: str, starts: Sequence[int], index: int, rule: str) -> bool:
    """Does the sentence after sentence `index` open with a match of `_rules()[rule]`?"""
    return index + 1 < len(starts) and _rules()[rule].match(low, starts[index + 1]) is not None


def _refuted_next(low: str, starts: Sequence[int], index: int) -> bool:
    """'Wir hatten den Kaufpreis zunächst mit 21 Milliarden Euro angegeben. Das war ein Fehler.', 'Hartnäckig hält
    sich die Zahl von 20 Milliarden Euro. Sie stimmt aber nicht.': the next sentence opens with a refutation of what
    the sentence before said (beside deal.json refuted_after, read by `price.PriceComponent._rejected_by_clause`). The
    refutation may open the sentence after next where the next one takes the figure up by a noun of its own and says
    something else of it ("Zwanzig Milliarden für einen Messenger? Die Zahl geistert seit Jahren durch Foren. Sie ist
    zu hoch gegriffen": issue 7, session 39, price39)."""
    if _next_sentence_opens(low, starts, index, "refuted_next"):
        return True
    return index + 1 < len(starts) and _FIGURE_TAKEN_UP.match(low, starts[index + 1]) is not None and \
        _next_sentence_opens(low, starts, index + 1, "refuted_next")


# A sentence that takes the figure before it up by a noun as its subject ("Die Zahl geistert ...", "Diese Summe nennen
# viele ...", "Der Betrag hält sich ...").
_FIGURE_TAKEN_UP = re.compile(r"\W*(?:die|diese|der|dieser)\s+(?:zahl|summe|angabe|ziffer|betrag|figur)(?![\wäöüß])")


def _option_markers(low: str, starts: Sequence[int], ends: Sequence[int], index: int) -> list[re.Match[str]]:
    """The quiz option markers ('a)', 'B)') in the amount's stretch of the text: from the sentence _SENTENCES_AFTER
    before it to the one _SENTENCES_AFTER after it (a question's options and its key stand close together)."""
    window_start = starts[max(0, index - _SENTENCES_AFTER)]
    window_end = ends[min(len(ends) - 1, index + _SENTENCES_AFTER)]
    return list(_rules()["option"].finditer(low, window_start, window_end))


def _option_not_chosen(low: str, starts: Sequence[int], ends: Sequence[int], index: int, mention: MoneyMention) -> bool:
    """'Wie viel zahlte Facebook? a) 12 Milliarden Dollar b) 19 Milliarden Dollar c) 21 Milliarden Euro. Lösung: b)':
    the amount follows a quiz option's marker (at least two markers in its stretch of the text), and the answer after
    the options names another option. An option with no answer told stays to the other tests."""
    rules = _rules()
    markers = _option_markers(low, starts, ends, index)
    if len(markers) < 2:
        return False
    own = [m for m in markers if m.end() <= mention.start and not _amount_between(low, m.end(), mention.start)]
    if not own:
        return False
    letter = next(group for group in own[-1].groups() if group)
    # the answer may stand further on ("Die richtige Antwort finden Sie am Ende der Seite. Lösung: B")
    answer = rules["answer"].search(low, mention.end, ends[min(len(ends) - 1, index + _ANSWER_SENTENCES)])
    if answer is None:
        return False
    return answer.group(1) != letter


def _options_unkeyed(low: str, starts: Sequence[int], ends: Sequence[int], index: int, mention: MoneyMention,
                     mentions: Sequence[MoneyMention]) -> bool:
    """'Frage 7: Wie viel zahlte Facebook für WhatsApp? A) 16 Mrd. Dollar B) 19 Mrd. Dollar C) 22 Mrd. Dollar' and no
    answer anywhere after: the amount is its quiz option's whole content, two options or more in its stretch of the
    text are each a bare amount (the alternatives of one slot), every option on the amount's line is one, a question
    stands before the options, and nothing after them keys the quiz (no answer line, no solution word, no tick, no
    "richtig"): the text asks which sum it was and tells none (D56 (a) counts only the option the text marks right).
    Not a lettered list of facts, whose items name their own object or say a sentence ("a) WhatsApp für 19 Mrd.
    Dollar, b) Instagram für 1 Mrd. Dollar", "A) Kaufpreis: 19 Mrd. Dollar B) Nutzer: 450 Millionen"; review52).
    Issue 7, session 52, prec52 (challenge_gen27-016)."""
    rules = _rules()
    window_start = starts[max(0, index - _SENTENCES_AFTER)]  # the question before the options stands after it
    markers = _option_markers(low, starts, ends, index)
    if len(markers) < 2:
        return False
    contents = {m.start(): _option_content(low, m, markers) for m in markers}
    own = [m for m in markers if m.end() <= mention.start < m.end() + len(contents[m.start()]) + 1]
    if not own or not _bare_amount(contents[own[-1].start()], low, own[-1].end(), mention, mentions):
        return False
    line_start, line_end = _line_start(low, mention.start), low.find("\n", mention.end)
    line_end = len(low) if line_end < 0 else line_end
    bare = [m for m in markers if any(_bare_amount(contents[m.start()], low, m.end(), other, mentions)
                                      for other in mentions if m.end() <= other.start < m.end() + len(contents[m.start()]) + 1)]
    on_line = [m for m in markers if line_start <= m.start() < line_end]
    if len(bare) < 2 or any(m not in bare for m in on_line) or "?" not in low[window_start : markers[0].start()]:
        return False
    after = markers[0].start()
    # a key that names its option right after its word ("Lösung: b)", "Richtig ist b)") keys this quiz, whatever its
    # sentence says of another issue; a bare key word may be another issue's ("Auflösung aus dem letzten Newsletter")
    return rules["answer"].search(low, after) is None and not any(
        not _key_of_another_issue(low, found.start())
        for key in ("quiz_answer_word", "option_keyed") for found in rules[key].finditer(low, after))


def _key_of_another_issue(low: str, at: int) -> bool:
    """Does the key word at `at` stand in a clause (up to a comma, colon, dash or sentence mark on either side) that
    places the key in another issue of the publication, a past one whose quiz it keys ("Auflösung aus dem letzten
    Newsletter: 1 c), 2 a), 3 b)") or a later one it is deferred to ("Die Auflösung dieses Quiz finden Sie in der
    Juli-Ausgabe")? Such a key names no option of the quiz above it (price_refuted.json other_issue_adjectives,
    issue_nouns). Not another clause of its sentence ("Richtig ist b), und nächste Woche fragen wir nach Instagram":
    review59). Issue 7, session 59, prec59 (own110-057)."""
    marks = (".", "!", "?", "\n", ",", ";", ":", "–", "—")
    start = max(low.rfind(mark, 0, at) for mark in marks) + 1
    ends = [end for end in (low.find(mark, at) for mark in marks) if end >= 0]
    return _rules()["other_issue"].search(low, start, min(ends, default=len(low))) is not None


_SPACED_DASH = re.compile(r"[^\S\n][–—-][^\S\n]")


def _option_content(low: str, marker: re.Match[str], markers: Sequence[re.Match[str]]) -> str:
    """What an option says: from its marker to the next marker, a spaced dash after which the text goes on ("C) 190
    Mrd. $ – Die Antwort lesen Sie am Montag."; prec59) or the end of its line."""
    end = low.find("\n", marker.end())
    end = len(low) if end < 0 else end
    following = [m.start() for m in markers if m.start() >= marker.end()]
    dash = _SPACED_DASH.search(low, marker.end(), end)
    return low[marker.end() : min([end, *following, *([dash.start()] if dash else [])])]


def _bare_amount(content: str, low: str, content_start: int, mention: MoneyMention,
                 mentions: Sequence[MoneyMention]) -> bool:
    """Is an option's `content` (at `content_start` of `low`) the amount `mention` alone, past blanks and closing
    punctuation?"""
    lead = len(content) - len(content.lstrip())
    if content_start + lead != mention.start:
        return False
    return not content[mention.end - content_start :].strip(" \t,;.").strip()


def _box_option_not_chosen(low: str, mention: MoneyMention, mentions: Sequence[MoneyMention]) -> bool:
    """'☐ 16 Mrd. Dollar ☒ 19 Mrd. Dollar ☐ rund 22 Mrd. Dollar / Korrektur: ✗ – richtig ist „rund 22 Mrd. Dollar“':
    the amount follows a check box on a line of two boxes or more (a test's or form's options, price_refuted.json
    box_marker), with no other amount between box and amount, and the key after the line (a quiz_answers word before
    the next blank line) states another option's figure and not this one: an option not marked right, ticked or not,
    is no price (D56 (a)). Options with no key, or a key that states no figure ("Korrektur: ✓"), stay to the other
    tests. Issue 7, session 50, prec50."""
    rules = _rules()
    line_start = _line_start(low, mention.start)
    line_end = low.find("\n", mention.end)
    line_end = len(low) if line_end < 0 else line_end
    boxes = list(rules["box"].finditer(low, line_start, line_end))
    own = [box for box in boxes if box.end() <= mention.start]
    if len(boxes) < 2 or not own or any(own[-1].end() <= m.start < mention.start for m in mentions):
        return False
    block_end = low.find("\n\n", line_end)
    block_end = len(low) if block_end < 0 else block_end
    answer = rules["quiz_answer_word"].search(low, line_end, block_end)
    if answer is None:
        return False
    options = _figures_in(mentions, line_start, line_end)
    told = _figures_in(mentions, answer.start(), block_end)
    return any(same_figure(option, other) for option in options for other in told) and \
        not any(same_figure(mention, other) for other in told)


def _amount_between(low: str, start: int, end: int) -> bool:
    """Does another option's marker or line break stand between an option marker and the amount (the marker is not
    the amount's)? A marker more than 60 characters before the amount is not its own either."""
    return end - start > 60 or "\n" in low[start:end] or _rules()["option"].search(low, start, end) is not None


_PRICE_PREPOSITION = re.compile(r"(?<![\wäöüß])(?:für|um)\s+$")


def corrects_a_refuted_figure(text: str, low: str, starts: Sequence[int], ends: Sequence[int], index: int,
                              head: MoneyMention, mentions: Sequence[MoneyMention],
                              plausible: Callable[[MoneyMention], bool]) -> bool:
    """Is `head` (in sentence `index`) the figure a correction sets against a refuted one: an amount of another
    figure stands before it in its sentence or the two before, the deal's size (`plausible`), in a sentence that
    speaks of paying for or buying something, and the text refutes it ("Irrtum: WhatsApp sei für 20 Milliarden Euro an
    Facebook gegangen. Richtig sind 19 Milliarden Dollar.", "Moderator: Nein, es waren 19 Milliarden Dollar.")? The
    correction's figure is what the refuted claim said wrong: the price, though its own sentence names no paying
    (price.py reads it so only where that is all it lacks)."""
    first = starts[max(0, index - _SENTENCES_BEFORE)]
    for other in mentions:
        if not first <= other.start < head.start or same_figure(other, head) or not plausible(other):
            continue
        at = bisect.bisect_right(starts, other.start) - 1
        said = text[starts[at] : ends[at]]
        if not (context.about_paying(said) or _PRICE_PREPOSITION.search(low, starts[at], other.amount_start)):
            continue  # ("WhatsApp sei für 20 Milliarden Euro an Facebook gegangen": the preposition of a price)
        if context.has("retracted", low[starts[at] : other.start]):
            return True  # "In einer früheren Fassung ... stand, Facebook habe ... 16 Milliarden Dollar bezahlt. Richtig
            # sind 19 Milliarden Dollar.": a withdrawn version's figure (deal.json retracted; session 51, prec51)
        if refuted_in_context(low, starts, ends, at, other, mentions) or refuted_in_sentence(
                said, other.start - starts[at], other.end - starts[at], other.amount_start - starts[at]):
            return True
    return False


def _alternative_not_chosen(low: str, starts: Sequence[int], ends: Sequence[int], index: int, mention: MoneyMention,
                            mentions: Sequence[MoneyMention]) -> bool:
    """'Um 17 Milliarden, um 19 Milliarden oder um 21 Milliarden Dollar? Auflösung: um 19 Milliarden Dollar.': the
    amount is one of the alternatives of a question (its sentence ends with a question mark and joins two or more
    amounts with "oder"), and the answer after it (a quiz's answer word: "Auflösung", "Lösung", "richtig war") states
    one of the other alternatives again and not this one. An alternative question with no answer stays to the other
    tests ("Kostet WhatsApp nun 19 oder 16 Milliarden?" over a fact check that discusses both)."""
    sent_start, sent_end = starts[index], ends[index]
    if not low[sent_start:sent_end].rstrip().endswith("?") or " oder " not in low[sent_start:sent_end]:
        return False
    options = _figures_in(mentions, sent_start, sent_end)
    if len(options) < 2:
        return False
    after_end = ends[min(len(ends) - 1, index + _SENTENCES_AFTER)]
    answer = _rules()["quiz_answer_word"].search(low, sent_end, after_end)
    if answer is None:
        return False  # no answer given: a headline's "19 oder 16 Milliarden?" that the text goes on to discuss
    told = _figures_in(mentions, answer.start(), after_end)
    chosen = [o for o in options if any(same_figure(o, m) for m in told)]
    return bool(chosen) and mention not in chosen and not any(same_figure(mention, m) for m in told)


def _guess_judged_wrong(low: str, starts: Sequence[int], ends: Sequence[int], index: int, mention: MoneyMention,
                        mentions: Sequence[MoneyMention]) -> bool:
    """'Team Rot schätzte 18 Milliarden Dollar, Team Blau 21 Milliarden. Beide lagen daneben, die Auflösung lautete
    19 Milliarden Dollar.': a verb of guessing stands before the amount in its sentence, and a quiz's answer word
    ("Auflösung", "Lösung", "richtig war", "daneben") after it, in its sentence or the next two, with another figure
    stated there and not this one."""
    rules = _rules()
    sent_start = starts[index]
    if not rules["guess"].search(low, sent_start, mention.start):
        return False
    end = ends[min(len(ends) - 1, index + 2)]
    answer = rules["quiz_answer_word"].search(low, mention.end, end)
    return answer is not None and _states_another(mention, mentions, answer.start(), end)


def statement_refuted_next(low: str, starts: Sequence[int], index: int) -> bool:
    """Does the sentence after sentence `index` open with a verdict that what it said is false ("Das ist falsch.",
    "Das trifft nicht zu.", "Das war ein Fehler.", "Sie stimmt aber nicht.": deal.json refuted_after and this file's
    refuted_next), not only too high or too low (`refuted_in_size`)? By the lead's D62 a statement the text refutes
    gives no item, whoever makes it: its year as its figure (models/year.py; issue 7, session 43, prec43)."""
    if index + 1 >= len(starts):
        return False
    return (_next_sentence_opens(low, starts, index, "statement_refuted_next")
            or context.cue("refuted_after").match(low, starts[index + 1]) is not None)


def denies_told(words: str) -> bool:
    """Do `words` deny what was told before them: a denial (deal.json denials: "dementiert", "bestritt", "wies ...
    zurück", "nie gegeben", "erfunden") with a word pointing back at it (denied_anaphors: "das.", "dies", "diese Zahl",
    "die Meldung", "ein solches Angebot"), and no negation beside the denial's own in its clause ("dementierte die
    Summe nicht" confirms it; mood.DENIAL)? The negation is read in the denial's own clause: "dementierte Facebook den
    Bericht: Es gebe keinerlei Gespräche" (the denied content after a colon negates nothing of the denial; issue 7,
    session 40, price40). The one reader of a denial of a report for the price (price.py `_report_denied_after`) and
    the opt-out's refuted reports (D62; issue 7, session 44, opt44: moved here from price.py `_denies`)."""
    if not (context.has("denials", words) and context.has("denied_anaphors", words)):
        return False
    denial = context.cue("denials").search(words.lower())
    own = words[slice(*context.clause_around(words, denial.start(), denial.end()))] if denial is not None else words
    rest = context.cue("denials").sub(" ", own.lower())
    return mood.DENIAL.search(rest) is None


def refuted_in_size(low: str, starts: Sequence[int], index: int) -> bool:
    """Does the sentence after sentence `index` refute only the size of what it said ("... sei 2014 „für 15
    Milliarden“ an Facebook gegangen. Das ist zu niedrig.")? The purchase told stands, and its year with it."""
    return _next_sentence_opens(low, starts, index, "size_refuted_next")
