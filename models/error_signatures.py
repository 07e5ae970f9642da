"""`python -m models.error_signatures`: the extractor's errors on the studied sets, grouped by a coarse signature of
the sentence, counted in how many DIFFERENT sets each recurs (issue 7, session 16, conv23).

The studied gold sets were written blind by about twenty writers: a panel of annotators. An error that recurs in many
sets, in the same direction (the rules say X, writer after writer says Y), is a candidate CONVENTION the rules miss -
the kind of finding that moved unseen sets most (business chats, the ended 2016 option) - while an error of one set is
one writer's sentence. Per document the gold's and the extractor's scored items (`models.evaluate`'s sets) are
compared and each false or missed item gets a signature:

- opt-out: a wrong scope paired with the gold scope of the same stance ("opt scope got all_sharing gold ads"), a
  flipped stance, or an item missed / claimed alone; with the opt-out cue word of its sentence;
- data_shared: a wrong type paired with the gold type of the same polarity, a flipped polarity, or an item alone; with
  the sharing verb of its sentence;
- price: a currency given vs gold (same value), or a price missed / false alone; the moment given vs gold (same value
  and currency) with the sentence's moment cue and whether the text looks back (names a year after 2014);
- year: missed or false, with the sentence's year cue.

Only the studied sets are read (`models.heldout.STUDIED_SETS`); the blind sets never. `--claims FILE` keeps the
extractor's claims (JSON Lines) so a second look at the table costs no extraction.
"""
from __future__ import annotations

import argparse
import bisect
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.evaluate import GoldDocument, gold_sets, normal_value, predicted_sets
from models.learned.dataset import load_studied
from models.sentences import sentence_starts

# Cue words per claim type, first match wins (coarse on purpose: a signature must recur across writers' wordings).
OPT_CUES = (
    ("widerspruch", r"widersprech|widerspruch"), ("switch", r"schalter|häkchen|haken|regler|einstellung|option"),
    ("consent", r"zustimm|zustimmung|einwillig|akzeptier"), ("refuse", r"ablehn|abwähl|verweiger"),
    ("stop", r"verhinder|stopp|abschalt|ausschalt|deaktivier|abstellen"), ("leave", r"lösch|nicht mehr nutzen|verlassen|wechsel"),
    ("choice", r"wahl|wählen|entscheid"), ("answer", r"\bnein\b|\bja\b"),
)
DS_CUES = (
    ("encrypted", r"verschlüssel|unlesbar|einsehbar|mitlesen|liest"), ("pass_on", r"weitergeb|weitergab|weitergegeben|übermittel|übertrag"),
    ("share", r"teil(t|en)|geteilt"), ("flow", r"fließ|landen|gehen an|geht an|gelangen|erhält|bekommt|zugreif"),
    ("store", r"speicher|server|hosten|hosting"), ("combine", r"zusammenführ|abgleich|verknüpf"), ("use", r"nutz|verwend"),
)
MOMENT_CUES = (
    ("closing_word", r"abschluss|abgeschlossen|vollzug|am ende|schließlich|oktober"), ("february", r"februar|19\. februar"),
    ("announce_word", r"angekündigt|ankündigung|vereinbart|geboten|\bbot\b|will .* kaufen"), ("damals", r"damals"),
    ("year_2014", r"\b2014\b"), ("present_buy", r"\b(kauft|übernimmt|zahlt|erwirbt|schluckt)\b"),
    ("past_buy", r"gekauft|übernommen|gezahlt|bezahlt|kaufte|übernahm|zahlte"),
)
YEAR_CUES = (("relative", r"später|zuvor|vor \w+ jahren"), ("seit", r"\bseit\b"), ("year_2014", r"\b2014\b"))
LATER_YEAR = re.compile(r"\b(201[5-9]|202\d)\b")


