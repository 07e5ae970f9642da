"""The rule table's opt-out rows as training pairs of the learned opt-out stance stage (session 29, learn29).

learn28 (session 28) found the stance retrain breaking 14 rule-table rows ("Wenn/Falls WhatsApp ...", learn25's
near misses): the stance's training data (`dataset.opt_examples`) holds only the studied sets' gold, never the
table's own sentences. As learn26b/learn27 did for the price moment (`moment_loso.row_examples`), each text of a
row that names an opt_out expectation (an `expect` or `absent` opt_out, not `rules_only`) is read once; where every
row of the text passes with the full pipeline (as the table's test reads it), each sentence the stage reads at run
time (the opt-out gate's, in the deal context, no question, no rule claim, no guard against it) is a pair labelled
with the stances of the pipeline's opt_out claims over it: none is a negative, which is what a near miss teaches.
Sentences the rules claim are left out: the stage never reads them, and the same words claimed by the rules in one
row and unclaimed in its near miss (learn29: "Das ist längst vorbei.") would teach the stage to claim the near miss.
"""
from __future__ import annotations

from typing import Any

from models.learned.dataset import NOT_POSSIBLE, POSSIBLE
from models.learned.moment_loso import row_passes, rule_rows

OPT_STAGE = "dealwatch_learned_opt_out"
Pair = tuple[list[str], dict[str, bool]]


def names_opt_out(row: dict[str, Any]) -> bool:
    """Whether a rule-table row says something of an opt-out statement (an `expect` or `absent` opt_out)."""
    return any(want.get("type") == "opt_out" for key in ("expect", "absent") for want in row.get(key, []))


def opt_rows(commit: str | None = None) -> list[dict[str, Any]]:
    """The rule-table rows that name an opt_out and are not `rules_only`, as the table was at `commit` (None: the
    working tree's file)."""
    return rule_rows(names_opt_out, commit)


def _read(nlp: Any, texts: list[str]) -> dict[str, tuple[list[dict[str, Any]], list[Pair]]]:
    """Text -> (its claims through the full pipeline, in text order; its pairs). The pairs are the sentences the
    learned opt-out stage reads at run time (`features.opt_out_sentences` with the rules' opt_out sentences ruled
    out: in the deal context, no question, no rule claim, no guard against it), read with the stage off, each
    labelled with the stances of the full pipeline's opt_out claims over it (the stage's own, where the rows approve
    them; none: a negative)."""
    from models.context import Sentences
    from models.extract import ordered_claims
    from models.learned.features import opt_out_sentences
    from models.learned.opt_out_stage import ruled_opt_sentences

    stage = nlp.get_pipe(OPT_STAGE) if OPT_STAGE in nlp.pipe_names else None
    saved = stage.enabled if stage is not None else None
    try:
        if stage is not None:
            stage.enabled = False
        off = list(nlp.pipe(texts))
    finally:
        if stage is not None:
            stage.enabled = saved
    on = list(nlp.pipe(texts))
    rules = nlp.get_pipe("dealwatch_opt_out") if "dealwatch_opt_out" in nlp.pipe_names else None
    out = {}
    for text, doc, full in zip(texts, off, on):
        claims = [c.to_record() for c in ordered_claims(full)]
        sents = Sentences.of(full)
        labels: dict[int, dict[str, bool]] = {}
        for claim in claims:
            if claim["type"] != "opt_out":
                continue
            first, last = sents.index_at(claim["start"]), sents.index_at(max(claim["start"], claim["end"] - 1))
            for si in range(first, last + 1):
                labels.setdefault(si, {POSSIBLE: False, NOT_POSSIBLE: False})[claim["stance"]] = True
        pairs = [(s.words, labels.get(s.index, {POSSIBLE: False, NOT_POSSIBLE: False}))
                 for s in opt_out_sentences(doc, rules, ruled=ruled_opt_sentences(doc), lazy_scopes=True)]
        out[text] = (claims, pairs)
    return out


def opt_row_examples(nlp: Any, rows: list[dict[str, Any]],
                     read: dict[str, tuple[list[dict[str, Any]], list[Pair]]] | None = None) -> list[Pair]:
    """Training pairs from rule-table rows (`opt_rows`): each text of the rows once, when every row of it passes with
    the full pipeline (`_read`: the stage's run-time sentences). `read`: texts already read (`_read`), filled in place."""
    read = {} if read is None else read
    texts = list(dict.fromkeys(row["text"] for row in rows))
    read.update(_read(nlp, [t for t in texts if t not in read]))
    failing = {row["text"] for row in rows if not row_passes(read[row["text"]][0], row)}
    return [pair for text in texts if text not in failing for pair in read[text][1]]
