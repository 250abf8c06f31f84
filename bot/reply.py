"""Composing replies: the figure, its period, a statement and the citation, in the asker's language,
as plain text or as Telegram HTML (everything from users or the store escaped)."""
from __future__ import annotations

from html import escape

from .answers import Answer, FactDoc
from .compare import growth_rate
from .declines import suggestion

CAN_ANSWER = {
    "zh": "我能回答湖北开放经济的问题：湖北、武汉和光谷的外贸进出口，花湖机场、中欧班列（武汉）、长江航道等物流枢纽和通道，"
          "出口企业，自贸区与开放政策，外资与对外投资。输入 /help 查看用法。",
    "en": "I answer questions about Hubei's open economy: foreign trade of Hubei, Wuhan and Optics Valley, "
          "logistics hubs such as Ezhou Huahu airport and the China-Europe Railway Express (Wuhan), "
          "exporting firms, free-trade-zone and opening-up policy, foreign and outward investment. "
          "Send /help for usage.",
}
DECLINE = {
    "zh": "抱歉，我的资料库里没有这个问题的可靠答案，不想给您一个可能不准确的数字。",
    "en": "Sorry, my fact base has no reliable answer to that, and I would rather not guess a figure.",
}
PERIOD = {
    "zh": "抱歉，我没有您问的那个时期的数据。",
    "en": "Sorry, I don't hold that figure for the period you asked about.",
}
GREETING = {
    "zh": "您好！我是湖北开放经济问答机器人，每个数字都注明出处。",
    "en": "Hello! I am the Hubei Open Economy Bot; every figure I give comes with its source.",
}
EMPTY = {"zh": "请输入您的问题，例如：湖北2025年前11个月进出口多少？",
         "en": "Please type a question, e.g. How much did Wuhan export in the first half of 2024?"}
RELATED = {"zh": "相关数据", "en": "Related"}
MISSING = {"zh": "（对比的另一方：{names}，资料库里没有可比的数据。）",
           "en": "(For {names}, the base holds no comparable figure.)"}
TOPIC_TITLE = {"zh": "这个主题的主要数据", "en": "Headline figures of this topic"}
BROADER = {
    "zh": "抱歉，资料库里没有您问的这个数字（{what}）。下面是一个口径更宽的数字，仅供参考，它不是您问的那个：",
    "en": "Sorry, the base does not hold the figure you asked for ({what}). Below is a broader figure, for "
          "reference only; it is not the one you asked about:",
}
BROADER_WHAT = {"international": {"zh": "仅国际部分", "en": "international only"},
                "domestic": {"zh": "仅国内部分", "en": "domestic only"},
                "return": {"zh": "仅回程部分", "en": "return trips only"},
                "outbound": {"zh": "仅去程部分", "en": "outbound trips only"},
                "private firms": {"zh": "仅民营企业", "en": "private firms only"},
                "foreign-invested firms": {"zh": "仅外商投资企业", "en": "foreign-invested firms only"},
                "state-owned firms": {"zh": "仅国有企业", "en": "state-owned firms only"},
                "general trade": {"zh": "仅一般贸易", "en": "general trade only"},
                "processing trade": {"zh": "仅加工贸易", "en": "processing trade only"},
                "high-tech products": {"zh": "仅高新技术产品", "en": "high-tech products only"},
                "mechanical and electrical products": {"zh": "仅机电产品", "en": "mechanical and electrical "
                                                       "products only"},
                "labour-intensive products": {"zh": "仅劳动密集型产品", "en": "labour-intensive products only"},
                "agricultural products": {"zh": "仅农产品", "en": "agricultural products only"},
                "ships": {"zh": "仅船舶", "en": "ships only"}, "vehicles": {"zh": "仅汽车", "en": "vehicles only"},
                "chips": {"zh": "仅集成电路", "en": "chips only"},
                "batteries": {"zh": "仅电池", "en": "batteries only"},
                "photovoltaics": {"zh": "仅光伏产品", "en": "photovoltaics only"},
                "first-time traders": {"zh": "仅首次开展外贸的企业", "en": "first-time traders only"},
                "intermodal": {"zh": "仅联运", "en": "intermodal only"},
                "cross-border e-commerce": {"zh": "仅跨境电商", "en": "cross-border e-commerce only"},
                "service trade": {"zh": "仅服务贸易", "en": "service trade only"},
                "bonded logistics": {"zh": "仅保税物流", "en": "bonded logistics only"},
                "auto parts": {"zh": "仅汽车零部件", "en": "auto parts only"},
                "electric vehicles": {"zh": "仅电动汽车", "en": "electric vehicles only"},
                "construction": {"zh": "仅建筑业", "en": "construction only"},
                "manufacturing": {"zh": "仅制造业", "en": "manufacturing only"},
                "services sector": {"zh": "仅服务业", "en": "services sector only"},
                "financial sector": {"zh": "仅金融业", "en": "financial sector only"},
                "real estate": {"zh": "仅房地产业", "en": "real estate only"},
                "wholly foreign-owned": {"zh": "仅外商独资", "en": "wholly foreign-owned only"},
                "joint ventures": {"zh": "仅中外合资合作", "en": "joint ventures only"},
                "steel": {"zh": "仅钢材", "en": "steel only"},
                "textiles and garments": {"zh": "仅纺织服装", "en": "textiles and garments only"},
                "phones": {"zh": "仅手机", "en": "phones only"},
                "biomedicine": {"zh": "仅生物医药", "en": "biomedicine only"}}
