"""Issue #10 (input hygiene): values that read as one thing and are another are refused, naming the field.

- digits are ASCII: "＋８６…" or "٣٤٠…" passed Python's \\d and got a blind index of their own (finding 5);
- amounts, quantities and rates are plain decimal strings: no JSON number, sign, exponent, space or separator;
- names and identifiers carry no format characters (bidi overrides, zero-width spaces) nor line breaks; notes may
  keep their line breaks (finding 11);
- a well-formed but crafted pagination cursor is a 422 naming cursor on every list, never a 500 (finding 10);
- a key sent twice in a JSON body is a 400 naming it; a chunked body over the limit is a 413 (finding 17).
The targets, `refused` and `with_` are those of test_bad_input.py: each case changes one field of a body the
endpoint accepts.
"""

from __future__ import annotations

import base64
import http.client
import json
import re
import threading
import uuid

import pytest
from werkzeug.serving import make_server

from tests.e2e.test_served_app import served  # noqa: F401 (gunicorn on 127.0.0.1, as production serves)
from tests.helpers import EQUIPMENT, LAND, SALE, create_farmer, make_staff, stored
from tests.integration.test_bad_input import assert_problem, bearer, refused, with_, world  # noqa: F401
from tests.integration.test_loans import accepted_loan, disbursed_loan, key, loan_world  # noqa: F401

FULL_WIDTH = str.maketrans("0123456789+", "０１２３４５６７８９＋")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


# --------------------------------------------------------------------------------------------------------------
# Finding 5: ASCII digits only.


@pytest.mark.parametrize("target", ["farmer", "patch"])
@pytest.mark.parametrize(
    "field_name, value",
    [
        pytest.param("phone", "+8" + "613800138000".translate(FULL_WIDTH), id="a phone in full-width digits"),
        pytest.param("phone", "+8" + "613800138000".translate(ARABIC_INDIC), id="a phone in Arabic-Indic digits"),
        pytest.param("phone", "+8613800138000".translate(FULL_WIDTH), id="a full-width phone and plus"),
        pytest.param("national_id", "34012319780301123".translate(FULL_WIDTH) + "0", id="a full-width national ID"),
        pytest.param(
            "national_id", "34012319780301123".translate(ARABIC_INDIC) + "0", id="an Arabic-Indic national ID"
        ),
        pytest.param("village_code", "340123104".translate(FULL_WIDTH), id="a full-width village code"),
        pytest.param("village_code", "340123104\n", id="a village code with a trailing newline"),
    ],
)
def test_an_identity_in_digits_other_than_ascii_is_a_422_naming_it(world, target, field_name, value):
    """Before: accepted (Python's \\d), with a blind index of its own: the world's farmer has +8613800138000 and
    340123197803011230, so these were the same person enrolled again past the shared-identity rule."""
    body = with_("farmer", **{field_name: value}) if target == "farmer" else {field_name: value}
    refused(world, target, body, fields=(field_name,))


@pytest.mark.parametrize(
    "phone", ["+8" + "613900000000".translate(FULL_WIDTH), "+8" + "613900000000".translate(ARABIC_INDIC)]
)
@pytest.mark.parametrize("path", ["/api/v1/auth/login", "/api/v1/auth/otp"])
def test_sign_in_with_a_phone_in_other_digits_is_a_422_naming_phone(world, path, phone):
    body = {"phone": phone, "password": "correct horse battery"} if path.endswith("login") else {"phone": phone}
    assert_problem(world.client.post(path, json=body), 422, "validation_error", "phone")


@pytest.mark.parametrize("code", ["１２３４５６", "١٢٣٤٥٦", "123456\n"])
def test_a_sign_in_code_in_other_digits_is_a_422_naming_code(world, code):
    response = world.client.post("/api/v1/auth/otp/verify", json={"phone": "+8613900000000", "code": code})
    assert_problem(response, 422, "validation_error", "code")


