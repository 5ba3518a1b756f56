"""The Comments panel: every thread of the map by object, to read, answer, resolve and reopen.

Threads are listed in the order a reader meets the map (stages, their steps
and cards, then personas), filtered by state (open, resolved, all) and by
person (threads someone started or answered). Clicking a thread shows it in
full below the list and selects its object on the canvas. A new comment is
written in the box that "Add comment…" opens at the top; your own comments can
be corrected (Edit) or taken back (Delete) from the thread. Every edit is one
undo step; the list follows the map's change records, whoever made them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...commands import DeleteComment, DeleteThread, EditComment, Reply, ResolveThread, StartThread
from ...commands.naming import kind_name
from ...i18n import N_, ntr, tr
from ...model import ChangeSet, Comment, CommentThread, find_mentions
from ...model.arrow_text import one_line
from ...model.review import Commented, objects_in_order, people_of, threads_by_object
from ..plain import align_to_its_text, plain_label, tip
from ..session import EditSession
from .thread_text import MUTED, is_mine, thread_html, when

ROLE = Qt.ItemDataRole.UserRole
SHOW = (("open", N_("Open")), ("resolved", N_("Resolved")), ("all", N_("All")))
EVERYONE = ""
#: the change kinds the list shows something of (a thread's words, or its object's name)
WATCHED = ("thread", "comment", "card", "step", "stage", "persona", "map")
HINT = N_("No comments to show.\nRight-click a card, step, stage or persona and choose "
          "Add comment… (Ctrl+Alt+M).")


def _editor(placeholder: str, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(64)
    align_to_its_text(edit)
    return edit


class CommentsPanel(QWidget):
    """``author`` gives the name to sign with, asking if need be (None: the user would not say);
    ``me`` the name known now ("" when none); ``reveal`` shows an object on the canvas."""

    thread_shown = Signal(str)

    def __init__(self, session: EditSession, author: Callable[[], str | None], reveal: Callable[[str], None],
                 me: Callable[[], str] = str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.author, self.reveal, self.me = session, author, reveal, me
        self.current: str | None = None  #: the thread shown in full (it stays shown when the filter hides it)
        self.new_target: str | None = None  #: the object the new-comment box is for
        self.editing: str | None = None  #: the comment of yours the reply box is correcting
        self._refresh_armed = False
        self._stale = False
        self.setObjectName("comments")
        self.setAccessibleName(tr("Comments"))

        self.show_box = QComboBox()
        self.show_box.setAccessibleName(tr("Show threads"))
        for key, label in SHOW:
            self.show_box.addItem(tr(label), key)
        self.person_box = QComboBox()
        self.person_box.setAccessibleName(tr("Threads of"))
        self.person_box.setToolTip(tr("Threads a person started or answered"))
        self.name_button = QToolButton()
        self.name_button.setAccessibleName(tr("Your name"))
        self.name_button.setToolTip(tr("The name your comments are signed with (Preferences)"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Show")))
        filters.addWidget(self.show_box)
        filters.addWidget(QLabel(tr("by")))
        filters.addWidget(self.person_box, 1)
        filters.addWidget(self.name_button)

        self.list = QListWidget()
        self.list.setObjectName("comment-threads")
        self.list.setAccessibleName(tr("Comment threads"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = plain_label(tr(HINT))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED}")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.composer = QFrame()
        self.composer.setFrameShape(QFrame.Shape.StyledPanel)
        self.new_label = plain_label()
        self.new_label.setWordWrap(True)
        self.new_text = _editor(tr("Write a comment… (@name mentions someone)"), tr("New comment"))
        self.post_button = QPushButton(tr("Comment"))
        self.cancel_button = QPushButton(tr("Cancel"))
        box = QVBoxLayout(self.composer)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.new_label)
        box.addWidget(self.new_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.post_button)
        box.addLayout(row)
        self.composer.hide()

        self.detail = QTextBrowser()
        self.detail.setObjectName("comment-thread")
        self.detail.setAccessibleName(tr("Thread"))
        self.detail.setOpenLinks(False)
        self.detail.setOpenExternalLinks(False)
        self.reply_text = _editor(tr("Reply… (@name mentions someone)"), tr("Reply"))
        self.reply_button = QPushButton(tr("Reply"))
        self.resolve_button = QPushButton(tr("Resolve"))
        self.delete_button = QPushButton(tr("Delete Thread"))
        self.resolve_button.setAccessibleName(tr("Resolve or reopen the thread"))
        self.cancel_edit_button = QPushButton(tr("Cancel"))
        self.cancel_edit_button.setAccessibleName(tr("Cancel the edit"))
        self.cancel_edit_button.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.cancel_edit_button)
        actions.addWidget(self.resolve_button)
        actions.addWidget(self.reply_button)
        self.thread_box = QWidget()
        thread_layout = QVBoxLayout(self.thread_box)
        thread_layout.setContentsMargins(0, 0, 0, 0)
        thread_layout.addWidget(self.detail, 1)
        thread_layout.addWidget(self.reply_text)
        thread_layout.addLayout(actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.composer)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.thread_box, 3)
        self.setFocusProxy(self.list)

        self.show_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.person_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemClicked.connect(self._go)
        self.list.itemActivated.connect(self._go)
        self.post_button.clicked.connect(self.post_new)
        self.cancel_button.clicked.connect(self.cancel_new)
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button.clicked.connect(self.delete_thread)
        self.cancel_edit_button.clicked.connect(self.end_edit)
        self.detail.anchorClicked.connect(self._on_link)
        for edit, send in ((self.new_text, self.post_new), (self.reply_text, self.reply)):
            for keys in ("Ctrl+Return", "Ctrl+Enter"):
                QShortcut(QKeySequence(keys), edit, send, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Escape"), self.new_text, self.cancel_new, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Escape"), self.reply_text, self.end_edit, context=Qt.ShortcutContext.WidgetShortcut)
        session.changed.connect(self._on_change)
        self.update_name()
        self.refresh()

    # -- what the list shows -------------------------------------------------------
    @property
    def state(self) -> str:
        return self.show_box.currentData()

    @property
    def person(self) -> str:
        return self.person_box.currentData() or EVERYONE

    def _on_change(self, changes: ChangeSet) -> None:
        if not changes.kinds & set(WATCHED):
            return
        if not self.isVisible():
            self._stale = True  # a hidden panel costs an edit of a big map nothing; it looks again when shown
        elif not self._refresh_armed:
            self._refresh_armed = True
            QTimer.singleShot(0, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _visible(self, thread: CommentThread) -> bool:
        if self.state == "open" and thread.resolved or self.state == "resolved" and not thread.resolved:
            return False
        person = self.person.casefold()
        return not person or any(c.author.casefold() == person for c in thread.comments)

    def refresh(self) -> None:
        """The list again from the map (a few hundred threads at most: cheaper than patching rows)."""
        self._refresh_armed = self._stale = False
        journey = self.session.journey
        self._fill_people()
        groups = threads_by_object(journey, [t for t in journey.threads if self._visible(t)])
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for group in groups:
            for thread in group.threads:
                item = self._row(group, thread)
                self.list.addItem(item)
                if thread.id == self.current:
                    chosen = item
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)
        self.empty.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)
        self.setFocusProxy(self.list if self.list.count() else self.show_box)  # F6 lands on something shown
        if self.current is not None and not any(t.id == self.current for t in journey.threads):
            self.current = None
        if self.new_target is not None and self.new_target not in objects_in_order(journey):
            self.cancel_new()
        self._show_current()

    def _row(self, group: Commented, thread: CommentThread) -> QListWidgetItem:
        first = thread.comments[0] if thread.comments else Comment()
        replies = len(thread.comments) - 1
        facts = [first.author or tr("Someone"), when(first.created)]
        if replies:
            facts.append(ntr("{n} reply", "{n} replies", replies).format(n=replies))
        if thread.resolved:
            facts.append(tr("resolved"))
        head = ("\u2713 " if thread.resolved else "") + group.label
        item = QListWidgetItem(f"{head}\n{' · '.join(facts)}\n{one_line(first.text, 90)}")
        item.setData(ROLE, thread.id)
        item.setToolTip(tip(f"{group.label}\n\n{first.text}"))
        if thread.resolved:
            item.setForeground(QBrush(QColor(MUTED)))
        return item

    def _fill_people(self) -> None:
        people = people_of(self.session.journey, [self.me()])
        if self.person_box.count() and [self.person_box.itemData(k) for k in range(1, self.person_box.count())] == people:
            return
        keep = self.person
        self.person_box.blockSignals(True)
        self.person_box.clear()
        self.person_box.addItem(tr("Everyone"), EVERYONE)
        for name in people:
            self.person_box.addItem(name, name)
        self.person_box.setCurrentIndex(max(0, self.person_box.findData(keep)))
        self.person_box.blockSignals(False)

    def update_name(self) -> None:
        name = self.me()
        self.name_button.setText(tr("You: {name}").format(name=name) if name else tr("Your name…"))

    # -- one thread in full ------------------------------------------------------------
    def _on_current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is not None:
            if item.data(ROLE) != self.current:
                self.end_edit()
            self.current = item.data(ROLE)
            self._show_current()

    def _go(self, item: QListWidgetItem) -> None:
        """A click (or Enter) on a thread: show it, and its object selected on the canvas."""
        self._on_current(item)
        thread = self._thread(self.current)
        if thread is not None:
            self.reveal(thread.target)

    def _thread(self, thread_id: str | None) -> CommentThread | None:
        return next((t for t in self.session.journey.threads if t.id == thread_id), None)

    def _show_current(self) -> None:
        thread = self._thread(self.current)
        self.thread_box.setVisible(thread is not None)
        if thread is None:
            self.detail.setHtml("")
            self.resolve_button.setText(tr("Resolve"))
            return
        label = objects_in_order(self.session.journey).get(thread.target)
        self.detail.setHtml(thread_html(label.label if label else thread.target, thread, self.me()))
        if self.editing is not None and not any(c.id == self.editing for c in thread.comments):
            self.end_edit()  # the comment being corrected was deleted (here, by undo, or by a colleague)
        self.resolve_button.setText(tr("Reopen") if thread.resolved else tr("Resolve"))
        self.thread_shown.emit(thread.id)

    def show_thread(self, thread_id: str) -> None:
        """Show a thread in full and selected in the list (the filter widened if it hid it)."""
        thread = self._thread(thread_id)
        if thread is None:
            return
        self.current = thread_id
        if not self._visible(thread):
            self.person_box.setCurrentIndex(0)
            self.show_box.setCurrentIndex(self.show_box.findData("all"))
        self.refresh()

    def show_threads_on(self, target_id: str) -> None:
        """Show the threads of one object: its first open thread (else its first) in full."""
        threads = [t for t in self.session.journey.threads if t.target == target_id]
        if threads:
            self.show_thread(next((t for t in threads if not t.resolved), threads[0]).id)

    # -- edits: each one undo step ---------------------------------------------------------
    def start_thread(self, target_id: str) -> None:
        """Open the new-comment box for an object, the cursor in it."""
        label = objects_in_order(self.session.journey).get(target_id)
        if label is None:
            return
        self.new_target = target_id
        self.new_label.setText(tr("New comment on {target}").format(target=label.label))
        self.composer.show()
        self.new_text.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_new(self) -> None:
        self.new_target = None
        self.new_text.clear()
        self.composer.hide()

    def _comment(self, text: str) -> Comment | None:
        author = self.author()
        if author is None:
            return None
        people = people_of(self.session.journey, [author])
        return Comment(author=author, text=text, mentions=find_mentions(text, people))

    def post_new(self) -> str | None:
        """Start the thread written in the new-comment box; returns its id."""
        text = self.new_text.toPlainText().strip()
        if not text or self.new_target is None:
            return None
        comment = self._comment(text)
        if comment is None:
            return None
        thread = CommentThread(target=self.new_target, comments=[comment])
        if not self.session.push(StartThread(self.session.document, thread,
                                                           tr("Comment on {what}").format(what=self._named(thread)))):
            return None
        self.cancel_new()
        self.show_thread(thread.id)
        return thread.id

    def reply(self) -> None:
        if self.editing is not None:
            self.save_edit()
            return
        text = self.reply_text.toPlainText().strip()
        if not text or self._thread(self.current) is None:
            return
        comment = self._comment(text)
        thread = self._thread(self.current)
        if comment is not None and thread is not None and self.session.push(
                Reply(self.session.document, thread.id, comment,
                      tr("Reply on {what}").format(what=self._named(thread)))):
            self.reply_text.clear()
            self.refresh()

    def _named(self, thread: CommentThread) -> str:
        """What a thread is on, short, for the undo history: "card ‘Sponsored post with a 15%…’"."""
        group = objects_in_order(self.session.journey).get(thread.target)
        if group is None:
            return tr("a removed object")
        name = group.name if len(group.name) <= 30 else group.name[:29].rstrip() + "…"
        return f"{kind_name(group.kind)} ‘{name}’"

    def toggle_resolved(self) -> None:
        thread = self._thread(self.current)
        if thread is None:
            return
        by = "" if thread.resolved else (self.author() or "")
        self.session.push(ResolveThread(self.session.document, thread.id, not thread.resolved, by=by))
        self.refresh()

    def delete_thread(self) -> None:
        if self._thread(self.current) is not None:
            self.session.push(DeleteThread(self.session.document, self.current))
            self.refresh()

    # -- your own comments: correct or take back -------------------------------------------
    def _on_link(self, url: QUrl) -> None:
        """The thread's "Edit" and "Delete" links (shown on your own comments only)."""
        action, comment_id = url.scheme(), url.path()
        if action == "edit":
            self.start_edit(comment_id)
        elif action == "delete":
            self.delete_comment(comment_id)

    def _own(self, comment_id: str) -> tuple[CommentThread, Comment] | None:
        """The current thread's comment ``comment_id`` if you wrote it."""
        thread = self._thread(self.current)
        comment = next((c for c in thread.comments if c.id == comment_id), None) if thread else None
        if thread is None or comment is None or not is_mine(comment, self.me()):
            return None
        return thread, comment

    def start_edit(self, comment_id: str) -> None:
        """Your comment's words in the reply box, to correct; Save Edit (Ctrl+Enter) or Cancel (Escape)."""
        own = self._own(comment_id)
        if own is None:
            return
        self.editing = comment_id
        self.reply_text.setPlainText(own[1].text)
        self.reply_button.setText(tr("Save Edit"))
        self.cancel_edit_button.show()
        self.reply_text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reply_text.selectAll()

    def end_edit(self) -> None:
        if self.editing is None:
            return
        self.editing = None
        self.reply_text.clear()
        self.reply_button.setText(tr("Reply"))
        self.cancel_edit_button.hide()

    def save_edit(self) -> None:
        """The corrected words, one undo step; mentions found again. Empty words change nothing."""
        own = self._own(self.editing or "")
        text = self.reply_text.toPlainText().strip()
        if own is None or not text:
            return
        thread, comment = own
        if text != comment.text:
            people = people_of(self.session.journey, [self.me()])
            self.session.push(EditComment(self.session.document, comment.id, text, find_mentions(text, people),
                                          text=tr("Edit comment on {what}").format(what=self._named(thread))))
        self.end_edit()
        self.refresh()

    def delete_comment(self, comment_id: str) -> None:
        """Take back one of your comments (the whole thread when it was its only one); undo brings it back."""
        own = self._own(comment_id)
        if own is None:
            return
        if self.editing == comment_id:
            self.end_edit()
        self.session.push(DeleteComment(self.session.document, comment_id,
                                        tr("Delete comment on {what}").format(what=self._named(own[0]))))
        self.refresh()
