"""How much text fits on a phone's screen or in an SMS: the GSM 03.38 alphabet (7-bit septets; the extension table's
characters take two) or, for anything outside it (Chinese, most emoji), UCS-2 (UTF-16 code units). USSD screens
(issue #12) and SMS segments (issue #14) are counted here, once. Pure Python.
"""

from __future__ import annotations

from enum import StrEnum

# GSM 03.38 default alphabet (the escape to the extension table, 0x1B, is not a character of its own)
_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_EXTENSION = frozenset("\f^{}\\[~]|€")  # each is the escape septet and its own

USSD_OCTETS = 160  # one USSD string: 182 septets of GSM-7, or 80 UCS-2 code units


class Encoding(StrEnum):
    GSM7 = "GSM-7"
    UCS2 = "UCS-2"


def septets(text: str) -> int | None:
    """The septets `text` takes in GSM-7, or None when a character is outside the alphabet."""
    count = 0
    for char in text:
        if char in _BASIC:
            count += 1
        elif char in _EXTENSION:
            count += 2
        else:
            return None
    return count


def encoding(text: str) -> Encoding:
    return Encoding.GSM7 if septets(text) is not None else Encoding.UCS2


def length(text: str) -> int:
    """Its length in its encoding's units: septets for GSM-7, UTF-16 code units for UCS-2 (an emoji counts 2)."""
    counted = septets(text)
    return counted if counted is not None else len(text.encode("utf-16-le")) // 2


def ussd_limit(text: str, *, max_septets: int = USSD_OCTETS * 8 // 7) -> int:
    """The most `text`'s encoding allows on one USSD screen: `max_septets` (182 by default, USSD_MAX_CHARS) for
    GSM-7; the same octets, two per unit, for UCS-2 (79 for 182 septets: 159 whole octets)."""
    if encoding(text) is Encoding.GSM7:
        return max_septets
    return (max_septets * 7 // 8) // 2


def fits_ussd(text: str, *, max_septets: int = USSD_OCTETS * 8 // 7) -> bool:
    return length(text) <= ussd_limit(text, max_septets=max_septets)


# one SMS, or each part of a longer one (a concatenated SMS gives 7 septets / 3 UCS-2 units of each part to its header)
SMS_SINGLE = {Encoding.GSM7: 160, Encoding.UCS2: 70}
SMS_PART = {Encoding.GSM7: 153, Encoding.UCS2: 67}


def _units(char: str, text_encoding: Encoding) -> int:
    if text_encoding is Encoding.GSM7:
        return 2 if char in _EXTENSION else 1
    return len(char.encode("utf-16-le")) // 2


def sms_parts(text: str) -> list[str]:
    """`text` as the network splits it into SMS: one part when it fits 160 septets (GSM-7) or 70 UCS-2 units, else
    parts of at most 153 septets or 67 units. A character is never split across two parts: neither an extension
    character's escape pair nor an emoji's two UTF-16 units (the part before it is left a unit short)."""
    text_encoding = encoding(text)
    if length(text) <= SMS_SINGLE[text_encoding]:
        return [text]
    limit, parts, part, used = SMS_PART[text_encoding], [], [], 0
    for char in text:
        units = _units(char, text_encoding)
        if used + units > limit:
            parts.append("".join(part))
            part, used = [], 0
        part.append(char)
        used += units
    parts.append("".join(part))
    return parts


def sms_segments(text: str) -> tuple[Encoding, int]:
    """The encoding `text` is sent in and how many SMS it takes (what the farmer's operator counts and bills)."""
    return encoding(text), len(sms_parts(text))
