#!/usr/bin/env python3
"""End-to-end checks of a running `sanctions-serve` with real clients.

    python yente_client_test.py --url http://127.0.0.1:PORT --server-pid PID \
        --sanctions path/to/sanctions --sanctions-index cli.sidx --eval ../shared/eval

1. yente-client (PyPI): healthz, readyz, algorithms, datasets (/catalog), match of a listed UN
   person (the expected `un:` id with `match: true`), a name on no list (no match), a listed
   company, dataset filters, fetch (/entities), errors mapped to the client's exceptions,
   match_iter.
2. Same results as the CLI: every query of dev_mutations.jsonl and dev_org_negatives.jsonl sent
   to /match in batches of 100 gets the ids and scores (4 decimals, as the CLI prints them) that
   `sanctions screen --input jsonl --format jsonl` gives with the same threshold and limit.
3. Malformed input: bad JSON, wrong types, a 10 MB body, a 101-query batch: 4xx with a message,
   and the server answers normally afterwards.
4. A bounded load test on 127.0.0.1: a fixed number of requests from 2, 4 and 8 concurrent
   clients (processes with keep-alive connections), one query per request and 100 per request:
   requests/s, queries/s, p50/p99 per request and per query, errors, the server's RSS.

Prints one line per check and ends with `N passed, N failed`; exits 1 when a check failed.
Every request has a timeout and every loop a fixed count: the script stops by itself.
"""

import argparse
import http.client
import json
import math
import multiprocessing
import os
import random
import subprocess
import sys
import time
import urllib.parse

PASSED = 0
FAILED = 0


def check(condition, label, detail=""):
    global PASSED, FAILED
    if condition:
        PASSED += 1
        print(f"ok    {label}")
    else:
        FAILED += 1
        print(f"FAIL  {label}{': ' + detail if detail else ''}")
    sys.stdout.flush()
    return condition


# --- HTTP helpers (standard library: low per-request overhead for the load test) ---------------


class Connection:
    def __init__(self, url, timeout=60):
        parsed = urllib.parse.urlparse(url)
        self.host, self.port = parsed.hostname, parsed.port
        self.timeout = timeout
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        """(status, headers dict, body bytes); reconnects once when the server closed the connection."""
        for attempt in (0, 1):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                self.connection.request(method, path, body=body, headers=headers or {})
                response = self.connection.getresponse()
                data = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.close()
                return response.status, dict(response.getheaders()), data
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if attempt == 1:
                    raise

    def post_json(self, path, document):
        body = json.dumps(document).encode()
        return self.request("POST", path, body, {"Content-Type": "application/json"})

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def schema_of(kind):
    return {"person": "Person", "organization": "Organization", "vessel": "Vessel", "aircraft": "Airplane"}.get(
        kind, "LegalEntity")


def read_jsonl(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def scaled4(value):
    """A score as the CLI prints it (four decimals, half away from zero), times 10,000, as an int."""
    clamped = min(1.0, max(0.0, value))
    y = clamped * 10000
    whole = math.floor(y)
    return whole + (1 if y - whole >= 0.5 else 0)


def cli_scaled(text):
    """The CLI's printed score text (`0.9042`) times 10,000, exactly."""
    whole, _, fraction = text.partition(".")
    return int(whole) * 10000 + int((fraction + "0000")[:4])


def rss_kib(pid):
    values = {}
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0])
    return values


# --- 1. yente-client ---------------------------------------------------------------------------


