"""tools/variant_sample.py: the sample `make test` plays covers every rule any variant fires."""

from __future__ import annotations

from tools.variant_sample import cover, read_coverage, sample


def record(i: str, rules: list[str], seconds: float = 1.0, scene: str = "S") -> dict:
    return {"id": i, "scene": scene, "rules": rules, "seconds": seconds}


def test_every_rule_fired_by_some_variant_is_fired_by_a_chosen_one() -> None:
    rows = [record("a", ["x", "y"]), record("b", ["y", "z"]), record("c", ["w"]),
            record("d", ["x"])]
    chosen = cover(rows, minimum=1)
    fired = set().union(*(set(r["rules"]) for r in rows if r["id"] in chosen))
    assert fired == {"w", "x", "y", "z"}
    assert "c" in chosen  # the only variant that fires w
    assert len(chosen) == 3


def test_ties_go_to_the_quicker_variant_and_the_minimum_is_kept() -> None:
    rows = [record("slow", ["x"], seconds=9.0), record("quick", ["x"], seconds=2.0),
            record("other", ["x"], seconds=5.0)]
    assert cover(rows, minimum=1) == ["quick"]
    assert cover(rows, minimum=2) == ["other", "quick"]


def test_records_of_variants_gone_from_the_matrix_are_dropped(tmp_path) -> None:
    path = tmp_path / "coverage.jsonl"
    path.write_text('{"id": "a", "scene": "S", "rules": ["x"], "seconds": 3}\n'
                    '{"id": "a", "scene": "S", "rules": ["y"], "seconds": 2}\n'
                    '{"id": "gone", "scene": "T", "rules": ["z"], "seconds": 1}\n')
    records = read_coverage(path)
    assert records["a"]["rules"] == ["y"]  # the latest line wins
    assert sample(records, {"a"}) == {"S": ["a"]}