@dataclass
class Signatures:
    """Signature -> set name -> the documents where it occurred (one entry per item); beside each signature, what the
    rules gave (a key like `opt not_possible/unspecified | consent`, None for a missed item), and the same keys
    counted over the items the gold AGREES with: a signature whose given key the gold mostly agrees with elsewhere is
    the writers disagreeing among themselves, not a convention the rules miss."""

    found: dict[str, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    given: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    agreed: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    sentences: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, finding: Finding, set_name: str, document: str) -> None:
        """Count one false or missed item (`finding.given` is None) or, with `finding.signature` None, one agreed item."""
        if finding.signature is None:
            self.agreed[finding.given or ""][set_name] += 1
            return
        self.found[finding.signature][set_name].append(document)
        self.sentences[finding.signature].setdefault(document, " ".join(finding.sentence.split()))
        if finding.given is not None:
            self.given[finding.signature][finding.given] += 1

    def agreement(self, signature: str) -> tuple[int, int]:
        """(items, sets) the gold agrees with under the given key most items of `signature` share; (0, 0) for misses."""
        if not self.given[signature]:
            return 0, 0
        by_set = self.agreed.get(self.given[signature].most_common(1)[0][0], {})
        return sum(by_set.values()), len(by_set)

    def table(self, min_sets: int = 1) -> list[tuple[str, int, int, tuple[int, int], list[str]]]:
        """(signature, sets, items, (agreed items, agreed sets), example documents), most sets first, then most items."""
        rows = [
            (sig, len(by_set), sum(map(len, by_set.values())), self.agreement(sig), [d[0] for d in by_set.values()][:4])
            for sig, by_set in self.found.items() if len(by_set) >= min_sets
        ]
        return sorted(rows, key=lambda row: (-row[1], -row[2], row[0]))


@dataclass(frozen=True)
class Finding:
    """One false or missed item (`signature`; `given`: what the rules gave, None when they gave nothing), or one item
    the gold agrees with (`signature` None, `given` its key)."""

    signature: str | None
    given: str | None
    sentence: str = ""  # the gold's sentence of an error (the claim's for a false item), for `--ids`


def first_cue(sentence: str, cues: Iterable[tuple[str, str]]) -> str:
    """The name of the first cue whose pattern occurs in `sentence` (lower-cased), `-` when none does."""
    lowered = sentence.lower()
    return next((name for name, pattern in cues if re.search(pattern, lowered)), "-")


def sentence_at(text: str, span: str | None) -> str:
    """The pipeline's sentence (`models.sentences.sentence_starts`, the extractor's one splitter) holding the first
    occurrence of `span` in `text`, without its surrounding whitespace; the span itself when it is not found (a gold
    span spread over two sentences, say)."""
    if not span:
        return ""
    at = text.find(span)
    if at < 0:
        return span
    starts = [0, *sentence_starts(text)]
    i = bisect.bisect_right(starts, at) - 1
    return text[starts[i]:starts[i + 1] if i + 1 < len(starts) else len(text)].strip()


def _spans(items: Iterable[dict[str, Any]], key: Callable[[dict[str, Any]], tuple]) -> dict[tuple, str]:
    """Scored item -> the text of its first gold span or claim (a sentence for claims)."""
    found: dict[tuple, str] = {}
    for item, span in ((key(i), i.get("sentence") or i.get("text") or "") for i in items):
        found.setdefault(item, span)
    return found


def _paired(missed: set[tuple], false: set[tuple], same: int) -> Iterator[tuple[tuple | None, tuple | None]]:
    """Pairs (false item, missed item) agreeing in position `same` (stance, polarity); then each unpaired item alone."""
    used_false: set[tuple] = set()
    used_missed: set[tuple] = set()
    for m in sorted(missed, key=repr):
        partner = next((f for f in sorted(false, key=repr) if f[same] == m[same] and f not in used_false), None)
        if partner is not None:
            used_false.add(partner)
            used_missed.add(m)
            yield partner, m
    for m in sorted(missed - used_missed, key=repr):
        yield None, m
    for f in sorted(false - used_false, key=repr):
        yield f, None


def _two_valued(missed: set[tuple], false: set[tuple], same: int, what: str,
                other: int) -> Iterator[tuple[str, tuple, tuple | None]]:
    """(signature stem, item the cue is read from, false item or None) for a two-field type: a flip of field `same`
    where a false and a missed item agree on field `other`, a confusion of field `other` where they agree on `same`,
    else an item missed or false alone."""
    flips = {(f, m) for f in false for m in missed if f[other] == m[other] and f[same] != m[same]}
    flipped_false = {f for f, _ in flips}
    flipped_missed = {m for _, m in flips}
    for f, m in sorted(flips, key=repr):
        yield f"{what} flip got {f[same]} gold {m[same]} [{m[other]}]", m, f
    for f, m in _paired(missed - flipped_missed, false - flipped_false, same):
        if f is not None and m is not None:
            yield f"{what} confusion got {f[other]} gold {m[other]} [{m[same]}]", m, f
        elif m is not None:
            yield f"{what} missed {m[same]}/{m[other]}", m, None
        elif f is not None:
            yield f"{what} false {f[same]}/{f[other]}", f, f


