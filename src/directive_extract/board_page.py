"""The board as one self-contained HTML page: every assignment grouped by body, sortable and filterable.

    html = render_board(frame, today=date(2021, 6, 10))

One section per body (`agency` of the board table) with a table of its assignments: status as of
`today`, due date, role, task, deadline as printed, and the source notice (type, number, date,
issuer) linked to its report page at the task. Above them, a small timeline of due dates (an inline
SVG: one bar per month, or per year over a long span, stacked by status, with today marked) and
the filters.

The page needs no server and loads nothing: CSS, SVG and one script are inline, and the
Content-Security-Policy allows exactly that script (by its hash) and nothing else, so even a page
opened from a mail attachment fetches nothing. Every document string is HTML-escaped: a document
is untrusted input. The script sorts each body's table by a clicked column (every cell carries
the key it sorts by in `data-sort`) and filters by body (whole words of its name, with or
without diacritics), any text shown in a row, role and status; the filters
live in the address's fragment (`board.html#agency=Sở Y tế&status=overdue`), so a filtered view
can be bookmarked or sent, and the browser test opens the page with one.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections import Counter
from datetime import date
from urllib.parse import quote

import pandas as pd

from .board_table import STATUSES
from .vn import fold_keep_case

ROLE_LABELS = {"lead": "lead", "coordinate": "coordinate", "report_to": "report to"}
STATUS_RANK = {status: rank for rank, status in enumerate(STATUSES)}
ROLE_RANK = {"lead": 0, "coordinate": 1, "report_to": 2}

CSS = """
body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; margin: 1.5rem auto; max-width: 80rem;
       padding: 0 1rem; color: #1d1d1f; line-height: 1.45; }
