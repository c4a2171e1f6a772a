"""Open an Office zip only after checking it cannot hurt us: size caps, zip bombs, XML entity tricks.

A .docx is a zip of XML parts. A few kilobytes of zip can inflate to gigabytes, and an XML part can
declare entities that expand exponentially ("billion laughs") or read local files. So before any XML
parser sees the archive we check the declared sizes (zipfile never inflates a member past its declared
size, so they bound the work), the compression ratios, and every XML part for DOCTYPE/ENTITY.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
import zlib

from ..errors import CorruptFileError, UnsafeFileError

ABSOLUTE_CAP = 100 * 1024 * 1024  # uncompressed bytes of all members together
SIZE_FACTOR = 20  # ... and at most this many times the input size limit
MAX_MEMBERS = 10_000
MAX_RATIO = 200  # Word XML deflates 5-30x; runs of zeros 1000x
RATIO_FLOOR = 1024 * 1024  # members smaller than this may have any ratio
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_SUFFIXES = (".xml", ".rels", ".vml")


def _check_sizes(infos: list[zipfile.ZipInfo], max_bytes: int) -> None:
    if len(infos) > MAX_MEMBERS:
        raise UnsafeFileError(f"refused: the archive has {len(infos)} members")
    cap = min(ABSOLUTE_CAP, max_bytes * SIZE_FACTOR)
    total = sum(info.file_size for info in infos)
    if total > cap:
        raise UnsafeFileError(f"refused: the archive would inflate to {total} bytes (limit {cap}); a zip bomb?")
    packed = sum(info.compress_size for info in infos)
    if total > RATIO_FLOOR and total > MAX_RATIO * max(packed, 1):  # many small members of zeros
        raise UnsafeFileError(f"refused: the archive inflates {total // max(packed, 1)} times; a zip bomb?")
    for info in infos:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeFileError(
                f"refused: {info.filename} inflates {info.file_size // max(info.compress_size, 1)} times; a zip bomb?"
            )


def _check_xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    head = archive.read(info)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="replace").encode("utf-8")
    if _DECLARATION.search(head):
        raise UnsafeFileError(f"refused: {info.filename} declares a DOCTYPE or entities (XML entity expansion)")


def open_checked(data: bytes, max_bytes: int, kind: str = ".docx") -> zipfile.ZipFile:
    """The archive, once it passed every check; CorruptFileError or UnsafeFileError otherwise."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
        _check_sizes(infos, max_bytes)
        for info in infos:
            if info.filename.lower().endswith(_XML_SUFFIXES):
                _check_xml(archive, info)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, RuntimeError) as exc:
        raise CorruptFileError(f"not a valid {kind} file: the zip archive is damaged ({exc})") from exc
    return archive
