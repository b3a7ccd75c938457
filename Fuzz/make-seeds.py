#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (Fuzz/corpus/<target>/) from
small slices of the real lists (LISTS, default ../shared/lists beside the
repository) and the fixtures of lists/fixtures. Run from the repository root:

    python3 Fuzz/make-seeds.py [LISTS]

The seeds are committed; this script documents where they come from. The
saved-index seed (FuzzIndexLoader) is written by `sanctions` itself (see
Fuzz/README.md)."""
import gzip, io, os, re, sys, zipfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lists = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "lists")
fixtures = os.path.join(root, "lists", "fixtures")
corpus = os.path.join(root, "Fuzz", "corpus")

# FuzzListParsers: the first byte picks the file name ('0' list.xml, '1' list.csv,
# '2' list.json, '3' list.xlsx, '4' list.zip, '5' list.csv.gz, '6' sdn.csv, '7' cons_prim.csv).
XML, CSV, JSON, XLSX, ZIP, CSVGZ, SDN, CONS = b"01234567"


def write(target, name, data):
    folder = os.path.join(corpus, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def read(path, limit=None):
    with open(path, "rb") as f:
        return f.read() if limit is None else f.read(limit)


def lines(data, count):
    return b"".join(data.splitlines(keepends=True)[:count])


def xml_slice(path, record, count, limit=4 << 20):
    """The document up to the end of its `count`th <record> element, with the
    open ancestors closed again."""
    data = read(path, limit)
    end = 0
    for _ in range(count):
        end = data.index(b"</" + record + b">", end) + len(record) + 3
    head = data[:end]
    # Close what is still open (a simple stack over start/end tags).
    stack = []
    for match in re.finditer(rb"<(/?)([A-Za-z_][\w:.-]*)[^>]*?(/?)>", head):
        closing, name, empty = match.groups()
        if closing:
            while stack and stack.pop() != name:
                pass
        elif not empty:
            stack.append(name)
    return head + b"".join(b"</" + name + b">" for name in reversed(stack)) + b"\n"


def xlsx_slice(path, rows):
    """The workbook with only its first `rows` rows and the shared strings they use."""
    source = zipfile.ZipFile(path)
    sheet = source.read("xl/worksheets/sheet1.xml")
    start = sheet.index(b"<sheetData>") + len(b"<sheetData>")
    row_ends = [m.end() for m in re.finditer(rb"</row>", sheet[start:])]
    cut = start + row_ends[min(rows, len(row_ends)) - 1]
    sheet = sheet[:cut] + sheet[sheet.index(b"</sheetData>"):]
    sheet = re.sub(rb"<dimension [^>]*/>", b"", sheet)
    used = [int(m.group(1)) for m in re.finditer(rb't="s"[^>]*><v>(\d+)</v>', sheet)]
    strings = source.read("xl/sharedStrings.xml")
    items = list(re.finditer(rb"<si>.*?</si>", strings, re.S))
    keep = (max(used) + 1) if used else 0
    body = b"".join(m.group(0) for m in items[:keep])
    header = strings[: items[0].start()] if items else strings
    header = re.sub(rb'count="\d+"', b'count="%d"' % keep, header)
    header = re.sub(rb'uniqueCount="\d+"', b'uniqueCount="%d"' % keep, header)
    strings = header + body + b"</sst>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]:
            if name in source.namelist():
                target.writestr(zip_member(name), source.read(name))
        target.writestr(zip_member("xl/worksheets/sheet1.xml"), sheet)
        target.writestr(zip_member("xl/sharedStrings.xml"), strings)
    return out.getvalue()


def zip_member(name):
    """A zip member's header with a fixed date (the seeds are byte-for-byte reproducible)."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def zipped(name, data, method=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as target:
        target.writestr(zip_member(name), data)
    return out.getvalue()


P = "FuzzListParsers"
un = xml_slice(os.path.join(lists, "un", "consolidated.xml"), b"INDIVIDUAL", 2)
write(P, "un.xml", bytes([XML]) + un)
write(P, "un_fixture.xml", bytes([XML]) + read(os.path.join(fixtures, "entities_un.xml")))
write(P, "canada.xml", bytes([XML]) + xml_slice(os.path.join(lists, "canada_sema", "sema-lmes.xml"), b"record", 3))
enhanced_zip = zipfile.ZipFile(os.path.join(lists, "ofac_cons", "2025-01", "CONS_ENHANCED.ZIP"))
with enhanced_zip.open("CONS_ENHANCED.XML") as member:
    head = member.read(1 << 20)
with open("/tmp/fuzz-seed-enhanced.xml", "wb") as f:
    f.write(head)
enhanced = xml_slice("/tmp/fuzz-seed-enhanced.xml", b"entity", 2)
os.remove("/tmp/fuzz-seed-enhanced.xml")
# Keep only the reference values the two entities refer to.
entities_at = enhanced.index(b"<entities")
used = set(re.findall(rb'refId="(\d+)"', enhanced[entities_at:]))
enhanced = re.sub(
    rb'\s*<referenceValue refId="(\d+)".*?</referenceValue>',
    lambda m: m.group(0) if m.group(1) in used else b"",
    enhanced[:entities_at], flags=re.S) + enhanced[entities_at:]
