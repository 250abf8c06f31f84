"""Reading a question: its entities (with typos, homophones, pinyin), terms, period, the kind of
answer it asks for, the places, partners and unknown names it mentions. A QuestionReader reads over
an index (bot/index.py's Index, or anything with the few tables of ReadIndex)."""
from __future__ import annotations

import logging
import re
from collections.abc import Container
from typing import Protocol

from rapidfuzz import fuzz, process

from .answers import Query
from .asides import without_examples
from .lexicon import (
    COUNT_OF_THINGS, ALTERNATIVES, ANY_PARTNER, ANY_QUALIFIER, AREA_WORDS, ASK_DATE, ASK_QUANTITY, ASK_SEAMS,
    ASK_RANK, ASK_WHICH, ASK_WHO, BOTH_FLOWS, COMMANDS, COMPARE, DISTRICT, EN_COMMON, EN_MONTHS, EXPANSIONS,
    FOCUS_EN, FOCUS_NAMED, FOCUS_ZH, GENERIC_FOCUS, GROWTH, HOW_MANY, HUBEI_CITIES, LIST_ASK, MULTI,
    NOT_NAME_START, PARTNER_RE, PLACE_SIZES, PLACES_MOVED, PLACES_BY_SOUND, PLACES_RE, QUALIFIERS,
    QUESTION_CHARS,
    STRONG_WHICH, ZH_STOP)
from .metric_groups import groups_in
from .spelling import Speller
from .matching import (
    HOMOPHONE, ONE_OFF, ONE_OFF_HEARD, EntityHit, EntityMatcher, key, split_pinyin, syllable)
from .qualifier_words import QUALIFIER_SCOPE
from .colloquial import BACKGROUND_START, asked_part, background
from .followup import COMPARE_LAST
from .periods import parse_period, strip_period
from .wording import negated_spans, read_asked, without_negated
from .text import ZH_FUNCTION, clean, detect_lang, normalise, scrub, stem, terms

log = logging.getLogger(__name__)

MAX_QUESTION = 500      # characters of a question that are read
EXCEPT = re.compile(r"(?:除了|除去|apart from|besides|except(?: for)?|other than)\s*[^,，。?？;；]{1,30}")
DESCRIBED = re.compile(r"(?:[\u4e00-\u9fff]{2,5})(?=企业|公司|客户|船东|买家|车企|厂子|厂家|厂商|工厂)|"
                       r"\b[a-z]+(?:an|ese|ish|ch|i)\s+"
                       r"(?:company|firm|client|customer|owner|buyer|carmaker)")
# I'm, We're: the asker; Isn't it (true)…: a question
_SPEAKER = re.compile(r"I(?:['’](?:m|ve|d|ll))?|(?:We|You|They|It|That|There|Let|He|She)['’](?:re|ve|d|ll|s)|"
                      r"(?:Is|Are|Was|Were|Does|Did|Do|Can|Wo|Should|Could|Would|Has|Have|Had)n['’]t")
PLACE_WORDS = frozenset({"wuhan", "hubei", "china", "chinese", "province", "city", "east", "lake"})
AMPERSAND_TERM = re.compile(r"[A-Z]{1,2}&[A-Z]{1,2}")
QUOTED = re.compile(r"'[^']{1,40}'|\"[^\"]{1,40}\"|“[^”]{1,40}”|‘[^’]{1,40}’|「[^」]{1,40}」")

# 'Than a year earlier' compares; 'a year' alone asks a yearly capacity or rate.
ONE_FLOW_OF_TRADE = re.compile(r"外贸(?=出口|进口)|\bforeign trade(?= exports?\b| imports?\b)")
YEARLY_AVERAGE = re.compile(r"\baverage annual\b|\bannual average\b|\bannual(?:ly)? on average\b|"
                            r"\bannual(?= (?:(?:overseas|foreign|domestic) )?"
                            r"(?:output|revenue|sales|turnover|exports?|imports?|trade)\b)")
