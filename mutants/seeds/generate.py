"""Deterministic generator of synthetic farmer histories with default outcomes (DESIGN.md §5 farmer JSON lines).

    python seeds/generate.py --n 20000 --seed 7 --out seeds/farmers.jsonl --as-of 2025-03-01

Same arguments, same bytes. Farmer i is drawn from its own random stream (seed, i), so the first k farmers are the
same whatever n is. Standard library only. Figures: catalog.py; true default model: risk.py; both explained in
seeds/README.md. Names, phone numbers and ID numbers are fake.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

try:  # imported as part of the seeds package
    from . import catalog, risk
except ImportError:  # run as a script, or with seeds/ on sys.path
    import catalog
    import risk

CENT = Decimal("0.01")
FARM_KINDS = (("small", 0.60), ("large", 0.31), ("new", 0.09))  # smallholder, large household/family farm, new entrant
HOUSEHOLD_SIZES = ((1, 0.05), (2, 0.17), (3, 0.24), (4, 0.26), (5, 0.16), (6, 0.08), (7, 0.03), (8, 0.01))
SURNAME_WEIGHTS = [1 / (rank + 4) for rank in range(len(catalog.SURNAMES))]  # frequent surnames first
ID_WEIGHTS = [2 ** (17 - i) % 11 for i in range(17)]  # GB 11643 / ISO 7064 MOD 11-2
ID_CHECK = "10X98765432"


def pick(rng: random.Random, weighted):
    """One value from ((value, weight), ...)."""
    values, weights = zip(*weighted)
    return rng.choices(values, weights)[0]


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a non-leap year
        return day.replace(year=day.year + years, day=28)


def days_before(day: dt.date, days: float) -> dt.date:
    return day - dt.timedelta(days=int(days))


@dataclass
class Profile:
    """Who the farmer is, including the traits the lender never sees directly, only through the records."""

    kind: str
    village_code: str
    county: catalog.County
    county_index: int
    age: int
    male: bool
    history_start: dt.date  # first day the lender has records for (how long the farmer has been selling)
    own_land_mu: float  # household contract land (承包地): farmed, but not in a land-transfer contract
    late_rate: float  # chance a rent payment is late
    care: float  # 0..1: registers contracts, sells through traceable channels
    season_sd: float  # how much a crop's harvest swings from season to season
    skill: float  # yield relative to the county's range
    setback: float  # revenue multiplier on the latest seasons (1.0 = none; illness, hail, lost buyer)
    stopped_selling: dt.date | None  # no sales after this date
    leverage: float  # 0..1: appetite for financing machines


def draw_profile(rng: random.Random, as_of: dt.date) -> Profile:
    kind = pick(rng, FARM_KINDS)
    village_code = rng.choice(catalog.VILLAGES)
    county_index = [c.code for c in catalog.COUNTIES].index(village_code[:6])
    age = {
        "small": lambda: rng.triangular(28, 76, 57),
        "large": lambda: rng.triangular(25, 68, 46),
        "new": lambda: rng.triangular(19, 52, 28),
    }[kind]()
    # Records reach back ~2 years (enough for 12m-vs-prior-12m); new entrants have only months of history.
    history_months = rng.uniform(2, 14) if kind == "new" else rng.uniform(22, 28)
    strained = rng.random() < 0.18
    return Profile(
        kind=kind,
        village_code=village_code,
        county=catalog.COUNTIES[county_index],
        county_index=county_index,
        age=int(age),
        male=rng.random() < 0.78,
        history_start=days_before(as_of, history_months * risk.DAYS_PER_MONTH),
        own_land_mu={"small": rng.uniform(3, 15), "large": rng.uniform(4, 20), "new": rng.uniform(0, 8)}[kind],
        late_rate=rng.uniform(0.2, 0.7) if strained else 0.03,
        care=rng.random(),
        season_sd=0.05 + 0.35 * rng.random() ** 2,
        skill=rng.uniform(0.85, 1.1),
        setback=rng.uniform(0.25, 0.75) if rng.random() < 0.12 else 1.0,
        stopped_selling=days_before(as_of, rng.uniform(8, 18) * risk.DAYS_PER_MONTH) if rng.random() < 0.05 else None,
        leverage=rng.random() ** 2,
    )


# --- land transfers ---------------------------------------------------------------------------------------------


def lease_areas(rng: random.Random, kind: str) -> list[float]:
    """Areas (mu) of the contracts a farmer rents land under; small households often rent none."""
    if kind == "small":
        return [rng.uniform(2, 15)] if rng.random() < 0.35 else []
    if kind == "new":
        return [rng.uniform(5, 60)] if rng.random() < 0.55 else []
    total = min(1500.0, max(10.0, rng.lognormvariate(math.log(70), 0.9)))  # family farms: long tail
    count = min(4, 1 + (total > 40) + (total > 150) + (rng.random() < 0.25))
    weights = [rng.uniform(0.5, 1.5) for _ in range(count)]
    return [total * w / sum(weights) for w in weights]


def lease_dates(rng: random.Random, p: Profile, term: int, as_of: dt.date) -> tuple[dt.date, dt.date]:
    back = rng.uniform(30, 420) if p.kind == "new" else rng.uniform(30, min(term, 8) * 365 + 240)
    drawn = days_before(as_of, back)
    month, day = rng.choice(catalog.LEASE_START_DAYS)  # contracts start on the usual days
    start = dt.date(drawn.year, month, day)
    if start > as_of:
        start = dt.date(drawn.year - 1, month, day)
    # Most short contracts that ran out were renewed: the current term is the one on file.
    while add_years(start, term) <= as_of and rng.random() < 0.7:
        start = add_years(start, term)
    return start, add_years(start, term) - dt.timedelta(days=1)


def make_land_transfers(rng: random.Random, p: Profile, as_of: dt.date) -> list[dict]:
    transfers = []
    for number, area in enumerate(lease_areas(rng, p.kind), start=1):
        area_mu = Decimal(f"{max(area, 1.0):.1f}")
        term = pick(rng, catalog.LEASE_TERMS)
        start, end = lease_dates(rng, p, term, as_of)
        low, high = p.county.rent_per_mu
        rent_per_mu = 10 * rng.randint(low // 10, high // 10)  # quoted in round yuan per mu
        # Rent is paid once a year in advance, at the start of each lease year that has begun.
        due = sum(1 for k in range(term) if add_years(start, k) <= as_of)
        late = sum(1 for _ in range(due) if rng.random() < p.late_rate)
        register_base = {"small": 0.30, "large": 0.85, "new": 0.55}[p.kind]
        transfers.append(
            {
                "contract_id": f"L{number}",
                "area_mu": str(area_mu),
                "start_date": start.isoformat(),
                "end_date": end.isoformat(),
                "annual_rent": str((area_mu * rent_per_mu).quantize(CENT)),
                "rent_payments_on_time": due - late,
                "rent_payments_late": late,
                "registered": rng.random() < min(0.98, register_base * (0.6 + 0.8 * p.care)),
            }
        )
    return transfers


def farmed_area(p: Profile, transfers: list[dict], day: dt.date) -> float:
    """Own contract land plus the rented land under contracts running on `day`."""
    iso = day.isoformat()
    return p.own_land_mu + sum(float(t["area_mu"]) for t in transfers if t["start_date"] <= iso <= t["end_date"])


# --- crop sales -------------------------------------------------------------------------------------------------


def crop_plan(rng: random.Random, p: Profile) -> list[tuple[str, float]]:
    """(crop, share of farmed area) per season; double cropping puts two crops on the same land."""
    region = p.county.region
    if region == "north":
        plan = [("wheat", 1.0), (pick(rng, catalog.NORTH_SUMMER_CROPS), 1.0)]
    elif region == "south":
        plan = [("rice", 1.0)] + ([("wheat", 1.0)] if rng.random() < catalog.SOUTH_WINTER_WHEAT_SHARE else [])
    elif p.kind == "large":
        weights = [rng.uniform(0.2, 1.0) * w for _, w in catalog.NORTHEAST_CROPS]
        plan = [(crop, w / sum(weights)) for (crop, _), w in zip(catalog.NORTHEAST_CROPS, weights)]
    else:
        plan = [(pick(rng, catalog.NORTHEAST_CROPS), 1.0)]
    if p.kind != "large" and rng.random() < p.county.vegetable_share:
        vegetable_share = rng.uniform(0.3, 1.0)
        plan = [(crop, share * (1 - vegetable_share)) for crop, share in plan] + [("vegetables", vegetable_share)]
    return plan


def choose_buyers(rng: random.Random, p: Profile) -> list[tuple[str, str, float]]:
    """The farmer's regular grain buyers: (buyer_id, channel, weight). One buyer only is common for small farms."""
    single = {"small": 0.45, "large": 0.15, "new": 0.50}[p.kind]
    count = 1 if rng.random() < single else rng.randint(2, 4)
    buyers = []
    for rank in range(count):
        kind_weights = dict(catalog.GRAIN_BUYER_WEIGHTS[p.kind])
        kind_weights["TRADER"] *= 1.5 - p.care  # careless sellers stay with the cash broker
        buyers.append(make_buyer(rng, p, pick(rng, kind_weights.items()), 1.0 if rank == 0 else rng.uniform(0.15, 0.7)))
    return buyers


