# Two commands do everything on a fresh clone (Python 3.11 and make are all you need):
#   make report   set up .venv, execute every notebook, write figures/ and reports/*.html
#   make test     set up .venv, run the unit tests and execute every notebook
#   make lab      open JupyterLab on notebooks/
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install report test lab lint clean

install: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

# make report ARTICLE=path/to/essay.txt OUT=out/essay: the same notebooks on another article,
# everything written under OUT (default out/<name>/); the committed outputs stay untouched.
ARTICLE ?=
OUT ?=

report: $(STAMP)
	$(PY) -m analysis report $(if $(ARTICLE),"$(ARTICLE)") $(if $(OUT),--out "$(OUT)")
	$(if $(ARTICLE)$(OUT),,$(PY) scripts/update_readme.py)

test: $(STAMP)
	$(PY) -m pytest

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks/

lint: $(STAMP)
	$(PY) -m ruff check analysis tests benchmarks scripts

clean:
	rm -rf $(VENV) .pytest_cache
