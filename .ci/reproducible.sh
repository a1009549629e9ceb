#!/usr/bin/env bash
# Checks that the published jars are reproducible: builds this work tree's commit (HEAD) twice, one
# build after the other, each in a fresh clone in a folder of its own, with the release profile (so
# the sources and javadoc jars count too), and compares every jar of the published modules byte for
# byte. A difference names the jar and fails. CI runs it after `mvn -B verify`; it also runs by hand,
# from a clean HEAD: .ci/reproducible.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
published=(runtime-core realtime kafka mqtt amqp generator-core generator-cli maven-plugin)

if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  echo "reproducible: the work tree has uncommitted changes, but the builds are of HEAD; commit or stash them" >&2
  exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/asyncgen-reproducible.XXXXXX")"
trap 'rm -rf "$work"' EXIT
commit="$(git rev-parse HEAD)"
modules="$(IFS=,; echo "${published[*]}")"
start=$SECONDS

build() { # folder name
  git clone -q --no-hardlinks . "$work/$1"
  git -C "$work/$1" checkout -q --detach "$commit"
  # Not offline: the release profile's plugins (sources, javadoc, signing) may not be local yet.
  if ! (cd "$work/$1" && mvn -B -Prelease -pl "$modules" -am package -Dmaven.test.skip=true) >"$work/$1.log" 2>&1; then
    tail -n 60 "$work/$1.log" >&2
    echo "reproducible: the $1 build failed (output above)" >&2
    exit 1
  fi
}
build first
build second

compared=0 different=0 missing=0
for module in "${published[@]}"; do
  for second in "$work/second/$module/target/"*.jar; do
    first="$work/first/$module/target/$(basename "$second")"
    if [ ! -f "$first" ]; then
      echo "reproducible: $module/target/$(basename "$second") was made by one build only" >&2
      missing=$((missing + 1))
    elif ! cmp -s "$first" "$second"; then
      echo "reproducible: $module/target/$(basename "$second") differs between two builds of one commit" >&2
      different=$((different + 1))
    else
      compared=$((compared + 1))
    fi
  done
done
if [ "$compared" -eq 0 ] && [ "$different" -eq 0 ] && [ "$missing" -eq 0 ]; then
  echo "reproducible: the builds made no jar" >&2
  exit 1
fi
if [ "$different" -gt 0 ] || [ "$missing" -gt 0 ]; then
  echo "reproducible: $compared identical, $different different, $missing missing" >&2
  exit 1
fi
echo "reproducible: all $compared jars of two builds of $(git rev-parse --short HEAD) identical ($((SECONDS - start)) s)"
