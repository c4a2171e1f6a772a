#!/usr/bin/env python3
"""Regenerate ``resources/places.csv`` and ``resources/communes.csv`` from ``vietnam-provinces``.

The PyPI package ``vietnam-provinces`` ships one map of Vietnam per release:

* ``0.x`` releases: the 63 provinces and their districts (huyện, quận, thị xã,
  thành phố), each release frozen at its own date.  0.2.2 is the map of
  2019/early 2020, 0.4.3 the map of 2021 (after Thủ Đức and Phú Quốc became
  cities), 0.6.0 the map of 2025-01-04 (after the 2023-2025 district mergers,
  with Huế already a centrally-run city).  All of them are marked ``valid=2020``
  ("the 63-province era"); together they cover the names printed in 2020-2024.
* ``2025.x`` / ``2026.x`` releases: the 34 merged provinces of 2025-07-01 and
  their communes.  Marked ``valid=2025``.

Provinces and districts go to ``places.csv``; communes (xã, phường, thị trấn,
đặc khu) to ``communes.csv`` (``--communes``), a file of their own: places.csv
drives place reading everywhere, and commune names there would turn common
words into places.

The package can only be installed one version at a time, so the script runs in
two steps.  ``dump`` reads the installed package (its bundled
``NESTED_DIVISIONS_JSON_PATH``, which every release exports) and prints rows
for that release; ``merge`` needs no package and unions any number of dumps into
the final CSV (one row per name+kind+province, ``valid`` joined as
``2020|2025`` when a row is in both eras).  From the project root::

    for v in 0.2.2 0.4.3 0.6.0 2025.10.1; do
        python3 -m venv /tmp/vp-$v
        /tmp/vp-$v/bin/pip install -q "vietnam-provinces==$v"
        /tmp/vp-$v/bin/python scripts/build_places.py dump > /tmp/places-$v.csv
        /tmp/vp-$v/bin/python scripts/build_places.py dump --communes > /tmp/communes-$v.csv
    done
    python3 scripts/build_places.py merge /tmp/places-*.csv \\
        > src/directive_extract/resources/places.csv
    python3 scripts/build_places.py merge --communes /tmp/communes-*.csv \\
        > src/directive_extract/resources/communes.csv

(any ``0.x`` and any ``2025.x``/``2026.x`` release may be used; pass the
newest of each line at least).  Output columns: ``name,kind,province,valid``;
with ``--communes``: ``name,kind,province,district,valid``.

``name`` is the bare name without its type word ("Long An", "Cần Đước",
"Tân An", "Hồ Chí Minh"; HCMC's numbered districts are "1" … "12"), NFC, with
tone marks placed in the modern official style (Hòa, Thủy, not Hoà, Thuỷ).
``kind`` is province | city_province | city | town | district |
urban_district | district_city; ``province`` is the bare province name for
district-level rows and empty for provinces.  A commune's ``kind`` is
commune (xã) | ward (phường) | township (thị trấn) | special_zone (đặc khu),
``province`` its province's bare name in that map, ``district`` its district's
bare name in the 0.x maps and empty in the 2025 map (which has no districts).
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import json
import re
import sys
import unicodedata
from pathlib import Path

FIELDS = ["name", "kind", "province", "valid"]
DUMP_FIELDS = [*FIELDS, "code", "release"]
COMMUNE_FIELDS = ["name", "kind", "province", "district", "valid"]
COMMUNE_DUMP_FIELDS = [*COMMUNE_FIELDS, "code", "release"]

# Type words that open a division's name, longest first, with the kind they give.
PROVINCE_PREFIXES = [("thành phố", "city_province"), ("tỉnh", "province")]
DISTRICT_PREFIXES = [
    ("thành phố", "city"),
    ("thị xã", "town"),
    ("huyện", "district"),
    ("quận", "urban_district"),
]
# Fallback when a name carries no type word (2025.x drops "Tỉnh").  Release 0.6.0
# stores wrong division_type values (every province "tỉnh", every district
# "huyện"), so the type word in the name is always tried first.
PROVINCE_TYPES = {"tỉnh": "province", "thành phố trung ương": "city_province"}
DISTRICT_TYPES = {
    "thành phố": "city",
    "thị xã": "town",
    "huyện": "district",
    "quận": "urban_district",
}

COMMUNE_PREFIXES = [
    ("thị trấn", "township"),
    ("phường", "ward"),
    ("đặc khu", "special_zone"),
    ("xã", "commune"),
]
# 0.x releases store every commune as "xã": the type word in the name decides first, as above.
COMMUNE_TYPES = dict(COMMUNE_PREFIXES)

# Spellings that differ between releases for the same place; the official one wins.
SPELLING = {"Qui Nhơn": "Quy Nhơn"}

_OLD_TONE = re.compile(r"(?<![qQ])([oO])([àáảãạ])(?!\w)|([oO])([èéẻẽẹ])(?!\w)|(?<![qQ])([uU])([ỳýỷỹỵ])(?!\w)")


def _move_tone(m: re.Match[str]) -> str:
    """'oà' -> 'òa', 'oẻ' -> 'ỏe', 'uỷ' -> 'ủy' (tone on the first vowel, open syllable)."""
    first, toned = next((a, b) for a, b in zip(m.groups()[::2], m.groups()[1::2], strict=True) if a)
    base = unicodedata.normalize("NFD", toned)
    bare, marks = base[0], base[1:]
    return unicodedata.normalize("NFC", first + marks) + bare


def clean_name(text: str) -> str:
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    text = unicodedata.normalize("NFC", _OLD_TONE.sub(_move_tone, text))
    return SPELLING.get(text, text)


def split_type(name: str, prefixes: list[tuple[str, str]]) -> tuple[str, str | None]:
    low = name.casefold()
    for word, kind in prefixes:
        if low.startswith(word + " "):
            return name[len(word) + 1 :].strip(), kind
    return name.strip(), None


def release_info() -> tuple[str, str, Path]:
    import vietnam_provinces as vp

    version = importlib.metadata.version("vietnam-provinces")
    major = int(version.split(".")[0])
    valid = "2020" if major == 0 else "2025"
    return version, valid, Path(vp.NESTED_DIVISIONS_JSON_PATH)


def _province(prov: dict) -> tuple[str, str]:
    pname, pkind = split_type(clean_name(prov["name"]), PROVINCE_PREFIXES)
    pkind = pkind or PROVINCE_TYPES.get(prov.get("division_type", ""))
    if pkind is None:
        raise SystemExit(f"unknown province type: {prov['name']!r}")
    return pname, pkind


def _district(dist: dict, pkind: str) -> tuple[str, str]:
    dname, dkind = split_type(clean_name(dist["name"]), DISTRICT_PREFIXES)
    dkind = dkind or DISTRICT_TYPES.get(dist.get("division_type", ""))
    if dkind is None:
        raise SystemExit(f"unknown district type: {dist['name']!r}")
    if dkind == "city" and pkind == "city_province":
        dkind = "district_city"  # Thủ Đức, Thủy Nguyên
    return dname, dkind


def _commune(ward: dict) -> tuple[str, str]:
    cname, ckind = split_type(clean_name(ward["name"]), COMMUNE_PREFIXES)
    ckind = ckind or COMMUNE_TYPES.get(ward.get("division_type", ""))
    if ckind is None or not cname:
        raise SystemExit(f"unknown commune type: {ward['name']!r}")
    return cname, ckind


def _divisions() -> tuple[str, str, list[dict]]:
    version, valid, path = release_info()
    return version, valid, json.loads(path.read_text(encoding="utf-8"))


def dump_rows() -> list[dict[str, str]]:
    version, valid, data = _divisions()
    rows: list[dict[str, str]] = []
    for prov in data:
        pname, pkind = _province(prov)
        rows.append(
            {
                "name": pname,
                "kind": pkind,
                "province": "",
                "valid": valid,
                "code": str(prov["code"]),
                "release": version,
            }
        )
        for dist in prov.get("districts", []):  # absent in 2025.x: no districts
            dname, dkind = _district(dist, pkind)
            rows.append(
                {
                    "name": dname,
                    "kind": dkind,
                    "province": pname,
                    "valid": valid,
                    "code": str(dist["code"]),
                    "release": version,
                }
            )
    return rows


def dump_commune_rows() -> list[dict[str, str]]:
    """The communes of the installed release: under their districts (0.x) or their provinces (2025.x)."""
    version, valid, data = _divisions()
    rows: list[dict[str, str]] = []

    def add(ward: dict, province: str, district: str) -> None:
        name, kind = _commune(ward)
        rows.append(
            {
                "name": name,
                "kind": kind,
                "province": province,
                "district": district,
                "valid": valid,
                "code": str(ward["code"]),
                "release": version,
            }
        )

    for prov in data:
        pname, pkind = _province(prov)
        for dist in prov.get("districts", []):
            dname, _ = _district(dist, pkind)
            for ward in dist.get("wards", []):
                add(ward, pname, dname)
        for ward in prov.get("wards", []):  # 2025.x: communes right under the province
            add(ward, pname, "")
    if not rows:
        raise SystemExit(f"release {version} lists no communes")
    return rows


def sort_key(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.casefold()


def merge_rows(paths: list[Path]) -> list[dict[str, str]]:
    merged: dict[tuple[str, str, str], set[str]] = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                key = (clean_name(row["name"]), row["kind"], clean_name(row["province"]))
                merged.setdefault(key, set()).update(row["valid"].split("|"))
    out = [{"name": n, "kind": k, "province": p, "valid": "|".join(sorted(v))} for (n, k, p), v in merged.items()]
    # provinces first, then each province's districts
    out.sort(key=lambda r: (r["province"] != "", sort_key(r["province"]), sort_key(r["name"]), r["kind"]))
    return out


def merge_commune_rows(paths: list[Path]) -> list[dict[str, str]]:
    merged: dict[tuple[str, str, str, str], set[str]] = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                key = (clean_name(row["name"]), row["kind"], clean_name(row["province"]), clean_name(row["district"]))
                merged.setdefault(key, set()).update(row["valid"].split("|"))
    out = [
        {"name": n, "kind": k, "province": p, "district": d, "valid": "|".join(sorted(v))}
        for (n, k, p, d), v in merged.items()
    ]
    out.sort(key=lambda r: (sort_key(r["province"]), sort_key(r["district"]), sort_key(r["name"]), r["kind"]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    dp = sub.add_parser("dump", help="print rows of the installed vietnam-provinces release")
    dp.add_argument("--communes", action="store_true", help="the communes (communes.csv rows), not the districts")
    mp = sub.add_parser("merge", help="union dumps into places.csv rows")
    mp.add_argument("--communes", action="store_true", help="union commune dumps into communes.csv rows")
    mp.add_argument("dumps", nargs="+", type=Path)
    args = ap.parse_args(argv)

    if args.cmd == "dump":
        rows, fields = (dump_commune_rows(), COMMUNE_DUMP_FIELDS) if args.communes else (dump_rows(), DUMP_FIELDS)
    elif args.communes:
        rows, fields = merge_commune_rows(args.dumps), COMMUNE_FIELDS
    else:
        rows, fields = merge_rows(args.dumps), FIELDS
    writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
