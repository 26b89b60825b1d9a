#!/usr/bin/env bash
# Install Hearth with its test extras into ./.venv and run lint plus the whole test suite:
# once on SQLite, and once on PostgreSQL when a server answers on 127.0.0.1:5432
# (HEARTH_REQUIRE_POSTGRES=1 makes a missing server an error, as in CI).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${HEARTH_VENV:-.venv}
PG_URL=${HEARTH_PG_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test}

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e '.[test]'

echo "== ruff"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .

echo "== tests on SQLite"
"$VENV/bin/python" -m pytest -p no:cacheprovider "$@"

if "$VENV/bin/python" - "$PG_URL" <<'PY'
import sys
import psycopg
try:
    psycopg.connect(sys.argv[1].replace("postgresql+psycopg", "postgresql"), connect_timeout=3).close()
except Exception as exc:
    print(f"PostgreSQL not reachable: {exc}", file=sys.stderr)
    sys.exit(1)
PY
then
  echo "== tests on PostgreSQL"
  HEARTH_TEST_DATABASE_URL="$PG_URL" "$VENV/bin/python" -m pytest -p no:cacheprovider "$@"
elif [ "${HEARTH_REQUIRE_POSTGRES:-0}" = "1" ]; then
  echo "PostgreSQL is required (HEARTH_REQUIRE_POSTGRES=1) but not reachable at $PG_URL" >&2
  exit 1
else
  echo "== PostgreSQL not reachable: skipped the PostgreSQL run (CI requires it)"
fi
