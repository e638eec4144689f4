# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEV    := $(VENV)/.installed-dev
BENCH  := $(VENV)/.installed-bench
# the dev split is built from its sources, not kept in git (the test split is frozen and kept)
GOLD_DEV := corpora/gold/dev.jsonl

.PHONY: run test gold eval bench bench-index bench-dates bench-throughput bench-html bench-ner train clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(DEV): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $@ $(STAMP)

$(BENCH): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,bench]'
	touch $@ $(DEV) $(STAMP)

## make run: install, extract the bundled corpus into out/records.jsonl, print a summary
run: $(STAMP)
	@mkdir -p out
	$(BIN)/vnie extract corpora/articles -o out/records.jsonl --errors out/errors.jsonl

$(GOLD_DEV): $(wildcard corpora/src/*.yaml) corpora/manifest.json | $(STAMP)
	$(BIN)/vnie gold build

## make test: install dev extras and run the test suite, a worker per core (four at most: each loads
## the pipeline); a test module runs in one worker, so its fixtures are built once
test: $(DEV) $(GOLD_DEV)
	$(BIN)/python -m pytest -q -n auto --maxprocesses 4 --dist loadfile

## make gold: compile corpora/src into corpora/articles and corpora/gold, then check it
gold: $(STAMP)
	$(BIN)/vnie gold build
	$(BIN)/vnie gold check

## make eval: score the pipeline on the test split (beside underthesea) and record the figures
## in BENCHMARKS.md and benchmarks/eval-test.json, which the regression gate test reads
eval: $(STAMP)
	$(BIN)/vnie eval corpora/gold/test.jsonl --record BENCHMARKS.md

## make bench: the benchmarks; each writes its results into its own section of BENCHMARKS.md
bench: bench-index bench-dates bench-throughput

bench-index: $(STAMP) $(GOLD_DEV)
	$(BIN)/python -m pipeline.index.bench --update BENCHMARKS.md

bench-dates: $(BENCH) $(GOLD_DEV)
	$(BIN)/python bench/dates_vs_dateparser.py --write BENCHMARKS.md

## make bench-throughput: the whole pipeline on 2,000 real articles, 1 and 2 workers, against underthesea
bench-throughput: $(BENCH)
	$(BIN)/python bench/throughput.py --articles 2000 --ner-sample 100 --write BENCHMARKS.md

## make bench-html: trafilatura and selectolax on the saved-page fixtures (why .html uses trafilatura)
bench-html: $(BENCH)
	$(BIN)/python bench/html_extractors.py

## make train: reproduce the shipped NER model (pipeline/recognize/model/shipped/) from gold dev + silver news
train: $(STAMP) $(GOLD_DEV)
	$(BIN)/vnie train

## make bench-ner: what the NER model costs and how it scores by cross-validation (BENCHMARKS.md, section ner)
bench-ner: $(STAMP) $(GOLD_DEV)
	$(BIN)/python bench/ner_speed.py --articles 300
	$(BIN)/vnie train --cv 5

clean:
	rm -rf $(VENV) out .pytest_cache
