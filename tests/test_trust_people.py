"""From heldout55's first score (people asked by name; made-up people beside the curated base): the fact naming a
person in a role answers what position they hold, which firm or university they belong to, whatever context the
question tells first; a person the base does not hold is not answered by someone else's role."""
from __future__ import annotations

import pytest

from conftest import answer_ids, beside_curated, facts_engine, period, put_named, said_fact

NOW = period("截至2031年8月", "as of August 2031", None, "2031-08-20")


@pytest.fixture
def engine(curated_store):
    beside_curated(curated_store, "某谷企业出海", "2031-08-20")
    put_named(curated_store, "hanjiang-trading", "汉江商社贸易有限公司", "Hanjiang Trading Co., Ltd.", "firm", "汉江商社")
    put_named(curated_store, "jianghan-univ", "江汉科技大学", "Jianghan University of Science and Technology", "org")
    return facts_engine(
        curated_store,
        said_fact("hanjiang-trading", "执行总裁", "executive president", "李明远", "", "Li Mingyuan", NOW,
                  "截至2031年8月，汉江商社贸易有限公司的执行总裁为李明远。",
                  "As of August 2031 the executive president of Hanjiang Trading Co., Ltd. was Li Mingyuan.",
                  topic="firm"),
        said_fact("hanjiang-trading", "出口额", "exports", "3", "亿元", "300 million yuan", NOW,
                  "汉江商社成立不到半年，出口额就突破3亿元。",
                  "Within half a year of its founding Hanjiang Trading's exports passed 300 million yuan.",
                  topic="firm"),
        said_fact("jianghan-univ", "江汉科技大学副校长", "vice-president of Jianghan University of Science and "
                  "Technology", "邓雨桐", "", "Deng Yutong", NOW,
                  "在2031年8月的报道中，就服务业扩大开放发表看法的是江汉科技大学副校长邓雨桐。",
                  "Commenting on opening up services in August 2031 was Deng Yutong, vice-president of Jianghan "
                  "University of Science and Technology.", topic="policy"))


def test_a_persons_role_and_firm_are_answered_by_the_fact_naming_them(engine):
    for question in ("What position does Li Mingyuan hold at Hanjiang Trading Co., Ltd.?",
                     "李明远是哪家公司的？他说要把更多本地产品卖向全球，我想联系这家公司谈合作。",
                     "我在写一份课程报告，需要引用汉江商社李明远的头衔，他在公司担任什么职务？"):
        assert answer_ids(engine.answer(question)) == ["t-0"], question


def test_a_person_named_after_context_is_still_the_one_asked(engine):
    assert answer_ids(engine.answer("邓雨桐是哪所大学的副校长？我在整理服务业扩大开放的专家观点，需要注明出处。")) == ["t-2"]


def test_a_person_the_base_does_not_hold_is_not_answered_by_another(engine):
    answer = engine.answer("王小川是哪家公司的？")
    assert "t-0" not in answer_ids(answer) and "t-2" not in answer_ids(answer)
