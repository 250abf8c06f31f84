"""Walker: goes through an article's sentences, keeping the period and entity in force, and proposes facts."""
from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import replace

from ..glossary import PLACES_EN
from .bounds import PASSED, settle_bounds
from ..store import FactStore
from .differences import COUNT_UNITS, days_ahead, routes_reach, share_cut
from .entities import (OWN_CITY, EntityIndex, carries_on, names_in, new_names, place_english, route_english, slug,
                       stands_as_subject, story_firm)
from .departures import DeparturesMixin
from .events import EventsMixin
from .spans import SpansMixin
from .proposed_entities import EntitiesMixin
from .gazetteer import COUNTY_IDS
from .fairs import Fair
from .figure import clause_start
from .figures import THIS_FIRM, Figure, figures
from .compare import year_period, year_referred
from .kinds import reshaped, same_year_label
from .sizes import counted_firms, facility_size
from .signings import story_event, this_event, without_repeats
from .trips import drop_trip, route_places, trip_of
from .zones import planned_or_phase
from .zones import phase_area
from .labels import peaked_measure, scoped_flights, strip_label
from .metrics import (PER_UNIT_PRICE, above_national, bare_flow_of, listed_amount, name_metric, sentence_product,
                      topic_product, with_context)
from .partner_metrics import (bilateral, by_trader, firms_from, growth_from_partner, in_partner,
                              partner_metric, share_with_partner, share_of_region)
from .ranks import group_rank
from .model import Proposal, Reading
from .passing import (AREA_UNITS, DATELINE_DAY, aside, base_year, detach_passing, in_passing, measure_before,
                      over_base_year, same_period_before)
from .naming import SCOPE_EN, counted_whole, keywords, partner_lists, rank_en, short, short_en, split_rank
from .periods import PERIOD_WORDS, Period, find_period
from .shapes import (area_names, listed_items, listed_names, off_dateline, respective_measure, respective_subjects,
                     source_subject, story_subject)
from .states import LENGTHS, OFF_TOPIC, moment_after
from .subjects import (CITY_WORDS, CONVERTED, city_story, converted, firm_investment, flow_partner,
                       headline, informant, investing_partner, listed_example, listed_partner, off_press,
                       partner_then, described_after, named_as_role, owner_after, partner_named, quoted_list,
                       with_partners)
from .text import Sentence, simplify
from .aliases import normalise
from .vocab import (METRICS, PARTNER_ALT, PARTNER_NAME, PARTNER_RE, PARTNERS, Metric, match_metric, english,
                    partner_names, translate)
from .wording import change_texts, statement_en, statement_zh, value_en

_COMPARE = re.compile(r"(?:比|较)[\u4e00-\u9fff]{1,6}的(?:19|20)\d\d年(?:同期)?|"     # 较历史最好的2019年
                      r"(?:比|较|同比|环比)(?:去年|上年|上半年|一季度|前三季度|20\d\d年|今年|"
                      r"(?:上月|(?:\d{1,2}至)?\d{1,2}月份?(?=增|减|下|上|提|回|收|扩)))?"
                      r"(?:同期|全年)?|"
                      r"与(?:去年|上年|20\d\d年|(?:\d{1,2}至)?\d{1,2}月份?)[^，。]{0,6}?(?:相比|比较)|(?:20\d\d年|去年|上年)同期(?:水平)?|"
                      r"(?:创|延续|保持|实现)[^，。；]{0,12}?以来[^，。；]{0,8}?(?:新高|最高|新低|最好|势头|态势|趋势)|"
                      r"(?:今年|年内)(?:单月|月度)")   # records and trends: 延续去年四季度以来的回升势头
_TOPIC_BY_TYPE = {"firm": "firm", "hub": "logistics", "route": "logistics", "zone": "policy",
                  "region": "trade",
                  "partner": "trade", "org": "trade", "product": "trade", "event": "trade"}


# Rates declared year on year for the rest of the article: 比去年同期（下同）, 同比（下同）.
_YOY_BELOW = re.compile(r"(?:比去年同期|比上年同期|较去年同期|较上年同期|同比)\s*[（(]\s*下同\s*[)）]")
# The kind of site a firm's base or plant is, said bare in the body (该基地, 武汉产业基地).
_SITE_KIND = re.compile(r"(?:产业|生产|制造)?基地$|工厂$")
# A clause going on from a concession before it (虽然…，但总量有…): the subject is the concession's.
_BUT = re.compile(r"(?:但是?|却|可是)")
# ... and the measure the concession said (创汇 in 随县创汇虽然…，但总量有…).
_CONCEDED = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:虽然|虽|尽管)[^，,；;。]{0,20}[，,](?:但是?|却)[\u4e00-\u9fff]{0,4}$")


def _blank(m: re.Match) -> str:
    """Spaces as long as the match: its words are read past, positions kept."""
    return " " * len(m.group(0))


_IN_PARTNER = re.compile(rf"(?:在|赴|到)({PARTNER_ALT})")     # where a firm's work abroad is done
_OWNERSHIP = re.compile(r"台资|外资|外商投资|港资|民营")     # the kind of firm a whole counts, which its parts share
_THAT_CITY = re.compile(r"该市|本市|该县|本县")    # the city or county named before (随州…。该市有…)
# 据了解，2274个项目中…: a count said again as the whole of the parts after it.
_AGAIN_WHOLE = re.compile(r"(?:[个家项条座]?([\u4e00-\u9fff]{2,10}?))?(?:中|里|当中)(?!国|心|部|东|西|小|型)[，,]?")
_OPENING = re.compile(r"(?:.*[，,：:])?(?:据了解|据统计|其中|在|这|此)?[，,]?")
# 这310家世界500强中，…: the things counted again as the whole of the figures after it, no figure of its own.
_THIS = re.compile(r"(?:^|[，,])(?:这|此|上述|以上|这些)$")
_THESE = re.compile(r"([\u4e00-\u9fff\d]{2,10}?)(?:企业)?(?:中|里|当中)[，,]")
# A count of its own scope, not of the things a count before named (500家网点，海外销量突破50万辆).
_SCOPED = re.compile(r"(?:海外|境外|国内|国际|全球|出口|进口)")
# Figures listed as someone's advantages before the name (…最快15分钟通关等优势，花湖国际机场正加速…).
_ADVANTAGES = re.compile(r"[^。；，]{0,20}?等(?:优势|条件|便利|利好|基础)[，,]")
# 公司 on its own, after the firm was named in the sentence: 某某董事长介绍，…，公司订单不断，“预计全年产值…
_THE_FIRM = re.compile(r"(?:^|(?<=[，。；：“]))(?:该|本)?公司(?![\u4e00-\u9fff]{0,2}(?:数|总数))")
_POINTS = re.compile(r"\d+(?:\.\d+)?个百分点")
# The stage of projects a count is of (签约, 开工…), and its English.
_STAGE_EN = {"签约": "signed", "开工": "begun", "在建": "under construction", "竣工": "completed", "投产": "in production",
             "落地": "landed", "新签": "newly signed"}
_STAGE = re.compile("|".join(_STAGE_EN))
# A park or project named before, then 该项目 (…保税物流园项目正式开工。…该项目拥有冷库8万平方米).
# Firms of one size only (500万美元以上企业): a part that means nothing without its whole.
_SIZED_PART = re.compile(r"\d[\d.]*(?:万|亿)?(?:美元|元)(?:以上|以下)|过亿元?")
_THE_SITE = re.compile(r"(?:该|本|这一|此)(?:项目|工程|园区|物流园|产业园|工业园|基地)|(?<![\u4e00-\u9fff])园区(?=[已共累现目内有])")
_SITE_NAME = re.compile(r"(?:物流园|产业园|工业园|物流中心|基地|项目|工程)$")


