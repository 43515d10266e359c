#!/usr/bin/env bash
# Precision, recall and field accuracy of a run's claims against a gold JSONL file.
#   jobs/eval-claims.sh --gold FILE --warehouse DIR [--only-gold-docs] [--show-errors]
# or, to measure how far two annotators of the same articles agree:
#   jobs/eval-claims.sh --gold FILE --against-gold SECOND_FILE --articles DIR
set -euo pipefail
source "$(dirname "$0")/frontline-env.sh"
# shellcheck disable=SC2086
exec java $FRONTLINE_JAVA_OPTS -cp "$FRONTLINE_CP" org.frontline.cli.Frontline eval-claims "$@"
