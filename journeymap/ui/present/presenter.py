"""The presenter view on the laptop: this slide, the next one, the stage's notes and a timer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QWidget

from ...export.qt_fonts import bundled_family
from ...i18n import tr
from ...layout.bidi import paragraph_direction
from .ops import Slide
from .render import play
from .theme import OVERLAY, OVERLAY_INK

if TYPE_CHECKING:
    from .window import PresentationWindow


def elapsed_text(ms: int) -> str:
    seconds = ms // 1000
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def now_text(slide: Slide, index: int, count: int) -> str:
    """One line: where the room is, and how far through the deck ("... part 1 of 2 · slide 2 of 20")."""
    return tr("Now: {slide} \u00b7 slide {n} of {count}").format(slide=slide.label, n=index + 1, count=count)


class PresenterView(QWidget):
    """Mirrors the presentation; keys pressed here drive it too."""

    def __init__(self, presentation: PresentationWindow) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.presentation = presentation
        self.setWindowTitle(tr("Presenter view"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clock = QElapsedTimer()
        self.clock.start()
        self._tick = QTimer(self)
        self._tick.timeout.connect(self.update)
        self._tick.start(1000)
        self.resize(1280, 800)
        self.labels: list[str] = []  # the headings of the last paint, for tests and screen readers


    def show_on(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.availableGeometry())
        self.showMaximized()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.presentation.handle_key(event)

    def event(self, event: QEvent) -> bool:
        """Tab drives the voting focus of the presentation, not this window's focus chain."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return self.presentation.event(event)
        return super().event(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.presentation.presenter is self:
            self.presentation.presenter = None
        self._tick.stop()
        super().closeEvent(event)

    def _font(self, px: int, bold: bool = False) -> QFont:
        font = QFont(bundled_family())
        font.setPixelSize(px)
        font.setBold(bold)
        return font

    def _thumbnail(self, painter: QPainter, slide: Slide | None, rect: QRectF, label: str,
                   current: bool = False) -> None:
        self.labels.append(label)
        painter.setFont(self._font(max(14, round(self.height() / 40)), True))
        painter.setPen(QColor(OVERLAY_INK))
        painter.drawText(QRectF(rect.x(), rect.y() - self.height() / 22, rect.width(), self.height() / 24),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        palette = self.presentation.palette
        painter.fillRect(rect, QColor(palette.paper) if slide is not None else QColor("#333333"))
        if slide is None:
            return
        w, h = self.presentation._deck_size
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / w, rect.height() / h)
        painter.setClipRect(QRectF(0, 0, w, h))
        backdrop = play(painter, slide.ops, None, self.presentation.hidden_personas(), palette)
        if current:  # what the room sees over the slide, and the notes from the room for your eyes only
            room = self.presentation.room
            play(painter, room.overlay_ops(self.presentation.sizes, for_presenter=True), None, palette=palette,
                 backdrop=backdrop)
        painter.restore()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = self.presentation
        painter = QPainter(self)
        self.labels = []
        painter.fillRect(self.rect(), QColor(OVERLAY))
        slides = p.slides
        w, h = p._deck_size
        margin = self.height() / 20
        big_w = self.width() * 0.58
        big = QRectF(margin, margin * 1.5, big_w, big_w * h / w)
        small_w = self.width() - big_w - 3 * margin
        small = QRectF(big.right() + margin, margin * 1.5, small_w, small_w * h / w)
        current = slides[p.index]
        nxt = slides[p.index + 1] if p.index + 1 < len(slides) else None
        self._thumbnail(painter, current, big, now_text(current, p.index, len(slides)), current=True)
        self._thumbnail(painter, nxt, small, tr("Next: {slide}").format(slide=nxt.label) if nxt
                        else tr("End of the presentation"))
        painter.setPen(QColor(OVERLAY_INK))
        painter.setFont(self._font(max(24, round(self.height() / 12)), True))
        timer_rect = QRectF(small.x(), small.bottom() + margin, small.width(), self.height() / 9)
        painter.drawText(timer_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         elapsed_text(self.clock.elapsed()))
        state = [s for s, on in ((tr("BLANK"), p.blanked), (tr("Voting"), p.voting), (tr("Spotlight"), p.spotlight),
                                 (tr("Stage {number}\u2026").format(number=p.typed_number), p.typed_number)) if on]
        painter.setFont(self._font(max(14, round(self.height() / 36))))
        painter.drawText(QRectF(small.x(), timer_rect.bottom(), small.width(), self.height() / 18),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "  ".join(state))
        title, notes = p.notes_for(current)
        notes_rect = QRectF(margin, big.bottom() + margin, big.width(), self.height() - big.bottom() - 2 * margin)
        painter.setFont(self._font(max(16, round(self.height() / 32)), True))
        painter.drawText(notes_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, tr("Notes: {title}").format(title=title))
        painter.setFont(self._font(max(16, round(self.height() / 32))))
        body = notes_rect.adjusted(0, self.height() / 20, 0, 0)
        if notes:  # the facilitator's notes are the map's words: their own direction, not the editor's
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if paragraph_direction(notes) == "rtl"
                                       else Qt.LayoutDirection.LeftToRight)
        painter.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         notes or tr("No notes for this slide."))
        painter.end()


__all__ = ["PresenterView", "elapsed_text", "now_text"]
