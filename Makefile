# routemapper: `make demo` maps the sample caravans, `make test` runs the tests.
# Both create .venv and install the project on first use (no network needed after that).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test bench clean

$(BIN)/routemapper: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(BIN)/routemapper
	$(BIN)/routemapper demo -o out/

test: $(BIN)/routemapper
	@if command -v npm >/dev/null 2>&1 && [ ! -f node_modules/axe-core/axe.min.js ]; then npm ci --no-audit --no-fund --loglevel=error; fi
	$(BIN)/python -m pytest

bench: $(BIN)/routemapper
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf out .cache .pytest_cache