LARGER = {"zh": "比较：{a}（{x}）大于{b}（{y}）。", "en": "Compared: {a} ({x}) is larger than {b} ({y})."}
FASTER = {"zh": "比较：{a}（增长{x}）快于{b}（增长{y}），高{d}个百分点。",
          "en": "Compared: {a} grew faster ({x}) than {b} ({y}), by {d} percentage points."}
MAYBE = {"zh": "您是不是想问：", "en": "Did you mean:"}
SOURCE = {"zh": "来源", "en": "Source"}


def citation(doc: FactDoc, lang: str) -> str:
    return doc.source.citation(lang)


def figure(doc: FactDoc, lang: str) -> str:
    f = doc.fact
    printed = f"{f.value}{f.unit}"
    if lang == "zh":
        parts = [printed, f.change_zh, f.period_zh]
    else:
        shown = f"{f.value_en} ({printed})" if f.value_en and f.value_en != printed else printed
        parts = [shown, f.change_en, f.period_en]
    return " | ".join(p for p in parts if p)


def statement(doc: FactDoc, lang: str) -> str:
    return doc.fact.statement_zh if lang == "zh" else doc.fact.statement_en


def _fact_block(doc: FactDoc, lang: str, e) -> list[str]:
    return [e(statement(doc, lang)),
            f"📊 {e(figure(doc, lang))}",
            f"📰 {SOURCE[lang]}: {e(citation(doc, lang))}"]


def render(answer: Answer, html: bool = False) -> str:
    """The reply as a person reads it; with html=True, Telegram HTML with all data escaped."""
    lang = answer.lang if answer.lang in ("zh", "en") else "zh"
    e = escape if html else (lambda s: s)
    b = (lambda s: f"<b>{s}</b>") if html else (lambda s: s)
    lines: list[str] = []
    if answer.kind == "greeting":
        return e(GREETING[lang] + "\n" + CAN_ANSWER[lang])
    if answer.kind == "empty":
        return e(EMPTY[lang])
    if answer.kind == "broader" and answer.facts:
        lines.append(e(BROADER[lang].format(what=_narrowed(answer.reason, lang))))
        lines.append("")
        lines += _fact_block(answer.facts[0], lang, e)
        lines.append("")
        lines.append(e(CAN_ANSWER[lang]))
        return "\n".join(lines)
    if not answer.found:
        lines.append(e(PERIOD[lang] if answer.reason == "period not held" else DECLINE[lang]))
        if answer.suggestions:
            lines.append(e(MAYBE[lang]))
            lines += [f"• {e(s)}" for s in answer.suggestions]
        lines.append(e(CAN_ANSWER[lang]))
        return "\n".join(lines)
    if answer.kind == "topic":
        lines.append(b(e(TOPIC_TITLE[lang])))
        for doc in answer.facts:
            lines.append("")
            lines += _fact_block(doc, lang, e)
        return "\n".join(lines)
    if answer.kind == "profile":
        head = answer.facts[0].entity
        lines.append(b(e(head.name_zh if lang == "zh" else head.name_en or head.name_zh)))
        for doc in answer.facts:
            lines.append("")
            lines += _fact_block(doc, lang, e)
        return "\n".join(lines)
    for k, doc in enumerate(answer.facts):
        if k:
            lines.append("")
        lines += _fact_block(doc, lang, e)
    if answer.kind == "compare" and len(answer.facts) == 2 and answer.larger in (0, 1):
        big, small = answer.facts[answer.larger], answer.facts[1 - answer.larger]
        said, shown = (FASTER, _rate) if answer.by_growth else (LARGER, _printed)
        lines += ["", e(said[lang].format(a=suggestion(big, lang), x=shown(big, lang),
                                          b=suggestion(small, lang), y=shown(small, lang), d=answer.margin))]
    if answer.missing:
        lines.append("")
        lines.append(e(MISSING[lang].format(names="、".join(answer.missing) if lang == "zh"
                                            else ", ".join(answer.missing))))
    if answer.related:
        lines.append("")
        lines.append(b(e(RELATED[lang])) + ":")
        for doc in answer.related:
            lines.append(f"• {e(statement(doc, lang))} ({e(SOURCE[lang])}: {e(citation(doc, lang))})")
    return "\n".join(lines)


