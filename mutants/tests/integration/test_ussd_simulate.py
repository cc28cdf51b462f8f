"""`flask ussd simulate` (issue #12): a feature phone in the terminal that speaks to the app as a gateway does — one
session id, inputs joined with `*` (Africa's Talking) or one Response each with a rising Sequence (Hubtel) — printing
every screen with its length in its encoding against the limit. The lengths below are counted by hand: Chinese is
UCS-2 (79 a screen at USSD_MAX_CHARS 182), English GSM-7 (182)."""

from __future__ import annotations

import ipaddress

import pytest

from lending.cli.ussd import measure
from tests.helpers import next_national_id, next_phone
from tests.integration.test_limits import limited_app  # noqa: F401 (a fixture)
from tests.served import served_app

VILLAGE = "340123104"
GATEWAYS = ("africastalking", "hubtel")

# the screens of a registration in English (language 2), each with the line the simulator prints under it
REGISTRATION_SCREENS = [
    ["欢迎使用农贷。注册：", "请输入您的姓名", "(18 of 79 UCS-2 characters; the session continues)"],
    ["村庄代码？", "(5 of 79 UCS-2 characters; the session continues)"],
    ["身份证号码？", "(6 of 79 UCS-2 characters; the session continues)"],
    ["选择语言：", "1 中文", "2 English", "3 Kiswahili", "(32 of 79 UCS-2 characters; the session continues)"],
    [
        "We use your land, crop sale and equipment records to decide loans. Full text sent by SMS.",
        "1 I agree",
        "2 I do not agree",
        "(116 of 182 GSM-7 characters; the session continues)",
    ],
    ["Choose a 4-digit PIN:", "(21 of 182 GSM-7 characters; the session continues)"],
    ["Enter the PIN again:", "(20 of 182 GSM-7 characters; the session continues)"],
    [
        "Registered, Wang Fang. See your agent to have your records verified, then dial again to apply.",
        "(94 of 182 GSM-7 characters; the session ended)",
    ],
]
MAIN_MENU = [
    "agrilend menu:",
    "1 Apply for a loan",
    "2 My loan",
    "3 Repay",
    "4 Mini statement",
    "5 Change PIN",
    "6 Language",
    "(92 of 182 GSM-7 characters; the session continues)",
]


def sent_lines(gateway: str, inputs: list[str]) -> list[str]:
    """What the simulator says each hop carried: the dial, then one line per input."""
    if gateway == "hubtel":
        return ["[Type=Initiation Sequence=1 Message='*384*123#']"] + [
            f"[Type=Response Sequence={n} Message={typed!r}]" for n, typed in enumerate(inputs, 2)
        ]
    return [f"[text={'*'.join(inputs[:n])!r}]" for n in range(len(inputs) + 1)]


def transcript(gateway: str, inputs: list[str], screens: list[list[str]]) -> list[str]:
    """The lines printed after the header: what a hop carried, the screen and its length, then `> ` and what was
    typed (echoed, since the test's stdin is no terminal)."""
    lines = []
    for n, (sent, screen) in enumerate(zip(sent_lines(gateway, inputs), screens)):
        prompt = "> " + inputs[n - 1] if n else None
        lines += ([prompt] if prompt else []) + [sent] + screen
    return lines


def simulate(app, phone: str, gateway: str, typed: list[str], *extra: str):
    return app.test_cli_runner().invoke(
        args=["ussd", "simulate", "--phone", phone, "--gateway", gateway, *extra],
        input="".join(f"{line}\n" for line in typed),
    )


@pytest.mark.parametrize("gateway", GATEWAYS)
def test_simulate_registers_a_farmer_printing_each_screen_with_its_length(app, session, gateway):
    from lending.services import registration

    phone, national_id = next_phone(), next_national_id()
    inputs = ["Wang Fang", VILLAGE, national_id, "2", "1", "4821", "4821"]

    result = simulate(app, phone, gateway, inputs)

    assert result.exit_code == 0, result.output
    header, *lines = result.output.splitlines()
    assert header.startswith(f"Dialling *384*123# from {phone} through {gateway}, session ")
    assert header.endswith(", in-process. Ctrl-D hangs up.")
    assert lines == transcript(gateway, inputs, REGISTRATION_SCREENS)
    if gateway == "africastalking":  # the last hop carried the whole conversation
        assert lines[-3] == f"[text='Wang Fang*340123104*{national_id}*2*1*4821*4821']"
    farmer = registration.farmer_of_phone(session, phone)
    assert (farmer.name, farmer.national_id, farmer.village_code, farmer.language) == (
        "Wang Fang",
        national_id,
        VILLAGE,
        "en",
    )


