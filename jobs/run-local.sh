#!/usr/bin/env bash
# Runs the pipeline in local mode. With no arguments: the bundled sample into ./warehouse.
#   jobs/run-local.sh --input PATH [--input PATH...] --output DIR [--conf FILE]
set -euo pipefail
source "$(dirname "$0")/frontline-env.sh"
# Local mode talks to itself only: bind Spark to loopback.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
if [ $# -eq 0 ]; then
  set -- --input "$FRONTLINE_HOME/data/sample" --output "$FRONTLINE_HOME/warehouse"
fi
# shellcheck disable=SC2086
exec java $FRONTLINE_JAVA_OPTS -cp "$FRONTLINE_CP" org.frontline.cli.Frontline run "$@"
