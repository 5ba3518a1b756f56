"""Write the SVG icon set in resources/icons/ from one table of shapes.

Why a generator: every icon shares the same frame (24x24 viewBox, 2px round
strokes, one ink colour), so the set stays consistent, and the dark-toolbar
variants are the same drawing with a light ink. Run it after changing a shape:

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"

INK = "#2b2f36"  # on light toolbars, cards and paper
INK_DARK = "#dfe3e8"  # the -dark variants, for dark toolbars
ACCENT = "#0072b2"  # Okabe-Ito blue: the "add" badge; reads on light and dark
ACCENT_DARK = "#56b4e9"

PLUS_BADGE = '<path stroke="{accent}" d="M19 14v7M15.5 17.5h7"/>'


def dot(cx: float, cy: float, r: float = 1.2) -> str:
    return f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{{ink}}" stroke="none"/>'


#: Toolbar and menu icons: name -> SVG body drawn with {ink} / {accent}.
ACTIONS: dict[str, str] = {
    "new": '<path d="M6 3h8l4 4v13a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z"/>'
    '<path d="M14 3v4h4"/><path d="M11.5 11v6M8.5 14h6"/>',
    "open": '<path d="M3 18V6a1 1 0 0 1 1-1h5l2 2h7a1 1 0 0 1 1 1v2"/>'
    '<path d="M3 19l3-8.5h16L19 19z"/>',
    "save": '<path d="M5 4h11l4 4v11a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z"/>'
    '<path d="M8 4v4h7V4"/><path d="M8 20v-6h8v6"/>',
    "save-as": '<path d="M10 20H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h10l4 4v2"/>'
    '<path d="M8 4v4h6V4"/><path d="M8 20v-5h3"/>'
    '<path d="M19 12.5l2.5 2.5-6.5 6.5h-2.5V19z"/>',
    "export": '<path d="M14 3h7v7"/><path d="M21 3l-9 9"/>'
    '<path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>',
    "undo": '<path d="M9 14L4 9l5-5"/><path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11"/>',
    "redo": '<path d="M15 14l5-5-5-5"/><path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13"/>',
    "cut": '<circle cx="6" cy="6" r="3"/><circle cx="6" cy="18" r="3"/>'
    '<path d="M8.5 7.8L20 18M8.5 16.2L20 6"/>',
    "copy": '<rect x="9" y="9" width="12" height="12" rx="2"/>'
    '<path d="M5 15H4.5A1.5 1.5 0 0 1 3 13.5v-9A1.5 1.5 0 0 1 4.5 3h9A1.5 1.5 0 0 1 15 4.5V5"/>',
    "paste": '<path d="M9 4H6.5A1.5 1.5 0 0 0 5 5.5v14A1.5 1.5 0 0 0 6.5 21h11a1.5 1.5 0 0 0 1.5-1.5'
    'v-14A1.5 1.5 0 0 0 17.5 4H15"/><rect x="9" y="2.5" width="6" height="3.5" rx="1"/>'
    '<path d="M9 11h6M9 15h4"/>',
    "delete": '<path d="M4 7h16"/><path d="M9 7V4.5h6V7"/><path d="M6 7l1 13h10l1-13"/>'
    '<path d="M10 11v5.5M14 11v5.5"/>',
    "find": '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L21 21"/>',
    "filter": '<path d="M3 4h18l-7 8.5V19l-4 2v-8.5z"/>',
    "zoom-in": '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L21 21"/>'
    '<path d="M10.5 7.5v6M7.5 10.5h6"/>',
    "zoom-out": '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L21 21"/>'
    '<path d="M7.5 10.5h6"/>',
    "zoom-fit": '<path d="M3 8V3h5M16 3h5v5M21 16v5h-5M8 21H3v-5"/>'
    '<rect x="8" y="8" width="8" height="8" rx="1"/>',
    "zoom-100": '<path d="M4 8l3-2v12"/><path d="M15 8l3-2v12"/>' + dot(11, 10.5) + dot(11, 15.5),
    "add-card": '<rect x="3" y="3" width="14" height="11" rx="2"/><path d="M6.5 7h7M6.5 10.5h4"/>'
    + PLUS_BADGE,
    "add-stage": '<path d="M2.5 4h11l3.5 4.5-3.5 4.5h-11L6 8.5z"/>' + PLUS_BADGE,
    "add-step": '<rect x="3" y="3" width="6" height="15" rx="1.5"/>'
    '<rect x="11.5" y="3" width="6" height="8.5" rx="1.5" stroke-dasharray="2 3"/>' + PLUS_BADGE,
    "add-lane": '<rect x="3" y="3" width="18" height="5" rx="1.5"/>'
    '<rect x="3" y="10.5" width="10" height="5" rx="1.5"/>' + PLUS_BADGE,
    "add-persona": '<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20a6.5 6.5 0 0 1 13 0"/>'
    '<path stroke="{accent}" d="M19 7v7M15.5 10.5h7"/>',
    "persona": '<circle cx="12" cy="8" r="4"/><path d="M4.5 21a7.5 7.5 0 0 1 15 0"/>',
    "present": '<rect x="3" y="3.5" width="18" height="12.5" rx="1.5"/><path d="M12 16v3.5"/>'
    '<path d="M8 21l4-1.5 4 1.5"/><path d="M10.5 7.5v5l4-2.5z"/>',
    "empathy-map": '<rect x="3" y="3" width="18" height="18" rx="2"/>'
    '<path d="M12 3v5.5M12 15.5V21M3 12h5.5M15.5 12H21"/><circle cx="12" cy="12" r="3.5"/>',
    "settings": '<path d="M4 6h7M17 6h3M4 12h2M12 12h8M4 18h10M20 18h0"/>'
    '<circle cx="14" cy="6" r="2.5"/><circle cx="9" cy="12" r="2.5"/><circle cx="17" cy="18" r="2.5"/>',
    "about": '<circle cx="12" cy="12" r="9"/><path d="M12 11v6"/>' + dot(12, 7.5, 1.3),
}

#: Touchpoint channel marks: drawn on cards at 12-16 px and in the PDF, so few strokes.
CHANNELS: dict[str, str] = {
    "website": '<circle cx="12" cy="12" r="9"/><path d="M3 12h18"/>'
    '<path d="M12 3c-3.5 3.5-3.5 14.5 0 18c3.5-3.5 3.5-14.5 0-18z"/>',
    "mobile_app": '<rect x="6.5" y="2.5" width="11" height="19" rx="2.5"/><path d="M11 18h2"/>',
    "email": '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3.5 6.5l8.5 6.5 8.5-6.5"/>',
    "phone": '<path d="M5 3.5h3.5l2 5-2.5 1.5a11 11 0 0 0 6 6l1.5-2.5 5 2V19a2 2 0 0 1-2 2'
    'A16.5 16.5 0 0 1 3 5.5a2 2 0 0 1 2-2z"/>',
    "chat": '<path d="M4.5 4h15A1.5 1.5 0 0 1 21 5.5v10a1.5 1.5 0 0 1-1.5 1.5H10l-5 4v-4h-.5'
    'A1.5 1.5 0 0 1 3 15.5v-10A1.5 1.5 0 0 1 4.5 4z"/><path d="M7.5 9h9M7.5 12.5h5"/>',
    "chatbot": '<rect x="4" y="8" width="16" height="12" rx="3"/><path d="M12 8V5"/>'
    '<circle cx="12" cy="3.5" r="1.5"/>' + dot(9, 13, 1.5) + dot(15, 13, 1.5) + '<path d="M10 17h4"/>',
    "social_media": '<circle cx="17.5" cy="5.5" r="2.5"/><circle cx="6.5" cy="12" r="2.5"/>'
    '<circle cx="17.5" cy="18.5" r="2.5"/><path d="M8.7 10.7l6.6-3.9M8.7 13.3l6.6 3.9"/>',
    "store": '<path d="M3 9.5L5 4h14l2 5.5"/><path d="M3 9.5h18"/><path d="M5 9.5V20h14V9.5"/>'
    '<path d="M10 20v-5.5h4V20"/>',
    "delivery": '<path d="M12 3l8.5 4.5v9L12 21l-8.5-4.5v-9z"/><path d="M3.5 7.5L12 12l8.5-4.5"/>'
    '<path d="M12 12v9"/>',
    "advert": '<path d="M3.5 9h3l10-5v16l-10-5h-3z"/><path d="M20 9.5a3.5 3.5 0 0 1 0 5"/>',
    "letter": '<rect x="2.5" y="5" width="19" height="14" rx="1.5"/>'
    '<rect x="15" y="8" width="3.5" height="3.5" rx=".5"/><path d="M6 13.5h6M6 16h8"/>',
    "atm": '<rect x="3" y="3.5" width="18" height="8" rx="1.5"/><path d="M7 7.5h10"/>'
    '<path d="M7 7.5V20.5h10V7.5"/><path d="M10.5 15h3"/>',
    "self_service": '<rect x="5" y="2.5" width="14" height="12" rx="1.5"/><path d="M12 14.5v4.5"/>'
    '<path d="M7.5 21h9"/><circle cx="12" cy="8.5" r="3.2"/>' + dot(12, 8.5, 1.1),
    "custom": '<path d="M3 11.5V4.5A1.5 1.5 0 0 1 4.5 3h7L21 12.5l-8.5 8.5z"/>' + dot(7.5, 7.5, 1.6),
}


def _svg(body: str, ink: str, accent: str, title: str) -> str:
    body = body.replace("{ink}", ink).replace("{accent}", accent)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">\n'
        f"  <title>{title}</title>\n"
        f'  <g fill="none" stroke="{ink}" stroke-width="2" stroke-linecap="round" '
        f'stroke-linejoin="round">\n    {body}\n  </g>\n</svg>\n'
    )


# Okabe-Ito colours: stage chips and curve stay distinguishable with colour-vision deficiency.
APP_ICON = """<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <title>Journeymap</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1d6fa8"/>
      <stop offset="1" stop-color="#0b3f66"/>
    </linearGradient>
  </defs>
  <rect x="6" y="6" width="116" height="116" rx="26" fill="url(#bg)"/>
  <rect x="18" y="20" width="28" height="12" rx="4" fill="#e69f00"/>
  <rect x="50" y="20" width="28" height="12" rx="4" fill="#56b4e9"/>
  <rect x="82" y="20" width="28" height="12" rx="4" fill="#009e73"/>
  <g stroke="#ffffff" stroke-opacity="0.28" stroke-width="3" stroke-linecap="round">
    <path d="M48 40v68M80 40v68"/>
    <path d="M18 74h92" stroke-dasharray="2 7"/>
  </g>
  <path d="M18 80C24 74 27 68 32 68C46 68 50 98 64 98C78 98 82 48 96 48C102 48 106 46 110 42" fill="none" stroke="#ffffff"
        stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/>
  <g stroke="#0b3f66" stroke-width="3.5">
    <circle cx="32" cy="68" r="8" fill="#f0e442"/>
    <circle cx="64" cy="98" r="8" fill="#d55e00"/>
    <circle cx="96" cy="48" r="8" fill="#f0e442"/>
  </g>