@pytest.mark.parametrize(
    "query",
    [
        {"phone": "+8" + "613800138000".translate(FULL_WIDTH)},
        {"national_id": "34012319780301123".translate(ARABIC_INDIC) + "0"},
        {"village_code": "３４０１２３１０４"},
    ],
)
def test_a_farmer_filter_in_other_digits_is_a_422_naming_it(world, query):
    response = world.client.get("/api/v1/farmers", query_string=query, headers=world.headers)
    assert_problem(response, 422, "validation_error", *query)


NOT_PLAIN = [
    pytest.param("1_000", id="a digit separator"),
    pytest.param("１００", id="full-width digits"),
    pytest.param("٣٠٠", id="Arabic-Indic digits"),
    pytest.param("1E+2", id="an exponent"),
    pytest.param("1e2", id="a small exponent"),
    pytest.param(" 100 ", id="spaces round it"),
    pytest.param("100\n", id="a trailing newline"),
    pytest.param("+5", id="a plus sign"),
    pytest.param("-0", id="minus zero"),
    pytest.param(".5", id="no digit before the point"),
    pytest.param("5.", id="no digit after the point"),
    pytest.param("0x10", id="hexadecimal"),
    pytest.param(100, id="a JSON integer"),
    pytest.param(100.5, id="a JSON fraction"),
    pytest.param("1.00000000000", id="11 decimals (10 at most)"),
    pytest.param("0000000000000001", id="16 integer digits (15 at most)"),
]


@pytest.mark.parametrize("value", NOT_PLAIN)
def test_an_amount_or_quantity_not_written_plainly_is_a_422_naming_it(world, value):
    for target, field_name in (
        ("sale", "amount"),
        ("sale", "quantity_kg"),
        ("land", "area_mu"),
        ("land", "annual_rent"),
        ("equipment", "price"),
        ("equipment", "subsidy"),
    ):
        refused(world, target, with_(target, **{field_name: value}), fields=(field_name,))


@pytest.mark.parametrize(
    "value, stored_as",
    [
        ("100", "100.00"),
        ("0100.5", "100.50"),
        ("1.0000000000", "1.00"),
        ("000000000000001", "1.00"),
        ("1000000000", "1000000000.00"),
    ],
)
def test_a_plain_amount_is_read_at_the_edges_of_the_pattern(world, value, stored_as):
    """10 decimals and 15 integer digits are the most the pattern takes; a billion is the largest amount."""
    response = world.targets["sale"].send(world.client, with_("sale", amount=value))
    assert response.status_code == 201 and response.json["amount"] == stored_as, response.json


def test_the_documented_decimal_pattern_takes_exactly_what_the_api_reads(world):
    """The OpenAPI document must tell a client what the server reads: every refused spelling fails the pattern,
    every accepted one matches it."""
    spec = world.client.get("/api/openapi.json").json
    amount = next(
        schema["properties"]["amount"]
        for name, schema in spec["components"]["schemas"].items()
        if name.startswith("CropSaleCreate")
    )
    assert amount["pattern"] == r"^[0-9]{1,15}(?:\.[0-9]{1,10})?$" and amount["type"] == "string"
    whole_value = re.compile(amount["pattern"][1:-1])  # ^ and $ of JSON Schema's regex: no newline before the end
    for value in [p.values[0] for p in NOT_PLAIN if isinstance(p.values[0], str)]:
        assert whole_value.fullmatch(value) is None, value
    for value in ("100", "0100.5", "1.0000000000", "000000000000001"):
        assert whole_value.fullmatch(value), value


@pytest.mark.parametrize(
    "query", [{"limit": "１０"}, {"limit": "1_0"}, {"limit": "+10"}, {"limit": " 10"}, {"limit": "10\n"}]
)
def test_a_page_limit_not_in_ascii_digits_is_a_422_naming_limit(world, query):
    response = world.client.get("/api/v1/farmers", query_string=query, headers=world.headers)
    assert_problem(response, 422, "validation_error", "limit")
    assert world.client.get("/api/v1/farmers", query_string={"limit": "10"}, headers=world.headers).status_code == 200


