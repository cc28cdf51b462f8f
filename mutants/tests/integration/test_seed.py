"""`flask seed`: demo staff and farmers with their records; a second run changes nothing."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select

from lending.models import Agent, CropSale, EquipmentPurchase, Farmer, LandTransfer, Product, Village


def _counts(session) -> dict[str, int]:
    return {
        model.__name__: session.scalar(select(func.count()).select_from(model))
        for model in (Agent, Product, Farmer, LandTransfer, CropSale, EquipmentPurchase)
    }


def _snapshot(session) -> list[tuple]:
    return [
        (f.id, f.farmer_id, f.name, f.phone, f.version, f.agent_id)
        for f in session.scalars(select(Farmer).order_by(Farmer.farmer_id))
    ]


def test_seed_twice_changes_nothing(app, session):
    session.execute(delete(Village))  # as new: the suite gives each test the seed file's villages
    session.commit()
    runner = app.test_cli_runner()
    first = runner.invoke(args=["seed", "--farmers", "25"])
    assert first.exit_code == 0, first.output
    # 40 Chinese villages and 8 Kenyan wards; a Kenyan agent and a KES product besides the Chinese ones
    assert "staff created: 5, products created: 4, villages created: 48, farmers created: 25" in first.output
    counts, snapshot = _counts(session), _snapshot(session)
    assert counts["Agent"] == 5 and counts["Farmer"] == 25 and counts["CropSale"] > 25
    countries = session.execute(select(Village.country, func.count()).group_by(Village.country)).all()
    assert sorted(countries) == [("CN", 40), ("KE", 8)]

    second = runner.invoke(args=["seed", "--farmers", "25"])
    assert second.exit_code == 0, second.output
    assert (
        "staff created: 0, products created: 0, villages created: 0, farmers created: 0, records created: 0"
        in second.output
    )
    session.expire_all()
    assert _counts(session) == counts
    assert _snapshot(session) == snapshot


def test_seeded_farmer_matches_the_first_line(app, session):
    runner = app.test_cli_runner()
    assert runner.invoke(args=["seed", "--farmers", "1"]).exit_code == 0
    farmer = session.scalar(select(Farmer).where(Farmer.farmer_id == "F000001"))
    # First line of seeds/farmers.jsonl (as of 2025-03-01): born 1983, 3 land transfers, 4 crop sales, the last
    # on 2024-10-08 — moved forward so the history ends today, at the same age and spacing
    with app.app_context():
        from lending.domain.calendar import business_date

        today = business_date(app.config["LENDER_TZ"])
    shift = today - dt.date(2025, 3, 1)
    assert farmer.village_code == "410526104" and farmer.birth_year == 1983 + today.year - 2025
    assert session.scalar(select(func.count()).select_from(LandTransfer)) == 3
    sales = list(session.scalars(select(CropSale).order_by(CropSale.sale_date)))
    assert [str(s.amount) for s in sales] == ["56402.4500", "97920.6800", "51662.5000", "50116.0200"]
    assert sales[-1].sale_date == dt.date(2024, 10, 8) + shift and sales[-1].sale_date <= today
    # its village is covered by the Hua county field agent
    assert farmer.agent_id is not None
    assert session.get(Agent, farmer.agent_id).phone == "+8613800000004"
