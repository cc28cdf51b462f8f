"""domain.evidence: who may capture a record as backed by what, the reference it then needs, and maker-checker —
each refusal with its exact code, field, message and forbidden flag."""

from __future__ import annotations

import pytest

from lending.domain.actors import Role
from lending.domain.evidence import (
    CAPTURED_AS,
    NEEDS_REFERENCE,
    Provenance,
    VerificationStatus,
    check_checker,
    provenance_for,
)
from lending.domain.refusals import Refused


def refusal(call) -> tuple[str, str, str, bool]:
    with pytest.raises(Refused) as caught:
        call()
    return str(caught.value), caught.value.code, caught.value.field, caught.value.forbidden


def test_the_stored_words():
    assert [p.value for p in Provenance] == ["declared", "agent", "document", "third_party"]
    assert [s.value for s in VerificationStatus] == ["unverified", "verified", "rejected"]
    assert NEEDS_REFERENCE == {"document", "third_party"}
    assert CAPTURED_AS[Role.BORROWER] == ("declared",)
    assert CAPTURED_AS[Role.AGENT] == ("agent", "document")
    assert CAPTURED_AS[Role.OFFICER] == CAPTURED_AS[Role.ADMIN] == ("agent", "document", "third_party")


@pytest.mark.parametrize(
    "role, expected",
    [
        (Role.BORROWER, Provenance.DECLARED),
        (Role.AGENT, Provenance.AGENT),
        (Role.OFFICER, Provenance.AGENT),
        (Role.ADMIN, Provenance.AGENT),
    ],
)
def test_naming_nothing_gives_the_first_provenance_of_the_role(role, expected):
    assert provenance_for(role=role, asked=None, evidence_ref=None) is expected
    assert provenance_for(role=role, asked="", evidence_ref=None) is expected  # an empty choice is no choice


@pytest.mark.parametrize(
    "role, asked",
    [
        (Role.BORROWER, "declared"),
        (Role.AGENT, "agent"),
        (Role.AGENT, "document"),
        (Role.OFFICER, "agent"),
        (Role.OFFICER, "document"),
        (Role.OFFICER, "third_party"),
        (Role.ADMIN, "third_party"),
    ],
)
def test_a_role_may_claim_each_provenance_it_is_allowed(role, asked):
    assert provenance_for(role=role, asked=asked, evidence_ref="SLIP-7") == Provenance(asked)


def test_a_role_that_captures_nothing_is_forbidden():
    assert refusal(lambda: provenance_for(role="system", asked=None, evidence_ref=None)) == (
        "A system does not capture records.",
        "forbidden",
        "provenance",
        True,
    )


@pytest.mark.parametrize(
    "role, asked, message",
    [
        (Role.BORROWER, "agent", "A borrower may record declared records, not agent."),
        (Role.BORROWER, "document", "A borrower may record declared records, not document."),
        (Role.AGENT, "declared", "A agent may record agent, document records, not declared."),
        (Role.AGENT, "third_party", "A agent may record agent, document records, not third_party."),
        (Role.OFFICER, "declared", "A officer may record agent, document, third_party records, not declared."),
    ],
)
def test_a_provenance_the_role_may_not_claim_is_forbidden(role, asked, message):
    assert refusal(lambda: provenance_for(role=role, asked=asked, evidence_ref="SLIP-7")) == (
        message,
        "provenance_not_allowed",
        "provenance",
        True,
    )


@pytest.mark.parametrize("ref", [None, ""])
@pytest.mark.parametrize("asked", ["document", "third_party"])
def test_a_document_or_third_party_record_needs_its_reference(asked, ref):
    assert refusal(lambda: provenance_for(role=Role.OFFICER, asked=asked, evidence_ref=ref)) == (
        f"A {asked} record needs the reference of its evidence.",
        "evidence_required",
        "evidence_ref",
        False,
    )


def test_declared_and_agent_records_need_no_reference():
    assert provenance_for(role=Role.BORROWER, asked="declared", evidence_ref=None) is Provenance.DECLARED
    assert provenance_for(role=Role.AGENT, asked="agent", evidence_ref=None) is Provenance.AGENT


def test_an_unknown_provenance_is_not_a_provenance():
    with pytest.raises(ValueError, match="'signed'"):
        provenance_for(role=Role.OFFICER, asked="signed", evidence_ref="X")


def test_the_maker_cannot_check_their_own_record():
    assert refusal(lambda: check_checker(checker_id="a", maker_id="a")) == (
        "You captured this record; another person must verify it.",
        "maker_checker",
        "status",
        True,
    )


def test_another_person_or_a_record_without_a_maker_may_be_checked():
    assert check_checker(checker_id="b", maker_id="a") is None
    assert check_checker(checker_id="b", maker_id=None) is None
    assert check_checker(checker_id=None, maker_id=None) is None  # no maker: nobody is its maker
