"""`flask ussd simulate --phone +2547… [--gateway africastalking|hubtel] [--url http://127.0.0.1:5000]`: a feature
phone in the terminal (issue #12; DESIGN.md §8), speaking to the app as a USSD gateway does — over HTTP only, so
it tries the same endpoints, allow-list and session store that a gateway meets.

One dial keeps one session id. Africa's Talking: every hop posts the form with `text` = every input of the session so
far joined with `*` (the dial sends ""). Hubtel: the dial is an `Initiation`, each input a `Response` carrying only
that input, with `Sequence` rising. The app is called in-process (its test client) unless `--url` names a server.
After each hop the screen is printed with its length in its encoding against the limit (`lending.channels.gsm`), and
whether the session continues; the next input is read from stdin. An END ends it; Ctrl-D hangs up.
"""

from __future__ import annotations

import contextvars
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import click
from flask import current_app
from sqlalchemy import select

from ..channels import gsm
from ..domain.phones import E164
from ..extensions import db
from ..models import UssdSession
from . import Group

GATEWAYS = ("africastalking", "hubtel")
SERVICE_CODE = "*384*123#"
NETWORK_CODE = "63902"  # Safaricom's (Africa's Talking sends the caller's network; the app does not read it)

group = Group("ussd", help="The USSD channel.")


class GatewayRefused(RuntimeError):
    """The app answered a hop with something a gateway cannot show: an error status, or a reply of the wrong shape."""


class Unreachable(GatewayRefused):
    """The app did not answer: no connection, or none within the timeout."""


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    body: str


Post = Callable[..., Answer]  # post(path, *, form=None, body=None) -> Answer: a form, or a JSON body


@dataclass(frozen=True)
class Screen:
    text: str
    ends: bool  # END (Africa's Talking) or Release (Hubtel): the gateway closes the session after showing it


@dataclass
class GatewaySession:
    """One USSD session as the gateway drives it: `dial()`, then `send(input)` per hop; each returns the Screen."""

    post: Post
    gateway: str
    phone: str  # E.164
    path: str  # /ussd/<gateway>, or /ussd/<secret>/<gateway>
    session_id: str = ""  # the gateway's, made up when not given: ATUid_<hex> (Africa's Talking), <hex> (Hubtel)
    service_code: str = SERVICE_CODE
    inputs: list[str] = field(default_factory=list)
    sequence: int = 0

    def __post_init__(self):
        if not self.session_id:
            self.session_id = ("ATUid_" if self.gateway == "africastalking" else "") + uuid.uuid4().hex

    def dial(self) -> Screen:
        self.inputs, self.sequence = [], 1
        if self.gateway == "hubtel":
            return self._hubtel("Initiation", self.service_code)
        return self._africastalking()

    def send(self, typed: str) -> Screen:
        self.inputs.append(typed)
        self.sequence += 1
        if self.gateway == "hubtel":
            return self._hubtel("Response", typed)
        return self._africastalking()

    def hang_up(self) -> None:
        """Hubtel tells the app that the farmer left (`Release`); Africa's Talking says nothing to the USSD URL."""
        if self.gateway == "hubtel":
            self.sequence += 1
            self._checked(self.post(self.path, body=self._hubtel_body("Release", "")))

    @property
    def sent(self) -> str:
        """What the last hop carried as the farmer's input: Africa's Talking's joined `text`, Hubtel's `Message`."""
        if self.gateway == "hubtel":
            return f"Type={'Response' if self.inputs else 'Initiation'} Sequence={self.sequence} " + (
                f"Message={self.inputs[-1]!r}" if self.inputs else f"Message={self.service_code!r}"
            )
        return f"text={'*'.join(self.inputs)!r}"

    def _africastalking(self) -> Screen:
        answer = self._checked(
            self.post(
                self.path,
                form={
                    "sessionId": self.session_id,
                    "serviceCode": self.service_code,
                    "phoneNumber": self.phone,
                    "networkCode": NETWORK_CODE,
                    "text": "*".join(self.inputs),
                },
            )
        )
        if answer.content_type != "text/plain" or answer.body[:4] not in ("CON ", "END "):
            raise GatewayRefused(f"not a text/plain CON or END reply ({answer.content_type}): {answer.body[:300]!r}")
        return Screen(answer.body[4:], ends=answer.body.startswith("END "))

    def _hubtel_body(self, kind: str, message: str) -> dict:
        return {
            "Mobile": self.phone.lstrip("+"),  # Hubtel sends the number without its plus
            "SessionId": self.session_id,
            "ServiceCode": self.service_code,
            "Type": kind,
            "Message": message,
            "Operator": "vodafone",
            "Sequence": self.sequence,
        }

    def _hubtel(self, kind: str, message: str) -> Screen:
        answer = self._checked(self.post(self.path, body=self._hubtel_body(kind, message)))
        try:
            reply = json.loads(answer.body)
        except ValueError:
            reply = None
        if not isinstance(reply, dict) or reply.get("Type") not in ("Response", "Release") or "Message" not in reply:
            raise GatewayRefused(f"not a Hubtel reply {{Type: Response | Release, Message}}: {answer.body[:300]!r}")
        return Screen(reply["Message"], ends=reply["Type"] == "Release")

    def _checked(self, answer: Answer) -> Answer:
        if answer.status != 200:
            raise GatewayRefused(f"{self.path} answered {answer.status}: {' '.join(answer.body.split())[:300]}")
        return answer


