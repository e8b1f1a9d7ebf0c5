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
# ENCODING=cp1252 (or latin-1, ...) for an article file that is not UTF-8.
ARTICLE ?=
OUT ?=
ENCODING ?=

report: $(STAMP)
	$(PY) -m analysis report $(if $(ARTICLE),"$(ARTICLE)") $(if $(OUT),--out "$(OUT)") \
		$(if $(ENCODING),--encoding "$(ENCODING)")
	$(if $(ARTICLE)$(OUT),,$(PY) scripts/update_readme.py)

test: $(STAMP)
	$(PY) -m pytest

# As root (a container), Jupyter refuses to start without --allow-root. The URL with its token
# is printed by Jupyter itself once the server is up (look for "http://127.0.0.1:8888/lab?token=").
LAB_PORT ?= 8888
lab: $(STAMP)
	@echo "JupyterLab on notebooks/: open the http://127.0.0.1:$(LAB_PORT)/lab?token=... URL printed below"
	$(VENV)/bin/jupyter lab notebooks/ --port=$(LAB_PORT) --no-browser \
		$(if $(filter 0,$(shell id -u)),--allow-root)

lint: $(STAMP)
	$(PY) -m ruff check analysis tests benchmarks scripts

clean:
	rm -rf $(VENV) .pytest_cache
