"""Where a farmer's record comes from, who may vouch for it, and which records a decision may rest on. Pure Python.

Provenance says who stands behind a record:
- `declared`: the farmer said so (the app, USSD) — nobody has seen evidence;
- `agent`: a field agent captured it (from what the farmer showed them);
- `document`: backed by a document whose reference is on the record (a contract, a sales slip, an invoice);
- `third_party`: confirmed by a third party (a cooperative, a mill, the land-transfer registry), reference on it.

Verification is maker-checker: a person other than the one who captured the record checks it against the evidence
and marks it verified (or rejected). Only verified records raise a limit or approve without a person; unverified
ones are shown to an officer, and a decision they would change is referred (scoring.engine).
"""

from __future__ import annotations

from enum import StrEnum

from .actors import Role
from .refusals import Refused


class Provenance(StrEnum):
    DECLARED = "declared"
    AGENT = "agent"
    DOCUMENT = "document"
    THIRD_PARTY = "third_party"


class VerificationStatus(StrEnum):
    """What a checker found when they looked at a record's evidence."""

    UNVERIFIED = "unverified"  # nobody has checked it yet
    VERIFIED = "verified"
    REJECTED = "rejected"  # the evidence did not bear it out: a decision never rests on it


# What each role may say a record it captures is backed by; the first is what it says when it names nothing.
CAPTURED_AS = {
    Role.BORROWER: (Provenance.DECLARED,),
    Role.AGENT: (Provenance.AGENT, Provenance.DOCUMENT),
    Role.OFFICER: (Provenance.AGENT, Provenance.DOCUMENT, Provenance.THIRD_PARTY),
    Role.ADMIN: (Provenance.AGENT, Provenance.DOCUMENT, Provenance.THIRD_PARTY),
}
NEEDS_REFERENCE = frozenset({Provenance.DOCUMENT, Provenance.THIRD_PARTY})


def provenance_for(*, role: str, asked: str | None, evidence_ref: str | None) -> Provenance:
    """The provenance a record captured by `role` gets: what they asked, if their role may claim it."""
    allowed = CAPTURED_AS.get(role)
    if not allowed:
        raise Refused(f"A {role} does not capture records.", code="forbidden", field="provenance", forbidden=True)
    provenance = Provenance(asked) if asked else allowed[0]
    if provenance not in allowed:
        raise Refused(
            f"A {role} may record {', '.join(allowed)} records, not {provenance}.",
            code="provenance_not_allowed",
            field="provenance",
            forbidden=True,
        )
    if provenance in NEEDS_REFERENCE and not evidence_ref:
        raise Refused(
            f"A {provenance} record needs the reference of its evidence.",
            code="evidence_required",
            field="evidence_ref",
        )
    return provenance


def check_checker(*, checker_id, maker_id) -> None:
    """The person who captured a record cannot verify it (maker-checker)."""
    if maker_id is not None and checker_id == maker_id:
        raise Refused(
            "You captured this record; another person must verify it.",
            code="maker_checker",
            field="status",
            forbidden=True,
        )
