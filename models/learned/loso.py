"""`python -m models.learned.loso` (also `python -m models.transfer`): leave one studied set out.

For each studied set in turn: train the classifier on the OTHER sets only, run the
stage on the left-out set, and score it with and without the stage. The rule
pipeline runs once per text; the folds only retrain and re-apply the classifier
(the stage's decisions are a function of the rule pipeline's Doc).

Two kinds of fold, because the rules themselves were written by reading every
studied set (they score 0.9 to 1.0 on them, 0.56 to 0.77 recall on blind sets):

- current rules: every studied set left out in turn, with today's rules. The
  rules leave little to add here, so this mostly measures what the stage costs
  in false claims;
- blind rules (`BLIND_RULES`): a set scored with the rules of the last main commit
  before that set was studied (the extractor that had never read it, exactly what
  its blind score measured), the classifier trained on every other set. This is
  the situation on new coverage: rules that never saw the text, plus the stage.

The pooled leave-one-set-out figure scores every set once, with the most honest
rules there are for it (blind rules where `BLIND_RULES` has a commit, else today's).
The threshold is chosen on that pooled score (never on one set), among the
thresholds where no left-out set, of either kind, loses more than `MAX_SET_LOSS`
overall F1. The stage ships enabled only if the pooled data_shared F1 rises;
`--write` records the verdict and the threshold in `data_shared_stage.json`.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import subprocess
import sys
import tarfile
import io
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, fields, replace
from pathlib import Path
from typing import Any

from models.evaluate import SCORED_TYPES, Score, gold_sets, predicted_sets, shared_dir
from models.learned import classifier
from models.learned.dataset import (
    DATA_LABELS, OPT_LABELS, STUDIED_SETS, DocRecord, build_records, examples, label_counts, load_studied,
    opt_examples, opt_label_counts,
)
from models.learned.features import Sentence
from models.learned.opt_out_stage import SETTINGS_FILE as OPT_SETTINGS_FILE, Claimed, OptSettings, decide_opt, opt_candidates
from models.learned.opt_out_stage import shipped_settings as shipped_opt_settings
from models.learned.ds_options import VARIANTS, Options
from models.learned import retrain_rule
from models.learned.row_check import broken_rows, read_rows
from models.learned.stage import SETTINGS_FILE, candidates, decide_with, settings, stage_words, vetoed_in

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
MAX_SET_LOSS = 0.02  # overall F1 a left-out set may lose before the threshold is ruled out
# Set -> the last main commit before the set was studied (models/heldout/BLIND_SCORES.md): its blind rules.
# Older sets' blind commits predate the linguistic layer's gates the stage reads (literals, deal context).
BLIND_RULES = {"heldout9": "2ca834e", "heldout10": "b137669", "heldout11": "d68276d",
               "heldout12": "8abe359", "heldout13": "8abe359",
               "heldout14": "9c0374b", "heldout15": "3d335e2",
               "heldout16": "f8a6abd", "heldout17": "916d14b",
               "heldout18": "f73b9fc", "heldout19": "043525c",
               "heldout20": "647027b", "heldout21": "4563392",
               "heldout22": "bae4207", "heldout23": "bae4207",
               "heldout24": "f2698b6", "heldout25": "f2698b6",
               "heldout26": "6d807ba",
               "heldout27": "6964a93", "heldout28": "6964a93",
               "heldout29": "1bc20f9", "heldout30": "1bc20f9",
               "heldout31": "95e2503", "heldout32": "95e2503",
               "heldout33": "e74532d", "heldout34": "e74532d",
               "heldout35": "4dba249", "heldout36": "4dba249",
               "heldout37": "87ddb44", "heldout38": "87ddb44",
               "heldout39": "2c1221f", "heldout40": "2c1221f",
               "heldout41": "0bd2d00", "heldout42": "0bd2d00",
               "heldout43": "7c4b458", "heldout44": "7c4b458",
               "heldout45": "a806e79", "heldout46": "a806e79",
               "heldout47": "c634d2f", "heldout48": "c634d2f",
               "heldout49": "5071e12", "heldout50": "5071e12",
               "heldout51": "42e0c56", "heldout52": "42e0c56",
               "heldout53": "716db18", "heldout54": "716db18",
               "heldout55": "f826ec4", "heldout56": "f826ec4",
               "heldout57": "99f7a1d", "heldout58": "99f7a1d",
               "heldout59": "ec6c140", "heldout60": "ec6c140",
               "heldout61": "bb4b53e", "heldout62": "bb4b53e",
               "heldout63": "69e6e92", "heldout64": "69e6e92",
               "heldout65": "54d78a0", "heldout66": "54d78a0",
               "heldout67": "172215b", "heldout68": "172215b",
               "heldout69": "6d844fb", "heldout70": "6d844fb",
               "heldout71": "05d9e6e", "heldout72": "05d9e6e",
               "heldout73": "086a9ec", "heldout74": "086a9ec",
               "heldout75": "131f855", "heldout76": "131f855",
               "heldout77": "b8a8598", "heldout78": "b8a8598",
               "heldout79": "94cf943", "heldout80": "94cf943",
               "heldout81": "6eaf5d5", "heldout82": "6eaf5d5",
               "heldout83": "e4558f5", "heldout84": "e4558f5",
               "heldout85": "3da91ca", "heldout86": "3da91ca",
               "heldout87": "c3ae424", "heldout88": "c3ae424",
               "heldout89": "cf9bb1e", "heldout90": "cf9bb1e",
               "heldout91": "996371d", "heldout92": "996371d",
               "heldout93": "fe2e202", "heldout94": "fe2e202",
               "heldout95": "8d56ef5", "heldout96": "8d56ef5",
               "heldout97": "1a08e36", "heldout98": "1a08e36",
               "heldout99": "558b9f4", "heldout100": "558b9f4",
               "heldout101": "05b01fd", "heldout102": "05b01fd",
               "heldout103": "7dfd6d3", "heldout104": "7dfd6d3",
               "heldout105": "ca6a34f", "heldout106": "ca6a34f",
               "heldout107": "a756d1a", "heldout108": "a756d1a",
               "heldout109": "6548d42", "heldout110": "6548d42"}
REPO = Path(__file__).resolve().parents[2]
# Every module of models/ whose helpers today's learned/ imports (spaCy's entry points import every learned
# stage): file in the tree -> (module, names: functions, or the constants they read, in order; imports they need).
LEARNED_HELPERS = {"regex_tools.py": ("models.regex_tools", ("split_at",), ()),
                   # the stages build their tables when made (17fac5f, speed30, session 30): every tree before it lacks it.
                   "component.py": ("models.component", ("build_now",), ()),
                   "layer/text.py": ("models.layer.text", ("token_range", "_MONEY_KEY", "money_in"),
                                     ("from models.money import MoneyMention, find_money",)),
                   # ds_guards' Konjunktiv II guard (062d193): without it every blind-rules fold fails to import.
                   "negation.py": ("models.negation", ("_HYPOTHETICAL_HEAD", "_ZU_INFINITIVE", "is_hypothetical"), ()),
                   # features.mentions_in's business site (58486a9, session 15): every tree before f2698b6 lacks it.
                   "layer/tagger.py": ("models.layer.tagger", ("_tag_ints", "_offered", "proper_noun"), ()),
                   "data_shared.py": ("models.data_shared", ("_NEXT_WORD", "business_site"),
                                      ("from models.layer.tagger import proper_noun",)),
                   # learned/stage.py's bare message word (db481b1, session 22): every tree before it lacks it.
                   "data_shared_phrases.py": ("models.data_shared_phrases", ("_BARE_MESSAGE_WORD", "bare_message_word"),
                                              ("import re",)),
                   # d6d81f5 (session 30): a speaker's turn on the next line is no paragraph (42e0c56's leads.py lacks it).
                   "layer/leads.py": ("models.layer.leads", ("opens_turn",), ()),
                   # opt_out_stage.refine_step's one decision with the rules' `refines` (clean29b, session 29);
                   # drop_verdicts_beside's D41 neighbours (b3ffccb, 99f7a1d, session 32), which read `_paragraph_break`
                   # (a tree from 6964a93 to 42e0c56 keeps its own, older one: a line break before a turn is a break there).
                   "opt_out.py": ("models.opt_out", ("refined_away", "_paragraph_break", "sentences_beside"),
                                  ("from models.layer.leads import opens_turn",)),
                   # today's leads.py expands layer.json's "@month_short@" (review37, session 37): a tree with
                   # months.py from before 5ae8fb4 lacks its MONTH_STARTS.
                   "months.py": ("models.months", ("MONTH_STARTS",), ())}
# Modules today's learned/ reaches through a helper above that an older tree lacks as a whole (leads.py, 42e0c56,
# session 30, for `opens_turn`; pattern_marks.py and months.py, which today's leads.py reads for its "@month_short@",
# session 37; doc_extensions.py, 1a3691e of 1 December, which moment_stage and opt_out_stage import since session 34;
# last_call.py, which today's leads.py reads for its `body_starts` since session 43, speed43):
# copied whole (an addition: no module of that tree imports it), with the sections of
# patterns/layer.json they read (`LEARNED_LAYER_SECTIONS`).
LEARNED_MODULES = ("layer/leads.py", "pattern_marks.py", "months.py", "doc_extensions.py", "last_call.py")
LEARNED_LAYER_SECTIONS = ("layout_leads",)
# Phrasings files whose entries today's learned/ reads by name (features.py: "before_clause", session 21; stage.py:
# "bare_message_word", session 22): an older tree's copy gets the entries it lacks (an addition only, see
# `_add_missing_phrasings`).
LEARNED_PHRASINGS = ("patterns/data_shared_phrasings.json",)
ROWS_FILE = REPO / "tests" / "test_models_cases.jsonl"  # the rule table: a setting must break none of its rows
OPT_TABLE = ("opt_out_stance", ("stance + scope", "opt_out"))  # the opt-out stage's table: stance, then stance + scope


def rule_records(shared: Path | None = None, cache: Path | None = None) -> tuple[list[DocRecord], Counter]:
    """Every studied text through today's rule pipeline, labelled (optionally cached in a pickle file)."""
    if cache is not None and cache.is_file():
        return pickle.loads(cache.read_bytes())
    from models.pipeline import RULE_COMPONENTS, build_pipeline

    stats: Counter = Counter()
    records = build_records(build_pipeline(RULE_COMPONENTS), load_studied(shared), stats)
    if cache is not None:
        cache.write_bytes(pickle.dumps((records, stats)))
    return records, stats


