"""Loan engine figures without the server: schedule generation, and close of business over 1,000,000 active loans
on PostgreSQL.

Schedules: `domain.schedules.build` of a 12-month annuity (actual/365, 1 % fee; dates, amounts and APR), timed in
rounds of 2,000 over LoanTerms made just before each round; p50/p99 over rounds, throughput = schedules a second.
Its floor is making those LoanTerms (what an API call has to do before it can build anything).

Close of business: a fresh schema in BENCH_POSTGRES_URL (default the local `test` database) filled set-based with
1,000,000 active loans of 6 monthly instalments (about 8 % of them overdue, some past 90 days), then
`services.cob.run_day` for one business date, timed; the schema is dropped afterwards. Skipped (reported, not
faked) when PostgreSQL is not reachable.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
import uuid
from decimal import Decimal

NAMES = ("schedule_build", "terms_only", "cob_1m_loans")
ROUNDS, PER_ROUND = 30, 2000
LOANS = int(os.environ.get("BENCH_COB_LOANS", "1000000"))
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _row(seconds: list[float], per_round: int, floor: str | None, n: int) -> dict:
    ordered = sorted(seconds)
    p50 = statistics.median(seconds)
    return {
        "p50_ms": round(p50 * 1000, 3),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(0.99 * (len(ordered) - 1)))] * 1000, 3),
        "throughput_per_s": round(per_round / p50, 1),
        "n": n,
        "floor": floor,
        "ratio_p50": None,
        "errors": 0,
    }


def schedules_bench() -> dict[str, dict]:
    from lending.domain import schedules
    from lending.domain.terms import LoanTerms

    def terms(i: int) -> LoanTerms:
        return LoanTerms(
            principal=Decimal(5000 + i % 997),
            currency="CNY",
            annual_rate=Decimal("0.12"),
            method="annuity",
            term_months=12,
            start=dt.date(2025, 3, 1) + dt.timedelta(days=i % 300),
            fee_rate=Decimal("0.01"),
        )

    build_times, floor_times = [], []
    build = schedules.build
    for _ in range(ROUNDS):
        started = time.perf_counter()
        batch = [terms(i) for i in range(PER_ROUND)]
        floor_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        for one in batch:
            build(one)
        build_times.append(time.perf_counter() - started)
    results = {
        "schedule_build": _row(build_times, PER_ROUND, "terms_only", ROUNDS * PER_ROUND),
        "terms_only": _row(floor_times, PER_ROUND, None, ROUNDS * PER_ROUND),
    }
    results["schedule_build"]["ratio_p50"] = round(
        results["schedule_build"]["p50_ms"] / results["terms_only"]["p50_ms"], 2
    )
    results["terms_only"]["ratio_p50"] = 1.0
    print(f"bench: {results['schedule_build']['throughput_per_s']:,.0f} schedules a second")
    return results


FILL = """
INSERT INTO products (id, code, name, currency, min_amount, max_amount, min_term_months, max_term_months,
    interest_method, amortization, frequency, min_apr, max_apr, base_apr, origination_fee_rate, fee_mode,
    penalty_rate, grace_days, principal_grace_months, day_count, active, version, created_at, updated_at)
VALUES (:product, 'BENCH', 'bench', 'CNY', 100, 100000, 1, 36, 'declining', 'equal_instalment', 'monthly',
    0.05, 0.3, 0.1, 0, 'deducted', 0.0005, 3, 0, 'actual/365', true, 1, now(), now());
INSERT INTO farmers (id, farmer_id, name, language, village_code, version, created_at, updated_at)
SELECT :farmer, 'BENCH-F', 'bench', 'zh', '340123104', 1, now(), now();
INSERT INTO model_versions (version, path, data_hash, metrics, created_at, registered_at, is_current)
VALUES ('bench', '/nonexistent', 'x', '{}', now(), now(), false);
INSERT INTO decisions (id, application_id, model_version, inputs_hash, inputs, features, pd, score, status, rule,
    output, created_at)
SELECT md5('d' || g)::uuid, md5('a' || g)::uuid, 'bench', 'x', '{}', '{}', 0.02, 650, 'approved', 'band.approve',
    '{}', now() FROM generate_series(1, :n) g;