h1 { font-size: 1.4rem; margin-bottom: .2rem; } h2 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; }
.lede { color: #555; margin-top: 0; }
form.filters { display: flex; flex-wrap: wrap; gap: .6rem; align-items: end; margin: 1rem 0;
       position: sticky; top: 0; background: #fff; padding: .5rem 0; border-bottom: 1px solid #ddd; }
form.filters label { display: flex; flex-direction: column; font-size: .8rem; color: #555; }
form.filters input, form.filters select { font-size: .95rem; padding: .2rem .3rem; }
#shown { margin-left: auto; font-size: .9rem; color: #333; }
table.board { border-collapse: collapse; width: 100%; font-size: .9rem; }
table.board th { text-align: left; background: #f2f2f2; cursor: pointer; white-space: nowrap; user-select: none; }
table.board th[aria-sort=ascending]::after { content: " ▲"; }
table.board th[aria-sort=descending]::after { content: " ▼"; }
table.board th, table.board td { border: 1px solid #ddd; padding: .25rem .45rem; vertical-align: top; }
td.task { max-width: 40rem; }
.count { color: #666; font-weight: normal; font-size: .9rem; }
.chip { border-radius: .3rem; padding: .05rem .4rem; white-space: nowrap; font-size: .85rem; }
.status-overdue { background: #f4a6a0; } .status-due_soon { background: #ffd27a; }
.status-later { background: #b8e6c1; } .status-no_deadline { background: #e6e6e6; }
.role-lead { background: #f7b7b2; } .role-coordinate { background: #b6d4f7; } .role-report_to { background: #d7c2f2; }
.muted { color: #777; } nav.bodies { font-size: .85rem; columns: 3 16rem; margin: .5rem 0 1rem; }
nav.bodies a { text-decoration: none; } svg.timeline { width: 100%; height: auto; max-height: 12rem; }
svg.timeline text { font-size: 11px; fill: #444; }
"""

SCRIPT = r"""
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var fields = ["agency", "q", "role", "status"];
  var total = document.querySelectorAll("tr.assignment").length;
  var sortState = null;
  var rowText = new Map();
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  function wordMatch(hay, needle) {
    if (!needle) return true;
    var at = hay.indexOf(needle);
    while (at >= 0) {
      var before = at === 0 ? " " : hay.charAt(at - 1), after = hay.charAt(at + needle.length) || " ";
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
      at = hay.indexOf(needle, at + 1);
    }
    return false;
  }
  function value(name) { return form.elements[name].value.trim(); }
  function apply() {
    var agency = fold(value("agency")), q = fold(value("q")), role = value("role"), status = value("status");
    var shown = 0, bodies = 0;
    document.querySelectorAll("section.body").forEach(function (section) {
      var bodyMatch = wordMatch(section.dataset.search, agency), n = 0;
      section.querySelectorAll("tr.assignment").forEach(function (row) {
        if (!rowText.has(row)) rowText.set(row, fold(row.textContent));
        var ok = bodyMatch && (!q || rowText.get(row).indexOf(q) >= 0 || section.dataset.search.indexOf(q) >= 0)
          && (!role || row.dataset.role === role) && (!status || row.dataset.status === status);
        row.hidden = !ok;
        if (ok) n += 1;
      });
      section.hidden = n === 0;
      section.querySelector(".count").textContent = "(" + n + ")";
      var link = document.querySelector('nav.bodies a[href="#' + section.id + '"]');
      if (link) link.parentNode.hidden = n === 0;
      shown += n;
      if (n) bodies += 1;
    });
    document.getElementById("shown").textContent = shown + " of " + total + " assignments, " + bodies + " bodies";
    var state = fields.filter(function (f) { return value(f); }).map(function (f) {
      return f + "=" + encodeURIComponent(value(f));
    });
    if (sortState) state.push("sort=" + sortState.key + "&dir=" + sortState.dir);
    history.replaceState(null, "", state.length ? "#" + state.join("&") : location.pathname);
  }
  function sortBy(key, dir) {
    sortState = { key: key, dir: dir };
    document.querySelectorAll("table.board").forEach(function (table) {
      var index = -1;
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
        if (th.dataset.key !== key) { th.removeAttribute("aria-sort"); return; }
        index = i;
        th.setAttribute("aria-sort", dir === "desc" ? "descending" : "ascending");
      });
      if (index < 0) return;
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[index].dataset.sort, y = b.cells[index].dataset.sort;
        var c = x < y ? -1 : x > y ? 1 : Number(a.dataset.order) - Number(b.dataset.order);
        return dir === "desc" ? -c : c;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  }
  document.querySelectorAll("table.board th[data-key]").forEach(function (th) {
    th.addEventListener("click", function () {
      var dir = sortState && sortState.key === th.dataset.key && sortState.dir === "asc" ? "desc" : "asc";
      sortBy(th.dataset.key, dir);
      apply();
    });
  });
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  var params = {};
  location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
    var i = pair.indexOf("=");
    if (i > 0) params[pair.slice(0, i)] = decodeURIComponent(pair.slice(i + 1));
  });
  fields.forEach(function (f) { if (params[f] !== undefined) form.elements[f].value = params[f]; });
  if (params.sort) sortBy(params.sort, params.dir === "desc" ? "desc" : "asc");
  apply();
  document.documentElement.dataset.ready = "true";
})();
"""

COLUMNS = (  # data-key, header
    ("status", "Status"),
    ("due", "Due"),
    ("role", "Role"),
    ("task", "Task"),
    ("deadline", "Deadline as printed"),
    ("notice", "Notice"),
)


def esc(value: object) -> str:
    return "" if value is None or value is pd.NA else html.escape(str(value), quote=True)


def _val(row: pd.Series, column: str) -> str | None:
    value = row[column]
    return None if pd.isna(value) else value


def csp() -> str:
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'"


def _search_text(*parts: str | None) -> str:
    return fold_keep_case(" ".join(p for p in parts if p)).lower()


def _notice_cell(row: pd.Series) -> tuple[str, str]:
    label = " ".join(x for x in (_val(row, "notice_type"), _val(row, "notice_number")) if x) or _val(row, "document")
    when = _val(row, "notice_date")
    issuer = _val(row, "issuer")
    page = _val(row, "report_page")
    title = esc(f"{_val(row, 'document')} · task {row['task_id']}")
    text = esc(label) + (f', <span class="muted">{esc(when)}</span>' if when else "")
    linked = (
        f'<a href="{esc(quote(page, safe="/#"))}" title="{title}">{text}</a>'
        if page
        else f'<span title="{title}">{text}</span>'
    )
    if issuer:
        linked += f'<br><span class="muted">{esc(issuer)}</span>'
    return linked, f"{when or '9999'} {label}"


def _row_html(row: pd.Series, order: int) -> str:
    status, role = row["status"], row["role"]
    due, deadline = _val(row, "due"), _val(row, "deadline")
    notice, notice_key = _notice_cell(row)
    inherited = (
        ' <span class="muted" title="from the lead-in of the task">(inherited)</span>' if row["inherited"] else ""
    )
    printed = "" if row["text"] == row["name"] else f'<br><span class="muted">as printed: {esc(row["text"])}</span>'
    due_title = f' title="{esc(_val(row, "due_from"))}"' if due else ""
    cells = [
        (STATUS_RANK[status], f'<span class="chip status-{esc(status)}">{esc(STATUSES[status])}</span>'),
        (due or "9999", f"<span{due_title}>{esc(due)}</span>" if due else '<span class="muted">—</span>'),
        (ROLE_RANK[role], f'<span class="chip role-{esc(role)}">{esc(ROLE_LABELS[role])}</span>{inherited}{printed}'),
        (
            f"{row['document']} {row['task_span_start']:012d}",
            f'<span class="muted">{esc(row["task_id"])}</span> <span class="text">{esc(row["task_text"])}</span>',
        ),
        (deadline or "", esc(deadline) if deadline else '<span class="muted">—</span>'),
        (notice_key, notice),
    ]
    classes = ["task" if key == "task" else key for key, _ in COLUMNS]
    tds = "".join(
        f'<td class="{cls}" data-sort="{esc(key)}">{content}</td>'
        for cls, (key, content) in zip(classes, cells, strict=True)
    )
    return f'<tr class="assignment" data-order="{order}" data-status="{esc(status)}" data-role="{esc(role)}">{tds}</tr>'


def _sections(frame: pd.DataFrame) -> tuple[list[str], list[str]]:
    sections, nav = [], []
    head = "".join(f'<th data-key="{key}" scope="col">{esc(label)}</th>' for key, label in COLUMNS)
    order = 0
    for number, (agency, rows) in enumerate(frame.groupby("agency", sort=False), start=1):
        anchor = f"body-{number}"
        names = sorted(set(rows["name"]) | set(rows["text"]))
        body = []
        for _, row in rows.iterrows():
            body.append(_row_html(row, order))
            order += 1
        counts = Counter(rows["status"])
        summary = ", ".join(f"{counts[s]} {STATUSES[s]}" for s in STATUSES if counts[s])
        sections.append(
            f'<section class="body" id="{anchor}" data-search="{esc(_search_text(agency, *names))}">\n'
            f'<h2>{esc(agency)} <span class="count">({len(rows)})</span></h2>\n'
            f'<p class="muted">{esc(summary)}</p>\n'
            f'<table class="board"><thead><tr>{head}</tr></thead>\n<tbody>\n'
            + "\n".join(body)
            + "\n</tbody></table>\n</section>"
        )
        nav.append(f'<li><a href="#{anchor}">{esc(agency)}</a> <span class="muted">{len(rows)}</span></li>')
    return sections, nav


def _bins(first: date, last: date) -> tuple[str, list[str]]:
    """Monthly bins over up to three years, else yearly; returns the unit and the bin keys."""
    if (last.year - first.year) * 12 + last.month - first.month < 36:
        keys, (y, m) = [], (first.year, first.month)
        while (y, m) <= (last.year, last.month):
            keys.append(f"{y}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return "month", keys
    return "year", [str(y) for y in range(first.year, last.year + 1)]


def timeline_svg(frame: pd.DataFrame, today: date) -> str:
    """Due dates per month (or year) as stacked bars by status, with today marked; empty when none."""
    dated = frame.dropna(subset=["due"]).drop_duplicates(["document", "task_id"])
    if dated.empty:
        return '<p class="muted">No assignment has a due date.</p>'
    dues = [date.fromisoformat(d) for d in dated["due"]]
    first, last = min([*dues, today]), max([*dues, today])
    unit, keys = _bins(first, last)
    key_of = (lambda d: f"{d.year}-{d.month:02d}") if unit == "month" else (lambda d: str(d.year))
    counts: dict[str, Counter] = {key: Counter() for key in keys}
    for due, status in zip(dues, dated["status"], strict=True):
        counts[key_of(due)][status] += 1
    width, height, top, bottom = 900, 120, 10, 24
    step = width / len(keys)
    peak = max(sum(c.values()) for c in counts.values())
    parts = []
    colours = {"overdue": "#e0665c", "due_soon": "#f0a830", "later": "#5bb86f"}
    for i, key in enumerate(keys):
        y = height - bottom
        for status in ("overdue", "due_soon", "later"):
            n = counts[key][status]
            if not n:
                continue
            h = (height - top - bottom) * n / peak
            y -= h
            parts.append(
                f'<rect x="{i * step + 1:.1f}" y="{y:.1f}" width="{max(step - 2, 1):.1f}" height="{h:.1f}" '
                f'fill="{colours[status]}"><title>{esc(key)}: {n} {esc(STATUSES[status])}</title></rect>'
            )
    at = keys.index(key_of(today)) * step + step / 2
    parts.append(
        f'<line x1="{at:.1f}" x2="{at:.1f}" y1="{top}" y2="{height - bottom}" stroke="#222" stroke-dasharray="3 2"/>'
    )
    parts.append(f'<text x="{at:.1f}" y="{top - 1}" text-anchor="middle">today {today.isoformat()}</text>')
    parts.append(f'<text x="0" y="{height - 6}">{esc(keys[0])}</text>')
    parts.append(f'<text x="{width}" y="{height - 6}" text-anchor="end">{esc(keys[-1])}</text>')
    label = f"Tasks due per {unit}, {first.isoformat()} to {last.isoformat()}"
    return (
        f'<svg class="timeline" role="img" aria-label="{esc(label)}" viewBox="0 -4 {width} {height + 4}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{esc(label)}</title>' + "".join(parts) + "</svg>"
    )


def _filters(frame: pd.DataFrame) -> str:
    roles = "".join(f'<option value="{r}">{esc(label)}</option>' for r, label in ROLE_LABELS.items())
    statuses = "".join(f'<option value="{s}">{esc(label)}</option>' for s, label in STATUSES.items())
    return (
        '<form class="filters" id="filters" role="search">'
        '<label>Body <input type="search" name="agency" placeholder="e.g. Sở Y tế"></label>'
        '<label>Any text <input type="search" name="q" placeholder="task, notice number…"></label>'
        f'<label>Role <select name="role"><option value="">all</option>{roles}</select></label>'
        f'<label>Status <select name="status"><option value="">all</option>{statuses}</select></label>'
        f'<span id="shown">{len(frame)} of {len(frame)} assignments</span></form>'
    )


def render_board(frame: pd.DataFrame, today: date, title: str = "Who must do what, by when") -> str:
    """The board page for a board table (rows in the order they should appear)."""
    notices = frame["document"].nunique()
    counts = Counter(frame["status"])
    summary = ", ".join(f"{counts[s]} {STATUSES[s]}" for s in STATUSES)
    sections, nav = _sections(frame)
    body = (
        f"<h1>{esc(title)}</h1>\n"
        f'<p class="lede">{len(frame)} assignments of {frame["agency"].nunique()} bodies in {notices} notices; '
        f"status as of {today.isoformat()}: {esc(summary)}.</p>\n"
        f"{timeline_svg(frame, today)}\n{_filters(frame)}\n"
        + (f'<nav class="bodies"><ul>{"".join(nav)}</ul></nav>\n' if nav else "")
        + ("\n".join(sections) or '<p class="muted">No assignments.</p>')
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp()}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
