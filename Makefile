# The two commands a newcomer needs: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test worker stack stack-stop stack-test bench bench-render bench-stack lighthouse bench-front-desk bench-search crisis-report lint lint-imports typecheck lint-templates format install mutation clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the pinned requirements change.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

# Mutation testing of appointments/ and blog/ (mutmut, [tool.mutmut] in pyproject.toml), on every core; not in CI.
# mutants/ keeps the results: a rerun retests only the functions that changed; `rm -rf mutants` starts afresh.
mutation: install
	$(BIN)/mutmut run
	$(BIN)/mutmut results

# The embedded default: SQLite, console email, tasks run at once, links on this port.
RUN_ENV := DEBUG=true SITE_URL=http://127.0.0.1:$(PORT) PORT=$(PORT)

run: install
	$(RUN_ENV) $(BIN)/python manage.py migrate --noinput
	$(RUN_ENV) $(BIN)/python manage.py load_demo_content
	$(RUN_ENV) $(BIN)/python manage.py create_demo_login
	$(RUN_ENV) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Sends appointment emails queued in the database (needed when DEBUG is off; `make run` sends at once).
worker: install
	$(BIN)/python manage.py db_worker

# Production's shape on this machine: nginx in front of two gunicorn app servers sharing PostgreSQL and Redis,
# plus the task worker (deploy/local-stack.sh; needs nginx, PostgreSQL and Redis on 127.0.0.1). Prints the URL.
stack: install
	AVESTA_PYTHON=$(abspath $(BIN)/python) deploy/local-stack.sh start

stack-stop:
	AVESTA_PYTHON=$(abspath $(BIN)/python) deploy/local-stack.sh stop

# The two-app-server checks (tests/stack/), on a stack of their own that they start and stop.
stack-test: install
	AVESTA_PYTHON=$(abspath $(BIN)/python) $(BIN)/python -m pytest -m stack tests/stack $(PYTEST_ARGS)

# The tests set themselves up (tests/settings.py); e.g. DATABASE_URL=postgres://... make test for PostgreSQL.
test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The crisis detector's recall and false alarms on its corpus, misses listed (tests/appointments/crisis_report.py).
crisis-report: install
	$(BIN)/python -m tests.appointments.crisis_report

# Pages' throughput relative to a bare Django view under the same gunicorn (bench/article_page.py).
bench: install
	$(BIN)/python bench/article_page.py

# Cold render times of the public pages in one process: median ms, queries, templates (bench/render_times.py).
bench-render: install
	$(BIN)/python bench/render_times.py

# wrk against gunicorn (production settings, PostgreSQL, Redis) and nginx, with a generated volume
# (bench/wrk_stack.py, bench/README.md); DATABASE_URL names the PostgreSQL server (default 127.0.0.1:5432).
bench-stack: install
	$(BIN)/python bench/wrk_stack.py

# Lighthouse 12.2.3 (pinned in bench/package-lock.json) on home, an article and the form under production-like gunicorn.
lighthouse: install bench/node_modules/.installed
	$(BIN)/python bench/lighthouse.py

bench/node_modules/.installed: bench/package-lock.json
	npm ci --prefix bench --no-audit --no-fund
	touch $@

# The search page's queries, time, plan and ranking with the demo content and ~500 articles (bench/search.py);
# SQLite unless DATABASE_URL names a PostgreSQL server (it creates and drops a database avesta_bench there).
bench-search: install
	$(BIN)/python bench/search.py

# The admin home, triage list and a request's page, and the front desk's dashboard and inbox, with two years of
# requests (bench/front_desk.py); SQLite unless DATABASE_URL names a PostgreSQL server (it creates and drops a
# database avesta_bench there).
bench-front-desk: install
	$(BIN)/python bench/front_desk.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MAKE) --no-print-directory --keep-going typecheck lint-templates lint-imports

# The apps' import contracts (import-linter, [tool.importlinter] in pyproject.toml): dependencies run one way.
lint-imports: install
	$(BIN)/lint-imports

# mypy with django-stubs (config in pyproject.toml; its plugin imports tests/settings.py).
typecheck: install
	$(BIN)/mypy

# Templates: djhtml's indentation (2 spaces, checked, never rewritten here) and no line over 120 characters.
# Both checks always run. grep exits 1 when no line matches; 0 (lines found) or 2 (an error) fails.
lint-templates: install
	@status=0; \
	$(BIN)/djhtml --check --tabwidth 2 templates || status=1; \
	LC_ALL=C.UTF-8 grep -rnE '.{121}' templates; test $$? -eq 1 || { echo "Template lines over 120 characters (above)." >&2; status=1; }; \
	exit $$status

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles
