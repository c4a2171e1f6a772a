"""A human-readable HTML report: one self-contained page per notice, and an index.

    write_report(load_notices("out"), "report")   # report/index.html, report/<stem>.html

Each page shows the header, then every task with its agencies (coloured by role), deadlines and
metrics highlighted in the task's own text. Pages have inline CSS, no scripts and no external
resources; a Content-Security-Policy forbids any, so even a page opened from a mail attachment
loads nothing. Every document string is HTML-escaped: a document is untrusted input.

Highlighting uses displaCy's `ent` style with manual character offsets, not the `span` style.
`span` would stack overlapping spans, but it renders a token list joined by spaces: it drops the
line breaks (most tasks have several paragraphs) and inserts a space wherever a highlight starts
inside a word ("(Sở Y tế)" becomes "( Sở Y tế )"), and it takes no per-span attributes. `ent` keeps
the text exactly, turns line breaks into <br>, and its template accepts per-span parameters, which
give each mark its CSS classes and a tooltip. It cannot nest marks, so overlaps are settled before
rendering: agencies first, then deadlines, then metrics, and a later item is clipped to the parts
no earlier item covers (its first part carries the label, the rest are continuation marks). In the
corpus that happens once in 900 tasks (a deadline phrase ending in an agency name). An item left
with nothing visible is listed under its task instead.

Offsets come from the JSON alone: an item's `span` is in source offsets and a task's `text` is
the source at the task's `span`, so the item sits at `span - task.span[0]` in the task's text. A
parent task's span includes its sub-items; the page shows the parent's own text (the parts not
inside a sub-item) interleaved with the nested sub-items, so no text appears twice. An agency
whose span is outside the task was inherited (from a lead-in sentence or the addressees) and is
listed under the task with where it came from.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import quote

from spacy import displacy

from .schema import Metric, Notice, Task
from .tables import atomic_write, document_key, iter_tasks

Span = tuple[int, int]

ROLE_LABELS = {"lead": "lead", "coordinate": "coordinate", "report_to": "report to"}
PRIORITY = {"agency": 0, "deadline": 1, "metric": 2}

# the displaCy `ent` template; every parameter but {text} (escaped by displaCy) is escaped here
MARK_TEMPLATE = '<mark class="{classes}" title="{tip}">{text}<span class="hl-label">{tag}</span></mark>'

CSS = """
body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; margin: 2rem auto; max-width: 60rem;
       padding: 0 1rem; color: #1d1d1f; line-height: 1.5; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table.header, table.index { border-collapse: collapse; width: 100%; }
