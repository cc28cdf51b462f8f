"""Bad input always gets a clear 4xx problem JSON naming the field, stores nothing, and never causes a 500.

DESIGN.md §9: "Bad input always gets a 4xx problem JSON naming the field; no request can produce a 500."
Each case below changes ONE thing in a body the endpoint accepts (see test_the_baseline_bodies_are_accepted), so
the case's id says why the request is wrong.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import json
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSWORD
from tests.helpers import EQUIPMENT, FARMER, LAND, SALE, create_farmer, make_staff, stored

SECOND_IDENTITY = {"phone": "+8613800138001", "national_id": "340123198001011233"}  # the world's farmer has FARMER's

PROBLEM = "application/problem+json"

CONSENT = {"purpose": "credit_scoring", "text_version": "2026-11"}
PATCH = {"household_size": 5}

TWO_MIB = 2 * 1024 * 1024


# --------------------------------------------------------------------------------------------------------------
# The endpoints under test, each with a body it accepts.


@dataclass
class Target:
    method: str
    url: str
    headers: dict
    body: dict

    def send(self, client, body=None, *, data=None, content_type=None, headers=None):
        all_headers = {**self.headers, **(headers or {})}
        if data is not None or content_type is not None:
            return client.open(self.url, method=self.method, data=data, content_type=content_type, headers=all_headers)
        return client.open(self.url, method=self.method, json=self.body if body is None else body, headers=all_headers)


class World:
    """An agent of village 340123104, signed in, with one farmer; and the endpoints to send bad input to."""

    def __init__(self, app, client):
        self.app, self.client = app, client
        self.agent_id, self.phone = make_staff(app, "agent", ["340123104"])
        self.headers = bearer(app, self.agent_id, "agent")
        self.farmer = create_farmer(client, self.headers)
        farmer_url = f"/api/v1/farmers/{self.farmer['id']}"
        self.farmer_url = farmer_url
        self.targets = {
            "farmer": Target("POST", "/api/v1/farmers", self.headers, {**FARMER, **SECOND_IDENTITY}),
            "land": Target("POST", f"{farmer_url}/land-transfers", self.headers, LAND),
            "sale": Target("POST", f"{farmer_url}/crop-sales", self.headers, SALE),
            "equipment": Target("POST", f"{farmer_url}/equipment-purchases", self.headers, EQUIPMENT),
            "patch": Target("PATCH", farmer_url, {**self.headers, "If-Match": '"1"'}, PATCH),
            "consent": Target("POST", f"{farmer_url}/consents", self.headers, CONSENT),
            "login": Target("POST", "/api/v1/auth/login", {}, {"phone": self.phone, "password": PASSWORD}),
        }

    def stored(self) -> dict:
        return stored(self.app)


@functools.cache
def _password_hash() -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(PASSWORD)  # what lending.security.passwords.hash_secret does


def bearer(app, subject, role: str) -> dict:
    """An access token as /auth/login would issue it (sign-in itself is tested in test_ownership.py)."""
    from lending.security import tokens

    token = tokens.issue(
        secret=app.config["SECRET_KEY"], subject=subject, role=role, kind="access", lifetime=dt.timedelta(minutes=15)
    )
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def world(app, client, monkeypatch) -> World:
    # argon2 costs ~0.1 s a hash; every staff account here shares one real hash of PASSWORD.
    monkeypatch.setattr("lending.security.passwords.hash_secret", lambda secret: _password_hash())
    return World(app, client)


TARGETS = ["farmer", "land", "sale", "equipment", "patch", "consent", "login"]


def assert_problem(response, status: int, code: str | None = None, *fields: str) -> dict:
    """A problem JSON with this status (and code), naming each of `fields` in `errors`."""
    text = response.get_data(as_text=True)[:600]
    assert response.status_code == status, f"expected {status}, got {response.status_code}: {text}"
    assert response.mimetype == PROBLEM, f"content type {response.mimetype}: {text}"
    problem = response.get_json()
    assert set(problem) >= {"code", "status", "message", "errors"}, problem
    assert problem["status"] == status and problem["message"], problem
    if code is not None:
        assert problem["code"] == code, problem
    for name in fields:
        assert name in problem["errors"], f"{name!r} not named in errors: {problem}"
    return problem


def refused(
    world: World,
    target: str,
    body=None,
    *,
    status: int = 422,
    code: str | None = "validation_error",
    fields: tuple[str, ...] = (),
    **send,
) -> dict:
    """Send a bad request to `target`; it must be refused as described and leave the database as it was."""
    before = world.stored()
    response = world.targets[target].send(world.client, body, **send)
    problem = assert_problem(response, status, code, *fields)
    assert world.stored() == before, "a refused request changed the database"
    return problem


def with_(target: str, **changes) -> dict:
    """The accepted body of `target` with some fields changed (a value of ... removes the field)."""
    bodies = {
        "farmer": {**FARMER, **SECOND_IDENTITY},
        "land": LAND,
        "sale": SALE,
        "equipment": EQUIPMENT,
        "patch": PATCH,
        "consent": CONSENT,
        "login": {"phone": "+8613900000000", "password": PASSWORD},
    }
    body = {**bodies[target], **changes}
    return {k: v for k, v in body.items() if v is not ...}


def case(target: str, field_name: str, value, why: str):
    return pytest.param(target, field_name, value, id=f"{target}: {why}")


def lender_today() -> dt.date:
    return dt.datetime.now(ZoneInfo("Asia/Shanghai")).date()


# --------------------------------------------------------------------------------------------------------------
# The baseline: every body used below is accepted as it is, so each refusal is caused by the one change made.


@pytest.mark.parametrize("target", TARGETS)
def test_the_baseline_bodies_are_accepted(world, target):
    response = world.targets[target].send(world.client)
    assert response.status_code in (200, 201), response.json


# --------------------------------------------------------------------------------------------------------------
# Bodies that are not a JSON object.

MALFORMED_JSON = [
    pytest.param(b'{"name": ', id="cut off after the colon"),
    pytest.param(b"{'name': 'x'}", id="single quotes"),
    pytest.param(b'{"name": "x",}', id="trailing comma"),
    pytest.param(b'{"name": "x"} trailing', id="text after the object"),
    pytest.param(b'{"name": "\xff\xfe"}', id="not UTF-8"),
]


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("raw", MALFORMED_JSON)
def test_malformed_json_is_a_400_invalid_json(world, target, raw):
    refused(
        world, target, data=raw, content_type="application/json", status=400, code="invalid_json", fields=("_body",)
    )


NOT_AN_OBJECT = [
    pytest.param("[]", id="an empty array"),
    pytest.param('[{"name": "x"}]', id="an array of objects"),
    pytest.param('"name"', id="a string"),
    pytest.param("42", id="a number"),
    pytest.param("true", id="a boolean"),
    pytest.param("null", id="null"),
]


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("raw", NOT_AN_OBJECT)
def test_a_json_value_that_is_not_an_object_is_refused_naming_the_body(world, target, raw):
    refused(world, target, data=raw, content_type="application/json", fields=("_body",))


REQUIRED = {
    "farmer": "name",
    "land": "contract_id",
    "sale": "sale_date",
    "equipment": "purchase_date",
    "consent": "purpose",
    "login": "phone",
    "patch": "_body",
}


@pytest.mark.parametrize("target", TARGETS)
def test_an_empty_body_is_refused_naming_the_body_or_a_required_field(world, target):
    """Content-Type JSON and zero bytes: not a JSON document (400), or no fields at all (422 naming a required one).
    For PATCH, which has no required field, nothing to change is not a change: it must name the body."""
    before = world.stored()
    response = world.targets[target].send(world.client, data=b"", content_type="application/json")
    problem = assert_problem(response, response.status_code)
    assert (response.status_code, problem["code"]) in ((400, "invalid_json"), (422, "validation_error")), problem
    assert {"_body", REQUIRED[target]} & set(problem["errors"]), problem
    assert world.stored() == before


@pytest.mark.parametrize("target", sorted(set(REQUIRED) - {"patch"}))
def test_an_empty_object_is_refused_naming_a_required_field(world, target):
    refused(world, target, {}, fields=(REQUIRED[target],))


# --------------------------------------------------------------------------------------------------------------
# Wrong JSON types.

WRONG_TYPES = [
    case("farmer", "birth_year", "abc", "birth_year is text, not a year"),
    case("farmer", "birth_year", 1978.5, "birth_year has a fraction"),
    case("farmer", "birth_year", "1978", "birth_year is a number inside a string"),
    case("farmer", "household_size", True, "household_size is a boolean, not a count"),
    case("farmer", "household_size", [4], "household_size is a list"),
    case("farmer", "name", 12, "name is a number, not text"),
    case("farmer", "name", None, "name is null"),
    case("farmer", "name", {"zh": "王建国"}, "name is an object"),
    case("farmer", "village_code", 340123104, "village_code is a number, not a code"),
    case("farmer", "phone", 8613800138000, "phone is a number, not E.164 text"),
    case("farmer", "language", ["zh"], "language is a list"),
    case("patch", "household_size", True, "household_size is a boolean"),
    case("patch", "birth_year", "abc", "birth_year is text"),
    case("patch", "name", None, "name is null (a farmer always has a name)"),
    case("patch", "version", "1", "version is a string"),
    case("land", "registered", "maybe", "registered is neither true nor false"),
    case("land", "rent_payments_on_time", "3", "rent_payments_on_time is a string"),
    case("land", "rent_payments_late", 1.5, "rent_payments_late has a fraction"),
    case("land", "area_mu", True, "area_mu is a boolean"),
    case("land", "start_date", 20220301, "start_date is a number"),
    case("sale", "crop", 5, "crop is a number"),
    case("sale", "amount", True, "amount is a boolean"),
    case("sale", "quantity_kg", [], "quantity_kg is a list"),
    case("sale", "channel", None, "channel is null"),
    case("equipment", "financed", "maybe", "financed is neither true nor false"),
    case("equipment", "price", {"amount": "1"}, "price is an object"),
    case("consent", "purpose", 1, "purpose is a number"),
    case("consent", "text_version", 2025, "text_version is a number"),
    case("consent", "channel", True, "channel is a boolean"),
    case("login", "phone", 8613800138000, "phone is a number"),
    case("login", "password", 12345, "password is a number"),
    case("login", "password", None, "password is null"),
]


@pytest.mark.parametrize("target, field_name, value", WRONG_TYPES)
def test_a_wrong_type_is_a_422_naming_the_field(world, target, field_name, value):
    refused(world, target, with_(target, **{field_name: value}), fields=(field_name,))


# --------------------------------------------------------------------------------------------------------------
# Size, media type, unknown fields.


@pytest.mark.parametrize("target", TARGETS)
def test_a_body_over_the_limit_is_a_413(world, target):
    """MAX_CONTENT_LENGTH is 1 MiB by default; this body is 2 MiB of otherwise valid JSON."""
    assert world.app.config["MAX_CONTENT_LENGTH"] == 1024 * 1024
    body = json.dumps(with_(target, padding="x" * TWO_MIB))
    refused(world, target, data=body, content_type="application/json", status=413, code="payload_too_large")


def test_a_body_just_over_the_limit_is_a_413_and_just_under_is_read(world):
    limit = world.app.config["MAX_CONTENT_LENGTH"]
    prefix = '{"contract_id": "'
    suffix = '"}'
    over = prefix + "x" * (limit + 1 - len(prefix) - len(suffix)) + suffix
    refused(world, "land", data=over, content_type="application/json", status=413, code="payload_too_large")
    under = prefix + "x" * (limit - len(prefix) - len(suffix)) + suffix
    # Read and validated (the contract_id is far too long and the other fields are missing): a 422, not a 413.
    refused(world, "land", data=under, content_type="application/json", fields=("contract_id",))


UNKNOWN_FIELDS = [
    case("farmer", "colour", "red", "colour is not a farmer field"),
    case("farmer", "birthyear", 1978, "birthyear is a misspelt birth_year"),
    case("farmer", "created_by", str(uuid.uuid4()), "created_by is set by the server"),
    case("farmer", "version", 3, "version is set by the server"),
    case("land", "verification_status", "verified", "verification_status is set by verifying, not on create"),
    case("land", "farmer_id", str(uuid.uuid4()), "farmer_id comes from the path, not the body"),
    case("sale", "price", "1.00", "price belongs to equipment, not sales"),
    case("equipment", "verified_by", str(uuid.uuid4()), "verified_by is set by the server"),
    case("patch", "farmer_id", "F999", "farmer_id may not be changed by PATCH"),
    case("patch", "colour", "red", "colour is not a farmer field"),
    case("consent", "granted_at", "2020-01-01T00:00:00Z", "granted_at is set by the server"),
    case("login", "role", "admin", "role is not something a sign-in sends"),
]


@pytest.mark.parametrize("target, field_name, value", UNKNOWN_FIELDS)
def test_an_unknown_field_is_a_422_naming_it(world, target, field_name, value):
    refused(world, target, with_(target, **{field_name: value}), fields=(field_name,))


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize(
    "content_type, data",
    [
        pytest.param("text/plain", '{"name": "王建国"}', id="JSON sent as text/plain"),
        pytest.param("application/x-www-form-urlencoded", "name=%E7%8E%8B&village_code=340123104", id="a web form"),
        pytest.param(
            "multipart/form-data; boundary=XyZ",
            '--XyZ\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--XyZ--\r\n',
            id="multipart",
        ),
        pytest.param("application/xml", "<farmer><name>x</name></farmer>", id="XML"),
    ],
)
def test_a_body_that_is_not_json_is_a_415(world, target, content_type, data):
    refused(
        world,
        target,
        data=data,
        content_type=content_type,
        status=415,
        code="unsupported_media_type",
        fields=("Content-Type",),
    )


# --------------------------------------------------------------------------------------------------------------
# Routes, methods, ids in the path and in the body.


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/nope",
        "/api/v2/farmers",
        "/api/v1/farmers/{farmer}/loans",
        "/api/v1/farmers/{farmer}/crop-sale",
        "/nope",
    ],
)
def test_an_unknown_route_is_a_404_problem(world, path):
    response = world.client.get(path.format(farmer=world.farmer["id"]), headers=world.headers)
    assert_problem(response, 404, "not_found")


@pytest.mark.parametrize(
    "method, path, allowed",
    [
        pytest.param("DELETE", "/api/v1/farmers", {"GET", "POST"}, id="DELETE the farmer list"),
        pytest.param("PUT", "/api/v1/farmers/{farmer}", {"GET", "PATCH"}, id="PUT a farmer (PATCH it)"),
        pytest.param("DELETE", "/api/v1/farmers/{farmer}", {"GET", "PATCH"}, id="DELETE a farmer"),
        pytest.param("DELETE", "/api/v1/farmers/{farmer}/crop-sales", {"GET", "POST"}, id="DELETE the sales"),
        pytest.param("GET", "/api/v1/auth/login", {"POST"}, id="GET the sign-in"),
    ],
)
def test_a_wrong_method_is_a_405_problem_with_allow(world, method, path, allowed):
    before = world.stored()
    response = world.client.open(path.format(farmer=world.farmer["id"]), method=method, headers=world.headers)
    assert_problem(response, 405, "method_not_allowed")
    assert allowed <= {m.strip() for m in response.headers.get("Allow", "").split(",")}
    assert world.stored() == before


BAD_PATH_IDS = [
    pytest.param("GET", "/api/v1/farmers/not-a-uuid", id="GET farmer not-a-uuid"),
    pytest.param("PATCH", "/api/v1/farmers/not-a-uuid", id="PATCH farmer not-a-uuid"),
    pytest.param("GET", "/api/v1/farmers/12345/crop-sales", id="sales of farmer 12345"),
    pytest.param("POST", "/api/v1/farmers/12345/crop-sales", id="add a sale to farmer 12345"),
    pytest.param("GET", "/api/v1/farmers/{farmer}x/land-transfers", id="a farmer id with a character added"),
    pytest.param("GET", "/api/v1/farmers/{farmer}/crop-sales/not-a-uuid", id="sale not-a-uuid"),
    pytest.param("POST", "/api/v1/farmers/{farmer}/land-transfers/1/verify", id="verify land transfer 1"),
    pytest.param("POST", "/api/v1/farmers/{farmer}/consents/zzz/revoke", id="revoke consent zzz"),
    pytest.param("GET", "/api/v1/farmers/' OR '1'='1", id="SQL in the path"),
    pytest.param("GET", f"/api/v1/farmers/{uuid.uuid4()}", id="a well-formed id of no farmer"),
    pytest.param(
        "GET", f"/api/v1/farmers/{{farmer}}/equipment-purchases/{uuid.uuid4()}", id="a well-formed id of no purchase"
    ),
    pytest.param(
        "POST", f"/api/v1/farmers/{{farmer}}/consents/{uuid.uuid4()}/revoke", id="a well-formed id of no consent"
    ),
]


@pytest.mark.parametrize("method, path", BAD_PATH_IDS)
def test_a_bad_or_unknown_id_in_the_path_is_a_404(world, method, path):
    before = world.stored()
    body = (
        {"status": "verified"}
        if path.endswith("/verify")
        else None
        if path.endswith("/revoke")
        else (SALE if method == "POST" else PATCH if method == "PATCH" else None)
    )
    response = world.client.open(
        path.format(farmer=world.farmer["id"]), method=method, json=body, headers={**world.headers, "If-Match": '"1"'}
    )
    assert_problem(response, 404, "not_found")
    assert world.stored() == before


@pytest.mark.parametrize("target", ["farmer", "land", "sale", "equipment", "consent"])
@pytest.mark.parametrize(
    "bad_id",
    [
        pytest.param("not-a-uuid", id="words"),
        pytest.param("123e4567-e89b-12d3-a456-42661417400", id="one digit short"),
        pytest.param("", id="empty"),
        pytest.param(12, id="a number"),
        pytest.param(None, id="null"),
    ],
)
def test_a_bad_uuid_in_the_body_id_is_a_422_naming_id(world, target, bad_id):
    refused(world, target, with_(target, id=bad_id), fields=("id",))


# --------------------------------------------------------------------------------------------------------------
# Dates.

IMPOSSIBLE_DATES = [
    pytest.param("2025-02-30", id="30 February"),
    pytest.param("2025-13-01", id="month 13"),
    pytest.param("2025-00-10", id="month 0"),
    pytest.param("yesterday", id="a word"),
    pytest.param("2025-1-5", id="no leading zeros"),
    pytest.param("12/10/2024", id="a local format"),
    pytest.param("2024-10-12T08:00:00", id="a timestamp, not a date"),
    pytest.param("", id="empty"),
    pytest.param("1949-12-31", id="before 1950"),
]
DATE_FIELDS = [("land", "start_date"), ("land", "end_date"), ("sale", "sale_date"), ("equipment", "purchase_date")]


@pytest.mark.parametrize("target, field_name", DATE_FIELDS, ids=[f"{t}.{f}" for t, f in DATE_FIELDS])
@pytest.mark.parametrize("value", IMPOSSIBLE_DATES)
def test_an_impossible_date_is_a_422_naming_the_date_field(world, target, field_name, value):
    refused(world, target, with_(target, **{field_name: value}), fields=(field_name,))


@pytest.mark.parametrize(
    "start, end",
    [
        pytest.param("2022-03-01", "2022-02-28", id="ends before it starts"),
        pytest.param("2022-03-01", "2022-03-01", id="ends the day it starts"),
    ],
)
def test_a_lease_that_does_not_end_after_it_starts_is_a_422_naming_end_date(world, start, end):
    refused(world, "land", with_("land", start_date=start, end_date=end), fields=("end_date",))


@pytest.mark.parametrize("target, field_name", [("sale", "sale_date"), ("equipment", "purchase_date")])
@pytest.mark.parametrize("when", ["tomorrow in Asia/Shanghai", "next year"])
def test_a_sale_or_purchase_in_the_future_is_a_422_naming_its_date(world, target, field_name, when):
    today = lender_today()
    date = (
        today + dt.timedelta(days=1)
        if when == "tomorrow in Asia/Shanghai"
        else today.replace(year=today.year + 1, day=min(today.day, 28))
    )
    refused(world, target, with_(target, **{field_name: date.isoformat()}), fields=(field_name,))


@pytest.mark.parametrize("target, field_name", [("sale", "sale_date"), ("equipment", "purchase_date")])
def test_a_sale_or_purchase_today_in_asia_shanghai_is_accepted(world, target, field_name):
    response = world.targets[target].send(world.client, with_(target, **{field_name: lender_today().isoformat()}))
    assert response.status_code == 201, response.json


# --------------------------------------------------------------------------------------------------------------
# Areas, quantities and amounts.

BAD_NUMBERS = [
    case("land", "area_mu", "-1", "a negative area"),
    case("land", "area_mu", "0", "no area at all"),
    case("land", "area_mu", 0, "no area at all, as a JSON number"),
    case("land", "area_mu", "1e12", "a trillion mu (China has about 2 billion mu of farmland)"),
    case("land", "area_mu", "NaN", "area is not a number"),
    case("land", "area_mu", "Infinity", "an infinite area"),
    case("land", "area_mu", "1e1000000", "an area beyond what a decimal can hold"),
    case("land", "area_mu", "12,5", "a decimal comma"),
    case("land", "annual_rent", "-5", "a negative rent"),
    case("land", "annual_rent", "1e400", "an absurd rent"),
    case("land", "annual_rent", "NaN", "rent is not a number"),
    case("land", "rent_payments_on_time", -1, "a negative count of payments"),
    case("sale", "amount", "-5", "a negative sale amount"),
    case("sale", "amount", "0", "a sale for nothing"),
    case("sale", "amount", "1e400", "an absurd amount"),
    case("sale", "amount", "1e1000000", "an amount beyond what a decimal can hold"),
    case("sale", "amount", "NaN", "amount is not a number"),
    case("sale", "amount", "Infinity", "an infinite amount"),
    case("sale", "amount", "-Infinity", "a negatively infinite amount"),
    case("sale", "amount", "13,500.00", "a thousands separator"),
    case("sale", "amount", "", "an empty amount"),
    case("sale", "amount", "¥13500", "a currency sign"),
    case("sale", "quantity_kg", 0, "no quantity sold"),
    case("sale", "quantity_kg", "-3", "a negative quantity"),
    case("sale", "quantity_kg", "1e1000000", "a quantity beyond what a decimal can hold"),
    case("equipment", "price", "0", "a free machine"),
    case("equipment", "price", "-1", "a negative price"),
    case("equipment", "price", "Infinity", "an infinite price"),
    case("equipment", "subsidy", "-1", "a negative subsidy"),
    case("equipment", "subsidy", "NaN", "subsidy is not a number"),
]


@pytest.mark.parametrize("target, field_name, value", BAD_NUMBERS)
def test_a_negative_zero_or_absurd_number_is_a_422_naming_the_field(world, target, field_name, value):
    refused(world, target, with_(target, **{field_name: value}), fields=(field_name,))


@pytest.mark.parametrize(
    "target, field_name, value",
    [
        pytest.param("sale", "amount", "13500.001", id="a tenth of a fen (CNY has 2 decimals)"),
        pytest.param("land", "annual_rent", "9600.001", id="rent to 3 decimals in CNY"),
        pytest.param("equipment", "price", "85000.005", id="price to 3 decimals in CNY"),
        pytest.param("equipment", "subsidy", "0.001", id="subsidy to 3 decimals in CNY"),
    ],
)
def test_an_amount_with_more_decimals_than_cny_allows_is_a_422_naming_it(world, target, field_name, value):
    refused(world, target, with_(target, **{field_name: value}), fields=(field_name,))


@pytest.mark.parametrize(
    "target, changes, field_name",
    [
        pytest.param("sale", {"amount": "100.5", "currency": "UGX"}, "amount", id="half a shilling (UGX has none)"),
        pytest.param(
            "equipment", {"price": "85000.50", "subsidy": "0", "currency": "UGX"}, "price", id="UGX price with cents"
        ),
        pytest.param("land", {"annual_rent": "9600.5", "currency": "UGX"}, "annual_rent", id="UGX rent with cents"),
    ],
)
def test_an_amount_with_decimals_in_a_currency_without_them_is_a_422(world, target, changes, field_name):
    refused(world, target, with_(target, **changes), fields=(field_name,))


@pytest.mark.parametrize(
    "target, field_name, value",
    [
        pytest.param("land", "area_mu", "12.555", id="area to a thousandth of a mu (2 decimals allowed)"),
        pytest.param("sale", "quantity_kg", "1.0001", id="a tenth of a gram (3 decimals allowed)"),
    ],
)
def test_a_quantity_with_too_many_decimals_is_a_422_naming_it(world, target, field_name, value):
    refused(world, target, with_(target, **{field_name: value}), fields=(field_name,))


@pytest.mark.parametrize("target", ["land", "sale", "equipment"])
def test_an_unknown_currency_is_a_422_naming_currency(world, target):
    refused(world, target, with_(target, currency="XYZ"), fields=("currency",))


@pytest.mark.parametrize("target, field_name", [("farmer", "birth_year"), ("sale", "amount"), ("land", "area_mu")])
def test_a_number_of_5000_digits_is_refused_not_a_crash(world, target, field_name):
    """Valid JSON, but past Python's int-to-str limit: a 400 (body unreadable) or a 422 naming the field."""
    body = json.dumps(with_(target, **{field_name: "<big>"})).replace('"<big>"', "9" * 5000)
    before = world.stored()
    response = world.targets[target].send(world.client, data=body, content_type="application/json")
    problem = assert_problem(response, response.status_code)
    assert (response.status_code, problem["code"]) in ((400, "invalid_json"), (422, "validation_error")), problem
    assert {"_body", field_name} & set(problem["errors"]), problem
    assert world.stored() == before