def test_money_routes_read_amounts_rates_and_terms_only_when_written_plainly(app, client, loan_world):
    """Repayment amount, the APR and total cost an acceptance confirms, a restructure's rate and term."""
    url = f"/api/v1/applications/{loan_world['application']['id']}"
    offer = client.get(f"{url}/offer", headers=loan_world["agent"]).json
    before = stored(app)
    for field_name, value in (
        ("apr", float(offer["apr"])),
        ("apr", offer["apr"].translate(FULL_WIDTH)),
        ("apr", f"{offer['apr']}E0"),
        ("total_cost_of_credit", f" {offer['total_cost_of_credit']}"),
    ):
        body = {
            "apr": offer["apr"],
            "total_cost_of_credit": offer["total_cost_of_credit"],
            "consent": True,
            field_name: value,
        }
        assert_problem(client.post(f"{url}/accept", headers=loan_world["agent"], json=body), 422, None, field_name)
    assert stored(app) == before
    loan = disbursed_loan(client, loan_world)
    before = stored(app)
    for amount in ("1E+2", "１００", "1_000", 100, "+5"):
        response = client.post(
            f"/api/v1/loans/{loan['id']}/repayments", headers={**loan_world["agent"], **key()}, json={"amount": amount}
        )
        assert_problem(response, 422, "validation_error", "amount")
    for field_name, value in (
        ("annual_rate", "1E-1"),
        ("annual_rate", 0.1),
        ("term_months", "12"),
        ("term_months", "１２"),
    ):
        body = {"term_months": 12, "reason": "drought", field_name: value}
        response = client.post(f"/api/v1/loans/{loan['id']}/restructures", headers=loan_world["officer"], json=body)
        assert_problem(response, 422, "validation_error", field_name)
    assert stored(app) == before


@pytest.mark.parametrize("principal", ["１２０００", "12_000", "1.2E+4", "+12000", " 12000", "-5"])
def test_the_loan_preview_command_reads_a_principal_only_when_written_plainly(app, principal):
    result = app.test_cli_runner().invoke(
        args=[
            "loan",
            "preview",
            "--method",
            "annuity",
            "--apr",
            "12%",
            "--term",
            "12",
            "--start",
            "2025-01-15",
            "--principal",
            principal,
        ]
    )
    assert result.exit_code == 2 and "--principal" in result.output, result.output
    plain = app.test_cli_runner().invoke(
        args=[
            "loan",
            "preview",
            "--method",
            "annuity",
            "--apr",
            "12%",
            "--term",
            "12",
            "--start",
            "2025-01-15",
            "--principal",
            "12000.00",
        ]
    )
    assert plain.exit_code == 0, plain.output


@pytest.mark.parametrize("phone", ["+8" + "613900000077".translate(FULL_WIDTH), "+8613900000077\n"])
def test_the_users_create_command_refuses_a_phone_not_in_ascii_digits(app, phone):
    result = app.test_cli_runner().invoke(
        args=["users", "create", "--role", "officer", "--phone", phone, "--password", "long enough"]
    )
    assert result.exit_code == 2 and "--phone" in result.output, result.output


# --------------------------------------------------------------------------------------------------------------
# Finding 11: no format characters or line breaks in names and identifiers.

HIDDEN = [
    pytest.param("王\u202e国建", "U+202E", id="a right-to-left override"),
    pytest.param("王\u2066建国\u2069", "U+2066", id="a bidi isolate"),
    pytest.param("\u200b", "U+200B", id="only a zero-width space"),
    pytest.param("\u200b\u200c\u200d", "U+200B", id="only zero-width characters"),
    pytest.param("王\ufeff建国", "U+FEFF", id="a byte-order mark inside"),
    pytest.param("王\u00ad建国", "U+00AD", id="a soft hyphen"),
    pytest.param("王\n建国", "U+000A", id="a line feed inside"),
    pytest.param("王\r建国", "U+000D", id="a carriage return inside"),
    pytest.param("王\u2028建国", "U+2028", id="a line separator"),
    pytest.param("王\u2029建国", "U+2029", id="a paragraph separator"),
    pytest.param("王\x85建国", "U+0085", id="a next-line (NEL)"),
    pytest.param("王\t建国", "U+0009", id="a tab"),
    pytest.param("王\x9b31m建国", "U+009B", id="a C1 control (CSI)"),
]
NAMES_AND_IDS = [
    ("farmer", "name"),
    ("farmer", "farmer_id"),
    ("patch", "name"),
    ("land", "contract_id"),
    ("sale", "buyer_id"),
]


