"""The warehouse-at-scale fixture (bench/scale.py): copies made from serialised templates are the same bytes
as copies serialised one by one."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.scale import _template, _write_copies_plain, write_copies


def _run_dir(tmp_path: Path) -> Path:
    run = tmp_path / "run"
    run.mkdir()
    articles = [
        {"article_id": "a1", "url": "https://x.de/a.html", "canonical_url": "https://x.de/a.html",
         "title": "Übernahme „WhatsApp“", "text": 'Er sagte: "19 Mrd." \\ und\nmehr \u2028 ü', "related": []},
        {"article_id": "a2", "canonical_url": "https://x.de/b.html", "url": "https://x.de/b.html",
         "text": "\x00dealwatch-copy-url\x00 steht im Text", "authors": ["Zoë"]},  # a stand-in in the text
        {"article_id": "a3", "url": "https://x.de/c.html", "canonical_url": "https://x.de/c.html", "text": "ohne Claim"},
    ]
    claims = [
        {"claim_id": "c1", "article_id": "a1", "type": "price", "start": 3, "end": 9, "extractor_version": "v1",
         "value": {"amount": 19e9, "note": "„Kaufpreis“"}},
        {"article_id": "a1", "claim_id": "c2", "type": "data_shared", "start": 10, "end": 12, "extractor_version": "v1"},
        {"claim_id": "c3", "type": "price", "start": 0, "end": 1, "extractor_version": "v1", "article_id": "a2"},
    ]
    (run / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    (run / "claims.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims), encoding="utf-8")
    return run


def test_copies_from_templates_are_the_plain_serialisations_byte_for_byte(tmp_path: Path) -> None:
    run = _run_dir(tmp_path)
    fast = write_copies(run, tmp_path / "fast", min_claims=20, min_articles=5)
    plain = _write_copies_plain(run, tmp_path / "plain", min_claims=20, min_articles=5)
    assert fast == plain and fast["claims"] >= 20
    for name in ("articles.jsonl", "claims.jsonl"):
        assert (tmp_path / "fast" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes()
    ids = [json.loads(line)["claim_id"] for line in (tmp_path / "fast" / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(set(ids)) == len(ids)


def test_a_template_keeps_the_field_order_and_adds_missing_slots_at_the_end() -> None:
    parts, order = _template({"b": 1, "claim_id": "x", "t": "ä"}, ("article_id", "claim_id"))
    assert order == ["claim_id", "article_id"]
    filled = parts[0] + b'"C"' + parts[1] + b'"A"' + parts[2]
    assert json.loads(filled) == {"b": 1, "claim_id": "C", "t": "ä", "article_id": "A"}


def test_quick_scale_rounds_leave_out_the_information_only_arrow_inserts(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """QUICK's scale rounds ask `arrow_claims` for the warehouse insert alone (`--warehouse-only`, session 53,
    speed53): the target reads only that one; the full run still times the unconstrained and `:memory:` inserts."""
    from bench import run
    from bench import scale as scale_mod

    def copies(_run_dir: Path, staged: Path, *, min_claims: int, min_articles: int) -> dict[str, int]:
        staged.mkdir(parents=True)
        for name in ("articles.jsonl", "claims.jsonl"):
            (staged / name).write_text("", encoding="utf-8")
        return {"copies": 1, "articles": min_articles, "claims": min_claims}

    calls: list[tuple[str, tuple[str, ...]]] = []

    def stage(name: str, *args: str, home: Path, timeout: float) -> dict[str, float]:
        calls.append((name, args))
        if name == "load":  # the warehouse file the articles' load leaves, copied before every round
            Path(args[args.index("--db") + 1]).write_text("", encoding="utf-8")
        return {"seconds": 1.0, "cpu_seconds": 1.0}

    monkeypatch.setattr(scale_mod, "write_copies", copies)
    monkeypatch.setattr(run, "_stage", stage)
    for variants in (False, True):
        calls.clear()
        result = run.scale(tmp_path, tmp_path / f"work-{variants}", min_claims=10, min_articles=5, timeout=60,
                           rounds=2, arrow_variants=variants)
        arrows = [args for name, args in calls if name == "arrow_claims"]
        assert len(arrows) == 2 and all(("--warehouse-only" in args) is not variants for args in arrows)
        assert result["arrow_variants"] is variants and len(result["load_ratio"]["rounds"]) == 2


def test_the_arrow_reference_without_variants_times_the_warehouse_insert_alone(tmp_path: Path) -> None:
    from warehouse.bench import arrow_reference

    claims = tmp_path / "claims.jsonl"
    claims.write_text("".join(
        json.dumps({"claim_id": f"c{i}", "article_id": f"a{i}", "type": "price", "value": 1.0 + i, "currency": "USD",
                    "qualifier": "exact", "text": "x", "start": 0, "end": 1, "sentence": "x",
                    "extractor_version": "t"}) + "\n" for i in range(3)), encoding="utf-8")
    alone = arrow_reference(claims, tmp_path, variants=False)
    assert alone["variants"] is False and alone["rows"] == 3 and "warehouse" in alone
    assert "unconstrained_file" not in alone and "memory" not in alone
    every = arrow_reference(claims, tmp_path, variants=True)
    assert every["variants"] is True and {"warehouse", "unconstrained_file", "memory"} <= set(every)
