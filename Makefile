# HireReady — the two commands: `make run` (set up and serve) and `make test` (set up and test).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test install install-test browser eval bench lint typecheck check clean

run: install ## set up everything and serve the web app on http://127.0.0.1:8000
	$(BIN)/hireready run

test: install-test browser ## install test tools and run the whole suite
	$(BIN)/python -m pytest -q

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(TEST_STAMP)

install: $(STAMP)

install-test: $(TEST_STAMP)

# Debian's chromium for the browser test, where this machine lets us install packages.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "could not install chromium: the browser test will be skipped"; \
	  else echo "chromium is not installed and cannot be installed here: the browser test will be skipped"; fi; \
	fi

eval: install-test ## quality measures on ../shared/eval and ../shared/data
	$(BIN)/python -m eval

bench: install-test ## speed and memory benchmarks (prints JSON)
	$(BIN)/python -m bench

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/lint-imports

typecheck: install-test
	$(BIN)/mypy tools storage graphs agent

check: lint typecheck test

clean:
	rm -rf $(VENV) .hireready .mypy_cache .ruff_cache
