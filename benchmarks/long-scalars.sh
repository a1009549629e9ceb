#!/usr/bin/env bash
# Times 'asyncgen validate' on specs that are one long scalar: a valid header and 'x-big:' whose
# value fills the file to SIZE KiB, written plain (x-big: aaa...), single-quoted or as a literal
# block. Reading such a file used to take time quadratic in the scalar's length.
#
#   mvn -B -o -q -pl generator-cli -am package -DskipTests
#   benchmarks/long-scalars.sh [SIZE_KIB...]          (default: 256 1024 2048 4096 16384)
#
# JAR names the CLI jar (default: generator-cli/target/asyncgen.jar), so that an older build can
# be timed the same way: JAR=/tmp/asyncgen-before.jar benchmarks/long-scalars.sh 1024 2048.
# STYLES picks the styles (default: "plain quoted block"); each case runs RUNS times (default 3)
# and the median wall time is printed, with the fastest and slowest, as a Markdown table. The
# first row, an empty spec, is what start-up and the rest of validate cost.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${JAR:-$root/generator-cli/target/asyncgen.jar}"
work="${WORK:-$root/benchmarks/target/long-scalars}"
runs="${RUNS:-3}"
styles="${STYLES:-plain quoted block}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(256 1024 2048 4096 16384)

if [ ! -f "$jar" ]; then
  echo "long-scalars: build first: mvn -B -o -q -pl generator-cli -am package -DskipTests" >&2
  exit 2
fi
mkdir -p "$work"
header=$'asyncapi: 2.6.0\ninfo: {title: t, version: \'1\'}\nchannels: {}\n'

# spec STYLE KIB: writes $file, a spec of exactly KIB KiB whose last value is one scalar of $length
spec() {
  local style="$1" kib="$2" start end
  case "$style" in
    plain) start="x-big: " end=$'\n' ;;
    quoted) start="x-big: '" end=$'\'\n' ;;
    block) start=$'x-big: |\n  ' end=$'\n' ;;
    *) echo "long-scalars: unknown style $style" >&2; exit 2 ;;
  esac
  file="$work/$style-$kib.yaml"
  length=$((kib * 1024 - ${#header} - ${#start} - ${#end}))
  { printf '%s%s' "$header" "$start"; head -c "$length" /dev/zero | tr '\0' a; printf '%s' "$end"; } > "$file"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() { # LABEL SCALAR_LENGTH FILE
  local times="$work/times.txt"
  : > "$times"
  for ((i = 1; i <= runs; i++)); do
    local start end
    start="$(date +%s.%N)"
    if ! java -jar "$jar" validate --max-spec-size $((16 * 1024 * 1024)) "$3" > "$work/run.log" 2>&1; then
      echo "long-scalars: '$1' failed:" >&2
      tail -n 5 "$work/run.log" >&2
      return 1
    fi
    end="$(date +%s.%N)"
    echo "$end - $start" | bc -l >> "$times"
  done
  printf '| %s | %s | %.2f s | %.2f to %.2f s |\n' "$1" "$2" "$(median < "$times")" \
    "$(sort -n "$times" | head -n 1)" "$(sort -n "$times" | tail -n 1)"
}

echo "| spec | scalar length | median wall | fastest to slowest |"
echo "| --- | --- | --- | --- |"
printf '%s' "$header" > "$work/empty.yaml"
measure "header only" 0 "$work/empty.yaml"
for style in $styles; do
  for kib in "${sizes[@]}"; do
    spec "$style" "$kib"
    measure "$style, $kib KiB" "$(printf "%'d" "$length")" "$file"
  done
done
