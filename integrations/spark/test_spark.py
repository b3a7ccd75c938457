#!/usr/bin/env python3
"""End-to-end test of sanctions_spark.py: Spark output must equal one `sanctions screen` process.

    bash integrations/spark/setup.sh
    /tmp/sanctions-spark-venv/bin/python integrations/spark/test_spark.py --binary BIN --index INDEX
    # before `sanctions index build` exists (development fallback):
    ... test_spark.py --binary BIN --lists ../shared/lists/un/consolidated.xml \\
                      --lists ../shared/lists/ofac_sdn/2024-05-03/sdn.csv

What it does, in a temporary folder that it removes at the end:

1. checks the runner's failure messages without Spark (a CLI that exits 137, dies by a signal, or
   answers too few records);
2. writes 20,000 queries with distinct names taken from ../shared/eval (mutations of listed names,
   person and organization negatives, then the non-Latin sides of the cross-script pairs) and
   screens them with one process (`--workers 2`): the reference;
3. in local[2,3] (2 threads, up to 3 attempts per task), with 4 partitions: the concatenated
   part-* files must be byte-identical to the reference; the same for a CSV file (except the
   screened_at column, which is each process's start time);
4. again with a CLI wrapper that fails every partition's first attempt after writing half of its
   output (exit 137): the output must still be byte-identical (retried, nothing partial committed);
5. in local[2]: throughput of the runner versus the one process.

Exit status 0 when every check passes. The last line is "N passed, N failed".
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(HERE))
import sanctions_spark as runner  # noqa: E402

EVAL_SOURCES = (
    ("dev_mutations.jsonl", "name"), ("dev_negatives.jsonl", "name"), ("dev_org_negatives.jsonl", "name"),
    ("dev_pairs.jsonl", "a"), ("dev_cldr_pairs.jsonl", "a"),
)
CSV_ROWS = 2000


# --- Test data ---------------------------------------------------------------------------------


def eval_queries(eval_dir: Path, count: int) -> list[dict[str, str]]:
    """`count` queries {"id","name"[,"type"]} with distinct names from the eval files: the query
    names of the mutation and negative sets, then the non-Latin sides ("a") of the cross-script
    pairs. Raises when the files hold fewer distinct names."""
    queries: list[dict[str, str]] = []
    seen: set[str] = set()
    for name, key in EVAL_SOURCES:
        with open(eval_dir / name, encoding="utf-8") as file:
            for line in file:
                record = json.loads(line)
                text = record[key]
                if text in seen or not text.strip():
                    continue
                seen.add(text)
                query = {"id": record["id"] if key == "name" else f"{record['id']}-{key}", "name": text}
                if record.get("type") not in (None, "any"):
                    query["type"] = record["type"]
                queries.append(query)
                if len(queries) == count:
                    return queries
    raise RuntimeError(f"the eval files in {eval_dir} hold {len(queries)} distinct names, fewer than {count}")


def write_jsonl(queries: list[dict[str, str]], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as file:
        for query in queries:
            file.write(json.dumps(query, ensure_ascii=False, separators=(",", ":")) + "\n")


def write_csv(queries: list[dict[str, str]], path: Path) -> None:
    """A customer file without line breaks inside records (the runner's restriction)."""
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["id", "name", "type"])
        for query in queries:
            if "\n" not in query["name"] and "\r" not in query["name"]:
                writer.writerow([query["id"], query["name"], query.get("type", "")])


# --- One process -------------------------------------------------------------------------------


