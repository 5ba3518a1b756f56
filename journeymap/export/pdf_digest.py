"""The digest: the map as a document to read at a desk, with every word of it as text.

A cover (title, scope, scenario, expectations, personas and their quotes, the
whole map small), then each stage with its steps and every card in full, the
stage's piece of the emotion curve, metrics and moments of truth; a page per
persona, followed by its drawn empathy map where it has one; a table of pain
points with their opportunities and owners. Long content flows on to the next
page; nothing is cut off. Text is wrapped once with the layout's metrics and
drawn straight on the canvas (:mod:`.pdf_flow`): a 300-page digest takes about
as long as ReportLab takes to draw its strings.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from ..i18n import N_, _, direction, format_date, in_map_language, ngettext
from ..layout import (
    LayoutOptions,
    layout_map,
    metric_texts,
    scale_label,
    text_width,
    wrap,
)
from ..layout.bidi import Direction, lines_direction
from ..layout.boxes import PictureBox
from ..layout.emotion import MARKERS
from ..layout.emotion_evidence import evidence_note, point_evidence
from ..layout.fonts import BOLD, ITALIC, REGULAR, bundled_face_for, register_fonts
from ..layout.geometry import Rect
from ..layout.paint import Plan, map_plan
from ..layout.paint.map_plan import picture_shapes
from ..layout.paint.stage_chart import stage_chart
from ..layout.shaping import FontReport, shape
from ..layout.style import ROW_FILLS, STYLE
from ..model import Card, JourneyMap, Lane, LaneKind, Persona, Score, Stage, Step, channel_name
from ..model.arrow_text import arrow_sentence, cards_and_lanes, one_line
from ..model.arrows import Arrow
from ..model.kinds import EvidenceStatus
from ..model.picture import Picture
from ..paper import page_size
from .pdf_common import new_canvas
from .pdf_flow import Block, Drawing, FullPage, NeedRoom, Outline, PageBreak, PageFlow, Space, Text, Together
from .pdf_player import PdfPlayer, rgb
from .pdf_text import LineWriter
from .quotes import quoted

MARGIN = 50.0
INK = STYLE.ink
MUTED = STYLE.muted

#: a card's evidence status as its line of facts says it
STATUS_FACTS = {EvidenceStatus.OBSERVED: N_("Observed"), EvidenceStatus.ASSUMED: N_("Assumed"),
                EvidenceStatus.PROPOSED: N_("Proposed (to-be)")}
#: the marker shapes of the persona curves, as the legend names them
MARKER_NAMES = {"circle": N_("circle"), "square": N_("square"), "triangle": N_("triangle"),
                "diamond": N_("diamond"), "triangle_down": N_("downward triangle"), "hexagon": N_("hexagon"),
                "star": N_("star"), "cross": N_("cross")}


def colon(label: str) -> str:
    """``label`` followed by a colon as the map's language writes it (French: a no-break space before it)."""
    return _("{label}:").format(label=label)


class Markup:
    """Map text made drawable in the digest: emoji no bundled font has named in brackets, and said so."""

    def __init__(self, report: FontReport) -> None:
        self.report = report

    def plain(self, text: str) -> str:
        return self._emoji(text)

    def _emoji(self, text: str) -> str:
        """Characters beyond the BMP that no bundled face draws become their Unicode name in brackets.

        The bundled emoji face draws most emoji (monochrome); a newer one keeps its meaning this way.
        """
        if text.isascii() or max(text) <= "\uffff":
            return text
        out = []
        for ch in text:
            if ord(ch) > 0xFFFF and bundled_face_for(ord(ch), REGULAR) is None:
                out.append(f"[{unicodedata.name(ch, f'U+{ord(ch):X}').lower()}]")
                self.report.warn(N_("emoji the bundled emoji font lacks are written as their Unicode name in "
                                    "brackets in the digest"))
            elif ch not in ("\ufe0f", "\u200d"):
                out.append(ch)
        return "".join(out)


