#!/usr/bin/env bash
# CI for the screening service (Server/): builds it, runs its in-process tests, then starts it on a
# free port of 127.0.0.1 and checks it with real clients (Server/scripts/yente_client_test.py):
# yente-client from PyPI, the same results as `sanctions screen` on ../shared/eval, malformed
# input, a bounded load test; finally stops it with SIGTERM and checks that it exits 0.
#
#   bash Server/scripts/ci.sh          # from anywhere; the repository's ../shared must exist
#
# Environment:
#   SANCTIONS_BIN              a release `sanctions` binary of this checkout to use instead of
#                              building one (`swift build -c release --product sanctions`)
#   SANCTIONS_SERVER_VENV      the venv with yente-client (default ${TMPDIR:-/tmp}/sanctions-server-venv)
#   PYTHON                     the interpreter that creates the venv (default python3)
#   LOAD_SINGLE_REQUESTS, LOAD_BATCH_REQUESTS   load test sizes per concurrency level (3000, 60)
#
# Prints each step's time and the total; the load figures are also written to
# ${TMPDIR:-/tmp}/sanctions-server-load.json.
set -euo pipefail

server_dir="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$server_dir/.." && pwd)"
shared="$(cd "$repo/../shared" 2>/dev/null && pwd || true)"
if [ -z "$shared" ] || [ ! -d "$shared/lists" ] || [ ! -d "$shared/eval" ]; then
  echo "ci.sh: error: $repo/../shared/lists and ../shared/eval are needed" >&2
  exit 2
fi
YENTE_CLIENT_VERSION=0.2.0
VENV=${SANCTIONS_SERVER_VENV:-${TMPDIR:-/tmp}/sanctions-server-venv}
PYTHON=${PYTHON:-python3}
lists=(--lists "$shared/lists/un/consolidated.xml" --lists "$shared/lists/ofac_sdn/2024-05-03/sdn.csv")

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
total_start=$(now)
step_start=$total_start
step_done() {
  if [ -n "${step_name:-}" ]; then echo "ci.sh: $step_name: $(elapsed "$step_start") s"; fi
  step_name=""
}
step() {
  step_done
  step_name=$1
  step_start=$(now)
  echo "ci.sh: == $step_name"
}

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -TERM "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# 1. The service and its tests in one optimized build (its own scratch folder: Server/.build):
# -enable-testing lets the route tests use internal API, and the binary tested below is the same
# build (one build of SwiftNIO instead of a debug and a release one: about 6 minutes less on 2 cores).
step "build sanctions-serve and its tests (release, -enable-testing)"
release=(-c release -Xswiftc -enable-testing --package-path "$server_dir")
swift build "${release[@]}" --build-tests
serve_bin="$(swift build "${release[@]}" --show-bin-path)/sanctions-serve"

# 2. In-process route tests (Swift Testing + HummingbirdTesting).
step "swift test --package-path Server"
swift test "${release[@]}" --skip-build

# 3. yente-client from PyPI in a virtual environment (reused when it already holds the version).
step "venv with yente-client $YENTE_CLIENT_VERSION"
has_client() {
  [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c \
    "import sys, importlib.metadata as m; sys.exit(m.version('yente-client') != '$YENTE_CLIENT_VERSION')" >/dev/null 2>&1
}
if has_client; then
  echo "ci.sh: reusing $VENV"
else
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PYTHON" -m venv "$VENV" 2>/dev/null; then
      echo "ci.sh: '$PYTHON -m venv' failed: installing python3-venv from Debian"
      rm -rf "$VENV"
      if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq python3-venv
      else sudo apt-get update -qq && sudo apt-get install -y -qq python3-venv; fi
      "$PYTHON" -m venv "$VENV"
    fi
  fi
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "yente-client==$YENTE_CLIENT_VERSION"
  has_client || { echo "ci.sh: error: yente-client $YENTE_CLIENT_VERSION is not importable from $VENV" >&2; exit 2; }
fi

# 4. The CLI (for the same-results check) and the index files.
step "sanctions CLI (release) and index files"
if [ -n "${SANCTIONS_BIN:-}" ]; then
  sanctions_bin=$SANCTIONS_BIN
else
  swift build -c release --package-path "$repo" --product sanctions
  sanctions_bin="$(swift build -c release --package-path "$repo" --show-bin-path)/sanctions"
fi
"$sanctions_bin" index build "${lists[@]}" --out "$work/cli.sidx"
"$serve_bin" build-index "${lists[@]}" --out "$work/serve.sidx"
# An index file is read only by the executable that wrote it (EngineBuild.id): the service
# refuses the CLI's with exit 2 and says how to write one it reads.
status=0
"$serve_bin" --index "$work/cli.sidx" --port 0 --no-access-log 2>"$work/refused.err" || status=$?
if [ "$status" -ne 2 ] || ! grep -q "sanctions-serve build-index" "$work/refused.err"; then
  echo "ci.sh: error: serving the CLI's index file should fail with exit 2 and a hint; got $status:" >&2
  cat "$work/refused.err" >&2
  exit 1
fi
echo "ci.sh: the CLI's index file is refused as expected: $(grep -m1 -o 'written by another build[^(]*' "$work/refused.err")"

# 5. Start the service on a free port of 127.0.0.1 and wait until it is ready.
step "start sanctions-serve"
port=$("$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$serve_bin" --index "$work/serve.sidx" --host 127.0.0.1 --port "$port" >"$work/access.log" 2>"$work/serve.err" &
server_pid=$!
url="http://127.0.0.1:$port"
ready=""
for _ in $(seq 1 300); do
  if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
  if "$VENV/bin/python" -c "import urllib.request, sys; sys.exit(urllib.request.urlopen('$url/readyz', timeout=2).status != 200)" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 0.2
done
if [ -z "$ready" ]; then
  echo "ci.sh: error: the service did not become ready on $url:" >&2
  cat "$work/serve.err" >&2
  exit 1
fi
echo "ci.sh: ready on $url (pid $server_pid)"

# 6. Real clients against it.
step "yente_client_test.py"
"$VENV/bin/python" "$server_dir/scripts/yente_client_test.py" --url "$url" --server-pid "$server_pid" \
  --sanctions "$sanctions_bin" --sanctions-index "$work/cli.sidx" --eval "$shared/eval" \
  --single-requests "${LOAD_SINGLE_REQUESTS:-3000}" --batch-requests "${LOAD_BATCH_REQUESTS:-60}" \
  --report "${TMPDIR:-/tmp}/sanctions-server-load.json"
echo "ci.sh: access log: $(wc -l <"$work/access.log") lines; the last one:"
tail -n 1 "$work/access.log"

# 7. Graceful shutdown: SIGTERM, requests in flight finish, exit status 0.
step "SIGTERM"
kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=""
if [ "$status" -ne 0 ]; then
  echo "ci.sh: error: sanctions-serve exited $status after SIGTERM:" >&2
  tail -n 20 "$work/serve.err" >&2
  exit 1
fi
echo "ci.sh: sanctions-serve exited 0 after SIGTERM"
step_done
echo "ci.sh: all passed in $(elapsed "$total_start") s"
