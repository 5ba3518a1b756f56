"""The two-way binding of a Document to a shared Yjs document (pycrdt).

Local edits: every change record the Document emits is written to the shared
document (one Yjs transaction per :meth:`MapBinding.local_edit`, or per change
outside one). Remote updates: checked by the :class:`UpdateGate`, applied,
projected (:mod:`.projection`) and brought into the Document with ordinary
operations marked with :data:`REMOTE` as their origin, so the editor redraws
them through the same change records and keeps them off its own undo stack.

Personal undo is Yjs's UndoManager, tracking only this replica's own
transactions: :meth:`MapBinding.undo` reverts the user's last edit, never a
colleague's, and the result goes through the projection, so it is always a
valid map. Its changes carry :data:`PERSONAL_UNDO` as their origin.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from pycrdt import Doc, Subscription, UndoManager

from ..model import Change, Document
from .assemble import CollabError, build_journey
from .clocks import may_have_integrated_late
from .gate import UpdateGate
from .projection import Shape, project
from .reconcile import Reconciler
from .shape import KIND_OF_ROOT, LISTS_ROOT, MAP_ROOT, ROOT_OF
from .state import LayoutError, SharedState, roots, shared_doc, without_gc
from .touched import Touched, TouchRecorder
from .writer import SharedWriter

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CollabOrigin:
    """Who initiated a change that reached the Document through the binding."""

    name: str

    def __repr__(self) -> str:
        return f"<{self.name}>"


#: Change records of a co-editor's edit carry this origin.
REMOTE = CollabOrigin("remote co-editor")
#: Change records of a personal undo or redo (Ctrl+Z while co-editing) carry this origin.
PERSONAL_UNDO = CollabOrigin("personal undo")

_REMOTE_TXN = "journeymap:remote"
_SEED_TXN = "journeymap:seed"
#: Any transaction this far apart in (synthetic) time is its own undo step.
_STEP_GAP_MS = 1_000_000


@contextmanager
def _collector_resting() -> Iterator[None]:
    """Python's cycle collector paused (as the editor does while its first window is built)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class MapBinding:
    """Keeps one Document and one shared Yjs document equal, both ways."""

    def __init__(self, document: Document, ydoc: Doc, state: SharedState, *, causal: bool = True) -> None:
        """``causal``: updates arrive in an order where each comes after those it builds on, as a
        room's server sends them. Pass False for a transport that may reorder (a mesh of peers):
        every update then re-reads the whole shared state, which is always right but slower.

        ``ydoc`` should come from :func:`.state.shared_doc` (garbage collection off, which the
        UndoManager needs to be memory-safe); any other document is copied into one first, so
        read the binding's ``ydoc``, not the one passed in."""
        self.document = document
        self.causal = causal
        self.ydoc = ydoc = without_gc(ydoc)
        self.state = state
        self.refused: list[str] = []
        #: Asked before a local change made outside :meth:`local_edit` is written: True joins it to the
        #: previous undo step (the rest of one user edit, typing on in one field). Set by the editor.
        self.joins: Callable[[Change], bool] | None = None
        self.on_refused: Callable[[str], None] | None = None
        self._roots = roots(ydoc)
        self._writer = SharedWriter(ydoc)
        self._gate = UpdateGate(ydoc)
        self._recorder = TouchRecorder(self._roots)
        self._local = f"journeymap:local:{ydoc.client_id}"
        self._clock = 0
        self._depth = 0
        self._applying = False
        self._receiving = False
        self._waiting = False
        self._update_listeners: list[Callable[[bytes], None]] = []
        self.undo_manager = UndoManager(scopes=list(self._roots.values()), capture_timeout_millis=500,
                                        timestamp=lambda: self._clock)
        self.undo_manager.include_origin(self._local)
        self._doc_subscription: Subscription = ydoc.observe(self._after_transaction)
        document.subscribe(self._on_change)

    # -- making one ----------------------------------------------------------------
    @classmethod
    def share(cls, document: Document, client_id: int | None = None, *, causal: bool = True) -> MapBinding:
        """Bind ``document`` to a new shared document holding its map (what "Share live" starts)."""
        ydoc = shared_doc(client_id)
        roots(ydoc)
        with ydoc.transaction(origin=_SEED_TXN):
            SharedWriter(ydoc).write_map(document.journey)
        state = SharedState()
        state.read_all(ydoc)
        return cls(document, ydoc, state, causal=causal)

    @classmethod
    def join(cls, ydoc: Doc, *, causal: bool = True) -> MapBinding:
        """A Document for the map a shared document holds (what joining a room ends with)."""
        ydoc = without_gc(ydoc)
        roots(ydoc)
        state = SharedState()
        with _collector_resting():  # the ~100,000 objects made here last as long as the map: none to collect
            try:
                journey = state.read_all(ydoc)
            except LayoutError as e:
                raise CollabError(str(e)) from None
            if journey is None:
                raise CollabError("the shared map is empty: nobody has shared a map into this room yet")
            return cls(Document(journey), ydoc, state, causal=causal)

    def close(self) -> None:
        """Stop following the Document and the shared document (leaving a room keeps the local map)."""
        self.document.unsubscribe(self._on_change)
        self.ydoc.unobserve(self._doc_subscription)
        self._recorder.close()

    # -- local edits -----------------------------------------------------------------
    @contextmanager
    def local_edit(self, merge: bool = False) -> Iterator[None]:
        """Write every change made inside as one Yjs transaction: one step of personal undo.

        ``merge=True`` joins it to the previous step (typing in one field).
        """
        if self._depth == 0 and not merge:
            self._clock += _STEP_GAP_MS
        self._depth += 1
        try:
            with self.ydoc.transaction(origin=self._local):
                yield
        finally:
            self._depth -= 1
        if self._depth == 0:
            self._settle(None)

    def _on_change(self, change: Change) -> None:
        if self._applying or isinstance(change.origin, CollabOrigin):
            return
        if self._depth:
            self._writer.write(self.document, change)
            return
        with self.local_edit(merge=self.joins is not None and self.joins(change)):
            self._writer.write(self.document, change)

    # -- personal undo -------------------------------------------------------------------
    def can_undo(self) -> bool:
        return self.undo_manager.can_undo()

    def can_redo(self) -> bool:
        return self.undo_manager.can_redo()

    def undo_steps(self) -> int:
        return len(self.undo_manager.undo_stack)

    def undo(self) -> bool:
        """Undo this user's last edit (never a colleague's); the map stays valid whatever came since."""
        self._clock += _STEP_GAP_MS
        done = self.undo_manager.undo()
        if done:
            self._settle(PERSONAL_UNDO)
        return done

    def redo(self) -> bool:
        self._clock += _STEP_GAP_MS
        done = self.undo_manager.redo()
        if done:
            self._settle(PERSONAL_UNDO)
        return done

    # -- remote updates --------------------------------------------------------------------
    def receive(self, update: bytes) -> bool:
        """Check and apply a co-editor's update; False (and logged) when refused."""
        reason = self._gate.check(update)
        if reason is not None:
            log.warning("refused a shared-map update: %s", reason)
            self.refused.append(reason)
            del self.refused[:-100]
            if self.on_refused is not None:
                self.on_refused(reason)
            return False
        before = self.ydoc.get_state()
        self._receiving = True
        try:
            with self.ydoc.transaction(origin=_REMOTE_TXN):
                self.ydoc.apply_update(update)
        finally:
            self._receiving = False
        read_all, waiting = may_have_integrated_late(before, self.ydoc.get_state(), bool(self._recorder.touched),
                                                   self._waiting)
        # Once something waited, every later update may be the one that lets it in; over a server's
        # ordered connection nothing ever waits, so this costs nothing there.
        self._waiting = self._waiting or waiting
        if read_all or not self.causal:
            self._recorder.take()
            self.state.read_all(self.ydoc)
            self._reconcile(REMOTE, None)
            return True
        self._settle(REMOTE)
        return True

    def on_local_update(self, listener: Callable[[bytes], None]) -> None:
        """Call ``listener`` with each Yjs update this replica makes (for the room connection to send)."""
        self._update_listeners.append(listener)

    def update_since(self, state: bytes | None = None) -> bytes:
        return self.ydoc.get_update(state)

    def _after_transaction(self, event: Any) -> None:
        # A co-editor's update is not ours to pass on (the room already has it; a refused one
        # never got here). The event's raw transaction carries no readable origin, hence the flag.
        if self._receiving:
            return
        update = event.update
        self._gate.follow(update)
        for listener in list(self._update_listeners):
            listener(update)

    # -- bringing the shared state into the Document -----------------------------------------
    def _settle(self, origin: CollabOrigin | None) -> None:
        touched = self._recorder.take()
        for kind, obj_id in self._writer.take_written():
            if kind == "map":
                touched.meta = True
            elif kind == "list":
                touched.lists.add(obj_id)
            else:
                touched.objects.setdefault(kind, set()).add(obj_id)
        self._read(touched)
        if origin is None or not touched:
            return
        self._reconcile(origin, touched.ids())

    def _reconcile(self, origin: CollabOrigin, touched: set[str] | None) -> None:
        shape = project(self.state)
        self._applying = True
        try:
            with self.document.acting_for(origin):
                Reconciler(self.document, self.state, shape).run(touched)
        finally:
            self._applying = False

    def _read(self, touched: Touched) -> None:
        state, shared = self.state, self._roots
        if touched.meta:
            state.read_meta(shared[MAP_ROOT])
        if touched.lists:
            state.read_list_keys(shared[LISTS_ROOT], touched.lists)
        for kind, ids in touched.objects.items():
            root = shared[ROOT_OF[kind]]
            for obj_id in ids:
                state.read_object(kind, root, obj_id)

    def shape(self) -> Shape:
        return project(self.state)


__all__ = ["KIND_OF_ROOT", "PERSONAL_UNDO", "REMOTE", "CollabError", "CollabOrigin", "MapBinding", "build_journey"]
