"""Load, save, migrate and validate the ``.journey`` file format. No Qt here."""

from .errors import MapFileError, SaveError, TooNewError
from .reader import load_map, parse_map
from .schema import schema_text
from .writer import dump_map, list_backups, save_map

__all__ = [
    "MapFileError", "SaveError", "TooNewError", "dump_map", "list_backups",
    "load_map", "parse_map", "save_map", "schema_text",
]
