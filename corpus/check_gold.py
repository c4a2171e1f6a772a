"""Check gold files: shape, vocabulary, and that every `text` is a slice of the source.

Usage: python3 corpus/check_gold.py corpus/docs/*.gold.json
Standard library only, so annotators can run it before the package is installed.
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

TOP_KEYS = {"file", "header", "tasks", "metrics", "references", "people", "signature", "distribution"}
OPTIONAL_TOP_KEYS = {"sections"}
SECTION_KINDS = {"header", "preamble", "assessment", "tasks", "closing", "distribution", "signature"}
HEADER_KEYS = {"issuer", "number", "doc_type", "place", "date", "urgency", "subject", "addressees"}
ROLES = {"lead", "coordinate", "report_to"}
DEADLINE_KINDS = {"date", "period", "duration", "recurring", "immediate"}
INDICATORS = {
    "f0", "f1", "f2", "f3", "deaths", "tests", "people_tested", "tested_share",
    "vaccinated_share", "vaccine_doses", "localities", "plan_completion", "recovered", "severe",
    "in_treatment", "quarantined", "other",
}
UNITS = {"person", "case", "test", "dose", "locality", "percent"}
TOPICS = {
    "testing", "contact_tracing", "quarantine", "distancing", "treatment", "vaccination",
    "communication", "enforcement", "economy", "social_support", "supply", "coordination",
    "border", "health_system",
}
URGENCY = {None, "hỏa tốc", "thượng khẩn", "khẩn"}
DEADLINE_VALUE = {
    "date": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "period": re.compile(r"^\d{4}(-\d{2}|-Q[1-4]|-H[12])?$"),
    "duration": re.compile(r"^P(T?\d+[HMDWY])+$|^P\d+[DWMY]T\d+[HMS]$"),
    "recurring": re.compile(r"^(daily|weekly|monthly|quarterly|yearly|periodic)$"),
    "immediate": re.compile(r"^now$"),
}


def check(path: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads(path.read_text(encoding="utf-8"))
    # bytes decoded without newline translation, as the extractor and the scorer read them: in a file
    # with "\r\n" line ends a multi-line `text` must hold "\r\n" too
    source = path.with_name(path.name.replace(".gold.json", ".txt")).read_bytes().decode("utf-8-sig")

    def err(msg: str) -> None:
        errors.append(f"{path.name}: {msg}")

    def slice_ok(where: str, text: str) -> None:
        if not isinstance(text, str) or not text or text not in source:
            err(f"{where}: text is not a slice of the source: {text!r:.80}")

    def nfc(where: str, value) -> None:
        if isinstance(value, str) and unicodedata.normalize("NFC", value) != value:
            err(f"{where}: not NFC: {value!r:.60}")

    if not TOP_KEYS <= set(gold) <= TOP_KEYS | OPTIONAL_TOP_KEYS:
        err(f"top-level keys {sorted(gold)} != {sorted(TOP_KEYS)} (+ optional {sorted(OPTIONAL_TOP_KEYS)})")
    previous_line = -1
    lines = source.splitlines()
    for section in gold.get("sections", []):
        if section.get("kind") not in SECTION_KINDS:
            err(f"section kind {section.get('kind')!r}")
        start = section.get("start")
        if not isinstance(start, str) or not start.strip():
            err(f"section start {start!r}")
            continue
        found = next((i for i in range(previous_line + 1, len(lines)) if lines[i].lstrip().startswith(start)), None)
        if found is None:
            err(f"section {section.get('kind')}: no line after the previous section's starts with {start!r:.60}")
        else:
            previous_line = found
    header = gold.get("header") or {}
    if set(header) != HEADER_KEYS:
        err(f"header keys {sorted(header)}")
    for key, value in header.items():
        nfc(f"header.{key}", value)
    if header.get("urgency") not in URGENCY:
        err(f"urgency {header.get('urgency')!r}")

    seen_ids: set[str] = set()

    def walk(task: dict, parent: str | None) -> None:
        tid = task.get("id")
        if not isinstance(tid, str) or tid in seen_ids:
            err(f"task id missing or repeated: {tid!r}")
        seen_ids.add(tid)
        if parent and not tid.startswith(parent + "."):
            err(f"subtask {tid} does not extend {parent}")
        slice_ok(f"task {tid}", task.get("text"))
        if "implicit" in task and not isinstance(task["implicit"], bool):
            err(f"task {tid} implicit {task['implicit']!r} is not a boolean")
        if task.get("implicit") and (parent or not re.fullmatch(r"p\d+", tid)):
            err(f"implicit task {tid}: ids are p1, p2, … at the top level")
        for agency in task.get("agencies", []):
            slice_ok(f"task {tid} agency", agency.get("text"))
            nfc(f"task {tid} agency name", agency.get("name"))
            if agency.get("role") not in ROLES:
                err(f"task {tid} agency role {agency.get('role')!r}")
        for deadline in task.get("deadlines", []):
            slice_ok(f"task {tid} deadline", deadline.get("text"))
            kind = deadline.get("kind")
            if kind not in DEADLINE_KINDS:
                err(f"task {tid} deadline kind {kind!r}")
            elif not DEADLINE_VALUE[kind].match(str(deadline.get("value"))):
                err(f"task {tid} deadline value {deadline.get('value')!r} for {kind}")
        for topic in task.get("topics", []):
            if topic not in TOPICS:
                err(f"task {tid} topic {topic!r}")
        for sub in task.get("subtasks", []):
            walk(sub, tid)

    for task in gold.get("tasks", []):
        walk(task, None)
    for metric in gold.get("metrics", []):
        slice_ok("metric", metric.get("text"))
        if metric.get("indicator") not in INDICATORS:
            err(f"metric indicator {metric.get('indicator')!r}")
        if metric.get("unit") not in UNITS:
            err(f"metric unit {metric.get('unit')!r}")
        if metric.get("kind") not in {"observed", "target"}:
            err(f"metric kind {metric.get('kind')!r}")
        if not isinstance(metric.get("value"), (int, float)):
            err(f"metric value {metric.get('value')!r}")
        if metric.get("value_max") is not None and not isinstance(metric["value_max"], (int, float)):
            err(f"metric value_max {metric.get('value_max')!r}")
        nfc("metric place", metric.get("place"))
        as_of = metric.get("as_of")
        if as_of is not None and not all(
            DEADLINE_VALUE["period"].match(part) or DEADLINE_VALUE["date"].match(part) for part in str(as_of).split("/")
        ):
            err(f"metric as_of {as_of!r} is not an ISO date, period or interval (2021-06-04/2021-06-14)")
        if metric.get("task_id") is not None and metric["task_id"] not in seen_ids:
            err(f"metric task_id {metric['task_id']!r} is not a task id")
    for ref in gold.get("references", []):
        slice_ok("reference", ref.get("text"))
    for person in gold.get("people", []):
        nfc("person name", person.get("name"))
    signature = gold.get("signature") or {}
    if set(signature) != {"authority", "position", "signer"}:
        err(f"signature keys {sorted(signature)}")
    if not isinstance(gold.get("distribution"), list):
        err("distribution is not a list")
    return errors


def main(paths: list[str]) -> int:
    problems = [p for arg in paths for p in check(Path(arg))]
    for problem in problems:
        print(problem)
    print(f"{len(paths)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
