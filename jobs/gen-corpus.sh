#!/usr/bin/env bash
# Writes a synthetic corpus with known duplicate groups made from real articles (../shared/corpus
# when present, else data/sample): OUTPUT/docs (an input for run-local) and OUTPUT/truth.csv.
#   jobs/gen-corpus.sh --output DIR [--documents N] [--seed S] [--source DIR]
set -euo pipefail
source "$(dirname "$0")/frontline-env.sh"
# shellcheck disable=SC2086
exec java $FRONTLINE_JAVA_OPTS -cp "$FRONTLINE_CP" org.frontline.cli.Frontline gen-corpus "$@"