def cached_rule_records(shared: Path | None, cache_dir: Path | None) -> tuple[list[DocRecord], Counter]:
    """`rule_records`, cached as records_current.pkl in `cache_dir` (made if absent) when one is given."""
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
    return rule_records(shared, cache_dir / "records_current.pkl" if cache_dir else None)


def add_record_options(parser: argparse.ArgumentParser, *, blind_rules_switch: bool = True) -> None:
    """The options every fold tool shares: --shared, --cache (the rule records' pickles, `cached_rule_records`
    and `records_at`) and, where the tool scores blind-rules folds optionally, --no-blind-rules."""
    parser.add_argument("--shared", type=Path, default=None, help="folder with seeds/ and corpus/ (default: $DEALWATCH_SHARED or ../shared)")
    parser.add_argument("--cache", type=Path, default=None, help="folder for pickles of the rule pipelines' records (reused when present)")
    if blind_rules_switch:
        parser.add_argument("--no-blind-rules", action="store_true", help="today's rules only (no older extractor from git)")


def add_opt_setting_options(parser: argparse.ArgumentParser) -> None:
    """One switch per `OptSettings` field (`--opt-per-unspecified` / `--no-opt-per-unspecified`, ...): the opt-out
    stage's settings a fold tool scores with, the shipped ones unless a switch says otherwise (`opt_settings_of`)."""
    for field in fields(OptSettings):
        parser.add_argument(f"--opt-{field.name.replace('_', '-')}", dest=f"opt_{field.name}", default=None,
                            action=argparse.BooleanOptionalAction,
                            help=f"the opt-out stage's setting {field.name} on or off (default: the shipped setting)")


