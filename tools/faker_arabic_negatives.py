#!/usr/bin/env python3
"""Person names in Arabic script from Faker's Arabic and Persian locales
(ar_AA, ar_SA, ar_PS, fa_IR), as a screening set for false alerts:
`{"id","name","type":"person","locale"}` lines, deterministic for a seed.

Faker is not a dependency of the project; install it beside this script
only, for example `pip install --target /tmp/fk faker`, then

    PYTHONPATH=/tmp/fk python3 tools/faker_arabic_negatives.py --per-locale 750 --seed 7 > /tmp/fakerneg.jsonl

Names without an Arabic letter (some locales mix in English names) are
skipped; a name that happens to be a listed person's is kept: read the alerts.
"""
import argparse
import json
import unicodedata

from faker import Faker

LOCALES = ["ar_AA", "ar_SA", "ar_PS", "fa_IR"]


def has_arabic_letter(name):
    return any("ARABIC" in unicodedata.name(c, "") for c in name)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-locale", type=int, default=750)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    seen = set()
    number = 0
    for locale in LOCALES:
        faker = Faker(locale)
        faker.seed_instance(args.seed)
        made = 0
        tries = 0
        while made < args.per_locale and tries < 40 * args.per_locale:
            tries += 1
            name = faker.name()
            if name in seen or not has_arabic_letter(name):
                continue
            seen.add(name)
            made += 1
            number += 1
            print(json.dumps({"id": f"fk{number:05d}", "name": name, "type": "person", "locale": locale}, ensure_ascii=False))


if __name__ == "__main__":
    main()
