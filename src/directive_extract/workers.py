"""Worker processes with a time and memory limit per task: a hung or runaway document costs only itself.

Each worker is a child process with its own pipe and one task at a time, so a result, a timeout or
a death is always charged to the right file. The parent waits on every pipe and every process at
once; a task over its time limit has its worker killed (SIGKILL: a regular expression stuck in the
C engine never returns to Python to see a gentler signal) and a fresh worker takes its place. The
memory cap is the worker's address-space limit (`RLIMIT_AS`): an allocation over it raises
MemoryError inside the task, which is reported, and the worker is replaced after it. It counts as a
memory failure too when a library wrapped it in its own error, and when the worker had no memory
left even to say so (it then exits with a code of its own).

Workers are forked from a fork server (multiprocessing's `forkserver`): a clean interpreter started
once per run, which imports the `preload` modules (for the batch, `warm.py`: the package with its
matcher built) and then forks a worker whenever one is needed. A worker thus starts in a few
milliseconds with the data loaded, where a spawned one spent ~0.5 s of CPU importing and compiling;
and it is forked from a process that runs no other thread (the batch's parent runs a progress
thread, which a plain fork would copy mid-lock).

Workers die with the batch: each watches the process that owns the pool (a pidfd on Linux, a poll
elsewhere) and exits at once when it ends, even in the middle of a task; the fork server exits
when the batch and its workers are gone. Workers ignore Ctrl-C; the parent stops them.

Why not a library: concurrent.futures cannot stop one task; pebble can, but its workers share one
channel and, in a test here, charged a worker's death to another task (issue 12) — per-file accounting
is the point, so the pool below keeps a pipe per worker, which makes that impossible.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import select
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

_PR_SET_PDEATHSIG = 1
_OUT_OF_MEMORY_EXIT = 86  # a worker's exit code when it ran out of memory and could not even say so


@dataclass
class Outcome:
    """What became of one task: its value, or why there is none."""

    key: Any
    value: Any = None
    failure: str | None = None  # "timeout", "memory", "died", "error"
    message: str | None = None
    seconds: float = 0.0


def _start_small_daemon(target: Callable[[], None]) -> None:
    """A watch thread with a small stack: a thread's stack counts against the memory cap."""
    previous = threading.stack_size(256 << 10)
    try:
        threading.Thread(target=target, daemon=True).start()
    finally:
        threading.stack_size(previous)


def _die_with_owner(owner: int) -> None:
    """End this worker as soon as the process that owns the pool ends, whatever the worker is doing."""
    if os.getppid() == owner and sys.platform.startswith("linux"):  # a direct child: the kernel can do it
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    try:
        handle = os.pidfd_open(owner)  # readable once the owner has ended
    except (AttributeError, OSError):
        handle = None

    def watch() -> None:
        if handle is not None:
            select.select([handle], [], [])
            os._exit(1)
        while True:
            try:
                os.kill(owner, 0)
            except ProcessLookupError:
                os._exit(1)
            except OSError:
                pass
            time.sleep(0.5)

    _start_small_daemon(watch)


_AT_THE_LIMIT = 4 << 20  # bytes under the cap: less than CPython's allocator asks the system for at a time
_STUCK_SECONDS = 2.0


def _limit_memory(max_bytes: int | None) -> None:
    if not max_bytes:
        return
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))
        _watch_the_limit(max_bytes)


def _watch_the_limit(max_bytes: int) -> None:
    """End the worker as out of memory when its address space stays at the cap. There CPython's allocator
    fails to map a new arena for each small object and falls back to the heap, which still has a little room:
    nothing raises MemoryError, but every allocation costs a failed system call and the task crawls on until
    its time limit (a 26M-character text, about one run in three)."""
    try:
        statm = os.open("/proc/self/statm", os.O_RDONLY)
    except OSError:
        return  # not Linux: the cap alone
    page = os.sysconf("SC_PAGE_SIZE")

    def watch() -> None:
        since = None
        try:
            while True:
                size = int(os.pread(statm, 64, 0).split()[0]) * page
                if size < max_bytes - _AT_THE_LIMIT:
                    since = None
                elif since is None:
                    since = time.monotonic()
                elif time.monotonic() - since > _STUCK_SECONDS:
                    os._exit(_OUT_OF_MEMORY_EXIT)
                time.sleep(0.25)
        except MemoryError:
            os._exit(_OUT_OF_MEMORY_EXIT)

    _start_small_daemon(watch)


