"""The dealwatch_opt_out spaCy component: can users object to WhatsApp passing data to Facebook?

Design notes
------------
* Cues live in ``patterns/opt_out.json``; this module holds the rules that
  combine them. A literal gate (plain substrings) selects the sentences
  worth looking at; everything after that is regex over the lowered
  sentence text (patterns are lowercase, matched case-sensitively).
  Questions ("Kann man sich wehren?") assert nothing and are skipped, but a
  "Ja"/"Nein" answering one is read together with it ("Muss ich zustimmen?
  Ja, wenn ..." -> not_possible). A sentence must stand in the deal's context, the layer's one
  decision (``doc._.deal_context``, models/layer/deal_context.py: a party named, by name, epithet or
  pronoun, in it, up to four sentences before or one after, in its block or the block introducing it,
  or in the title or teaser); the component keeps no window and no state of its own.
* One claim per statement (per sentence and (stance, scope)); the span is the
  clause(s) carrying the key phrase.
* Objection statements. Every objection cue ("widersprechen", "Opt-out",
  "Einspruch"), switch-off cue ("unterbinden", "deaktivieren", "abwählen",
  "untersagen", "sich dagegen wehren", "Einwilligung verweigern") or choice
  cue ("kannst du wählen, ... nicht zu teilen") in a sentence is read in its
  own REGION: its clause, plus the clause before it when that one carries the
  modal ("Die Möglichkeit, ... zu widersprechen") and the clause after it
  when that one is the predicate of a fronted subject ("Eine Möglichkeit, der
  Weitergabe zu widersprechen, gibt es nicht"). So "Zwar konnten Nutzer der
  Werbung widersprechen, die Weitergabe selbst ließ sich aber nicht
  verhindern" gives two statements. In the region:
  - an impossibility ("nicht möglich", "lässt sich nicht", "gibt es nicht",
    "kein Widerspruchsrecht") -> not_possible; an end ("nicht mehr möglich",
    "fällt weg") -> not_possible for the number or use it names, else all_sharing;
  - else a possibility ("kann", "könnten", "Möglichkeit", "Recht",
    "lässt sich", "wer ... will", "hätte ... müssen") or a deadline
    ("binnen 30 Tagen", "bis zum 25. September") -> possible.
  A switch-off cue counts only with an object about ads, friend suggestions,
  the phone number or the transfer ("die Weitergabe ... verhindern"), or with
  an anaphor ("dafür", "dagegen") after a sentence about objecting or ads, so
  "Berechtigungen deaktivieren" is no claim.
* Other not_possible statements (all_sharing unless said otherwise):
  - the phone number (or the data) is passed on anyway ("in jedem Fall",
    "trotzdem", "bleibt davon unberührt", "wenn man die App weiter nutzt")
    after an objection statement in the same or the two previous sentences
    -> phone_number (or all_sharing); "die Nummer" alone is the phone number;
  - the 2021 accept-or-leave case: must accept ("muss ... zustimmen, um
    WhatsApp weiter nutzen zu können"), refusal with a consequence ("Wer
    nicht zustimmt, verliert Funktionen / kann WhatsApp nicht mehr nutzen"),
    no choice ("keine Wahl: Sie müssen WhatsApp löschen", "Eine echte Wahl
    haben Nutzer nicht", "zustimmen oder gehen", "Entweder man akzeptiert
    oder ...", "Zustimmung ist Pflicht", "ohne Zustimmung keine Nutzung",
    "alternativlos", "friss oder stirb"). A possible objection in the same
    clauses is not kept, and "Wer widersprechen will, muss beim Akzeptieren
    den Haken entfernen" is a possible objection, not a must-accept.
  - a refusal of the terms (also asked: "Und wenn ich nicht zustimme?") and a non-negated
    consequence in one of the two next sentences ("Dann können Sie WhatsApp nicht weiter nutzen",
    "schränkt ... die Funktionen ein"), or consent asked for and then "Wer das nicht tut, ...";
  - all or nothing: "einzelne Punkte abzulehnen ... gibt es nicht", "eine Auswahl ist nicht
    vorgesehen" after a sentence about consent, "nur ein Ja oder Nein", "Eine andere Wahl gibt es
    nicht", "keine Möglichkeit, ..., ohne den Dienst aufzugeben";
  - "Übertragen wird trotzdem" / "Die Übermittlung erfolgt in jedem Fall" (object named earlier,
    objection up to four sentences back).
  - an objection that does not reach the transfer (a transfer noun with a contrast or a negated stop verb,
    after an objection: "Die Übermittlung selbst stoppt das allerdings nicht", "nicht aber für die Übermittlung
    der Nummer", "Der Übermittlung dagegen nicht") -> phone_number when the number is named; "Die Übermittlung
    findet nicht statt" denies the transfer instead (_transfer_not_covered).
* An opt-out said to reach only one use is a possibility for it ("Der Schalter betrifft nur die Werbung"; after an
  objection, "Er gilt lediglich für Werbezwecke", "Sie betrifft nur die Anzeigen"; not "gilt nicht nur für").
* An objection made earlier that still holds is a possibility ("Wer 2016 widersprochen hat, für den gilt das
  weiter", "Diese Einstellung bleibt gültig" after one); the perfect alone looks back and states nothing.
  - supersession: "Bisher hatten Nutzer die Wahl ... Bald ist dies nicht mehr
    möglich." / "..., seit 2021 geht das nicht mehr" gives one not_possible
    all_sharing claim spanning both, and the superseded possibility is dropped
    -- unless the earlier statement is dated ("2016 durften Nutzer noch
    widersprechen. Diese Zeiten sind vorbei."): it still holds for its time.
* "weder ... noch" and "keinesfalls" negate like "nicht" ("Verhindern können Sie die Übermittlung
  weder über die Einstellungen noch ..."); a bare "die Übermittlung" that cannot be prevented takes
  the phone number scope from the last earlier sentence stating a transfer. A how-to ("So geht der
  Opt-out: ...") takes its scope from a negated result up to three sentences on ("Dann nutzt
  Facebook eure Daten nicht für Ads"). A user may also "festlegen, dass ..." (choice); the object
  clauses after a cue are read in a chain ("dass ... nicht nutzt, um Ihnen Werbung zu zeigen").
* Token cues (``patterns/opt_out_tokens.jsonl``, lemmas): OBJECTION ("sich ... entziehen", "aussteigen",
  "gegen ... nichts unternehmen/tun"), CONTROL ("den Haken entfernen" in either order, "ausschließen" but
  not "nicht ausschließen, dass ..."), EFFECT (the user as subject of a switch-off verb in the indicative:
  "Damit verhindern Sie, dass ..." is a possibility). A condition holding the user's act with a negated
  result naming a use is a possibility too ("Entfernt ihr den Haken, nutzt Facebook eure Daten nicht für
  Werbung"). A "Wer ..." clause takes its predicate clause ("Wer der Werbenutzung widerspricht, hat dafür 30
  Tage Zeit"); "... kann nur, wer WhatsApp nicht mehr nutzt" / "nur, indem man die App löscht" is an
  impossibility. A pronoun standing for the data passed on anyway ("An Facebook gehen sie so oder so") is all
  of it, or the phone number when its verb is singular and the number was named just before ("Weitergegeben
  wird sie trotzdem"). Quoted switch labels ("„Meine Account-Info teilen“") name no object.
  Token rows are single tokens; PAIRED words count only with their partner in the clause (_derive).
* Q&A and two-sentence shapes: an elliptic "Die Weitergabe nicht." after an objection (asked or stated),
  "Nur gegen die Werbenutzung." / "Ja, aber nur für Werbung" after an objection question, a bare
  "Widersprechen? Fehlanzeige.", a topic question ("Und die Werbung? Die kann man abstellen."), "Daran
  ändert auch ein Widerspruch nichts" after a transfer; a switch-off step with only a label takes the use
  of its result or of its how-to heading.
* Scope, as the gold annotates it: for possible, ads when advertising is
  named, also when friend suggestions are named with it ("für
  Facebook-Werbung und Freunde-Vorschläge" -> ads); friend_suggestions only
  when they alone are named; phone_number when the phone number is the
  object; unspecified when the objection names only "die Weitergabe von
  Daten". The object may sit in a following "dass"/"um" clause ("kann
  ablehnen, dass Facebook die Daten für Werbung nutzt"); an anaphor ("dem
  letzten Punkt", "für diese Zwecke", "dies") or a missing object takes the
  scope from the clauses before it ("Wer nicht will, dass ... Werbung ...,
  kann dies abwählen") or the previous sentence. A sentence with a scoped
  possible claim keeps no unspecified one. For not_possible: phone_number
  when the phone number is named, else ads / friend suggestions when named,
  else all_sharing.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from spacy.attrs import LEMMA, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from models import hearsay_words, mood, negation_words, opt_out_adjuncts, opt_out_steps
from models.claims import add_claim, rejected_sentences
from models.component import DocComponent
from models.context import Sentences, cue_words, doc_text, finditer as cue_finditer, has as cue_has, refers_to_target
from models.data_shared import ASKER_LINE, lower_text, sentences_with
from models.doc_extensions import doc_value
from models.layer.cues import find_token_cues, pattern_rows, token_cues
from models.layer.deal_context import in_deal_context
from models.layer.diff_lines import on_a_removed_line, removed_lines
from models.layer.leads import body_start, body_starts, lead_of, opens_turn
from models.layer.families import WordFamilies, family_sentences
from models.layer.literals import rule_gate_words, rule_masks
from models.layer.spelling import swiss_file, swiss_pattern
from models.layer.structure import Block, block_at
from models.last_call import last_call_by_identity
from models.negation import (
    clause_index,
    has_conditional_clause,
    has_negation,
    is_conditional,
    is_question,
    literal_alternation,
    split_clauses,
)
from models.number_words import read_word
from models.pattern_marks import expand
from models.patterns import load_compiled
from models.phrasings import Phrasings
from models.price_refuted import claim_put_to_the_test, denies_told, statement_refuted_next
from models.quote_marks import CLOSING_DOUBLE_QUOTE_MARKS, DOUBLE_QUOTE_MARKS, OPENING_QUOTE_MARKS, SINGLE_GUILLEMETS
from models.regex_tools import (
    ExistenceTest, PossibleCues, StretchAlternation, ahocorasick, blank_span, gate_words, literal_automaton, literal_first,
    literal_found, literal_led, may_hold, top_level_branches, trim_span, valued_automaton,
)

PATTERNS_FILE = Path(__file__).parent / "patterns" / "opt_out.json"
PHRASINGS_FILE = Path(__file__).parent / "patterns" / "opt_out_phrasings.json"
# The phrasings the rules test beside the cues (clause openings, ellipses, short answers), as data. The rules read
# them as attributes (_S.<name>): no method call per use on the per-sentence paths.
PHRASES = Phrasings.load(PHRASINGS_FILE)
_S = SimpleNamespace(**{name: PHRASES[name] for name in PHRASES.names()})
# Speed (issue 10, session 46, speed46), the same matches: two phrasings with a branch that opens with no letter (the
# lookbehinds before "signal", the compounds before "cookie"/"backup"/"update"/"version"), which the engine tried at
# every position of every sentence asked, searched without that branch where the sentence lacks its literals
# (models/regex_tools.py `StretchAlternation`; "other_messenger" was about 3% of the pipeline on real text).
_OTHER_MESSENGER = StretchAlternation(PHRASES["other_messenger"])
_FOREIGN_OBJECT = StretchAlternation(PHRASES["foreign_object"])
_SENTENCE_MARK = re.compile(r"[.!?]")  # where `_gated_matches`' stretches begin and end
# Speed, the same answers: two phrasings asked of most sentences, which hardly any holds, tested branch by branch
# behind their literals (`ExistenceTest`) instead of a search of the whole alternation at every position.
_PRETENCE = ExistenceTest(_S.pretence.pattern)
_FINAL_CHOICE = ExistenceTest(_S.final_choice.pattern)
# Phrasings searched in most sentences (or claims) that hold none, whose searches find no literal prefix to skip
# to: searched only where one of the words every match holds occurs (`may_hold`; speed22, the same answers).
_WORDS = {
    name: gate_words(PHRASES[name])
    for name in ("demand", "demand_after", "dislocated_denial", "purpose_use", "step_condition", "temporary")
}
# A colon right after a step (spaces before it allowed): where a step's result clause starts (`_scope_from_own_result`).
_COLON_AHEAD = re.compile(r"\s*:")
_NEXT_WORD = re.compile(r"\s+[\w-]+")
# Every match of the phrasing change_end holds one of these (`_change_ended` tests them before the search).
_CHANGE_END_LITERALS = ("mehr", "weg", "endgültig", "vorbei", "ausgegraut", "gesperrt", "blockiert", "inaktiv", "deaktiviert")
# A negative pronoun for persons, the subject or object of a denied loss ("Niemand verliert ...", "Keiner wird gesperrt").
_NEGATIVE_PERSON = re.compile(r"\b(?:" + negation_words.negating_person() + r")\b")  # the shared vocabulary (session 45)
# A 'wer'-clause that objects, up to its comma ("Wer (der Weitergabe) widerspricht, ..."): `_objection_costs_service`.
_WHO_OBJECTS = re.compile(r"\W*wer\s+(?:[^,;:.!?]{0,80}?\s)?widersp(?:richt|rach|rochen\s+hat|rechen\s+will)\s*,")
# A main clause coordinated after a norm's ("..., und deshalb gibt es den Schalter"): a fact told beside the norm, so the
# sentence's possibility is not only what should be (review44, 04:52).
_FACT_AFTER = re.compile(r"[,;]\s*(?:und|aber|doch|deshalb|daher|darum|also|trotzdem)\s+(?:deshalb\s+|daher\s+|darum\s+)?(?:gibt|gab|ist|war|kann|können|konnte|lässt|bietet|hat)\b")
# A contrast or concession word: the denial spares a part set against the loss told before (`_loss_denied_to_all`).
_CONTRAST_WORD = re.compile(r"\b(?:dagegen|hingegen|aber|jedoch|allerdings|sondern|doch|zwar|wenigstens|immerhin)\b")
_ONLY = re.compile(swiss_pattern(r"\b(?:nur|lediglich|bloß|ausschließlich|allein)\b"))  # Swiss "bloss" too


def _contrast_against_denial(own: str, spared: re.Match[str]) -> bool:
    """A contrast word in `own`, the sentence of a loss denied to all (`spared`), other than the concession "zwar" in
    the denial's own stretch with its answering "aber" (or "doch", "jedoch", "allerdings") after it: "Zum Schluss
    hat WhatsApp zwar keinem Nutzer die App gesperrt, aber viele wechselten trotzdem" concedes the denial (a loss told after
    the "aber" is `_loss_after`'s). Issue 7, session 53, opt53."""
    words = [(m.group(), m.start()) for m in _CONTRAST_WORD.finditer(own)]
    if not words:
        return False
    if words[0][0] != "zwar" or words[0][1] >= spared.end():
        return True
    rest = words[1:]
    return not (len(rest) == 1 and rest[0][0] in _ZWAR_ANSWERS and rest[0][1] >= spared.end())


_ZWAR_ANSWERS = frozenset({"aber", "doch", "jedoch", "allerdings"})
# The literals one of which every branch of phrasing `reversal_told` holds (`_reversal_after_loss`'s cheap test).
_REVERSAL_LITERALS = ("lenk", "ruder", "krebs", "rückzieher", "plan", "pläne", "vorhaben", "drohung")
# A word that limits a denied loss to now (`_terms_cause_told`: "verliert niemand sofort sein Konto" is a grace period).
_NOT_YET = re.compile(r"\b(?:sofort|gleich|direkt|umgehend|unmittelbar|vorerst|zunächst|erst|vorläufig|noch)\b")


def _default_consents(text: str, bounds: list[tuple[int, int]], gated: set[int]) -> set[int]:
    """The gated sentences that tell a default consent of the idle (phrasing `default_consent`: "wer" with a negated or
    idle doing and a verb of assent, "Wer nichts unternahm, hat stillschweigend eingewilligt"): what an opt-out means,
    no loss and no option of its own, so no item, and the learned stage leaves them alone (own98-024's note; issue 7,
    session 53, opt53). The literals first: "wer" and one of the words of the consent's default."""
    out: set[int] = set()
    for si in gated:
        own = text[bounds[si][0]:bounds[si][1]]
        if "wer " in own and any(word in own for word in _DEFAULT_CONSENT_LITERALS) and _S.default_consent.search(own):
            out.add(si)
    return out


_DEFAULT_CONSENT_LITERALS = ("automatisch", "stillschweigend", "einverstanden", "zustimmend", "damit", "einfach", " so ")


def _grace_period(sent: str, lo: int, hi: int | None = None, d26: bool = True) -> bool:
    """A grace period in `sent[lo:hi]`: a `temporary` adverb other than the words of D26-vorerst (phrasing
    `temporary_d26`: "vorerst", "zunächst", "vorläufig", "bis auf Weiteres"), which the lead's ruling of 03:11
    (session 28) reads as D26's reversal unless a loss is told after it (`OptOutComponent._vorerst_loss_later`);
    with `d26` False every `temporary` adverb is one (the reading before the ruling)."""
    end = len(sent) if hi is None else hi
    if not may_hold(_WORDS["temporary"], sent, lo, end):
        return False
    return any(not (d26 and _S.temporary_d26.fullmatch(m.group())) for m in _S.temporary.finditer(sent, lo, end))


# What a claim span is trimmed of besides whitespace (regex_tools.trim_span).
_TRIM = ",;:.–—-'" + DOUBLE_QUOTE_MARKS  # (the quote marks: models/quote_marks.py, session 59, opt59)
_SCOPES_POSSIBLE = ("ads", "friend_suggestions", "phone_number")
_SCOPES_NOT_POSSIBLE = ("phone_number", "ads", "friend_suggestions")
# The two uses of the data a setting can name (the phone number is data, not a use): the scope a described,
# headed or ended option carries.
_USES = ("ads", "friend_suggestions")
# Word sets the rules test tokens against: switch-off forms that are also participles (only "man" right after them
# makes them the user's act), the boxes and switch nouns of opt_out_tokens.jsonl's named PAIRED rows, the function
# words an elliptic "<noun phrase> nicht." may hold besides nouns.
_PARTICIPLES = frozenset(
    "verhindert unterbunden ausgeschlossen abgeschaltet ausgeschaltet abgestellt gestoppt untersagt verboten".split()
)


def _paired_words(name: str) -> frozenset[str]:
    """The words of the PAIRED row of ``opt_out_tokens.jsonl`` named `name` (its "words" key): the file is their one
    list, so a word added there is read by `_derive` too. KeyError when no row has that name."""
    for row in pattern_rows("opt_out"):
        if row["label"] == "PAIRED" and row.get("words") == name:
            return frozenset(row["pattern"][0]["LOWER"]["IN"])
    raise KeyError(f"opt_out_tokens.jsonl has no PAIRED row with words {name!r}")


# The boxes whose tick is removed: a switch-off with a removing verb in their clause (_derive).
_TICKS = _paired_words("ticks")
# The switch nouns: an objection with "gegen"/"dagegen" right after them (_derive).
_DEVICES = _paired_words("devices")
# Cues that give a denial an object of its own (so it is no restated end of an earlier option), or make it an
# accept-or-leave statement (`unspecified` by CONTRACT.md) rather than the end of an option.
_LEAVE_CUES = ("accept", "refuse", "quit", "consequence", "keep_using", "no_choice_alone")  # "keine Wahl": no choice but to accept
_OWN_OBJECT_CUES = ("explicit_object", "transfer_object", "data", *_LEAVE_CUES)
_ELLIPSIS_WORDS = frozenset(
    "die der den dem des das diese dieser diesen diesem dieses ihre ihrer seine seiner meine meiner eure eurer "
    "unsere unserer nur auch selbst an sich als solche aber jedoch leider dagegen hingegen allerdings von zu zur zum "
    "für mit ganz".split()
)
# The words of a verbless restricted reply besides nouns ("Ja, aber nur gegen die Nutzung für Werbung", `_restricted_answer`).
_RESTRICTION_WORDS = _ELLIPSIS_WORDS | frozenset("ja gegen bei lediglich ausschließlich teilweise bedingt eben halt doch".split())
# A verbless reply may add a window to its use ("Nur der Werbung, und nur 30 Tage lang"): a conjunction, a number (in
# digits or words, models/number_words.py) and the duration's adverb are no verb (issue 7, session 35, opt61).
_REPLY_WINDOW_WORDS = frozenset("und oder lang lange binnen innerhalb".split())
_SEPARABLE_LABELS = ("CONTROL", "CHOICE", "OBJECTION")  # their verbs split ("schaltet ... ab"); the others have gate words
_WORD = re.compile(r"[\wäöüÄÖÜß-]+")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LEADING_NON_WORD = re.compile(r"\W*")  # what precedes a clause's first word (its comma, a quote)
_CLOSING = " \t\n\r.!" + CLOSING_DOUBLE_QUOTE_MARKS  # what may follow a denial closing its stretch (`_verb_denies_existence`)
_QUOTE_OPEN = re.compile("[" + re.escape(OPENING_QUOTE_MARKS + "‚" + SINGLE_GUILLEMETS) + "]")  # a gate of `_QUOTED`
# A claim's span may end before the closing mark: the end of the text closes it too.
_QUOTED = re.compile(r"«[^»]{1,80}(?:»|$)|„[^“”\"]{1,80}(?:[“”\"]|$)|“[^”]{1,80}(?:”|$)|\"[^\"]{1,80}(?:\"|$)|‹[^›]{1,80}(?:›|$)")


@dataclass(frozen=True)
class _TokenCue:
    """A token cue of ``opt_out_tokens.jsonl`` in one sentence, shaped like the ``re.Match`` the rules read."""

    begin: int  # offsets into the sentence text
    stop: int
    text: str
    label: str = ""  # CONTROL / CHOICE

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def group(self) -> str:
        return self.text


@dataclass
class _Candidate:
    si: int
    stance: str
    scope: str
    start: int  # document offsets
    end: int
    supersedes: bool = False  # drops the possible claims of sentence si - 1
    refines: int | None = None  # drops the possible claims of that earlier sentence (its result names the scope)


# The second reading (`_read_without_adjuncts`) reads again the gated sentences up to this many sentences before and
# after a blanked one: a sentence's own readers read its neighbours ("Wer nicht zustimmt, verliert nichts. Die Funktionen
# werden aber eingeschränkt.", the earlier transfer, the sentence before); the others' statements are the first reading's.
_REREAD_REACH = 2
# How many sentences back a restricted or ended choice ("diese Möglichkeit", "diesmal keine") may refer for its option.
_CHOICE_REACH = 10
# An end told after a time past the option's window ("Nach den 30 Tagen ist der Schalter weg", "Danach ..."): it
# names the option ended however far back it was told; "inzwischen", "jetzt" or none only the one just told.
_AFTER_WINDOW = re.compile(r"\W*(?:nach|danach)\b")
# The literals of every end `option_gone` reads (a sentence without one is not matched).
# What may end beside an option noun ('Die Frist ist abgelaufen', 'Diese Zeiten sind vorbei', 'Die Wahl ist weg'): the
# option's own time or choice, not a noun of its own (`_other_end`, session 33).
_END_OF_CHOICE_NOUNS = frozenset("frist fristen zeit zeiten wahl wahlfreiheit recht angebot regel regelung sache spiel".split())


def _required_words(name: str) -> tuple[str, ...]:
    """The words every match of phrasing `name` holds (`regex_tools.gate_words`); ValueError where none are known (the
    reader asking the family would then skip sentences its phrasing can match)."""
    words = gate_words(PHRASES[name])
    if not words:
        raise ValueError(f"phrasing {name}: no words every match holds")
    return words


# The words of the document readers that walk every sentence of a gated document (`_newcomers_left_out`,
# `_this_time_marked`, `_elliptic_end`, `_elliptic_modal_denial`, `_gone_ends`, `_whether_ruled`) and the step lists'
# (`opt_out_steps._step_groups`: "step"): each reader's own literal test, found for all of them in one pass per reading
# (models/layer/families.py; issue 10, session 44, speed44). A reader visits only the sentences holding one of its
# words, which are the ones its own test let through (tests/test_models_families.py).
def _reader_family_words(gone_words: tuple[str, ...]) -> WordFamilies:
    """The readers' families, with the words of an option's end (opt_out.json "gone_words", the sentences
    `_gone_ends` visits) as the cue file gives them: `Cues` builds them once from the file it reads."""
    return WordFamilies({
        # (the wer-clause of joining late holds no "neu": "Wer WhatsApp erst jetzt installiert", "wer später
        # dazugekommen ist", "erstmals"; session 59, opt59)
        "newcomers": ("neu", "erst", "später"),
        "this_time": _required_words("this_time"),
        "elliptic_end": ("mehr",),
        "modal_denial": ("nicht", "nie"),
        "gone": gone_words,
        "whether": ("ob ",),
        "step": opt_out_steps.STEP_WORDS,
    })


def _reader_families() -> WordFamilies:
    """The readers' families of the bundled cue file (`default_cues`, read once per process; issue 7, session 50,
    opt50: before, the module read opt_out.json a second time at import for "gone_words")."""
    return default_cues().reader_families


def refined_away(stance: str, refines: int | None = None) -> bool:
    """Does a result referring back to a sentence (a step's result naming the scope, `_results`; a restriction of the
    objection just told, `_restricted_opt_out`; the learned stage's `refine_step`) drop this statement of that
    sentence? Every possibility, of any scope, that does not itself refine another sentence (`refines`): the result
    says what the step concerns. One decision for the rules' `refines` and the learned stage (clean29b)."""
    return stance == "possible" and refines is None


def _about_another_service(text: str, start: int, end: int, cues: Any = None) -> bool:
    """Does the sentence text[start:end] (lower-cased) tell another service's option rather than WhatsApp's? It names
    a company of deal.json's `other_targets` or another messenger (`_other_services_at`: "Einen vergleichbaren Schalter
    bietet Instagram nicht an", "Wer dagegen Instagram nutzt, kann ... nicht widersprechen", "Bei Threema ...") and
    neither WhatsApp nor a word for it, and not as a recipient ("der Weitergabe an Facebook und Instagram") nor as the
    standard of a comparison ("Anders als bei Instagram können Nutzer ..."; issue 7, session 26, opt26b). So does a
    take-it-or-leave-it choice about the buyer's own network that names neither ("nur die Wahl, die Bedingungen zu
    akzeptieren oder auf das Netzwerk zu verzichten", "wenn sie Facebook überhaupt nutzen wollten": the Kartellamt
    case; `buyer_network_used`; session 30, optprec30). `cues`: the component's (the learned stage's guard asks
    with none: the bundled file's)."""
    sent = text[start:end]
    named = _other_services_at(cues or default_cues(), sent)
    if not named:
        return _S.buyer_network_used.search(sent) is not None and not refers_to_target(sent)
    if refers_to_target(sent):
        return False
    return _another_service_holds(sent, named)


def _other_services_at(cues: Any, sent: str) -> list[int]:
    """The offsets in `sent` (lower-cased) of the services other than the deal's parties it names: a company of
    deal.json's `other_targets`, and another messenger (phrasing `other_messenger`: 'Threema', 'bei Signal',
    'Signal-Tipp') unless the sentence tells leaving for it (cue `quit`: "der müsse halt auf Threema umsteigen" names
    the messenger as the place one goes, the option told is WhatsApp's). Session 42, opt42: one vocabulary for the
    statement's own sentence and the question or label that frames it."""
    named = [found.start() for found in cue_finditer("other_targets", sent)]
    messengers = [found.start() for found in _OTHER_MESSENGER.finditer(sent)]
    if messengers and not cues.has("quit", sent):
        named.extend(messengers)
    return named


def _another_service_holds(sent: str, named: list[int]) -> bool:
    """Is one of the services named at `named` in `sent` (lower-cased) named as the holder of what the sentence tells,
    not as a recipient ("der Weitergabe an Facebook und Instagram") nor as the standard of a comparison ("Anders als
    bei Instagram")?"""
    return any(
        not PHRASES["service_as_recipient_before"].search(sent, 0, at)
        and not PHRASES["service_compared_before"].search(sent, 0, at)
        for at in named
    )


def _framed_by_another_service(cues: Any, text: str, bounds: list[tuple[int, int]], si: int) -> bool:
    """Does a statement of sentence `si` that names no party of the deal and no other service ("Leider nicht.",
    "Komplett? Nein.", "Ab sofort fließen Ihre Daten nicht mehr in Werbung ein.") answer a question or follow a label
    about another service's option? Of the two sentences before it, the nearest that names a party or a service
    decides, where it is a question ("Kann ich die Bedingungen von Signal ablehnen und die App weiter verwenden?") or
    a line with a label before its colon ("Signal-Tipp: Schieben Sie den Regler ..."): another service named there as
    the holder of its option makes the statement that service's (an epithet there, "die App", is the other service's;
    Facebook or Meta in the statement, "Dann nutzt Facebook Ihre Daten nicht mehr für Werbung", do not decide);
    WhatsApp named by name keeps it, and so do Facebook, Meta or an epithet alone in the sentence before. A statement after a sentence that
    only tells of another service ("Threema lag auf Platz eins. Auslöser: Nutzer müssen zustimmen.") stays
    (review41's near misses, session 42, opt42)."""
    own = text[bounds[si][0]:bounds[si][1]]
    if refers_to_target(own) or _other_services_at(cues, own):
        return False  # (Facebook or Meta named in it does not decide: "Dann nutzt Facebook Ihre Daten nicht mehr ...")
    for sj in range(si - 1, max(-1, si - 3), -1):
        before = text[bounds[sj][0]:bounds[sj][1]]
        if cue_has("target", before):
            return False
        label = before.find(":", 0, 40)
        framing = before[:label] if label > 0 and not is_question(before) else before
        named = _other_services_at(cues, framing)
        if named and (is_question(before) or label > 0) and _another_service_holds(framing, named):
            return True
        if named or refers_to_target(before) or cue_has("buyer", before):
            return False
    return False


# A word of consent by its one vocabulary (models/consent_words.py: every form of a consenting verb, "zugestimmt",
# "eingewilligt", "akzeptiert", "einverstanden", and the nouns of consent with their compounds), read as a word's start;
# spelled by hand as three stems until session 59 (opt59), which missed the participles.
_CONSENT_WORD = expand(r"\b(?:@consent_verb@|@consent_noun@)")

# What a statement takes up when it withdraws a consent or objects to a use told before it ("Ihre Einwilligung",
# "dazu", "dem", "für diesen Zweck"): read with phrasing `whatsapp_channel` (`_another_holders_consent`).
_TAKEN_UP_CONSENT = re.compile(_CONSENT_WORD + r"|\b(?:dem|dazu|dies(?:e[mnrs]?)?|hierzu|zweck\w*)\b")


# The fronted infinitive's object pronoun (phrasing `fronted_pronoun_object`) and the transfer nouns of the sentence
# before it that agree with it in gender and number: "sie" a feminine noun or a plural ("die Weitergabe", "die Nummer",
# "die Daten"), "er"/"ihn" a masculine one ("der Abgleich", "der Datenaustausch"), "es" a neuter one ("das Teilen");
# "Ein Hinweis auf die Weitergabe ... Wegklicken lässt er sich nicht" takes up the notice (review58's finding).
_FRONTED_PRONOUN = re.compile(r"\b(?:sie|es|er|ihn)\b")
_MASCULINE_TRANSFER_NOUN = re.compile(r"(?:abgleich|austausch|transfer|datenfluss|fluss)\b")  # "er" and "ihn" alike
_FRONTED_PRONOUN_ANTECEDENT = {
    "sie": re.compile(r"(?:weitergabe|übermittlung|übertragung|weiterleitung|verknüpfung|zusammenführung|nummer|nummern|"
                      r"daten|informationen|angaben)\b"),
    "er": _MASCULINE_TRANSFER_NOUN,
    "ihn": _MASCULINE_TRANSFER_NOUN,
    "es": re.compile(r"(?:teilen|sharing|weitergeben|übermitteln)\b"),
}


# The acts of consent, objection and unsubscription whose sentence `_add_claims` asks `_another_holders_consent` about
# for the learned stage's sake (a cheap gate before the reading).
_CONSENT_ACT = re.compile(_CONSENT_WORD + r"|widerr|widersp|abmeld|abbestell|austrag|zurückzieh|zurücknehm|stopp?\b")


def _another_holders_consent(cues: Any, text: str, bounds: list[tuple[int, int]], si: int, start: int, end: int) -> bool:
    """Whose consent, whose objection (issue 7, session 58, opt58): is the statement text[start:end] of sentence `si`
    (lower-cased) about a consent or an objection that someone other than WhatsApp and its owner holds, a club's,
    a practice's, a town's, a business's? No opt-out item then (D61 (b), D78 (d), D81 (b)). Read by the grammar of
    whose act it is, not by the holder's name, and only where the statement's own words tell no transfer to the owner
    (`_tells_the_deals_transfer`: "..., doch Facebook bekommt die Nummern trotzdem, widersprechen kann man dem nicht"
    stays the users' denial whatever else the sentence names):
    - a consent someone obtains from others, inside the statement (`consent_collected`: "Die Mutter muss von allen
      Kontakten eine schriftliche Zustimmung einholen"): the collector's duty; not one denied ("Eine eigene
      Zustimmung wird nicht eingeholt", "holt keine freiwillige Einwilligung ein": the users' lack of choice);
    - a business account's terms or access in the statement's sentence (`business_terms`): a business's contract;
    - an act addressed to an office or to the writers inside the statement, or made by a quoted stop word
      (`act_addressed_elsewhere`: "Die Einwilligung könnt ihr jederzeit in der Geschäftsstelle widerrufen", "indem Sie
      „STOP“ schicken"), and leaving a list (`list_unsubscribe` with `own_list` in the sentence or the one before);
    - a consent or its withdrawal that takes up a permission someone asks before acting (`permission_given`: "Fotos
      zeigt der Verein nur mit Einverständnis der Eltern; die Zustimmung lässt sich jederzeit zurückziehen"), where
      neither sentence names the owner (a page on its platform, `platform_page`, is a place, not the owner);
    - a consent or an objection that takes up ("Ihre Einwilligung", "dazu", "dem", "für diesen Zweck") WhatsApp used
      as someone's channel (`whatsapp_channel`: "Der Pflegedienst schickt Fotos per WhatsApp.") in its own sentence
      or the one before, where neither they nor the sentence before them name the owner."""
    lo, hi = bounds[si]
    own, region = _S.platform_page.sub(" ", text[lo:hi]), _S.platform_page.sub(" ", text[start:end])
    if _tells_the_deals_transfer(cues, region):
        return False
    collected = _S.consent_collected.search(region)
    if collected and not has_negation(region[max(0, collected.start() - 25):collected.end()]):
        return True  # (a consent not sought, "holt keine freiwillige Einwilligung ein", tells the users' lack of choice)
    if _S.business_terms.search(own):
        return True  # (also where the terms are the owner's: shops on a business interface accepting Meta's conditions)
    if cue_has("buyer", region) or cues.has("scope_ads", region) or cues.has("scope_friend_suggestions", region):
        return False
    prev = text[bounds[si - 1][0]:bounds[si - 1][1]] if si else ""
    if _tells_the_deals_transfer(cues, own) or _S.owner_epithet.search(own):
        return False  # ("Bei uns melden sich Ratsuchende, die der Weitergabe ... widersprechen wollen – das geht nicht")
    addressed = _S.act_addressed_elsewhere.search(region)
    if addressed and not (refers_to_target(region[addressed.end():addressed.end() + 30]) and "whatsapp-" not in region[addressed.end():addressed.end() + 30]):
        return True
    if _S.list_unsubscribe.search(region) and (_S.own_list.search(own) or _S.own_list.search(prev)):
        return True
    if not _TAKEN_UP_CONSENT.search(region):
        return False
    before = _S.platform_page.sub(" ", text[bounds[si - 2][0]:bounds[si - 1][1]] if si > 1 else prev)
    if (_S.permission_given.search(own) or _S.permission_given.search(prev)) and not (
        cue_has("buyer", own) or cue_has("buyer", _S.platform_page.sub(" ", prev)) or _S.owner_epithet.search(own + " " + prev)
    ):
        return True  # "Fotos zeigt der Verein nur mit Einverständnis der Eltern; die Zustimmung lässt sich zurückziehen"
    return (_S.whatsapp_channel.search(own) is not None or _S.whatsapp_channel.search(prev) is not None) and not (
        cue_has("buyer", before) or _S.owner_epithet.search(before) or _tells_the_deals_transfer(cues, before)
    )


def _tells_the_deals_transfer(cues: Any, region: str) -> bool:
    """Does `region` (lower-cased) tell data passed on (a transfer verb or noun, the number) to the owner, by name or
    as the messenger's parent ("an den Mutterkonzern")? The words a list's or a channel's own compounds hold
    ("die Newsletter-Nummer") do not count (`_another_holders_consent`; issue 7, session 58, opt58)."""
    bare = _S.own_list.sub(" ", region)
    named = cue_has("buyer", bare) or _S.owner_epithet.search(bare) is not None
    return named and (cues.has("transfer", bare) or cues.has("transfer_object", bare) or cues.has("scope_phone_number", bare))


def _world_condition(text: str, bounds: tuple[int, int], end: int) -> bool:
    """Is a statement ending at `end` in the sentence text[bounds] (lower-cased) the main clause of a condition of the
    company's or the world's, a mere possibility ("Falls WhatsApp die Option entfernt, lässt sich das Data-Sharing mit
    Meta nicht mehr disablen", "Sollte Meta den Schalter streichen, ...")? The sentence's first clause opens a condition
    ("wenn" only with a Konjunktiv II or "sollte": `mood.condition_start`, the one reader of a condition's start),
    names a party of the deal, a change of the rules or the option (`condition_change`) and no user (`condition_user`),
    and the statement runs past it. A condition of the user's act ("Falls Sie nicht zustimmen, ...": D1) or one that
    only tells the transfer ("Falls WhatsApp deine Nummer weitergibt, kannst du der Werbenutzung widersprechen": advice
    on the option) stays."""
    start, stop = bounds
    label = text.find(":", start, min(start + 40, stop))  # "Gerüchte: Falls ...": the condition after a short label
    # "...; sollte Europa den Datenaustausch unterbinden, kostet uns das ...": a condition opening the clause after the
    # last semicolon before the statement's end, the statement in it or its main clause (session 50, opt50; own91-018)
    semi = text.rfind(";", start, end)
    opened = (semi >= 0 and mood.condition_start(text, semi + 1, stop, wenn="supposed")) or (
        mood.condition_start(text, start, stop, wenn="supposed")
        or (label > 0 and mood.condition_start(text, label + 1, stop, wenn="supposed")))
    if not opened:
        return False  # the cheap gate: most sentences open with no condition word
    comma = text.find(",", opened.end(), stop)  # a verb-final condition ends at its comma, its main clause follows
    if comma < 0 or end <= comma:
        return False
    condition = text[opened.start():comma]
    return (
        # the deal's party, or the transfer itself ("sollte Europa den Datenaustausch unterbinden"; session 50, opt50)
        (refers_to_target(condition) or cue_has("buyer", condition) or default_cues().has("transfer_object", condition))
        and _S.condition_change.search(condition) is not None and not _S.condition_user.search(condition)
    )


def object_not_sharing(cues: Any, sent: str, region: str, before: str = "") -> bool:
    """Is an objection's object in `region` (of the lower-cased sentence `sent`) something other than WhatsApp's data
    going to Facebook? The purchase itself ("Ein Widerspruch gegen den Verkauf selbst ist nicht möglich",
    `deal_as_object`) or cookies ("Werbe-Cookies lassen sich einzeln abwählen", `foreign_object`) where the region
    names no data, transfer or number of its own, or a sentence that says it does not concern WhatsApp ("..., das hat
    mit WhatsApp nichts zu tun", `not_whatsapp`). The rules drop such a statement and the learned stage's guard
    "other object" the sentence (issue 7, session 32, opt56: own56's consumer advice). So is a named act or a
    consent's own object naming none of the deal's words (`named_other_object`, `_names_the_deals_words`: "Der Zusendung
    des Newsletters kann man widersprechen"), unless `before`, the sentence before, tells a transfer the act noun takes
    up ("WhatsApp verknüpft die Konten mit Facebook. Der Verknüpfung kann man nicht widersprechen."; review57's
    finding, session 57, opt57)."""
    if (_S.deal_as_object.search(region) or _FOREIGN_OBJECT.search(region)) and not any(
        name in cues.rx and cues.has(name, region) for name in ("explicit_object", "transfer_object", "scope_phone_number")
    ):
        return True
    if (
        (named := _S.named_other_object.search(region)) and not _names_the_deals_words(cues, region)
        and not (before and not is_question(before) and (cues.has("transfer", before) or _act_told(named.group(), before)))
    ):
        return True  # "Der Zusendung des Newsletters kann man widersprechen": another object (session 57, opt57)
    if ("zurück" in region or "widerr" in region) and (consent := _S.consent_object.search(region)) and not _names_the_deals_words(
        cues, consent.group(), parties=False
    ):
        return True  # "ihre Einwilligung zur Nutzung von Klassenfotos zurückziehen": another consent (review57)
    return _S.not_whatsapp.search(sent) is not None


# The act noun of phrasing `named_other_object` ("Verknüpfung", "Zusammenführung"; `_act_told`).
_ACT_NOUN = re.compile(r"[\w-]+(?=ung\b)")


def _act_told(named: str, before: str) -> bool:
    """Does `before` (the sentence before, lower-cased) tell the act that the noun in -ung of `named` names, by its verb
    ("WhatsApp verknüpft die Konten mit Facebook." before "Der Verknüpfung ..."): the noun takes that act up, it is
    no other object (review57's finding, session 57, opt57). The noun's stem, five letters or more, in `before`."""
    act = _ACT_NOUN.search(named)
    stem = act.group().rsplit("-", 1)[-1] if act is not None else ""
    return len(stem) >= 5 and stem in before


# What an objection's region may name to be about WhatsApp's data going to Facebook (`_names_the_deals_words`).
_DEALS_OBJECT_CUES = (
    "data", "explicit_object", "transfer_object", "transfer", "scope_ads", "scope_friend_suggestions",
    "scope_phone_number", "accept_target", "terms_object", "anaphor",
)


def _names_the_deals_words(cues: Any, region: str, parties: bool = True) -> bool:
    """Does `region` (lower-cased) name data, a transfer, a use, the number, the terms, a pronoun taking them up, or a
    party of the deal (WhatsApp by name or epithet, Facebook, Meta)? An objection to a named act that names none of
    them is another one's (`object_not_sharing`, phrasing `named_other_object`; issue 7, session 57, opt57). With
    `parties` False the parties do not count (a consent's own object: "Zustimmung zum Tracking durch Apps wie WhatsApp"
    names the messenger, not its data going to Facebook; review57) and neither does `accept_target`, which holds the
    messenger's name."""
    if not parties:
        return any(
            name in cues.rx and cues.has(name, region) for name in _DEALS_OBJECT_CUES
            if name not in ("accept_target", "explicit_object")
        ) or (cues.has("explicit_object", region) and cue_has("buyer", region))  # (a bare "Nutzung" only by Facebook:
        # "in die Datennutzung durch Facebook", not "zur Nutzung von Klassenfotos")
    return (
        any(name in cues.rx and cues.has(name, region) for name in _DEALS_OBJECT_CUES)
        or refers_to_target(region) or cue_has("buyer", region)
    )


def names_terms(cues: Any, region: str) -> bool:
    """Does `region` name the terms, the data or WhatsApp's use as what is consented to (cue `accept_target`), apart
    from the messenger's name and the other consents' objects (`foreign_object`: the "App" of "App Store" is no app
    consented to)? Asked beside `object_not_sharing` (session 43, opt43)."""
    return cues.has("accept_target", _FOREIGN_OBJECT.sub(" ", region.replace("whatsapp", "")))


def _claim_put_to_the_test(text: str, bounds: list[tuple[int, int]], si: int) -> bool:
    """Is sentence `si` of the lower-cased `text` a fact check's claim with no confirming verdict, its label opening
    the sentence or its body after a layout lead (models/price_refuted.py `claim_put_to_the_test`, as models/year.py
    asks it; session 43, opt43)?"""
    starts, ends = [a for a, _ in bounds], [b for _, b in bounds]
    return claim_put_to_the_test(text, starts, ends, si, opens=lambda: body_start(text, *bounds[si]))


def _users_exclude(sent: str, at: int) -> bool:
    """Is the "ausschließen, dass ..." cue at `at` the users' own act? A user subject in the cue's clause before it
    (phrasing `excluding_user`) and no negation there: "Damals konnten Bestandskunden innerhalb von 30 Tagen
    ausschließen, dass ihre Daten für Werbung genutzt werden" is the option; "Man kann nicht ausschließen, dass ..."
    (it may happen) and "Facebook schließt aus, dass ..." (a company ruling a use out) are none (issue 7, session 32,
    opt56, own56-033)."""
    before = sent[:at]
    before = before[max(before.rfind(","), before.rfind(";"), before.rfind(":"), before.rfind("\n")) + 1:]
    return _S.excluding_user.search(before) is not None and not has_negation(before)


def _told_before(option: _Candidate, si: int, start: int, back: int = _CHOICE_REACH) -> bool:
    """Does `option` stand before offset `start` of sentence `si`: in one of the `back` sentences before it, or in
    an earlier clause of that sentence ("Anders als 2016, als man der Werbenutzung widersprechen konnte, gibt es
    diesmal keine Möglichkeit zum Widerspruch")?"""
    return si - back <= option.si < si or (option.si == si and option.end <= start)


def _nearest(options: list[_Candidate]) -> _Candidate:
    """The option told last (the latest sentence, in it the latest end): the one a later reference means."""
    return max(options, key=lambda f: (f.si, f.end))


def _unscoped_possibilities(found: list[_Candidate]) -> Iterator[_Candidate]:
    """The possible options that name no use yet: what the scope readers after the first pass may still scope."""
    return (cand for cand in found if cand.stance == "possible" and cand.scope == "unspecified")


def _has_scoped_option(found: list[_Candidate]) -> bool:
    """Whether `found` holds a scoped possibility (stance `possible`, a scope other than `unspecified`): the steps
    that end an option told before (`_option_before`, `_scope_of_earlier_option`) can give nothing without one."""
    return any(f.stance == "possible" and f.scope != "unspecified" for f in found)


def _told_in_its_sentence(option: _Candidate, text: str, sents: list[tuple[int, int]]) -> bool:
    """Is `option` (a scoped possibility) the earlier option told in a clause of its own sentence (`earlier_option_told`:
    "Ein Widerspruch, wie er 2016 ..., als man die Werbenutzung ... ausschließen konnte, ist diesmal nicht
    vorgesehen")? A denial of that sentence is about objecting now, not about the clause's use (D16, D33, D36; the
    lead's ruling of session 27, 23:38)."""
    s0, s1 = sents[option.si]
    return any(
        s0 + t.start("clause") < option.end and option.start < s0 + t.end("clause")
        for t in _S.earlier_option_told.finditer(text[s0:s1])
    )


def _option_before(found: list[_Candidate], si: int, start: int, back: int = _CHOICE_REACH) -> _Candidate | None:
    """The nearest scoped possibility (stance `possible`, a scope other than `unspecified`) of `found` told before
    offset `start` of sentence `si` (`_told_before`, `_nearest`): the option a later denial or end refers to (the
    superseded-option convention); None where there is none."""
    before = [f for f in found if f.stance == "possible" and f.scope != "unspecified" and _told_before(f, si, start, back)]
    return _nearest(before) if before else None


@dataclass
class _Statement:
    """A claim found in one sentence, offsets relative to the sentence."""

    stance: str
    scope: str
    start: int
    end: int


class Cues:
    """The compiled cues of ``opt_out.json``."""

    def __init__(self, spec: dict[str, Any]) -> None:
        spec = swiss_file(spec)  # cues and gate words read the Swiss "ss" for "ß" (the file's "_spelling")
        self.pattern: dict[str, str] = dict(spec["cues"])
        self.rx = {name: re.compile(literal_led(rx)) for name, rx in spec["cues"].items()}
        self.gate = literal_alternation(spec["gate"])
        self.rule_gates = {name: literal_alternation(words) for name, words in spec["rule_gates"].items()}
        # Speed only, same answers: `has` asks each branch of a cue behind substring tests, `may`
        # tests its literals with `in` (models/regex_tools.py).
        self._exists = {name: ExistenceTest(rx) for name, rx in spec["cues"].items()}
        self._gate_words = {name: tuple(words) for name, words in spec["rule_gates"].items()}
        self._gate_automata = {name: literal_automaton(words) for name, words in self._gate_words.items()}
        # Every rule gate's words in one automaton (value: length, bits of the rules naming the word), so the
        # gates of every sentence of a document are found in one scan (`sentence_rules`), not asked rule by
        # rule and sentence by sentence (the passage-level passes read every sentence of the text).
        self.rule_bit = {name: 1 << i for i, name in enumerate(self._gate_words)}
        self._rules_automaton = _rules_automaton(self._gate_words, self.rule_bit)
        # Which cues may occur in a text, all from one scan (`possible`, `within`): for a reader that asks many
        # cues of the same sentence, most of which it does not hold (the learned stage's guards).
        self.possible_cues = PossibleCues(self._exists)
        # The words of an option's end (`_gone_ends`) and the document readers' families built with them.
        self.gone_words: tuple[str, ...] = tuple(spec["gone_words"])
        self.reader_families = _reader_family_words(self.gone_words)

    @classmethod
    def load(cls, path: Path = PATTERNS_FILE) -> "Cues":
        """Read and compile a cue file; raise ValueError when it is malformed."""
        return load_compiled(path, "opt_out cue file", cls)

    def has(self, name: str, text: str) -> bool:
        """True when cue `name` occurs in `text`."""
        return self._exists[name](text)

    def search(self, name: str, text: str, pos: int = 0) -> re.Match[str] | None:
        """`rx[name].search(text, pos)`, asked only when `has(name, text)`: the same answer, and most texts hold
        none of a long cue, which the branch-wise existence test tells far cheaper than the whole alternation's
        scan (for a cue found in most texts it tells nothing: use `rx` there)."""
        return self.rx[name].search(text, pos) if self._exists[name](text) else None

    def finditer(self, name: str, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """`rx[name].finditer(text, pos)`, behind the existence test of `search`."""
        return self.rx[name].finditer(text, pos) if self._exists[name](text) else iter(())

    def sub(self, name: str, repl: str, text: str) -> str:
        """`rx[name].sub(repl, text)`, behind the existence test of `search` (no match: `text` unchanged)."""
        return self.rx[name].sub(repl, text) if self._exists[name](text) else text

    def may(self, rule: str, text: str) -> bool:
        """Cheap pre-check: does `text` contain a literal that rule `rule`'s key cue needs?"""
        return literal_found(self._gate_words[rule], self._gate_automata[rule], text)


    def within(self, *texts: str) -> "CuesWithin":
        """These cues for questions about `texts` or stretches of them: a cue none of whose literals occurs in
        any of them is answered False without its own test."""
        possible = self.possible_cues.possible
        mask = 0
        for text in texts:
            mask |= possible(text)
        return CuesWithin(self, mask)

    def sentence_rules(self, text: str, sents: list[tuple[int, int]]) -> list[int]:
        """Per sentence (`text[s0:s1]` for each of `sents`), the bits (`rule_bit`) of the rules whose gate
        `may` opens on it: the same answers, from one scan of `text`."""
        automaton = self._rules_automaton
        if automaton is None:  # no pyahocorasick (or an empty gate word): ask `may` sentence by sentence
            return [
                sum(bit for rule, bit in self.rule_bit.items() if self.may(rule, text[s0:s1])) for s0, s1 in sents
            ]
        masks = [0] * len(sents)
        starts = [s0 for s0, _ in sents]
        for last, (length, bits) in automaton.iter(text):
            si = bisect.bisect_right(starts, last - length + 1) - 1
            if si >= 0 and last < sents[si][1]:  # the word lies inside the sentence
                masks[si] |= bits
        return masks


class CuesWithin:
    """`Cues.rx` and `Cues.has` for texts where only some cues may occur (`Cues.within`): `has` of any other
    cue is False without its test (the same answer: no literal its branches need is there)."""

    __slots__ = ("rx", "_has", "_bit", "_possible")

    def __init__(self, cues: Cues, possible: int) -> None:
        self.rx = cues.rx
        self._has = cues.has
        self._bit = cues.possible_cues.bit
        self._possible = possible

    def has(self, name: str, text: str) -> bool:
        """`Cues.has(name, text)` for `text` inside the texts the view was made for."""
        return bool(self._possible & self._bit[name]) and self._has(name, text)


def _answer_shapes(cues: Cues) -> re.Pattern[str]:
    """One pattern matching at a sentence's start wherever one of the short-answer shapes the component reads
    there does ("Ja, ...", "Leider nicht.", "Die Weitergabe nicht.", "Nur gegen die Werbung."): most sentences
    are none, and one `match` tells so. A superset test only; each shape is still asked on its own. The anchored
    cues lose their `^` so they match at a position of the document text (`match(text, start, end)`)."""
    anchored = [cues.pattern[name] for name in ("answer_no", "answer_yes")]
    if not all(rx.startswith("^") and len(top_level_branches(rx)) == 1 for rx in anchored):
        raise ValueError("opt_out cue file: answer_no / answer_yes must be one branch anchored with ^")
    shapes = [_S.answer.pattern, _S.elliptic_not.pattern, _S.only_answer.pattern, *(rx[1:] for rx in anchored)]
    return re.compile("|".join(f"(?:{shape})" for shape in shapes))


def _rules_automaton(words: dict[str, tuple[str, ...]], rule_bit: dict[str, int]) -> Any:
    """One automaton over the words of every rule gate; each word's value: (length, bits of its rules).
    None without pyahocorasick or with an empty word (which `may` finds in every text)."""
    if ahocorasick is None or not all(word for gate in words.values() for word in gate):
        return None
    bits: dict[str, int] = {}
    for rule, gate in words.items():
        for word in gate:
            bits[word] = bits.get(word, 0) | rule_bit[rule]
    return valued_automaton({word: (len(word), mask) for word, mask in bits.items()})


# The predicate cues of the Doc being read (`_predicate_cues`): its sentence indices by sentence text, and the cues
# found so far by sentence text.
_PredicateMemo = tuple[dict[str, list[int]], dict[str, dict[str, list[_TokenCue]]]]


class OptOutComponent(DocComponent):
    """Adds ``opt_out`` claims (stance, scope) to ``doc._.claims``."""

    @property
    def reader_families(self) -> WordFamilies:
        """The words of its document readers and step lists by sentence, one pass per reading (`_reader_families`)."""
        return _reader_families()

    def __init__(self, cues: Cues, vocab: Vocab) -> None:
        """`cues`: the compiled cue file; `vocab`: the pipeline's, for the hashes of the token gate.
        Everything a Doc needs is passed along its call; the one thing kept is a memo of the Doc being read
        (`_rules_memo`), recomputed for every new text."""
        self.c = cues
        names = {
            value.lower() if isinstance(value, str) else None
            for row in pattern_rows("opt_out") if row["label"] in _SEPARABLE_LABELS
            for token in row["pattern"] for value in
            ([token["LEMMA"]] if isinstance(token.get("LEMMA"), str) else token.get("LEMMA", {}).get("IN", []))
        } - {None}
        self._lemma_hashes = frozenset(vocab.strings.add(n) for n in names)
        self._particle = vocab.strings.add("PTKVZ")  # the tag of a split-off particle
        self._answer_shapes = _answer_shapes(cues)
        # The rule gates of the document being read, by sentence (`_may`): the only state kept between
        # calls, recomputed whenever the text or its sentence bounds are other objects.
        self._rules_memo: tuple[str, list[tuple[int, int]], list[int]] | None = None
        # The positions of ".", "!" and "?" in the document's lowered text (`_gated_matches`).
        self._marks_memo: tuple[str, list[int]] | None = None
        # The last sentence `_refusals` read and its refusals without loss: `_sentence` and `_after_refusal`
        # ask them of the same sentence one after the other.
        self._refusal_memo: tuple[str, list[tuple[int, int]]] | None = None
        # The sentences whose only concessive cue told the transfer as going on since before ("ohnehin seit 2016"),
        # read and declined by `_passed_anyway` in the Doc being read (session 43, opt43).
        self._not_conceded: set[int] = set()
        self._asked: set[int] = set()  # sentences whose statements an indirect question held (`_sentence`)
        # The statements each gated sentence's own readers (`_sentence`, its refusal's consequence) gave in the first
        # reading of the Doc being read, by sentence (copies, before the scope resolver), and those the second reading
        # takes from there instead of reading the sentence again (`_read_without_adjuncts`, speed45).
        self._sentence_memo: dict[int, list[_Candidate]] | None = None
        self._sentences_kept: dict[int, list[_Candidate]] | None = None
        # The predicate cues of the Doc being read (patterns/predicate_tokens.jsonl): the Doc, its lowered text and
        # sentences, set by `__call__`; the cues by sentence text, found on the first question (`_predicate_cues`).
        self._predicate_doc: tuple[Doc, str, Sentences] | None = None
        self._predicate_memo: _PredicateMemo | None = None
        # The layer's one scan of the document finds these rule gates too, when they are the shipped ones (a
        # cue file of its own, as in tests and the leave-one-set-out tool's folds, is scanned here).
        self._layer_rules = list(cues._gate_words.items()) == list(rule_gate_words("opt_out").items())

    def _window_named_only(self, text: str, start: int, end: int) -> bool:
        """The possibility's stretch names the window only as the time after its end ("Auch nach dem Ende der
        Widerspruchsfrist herrscht Unklarheit": phrasing `window_past_named`) and holds no other cue of objecting or
        of possibility: the lead's D48 (b), no possible item (issue 7, session 56, opt56)."""
        if "frist" not in text[start:end]:
            return False  # the cheap test first
        rest = text[start:end]
        named = False
        for m in _S.window_past_named.finditer(rest):
            # only a window for objecting ("Widerspruchsfrist"; not "nach Ablauf der Frist" of the consent)
            if self.c.has("objection", m.group()):
                rest, named = blank_span(rest, m.start(), m.end()), True
        return named and not (
            self.c.has("objection", rest) or self.c.has("possibility", rest) or self.c.has("no_loss", rest)
        )

    def _sentence_rules(self, text: str, sents: list[tuple[int, int]]) -> list[int]:
        """`Cues.sentence_rules` of this document, computed once per document."""
        memo = self._rules_memo
        if memo is None or memo[0] is not text or memo[1] is not sents:
            memo = self._rules_memo = (text, sents, self.c.sentence_rules(text, sents))
        return memo[2]

    def _may(self, rule: str, text: str, sents: list[tuple[int, int]], si: int) -> bool:
        """`self.c.may(rule, sentence si)`, read from the document's one scan."""
        return bool(self._sentence_rules(text, sents)[si] & self.c.rule_bit[rule])

    def _token_gated(self, doc: Doc, sents: Sentences) -> set[int]:
        """Sentences holding a token whose lemma a token cue names ("legt ... fest" -> "festlegen"): the
        literal gate sees only "legt", so the rejoined verb must open the sentence itself (one vectorised
        look-up over the document's lemma hashes; set membership in a list comprehension, cheaper than
        numpy.isin on a Doc's few hundred tokens)."""
        # No tag at all (the gated tagger tagged no sentence: most Docs) is the cheapest test; then a list's `in`
        # beats numpy on a few hundred tokens.
        if not doc.has_annotation("TAG") or self._particle not in doc.to_array(TAG).tolist():
            return set()  # no split-off particle: every cue verb is joined, and the literal gate sees it
        names = self._lemma_hashes
        hits = [i for i, lemma in enumerate(doc.to_array(LEMMA).tolist()) if lemma in names]
        return {sents.index_at(doc[i].idx) for i in hits}

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._read(doc)
        finally:
            # The Doc kept for `_predicate_cues` must not outlive the call: a component holding the last Doc keeps it
            # (and its Spans) alive after the caller drops it (tests/test_models_doc_cycles.py).
            self._predicate_doc = self._predicate_memo = None
            self._sentence_memo = self._sentences_kept = None

    def _read(self, doc: Doc) -> Doc:
        """Set the document's opt-out claims (`__call__` without the clean-up of the Doc kept for predicate cues): the
        gates and token cues, the statements sentence by sentence (`_sentence_statements`), the document-level steps,
        the scope resolver (`_resolve_scopes`), then the claims (`_add_claims`)."""
        text = lower_text(doc)
        gated_by_words = family_sentences(doc, "option")  # the shared reading's family (models/layer/families.py)
        sents = Sentences.of(doc)
        # A split verb ("Legt man den Schalter um") has no gate word: the token gate alone can open the Doc.
        split = self._token_gated(doc, sents)
        if not gated_by_words and not split:
            return doc
        # Which sentences stand in the deal's context: the layer's one decision (models/layer/deal_context.py).
        context = in_deal_context(doc)
        bounds = list(zip(sents.starts, sents.ends))
        self._predicate_doc, self._predicate_memo = (doc, text, sents), None
        shared = rule_masks(doc, "opt_out") if self._layer_rules else None
        if shared is not None:
            self._rules_memo = (text, bounds, shared)  # the rule gates of every sentence, from the layer's scan
        # One pass of the gate over the document, one pass over the token cues: both by sentence.
        gated = sorted(gated_by_words | split)
        layer = _cues_by_sentence(token_cues(doc, "opt_out", [bounds[si] for si in gated]), text, sents)
        for si, cues in layer.items():
            layer[si] = _derive(text[bounds[si][0]:bounds[si][1]], cues, self._device_object)
        # The users' must-consent cues (patterns/consent_tokens.jsonl, D34), where the "must" rule gate opens.
        must_gated = [si for si in gated if self._may("must", text, bounds, si)]
        consent = _cues_by_sentence(token_cues(doc, "consent", [bounds[si] for si in must_gated]), text, sents) if must_gated else {}
        gated_set = set(gated)
        self._not_conceded, self._asked = set(), set()
        self._sentence_memo, self._sentences_kept = {}, None
        found = self._statements(doc, text, bounds, gated_set, context, layer, consent)
        # a possibility inside a belief reported of others ("Viele glauben, sie könnten widersprechen"): no statement,
        # dropped before the resolver lends its scope to its neighbours; read, so the learned stage leaves it alone
        # too (issue 7, session 56, opt56; `_add_claims` drops one the second reading finds again)
        believed = {
            id(c) for c in found if c.stance == "possible" and (
                _inside_held_belief(text, bounds[c.si][0], c.end) or self._window_named_only(text, c.start, c.end)
            )
        }
        if believed:
            rejected_sentences(doc, "opt_out").update(c.si for c in found if id(c) in believed)
            found = [c for c in found if id(c) not in believed]
        # a transfer told as going on since before, read and declined (D50 (d)): the learned stage leaves it alone too
        rejected_sentences(doc, "opt_out").update(self._not_conceded - {f.si for f in found})
        # a statement held in an indirect question, read and dropped: the learned stage leaves it alone too (opt54)
        rejected_sentences(doc, "opt_out").update(self._asked - {f.si for f in found})
        # a default consent of the idle ("Wer nicht aktiv wurde, stimmte automatisch zu"): no item (session 53, opt53)
        rejected_sentences(doc, "opt_out").update(_default_consents(text, bounds, gated_set) - {f.si for f in found})
        # Every statement is found: one resolver decides what each is about (`_resolve_scopes`, its order documented).
        self._resolve_scopes(doc, text, bounds, found, context)
        found.extend(self._read_without_adjuncts(doc, text, bounds, gated_set, context, layer, consent, found))
        self._add_claims(doc, text, bounds, found, context)
        return doc

    def _statements(
        self, doc: Doc, text: str, bounds: list[tuple[int, int]], gated_set: set[int], context: list[bool],
        layer: dict[int, dict[str, list[_TokenCue]]], consent: dict[int, dict[str, list[_TokenCue]]],
    ) -> list[_Candidate]:
        """Every statement of the document before the scope resolver: the sentences' own (`_sentence_statements`), then
        the document-level steps in their order (split from `_read` in session 43, opt43, so that
        `_read_without_adjuncts` can read a document a second time)."""
        found = self._sentence_statements(doc, text, bounds, gated_set, context, layer, consent)
        self._objection_costs_service(text, bounds, found)  # session 44, opt44 (review44's 04:25 finding)
        # a step's result told in its own sentence gives the step its use before the readers of an option's end look
        # for a scoped option told before (session 46, opt46; the resolver's step 0 reads it again, idempotent)
        self._scope_from_own_result(text, bounds, found)
        claimed = {f.si for f in found}
        # A switch-off step whose object is only a switch's label ("den Punkt „Account-Info teilen“
        # deaktivieren"): its result may follow ("Damit nutzt Facebook die Daten nicht mehr für Werbung").
        bare_steps = {
            si for si in gated_set - claimed
            if (
                (self._may("control", text, bounds, si) and self.c.has("control", text[bounds[si][0]:bounds[si][1]]))
                or "CONTROL" in layer.get(si, {})
            )
            # A step asked as a condition ("Wenn ich die ausschalte, ist dann alles gut?") is answered by its result.
            and (not is_question(text[bounds[si][0]:bounds[si][1]]) or is_conditional(text[bounds[si][0]:bounds[si][1]]))
        }
        # An objection told as a condition ("Wer widerspricht, sieht keine Werbung mehr, die auf WhatsApp-Daten
        # beruht"): the main clause tells its result, read like a step's.
        found.extend(self._results(text, bounds, found, bare_steps | self._objecting_who(text, bounds, gated_set - claimed)))
        found.extend(self._step_in_condition(text, bounds, found, gated_set, context))
        found.extend(self._passed_after_results(text, bounds, found, gated_set, context))
        found.extend(self._transfer_not_covered(text, bounds, found, context))
        found.extend(self._whether_ruled(text, bounds, found, context))
        found.extend(self._restricted_opt_out(text, bounds, found, context))
        found.extend(self._switch_offered(text, bounds, found, context))
        found.extend(self._objection_still_valid(text, bounds, found, context))
        found.extend(self._unwilling_users(text, bounds, found, context))
        found.extend(self._noun_answers(text, bounds, found, context))
        found.extend(self._rest_denied(text, bounds, found, context))
        found.extend(self._steps_under_heading(doc, text, bounds, bare_steps - {f.refines for f in found}))
        found.extend(self._restricted_choices(text, bounds, found))
        found.extend(self._window_passed(text, bounds, found))
        found.extend(self._final_choices(text, bounds, found, context))
        found.extend(self._otherwise_next(text, bounds, found, context))  # session 42, opt42
        found.extend(self._elliptic_none(text, bounds, found, context))
        found.extend(self._elliptic_end(text, bounds, found, context))
        found.extend(self._elliptic_modal_denial(text, bounds, found, context))
        found.extend(self._ended_named_option(text, bounds, found, context))
        found.extend(self._deadline_ended(text, bounds, found, context))
        found.extend(self._change_ended(text, bounds, found, context))
        found.extend(self._loss_denied_to_all(text, bounds, found, context))  # session 44, opt44
        found.extend(self._reversal_after_loss(text, bounds, found, context))  # session 53, opt53
        found.extend(self._costless_proverb_refusal(text, bounds, found, context))  # session 57, opt57
        found.extend(self._dislocated_denials(text, bounds, found, context))
        found.extend(self._ended_option_subject(text, bounds, found, context))
        found.extend(self._denied_option_relative(text, bounds, found, context))
        # Step lists and short answers without a verb: statements told by the document's shape (models/opt_out_steps.py).
        found.extend(_Candidate(*st) for st in opt_out_steps.step_statements(self, doc, text, bounds, found, context))
        found.extend(_Candidate(*st) for st in opt_out_steps.short_answers(self, doc, text, bounds, found, context))
        found.extend(self._passed_anyway_late(text, bounds, found, context))  # session 33, scope33
        found.extend(self._proform_denials(text, bounds, found, context))  # session 41, opt41
        return found

    def _read_without_adjuncts(
        self, doc: Doc, text: str, bounds: list[tuple[int, int]], gated_set: set[int], context: list[bool],
        layer: dict[int, dict[str, list[_TokenCue]]], consent: dict[int, dict[str, list[_TokenCue]]],
        found: list[_Candidate],
    ) -> list[_Candidate]:
        """The statements of the sentences no reader claimed, read again with their free adjuncts blanked
        (models/opt_out_adjuncts.py: "behalten laut WhatsApp alle Funktionen", "Sonst geht WhatsApp bei dir ab Februar
        nicht mehr"): the document is read again over the blanked text, so every reader and the scope resolver
        see the clause as it is without them, and only statements of those sentences are taken (session 43, opt43).
        The memos keyed by the text are restored afterwards, so `_add_claims` reads the document as before.

        Sentence-local (issue 10, session 45, speed45; the lead's ruling): the gated sentences more than
        `_REREAD_REACH` sentences from every sentence that held an adjunct (`held`: the only ones whose statements are
        kept) are not read again by their own readers (`_sentence`, its refusal's consequence): the statements those
        gave in the first reading (`_sentence_memo`, copies) stand in the second reading's list, so the document-level
        readers and the scope resolver still see every statement told before ("Man konnte der Werbenutzung
        widersprechen. Diese Frist ist laut WhatsApp abgelaufen.": the ended option is the one named before; review45)
        and read the whole blanked text. Not identical by construction (a far sentence's readers might read a blanked
        one): the claims were the same on all studied, challenge and bench texts (docs, "Speed, session 45")."""
        claimed = {f.si for f in found}
        # a sentence the first reading read and rejected (a pretence, another service, a cited title) stays so
        rejected = rejected_sentences(doc, "opt_out")
        open_sents = [si for si in sorted(gated_set) if context[si] and si not in claimed and si not in rejected]
        if not open_sents:
            return []
        blanked, held = opt_out_adjuncts.blank_adjuncts(PHRASES["clause_adjunct"], text, bounds, open_sents)
        if not held:
            return []
        # The facts of the whole text the readers share, each read sentence by sentence (a sentence's rule gates and
        # family words lie inside it, its layout lead is matched from its start, seeing at most the character before):
        # the first reading's answers stand for every sentence whose text, with the character before it, blanking left
        # as it was, and only the others are read again (issue 10, session 54, speed54; the same answers as reading the
        # whole blanked text, by construction).
        changed = [si for si, (s0, s1) in enumerate(bounds) if text[max(s0 - 1, 0):s1] != blanked[max(s0 - 1, 0):s1]]
        bodies = body_starts(text, bounds)
        families = _reader_families().sentences(text, bounds)
        masks = list(self._sentence_rules(text, bounds))
        for si in changed:
            s0, s1 = bounds[si]
            masks[si] = self.c.sentence_rules(blanked[s0:s1], [(0, s1 - s0)])[0]
        again_bodies = list(bodies)
        for si in changed:
            again_bodies[si] = lead_of(blanked, *bounds[si]).body
        kept = (self._rules_memo, self._marks_memo, self._refusal_memo, self._predicate_doc, self._predicate_memo)
        # A sentence more than `_REREAD_REACH` sentences from every blanked one is not read again: its own readers
        # read it as the first reading did (the statements they gave are handed on, `_sentence_memo`).
        memo, near = self._sentence_memo or {}, {i for si in held for i in range(si - _REREAD_REACH, si + _REREAD_REACH + 1)}
        marks = kept[1]
        try:
            self._rules_memo = (blanked, bounds, masks)
            # blanking turns characters into spaces and a mark (".", "!", "?") is none: the marks left are those it did not turn
            self._marks_memo = (blanked, [p for p in marks[1] if blanked[p] != " "]) if marks and marks[0] is text else None
            self._refusal_memo = self._predicate_memo = None
            body_starts.remember(again_bodies, blanked, bounds)
            _reader_families().sentences.remember(
                _reader_families().sentences_changed(families, blanked, bounds, changed), blanked, bounds)
            self._predicate_doc = (doc, blanked, Sentences.of(doc))
            self._sentence_memo, self._sentences_kept = None, {si: found for si, found in memo.items() if si not in near}
            again = self._statements(doc, blanked, bounds, gated_set, context, layer, consent)
            self._resolve_scopes(doc, blanked, bounds, again, context)
        finally:
            (self._rules_memo, self._marks_memo, self._refusal_memo, self._predicate_doc, self._predicate_memo) = kept
            self._sentence_memo = self._sentences_kept = None
            # the first reading's answers for the text itself, for `_add_claims`
            body_starts.remember(bodies, text, bounds)
            _reader_families().sentences.remember(families, text, bounds)
        return [f for f in again if f.si in held and f.si not in rejected]

    def _sentence_statements(
        self, doc: Doc, text: str, bounds: list[tuple[int, int]], gated_set: set[int], context: list[bool],
        layer: dict[int, dict[str, list[_TokenCue]]], consent: dict[int, dict[str, list[_TokenCue]]],
    ) -> list[_Candidate]:
        """The statements read sentence by sentence, in text order (each sentence's readers see the statements of the
        sentences before it): a gated sentence's own (`_sentence`, with its refusal's consequence), then the answer
        shapes (a "Ja"/"Nein", an elliptic negation, a restricted answer). The document-level steps and the scope
        resolver come after (`_read`; clean28: split from `_read`, which found, resolved and emitted in one body)."""
        found: list[_Candidate] = []
        bodies = body_starts(text, bounds)  # one reading per document, shared with the steps and `_otherwise_next`
        memo, kept = self._sentence_memo, self._sentences_kept
        for si, (start, end) in enumerate(bounds):
            if si in gated_set:
                if kept is not None and si in kept:
                    # the second reading: a sentence far from every blanked adjunct, as the first reading read it
                    found.extend(replace(c) for c in kept[si])
                else:
                    first = len(found)
                    if context[si] and _PRETENCE(text[start:end]):
                        # "habe die Nutzer glauben lassen, sie müssten zustimmen": what users were led to believe, read
                        # and rejected (`_sentence` claims nothing), so the learned stage leaves it alone too (session
                        # 30, opt51)
                        rejected_sentences(doc, "opt_out").add(si)
                    found.extend(self._sentence(text, bounds, si, context, layer.get(si, {}), found, consent.get(si, {})))
                    if self._may("no_choice", text, bounds, si):
                        found.extend(self._after_refusal(text, bounds, si, found, context))
                    if memo is not None:
                        memo[si] = [replace(c) for c in found[first:]]  # (copies: the resolver may change the found)
            # the sentence proper, after its layout lead ('11.01.2021 — Nein.', '[12.02.21, 20:16] ben: nein.',
            # 'Experte: Nein': models/layer/leads.py, session 29, lead29)
            body = bodies[si]
            if si == 0 or not (
                self._answer_shapes.match(text, start, end) or (body > start and self._answer_shapes.match(text, body, end))
            ):
                continue  # no sentence shape below can open here (one match instead of five)
            if _S.answer.match(text, body, end) or self._block_answer(doc, text, start, end) is not None:
                answers = self._answer_unless_said(text, bounds, si, context, found)
                if not answers and end - body < 120 and _S.only_answer.match(text, body, end):
                    # "Ja, aber nur gegen die Werbung" after a stated possibility, no question: its restriction
                    answers = self._restricted_answer(text, bounds, si, context, found, doc_text(doc))
                found.extend(answers)
            elif end - body < 90 and _S.elliptic_not.match(text, body, end) and (
                elliptic := self._elliptic_negation(doc_text(doc), text, bounds, si, context)
            ):
                found.extend(elliptic)
            # (an elliptic shape that reads no noun, "Das geht nicht.", is still a short answer below; session 41, opt41)
            elif end - body < 120 and _S.only_answer.match(text, body, end):
                found.extend(self._restricted_answer(text, bounds, si, context, found, doc_text(doc)))
            elif self._answer_polarity(text[start:end]) is False and _asked(text[bounds[si - 1][0]:bounds[si - 1][1]]) is not None and not (
                # "Viele glauben: Das geht nicht. Doch es geht ...": a belief or label before the answer, or the next sentence
                # contradicting it, makes it no answer of the text's own (session 41, opt41, after review41)
                _S.proform_frame.search(text, start, body) or (
                    si + 1 < len(bounds) and _S.proform_contradicted.match(text, bounds[si + 1][0], bounds[si + 1][1])
                )
            ):
                found.extend(self._answer(text, bounds, si, context))
        return found

    def _add_claims(
        self, doc: Doc, text: str, bounds: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> None:
        """The statements found and resolved that become claims: not a possibility the next sentence supersedes or
        calls false, not a denial called false, not a demand, a cited title or another service's option, and one per
        sentence, stance and scope (the first found). `_demand_denied` adds its statements here, after the sets of
        superseded and refuted sentences are taken (as before the split from `_read`, clean28)."""
        # whose consent (session 58, opt58): a sentence that withdraws, refuses or leaves another holder's consent or list
        # is read, so the learned stage leaves it alone too, also where no rule found a statement in it
        for si, (lo, hi) in enumerate(bounds):
            if _CONSENT_ACT.search(text, lo, hi) and _another_holders_consent(self.c, text, bounds, si, lo, hi):
                rejected_sentences(doc, "opt_out").add(si)
        superseded = {c.si - 1 for c in found if c.supersedes}
        refined = {c.refines for c in found if c.refines is not None}
        scoped = {c.si for c in found if c.stance == "possible" and c.scope != "unspecified"}
        # A possibility the next sentence calls false ("Behauptung: Man kann widersprechen. Falsch.", "..., schreibt
        # ein Portal. Das ist irreführend: ...") is a claim the text reports and rejects, not its own.
        called_false = {c.si for c in found if c.stance == "possible" and self._verdict_next(text, bounds, c.si)}
        superseded |= called_false
        # So is a denial ("Herr M. schreibt, man könne ... nicht widersprechen. Das stimmt so nicht."; opt26, own43-026).
        refuted = {c.si for c in found if c.stance == "not_possible" and self._verdict_next(text, bounds, c.si)}
        found.extend(self._demand_denied(text, bounds, found, context))
        reports_refuted = _reports_refuted(text, bounds, {c.si for c in found})
        # a glossary's general definitions (and "X bedeutet: ..."): no item, and the learned stage leaves them alone
        # (a statement that names its use or data - "der Nutzung für Werbung" - is the text's, not a definition's)
        definitions = _glossary_definitions(doc_text(doc), text, bounds) - {c.si for c in found if c.scope != "unspecified"}
        rejected_sentences(doc, "opt_out").update(definitions)
        seen: set[tuple[int, str, str]] = set()
        announced = self._announced_by_heading(doc, text, found)
        removed = removed_lines(doc)  # a version comparison's lines an edit took back (models/layer/diff_lines.py)
        emitted: list[_Candidate] = []
        for cand in found:
            clause_start = self._main_clause_start(text, bounds[cand.si][0], cand.start)
            if id(cand) in announced or self._demanded(text, bounds[cand.si], clause_start, cand.end) or self._no_denial(text, cand):
                continue
            if cand.stance == "possible" and self._demanded(text, bounds[cand.si], clause_start, cand.end, norms=True) and \
                    not _FACT_AFTER.search(text, clause_start, bounds[cand.si][1]):
                # "Nutzer müssten eigentlich die Möglichkeit haben, ..., meint der Datenschützer": a norm in the
                # Konjunktiv (`mood.norm_modal`), what should be possible; the sentence is read, so the learned stage
                # leaves it alone too (session 44, opt44)
                rejected_sentences(doc, "opt_out").add(cand.si)
                continue
            if cand.stance == "not_possible" and cand.scope == "unspecified" and _claim_put_to_the_test(text, bounds, cand.si):
                # "Behauptung 3: „Wer nicht zustimmt, dessen Konto wird gelöscht.“ Teilweise richtig.": the claim a fact
                # check quotes to grade it, not the text's statement (D62); a confirmed one ("Bewertung: Stimmt.") is the
                # text's (session 43, opt43)
                rejected_sentences(doc, "opt_out").add(cand.si)
                continue
            if _S.retracted_version.search(text, bounds[cand.si][0], cand.end) is not None or on_a_removed_line(removed, cand.start, own_mark=True):
                # "Korrektur: In einer früheren Fassung dieses Artikels hieß es, alle müssten der Weitergabe
                # zustimmen.": what an earlier version of the text said, withdrawn by its correction (D62), as is a
                # version comparison's removed line opening with the typographic minus ("− ..." over "+ ..."; the
                # layer's scan, models/layer/diff_lines.py, shared with the price component since session 55, speed55:
                # a hyphen's line only by its word share is a list's con as often); the sentence is read, so the
                # learned stage leaves it alone too (session 54, opt54)
                rejected_sentences(doc, "opt_out").add(cand.si)
                continue
            if cand.si in reports_refuted:
                # "Wer nicht zustimmt, verliert seinen Account, hieß es in einem Gerücht. WhatsApp dementiert das.": a
                # report the text refutes gives no item (D62); the sentence is read, so the learned stage leaves it
                # alone too (session 44, opt44)
                rejected_sentences(doc, "opt_out").add(cand.si)
                continue
            if cand.stance == "possible" and _inside_held_belief(text, bounds[cand.si][0], cand.end):
                # "43 Prozent der Befragten glauben, sie könnten widersprechen": what others believe, not the text's
                # statement (issue 7, session 56, opt56); the sentence is read, so the learned stage leaves it alone too
                rejected_sentences(doc, "opt_out").add(cand.si)
                continue
            if cand.stance == "possible" and self._option_of_none(text, bounds[cand.si], cand):
                # "weil es noch gar keine Datenweitergabe gibt, der man widersprechen könnte": an option of nothing
                # (session 30, opt51); the sentence is read, so the learned stage leaves it alone too
                rejected_sentences(doc, "opt_out").add(cand.si)
                continue
            if (
                cand.si in refuted or _S.cited_title.match(text, *bounds[cand.si]) or _see_also_line(doc_text(doc), text, bounds[cand.si])
                or cand.si in definitions
                or _about_another_service(text, *bounds[cand.si], self.c)
                or _framed_by_another_service(self.c, text, bounds, cand.si) or _world_condition(text, bounds[cand.si], cand.end)
                or _another_holders_consent(self.c, text, bounds, cand.si, cand.start, cand.end)
            ):
                # a denial called false next, or "Zu „Zustimmen oder gehen“ vom 12. Januar": a cited title (opt26), or a
                # reference work's "Siehe auch: Opt-in, Widerspruchsrecht" (a list of lemma names; session 47, opt47); or
                # "Einen vergleichbaren Schalter bietet Instagram nicht an": another service's option (opt26b), also
                # where the question or step before names it (session 42, opt42); or the main clause of a condition
                # of the company's or the world's ("Falls WhatsApp die Option entfernt, ...": a hypothetical);
                # or a consent or objection someone else holds: a club's, a practice's, a business's (session 58, opt58);
                # the sentence is read, so the learned stage leaves it alone too (`ruled_opt_sentences`)
                rejected_sentences(doc, "opt_out").add(cand.si)
                continue
            if cand.stance == "possible" and cand.si in called_false and cand.refines is None and not (
                    cand.si + 1 < len(bounds) and _ATTRIBUTED.search(text, *bounds[cand.si + 1])):
                # a possibility the next sentence calls false: the sentence is read, so the learned stage leaves it
                # alone too (session 50, opt50); not where a third party's verdict follows ("Das stimmt nicht, meinen
                # Datenschützer.": a dispute between sources, the lead's 04:55 ruling of session 44)
                rejected_sentences(doc, "opt_out").add(cand.si)
                continue
            if cand.stance == "possible" and (
                (cand.si in superseded and cand.refines is None)
                or (cand.si in refined and refined_away(cand.stance, cand.refines))
                or (cand.scope == "unspecified" and cand.si in scoped)
            ):
                continue
            key = (cand.si, cand.stance, cand.scope)
            if key in seen:
                continue
            seen.add(key)
            emitted.append(cand)
        # D41: "Eine echte Wahl haben die Nutzer nicht" beside a statement that is claimed sums it up; the sentence
        # is read, so the learned stage leaves it alone too
        summed_up = self._verdicts_read_with_statements(text, bounds, emitted)
        summed_up |= self._plans_called_off(doc, text, bounds, emitted)  # D49 (d): a planned loss told called off
        for cand in emitted:
            if id(cand) in summed_up:
                rejected_sentences(doc, "opt_out").add(cand.si)
                continue
            add_claim(doc, "opt_out", cand.start, cand.end, stance=cand.stance, scope=cand.scope)

    @classmethod
    def _verdict_next(cls, text: str, bounds: list[tuple[int, int]], si: int) -> bool:
        """Does the sentence after `si` open with a verdict that calls it false (phrasing `refuted`), or, where that
        sentence is a key's or solution's label on a line of its own (`_title_line`, phrasing `key_heading`:
        "Lösungsskizze", "Auflösung"), the sentence after the heading with a verdict naming the statement (phrasing
        `verdict_naming`: "Beurteilen Sie die Aussage: «...» | Lösungsskizze | Die Aussage trifft nicht zu: ...")?
        A section heading ("Fazit") carries no verdict back (review50's finding). Issue 7, session 50, opt50 (D62)."""
        nxt = si + 1
        if nxt >= len(bounds):
            return False
        if cls._title_line(text, bounds, nxt) and _S.key_heading.fullmatch(text[bounds[nxt][0]:bounds[nxt][1]].strip()):
            # a key's or solution's label ("Lösungsskizze"), not a section's ("Fazit") nor a claim's own line
            # ("Mythos 5: „...“"): the verdict after it, naming the statement, judges the statement before it
            return nxt + 1 < len(bounds) and _S.verdict_naming.match(text, bounds[nxt + 1][0], bounds[nxt + 1][1]) is not None
        return _S.refuted.match(text, bounds[nxt][0], bounds[nxt][1]) is not None

    def _verdict(self, text: str, cand: _Candidate) -> bool:
        """Is `cand` a no-choice verdict that names no data, no use and no option of its own (phrasing
        `no_choice_verdict`: "Nutzer haben keine echte Wahl", "Friss oder stirb") and holds no accept-or-leave
        ("keine Wahl: Sie müssen zustimmen oder gehen" is the accept-or-leave's item)?"""
        if cand.stance != "not_possible" or cand.scope != "unspecified":
            return False
        return self.verdict_span(text[cand.start:cand.end])

    def verdict_span(self, span: str) -> bool:
        """Does the lower-cased claim span `span` hold a no-choice verdict and no accept-or-leave (`_verdict`; the
        learned stage asks it of the rules' claims beside a statement it adds, `drop_verdicts_beside`)?"""
        return _S.no_choice_verdict.search(span) is not None and not any(
            self.c.has(cue, span) for cue in ("accept", "refuse", "quit", "consequence", "keep_using"))

    def _verdicts_read_with_statements(
        self, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]
    ) -> set[int]:
        """The no-choice verdicts (`_verdict`) that read with an opt-out statement beside them (the lead's D41,
        session 31): another statement in the verdict's sentence, or in the sentence right before or after it with no
        paragraph break between; a title verdict (a first line or a line of its own with no closing stop: "Keine
        echte Wahl") reads with any statement of the body. Standing alone a verdict stays an accept-or-leave in other
        words (D1): not_possible/unspecified. The ids of the candidates to drop."""
        verdicts = [cand for cand in found if self._verdict(text, cand)]
        if not verdicts:
            return set()
        ids = {id(cand) for cand in verdicts}
        statements = [cand for cand in found if id(cand) not in ids]
        claimed = {cand.si for cand in statements}
        out: set[int] = set()
        for cand in verdicts:
            si = cand.si
            sent = text[bounds[si][0]:bounds[si][1]]
            if _YEAR.search(sent) or _S.this_time.search(sent):
                continue  # "Anders als 2016 ... bietet die Fassung von 2021 keine Wahl": D33's denial, set against the option
            near = {si} | sentences_beside(text, bounds, si)
            if any(other not in claimed and self._consent_talk(text[bounds[other][0]:bounds[other][1]]) for other in near - {si}):
                continue  # beside an accept-or-leave the rules did not read: the verdict's item is that one's pair
            if any(other.si in near for other in statements) or (
                    self._title_line(text, bounds, si) and any(si < other.si <= si + 2 for other in statements)):
                out.add(id(cand))  # (a title reads with the body's first statement, told right under it)
        return out

    def _plans_called_off(
        self, doc: Doc, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]
    ) -> set[int]:
        """The lead's D49 (d), revised at session 33's end: a loss of the users who refuse told only as the plan of
        its time ("Zunächst hieß es, wer ... nicht zustimmt, kann WhatsApp nicht mehr nutzen", "Wer nicht zustimmte,
        sollte ... nur noch eingeschränkt nutzen können"; phrasing `loss_told_as_plan`), in a text that also tells
        the plan called off (a possible/unspecified statement, D26), is no item: D26's possible item stands alone. A
        must-consent with no loss in its sentence ("Bis 8. Februar sollten alle zustimmen", D34) keeps its item. Every
        such sentence is marked read, so the learned stage leaves it alone too. So is the either-or retold in the past
        indicative with the reversal told after it (phrasing `ultimatum_retold`: "Zu Jahresbeginn stellte der Messenger
        alle vor die Wahl: ja sagen oder löschen. ... Später gab der Konzern nach", D66 (f), D68 (e); session 59,
        opt59). The ids of the candidates to drop."""
        reversals = {cand.si for cand in found if cand.stance == "possible" and cand.scope == "unspecified"}
        if not reversals:
            return set()
        plans = {
            si for si, (start, end) in enumerate(bounds)
            if si not in reversals and ((
                _S.loss_told_as_plan.search(text, start, end) or self._framed_as_plan_before(text, bounds, si)
            ) and self._loss_after(text[start:end], 0) or (
                # the either-or retold in the past indicative ("Zu Jahresbeginn stellte der Messenger alle vor die Wahl: ja
                # sagen oder löschen"), the reversal told in the text: D66 (f), D68 (e) (session 59, opt59)
                _S.ultimatum_retold.search(text, start, end) and max(reversals) > si
            ))
        }
        rejected_sentences(doc, "opt_out").update(plans)
        return {
            id(cand) for cand in found if cand.si in plans and cand.stance == "not_possible" and cand.scope == "unspecified"
        }

    @staticmethod
    def _framed_as_plan_before(text: str, bounds: list[tuple[int, int]], si: int) -> bool:
        """Is sentence `si` the content of a short frame of the plan's telling that ends with a colon in the sentence
        before ("Im Januar hieß es noch:" over "Wer nicht zustimmt, kann WhatsApp bald nicht mehr richtig benutzen.",
        the frame and its content in lines of their own as plain language sets them)? The retold plan of D50 (a), as
        the frame in the sentence itself is (session 46, opt46, own84-049)."""
        if si == 0:
            return False
        p0, p1 = bounds[si - 1]
        frame = text[p0:p1].rstrip()
        return frame.endswith(":") and len(frame) <= 60 and _S.loss_told_as_plan.search(frame) is not None

    def _consent_talk(self, sent: str) -> bool:
        """Does a sentence speak of consenting or refusing (the cues `accept`, `refuse`)?"""
        return self.c.has("accept", sent) or self.c.has("refuse", sent)

    @staticmethod
    def _title_line(text: str, bounds: list[tuple[int, int]], si: int) -> bool:
        """Is sentence `si` a title: a line of its own (the text's first, or after a line break) with no closing
        stop, followed by a line break ("Keine echte Wahl", "WhatsApp: keine Wahl")?"""
        start, end = bounds[si]
        line = text[start:end].strip()
        before = text[:start].rstrip(" \t")
        return bool(line) and len(line) < 120 and line[-1] not in ".!?:;," and (not before or before.endswith("\n")) and (
            text[end - 1:end] == "\n" or text[start:end].rstrip(" \t").endswith("\n") or text[end:end + 1] == "\n")

    @staticmethod
    def _option_of_none(text: str, bounds: tuple[int, int], cand: _Candidate) -> bool:
        """Does the possible statement `cand` lie in a Konjunktiv II relative clause after a negated head of its
        sentence (phrasing `option_of_none`: "weil es noch gar keine Datenweitergabe gibt, der man widersprechen
        könnte")? An option of something that does not exist states no possibility (session 30, opt51, own51-005)."""
        s0, s1 = bounds
        if "kein" not in text[s0:cand.end]:
            return False
        return any(
            m.start("rel") < cand.end and cand.start < m.end("rel")
            for m in _S.option_of_none.finditer(text, s0, s1)
        )

    # ------------------------------------------------------------ sentences
    def _sentence(
        self,
        text: str,
        sents: list[tuple[int, int]],
        si: int,
        context: list[bool],
        layer: dict[str, list[_TokenCue]] | None = None,
        before: list[_Candidate] | None = None,
        consent: dict[str, list[_TokenCue]] | None = None,
    ) -> list[_Candidate]:
        """The statements of sentence `si` (`before`: the claims of the sentences before it; `consent`: its
        must-consent token cues, patterns/consent_tokens.jsonl)."""
        s0, s1 = sents[si]
        sent = text[s0:s1]
        if is_question(sent) or not context[si]:
            return []
        # A pretence ("indem er ihnen vorgaukelte, sie könnten ...") states no choice of the text's own; a coercion
        # told before it, whose means it is, does ("hat die Nutzer gezwungen, zuzustimmen, | indem er ...": D58).
        told_until = self._coerced_before_pretence(sent) if _PRETENCE(sent) else len(sent)
        if told_until is None:
            return []
        clauses = _split(sent)
        prev = text[sents[si - 1][0]:sents[si - 1][1]] if si > 0 else ""
        out: list[_Candidate] = []

        def cand(st: _Statement, supersedes: bool = False) -> None:
            start, end = _trim(sent, st.start, st.end)
            if end > start:
                out.append(_Candidate(si, st.stance, st.scope, s0 + start, s0 + end, supersedes))

        rules, bit = self._sentence_rules(text, sents)[si], self.c.rule_bit  # the rule gates open on this sentence
        strong = self._no_choice_spans(sent, clauses, consent or {}) if rules & bit["no_choice"] else []
        # The earlier transfer is looked up only where a bare transfer noun needs it (few sentences).
        statements = self._objection_statements(
            sent, clauses, prev, lambda: self._earlier_transfer(text, sents, si), layer, rules
        )
        # A possibility inside an accept-or-leave statement is its condition, not a claim; an unscoped
        # impossibility inside one ("keine Möglichkeit, der Richtlinie zu widersprechen, ohne das Konto
        # aufzugeben") is that statement, which takes its scope from what it names (accept_scope).
        statements = [
            st for st in statements
            if (st.stance == "not_possible" and st.scope != "all_sharing")
            or not any(_overlap((st.start, st.end), span) for span in strong)
        ]
        # "Wer verhindern will, dass WhatsApp seine Daten mit Facebook teilt, dem bleibt nur der Abschied": a wish to
        # prevent before an accept-or-leave in the sentence is that statement's condition, no possibility (D1).
        statements = [
            st for st in statements
            if st.stance != "possible" or not any(span[0] >= st.end for span in strong)
            or not _S.wish_to_prevent.search(sent, st.start, st.end)
        ]
        # "Eine Möglichkeit, der Weitergabe zu widersprechen, haben sie nicht": the main clause after the fronted
        # infinitive denies the option the infinitive names (its own modal reads possible).
        statements = [self._fronted_denial(sent, st) for st in statements]
        # "Gefragt, ob es einen Weg gebe, der Übermittlung zu widersprechen, wich die Sprecherin aus": a
        # statement opening in an indirect yes-no question after a question's frame asks what it holds and tells
        # none of it (session 54, opt54)
        asked = [st for st in statements if _asked_by_frame(sent, st.start)]
        if asked:
            self._asked.add(si)
            statements = [st for st in statements if st not in asked]
        statements = self._restricted_by_ellipsis(sent, statements)
        # "Das ist aber kein echter Widerspruch": a copula classifies what the sentence before offers; it denies no option.
        statements = [st for st in statements if st.stance != "not_possible" or not _S.kind_not_option.search(sent, st.start, st.end)]
        if rules & bit["no_choice"] and not strong:  # refusing costs nothing: a possibility (the 2021 reversal)
            costless = self._refusals(sent, clauses)
            remnant = next((m for a, b in costless if (m := _S.loss_remnant.match(sent, _trim(sent, a, b)[1]))), None)
            if remnant is not None:
                # "Wer ablehnt, verliert das Konto vorerst nicht, | aber schrittweise Funktionen": the denied
                # loss's verb goes on in a verbless remnant naming what is lost: D1's accept-or-leave with its loss
                # (phrasing `loss_remnant`; issue 7, session 48, opt48)
                lo = s0 + _trim(sent, *costless[0])[0]
                out.append(_Candidate(si, "not_possible", "unspecified", lo, s0 + remnant.end()))
                costless = []
            elif costless and (loss_end := self._loss_told_next(text, sents, si)) is not None:
                # "Wer nicht zustimmt, verliert sein Konto nicht. Die Funktionen werden aber eingeschränkt.": the
                # refusal costs something after all, one accept-or-leave statement over both sentences (D1).
                lo = s0 + _trim(sent, *costless[0])[0]
                out.append(_Candidate(si, "not_possible", "unspecified", lo, loss_end))
                costless = []
            elif costless and self._vorerst_loss_later(text, sents, si):
                costless = []  # "kann WhatsApp vorerst weiter nutzen. ... Danach wird die Chatliste gesperrt": D1's grace period
            statements += [_Statement("possible", self._costless_scope(sent[a:b]), a, b) for a, b in costless]
        own_supersede = (
            self._supersede_in_sentence(sent, clauses, statements) if rules & bit["supersede"] else None
        )
        if own_supersede is not None:
            statement, dated = own_supersede
            statements = [st for st in statements if st.stance != "possible" or st.start >= statement.end or dated]
            cand(statement)
        for st in statements:
            cand(st)
        if not any(st.stance == "possible" for st in statements) and rules & bit["must"]:
            strong.extend(self._must_accept_spans(sent, clauses, prev, consent or {}))
        if not strong and "weiter" in sent and not any(st.stance == "possible" for st in statements):
            strong.extend(self._accept_to_keep_using(sent, clauses))
        if not statements and si > 0 and rules & bit["supersede"] and self.c.has("supersede", sent):
            out.extend(self._supersede_previous(text, sents, si, sent, clauses, prev))
        if rules & bit["anyway"]:
            out.extend(self._passed_anyway(text, sents, si, sent, clauses, before or []))
        if not statements and not strong and rules & bit["partial"]:
            strong.extend(self._partial_spans(sent, clauses, text[sents[max(0, si - 2)][0]:s0]))
        # What a possible statement beside it names is its own ("Anders als 2016, als Nutzer der Nutzung ihrer Daten
        # für Werbung widersprechen konnten, bietet die Fassung von 2021 keine Wahl"): not the accept-or-leave's object.
        rest = sent
        for st in statements:
            if st.stance == "possible":
                rest = blank_span(rest, st.start, st.end)
        accept_scope = self.accept_scope(rest) if strong else ""
        if accept_scope == "unspecified" and self._unwilling_of_transfer(sent, clauses):
            accept_scope = "all_sharing"  # "Der Datenfluss bleibt, und wer ihn nicht will, muss gehen."
        elif accept_scope == "all_sharing" and self._exit_after_number_denial(rest, statements):
            accept_scope = "phone_number"
        elif accept_scope == "unspecified" and (asked := self._question_answered(text, sents, si)) is not None:
            # "Wie halte ich meine Nummer von Facebook fern? Da bleibt Ihnen nur, WhatsApp zu verlassen": an exit
            # answering a question takes the data the question names (D46; issue 7, session 33, scope33)
            accept_scope = self._asked_scope(asked)
        if strong:
            # An objection denied without an object beside an accept-or-leave statement ("Einen Widerspruch gibt es
            # nicht: Die Wahl lautet zustimmen oder gehen") concerns the terms, not the data (CONTRACT).
            for cand_ in out:
                own = text[cand_.start:cand_.end]
                if cand_.stance == "not_possible" and cand_.scope == "all_sharing" and self._objectless(own) and not (
                    # "Übermittelt würden die Nummer sowie ... Widersprechen könne man dem nicht; wer nicht zustimme,
                    # ...": a pronoun standing for the transfer told just before names it (the reference step reads it).
                    (_S.leading_anaphor.search(own) or _S.pronoun_object.search(own)) and self.c.has("transfer", prev)
                ):
                    cand_.scope = accept_scope
        for span in strong:
            cand(_Statement("not_possible", self._compared_verdict_scope(sent, span, accept_scope), *span))
        if (asked := _S.quoted_question.search(sent)) is not None:
            out = [found for found in out if found.start >= s0 + asked.end()]  # what the quoted question asks
        if told_until < len(sent):
            # what the pretence after the coercion says is no statement: the coercion's span ends before its means
            out = [found for found in out if found.start < s0 + told_until]
            for found in out:
                found.end = min(found.end, s0 + told_until)
        return out

    @staticmethod
    def _coerced_before_pretence(sent: str) -> int | None:
        """Where the text's own statement ends in `sent`, which holds a pretence: at the comma of a clause of means
        or cause whose coercion before it is not negated ("habe die Kunden de facto gezwungen, den Regeln zuzustimmen, |
        indem der Dienst ihnen suggerierte, sonst sei das Konto weg": phrasing `coerced_by_means`; D58, session 39,
        opt39, own70-026), the pretence after it; else None (the whole sentence is the pretence's, as before)."""
        coerced = _S.coerced_by_means.search(sent)
        if coerced is None or _S.pretence.search(sent, 0, coerced.end(2)) or has_negation(sent[:coerced.end(1)]):
            return None
        return coerced.start(2)

    def _compared_verdict_scope(self, sent: str, span: tuple[int, int], scope: str) -> str:
        """The scope of the no-choice statement `span` of `sent` whose accept-or-leave scope is `scope`. A no-choice
        verdict (`verdict_span`: "keine Wahl", no consent, refusal, exit or loss of its own) that its own sentence sets
        against the earlier option, by a clause telling that option (`earlier_option_told`: "Anders als 2016, als man
        der Werbenutzung widersprechen konnte, lässt WhatsApp diesmal keine Wahl") or by a comparison with its time
        (`earlier_comparison`: "keine Wahl mehr, im Gegensatz zu 2016"), is D33's comparison: a statement about objecting
        to the transfer, `all_sharing` (the lead's D51 (c), session 35). An accept-or-leave told beside such a
        comparison ("Anders als 2016 heißt es diesmal: zustimmen oder gehen") stays D1's `unspecified`."""
        if scope != "unspecified" or not self.verdict_span(sent[span[0]:span[1]]):
            return scope
        if _S.earlier_option_told.search(sent) or _S.earlier_comparison.search(sent):
            return "all_sharing"
        return scope

    def _question_answered(self, text: str, sents: list[tuple[int, int]], si: int) -> str | None:
        """The question sentence `si` answers, or None: the sentence before it, or the one before the asker's bracket
        after the question ("„... Was kann ich tun?“ (Julia F., Rostock)" / "Dann bleibt nur ..."; the phrasing
        `asker_line` of data_shared, ds59). A question that names no data of its own ("Was kann ich tun?") is read
        with the asker's sentence right before it, which tells what the asker does not want ("Ich möchte gar nicht,
        dass meine Nummer bei Facebook landet."; D46, session 34, conv34, own60-012)."""
        qi = si - 1
        if qi > 0 and ASKER_LINE.match(text, *sents[qi]) is not None:
            qi -= 1
        if qi < 0 or not is_question(text[sents[qi][0]:sents[qi][1]]):
            return None
        question = text[sents[qi][0]:sents[qi][1]]
        if qi > 0 and self.accept_scope(question) == "unspecified" and not self.c.has("facebook", question):
            wish = text[sents[qi - 1][0]:sents[qi - 1][1]]
            if not is_question(wish) and _S.unwilling_wish.search(wish):
                return wish + " " + question
        return question

    def _asked_scope(self, question: str) -> str:
        """What an exit answering `question` is about (D46): the number alone where the question names it at Facebook
        with no other data ("Wie halte ich meine Nummer von Facebook fern?"), else the accept-or-leave's own scope
        of the question's words ("Ich will gar keine Daten an Facebook geben - was tun?": all_sharing; a whole exit
        asked, "Und wenn ich ganz aussteigen will?", all_sharing too: the lead's answer, session 33)."""
        c = self.c
        if c.has("scope_phone_number", question) and c.has("facebook", question) and not (
            c.has("data", question) or c.has("transfer_object", question) or _S.number_with_data.search(question)
        ):
            return "phone_number"
        return self.accept_scope(question)

    def _exit_after_number_denial(self, rest: str, statements: list[_Statement]) -> bool:
        """An exit told after a denial of the sentence that names the number's transfer as its own object ("Gegen die
        Übermittlung der Handynummer an Facebook lässt sich nichts tun, außer die App zu löschen", own39-025): the
        accept-or-leave names the data of that denial (D1: one that names the data keeps their scope), the number
        alone (D3), not `all_sharing` for its transfer noun (issue 7, session 28, scope28). Not where the sentence
        names the number with other data or data in general ("die Weitergabe der Nummer und der Gerätedaten": D3's
        `all_sharing`), nor a whole exit ("komplett aussteigen")."""
        c = self.c
        return (
            any(st.stance == "not_possible" and st.scope == "phone_number" for st in statements)
            and not any(st.stance == "not_possible" and st.scope == "all_sharing" for st in statements)
            and c.has("scope_phone_number", rest)
            and not c.has("data", rest)
            and _S.number_with_data.search(rest) is None
            and _S.whole_exit.search(rest) is None
        )

    def _restricted_by_ellipsis(self, sent: str, statements: list[_Statement]) -> list[_Statement]:
        """An objection statement followed by a verbless "(aber) nur + dative object", its verb elided: the object is
        what can be objected to. After a possible objection it narrows the scope ("Widersprechen darf ich auch, aber
        nur der Werbung": possible/ads over both); after a denied one it is a possibility of its own ("Der Weitergabe
        können Nutzer nicht widersprechen, nur der Nutzung für Werbezwecke": + possible/ads). Only where the object
        names a scope (an unscoped rest tells nothing new)."""
        out: list[_Statement] = []
        for st in statements:
            rest = PHRASES["only_ellipsis"].match(sent, st.end)
            scope = self.scope_possible(rest.group(1)) if rest is not None else "unspecified"
            if rest is None or scope in ("unspecified", "all_sharing"):
                out.append(st)
            elif st.stance == "possible":
                out.append(_Statement("possible", scope, st.start, rest.end()))
            else:
                out.extend((st, _Statement("possible", scope, rest.start(1), rest.end())))
        return out

    def _fronted_denial(self, sent: str, st: _Statement) -> _Statement:
        """A possible statement inside a fronted possibility noun and its zu-infinitive that the main clause after it
        denies ("Eine Möglichkeit, ... zu widersprechen, haben sie nicht"): not_possible over both, scoped by what
        the infinitive names; any other statement as it is. A denial already read there whose noun phrase tells an
        earlier option ("Die Chance, der Weitergabe ... zu widersprechen, wie sie 2016 für Werbezwecke bestand, bieten
        die neuen Regeln nicht mehr") takes the same scope: the denial's own object before the told earlier option's
        use (session 24, opt24b)."""
        if "," not in sent:
            return st
        for m in _S.fronted_option_denied.finditer(sent):
            # The main clause after the noun phrase's comma denies it: its predicate read on the layer (OPTION_DENIED).
            end = None if self._opens_predicate(sent, m.end(), "OPTION_KEPT") else self._predicate_end(sent, m.end(), "OPTION_DENIED")
            # The statement may open before the noun phrase ("Aber eine Möglichkeit, ... zu widersprechen, haben ...").
            if end is not None and (m.start() <= st.start < end or st.start <= m.start() < st.end):
                denied, past = self._without_earlier_option(m, sent[m.start():end])
                if st.stance != "possible" and not past:
                    return st
                scope = self.scope_not_possible(denied)
                if scope == "all_sharing" and self.c.has("partial_object", denied):
                    scope = self.accept_scope(denied)  # "einzelnen Verarbeitungen zu widersprechen": parts, all or nothing
                # "Eine Wahl wie 2016, als man der Werbenutzung widersprechen konnte, haben Nutzer diesmal nicht": the use
                # inside the comparison is the earlier option's (D36, its own possible item), the denial naming
                # nothing of its own is about objecting now (D16, D33; the lead's ruling of session 27, 23:38)
                return _Statement("not_possible", scope, m.start(), max(st.end, end))
        return st

    def _without_told_option(self, region: str) -> str:
        """`region` without the earlier option told in a clause of it (`earlier_option_told`: "Einen Widerspruch gegen
        die Weitergabe an Facebook, wie er 2016 für die Werbung möglich war, sah die Richtlinie nicht vor"): the
        denial's own words decide its scope, not the use of the option it is compared with (superseded-option
        convention; the lead's ruling on own41-010, session 25). A denial naming nothing of its own ("Einen
        Widerspruch, wie er 2016 für die Werbung möglich war, ...") is about objecting now, `all_sharing` (D16, D33;
        the use inside the clause is the earlier option's possible item, D36; the lead's ruling of session 27, 23:38,
        which relabelled own42-038 and ten more). Else `region` as it is."""
        # every told clause: "Ein Widerspruch, wie er 2016 noch möglich war, als man die Werbenutzung ... ausschließen
        # konnte, ist diesmal nicht vorgesehen" tells the earlier option in two clauses
        blanked = region
        for m in _S.earlier_option_told.finditer(region):
            blanked = blank_span(blanked, *m.span("clause"))
        # "..., gibt es heuer keinen Schalter dafür" / "keinen solchen Schalter": the denial's own words refer back to
        # the told option, so it keeps that option's use (D33/D36's exception; challenge_gen3-007, scope27b)
        if blanked != region and self._refers_back(blanked):
            return region
        return blanked

    @staticmethod
    def _without_earlier_option(m: re.Match[str], whole: str) -> tuple[str, str]:
        """A `fronted_option_denied` match with its denying main clause (`whole`, from the match's start) split into
        what the main clause denies and the earlier option it is compared with ("wie es sie 2016 für die Werbung
        gab", "als man ... abschalten konnte"; "" where none is told): the use the earlier option names is not the
        denied option's object (superseded-option convention: a denial naming its own object keeps it)."""
        for name in ("past", "past2"):
            if m.group(name):
                a, b = m.start(name) - m.start(), m.end(name) - m.start()
                return blank_span(whole, a, b), m.group(name)
        return whole, ""

    def _restricted_choices(self, text: str, sents: list[tuple[int, int]], found: list[_Candidate]) -> list[_Candidate]:
        """A negated reference back to a choice ("Diesmal gibt es diese Möglichkeit nicht", "Wer neu installiert,
        hat diese Wahl nicht"): not_possible for the scope of the nearest scoped possible claim up to ten
        sentences before it; after an objection that named no use ("kann dem widersprechen ... Wer die Frist
        verstreichen lässt, hat keine Möglichkeit mehr, die Einstellung zu ändern"), all_sharing."""
        c = self.c
        earlier = sorted((f for f in found if f.stance == "possible"), key=lambda f: f.si)
        claimed: dict[int, list[_Candidate]] = {}
        for f in found:
            claimed.setdefault(f.si, []).append(f)
        out: list[_Candidate] = []
        rules, bit = self._sentence_rules(text, sents), c.rule_bit["restricted_choice"]
        for si in range(earlier[0].si if earlier else 1, len(sents)):
            if not rules[si] & bit:  # the gate first: no slice, no question test
                continue
            s0, s1 = sents[si]
            sent = text[s0:s1]
            if is_question(sent):
                continue
            hit = _cue_clause(c.rx["restricted_choice"], sent)
            if hit is None:
                continue
            cue, clauses, ci = hit
            own = sent[clauses[ci][0]:clauses[ci][1]]
            # A claimed sentence lends its restriction clause only when no claim reaches it ("Anders als 2016, als
            # Nutzer der Werbenutzung widersprechen konnten, gibt es diesmal keinen solchen Schalter").
            if any(f.end > s0 + clauses[ci][0] for f in claimed.get(si, ())):
                continue
            # A verb of denial negates like "nicht": "Neukunden bleibt diese Option verwehrt".
            if not has_negation(own) and not c.has("denied", own):
                continue
            if _S.negated_lack.search(own):
                continue  # "Ein solcher Schalter fehlt auch jetzt nicht": the lack denied, the option is there
            if c.has("transfer_object", sent):
                continue  # "Bei der Weitergabe an sich gibt es keinen Schalter mehr": its own object, not the earlier choice
            before = [f for f in earlier if _told_before(f, si, s0 + clauses[ci][0])]
            scope = None
            if before:
                scoped = [f for f in before if f.scope != "unspecified"]
                scope = _nearest(scoped).scope if scoped else "all_sharing"
            elif si not in claimed:
                scope = self._described_option(text, sents, si)
            if scope is not None and si not in claimed and len(own_uses := self._uses_named(sent)) == 1:
                # "Für die Freundesvorschläge gibt es eine solche Wahl nicht": a choice of that kind, denied for the
                # one use its own sentence names (own38-030), not the earlier choice's.
                scope = own_uses[0]
            if scope is not None:
                start, end = _trim(sent, clauses[ci][0] if si in claimed else 0, len(sent))
                out.append(_Candidate(si, "not_possible", scope, s0 + start, s0 + end))
        return out

    def _uses_named(self, text: str) -> list[str]:
        """The uses of `_USES` whose scope cue `text` holds, in that order ("Werbung" -> ["ads"])."""
        return [sc for sc in _USES if self.c.has(f"scope_{sc}", text)]

    def _use_named(self, text: str) -> str | None:
        """The first use of `_USES` whose scope cue `text` holds (None: none), without asking the others."""
        return next((sc for sc in _USES if self.c.has(f"scope_{sc}", text)), None)

    def _described_option(self, text: str, sents: list[tuple[int, int]], si: int) -> str | None:
        """The use of a setting described, not offered, in one of the two sentences before `si` ("Die damalige
        Einstellung betraf die Nutzung Ihrer Daten für Werbung"): the choice a later "eine Wahl dieser Art" refers
        to. None unless that sentence names an opt-out noun and exactly one use. A question up to three sentences back
        counts where a "Nein" answers it before `si` ("Kann ich wie 2016 den Haken bei der Werbung rausnehmen? ... Leider
        nein. Diese Möglichkeit gibt es nicht mehr"): the option denied is the one asked for."""
        c = self.c
        for sj in range(si - 1, max(-1, si - 4), -1):
            prev = text[sents[sj][0]:sents[sj][1]]
            if not c.has("optout_noun", prev):
                continue
            if is_question(prev):
                if not self._answered_no(text, sents, sj + 1, si):
                    continue
            elif sj < si - 2:
                continue
            named = self._uses_named(prev)
            if len(named) == 1:
                return named[0]
        return None

    def _answered_no(self, text: str, sents: list[tuple[int, int]], lo: int, hi: int) -> bool:
        """Does one of sentences `lo` .. `hi` - 1 answer "Nein" ("Nein.", "Leider nein.", "Experte: Nein")?"""
        return any(self._answer_polarity(text[s0:s1]) is False for s0, s1 in sents[lo:hi])

    def _answer_polarity(self, sent: str) -> bool | None:
        """The one reader of short answers opening `sent`: True for a yes ("Ja, ...", "Das geht."), False for a no
        ("Nein.", "Experte: Nein", "Leider nicht.", "Das geht nicht mehr."), None for no answer. A plain "Ja"/"Nein"
        (also after a speaker label, phrasing `answer`) first, then the whole-sentence shapes (cues `answer_no`,
        `answer_yes`, each anchored over the sentence, so at most one holds). Read from the sentence's body start,
        after its layout lead ("11.01.2021 — Nein.", "09:14 Uhr: Leider nicht.", "Experte: Nein": models/layer/leads.py)."""
        sent = sent[body_start(sent, 0, len(sent)):]
        plain = _S.answer.match(sent)
        if plain is not None:
            return plain.group(1) == "ja"
        if self.c.has("answer_no", sent):
            return False
        return True if self.c.has("answer_yes", sent) else None

    # ------------------------------------------------------------ scope: one resolver
    def _resolve_scopes(
        self, doc: Doc, text: str, bounds: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> None:
        """The scope of every opt-out statement found, decided in one place and in one order (issue 7, session 27,
        scope27). Where a claim is made its own words give a first reading (`scope_possible`, `accept_scope`,
        `scope_not_possible`); this resolver then asks, once every statement exists, what a statement names no object
        of its own is ABOUT, in this order (an earlier step's answer is the reading a later step may still replace
        only where its own question holds, as each step's docstring says):

        0. What a step does, told after it (`_scope_from_effect`: "Und was bewirkt der Haken?" "Er bewirkt nur, dass
           Facebook die Daten nicht für Werbung nutzt"): the unscoped step takes the use, so the steps below read it
           as a scoped option.
        1. The told earlier option (D36, the superseded-option convention): an option denied "this time" takes the
           earlier option's scope, or is claimed with it where its sentence has no claim over the denial yet
           (`_denied_this_time`, `_rescope_denied_this_time`); an objectless impossibility restricting a choice told
           before takes that choice's scope (`_rescope_restrictions`).
        2. The statement's own words outside the claim: a relative clause describing its option noun
           (`_scope_of_relative_clause`), its object fronted before an inserted clause (`_fronted_object_scope`).
        3. Its neighbours and the document's structure: the nearest scoped possibility up to two sentences away
           (`_scope_from_neighbours`), the section's announced use (`_scope_from_section`), the heading or question
           it stands under for an anaphoric statement (`_scope_from_heading`).
        4. The earlier option told inside a denial's own sentence gets its own possible claim (D36,
           `_earlier_option_told`: after every denial is found, before the steps that read denials' neighbours).
        5. The question a denial answers (D23, `_scope_of_question`), the option whose end it tells
           (`_scope_of_ended_option`; said 'ist weg', 'verschwindet' with no 'diesmal': `_option_gone`), newcomers left out of it
           with no modal or option noun (`_newcomers_left_out`), the option newcomers are excluded from (`_newcomers_restricted`: after the
           options' scopes are read in step 3), a restriction told after it (`_restriction_after`), "no more than" a
           use (`_no_more_than`).
        6. Last, D33: a bare denial right after an accept-or-leave reads with it (`_denial_read_with_accept_or_leave`).

        Steps 1-6 rewrite `found` in place (steps 1 and 4 and `_option_gone` in 5 also add claims). Two scope decisions stay outside this
        resolver, on purpose (issue 7, session 28, clean28, measured with `models.snapshot`):

        - The reference to an earlier statement (`models/opt_out_reference.py`, `rescoped`: "Die Nummer geht an
          Facebook. Verhindern können Sie das nicht." -> `phone_number`) runs after this component, on its final
          claims. Run here as a step 7 on the statements found, it changed two studied texts: own15-051's
          impossibility over two sentences ("fordern ..., dass Nutzer dieser Übermittlung widersprechen können.
          Bisher ist das nicht möglich") is made by `_demand_denied` after the resolver, so the step never saw it
          (`phone_number` -> `all_sharing`); and in own16-054 ("Die Nummer selbst geht trotzdem an Facebook, das kann
          man nicht verhindern") the rescoped claim repeats the sentence's passed-anyway claim, and the claim loop's
          first-come dedup (`seen` in `__call__`) keeps the rescoped span where `_applied` keeps the rule's own one.
          The step reads final claims by design (an antecedent "holds no opt-out claim of its own", a "Nein." says
          what the next sentence's claims say), which the filtered-out statements here would falsify; moving it needs
          `_demand_denied` inside the resolver and a dedup preferring the unrescoped claim: behaviour to measure, not a
          refactor.
        - The learned stage's `read_opt_scopes` (`models/learned/features.py`) reads, with this component's first
          readers (`_scope_possible`, `_not_possible_scope`), the scope of sentences the rules did NOT claim (the
          ruled sentences are skipped), for claims its classifier makes after every rule component: those claims do
          not exist when this resolver runs, and steps 1-6 never apply to them (a learned claim has no neighbours',
          section's or question's reading)."""
        # 1. the told earlier option: the denials "this time" found once (clean28: they read only possible claims
        # and their own sentence's, so rescoping one sentence's claims changes no other's denial); the sentence's
        # claims over a denial take the earlier option's scope, and a claim is added where none was there to take it
        # 0. what the step does, told after it ("Und was bewirkt der Haken?" "Er bewirkt nur, dass ... nicht für Werbung"):
        # before the steps that read a scoped option told before (session 30, opt51)
        self._scope_from_effect(text, bounds, found)
        self._scope_from_own_result(text, bounds, found)
        denials = list(self._this_time_denials(text, bounds, found, context))
        added = self._denied_this_time(text, bounds, denials)
        self._rescope_denied_this_time(denials)
        found.extend(added)
        self._rescope_restrictions(text, bounds, found)
        # 2. the statement's own words first, 3. then its neighbours, section and heading
        self._scope_of_relative_clause(doc, text, bounds, found)
        self._fronted_object_scope(text, bounds, found)
        self._scope_from_neighbours(text, found)
        self._scope_from_section(doc, found)
        self._scope_from_heading(doc, text, bounds, found)
        # 4. D36: the earlier option told inside a denial's sentence (after every denial is found)
        found.extend(self._earlier_option_told(text, bounds, found, context))
        # 5. the question answered, the option ended, a restriction after, "no more than"
        self._scope_of_question(text, bounds, found)
        self._scope_of_ended_option(text, bounds, found)  # after the final choices: an end may restate one
        found.extend(self._option_gone(text, bounds, found, context))  # an end said 'ist weg', no 'diesmal'
        found.extend(self._newcomers_left_out(text, bounds, found, context))  # D46 with no modal or option noun
        self._newcomers_restricted(text, bounds, found)  # the option's users: after the options' scopes are read
        self._restriction_after(text, bounds, found)
        self._no_more_than(text, found)
        # 5b. D63: a denial anchored to the new terms beside the earlier option told in its sentence (session 44)
        self._anchored_denials(text, bounds, found)
        # 6. D33: after every scope is set
        self._denial_read_with_accept_or_leave(text, bounds, found)
        # 7. D32: a denial and its colon continuation are one statement (after every scope is set; session 34, opt59)
        self._colon_continuations(text, bounds, found)

    def _anchored_denials(self, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]) -> None:
        """The lead's D63 (session 44): a denial whose sentence tells the earlier ads option as a fact of its time (the
        option's own possible item of that sentence, D36) reads its scope from its own grammar. Anchored to the new
        terms or this time ("gibt es in der neuen Fassung nicht mehr", "bietet WhatsApp heute nicht mehr an", "sucht
        man in den neuen Bedingungen vergeblich", "gibt es diesmal keine Wahl") and naming nothing of its own, it is
        about objecting now: not_possible/`all_sharing` (D16, D33), however the option's use reached it. It keeps
        the option's use (`ads`) where its own words refer back to the option (phrasing `d63_refers_back`: "keinen
        solchen Schalter", "diese Möglichkeit", "dafür", a resumptive "den gibt es jetzt nicht mehr"), where it is
        an ellipsis of the told clause ("damals konnte man ... widersprechen, heute nicht mehr": no verb of its
        own), or where it tells the option's own end (`d63_end`: "existiert nicht mehr", "ist heute nicht mehr
        verfügbar", "hat WhatsApp abgeschafft"; the superseded-option convention). Read without the told clause and
        the determiner and noun it describes ("Die Einstellung, | mit der man 2016 ... konnte, | bietet ..."), so a
        definite article is no reference back. Only `ads` denials are read; a denial naming its own object keeps it.
        Issue 7, session 44, opt44."""
        told: dict[int, list[_Candidate]] = {}
        for f in found:
            if f.stance == "possible" and f.scope == "ads":
                told.setdefault(f.si, []).append(f)
        if not told:
            return
        for f in found:
            if f.stance != "not_possible" or f.scope != "ads" or f.si not in told:
                continue
            s0, s1 = bounds[f.si]
            options = [o for o in told[f.si] if not (o.start <= f.start and f.end <= o.end)]
            if not options:
                continue
            own = text[f.start:f.end]
            if not _S.d63_verb.search(own):
                continue  # "heute nicht mehr": an ellipsis of the told clause, about that option
            rest = text[s0:s1]
            for o in options:
                lo = o.start
                head = _S.d63_head.search(text, max(s0, lo - 60), lo)
                if head is not None:
                    lo = head.start()  # "die Einstellung, | mit der man ...": the described noun goes with its clause
                rest = blank_span(rest, lo - s0, o.end - s0)
            if not _S.d63_anchor.search(rest) or _S.d63_end.search(rest) or _S.d63_refers_back.search(rest):
                continue
            if _S.newcomers.search(rest):
                continue  # "Wer neu registriert ist, hat keine Wahl mehr": the option denied to newcomers keeps its use (D46)
            if self.scope_not_possible(rest) != "all_sharing":
                continue  # "gibt es diesmal keinen Widerspruch gegen die Werbenutzung": its own use
            f.scope = "all_sharing"

    def _colon_continuations(self, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]) -> None:
        """Two not_possible statements of one sentence split by a colon, of different scopes, are one statement (the
        lead's decision D32): the colon clause tells what the denial before it means. Which reading stays is the one
        whose words name the data: "Die Weitergabe an sich stoppt das nicht: Die Nummer landet in jedem Fall bei
        Facebook" names no data before the colon, so the number's `phone_number` stays (D32; the lead's D50 (b),
        session 34, own14-011); "Er verhindert nicht, dass die Nummer an Facebook geht: Die Daten werden weiterhin
        übermittelt" names the number before it and only takes it up with "die Daten" after it (phrasing
        `data_anaphor`), so `phone_number` stays too, not D3's `all_sharing` for the number with other data. A colon
        clause naming other data of its own keeps its claim; a denial of the complete exit ("ganz", "vollständig",
        D29) is a statement of its own."""
        c = self.c
        drop: set[int] = set()
        for head in found:
            if head.stance != "not_possible":
                continue
            colon = text.find(":", head.end, min(bounds[head.si][1], head.end + 2))  # the denial ends at the colon
            if colon < 0:
                continue
            for tail in found:
                if tail is head or tail.si != head.si or tail.stance != "not_possible" or tail.scope == head.scope:
                    continue
                if tail.end <= colon + 1 or tail.start < head.start:
                    continue  # the continuation's claim reaches past the colon (its span may hold the denial too)
                own = text[head.start:head.end]
                after = text[colon + 1:tail.end]
                if tail.scope in ("phone_number", "all_sharing") and not c.has("data", own) and not c.has(
                        "scope_phone_number", own) and c.has("transfer", after) and not _S.whole.search(own):
                    # D32: the denial names no data, its continuation passes named data on ("Ein vollständiger
                    # Ausstieg ist nicht vorgesehen: ..." denies the whole transfer, D29: a statement of its own)
                    drop.add(id(head))
                elif head.scope == "phone_number" and tail.scope == "all_sharing" and _S.data_anaphor.search(after) and not (
                        c.has("data", _S.data_anaphor.sub(" ", after)) or c.has("scope_phone_number", after)):
                    drop.add(id(tail))  # "die Daten" after the colon take up the number named before it
        if drop:
            found[:] = [cand for cand in found if id(cand) not in drop]

    def _scope_from_effect(self, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]) -> None:
        """An unscoped possibility whose step names a switch ("kann den Haken bei „Account-Info teilen“ entfernen")
        takes the use a later sentence says the switch has (`effect_of_step` at its body start: "Er bewirkt nur, dass
        Facebook die Daten nicht nutzt, um Werbung ... zu verbessern", "Der sorgt nur dafür, dass ..."), a negated
        result naming the use and the data or Facebook: right after the step, or as the answer to a question what it
        does or names the switch ("Und was bewirkt der Haken?", own51-022: a press conference's later turn), up to six
        sentences after the step (the nearest unscoped step before it). A subject that is no switch or pronoun ("Die
        Klage bewirkt, dass ...") is no such effect (session 30, opt51)."""
        c = self.c
        steps = [f for f in found if f.stance == "possible" and f.scope == "unspecified"]
        if not steps:
            return
        last = max(f.si for f in steps) + 6
        for sj in range(min(f.si for f in steps) + 1, min(len(bounds), last + 1)):
            s0, s1 = bounds[sj]
            effect = _S.effect_of_step.match(text, body_start(text, s0, s1), s1)
            if effect is None:
                continue
            rest = text[effect.end():s1]
            scope = self._use_named(rest)
            if scope is None or not c.has("result_negation", rest) or not (c.has("data", rest) or c.has("facebook", rest)):
                continue
            before = [f for f in steps if sj - 6 <= f.si < sj and f.scope == "unspecified"]
            if not before:
                continue
            step = _nearest(before)
            step_sent = text[bounds[step.si][0]:bounds[step.si][1]]
            if not (c.has("tick", step_sent) or c.has("control", step_sent)):
                continue
            prev = text[bounds[sj - 1][0]:bounds[sj - 1][1]]
            if step.si != sj - 1 and not (
                is_question(prev) and (_S.effect_question.search(prev) or c.has("tick", prev) or c.has("control", prev))
            ):
                continue
            for f in before:
                if f.si == step.si:
                    f.scope = scope

    def _scope_from_own_result(self, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]) -> None:
        """An unscoped possibility whose result follows it in its own sentence after a semicolon or a dash, opened by
        'dann', 'danach', 'damit' or 'anschließend' (phrasing `result_after_mark`), negated and naming the use and the
        data or Facebook ("kann ... ein Kästchen abwählen; dann nutzt Facebook die Daten nicht für Werbung", "... den
        Regler umstellen – danach bekommt man keine auf den Daten gestützte Werbung mehr"): the step takes that use, as
        `_scope_from_effect` gives it from a later sentence (session 39, opt39, own69-020); also after a colon that ends the
        step's clause and opens its result's main clause (phrasing `result_after_colon`, session 46, opt46)."""
        c = self.c
        for f in _unscoped_possibilities(found):
            mark = _S.result_after_mark.search(text, f.start, bounds[f.si][1])
            if mark is None:
                # the step's clause ends at a colon that opens the main clause of its result ("Eines kann man abstellen:
                # Facebook verwendet die Daten danach nicht mehr für Anzeigen"; plain language, session 46, opt46)
                mark = _S.result_after_colon.match(text, f.end, bounds[f.si][1])
                if mark is None or c.has("anyway", text[mark.start():bounds[f.si][1]]) or c.has(
                        "control", text[mark.start():bounds[f.si][1]]):
                    continue  # "...: Die Nummer geht trotzdem an Facebook", "...: Das verhindert nicht, dass ..."
                mark = _COLON_AHEAD.match(text, f.end)
            rest = text[mark.end():bounds[f.si][1]]
            scope = self._use_named(rest)
            if scope is not None and c.has("result_negation", rest) and (c.has("data", rest) or c.has("facebook", rest)):
                f.scope = scope

    def _refers_back(self, own: str) -> bool:
        """Do a denial's own words (its claim, its stretch, or its region with the told clause blanked) refer back to
        the option told before them, by a pronominal adverb (phrasing `refers_back`: "keinen Schalter dafür",
        "einen Widerspruch dagegen") or a restricted choice ("keinen solchen Schalter", "diese Möglichkeit")? Then
        the denial is about that option and keeps its use (D33/D36: a use named outside the told option's clause;
        challenge_gen3-007, own23-043). Not a leading article ("Das Häkchen, wie es 2016 ..., fehlt"), which the cue
        `anaphor` takes for a pronoun (clean28: one question, one cue set, for `_rescope_restrictions`,
        `_this_time_denials` and `_earlier_option_blanked` alike)."""
        c = self.c
        return _S.refers_back.search(own) is not None or (
            c.may("restricted_choice", own) and c.has("restricted_choice", own)
        )

    def _rescope_restrictions(self, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]) -> None:
        """An objectless impossibility read as a statement of its own that restricts a choice described before
        ("Diese Frist ist abgelaufen; ein nachträglicher Widerspruch ist nicht mehr vorgesehen"): the scope of the
        nearest scoped possible claim up to ten sentences before it, as `_restricted_choices` gives."""
        c = self.c
        for cand in found:
            if cand.stance != "not_possible" or cand.scope != "all_sharing":
                continue
            own = text[cand.start:cand.end]
            # An end told of the objection just described ("Nachholen kann man den Widerspruch nicht mehr", "Ist die
            # Frist verstrichen, lässt sich dem nicht mehr widersprechen"): that objection's use, from close by.
            # "Diesmal gibt es keine Möglichkeit zum Widerspruch" sets the option now against the one told before.
            back = _CHOICE_REACH
            if not _S.this_time.search(own) and (not c.may("restricted_choice", own) or not c.has("restricted_choice", own)):
                if not (_S.no_more.search(own) and (
                    _S.definite_objection.search(own) or _S.dem_pronoun.search(own) or _S.consent_withdrawn.search(own)
                )):
                    continue
                back = 3
            if c.has("explicit_object", own) or c.has("transfer_object", own) or _S.whole.search(own):
                continue
            option = _option_before(found, cand.si, cand.start, back)
            if option is None:
                continue
            # the earlier option told in a clause of the denial's own sentence: the denial is about objecting now
            # (D33/D36, the lead's ruling of session 27, 23:38), unless its own words refer back to that option
            if option.si == cand.si and _told_in_its_sentence(option, text, bounds) and not self._refers_back(own):
                continue
            cand.scope = option.scope

    def _newcomers_restricted(self, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]) -> None:
        """Newcomers excluded from an option told beside them (issue 7, session 28, scope28): an objectless
        impossibility of a sentence naming new users as the ones it concerns (phrasing `newcomers`: "Wer sich jetzt
        neu anmeldet, kann nicht widersprechen", "Wer WhatsApp nach dem Stichtag erstmals installiert, hat keine
        Wahl", "Für Neueinsteiger gibt es keine Widerspruchsmöglichkeit") restricts the option told up to three
        sentences before it, or after it in its own or the next sentence ("Wer neu registriert ist, hat keine Wahl
        mehr: Das Ablehnen der Werbenutzung war nur für bestehende Konten vorgesehen"), to the users who had it: that
        option's scope (the superseded-option convention; own35-060, own15-024, own45-031, own10-023), not D16's
        `all_sharing` nor D1's `unspecified`. Not an accept-or-leave or a must-consent of newcomers ("Wer WhatsApp
        neu installiert, muss zustimmen oder verzichten": D1 names no data), nor a denial naming its own object."""
        c = self.c
        for cand in found:
            if cand.stance != "not_possible" or cand.scope not in ("all_sharing", "unspecified"):
                continue
            s0, s1 = bounds[cand.si]
            sent = text[s0:s1]
            if _S.newcomers.search(sent) is None:
                continue
            own = text[cand.start:cand.end]
            if c.has("explicit_object", own) or c.has("transfer_object", own) or _S.whole.search(own):
                continue
            if c.has("user_must", sent) or c.has("quit", sent) or c.has("must", sent):
                continue
            option = _option_before(found, cand.si, cand.start, 3)
            if option is None:
                later = {
                    f.scope for f in found
                    if f.stance == "possible" and f.scope != "unspecified"
                    and (f.si == cand.si + 1 or (f.si == cand.si and f.start >= cand.end))
                }
                if len(later) == 1:
                    cand.scope = later.pop()
                    continue
                # Farther back, the text's one scoped option ("Gilt das auch für neue Nutzer? Nein. Wer sich erst jetzt
                # anmeldet, kann diesem Punkt nicht mehr widersprechen", the FAQ's option answers before: D46, an
                # option denied to new users takes the scope of the option it denies; session 33, opt57, own57-021).
                earlier = {f.scope for f in found if f.stance == "possible" and f.scope != "unspecified" and f.si < cand.si}
                if len(earlier) == 1:
                    cand.scope = earlier.pop()
                continue
            cand.scope = option.scope

    def _newcomers_left_out(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """Newcomers left out of an option told before them, said without a modal or an option noun (phrasing
        `newcomers_left_out`: "Wer WhatsApp neu installiert, wird gar nicht erst gefragt", "Neu registrierte Nutzer
        waren davon ausgenommen", "Für neue Nutzer gilt das nicht", "..., Neukunden hingegen nicht"): not_possible
        with the scope of the option they are left out of (D46; issue 7, session 38, opt38). The option: a scoped
        possibility in an earlier clause of the sentence or in the three sentences before; for the not-asked
        shape, which takes up no word of it, else the text's one scoped option told earlier (`_newcomers_restricted`
        reads the FAQ's far option so). A sentence with a denial of its own over the shape is left to
        `_newcomers_restricted`; a possibility of the sentence running over the elliptic remnant ends before it."""
        out: list[_Candidate] = []
        if not _has_scoped_option(found):
            return out
        for si in _reader_families().sentences(text, sents)["newcomers"]:  # (the shared reading: those holding "neu")
            s0, s1 = sents[si]
            sent = text[s0:s1]
            if not context[si] or is_question(sent) or _OTHER_MESSENGER.search(sent):
                continue  # "Bei Signal werden neue Nutzer gar nicht erst gefragt": another service's practice
            m = PHRASES["newcomers_left_out"].search(sent)
            if m is None or (m.group("elliptic") is None and PHRASES["newcomers"].search(sent) is None):
                continue
            if m.group("excluded") is not None:
                clauses = _split(sent)
                a, b = clauses[clause_index(clauses, m.start())]
                if has_negation(sent[a:b]):
                    continue  # "Neukunden sind davon nicht ausgenommen": they are in
            lo = s0 + m.start()
            if any(f.si == si and f.stance == "not_possible" and f.start < s0 + m.end() and f.end > lo for f in found):
                continue  # a denial read there already: `_newcomers_restricted` gives it the option's scope
            option = _option_before(found, si, lo, back=3) or next(
                (f for f in found if f.si == si and f.stance == "possible" and f.scope != "unspecified" and f.start < lo),
                None,
            )
            scope = option.scope if option is not None else None
            if scope is None and m.group("asked") is not None:
                earlier = {f.scope for f in found if f.stance == "possible" and f.scope != "unspecified" and f.si < si}
                scope = earlier.pop() if len(earlier) == 1 else None
            if scope is None:
                continue
            # the span: the remnant itself; else the sentence, or what follows the option told in it
            start = lo if m.group("elliptic") is not None else (option.end if option is not None and option.si == si else s0)
            for f in found:
                if f.si == si and f.stance == "possible" and f.start < start < f.end:
                    f.end = _trim(text, f.start, start)[1]  # "..., Neukunden hingegen nicht": the option ends before
            out.append(_Candidate(si, "not_possible", scope, *_trim(text, start, s1)))
        return out

    @staticmethod
    def _denied_this_time(
        text: str, sents: list[tuple[int, int]], denials: list[tuple[int, str, list[_Candidate], int, int]]
    ) -> list[_Candidate]:
        """An option denied "this time" (`denials`: `_this_time_denials`) with no claim of its sentence over the
        stretch to take the earlier option's scope: a not_possible claim of that scope over the stretch (returned,
        like every step that adds claims)."""
        out: list[_Candidate] = []
        for si, scope, over, lo, hi in denials:
            if not over:
                s0 = sents[si][0]
                start, end = _trim(text[s0:sents[si][1]], lo, hi)
                out.append(_Candidate(si, "not_possible", scope, s0 + start, s0 + end))
        return out

    @staticmethod
    def _rescope_denied_this_time(denials: list[tuple[int, str, list[_Candidate], int, int]]) -> None:
        """An option denied "this time" (`denials`: `_this_time_denials`): the claims of its sentence over the
        stretch read as `unspecified` or `all_sharing` take the earlier option's scope (in place, like every step
        that rescopes)."""
        for _si, scope, over, _lo, _hi in denials:
            for f in over:
                f.scope = scope

    @staticmethod
    def _this_time_marked(
        text: str, sents: list[tuple[int, int]], context: list[bool]
    ) -> list[tuple[int, re.Match[str]]]:
        """The sentences in the deal's context with a this-time marker (`_S.this_time`, its match in the sentence)
        that are no question: the only ones `_this_time_denials` reads."""
        marked = []
        for si in _reader_families().sentences(text, sents)["this_time"]:  # (the shared reading: a word every marker holds)
            if not context[si]:
                continue
            s0, s1 = sents[si]
            sent = text[s0:s1]
            m = _S.this_time.search(sent)
            if m is not None and not is_question(sent):
                marked.append((si, m))
        return marked

    def _this_time_denials(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> Iterator[tuple[int, str, list[_Candidate], int, int]]:
        """An option denied "this time" in the stretch of its sentence between the commas around the marker ("Neue
        Regeln, eine Frist bis Mai, und diesmal keine Möglichkeit zum Widerspruch"; "Einen Schalter wie 2016, als man
        die Werbenutzung ablehnen konnte, bietet die App diesmal nicht an"), where that stretch names no object, data,
        use or accept-or-leave of its own and the sentence names an option: the end of the nearest scoped possibility
        told before the stretch (the superseded-option convention). Per such denial whose sentence has no
        not_possible claim of that scope yet: (sentence index, the option's scope, the sentence's claims over the
        stretch read as `unspecified` or `all_sharing`, the stretch's start and end in the sentence)."""
        c = self.c
        for si, m in self._this_time_marked(text, sents, context):  # (in context, the marker, no question)
            s0 = sents[si][0]
            sent = m.string
            # Why the commas, not the clause split: a verbless list ("..., und diesmal keine Möglichkeit") is one
            # clause for the splitter, and the denied noun phrase may stand before an embedded clause.
            lo = sent.rfind(",", 0, m.start()) + 1
            hi = sent.find(",", m.end())
            hi = len(sent) if hi < 0 else hi
            stretch = sent[lo:m.start()] + " " + sent[m.end():hi]  # the marker itself may name the terms
            # "Das geht diesmal nicht": a pronoun for the option the sentence right before tells (no noun of its own).
            pronoun = _S.this_time_pronoun.match(sent) is not None
            # "Nein, diesmal nicht." answering a question: the option ended is told before it or right after it with
            # its time ("2016 ging das noch, da konnte man die Nutzung für Werbung abwählen"; opt26b, own43-037).
            elliptic = si > 0 and PHRASES["this_time_elliptic"].match(sent) is not None and is_question(
                text[sents[si - 1][0]:sents[si - 1][1]]
            )
            pronoun = pronoun or elliptic
            # A denial of the option's existence, not of a quality ("Diesmal ist der Schalter nicht versteckt").
            if not pronoun and (
                not (
                    _S.denied_existence.search(stretch)
                    or self._verb_denies_existence(sent, ((lo, m.start()), (m.end(), hi)))
                    or c.has("denied", stretch)
                ) or _S.negated_lack.search(stretch)
            ):
                continue
            if not (pronoun or c.has("optout_noun", sent) or c.has("objection", sent)) or any(
                c.has(name, stretch) for name in _OWN_OBJECT_CUES
            ):
                continue
            # The use the denied option's own noun names ("Einen Werbeschalter gibt es diesmal nicht", "Eine Option
            # gegen personalisierte Werbung bietet WhatsApp diesmal nicht an") is its scope, whatever the earlier
            # option was (opt25b: a denial's own object beside the told earlier option); else the earlier option's.
            own = next((s for s in _SCOPES_POSSIBLE if c.has(f"scope_{s}", stretch)), None)
            if own is not None:
                if pronoun or not c.has("optout_noun", stretch):
                    continue
                scope = own
            else:
                if pronoun:
                    option = _option_before(found, si, s0 + lo, back=1)
                else:
                    option = _option_before(found, si, s0 + lo) or self._option_told_after(text, sents, found, si)
                if option is None and elliptic:
                    scope = self._dated_option_next(text, sents, found, si)
                elif (
                    option is not None and option.si == si and _told_in_its_sentence(option, text, sents)
                    and not self._refers_back(stretch)
                ):
                    # the earlier option told in a clause of the denial's own sentence ("Ein Widerspruch, wie er 2016
                    # ..., als man die Werbenutzung ... ausschließen konnte, ist diesmal nicht vorgesehen"): its use is
                    # that option's (D36), the denial is about objecting now (D16, D33; the lead's ruling of session
                    # 27, 23:38)
                    scope = "all_sharing"
                elif option is not None:
                    scope = option.scope
                else:
                    continue
                if scope is None:
                    continue
            mine = [f for f in found if f.si == si and f.stance == "not_possible"]
            if any(f.scope == scope for f in mine):
                continue
            # A claim that runs on into an accept-or-leave ("Widersprechen kann man ihnen nicht, man kann sie nur
            # annehmen oder WhatsApp verlassen") is that statement, `unspecified` by CONTRACT.md: it keeps its scope.
            over = [f for f in mine if f.end > s0 + lo and f.start < s0 + hi]
            if any(c.has(name, text[f.start:f.end]) for f in over for name in _LEAVE_CUES):
                continue
            yield si, scope, [f for f in over if f.scope in ("unspecified", "all_sharing")], lo, hi

    def _option_told_after(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], si: int
    ) -> _Candidate | None:
        """The earlier option a denial compares itself with ("Einen Opt-out wie im Jahr 2016 gibt es diesmal nicht"),
        told in the sentence right after it ("Damals konnten Nutzer ... der Verwendung für Anzeigen widersprechen"):
        the one scoped possibility there (the lead's answer of session 18: a bare denial with the 2016 option named
        right before or after it takes that option's scope). None unless the denial names the earlier time."""
        if si + 1 >= len(sents) or _S.earlier_time.search(text, sents[si][0], sents[si][1]) is None:
            return None
        sent = text[sents[si][0]:sents[si][1]]
        if self._has_scope(sent) or any(self.c.has(name, sent) for name in _OWN_OBJECT_CUES):
            return None  # "..., keinen Schalter, mit dem Sie die Weitergabe einschränken können": its own object
        after = [f for f in found if f.si == si + 1 and f.stance == "possible" and f.scope != "unspecified"]
        return after[0] if len({f.scope for f in after}) == 1 else None

    @staticmethod
    def _window_passed(text: str, sents: list[tuple[int, int]], found: list[_Candidate]) -> list[_Candidate]:
        """A possibility told inside the subject of a window that has passed ("Die Frist, in der man die Werbenutzung
        abbestellen konnte, ist inzwischen abgelaufen"): the option told as a fact of its time stays, and the sentence
        adds its end, not_possible with its scope (the superseded-option convention). The predicate follows the
        sentence's last comma; the claim may end before it or run over it."""
        out: list[_Candidate] = []
        for f in found:
            if f.stance != "possible" or f.scope == "unspecified":
                continue
            s0, s1 = sents[f.si]
            comma = text.rfind(",", s0, s1)
            if f.start < comma and _S.window_passed.match(text, comma, s1):
                out.append(_Candidate(f.si, "not_possible", f.scope, *_trim(text, f.start, s1)))
        return out

    def _steps_under_heading(
        self, doc: Doc, text: str, sents: list[tuple[int, int]], steps: set[int]
    ) -> list[_Candidate]:
        """A switch-off step with no object of its own ("3. Entfernen Sie das Häkchen bei „Account-Info teilen“.")
        under a how-to heading that names one use ("So schalten Sie die Werbenutzung ab"): possible for that use
        (one claim per heading)."""
        c = self.c
        blocks = doc_value(doc, "blocks")
        if not blocks or not steps:
            return []
        out: list[_Candidate] = []
        done: set[int] = set()
        for si in sorted(steps):
            s0, s1 = sents[si]
            block = block_at(doc, s0)
            if block is None or not block.intro or block.intro in done:
                continue
            heading = text[blocks[block.intro].start:blocks[block.intro].end]
            if not (c.has("possibility", heading) or c.has("control", heading) or c.has("objection", heading)):
                continue
            named = self._uses_named(heading)
            if len(named) != 1 or has_negation(heading):
                continue
            done.add(block.intro)
            start, end = _trim(text[s0:s1], 0, s1 - s0)
            out.append(_Candidate(si, "possible", named[0], s0 + start, s0 + end))
        return out

    def _scope_from_heading(
        self, doc: Doc, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]
    ) -> None:
        """An anaphoric statement ("Diese Nutzung der Nummer lässt sich nicht abstellen") under a heading or
        question that names one use ("Freundesvorschläge: nicht abwählbar") is about that use, unless its sentence
        up to it tells a transfer of data of its own (`_names_own_data`): the clause's own data words come before the
        heading (scope27b, D3/D30, own45-020)."""
        c = self.c
        blocks = doc_value(doc, "blocks")
        for cand in found:
            own = text[cand.start:cand.end]
            if not blocks or not c.has("anaphor", own) or self._has_scope(own.replace("nummer", "")):
                continue
            # The statement's own data words come before the heading: "An den Konzern gehen die Telefonnummer und
            # einige Gerätedaten trotzdem, dagegen ist kein Widerspruch möglich" under "So widersprechen Sie der
            # Werbenutzung ..." is about the transfer it tells (D3, D30; own45-020), not the heading's use.
            if self._names_own_data(text[bounds[cand.si][0]:cand.end]):
                continue
            block = block_at(doc, cand.start)
            if block is None or not block.intro:  # none, or the title: it frames the article, not this section
                continue
            heading = text[blocks[block.intro].start:blocks[block.intro].end]
            named = self._uses_named(heading)
            if len(named) == 1:
                cand.scope = named[0]

    def _fronted_object_scope(self, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]) -> None:
        """A denial whose object is fronted before a clause inserted between it and the denial's main clause ("Der
        Weitergabe der Telefonnummer an Facebook, wie sie seit 2016 üblich ist, können Nutzer nicht widersprechen",
        challenge_gen9-077; phrasing `fronted_object_inserted`): the claim holds the main clause only, which names
        nothing (D16's `all_sharing`); the fronted noun phrase is its own object and names the scope (D3: the number
        alone is `phone_number`; issue 7, session 28, scope28). Only a noun phrase naming a transfer, and only a
        scope more specific than the data as a whole ("Der Weitergabe der Daten, wie sie ... üblich ist, ..." stays
        `all_sharing`)."""
        c = self.c
        for cand in found:
            if cand.stance != "not_possible" or cand.scope != "all_sharing":
                continue
            s0 = bounds[cand.si][0]
            if cand.start - s0 < 10 or c.has("explicit_object", text[cand.start:cand.end]):
                continue
            m = _S.fronted_object_inserted.match(text[s0:cand.start])
            if m is None or not c.has("transfer_object", m.group("np")):
                continue
            scope = self.scope_not_possible(m.group("np"))
            if scope in ("phone_number", "ads", "friend_suggestions"):
                cand.scope = scope

    def _scope_of_relative_clause(
        self, doc: Doc, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]
    ) -> None:
        """A possibility with no scope of its own whose option noun a relative clause right after the claim describes
        ("Nutzer können ein Häkchen entfernen, das die Verwendung der Daten für Werbung erlaubt"; "die angebotene
        Widerspruchsmöglichkeit, die nur die Werbenutzung betreffe"): the use that clause names is what the option is
        about (in place). The clause runs from the relative pronoun after the claim's comma to the next comma or the
        sentence's end and ends verb-final (its last word in lower case in the text as written: "..., die Daten gehen
        an Facebook" is a main clause), and its pronoun stands before no noun ("..., die Werbung bleibt aber": an
        article)."""
        c = self.c
        whole = doc_text(doc)  # (speed27: `doc.text` rebuilt the string from every token, twice a Doc)
        original = whole if len(whole) == len(text) else None
        for cand in _unscoped_possibilities(found):
            if not c.has("optout_noun", text[cand.start:cand.end]):
                continue
            after = text[cand.end:bounds[cand.si][1]]
            rest = after.lstrip(" \"“”„»«")
            if not rest.startswith(","):
                continue
            start = cand.end + (len(after) - len(rest)) + 1
            if PHRASES["relative_pronoun_start"].match(text, start) is None:
                continue
            comma = text.find(",", start, bounds[cand.si][1])
            end = bounds[cand.si][1] if comma < 0 else comma
            clause = text[start:end]
            words = re.findall(r"[^\W\d_][\w-]*", (original or text)[start:end])
            # "..., die Werbung bleibt aber": a pronoun right before a noun is its article (a main clause may follow)
            if len(words) < 3 or not words[-1][0].islower() or not words[1][0].islower():
                continue
            scope = next((s for s in _SCOPES_POSSIBLE if c.has(f"scope_{s}", clause)), None)
            if scope is not None:
                cand.scope = scope

    def _scope_from_neighbours(self, text: str, found: list[_Candidate]) -> None:
        """A possible objection that names no object ("Nutzer können doch widersprechen.", "Dieser Nutzung
        lässt sich widersprechen.") takes the scope of the nearest scoped possible claim up to two sentences
        before or after it: the neighbouring sentence says what the objection concerns."""
        scoped = [c for c in found if c.stance == "possible" and c.scope != "unspecified"]
        if not scoped:
            return
        for cand in _unscoped_possibilities(found):
            own = _unquoted(text[cand.start:cand.end])  # "deaktivieren Sie „Account-Info teilen“": a label
            if self.c.has("explicit_object", own) and not self.c.has("anaphor", own):
                continue  # "der Weitergabe von Daten widersprechen": unspecified by what it names
            near = [c for c in scoped if abs(c.si - cand.si) <= 2]
            if near:
                cand.scope = min(near, key=lambda c: (abs(c.si - cand.si), c.si > cand.si)).scope
            elif len({c.scope for c in scoped}) == 1 and _S.definite_objection.search(own):
                # "rät, den Widerspruch zu nutzen": the one objection the article has described
                cand.scope = scoped[0].scope

    def _scope_of_ended_option(self, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]) -> None:
        """The end of an option named just before ("2016 gab es einen Schalter gegen die Werbenutzung. Den gibt es
        nicht mehr", "... innerhalb von 30 Tagen widersprechen. Danach ist ein Widerspruch nicht mehr möglich") is
        not_possible for that option's scope, not for all of the sharing, when its own sentence names no object
        (the annotation convention for a superseded option, docs/extraction-quality.md)."""
        c = self.c
        for cand in found:
            if cand.stance != "not_possible" or cand.scope != "all_sharing" or cand.si == 0:
                continue
            own = text[max(cand.start, bounds[cand.si][0]):cand.end]
            if not (c.has("supersede", own) or _S.final_choice.search(own)) or self._has_scope(own) or any(
                c.has(name, own) for name in ("explicit_object", "transfer_object", "data")
            ):
                continue  # "Der Weitergabe der Daten kann man nicht mehr widersprechen": its own object
            # The option ended in the sentence before ("Seit heute lässt sich die Einstellung nicht mehr ändern. Eine
            # Möglichkeit, nachträglich zu widersprechen, gibt es nicht mehr"): the same end, told again.
            ended = [
                f for f in found if f.si == cand.si - 1 and (
                    (f.stance == "possible" and f.scope != "unspecified")
                    or (f.stance == "not_possible" and f.scope in _USES)
                )
            ]
            if len({f.scope for f in ended}) == 1:
                cand.scope = ended[0].scope
            elif _S.after_deadline.search(text, bounds[cand.si - 1][0], cand.end):
                # "Nach Ablauf der Frist ist der Widerspruch nicht mehr möglich" after the steps of the option: the
                # deadline ties the end to the 30-day option told further up, as in a final choice.
                cand.scope = self._scope_of_earlier_option(found, cand.si) or cand.scope
            elif (told := self._dated_option_next(text, bounds, found, cand.si)) is not None:
                # "Diese Einstellung gibt es nicht mehr. 2016 konnten Nutzer 30 Tage lang verhindern, dass ihre
                # Daten für Facebook-Werbung genutzt werden.": the ended option told right after it, with its time.
                cand.scope = told

    def _denial_read_with_accept_or_leave(
        self, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]
    ) -> None:
        """A bare denial of objecting ("Ein Widerspruch ist nicht vorgesehen") right after an accept-or-leave statement
        ("zustimmen oder den Dienst verlieren.") reads WITH it and takes its scope (the lead's decision D33, session
        22; the session-18 answer): no `all_sharing` item of its own. So does one right before it ("Es gibt keinen
        Opt-out. Entweder du stimmst zu, oder ...": the lead's answer 09:00, session 29), unless the denial's sentence
        or the one before it names the transfer (then D16's `all_sharing` stays). A denial that sets itself against the earlier
        option in its own sentence (a year, "diesmal": "Ein Widerspruch, wie er 2016 möglich war, ist diesmal nicht
        vorgesehen") is about objecting to the transfer and keeps D16's `all_sharing`."""
        c = self.c
        for cand in found:
            if cand.stance != "not_possible" or cand.scope != "all_sharing":
                continue
            sent = text[bounds[cand.si][0]:bounds[cand.si][1]]
            if not self._objectless(sent) or _YEAR.search(sent) or _S.this_time.search(sent):
                continue  # its own object, or the comparison with the earlier option (D33's cue)
            prev = text[bounds[cand.si - 1][0]:bounds[cand.si - 1][1]] if cand.si > 0 else ""
            # right after the accept-or-leave; or right before it, where the sentence before the denial names no
            # transfer (the lead's answer 09:00, session 29: "Es gibt keinen Opt-out. Entweder ... oder ...")
            for other in (cand.si - 1, cand.si + 1):
                if other == cand.si - 1 and other > 0 and self._bare_question(text[bounds[other][0]:bounds[other][1]]):
                    other -= 1  # "... oder ihr könnt die App nicht mehr benutzen. Widersprechen? Geht nicht." (opt46)
                if other < 0 or other >= len(bounds):
                    continue
                if other > cand.si and self._told_before_denial(text, bounds, cand.si):
                    continue
                other_sent = text[bounds[other][0]:bounds[other][1]]
                if not (c.has("accept", other_sent) or (other > cand.si and c.has("refuse", other_sent))):
                    continue  # ("Wer die Bedingungen ablehnt, muss ...": the refusal's consequence after the denial)
                accept_or_leave = {f.scope for f in found if f.si == other and f.stance == "not_possible"}
                if len(accept_or_leave) == 1 and "all_sharing" not in accept_or_leave:
                    cand.scope = accept_or_leave.pop()
                    break

    def _bare_question(self, sent: str) -> bool:
        """Is `sent` an elliptic question of objecting alone ("Widersprechen?", "Und ein Widerspruch?"): a short question
        naming objecting and no object, data, transfer or Facebook? It takes up the topic just told, so a denial
        answering it reads with the accept-or-leave told right before the question (D33; session 46, opt46)."""
        c = self.c
        return len(sent.strip()) <= 40 and is_question(sent) and c.has("objection", sent) and not any(
            c.has(name, sent) for name in ("transfer", "transfer_object", "data", "facebook", "explicit_object")
        ) and not self._has_scope(sent)

    def _terms_question(self, sent: str) -> bool:
        """Is `sent` a question whether one must consent to the terms, objecting named only as its alternative ("Muss
        ich wirklich zustimmen, oder kann ich einfach widersprechen?"): the cue `accept` beside the objection, no data,
        transfer or Facebook named? Its object is the terms, so the denial answering it reads with the accept-or-leave
        after it (D33, the session-18 answer; session 46, opt46, own83-045's shape)."""
        c = self.c
        return is_question(sent) and c.has("accept", sent) and c.has("must", sent) and not any(
            c.has(name, sent) for name in ("transfer", "transfer_object", "data", "facebook")
        ) and not self._has_scope(sent)

    def _told_before_denial(self, text: str, bounds: list[tuple[int, int]], si: int) -> bool:
        """Does a bare denial in sentence `si` refer to something told just before it, so that an accept-or-leave
        AFTER it does not take it up (the lead's answer 09:00, session 29)? The transfer or its recipient named in its
        own sentence or the two before it (D16: "Telefonnummer ... werden mit dem Mutterkonzern geteilt. ...
        Widerspruch: nicht möglich."), or a question up to three sentences before it, asked or reported, about
        objecting, taking back a consent, the transfer or the data (D23: the answer carries the question's object:
        "Kann man sich wehren? Kaum. Es gibt keinen Schalter, ...")."""
        c = self.c
        for back in range(si, max(-1, si - 4), -1):
            told = text[bounds[back][0]:bounds[back][1]]
            if back >= si - 2 and (c.has("transfer", told) or c.has("facebook", told)):
                return True  # the transfer, or its recipient ("Empfänger: Facebook-Unternehmen"), named just before
            if back < si and (
                (is_question(told) and not self._terms_question(told) and (
                    any(c.has(name, told) for name in ("objection", "transfer", "data")) or _S.taking_back.search(told)
                ))
                or _S.asked_about_objecting.search(told)
            ):
                return True
        return False

    @staticmethod
    def _dated_option_next(text: str, bounds: list[tuple[int, int]], found: list[_Candidate], si: int) -> str | None:
        """The scope of the one scoped option told in the sentence after `si` as a fact of its time (a year, or
        `option_of_its_time`): the option a bare end just before it refers to (the lead's answer of session 18: a bare
        denial with the 2016 option named right before or after it takes that option's scope); else None."""
        if si + 1 >= len(bounds):
            return None
        nxt = text[bounds[si + 1][0]:bounds[si + 1][1]]
        if _YEAR.search(nxt) is None and _S.option_of_its_time.search(nxt) is None:
            return None
        scopes = {f.scope for f in found if f.si == si + 1 and f.stance == "possible" and f.scope in _USES}
        return scopes.pop() if len(scopes) == 1 else None

    def _scope_of_question(self, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]) -> None:
        """A denial answering a question that names the transfer ("Kann ich der Weitergabe meiner Daten an Facebook
        widersprechen? | Eine Möglichkeit zum Widerspruch sehen die neuen Bedingungen nicht vor.") carries the
        question's object, also where an accept-or-leave follows it (the lead's decision D23, session 20): the terms
        as the denial's subject are not what the objection concerns. Only a denial whose own words name no data,
        transfer or use, and that is no accept-or-leave statement itself."""
        c = self.c
        for cand in found:
            if cand.stance != "not_possible" or cand.scope not in ("unspecified", "all_sharing") or cand.si == 0:
                continue
            question = text[bounds[cand.si - 1][0]:bounds[cand.si - 1][1]]
            if not is_question(question) or not c.has("objection", question) or not (
                c.has("transfer_object", question) or (c.has("data", question) and c.has("facebook", question))
            ):
                continue
            own = text[cand.start:cand.end]
            if (
                self._has_scope(own) or any(c.has(name, own) for name in ("transfer_object", "data", "explicit_object"))
                or self._leave_or_accept(own) or any(c.has(name, own) for name in _LEAVE_CUES)
            ):
                continue
            cand.scope = "phone_number" if self._number_only(question) else "all_sharing"

    def _unwilling_of_transfer(self, sent: str, clauses: list[tuple[int, int]]) -> bool:
        """ "..., und wer ihn nicht will, ..." whose pronoun refers to a transfer the clauses before it in the same
        sentence tell ("Der Datenfluss selbst bleibt, und wer ihn nicht will, dem bleibt nur der Abschied"): the
        sentence itself names the data. Not a transfer of the sentence before ("Die Nummer geht trotzdem an Facebook.
        Wer das nicht möchte, muss gehen"): the lead's decision D1 (session 17) makes that accept-or-leave statement
        unspecified, as it does not itself name the data."""
        for lo, _hi in clauses:
            if lo > clauses[0][0] and _S.unwilling_anaphor.match(sent, lo):
                return self.accept_scope(sent[:lo]) == "all_sharing"
        return False

    def _final_choices(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """A setting that can no longer be changed after a deadline ("Das geht nur innerhalb von 30 Tagen. Danach
        ist die Entscheidung endgültig", "Ist die Frist verstrichen, lässt sich die Einstellung nicht mehr ändern",
        "Nach den 30 Tagen geht das nicht mehr"):
        the end of the option told before it, so not_possible for the scope of the nearest earlier scoped
        possibility (the superseded-option convention); none without such a possibility or a deadline."""
        if not _has_scoped_option(found):
            return []  # (speed, the same claims) the scope comes from an earlier scoped possibility: none, no end
        out: list[_Candidate] = []
        for si, start, end in _unclaimed(sents, found, context, first=1):
            # (a match of a search with pos and endpos lies in text[start:end]: none there without its literals)
            if not (_FINAL_CHOICE.possible(text[start:end]) and _S.final_choice.search(text, start, end)):
                # A short end with the deadline in its own words ("Nach den 30 Tagen geht das nicht mehr"): the same.
                own = text[start:end]
                if not (self._short_end(own) and _S.after_deadline.search(own)):
                    continue
            if not _S.after_deadline.search(text, sents[si - 1][0], end):
                continue  # "Die Entscheidung der Behörde ist endgültig": no option ends here
            if is_question(text[start:end]):
                continue  # "Ist die Entscheidung danach endgültig?": the end asked, not told (optrec29, session 29)
            scope = self._scope_of_earlier_option(found, si)
            if scope:
                lo, hi = _trim(text, start, end)
                out.append(_Candidate(si, "not_possible", scope, lo, hi))
        return out

    def _demand_denied(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """A demanded option denied as a fact in the next sentence ("Verbraucherschützer fordern, dass Nutzer dieser
        Übermittlung widersprechen können. Bisher ist das nicht möglich"): the demand states no choice of the text's
        own, but the denial does, and "das" is the option demanded: not_possible for its object, the span running
        over both (so the reference step reads the demand's object)."""
        c = self.c
        out: list[_Candidate] = []
        for si in range(len(sents) - 1):
            nxt = si + 1
            denial = _S.demand_denied.match(text, sents[nxt][0], sents[nxt][1])
            if not context[nxt] or denial is None:
                continue
            # a claim of the denial's own words already (a claim after its colon is another statement): kept, and
            # given the demand's object below where it is a bare denial ("Genau diese Wahl verweigere WhatsApp aber")
            own = [f for f in found if f.si == nxt and f.start < denial.end()]
            if any(f.stance != "not_possible" or f.scope not in ("unspecified", "all_sharing") for f in own):
                continue
            sent = text[sents[si][0]:sents[si][1]]
            demand = self._demand_span(sent, 0, len(sent), norms=True)
            if demand is None:
                continue
            wanted = sent[demand[1]:]
            # "..., dass Nutzer selbst über die Weitergabe entscheiden können": a choice demanded is an option too.
            if not (c.has("objection", wanted) or c.has("control", wanted) or c.has("choice", wanted)):
                continue
            # The denial ends at a colon: what follows it is a statement of its own ("Das ist nicht vorgesehen: Wer ...").
            lo, hi = _trim(text, sents[si][0] + demand[0], denial.end())
            # "fordern, dass Nutzer die Änderungen ablehnen können": the terms demanded, no data (CONTRACT: unspecified)
            scope = self._terms_scope(wanted, "", self.scope_not_possible(wanted))
            if own:
                # the denial of the demanded choice is about what the demand names, when it names data or a use
                # ("ob seine Nummer an Facebook geht": phone_number; session 44, opt44)
                if scope not in ("unspecified", "all_sharing"):
                    for f in own:
                        f.scope = scope
                continue
            out.append(_Candidate(nxt, "not_possible", scope, lo, hi))
        return out

    def _proform_denials(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """A clause that takes up an option by a pro-form and denies it, with no object of its own (phrasing
        `proform_denial`: "..., danach nicht mehr", "Neukunden von Anfang an nicht", "Bisher klappt das nicht",
        "danach ist die Einstellung fix", "wer die Frist verpasst, kann es später nicht mehr ändern"), at any clause
        start of a sentence in the deal context: not_possible with the scope of what it takes up
        (`_proform_antecedent`: a scoped possibility told before it, the option asked in the question just before,
        the option demanded in the sentence before), or `all_sharing` where it denies the whole ("ganz aber nicht",
        "komplett jedoch nicht": D29). Not where a not_possible claim of the sentence already reaches the clause, nor
        in a question. Issue 7, session 41, opt41: the readers of ends and answers before this one each read one
        shape at the sentence's end; this one reads the class at every clause."""
        out: list[_Candidate] = []
        # (speed42: the sentences holding one of the literals, found in one pass over the text, not one search each)
        holding = sentences_with(_PROFORM_WORDS, text, [s0 for s0, _ in sents], [s1 for _, s1 in sents])
        for si, (s0, s1) in enumerate(sents):
            if si not in holding:
                continue
            sent = text[s0:s1]
            if not context[si] or is_question(sent) or not _PROFORM_LITERALS.search(sent):
                continue  # the literals first: every branch ends in a negation or a final word
            for pos in _clause_starts(sent):
                m = _S.proform_denial.match(sent, pos)
                if m is None:
                    continue
                lo, hi = _trim(text, s0 + m.start(), s0 + m.end())
                if any(f.si == si and f.stance == "not_possible" and f.start < hi and lo < f.end for f in (*found, *out)):
                    continue  # a claim of the sentence reads the clause already
                if self._proform_not_stated(text, sents, si, sent, pos, m):
                    continue
                taken = self._proform_antecedent(text, sents, [*found, *out], si, lo, at_start=not sent[:pos].strip())
                if taken is None:
                    continue
                scope, start = taken
                if _S.whole_degree.search(m.group()):
                    scope = "all_sharing"  # "komplett jedoch nicht": the whole transfer denied (D29)
                out.append(_Candidate(si, "not_possible", scope, _trim(text, start, hi)[0], hi))
        return out

    @staticmethod
    def _proform_not_stated(
        text: str, sents: list[tuple[int, int]], si: int, sent: str, pos: int, m: re.Match[str]
    ) -> bool:
        """Is the pro-form clause `m` (at offset `pos` of sentence `si`, `sent`) no statement of the text's own? Someone's
        belief, a label or a report in its sentence (phrasing `proform_frame`: "Viele glauben: Das geht nicht.", "Das
        geht nicht, hieß es lange."); a condition before it ("Falls die App veraltet ist, geht das nicht."); a finite verb
        opening a clause after other words (its first field is the words before it, a condition or a manner:
        "Per E-Mail, so der Support, geht das nicht."); or the next sentence contradicting it (phrasing
        `proform_contradicted`: "Doch es geht ...", "Fakt: ..."). Issue 7, session 41, opt41, after review41's near
        misses."""
        before, after = sent[:pos], sent[m.end():]
        if _S.proform_frame.search(before) or _S.proform_frame.search(after):
            return True
        # (a "Wer ..." clause before it is the clause's subject, "wer die Frist verpasst, kann es nicht mehr ändern")
        lead = before.rstrip().rstrip(",;:–—")  # the clauses before it, its own opening mark dropped
        last = lead[max(lead.rfind(mark) for mark in ",;:–—") + 1:]
        if before.strip() and not _WHO_CLAUSE.match(last) and (
            is_conditional(before) or _S.proform_verb_first.match(sent, pos)
        ):
            return True
        if si + 1 < len(sents):
            return _S.proform_contradicted.match(text, sents[si + 1][0], sents[si + 1][1]) is not None
        return False

    def _proform_antecedent(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], si: int, lo: int, at_start: bool
    ) -> tuple[str, int] | None:
        """What a pro-form clause at offset `lo` of sentence `si` takes up (`_proform_denials`), nearest first: the
        scope and the claim's start. A statement of an earlier clause of its sentence (a scoped possibility: its scope;
        a denial: none, the clause goes on with it, "..., hat Pech: Das geht nicht"); after a question just before,
        the option it asks about (the clause answers it, D23); for a clause opening its sentence, the option the
        sentence before demands (the demand convention: "Datenschützer fordern, dass ... Bislang geht das nicht"; the
        claim runs over both sentences, as `_demand_denied`'s, which keeps the shapes it reads); else the nearest
        statement of the two sentences before (a scoped possibility: its scope). None where it takes up nothing."""
        c = self.c
        own = [f for f in found if f.si == si and f.start < lo]
        if own:
            nearest = max(own, key=lambda f: f.start)
            return (nearest.scope, lo) if nearest.stance == "possible" and nearest.scope != "unspecified" else None
        prev_start, prev_end = sents[si - 1] if si > 0 else (0, 0)
        prev = text[prev_start:prev_end]
        if prev and is_question(prev):
            # the question asks about objecting to the transfer or a use of the data, not about another setting
            # ("Kann ich das Backup abschalten? Das geht nicht, solange ..."): an objection or its noun, or a switch-off
            # with a transfer or use named, and no object of another consent (`object_not_sharing`)
            asks = c.has("objection", prev) or c.has("optout_noun", prev) or (
                (c.has("control", prev) or c.has("choice", prev)) and (c.has("transfer", prev) or self._has_scope(prev))
            )
            if not asks or object_not_sharing(c, prev, prev):
                return None
            return self._terms_scope(prev, "", self.scope_not_possible(prev)), lo
        demand = self._demand_span(prev, 0, len(prev)) if at_start and prev else None
        if demand is not None:
            wanted = prev[demand[1]:]
            if c.has("objection", wanted) or c.has("control", wanted) or c.has("choice", wanted):
                if _S.demand_denied.match(text, sents[si][0], sents[si][1]):
                    return None  # `_demand_denied` reads this shape (after the claims are taken)
                return self._terms_scope(wanted, "", self.scope_not_possible(wanted)), prev_start + demand[0]
        before = [f for f in found if si - 2 <= f.si < si]
        if not before:
            return None
        nearest = _nearest(before)
        return (nearest.scope, lo) if nearest.stance == "possible" and nearest.scope != "unspecified" else None

    @staticmethod
    def _main_clause_start(text: str, start: int, pos: int) -> int:
        """The start of the main clause holding offset `pos` of the sentence starting at `start`: after the last
        semicolon before it, which closes every clause before it ("WhatsApp verlangt, dass alle zustimmen; | wer das
        nicht tut, kann die App nicht mehr nutzen": the demand's dass-clause ends there), else the sentence's start."""
        return text.rfind(";", start, pos) + 1 or start

    def _demand_span(self, sent: str, lo: int, hi: int, norms: bool = False) -> tuple[int, int] | None:
        """The first demand or norm within [lo, hi) of sentence `sent`, as (start, end), `end` where what is demanded
        begins: a verb of demanding of the layer (patterns/predicate_tokens.jsonl DEMAND, by lemma: "fordern",
        "verlangen", "drängen", "bestehen darauf", "mahnen ... an") followed by the phrasing demand_object (a colon
        right after it, or a dass-clause within 60 characters: "Verbraucherschützer fordern, dass ...", "Der Verband
        fordere, dass ..."), or a match of the phrasing demand (the norms: "Nutzer müssen widersprechen können",
        "sollten ... widersprechen dürfen"). Session 26 (layer26): the verbs were a list of finite forms in demand."""
        found: list[tuple[int, int]] = []
        for cue in self._demand_cues(sent):
            if lo <= cue.begin and cue.stop <= hi:
                tail = _S.demand_object.match(sent, cue.stop, hi)
                if tail is not None:
                    found.append((cue.begin, tail.end()))
        if may_hold(_WORDS["demand"], sent, lo, hi) and (norm := _S.demand.search(sent, lo, hi)) is not None:
            found.append(norm.span())
        # "Die Nutzer müssten ... widersprechen können, | forderte der Verband": the reporting verb of demanding after
        # the clause it reports (phrasing demand_after, matched empty at the reported clause's first word).
        if may_hold(_WORDS["demand_after"], sent, lo, hi) and (after := _S.demand_after.search(sent, lo, hi)):
            found.append(after.span())
        # `norms`: a norm in the Konjunktiv, read by the mood reader ("Jeder müsse selbst bestimmen dürfen, ob ...",
        # "Aus Sicht der Stiftung sollte es einen Schalter geben, ..."; session 44, opt44): what should be possible
        if norms and (norm := mood.norm_modal(sent, lo, hi)) is not None:
            found.append(norm)
        return min(found, default=None)

    def _demand_cues(self, sent: str) -> list[_TokenCue]:
        """The DEMAND cues of `sent` (patterns/predicate_tokens.jsonl) without an effort its clause tells as achieved
        ("Die Verbraucherschützer haben sich erfolgreich dafür eingesetzt, dass ...", "mit Erfolg darauf hingewirkt":
        phrasing `effort_achieved` between the clause's start and the cue): the aim reached is a fact, not a demand
        (review48's finding, session 48, opt48)."""
        out = []
        for cue in self._predicate_cues(sent).get("DEMAND", ()):
            clause_start = max(sent.rfind(mark, 0, cue.begin) for mark in ",;:") + 1
            if not _S.effort_achieved.search(sent, clause_start, cue.begin):
                out.append(cue)
        return out

    def _demanded(self, text: str, bounds: tuple[int, int], start: int, end: int, norms: bool = False) -> bool:
        """A demand or norm (`_demand_span`) between `start` and `end` of `text`, in the sentence at `bounds`
        ("Die Verbraucherschützer fordern, dass man widersprechen kann", "Es könne nicht sein, dass Nutzer zustimmen
        müssten"): what should be, not what is. `norms`: also a norm in the Konjunktiv (`mood.norm_modal`), asked of a
        possibility only (a denial after it in the sentence may be a fact: "..., doch das geht nicht")."""
        s0 = bounds[0]  # (a claim running past its sentence is read on the longer text: no layer cue there)
        return self._demand_span(text[s0:max(bounds[1], end)], start - s0, end - s0, norms) is not None

    def _no_denial(self, text: str, cand: _Candidate) -> bool:
        """A not_possible claim whose only objection word contradicts an account ("Ein Sprecher widersprach dieser
        Darstellung nicht") or whose only negation is a not-yet condition ("Wer noch nicht abgelehnt hat, sollte das
        nachholen"): neither denies that users can object."""
        if cand.stance != "not_possible":
            return False
        span = text[cand.start:cand.end]
        speech = _S.contradict_speech.search(span)
        if speech is not None and not self.c.has("objection", span[:speech.start()] + " " + span[speech.end():]):
            return True
        not_yet = _S.not_yet_done.search(span)
        return not_yet is not None and not has_negation(span[:not_yet.start()] + " " + span[not_yet.end():])

    def _dislocated_denials(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """"Ausschalten wie 2016, mit diesem Häkchen, das geht heute nicht mehr": an objecting or switching infinitive,
        left-dislocated and resumed by "das", denied: not_possible; `all_sharing` as for any objectless denial of
        the sharing, the scope the infinitive's own words name, or, for refusing the terms, an accept-or-leave's."""
        c = self.c
        out: list[_Candidate] = []
        for si, start, end in _unclaimed(sents, found, context):
            sent = text[start:end]
            m = _S.dislocated_denial.search(sent) if may_hold(_WORDS["dislocated_denial"], sent) else None  # "^": its start
            if m is None or not any(c.has(cue, m.group(1)) for cue in ("objection", "control", "choice")):
                continue
            own = text[start + m.start(1):start + m.end()]
            # "Ablehnen und trotzdem weiterschreiben, das geht nicht": refusing the terms, an accept-or-leave (CONTRACT)
            unnamed = self.accept_scope(own) if c.has("refuse", own) else "all_sharing"
            scope = next((sc for sc in _SCOPES_NOT_POSSIBLE if c.has(f"scope_{sc}", own)), unnamed)
            lo, hi = _trim(text, start + m.start(1), start + m.end())
            out.append(_Candidate(si, "not_possible", scope, lo, hi))
        return out

    def _otherwise_next(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """D1 told over two sentences, as chats, forums and letters tell it: a consent act ("Stimm einfach zu.",
        "Akzeptieren Sie die Bedingungen.", or pressing the button a sentence before names: "Da ist ein Fenster mit
        Zustimmen. Muss ich da drücken?" - "ja, drück ruhig.") and a sentence OPENING with "Sonst"/"Ansonsten"/
        "Andernfalls" (phrasing `otherwise_opens`) that tells a loss not denied ("Sonst kannst du ab Februar keine
        Nachrichten mehr schreiben"): not_possible/unspecified on the "Sonst" sentence. The one-sentence "..., sonst ..."
        is `_no_choice_spans`' (cue `refuse_anaphoric`). Not after a question, a negated consent ("Stimm bloß nicht
        zu."), a consent to another object ("Akzeptiere das Backup-Angebot.", `object_not_sharing`), nor where the loss is denied or no consequence is told ("Sonst siehst du die Lesebestätigung nicht")
        (session 42, opt42, own75-036)."""
        out: list[_Candidate] = []
        c = self.c
        bodies = body_starts(text, sents)  # read once per document (`_sentence_statements` read them already)
        for si, start, end in _unclaimed(sents, found, context, first=1):
            body = bodies[si]
            if not _S.otherwise_opens.match(text, body, end):
                if si > 1 and _S.yes_otherwise_opens.match(text, body, end):
                    out.extend(self._otherwise_after_yes(text, sents, si, body, end))
                continue  # the cheap gate: a sentence opening with its adverb of the alternative
            sent = text[body:end]
            # (the chats or the app gone, "Sonst wäre der Familienchat weg gewesen": read here only; session 53, opt53)
            if is_question(sent) or not (self._loss_after(sent, 0) or _S.gone_loss.search(sent)):
                continue
            prev = text[sents[si - 1][0]:sents[si - 1][1]]
            if is_question(prev) or has_negation(prev) or (
                object_not_sharing(c, prev, prev) and not names_terms(c, prev)
            ) or _about_another_service(text, *sents[si - 1], c):
                # "Stimm bloß nicht zu.", "Akzeptiere das Backup-Angebot.", "Akzeptiere das Update im Play Store.", "... die
                # Regeln von Signal.": not WhatsApp's terms
                continue
            told = c.has("accept", prev) or (
                # the writer's own consent told by its participle, to the terms or with no object of its own ("Heute
                # doch zugestimmt."; not "Ich habe der Operation zugestimmt": review53's finding, session 53, opt53)
                _S.consented_participle.search(prev) is not None
                and (c.has("terms_object", prev) or _S.consented_bare.match(text, bodies[si - 1], sents[si - 1][1]) is not None)
            ) or (
                _S.press_consent_step.search(prev) is not None
                and any(c.has("accept", text[a:b]) for a, b in sents[max(0, si - 4):si - 1])
            )
            if told:
                out.append(_Candidate(si, "not_possible", "unspecified", *_trim(text, body, end)))
        return out

    def _otherwise_after_yes(
        self, text: str, sents: list[tuple[int, int]], si: int, body: int, end: int
    ) -> list[_Candidate]:
        """"Ich soll den neuen Bedingungen zustimmen. Muss ich?" - "Ja, sonst kannst du WhatsApp danach nicht mehr
        benutzen.": a "Ja" answering a bare must-question (a question with "muss" and no consent of its own, phrasing
        `yes_otherwise_opens`) goes on with "sonst" and a loss not denied, the consent to the terms (cue `terms_object`;
        not "der Klassen-App": review53's finding) told in the sentence before the question (not negated, not another
        object or service): D1's not_possible/unspecified on the answer, as
        `_otherwise_next` reads "Stimm zu. Sonst ..." (issue 7, session 53, opt53, own97-039)."""
        c = self.c
        sent = text[body:end]
        question = text[sents[si - 1][0]:sents[si - 1][1]]
        told = text[sents[si - 2][0]:sents[si - 2][1]]
        if is_question(sent) or not is_question(question) or not c.has("must", question) or c.has("accept", question):
            return []
        if not c.has("accept", told) or not c.has("terms_object", told) or is_question(told) or has_negation(told) or (
            object_not_sharing(c, told, told) and not names_terms(c, told)
        ) or _about_another_service(text, *sents[si - 2], c):
            return []
        if not self._loss_after(sent, 0):
            return []
        return [_Candidate(si, "not_possible", "unspecified", *_trim(text, body, end))]

    def _elliptic_none(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """"2016 gab es einen Schalter gegen die Werbenutzung. Diesmal gibt es keinen.": a short denial whose noun is
        left out ends the option the sentence before offers, so not_possible with that option's scope (the
        superseded-option convention), only where that sentence holds one scoped possibility and names a switch.
        A short end with no object of its own ("Diese Zeiten sind vorbei", "Das ist Geschichte") after such a sentence
        is the same end: the possibility there may come from a pass after the sentence rules (a switch offered)."""
        if not _has_scoped_option(found):
            return []  # (speed, the same claims) the option ended must be a scoped possibility of the sentence before
        out: list[_Candidate] = []
        for si, start, end in _unclaimed(sents, found, context, first=1):
            if not (_S.elliptic_none.match(text, start, end) or self._short_end(text[start:end])):
                continue
            before = {f.scope for f in found if f.si == si - 1 and f.stance == "possible" and f.scope != "unspecified"}
            prev = text[sents[si - 1][0]:sents[si - 1][1]]
            # The option named by its noun ("einen Schalter") or told by its verb ("konnte man widersprechen"; then
            # "Dieses Mal gibt es nicht einmal das").
            if len(before) == 1 and (self.c.has("optout_noun", prev) or self.c.has("objection", prev)):
                lo, hi = _trim(text, start, end)
                out.append(_Candidate(si, "not_possible", before.pop(), lo, hi))
        return out

    def _elliptic_end(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """"Der Werbenutzung kann man widersprechen. Möglich ist das bis Ende September, danach nicht mehr.": an
        elliptic end closing a sentence, after a scoped possibility in the sentence or the one before it, is the end of
        that option (the superseded-option convention): not_possible with its scope, as `_final_choices` gives."""
        if not _has_scoped_option(found):
            return []  # (speed, the same claims) the end needs a scoped possibility before it (`_option_before`)
        out: list[_Candidate] = []
        for si in _reader_families().sentences(text, sents)["elliptic_end"]:  # (the shared reading: those holding "mehr")
            if not context[si]:
                continue
            s0, s1 = sents[si]
            m = _S.elliptic_end.search(text[s0:s1])  # "^": the sentence's own start
            if m is None or any(f.si == si and f.stance == "not_possible" for f in found):
                continue
            option = _option_before(found, si, s0 + m.start(), back=1)
            if option is None:
                continue
            scope = self._scope_of_earlier_option(found, si + 1) or option.scope
            lo, hi = _trim(text, s0 + m.start(), s1)
            out.append(_Candidate(si, "not_possible", scope, lo, hi))
        return out

    @staticmethod
    def _elliptic_modal_denial(
        text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """"Bestandsnutzer können verhindern, dass Facebook die Daten für Werbung nutzt. Neue Nutzer können das nicht
        mehr": a modal with a pronoun object and its verb left out (phrasing `elliptic_modal_denial`) takes up the
        option told just before, in its own sentence or the one before, and denies it to its subject: not_possible
        with that option's scope (the superseded-option convention; the lead's ruling of session 27, 00:36, for new
        users; issue 7, session 29, opt29, own49-025). The clause may stand beside a claim of its sentence that does
        not reach it ("Neue Nutzer können das nicht mehr: Wer sich jetzt anmeldet, muss ... zustimmen")."""
        if not _has_scoped_option(found):
            return []  # (speed, the same claims) the option denied must be a scoped possibility told before
        out: list[_Candidate] = []
        for si in _reader_families().sentences(text, sents)["modal_denial"]:  # (the shared reading: "nicht" or "nie")
            if si == 0 or not context[si]:
                continue
            s0, s1 = sents[si]
            sent = text[s0:s1]
            m = _S.elliptic_modal_denial.search(sent)
            if m is None or is_question(sent):
                continue
            lo, hi = _trim(text, s0 + m.start(), s0 + m.end())
            if any(f.si == si and f.start < hi and lo < f.end for f in found):
                continue  # a claim of the sentence reaches the clause: it is read there
            option = _option_before(found, si, lo, back=1)
            if option is None and si > 1 and is_question(text[sents[si - 1][0]:sents[si - 1][1]]):
                # "Und wer neu dazukommt? Der kann das nicht mehr.": a question about whom between option and denial
                option = _option_before(found, si, lo, back=2)
            if option is not None:
                out.append(_Candidate(si, "not_possible", option.scope, lo, hi))
        return out

    def _ended_named_option(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """An end whose subject is a pronoun for an objection the sentence before only NAMES, with its use ("Eine Leserin
        fragt, ob sie den Werbe-Widerspruch von 2016 erneuern muss. Antwort: Den gibt es so nicht mehr"): no possible
        claim stands before it for `_restricted_choices` or `_elliptic_end`, so the pronoun takes the use the named
        objection has (the superseded-option convention): not_possible with that scope."""
        c = self.c
        out: list[_Candidate] = []
        for si in range(1, len(sents)):
            s0, s1 = sents[si]
            if not context[si] or "mehr" not in text[s0:s1]:
                continue  # the literal first: every end this step reads says "nicht mehr"
            sent = text[s0:s1]
            lead = _S.ended_pronoun.match(sent)
            if lead is None or any(f.si == si for f in found):
                continue
            clauses = _split(sent)
            own_start, own_end = clauses[clause_index(clauses, lead.end())]
            if not c.has("supersede", sent[own_start:own_end]):
                continue
            prev = text[sents[si - 1][0]:sents[si - 1][1]]
            if any(f.si == si - 1 for f in found) or not c.has("objection", prev):
                continue  # a claim before it is the option an end refers to (the other steps read that)
            use = self._use_named(prev)
            if use is None:
                continue
            lo, hi = _trim(sent, lead.start(1), own_end)
            out.append(_Candidate(si, "not_possible", use, s0 + lo, s0 + hi))
        return out

    def _deadline_ended(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """"Zwar konnten Nutzer innerhalb von 30 Tagen festlegen, ... Diese Frist ist inzwischen abgelaufen.", "... kann die
        Einstellung noch 30 Tage lang ändern. Danach ist es vorbei.": a short sentence whose subject is the deadline
        (phrasing `deadline_ended`) ends the scoped option told in one of the two sentences before it, when a deadline
        stands there (`after_deadline`): not_possible with that option's scope (the superseded-option convention).
        Only what the sentence rules left unclaimed."""
        if not _has_scoped_option(found):
            return []  # (speed, the same claims) the end needs a scoped possibility before it (`_option_before`)
        out: list[_Candidate] = []
        for si, start, end in _unclaimed(sents, found, context, first=1):
            # (the length without a closing parenthesis: "... abgelaufen (Zustimmung am 29.8., Fristende am 28.9.).")
            ended = _S.deadline_ended.match(text, start, end)
            if end - start - _closing_parenthesis_length(text, start, end) > 80 or ended is None:
                continue
            if ended.group("idiom") and is_question(text[sents[si - 1][0]:sents[si - 1][1]]):
                continue  # "Und wenn ich nicht zustimme? Dann ist die Tür zu.": the exit answered, not a window's end
            option = _option_before(found, si, start, back=4)  # (four: a question and its answer may stand between, own81-033)
            if option is None or not (_S.after_deadline.search(text, sents[option.si][0], start) or ended.group("limit")):
                continue  # (the limit restated before the end: "Aber nur bis Ende September, dann ist ..."; session 57)
            lo, hi = _trim(text, start, end)
            # the one window of ads and friend suggestions told in one sentence ends as `ads` (their convention, as
            # `_scope_of_earlier_option` reads it)
            scope = "ads" if any(f.si == option.si and f.stance == "possible" and f.scope == "ads" for f in found) else option.scope
            out.append(_Candidate(si, "not_possible", scope, lo, hi))
        return out

    def _change_ended(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """"Die Einstellung lässt sich nur 30 Tage nach dem Zustimmen ändern. Danach ist sie nicht mehr veränderbar.",
        "Ja, 30 Tage lang in den Einstellungen. Danach geht es nicht mehr.", "Wer zugestimmt hat, kann das nach einem
        Monat nicht mehr rückgängig machen": an end whose subject or object is a pronoun for the setting (phrasing
        `change_end`; `_final_choices` reads a noun subject only), with the deadline's length told in its sentence or
        the one before (`deadline_count`), ends the option told before it: not_possible with the scope of the nearest
        earlier scoped possibility, as `_final_choices` gives (the superseded-option convention; issue 7, session 29,
        optrec29). Not a question, nor a sentence naming an object, data or a scope of its own. Only what the
        sentence rules and the steps before left unclaimed."""
        if not _has_scoped_option(found):
            return []  # (speed, the same claims) the scope comes from an earlier scoped possibility
        c = self.c
        out: list[_Candidate] = []
        for si, start, end in _unclaimed(sents, found, context, first=1):
            own = text[start:end]
            if not any(word in own for word in _CHANGE_END_LITERALS):
                continue  # the literals first
            if end - start > 120 or is_question(own) or not _S.change_end.search(own):
                continue
            if self._has_scope(own) or any(
                c.has(name, own) for name in ("explicit_object", "transfer_object", "data", "objection")
            ):
                continue  # "Danach geht es nicht mehr ohne Zustimmung zur Weitergabe": a statement of its own
            if not _S.deadline_count.search(text, sents[si - 1][0], end):
                continue  # "Danach ist es vorbei mit der Ruhe": no deadline, no option's end
            scope = self._scope_of_earlier_option(found, si)
            if scope:
                lo, hi = _trim(text, start, end)
                out.append(_Candidate(si, "not_possible", scope, lo, hi))
        return out

    def _objection_costs_service(self, text: str, bounds: list[tuple[int, int]], found: list[_Candidate]) -> None:
        """"Wer widerspricht, kann die App nicht mehr nutzen", "Wer der Weitergabe widerspricht, verliert sein
        Konto": a 'wer'-clause is the condition of its main clause; where it objects and the main clause tells a loss
        of the service (`_loss_after`: "nicht mehr nutzen", "verliert", "wird gesperrt"), objecting is the refusal
        of an accept-or-leave (D1), not an option the text offers: the sentence's objectless possibility becomes
        not_possible with the accept-or-leave's scope (`accept_scope`: `unspecified` where it names no data). Not a
        main clause that tells the option's effect ("Wer widerspricht, sieht keine Werbung mehr") or continued use
        ("..., kann die App weiter nutzen"), nor a question. Issue 7, session 44, opt44 (review44's 04:25 finding, a
        base error)."""
        for f in found:
            # (`all_sharing` too: "Wer der Weitergabe an Facebook widerspricht, ..." names the transfer as a whole,
            # cue `whole_data`; review46's finding on opt46b, session 46)
            if f.stance != "possible" or f.scope not in ("unspecified", "all_sharing"):
                continue
            s0, s1 = bounds[f.si]
            sent = text[s0:s1]
            who = _WHO_OBJECTS.match(sent)
            if who is None or f.start - s0 > who.end() or is_question(sent) or not self._loss_after(sent, who.end()):
                continue
            loss = self.c.rx["consequence"].search(sent, who.end())
            if loss is not None and has_negation(sent[who.end():loss.start()]):
                continue  # "Wer widerspricht, muss nicht befürchten, die App nicht mehr nutzen zu können" (review44, 04:52)
            f.stance, f.scope = "not_possible", self.accept_scope(sent)

    def _refusers_loss_told(self, text: str, sents: list[tuple[int, int]], si: int) -> int | None:
        """The index of the sentence, one or two before `si`, that tells the loss of the users who refuse (a refusal
        with a loss after it, claimed or not), or None: the loss a reversal after it denies (`_loss_denied_to_all`,
        `_reversal_after_loss`). Also the must-consent with the refusers' loss after it ("2021 mussten alle zustimmen,
        sonst hätten sie die App nicht mehr nutzen können"; issue 7, session 53, opt53)."""
        c = self.c
        for k in (si - 1, si - 2):
            prev = text[sents[k][0]:sents[k][1]] if k >= 0 else ""
            refuse = c.search("refuse", prev)
            if refuse is None and c.has("must", prev) and c.has("terms_object", prev):
                refuse = c.search("accept", prev)  # the must-consent to the terms (not "der Dienstanweisung": review53)
            if refuse is not None and self._loss_after(prev, refuse.end()):
                return k
        return None

    def _terms_cause_told(self, text: str, bounds: tuple[int, int], own: str, spared: re.Match[str]) -> bool:
        """Does the loss denied to all in `own` (sentence `bounds` of `text`) name WhatsApp's terms as its cause
        (cue `loss_for_terms`: "dass niemand wegen der neuen Bedingungen Funktionen verliert"), told, not asked ("Ob
        niemand ...") and with no word of a grace period ("niemand sofort"), in a sentence naming WhatsApp or its owner
        (the deal context's one vocabulary, deal.json's `target` and `buyer`: session 57, opt57) and no other service
        ("Meine Bank versichert, ...", "Signal betont: ..."; review53's 07:06 finding)? Issue 7, session 53."""
        c = self.c
        return (
            c.has("loss_for_terms", own) and (cue_has("target", own) or cue_has("buyer", own))
            and not _about_another_service(text, *bounds, c) and not _asked_whether(own, spared.start())
            and _NOT_YET.search(own) is None
        )

    def _costless_proverb_refusal(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """"Bis zum 15. Mai mussten alle Nutzer den neuen Regeln zustimmen. Wer das nicht tut, verliert laut WhatsApp
        keine Funktionen.": a condition whose verb is the pro-verb "das (nicht) tun/machen" (cue `refuse_anaphoric`'s
        'wer/wenn/falls ... das nicht tut') takes up the consent the sentence right before asks of the users (cue
        `accept` with the terms, `terms_object`; told, not negated, not asked; naming WhatsApp or its owner and no other
        service, in it or in the refusal's sentence: review57's finding): the refusal of the terms. Where its
        main clause denies the loss, the sentence is read as that refusal said in full ("Wer nicht zustimmt, verliert
        keine Funktionen"): D26's costless refusal, possible/`unspecified`, by the same reader
        (`_refusal_without_loss`). A loss told keeps `_after_refusal`'s reading. Only sentences the rules left
        unclaimed. Issue 7, session 57, opt57."""
        c = self.c
        out: list[_Candidate] = []
        for si, start, end in _unclaimed(sents, found, context, first=1):
            own = text[start:end]
            if "nicht" not in own or is_question(own):
                continue
            lead = _S.proverb_refusal.search(own)
            if lead is None:
                continue
            prev = text[sents[si - 1][0]:sents[si - 1][1]]
            if not (c.has("accept", prev) and c.has("terms_object", prev)) or is_question(prev) or has_negation(prev):
                continue
            if not (cue_has("target", prev) or cue_has("buyer", prev)) or _about_another_service(text, *sents[si - 1], c) or (
                _about_another_service(text, start, end, c)
            ):
                continue  # the consent asked by WhatsApp or its owner, not by Signal or a bank (review57's finding)
            if self._vorerst_loss_later(text, sents, si):
                continue  # "verliert vorerst keine Funktionen. Ab Juni wird das Konto gesperrt.": D1's grace period
            said = own[:lead.start("pronoun")] + "nicht zustimmt" + own[lead.end():]
            shift = len(said) - len(own)
            spans = self._refusal_without_loss(said, _split(said))
            if len(spans) != 1 or spans[0][1] <= lead.start("pronoun") + len("nicht zustimmt"):
                continue
            lo, hi = spans[0]
            hi -= shift
            if lo > lead.start("pronoun") or hi <= lead.end():
                continue
            lo, hi = _trim(own, lo, hi)
            out.append(_Candidate(si, "possible", "unspecified", start + lo, start + hi))
        return out

    def _reversal_after_loss(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """"Anfang des Jahres kündigt WhatsApp neue Regeln an; wer sie ablehnt, soll auf Funktionen verzichten.
        Im Mai rudert das Unternehmen zurück.": a short sentence that ends on the company backing down (phrasing
        `reversal_told`: "lenkt ein", "rudert zurück", "hat eingelenkt", "machte einen Rückzieher"), right after the
        refusers' loss told in one of the two sentences before it (`_refusers_loss_told`), is D26's
        possible/`unspecified` (D70 (b): "a bare 'im Mai lenkt WhatsApp ein' after it"), the company its subject
        (phrasing `reversal_company`), the loss WhatsApp's (not another service's or object's). Not negated, not asked, no
        refusal, consent, loss or data of its own (those are the sentence readers'). Only what they left unclaimed
        (issue 7, session 53, opt53; challenge_gen29-084, -085)."""
        if not any(word in text for word in _REVERSAL_LITERALS):
            return []  # speed (speed53's advice): a literal of a sentence is one of the text's
        c = self.c
        out: list[_Candidate] = []
        for si, start, end in _unclaimed(sents, found, context, first=1):
            if end - start > 120 or not any(word in text[start:end] for word in _REVERSAL_LITERALS):
                continue  # the literals first
            own = text[start:end]
            if _S.reversal_told.search(own.rstrip()) is None or is_question(own) or has_negation(own):
                continue
            if c.has("refuse", own) or c.has("accept", own) or c.has("data", own) or self._loss_after(own, 0):
                continue
            if _S.reversal_company.search(own) is None:
                continue  # "Mein Vater hat eingelenkt": a user who gives in consents (review53's finding)
            k = self._refusers_loss_told(text, sents, si)
            if k is None or _about_another_service(text, *sents[k], c) or (
                object_not_sharing(c, told := text[sents[k][0]:sents[k][1]], told) and not names_terms(c, told)
            ):
                continue  # no loss told before, or another's ("Wer der Cookie-Nutzung nicht zustimmt, ...")
            out.append(_Candidate(si, "possible", "unspecified", *_trim(text, start, end)))
        return out

    def _loss_denied_to_all(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """"Wer nicht zustimmt, soll ab dem 15. Mai Funktionen verlieren. Wenige Tage vor der Frist lenkt WhatsApp
        ein: Niemand verliert Funktionen.": a loss denied with a negative pronoun as its subject or object ("Niemand
        verliert Funktionen", "Keiner wird gesperrt", "Niemandem wird das Konto gesperrt"; no_loss) denies it to
        everyone, the refusers told in one of the two sentences before it with their loss included: D26's
        possible/`unspecified` (the 2021 reversal). The sentence names no refusal and no consent of its own (those
        are `_refusal_without_loss`'s) and no condition ("Niemand verliert seine Chats, wenn er ein Backup macht"),
        and no grace period ("Keiner wird vorerst gesperrt, erst ab Juni": none read here, D26-vorerst included). Not
        a question. Issue 7, session 44, opt44 (own80-053; challenge_gen21's O34)."""
        c = self.c
        out: list[_Candidate] = []
        for si, start, end in _unclaimed(sents, found, context, first=0):  # the first for the terms as cause (opt53)
            own = text[start:end]
            if _NEGATIVE_PERSON.search(own) is None:
                continue  # the literals first
            # The refusers with their loss in one of the two sentences before, claimed or not: a plan retold ("Wer die
            # Regeln ablehnt, sollte ab Mai eingeschränkt werden", no item by D50 (a)) is the loss the reversal denies
            # as much as a claimed one (session 45, opt45, challenge_gen21-104).
            told = self._refusers_loss_told(text, sents, si)
            spared = c.search("no_loss", own)
            if told is None and (spared is None or not self._terms_cause_told(text, sents[si], own, spared)):
                continue  # no refusers' loss told before ("Wer es nicht tut, ...": the other readers'), nor the
                # terms named as what the loss denied to all would follow from ("dass niemand wegen der neuen
                # Bedingungen Funktionen verliert"; issue 7, session 53, opt53)
            if spared is None or _NEGATIVE_PERSON.search(spared.group()) is None:
                continue  # the negative pronoun is not the denied loss's subject or object
            # (a clause opened by a condition, "..., solange er nicht zustimmt": the denial holds only under it;
            # negation.has_conditional_clause, the one reader of a condition's start, opt49)
            if is_question(own) or has_conditional_clause(own) or c.has("refuse", own) or c.has("accept", own):
                continue
            contrast = _contrast_against_denial(own, spared) if told is not None else _CONTRAST_WORD.search(own) is not None
            if contrast or self._loss_after(own, spared.end()):
                continue  # "Keiner ... verliert dagegen seine Chats", "Niemand wird gesperrt, aber die Funktionen werden
                # eingeschränkt": a spared part set against the loss, or a loss told after it (review44, 04:52)
            if _grace_period(own, 0, None, d26=False):
                continue  # "Keiner wird vorerst gesperrt, erst ab Juni": for now, the loss may come (precision first)
            # the statement after a lead's colon ("WhatsApp lenkt ein: Niemand verliert Funktionen")
            colon = own.rfind(":", 0, spared.start())
            lo, hi = _trim(text, start + colon + 1 if colon >= 0 else start, end)
            out.append(_Candidate(si, "possible", "unspecified", lo, hi))
        return out

    def _restriction_after(self, text: str, sents: list[tuple[int, int]], found: list[_Candidate]) -> None:
        """A possibility that names no use, restricted right after it in its sentence ("Widerspruch ist möglich,
        allerdings nur gegen die Nutzung der Daten für Werbezwecke"): the one use the restriction names."""
        for cand in _unscoped_possibilities(found):
            m = _S.restricted_after.match(text, cand.end, sents[cand.si][1])
            if m is None:
                continue
            uses = self._uses_named(m.group())
            if uses:
                cand.scope = uses[0]  # ads before friend suggestions, as where both are named (the convention)

    @staticmethod
    def _no_more_than(text: str, found: list[_Candidate]) -> None:
        """"Mehr als den Werbeaspekt können Sie nicht abwählen": denying more than X grants X, so a not_possible claim
        of one use opened so is possible for that use (a denial of the whole sharing stays)."""
        for cand in found:
            if cand.stance == "not_possible" and cand.scope in _SCOPES_POSSIBLE and (
                _S.no_more_than.match(text, cand.start, cand.end)
            ):
                cand.stance = "possible"

    def _short_end(self, sent: str) -> bool:
        """A short sentence that ends something, its subject a pronoun or the option's time, naming no object, scope or
        data ("Diese Zeiten sind vorbei", "Nach den 30 Tagen geht das nicht mehr")."""
        c = self.c
        return (
            len(sent) < 60 and c.has("supersede", sent) and _S.ended_subject.search(sent) is not None
            and not self._has_scope(sent)
            and not any(c.has(name, sent) for name in ("explicit_object", "transfer_object", "data", "objection"))
        )

    @staticmethod
    def _scope_of_earlier_option(found: list[_Candidate], si: int) -> str | None:
        """The scope of the option whose deadline ends before sentence `si`: `ads` where an earlier scoped possibility
        names it (the one switch of the 30 days serves ads and friend suggestions, the convention for the two named
        together), else the nearest earlier scoped possibility's; None without one."""
        earlier = [f for f in found if f.stance == "possible" and f.scope != "unspecified" and f.si < si]
        if not earlier:
            return None
        return "ads" if any(f.scope == "ads" for f in earlier) else max(earlier, key=lambda f: f.si).scope

    def _announced_by_heading(self, doc: Doc, text: str, found: list[_Candidate]) -> set[int]:
        """Ids of the objectless `all_sharing` denials in a heading ("+++ 11.40 Uhr: Kein Opt-out möglich +++")
        whose section states the same denial with its object ("Einen Widerspruch gegen die Weitergabe der
        Telefonnummer wird es nicht geben"): the heading announces that statement, not one of its own."""
        blocks = doc_value(doc, "blocks")
        if not blocks:
            return set()
        out: set[int] = set()
        for cand in found:
            if cand.stance != "not_possible" or cand.scope != "all_sharing":
                continue
            block = block_at(doc, cand.start)
            if block is None or block.kind != "heading" or not self._objectless(text[cand.start:cand.end]):
                continue
            if any(
                other.stance == cand.stance and other.scope in _SCOPES_NOT_POSSIBLE
                for other in _claims_under(doc, found, block)
            ):
                out.add(id(cand))
        return out

    @staticmethod
    def _scope_from_section(doc: Doc, found: list[_Candidate]) -> None:
        """A possible objection in a heading that names no use ("So widersprechen Sie der Datenweitergabe") announces
        its section: it takes the scope of the possible claims under it, when they all name one use."""
        for cand in _unscoped_possibilities(found):
            block = block_at(doc, cand.start)
            if block is None or block.kind != "heading":
                continue
            under = {
                other.scope for other in _claims_under(doc, found, block)
                if other.stance == "possible" and other.scope != "unspecified"
            }
            if len(under) == 1:
                cand.scope = under.pop()

    def _earlier_transfer(self, text: str, sents: list[tuple[int, int]], si: int) -> str:
        """The nearest of the three sentences before `si` that states a transfer ("Was weitergegeben wird,
        ist Ihre Telefonnummer"), else "". Not across a paragraph break: a bare "die Weitergabe" takes its scope by
        reference only right after the transfer it refers to (the lead's decision D3); a new paragraph (a new entry
        of a live blog, a new answer) names its own object."""
        for sj in range(si - 1, max(-1, si - 4), -1):
            if _paragraph_break(text, sents[sj][0], sents[sj + 1][0]):
                break
            other = text[sents[sj][0]:sents[sj][1]]
            if self.c.has("transfer", other) and not is_question(other):
                return other
        return ""

    def _after_refusal(
        self, text: str, sents: list[tuple[int, int]], si: int, found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """Refusing the terms in sentence `si` (also asked: "Und wenn ich nicht zustimme?"), the
        consequence in one of the two next ones ("Dann können Sie WhatsApp nicht weiter nutzen");
        or consent asked for in `si` and "Wer das nicht tut, kann ... nur noch eingeschränkt nutzen"."""
        c = self.c
        sent = text[sents[si][0]:sents[si][1]]
        # A refusal asked without a word of consent ("Und wer nicht mitmacht?", "Und wer die Regeln ablehnt?"; session
        # 30, opt52, own52-045) asks for its consequence as "Und wenn ich nicht zustimme?" does.
        asked_refusal = is_question(sent) and c.has("refuse", sent)
        if not (c.has("accept", sent) or asked_refusal) or any(f.si == si and f.stance == "not_possible" for f in found):
            return []
        if self._refusals(sent) and not self._vorerst_loss_later(text, sents, si):
            return []  # the refusal's outcome is told here, and it costs nothing: a later threat is not it
        refused = c.has("refuse_terms", sent) or asked_refusal
        for sj in range(si + 1, min(len(sents), si + 3)):
            s0 = sents[sj][0]
            other = text[s0:sents[sj][1]]
            if is_question(other):
                return []
            lead = c.search("refuse_anaphoric", other)
            if not refused and (lead is None or sj != si + 1):
                return []
            clauses = _split(other)
            # The answer to an asked refusal resuming its "wer" by "der/die" with a must-leave ("Und wer nicht
            # mitmacht? Der muss sich einen anderen Messenger suchen."): no choice but to leave (session 30, opt52).
            if asked_refusal and sj == si + 1 and (must := _S.resumptive_must.match(other)) is not None:
                rest = other[must.end():]
                if c.has("quit", rest) and c.has("quit_object", rest) and not has_negation(rest) and context[sj]:
                    start, end = _trim(other, 0, clauses[clause_index(clauses, must.end() - 1)][1])
                    return [_Candidate(sj, "not_possible", self.accept_scope(sent + " " + other), s0 + start, s0 + end)]
            # "„... Wird mein Konto jetzt gesperrt?“, will eine Leserin wissen": a loss asked in a quoted question
            # states nothing (session 34, opt59, own60-042).
            asked = _S.quoted_question.search(other)
            for m in c.finditer("consequence", other, lead.end() if lead else 0):
                if asked is not None and m.start() < asked.start():
                    continue
                ci = clause_index(clauses, m.start())
                own = other[clauses[ci][0]:clauses[ci][1]]
                if PHRASES["indirect_question"].match(own):
                    continue  # "Ob WhatsApp die Einschränkungen doch noch einführt, bleibt abzuwarten": asked, not told
                # "Ihr Konto wird nicht gelöscht" is no consequence. The negation read is the consequence's own part of
                # the clause, between commas: a second loss joined by a comma ("..., später auch keine Anrufe mehr
                # erhalten") denies nothing of the first (session 30, opt52, own52-040).
                seg_lo = max(clauses[ci][0], other.rfind(",", clauses[ci][0], m.start()) + 1)
                seg_hi = other.find(",", m.end(), clauses[ci][1])
                part = other[seg_lo:clauses[ci][1] if seg_hi < 0 else seg_hi]
                plain = c.sub("refuse_anaphoric", " ", c.sub("consequence", " ", part))
                # "Niemand verliert sein Konto": a loss denied of everyone is none either.
                if has_negation(plain) or self._spares(own, 0) or not context[sj]:
                    continue
                lo = clause_index(clauses, lead.start()) if lead else ci
                start, end = _trim(other, clauses[lo][0], clauses[ci][1])
                return [_Candidate(sj, "not_possible", self.accept_scope(sent + " " + other), s0 + start, s0 + end)]
        return []

    def _objecting_who(self, text: str, sents: list[tuple[int, int]], candidates: set[int]) -> set[int]:
        """The sentences of `candidates` that open with a "Wer ...," clause holding an objection and no negation
        ("Wer widerspricht, ...", "Ergebnis: Wer der Nutzung widerspricht, ..."): a condition whose main clause
        may tell the objection's result (`_results`)."""
        out: set[int] = set()
        for si in candidates:
            s0, s1 = sents[si]
            who = _S.who_step.match(text, s0, s1)
            if who is not None and self.c.has("objection", who.group()) and not has_negation(who.group()):
                out.add(si)
        return out

    def _results(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], bare_steps: set[int] | None = None
    ) -> list[_Candidate]:
        """A how-to objection (or a switch-off step with no object of its own, `bare_steps`) whose result names
        the scope in one of the three next sentences: "So geht der Opt-out: ... Häkchen entfernen. Dann nutzt
        Facebook eure Daten nicht für Ads."."""
        c = self.c
        out: list[_Candidate] = []
        steps = sorted({f.si for f in found if f.stance == "possible" and f.scope == "unspecified"} | (bare_steps or set()))
        for si in steps:
            for sj in range(si, min(len(sents), si + 4)):
                s0 = sents[sj][0]
                other = text[s0:sents[sj][1]]
                if sj == si:
                    # The step's own main clause after "Wer ...," ("Wer das Häkchen entfernt, sieht auf Facebook
                    # keine Werbung mehr"): the result told in the step's sentence.
                    own = _S.who_step.match(other) if si in (bare_steps or set()) else None
                    if own is None or not c.has("result_negation", other[own.end():]):
                        continue
                elif is_question(other) or not (
                    (c.has("result_start", other) and c.has("result_negation", other))
                    # "Das verhindert, dass Facebook die Daten für Werbung nutzt": a prevention told right after the step
                    or (sj == si + 1 and c.has("result_prevents", other))
                ):
                    continue
                scope = self._use_named(other)
                # the data may be the number ("Wer den Haken entfernt, wird nicht mit Werbung auf Basis seiner
                # Nummer bombardiert"; session 33, opt57, own57-026)
                if scope is None or not (c.has("data", other) or c.has("facebook", other) or c.has("scope_phone_number", other)):
                    continue
                stretch = text[sents[si][0]:sents[sj][1]]
                if not (c.has("data", other) or c.has("scope_phone_number", other)) and not (
                    _TARGET_NAMED.search(stretch) or c.has("transfer", stretch)
                ):
                    continue  # "In den Werbeeinstellungen den Regler schieben. Facebook zeigt dir dann keine personalisierte
                    # Werbung mehr": Facebook's own setting; the step and its result name no WhatsApp data, no messenger
                    # and no transfer (session 41, opt41)
                # The step's own result ends at a semicolon, which opens a statement of its own ("...; dieses Recht
                # gibt es für neue Nutzer nicht", own49-043; issue 7, session 29, opt29).
                stop = other.find(";", own.end()) if sj == si and own is not None else -1
                start, end = _trim(other, 0, stop if stop >= 0 else len(other))
                out.append(_Candidate(sj, "possible", scope, s0 + start, s0 + end, refines=si))
                break
        return out

    def _step_in_condition(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], gated: set[int], context: list[bool]
    ) -> list[_Candidate]:
        """A switch step told as its sentence's condition with the result after it ("Nimmt man es heraus, werden die
        Daten nicht für Facebook-Werbung verwendet", "Häkchen weg – dann gibt's keine Werbung auf Facebook"):
        possible with the scope the result names, like a step whose result follows in the next sentence
        (`_results`). The switch is named in the condition or, by its pronoun, in the sentence before."""
        c = self.c
        out: list[_Candidate] = []
        claimed = {f.si for f in found}
        # A verb-first step may hold no gate word ("Nimmt man es heraus, ..."): its switch is then in the sentence before.
        for si in sorted((gated | {g + 1 for g in gated if g + 1 < len(sents)}) - claimed):
            s0, s1 = sents[si]
            sent = text[s0:s1]
            step = _S.step_condition.search(sent) if may_hold(_WORDS["step_condition"], sent) else None
            if step is None or not context[si] or is_question(sent):
                continue
            condition, result = sent[:step.end()], sent[step.end():]
            prev = text[sents[si - 1][0]:sents[si - 1][1]] if si > 0 else ""
            switch = c.has("tick", condition) or c.has("control", condition) or (
                _S.step_pronoun.search(condition) is not None and (c.has("tick", prev) or c.has("control", prev))
            )
            if not switch or not c.has("result_negation", result):
                continue
            scope = self._use_named(result)
            if scope is None or not (c.has("data", result) or c.has("facebook", result)):
                continue
            lo, hi = _trim(text, s0 + (0 if step.start() < 3 else step.start()), s1)
            out.append(_Candidate(si, "possible", scope, lo, hi))
        return out

    def _passed_after_results(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], gated: set[int], context: list[bool]
    ) -> list[_Candidate]:
        """"... nicht für Werbung. Die Nummer geht trotzdem rüber": a transfer told as happening anyway after an
        objection that only a step's result (`_results`, read after the sentences) states; the per-sentence pass
        saw no objection before it."""
        results = [f for f in found if f.refines is not None or f.stance == "possible"]
        claimed = {f.si for f in found}
        out: list[_Candidate] = []
        for si in sorted(gated - claimed):
            if not context[si] or not any(si - 4 <= f.si < si for f in results):
                continue
            sent = text[sents[si][0]:sents[si][1]]
            if self.c.has("anyway", sent) and not is_question(sent):
                out.extend(self._passed_anyway(text, sents, si, sent, _split(sent), found))
        return out

    def _passed_anyway_late(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """A transfer told as going on anyway ("Aber: Die Telefon-Nummer bekommt Facebook trotzdem", "Die Nummer
        selbst, las sie, bekam Facebook trotzdem") after an option any step of the document read (a step under a
        heading, a tick removed in a condition) up to `_CHOICE_REACH` sentences before, in a sentence no statement
        claims: the per-sentence pass and `_passed_after_results` look four sentences back at the options read so
        far. CONTRACT's 'passed on anyway', the lead's D49 (d) (issue 7, session 33, scope33)."""
        options = [f for f in found if f.stance == "possible" and f.scope != "unspecified"]
        claimed = {f.si for f in found}
        out: list[_Candidate] = []
        for si, (s0, s1) in enumerate(sents):
            if si in claimed or not context[si] or not any(si - _CHOICE_REACH <= f.si < si for f in options):
                continue
            sent = text[s0:s1]
            # The number alone, with a concessive cue ("trotzdem", "ohnehin", "in jedem Fall"): what goes on despite
            # the option, far from it. Other data ("Die Daten fließen trotzdem" after a promise or a law) and a
            # condition's "auch dann" take their antecedent from nearer: the first measurement read three such false.
            if (
                self.c.has("anyway", sent) and _S.anyway_concessive.search(sent) and not is_question(sent)
                and self.c.has("scope_phone_number", sent)
            ):
                late = self._passed_anyway(text, sents, si, sent, _split(sent), found + out, reach=_CHOICE_REACH)
                out.extend(f for f in late if f.scope == "phone_number")
        return out

    def _partial_spans(self, sent: str, clauses: list[tuple[int, int]], prev: str) -> list[tuple[int, int]]:
        """Consent to all or nothing: "Eine Auswahl einzelner Punkte ist nicht vorgesehen" in or after
        `prev` (the two sentences before, maybe a question) about consenting to the terms."""
        c = self.c
        if not (c.has("accept", sent) or c.has("accept", prev)):
            return []
        for m in c.finditer("partial_object", sent):
            ci = clause_index(clauses, m.start())
            own = sent[clauses[ci][0]:clauses[ci][1]]
            if c.has("impossible", own):
                return [clauses[ci]]
            # A fronted subject: "Eine Möglichkeit, sich nur einzelnen Punkten zu verweigern, | gibt es nicht".
            if ci + 1 < len(clauses):
                nxt = sent[clauses[ci + 1][0]:clauses[ci + 1][1]]
                if self._opens_predicate(sent, clauses[ci + 1][0], "EXIST") and c.has("impossible", nxt):
                    lo = ci - 1 if ci > 0 and c.has("possibility", sent[clauses[ci - 1][0]:clauses[ci - 1][1]]) else ci
                    return [(clauses[lo][0], clauses[ci + 1][1])]
        return []

    def _answer_unless_said(
        self, text: str, sents: list[tuple[int, int]], si: int, context: list[bool], found: list[_Candidate]
    ) -> list[_Candidate]:
        """`_answer`, except where the question names nothing and the answer's own words after the "Nein" make the
        same statement ("Kann man widersprechen? Nein, einen Widerspruch sieht die neue Richtlinie nicht vor"): one
        statement, whose scope those words give; the bare "Nein" adds no second claim with a default scope."""
        answers = self._answer(text, sents, si, context)
        if not answers or si == 0:
            return answers
        question = text[sents[si - 1][0]:sents[si - 1][1]]
        said = [f for f in found if f.si == si]
        if not said or not self._objectless(question):
            return answers
        return [a for a in answers if not any(f.stance == a.stance and f.start >= a.start for f in said)]

    def _answer(self, text: str, sents: list[tuple[int, int]], si: int, context: list[bool]) -> list[_Candidate]:
        """A "Ja"/"Nein" answering the question before it ("Muss ich zustimmen? Ja, wenn ...")."""
        c = self.c
        s0, s1 = sents[si]
        sent = text[s0:s1]
        asked = _asked(text[sents[si - 1][0]:sents[si - 1][1]])
        if asked is None and si > 1 and is_question(text[sents[si - 2][0]:sents[si - 2][1]]):
            # the asker's own remark between question and answer ('"Kann ich ... für Facebook-Ads ...? Ich hab das
            # Pop-up einfach akzeptiert" | Antwort: Ja, ...'): a statement with no cue of objecting or of (im)possibility
            # of its own, before an answer that opens with its marker (session 29, scope29, own50-028)
            remark = text[sents[si - 1][0]:sents[si - 1][1]]
            if _S.answer.match(sent, body_start(sent, 0, len(sent))) and not any(
                c.has(cue, remark) for cue in ("objection", "impossible", "possibility")
            ):
                asked = text[sents[si - 2][0]:sents[si - 2][1]], False
        if asked is None:
            return []
        question, reported = asked
        if not reported and si > 1 and _S.echo_question.fullmatch(question.strip()):
            # "Kann ich komplett verhindern, dass ...? | Komplett? | Nein.": an echo of a word of the question before it
            # asks that question again, narrowed to the word: the answer takes both (session 41, opt41)
            before = text[sents[si - 2][0]:sents[si - 2][1]]
            if is_question(before):
                question = before + " " + question
        # Reported ("Ein Leser fragt, ob man dem widersprechen könne. Kurze Antwort: nein."): a plain answer only
        polarity = self._answer_polarity(sent)
        if reported and not (polarity is False or _S.answer.match(sent, body_start(sent, 0, len(sent)))):
            return []
        if not context[si]:
            return []
        yes = polarity is True
        stance = scope = None
        if c.has("must", question) and c.has("accept", question):
            if yes and self._third_party_asked(question):
                return []  # "Müssen die Kartellbehörden noch zustimmen?" "Ja": an approval, not the users' choice
            if yes:  # "Muss ich zustimmen?" "Ja" -> no choice; a bare "Nein" is left open.
                stance, scope = "not_possible", self.accept_scope(question + " " + sent)
            elif (
                polarity is False and (lifted := _S.duty_lifted_answer.match(sent, body_start(sent, 0, len(sent))))
                and c.has("terms_object", question) and not self._third_party_asked(question)
                and not self._loss_after(sent, lifted.end())
                and not (si + 1 < len(sents) and self._loss_after(text[sents[si + 1][0]:sents[si + 1][1]], 0))
            ):
                # "Muss ich den neuen Regeln noch zustimmen, um WhatsApp weiter zu nutzen? Nein, nicht mehr.": the duty
                # to consent to the terms lifted, D26's reversal, where no loss is told in the answer or right after it
                # (D28); not another holder's consent ("die Einwilligung der Schule": no terms named). Issue 7,
                # session 59, opt59 (review59's findings).
                stance, scope = "possible", "unspecified"
        elif (
            not yes and c.has("refuse", question) and _S.keep_using_asked.search(question)
            and not c.has("objection", question) and not object_not_sharing(c, question, question)
        ):
            # "Kann ich die neuen Bedingungen ablehnen und WhatsApp trotzdem weiter verwenden?" / "Kann ich WhatsApp weiter
            # nutzen, ohne zuzustimmen?" "Leider nicht.": refusing and staying is denied, an accept-or-leave (D1; session
            # 41, opt41). A yes is left to the readers of a costless refusal (D26).
            stance, scope = "not_possible", self.accept_scope(question + " " + sent)
        elif not yes and (kept := _S.keep_without_transfer.search(question)) is not None and c.has(
            "transfer", question[kept.start("without"):]
        ) and not has_negation(question[kept.start("without"):]):
            # "Kann ich WhatsApp behalten, ohne dass Facebook meine Nummer bekommt?" / "Eine Frau fragt, ob sie die App
            # weiter nutzen kann, ohne dass ihre Daten an Facebook gehen." "Das geht leider nicht.": staying without the
            # transfer is denied, the transfer cannot be avoided (D23's object, D3/D22: the number alone is
            # phone_number). Issue 7, session 57, opt57.
            stance, scope = "not_possible", self.scope_not_possible(question[kept.start("without"):])
        elif c.has("partial_object", question) and (c.has("accept", question) or (not yes and c.has("objection", question))):
            # "Kann ich nur einem Teil der Bedingungen zustimmen?" / "Kann ich einzelnen Punkten widersprechen?" "Nein.":
            # parts of the terms, no data named (CONTRACT: unspecified, as every such gold statement).
            if not yes:
                stance, scope = "not_possible", self.accept_scope(question + " " + sent)
        elif (
            self._objection_statements(question, _split(question), self._transfer_before_question(text, sents, si, yes))
            and c.has("possibility", question)
        ) or (
            # "Gibt es ein Opt-out?" (not "Gibt es keinen Widerspruch?": its "Nein" agrees)
            _S.exists.search(question) and not has_negation(question)
            and any(c.has(cue, question) for cue in ("objection", "control"))
        ) or (
            # "Verweigern?" asks whether one can refuse what the sentence before demands.
            _S.bare_question.match(question) and any(c.has(cue, question) for cue in ("objection", "control", "refuse"))
        ) or (
            # "Den Datenfluss an sich stoppen?": an infinitive with its object asks whether one can.
            _S.infinitive_question.match(question) and any(c.has(cue, question) for cue in ("objection", "control"))
        ) or (
            # "Kann ich sagen, meine Daten gehen nicht an Facebook?" "Nein": refusing the transfer in the user's own
            # words (D23; session 35, scope35)
            not yes and _S.say_not_shared.search(question) is not None and c.has("possibility", question)
        ):
            # A bare "Widersprechen?" asks about what the sentence before it states ("WhatsApp gibt die Nummer an
            # Facebook. Widersprechen? Fehlanzeige.").
            before = told_before_question(text, sents, si - 1) if si > 1 and _S.bare_question.match(question) else ""
            if yes:  # "Ja, aber nur für Werbezwecke": the use the answer names, else the question's
                stance = "possible"
                scope = self.scope_possible(sent if self._has_scope(sent) else question, "", before)
                if (
                    scope == "unspecified" and not self._has_scope(sent) and si > 1 and self._anaphoric_question(question)
                    and self._number_only(told_before_question(text, sents, si - 1))
                ):
                    # "Meine Nummer landet jetzt bei Facebook. Kann ich dem widersprechen? Ja, ...": the question's
                    # pronoun takes up the number-only transfer before it, as for a "Nein" (D22/D3; session 31, optprec31)
                    scope = "phone_number"
            elif (before or (si > 1 and self._anaphoric_question(question) and (
                before := told_before_question(text, sents, si - 1)
            ))) and self._number_only(before):
                # "Die Nummer geht an Facebook. Widersprechen? Nein." / "... Kann man sich dagegen wehren? Nein.": the
                # question's pronoun takes up the number-only transfer before it (D22/D3; session 30, opt51, own51-015)
                stance, scope = "not_possible", "phone_number"
            else:
                # "Kann man der neuen Richtlinie widersprechen? Nein.": the terms, not the data (CONTRACT)
                asked_before = text[sents[si - 2][0]:sents[si - 2][1]] if si > 1 else ""
                stance, scope = "not_possible", self._terms_scope(question, asked_before, self.scope_not_possible(question))
                after = text[sents[si + 1][0]:sents[si + 1][1]] if si + 1 < len(sents) else ""
                if scope == "all_sharing" and self._objectless(question) and (
                    self._leave_or_accept(sent) or self._leave_or_accept(after)
                ):
                    scope = "unspecified"  # "Widerspruch möglich? Nein – entweder akzeptieren oder verzichten"
        if stance is None or scope is None:
            return []
        start, end = _trim(sent, 0, len(sent))
        return [_Candidate(si, stance, scope, s0 + start, s0 + end)] if end > start else []

    def _transfer_before_question(self, text: str, sents: list[tuple[int, int]], si: int, yes: bool) -> str:
        """The sentence before the question that answer `si` answers, where it states a transfer and the answer is no
        "Ja" ("WhatsApp gibt die Nummer und Gerätedaten an Facebook. Kann ich das verhindern? Nein."): what the
        question's pronoun takes up, so its switch-off verb has an object (D23 with D30's pronoun; issue 7, session 35,
        scope35). Else "" (a "Ja" keeps reading the question alone)."""
        if yes or si < 2:
            return ""
        before = told_before_question(text, sents, si - 1)  # (an answer with its question: session 57, opt57)
        return before if self.c.has("transfer", before) and not is_question(before) and not has_negation(before) else ""

    def _anaphoric_question(self, question: str) -> bool:
        """Does the question's objection name its object only by a pronoun or a pronominal adverb ("Kann man sich
        dagegen wehren?", "Lässt sich dem widersprechen?", "..., man könne da widersprechen?": the anaphor cue or
        phrasing `da_objection`), no data, transfer, use or terms of its own?"""
        c = self.c
        if self._has_scope(question) or c.has("explicit_object", question) or c.has("transfer_object", question) or c.has("data", question):
            return False
        # (or a pronoun object before the question's infinitive: "Kann ich das abstellen?"; session 35, scope35)
        return c.has("anaphor", question) or _S.da_objection.search(question) is not None or (
            _S.pronoun_object.search(question) is not None
        )

    @staticmethod
    def _third_party_asked(question: str) -> bool:
        """Does a consent question ask about a third party (an authority, shareholders, a court) and not about the
        users ("Müssen die Kartellbehörden noch zustimmen?", but not "Muss ich zustimmen, obwohl die Behörde
        prüft?")?"""
        return _S.third_party_consent.search(question) is not None and _S.first_or_second_person.search(question) is None

    def _elliptic_negation(
        self, original: str, text: str, sents: list[tuple[int, int]], si: int, context: list[bool]
    ) -> list[_Candidate]:
        """A verbless "<noun phrase> nicht." after an objection, asked or stated ("Kann ich das verhindern? Die
        Weitergabe nicht." / "Der Werbung kann man widersprechen. Der Weitergabe der Nummer nicht."): not_possible
        for what the noun phrase names. Every word before "nicht" must be a noun (capitalised in `original`) or a
        function word, so "Die Nummer gibt WhatsApp nicht." (a verb) is no such ellipsis."""
        c = self.c
        s0, s1 = sents[si]
        sent = text[s0:s1]
        if not (c.has("transfer_object", sent) or self._has_scope(sent)):
            return []
        body = body_start(text, s0, s1)  # the words after the sentence's layout lead ('09:14 Uhr: ...', session 29)
        words = _WORD.findall(original[body:s0 + sent.rindex("nicht")])
        if not words or any(not (w[0].isupper() or w.lower() in _ELLIPSIS_WORDS) for w in words):
            return []
        prev = text[sents[si - 1][0]:sents[si - 1][1]]
        if not (c.has("objection", prev) or c.has("control", prev) or c.has("tick", prev)):
            return []
        if not context[si]:
            return []
        start, end = _trim(sent, 0, len(sent))
        return [_Candidate(si, "not_possible", self.scope_not_possible(sent), s0 + start, s0 + end)]

    def _restricted_answer(
        self, text: str, sents: list[tuple[int, int]], si: int, context: list[bool], found: list[_Candidate] = (),
        original: str = "",
    ) -> list[_Candidate]:
        """ "Widerspruch möglich? Nur gegen die Nutzung für Werbung.": a restricted yes to an objection
        question, possible for the use the answer names. Also a reply restricting the possibility the sentence before
        states (a speaker's turn answered by the next: "Aber man kann doch widersprechen!" | "Nur der Werbung."): the
        restricted use refines that sentence, whose unrestricted possibility is dropped (`refined_away`); only a
        verbless reply (every word a noun, capitalised in `original`, or a word of `_RESTRICTION_WORDS`), so "Nur die
        Nummer wird trotzdem übermittelt" after a possibility is no restriction of it. A negated
        contrast after it ("Nur der Werbung, nicht der Weitergabe") ends the restricted yes; what it denies is read by
        the sentence's own statements (session 30, opt51, own51-029)."""
        c = self.c
        s0, s1 = sents[si]
        sent = text[s0:s1]
        contrast = _S.restricted_contrast.search(sent)
        own = sent[:contrast.start()] if contrast is not None else sent
        if '"' in own or "“" in own or "«" in own or "»" in own or "”" in own:
            # a quoted reply closed by its inquit ('"Nur der Werbung", erwiderte sie.'): the reply without the
            # reporting verb and its speaker (phrasing `reply_inquit`; session 55, opt55)
            inquit = _S.reply_inquit.search(own)
            if inquit is not None:
                own = own[:inquit.start() + 1]
        if not self._has_scope(own) or has_negation(own):
            return []
        question = text[sents[si - 1][0]:sents[si - 1][1]]
        refines = None
        if is_question(question):
            if not (c.has("objection", question) or c.has("control", question) or c.has("tick", question)):
                return []
        elif any(f.si == si - 1 and f.stance == "possible" and f.refines is None for f in found):
            body = body_start(text, s0, s1)
            words = _WORD.findall(original[body:s0 + len(own)])
            if not words or any(
                not (w[0].isupper() or w.isdigit() or w.lower() in _RESTRICTION_WORDS or w.lower() in _REPLY_WINDOW_WORDS
                     or read_word(w) is not None)
                for w in words
            ):
                return []
            refines = si - 1  # the possibility stated just before, restricted by this reply
        else:
            return []
        if not context[si]:
            return []
        start, end = _trim(sent, 0, len(own))
        if end <= start:
            return []
        return [_Candidate(si, "possible", self.scope_possible(own, "", ""), s0 + start, s0 + end, refines=refines)]

    def _block_answer(self, doc: Doc, text: str, start: int, end: int) -> bool | None:
        """A short answer ("Leider nicht.", "Das geht.") opening the answer block of a question:
        True for yes, False for no, None when the sentence is no such answer."""
        polarity = self._answer_polarity(text[start:end])
        if polarity is None:
            return None  # the short answer shapes first: they are anchored and cheap, the block look-up is not
        block = block_at(doc, start)
        if block is None or block.kind != "answer" or block.intro is None or text[block.start:start].strip():
            return None
        return polarity

    # ------------------------------------------------------------ objection statements
    def _cue_matches(
        self, sent: str, layer: dict[str, list[_TokenCue]] | None = None, rules: int | None = None
    ) -> list[tuple[re.Match[str] | _TokenCue, bool]]:
        """Every objection / switch-off / choice cue in `sent`, in text order (True for switch-off cues).

        Switch-off cues still need an object (`_control_object`), checked per region. `layer` adds
        the token cues of the sentence (split separable verbs: "schaltet ... ab") where no regex
        cue already covers the word. `rules`: the sentence's rule gates from the document's one scan
        (`Cues.sentence_rules`), the answers `Cues.may` would give, when `sent` is a whole sentence.
        """
        c = self.c
        bit = c.rule_bit
        if rules is None:
            rules = sum(bit[name] for name in ("objection", "control", "choice") if c.may(name, sent))
        found = [(m, False) for m in c.rx["objection"].finditer(sent)] if rules & bit["objection"] else []
        if rules & bit["control"]:
            found.extend((m, True) for m in c.rx["control"].finditer(sent))
        if (
            rules & bit["choice"]
            and c.rx["choice"].search(sent)
            and not c.has("no_choice", sent)
            and not c.has("no_choice_alone", sent)
            and (c.has("transfer", sent) or c.has("scope_ads", sent) or c.has("scope_friend_suggestions", sent))
        ):
            found.extend((m, False) for m in c.rx["choice"].finditer(sent))
        if layer:
            covered = [(m.start(), m.end()) for m, _ in found]
            extra = [(cue, True) for cue in layer.get("CONTROL", [])]
            extra.extend((cue, False) for cue in layer.get("OBJECTION", []))
            if (
                c.has("transfer", sent) or c.has("scope_ads", sent) or c.has("scope_friend_suggestions", sent)
            ) and not c.has("no_choice", sent):
                extra.extend((cue, False) for cue in layer.get("CHOICE", []))
            found.extend(
                (cue, control) for cue, control in extra
                if not any(_overlap((cue.start(), cue.end()), span) for span in covered)
            )
        found.sort(key=lambda pair: pair[0].start())
        return found

    def _control_object(self, cue: re.Match[str] | _TokenCue, sent: str, region: str, prev: str) -> bool:
        """Does the switch-off cue have an object about ads, the phone number or the transfer?"""
        c = self.c
        if _S.ruled_out.match(cue.group()) and _S.object_clause.match(sent, cue.end()) and not _users_exclude(sent, cue.start()):
            return False  # "Man kann nicht ausschließen, dass ...": it may happen, not a user's switch
        if _S.deal_stopped.search(sent, max(0, cue.start() - 90), cue.start()):
            return False  # "die Übernahme von WhatsApp durch Facebook zu stoppen": the deal, not the data
        if any(m.start() <= cue.start() < m.end() for m in c.finditer("anyway", sent)):
            # "Die Nummer wird auch bei deaktiviertem Schalter übermittelt": the switched-off state is the condition
            # the transfer goes on under (cue anyway), not a user's option (session 34, opt59, own59-019)
            return False
        if c.has("partial_object", region) and c.has("impossible", region):
            return True  # "Eine Möglichkeit, einzelne Punkte abzulehnen, gibt es nicht"
        if _S.consent_withdrawn.match(cue.group()) and (c.has("objection", prev) or self._has_scope(prev)):
            return True  # "Danach lässt sich die Freigabe nicht mehr zurückziehen" after an objection to ads
        if cue.group().endswith("ung"):
            # A noun ("Deaktivierung des Zugriffs auf die Kontakte") takes its object right after it.
            after = sent[cue.end():cue.end() + 60]
            return self._has_scope(after) or c.has("transfer_object", after)
        if (
            c.has("scope_ads", sent)
            or c.has("scope_friend_suggestions", sent)
            or (c.has("explicit_object", sent) and c.has("facebook", sent))
            or c.has("scope_phone_number", region)
            or c.has("transfer_object", region)
            or (c.has("scope_phone_number", sent) and c.has("transfer", sent))  # "verhindern, dass ... die Nummer ... gibt"
        ):
            return True
        # "Dafür hätte man ein Häkchen entfernen müssen" after "Und widersprechen?"; "Verhindern können die
        # Nutzer das nicht" after "Facebook bekommt die Nummern"
        if is_question(prev) and len(prev) < 80 and (self._has_scope(prev) or c.has("transfer_object", prev)):
            return True  # the object is the topic asked about: "Und die Werbung? Die kann man abstellen."
        if (fronted := _S.fronted_pronoun_object.search(region)) and (c.has("transfer", prev) or c.has("transfer_object", prev)) and (
            _FRONTED_PRONOUN_ANTECEDENT[_FRONTED_PRONOUN.findall(fronted.group())[-1]].search(prev)
        ):
            return True  # "Die Nummer geht an Facebook. Verhindern ließ sie sich nicht." (session 58, opt58)
        return (c.has("anaphor", region) or _S.pronoun_object.search(region) is not None) and (
            c.has("objection", prev) or c.has("scope_ads", prev) or c.has("scope_friend_suggestions", prev)
            or c.has("transfer", prev) or (c.has("accept", prev) and c.has("terms_object", prev))
        )

    def _objection_statements(
        self,
        sent: str,
        clauses: list[tuple[int, int]],
        prev: str,
        earlier_transfer: Callable[[], str] | None = None,
        layer: dict[str, list[_TokenCue]] | None = None,
        rules: int | None = None,
    ) -> list[_Statement]:
        """One statement per clause region holding a qualifying cue.

        `earlier_transfer` gives the last earlier sentence stating a transfer: a bare "die Übermittlung"
        that cannot be prevented takes its scope from there. `rules`: as for `_cue_matches`."""
        c = self.c
        out: list[_Statement] = []
        done: set[int] = set()
        for cue, control in self._cue_matches(sent, layer, rules):
            ci = clause_index(clauses, cue.start())
            if ci in done:
                continue
            result: tuple[int, int] | None = None
            earlier: int | None = None
            who: int | None = None
            lo, hi, shared_modal = self._region(sent, clauses, ci)
            start, end = clauses[lo][0], clauses[hi][1]
            region = sent[start:end]
            if control and not self._control_object(cue, sent, region, prev):
                continue
            if "einfluss" in cue.group() and not _S.users.search(region):
                continue  # "Die Richtlinie habe keinen Einfluss auf ...": not the users who cannot act
            if cue.group().lower().startswith("widersp") and _S.contradiction.search(region):
                continue  # "Sicherheit und Komfort müssen kein Widerspruch sein": a contradiction, no objection
            if PHRASES["institution_objecting"].search(sent, start, cue.start()):
                continue  # "..., wenn kein Mitgliedstaat widerspricht": an institution in a procedure, not the users
            if any(m.start() <= cue.start() < m.end() for m in _S.authority_ban.finditer(sent, start, end)):
                continue  # "Die Behörde kann die Übermittlung nicht untersagen", "... könne man von Hamburg aus nicht
                # untersagen": an authority's power to ban, not the users' option (session 46, opt46)
            if any(m.start() <= cue.start() < m.end() for m in PHRASES["deal_objected"].finditer(sent, start, end)):
                continue  # "Die EU-Kommission konnte der Übernahme nicht widersprechen": an authority objecting to the
                # purchase itself, a merger procedure (issue 7, session 28, year28)
            if object_not_sharing(c, sent, region, prev):
                continue
            if _S.procedure_objection_noun.search(cue.group().lower()) and (
                _S.legal_appeal.search(region) or _S.institution_subject.search(sent, start, cue.start())
            ):
                # "Das Unternehmen kann Einspruch einlegen": the legal remedy against a decision, no opt-out; "Die
                # EU-Kommission erhob keinen Einspruch": an institution approving the deal, not the users' objection.
                continue
            if _S.raised_objection_noun.search(cue.group().lower()) and not self.c.has("possibility", region):
                continue  # "Brüssel hatte keine Einwände erhoben": what someone raised or not, no option told
            if (self._embedded(region, cue.start() - start) and not _S.cleft_object.match(sent, end)) or self._not_the_users(
                sent, start, region
            ):
                continue
            done.update(range(lo, hi + 1))
            if (ended := self._coordinated_deadline_end(sent, start, end)) is not None:
                # "Widersprechen konnte man nur der Werbenutzung, und diese Frist ist längst abgelaufen": the
                # deadline's end is a main clause of its own; the option's region stops before it, so the option
                # stays a claim and `_supersede_in_sentence` reads the end (issue 7, session 49, opt49)
                end = ended
                region = sent[start:end]
            if c.has("supersede", region):
                scope = self.scope_not_possible(region)  # the use an end names ("... gibt es nicht mehr": ads), else all of it
                out.append(_Statement("not_possible", self._terms_scope(region, prev, scope, sent), start, end))
            elif c.has("impossible", region) or _neither_nor(sent, start, cue.start()):
                if _S.did_not.search(region) and not c.has("possibility", region):
                    continue  # "Ich habe nicht widersprochen": what someone did, not what one can do
                if _S.unless_objected.search(region) and not c.has("possibility", region):
                    # "Facebook durfte die Nummern für Werbung nutzen, wenn die Nutzer nicht widersprochen hatten":
                    # the objection is the use's condition, an option the sentence presupposes.
                    out.append(_Statement("possible", self.scope_possible(region, sent[:start], prev), start, end))
                    continue
                # The object may be the "dass" clause after the cue: "Man kann nicht verhindern, | dass die
                # Telefonnummer bei Facebook landet" (what cannot be prevented is the number's transfer).
                if not (self._has_scope(region) or c.has("transfer_object", region)):
                    while hi + 1 < len(clauses) and sent.startswith(("dass ", "daß ", "ob "), clauses[hi + 1][0]):  # or "ob": "kann nicht entscheiden, | ob ..."
                        hi, end = hi + 1, clauses[hi + 1][1]
                    # or the fronted one before it: "Dass die Nummer übertragen wird, | kannst du nicht abstellen",
                    # also where a colon opens that main clause ("Doch das ist nur die halbe Wahrheit: | Dass die
                    # Nummer an Facebook geht, | kann niemand verhindern"; session 33, opt57, own57-020).
                    if lo >= 1 and _S.object_that.match(sent, clauses[lo - 1][0]) and (
                        lo == 1 or ":" in sent[clauses[lo - 2][1]:clauses[lo - 1][0]]
                    ):
                        lo, start = lo - 1, clauses[lo - 1][0]
                    done.update(range(lo, hi + 1))
                    region = sent[start:end]
                scope = self.scope_not_possible(self._without_told_option(region))
                if scope != "all_sharing" and self._own_statement_beside_transfer(region, cue.start() - start):
                    scope = "all_sharing"  # D16 / D29: the denial's own words, not the transfer told before it
                if scope == "all_sharing" and is_question(prev) and len(prev) < 80 and not c.has("explicit_object", region):
                    scope = self.scope_not_possible(prev)  # "Die Weitergabe der Nummer? Lässt sich nicht verhindern."
                if scope == "all_sharing" and c.has("bare_transfer_noun", region) and not _S.whole.search(region):
                    scope = "phone_number" if self._number_only(earlier_transfer() if earlier_transfer else "") else scope  # the number alone, or all of it
                elif scope == "all_sharing" and c.has("partial_object", region):
                    scope = self.accept_scope(region)  # "einzelne Punkte abzulehnen, gibt es nicht": all or nothing
                elif (
                    scope == "all_sharing"
                    and (
                        _S.leading_anaphor.match(region)
                        or _S.pronoun_object.search(region)
                        # "Ein Einspruch dagegen ...", but not the contrastive "dagegen" beside an object of its own
                        or (_S.against_it.search(region) and not c.has("transfer_object", region))
                    )
                    and self._number_only(prev)
                ):
                    scope = "phone_number"  # "... reicht die Telefonnummern weiter. Dem kann man nicht widersprechen."
                if scope == "all_sharing" and (
                    _S.other_purpose.search(region) or (c.has("anaphor", region) and _S.other_purpose.search(sent))
                ):
                    scope = "unspecified"  # "beim Abgleich für die Spam-Abwehr": a use none of the scopes names
                if scope == "all_sharing" and sent[:start].rstrip().endswith(":") and self._objectless(region):
                    # "Weitergabe der Nummer: nicht abschaltbar": a verdict after its line's label takes the label's
                    # object, as a possibility does (session 55, opt55)
                    labelled = self.scope_not_possible(sent[sent.rfind("\n", 0, start) + 1:start])
                    scope = labelled if labelled in ("phone_number", "ads", "friend_suggestions") else scope
                out.append(_Statement("not_possible", self._terms_scope(region, prev, scope, sent), start, end))
                out.extend(self._elliptic_exception(sent, clauses, hi))
            elif (
                shared_modal
                or (who := self._who_effect(sent, clauses, lo, hi)) is not None
                or c.has("possibility", region)
                or c.has("deadline", region)
                or self._fixing_choice(cue, sent, clauses, hi, region)
                or _effect_in(layer, start, end)
                or (result := self._conditional_result(sent, clauses, lo, hi, cue.end())) is not None
                or (earlier := self._result_before(sent, clauses, lo)) is not None
            ):
                line_lo, line_hi = sent.rfind("\n", 0, cue.start()) + 1, sent.find("\n", cue.start())
                if _S.bare_term_line.fullmatch(sent, line_lo, len(sent) if line_hi < 0 else line_hi):
                    continue  # "Opt-out – Widerspruch(smöglichkeit)": a glossary line names the option, states none
                if _S.hypothetical.search(region) or (_S.object_that.match(region) and self._demand_governs(sent, start)):
                    continue  # what a ruling would require, or what someone demands ("fordern, dass Nutzer ... können")
                if _S.supposed_option.match(sent, clauses[ci][0], clauses[ci][1]):
                    continue  # "wenn Nutzer ... widersprechen könnten": an option supposed, not told (session 55, opt55)
                if _S.decide_against_service.search(region) and not self._has_scope(region):
                    continue  # "... oder sich gegen die weitere Nutzung des Dienstes entscheiden": leaving (session 55, opt55)
                if _S.legal_norm.search(sent):
                    continue  # "Ein Widerspruchsrecht ... ist im deutschen Recht vorgesehen": the law's norm, no option offered
                if _S.leaving_verb.search(cue.group().lower()) and not (
                    self._has_scope(region) or c.has("transfer_object", region)
                ):
                    continue  # "Wer aussteigen will, sollte vorher seine Chats sichern": leaving the service, no opt-out
                goes_on = _S.transfer_goes_on.search(sent, start, end)
                if goes_on is not None:
                    # "Schaltet man ihn ab, | bleibt die Übermittlung bestehen": the act leaves the transfer in place;
                    # what it does stop is a possibility only where named ("..., stoppt die Werbung; | die Weitergabe
                    # läuft aber weiter").
                    gi = clause_index(clauses, goes_on.start())
                    out.append(_Statement("not_possible", self.scope_not_possible(sent[clauses[gi][0]:clauses[gi][1]]), *clauses[gi]))
                    if gi != hi or gi == lo or not self._has_scope(sent[start:clauses[gi - 1][1]]):
                        continue
                    hi, end = gi - 1, clauses[gi - 1][1]
                    region = sent[start:end]
                if who is not None:  # "Wer ihn umlegt, | verhindert ...": the user is the "Wer" clause
                    lo, start = who, clauses[who][0]
                    region = sent[start:end]
                local = region
                if result is not None:  # "Entfernt ihr den Haken, | nutzt Facebook eure Daten nicht für Werbung"
                    hi, end = result
                    local = sent[start:end]
                elif earlier is not None:  # "Facebook nutzt die Nummern nicht für Werbung, | wenn Nutzer widersprechen"
                    lo, start = earlier, clauses[earlier][0]
                    local = sent[start:end]
                # "festlegen, dass Facebook die Daten nicht nutzt, um Ihnen Werbung zu zeigen"
                nxt = hi + 1
                while nxt < min(len(clauses), hi + 3) and _S.object_clause.match(sent, clauses[nxt][0]):
                    local += " " + sent[clauses[nxt][0]:clauses[nxt][1]]
                    if sent.startswith(("dass", "daß", "ob "), clauses[hi + 1][0]):
                        end = clauses[nxt][1]
                    nxt += 1
                before = sent[:start]
                scope = self.scope_possible(local, before, prev)
                if scope != "unspecified" and not self._has_scope(local) and self._has_scope(before):
                    start = self._subject_start(sent, clauses, lo)
                out.append(_Statement("possible", scope, start, end))
        if out:
            out.extend(self._elliptic_clauses(sent, clauses, done))
        return out

    def _coordinated_deadline_end(self, sent: str, start: int, end: int) -> int | None:
        """Where a region's option ends before a coordinated main clause whose subject is the option's deadline run
        out (", und diese Frist ist längst abgelaufen", "; die Frist war aber schon vorbei": phrasing
        `deadline_expired`), or None: the end of the words before the conjunction, when they hold no end of their
        own (a supersede cue) and the region holds one deadline's end only."""
        dl = _S.deadline_expired.search(sent, start, end)
        if dl is None:
            return None
        joint = _DEADLINE_JOINT.search(sent, start, dl.start())
        if joint is None or joint.end() != dl.start() or self.c.has("supersede", sent[start:joint.start()]):
            return None
        return _trim(sent, start, joint.start())[1]

    def _elliptic_clauses(self, sent: str, clauses: list[tuple[int, int]], done: set[int]) -> list[_Statement]:
        """A verbless "<noun phrase> nicht" clause after a statement in the same sentence ("Abschalten können
        Nutzer nur die Werbung, die Übertragung nicht."; "Sie können der Werbung widersprechen, nicht aber der
        Übermittlung selbst"): not_possible for what it names."""
        c = self.c
        out: list[_Statement] = []
        for ci in range(1, len(clauses)):
            own = sent[clauses[ci][0]:clauses[ci][1]]
            if ci in done or not (
                _S.elliptic_clause.match(own) or _S.elliptic_clause_not_first.match(own)
                # "Abwählen kann man nur die Werbung, | nicht den Datenfluss": the contrast of a restrictive "nur"
                or (_S.elliptic_after_only.match(own) and _ONLY.search(sent, clauses[ci - 1][0], clauses[ci - 1][1]))
            ):
                continue
            if c.has("transfer_object", own) or self._has_scope(own):
                out.append(_Statement("not_possible", self.scope_not_possible(own), *clauses[ci]))
        return out

    def _conditional_result(
        self, sent: str, clauses: list[tuple[int, int]], lo: int, hi: int, after: int
    ) -> tuple[int, int] | None:
        """The result after a condition holding the user's act ("Entfernt ihr den Haken, nutzt Facebook eure
        Daten nicht für Werbeanzeigen"; "Wenn Sie das Häkchen entfernen, ..."), when it is negated and
        names a use: (last clause index, end offset) of the statement, else None. The result is the rest
        of the clause after a comma (the splitter keeps a verb-first result in the clause) or the next clause."""
        c = self.c
        if not _S.condition.match(sent, clauses[lo][0]):
            return None
        comma = sent.find(",", after, clauses[hi][1])
        if comma >= 0:
            ci, rest = hi, (comma + 1, clauses[hi][1])
        elif hi + 1 < len(clauses):
            ci, rest = hi + 1, clauses[hi + 1]
        else:
            return None
        end = rest[1]
        # The use may stand in an object clause after the result: "..., nutzt Facebook die Daten nicht, | um Ihnen
        # Werbung anzuzeigen" (the negation stays in the result clause itself).
        negated = has_negation(sent[rest[0]:end])
        while ci + 1 < len(clauses) and _S.object_clause.match(sent, clauses[ci + 1][0]):
            ci, end = ci + 1, clauses[ci + 1][1]
        nxt = sent[rest[0]:end]
        if negated and self._has_scope(nxt) and (c.has("data", nxt) or c.has("facebook", nxt)):
            return ci, end
        return None

    def _result_before(self, sent: str, clauses: list[tuple[int, int]], lo: int) -> int | None:
        """The negated result before a condition holding the objection ("Facebook wird die Nummern nicht für
        Werbung verwenden, | wenn Nutzer widersprechen"): the result clause's index, else None."""
        c = self.c
        if lo == 0 or not _S.if_clause.match(sent, clauses[lo][0]):
            return None
        before = sent[clauses[lo - 1][0]:clauses[lo - 1][1]]
        if has_negation(before) and self._has_scope(before) and (c.has("data", before) or c.has("facebook", before) or c.has("scope_phone_number", before)):
            return lo - 1
        return None

    def _own_statement_beside_transfer(self, region: str, at: int) -> bool:
        """Is the denial (its cue at offset `at` of `region`) a statement of its own joined to a transfer told before
        it in the same clause of the splitter, one that names no data, use or pronoun of its own? A bare denial
        after "und"/"aber"/"doch" or a semicolon ("Die Telefonnummer wird weiterhin an Facebook übermittelt, und ein
        Widerspruch ist nicht vorgesehen"; D16, own46-038) or a denial of the whole transfer after a comma ("Die
        Nummer selbst fließt trotzdem zu Facebook, komplett abstellen lässt sich der Datenaustausch nicht"; D29,
        own45-028) is about the sharing as a whole, not about the number of the clause before. Not an object or
        condition clause before it ("Dass die Nummer an Facebook geht, lässt sich nicht verhindern"), not a pronoun
        or a transfer noun of the denial's own that refers to it ("dagegen", "der Weitergabe"; D3, D22)."""
        c = self.c
        joins = list(_S.joined_main_clause.finditer(region, 0, at))
        if joins:
            before, own, whole_only = region[:joins[-1].start()], region[joins[-1].end():], False
        else:
            comma = region.rfind(",", 0, at)
            if comma < 0:
                return False
            before, own, whole_only = region[:comma], region[comma + 1:], True
        if _S.subordinate_start.match(before) or not c.has("transfer", before):
            return False
        if (
            self._has_scope(own) or c.has("anaphor", own) or _S.pronoun_object.search(own)
            or _S.against_it.search(own) or _S.leading_anaphor.match(own)
        ):
            return False
        if _S.whole.search(own):
            return not whole_only or c.has("transfer", own) or c.has("transfer_object", own)
        return not whole_only and not (
            c.has("transfer_object", own) or c.has("explicit_object", own) or c.has("bare_transfer_noun", own)
        )

    def _names_own_data(self, own: str) -> bool:
        """Does a statement tell a transfer of data of its own besides the number ("Die Telefonnummer und die
        Gerätedaten gehen trotzdem an Facebook, dagegen ...")? Then its pronoun refers to that transfer."""
        return self.c.has("transfer", own) and self._names_more_than_the_number(own)

    def _names_more_than_the_number(self, text: str) -> bool:
        """Does `text` name other data besides the phone number, a data word outside the number's own words or the
        number in a list with others ("die Nummer samt Kontakten")? Then a statement of its transfer is all of it,
        not the number alone (the lead's decision D3)."""
        c = self.c
        return c.has("data", c.rx["scope_phone_number"].sub(" ", text)) or _S.number_with_data.search(text) is not None

    def _number_only(self, sent: str) -> bool:
        """`sent` passes on the phone number and nothing else (no other data, no enumeration after it)."""
        c = self.c
        return (
            c.has("transfer", sent)
            and c.has("scope_phone_number", sent)
            and not c.has("data", c.rx["scope_phone_number"].sub(" ", sent))
            and _S.after_number_list.search(sent) is None
        )

    @staticmethod
    def _embedded(region: str, at: int) -> bool:
        """The cue at offset `at` stands in an embedded question opening the region ("Ob man widersprechen kann,
        ist unklar"); a cue in the main clause after it counts ("Ob die Daten fließen, entscheidet der Nutzer nicht")."""
        if not _S.embedded_question.match(region):
            return False
        comma = region.find(",")
        # A second question joined by "und ob"/"oder ob" is asked too ("Sie will wissen, ob sie die Weitergabe
        # unterbinden kann, und ob der Widerspruch etwas bringt"; session 31, opt53, own54-024).
        while comma >= 0 and _S.joined_question.match(region, comma + 1):
            comma = region.find(",", comma + 1)
        return comma < 0 or at < comma

    def _fixing_choice(
        self, cue: re.Match[str] | _TokenCue, sent: str, clauses: list[tuple[int, int]], hi: int, region: str
    ) -> bool:
        """The user or the switch fixes what Facebook may do ("Er legt fest, ob Facebook die Daten für Werbung
        verwenden darf"): a choice verb with a user or switch subject and an object clause is a possibility."""
        return (
            (getattr(cue, "label", "") == "CHOICE" or (isinstance(cue, re.Match) and self.c.has("choice", cue.group())))
            and hi + 1 < len(clauses)
            and _S.object_clause.match(sent, clauses[hi + 1][0]) is not None
            and _S.chooser.match(region) is not None
        )

    def _elliptic_exception(self, sent: str, clauses: list[tuple[int, int]], hi: int) -> list[_Statement]:
        """The verbless exception after an impossibility: "Dem könne man nicht widersprechen, lediglich der
        Verwendung für Werbezwecke" (possible for what the elliptic clause names)."""
        for ci in range(hi + 1, min(len(clauses), hi + 3)):
            own = sent[clauses[ci][0]:clauses[ci][1]]
            if not _S.ellipsis_start.match(own):
                continue
            if has_negation(own) or self._names_objection(own):
                return []  # a clause of its own, read by the cue loop
            scope = self._use_named(own)
            return [_Statement("possible", scope, *clauses[ci])] if scope else []
        return []

    def _not_the_users(self, sent: str, start: int, region: str) -> bool:
        """The company objects ("Facebook kann gegen den Bescheid Einspruch erheben"): no opt-out."""
        c = self.c
        if c.has("company_subject", region):
            return True
        legal = region + " " + sent[:start] if c.has("anaphor", region) else region
        return c.has("legal_object", legal) and not (
            self._has_scope(region) or c.has("transfer_object", region) or c.has("data", region)
        )

    def _region(self, sent: str, clauses: list[tuple[int, int]], ci: int) -> tuple[int, int, bool]:
        """Clause indexes [lo, hi] of the statement around the cue in clause `ci`, and whether it
        shares the modal of the clause before ("Man kann X nicht verhindern, wohl aber Y untersagen")."""
        c = self.c
        own = sent[clauses[ci][0]:clauses[ci][1]]
        if c.has("impossible", own) or c.has("supersede", own):
            return ci, ci, False
        if c.has("possibility", own):
            if _S.only_end.search(own) and ci + 1 < len(clauses):
                return ci, ci + 1, False  # "Ganz aussteigen kann nur, | wer WhatsApp nicht mehr nutzt"
            # A fronted subject the splitter kept whole: "Eine Möglichkeit, einzelne Punkte abzulehnen, | gibt es nicht".
            # A temporal clause has its own finite verb, so the next clause is not its predicate: "Anders als 2016,
            # | als Nutzer widersprechen konnten, | gibt es diesmal keinen Schalter" states a possibility for 2016.
            if ci + 1 < len(clauses) and not _S.temporal_start.search(own):
                nxt = sent[clauses[ci + 1][0]:clauses[ci + 1][1]]
                if not c.has("objection", nxt) and (
                    (self._opens_predicate(sent, clauses[ci + 1][0], "EXIST") and (c.has("impossible", nxt) or c.has("supersede", nxt)))
                    or self._opens_predicate(sent, clauses[ci + 1][0], "HAVE_DENIED")
                    # A wish in a "Wer" clause is the subject of the denial after it: "Wer dem widersprechen
                    # möchte, | hat keine Möglichkeit" (its "möchte" is no possibility).
                    or (_S.who_clause.match(own) and c.has("impossible", nxt))
                ):
                    return ci, ci + 1, False
            return ci, ci, False
        if ci > 0 and _S.ellipsis_start.match(own) and c.has("possibility", sent[clauses[ci - 1][0]:clauses[ci - 1][1]]):
            return ci, ci, True
        lo = hi = ci
        # A fronted infinitive with its object clause before the modal: "Verhindern, | dass die Daten bei Facebook
        # ankommen, | können Sie nicht" is one statement.
        if (
            ci + 2 < len(clauses)
            and sent.startswith(("dass ", "daß "), clauses[ci + 1][0])
            and not c.has("possibility", own)
            and len(own.split()) <= 3
        ):
            after = sent[clauses[ci + 2][0]:clauses[ci + 2][1]]
            if c.has("impossible", after) or c.has("possibility", after):
                return ci, ci + 2, False
        told = 0
        if ci + 2 < len(clauses) and _S.earlier_option_told.fullmatch(sent[clauses[ci + 1][0]:clauses[ci + 1][1]].strip()):
            told = 1  # "Einen Widerspruch, | wie es ihn 2016 gab, | gibt es nicht mehr": the told option stands between
            # the fronted subject and its predicate (D33's comparison; issue 7, session 35, scope35)
        if ci + 1 < len(clauses) and not self._own_statement_after_semicolon(sent, clauses, ci):
            nxt = sent[clauses[ci + 1 + told][0]:clauses[ci + 1 + told][1]]
            # The predicate of a fronted subject, or of a "Wer ..." clause ("Wer der Werbenutzung widerspricht, |
            # hat dafür 30 Tage Zeit"); a clause with an objection of its own is a statement of its own
            # ("..., um der Werbung zu widersprechen, | ist ein Widerspruch diesmal nicht vorgesehen").
            if not _S.contrast_start.match(nxt) and not c.has("objection", nxt) and not _S.temporal_start.search(own) and (
                self._opens_predicate(sent, clauses[ci + 1 + told][0], "EXIST")
                or c.has("impossible", nxt)
                or c.has("supersede", nxt)
                or (not told and _S.who_clause.match(own))
                or (not told and _S.only_end.search(own))  # "Ganz aussteigen kann nur, | wer WhatsApp nicht mehr nutzt"
                or (not told and ":" in sent[clauses[ci][1]:clauses[ci + 1][0]] and (c.has("deadline", nxt) or c.has("possibility", nxt)))
            ):
                hi = ci + 1 + told
                # "Wer sich dagegen entscheidet, | dass Facebook ... nutzt, | muss einen Schalter umlegen"
                while _S.who_clause.match(own) and hi + 1 < len(clauses) and _S.object_clause.match(sent, clauses[hi][0]):
                    hi += 1
        # A clause of its own telling an act ("..., er hatte sie stets abgelehnt") borrows nothing from the clause
        # before it (session 43, opt43)
        if ci > 0 and not _S.pronoun_perfect_clause.match(own):
            before = sent[clauses[ci - 1][0]:clauses[ci - 1][1]]
            if c.has("possibility", before) or c.has("impossible", before):
                lo = ci - 1
        return lo, hi, False

    def _own_statement_after_semicolon(self, sent: str, clauses: list[tuple[int, int]], ci: int) -> bool:
        """Clause ci+1 follows a semicolon and denies on its own ("Den Nutzern blieb nur, der Werbung zu widersprechen;
        die Weitergabe selbst ließ sich nicht abwählen"): a second statement, not the predicate of clause ci."""
        if ";" not in sent[clauses[ci][1]:clauses[ci + 1][0] + 1]:
            return False
        nxt = sent[clauses[ci + 1][0]:clauses[ci + 1][1]]
        return self.c.has("impossible", nxt) or self.c.has("supersede", nxt)

    @staticmethod
    def _who_effect(sent: str, clauses: list[tuple[int, int]], lo: int, hi: int) -> int | None:
        """A "Wer ..." clause as the subject of a switch-off verb in the indicative ("Wer ihn nutzt, verhindert
        personalisierte Werbung"): what the user does has that effect, a possibility. The clause index of the
        "Wer" clause, else None (the splitter keeps both in one clause unless another break falls between)."""
        for ci in range(max(0, lo - 1), hi + 1):
            if _S.who_clause.match(sent, clauses[ci][0]) and _S.who_then_effect.search(sent, clauses[ci][0], clauses[hi][1]):
                return ci
        return None

    def _subject_start(self, sent: str, clauses: list[tuple[int, int]], lo: int) -> int:
        """Start of the "Wer ..."/"Wenn ..." clause up to three clauses before clause `lo` (else its own)."""
        for ci in range(lo - 1, max(-1, lo - 4), -1):
            if _S.subject_clause.match(sent, clauses[ci][0]):
                return clauses[ci][0]
        return clauses[lo][0]

    def _objectless(self, text: str) -> bool:
        """`text` names nothing an objection could concern: no data, transfer, use or terms."""
        c = self.c
        return not (
            self._has_scope(text) or c.has("explicit_object", text) or c.has("transfer_object", text)
            or c.has("data", text) or c.has("terms_object", text) or c.has("anaphor", text)
        )

    def _leave_or_accept(self, text: str) -> bool:
        """`text` says the terms must be accepted or the service left ("Entweder akzeptieren oder verzichten",
        "keine Wahl", "muss zustimmen")."""
        c = self.c
        return c.has("no_choice_alone", text) or c.has("no_choice", text) or (c.has("must", text) and c.has("accept", text))

    def _device_object(self, sent: str, at: int) -> bool:
        """Does the switch noun ending at `at` of `sent` stand against a use or the transfer ("Einen Schalter gegen die
        Weitergabe an Facebook", "keine Option gegen die Werbenutzung"), or against what was named before
        ("dagegen")? A switch against spam or viruses is none (layer27; `_derive`'s device_against)."""
        m = _S.device_against.match(sent, at)
        if m is None:
            return False
        if not m.group().strip().startswith("gegen"):
            return True  # "dagegen", "hiergegen": read back like "Widerspruch dagegen"
        rest = sent[m.end():m.end() + 80]
        return self._has_scope(rest) or self.c.has("transfer_object", rest) or self.c.has("transfer", rest)

    def _has_scope(self, text: str) -> bool:
        return any(self.c.has(f"scope_{scope}", text) for scope in _SCOPES_POSSIBLE)

    # ------------------------------------------------------------ scopes (public: the learned stages read them)
    def scope_possible(self, local: str, before: str = "", prev: str = "") -> str:
        """Scope of a possible objection in `local` (lowered): a use its own clauses name, else (anaphor or no
        object) one named in `before` (the clauses before it) or, ads or friend suggestions only, in `prev` (the
        sentence before); else all_sharing where the objection is to passing the data as a whole to Facebook
        (`_whole_transfer`); else "unspecified"."""
        c = self.c
        for scope in _SCOPES_POSSIBLE:
            if c.has(f"scope_{scope}", local):
                return scope
        # a switch's or menu's quoted label names no object ("den Haken bei „Meine Account-Info teilen“ entfernen",
        # D75 (a)): the clause is objectless and takes the use named before it (issue 7, session 59, opt59)
        objectless = c.has("anaphor", local) or not c.has("explicit_object", _without_setting_labels(local))
        # "Wer das nicht für Werbezwecke verwendet haben möchte, kann der Nutzung widersprechen": a bare use noun takes
        # the use the clauses before it name (session 34, opt59, own60-040); the previous sentence is not asked.
        bare_use = not objectless and _S.bare_use_object.search(local) is not None and not (
            c.has("data", local) or c.has("transfer_object", local))
        if bare_use:
            for scope in _SCOPES_POSSIBLE:
                if c.has(f"scope_{scope}", before):
                    return scope
        if objectless:
            for scope in _SCOPES_POSSIBLE:
                if c.has(f"scope_{scope}", before):
                    return scope
            # "dem letzten Punkt widersprechen": the object is in the previous sentence.
            if (scope := self._use_named(prev)) is not None:
                return scope
        if self._whole_transfer(local) or (objectless and self._whole_transfer(before)):
            return "all_sharing"
        # "WhatsApp gibt die Daten seiner Nutzer an Facebook weiter. Wer das nicht will, kann dem widersprechen": an
        # objection with no object of its own right after the sentence that passes the data as a whole to Facebook
        # concerns that transfer (the antecedent of "dem"/"dagegen"; conv23's all_sharing, scope25).
        if objectless and prev and self._whole_transfer(prev) and (
            c.has("anaphor", local) or c.has("anaphor", before) or _S.dative_pronoun.search(local)
        ):
            return "all_sharing"
        return "unspecified"

    def _whole_transfer(self, text: str) -> bool:
        """Does `text` name the passing on of the data as a whole to Facebook ("der Weitergabe ihrer Daten an
        Facebook", "der Datenweitergabe an Facebook", "dass WhatsApp seine Daten an Facebook überträgt")? The
        convention of the studied writers (docs/extraction-quality.md, "An objection to the passing on as a whole"):
        CONTRACT's all_sharing, as the text says it, even where the real 2016 option only concerned ads. Data with
        no article ("der Weitergabe von Daten") are some data, not all of them: unspecified, as the dev gold has it."""
        c = self.c
        return c.has("whole_data", text) and c.has("facebook", text) and (
            c.has("transfer_object", text) or c.has("transfer", text))

    def _costless_scope(self, text: str) -> str:
        """Scope of a refusal that costs nothing: the one use the refusal names when it names no transfer ("Die
        Verweigerung der Einwilligung in die Werbenutzung bleibt ohne Folgen": ads, as the verbal "Wer die Einwilligung
        in die Werbenutzung verweigert, ..." reads), else `accept_scope` (session 30, optprec30; challenge_scope-048)."""
        uses = self._uses_named(text)
        if len(uses) == 1 and not self.c.has("transfer_object", text) and not self.c.has("transfer", text):
            return uses[0]
        return self.accept_scope(text)

    def accept_scope(self, text: str) -> str:
        """Scope of an accept-or-leave statement (CONTRACT; the lead's decision D1): all_sharing where `text` names the
        data sharing ("Wer nicht will, dass seine Daten zu Facebook gelangen, muss WhatsApp löschen"), phone_number
        where it names the number at Facebook, else unspecified ("Wer nicht zustimmt, kann WhatsApp nicht mehr
        nutzen"; "Wer das nicht will, muss gehen" after a transfer)."""
        c = self.c
        text = c.sub("partial_object", " ", text)  # "Teilen der Bedingungen" are parts, not sharing
        # "Wer nicht will, dass seine Daten für Facebook-Werbung genutzt werden, muss gehen": the wish names a use as
        # its purpose and no transfer, so the statement keeps that use (D1: what it names), not the data's all_sharing.
        if (purpose := _S.purpose_named.search(text)) and not (c.has("transfer_object", text) or c.has("transfer", text)):
            if (use := self._use_named(purpose.group(0))) is not None:
                return use
        if _S.unwilling_number_transfer.search(text):
            return "phone_number"  # "Wer die Weitergabe der Nummer ganz verhindern will, ...": the number alone
        # "Wer verhindern möchte, dass seine Nummer an Facebook geht, muss die App löschen": the wish (the statement's
        # own condition, not another clause of the sentence) names the number alone passed on to Facebook (D1: the
        # data it names; D3: the number alone).
        if (
            (c.has("unwilling", text) or _S.wish_to_prevent.search(text))
            and c.has("scope_phone_number", text) and c.has("facebook", text) and c.has("transfer", text)
            and not c.has("data", text) and not c.has("transfer_object", text) and not _S.number_with_data.search(text)
        ):
            return "phone_number"
        # "muss zustimmen - und damit zulassen, | dass die Nummer an Facebook geht": the consent told as allowing a
        # transfer names the data it lets pass (D1; D3: the number alone; session 33, opt57, own58-023).
        if (allowed := _S.allowing_transfer.search(text)) is not None:
            clause = text[allowed.end():]
            if c.has("facebook", clause) and c.has("transfer", clause) and c.has("scope_phone_number", clause) and not (
                c.has("data", clause) or c.has("transfer_object", clause) or _S.number_with_data.search(clause)
            ):
                return "phone_number"
        # "Wer nicht möchte, dass Informationen an den Konzern gelangen, ...": the buyer named by an epithet (own57-019).
        if c.has("transfer_object", text) or (
            c.has("data", text) and (c.has("facebook", text) or _S.company_recipient.search(text))
        ) or _S.whole_exit.search(text):
            return "all_sharing"
        if _S.number_with_data.search(text) and c.has("facebook", text):
            return "all_sharing"  # "dass seine Nummer und seine Kontakte an Facebook gehen": the number with other data (D3)
        # "Wer seine Nummer nicht an Facebook geben will, hat nur eine Möglichkeit: ...": the statement itself names
        # the number passed on (D1: the data it names; D3: the number alone).
        if _S.unwilling_number.search(text) and c.has("facebook", text):
            return "phone_number"
        return "unspecified"

    def _terms_scope(self, region: str, prev: str, scope: str, sent: str = "") -> str:
        """An impossibility whose object is the terms, not the data ("Widersprechen können Sie der Richtlinie selbst
        nicht"; "Eine Möglichkeit, das abzulehnen, gibt es nicht mehr" after "Wer den Regeln nicht zustimmt, ...")
        names no data sharing: unspecified (CONTRACT), like an accept-or-leave statement. Not where its sentence `sent`
        sets the denial against the earlier option ("Die neue Richtlinie kam ohne jede Widerspruchsmöglichkeit, wie es
        sie 2016 gab"): D33's comparison makes it a denial of objecting to the transfer, all_sharing by D16 (session
        34, opt59, own59-053)."""
        c = self.c
        if scope != "all_sharing" or c.has("transfer_object", region) or c.has("data", region) or self._has_scope(region):
            return scope
        if sent and (_S.earlier_option_told.search(sent) or _S.earlier_comparison.search(sent)):
            return scope  # ("..., anders als noch vor fünf Jahren", "wie damals 2016": the comparison without a clause)
        # (the terms as a consent's own object count too: "Ihre Zustimmung zu den neuen Bedingungen können Nutzer nicht
        # mehr zurückziehen"; review57, session 57, opt57)
        consents = [m.span() for m in _S.consent_object.finditer(region)] if "zustimmung" in region or "einwillig" in region else []
        if any(
            not _S.after_preposition.search(region, 0, m.start()) or any(a <= m.start() < b for a, b in consents)
            for m in c.finditer("terms_object", region)
        ):
            return "unspecified"
        # No object of its own, or a pronoun: the terms the sentence before asks to accept or refuse ("Wer die
        # Richtlinie ablehnt, ... Ein Widerspruchsrecht besteht nicht").
        anaphoric = (
            _S.leading_anaphor.match(region) or _S.pronoun_object.search(region) or c.has("anaphor", region)
            or not c.has("explicit_object", region)
        )
        if anaphoric and c.has("terms_object", prev) and (c.has("accept", prev) or c.has("refuse", prev)) and not (
            c.has("transfer_object", prev) or c.has("data", prev) or c.has("transfer", prev)
        ):
            return "unspecified"
        return scope

    def scope_not_possible(self, text: str) -> str:
        """Scope of an impossibility by what `text` names; the number as a means ("auf Basis Ihrer Nummer Bekannte
        vorschlagen") is not the object."""
        text = _S.number_as_means.sub(" ", text)
        text = _S.data_examples.sub(" ", text)  # "Daten wie die Telefonnummer und ...": the data as a whole
        # "Für Freundesvorschläge darf der Konzern die Nummer verwenden, ein Widerspruch ist nicht vorgesehen": the
        # purpose is what cannot be refused; the number is only what it uses (where nothing is passed on).
        if (use := _S.purpose_use.search(text) if may_hold(_WORDS["purpose_use"], text) else None) and not self.c.has(
            "transfer", text
        ):
            if (scope := self._use_named(use.group(0))) is not None:
                return scope
        if _S.number_with_data.search(text):
            return "all_sharing"  # the number with other data: the lead's decision D3 (session 17)
        for scope in _SCOPES_NOT_POSSIBLE:
            if self.c.has(f"scope_{scope}", text):
                return scope
        return "all_sharing"

    # The private names the learned stages of older commits call (models/learned/loso.py runs old opt_out.py
    # files with today's models/learned/, and today's features.py with them): kept as aliases.
    _scope_possible = scope_possible
    _scope_not_possible = scope_not_possible
    _accept_scope = accept_scope

    # ------------------------------------------------------------ supersession
    def _gated_matches(self, rx: re.Pattern[str], rule: str, text: str, sents: list[tuple[int, int]]) -> list[re.Match[str]]:
        """The matches of `rx.finditer(text)` that start in a stretch around the sentences rule `rule`'s gate opens on
        (speed29b, issue 10): every match the caller reads lies inside one sentence and holds one of the words every
        match holds (`pattern_literals`, all in the gate), so it starts in a gated sentence. No match of these
        phrasings, and no lookahead of theirs, can read past a ".", "!" or "?" (tests/test_models_speed_paths.py), so a
        stretch is scanned from right after the last such mark before its first sentence (no match of the whole-text
        scan runs across that point) up to and including the first mark after its last sentence (the engine reads
        nothing beyond it for a match starting inside): the whole-text matches, in order, that start in the stretches."""
        if rule not in self.c.rule_bit:  # a cue file of its own without this gate: the whole-text scan
            return list(rx.finditer(text))
        masks, bit = self._sentence_rules(text, sents), self.c.rule_bit[rule]
        memo = self._marks_memo
        if memo is None or memo[0] is not text:
            memo = self._marks_memo = (text, [m.start() for m in _SENTENCE_MARK.finditer(text)])
        marks = memo[1]
        stretches: list[list[int]] = []
        for si, (s0, s1) in enumerate(sents):
            if not masks[si] & bit:
                continue
            k = bisect.bisect_left(marks, s0)
            a = marks[k - 1] + 1 if k else 0
            if stretches and a <= stretches[-1][1]:
                stretches[-1][1] = max(stretches[-1][1], s1)
            else:
                stretches.append([a, s1])
        out: list[re.Match[str]] = []
        for a, b in stretches:
            k = bisect.bisect_left(marks, b)
            e = marks[k] + 1 if k < len(marks) else len(text)
            for m in rx.finditer(text, a, e):
                if m.start() >= b:
                    break
                out.append(m)
        return out

    def _ended_option_subject(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """An option noun that is the subject of its own end, with a relative clause telling which option it was
        ("Die Option, die es 2016 für die Werbenutzung gab, existiert nicht mehr"): not_possible with the one use the
        statement names (superseded-option convention), unless the sentence has a not_possible claim of that scope.
        A predicate of the option's own before the end ("..., betraf nur die Werbung und ist längst verschwunden")
        tells the option as a fact of its time: possible with that use too."""
        out: list[_Candidate] = []
        starts = [a for a, _ in sents]
        for m in self._gated_matches(_S.ended_option_subject, "ended_option_subject", text, sents):
            si = bisect.bisect_right(starts, m.start()) - 1
            s0, s1 = sents[si]
            if m.end() > s1 or not context[si] or is_question(text[s0:s1]):
                continue
            named = self._uses_named(m.group(0))
            if len(named) != 1:
                continue
            if not any(f.si == si and f.stance == "not_possible" and f.scope == named[0] for f in found):
                out.append(_Candidate(si, "not_possible", named[0], *_trim(text, m.start(), m.end())))
            # The option's own noun phrase read as an offer ("Die Widerspruchsmöglichkeit für Werbezwecke, ...,
            # wurde abgeschafft"): named as what ended, not offered (gen23, session 23)
            found[:] = [
                f for f in found
                if not (f.si == si and f.stance == "possible" and m.start() <= f.start and f.end <= m.end())
            ]
            if m.group("told") and self.c.has("restricted_to", m.group("told")):
                out.append(_Candidate(si, "possible", named[0], *_trim(text, m.start(), m.end("told"))))
        return out

    # the branches of phrasing `option_gone` (end_inv, end_company: session 33, scope33)
    _END_GROUPS = ("end_pron", "end_pred", "end_noun", "end_object", "end_inv", "end_company")

    @staticmethod
    def _gone_ends(text: str, sents: list[tuple[int, int]], context: list[bool]) -> Iterator[tuple[int, re.Match[str]]]:
        """The ends of phrasing `option_gone` in the sentences of the deal's context that are no question, each
        matched in its own sentence (its branches anchor at the sentence's start): (sentence index, match)."""
        for si in _reader_families().sentences(text, sents)["gone"]:  # (the shared reading: the words of an end)
            if not context[si]:
                continue
            s0, s1 = sents[si]
            sent = text[s0:s1]
            if is_question(sent):
                continue
            for m in _S.option_gone.finditer(sent):
                yield si, m

    def _option_gone(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """The end of an option told just before, said with an end of being or abolishing whose subject or object is
        that option, a pronoun for it or its definite noun (phrasing `option_gone`: "2016 gab es noch einen Haken gegen
        die Werbenutzung - der ist weg", "Die Option von 2016 galt nur für Werbung und ist heute nicht mehr
        verfügbar", "Nach Ablauf der 30 Tage verschwindet die Option", "Die Einstellung, womit man 2016 ...
        widersprechen konnte, hat WhatsApp abgeschafft"): no "diesmal" is needed (`_this_time_denials` reads that
        marker), the end says the option is gone. not_possible with the scope of the scoped possibility told before
        the end in its sentence or the sentence before; after a time past the window ("nach den 30 Tagen",
        "danach") the nearest one told before (the superseded-option convention; issue 7, session 32, scope32).
        A claim of the sentence over the end read `unspecified` or `all_sharing` takes that scope; a possibility
        running on over a second predicate ("... und ist heute nicht mehr verfügbar") ends before it."""
        out: list[_Candidate] = []
        for si, m in self._gone_ends(text, sents, context):
            group = next(g for g in self._END_GROUPS if m.group(g) is not None)
            lo, hi = sents[si][0] + m.start(group), sents[si][0] + m.end(group)
            own = text[lo:hi]
            if self._has_scope(own) or any(
                self.c.has(name, own) for name in ("explicit_object", "transfer_object", "data")
            ):
                continue  # "Danach ist die Weitergabe der Nummer weg ..." names its own object
            if _S.own_step_told.search(text, sents[si][0], lo):
                continue  # "Ich habe das gemacht, seither ist der Haken verschwunden": the user's step's result (session 33)
            # Why the sentence before only: a pronoun or a bare end takes up what was just told; a time past the
            # option's window names which option ended, however far back it was told.
            timed = group == "end_noun" and _AFTER_WINDOW.match(own) is not None
            option = _option_before(found, si, lo, back=_CHOICE_REACH if timed else 1) or next(
                (f for f in found if f.si == si and f.stance == "possible" and f.scope != "unspecified"
                 and f.start < lo < f.end), None
            )  # "Die Option, die es 2016 gab, bezog sich nur auf Werbung und ist nicht mehr verfügbar": one claim
            told = text[sents[si][0]:lo]
            if option is not None:
                scope = option.scope
            elif group in ("end_pron", "end_pred") and self.c.has("optout_noun", told) and len(
                named := self._uses_named(told)
            ) == 1 and not any(f.si == si and f.stance == "possible" for f in found):
                # "Früher gab es eine Opt-out-Möglichkeit für Werbung; die ist weggefallen": the option and its use
                # told before the end in its sentence, no claim read it; dated, it is a fact of its time as well.
                scope = named[0]
                if _YEAR.search(told) or _S.option_of_its_time.search(told):
                    stop = text.rfind("und", sents[si][0], lo) if group == "end_pred" else lo
                    out.append(_Candidate(si, "possible", scope, *_trim(text, sents[si][0], stop)))
            else:
                continue
            mine = [f for f in found if f.si == si and f.start < hi and f.end > lo]
            if any(f.stance == "not_possible" and f.scope == scope for f in mine):
                continue
            rescoped = False
            for f in mine:
                if f.stance == "not_possible" and f.scope in ("unspecified", "all_sharing"):
                    f.scope, rescoped = scope, True
                elif f.stance == "possible" and f.start < lo:
                    # "... galt nur für Werbung und ist heute nicht mehr verfügbar": the option's claim ran on
                    cut = text.rfind("und", f.start, lo) if group == "end_pred" else lo
                    f.end = _trim(text, f.start, cut)[1]
            if not rescoped:
                # the inverted order's span opens at its fronted phrase ("Mit den neuen Regeln fällt es weg")
                at = sents[si][0] + m.start() if group == "end_inv" else lo
                out.append(_Candidate(si, "not_possible", scope, *_trim(text, at, hi)))
        return out

    def _denied_option_relative(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """An option noun denied by "kein" with a relative clause saying what it would do ("Es gibt keine Einstellung,
        mit der man die Nutzung für Werbung abwählen kann", "WhatsApp bietet keinen Schalter, über den sich die
        Weitergabe stoppen lässt"): the relative clause's modal is the denied option, not a possibility. A possible
        claim of the sentence over the relative clause becomes not_possible with the scope the clause names; where no
        claim reads the sentence, the denial is added over it. A past modal in the clause tells an earlier option
        (D36, `_earlier_option_told`): left to that step."""
        c = self.c
        out: list[_Candidate] = []
        starts = [a for a, _ in sents]
        for m in self._gated_matches(_S.denied_option_relative, "denied_option_relative", text, sents):
            si = bisect.bisect_right(starts, m.start()) - 1
            s0, s1 = sents[si]
            lo, hi = m.span("rel")
            rel = text[lo:hi]
            if hi > s1 or not context[si] or is_question(text[s0:s1]) or not c.has("optout_noun", m.group("np")):
                continue
            if _S.past_modal.search(rel) or not self._names_objection(rel):
                continue
            named = self._uses_named(rel)
            scope = named[0] if len(named) == 1 else self.scope_not_possible(rel)
            mine = [f for f in found if f.si == si and f.start < hi and f.end > m.start()]
            misread = [f for f in mine if f.stance == "possible"]
            for f in misread:
                f.stance, f.scope = "not_possible", scope
            if not mine:
                out.append(_Candidate(si, "not_possible", scope, *_trim(text, s0, s1)))
        return out

    def _earlier_option_told(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """The earlier option a denial compares itself with, told in a clause of the denial's sentence as a fact of
        its time ("Ein Opt-out fehlt diesmal, anders als 2016, als man der Werbenutzung widersprechen konnte", "Einen
        Haken, wie es ihn vor fünf Jahren für die Werbung gab, gibt es nicht"; an undated "mit dem man ... konnte"
        after "Anders als 2016 ..." in its sentence, `earlier_option_relative`): possible with the one use the clause
        names (superseded-option convention: the earlier option is annotated as the text states it), unless a possible
        claim of that scope already reaches the clause. Read only in a sentence that denies an option now: one with a
        not_possible claim, or an option noun denied outside the clause ("gibt es nicht", "keinen Schalter"), which
        then also gives the end of that option, not_possible with the same use, over the sentence."""
        out: list[_Candidate] = []
        starts = [a for a, _ in sents]
        denying = {f.si for f in found if f.stance == "not_possible"}
        told = [
            *self._gated_matches(_S.earlier_option_told, "earlier_option_told", text, sents),
            *self._gated_matches(_S.earlier_option_relative, "earlier_option_told", text, sents),
            # "es gab 2016 diesen Schalter für die Werbung, den gibt es jetzt nicht mehr" (session 30, opt51)
            *self._gated_matches(_S.earlier_option_main, "earlier_option_told", text, sents),
            # "als ein Kästchen die Reklame blockierte", "Der Regler, der 2016 ... unterband, ...": what its control did
            # (D63; session 44, opt44)
            *self._gated_matches(_S.earlier_option_act, "earlier_option_told", text, sents),
            *self._gated_matches(_S.earlier_option_act_relative, "earlier_option_told", text, sents),
        ]
        for m in told:
            si = bisect.bisect_right(starts, m.start()) - 1
            s0, s1 = sents[si]
            lo, hi = m.span("clause")
            if hi > s1 or not context[si]:
                continue
            if m.re is _S.earlier_option_relative and _S.earlier_time.search(text, s0, lo) is None:
                continue  # an undated relative clause tells an earlier option only after "Anders als 2016 ..."
            named = self._uses_named(text[lo:hi])
            if len(named) != 1:
                continue
            over = [
                f for f in found
                if f.si == si and f.stance == "possible" and f.scope == named[0] and f.start < hi and f.end > lo
            ]
            # A possible claim over the whole sentence ("Anders als früher gibt es keine Einstellung mehr, mit der man
            # die Nutzung für Werbung abwählen konnte") read the told clause's modal and missed the denial outside it.
            misread = [f for f in over if f.start < lo or f.end > hi + 1]
            if over and (len(misread) < len(over) or si in denying):
                continue
            if si not in denying:
                rest = text[s0:lo] + " " + text[hi:s1]
                if is_question(text[s0:s1]) or not self.c.has("optout_noun", rest) or not (
                    _S.denied_existence.search(rest)
                    or self._verb_denies_existence(text[s0:s1], ((0, lo - s0), (hi - s0, s1 - s0)))
                    or self.c.has("denied", rest)
                ) or _S.negated_lack.search(rest):
                    continue
                # The denial is read without the told clause: its own object ("dass ein Widerspruch gegen die
                # Weitergabe an Facebook, wie er 2016 für Anzeigen möglich war, nicht mehr vorgesehen ist"), else
                # objecting now as a whole (D16, D33; the use inside the clause is the earlier option's, D36; the
                # lead's ruling of session 27, 23:38).
                if misread:
                    for f in misread:
                        f.stance = "not_possible"  # the sentence's denial (session 24)
                        f.scope = self.scope_not_possible(text[f.start:lo] + " " + text[hi:f.end])
                else:
                    out.append(_Candidate(si, "not_possible", self.scope_not_possible(rest), *_trim(text, s0, s1)))
            out.append(_Candidate(si, "possible", named[0], *_trim(text, lo, hi)))
        return out

    def _supersede_in_sentence(
        self, sent: str, clauses: list[tuple[int, int]], statements: list[_Statement]
    ) -> tuple[_Statement, bool] | None:
        """ "Früher konnten Nutzer widersprechen, seit 2021 geht das nicht mehr": (claim, earlier one dated)."""
        earlier = [st for st in statements if st.stance == "possible"]
        if not earlier:
            return None
        # (an end whose subject is the deadline, "und die Frist dafür ist inzwischen verstrichen", ends it too: phrasing
        # `deadline_expired`, read after the cue's own ends; issue 7, session 49, opt49)
        ends = [
            *self.c.finditer("supersede", sent, earlier[0].end), *_S.deadline_expired.finditer(sent, earlier[0].end)
        ]
        for m in ends:
            if any(st.start <= m.start() < st.end for st in statements):
                continue
            ci = clause_index(clauses, m.start())
            first = earlier[0]
            told = sent[first.start:first.end]
            # dated, bounded by its window or told as a fact of its past, as across two sentences (`_supersede_previous`):
            # "Der Werbenutzung konnten Nutzer nur innerhalb von 30 Tagen widersprechen; diese Frist ist abgelaufen"
            # (or its end's subject is the deadline itself: "..., und diese Frist ist längst abgelaufen" tells a window)
            dated = _YEAR.search(told) is not None or (
                (_S.option_of_its_time.search(told) is not None or _S.after_deadline.search(told) is not None
                 or _S.deadline_expired.search(sent, first.end, clauses[ci][1]) is not None)
                and _S.still_then.search(told) is None
            )
            # the end of a scoped option naming no object of its own takes that option's scope (the superseded-option
            # convention), as the end told in the next sentence does (`_scope_of_ended_option`)
            end = sent[first.end:clauses[ci][1]]
            own = any(self.c.has(name, end) for name in _OWN_OBJECT_CUES) or self._has_scope(end)
            scope = first.scope if dated and first.scope != "unspecified" and not own else "all_sharing"
            return _Statement("not_possible", scope, first.start, clauses[ci][1]), dated
        return None

    def _supersede_previous(
        self, text: str, sents: list[tuple[int, int]], si: int, sent: str, clauses: list[tuple[int, int]], prev: str
    ) -> list[_Candidate]:
        """ "Bisher hatten Nutzer die Wahl ... Bald ist dies nicht mehr möglich." (one claim over both)."""
        prev_clauses = _split(prev)
        previous = [st for st in self._objection_statements(prev, prev_clauses, "") if st.stance == "possible"]
        if not previous:
            return []
        sup = self.c.rx["supersede"].search(sent)
        assert sup is not None
        if self._other_end(sent, sup.start()):
            return []
        end = clauses[clause_index(clauses, sup.start())][1]
        start, _ = _trim(prev, previous[0].start, previous[0].end)
        stop = _trim(sent, 0, end)[1]
        scope = "phone_number" if self.c.has("scope_phone_number", sent) else "all_sharing"
        # An option dated, bounded by its window or told as a fact of its past ("Anfangs durften Nutzer ...
        # widersprechen. Diese Frist ist längst verstrichen", "... noch einen Monat lang abwählen. Danach ist es
        # vorbei") stays a claim beside its end; one that held until now ("Bisher ...") is superseded.
        # The end whose subject is the deadline ("Diese Frist ist längst abgelaufen") tells that the option had a
        # window: dated as well (phrasing `deadline_expired`; issue 7, session 49, opt49).
        dated = _YEAR.search(prev) is not None or (
            (_S.option_of_its_time.search(prev) is not None or _S.after_deadline.search(prev) is not None
             or _S.deadline_expired.search(sent, 0, end) is not None)
            and _S.still_then.search(prev) is None
        ) or _S.deadline_count.search(sent, 0, sup.start()) is not None
        # (the window told in the end's own sentence before it, "kann die Einstellung während 30 Tagen noch ändern;
        # danach ist das nicht mehr möglich": the end is the window's, the option told before stays; session 41, opt41)
        p0, s0 = sents[si - 1][0], sents[si][0]
        return [_Candidate(si, "not_possible", scope, p0 + start, s0 + stop, supersedes=not dated)]

    def _other_end(self, sent: str, end_at: int) -> bool:
        """An end that is not the option's: said of a noun of its own ("Der alte Sprachassistent hingegen ist
        verschwunden") or the result of the user's own step told in the first person before it ("Ich habe das
        gemacht, seither ist der Haken verschwunden": the tick gone). Issue 7, session 33, scope33 (challenge_gen12)."""
        clause = _split(sent)
        lo = clause[clause_index(clause, end_at)][0]
        own = _S.end_of_own_noun.match(sent, lo)
        if own is not None and own.end() > end_at - 1:
            noun = own.group("noun")
            if not (self.c.has("optout_noun", noun) or noun in _END_OF_CHOICE_NOUNS):
                return True
        return _S.own_step_told.search(sent, 0, end_at) is not None

    # ------------------------------------------------------------ passed on anyway
    def _passed_anyway(
        self,
        text: str,
        sents: list[tuple[int, int]],
        si: int,
        sent: str,
        clauses: list[tuple[int, int]],
        before: list[_Candidate],
        reach: int | None = None,
    ) -> list[_Candidate]:
        """The phone number / the data is passed on regardless of an objection (`reach`: how many sentences back the
        objection may be told, for the late pass `_passed_anyway_late`)."""
        c = self.c
        anyway = c.search("anyway", sent)
        if anyway is None and (case := _S.concessive_case.search(sent)) is not None:
            # "Die Nummer gelangt aber auch in diesem Fall zum Konzern": the case told before, conceded; read as a cue
            # only where the sentence tells a transfer, which is read without the phrase (an adjunct of the middle
            # field: "gelangt ... zum" counts its words; session 43, opt43)
            plain = blank_span(sent, *case.span())
            if c.has("transfer", plain):
                anyway, sent = case, plain
        keep = c.rx["keep_using"].search(sent) or c.rx["against_will"].search(sent)
        if anyway is not None and keep is None and _S.already_anyway.search(sent):
            # "was seit 2016 sowieso schon fließt": the transfer set against the terms' novelty, not against an option
            # (D50 (d)); another concessive cue beside it still reads (session 43, opt43)
            anyway = c.search("anyway", _S.already_anyway.sub(lambda m: " " * len(m.group()), sent))
            if anyway is None:
                self._not_conceded.add(si)  # read and declined: the learned stage leaves it alone too (`_read`)
        cue = anyway or keep
        if cue is None:
            return []
        if _asked_whether(sent, cue.start()):
            return []  # "Ob die Nummern weiterhin übertragen werden, ließ das Unternehmen offen": asked, not told
        if not c.has("transfer", sent):
            will = c.rx["against_will"].search(sent)
            if will is not None and _S.changes_nothing.search(will.group()):
                # "WhatsApp gibt die Nummer an Facebook weiter. Daran können Nutzer nichts ändern.": the users, not an
                # objection, can change nothing about the transfer told just before (session 39, opt39, own69-038)
                return self._objection_changes_nothing(text, sents, si, sent, will, users=True)
            return self._objection_changes_nothing(text, sents, si, sent, anyway)
        phone = c.rx["scope_phone_number"].search(sent)
        data = c.rx["data"].search(sent)
        target = phone or data
        back = 4 if phone else 2  # "Die Nummer geht in jedem Fall an Facebook": the objection may be further back
        pronoun: re.Match[str] | None = None
        if target is None and anyway:
            pronoun = self._pronoun_subject(sent, clauses, clause_index(clauses, anyway.start()))
            target = pronoun
        if target is None:
            # "Übertragen wird trotzdem": the object was named before, the objection may be further back.
            target = c.search("transfer_bare", sent) if anyway else None
            if target is None or clause_index(clauses, target.start()) != clause_index(clauses, anyway.start()):
                # "Die Übermittlung selbst findet weiterhin statt - daran ändert auch das Häkchen nichts": the
                # transfer told in the sentence's own clause, then an objection said to change nothing.
                nothing = next((m for m in c.finditer("anyway", sent) if _S.changes_nothing.search(m.group())), None)
                return self._objection_changes_nothing(text, sents, si, sent, nothing)
            back = 4
            pronoun = _S.pronoun_subject.search(sent, target.start(), target.end())
        if reach is not None:
            back = max(back, reach)
        if keep is None:
            context = text[sents[max(0, si - back)][0]:sents[si][1]]
            # An objection before it: a cue word, or a statement already read there ("Legt man ihn um, nutzt
            # Facebook die Daten nicht für Werbung. Die Übermittlung findet aber in jedem Fall statt.").
            # (Not D26's reversal, a possible/unspecified refusal without loss: "Wer nicht zustimmt, verliert keine
            # Funktionen. Die Weitergabe der Nummer bleibt davon unberührt" tells the transfer goes on; opt26.)
            if not self._names_objection(self._without_transfer_not_stopped(context)) and not any(
                f.stance == "possible" and f.scope != "unspecified" and si - back <= f.si < si for f in before
            ):
                return []
        ci_t = clause_index(clauses, target.start())
        ci_c = clause_index(clauses, cue.start())
        lo, hi = min(ci_t, ci_c), max(ci_t, ci_c)
        if anyway is not None and ci_t < ci_c and self._concessive_clause_alone(sent, clauses, ci_t, ci_c):
            # "Danach nutzt Facebook Ihre Daten nicht mehr für Werbezwecke – bekommen wird der Konzern sie aber
            # weiterhin": the data named in the option's negated result, the transfer going on in the concessive
            # clause after it, its pronoun taking them up (session 38, opt38)
            lo = ci_c
        # The transfer verb may sit in the clause after both ("... die Telefonnummer werde jedoch in
        # jedem Fall weitergeben").
        if not c.has("transfer", sent[clauses[lo][0]:clauses[hi][1]]) and hi + 1 < len(clauses):
            hi += 1
        span_text = sent[clauses[lo][0]:clauses[hi][1]]
        # The cue may hold a negation of its own ("ein Widerspruch ändert daran nichts").
        plain = c.rx["against_will"].sub(" ", c.sub("anyway", " ", span_text))
        if has_negation(plain) or not c.has("transfer", span_text):
            return []
        start, end = _trim(sent, clauses[lo][0], clauses[hi][1])
        s0 = sents[si][0]
        # The number among other data ("Telefonnummer, Gerätedaten und Nutzungsinformationen trotzdem"): all of it.
        scope = "phone_number" if phone and not self._names_more_than_the_number(span_text) else "all_sharing"
        if pronoun is not None and _S.singular_verb.search(span_text):
            # "Weitergegeben wird sie trotzdem": one thing, the number the sentences before name
            earlier = text[sents[max(0, si - 2)][0]:s0]
            if c.has("scope_phone_number", earlier):
                scope = "phone_number"
        return [_Candidate(si, "not_possible", scope, s0 + start, s0 + end)]

    def _concessive_clause_alone(self, sent: str, clauses: list[tuple[int, int]], ci_t: int, ci_c: int) -> bool:
        """Does the concessive clause `ci_c` of a passed-anyway cue tell the transfer by itself, after the data named
        in a NEGATED clause `ci_t` before it (the option's result: "nutzt ... nicht mehr für Werbezwecke")? It holds a
        transfer and no negation of its own; its pronoun or bare passive takes up the data. The negation before it is
        the result's, not the transfer's. Not where the sentence tells the step itself before ("Wer den Haken entfernt,
        ...; übermittelt wird sie aber trotzdem"): its result is the option, read by the step readers of unclaimed
        sentences."""
        c = self.c
        before = sent[clauses[ci_t][0]:clauses[ci_c - 1][1]]
        own = sent[clauses[ci_c][0]:clauses[ci_c][1]]
        if not has_negation(before) or not c.has("transfer", own):
            return False
        if c.has("tick", sent[:clauses[ci_c][0]]) or c.has("control", sent[:clauses[ci_c][0]]):
            return False  # the step told in the sentence: its result is read as the option (`_objecting_who`), left so
        plain = c.rx["against_will"].sub(" ", c.sub("anyway", " ", own))
        return not has_negation(plain) and (
            _S.pronoun_subject.search(own) is not None or c.has("transfer_bare", own)
        )

    def _gated_statements(
        self, text: str, sents: list[tuple[int, int]], context: list[bool], gate: str
    ) -> Iterator[tuple[int, int, str]]:
        """(index, start, text) of each sentence in the deal context whose `gate` cue may fire and that is no
        question: the sentences the passage-level passes below read."""
        bit = self.c.rule_bit[gate]
        for si, rules in enumerate(self._sentence_rules(text, sents)):
            if rules & bit and context[si]:
                s0, s1 = sents[si]
                sent = text[s0:s1]
                if not is_question(sent):
                    yield si, s0, sent

    def _unwilling_users(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """Not wanting a use and being told what to do about it is a choice: "Wer nicht will, dass Facebook seine Nummer
        für Freundschaftsvorschläge nutzt, muss in den Einstellungen aktiv werden", "Wer keine personalisierten
        Anzeigen möchte, kann ein Abo abschließen" -> possible for the use named. Quitting ("..., muss WhatsApp
        löschen") is the accept-or-leave case, and a negated act ("..., kann nichts tun") no choice: neither counts."""
        c = self.c
        out: list[_Candidate] = []
        for si, s0, sent in self._gated_statements(text, sents, context, "unwilling"):
            if any(f.si == si for f in found):
                continue
            hit = _cue_clause(c.rx["unwilling"], sent)
            if hit is None:
                continue
            m, clauses, ci = hit
            hi = ci
            while hi + 1 < len(clauses) and _S.object_clause.match(sent, clauses[hi + 1][0]):
                hi += 1
            if hi + 1 >= len(clauses):
                continue
            wanted = sent[clauses[ci][0]:clauses[hi][1]]
            act = sent[clauses[hi + 1][0]:clauses[hi + 1][1]]
            scope = self._use_named(wanted)
            if scope is None or not _S.modal_start.match(act):
                continue
            if c.has("quit", act) or c.has("consequence", act) or has_negation(act):
                continue
            start, end = _trim(sent, clauses[ci][0], clauses[hi + 1][1])
            out.append(_Candidate(si, "possible", scope, s0 + start, s0 + end))
        return out

    def _noun_answers(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """The answer to a question about objecting or switching off that names the switch, not the act: "Kann ich das
        abstellen? Einen Schalter dafür gibt es nicht." -> not_possible for what the answer or the question names
        (all of the sharing when neither names a use)."""
        c = self.c
        out: list[_Candidate] = []
        claimed = {f.si for f in found}
        for si, s0, sent in self._gated_statements(text, sents, context, "noun_answer"):
            if si == 0 or si in claimed or not c.has("optout_noun", sent):
                continue
            question = text[sents[si - 1][0]:sents[si - 1][1]]
            if not is_question(question) or not self._names_objection(question, ("objection_word",)):
                continue
            if not c.has("impossible", sent) or has_negation(question):
                continue
            scope = self.scope_not_possible(sent)
            if scope == "all_sharing":
                scope = self.scope_not_possible(question)
            start, end = _trim(sent, 0, len(sent))
            out.append(_Candidate(si, "not_possible", scope, s0 + start, s0 + end))
        return out

    def _rest_denied(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """After a possible objection, everything else denied: "Sie können der Werbenutzung widersprechen, mit Ausnahme
        davon gibt es nichts", "Für alles andere – nö", "Beim Rest haben sie nichts zu sagen" -> not_possible
        all_sharing (the rest of the sharing)."""
        c = self.c
        out: list[_Candidate] = []
        possible = {f.si: f for f in found if f.stance == "possible"}
        if not possible:
            return out
        for si, s0, sent in self._gated_statements(text, sents, context, "rest_denied"):
            m = c.search("rest_denied", sent)
            if m is None or any(f.si == si and f.stance == "not_possible" for f in found):
                continue
            before = possible.get(si)
            if not ((before is not None and before.start < s0 + m.start()) or si - 1 in possible):
                continue
            start, end = _trim(sent, m.start(), len(sent))
            out.append(_Candidate(si, "not_possible", "all_sharing", s0 + start, s0 + end))
        return out

    def _without_transfer_not_stopped(self, text: str) -> str:
        """`text` with the stop word blanked in each clause that tells the transfer itself not (fully) stopped ("Ganz
        gestoppt ist der Austausch allerdings nicht", phrasing `transfer_not_stopped`): the company's statement that
        the transfer continues is no users' objection. A clause with a modal of possibility ("lässt sich nicht
        stoppen") or with a user as the one acting keeps it (own40-031; session 24, opt24b)."""
        c = self.c
        if not c.has("control", text):
            return text
        out = text
        # `text` may hold several sentences: their clauses, each cut at a sentence end inside it
        pieces = [(m.start(), m.end()) for a, b in split_clauses(text) for m in _S.sentence_piece.finditer(text, a, b)]
        for a, b in pieces:
            clause = text[a:b]
            if not _S.transfer_not_stopped.search(clause) or c.has("possibility", clause) or _S.users.search(clause):
                continue
            out = out[:a] + c.rx["control"].sub(lambda m: " " * len(m.group()), clause) + out[b:]
        return out

    def _names_objection(self, text: str, extra: tuple[str, ...] = ()) -> bool:
        """Whether `text` speaks of objecting or choosing (an objection, a control, a choice, a tick box)."""
        return any(self.c.has(cue, text) for cue in ("objection", "control", "choice", "tick", *extra))

    def _transfer_not_covered(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """After an objection, a clause saying it does not reach the transfer: "Die Übermittlung selbst stoppt das
        allerdings nicht", "Er gilt für Werbung, nicht aber für die Übermittlung der Nummer", "Der Übermittlung
        dagegen nicht". The negation belongs to the objection (a stop verb, a contrast, an ellipsis), not to the
        transfer: "Die Übermittlung findet nicht statt" denies the transfer and is no such statement."""
        c = self.c
        out: list[_Candidate] = []
        for si, s0, sent in self._gated_statements(text, sents, context, "not_covered"):
            cleft = _S.cleft_not_stopped.search(sent)
            if not c.has("transfer_noun", sent) and cleft is None:
                continue
            clauses = _split(sent)
            back = text[sents[max(0, si - 2)][0]:s0]
            for ci, (a, b) in enumerate(clauses):
                in_cleft = cleft is not None and a <= cleft.start() < b  # the pseudo-cleft opens in this clause
                if in_cleft:
                    b = _cleft_end(sent, clauses, ci)  # "Was der Haken nicht stoppt, | ist, | dass die Nummer ...": one clause
                clause = sent[a:b]
                if in_cleft:
                    if not (c.has("transfer_noun", clause) or c.has("transfer", clause)):
                        continue
                elif not c.has("transfer_noun", clause) or not c.has("not_covered", clause):
                    continue
                if c.has("transfer_denied", clause):
                    continue
                # An objection before it: a claim already read, or a cue word in this or the two sentences before.
                earlier = back + " " + sent[:a]
                noun = c.search("transfer_noun", clause)
                # (Not D26's reversal, a possible/unspecified refusal without loss: "Wer nicht zustimmt, verliert keine
                # Funktionen. Die Weitergabe bleibt davon unberührt" tells the transfer goes on, no objection fails; opt26.)
                # (an option restricted to a use in the same clause before the transfer noun counts: "Die Abwahl
                # betrifft nur die Werbung und ändert an der Übermittlung nichts", D51 (a); session 52, opt52)
                if not any(f.stance == "possible" and f.scope != "unspecified" and (si - 2 <= f.si < si or (f.si == si and f.end <= s0 + a))
                           for f in found) and not self._names_objection(earlier) \
                        and not (noun is not None and c.has("restricted_to", clause[:noun.start()])):
                    continue
                if any(f.si == si and f.stance == "not_possible" and f.start < s0 + b and f.end > s0 + a for f in found):
                    continue
                scope = "phone_number" if c.has("scope_phone_number", clause) else "all_sharing"
                if scope == "phone_number" and self._names_more_than_the_number(clause):
                    scope = "all_sharing"  # the number with other data (D3)
                start, end = _trim(sent, a, b)
                out.append(_Candidate(si, "not_possible", scope, s0 + start, s0 + end))
        return out

    def _whether_ruled(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """An option described by the indirect question it rules or does not rule: "Es regelt, ob Facebook mit den
        Daten Werbung zuschneiden darf" is a possibility for the use the question names; "Ob die Daten überhaupt zu
        Facebook wandern, regelt es nicht", "Sie regle nur, wofür ..., nicht ob sie übermittelt würden" deny an
        objection to the transfer the question names (all_sharing, or phone_number when it names the number). The
        "ob" clause stands for the transfer as a transfer noun does in `_transfer_not_covered`; only near an option
        (a cue word or a claimed possibility in the sentence or the two before it)."""
        c = self.c
        out: list[_Candidate] = []
        for si in _reader_families().sentences(text, sents)["whether"]:  # (the shared reading: few hold "ob ")
            s0, s1 = sents[si]
            sent = text[s0:s1]
            if not context[si] or is_question(sent):
                continue  # few sentences hold an indirect question with "ob"
            back = text[sents[max(0, si - 2)][0]:s0]
            near = any(f.stance == "possible" and si - 2 <= f.si <= si for f in found) or self._names_objection(
                back + " " + sent, ("optout_noun",)
            )
            if not near:
                continue
            claimed = [f for f in found if f.si == si]
            for m in _S.whether_clause.finditer(sent):
                question = m.group(1)
                if not (c.has("transfer", question) or c.has("transfer_noun", question)):
                    continue
                denial = _S.not_ruled.search(sent)
                # "nicht ob ..." sharing the question's "ob" (ending where its words start), or "Ob ..., regelt es
                # nicht" after it
                if denial is None or not (denial.end() == m.start(1) or denial.start() >= m.end()):
                    continue
                if any(f.stance == "not_possible" for f in claimed):
                    break
                scope = "phone_number" if c.has("scope_phone_number", question) else "all_sharing"
                start, end = _trim(sent, 0, len(sent))
                out.append(_Candidate(si, "not_possible", scope, s0 + start, s0 + end))
                break
            ruled = _S.rules_whether.search(sent)
            if ruled is None or has_negation(sent[:ruled.end()]):
                continue
            asked = _S.whether_clause.search(sent, ruled.start("word"))  # the question from its "ob" on
            named = self._uses_named(asked.group(1)) if asked is not None else []
            if not named or any(f.stance == "possible" for f in claimed):
                continue
            start, end = _trim(sent, 0, asked.end())
            out.append(_Candidate(si, "possible", "ads" if "ads" in named else named[0], s0 + start, s0 + end))
        return out

    def _restricted_opt_out(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """An opt-out said to reach only one use is a possibility for that use: "Der bekannte Schalter betrifft nur
        die Werbung", after an objection "Er gilt lediglich für Werbezwecke" / "Sie betrifft nur die Anzeigen".
        The subject is an opt-out noun in the clause, or a pronoun opening it after a sentence about objecting."""
        c = self.c
        out: list[_Candidate] = []
        for si, s0, sent in self._gated_statements(text, sents, context, "restricted_to"):
            # (An unscoped possibility of the sentence's head does not stop it: "Der Widerspruch genüge nicht: er wirke
            # nur gegen ... Werbung" restricts the option its head names; session 35, opt61.)
            if not c.has("restricted_to", sent) or any(
                f.si == si and f.stance == "possible" and f.scope != "unspecified" for f in found
            ):
                continue
            clauses = _split(sent)
            prev = text[sents[si - 1][0]:sents[si - 1][1]] if si > 0 else ""
            for ci, (a, b) in enumerate(clauses):
                clause = sent[a:b]
                m = c.search("restricted_to", clause)
                if m is None or _S.not_only.search(clause, 0, m.end()) or has_negation(clause[:m.end()]):
                    continue
                # "..., dass der Widerspruch nur eingeschränkt wirkt: Er gilt lediglich für ...": the pronoun opens
                # the part after the colon, the objection stands before it or in the sentence before.
                colon = clause.rfind(":", 0, m.start())
                head = clause[colon + 1:m.start()]
                before = prev + " " + sent[:a + colon + 1]
                # The noun may follow the verb: "Allerdings beschränkt sich der Widerspruch auf ...".
                # (or a verbal noun of deselecting: "Die angebotene Abwahl betrifft nur ..."; session 52, opt52)
                if not c.has("optout_noun", head + " " + m.group()) and _S.restricted_option_noun.search(head) is None and not (
                    c.rx["optout_pronoun"].match(head)
                    and (self._names_objection(before, ("objection_word",))
                         or c.has("tick", prev)  # "Das Häkchen verhindert nicht, ... Es sorgt lediglich dafür, dass ..."
                         or any(f.si == si - 1 and f.stance == "possible" for f in found))
                ):
                    continue
                rest = clause[m.end():]
                if not rest.strip(" ,") and ci + 1 < len(clauses) and _S.object_clause.match(sent, clauses[ci + 1][0]):
                    b = clauses[ci + 1][1]  # "Es sorgt lediglich dafür, | dass Facebook sie nicht für Werbung nutzt"
                    rest = sent[clauses[ci + 1][0]:b]
                scope = next((sc for sc in _SCOPES_POSSIBLE if c.has(f"scope_{sc}", rest)), None)
                if scope is None or any(f.si == si - 1 and f.stance == "possible" and f.scope == scope for f in found):
                    continue
                a += colon + 1
                start, end = _trim(sent, a, b)
                # "Wer der Weitergabe widerspricht, kann ... Allerdings beschränkt sich der Widerspruch auf die
                # Werbung": the restriction says what the objection just described concerns.
                earlier = [f for f in found if f.si == si - 1 and f.stance == "possible"]
                refines = si - 1 if earlier and all(f.scope == "unspecified" for f in earlier) else None
                out.append(_Candidate(si, "possible", scope, s0 + start, s0 + end, refines=refines))
                break
        return out

    def _switch_offered(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """A switch said to exist for one use ("Am Ende gab es einen Schalter für die Werbenutzung"), or a use said to
        hang on the switch ("Die Freundesvorschläge hängen am selben Schalter"; after "Und die Freundesvorschläge?"
        the pronoun "Die hängen am selben Schalter"): possible for that use. Negated, it is left to the
        impossibility rules."""
        c = self.c
        out: list[_Candidate] = []
        claimed = {f.si for f in found if f.stance == "possible"}
        for si, s0, sent in self._gated_statements(text, sents, context, "switch_offered"):
            if si in claimed:
                continue
            m = c.search("switch_offered", sent)
            if m is None:
                continue
            clauses = _split(sent)
            ci = clause_index(clauses, m.start())
            own = sent[clauses[ci][0]:clauses[ci][1]]
            if has_negation(own):
                continue
            scope = next((sc for sc in _SCOPES_POSSIBLE if c.has(f"scope_{sc}", own)), None)
            prev = text[sents[si - 1][0]:sents[si - 1][1]] if si > 0 else ""
            if scope is None and is_question(prev) and len(prev) < 80:
                scope = next((sc for sc in _SCOPES_POSSIBLE if c.has(f"scope_{sc}", prev)), None)
            if scope is None:
                continue
            start, end = _trim(sent, *clauses[ci])
            out.append(_Candidate(si, "possible", scope, s0 + start, s0 + end))
        return out

    def _objection_still_valid(
        self, text: str, sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool]
    ) -> list[_Candidate]:
        """An objection made earlier that still holds is a possibility: "Wer 2016 widersprochen hat, für den gilt das
        weiter", "alle, die der Werbenutzung widersprochen haben: Diese Einstellung bleibt gültig". The perfect tense
        looks back, so it needs the "still valid" clause; "gilt nicht weiter" is none."""
        c = self.c
        out: list[_Candidate] = []
        for si, s0, sent in self._gated_statements(text, sents, context, "still_valid"):
            # The existence test first: the cue's scan is slow and most gated sentences hold none of it.
            hit = _cue_clause(c.rx["still_valid"], sent) if c.has("still_valid", sent) else None
            claimed = any(f.si == si for f in found)
            if hit is None:
                if not claimed:
                    out.extend(self._lasting_result(sent, si, s0))
                continue
            if claimed:
                continue
            m, clauses, ci = hit
            if has_negation(sent[clauses[ci][0]:m.end()]):
                continue
            prev = text[sents[si - 1][0]:sents[si - 1][1]] if si > 0 else ""
            before = sent[:m.start()]
            if c.has("perfect_objection", before):
                lo = 0
            elif not before.strip(" ,:") or c.rx["optout_pronoun"].match(before):
                # "Diese Einstellung bleibt gültig." after "Wer widersprochen hat, ...": the sentence before.
                if not c.has("perfect_objection", prev) or is_question(prev):
                    continue
                lo = 0
            else:
                continue
            scope = self.scope_possible(before, prev, prev)
            if scope == "unspecified" and c.has("scope_ads", prev):
                scope = "ads"
            start, end = _trim(sent, clauses[lo][0], clauses[ci][1])
            out.append(_Candidate(si, "possible", scope, s0 + start, s0 + end))
        return out

    def _lasting_result(self, sent: str, si: int, s0: int) -> list[_Candidate]:
        """An objection made earlier whose result goes on ("Wer damals widersprochen hat, dessen Daten werden
        weiterhin nicht für Werbung verwendet"): the negated use is what the objection still gives, a possibility
        for that use. The perfect objection must come before the result, in a clause of its own."""
        c = self.c
        result = _S.lasting_result.search(sent)
        if result is None or not c.has("perfect_objection", sent[:result.start()]):
            return []
        scope = self.scope_possible(sent[result.start():])
        if scope == "unspecified":
            return []
        start, end = _trim(sent, 0, len(sent))
        return [_Candidate(si, "possible", scope, s0 + start, s0 + end)]

    def _objection_changes_nothing(
        self, text: str, sents: list[tuple[int, int]], si: int, sent: str, anyway: re.Match[str] | None,
        users: bool = False,
    ) -> list[_Candidate]:
        """A transfer stated in the sentence before, then "Daran ändert auch ein Widerspruch nichts": not_possible
        for what was passed on (the phone number when it alone was named). `users`: the cue says the users can change
        nothing about it ("Daran können Nutzer nichts ändern": `against_will`), so no objection word is needed."""
        c = self.c
        if anyway is None or si == 0 or not _S.changes_nothing.search(anyway.group()) or is_question(sent):
            return []
        if not users and not any(c.has(cue, sent) for cue in ("objection", "control", "tick")):
            return []
        if users and _S.whether_opens.match(sent, sent.rfind(",", 0, anyway.start()) + 1):
            return []  # "Ob Nutzer daran nichts ändern können, prüft das Gericht": asked, not said
        prev = text[sents[si - 1][0]:sents[si - 1][1]]
        # The transfer told in the sentence's own clause before it ("Die Übermittlung selbst findet weiterhin statt -
        # daran ändert auch das Häkchen nichts") is what the objection leaves untouched, as one told just before.
        own = sent[:anyway.start()]
        if c.has("transfer", own) and not has_negation(own):
            prev = own
        if not c.has("transfer", prev) or is_question(prev) or has_negation(prev):
            return []
        scope = "phone_number" if self._number_only(prev) else "all_sharing"
        start, end = _trim(sent, 0, len(sent))
        s0 = sents[si][0]
        return [_Candidate(si, "not_possible", scope, s0 + start, s0 + end)]

    def _pronoun_subject(self, sent: str, clauses: list[tuple[int, int]], ci: int) -> re.Match[str] | None:
        """A pronoun standing for the data in clause `ci` beside a transfer ("An Facebook gehen sie so oder so",
        "Sie wandern trotzdem zu Meta"): not the polite "Sie" ("Trotzdem bekommen Sie ..."), so the clause needs a
        singular verb, Facebook as the recipient, or a passive ("Übertragen werden sie trotzdem")."""
        c = self.c
        own = sent[clauses[ci][0]:clauses[ci][1]]
        m = _S.pronoun_subject.search(own)
        if m is None or not c.has("transfer", own):
            return None
        if not (_S.singular_verb.search(own) or c.has("facebook", own) or _S.passive_pronoun.search(own)):
            return None
        return _S.pronoun_subject.search(sent, clauses[ci][0], clauses[ci][1])

    # ------------------------------------------------------------ accept or leave
    def _no_choice_spans(
        self, sent: str, clauses: list[tuple[int, int]], consent: dict[str, list[_TokenCue]] | None = None
    ) -> list[tuple[int, int]]:
        """Spans of the refuse-and-lose / no-choice statements in `sent` (all_sharing; `consent`: the sentence's
        must-consent token cues, patterns/consent_tokens.jsonl, where the "must" gate opened)."""
        c = self.c
        spans: list[tuple[int, int]] = []
        refuse = _first_refusal(c, sent)
        if refuse and PHRASES["loss_as_original_plan"].search(sent):
            refuse = None  # "Ursprünglich sollten Verweigerer ausgesperrt werden": the plan the text tells as changed
        if refuse and (self._refused_other_object(sent, clauses, refuse) or _unreal_refusal(sent, clauses, refuse)):
            refuse = None  # "Wer das Backup ablehnt, verliert ...", "Falls jemand nie zugestimmt hätte, wäre ..."
        if (
            refuse and self._loss_after(sent, refuse.end()) and self._spared_main(sent, refuse) is None
            and self._denial_around(sent, refuse) is None  # "sieht davon ab, Kunden ohne Zustimmung zu sperren"
        ):
            ci = clause_index(clauses, refuse.start())
            spans.append((clauses[ci][0], clauses[-1][1]))
        elif (
            refuse and self._refused_in_relative(sent, refuse.start()) and _S.loss_plan_dropped.search(sent) is None
            and self._denial_around(sent, refuse) is None  # "Eine Sperre für Kunden, die ..., sieht er nicht vor"
        ):
            # "WhatsApp sperrt alle Nutzer, die den Regeln nicht zustimmen": the loss in the main clause before the
            # relative clause that names who refuses; the statement runs to the end of the refusal's clause.
            spans.append((clauses[0][0], clauses[clause_index(clauses, refuse.start())][1]))
        # "Sie sollen zustimmen, andernfalls können sie die App nicht weiter nutzen"
        otherwise = c.search("refuse_anaphoric", sent)
        if (
            otherwise
            and c.has("accept", sent[:otherwise.start()])
            and c.has("consequence", sent[otherwise.end():])
            # "Akzeptiere das Update im Play Store, sonst ...": another consent's object, not the terms (session 43, opt43)
            and not (object_not_sharing(c, sent, sent[:otherwise.start()]) and not names_terms(c, sent[:otherwise.start()]))
            and not self._hypothetical_before(sent, clauses, otherwise.start(), consent or {})
        ):
            ci = clause_index(clauses, otherwise.start())
            spans.append((clauses[ci][0], clauses[-1][1]))
        # "Sie stimmen zu, oder Sie können den Dienst nicht mehr nutzen": consent or a loss, told as the two sides of
        # "oder"; not where a negation before it makes it a demand ("dürften nicht vor die Wahl gestellt werden, ...").
        either = _S.accept_or.search(sent)
        if either and self._loss_after(sent, either.end()) and not has_negation(sent[:either.start()]):
            ci = clause_index(clauses, either.start())
            spans.append((clauses[ci][0], clauses[-1][1]))
        no_choice = c.search("no_choice", sent)
        if no_choice and c.has("quit", sent[no_choice.end():]):
            ci = _with_condition(sent, clauses, clause_index(clauses, no_choice.start()))
            spans.append((clauses[ci][0], clauses[-1][1]))
        elif (
            (user_must := c.search("user_must", sent)) and (quit := c.search("quit", sent, user_must.end()))
            and c.has("quit_object", sent[user_must.end():])
            and not has_negation(sent[user_must.end():quit.end()])  # "muss sich von WhatsApp nicht verabschieden"
        ):
            ci = _with_condition(sent, clauses, clause_index(clauses, user_must.start()))
            spans.append((clauses[ci][0], clauses[-1][1]))
        alone = c.search("no_choice_alone", sent)
        if alone:
            ci = clause_index(clauses, alone.start())
            lo = ci - 1 if ci > 0 and c.has("no_choice_lead", sent[clauses[ci - 1][0]:clauses[ci - 1][1]]) else ci
            hi = clause_index(clauses, alone.end() - 1)
            spans.append((clauses[lo][0], clauses[hi][1]))
        return spans

    def _refused_other_object(self, sent: str, clauses: list[tuple[int, int]], refuse: re.Match[str]) -> bool:
        """The refusal `refuse` is of something other than the terms or the transfer: its clause, up to the refusal,
        names an object of another consent (phrasing `foreign_object`: cookies, a backup, an app's permission to the
        camera or the location; "Wer die Cookies nicht akzeptiert, ...", "Nutzer, die der Cloud-Sicherung nicht
        zugestimmt haben, ...") and no terms, data or transfer of its own (session 40, opt40)."""
        own = sent[clauses[clause_index(clauses, refuse.start())][0]:refuse.end()]
        return object_not_sharing(self.c, sent, own) and not names_terms(self.c, own)

    def _hypothetical_before(
        self, sent: str, clauses: list[tuple[int, int]], pos: int, consent: dict[str, list[_TokenCue]]
    ) -> bool:
        """The first necessity before `pos` (a MODAL/COMPELLED/NECESSITY/MODAL_INF token cue of
        patterns/consent_tokens.jsonl) is a Konjunktiv II after a condition (`_hypothetical_necessity`): "Falls
        WhatsApp die Regeln ändert, müssten die Nutzer zustimmen, | sonst könnten sie ..." states no accept-or-leave
        of the text's own; the reported "Die Nutzer müssten zustimmen, sonst würden sie gesperrt" (no condition) does."""
        musts = [
            cue for label in ("MODAL", "COMPELLED", "NECESSITY", "MODAL_INF")
            for cue in consent.get(label, []) if cue.begin < pos
        ]
        if not musts:
            return False
        must = min(musts, key=lambda cue: cue.begin)
        return _hypothetical_necessity(sent, clauses, clause_index(clauses, must.begin), must, consent, self._keep_using)

    def _vorerst_loss_later(self, text: str, sents: list[tuple[int, int]], si: int) -> bool:
        """Sentence `si` tells its costless refusal with one of D26-vorerst's words ("vorerst", "zunächst",
        "vorläufig", "bis auf Weiteres": phrasing `temporary_d26`) and a sentence after it, not asked, tells a loss
        (`_loss_after`), an accept-or-leave (`no_choice`) or what is no longer possible or holds for good (phrasing
        `loss_later` with a negation: "kann er seine Chatliste nicht mehr öffnen", "Eine Option, die Regeln dauerhaft
        abzulehnen, ist nicht vorgesehen"), in its paragraph or the next, or further on in a sentence naming the
        refusers again (a `refuse` cue: "Laut WhatsApp wird die Chatliste für Nutzer ohne Zustimmung gesperrt"; not a
        review's "hat kaum Nutzer verloren"): then the word is D1's grace period. With no such sentence it is D26's possible/unspecified, with or
        without a reversal lead (the lead's ruling 03:11, session 28). Not asked where the refusal costs nothing
        without reading the word (a reversal lead, the word before the refusal): the reading before the ruling."""
        sent = text[sents[si][0]:sents[si][1]]
        if not may_hold(_WORDS["temporary"], sent, 0) or not any(
            _S.temporary_d26.fullmatch(m.group()) for m in _S.temporary.finditer(sent)
        ) or self._refusal_without_loss(sent, _split(sent), d26=False):
            return False  # no D26-vorerst word, or the refusal costs nothing without reading one (a reversal lead)
        c, breaks = self.c, 0
        for sj in range(si + 1, len(sents)):
            between = text[sents[sj - 1][0]:sents[sj][0]]
            breaks += between[len(between.rstrip()):].count("\n") > 1  # a blank line: the next paragraph
            other = text[sents[sj][0]:sents[sj][1]]
            if is_question(other) or (breaks > 1 and not c.has("refuse", other)):
                continue  # past the next paragraph only a sentence naming the refusers again tells their loss
            if (
                self._loss_after(other, 0) or c.has("no_choice", other)
                or (_S.loss_later.search(other) is not None and self._negated_for_good(other))
            ):
                return True
        return False

    def _negated_for_good(self, sent: str) -> bool:
        """A sentence holding a `loss_later` word says with a negation what is no longer possible or holds for good
        ("Dauerhaft ablehnen kann die neuen Regeln aber niemand": "niemand" counts, phrasing `negation_word`, though
        `has_negation` leaves it out for data_shared), unless it denies the loss itself ("Niemand wird dauerhaft
        gesperrt", "Keiner verliert endgültig sein Konto": `no_loss`), which is no loss told after the refusal."""
        if not has_negation(sent) and not PHRASES["negation_word"].search(sent):
            return False
        return not self._spares(sent, 0)

    def _loss_told_next(self, text: str, sents: list[tuple[int, int]], si: int) -> int | None:
        """The end offset of the sentence after `si` when it tells a loss set against the sentence before by a
        contrast word ("Die Funktionen werden aber schrittweise eingeschränkt", phrasing `loss_contrast`), in its
        paragraph and not asked; else None."""
        if si + 1 >= len(sents) or _paragraph_break(text, sents[si][0], sents[si + 1][0]):
            return None
        nxt = text[sents[si + 1][0]:sents[si + 1][1]]
        if is_question(nxt) or not _S.loss_contrast.search(nxt) or not self._loss_after(nxt, 0):
            return None
        if _S.loss_told_as_plan.search(nxt):
            # "Zu würdigen ist aber, dass WhatsApp die Einschränkungen zunächst angekündigt hatte": the loss told from
            # later as the earlier plan (pluperfect 'hatte angekündigt', preterite 'sollte'), which the refusal's
            # sentence calls off; no loss after all (D50 (a); issue 7, session 50, opt50)
            return None
        return sents[si + 1][0] + _trim(nxt, 0, len(nxt))[1]

    def _refused_in_relative(self, sent: str, pos: int) -> bool:
        """The refusal at `pos` stands in a relative clause ("alle Nutzer aussperren, | die die neuen Regeln nicht
        abnicken") or a conditional clause ("kann man WhatsApp nicht mehr nutzen, | solange man nicht einwilligt";
        session 30, opt52) whose main clause before it names the loss."""
        rel = _S.relative_before.search(sent, 0, pos) or _S.condition_before.search(sent, 0, pos)
        return rel is not None and self._loss_after(sent[:rel.start()], 0)

    def _spared_main(self, sent: str, refuse: re.Match[str], d26: bool = True) -> str | None:
        """`sent` with the relative clause of the refusal `refuse` blanked (offsets kept) when that clause stands
        between commas and its main clause denies the loss with no loss left and no grace period ("Niemand, | der den
        Bedingungen nicht zugestimmt hat, | soll Funktionen verlieren"; "Nutzer, | die nicht zustimmen, | nun doch
        nicht mit eingeschränkten Funktionen zu bestrafen": D26); else None. The refusal's own words are then no
        consequence of the main clause's verb, which the denial (a negative subject, a negated verb) governs."""
        rel = _S.relative_before.search(sent, 0, refuse.start())
        close = sent.find(",", refuse.end())
        if rel is None or close < 0 or len(sent[refuse.end():close].split()) > 2:  # the clause ends at its verb
            return None
        main = blank_span(sent, rel.start(), close + 1)
        if not self.c.has("no_loss", main) or self._loss_after(main, 0):
            return None
        if _grace_period(main, 0, None, d26):
            return None  # "Niemand, der ablehnt, verliert vorerst den Zugang": a grace period, the loss comes later
        return main

    def _loss_after(self, sent: str, pos: int) -> bool:
        """A consequence of refusing after `pos` in `sent` ("verliert den Zugang", "schränkt ... ein") that is not a
        denied one: "uneingeschränkt", "keine Einschränkungen" hold the consequence's word but say there is none."""
        c = self.c
        # The whole sentence asked, then searched from `pos`: a loss told right after the refusal ("ohne Zustimmung |
        # nix mehr") is read by a look behind at the refusal's last word (session 37, opt37).
        if not c.has("consequence", sent):
            return False
        denials = list(self._loss_denials(sent, pos))
        return any(
            not any(_overlap(m.span(), span) for span in denials) and not _asked_whether(sent, m.start())
            for m in c.rx["consequence"].finditer(sent, pos)
        )

    def _loss_denials(self, sent: str, pos: int) -> Iterator[tuple[int, int]]:
        """Spans after `pos` that deny a loss ("uneingeschränkt", "keine Nachteile", "niemand verliert"); a
        continuation negated right before it ("kann WhatsApp nicht weiter nutzen") is the loss, not its denial."""
        return (m.span() for m in self.c.finditer("no_loss", sent, pos) if not _S.negated_before.search(sent, 0, m.start()))

    def _spares(self, sent: str, pos: int) -> bool:
        """Does `sent` deny a loss after `pos` (`_loss_denials`)? ("Niemand verliert sein Konto")"""
        return next(self._loss_denials(sent, pos), None) is not None

    def _refusals(self, sent: str, clauses: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        """`_refusal_without_loss(sent, clauses)` (`clauses`: `_split(sent)`, split here when not given), kept
        for the last sentence asked (read it, never change it)."""
        memo = self._refusal_memo
        if memo is not None and memo[0] == sent:
            return memo[1]
        spans = self._refusal_without_loss(sent, _split(sent) if clauses is None else clauses)
        self._refusal_memo = (sent, spans)
        return spans

    def _refusal_without_loss(
        self, sent: str, clauses: list[tuple[int, int]], d26: bool = True
    ) -> list[tuple[int, int]]:
        """Spans of "refusing costs nothing" statements: a refusal of the terms followed by continued use or a
        denied consequence, with no loss and no negation between them ("Wer ablehnt, kann den Dienst trotzdem
        weiter verwenden", "Nutzer, die nicht zustimmen, dürfen den Messenger uneingeschränkt weiterverwenden",
        "muss keine Nachteile befürchten"): possible (the 2021 reversal), not an accept-or-leave statement."""
        c = self.c
        # "Sie können den Messenger heute auch ohne Zustimmung nutzen": the service used without consent (opt26)
        # (not asked: "..., und ob sie die App ohne Zustimmung weiter nutzen kann"; not a grace period: "derzeit", "vorerst")
        use = _S.use_without_consent.search(sent)
        if (
            use is not None and not has_negation(use.group()) and not _S.use_of_data.search(use.group())
            and not is_question(sent) and not self._loss_after(sent, use.end())
            and not _S.whether_opens.match(sent, sent.rfind(",", 0, use.start()) + 1)
            and not (
                _grace_period(sent, 0, use.end(), d26) and not _S.reversal_lead.search(sent, 0, use.start())
            )
        ):
            return [(clauses[clause_index(clauses, use.start())][0], clauses[clause_index(clauses, use.end() - 1)][1])]
        refuse = _first_refusal(c, sent)
        if refuse is None:
            return []
        if (main := self._spared_main(sent, refuse, d26)) is not None:
            # "Niemand, | der nicht zugestimmt hat, | soll Funktionen verlieren": the main clause around the refusal's
            # relative clause denies the loss (D26), from the clause the relative clause hangs on to the denial's.
            rel = _S.relative_before.search(sent, 0, refuse.start())
            # the denial that reaches past the relative clause's start, not a loss called off before it ("hat seine
            # Drohung zurückgenommen: Nutzer, die ..., können ... uneingeschränkt nutzen"; session 42, opt42)
            denials = list(c.finditer("no_loss", main))
            spared = next((m for m in denials if m.end() > rel.start()), denials[0])
            lo = clause_index(clauses, max(rel.start() - 1, 0))
            return [(clauses[lo][0], clauses[clause_index(clauses, spared.end() - 1)][1])]
        if (inside := self._refusal_inside_denial(sent, refuse, d26)) is not None:
            # "verzichtet darauf, die Funktionen von Nutzern | ohne Einwilligung | einzuschränken": the refusal is the
            # attribute of the users the denied loss spares, inside its stretch (session 40, opt40)
            return [(clauses[clause_index(clauses, inside[0])][0], clauses[clause_index(clauses, inside[1] - 1)][1])]
        if self._loss_after(sent, refuse.end()):
            return self._refusal_in_next_main_clause(sent, clauses, refuse.end(), d26)
        if _S.reported_question.search(sent, 0, refuse.start()) and _S.whether_opens.match(
            sent, sent.rfind(",", 0, refuse.start()) + 1
        ):
            return []  # "Sie will wissen, ..., und ob sie die App ohne Zustimmung weiter nutzen kann": asked, not said
        if _S.loss_plan_dropped.search(sent) is not None:
            # "hat seine Pläne für eingeschränkte Funktionen bei Nutzern, die nicht zustimmen, vorerst auf Eis gelegt":
            # the loss called off, also "vorerst" (the lead's answer to opt28, session 21: no loss told after it).
            return [(clauses[0][0], clauses[-1][1])]
        for spared in c.finditer("no_loss", sent, refuse.end()):
            # From the refusal nearest before the spared loss: "Keine Einschränkungen für Nutzer ohne Zustimmung: Wer
            # nicht zugestimmt hat, soll doch keine Funktionen verlieren" (the first refusal's "nicht" is its own).
            last = max(
                (m for m in c.rx["refuse"].finditer(sent, refuse.start()) if m.end() <= spared.start()),
                key=lambda m: m.end(), default=refuse,
            )
            between = sent[last.end():spared.start()]
            # The grace adverb may follow the denial's "nicht" ("verliert nicht | sofort sein Konto": the word after it
            # is read too; session 33, opt57, own57-035).
            word_after = _NEXT_WORD.match(sent, spared.end())
            grace_end = word_after.end() if word_after is not None else spared.end()
            if _grace_period(sent, 0, grace_end, d26) and not _S.reversal_lead.search(sent, 0, refuse.start()):
                return []  # "kann WhatsApp vorerst weiternutzen": a grace period, the loss comes later (not after
                # "WhatsApp hat eingelenkt:", whose "vorerst" is the reversal's: D26 and the lead's answer to opt28)
            if not has_negation(between):
                lo, hi = clause_index(clauses, refuse.start()), clause_index(clauses, spared.end() - 1)
                if self._denied_by_predicate(sent, clauses, hi, spared.end()):
                    return []  # "Einen Anspruch, ohne Zustimmung weiter zu nutzen, gibt es nicht": the option denied
                return [(clauses[lo][0], clauses[hi][1])]
        # The denied loss before the users it spares, who refuse in a relative clause ("verzichtet darauf, die
        # Funktionen von Nutzern einzuschränken, | die ... nicht zugestimmt haben"): the 2021 reversal.
        if (rel := _S.relative_before.search(sent, 0, refuse.start())) is not None and c.has("no_loss", sent[:rel.start()]):
            # "funktioniert auch bei denen weiter, die nicht zugestimmt haben, vorerst jedenfalls": a grace period told
            # after the users it spares (not "verzichtet vorerst darauf, ... einzuschränken": the company's decision)
            if _grace_period(sent, refuse.end(), None, d26):
                return []
            head = sent[:rel.start()]
            for spared in c.finditer("no_loss", head):
                head = blank_span(head, *spared.span())  # "haben nicht vor, ... einzuschränken": the denial's own "nicht"
            if not self._loss_after(sent[:rel.start()], 0) and not has_negation(_S.relative_before.sub(" ", head)):
                lo = clause_index(clauses, next(c.finditer("no_loss", sent)).start())
                return [(clauses[lo][0], clauses[clause_index(clauses, refuse.start())][1])]
        # The denied loss before the refusal that would cause it ("dass niemand sein Konto verliert, | weil er nicht
        # zustimmt", "Keiner wird gesperrt, | wenn er ablehnt"): the refusal in a causal or conditional clause.
        ci = clause_index(clauses, refuse.start())
        if ci > 0 and _S.cause_clause.match(sent, clauses[ci][0], clauses[ci][1]):
            own = sent[clauses[ci - 1][0]:clauses[ci - 1][1]]
            if c.has("no_loss", own) and not self._loss_after(own, 0):
                return [(clauses[ci - 1][0], clauses[ci][1])]
        return []

    def _denial_around(self, sent: str, refuse: re.Match[str]) -> re.Match[str] | None:
        """The denied loss (`no_loss`) whose stretch holds the refusal `refuse` as the attribute of the users it spares
        ("verzichtet darauf, die Funktionen von Nutzern | ohne Zustimmung | einzuschränken", "dürfen auch | ohne
        Einwilligung | weiter chatten"), or None: the loss words inside it are denied, whether the denial is told or asked."""
        return next(
            (m for m in self.c.finditer("no_loss", sent) if m.start() < refuse.start() and refuse.end() <= m.end()), None
        )

    def _refusal_inside_denial(self, sent: str, refuse: re.Match[str], d26: bool) -> tuple[int, int] | None:
        """The span of the denied loss around the refusal `refuse` (`_denial_around`) when it is told, not asked, with no
        loss told outside it and no grace period: D26's costless refusal (session 40, opt40)."""
        if self._loss_after(sent, 0) or _grace_period(sent, 0, None, d26):
            return None
        spared = self._denial_around(sent, refuse)
        if spared is None or _S.whether_opens.match(sent, sent.rfind(",", 0, spared.start()) + 1):
            return None  # "..., ob WhatsApp darauf verzichtet, Nutzer ohne Zustimmung zu sperren": asked, not said
        return spared.span()

    def _refusal_in_next_main_clause(
        self, sent: str, clauses: list[tuple[int, int]], pos: int, d26: bool
    ) -> list[tuple[int, int]]:
        """The costless refusal of a main clause after a semicolon past `pos`, where the refusal before it had its
        loss ("Ursprünglich sollten Nutzer, die nicht zustimmen, ihre Chatliste nicht mehr öffnen können; | am Ende
        verlor niemand Funktionen, der nicht zugestimmt hatte"): the plan and its reversal are two statements, each
        read on its own (session 39, opt39, own69-048). The head is blanked, offsets kept."""
        semi = sent.find(";", pos)
        if semi < 0 or self.c.search("refuse", sent, semi) is None:
            return []
        return self._refusal_without_loss(blank_span(sent, 0, semi + 1), clauses, d26)

    def _denied_by_predicate(self, sent: str, clauses: list[tuple[int, int]], ci: int, pos: int) -> bool:
        """The infinitive ending at `pos` in clause `ci` is the attribute of a fronted noun whose predicate, after the
        next comma, denies it ("Einen Anspruch, den Dienst ohne Zustimmung weiter zu nutzen, | gibt es nicht", "...,
        | haben Nutzer nicht"); the splitter keeps that predicate in the infinitive's clause or puts it in the next."""
        comma = sent.find(",", pos, clauses[ci][1])
        if comma >= 0:
            begin, end = comma + 1, clauses[ci][1]
        elif ci + 1 < len(clauses):
            begin, end = clauses[ci + 1]
        else:
            return False
        return (self._opens_predicate(sent, begin, "EXIST") and has_negation(sent[begin:end])) or self._opens_predicate(
            sent, begin, "HAVE_DENIED"
        )

    def _predicate_cues(self, sent: str) -> dict[str, list[_TokenCue]]:
        """The cues of patterns/predicate_tokens.jsonl in sentence `sent` of the Doc being read (offsets into `sent`),
        kept by sentence text (the rules pass sentences as text: the sentence itself, the one before it, a question
        before its answer); {} for a text that is no sentence of the Doc.

        Speed, the same cues (speed26): found only for the sentences asked, on the first question about each, not for
        every sentence of the Doc on the first question (the Matcher reads each region on its own,
        `find_token_cues`). A text standing for several sentences of the Doc answers with the last of them that
        holds a cue, as the memo of every sentence did."""
        memo = self._predicate_memo
        if memo is None:
            by_text: dict[str, list[int]] = {}
            if self._predicate_doc is not None:
                _doc, text, sents = self._predicate_doc
                for si, (a, b) in enumerate(zip(sents.starts, sents.ends)):
                    by_text.setdefault(text[a:b], []).append(si)
            memo = self._predicate_memo = (by_text, {})
        by_text, known = memo
        found = known.get(sent)
        if found is None:
            found = known[sent] = {}
            indices = by_text.get(sent)
            if indices and self._predicate_doc is not None:
                doc, text, sents = self._predicate_doc
                regions = [(sents.starts[si], sents.ends[si]) for si in indices]
                by_sentence = _cues_by_sentence(find_token_cues(doc, "predicate", regions), text, sents)
                if by_sentence:
                    found = known[sent] = by_sentence[max(by_sentence)]
        return found

    def _predicate_end(self, sent: str, pos: int, label: str) -> int | None:
        """Where the shortest cue `label` of patterns/predicate_tokens.jsonl that begins at the first word at or after
        `pos` in `sent` ends (the clause there opens with it), None when none does: EXIST, a verb of existence
        ("..., | gibt es nicht", "..., | existierte nie"); HAVE_DENIED, a verb of having with its negation ("..., |
        hat man nicht", "..., | bekommst du nicht"); OPTION_DENIED, the denial of a fronted option ("..., | räumt
        WhatsApp nicht ein", "..., | ist nicht vorgesehen")."""
        first = _LEADING_NON_WORD.match(sent, pos).end()
        return min((cue.stop for cue in self._predicate_cues(sent).get(label, ()) if cue.begin == first), default=None)

    def _verb_denies_existence(self, sent: str, pieces: tuple[tuple[int, int], ...]) -> bool:
        """A verb of existing or offering with its "nicht" (patterns/predicate_tokens.jsonl EXISTENCE_DENIED) closing
        the stretch of `sent` made of `pieces` (what lies between them left out: the this-time marker, a told earlier
        option), only closing punctuation and quotes after it: "Den Schalter bietet die App diesmal nicht an", "...
        hattet ihr diesmal nicht". The verb stands in one of the pieces, the "nicht" in the last."""
        last_start, end = pieces[-1]
        return any(
            any(a <= cue.begin < b for a, b in pieces) and last_start <= cue.stop <= end
            and not sent[cue.stop:end].strip(_CLOSING)
            for cue in self._predicate_cues(sent).get("EXISTENCE_DENIED", ())
        )

    def _demand_governs(self, sent: str, start: int) -> bool:
        """A verb of demanding (patterns/predicate_tokens.jsonl DEMAND, by lemma: "fordern", "verlangen", "drängen",
        "bestehen darauf", "mahnen ... an") governs the clause at `start` of `sent`: it ends at most 80 characters
        before it, with no sentence mark (.;:!?) between, only a comma and spaces closing that stretch
        ("Verbraucherschützer fordern seit Jahren, | dass Nutzer ... widersprechen können", "Der Verband fordere, |
        dass ..."): what is demanded, not what is. Issue 7, session 26 (layer26): the regular expression
        demand_before listed the finite forms."""
        for cue in self._demand_cues(sent):
            if cue.stop > start:
                continue
            between = sent[cue.stop:start]
            if any(mark in between for mark in ".;:!?"):
                continue
            rest = between.rstrip()
            if len(rest.removesuffix(",")) <= 80:
                return True
        return False

    def _opens_predicate(self, sent: str, pos: int, label: str) -> bool:
        """A cue `label` of patterns/predicate_tokens.jsonl opens the clause at `pos` of `sent` (`_predicate_end`)."""
        return self._predicate_end(sent, pos, label) is not None

    def _keep_using(self, text: str) -> bool:
        """The clause names further use of the app ("wenn man WhatsApp weiter nutzen will")."""
        return self.c.has("keep_using", text)  # and KEEP_USING token cues (`_hypothetical_necessity`)

    def _must_accept_spans(
        self, sent: str, clauses: list[tuple[int, int]], prev: str = "", tokens: dict[str, list[_TokenCue]] | None = None
    ) -> list[tuple[int, int]]:
        """ "Alle müssen zustimmen, um WhatsApp weiter zu nutzen" (all_sharing); a bare users' "müssen zustimmen"
        that names neither the terms nor the app (D34) by `_users_must_consent` (`prev`: the sentence before)."""
        tokens = tokens or {}
        # "vor dem Akzeptieren der Bedingungen": the consent as the moment of a step, not what must be done: the
        # span is blanked in the sentence and the token cues starting inside it are dropped.
        blanked = [(m.start(), m.end()) for m in _S.consent_as_time.finditer(sent)]
        consent = sent
        for a, b in blanked:
            consent = blank_span(consent, a, b)
        cues = {label: [cue for cue in found if not any(a <= cue.begin < b for a, b in blanked)]
                for label, found in tokens.items()}
        # The accept-or-leave read from the layer's token cues (patterns/consent_tokens.jsonl; session 24, layer24b):
        # the sentence's first necessity, a consent not blanked above, and the terms or the app named.
        musts = [cue for label in ("MODAL", "COMPELLED", "NECESSITY") for cue in tokens.get(label, [])]
        musts += _plan_time_modals(sent, clauses, tokens)
        musts += _final_shall_with_deadline(sent, clauses, tokens)
        must = min(musts, key=lambda cue: cue.begin) if musts else None
        if must and cues.get("ACCEPT") and tokens.get("TERMS"):
            ci = clause_index(clauses, must.start())
            own = sent[clauses[ci][0]:clauses[ci][1]]
            if PHRASES["notice_content"].search(sent, 0, max(clauses[ci][0], sent.rfind(",", 0, must.start()) + 1)):
                return []  # "Als die Meldung kam, er müsse neuen Regeln zustimmen, ...": a notice narrated (D34 edge c)
            if _hypothetical_necessity(sent, clauses, ci, must, tokens, self._keep_using):
                return []  # "Falls WhatsApp die Regeln ändert, müssten die Nutzer zustimmen": a hypothetical
            if not has_negation(own) and not _S.prior_consent.search(own):  # "müssten vorher zustimmen": an opt-in
                if (described := _S.terms_subject_relative.match(sent)) and must.end() <= described.end(1):
                    return []  # "Die Bedingungen, denen alle zustimmen müssen, erlauben ...": a description
                if (
                    PHRASES["indirect_question"].match(own)
                    or PHRASES["guardian_consent"].search(own)
                    or PHRASES["deal_consented"].search(own)
                ):
                    # D34's guards hold here too: "Ob Bestandskunden den neuen Bedingungen zustimmen müssen, ..." asks;
                    # "müssen die Eltern der Nutzung von WhatsApp zustimmen" is a guardian's permission; "Zustimmen
                    # muss dem Kauf von WhatsApp noch die EU-Kommission" approves the deal (session 24, gen24)
                    return []
                if _institution_subject(tokens, clauses[ci][0], must.start(), must.end(), clauses[ci][1]):
                    # "Die Wettbewerbsbehörden müssen zustimmen", "Vorher müssen die Aktionäre noch zustimmen": the
                    # deal's approval, not the users' consent (the subject before the modal or right after it)
                    return []
                return [_clauses_from(clauses, ci, 2)]
            return []
        return self._users_must_consent(consent, clauses, prev, cues)

    def _accept_to_keep_using(self, sent: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A consent followed by a purpose clause of further use, with no modal of necessity in the sentence ("Bitte
        stimme bis zum 25. September zu, um WhatsApp weiterhin nutzen zu können", "Irgendwann werden wir dich daran
        erinnern, die Updates zu akzeptieren, um WhatsApp weiterhin nutzen zu können", "verlangt WhatsApp von seinen
        Nutzern, den neuen Bedingungen zuzustimmen, um den Dienst weiter uneingeschränkt nutzen zu können"): the
        purpose clause (phrasing `keep_using_purpose`) tells that the further use takes the consent, D1's
        accept-or-leave (issue 7, session 49, opt49). A sentence with a modal of necessity is `_must_accept_spans`'s
        with its guards (a pretence, a correction, a demand); not a consent denied or put as a condition ("Man muss
        nicht zustimmen, um ...", "Wenn du zustimmst, um ..."), not a hypothetical, a pretence, an indirect question,
        a guardian's permission or the deal's approval, nor a consent in the Konjunktiv II; not another service's, not
        a consent to cookies or an authority's conditions, not the buyer's, not one narrated as done or advised (phrasing
        `keep_using_consent_not_users`; review49's findings). The span runs from the consent's clause to the purpose's
        end."""
        purpose = _S.keep_using_purpose.search(sent)
        if purpose is None or self.c.has("must", sent) or _PRETENCE(sent):
            return []
        if _other_services_at(self.c, sent) and "whatsapp" not in sent.replace(" ", ""):
            return []  # another service named, WhatsApp not: "Microsoft verlangt von Skype-Nutzern, ..., um den Dienst"
        accept = self.c.search("accept", sent[:purpose.start()])
        if accept is None:
            return []
        lo = clauses[clause_index(clauses, accept.start())][0]
        own = sent[lo:purpose.start()]
        if (
            _S.keep_using_consent_not_users.search(own)  # cookies, an authority's 'Auflagen', the buyer, a narrated act
            or _S.keep_using_consent_not_users.search(sent, 0, accept.start())  # "Experten raten, ... zuzustimmen"
            or has_negation(own)
            or PHRASES["negation_word"].search(own)  # "Niemand akzeptiert gern neue Regeln, um ...": no consent told
            or is_conditional(sent[:purpose.start()])
            or mood.unreal_finite(own)  # "Würde man zustimmen, um ..., gäbe man ...": supposed, not told
            or _S.hypothetical.search(own)
            or PHRASES["indirect_question"].match(own)
            or PHRASES["guardian_consent"].search(own)
            or PHRASES["deal_consented"].search(own)
        ):
            return []
        return [(lo, clauses[clause_index(clauses, purpose.start())][1])]

    def _users_must_consent(
        self, sent: str, clauses: list[tuple[int, int]], prev: str, cues: dict[str, list[_TokenCue]]
    ) -> list[tuple[int, int]]:
        """A bare "müssen zustimmen" said of users (the lead's decision D34), read from the layer's token cues
        (patterns/consent_tokens.jsonl: MODAL, COMPELLED, CONSENT, USER by lemma and form): a modal of necessity and
        a consent in one clause whose subject is the users or the reader ("Statt am 8. Februar müssen Nutzer erst
        bis Mitte Mai zustimmen", "Ihr müsst die Regeln abnicken", "Zustimmen muss man trotzdem", "Die Kunden müssen
        ihr Einverständnis geben", the counterfactual of a moved deadline "Ursprünglich hätten alle bis Februar
        zustimmen müssen"), or the agentless passive ("Bis Mai muss zugestimmt werden"), or "gezwungen /
        verpflichtet" with the consent as the zu-infinitive after it ("Nutzer sind gezwungen, den Regeln
        zuzustimmen"). Read where the caller's first test finds no terms or app named. Not an institution's
        approval ("Die Kartellbehörden müssen noch zustimmen"; also "sie" after a sentence naming one), not a
        question ("ob sie zustimmen müssen"), not a hypothetical (Konjunktiv II: "Ändere Facebook die Regeln,
        müssten die Nutzer zustimmen"), not negated, not consent asked beforehand. (Session 24, layer24: the
        modal, the consent and the subject were regular expressions over the text before, session 23's opt37.)"""
        # (the modal infinitive "haben/sein ... zuzustimmen" reads as the modal: MODAL_INF, MODAL_PASSIVE; gen24)
        # (the verb-final "zustimmen sollen" only with its deadline, D84 (f)'s `_final_shall_with_deadline`: "dass alle
        # den neuen Bedingungen zustimmen sollen, sonst fliegt man aus der Gruppe" is a parent's demand; review59)
        shall = {cue.begin for cue in _final_shall_with_deadline(sent, clauses, cues)}
        modals = sorted(
            [cue for label in ("MODAL", "COMPELLED", "MODAL_INF", "MODAL_PASSIVE") for cue in cues.get(label, [])
             if not (label == "MODAL_INF" and _verb_final_shall(cue) and cue.begin not in shall)]
            + _plan_time_modals(sent, clauses, cues),
            key=lambda cue: cue.begin,
        )
        consents = [cue for cue in cues.get("CONSENT", []) if not _S.assumed_that.match(sent, cue.begin)]
        if not modals or not consents:
            return []
        for must in modals:
            ci = clause_index(clauses, must.begin)
            lo, hi = clauses[ci]
            # The modal's own clause ends at a subordinate clause the shared split keeps inside it ("muss werben, |
            # bis sie einem Treffen zustimmen").
            cut = PHRASES["subordinate_after_comma"].search(sent, must.stop, hi)
            own_hi = cut.start() if cut is not None else hi
            own = sent[lo:own_hi]
            if not self._consent_cue_in(sent, clauses, ci, must, own_hi, consents):
                continue
            # The comma-delimited stretch holding the modal, where the shared split keeps commas inside the clause.
            seg_lo = max(lo, sent.rfind(",", lo, must.begin) + 1)
            if (
                PHRASES["indirect_question"].match(own)
                or (  # "Regeln, | denen ... muss": after a comma only ("Die Anwender sind gezwungen, ..." opens no relative)
                    sent[:seg_lo].rstrip().endswith(",")
                    and self._relative_with_final_modal(sent[seg_lo:own_hi], must.stop - seg_lo)
                )
                or PHRASES["notice_content"].search(sent, 0, seg_lo)  # "Ich habe gehört, | man müsse zustimmen" (edge c)
                or PHRASES["subjunctive_necessity"].search(own)
                or has_negation(own)
                or PHRASES["negation_word"].search(own)  # also "nicht ganz so hinnehmen": a partial, not a bare must
                or _S.prior_consent.search(own)
                or any(lo <= cue.begin < own_hi for cue in cues.get("INSTITUTION", []))
                or PHRASES["deal_consented"].search(own)  # "Die Übernahme muss noch abgesegnet werden": an approval
                or _S.hypothetical.search(own)
                or _hypothetical_necessity(sent, clauses, ci, must, cues, self._keep_using)  # "Wenn ..., hätten die Nutzer zuzustimmen"
            ):
                continue
            # The modal passive "sind bis Mai zu akzeptieren" is agentless like "müssen akzeptiert werden": users the
            # implied agent (D34 edge a).
            if must.label != "MODAL_PASSIVE" and not PHRASES["consent_passive"].search(own):
                subject = self._user_subject(sent, lo, own_hi, consents, cues.get("USER", []))
                if subject is None or (
                    subject.text.lower() in ("sie", "er") and _S.institution_subject.search(prev + " " + sent[:lo])
                ):
                    continue  # "Die Wettbewerbshüter prüfen noch. Zustimmen müssen sie bis Juni.": the institution's
            if (described := _S.terms_subject_relative.match(sent)) and must.stop <= described.end(1):
                continue  # "Die Bedingungen, denen alle zustimmen müssen, erlauben ...": a description
            return [_clauses_from(clauses, ci, 2)]
        return []

    @staticmethod
    def _user_subject(
        sent: str, lo: int, hi: int, consents: list[_TokenCue], users: list[_TokenCue]
    ) -> _TokenCue | None:
        """The first USER cue in the clause `lo`..`hi` that may be its subject: not the object of a preposition or
        an article's noun in the dative ("von Nutzern", "den Nutzern": `_S.user_not_subject_before`), not "ihr"
        right before a consent (the dative pronoun "ihr zustimmen" or the possessive "ihr Einverständnis")."""
        for user in users:
            if not lo <= user.begin < hi or _S.user_not_subject_before.search(sent, lo, user.begin):
                continue
            if user.text.lower() == "ihr" and any(
                cue.begin > user.stop and not sent[user.stop:cue.begin].strip() for cue in consents
            ):
                continue
            return user
        return None

    @staticmethod
    def _relative_with_final_modal(own: str, modal_end: int) -> bool:
        """`own` is a relative clause whose modal ends at `modal_end` and closes it (verb-final): "denen bis Mai
        zugestimmt werden muss" describes the terms; "die Nutzer müssen zustimmen" (verb second) is a main clause."""
        rest = own[modal_end:].split(",", 1)[0]  # to the comma closing the relative clause
        return PHRASES["relative_pronoun_start"].match(own) is not None and not rest.strip(" .;:!?–-" + DOUBLE_QUOTE_MARKS)

    @staticmethod
    def _consent_cue_in(
        sent: str, clauses: list[tuple[int, int]], ci: int, must: _TokenCue, own_hi: int, consents: list[_TokenCue]
    ) -> bool:
        """A CONSENT cue in the must's clause `ci` (up to `own_hi`), or, after COMPELLED ("gezwungen/verpflichtet"),
        in the zu-infinitive clause right after it ("Nutzer sind gezwungen, | den Regeln zuzustimmen")."""
        if any(clauses[ci][0] <= cue.begin and cue.stop <= own_hi for cue in consents):
            return True
        if must.label != "COMPELLED" and must.text.lower() not in ("gezwungen", "verpflichtet"):
            return False
        # the zu-infinitive after the comma: the next clause, or the rest of this one where the split kept it inside
        # ("sind verpflichtet, | bis Mai zuzustimmen")
        lo, hi = (own_hi, clauses[ci][1]) if own_hi < clauses[ci][1] else clauses[ci + 1] if ci + 1 < len(clauses) else (0, 0)
        return any(lo <= cue.begin and cue.stop <= hi for cue in consents) and "zu" in sent[lo:hi]


def _inside_held_belief(text: str, start: int, end: int) -> bool:
    """A belief reported of others (phrasing `held_belief`: "Viele glauben, ...", "gaben an zu glauben, ...") opens
    a content in the Konjunktiv of possibility (phrasing `believed_modal`) that runs to `end` (a possibility's end)
    from its sentence's `start`, and nothing after the belief's comma ends its content before `end` (phrasing
    `belief_ends`: a colon, a dash, a verdict on the believer, a contrast or fact word: "Wer glaubt, ..., irrt: ...")."""
    if not may_hold(_HELD_BELIEF_WORDS, text, start, end):
        return False  # the cheap test first: no word the belief's pattern needs (derived from the pattern itself)
    for frame in _S.held_belief.finditer(text, start, end):
        if _S.believed_modal.search(text, frame.end(), end) and not _S.belief_ends.search(text, frame.end(), end):
            return True
    return False


# The literals every match of `held_belief` holds: the pre-test of `_inside_held_belief`, derived from the pattern.
_HELD_BELIEF_WORDS = gate_words(_S.held_belief)


_DEADLINE_WORD = re.compile(r"\bbis\b")


def _plan_time_modals(sent: str, clauses: list[tuple[int, int]], cues: dict[str, list[_TokenCue]]) -> list[_TokenCue]:
    """The past of 'sollen' (MODAL_PLAN cues of patterns/consent_tokens.jsonl) whose clause dates the duty to its past
    (phrasing `consent_plan_time`: an adverb of the first plan or a year): the users' duty of that time, read as
    MODAL (the lead's D68 (e); issue 7, session 56, opt56). Without such a word the form is as often the Konjunktiv II
    of advice, and it is not read. The consent must stand in the modal's own clause, not negated ("Ursprünglich
    sollten Nutzer, die nicht zustimmen, ... verlieren" tells the planned loss, D50 (a))."""
    out: list[_TokenCue] = []
    if not cues.get("MODAL_PLAN") or _S.advice_mark.search(sent):
        return out  # "sollten 2021 lieber ..., rät die Beauftragte": advice (review56's finding)
    for cue in cues.get("MODAL_PLAN", []):
        lo, hi = clauses[clause_index(clauses, cue.begin)]
        # the modal's own clause ends at a subordinate clause the shared split keeps inside it ("..., bevor sie
        # zustimmen": the consent is the subordinate clause's, not the duty's)
        cut = PHRASES["subordinate_after_comma"].search(sent, cue.stop, hi)
        hi = cut.start() if cut is not None else hi
        consents = [c for label in ("ACCEPT", "CONSENT") for c in cues.get(label, []) if lo <= c.begin and c.stop <= hi]
        seg = max(lo, sent.rfind(",", lo, cue.begin) + 1)
        if PHRASES["relative_pronoun_start"].match(sent, seg) and not _DEADLINE_WORD.search(sent, seg, hi):
            continue  # "Regeln, denen alle zustimmen sollten": without a deadline of its own it names the terms (D73 (c))
        if (
            consents and _S.consent_plan_time.search(sent, lo, hi) and not has_negation(sent[lo:hi])
            and "?" not in sent[cue.begin:]  # "Bis wann sollten Nutzer 2021 zustimmen?": asked, not told
        ):
            out.append(cue)
    return out


def _verb_final_shall(cue: _TokenCue) -> bool:
    """Is the MODAL_INF cue the verb-final "zustimmen soll(en)" of patterns/consent_tokens.jsonl (two words, the modal
    last), not the verb-second "sollen ... zustimmen"?"""
    words = cue.text.lower().split()
    return len(words) == 2 and words[1] in ("soll", "sollen")


def _final_shall_with_deadline(sent: str, clauses: list[tuple[int, int]], cues: dict[str, list[_TokenCue]]) -> list[_TokenCue]:
    """Present 'soll'/'sollen' closing a subordinate clause right after the consenting infinitive (the verb-final
    MODAL_INF of patterns/consent_tokens.jsonl: "Bedingungen, denen die Nutzer bis zum 15. Mai zustimmen sollen"), where
    its clause gives the duty a deadline of its own ("bis ..."): the users' duty, D73 (c)'s must-consent in a relative
    clause on the terms with its deadline (issue 7, session 58, opt58). Without a deadline the clause only names the
    terms ("Regeln, denen alle zustimmen sollen"), and it is not read."""
    out: list[_TokenCue] = []
    for cue in cues.get("MODAL_INF", []):
        if not _verb_final_shall(cue):
            continue  # the verb-second "sollen ... zustimmen" is read as the modal infinitive already
        lo, _hi = clauses[clause_index(clauses, cue.begin)]
        seg = max(lo, sent.rfind(",", lo, cue.begin) + 1)
        if _DEADLINE_WORD.search(sent, seg, cue.begin) and not has_negation(sent[seg:cue.stop]) and "?" not in sent[cue.begin:]:
            if PHRASES["relative_pronoun_start"].match(sent, seg) and not _whatsapps_terms_head(sent, seg):
                continue
            out.append(cue)
    return out


def _whatsapps_terms_head(sent: str, seg: int) -> bool:
    """Is the head of the relative clause opening at `seg` of `sent` (lower-cased), the stretch from the comma before
    it back to the clause's start, WhatsApp's terms: a terms noun (cue `terms_object`: "die neuen
    Nutzungsbedingungen", "neue Regeln", "die WhatsApp-Regeln"), and no other service named in the head or in the
    relative clause ("Die Bedingungen von Telegram, denen ..."; issue 7, session 59, opt59, review59's finding)? A
    compound of another holder's rules ("Vereinsregeln", "Gruppenregeln") is no terms noun of the cue. D84 (f)."""
    comma = sent.rfind(",", 0, seg)
    start = sent.rfind(",", 0, comma) + 1 if comma > 0 else 0
    head = sent[start:max(comma, start)]
    end = sent.find(",", seg)
    clause = sent[seg:end if end > 0 else len(sent)]
    cues = default_cues()
    terms = list(cues.finditer("terms_object", head))
    if not terms or _other_services_at(cues, head) or _other_services_at(cues, clause):
        return False
    # the terms' owner named after the noun by a genitive or "von" must be WhatsApp or a word for it ("die
    # Geschäftsbedingungen der Sparkasse, denen ...": a bank's terms; "die Regeln des Messengers" are WhatsApp's)
    owner = _TERMS_OWNER.match(head, terms[-1].end())
    return owner is None or refers_to_target(owner.group(0)) or cue_has("buyer", owner.group(0))


# An owner after a terms noun: a genitive article or "von"/"vom" and up to three words ("der Sparkasse", "des
# Vereins", "von Telegram", "des Messengers"; `_whatsapps_terms_head`).
_TERMS_OWNER = re.compile(r"\s+(?:der|des|von|vom)\s+(?:[\w-]+\s+){0,2}?[\w-]+")


def _hypothetical_necessity(
    sent: str,
    clauses: list[tuple[int, int]],
    ci: int,
    must: _TokenCue,
    cues: dict[str, list[_TokenCue]],
    keep_using: Callable[[str], bool] | None = None,
) -> bool:
    """The necessity `must` (in clause `ci`) is a Konjunktiv II ("müssten", "hätten ... zuzustimmen": a SUBJUNCTIVE
    token cue where it begins) after a clause opening a condition earlier in the sentence ("Falls/Wenn WhatsApp die
    Regeln ändert, | müssten die Nutzer zustimmen", "Sollte der Konzern ..., | müssten alle ..."): a hypothetical
    requirement, no accept-or-leave of the text's own. Not the Konjunktiv of reported speech without a condition
    ("Die Nutzer müssten zustimmen, sonst würden sie gesperrt, teilte WhatsApp mit"), not a condition after the modal
    ("müssten zustimmen, wenn sie WhatsApp weiter nutzen wollen": the accept-or-leave's own). (Session 24, layer24b.)"""
    if not any(cue.begin == must.begin for cue in cues.get("SUBJUNCTIVE", [])):
        return False
    # the clauses before the modal's, and the comma-delimited stretches of its own clause before it (the shared split
    # keeps "wenn ... würde, hätten ..." in one clause); a condition of further use is the accept-or-leave's own
    # ("Wenn man WhatsApp weiter nutzen will, müsste man zustimmen").
    # Further use is read on the layer (KEEP_USING of patterns/consent_tokens.jsonl: "weiter/weiterhin nutzen",
    # the separable "benutzt ... weiter" rejoined), not from a raw "weiter" ("weitergibt", "weiter verschärft").
    lo = clauses[ci][0]
    spans = list(clauses[:ci])
    a = lo
    for piece in sent[lo:must.begin].split(",")[:-1]:
        spans.append((a, a + len(piece)))
        a += len(piece) + 1
    further = cues.get("KEEP_USING", [])
    return any(
        is_conditional(sent[a:b])
        and not (keep_using and keep_using(sent[a:b]))
        and not any(a <= cue.begin < b for cue in further)
        for a, b in spans
    )


_UNREAL_CLAUSES = mood.UnrealClauses(denial=mood.DENIAL, statements_inside=True, edges="any")


def _reports_refuted(text: str, bounds: list[tuple[int, int]], sentences: set[int]) -> set[int]:
    """Of the sentences `sentences`, those that report what others say (deal.json hearsay_words: "hieß es in einem
    Gerücht", "laut einem Bericht", "angeblich", "soll ... haben"; or the Konjunktiv I, reported_finites) and that the
    next sentence refutes: a verdict ("Das ist falsch.", "Das stimmt nicht.": price_refuted.statement_refuted_next) or
    a denial pointing back at it ("WhatsApp dementiert das.", "Der Konzern bestritt dies.": price_refuted.denies_told).
    By the lead's D62 such a report gives no item, whoever makes it (the price's and the year's readers read the same
    two; issue 7, session 44, opt44). A writer's own statement before a verdict is left to `_add_claims`' other
    readers (the verdict may refute one word of it)."""
    starts = [b[0] for b in bounds]
    out: set[int] = set()
    for si in sentences:
        if si + 1 >= len(bounds):
            continue
        sent = text[bounds[si][0]:bounds[si][1]]
        if not (cue_has("hearsay_words", sent) or cue_has("reported_finites", sent)):
            continue
        nxt = text[bounds[si + 1][0]:bounds[si + 1][1]]
        if _ATTRIBUTED.search(nxt):
            continue  # "Das ist falsch, sagen Verbraucherschützer.": a dispute between sources, not the text's own
            # verdict: the report keeps its item (the lead's 04:55 ruling, session 44)
        if statement_refuted_next(text, starts, si) or (denies_told(nxt) and _PARTY.search(nxt)):
            out.add(si)
    for si in sentences:
        # the report noun's own relative clause refutes it ("..., hieß es in einem Gerücht, | das WhatsApp inzwischen
        # dementiert hat")
        sent = text[bounds[si][0]:bounds[si][1]]
        for found in _REPORT_RELATIVE.finditer(sent):
            clause = sent[found.end():_clause_end(sent, found.end())]
            # the relative pronoun is the word pointing back: the denial verb alone (deal.json denials), not negated
            if cue_has("denials", clause) and not has_negation(clause):
                out.add(si)
                break
    return out


# A verdict attributed to a third party by a saying verb after it (", sagen Verbraucherschützer", "widersprach der
# Verband"), and the party a denial must come from to be the text's refutation ("WhatsApp dementiert das.").
_ATTRIBUTED = re.compile(r",\s*(?:sagen|sagt|sagte|sagten|meinen|meint|meinte|finden|findet|erklären|erklärt|erklärte|kritisieren|kritisiert|urteilen|urteilt|betonen|betont|widersprechen|widerspricht|widersprach)\b|\b(?:widersprach|widersprachen|widerspricht)\s+(?:der|die|das|ein|eine)\s")
_PARTY = re.compile(r"\b(?:whats\s?app|facebook|meta|zuckerberg|konzern|unternehmen|firma|sprecher\w*|mutterkonzern)\b")
# A report noun opening its relative clause ("ein Gerücht, das ...", "dem Bericht, den ..."): `_reports_refuted`.
_REPORT_RELATIVE = re.compile(
    rf"(?:{hearsay_words.subclass('hearsay_noun')})\w*\s*,\s*(?:das|die|den|der|dem|welche[snmr]?)\s")


_NO_LEMMA = frozenset("kein keine keinen keiner keines keinem nicht nie niemals nur".split())


def _see_also_line(original: str, text: str, bounds: tuple[int, int]) -> bool:
    """Is the sentence at `bounds` a reference work's cross-reference line ("Siehe auch: Opt-in, Einwilligung,
    Widerspruchsrecht"): the phrasing `see_also_line` over the lowered `text`, and every word after its lead, in the
    `original` case, a capitalised noun or name or 'und'/'oder' (an item with a predicate or a negation - "Widerspruch
    nicht möglich" - is a statement; review47). Issue 7, session 47, opt47."""
    m = _S.see_also_line.match(text, *bounds)
    if m is None:
        return False
    words = _WORD.findall(original, m.end("lead"), bounds[1])
    # (a capitalised negation opening an item - "Siehe auch: Kein Widerspruch" - is a statement, no lemma name)
    return all((w[0].isupper() and w.lower() not in _NO_LEMMA) or w in ("und", "oder") for w in words)


def _glossary_definitions(original: str, text: str, bounds: list[tuple[int, int]]) -> set[int]:
    """The sentences (indices into `bounds`) of a glossary entry's definition that name none of the deal's parties
    and no year ("Einwilligung – Eine freiwillige, informierte Zustimmung ... Sie kann jederzeit widerrufen werden."):
    the text's first line is a glossary's title (phrasing `glossary_heading`), the sentence's line opens with a
    capitalised headword, a dash and the definition (phrasing `glossary_entry`), the text holds at least three such
    lines, and the line up to the sentence's end has no `deal_party_or_year`: the
    definition of a general term, no option of the deal's users (issue 7, session 50, opt50; own92-008, own92-030).
    So is a sentence that opens by defining its term ("Opt-in bedeutet: ...", phrasing `definition_lead`) and names
    no party or year (challenge_gen27-059). `text` is the lower-cased `original`."""
    out: set[int] = set()
    if any(verb in text for verb in _DEFINING_VERBS):
        for si, (start, end) in enumerate(bounds):
            if _S.definition_lead.match(text, start, end) is not None and _S.deal_party_or_year.search(text, start, end) is None:
                out.add(si)
    if "– " not in text and "— " not in text:
        return out
    first = text[:text.find("\n")] if "\n" in text else text
    if _S.glossary_heading.search(first.strip() or text[:200]) is None:
        return out  # a summary or list in the same layout states the text's facts (review50's finding)
    entries = [
        at for at in (0, *(m.end() for m in _NEWLINE.finditer(text)))
        if original[at:at + 1].isupper() and _S.glossary_entry.match(text, at) is not None
    ]
    if len(entries) < 3:
        return out
    for si, (start, end) in enumerate(bounds):
        line = text.rfind("\n", 0, start) + 1
        if line in entries and _S.deal_party_or_year.search(text, line, end) is None:
            out.add(si)
    return out


# The verbs of phrasing `definition_lead` (a cheap test before the sentences are matched); line breaks.
_DEFINING_VERBS = ("bedeutet", "bezeichnet", "meint")
_NEWLINE = re.compile(r"\n")


def _clause_end(sent: str, pos: int) -> int:
    """Where the clause at `pos` of `sent` ends: the next comma, semicolon, colon or dash (`_CLAUSE_MARK`, defined
    below with the clause openings), else the end. Until session 56 a second definition with the sentence marks and
    without the dashes stood here; it was shadowed at import, so this reader has always used the one below."""
    found = _CLAUSE_MARK.search(sent, pos)
    return found.start() if found is not None else len(sent)


def _unreal_refusal(sent: str, clauses: list[tuple[int, int]], refuse: re.Match[str]) -> bool:
    """The refusal `refuse` is supposed, not told: its clause is an unreal condition in the Konjunktiv II ("Falls
    jemand nie zugestimmt hätte, wäre ...", "Würde WhatsApp Nutzer ohne Einwilligung aussperren, ...") or the consequence
    of one in its sentence (models/mood.py, the one reader of unreal clauses; session 40, opt40). A Konjunktiv II with
    no condition ("Wer nicht zustimmt, würde gesperrt", reported) stays a statement."""
    lo, hi = clauses[clause_index(clauses, refuse.start())]
    return _UNREAL_CLAUSES.condition(sent, lo, hi) or (
        mood.unreal_finite(sent[lo:hi]) and _UNREAL_CLAUSES.condition_elsewhere(sent, lo, hi)
    )


def _institution_subject(cues: dict[str, list[_TokenCue]], lo: int, must_lo: int, must_hi: int, hi: int) -> bool:
    """An INSTITUTION token cue (patterns/consent_tokens.jsonl) as the subject of the must in the clause `lo`..`hi`:
    before the modal ("Die Wettbewerbsbehörden müssen zustimmen"), or after it with no USER cue before it in the
    clause ("Vorher müssen die Aktionäre noch zustimmen", "müssen auch in Europa die Behörden zustimmen"; not "Die
    Nutzer müssen laut Gericht zustimmen"): the deal's approval, not the users' consent (D34). Not an institution
    before the users the must is said of ("Die Behörde stellte fest, WhatsApp habe seine Nutzer gezwungen, ...", "Nach
    Ansicht des Gerichts wurden die Nutzer gezwungen, ..."): the frame of a finding, the users nearer the must (session
    39, opt39, D58)."""
    users = cues.get("USER", [])
    for cue in cues.get("INSTITUTION", []):
        if lo <= cue.begin < must_lo and not any(cue.begin < user.begin < must_lo for user in users):
            return True
        if must_hi <= cue.begin < hi and not any(lo <= user.begin < cue.begin for user in users):
            return True
    return False


def _cues_by_sentence(
    layer: dict[str, list[tuple[int, int]]], text: str, sents: Sentences
) -> dict[int, dict[str, list[_TokenCue]]]:
    """The token cues of the document grouped by sentence index, with offsets into their sentence
    (one pass over the matches; a cue crossing a sentence end is dropped)."""
    out: dict[int, dict[str, list[_TokenCue]]] = {}
    for label, spans in layer.items():
        for s, e in spans:
            si = sents.index_at(s)
            start, end = sents.starts[si], sents.ends[si]
            if e <= end:
                out.setdefault(si, {}).setdefault(label, []).append(_TokenCue(s - start, e - start, text[s:e], label))
    return out


def _neither_nor(sent: str, start: int, cue: int) -> bool:
    """A "weder ..., noch" whose "noch" opens the clause region [start, ...) of the cue at `cue`: "Gefragt wurden
    sie weder, noch können sie es verhindern" negates the cue like "nicht" (a "weder" of an earlier region does not)."""
    found = None
    for found in _S.neither_nor.finditer(sent, 0, cue):
        pass
    return found is not None and found.end() > start


def _unquoted(text: str) -> str:
    """`text` without its quoted parts (the labels of switches and menus), offsets kept."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text) if _QUOTE_OPEN.search(text) else text


def _without_setting_labels(text: str) -> str:
    """`text` (lower-cased) without the quoted labels of switches, settings and menus, offsets kept: a quoted part
    right after a word of the setting or its place ("den Haken bei „Meine Account-Info teilen“", "unter „Account“",
    "der Schalter „Info teilen“"; `_SETTING_BEFORE_LABEL`). A quoted statement ("„Man kann der Weitergabe
    widersprechen“") stays (issue 7, session 59, opt59; D75 (a): the setting's name states no data)."""
    if not _QUOTE_OPEN.search(text):
        return text
    for m in _QUOTED.finditer(text):
        if _SETTING_BEFORE_LABEL.search(text, max(0, m.start() - 40), m.start()):
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return text


# What stands right before a setting's quoted label: its place or its kind, with an article and one word between
# ("bei „...“", "unter „Account“", "den Haken bei der Option „...“", "der Schalter „...“"; `_without_setting_labels`).
_SETTING_BEFORE_LABEL = re.compile(
    r"\b(?:bei|unter|namens|haken|häkchen|schalter|regler|option|einstellung|kästchen|menüpunkt|punkt|feld|button)"
    r"\s+(?:(?:der|dem|den|die|das)\s+)?(?:[\w-]+\s+)?$"
)


def _in_clause(clauses: list[tuple[int, int]], ci: int, sent: str, rx: re.Pattern[str]) -> bool:
    return rx.search(sent, clauses[ci][0], clauses[ci][1]) is not None


def _derive(
    sent: str, cues: dict[str, list[_TokenCue]], device_object: Callable[[str, int], bool] | None = None
) -> dict[str, list[_TokenCue]]:
    """The token cues of one sentence with the PAIRED words of ``opt_out_tokens.jsonl`` resolved per clause:
    "sich ... entziehen/verweigern/widersetzen", "sich dagegen entscheiden" and "gegen ... nichts unternehmen"
    become OBJECTION, "Haken" with a removing verb becomes CONTROL; CONTROL verbs with the user as their
    subject ("verhindern Sie", "man unterbindet") add EFFECT; "ausgeschlossen"/"auszuschließen" are dropped
    from CONTROL. Single-token look-ups plus these clause checks cost far less than Matcher wildcards."""
    paired = cues.get("PAIRED", [])
    control = cues.get("CONTROL", [])
    if not paired and not control:
        return cues
    out = {label: list(found) for label, found in cues.items() if label != "PAIRED"}
    if control:
        out["CONTROL"] = [cue for cue in control if cue.text not in ("ausgeschlossen", "auszuschließen")]
        if _S.user.search(sent):
            for cue in out["CONTROL"]:
                if not _S.effect_word.match(cue.text):
                    continue
                start = max(sent.rfind(",", 0, cue.begin), sent.rfind(":", 0, cue.begin), 0)
                after = _S.user_after.match(sent, cue.stop)
                # "verhindert man" and "verhindert ihr, dass ..." are the user's act; "verhindert Sie" may be a passive's.
                user_act = after is not None and (
                    after.group(1) == "man"
                    or cue.text not in _PARTICIPLES
                    or (after.group(1) == "ihr" and _S.ihr_subject_end.match(sent, after.end()) is not None)
                )
                before = None if user_act or cue.text in _PARTICIPLES else _S.user_before.search(sent, start, cue.begin)
                pronoun = after.group(1) if user_act and after is not None else (before.group().split()[0] if before else "")
                if pronoun.lower() == "sie" and not _S.sie_verb.search(cue.text.lower()):
                    continue  # "Sie untersagte WhatsApp, ...": a singular verb, "sie" is an authority, not the user
                if user_act or before:
                    out.setdefault("EFFECT", []).append(cue)
    # Cheap sentence-level conditions first: most sentences with "machen" or "setzen" need no clause split.
    reflexive = [c for c in paired if _S.sich_word.match(c.text)] if _S.sich.search(sent) else []
    acts = [c for c in paired if _S.act_word.match(c.text)] if _S.against.search(sent) else []
    ticks = [c for c in paired if c.text in _TICKS]
    removals = [c for c in paired if _S.remove_word.match(c.text)] if ticks else []
    # "Einen Schalter gegen die Weitergabe gibt es nicht": the device against a use opts out of it (layer27).
    # `device_object`: the use or transfer after "gegen" ("Einen Schalter gegen Spam-Anrufe gibt es nicht" is none).
    devices = [
        c for c in paired
        if c.text in _DEVICES and _S.device_against.match(sent, c.stop) and (device_object is None or device_object(sent, c.stop))
    ] if _S.against.search(sent) else []
    if not (reflexive or acts or (ticks and removals) or devices):
        return out
    clauses = _split(sent)

    def add(label: str, begin: int, stop: int) -> None:
        out.setdefault(label, []).append(_TokenCue(begin, stop, sent[begin:stop], label))

    for cue in reflexive:
        ci = clause_index(clauses, cue.begin)
        if _in_clause(clauses, ci, sent, _S.sich) and (
            not cue.text.startswith("entscheid") or _in_clause(clauses, ci, sent, _S.against)
        ):
            add("OBJECTION", cue.begin, cue.stop)
    for cue in acts:
        ci = clause_index(clauses, cue.begin)
        if _S.nothing_before.search(sent, clauses[ci][0], cue.begin) and _in_clause(clauses, ci, sent, _S.against):
            add("OBJECTION", cue.begin, cue.stop)
    for cue in devices:
        add("OBJECTION", cue.begin, cue.stop)
    for tick in ticks:
        ci = clause_index(clauses, tick.begin)
        for verb in removals:
            vi = clause_index(clauses, verb.begin)
            # Also in the relative clause right after it: "gibt es einen Haken, | den Sie entfernen können".
            if vi == ci or (vi == ci + 1 and _S.relative_start.match(sent, clauses[vi][0])):
                add("CONTROL", min(tick.begin, verb.begin), max(tick.stop, verb.stop))
                break
    for found in out.values():
        found.sort(key=lambda cue: cue.begin)
    return out


def _effect_in(layer: dict[str, list[_TokenCue]] | None, start: int, end: int) -> bool:
    """An EFFECT token cue ("verhindern Sie", "man unterbindet") inside [start, end) of the sentence."""
    return bool(layer) and any(start <= cue.begin < end for cue in layer.get("EFFECT", []))


def _cue_clause(rx: re.Pattern[str], sent: str) -> tuple[re.Match[str], list[tuple[int, int]], int] | None:
    """The first match of `rx` in `sent`, the sentence's clauses and the index of the clause holding it."""
    m = rx.search(sent)
    if m is None:
        return None
    clauses = _split(sent)
    return m, clauses, clause_index(clauses, m.start())


def _object_after_colon(sent: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The shared split's clauses with a clause that ends in a preposition before a colon joined to the next one: the
    colon of a fact sheet's label stands between the preposition and its object ("Widerspruch möglich gegen: Werbung,
    Freundschaftsvorschläge"), so the object belongs to the label's clause (issue 7, session 56, opt56)."""
    out: list[tuple[int, int]] = []
    for span in clauses:
        if out and _S.preposition_before_colon.search(sent, out[-1][0], span[0]):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _split(sent: str) -> list[tuple[int, int]]:
    """The shared clause split, also cut before contrastive "wohl aber" / "immerhin" continuations and
    around a temporal "als" clause ("Anders als 2016, | als Nutzer widersprechen konnten, | bietet ...")."""
    clauses = split_clauses(sent)
    if ":" in sent:
        clauses = _object_after_colon(sent, clauses)
    if "," not in sent or (_S.extra_break.search(sent) is None and _S.temporal_als.search(sent) is None):
        return clauses
    out: list[tuple[int, int]] = []
    for start, end in clauses:
        pos = start
        for m in _S.extra_break.finditer(sent, start, end):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, end))
    cut: list[tuple[int, int]] = []
    for start, end in out:
        pos = start
        for m in _S.temporal_als.finditer(sent, start, end):
            cut.extend(((pos, m.start()), (m.start(1), m.end(1))))
            pos = m.end()
        cut.append((pos, end))
    return [span for span in cut if span[1] > span[0]]


_CONCESSIVE_OR = re.compile(r"\boder\b")
_CLOSING_PARENTHESIS = re.compile(r"\s*\([^()]{1,80}\)[\s.!]*$")


def _closing_parenthesis_length(text: str, start: int, end: int) -> int:
    """The length of a parenthesis that closes text[start:end] (its blanks and full stop too), 0 without one."""
    match = _CLOSING_PARENTHESIS.search(text, start, end)
    return 0 if match is None else match.end() - match.start()


def _asked_by_frame(sent: str, pos: int) -> bool:
    """Does `pos` lie in a clause of `sent` opening with "ob" (`_asked_whether`) right after a question's noun or a
    verb of asking (phrasing `asking_frame`: "Auf eine Frage, | ob es einen Weg gebe, ...", "wollte wissen, |
    ob ...")? Not an "ob" clause a main clause decides ("Ob die Daten fließen, entscheiden die Kunden nicht").
    Issue 7, session 54, opt54 (own99-053)."""
    if not _asked_whether(sent, pos):
        return False
    clauses = _split(sent)
    start = clauses[clause_index(clauses, pos)][0]
    return _S.asking_frame.search(sent, max(0, start - 60), start) is not None


def _asked_whether(sent: str, pos: int) -> bool:
    """Does the clause of `sent` holding `pos` open with "ob" (phrasing `indirect_question`)? An indirect yes-no
    question asks what it holds and tells none of it: "Ob die Einschränkungen doch noch kommen, bleibt abzuwarten",
    "..., ließ offen, ob Funktionen wegfallen" (session 45, opt45)."""
    if "ob" not in sent:
        return False  # speed: most sentences hold no "ob"
    clauses = _split(sent)
    span = clauses[clause_index(clauses, pos)]
    if PHRASES["indirect_question"].match(sent, span[0], span[1]) is None:
        return False
    # "..., ob man will oder nicht", "ob Sie nun zustimmen oder nicht": the concessive alternative tells its main
    # clause whatever the user does
    return _CONCESSIVE_OR.search(sent, span[0], span[1]) is None


def _with_condition(sent: str, clauses: list[tuple[int, int]], ci: int) -> int:
    """Clause `ci`, or the "Wer/Wenn ..." clause right before it: "Wer den Abgleich verhindern will, | hat nur
    eine Option: ..." is one accept-or-leave statement, its condition no objection of its own."""
    return ci - 1 if ci > 0 and _S.subject_clause.match(sent, clauses[ci - 1][0]) else ci


def _cleft_end(sent: str, clauses: list[tuple[int, int]], ci: int) -> int:
    """The end of a pseudo-cleft opening at clause `ci` ("Was der Schalter nicht verhindert, | ist, | dass die Nummer
    an Facebook geht"): its clauses up to three on, stopping before a colon or semicolon (what follows it is a
    statement of its own)."""
    end = clauses[ci][1]
    for a, b in clauses[ci + 1:ci + 4]:
        if any(mark in sent[end:a] for mark in ":;"):
            break
        end = b
    return end


def _paragraph_break(text: str, start: int, next_start: int) -> bool:
    """Does a line break end the sentence from `start` to the next sentence's start (`next_start`)? The sentence
    spans hold their trailing whitespace, so the break is looked for there. A single line break before a line that
    opens a speaker's turn (`opens_turn`: "GAST 1: ...") is none: a transcript's turns are its lines."""
    between = text[start:next_start]
    tail = between[len(between.rstrip()):]
    # a speaker's next turn on the next line is no paragraph break (a transcript's lines; session 30, opt51, own51-029)
    return "\n" in tail and not (tail.count("\n") == 1 and opens_turn(text, next_start))


def sentences_beside(text: str, bounds: list[tuple[int, int]], si: int) -> set[int]:
    """The indexes of the sentences right before and right after sentence `si` with no paragraph break between
    (`_paragraph_break`): where a no-choice verdict reads with a statement (D41), for the rules and the learned stage's
    `drop_verdicts_beside` alike."""
    beside = set()
    if si > 0 and not _paragraph_break(text, bounds[si - 1][0], bounds[si][0]):
        beside.add(si - 1)
    if si + 1 < len(bounds) and not _paragraph_break(text, bounds[si][0], bounds[si + 1][0]):
        beside.add(si + 1)
    return beside


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _clauses_from(clauses: list[tuple[int, int]], ci: int, n: int) -> tuple[int, int]:
    """Span of clause `ci` and up to n-1 following clauses."""
    return clauses[ci][0], clauses[min(len(clauses) - 1, ci + n - 1)][1]


def told_before_question(text: str, sents: Sequence[tuple[int, int]], sq: int) -> str:
    """What is told right before question `sq` (of the sentence spans `sents` of `text`): the sentence before it; where
    that sentence is no question but answers the question right before it, the question and its answer read together
    as one statement ("Was geht an Facebook? Nur Ihre Telefonnummer." tells "Nur Ihre Telefonnummer geht an
    Facebook"; "Frage: Welche Daten fließen zu Facebook? Antwort: Die Nummer ..."): a verbless answer takes its verb
    and its recipient from the question it answers, so a pronoun in the next question ("Kann ich das verhindern?")
    takes up that transfer (D23 with D30's pronoun, D3). "" before the first sentence. Issue 7, session 57, opt57.
    Only where the question or its answer names Facebook or Meta (deal.json `buyer`: "Wer bekommt meine Daten?
    Facebook.") and neither names another company or messenger ("Was bekommt Instagram von Facebook?", "Wer bekommt die
    Fotos? Alle Eltern der Klasse." tell other transfers: review57's findings of 18:58 and 19:05)."""
    if sq < 1:
        return ""
    before = text[sents[sq - 1][0]:sents[sq - 1][1]]
    if sq >= 2 and not is_question(before) and is_question(asked := text[sents[sq - 2][0]:sents[sq - 2][1]]) and (
        cue_has("buyer", asked + " " + before) and not _other_services_at(default_cues(), (asked + " " + before).lower())
    ):
        # the question's interrogative noun asks what goes, it names no data: the answer does ("Welche Daten bekommt
        # Facebook? Nur die Telefonnummer." is the number alone; review57's 18:54 finding)
        return _WH_DATA.sub(lambda m: " " * len(m.group()), asked) + " " + before
    return before


# An interrogative phrase asking which data go ("welche Daten", "Welche Informationen"; `told_before_question`).
_WH_DATA = re.compile(r"(?i)\bwelche[nrs]?\s+(?:[\w-]+\s+)?(?:daten|informationen|angaben)\b")


def _asked(sent: str) -> tuple[str, bool] | None:
    """The question in `sent` that the next sentence may answer, and whether it is reported: the sentence itself
    when it is a question, the part after the reporting words when it reports one ("Ein Leser fragt, ob er dem
    widersprechen kann." - "Kurze Antwort: Das geht nicht mehr."); None when it asks nothing."""
    if is_question(sent):
        return sent, False
    reported = _S.reported_question.search(sent)
    return None if reported is None else (sent[reported.end():], True)


# The joint before a coordinated main clause: a comma or semicolon with or without a coordinating particle (deal.json
# coordinating_particles: "und", "aber", "doch", "oder"), or a dash (`_coordinated_deadline_end`), right before the
# clause's subject.
_DEADLINE_JOINT = re.compile(
    rf"(?:[,;]\s*(?:{cue_words('coordinating_particles')}\s+)?|\s[-–—]\s*|\s{cue_words('coordinating_particles')}\s+)"
)
# A subject clause opened by "wer" (the last clause before a pro-form clause; `_proform_not_stated`).
_WHO_CLAUSE = re.compile(r"\W*wer\b")
# The messenger named by name or epithet: a step's result that names no data is about WhatsApp's only with it.
_TARGET_NAMED = re.compile(r"whats\s?app|messenger")
# The words every branch of the phrasing `proform_denial` ends in: a sentence holding none is not matched.
_PROFORM_LITERALS = re.compile(r"\b(?:nicht|nichts|nie|fix|endgültig|unwiderruflich|unumkehrbar)\b")
# Those words as plain literals: the sentences that may hold one, found in one pass over the text (speed42).
_PROFORM_WORDS = literal_alternation(list(gate_words(_PROFORM_LITERALS) or ("",)))  # ("": every sentence, words unknown)
# Where a clause may open in a sentence: its start and after a comma, semicolon, colon or dash.
_CLAUSE_MARK = re.compile(r"[,;:–—]")


def _clause_starts(sent: str) -> list[int]:
    """The offsets in `sent` where a clause may open: 0 and right after each comma, semicolon, colon or dash."""
    return [0, *(m.end() for m in _CLAUSE_MARK.finditer(sent))]


def _unclaimed(sents: list[tuple[int, int]], found: list[_Candidate], context: list[bool],
               first: int = 0) -> Iterator[tuple[int, int, int]]:
    """The sentences from `first` on that stand in the deal context and hold no candidate yet: (index, start, end).
    The steps that read a sentence's relation to the ones before it (an ended option, an elliptic denial) claim only
    what the sentence rules left."""
    claimed = {f.si for f in found}
    for si in range(first, len(sents)):
        if si not in claimed and context[si]:
            yield si, sents[si][0], sents[si][1]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace and punctuation (`_TRIM`; regex_tools.trim_span)."""
    return trim_span(text, start, end, _TRIM)


@last_call_by_identity
def _first_refusal(cues: Cues, sent: str) -> re.Match[str] | None:
    """`cues.rx["refuse"].search(sent)`, remembered for the last sentence object asked: `_no_choice_spans` and
    `_refusal_without_loss` search the same sentence one after the other (speed46: the search of this long cue, about
    8,000 characters, was 1.6% of the pipeline on real text, half of it the second search). Asked behind the cue's
    existence test (`Cues.search`, the same match): 2% of real sentences hold a refusal, and the test tells the others
    about four times cheaper than the whole alternation's scan. A match is only read."""
    return cues.search("refuse", sent)


@lru_cache(maxsize=1)
def default_cues() -> Cues:
    """The bundled cue file, compiled once per process (the component and the reference step share it)."""
    return Cues.load()


@Language.factory("dealwatch_opt_out")
def make_component(nlp: Language, name: str) -> OptOutComponent:
    """spaCy factory: the component with the bundled cues."""
    return OptOutComponent(default_cues(), nlp.vocab)


def _claims_under(doc: Doc, found: list[_Candidate], heading: Block) -> list[_Candidate]:
    """The claims in the blocks a heading introduces (its section)."""
    return [other for other in found if (inner := block_at(doc, other.start)) is not None and inner.intro == heading.index]
