"""Throughput, start-up and memory of directive-extract, measured side by side in one run.

Every figure is per core: CPU time (user + system) of the process doing the work, which on a shared
virtual machine varies far less than wall time. One run does `--rounds` interleaved rounds (the
order of the measurements rotates each round, so a slow minute of the machine is shared out) and
prints for each measurement its median and spread (lowest–highest round):

- `extract()` in-process over the corpus (every `corpus/docs/*.txt` and `../shared/corpus/raw/*.txt`),
  data loaded once before the rounds;
- the anchors, in the same rounds: underthesea's `word_tokenize` over the same texts, its `ner` on
  the lines of a sample of documents (extrapolated: it runs at ~10k chars/s), and a plain regex pass
  (`\\w+` over the same texts), with the ratio of `extract()` to each;
- the CLI end to end (`directive-extract extract DIR --out OUT`: start, read, extract, JSON, write)
  over many small files (the corpus written `--copies` times), with `--jobs 1` and `--jobs 2`;
- start-up: `directive-extract --help` and a one-file `extract`, wall and CPU.

Then, once: the CPU per stage over the corpus, and time per character and peak RSS for documents
of 10k to 4M characters, each size in a fresh process: the corpus texts concatenated (repeated as
needed) and cut into documents of that size, over the same 1M characters at least, so that only
the size differs.

With --model the learned span recognizer runs too (models/spans), as `extract --model` does.

Usage: python scripts/bench.py [--rounds 7] [--copies 2] [--sizes 10000,100000,1000000,4000000] [--model]
       python scripts/bench.py --profile      # a pyinstrument profile of one pass instead
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 500_000
NER_SAMPLE_DOCS = 3  # documents whose lines underthesea's ner reads in each round


def corpus() -> list[tuple[str, str]]:
    """(file name, text) of every corpus document, each name once."""
    from directive_extract.read import read_file

    paths = sorted((ROOT / "corpus" / "docs").glob("*.txt")) + sorted(
        (ROOT.parent / "shared" / "corpus" / "raw").glob("*.txt")
    )
    seen: set[str] = set()
    docs = []
    for path in paths:
        if path.name not in seen:
            seen.add(path.name)
            docs.append((path.name, read_file(path)[0]))
    return docs


def package_env() -> dict[str, str]:
    """The environment for a child process that imports the same directive_extract as this one."""
    import directive_extract

    src = str(Path(directive_extract.__file__).resolve().parents[1])
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": src + (os.pathsep + path if path else "")}


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "directive_extract.cli", *args]


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_child(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of a child process and all its children."""
    cpu, wall = child_cpu(), time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return child_cpu() - cpu, time.perf_counter() - wall


class Measure:
    """One measurement taken once a round: a callable returning (CPU seconds, wall seconds) and its size."""

    def __init__(self, name: str, chars: int, take: Callable[[], tuple[float, float]]) -> None:
        self.name, self.chars, self.take = name, chars, take
        self.cpu: list[float] = []
        self.wall: list[float] = []

    def __call__(self) -> None:
        cpu, wall = self.take()
        self.cpu.append(cpu)
        self.wall.append(wall)

    def rates(self) -> list[float]:
        return [self.chars / cpu for cpu in self.cpu]

    def rate(self) -> float:
        return statistics.median(self.rates())


def in_process(work: Callable[[], object]) -> Callable[[], tuple[float, float]]:
    def take() -> tuple[float, float]:
        cpu, wall = time.process_time(), time.perf_counter()
        work()
        return time.process_time() - cpu, time.perf_counter() - wall

    return take


def spread(values: list[float], fmt: str) -> str:
    return f"{fmt.format(statistics.median(values))}  [{fmt.format(min(values))}–{fmt.format(max(values))}]"


def stage_split(texts: list[str], model: bool = False) -> list[tuple[str, float]]:
    """CPU seconds of each stage (each recognizer apart) and of the output over all texts."""
    from directive_extract import pipeline
    from directive_extract.batch import notice_json
    from directive_extract.document import Document
    from directive_extract.output import build_notice

    totals: dict[str, float] = {}
    recognizers = list(pipeline.RECOGNIZERS)
    if model:
        from directive_extract.learned.model import load_model

        recognizers += load_model(None).recognizers  # merged with the rules' findings in `extract --model`

    def timed(name: str, work: Callable[..., object], *args: object) -> object:
        start = time.process_time()
        result = work(*args)
        totals[name] = totals.get(name, 0.0) + time.process_time() - start
        return result

    for text in texts:
        doc = timed("document", Document.from_source, text)
        for stage in pipeline.STAGES:
            if stage is pipeline.recognize:
                start = time.process_time()
                totals.setdefault("recognize", 0.0)  # listed before its recognizers
                for recognizer in recognizers:
                    found = timed(f"  {recognizer.__name__}", recognizer, doc)
                    doc.findings.extend(found)
                totals["recognize"] += time.process_time() - start
            else:
                doc = timed(stage.__name__, stage, doc)
        notice = timed("build_notice", build_notice, doc)
        timed("json", notice_json, notice)
    return list(totals.items())


