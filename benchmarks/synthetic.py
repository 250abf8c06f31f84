"""Synthetic, realistic fact bases for the scale benchmarks: invented firms, cities and partners,
periods 2015-2030, bilingual statements, on top of the curated facts. Nothing here is true.

    python benchmarks/synthetic.py OUT.db 100000      # a copy of the curated base plus 100k facts
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge import Entity, Fact, FactStore, Source, ensure_loaded  # noqa: E402
from knowledge.store import now  # noqa: E402

ACTOR = "synthetic"
# (Chinese, pinyin) pieces of invented names; rare characters so they seldom clash with real places.
HEADS = [("鑫", "Xin"), ("岚", "Lan"), ("泽", "Ze"), ("瑞", "Rui"), ("恒", "Heng"), ("博", "Bo"), ("沅", "Yuan"),
         ("栖", "Qi"), ("枫", "Feng"), ("澄", "Cheng"), ("汀", "Ting"), ("皋", "Gao"), ("芷", "Zhi"),
         ("桐", "Tong"), ("昊", "Hao"), ("睿", "Rui"), ("翊", "Yi"), ("琨", "Kun"), ("曜", "Yao"), ("珩", "Heng"),
         ("骁", "Xiao"), ("渝", "Yu"), ("祺", "Qi"), ("钧", "Jun"), ("烨", "Ye"), ("铖", "Cheng"), ("湛", "Zhan"),
         ("璟", "Jing")]
TAILS = [("达", "da"), ("拓", "tuo"), ("泰", "tai"), ("远", "yuan"), ("丰", "feng"), ("昌", "chang"),
         ("创", "chuang"), ("桥", "qiao"), ("成", "cheng"), ("航", "hang"), ("峰", "feng"), ("源", "yuan"),
         ("德", "de"), ("邦", "bang"), ("誉", "yu"), ("晟", "sheng"), ("弘", "hong"), ("嘉", "jia"), ("禾", "he"),
         ("澜", "lan")]
TRADES = [("精密", "Precision"), ("光电", "Optoelectronics"), ("新材", "New Materials"), ("汽配", "Auto Parts"),
          ("生物", "Biotech"), ("电子", "Electronics"), ("纺织", "Textiles"), ("化工", "Chemicals"),
          ("机械", "Machinery"), ("物流", "Logistics"), ("食品", "Foods"), ("医疗", "Medical"),
          ("储能", "Energy Storage"), ("半导体", "Semiconductor"), ("家居", "Home Furnishing"),
          ("农业", "Agritech")]
CITY_HEADS = [("岚", "Lan"), ("沅", "Yuan"), ("栖", "Qi"), ("澄", "Cheng"), ("皋", "Gao"), ("芷", "Zhi"),
              ("渭", "Wei"), ("汀", "Ting"), ("蓟", "Ji"), ("枞", "Cong"), ("滢", "Ying"), ("郗", "Xi")]
CITY_TAILS = [("川", "chuan"), ("阳", "yang"), ("陵", "ling"), ("州", "zhou"), ("原", "yuan"), ("溪", "xi"),
              ("埠", "bu"), ("塘", "tang")]
PARTNERS = [("诺维克", "Norvik"), ("阿尔瓦罗", "Alvaro"), ("卡兰特", "Calante"), ("维斯塔", "Vesta"), ("奥德林", "Odelin"),
            ("泽尔曼", "Zellmann"), ("莫兰迪", "Morandi"), ("索伦", "Solen"), ("贝克斯", "Bekks"), ("鲁瓦", "Ruva")]
PARTNER_KINDS = [("贸易", "Trading"), ("航运", "Shipping"), ("工业", "Industries"), ("集团", "Group")]
METRICS = [  # metric, zh, en, topic, unit, low, high
    ("export_value", "出口额", "exports", "trade", "亿元", 1, 900),
    ("import_value", "进口额", "imports", "trade", "亿元", 1, 600),
    ("trade_value", "进出口总额", "total trade", "trade", "亿元", 2, 1500),
    ("revenue", "营业收入", "revenue", "firm", "亿元", 1, 400),
    ("output_value", "产值", "output value", "industry", "亿元", 1, 800),
    ("investment", "投资额", "investment", "investment", "亿元", 1, 200),
    ("orders", "海外订单", "overseas orders", "firm", "万美元", 50, 90000),
    ("employees", "员工人数", "employees", "firm", "人", 80, 20000),
    ("containers", "集装箱吞吐量", "container throughput", "logistics", "万标箱", 1, 300),
    ("shipments", "发运班次", "train departures", "logistics", "列", 10, 2000),
]


# How articles word a figure and its change, in both languages (a real base is never worded one way).
VERBS_ZH = ["", "达", "为", "达到", "实现", "完成"]
VERBS_EN = ["reached", "was", "totalled", "came to", "stood at"]
RISES = [("同比增长{x}%", "up {x}% year on year"), ("比上年同期增长{x}%", "{x}% higher than a year earlier"),
         ("较上年增长{x}%", "an increase of {x}%"), ("增长{x}%", "growing {x}%"), ("增幅{x}%", "a growth of {x}%"),
         ("同比增加{x}%", "a rise of {x}% on the year")]
FALLS = [("同比下降{x}%", "down {x}% year on year"), ("比上年同期减少{x}%", "{x}% lower than a year earlier"),
         ("下降{x}%", "a decrease of {x}%")]


def _change(rng: random.Random) -> tuple[str, str]:
    """A change on the year in both languages, or none (many figures are printed without one)."""
    if rng.random() < 0.3:
        return "", ""
    change = rng.uniform(-20, 60)
    zh, en = rng.choice(RISES if change >= 0 else FALLS)
    return zh.format(x=f"{abs(change):.1f}"), en.format(x=f"{abs(change):.1f}")


def _period(rng: random.Random) -> dict:
    year = rng.randint(2015, 2030)
    kind = rng.random()
    if kind < 0.5:
        return {"zh": f"{year}年", "en": str(year), "start": f"{year}-01-01", "end": f"{year}-12-31"}
    if kind < 0.75:
        return {"zh": f"{year}年上半年", "en": f"first half of {year}", "start": f"{year}-01-01",
                "end": f"{year}-06-30"}
    month = rng.randint(2, 11)
    last = {2: 28, 4: 30, 6: 30, 9: 30, 11: 30}.get(month, 31)
    return {"zh": f"{year}年1-{month}月", "en": f"January-{_MONTHS[month - 1]} {year}",
            "start": f"{year}-01-01", "end": f"{year}-{month:02d}-{last:02d}"}


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _entities(rng: random.Random, firms: int) -> tuple[list[Entity], list[Entity], list[Entity]]:
    cities = [Entity(f"syn-city-{a[1].lower()}{b[1]}", "region", f"{a[0]}{b[0]}市", f"{a[1]}{b[1]}",
                     [f"{a[0]}{b[0]}", f"{a[1]}{b[1]} City"]) for a in CITY_HEADS for b in CITY_TAILS]
    partners = [Entity(f"syn-partner-{p[1].lower()}-{k[1].lower()}", "partner", f"{p[0]}{k[0]}",
                       f"{p[1]} {k[1]}", [f"{p[0]}{k[0]}公司"]) for p in PARTNERS for k in PARTNER_KINDS]
    out, seen = [], set()
    while len(out) < firms:
        h, t, trade = rng.choice(HEADS), rng.choice(TAILS), rng.choice(TRADES)
        city = rng.choice(cities)
        brand_zh, brand_en = h[0] + t[0], h[1] + t[1]
        eid = f"syn-{brand_en.lower()}-{trade[1].lower().replace(' ', '-')}-{city.id[9:]}"
        if eid in seen:
            continue
        seen.add(eid)
        out.append(Entity(eid, "firm", f"{city.name_zh[:2]}{brand_zh}{trade[0]}有限公司",
                          f"{city.name_en} {brand_en} {trade[1]} Co.",
                          [f"{brand_zh}{trade[0]}", f"{brand_en} {trade[1]}"]))
    return out, cities, partners


def synthetic_facts(count: int, seed: int = 7) -> tuple[list[Source], list[Entity], list[Fact]]:
    """`count` invented facts about invented firms, cities and partners, with their sources."""
    rng = random.Random(seed)
    firms, cities, partners = _entities(rng, max(count // 10, 20))
    sources = [Source(f"syn-src-{k:03d}", "江汉商报", "Jianghan Business News", f"合成测试文章{k}",
                      f"20{rng.randint(15, 30)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                      title_en=f"Synthetic article {k}") for k in range(200)]
    facts = []
    for k in range(count):
        entity = rng.choice(firms) if rng.random() < 0.85 else rng.choice(cities)
        metric, mzh, men, topic, unit, low, high = rng.choice(METRICS)
        period = _period(rng)
        value = f"{rng.uniform(low, high):.1f}" if unit == "亿元" else str(rng.randint(low, high))
        change_zh, change_en = _change(rng)
        partner = rng.choice(partners) if rng.random() < 0.3 else None
        to_zh = f"对{partner.name_zh}" if partner else ""
        to_en = f" to {partner.name_en}" if partner else ""
        facts.append(Fact.from_dict({
            "id": f"syn-{k:06d}", "topic": topic, "entity": entity.id, "metric": metric, "metric_zh": mzh,
            "metric_en": men, "value": value, "unit": unit, "value_en": f"{value} {unit}",
            "change_zh": change_zh, "change_en": change_en, "period": period,
            "source": rng.choice(sources).id,
            "statement_zh": f"{period['zh']}，{entity.name_zh}{to_zh}{mzh}{rng.choice(VERBS_ZH)}{value}{unit}"
                            + (f"，{change_zh}。" if change_zh else "。"),
            "statement_en": f"In {period['en']}, {entity.name_en}'s {men}{to_en} {rng.choice(VERBS_EN)} "
                            f"{value} {unit}" + (f", {change_en}." if change_en else "."),
            "keywords": [mzh, men] + ([partner.name_zh] if partner else [])}))
    return sources, firms + cities + partners, facts


def grow(store: FactStore, count: int, seed: int = 7) -> None:
    """Add `count` synthetic facts (and their entities and sources) to a store in a few statements."""
    sources, entities, facts = synthetic_facts(count, seed)
    stamp = now()
    written = {"origin": ACTOR, "updated_at": stamp, "updated_by": ACTOR}
    with store.atomic():
        store.db["sources"].insert_all([s.to_dict() | written for s in sources], pk="id", ignore=True)
        store.db["entities"].insert_all([e.to_dict() | written | {"aliases": json.dumps(e.aliases, ensure_ascii=False)}
                                         for e in entities], pk="id", ignore=True)
    store.add_facts_bulk(facts, ACTOR, {})


def main() -> None:
    out, count = Path(sys.argv[1]), int(sys.argv[2])
    store = FactStore(out)
    ensure_loaded(store)
    grow(store, count)
    print(store.counts())


if __name__ == "__main__":
    main()
