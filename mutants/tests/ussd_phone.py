"""A feature phone on a USSD gateway, for tests (issue #12): `dial`, `send`, `assert_screen`, as the gateways speak.

    Phone(client, "+8613900000001").dial().assert_screen("Your full name?").send("Wang Fang").assert_screen(...)

Africa's Talking: each hop posts the form with `text` = every input of the session so far joined with `*`, and the
reply must start `CON ` or `END `. Hubtel: each hop posts JSON (Initiation, then Response with the newest input and a
rising Sequence) and the reply is `{Type: Response | Release, Message}`. Every reply is checked: the right shape,
and the screen within the limit of its encoding (182 GSM-7 characters, 79 UCS-2 units).
"""

from __future__ import annotations

import uuid

from lending.channels import gsm

SERVICE_CODE = "*384*123#"


class Phone:
    def __init__(self, client, phone: str, gateway: str = "africastalking", *, max_chars: int = 182):
        self.client, self.phone, self.gateway, self.max_chars = client, phone, gateway, max_chars
        self.session_id: str | None = None
        self.inputs: list[str] = []
        self.sequence = 0
        self.screen = ""
        self.ends = False
        self.screens: list[str] = []

    # --- the hops ---------------------------------------------------------------------------------------------------

    def dial(self, session_id: str | None = None) -> Phone:
        """A new session (a new dial of the service code)."""
        self.session_id = session_id or f"ATUid_{uuid.uuid4().hex}"
        self.inputs, self.sequence = [], 1
        if self.gateway == "hubtel":
            return self._hubtel("Initiation", SERVICE_CODE)
        return self._africastalking()

    def send(self, *inputs: str) -> Phone:
        """Answer the screen, one hop per input."""
        for typed in inputs:
            assert not self.ends, f"the session ended on: {self.screen!r}"
            self.inputs.append(typed)
            self.sequence += 1
            if self.gateway == "hubtel":
                self._hubtel("Response", typed)
            else:
                self._africastalking()
        return self

    def retry(self) -> Phone:
        """The gateway sends the last hop again (it did not get our reply in time)."""
        if self.gateway == "hubtel":
            return self._hubtel("Response" if self.inputs else "Initiation", self.inputs[-1] if self.inputs else "")
        return self._africastalking()

    def hang_up(self) -> Phone:
        """The network drops the session (Hubtel tells us with a Timeout; Africa's Talking says nothing)."""
        if self.gateway == "hubtel":
            response = self.client.post("/ussd/hubtel", json=self._hubtel_body("Timeout", ""))
            assert response.status_code == 200, response.data
        self.ends = True
        return self

    def assert_screen(self, *fragments: str, ends: bool = False) -> Phone:
        for fragment in fragments:
            assert fragment in self.screen, f"{fragment!r} not on the screen:\n{self.screen}"
        assert self.ends is ends, f"ends={self.ends} (expected {ends}) on:\n{self.screen}"
        return self

    def assert_not_on_screen(self, *fragments: str) -> Phone:
        for fragment in fragments:
            assert fragment not in self.screen, f"{fragment!r} is on the screen:\n{self.screen}"
        return self

    # --- the gateways -----------------------------------------------------------------------------------------------

    def _africastalking(self) -> Phone:
        response = self.client.post(
            "/ussd/africastalking",
            data={
                "sessionId": self.session_id,
                "serviceCode": SERVICE_CODE,
                "phoneNumber": self.phone,
                "networkCode": "63902",
                "text": "*".join(self.inputs),
            },
        )
        assert response.status_code == 200, response.data
        assert response.mimetype == "text/plain"
        body = response.get_data(as_text=True)
        assert body[:4] in ("CON ", "END "), body
        return self._shown(body[4:], ends=body.startswith("END "))

    def _hubtel_body(self, kind: str, message: str) -> dict:
        return {
            "Mobile": self.phone.lstrip("+"),
            "SessionId": self.session_id,
            "ServiceCode": SERVICE_CODE,
            "Type": kind,
            "Message": message,
            "Operator": "vodafone",
            "Sequence": self.sequence,
        }

    def _hubtel(self, kind: str, message: str) -> Phone:
        response = self.client.post("/ussd/hubtel", json=self._hubtel_body(kind, message))
        assert response.status_code == 200, response.data
        body = response.json
        assert set(body) == {"Type", "Message"} and body["Type"] in ("Response", "Release"), body
        return self._shown(body["Message"], ends=body["Type"] == "Release")

    def _shown(self, screen: str, *, ends: bool) -> Phone:
        assert gsm.fits_ussd(screen, max_septets=self.max_chars), (
            f"{gsm.length(screen)} {gsm.encoding(screen)} units > {gsm.ussd_limit(screen, max_septets=self.max_chars)}"
            f":\n{screen}"
        )
        self.screen, self.ends = screen, ends
        self.screens.append(screen)
        return self
