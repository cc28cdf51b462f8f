"""The agrilend Flask application: `create_app(config=None)`; `app` for `flask --app app` and gunicorn."""

from __future__ import annotations

import logging

from flask import Flask, send_from_directory


def create_app(config: dict | None = None) -> Flask:
    """Wire settings, database, API, error handlers and CLI; build nothing else."""
    from lending import cli
    from lending import config as settings
    from lending.api import register as register_api
    from lending.extensions import db, install_keyring
    from lending.http import cors, headers, problems, rate_limits
    from lending.security import pii
    from lending.webhooks import twilio as twilio_webhooks
    from ussd import routes as ussd_routes

    app = Flask(__name__, instance_relative_config=True)
    app.config.update(settings.load(config))
    logging.basicConfig(level=app.config["LOG_LEVEL"], format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_keyring(app)
    pii.install_log_masking()  # phones and ID numbers never reach a log line unmasked
    app.json.sort_keys = False
    db.init_app(app)
    rate_limits.init_app(app)  # first of the request hooks: every request is counted, even a refused one
    cors.init_app(app)
    headers.init_app(app)
    register_api(app)
    ussd_routes.init_app(app)
    twilio_webhooks.init_app(app)
    problems.register(app)  # after the Api, whose own HTTPException handler this replaces
    cli.register(app)

    @app.get("/api/docs/static/<path:filename>")
    def swagger_ui_static(filename: str):
        """Swagger UI's own files, served from the installed package (no CDN)."""
        import swagger_ui_bundle

        return send_from_directory(swagger_ui_bundle.swagger_ui_path, filename)

    return app


app = create_app()
