# dealwatch: `make demo` and `make test` are all a fresh clone needs.
# The venv is (re)installed only when pyproject.toml or constraints.txt change.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: all install demo test eval bench bench-compare lock clean

all: test

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "dealwatch needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/dealwatch run

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Scores the extractor on the development set in ../shared; fails below the floors in models/baseline.json.
eval: $(STAMP)
	$(BIN)/python -m models.evaluate --check

# Every stage at 1,000 / 10,000 / 100,000 generated articles, reference figures, targets (PASS/FAIL);
# QUICK=1 skips 100,000 and crawls a sample at 10,000. One JSON per run under data/bench/.
BENCH_ARGS ?=
bench: $(STAMP)
	$(BIN)/python -m bench $(if $(QUICK),--quick) $(BENCH_ARGS)

# The latest two runs side by side (or BENCH_ARGS="A.json B.json").
bench-compare: $(STAMP)
	$(BIN)/python -m bench compare $(BENCH_ARGS)

# Refresh the pinned versions after changing dependencies in pyproject.toml.
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e ' > constraints.txt

clean:
	rm -rf $(VENV) data .pytest_cache