def make_buyer(rng: random.Random, p: Profile, buyer_type: str, weight: float) -> tuple[str, str, float]:
    per_county, channels = catalog.BUYER_TYPES[buyer_type]
    buyer_id = f"{buyer_type}-{(p.county_index + 1) * 100 + rng.randint(1, per_county)}"
    return buyer_id, pick(rng, channels.items()), weight  # a buyer pays a farmer the same way each time


def harvests(rng: random.Random, crop: str, as_of: dt.date, history_start: dt.date) -> Iterator[dt.date]:
    spec = catalog.CROPS[crop]
    for year in range(history_start.year - 1, as_of.year + 1):
        months = spec.harvest_months if crop == "vegetables" else (rng.choice(spec.harvest_months),)
        for month in months:
            harvest = dt.date(year, month, rng.randint(1, 28))
            if harvest <= as_of:
                yield harvest


def make_crop_sales(rng: random.Random, p: Profile, transfers: list[dict], as_of: dt.date) -> list[dict]:
    plan = crop_plan(rng, p)
    buyers = choose_buyers(rng, p)
    vegetable_buyer = make_buyer(rng, p, pick(rng, catalog.VEGETABLE_BUYER_WEIGHTS.items()), 1.0)
    sell_share = rng.uniform(0.80, 0.95) if p.kind == "small" else rng.uniform(0.95, 1.0)  # rest fed to the family
    last_day = min(as_of, p.stopped_selling or as_of)
    sales = []
    for crop, share in plan:
        spec = catalog.CROPS[crop]
        cuts = len(spec.harvest_months) if crop == "vegetables" else 1
        for harvest in harvests(rng, crop, as_of, p.history_start):
            kg = farmed_area(p, transfers, harvest) * share * rng.uniform(*spec.yield_kg_per_mu) / cuts
            kg *= p.skill * rng.lognormvariate(0, p.season_sd) * sell_share
            if (as_of - harvest).days < 270:  # a setback hits the latest seasons
                kg *= p.setback
            lots = 2 if p.kind == "large" and rng.random() < 0.25 else 1
            for _ in range(lots):
                lag = rng.randint(*spec.sale_lag_days)
                if crop == "corn" and p.county.region == "northeast":
                    lag += rng.randint(0, catalog.NORTHEAST_CORN_EXTRA_LAG)
                sale_date = harvest + dt.timedelta(days=lag)
                quantity = int(kg / lots)
                if not (p.history_start <= sale_date <= last_day) or quantity < 1:
                    continue
                buyer_id, channel, _ = (
                    vegetable_buyer if crop == "vegetables" else pick(rng, [(b, b[2]) for b in buyers])
                )
                price = Decimal(f"{rng.uniform(*spec.price_per_kg):.2f}")
                sales.append(
                    {
                        "sale_date": sale_date.isoformat(),
                        "crop": crop,
                        "quantity_kg": str(quantity),
                        "amount": str((quantity * price).quantize(CENT)),
                        "buyer_id": buyer_id,
                        "channel": channel,
                    }
                )
    sales.sort(key=lambda s: (s["sale_date"], s["crop"], s["buyer_id"]))
    return sales


