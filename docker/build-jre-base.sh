#!/usr/bin/env bash
# Builds the local JRE base image store-emulator-jre:17 from this machine's JDK, without pulling anything:
# a jlink runtime with the modules the emulator needs, the shared libraries it links (from ldd), bash
# (for the image's HEALTHCHECK and RUN steps), a minimal /etc, then `docker import`.
#
# Use it where eclipse-temurin:17-jre cannot be pulled (an offline machine, CI without a registry).
# Idempotent: does nothing if the image already exists (FORCE=1 rebuilds it).
#
# Environment:
#   JRE_BASE_IMAGE  image to create                  (default store-emulator-jre:17)
#   JDK_HOME        JDK 17 to jlink from, with jmods (default: $JAVA_HOME, else the JDK of `javac`/`java` on PATH)
#   JRE_MODULES     extra modules, comma-separated   (default none)
#   FORCE=1         rebuild even if the image exists
#   CI=true         exit non-zero when no Docker engine answers (otherwise: message, exit 0)
set -euo pipefail

image="${JRE_BASE_IMAGE:-store-emulator-jre:17}"
root="$(cd "$(dirname "$0")/.." && pwd)"

say() { echo "[build-jre-base] $*" >&2; }

if ! command -v docker >/dev/null 2>&1 || ! timeout 30 docker info >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    say "ERROR: no Docker engine answers (docker info failed) and CI=true."
    exit 1
  fi
  say "No Docker engine answers (docker info failed): skipping the JRE base image."
  exit 0
fi

if [ "${FORCE:-}" != "1" ] && docker image inspect "$image" >/dev/null 2>&1; then
  say "$image already exists (FORCE=1 rebuilds it)."
  exit 0
fi

