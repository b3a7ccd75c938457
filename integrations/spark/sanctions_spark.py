#!/usr/bin/env python3
"""Screen a customer file on Apache Spark with the `sanctions` CLI, with the same output as one process.

Run it with spark-submit (see README.md beside this file)::

    spark-submit --master yarn --conf spark.task.cpus=2 sanctions_spark.py \\
        --binary /opt/sanctions/bin/sanctions --index /data/sanctions/index.bin \\
        --input hdfs:///customers/2024-05-03.jsonl --output hdfs:///screening/2024-05-03 \\
        --partitions 1000

The input is read with ``sc.textFile`` and split into partitions of whole lines. Each partition is
screened by one ``sanctions screen`` process on the executor, fed from a temporary file, and its
output lines become the partition's output lines, so ``cat OUTPUT/part-*`` is byte for byte the
output of one ``sanctions screen`` process over the whole file (for CSV output: except the
``screened_at`` column, which holds each process's start time).

Input formats:

* ``jsonl``: one query object per line (``{"id":"c1","name":"...","type":"person"}``). Blank lines
  are skipped, as the CLI does.
* ``csv``: a single file whose first line is the header. Records must not contain line breaks
  (a quoted field spanning lines would be cut in two where Spark splits the file). The header is
  prepended to every partition's input; only the first partition's output keeps the output header.
  ``--all`` is always passed, so that every customer has at least one output row.

Files must be UTF-8 with lines ending in LF or CRLF (Spark also splits at a bare CR).

The binary and the index file are shipped to the executors with ``SparkContext.addFile``. The
exactly-once rule: alerts are raised from the committed output files, never from inside tasks
(a failed task attempt's partial output is discarded by Spark's output committer).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence
from urllib.parse import urlparse

if TYPE_CHECKING:  # pyspark is imported lazily so that the partition logic runs without it
    from pyspark import RDD, SparkContext

INPUT_FORMATS = ("jsonl", "csv")
ACCEPTED_STATUSES = (0, 1)  # 0: nothing found, 1: something found
ERROR_LINES_STATUS = 2  # trouble; with --allow-error-lines: bad records answered by error lines
STDERR_TAIL_BYTES = 4000
TASKS_FOLDER = "sanctions-tasks"  # the tasks' temporary folders, in the SparkFiles folder

# CLI options the runner sets itself (or that would break the one-output-line-per-query contract or
# write files inside tasks, which are discarded): they may not be passed with --extra-arg.
RESERVED_OPTIONS = (
    "--input", "--format", "--file", "--workers", "--index", "--run-header", "--audit", "--strict-lines",
)


class ScreeningError(RuntimeError):
    """A partition could not be screened; raised in the task so that Spark retries the partition."""


@dataclass(frozen=True)
class ScreenConfig:
    """What every task needs to screen its partition. Shipped to the executors with the closure."""

    binary_name: str
    """The binary's file name as registered with ``addFile`` (found with ``SparkFiles.get``)."""
    index_name: str | None
    """The index file's name as registered with ``addFile``; None in the lists fallback."""
    input_format: str
    workers: int
    extra_args: tuple[str, ...] = ()
    csv_header: str | None = None
    """CSV: the input's header line, prepended to every partition's input."""
    allow_error_lines: bool = False
    timeout_seconds: float | None = None


@dataclass(frozen=True)
class TaskFiles:
    """Where a task finds the binary and index, and where it may write."""

    binary: str
    index: str | None
    work_dir: str
    cache_dir: str


# --- Command line and environment of the CLI -------------------------------------------------


def cli_command(config: ScreenConfig, files: TaskFiles, input_path: str) -> list[str]:
    """The ``sanctions screen`` command for one partition's input file."""
    command = [files.binary, "screen"]
    if files.index is not None:
        command += ["--index", files.index]
    command += ["--input", config.input_format, "--format", config.input_format, "--file", input_path]
    # --strict-lines: every input line is answered (a blank one with an error), so the partition is
    # checked by counting.
    command += ["--workers", str(config.workers), "--quiet", "--strict-lines"]
    if config.input_format == "csv" and "--all" not in config.extra_args:
        command.append("--all")
    command += list(config.extra_args)
    return command


