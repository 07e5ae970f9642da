"""Precision guards of the learned opt-out stage: general readings that say a sentence states no user choice.

A bag of lemma n-grams reads "Man kann nicht ausschließen, dass ..." like "Man kann ... ausschließen"
and "Die Daten gehen trotzdem an Facebook" like the end of an objection that changes nothing. So
before the classifier's answer counts, the sentence is read with the rules' own cue lists
(`patterns/opt_out.json`, through the rules' component), the layer's token cues (separable verbs
rejoined: "schaltet ... ab") and a few frames of German grammar (`opt_guards.json`). `blocked`
gives the first reason that applies, or "":

- "no cue": no word of choosing, objecting, switching off, consenting or refusing, no tick or
  setting, and no must-accept / no-choice construction, nor one borrowed from the sentence before
  (`borrowed_cue`). A statement about the data flow alone says nothing about what users can do;
- "hedged": an epistemic frame ("nicht ausschließen, dass", "unklar, ob", "vielleicht");
- "subordinate": every cue stands in a condition ("Wenn ...", "Wer ...", "Setzen Sie ..., ",
  "ohne Zustimmung"), an embedded question ("ob") or a relative clause ("Nutzer, die widersprochen
  haben, ..."), unless the condition is a refusal and the main clause its consequence ("Wer nicht
  zustimmt, kann WhatsApp nicht mehr nutzen");
- "no agent": only a switch-off or choice verb or a setting, with no user, no (im)possibility or duty
  and no reference to a choice just named: what something does ("Die Regel stoppt die Weitergabe
  nicht", "Die Haken setzen ist nicht nötig");
- "no object": only a switch-off or choice verb, and nothing it could act on (the data, their
  transfer or use, a scope, a setting) is named, nor, when it refers back, in the sentence before;
- "no stance": only a choice noun of `opt_guards.json` ("ein Nein", "die Wahl", "eine Frist"), with no
  modal frame and no negation: the choice is mentioned, nothing is said of it ("Ein Nein wird gelesen");
- "wider scope": "nicht nur" before the scope named ("gilt nicht nur für Werbung"): the rules'
  scope readers would take the named scope, which the sentence says is too narrow;
- "demand": every cue stands at or after a demand or norm ("fordern, dass man widersprechen kann", "Nutzer
  dürften nicht vor die Wahl gestellt werden"): what should be, not what is;
- "other sense": every cue is "widersprechen" / "Widerspruch" in its other sense ("widersprach dieser
  Darstellung nicht", "muss kein Widerspruch sein"): contradicting an account, not objecting.
- "deferred loss": a refusal (the rules' cue `refuse`, or a condition holding a `refusal_condition`) followed by the
  rules' grace-period phrasing `temporary` ("Wer ablehnt, wird nicht gleich gesperrt", "Wer nicht zustimmt, kann
  WhatsApp vorerst weiter nutzen"): no lasting outcome yet; a `temporary` before the refusal ("Derzeit kann man
  widersprechen") dates the choice, and is not held.
- "refusal without object": the only choice cue is a refusal (the rules' `refuse`), and nothing a refusal of the
  text's kind acts on is named (the cue names of `opt_guards.json` "refusal_objects": terms, consent, the data, their
  transfer, a scope, a setting), nor, when it refers back, in the sentence before: "ablehnen" takes an object, and
  a rejected applicant ("Beide wurden abgelehnt.") is no refusal of the terms. Off where the file names no cues.
- "other device": every cue is a switch noun followed by the rules' "gegen" (`device_against`) and nothing of
  `opt_guards.json` "device_objects" (a use, the data's transfer) follows within 80 characters ("Einen Schalter gegen
  Spam-Anrufe gibt es nicht", "Eine Einstellung gegen Spam-Nachrichten lässt sich nicht finden"): a switch of
  another thing, as the rules read it (`OptOutComponent._device_object`; session 28, year28). Off where the file
  names no objects.
- "other setting": every choice cue is the rules' `choice` (festlegen, einstellen, wählen, selbst bestimmen) and
  neither the sentence nor (when it refers back) the one before names anything of `opt_guards.json` "setting_objects"
  (Facebook, a transfer, a use, an objection, an opt-out noun): the setting of another feature ("Du kannst festlegen,
  dass deine Nachrichten nach sieben Tagen verschwinden, und du kannst deine Daten herunterladen"; session 28,
  learn28, own48-033). A data word alone is no flow. Off where the file names no objects.
- "negated denial": a verb of lack or denial negated in its own clause (the rules' `negated_lack`: "Ein solcher Schalter
  fehlt auch in der neuen Version nicht", "Diese Option bleibt Neukunden nicht verwehrt"): the option is there.
- "nothing ended": the only construction is an end ("gibt es nicht mehr", "ist vorbei") and neither the sentence nor
  the one before names a choice, deadline, setting, data or use, nor does a pronoun take one up ("Die 89 Cent gibt es
  nicht mehr"): a fee or a feature ended, not an option (session 46, opt46).
- "another service": the rules' `_about_another_service` (`another_service`): the sentence names another service of
  deal.json's `other_targets` and not WhatsApp ("Ich habe bei Instagram den Haken für personalisierte Anzeigen
  entfernt"), or tells a take-it-or-leave-it choice about the buyer's own network (the rules' `buyer_network_used`:
  "nur die Wahl, die Bedingungen zu akzeptieren oder auf das Netzwerk zu verzichten", "wenn sie Facebook überhaupt
  nutzen wollten"; the Kartellamt case) naming neither WhatsApp nor a word for it: the rules reject it, so the stage
  must not claim it (session 30, optprec30).
- "legal norm": the rules' phrasing `legal_norm` (`opt_guards.json` "rule_phrasings"): a right the law provides, told
  as law in general ("Ein Widerspruchsrecht gegen Werbung ist im deutschen Recht vorgesehen"), no option WhatsApp
  offers (session 32, opt56, own56-009).
- "no obligation": a must denied by "nichts" right after it (`opt_guards.json` "no_obligation": "Nein, löschen müssen
  Sie gar nichts"): no obligation is told, so neither an accept-or-leave nor an option (session 32, opt56, own56-010).
- "other object": the rules' `object_not_sharing`: the objection's object is the purchase itself ("Gegen die Übernahme
  selbst kann man nichts tun") or cookies ("Werbe-Cookies lassen sich einzeln abwählen") and the sentence names no data,
  transfer or number, or the sentence says it does not concern WhatsApp ("..., das hat mit WhatsApp nichts zu tun"):
  the rules drop it, so the stage must not claim it (session 32, opt56, own56's consumer advice).
"demand", "other sense", "deferred loss" and "negated denial" read the rules' own phrasings by name (`opt_guards.json` "rule_phrasings", `rule_phrasings`): the
rules drop such a sentence, and the stage must not claim it back.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from models.negation import has_negation, is_question
from models.learned.frames import guard_spec, load_frames, load_rule_phrasings, phrasing_found, phrasing_matches
from models.regex_tools import ExistenceTest, literal_first, split_at

GUARDS_FILE = Path(__file__).resolve().parent / "opt_guards.json"

# Cue words of a choice (the rules' cue names), and the token cue labels of the layer that are one.
CHOICE_WORDS = ("objection", "control", "choice", "accept", "refuse", "tick", "optout_noun")
TOKEN_LABELS = {"CONTROL": "control", "CHOICE": "choice", "OBJECTION": "objection"}
# Must-accept / no-choice constructions: a statement about the choice without a cue word of their own.
CONSTRUCTIONS = ("no_choice", "no_choice_alone", "user_must", "supersede")
# A condition's consequence that makes "Wer nicht zustimmt, ..." an accept-or-leave statement.
CONSEQUENCES = ("quit", "consequence", "must", "user_must", "supersede", "no_choice", "no_choice_alone")
REFUSALS = ("refuse", "objection", "control")  # what a condition must say for its consequence to count
# Cues that need a user, a modal frame or a reference back to be about users' choice: switch-off and choice verbs,
# and a setting named alone ("Die Haken setzen ist nicht nötig").
NEEDS_AGENT = {"control", "choice", "tick", "optout_noun"}
MODAL_FRAMES = ("possibility", "impossible", "must", "deadline")
# What a switch-off or choice verb must act on: the data, their transfer or use, a scope, a setting (not the app
# alone: "In der App kann man die Töne abdrehen").
OBJECTS = (
    "data", "transfer", "transfer_noun", "scope_ads", "scope_friend_suggestions", "scope_phone_number",
    "explicit_object", "objection_word", "optout_noun",
)
_SEGMENT_BREAK = re.compile(r"\s*[,;:]\s*|\s+[–—-]\s+")


def _frames() -> dict[str, re.Pattern[str]]:
    return load_frames(GUARDS_FILE)


def another_service(sent: str) -> bool:
    """Does the lower-cased sentence tell another service's option, or a choice about the buyer's own network, naming
    neither WhatsApp nor a word for it (the rules' `models.opt_out._about_another_service`: "Einen vergleichbaren
    Schalter bietet Instagram nicht an", "nur die Wahl, ... oder auf das Netzwerk zu verzichten")? The rules reject
    such a sentence, so the stage must not claim it (guard "another service"). False in a rule tree without it."""
    try:
        from models.opt_out import _about_another_service
    except ImportError:
        return False
    return _about_another_service(sent, 0, len(sent))


def other_object(cues: Any, sent: str) -> bool:
    """Is the lower-cased sentence's objection about the purchase itself or cookies, naming no data, transfer or
    number, or does it say it does not concern WhatsApp (the rules' `models.opt_out.object_not_sharing`: "Gegen die
    Übernahme selbst kann man nichts tun", "Werbe-Cookies lassen sich abwählen")? The rules drop it, so the stage must
    not claim it (guard "other object"). False in a rule tree without it."""
    try:
        from models.opt_out import object_not_sharing
    except ImportError:
        return False
    return object_not_sharing(cues, sent, sent)


@lru_cache(maxsize=1)
def rule_phrasings() -> dict[str, tuple[re.Pattern[str], ...]]:
    """Guard reason -> the rules' compiled phrasings it reads (`opt_guards.json` "rule_phrasings", looked up in
    `models.opt_out.PHRASES`; `load_rule_phrasings`)."""
    return load_rule_phrasings(GUARDS_FILE, "models.opt_out")


_VERB_WORD = re.compile(r"[\w-]+")


def _demand_governs(objects: tuple[re.Pattern[str], ...], sent: str, at: int) -> bool:
    """Does the verb of demanding at offset `at` of `sent` govern what follows it: the rules' phrasing demand_object
    (`rule_phrasings` "demand object": a colon right after it, or a dass-clause within 60 characters) right after
    the verb's word? One window for rules and guard (speed27; it was written twice, 60 and 80 characters)."""
    word = _VERB_WORD.match(sent, at)
    return word is not None and any(p.match(sent, word.end()) for p in objects)


def rule_sense(sent: str, cues_at: list[int], demands_at: Iterable[int] = ()) -> str:
    """"demand" when every cue offset of `cues_at` stands at or after the first demand or norm of `sent` (the rules'
    phrasing "demand", or `demands_at`: the layer's demand verbs governing a dass-clause, `blocked`), "other
    sense" when every one lies inside a match of a phrasing that reads the cue word in its other sense, else ""."""
    if not cues_at:
        return ""
    phrasings = rule_phrasings()
    demands = [m.start() for m in phrasing_matches(phrasings.get("demand", ()), sent)] + list(demands_at)
    if demands and min(cues_at) >= min(demands):
        return "demand"
    spans = [m.span() for m in phrasing_matches(phrasings.get("other sense", ()), sent)]
    if spans and all(any(a <= at < b for a, b in spans) for at in cues_at):
        return "other sense"
    return ""


def deferred_loss(cues: Any, sent: str) -> bool:
    """Whether a refusal in the lower-cased `sent` (the rules' `refuse` cue, or a condition segment holding a
    `refusal_condition`) is followed by a match of the rules' grace-period phrasing (`rule_phrasings` "deferred loss")."""
    later = [m.start() for m in phrasing_matches(rule_phrasings().get("deferred loss", ()), sent)]
    if not later:
        return False
    frames = _frames()
    refusals = [m.end() for m in cues.rx["refuse"].finditer(sent)] if _has(cues, "refuse", sent) else []
    refusals += [end for start, end in segments(sent)
                 if frames["condition_start"].match(sent[start:end]) and frames["refusal_condition"].search(sent[start:end])]
    return bool(refusals) and max(later) >= min(refusals)


@lru_cache(maxsize=1)
def _choice_words() -> tuple[re.Pattern[str], ExistenceTest]:
    """The "choice_words" frame for `finditer`, and its literals' test (speed only, the same matches): it is
    scanned in every candidate sentence, mostly without a match; its branches begin with a literal once their
    "\\b" is moved behind the first letter (`literal_first`), and where none of those literals occurs there is
    nothing to scan for (`ExistenceTest.possible`). Measured: about a seventeenth of the plain scan's cost."""
    rx = _frames()["choice_words"].pattern
    return re.compile(literal_first(rx)), ExistenceTest(rx)


@lru_cache(maxsize=1)
def _negating_person() -> re.Pattern[str]:
    from models import negation_words

    return re.compile(r"\b(?:" + negation_words.negating_person() + r")\b")


def _loss_denied_to_all(cues: Any, sent: str, contrast: re.Pattern[str]) -> bool:
    """Does the lower-cased sentence deny a loss with a negating person pronoun in the rules' `no_loss` cue ("Keiner,
    der widerspricht, verliert seinen Account", "Niemand wird gesperrt"), with no contrast word after it that may tell
    a loss besides ("..., aber die Funktionen werden eingeschränkt")?"""
    if not _has(cues, "no_loss", sent):
        return False
    spared = next((m for m in cues.rx["no_loss"].finditer(sent) if _negating_person().search(m.group())), None)
    return spared is not None and contrast.search(sent, spared.end()) is None


def _has(cues: Any, name: str, text: str) -> bool:
    # `Cues.has` rejects by the cue's literals first (speed); an older extractor, run by the leave-one-set-out
    # tool's blind-rules folds, may lack a cue
    return name in cues.rx and cues.has(name, text)


def _any(cues: Any, names: Iterable[str], text: str) -> bool:
    return any(_has(cues, name, text) for name in names)


def segments(sent: str) -> list[tuple[int, int]]:
    """The comma / semicolon / colon / dash separated parts of `sent`, as (start, end) offsets."""
    return split_at(_SEGMENT_BREAK, sent)


def subordinate(sent: str, original: str, parts: list[tuple[int, int]], at: int) -> bool:
    """Whether the cue at offset `at` stands in a condition, an embedded question, a relative clause or an
    "ohne" phrase (`sent` lower-cased, `original` the same text in its own case)."""
    frames = _frames()
    if frames["without_before"].search(sent, max(0, at - 40), at) or sent.startswith("ohne", at):
        return True
    index = max((i for i, (start, _) in enumerate(parts) if start <= at), default=0)
    start, end = parts[index]
    part = sent[start:end]  # (sliced: "^" never matches at a `pos` inside a string)
    if frames["condition_start"].match(part):
        return True
    if index == 0 and len(parts) > 1 and frames["verb_first_condition"].match(part):
        return True  # "Setzen Sie den Haken, nutzt Facebook ...": a verb-first condition
    if index == 0 or frames["condition_start"].match(sent[parts[index - 1][0]:parts[index - 1][1]]):
        return False  # "Wer ablehnt, dem werden ...": after a "wer" clause the pronoun opens the main clause
    words = original[start:end].split()
    return frames["relative_start"].match(original[start:end]) is not None and words[-1][:1].islower()


def cue_positions(cues: Any, sent: str, token_spans: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """(offset, cue name) of every choice cue word in `sent`, the layer's token cues (`token_spans`:
    offsets into `sent` and labels) included."""
    found = [(m.start(), name) for name in CHOICE_WORDS if _has(cues, name, sent) for m in cues.rx[name].finditer(sent)]
    choice_words, literals = _choice_words()
    if literals.possible(sent):
        found += [(m.start(), "choice_word") for m in choice_words.finditer(sent)]
    found += [(at, TOKEN_LABELS[label]) for at, label in token_spans if label in TOKEN_LABELS]
    return sorted(found)


def borrowed_cue(cues: Any, sent: str, prev: str) -> bool:
    """Whether a sentence without a cue of its own speaks of the choice the sentence before names: "anyway"
    after an objection or refusal ("Die Daten gehen trotzdem an Facebook"), an answer to a question about
    it ("Für die Werbung, ja."), the result of a switch-off step ("Dann nutzt Facebook die Nummer nicht für
    Werbung" after "Entfernen Sie den Haken") that is not the removal of the account or app (frame "account_removal")."""
    if _has(cues, "anyway", sent) and _any(cues, REFUSALS, prev):
        return True
    if is_question(prev) and (cue_positions(cues, prev, ()) or _any(cues, CONSTRUCTIONS, prev)):
        return True
    # (the removal of the account or app is no setting switched off: what follows it is no choice about the data)
    frames = _frames()
    return (_has(cues, "result_start", sent) and frames["switch_off_step"].search(prev) is not None
            and frames["account_removal"].search(prev) is None)


def _only_subordinate(cues: Any, sent: str, original: str, words: list[tuple[int, str]]) -> bool:
    """Every cue in a condition, embedded question or relative clause, and no refusal there with its
    consequence in the rest ("Wer nicht zustimmt, kann WhatsApp nicht mehr nutzen" is a statement)."""
    frames = _frames()
    parts = segments(sent)
    if any(not subordinate(sent, original, parts, at) for at, _ in words):
        return False
    held = [(a, b) for a, b in parts if any(a <= at < b for at, _ in words)]
    condition = " ".join(sent[a:b] for a, b in held)
    rest = " ".join(sent[a:b] for a, b in parts if (a, b) not in held)
    refused = any(name in REFUSALS for _, name in words) or frames["refusal_condition"].search(condition)
    return not (refused and (_any(cues, CONSEQUENCES, rest) or frames["stop_using"].search(rest)))


@lru_cache(maxsize=1)
def refusal_objects() -> tuple[str, ...]:
    """The rules' cue names whose match is something a refusal of the text's kind acts on: the terms and consent
    (`opt_guards.json` "refusal_objects") and what a switch-off acts on (`OBJECTS`); empty where the file names none
    (the "refusal without object" reason is off)."""
    names = tuple(guard_spec(GUARDS_FILE).get("refusal_objects", ()))
    return (*names, *OBJECTS) if names else ()


def unrelated_refusal(cues: Any, sent: str, prev: str, words: list[tuple[int, str]], refers_back: bool) -> bool:
    """Whether every choice cue of `words` lies in a match of the rules' `refuse` (its switch-off twin "abgelehnt" of
    `control` included) and neither `sent` nor (when it refers back) `prev` names any of `refusal_objects`: a refusal
    of something else (a person, a bid, an application)."""
    objects = refusal_objects()
    if not objects or not words or not _has(cues, "refuse", sent):
        return False
    refusals = [m.span() for m in cues.rx["refuse"].finditer(sent)]
    if not all(any(start <= at < end for start, end in refusals) for at, _ in words):
        return False
    return not _any(cues, objects, sent) and not (refers_back and _any(cues, objects, prev))


@lru_cache(maxsize=1)
def device_objects() -> tuple[str, ...]:
    """The rules' cue names whose match after a switch noun's "gegen" makes it a switch against the data's use or
    transfer (`opt_guards.json` "device_objects"); empty where the file names none (the "other device" reason is off)."""
    return tuple(guard_spec(GUARDS_FILE).get("device_objects", ()))


def device_of_another_thing(cues: Any, sent: str, words: list[tuple[int, str]]) -> bool:
    """Whether every choice cue of `words` is a word followed by the rules' "gegen" of a switch noun (`rule_phrasings`
    "device against") whose next 80 characters name none of `device_objects`: "Einen Schalter gegen Spam-Anrufe gibt
    es nicht" (the rules decline it the same way, `OptOutComponent._device_object`). "dagegen" refers back: not held."""
    against, objects = rule_phrasings().get("device against", ()), device_objects()
    if not against or not objects or not words:
        return False
    for at, _ in words:
        word = _VERB_WORD.match(sent, at)
        found = next((m for m in (p.match(sent, word.end()) for p in against) if m is not None), None) if word else None
        if found is None or not found.group().strip().startswith("gegen"):
            return False
        if _any(cues, objects, sent[found.end() : found.end() + 80]):
            return False
    return True


@lru_cache(maxsize=1)
def setting_objects() -> tuple[str, ...]:
    """The rules' cue names whose match makes a choice verb's setting one about the data's flow to Facebook
    (`opt_guards.json` "setting_objects"); empty where the file names none (the "other setting" reason is off)."""
    return tuple(guard_spec(GUARDS_FILE).get("setting_objects", ()))


def setting_of_another_thing(cues: Any, sent: str, prev: str, words: list[tuple[int, str]], refers_back: bool) -> bool:
    """Whether every choice cue of `words` is the rules' `choice` and neither `sent` nor (when it refers back) `prev`
    names any of `setting_objects`: "Du kannst festlegen, dass deine Nachrichten nach sieben Tagen verschwinden" sets
    another feature of the app, not the data's transfer or use."""
    objects = setting_objects()
    if not objects or not words or {name for _, name in words} != {"choice"}:
        return False
    return not _any(cues, objects, sent) and not (refers_back and _any(cues, objects, prev))


_EXPLETIVE_ES = re.compile(r"(?i)\b(?:gibt|gab|gebe|gäbe)\s+es\b|\bes\s+(?:gibt|gab|gebe|gäbe)\b")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


# What an ended option can be named by, or what a sentence's end takes up: a choice's object or noun, a deadline, a
# tick or setting (the rules' cue names).
ENDED_THINGS = (*OBJECTS, "tick", "deadline")
# A leading article before a noun ("Das Jahresabo"), which the rules' cue `anaphor` takes for a pronoun.
_LEADING_ARTICLE = re.compile(r"\W*(?:das|dem|dies|diesem)\s+(?=[A-ZÄÖÜ])", re.IGNORECASE)


def ended_nothing_named(cues: Any, sent: str, original: str, prev: str) -> bool:
    """Is the sentence's only construction an end ("gibt es nicht mehr", "ist vorbei": the rules' `supersede`), with
    no choice, deadline, setting, data or use named and no pronoun taking one up, and no choice told in the sentence
    before ("Die 89 Cent Jahresgebühr gibt es nicht mehr", "Die Gratis-Version ist Geschichte" after a sentence on the
    price)? Then what ended is something else than an option (guard "nothing ended", issue 7, session 46, opt46). An end
    right after a choice ("Man konnte widersprechen. Das ist vorbei.") or naming one ("Die Frist ist vorbei") is not
    held."""
    if not _has(cues, "supersede", sent) or _any(cues, ("no_choice", "no_choice_alone", "user_must"), sent):
        return False
    # (the expletive 'es' of "gibt es" is no pronoun taking a choice up)
    if _any(cues, ENDED_THINGS, sent) or _frames()["pronoun_object"].search(_EXPLETIVE_ES.sub(_blank, original)) is not None:
        return False
    article = _LEADING_ARTICLE.match(original)
    if _has(cues, "anaphor", sent[article.end():] if article and original[article.end():article.end() + 1].isupper() else sent):
        return False  # "dafür", "davon", a leading pronoun: the end takes up what was told before
    return not (cue_positions(cues, prev, ()) or _any(cues, CONSTRUCTIONS, prev))


def no_cue(cues: Any, sent: str, prev: str, token_spans: Iterable[tuple[int, str]] = ()) -> bool:
    """Whether `blocked` gives "no cue" (its first guard, the one most candidate sentences stop at; the same
    arguments). The learned opt-out stage asks it before classifying, and the other guards only where the classifier's
    answer reaches its threshold (speed31)."""
    if hasattr(cues, "within"):  # (an older extractor's cues may lack it)
        cues = cues.within(sent, prev)  # the cues absent from both sentences are answered from one scan of each
    return _no_cue(cues, sent, prev, token_spans)


def _no_cue(cues: Any, sent: str, prev: str, token_spans: Iterable[tuple[int, str]]) -> bool:
    """The "no cue" guard on cues already narrowed to `sent` and `prev` (`Cues.within`): no choice cue word, no
    must-accept construction and no cue borrowed from the sentence before. Existence only, cheapest first: the
    cues `cue_positions` would list are a token cue with a choice label, a choice cue (`Cues.has` is a search's
    answer) or a match of the "choice_words" frame (its `ExistenceTest`), so none is listed here (the one definition
    `blocked` asks too: code32)."""
    if any(label in TOKEN_LABELS for _at, label in token_spans):
        return False
    if _any(cues, CHOICE_WORDS, sent) or _choice_words()[1](sent) or _any(cues, CONSTRUCTIONS, sent):
        return False
    return not borrowed_cue(cues, sent, prev)


def blocked(cues: Any, sent: str, original: str, prev: str, token_spans: Iterable[tuple[int, str]] = (),
            demand_spans: Callable[[], Iterable[tuple[int, str]]] | None = None) -> str:
    """Why the learned opt-out stage must not claim this sentence ("" when it may; see the module docstring).

    `cues`: the rules' compiled cue lists (`OptOutComponent.c`); `sent` / `prev`: the sentence and the one
    before, lower-cased; `original`: the sentence in its own case; `token_spans`: the layer's opt-out (and DEMAND)
    token cues in the sentence as (offset into `sent`, label); `demand_spans`: the layer's DEMAND spans of the sentence
    the same way, asked only by the last guard, "demand" (speed27: the Matcher runs for the few sentences it reaches)."""
    frames = _frames()
    token_spans = list(token_spans)
    if hasattr(cues, "within"):  # (an older extractor's cues may lack it)
        cues = cues.within(sent, prev)  # the cues absent from both sentences are answered from one scan of each
    if _no_cue(cues, sent, prev, token_spans):
        return "no cue"
    words = cue_positions(cues, sent, token_spans)
    construction = _any(cues, CONSTRUCTIONS, sent)
    if frames["hedge"].search(sent):
        return "hedged"
    if "wish" in frames and frames["wish"].search(sent):
        return "wish"  # "Ich will der Weitergabe widersprechen": the speaker's wish, not the users' option (session 47, opt47)
    if "loss_contrast_after" in frames and _loss_denied_to_all(cues, sent, frames["loss_contrast_after"]):
        return "loss denied to all"  # "Keiner, der widerspricht, verliert seinen Account" (session 45, opt45)
    if "end_not_yet" in frames and frames["end_not_yet"].search(sent):
        return "end not yet"  # "Diese Frist ist noch nicht abgelaufen": the option is still there (session 45, opt45)
    if "no_obligation" in frames and frames["no_obligation"].search(sent):
        return "no obligation"  # "Nein, löschen müssen Sie gar nichts": a must denied (session 32, opt56)
    if not words and ended_nothing_named(cues, sent, original, prev):
        return "nothing ended"  # "Die 89 Cent gibt es nicht mehr": an end of a fee, not of a choice (session 46, opt46)
    if another_service(sent):
        return "another service"  # the rules' `_about_another_service`: they reject the sentence (session 30, optprec30)
    if other_object(cues, sent):
        return "other object"  # the rules' `object_not_sharing`: the purchase, cookies, not WhatsApp (session 32, opt56)
    if words and not construction and _only_subordinate(cues, sent, original, words):
        return "subordinate"
    agent_needed = bool(words) and {name for _, name in words} <= NEEDS_AGENT and not construction
    refers_back = _has(cues, "anaphor", sent) or frames["pronoun_object"].search(original) is not None
    if agent_needed and not frames["user"].search(sent) and not _any(cues, MODAL_FRAMES, sent) and not (
        refers_back and cue_positions(cues, prev, ())  # "Die Übermittlung stoppt das nicht" after a step
    ):
        return "no agent"
    if agent_needed and not _any(cues, OBJECTS, sent) and not (refers_back and _any(cues, OBJECTS, prev)):
        return "no object"
    if not construction and unrelated_refusal(cues, sent, prev, words, refers_back):
        return "refusal without object"
    if not construction and device_of_another_thing(cues, sent, words):
        return "other device"
    if not construction and setting_of_another_thing(cues, sent, prev, words, refers_back):
        return "other setting"
    if {name for _, name in words} == {"choice_word"} and not construction and not (
        _any(cues, MODAL_FRAMES, sent) or has_negation(sent)
    ):
        return "no stance"
    only = frames["not_only"].search(sent)
    if only and _any(cues, ("scope_ads", "scope_friend_suggestions", "scope_phone_number"), sent[only.end():]):
        return "wider scope"
    if deferred_loss(cues, sent):
        return "deferred loss"
    if phrasing_found(rule_phrasings().get("negated denial", ()), sent):
        return "negated denial"  # "Diese Option bleibt Neukunden nicht verwehrt": the denial denied, the option is there
    if phrasing_found(rule_phrasings().get("legal norm", ()), sent):
        return "legal norm"  # "Ein Widerspruchsrecht ist im deutschen Recht vorgesehen": the law's norm (session 32, opt56)
    constructions = [m.start() for name in CONSTRUCTIONS if _has(cues, name, sent) for m in cues.rx[name].finditer(sent)]
    # The layer's demand verbs ("DEMAND" spans, models/patterns/predicate_tokens.jsonl) governing a dass-clause.
    objects = rule_phrasings().get("demand object", ())
    spans = token_spans if demand_spans is None else [*token_spans, *demand_spans()]
    demands_at = [at for at, label in spans if label == "DEMAND" and _demand_governs(objects, sent, at)]
    return rule_sense(sent, [at for at, _ in words] + constructions, demands_at)
