"""The README's configuration table names every environment variable the service reads, and no other."""

from __future__ import annotations

import re
from pathlib import Path

from lending.config import SETTINGS

README = Path(__file__).resolve().parents[2] / "README.md"


def test_configuration_table_lists_exactly_the_settings():
    section = README.read_text(encoding="utf-8").split("## Configuration", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `([A-Z][A-Z0-9_]*)` \|", section, flags=re.M))
    assert documented == set(SETTINGS)


def test_readme_shows_the_two_commands():
    text = README.read_text(encoding="utf-8")
    assert "make run" in text and "make test" in text