# peak RSS from VmHWM: ru_maxrss would carry over the RSS of the forked parent through exec
_SCALE_CHILD = """
import json, sys, time
from directive_extract import extract
from directive_extract.batch import notice_json
def peak_kb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
model = sys.argv[2:] == ["model"]
extract("Sở Y tế", model=model)
before = peak_kb()
with open(sys.argv[1], encoding="utf-8") as handle:
    documents = json.load(handle)
cpu = time.process_time()
for text in documents:
    notice_json(extract(text, model=model))
cpu = time.process_time() - cpu
chars = sum(map(len, documents))
print(json.dumps({"documents": len(documents), "chars": chars, "cpu": cpu, "base_kb": before, "peak_kb": peak_kb()}))
"""
SAME_TEXT = 1_000_000  # every size is measured over at least this much of the corpus, so the text is alike


def scaled_documents(texts: list[str], size: int, total: int) -> list[str]:
    """The corpus texts one after another, repeated as needed, cut at line ends into documents of about `size`
    characters, `total` characters in all (at least one document)."""
    parts: list[str] = []
    length = 0
    while length < total:
        for text in texts:
            parts.append(text.rstrip("\n") + "\n\n")
            length += len(parts[-1])
            if length >= total:
                break
    joined = "".join(parts)[:total]
    documents, pos = [], 0
    while pos < len(joined):
        end = min(len(joined), pos + size)
        cut = joined.rfind("\n", pos, end)
        end = cut + 1 if end < len(joined) and cut > pos + size // 2 else end
        documents.append(joined[pos:end])
        pos = end
    return documents


def run_documents(documents: list[str], path: Path, env: dict[str, str], model: bool) -> dict:
    """Extract `documents` in a fresh process: their chars, CPU seconds and peak RSS."""
    path.write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
    command = [sys.executable, "-c", _SCALE_CHILD, str(path), *(["model"] if model else [])]
    return json.loads(subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout)


def scaling(texts: list[str], sizes: list[int], env: dict[str, str], tmp: Path, model: bool) -> list[dict]:
    """Per document size, documents of that size cut from the same corpus text (`SAME_TEXT` of it at least)."""
    return [
        run_documents(scaled_documents(texts, size, max(size, SAME_TEXT)), tmp / f"scaled_{size}.json", env, model)
        for size in sizes
    ]