class MapThumbnail(Drawing):
    """The whole map, small, drawn by the same painter as the poster."""

    def __init__(self, journey: JourneyMap, width: float, max_height: float, report: FontReport,
                 include_hidden: bool = False) -> None:
        self.layout = layout_map(journey, LayoutOptions(show_hidden_lanes=include_hidden))
        self.plan = map_plan(self.layout)
        self.report = report
        self.scale = min(width / self.layout.width, max_height / self.layout.height)
        super().__init__(self.layout.width * self.scale, self.layout.height * self.scale)

    def paint(self, c: Canvas) -> None:
        frame = STYLE.thumbnail.frame
        c.setStrokeColorRGB(*rgb(frame.colour))
        c.setLineWidth(frame.width)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        PdfPlayer(c, self.scale, 0, self.height, self.report, min_text_size=2.0).play(self.plan)


class PictureDrawing(Drawing):
    """A card's picture in the digest, played as a one-image plan (so it is printed at 300 dpi of its size)."""

    def __init__(self, picture: Picture, indent: float, w: float, h: float, report: FontReport) -> None:
        self.plan = Plan(indent + w, h)
        self.plan.add(*picture_shapes(PictureBox(Rect(indent, 0, w, h), picture.media_type, picture.data,
                                                 picture.alt, False)))
        self.report = report
        super().__init__(indent + w, h)

    def paint(self, c: Canvas) -> None:
        PdfPlayer(c, 1.0, 0.0, self.height, self.report).play(self.plan)


class StageCurve(Drawing):
    """The emotion curves across one stage's steps, with the labelled scale at the left (``layout.paint.stage_chart``)."""

    def __init__(self, journey: JourneyMap, stage: Stage, width: float, report: FontReport) -> None:
        self.chart = stage_chart(journey, stage, width)
        self.report = report
        super().__init__(width, self.chart.height)

    @property
    def numbered(self) -> bool:
        return self.chart.numbered

    @property
    def step_lines(self) -> list[list[str]]:
        return self.chart.step_lines

    @property
    def key(self) -> str:
        """The full step names for numbered columns ("" when the names fit under the chart)."""
        return self.chart.key

    def step_label_boxes(self) -> list[tuple[float, float, float, float]]:
        """(x, y, w, h) of each step's name under the chart, y downwards from the chart's top."""
        return [(r.x, r.y, r.w, r.h) for r in self.chart.label_boxes]

    def paint(self, c: Canvas) -> None:
        PdfPlayer(c, 1.0, 0.0, self.height, self.report).play(self.chart.plan)


@in_map_language
def export_digest(journey: JourneyMap, out: Path | str, size_name: str = "A4",
                  report: FontReport | None = None, include_hidden: bool = False, comments: bool = False) -> Path:
    """``include_hidden``: the lanes the author hid on the map are printed too (marked as hidden).

    ``comments``: the map's comment threads follow as an appendix (:mod:`.digest_comments`).
    """
    register_fonts()
    report = report or FontReport()
    size = page_size(size_name, landscape=False)
    c = new_canvas(out, size, journey, _("Customer journey map (digest)"))
    flow = PageFlow(c, size, MARGIN, journey.title, report, rtl=direction() == "rtl")
    writer = DigestWriter(journey, flow.width, size[1] - 2 * MARGIN, report, size, include_hidden)
    blocks = writer.blocks()
    if comments:
        from .digest_comments import comments_appendix

        blocks += comments_appendix(writer)
    flow.add_all(blocks)
    flow.finish()
    return Path(out)


