#!/usr/bin/env bash
# Builds templates/consumer-project as a user of a released asyncgen would: from a remote repository
# that holds only what `mvn deploy` publishes, with an empty local repository.
#
# 1. Deploys the published modules (the parent POM, asyncgen-runtime-core, asyncgen-realtime, asyncgen-kafka,
#    generator-core, generator-cli, asyncgen-maven-plugin) to a file repository, target/published-coordinates/staging.
# 2. Builds a copy of the consumer template, with specs/appwrite-realtime.yaml in it as its README
#    says, with a fresh local repository and settings whose only repositories are that staging
#    repository and, for third-party artifacts, the developer's local repository read as a remote
#    one (releases only, so no asyncgen snapshot can come from there; nothing is downloaded).
# 3. Checks that every dev.asyncgen file the consumer build fetched is one that was deployed.
#
# A missing parent POM, a dependency only the reactor can resolve, or a wrong packaging fails step 2.
# Prints one line on success; on failure, the failing step and the tail of its log. Runs after
# `mvn -B verify` (.ci/run), or by hand. THIRD_PARTY_REPO overrides ~/.m2/repository.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
work=$root/target/published-coordinates
staging=$work/staging
consumer=$work/consumer
local_repo=$work/local-repo
third_party=${THIRD_PARTY_REPO:-$HOME/.m2/repository}
start=$SECONDS

fail() { # message, log file
  echo "published coordinates: FAILED: $1; last lines of $2:" >&2
  tail -n 40 "$2" >&2
  exit 1
}

rm -rf "$work"
mkdir -p "$work"

# Tests ran in `mvn -B verify` already; deploying needs only the packages. (The deploy plugin refuses
# offline mode, so no -o: everything it needs is in the local repository anyway.)
mvn -B -pl runtime-core,realtime,kafka,mqtt,amqp,generator-core,generator-cli,maven-plugin -am -Dmaven.test.skip=true \
    -DaltDeploymentRepository="staging::file://$staging" deploy >"$work/deploy.log" 2>&1 \
  || fail "deploying to $staging" "$work/deploy.log"

cp -r templates/consumer-project "$consumer"
rm -rf "$consumer/target"
cp specs/appwrite-realtime.yaml "$consumer/src/main/asyncapi/"

# "central" is overridden, so that no other remote repository is asked.
repository() { # id, url, snapshots enabled
  cat <<EOF
        <id>$1</id>
        <url>$2</url>
        <releases><enabled>true</enabled><checksumPolicy>$4</checksumPolicy></releases>
        <snapshots><enabled>$3</enabled><checksumPolicy>$4</checksumPolicy></snapshots>
EOF
}
cat >"$work/settings.xml" <<EOF
<settings>
  <profiles>
    <profile>
      <id>published-coordinates</id>
      <repositories>
        <repository>
$(repository staging "file://$staging" true fail)
        </repository>
        <repository>
$(repository central "file://$third_party" false ignore)
        </repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository>
$(repository staging "file://$staging" true fail)
        </pluginRepository>
        <pluginRepository>
$(repository central "file://$third_party" false ignore)
        </pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>published-coordinates</activeProfile>
  </activeProfiles>
</settings>
EOF

mvn -B -s "$work/settings.xml" -Dmaven.repo.local="$local_repo" -f "$consumer/pom.xml" verify \
    >"$work/consumer.log" 2>&1 \
  || fail "building the consumer template from $staging" "$work/consumer.log"

# Every dev.asyncgen jar and POM the consumer build fetched must be byte for byte one that was deployed.
fetched=$(find "$local_repo/dev/asyncgen" -type f \( -name '*.jar' -o -name '*.pom' \) | sort)
for needed in asyncgen-parent asyncgen-runtime-core asyncgen-realtime asyncgen-kafka generator-core \
    asyncgen-maven-plugin; do
  grep -q "/dev/asyncgen/$needed/" <<<"$fetched" \
    || fail "the consumer build did not fetch $needed" "$work/consumer.log"
done
deployed=$(find "$staging/dev/asyncgen" -type f \( -name '*.jar' -o -name '*.pom' \) -exec sha256sum {} + \
  | cut -d' ' -f1 | sort -u)
while read -r file; do
  grep -qx "$(sha256sum "$file" | cut -d' ' -f1)" <<<"$deployed" \
    || fail "${file#"$local_repo/"} was not deployed to $staging" "$work/consumer.log"
done <<<"$fetched"

echo "published coordinates: templates/consumer-project builds from the deployed artifacts alone" \
  "($(wc -l <<<"$fetched") dev.asyncgen files fetched, $((SECONDS - start)) s)"
