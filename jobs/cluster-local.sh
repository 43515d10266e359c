#!/usr/bin/env bash
# A real Spark standalone master and worker on 127.0.0.1, run from the build's jars; logs and
# state in target/local-cluster.
#   jobs/cluster-local.sh start [--port 7077] [--ui-port 8080] [--worker-ui-port 8081]
#                               [--cores N] [--memory 3g] [--dir DIR]
#   jobs/cluster-local.sh status | stop
set -euo pipefail
source "$(dirname "$0")/frontline-env.sh"
# shellcheck disable=SC2086
exec java $FRONTLINE_JAVA_OPTS -cp "$FRONTLINE_CP" org.frontline.cli.LocalClusterCommand "$@"