def test_a_subsidy_above_the_price_is_a_422_naming_subsidy(world):
    refused(world, "equipment", with_("equipment", price="1000.00", subsidy="1000.01"), fields=("subsidy",))


# --------------------------------------------------------------------------------------------------------------
# Farmer identity fields, consents and sign-in.


def _id_with_check(first17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights)) % 11]


FARMER_FIELDS = [
    ("phone", "13800138000", "a phone without +country code"),
    ("phone", "+0138001380000", "a country code cannot start with 0"),
    ("phone", "+86138001380001234", "more than 15 digits"),
    ("phone", "+86 phone", "letters in a phone"),
    ("phone", "", "an empty phone"),
    ("national_id", "340123197803011231", "the check character is wrong (should be 0)"),
    ("national_id", _id_with_check("34012319780230123"), "born on 30 February, check character right"),
    ("national_id", _id_with_check("34012320991301123"), "born in month 13, check character right"),
    ("national_id", "34012319780301123", "17 characters"),
    ("national_id", "34012319780301123Y", "Y is not a check character"),
    ("village_code", "abc", "a village code is digits"),
    ("village_code", "12345", "a village code is at least 6 digits"),
    ("village_code", "3401231040001", "a village code is at most 12 digits"),
    ("language", "fr", "French is not offered (zh, en, sw)"),
    ("language", "", "an empty language"),
    ("name", "王\x00建国", "a NUL byte in the name"),
    ("name", "王建国\x07", "a bell character in the name"),
    ("name", "\x1b[31m王建国", "a terminal escape in the name"),
    ("name", "王" * 10_000, "a 10,000-character name"),
    ("name", "", "an empty name"),
    ("name", "王\ud800建国", "a lone UTF-16 surrogate (not a character) in the name"),
    ("name", "   ", "a name of spaces"),
    ("birth_year", 1800, "born in 1800"),
    ("birth_year", dt.date.today().year, "born this year (a child)"),
    ("household_size", 0, "a household of nobody"),
    ("household_size", 31, "a household over 30"),
]


