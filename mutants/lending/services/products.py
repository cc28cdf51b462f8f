"""Loan products: looked up by code for applications; loaded from seeds/products.json by `flask seed`."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationFailed
from ..models import Product

_DECIMALS = ("min_amount", "max_amount", "min_apr", "max_apr", "base_apr", "origination_fee_rate", "penalty_rate")
_FIELDS = (
    "code",
    "name",
    "currency",
    "min_amount",
    "max_amount",
    "min_term_months",
    "max_term_months",
    "interest_method",
    "amortization",
    "frequency",
    "min_apr",
    "max_apr",
    "base_apr",
    "origination_fee_rate",
    "fee_mode",
    "penalty_rate",
    "grace_days",
    "principal_grace_months",
    "day_count",
    "allows_concurrent",
)


def get_by_code(*, session: Session, code: str) -> Product | None:
    return session.scalar(select(Product).where(Product.code == code))


def get_active_or_raise(*, session: Session, code: str, field: str = "product_code") -> Product:
    product = get_by_code(session=session, code=code)
    if product is None or not product.active:
        raise ValidationFailed(errors={field: [f"No active product {code!r}."]})
    return product


def as_terms(product: Product) -> dict:
    """The product's terms as JSON (strings for decimals): what a decision stores and the policy reads."""
    terms = {name: getattr(product, name) for name in _FIELDS}
    for name in _DECIMALS:
        terms[name] = format(terms[name].normalize(), "f")
    return terms


def load_fixture(*, session: Session, products: list[dict]) -> int:
    """Create the products that do not exist yet (by code); returns how many were created."""
    created = 0
    for item in products:
        if get_by_code(session=session, code=item["code"]) is None:
            values = {name: item[name] for name in _FIELDS if name in item}
            values.update({name: Decimal(item[name]) for name in _DECIMALS if name in item})
            session.add(Product(**values))
            created += 1
    session.flush()
    return created
