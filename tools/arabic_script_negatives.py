#!/usr/bin/env python3
"""Generates person names in Arabic script (Arabic, Persian and Pakistani
given and family names in random combinations) as a screening set for
false alerts: `{"id","name","type":"person"}` lines, deterministic for a seed.

The name parts are common names written from general knowledge, never taken
from a sanctions list or an evaluation set. A combination can be a listed
person by chance; read the alerts.

    python3 tools/arabic_script_negatives.py --n 5000 --seed 12 > /tmp/arabic_negatives.jsonl
"""
import argparse
import json
import random

ARABIC_GIVEN = [
    "محمد", "أحمد", "علي", "حسن", "حسين", "عمر", "خالد", "يوسف", "إبراهيم", "عبدالله", "عبد الرحمن",
    "سعيد", "مصطفى", "محمود", "طارق", "فيصل", "ناصر", "سامي", "كريم", "جمال", "رامي", "وليد", "باسم",
    "هشام", "زياد", "ماجد", "سلمان", "فهد", "نبيل", "عادل", "منير", "رياض", "غسان", "بلال", "أنس",
    "فاطمة", "عائشة", "مريم", "زينب", "سارة", "نور", "ليلى", "هدى", "رنا", "سلمى",
]
PERSIAN_GIVEN = [
    "رضا", "مهدی", "امیر", "حمید", "مجید", "سعید", "بهرام", "داریوش", "کوروش", "فرهاد", "پرویز", "بهزاد",
    "شهرام", "کامران", "آرش", "سیاوش", "مسعود", "منصور", "جواد", "مرتضی", "مصطفی", "هادی", "وحید", "نادر",
    "مریم", "زهرا", "فاطمه", "نرگس", "شیرین", "پریسا", "لیلا", "سپیده", "مهسا", "نازنین",
]
PAKISTANI_GIVEN = [
    "عمران", "عثمان", "فاروق", "نواز", "شہباز", "آصف", "عارف", "ثاقب", "ذیشان", "کاشف", "عاطف", "جاوید",
    "پرویز", "شاہد", "راشد", "طاہر", "زاہد", "ساجد", "عائشہ", "صائمہ", "نادیہ",
]
ARABIC_FAMILY = [
    "الأحمد", "العلي", "الحسن", "الخطيب", "النجار", "الحداد", "الشامي", "المصري", "البغدادي", "التميمي",
    "الزعبي", "العمري", "القاسم", "السيد", "الدوري", "الجبوري", "الربيعي", "العبيدي", "الخوري", "حداد",
    "سليمان", "منصور", "عيسى", "يونس", "داود", "موسى", "عثمان", "عبد الله", "درويش", "عودة",
]
PERSIAN_FAMILY = [
    "احمدی", "محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری", "صادقی", "رحیمی", "هاشمی",
    "نوری", "قاسمی", "کاظمی", "عباسی", "اکبری", "سلطانی", "زارعی", "یزدانی", "شریفی", "نجفی",
    "طاهری", "مرادی", "فراهانی", "تهرانی", "شیرازی", "اصفهانی", "کرمانی", "بهرامی", "خسروی", "امینی",
]
PAKISTANI_FAMILY = [
    "خان", "چوہدری", "ملک", "بٹ", "قریشی", "شیخ", "مرزا", "راجپوت", "اعوان", "ستی", "گیلانی", "بخاری",
    "نقوی", "رضوی", "جعفری", "صدیقی", "انصاری", "ہاشمی", "یوسفزئی", "آفریدی",
]

STYLES = [
    (ARABIC_GIVEN, ARABIC_FAMILY),
    (PERSIAN_GIVEN, PERSIAN_FAMILY),
    (PAKISTANI_GIVEN, PAKISTANI_FAMILY),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    seen = set()
    count = 0
    while count < args.n:
        given, family = rng.choice(STYLES)
        parts = [rng.choice(given)]
        if rng.random() < 0.35:
            parts.append(rng.choice(given))  # a second given name or the father's
        parts.append(rng.choice(family))
        name = " ".join(parts)
        if name in seen:
            continue
        seen.add(name)
        count += 1
        print(json.dumps({"id": f"ar{count:05d}", "name": name, "type": "person"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
