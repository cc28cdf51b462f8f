"""Attachments (issue #13): photos and scans PUT under the SHA-256 of their bytes — stored once, refused when the
digest, the type or the size is wrong — named by records (before or after they arrive) and read back by the staff
who may see such a record.

The bytes are built here: a 1×1 PNG by hand (69 bytes: signature, IHDR, IDAT, IEND), a one-page PDF by hand, a JPEG
and a WebP by Pillow (installed with matplotlib). Each file's digest is computed here with hashlib."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zlib

import pytest
from sqlalchemy import func, select

from tests.helpers import EQUIPMENT, FARMER, LAND, SALE, at_the_same_instant, create_farmer, make_staff, staff_headers
from tests.integration.test_input_hygiene import send_chunked, werkzeug_served  # noqa: F401 (a served app)
from tests.integration.test_ownership import bearer, borrower_tokens

VILLAGE = "340123104"  # FARMER's
OTHER_VILLAGE = "410526101"  # test_ownership's VILLAGE_B


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_1x1() -> bytes:
    """A 1×1 white RGB PNG: 8-byte signature, IHDR (25 bytes), IDAT (24), IEND (12) = 69 bytes."""
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # width, height, bit depth, RGB, deflate, no filter/lace
    pixels = zlib.compress(b"\x00\xff\xff\xff")  # one scanline: filter byte 0, then R G B
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", pixels) + _chunk(b"IEND", b"")


PNG = png_1x1()
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def pillow(kind: str) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (2, 2), "green").save(out, kind)
    return out.getvalue()


def sha(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def put(client, body: bytes, headers: dict, *, name: str | None = None, content_type: str | None = None):
    extra = {"Content-Type": content_type} if content_type else {}
    return client.put(f"/api/v1/attachments/{name or sha(body)}", data=body, headers={**headers, **extra})


@pytest.fixture(autouse=True)
def attachment_dir(app, monkeypatch, tmp_path):
    """Each test's files under a directory of its own."""
    monkeypatch.setitem(app.config, "ATTACHMENT_DIR", str(tmp_path / "attachments"))
    return tmp_path / "attachments"


def files_in(directory) -> list[str]:
    """Every file under the store's directory, as `<dir>/<name>` (temporary files included, were any left)."""
    return sorted(str(path.relative_to(directory)) for path in directory.rglob("*") if path.is_file())


def rows(app) -> int:
    from lending.extensions import db
    from lending.models import Attachment

    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Attachment))


def test_the_png_is_69_bytes_and_pillow_reads_it_as_one_white_pixel():
    from PIL import Image

    image = Image.open(io.BytesIO(PNG))
    assert (len(PNG), image.format, image.size, image.convert("RGB").getpixel((0, 0))) == (
        69,
        "PNG",
        (1, 1),
        (255, 255, 255),
    )


def test_a_png_is_stored_once_and_sent_again_gets_the_same_answer(app, client, attachment_dir):
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    first = put(client, PNG, agent, content_type="image/png")
    assert first.status_code == 201, first.json
    assert (first.json["sha256"], first.json["size"], first.json["content_type"]) == (sha(PNG), 69, "image/png")
    assert files_in(attachment_dir) == [f"{sha(PNG)[:2]}/{sha(PNG)}"]
    assert (attachment_dir / sha(PNG)[:2] / sha(PNG)).read_bytes() == PNG
    again = put(client, PNG, agent, content_type="image/png")
    assert (again.status_code, again.json) == (200, first.json)
    _, officer = staff_headers(app, client, "officer")
    by_someone_else = put(client, PNG, officer)
    assert (by_someone_else.status_code, by_someone_else.json) == (200, first.json)
    assert rows(app) == 1 and files_in(attachment_dir) == [f"{sha(PNG)[:2]}/{sha(PNG)}"]


def test_the_first_upload_is_audited_and_a_replay_is_not(app, client):
    from lending.extensions import db
    from lending.models import AuditEvent

    agent_id, agent = staff_headers(app, client, "agent", [VILLAGE])
    assert put(client, PNG, agent).status_code == 201
    assert put(client, PNG, agent).status_code == 200
    with app.app_context():
        events = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "attachment.store")).all()
        assert [(e.actor_id, e.entity_id, e.detail) for e in events] == [
            (agent_id, sha(PNG), {"size": 69, "content_type": "image/png"})
        ]