A_YEAR_BACK = re.compile(r"\ba year (?:earlier|ago|before|on|back)\b|\b(?:than|from|over) a year\b")
# Cars sold a year, exports per year: a yearly volume, no capacity.
SOLD = re.compile(r"\b(?:sell|sold|sales|export|ship)")
PER_YEAR = re.compile(r"\b(?:a|per|each|every) year\b")
# 'How many companies invested in Hubei', 多少家企业来投资: firms counted, no amount invested asked.
FIRMS_COUNTED = re.compile(r"\b(?:how many|number of) (?:[\w()-]+ ){0,5}"
                           r"(?:compan(?:y|ies)|firms|enterprises|investors)\b|"
                           r"多少家|几家")


# A word of trade in a /trade lookup; with none, the lookup asks for trade itself.
TRADE_WORD = re.compile(r"进|出|贸|关|口|import|export|trade", re.I)


# Long English words of narrowing (agricultural, international): a misspelling of one still narrows.
_NARROWING = frozenset(w for words in QUALIFIER_SCOPE.values() for w in words if w.isalpha() and len(w) >= 9)


_FIRM_KINDS = {"group", "co", "company", "corporation", "corp", "holdings", "inc", "ltd", "limited"}


class ReadIndex(Protocol):
    """What reading a question needs of the index: the names and the words of the facts."""

    matcher: EntityMatcher          # finds the entities a text names
    postings: Container[str]        # the facts' terms
    latin_vocabulary: list[str]     # the facts' English words, for misspellings
    by_sound: dict[tuple[str, str], str]    # a pair of sounds -> the facts' Chinese pair
    known_latin: set[str]           # every Latin word of the facts' texts


# A question word mistyped at the start (Wat was…, Hwo many…): no name.
_ASKING_TYPO = re.compile(r"wat|wht|whta|waht|hwo|hw|hoe|whn|wen|wich|whcih|wher|whre")
# 进出口 typed with a character that sounds the same (尽出口, 近出口): both flows, not exports alone.
_MISHEARD_FLOW = re.compile(r"[尽近劲晋浸禁]出口")


