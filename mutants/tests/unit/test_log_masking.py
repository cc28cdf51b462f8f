"""Log masking (lending/security/pii.py): phones and ID numbers however written — grouped with spaces, dashes, dots
or brackets, raw or URL-encoded in a query string — never reach a log line whole; other numbers stay readable."""

from __future__ import annotations

import logging

import pytest

from lending.security import pii

PHONE_DIGITS, ID_DIGITS = "8613800138000", "34012319780301123X"


@pytest.mark.parametrize(
    "written, logged",
    [
        ('"GET /api/v1/farmers?phone=%2B86-138-0013-8000 HTTP/1.1" 200', "?phone=%2B8***********8000 "),
        ('"GET /api/v1/farmers?phone=%2B86%20138%200013%208000 HTTP/1.1" 200', "?phone=%2B8*****************8000 "),
        ('"GET /api/v1/farmers?phone=+86+138+0013+8000 HTTP/1.1" 200', "?phone=+86+*********8000 "),
        ('"GET /api/v1/farmers?national_id=340123-19780301-123X HTTP/1.1" 200', "?national_id=3401************123X "),
        ('"GET /api/v1/farmers?limit=5&Phone=%2b86.138.0013.8000&x=1 HTTP/1.1"', "&Phone=%2b8***********8000&x=1 "),
        ("farmer +86 138 0013 8000", "farmer +86 *********8000"),
        ("farmer +86.138.0013.8000", "farmer +86.*********8000"),
        ("farmer +86-138-0013-8000", "farmer +86-*********8000"),
        ("farmer +8613800138000", "farmer +861******8000"),
        ("farmer 138 0013 8000", "farmer 138 *****8000"),
        ("farmer 13800138000", "farmer 1380***8000"),
        ("ID 340123 19780301 123x", "ID 3401************123x"),
        ("ID 34012319780301123X", "ID 3401**********123X"),
    ],
)
def test_phones_and_ids_are_masked_however_written(written, logged):
    masked = pii.mask_text(written)
    assert logged in masked
    assert PHONE_DIGITS[2:7] not in masked.replace(" ", "").replace("-", "").replace(".", "")
    assert ID_DIGITS[5:10] not in masked.replace(" ", "").replace("-", "")


@pytest.mark.parametrize(
    "text",
    [
        "schedule 1500.00 1500.00 1500.00 1500.00 due 2025-03-01 12:00:00",
        "application 00000000-0000-4000-8000-000000000000 amount 13500.00",
        '127.0.0.1 - - [29/Nov/2026:13:32:15 +0000] "GET /api/v1/farmers/123 HTTP/1.1" 200 1234567',
        "limit=20&village_code=340123104&cursor=1234567890123",
    ],
)
def test_other_numbers_stay_as_they_are(text):
    assert pii.mask_text(text) == text


def test_an_access_log_line_of_the_development_server_is_masked_when_logged(caplog):
    """What `flask run` (werkzeug) and gunicorn's access log send through logging reaches no handler unmasked."""
    pii.install_log_masking()
    with caplog.at_level(logging.INFO):
        logging.getLogger("werkzeug").info(
            '%s - - [%s] "%s" %s %s',
            "127.0.0.1",
            "29/Nov/2026 13:32:15",
            "GET /api/v1/farmers?phone=%2B86%20138-0013-8000 HTTP/1.1",
            "200",
            "-",
        )
        logging.getLogger("gunicorn.access").info(
            '%(h)s "%(r)s" %(s)s',
            {"h": "127.0.0.1", "r": "GET /api/v1/farmers?national_id=340123-19780301-123X HTTP/1.1", "s": "200"},
        )
    assert "phone=%2B8*************8000 " in caplog.text
    assert "national_id=3401************123X " in caplog.text
    assert "0013" not in caplog.text and "19780301" not in caplog.text