table.header th, table.index th { text-align: left; background: #f2f2f2; }
table.header th, table.header td, table.index th, table.index td {
       border: 1px solid #ddd; padding: .3rem .5rem; vertical-align: top; }
table.header th { width: 11rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: 1rem 0; font-size: .9rem; }
.legend span, .chip { border-radius: .3rem; padding: .05rem .4rem; }
section.task { border-left: 3px solid #ccc; margin: 1rem 0; padding: .2rem 0 .2rem .8rem; }
section.task section.task { margin-left: .5rem; }
.task-head { font-weight: bold; }
.task-id { background: #333; color: #fff; border-radius: .3rem; padding: .05rem .4rem; margin-right: .4rem; }
.topics .chip { background: #eee; font-size: .8rem; margin-right: .2rem; }
.entities { margin: .3rem 0; line-height: 2.1 !important; }  /* displaCy sets 2.5 inline */
mark.hl { padding: .1em .25em; border-radius: .3em; color: inherit; }
.hl-label { font-size: .65em; font-weight: bold; margin-left: .3em; text-transform: uppercase; }
.hl-label:empty { display: none; }
.role-lead { background: #f7b7b2; } .role-coordinate { background: #b6d4f7; }
.role-report_to { background: #d7c2f2; } .hl-deadline, .hl-deadline-cont, .kind-deadline { background: #ffe08a; }
.hl-metric, .hl-metric-cont, .kind-metric { background: #b8e6c1; }
.hl-cont { border-top-left-radius: 0; border-bottom-left-radius: 0; }
ul.aside { font-size: .9rem; color: #444; margin: .2rem 0; }
.muted { color: #777; }
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def esc(value: object) -> str:
    """Text (or None) as HTML text or attribute value."""
    return "" if value is None else html.escape(str(value), quote=True)


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


# --- highlights --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """One item to highlight, in offsets relative to the task's text."""

    start: int
    end: int
    kind: str  # agency | deadline | metric
    name: str  # what a list of items shows: the canonical name, or the text as printed
    tag: str  # the short label shown after the highlighted text
    tip: str  # the tooltip: what the item was read as, and by which rule
    role: str | None = None


@dataclass
class TaskMarks:
    inline: list[Mark] = field(default_factory=list)
    inherited: list[tuple[Mark, Span]] = field(default_factory=list)  # with the source span


def _inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _metric_value(item: Metric) -> str:
    return f"{item.value:g}" if item.value_max is None else f"{item.value:g}–{item.value_max:g}"


def _marks(task: Task) -> list[tuple[Mark, Span]]:
    """Every item of the task as a mark, with its source span."""
    origin, out = task.span[0], []
    for agency in task.agencies:
        role = ROLE_LABELS[agency.role]
        tip = f"{agency.name} · {role} · {agency.rule or ''}"
        out.append((Mark(0, 0, "agency", agency.name, role, tip, agency.role), agency.span))
    for item in task.deadlines:
        since = f" from {item.start}" if item.start else ""
        at = f" at {item.time}" if item.time else ""
        tip = f"deadline: {item.kind} = {item.value}{since}{at} · {item.rule or ''}"
        out.append((Mark(0, 0, "deadline", item.text, item.value, tip), item.span))
    for item in task.metrics:
        value = _metric_value(item)
        tip = f"{item.indicator} = {value} {item.unit} ({item.kind}) · {item.rule or ''}"
        out.append((Mark(0, 0, "metric", item.text, f"{item.indicator} {value}", tip), item.span))
    return [(replace(mark, start=span[0] - origin, end=span[1] - origin), span) for mark, span in out]


def _task_marks(task: Task) -> TaskMarks:
    """The task's marks: inline when inside the task's span, else inherited (agencies only, in practice)."""
    found = TaskMarks()
    for mark, span in _marks(task):
        if _inside(span, task.span):
            found.inline.append(mark)
        else:
            found.inherited.append((mark, span))
    return found


def _subtract(span: Span, taken: list[Span]) -> list[Span]:
    """The parts of `span` that no span in `taken` covers, in order."""
    pieces = [span]
    for t0, t1 in taken:
        pieces = [p for s, e in pieces for p in ((s, min(e, t0)), (max(s, t1), e)) if p[0] < p[1]]
    return pieces


def _place(marks: list[Mark]) -> tuple[list[dict], list[Mark]]:
    """displaCy `ents` with no overlaps (higher-priority items first), and the marks left invisible."""
    ents: list[dict] = []
    hidden: list[Mark] = []
    taken: list[Span] = []
    for mark in sorted(marks, key=lambda m: (PRIORITY[m.kind], m.start, m.start - m.end)):
        pieces = _subtract((mark.start, mark.end), taken)
        if not pieces:
            hidden.append(mark)
        for k, (start, end) in enumerate(pieces):
            ents.append({"start": start, "end": end, "label": mark.kind.upper(), "params": _params(mark, k > 0)})
        taken.extend(pieces)
    return sorted(ents, key=lambda e: (e["start"], e["end"])), hidden


def _params(mark: Mark, continuation: bool) -> dict[str, str]:
    kind = f"hl-{mark.kind}-cont hl-cont" if continuation else f"hl-{mark.kind}"
    role = f" role-{mark.role}" if mark.role else ""
    return {"classes": esc(f"hl {kind}{role}"), "tip": esc(mark.tip), "tag": "" if continuation else esc(mark.tag)}


def highlight(text: str, marks: list[Mark], offset: int = 0) -> tuple[str, list[Mark]]:
    """`text` as HTML with `marks` (at `mark.start - offset`) highlighted by displaCy, and the marks left hidden."""
    shifted = {replace(m, start=m.start - offset, end=m.end - offset): m for m in marks}
    ents, hidden = _place(list(shifted))
    doc = {"text": text, "ents": ents, "title": None}
    rendered = displacy.render(doc, style="ent", manual=True, jupyter=False, options={"template": MARK_TEMPLATE})
    return rendered, [shifted[m] for m in hidden]


# --- one notice --------------------------------------------------------------------------------


def _trim(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _layout(task: Task) -> list[Span | Task]:
    """The task's own text parts (trimmed spans in its text, blanks dropped) interleaved with its sub-items."""
    parts: list[Span | Task] = []
    position, length = 0, len(task.text)
    for sub in task.subtasks:  # clamped: a row of a task table may restate an item printed elsewhere
        start = min(length, max(position, sub.span[0] - task.span[0]))
        parts += [_trim(task.text, (position, start)), sub]
        position = min(length, max(start, sub.span[1] - task.span[0]))
    parts.append(_trim(task.text, (position, len(task.text))))
    return [part for part in parts if isinstance(part, Task) or part[0] < part[1]]


def _origin(notice: Notice, span: Span) -> str:
    """Where an inherited agency was read: the innermost task around it, or the section it is in."""
    holders = [task for task, *_ in iter_tasks(notice.tasks) if _inside(span, task.span)]
    if holders:
        return f"task {holders[-1].id}"
    for section in notice.sections:
        if _inside(span, section.span):
            return f"the {section.kind}" + (f" “{section.heading}”" if section.heading else "")
    return f"chars {span[0]}–{span[1]}"


def _aside(title: str, items: list[str]) -> str:
    if not items:
        return ""
    return f'<ul class="aside"><li>{esc(title)}: ' + ", ".join(items) + "</li></ul>"


def _chip(mark: Mark) -> str:
    role = f" role-{mark.role}" if mark.role else f" kind-{mark.kind}"
    return f'<span class="chip{esc(role)}" title="{esc(mark.tip)}">{esc(mark.name)}</span>'


def _task_html(notice: Notice, task: Task) -> str:
    marks = _task_marks(task)
    left = list(marks.inline)  # marks not shown yet: after the loop, those in no own part or hidden
    body: list[str] = []
    for part in _layout(task):
        if isinstance(part, Task):
            body.append(_task_html(notice, part))
            continue
        here = [m for m in left if part[0] <= m.start and m.end <= part[1]]
        rendered, hidden = highlight(task.text[part[0] : part[1]], here, offset=part[0])
        body.append(rendered)
        left = [m for m in left if m not in here or m in hidden]
    inherited = [
        f'{_chip(mark)} <span class="muted">({esc(_origin(notice, span))})</span>' for mark, span in marks.inherited
    ]
    topics = "".join(f'<span class="chip">{esc(topic)}</span>' for topic in task.topics)
    return (
        f'<section class="task" id="task-{esc(task.id)}">\n'
        f'<div class="task-head"><span class="task-id">{esc(task.id)}</span>'
        f'<span class="topics">{topics}</span></div>\n'
        + _aside("inherited from", inherited)
        + _aside("not highlighted in the text", [_chip(m) for m in left])
        + "\n".join(body)
        + "\n</section>"
    )


HEADER_ROWS = (
    ("File", lambda n: n.source.file),
    ("Type", lambda n: n.header.doc_type),
    ("Number", lambda n: n.header.number),
    ("Issuer", lambda n: n.header.issuer),
    ("Place", lambda n: n.header.place),
    ("Date", lambda n: n.header.date),
    ("Urgency", lambda n: n.header.urgency),
    ("Subject", lambda n: n.header.subject),
    ("Addressees", lambda n: " | ".join(n.header.addressees)),
    ("Signed", lambda n: " · ".join(x for x in (n.signature.authority, n.signature.position) if x)),
    ("Signer", lambda n: n.signature.signer),
    ("Source", lambda n: f"{n.source.chars} chars, {n.source.encoding}, sha256 {n.source.sha256[:16]}…"),
)


def _header_html(notice: Notice) -> str:
    rows = "".join(
        f"<tr><th>{esc(label)}</th><td>{esc(value(notice)) or '<span class=muted>—</span>'}</td></tr>"
        for label, value in HEADER_ROWS
    )
    return f'<table class="header">{rows}</table>'


def _legend() -> str:
    items = [f'<span class="role-{role}">agency: {esc(label)}</span>' for role, label in ROLE_LABELS.items()]
    items += ['<span class="kind-deadline">deadline</span>', '<span class="kind-metric">metric</span>']
    return '<div class="legend"><strong>Legend:</strong> ' + " ".join(items) + "</div>"


def title_of(notice: Notice) -> str:
    """The page title: type and number when known, else the subject, else the document key."""
    head = " ".join(x for x in (notice.header.doc_type, notice.header.number) if x)
    return head or notice.header.subject or document_key(notice)


def render_notice(notice: Notice) -> str:
    """One notice as a self-contained HTML page."""
    tasks = "\n".join(_task_html(notice, task) for task in notice.tasks)
    count = sum(1 for _ in iter_tasks(notice.tasks))
    warnings = _aside("warnings", [esc(w) for w in notice.warnings])
    body = (
        f"<h1>{esc(title_of(notice))}</h1>\n{_header_html(notice)}\n{warnings}"
        f"<h2>Tasks ({count})</h2>\n{_legend()}\n" + (tasks or '<p class="muted">No tasks found.</p>')
    )
    return _page(title_of(notice), body)


# --- the index and the folder ------------------------------------------------------------------


def render_index(notices: Sequence[Notice], links: Sequence[str]) -> str:
    """A table of all notices, each row linking to its page (`links[i]` is the page of `notices[i]`)."""
    if len(notices) != len(links):
        raise ValueError(f"{len(notices)} notices but {len(links)} links")
    rows = []
    for notice, link in zip(notices, links, strict=True):
        h = notice.header
        count = sum(1 for _ in iter_tasks(notice.tasks))
        cells = [esc(notice.source.file or document_key(notice)), esc(h.doc_type), esc(h.number), esc(h.date)]
        cells += [esc(h.issuer), str(count), f'<a href="{esc(quote(link))}">{esc(title_of(notice))}</a>']
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    head = "".join(f"<th>{name}</th>" for name in ("File", "Type", "Number", "Date", "Issuer", "Tasks", "Page"))
    body = f'<h1>Notices ({len(notices)})</h1>\n<table class="index"><tr>{head}</tr>\n' + "\n".join(rows) + "\n</table>"
    return _page("Notices", body)


def page_names(notices: Iterable[Notice]) -> list[str]:
    """`<stem>.html` per notice, made unique (`a.txt` and `a.pdf`) and never `index.html`."""
    names: list[str] = []
    used = {"index"}
    for notice in notices:
        stem = Path(notice.source.file).stem if notice.source.file else notice.source.sha256[:16]
        stem = stem.lstrip(".") or "notice"
        candidate, k = stem, 1
        while candidate.lower() in used:
            k += 1
            candidate = f"{stem}-{k}"
        used.add(candidate.lower())
        names.append(f"{candidate}.html")
    return names


def _write_text(path: Path, text: str) -> None:
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def write_report(notices: Iterable[Notice], out_dir: str | Path) -> list[Path]:
    """Write `<stem>.html` per notice and `index.html`, each atomically; returns the paths written."""
    out = Path(out_dir)
    notices = list(notices)
    names = page_names(notices)
    written: list[Path] = []
    for notice, name in zip(notices, names, strict=True):
        _write_text(out / name, render_notice(notice))
        written.append(out / name)
    _write_text(out / "index.html", render_index(notices, names))
    written.append(out / "index.html")
    return written