class DigestWriter:
    """Builds the digest's flowables, section by section."""

    def __init__(self, journey: JourneyMap, width: float, height: float, report: FontReport,
                 page: tuple[float, float] = (595.28, 841.89), include_hidden: bool = False) -> None:
        self.journey = journey
        self.include_hidden = include_hidden
        #: the lanes a stakeholder reads: those the author hid on the map only when asked for
        self.lanes = [lane for lane in journey.lanes if include_hidden or not lane.hidden]
        self.width, self.height = width, height
        self.page = page
        self.report = report
        self.markup = Markup(report)
        self.rtl = direction() == "rtl"  # the map's language reads from the right: so does its digest
        self.persona_names = {p.id: p.name for p in journey.personas}
        self.cells: dict[tuple[str, str], list[Card]] = {}
        for lane in self.lanes:
            for card in lane.cards:
                self.cells.setdefault((lane.id, card.step), []).append(card)
        self.where = cards_and_lanes(journey)
        self.step_names = {step.id: step.name for step in journey.steps()}
        self.arrows_from: dict[str, list[Arrow]] = {}
        self.arrows_to: dict[str, list[Arrow]] = {}
        for arrow in journey.arrows:
            self.arrows_from.setdefault(arrow.source, []).append(arrow)
            self.arrows_to.setdefault(arrow.target, []).append(arrow)

    def paragraph(self, text: str, style: str = "body", font: str | None = None, **extra: Any) -> Text:
        return self.styled(self.markup.plain(text), style, font, **extra)

    def styled(self, text: str, style: str, font: str | None = None, **extra: Any) -> Text:
        """``text`` (already drawable) in one of the digest's paragraph styles (the style table's ``digest``)."""
        st = STYLE.digest[style]
        return Text(text, font or st.face, st.size, st.leading, st.colour, st.indent,
                    space_before=st.space_before, space_after=st.space_after, report=self.report, rtl=self.rtl,
                    **extra)

    def labelled(self, label: str, text: str, style: str = "body", label_colour: str = "") -> Text:
        """``Label: text``, the label (already in the map's language) in bold."""
        return self.paragraph(text, style, label=colon(self.markup.plain(label)), label_colour=label_colour)

    def item(self, text: str) -> Text:
        return self.paragraph(text, "item", bullet="\u2022")

    def listed(self, heading: str, items: list[str]) -> list[Block]:
        """A small heading and its bullet items; the heading never ends a page without its first item."""
        blocks = [self.item(text) for text in items]
        return [Together([self.paragraph(heading, "h3"), blocks[0]]), *blocks[1:]]

    def blocks(self) -> list[Block]:
        out: list[Block] = []
        out += self.cover()
        for n, stage in enumerate(self.journey.stages):
            out += self.stage(stage, n)
        for n, persona in enumerate(self.journey.personas):
            out += self.persona(persona, n)
        out += self.pain_table()
        return out

    # cover -------------------------------------------------------------------
    def cover(self) -> list[Block]:
        journey = self.journey
        out: list[Block] = [self.paragraph(journey.title, "title",
                                           outline=[("overview", journey.title or _("Overview"), 0)])]
        facts = [_("Scope: {scope}").format(scope=journey.scope.label)]
        if journey.authors:
            facts.append(_("By {authors}").format(authors=", ".join(journey.authors)))
        if journey.tags:
            facts.append(_("Tags: {tags}").format(tags=", ".join(journey.tags)))
        out.append(self.paragraph("   \u00b7   ".join(facts), "small"))
        out.append(Space(8))
        if journey.description:
            out.append(self.paragraph(journey.description))
        if journey.scenario:
            out.append(self.labelled(_("Scenario"), journey.scenario))
        if journey.expectations:
            out.append(self.labelled(_("Expectations"), journey.expectations))
        if journey.personas:
            out.append(self.paragraph(_("Personas"), "h2"))
            for persona in journey.personas:
                who = persona.name + (f", {persona.role}" if persona.role else "")
                out.append(self.paragraph(who, "body", BOLD))
                if persona.quote:
                    out.append(self.paragraph(quoted(persona.quote, journey.language), "quote", ITALIC))
        out.append(Space(10))
        out.append(NeedRoom(160))
        out.append(self.paragraph(_("The whole map"), "h2"))
        out.append(MapThumbnail(journey, self.width, self.height * 0.55, self.report, self.include_hidden))
        return out

    # stages ------------------------------------------------------------------
    def stage(self, stage: Stage, n: int) -> list[Block]:
        outline = [("stages", _("Stages"), 0)] if n == 0 else []
        outline.append((f"stage-{stage.id}", stage.name or _("Untitled stage"), 1))
        out: list[Block] = [PageBreak(), StageBand(stage.colour, self.width, outline),
                            self.paragraph(_("Stage {n}: {name}").format(n=n + 1, name=stage.name), "h1")]
        if stage.description:
            out.append(self.paragraph(stage.description))
        if stage.notes:
            out.append(self.labelled(_("Notes"), stage.notes))
        if stage.steps and any(p.show_curve for p in self.journey.personas) and any(
            s.scores for s in stage.steps
        ):
            out.append(Space(4))
            chart = StageCurve(self.journey, stage, self.width, self.report)
            out.append(chart)
            if chart.key:
                out.append(self.labelled(_("Steps"), chart.key, "small"))
            out += self.curve_legend()
        for step in stage.steps:
            out += self.step(step)
        return out

    def curve_legend(self) -> list[Block]:
        """One line per persona, led by a dot in the persona's colour (the marker shape says it too)."""
        return [self.paragraph(_("{name} ({shape} markers; to-be dashed, hollow)").format(
                    name=persona.name, shape=_(MARKER_NAMES[MARKERS[i % len(MARKERS)]])), "small", label="\u25cf",
                    label_font=REGULAR, label_colour=persona.colour)
                for i, persona in enumerate(self.journey.personas) if persona.show_curve]

    def step(self, step: Step) -> list[Block]:
        head: list[Block] = [self.paragraph(step.name, "h2")]
        if step.description:
            head.append(self.paragraph(step.description))
        if step.moment_of_truth:
            note = f": {step.moment_of_truth_note}" if step.moment_of_truth_note else ""
            label = "\u2605 " + _("Moment of truth")
            head.append(self.paragraph(note.removeprefix(": "), label=colon(label) if note else label,
                                       label_colour=STYLE.grid.moment))
        elif step.moment_of_truth_note:
            head.append(self.labelled(_("Moment of truth note"), step.moment_of_truth_note))
        metrics = metric_texts(step)
        if metrics:
            head.append(self.labelled(_("Metrics"), "   ".join(metrics)))
        for score in step.scores:
            who = self.persona_names.get(score.persona) or _("unknown persona")
            head.append(self.labelled(_("Emotion, {persona}").format(persona=who), self._score_text(score)))
        out: list[Block] = []
        for lane in self.lanes:
            cards = self.cells.get((lane.id, step.id))
            if not cards:
                continue
            title = _("{lane} (hidden on the map)").format(lane=lane.display_title) if lane.hidden \
                else lane.display_title
            # a heading never ends a page alone: the lane's name keeps its first card with it, and
            # the step's heading its first lane; a card keeps its details and facts with its text
            first = [self.paragraph(title, "h3"), *self.card(cards[0], lane)]
            out.append(Together(first if out else [*head, *first]))
            out += [Together(self.card(card, lane)) for card in cards[1:]]
        return out or [Together(head)]

    def _score_text(self, score: Score) -> str:
        s = self.journey.emotion_scale
        parts = []
        if score.value is not None:
            evidence = point_evidence(score, self.journey.research.weak_evidence_below)
            note = evidence_note(evidence) if evidence is not None else ""  # in words what the chart's ring shows
            parts.append(_("as-is {score}").format(score=scale_label(score.value, s.min, s.max))
                         + (f" ({score.label})" if score.label else "") + (f" \u00b7 {note}" if note else ""))
        if score.target is not None:
            parts.append(_("to-be {score}").format(score=scale_label(score.target, s.min, s.max))
                         + (f" ({score.target_label})" if score.target_label else ""))
        if len(parts) == 2:
            return _("{as_is}; {to_be}").format(as_is=parts[0], to_be=parts[1])
        return "".join(parts)

    def card(self, card: Card, lane: Lane) -> list[Block]:
        mark = {"observed": "\u2022", "assumed": "\u25cb", "proposed": "\u25b2"}[card.status.value]
        text = self.markup.plain(card.text or _("(no text)"))
        out: list[Block] = [self.styled(text, "card", bullet=mark)]
        if card.picture is not None:
            out += self.picture(card.picture, storyboard=lane.kind == LaneKind.IMAGES)
        if card.detail:
            out.append(self.styled(self.markup.plain(card.detail), "card_detail"))
        facts = []
        if card.last_step is not None and card.last_step in self.step_names:
            facts.append(_("Spans to: {step}").format(step=self.step_names[card.last_step]))
        if card.channel:
            facts.append(_("Channel: {channel}").format(channel=channel_name(card.channel)))
        if card.owner:
            facts.append(_("Owner: {owner}").format(owner=card.owner))
        facts.append(_(STATUS_FACTS[card.status]))
        if card.votes:
            facts.append(ngettext("{n} vote", "{n} votes", card.votes).format(n=card.votes))
        if card.tags:
            facts.append(_("Tags: {tags}").format(tags=", ".join(card.tags)))
        out.append(self.styled(self.markup.plain(" \u00b7 ".join(facts)), "card_facts"))
        for arrow in self.arrows_from.get(card.id, []):
            out.append(self.styled(self.markup.plain(arrow_sentence(arrow, self.where)), "card_facts",
                                   label=colon(_("Arrow")), label_font=REGULAR))
        for arrow in self.arrows_to.get(card.id, []):
            source, source_lane = self.where[arrow.source]
            came = _("{card} ({lane}) \u2192 this card").format(card=one_line(source.text),
                                                                  lane=source_lane.display_title)
            if arrow.label:
                came += " \u00b7 " + quoted(one_line(arrow.label, 120), self.journey.language)
            out.append(self.styled(self.markup.plain(came), "card_facts", label=colon(_("From")), label_font=REGULAR))
        return out

    def picture(self, picture: Picture, storyboard: bool) -> list[Block]:
        """The picture at a size to read it on paper, its proportions kept, and its alt text in words."""
        indent = STYLE.digest["card"].indent
        widest = min(self.width - indent, 240.0 if storyboard else 150.0)
        w = widest
        h = w * picture.height / picture.width
        if h > 200.0:
            h, w = 200.0, 200.0 * picture.width / picture.height
        alt = picture.alt or _("no description")
        return [Space(2), PictureDrawing(picture, indent, w, h, self.report), Space(2),
                self.styled(self.markup.plain(_("Picture: {alt}").format(alt=alt)), "card_facts")]

    # personas ----------------------------------------------------------------
    def persona(self, persona: Persona, n: int) -> list[Block]:
        outline = [("personas", _("Personas"), 0)] if n == 0 else []
        outline.append((f"persona-{persona.id}", persona.name or _("Unnamed persona"), 1))
        out: list[Block] = [PageBreak(), StageBand(persona.colour, self.width, outline),
                            self.paragraph(persona.name, "h1")]
        if persona.role:
            out.append(self.paragraph(persona.role, "small"))
        if persona.quote:
            out.append(self.paragraph(quoted(persona.quote, self.journey.language), "quote", ITALIC))
        if persona.bio:
            out.append(self.paragraph(persona.bio))
        for label, items in ((_("Goals"), persona.goals), (_("Needs"), persona.needs), (_("Pains"), persona.pains),
                             (_("Gains"), persona.gains),
                             (_("Channels"), [channel_name(c) for c in persona.channels])):
            if items:
                out += self.listed(label, items)
        em = persona.empathy_map
        if not em.is_empty():
            # the drawn sheet holds every note and the header fields; a list here would say it all twice
            return out + self.empathy_pages(persona)
        if em.designed_by or em.date or em.version:
            out.append(self.paragraph(_("Empathy map"), "h2"))
            head = [x for x in (_("designed by {name}").format(name=em.designed_by) if em.designed_by else "",
                                _("date {date}").format(date=format_date(em.date)) if em.date else "",
                                _("version {version}").format(version=em.version) if em.version else "") if x]
            if head:
                out.append(self.paragraph(" \u00b7 ".join(head), "small"))
        return out

    def empathy_pages(self, persona: Persona) -> list[Block]:
        """The persona's empathy map drawn as on the printed sheet, by the empathy export's own pages."""
        from ..empathy.pages import Request, build_pages

        w, h = self.page
        request = Request(self.journey, persona, persona.empathy_map.style, False, (w, h - MARGIN * 0.75))
        sheets = build_pages(request, self.report)
        key = f"empathy-{persona.id}"
        return [EmpathySheet(sheet, self.report, [(key, _("Empathy map"), 2)] if n == 0 else [])
                for n, sheet in enumerate(sheets)]

    # pain points --------------------------------------------------------------
    def pain_table(self) -> list[Block]:
        """One row per step with pain points: its pains, then its opportunities and ideas once, and owners."""
        journey = self.journey
        pains: dict[str, list[Card]] = {}
        ideas: dict[str, list[Card]] = {}
        owners: dict[str, list[str]] = {}
        for lane in self.lanes:
            for c in lane.cards:
                if lane.kind == LaneKind.PAIN_POINTS:
                    pains.setdefault(c.step, []).append(c)
                elif lane.kind in (LaneKind.OPPORTUNITIES, LaneKind.IDEAS):
                    ideas.setdefault(c.step, []).append(c)
                elif lane.kind == LaneKind.OWNERSHIP and c.text:
                    owners.setdefault(c.step, []).append(c.text)
        steps = [(stage, step) for stage in journey.stages for step in stage.steps if step.id in pains]
        if not steps:
            return []
        header = [[(_("Where"), BOLD, INK)], [(_("Pain points"), BOLD, INK)],
                  [(_("Opportunities"), BOLD, INK)], [(_("Owners"), BOLD, INK)]]
        body: list[list[list[tuple[str, str, str]]]] = []
        plain = self.markup.plain
        for stage, step in steps:
            opp = ideas.get(step.id, [])
            who = [p.owner for p in pains[step.id] if p.owner]
            who += [o.owner for o in opp if o.owner] + owners.get(step.id, [])
            who = list(dict.fromkeys(who))
            bullet = "\u2022 " if len(pains[step.id]) > 1 else ""
            pain_col: list[tuple[str, str, str]] = []
            for pain in pains[step.id]:
                pain_col.append((bullet + plain(pain.text), REGULAR, INK))
                if pain.detail:
                    pain_col.append((plain(pain.detail), REGULAR, MUTED))
            opp_col = [("\u2022 " + (_("{idea} (proposed)").format(idea=plain(o.text))
                                      if o.status == EvidenceStatus.PROPOSED else plain(o.text)), REGULAR, INK)
                       for o in opp]
            body.append([[(plain(f"{stage.name} \u203a {step.name}"), REGULAR, INK)], pain_col,
                         opp_col or [("\u2014", REGULAR, MUTED)],
                         [(plain(", ".join(who)) or "\u2014", REGULAR, INK)]])
        widths = column_widths(self.width, (0.2, 0.33, 0.32, 0.15), [header, *body])
        rows: list[Block] = [TableRow(header, widths, self.report, fill=STYLE.grid.title_column_fill, rtl=self.rtl)]
        rows += [TableRow(cells, widths, self.report, fill=ROW_FILLS[n % 2], rtl=self.rtl)
                 for n, cells in enumerate(body)]
        title = _("Pain points and opportunities")
        head = self.paragraph(title, "h1", outline=[("pains", title, 0)])
        return [PageBreak(), head, Space(4), *rows]


