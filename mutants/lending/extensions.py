"""The database (engine + request-scoped session) and the flask-smorest Api, built by create_app, never at import."""

from __future__ import annotations

from flask import Flask, appcontext_pushed, current_app, g
from flask_smorest import Api
from flask_smorest import Blueprint as SmorestBlueprint
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from webargs.flaskparser import FlaskParser

from .config import Settings
from .database import make_engine, session_factory
from .security import pii


class Database:
    """One engine per app; one Session per app context (request, CLI command), closed at teardown."""

    def __init__(self):
        self._app_key = "lending.db"

    def init_app(self, app: Flask) -> None:
        engine = make_engine(app.config["DATABASE_URL"])
        app.extensions[self._app_key] = (engine, session_factory(engine))

        @app.teardown_appcontext
        def _close(exc):
            session = g.pop("db_session", None)
            if session is not None:
                session.close()

    def _state(self):
        return current_app.extensions[self._app_key]

    @property
    def engine(self) -> Engine:
        return self._state()[0]

    @property
    def session(self) -> Session:
        if "db_session" not in g:
            g.db_session = self.open()
        return g.db_session

    def open(self) -> Session:
        """A new session of the app, carrying its settings as the config has them now (tests change them); the
        caller closes it. Inside a request or command, use `session`."""
        return self._state()[1](info={"settings": Settings.from_config(current_app.config)})


def install_keyring(app: Flask) -> None:
    """The app's PII keyring (PII_KEY, PII_INDEX_KEY) is the one in use inside its app contexts."""
    ring = pii.configure(app.config)
    app.extensions["pii"] = ring

    def _push(sender, **_):
        g._pii_previous = pii.use(ring)

    appcontext_pushed.connect(_push, app, weak=False)

    @app.teardown_appcontext
    def _pop(exc):
        pii.use(g.pop("_pii_previous", None))


db = Database()
api = Api()


class StrictParser(FlaskParser):
    """Query parameters follow the schema's `unknown` (RAISE) too: `?village=` misspelt is a 422, not all farmers."""

    DEFAULT_UNKNOWN_BY_LOCATION = {**FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION, "query": None, "querystring": None}


class Blueprint(SmorestBlueprint):
    """The project's Blueprint: arguments parsed strictly, in every location."""

    ARGUMENTS_PARSER = StrictParser()
