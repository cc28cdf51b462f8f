"""Attachment stores: where the bytes of an attachment are kept, named by their SHA-256 (the database keeps only
their metadata, `models.Attachment`). A name is written once and never changes, so writing it again is harmless.

`disk` (ATTACHMENT_STORE, the default) keeps them under ATTACHMENT_DIR as `<first 2 hex digits>/<sha256>`. The next
adapter is an S3-compatible object store (MinIO, a cloud bucket) behind the same three methods — `put` as a
PutObject under the same key, `get` a GetObject, `exists` a HeadObject — chosen by ATTACHMENT_STORE=s3; it is not
written yet (nothing here needs an S3 client library until then).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


class AttachmentStore:
    name = "abstract"

    def put(self, sha256: str, body: bytes) -> None:
        """Keep `body` under `sha256` (the caller checked that it is the body's digest). Writing a name that is
        there already is a no-op: concurrent writers of one name write the same bytes."""
        raise NotImplementedError

    def get(self, sha256: str) -> bytes | None:
        """The bytes kept under `sha256`, or None."""
        raise NotImplementedError

    def exists(self, sha256: str) -> bool:
        raise NotImplementedError


class DiskStore(AttachmentStore):
    """Files under `root`, 256 directories by the first two hex digits (no directory grows past what a file system
    lists quickly). Written atomically: a temporary file in the same directory, flushed to disk, then renamed over
    the name — a reader, or a crash, never sees half a file."""

    name = "disk"

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, sha256: str, body: bytes) -> None:
        path = self.path_of(sha256)
        if path.exists():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = path.parent / f".{sha256}.{os.getpid()}.{secrets.token_hex(4)}.part"
        try:
            with open(os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640), "wb") as file:
                file.write(body)
                file.flush()
                os.fsync(file.fileno())
            os.replace(draft, path)  # atomic; a twin upload renaming the same bytes over it changes nothing
        finally:
            draft.unlink(missing_ok=True)
        _sync_directory(path.parent)

    def get(self, sha256: str) -> bytes | None:
        try:
            return self.path_of(sha256).read_bytes()
        except FileNotFoundError:
            return None

    def exists(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()


def _sync_directory(directory: Path) -> None:
    """The rename itself survives a power cut once its directory is flushed (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


STORES = {"disk": DiskStore}


def store(name: str, *, root: str) -> AttachmentStore:
    try:
        return STORES[name](root)
    except KeyError:
        raise ValueError(f"unknown attachment store {name!r}; known: {', '.join(STORES)}") from None
