"""Throughput of the whole pipeline over the corpus, in characters per second on one core.

Loads the data once, then times extract() over every corpus document several times and prints
chars/s and the ratio to the 500k chars/s target. The rate uses the process's CPU time, which on
a shared virtual machine varies less than wall time (both are printed).
With --model, the learned span recognizer runs too (models/spans), as `extract --model` does.
Usage: python scripts/bench.py [--rounds 5] [--profile] [--model]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from directive_extract import extract
from directive_extract.read import read_file

ROOT = Path(__file__).resolve().parents[1]
TARGET = 500_000


def corpus() -> list[str]:
    paths = sorted((ROOT / "corpus" / "docs").glob("*.txt")) + sorted(
        (ROOT.parent / "shared" / "corpus" / "raw").glob("*.txt")
    )
    seen, texts = set(), []
    for path in paths:
        if path.name not in seen:
            seen.add(path.name)
            texts.append(read_file(path)[0])
    return texts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print a pyinstrument profile of one round")
    parser.add_argument("--model", action="store_true", help="run the learned span recognizer too")
    args = parser.parse_args()
    model = args.model
    texts = corpus()
    chars = sum(map(len, texts))
    start = time.perf_counter()
    extract("Sở Y tế", model=model)  # loads and compiles the data once
    load = time.perf_counter() - start
    if args.profile:
        from pyinstrument import Profiler

        with Profiler() as profiler:
            for text in texts:
                extract(text, model=model)
        profiler.print()
    best_cpu = best_wall = float("inf")
    for _ in range(args.rounds):
        cpu, wall = time.process_time(), time.perf_counter()
        for text in texts:
            extract(text, model=model)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    rate = chars / best_cpu
    print(
        f"{len(texts)} documents, {chars:,} chars; data load {load:.2f} s" + (" (with the span model)" if model else "")
    )
    print(
        f"best of {args.rounds}: {best_cpu:.3f} s CPU ({best_wall:.3f} s wall) -> {rate:,.0f} chars/s per core "
        f"({rate / TARGET:.2f}x the 500k target)"
    )


if __name__ == "__main__":
    main()