def out_of_memory(exc: BaseException) -> bool:
    """A MemoryError, or an error raised while handling one (a library may wrap it in its own)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, MemoryError):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def _worker(conn: Connection, function: Callable, max_memory: int | None, owner: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_owner(owner)
    _limit_memory(max_memory)
    try:
        _serve(conn, function)
    except MemoryError:  # no memory left even to report it: the exit code says it
        os._exit(_OUT_OF_MEMORY_EXIT)


def _serve(conn: Connection, function: Callable) -> None:
    conn.send(("ready", None, None))  # a task's clock starts when it is handed over
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        key, args = task
        try:
            reply = ("ok", key, function(*args))
        except Exception as exc:  # the function reports its own failures; this is a bug in it, or memory
            reply = ("memory", key, None) if out_of_memory(exc) else ("error", key, f"{type(exc).__name__}: {exc}")
        # the exception is gone here, and with it the frames that held the task's memory
        conn.send(reply)
        if reply[0] == "memory":
            return  # after a MemoryError the process may be in a poor state: a fresh one follows


class _Slot:
    def __init__(self, context, function, max_memory) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, function, max_memory, os.getpid()), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.key: Any = None
        self.started = 0.0

    def kill(self) -> None:
        with contextlib.suppress(OSError, AttributeError):
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """`jobs` workers running `function(*args)`; `run` yields an Outcome per task as each ends."""

    def __init__(
        self,
        function: Callable,
        jobs: int = 1,
        timeout: float | None = None,
        max_memory: int | None = None,
        preload: tuple[str, ...] = (),
    ) -> None:
        """`preload`: modules the fork server imports once, before it forks the workers."""
        self.function, self.jobs, self.timeout = function, max(1, jobs), timeout or None
        self.max_memory = max_memory or None
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(list(preload))  # read when the fork server starts
        self.slots: list[_Slot] = []
        self.start_failures = 0

    def _slot(self) -> _Slot:
        return _Slot(self.context, self.function, self.max_memory)

    def run(self, tasks: Iterable[tuple[Any, tuple]]) -> Iterator[Outcome]:
        pending = list(tasks)
        pending.reverse()
        try:
            self.slots = [self._slot() for _ in range(min(self.jobs, len(pending)))]
            while pending or any(slot.key is not None for slot in self.slots):
                if not self.slots:
                    raise RuntimeError("no worker process could be started")
                for slot in self.slots:
                    if slot.ready and slot.key is None and pending:
                        slot.key, args = pending.pop()
                        slot.started = time.monotonic()
                        slot.conn.send((slot.key, args))
                yield from self._collect()
        finally:
            self.close()

    def _collect(self) -> Iterator[Outcome]:
        busy = [slot for slot in self.slots if slot.key is not None]
        starting = [slot for slot in self.slots if not slot.ready]
        now = time.monotonic()
        wait_for = 1.0
        if self.timeout and busy:
            wait_for = max(0.0, min(slot.started + self.timeout - now for slot in busy))
        watched = busy + starting
        ready = wait([slot.conn for slot in watched] + [slot.process.sentinel for slot in watched], timeout=wait_for)
        for index, slot in enumerate(self.slots):
            if not slot.ready and slot.key is None:
                if slot.conn in ready:
                    try:
                        slot.ready = slot.conn.recv()[0] == "ready"
                    except (EOFError, OSError):
                        slot.ready = False
                if not slot.ready and (slot.conn in ready or slot.process.sentinel in ready):
                    slot.kill()  # it died while starting: start another (a task is never lost to this)
                    self.start_failures += 1
                    if self.start_failures > 3 * self.jobs + 3:
                        raise RuntimeError("worker processes keep dying while they start")
                    self.slots[index] = self._slot()
                continue
            if slot.key is None:
                continue
            took = time.monotonic() - slot.started
            outcome = None
            if slot.conn in ready:
                try:
                    status, key, value = slot.conn.recv()
                except (EOFError, OSError):
                    status, value = "died", None
                else:
                    if status == "ok":
                        outcome = Outcome(key, value, seconds=took)
                    elif status == "error":
                        outcome = Outcome(key, failure="error", message=value, seconds=took)
                if outcome is None:
                    outcome = Outcome(slot.key, failure=status, seconds=took)
            elif slot.process.sentinel in ready:
                outcome = Outcome(slot.key, failure="died", seconds=took)
            elif self.timeout and took >= self.timeout:
                outcome = Outcome(slot.key, failure="timeout", seconds=took)
            if outcome is None:
                continue
            if outcome.failure == "died":
                code = slot.process.exitcode
                slot.process.join(1)
                code = slot.process.exitcode if code is None else code
                if code == _OUT_OF_MEMORY_EXIT and self.max_memory:
                    outcome.failure = "memory"
                else:
                    outcome.message = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
            slot.key = None
            if outcome.failure in ("timeout", "memory", "died"):
                slot.kill()
                self.slots[index] = self._slot()
            yield outcome

    def close(self) -> None:
        for slot in self.slots:
            if slot.key is None and slot.process.is_alive():
                with contextlib.suppress(OSError):
                    slot.conn.send(None)
        deadline = time.monotonic() + 2
        for slot in self.slots:
            if slot.key is not None:
                slot.kill()
                continue
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                slot.kill()
        self.slots = []
        _stop_fork_server()


def _stop_fork_server() -> None:
    """Stop the fork server and wait for it (it holds the loaded data; its CPU, and its workers', is
    then counted as this process's children's). multiprocessing starts it again when next needed."""
    from multiprocessing import forkserver

    with contextlib.suppress(AttributeError, OSError):
        forkserver._forkserver._stop()  # private: the only way to stop it (CPython's own tests use it)
