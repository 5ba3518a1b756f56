"""The menu bar and the toolbar, assembled from the window's actions."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from ..commands import SetFields
from ..i18n import tr
from ..io.filenames import for_display
from ..model.kinds import LaneKind
from .plain import tip
from .present.screens import add_present_on_menu
from .theme import icon

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_menus(w: MainWindow) -> None:
    a = w.acts
    bar = w.menuBar()
    file = w.file_menu = bar.addMenu(tr("&File"))
    file.addActions([a.new, a.open])
    w.recent_menu = file.addMenu(tr("Open &Recent"))
    w.recent_menu.aboutToShow.connect(partial(fill_recent_menu, w))
    fill_recent_menu(w)
    file.addSeparator()
    file.addActions([a.save, a.save_as, a.save_as_template, a.revert, a.restore_version])
    file.aboutToShow.connect(w.update_file_actions)
    file.addSeparator()
    file.addAction(a.export)
    file.addSeparator()
    file.addActions([a.close, a.quit])

    edit = bar.addMenu(tr("&Edit"))
    edit.addActions([w.undo_action, w.redo_action])
    edit.addSeparator()
    edit.addActions([a.cut, a.copy, a.paste, a.delete, a.duplicate])
    edit.addSeparator()
    edit.addAction(a.select_all)
    edit.addSeparator()
    edit.addActions([a.find, a.find_next, a.find_previous, a.filter])

    view = bar.addMenu(tr("&View"))
    view.addActions([a.zoom_in, a.zoom_out, a.zoom_fit, a.zoom_100])
    view.addSeparator()
    view.addAction(a.present)
    w.present_on_menu = add_present_on_menu(view)
    _add_workshop_view_action(view, w)
    view.addSeparator()
    panels = w.panels_menu = view.addMenu(tr("&Panels"))
    for dock in w.docks:
        panels.addAction(dock.toggleViewAction())
    panels.addAction(w.toolbar.toggleViewAction())
    view.addAction(w.history_dock.toggleViewAction())
    view.addSeparator()
    view.addActions([a.next_panel, a.previous_panel])

    map_menu = w.map_menu = bar.addMenu(tr("&Map"))
    map_menu.addActions([a.add_stage, a.add_step, a.add_card])
    w.add_lane_menu = map_menu.addMenu(icon("add-lane"), tr("Add &Lane"))
    w.acts.name_icon(w.add_lane_menu.menuAction(), "add-lane")
    for kind in LaneKind:
        action = w.add_lane_menu.addAction(tr(kind.label))  # the kind's name is in the catalog (N_)
        action.triggered.connect(partial(w.add_lane, kind))
    map_menu.addAction(a.add_persona)
    map_menu.addSeparator()
    w.lanes_menu = map_menu.addMenu(tr("Show or &Hide Lanes"))
    w.lanes_menu.aboutToShow.connect(partial(fill_lanes_menu, w))
    map_menu.addAction(a.show_all_lanes)
    map_menu.addSeparator()
    map_menu.addAction(a.empathy_map)

    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(a.about)


def build_toolbar(w: MainWindow) -> QToolBar:
    a = w.acts
    bar = QToolBar(tr("Toolbar"), w)
    bar.setObjectName("toolbar")
    bar.setIconSize(QSize(22, 22))
    bar.addActions([a.new, a.open, a.save, a.export])
    bar.addSeparator()
    bar.addActions([w.undo_action, w.redo_action])
    bar.addSeparator()
    bar.addActions([a.add_stage, a.add_step])
    lane_button = QToolButton(bar)
    lane_button.setIcon(icon("add-lane"))
    lane_button.setToolTip(tr("Add a lane"))
    lane_button.setAccessibleName(tr("Add lane"))
    lane_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    w.lane_button = lane_button
    bar.addWidget(lane_button)
    bar.addActions([a.add_card, a.add_persona])
    bar.addSeparator()
    bar.addActions([a.find, a.filter])
    bar.addSeparator()
    bar.addActions([a.zoom_out, a.zoom_in, a.zoom_fit, a.zoom_100])
    bar.addSeparator()
    bar.addActions([a.present, a.empathy_map])
    return bar


def fill_recent_menu(w: MainWindow) -> None:
    menu = w.recent_menu
    menu.clear()
    recent = w.editor.settings.recent_files
    for k, path in enumerate(recent, start=1):
        name = for_display(Path(path).name)  # a name's non-UTF-8 bytes shown as �; the action opens the real path
        action = menu.addAction(f"&{k} {name}" if k < 10 else name)
        action.setToolTip(tip(for_display(path)))
        action.setStatusTip(for_display(path))
        action.triggered.connect(partial(w.open_recent, path))
    if not recent:
        menu.addAction(tr("No recent maps")).setEnabled(False)
    menu.addSeparator()
    menu.addAction(w.acts.clear_recent)
    w.acts.clear_recent.setEnabled(bool(recent))


def fill_lanes_menu(w: MainWindow) -> None:
    menu: QMenu = w.lanes_menu
    menu.clear()
    for lane in w.session.journey.lanes:
        action: QAction = menu.addAction(lane.title_in(w.session.journey.language))
        action.setCheckable(True)
        action.setChecked(not lane.hidden)
        action.toggled.connect(partial(set_lane_shown, w, lane.id))
    if not w.session.journey.lanes:
        menu.addAction(tr("No lanes")).setEnabled(False)


def set_lane_shown(w: MainWindow, lane_id: str, shown: bool) -> None:
    lane = w.session.document.lane(lane_id)
    text = tr("Show lane “{name}”") if shown else tr("Hide lane “{name}”")
    w.session.push(SetFields(w.session.document, lane_id, {"hidden": not shown},
                             text=text.format(name=lane.title_in(w.session.journey.language))))


def _add_workshop_view_action(menu: QMenu, window: MainWindow) -> QAction:
    """View > Workshop View…, for the window's current session; the dialog loads when first opened."""
    def open_dialog(_checked: bool = False) -> None:
        from .present.workshop_dialog import open_workshop_view

        open_workshop_view(window.session, window)

    action = menu.addAction(tr("&Workshop View\u2026"))
    action.setStatusTip(tr("Choose the lanes the presentation shows, and how much of their cards"))
    action.triggered.connect(open_dialog)
    return action
