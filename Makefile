# Build the project's virtual environment from nothing, and run things in it.
# .venv is the one environment every script, benchmark and document refers to.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: venv demo test lint typecheck unit dist-check clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "newsclaims needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

venv: $(VENV)/.installed

# The main job: analyze the bundled seed article, shown as the readable table.
demo: venv
	$(VENV)/bin/newsclaims analyze seeds/kursk.txt --format table

# Every check: lint, format, types, tests with doctests and Hypothesis, the built packages.
test: lint typecheck dist-check unit

lint: venv
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: venv
	$(PY) -m mypy

unit: venv
	$(PY) -m pytest

dist-check: venv
	$(PY) tools/check_dist.py

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache .hypothesis
