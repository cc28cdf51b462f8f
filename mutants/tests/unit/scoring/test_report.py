"""The holdout report: three PNG plots of 6 x 4.5 in at 110 dpi and a page that names the version and shouts
when the champion loses on AUC."""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest

from lending.scoring import metrics, report

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ROWS = 5000


def _model_dir(tmp_path, *, champion_wins: bool):
    """A holdout from a known model: the champion's PD is the true PD, the challenger's a noisy, flatter one."""
    rng = np.random.default_rng(20250301)
    farmer_risk = rng.normal(size=ROWS)
    true_pd = 1 / (1 + np.exp(-(-3.0 + 1.2 * farmer_risk)))
    y = (rng.random(ROWS) < true_pd).astype(int)
    noisy_pd = 1 / (1 + np.exp(-(-3.0 + 0.5 * farmer_risk + rng.normal(scale=1.0, size=ROWS))))
    champion_pd, challenger_pd = (true_pd, noisy_pd) if champion_wins else (noisy_pd, true_pd)

    directory = tmp_path / "model-2025.03.01"
    directory.mkdir()
    lines = ["y,pd,challenger_pd"] + [f"{a},{b:.6f},{c:.6f}" for a, b, c in zip(y, champion_pd, challenger_pd)]
    (directory / "holdout.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    metadata = {
        "version": "2025.03.01-test",
        "created_at": "2025-03-01T08:00:00+00:00",
        "features": ["leased_area_mu", "revenue_12m"],
        "metrics": {"champion": metrics.evaluate(y, champion_pd), "challenger": metrics.evaluate(y, challenger_pd)},
        "baseline": {"ignored": True},
    }
    (directory / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    return directory, metadata


def _png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_report_writes_three_plots_of_660_by_495_pixels_and_a_page(tmp_path):
    model_dir, _ = _model_dir(tmp_path, champion_wins=True)
    out_dir = tmp_path / "out" / "report"

    written = report.write(model_dir, out_dir)

    names = ["roc.png", "calibration.png", "scores.png", "index.html"]
    assert written == [out_dir / name for name in names]
    assert all(path.is_file() for path in written)
    for path in written[:3]:
        assert _png_size(path) == (660, 495)  # 6 x 4.5 in at 110 dpi


def test_page_shows_version_metrics_and_images(tmp_path):
    model_dir, metadata = _model_dir(tmp_path, champion_wins=True)

    report.write(model_dir, tmp_path / "out")

    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    champion, challenger = metadata["metrics"]["champion"], metadata["metrics"]["challenger"]
    assert champion["auc"] > challenger["auc"] + 0.05
    assert "<title>Model 2025.03.01-test</title>" in page
    assert f"<b>{champion['auc']:.4f}</b>" in page
    assert f"<td>{challenger['auc']:.4f}</td>" in page
    assert f"<td>{champion['n']}</td>" in page
    for name in ("roc.png", "calibration.png", "scores.png"):
        assert f'<img src="{name}"' in page
    assert "http" not in page  # nothing fetched from elsewhere
    assert "WARNING" not in page


def test_page_warns_when_the_challenger_has_the_higher_auc(tmp_path):
    model_dir, metadata = _model_dir(tmp_path, champion_wins=False)

    report.write(model_dir, tmp_path / "out")

    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    champion, challenger = metadata["metrics"]["champion"], metadata["metrics"]["challenger"]
    assert champion["auc"] < challenger["auc"]
    assert (
        f'<p class="warning">WARNING: the champion does not beat the challenger on holdout AUC '
        f"({champion['auc']:.4f} vs {challenger['auc']:.4f})" in page
    )
    assert f"<b>{champion['auc']:.4f}</b>" not in page


@pytest.mark.parametrize("champion_auc, warned", [(0.7801, False), (0.78, True), (0.7799, True)])
def test_warning_appears_unless_champion_auc_is_strictly_higher(tmp_path, champion_auc, warned):
    model_dir, metadata = _model_dir(tmp_path, champion_wins=True)
    metadata["metrics"]["champion"]["auc"] = champion_auc
    metadata["metrics"]["challenger"]["auc"] = 0.78
    (model_dir / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")

    report.write(model_dir, tmp_path / "out")

    assert ("WARNING" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")) is warned
