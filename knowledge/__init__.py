"""What we know: the fact store, the curated data files, import/export and checks. No Telegram here."""
from .curated import CURATED_DIR, ensure_loaded, export_curated, load_curated, read_curated
from .models import (TOPICS, Change, Conflict, DuplicateId, Entity, EntityNotFound, Fact, FactNotFound,
                     ReadOnly, Source, SourceNotFound, StoreError, ValidationError)
from .store import FactStore, default_db_path

__all__ = ["CURATED_DIR", "TOPICS", "Change", "Conflict", "DuplicateId", "Entity", "EntityNotFound", "Fact",
           "FactNotFound", "FactStore", "ReadOnly", "Source", "SourceNotFound", "StoreError",
           "ValidationError", "default_db_path", "ensure_loaded", "export_curated", "load_curated",
           "read_curated"]