@pytest.mark.parametrize("gateway", GATEWAYS)
def test_simulate_signs_in_a_known_farmer_and_hangs_up_at_the_end_of_input(app, gateway):
    phone = next_phone()
    assert (
        simulate(app, phone, gateway, ["Wang Fang", VILLAGE, next_national_id(), "2", "1", "4821", "4821"]).exit_code
        == 0
    )

    result = simulate(app, phone, gateway, ["4821"])  # then Ctrl-D

    assert result.exit_code == 0, result.output
    screens = [
        ["Welcome, Wang Fang. Enter your PIN:", "(35 of 182 GSM-7 characters; the session continues)"],
        MAIN_MENU,
    ]
    assert result.output.splitlines()[1:] == [*transcript(gateway, ["4821"], screens), "> ", "(hung up)"]


def test_the_gateways_are_not_rate_limited_a_registration_passes_a_limit_of_two_requests(limited_app):
    limited = limited_app(RATE_LIMIT_IP="2 per minute")
    inputs = ["Wang Fang", VILLAGE, next_national_id(), "2", "1", "4821", "4821"]

    result = simulate(limited, next_phone(), "africastalking", inputs)  # 8 requests from 127.0.0.1

    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-2].startswith("Registered, Wang Fang.")
    other = limited.test_client()
    assert [other.get("/api/v1/farmers").status_code for _ in range(3)][-1] == 429  # elsewhere, the limit holds


def test_simulate_over_http_talks_to_a_served_app(app, database_url, tmp_path):
    phone = next_phone()
    with served_app(database_url, tmp_path / "served.log", workers=1) as base:
        result = simulate(app, phone, "africastalking", ["Wang Fang", VILLAGE], "--url", base)

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].endswith(f", {base}. Ctrl-D hangs up.")
    assert lines[1:] == [
        *transcript("africastalking", ["Wang Fang", VILLAGE], REGISTRATION_SCREENS[:3]),
        "> ",
        "(hung up)",
    ]


def test_simulate_says_when_the_server_is_not_there(app):
    from tests.served import free_port

    result = simulate(app, next_phone(), "hubtel", [], "--url", f"http://127.0.0.1:{free_port()}")

    assert result.exit_code == 1
    assert result.output.splitlines()[-1].startswith("Error: cannot reach http://127.0.0.1:")


def test_simulate_refused_by_the_allow_list_shows_the_refusal(app, monkeypatch):
    monkeypatch.setitem(app.extensions["ussd"], "networks", [ipaddress.ip_network("10.0.0.0/8")])

    result = simulate(app, next_phone(), "africastalking", [])

    assert result.exit_code == 1
    assert result.output.splitlines()[-1].startswith("Error: /ussd/africastalking answered 403: ")
    assert "USSD_ALLOWED_NETWORKS" in result.output


@pytest.mark.parametrize(
    "phone",
    ["8613900000001", "+86 139 0000 0001", "+0123456789", "+123456", "+1234567890123456"],  # 6 and 16 digits
)
def test_simulate_refuses_a_phone_not_in_e164(app, phone):
    result = simulate(app, phone, "africastalking", [])

    assert result.exit_code == 2
    assert "is not a phone number in E.164" in result.output


@pytest.mark.parametrize(
    ("screen", "shown"),
    [
        ("a" * 181, "181 of 182 GSM-7 characters"),
        ("a" * 182, "182 of 182 GSM-7 characters"),
        ("a" * 183, "183 of 182 GSM-7 characters — OVER THE LIMIT"),
        ("€" * 91, "182 of 182 GSM-7 characters"),  # the extension table: two septets each
        ("a" + "€" * 91, "183 of 182 GSM-7 characters — OVER THE LIMIT"),
        ("中" * 78, "78 of 79 UCS-2 characters"),
        ("中" * 79, "79 of 79 UCS-2 characters"),
        ("中" * 80, "80 of 79 UCS-2 characters — OVER THE LIMIT"),
        ("a" * 78 + "🌾", "80 of 79 UCS-2 characters — OVER THE LIMIT"),  # an emoji is two UTF-16 units
    ],
)
def test_measure_counts_the_screen_in_its_encoding_against_the_limit(screen, shown):
    assert measure(screen, 182) == shown
