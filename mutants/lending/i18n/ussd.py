"""The words of the USSD menus (ussd/menus.py) and of the SMS they send. Keys: ussd.<screen>, ussd.bad.<reason> (a
re-prompt's first line), ussd.missing.<what> (what a farmer lacks to borrow), ussd.sms.<message>.

Screens are short: 182 GSM-7 characters at most with their options, 79 when the text needs UCS-2 (Chinese); a longer
one is paged (98 More, 0 Back, 00 Home). Swahili keeps to GSM-7.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # navigation under a paged screen (ussd/screens.py)
    "ussd.more": {"zh": "更多", "en": "More", "sw": "Zaidi"},
    "ussd.back": {"zh": "返回", "en": "Back", "sw": "Rudi"},
    "ussd.home": {"zh": "主菜单", "en": "Home", "sw": "Mwanzo"},
    # registration
    "ussd.reg.name": {
        "zh": "欢迎使用农贷。注册：\n请输入您的姓名",
        "en": "Welcome to agrilend. To register:\nYour full name?",
        "sw": "Karibu agrilend. Kujisajili:\nJina lako kamili?",
    },
    "ussd.reg.village": {"zh": "村庄代码？", "en": "Your village code?", "sw": "Nambari ya kijiji chako?"},
    "ussd.reg.national_id": {"zh": "身份证号码？", "en": "Your national ID number?", "sw": "Nambari ya kitambulisho?"},
    "ussd.reg.birth_year": {
        "zh": "出生年份（如1980）？",
        "en": "Year of birth (e.g. 1980)?",
        "sw": "Mwaka wa kuzaliwa (mfano 1980)?",
    },
    "ussd.reg.language": {"zh": "选择语言：", "en": "Choose a language:", "sw": "Chagua lugha:"},
    "ussd.reg.consent": {
        "zh": "我们用您的土地、销售和农机记录决定贷款。全文短信发送。",
        "en": "We use your land, crop sale and equipment records to decide loans. Full text sent by SMS.",
        "sw": "Tunatumia rekodi za ardhi, mauzo ya mazao na mashine kuamua mikopo. Maandishi kamili kwa SMS.",
    },
    "ussd.reg.agree": {"zh": "同意", "en": "I agree", "sw": "Nakubali"},
    "ussd.reg.disagree": {"zh": "不同意", "en": "I do not agree", "sw": "Sikubali"},
    "ussd.reg.no_consent": {
        "zh": "未经您同意，我们无法评估贷款。可随时再拨。",
        "en": "Without your consent we cannot assess a loan. You can dial again any time.",
        "sw": "Bila ridhaa yako hatuwezi kutathmini mkopo. Unaweza kupiga tena wakati wowote.",
    },
    "ussd.reg.pin": {"zh": "设置4位密码：", "en": "Choose a 4-digit PIN:", "sw": "Chagua PIN ya tarakimu 4:"},
    "ussd.reg.pin_again": {"zh": "再次输入密码：", "en": "Enter the PIN again:", "sw": "Weka PIN tena:"},
    "ussd.reg.done": {
        "zh": "{name}，注册成功。请找信贷员核实您的记录，然后再拨申请贷款。",
        "en": "Registered, {name}. See your agent to have your records verified, then dial again to apply.",
        "sw": "Umesajiliwa, {name}. Muone wakala wako athibitishe rekodi zako, kisha piga tena kuomba mkopo.",
    },
    # signing in
    "ussd.resume": {
        "zh": "您上次的操作未完成。",
        "en": "You left a session unfinished.",
        "sw": "Uliacha kikao bila kumaliza.",
    },
    "ussd.resume.continue": {"zh": "继续", "en": "Continue", "sw": "Endelea"},
    "ussd.resume.restart": {"zh": "重新开始", "en": "Start again", "sw": "Anza upya"},
    "ussd.pin": {
        "zh": "{name}您好，请输入密码：",
        "en": "Welcome, {name}. Enter your PIN:",
        "sw": "Karibu, {name}. Weka PIN yako:",
    },
    "ussd.first.national_id": {
        "zh": "{name}您好，请设置密码。身份证号码？",
        "en": "Welcome, {name}. To set up your PIN: your national ID number?",
        "sw": "Karibu, {name}. Kuweka PIN yako: nambari ya kitambulisho?",
    },
    "ussd.first.no_id": {
        "zh": "您的身份证号码未登记，请找信贷员设置密码。",
        "en": "No ID number is on record for you; see your agent to set up your PIN.",
        "sw": "Hakuna nambari ya kitambulisho chako; muone wakala wako kuweka PIN.",
    },
    "ussd.locked": {
        "zh": "密码已锁定，请{minutes}分钟后再试。",
        "en": "Your PIN is locked. Try again in {minutes} minutes.",
        "sw": "PIN yako imefungwa. Jaribu tena baada ya dakika {minutes}.",
    },
    # the main menu
    "ussd.main": {"zh": "农贷主菜单：", "en": "agrilend menu:", "sw": "Menyu ya agrilend:"},
    "ussd.main.apply": {"zh": "申请贷款", "en": "Apply for a loan", "sw": "Omba mkopo"},
    "ussd.main.loan": {"zh": "我的贷款", "en": "My loan", "sw": "Mkopo wangu"},
    "ussd.main.repay": {"zh": "还款", "en": "Repay", "sw": "Lipa"},
    "ussd.main.statement": {"zh": "交易记录", "en": "Mini statement", "sw": "Taarifa fupi"},
    "ussd.main.pin": {"zh": "修改密码", "en": "Change PIN", "sw": "Badilisha PIN"},
    "ussd.main.language": {"zh": "语言", "en": "Language", "sw": "Lugha"},
    # applying
    "ussd.apply.product": {"zh": "选择贷款产品：", "en": "Choose a loan:", "sw": "Chagua mkopo:"},
    "ussd.apply.amount": {
        "zh": "您最多可借{limit}。\n借多少（{least}至{limit}）？",
        "en": "You can borrow up to {limit}.\nAmount ({least} to {limit})?",
        "sw": "Unaweza kukopa hadi {limit}.\nKiasi ({least} hadi {limit})?",
    },
    "ussd.apply.term": {
        "zh": "还款月数（{least}至{most}）？",
        "en": "Months to repay ({least} to {most})?",
        "sw": "Miezi ya kulipa ({least} hadi {most})?",
    },
    "ussd.apply.confirm": {
        "zh": "借{amount}，{months}个月\n年化利率{apr}\n总成本{cost}",
        "en": "Borrow {amount} for {months} months\nAPR {apr}\nTotal cost of credit {cost}",
        "sw": "Kopa {amount} kwa miezi {months}\nRiba ya mwaka {apr}\nGharama yote {cost}",
    },
    "ussd.apply.confirm.yes": {"zh": "确认", "en": "Confirm", "sw": "Thibitisha"},
    "ussd.apply.confirm.no": {"zh": "取消", "en": "Cancel", "sw": "Ghairi"},
    "ussd.apply.approved": {
        "zh": "已批准：{amount}，{months}个月，年化{apr}。详情已短信发送，请找信贷员签约。",
        "en": "Approved: {amount} for {months} months, APR {apr}. Details by SMS; your agent will help you accept.",
        "sw": "Umeidhinishwa: {amount} kwa miezi {months}, riba {apr}. Maelezo kwa SMS; wakala atakusaidia kukubali.",
    },
    "ussd.apply.referred": {
        "zh": "您申请的{amount}将由信贷员审核，结果短信通知。",
        "en": "A credit officer will review your application for {amount}. We will send you an SMS.",
        "sw": "Afisa wa mikopo atakagua ombi lako la {amount}. Tutakutumia SMS.",
    },
    "ussd.apply.declined": {
        "zh": "本次未获批准。您的信贷员可以告诉您原因。",
        "en": "Not approved this time. Your agent can tell you why and what helps.",
        "sw": "Haujaidhinishwa safari hii. Wakala wako atakueleza sababu na kinachosaidia.",
    },
    "ussd.apply.unavailable": {
        "zh": "目前无法为您提供贷款。请联系您的信贷员。",
        "en": "We cannot offer you a loan now. Your agent can tell you why.",
        "sw": "Hatuwezi kukupa mkopo sasa. Wakala wako atakueleza sababu.",
    },
    "ussd.missing.crop_sales": {
        "zh": "暂时无法放款：没有近12个月的销售记录。信贷员可以为您添加。",
        "en": "We cannot lend yet: no crop sales of the last 12 months are on record. Your agent can add them.",
        "sw": "Hatuwezi kukopesha bado: hakuna mauzo ya mazao ya miezi 12 iliyopita. Wakala wako anaweza kuyaongeza.",
    },
    "ussd.missing.verification": {
        "zh": "暂时无法放款：您的记录尚未核实。信贷员可以为您核实。",
        "en": "We cannot lend yet: your records are not verified. Your agent can verify them.",
        "sw": "Hatuwezi kukopesha bado: rekodi zako hazijathibitishwa. Wakala wako anaweza kuzithibitisha.",
    },
    "ussd.missing.identity": {
        "zh": "暂时无法放款：缺少姓名、身份证或电话。信贷员可以为您补充。",
        "en": "We cannot lend yet: your name, ID number or phone is missing. Your agent can add it.",
        "sw": "Hatuwezi kukopesha bado: jina, kitambulisho au simu haipo. Wakala wako anaweza kuongeza.",
    },
    "ussd.missing.consent": {
        "zh": "暂时无法放款：您尚未同意信用评估。信贷员可以为您办理。",
        "en": "We cannot lend yet: you have not agreed to credit scoring. Your agent can help.",
        "sw": "Hatuwezi kukopesha bado: hujakubali tathmini ya mkopo. Wakala wako anaweza kusaidia.",
    },
    # servicing
    "ussd.loan.none": {"zh": "您没有贷款。", "en": "You have no loan with us.", "sw": "Huna mkopo nasi."},
    "ussd.loan.show": {
        "zh": "余额{balance}\n下次{date}还{due}\n逾期{days}天",
        "en": "Balance {balance}\nNext due {date}: {due}\nDays past due: {days}",
        "sw": "Salio {balance}\nMalipo yajayo {date}: {due}\nSiku za kuchelewa: {days}",
    },
    "ussd.loan.settled": {
        "zh": "余额{balance}\n没有待还款项。",
        "en": "Balance {balance}\nNothing more is due.",
        "sw": "Salio {balance}\nHakuna malipo zaidi.",
    },
    "ussd.repay.amount": {
        "zh": "应还{owed}。\n还款金额？",
        "en": "You owe {owed}.\nAmount to pay?",
        "sw": "Unadaiwa {owed}.\nKiasi cha kulipa?",
    },
    "ussd.repay.started": {
        "zh": "已向您的手机发送{amount}的付款请求，请用手机钱包密码确认。",
        "en": "A payment request for {amount} was sent to your phone. Approve it with your mobile money PIN.",
        "sw": "Ombi la malipo la {amount} limetumwa kwa simu yako. Liidhinishe kwa PIN ya pesa ya simu.",
    },
    "ussd.statement.empty": {"zh": "暂无交易。", "en": "No transactions yet.", "sw": "Hakuna miamala bado."},
    "ussd.kind.disbursement": {"zh": "放款", "en": "Loan paid out", "sw": "Mkopo umetolewa"},
    "ussd.kind.repayment": {"zh": "还款", "en": "Repaid", "sw": "Umelipa"},
    "ussd.kind.reversal": {"zh": "冲正", "en": "Reversed", "sw": "Imerejeshwa"},
    "ussd.kind.writeoff": {"zh": "核销", "en": "Written off", "sw": "Imefutwa"},
    "ussd.kind.recovery": {"zh": "追回", "en": "Recovered", "sw": "Imerejeshwa"},
    "ussd.pin.current": {"zh": "当前密码？", "en": "Current PIN?", "sw": "PIN ya sasa?"},
    "ussd.pin.new": {"zh": "新的4位密码？", "en": "New 4-digit PIN?", "sw": "PIN mpya ya tarakimu 4?"},
    "ussd.pin.again": {"zh": "再次输入新密码：", "en": "New PIN again:", "sw": "PIN mpya tena:"},
    "ussd.pin.changed": {"zh": "密码已修改。", "en": "Your PIN is changed.", "sw": "PIN yako imebadilishwa."},
    "ussd.language.saved": {"zh": "语言已保存。", "en": "Language saved.", "sw": "Lugha imehifadhiwa."},
    # a re-prompt's first line: why the answer was not taken
    "ussd.bad.option": {
        "zh": "请选择所列数字。",
        "en": "Choose one of the numbers shown.",
        "sw": "Chagua moja ya nambari.",
    },
    "ussd.bad.empty": {"zh": "请输入内容。", "en": "Please type an answer.", "sw": "Tafadhali andika jibu."},
    "ussd.bad.name": {
        "zh": "姓名为2至100个字。",
        "en": "A name is 2 to 100 letters.",
        "sw": "Jina ni herufi 2 hadi 100.",
    },
    "ussd.bad.village": {
        "zh": "没有此村庄代码。",
        "en": "No village has this code.",
        "sw": "Hakuna kijiji chenye nambari hii.",
    },
    "ussd.bad.village_country": {
        "zh": "该村庄不在您手机号码所属的国家。",
        "en": "That village is in another country than your phone number.",
        "sw": "Kijiji hicho kiko nchi nyingine tofauti na nambari ya simu yako.",
    },
    "ussd.bad.national_id": {
        "zh": "身份证号码无效。",
        "en": "That ID number is not valid.",
        "sw": "Nambari hiyo si sahihi.",
    },
    "ussd.bad.taken": {
        "zh": "此号码已注册，请找信贷员。",
        "en": "Already registered; see your agent.",
        "sw": "Imeshasajiliwa; muone wakala wako.",
    },
    "ussd.bad.birth_year": {
        "zh": "请输入4位出生年份。",
        "en": "Type the year you were born, e.g. 1980.",
        "sw": "Andika mwaka uliozaliwa, mfano 1980.",
    },
    "ussd.bad.identity_wrong": {
        "zh": "号码与记录不符，还可试{tries}次。",
        "en": "That does not match our records; {tries} tries left.",
        "sw": "Hiyo hailingani na rekodi zetu; majaribio {tries} yamebaki.",
    },
    "ussd.bad.amount": {
        "zh": "请用数字输入金额。",
        "en": "Type the amount in digits.",
        "sw": "Andika kiasi kwa tarakimu.",
    },
    "ussd.bad.zero": {
        "zh": "金额须大于零。",
        "en": "The amount must be more than zero.",
        "sw": "Kiasi lazima kiwe zaidi ya sifuri.",
    },
    "ussd.bad.least": {"zh": "最少{least}。", "en": "The least is {least}.", "sw": "Kiwango cha chini ni {least}."},
    "ussd.bad.most": {"zh": "最多{most}。", "en": "The most is {most}.", "sw": "Kiwango cha juu ni {most}."},
    "ussd.bad.months": {
        "zh": "请输入{least}至{most}。",
        "en": "Type {least} to {most}.",
        "sw": "Andika {least} hadi {most}.",
    },
    "ussd.bad.pin_format": {"zh": "密码为4位数字。", "en": "A PIN is 4 digits.", "sw": "PIN ni tarakimu 4."},
    "ussd.bad.pin_trivial": {
        "zh": "太容易猜，请换一个。",
        "en": "Too easy to guess; choose another.",
        "sw": "Ni rahisi kukisia; chagua nyingine.",
    },
    "ussd.bad.pin_mismatch": {
        "zh": "两次不一致，请重设。",
        "en": "The PINs differ; choose again.",
        "sw": "PIN hazilingani; chagua tena.",
    },
    "ussd.bad.pin_wrong": {
        "zh": "密码错误，还可试{tries}次。",
        "en": "Wrong PIN; {tries} tries left.",
        "sw": "PIN si sahihi; majaribio {tries} yamebaki.",
    },
    "ussd.bad.try_again": {
        "zh": "暂时无法完成，请再试。",
        "en": "That did not go through; try again.",
        "sw": "Haikufanikiwa; jaribu tena.",
    },
    # SMS the menus send
    "ussd.sms.offer": {
        "zh": "农贷：已批准{amount}，{months}个月，年化利率{apr}，总成本{cost}。请在{date}前找信贷员或在App中签约。",
        "en": "agrilend: approved {amount} for {months} months, APR {apr}, total cost of credit {cost}. "
        "Accept with your agent or in the app by {date}.",
        "sw": "agrilend: umeidhinishwa {amount} kwa miezi {months}, riba ya mwaka {apr}, gharama yote {cost}. "
        "Kubali kwa wakala wako au kwenye app kabla ya {date}.",
    },
    "ussd.sms.pin_locked": {
        "zh": "农贷：您的密码连续输错{tries}次，已锁定{minutes}分钟。如非本人操作，请联系信贷员。",
        "en": "agrilend: your PIN was locked after {tries} wrong tries, for {minutes} minutes. "
        "If this was not you, call your agent.",
        "sw": "agrilend: PIN yako imefungwa kwa dakika {minutes} baada ya makosa {tries}. "
        "Kama si wewe, mpigie wakala wako.",
    },
}
