# agrilend — the two commands are `make run` and `make test` (README). Only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 5000
FLASK  := $(BIN)/flask --app app

.PHONY: install run test lint bench mutate clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres]'
	touch $(STAMP)

install: $(STAMP)

# gunicorn (gunicorn.conf.py) prints the URLs once it listens
run: $(STAMP)
	$(FLASK) db upgrade
	$(FLASK) seed
	$(FLASK) model ensure
	HOST=$(HOST) PORT=$(PORT) $(BIN)/python -m lending.serve

# lint: ruff (lint and format check) and the import-linter contracts (layers; no Flask under services) — part of test
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m bench

# mutation testing of the money and decision code (tests/mutation.py): a score per group, the survivors listed;
# slow (tens of minutes), so not part of test. MUTATE_ARGS="--changed main" tests only the modules a change touched
mutate: $(STAMP)
	$(BIN)/python -m tests.mutation $(MUTATE_ARGS)

clean:
	rm -rf $(VENV) instance .pytest_cache .mutmut
