"""Writing outputs safely: atomically, with the permissions of any user file, into a folder checked first.

Every output is written to a temporary file beside its target and renamed over it, so a reader (or
a run killed mid-write) never sees half a file. The temporary files carry this tool's own prefix,
so cleaning up after a killed run removes only files the tool made, never a user's `*.tmp`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import DirectiveExtractError

TEMP_PREFIX = ".directive-extract-"
TEMP_SUFFIX = ".tmp"
PROBE_BYTES = 1024 * 1024  # written and removed before any work: a full disk fails here, not after the run
MIN_FREE_BYTES = 16 * 1024 * 1024


class OutputDirError(DirectiveExtractError):
    """The output folder cannot be used: not a folder, not writable, or full."""

    code = "E400"


def file_mode() -> int:
    """The mode a plain `open(path, "w")` gives (0644 under the usual umask); mkstemp's 0600 is for secrets."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def make_folders(folder: Path) -> None:
    """`mkdir -p` one level at a time: pathlib's and os's recurse, and an input tree may be 1,000 deep."""
    missing = []
    while not folder.is_dir():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for level in reversed(missing):
        with contextlib.suppress(FileExistsError):
            level.mkdir()


def write_atomic_with(path: Path, write: Callable[[Path], None]) -> None:
    """Let `write` fill a temporary file beside `path`, then rename it over `path`."""
    make_folders(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name[:100]}.", suffix=TEMP_SUFFIX, dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, file_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: str) -> None:
    """Write UTF-8 text atomically."""
    write_atomic_with(path, lambda tmp: tmp.write_text(data, encoding="utf-8", newline=""))


def walk_files(folder: Path) -> Iterator[Path]:
    """Every file under `folder` (links not followed), with a stack: os.walk and rglob recurse per level."""
    stack = [folder]
    while stack:
        try:
            with os.scandir(stack.pop()) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError:
            continue
        for entry in reversed(entries):
            if entry.is_dir(follow_symlinks=False):
                stack.append(Path(entry.path))
        for entry in entries:
            if entry.is_file(follow_symlinks=False):
                yield Path(entry.path)


def remove_stale_temporaries(out_dir: Path) -> list[Path]:
    """This tool's temporary files left by a killed run, anywhere under `out_dir`; nothing else."""
    removed: list[Path] = []
    for path in walk_files(out_dir):
        if path.name.startswith(TEMP_PREFIX) and path.name.endswith(TEMP_SUFFIX):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def check_output_dir(out_dir: Path) -> None:
    """Create `out_dir` and prove it takes a file, before any work; OutputDirError with the reason if not."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputDirError(f"--out {out_dir} is a file, not a folder")
    try:
        make_folders(out_dir)
    except OSError as exc:
        raise OutputDirError(f"cannot create the output folder {out_dir}: {exc.strerror or exc}") from exc
    probe = None
    try:
        fd, probe = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}probe.", suffix=TEMP_SUFFIX, dir=out_dir)
        with os.fdopen(fd, "wb") as handle:
            handle.write(b"\0" * PROBE_BYTES)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise OutputDirError(f"cannot write in the output folder {out_dir}: {exc.strerror or exc}") from exc
    finally:
        if probe:
            Path(probe).unlink(missing_ok=True)
    free = shutil.disk_usage(out_dir).free
    if free < MIN_FREE_BYTES:
        raise OutputDirError(f"the output folder {out_dir} has only {free // 1024} KB free")