@dataclass
class Engine:
    """How to call the CLI: the binary and either an index file or list files."""

    binary: str
    index: str | None
    lists: list[str]

    def list_args(self) -> list[str]:
        return [arg for path in self.lists for arg in ("--lists", path)]

    def reference(self, input_path: Path, input_format: str, work: Path, extra: list[str]) -> tuple[bytes, float]:
        """One `sanctions screen` process over the whole file (cold index cache): output and seconds."""
        (work / "home").mkdir(parents=True)
        environment = {
            "PATH": "/usr/bin:/bin", "HOME": str(work / "home"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "SANCTIONS_CACHE_DIR": str(work / "cache"), "TMPDIR": str(work),
        }
        command = [self.binary, "screen"] + (["--index", self.index] if self.index else [])
        command += ["--input", input_format, "--format", input_format, "--file", str(input_path)]
        command += ["--workers", "2", "--quiet"] + self.list_args() + extra
        start = time.monotonic()
        process = subprocess.run(command, env=environment, stdin=subprocess.DEVNULL, capture_output=True)
        seconds = time.monotonic() - start
        if process.returncode not in (0, 1):
            raise RuntimeError(f"reference run exited {process.returncode}: {process.stderr.decode()[-2000:]}")
        return process.stdout, seconds

    def run_options(self, binary: str, input_path: Path, output: Path, input_format: str,
                    partitions: int) -> runner.RunOptions:
        return runner.RunOptions(
            binary=binary, input=str(input_path), output=str(output), input_format=input_format,
            index=self.index, partitions=partitions, extra_args=tuple(self.list_args()),
        )


def committed_output(output: Path, partitions: int) -> bytes:
    """The concatenated part files, after checking the folder holds one committed file per partition."""
    parts = sorted(output.glob("part-*"))
    names = sorted(path.name for path in output.iterdir() if not path.name.startswith("."))
    expect(len(parts) == partitions, f"{len(parts)} part files for {partitions} partitions")
    expect(names == ["_SUCCESS"] + [p.name for p in parts], f"unexpected files in {output}: {names}")
    return b"".join(path.read_bytes() for path in parts)


def without_columns(csv_bytes: bytes, columns: Sequence[str]) -> list[list[str]]:
    rows = list(csv.reader(csv_bytes.decode("utf-8").splitlines()))
    dropped = {rows[0].index(column) for column in columns}
    return [[field for index, field in enumerate(row) if index not in dropped] for row in rows]


# Columns that differ between processes by design: each process's start time, and the path of the
# index file it read (the executor's SparkFiles copy).
PER_PROCESS_CSV_COLUMNS = ("screened_at", "lists_origin")


# --- Checks ------------------------------------------------------------------------------------


class CheckFailed(Exception):
    pass


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def expect_identical(actual: bytes, reference: bytes, what: str) -> None:
    if actual == reference:
        return
    actual_lines, reference_lines = actual.split(b"\n"), reference.split(b"\n")
    first = next((i for i, (a, b) in enumerate(zip(actual_lines, reference_lines)) if a != b),
                 min(len(actual_lines), len(reference_lines)))
    raise CheckFailed(
        f"{what}: not identical to one process ({len(actual)} vs {len(reference)} bytes, "
        f"{len(actual_lines)} vs {len(reference_lines)} lines; first difference at line {first + 1})"
    )


def short(message: str) -> str:
    """A Spark job's error without its stack traces: the runner's own message when there is one."""
    reasons = [line for line in message.splitlines() if line.startswith(runner.ScreeningError.__name__ + ":")]
    if reasons:
        return reasons[-1]
    return message if len(message) <= 3000 else message[:3000] + " …"


@dataclass
class Report:
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def check(self, name: str, body: Callable[[], str | None]) -> None:
        try:
            detail = body()
        except Exception as error:  # a failed check must not stop the others
            self.failed.append(name)
            print(f"FAIL {name}: {type(error).__name__}: {short(str(error))}", flush=True)
            return
        self.passed.append(name)
        print(f"ok   {name}" + (f": {detail}" if detail else ""), flush=True)


def write_script(path: Path, text: str) -> str:
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def failure_messages(tmp: Path) -> str:
    """The runner's errors without Spark: status 137, a signal, too few answers."""
    config = runner.ScreenConfig(binary_name="x", index_name=None, input_format="jsonl", workers=1,
                                 extra_args=("--lists", "unused"))
    scripts = {
        "exit 137": "#!/bin/sh\necho '{\"id\":\"a\",\"matches\":[]}'\necho 'sanctions: out of memory' >&2\nexit 137\n",
        "signal": "#!/bin/sh\necho 'about to die' >&2\nkill -KILL $$\n",
        "short": "#!/bin/sh\necho '{\"id\":\"a\",\"matches\":[]}'\nexit 0\n",
    }
    expected = {
        "exit 137": ["partition 7", "exit status 137", "sanctions: out of memory"],
        "signal": ["partition 7", "killed by SIGKILL", "about to die"],
        "short": ["partition 7", "4 input records but 1 answered", "exit status 0"],
    }
    lines = ['{"id":"a","name":"x"}', "", '{"id":"b","name":"y"}', '{"id":"c","name":"z"}']
    for case, text in scripts.items():
        work = tmp / f"unit-{case.replace(' ', '-')}"
        work.mkdir()
        binary = write_script(tmp / f"unit-{case.replace(' ', '-')}.sh", text)
        files = runner.TaskFiles(binary=binary, index=None, work_dir=str(work), cache_dir=str(work))
        try:
            list(runner.screen_lines(7, lines, config, files))
        except runner.ScreeningError as error:
            for needle in expected[case]:
                expect(needle in str(error), f"{case}: {needle!r} missing from: {error}")
        else:
            raise CheckFailed(f"{case}: no ScreeningError")
    return "exit 137, SIGKILL and a short output each raise a ScreeningError naming partition, status and stderr"


FLAKY_WRAPPER = """#!/bin/sh
# Fails the first attempt of every partition: writes half of the real output, then exits 137.
# Attempts are tracked with one marker folder per partition input (its SHA-256) in {markers}.
real='{real}'
markers='{markers}'
file=''
previous=''
for argument in "$@"; do
  [ "$previous" = "--file" ] && file=$argument
  previous=$argument
done
key=$(sha256sum "$file" | cut -c1-64)
if mkdir "$markers/$key" 2>/dev/null; then
  "$real" "$@" > "$markers/$key/output"
  lines=$(wc -l < "$markers/$key/output")
  head -n $((lines / 2)) "$markers/$key/output"
  echo "flaky wrapper: failing the first attempt of this partition on purpose" >&2
  exit 137
fi
exec "$real" "$@"
"""


# --- Spark -------------------------------------------------------------------------------------


def spark_context(master: str, tmp: Path):
    from pyspark import SparkConf, SparkContext

    conf = (SparkConf().setMaster(master).setAppName("sanctions-spark-test")
            .set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false")
            .set("spark.local.dir", str(tmp / "spark-local"))
            .set("spark.driver.extraJavaOptions", f"-Djava.io.tmpdir={tmp / 'tmp'}"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    return sc


@dataclass
class Timed:
    seconds: float = 0.0


def run_spark(sc, options: runner.RunOptions, timed: Timed | None = None) -> int:
    start = time.monotonic()
    partitions = runner.screen_file(sc, options)
    if timed is not None:
        timed.seconds = time.monotonic() - start
    return partitions


def leftover_task_dirs() -> str | None:
    """Checks that the tasks removed their temporary folders (before sc.stop() removes SparkFiles)."""
    from pyspark import SparkFiles

    tasks = Path(SparkFiles.getRootDirectory()) / runner.TASKS_FOLDER
    left = sorted(path.name for path in tasks.iterdir()) if tasks.exists() else []
    expect(not left, f"task folders left in {tasks}: {left}")
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--index", help="the index file ('sanctions index build')")
    parser.add_argument("--lists", action="append", default=[], help="development fallback (repeatable)")
    parser.add_argument("--eval-dir", type=Path, default=HERE.parents[2] / "shared" / "eval")
    parser.add_argument("--names", type=int, default=20000)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    arguments = parser.parse_args()
    if bool(arguments.index) == bool(arguments.lists):
        parser.error("give either --index FILE or --lists PATH (repeatable)")
    if arguments.partitions < 4:
        parser.error("--partitions must be at least 4")
    try:
        import pyspark
    except ImportError:
        print("error: pyspark is not importable: run integrations/spark/setup.sh and use its venv's python",
              file=sys.stderr)
        return 2

    test_start = time.monotonic()
    engine = Engine(binary=os.path.abspath(arguments.binary),
                    index=os.path.abspath(arguments.index) if arguments.index else None,
                    lists=[os.path.abspath(path) for path in arguments.lists])
    tmp = Path(tempfile.mkdtemp(prefix="sanctions-spark-test-"))
    (tmp / "tmp").mkdir()
    # Python workers, their task folders and Spark's scratch space all live in the test's folder.
    os.environ["TMPDIR"] = str(tmp / "tmp")
    tempfile.tempdir = str(tmp / "tmp")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    report = Report()
    try:
        print(f"pyspark {pyspark.__version__}, {sys.executable}; temporary folder {tmp}", flush=True)
        report.check("failure messages (no Spark)", lambda: failure_messages(tmp))

        queries = eval_queries(arguments.eval_dir, arguments.names)
        jsonl = tmp / "customers.jsonl"
        write_jsonl(queries, jsonl)
        customers_csv = tmp / "customers.csv"
        write_csv(queries[:CSV_ROWS], customers_csv)
        reference, reference_seconds = engine.reference(jsonl, "jsonl", tmp / "ref-jsonl", [])
        reference_csv, _ = engine.reference(customers_csv, "csv", tmp / "ref-csv", ["--all"])
        alerts = sum(1 for line in reference.splitlines() if not line.endswith(b'"matches":[]}'))
        print(f"reference: one process, --workers 2: {len(queries)} queries in {reference_seconds:.2f} s "
              f"({len(queries) / reference_seconds:,.0f} queries/s), {alerts} with matches", flush=True)
        partitions = arguments.partitions

        sc = spark_context("local[2,3]", tmp)
        try:
            def jsonl_identical() -> str:
                out = tmp / "out-jsonl"
                count = run_spark(sc, engine.run_options(engine.binary, jsonl, out, "jsonl", partitions))
                expect(count >= 4, f"only {count} partitions")
                expect_identical(committed_output(out, count), reference, "JSON lines")
                return f"{count} partitions, {len(reference):,} bytes identical"

            def csv_identical() -> str:
                out = tmp / "out-csv"
                count = run_spark(sc, engine.run_options(engine.binary, customers_csv, out, "csv", partitions))
                actual = committed_output(out, count)
                expect(actual.count(b"\nid,name,type,") == 0 and actual.startswith(b"id,name,type,match_rank,"),
                       "the output header must appear once, first")
                expect(actual.count(b"\n") == reference_csv.count(b"\n"), "line counts differ")
                expect(without_columns(actual, PER_PROCESS_CSV_COLUMNS)
                       == without_columns(reference_csv, PER_PROCESS_CSV_COLUMNS),
                       "CSV rows differ (screened_at and lists_origin aside)")
                rows = actual.count(b"\n") - 1
                return f"{count} partitions, {rows} output rows identical except screened_at and lists_origin"

            def retried_identical() -> str:
                markers = tmp / "markers"
                markers.mkdir()
                wrapper = write_script(tmp / "sanctions-flaky.sh",
                                       FLAKY_WRAPPER.format(real=engine.binary, markers=markers))
                out = tmp / "out-retried"
                sc.setLogLevel("OFF")  # the first attempts' failures are expected
                try:
                    count = run_spark(sc, engine.run_options(wrapper, jsonl, out, "jsonl", partitions))
                finally:
                    sc.setLogLevel("ERROR")
                failed_first = len(list(markers.iterdir()))
                expect(failed_first == count, f"{failed_first} partitions failed a first attempt, of {count}")
                expect_identical(committed_output(out, count), reference, "JSON lines after retries")
                return f"each of {count} partitions failed its first attempt (exit 137, half output); identical"

            report.check(f"local[2,3] JSON lines, {len(queries)} queries", jsonl_identical)
            report.check(f"local[2,3] CSV, {CSV_ROWS} rows", csv_identical)
            report.check("local[2,3] with failing first attempts", retried_identical)
            report.check("task folders removed, failed attempts included", leftover_task_dirs)
        finally:
            sc.stop()

        sc = spark_context("local[2]", tmp)
        try:
            def throughput() -> str:
                out = tmp / "out-throughput"
                timed = Timed()
                count = run_spark(sc, engine.run_options(engine.binary, jsonl, out, "jsonl", partitions), timed)
                expect_identical(committed_output(out, count), reference, "JSON lines (local[2])")
                spark_rate = len(queries) / timed.seconds
                one_rate = len(queries) / reference_seconds
                return (f"runner local[2], {count} partitions: {timed.seconds:.2f} s = {spark_rate:,.0f} queries/s; "
                        f"one process --workers 2: {reference_seconds:.2f} s = {one_rate:,.0f} queries/s; "
                        f"ratio {spark_rate / one_rate:.2f}")

            report.check("throughput local[2] vs one process", throughput)
        finally:
            sc.stop()

    finally:
        if arguments.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"test wall time: {time.monotonic() - test_start:.1f} s")
    print(f"{len(report.passed)} passed, {len(report.failed)} failed")
    return 0 if not report.failed else 1


if __name__ == "__main__":
    sys.exit(main())
