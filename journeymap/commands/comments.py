"""Comments and review as undo steps: start a thread, reply, edit, resolve, reopen, delete.

Each command calls the Document only; undo gives back the identical map.
"""

from __future__ import annotations

from datetime import datetime

from ..i18n import N_, tr
from ..model import Comment, CommentThread, Document, Removal, now
from .base import DocumentCommand


class StartThread(DocumentCommand):
    """Start a comment thread on a card, step, stage or persona, with its first comment."""

    def __init__(self, document: Document, thread: CommentThread, text: str = N_("Add comment")) -> None:
        super().__init__(document, text)
        self.thread = thread

    def redo(self) -> None:
        self.document.add_thread(self.thread.model_copy(deep=True))

    def undo(self) -> None:
        self.document.remove_thread(self.thread.id)


class Reply(DocumentCommand):
    """Add a reply at the end of a thread."""

    def __init__(self, document: Document, thread_id: str, comment: Comment, text: str = N_("Reply")) -> None:
        super().__init__(document, text)
        self.thread_id, self.comment = thread_id, comment

    def redo(self) -> None:
        self.document.add_comment(self.thread_id, self.comment.model_copy(deep=True))

    def undo(self) -> None:
        self.document.remove_comment(self.comment.id)


class EditComment(DocumentCommand):
    """Change a comment's words (and so its mentions); it is marked edited."""

    def __init__(self, document: Document, comment_id: str, new_text: str, mentions: list[str],
                 when: datetime | None = None, text: str = N_("Edit comment")) -> None:
        super().__init__(document, text)
        self.comment_id = comment_id
        self.new = {"text": new_text, "mentions": list(mentions), "edited": when or now()}
        self.old: dict | None = None

    def redo(self) -> None:
        old = self.document.set_fields(self.comment_id, self.new)
        if self.old is None:
            self.old = old
            if "text" not in old and "mentions" not in old:
                self.setObsolete(True)

    def undo(self) -> None:
        if self.old:
            self.document.set_fields(self.comment_id, self.old)


class ResolveThread(DocumentCommand):
    """Resolve a thread (``resolved=True``, by whom and when) or reopen it."""

    def __init__(self, document: Document, thread_id: str, resolved: bool, by: str = "",
                 when: datetime | None = None) -> None:
        super().__init__(document, tr("Resolve comment") if resolved else tr("Reopen comment"))
        self.thread_id = thread_id
        if resolved:
            self.new = {"resolved": True, "resolved_by": by, "resolved_at": when or now()}
        else:
            self.new = {"resolved": False, "resolved_by": "", "resolved_at": None}
        self.old: dict | None = None

    def redo(self) -> None:
        old = self.document.set_fields(self.thread_id, self.new)
        if self.old is None:
            self.old = old
            if "resolved" not in old:
                self.setObsolete(True)

    def undo(self) -> None:
        if self.old:
            self.document.set_fields(self.thread_id, self.old)


class DeleteComment(DocumentCommand):
    """Delete a reply; deleting a thread's only comment deletes the thread."""

    def __init__(self, document: Document, comment_id: str, text: str = N_("Delete comment")) -> None:
        super().__init__(document, text)
        self.comment_id = comment_id
        self.removal: Removal | None = None

    def redo(self) -> None:
        if self.removal is not None:
            self.document.take(self.removal)
            return
        thread_id = self.document.parent_id(self.comment_id)
        assert thread_id is not None
        if len(self.document.thread(thread_id).comments) == 1:
            self.removal = self.document.remove_thread(thread_id)
        else:
            self.removal = self.document.remove_comment(self.comment_id)

    def undo(self) -> None:
        assert self.removal is not None
        self.document.restore(self.removal)


class DeleteThread(DocumentCommand):
    def __init__(self, document: Document, thread_id: str, text: str = N_("Delete thread")) -> None:
        super().__init__(document, text)
        self.thread_id = thread_id
        self.removal: Removal | None = None

    def redo(self) -> None:
        if self.removal is None:
            self.removal = self.document.remove_thread(self.thread_id)
        else:
            self.document.take(self.removal)

    def undo(self) -> None:
        assert self.removal is not None
        self.document.restore(self.removal)