# A sector the sentence opens with (服务业新批外商投资项目130个，合同外资金额43.45亿美元): its figures are that
# sector's, not the whole province's.
_SECTOR_HEAD = re.compile(r"^(?:其中[，,]?)?(第[一二三]产业|高技术制造业|高技术服务业|高技术产业|制造业|服务业|金融业|"
                          r"房地产业|批发和零售业|租赁和商务服务业)(?!中)")


# Trade with each partner just listed (双边贸易值分别增长…; 双边贸易顺差分别扩大…).
_BILATERAL = re.compile(r"双边贸易|贸易值|贸易额|进出口|顺差|逆差")


# Places of two kinds a count counts (国家和地区): what it counts, no context for the next figure.
_BOTH_KINDS = re.compile(r"(?:国际|国家|境外)(?:和|及|与)地区")
# Where a service in the sentence heads for (从武汉直达法国里昂): the country its figures concern.
_HEADED_TO = re.compile(r"(?:直达|抵达|开往|驶往|发往|通往|至)(" + PARTNER_NAME.pattern + r")")
# A sentence saying what its subject is one of (小河港是襄阳港…核心港区之一): the subject, not the whole.
_ONE_OF = re.compile(r"^([\u4e00-\u9fff()（）]{2,16}?)(?:是|为|作为)[^。；]*之一[。；]?$")
# The measure named after a value it ranks by (…以361.5亿美元的出口总值位列第一).
_MEASURE_AFTER = re.compile(r"的([\u4e00-\u9fff]{2,8}?)(?:位列|位居|居|排名|排在|名列|成为|领跑|荣登|夺得)")
# A name in quotes in the figure's own clause (16个空白市场，“车谷造”汽车出海12万辆): its own subject, not the
# things counted before.
_OWN_NAME = re.compile(r"“[^”]{2,8}”[^，。；,;“]*$")
# The rest of a list of examples after a name (、联想（武汉）等 before 12家重点企业).
_EXAMPLES = re.compile(r"(?:[（(][^）)]{0,10}[）)])?(?:[、和及与][^，。；、]{1,12}?)*等")
# A sentence about the whole country (今年一季度，全国港口共计完成…).
_NATIONAL_LEAD = re.compile(r"(?:[^，。；]{0,12}[，,]){0,2}(?:同期|而)?(?:全国|我国)")



# A flow's scale named in the sentence (消费品年进口规模首破百亿元，…增长45.3%): the growth is its own, not the
# paragraph's figure before.
_SCALE_NAMED = re.compile(r"(?:进出口|出口|进口)(?:规模|总量)")
# Firms or capital of a country (日本企业, 韩资): the country is part of what is counted, no subject or partner.
_OWNED_BY = re.compile(r"企业|公司|客商|独资|资本|资企业")


# A yearly measure (年吞吐量, 年通过能力): said at the end of several years, it is the last year's.
_ANNUAL = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?)年(?:吞吐量|通过能力|产量|产值|运量|货运量|集装箱量)")


