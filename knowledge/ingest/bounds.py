"""A mark passed (进出口规模突破5300亿元) and the exact figure (进出口总值5374.4亿元) of one measure in one article:
the exact figure is the measure's value, the mark is a mark passed."""
from __future__ import annotations

import re

# Words before a figure that make it a mark passed, not the value measured.
PASSED = re.compile(r"(?:突破|首破|超过|超|逾|迈上|跨越|跃上)$")


def settle_bounds(proposals: list, marks: set[int]) -> None:
    """Rename the marks (proposal indices) whose entity, metric, partner and period another proposal of the
    article gives exactly: 进出口总值 5300亿元 after 突破 becomes 进出口总值突破关口."""
    exact = {_key(p.fact) for i, p in enumerate(proposals) if i not in marks}
    for i in marks:
        fact = proposals[i].fact
        if _key(fact) not in exact or fact["metric"].endswith("_milestone"):
            continue
        fact["metric"] += "_milestone"
        fact["metric_zh"] += "突破关口"
        fact["metric_en"] = f"milestone passed by {fact['metric_en']}"
        fact["statement_zh"] = re.sub(r"为(?=[^为]*$)", "突破", fact["statement_zh"], count=1)
        fact["statement_en"] = re.sub(r"\b(?:stood at|was|were)\b", "passed", fact["statement_en"], count=1)
        proposals[i].confidence = round(max(0.1, proposals[i].confidence - 0.1), 2)
        proposals[i].reason = "; ".join(r for r in (proposals[i].reason, "a mark passed; the article gives the "
                                                                           "exact figure too") if r)


def _key(fact: dict) -> tuple:
    return (fact["entity"], fact["metric"], fact.get("partner") or "", fact.get("period_start"),
            fact.get("period_end"))