# --- equipment --------------------------------------------------------------------------------------------------


def make_equipment_purchases(rng: random.Random, p: Profile, area_mu: float, as_of: dt.date) -> list[dict]:
    owns = {"small": 0.16, "large": 0.62, "new": 0.04}[p.kind]
    if rng.random() >= owns:
        return []
    count = 1 if p.kind != "large" else pick(rng, ((1, 0.5), (2, 0.3), (3, 0.2)))
    eligible = [
        name for name, e in catalog.EQUIPMENT.items() if p.county.region in e.regions and area_mu >= e.min_area_mu
    ]
    purchases = []
    for category in rng.sample(eligible, min(count, len(eligible))):
        low, high = catalog.EQUIPMENT[category].price
        skew = 2.5 if p.kind != "large" else 1.0  # small farms buy the small models
        price = 100 * round((low + (high - low) * rng.random() ** skew) / 100)
        subsidised = rng.random() < catalog.SUBSIDISED_SHARE
        subsidy = 10 * round(price * rng.uniform(*catalog.SUBSIDY_SHARE) / 10) if subsidised else 0
        years_back = 2 if p.kind == "new" else 6
        purchases.append(
            {
                "purchase_date": days_before(as_of, rng.uniform(10, years_back * 365)).isoformat(),
                "category": category,
                "price": f"{price}.00",
                "subsidy": f"{min(subsidy, price)}.00",
                "financed": rng.random() < 0.08 + 0.25 * (price > 100_000) + 0.45 * p.leverage,
            }
        )
    purchases.sort(key=lambda e: (e["purchase_date"], e["category"]))
    return purchases