class Walker(EntitiesMixin, EventsMixin, SpansMixin, DeparturesMixin):
    """Walks the sentences, keeping the period and entity in force, and writes proposals."""

    def __init__(self, store: FactStore, reading: Reading, ref: _dt.date, text: str):
        """Start with the base's names and no period or entity in force."""
        self.reading, self.ref, self.text = reading, ref, text
        self.index = EntityIndex(store)
        self.para_period: tuple[int, Period] | None = None
        self.para_said = -1                                # the paragraph that said the paragraph period
        self.route_ends: dict[int, list[str]] = {}         # the far ends of the routes each paragraph names
        self.article_period: Period | None = None
        self.para_entity: tuple[int, str] | None = None
        self.para_lead: tuple[int, str] = (-1, "")       # the paragraph's first sentence (its topic)
        self.said_amounts: list[tuple[int, Metric]] = []    # the sentence's amounts so far (and the last before)
        self.repeated: Metric | None = None                # the measure of a figure said again
        self.last_site: str | None = None                  # the last new park or project named (该项目)
        self.default_entity = self._main_entity(text)
        self.story_firm = story_firm(self.index, text) if self.default_entity == "hubei" else None
        self.city = city_story(self.default_entity, self.index.names_of(self.default_entity)[2])
        self.title_site = self._title_site(normalise(simplify(reading.source["title"])))    # 联想武汉基地
        lead = next((line for line in text.splitlines() if re.search(r"[，。,]", line)), "")[:200]
        heads = normalise(simplify(reading.source["title"])) + "\n" + lead
        self.story_event = story_event(heads, [n for _, _, n in new_names(heads)], text) \
            if not self.story_firm else None            # 华创会's story: its figures its own
        self.new_entities: dict[str, dict] = {}
        self.seen: set[tuple] = set()
        self.marks: set[int] = set()                       # proposals of a mark passed (突破5300亿元)
        self.items: dict[int, str] = {}                    # a figure's listed thing (集成电路出口), by id
        self.last_grown: Metric | None = None              # the sentence's last measure given with its rate
        self.last_growth: Metric | None = None             # the measure whose growth the sentence gave last
        self.first_said: dict[tuple, int] = {}             # a proposal's key -> its place in the proposals
        self.listed: dict[int, tuple[str, str]] = {}
        self.last_amount: Metric | None = None
        self.para_amount: tuple[int, Metric] | None = None    # the paragraph's last amount measured
        self.last_by_unit: dict[str, Metric] = {}          # the last measure in each unit (亿元, 万吨…)
        self.main_period: Period | None = None
        self.main_para = -1                                 # the paragraph the main period was said in
        self.lead_period: Period | None = None            # the period of the article's first figure
        self.sentence = ""
        self.context, self.whole_named = "", False
        # a whole said again (2274个项目中): its paragraph, period and things
        self.whole_period: tuple[int, Period, str, str] | None = None
        self.last_city = ""                                 # the city 该市 stands for
        self.ids: Counter[str] = Counter()
        self.off_topic = False                          # the sentence is about a neighbourhood's life
        self.owned: dict[tuple, Metric] = {}           # a 分别 list's subjects' measures (their 分别占 shares)
        self.last_listed: list = []                    # the names the sentence before listed (for 分别 after)
        self.last_event: str | None = None             # the event last named (…推介会上): 本次/此次 is it
        self.fair = Fair(ref)                          # the fair edition being held (本届进博会上…)
        self.last_departure = None                     # a named train's day, for 这是今年第N列 after it
        self.said_texts: list[str] = []                # the body's sentences but headlines
        self.in_head, self.lead_said = False, None     # a headline being read; its story's first period
        self.yoy_below = bool(_YOY_BELOW.search(text))   # the article says its rates are year on year (下同)

    def _main_entity(self, text: str) -> str:
        """The place, zone or hub the article names most as a subject (else Hubei)."""
        return story_subject(self.index, text)

    def read(self, sents: list[Sentence]) -> None:
        """Propose the facts of every sentence, carrying periods and entities along."""
        title = re.sub(r"^原标题[:：]", "", normalise(simplify(self.reading.source["title"])))
        heads = {x.text: self._headline(x.text) for x in sents}     # read once: the loop asks again
        self.said_texts = [x.text for x in sents if not heads[x.text]]
        if title and not any(title in x.text for x in sents) and figures(title):   # a title no sentence holds
            sents = [Sentence(re.sub(r"\s+", "，", title), -1, -1), *sents]   # a title's parts are clauses
        body = (find_period(x.text, self.ref)[0] for x in sents if not heads.get(x.text, True))
        self.lead_said = next((p for p in body if p and p.start), None)    # for a headline's own figures
        for s in sents:
            self._new_paragraph(s)
            if self.para_lead[0] != s.paragraph:
                self.para_lead = (s.paragraph, s.text)
            text = _COMPARE.sub(_blank, DATELINE_DAY.sub(_blank, s.text))   # no comparison's, dateline's days
            off = self.off_topic = bool(OFF_TOPIC.search(s.text))    # proposed, but never as confident
            self.fair.see(s.text, s.paragraph)
            head = self.in_head = heads[s.text] if s.text in heads else self._headline(s.text)
            figs = self._title_only(s.text) if head else figures(s.text)
            figs = [f for f in figs if not moment_after(f, s.text)]
            detach_passing(figs)
            self.sentence = s.text
            self.listed = partner_lists(s.text, figs)
            self.owned = {}
            named = with_partners(s.text, self._mentions(s.text))
            self.respective = respective_subjects(s.text, figs, named, self.last_listed)
            at = self.text.find(s.text[:12])
            self.items = listed_items(s.text, figs, self.text[max(0, at - 120):at] if at > 0 else "")
            for fid, area in area_names(s.text, self.respective).items():   # 武汉、宜昌三个片区…分别: the areas
                a, b, _ = self.respective[fid]
                found = [m for m in names_in(self.index, area) if m[1] - m[0] == len(area)]
                self.respective[fid] = (a, b, found[0][2] if found else "new:" + area)
            self.last_listed = listed_names(s.text, named)
            earlier = self.para_amount[1] if self.para_amount and self.para_amount[0] == s.paragraph else None
            self.said_amounts = [(-1, earlier)] if earlier else []
            self.last_amount = self.last_growth = self.last_grown = None
            self.context, self.whole_named = "", False
            if self.whole_period and self.whole_period[0] != s.paragraph:
                self.whole_period = None            # a whole said again holds for its paragraph
            for fig in figs if self.yoy_below else ():     # 比去年同期（下同）增长7.8%: every rate after it is
                for rate in (fig, fig.change):              # year on year (出口…，增长4.1%: 同比增长4.1%)
                    if rate is not None and rate.kind == "growth" and not rate.basis \
                            and rate.unit in ("%", "倍"):
                        rate.basis = "同比"
            for fig in sorted(figs, key=lambda f: f.start):
                if fig.kind == "growth" and fig.attached:
                    continue
                if these := _THESE.match(s.text[fig.end:]) if _THIS.search(fig.label) else None:
                    self.context, self.whole_named = these.group(1), True    # 这310家世界500强中，境外企业200家
                    continue
                if (again := self._restated_whole(s, fig)) is not None:     # 2274个项目中投资额5亿以上项目634个:
                    self.context, self.whole_named, period, whose = again    # the whole said before, again
                    self.whole_period = (s.paragraph, period, self.context, whose)
                    continue
                before, self.repeated = len(self.reading.proposals), None
                self._propose(s, text, fig)
                if len(self.reading.proposals) > before and fig.kind == "amount" \
                        and PASSED.search(s.text, 0, fig.start):
                    self.marks.add(before)          # 进出口规模突破5300亿元: a mark, unless no exact figure
                if fig.kind == "amount" and fig.unit not in ("个百分点", "%") and self.reading.proposals \
                        and not aside(s.text, fig):   # no margin, no share of a target
                    last = self.reading.proposals[min(before, len(self.reading.proposals) - 1)].fact   # not its rank
                    self.last_amount = Metric(last["metric"], last["metric_zh"], last["metric_en"],
                                              last["topic"])
                    if len(self.reading.proposals) == before and self.repeated is not None:
                        self.last_amount = self.repeated    # 开工项目363个 said again, then 投资总额: theirs
                    self.last_by_unit[last["unit"]] = self.last_amount
                    self.para_amount = (s.paragraph, self.last_amount)
                    self.said_amounts.append((fig.start, self.last_amount))
                if fig.tail and len(fig.tail) >= 3 and fig.kind == "amount" and not _BOTH_KINDS.match(fig.tail):
                    self.context = fig.tail
                elif counted := counted_firms(fig):       # 在港上市的企业有21家，总市值…: those firms'
                    self.context = counted
            if not off:
                self._events(s)
            self._follow_period(text, figs, s.paragraph)
            mentions = off_dateline(s.text, self._mentions(s.text), self.default_entity)
            cities = [e for a, b, e in mentions if e not in ("hubei", "china") and self._kind(e) == "region"
                      and s.text[a:b] not in ("该市", "本市")]
            self.last_city = cities[-1] if cities else self.last_city
            inside = [m.span() for m in THIS_FIRM.finditer(s.text)]    # 这家湖北省最大的…企业: no Hubei
            ents = [m for m in mentions if not informant(s.text, m)
                    and not any(a <= m[0] < b for a, b in inside)
                    and not partner_named(s.text, m, self.default_entity)
                    and (m[2].startswith("new:") or self.index.names_of(m[2])[2] != "partner")
                    and carries_on(s.text, m[0], m[1], self._kind(m[2])) and not route_english(m[2][4:])]
            ents += [src] if (src := source_subject(s.text, mentions, len(s.text), ents)) else []   # 该机场
            sites = [m[2] for m in mentions if m[2].startswith("new:") and _SITE_NAME.search(m[2])]
            self.last_site = sites[-1] if sites else self.last_site
            if not ents and self.last_site and _THE_SITE.search(s.text):
                ents = [(0, 0, self.last_site)]
            if ents and (one_of := _ONE_OF.match(s.text)) and ents[0][0] == 0 and ents[0][1] == one_of.end(1):
                self.para_entity = (s.paragraph, ents[0][2])    # 小河港是襄阳港…核心港区之一: 小河港 goes on
            elif ents:
                self.para_entity = (s.paragraph, ents[-1][2])
            elif _NATIONAL_LEAD.match(s.text):      # 今年一季度，全国港口…38.54亿吨。完成集装箱…: still the nation's
                self.para_entity = (s.paragraph, "china")
            if self.last_event and this_event(s.text):         # 此次集中签约的24个项目…。其中…: the event's
                self.para_entity = (s.paragraph, self.last_event)
        settle_bounds(self.reading.proposals, self.marks)

    def _part_of_stage(self, text: str, fig: Figure, metric: Metric) -> Metric:
        """Projects counted after 其中 are a part of the stage counted before it (签约项目…。其中，投资总额10亿元以上
        项目191个: of the signed ones; 开工项目…，其中…39个: of those begun), named so when their words lack it."""
        at = text.rfind("其中", 0, fig.start)
        if at < 0 or fig.kind != "amount" or fig.unit not in ("个", "家", "项") or "项目" not in metric.zh \
                or _STAGE.search(metric.zh):
            return metric                       # …；开工项目363个: a stage of its own, no part
        wholes = [m for pos, m in self.said_amounts if pos < at]
        stage = _STAGE.search(wholes[-1].zh) if wholes else None
        if not stage:
            return metric
        word = stage.group(0)
        return replace(metric, id=f"{slug(word, 8).replace('-', '_')}_{metric.id}", zh=f"{word}项目中{metric.zh}",
                       en=f"{metric.en} among the projects {_STAGE_EN[word]}")

    def _part_of_firms(self, text: str, fig: Figure, metric: Metric) -> Metric:
        """Firms counted after 其中 are a part of the firms counted before it (在鄂注册的法资企业达157家，其中，投资总额
        500万美元以上的企业有38家: of the French-funded ones), named so when their words lack it."""
        at = text.rfind("其中", 0, fig.start)
        if at < 0 or fig.kind != "amount" or fig.unit not in ("家", "个") or "企业" not in metric.zh \
                or not _SIZED_PART.search(metric.zh):
            return metric                       # 其中国家级重点龙头企业41家: a kind of its own, named so
        wholes = [m for pos, m in self.said_amounts if 0 <= pos < at]
        whole = wholes[-1] if wholes else None
        if not whole or not whole.zh.endswith("企业数") or whole.zh in metric.zh or len(whole.zh) <= 3:
            return metric
        zh = f"{whole.zh.removesuffix('数')}中{metric.zh}"
        return replace(metric, id=f"{whole.id}_{metric.id}", zh=zh,
                       en=f"{metric.en} among {re.sub(r'^number of ', '', whole.en)}",
                       keywords=(*metric.keywords, whole.zh.removesuffix("数")))

    @staticmethod
    def _stage_said(text: str, fig: Figure, metric: Metric) -> Metric:
        """Projects counted right after their stage in the clause (本次签约30亿元以上项目共6个), or among the projects of
        a stage the clause before counts (签约的2910个亿元以上项目中，10亿元以上项目524个), are of that stage."""
        if fig.kind != "amount" or fig.unit not in ("个", "项") or "项目" not in metric.zh or _STAGE.search(metric.zh):
            return metric
        start = clause_start(text, fig.start)
        whole = max(text.rfind(c, 0, start) for c in "。；;") + 1
        among = list(re.finditer(r"项目(?:中|里|当中)[，,]", text[whole:start]))   # …中，A项目524个，B项目115个
        if among:
            start = clause_start(text, whole + among[-1].start())
        stages = list(_STAGE.finditer(text, start, fig.start))
        if not stages or stages[-1].group(0) == "新签":
            return metric                       # 新签约…外资项目19个: new deals, named as the base names them
        word = stages[-1].group(0)
        zh = f"{word}项目中{metric.zh}" if among else f"{word}{metric.zh}"
        return replace(metric, id=f"{slug(word, 8).replace('-', '_')}_{metric.id}", zh=zh,
                       en=f"{metric.en} among the projects {_STAGE_EN[word]}", keywords=(*metric.keywords, word))

    def _margin_listed(self, text: str, fig: Figure, metric: Metric) -> Metric:
        """进出口X、出口Y、进口Z，…增速分别高于全国15个、11.9个、18.7个百分点: each margin is its measure's, in order."""
        at = text.rfind("分别高于全国", 0, fig.start)
        if fig.unit != "个百分点" or at < 0:
            return metric
        points = [m.start() for m in _POINTS.finditer(text, at)]
        amounts = [m for pos, m in self.said_amounts if 0 <= pos < at]
        if fig.start not in points or len(amounts) != len(points):
            return metric
        generic = next(m for _, m in METRICS if m.id == "growth_above_national")
        return above_national(amounts[points.index(fig.start)], generic)

    def _title_only(self, text: str) -> list[Figure]:
        """A headline's rates and places the body never says (联想武汉基地一季度出口增长超10%, 新能源车出口量
        居全国第五): headlines repeat the body's figures, so only a rate or place printed nowhere else is read."""
        parts = [normalise(simplify(re.sub(r"^原标题[:：]", "", part)))
                 for part in self.reading.source["title"].split()]
        pos = text.find("".join(parts)) if len(parts) > 1 else -1
        figs = figures(text) if pos < 0 else []
        for part in parts if pos >= 0 else ():     # a title's parts are clauses (…200亿元 新能源车…居全国第五)
            for f in figures(part):
                f.start, f.end = f.start + pos, f.end + pos
                figs.append(f)
            pos += len(part)
        return [f for f in figs if (f.kind == "growth" and f.unit == "%" or f.kind == "rank")
                and not any(text[f.start:f.end] in said for said in self.said_texts)]     # 居全国第五 too

    def _headline(self, text: str) -> bool:
        """The title, or a short line without punctuation: headlines repeat the body's figures."""
        return headline(text, self.reading.source["title"])

    def _title_site(self, title: str) -> tuple[str, str] | None:
        """A firm's base or plant the title names (联想武汉基地), and the kind word the body calls it by (基地)."""
        for _, _, e in names_in(self.index, title):
            name = self.index.names_of(e)
            kind = _SITE_KIND.search(name[0]) if name[2] in ("firm", "hub") else None
            if kind:
                return e, "工厂" if kind.group(0) == "工厂" else "基地"
        return None

    def _mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, entity id or 'new:name') of the names in a text, in order: none in a paper's name,
        and 全市 is the city the article is about."""
        found = self._firm_sites(text, off_press(text, names_in(self.index, text)))
        if self.city:
            found = [(a, b, self.default_entity if text[a:b] in CITY_WORDS else e) for a, b, e in found]
            own = [(m.start(), m.end(), self.default_entity) for m in OWN_CITY.finditer(text)
                   if not any(a <= m.start() < b for a, b, _ in found)]     # 我市: the city's own paper's city
            found = sorted(found + own) if own else found
        that = [(m.start(), m.end(), self.last_city) for m in _THAT_CITY.finditer(text)] \
            if self.last_city else []
        if self.title_site:                 # 武汉产业基地, 该基地, 基地实现工业产值: the base the title names
            site, kind = self.title_site
            bare = re.finditer(rf"(?:该|这个|其)?[\u4e00-\u9fff]{{0,4}}?{kind}", text)
            that += [(m.start(), m.end(), site) for m in bare
                     if not any(a < m.end() and m.start() < b for a, b, _ in found)
                     or any(a >= m.start() and b <= m.end() and e != site for a, b, e in found)]
            found = [f for f in found if not any(a <= f[0] and f[1] <= b for a, b, _ in that)]
        return sorted(found + that) if that else found     # 随州…。该市有…企业20多家: Suizhou's

    def _entity(self, s: Sentence, fig: Figure) -> tuple[str, float, str]:
        """A figure's entity: the last name before it, else the sentence before's, else the article's."""
        limit = fig.start
        clause = s.text[max(s.text.rfind(c, 0, fig.start) for c in "，；。,;") + 1:fig.start]
        if re.match(r"(?:同期|其中|而)?(?:全国|我国)(?!、全省|首创|首个|首家|第一)", clause) or re.match(r"占(?:全国|我国)", clause) \
                and re.match(r"的[\d.]+%", s.text[fig.end:]):
            return "china", 0.05, "a national figure"              # 同期全国进出口增长5%: not Hubei's
                                                                   # (占全国…总额639.0亿美元的4.4%: the whole)
        if self.last_event and (this_event(clause) or this_event(s.text)):
            return self.last_event, 0.05, "the event named before (本次/此次)"
        if fig.kind == "share" and "占" in s.text[:fig.start]:
            limit = s.text.rfind("占", 0, fig.start)     # 占全省外贸总值的55.9%: the province is not the subject
        if id(fig) in self.respective:                 # 襄阳片区、宜昌片区分别…23家、21家
            return self.respective[id(fig)][2], 0.0, ""
        mentions = off_dateline(s.text, self._mentions(s.text), self.default_entity)
        start = fig.start - len(clause)         # 随县创汇虽然比上年同期未增，但总量有6199万美元: the clause before's
        if _BUT.match(clause) and start > 0:
            start = max(s.text.rfind(c, 0, start - 1) for c in "，；。,;") + 1
        if trip := trip_of(s.text, fig, mentions, self._kind(self.default_entity)):    # 从A到达B的时间
            return "new:" + trip[0], 0.0, ""
        if fig.kind == "amount" and (owner := owner_after(s.text, fig.end, mentions)):    # 7家湖北企业
            return owner[2], 0.0, ""
        own = [m for m in mentions if fig.start - len(clause) <= m[0] < fig.start]   # 新丰集团投资35亿元建设的…: its
        if fig.kind == "amount" and not own and (named := described_after(s.text, fig.end, mentions, self._kind)):
            return named[2], 0.05, "the name the figure describes, after it"   # 拥有180余家会员企业的某协会
        if held := _ADVANTAGES.match(s.text, fig.end):       # 依托…、最快15分钟通关等优势，花湖国际机场正…
            whose = [m for m in mentions if held.end() <= m[0] <= held.end() + 2]
            if whose:
                return whose[0][2], 0.05, "the advantages are said of the name after them"
        before = [m for m in mentions if m[1] <= limit
                  and stands_as_subject(s.text, m[0], m[1], self._kind(m[2]), self._kind(self.default_entity))
                  and not informant(s.text, m) and not quoted_list(s.text, m)
                  and not partner_named(s.text, m, self.default_entity)
                  and (m[2].startswith("new:") or self.index.names_of(m[2])[2] != "partner")
                  and not _EXAMPLES.fullmatch(s.text, m[1], fig.start)      # 长江存储、联想等12家: examples
                  and not listed_example(s.text, m, fig.start, mentions)
                  and not named_as_role(s.text, m, mentions)
                  and not (s.text[m[0]:m[1]] in ("全省", "全市", "全国")      # 全省23.5%的专利: the whole
                           and (re.match(r"[\d.]+%的|、全[省市国]|首创|首个|首家", s.text[m[1]:])
                                or s.text[:m[0]].endswith(("全国、", "全省、"))))   # 全国、全省首创率: a scope
                  and (m[0] >= start
                       or not (place_english(m[2][4:]) or m[2] in COUNTY_IDS)
                       or re.fullmatch(r"(?:而|在|其中[，,]?)?", s.text[:m[0]])
                       and not re.search(r"\d", re.split(r"[，,；;]", s.text[m[1]:fig.start])[0]))]
        # 宜都市X，…: its own; 保康则瞄准生态发力，今年新签约项目17个: the county the sentence is about
        this = [m.span() for m in THIS_FIRM.finditer(s.text, 0, fig.start)]    # 这家湖北最大的…企业
        if this and self.para_entity and self.para_entity[0] == s.paragraph \
                and not any(m[0] >= this[-1][1] for m in before):
            return self.para_entity[1], 0.05, "the firm the sentence before named (这家…企业, 该公司)"
        site = [m.end() for m in _THE_SITE.finditer(s.text, 0, fig.start)]
        if site and self.last_site and not any(m[0] >= site[-1] for m in before):
            return self.last_site, 0.05, "the park or project named before (该项目)"
        said = [m.end() for m in _THE_FIRM.finditer(s.text, 0, fig.start)]      # …董事长介绍，…公司订单不断
        firms = [m for m in mentions if m[1] <= (said[-1] if said else -1) and self._is_firm(m[2])]
        if firms and not any(m[0] >= said[-1] for m in before):
            return firms[-1][2], 0.05, "the firm named before in the sentence (公司)"
        if source := source_subject(s.text, mentions, fig.start, before):    # 从花湖机场获悉，…该机场完成…
            return source[2], 0.0, ""
        if before:
            return before[-1][2], 0.0, ""
        if self.whole_period and self.whole_period[0] == s.paragraph:
            return self.whole_period[3], 0.0, ""        # 243.62万标箱中，内贸箱…: the whole's own
        if self.para_entity and self.para_entity[0] == s.paragraph:
            if fig.unit == "列" and self._kind(self.para_entity[1]) == "region" \
                    and self._kind(self.default_entity) not in ("region", "firm"):
                return self.default_entity, 0.05, "trains: the service the story is about"
            return self.para_entity[1], 0.05, "entity from the sentence before"
        if self.story_firm:                 # a firm's story that never names Hubei: its plant's figures are its own
            return self.story_firm, 0.15, "no entity named: the firm the story is about"
        if self.story_event:                # a story about one event (华创会): what it drew and signed are its own
            return self.story_event, 0.15, "no entity named: the event the story is about"
        return self.default_entity, 0.15, "no entity named: the article's main place"

    def _restated_whole(self, s: Sentence, fig: Figure) -> tuple[str, bool, Period, str] | None:
        """A count said again at a sentence's start as the whole of the parts after it (2274个项目中…): its
        things, the period and entity of its first saying (None when it is no such count)."""
        again = _AGAIN_WHOLE.match(s.text, fig.end)
        if not again or fig.kind != "amount" or not _OPENING.fullmatch(s.text[:fig.start]):
            return None
        said = [p.fact for p in self.reading.proposals if p.fact["value"] == fig.value and p.fact["unit"] == fig.unit]
        if not said:
            return None
        f = said[0]
        return f["metric_zh"].removesuffix("数"), True, Period(f["period_zh"], f["period_en"], f["period_start"],
                                                             f["period_end"]), f["entity"]

    def _propose(self, s: Sentence, text: str, fig: Figure) -> None:
        """Turn one figure into a proposal (and its rankings into more)."""
        period, p_pen, p_why = self._period(s, text, fig)
        if self.whole_period and re.search(r"article's date|carried over", p_why):   # a part of a whole said again
            period, p_pen, p_why = self.whole_period[1], 0.0, ""
        if over := base_year(fig, self.main_period):     # 比2019年同期增长: the main figure's period, unless
            own = PERIOD_WORDS.search(re.split(r"(?:同比|比|较)(?:19|20)\d\d", fig.label)[0])   # it names its own
            period = period if own else self.main_period or period
        elif earlier := same_period_before(fig, self.main_period):    # (去年同期为81.4万吨)
            period, p_pen, p_why = earlier, 0.05, "the same months of an earlier year"
        elif fig.kind == "amount" and not in_passing(fig):
            self.main_period, self.main_para = period, s.paragraph
            self.lead_period = self.lead_period or period
        if self.in_head and self.lead_said and "article's date" in p_why:
            period, p_pen, p_why = self.lead_said, 0.1, "a headline's figure: the period its story opens with"
        entity, e_pen, e_why = self._entity(s, fig)
        listed = respective_measure(s.text, fig.start) if id(fig) in self.respective else ""
        listed = listed or self.items.get(id(fig), "")      # 集成电路、…，分别出口163.3亿、…: 集成电路出口
        trip = trip_of(s.text, fig, self._mentions(s.text), self._kind(self.default_entity))   # 从A到B: no A, B
        label = self._strip(drop_trip(listed or fig.label, trip))     # 三市…分别为X、Y: the words after 三市
        label = re.sub(r"^(?:股份有限公司|有限责任公司|有限公司)", "", label)      # a firm's name cut before its kind
        if fig.kind == "amount" and label.endswith("以") and (what := _MEASURE_AFTER.match(s.text, fig.end)):
            label = what.group(1)               # 以361.5亿美元的出口总值位列第一: the exports
        if fig.kind == "amount" and (price := PER_UNIT_PRICE.search(fig.label)):
            label = price.group(1)                  # 均价为每千克19.8美元: the average price
        own = entity[4:] if entity.startswith("new:") else self.index.names_of(entity)[0]
        named = re.match(rf"(?:首届|第[一二三四五六七八九十\d]+届)?{re.escape(own)}", label) if len(own) >= 2 else None
        if named and len(label) > named.end() + 1 and (entity.startswith("new:") or entity in COUNTY_IDS):
            label = label[named.end():]     # 宜都市58.2亿元; 首届楚商大会邀请客商1100多位: no name in a measure
        label = re.sub(r"^占(?:全国|我国)", "", label) if entity == "china" else label
        label = scoped_flights(s.text, fig, label)     # …的国际客运航线，每周航班达185架次: international flights
        if fig.unit in LENGTHS and re.search(r"(?:全|总)?长$", label):
            label = re.sub(r"(?:全|总)?长$", "", label) + "长度"     # 新通道长达2350海里: the new route's length
        elif fig.unit in LENGTHS and re.search(r"(?:行驶|运行|全程|行程|跨越)$", label):
            label = re.sub(r"(?:全程|行程)$", "", label) + "里程"     # 行驶11300公里: the distance travelled
        if fig.unit in ("人", "名", "位", "万人") and re.match(r"(?:与会|参会|出席)", s.text[fig.end:]):
            label = "参会人数"           # …以及世界500强企业代表等400余人与会: the people attending
        bare = re.sub(r"^(?:但是?|却)", "", label)
        if fig.kind == "amount" and bare in ("总量", "总额", "总值") and (what := _CONCEDED.search(
                s.text[:fig.start])):
            cut = max((m[1] for m in self._mentions(what.group(1))), default=0)
            label = what.group(1)[cut:] + bare    # 随县创汇虽然比上年同期未增，但总量有6199万美元: 创汇总量
        if not label and fig.kind == "amount" and (peak := peaked_measure(s.text, fig.start)):
            label = self._strip(peak)   # 出口额达到顶峰，为6.5亿美元: the exports' peak
        if fig.kind == "rank":
            self._rank_alone(s, fig, entity, period, [p_why, e_why], p_pen + e_pen)
            return
        partners = list(PARTNER_RE.finditer(s.text[max(0, fig.start - 30):fig.start]))
        named = self.listed.get(id(fig)) or flow_partner(s.text, fig.start,
                                                         partners[-1].group(1, 2) if partners else None)
        if not named and fig.kind in ("amount", "growth") and (src := investing_partner(s.text, fig.start)):
            named = (src, "来自")                     # 外资来源地…新加坡4.68亿美元: Hubei's FDI from Singapore
        named = named or (listed_partner(s.text, fig.start) or partner_then(s.text, fig.start)
                          if fig.kind == "amount" else None)   # 对印度X亿元、; 与东盟…，贸易值X亿元
        if not named and id(fig) in self.respective and fig.kind == "amount" and fig.unit != "%":   # 对欧盟…分别进出口x
            at_each = s.text.rfind("分别", 0, fig.start)
            flow = re.search(r"进出口|出口|进口|(?<=[，,；])(?:外贸|贸易)(?:额|值|总额|总值)(?=分别)",
                             s.text[max(0, at_each - 6):fig.start])     # …，外贸额分别为743.7亿元: each one's trade
            at = self.respective[id(fig)]
            capital = re.search(r"实际使用外资|利用外资|引资|到资", s.text[s.text.rfind("，", 0, fig.start):fig.start])
            flow = (flow.group(0) if flow.group(0) in ("进出口", "出口", "进口") else "进出口") if flow else \
                "来自" if capital else ""      # 外资金额分别为…: FDI from each
            named = (s.text[at[0]:at[1]], flow) if flow and s.text[at[0]:at[1]] in PARTNERS else None
        partner, partner_share, partner_growth = named is not None, False, False
        region = entity
        if named:
            region = entity if self.index.names_of(entity)[2] == "region" else self.default_entity
            entity = self._partner(named[0])
            region = self.default_entity if region == entity else region    # 香港…其中对港出口: not HK's
        elif entity.startswith("partner:"):            # 新加坡…分别占全省实际使用外资的8.7%: the partner's share
            entity, partner_share = self._partner(entity.removeprefix("partner:")), fig.kind == "share"
            partner_growth = fig.kind == "growth"
        elif entity.startswith("new:"):
            entity = self._new_entity(entity, None, None, None)
        elif not self.index.known(entity):
            zh, en, kind = self.index.names_of(entity)
            entity = self._new_entity("new:" + zh, entity, en, kind)
        if fig.kind in ("amount", "growth") and (year := year_referred(s.text[:fig.start])):   # …1996年…，当年…
            period, p_pen, p_why = year_period(year), 0.0, ""
            label = same_year_label(label)
        elif fig.kind == "amount" and _ANNUAL.match(label) and period.start and period.end \
                and period.start[:4] < period.end[:4] and period.end.endswith("-12-31"):   # “十三五”时期…武汉港集装箱年吞吐量达193万标箱: the last year's
            period, p_why = year_period(period.end[:4]), "a yearly figure at the end of the years named"
        if fig.kind == "amount" and (sector := _SECTOR_HEAD.match(s.text)) and sector.group(1) not in label \
                and not re.match(r"第[一二三]产业|制造业|服务业", label):
            label = sector.group(1) + label     # 服务业新批外商投资项目130个，合同外资金额43.45亿美元: the sector's
        if fig.kind == "amount" and (measure := listed_amount(label, self.context, fig.unit)):
            label = measure                     # …市州实际使用外资过亿美元，依次是武汉68.6亿美元: 实际使用外资
        owner = self.owned.get(self.respective.get(id(fig))) if fig.kind == "share" else None   # 分别占
        before = self.last_amount
        if (before is None and (fig.kind == "growth" or s.text.startswith("其中"))
                and self.para_amount and self.para_amount[0] == s.paragraph
                and not (fig.kind == "growth" and _SCALE_NAMED.search(s.text, 0, fig.start))):
            before = self.para_amount[1]    # …依次是武汉68.6亿美元…。其中潜江…分别增长73.2%: growth of that measure
        together = fig.kind == "share" and re.match(r"(?:合计|共计|总计|合共)", fig.label)
        if together and self.last_listed:           # 香港、日本和新加坡…，合计占全省…的56.3%: the three together
            names = [s.text[a:b] for a, b, _ in self.last_listed if a >= 0]
            label, before, partner_share = "、".join(names) + "合计" + label, None, False
            entity = self.default_entity
        elif before is None and (fig.kind == "share" or fig.unit == "个百分点") and self.last_growth:
            before = self.last_growth       # 机电产品出口增长98.2%，占全省出口总值的54.2%: that measure's share
        if label in ("进出口", "出口", "进口") and self._mentions(fig.label):
            before = None       # …开发区实现进出口283.6亿元；综合保税区进出口91.5亿元: the zone's own trade
        if fig.kind == "amount" and label in ("价值", "货值", "金额") and self.last_growth:   # this sentence's
            label = self.last_growth.zh + "值"      # 出口激光装备同比增加59.9%，价值3.2亿元: that export's value
        if fig.kind == "amount" and self.para_lead[0] == s.paragraph and self.para_lead[1] != s.text:
            label = topic_product(label, self.para_lead[1], s.text[:fig.start])   # the paragraph's product
        if fig.kind == "amount" and all(m[2] == self.default_entity for m in   # 湖北省出口额: still Hubei's
                                        self._mentions(s.text[clause_start(s.text, fig.start):fig.start])):
            label = sentence_product(label, s.text[:fig.start])     # …红茶出口额…；出口量为1748吨: 红茶's
        metric, m_pen, m_why = name_metric(fig, label, self.sentence, owner or before)
        each = self.respective.get(id(fig))
        rated = s.text[max(0, s.text.rfind("分别", 0, fig.start) - 12):fig.start] if each else ""
        if metric and each and fig.unit == "%" and _BILATERAL.search(rated) and (
                each[2].startswith("partner:") or self.index.names_of(entity)[2] == "partner"):
            metric = bilateral(rated, self._names(self.default_entity), self._names(entity))   # 双边贸易值分别增长
            if re.search(r"占比|比重", rated):        # 进出口占比分别提升至22.5%和43.1%: each partner's share
                metric = share_with_partner(self._names(self.default_entity), self._names(entity))
            partner_growth = False
        if metric and partner_share:
            metric = share_of_region(metric, self._names(self.default_entity))    # of Hubei's FDI
        elif metric and partner_growth:
            metric = growth_from_partner(metric, self._names(self.default_entity), self._names(entity))
        if metric is None:
            return
        if phase := phase_area(label, s.text[max(0, fig.start - 10):fig.start], fig.unit):    # 首期1.82平方公里
            metric, m_pen, m_why = phase, 0.0, ""
        elif fig.kind == "amount":
            metric = planned_or_phase(metric, s.text[:fig.start])   # 规划建设21个泊位; 已建成一期工程4个泊位
        context = self.context or counted_whole(label, fig.unit, self.last_amount)   # 21家，总市值…
        if context and fig.kind == "amount" and not fig.tail and match_metric(label) is None \
                and not facility_size(fig, s.text) and not _OWN_NAME.search(s.text, 0, fig.start) \
                and not (fig.unit.lstrip("万亿").endswith(COUNT_UNITS) and _SCOPED.match(label)
                         and not self.whole_named):      # 500家网点，海外销量50万辆: no whole of 海外销量
            metric = with_context(metric, context)
        if self.last_amount and fig.kind == "amount" and CONVERTED.fullmatch(label):
            metric = converted(self.last_amount, fig.unit)   # 折合720.5亿美元: the value before, in dollars
            m_pen, m_why = 0.05, "a conversion of the value before it"
        elif shaped := reshaped(self, s, fig, entity, label, named is not None, metric, period,
                                [p_why, e_why], p_pen + e_pen):   # 计37474标箱; 其中，回程643列; 比2021年的248万标箱
            metric, period, m_pen, m_why = shaped
        balance = s.text[max(0, s.text.rfind("分别", 0, fig.start) - 12):fig.start]
        if named and fig.kind in ("growth", "amount") and fig.unit == "%" and re.search(r"顺差|逆差", balance):
            metric = bilateral(balance, self._names(self.default_entity), self._names(entity))   # 顺差分别扩大
        elif named and named[1] == "企业":       # 境外企业200家，其中美国(61家)…企业: those firms from the US
            metric = firms_from(self.last_by_unit.get(fig.unit) or metric, self._names(region),
                                self._names(entity))
            m_pen, m_why = 0.0, ""
        elif named and fig.kind in ("growth", "amount") and fig.unit != "个百分点":    # no margin above a rate
            metric = by_trader(partner_metric(named[1], self._names(region), self._names(entity),
                                              fig.kind == "growth"), s.text, fig.start)
            m_pen, m_why = 0.0, ""
        if self._names(entity)[2] == "firm" and (invested := firm_investment(fig.label, fig.unit)):
            metric, m_pen, m_why = invested, 0.0, ""
        same_unit = self.last_by_unit.get(fig.unit)     # 超过去年全年X亿元, 比2019年同期, 预计全年可达X亿元
        if cut := share_cut(s.text, fig):         # 还可降低10%的物流成本: the logistics cost cut by 10%
            metric, m_pen, m_why = cut, 0.05, "a cut in a cost or time"
        elif timed := days_ahead(fig, self.last_amount) or routes_reach(s.text, fig):    # 较去年提前64天; …的航线
            metric, m_pen, m_why = timed, 0.05, ""
        elif measured := measure_before(s.text, fig, self.last_amount, over, same_unit):
            metric, m_pen, m_why = measured
        elif over and fig.kind == "growth" and not metric.zh.endswith("同期增速"):
            metric = over_base_year(metric, over)       # 咸宁和宜昌上半年签约项目金额同比2019年分别增长…: over 2019
        metric = replace(metric, zh=without_repeats(metric.zh))     # 签约签约总金额: 签约总金额
        metric = self._stage_said(s.text, fig, self._part_of_stage(s.text, fig, metric))
        metric = self._part_of_firms(s.text, fig, metric)
        metric = self._margin_listed(s.text, fig, metric)
        whole = self.last_by_unit.get(fig.unit)
        if whole and fig.kind == "amount" and (kind := _OWNERSHIP.search(whole.zh)) and kind.group(0) not in metric.zh \
                and re.search(r"(?:^|[，,；])其中[，,]?[^，,；]*$", s.text[:fig.start]):  # …72家台资企业…。其中，…19家
            metric = Metric(f"{metric.id}_{slug(translate(kind.group(0))[0] or kind.group(0), 20).replace('-', '_')}",
                            kind.group(0) + metric.zh, f"{metric.en} ({translate(kind.group(0))[0]})", metric.topic,
                            metric.keywords)
        if not named and (where := [w for w in _IN_PARTNER.findall(s.text[:fig.start]) if len(w) >= 4]) \
                and where[-1] not in metric.zh:
            metric = in_partner(metric, where[-1])      # 在上合组织相关国家新签…，累计完成营业额84亿美元: there
        key = (entity, metric.id, period.start, period.end, fig.value, fig.unit)
        if key in self.seen:
            self.repeated = metric          # said again: still the measure the next figures go on from
            self._late_change(key, fig)     # 进出口总值783.8亿元 said again with 同比增长82.5%: the rate too
            self._ranks(fig, entity, metric, period, bool(partner), [p_why, e_why], p_pen + e_pen, s)
            return
        if fig.kind == "amount" and id(fig) in self.respective:
            self.owned[self.respective[id(fig)]] = metric       # its share in a 分别占 list after it
        self.seen.add(key)
        self.first_said[key] = len(self.reading.proposals)
        if fig.change is not None:
            self.last_grown = metric
        if (fig.kind == "growth" or fig.unit == "%") and metric.zh.endswith("增速"):
            self.last_growth = Metric(metric.id.removesuffix("_growth"), metric.zh.removesuffix("增速"),
                                      re.sub(r"^growth (?:in|of) ", "", metric.en), metric.topic)
        self._add(fig, entity, metric, period, bool(partner), [p_why, e_why, m_why], p_pen + e_pen + m_pen, s)
        self._ranks(fig, entity, metric, period, bool(partner), [p_why, e_why], p_pen + e_pen, s)

    def _ranks(self, fig: Figure, entity: str, metric: Metric, period: Period, partner: bool, whys: list[str],
               penalty: float, s: Sentence) -> None:
        """The rankings said after a value (居全国第三、中部第一), each a proposal of its own."""
        for rank in fig.ranks:
            scope, place = split_rank(rank)
            rmetric = Metric(f"{metric.id}_rank_{slug(scope)}", f"{metric.zh}{scope}排名",
                             f"{SCOPE_EN.get(scope, scope)} ranking by {metric.en}", metric.topic)
            key = (entity, rmetric.id, period.start, period.end, place)
            if key not in self.seen:
                self.seen.add(key)
                rfig = Figure(fig.start, fig.end, place, place, "", "", "", kind="rank")
                self._add(rfig, entity, rmetric, period, partner, whys, penalty + 0.05, s)

    def _late_change(self, key: tuple, fig: Figure) -> None:
        """A figure said again, now with its growth rate: the rate goes with the first proposal of it."""
        at = self.first_said.get(key)
        if at is None or not fig.change:
            return
        fact = self.reading.proposals[at].fact
        if fact["change_zh"]:
            return
        zh, en = change_texts(fig.change)
        fact.update(change_zh=zh, change_en=en, statement_zh=fact["statement_zh"].removesuffix("。") + f"，{zh}。",
                    statement_en=fact["statement_en"].removesuffix(".") + f", {en}.")

    def _rank_alone(self, s: Sentence, fig: Figure, entity: str, period: Period, whys: list[str],
                    penalty: float) -> None:
        """A ranking with its own words: 货运航班量排名全国第四."""
        entity = self._resolve(entity)
        label = re.sub(r"(?:位?居|排名?|位列|列)$", "", self._strip(fig.label))
        label = bare_flow_of(re.sub(r"(?:保持|仍|继续|稳居|跃居)+$", "", label), self.last_amount)
        grown = re.fullmatch(r"(?:增速|增幅|增长速度|增长)(?:在[\u4e00-\u9fff]{2,12}?中)?", label)
        flows = re.findall(r"进出口|出口|进口", s.text[:fig.start])
        if grown and (self.last_grown or self.last_amount):      # …吞吐量35578万吨…，增速位居全国内河第二
            label = (self.last_grown or self.last_amount).zh + label      # the growth of what grew last
        elif grown and flows:
            label = flows[-1] + label           # 其中，出口值刷新历史纪录，…，增速居中部第二位: the exports'
        elif flows and re.fullmatch(r"总量|总额|总值|规模", label):
            label = flows[-1] + label           # 出口增速全省市州第1位，总量稳居第4位: the exports' total

        known = match_metric(re.sub(r"在[\u4e00-\u9fff]{2,12}?中$", "", label))     # no group's words (综保区)
        zh, en = (known.zh, known.en) if known else (label, english(label))
        if grown and known and not re.search(r"增速|增幅|增长", known.zh):
            zh, en = known.zh + "增速", f"growth in {known.en}"
        for rank in fig.ranks:
            scope, place = split_rank(rank)
            metric = group_rank(label, known) or Metric(
                f"{slug(zh, 24).replace('-', '_')}_rank_{slug(scope)}", f"{zh}{scope}排名",
                f"{SCOPE_EN.get(scope, scope)} ranking by {en}", known.topic if known else "")
            key = (entity, metric.id, fig.value)
            if key not in self.seen:
                self.seen.add(key)
                place = Figure(fig.start, fig.end, place, place, "", "", "", kind="rank")
                self._add(place, entity, metric, period, False, whys, penalty + 0.05, s)

    def _countries(self, text: str) -> list[str]:
        """The Chinese and English names of the first country or region abroad a text names."""
        said = [name for name in PARTNER_NAME.findall(text) if len(name) >= 2][:1]     # the site's, not its markets
        return [n for name in said for n in partner_names(name)]

    def _strip(self, label: str) -> str:
        """The words of a label that name a metric: no names, period words or verbs."""
        kept = [m for m in self._mentions(label)          # 投资的日本企业: the firms' origin stays in the measure
                if not (self.index.names_of(m[2])[2] == "partner" and _OWNED_BY.match(label, m[1]))]
        return strip_label(label, kept)

    def _story_names(self, entity: str, kind: str) -> list[str]:
        """A place's figure in a story about a service, hub or zone (分市州看，襄阳组织货源…): the story's
        subject's names, so that a question naming both finds the place's figure."""
        zh, en, story_kind = self.index.names_of(self.default_entity)
        place_in_story = kind == "region" and entity != self.default_entity and story_kind != "region"
        return [zh, en] if place_in_story else []

    def _add(self, fig: Figure, entity: str, metric: Metric, period: Period, partner: bool,
             whys: list[str], penalty: float, s: Sentence) -> None:
        """Write the proposal: import-format fact, statements, keywords, confidence and reasons."""
        if self.off_topic:                    # 小区更换阀门42个: a neighbourhood's life, for the admin to judge
            whys, penalty = [*whys, "a neighbourhood's life rather than the open economy"], penalty + 0.3
        e_zh, e_en, e_type = self._names(entity)
        change_zh, change_en = change_texts(fig.change)
        v_en = value_en(fig) if fig.kind not in ("rank", "ordinal") else rank_en("第" + fig.number)
        subject_zh = "" if partner else short(e_zh)
        subject_en = "" if partner else short_en(e_en)
        st_zh = statement_zh(period.zh, subject_zh, metric.zh, fig.value, fig.unit, change_zh)
        if partner:
            owner, _, what = metric.en.partition("'s ")
            st_en = statement_en(period.en, owner, what, v_en, change_en)
        else:
            st_en = statement_en(period.en, subject_en, metric.en, v_en, change_en)
        if fig.kind == "date":                        # 8月7日建成投用: the date is the value and the period
            v_en = period.en
            st_zh = f"{subject_zh}{metric.zh}为{period.zh}。"
            st_en = f"{subject_en}'s {metric.en}: {period.en}."
        topic = metric.topic or _TOPIC_BY_TYPE.get(e_type, "trade")
        base_id = f"{self.reading.source['id']}-{entity}-{metric.id.replace('_', '-')}"[:76].strip("-")
        self.ids[base_id] += 1
        fid = base_id if self.ids[base_id] == 1 else f"{base_id}-{self.ids[base_id]}"
        whole = self.whole_period[2] if self.whole_period and not self.context else ""   # the parts' whole
        kws = keywords(fig, metric, s.text, self.context or whole) + (["面积", "area"] if fig.unit in AREA_UNITS else [])
        kws += self._story_names(entity, e_type)
        if e_type not in ("region", "partner") and fig.unit in (*LENGTHS, "天", "小时", "列", "个"):
            heads = [*_HEADED_TO.finditer(s.text, 0, fig.start), *_HEADED_TO.finditer(self.reading.source["title"])]
            kws += list(dict.fromkeys(n for m in heads for n in partner_names(m.group(1))))   # 直达法国里昂的班列
        routes = self.route_ends.setdefault(s.paragraph, [])      # 武汉至莫斯科航线…。该机型设有262座经济舱
        routes += [p for p in route_places(s.text, PLACES_EN) if p not in routes]
        kws += [p for p in routes if p not in kws]
        if any("the firm the story is about" in w for w in whys):   # 安琪俄罗斯酵母厂…占地450多亩: the plant's country
            kws += self._countries(s.text) or self._countries(self.para_lead[1])
        fact = {"id": fid, "topic": topic, "entity": entity, "metric": metric.id, "metric_zh": metric.zh,
                "metric_en": metric.en, "value": fig.value, "unit": fig.unit, "value_en": v_en,
                "change_zh": change_zh, "change_en": change_en, **period.as_fields(),
                "statement_zh": st_zh, "statement_en": st_en, "keywords": kws,
                "source": self.reading.source["id"]}
        if entity in self.new_entities:
            fact |= {"entity_type": e_type, "entity_zh": e_zh, "entity_en": e_en}
        reasons = [w for w in whys if w]
        if self.ids[base_id] > 1:
            reasons.append("another figure of the article has the same entity and metric")
            penalty += 0.1
        confidence = round(max(0.1, min(1.0, 0.95 - penalty)), 2)
        self.reading.proposals.append(Proposal(fact, "new", None, confidence, "; ".join(reasons)))
