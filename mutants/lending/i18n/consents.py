"""The consent texts a farmer is shown, per purpose and version (PIPL art. 14: informed, specific, explicit).

A consent records the purpose and the version of the text it was given against, and is given to the purpose's
current text only; a new version of a purpose's text supersedes the old consent when the farmer agrees to it, and
until then the old consent no longer counts (services.consents.has_active). What a text says is never edited in
place: a change is a new version (a translation of the same words into another language is not a change). In the
catalog each is the key consent.<purpose>.<version>.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, dict[str, str]]] = {
    "credit_scoring": {
        "2025-01": {
            "zh": "我同意贷款机构使用我的土地流转合同、农产品销售和农机购置记录评估我的信用，"
            "用于决定是否放款、额度和利率。"
            "我可以随时撤回同意，撤回不影响撤回前的处理。",
            "en": "I agree that the lender uses my land-transfer contracts, crop sales and farm-equipment purchases to "
            "assess my credit, to decide whether to lend, how much and at what rate. I can withdraw this at any "
            "time; withdrawing does not affect what was done before.",
            "sw": "Ninakubali mkopeshaji atumie mikataba yangu ya kukodisha ardhi, mauzo ya mazao na ununuzi wa "
            "mashine za kilimo kupima uwezo wangu wa mkopo, ili kuamua kama anikopeshe, kiasi gani na kwa riba "
            "gani. Ninaweza kuondoa ridhaa hii wakati wowote; kuiondoa hakubadilishi yaliyofanyika kabla.",
        },
        "2026-11": {
            "zh": "我同意贷款机构使用我的土地流转合同、农产品销售和农机购置记录，以及我在本机构的还款记录评估我的信用，"
            "用于决定是否放款、额度和利率；自动化决定可申请人工复核。我可以随时撤回同意。",
            "en": "I agree that the lender uses my land-transfer contracts, crop sales, farm-equipment purchases and "
            "my repayments with it to assess my credit, to decide whether to lend, how much and at what rate; I can "
            "ask a person to review an automated decision. I can withdraw this at any time.",
            "sw": "Ninakubali mkopeshaji atumie mikataba yangu ya kukodisha ardhi, mauzo ya mazao, ununuzi wa mashine "
            "za kilimo na marejesho yangu kwake kupima uwezo wangu wa mkopo, ili kuamua kama anikopeshe, kiasi "
            "gani na kwa riba gani; ninaweza kuomba mtu akague uamuzi uliofanywa na kompyuta. Ninaweza kuondoa "
            "ridhaa hii wakati wowote.",
        },
    },
    "external_data": {
        "2025-01": {
            "zh": "我同意贷款机构向合作社、粮食收购方和农村产权交易平台核实我的经营记录。",
            "en": "I agree that the lender checks my records with co-operatives, grain buyers and the rural property "
            "exchange.",
            "sw": "Ninakubali mkopeshaji ahakiki kumbukumbu zangu kwa vyama vya ushirika, wanunuzi wa nafaka na soko "
            "la mali za vijijini.",
        },
    },
    "service_sms": {
        "2025-01": {
            "zh": "我同意接收与我的贷款有关的短信：验证码、还款提醒和收据。",
            "en": "I agree to receive text messages about my loans: sign-in codes, repayment reminders and receipts.",
            "sw": "Ninakubali kupokea SMS kuhusu mikopo yangu: namba za kuingia, vikumbusho vya malipo na stakabadhi.",
        },
    },
    "marketing": {
        "2025-01": {
            "zh": "我同意接收贷款机构新产品的短信介绍，可随时回复TD退订。",
            "en": "I agree to receive text messages about the lender's new products; reply STOP at any time.",
            "sw": "Ninakubali kupokea SMS kuhusu huduma mpya za mkopeshaji; jibu STOP wakati wowote kuacha.",
        },
    },
}

# every version of any purpose, newest first (the one new consents to credit scoring are given to leads)
VERSIONS = tuple(sorted({version for versions in TEXTS.values() for version in versions}, reverse=True))


def current(purpose: str) -> str:
    """The latest version of a purpose's text (versions are dates, so they sort)."""
    return max(TEXTS[purpose])


def catalogue() -> list[dict]:
    """Every purpose's texts, every version, oldest first, with whether it is the current one."""
    return [
        {"purpose": purpose, "version": version, "current": version == current(purpose), **text}
        for purpose, versions in TEXTS.items()
        for version, text in sorted(versions.items())
    ]


def catalog_texts() -> dict[str, dict[str, str]]:
    """The texts under the catalog's keys, consent.<purpose>.<version>."""
    return {
        f"consent.{purpose}.{version}": text
        for purpose, versions in TEXTS.items()
        for version, text in versions.items()
    }
