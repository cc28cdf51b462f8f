"""`flask model train | score | evaluate | report | list | promote` driven through the CLI on slices of the seed
file."""

from __future__ import annotations

import csv
import itertools
import json
import re
from pathlib import Path

import numpy as np
import pytest

from lending.scoring import explain, features
from lending.scoring import model as scoring_model

SEED_FARMERS = Path(__file__).resolve().parents[2] / "seeds" / "farmers.jsonl"
APPROVE_BELOW, DECLINE_FROM = 0.06, 0.15
REASONS = re.compile(r"^(R\d\d(;R\d\d)*)?$")


def seed_lines(start: int, stop: int) -> list[str]:
    """Lines start..stop-1 (0-based) of seeds/farmers.jsonl, newline-terminated."""
    with open(SEED_FARMERS, encoding="utf-8") as source:
        return list(itertools.islice(source, start, stop))


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line if line.endswith("\n") else line + "\n" for line in lines), encoding="utf-8")
    return path


def read_csv(path) -> tuple[list[str], list[dict]]:
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames), list(reader)


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture(scope="module")
def unseen_file(tmp_path_factory) -> Path:
    """2,000 farmers (seed lines 4001-6000) that the session's model (first 4,000) never trained on."""
    return write_lines(tmp_path_factory.mktemp("unseen") / "farmers-unseen.jsonl", seed_lines(4000, 6000))


