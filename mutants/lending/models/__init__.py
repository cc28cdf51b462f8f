"""All models, imported here so that `Base.metadata` knows every table (alembic and tests use it)."""

from .audit import AuditEvent
from .base import Base
from .consents import Consent
from .farmers import Farmer
from .idempotency import IdempotencyKey
from .loans import (
    CashDeposit,
    CobRun,
    JournalEntry,
    JournalLine,
    Loan,
    LoanEvent,
    LoanInstalment,
    LoanTransaction,
    Restructure,
)
from .messaging import OneTimeCode, OutboxMessage, SmsOptOut
from .products import Product
from .records import CropSale, EquipmentPurchase, LandTransfer
from .risk import Device, RiskCheck, Village
from .scoring import Application, Decision, ModelVersion
from .sessions import RateLimitCounter, RefreshToken, SignInSession
from .staff import Agent, AgentVillage
from .sync import Attachment, OfferRedemption, SyncChange, SyncClock, SyncConflict, SyncDevice, SyncMutation
from .ussd import UssdSession
from .wechat import WechatBinding, WechatBindingRequest

__all__ = [
    "AuditEvent",
    "Base",
    "Consent",
    "Farmer",
    "IdempotencyKey",
    "OneTimeCode",
    "OutboxMessage",
    "SmsOptOut",
    "CropSale",
    "EquipmentPurchase",
    "LandTransfer",
    "Agent",
    "AgentVillage",
    "Product",
    "UssdSession",
    "WechatBinding",
    "WechatBindingRequest",
    "Attachment",
    "OfferRedemption",
    "SyncChange",
    "SyncClock",
    "SyncConflict",
    "SyncDevice",
    "SyncMutation",
    "Application",
    "Decision",
    "ModelVersion",
    "CashDeposit",
    "CobRun",
    "JournalEntry",
    "JournalLine",
    "Loan",
    "LoanEvent",
    "LoanInstalment",
    "LoanTransaction",
    "Restructure",
    "Device",
    "RiskCheck",
    "Village",
    "RateLimitCounter",
    "RefreshToken",
    "SignInSession",
]
