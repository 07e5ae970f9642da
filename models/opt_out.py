"""The dealwatch_opt_out spaCy component: can users object to WhatsApp passing data to Facebook?

Design notes
------------
* Cues live in ``patterns/opt_out.json``; this module holds the rules that
  combine them. A literal gate (plain substrings) selects the sentences
  worth looking at; everything after that is regex over the lowered
  sentence text (patterns are lowercase, matched case-sensitively). Questions ("Kann man sich wehren?") assert nothing and are
  skipped; a sentence (or a neighbour) must speak of WhatsApp, Facebook, data
  or the terms of use.
* One claim per statement (per sentence and (stance, scope)); the span is the
  clause(s) carrying the key phrase.
* possible: an objection, switch-off or choice cue ("widersprechen",
  "unterbinden", "deaktivieren", "kannst du wählen, ... nicht zu teilen",
  "hatten die Wahl") together with a possibility cue ("kann", "Möglichkeit",
  "räumt ... ein"). A switch-off cue needs an object about ads/friend
  suggestions or about passing data to Facebook ("die Verwendung der Daten
  für Werbung unterbinden"), so "Berechtigungen deaktivieren" is no claim.
* not_possible:
  - the same cues with an impossibility ("Ein Widerspruch gegen die Weitergabe
    der Telefonnummer ist nicht möglich", "lässt sich nicht verhindern");
  - the phone number (or the data) is passed on anyway ("in jedem Fall",
    "trotzdem", "wenn man die App weiter nutzt") after an objection
    statement in the same or the two previous sentences -> phone_number
    (or all_sharing);
  - the 2021 accept-or-leave case: must accept ("muss ... zustimmen, um
    WhatsApp weiter nutzen zu können"), refusal with a consequence ("Stimmt
    man nicht zu, wird das Konto deaktiviert"), no choice but to quit
    ("keine Wahl: Sie müssen WhatsApp löschen") -> all_sharing. A mere
    "hätte nur die Möglichkeit zu verzichten" is not annotated as a claim in
    the gold and is not matched.
  - supersession: "Bisher hatten Nutzer die Wahl ... Bald ist dies nicht mehr
    möglich." gives one not_possible claim spanning both sentences, and the
    superseded possibility in the earlier sentence is dropped.
* Scope, as the gold annotates it: for possible, ads when advertising is
  named, also when friend suggestions are named with it ("für
  Facebook-Werbung und Freunde-Vorschläge" -> ads); friend_suggestions only
  when they alone are named; phone_number when the phone number is the
  object; unspecified when the objection names only "die Weitergabe von
  Daten"; a bare "dem letzten Punkt widersprechen" takes its scope from the
  previous sentence. For not_possible: phone_number when the phone number is
  named, else ads / friend suggestions when named, else all_sharing.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from models.claims import add_claim
from models.context import Sentences
from models.data_shared import lower_text
from models.negation import clause_index, has_negation, is_question, literal_alternation, split_clauses

PATTERNS_FILE = Path(__file__).parent / "patterns" / "opt_out.json"
_TRIM = " \t\n,;:.–—-\"'“”„«»"


@dataclass
class _Candidate:
    si: int
    stance: str
    scope: str
    start: int  # document offsets
    end: int
    superseding: bool = False


class Cues:
    """The compiled cues of ``opt_out.json``."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.rx = {name: re.compile(rx) for name, rx in spec["cues"].items()}
        self.context = re.compile(spec["context"])
        self.gate = literal_alternation(spec["gate"])

    @classmethod
    def load(cls, path: Path = PATTERNS_FILE) -> "Cues":
        """Read and compile a cue file; raise ValueError when it is malformed."""
        try:
            return cls(json.loads(path.read_text(encoding="utf-8")))
        except (KeyError, TypeError, re.error, json.JSONDecodeError) as exc:
            raise ValueError(f"bad opt_out cue file {path}: {exc}") from exc

    def has(self, name: str, text: str) -> bool:
        """True when cue `name` occurs in `text`."""
        return self.rx[name].search(text) is not None


