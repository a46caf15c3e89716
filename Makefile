# vlnb — the two commands of the README, each setting itself up on a fresh machine.
#   make main   runs the main job: the LLU reproduction on the mini-world (tables + figures in out/repro_llu)
#   make test   runs every test: clean check, sync check, nbdev_test, pytest (papermill smoke runs included)
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
OUT ?= out/repro_llu
export OMP_NUM_THREADS ?= 1
export MKL_NUM_THREADS ?= 1
export HF_HUB_OFFLINE ?= 1
# the main job is the only thing running: give torch every core (the tests run 2 notebooks at once, one thread each)
MAIN_THREADS ?= $(shell nproc 2>/dev/null || echo 1)

.PHONY: env test main clean-check sync-check nbtest pytest

# torch first (CUDA build that also runs on CPU), then the package with its dev tools.
$(VENV)/.installed: settings.ini setup.py
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q "torch==2.14.1" "torchvision==0.29.1"
	$(PY) -m pip install -q -e ".[dev]"
	$(PY) -m pip check
	touch $@

env: $(VENV)/.installed

# nbdev_clean must leave the notebooks unchanged (they are committed clean).
clean-check: env
	@before=$$(cat nbs/*.ipynb | md5sum); $(BIN)/nbdev_clean; after=$$(cat nbs/*.ipynb | md5sum); \
	if [ "$$before" != "$$after" ]; then echo "nbdev_clean changed notebooks: run nbdev_clean and commit"; git status --short nbs; exit 1; fi; echo "clean check: ok"

# nbdev_export must leave the package unchanged (vlnb/ is the product of the notebooks).
sync-check: env
	@before=$$(find vlnb -name '*.py' | sort | xargs cat | md5sum); $(BIN)/nbdev_export; after=$$(find vlnb -name '*.py' | sort | xargs cat | md5sum); \
	if [ "$$before" != "$$after" ]; then echo "notebooks and vlnb/ are out of sync: run nbdev_export and commit"; git status --short vlnb; exit 1; fi; echo "sync check: ok"

nbtest: env
	timeout 2400 $(BIN)/nbdev_test --n_workers 2 --timing

pytest: env
	$(PY) -m pytest -q tests

test: clean-check sync-check nbtest pytest

main: env
	mkdir -p $(OUT)
	OMP_NUM_THREADS=$(MAIN_THREADS) MKL_NUM_THREADS=$(MAIN_THREADS) $(BIN)/papermill nbs/repro_llu.ipynb $(OUT)/repro_llu.ipynb -k python3 --cwd nbs -p out_dir $(abspath $(OUT))
	@echo "tables and figures: $(OUT)"
