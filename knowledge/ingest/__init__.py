"""Ingestion: an article's text read into proposed facts, compared with the base, and applied. No Telegram."""
from .apply import apply_reading, proposals_csv
from .model import ApplyResult, IngestError, NoDateFound, Proposal, Reading
from .reader import read_article
from .extract import extract_text
from ..batches import undo_batch

__all__ = ["ApplyResult", "IngestError", "NoDateFound", "Proposal", "Reading", "apply_reading",
           "proposals_csv", "read_article", "extract_text", "undo_batch"]