def yente_client_checks(url):
    from yente_client import Client
    from yente_client.entities import Company, Person
    from yente_client.exceptions import BadRequestError, NotFoundError

    with Client(base_url=url, timeout=30) as client:
        check(client.healthz().status == "ok", "yente-client healthz")
        check(client.readyz().status == "ok", "yente-client readyz")
        algorithms = client.algorithms()
        check(algorithms.best == "sanctions" and [a.name for a in algorithms.algorithms] == ["sanctions"],
              "yente-client algorithms", repr(algorithms))
        datasets = client.datasets()
        names = [d.name for d in datasets.datasets]
        check({"default", "un-sc", "ofac-sdn"} <= set(names), "yente-client datasets (/catalog)", repr(names))

        # The UN and OFAC both list him (two records, not linked as one party): in dataset
        # un-sc the top result is the UN's; across every list the UN's is a match too.
        listed = client.match(Person(name="Aiman al-Zawahri", birthDate="1951-06-19"), datasets=["un-sc"])
        top = listed.top
        check(top is not None and top.id == "un:QDi.006" and top.match is True and top.schema_ == "Person",
              "yente-client match: listed UN person -> un:QDi.006, match true",
              repr(top and (top.id, top.score, top.match)))
        everywhere = client.match(Person(name="Aiman al-Zawahri", birthDate="1951-06-19"))
        check(any(r.id == "un:QDi.006" and r.match for r in everywhere.results)
              and any(r.id.startswith("ofac:") and r.match for r in everywhere.results),
              "yente-client match: in dataset default, the UN and OFAC records both match",
              repr([(r.id, r.score, r.match) for r in everywhere.results]))
        check(top is not None and "name_match" in top.explanations and top.explanations["name_match"].detail,
              "yente-client match: explanations carry the token-level reasons",
              repr(top and top.explanations.get("name_match")))
        check(listed.total.value >= 1 and listed.limit == 5, "yente-client match: total and limit",
              repr((listed.total, listed.limit)))

        unlisted = client.match(Person(name="Patricia Lucas Wheeler"))
        check(unlisted.top is None and not unlisted.matches, "yente-client match: a name on no list returns no match",
              repr([(r.id, r.score) for r in unlisted.results]))

        company = client.match(Company(name="Al-Qaida"), datasets=["un-sc"])
        check(company.top is not None and company.top.id.startswith("un:QDe.") and company.top.match,
              "yente-client match: a listed organization in dataset un-sc",
              repr(company.top and (company.top.id, company.top.score)))
        excluded = client.match(Company(name="Al-Qaida"), datasets=["default"], exclude_datasets=["un-sc"])
        check(all("un-sc" not in r.datasets for r in excluded.results), "yente-client match: exclude_datasets",
              repr([(r.id, r.datasets) for r in excluded.results]))
        loose = client.match(Person(name="Aiman al-Zawahri"), threshold=0.95, datasets=["un-sc"])
        check(loose.top is not None and loose.top.match is False and 0.8 <= loose.top.score < 0.95,
              "yente-client match: threshold above the score keeps the result with match false",
              repr(loose.top and (loose.top.id, loose.top.score, loose.top.match)))

        entity = client.fetch("un:QDi.006")
        check(entity.id == "un:QDi.006" and entity.caption and "un-sc" in entity.datasets and entity.target,
              "yente-client fetch (/entities/{id})", repr(entity.caption))
        try:
            client.fetch("un:QDi.nope")
            check(False, "yente-client fetch of an unknown id raises NotFoundError")
        except NotFoundError as error:
            check("No such entity" in error.detail, "yente-client fetch of an unknown id raises NotFoundError")
        try:
            client.match(Person(name="Aiman al-Zawahri"), algorithm="logic-v2")
            check(False, "yente-client unknown algorithm raises BadRequestError")
        except BadRequestError as error:
            check("Invalid algorithm" in error.detail, "yente-client unknown algorithm raises BadRequestError")

        pairs = [(f"k{i}", Person(name=name)) for i, name in
                 enumerate(["Aiman al-Zawahri", "Usama bin Ladin", "Patricia Lucas Wheeler"] * 5)]
        streamed = dict(client.match_iter(pairs, workers=4, datasets=["un-sc"]))
        check(len(streamed) == 15 and streamed["k0"].top.id == "un:QDi.006" and streamed["k2"].top is None,
              "yente-client match_iter (4 workers, 15 entities)")


# --- 2. Same results as the CLI ----------------------------------------------------------------


def cli_equality(url, sanctions, sanctions_index, eval_dir, threshold, limit):
    connection = Connection(url)
    for file_name in ("dev_mutations.jsonl", "dev_org_negatives.jsonl"):
        rows = read_jsonl(os.path.join(eval_dir, file_name))
        lines = "".join(json.dumps({"id": r["id"], "name": r["name"], "type": r["type"]}) + "\n" for r in rows)
        started = time.perf_counter()
        run = subprocess.run(
            [sanctions, "screen", "--index", sanctions_index, "--threshold", str(threshold), "--limit", str(limit),
             "--input", "jsonl", "--format", "jsonl", "--quiet"],
            input=lines.encode(), capture_output=True, timeout=900)
        cli_seconds = time.perf_counter() - started
        if not check(run.returncode in (0, 1), f"{file_name}: sanctions screen ran",
                     f"exit {run.returncode}: {run.stderr.decode()[-500:]}"):
            continue
        cli = {}
        for line in run.stdout.decode().splitlines():
            answer = json.loads(line, parse_float=str)
            cli[answer["id"]] = [(m["entity_id"], cli_scaled(m["score"])) for m in answer["matches"]]

        server = {}
        failures = []
        started = time.perf_counter()
        for start in range(0, len(rows), 100):
            batch = rows[start:start + 100]
            document = {"queries": {r["id"]: {"schema": schema_of(r["type"]), "properties": {"name": [r["name"]]}}
                                    for r in batch}}
            status, _, body = connection.post_json(
                f"/match/default?threshold={threshold}&cutoff={threshold}&limit={limit}", document)
            if status != 200:
                failures.append((start, status, body[:300]))
                continue
            for key, answer in json.loads(body)["responses"].items():
                server[key] = [(r["id"], scaled4(r["score"])) for r in answer["results"]]
        server_seconds = time.perf_counter() - started
        check(not failures, f"{file_name}: every batch of 100 answered 200", repr(failures[:3]))
        differing = [r["id"] for r in rows if cli.get(r["id"]) != server.get(r["id"])]
        matches = sum(len(v) for v in cli.values())
        check(len(cli) == len(rows) and not differing,
              f"{file_name}: /match ids and scores equal `sanctions screen` for {len(rows)} queries "
              f"({matches} matches at threshold {threshold}, limit {limit}; CLI {cli_seconds:.1f} s, "
              f"server {server_seconds:.1f} s in {math.ceil(len(rows) / 100)} requests)",
              "; ".join(f"{i}: cli {cli.get(i)} server {server.get(i)}" for i in differing[:3]))
    connection.close()