def profile(texts: list[str], model: bool) -> None:
    from pyinstrument import Profiler

    from directive_extract import extract

    extract("Sở Y tế", model=model)
    with Profiler() as profiler:
        for text in texts:
            extract(text, model=model)
    profiler.print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--copies", type=int, default=2, help="times the corpus is written for the CLI runs")
    parser.add_argument("--sizes", default="10000,100000,1000000,4000000", help="document sizes for time and RSS")
    parser.add_argument("--no-anchors", action="store_true", help="leave out underthesea (quicker)")
    parser.add_argument("--profile", action="store_true", help="print a pyinstrument profile of one pass and stop")
    parser.add_argument("--model", action="store_true", help="run the learned span recognizer too")
    args = parser.parse_args()

    docs = corpus()
    texts = [text for _, text in docs]
    chars = sum(map(len, texts))
    if args.profile:
        profile(texts, args.model)
        return

    from directive_extract import extract

    model = args.model
    with_model = ["--model"] if model else []
    start = time.process_time()
    extract("Sở Y tế", model=model)  # loads and compiles the data once
    load = time.process_time() - start
    env = package_env()
    tmp = Path(tempfile.mkdtemp(prefix="directive-bench-"))
    try:
        files = tmp / "in"
        files.mkdir()
        for copy in range(args.copies):
            for name, text in docs:
                (files / f"{copy}_{name}").write_text(text, encoding="utf-8")
        median_doc = sorted(docs, key=lambda d: len(d[1]))[len(docs) // 2]
        one_file = tmp / median_doc[0]
        one_file.write_text(median_doc[1], encoding="utf-8")

        def extract_all() -> None:
            for text in texts:
                extract(text, model=model)

        word_re = re.compile(r"\w+")
        measures = {
            "extract": Measure("extract() in-process", chars, in_process(extract_all)),
            "regex": Measure(
                "anchor: regex \\w+ pass", chars, in_process(lambda: [word_re.findall(text) for text in texts])
            ),
        }
        if not args.no_anchors:
            from underthesea import ner, word_tokenize

            word_tokenize("Sở Y tế")
            ner("Sở Y tế")
            ner_lines = [line for text in texts[:NER_SAMPLE_DOCS] for line in text.splitlines() if line.strip()]
            measures["word_tokenize"] = Measure(
                "anchor: underthesea word_tokenize",
                chars,
                in_process(lambda: [word_tokenize(text) for text in texts]),
            )
            measures["ner"] = Measure(
                f"anchor: underthesea ner ({NER_SAMPLE_DOCS} docs, by line)",
                sum(map(len, ner_lines)),
                in_process(lambda: [ner(line) for line in ner_lines]),
            )
        many = chars * args.copies
        for jobs in (1, 2):
            out = tmp / f"out{jobs}"
            measures[f"cli{jobs}"] = Measure(
                f"CLI end to end, --jobs {jobs} ({len(docs) * args.copies} files)",
                many,
                lambda out=out, jobs=jobs: run_child(
                    cli("extract", str(files), "--out", str(out), "--jobs", str(jobs), *with_model), env
                ),
            )
        measures["help"] = Measure("start: --help", 0, lambda: run_child(cli("--help"), env))
        measures["one"] = Measure(
            f"start: extract one file ({len(median_doc[1]):,} chars)",
            0,
            lambda: run_child(cli("extract", str(one_file), "--out", str(tmp / "one"), *with_model), env),
        )

        order = list(measures.values())
        for round_ in range(args.rounds):
            shift = round_ % len(order)
            for measure in order[shift:] + order[:shift]:
                measure()
            print(f"round {round_ + 1}/{args.rounds} done", file=sys.stderr)

        stages = stage_split(texts, model)
        sizes = [int(s) for s in args.sizes.split(",") if s]
        largest = max(docs, key=lambda d: len(d[1]))
        scaled = scaling(texts, sizes, env, tmp, model)
        largest_row = run_documents([largest[1]], tmp / "largest.json", env, model)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(
        f"{len(docs)} documents, {chars:,} chars; data load {load:.2f} s CPU; {args.rounds} interleaved rounds"
        + (" (with the span model)" if model else "")
    )
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}\n")
    print("chars/s per core (CPU time): median  [lowest–highest round]")
    for measure in measures.values():
        if measure.chars:
            print(f"  {measure.name:<45} {spread(measure.rates(), '{:>11,.0f}')}")
    ours = measures["extract"].rate()
    print("\nratios of extract() to the same run's figures (medians)")
    print(f"  to the 500k target{'':<26} {ours / TARGET:6.2f}x")
    for key in ("word_tokenize", "ner", "regex"):
        if key in measures:
            print(f"  to {measures[key].name.removeprefix('anchor: '):<41} {ours / measures[key].rate():6.2f}x")
    cli1, cli2 = measures["cli1"], measures["cli2"]
    extra = statistics.median(b / a for a, b in zip(cli1.cpu, cli2.cpu, strict=True)) - 1
    print(f"  CLI --jobs 2 CPU over --jobs 1{'':<14} {extra:+6.1%} (median of the rounds' ratios)")
    print("\nstart-up, seconds: median  [lowest–highest round]")
    for key in ("help", "one"):
        measure = measures[key]
        print(f"  {measure.name:<45} wall {spread(measure.wall, '{:.2f}')}   CPU {spread(measure.cpu, '{:.2f}')}")
    total = sum(seconds for name, seconds in stages if not name.startswith("  "))
    print(f"\nCPU per stage, one pass ({total:.2f} s; recognizers indented, inside 'recognize')")
    for name, seconds in stages:
        print(f"  {name:<28} {seconds:7.3f} s  {seconds / total:6.1%}")
    print(
        f"\ndocuments of one size cut from the same corpus text ({SAME_TEXT:,} chars at least), in a fresh"
        " process (extract + JSON): time per character and peak RSS"
    )
    print(f"  {'size':>10} {'documents':>9} {'chars/s':>10} {'µs/kchar':>9} {'peak RSS':>9} {'after load':>11}")
    rows = [*scaled, {**largest_row, "label": f"the largest corpus document ({largest[0]})"}]
    for size, row in zip([*sizes, len(largest[1])], rows, strict=True):
        rate = row["chars"] / row["cpu"]
        print(
            f"  {size:>10,} {row['documents']:>9} {rate:>10,.0f} {1e9 / rate:>9.0f} {row['peak_kb'] / 1024:>7.0f} MB"
            f" {row['base_kb'] / 1024:>8.0f} MB  {row.get('label', '')}"
        )


if __name__ == "__main__":
    main()
