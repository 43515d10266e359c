#!/usr/bin/env bash
# Benchmarks. "dedup": Frontline's features + dedup against the plain MLlib MinHashLSH pipeline.
#   jobs/bench.sh dedup                                  # shared corpus, then 100,000 synthetic pages
#   jobs/bench.sh dedup --input PATH [--truth FILE] [--conf FILE]
set -euo pipefail
source "$(dirname "$0")/frontline-env.sh"
# shellcheck disable=SC2086
exec java $FRONTLINE_JAVA_OPTS -cp "$FRONTLINE_CP" org.frontline.cli.Frontline bench "$@"
