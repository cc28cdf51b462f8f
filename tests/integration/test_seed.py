"""`flask seed`: demo staff and farmers with their records; a second run changes nothing."""
from __future__ import annotations

from sqlalchemy import func, select

from lending.models import Agent, CropSale, EquipmentPurchase, Farmer, LandTransfer, Product


def _counts(session) -> dict[str, int]:
    return {model.__name__: session.scalar(select(func.count()).select_from(model))
            for model in (Agent, Product, Farmer, LandTransfer, CropSale, EquipmentPurchase)}


def _snapshot(session) -> list[tuple]:
    return [(f.id, f.farmer_id, f.name, f.phone, f.version, f.agent_id) for f in
            session.scalars(select(Farmer).order_by(Farmer.farmer_id))]


def test_seed_twice_changes_nothing(app, session):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["seed", "--farmers", "25"])
    assert first.exit_code == 0, first.output
    assert "staff created: 4, products created: 3" in first.output and "farmers created: 25" in first.output
    counts, snapshot = _counts(session), _snapshot(session)
    assert counts["Agent"] == 4 and counts["Farmer"] == 25 and counts["CropSale"] > 25

    second = runner.invoke(args=["seed", "--farmers", "25"])
    assert second.exit_code == 0, second.output
    assert "staff created: 0, products created: 0, farmers created: 0, records created: 0" in second.output
    session.expire_all()
    assert _counts(session) == counts
    assert _snapshot(session) == snapshot


def test_seeded_farmer_matches_the_first_line(app, session):
    runner = app.test_cli_runner()
    assert runner.invoke(args=["seed", "--farmers", "1"]).exit_code == 0
    farmer = session.scalar(select(Farmer).where(Farmer.farmer_id == "F000001"))
    # First line of seeds/farmers.jsonl: 3 land transfers, 4 crop sales, no equipment (see the file)
    assert farmer.village_code == "410526104" and farmer.birth_year == 1983
    assert session.scalar(select(func.count()).select_from(LandTransfer)) == 3
    assert sorted(str(s.amount) for s in session.scalars(select(CropSale))) == [
        "50116.0200", "51662.5000", "56402.4500", "97920.6800"]
    # its village is covered by the Hua county field agent
    assert farmer.agent_id is not None
    assert session.get(Agent, farmer.agent_id).phone == "+8613800000004"
