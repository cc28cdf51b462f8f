"""USSD screens that never exceed the phone's limit (issue #12): a long text or list is cut into pages at line and
word boundaries, each page carrying the options that move between them — `98` More, `0` Back, `00` Home — in the
farmer's language. The limit is counted as the network counts it (`lending.channels.gsm`): 182 GSM-7 septets by
default (USSD_MAX_CHARS), fewer when the text needs UCS-2 (Chinese, emoji).
"""

from __future__ import annotations

from lending import i18n
from lending.channels import gsm

MORE, BACK, HOME = "98", "0", "00"


def _navigation(language: str, *, more: bool, back: bool) -> list[str]:
    options = []
    if more:
        options.append(f"{MORE} {i18n.text('ussd.more', language)}")
    if back:
        options.append(f"{BACK} {i18n.text('ussd.back', language)}")
    options.append(f"{HOME} {i18n.text('ussd.home', language)}")
    return options


def _fits(lines: list[str], max_septets: int) -> bool:
    return gsm.fits_ussd("\n".join(lines), max_septets=max_septets)


def _pieces(line: str, navigation: list[str], max_septets: int) -> list[str]:
    """`line` cut at spaces (a word longer than a screen: anywhere) into pieces that each fit on a page with
    `navigation` under them."""
    pieces, current = [], ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if _fits([candidate, *navigation], max_septets):
            current = candidate
            continue
        if current:
            pieces.append(current)
        current = ""
        for char in word:
            if _fits([current + char, *navigation], max_septets):
                current += char
            else:
                pieces.append(current)
                current = char
    pieces.append(current)
    return pieces


def pages(lines: list[str], *, language: str, max_septets: int = 182) -> list[str]:
    """The pages of a screen whose content is `lines`, in order; one page, with no navigation, when it all fits.
    Every page fits with all three options under it, so it fits with the ones it has."""
    if _fits(lines, max_septets):
        return ["\n".join(lines)]
    widest = _navigation(language, more=True, back=True)
    grouped: list[list[str]] = [[]]
    for piece in (piece for line in lines for piece in _pieces(line, widest, max_septets)):
        if grouped[-1] and not _fits([*grouped[-1], piece, *widest], max_septets):
            grouped.append([piece])
        else:
            grouped[-1].append(piece)
    return [
        "\n".join([*group, *_navigation(language, more=n < len(grouped) - 1, back=n > 0)])
        for n, group in enumerate(grouped)
    ]
