"""The fields an import fills, and the column names that mean them, in English and the map's language.

A column whose header is a field's name ("Step", "NPS", "Verbatim"), or one of
its usual synonyms, is matched without a mapping file. Only English and the
map's own language are looked at: "note" is a comment in English but a rating
in French, and a French map's survey says "Note".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..i18n import N_


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    help: str


#: Everything a column can be mapped to, in the order the mapping dialog lists them.
FIELDS: tuple[Field, ...] = (
    Field("step", N_("Step"), N_("the step of the map each row is about (its name)")),
    Field("persona", N_("Persona / segment"), N_("the persona or segment who answered (its name)")),
    Field("rating", N_("Emotion rating"), N_("a rating on any numeric scale, rescaled to the map's emotion scale")),
    Field("nps", N_("NPS"), N_("likelihood to recommend, 0-10 (or an NPS figure, with n)")),
    Field("csat", N_("CSAT"), N_("satisfaction, 1-5 (or a percentage satisfied, with n)")),
    Field("ces", N_("CES"), N_("customer effort, 1-7")),
    Field("verbatim", N_("Verbatim"), N_("what the customer wrote; becomes an evidence card")),
    Field("n", N_("Responses (n)"), N_("for aggregated rows: how many responses the row's figures rest on")),
    Field("sd", N_("Standard deviation"), N_("for aggregated rows: the spread of the ratings, for the interval")),
)
FIELD_KEYS = tuple(f.key for f in FIELDS)
FIELD_LABELS = {f.key: f.label for f in FIELDS}

_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "step": ("step", "journey step", "step name", "stage step", "touchpoint step"),
        "persona": ("persona", "segment", "customer segment", "persona name"),
        "rating": ("rating", "emotion", "emotion rating", "feel", "feeling", "sentiment", "score", "mood"),
        "nps": ("nps", "net promoter", "net promoter score", "likelihood to recommend", "recommend",
                "ltr"),
        "csat": ("csat", "satisfaction", "customer satisfaction"),
        "ces": ("ces", "effort", "customer effort", "customer effort score", "ease"),
        "verbatim": ("verbatim", "verbatims", "comment", "comments", "quote", "feedback", "open answer",
                     "open text", "remarks"),
        "n": ("n", "count", "responses", "sample size", "respondents", "base"),
        "sd": ("sd", "std", "stdev", "std dev", "standard deviation"),
    },
    "de": {
        "step": ("schritt", "journey schritt", "prozessschritt"),
        "persona": ("persona", "segment", "kundensegment"),
        "rating": ("bewertung", "emotion", "gefühl", "stimmung"),
        "nps": ("weiterempfehlung", "empfehlung"),
        "csat": ("zufriedenheit", "kundenzufriedenheit"),
        "ces": ("aufwand", "kundenaufwand"),
        "verbatim": ("kommentar", "kommentare", "zitat", "freitext", "anmerkung"),
        "n": ("anzahl", "antworten", "stichprobe"),
        "sd": ("standardabweichung",),
    },
    "fr": {
        "step": ("étape", "etape"),
        "persona": ("persona", "segment"),
        "rating": ("note", "émotion", "emotion", "ressenti"),
        "nps": ("recommandation",),
        "csat": ("satisfaction",),
        "ces": ("effort",),
        "verbatim": ("verbatim", "commentaire", "commentaires", "citation"),
        "n": ("nombre", "réponses", "effectif"),
        "sd": ("écart type", "ecart type"),
    },
    "es": {
        "step": ("paso", "etapa"),
        "persona": ("persona", "segmento"),
        "rating": ("valoración", "valoracion", "puntuación", "puntuacion", "emoción", "emocion"),
        "nps": ("recomendación", "recomendacion"),
        "csat": ("satisfacción", "satisfaccion"),
        "ces": ("esfuerzo",),
        "verbatim": ("comentario", "comentarios", "cita", "verbatim"),
        "n": ("respuestas", "muestra"),
        "sd": ("desviación estándar", "desviacion estandar"),
    },
    "nl": {
        "step": ("stap",),
        "persona": ("persona", "segment"),
        "rating": ("beoordeling", "emotie", "cijfer", "gevoel"),
        "nps": ("aanbeveling",),
        "csat": ("tevredenheid", "klanttevredenheid"),
        "ces": ("moeite", "inspanning"),
        "verbatim": ("opmerking", "opmerkingen", "citaat", "toelichting"),
        "n": ("aantal", "antwoorden"),
        "sd": ("standaarddeviatie",),
    },
    "it": {
        "step": ("passo", "fase"),
        "persona": ("persona", "segmento"),
        "rating": ("valutazione", "voto", "emozione"),
        "nps": ("raccomandazione",),
        "csat": ("soddisfazione",),
        "ces": ("sforzo",),
        "verbatim": ("commento", "commenti", "citazione"),
        "n": ("risposte", "campione"),
        "sd": ("deviazione standard",),
    },
    "pt": {
        "step": ("passo", "etapa"),
        "persona": ("persona", "segmento"),
        "rating": ("avaliação", "avaliacao", "nota", "emoção", "emocao"),
        "nps": ("recomendação", "recomendacao"),
        "csat": ("satisfação", "satisfacao"),
        "ces": ("esforço", "esforco"),
        "verbatim": ("comentário", "comentario", "comentários", "citação"),
        "n": ("respostas", "amostra"),
        "sd": ("desvio padrão", "desvio padrao"),
    },
}


def normalised(text: str) -> str:
    """Case, accents' composition, punctuation and spacing folded away: "  Step-Name: " -> "step name"."""
    text = unicodedata.normalize("NFC", text).casefold().replace("\ufeff", "")
    text = re.sub(r"[\W_]+", " ", text)
    return " ".join(text.split())


