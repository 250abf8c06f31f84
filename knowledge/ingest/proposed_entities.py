"""New entities an article names (firms, places, partners, events): proposed once each, with an English
name and aliases; the walker asks here for an entity's names and kind."""
from __future__ import annotations

import re

from .aliases import called_names, calling_names, clipped_names, name_variants, unbracketed, untraded
from .entities import (EVENT_END, EntityIndex, described_firm, english_aliases, english_name, place_english,
                       placeless, route_english, short_names, slug, zone_area)
from .gazetteer import OTHER_PROVINCES, county_names
from .model import Reading
from .signings import abbreviations, event_aliases
from .trips import trip_aliases
from .vocab import PARTNER_ALIASES, PARTNERS, partner_name


# What a firm has in a place: 宝龙达武汉总部, 某某湖北工厂.
_SITE = re.compile(r"(?:总部|基地|生产基地|制造基地|工厂|分公司|子公司|公司|研发中心|产业园|园区|项目)")


class EntitiesMixin:
    """The walker's entities: the base's names, and the new ones the article proposes."""

    index: EntityIndex
    reading: Reading
    text: str
    new_entities: dict[str, dict]
    last_event: str | None

    def _resolve(self, entity: str) -> str:
        """The id of a mentioned entity, proposing it as new when the base lacks it."""
        if entity.startswith("new:"):
            return self._new_entity(entity, None, None, None)
        if not self.index.known(entity):
            zh, en, kind = self.index.names_of(entity)
            return self._new_entity("new:" + zh, entity, en, kind)
        return entity

    def _learn_firms(self, found: list[tuple[int, int, str]]) -> None:
        """A firm's legal name met for the first time: its short names are found from now on as that firm
        (宝龙达集团…, then 宝龙达武汉总部今年产值约80亿元); an event's name, as that event."""
        for _, _, mention in found:
            name = mention[4:]
            if not mention.startswith("new:") or name in self.index.names:
                continue
            if re.search(r"(?:公司|集团)$", name):
                shorts = self._short_names(name)
                self.index.learn([name, *shorts, *clipped_names(shorts, self.text, self.index.names)], mention)
            elif name.endswith(EVENT_END) or re.search("——" + name, self.text):   # “华创会”, then 华创会 bare;
                # 湖北首条国际近洋航班——汉亚直航, then 汉亚直航已累计…; …洽谈会(简称“华创会”): that one
                self.index.learn([name, *called_names(name, self.text)], mention)
            elif name.endswith("机场"):          # 湖北宜昌三峡国际机场 first, then 三峡机场 bare
                self.index.learn([name, *short_names(name)], mention)
            elif place_english(name) and re.search(f"(?:{'|'.join(OTHER_PROVINCES)})省?{name}", self.text):
                self.index.learn([name, name[:-1]], mention, shortest=2)    # 河南省西峡县, then 西峡 bare

    def _short_names(self, name: str) -> list[str]:
        """A firm's shorter names: the one the article says it will use (以下简称“某某”), and the legal
        name's short forms, also without a place in brackets (某某(武汉)科技有限公司: 某某科技)."""
        plain = unbracketed(name)
        shorts = [*called_names(name, self.text), *short_names(name), *(short_names(plain) if plain != name else [])]
        return list(dict.fromkeys([*shorts, *(n for n in untraded(shorts)
                                                    if self.index.names.get(n, "new:" + name) == "new:" + name)]))

    def _firm_sites(self, text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The names of a sentence, a firm's site left to the firm: in 宝龙达武汉总部 (武汉工厂, 湖北基地) the
        place says where the firm's site is, not whose figure it is. New firms' short names are learnt first."""
        self._learn_firms(found)
        out = []
        for mention in found:
            before = out[-1] if out else None
            if before and before[2].startswith("new:") and mention[2][4:] in called_names(before[2][4:], text):
                continue                              # …洽谈会(简称“华创会”): the name just said, shorter
            if (before and before[1] == mention[0] and _SITE.match(text, mention[1])
                    and self._is_firm(before[2]) and self._kind(mention[2]) == "region"):
                continue
            out.append(mention)
        return out

    def _is_firm(self, entity: str) -> bool:
        """Whether a mention is a firm's (a known firm, or a new name of a firm)."""
        if entity.startswith("new:"):
            return bool(re.search(r"(?:公司|集团)$", entity))
        return self.index.names_of(entity)[2] == "firm"

    def _kind(self, entity: str) -> str:
        """The type of a mentioned entity ('new:' names: by their ending)."""
        return "org" if entity.startswith("new:") else self.index.names_of(entity)[2]

    def _partner(self, name: str) -> str:
        """The id of a trade partner named in the text (a new entity when the base lacks it)."""
        pid, pen = PARTNERS[name]
        pid = self.index.names.get(name, pid)
        known = self.index.known(pid)
        return pid if known else self._new_entity("new:" + partner_name(name), pid, pen, "partner")

    def _names(self, entity: str) -> tuple[str, str, str]:
        """Chinese name, English name and type of a known or newly proposed entity."""
        if entity in self.new_entities:
            e = self.new_entities[entity]
            return e["name_zh"], e["name_en"], e["type"]
        return self.index.names_of(entity)

    def _new_entity(self, mention: str, eid: str | None, en: str | None, kind: str | None) -> str:
        """Propose a new entity for a name (once), with an English name and aliases."""
        name = mention[4:]
        if name.endswith("机场") and (bare := re.sub(r"^湖北省?", "", name)) != name and placeless(bare) != bare:
            name = bare                                     # 湖北宜昌三峡国际机场: 宜昌三峡国际机场
        county = county_names(eid) if eid else None        # 宜都 -> 宜都市, aliases 宜都, Yidu
        name = county[0] if county else name
        if not eid:
            eid, en = zone_area(name) or (None, en)          # 宜昌片区: yichang-ftz
        eid = eid or slug(name, 40)
        if self.index.known(eid):
            return eid
        if eid not in self.new_entities:
            kind = kind or ("event" if name.endswith(EVENT_END)
                            else "firm" if re.search(r"公司|集团", name) or described_firm(name, self.text)
                            else "route" if route_english(name) else "region" if place_english(name)
                            else "hub" if re.search(r"机场|港|物流园", name)
                            else "zone" if re.search(r"园|区", name) else "org")
            en = en or route_english(name) or place_english(name) or english_name(name)
            shorts = self._short_names(name) if kind == "firm" else short_names(name)
            aliases = ([name, en.removeprefix("the "), *PARTNER_ALIASES.get(eid, [])] if kind == "partner"
                       else [*shorts, en.replace("Centre", "Center")] if "Centre" in en
                       else shorts)            # American spelling too: R&D Center
            aliases += name_variants(name) + trip_aliases(name)           # 宜昌综保区; 武汉到宁波
            aliases += [*event_aliases(name), *called_names(name, self.text), *calling_names(name, self.text),
                        *abbreviations(name, self.text)] if kind == "event" else []
            aliases += county[1] if county else []
            others = {n: e for n, e in self.index.names.items() if e != mention}     # learnt as this firm
            aliases += clipped_names(aliases, self.text, others) if kind == "firm" else []
            aliases += english_aliases(name, en)              # Three Gorges…, Sanxia…
            if name.endswith("港区"):         # 荆州港盐卡港区, 襄阳港…其核心港区小河港区: named with its port too
                said = re.findall(rf"([\u4e00-\u9fff]{{2}})港(?:[^。；，]{{0,20}}，)?[^。；]{{0,12}}?{name}", self.text)
                for port in dict.fromkeys(p for p in said if not p.endswith(("核心", "主要"))):
                    aliases += [f"{port}港{name}", f"{port}{name}"]
            entity = {"id": eid, "type": kind, "name_zh": name, "name_en": en.removeprefix("the "),
                      "aliases": list(dict.fromkeys(a for a in aliases if a))}
            self.new_entities[eid] = entity
            self.last_event = eid if kind == "event" else self.last_event
            self.reading.new_entities.append(entity)
        return eid
