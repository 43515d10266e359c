#!/usr/bin/env bash
# Benchmarks, run by hand (never in the tests).
#   jobs/bench.sh ingest --input DIR [--repeat N]     Frontline's reader against Spark's file sources
#   jobs/bench.sh dedup                                features + dedup against MLlib's MinHashLSH
#                                                      (shared corpus, then 100,000 synthetic pages)
#   jobs/bench.sh dedup --input PATH [--truth FILE] [--conf FILE]
set -euo pipefail
source "$(dirname "$0")/frontline-env.sh"
if [ "${1:-}" = ingest ]; then
  shift
  # shellcheck disable=SC2086
  exec java $FRONTLINE_JAVA_OPTS -cp "$FRONTLINE_CP" org.frontline.bench.IngestBench "$@"
fi
# shellcheck disable=SC2086
exec java $FRONTLINE_JAVA_OPTS -cp "$FRONTLINE_CP" org.frontline.cli.Frontline bench "$@"
