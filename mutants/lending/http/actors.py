"""Who is calling over HTTP: the signed-in actor of a request (domain.actors.Actor) and role checks on views."""

from __future__ import annotations

import functools

from flask import current_app, g, request
from sqlalchemy import select

from ..domain.actors import Actor, Role
from ..errors import Forbidden, Unauthorized
from ..extensions import db
from ..models import Agent, Farmer
from ..models.sessions import SignInSession
from ..security import tokens


def _bearer() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Send `Authorization: Bearer <access token>`.")
    return token.strip()


def current_actor() -> Actor:
    """The actor of this request, read once from the access token and checked against the database."""
    if "actor" in g:
        return g.actor
    claims = tokens.read(_bearer(), secret=current_app.config["SECRET_KEY"], kind="access")
    session = db.session
    if claims.session_id is not None:  # a primary-key read: logout and a reused refresh token end the session
        sign_in = session.get(SignInSession, claims.session_id)
        if sign_in is None or sign_in.revoked_at is not None:
            raise Unauthorized("This sign-in was ended; sign in again.", code="token_revoked")
    if claims.role == "borrower":
        farmer = session.get(Farmer, claims.subject)
        if farmer is None or farmer.erased_at is not None:  # erasure ends the sessions; older tokens name none
            raise Unauthorized("The account no longer exists.", code="token_invalid")
        actor = Actor(id=claims.subject, role=Role.BORROWER)
    else:
        agent = session.scalar(select(Agent).where(Agent.id == claims.subject))
        if agent is None or not agent.active or agent.role != claims.role:
            raise Unauthorized("The account is disabled or its role changed; sign in again.", code="token_invalid")
        actor = Actor(id=agent.id, role=Role(agent.role), villages=frozenset(agent.village_codes))
    g.actor = actor
    return actor


def require(*roles: str):
    """View decorator: a signed-in actor with one of `roles` (401 without a valid token, 403 with another role)."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            actor = current_actor()
            if roles and actor.role not in roles:
                raise Forbidden(f"This needs the role {' or '.join(roles)}.")
            return view(*args, **kwargs)

        wrapper._required_roles = roles  # read by the OpenAPI security documentation
        return wrapper

    return decorator
