#!/usr/bin/env bash
# Prepares what integrations/spark needs: a Java runtime (only installed when `java` is missing)
# and a Python virtual environment with a pinned PySpark. Idempotent: a venv that already holds
# the pinned PySpark is reused as it is.
#
#   bash integrations/spark/setup.sh            # then: "$VENV/bin/python" integrations/spark/test_spark.py ...
#
# Environment:
#   SANCTIONS_SPARK_VENV  the venv folder (default: ${TMPDIR:-/tmp}/sanctions-spark-venv)
#   PYTHON                the interpreter that creates the venv (default: python3)
#
# The last line printed is `python: <venv>/bin/python`, the interpreter to run the runner and the
# test with.
set -euo pipefail

# PySpark 3.5 runs on Java 8, 11 and 17 (Debian 12 ships 17) and Python 3.8-3.12.
PYSPARK_VERSION=3.5.9
VENV=${SANCTIONS_SPARK_VENV:-${TMPDIR:-/tmp}/sanctions-spark-venv}
PYTHON=${PYTHON:-python3}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# --- Java -------------------------------------------------------------------------------------
if ! command -v java >/dev/null 2>&1; then
  echo "java is missing: installing openjdk-17-jre-headless from Debian"
  start=$(now)
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless
  echo "setup: installed openjdk-17-jre-headless in $(elapsed "$start") s"
fi
java_version=$(java -version 2>&1 | head -n 1)
echo "setup: $java_version"
case "$java_version" in
  *'"1.8'*|*'"11'*|*'"17'*) ;;
  *) echo "setup: warning: PySpark $PYSPARK_VERSION supports Java 8, 11 and 17; this is: $java_version" >&2 ;;
esac

# --- Python venv with PySpark ------------------------------------------------------------------
has_pyspark() {
  [ -x "$VENV/bin/python" ] &&
    "$VENV/bin/python" -c "import sys, pyspark; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" \
      >/dev/null 2>&1
}

if has_pyspark; then
  echo "setup: reusing $VENV (pyspark $PYSPARK_VERSION)"
else
  start=$(now)
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PYTHON" -m venv "$VENV" 2>/dev/null; then
      # Debian's own python3 lacks ensurepip until python3-venv is installed.
      echo "setup: '$PYTHON -m venv' failed: installing python3-venv from Debian"
      rm -rf "$VENV"
      as_root apt-get update -qq
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
      "$PYTHON" -m venv "$VENV"
    fi
  fi
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
  has_pyspark || { echo "setup: error: pyspark $PYSPARK_VERSION is not importable from $VENV" >&2; exit 2; }
  echo "setup: installed pyspark $PYSPARK_VERSION into $VENV in $(elapsed "$start") s"
fi

echo "python: $VENV/bin/python"
