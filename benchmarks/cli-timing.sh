#!/usr/bin/env bash
# Times whole processes, as a build or an IDE pays for them: the asyncgen CLI (through ./asyncgen)
# on the Appwrite spec and on synthetic ones, the JVM start-up options one by one, a regeneration
# with nothing changed, and, when MODELINA_DIR is set, modelina on the same specs.
#
#   mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests
#   benchmarks/cli-timing.sh [specs|startup|unchanged|peers|all]     (default: all)
#
# Each case runs RUNS times (default 7; BIG_RUNS, default 3, for the 10,000-channel spec) under
# /usr/bin/time -v and prints the median wall time and the median peak resident memory, with the
# fastest and slowest run, as a Markdown table. Other engineers' builds share the machine: compare
# medians, and rerun a case that looks off.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_jar="$root/benchmarks/target/benchmarks.jar"
cli_jar="$root/generator-cli/target/asyncgen.jar"
work="${WORK:-$root/benchmarks/target/cli-timing}"
runs="${RUNS:-7}"
big_runs="${BIG_RUNS:-3}"
what="${1:-all}"

if [ ! -f "$bench_jar" ]; then
  echo "cli-timing: build first: mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests" >&2
  exit 2
fi
mkdir -p "$work/specs"
# The launcher builds the jar (and its class-data archive) when needed: not part of any timing.
"$root/asyncgen" --version > /dev/null

appwrite="$root/specs/appwrite-realtime.yaml"
synthetic() { # CHANNELS SCHEMAS -> path of the spec, written once
  local file="$work/specs/synthetic-$1x$2.yaml"
  [ -f "$file" ] || java -cp "$bench_jar" dev.asyncgen.bench.SyntheticSpec "$file" "$1" "$2"
  echo "$file"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure LABEL RUNS FRESH_OUTPUT COMMAND...: the command's last argument pair is '-o DIR' or the
# output folder comes from $out, which is emptied before each run when FRESH_OUTPUT is 1.
measure() {
  local label="$1" count="$2" fresh="$3"
  shift 3
  local times="$work/times.txt" log="$work/run.log"
  : > "$times"
  for ((i = 1; i <= count; i++)); do
    if [ "$fresh" = 1 ]; then rm -rf "$out"; fi
    if ! /usr/bin/time -v -o "$work/time-v.txt" "$@" > "$log" 2>&1; then
      echo "cli-timing: '$label' failed:" >&2
      tail -n 20 "$log" >&2
      return 1
    fi
    local wall rss
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; print s }' "$work/time-v.txt")"
    rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time-v.txt")"
    echo "$wall $rss" >> "$times"
  done
  local wall_median rss_median fastest slowest
  wall_median="$(cut -d' ' -f1 "$times" | median)"
  rss_median="$(cut -d' ' -f2 "$times" | median)"
  fastest="$(cut -d' ' -f1 "$times" | sort -n | head -n 1)"
  slowest="$(cut -d' ' -f1 "$times" | sort -n | tail -n 1)"
  printf '| %s | %d | %.2f s | %.2f to %.2f s | %.0f MiB |\n' \
    "$label" "$count" "$wall_median" "$fastest" "$slowest" "$(echo "$rss_median / 1024" | bc -l)"
}

header() {
  echo
  echo "$1"
  echo
  echo "| case | runs | median wall | fastest to slowest | median peak RSS |"
  echo "| --- | --- | --- | --- | --- |"
}

specs() {
  header "./asyncgen generate into an empty folder (every file written)"
  out="$work/out"
  measure "--version" "$runs" 0 "$root/asyncgen" --version
  measure "Appwrite (12 channels, 13 schemas)" "$runs" 1 "$root/asyncgen" generate "$appwrite" -o "$out" -p io.appwrite.realtime
  local size
  for size in 100 1000; do
    measure "synthetic $size channels, $size schemas" "$runs" 1 \
      "$root/asyncgen" generate "$(synthetic "$size" "$size")" -o "$out" -p com.example.synthetic
  done
  measure "synthetic 500 channels, 400 schemas" "$runs" 1 \
    "$root/asyncgen" generate "$(synthetic 500 400)" -o "$out" -p com.example.synthetic
  measure "synthetic 10000 channels, 10000 schemas" "$big_runs" 1 \
    "$root/asyncgen" generate "$(synthetic 10000 10000)" -o "$out" -p com.example.synthetic
}