def opt_settings_of(args: argparse.Namespace) -> OptSettings:
    """The shipped `OptSettings` with the switches of `add_opt_setting_options` given in `args` applied."""
    given = {f.name: getattr(args, f"opt_{f.name}") for f in fields(OptSettings)}
    return replace(shipped_opt_settings(), **{name: value for name, value in given.items() if value is not None})


def records_at(commit: str, shared: Path | None, cache_dir: Path | None) -> list[DocRecord]:
    """The studied texts through the rule pipeline of `commit` (its `models/` from git, today's gold and
    today's models/learned/ beside it), in a child process; cached per commit in `cache_dir`."""
    cached = cache_dir / f"records_{commit}.pkl" if cache_dir else None
    if cached is not None and cached.is_file():
        return pickle.loads(cached.read_bytes())[0]
    with tempfile.TemporaryDirectory(prefix="dealwatch-loso-") as tmp:
        fold_tree(commit, Path(tmp))
        out = Path(tmp) / "records.pkl"
        env = {**os.environ, "PYTHONPATH": tmp, "DEALWATCH_SHARED": str(shared or shared_dir())}
        subprocess.run([sys.executable, "-m", "models.learned.dataset", str(out)], check=True, cwd=tmp, env=env)
        data = out.read_bytes()
    if cached is not None:
        cached.write_bytes(data)
    return pickle.loads(data)[0]


def fold_tree(commit: str, root: Path, gold: bool = True) -> Path:
    """Build under `root` the tree a blind-rules fold runs in: the `models/` of `commit` from git, today's
    models/learned/ beside it, with what today's learned/ imports that the older tree lacks (`LEARNED_MODULES`,
    `LEARNED_HELPERS`, `LEARNED_PHRASINGS`, stubs for younger spaCy factories) and, with `gold`, today's studied gold
    and list of studied sets. Returns `root / "models"`."""
    here = Path(__file__).resolve().parents[1]
    archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "models"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(root, filter="data")
    old = root / "models"
    for studied in (old / "heldout").glob("own*.jsonl"):
        studied.unlink()  # today's studied gold only (a blind set is never copied: STUDIED_SETS names the files)
    if gold:
        for file in STUDIED_SETS.values():
            if file:
                shutil.copy(here / "heldout" / file, old / "heldout" / file)
    # today's list of studied sets, which today's dataset.py reads (older trees have an empty __init__.py)
    shutil.copy(here / "heldout" / "__init__.py", old / "heldout" / "__init__.py")
    shutil.rmtree(old / "learned", ignore_errors=True)
    shutil.copytree(here / "learned", old / "learned", ignore=shutil.ignore_patterns("__pycache__", "*.bin"))
    for file in LEARNED_MODULES:
        if not (old / file).exists():
            shutil.copy(here / file, old / file)
    _add_missing_sections(old / "patterns" / "layer.json", here / "patterns" / "layer.json", LEARNED_LAYER_SECTIONS)
    for file, (module, names, imports) in LEARNED_HELPERS.items():
        _add_missing_helpers(old / file, module, names, imports)
    for file in LEARNED_PHRASINGS:
        _add_missing_phrasings(old / file, here / file)
    _stub_younger_factories(root)
    return old