# --- 3. Malformed input ------------------------------------------------------------------------


def malformed_input_checks(url):
    connection = Connection(url)
    good = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Aiman al-Zawahri"]}}}}
    cases = [
        ("malformed JSON", b'{"queries": {"q": ', 400),
        ("not JSON at all", b"\xff\xfe garbage", 400),
        ("queries of the wrong type", b'{"queries": ["Aiman al-Zawahri"]}', 400),
        ("name of the wrong type", b'{"queries": {"q": {"schema": "Person", "properties": {"name": {"x": 1}}}}}', 400),
        ("schema that cannot be screened", b'{"queries": {"q": {"schema": "Payment", "properties": {"name": "x"}}}}', 400),
        ("deeply nested JSON", b"[" * 100000 + b"]" * 100000, 400),
        ("10 MB body", b'{"queries": {"q": {"schema": "Person", "properties": {"name": "' + b"a" * (10 << 20) + b'"}}}}',
         413),
        ("101-query batch", json.dumps({"queries": {f"q{i}": {"schema": "Person", "properties": {"name": "x y"}}
                                                    for i in range(101)}}).encode(), 400),
    ]
    for label, body, expected in cases:
        try:
            status, _, data = connection.request("POST", "/match/default", body, {"Content-Type": "application/json"})
            detail = json.loads(data).get("detail", "")
        except Exception as error:  # noqa: BLE001 - any failure is a failed check
            status, detail = None, repr(error)
            connection.close()
        check(status == expected and len(detail) > 10, f"malformed input: {label} -> {expected} with a message",
              f"{status} {detail[:200]!r}")
        status, _, _ = connection.post_json("/match/default", good)
        check(status == 200, f"malformed input: the server answers normally after the {label}")
    status, _, data = connection.request("POST", "/match/default?limit=9999", json.dumps(good).encode())
    check(status == 400 and b"limit" in data, "malformed input: limit over 500 -> 400", f"{status} {data[:200]!r}")
    connection.close()


# --- 4. Load test ------------------------------------------------------------------------------


def load_worker(url, bodies, path, results):
    connection = Connection(url, timeout=60)
    latencies, errors = [], 0
    for body in bodies:
        started = time.perf_counter()
        try:
            status, _, _ = connection.request("POST", path, body, {"Content-Type": "application/json"})
            if status != 200:
                errors += 1
        except Exception:  # noqa: BLE001 - counted as an error
            errors += 1
            connection.close()
        latencies.append(time.perf_counter() - started)
    connection.close()
    results.put((latencies, errors))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(fraction * len(ordered)) - 1))]