# Start-up options, one at a time, on java -jar directly (the launcher picks among them).
startup() {
  header "java [options] -jar asyncgen.jar generate Appwrite (start-up options)"
  out="$work/out"
  local dynamic="$work/dynamic.jsa" static="$work/static.jsa" classes="$work/classes.lst"
  local train=(-jar "$cli_jar" generate "$appwrite" -o "$work/train" -p io.appwrite.realtime)
  rm -f "$dynamic" "$static" "$classes"
  java -XX:ArchiveClassesAtExit="$dynamic" "${train[@]}" > /dev/null 2>&1
  java -XX:DumpLoadedClassList="$classes" "${train[@]}" > /dev/null 2>&1
  java -Xshare:dump -XX:SharedClassListFile="$classes" -XX:SharedArchiveFile="$static" -cp "$cli_jar" > /dev/null 2>&1
  local args=(generate "$appwrite" -o "$out" -p io.appwrite.realtime)
  local c1=-XX:TieredStopAtLevel=1 small=(-XX:+UseSerialGC -Xms16m)
  measure "no options" "$runs" 1 java -jar "$cli_jar" "${args[@]}"
  measure "-XX:TieredStopAtLevel=1 (C1 only)" "$runs" 1 java "$c1" -jar "$cli_jar" "${args[@]}"
  measure "-XX:+UseSerialGC -Xms16m" "$runs" 1 java "${small[@]}" -jar "$cli_jar" "${args[@]}"
  measure "-Xshare:off (not even the JDK's archive)" "$runs" 1 java -Xshare:off -jar "$cli_jar" "${args[@]}"
  measure "dynamic archive" "$runs" 1 java -XX:SharedArchiveFile="$dynamic" -jar "$cli_jar" "${args[@]}"
  measure "dynamic archive + C1 only" "$runs" 1 java -XX:SharedArchiveFile="$dynamic" "$c1" -jar "$cli_jar" "${args[@]}"
  measure "static archive + C1 only" "$runs" 1 java -XX:SharedArchiveFile="$static" "$c1" -jar "$cli_jar" "${args[@]}"
  measure "static archive + C1 only + serial -Xms16m (the launcher)" "$runs" 1 \
    java -XX:SharedArchiveFile="$static" "$c1" "${small[@]}" -XX:-UsePerfData -jar "$cli_jar" "${args[@]}"
}

# A regeneration with nothing changed: what every build pays when the spec did not change.
unchanged() {
  header "./asyncgen generate again, spec unchanged (0 written)"
  out="$work/out-unchanged"
  rm -rf "$out"
  "$root/asyncgen" generate "$appwrite" -o "$out" -p io.appwrite.realtime > /dev/null 2>&1
  measure "Appwrite, unchanged" "$runs" 0 "$root/asyncgen" generate "$appwrite" -o "$out" -p io.appwrite.realtime
  # 10,000 channels, twice: a spec last changed well before the run that generated (the usual case; its size and
  # time vouch for its bytes, which are not read again), and one written just before it (read and hashed each time).
  local big
  big="$(synthetic 10000 10000)"
  for age in "1 minute ago" "now"; do
    touch -d "$age" "$big"
    rm -rf "$out"
    "$root/asyncgen" generate "$big" -o "$out" -p com.example.synthetic > /dev/null 2>&1
    measure "synthetic 10000 channels, unchanged, spec last written $age" "$runs" 0 \
      "$root/asyncgen" generate "$big" -o "$out" -p com.example.synthetic
  done
}

# modelina 5.10.1 through benchmarks/peers/modelina-generate.cjs; MODELINA_DIR is the folder that
# npm installed it in (outside the repository; see BENCHMARKS.md).
peers() {
  if [ -z "${MODELINA_DIR:-}" ]; then
    echo "cli-timing: set MODELINA_DIR to measure modelina (see BENCHMARKS.md)" >&2
    return 0
  fi
  header "modelina 5.10.1 JavaGenerator, whole node process"
  out="$work/out-modelina"
  local runner="$root/benchmarks/peers/modelina-generate.cjs"
  measure "modelina, Appwrite" "$runs" 1 env NODE_PATH="$MODELINA_DIR/node_modules" node "$runner" "$appwrite" "$out"
  measure "modelina, synthetic 500 channels, 400 schemas" "$runs" 1 \
    env NODE_PATH="$MODELINA_DIR/node_modules" node "$runner" "$(synthetic 500 400)" "$out"
}

case "$what" in
  specs) specs ;;
  startup) startup ;;
  unchanged) unchanged ;;
  peers) peers ;;
  all) specs; startup; unchanged; peers ;;
  *) echo "usage: benchmarks/cli-timing.sh [specs|startup|unchanged|peers|all]" >&2; exit 2 ;;
esac