class QuestionReader:
    """`parse(question)` reads a question over one index; misspellings met are remembered."""

    def __init__(self, index: ReadIndex) -> None:
        self.index = index
        self.spelling: dict[str, str] = {}          # misspelt word -> the facts' word, filled as met
        self.speller = Speller(index, self._heard)  # misspelt names, partners and words put right

    def parse(self, question: str, lang: str | None = None) -> Query:
        raw = clean(scrub(question))[:MAX_QUESTION].strip()
        topic = None
        m = re.match(r"^/([a-z]+)(?:@\w+)?\s*(.*)$", raw.strip(), re.S | re.I)
        body = raw
        if m and m.group(1).lower() in COMMANDS:
            topic = COMMANDS[m.group(1).lower()]
            body = m.group(2)
        text = _MISHEARD_FLOW.sub("进出口", normalise(body))    # 尽出口 typed for 进出口
        text = self.speller.put_right(text)     # Hubeis, the Untied States, 对美过, populaton
        negated = negated_spans(text)     # '不是新签合同额': those words neither match nor narrow
        text = without_negated(text) if negated else text
        hits = [h for h in self.index.matcher.find(text) if not self._real_word(h)]
        plain = strip_period(text)
        own = asked_part(text)      # background told before the question narrows nothing
        unnamed = _unnamed(own, hits)
        narrower = tuple(d for d in districts(unnamed) if self._district(d))
        for district in narrower:       # no term of the facts: Wuhan's figure is looked up
            plain = plain.replace(district, " ")
        expanded = plain + " " + " ".join(extra for pattern, extra in EXPANSIONS if pattern.search(plain))
        words = [self._spelt(self._heard(t)) for t in terms(ASK_SEAMS.sub(" ", expanded)) if t not in ZH_STOP]
        words += self._pinyin_words(plain, words)
        if topic == "trade" and not TRADE_WORD.search(text):
            words += terms("进出口")          # /trade 武汉 前三季度 2024: the trade figure, not any of that period
        asking, told = background(text)     # 我们是…，想找…，光谷一共有几家省级的: the background weighs less
        asked_terms = {self._spelt(self._heard(t)) for t in terms(ASK_SEAMS.sub(" ", strip_period(asking)))} \
            if told else set()
        told_terms = frozenset(w for w in words if w not in asked_terms) if told else frozenset()
        several = bool(MULTI.search(text) or COMPARE.search(COMPARE_LAST.sub(" ", text)))   # not 与去年相比
        said = asking if told else text         # 前几天听说…，卖的是什么产品: a name is asked
        asks = ("date" if ASK_DATE.search(said) else "rank" if ASK_RANK.search(_RANKED_GROUP.sub(" ", said))
                and not PLACES_MOVED.search(said)
                else "quantity" if several and not (LIST_ASK.search(said) and not COMPARE.search(said))
                and (STRONG_WHICH.search(said) or GROWTH.search(said))
                else "which" if STRONG_WHICH.search(said) and not HOW_MANY.search(said)
                else "quantity" if ASK_QUANTITY.search(said) else "which" if ASK_WHICH.search(said) else "")
        numbers = frozenset(n for n in re.findall(r"\d+(?:\.\d+)?", plain)
                            if not re.fullmatch(r"(?:19|20)\d\d", n))
        kept = DESCRIBED.sub(" ", EXCEPT.sub(" ", own))   # "apart from Algeria", "a French client"
        partners = frozenset(name for name, pattern in PARTNER_RE.items() if pattern.search(kept)) \
            if ANY_PARTNER.search(kept) else frozenset()
        aliases = [h.alias for h in hits]       # words inside a name ("Import Expo") do not count
        flows = A_YEAR_BACK.sub(" ", BOTH_FLOWS.sub(" total trade ", own))   # import and export value: trade,
        flows = PER_YEAR.sub(" ", flows) if SOLD.search(flows) else flows
        flows = YEARLY_AVERAGE.sub(" average ", flows)  # average annual growth, annual output: no capacity
        flows = ONE_FLOW_OF_TRADE.sub(" ", flows)           # 外贸出口额, foreign trade exports: exports alone
        groups = tuple(group for group in groups_in(flows, aliases)
                       if not (group == "investment_total" and FIRMS_COUNTED.search(flows))
                       and not (group == "trade" and (asks not in ("quantity", "") or ASK_WHO.search(text)
                                                      or COUNT_OF_THINGS.search(text))))
        return Query(raw, text, lang or detect_lang(body or raw), topic, hits, parse_period(text), words,
                      self._focus(plain, hits), asks, self._places(text, hits), unnamed, numbers, partners,
                      groups,
                      bool(ASK_WHO.search(text)), several, bool(LIST_ASK.search(text)),
                      self._unknown_names(body, text, hits),
                     qualifiers(self._respelt(without_examples(_BRACKETED.sub(" ", asking if told else own))),
                                hits),
                     narrower,
                     read_asked(text, negated), told_terms | self._implied(plain))

    def _implied(self, plain: str) -> frozenset[str]:
        """Words an asking word implies as alternatives (多久: 小时 分钟 天 time), not typed: a fact holds one
        of them, so each weighs as background; the question's own words keep their weight."""
        implied = " ".join(extra for pattern, extra in EXPANSIONS
                           if extra in ALTERNATIVES and pattern.search(plain))
        if not implied:
            return frozenset()
        own = {self._spelt(self._heard(t)) for t in terms(ASK_SEAMS.sub(" ", plain))}
        return frozenset({self._spelt(self._heard(t)) for t in terms(implied)} - own)

    def _district(self, name: str) -> bool:
        """A district's name, not words before 区 (展区, 大区, 合做区 typed for 合作区): no function
        character, and its last character with 区 is no word of the facts, nor heard as an area word."""
        if not "\u4e00" <= name[0] <= "\u9fff":
            return True
        if (any(ch in ZH_FUNCTION or ch in QUESTION_CHARS for ch in name)
                or name[-1] + "区" in self.index.postings):
            return False
        return not self._heard(name[-2:]).endswith(AREA_WORDS)

    def _real_word(self, hit: EntityHit) -> bool:
        """A name heard or misread in words the facts use as such (大型 is not a mistyped 大兴,
        医学会 not a mistyped 医博会): every character pair of it is a pair of the facts."""
        if (hit.confidence not in (HOMOPHONE, ONE_OFF, ONE_OFF_HEARD) or hit.start < 0
                or hit.end - hit.start > 3):
            return False
        text = hit.alias
        return all(text[i:i + 2] in self.index.postings for i in range(len(text) - 1))

    def _respelt(self, text: str) -> str:
        """A text with its long misspelt words of narrowing put right (agricultral exports: agricultural)."""
        def right(m: re.Match) -> str:
            spelt = self._spelt(m.group(0))
            return spelt if spelt in _NARROWING else m.group(0)
        return re.sub(r"[a-z]{9,}", right, text)

    def _spelt(self, term: str) -> str:
        """An English word the facts never use, replaced by the one it misspells (compaines)."""
        if len(term) < 5 or not term.isascii() or not term.isalpha() or term in self.index.postings:
            return term
        if term not in self.spelling:
            found = process.extractOne(term, self.index.latin_vocabulary, scorer=fuzz.ratio, score_cutoff=84)
            self.spelling[term] = found[0] if found else term
        return self.spelling[term]

    def _heard(self, term: str) -> str:
        """A Chinese pair the facts never use, replaced by the one they use that sounds the same
        (观重 -> 观众, 计蒜 -> 计算, 草国 -> 草果)."""
        if len(term) != 2 or term in self.index.postings or not ("\u3400" <= term[0] <= "\u9fff"):
            return term
        return self.index.by_sound.get((syllable(term[0]), syllable(term[1])), term)

    def _pinyin_words(self, plain: str, words: list[str]) -> list[str]:
        """Questions typed in pinyin: Latin words cut into syllables, each pair of syllables looked up
        as the pinyin of a Chinese pair of the facts ('guojiaji jingkaiqu' -> 国家, 经开)."""
        latin = re.findall(r"[a-z]+", plain)
        if not latin or sum(split_pinyin(w) is not None for w in latin) * 3 < len(latin) * 2:
            return []         # mostly English words: not pinyin
        stream: list[str] = []
        for word in latin:
            syllables = split_pinyin(word)
            if syllables is None:
                stream.append("|")
                continue
            stream += syllables
        out = []
        for a, b in zip(stream, stream[1:]):
            term = "~" + a + b
            if "|" not in (a, b) and term in self.index.postings and term not in out:
                out.append(term)
        if out:   # a pinyin question: its Latin words are not English
            for word in latin:
                if word in words and word not in self.index.postings:
                    words.remove(word)
        return out

    def _places(self, text: str, hits: list[EntityHit]) -> tuple[str, ...]:
        """Places outside Hubei named in the question, also when mistyped by sound (广冬 for 广东):
        the same sounds on adjacent characters, sharing one character, outside any name we know."""
        found = list(dict.fromkeys(PLACES_RE.findall(text)))
        taken = {i for h in hits if h.start >= 0
                 for i in range(h.start - 1, h.end - 1)}   # key() pads one space
        sounds = [syllable(ch) for ch in text]
        for size in PLACE_SIZES:
            for k in range(len(text) - size + 1):
                for place in PLACES_BY_SOUND.get(tuple(sounds[k:k + size]), ()):
                    window = text[k:k + size]
                    if (place not in found and taken.isdisjoint(range(k, k + size))
                            and any(a == b for a, b in zip(window, place))):
                        found.append(place)
        return tuple(found)

    def _unknown_names(self, body: str, text: str, hits: list[EntityHit]) -> tuple[str, ...]:
        """Proper names the base has never seen: capitalised English words (CATL), or a Chinese
        name opening the question whose character pairs the facts mostly do not use (宁德时代)."""
        out = []
        # a quoted 'Magic Cube' is no firm, nor is a name in brackets after one we know: Jiayitong (JYT)
        plain_body = re.sub(r"\([^()]{1,30}\)", " ", QUOTED.sub(" ", body))
        # Capitalised words in a row are one name; a name with a word we know is ours, misspelt or
        # with a word more (Jinxiang Precison Tube), one with none is not (Tesla Gigafactory).
        names: list[list[str]] = []
        for match in re.finditer(r"(?<![A-Za-z])[A-Z][A-Za-z&'-]*(?:\s+[A-Z][A-Za-z&'-]*)*", plain_body):
            names.append(match.group(0).split())
        for words in names:
            words = [w for w in words if not AMPERSAND_TERM.fullmatch(w)    # S&T, R&D, M&A: no name
                     and not _SPEAKER.fullmatch(w)]                         # I'm, We're: the asker
            core = [w for w in words if w.lower().rstrip(".") not in _FIRM_KINDS]    # CP Group: CP names it
            if core and len(core) < len(words) and all(w.isupper() for w in core) and not any(
                    w.lower() in self.index.known_latin or w.lower() in self.index.postings for w in core):
                out.append(" ".join(core))
                continue
            if not words:
                continue
            if len(words) == 1 and plain_body.lstrip().startswith(words[0]) and (
                    words[0].lower().endswith(("ly", "ing")) or words[0].lower() in EN_COMMON
                    or _ASKING_TYPO.fullmatch(words[0].lower())):
                continue                # "Roughly ...", "Following up ...": the sentence's first word
            matched = " ".join(h.alias.lower().replace(" ", "") for h in hits)
            # a brand in pinyin after a place (Hubei Leidite) is a firm's name: known only when found
            placed = len(words) >= 2 and words[0].lower().removesuffix("'s") in PLACE_WORDS
            known = [w for w in words if w.lower().removesuffix("'s") not in PLACE_WORDS
                     and not self._other_place(w.lower().removesuffix("'s"), matched) and (
                all(self._known_word(part) for part in w.lower().removesuffix("'s").split("-") if part)
                or split_pinyin(w.lower()) is not None and len(w) <= 12
                and not (placed and w.lower() not in matched))]   # pinyin with a capital
            if not known:
                unknown = [w for w in words if w.lower().removesuffix("'s") not in PLACE_WORDS]
                if unknown:
                    out.append(" ".join(unknown))     # Foxconn (Wuhan), Tesla, CATL
        for named in _PLACED_FIRM.finditer(body):      # 鸿富锦精密工业(武汉): a firm's name, with its city
            said = re.sub(r"[^\u4e00-\u9fff]", "", named.group(0))
            if not any((alias := re.sub(r"[^\u4e00-\u9fff]", "", h.alias)) and alias in said
                       and alias != named.group(2) for h in hits):
                out.append(named.group(0))              # (中欧班列（武汉） is a name we know)
        m = None if BACKGROUND_START.match(text) else re.match(r"^[\u4e00-\u9fff]{3,6}", text)   # 老家是做…
        if m:
            lead = m.group(0)
            starts = [h.start - 1 for h in hits if h.start >= 1]          # key() pads one space
            lead = lead[:min([len(lead), *starts])]
        if m:
            lead = lead.rstrip("".join(ZH_FUNCTION))            # 宁德时代在 -> 宁德时代
        follows = text[len(lead):len(lead) + 3] if m else ""
        if (m and len(lead) >= 3 and lead[0] not in NOT_NAME_START
                and re.match(r"[在的有是对去今明前]|\d|公司|集团", follows)):
            pairs = [lead[i:i + 2] for i in range(min(len(lead), 5) - 1)]
            pairs = [p for p in pairs if not any(ch in ZH_FUNCTION or ch in QUESTION_CHARS for ch in p)]
            unknown = [p for p in pairs if p not in self.index.postings and p not in ZH_STOP]
            if len(unknown) >= 2 and len(unknown) * 3 >= len(pairs) * 2:
                out.append(lead)
        return tuple(out)

    def _focus(self, text: str, hits: list[EntityHit]) -> str:
        """The thing a which/what question asks for, when the facts know the word:
        哪些客户 -> 客户, 品牌叫什么名字 -> 品牌, which subsidiary did -> subsidiary."""
        m = FOCUS_NAMED.search(text) or FOCUS_ZH.search(text)
        if m:
            word = m.group(1)                       # 负责人叫什么: 负责 or 责人, whichever the facts use
            for pair in (word[-2:], word[:2]):
                if pair in self.index.postings and pair not in GENERIC_FOCUS:
                    return pair
        m = FOCUS_EN.search(text)
        if not m:
            return ""
        words = []
        for word in m.group(1).split():
            if word.endswith("ed") and len(word) > 4 and "-" not in word:   # a participle ends the phrase
                break
            words.append(word)
        names = {w for hit in hits for w in hit.alias.split()}
        known = [stem(w) for w in words if w not in names and stem(w) in self.index.postings
                 and stem(w) not in GENERIC_FOCUS]
        return known[-1] if known else ""

    def _other_place(self, word: str, matched: str) -> bool:
        """A word one letter off a Hubei city's name (Yicheng for Yichang) that no name found is: another
        place of its own, not a misspelling."""
        if word in matched or word in HUBEI_CITIES or split_pinyin(word) is None:
            return False
        return any(fuzz.ratio(word, city) >= 80 for city in HUBEI_CITIES)

    def _known_word(self, word: str) -> bool:
        """A word of the facts, a common word, or a misspelling of a word of the facts (Airprot)."""
        if len(word) < 3 or word in EN_COMMON or word[:3] in EN_MONTHS:
            return True
        postings = self.index.postings
        if stem(word) in postings or "~" + word in postings or word in self.index.known_latin:
            return True
        return bool(process.extractOne(word, self.index.latin_vocabulary, scorer=fuzz.ratio,
                                       score_cutoff=80))


