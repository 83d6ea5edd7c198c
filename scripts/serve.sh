#!/usr/bin/env bash
# The main job on a fresh machine: install, build the graph from the releases, serve it.
# Builds from ../shared/releases when that folder is there; otherwise serves the committed
# dataset data/graph/ltgraph.trig. Then open http://127.0.0.1:8080/
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
if [ -d ../shared/releases ]; then
  .venv/bin/ltgraph build --releases ../shared/releases --output var/ltgraph.trig --with-text
  data=var/ltgraph.trig
else
  data=data/graph/ltgraph.trig
fi
exec .venv/bin/ltgraph serve --data "$data" --host "${HOST:-127.0.0.1}" --port "${PORT:-8080}" "$@"