def cli_environment(files: TaskFiles) -> dict[str, str]:
    """The CLI's whole environment: nothing is inherited from the executor."""
    home = os.path.join(files.work_dir, "home")
    os.makedirs(home, exist_ok=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": home,
        "TMPDIR": files.work_dir,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        # Only used without --index (lists fallback): the index built from the lists is cached once
        # per executor and application instead of once per task.
        "SANCTIONS_CACHE_DIR": files.cache_dir,
    }


def check_extra_args(extra_args: Sequence[str]) -> None:
    for arg in extra_args:
        name = arg.split("=", 1)[0]
        if name in RESERVED_OPTIONS:
            raise ValueError(f"--extra-arg {arg}: the runner sets or forbids {name} itself")


# --- One partition -----------------------------------------------------------------------------


def is_blank(line: str) -> bool:
    """Whether the line holds only spaces and tabs."""
    return line.strip(" \t") == ""


def write_partition_input(
    partition: int, lines: Iterable[str], config: ScreenConfig, path: str
) -> int:
    """Writes the partition's input file and returns the number of records the CLI must answer.

    CSV: the header comes first; partition 0 already starts with it (the file's first line), which
    is therefore not counted or written twice.
    """
    records = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        iterator = iter(lines)
        if config.input_format == "csv":
            assert config.csv_header is not None
            if partition == 0:
                first = next(iterator, None)
                if first != config.csv_header:
                    raise ScreeningError(f"partition 0 does not start with the CSV header {config.csv_header!r}")
            out.write(config.csv_header + "\n")
        for line in iterator:
            out.write(line)
            out.write("\n")
            records += 1
    return records


@dataclass(frozen=True)
class CliRun:
    status: int
    """The exit status, or minus the signal that ended the process."""
    stdout_path: str
    stderr_path: str
    timed_out: bool = False


def run_cli(command: list[str], environment: dict[str, str], work_dir: str, timeout: float | None) -> CliRun:
    stdout_path = os.path.join(work_dir, "stdout")
    stderr_path = os.path.join(work_dir, "stderr")
    with open(stdout_path, "wb") as stdout, open(stderr_path, "wb") as stderr:
        try:
            process = subprocess.run(
                command, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr,
                env=environment, cwd=work_dir, timeout=timeout, check=False,
            )
        except subprocess.TimeoutExpired:  # subprocess.run has killed the process
            return CliRun(status=-signal.SIGKILL, stdout_path=stdout_path, stderr_path=stderr_path, timed_out=True)
    return CliRun(status=process.returncode, stdout_path=stdout_path, stderr_path=stderr_path)


def stderr_tail(path: str) -> str:
    with open(path, "rb") as file:
        file.seek(0, os.SEEK_END)
        size = file.tell()
        file.seek(max(0, size - STDERR_TAIL_BYTES))
        tail = file.read().decode("utf-8", errors="replace").strip()
    if not tail:
        return "(empty)"
    return ("…" if size > STDERR_TAIL_BYTES else "") + tail


def describe_status(status: int) -> str:
    if status < 0:
        try:
            name = signal.Signals(-status).name
        except ValueError:
            name = f"signal {-status}"
        return f"killed by {name}"
    return f"exit status {status}"


@dataclass(frozen=True)
class OutputCheck:
    answered: int
    """Records answered (JSON lines: output lines; CSV: first rows of a query)."""
    error_lines: int
    complete: bool
    """Whether the output ends with a line break."""


def check_jsonl_output(path: str, count_errors: bool) -> OutputCheck:
    """Counts the output lines (and, when asked, the error lines among them)."""
    answered = errors = 0
    with open(path, "rb") as file:
        for raw in file:
            answered += 1
            if count_errors and "error" in json.loads(raw):
                errors += 1
    return OutputCheck(answered=answered, error_lines=errors, complete=ends_with_line_break(path))


