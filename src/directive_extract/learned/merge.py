"""Which findings stay when the model and the rules both speak about a kind: a measured policy.

| mode | keeps |
| --- | --- |
| `rules` | the rules' findings only (the model is not used for this kind) |
| `model` | the model's findings only (the "model alone" column of the cross-validation) |
| `union` | the rules' findings, and each model finding that overlaps none of them |
| `agree` | the rules' findings that a model finding overlaps (and inherited leads, which the model cannot see) |

`min_score` drops model findings below it before anything else. The policy of a trained model is
the mode with the best held-out F1 per kind (scripts/crossval.py) and is stored with the model.
"""

from __future__ import annotations

from ..findings import Finding

MODES = ("rules", "model", "union", "agree")


def _is_model(finding: Finding) -> bool:
    return finding.rule.startswith("model.")


def _overlaps(finding: Finding, others: list[Finding]) -> bool:
    return any(finding.start < o.end and o.start < finding.end for o in others)


def merge(findings: list[Finding], policy: dict[str, dict]) -> list[Finding]:
    """`policy`: kind -> {"mode": one of MODES, "min_score": float}; kinds not named are left as they are."""
    kept: list[Finding] = []
    for kind in dict.fromkeys(f.kind for f in findings):
        of_kind = [f for f in findings if f.kind == kind]
        if kind not in policy:
            kept.extend(of_kind)
            continue
        mode = policy[kind].get("mode", "rules")
        if mode not in MODES:
            raise ValueError(f"unknown merge mode {mode!r} for {kind}; the modes are {', '.join(MODES)}")
        floor = float(policy[kind].get("min_score", 0.0))
        model = [f for f in of_kind if _is_model(f) and f.score >= floor]
        rules = [f for f in of_kind if not _is_model(f)]
        if mode == "rules":
            chosen = rules
        elif mode == "model":
            chosen = model
        elif mode == "union":
            chosen = rules + [f for f in model if not _overlaps(f, rules)]
        else:
            chosen = [f for f in rules if f.inherited or _overlaps(f, model)]
        kept.extend(sorted(chosen, key=lambda f: (f.start, f.end)) if mode != "rules" else chosen)
    return kept
