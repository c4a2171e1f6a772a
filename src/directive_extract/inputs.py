"""The input files of a batch: folders walked without recursion, every entry that cannot be read reported.

A folder is walked with an explicit stack (a tree a thousand levels deep is only a long list), in
name order. What is not a readable document but looks like one is returned with a `problem`, so
the batch reports it instead of skipping it silently: a folder that cannot be opened, a FIFO or
device named like a document, a link that leads nowhere, a link that leaves the folder given (not
followed unless `follow_links`), a folder loop. Hidden entries (".name") and the output folder are
left out: the tool never reads its own outputs back as inputs.

Names that are not valid UTF-8 are kept as the file system gives them (to read the file) and shown
with backslash escapes (`caf\\xe9.txt`) wherever they are printed or written.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

INPUT_SUFFIXES = {".txt", ".docx", ".pdf", ".html", ".htm"}


def shown(name: str | os.PathLike) -> str:
    """A path as text that can always be printed and written as UTF-8."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


_ESCAPED_BYTE = re.compile(r"\\x([89a-f][0-9a-f])")


def unshown(text: str) -> str:
    """The path `shown` printed, back as the file system spells it (undecodable bytes are 80-ff)."""
    return _ESCAPED_BYTE.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), text)


@dataclass
class InputFile:
    path: Path  # where to read it
    relative: PurePosixPath  # where it sits under the folder given (the file name for a file given)
    problem: str | None = None  # why it cannot be read; reported as an error of this entry

    def __fspath__(self) -> str:  # usable wherever a path is: open(entry), str(entry)
        return os.fspath(self.path)

    def __str__(self) -> str:
        return str(self.path)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def document(self) -> str:
        """The document's name in run.json, the notice and the tables: its relative path, printable."""
        return shown(str(self.relative))


def _is_inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _walk(root: Path, excluded: list[str], follow_links: bool) -> list[InputFile]:
    found: list[InputFile] = []
    root_real = os.path.realpath(root)
    try:
        root_stat = os.stat(root)
    except OSError as exc:
        return [InputFile(root, PurePosixPath(shown(root.name)), f"cannot read the folder: {exc.strerror or exc}")]
    visited = {(root_stat.st_dev, root_stat.st_ino)}
    # each folder with its real path: an entry that is no link is real where its folder is, so the real path of
    # every entry is not resolved again component by component (a tree 1,000 folders deep cost 500,000 lstat calls)
    stack: list[tuple[Path, PurePosixPath, str]] = [(root, PurePosixPath(), root_real)]
    while stack:
        folder, relative, folder_real = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            found.append(InputFile(folder, relative, f"cannot read the folder: {exc.strerror or exc}"))
            continue
        subfolders: list[tuple[Path, PurePosixPath, str]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path, rel = Path(entry.path), relative / entry.name
            looks_like_input = Path(entry.name).suffix.lower() in INPUT_SUFFIXES
            real = os.path.realpath(path) if entry.is_symlink() else os.path.join(folder_real, entry.name)
            if any(_is_inside(real, out) for out in excluded):
                continue
            try:
                info = os.stat(path)
            except FileNotFoundError:
                if entry.is_symlink() and looks_like_input:
                    found.append(InputFile(path, rel, f"a link to {shown(real)}, which does not exist"))
                continue
            except OSError as exc:
                if looks_like_input:
                    found.append(InputFile(path, rel, f"cannot read it: {exc.strerror or exc}"))
                continue
            is_dir = stat.S_ISDIR(info.st_mode)
            if entry.is_symlink() and not follow_links and not _is_inside(real, root_real):
                if is_dir or looks_like_input:
                    problem = f"a link to {shown(real)}, outside the folder given: not followed (--follow-links)"
                    found.append(InputFile(path, rel, problem))
                continue
            if is_dir:
                key = (info.st_dev, info.st_ino)
                if key in visited:
                    found.append(InputFile(path, rel, f"a folder loop: {shown(path)} leads back to {shown(real)}"))
                    continue
                visited.add(key)
                subfolders.append((path, rel, real))
            elif looks_like_input:
                problem = None if stat.S_ISREG(info.st_mode) else _kind(info.st_mode)
                found.append(InputFile(path, rel, problem))
        stack.extend(reversed(subfolders))
    return found


def collect_inputs(paths: Iterable[Path], exclude: Iterable[Path] = (), follow_links: bool = False) -> list[InputFile]:
    """Files as given and every document under each folder given, in a stable order, each once.

    A folder's files are named by their path relative to it; a file given by itself by its name.
    """
    excluded = [os.path.realpath(p) for p in exclude]
    found: list[InputFile] = []
    seen: set[str] = set()
    for path in paths:
        path = Path(path)
        entries = (
            _walk(path, excluded, follow_links)
            if path.is_dir()
            else [InputFile(path, PurePosixPath(path.name or str(path)))]
        )
        for entry in entries:
            key = os.path.abspath(entry.path)
            if key not in seen:
                seen.add(key)
                found.append(entry)
    return found
