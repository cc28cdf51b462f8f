"""What an actor may see is one rule in two forms (services/_scopes.py): `farmer_scope`, an SQL condition for queries,
and `sees_farmer`, for a farmer already in hand (a sync push reads its farmers once and checks them in Python). They
must agree for every role, or a farmer outside an agent's scope could be written through one path and not the other."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from tests.helpers import another_identity, create_farmer, staff_headers

V1, V2, V3 = "340123101", "340123102", "340123103"


@pytest.fixture
def farmers(app, client):
    officer = staff_headers(app, client, "officer")[1]
    agent_a, headers_a = staff_headers(app, client, "agent", [V1])
    made = {
        "in_a_village": create_farmer(client, headers_a, village_code=V1, **another_identity()),
        "a_owns_elsewhere": create_farmer(
            client, officer, village_code=V2, agent_id=str(agent_a), **another_identity()
        ),  # fmt: skip
        "nobodys": create_farmer(client, officer, village_code=V3, **another_identity()),
    }
    return agent_a, {name: uuid.UUID(body["id"]) for name, body in made.items()}


def test_the_sql_scope_and_the_farmer_in_hand_agree_for_every_role(app, farmers):
    from lending.domain.actors import Actor, Role
    from lending.extensions import db
    from lending.models import Farmer
    from lending.services._scopes import farmer_scope, sees_farmer

    agent_a, ids = farmers
    actors = {
        "officer": (Actor(id=uuid.uuid4(), role=Role.OFFICER), set(ids.values())),
        "admin": (Actor(id=uuid.uuid4(), role=Role.ADMIN), set(ids.values())),
        "agent_a": (
            Actor(id=agent_a, role=Role.AGENT, villages=frozenset({V1})),
            {ids["in_a_village"], ids["a_owns_elsewhere"]},
        ),
        "agent_of_v3": (Actor(id=uuid.uuid4(), role=Role.AGENT, villages=frozenset({V3})), {ids["nobodys"]}),
        "agent_of_nowhere": (Actor(id=uuid.uuid4(), role=Role.AGENT), set()),
        "borrower": (Actor(id=ids["nobodys"], role=Role.BORROWER), {ids["nobodys"]}),
        "stranger": (Actor(id=uuid.uuid4(), role=Role.BORROWER), set()),
    }
    with app.app_context():
        everyone = db.session.scalars(select(Farmer).where(Farmer.id.in_(ids.values()))).all()
        for name, (actor, expected) in actors.items():
            by_sql = set(db.session.scalars(select(Farmer.id).where(Farmer.id.in_(ids.values()), farmer_scope(actor))))
            in_hand = {farmer.id for farmer in everyone if sees_farmer(actor, farmer)}
            assert (name, by_sql) == (name, expected)
            assert (name, in_hand) == (name, expected)
