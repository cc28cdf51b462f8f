"""The values a column may hold are one list: each `CHECK (column IN (…))` of the migrated database lists exactly the
values of the domain enum the models build it from (models.base.one_of), in the same order."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import CheckConstraint, inspect

from lending.domain.actors import STAFF_ROLES
from lending.domain.consents import ConsentPurpose
from lending.domain.countries import Country
from lending.domain.evidence import Provenance, VerificationStatus
from lending.domain.products import Amortization
from lending.domain.risk import RiskCheckStatus, RiskOutcome
from lending.domain.statuses import ApplicationStatus, DeliveryStatus, LoanStatus, OutboxStatus, RestructureStatus
from lending.domain.sync import ConflictKind, ConflictStatus, MutationStatus
from lending.domain.terms import TransactionKind
from lending.extensions import make_engine
from lending.models import Base

RECORDS = ("land_transfers", "crop_sales", "equipment_purchases")
ENUM_CHECKS = [
    ("loans", "ck_loans_status", LoanStatus),
    ("loan_transactions", "ck_loan_transactions_kind", TransactionKind),
    ("restructures", "ck_restructures_status", RestructureStatus),
    ("applications", "ck_applications_status", ApplicationStatus),
    ("risk_checks", "ck_risk_checks_outcome", RiskOutcome),
    ("risk_checks", "ck_risk_checks_status", RiskCheckStatus),
    ("agents", "ck_agents_role", STAFF_ROLES),
    ("consents", "ck_consents_purpose", ConsentPurpose),
    ("products", "ck_products_amortization", Amortization),
    ("villages", "ck_villages_country", Country),
    ("sync_mutations", "ck_sync_mutations_status", MutationStatus),
    ("sync_conflicts", "ck_sync_conflicts_kind", ConflictKind),
    ("sync_conflicts", "ck_sync_conflicts_status", ConflictStatus),
    ("sms_outbox", "ck_sms_outbox_status", OutboxStatus),
    ("sms_outbox", "ck_sms_outbox_delivery_status", DeliveryStatus),
    *((table, f"ck_{table}_verification_status", VerificationStatus) for table in RECORDS),
    *((table, f"ck_{table}_provenance", Provenance) for table in RECORDS),
]


def listed(sql: str) -> list[str]:
    """The quoted values of a CHECK's text: SQLite keeps "status IN ('a', 'b')", PostgreSQL rewrites it as
    "((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"."""
    return re.findall(r"'([^']*)'", sql)


@pytest.fixture(scope="module")
def migrated_checks(database_url) -> dict[str, str]:
    """{constraint name: its SQL} of every CHECK in the migrated database."""
    engine = make_engine(database_url)
    try:
        inspector = inspect(engine)
        return {
            check["name"]: check["sqltext"]
            for table in Base.metadata.tables
            for check in inspector.get_check_constraints(table)
        }
    finally:
        engine.dispose()


@pytest.mark.parametrize("table, name, values", ENUM_CHECKS, ids=[name for _, name, _ in ENUM_CHECKS])
def test_each_enum_is_the_check_of_its_column_in_the_migrated_database(migrated_checks, table, name, values):
    assert listed(migrated_checks[name]) == [value.value for value in values]


def test_every_generated_check_of_the_models_lists_what_the_migrations_wrote(migrated_checks):
    generated = {
        str(constraint.name): str(constraint.sqltext)
        for table in Base.metadata.tables.values()
        for constraint in table.constraints
        if isinstance(constraint, CheckConstraint) and " IN (" in str(constraint.sqltext)
    }
    assert len(generated) == len(ENUM_CHECKS) + 1  # + farmers.language
    for name, sql in generated.items():
        assert listed(migrated_checks[name]) == listed(sql), name