def ends_with_line_break(path: str) -> bool:
    with open(path, "rb") as file:
        file.seek(0, os.SEEK_END)
        if file.tell() == 0:
            return True
        file.seek(-1, os.SEEK_END)
        return file.read(1) == b"\n"


def check_csv_output(path: str, input_header: str, count_errors: bool) -> OutputCheck:
    """Counts the queries answered in CSV output (with --all): rows whose match_rank is empty or 1."""
    input_columns = len(next(csv.reader([input_header])))
    answered = errors = 0
    with open(path, "r", encoding="utf-8", newline="") as file:
        rows = csv.reader(file)
        header = next(rows, None)
        if header is None:
            raise ValueError("no output header")
        # The query's own columns come first, then match_rank, ..., error, ...
        if header[input_columns:input_columns + 1] != ["match_rank"] or "error" not in header[input_columns:]:
            raise ValueError(f"unexpected output header {header!r}")
        rank = input_columns
        error = input_columns + header[input_columns:].index("error")
        for row in rows:
            if len(row) != len(header):
                raise ValueError(f"an output row with {len(row)} fields, the header {len(header)}")
            if row[rank] in ("", "1"):
                answered += 1
            if count_errors and row[error]:
                errors += 1
    return OutputCheck(answered=answered, error_lines=errors, complete=ends_with_line_break(path))


def verify_run(partition: int, config: ScreenConfig, run: CliRun, records: int) -> None:
    """Raises ScreeningError unless the CLI answered every record of the partition."""
    attempt = task_attempt()

    def fail(problem: str | None = None) -> ScreeningError:
        where = f"partition {partition}" + (f" (task attempt {attempt})" if attempt is not None else "")
        status = describe_status(run.status)
        if run.timed_out:
            status = f"timed out after {config.timeout_seconds} s, {status}"
        what = f"{problem} ({status})" if problem else status
        return ScreeningError(
            f"sanctions screen failed on {where}: {what}; "
            f"stderr tail (line numbers count from the partition's start): {stderr_tail(run.stderr_path)}"
        )

    error_lines_allowed = config.allow_error_lines and run.status == ERROR_LINES_STATUS
    if run.status not in ACCEPTED_STATUSES and not error_lines_allowed:
        raise fail()
    try:
        if config.input_format == "csv":
            assert config.csv_header is not None
            check = check_csv_output(run.stdout_path, config.csv_header, error_lines_allowed)
        else:
            check = check_jsonl_output(run.stdout_path, error_lines_allowed)
    except (ValueError, UnicodeDecodeError, csv.Error) as error:
        raise fail(f"unreadable output ({error})") from error
    if not check.complete:
        raise fail("the output does not end with a line break")
    if check.answered != records:
        raise fail(f"{records} input records but {check.answered} answered in the output")
    if error_lines_allowed and check.error_lines == 0:
        raise fail("status 2 without an error line")


def output_lines(path: str, skip_header: bool) -> Iterator[str]:
    """The CLI's output lines without their line break (saveAsTextFile adds one to each)."""
    with open(path, "rb") as file:
        if skip_header:
            next(file, None)
        for raw in file:  # binary files split at b"\n" only, unlike str.splitlines
            yield raw[:-1].decode("utf-8")


def screen_lines(partition: int, lines: Iterable[str], config: ScreenConfig, files: TaskFiles) -> Iterator[str]:
    """Screens one partition's input lines and yields its output lines, after checking them all.

    Does not need Spark: the task resolves ``files`` and calls this.
    """
    input_path = os.path.join(files.work_dir, "input." + config.input_format)
    records = write_partition_input(partition, lines, config, input_path)
    if records == 0 and not (config.input_format == "csv" and partition == 0):
        return  # nothing to screen (partition 0 of a CSV file still gives the output header)
    command = cli_command(config, files, input_path)
    run = run_cli(command, cli_environment(files), files.work_dir, config.timeout_seconds)
    verify_run(partition, config, run, records)
    os.remove(input_path)
    skip_header = config.input_format == "csv" and partition > 0
    yield from output_lines(run.stdout_path, skip_header)


