"""Development keys (lending/config.py): workers that start together on a fresh instance/ agree on one key."""

from __future__ import annotations

import multiprocessing
import secrets
import time

from lending import config

WORKERS = 8


def _slowly_made_key() -> str:
    time.sleep(0.05)  # a slow disk or a busy machine: every worker is between "no key yet" and "key written"
    return secrets.token_urlsafe(48)


def _worker(instance_dir, start, keys) -> None:
    config.INSTANCE_DIR = instance_dir
    start.wait()
    keys.put(config.development_key("secret_key", _slowly_made_key))


def test_workers_starting_together_on_a_fresh_instance_all_read_the_one_key_created(tmp_path):
    context = multiprocessing.get_context("fork")  # as gunicorn's workers: forked, then create_app each
    start, keys = context.Barrier(WORKERS), context.Queue()
    workers = [context.Process(target=_worker, args=(tmp_path / "instance", start, keys)) for _ in range(WORKERS)]
    for worker in workers:
        worker.start()
    read = [keys.get(timeout=30) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    assert len(set(read)) == 1 and len(read[0]) == 64  # token_urlsafe(48): 64 characters, none empty
    assert [path.name for path in (tmp_path / "instance").iterdir()] == ["secret_key"]  # no drafts left
    assert (tmp_path / "instance" / "secret_key").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "instance" / "secret_key").read_text() == read[0]


def test_a_key_once_created_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "INSTANCE_DIR", tmp_path)
    first = config.development_key("pii_index_key")
    assert config.development_key("pii_index_key") == first
