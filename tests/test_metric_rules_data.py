"""The metric rules (resources/metrics.json) are checked on load: a typo fails with the file and line."""

from __future__ import annotations

import pytest

from directive_extract import resources
from directive_extract.errors import ResourceError
from directive_extract.stages import metrics


@pytest.fixture
def edited_rules(monkeypatch):
    original = resources._read_text

    def edit(old: str, new: str) -> None:
        def read(name: str) -> str:
            text = original(name)
            if name == "metrics.json":
                assert old in text, old
                text = text.replace(old, new, 1)
            return text

        monkeypatch.setattr(resources, "_read_text", read)
        monkeypatch.setattr(resources, "read_json", lambda name: __import__("json").loads(read(name)))
        metrics._rules.cache_clear()

    yield edit
    metrics._rules.cache_clear()


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('"indicator": "plan_completion"', '"indicator": "plan_complection"', "unknown indicator 'plan_complection'"),
        ('"unit": "percent"', '"unit": "percents"', "unknown unit 'percents'"),
    ],
)
def test_a_typo_in_a_metric_rule_fails_at_load_with_file_and_line(edited_rules, old, new, message) -> None:
    edited_rules(old, new)
    with pytest.raises(ResourceError) as caught:
        metrics._rules()
    text = resources._read_text("metrics.json")
    first_rule_line = _line_of(text, '"indicator"')
    assert message in str(caught.value)
    assert f"metrics.json:{first_rule_line} (rule 0)" in str(caught.value)


def test_the_shipped_rules_load() -> None:
    metrics._rules.cache_clear()
    rules, *_ = metrics._rules()
    assert rules and {r.indicator for r in rules} <= set(metrics.get_args(metrics.Indicator))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('"subject": "required"', '"subject": "always"', "subject is true, false or 'required'"),
        ('"unless": "vốn', '"unless": "(vốn', "unless is not a valid pattern"),
        ('"prefix_scope": "sentence"', '"prefix_scope": "line"', "prefix_scope is 'clause' or 'sentence'"),
        ('"digits": true', '"digits": "yes"', "digits is true or false"),
    ],
)
def test_a_bad_subject_or_unless_fails_at_load(edited_rules, old, new, message) -> None:
    edited_rules(old, new)
    with pytest.raises(ResourceError, match=message.replace("(", r"\(")):
        metrics._rules()


def test_a_bad_table_heading_pattern_fails_at_load(edited_rules) -> None:
    edited_rules('"table_people": "', '"table_people": "(')
    metrics._table_people.cache_clear()
    try:
        with pytest.raises(ResourceError, match="table_people"):
            metrics._table_people()
    finally:
        metrics._table_people.cache_clear()


def test_a_bad_goals_heading_pattern_fails_at_load(edited_rules) -> None:
    edited_rules('"target_headings": "', '"target_headings": "(')
    metrics._target_heading.cache_clear()
    try:
        with pytest.raises(ResourceError, match="target_headings"):
            metrics._target_heading()
    finally:
        metrics._target_heading.cache_clear()
