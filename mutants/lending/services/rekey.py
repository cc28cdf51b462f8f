"""Re-encrypt personal data under the current PII key (`flask pii rotate-key`), and rebuild blind indexes.

Works on the stored ciphertext with plain SQL (no ORM decryption of whole rows), a batch at a time, each batch its
own transaction: an interrupted run is resumed by running it again — values already under the current key are
skipped (their ciphertext starts with `<current key id>:`).
"""

from __future__ import annotations

from sqlalchemy import Column, MetaData, String, Table, select, update
from sqlalchemy.orm import Session

from ..security import pii

# table → (key column, {encrypted column: blind-index kind or None}); every EncryptedString column in the models
ENCRYPTED: dict[str, tuple[str, dict[str, str | None]]] = {
    "farmers": ("id", {"phone": "phone", "national_id": "national_id"}),
    "agents": ("id", {"phone": "phone"}),
    "sms_outbox": ("id", {"to": None}),
    "wechat_bindings": ("farmer_id", {"openid": "wechat_openid"}),
    "wechat_binding_requests": ("id", {"openid": "wechat_openid"}),
}
BATCH = 500


def _table(name: str, key: str, columns: dict[str, str | None]) -> Table:
    names = [*columns, *(f"{column}_index" for column, kind in columns.items() if kind)]
    return Table(name, MetaData(), Column(key, primary_key=True), *(Column(n, String) for n in names))


def pending(session: Session) -> dict[str, int]:
    """How many values per `table.column` are not yet under the current key."""
    keyring = pii.keyring()
    counts = {}
    for name, (key, columns) in ENCRYPTED.items():
        table = _table(name, key, columns)
        for column in columns:
            stale = table.c[column].is_not(None) & ~table.c[column].startswith(f"{keyring.current}:")
            counts[f"{name}.{column}"] = len(session.execute(select(table.c[key]).where(stale)).all())
    return counts


def rotate(session: Session, *, reindex: bool = False, progress=None) -> dict[str, int]:
    """Re-encrypt every value not under the current key (and, with `reindex`, recompute every blind index from
    the decrypted values — after PII_INDEX_KEY changed). Returns values rewritten per `table.column`."""
    keyring = pii.keyring()
    done: dict[str, int] = {}
    for name, (key, columns) in ENCRYPTED.items():
        table = _table(name, key, columns)
        for column, kind in columns.items():
            context = f"{name}.{column}"
            selector = table.c[column].is_not(None)
            if not (reindex and kind):
                selector &= ~table.c[column].startswith(f"{keyring.current}:")
            last = None
            done[context] = 0
            while True:
                stmt = select(table.c[key], table.c[column]).where(selector).order_by(table.c[key]).limit(BATCH)
                if last is not None:
                    stmt = stmt.where(table.c[key] > last)
                rows = session.execute(stmt).all()
                if not rows:
                    break
                for row_key, stored in rows:
                    plain = keyring.decrypt(stored, context)
                    values = {
                        column: stored if stored.startswith(f"{keyring.current}:") else keyring.encrypt(plain, context)
                    }
                    if reindex and kind:
                        values[f"{column}_index"] = keyring.blind_index(kind, plain)
                    session.execute(update(table).where(table.c[key] == row_key).values(**values))
                session.commit()
                last = rows[-1][0]
                done[context] += len(rows)
                if progress:
                    progress(len(rows))
    return done