</svg>
"""

DOCUMENT_ICON = """<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <title>Journeymap document</title>
  <path d="M26 6h54l28 28v84a6 6 0 0 1-6 6H26a6 6 0 0 1-6-6V12a6 6 0 0 1 6-6z" fill="#ffffff"
        stroke="#5b6470" stroke-width="4" stroke-linejoin="round"/>
  <path d="M80 6v22a6 6 0 0 0 6 6h22" fill="#e8ecf1" stroke="#5b6470" stroke-width="4"
        stroke-linejoin="round"/>
  <rect x="32" y="46" width="20" height="9" rx="3" fill="#e69f00"/>
  <rect x="54" y="46" width="20" height="9" rx="3" fill="#56b4e9"/>
  <rect x="76" y="46" width="20" height="9" rx="3" fill="#009e73"/>
  <g stroke="#5b6470" stroke-opacity="0.35" stroke-width="2.5">
    <path d="M53 62v46M75 62v46"/>
  </g>
  <path d="M30 92C34 88 37 82 42 82C54 82 56 104 64 104C74 104 76 72 86 72C90 72 94 70 98 66" fill="none" stroke="#0b3f66"
        stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>
  <g stroke="#ffffff" stroke-width="2.5">
    <circle cx="42" cy="82" r="5.5" fill="#0072b2"/>
    <circle cx="64" cy="104" r="5.5" fill="#d55e00"/>
    <circle cx="86" cy="72" r="5.5" fill="#0072b2"/>
  </g>
</svg>
"""


def main(icons: Path = ICONS) -> None:
    (icons / "channels").mkdir(parents=True, exist_ok=True)
    for name, body in ACTIONS.items():
        title = name.replace("-", " ").capitalize()
        (icons / f"{name}.svg").write_text(_svg(body, INK, ACCENT, title))
        (icons / f"{name}-dark.svg").write_text(_svg(body, INK_DARK, ACCENT_DARK, title))
    for name, body in CHANNELS.items():
        title = name.replace("_", " ").capitalize()
        (icons / "channels" / f"{name}.svg").write_text(_svg(body, INK, ACCENT, title))
    (icons / "journeymap.svg").write_text(APP_ICON)
    (icons / "journeymap-document.svg").write_text(DOCUMENT_ICON)
    print(f"wrote {2 * len(ACTIONS) + len(CHANNELS) + 2} icons under {icons}")


if __name__ == "__main__":
    main()