@pytest.mark.parametrize("value, code_point", HIDDEN)
def test_a_name_or_identifier_with_a_hidden_or_line_breaking_character_is_a_422_naming_it(world, value, code_point):
    for target, field_name in NAMES_AND_IDS:
        body = (
            with_("farmer", **{field_name: value})
            if target == "farmer"
            else ({field_name: value} if target == "patch" else with_(target, **{field_name: value}))
        )
        problem = refused(world, target, body, fields=(field_name,))
        assert code_point in problem["errors"][field_name][0], (target, problem)


@pytest.mark.parametrize("query", [{"name": "王\u202e"}, {"farmer_id": "F\u200b"}, {"name": "王\n建"}])
def test_a_farmer_filter_with_a_hidden_character_is_a_422_naming_it(world, query):
    response = world.client.get("/api/v1/farmers", query_string=query, headers=world.headers)
    assert_problem(response, 422, "validation_error", *query)


def test_a_receipt_number_with_a_bidi_override_is_refused_and_a_note_keeps_its_line_breaks(app, client, loan_world):
    loan = disbursed_loan(client, loan_world)
    url = f"/api/v1/loans/{loan['id']}/repayments"
    for body, field_name in (
        ({"amount": "10.00", "external_ref": "R-1\u202e9"}, "external_ref"),
        ({"amount": "10.00", "external_ref": "R-1\n9"}, "external_ref"),
        ({"amount": "10.00", "note": "paid\u202e in cash"}, "note"),
        ({"amount": "10.00", "note": "paid\u200b"}, "note"),
    ):
        response = client.post(url, headers={**loan_world["agent"], **key()}, json=body)
        assert_problem(response, 422, "validation_error", field_name)
    kept = client.post(
        url,
        headers={**loan_world["agent"], **key()},
        json={"amount": "10.00", "external_ref": "R-0042", "note": "paid in cash\r\nat the co-op\u2028second visit"},
    )
    assert kept.status_code == 201, kept.json


def test_a_verification_note_keeps_its_line_breaks_but_not_a_bidi_override(world):
    sale = world.targets["sale"].send(world.client).json
    url = f"{world.farmer_url}/crop-sales/{sale['id']}/verify"
    officer_id, _ = make_staff(world.app, "officer")
    checker = bearer(world.app, officer_id, "officer")  # not the agent who captured it (maker-checker)
    response = world.client.post(url, json={"status": "verified", "note": "ok\u202e"}, headers=checker)
    assert_problem(response, 422, "validation_error", "note")
    response = world.client.post(url, json={"status": "verified", "note": "receipt seen\nco-op stamp"}, headers=checker)
    assert response.status_code == 200 and response.json["verification_note"] == "receipt seen\nco-op stamp"


# --------------------------------------------------------------------------------------------------------------
# Finding 10: a crafted cursor is a 422 on every list.


def _cursor(value) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


def _raw_cursor(text: bytes) -> str:
    return base64.urlsafe_b64encode(text).decode().rstrip("=")