@pytest.mark.parametrize(
    ("kind", "content_type"),
    [("PDF", "application/pdf"), ("JPEG", "image/jpeg"), ("WEBP", "image/webp")],
)
def test_pdf_jpeg_and_webp_are_told_by_their_bytes(app, client, kind, content_type):
    body = PDF if kind == "PDF" else pillow(kind)
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    stored = put(client, body, agent, content_type="application/octet-stream")  # the type left to the bytes
    assert stored.status_code == 201, stored.json
    assert (stored.json["content_type"], stored.json["size"]) == (content_type, len(body))
    read = client.get(f"/api/v1/attachments/{sha(body)}", headers=agent)
    assert (read.status_code, read.mimetype, read.get_data()) == (200, content_type, body)


def test_a_jpeg_sent_as_image_jpg_is_a_jpeg(app, client):
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    response = put(client, pillow("JPEG"), agent, content_type="image/jpg")
    assert (response.status_code, response.json["content_type"]) == (201, "image/jpeg")


def test_a_body_that_is_not_the_digest_of_the_path_is_422_naming_sha256_and_stores_nothing(app, client, attachment_dir):
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    response = put(client, PNG, agent, name=sha(PDF))
    assert (response.status_code, response.json["code"]) == (422, "validation_error")
    assert response.json["errors"] == {"sha256": [f"The body's digest is {sha(PNG)}."]}
    assert rows(app) == 0 and files_in(attachment_dir) == []


@pytest.mark.parametrize(
    "name",
    [sha(PNG).upper(), sha(PNG)[:63], sha(PNG) + "0", "g" * 64],
    ids=["upper-case", "63 digits", "65 digits", "not hex"],
)
def test_a_path_that_is_not_a_sha256_is_422_naming_sha256(app, client, name):
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    response = put(client, PNG, agent, name=name)
    assert (response.status_code, response.json["errors"]) == (
        422,
        {"sha256": ["Must be a SHA-256: 64 lower-case hex digits."]},
    ), response.json


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"receipt: 5000 kg rice, 13500.00 CNY\n", "text/plain"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48, "application/octet-stream"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "image/gif"),
        (b"", None),
    ],
    ids=["text", "exe", "gif", "empty"],
)
def test_what_is_not_jpeg_png_pdf_or_webp_is_415_and_stores_nothing(app, client, attachment_dir, body, content_type):
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    response = put(client, body, agent, content_type=content_type)
    assert (response.status_code, response.json["code"]) == (415, "unsupported_media_type"), response.json
    assert response.mimetype == "application/problem+json"
    said = f" (sent as {content_type})" if content_type not in (None, "application/octet-stream") else ""
    assert response.json["errors"] == {"Content-Type": [f"The body is not a JPEG, PNG, PDF or WebP file{said}."]}
    assert rows(app) == 0 and files_in(attachment_dir) == []


def test_a_png_sent_as_a_jpeg_is_415_naming_both_types(app, client, attachment_dir):
    """Decided: the bytes tell the type, and a sender that names another has mixed up its files — refused (415),
    not stored under the type the bytes have. Naming no type (or application/octet-stream) is fine."""
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    response = put(client, PNG, agent, content_type="image/jpeg")
    assert (response.status_code, response.json["code"]) == (415, "unsupported_media_type")
    assert response.json["errors"] == {
        "Content-Type": ["Sent as image/jpeg, but the body is image/png: send its own type, or none."]
    }
    assert rows(app) == 0 and files_in(attachment_dir) == []
    assert put(client, PNG, agent).status_code == 201


def test_the_size_limit_takes_a_body_at_it_and_refuses_one_byte_more(app, client, monkeypatch, attachment_dir):
    monkeypatch.setitem(app.config, "ATTACHMENT_MAX_BYTES", 100)
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    below, at, over = (PNG + b"\x00" * (size - len(PNG)) for size in (99, 100, 101))  # a PNG's tail is not read
    assert put(client, below, agent).status_code == 201
    assert put(client, at, agent).status_code == 201
    response = put(client, over, agent)
    assert (response.status_code, response.json["code"]) == (413, "payload_too_large")
    assert response.mimetype == "application/problem+json"
    assert response.json["errors"] == {"_body": ["An attachment may be at most 100 bytes."]}
    assert rows(app) == 2 and len(files_in(attachment_dir)) == 2


def test_an_attachment_may_be_larger_than_a_json_body(app, client):
    """MAX_CONTENT_LENGTH (1 MiB) is every other request's limit; an attachment's is ATTACHMENT_MAX_BYTES (5 MiB)."""
    assert (app.config["MAX_CONTENT_LENGTH"], app.config["ATTACHMENT_MAX_BYTES"]) == (1024 * 1024, 5 * 1024 * 1024)
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    for size, status in ((2 * 1024 * 1024, 201), (5 * 1024 * 1024, 201), (5 * 1024 * 1024 + 1, 413)):
        body = PDF + b"\n" * (size - len(PDF))
        assert put(client, body, agent).status_code == status, size


