"""Trade partners and markets, the words by which a question or a fact names each."""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

# Trade partners and markets: a question about one is answered only by a fact that names it
# (a pair abbreviated, 日韩 or 欧美, names each of its two).
PARTNERS: dict[str, tuple[str, ...]] = {
    name: tuple(words.split("|")) for name, words in [
        ("us", "美国|欧美|美欧|中美|美日|日美|英美|对美(?=出口|进口|进出口|贸易)|united states|\\busa\\b|"
               "\\bu\\.s\\.|\\bthe us\\b|america"),
        ("japan", "日本|日韩|中日|美日|日美|对日(?=出口|进口|进出口|贸易)|japan"),
        ("korea", "韩国|日韩|韩日|中韩|对韩(?=出口|进口|进出口|贸易)|korea"),
        ("germany", "德国|德资|德企|german"), ("france", "法国|法资|(?<!执)法企|france|french"),
        ("uk", "英国|英美|英资|britain|british|\\buk\\b"),
        ("italy", "意大利|italy|italian"), ("russia", "俄罗斯|中俄|russia"), ("india", "印度|india"),
        ("brazil", "巴西|brazil"), ("australia", "澳大利亚|australia"), ("canada", "加拿大|canada"),
        ("vietnam", "越南|vietnam"), ("thailand", "泰国|thailand|\\bthai\\b|baht"),
        ("singapore", "新加坡|singapore"),
        ("malaysia", "马来西亚|malaysia"), ("indonesia", "印度尼西亚|印尼|indonesia"),
        ("philippines", "菲律宾|philippines"), ("chile", "智利|chile"), ("mexico", "墨西哥|mexico"),
        ("turkey", "土耳其|turkey|türkiye|turkiye|turkish"), ("saudi", "沙特|saudi"), ("uae", "阿联酋|uae|emirates"),
        ("africa", "非洲|北非|南非|东非|西非|africa"), ("europe", "欧洲|欧盟|europe|\\beu\\b"), ("asean", "东盟|asean"),
        ("sco", "上合组织|上海合作组织|\\bsco\\b|shanghai cooperation"),
        ("middle_east", "中东|middle east"), ("latin_america", "拉美|拉丁美洲|latin america"),
        ("hong_kong", "香港|hong kong"), ("taiwan", "台湾|台资|台企|台商|taiwan"), ("spain", "西班牙|spain|spanish"),
        ("netherlands", "荷兰|netherlands|dutch"), ("switzerland", "瑞士|switzerland|swiss"),
        ("kazakhstan", "哈萨克斯坦|kazakhstan"), ("pakistan", "巴基斯坦|pakistan"), ("egypt", "埃及|egypt"),
        ("algeria", "阿尔及利亚|algeria"), ("kuwait", "科威特|kuwait"), ("peru", "秘鲁|peru"),
        ("argentina", "阿根廷|argentina"), ("poland", "波兰|poland"), ("hungary", "匈牙利|hungary"),
        ("norway", "挪威|norway|norwegian"), ("israel", "以色列|israel"), ("belgium", "比利时|belgium"),
        ("asia", "亚洲|\\basia\\b(?!-pacific| pacific)|\\basian\\b"), ("north_america", "北美|north america"),
        ("south_america", "南美|south america"), ("oceania", "大洋洲|oceania"),
    ]}
def _latin_edges(word: str) -> str:
    """A word's \\b edges as Latin ones: USA is a word in 和USA之间 too (a Chinese character is no letter)."""
    return re.sub(r"\\b$", "(?![a-z])", re.sub(r"^\\b", "(?<![a-z])", word))


PARTNER_RE = {name: re.compile("|".join(map(_latin_edges, words))) for name, words in PARTNERS.items()}
# Any partner at all, in one pass: most texts name none, and then no partner's own pattern need be tried.
ANY_PARTNER = re.compile("|".join(f"(?:{p.pattern})" for p in PARTNER_RE.values()))

# The partners' English words (united, states, japan, thailand ...), for misspellings of them.
_LATIN_WORDS = tuple(sorted({w for words in PARTNERS.values() for word in words
                             for w in re.findall(r"[a-z]{4,}", word.replace("\\b", " "))}))


@lru_cache(maxsize=4096)
def partner_spelt(word: str) -> str:
    """A Latin word put right when it misspells a partner's name (Untied -> united, Thialand -> thailand);
    the caller passes only words the facts do not use."""
    if len(word) < 4 or word in _LATIN_WORDS:
        return word
    found = process.extractOne(word, [w for w in _LATIN_WORDS if abs(len(w) - len(word)) <= 1],
                               scorer=fuzz.ratio, score_cutoff=88 if len(word) == 4 else 83)
    return found[0] if found else word          # a letter missed, doubled or swapped: not spans for spanish
