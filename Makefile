# The two commands a newcomer needs (each does its own set-up):
#   make demo   install appwasm, build examples/hello and serve it on http://127.0.0.1:8000/
#   make test   install what the tests need (incl. Debian's chromium) and run the whole suite
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
APP ?= examples/hello/app.py

.PHONY: demo test install install-test chromium shell protocol unit e2e bench clean

$(PY):
	python3 -m venv $(VENV)
	$(PIP) install -q -U pip "setuptools>=77"

# pip runs appwasm's build backend, which bundles the TypeScript shell (npm ci + esbuild).
install: $(PY)
	$(PIP) install -q -e .

install-test: $(PY) chromium
	$(PIP) install -q -e ".[test]"

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

demo: install
	$(VENV)/bin/appwasm build $(APP) -o site
	$(VENV)/bin/appwasm serve site

test: install-test
	$(PY) -m pytest

unit: install-test
	$(PY) -m pytest tests/unit

e2e: install-test
	$(PY) -m pytest tests/e2e

# Development helpers.
shell:
	cd shell && npm ci --no-audit --no-fund && node build.mjs

protocol:
	$(PY) -m appwasm_compiler.protocol_ts

bench: install-test
	$(PY) benchmarks/boot_and_rerun.py
	$(PY) benchmarks/build_time.py

clean:
	rm -rf site compiler/_bundled .pytest_cache
