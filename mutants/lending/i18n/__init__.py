"""Every farmer-facing text, in Chinese, English and Swahili, looked up by a dotted key and a language.

    text("decision.summary.approved", "sw")
    text("reminder.overdue", "en", amount="1,200.00 CNY", date="2026-03-01")
    reason_text("R05", feature="late_rent_share", missing=False, language="zh")

The catalogs are plain dicts a translator can read, one module per subject: decisions, reasons, reminders, sign-in
SMS, consents, refusals (errors) and USSD navigation. Each text has a version in every language of LANGUAGES and
the same `{placeholders}` in each (tests/unit/test_i18n.py checks both). Channels choose the language (REST from
Accept-Language, SMS from the farmer's record) and ask here for the words; codes (rule, reason, status) stay in the
data.
"""

from __future__ import annotations

from . import consents, decisions, errors, payments, reasons, reminders, sign_in, sms_commands, ussd

LANGUAGES = ("zh", "en", "sw")
DEFAULT_LANGUAGE = "zh"
FALLBACK = ("en", "zh")  # a text not yet translated into the language asked for is shown in the first of these

CATALOG: dict[str, dict[str, str]] = {
    **decisions.TEXTS,
    **errors.TEXTS,
    **payments.TEXTS,
    **reasons.TEXTS,
    **reminders.TEXTS,
    **sign_in.TEXTS,
    **sms_commands.TEXTS,
    **ussd.TEXTS,
    **consents.catalog_texts(),
}


def text(key: str, language: str, **params) -> str:
    """The text of `key` in `language` (one of LANGUAGES), its `{placeholders}` filled from `params`. A text missing
    in that language falls back to English, then Chinese. An unknown key raises KeyError, an unknown language
    ValueError: both are mistakes of the caller, not of the farmer."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    versions = CATALOG[key]
    for candidate in (language, *FALLBACK):
        if candidate in versions:
            return versions[candidate].format(**params)
    raise KeyError(f"{key} has no text in {language} nor in {', '.join(FALLBACK)}")


def reason_text(code: str, *, feature: str, missing: bool, language: str) -> str:
    """The words of a decision's reason: its code (R01…, scoring.explain.REASON_CODES) names them; a feature with
    no written text yet gets a plain one built from its name. `missing`: the farmer's value was not on record (the
    reason then says so)."""
    suffix = ".missing" if missing else ""
    if f"reason.{code}{suffix}" in CATALOG:
        return text(f"reason.{code}{suffix}", language)
    words = feature.replace("_", " ")
    return text(f"reason.unlisted{suffix}", language, label=f"{words[:1].upper()}{words[1:]}")