# --- Spark -------------------------------------------------------------------------------------


def task_attempt() -> int | None:
    """The task's attempt, counted from 1 (None outside Spark)."""
    try:
        from pyspark import TaskContext
    except ImportError:
        return None
    context = TaskContext.get()
    return context.attemptNumber() + 1 if context is not None else None


def executable(path: str) -> str:
    """The path, with the executable bits restored (addFile does not always keep them)."""
    mode = os.stat(path).st_mode
    if not os.access(path, os.X_OK):
        os.chmod(path, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def spark_files_folder(name: str) -> str:
    """A folder beside the executor's SparkFiles (its local scratch space, removed with the
    application, so even a killed task's files do not outlive it)."""
    from pyspark import SparkFiles

    path = os.path.join(SparkFiles.getRootDirectory(), name)
    os.makedirs(path, exist_ok=True)
    return path


def resolve_task_files(config: ScreenConfig, work_dir: str) -> TaskFiles:
    from pyspark import SparkFiles

    cache_dir = spark_files_folder("sanctions-index-cache")
    return TaskFiles(
        binary=executable(SparkFiles.get(config.binary_name)),
        index=SparkFiles.get(config.index_name) if config.index_name else None,
        work_dir=work_dir,
        cache_dir=cache_dir,
    )


def partition_screener(config: ScreenConfig) -> Callable[[int, Iterable[str]], Iterator[str]]:
    """The function given to ``mapPartitionsWithIndex``: runs in the executors."""

    def screen_partition(partition: int, lines: Iterable[str]) -> Iterator[str]:
        work_dir = tempfile.mkdtemp(prefix=f"part{partition}-", dir=spark_files_folder(TASKS_FOLDER))
        try:
            yield from screen_lines(partition, lines, config, resolve_task_files(config, work_dir))
        finally:
            shutil.rmtree(work_dir, ignore_errors=True)

    return screen_partition


@dataclass(frozen=True)
class RunOptions:
    binary: str
    input: str
    output: str
    input_format: str = "jsonl"
    index: str | None = None
    partitions: int | None = None
    extra_args: tuple[str, ...] = ()
    allow_error_lines: bool = False
    task_timeout: float | None = None


def validate(options: RunOptions) -> None:
    if options.input_format not in INPUT_FORMATS:
        raise ValueError(f"--input-format must be one of {', '.join(INPUT_FORMATS)}")
    check_extra_args(options.extra_args)
    if options.index is None and not any(a == "--lists" or a.startswith("--lists=") for a in options.extra_args):
        raise ValueError("give --index FILE (or, for development only, --extra-arg=--lists --extra-arg=PATH)")
    if options.index is not None and file_name(options.index) == file_name(options.binary):
        raise ValueError("the binary and the index file must have different file names")


def file_name(path: str) -> str:
    """The name a shipped file has in ``SparkFiles`` (the last part of a path or URI)."""
    return os.path.basename(urlparse(path).path if "://" in path else path)


def ship(sc: "SparkContext", path: str, what: str) -> str:
    """Ships a file to the executors with ``addFile`` (unless spark-submit's --files already did) and
    returns its name for ``SparkFiles.get``. A local path must exist on the driver; a URI
    (hdfs://, s3a://, ...) is passed to addFile as it is."""
    name = file_name(path)
    submitted = {file_name(uri) for uri in sc.getConf().get("spark.files", "").split(",") if uri}
    if name in submitted:
        return name
    if "://" not in path:
        if not os.path.isfile(path):
            raise ValueError(f"{what} {path}: no such file")
        path = os.path.abspath(path)
    sc.addFile(path)
    return name


def screened_rdd(sc: "SparkContext", options: RunOptions) -> "RDD[str]":
    """The RDD of output lines (registers the binary and index with addFile)."""
    validate(options)
    sc.addPyFile(os.path.abspath(__file__))  # the tasks' code, when this module was imported
    binary_name = ship(sc, options.binary, "--binary")
    index_name = ship(sc, options.index, "--index") if options.index is not None else None
    if index_name is None:
        print("sanctions_spark: no --index: screening with --lists (development fallback; every executor "
              "builds the index itself and the list paths must exist on every executor)", file=sys.stderr)
    lines = sc.textFile(options.input, minPartitions=options.partitions)
    header = None
    if options.input_format == "csv":
        header = lines.first()  # reads only the start of partition 0
        if is_blank(header):
            raise ValueError(f"{options.input}: the CSV header (first line) is empty")
    config = ScreenConfig(
        binary_name=binary_name,
        index_name=index_name,
        input_format=options.input_format,
        workers=int(sc.getConf().get("spark.task.cpus", "1")),
        extra_args=tuple(options.extra_args),
        csv_header=header,
        allow_error_lines=options.allow_error_lines,
        timeout_seconds=options.task_timeout,
    )
    return lines.mapPartitionsWithIndex(partition_screener(config))


def screen_file(sc: "SparkContext", options: RunOptions) -> int:
    """Screens ``options.input`` into the folder ``options.output``; returns the number of partitions."""
    results = screened_rdd(sc, options)
    results.saveAsTextFile(options.output)
    return results.getNumPartitions()


# --- spark-submit entry point ------------------------------------------------------------------


def parse_arguments(argv: Sequence[str]) -> tuple[RunOptions, str | None]:
    parser = argparse.ArgumentParser(
        description="Screen a customer file (JSON lines or CSV) on Spark with the sanctions CLI.",
    )
    parser.add_argument("--binary", required=True, help="the sanctions executable (shipped with addFile)")
    parser.add_argument("--index", help="the index file built by 'sanctions index build' (shipped with addFile)")
    parser.add_argument("--input", required=True, help="the customer file (any path sc.textFile reads)")
    parser.add_argument("--input-format", choices=INPUT_FORMATS, default="jsonl")
    parser.add_argument("--output", required=True, help="the output folder (must not exist)")
    parser.add_argument("--partitions", type=int, help="minimum number of partitions (sc.textFile minPartitions)")
    parser.add_argument("--extra-arg", action="append", default=[], dest="extra_args", metavar="ARG",
                        help="an argument passed on to 'sanctions screen' (repeatable), e.g. "
                             "--extra-arg=--threshold --extra-arg=0.85")
    parser.add_argument("--allow-error-lines", action="store_true",
                        help="accept exit status 2 when every record is answered and some answers are "
                             "error lines (bad records); by default status 2 fails the job")
    parser.add_argument("--task-timeout", type=float, help="seconds one partition's CLI may run")
    parser.add_argument("--master", help="Spark master (default: what spark-submit says)")
    arguments = parser.parse_args(argv)
    options = RunOptions(
        binary=arguments.binary, input=arguments.input, output=arguments.output,
        input_format=arguments.input_format, index=arguments.index, partitions=arguments.partitions,
        extra_args=tuple(arguments.extra_args), allow_error_lines=arguments.allow_error_lines,
        task_timeout=arguments.task_timeout,
    )
    try:
        validate(options)
    except ValueError as error:
        parser.error(str(error))
    return options, arguments.master


def main(argv: Sequence[str] | None = None) -> int:
    from pyspark import SparkConf, SparkContext

    options, master = parse_arguments(sys.argv[1:] if argv is None else argv)
    conf = SparkConf().setAppName("sanctions-screen")
    if master:
        conf.setMaster(master)
    sc = SparkContext.getOrCreate(conf)
    try:
        start = time.monotonic()
        partitions = screen_file(sc, options)
        print(f"sanctions_spark: screened {options.input} in {partitions} partitions into {options.output} "
              f"in {time.monotonic() - start:.1f} s", file=sys.stderr)
    except Exception as error:  # Spark wraps the tasks' errors: say the task's own message last
        reasons = [line for line in str(error).splitlines() if line.startswith(ScreeningError.__name__ + ":")]
        print(f"sanctions_spark: error: {reasons[-1] if reasons else error}", file=sys.stderr)
        return 2
    finally:
        sc.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
