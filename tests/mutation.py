"""`make mutate`: mutation testing (mutmut 3) of the money and decision code, and a score per group.

A mutant is the code with one small change a reviewer might make by mistake (`<` for `<=`, half-up for half-even, a
step left out); a good suite fails on it ("killed"). Each group runs in a work folder of its own under `.mutmut/`
(the project linked in, mutmut's settings written for the group), so each mutant runs only the group's fast tests
that reach the mutated function:

- money and decisions (floor 90 %): `lending/domain/`, `lending/money.py`, `lending/scoring/policy.py` against
  `tests/unit`;
- service rules (floor 80 %): idempotency (the key and the request hash), the farmer's open exposure, the PIN and its
  lock, and applying a sync mutation, against the integration tests of those rules.

Score = killed / (all − equivalent): a timeout counts as killed (the suite noticed), a mutant no test reaches as
survived. Equivalent mutants (no behaviour can tell them from the original) are listed with the reason in
`tests/mutation_equivalent/<module>.toml`. Results are kept in `.mutmut/`: a second run tests only the functions
changed since.

    python -m tests.mutation                 # every group; exit 1 below a floor
    python -m tests.mutation --changed main  # only the modules changed since `main` (what CI would run on a change)
    python -m tests.mutation --group services
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".mutmut"
EQUIVALENT = ROOT / "tests" / "mutation_equivalent"  # <module>.toml: one table per mutant, with `why`
LINKED = ["lending", "ussd", "tests", "migrations", "seeds", "bench", "docs", "app.py", "gunicorn.conf.py",
          "alembic.ini", "README.md", "Makefile"]  # fmt: skip
MEMORY_CAP = 4 * 2**30
KILLED, TIMEOUT, SURVIVED, NO_TESTS = {1, 3}, {36, 24, -24, 152, 255}, {0}, {5, 33}


@dataclass(frozen=True)
class Group:
    name: str
    floor: float  # the lowest score that passes, in %
    files: tuple[str, ...]  # the files mutated
    names: tuple[str, ...]  # mutant names scored (fnmatch): the rules of a file, not all of it
    tests: tuple[str, ...]
    whole_files: bool = True  # `names` are every mutant of `files`


GROUPS = (
    Group(
        "domain",
        90.0,
        ("lending/domain/*.py", "lending/money.py", "lending/scoring/policy.py"),
        ("lending.domain.*", "lending.money.*", "lending.scoring.policy.*"),
        ("tests/unit",),
    ),
    Group(
        "services",
        80.0,
        (
            "lending/services/idempotency.py",
            "lending/api/idempotency.py",
            "lending/services/_exposure.py",
            "lending/services/pins.py",
            "lending/services/sync.py",
        ),
        (
            "lending.services.idempotency.*",
            "lending.api.idempotency.*",
            "lending.services._exposure.*",
            "lending.services.pins.*",
            # the apply half of sync (not pull, checksum, conflicts, resolve, backlog, devices). mutmut does not mutate
            # decorated functions: the use cases themselves (sync.push, pins.check, pins.change, ...) are tested
            # through these helpers of theirs
            "lending.services.sync.x__named__mutmut_*",
            "lending.services.sync.x__group__mutmut_*",
            "lending.services.sync.x__together__mutmut_*",
            "lending.services.sync.x__row__mutmut_*",
            "lending.services.sync.x__one__mutmut_*",
            "lending.services.sync.x__settle__mutmut_*",
            "lending.services.sync.x__attempt__mutmut_*",
            "lending.services.sync.x__refused__mutmut_*",
            "lending.services.sync.x__conflict__mutmut_*",
            "lending.services.sync.x__release__mutmut_*",
            "lending.services.sync.x__release_ready__mutmut_*",
            "lending.services.sync.x__device__mutmut_*",
            "lending.services.sync.x__stored__mutmut_*",
            "lending.services.sync.x__expire_backlog__mutmut_*",
            "lending.services.sync.xǁMutationǁ*",
            "lending.services.sync.xǁ_Knownǁ*",
        ),
        (
            # not test_ussd.py (92 tests, half the time of this list): test_pin_rules.py drives the PIN and its lock
            # through the same services, to the second
            "tests/integration/test_loans.py",
            "tests/integration/test_receipts.py",
            "tests/integration/test_exposure.py",
            "tests/integration/test_offline_offers.py",
            "tests/integration/test_sync.py",
            "tests/integration/test_idempotency_rules.py",
            "tests/integration/test_pin_rules.py",
            "tests/integration/test_exposure_rules.py",
            "tests/integration/test_sync_apply_rules.py",
        ),
        whole_files=False,
    ),
)


def _settings(group: Group) -> str:
    """The project's pyproject.toml with mutmut's settings for `group` (mutmut reads them from its own folder)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    settings = {
        "source_paths": ["lending/", "ussd/"],
        "only_mutate": list(group.files),
        "also_copy": [name for name in LINKED if name not in ("lending", "ussd")],
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "-q", "-x", "--no-header"],
        "pytest_add_cli_args_test_selection": list(group.tests),
    }
    lines = ["", "[tool.mutmut]", *(f"{key} = {json.dumps(value)}" for key, value in settings.items())]
    return text + "\n".join(lines) + "\n"


