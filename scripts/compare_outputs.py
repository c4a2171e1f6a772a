"""Do two versions of the package give the same bytes? For a change that must not change any output.

Extracts, with the package at each of two git revisions (or two source folders), every corpus file
(`corpus/docs`, `../shared/corpus/{raw,raw2,dev}`) and `--cut` texts cut from the corpus at random
offsets and sizes, some mutated (capitals, CRLF, NFD, NBSP and zero-width spaces, a deletion), in a
fresh process each, and prints every document whose JSON differs or that fails on one side only.

Usage: python scripts/compare_outputs.py main HEAD [--cut 2000] [--seed 1]
       python scripts/compare_outputs.py /path/to/old/src /path/to/new/src
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "corpus" / "docs", *(ROOT.parent / "shared" / "corpus" / name for name in ("raw", "raw2", "dev"))]
SUFFIXES = {".txt", ".docx", ".pdf", ".html"}

_CHILD = r"""
import json, sys
from directive_extract import extract, extract_file
from directive_extract.batch import notice_json
files, texts = json.load(open(sys.argv[1], encoding="utf-8"))
out = []
for item, read in [(f, extract_file) for f in files] + [(t, extract) for t in texts]:
    try:
        out.append(notice_json(read(item)))
    except Exception as exc:
        out.append(f"ERROR {type(exc).__name__}: {exc}")
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"))
"""


def source_of(version: str, tmp: Path) -> Path:
    """A folder holding the package: `version` itself, or the `src` of that git revision."""
    if Path(version).is_dir():
        return Path(version)
    target = tmp / version.replace("/", "_")
    target.mkdir()
    for paths in (["src", "models"], ["src"]):  # an older revision has no models/
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", version, *paths], capture_output=True)
        if archive.returncode == 0:
            break
    archive.check_returncode()
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target / "src"


def cut_texts(files: list[Path], count: int, seed: int) -> list[str]:
    texts = [f.read_text(encoding="utf-8") for f in files if f.suffix == ".txt"]
    joined = "\n\n".join(texts)
    rng = random.Random(seed)
    mutations = [
        str.upper,
        str.lower,
        lambda t: t.replace("\n", "\r\n"),
        lambda t: unicodedata.normalize("NFD", t),
        lambda t: t.replace(" ", "\u00a0", 5).replace("a", "a\u200b", 3),
    ]
    out = []
    for _ in range(count):
        size = rng.choice([20, 80, 300, 1500, 6000, 20000])
        start = rng.randrange(0, max(1, len(joined) - size))
        text = joined[start : start + size]
        roll = rng.random()
        if roll < 0.5:
            text = mutations[int(roll * 10)](text)
        elif roll < 0.6 and text:
            at = rng.randrange(len(text))
            text = text[:at] + text[at + rng.randint(1, 20) :]
        out.append(text)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--cut", type=int, default=2000, help="texts cut from the corpus")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    files = sorted(p for folder in FOLDERS if folder.is_dir() for p in folder.iterdir() if p.suffix in SUFFIXES)
    texts = cut_texts(files, args.cut, args.seed)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        (tmp / "in.json").write_text(json.dumps([[str(f) for f in files], texts], ensure_ascii=False), "utf-8")
        results = []
        for side, version in (("old", args.old), ("new", args.new)):
            env = {**os.environ, "PYTHONPATH": str(source_of(version, tmp))}
            command = [sys.executable, "-c", _CHILD, str(tmp / "in.json"), str(tmp / f"{side}.json")]
            subprocess.run(command, env=env, check=True)
            results.append(json.loads((tmp / f"{side}.json").read_text(encoding="utf-8")))
    names = [str(f.relative_to(ROOT.parent)) for f in files] + [f"cut {i}: {t[:40]!r}" for i, t in enumerate(texts)]
    differ = [(name, a, b) for name, a, b in zip(names, *results, strict=True) if a != b]
    print(f"{len(files)} files and {len(texts)} cut texts: {len(differ)} differ")
    for name, a, b in differ[:20]:
        fails = a.startswith("ERROR") or b.startswith("ERROR")
        print(f"  {name}: " + ("fails on one side" if fails else "JSON differs"))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
