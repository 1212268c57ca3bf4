"""Shrinkage paths, the t ↔ λ curve and the boundary minimum."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import Quadratic, constrained, penalized
from regmath.boundary import boundary_minimum
from regmath.paths import radius_curve, shrinkage_paths, strength_grid


@pytest.fixture
def loss() -> Quadratic:
    return Quadratic(center=[2.0, 1.0], hessian=[[1.0, 0.3], [0.3, 2.0]])


def test_paths_equal_penalized_solves(loss: Quadratic) -> None:
    paths = shrinkage_paths(loss)
    assert np.all(np.diff(paths.strengths) > 0.0) and paths.strengths[0] == 0.0
    for k in range(0, len(paths.strengths), 17):
        lam = paths.strengths[k]
        np.testing.assert_allclose(paths.lasso[k], penalized(loss, norm="l1", strength=lam).point,
                                   atol=1e-12)
        np.testing.assert_allclose(paths.ridge[k], penalized(loss, norm="l2", strength=lam).point,
                                   atol=1e-12)
    # Every knot is on the grid, so the drawn polyline bends exactly there.
    assert set(paths.knots) <= set(paths.strengths)
    # The lasso reaches 0 at λ_max and stays; ridge never does.
    beyond = paths.strengths >= paths.knots[0]
    assert np.all(paths.lasso[beyond] == 0.0)
    assert np.all(np.abs(paths.ridge[1:]).sum(axis=1) > 0.0)


def test_ridge_path_is_straight_only_for_round_losses() -> None:
    round_loss = Quadratic(center=[2.0, 1.0], hessian=[[2.0, 0.0], [0.0, 2.0]])
    tilted = Quadratic(center=[2.0, 1.0], hessian=[[3.0, 0.0], [0.0, 0.5]])
    for loss, straight in ((round_loss, True), (tilted, False)):
        ridge = shrinkage_paths(loss).ridge
        cross = ridge[:, 0] * loss.center[1] - ridge[:, 1] * loss.center[0]
        assert (np.max(np.abs(cross)) < 1e-12) == straight


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_radius_curve_inverts_the_constrained_multiplier(loss: Quadratic, norm: str) -> None:
    strengths = strength_grid(loss, samples=41)
    radii = radius_curve(loss, strengths, norm=norm)
    assert np.all(np.diff(radii) <= 1e-12)
    for lam, t in zip(strengths[1:], radii[1:]):
        if t > 0.0:
            assert constrained(loss, norm=norm, radius=t).strength == pytest.approx(lam, rel=1e-9)


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_boundary_minimum_beats_dense_sampling(rng: np.random.Generator, norm: str) -> None:
    order = 1 if norm == "l1" else 2
    theta = np.linspace(0.0, 2.0 * np.pi, 100001)
    for _ in range(40):
        loss = Quadratic(center=rng.uniform(-2, 2, 2), eigenvalues=[1.0, 10 ** rng.uniform(0, 2)],
                         angle=rng.uniform(0, np.pi))
        t = float(rng.uniform(0.3, 2.0))
        point, level = boundary_minimum(loss, norm=norm, radius=t)
        assert np.linalg.norm(point, ord=order) == pytest.approx(t, rel=1e-13)
        u = np.stack([np.cos(theta), np.sin(theta)], axis=-1)
        u = t * u / np.linalg.norm(u, ord=order, axis=1, keepdims=True)
        sampled = float(np.min(loss.value(u)))
        assert level <= sampled + 1e-12 * max(sampled, 1.0)
        assert level >= sampled - 1e-6 * max(sampled, 1.0)  # sampling resolution


def test_boundary_minimum_outside_equals_the_constrained_solution(loss: Quadratic) -> None:
    for norm in ("l1", "l2"):
        point, level = boundary_minimum(loss, norm=norm, radius=1.0)
        sol = constrained(loss, norm=norm, radius=1.0)
        np.testing.assert_allclose(point, sol.point, atol=1e-12)
        assert level == pytest.approx(sol.level, rel=1e-12)


def test_boundary_minimum_in_the_degenerate_case() -> None:
    # β₁ = 0: ŵ on a principal axis, the minimum is off the axis (ρ = −d₁).
    loss = Quadratic(center=[0.0, 0.3], eigenvalues=[1.0, 4.0], angle=0.0)
    point, level = boundary_minimum(loss, norm="l2", radius=1.0)
    assert level == pytest.approx(0.44, rel=1e-14)
    assert abs(point[1]) == pytest.approx(0.4, rel=1e-14)
