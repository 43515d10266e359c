# Shared by the launchers: builds the project when its sources are newer than the build, then
# sets FRONTLINE_HOME, FRONTLINE_CP (classes and the runtime classpath, Spark included) and
# FRONTLINE_JAVA_OPTS. Sourced, not run.
export FRONTLINE_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cp_file="$FRONTLINE_HOME/target/runtime-classpath.txt"
# The application jar is rewritten by every package (the classpath files only when they change),
# so it tells whether the build is older than the sources.
app_jar="$FRONTLINE_HOME/target/frontline.jar"
if [ ! -f "$cp_file" ] || [ ! -f "$app_jar" ] || [ -n "$(find "$FRONTLINE_HOME/src/main" "$FRONTLINE_HOME/conf" "$FRONTLINE_HOME/pom.xml" -newer "$app_jar" -print -quit)" ]; then
  echo "frontline: building (mvn package)..." >&2
  (cd "$FRONTLINE_HOME" && mvn -B -q -DskipTests package) >&2 || { echo "frontline: build failed" >&2; exit 1; }
fi
FRONTLINE_CP="$FRONTLINE_HOME/target/classes:$(cat "$cp_file")"
# Spark on Java 17 needs these opens when it runs in our own JVM; spark-submit adds the same.
FRONTLINE_JAVA_OPTS="${FRONTLINE_JAVA_OPTS:--Xmx8g} $(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' "$FRONTLINE_HOME/pom.xml") -Dlog4j2.configurationFile=$FRONTLINE_HOME/conf/log4j2.properties -Dfrontline.home=$FRONTLINE_HOME"
