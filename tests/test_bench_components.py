"""bench.components: extraction's CPU per pipeline component, and the sentences each gate lets through."""
from __future__ import annotations

from bench import components
from models.pipeline import load_pipeline

DEAL = (
    "Facebook kaufte WhatsApp 2014 für 19 Milliarden Dollar. Seit 2016 gibt WhatsApp die Telefonnummer "
    "an Facebook weiter. Widersprechen kann man dem nicht. Das Wetter blieb an dem Tag trüb."
)
OFF_TOPIC = "Der Stadtrat tagte am Montag. Die Brücke wird im Sommer saniert."


def test_profile_times_every_component_in_pipeline_order() -> None:
    nlp = load_pipeline()
    result = components.profile(nlp, [DEAL, OFF_TOPIC] * 3, words=200, rounds=2)
    assert list(result["parts"]) == ["make_doc", *nlp.pipe_names]
    shares = [part["share"] for part in result["parts"].values()]
    assert abs(sum(shares) - 1) < 0.01
    assert len(result["ratio_rounds"]) == 2
    # the bare tokenizer is a small part of what the pipeline does (make_doc is that tokenizer and more)
    assert 0 <= result["ratio"] < 1 and all(0 <= r < 1 for r in result["ratio_rounds"])


def test_profile_warms_on_other_texts_when_asked() -> None:
    nlp = load_pipeline()
    result = components.profile(nlp, [DEAL], words=30, rounds=1, warm=[OFF_TOPIC])
    assert result["rounds"] == 1 and result["texts"] == 1
    assert list(result["parts"])[:2] == ["make_doc", "dealwatch_sentences"]


def test_gate_counts_a_deal_text_and_an_off_topic_one() -> None:
    nlp = load_pipeline()
    deal = components.gate_counts(nlp, [DEAL])
    assert deal["documents"] == 1 and deal["sentences"] == 4
    assert deal["claims"] >= 3  # price, year, data_shared (and opt-out)
    assert 1 <= deal["sentences with a claim"] <= 3  # the weather sentence holds none
    assert deal["sentences with an amount"] == 1
    assert deal["gate data_shared.terms"] == 1  # "Telefonnummer"
    off = components.gate_counts(nlp, [OFF_TOPIC])
    assert off["sentences"] == 2
    assert off.get("claims", 0) == 0 and off.get("sentences with a claim", 0) == 0
    assert off.get("data term, opt-out gate or amount", 0) == 0


def test_table_names_each_part_and_gate() -> None:
    nlp = load_pipeline()
    result = {"profile": components.profile(nlp, [DEAL], words=30, rounds=1), "gates": components.gate_counts(nlp, [DEAL])}
    text = components.table("real", result)
    assert "dealwatch_data_shared" in text and "gate opt_out" in text and "ratio" in text