def _typed_findings(what: str, want: set[tuple], got: set[tuple], gold_spans: dict[tuple, str],
                    claim_spans: dict[tuple, str], text: str, cues: tuple[tuple[str, str], ...],
                    same: int, other: int) -> Iterator[Finding]:
    """Findings of one two-field type (opt-out, data_shared): errors with the cue of the gold's sentence (the
    claim's for a false item), what the rules gave with the cue of the claim's sentence, and agreed items."""
    def sentence(item: tuple) -> str:
        return sentence_at(text, gold_spans[item]) if item in gold_spans else claim_spans.get(item, "")

    def given(item: tuple) -> str:
        return f"{what} {item[same]}/{item[other]} | {first_cue(claim_spans.get(item, ''), cues)}"

    for stem, item, false in _two_valued(want - got, got - want, same, f"{what} {'scope' if what == 'opt' else 'type'}", other):
        said = sentence(item)
        yield Finding(f"{stem} | {first_cue(said, cues)}", given(false) if false is not None else None, said)
    for item in want & got:
        yield Finding(None, given(item))


def document_signatures(document: GoldDocument, claims: list[dict[str, Any]]) -> Iterator[Finding]:
    """A finding for every false or missed item of one document, and one for every item the gold agrees with."""
    want, got = gold_sets(document.gold), predicted_sets(claims)
    gold, text = document.gold, document.text
    yield from _typed_findings(
        "opt", want["opt_out"], got["opt_out"], _spans(gold.get("opt_out") or [], lambda o: (o["stance"], o["scope"])),
        _spans((c for c in claims if c["type"] == "opt_out"), lambda c: (c["stance"], c["scope"])), text, OPT_CUES, 0, 1)
    yield from _typed_findings(
        "ds", want["data_shared"], got["data_shared"],
        _spans(gold.get("data_shared") or [], lambda d: (d.get("type") or d.get("data_type"), bool(d["shared"]))),
        _spans((c for c in claims if c["type"] == "data_shared"), lambda c: (c["data_type"], bool(c["shared"]))),
        text, DS_CUES, 1, 0)
    yield from _price_findings(document, want, got)
    year_claims = {c["year"]: c["sentence"] for c in claims if c["type"] == "acquisition_year"}
    for year in sorted(want["acquisition_year"] | got["acquisition_year"]):
        given = f"year | {first_cue(year_claims.get(year, ''), YEAR_CUES)}" if year in got["acquisition_year"] else None
        if year in want["acquisition_year"] and year in got["acquisition_year"]:
            yield Finding(None, given)
        elif year in want["acquisition_year"]:
            span = sentence_at(text, (gold.get("acquisition_year") or {}).get("text"))
            yield Finding(f"year missed | {first_cue(span, YEAR_CUES)}", None, span)
        else:
            yield Finding(f"year false | {first_cue(year_claims[year], YEAR_CUES)}", given, year_claims[year])