class OptOutComponent:
    """Adds ``opt_out`` claims (stance, scope) to ``doc._.claims``."""

    def __init__(self, cues: Cues) -> None:
        self.c = cues

    def __call__(self, doc: Doc) -> Doc:
        text = lower_text(doc)
        if self.c.gate.search(text) is None:
            return doc
        sents = Sentences.of(doc)
        bounds = list(zip(sents.starts, sents.ends))
        found: list[_Candidate] = []
        for si, (start, end) in enumerate(bounds):
            if self.c.gate.search(text, start, end) is not None:
                found.extend(self._sentence(text, bounds, si))
        superseded = {c.si - 1 for c in found if c.superseding}
        seen: set[tuple[int, str, str]] = set()
        for cand in found:
            if cand.stance == "possible" and cand.si in superseded:
                continue
            key = (cand.si, cand.stance, cand.scope)
            if key in seen:
                continue
            seen.add(key)
            add_claim(doc, "opt_out", cand.start, cand.end, stance=cand.stance, scope=cand.scope)
        return doc

    # ------------------------------------------------------------ internals
    def _sentence(self, text: str, sents: list[tuple[int, int]], si: int) -> list[_Candidate]:
        s0, s1 = sents[si]
        sent = text[s0:s1]
        if is_question(sent) or not self._in_context(text, sents, si):
            return []
        clauses = split_clauses(sent)
        out: list[_Candidate] = []

        def cand(stance: str, scope: str, span: tuple[int, int], superseding: bool = False) -> None:
            start, end = _trim(sent, *span)
            if end > start:
                out.append(_Candidate(si, stance, scope, s0 + start, s0 + end, superseding))

        c = self.c
        objecting = self._objection_cue(sent)
        if objecting is not None:
            span = self._objection_span(sent, clauses, objecting)
            if c.has("impossible", sent) or c.has("supersede", sent):
                cand("not_possible", self._scope_not_possible(sent), span)
            elif c.has("possibility", sent):
                local = sent[span[0]:span[1]]
                ci = clause_index(clauses, span[1] - 1)
                if ci + 1 < len(clauses) and re.match(r"\W*um\b", sent[clauses[ci + 1][0]:]):
                    local += " " + sent[clauses[ci + 1][0]:clauses[ci + 1][1]]
                prev = text[sents[si - 1][0]:sents[si - 1][1]] if si > 0 else ""
                cand("possible", self._scope_possible(local, prev), span)
        elif c.has("supersede", sent) and si > 0:
            p0, p1 = sents[si - 1]
            prev = text[p0:p1]
            prev_cue = self._objection_cue(prev)
            if prev_cue is not None:
                prev_span = self._objection_span(prev, split_clauses(prev), prev_cue)
                sup = c.rx["supersede"].search(sent)
                end = clauses[clause_index(clauses, sup.start())][1]
                start, _ = _trim(prev, *prev_span)
                stop = _trim(sent, 0, end)[1]
                out.append(
                    _Candidate(si, "not_possible", self._scope_not_possible(prev + " " + sent),
                               p0 + start, s0 + stop, superseding=True)
                )
        out.extend(self._passed_anyway(text, sents, si, sent, clauses))
        for span in self._no_choice_spans(sent, clauses):
            cand("not_possible", "all_sharing", span)
        return out

    def _in_context(self, text: str, sents: list[tuple[int, int]], si: int) -> bool:
        lo, hi = sents[max(0, si - 1)][0], sents[min(len(sents) - 1, si + 1)][1]
        return self.c.context.search(text, lo, hi) is not None

    def _objection_cue(self, sent: str) -> re.Match[str] | None:
        """The first objection / switch-off / choice cue that qualifies in `sent`."""
        c = self.c
        m = c.rx["objection"].search(sent)
        if m:
            return m
        m = c.rx["control"].search(sent)
        if m and (
            c.has("scope_ads", sent)
            or c.has("scope_friend_suggestions", sent)
            or (c.has("explicit_object", sent) and c.has("facebook", sent))
        ):
            return m
        m = c.rx["choice"].search(sent)
        if m and not c.has("no_choice", sent) and (c.has("transfer", sent) or c.has("scope_ads", sent)):
            return m
        return None

    def _objection_span(self, sent: str, clauses: list[tuple[int, int]], cue: re.Match[str]) -> tuple[int, int]:
        """The cue's clause, extended back over the clause with the possibility cue if separate."""
        ci = clause_index(clauses, cue.start())
        start, end = clauses[ci]
        own = sent[start:end]
        if ci > 0 and not self.c.has("possibility", own) and not self.c.has("impossible", own):
            before = sent[clauses[ci - 1][0]:clauses[ci - 1][1]]
            if self.c.has("possibility", before):
                start = clauses[ci - 1][0]
        return start, end

    def _scope_possible(self, local: str, prev: str) -> str:
        c = self.c
        for scope in ("ads", "friend_suggestions", "phone_number"):
            if c.has(f"scope_{scope}", local):
                return scope
        if c.has("explicit_object", local):
            return "unspecified"
        # "dem letzten Punkt widersprechen": the object is in the previous sentence.
        for scope in ("ads", "friend_suggestions"):
            if c.has(f"scope_{scope}", prev):
                return scope
        return "unspecified"

    def _scope_not_possible(self, text: str) -> str:
        for scope in ("phone_number", "ads", "friend_suggestions"):
            if self.c.has(f"scope_{scope}", text):
                return scope
        return "all_sharing"

    def _passed_anyway(
        self, text: str, sents: list[tuple[int, int]], si: int, sent: str, clauses: list[tuple[int, int]]
    ) -> list[_Candidate]:
        """The phone number / the data is passed on regardless of an objection."""
        c = self.c
        anyway = c.rx["anyway"].search(sent)
        keep = c.rx["keep_using"].search(sent)
        cue = anyway or keep
        if cue is None or not c.has("transfer", sent):
            return []
        phone = c.rx["scope_phone_number"].search(sent)
        data = c.rx["data"].search(sent)
        target = phone or data
        if target is None:
            return []
        if keep is None:
            context = text[sents[max(0, si - 2)][0]:sents[si][1]]
            if not (c.has("objection", context) or c.has("control", context) or c.has("choice", context)):
                return []
        ci_t = clause_index(clauses, target.start())
        ci_c = clause_index(clauses, cue.start())
        lo, hi = min(ci_t, ci_c), max(ci_t, ci_c)
        # The transfer verb may sit in the clause after both ("... die Telefonnummer werde jedoch in
        # jedem Fall weitergeben").
        if not c.has("transfer", sent[clauses[lo][0]:clauses[hi][1]]) and hi + 1 < len(clauses):
            hi += 1
        span_text = sent[clauses[lo][0]:clauses[hi][1]]
        if has_negation(span_text) or not c.has("transfer", span_text):
            return []
        start, end = _trim(sent, clauses[lo][0], clauses[hi][1])
        s0 = sents[si][0]
        scope = "phone_number" if phone else "all_sharing"
        return [_Candidate(si, "not_possible", scope, s0 + start, s0 + end)]

    def _no_choice_spans(self, sent: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans of the accept-or-leave statements in `sent` (all_sharing)."""
        c = self.c
        spans: list[tuple[int, int]] = []
        must = c.rx["must"].search(sent)
        if must and c.has("accept", sent) and c.has("accept_target", sent):
            ci = clause_index(clauses, must.start())
            if not has_negation(sent[clauses[ci][0]:clauses[ci][1]]):
                spans.append(_clauses_from(clauses, ci, 2))
        refuse = c.rx["refuse"].search(sent)
        if refuse and c.has("consequence", sent[refuse.end():]):
            ci = clause_index(clauses, refuse.start())
            spans.append((clauses[ci][0], clauses[-1][1]))
        no_choice = c.rx["no_choice"].search(sent)
        if no_choice and c.has("quit", sent[no_choice.end():]):
            ci = clause_index(clauses, no_choice.start())
            spans.append((clauses[ci][0], clauses[-1][1]))
        elif (user_must := c.rx["user_must"].search(sent)) and c.has("quit", sent[user_must.end():]) and c.has(
            "quit_object", sent[user_must.end():]
        ):
            ci = clause_index(clauses, user_must.start())
            spans.append((clauses[ci][0], clauses[-1][1]))
        return spans


def _clauses_from(clauses: list[tuple[int, int]], ci: int, n: int) -> tuple[int, int]:
    """Span of clause `ci` and up to n-1 following clauses."""
    return clauses[ci][0], clauses[min(len(clauses) - 1, ci + n - 1)][1]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace and punctuation."""
    while start < end and (text[start] in _TRIM or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1].isspace()):
        end -= 1
    return start, end


@Language.factory("dealwatch_opt_out")
def make_component(nlp: Language, name: str) -> OptOutComponent:
    """spaCy factory: the component with the bundled cues."""
    return OptOutComponent(Cues.load())
