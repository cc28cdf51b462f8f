"""Sign-in: staff with phone + password, borrowers with a one-time SMS code or WeChat; refresh; who am I."""

from __future__ import annotations

from flask import current_app, jsonify
from flask.views import MethodView

from ...channels import wechat
from ...extensions import Blueprint, db
from ...http.actors import current_actor
from ...services import auth, wechat_sign_in
from .. import signed_in
from .schemas import (
    BindingRequiredSchema,
    CodeRequestSchema,
    CodeSentSchema,
    CodeVerifySchema,
    LoginSchema,
    MeSchema,
    RefreshSchema,
    TokensSchema,
    WechatBindSchema,
    WechatCodeSchema,
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


def _mini_program() -> wechat.MiniProgram:
    config = current_app.config
    return wechat.configured(
        appid=config.get("WECHAT_APPID"), secret=config.get("WECHAT_SECRET"), api_base=config.get("WECHAT_API_BASE")
    )


@blp.route("/wechat")
class WechatSignInView(MethodView):
    @blp.arguments(WechatCodeSchema)
    @blp.response(200, TokensSchema)
    @blp.alt_response(202, schema=BindingRequiredSchema, description="no farmer has this WeChat account yet")
    def post(self, args):
        """Borrowers: trade a `wx.login` code for access and refresh tokens — or, the first time, for a binding token
        (202) to bind this WeChat account with a one-time SMS code (`/auth/wechat/bind`)."""
        result = wechat_sign_in.sign_in(session=db.session, mini_program=_mini_program(), **args)
        if isinstance(result, wechat_sign_in.BindingRequired):  # another schema than the 200's: rendered here
            response = jsonify(BindingRequiredSchema().dump(result))
            response.status_code = 202
            return response
        return result

    @signed_in(blp, "borrower")
    @blp.response(204)
    def delete(self):
        """Borrowers: unbind your WeChat account (its next sign-in asks to bind again)."""
        wechat_sign_in.unbind(session=db.session, actor=current_actor())


@blp.route("/wechat/bind")
class WechatBindView(MethodView):
    @blp.arguments(WechatBindSchema)
    @blp.response(200, TokensSchema)
    def post(self, args):
        """Borrowers: bind the WeChat account of a binding token to the farmer whose phone the one-time code (from
        `/auth/otp`) was sent to → access and refresh tokens."""
        return wechat_sign_in.bind(session=db.session, **args)


@blp.route("/me")
class MeView(MethodView):
    @signed_in(blp)
    @blp.response(200, MeSchema)
    def get(self):
        """Who the token belongs to."""
        actor = current_actor()
        return {"id": actor.id, "role": actor.role, "villages": sorted(actor.villages)}
