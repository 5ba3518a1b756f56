"""What the facilitator lays over a slide: spotlight, the voting tag, the help card (notes never: see notes_window)."""

from __future__ import annotations

from ...i18n import N_, _, tr
from ...layout import Rect
from ...model import Card, JourneyMap, Lane, channel_name
from ...model.kinds import EvidenceStatus
from .cards import card_fill, card_ink, vote_ops
from .ops import BoxOp, Op, PictureOp
from .text import block_height, clip_lines, measure, place, wrap_lines
from .theme import FOCUS, INK, LEADING, OVERLAY, OVERLAY_INK, PAPER, Sizes

DIM = "#b3000000"  # black at 70%: the slide recedes behind a spotlight


def _where(journey: JourneyMap, card: Card) -> str:
    for stage in journey.stages:
        for step in stage.steps:
            if step.id == card.step:
                return f"{stage.name} \u00b7 {step.name}"
    return ""


def spotlight_ops(journey: JourneyMap, card: Card, lane: Lane, s: Sizes) -> tuple[list[Op], Rect]:
    """The card enlarged in the middle of the screen with everything it says."""
    big = max(s.card, round(s.height / 22))
    w = min(s.width - 4 * s.margin, big * 30)
    inner = w - 4 * s.pad
    fill = card_fill(card, lane)
    ink = card_ink(fill)
    head = clip_lines(wrap_lines(f"{lane.display_title} \u00b7 {_where(journey, card)}", s.small, inner, "bold"),
                      2, s.small, inner, "bold")
    details = []
    if card.channel:
        details.append(_("Channel: {channel}").format(channel=channel_name(card.channel)))
    if card.owner:
        details.append(_("Owner: {owner}").format(owner=card.owner))
    details.append(_("Status: {status}").format(status=_(STATUS_NAMES[card.status])))
    if card.tags:
        details.append(_("Tags: {tags}").format(tags=", ".join(card.tags)))
    if card.picture is not None and card.picture.alt:
        details.append(_("Picture: {alt}").format(alt=card.picture.alt))
    detail_lines = [ln for d in details for ln in wrap_lines(d, s.small, inner)]
    max_h = s.height - 2 * s.margin
    picture = None
    if card.picture is not None:  # as large as the middle of the screen allows, its proportions kept
        ratio = card.picture.height / card.picture.width
        pw, ph = inner, inner * ratio
        if ph > s.height * 0.45:
            ph, pw = s.height * 0.45, s.height * 0.45 / ratio
        picture = (pw, ph)
    fixed = 4 * s.pad + block_height(len(head), s.small) + block_height(len(detail_lines), s.small) \
        + s.small * LEADING + 2 * s.pad + (picture[1] + s.pad if picture else 0.0)
    text = wrap_lines(card.text or _("(empty card)"), big, inner)
    more = wrap_lines(card.detail, s.card, inner)
    room = max_h - fixed
    text = clip_lines(text, max(1, int(room // (big * LEADING))), big, inner)
    room -= block_height(len(text), big)
    more = clip_lines(more, max(0, int((room - s.pad) // (s.card * LEADING))), s.card, inner)
    h = fixed + block_height(len(text), big) + (block_height(len(more), s.card) + s.pad if more else 0)
    rect = Rect((s.width - w) / 2, (s.height - h) / 2, w, h)
    ops: list[Op] = [BoxOp(Rect(0, 0, s.width, s.height), DIM),
                     BoxOp(rect, fill, INK, s.line * 3, radius=s.pad)]
    x = rect.x + 2 * s.pad
    t, y = place(head, x, rect.y + 2 * s.pad, s.small, "bold", ink)
    ops.extend(t)
    if picture is not None and card.picture is not None:
        ops.append(PictureOp(Rect(x + (inner - picture[0]) / 2, y + s.pad, picture[0], picture[1]), card.picture))
        y += s.pad + picture[1]
    t, y = place(text, x, y + s.pad, big, colour=ink)
    ops.extend(t)
    if more:
        t, y = place(more, x, y + s.pad, s.card, colour=ink)
        ops.extend(t)
    t, y = place(detail_lines, x, y + s.pad, s.small, colour=ink)
    ops.extend(t)
    ops.extend(vote_ops(card.votes, x, y, s, ink))
    return ops, rect


def focus_ops(rect: Rect, s: Sizes) -> list[Op]:
    d = s.line * 3
    return [BoxOp(Rect(rect.x - d, rect.y - d, rect.w + 2 * d, rect.h + 2 * d), None, FOCUS, s.line * 4,
                  radius=s.pad)]


def bar_ops(lines: list[str], s: Sizes, *, top: bool = False) -> list[Op]:
    """A dark band across the bottom (or top) of the screen with white text."""
    width = s.width - 2 * s.margin
    wrapped = [w for line in lines for w in wrap_lines(line, s.small, width)]
    h = block_height(len(wrapped), s.small) + 2 * s.pad
    y = 0 if top else s.height - h
    ops: list[Op] = [BoxOp(Rect(0, y, s.width, h), OVERLAY)]
    ops.extend(place(wrapped, s.margin, y + s.pad, s.small, colour=OVERLAY_INK)[0])
    return ops


def voting_ops(s: Sizes) -> list[Op]:
    """A dark 'Voting on' tag at the top right, beside the page counter, so the room knows clicks count."""
    label = "\u25cf " + _("Voting on")
    w = measure(label, s.small, "bold") + 2 * s.pad
    h = s.small * LEADING + s.pad * 0.6
    right = s.width - s.margin - counter_width(s)
    rect = Rect(right - w, s.margin - s.pad * 0.3, w, h)
    ops: list[Op] = [BoxOp(rect, OVERLAY, radius=h / 2)]
    ops.extend(place([label], rect.x + s.pad, rect.y + s.pad * 0.3, s.small, "bold", OVERLAY_INK)[0])
    return ops


def counter_width(s: Sizes) -> float:
    """Room kept at the top right for the page counter ('2 of 4')."""
    return measure(_("{page} of {pages}").format(page=88, pages=88), s.small) + s.gap


#: a card's evidence status as the spotlight names it (on the wall: the map's language)
STATUS_NAMES = {EvidenceStatus.OBSERVED: N_("Observed"), EvidenceStatus.ASSUMED: N_("Assumed"),
                EvidenceStatus.PROPOSED: N_("Proposed")}

#: the keys card (H): what the facilitator can do; shown in the editor's language
HELP = (
    (N_("\u2192  \u2193  Page Down  Space  Enter"), N_("next slide")),
    (N_("\u2190  \u2191  Page Up  Backspace"), N_("previous slide")),
    (N_("Home  End"), N_("first slide, results")),
    (N_("Stage number"), N_("jump to that stage (type 1 2 for 12)")),
    (N_("B"), N_("blank the screen")),
    (N_("P"), N_("reveal persona curves one by one")),
    (N_("N"), N_("your notes, in a window of their own")),
    (N_("V"), N_("dot voting on or off")),
    (N_("T"), N_("light or dark theme")),
    (N_("W"), N_("the workshop view: lanes and how much of their cards")),
    (N_("Click a card"), N_("spotlight; while voting: +1 vote")),
    (N_("Shift-click"), N_("while voting: \u22121 vote")),
    (N_("Tab  +  \u2212"), N_("while voting: pick a card, vote")),
    (N_("Ctrl+Z"), N_("undo a vote")),
    (N_("R  Shift+R"), N_("the room: join slide, close it")),
    (N_("D"), N_("room dot voting: start, then reveal")),
    (N_("Q  E"), N_("notes from the room, emotion check")),
    (N_("Esc"), N_("close the spotlight, or leave")),
)


def help_ops(s: Sizes) -> list[Op]:
    rows = [(tr(keys), tr(what)) for keys, what in HELP]  # the facilitator's card: the editor's language
    keys_w = max(measure(k, s.card, "bold") for k, _w in rows) + s.margin
    w = min(s.width - 2 * s.margin, keys_w + max(measure(v, s.card) for _k, v in rows) + 4 * s.pad)
    h = block_height(len(HELP), s.card) + block_height(1, s.step) + 5 * s.pad
    rect = Rect((s.width - w) / 2, (s.height - h) / 2, w, h)
    ops: list[Op] = [BoxOp(Rect(0, 0, s.width, s.height), DIM), BoxOp(rect, PAPER, INK, s.line * 3, radius=s.pad)]
    x = rect.x + 2 * s.pad
    t, y = place([tr("Keys")], x, rect.y + 2 * s.pad, s.step, "bold")
    ops.extend(t)
    y += s.pad
    for keys, what in rows:
        ops.extend(place([keys], x, y, s.card, "bold")[0])
        t, y = place([what], x + keys_w, y, s.card)
        ops.extend(t)
    return ops
