"""The README's examples are checked, so they never drift from what the program does.

- the JSON task example is compared with the real output for that task (every key it shows, every
  list item in order; a text abridged with "…" must be a prefix of the real one);
- every `directive-extract …` line of a shell block names a real command and real options;
- the `$ directive-extract …` transcript is run in a folder where `corpus` is the project corpus,
  and each printed line must match the README's, numbers aside (slow).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

from directive_extract import extract_file
from directive_extract.cli import app

from .conftest import DEV_DIR, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
EXE = str(Path(sys.executable).with_name("directive-extract"))


def fenced() -> list[tuple[str, str]]:
    """(language, text) of every fenced block, in order."""
    found, language, lines = [], None, []
    for line in README.splitlines():
        if line.startswith("```"):
            if language is None:
                language, lines = line[3:].strip(), []
            else:
                found.append((language, "\n".join(lines) + "\n"))
                language = None
        elif language is not None:
            lines.append(line)
    return found


def blocks(language: str) -> list[str]:
    return [text for lang, text in fenced() if lang == language]


def shown_matches(shown, real, path: str, failures: list[str]) -> None:
    """Everything `shown` has is in `real` (dicts: their keys; lists: their first items, in order)."""
    if isinstance(shown, dict):
        for key, value in shown.items():
            if not isinstance(real, dict) or key not in real:
                failures.append(f"{path}.{key}: not in the output")
            else:
                shown_matches(value, real[key], f"{path}.{key}", failures)
    elif isinstance(shown, list):
        if not isinstance(real, list) or len(real) < len(shown):
            failures.append(f"{path}: {shown!r} vs {real!r}")
        else:
            for i, item in enumerate(shown):
                shown_matches(item, real[i], f"{path}[{i}]", failures)
    elif isinstance(shown, str) and shown.endswith("…"):
        if not (isinstance(real, str) and real.startswith(shown[:-1].rstrip())):
            failures.append(f"{path}: {shown!r} is not how {real!r} starts")
    elif shown != real:
        failures.append(f"{path}: README {shown!r}, output {real!r}")


def walk(tasks):
    for task in tasks:
        yield task
        yield from walk(task["subtasks"])


def test_the_task_example_is_the_real_output(shared_available: bool) -> None:
    examples = [json.loads(block) for block in blocks("json")]
    task_examples = [e for e in examples if "span" in e and "agencies" in e]
    assert task_examples, "the README shows a task"
    notice = json.loads(extract_file(DEV_DIR / "002_8df910bebcacd667.txt").model_dump_json())
    failures: list[str] = []
    for example in task_examples:
        real = next((t for t in walk(notice["tasks"]) if t["id"] == example["id"]), None)
        assert real is not None, example["id"]
        shown_matches(example, real, example["id"], failures)
    assert not failures, failures


def command_lines() -> list[list[str]]:
    lines = []
    for block in blocks("sh") + blocks(""):
        for line in block.splitlines():
            line = re.sub(r"^\$ ", "", line.split("  #")[0].strip())
            if line.startswith("directive-extract"):
                lines.append(shlex.split(line.split(" > ")[0]))
    return lines


def test_every_command_line_names_real_options() -> None:
    group = typer.main.get_command(app)
    failures = []
    lines = command_lines()
    assert len(lines) > 10
    for words in lines:
        rest = words[1:]
        if rest and not rest[0].startswith("-"):
            command = group.commands.get(rest[0])
            if command is None:
                failures.append((words, "no such command"))
                continue
            rest = rest[1:]
        else:
            command = group
        known = {opt for param in command.params for opt in param.opts} | {"--help"}
        failures += [(words, word) for word in rest if word.startswith("-") and word not in known]
    assert not failures, failures


def transcript() -> list[tuple[str, list[str]]]:
    """(command, the lines the README shows it printing) of the `$ directive-extract` example block."""
    block = next(b for b in blocks("") if "$ directive-extract extract" in b)
    steps: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps and line.strip():
            steps[-1][1].append(line)
    return steps


def numbers_aside(line: str) -> str:
    return re.sub(r"\d+", "N", line.strip())


@pytest.mark.slow
def test_the_transcript_prints_what_the_readme_shows(tmp_path: Path) -> None:
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    steps = transcript()
    assert len(steps) >= 5
    # this checkout's package, also when the command runs in another folder
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    failures = []
    for command, shown in steps:
        args = shlex.split(command)
        assert args[0] == "directive-extract"
        done = subprocess.run([EXE, *args[1:]], cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
        printed = [numbers_aside(line) for line in (done.stdout + done.stderr).splitlines() if line.strip()]
        for line in shown:
            if numbers_aside(line) not in printed:
                failures.append((command, line, printed[:3]))
    assert not failures, failures