@pytest.mark.parametrize("target", ["farmer", "patch"])
@pytest.mark.parametrize("field_name, value", [pytest.param(f, v, id=why) for f, v, why in FARMER_FIELDS])
def test_an_invalid_farmer_field_is_a_422_naming_it(world, target, field_name, value):
    body = with_("farmer", **{field_name: value}) if target == "farmer" else {field_name: value}
    refused(world, target, body, fields=(field_name,))


@pytest.mark.parametrize(
    "target, field_name",
    [
        ("farmer", "farmer_id"),
        ("land", "contract_id"),
        ("sale", "buyer_id"),
        ("consent", "text_version"),
        ("login", "password"),
    ],
)
def test_a_lone_utf16_surrogate_in_a_text_field_is_a_422_naming_it(world, target, field_name):
    """JSON may escape "\\ud800" on its own, but that is no Unicode character: it cannot be stored or hashed."""
    refused(world, target, with_(target, **{field_name: "A\ud800"}), fields=(field_name,))


def test_an_unknown_agent_id_is_a_422_naming_agent_id(app, client, world):
    officer_id, _ = make_staff(app, "officer")
    officer = bearer(app, officer_id, "officer")
    world.targets["farmer"].headers = officer
    refused(world, "farmer", with_("farmer", agent_id=str(uuid.uuid4())), fields=("agent_id",))
    refused(world, "farmer", with_("farmer", agent_id=str(officer_id)), fields=("agent_id",))