# --- identity (fake) --------------------------------------------------------------------------------------------


def national_id_check(first17: str) -> str:
    return ID_CHECK[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS)) % 11]


def make_identity(rng: random.Random, p: Profile, as_of: dt.date, used: set[str]) -> dict:
    given_chars = catalog.MALE_GIVEN if p.male else catalog.FEMALE_GIVEN
    name = rng.choices(catalog.SURNAMES, SURNAME_WEIGHTS)[0] + "".join(
        rng.choice(given_chars) for _ in range(2 if rng.random() < 0.75 else 1)
    )
    birth_year = as_of.year - p.age
    while True:  # redraw on the rare clash: phone and ID are unique across the file
        birthday = dt.date(birth_year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        sequence = 2 * rng.randint(0, 499) + (1 if p.male else 0)  # odd = male, even = female
        first17 = f"{p.village_code[:6]}{birthday:%Y%m%d}{sequence:03d}"
        national_id = first17 + national_id_check(first17)
        phone = f"+86{rng.choice(catalog.MOBILE_PREFIXES)}{rng.randint(0, 99_999_999):08d}"
        if national_id not in used and phone not in used:
            used.update((national_id, phone))
            break
    return {
        "name": name,
        "phone": phone,
        "national_id": national_id,
        "language": "en" if rng.random() < 0.02 else "zh",
        "birth_year": birth_year,
    }


# --- one farmer, many farmers -----------------------------------------------------------------------------------


def make_farmer(rng: random.Random, number: int, as_of: dt.date, used: set[str]) -> dict:
    p = draw_profile(rng, as_of)
    identity = make_identity(rng, p, as_of, used)
    transfers = make_land_transfers(rng, p, as_of)
    farmer = {
        "farmer_id": f"F{number:06d}",
        "as_of": as_of.isoformat(),
        "name": identity["name"],
        "phone": identity["phone"],
        "national_id": identity["national_id"],
        "language": identity["language"],
        "birth_year": identity["birth_year"],
        "household_size": pick(rng, HOUSEHOLD_SIZES),
        "village_code": p.village_code,
        "land_transfers": transfers,
        "crop_sales": make_crop_sales(rng, p, transfers, as_of),
        "equipment_purchases": make_equipment_purchases(rng, p, farmed_area(p, transfers, as_of), as_of),
    }
    # Outcome: the true logistic model over what the records show, plus a shock they don't show.
    z = risk.default_logit(risk.observe(farmer, as_of)) + rng.gauss(0, risk.UNOBSERVED_SD)
    farmer["outcome"] = {"defaulted": rng.random() < 1 / (1 + math.exp(-z))}
    return farmer


def generate(n: int, seed: int, as_of: dt.date) -> Iterator[dict]:
    """Yield n farmer dicts (DESIGN.md §5 shape plus name, phone, national_id, language), F000001 first."""
    used: set[str] = set()
    for number in range(1, n + 1):
        yield make_farmer(random.Random(f"agrilend:{seed}:{number}"), number, as_of, used)


def write_jsonl(farmers: Iterable[dict], path: str, total: int | None = None) -> tuple[int, int]:
    """Write one compact JSON line per farmer (atomically); returns (farmers, defaulted). Progress on stderr."""
    written = defaulted = 0
    step = max(1, total // 10) if total and total >= 10_000 else None
    tmp = f"{path}.tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        for farmer in farmers:
            out.write(json.dumps(farmer, ensure_ascii=False, separators=(",", ":")) + "\n")
            written += 1
            defaulted += bool(farmer.get("outcome", {}).get("defaulted"))
            if step and written % step == 0:
                print(f"  {100 * written // total:3d}%  {written}/{total}", file=sys.stderr)
    os.replace(tmp, path)
    return written, defaulted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate synthetic farmer histories (JSON lines) for agrilend.")
    parser.add_argument("--n", type=int, default=20_000, help="number of farmers")
    parser.add_argument("--seed", type=int, default=7, help="random seed; same arguments give the same bytes")
    parser.add_argument("--out", default="seeds/farmers.jsonl", help="output path")
    parser.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        default=dt.date(2025, 3, 1),
        help="date the histories are observed at (YYYY-MM-DD)",
    )
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("--n must be at least 0")
    started = time.perf_counter()
    written, defaulted = write_jsonl(generate(args.n, args.seed, args.as_of), args.out, total=args.n)
    rate = defaulted / written if written else 0.0
    print(
        f"wrote {written} farmers to {args.out} as of {args.as_of}: {defaulted} defaulted ({rate:.2%}), "
        f"{time.perf_counter() - started:.1f}s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