def gateway_path(gateway: str, secret: str | None) -> str:
    return f"/ussd/{secret}/{gateway}" if secret else f"/ussd/{gateway}"


def in_process() -> Post:
    """Post to this app through its test client. Each hop runs in a fresh context, so it is a request of its own — its
    own app context and database session, torn down after it — as under a server, not inside this command's."""
    client = current_app.test_client()

    def post(path: str, *, form: dict | None = None, body: dict | None = None) -> Answer:
        response = contextvars.Context().run(client.post, path, data=form, json=body)
        return Answer(response.status_code, response.mimetype, response.get_data(as_text=True))

    return post


def over_http(base_url: str, *, timeout: float = 30) -> Post:
    """Post to a served app at `base_url` (http://host:port)."""

    def post(path: str, *, form: dict | None = None, body: dict | None = None) -> Answer:
        if form is not None:
            data, content_type = urllib.parse.urlencode(form).encode(), "application/x-www-form-urlencoded"
        else:
            data, content_type = json.dumps(body, ensure_ascii=False).encode(), "application/json"
        request = urllib.request.Request(
            base_url.rstrip("/") + path, data=data, headers={"Content-Type": content_type}, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                status, headers, body = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, headers, body = error.code, error.headers, error.read()
        except (urllib.error.URLError, OSError) as error:
            raise Unreachable(f"cannot reach {base_url}: {getattr(error, 'reason', error)}") from None
        return Answer(status, headers.get_content_type(), body.decode(headers.get_content_charset() or "utf-8"))

    return post


def measure(screen: str, max_chars: int) -> str:
    """`62 of 182 GSM-7 characters`: the screen's length in its encoding's units and the most a screen may take."""
    length, limit = gsm.length(screen), gsm.ussd_limit(screen, max_septets=max_chars)
    over = " — OVER THE LIMIT" if length > limit else ""
    return f"{length} of {limit} {gsm.encoding(screen)} characters{over}"


def _phone(ctx, param, value: str) -> str:
    phone = value.strip()
    if not E164.match(phone):
        raise click.BadParameter(f"{value!r} is not a phone number in E.164, e.g. +254712345678")
    return phone


def _show(screen: Screen, max_chars: int) -> None:
    click.echo(screen.text)
    state = "the session ended" if screen.ends else "the session continues"
    click.echo(f"({measure(screen.text, max_chars)}; {state})")


def _read_input() -> str | None:
    """The next line typed, without its line ending; None at the end of input (Ctrl-D). Input from a pipe or a
    file is echoed, so that the transcript reads as a terminal's would."""
    click.echo("> ", nl=False)
    line = sys.stdin.readline()
    if line == "":
        return None
    typed = line.rstrip("\r\n")
    if not sys.stdin.isatty():
        click.echo(typed)
    return typed


@group.command("simulate")
@click.option("--phone", required=True, callback=_phone, help="the caller, E.164, e.g. +254712345678")
@click.option("--gateway", type=click.Choice(GATEWAYS), default="africastalking", show_default=True)
@click.option("--url", default=None, help="a served app, e.g. http://127.0.0.1:5000 (default: this app, in-process)")
@click.option("--service-code", default=SERVICE_CODE, show_default=True, help="the code dialled")
def simulate(phone, gateway, url, service_code):
    """Dial the USSD service from PHONE and answer its screens from stdin, as a gateway would carry them: one session
    id, inputs joined with * (Africa's Talking) or one per Response (Hubtel). Each screen is printed with its length,
    encoding and limit (USSD_MAX_CHARS of this app's settings). An END ends the session; Ctrl-D hangs up."""
    if url is None:
        db.session.execute(select(UssdSession.key).limit(1))  # a database without the table says so, once
        db.session.rollback()
    max_chars = current_app.config["USSD_MAX_CHARS"]
    session = GatewaySession(
        post=over_http(url) if url else in_process(),
        gateway=gateway,
        phone=phone,
        path=gateway_path(gateway, current_app.config.get("USSD_SECRET_PATH")),
        service_code=service_code,
    )
    click.echo(
        f"Dialling {service_code} from {phone} through {gateway}, session {session.session_id}, "
        f"{url or 'in-process'}. Ctrl-D hangs up."
    )
    try:
        screen = session.dial()
        while True:
            click.echo(f"[{session.sent}]")
            _show(screen, max_chars)
            if screen.ends:
                return
            typed = _read_input()
            if typed is None:
                session.hang_up()
                click.echo("\n(hung up)")
                return
            screen = session.send(typed)
    except GatewayRefused as error:
        raise click.ClickException(str(error)) from None