def names_for(language: str) -> dict[str, tuple[str, ...]]:
    """Field -> the column names that mean it, in English and ``language`` ("de", "fr-CH", ...)."""
    primary = language.split("-")[0].split("_")[0].casefold()
    out: dict[str, tuple[str, ...]] = {}
    for key in FIELD_KEYS:
        names = list(_NAMES["en"][key])
        if primary in _NAMES and primary != "en":
            names += _NAMES[primary][key]
        out[key] = tuple(dict.fromkeys(normalised(n) for n in names))
    return out


def match_columns(headers: list[str], language: str = "en") -> tuple[dict[str, str], dict[str, list[str]]]:
    """Columns matched to fields by their headers, and the fields more than one column could be.

    A header equal to a field name wins; otherwise a header containing one as
    whole words ("Q3. Overall satisfaction (CSAT)"), if only one column does.
    Each column is used for at most one field.
    """
    names = names_for(language)
    found: dict[str, str] = {}
    unsure: dict[str, list[str]] = {}
    used: set[str] = set()
    for exact in (True, False):
        for key in FIELD_KEYS if exact else _LOOSE_ORDER:
            if key in found:
                continue
            candidates = [h for h in headers if h not in used and _means(normalised(h), names[key], exact)]
            if key == "n" and not exact:
                candidates = []  # "n" inside a longer header ("NPS n"?) is too loose a sign
            if len(candidates) == 1:
                found[key] = candidates[0]
                used.add(candidates[0])
                unsure.pop(key, None)
            elif len(candidates) > 1:
                unsure[key] = candidates
    return found, {k: v for k, v in unsure.items() if k not in found}


#: Loose matching takes the specific fields first: "NPS score" is NPS, not an emotion "score".
_LOOSE_ORDER = ("step", "persona", "nps", "csat", "ces", "verbatim", "sd", "n", "rating")


def _means(header: str, names: tuple[str, ...], exact: bool) -> bool:
    if exact:
        return header in names
    padded = f" {header} "
    return any(f" {name} " in padded for name in names if len(name) > 1)
