"""The dealwatch_data_shared spaCy component: which data WhatsApp passes to Facebook, and which not.

Design notes
------------
* Vocabulary and cues live in ``patterns/data_shared.json`` (German stems,
  compounds, multiword phrases -> CONTRACT data types); code only interprets
  them. A new spelling belongs there, not here.
* Cheap first: one precompiled regex finds every data term in ``doc.text``;
  only sentences that contain one are looked at further, with regexes over
  the sentence text (no per-token Python loops).
* A mention becomes a claim only where the text speaks about a transfer
  between WhatsApp and Facebook/Meta: a transfer cue in its clause (or in
  another clause of its sentence, or in the previous sentence when this one
  continues it: "Dazu gehören ..."), Facebook/Meta/"Mutterkonzern" in the
  sentence or a neighbour, and WhatsApp (or "Messenger", ...) within two
  sentences. Receiving/using verbs ("erhält", "nutzt", "Zugriff") must have
  Facebook in the same clause. WhatsApp merely collecting or storing data
  ("speichert", "sammelt") yields no claim; neither do questions or
  conditional clauses ("Wenn ...", "Sollte ...").
* Polarity: shared=false when the mention's clause (see ``models.negation``
  for the clause cut) carries a negation ("keine weiteren Daten, wie z.B.
  Gesprächsinhalte und Profildaten, ..." negates the whole enumeration), or
  says the data stays protected ("bleiben ... verschlüsselt/geschützt", "nur
  für die Beteiligten"). A negation next to an opt-out cue ("kannst du wählen,
  ... nicht mit Facebook zu teilen", "Widerspruch ... nicht möglich") is about
  the choice, not the transfer: the gold annotates such data as shared=true.
  A clause without its own cue takes the polarity of the nearest transfer
  clause of its sentence.
* Claims: one per data type and polarity per sentence; adjacent same-type
  items of an enumeration share one span ("Gerätemodell, Betriebssystem,
  Mobilfunkanbieter"); a truncated compound continuation is included
  ("Nutzungshäufigkeit und -zeitpunkt"). Weak words ("Name", "Status") count
  only inside an enumeration with another data term; a bare "Nachrichten"
  counts only where it is said to be protected or not accessible. Plain
  "Daten" gives type ``other`` (not scored) when nothing more specific is named.
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
from models.negation import (
    clause_index,
    has_negation,
    is_conditional,
    is_question,
    split_clauses,
)

PATTERNS_FILE = Path(__file__).parent / "patterns" / "data_shared.json"
_I = re.IGNORECASE


@dataclass(frozen=True)
class _Term:
    type: str
    kind: str  # strong | weak | message | generic
    compound: str  # any | hyphen | none


@dataclass
class _Mention:
    start: int  # offsets into the sentence text
    end: int
    term: _Term


class Vocabulary:
    """The compiled patterns of ``data_shared.json``."""

    def __init__(self, spec: dict[str, Any]) -> None:
        infl = spec["inflection"]
        self.terms: list[_Term] = []
        parts = []
        for i, entry in enumerate(spec["terms"]):
            term = _Term(entry["type"], entry["kind"], entry["compound"])
            self.terms.append(term)
            body = entry["pattern"].replace("{I}", infl)
            left = r"(?<![\w-])" if term.compound == "none" else ""
            parts.append(f"(?P<t{i}>{left}(?:{body}))")
        # Right edge: the term ends the word (inflection already inside the pattern).
        self.term_re = re.compile("(?:" + "|".join(parts) + r")(?![\w])", _I)
        cues = spec["cues"]
        self.cue = {name: re.compile(rx, _I) for name, rx in cues.items()}

    @classmethod
    def load(cls, path: Path = PATTERNS_FILE) -> "Vocabulary":
        """Read and compile a vocabulary file; raise ValueError when it is malformed."""
        try:
            return cls(json.loads(path.read_text(encoding="utf-8")))
        except (KeyError, TypeError, re.error, json.JSONDecodeError) as exc:
            raise ValueError(f"bad data_shared vocabulary {path}: {exc}") from exc


_TRUNCATED_CONTINUATION = re.compile(r"(?:\s*,\s*|\s+(?:und|oder|sowie|bzw\.?)\s+)-\w+", _I)


class DataSharedComponent:
    """Adds ``data_shared`` claims (data_type, shared) to ``doc._.claims``."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.v = vocab

    # ------------------------------------------------------------------ spaCy
    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        first = self.v.term_re.search(text)
        if first is None:
            return doc
        sents = _sentence_bounds(doc)
        hits_by_sent: dict[int, None] = {}
        si = 0
        for m in self.v.term_re.finditer(text, first.start()):
            while si < len(sents) - 1 and sents[si][1] <= m.start():
                si += 1
            hits_by_sent[si] = None
        for si in hits_by_sent:
            self._sentence(doc, sents, si)
        return doc

    # ------------------------------------------------------------ internals
    def _sentence(self, doc: Doc, sents: list[tuple[int, int]], si: int) -> None:
        s_start, s_end = sents[si]
        sent = doc.text[s_start:s_end]
        if is_question(sent):
            return
        mentions = self._mentions(sent)
        if not mentions:
            return
        if not self._about_whatsapp_facebook(doc.text, sents, si):
            return
        clauses = split_clauses(sent)
        masked = _mask(sent, mentions)
        info = [self._clause_info(masked, c) for c in clauses]
        choice_in_sentence = bool(self.v.cue["optout_choice"].search(masked))
        fb_near = self._facebook_near(doc.text, sents, si)
        inherited: bool | None | str = "unset"
        specific_found = any(m.term.kind != "generic" for m in mentions)
        decided: list[tuple[_Mention, bool]] = []
        for mention in mentions:
            if mention.term.kind == "generic" and specific_found:
                continue
            ci = clause_index(clauses, mention.start)
            c = info[ci]
            if c["conditional"] or (c["collection"] and not c["transfer"]):
                continue
            negated = c["negated"] and not (choice_in_sentence and self._choice_near(info, ci))
            shared: bool | None = None
            if c["transfer"] and (c["fb_clause"] or (c["strong"] and fb_near)):
                shared = not negated
            elif c["protection"] and fb_near:
                shared = False
            else:
                nearest = _nearest_transfer(info, ci, fb_near)
                if nearest is not None:
                    shared = False if negated else nearest
                else:
                    if inherited == "unset":
                        inherited = self._inherited_polarity(doc.text, sents, si, sent)
                    if isinstance(inherited, bool):
                        shared = False if negated else inherited
            if shared is None:
                continue
            if mention.term.kind == "message" and not (shared is False and (c["protection"] or c["negated"])):
                continue
            decided.append((mention, shared))
        self._emit(doc, s_start, sent, decided)

    def _mentions(self, sent: str) -> list[_Mention]:
        """Data-term mentions in a sentence, with weak terms kept only inside enumerations."""
        found: list[_Mention] = []
        for m in self.v.term_re.finditer(sent):
            term = self.v.terms[int(m.lastgroup[1:])]
            start, end = m.start(), m.end()
            if term.compound != "none":
                start = _word_start(sent, start, hyphen_only=term.compound == "hyphen")
                if start is None:
                    continue
            tail = _TRUNCATED_CONTINUATION.match(sent, end)
            if tail:
                end = tail.end()
            found.append(_Mention(start, end, term))
        if not any(m.term.kind == "weak" for m in found):
            return found
        runs = self._enumeration_runs(sent, found)
        keep: list[_Mention] = []
        for run in runs:
            has_anchor = any(m.term.kind in ("strong", "generic") for m in run) and len(run) > 1
            keep.extend(m for m in run if m.term.kind != "weak" or has_anchor)
        return keep

    def _enumeration_runs(self, sent: str, mentions: list[_Mention]) -> list[list[_Mention]]:
        """Group consecutive mentions separated only by enumeration glue (commas, 'und', articles)."""
        runs: list[list[_Mention]] = []
        for m in mentions:
            if runs and self.v.cue["enumeration_glue"].match(sent[runs[-1][-1].end:m.start]):
                runs[-1].append(m)
            else:
                runs.append([m])
        return runs

    def _clause_info(self, masked: str, clause: tuple[int, int]) -> dict[str, bool]:
        text = masked[clause[0]:clause[1]]
        cue = self.v.cue
        strong = bool(cue["transfer_strong"].search(text))
        weak = bool(cue["transfer_weak"].search(text))
        fb_clause = bool(cue["facebook"].search(text))
        return {
            "transfer": strong or (weak and fb_clause),
            "strong": strong,
            "fb_clause": fb_clause,
            "negated": has_negation(text),
            "protection": bool(cue["protection"].search(text)),
            "collection": bool(cue["collection"].search(text)),
            "conditional": is_conditional(text),
            "choice": bool(cue["optout_choice"].search(text)),
        }

    @staticmethod
    def _choice_near(info: list[dict[str, bool]], ci: int) -> bool:
        """An opt-out/choice cue in the mention's clause or the one before it."""
        return info[ci]["choice"] or (ci > 0 and info[ci - 1]["choice"])

    def _about_whatsapp_facebook(self, text: str, sents: list[tuple[int, int]], si: int) -> bool:
        lo, hi = sents[max(0, si - 2)][0], sents[min(len(sents) - 1, si + 2)][1]
        return bool(self.v.cue["whatsapp"].search(text, lo, hi)) and self._facebook_near(text, sents, si)

    def _facebook_near(self, text: str, sents: list[tuple[int, int]], si: int) -> bool:
        # This sentence or the previous one: the recipient is named before it is referred to.
        lo, hi = sents[max(0, si - 1)][0], sents[si][1]
        return bool(self.v.cue["facebook"].search(text, lo, hi))

    def _inherited_polarity(
        self, text: str, sents: list[tuple[int, int]], si: int, sent: str
    ) -> bool | None:
        """Polarity of the previous sentence's transfer when this sentence continues it."""
        if si == 0:
            return None
        p_start, p_end = sents[si - 1]
        prev = text[p_start:p_end]
        if not (self.v.cue["continuation"].search(sent) or prev.rstrip().endswith(":")):
            return None
        if is_question(prev):
            return None
        fb_near = self._facebook_near(text, sents, si - 1)
        prev_mentions = self._mentions(prev)
        masked = _mask(prev, prev_mentions)
        info = [self._clause_info(masked, c) for c in split_clauses(prev)]
        for c in reversed(info):
            if c["conditional"]:
                continue
            if c["transfer"] and (c["fb_clause"] or (c["strong"] and fb_near)):
                return not c["negated"]
            if c["protection"] and fb_near:
                return False
        return None

    def _emit(self, doc: Doc, offset: int, sent: str, decided: list[tuple[_Mention, bool]]) -> None:
        """One claim per (type, shared) in the sentence; adjacent enumeration items share a span."""
        groups: dict[tuple[str, bool], list[_Mention]] = {}
        for mention, shared in decided:
            groups.setdefault((mention.term.type, shared), []).append(mention)
        for (dtype, shared), members in groups.items():
            start, end = members[0].start, members[0].end
            for nxt in members[1:]:
                if self.v.cue["enumeration_glue"].match(sent[end:nxt.start]):
                    end = nxt.end
                else:
                    break
            add_claim(doc, "data_shared", offset + start, offset + end, data_type=dtype, shared=shared)


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence; the whole text when unsegmented."""
    if not doc.has_annotation("SENT_START"):
        return [(0, len(doc.text))]
    return [(s.start_char, s.end_char) for s in doc.sents]


def _word_start(text: str, pos: int, hyphen_only: bool) -> int | None:
    """Start of the (compound) word containing `pos`; None if `hyphen_only` and glued to letters."""
    i = pos
    if hyphen_only and i > 0 and text[i - 1].isalnum():
        return None
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "-_"):
        i -= 1
    return i


def _mask(sent: str, mentions: list[_Mention]) -> str:
    """The sentence with mention spans blanked, so 'wie häufig ... genutzt' is no transfer cue."""
    if not mentions:
        return sent
    chars = list(sent)
    for m in mentions:
        chars[m.start:m.end] = " " * (m.end - m.start)
    return "".join(chars)


def _nearest_transfer(info: list[dict[str, bool]], ci: int, fb_near: bool) -> bool | None:
    """Polarity of the transfer clause nearest to clause `ci` (following one preferred on ties)."""
    best: tuple[int, bool] | None = None
    for j, c in enumerate(info):
        if j == ci or c["conditional"]:
            continue
        if c["transfer"] and (c["fb_clause"] or (c["strong"] and fb_near)):
            dist = abs(j - ci) * 2 - (1 if j > ci else 0)
            if best is None or dist < best[0]:
                best = (dist, not c["negated"])
    return None if best is None else best[1]


@Language.factory("dealwatch_data_shared")
def make_component(nlp: Language, name: str) -> DataSharedComponent:
    """spaCy factory: the component with the bundled vocabulary."""
    return DataSharedComponent(Vocabulary.load())
