"""How gunicorn serves agrilend: `make run`, `make bench` and the served-app tests all start
`gunicorn --config gunicorn.conf.py app:app` (lending/serve.py), and gunicorn reads this file by itself when started
from the project root. Settings come from the environment:

  HOST, PORT        where to listen (127.0.0.1:5000)
  WEB_CONCURRENCY   workers; default 2 × cores + 1, at most 4 on SQLite (one writer: more workers only queue on it)
  LOG_LEVEL         gunicorn's own log level, as the app's (INFO); the access log goes to stdout whatever the level,
                    with phones and ID numbers masked by the app's log masking (lending/security/pii.py)
"""

import gc
import os

from gunicorn.http import wsgi

SQLITE_MAX_WORKERS = 4
OTHER_MAX_WORKERS = 12


def default_workers(cores: int, database_url: str) -> int:
    cap = SQLITE_MAX_WORKERS if database_url.startswith("sqlite") else OTHER_MAX_WORKERS
    return max(1, min(2 * cores + 1, cap))


chdir = os.path.dirname(os.path.abspath(__file__))
bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '5000')}"
workers = int(
    os.environ.get("WEB_CONCURRENCY") or default_workers(os.cpu_count() or 1, os.environ.get("DATABASE_URL", "sqlite"))
)
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
accesslog = "-"
graceful_timeout = 10
control_socket_disable = True  # nothing here uses gunicornc; servers started side by side would share its socket


def when_ready(server) -> None:
    """Once listening, the URLs to open (the first address gunicorn bound, as `http://host:port`)."""
    base = str(server.LISTENERS[0])
    print(
        f"\n  agrilend on {base} (gunicorn, {server.num_workers} workers)\n"
        f"    API docs (Swagger UI):  {base}/api/docs\n"
        f"    OpenAPI 3 document:     {base}/api/openapi.json\n"
        f"    health / readiness:     {base}/healthz  {base}/readyz\n"
        f"    demo accounts:          seeds/agents.json\n",
        flush=True,
    )


def post_worker_init(worker) -> None:
    """The worker has loaded the app: what it loaded (modules, mappers, schemas) lives as long as the worker, so the
    garbage collector's full passes stop walking it. A request that holds many objects (a sync push of 500 mutations
    keeps its records in the identity map) otherwise pays for walking all of them again and again."""
    gc.freeze()


# No Server header: what software answers is nobody's business (gunicorn has no setting for it, so its default
# response headers are filtered; tests/e2e/test_serve.py fails if a gunicorn upgrade brings the header back).
_default_headers = wsgi.Response.default_headers
wsgi.Response.default_headers = lambda self: [
    line for line in _default_headers(self) if not line.lower().startswith("server:")
]
