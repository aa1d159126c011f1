# Shared helpers for bench/run and bench/run-scale (sourced, not executed).
# Every server is started on 127.0.0.1 on a free port; every pid started here is killed on exit.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
TARGET="$BENCH/target"
LOGS="$TARGET/logs"
JAR="$ROOT/emulator/target/store-emulator.jar"
WIREMOCK_VERSION=3.13.2
WIREMOCK_JAR="$TARGET/wiremock-standalone-$WIREMOCK_VERSION.jar"
# MockServer 5.15.0: the newest whose standalone jar resolves completely from Maven Central here.
MOCKSERVER_VERSION=5.15.0
MOCKSERVER_JAR="$TARGET/mockserver-netty-no-dependencies-$MOCKSERVER_VERSION.jar"
# hoverfly-java ships Hoverfly's own Go binaries (binaries/hoverfly_<os>_<arch>); 0.20.2 bundles Hoverfly v1.10.13.
HOVERFLY_JAVA_VERSION=0.20.2
HOVERFLY_JAVA_JAR="$TARGET/hoverfly-java-$HOVERFLY_JAVA_VERSION.jar"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) HOVERFLY_NAME=hoverfly_linux_amd64 ;;
  Linux-aarch64 | Linux-arm64) HOVERFLY_NAME=hoverfly_linux_arm64 ;;
  Darwin-x86_64) HOVERFLY_NAME=hoverfly_OSX_amd64 ;;
  Darwin-arm64) HOVERFLY_NAME=hoverfly_OSX_arm64 ;;
  *) HOVERFLY_NAME="" ;;
esac
HOVERFLY_BIN="$TARGET/hoverfly-$HOVERFLY_JAVA_VERSION/${HOVERFLY_NAME:-none}"
mkdir -p "$LOGS"

PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '%s\n' "$*" >&2; }
die() { say "bench: $*"; exit 1; }

ensure_jar() {
  if [ ! -f "$JAR" ]; then
    say "== building $JAR"
    (cd "$ROOT" && ./mvnw -B -q -pl emulator -am package -DskipTests -Ddocker.skip=true)
  fi
}

ensure_wrk() {
  command -v wrk >/dev/null 2>&1 && return 0
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    say "== installing wrk (Debian package)"
    apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q wrk >/dev/null; } || true
  fi
  command -v wrk >/dev/null 2>&1 || die "wrk is needed: install it (apt-get install wrk, brew install wrk) and run again."
}

ensure_wiremock() {
  if [ ! -f "$WIREMOCK_JAR" ]; then
    say "== fetching WireMock standalone $WIREMOCK_VERSION from Maven Central"
    (cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact=org.wiremock:wiremock-standalone:$WIREMOCK_VERSION \
      -DoutputDirectory="$TARGET")
  fi
}

ensure_mockserver() {
  if [ ! -f "$MOCKSERVER_JAR" ]; then
    say "== fetching MockServer $MOCKSERVER_VERSION (mockserver-netty-no-dependencies) from Maven Central"
    (cd "$ROOT" && ./mvnw -B -q dependency:copy \
      -Dartifact=org.mock-server:mockserver-netty-no-dependencies:$MOCKSERVER_VERSION -DoutputDirectory="$TARGET")
  fi
}

# The Hoverfly binary that hoverfly-java starts for its users, taken out of the jar from Maven Central.
ensure_hoverfly() {
  [ -x "$HOVERFLY_BIN" ] && return 0
  [ -n "$HOVERFLY_NAME" ] || die "Hoverfly: hoverfly-java ships no binary for $(uname -s) $(uname -m)"
  if [ ! -f "$HOVERFLY_JAVA_JAR" ]; then
    say "== fetching hoverfly-java $HOVERFLY_JAVA_VERSION (it bundles the Hoverfly binaries) from Maven Central"
    (cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact=io.specto:hoverfly-java:$HOVERFLY_JAVA_VERSION \
      -DoutputDirectory="$TARGET")
  fi
  python3 - "$HOVERFLY_JAVA_JAR" "$HOVERFLY_BIN" <<'PY'
import os, shutil, sys, zipfile
jar, out = sys.argv[1], sys.argv[2]
os.makedirs(os.path.dirname(out), exist_ok=True)
with zipfile.ZipFile(jar) as z, z.open("binaries/" + os.path.basename(out)) as src, open(out + ".tmp", "wb") as dst:
    shutil.copyfileobj(src, dst)
os.chmod(out + ".tmp", 0o755)
os.replace(out + ".tmp", out)
PY
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# wait_200 URL [seconds]: polls until the URL answers 200.
wait_200() {
  local url=$1 limit=${2:-60} i=0
  while [ $i -lt $((limit * 20)) ]; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null || true)" = 200 ] && return 0
    sleep 0.05; i=$((i + 1))
  done
  return 1
}

# CPU time (user + system) a process has used so far, in clock ticks (fields 14 and 15 of /proc/PID/stat;
# the name in field 2 may hold spaces, hence the split after its closing parenthesis).
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)

# measure PID LABEL DURATION SCRIPT URL [ARGS...]: run_wrk, with the server's CPU time over that run appended
# to the WRK line as cpu_us_per_req=… (CPU microseconds per request; the ratio that the machine's noise moves least).
measure() {
  local pid=$1 label=$2; shift 2
  local before after line requests
  before=$(cpu_ticks "$pid")
  line=$(run_wrk "$label" "$@")
  after=$(cpu_ticks "$pid")
  requests=$(field "$line" requests)
  echo "$line cpu_us_per_req=$(awk -v a="$after" -v b="$before" -v t="$CLK_TCK" -v n="$requests" \
    'BEGIN { printf "%.1f", (n > 0 ? (a - b) * 1000000 / t / n : 0) }')"
}

rss_mb() { awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# Warn when other processes are busy: the figures are only as good as the machine is quiet.
check_quiet() {
  local l1
  l1=$(cut -d' ' -f1 /proc/loadavg)
  if awk -v l="$l1" 'BEGIN { exit !(l > 1.0) }'; then
    say "   ! load average $(loadavg) before '$1': other processes share the cores, figures will be low/noisy"
  fi
}

start_bg() { # start_bg LOGFILE CMD...: starts CMD in the background, sets $LAST_PID
  local log=$1; shift
  "$@" >"$log" 2>&1 &
  LAST_PID=$!
  PIDS+=("$LAST_PID")
}

stop_pid() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

onestore_token() { # onestore_token BASE_URL
  curl -s -X POST -d 'grant_type=client_credentials&client_id=com.example.game&client_secret=demo-client-secret' \
    "$1/v2/oauth/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# run_wrk LABEL DURATION_S SCRIPT URL [SCRIPT ARGS...]: prints the WRK summary line, keeps wrk's output in logs.
run_wrk() {
  local label=$1 duration=$2 script=$3 url=$4; shift 4
  local out="$LOGS/wrk-$label.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${duration}s" --timeout 5s --latency -s "$script" "$url" -- "$@" >"$out" 2>&1 \
    || { cat "$out" >&2; die "wrk failed ($label)"; }
  grep '^WRK ' "$out" | tail -1
}

field() { # field LINE NAME: value of name=value in a line
  printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p" | head -1
}