def test_an_if_match_that_is_not_a_version_is_refused_naming_it(world):
    refused(
        world, "patch", PATCH, headers={"If-Match": "yesterday"}, status=400, code="bad_if_match", fields=("If-Match",)
    )


@pytest.mark.parametrize(
    "field_name, value",
    [
        pytest.param("purpose", "everything", id="purpose is not one we ask consent for"),
        pytest.param("purpose", "", id="an empty purpose"),
        pytest.param("text_version", "v1; drop table consents", id="text_version with spaces and a semicolon"),
        pytest.param("text_version", "", id="an empty text_version"),
        pytest.param("text_version", "v" * 21, id="text_version over 20 characters"),
        pytest.param("channel", "fax", id="fax is not a channel"),
        pytest.param("purpose", ..., id="purpose missing"),
    ],
)
def test_an_invalid_consent_is_a_422_naming_the_field(world, field_name, value):
    refused(world, "consent", with_("consent", **{field_name: value}), fields=(field_name,))


@pytest.mark.parametrize(
    "field_name, value",
    [
        pytest.param("phone", "not-a-phone", id="phone is not E.164"),
        pytest.param("phone", ..., id="phone missing"),
        pytest.param("password", "", id="an empty password"),
        pytest.param("password", "x" * 10_000, id="a 10,000-character password"),
        pytest.param("password", ..., id="password missing"),
    ],
)
def test_an_invalid_sign_in_is_a_422_naming_the_field(world, field_name, value):
    refused(world, "login", with_("login", **{field_name: value}), fields=(field_name,))


