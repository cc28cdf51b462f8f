"""Reminder SMS from close of business, one per loan event (services.reminders). Keys: reminder.<event kind>;
`{amount}` is what is owed with its currency ("1,200.00 CNY"), `{date}` the due date (ISO; the
non-performing notice names no date)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "reminder.due_soon": {
        "zh": "agrilend：您的贷款本期应还 {amount}，到期日 {date}。请按时还款，谢谢。",
        "en": "agrilend: {amount} of your loan is due on {date}. Thank you for paying on time.",
        "sw": "agrilend: {amount} ya mkopo wako inadaiwa tarehe {date}. Asante kwa kulipa kwa wakati.",
    },
    "reminder.overdue": {
        "zh": "agrilend：您的贷款有 {amount} 已逾期（应还日 {date}）。请尽快还款或联系您的客户经理。",
        "en": "agrilend: {amount} of your loan is overdue (due {date}). Please pay soon or call your agent.",
        "sw": "agrilend: {amount} ya mkopo wako imechelewa (ilidaiwa {date}). Tafadhali lipa au mpigie wakala wako.",
    },
    "reminder.non_performing": {
        "zh": "agrilend：您的贷款已逾期超过90天，欠款 {amount}。请联系您的客户经理商量还款安排。",
        "en": "agrilend: your loan is more than 90 days overdue; {amount} is owed. Please call your agent to agree "
        "a plan.",
        "sw": "agrilend: mkopo wako umechelewa zaidi ya siku 90; unadaiwa {amount}. Tafadhali mpigie wakala wako.",
    },
}
