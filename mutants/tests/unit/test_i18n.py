"""Farmer-facing texts: every key in every language with the same placeholders, looked up with a fallback."""

from __future__ import annotations

import re
import string

import pytest

from lending import i18n
from lending.i18n import consents
from lending.scoring import explain


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", sorted(i18n.CATALOG))
def test_every_text_is_written_in_every_language(key):
    versions = i18n.CATALOG[key]
    assert set(versions) == set(i18n.LANGUAGES), f"{key}: missing {set(i18n.LANGUAGES) - set(versions)}"
    assert all(text.strip() for text in versions.values()), key


@pytest.mark.parametrize("key", sorted(i18n.CATALOG))
def test_a_text_has_the_same_placeholders_in_every_language(key):
    versions = i18n.CATALOG[key]
    assert len({frozenset(_placeholders(text)) for text in versions.values()}) == 1, versions


@pytest.mark.parametrize("key", sorted(key for key, versions in i18n.CATALOG.items() if versions["en"] != "{label}"))
def test_swahili_and_chinese_are_translations_not_copies_of_english(key):
    versions = i18n.CATALOG[key]
    assert versions["sw"] != versions["en"]
    assert re.search(r"[\u4e00-\u9fff]", versions["zh"]), key


def test_the_default_language_is_chinese_among_three():
    assert (i18n.LANGUAGES, i18n.DEFAULT_LANGUAGE) == (("zh", "en", "sw"), "zh")


def test_a_text_is_filled_with_its_params_in_the_language_asked():
    assert i18n.text("reminder.due_soon", "sw", amount="1,500 UGX", date="2026-03-01") == (
        "agrilend: 1,500 UGX ya mkopo wako inadaiwa tarehe 2026-03-01. Asante kwa kulipa kwa wakati."
    )
    assert i18n.text("decision.rule.hard.age", "en") == "We lend to borrowers aged 18 to 70."
    assert i18n.text("decision.rule.hard.age", "sw") == "Tunakopesha watu wenye umri wa miaka 18 hadi 70."


def test_a_text_not_yet_translated_falls_back_to_english_then_chinese(monkeypatch):
    monkeypatch.setitem(i18n.CATALOG, "test.english_only", {"en": "In English", "zh": "中文"})
    monkeypatch.setitem(i18n.CATALOG, "test.chinese_only", {"zh": "只有中文"})
    assert i18n.text("test.english_only", "sw") == "In English"
    assert i18n.text("test.english_only", "zh") == "中文"
    assert i18n.text("test.chinese_only", "sw") == "只有中文"
    assert i18n.text("test.chinese_only", "en") == "只有中文"


def test_an_unknown_language_or_key_is_a_mistake_of_the_caller():
    with pytest.raises(ValueError, match="language"):
        i18n.text("decision.human_review", "fr")
    with pytest.raises(KeyError):
        i18n.text("decision.no_such_text", "en")


def test_every_reason_code_has_words_for_a_value_on_record_and_for_a_missing_one():
    for code in explain.REASON_CODES.values():
        assert f"reason.{code}" in i18n.CATALOG and f"reason.{code}.missing" in i18n.CATALOG, code


def test_reason_text_by_code_and_for_missing_values():
    assert i18n.reason_text("R05", feature="late_rent_share", missing=False, language="en") == (
        "Rent payments were often late"
    )
    assert (
        i18n.reason_text("R05", feature="late_rent_share", missing=False, language="zh") == "土地流转租金多次逾期支付"
    )
    assert i18n.reason_text("R05", feature="late_rent_share", missing=False, language="sw") == (
        "Kodi ya ardhi ililipwa kwa kuchelewa mara nyingi"
    )
    assert i18n.reason_text("R01", feature="leased_area_mu", missing=True, language="en") == (
        "No land-transfer contract on record"
    )
    assert i18n.reason_text("R01", feature="leased_area_mu", missing=True, language="zh") == "无土地流转合同记录"
    with pytest.raises(ValueError, match="language"):
        i18n.reason_text("R05", feature="late_rent_share", missing=False, language="fr")


def test_a_feature_without_written_text_gets_a_generic_reason():
    assert i18n.reason_text("X-soil_ph", feature="soil_ph", missing=False, language="en") == "Soil ph"
    assert i18n.reason_text("X-soil_ph", feature="soil_ph", missing=True, language="en") == "Soil ph not on record"
    assert i18n.reason_text("X-soil_ph", feature="soil_ph", missing=True, language="sw") == (
        "Soil ph: hakuna kumbukumbu"
    )


def test_every_published_consent_text_is_in_the_catalog_under_its_purpose_and_version():
    assert consents.VERSIONS == ("2026-11", "2025-01")
    assert consents.current("credit_scoring") == "2026-11"
    for purpose, versions in consents.TEXTS.items():
        for version, texts in versions.items():
            assert i18n.CATALOG[f"consent.{purpose}.{version}"] is texts
    assert i18n.text("consent.service_sms.2025-01", "sw").startswith("Ninakubali kupokea SMS")


@pytest.mark.parametrize("key", sorted(key for key in i18n.CATALOG if key.startswith("error.")))
def test_a_refusal_text_names_a_code_the_service_raises(key):
    """No words for a refusal that nothing raises: each error.<code> is a code written in lending/ (a LendingError
    class's or a raise's `code`)."""
    from pathlib import Path

    code = key.removeprefix("error.")
    source = "\n".join(
        path.read_text(encoding="utf-8")
        for path in Path(i18n.__file__).parents[1].rglob("*.py")
        if "i18n" not in path.parts
    )
    assert f'"{code}"' in source, code
