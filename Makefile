# agrilend — the two commands are `make run` and `make test` (README). Only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 5000
FLASK  := $(BIN)/flask --app app

.PHONY: install run test test-dates lint bench mutate clean

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

# The tests that read today's date — schedules and servicing, close of business and reminders, applications, offers
# and their expiry, loans, receipts, exposure, the PIN lock, sync's backlog expiry, sessions, seeds — run again with
# the clock moved
# (tests/conftest.py --clock; README "Running the tests at another moment"), on SQLite only (the main run covers
# PostgreSQL):
#   2028-02-29T04:00 UTC  noon on a 29 February in Shanghai (a year back or on has no such day)
#   2027-01-31T04:00 UTC  a 31st: the next month is shorter
#   2027-12-31T12:00 UTC  the last day of a year, 20:00 in Shanghai
#   2028-10-29T00:59 UTC  with the lender in Europe/London: a minute before its clocks go back, ticking across it
DATE_TESTS := tests/unit/domain tests/unit/test_offer_tokens.py tests/unit/test_tokens.py \
	tests/integration/test_applications.py tests/integration/test_offline_offers.py \
	tests/integration/test_loans.py tests/integration/test_close_of_business_rules.py \
	tests/integration/test_receipts.py tests/integration/test_exposure.py tests/integration/test_exposure_rules.py \
	tests/integration/test_pin_rules.py tests/integration/test_sync_apply_rules.py \
	tests/integration/test_sessions.py tests/integration/test_seed.py \
	tests/e2e/test_serve.py::test_the_served_app_reads_the_same_clock_as_the_test
DATE_ENV := env -u TEST_DATABASE_URL -u REQUIRE_POSTGRES -u LENDER_TZ
DATE_PYTEST := $(BIN)/python -m pytest -q $(DATE_TESTS)

test: lint
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory test-dates

test-dates: $(STAMP)
	$(DATE_ENV) $(DATE_PYTEST) --clock=2028-02-29T04:00:00
	$(DATE_ENV) $(DATE_PYTEST) --clock=2027-01-31T04:00:00
	$(DATE_ENV) $(DATE_PYTEST) --clock=2027-12-31T12:00:00
	$(DATE_ENV) LENDER_TZ=Europe/London $(DATE_PYTEST) --clock=2028-10-29T00:59:00

bench: $(STAMP)
	$(BIN)/python -m bench

# mutation testing of the money and decision code (tests/mutation.py): a score per group, the survivors listed;
# slow (tens of minutes), so not part of test. MUTATE_ARGS="--changed main" tests only the modules a change touched
mutate: $(STAMP)
	$(BIN)/python -m tests.mutation $(MUTATE_ARGS)

clean:
	rm -rf $(VENV) instance .pytest_cache .mutmut