@pytest.mark.parametrize(
    "field_name, value",
    [
        pytest.param("status", "approved", id="status is verified or rejected"),
        pytest.param("status", "unverified", id="a record cannot be un-verified"),
        pytest.param("status", ..., id="status missing"),
        pytest.param("note", "ok\x00", id="a NUL byte in the note"),
        pytest.param("note", "x" * 501, id="a note over 500 characters"),
        pytest.param("version", "1", id="version is a string"),
        pytest.param("verified_by", str(uuid.uuid4()), id="verified_by is the caller, not the body"),
    ],
)
def test_an_invalid_verification_is_a_422_naming_the_field(world, field_name, value):
    record = world.targets["sale"].send(world.client).json
    world.targets["verify"] = Target(
        "POST", f"{world.farmer_url}/crop-sales/{record['id']}/verify", world.headers, {"status": "verified"}
    )
    body = {k: v for k, v in {"status": "verified", field_name: value}.items() if v is not ...}
    refused(world, "verify", body, fields=(field_name,))


# --------------------------------------------------------------------------------------------------------------
# Query parameters.


def _b64(value) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


BAD_QUERIES = [
    pytest.param({"limit": "0"}, "limit", id="limit 0"),
    pytest.param({"limit": "1000"}, "limit", id="limit 1000 (100 at most)"),
    pytest.param({"limit": "-1"}, "limit", id="limit -1"),
    pytest.param({"limit": "x"}, "limit", id="limit x"),
    pytest.param({"limit": "1.5"}, "limit", id="limit 1.5"),
    pytest.param({"cursor": "garbage"}, "cursor", id="cursor of garbage"),
    pytest.param({"cursor": "!!!!"}, "cursor", id="cursor not base64"),
    pytest.param({"cursor": _b64([1, 2])}, "cursor", id="cursor of numbers"),
    pytest.param(
        {"cursor": _b64(["2025-01-01T00:00:00", str(uuid.uuid4())])}, "cursor", id="cursor with a naive timestamp"
    ),
    pytest.param({"cursor": _b64(["2025-01-01T00:00:00+00:00", "not-a-uuid"])}, "cursor", id="cursor with a bad id"),
    pytest.param(
        {"cursor": _b64(["0001-01-01T00:00:00+01:00", str(uuid.uuid4())])},
        "cursor",
        id="cursor at a time before year 1 in UTC",
    ),
    pytest.param(
        {"cursor": _b64(["9999-12-31T23:59:59-01:00", str(uuid.uuid4())])},
        "cursor",
        id="cursor at a time after year 9999 in UTC",
    ),
    pytest.param({"cursor": "x" * 500}, "cursor", id="cursor of 500 characters"),
]


@pytest.mark.parametrize("query, field_name", BAD_QUERIES)
@pytest.mark.parametrize("listing", ["farmers", "crop-sales"])
def test_a_bad_page_argument_is_a_422_naming_it(world, listing, query, field_name):
    url = "/api/v1/farmers" if listing == "farmers" else f"{world.farmer_url}/crop-sales"
    response = world.client.get(url, query_string=query, headers=world.headers)
    assert_problem(response, 422, "validation_error", field_name)


@pytest.mark.parametrize(
    "url, query, field_name",
    [
        pytest.param("/api/v1/farmers", {"village_code": "abc"}, "village_code", id="farmers: village_code abc"),
        pytest.param("/api/v1/farmers", {"language": "fr"}, "language", id="farmers: language fr"),
        pytest.param("/api/v1/farmers", {"phone": "12"}, "phone", id="farmers: phone 12"),
        pytest.param("/api/v1/farmers", {"agent_id": "bob"}, "agent_id", id="farmers: agent_id bob"),
        pytest.param("/api/v1/farmers", {"name": ""}, "name", id="farmers: an empty name prefix"),
        pytest.param("/api/v1/farmers", {"name": "王" * 101}, "name", id="farmers: a name prefix over 100"),
        pytest.param("/api/v1/farmers", {"name": "王\x00"}, "name", id="farmers: a NUL byte in the name"),
        pytest.param("/api/v1/farmers", {"farmer_id": "F\x00"}, "farmer_id", id="farmers: a NUL byte in farmer_id"),
        pytest.param("{farmer}/crop-sales", {"status": "approved"}, "status", id="sales: status approved"),
        pytest.param("{farmer}/consents", {"active": "maybe"}, "active", id="consents: active maybe"),
    ],
)
def test_a_bad_query_parameter_value_is_a_422_naming_it(world, url, query, field_name):
    response = world.client.get(url.format(farmer=world.farmer_url), query_string=query, headers=world.headers)
    assert_problem(response, 422, "validation_error", field_name)


