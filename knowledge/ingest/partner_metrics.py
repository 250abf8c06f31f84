"""Names of a partner's trade (湖北对东盟进出口额 / Hubei's trade with ASEAN), of a part of it done by one
kind of trader (民营企业对…), and of a partner's share of the region's whole."""
from __future__ import annotations

import re

from .entities import slug
from .metrics import FLOW_EN, QUALIFIER
from .naming import short, short_en
from .vocab import PARTNERS, Metric, translate


def partner_metric(flow: str, region: tuple[str, str, str], partner: tuple[str, str, str],
                   growth: bool) -> Metric:
    """Trade with a partner, named as the curated files do: 湖北对东盟进出口额 / Hubei's trade with ASEAN."""
    r_zh, r_en = short(region[0]), short_en(region[1])
    p_zh, p_en = partner[0], partner[1]
    if flow == "来自":                                  # 来自香港的实际投资: foreign investment from a partner
        if growth:
            return Metric("fdi_from_partner_growth", f"{r_zh}实际使用来自{p_zh}的外资增速",
                          f"growth of {r_en}'s foreign direct investment actually used from {p_en}",
                          "investment")
        return Metric("fdi_from_partner", f"{r_zh}实际使用来自{p_zh}的外资",
                      f"{r_en}'s foreign direct investment actually used from {p_en}", "investment",
                      ("实际使用外资", "外资", "FDI", "foreign investment", "foreign capital", f"{p_en} capital"))
    if growth:
        return Metric("bilateral_trade_growth", f"{r_zh}对{p_zh}{flow}增速",
                      f"growth of {r_en}'s {FLOW_EN.get(flow, 'trade')} with {p_en}", "trade")
    if flow == "出口":
        return Metric("exports_to_partner", f"{r_zh}对{p_zh}出口额", f"{r_en}'s exports to {p_en}", "trade")
    if flow == "进口":
        return Metric("imports_from_partner", f"{r_zh}自{p_zh}进口额", f"{r_en}'s imports from {p_en}", "trade")
    return Metric("bilateral_trade", f"{r_zh}对{p_zh}进出口额", f"{r_en}'s trade with {p_en}", "trade")


def share_with_partner(region: tuple[str, str, str], partner: tuple[str, str, str]) -> Metric:
    """A partner's share of the region's trade (与东盟…进出口占比分别提升至22.5%): 武汉对东盟进出口占比."""
    r_zh, r_en = short(region[0]), short_en(region[1])
    return Metric("bilateral_trade_share", f"{r_zh}对{partner[0]}进出口占比",
                  f"share of {r_en}'s foreign trade done with {partner[1]}", "trade",
                  ("占比", "比重", "share", "proportion"))


def by_trader(metric: Metric, sentence: str, pos: int) -> Metric:
    """A partner's trade done by one kind of trader or trade mode (民营企业对共建“一带一路”国家进出口X):
    that part, never the partner's whole trade."""
    clause = sentence[max(sentence.rfind(c, 0, pos) for c in "，,；;。") + 1:pos]
    found = re.search(r"(" + QUALIFIER.pattern + r")(?:以[^，。；对]{0,4}方式)?对", clause)
    if not found:
        return metric
    word = found.group(1)
    english = translate(word)[0] or word
    return Metric(f"{metric.id}_{slug(english, 20).replace('-', '_')}", metric.zh.replace("对", word + "对", 1),
                  metric.en.replace("'s ", f"'s {english}' ", 1) if "'s " in metric.en
                  else f"{metric.en} ({english})",
                  metric.topic)


def growth_from_partner(metric: Metric, region: tuple[str, str, str], partner: tuple[str, str, str]) -> Metric:
    """A partner's growth in a list (加拿大和英国…分别增长346.1倍和13.9倍, after 合同外资金额) is the region's
    measure from that partner: 湖北来自加拿大的合同外资金额增速, growth of … from Canada (Hubei)."""
    r_zh, r_en = short(region[0]), short_en(region[1])
    if partner[0] in metric.zh:
        return metric
    return Metric(f"{metric.id}_from_partner", f"{r_zh}来自{partner[0]}的{metric.zh}",
                  f"{metric.en} from {partner[1]} ({r_en})", metric.topic, metric.keywords)


def firms_from(whole: Metric, region: tuple[str, str, str], partner: tuple[str, str, str]) -> Metric:
    """Firms from each partner counted in a list (境外企业200家，其中美国(61家)、日本(38家)…企业): the region's
    count of those firms from that partner, 湖北来自美国的世界500强企业数."""
    r_zh, r_en = short(region[0]), short_en(region[1])
    zh = re.sub(r"(?:境外|外资|外商|外国)(?=企业|公司)", "", whole.zh)
    en = re.sub(r"\b(?:overseas|foreign|foreign-funded) ", "", whole.en)
    return Metric(f"{whole.id}_from_partner", f"{r_zh}来自{partner[0]}的{zh}",
                  f"{r_en}'s {en} from {partner[1]}",
                  whole.topic, whole.keywords)


def share_of_region(metric: Metric, region: tuple[str, str, str]) -> Metric:
    """A partner's share of the region's whole (新加坡占全省实际使用外资8.7%) names the region: Singapore's
    share of Hubei's actually used foreign investment, not of some whole."""
    r_zh, r_en = short(region[0]), short_en(region[1])
    if r_zh in metric.zh or "share of " not in metric.en:
        return metric
    return Metric(metric.id, r_zh + metric.zh, metric.en.replace("share of ", f"share of {r_en}'s ", 1),
                  metric.topic, metric.keywords)


def bilateral(label: str, region: tuple[str, str, str], partner: tuple[str, str, str]) -> Metric:
    """A rate of each partner listed the sentence before: its trade's growth (双边贸易值分别增长), or its
    surplus' or deficit's (双边贸易顺差分别扩大)."""
    balance = ([None] + list(re.finditer(r"顺差|逆差", label)))[-1]     # the nearest: …顺差分别扩大…；对日贸易逆差扩大
    if not balance:
        return partner_metric("进出口", region, partner, growth=True)
    r_zh, r_en = short(region[0]), short_en(region[1])
    word, en = balance.group(0), "surplus" if balance.group(0) == "顺差" else "deficit"
    return Metric(f"trade_{en}_growth", f"{r_zh}对{partner[0]}贸易{word}增速",
                  f"growth of {r_en}'s trade {en} with {partner[1]}", "trade")


def in_partner(metric: Metric, partner_zh: str) -> Metric:
    """A measure of work done in a partner named earlier in the sentence (在上合组织相关国家新签承包工程合同额244亿美元，
    累计完成营业额84亿美元): that partner's, 在上合组织相关国家对外承包工程完成营业额."""
    en = PARTNERS.get(partner_zh, ("", partner_zh))[1]
    return Metric(f"{metric.id}_in_{slug(en, 20).replace('-', '_')}", f"在{partner_zh}{metric.zh}",
                  f"{metric.en} in {en}", metric.topic, metric.keywords)
