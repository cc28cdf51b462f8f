"""The words of USSD navigation: the options under a long screen's pages (ussd/screens.py). Keys: ussd.<option>."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "ussd.more": {"zh": "更多", "en": "More", "sw": "Zaidi"},
    "ussd.back": {"zh": "返回", "en": "Back", "sw": "Rudi"},
    "ussd.home": {"zh": "主菜单", "en": "Home", "sw": "Mwanzo"},
}
