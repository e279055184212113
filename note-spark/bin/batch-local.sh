#!/usr/bin/env bash
# Runs the batch job on this machine without a Spark installation: the shaded jar plus Spark's jars from the
# local Maven repository (listed in note-spark/target/spark-classpath.txt by `./mvnw -pl note-spark -am package`).
#   note-spark/bin/batch-local.sh batch --input note-spark/samples/mixed --output out/batch --master 'local[*]'
# With SPARK_SUBMIT=1 it goes through Spark's own launcher class (what spark-submit runs) instead.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/clinical-notes-spark.jar"
cp="$here/target/spark-classpath.txt"
[[ -f "$jar" && -f "$cp" ]] || { echo "build first: ./mvnw -q -B -pl note-spark -am package -DskipTests" >&2; exit 2; }
opens=(-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true)
if [[ "${SPARK_SUBMIT:-0}" == 1 ]]; then
  shift  # the 'batch' word goes after the jar
  exec java "${opens[@]}" ${JAVA_OPTS:-} -cp "$(cat "$cp")" org.apache.spark.deploy.SparkSubmit \
    --class org.clinicalnotes.spark.batch.BatchCli "$jar" batch "$@"
fi
exec java "${opens[@]}" ${JAVA_OPTS:-} -cp "$jar:$(cat "$cp")" org.clinicalnotes.spark.batch.BatchCli "$@"
