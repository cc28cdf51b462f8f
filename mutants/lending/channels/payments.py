"""Payments providers: how a disbursement reaches the farmer. The `sandbox` provider answers at once and never moves
real money; a mobile-money provider implements the same interface. `reference` is ours and unique per movement, so a
provider asked twice with one reference pays once (providers dedupe on it; the sandbox does too)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Payout:
    provider: str
    provider_ref: str  # the provider's id of the transfer
    status: str  # "succeeded" | "pending" | "failed"
    client_params: dict | None = None  # what the farmer's app needs to finish paying (WeChat Pay: wx.requestPayment)


class PaymentsProvider:
    name = "abstract"

    def disburse(self, *, reference: str, amount: Decimal, currency: str, phone: str | None) -> Payout:
        raise NotImplementedError

    def collect(
        self, *, reference: str, amount: Decimal, currency: str, phone: str | None, payer: str | None = None
    ) -> Payout:
        """Ask the farmer to pay (a push to their phone, or an order their app pays: `payer` is their account at the
        provider when it needs one, e.g. a WeChat openid); the money is booked when the provider confirms it."""
        raise NotImplementedError


class SandboxProvider(PaymentsProvider):
    """Succeeds at once; the same reference always gives the same provider_ref (idempotent like a real one)."""

    name = "sandbox"

    def disburse(self, *, reference: str, amount: Decimal, currency: str, phone: str | None) -> Payout:
        if amount <= 0:
            raise ValueError("a payout must be positive")
        return Payout("sandbox", "SBX-" + hashlib.sha256(reference.encode()).hexdigest()[:16].upper(), "succeeded")

    def collect(
        self, *, reference: str, amount: Decimal, currency: str, phone: str | None, payer: str | None = None
    ) -> Payout:
        if amount <= 0:
            raise ValueError("a collection must be positive")
        return Payout("sandbox", "SBC-" + hashlib.sha256(reference.encode()).hexdigest()[:16].upper(), "pending")


PROVIDERS = {"sandbox": SandboxProvider}


def provider(name: str) -> PaymentsProvider:
    try:
        return PROVIDERS[name]()
    except KeyError:
        raise ValueError(f"unknown payments provider {name!r}; known: {', '.join(PROVIDERS)}") from None
