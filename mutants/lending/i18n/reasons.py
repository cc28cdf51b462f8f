"""The words of a decision's reasons: the features that cost the farmer the most points (scoring.explain). Keys:
reason.<code> when the farmer's value is on record, reason.<code>.missing when it is not. reason.unlisted names a
feature that has no written text yet, by its `{label}`."""

from __future__ import annotations

_NO_LEASE = {
    "zh": "无在期土地流转合同记录",
    "en": "No running land-transfer contract on record",
    "sw": "Hakuna mkataba wa kukodisha ardhi unaoendelea kwenye kumbukumbu",
}
_NO_SALES = {
    "zh": "无农产品销售记录",
    "en": "No crop sales on record",
    "sw": "Hakuna mauzo ya mazao kwenye kumbukumbu",
}
_NO_MACHINE = {
    "zh": "无农机购置记录",
    "en": "No farm machinery purchase on record",
    "sw": "Hakuna ununuzi wa mashine za kilimo kwenye kumbukumbu",
}

TEXTS: dict[str, dict[str, str]] = {
    "reason.R01": {
        "zh": "流转经营的土地面积较小",
        "en": "Little land farmed under land-transfer contracts",
        "sw": "Ardhi ndogo inalimwa kwa mikataba ya kukodisha",
    },
    "reason.R01.missing": {
        "zh": "无土地流转合同记录",
        "en": "No land-transfer contract on record",
        "sw": "Hakuna mkataba wa kukodisha ardhi kwenye kumbukumbu",
    },
    "reason.R02": {
        "zh": "土地流转合同剩余年限较短",
        "en": "Few years left on the land-transfer contracts",
        "sw": "Miaka michache imebaki kwenye mikataba ya kukodisha ardhi",
    },
    "reason.R02.missing": _NO_LEASE,
    "reason.R03": {
        "zh": "较多流转土地的合同将在一年内到期",
        "en": "Much of the leased land's contracts end within a year",
        "sw": "Mikataba mingi ya ardhi ya kukodi inaisha ndani ya mwaka mmoja",
    },
    "reason.R03.missing": _NO_LEASE,
    "reason.R04": {
        "zh": "流转土地的租金水平",
        "en": "Rent level of the leased land",
        "sw": "Kiwango cha kodi ya ardhi ya kukodi",
    },
    "reason.R04.missing": _NO_LEASE,
    "reason.R05": {
        "zh": "土地流转租金多次逾期支付",
        "en": "Rent payments were often late",
        "sw": "Kodi ya ardhi ililipwa kwa kuchelewa mara nyingi",
    },
    "reason.R05.missing": {
        "zh": "无土地流转租金支付记录",
        "en": "No rent payment history on record",
        "sw": "Hakuna historia ya malipo ya kodi kwenye kumbukumbu",
    },
    "reason.R06": {
        "zh": "土地流转合同未在乡镇备案",
        "en": "Land-transfer contracts are not registered with the township",
        "sw": "Mikataba ya kukodisha ardhi haijasajiliwa katika ofisi ya kata",
    },
    "reason.R06.missing": _NO_LEASE,
    "reason.R07": {
        "zh": "近12个月农产品销售收入较低",
        "en": "Low crop sales in the last 12 months",
        "sw": "Mauzo madogo ya mazao katika miezi 12 iliyopita",
    },
    "reason.R07.missing": _NO_SALES,
    "reason.R08": {
        "zh": "每亩流转土地的农产品销售收入较低",
        "en": "Low crop sales per mu of leased land",
        "sw": "Mauzo madogo ya mazao kwa kila mu ya ardhi ya kukodi",
    },
    "reason.R08.missing": {
        "zh": "无农产品销售或流转土地记录",
        "en": "No crop sales or leased land on record",
        "sw": "Hakuna mauzo ya mazao wala ardhi ya kukodi kwenye kumbukumbu",
    },
    "reason.R09": {
        "zh": "农产品销售收入比上一年下降",
        "en": "Crop sales fell compared with the year before",
        "sw": "Mauzo ya mazao yalishuka ukilinganisha na mwaka uliopita",
    },
    "reason.R09.missing": {
        "zh": "农产品销售记录不足两年",
        "en": "Less than two years of crop sales on record",
        "sw": "Kumbukumbu za mauzo ya mazao ni za chini ya miaka miwili",
    },
    "reason.R10": {
        "zh": "各季农产品收入波动较大",
        "en": "Crop income changes a lot from season to season",
        "sw": "Mapato ya mazao hubadilika sana kutoka msimu hadi msimu",
    },
    "reason.R10.missing": {
        "zh": "农产品销售季数不足",
        "en": "Not enough seasons of crop sales on record",
        "sw": "Hakuna misimu ya kutosha ya mauzo ya mazao kwenye kumbukumbu",
    },
    "reason.R11": {
        "zh": "农产品买家数量较少",
        "en": "Crops were sold to few different buyers",
        "sw": "Mazao yaliuzwa kwa wanunuzi wachache",
    },
    "reason.R11.missing": _NO_SALES,
    "reason.R12": {
        "zh": "大部分农产品收入来自单一买家",
        "en": "Most crop income came from one buyer",
        "sw": "Mapato mengi ya mazao yalitoka kwa mnunuzi mmoja",
    },
    "reason.R12.missing": _NO_SALES,
    "reason.R13": {
        "zh": "经银行或合作社结算的农产品收入较少",
        "en": "Little crop income was paid through a bank or co-op",
        "sw": "Mapato machache ya mazao yalilipwa kupitia benki au chama cha ushirika",
    },
    "reason.R13.missing": _NO_SALES,
    "reason.R14": {
        "zh": "距上次农产品销售时间较长",
        "en": "A long time since the last crop sale",
        "sw": "Muda mrefu umepita tangu mauzo ya mwisho ya mazao",
    },
    "reason.R14.missing": _NO_SALES,
    "reason.R15": {
        "zh": "农产品销售记录时间较短",
        "en": "Crop sales on record cover only a short time",
        "sw": "Kumbukumbu za mauzo ya mazao ni za muda mfupi tu",
    },
    "reason.R15.missing": _NO_SALES,
    "reason.R16": {
        "zh": "拥有的农机价值",
        "en": "Value of the farm machinery owned",
        "sw": "Thamani ya mashine za kilimo ulizonazo",
    },
    "reason.R16.missing": _NO_MACHINE,
    "reason.R17": {
        "zh": "农机购置补贴占比",
        "en": "Share of machinery cost covered by the state subsidy",
        "sw": "Sehemu ya bei ya mashine iliyolipwa kwa ruzuku ya serikali",
    },
    "reason.R17.missing": _NO_MACHINE,
    "reason.R18": {
        "zh": "较多农机为贷款购置",
        "en": "Much of the farm machinery was bought on credit",
        "sw": "Mashine nyingi za kilimo zilinunuliwa kwa mkopo",
    },
    "reason.R18.missing": _NO_MACHINE,
    "reason.R19": {
        "zh": "农机贷款尚未还清",
        "en": "Debt still owed on farm machinery",
        "sw": "Deni la mashine za kilimo bado halijalipwa",
    },
    "reason.R19.missing": _NO_MACHINE,
    "reason.R20": {
        "zh": "农机贷款还款额相对农产品收入较高",
        "en": "Machinery loan payments are high compared with crop income",
        "sw": "Marejesho ya mkopo wa mashine ni makubwa ukilinganisha na mapato ya mazao",
    },
    "reason.R20.missing": {
        "zh": "无农产品收入记录，无法覆盖农机贷款还款",
        "en": "No crop income on record to set against machinery loan payments",
        "sw": "Hakuna mapato ya mazao kwenye kumbukumbu ya kulipia mkopo wa mashine",
    },
    "reason.R21": {
        "zh": "借款人年龄",
        "en": "Age of the borrower",
        "sw": "Umri wa mkopaji",
    },
    "reason.R21.missing": {
        "zh": "无出生年份记录",
        "en": "Year of birth not on record",
        "sw": "Mwaka wa kuzaliwa haupo kwenye kumbukumbu",
    },
    "reason.R22": {
        "zh": "家庭人口数",
        "en": "Household size",
        "sw": "Idadi ya watu wa kaya",
    },
    "reason.R22.missing": {
        "zh": "无家庭人口记录",
        "en": "Household size not on record",
        "sw": "Idadi ya watu wa kaya haipo kwenye kumbukumbu",
    },
    "reason.R23": {
        "zh": "在本机构的既往贷款笔数",
        "en": "Number of earlier loans with us",
        "sw": "Idadi ya mikopo yako ya awali kwetu",
    },
    "reason.R23.missing": {
        "zh": "在本机构无既往贷款",
        "en": "No earlier loans with us",
        "sw": "Hakuna mikopo ya awali kwetu",
    },
    "reason.R24": {
        "zh": "在本机构的既往贷款曾逾期还款",
        "en": "Earlier loans with us were repaid late",
        "sw": "Mikopo ya awali kwetu ililipwa kwa kuchelewa",
    },
    "reason.R24.missing": {
        "zh": "在本机构无还款记录",
        "en": "No repayment history with us",
        "sw": "Hakuna historia ya marejesho kwetu",
    },
    # a feature of a newer model that has no text of its own yet; {label} is its name in words ("Soil ph")
    "reason.unlisted": {
        "zh": "指标：{label}",
        "en": "{label}",
        "sw": "Kipimo: {label}",
    },
    "reason.unlisted.missing": {
        "zh": "无{label}记录",
        "en": "{label} not on record",
        "sw": "{label}: hakuna kumbukumbu",
    },
}
