"""The seed generator: same arguments, same bytes; the committed file is its output; the data is plausible."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
from pathlib import Path

from seeds import generate as gen

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
AS_OF = dt.date(2025, 3, 1)


def _bytes(n: int, seed: int, tmp_path: Path, name: str) -> bytes:
    path = tmp_path / name
    gen.write_jsonl(gen.generate(n, seed, AS_OF), str(path))
    return path.read_bytes()


def test_same_arguments_give_the_same_bytes(tmp_path):
    first = _bytes(300, 7, tmp_path, "a.jsonl")
    second = _bytes(300, 7, tmp_path, "b.jsonl")
    assert hashlib.sha256(first).hexdigest() == hashlib.sha256(second).hexdigest()
    assert first != _bytes(300, 8, tmp_path, "c.jsonl")


def test_first_farmers_do_not_depend_on_n(tmp_path):
    short = _bytes(50, 7, tmp_path, "short.jsonl").splitlines()
    long = _bytes(120, 7, tmp_path, "long.jsonl").splitlines()
    assert long[:50] == short


def test_committed_file_is_the_generators_output(tmp_path):
    generated = _bytes(500, 7, tmp_path, "prefix.jsonl").splitlines()
    with open(SEEDS / "farmers.jsonl", "rb") as committed:
        head = [line.rstrip(b"\n") for line in itertools.islice(committed, 500)]
    assert head == generated


def test_committed_file_is_20000_farmers_with_a_few_percent_defaulted():
    with open(SEEDS / "farmers.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    assert len(rows) == 20_000
    assert [r["farmer_id"] for r in rows[:3]] == ["F000001", "F000002", "F000003"]
    rate = sum(r["outcome"]["defaulted"] for r in rows) / len(rows)
    assert 0.03 <= rate <= 0.07
    assert len({r["national_id"] for r in rows}) == len({r["phone"] for r in rows}) == 20_000


def test_ids_carry_a_valid_check_digit_and_the_village_county():
    farmer = next(gen.generate(1, 7, AS_OF))
    nid = farmer["national_id"]
    # GB 11643: weights 2^(17-i) mod 11, check = "10X98765432"[sum mod 11]; worked by hand for one prefix below
    assert gen.national_id_check("11010519491231002") == "X"
    assert nid[-1] == gen.national_id_check(nid[:17])
    assert nid[:6] == farmer["village_code"][:6]
    assert farmer["phone"].startswith("+86") and len(farmer["phone"]) == 14


def test_records_are_consistent():
    for farmer in gen.generate(200, 7, AS_OF):
        for t in farmer["land_transfers"]:
            assert t["start_date"] < t["end_date"]
            assert float(t["area_mu"]) > 0 and float(t["annual_rent"]) > 0
        for s in farmer["crop_sales"]:
            assert s["sale_date"] <= AS_OF.isoformat()
            assert s["channel"] in {"bank", "coop", "mobile", "cash"}
            price = float(s["amount"]) / float(s["quantity_kg"])
            assert 1.0 <= price <= 7.1, s
        for e in farmer["equipment_purchases"]:
            assert 0 <= float(e["subsidy"]) <= 0.35 * float(e["price"]) + 10


def _village_countries() -> dict[str, str]:
    """Village code → country, as seeds/villages.json says it (its Chinese villages say nothing: CN)."""
    villages = json.loads((SEEDS / "villages.json").read_text(encoding="utf-8"))
    return {v["code"]: v.get("country", "CN") for v in villages}


def test_agents_fixture_covers_farmers_of_the_demo_subset():
    accounts = json.loads((SEEDS / "agents.json").read_text(encoding="utf-8"))
    assert sorted(a["role"] for a in accounts) == ["admin", "agent", "agent", "agent", "officer"]
    country = _village_countries()
    agents = [set(a["villages"]) for a in accounts if a["role"] == "agent"]
    chinese = [covered for covered in agents if {country[v] for v in covered} == {"CN"}]
    assert len(chinese) == 2 and not chinese[0] & chinese[1]
    with open(SEEDS / "farmers.jsonl", encoding="utf-8") as f:
        villages = [json.loads(line)["village_code"] for line in itertools.islice(f, 200)]
    for covered in chinese:
        assert sum(v in covered for v in villages) >= 10


def test_the_kenyan_agent_covers_the_kenyan_wards_and_a_kes_product_lends_there():
    country = _village_countries()
    kenyan = {code for code, where in country.items() if where == "KE"}
    assert len(kenyan) == 8 and all(len(code) == 10 and code.isdigit() for code in kenyan)  # county+constituency+ward
    agent = next(a for a in json.loads((SEEDS / "agents.json").read_text("utf-8")) if a["phone"].startswith("+254"))
    assert (agent["role"], set(agent["villages"])) == ("agent", kenyan)
    products = json.loads((SEEDS / "products.json").read_text(encoding="utf-8"))
    assert [p["code"] for p in products if p["currency"] == "KES"] == ["KE-SEASON"]
