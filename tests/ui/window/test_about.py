"""Help > About names the app, its one version, its licence and the user's folders."""

from journeymap import __version__
from journeymap.ui.about import AboutDialog


def test_about_shows_the_version_the_licence_and_where_files_live(qtbot, tmp_path):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.body.text()
    assert "GPL-3.0-or-later" in text
    assert str(tmp_path / "_state") in text
    title = dialog.findChildren(type(dialog.body))[1].text()
    assert f"Journeymap {__version__}" in title
    dialog.grab().save(str(tmp_path / "about.png"))
