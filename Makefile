VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CORPUS ?= corpus/docs
OUT ?= out

.PHONY: install browser run test test-fast lint bench bench-model train crossval clean

# the package's modules compiled once (an editable install leaves them to each process, ~0.1 s of CPU a start
# where bytecode is not written, as under PYTHONDONTWRITEBYTECODE); quick when they are up to date
install: $(STAMP)
	$(PY) -m compileall -q src

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	$(VENV)/bin/directive-extract extract $(CORPUS) --out $(OUT) --jobs 2 --tables
	$(VENV)/bin/directive-extract report $(OUT) -o $(OUT)/report
	$(VENV)/bin/directive-extract board $(OUT) -o $(OUT)/board --report-dir $(OUT)/report
	$(VENV)/bin/directive-extract evaluate $(CORPUS) $(OUT)

# the HTML report and board are checked in a real headless browser; without root the browser tests
# skip, and `make test NO_BROWSER=1` does not try to install it
browser:
ifeq ($(NO_BROWSER),)
	-sh scripts/install_browser.sh
endif

test: install browser
	$(PY) -m pytest -n 2

# the edit-and-rerun loop: everything but the tests marked slow (`make test` runs them all)
test-fast: install
	$(PY) -m pytest -n 2 -m "not slow"

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check src tests scripts

bench: install
	$(PY) scripts/bench.py

bench-model: install
	$(PY) scripts/bench.py --model

# the learned span model: models/spans/*.crfsuite, config.json and MODEL_CARD.md from corpus/docs,
# with the merge policy measured by `make crossval` (models/spans/crossval.json); about a minute on CPU
train: install
	$(PY) scripts/train_model.py

# leave-one-source-out cross-validation: rules alone, model alone, merged (a few minutes on two cores)
crossval: install
	$(PY) scripts/crossval.py --out models/spans/crossval.json

clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache
