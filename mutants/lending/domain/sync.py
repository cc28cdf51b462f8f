"""Offline sync's words (issue #13; DESIGN.md §7): what a pushed mutation may be, and what became of it. Pure Python."""

from __future__ import annotations

from enum import StrEnum


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class MutationType(StrEnum):
    FARMER_CREATE = "farmer.create"
    FARMER_UPDATE = "farmer.update"
    LAND_TRANSFER_CREATE = "land_transfer.create"
    CROP_SALE_CREATE = "crop_sale.create"
    EQUIPMENT_PURCHASE_CREATE = "equipment_purchase.create"
    RECORD_VERIFY = "record.verify"
    APPLICATION_CREATE = "application.create"
    REPAYMENT_COLLECT = "repayment.collect"
    OFFER_ACCEPT = "offer.accept"


class MutationStatus(StrEnum):
    """`sync_mutations.status`: what the server did with a mutation (the push's answer), or `waiting` in the backlog
    for the record it depends on."""

    APPLIED = "applied"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REJECTED = "rejected"
    RETRY = "retry"
    WAITING = "waiting"


class ConflictKind(StrEnum):
    CONFLICT = "conflict"  # a stale base on a money-bearing field: nothing applied, an officer decides
    MERGED = "merged"  # a stale base on descriptive fields: applied over the newer record, and flagged


class ConflictStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