def column_widths(total: float, shares: tuple[float, ...], rows: list[list[list[tuple[str, str, str]]]]) -> list[float]:
    """Columns sharing ``total`` by ``shares``, each at least as wide as its longest word where that fits.

    A long header or name in another language ("Verantwortliche",
    "Produktmanagement") takes room from the wider columns instead of being
    broken in two.
    """
    pad = 2 * TableRow.PAD + 1.0
    need = [max((text_width(word, font, TableRow.SIZE) + pad for row in rows for text, font, _c in row[k]
                 for word in text.split()), default=0.0) for k in range(len(shares))]
    need = [min(n, total * 0.45) for n in need]  # a URL may still break: it never squeezes the rest out
    widths = [total * share for share in shares]
    for _round in range(len(widths)):
        short = [k for k, w in enumerate(widths) if w < need[k] - 1e-6]
        if not short:
            break
        for k in short:
            spare = {j: widths[j] - need[j] for j in range(len(widths)) if j not in short and widths[j] > need[j]}
            room = sum(spare.values())
            take = min(need[k] - widths[k], room)
            for j, extra in spare.items():
                widths[j] -= take * extra / room if room else 0.0
            widths[k] += take
    return widths


Line = tuple[str, str, str, Direction]  #: a wrapped line of a cell: text, face, colour, its paragraph's direction


