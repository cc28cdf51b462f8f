"""What a farmer is told when a request of theirs is refused, by the refusal's stable `code` (lending.errors): one
sentence in the farmer's language, with nothing in it that the code does not say (amounts and fields stay in the
channel's own detail). Keys: error.<code>. REST sends it as the problem's `message` when the request asks for zh or
sw (Accept-Language); USSD and SMS will show it as the screen or reply."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "error.validation_error": {
        "zh": "部分信息填写有误，请检查后重试。",
        "en": "Some details are not valid; check them and try again.",
        "sw": "Baadhi ya taarifa si sahihi; zikague na ujaribu tena.",
    },
    "error.not_found": {
        "zh": "未找到相关记录。",
        "en": "Nothing was found.",
        "sw": "Hakuna kilichopatikana.",
    },
    "error.unauthorized": {
        "zh": "请先登录。",
        "en": "Please sign in first.",
        "sw": "Tafadhali ingia kwanza.",
    },
    "error.forbidden": {
        "zh": "您无权进行此操作。",
        "en": "You may not do this.",
        "sw": "Huruhusiwi kufanya hivi.",
    },
    "error.too_many_requests": {
        "zh": "尝试次数过多，请稍后再试。",
        "en": "Too many tries; please wait and try again.",
        "sw": "Majaribio mengi mno; tafadhali subiri kisha ujaribu tena.",
    },
    "error.invalid_code": {
        "zh": "验证码错误或已过期，请重新获取。",
        "en": "The code is wrong or has expired; ask for a new one.",
        "sw": "Namba si sahihi au muda wake umekwisha; omba nyingine.",
    },
    "error.consent_required": {
        "zh": "需要您先同意信用评估，才能申请贷款。",
        "en": "You need to agree to a credit assessment before you apply.",
        "sw": "Unahitaji kukubali tathmini ya mkopo kabla ya kuomba.",
    },
    "error.consent_text_superseded": {
        "zh": "授权书已更新，请阅读最新版本后再同意。",
        "en": "The consent text has changed; read the new one before you agree.",
        "sw": "Maandishi ya ridhaa yamebadilika; soma mapya kabla ya kukubali.",
    },
    "error.farmer_erased": {
        "zh": "该账户的个人信息已删除，无法继续办理。",
        "en": "This account's personal data was erased; nothing more can be done on it.",
        "sw": "Taarifa binafsi za akaunti hii zilifutwa; hakuna kinachoweza kufanywa tena.",
    },
    "error.duplicate_identity": {
        "zh": "该手机号或身份证号已登记，请联系您的协理员。",
        "en": "This phone or ID number is already registered; please see your agent.",
        "sw": "Namba hii ya simu au kitambulisho imeshasajiliwa; tafadhali muone wakala wako.",
    },
    "error.offer_expired": {
        "zh": "该授信已过期，请重新申请。",
        "en": "This offer has expired; please apply again.",
        "sw": "Ofa hii imeisha muda; tafadhali omba tena.",
    },
    "error.offer_changed": {
        "zh": "贷款条件已变化，请查看最新条件后再确认。",
        "en": "The offer has changed; look at the new terms before you accept.",
        "sw": "Ofa imebadilika; angalia masharti mapya kabla ya kukubali.",
    },
    "error.already_accepted": {
        "zh": "您已接受过该贷款。",
        "en": "You have already accepted this loan.",
        "sw": "Umeshakubali mkopo huu.",
    },
    "error.not_approved": {
        "zh": "该申请未获批准，不能接受。",
        "en": "This application was not approved, so it cannot be accepted.",
        "sw": "Ombi hili halikuidhinishwa, kwa hiyo haliwezi kukubaliwa.",
    },
    "error.loan_not_active": {
        "zh": "该贷款当前无需还款。",
        "en": "Nothing can be paid on this loan now.",
        "sw": "Hakuna kinachoweza kulipwa kwenye mkopo huu sasa.",
    },
    "error.amount_above_owed": {
        "zh": "还款金额超过了您的欠款。",
        "en": "The amount is more than you owe.",
        "sw": "Kiasi ni zaidi ya unachodaiwa.",
    },
    "error.receipt_not_allowed": {
        "zh": "还款请通过手机支付完成，或交给您的协理员并索取收据。",
        "en": "Pay through your phone, or give cash to your agent and ask for a receipt.",
        "sw": "Lipa kupitia simu yako, au mpe wakala wako pesa taslimu na uombe risiti.",
    },
    "error.idempotency_in_progress": {
        "zh": "您的上一次操作正在处理中，请稍后查看结果。",
        "en": "Your last request is still being handled; check again shortly.",
        "sw": "Ombi lako la mwisho bado linashughulikiwa; angalia tena baadaye kidogo.",
    },
    "error.try_again": {
        "zh": "系统繁忙，未保存任何内容，请重试。",
        "en": "The service was busy and nothing was saved; please try again.",
        "sw": "Huduma ilikuwa na shughuli nyingi na hakuna kilichohifadhiwa; tafadhali jaribu tena.",
    },
    "error.database_unavailable": {
        "zh": "服务暂时不可用，请稍后重试；已保存的内容不会重复。",
        "en": "The service is unavailable just now; try again shortly. Nothing saved will be saved twice.",
        "sw": "Huduma haipatikani kwa sasa; jaribu tena baadaye kidogo. Kilichohifadhiwa hakitahifadhiwa mara mbili.",
    },
    "error.unavailable": {
        "zh": "服务暂时不可用，请稍后重试。",
        "en": "The service is unavailable just now; try again shortly.",
        "sw": "Huduma haipatikani kwa sasa; jaribu tena baadaye kidogo.",
    },
    "error.wechat_not_configured": {
        "zh": "暂不支持微信登录，请使用短信验证码登录。",
        "en": "WeChat sign-in is not available here; sign in with a code by SMS instead.",
        "sw": "Kuingia kwa WeChat hakupatikani hapa; ingia kwa namba ya SMS badala yake.",
    },
    "error.wechat_unavailable": {
        "zh": "微信服务暂时繁忙，请稍后重试。",
        "en": "WeChat is busy just now; try again shortly.",
        "sw": "WeChat ina shughuli nyingi kwa sasa; jaribu tena baadaye kidogo.",
    },
    "error.invalid_wechat_code": {
        "zh": "微信登录已失效，请重新登录。",
        "en": "The WeChat sign-in has expired; please sign in again.",
        "sw": "Kuingia kwa WeChat kumeisha muda; tafadhali ingia tena.",
    },
    "error.wechat_rate_limited": {
        "zh": "微信登录请求过多，请一分钟后再试。",
        "en": "Too many WeChat sign-ins just now; try again in a minute.",
        "sw": "Maombi mengi mno ya kuingia kwa WeChat; jaribu tena baada ya dakika moja.",
    },
    "error.wechat_user_blocked": {
        "zh": "微信已限制该账号登录，请使用短信验证码登录或联系您的协理员。",
        "en": "WeChat has blocked sign-in for this account; sign in with a code by SMS or see your agent.",
        "sw": "WeChat imezuia akaunti hii kuingia; ingia kwa namba ya SMS au muone wakala wako.",
    },
    "error.wechat_binding_expired": {
        "zh": "绑定已超时，请重新用微信登录。",
        "en": "Linking took too long; sign in with WeChat again.",
        "sw": "Kuunganisha kumechukua muda mrefu; ingia kwa WeChat tena.",
    },
    "error.wechat_bound_elsewhere": {
        "zh": "该微信已绑定其他账户，请联系您的协理员。",
        "en": "This WeChat account is linked to another farmer; please see your agent.",
        "sw": "Akaunti hii ya WeChat imeunganishwa na mkulima mwingine; tafadhali muone wakala wako.",
    },
}
