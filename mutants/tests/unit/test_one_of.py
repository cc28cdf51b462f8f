"""models.base.one_of writes the CHECK the migrations wrote by hand, from the enum (or the members) it is given."""

from __future__ import annotations

from sqlalchemy import Column, MetaData, String, Table

from lending.domain.actors import STAFF_ROLES
from lending.domain.statuses import LoanStatus, RestructureStatus
from lending.models.base import NAMING_CONVENTION, one_of


def test_an_enum_gives_its_values_in_order_as_migration_0003_wrote_them():
    assert str(one_of("status", LoanStatus, name="status").sqltext) == (
        "status IN ('accepted', 'active', 'closed', 'written_off', 'restructured')"
    )
    assert str(one_of("status", RestructureStatus, name="status").sqltext) == (
        "status IN ('pending', 'approved', 'rejected')"
    )


def test_some_members_give_only_those():
    assert str(one_of("role", STAFF_ROLES, name="role").sqltext) == "role IN ('agent', 'officer', 'admin')"


def test_the_name_follows_the_naming_convention():
    table = Table(
        "restructures",
        MetaData(naming_convention=NAMING_CONVENTION),
        Column("status", String(10)),
        one_of("status", RestructureStatus, name="status"),
    )
    (check,) = [c for c in table.constraints if c.name and "status" in c.name]
    assert check.name == "ck_restructures_status"
