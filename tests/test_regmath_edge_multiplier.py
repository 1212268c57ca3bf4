"""regmath.diamond.edge_multiplier: the edge's closed-form λ against the exact solver."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import constrained
from regmath.diamond import edge_curvature, edge_direction, edge_multiplier
from regmath.quadratic import Quadratic


@pytest.mark.parametrize("center, hessian, radius", [
    ([0.35, 0.25], [[2.0, 0.6], [0.6, 1.0]], 0.36),
    ([0.9, -0.7], [[1.0, 0.2], [0.2, 3.0]], 0.8),
    ([-1.2, -1.0], [[2.0, 0.3], [0.3, 1.5]], 1.0),
])
def test_edge_multiplier_is_the_solvers_on_an_edge(center, hessian, radius):
    loss = Quadratic(center=center, hessian=hessian)
    sol = constrained(loss, norm="l1", radius=radius)
    assert sol.multiplier > 0.0 and not sol.at_corner
    signs = np.sign(sol.point)
    assert np.all(signs == np.sign(center))
    lam = edge_multiplier(loss, signs, radius)
    assert lam == pytest.approx(sol.multiplier, rel=1e-12)
    # sᵀŵ = ‖ŵ‖₁ when s = sign(ŵ): the form the scene writes.
    inverse = np.linalg.inv(np.asarray(hessian))
    assert lam == pytest.approx((np.abs(center).sum() - radius) / (signs @ inverse @ signs),
                                rel=1e-12)


@pytest.mark.parametrize("hessian, signs", [
    ([[1.1, -0.5], [-0.5, 3.9]], [1.0, 1.0]),
    ([[2.0, 0.6], [0.6, 1.0]], [1.0, -1.0]),
    ([[1e4, 0.0], [0.0, 1.0]], [-1.0, 1.0]),
])
def test_edge_curvature_is_s_hinv_s(hessian, signs):
    """sᵀH⁻¹s against a 50-digit solve of H x = s (an independent computation)."""
    from mpmath import matrix, mp, lu_solve

    mp.dps = 50
    loss = Quadratic(center=[0.3, 0.2], hessian=hessian)
    x = lu_solve(matrix(hessian), matrix(signs))
    exact = float(sum(x[k] * signs[k] for k in range(2)))
    assert edge_curvature(loss, signs) == pytest.approx(exact, rel=1e-13)


def test_edge_curvature_default_data():
    """The InactiveConstraint data: 6/4.04 = 1.485 (det H = 4.04)."""
    loss = Quadratic(center=[0.35, 0.25], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    assert edge_curvature(loss, [1.0, 1.0]) == pytest.approx(6.0 / 4.04, rel=1e-13)


@pytest.mark.parametrize("hessian, signs", [
    ([[1.1, -0.5], [-0.5, 3.9]], [1.0, 1.0]),
    ([[2.0, 0.6], [0.6, 1.0]], [1.0, -1.0]),
    ([[1e4, 0.0], [0.0, 1.0]], [-1.0, 1.0]),
])
def test_edge_direction_is_h_inverse_s(hessian, signs):
    """H⁻¹s against a 50-digit solve of H x = s (an independent computation), and its
    inner product with s is edge_curvature."""
    from mpmath import matrix, mp, lu_solve

    mp.dps = 50
    loss = Quadratic(center=[0.3, 0.2], hessian=hessian)
    x = lu_solve(matrix(hessian), matrix(signs))
    direction = edge_direction(loss, signs)
    for k in range(2):
        assert direction[k] == pytest.approx(float(x[k]), rel=1e-12, abs=1e-15)
    assert float(np.dot(signs, direction)) == pytest.approx(edge_curvature(loss, signs),
                                                            rel=1e-12)


def test_edge_direction_default_data():
    """The InactiveConstraint data: H⁻¹(1, 1) = (4.4, 1.6)/4.04 = (1.089, 0.396)."""
    loss = Quadratic(center=[0.35, 0.25], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    assert edge_direction(loss, [1.0, 1.0]).tolist() == pytest.approx(
        [4.4 / 4.04, 1.6 / 4.04], rel=1e-13)


def test_edge_curvature_terms_sum_to_the_curvature_and_match_a_direct_solve() -> None:
    import numpy as np

    from regmath.diamond import edge_curvature, edge_curvature_terms
    from regmath.quadratic import Quadratic
    # InactiveConstraint's data: H⁻¹(1, 1) = (4.4, 1.6)/4.04 by hand (det H = 4.04).
    loss = Quadratic(center=[0.35, 0.25], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    np.testing.assert_allclose(edge_curvature_terms(loss, [1.0, 1.0]),
                               [4.4 / 4.04, 1.6 / 4.04], rtol=1e-12)
    for signs in ([1.0, -1.0], [-1.0, 1.0], [-1.0, -1.0]):
        terms = edge_curvature_terms(loss, signs)
        np.testing.assert_allclose(terms, np.array(signs) * np.linalg.solve(
            np.array([[1.1, -0.5], [-0.5, 3.9]]), signs), rtol=1e-12)
        assert abs(terms.sum() - edge_curvature(loss, signs)) < 1e-12
