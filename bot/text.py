"""Normalising questions and facts: width, punctuation, script, case, numerals, language, terms."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
_LATIN = re.compile(r"[a-z]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")
_PUNCT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "《": " ", "》": " ", "【": " ", "】": " ",
                        "、": ",", "。": ".", "—": "-", "–": "-", "～": "-", "~": "-", "·": " ",
                        "〈": " ", "〉": " ", "「": " ", "」": " ",
                        "囗": "口"})     # the enclosure radical, typed for 口 (出囗)

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_CN_NUM = re.compile(r"[零〇一二两三四五六七八九十]+")
# Chinese numerals are turned into digits only where they count months, quarters, editions or
# plain quantities before a measure word, so names such as 一带一路 stay as they are.
_CN_NUM_CONTEXT = re.compile(r"(前|头|第|近|这|1-|1至|一至|1到|一到)?([零〇一二两三四五六七八九十]+)"
                             r"(?=个月|月|季度|个季度|届|批|项|家|个|条|列|年|次|架|款|国)")


def cn_to_int(text: str) -> int | None:
    """一 -> 1, 十一 -> 11, 二十 -> 20, 三十五 -> 35; None when it is not a plain number."""
    if not text or any(ch not in _CN_DIGITS and ch != "十" for ch in text):
        return None
    if "十" not in text:
        if len(text) == 1:
            return _CN_DIGITS[text]
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    head, _, tail = text.partition("十")
    if "十" in tail or len(head) > 1 or len(tail) > 1:
        return None
    return (_CN_DIGITS[head] if head else 1) * 10 + (_CN_DIGITS[tail] if tail else 0)


def _numerals(text: str) -> str:
    def repl(m: re.Match) -> str:
        value = cn_to_int(m.group(2))
        if value is None or (m.group(2) == "一" and not m.group(1)
                             and not text[m.end():].startswith(("个月", "季度"))):
            return m.group(0)
        prefix = m.group(1) or ""
        if prefix in ("1至", "一至", "1到", "一到"):
            prefix = "1-"
        return f"{prefix}{value}"
    return _CN_NUM_CONTEXT.sub(repl, text)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def scrub(text: str | bytes | None) -> str:
    """Text from outside made safe once, at the boundary: bytes decoded as UTF-8 with bad bytes
    replaced, lone surrogates (from surrogateescape'd arguments or JSON escapes) replaced by U+FFFD."""
    if text is None:
        return ""
    if isinstance(text, (bytes, bytearray)):
        return bytes(text).decode("utf-8", errors="replace")
    if _SURROGATE.search(text):     # a valid pair becomes its character, a lone half U+FFFD
        text = text.encode("utf-16-le", errors="surrogatepass").decode("utf-16-le", errors="replace")
    return text


def clean(text: str) -> str:
    """Remove control and zero-width characters; keep everything else."""
    return _CONTROL.sub(" ", _INVISIBLE.sub("", text or ""))


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Full-width to half-width, punctuation, traditional to simplified, lower case, numerals."""
    text = unicodedata.normalize("NFKC", clean(text)).translate(_PUNCT)
    text = _T2S.convert(text).lower()
    text = _numerals(text)
    return re.sub(r"\s+", " ", text).strip()


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def detect_lang(text: str) -> str:
    """'zh' when the text has Chinese characters (mixed counts as Chinese), else 'en'."""
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text.lower()))
    if cjk >= 2 or (cjk and latin < 8):
        return "zh"
    return "en"


EN_STOP = frozenset("""a an the of in on at to for by from with and or is are was were be been being do
does did what which who whom whose when where why how much many about as into than that this these those
it its it's there their they them he she his her we our you your i me my can could would should will
shall has have had any some please tell show give know get got let us much so if then just also per vs
versus did does up out over under between more most far such via yet still ever""".split())

_SUFFIXES = ("ies", "es", "s", "ing", "ed")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    if word.endswith("es") and word[-3] in "sxz" or word.endswith(("ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def en_terms(text: str) -> list[str]:
    text = text.replace("'s ", " ").replace("s' ", "s ")
    return [stem(w) for w in _WORD.findall(text) if w not in EN_STOP]


# Function characters: a bigram with one of them is mostly the seam between two words (是做, 的船).
ZH_FUNCTION = frozenset("的了吗呢啊吧呀么是在把被让给都也就还很这那哪啥咋谁您你我他她它们请问嘛哦喔哈")


def zh_terms(text: str) -> list[str]:
    """Character bigrams of each Chinese run (a lone character stands for itself), leaving out
    bigrams with a function character."""
    terms: list[str] = []
    for run in _CJK_RUN.findall(text):
        if len(run) == 1:
            if run not in ZH_FUNCTION:
                terms.append(run)
            continue
        for i in range(len(run) - 1):
            if run[i] not in ZH_FUNCTION and run[i + 1] not in ZH_FUNCTION:
                terms.append(run[i:i + 2])
    return terms



def terms(text: str) -> list[str]:
    """Index terms of normalised text: Chinese bigrams and English word stems."""
    return zh_terms(text) + en_terms(text)
