"""The Health panel: the health check's findings on the open map, each one a click from its place.

Findings follow the map as it is edited (checked again a moment after each
change). Clicking one selects and shows its place on the canvas (a persona is
selected in the Personas panel). Rules can be switched off for this map from
the Rules menu; that is saved in the file, and is one undo step. A merge
conflict is settled from its context menu: keep the value the map holds, or
take the other version's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...analysis.health import RULES, Finding, Level, check_health
from ...commands import SetFields
from ...i18n import N_, ntr, tr
from .. import prompts
from ..plain import plain_label, tip
from ..session import EditSession

ROLE = Qt.ItemDataRole.UserRole
LEVEL_WORDS = {Level.ERROR: N_("Error"), Level.WARNING: N_("Warning"), Level.NOTE: N_("Note")}
_ICONS = {Level.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
          Level.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
          Level.NOTE: QStyle.StandardPixmap.SP_MessageBoxInformation}


def counts_text(findings: list[Finding]) -> str:
    """"2 errors, 5 warnings, 1 note" in the editor's language; "" when there are no findings."""
    errors, warnings, notes = (sum(1 for f in findings if f.level is level) for level in Level)
    parts = [ntr("{n} error", "{n} errors", errors).format(n=errors) if errors else "",
             ntr("{n} warning", "{n} warnings", warnings).format(n=warnings) if warnings else "",
             ntr("{n} note", "{n} notes", notes).format(n=notes) if notes else ""]
    return tr(", ").join(p for p in parts if p)


class HealthPanel(QWidget):
    """Findings of the health check, most serious first; ``counts_changed`` carries the counts ("" for none)."""

    counts_changed = Signal(str)

    def __init__(self, session: EditSession, reveal: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.reveal = session, reveal
        self.findings: list[Finding] = []
        self.setObjectName("health")
        self.setAccessibleName(tr("Health check"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.summary = plain_label()
        self.summary.setAccessibleDescription(tr("Health summary"))
        row.addWidget(self.summary, 1)
        # A push button makes room for its menu arrow; a tool button drew it over the word's last letter.
        self.rules_button = QPushButton(tr("Rules"))
        self.rules_button.setAccessibleName(tr("Health rules"))
        self.rules_button.setToolTip(tr("Switch rules on or off for this map (saved in the file)"))
        self.rules_menu = QMenu(self.rules_button)
        self.rules_menu.aboutToShow.connect(self._fill_rules)
        self.rules_button.setMenu(self.rules_menu)
        row.addWidget(self.rules_button)
        layout.addLayout(row)
        self.tree = QListWidget()
        self.tree.setObjectName("health-findings")
        self.tree.setAccessibleName(tr("Findings"))
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSpacing(1)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.itemActivated.connect(self._go)
        self.tree.itemClicked.connect(self._go)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        session.changed.connect(lambda _change: self._timer.start())
        self.refresh()

    def refresh(self) -> None:
        """Run the check again and show its findings (the selected finding stays selected if still there)."""
        current = self.tree.currentItem()
        keep = current.data(ROLE) if current is not None else None
        self.findings = check_health(self.session.journey)
        self.tree.clear()
        style = self.style()
        for k, f in enumerate(self.findings):
            said = f.said(tr)
            message = said[:1].upper() + said[1:]
            item = QListWidgetItem(tr("{level}: {message}").format(level=tr(LEVEL_WORDS[f.level]), message=message)
                                   + f"\n{f.place}  [{f.rule}]")
            item.setIcon(style.standardIcon(_ICONS[f.level]))
            item.setData(ROLE, k)
            item.setToolTip(tip(message + "\n\n" + tr("Rule: {title} [{rule}]").format(title=tr(RULES[f.rule].title),
                                                                                      rule=f.rule)
                                + "\n" + tr("Place: {place}").format(place=f.place)))
            self.tree.addItem(item)
            if keep is not None and k == keep:
                self.tree.setCurrentItem(item)
        text = counts_text(self.findings)
        off = len(self.session.journey.health.disabled_rules)
        summary = text or tr("no findings")
        if off:
            summary = tr("{counts} ({rules})").format(counts=summary, rules=ntr("{n} rule off", "{n} rules off",
                                                                               off).format(n=off))
        self.summary.setText(summary[:1].upper() + summary[1:])
        self.counts_changed.emit(text)

    def finding_at(self, item: QListWidgetItem) -> Finding:
        return self.findings[item.data(ROLE)]

    def _go(self, item: QListWidgetItem) -> None:
        finding = self.finding_at(item)
        if finding.obj_id is not None and (finding.obj_id == self.session.journey.id
                                           or self.session.document.has(finding.obj_id)):
            self.session.select([finding.obj_id], origin=self)
            self.reveal(finding.obj_id)

    # -- rules ---------------------------------------------------------------------------------
    def _fill_rules(self) -> None:
        self.rules_menu.clear()
        off = set(self.session.journey.health.disabled_rules)
        for rule_id, info in RULES.items():
            action = self.rules_menu.addAction(f"{tr(info.title)} [{rule_id}]")
            action.setCheckable(True)
            action.setChecked(rule_id not in off)
            action.toggled.connect(lambda on, r=rule_id: self.set_rule(r, on))

    def set_rule(self, rule_id: str, on: bool) -> None:
        """Switch one rule on or off for this map (one undo step)."""
        off = [r for r in self.session.journey.health.disabled_rules if r != rule_id]
        if not on:
            off.append(rule_id)
        title = tr(RULES[rule_id].title)
        text = (tr("Switch on health rule “{rule}”") if on else tr("Switch off health rule “{rule}”")).format(rule=title)
        self.session.push(SetFields(self.session.document, None, {"health.disabled_rules": off}, text=text))
        self.refresh()

    # -- merge conflicts -------------------------------------------------------------------------
    def conflict_index(self, finding: Finding) -> int | None:
        if finding.rule != "merge-conflict":
            return None
        conflicts = self.session.journey.merge_conflicts
        return next((k for k, c in enumerate(conflicts) if c.message == finding.message), None)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        menu = self.conflict_menu(self.finding_at(item))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))

    def conflict_menu(self, finding: Finding) -> QMenu | None:
        index = self.conflict_index(finding)
        if index is None:
            return None
        from ...analysis.resolve import can_take_theirs  # merges load when a conflict is first settled

        conflict = self.session.journey.merge_conflicts[index]
        menu = QMenu(self)
        menu.addAction(tr("Keep the Map's Value (Resolved)"), lambda: self.resolve(index, take_theirs=False))
        other = menu.addAction(tr("Use the Other Version's Value"), lambda: self.resolve(index, take_theirs=True))
        other.setEnabled(can_take_theirs(self.session.journey, conflict))
        return menu

    def resolve(self, index: int, take_theirs: bool) -> bool:
        from ...analysis.resolve import CannotResolve, resolve_edits
        from ...commands.research import ApplyEdits

        journey = self.session.journey
        try:
            edits = resolve_edits(journey, index, take_theirs)
        except CannotResolve as e:
            prompts.show_error(self, tr("Cannot use the other value"), str(e))
            return False
        text = tr("Use the other version's value") if take_theirs else tr("Keep the map's value")
        try:
            command = ApplyEdits(self.session.document, edits, text)
        except ValueError as e:
            prompts.show_error(self, tr("Cannot use the other value"), str(e))
            return False
        self.session.push(command)
        self.refresh()
        return True