def _add_missing_sections(old_file: Path, today_file: Path, sections: tuple[str, ...]) -> None:
    """Add to an older tree's JSON data file (`old_file`) the top-level `sections` of today's (`today_file`) it lacks
    (an addition only: the old modules read their sections by name)."""
    old = json.loads(old_file.read_text(encoding="utf-8"))
    today = json.loads(today_file.read_text(encoding="utf-8"))
    missing = {name: today[name] for name in sections if name not in old}
    if missing:
        old.update(missing)
        old_file.write_text(json.dumps(old, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _stub_younger_factories(root: Path) -> None:
    """Give an older tree (under `root`) a stub for every spaCy factory module of the installed package that the
    tree lacks (`models.opt_out_reference` is younger than own9's rules): spaCy imports every entry point when a
    pipeline is built, and the installed module, run against the older tree's modules, may fail to import. The
    stub's factory is never called (the older pipeline names only its own components)."""
    from importlib.metadata import entry_points

    for point in entry_points(group="spacy_factories"):
        module, _, attr = point.value.partition(":")
        path = root.joinpath(*module.split(".")).with_suffix(".py")
        if module.startswith("models.") and not path.exists() and not path.with_suffix("").is_dir():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f'"""Stub (models.learned.loso): {module} is younger than this tree."""\n\n\n'
                            f"def {attr}(*args, **kwargs):\n    raise RuntimeError({module!r} + ' is not part of this older tree')\n",
                            encoding="utf-8")


def _add_missing_phrasings(old_file: Path, today_file: Path) -> None:
    """Add to an older tree's phrasings file (`old_file`) the entries of today's (`today_file`) it lacks, so that
    today's learned/ finds every name it reads; the old rules read only the names they know, unchanged."""
    if not old_file.is_file():
        return
    old, today = (json.loads(f.read_text(encoding="utf-8")) for f in (old_file, today_file))
    missing = {name: entry for name, entry in today["phrasings"].items() if name not in old["phrasings"]}
    if missing:
        old["phrasings"].update(missing)
        old_file.write_text(json.dumps(old, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _add_missing_helpers(old_tools: Path, module: str, names: tuple[str, ...], imports: tuple[str, ...]) -> None:
    """Append to an older tree's copy of `module` (file `old_tools`) the names today's learned/ imports that it
    lacks: functions as their source, constants as assignments, after the `imports` they need (an addition only:
    the old rules' own functions stay as they were)."""
    import importlib
    import inspect

    today = importlib.import_module(module)
    source = old_tools.read_text(encoding="utf-8")

    def defined(name: str) -> bool:
        return f"def {name}(" in source or f"\n{name} = " in source

    missing = [name for name in names if not defined(name)]
    if not missing:
        return
    parts = [line for line in imports if line not in source]
    for name in missing:
        value = getattr(today, name)
        if isinstance(value, re.Pattern):
            # (a compiled pattern's repr cuts a long pattern short: rebuilt from its source and flags)
            parts.append(f"{name} = re.compile({value.pattern!r}, {int(value.flags)})")
        else:
            parts.append(inspect.getsource(value) if callable(value) else f"{name} = {value!r}")
    old_tools.write_text(source + "\n\n" + "\n\n".join(parts) + "\n", encoding="utf-8")


def _probabilities(model: Any, records: list[DocRecord], gated: Callable[[DocRecord], Iterable[Sentence]],
                   read: Callable[[Sentence], list[str]] = lambda s: s.words) -> dict[tuple[str, str, int], dict[str, float]]:
    """(set, text name, sentence index) -> label probabilities, for every sentence `gated` gives (its words
    as `read` gives them; `model` may be a list of classifiers, whose probabilities are averaged)."""
    keys, words = [], []
    for record in records:
        for sentence in gated(record):
            keys.append((record.set_name, record.name, sentence.index))
            words.append(read(sentence))
    if not words:
        return {}
    return dict(zip(keys, classifier.predict_mean(model if isinstance(model, list) else [model], words)))


def stage_probabilities(model: Any, records: list[DocRecord], options: Options = Options()) -> dict[tuple[str, str, int], dict[str, float]]:
    """(set, text name, sentence index) -> label probabilities, for every gated sentence of `records`."""
    return _probabilities(model, records, lambda r: candidates(r.sentences, r.ruled, options), lambda s: stage_words(s, options))


def ruled_types(record: DocRecord) -> dict[int, frozenset[str]]:
    """Sentence index -> the data types the rules claimed in it (of the record's sentences)."""
    out: dict[int, set[str]] = {}
    for claim in record.rule_claims:
        if claim["type"] == "data_shared":
            for sentence in record.sentences:
                if sentence.start <= claim["start"] < sentence.end:
                    out.setdefault(sentence.index, set()).add(claim["data_type"])
    return {i: frozenset(types) for i, types in out.items()}


def opt_probabilities(model: Any, records: list[DocRecord]) -> dict[tuple[str, str, int], dict[str, float]]:
    """(set, text name, sentence index) -> stance probabilities, for every gated opt-out sentence."""
    return _probabilities(model, records, lambda r: opt_candidates(r.opt_sentences, r.opt_ruled))


def opt_stage_claims(record: DocRecord, opt_probs: dict, threshold: float,
                     opt: OptSettings = OptSettings()) -> list[dict[str, Any]]:
    """The opt-out stance stage's claims on `record` at `threshold` (with their sentence's start), beside the rules'
    (`opt`: `decide_opt`'s settings)."""
    have = Claimed((c["stance"], c["scope"]) for c in record.rule_claims if c["type"] == "opt_out")
    claims = []
    for sentence in opt_candidates(record.opt_sentences, record.opt_ruled):
        decided = decide_opt(sentence, opt_probs[(record.set_name, record.name, sentence.index)], threshold, have, opt)
        if decided is not None:
            claims.append({"type": "opt_out", "stance": decided[0], "scope": decided[1], "start": sentence.start})
    return claims


def score_records(records: list[DocRecord], probs: dict | None, threshold: float,
                  opt_probs: dict | None = None, opt_threshold: float = 1.0, options: Options = Options(),
                  opt: OptSettings = OptSettings()) -> dict[str, Score]:
    """Scores of `records` with the rules' claims, plus the stages' where their probabilities are given
    (`opt`: the opt-out stage's settings, `decide_opt`)."""
    scores = {name: Score() for name in SCORED_TYPES}
    for record in records:
        claims = list(record.rule_claims)
        if opt_probs is not None:
            claims += opt_stage_claims(record, opt_probs, opt_threshold, opt)
        if probs is not None:
            skip = ruled_types(record)
            for sentence in candidates(record.sentences, record.ruled, options):
                key = (record.set_name, record.name, sentence.index)
                if options.veto and sentence.index in skip:
                    claims = [c for c in claims if not vetoed_in(options, sentence, probs[key], c["type"], c["start"], c)]
                for claim in decide_with(options, record.text, sentence, probs[key], threshold,
                                         skip.get(sentence.index, frozenset())):
                    claims.append({"type": "data_shared", "data_type": claim.data_type, "shared": claim.shared,
                                   "start": claim.start})
        want, got = gold_sets(record.gold), predicted_sets(claims)
        for name in SCORED_TYPES:
            scores[name].add(want[name], got[name])
    return scores


def overall(scores: dict[str, Score]) -> Score:
    """Micro-average over the scored claim types."""
    return Score.pooled(scores.values())


def _split(records: list[DocRecord], held: str, without: frozenset[str]) -> tuple[list[DocRecord], list[DocRecord]]:
    """(the records to train on: every set but `held` and `without`; the left-out set's records)."""
    return ([r for r in records if r.set_name != held and r.set_name not in without],
            [r for r in records if r.set_name == held])


def opt_fold(records: list[DocRecord], held: str, seed: int, without: frozenset[str] = frozenset(),
             gated: bool = False) -> dict[str, Any]:
    """The opt-out half of `fold`: the left-out set's records and the stance probabilities of a classifier trained
    with `seed` on every other set but `without` (on the run-time gate's sentences only with `gated`,
    `dataset.opt_examples`). Alone for the scope tools, which read no data_shared probabilities: training none saves
    most of a fold's time."""
    train_on, test = _split(records, held, without)
    opt_model = classifier.train(opt_examples(train_on, gated=gated), OPT_LABELS, seed=seed)
    return {"set": held, "records": test, "opt_probs": opt_probabilities(opt_model, test)}


def fold(records: list[DocRecord], held: str, seed: int, options: Options = Options(),
         without: frozenset[str] = frozenset(), opt_gated: bool = False, opt: OptSettings = OptSettings()) -> dict[str, Any]:
    """The left-out set's records and the probabilities of models trained on every other set but `without` (the
    data_shared stage with `options`, one classifier per seed of `options.seeds`; the opt-out stance stage with `seed`,
    `opt_fold`, its claims by `opt`)."""
    train_on, test = _split(records, held, without)
    data = examples(train_on, context=options.context_words)
    models = [classifier.train(data, DATA_LABELS, seed=s) for s in options.seeds]
    return {**opt_fold(records, held, seed, without, opt_gated), "probs": stage_probabilities(models, test, options),
            "options": options, "opt": opt}


def opt_fold_scores(folds: list[dict[str, Any]], threshold: float) -> list[tuple[str, dict[str, Score], dict[str, Score]]]:
    """(set, scores without, scores with the opt-out stage alone) per fold (the stage's settings: the fold's "opt",
    `OptSettings()` where it has none)."""
    return [(f["set"], score_records(f["records"], None, 0.0),
             score_records(f["records"], None, 0.0, f["opt_probs"], threshold, opt=f.get("opt", OptSettings())))
            for f in folds]


def fold_scores(folds: list[dict[str, Any]], threshold: float) -> list[tuple[str, dict[str, Score], dict[str, Score]]]:
    """(set, scores without, scores with the stage) per fold."""
    return [(f["set"], score_records(f["records"], None, threshold),
             score_records(f["records"], f["probs"], threshold, options=f.get("options", Options()))) for f in folds]


def pooled(rows: list[tuple[str, dict[str, Score], dict[str, Score]]]) -> tuple[dict[str, Score], dict[str, Score]]:
    """The folds' counts summed, without and with the stage."""
    out = ({n: Score() for n in SCORED_TYPES}, {n: Score() for n in SCORED_TYPES})
    for _, *pair in rows:
        for total, scores in zip(out, pair):
            for name in SCORED_TYPES:
                total[name].merge(scores[name])
    return out


def print_tables(tables: tuple[list, list, list], *columns: Any) -> None:
    """The chosen threshold's tables: today's rules, and (when any) blind rules and each set once."""
    rows_now, rows_blind, rows_pool = tables
    print("\n".join(markdown(rows_now, "today's rules", *columns)))
    if rows_blind:
        for rows, label in ((rows_blind, "blind rules"), (rows_pool, "each set once, blind rules where known")):
            print()
            print("\n".join(markdown(rows, label, *columns)))


def markdown(rows: list[tuple[str, dict[str, Score], dict[str, Score]]], label: str, metric: str = "data_shared",
             also: tuple[str, str] | None = None) -> list[str]:
    """One table: per left-out set and pooled, `metric` P / R / F1 without and with the stage, F1 of `also`
    ((title, scored type), e.g. stance + scope) without / with, and overall F1 without / with."""
    title = metric.replace("opt_out_stance", "opt-out stance")
    head = f"| left-out set ({label}) | {title} P / R / F1 without | with the stage |"
    head += f" {also[0]} F1 without / with |" if also else ""
    lines = [head + " overall F1 without / with |", "|---|---|---|" + ("---|" if also else "") + "---|"]
    for name, a, b in [*rows, ("**pooled**", *pooled(rows))]:
        row = f"| {name} | {prf(a[metric])} | {prf(b[metric])} |"
        row += f" {a[also[1]].f1:.3f} / {b[also[1]].f1:.3f} |" if also else ""
        lines.append(row + f" {overall(a).f1:.3f} / {overall(b).f1:.3f} |")
    return lines


def prf(score: Score, digits: int = 2) -> str:
    """'P / R / F1 (tp, fp, fn)' for a table cell; precision and recall to `digits` places, F1 to three."""
    return (f"{score.precision:.{digits}f} / {score.recall:.{digits}f} / {score.f1:.3f} "
            f"({score.true_positives} tp, {score.false_positives} fp, {score.false_negatives} fn)")


def threshold_choices(score_folds: Callable[[list[dict[str, Any]], float], list[Any]], current: list[dict[str, Any]],
                      blind: list[dict[str, Any]], blind_sets: set[str], metric: str,
                      keep: str | None = None) -> list[dict[str, Any]]:
    """Per threshold: pooled `metric` F1 without/with the stage (each set once, blind rules where known),
    the worst left-out overall F1 loss, whether the pooled F1 of `keep` (a type the stage must not make
    worse, e.g. stance + scope) holds in each table, and the three fold tables (today's rules, blind rules,
    pooled)."""
    choices = []
    for threshold in THRESHOLDS:
        rows_now, rows_blind = score_folds(current, threshold), score_folds(blind, threshold)
        rows_pool = [r for r in rows_now if r[0] not in blind_sets] + rows_blind
        without, with_stage = pooled(rows_pool)
        kept = keep is None or all(
            a[keep].f1 <= b[keep].f1 + 1e-9 for a, b in (pooled(rows) for rows in (rows_now, rows_blind, rows_pool) if rows)
        )
        choices.append({"threshold": threshold, "without": without[metric].f1, "with": with_stage[metric].f1,
                        "loss": max(worst_loss(rows_now), worst_loss(rows_blind)), "kept": kept,
                        "tables": (rows_now, rows_blind, rows_pool)})
    return choices


def best_choice(choices: list[dict[str, Any]]) -> tuple[dict[str, Any], bool]:
    """The best pooled F1 among thresholds where no left-out set loses more than MAX_SET_LOSS overall F1 and the
    `keep` type holds (`threshold_choices`), and whether it beats the rules alone."""
    def ok(choice: dict[str, Any]) -> bool:
        return choice["loss"] <= MAX_SET_LOSS + 1e-9 and choice.get("kept", True)

    best = max([c for c in choices if ok(c)] or choices, key=lambda c: (round(c["with"], 6), c["threshold"]))
    return best, best["with"] > best["without"] and ok(best)


def nested_lines(choices: list[dict[str, Any]], blind_sets: set[str], metric: str, also: str | None = None) -> list[str]:
    """The retrain rule's measure (`retrain_rule`): each fold at the threshold chosen on the other sets' folds (best
    pooled `metric` F1, each set once, no other fold losing more than MAX_SET_LOSS overall F1); pooled `metric` (and
    `also`) F1 without / with the stage."""
    def each_once(now: list, blind: list) -> list:
        return [r for r in now if r[0] not in blind_sets] + blind

    def describe(rows: list) -> str:
        a, b = pooled(rows)
        extra = f", {also} {a[also].f1:.3f} -> {b[also].f1:.3f}" if also else ""
        return (f"{metric} {a[metric].f1:.3f} -> {b[metric].f1:.3f} ({b[metric].true_positives} tp,"
                f" {b[metric].false_positives} fp){extra}")

    return retrain_rule.report({c["threshold"]: c["tables"][:2] for c in choices}, each_once,
                               lambda rows: pooled(rows)[1][metric].f1,
                               lambda row: overall(row[1]).f1 - overall(row[2]).f1, MAX_SET_LOSS, describe)


def worst_loss(rows: list[tuple[str, dict[str, Score], dict[str, Score]]]) -> float:
    """The largest overall-F1 loss of a left-out set."""
    return max((overall(a).f1 - overall(b).f1 for _, a, b in rows), default=0.0)


def main(argv: list[str] | None = None) -> int:
    """Leave-one-set-out: train without a set, score it with and without the stage; pick the threshold."""
    parser = argparse.ArgumentParser(prog="python -m models.learned.loso", description=main.__doc__)
    add_record_options(parser)
    parser.add_argument("--seed", type=int, default=classifier.SEED)
    parser.add_argument("--no-rows", action="store_true", help="skip the rule-table check of the chosen setting (models/learned/row_check.py)")
    parser.add_argument("--write", action="store_true", help="write the chosen threshold and the verdict to data_shared_stage.json")
    parser.add_argument("--variant", choices=sorted(VARIANTS), default=None,
                        help="the data_shared stage's options to measure (models/learned/ds_options.py; default: the shipped ones)")
    parser.add_argument("--train-without", action="append", default=[], metavar="SET",
                        help="never train on this studied set (it is still a fold): the stages as trained before it was studied")
    add_opt_setting_options(parser)
    parser.add_argument("--nested", action="store_true",
                        help="also score each fold at the threshold chosen without its set (the retrain rule, retrain_rule.py)")
    parser.add_argument("--opt-gated", action="store_true",
                        help="train the opt-out stance folds only on sentences the stage's run-time gate lets through")
    args = parser.parse_args(argv)
    without = frozenset(args.train_without)
    options = VARIANTS[args.variant] if args.variant else Options.from_settings(settings())
    if args.seed != classifier.SEED:
        options = replace(options, seeds=(args.seed,))
    print("data_shared stage options:", options)
    records, stats = cached_rule_records(args.shared, args.cache)
    if not records:
        print("loso: no studied gold sets found", file=sys.stderr)
        return 2
    print("label counts (sentences, questions left out):", dict(label_counts(records)))
    print("gold span resolution:", dict(stats))
    opt = opt_settings_of(args)
    print("opt-out stage settings:", opt)
    current = [fold(records, held, args.seed, options, without, args.opt_gated, opt)
               for held in dict.fromkeys(r.set_name for r in records)]
    blind: list[dict[str, Any]] = []
    if not args.no_blind_rules:
        for held, commit in BLIND_RULES.items():
            old = records_at(commit, args.shared, args.cache)
            blind.append({**fold(old, held, args.seed, options, without, args.opt_gated, opt), "set": f"{held} @ {commit}"})
    blind_sets = {f["set"].split(" @ ")[0] for f in blind}
    choices = threshold_choices(fold_scores, current, blind, blind_sets, "data_shared")
    for c in choices:
        now_a, now_b = pooled(c["tables"][0])
        blind_a, blind_b = pooled(c["tables"][1])
        print(f"threshold {c['threshold']:.1f}: pooled data_shared F1 {c['without']:.3f} -> {c['with']:.3f}"
              f" (today's rules only: {now_a['data_shared'].f1:.3f} -> {now_b['data_shared'].f1:.3f};"
              f" blind-rules folds: {blind_a['data_shared'].f1:.3f} -> {blind_b['data_shared'].f1:.3f}),"
              f" worst left-out overall F1 loss {c['loss']:.3f}")
    best, enabled = best_choice(choices)
    print(f"\nchosen threshold {best['threshold']:.1f}: the best pooled data_shared F1 where no left-out set loses more than {MAX_SET_LOSS} overall F1\n")
    print_tables(best["tables"])
    if args.nested:
        print("\n" + "\n".join(nested_lines(choices, blind_sets, "data_shared")))
    if not args.no_rows and ROWS_FILE.is_file():
        # With --train-without, the weights checked are the ones trained without those sets, as the folds were.
        broken = rows_broken([r for r in records if r.set_name not in without], best["threshold"], options)
        print(f"\nrule-table rows ({ROWS_FILE.name}) broken by the stage trained on every studied set"
              f"{' but ' + ', '.join(sorted(without)) if without else ''} at"
              f" {best['threshold']:.1f}: {len(broken)}" + (f" (rows {', '.join(map(str, broken))})" if broken else ""))
        enabled = enabled and not broken
    print(f"\nverdict: stage {'ENABLED' if enabled else 'disabled'}")
    if args.write:
        written = {"enabled": enabled, "threshold": best["threshold"]}
        if options != Options():
            written["options"] = {**asdict(options), "seeds": list(options.seeds)}
        SETTINGS_FILE.write_text(json.dumps(written, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {SETTINGS_FILE}")
    opt_verdict(current, blind, blind_sets, records, args.write, args.nested)
    return 0


def rows_broken(records: list[DocRecord], threshold: float, options: Options) -> list[int]:
    """The rule-table rows the data_shared stage breaks, trained on every studied set (its first seed) and set
    to `threshold` and `options`: the ship condition leave-one-set-out cannot see (hard negatives of our own)."""
    from models.pipeline import build_pipeline

    model = classifier.train(examples(records, context=options.context_words), DATA_LABELS, seed=options.seeds[0])
    return broken_rows(build_pipeline(), read_rows(ROWS_FILE), model, threshold, options)


def opt_verdict(current: list[dict[str, Any]], blind: list[dict[str, Any]], blind_sets: set[str], records: list[DocRecord], write: bool,
                nested: bool = False) -> None:
    """The same measure and choice for the opt-out stance stage (judged on pooled opt_out_stance F1; `nested`: the
    retrain rule's measure too)."""
    print("\n== opt-out stance stage")
    print("label counts (sentences of the opt-out gate or labelled, questions left out):", dict(opt_label_counts(records)))
    # The stage must not cost stance + scope in any table (its claims take the rules' scope readers' answer).
    choices = threshold_choices(opt_fold_scores, current, blind, blind_sets, "opt_out_stance", keep="opt_out")
    for c in choices:
        without, with_stage = pooled(c["tables"][2])
        blind_a, blind_b = pooled(c["tables"][1])  # unseen text: what a retraining is judged on
        print(f"threshold {c['threshold']:.1f}: pooled opt-out stance F1 {c['without']:.3f} -> {c['with']:.3f},"
              f" stance + scope {without['opt_out'].f1:.3f} -> {with_stage['opt_out'].f1:.3f}"
              f" (blind-rules folds: stance {blind_a['opt_out_stance'].f1:.3f} -> {blind_b['opt_out_stance'].f1:.3f},"
              f" stance + scope {blind_a['opt_out'].f1:.3f} -> {blind_b['opt_out'].f1:.3f}), worst left-out overall F1 loss {c['loss']:.3f}"
              f"{'' if c['kept'] else ' (stance + scope falls in a table: ruled out)'}")
    best, enabled = best_choice(choices)
    print(f"\nchosen threshold {best['threshold']:.1f}\n")
    print_tables(best["tables"], *OPT_TABLE)
    if nested:
        print("\n" + "\n".join(nested_lines(choices, blind_sets, "opt_out_stance", "opt_out")))
    print(f"\nverdict: opt-out stage {'ENABLED' if enabled else 'disabled'}")
    if write:
        # The switch itself stays as set by hand: the leave-one-set-out verdict is one condition; the near misses
        # of tests/test_models_cases.jsonl (hard negatives no studied set holds) are the other.
        current = json.loads(OPT_SETTINGS_FILE.read_text(encoding="utf-8")) if OPT_SETTINGS_FILE.is_file() else {}
        current.update(threshold=best["threshold"], loso_verdict="enabled" if enabled else "disabled")
        current.setdefault("enabled", False)
        OPT_SETTINGS_FILE.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OPT_SETTINGS_FILE} (threshold and verdict; 'enabled' left as it was: {current['enabled']})")


if __name__ == "__main__":
    raise SystemExit(main())
