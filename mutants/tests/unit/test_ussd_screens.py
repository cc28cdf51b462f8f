"""USSD pages (issue #12): never over the limit the network counts, nothing lost or reordered, the options to move
between pages on each, in the farmer's language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lending.channels import gsm
from ussd import screens


def test_a_screen_that_fits_is_one_page_without_navigation():
    assert screens.pages(["1 Apply", "2 My loan", "3 Repay"], language="en") == ["1 Apply\n2 My loan\n3 Repay"]


def test_a_long_statement_pages_with_more_back_and_home():
    lines = [f"2026-11-{day:02d} Repayment KES 1,{day:02d}0.00" for day in range(1, 13)]  # 12 lines of 33 septets
    pages = screens.pages(lines, language="en")
    assert len(pages) == 3
    assert pages[0].endswith("\n98 More\n00 Home") and "0 Back" not in pages[0]
    assert pages[1].endswith("\n98 More\n0 Back\n00 Home")
    assert pages[2].endswith("\n0 Back\n00 Home") and "98 More" not in pages[2]
    body = [line for page in pages for line in page.split("\n") if not line.startswith(("98 ", "0 ", "00 "))]
    assert body == lines
    assert all(gsm.length(page) <= 182 for page in pages)
    # a page holds the lines that fit beside all three options: 4 × 33 + 20 + 6 newlines = 158; a fifth makes 192
    assert [len(page.split("\n")) for page in pages] == [4 + 2, 4 + 3, 4 + 2]


def test_chinese_pages_hold_79_units_and_say_the_options_in_chinese():
    lines = ["2026年11月01日 还款 1200.00元"] * 6  # 23 UCS-2 units each
    pages = screens.pages(lines, language="zh")
    assert pages[0].endswith("98 更多\n00 主菜单") and pages[-1].endswith("0 返回\n00 主菜单")
    assert all(gsm.encoding(page) is gsm.Encoding.UCS2 and gsm.length(page) <= 79 for page in pages)


def test_a_word_longer_than_a_screen_is_cut_and_kept_whole_across_pages():
    pages = screens.pages(["x" * 400], language="sw")
    assert "".join(page.split("\n")[0] for page in pages) == "x" * 400
    assert pages[0].endswith("98 Zaidi\n00 Mwanzo") and all(gsm.length(page) <= 182 for page in pages)


@given(
    st.lists(st.text(min_size=0, max_size=250), min_size=1, max_size=12),
    st.sampled_from(["zh", "en", "sw"]),
    st.sampled_from([182, 160, 120]),
)
def test_no_page_is_ever_over_the_limit_and_no_character_is_lost(lines, language, limit):
    pages = screens.pages(lines, language=language, max_septets=limit)
    assert all(gsm.fits_ussd(page, max_septets=limit) for page in pages)
    body = []
    for n, page in enumerate(pages):
        options = 0 if len(pages) == 1 else 1 + (n < len(pages) - 1) + (n > 0)  # Home, and More and Back
        page_lines = page.split("\n")
        body.extend(page_lines[: len(page_lines) - options])
    squeeze = str.maketrans("", "", " \n")
    assert "".join(body).translate(squeeze) == "".join(lines).translate(squeeze)


@pytest.mark.parametrize("language", ["zh", "en", "sw"])
def test_the_options_are_the_same_numbers_in_every_language(language):
    pages = screens.pages(["word " * 100], language=language)
    assert [line.split(" ")[0] for line in pages[1].split("\n")[-3:]] == ["98", "0", "00"]
