"""Assemble, save and load the German claim pipeline.

The pipeline is `spacy.blank("de")` plus our components, so it needs no
trained German model. Saved with `save_pipeline(dir)` (or
`python -m models.pipeline save DIR`), it is a normal spaCy pipeline
directory: `spacy.load(DIR)` opens it in any process where the `dealwatch`
distribution is installed (the factories are registered as `spacy_factories`
entry points in pyproject.toml).
"""
from __future__ import annotations

import argparse
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

# Importing the modules registers their factories with spaCy.
from models import data_shared, opt_out, opt_out_reference, price, sentences, year  # noqa: F401
from models.layer import deal_context, lemmas, structure, tagger  # noqa: F401
from models.learned import moment_stage as learned_moment_stage, opt_out_stage as learned_opt_out_stage, stage as learned_stage  # noqa: F401
from models.tokenizer import TOKENIZER_NAME
from models.claims import EXTRACTOR_VERSION

# Order matters: sentences first, then the linguistic layer (models/layer/), then the claim components.
LAYER = (
    "dealwatch_sentences",
    "dealwatch_lemmas",  # lookup lemmas from the German table of spacy-lookups-data (models/layer/lemmas.py)
    "dealwatch_tagger",
    "dealwatch_deal_context",
    "dealwatch_structure",
)
RULE_COMPONENTS = (
    "dealwatch_price",
    "dealwatch_acquisition_year",
    "dealwatch_data_shared",
    "dealwatch_opt_out",
    "dealwatch_opt_out_reference",  # an impossibility referring back takes its antecedent's scope (opt_out_reference.py)
)
# Learned, recall-first stages (models/learned/): after the rules, adding only what they did not claim.
# The price moment stage only re-reads the moment of the rules' price claims (models/learned/moment_stage.py).
LEARNED_COMPONENTS = ("dealwatch_learned_moment", "dealwatch_learned_data_shared", "dealwatch_learned_opt_out")
COMPONENTS = (*LAYER, *RULE_COMPONENTS, *LEARNED_COMPONENTS)


def build_pipeline(claim_components: tuple[str, ...] | None = None) -> Language:
    """A blank German pipeline with the linguistic layer and the claim components (default: all of them)."""
    nlp = spacy.blank("de", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    nlp.meta["name"] = "dealwatch_claims"
    nlp.meta["version"] = EXTRACTOR_VERSION
    nlp.meta["description"] = "German claims about Facebook's purchase of WhatsApp (dealwatch)"
    chosen = COMPONENTS if claim_components is None else (*LAYER, *claim_components)
    for name in chosen:
        nlp.add_pipe(name)
    return nlp


def save_pipeline(path: Path) -> Path:
    """Write the pipeline to directory `path` (spaCy's format) and return it."""
    build_pipeline().to_disk(path)
    return path


@lru_cache(maxsize=4)
def load_pipeline(path: str | None = None) -> Language:
    """The pipeline from a saved directory, or freshly built when `path` is None (cached per process)."""
    if path is None:
        return build_pipeline()
    return spacy.load(path)


@lru_cache(maxsize=1)
def load_rules_pipeline() -> Language:
    """The pipeline without the learned stages: the linguistic layer and the rule components alone (cached per
    process). The case table's `rules_only` rows read it (tests/test_models_cases.py)."""
    return build_pipeline(RULE_COMPONENTS)


def main(argv: list[str] | None = None) -> int:
    """`python -m models.pipeline save DIR`: save the pipeline for `spacy.load`."""
    parser = argparse.ArgumentParser(prog="python -m models.pipeline", description=main.__doc__)
    parser.add_argument("action", choices=["save"])
    parser.add_argument("directory", type=Path)
    args = parser.parse_args(argv)
    print(f"saved to {save_pipeline(args.directory)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
