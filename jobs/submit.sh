#!/usr/bin/env bash
# Submits the pipeline with spark-submit and conf/spark-defaults.conf to $MASTER (local[*] by
# default). Arguments before a '--' go to spark-submit, the others to the run:
#   MASTER=spark://host:7077 jobs/submit.sh --input PATH [--input PATH...] --output URI [--conf FILE]
#   MASTER=yarn jobs/submit.sh --deploy-mode cluster --num-executors 4 -- --input ... --output ...
# Uses $SPARK_HOME/bin/spark-submit when SPARK_HOME is set, else Spark's SparkSubmit on the
# project's own Spark classpath (target/spark-classpath.txt), so a machine without Spark submits too.
set -euo pipefail
source "$(dirname "$0")/frontline-env.sh"

submit_options=()
if printf '%s\n' "$@" | grep -qx -- '--'; then
  while [ "$1" != "--" ]; do submit_options+=("$1"); shift; done
  shift
fi
master="${MASTER:-local[*]}"
# A driver beside a local or loopback master stays on loopback; for a remote cluster Spark picks
# an address its executors can reach.
case "$master" in
  local* | spark://127.0.0.1:* | spark://localhost:*) export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" ;;
esac

if [ -n "${SPARK_HOME:-}" ]; then
  spark_submit=("$SPARK_HOME/bin/spark-submit")
else
  # shellcheck disable=SC2206
  spark_submit=(java $FRONTLINE_JAVA_OPTS -cp "$(cat "$FRONTLINE_HOME/target/spark-classpath.txt")" org.apache.spark.deploy.SparkSubmit)
fi
exec "${spark_submit[@]}" --master "$master" \
  --properties-file "$FRONTLINE_HOME/conf/spark-defaults.conf" --load-spark-defaults \
  --class org.frontline.cli.Frontline ${submit_options[@]+"${submit_options[@]}"} \
  "$FRONTLINE_HOME/target/frontline.jar" run "$@"
