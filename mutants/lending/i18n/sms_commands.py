"""Replies to a farmer's SMS commands (services.sms_commands; the Twilio webhook sends them as TwiML). Keys:
sms.reply.<outcome>, and sms.reply.amount.<problem> for a PAY whose amount will not do. `{balance}`, `{due}`,
`{amount}` and `{owed}` are amounts with their currency (i18n.amounts), `{date}` an ISO date, `{days}` days past
due, `{places}` the decimals a currency has. Each fits one SMS: 160 GSM-7 characters, 70 in Chinese (UCS-2)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "sms.reply.help": {
        "zh": "农贷：回复“余额”查贷款，“还款 金额”还款（如：还款 500），“退订”停收通知，“订阅”恢复。",
        "en": "agrilend: send BAL for your loan, PAY and an amount to repay (PAY 500), STOP to stop our messages, "
        "START to get them again.",
        "sw": "agrilend: tuma SALIO kuona mkopo, LIPA na kiasi kulipa (LIPA 500), STOP kusitisha ujumbe, START "
        "kuupata tena.",
    },
    "sms.reply.balance": {
        "zh": "农贷：贷款余额{balance}，下次还款日{date}，应还{due}。",
        "en": "agrilend: your loan balance is {balance}. Next due {date}: {due}.",
        "sw": "agrilend: salio la mkopo wako ni {balance}. Malipo yajayo {date}: {due}.",
    },
    "sms.reply.overdue": {
        "zh": "农贷：贷款余额{balance}，{date}应还的{due}已逾期{days}天，请尽快还款。",
        "en": "agrilend: your loan balance is {balance}. {due} was due {date}, {days} days ago; please pay soon.",
        "sw": "agrilend: salio la mkopo wako ni {balance}. {due} ilidaiwa {date}, siku {days} zilizopita; "
        "tafadhali lipa.",
    },
    "sms.reply.settled": {
        "zh": "农贷：贷款余额{balance}，没有待还款项。",
        "en": "agrilend: your loan balance is {balance}. Nothing more is due.",
        "sw": "agrilend: salio la mkopo wako ni {balance}. Hakuna malipo zaidi.",
    },
    "sms.reply.no_loan": {
        "zh": "农贷：您目前没有需要还款的贷款。",
        "en": "agrilend: you have no loan to repay with us.",
        "sw": "agrilend: huna mkopo wa kulipa nasi.",
    },
    "sms.reply.payment_started": {
        "zh": "农贷：已向您的手机发送{amount}的付款请求，请用手机钱包密码确认。",
        "en": "agrilend: a payment request for {amount} was sent to your phone. Approve it with your mobile money PIN.",
        "sw": "agrilend: ombi la malipo la {amount} limetumwa kwa simu yako. Liidhinishe kwa PIN ya pesa ya simu.",
    },
    "sms.reply.amount.missing": {
        "zh": "农贷：请在“还款”后写上金额，如：还款 500",
        "en": "agrilend: send PAY and the amount, e.g. PAY 500",
        "sw": "agrilend: tuma LIPA na kiasi, mf. LIPA 500",
    },
    "sms.reply.amount.not_a_number": {
        "zh": "农贷：金额请只用数字，如：还款 500",
        "en": "agrilend: write the amount in digits only, e.g. PAY 500",
        "sw": "agrilend: andika kiasi kwa tarakimu tu, mf. LIPA 500",
    },
    "sms.reply.amount.decimals": {
        "zh": "农贷：{currency}金额最多{places}位小数。",
        "en": "agrilend: an amount in {currency} has at most {places} decimals.",
        "sw": "agrilend: kiasi cha {currency} kina desimali zisizozidi {places}.",
    },
    "sms.reply.amount.whole": {
        "zh": "农贷：{currency}金额请用整数。",
        "en": "agrilend: an amount in {currency} is a whole number.",
        "sw": "agrilend: kiasi cha {currency} ni namba kamili.",
    },
    "sms.reply.amount.zero": {
        "zh": "农贷：还款金额须大于零。",
        "en": "agrilend: the amount must be more than zero.",
        "sw": "agrilend: kiasi lazima kiwe zaidi ya sifuri.",
    },
    "sms.reply.amount.above_owed": {
        "zh": "农贷：您最多需还{owed}，请不要超过此金额。",
        "en": "agrilend: you owe {owed}; pay at most that.",
        "sw": "agrilend: unadaiwa {owed}; lipa kiasi kisichozidi hicho.",
    },
    "sms.reply.try_again": {
        "zh": "农贷：暂时无法办理，请稍后再试。",
        "en": "agrilend: this cannot be done just now; please try again later.",
        "sw": "agrilend: haiwezekani sasa hivi; tafadhali jaribu tena baadaye.",
    },
    "sms.reply.opted_out": {
        "zh": "农贷：您将不再收到提醒和推广短信（登录验证码除外）。回复“订阅”可恢复。",
        "en": "agrilend: you will get no more reminders or offers (sign-in codes still come). Send START to undo.",
        "sw": "agrilend: hutapata tena vikumbusho wala ofa (namba za kuingia zitakuja). Tuma START kurejesha.",
    },
    "sms.reply.opted_in": {
        "zh": "农贷：您将重新收到提醒短信。回复“退订”可停止。",
        "en": "agrilend: you will get our reminders again. Send STOP to stop them.",
        "sw": "agrilend: utapata vikumbusho vyetu tena. Tuma STOP kuvisitisha.",
    },
}