@pytest.fixture(scope="module")
def scored(app, unseen_file, trained_model_dir, tmp_path_factory):
    """`model score` of the unseen file with the session's model: (result, csv header, csv rows)."""
    out = tmp_path_factory.mktemp("scored") / "scores.csv"
    result = app.test_cli_runner().invoke(
        args=["model", "score", "--model", trained_model_dir, "--data", str(unseen_file), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    header, rows = read_csv(out)
    return result, header, rows


def test_train_prints_holdout_table_writes_artifact_and_promotes_the_first_model(runner, tmp_path):
    data = write_lines(tmp_path / "farmers-2000.jsonl", seed_lines(0, 2000))
    out = tmp_path / "model"

    result = runner.invoke(args=["model", "train", "--data", str(data), "--out", str(out)])

    assert result.exit_code == 0, result.output
    assert re.search(r"^model\s+AUC\s+KS\s+Brier\s+n$", result.stdout, re.M), result.stdout
    # 2,000 farmers: the holdout is 15% of each outcome = 300 rows
    for name in ("champion", "challenger"):
        assert re.search(rf"^{name}\s+0\.\d{{4}}\s+0\.\d{{4}}\s+0\.\d{{4}}\s+300$", result.stdout, re.M), result.stdout
    assert "2000 farmers" in result.stdout
    assert {"model.json", "metadata.json", "challenger.json", "holdout.csv"} <= {p.name for p in out.iterdir()}
    assert len(read_csv(out / "holdout.csv")[1]) == 300

    version = json.loads((out / "metadata.json").read_text(encoding="utf-8"))["version"]
    assert f"registered {version}" in result.stdout
    assert f"promoted {version}" in result.stdout, "the first model whose champion wins is promoted"
    listed = runner.invoke(args=["model", "list"])
    assert listed.exit_code == 0, listed.output
    [line] = listed.stdout.splitlines()
    assert line.startswith(f"* {version}  auc ") and line.endswith(str(out.resolve())), line


def test_second_trained_model_is_registered_but_not_promoted(runner, tmp_path):
    first_out, second_out = tmp_path / "first", tmp_path / "second"
    first = runner.invoke(
        args=[
            "model",
            "train",
            "--data",
            str(write_lines(tmp_path / "a.jsonl", seed_lines(0, 2000))),
            "--out",
            str(first_out),
        ]
    )
    assert first.exit_code == 0, first.output
    second = runner.invoke(
        args=[
            "model",
            "train",
            "--data",
            str(write_lines(tmp_path / "b.jsonl", seed_lines(2000, 4000))),
            "--out",
            str(second_out),
        ]
    )
    assert second.exit_code == 0, second.output

    first_version = json.loads((first_out / "metadata.json").read_text(encoding="utf-8"))["version"]
    second_version = json.loads((second_out / "metadata.json").read_text(encoding="utf-8"))["version"]
    assert f"registered {second_version}" in second.stdout and "promoted" not in second.stdout
    lines = runner.invoke(args=["model", "list"]).stdout.splitlines()
    assert len(lines) == 2
    assert [line for line in lines if line.startswith("*")] == [
        line for line in lines if line.startswith(f"* {first_version}  ") and line.endswith(str(first_out.resolve()))
    ]
    assert any(line.startswith(f"  {second_version}  ") for line in lines)


def test_score_writes_one_row_per_farmer_in_input_order(scored, unseen_file):
    result, header, rows = scored
    input_ids = [json.loads(line)["farmer_id"] for line in unseen_file.read_text(encoding="utf-8").splitlines()]
    assert header == ["farmer_id", "pd", "score", "decision", "reasons"]
    assert [row["farmer_id"] for row in rows] == input_ids
    assert "scored 2000 farmers" in result.output and "0 lines skipped" in result.output


def test_score_rows_hold_pd_score_band_and_reason_codes(scored):
    _, _, rows = scored
    for row in rows:
        pd = float(row["pd"])
        assert 0 < pd < 1, row
        assert re.fullmatch(r"\d+", row["score"]) and 300 <= int(row["score"]) <= 850, row
        # the score is the PDO scaling of the PD (±1 for the PD printed to 6 decimals)
        assert abs(int(row["score"]) - explain.score_from_pd(pd)) <= 1, row
        assert REASONS.match(row["reasons"]), row
        if abs(pd - APPROVE_BELOW) < 1e-6 or abs(pd - DECLINE_FROM) < 1e-6:
            continue  # rounded to 6 decimals, a PD this close to a threshold could fall either side
        expected = "approve" if pd < APPROVE_BELOW else "decline" if pd >= DECLINE_FROM else "refer"
        assert row["decision"] == expected, row
    assert {row["decision"] for row in rows} == {"approve", "refer", "decline"}
    assert sum(1 for row in rows if row["reasons"]) > len(rows) // 2


def test_score_skips_malformed_lines_naming_each_line_number(runner, trained_model_dir, tmp_path):
    good = seed_lines(0, 6)
    bad_date = {**json.loads(good[0]), "farmer_id": "F-BAD-DATE"}  # F000001 has three land transfers
    bad_date["land_transfers"][0]["start_date"] = "2025-02-30"
    lines = [good[0], good[1], "{not json", good[2], "[1,2]", good[3], json.dumps(bad_date), good[4]]
    data = write_lines(tmp_path / "malformed.jsonl", lines)
    out = tmp_path / "scores.csv"

    result = runner.invoke(
        args=["model", "score", "--model", trained_model_dir, "--data", str(data), "--out", str(out)]
    )

    assert result.exit_code == 0, result.output
    assert re.search(r"line 3: not JSON", result.output), result.output
    assert re.search(r"line 5: not a JSON object", result.output), result.output
    assert re.search(r"line 7: records unreadable: ValueError", result.output), result.output
    assert re.findall(r"line (\d+):", result.output) == ["3", "5", "7"]
    assert "scored 5 farmers" in result.output and "3 lines skipped" in result.output
    _, rows = read_csv(out)
    assert [row["farmer_id"] for row in rows] == [json.loads(good[i])["farmer_id"] for i in range(5)]


def test_score_equals_online_prediction_one_farmer_at_a_time(scored, unseen_file, trained_model_dir):
    _, _, rows = scored
    model = scoring_model.load(trained_model_dir, feature_names=features.FEATURES)
    histories = [json.loads(line) for line in unseen_file.read_text(encoding="utf-8").splitlines()[:50]]
    for history, row in zip(histories, rows[:50], strict=True):
        online = float(model.predict_pd(features.matrix([history]))[0])
        assert row["farmer_id"] == history["farmer_id"]
        assert row["pd"] == f"{online:.6f}", (history["farmer_id"], row["pd"], online)


def test_evaluate_prints_metrics_of_the_labelled_farmers_as_one_json_line(
    runner, trained_model_dir, unseen_file, tmp_path
):
    histories = [json.loads(line) for line in unseen_file.read_text(encoding="utf-8").splitlines()]
    for history in histories[::10]:
        history.pop("outcome")  # 200 of the 2,000 carry no outcome: not evaluation data
    data = write_lines(tmp_path / "partly-labelled.jsonl", [json.dumps(h) for h in histories])

    result = runner.invoke(args=["model", "evaluate", "--model", trained_model_dir, "--data", str(data)])

    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(scores) == {"auc", "ks", "brier", "n"}
    assert scores["n"] == 1800
    assert 0.5 < scores["auc"] <= 1
    # Brier by hand: the mean squared gap between PD and outcome over the 1,800 labelled farmers
    labelled = [h for h in histories if "outcome" in h]
    model = scoring_model.load(trained_model_dir, feature_names=features.FEATURES)
    pd = model.predict_pd(features.matrix(labelled))
    y = np.array([int(h["outcome"]["defaulted"]) for h in labelled])
    assert scores["brier"] == pytest.approx(float(np.mean((pd - y) ** 2)), abs=1e-6)


def test_report_writes_three_plots_and_a_page(runner, trained_model_dir, tmp_path):
    out = tmp_path / "report"

    result = runner.invoke(args=["model", "report", "--model", trained_model_dir, "--out", str(out)])

    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["calibration.png", "index.html", "roc.png", "scores.png"]
    for name in ("roc.png", "calibration.png", "scores.png"):
        assert (out / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert name in (out / "index.html").read_text(encoding="utf-8")


def test_promote_unknown_version_fails_naming_it(runner):
    result = runner.invoke(args=["model", "promote", "NOPE"])
    assert result.exit_code != 0
    assert "No registered model 'NOPE'" in result.output


def test_train_on_a_missing_file_fails_naming_the_file(runner, tmp_path):
    missing = tmp_path / "missing.jsonl"
    result = runner.invoke(args=["model", "train", "--data", str(missing), "--out", str(tmp_path / "model")])
    assert result.exit_code != 0
    assert f"no such file: {missing}" in result.output
    assert not (tmp_path / "model").exists()
