"""Sign-in: staff with phone + password, borrowers with a one-time SMS code; refresh; who am I."""

from __future__ import annotations

from flask.views import MethodView

from ...extensions import Blueprint, db
from ...http.actors import current_actor
from ...services import auth
from .. import signed_in
from .schemas import (
    CodeRequestSchema,
    CodeSentSchema,
    CodeVerifySchema,
    LoginSchema,
    MeSchema,
    RefreshSchema,
    TokensSchema,
)

blp = Blueprint("auth", __name__, url_prefix="/api/v1/auth", description="Sign-in and tokens")


@blp.route("/login")
class LoginView(MethodView):
    @blp.arguments(LoginSchema)
    @blp.response(200, TokensSchema)
    def post(self, args):
        """Staff sign-in with phone and password → access and refresh tokens."""
        return auth.login(session=db.session, **args)


@blp.route("/refresh")
class RefreshView(MethodView):
    @blp.arguments(RefreshSchema)
    @blp.response(200, TokensSchema)
    def post(self, args):
        """Trade a refresh token, once, for a new pair (a second use ends the sign-in: 401 token_reused)."""
        return auth.refresh(session=db.session, **args)


@blp.route("/logout")
class LogoutView(MethodView):
    @signed_in(blp)
    @blp.arguments(RefreshSchema)
    @blp.response(204)
    def post(self, args):
        """End this sign-in: its refresh token and every access token issued with it stop working."""
        auth.logout(session=db.session, actor=current_actor(), **args)


@blp.route("/otp")
class CodeRequestView(MethodView):
    @blp.arguments(CodeRequestSchema)
    @blp.response(202, CodeSentSchema)
    def post(self, args):
        """Borrowers: ask for a one-time sign-in code by SMS (same answer whether or not the phone is known)."""
        auth.request_code(session=db.session, **args)
        return {"message": "If this phone belongs to a farmer, a code is on its way."}


@blp.route("/otp/verify")
class CodeVerifyView(MethodView):
    @blp.arguments(CodeVerifySchema)
    @blp.response(200, TokensSchema)
    def post(self, args):
        """Borrowers: trade the SMS code for access and refresh tokens."""
        return auth.verify_code(session=db.session, **args)


@blp.route("/me")
class MeView(MethodView):
    @signed_in(blp)
    @blp.response(200, MeSchema)
    def get(self):
        """Who the token belongs to."""
        actor = current_actor()
        return {"id": actor.id, "role": actor.role, "villages": sorted(actor.villages)}
