"""Autosave timing for one open document: when to write, and writing off the GUI thread.

The window owns one :class:`AutosaveController` per document. It asks the
window for a snapshot (bytes, file path, title) on the GUI thread, which is
cheap (serialising even a 3,000-card map takes milliseconds), and hands the
disk work (write, fsync, rename) to one worker thread, so a slow or stalled
disk never freezes the editor. One worker per document keeps the writes in
order: an older snapshot can never land after a newer one, and a discard
queued after a write always wins.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from ..i18n import tr
from ..io import autosave
from ..io.autosave import FileStamp
from ..io.errors import SaveError

#: (document bytes as Save would write them, the file's path or None if untitled, a title)
Snapshot = tuple[bytes, Path | None, str]

IDLE_MS = 2_000
MAX_INTERVAL_MS = 30_000


class AutosaveController(QObject):
    """Writes a document's autosave 2 s after the last change, and at least every 30 s while dirty.

    Wire it as: ``changed`` (any edit) -> :meth:`mark_dirty`; ``QUndoStack.cleanChanged``
    -> :meth:`set_clean`; after a successful save -> :meth:`on_saved`; on "Don't Save"
    or closing -> :meth:`on_discarded` then :meth:`shutdown`.
    """

    #: An autosave reached the disk (its key).
    written = Signal(str)
    #: An autosave could not be written (a message for the status bar); it is retried.
    failed = Signal(str)
    _finished = Signal(object)

    def __init__(
        self,
        snapshot: Callable[[], Snapshot],
        changed: SignalInstance | None = None,
        parent: QObject | None = None,
        *,
        path: Path | str | None = None,
        key: str | None = None,
        idle_ms: int = IDLE_MS,
        max_interval_ms: int = MAX_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._path = Path(path).resolve() if path is not None else None
        self._key = key or autosave.key_for(self._path)
        self.opened_stamp = FileStamp.of(self._path)
        self._dirty = False
        self.marks = 0  # edits reported, one per undo step (the tests check it is not two)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._idle = QTimer(self, singleShot=True, interval=idle_ms)
        self._idle.timeout.connect(self.write_now)
        self._deadline = QTimer(self, singleShot=True, interval=max_interval_ms)
        self._deadline.timeout.connect(self.write_now)
        self._finished.connect(self._report)
        if changed is not None:
            changed.connect(self.mark_dirty)

    def set_schedule(self, idle_ms: int, max_interval_ms: int) -> None:
        """Change the idle delay and the deadline (the reliability scripts run a faster clock)."""
        self._idle.setInterval(idle_ms)
        self._deadline.setInterval(max_interval_ms)

    # -- what the window tells it ------------------------------------------------
    @property
    def key(self) -> str:
        return self._key

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self, *_args: object) -> None:
        """An edit happened: write after a quiet moment, and no later than the deadline."""
        self._dirty = True
        self.marks += 1
        self._idle.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def set_clean(self, clean: bool) -> None:
        """For ``QUndoStack.cleanChanged``: back at the saved state means no autosave is needed."""
        if clean:
            self.on_discarded()
        # Leaving the clean state is an edit (or an undo), which ``changed`` reports already: one mark per edit.

    def on_saved(self, path: Path | str | None = None) -> None:
        """The document was saved (to ``path`` after Save As): its autosave is not needed."""
        self._stop()
        self._submit(autosave.discard, self._key)
        if path is not None:
            self._path = Path(path).resolve()
            self._key = autosave.key_for(self._path)
            self._submit(autosave.discard, self._key)
        self.opened_stamp = FileStamp.of(self._path)

    def on_discarded(self) -> None:
        """The user threw the changes away (Don't Save, Revert): remove the autosave."""
        self._stop()
        self._submit(autosave.discard, self._key)

    def adopt(self, key: str) -> None:
        """Continue the autosave a recovered document came from (so a new crash keeps it)."""
        if key != self._key:
            self._submit(autosave.discard, self._key)
        self._key = key

    def file_changed_on_disk(self) -> bool:
        """Another program saved over the file since it was opened or last saved here."""
        if self._path is None or self.opened_stamp is None:
            return False
        return FileStamp.of(self._path) != self.opened_stamp

    def write_now(self) -> None:
        """Snapshot the document here (GUI thread) and write it on the worker."""
        if not self._dirty:
            return
        self._stop()
        data, path, title = self._snapshot()
        resolved = Path(path).resolve() if path is not None else None
        if resolved != self._path:  # Save As elsewhere, or first save of an untitled map
            self._submit(autosave.discard, self._key)
            self._path = resolved
            self._key = autosave.key_for(resolved)
        self._dirty = False
        self._submit(autosave.write, self._key, data, self._path, title, self.opened_stamp)

    def wait(self, timeout: float | None = 10.0) -> bool:
        """Block until queued writes and discards are done (tests, and just before quitting)."""
        done = threading.Event()
        self._pool.submit(done.set)
        return done.wait(timeout)

    def shutdown(self) -> None:
        """Stop the timers and finish queued disk work; the window calls this when the document closes."""
        self._stop()
        self._pool.shutdown(wait=True)

    # -- inside ------------------------------------------------------------------
    def _stop(self) -> None:
        self._idle.stop()
        self._deadline.stop()

    def _submit(self, job: Callable[..., object], *args: object) -> None:
        def run() -> None:
            try:
                job(*args)
            except SaveError as e:
                self._finished.emit(e)
            except OSError as e:
                self._finished.emit(SaveError(autosave.autosave_dir(), e.strerror or str(e)))
            else:
                if job is autosave.write:
                    self._finished.emit(args[0])

        self._pool.submit(run)

    def _report(self, outcome: object) -> None:
        if isinstance(outcome, SaveError):
            self._dirty = True  # try again at the next deadline
            if not self._deadline.isActive():
                self._deadline.start()
            self.failed.emit(tr("Autosave failed: {reason}").format(reason=outcome.reason))
        else:
            self.written.emit(str(outcome))
