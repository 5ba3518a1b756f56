"""Every word the HTML export adds to a map's own text, in one table (English, marked for translation).

The page's headings, labels and text alternatives are looked up here by key,
with ``{named}`` places for the map's values; :func:`text` gives them in the
map's language (the export runs in it, see :mod:`journeymap.i18n`), and
:func:`page_language` is the language they came out in: the page's ``lang``.
The map's own text carries the map's language where it differs.
"""

from __future__ import annotations

from ...i18n import N_, _, current, format_date, speaks


def page_language() -> str:
    """The language of the page's own words: the map's when Journeymap speaks it, else English."""
    return current().replace("_", "-") if speaks(current()) else "en"


STRINGS: dict[str, str] = {
    # the page
    "page_title": N_("{title}: customer journey map"),
    "skip_grid": N_("Skip the grid, to the emotion scores"),
    "contents": N_("On this page"),
    "made_with": N_("Made with {app} {version} from the map as last modified on {date}."),
    "by": N_("By {names}"),
    "scope": N_("Scope: {scope}"),
    "tags": N_("Tags: {tags}"),
    "modified": N_("Last modified {date}"),
    # sections
    "about": N_("About this journey"),
    "scenario": N_("Scenario"),
    "expectations": N_("Expectations"),
    "personas": N_("Personas"),
    "journey": N_("The journey, stage by stage"),
    "grid_label": N_("The map as a grid"),
    "grid_hint": N_("The map scrolls sideways and down; the stage and step names stay at the top and the "
                  "lane names at the left. With a keyboard, move into the map with Tab and scroll it "
                  "with the arrow keys."),
    "emotions": N_("Emotion scores"),
    "pains": N_("Pain points and opportunities"),
    "metrics": N_("Metrics"),
    "moments": N_("Moments of truth"),
    # personas
    "role": N_("Role"),
    "quote": N_("Quote"),
    "goals": N_("Goals"),
    "needs": N_("Needs"),
    "persona_pains": N_("Pains"),
    "gains": N_("Gains"),
    "channels": N_("Channels"),
    "empathy_map": N_("Empathy map"),
    "designed_by": N_("Designed by {name}"),
    # the grid
    "stage_number": N_("Stage {number}:"),
    "step_of_stage": N_("{step} (in {stage})"),
    "no_steps": N_("No steps yet."),
    "about_stage": N_("About the stage"),
    "about_step": N_("About the step"),
    "lane_below_line": N_("{lane}, below the {line}"),
    "emotion_lane": N_("Emotion"),
    "moment_of_truth": N_("Moment of truth"),
    "channel": N_("Channel: {channel}"),
    "owner": N_("Owner: {owner}"),
    "assumed": N_("Assumed"),
    "proposed": N_("Proposed (to-be)"),
    "proposed_short": N_("proposed"),
    "observed": N_("Observed"),
    "no_text": N_("(no text)"),
    "tags_card": N_("Tags: {tags}"),
    # emotion
    "as_is": N_("as-is"),
    "to_be": N_("to-be"),
    "score_item": N_("{persona}: {value}"),
    "score_to_be": N_("to-be {value}"),
    "curve_title": N_("Emotion curves of {personas} across {steps} steps"),
    "curve_none": N_("No emotion scores yet."),
    "curve_persona": N_("{persona}: starts at {first} ({first_step}), lowest {low} at {low_step}, highest {high} "
                      "at {high_step}, ends at {last} ({last_step})."),
    "curve_persona_one": N_("{persona}: {first} at {first_step}."),
    "curve_more": N_("Every score is in the tables under “Emotion scores”."),
    "curve_key": N_("Solid lines with filled markers are as-is; dashed lines with hollow markers are to-be."),
    "table_stage": N_("Stage"),
    "table_step": N_("Step"),
    "table_as_is": N_("As-is"),
    "table_to_be": N_("To-be"),
    "table_label": N_("Label"),
    "table_evidence": N_("Responses"),
    "scores_of": N_("Emotion scores of {persona}"),
    "no_score": N_("no score"),
    "scale_note": N_("On a scale from {low} to {high}."),
    # pains, metrics, moments
    "where": N_("Where"),
    "pain_points": N_("Pain points"),
    "opportunities": N_("Opportunities and ideas"),
    "owners": N_("Owners"),
    "none": N_("none"),
    "no_pains": N_("No pain points on this map."),
    "no_metrics": N_("No metrics on this map."),
    "no_moments": N_("No moments of truth marked on this map."),
    "nps": N_("NPS"),
    "csat": N_("CSAT"),
    "ces": N_("CES"),
    "sample": N_("n={n}"),
    "moment_scores": N_("Scores here: {scores}"),
    "where_value": N_("{stage} › {step}"),
}

def text(key: str, **values: object) -> str:
    """The string ``key`` in the map's language, with its ``{places}`` filled in."""
    return _(STRINGS[key]).format(**values) if values else _(STRINGS[key])


def long_date(year: int, month: int, day: int) -> str:
    """A date as the page's readers write it ("4 December 2026", "4. Dezember 2026")."""
    from datetime import date

    return format_date(date(year, month, day))