def _prepare(group: Group) -> Path:
    folder = WORK / group.name
    folder.mkdir(parents=True, exist_ok=True)
    for name in LINKED:
        link = folder / name
        if not link.is_symlink():
            if link.exists():
                shutil.rmtree(link) if link.is_dir() else link.unlink()
            link.symlink_to(ROOT / name)
    (folder / "pyproject.toml").write_text(_settings(group), encoding="utf-8")
    return folder


def _memory_cap() -> None:
    """At most MEMORY_CAP bytes of data per process (mutmut and each forked mutant): a mutant that loops forever
    growing a list (`k += 1` → `k = 1`) fails with MemoryError in seconds instead of filling the machine's memory."""
    resource.setrlimit(resource.RLIMIT_DATA, (MEMORY_CAP, MEMORY_CAP))


def _changed_since(ref: str) -> set[str]:
    out = subprocess.run(["git", "diff", "--name-only", ref, "--"], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"git diff {ref}: {out.stderr.strip()}")
    return set(out.stdout.split())


def _module_globs(group: Group, changed: set[str]) -> tuple[str, ...]:
    """The group's mutant names narrowed to the modules among `changed` (paths)."""
    modules = sorted({p[:-3].replace("/", ".") for p in changed if any(fnmatch.fnmatch(p, f) for f in group.files)})
    return tuple(g for m in modules for g in ([g for g in group.names if g.startswith(f"{m}.")] or [f"{m}.*"]))