@pytest.mark.parametrize(
    "url, query, field_name",
    [
        pytest.param("/api/v1/farmers", {"sort": "name"}, "sort", id="farmers: sort is not a parameter"),
        pytest.param(
            "/api/v1/farmers",
            {"village": "340123105"},
            "village",
            id="farmers: village, a misspelt village_code (would list every farmer)",
        ),
        pytest.param("{farmer}/land-transfers", {"colour": "red"}, "colour", id="land: colour is not a parameter"),
        pytest.param("{farmer}/consents", {"limit": "5"}, "limit", id="consents: the list has no paging"),
    ],
)
def test_an_unknown_query_parameter_is_a_422_naming_it(world, url, query, field_name):
    """The query schemas are StrictSchema ("unknown fields are an error, never silently dropped"): a misspelt
    filter must not silently widen the answer."""
    response = world.client.get(url.format(farmer=world.farmer_url), query_string=query, headers=world.headers)
    assert_problem(response, 422, "validation_error", field_name)


# --------------------------------------------------------------------------------------------------------------
# The Authorization header.

BAD_AUTHORIZATION = [
    pytest.param(None, id="no header"),
    pytest.param("", id="an empty header"),
    pytest.param("Bearer", id="Bearer without a token"),
    pytest.param("Bearer    ", id="Bearer and spaces"),
    pytest.param("Token abc.def.ghi", id="another scheme"),
    pytest.param("Basic dXNlcjpwYXNz", id="basic auth"),
    pytest.param("Bearer not-a-jwt", id="not a JWT"),
    pytest.param("Bearer a.b.c", id="three parts of nothing"),
    pytest.param("Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", id="an unsigned alg=none token"),
    pytest.param("Bearer " + "x" * 5000, id="a 5,000-character token"),
]


