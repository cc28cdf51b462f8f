"""Sign-in SMS. The code (services.auth): `{code}` is the six-digit code, `{minutes}` how long it works; the code
stands apart from the words around it (spaces or punctuation) so that a phone can offer to copy it. The notice that
a WeChat account was bound to the farmer (services.wechat_sign_in), so that a binding they did not make is seen."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "sms.sign_in_code": {
        "zh": "agrilend：您的登录验证码为 {code}，{minutes} 分钟内有效。请勿告诉他人。",
        "en": "agrilend: your sign-in code is {code}. It expires in {minutes} minutes. Never share it.",
        "sw": "agrilend: namba yako ya kuingia ni {code}. Itaisha baada ya dakika {minutes}. Usimpe mtu yeyote.",
    },
    "sms.wechat_bound": {
        "zh": "agrilend：您的账户已绑定一个微信账号，今后可用微信登录。如非本人操作，请立即联系您的协理员。",
        "en": (
            "agrilend: your account is now linked to a WeChat account for sign-in. "
            "If this was not you, call your agent now."
        ),
        "sw": (
            "agrilend: akaunti yako sasa imeunganishwa na akaunti ya WeChat kwa kuingia. "
            "Kama si wewe, mpigie wakala wako sasa."
        ),
    },
}