# --- the JDK to jlink from --------------------------------------------------------------------------
find_jdk() {
  local candidate
  for candidate in "${JDK_HOME:-}" "${JAVA_HOME:-}" \
      "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/jlink" ] && [ -f "$candidate/jmods/java.base.jmod" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
jdk="$(find_jdk)" || { say "ERROR: no JDK with jlink and jmods found (set JDK_HOME)."; exit 1; }
version="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
if [ "$version" != "17" ]; then
  say "ERROR: $jdk is Java $version; the image is named for Java 17 (set JDK_HOME to a JDK 17)."
  exit 1
fi
say "jlink from $jdk"

# Modules: `jdeps --ignore-missing-deps --print-module-deps` on the fat jar, plus jdk.crypto.ec (TLS/EC keys),
# jdk.unsupported (sun.misc.Unsafe for libraries) and jdk.management (container-aware JMX beans).
modules="java.base,java.desktop,java.instrument,java.management,java.naming,java.net.http,java.rmi,java.security.jgss,java.sql"
modules="$modules,jdk.crypto.ec,jdk.unsupported,jdk.management"
jar="$root/emulator/target/store-emulator.jar"
if [ -f "$jar" ]; then
  found="$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 "$jar" 2>/dev/null | tail -1 || true)"
  [ -n "$found" ] && modules="$modules,$found"
fi
[ -n "${JRE_MODULES:-}" ] && modules="$modules,$JRE_MODULES"
modules="$(echo "$modules" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)"
say "modules: $modules"

work="$(mktemp -d "${TMPDIR:-/tmp}/store-emulator-jre.XXXXXX")"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
java_home=/opt/java/openjdk   # the same place as in the eclipse-temurin images
mkdir -p "$rootfs/opt/java"

# java.desktop is needed only for java.beans; its graphics and sound natives (and their X11, freetype,
# ALSA… libraries) are left out. classes_nocoops.jsa serves only heaps above 32 GB.
"$jdk/bin/jlink" \
  --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --exclude-files='**/libawt_xawt.so,**/libsplashscreen.so,**/libjsound.so,**/libfontmanager.so,**/libjawt.so,**/libjavajpeg.so,**/liblcms.so,**/libmlib_image.so' \
  --generate-cds-archive \
  --output "$rootfs$java_home" >/dev/null
rm -f "$rootfs$java_home/lib/server/classes_nocoops.jsa"

# --- shared libraries, the way ldd resolves them ----------------------------------------------------
# Each library is copied (dereferenced) into its canonical directory; top-level symlinks such as
# /lib -> usr/lib on merged-/usr hosts are reproduced, so every path ldd printed resolves in the image.
copy_into_rootfs() {
  local src="$1" dir canon
  dir="$(dirname "$src")"
  canon="$(readlink -f "$dir")"
  mkdir -p "$rootfs$canon"
  [ -e "$rootfs$canon/$(basename "$src")" ] || cp -L "$src" "$rootfs$canon/$(basename "$src")"
}
for top in bin sbin lib lib32 lib64 libx32; do
  if [ -L "/$top" ]; then
    ln -s "$(readlink "/$top")" "$rootfs/$top"
  fi
done

bash_bin="$(readlink -f "$(command -v bash)")"
binaries=("$bash_bin")
while IFS= read -r -d '' f; do binaries+=("$f"); done \
  < <(find "$rootfs$java_home" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0)

missing=""
for f in "${binaries[@]}"; do
  # "libx.so => /path (0x…)", "/lib64/ld-linux-x86-64.so.2 (0x…)", "libjvm.so => not found" (inside the runtime)
  while read -r line; do
    case "$line" in
      *"=> not found"*)
        lib="${line%% *}"
        [ -n "$(find "$rootfs$java_home" -name "$lib" -print -quit)" ] || missing="$missing $lib" ;;
      *"=> /"*)
        path="$(echo "$line" | sed -E 's/.*=> ([^ ]+) .*/\1/')"
        case "$path" in "$rootfs"*) ;; *) copy_into_rootfs "$path" ;; esac ;;
      /*)
        copy_into_rootfs "$(echo "$line" | awk '{print $1}')" ;;
    esac
  done < <(ldd "$f" 2>/dev/null || true)
done
if [ -n "$missing" ]; then
  say "ERROR: libraries not found on this machine:$missing"
  exit 1
fi

# bash: the image's /bin/bash and /bin/sh (shell-form RUN and HEALTHCHECK need a shell).
bin_dir="$(readlink -f /bin)"
mkdir -p "$rootfs$bin_dir"
cp -L "$bash_bin" "$rootfs$bin_dir/bash"
ln -sf bash "$rootfs$bin_dir/sh"
if [ ! -e "$rootfs/bin" ]; then ln -s "${bin_dir#/}" "$rootfs/bin"; fi

# --- a minimal /etc, /tmp (the JVM writes hsperfdata there), /root ----------------------------------
mkdir -p "$rootfs/etc" "$rootfs/tmp" "$rootfs/root" "$rootfs/dev" "$rootfs/proc" "$rootfs/sys"
chmod 1777 "$rootfs/tmp"
chmod 700 "$rootfs/root"
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' > "$rootfs/etc/group"
printf 'hosts: files dns\n' > "$rootfs/etc/nsswitch.conf"

"$rootfs$java_home/bin/java" -version >/dev/null 2>&1 || { say "ERROR: the jlinked runtime does not start."; exit 1; }

say "importing $image"
tar --numeric-owner --owner=0 --group=0 -C "$rootfs" -cf - . | docker import \
  --change "ENV JAVA_HOME=$java_home" \
  --change "ENV PATH=$java_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  --change "ENV LANG=C.UTF-8" \
  --change 'CMD ["java", "-version"]' \
  --message "jlink runtime of $("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.runtime\.version = //p') for the store emulator" \
  - "$image" >/dev/null

docker run --rm "$image" java -version
docker run --rm "$image" bash -c 'echo "bash $BASH_VERSION works"'
say "built $image ($(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1000/1000}'))"