write(P, "ofac_enhanced.xml", bytes([XML]) + enhanced)
write(P, "ofac_enhanced.zip", bytes([ZIP]) + zipped("CONS_ENHANCED.XML", enhanced))
write(P, "ofac_sdn.csv", bytes([SDN]) + lines(read(os.path.join(lists, "ofac_sdn", "2024-05-03", "sdn.csv"), 1 << 16), 12))
write(P, "ofac_cons_prim.csv", bytes([CONS]) + lines(read(os.path.join(lists, "ofac_cons", "2025-03", "cons_prim.csv"), 1 << 16), 12))
write(P, "ofac_fixture_sdn.csv", bytes([SDN]) + read(os.path.join(fixtures, "ofac_set", "SDN.CSV")))
write(P, "uk.csv", bytes([CSV]) + lines(read(os.path.join(lists, "uk", "ofsi_conlist", "2018-04-13", "sanctionsconlist.csv"), 1 << 16), 8))
write(P, "uk_legacy.csv", bytes([CSV]) + read(os.path.join(fixtures, "uk_legacy.csv")))
write(P, "uk.xlsx", bytes([XLSX]) + xlsx_slice(os.path.join(lists, "uk", "ofsi_conlist", "2025-04-14", "ConList.xlsx"), 6))
write(P, "dfat.xlsx", bytes([XLSX]) + xlsx_slice(os.path.join(lists, "australia_dfat", "regulation8_consolidated.xlsx"), 6))
with gzip.open(os.path.join(lists, "us_csl", "consolidated.csv.gz")) as f:
    csl = lines(f.read(1 << 16), 5)
write(P, "csl.csv", bytes([CSV]) + csl)
write(P, "csl.csv.gz", bytes([CSVGZ]) + gzip.compress(csl, mtime=0))
write(P, "ftm.json", bytes([JSON]) + lines(read(os.path.join(fixtures, "ftm", "entities.ftm.json")), 4))
for name in ["watchlist.csv", "watchlist.jsonl", "names.json"]:
    write(P, "custom_" + name, bytes([JSON if "json" in name else CSV]) + read(os.path.join(fixtures, "custom", name)))
write(P, "derived_names.json", bytes([JSON]) + read(os.path.join(lists, "derived_nonofficial", "ofac_names_2026-03-22.json"), 600).rsplit(b'",', 1)[0] + b'"]')

# FuzzNormalizer and FuzzMatcher: names from the lists, in several scripts.
names = [
    "Ayman al-Zawahiri", "AL-ZAWAHIRI, Ayman", "أيمن الظواهري", "Усама бен Ладен", "金正恩", "김정은",
    "Banco Nacional de Cuba", "IRISL (Islamic Republic of Iran Shipping Lines)", "Ðặng Văn Thắng",
    "O'Neil-MacDonald Jr.", "ZAO \"Rosoboronexport\"", "Μιχάλης Παπαδόπουλος", "יוסף כהן", "Sheikh Mohammed bin Rashid",
    "M/V NORTHERN STAR 7", "Ali\u0301 Hass\u00e1n", "ＴＯＫＹＯ　ＢＡＮＫ", "GazpromBank", "1267",
]
for index, name in enumerate(names):
    write("FuzzNormalizer", "name%02d" % index, name.encode())
write("FuzzNormalizer", "invalid_utf8", b"Ali \xff\xfe Hassan \xc3")
pairs = [
    ("Ayman al-Zawahiri", "AL-ZAWAHIRI, Ayman"), ("Usama bin Laden", "Osama ben Ladin"), ("أيمن الظواهري", "Ayman Zawahiri"),
    ("Banco Nacional de Cuba", "National Bank of Cuba"), ("金正恩", "Kim Jong Un"), ("Мохаммед Али", "Mohammed Ali"),
    ("IRISL", "Islamic Republic of Iran Shipping Lines"), ("Hassan Ali Khan", "Khan Hassan"), ("M/V NORTHERN STAR", "Northern Star"),
]
for index, (a, b) in enumerate(pairs):
    write("FuzzMatcher", "pair%02d" % index, (a + "\n" + b).encode())

# FuzzQueryReaders: JSON lines and CSV as `sanctions screen` reads them.
Q = "FuzzQueryReaders"
write(Q, "jsonl", b'{"name":"Ali Hassan","kind":"person","birth_year":1970}\n{"name":"Bank Melli","country":"IR"}\n{"id":"c-3","name":"\\u0623\\u064a\\u0645\\u0646"}\n')
write(Q, "csv", b'id,name,kind,birth_year,country\n1,"Hassan, Ali",person,1970,IQ\n2,Bank Melli,organization,,IR\n3,"He said ""no""",,,\r\n')
write(Q, "json_array", b'["Ayman al-Zawahiri", "Banco Nacional de Cuba", {"name": "x", "nested": [1, 2.5e3, true, null]}]')
write(Q, "csv_multiline", b'name,note\n"Ali\nHassan","a ""quoted""\r\nline" \nlast,row')
