# Shared by the launchers: builds the project when its sources are newer than the build, then
# sets FRONTLINE_CP (classes and the runtime classpath, Spark included) and FRONTLINE_JAVA_OPTS.
# Sourced, not run.
FRONTLINE_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cp_file="$FRONTLINE_HOME/target/runtime-classpath.txt"
if [ ! -f "$cp_file" ] || [ -n "$(find "$FRONTLINE_HOME/src/main" "$FRONTLINE_HOME/conf" "$FRONTLINE_HOME/pom.xml" -newer "$cp_file" -print -quit)" ]; then
  echo "frontline: building (mvn package)..." >&2
  (cd "$FRONTLINE_HOME" && mvn -B -q -DskipTests package) >&2 || { echo "frontline: build failed" >&2; exit 1; }
fi
# Local runs talk to themselves only: bind Spark to loopback.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
FRONTLINE_CP="$FRONTLINE_HOME/target/classes:$(cat "$cp_file")"
# Spark on Java 17 needs these opens when it runs in our own JVM; spark-submit adds the same.
FRONTLINE_JAVA_OPTS="${FRONTLINE_JAVA_OPTS:--Xmx8g} $(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' "$FRONTLINE_HOME/pom.xml") -Dlog4j2.configurationFile=$FRONTLINE_HOME/conf/log4j2.properties -Dfrontline.home=$FRONTLINE_HOME"
