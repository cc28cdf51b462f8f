"""What a farmer sees of a payment in the provider's own screens: WeChat Pay shows an order's description in its
cashier and in the farmer's bill (at most 127 characters)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "payment.wechatpay.description": {
        "zh": "agrilend 贷款还款",
        "en": "agrilend loan repayment",
        "sw": "agrilend malipo ya mkopo",
    },
}
