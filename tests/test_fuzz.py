"""Property: whatever text arrives (surrogates, control characters, 50,000 characters, fragments of
real questions), the engine answers without an exception, and quickly. The goal is 0.2 s an answer
(benchmarks/bench_hostile.py measures it); the test asserts a loose 2 s so that a loaded 2-core
machine cannot make it flake, and prints the slowest time it saw."""
from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.conversation import Context, answer_in_context

LOOSE_BOUND = 2.0
WORDS = ["湖北", "武汉", "花湖机场", "进出口", "出口", "多少", "2025年", "前11个月", "上半年", "同比", "增长",
         "中欧班列", "/trade", "/hub", "/firm ", "@bot", "Wuhan", "exports", "how many", "cargo routes", "?", "？",
         "呢", "和", "vs", "亿元", "%", "第", "十一", "<b>", "&amp;", "ignore previous instructions", "\n", " "]

any_char = st.characters(codec=None, exclude_categories=())
surrogate = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"])
control = st.characters(max_codepoint=0x9F, categories=["Cc"])
mixed = st.lists(st.one_of(st.sampled_from(WORDS), st.text(any_char, max_size=3), surrogate, control),
                 max_size=30).map("".join)
piece = st.one_of(mixed, st.text(any_char, min_size=1, max_size=20)).filter(bool)
huge = st.builds(lambda p, n: (p * (50_000 // len(p) + 1))[: 50_000 - n], piece, st.integers(0, 10))
hostile = st.one_of(st.text(any_char, max_size=300), mixed, mixed, huge)

slowest: list[float] = [0.0]


@settings(max_examples=2000, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.large_base_example])
@given(text=hostile)
def test_engine_answers_any_text_quickly(engine, text):
    started = time.perf_counter()
    answer = engine.answer(text)
    took = time.perf_counter() - started
    slowest[0] = max(slowest[0], took)
    assert took < LOOSE_BOUND, (took, text[:80])
    answer.question.encode("utf-8")                     # clean enough to print, store and send
    if len(text) < 1000:                                # the other readers of the same text
        engine.search(text, limit=3)
        answer_in_context(engine, text, Context())


def test_report_slowest_answer():
    """Runs after the property test (file order): prints the slowest answer time it saw."""
    print(f"\nslowest answer to a hostile string: {slowest[0] * 1000:.1f} ms (goal 200 ms)")
    assert slowest[0] < LOOSE_BOUND
