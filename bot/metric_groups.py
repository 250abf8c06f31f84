"""Kinds of figure (metric groups): the words by which a question or a fact speaks of a trade value, exports,
investment, visitors, capacity..., and the groups a text speaks of."""
from __future__ import annotations

import re

METRIC_GROUPS: dict[str, tuple[str, ...]] = {
    "throughput": ("吞吐量", "货邮", "货运量", "throughput", "tonnage", "tons", "tonnes"),
    "passengers": ("旅客", "客流", "乘客", "passenger"),
    "profit": ("利润", "净利", "盈利", "profit", "net income", "earnings"),
    "revenue": ("营收", "营业收入", "收入", "销售额", "营业额", "revenue", "sales"),
    "population": ("人口", "population"),
    "gdp": ("gdp", "生产总值"),
    "tax": ("税收", "纳税", "tax revenue"),
    "tariff": ("关税", "税率", "tariff", "customs duty", "import duty", "duties"),
    "salary": ("工资", "薪资", "薪水", "salary", "wage"),
    "employees": ("员工", "职工", "雇员", "就业", "岗位", "employee", "staff", "jobs", "workers", "headcount",
                  "workforce"),
    "price": ("房价", "股价", "售价", "价格", "price"),
    "weather": ("天气", "下雨", "气温", "大雾", "雾霾", "暴雨", "下雪", "台风", "雷暴", "weather", "rain",
                "temperature", "fog", "storm", "typhoon", "snow"),
    "market_cap": ("市值", "market value", "market cap"),
    "fdi": ("利用外资", "使用外资", "外资企业", "外商投资", "foreign investment", "fdi", "foreign direct investment",
            "foreign capital", "foreign-invested"),
    "outward": ("对外投资", "对外实际投资", "境外投资", "对外直接投资", "outward", "odi", "overseas investment",
                "investment abroad", "invest abroad", "invested abroad", "investing abroad",
                "invest overseas", "invested overseas", "outbound invest", "outbound direct invest"),
    "sales_volume": ("销量", "销售量", "销售数", "units sold", "sales volume"),
    "teu": ("标箱", "teu", "集装箱", "container"),
    "visitors": ("观众", "访客", "参观人数", "visitor", "attendance", "audience"),
    "funding": ("融资", "funding", "financing"),
    "investment_total": ("总投资", "投资额", "投资规模", "invest"),
    "contract_value": ("订单金额", "合同金额", "签约金额", "合同额", "contract value", "order value", "deal value"),
    "trade": ("外贸", "进出口", "foreign trade", "imports and exports", "import and export", "total trade",
              "trade value", "贸易额", "贸易总额"),
    "exports": ("出口", "export", "销往", "远销", "创汇", "foreign exchange earn"),
    "imports": ("进口", "import"),
    "officials": ("省长", "市长", "书记", "区长", "县长", "governor", "mayor", "party secretary"),
    "unemployment": ("失业", "就业率", "unemploy", "jobless"),
    "prices": ("物价", "cpi", "通胀", "inflation", "consumer price"),
    "retail": ("社会消费品零售", "社零", "retail sales"),
    "fiscal": ("财政收入", "财政", "fiscal", "budget"),
    "income": ("人均收入", "可支配收入", "disposable income", "per capita income"),
    "capacity": ("每年", "一年能处理", "一年可处理", "一年能吞吐", "一年能生产", "年处理", "处理能力", "吞吐能力",
                 "保障能力", "年产能", "产能", "throughput capacity",
                 "cargo capacity", "terminal capacity", "production capacity", "handling capacity",
                 "per year", "a year", "annual", "each year", "every year"),
}


# Words a group's English word begins but does not mean: important, an investor (a party, not an amount).
_NOT_AFTER = {"import": r"(?!an)", "invest": r"(?!ors?\b)"}


def _group_pattern(words: tuple[str, ...]) -> re.Pattern:
    """One group's words as a pattern: Chinese anywhere, English at a word's start (no 'rain' in
    'trains', no 'odi' in 'commodities', no 'import' in 'important')."""
    zh = [re.escape(w) for w in words if not w.isascii()]
    en = [re.escape(w) + _NOT_AFTER.get(w, "") for w in words if w.isascii()]
    return re.compile("|".join(zh + ([r"(?<![a-z])(?:" + "|".join(en) + ")"] if en else [])), re.I)


GROUP_PATTERNS = {group: _group_pattern(words) for group, words in METRIC_GROUPS.items()}


def groups_in(text: str, aliases: list[str] | tuple[str, ...] = ()) -> tuple[str, ...]:
    """The metric groups a text speaks of, in METRIC_GROUPS' order; a word inside one of `aliases`
    (a name: the Import Expo) does not count."""
    return tuple(group for group, pattern in GROUP_PATTERNS.items()
                 if any(not any(m.group() in a for a in aliases) for m in pattern.finditer(text)))
