"""The HTML export's stylesheet: the map's grid with pinned headers, and a readable document around it.

Colours come from the style table. The grid is one CSS grid: each stage is a
subgrid spanning its steps' columns and every row, each step a subgrid
spanning the rows, so the document order stays stage, step, lanes (what a
screen reader reads) while the eye sees lanes as rows across the map. Below
48 rem (a phone, or a window zoomed to 400 %) the grid becomes that document,
one step under the other.
"""

from __future__ import annotations

from ...layout.palette import INK, MOMENT, MUTED, PAPER, PROPOSED, ROW_FILLS
from ...layout.style import STYLE
from .webfonts import CJK_FAMILY, FAMILY

FOCUS = "#1a5fb4"


def stylesheet(col_w: float, title_w: float, stage_h_em: float) -> str:
    """The page's CSS; ``stage_h_em``: the height of the stage row (its longest name's lines), in ems."""
    g = STYLE.grid
    return f"""
:root{{--ink:{INK};--muted:{MUTED};--paper:{PAPER};--line:{g.line.colour};--head:{g.header_fill};
--title-fill:{g.title_column_fill};--row-a:{ROW_FILLS[0]};--row-b:{ROW_FILLS[1]};--moment:{MOMENT};
--proposed:{PROPOSED};--focus:{FOCUS};--col:{col_w:.0f}px;--title:{title_w:.0f}px;--stage-h:{stage_h_em:.3f}rem;
--font:"{FAMILY}","{CJK_FAMILY}","DejaVu Sans",system-ui,sans-serif}}
*,*::before,*::after{{box-sizing:border-box}}
html{{font-family:var(--font);color:var(--ink);background:var(--paper);line-height:1.45}}
body{{margin:0 auto;padding:1.5rem clamp(1rem,3vw,2.5rem) 3rem;max-width:none}}
h1{{font-size:2rem;line-height:1.2;margin:0 0 .4rem}}
h2{{font-size:1.45rem;margin:2.2rem 0 .6rem;line-height:1.25}}
h3{{font-size:1.15rem;margin:1.2rem 0 .4rem}}
h4{{font-size:1rem;margin:.8rem 0 .3rem}}
p{{margin:.3rem 0 .6rem;max-width:46rem}}
a{{color:{FOCUS}}}
:focus-visible{{outline:3px solid var(--focus);outline-offset:2px}}
.sr-only{{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;
clip:rect(0,0,0,0);white-space:nowrap;border:0}}
.skip{{position:absolute;inset-inline-start:1rem;top:-3rem;background:var(--paper);padding:.4rem .8rem;border:2px solid var(--focus);
z-index:10}}
.skip:focus{{top:.5rem}}
.facts{{color:var(--muted)}}
nav ul{{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;padding:0;list-style:none;margin:.6rem 0}}
.personas{{display:grid;grid-template-columns:repeat(auto-fill,minmax(19rem,1fr));gap:1rem}}
.persona{{border:1px solid var(--line);border-inline-start:6px solid var(--persona);border-radius:6px;padding:.8rem 1rem}}
.persona h3{{margin-top:0;display:flex;align-items:center;gap:.6rem}}
.persona img{{width:3.5rem;height:3.5rem;border-radius:50%;object-fit:cover}}
.persona .initials{{width:3.5rem;height:3.5rem;border-radius:50%;display:inline-flex;align-items:center;
justify-content:center;font-weight:bold;flex:none}}
blockquote{{margin:.4rem 0 .6rem;padding-inline-start:.8rem;border-inline-start:3px solid var(--line);font-style:italic}}
.persona ul{{margin:.2rem 0 .6rem;padding-inline-start:1.2rem}}
.hint{{color:var(--muted);font-size:.95rem}}
.map{{overflow:auto;max-height:calc(100vh - 3rem);border:1px solid var(--line);border-radius:4px;
background:var(--paper);position:relative}}
.grid{{display:grid;grid-template-columns:var(--title) repeat(var(--cols),var(--col));width:max-content;
position:relative}}
.row-bg{{grid-column:1/-1;background:var(--row-a);border-bottom:1px solid var(--line)}}
.row-bg.odd{{background:var(--row-b)}}
.row-bg.line-above{{border-top:2px solid var(--ink)}}
.row-bg.line-above.dashed{{border-top-style:dashed}}
.row-bg.line-above.dotted{{border-top-style:dotted}}
.corner{{grid-column:1;grid-row:1/3;position:sticky;left:0;top:0;z-index:4;background:var(--title-fill);
border-right:2px solid var(--line);border-bottom:1px solid var(--line)}}
.lane-name{{grid-column:1;position:sticky;left:0;z-index:2;background:var(--title-fill);
border-right:2px solid var(--line);border-bottom:1px solid var(--line);padding:.5rem .6rem;font-weight:bold;
font-size:.95rem;overflow-wrap:anywhere}}
.lane-name .line-name{{display:block;font-weight:normal;font-style:italic;color:var(--muted);font-size:.85rem}}
.lane-name.key{{padding:0}}
.lane-name.key svg{{display:block}}
.stage{{display:grid;grid-template-columns:subgrid;grid-template-rows:subgrid;grid-row:1/-1;min-width:0}}
.stage-name{{grid-column:1/-1;grid-row:1;margin:0;position:sticky;top:0;z-index:3;height:var(--stage-h);
padding:.45rem .6rem;font-size:1rem;line-height:1.3;border-bottom:1px solid var(--line);
border-right:1px solid var(--line);overflow-wrap:anywhere}}
.stage-name .name{{position:sticky;left:calc(var(--title) + .6rem)}}
.stage-about{{grid-column:1/-1;margin:0;padding:.5rem .6rem;font-size:.9rem;max-width:none;position:relative;z-index:1;
background:var(--row-a);border-right:1px solid var(--line);border-bottom:1px solid var(--line)}}
.step{{display:grid;grid-template-rows:subgrid;grid-row:2/-1;border-right:1px solid var(--line);min-width:0}}
.step-head{{grid-row:1;position:sticky;top:var(--stage-h);z-index:3;background:var(--head);
border-bottom:1px solid var(--line);padding:.45rem .6rem;font-size:.9rem}}
.step-head h4{{margin:0 0 .2rem;font-size:.95rem;overflow-wrap:anywhere}}
.step-head p{{margin:0;color:var(--muted)}}
.step-head .moment{{color:var(--moment);font-weight:bold}}
.step-head.moment-step{{border-top:4px solid var(--moment)}}
.step-about{{margin:0;padding:.5rem .6rem;font-size:.9rem;max-width:none}}
.cell{{list-style:none;margin:0;padding:.5rem;display:flex;flex-direction:column;gap:.45rem;min-width:0}}
.card{{border:1px solid var(--line);border-radius:4px;padding:.4rem .5rem;font-size:.875rem;line-height:1.35;
overflow-wrap:anywhere}}
.card p{{margin:0}}
.card .detail{{margin-top:.25rem}}
.card .facts{{font-size:.8125rem;margin-top:.25rem}}
.card.assumed{{border:2px dashed currentColor}}
.card.proposed{{border:2px solid var(--proposed);box-shadow:inset 0 3px 0 var(--proposed)}}
.lane-label{{display:none}}
.curve{{margin:0;grid-column:2/-1;pointer-events:none;align-self:start}}
.curve svg,.lane-name.key svg{{font-family:var(--font);font-weight:normal}}
.emotion-cards{{align-self:end}}
.scores li{{font-size:.875rem}}
table{{border-collapse:collapse;margin:.5rem 0 1.2rem;min-width:min(100%,40rem);max-width:100%}}
caption{{text-align:start;font-weight:bold;padding:.3rem 0;font-size:1.05rem}}
th,td{{border:1px solid var(--line);padding:.35rem .6rem;text-align:start;vertical-align:top;overflow-wrap:anywhere}}
th{{overflow-wrap:normal}}
thead th{{background:var(--title-fill)}}
td ul{{margin:0;padding-inline-start:1.1rem}}
.table-wrap{{max-width:100%}}
.swatch{{display:inline-block;width:.9em;height:.9em;border-radius:50%;vertical-align:-.1em;margin-inline-end:.35em;
border:1px solid var(--ink)}}
footer{{margin-top:3rem;color:var(--muted);font-size:.9rem}}
@media (max-width:48rem){{
.map{{max-height:none;overflow:visible;border:0}}
.grid{{display:block;width:auto}}
.stage,.step{{display:block}}
.stage-name,.step-head,.stage-name .name{{position:static;height:auto}}
.hint{{display:none}}
.row-bg,.lane-name,.corner{{display:none}}
.lane-label{{display:block;font-weight:bold;font-size:.85rem;color:var(--muted)}}
.cell{{padding:.3rem 0}}
.step{{border:0;border-bottom:1px solid var(--line);padding:0 0 .6rem}}
.curve svg{{width:100%;height:auto}}
.scores{{position:static!important;width:auto;height:auto;margin:0;clip:auto;white-space:normal}}
}}
@media print{{
.map{{max-height:none;overflow:visible;border:0}}
.stage-name,.step-head,.lane-name,.corner{{position:static}}
.skip,nav{{display:none}}
}}
"""
