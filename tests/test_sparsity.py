"""The exact L1 solution map and the sparsity experiment."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import Quadratic, constrained
from regmath.drawing import view_box
from regmath.sparsity import l1_solution_regions, solutions_along, sparsity_experiment


def contains(polygon: np.ndarray, point: np.ndarray, slack: float = 1e-12) -> bool:
    edges = np.roll(polygon, -1, axis=0) - polygon
    rel = point - polygon
    return bool(np.all(edges[:, 0] * rel[:, 1] - edges[:, 1] * rel[:, 0] >= -slack))


@pytest.mark.parametrize("hessian", [[[1.1, -0.5], [-0.5, 3.9]], [[1.0, 0.0], [0.0, 1.0]],
                                     [[5.0, 2.0], [2.0, 1.0]]], ids=["tilted", "round", "steep"])
def test_every_random_center_lands_in_the_region_of_its_solution(
    rng: np.random.Generator, hessian: list
) -> None:
    box = view_box([[-3.0, -3.0], [3.0, 3.0]])
    regions = l1_solution_regions(hessian, 1.0, box)
    assert len(regions) == 9
    for _ in range(2000):
        center = rng.uniform(box.x_range[0], box.x_range[1], 2)
        sol = constrained(Quadratic(center=center, hessian=hessian), norm="l1", radius=1.0)
        kind = "interior" if not sol.active else ("corner" if sol.at_corner else "edge")
        hits = [r for r in regions if contains(r.polygon, center)]
        assert len(hits) >= 1
        # On a shared boundary both neighbours may claim the point; one must be right.
        assert any(r.kind == kind and (kind != "corner" or r.zero_weights == sol.zero_weights)
                   for r in hits)


def test_corner_wedges_start_at_the_corner_along_inverse_hessian_normals() -> None:
    hessian = np.array([[2.0, 0.5], [0.5, 1.0]])
    regions = l1_solution_regions(hessian, 1.5, view_box([[-4.0, -4.0], [4.0, 4.0]]))
    corner = next(r for r in regions if r.kind == "corner" and np.allclose(r.apex, [1.5, 0.0]))
    assert any(np.array_equal(v, [1.5, 0.0]) for v in corner.polygon)
    inverse = np.linalg.inv(hessian)
    for g in ([1.0, 1.0], [1.0, -1.0]):
        ray = inverse @ np.array(g)
        # A point slightly along each ray is on the wedge's boundary, so in the polygon.
        assert contains(corner.polygon, np.array([1.5, 0.0]) + 0.1 * ray / np.linalg.norm(ray),
                        slack=1e-9)


def test_sparsity_experiment_is_reproducible_and_counts_exact_zeros() -> None:
    first = sparsity_experiment(400, seed=7)
    again = sparsity_experiment(400, seed=7)
    np.testing.assert_array_equal(first.centers, again.centers)
    np.testing.assert_array_equal(first.l1_sparse, again.l1_sparse)
    assert np.all(np.hypot(first.centers[:, 0], first.centers[:, 1]) > 1.0)
    for k in range(0, 400, 37):
        loss = Quadratic(center=first.centers[k], hessian=first.hessians[k])
        point = constrained(loss, norm="l1", radius=1.0).point
        assert first.l1_sparse[k] == bool(np.any(point == 0.0))
    assert first.l2_fraction == 0.0
    assert 0.3 < first.l1_fraction < 0.9


def test_sparsity_fractions_for_the_readme() -> None:
    """Prints the fractions SparsityOdds shows (5,000 losses, seed 2026)."""
    result = sparsity_experiment(5000, seed=2026)
    print(f"\nL1 solutions with an exact zero: {result.l1_fraction:.1%}; "
          f"L2: {result.l2_fraction:.1%} (5000 losses, seed 2026)")
    assert result.l1_fraction > 0.4 and result.l2_fraction == 0.0


def test_solutions_along_a_path_match_single_solves() -> None:
    hessian = [[1.1, -0.5], [-0.5, 3.9]]
    centers = np.array([[2.0, 0.1], [1.5, 1.5], [-0.3, 2.2]])
    points, sparse = solutions_along(hessian, centers, norm="l1", radius=1.0)
    for c, p, s in zip(centers, points, sparse):
        expected = constrained(Quadratic(center=c, hessian=hessian), norm="l1", radius=1.0)
        np.testing.assert_array_equal(p, expected.point)
        assert s == bool(expected.zero_weights)
