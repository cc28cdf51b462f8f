"""Counting a screen or an SMS as the network does: GSM-7 septets (extension characters two), else UCS-2 units."""

from __future__ import annotations

import pytest

from lending.channels import gsm


@pytest.mark.parametrize(
    "text, septets",
    [
        ("", 0),
        ("CON 1 Apply\n2 My loan", 21),  # 11 + the newline + 9
        ("Salio: KES 1,200.00", 19),
        ("€5", 3),  # the euro sign is in the extension table: escape + itself
        ("{[x]}", 9),
        ("àÄ@£", 4),  # accented letters of the basic table are one septet each
    ],
)
def test_gsm7_text_counts_septets_with_extension_characters_as_two(text, septets):
    assert gsm.septets(text) == septets and gsm.encoding(text) == gsm.Encoding.GSM7 and gsm.length(text) == septets


@pytest.mark.parametrize(
    "text, units",
    [("余额 1200", 7), ("á", 1), ("ç", 1), ("`", 1), ("😀", 2), ("Habari 😀", 9)],
)
def test_anything_outside_the_alphabet_is_ucs2_counted_in_utf16_units(text, units):
    # á, lower-case ç and the backtick are not in GSM 03.38 (Ç is; ç is not): one of them makes the whole text UCS-2
    assert gsm.septets(text) is None and gsm.encoding(text) == gsm.Encoding.UCS2 and gsm.length(text) == units


def test_a_ussd_screen_holds_182_septets_or_79_ucs2_units():
    assert gsm.ussd_limit("CON x") == 182 and gsm.ussd_limit("CON 余额") == 79
    assert gsm.fits_ussd("a" * 182) and not gsm.fits_ussd("a" * 183)
    assert gsm.fits_ussd("a" * 180 + "€") and not gsm.fits_ussd("a" * 181 + "€")  # € takes two
    assert gsm.fits_ussd("余" * 79) and not gsm.fits_ussd("余" * 80)
    assert gsm.fits_ussd("😀" * 39 + "余") and not gsm.fits_ussd("😀" * 40)  # an emoji is two units


def test_a_smaller_configured_screen_shrinks_both_limits():
    # USSD_MAX_CHARS = 160: 160 septets, or 70 UCS-2 units (140 octets)
    assert gsm.ussd_limit("x", max_septets=160) == 160 and gsm.ussd_limit("余", max_septets=160) == 70
    assert gsm.fits_ussd("x" * 160, max_septets=160) and not gsm.fits_ussd("x" * 161, max_septets=160)