# A firm's name with its city in brackets (鸿富锦精密工业(武汉)): a name, found or not.
_PLACED_FIRM = re.compile(r"([\u4e00-\u9fff]{3,10})(?<!中国)[（(](武汉|湖北|宜昌|襄阳|黄石|荆州|孝感|十堰|鄂州|随州|咸宁|黄冈|"
                          r"荆门|恩施|仙桃|天门|潜江|中国)[）)]")
# A group named by its ranking (台湾排名前100大的企业里有多少家): no ranking asked.
_RANKED_GROUP = re.compile(r"排名前\s*[\d一二三四五六七八九十百]+(?:大|强|名|位)?的?(?=[\u4e00-\u9fff])")
# Examples in brackets do not narrow what is asked: 新能源产品（锂电池等）.
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def _unnamed(text: str, hits: list[EntityHit]) -> str:
    """The question's key with the names it matched blanked out (花湖国际机场 says 国际 as a name)."""
    out = key(text)
    for hit in hits:
        out = out.replace(hit.alias, " ")
    return out


def qualifiers(text: str, hits: list[EntityHit]) -> tuple[str, ...]:
    """The words narrowing the figure asked, outside the names it matched (花湖国际机场 is a name); a name
    that begins a narrowing is part of it (国内, China's alias, in 国内货运航线)."""
    text = key(text)
    if not ANY_QUALIFIER.search(text):
        return ()
    aliases = [h.alias for h in hits]
    return tuple(scope for scope, pattern in QUALIFIERS.items()
                 if any(not any(m.group(0) in a for a in aliases) for m in pattern.finditer(text)))


def districts(unnamed: str) -> tuple[str, ...]:
    """Districts and counties named outside the names we know: 黄陂区 -> 黄陂, Caidian District -> caidian."""
    out = []
    for m in DISTRICT.finditer(unnamed):
        name = m.group(1) or m.group(2)
        if m.group(1):
            name = name[-2:] if len(name) == 3 and name[0] in "市省的在和与及是" else name
        if not name.endswith(AREA_WORDS) and name not in out:
            out.append(name)
    return tuple(out)
