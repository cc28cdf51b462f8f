"""Dependencies point inward: the pure core imports neither Flask nor SQLAlchemy (STYLE.md rule 2)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PURE = [
    ROOT / "lending" / "money.py",
    *sorted((ROOT / "lending" / "domain").rglob("*.py")),
    *sorted((ROOT / "lending" / "i18n").rglob("*.py")),
]
FEATURES = ROOT / "lending" / "scoring" / "features.py"
if FEATURES.exists():
    PURE.append(FEATURES)


def _imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("path", PURE, ids=lambda p: str(p.relative_to(ROOT)))
def test_pure_module_imports_neither_flask_nor_sqlalchemy(path):
    assert _imported_roots(path) & {"flask", "sqlalchemy", "flask_smorest", "marshmallow"} == set()