def _price_findings(document: GoldDocument, want: dict[str, set], got: dict[str, set]) -> Iterator[Finding]:
    """Price findings (a currency given vs gold for one value, a value for one currency, a price alone) and moment
    findings (the moment given vs gold for a right price, with its sentence's cue and the text's time)."""
    text = document.text
    later = "later_text" if LATER_YEAR.search(text) else "2014_text"
    gold_text: dict[tuple, str] = {}
    for p in document.gold.get("price") or []:
        gold_text.setdefault((normal_value(p["value"]), p.get("currency"), p.get("moment")), p.get("text") or "")
    missed, false = want["price"] - got["price"], got["price"] - want["price"]
    for stem, item, given in _two_valued(missed, false, 1, "price", 0):
        where = "headline" if item in missed and _in_headline(text, item, gold_text) else "body"
        said = next((t for k, t in gold_text.items() if k[:2] == item), "")
        yield Finding(f"{stem} | {where}", f"price {given}" if given is not None else None, sentence_at(text, said))
    for item in want["price"] & got["price"]:
        yield Finding(None, f"price {item}")
    # a moment counts only where the price itself is right (a missed price is counted above)
    right = want["price"] & got["price"]
    gold_moments = {m for m in want["price_moment"] if m[:2] in right}
    got_moments = {m for m in got["price_moment"] if m[:2] in right}
    for m in sorted(gold_moments, key=repr):
        said = sentence_at(text, gold_text.get(m, ""))
        cue = first_cue(said, MOMENT_CUES)
        if m in got_moments:
            yield Finding(None, f"moment {m[2]} | {cue} | {later}")
            continue
        given = next((g[2] for g in sorted(got_moments - gold_moments, key=repr) if g[:2] == m[:2]), None)
        yield Finding(f"moment got {given or 'none'} gold {m[2]} | {cue} | {later}",
                      f"moment {given} | {cue} | {later}" if given else None, said)


def _in_headline(text: str, item: tuple, gold_text: dict[tuple, str]) -> bool:
    """Whether the gold price `item` (value, currency) is written in the text's first line."""
    span = next((t for k, t in gold_text.items() if k[:2] == item and t), None)
    return bool(span) and span in text.split("\n", 1)[0]


def studied_documents(shared: Path | None = None) -> Iterator[tuple[str, GoldDocument]]:
    """(set name, document) of every studied set, dev first (never a blind set: `dataset.load_studied`)."""
    for name, documents in load_studied(shared).items():
        for document in documents:
            yield name, document


def extracted(documents: list[GoldDocument], cache: Path | None) -> dict[str, list[dict[str, Any]]]:
    """Document name -> the extractor's claims, read from `cache` when it exists, else extracted (and written there)."""
    if cache is not None and cache.is_file():
        return {row["name"]: row["claims"] for row in map(json.loads, cache.read_text(encoding="utf-8").splitlines())}
    from models.extract import ordered_claims
    from models.pipeline import load_pipeline

    nlp = load_pipeline()
    claims = {
        document.name: [claim.to_record() for claim in ordered_claims(doc)]
        for document, doc in zip(documents, nlp.pipe((d.text for d in documents), batch_size=64))
    }
    if cache is not None:
        cache.write_text("".join(json.dumps({"name": n, "claims": c}, ensure_ascii=False) + "\n" for n, c in claims.items()),
                         encoding="utf-8")
    return claims


def collect(named: list[tuple[str, GoldDocument]], claims: dict[str, list[dict[str, Any]]]) -> Signatures:
    """Every false or missed item's signature and every agreed item's key, by set."""
    signatures = Signatures()
    for set_name, document in named:
        for finding in document_signatures(document, claims.get(document.name, [])):
            signatures.add(finding, set_name, document.name)
    return signatures


def main(argv: list[str] | None = None) -> int:
    """`python -m models.error_signatures [--claims FILE] [--min-sets N] [--grep WORD] [--ids]`."""
    parser = argparse.ArgumentParser(prog="python -m models.error_signatures", description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=Path, default=None, help="JSON Lines cache of the extractor's claims (written when absent)")
    parser.add_argument("--min-sets", type=int, default=3, help="list signatures recurring in at least N sets (default 3)")
    parser.add_argument("--grep", default="", help="only signatures containing this text")
    parser.add_argument("--ids", action="store_true", help="list every document of each signature with its sentence")
    args = parser.parse_args(argv)
    named = list(studied_documents())
    table = collect(named, extracted([d for _, d in named], args.claims))
    print(f"{'sets':>4} {'items':>5} {'agreed':>9}  signature (agreed: items/sets where the gold agrees with what the rules gave)")
    for signature, sets, items, (agreed, agreed_sets), examples in table.table(args.min_sets):
        if args.grep in signature:
            print(f"{sets:4d} {items:5d} {agreed:5d}/{agreed_sets:<3d}  {signature}    e.g. {', '.join(examples)}")
            if args.ids:
                for set_name, docs in sorted(table.found[signature].items()):
                    for document in dict.fromkeys(docs):
                        print(f"{'':12}{set_name} {document}: {table.sentences[signature][document][:110]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
