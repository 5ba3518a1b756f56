"""Before the first window: can Qt reach this desktop? If not, say which system packages to install.

Qt 6 draws on Linux through a platform plugin (``wayland`` or ``xcb``) that
needs system libraries a fresh install may lack (since Qt 6.5,
``libxcb-cursor0`` above all). Without them Qt prints "could not load the Qt
platform plugin" and aborts the process with a core dump. So before the
QApplication exists, the plugin's libraries (read from the plugin files
themselves) are loaded one by one; what fails is named with the Debian/Ubuntu
and Fedora packages and the command that installs them. A Wayland desktop
gets the Wayland plugin when it can load, X11 (XWayland) otherwise.

No Qt is imported here: a failed import or abort is what this prevents.
"""

from __future__ import annotations

import importlib.util
import os
import struct
import sys
from collections.abc import Callable
from pathlib import Path

#: Libraries the Qt platform plugins need, with the package that has them: (Debian/Ubuntu, Fedora).
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
}
#: Each platform: its plugin file, and the Qt libraries it loads with it.
PLATFORMS: dict[str, tuple[str, ...]] = {
    "xcb": ("plugins/platforms/libqxcb.so", "lib/libQt6XcbQpa.so.6", "lib/libQt6Gui.so.6", "lib/libQt6DBus.so.6"),
    "wayland": ("plugins/platforms/libqwayland.so", "lib/libQt6WaylandClient.so.6", "lib/libQt6Gui.so.6",
                "lib/libQt6DBus.so.6"),
}
NAMES = {"xcb": "X11 (xcb)", "wayland": "Wayland"}

Loader = Callable[[str], bool]


def qt_folder() -> Path | None:
    """PySide6's ``Qt`` folder (plugins and libraries), found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    return folder if folder.is_dir() else None


def needed_libraries(elf: Path) -> list[str]:
    """The shared libraries an ELF file asks for (its DT_NEEDED entries); [] if it cannot be read."""
    try:
        data = elf.read_bytes()
    except OSError:
        return []
    if data[:4] != b"\x7fELF" or data[4] not in (1, 2) or data[5] not in (1, 2):
        return []
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    try:
        if wide:
            shoff, = struct.unpack_from(order + "Q", data, 0x28)
            shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
        else:
            shoff, = struct.unpack_from(order + "I", data, 0x20)
            shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
        sections = []
        for k in range(shnum):
            at = shoff + k * shentsize
            if wide:
                _name, kind, _flags, _addr, offset, size, link = struct.unpack_from(order + "IIQQQQI", data, at)
            else:
                _name, kind, _flags, _addr, offset, size, link = struct.unpack_from(order + "IIIIIII", data, at)
            sections.append((kind, offset, size, link))
        names: list[str] = []
        for kind, offset, size, link in sections:
            if kind != 6:  # SHT_DYNAMIC
                continue
            strings = sections[link][1]
            entry = struct.Struct(order + ("qQ" if wide else "iI"))
            for at in range(offset, offset + size, entry.size):
                tag, value = entry.unpack_from(data, at)
                if tag == 0:
                    break
                if tag == 1:  # DT_NEEDED
                    end = data.index(b"\0", strings + value)
                    names.append(data[strings + value:end].decode("ascii", "replace"))
        return names
    except (struct.error, IndexError, ValueError):
        return []


def _can_load(name: str) -> bool:
    import ctypes  # only where a desktop's libraries are checked (Linux, not offscreen or elsewhere)

    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_libraries(platform: str, qt: Path, load: Loader | None = None) -> list[str] | None:
    """System libraries the platform needs that cannot be loaded; None when its plugin is not there."""
    files = [qt / f for f in PLATFORMS[platform]]
    if not files[0].is_file():
        return None
    load = load or _can_load
    own = {p.name for p in (qt / "lib").glob("*.so*")}
    wanted = dict.fromkeys(n for f in files for n in needed_libraries(f) if n not in own)
    return [name for name in wanted if not load(name)]


def install_advice(platform: str, missing: list[str]) -> str:
    """The message for a desktop Qt cannot reach: what is missing and how to install it."""
    debian = sorted({PACKAGES[m][0] for m in missing if m in PACKAGES})
    fedora = sorted({PACKAGES[m][1] for m in missing if m in PACKAGES})
    unknown = [m for m in missing if m not in PACKAGES]
    lines = [f"the editor cannot open a window: Qt's {NAMES[platform]} display support needs system "
             f"libraries that are missing: {', '.join(missing)}.",
             "Install them, then start Journeymap again:"]
    if debian:
        lines.append(f"  Debian/Ubuntu:  sudo apt install {' '.join(debian)}")
        lines.append(f"  Fedora:         sudo dnf install {' '.join(fedora)}")
    if unknown:
        lines.append(f"  (and whichever package of your system provides {', '.join(unknown)})")
    lines.append("The verbs templates, new, validate, schema, export and empathy work without them.")
    return "\n".join(lines)


def prepare_display(environ: dict[str, str] | None = None, qt: Path | None = None,
                    load: Loader | None = None) -> str | None:
    """Choose the platform plugin and check its libraries; a message for the user when the window cannot open.

    Only on Linux and the like, and only for the ``wayland`` and ``xcb`` platforms
    (an explicit ``QT_QPA_PLATFORM=offscreen``, for instance, is left alone).
    Sets ``QT_QPA_PLATFORM`` to ``wayland`` on a Wayland desktop whose plugin loads.
    """
    env = os.environ if environ is None else environ
    load = load or _can_load
    if sys.platform in ("win32", "darwin"):
        return None
    qt = qt or qt_folder()
    if qt is None:
        return None  # a frozen or unusual install: let Qt speak for itself
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen and chosen not in PLATFORMS:
        return None
    wayland_first = not chosen and bool(env.get("WAYLAND_DISPLAY"))
    order = [chosen] if chosen else (["wayland", "xcb"] if wayland_first else ["xcb"])
    if not env.get("DISPLAY") and "xcb" in order and len(order) > 1:
        order.remove("xcb")  # no X server (not even XWayland) to fall back to
    problems: list[tuple[str, list[str]]] = []
    for platform in order:
        missing = missing_libraries(platform, qt, load)
        if missing is None:
            continue
        if not missing:
            if not chosen:
                env["QT_QPA_PLATFORM"] = platform
            return None
        problems.append((platform, missing))
    if not problems:
        return None
    return "\n\n".join(install_advice(p, m) for p, m in problems)
