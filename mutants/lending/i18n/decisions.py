"""What a decision says to the farmer: a summary by status, the rule that decided in plain words, and how to ask a
person to review it (PIPL art. 24). Keys: decision.summary.<status>, decision.rule.<rule code>,
decision.human_review."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # SMS (services.notices): what was decided, and the payout
    "decision.sms.referred": {
        "zh": "农贷：您申请的{amount}将由信贷员人工审核，结果会短信通知您。",
        "en": "agrilend: a credit officer will look at your application for {amount} and decide; we will text you.",
        "sw": "agrilend: afisa wa mikopo ataangalia ombi lako la {amount} na kuamua; tutakutumia ujumbe.",
    },
    "decision.sms.declined": {
        "zh": "农贷：您申请的{amount}本次未获批准。原因可在App中查看；如需人工复核，请联系信贷员。",
        "en": "agrilend: your application for {amount} was not approved this time. The reasons are in the app; "
        "to have a person review it, call your agent.",
        "sw": "agrilend: ombi lako la {amount} halikuidhinishwa safari hii. Sababu ziko kwenye app; "
        "kupata mtu wa kulikagua, mpigie wakala wako.",
    },
    "decision.sms.disbursed": {
        "zh": "农贷：贷款{amount}已发放。首期应还{due}，到期日{date}。",
        "en": "agrilend: your loan of {amount} has been paid out. The first instalment of {due} is due on {date}.",
        "sw": "agrilend: mkopo wako wa {amount} umetolewa. Awamu ya kwanza ya {due} inadaiwa tarehe {date}.",
    },
    "decision.summary.approved": {
        "zh": "已批准：您的经营记录显示有能力按期还款。",
        "en": "Approved: your records show you can repay this loan.",
        "sw": "Umeidhinishwa: kumbukumbu zako zinaonyesha unaweza kulipa mkopo huu.",
    },
    "decision.summary.referred": {
        "zh": "您的申请将由信贷员人工审核后决定。",
        "en": "A credit officer will look at your application and decide.",
        "sw": "Afisa wa mikopo ataangalia ombi lako na kuamua.",
    },
    "decision.summary.declined": {
        "zh": "本次未获批准。以下原因对结果影响最大。",
        "en": "Not approved this time. The reasons below say what weighed most.",
        "sw": "Hujaidhinishwa safari hii. Sababu zilizo hapa chini zinaonyesha kilichochangia zaidi.",
    },
    "decision.summary.withdrawn": {
        "zh": "申请已撤回。",
        "en": "The application was withdrawn.",
        "sw": "Ombi liliondolewa.",
    },
    "decision.human_review": {
        "zh": "您可以要求人工复核此决定：请联系村级服务站协理员，或短信回复 HELP。",
        "en": "You may ask for a person to review this decision: ask your field agent, or reply HELP by SMS.",
        "sw": "Unaweza kuomba mtu akague uamuzi huu: muulize wakala wako, au jibu HELP kwa SMS.",
    },
    # the rule that decided (its stable code stays in the decision's `rule`)
    "decision.rule.hard.consent": {
        "zh": "未授权信用评估。",
        "en": "There is no consent to credit scoring on file.",
        "sw": "Hakuna ridhaa yako ya kupima uwezo wa mkopo kwenye kumbukumbu.",
    },
    "decision.rule.hard.kyc": {
        "zh": "姓名、身份证号或手机号缺失。",
        "en": "Your name, national ID or phone number is missing.",
        "sw": "Jina lako, namba ya kitambulisho au namba ya simu haipo.",
    },
    "decision.rule.hard.age": {
        "zh": "借款人年龄须在18至70岁之间。",
        "en": "We lend to borrowers aged 18 to 70.",
        "sw": "Tunakopesha watu wenye umri wa miaka 18 hadi 70.",
    },
    "decision.rule.hard.arrears": {
        "zh": "您在本行有逾期超过30天的贷款。",
        "en": "A loan with us is more than 30 days late.",
        "sw": "Una mkopo kwetu uliochelewa zaidi ya siku 30.",
    },
    "decision.rule.hard.fraud_hold": {
        "zh": "申请正在进行安全核查。",
        "en": "The application is held for a security check.",
        "sw": "Ombi limesimamishwa kwa ukaguzi wa usalama.",
    },
    "decision.rule.band.decline": {
        "zh": "预计违约风险过高。",
        "en": "The estimated risk of not repaying is too high.",
        "sw": "Hatari ya kutolipa mkopo inakadiriwa kuwa kubwa mno.",
    },
    "decision.rule.capacity.none": {
        "zh": "近期农产品销售收入不足以偿还该产品贷款。",
        "en": "Recent crop sales do not show enough income to repay this product.",
        "sw": "Mauzo ya mazao ya karibuni hayaonyeshi mapato ya kutosha kulipa mkopo huu.",
    },
    "decision.rule.product.amount_below_minimum": {
        "zh": "申请金额低于产品最低额度。",
        "en": "The amount asked is below the product's minimum.",
        "sw": "Kiasi ulichoomba ni chini ya kiwango cha chini cha mkopo huu.",
    },
    "decision.rule.band.refer": {
        "zh": "需由信贷员人工审核。",
        "en": "A credit officer will review the application.",
        "sw": "Afisa wa mikopo atakagua ombi lako.",
    },
    "decision.rule.risk.review": {
        "zh": "需由信贷员核查后再作决定。",
        "en": "A credit officer will check the application before it is decided.",
        "sw": "Afisa wa mikopo atakagua ombi lako kabla ya uamuzi.",
    },
    "decision.rule.evidence.unverified": {
        "zh": "您的部分经营记录尚未核实，将由信贷员核查。只有已核实的记录计入授信额度。",
        "en": "Some of your records are not verified yet; a credit officer will check them. Only verified records "
        "count towards your limit.",
        "sw": "Baadhi ya kumbukumbu zako bado hazijathibitishwa; afisa wa mikopo atazikagua. Kumbukumbu "
        "zilizothibitishwa tu ndizo huhesabiwa kwenye kikomo chako.",
    },
    "decision.rule.exposure.open_loan": {
        "zh": "您尚有未结清的贷款或未使用的授信，是否再贷由信贷员决定。",
        "en": "You have a loan or offer open; a credit officer will decide on another.",
        "sw": "Una mkopo au ofa ambayo bado iko wazi; afisa wa mikopo ataamua kuhusu mkopo mwingine.",
    },
    "decision.rule.exposure.limit_used": {
        "zh": "您已借款或已获授信的金额已用满额度。",
        "en": "What you already borrowed or were offered uses your limit.",
        "sw": "Ulichokopa au ulichopewa tayari kimetumia kikomo chako chote.",
    },
    "decision.rule.band.approve": {
        "zh": "您的经营记录显示有还款能力。",
        "en": "Your records show you can repay.",
        "sw": "Kumbukumbu zako zinaonyesha unaweza kulipa.",
    },
}
