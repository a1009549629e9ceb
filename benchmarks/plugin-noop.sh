#!/usr/bin/env bash
# What the Maven plugin costs a build in which the spec did not change: the consumer template
# (templates/consumer-project with specs/appwrite-realtime.yaml) is built once to generate, then
# `mvn generate-sources` runs RUNS more times with nothing changed. Every Maven run is a new JVM,
# so the plugin runs cold each time, as it does on the command line and in CI.
#
#   mvn -B install -DskipTests       # puts this version of the plugin in the local repository
#   benchmarks/plugin-noop.sh
#
# Per run it reads three numbers, and prints the median and the range of each:
#   mojo:  the time the plugin reports for itself ("is up to date with ... (N ms)");
#   step:  from Maven's "--- asyncgen-maven-plugin ..." line to the line after the plugin's last,
#          from the log's millisecond timestamps: the mojo plus what Maven spends on it (resolving
#          the plugin's dependencies, its class realm, its parameters), with and without
#          -Dasyncgen.skip=true (which pays all of that but the mojo's work);
#   build: the whole `mvn generate-sources`, against the same build with -Dasyncgen.skip=true.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${WORK:-$root/benchmarks/target/plugin-noop}"
runs="${RUNS:-9}"
project="$work/consumer"

version="$(sed -n 's:.*<asyncgen.version>\(.*\)</asyncgen.version>.*:\1:p' "$root/templates/consumer-project/pom.xml")"
repo="${MAVEN_REPO:-$HOME/.m2/repository}" # the local repository, if not the default one
plugin_jar="$repo/dev/asyncgen/asyncgen-maven-plugin/$version/asyncgen-maven-plugin-$version.jar"
if [ ! -f "$plugin_jar" ]; then
  echo "plugin-noop: install the plugin first: mvn -B install -DskipTests" >&2
  exit 2
fi

rm -rf "$project"
mkdir -p "$project"
cp -R "$root/templates/consumer-project/." "$project/"
cp "$root/specs/appwrite-realtime.yaml" "$project/src/main/asyncapi/"

timestamps=(-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)
mvn_run() { # LOG ARGS...: one `mvn generate-sources` in the project; prints its wall time in ms
  local log="$1"
  shift
  local start end
  start="$(date +%s%N)"
  if ! (cd "$project" && mvn -B -Dmaven.repo.local="$repo" "${timestamps[@]}" generate-sources "$@" > "$log" 2>&1); then
    echo "plugin-noop: the build failed:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  end="$(date +%s%N)"
  echo $(((end - start) / 1000000))
}

# Milliseconds of the day of an HH:mm:ss.SSS timestamp.
millis() { awk -F'[:.]' '{ print (($1 * 60 + $2) * 60 + $3) * 1000 + $4 }'; }

step() { # LOG LAST_LINE_PATTERN: ms from the plugin's header line to the line after its last one
  local header last begin after
  header="$(grep -n -- '--- asyncgen-maven-plugin' "$1" | head -n 1 | cut -d: -f1)"
  last="$(grep -n -E "$2" "$1" | head -n 1 | cut -d: -f1)"
  begin="$(sed -n "${header}p" "$1" | cut -c1-12 | millis)"
  after="$(sed -n "$((last + 1))p" "$1" | cut -c1-12 | millis)"
  echo $((after - begin))
}

first_log="$work/first.log"
mvn_run "$first_log" > /dev/null # online: it may download what the consumer project needs
grep -Eq 'asyncgen: [0-9]+ written' "$first_log" || { echo "plugin-noop: the first build did not generate" >&2; exit 1; }

: > "$work/mojo.txt"; : > "$work/step.txt"; : > "$work/build.txt"
: > "$work/skipped.txt"; : > "$work/skipped-step.txt"
for ((i = 1; i <= runs; i++)); do
  log="$work/noop-$i.log"
  mvn_run "$log" -o >> "$work/build.txt"
  line="$(grep -E 'asyncgen: .* is up to date with .* \([0-9]+ ms\)' "$log")" \
    || { echo "plugin-noop: run $i was not a no-op:" >&2; cat "$log" >&2; exit 1; }
  sed -E 's/.*\(([0-9]+) ms\).*/\1/' <<< "$line" >> "$work/mojo.txt"
  step "$log" 'is up to date with' >> "$work/step.txt"
  mvn_run "$work/skipped-$i.log" -o -Dasyncgen.skip=true >> "$work/skipped.txt"
  step "$work/skipped-$i.log" 'asyncgen: skipped' >> "$work/skipped-step.txt"
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
row() { # LABEL FILE
  printf '| %s | %s ms | %s to %s ms |\n' "$1" "$(median < "$2")" \
    "$(sort -n "$2" | head -n 1)" "$(sort -n "$2" | tail -n 1)"
}
echo
echo "Maven plugin, spec unchanged: $runs runs of mvn generate-sources on the consumer template"
echo
echo "| what | median | fastest to slowest |"
echo "| --- | --- | --- |"
row "the mojo, as it reports itself" "$work/mojo.txt"
row "the plugin's step in the build log (mojo, class realm, parameters)" "$work/step.txt"
row "the plugin's step with -Dasyncgen.skip=true (class realm, parameters)" "$work/skipped-step.txt"
row "whole \`mvn generate-sources\`" "$work/build.txt"
row "whole \`mvn generate-sources -Dasyncgen.skip=true\`" "$work/skipped.txt"
