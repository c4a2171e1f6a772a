"""Bring real documents into corpus/docs as the text the extractor reads.

A .txt source is copied byte for byte; a .pdf, .docx or .html source is decoded once by the
package's own reader (`read_file`) and written as UTF-8, so that gold `text` fields are slices of
exactly what the pipeline sees. The original stays where it came from (SOURCES.tsv says where).

    python scripts/import_documents.py ../shared/corpus/raw2/r2_05_*.docx ...
    python scripts/import_documents.py --to /tmp/sealed ../shared/corpus/raw2/r2_07_*.pdf ...
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from directive_extract.read import read_file

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "docs"


def import_document(path: Path, docs: Path = DOCS) -> Path:
    target = docs / f"{path.stem}.txt"
    if target.exists():
        raise SystemExit(f"{target} exists already: the corpus copy is never re-made")
    if path.suffix.lower() == ".txt":
        shutil.copyfile(path, target)
    else:
        text, _label = read_file(path)
        target.write_text(text, encoding="utf-8", newline="")
    return target


def main(argv: list[str]) -> None:
    docs = DOCS
    if argv[:1] == ["--to"]:
        docs, argv = Path(argv[1]), argv[2:]
        docs.mkdir(parents=True, exist_ok=True)
    for name in argv:
        print(import_document(Path(name), docs))


if __name__ == "__main__":
    main(sys.argv[1:])
