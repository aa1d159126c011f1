#!/usr/bin/env bash
# Builds the store emulator image from emulator/Dockerfile, the fat jar emulator/target/store-emulator.jar and
# the JVM options emulator/target/jvm.options (the build's copy of bin/jvm.options): tags store-emulator:local
# and store-emulator:<project version>. Run by `./mvnw package` (emulator module, after the jar) or by hand
# from anywhere.
#
# Base image: $BASE_IMAGE if set; else eclipse-temurin:17-jre if it is already present locally; else
# store-emulator-jre:17, built from the local JDK by docker/build-jre-base.sh if missing (nothing is pulled
# unless you name a remote BASE_IMAGE).
#
# No Docker engine answering: a message and exit 0, so builds on machines without Docker pass; with
# CI=true it is an error (exit 1). SKIP_DOCKER_IMAGE=true skips the build altogether.
#
# Environment: BASE_IMAGE, IMAGE_NAME (default store-emulator), STORE_EMULATOR_VERSION (default: the
# version in the root pom.xml), SKIP_DOCKER_IMAGE, CI.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
name="${IMAGE_NAME:-store-emulator}"
jar="$root/emulator/target/store-emulator.jar"

say() { echo "[build-image] $*" >&2; }

if [ "${SKIP_DOCKER_IMAGE:-}" = "true" ]; then
  say "SKIP_DOCKER_IMAGE=true: not building $name."
  exit 0
fi

if ! command -v docker >/dev/null 2>&1 || ! timeout 30 docker info >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    say "ERROR: no Docker engine answers (docker info failed) and CI=true: cannot build $name:local."
    exit 1
  fi
  say "No Docker engine answers (docker info failed): $name:local not built; container tests will be skipped."
  exit 0
fi

for built in "$jar" "$root/emulator/target/jvm.options"; do
  if [ ! -f "$built" ]; then
    say "ERROR: $built is missing; build it first: ./mvnw -B package -DskipTests -pl emulator -am"
    exit 1
  fi
done

version="${STORE_EMULATOR_VERSION:-}"
if [ -z "$version" ]; then
  # The first <version> of the root pom is the project's (it has no <parent>).
  version="$(sed -n 's:.*<version>\([^<]*\)</version>.*:\1:p' "$root/pom.xml" | head -1)"
fi
revision="$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"

base="${BASE_IMAGE:-}"
if [ -z "$base" ]; then
  if docker image inspect eclipse-temurin:17-jre >/dev/null 2>&1; then
    base=eclipse-temurin:17-jre
  else
    base="${JRE_BASE_IMAGE:-store-emulator-jre:17}"
    if ! docker image inspect "$base" >/dev/null 2>&1; then
      say "eclipse-temurin:17-jre is not present locally: building $base from the local JDK."
      JRE_BASE_IMAGE="$base" "$here/build-jre-base.sh"
    fi
  fi
fi

say "building $name:local and $name:$version from $base"
start=$(date +%s)
# Output only on failure (the legacy builder, used when buildx is missing, also prints a deprecation notice).
if ! output="$(docker build \
  --file "$root/emulator/Dockerfile" \
  --build-arg "BASE_IMAGE=$base" \
  --build-arg "VERSION=$version" \
  --build-arg "REVISION=$revision" \
  --build-arg "CREATED=$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
  --tag "$name:local" \
  --tag "$name:$version" \
  "$root/emulator" 2>&1)"; then
  echo "$output" >&2
  say "ERROR: docker build failed."
  exit 1
fi

# Each rebuild leaves the previous image untagged; remove only such leftovers of this image.
docker image prune --force --filter "label=dev.storeemulator.image=store-emulator" >/dev/null 2>&1 || true

size="$(docker image inspect -f '{{.Size}}' "$name:local" | awk '{printf "%.0f MB", $1/1000/1000}')"
say "built $name:local ($name:$version), $size, in $(( $(date +%s) - start )) s"
