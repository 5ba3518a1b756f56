"""The bundled templates as data, by file stem (the name `journeymap new --template` takes)."""

from collections.abc import Callable

from journeymap.model import JourneyMap

from . import blank, credit_card, damaged_dress, hotel_blueprint, online_purchase, saas_trial, support_bug

TEMPLATES: dict[str, Callable[[], JourneyMap]] = {
    "blank": blank.build,
    "online-purchase": online_purchase.build,
    "credit-card": credit_card.build,
    "support-bug": support_bug.build,
    "saas-trial": saas_trial.build,
    "hotel-blueprint": hotel_blueprint.build,
    "damaged-dress": damaged_dress.build,
}
