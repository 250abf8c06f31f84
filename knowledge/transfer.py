"""Import and export of facts as CSV or JSON: validate every row first, then apply all or nothing."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .models import FACT_FIELDS, Entity, Fact, Source, StoreError, ValidationError
from .store import FactStore

MAX_IMPORT_BYTES = 5_000_000
MAX_ROWS = 5000
SOURCE_COLUMNS = ("publication_zh", "publication_en", "title", "title_en", "date", "page", "reprinted_by")
CSV_COLUMNS = (*FACT_FIELDS, "entity_type", "entity_zh", "entity_en",
               *(f"source_{c}" for c in SOURCE_COLUMNS))


@dataclass
class RowError:
    line: int | str
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, {self.field}: {self.message}"


class ImportRejected(StoreError):
    """The file has errors; nothing was applied."""

    def __init__(self, errors: list[RowError]):
        self.errors = errors
        head = "; ".join(str(e) for e in errors[:10])
        more = f" (and {len(errors) - 10} more)" if len(errors) > 10 else ""
        super().__init__(f"{len(errors)} error(s), nothing imported: {head}{more}")


@dataclass
class ImportPlan:
    sources: list[Source] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    added: list[Fact] = field(default_factory=list)
    changed: list[tuple[Fact, Fact]] = field(default_factory=list)   # (before, after)
    unchanged: int = 0
    batch: str = ""                      # set once applied: undo_batch(store, batch, actor) takes it back

    def summary(self) -> str:
        return (f"{len(self.added)} new fact(s), {len(self.changed)} changed, {self.unchanged} unchanged, "
                f"{len(self.sources)} new source(s), {len(self.entities)} new entit(ies)")


def parse_file(content: bytes, name: str) -> list[tuple[int | str, dict]]:
    """Rows of a CSV or JSON file, each with the line it starts on."""
    if len(content) > MAX_IMPORT_BYTES:
        raise ImportRejected([RowError("-", "file", f"is larger than {MAX_IMPORT_BYTES // 1_000_000} MB")])
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejected([RowError("-", "file", "is not UTF-8 text")]) from None
    suffix = Path(name).suffix.lower()
    if suffix == ".csv":
        rows = _parse_csv(text)
    elif suffix == ".json":
        rows = _parse_json(text)
    else:
        raise ImportRejected([RowError("-", "file", "must end in .csv or .json")])
    if not rows:
        raise ImportRejected([RowError("-", "file", "holds no facts")])
    if len(rows) > MAX_ROWS:
        raise ImportRejected([RowError("-", "file", f"holds more than {MAX_ROWS} rows")])
    return rows


def _parse_csv(text: str) -> list[tuple[int | str, dict]]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "id" not in reader.fieldnames:
        raise ImportRejected([RowError(1, "header", "the first line must name the columns, including id")])
    unknown = [c for c in reader.fieldnames if c not in CSV_COLUMNS]
    if unknown:
        raise ImportRejected([RowError(1, c, "is not a known column") for c in unknown])
    rows = []
    try:
        for row in reader:
            if None in row:
                raise ImportRejected([RowError(reader.line_num, "row", "has more cells than the header")])
            if not any((v or "").strip() for v in row.values()):
                continue
            rows.append((reader.line_num, {k: restore_cell(v) for k, v in row.items() if v is not None}))
    except csv.Error as exc:
        raise ImportRejected([RowError(reader.line_num, "row", f"is not valid CSV: {exc}")]) from None
    return rows


def _parse_json(text: str) -> list[tuple[int | str, dict]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRejected([RowError(exc.lineno, "file", f"is not valid JSON: {exc.msg}")]) from None
    if isinstance(data, dict) and isinstance(data.get("facts"), list):
        items = data["facts"]
        lines: list[int | str] = [f"#{i}" for i in range(1, len(items) + 1)]
    elif isinstance(data, list):
        items = data
        if len(items) > MAX_ROWS:
            raise ImportRejected([RowError("-", "file", f"holds more than {MAX_ROWS} rows")])
        lines = _item_lines(text, len(items))
    else:
        raise ImportRejected([RowError(1, "file", "must be a JSON array of facts")])
    out = []
    for line, item in zip(lines, items):
        if not isinstance(item, dict):
            raise ImportRejected([RowError(line, "row", "must be an object with the fact's fields")])
        out.append((line, item))
    return out


def _item_lines(text: str, count: int) -> list[int | str]:
    """The line each top-level array element starts on."""
    decoder = json.JSONDecoder()
    pos = text.index("[") + 1
    line, counted = 1, 0          # newlines are counted once, from where the last count stopped
    lines: list[int | str] = []
    for _ in range(count):
        while text[pos] in " \t\r\n,":
            pos += 1
        line += text.count("\n", counted, pos)
        counted = pos
        lines.append(line)
        _, pos = decoder.raw_decode(text, pos)
    return lines


def _valid(item: Source | Entity, line: int | str, kind: str, errors: list[RowError]) -> bool:
    """Whether a new source or entity of a row is valid; its problems join the errors as `kind.field`."""
    try:
        item.validate()
    except ValidationError as exc:
        errors += [RowError(line, f"{kind}.{f}", m) for f, m in exc.problems]
        return False
    return True


def plan_import(store: FactStore, rows: list[tuple[int | str, dict]]) -> ImportPlan:
    """Validate every row against the store; raise ImportRejected listing every error."""
    errors: list[RowError] = []
    plan = ImportPlan()
    sources = {s.id: s for s in store.list_sources()}
    entities = {e.id: e for e in store.list_entities()}
    seen: set[str] = set()
    for line, row in rows:
        row = dict(row)
        source_obj = row.get("source")
        if isinstance(source_obj, dict):
            source_fields = {k: source_obj.get(k, "") for k in ("id", *SOURCE_COLUMNS)}
            if not source_fields["publication_zh"] and source_obj.get("publication"):
                source_fields["publication_zh"] = source_obj["publication"]
        else:
            source_fields = ({"id": source_obj or ""}
                             | {c: row.get(f"source_{c}", "") for c in SOURCE_COLUMNS})
        sid = str(source_fields["id"] or "").strip()
        if sid and sid not in sources:
            if source_fields.get("publication_zh") and source_fields.get("title"):
                source = Source.from_dict(source_fields)
                source.publication_en = source.publication_en or source.publication_zh
                if _valid(source, line, "source", errors):
                    sources[sid] = source
                    plan.sources.append(source)
            else:
                errors.append(RowError(line, "source", f"no source {sid!r}; give its publication_zh, "
                                                       "title and date, or add it first"))
        eid = str(row.get("entity") or "").strip()
        if eid and eid not in entities:
            if row.get("entity_zh") or row.get("entity_en"):
                entity = Entity.from_dict({"id": eid, "type": row.get("entity_type") or "org",
                                           "name_zh": row.get("entity_zh", ""),
                                           "name_en": row.get("entity_en", "")})
                if _valid(entity, line, "entity", errors):
                    entities[eid] = entity
                    plan.entities.append(entity)
            else:
                errors.append(RowError(line, "entity", f"no entity {eid!r}; give entity_zh/entity_en "
                                                       "to create it, or use an existing id"))
        try:
            fact = Fact.from_dict(row | {"source": sid})
        except (TypeError, ValueError) as exc:
            errors.append(RowError(line, "row", f"cannot be read: {exc}"))
            continue
        try:
            fact.validate()
        except ValidationError as exc:
            errors += [RowError(line, f, m) for f, m in exc.problems]
            continue
        if fact.id in seen:
            errors.append(RowError(line, "id", f"{fact.id!r} appears twice in the file"))
            continue
        seen.add(fact.id)
        try:
            old = store.get_fact(fact.id, include_deleted=True)
        except StoreError:
            plan.added.append(fact)
            continue
        if old.editable() == fact.editable() and not old.deleted_at:
            plan.unchanged += 1
        else:
            plan.changed.append((old, fact))
    if errors:
        raise ImportRejected(errors)
    return plan


def apply_import(store: FactStore, plan: ImportPlan, actor: str) -> ImportPlan:
    """Apply a validated plan in one transaction (one batch): all of it, or (on any error) none."""
    with store.batch("import") as batch:
        plan.batch = batch
        for source in plan.sources:
            store.add_source(source, actor)
        for entity in plan.entities:
            store.put_entity(entity, actor)
        for fact in plan.added:
            store.add_fact(fact, actor)
        for old, new in plan.changed:
            if old.deleted_at:
                store.restore_fact(old.id, actor)
            store.update_fact(old.id, {k: v for k, v in new.editable().items() if k != "id"}, actor)
    return plan


def import_file(store: FactStore, content: bytes, name: str, actor: str) -> ImportPlan:
    return apply_import(store, plan_import(store, parse_file(content, name)), actor)


def export_records(store: FactStore) -> list[dict]:
    """Every live fact, with its period nested and its source and entity spelled out."""
    sources = {s.id: s for s in store.list_sources()}
    entities = {e.id: e for e in store.list_entities()}
    out = []
    for fact in store.list_facts():
        record = fact.editable()
        for key in ("period_zh", "period_en", "period_start", "period_end"):
            record.pop(key)
        src = sources.get(fact.source)
        ent = entities.get(fact.entity)
        record["period"] = {"zh": fact.period_zh, "en": fact.period_en,
                            "start": fact.period_start, "end": fact.period_end}
        record["source"] = {"id": fact.source, "publication": src.publication_zh if src else "",
                            **({c: getattr(src, c) for c in SOURCE_COLUMNS} if src else {})}
        record["entity_type"] = ent.type if ent else ""
        record["entity_zh"] = ent.name_zh if ent else ""
        record["entity_en"] = ent.name_en if ent else ""
        out.append(record)
    return out


def export_json(store: FactStore) -> str:
    return json.dumps(export_records(store), ensure_ascii=False, indent=2) + "\n"


FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
QUOTED_FORMULA = re.compile(r"^'+[=+\-@\t\r]")


def neutralise_cell(value: object) -> object:
    """OWASP's rule against CSV formula injection: a cell a spreadsheet would run (= + - @ tab CR at
    the start) gets a leading apostrophe. Cells already starting with apostrophes and then one of
    those get one more, so that restore_cell() undoes it exactly and import/export stays lossless."""
    if isinstance(value, str) and FORMULA_START.match(value):
        return "'" + value
    return value


def restore_cell(value: str) -> str:
    """Undo neutralise_cell() on a cell read from CSV."""
    return value[1:] if QUOTED_FORMULA.match(value) else value


def export_csv(store: FactStore) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in export_records(store):
        period, source = record.pop("period"), record.pop("source")
        row = record | {"period_zh": period["zh"], "period_en": period["en"],
                        "period_start": period["start"] or "", "period_end": period["end"] or "",
                        "source": source["id"], "keywords": "|".join(record["keywords"])}
        row |= {f"source_{c}": source.get(c, "") for c in SOURCE_COLUMNS}
        writer.writerow({k: neutralise_cell(v) for k, v in row.items()})
    return buf.getvalue()


def export_file(store: FactStore, path: Path) -> int:
    path = Path(path)
    text = export_csv(store) if path.suffix.lower() == ".csv" else export_json(store)
    path.write_text(text, encoding="utf-8")
    return len(store.list_facts())
