# Sourced by the quick-start scripts: create .venv at the repo root and install newsfix into it (once per
# change of pyproject.toml). Usage: . scripts/venv.sh EXTRAS   (EXTRAS: "" or "test")
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PY=${PYTHON:-}
if [ -z "$PY" ]; then
  for candidate in python3 python3.12 python3.11 python3.10; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
      PY=$candidate; break
    fi
  done
fi
[ -n "$PY" ] || { echo "newsfix needs Python 3.10 or newer" >&2; exit 2; }
[ -x .venv/bin/python ] || "$PY" -m venv .venv
extras=${1:-}
spec="."
[ -n "$extras" ] && spec=".[$extras]"
stamp=".venv/.newsfix-installed-${extras:-base}"
want=$(cat pyproject.toml | sha256sum | cut -c1-16)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
  echo "$want" > "$stamp"
fi
