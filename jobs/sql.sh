#!/usr/bin/env bash
# SQL over the tables of a warehouse; with no query, a prompt reading statements ending in ';'.
#   jobs/sql.sh --warehouse DIR [--format table|csv|json] ["SQL"]
set -euo pipefail
source "$(dirname "$0")/frontline-env.sh"
# Local mode talks to itself only: bind Spark to loopback.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
# shellcheck disable=SC2086
exec java $FRONTLINE_JAVA_OPTS -cp "$FRONTLINE_CP" org.frontline.cli.Frontline sql "$@"
