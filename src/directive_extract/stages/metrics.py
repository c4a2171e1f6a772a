"""Metrics: numbers that count people, cases, tests, doses, localities, or a share of them.

Vietnamese number forms ("1.312", "96,4%", "03"), ranges ("từ 20% - 30%"), the indicator from the
noun after the number (rules in resources/metrics.json), and observed vs target from the clause:
"phấn đấu", "ít nhất", "đạt … kế hoạch" set a target, "đã có", "phát hiện" report a fact. Inside a
directive item a number is a target unless the clause reports it; outside, it is observed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import get_args

from .. import resources
from ..document import Document
from ..errors import ResourceError
from ..findings import Finding, Quantity
from ..schema import Indicator, Unit
from ..vn import NUMBER, parse_number

_RULE_KEYS = {"indicator", "unit", "noun", "percent", "prefix", "context", "before"}
_QUANTITY = re.compile(
    rf"(?<![\w/.,])(?P<range>từ\s+)?(?P<n>{NUMBER})(?:\s*(?P<pct1>%))?"
    rf"(?:\s*(?:-|–|đến)\s*(?P<m>{NUMBER})(?:\s*(?P<pct2>%))?)?(?![\d/])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MetricRule:
    indicator: str
    unit: str
    noun: re.Pattern[str]
    percent: bool
    prefix: re.Pattern[str] | None
    context: re.Pattern[str] | None
    before: re.Pattern[str] | None


def _rule_lines(text: str) -> list[int]:
    """The line of each rule's "indicator" key, in order: where a message about rule N points."""
    return [number for number, line in enumerate(text.splitlines(), start=1) if '"indicator"' in line]


@lru_cache(maxsize=1)
def _rules() -> tuple[list[MetricRule], re.Pattern[str], re.Pattern[str]]:
    data = resources.read_json("metrics.json")
    rules = []
    lines = _rule_lines(resources._read_text("metrics.json"))
    indicators, units = set(get_args(Indicator)), set(get_args(Unit))
    for number, raw in enumerate(data["rules"]):
        where = f"metrics.json:{lines[number] if number < len(lines) else '?'} (rule {number})"
        unknown = set(raw) - _RULE_KEYS
        if unknown:
            raise ResourceError(f"{where}: unknown keys {sorted(unknown)}")
        if raw.get("indicator") not in indicators:
            raise ResourceError(f"{where}: unknown indicator {raw.get('indicator')!r}; known: {sorted(indicators)}")
        if raw.get("unit") not in units:
            raise ResourceError(f"{where}: unknown unit {raw.get('unit')!r}; known: {sorted(units)}")
        for key in ("noun", "prefix", "context", "before"):
            try:
                re.compile(raw.get(key) or "")
            except re.error as exc:
                raise ResourceError(f"{where}: {key} is not a valid pattern: {exc}") from exc
        opt = {k: re.compile(raw[k], re.IGNORECASE) if raw.get(k) else None for k in ("prefix", "context", "before")}
        rules.append(
            MetricRule(
                raw["indicator"],
                raw["unit"],
                re.compile(r"[ \t]*(?:" + raw["noun"] + ")", re.IGNORECASE),
                bool(raw.get("percent")),
                opt["prefix"],
                opt["context"],
                opt["before"],
            )
        )
    flags = re.IGNORECASE
    return rules, re.compile(data["observed_cues"], flags), re.compile(data["target_cues"], flags)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): bounded by sentence punctuation or 200 characters."""
    # a full stop ends a clause only before a space: "1.312" and "96,4" are numbers
    breaks = (". ", ".\n", ";", ":", "!", "?", "\n")
    left = max([start - 200] + [text.rfind(c, max(0, start - 200), start) + 1 for c in breaks])
    rights = [i for c in breaks if (i := text.find(c, end, end + 200)) >= 0]
    return max(0, left), min(rights) if rights else min(len(text), end + 200)


def recognize_metrics(doc: Document) -> list[Finding]:
    """Recognizer: reads `doc.flat` and `doc.task_index` (inside a directive item a count is a target)."""
    index = doc.task_index
    return find_metrics(doc.flat, lambda offset: index is not None and index.deepest(offset) is not None)


def find_metrics(text: str, in_task=lambda offset: False) -> list[Finding]:
    """Metrics in a plain text; `in_task(offset)` tells whether an offset lies inside a directive item."""
    rules, observed_cues, target_cues = _rules()
    found: list[Finding] = []
    for q in _QUANTITY.finditer(text):
        is_percent = bool(q.group("pct1") or q.group("pct2"))
        if q.group("m") and not (q.group("range") or is_percent):
            continue  # "27/5 – 29/5" or "2019-2020": not a range of counts
        value, value_max = parse_number(q.group("n")), parse_number(q.group("m")) if q.group("m") else None
        if value is None:
            continue
        rest = text[q.end() : q.end() + 120]  # the noun follows the number closely
        clause = _clause(text, q.start(), q.end())
        for rule in rules:
            if rule.percent != is_percent:
                continue
            noun = rule.noun.match(rest)
            if not noun:
                continue
            before = text[clause[0] : q.start()]
            if rule.before and not rule.before.search(before):
                continue
            if rule.context and not rule.context.search(text[clause[0] : clause[1]]):
                continue
            start = q.start()
            if rule.prefix:
                prefix = re.search(r"(?:" + rule.prefix.pattern + r")$", before, re.IGNORECASE)
                if not prefix:
                    continue
                start -= len(prefix.group())
            end = q.end() + noun.end()
            kind = "target" if in_task(q.start()) else "observed"
            if observed_cues.search(before):
                kind = "observed"
            elif target_cues.search(before) or rule.indicator == "plan_completion":
                kind = "target"
            quantity = Quantity(value, value_max, rule.unit, kind)
            found.append(Finding(start, end, "metric", rule.indicator, quantity, f"metric.{rule.indicator}"))
            break
    return found
