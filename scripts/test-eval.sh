#!/usr/bin/env bash
# Evaluation gate: scores the ingest against the development corpora beside the project
# (../shared/corpus) with the pinned minimums of eval-gate.json. Skipped when the corpora are absent.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${KIOSQUE_CORPUS_DIR:-../shared/corpus}"
if [ ! -d "$corpus" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "eval gate: $corpus not found: CI must run the gate (set KIOSQUE_CORPUS_DIR)" >&2
    exit 1
  fi
  echo "eval gate: $corpus not found, skipped (set KIOSQUE_CORPUS_DIR to run it)"
  exit 0
fi
status=0
for dir in "$corpus"/*/; do
  [ -f "$dir/manifest.json" ] || continue
  npm run --silent eval -- "$dir" --gate eval-gate.json || status=1
done
exit $status