def test_a_chunked_upload_is_held_to_the_attachment_limit(app, client, monkeypatch, werkzeug_served):  # noqa: F811
    monkeypatch.setitem(app.config, "ATTACHMENT_MAX_BYTES", 200 * 1024)
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    for size, status in ((200 * 1024 - 1, 201), (200 * 1024, 201), (200 * 1024 + 1, 413)):
        body = PDF + b"\n" * (size - len(PDF))
        answer, document = send_chunked(
            werkzeug_served,
            f"/api/v1/attachments/{sha(body)}",
            body,
            method="PUT",
            headers={**agent, "Content-Type": "application/pdf"},
        )
        assert answer == status, (size, document)
        assert document["size"] == size if status == 201 else document["code"] == "payload_too_large"


def test_a_record_names_an_attachment_before_it_arrives(app, client):
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    farmer = create_farmer(client, agent)
    base = f"/api/v1/farmers/{farmer['id']}/crop-sales"
    sale = client.post(base, json={**SALE, "attachment": sha(PNG)}, headers=agent)
    assert sale.status_code == 201, sale.json
    assert (sale.json["attachment"], sale.json["attachment_received"]) == (sha(PNG), False)
    assert put(client, PNG, agent).status_code == 201
    read = client.get(f"{base}/{sale.json['id']}", headers=agent).json
    assert (read["attachment"], read["attachment_received"]) == (sha(PNG), True)
    listed = client.get(base, headers=agent).json["items"]
    assert [(r["attachment"], r["attachment_received"]) for r in listed] == [(sha(PNG), True)]


def test_a_record_without_an_attachment_says_so(app, client):
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    farmer = create_farmer(client, agent)
    sale = client.post(f"/api/v1/farmers/{farmer['id']}/crop-sales", json=SALE, headers=agent)
    assert (sale.json["attachment"], sale.json["attachment_received"]) == (None, False)


@pytest.mark.parametrize("kind", ["land-transfers", "crop-sales", "equipment-purchases"])
def test_a_record_naming_an_attachment_by_something_else_is_422_naming_attachment(app, client, kind):
    body = {"land-transfers": LAND, "crop-sales": SALE, "equipment-purchases": EQUIPMENT}[kind]
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    farmer = create_farmer(client, agent)
    for wrong in (sha(PNG).upper(), sha(PNG)[:40], "photo.jpg"):
        response = client.post(
            f"/api/v1/farmers/{farmer['id']}/{kind}", json={**body, "attachment": wrong}, headers=agent
        )
        assert (response.status_code, list(response.json["errors"])) == (422, ["attachment"]), response.json
    named = client.post(f"/api/v1/farmers/{farmer['id']}/{kind}", json={**body, "attachment": sha(PDF)}, headers=agent)
    assert (named.status_code, named.json["attachment"]) == (201, sha(PDF))


def test_who_reads_an_attachment(app, client):
    """The agent of the farmer whose record names it, and officers, read the same bytes; another agent gets the
    404 of an attachment that does not exist; a borrower may neither send nor read one (403)."""
    _, capturing = staff_headers(app, client, "agent", [VILLAGE])
    farmer = create_farmer(client, capturing)
    sale = client.post(
        f"/api/v1/farmers/{farmer['id']}/crop-sales", json={**SALE, "attachment": sha(PNG)}, headers=capturing
    )
    assert sale.status_code == 201
    _, officer = staff_headers(app, client, "officer")
    assert put(client, PNG, officer).status_code == 201  # uploaded by someone else than the farmer's agent
    url = f"/api/v1/attachments/{sha(PNG)}"
    _, same_village = staff_headers(app, client, "agent", [VILLAGE])  # sees the village's farmers
    for headers in (capturing, same_village, officer):
        read = client.get(url, headers=headers)
        assert (read.status_code, read.mimetype, read.get_data()) == (200, "image/png", PNG)
        assert read.headers["ETag"] == f'"{sha(PNG)}"'
    _, elsewhere = staff_headers(app, client, "agent", [OTHER_VILLAGE])
    refused = client.get(url, headers=elsewhere)
    absent = client.get(f"/api/v1/attachments/{sha(PDF)}", headers=elsewhere)
    assert (refused.status_code, refused.json) == (404, absent.json)
    assert absent.json["code"] == "not_found"
    borrower = bearer(borrower_tokens(app, client, FARMER["phone"])["access_token"])
    for response in (client.get(url, headers=borrower), put(client, PNG, borrower)):
        assert (response.status_code, response.json["code"]) == (403, "forbidden")