def _results(folder: Path) -> dict[str, int | None]:
    codes: dict[str, int | None] = {}
    for meta in (folder / "mutants").rglob("*.py.meta"):
        codes.update(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    return codes


def _equivalent() -> dict[str, str]:
    """Mutant name → why no behaviour can tell it from the original, from every file in EQUIVALENT."""
    found: dict[str, str] = {}
    for path in sorted(EQUIVALENT.glob("*.toml")):
        for name, entry in tomllib.loads(path.read_text(encoding="utf-8")).items():
            if not entry.get("why", "").strip():
                sys.exit(f"{path.relative_to(ROOT)}: {name} has no `why`")
            found[name] = entry["why"]
    return found


def _module_of(name: str) -> str:
    return re.sub(r"\.x_.*$|\.xǁ.*$", "", name)


def score(codes: dict[str, int | None], globs: tuple[str, ...], equivalent: dict[str, str]) -> dict:
    chosen = {n: c for n, c in codes.items() if any(fnmatch.fnmatch(n, g) for g in globs)}
    counted = {n: c for n, c in chosen.items() if n not in equivalent}
    killed = [n for n, c in counted.items() if c in KILLED or c in TIMEOUT]
    survived = sorted(n for n, c in counted.items() if c in SURVIVED or c in NO_TESTS)
    unchecked = sorted(n for n, c in counted.items() if n not in killed and n not in survived)
    by_module: dict[str, list[int]] = {}
    for n in counted:
        total = by_module.setdefault(_module_of(n), [0, 0])
        total[0] += n in killed
        total[1] += 1
    return {
        "mutants": len(chosen),
        "equivalent": len(chosen) - len(counted),
        "killed": len(killed),
        "survived": survived,
        "unchecked": unchecked,
        "score": 100.0 * len(killed) / len(counted) if counted else 100.0,
        "by_module": by_module,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.mutation", description=__doc__.split("\n\n")[0])
    parser.add_argument("--group", choices=[g.name for g in GROUPS], action="append", help="only this group")
    parser.add_argument("--changed", metavar="REF", help="only the modules changed since git REF")
    parser.add_argument("--only", metavar="GLOB", action="append", help="only mutants named so, e.g. 'lending.money.*'")
    parser.add_argument("--children", type=int, default=os.cpu_count() or 2, help="mutants run at once")
    parser.add_argument("--report-only", action="store_true", help="score what earlier runs left, run nothing")
    args = parser.parse_args(argv)
    mutmut = Path(sys.executable).with_name("mutmut")
    equivalent = _equivalent()
    changed = _changed_since(args.changed) if args.changed else None
    summary, failed = {}, False
    for group in GROUPS:
        if args.group and group.name not in args.group:
            continue
        globs = group.names if changed is None else _module_globs(group, changed)
        if args.only:  # a glob inside the group's names, or the group's names it covers ('lending.services.sync.*')
            inside = [g for g in args.only if any(fnmatch.fnmatch(g.rstrip("*") + "x", n) for n in group.names)]
            covered = [n for n in group.names if any(fnmatch.fnmatch(n, g) for g in args.only)]
            globs = tuple(dict.fromkeys([*inside, *covered]))
        if not globs:
            print(f"{group.name}: no module of this group changed since {args.changed}")
            continue
        folder = _prepare(group)
        if not args.report_only:
            print(f"{group.name}: mutating {', '.join(group.files)} against {', '.join(group.tests)}", flush=True)
            env = {**os.environ, "OMP_NUM_THREADS": "1", "AGRILEND_MUTATION": "1"}  # OMP: xgboost's pool hangs a fork
            # named mutants are always tested again; with none named, mutmut keeps the results of unchanged functions
            named = [] if globs == group.names and group.whole_files else list(globs)
            command = [str(mutmut), "run", "--max-children", str(args.children), *named]
            run = subprocess.run(command, cwd=folder, env=env, preexec_fn=_memory_cap)
            if run.returncode != 0:
                print(f"{group.name}: mutmut stopped with exit code {run.returncode}", file=sys.stderr)
                return 2
        result = score(_results(folder), globs, equivalent)
        summary[group.name] = {**result, "floor": group.floor}
        failed |= result["score"] < group.floor or bool(result["unchecked"])
    _print(summary)
    (WORK / "report.json").write_text(json.dumps(summary, indent=2, sort_keys=True), encoding="utf-8")
    return 1 if failed else 0


def _print(summary: dict) -> None:
    print()
    print(f"{'group / module':<44} {'killed':>7} {'of':>6} {'score':>7}  floor")
    for name, result in summary.items():
        counted = result["mutants"] - result["equivalent"]
        print(f"{name:<44} {result['killed']:>7} {counted:>6} {result['score']:>6.1f}%  {result['floor']:.0f}%")
        for module, (killed, total) in sorted(result["by_module"].items()):
            print(f"  {module:<42} {killed:>7} {total:>6} {100.0 * killed / total:>6.1f}%")
        print(f"  ({result['equivalent']} equivalent mutants left out, listed in {EQUIVALENT.relative_to(ROOT)})")
    for name, result in summary.items():
        if result["survived"]:
            print(f"\n{name}: {len(result['survived'])} surviving (see one: cd .mutmut/{name} && mutmut show NAME)")
            for mutant in result["survived"]:
                print(f"  {mutant}")
        if result["unchecked"]:
            print(f"\n{name}: {len(result['unchecked'])} not checked or suspicious: {', '.join(result['unchecked'])}")
    print(f"\nwritten: {(WORK / 'report.json').relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