INSERT INTO applications (id, farmer_id, product_id, currency, requested_amount, requested_term_months, channel,
    submitted_at, status, decided_by, amount, credit_limit, apr, term_months, decision_id, version, created_at,
    updated_at)
SELECT md5('a' || g)::uuid, :farmer, :product, 'CNY', 6000, 6, 'agent', now(), 'approved', 'engine', 6000, 6000,
    0.1, 6, md5('d' || g)::uuid, 1, now(), now() FROM generate_series(1, :n) g;
INSERT INTO loans (id, application_id, farmer_id, product_id, currency, principal, annual_rate, method,
    term_months, start_date, day_count, balloon_interest, grace_months, fee_rate, fee_mode, penalty_rate,
    grace_days, apr, total_cost_of_credit, disbursed_amount, fee, accepted_at, status, disbursed_at,
    principal_outstanding, interest_outstanding, fee_outstanding, penalty_outstanding, overpayment, days_past_due,
    arrears_bucket, non_performing, state_as_of, transaction_count, version, created_at, updated_at)
SELECT md5('l' || g)::uuid, md5('a' || g)::uuid, :farmer, :product, 'CNY', 6000, 0.1, 'annuity', 6,
    :day - (g % 200) - 1, 'actual/365', 'monthly', 0, 0, 'deducted', 0.0005, 3, 0.1, 176, 6000, 0, now(),
    'active', now(), 6000, 0, 0, 0, 0, 0, 'current', false, :day - 1, 1, 1, now(), now()
FROM generate_series(1, :n) g;
INSERT INTO loan_instalments (loan_id, number, due_date, principal, interest, fee, total, balance_after,
    penalty_from, interest_recognised, fee_recognised, principal_paid, interest_paid, fee_paid, penalty_paid)
SELECT l.id, k, l.start_date + 30 * k, 1000, 50 - 5 * k, 0, 1050 - 5 * k, 6000 - 1000 * k,
    l.start_date + 30 * k + 4,
    CASE WHEN l.start_date + 30 * k < :day THEN 50 - 5 * k ELSE 0 END, 0,
    CASE WHEN l.start_date + 30 * k < :day AND hashtext(l.id::text) % 12 <> 0 THEN 1000 ELSE 0 END,
    CASE WHEN l.start_date + 30 * k < :day AND hashtext(l.id::text) % 12 <> 0 THEN 50 - 5 * k ELSE 0 END, 0, 0
FROM loans l CROSS JOIN generate_series(1, 6) k;
"""


def cob_bench() -> dict[str, dict]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.orm import Session

    from lending.migrate import upgrade
    from lending.services import cob

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(POSTGRES_URL)
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as error:  # no PostgreSQL here: say so, never invent a figure
        print(f"bench: cob_1m_loans skipped: PostgreSQL not reachable ({type(error).__name__})")
        return {}
    try:
        url = (
            make_url(POSTGRES_URL)
            .update_query_dict({"options": f"-csearch_path={schema}"})
            .render_as_string(hide_password=False)
        )
        upgrade(url)
        engine = create_engine(url)
        day = dt.date(2026, 6, 1)
        print(f"bench: filling {LOANS:,} loans × 6 instalments into PostgreSQL schema {schema}")
        started = time.perf_counter()
        values = {"product": uuid.uuid4(), "farmer": uuid.uuid4(), "n": LOANS, "day": day}
        with engine.begin() as connection:
            for statement in filter(str.strip, FILL.split(";\n")):
                connection.execute(text(statement), values)
            connection.execute(text("ANALYZE"))
        print(f"bench: filled in {time.perf_counter() - started:.0f}s; closing {day}")
        with Session(engine) as session:
            started = time.perf_counter()
            result = cob.run_day(session, day)
            seconds = time.perf_counter() - started
        print(f"bench: close of business over {LOANS:,} loans in {seconds:.1f}s: {result}")
        engine.dispose()
        return {
            "cob_1m_loans": {
                "p50_ms": round(seconds * 1000, 1),
                "p99_ms": round(seconds * 1000, 1),
                "throughput_per_s": round(LOANS / seconds, 1),
                "n": LOANS,
                "floor": None,
                "ratio_p50": None,
                "errors": 0,
            }
        }
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
