"""Choose the lecturer variants `make test` plays: a set cover of the claim rules they fire.

    .venv/bin/python -m pytest tests/test_variants.py --all-variants -n 2 \\
        --variant-coverage tests/variant_coverage.jsonl     # a full run records what fired
    .venv/bin/python -m tools.variant_sample                # writes tests/variant_sample.py

Every played variant fires claim rules (tests/claims_*.py: which phrasing the
facts chose, in the words and on the screen). Per scene, this picks variants
greedily until every rule that any of the scene's variants fired is fired by
one picked (ties go to the quicker variant), and at least `MIN_PER_SCENE`. A
rule only one variant fires keeps that variant in the sample, so every
phrasing a scene can choose is still said, and checked, in `make test`; the
rest of the matrix runs in `make test-all`.

The coverage file keeps the latest line per variant id, so a new scene's
variants are added by running them alone with ``--variant-coverage`` and
running this again; until then a variant with no record is always played.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

COVERAGE = Path("tests/variant_coverage.jsonl")
SAMPLE = Path("tests/variant_sample.py")
#: A scene keeps at least this many played variants even when fewer fire all its rules:
#: one variant firing every rule could still be the only one to pass by luck.
MIN_PER_SCENE = 2


def read_coverage(path: Path) -> dict[str, dict]:
    """Variant id → its latest record (scene, rules fired, seconds)."""
    records: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[record["id"]] = record
    return records


def cover(records: list[dict], *, minimum: int = MIN_PER_SCENE) -> list[str]:
    """Greedy set cover of the rules fired by ``records`` (one scene's variants)."""
    uncovered = set().union(*(set(r["rules"]) for r in records))
    left = sorted(records, key=lambda r: (r["seconds"], r["id"]))
    chosen: list[str] = []
    while left and (uncovered or len(chosen) < minimum):
        best = max(left, key=lambda r: (len(uncovered & set(r["rules"])), -r["seconds"]))
        chosen.append(best["id"])
        uncovered -= set(best["rules"])
        left.remove(best)
    return sorted(chosen)


def sample(records: dict[str, dict], known: set[str]) -> dict[str, list[str]]:
    """Scene → the variant ids it keeps (records of variants no longer in the matrix dropped)."""
    by_scene: dict[str, list[dict]] = defaultdict(list)
    for record in records.values():
        if record["id"] in known:
            by_scene[record["scene"]].append(record)
    return {scene: cover(rows) for scene, rows in sorted(by_scene.items())}


def write_sample(chosen: dict[str, list[str]], records: dict[str, dict], path: Path, *,
                 unrecorded: list[str]) -> None:
    total = sum(len(ids) for ids in chosen.values())
    seconds = sum(records[i]["seconds"] for ids in chosen.values() for i in ids)
    every = sum(r["seconds"] for r in records.values())
    lines = [
        '"""The lecturer variants `make test` plays (written by tools/variant_sample.py; do not edit).',
        "",
        f"{total} of {len(records)} recorded rendering variants ({seconds:.0f} of {every:.0f} s in the runs",
        "that recorded tests/variant_coverage.jsonl): per scene, a set cover of the claim rules its",
        f"variants fire; and the {len(unrecorded)} variants no run has recorded yet, all played.",
        '`make test-all` plays every variant."""',
        "",
        "SAMPLE: frozenset[str] = frozenset({",
    ]
    for scene, ids in chosen.items():
        lines.append(f"    # {scene}")
        lines.extend(f'    "{i}",' for i in ids)
    if unrecorded:
        lines.append("    # not yet recorded")
        lines.extend(f'    "{i}",' for i in unrecorded)
    lines.append("})")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coverage", type=Path, default=COVERAGE)
    parser.add_argument("--out", type=Path, default=SAMPLE)
    args = parser.parse_args()
    from tests.test_variants import VARIANTS

    known = {v.id for v in VARIANTS if not v.refused}
    records = {i: r for i, r in read_coverage(args.coverage).items() if i in known}
    chosen = sample(records, known)
    # A variant no run has recorded yet (a new one, or a new scene's) is always played:
    # nothing says which rules it alone fires.
    unrecorded = sorted(known - records.keys())
    write_sample(chosen, records, args.out, unrecorded=unrecorded)
    print(f"{args.out}: {sum(map(len, chosen.values()))} of {len(records)} recorded variants, "
          f"and {len(unrecorded)} not yet recorded")


if __name__ == "__main__":
    main()