WHEN = "2025-01-01T00:00:00+00:00"
ID = str(uuid.UUID(int=1))
CRAFTED = [
    pytest.param(_cursor([WHEN, 123]), id="the id a number"),
    pytest.param(_cursor([WHEN, ["x"]]), id="the id a list"),
    pytest.param(_cursor([WHEN, 1.5]), id="the id a fraction"),
    pytest.param(_cursor([WHEN, True]), id="the id a boolean"),
    pytest.param(_cursor([WHEN, None]), id="the id null"),
    pytest.param(_raw_cursor(b'["2025-01-01T00:00:00+00:00", 99999999999999999999999999]'), id="the id a huge int"),
    pytest.param(_raw_cursor(b'["2025-01-01T00:00:00+00:00", Infinity]'), id="the id Infinity"),
    pytest.param(_raw_cursor(b'[NaN, "x"]'), id="the time NaN"),
    pytest.param(_cursor([20250101, ID]), id="the time a number"),
    pytest.param(_cursor({WHEN: 1, ID: 2}), id="an object whose two keys would pass"),
    pytest.param(_cursor([WHEN, ID, "extra"]), id="three items"),
    pytest.param(_cursor([WHEN]), id="one item"),
    pytest.param(_cursor("ab"), id="a two-character string"),
    pytest.param(_raw_cursor(b"[" * 60 + b"]" * 60), id="nested lists"),
    pytest.param(_cursor(["0001-01-01T00:30:00+00:59", ID]), id="before year 1 in UTC"),
    pytest.param(_cursor(["9999-12-31T23:30:00-00:59", ID]), id="after year 9999 in UTC"),
]
LISTS = [
    "/api/v1/farmers",
    "{farmer}/land-transfers",
    "{farmer}/crop-sales",
    "{farmer}/equipment-purchases",
    "/api/v1/applications",
    "/api/v1/loans",
    "/api/v1/risk/checks",
]


@pytest.fixture
def admin(app, client) -> dict:
    """An admin (who may read every list) and a farmer with one record of each kind, enrolled by an agent."""
    agent_id, _ = make_staff(app, "agent", ["340123104"])
    agent = bearer(app, agent_id, "agent")
    farmer = f"/api/v1/farmers/{create_farmer(client, agent)['id']}"
    for kind, body in (("land-transfers", LAND), ("crop-sales", SALE), ("equipment-purchases", EQUIPMENT)):
        assert client.post(f"{farmer}/{kind}", json=body, headers=agent).status_code == 201
    admin_id, _ = make_staff(app, "admin")
    return {"headers": bearer(app, admin_id, "admin"), "farmer": farmer}


@pytest.mark.parametrize("cursor", CRAFTED)
def test_a_crafted_cursor_is_a_422_naming_cursor_on_every_list(client, admin, cursor):
    for listing in LISTS:
        response = client.get(
            listing.format(farmer=admin["farmer"]), query_string={"cursor": cursor}, headers=admin["headers"]
        )
        assert response.status_code == 422, (listing, response.get_data(as_text=True)[:300])
        assert_problem(response, 422, "validation_error", "cursor")


@pytest.mark.parametrize("listing", LISTS)
def test_a_cursor_at_the_ends_of_time_lists_everything_or_nothing(client, admin, listing):
    """Well-formed extremes reach the query on both databases and mean what they say."""
    url = listing.format(farmer=admin["farmer"])
    everything = client.get(url, headers=admin["headers"]).json["items"]
    assert everything or listing in ("/api/v1/applications", "/api/v1/loans", "/api/v1/risk/checks")
    for when, expected in (
        ("0001-01-01T00:00:00+00:00", everything),
        ("9999-12-31T23:59:59.999999+00:00", []),
        ("9999-12-31T23:59:59.9999999+00:00", []),
        ("2000-01-01T23:59:59+23:59:59.999999", everything),
    ):
        response = client.get(url, query_string={"cursor": _cursor([when, ID])}, headers=admin["headers"])
        assert response.status_code == 200, response.json
        assert response.json["items"] == expected, when


def test_a_cursor_the_server_issued_still_pages(client, admin):
    create_farmer(client, admin["headers"], phone="+8613800138009", national_id="11010519491231002X", name="李四")
    first = client.get("/api/v1/farmers", query_string={"limit": "1"}, headers=admin["headers"]).json
    second = client.get(
        "/api/v1/farmers", query_string={"limit": "1", "cursor": first["next_cursor"]}, headers=admin["headers"]
    ).json
    assert len(first["items"]) == len(second["items"]) == 1 and second["next_cursor"] is None
    assert first["items"][0]["id"] != second["items"][0]["id"]


