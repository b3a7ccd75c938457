#!/bin/sh
# Builds one fuzz target with libFuzzer and AddressSanitizer and runs it.
#
#   Fuzz/run.sh TARGET [SECONDS] [libFuzzer options...]
#
# TARGET is FuzzListParsers, FuzzIndexLoader, FuzzNormalizer, FuzzMatcher or
# FuzzQueryReaders. SECONDS (default 60) bounds the run (-max_total_time).
# The run starts from the seeds in Fuzz/corpus/TARGET (read only) and keeps
# what it learns in $FUZZ_WORK/TARGET/corpus; crashes, hangs (timeouts),
# leaks and out-of-memory inputs go to $FUZZ_WORK/TARGET/findings.
# FUZZ_WORK defaults to a folder outside the repository:
# ${TMPDIR:-/tmp}/sanctions-fuzz. The exit status is libFuzzer's: 0 when
# the run ended without a finding.
#
# FUZZ_SANITIZE=fuzzer builds without AddressSanitizer (faster, finds fewer
# memory errors). The build lives in .build-fuzz (beside .build).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
target=${1:?usage: Fuzz/run.sh TARGET [SECONDS] [libFuzzer options...]}
seconds=${2:-60}
[ $# -ge 2 ] && shift 2 || shift $#
[ -d "$here/Targets/$target" ] || { echo "no fuzz target $target (see $here/Targets)" >&2; exit 2; }
sanitize=${FUZZ_SANITIZE:-fuzzer,address}
work=${FUZZ_WORK:-${TMPDIR:-/tmp}/sanctions-fuzz}/$target
mkdir -p "$work/corpus" "$work/findings"

cd "$root"
swift build -c release --scratch-path .build-fuzz --product "$target" \
  -Xswiftc "-sanitize=$sanitize" -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >&2
binary=$(swift build -c release --scratch-path .build-fuzz --show-bin-path)/$target

# Leak detection on (ASan builds); a generous memory limit: the parsers allocate
# entity arrays, the index loader whole tables.
# The Swift runtime's backtracer would run inside the sanitizer after a trap and hide it.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
exec "$binary" "$work/corpus" "$here/corpus/$target" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
  -artifact_prefix="$work/findings/" -print_final_stats=1 "$@"
