"""New entities an article names (firms, places, partners, events): proposed once each, with an English
name and aliases; the walker asks here for an entity's names and kind."""
from __future__ import annotations

import re

from .aliases import name_variants
from .entities import (EVENT_END, EntityIndex, described_firm, english_aliases, english_name, place_english,
                       route_english, short_names, slug, zone_area)
from .gazetteer import county_names
from .model import Reading
from .signings import event_aliases
from .trips import trip_aliases
from .vocab import PARTNER_ALIASES, PARTNERS, partner_name


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
            aliases = ([name, en.removeprefix("the "), *PARTNER_ALIASES.get(eid, [])] if kind == "partner"
                       else [*short_names(name), en.replace("Centre", "Center")] if "Centre" in en
                       else short_names(name))            # American spelling too: R&D Center
            aliases += name_variants(name) + trip_aliases(name)           # 宜昌综保区; 武汉到宁波
            aliases += event_aliases(name) if kind == "event" else []
            aliases += county[1] if county else []
            aliases += english_aliases(name, en)              # Three Gorges…, Sanxia…
            entity = {"id": eid, "type": kind, "name_zh": name, "name_en": en.removeprefix("the "),
                      "aliases": list(dict.fromkeys(a for a in aliases if a))}
            self.new_entities[eid] = entity
            self.last_event = eid if kind == "event" else self.last_event
            self.reading.new_entities.append(entity)
        return eid
