#!/usr/bin/env python3
"""Screens the UN list's original-script names (Arabic, Cyrillic, ...)
against a copy of the UN list without them, and prints the share of names
that find their own entity: how well a name written in its own script is
found among Latin names only.

    python3 tools/un_original_script_check.py --bin .build/release/sanctions \
        --list ../shared/lists/un/consolidated.xml
"""
import argparse
import json
import os
import re
import subprocess
import tempfile


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", required=True)
    parser.add_argument("--list", required=True)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    with open(args.list, encoding="utf-8") as handle:
        source = handle.read()
    queries = []
    for kind, body in re.findall(r"<(INDIVIDUAL|ENTITY)>(.*?)</\1>", source, re.S):
        reference = re.search(r"<REFERENCE_NUMBER>([^<]*)</REFERENCE_NUMBER>", body)
        for name in re.findall(r"<NAME_ORIGINAL_SCRIPT>([^<]*)</NAME_ORIGINAL_SCRIPT>", body):
            if name.strip() and reference:
                queries.append({
                    "id": f"q{len(queries) + 1}", "name": " ".join(name.split()),
                    "type": "person" if kind == "INDIVIDUAL" else "organization",
                    "expect": "un:" + reference.group(1).strip(),
                })
    latin_only = re.sub(r"\s*<NAME_ORIGINAL_SCRIPT>[^<]*</NAME_ORIGINAL_SCRIPT>", "", source)
    with tempfile.TemporaryDirectory() as directory:
        list_path = os.path.join(directory, "consolidated.xml")
        with open(list_path, "w", encoding="utf-8") as handle:
            handle.write(latin_only)
        lines = "".join(json.dumps({k: q[k] for k in ("id", "name", "type")}, ensure_ascii=False) + "\n" for q in queries)
        result = subprocess.run(
            [args.bin, "screen", "--lists", list_path, "--input", "jsonl", "--format", "jsonl", "--no-index-cache"],
            input=lines, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"screen failed ({result.returncode}): {result.stderr[:500]}")
    answers = {o["id"]: o for o in map(json.loads, result.stdout.splitlines())}
    found = 0
    for query in queries:
        ids = {m["entity_id"] for m in answers.get(query["id"], {}).get("matches", [])}
        if query["expect"] in ids:
            found += 1
        elif args.show_misses:
            print("missed:", query["name"], query["expect"])
    print(f"found {found} of {len(queries)} original-script names ({found / len(queries):.3f})")


if __name__ == "__main__":
    main()