def run_load(url, queries, clients, requests_total, batch_size):
    """Sends `requests_total` requests of `batch_size` queries from `clients` processes."""
    bodies = []
    for number in range(requests_total):
        chosen = [queries[(number * batch_size + i) % len(queries)] for i in range(batch_size)]
        bodies.append(json.dumps({"queries": {f"q{i}": q for i, q in enumerate(chosen)}}).encode())
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    workers = [context.Process(target=load_worker, args=(url, bodies[c::clients], "/match/default", results))
               for c in range(clients)]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    collected = [results.get(timeout=600) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    wall = time.perf_counter() - started
    latencies = [value for part, _ in collected for value in part]
    errors = sum(count for _, count in collected)
    return {
        "clients": clients, "queries_per_request": batch_size, "requests": len(latencies), "errors": errors,
        "seconds": round(wall, 3), "requests_per_s": round(len(latencies) / wall, 1),
        "queries_per_s": round(len(latencies) * batch_size / wall, 1),
        "p50_ms_per_request": round(percentile(latencies, 0.50) * 1000, 3),
        "p99_ms_per_request": round(percentile(latencies, 0.99) * 1000, 3),
        "p50_ms_per_query": round(percentile(latencies, 0.50) * 1000 / batch_size, 4),
        "p99_ms_per_query": round(percentile(latencies, 0.99) * 1000 / batch_size, 4),
    }


def load_test(url, pid, eval_dir, single_requests, batch_requests):
    mutations = read_jsonl(os.path.join(eval_dir, "dev_mutations.jsonl"))
    negatives = read_jsonl(os.path.join(eval_dir, "dev_org_negatives.jsonl"))
    random.seed(19)
    pool = mutations + random.sample(negatives, 2000)
    random.shuffle(pool)
    queries = [{"schema": schema_of(r["type"]), "properties": {"name": [r["name"]]}} for r in pool]

    run_load(url, queries, 2, 200, 1)  # warm-up: connections, caches, allocator
    rss_before = rss_kib(pid)
    print(f"load: server RSS before {rss_before['VmRSS'] / 1024:.1f} MiB (peak so far "
          f"{rss_before['VmHWM'] / 1024:.1f} MiB)")
    rows = []
    for clients in (2, 4, 8):
        for batch_size, count in ((1, single_requests), (100, batch_requests)):
            row = run_load(url, queries, clients, count, batch_size)
            row["rss_mib_after"] = round(rss_kib(pid)["VmRSS"] / 1024, 1)
            rows.append(row)
            print("load: " + json.dumps(row))
            sys.stdout.flush()
    rss_after = rss_kib(pid)
    print()
    print("| clients | queries/request | requests | errors | requests/s | queries/s | p50 / p99 ms per request "
          "| p50 / p99 ms per query | RSS after (MiB) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |")
    for r in rows:
        print(f"| {r['clients']} | {r['queries_per_request']} | {r['requests']} | {r['errors']} | "
              f"{r['requests_per_s']:,} | {r['queries_per_s']:,} | {r['p50_ms_per_request']} / "
              f"{r['p99_ms_per_request']} | {r['p50_ms_per_query']} / {r['p99_ms_per_query']} | "
              f"{r['rss_mib_after']} |")
    print()
    growth = (rss_after["VmRSS"] - rss_before["VmRSS"]) / 1024
    print(f"load: server RSS after {rss_after['VmRSS'] / 1024:.1f} MiB ({growth:+.1f} MiB), peak "
          f"{rss_after['VmHWM'] / 1024:.1f} MiB")
    check(all(r["errors"] == 0 for r in rows), "load: no errors",
          repr([(r["clients"], r["queries_per_request"], r["errors"]) for r in rows]))
    check(growth < 64, "load: memory stable (RSS grew less than 64 MiB over the load test)", f"{growth:+.1f} MiB")
    return {"rows": rows, "rss_before_kib": rss_before, "rss_after_kib": rss_after}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--server-pid", type=int, required=True)
    parser.add_argument("--sanctions", required=True, help="the sanctions CLI binary")
    parser.add_argument("--sanctions-index", required=True, help="an index file the CLI reads (same lists)")
    parser.add_argument("--eval", required=True, help="the folder of dev_mutations.jsonl, dev_org_negatives.jsonl")
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--single-requests", type=int, default=3000)
    parser.add_argument("--batch-requests", type=int, default=60)
    parser.add_argument("--report", help="write the load figures as JSON here")
    arguments = parser.parse_args()

    sections = [
        ("yente-client", lambda: yente_client_checks(arguments.url)),
        ("CLI equality", lambda: cli_equality(arguments.url, arguments.sanctions, arguments.sanctions_index,
                                              arguments.eval, arguments.threshold, arguments.limit)),
        ("malformed input", lambda: malformed_input_checks(arguments.url)),
    ]
    for name, section in sections:
        print(f"== {name}")
        started = time.perf_counter()
        try:
            section()
        except Exception as error:  # noqa: BLE001 - a crash of a section is a failed check
            check(False, f"{name} ran to the end", repr(error))
        print(f"== {name}: {time.perf_counter() - started:.1f} s")
    print("== load test")
    started = time.perf_counter()
    try:
        figures = load_test(arguments.url, arguments.server_pid, arguments.eval, arguments.single_requests,
                            arguments.batch_requests)
        if arguments.report:
            with open(arguments.report, "w") as handle:
                json.dump(figures, handle, indent=1)
    except Exception as error:  # noqa: BLE001
        check(False, "load test ran to the end", repr(error))
    print(f"== load test: {time.perf_counter() - started:.1f} s")
    status, _, _ = Connection(arguments.url).request("GET", "/readyz")
    check(status == 200, "the server still answers after everything")
    print(f"{PASSED} passed, {FAILED} failed")
    sys.exit(1 if FAILED else 0)


if __name__ == "__main__":
    main()
