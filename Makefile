# The two commands a new user needs: `make run` and `make test`. Each creates .venv when needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test chat bench check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) run_bot.py ask "warm-up: build the fact base and its index" > /dev/null
	touch $(STAMP)

run: $(STAMP)
	$(PY) run_bot.py

test: $(STAMP)
	$(PY) -m pytest

chat: $(STAMP)
	$(PY) run_bot.py chat

bench: $(STAMP)
	$(PY) benchmarks/bench_engine.py
	$(PY) benchmarks/bench_charts.py

check: $(STAMP)
	$(PY) run_bot.py facts check --sources ../shared/seeds

clean:
	rm -rf $(VENV) data/*.db data/*.db-*
