"""OpenType shaping with HarfBuzz (uharfbuzz): a run of text in one font becomes positioned glyphs. No Qt.

Arabic letters take the form their neighbours ask for and lam + alef become
one ligature; Hebrew points (niqqud) are placed on their letters by the
font's mark positioning; a right-to-left run gets mirrored brackets. The
result is in the order the glyphs are seen, each glyph with the characters it
stands for, so a PDF can map it back to text for search and copy.

uharfbuzz and the font files are loaded only when such a run is met: Latin
text never comes here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True, slots=True)
class Glyph:
    """One glyph of a shaped run: its id in the font, its advance and offset (1/1000 em, y up), its text.

    ``text`` is what the glyph stands for in logical order: a character, a
    letter with its marks, a ligature's characters ("لا"), or "" for a mark
    drawn on a letter (the letter's glyph carries it).
    """

    gid: int
    advance: float
    dx: float = 0.0
    dy: float = 0.0
    text: str = ""


class _HbFont:
    """A face loaded into HarfBuzz, with its scale to 1/1000 em and the glyph of its space."""

    def __init__(self, path: str) -> None:
        import uharfbuzz as hb

        self.hb = hb
        face = hb.Face(hb.Blob.from_file_path(path))
        self.font = hb.Font(face)
        self.scale = 1000.0 / face.upem
        self.blank = self.font.get_nominal_glyph(0x20) or 0


@cache
def _font(path: str) -> _HbFont:
    return _HbFont(path)


def blank_glyph(path: str) -> int:
    """The font's space glyph: drawn with no advance to carry the further characters of a ligature."""
    return _font(path).blank


_cache: dict[tuple[str, str, bool], tuple[Glyph, ...]] = {}


def shape_glyphs(text: str, path: str, rtl: bool) -> tuple[Glyph, ...]:
    """``text`` shaped in the font at ``path``, right to left when ``rtl``: glyphs in the order they are seen."""
    key = (text, path, rtl)
    found = _cache.get(key)
    if found is not None:
        return found
    font = _font(path)
    hb: Any = font.hb
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_GRAPHEMES  # a letter and its marks: one cluster
    hb.shape(font.font, buf, {})
    infos, positions = buf.glyph_infos, buf.glyph_positions
    starts = sorted({info.cluster for info in infos})
    end_of = {c: (starts[k + 1] if k + 1 < len(starts) else len(text)) for k, c in enumerate(starts)}
    # a cluster's text goes to its first glyph with an advance (the letter, not a mark placed on it): a mark
    # drawn at an offset carries no text, so extraction never sees a character off the line
    members: dict[int, list[int]] = {}
    for k, info in enumerate(infos):
        members.setdefault(info.cluster, []).append(k)
    texts = [""] * len(infos)
    for cluster, glyphs in members.items():
        ordered = glyphs[::-1] if rtl else glyphs
        reads = text[cluster:end_of[cluster]]
        spacing = [k for k in ordered if positions[k].x_advance]
        if not rtl and len(spacing) > 1:
            # a cluster drawn as several spacing glyphs (a conjunct and its vowel sign, a vowel sign drawn
            # before its consonant): its text is dealt out over them in the order they are drawn, so each
            # takes room in the line and together they read the cluster's text
            for n, k in enumerate(spacing):
                texts[k] = reads[n:n + 1] if n < len(spacing) - 1 else reads[n:]
            continue
        main = spacing[0] if spacing else ordered[0]
        texts[main] = reads
    s = font.scale
    out = tuple(Glyph(info.codepoint, pos.x_advance * s, pos.x_offset * s, pos.y_offset * s, texts[k])
                for k, (info, pos) in enumerate(zip(infos, positions, strict=True)))
    if len(_cache) > 50_000:
        _cache.clear()
    _cache[key] = out
    return out