@pytest.mark.parametrize("authorization", BAD_AUTHORIZATION)
@pytest.mark.parametrize(
    "method, path",
    [
        pytest.param("GET", "/api/v1/farmers", id="list farmers"),
        pytest.param("POST", "/api/v1/farmers", id="enrol a farmer"),
        pytest.param("GET", "{farmer}", id="read a farmer"),
        pytest.param("POST", "{farmer}/crop-sales", id="add a sale"),
        pytest.param("GET", "/api/v1/auth/me", id="who am I"),
    ],
)
def test_a_missing_or_malformed_authorization_is_a_401(world, method, path, authorization):
    before = world.stored()
    headers = {} if authorization is None else {"Authorization": authorization}
    body = {"farmers": FARMER, "crop-sales": SALE}.get(path.rsplit("/", 1)[-1]) if method == "POST" else None
    response = world.client.open(path.format(farmer=world.farmer_url), method=method, json=body, headers=headers)
    assert_problem(response, 401)
    assert response.json["code"] in ("unauthorized", "token_invalid")
    assert world.stored() == before


# --------------------------------------------------------------------------------------------------------------
# Whatever the values, never a 500 (property-based).

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(
        [
            "",
            "0",
            "-1",
            "1e400",
            "NaN",
            "2025-02-30",
            "\x00",
            "9" * 40,
            "+8613800138000",
            str(uuid.uuid4()),
            "340123197803011230",
            "1e1000000",
        ]
    ),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=5,
)


@pytest.mark.parametrize("target", TARGETS)
@settings(
    max_examples=40,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_value_in_any_field_causes_a_500(world, target, data):
    base = with_(target) if target != "login" else {"phone": world.phone, "password": PASSWORD}
    names = data.draw(st.lists(st.sampled_from(sorted(base)), min_size=1, max_size=3, unique=True))
    body = {**base, **{name: data.draw(JSON_VALUES, label=name) for name in names}}
    response = world.targets[target].send(world.client, body)
    assert response.status_code < 500, (body, response.get_data(as_text=True)[:500])
    if response.status_code >= 400:
        assert response.mimetype == PROBLEM and response.json["errors"] is not None