def test_the_uploader_reads_what_no_record_names_yet(app, client):
    _, uploader = staff_headers(app, client, "agent", [VILLAGE])
    _, colleague = staff_headers(app, client, "agent", [VILLAGE])
    assert put(client, PDF, uploader).status_code == 201
    url = f"/api/v1/attachments/{sha(PDF)}"
    assert client.get(url, headers=uploader).get_data() == PDF
    assert client.get(url, headers=colleague).status_code == 404


def test_an_attachment_not_yet_uploaded_is_404_even_for_an_officer(app, client):
    _, officer = staff_headers(app, client, "officer")
    for name in (sha(PNG), "not-a-digest"):
        response = client.get(f"/api/v1/attachments/{name}", headers=officer)
        assert (response.status_code, response.json["code"]) == (404, "not_found")


def test_the_disk_store_writes_whole_files_once_and_reads_them(tmp_path):
    from lending.channels.attachments import DiskStore, store

    disk = store("disk", root=str(tmp_path))
    assert isinstance(disk, DiskStore)
    assert (disk.exists(sha(PNG)), disk.get(sha(PNG))) == (False, None)
    disk.put(sha(PNG), PNG)
    disk.put(sha(PNG), PNG)
    assert (disk.exists(sha(PNG)), disk.get(sha(PNG))) == (True, PNG)
    assert files_in(tmp_path) == [f"{sha(PNG)[:2]}/{sha(PNG)}"]
    with pytest.raises(ValueError, match="unknown attachment store 's3'"):
        store("s3", root=str(tmp_path))


def test_a_twin_committed_between_the_check_and_the_insert_is_the_answer(app, database_url, attachment_dir):
    """The race, made to happen: another upload of the same bytes commits its row after this one found none and
    before this one inserts. This one answers with the twin's row (created: False), records no audit event, and
    the store holds one file."""
    from sqlalchemy import event, insert

    from lending.config import Settings
    from lending.database import make_engine, open_session
    from lending.domain.actors import Actor, Role
    from lending.models import Attachment, AuditEvent
    from lending.models.base import utcnow
    from lending.services import attachments

    agent_id, _ = make_staff(app, "agent", [VILLAGE])
    twin_id, _ = make_staff(app, "agent", [VILLAGE])
    engine = make_engine(database_url)
    session = open_session(engine, Settings.from_config(app.config))
    twin_at = utcnow()

    @event.listens_for(session, "before_flush")
    def _twin_commits_first(flushing, _context, _instances):
        if any(isinstance(item, Attachment) for item in flushing.new):
            with engine.begin() as connection:
                connection.execute(
                    insert(Attachment).values(
                        sha256=sha(PNG), size=69, content_type="image/png", uploaded_by=twin_id, created_at=twin_at
                    )
                )

    try:
        attachment, created = attachments.store(
            session=session,
            actor=Actor(id=agent_id, role=Role.AGENT, villages=frozenset({VILLAGE})),
            sha256=sha(PNG),
            body=PNG,
            declared_type="image/png",
        )
        assert (created, attachment.uploaded_by, attachment.created_at) == (False, twin_id, twin_at)
        audited = session.scalar(select(func.count()).where(AuditEvent.action == "attachment.store"))
        assert audited == 0
    finally:
        session.close()
        engine.dispose()
    assert rows(app) == 1 and files_in(attachment_dir) == [f"{sha(PNG)[:2]}/{sha(PNG)}"]


def _upload(database_url: str, token: str, directory: str, start, results) -> None:
    from app import create_app
    from tests.conftest import SECRET

    application = create_app(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": SECRET,
            "LOG_LEVEL": "WARNING",
            "RATELIMIT_ENABLED": False,
            "ATTACHMENT_DIR": directory,
        }
    )
    client = application.test_client()
    start.wait()
    response = client.put(f"/api/v1/attachments/{sha(PNG)}", data=PNG, headers=bearer(token))
    results.put((response.status_code, response.json))


@pytest.mark.postgres_only
def test_twin_uploads_at_the_same_instant_store_one_file_and_answer_alike(
    app, client, backend, database_url, attachment_dir
):
    if backend != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL (DESIGN.md §3)")
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    token = agent["Authorization"].split()[1]
    outcomes = at_the_same_instant(_upload, (database_url, token, str(attachment_dir)))
    assert sorted(status for status, _ in outcomes) == [200, 200, 200, 201], outcomes
    assert len({json.dumps(body, sort_keys=True) for _, body in outcomes}) == 1, outcomes
    assert rows(app) == 1 and files_in(attachment_dir) == [f"{sha(PNG)[:2]}/{sha(PNG)}"]
