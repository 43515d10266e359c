#!/usr/bin/env bash
# Pair precision, pair recall and cluster purity of a run's near-duplicate clusters, against the
# truth.csv of a generated corpus or against brute-force exact Jaccard on a sample of documents.
#   jobs/eval-dedup.sh --warehouse DIR (--truth FILE | --exact-sample N) [--seed S] [--conf FILE]
set -euo pipefail
source "$(dirname "$0")/frontline-env.sh"
# shellcheck disable=SC2086
exec java $FRONTLINE_JAVA_OPTS -cp "$FRONTLINE_CP" org.frontline.cli.Frontline eval-dedup "$@"