class TableRow(Block):
    """One row of a table whose cells are wrapped text; a tall row splits between lines.

    ``rtl``: the document reads from the right: the first column is the
    rightmost and each cell's lines are set flush right.
    """

    SIZE, LEADING, PAD = STYLE.digest["table"].size, STYLE.digest["table"].leading, STYLE.page.table_pad

    def __init__(self, cells: list[list[tuple[str, str, str]]], widths: list[float], report: FontReport,
                 fill: str = "#ffffff", lines: list[list[Line]] | None = None, rtl: bool = False) -> None:
        self.cells, self.widths, self.report, self.fill, self.rtl = cells, widths, report, fill, rtl
        if lines is None:
            lines = []
            for cell, w in zip(cells, widths, strict=True):
                col: list[Line] = []
                for text, font, colour in cell:
                    wrapped = wrap(text, font, self.SIZE, w - 2 * self.PAD)
                    way = lines_direction(wrapped)
                    col += [(line, font, colour, way) for line in wrapped]
                lines.append(col)
        self.lines = lines

    def wrap(self, width: float) -> float:
        self.width = sum(self.widths)
        self.height = max(1, max(len(c) for c in self.lines)) * self.LEADING + 2 * self.PAD
        return self.height

    def split(self, width: float, room: float) -> list[Block]:
        fit = int((room - 2 * self.PAD) // self.LEADING)
        if fit <= 0 or fit >= max(len(c) for c in self.lines):
            return []
        return [TableRow(self.cells, self.widths, self.report, self.fill, [c[:fit] for c in self.lines], self.rtl),
                TableRow(self.cells, self.widths, self.report, self.fill, [c[fit:] for c in self.lines], self.rtl)]

    def draw(self, c: Canvas, x: float, top: float) -> None:
        self.wrap(0)
        bottom = top - self.height
        c.setFillColorRGB(*rgb(self.fill))
        c.rect(x, bottom, self.width, self.height, stroke=0, fill=1)
        c.setStrokeColorRGB(*rgb(STYLE.grid.line.colour))
        c.setLineWidth(0.4)
        c.line(x, bottom, x + self.width, bottom)
        t = c.beginText()
        writer = LineWriter(t, self.SIZE)
        left = x + self.width if self.rtl else x
        for col, w in zip(self.lines, self.widths, strict=True):
            if self.rtl:
                left -= w
            y = top - self.PAD - self.SIZE
            for line, font, colour, way in col:
                t.setFillColorRGB(*rgb(colour))
                writer.colour = rgb(colour)
                writer.font = ""  # a new colour: set the font again
                runs = shape(line, font, self.report, way)
                if self.rtl:
                    widths = [run.width(self.SIZE) for run in runs]
                    writer.line(left + w - self.PAD - sum(widths), y, runs, widths)
                else:
                    writer.line(left + self.PAD, y, runs)
                y -= self.LEADING
            if not self.rtl:
                left += w
        c.drawText(t)
        writer.draw_marks(c)


class EmpathySheet(FullPage):
    """One page of a persona's empathy map, drawn by :func:`..export.empathy_pdf.draw_page`."""

    def __init__(self, sheet: Plan, report: FontReport, outline: Outline = ()) -> None:
        super().__init__(outline)
        self.sheet, self.report = sheet, report

    def paint(self, c: Canvas, width: float, height: float) -> None:
        from .empathy_pdf import draw_page

        draw_page(c, self.sheet, self.report)


class StageBand(Drawing):
    """A strip in the stage's (or persona's) colour above its heading, as on the map."""

    def __init__(self, colour: str, width: float, outline: Outline = ()) -> None:
        super().__init__(width, 6.0, outline)
        self.colour = colour

    def paint(self, c: Canvas) -> None:
        c.setFillColorRGB(*rgb(self.colour))
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
