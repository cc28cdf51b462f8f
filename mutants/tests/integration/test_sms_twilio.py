"""The outbox sends through the twilio SDK to a fake Twilio on 127.0.0.1 (tests/twilio_fake.py), over real HTTP.

Time is driven by passing `now` to each pass; the jitter is pinned at 0.5 (exactly the doubling), so every wait can be
checked by hand: SMS_RETRY_SECONDS 30 → 30 s after the first failed try, 60 s after the second, 120 s after the third.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from lending.channels import sms
from lending.config import Settings
from lending.database import open_session
from lending.domain.statuses import OutboxStatus
from lending.extensions import db
from lending.models import OutboxMessage
from lending.models.base import utcnow
from lending.models.messaging import SmsOptOut
from lending.security.pii import blind_index
from lending.services import outbox
from tests.helpers import at_the_same_instant
from tests.twilio_fake import ACCOUNT_SID, AUTH_TOKEN, FROM, INVALID_NUMBER, Served
from tests.unit.test_sms_segments import CHINESE_REMINDER, ENGLISH_REMINDER

PHONE = "+254712000001"
CALLBACK = "https://lend.example.org/webhooks/twilio/status"


def twilio_settings(base_url: str, **changes) -> Settings:
    values = {
        "sms_transport": "twilio",
        "sms_max_attempts": 4,
        "sms_retry_seconds": 30,
        "twilio_account_sid": ACCOUNT_SID,
        "twilio_auth_token": AUTH_TOKEN,
        "twilio_from": FROM,
        "twilio_api_base": base_url,
        "public_base_url": "https://lend.example.org/",
    }
    return Settings(**(values | changes))


@pytest.fixture
def fake():
    with Served() as served:
        yield served


@pytest.fixture
def worker(app, fake):
    """A session carrying the Twilio settings, and the transport they make; `.run(now)` is one pass."""

    class Worker:
        def __init__(self, **changes) -> None:
            self.settings = twilio_settings(fake.base_url, **changes)
            self.session = open_session(db.engine, self.settings)
            self.transport = sms.transport("twilio", self.settings)

        def run(self, now: dt.datetime) -> outbox.Pass:
            return outbox.deliver(session=self.session, transport=self.transport, now=now, jitter=lambda: 0.5)

    with app.app_context():
        made = []

        def make(**changes) -> Worker:
            made.append(Worker(**changes))
            return made[-1]

        yield make
        for each in made:
            each.session.close()


def queue(app, *bodies: str, to: str = PHONE, purpose: str = "reminder") -> None:
    with app.app_context():
        for body in bodies:
            sms.enqueue(db.session, to=to, body=body, purpose=purpose)
        db.session.commit()


def rows(app) -> dict[str, OutboxMessage]:
    """The outbox by body, read afresh."""
    with app.app_context():
        db.session.expire_all()
        return {message.body: message for message in db.session.scalars(select(OutboxMessage))}


def test_an_outage_loses_no_message_and_sends_none_twice(app, fake, worker):
    queue(app, "one", "two", "three")
    run = worker().run
    start = utcnow()
    fake.fail_next(6)  # the first two tries of each of the three

    assert run(start) == outbox.Pass(retrying=3)
    first = rows(app)
    assert {(m.status, m.attempts, m.next_attempt_at - start) for m in first.values()} == {
        ("pending", 1, dt.timedelta(seconds=30))
    }
    assert first["one"].last_error == "twilio 500 code 20500: Unable to create record: Internal Server Error"

    assert run(start + dt.timedelta(seconds=29)) == outbox.Pass()  # not due yet: nothing asked of Twilio
    assert len(fake.requests) == 3

    assert run(start + dt.timedelta(seconds=30)) == outbox.Pass(retrying=3)
    assert {(m.status, m.attempts, m.next_attempt_at - start) for m in rows(app).values()} == {
        ("pending", 2, dt.timedelta(seconds=30 + 60))
    }

    assert run(start + dt.timedelta(seconds=90)) == outbox.Pass(sent=3)  # Twilio is back
    assert run(start + dt.timedelta(hours=2)) == outbox.Pass()
    assert [fake.created_for(body) for body in ("one", "two", "three")] == [1, 1, 1]
    sent = rows(app)
    assert {(m.status, m.attempts, m.next_attempt_at, m.last_error, m.provider) for m in sent.values()} == {
        ("sent", 3, None, None, "twilio")
    }
    assert {m.provider_id for m in sent.values()} == {message["sid"] for message in fake.messages}
    assert {m.delivery_status for m in sent.values()} == {"queued"}
    assert {m["from"] for m in fake.messages} == {FROM} and {m["to"] for m in fake.messages} == {PHONE}
    assert {m["status_callback"] for m in fake.messages} == {CALLBACK}


def test_after_sms_max_attempts_a_message_is_failed_and_tried_no_more(app, fake, worker):
    queue(app, "never")
    run = worker(sms_max_attempts=3).run
    start = utcnow()
    fake.fail_next(1000)

    assert [run(start + dt.timedelta(seconds=s)) for s in (0, 30, 90)] == [
        outbox.Pass(retrying=1),
        outbox.Pass(retrying=1),
        outbox.Pass(failed=1),
    ]
    assert run(start + dt.timedelta(days=1)) == outbox.Pass()
    message = rows(app)["never"]
    assert (message.status, message.attempts, message.last_error) == (
        "failed",
        3,
        "twilio 500 code 20500: Unable to create record: Internal Server Error",
    )
    assert len(fake.requests) == 3 and fake.messages == []

    with app.app_context():
        report = outbox.status(session=db.session)
    assert report.by_status == {"pending": 0, "sending": 0, "sent": 0, "failed": 1, "suppressed": 0}
    assert [(f.attempts, f.last_error) for f in report.failed] == [
        (3, "twilio 500 code 20500: Unable to create record: Internal Server Error")
    ]


def test_an_invalid_number_is_refused_for_good_on_the_first_try(app, fake, worker):
    queue(app, "to nowhere", to=INVALID_NUMBER)

    assert worker().run(utcnow()) == outbox.Pass(failed=1)
    message = rows(app)["to nowhere"]
    assert (message.status, message.attempts, message.provider_id) == ("failed", 1, None)
    assert message.last_error == (
        f"twilio 400 code 21211: Unable to create record: The 'To' number {INVALID_NUMBER} is not a valid phone number."
    )
    assert fake.messages == []


def test_twilio_out_of_reach_is_tried_again_later_not_looked_up(app, fake, worker):
    queue(app, "no route")
    start = utcnow()
    unreachable = worker(twilio_api_base="http://127.0.0.1:9").run  # the discard port: nothing listens there

    assert unreachable(start) == outbox.Pass(retrying=1)  # refused before Twilio could have it: safe to send again
    message = rows(app)["no route"]
    assert (message.status, message.attempts, message.next_attempt_at - start) == (
        "pending",
        1,
        dt.timedelta(seconds=30),
    )
    assert message.last_error == "no connection to twilio: ConnectionError"
    assert worker().run(start + dt.timedelta(seconds=30)) == outbox.Pass(sent=1)
    assert fake.created_for("no route") == 1


def test_an_answer_lost_after_twilio_accepted_is_found_by_lookup_not_sent_again(app, fake, worker):
    queue(app, "lost answer")
    run = worker().run
    start = utcnow()
    fake.lose_next(1)

    assert run(start) == outbox.Pass(unanswered=1)
    left = rows(app)["lost answer"]
    assert (left.status, left.claimed_at, left.attempts, left.provider_id) == ("sending", start, 1, None)
    assert left.last_error == "twilio did not answer: ConnectionError"

    assert run(start + dt.timedelta(minutes=4)) == outbox.Pass()  # not stale yet: left alone
    with app.app_context():
        assert [
            outbox.status(session=db.session, now=start + dt.timedelta(minutes=m)).stale_sending for m in (4, 6)
        ] == [
            0,
            1,
        ]
    assert run(start + dt.timedelta(minutes=6)) == outbox.Pass(reconciled=1)
    found = rows(app)["lost answer"]
    assert (found.status, found.provider_id, found.attempts) == ("sent", fake.messages[0]["sid"], 1)
    assert fake.created_for("lost answer") == 1


def test_a_claim_that_never_reached_twilio_is_sent_after_the_lookup_finds_nothing(app, fake, worker):
    queue(app, "crashed before sending")
    start = utcnow()
    with app.app_context():  # a worker claimed it and died before calling Twilio
        db.session.execute(update(OutboxMessage).values(status="sending", claimed_at=start, attempts=1))
        db.session.commit()

    assert worker().run(start + dt.timedelta(minutes=6)) == outbox.Pass(requeued=1, sent=1)
    message = rows(app)["crashed before sending"]
    assert (message.status, message.attempts, message.provider_id) == ("sent", 2, fake.messages[0]["sid"])
    assert fake.created_for("crashed before sending") == 1
    assert [method for method, _ in fake.requests] == ["GET", "POST"]  # looked up, then sent


def test_a_lookup_never_takes_a_twilio_message_already_recorded_for_another(app, fake, worker):
    queue(app, "same words")
    run = worker().run
    start = utcnow()
    assert run(start) == outbox.Pass(sent=1)
    queue(app, "same words")  # the same reminder again, to the same phone
    with app.app_context():
        db.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.PENDING)
            .values(status="sending", claimed_at=start, attempts=1)
        )
        db.session.commit()

    assert run(start + dt.timedelta(minutes=6)) == outbox.Pass(requeued=1, sent=1)
    assert fake.created_for("same words") == 2
    with app.app_context():
        ids = db.session.scalars(select(OutboxMessage.provider_id)).all()
    assert sorted(ids) == sorted(message["sid"] for message in fake.messages)


def test_chinese_is_sent_as_two_ucs2_segments_and_english_as_two_gsm7(app, fake, worker):
    queue(app, CHINESE_REMINDER, ENGLISH_REMINDER, "Your code is 123456")
    queued = rows(app)
    assert [(queued[b].encoding, queued[b].segments) for b in (CHINESE_REMINDER, ENGLISH_REMINDER)] == [
        ("UCS-2", 2),
        ("GSM-7", 2),
    ]
    assert (queued["Your code is 123456"].encoding, queued["Your code is 123456"].segments) == ("GSM-7", 1)

    assert worker().run(utcnow()) == outbox.Pass(sent=3)
    assert {m["body"]: m["num_segments"] for m in fake.messages} == {
        CHINESE_REMINDER: "2",
        ENGLISH_REMINDER: "2",
        "Your code is 123456": "1",
    }
    sent = rows(app)
    assert [sent[b].segments for b in (CHINESE_REMINDER, ENGLISH_REMINDER, "Your code is 123456")] == [2, 2, 1]


def test_a_messaging_service_sends_instead_of_a_number(app, fake, worker):
    queue(app, "through the service")
    run = worker(twilio_from="", twilio_messaging_service_sid="MG" + "1" * 32, public_base_url="").run

    assert run(utcnow()) == outbox.Pass(sent=1)
    (message,) = fake.messages
    assert (message["from"], message["messaging_service_sid"], message["status_callback"]) == (
        None,
        "MG" + "1" * 32,
        None,
    )


def test_twilio_without_credentials_is_refused_naming_what_is_missing():
    with pytest.raises(ValueError) as refused:
        sms.transport("twilio", Settings(twilio_account_sid=ACCOUNT_SID))
    assert str(refused.value) == "twilio needs TWILIO_AUTH_TOKEN, TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID"


def test_an_opted_out_phone_gets_sign_in_codes_but_no_reminders(app, fake, worker):
    with app.app_context():
        db.session.add(SmsOptOut(phone_index=blind_index("phone", PHONE), opted_out_at=utcnow()))
        db.session.commit()
    queue(app, "Reminder: 1,200.00 KES due", purpose="reminder")
    queue(app, "Your code is 654321", purpose="sign_in")
    queue(app, "Reminder to another phone", to="+254712000002", purpose="reminder")

    assert worker().run(utcnow()) == outbox.Pass(sent=2)
    assert sorted(m["body"] for m in fake.messages) == ["Reminder to another phone", "Your code is 654321"]
    statuses = {body: message.status for body, message in rows(app).items()}
    assert statuses == {
        "Reminder: 1,200.00 KES due": "suppressed",
        "Your code is 654321": "sent",
        "Reminder to another phone": "sent",
    }


def _worker_process(database_url: str, base_url: str, start, results) -> None:
    from app import create_app
    from lending.channels import sms as channel
    from lending.database import open_session as open_
    from lending.extensions import db as database
    from lending.services import outbox as service
    from tests.conftest import SECRET

    application = create_app(
        {"DATABASE_URL": database_url, "SECRET_KEY": SECRET, "LOG_LEVEL": "WARNING", "RATELIMIT_ENABLED": False}
    )
    settings = twilio_settings(base_url)
    with application.app_context():
        session = open_(database.engine, settings)
        transport = channel.transport("twilio", settings)
        start.wait()
        sent = 0
        while (done := service.deliver(session=session, transport=transport, limit=3)) != service.Pass():
            sent += done.sent
        session.close()
    results.put(sent)


@pytest.mark.postgres_only
def test_four_workers_at_once_send_each_message_once(app, backend, database_url, fake):
    if backend != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL (DESIGN.md §3)")
    bodies = [f"message {n:02d}" for n in range(40)]
    queue(app, *bodies)

    sent = at_the_same_instant(_worker_process, (database_url, fake.base_url))

    assert sum(sent) == 40, sent
    assert [fake.created_for(body) for body in bodies] == [1] * 40
    assert {message.status for message in rows(app).values()} == {"sent"}


def test_flask_outbox_run_sends_with_twilio_and_status_shows_the_outbox(app, fake, monkeypatch):
    settings = {
        "SMS_TRANSPORT": "twilio",
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM": FROM,
        "TWILIO_API_BASE": fake.base_url,
    }
    for name, value in settings.items():
        monkeypatch.setitem(app.config, name, value)
    queue(app, "hello", "another hello")
    queue(app, "to nowhere", to=INVALID_NUMBER)

    result = app.test_cli_runner().invoke(args=["outbox", "run", "--once"])

    assert (result.exit_code, result.output) == (0, "sent 2, 1 failed\n")
    assert sorted(m["body"] for m in fake.messages) == ["another hello", "hello"]
    failed_id = rows(app)["to nowhere"].id
    queue(app, "later")
    with app.app_context():
        oldest = rows(app)["later"].created_at

    status = app.test_cli_runner().invoke(args=["outbox", "status"])

    assert status.exit_code == 0
    assert status.output.splitlines() == [
        "status: pending 1, sending 0, sent 2, failed 1, suppressed 0",
        "delivery: queued 2",
        f"oldest pending: {oldest.isoformat()}",
        f"failed {failed_id} reminder after 1 tries: twilio 400 code 21211: Unable to create record: "
        f"The 'To' number {INVALID_NUMBER} is not a valid phone number.",
    ]


def test_flask_outbox_run_with_twilio_unconfigured_says_what_is_missing(app, monkeypatch):
    monkeypatch.setitem(app.config, "SMS_TRANSPORT", "twilio")
    queue(app, "waits")

    result = app.test_cli_runner().invoke(args=["outbox", "run", "--once"])

    assert (result.exit_code, result.output) == (
        1,
        "Error: SMS_TRANSPORT: twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, "
        "TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID\n",
    )
    assert rows(app)["waits"].status == "pending"
