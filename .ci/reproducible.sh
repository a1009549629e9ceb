#!/usr/bin/env bash
# Checks that the published jars are reproducible: builds this work tree's commit (HEAD) again in a
# fresh clone in a temporary folder, and compares every jar of the published modules, byte for byte,
# with the one in this work tree's target folders. A difference names the jar and fails.
#
# Build the work tree first, from a clean HEAD, with the release profile so that the sources and
# javadoc jars are compared too:   mvn -B -Prelease verify   (or package -DskipTests), then
#   .ci/reproducible.sh
# CI runs it after its own build. Offline (-o): every plugin is in the local repository by then.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
published=(realtime generator-core generator-cli maven-plugin)

if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  echo "reproducible: the work tree has uncommitted changes, but the second build is of HEAD; commit or stash them" >&2
  exit 2
fi

clone="$(mktemp -d "${TMPDIR:-/tmp}/asyncgen-reproducible.XXXXXX")"
trap 'rm -rf "$clone"' EXIT
git clone -q --no-hardlinks . "$clone/asyncgen"
git -C "$clone/asyncgen" checkout -q --detach "$(git rev-parse HEAD)"

log="$clone/build.log"
modules="$(IFS=,; echo "${published[*]}")"
echo "reproducible: building $(git rev-parse --short HEAD) again in $clone"
if ! (cd "$clone/asyncgen" && mvn -B -o -Prelease -pl "$modules" -am package -Dmaven.test.skip=true) >"$log" 2>&1; then
  cat "$log" >&2
  echo "reproducible: the second build failed (output above)" >&2
  exit 1
fi

compared=0 different=0 missing=0
for module in "${published[@]}"; do
  for second in "$clone/asyncgen/$module/target/"*.jar; do
    jar="$module/target/$(basename "$second")"
    if [ ! -f "$jar" ]; then
      echo "reproducible: $jar is missing here; build first: mvn -B -Prelease package -DskipTests" >&2
      missing=$((missing + 1))
    elif ! cmp -s "$jar" "$second"; then
      echo "reproducible: $jar differs between two builds of one commit" >&2
      different=$((different + 1))
    else
      compared=$((compared + 1))
    fi
  done
done
if [ "$compared" -eq 0 ] && [ "$different" -eq 0 ] && [ "$missing" -eq 0 ]; then
  echo "reproducible: the second build made no jar" >&2
  exit 1
fi
if [ "$different" -gt 0 ] || [ "$missing" -gt 0 ]; then
  echo "reproducible: $compared identical, $different different, $missing missing" >&2
  exit 1
fi
echo "reproducible: all $compared jars identical"
