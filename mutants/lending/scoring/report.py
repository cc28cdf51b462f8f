"""A model's holdout report: ROC, calibration and score-distribution plots, and an HTML page that shows them.

Reads a model artifact directory (metadata.json and holdout.csv with columns y, pd, challenger_pd) and writes
roc.png, calibration.png, scores.png and index.html into one output directory. The page needs nothing but the
three PNG files next to it, so it can be copied or mailed as a folder and opened offline.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_curve

from . import metrics
from .explain import MAX_SCORE, MIN_SCORE, scores_from_logit

FIGURE_SIZE = (6, 4.5)  # inches; at DPI this is 660 x 495 pixels
DPI = 110
CALIBRATION_BINS = 10
SCORE_BIN_WIDTH = 20  # ~150 defaulters in a holdout: narrower bins are mostly noise

CAPTIONS = {
    "roc.png": "ROC curves on the holdout. Look for the champion's curve above the challenger's over the whole "
    "range, and both well above the diagonal (a model that ranks no better than chance).",
    "calibration.png": "Reliability of the champion's PD in 10 bins of equal size. Look for points on the diagonal: "
    "a point below it means the model overstates risk in that bin, above it understates. Bars "
    "are 95% intervals of the observed default rate.",
    "scores.png": "Score distributions (300-850) of goods and defaulters, each scaled to its own total. Look for "
    "little overlap: defaulters piled up at low scores, goods at high scores.",
}


def write(model_dir: str | Path, out_dir: str | Path) -> list[Path]:
    """Write roc.png, calibration.png, scores.png and index.html into `out_dir` (created if missing).

    `model_dir` must hold metadata.json (version, created_at, features, metrics of champion and challenger) and
    holdout.csv (header y,pd,challenger_pd). Returns the paths written, the page last.
    """
    import matplotlib

    matplotlib.use("Agg")  # no display on servers and in CI
    import matplotlib.pyplot as plt

    model_dir, out_dir = Path(model_dir), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    metadata = json.loads((model_dir / "metadata.json").read_text(encoding="utf-8"))
    holdout = np.genfromtxt(model_dir / "holdout.csv", delimiter=",", names=True)
    y, champion_pd, challenger_pd = holdout["y"], holdout["pd"], holdout["challenger_pd"]

    drawings = {
        "roc.png": lambda axes: _draw_roc(axes, y, champion_pd, challenger_pd),
        "calibration.png": lambda axes: _draw_calibration(axes, y, champion_pd),
        "scores.png": lambda axes: _draw_scores(axes, y, champion_pd),
    }
    written = []
    for name, draw in drawings.items():
        figure, axes = plt.subplots(figsize=FIGURE_SIZE, dpi=DPI)
        try:
            draw(axes)
            figure.tight_layout()
            figure.savefig(out_dir / name, dpi=DPI)
        finally:
            plt.close(figure)
        written.append(out_dir / name)

    page = out_dir / "index.html"
    page.write_text(_page(metadata, list(drawings)), encoding="utf-8")
    written.append(page)
    return written


def _draw_roc(axes, y, champion_pd, challenger_pd) -> None:
    for label, pd, colour in (("champion", champion_pd, "tab:blue"), ("challenger", challenger_pd, "tab:orange")):
        false_positive_rate, true_positive_rate, _ = roc_curve(y, pd)
        axes.plot(
            false_positive_rate, true_positive_rate, color=colour, label=f"{label} (AUC {metrics.auc(y, pd):.4f})"
        )
    axes.plot([0, 1], [0, 1], color="grey", linestyle="--", linewidth=1, label="chance")
    axes.set(
        xlim=(0, 1),
        ylim=(0, 1),
        xlabel="False positive rate (goods flagged)",
        ylabel="True positive rate (defaulters caught)",
        title="ROC on the holdout",
    )
    axes.legend(loc="lower right")


def _draw_calibration(axes, y, pd) -> None:
    # Equal-count bins by rank, so tied PDs cannot leave a quantile bin empty.
    bins = np.array_split(np.argsort(pd, kind="stable"), CALIBRATION_BINS)
    mean_pd = np.array([pd[rows].mean() for rows in bins])
    default_rate = np.array([y[rows].mean() for rows in bins])
    counts = np.array([rows.size for rows in bins])
    half_width = 1.96 * np.sqrt(default_rate * (1 - default_rate) / counts)
    axes.errorbar(
        mean_pd,
        default_rate,
        yerr=half_width,
        fmt="o",
        color="tab:blue",
        capsize=3,
        label=f"champion (~{round(counts.mean())} loans per bin)",
    )
    top = 1.1 * max(mean_pd.max(), (default_rate + half_width).max())
    axes.plot([0, top], [0, top], color="grey", linestyle="--", linewidth=1, label="perfect calibration")
    axes.set(
        xlim=(0, top),
        ylim=(0, top),
        xlabel="Mean predicted PD",
        ylabel="Observed default rate",
        title="Calibration of the champion",
    )
    axes.legend(loc="upper left")


def _draw_scores(axes, y, pd) -> None:
    # holdout.csv keeps 6 decimals, so a PD can read as exactly 0 or 1; those score 850 or 300 anyway.
    pd = np.clip(pd, 1e-9, 1 - 1e-9)
    scores = scores_from_logit(np.log(pd / (1 - pd)))
    edges = np.arange(MIN_SCORE, MAX_SCORE + SCORE_BIN_WIDTH, SCORE_BIN_WIDTH)
    for label, outcome, colour in (("goods", 0, "tab:green"), ("defaulters", 1, "tab:red")):
        group = scores[y == outcome]
        axes.hist(
            group,
            bins=edges,
            density=True,
            histtype="stepfilled",
            alpha=0.45,
            color=colour,
            label=f"{label} (n={group.size})",
        )
    axes.set(
        xlim=(MIN_SCORE, MAX_SCORE),
        xlabel="Score",
        ylabel="Share per point",
        title="Champion scores: goods vs defaulters",
    )
    axes.legend(loc="upper left")


def _page(metadata: dict, images: list[str]) -> str:
    scores = metadata["metrics"]
    champion, challenger = scores["champion"], scores["challenger"]
    version = html.escape(str(metadata["version"]))
    warning = ""
    if not champion["auc"] > challenger["auc"]:
        warning = (
            f'<p class="warning">WARNING: the champion does not beat the challenger on holdout AUC '
            f"({champion['auc']:.4f} vs {challenger['auc']:.4f}). Do not promote this model.</p>"
        )
    figures = "\n".join(
        f'<figure><img src="{name}" alt="{name}">'
        f"<figcaption>{html.escape(CAPTIONS[name], quote=False)}</figcaption></figure>"
        for name in images
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Model {version}</title>
<style>
body {{ font-family: sans-serif; max-width: 60em; margin: 2em auto; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #999; padding: 0.3em 0.8em; text-align: right; }}
.warning {{ color: #fff; background: #c00; font-size: 1.3em; font-weight: bold; padding: 0.8em; }}
figcaption {{ max-width: 660px; color: #333; }}
</style>
</head>
<body>
<h1>Model {version}</h1>
<p>Created {html.escape(str(metadata.get("created_at", "")))}; {len(metadata.get("features", []))} features.
Measured on the holdout, which training never saw.</p>
{warning}
<table>
<tr><th>model</th><th>AUC</th><th>KS</th><th>Brier</th><th>n</th></tr>
{_row("champion", champion, challenger)}
{_row("challenger", challenger, None)}
</table>
{figures}
</body>
</html>
"""


def _row(name: str, row: dict, rival: dict | None) -> str:
    """One table row; a value is bold when `rival` is given and this row beats it (AUC, KS higher; Brier lower)."""
    cells = []
    for key, higher_is_better in (("auc", True), ("ks", True), ("brier", False)):
        text = f"{row[key]:.4f}"
        if rival is not None and (row[key] > rival[key] if higher_is_better else row[key] < rival[key]):
            text = f"<b>{text}</b>"
        cells.append(f"<td>{text}</td>")
    return f"<tr><th>{name}</th>{''.join(cells)}<td>{row['n']}</td></tr>"