def _rate(doc: FactDoc, lang: str) -> str:
    return f"{growth_rate(doc):g}%"


def _printed(doc: FactDoc, lang: str) -> str:
    return doc.fact.value_en if lang == "en" and doc.fact.value_en else f"{doc.fact.value}{doc.fact.unit}"


def _narrowed(reason: str, lang: str) -> str:
    """What the question narrowed the figure to, from the engine's reason ('broader figure: 黄陂')."""
    what = reason.split(":", 1)[-1].strip()
    return BROADER_WHAT.get(what, {}).get(lang, what.title() if what.isascii() else what)


def to_json(answer: Answer) -> dict:
    """The command line's JSON contract."""
    return {
        "question": answer.question,
        "lang": answer.lang,
        "found": answer.found,
        "answer": render(answer),
        "facts": [fact_json(d, answer.lang) for d in answer.facts],
        "suggestions": answer.suggestions,
        "score": answer.score,
    }


def fact_json(doc: FactDoc, lang: str) -> dict:
    f, s = doc.fact, doc.source
    return {
        "id": f.id,
        "statement": statement(doc, lang),
        "value": f.value,
        "unit": f.unit,
        "period": f.period_zh if lang == "zh" else f.period_en,
        "source": {"publication": s.publication_zh if lang == "zh" else s.publication_en,
                   "title": s.title, "date": s.date, "page": s.page or None},
    }


def related_questions(answer: Answer) -> list[tuple[str, str]]:
    """Up to three (label, fact id) pairs to offer as buttons: 'did you mean' choices, or related facts."""
    if answer.suggestions:
        return list(zip(answer.suggestions, answer.suggestion_ids))[:3]
    return [(suggestion(d, answer.lang), d.fact.id) for d in answer.related][:3]


def source_details(doc: FactDoc, lang: str, html: bool = True) -> str:
    """Everything known about where a fact comes from."""
    e = escape if html else (lambda s: s)
    s, f = doc.source, doc.fact
    if lang == "zh":
        lines = [f"📰 《{e(s.publication_zh)}》（{e(s.publication_en)}）", f"标题：{e(s.title)}", f"日期：{e(s.date)}"]
        if s.page:
            lines.append(f"版面：第{e(s.page)}版")
        if s.reprinted_by:
            lines.append(f"转载：{e(s.reprinted_by)}")
        lines += [f"数据：{e(f.value)}{e(f.unit)}（{e(f.period_zh)}）", f"编号：{e(f.id)}"]
    else:
        lines = [f"📰 {e(s.publication_en)} ({e(s.publication_zh)})", f"Title: {e(s.title)}"
                 + (f" — {e(s.title_en)}" if s.title_en else ""), f"Date: {e(s.date)}"]
        if s.page:
            lines.append(f"Page: {e(s.page)}")
        if s.reprinted_by:
            lines.append(f"Reprinted by: {e(s.reprinted_by)}")
        lines += [f"Figure: {e(f.value_en or f.value + f.unit)} ({e(f.period_en)})", f"Fact id: {e(f.id)}"]
    return "\n".join(lines)
