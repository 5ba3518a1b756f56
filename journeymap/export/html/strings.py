"""Every word the HTML export adds to a map's own text, in one table (English).

The page's headings, labels and text alternatives are looked up here by key,
with ``{named}`` places for the map's values, so a translation layer (gettext,
Babel) can wrap the table without touching the page builder. ``LANGUAGE`` is
the language of these words: the page's ``lang``. The map's own text carries
the map's language where it differs.
"""

from __future__ import annotations

LANGUAGE = "en"

STRINGS: dict[str, str] = {
    # the page
    "page_title": "{title}: customer journey map",
    "skip_grid": "Skip the grid, to the emotion scores",
    "contents": "On this page",
    "made_with": "Made with {app} {version} from the map as last modified on {date}.",
    "by": "By {names}",
    "scope": "Scope: {scope}",
    "tags": "Tags: {tags}",
    "modified": "Last modified {date}",
    # sections
    "about": "About this journey",
    "scenario": "Scenario",
    "expectations": "Expectations",
    "personas": "Personas",
    "journey": "The journey, stage by stage",
    "grid_label": "The map as a grid",
    "grid_hint": ("The map scrolls sideways and down; the stage and step names stay at the top and the "
                  "lane names at the left. With a keyboard, move into the map with Tab and scroll it "
                  "with the arrow keys."),
    "emotions": "Emotion scores",
    "pains": "Pain points and opportunities",
    "metrics": "Metrics",
    "moments": "Moments of truth",
    # personas
    "role": "Role",
    "quote": "Quote",
    "goals": "Goals",
    "needs": "Needs",
    "persona_pains": "Pains",
    "gains": "Gains",
    "channels": "Channels",
    "empathy_map": "Empathy map",
    "designed_by": "Designed by {name}",
    # the grid
    "stage_number": "Stage {number}:",
    "step_of_stage": "{step} (in {stage})",
    "no_steps": "No steps yet.",
    "about_stage": "About the stage",
    "about_step": "About the step",
    "lane_label": "{lane}",
    "lane_below_line": "{lane}, below the {line}",
    "emotion_lane": "Emotion",
    "moment_of_truth": "Moment of truth",
    "channel": "Channel: {channel}",
    "owner": "Owner: {owner}",
    "votes_one": "1 vote",
    "votes_many": "{count} votes",
    "assumed": "Assumed",
    "proposed": "Proposed (to-be)",
    "proposed_short": "proposed",
    "observed": "Observed",
    "no_text": "(no text)",
    "tags_card": "Tags: {tags}",
    # emotion
    "as_is": "as-is",
    "to_be": "to-be",
    "score_item": "{persona}: {value}",
    "score_to_be": "to-be {value}",
    "curve_title": "Emotion curves of {personas} across {steps} steps",
    "curve_none": "No emotion scores yet.",
    "curve_persona": ("{persona}: starts at {first} ({first_step}), lowest {low} at {low_step}, highest {high} "
                      "at {high_step}, ends at {last} ({last_step})."),
    "curve_persona_one": "{persona}: {first} at {first_step}.",
    "curve_more": "Every score is in the tables under “Emotion scores”.",
    "curve_key": "Solid lines with filled markers are as-is; dashed lines with hollow markers are to-be.",
    "table_stage": "Stage",
    "table_step": "Step",
    "table_as_is": "As-is",
    "table_to_be": "To-be",
    "table_label": "Label",
    "table_evidence": "Responses",
    "scores_of": "Emotion scores of {persona}",
    "no_score": "no score",
    "scale_note": "On a scale from {low} to {high}.",
    # pains, metrics, moments
    "where": "Where",
    "pain_points": "Pain points",
    "opportunities": "Opportunities and ideas",
    "owners": "Owners",
    "none": "none",
    "no_pains": "No pain points on this map.",
    "no_metrics": "No metrics on this map.",
    "no_moments": "No moments of truth marked on this map.",
    "nps": "NPS",
    "csat": "CSAT",
    "ces": "CES",
    "sample": "n={n}",
    "moment_scores": "Scores here: {scores}",
    "where_value": "{stage} › {step}",
}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def text(key: str, **values: object) -> str:
    """The string ``key`` with its ``{places}`` filled in."""
    return STRINGS[key].format(**values) if values else STRINGS[key]


def long_date(year: int, month: int, day: int) -> str:
    return f"{day} {MONTHS[month - 1]} {year}"
