"""Journeymap's models are built without Pydantic's plugin search (start-up time), and validate as before."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest
from pydantic import ValidationError

from journeymap.model import Card, pydantic_plugins


def test_the_models_start_without_the_package_metadata_reader():
    code = ("import sys\nfrom journeymap.templates import new_from_template\n"
            "journey = new_from_template('online-purchase')\n"
            "print(len(journey.stages) > 0, 'importlib.metadata' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "False"]


def test_pydantic_still_asks_the_module_that_answers_no_plugins():
    """A Pydantic that finds its plugins elsewhere would search again: this test says so on upgrade."""
    from pydantic.plugin import _schema_validator

    assert "from ._loader import get_plugins" in inspect.getsource(_schema_validator.create_schema_validator)
    assert sys.modules[pydantic_plugins.LOADER].get_plugins() == ()


def test_anything_else_pydantic_asks_of_its_loader_comes_from_its_own_module():
    loader = sys.modules[pydantic_plugins.LOADER]
    assert loader.PYDANTIC_ENTRY_POINT_GROUP == "pydantic"
    with pytest.raises(AttributeError):
        loader.no_such_name  # noqa: B018


def test_validation_is_unchanged():
    with pytest.raises(ValidationError):
        Card.model_validate({"id": "c1", "text": 5})
