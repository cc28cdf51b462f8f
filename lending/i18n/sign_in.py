"""The sign-in code SMS (services.auth): `{code}` is the six-digit code, `{minutes}` how long it works. The code
stands apart from the words around it (spaces or punctuation) so that a phone can offer to copy it."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "sms.sign_in_code": {
        "zh": "agrilend：您的登录验证码为 {code}，{minutes} 分钟内有效。请勿告诉他人。",
        "en": "agrilend: your sign-in code is {code}. It expires in {minutes} minutes. Never share it.",
        "sw": "agrilend: namba yako ya kuingia ni {code}. Itaisha baada ya dakika {minutes}. Usimpe mtu yeyote.",
    },
}
