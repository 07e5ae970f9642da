"""Precision guards of the learned data_shared stage (option `guards`, variant V6): general readings that say
a sentence with a data word states no transfer to Facebook.

A bag of lemma n-grams reads "Anna kennt die Telefonnummer ihrer Freundin" after a deal sentence, or a
list item under "Welche Daten sind betroffen?", like a transfer: the data word and the deal are there.
So, as the opt-out stage's guards do (`opt_guards.py`), the sentence is read with the rules' own transfer
cues (`patterns/data_shared.json`), the layer's parties and blocks, and a few frames of German grammar
(`ds_guards.json`). `blocked` gives the first reason that applies, or "":

- "hearsay": an impersonal report ("liest man", "angeblich", "kursiert"): a claim is only repeated;
- "refuted": the next sentence refutes it ("Das ist falsch.", "Das trifft nicht zu.", "Stimmt nicht.": the rules'
  verdict reader, models/data_shared_phrases.py `refutes`): by the lead's D62 no item (session 43, prec43); or an
  editors' note opening the next block does ("Anmerkung der Redaktion: Das trifft nicht zu." after a reader's letter:
  the rules' `refuted_by_note`; session 47, ds47);
- "hypothetical": a Konjunktiv II head and its zu-infinitive ("Das Beste wäre, die Nummern ... zu teilen"):
  what could be done, not what is done;
- "user choice": a setting's label ("die Option, die Daten mit Facebook zu teilen") or the reader's choice
  ("Wer mag, ...") or the that-clause of a refusal ("ablehnen, dass ihre Daten für Werbung genutzt werden", the lead's
  D71 (b); session 53): what users may do is the opt-out's business, not a statement that data flow;
- "advice": a list item or answer under an intro that advises ("Was Nutzer jetzt tun sollten:"), or an
  imperative to the reader ("Schauen Sie ..."): what to do, not what happens;
- "no transfer": the sentence neither names Facebook (a "Facebook und WhatsApp:" label before a colon does
  not count) nor holds a transfer cue of its own, and none stands before it (`Sentence.transfer_before`) nor
  does a rule claim (checked in `holds`): a person's or the app's knowledge or possession of data, data
  merely "betroffen", a deal sentence followed by anything with a data word;
- "coordinated buyer": Facebook named only as a conjunct right after a data word ("die Sache mit den
  Telefonnummern und Facebook") and no transfer cue of the rules in the sentence: a subject matter, no recipient
  (session 46, ds46);
- "state": borrowing the transfer from a sentence before, it states a property of the data ("Die Nummer ist
  ohnehin öffentlich", "Standortdaten sind sicher"), not where they go.

Readings that assert no transfer even where Facebook is named (`unasserted`, option `reading_guards`, declared
in session 12 round 2 before it was measured; they hold whatever the rules claimed, as a rule claim in such a
sentence is the rules' business, not the stage's):

- "worry": a worry, warning or risk ("Bedenken", "befürchten", "Sorge", "warnen", "Gefahr") with a verb of
  possibility or a reported future in Konjunktiv ("könne", "könnte", "werde", "würde", "dürfte"), in the sentence
  or in the sentence before when that ends with a colon ("Datenschützer haben Bedenken angemeldet: Die
  Verknüpfung könne ... machen"): what someone fears could happen, not what happens. Reported speech as such
  ("hieß es, die Chats würden nicht weitergegeben", a company's assurance) stays claimable: the gold sets annotate
  it;
- "open question": something said to be open or unclear with an indirect question ("Was mit den Nummern
  passiere, sei völlig offen", "Offen ist, welche Daten ..."): no statement either way;
- "collection": what is collected, stored or named ("Die Richtlinie nennt Ihre Telefonnummer, ...", "WhatsApp
  speichert ..."), with neither Facebook named nor a transfer cue of the rules in the sentence: what WhatsApp
  has is not what it passes on;
- "negated use": a negated use for a purpose ("werde die Handynummern nicht verwenden, um Anzeigen zu
  personalisieren", "nicht für Werbung genutzt"), with no strong transfer cue of the rules in the sentence: data kept
  from a use may still be passed on (in Europe the numbers went to Facebook, unused for ads).

Readings of the rules' own phrasings, by name (`rule_phrasings`, option `phrasing_guards`, declared in session 14
round 2 before it was measured; a name an older rule tree lacks guards nothing there):

- "topic" (`topic_statement`): a sentence naming a subject matter ("Laut der Anordnung geht es um die Telefonnummer,
  ...", "Das Verbot betrifft die Kontaktdaten") with no transfer cue of the rules of its own: what a matter concerns is
  no transfer; it yields to a rule claim in the sentence (the rules' `topic` cue inherits a transfer stated before);
- "derived" (`derived_from`): a mention in a relative clause of what can be derived from the data before it ("die
  IP-Adresse, aus der sich der Standort ableiten lässt") is never claimed: the rules skip it (`unclaimed_spans`).

A reading of to whom data are visible (`visible_to_other`, option `visibility_guard`, declared in session 15 before it
was measured, ds22's cause): a sentence that makes data visible ("sichtbar", "einsehbar", "zu sehen") to someone named
after "für", where no "für" of the sentence names Facebook ("Für Werbekunden seien die Nummern nicht sichtbar"): what
advertisers, other users or the public see is no statement about passing data to Facebook.

A reading of whose store it is (`stored_by_sender`, option `store_guard`, declared in session 16 before it was
measured, ds23's cause): a sentence whose verb is one of storing or knowing ("Gespeichert werden außerdem die
Telefonnummer ...", "Der Messenger kennt das Gerät und weiß, ..."), naming no Facebook and holding no transfer word of
its own (the rules' strong transfer cues, `transfer_strong`: one list since session 17): what the sender stores or knows
is no statement that it passes the data to Facebook.

A reading of a use kept back (`negated_use`, option `use_guard`, declared in session 17 before it was measured): a
sentence negating a use of data for a purpose with no strong transfer cue of the rules ("werde die Handynummern nicht
verwenden, um Anzeigen zu personalisieren"): the reading guards' "negated use" alone (the convention "A negated use for
a purpose": no data_shared claim).

A reading of whose act it is (`users_act`, option `subject_guard`, declared in session 13 round 2 before it was
measured; its own field `Sentence.ds_users_act`): a sentence naming no Facebook, with no strong transfer cue, whose
every weak transfer verb ("nutzen", "erfahren", "wissen") has the users or WhatsApp as its subject - the finite verb
agrees with its nominative, before it, right after it or after the conjunction of a verb-final clause.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from models.learned.frames import load_frames, load_rule_phrasings, phrasing_found, phrasing_matches
from models.negation import is_hypothetical

GUARDS_FILE = Path(__file__).resolve().parent / "ds_guards.json"
NO_TRANSFER = "no transfer"
TRANSFER_CUES = ("transfer_strong", "transfer_weak")  # the rules' cue lists of a transfer (verbs and nouns)
STRONG_TRANSFER_CUES = TRANSFER_CUES[:1]  # "weitergeben", not the weak "nutzen" (which a negated use is)


def _frames() -> dict[str, re.Pattern[str]]:
    return load_frames(GUARDS_FILE)


def label_end(low: str) -> int:
    """Where a leading "Facebook und WhatsApp:" label of the lower-cased sentence ends (0: none)."""
    found = _frames()["topic_label"].match(low)
    return found.end() if found else 0


COORDINATED = "coordinated buyer"
_COORDINATING = re.compile(r"\s*(?:und|sowie|&)\s+")
_BUYER_WORD = re.compile(r"(?:facebook|meta|fb)\b(?!-)")


def coordinated_buyer(low: str, buyer_at: Iterable[int], mention_ends: Iterable[int]) -> bool:
    """Whether every mention of Facebook in the lower-cased sentence is a conjunct right after a data mention ("die
    Geschichte mit den Telefonnummern und Facebook", "Ärger um Kontakte und Facebook"): the two name a subject matter
    side by side, no party receiving the data (session 46, ds46; own84-058). Not a compound ("und Facebook-Profile")."""
    at = list(buyer_at)
    ends = list(mention_ends)
    return bool(at) and all(
        _BUYER_WORD.match(low, b) is not None
        and any(e <= b and _COORDINATING.fullmatch(low, e, b) is not None for e in ends)
        for b in at
    )


def buyer_beyond_label(low: str, buyer_at: Iterable[int]) -> bool:
    """Whether Facebook is named in the lower-cased sentence after any leading "Facebook und WhatsApp:" label
    (`buyer_at`: offsets of Facebook's mentions in it): a label names a topic, not a party to a transfer."""
    start = label_end(low)
    return any(at >= start for at in buyer_at)


def blocked(low: str, original: str, *, buyer_at: Iterable[int], own_transfer: bool, borrowed: bool,
            intro: str, item: bool, mention_ends: Iterable[int], after: str = "", noted: bool = False) -> str:
    """Why the learned data_shared stage must not claim this sentence ("" when it may; module docstring).

    `low` / `original`: the sentence lower-cased and in its own case; `buyer_at`: offsets of Facebook's
    mentions in it; `own_transfer`: a transfer cue of the rules in it; `borrowed`: one in the sentences before,
    the block's heading or question, or the title; `intro`: that heading or question, lower-cased ("" when
    none); `item`: the sentence is a list item or an answer; `mention_ends`: offsets where its data mentions end;
    `after`: the sentence after it, lower-cased ("" when none); `noted`: an editors' note after its block refutes it
    (`refuted_by_note`)."""
    frames = _frames()
    if frames["hearsay"].search(low):
        return "hearsay"
    if (after and refuted(after)) or noted:
        return REFUTED  # "In der Meldung hieß es, WhatsApp gebe ... weiter. Das stimmt nicht.": the lead's D62
    if is_hypothetical(low):
        return "hypothetical"  # "Das Naheliegende wäre, die Nummern ... zu verknüpfen" (models.negation)
    if frames["setting_label"].search(low) or frames["choice_condition"].match(low) or frames["refused_that"].search(low):
        return "user choice"
    if (item and intro and frames["advice_intro"].search(intro)) or frames["imperative"].match(original):
        return "advice"
    if not own_transfer and coordinated_buyer(low, buyer_at, mention_ends):
        return COORDINATED  # "dann kam die Sache mit den Telefonnummern und Facebook": a topic, no transfer
    if buyer_beyond_label(low, buyer_at) or own_transfer:
        return ""
    if not borrowed:
        return NO_TRANSFER
    if any(frames["state_after_mention"].match(original, end) for end in mention_ends):
        return "state"
    return ""


def unasserted(low: str, before: str, *, buyer_named: bool, own_transfer: bool, strong_transfer: bool) -> str:
    """Why the sentence asserts no transfer though it may name Facebook ("" when it may assert one; the module
    docstring's second list, option `reading_guards`). `low`: the sentence lower-cased; `before`: the sentence
    before it, lower-cased ("" when none); `buyer_named`: Facebook named in it (not only in a leading label);
    `own_transfer`: a transfer cue of the rules in it; `strong_transfer`: a strong one ("weitergeben", not the
    weak "nutzen", which a negated use is)."""
    frames = _frames()
    worried = frames["worry"].search(low) or (before.rstrip().endswith(":") and frames["worry"].search(before))
    if worried and frames["subjunctive"].search(low):
        return "worry"
    if frames["open_question"].search(low):
        return "open question"
    if not (own_transfer or buyer_named) and frames["collection"].search(low):
        return "collection"
    if negated_use(low, strong_transfer=strong_transfer):
        return NEGATED_USE
    return ""


REFUTED = "refuted"


def refuted(after: str) -> bool:
    """Whether the sentence after (lower-cased) refutes the one before it, as the rules read a verdict
    (models/data_shared_phrases.py `refutes`: "Das ist falsch.", "Das trifft nicht zu.", "Stimmt nicht.", not "Das ist
    nicht falsch."). By the lead's D62 (session 42) a statement the same text refutes gives no item, whoever makes it;
    the rules leave it unclaimed, so the stage must not claim it either (session 42 found the stage's shared TRUE where
    the rules left a refuted report; issue 7, session 43, prec43). None in a blind-rules fold whose older rules tree
    lacks the reader: nothing held there."""
    reader = _refutation_reader()
    return reader is not None and reader(after)


def refuted_by_note(low_doc: str, start: int) -> bool:
    """Whether an editors' note opening the block after the one holding offset `start` of the lower-cased document
    refutes it, as the rules read it (models/data_shared_phrases.py `refuted_by_note`: a reader's letter, then
    "Anmerkung der Redaktion: Das trifft nicht zu."; session 47, ds47). False in a blind-rules fold whose older rules
    tree lacks the reader."""
    reader = getattr(importlib.import_module("models.data_shared_phrases"), "refuted_by_note", None)
    return reader is not None and reader(low_doc, start)


@lru_cache(maxsize=1)
def _refutation_reader() -> Callable[[str], bool] | None:
    """The rules' verdict reader (models/data_shared_phrases.py `refutes`), looked up once per process as
    `_setting_labels` is; None where an older rules tree lacks it."""
    return getattr(importlib.import_module("models.data_shared_phrases"), "refutes", None)


USERS_ACT = "users act"
# A pronoun the deal context may take for Facebook ("wie oft sie die App nutzen": the users): not Facebook named.
_PRONOUN = re.compile(r"(?:er|sie|es|ihn|ihm|ihr|ihnen|ihre[mnrs]?|sein(?:e[mnrs]?)?|dessen|deren|diese[mnrs]?|jene[mnrs]?)")


def buyer_named(low: str, buyer_spans: Iterable[tuple[int, int]]) -> bool:
    """Whether Facebook is named in the lower-cased sentence by name or epithet (`buyer_spans`: offsets of the deal
    context's mentions of Facebook in it); a pronoun the layer resolved to Facebook does not count."""
    return any(not _PRONOUN.fullmatch(low[start:end].strip()) for start, end in buyer_spans)
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]")  # where a clause of the sentence opens (a comma, a dash, a bracket)


def users_act(low: str, *, named: bool, strong_transfer: bool) -> str:
    """USERS_ACT where the lower-cased sentence's weak transfer verbs all have the users or WhatsApp as subject
    (option `subject_guard`, declared in session 13 round 2): "In der Statistik erfahren die Nutzer, wie oft sie
    die App verwenden" says what users do, not what reaches Facebook. Never where Facebook is named (`named`, by
    name or epithet: `buyer_named`) or a strong transfer cue of the rules stands (`strong_transfer`:
    "weitergegeben" says a transfer whoever learns of it); "" also where the sentence has no weak verb
    (`weak_verb`, finite forms only)."""
    if named or strong_transfer:
        return ""
    verbs = list(_frames()["weak_verb"].finditer(low))
    return USERS_ACT if verbs and all(_users_subject(low, verb) for verb in verbs) else ""


def _users_subject(low: str, verb: re.Match[str]) -> bool:
    """Is the verb's subject the users or WhatsApp (the frames `users_first`, `users_next`, `users_after_opener`
    of ds_guards.json), the verb active (no passive auxiliary right after it)?"""
    frames = _frames()
    if frames["passive_after"].match(low, verb.end()):
        return False
    opens = max((m.end() for m in _CLAUSE_BREAK.finditer(low, 0, verb.start())), default=0)
    clause = low[opens:verb.start()]
    return bool(frames["users_first"].match(clause) or frames["users_next"].match(low, verb.end())
                or frames["users_after_opener"].match(clause))


def holds(reason: str, index: int, ruled: Iterable[int]) -> bool:
    """Whether a guard's `reason` keeps sentence `index` from the stage: "no transfer" yields to a rule claim
    in this sentence or one before it (a transfer the rules read there)."""
    if not reason:
        return False
    return not (reason == NO_TRANSFER and any(i <= index for i in ruled))


def own_transfer_cue(tests: Mapping[str, Callable[[str], bool]], low: str, names: Iterable[str] = TRANSFER_CUES) -> bool:
    """Whether the lower-cased sentence holds one of the rules' transfer cues (`tests`: the rules' existence
    test per cue name, `Vocabulary.exists`: whether the cue's pattern matches in a text; `names`: the cues asked
    about, by default both lists, `STRONG_TRANSFER_CUES` for the strong one only)."""
    return any(name in tests and tests[name](low) for name in names)


TOPIC = "topic"


@lru_cache(maxsize=1)
def rule_phrasings() -> dict[str, tuple[re.Pattern[str], ...]]:
    """Guard reason -> the rules' compiled phrasings it reads (`ds_guards.json` "rule_phrasings", looked up in
    `models.data_shared_phrases.PHRASES`; `load_rule_phrasings`)."""
    return load_rule_phrasings(GUARDS_FILE, "models.data_shared_phrases")


def topic_statement(low: str, *, own_transfer: bool) -> str:
    """TOPIC where the lower-cased sentence names a subject matter (the rules' `topic_statement`) and holds no transfer
    cue of the rules of its own (`own_transfer`), else "" (option `phrasing_guards`; the caller lets a rule claim in
    the sentence win)."""
    if own_transfer:
        return ""
    return TOPIC if phrasing_found(rule_phrasings().get(TOPIC, ()), low) else ""


def derived_spans(low: str) -> list[tuple[int, int]]:
    """Offsets in the lower-cased sentence of the rules' `derived_from` clauses ("..., aus der sich der Standort ableiten
    lässt") and of the names of a setting the rules read as labels ("Entfernen Sie den Haken bei "Meine Account-Info
    teilen"", models/data_shared_phrases.py `setting_labels`; session 41, ds41: the stage claimed a label's data term
    the rules leave alone): a data mention inside one is not claimed (option `phrasing_guards`)."""
    labels = _setting_labels()
    return [m.span() for m in phrasing_matches(rule_phrasings().get("derived", ()), low)] + (labels(low) if labels else [])


@lru_cache(maxsize=1)
def _setting_labels() -> Callable[[str], list[tuple[int, int]]] | None:
    """The rules' reader of a setting's names (models/data_shared_phrases.py `setting_labels`), looked up once per
    process as `rule_phrasings` reads the rules' phrasings (it was looked up per sentence); None in a blind-rules fold
    whose older rules tree lacks it (no labels held there)."""
    return getattr(importlib.import_module("models.data_shared_phrases"), "setting_labels", None)


def stored_by_sender(low: str, tests: Mapping[str, Callable[[str], bool]]) -> bool:
    """Whether the lower-cased sentence says what is stored or known (frame "store_verb") with no Facebook named (the
    visibility guard's "visible_for_buyer") and no strong transfer cue of the rules of its own (`tests`: the rules'
    existence test per cue name, `own_transfer_cue`): the module docstring. Strong cues only: the guard holds only
    where Facebook is not named, and the rules count a weak cue ("erhält", "nutzt") only with Facebook in its clause."""
    return (_frames()["store_verb"].search(low) is not None and _frames()["visible_for_buyer"].search(low) is None
            and not own_transfer_cue(tests, low, STRONG_TRANSFER_CUES))


def provided_by_user(low: str, tests: Mapping[str, Callable[[str], bool]]) -> bool:
    """Whether the lower-cased sentence says what the user provides to the company (frame "user_provides": "Du stellst
    uns ... zur Verfügung", "Informationen, die du bereitstellst: ...") with no Facebook named (the visibility guard's
    "visible_for_buyer") and no strong transfer cue of the rules outside that providing (`tests`, as
    `stored_by_sender`): a privacy policy's list of what it collects from its users, which is not what it passes on
    (issue 7, session 49, ds49; own89-027's list of what the user provides was the stage's contacts and profile_data
    true). Read with the option `store_guard`: whose store it is."""
    frames = _frames()
    if frames["visible_for_buyer"].search(low) is not None:
        return False
    spans = [m.span() for m in frames["user_provides"].finditer(low)]
    if not spans:
        return False
    rest = low
    for start, end in spans:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    return not own_transfer_cue(tests, rest, STRONG_TRANSFER_CUES)


NEGATED_USE = "negated use"


def negated_use(low: str, *, strong_transfer: bool) -> bool:
    """Whether the lower-cased sentence negates a use of data for a purpose (frames "negated_use" and "use_purpose":
    "werde die Handynummern nicht verwenden, um Anzeigen zu personalisieren", "nicht für Werbung genutzt") and holds
    no strong transfer cue of the rules (`strong_transfer`): what Facebook may not do with data is no statement that
    they are passed on (the convention "A negated use for a purpose"). The reading guards' fourth reading; alone, the
    option `use_guard` (session 17)."""
    frames = _frames()
    return not strong_transfer and bool(frames["negated_use"].search(low)) and bool(frames["use_purpose"].search(low))


def visible_to_other(low: str) -> bool:
    """Whether the lower-cased sentence makes data visible to someone named after "für" and none of its "für"
    phrases names Facebook (the module docstring; frames "visibility", "visible_for", "visible_for_buyer")."""
    frames = _frames()
    if not frames["visibility"].search(low):
        return False
    recipients = [m.group(1) for m in frames["visible_for"].finditer(low)]
    return bool(recipients) and not any(frames["visible_for_buyer"].search(r) for r in recipients)
