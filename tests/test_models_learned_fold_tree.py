"""The tree a blind-rules fold runs in (`models.learned.loso.fold_tree`): an older commit's models/ with today's
learned/ beside it must import today's learned stages (issue 7, session 33: `sentences_beside`, b3ffccb/99f7a1d, and
`build_now`, 17fac5f, had broken every fold with rules older than them)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from models.learned.loso import BLIND_RULES, LEARNED_HELPERS, REPO, _add_missing_helpers, _add_missing_sections, fold_tree
from models.opt_out import sentences_beside

# The oldest blind-rules commit whose tree imports today's learned/ (heldout12's, 8abe359): it lacks layer/leads.py,
# component.build_now and opt_out's _paragraph_break and sentences_beside. heldout9..11's trees lack more (docs).
OLD_RULES = "8abe359"
# A transcript: a speaker's next turn on the next line is no paragraph break (d6d81f5); a blank line is one.
TRANSCRIPT = "ANNA: Kann man widersprechen?\nBEN: Nein.\n\nDas ist keine Wahl."
BOUNDS = [(0, 30), (30, 42), (42, len(TRANSCRIPT))]

# The editable install's finder would fill in, from the checkout, any module the old tree lacks (it resolves
# `models.x` by path whatever `models.__path__` says): drop it, so the tree must hold what it imports.
_CHECK = """
import json, sys
sys.meta_path[:] = [finder for finder in sys.meta_path if "editable" not in repr(finder).lower()]
import models.learned.moment_stage, models.learned.stage
from models.learned import opt_out_stage
import models.pipeline
text, bounds = json.loads(sys.argv[1])
print(json.dumps([sorted(opt_out_stage.sentences_beside(text, bounds, i)) for i in range(len(bounds))]))
"""


def _has_commit(commit: str) -> bool:
    return subprocess.run(["git", "-C", str(REPO), "cat-file", "-e", f"{commit}^{{commit}}"],
                          capture_output=True).returncode == 0


@pytest.mark.skipif(not _has_commit(OLD_RULES), reason="needs the git history (a blind-rules fold reads models/ from git)")
def test_a_tree_with_old_rules_imports_todays_learned_stages(tmp_path) -> None:
    assert OLD_RULES in BLIND_RULES.values()
    old = fold_tree(OLD_RULES, tmp_path, gold=False)  # small: no studied gold copied
    assert not (old / "heldout" / "own20.jsonl").exists() and (old / "layer" / "leads.py").is_file()
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", _CHECK, json.dumps([TRANSCRIPT, BOUNDS])], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    today = [sorted(sentences_beside(TRANSCRIPT, BOUNDS, i)) for i in range(len(BOUNDS))]
    assert today == [[1], [0], []]  # the turn reads with the question; the blank line parts the verdict
    assert json.loads(done.stdout) == today  # the older tree answers as today's opt_out does


def test_an_older_leads_module_gets_opens_turn(tmp_path) -> None:
    """42e0c56's layer/leads.py has `lead_of` but not `opens_turn` (d6d81f5), which `_paragraph_break` reads."""
    leads = tmp_path / "leads.py"
    today = (REPO / "models" / "layer" / "leads.py").read_text(encoding="utf-8")
    leads.write_text(today.split("\ndef opens_turn(")[0], encoding="utf-8")
    _add_missing_helpers(leads, *LEARNED_HELPERS["layer/leads.py"])
    namespace: dict = {"__name__": "older_leads"}
    exec(compile(leads.read_text(encoding="utf-8"), str(leads), "exec"), namespace)
    assert namespace["opens_turn"](TRANSCRIPT, 30) and not namespace["opens_turn"](TRANSCRIPT, 42)


def test_an_older_component_module_gets_build_now(tmp_path) -> None:
    component = tmp_path / "component.py"
    component.write_text("from __future__ import annotations\n\n\nclass DocComponent:\n    pass\n", encoding="utf-8")
    _add_missing_helpers(component, *LEARNED_HELPERS["component.py"])
    namespace: dict = {}
    exec(compile(component.read_text(encoding="utf-8"), str(component), "exec"), namespace)
    called = []
    namespace["build_now"](lambda: called.append(1), lambda: called.append(2))
    assert called == [1, 2]


def test_missing_layer_sections_are_added_and_present_ones_kept(tmp_path) -> None:
    old, today = tmp_path / "old.json", tmp_path / "today.json"
    old.write_text(json.dumps({"lemma_fixes": {"a": "b"}}), encoding="utf-8")
    today.write_text(json.dumps({"lemma_fixes": {"x": "y"}, "layout_leads": {"leads": []}, "reading": {}}), encoding="utf-8")
    _add_missing_sections(old, today, ("layout_leads", "lemma_fixes"))
    assert json.loads(old.read_text(encoding="utf-8")) == {"lemma_fixes": {"a": "b"}, "layout_leads": {"leads": []}}
