#!/usr/bin/env bash
# Measures the CLI's cold `generate`: wall time over repeated fresh JVM runs, peak RSS, heap in use at exit,
# and that every run completes with the heap capped at 256 MB. Writes a JSON summary that
# `clinical-notes eval --cold-start FILE` puts into the report.
#
# Usage: note-bench/cold-start.sh [RUNS (default 10)] [OUT_JSON (default out/bench/cold-start.json)] [INPUT]
# Needs examples/target/clinical-notes.jar (./mvnw -q -B package -DskipTests) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-10}"
OUT="${2:-out/bench/cold-start.json}"
INPUT="${3:-note-bench/src/main/resources/bench/aci-bench-train-D2N044.txt}"
JAR=examples/target/clinical-notes.jar
XMX=256m
[[ -f "$JAR" ]] || { echo "build the CLI first: ./mvnw -q -B package -DskipTests" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$(dirname "$OUT")"

# one untimed run so that the jar is in the page cache, as it is for a user's second command
java -Xmx$XMX -jar "$JAR" generate "$INPUT" --out "$WORK/warm" --force > /dev/null

times=()
rss_max=0
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$WORK/rss" java -Xmx$XMX -Xlog:gc+heap+exit:file="$WORK/heap.log" \
      -jar "$JAR" generate "$INPUT" --out "$WORK/run$i" --force > /dev/null
  end=$(date +%s%N)
  times+=( $(( (end - start) / 1000000 )) )
  rss=$(tail -1 "$WORK/rss")
  if (( rss > rss_max )); then rss_max=$rss; fi
done

mapfile -t sorted < <(printf '%s\n' "${times[@]}" | sort -n)
n=${#sorted[@]}
median=${sorted[$(( n / 2 ))]}
p90=${sorted[$(( (n * 9 + 9) / 10 - 1 ))]}
# heap at exit of the last run, from -Xlog:gc+heap+exit (" garbage-first heap   total 12345K, used 6789K")
heap_used_k=$(grep -oE 'used [0-9]+K' "$WORK/heap.log" | head -1 | grep -oE '[0-9]+' || echo 0)
heap_total_k=$(grep -oE 'total [0-9]+K' "$WORK/heap.log" | head -1 | grep -oE '[0-9]+' || echo 0)
load=$(cut -d' ' -f1 /proc/loadavg)
java_version=$(java -version 2>&1 | head -1 | tr -d '"')

cat > "$OUT" <<JSON
{
  "runs": "$RUNS",
  "input": "$(basename "$INPUT") ($(wc -c < "$INPUT") bytes)",
  "wall median": "${median} ms",
  "wall p90": "${p90} ms",
  "wall min / max": "${sorted[0]} / ${sorted[$(( n - 1 ))]} ms",
  "max heap (-Xmx)": "$XMX (every run completed)",
  "heap committed / used at exit": "$(( heap_total_k / 1024 )) / $(( heap_used_k / 1024 )) MB",
  "peak RSS (whole process)": "$(( rss_max / 1024 )) MB",
  "machine": "$(nproc) cores, load average $load, $java_version"
}
JSON
cat "$OUT"