# --------------------------------------------------------------------------------------------------------------
# Finding 17: duplicate keys and chunked bodies.


@pytest.mark.parametrize(
    "target, raw, duplicated",
    [
        pytest.param(
            "farmer", '{"name": "王建国", "village_code": "340123104", "name": "李四"}', "name", id="farmer: name twice"
        ),
        pytest.param(
            "sale",
            json.dumps(with_("sale"))[:-1] + ', "amount": "1.00"}',
            "amount",
            id="sale: amount twice, the second smaller",
        ),
        pytest.param(
            "land",
            json.dumps(with_("land"))[:-1] + ', "area_mu": "12.5"}',
            "area_mu",
            id="land: area_mu twice, the same value",
        ),
        pytest.param(
            "login",
            '{"phone": "+8613900000000", "phone": "+8613900000001", "password": "x"}',
            "phone",
            id="login: phone twice",
        ),
        pytest.param("patch", '{"household_size": 5, "extra": {"a": 1, "a": 2}}', "a", id="patch: a nested key twice"),
    ],
)
def test_a_key_sent_twice_is_a_400_naming_it(world, target, raw, duplicated):
    refused(
        world, target, data=raw, content_type="application/json", status=400, code="duplicate_key", fields=(duplicated,)
    )


def send_chunked(base: str, path: str, body: bytes, *, method: str = "POST", headers=None) -> tuple[int, dict]:
    """Send `body` with Transfer-Encoding: chunked (no Content-Length), 64 KiB a chunk, as JSON unless `headers` say
    another Content-Type; the status and JSON."""
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        connection.putrequest(method, path)
        for name, value in {
            "Content-Type": "application/json",
            **(headers or {}),
            "Transfer-Encoding": "chunked",
        }.items():
            connection.putheader(name, value)
        connection.endheaders()
        for start in range(0, len(body), 65536):
            chunk = body[start : start + 65536]
            connection.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        connection.send(b"0\r\n\r\n")
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


def _login_body_of(size: int) -> bytes:
    prefix, suffix = b'{"phone": "+8613900000000", "password": "', b'"}'
    return prefix + b"x" * (size - len(prefix) - len(suffix)) + suffix


@pytest.fixture
def werkzeug_served(app):
    """The test's app (SQLite or PostgreSQL) served by werkzeug on a free port of 127.0.0.1, in a thread."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


def _assert_chunked_limit(base: str, limit: int) -> None:
    status, problem = send_chunked(base, "/api/v1/auth/login", _login_body_of(limit + 1))
    assert (status, problem["code"]) == (413, "payload_too_large"), problem
    status, problem = send_chunked(base, "/api/v1/auth/login", _login_body_of(2 * limit))
    assert (status, problem["code"]) == (413, "payload_too_large"), problem
    for size in (limit, limit - 1):  # read whole: the password is far too long, a 422 naming it
        status, problem = send_chunked(base, "/api/v1/auth/login", _login_body_of(size))
        assert status == 422 and "password" in problem["errors"], (size, problem)


def test_a_chunked_body_over_the_limit_is_a_413_and_at_the_limit_is_read(app, werkzeug_served):
    """Before: werkzeug cut a chunked body at MAX_CONTENT_LENGTH and the cut JSON got a 400 (or, cut at a comma,
    would have been read as a shorter body)."""
    assert app.config["MAX_CONTENT_LENGTH"] == 1024 * 1024
    _assert_chunked_limit(werkzeug_served, app.config["MAX_CONTENT_LENGTH"])


def test_a_chunked_body_over_the_limit_is_a_413_under_gunicorn(served):  # noqa: F811
    _assert_chunked_limit(served, 1024 * 1024)
    status, problem = send_chunked(
        served, "/api/v1/auth/login", b'{"phone": "+8613900000000", "password": "a", "password": "b"}'
    )
    assert (status, problem["code"], list(problem["errors"])) == (400, "duplicate_key", ["password"])
