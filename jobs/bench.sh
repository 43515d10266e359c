#!/usr/bin/env bash
# Benchmarks, run by hand (never in the tests): jobs/bench.sh ingest --input DIR [--repeat N]
set -euo pipefail
source "$(dirname "$0")/frontline-env.sh"
case "${1:-}" in
  ingest) shift; main=org.frontline.bench.IngestBench ;;
  *) echo "usage: jobs/bench.sh ingest --input DIR [--repeat N]" >&2; exit 2 ;;
esac
# shellcheck disable=SC2086
exec java $FRONTLINE_JAVA_OPTS -cp "$FRONTLINE_CP" "$main" "$@"
