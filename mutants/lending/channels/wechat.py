"""WeChat mini-program: trade a `wx.login` code for the user's openid (`jscode2session`).

    mini_program = MiniProgram(appid="wx…", secret="…", api_base=None)  # None: WeChat's own API
    identity = mini_program.code_to_session("0a1b…")  # → identity.openid, identity.unionid

WeChat's answers become typed refusals (lending.errors) that every channel renders: 40029 / 40163 (an invalid or
spent code) → 401 `invalid_wechat_code`; 45011 (the appid's minute quota) → 429 `wechat_rate_limited`; 40226 (a user
WeChat holds as high-risk) → 403 `wechat_user_blocked`; -1 (WeChat busy), any other errcode (a wrong appid or secret:
the log says which), an unreadable answer, a transport error or a timeout → 503 `wechat_unavailable`. The session_key
WeChat returns is kept on the identity (out of its repr) and never logged; the secret is never logged either.
"""

from __future__ import annotations

import http.client
import json
import logging
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

from ..errors import InvalidWechatCode, WechatNotConfigured, WechatRateLimited, WechatUnavailable, WechatUserBlocked

log = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://api.weixin.qq.com"
TIMEOUT_SECONDS = 5.0
RATE_LIMIT_RETRY_SECONDS = 60  # 45011 is a per-minute quota
BUSY_RETRY_SECONDS = 5
MAX_ANSWER_BYTES = 64 * 1024  # an answer is a few hundred bytes; more is not WeChat


@dataclass(frozen=True)
class WechatIdentity:
    """Who WeChat says holds the code: the openid (per mini-program), the unionid when the appid is in an open
    platform account, and the session_key — which stays on the server and out of logs (repr=False)."""

    openid: str
    unionid: str | None = None
    session_key: str = field(default="", repr=False)


@dataclass(frozen=True)
class MiniProgram:
    """The client of one mini-program (WECHAT_APPID, WECHAT_SECRET; WECHAT_API_BASE for a stand-in)."""

    appid: str
    secret: str = field(repr=False)
    api_base: str | None = None
    timeout: float = TIMEOUT_SECONDS

    def code_to_session(self, code: str) -> WechatIdentity:
        """Trade a `wx.login` code (good once, for five minutes) for the user's identity; refusals as the module
        doc says."""
        query = urllib.parse.urlencode(
            {"appid": self.appid, "secret": self.secret, "js_code": code, "grant_type": "authorization_code"}
        )
        url = f"{(self.api_base or DEFAULT_API_BASE).rstrip('/')}/sns/jscode2session?{query}"
        started = time.monotonic()
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as response:  # noqa: S310 (the URL is ours)
                body = response.read(MAX_ANSWER_BYTES)
        except (OSError, http.client.HTTPException, ValueError) as error:
            # a timeout, a refused connection, an HTTP error status (urllib's HTTPError), a broken answer, or a
            # WECHAT_API_BASE that is no URL; the URL carries the secret: the reason is logged, never the URL
            log.warning("wechat jscode2session failed: %s", getattr(error, "reason", None) or type(error).__name__)
            raise WechatUnavailable(headers={"Retry-After": str(BUSY_RETRY_SECONDS)}) from None
        try:
            answer = json.loads(body)
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            log.warning("wechat jscode2session answered something that is not a JSON object (%d bytes)", len(body))
            raise WechatUnavailable(headers={"Retry-After": str(BUSY_RETRY_SECONDS)})
        errcode = answer.get("errcode") or 0
        log.debug("wechat jscode2session answered errcode %r in %.0f ms", errcode, (time.monotonic() - started) * 1000)
        if errcode == 0 and isinstance(answer.get("openid"), str) and answer["openid"]:
            unionid = answer.get("unionid")
            return WechatIdentity(
                openid=answer["openid"],
                unionid=unionid if isinstance(unionid, str) and unionid else None,
                session_key=str(answer.get("session_key") or ""),
            )
        raise _refusal(errcode, answer.get("errmsg"))


def configured(*, appid: str | None, secret: str | None, api_base: str | None = None) -> MiniProgram:
    """The mini-program of these settings (WECHAT_APPID, WECHAT_SECRET, WECHAT_API_BASE); without an appid or a
    secret, 503 `wechat_not_configured`."""
    if not appid or not secret:
        raise WechatNotConfigured()
    return MiniProgram(appid=appid, secret=secret, api_base=api_base or None)


def _refusal(errcode, errmsg) -> Exception:
    """WeChat's errcode as the refusal every channel renders."""
    if errcode in (40029, 40163):  # invalid code; code already used
        return InvalidWechatCode()
    if errcode == 45011:
        return WechatRateLimited(headers={"Retry-After": str(RATE_LIMIT_RETRY_SECONDS)})
    if errcode == 40226:
        return WechatUserBlocked()
    if errcode == -1:
        log.warning("wechat jscode2session: system busy (-1)")
    else:  # e.g. 40013 invalid appid, 40125 invalid secret: ours to fix, not the user's
        log.error("wechat jscode2session refused: errcode %r, errmsg %r", errcode, str(errmsg)[:200])
    return WechatUnavailable(headers={"Retry-After": str(BUSY_RETRY_SECONDS)})
