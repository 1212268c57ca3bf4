"""regmath.diamond.edge_multiplier: the edge's closed-form λ against the exact solver."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import constrained
from regmath.diamond import edge_multiplier
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
