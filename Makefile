# dealwatch: `make demo` and `make test` are all a fresh clone needs.
# The venv is (re)installed only when pyproject.toml or constraints.txt change.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: all install demo test eval bench lock clean

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

bench: $(STAMP)
	$(BIN)/python -m models.bench

# Refresh the pinned versions after changing dependencies in pyproject.toml.
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e ' > constraints.txt

clean:
	rm -rf $(VENV) data .pytest_cache
