r"""Solutions as functions of the penalty: shrinkage paths and the t ↔ λ curve.

Lasso: w(λ) = argmin ½ (w − ŵ)ᵀ H (w − ŵ) + λ‖w‖₁, piecewise linear in λ
with knots where a weight joins or leaves (exact, `regmath.l1.lasso_path`).
Ridge: w(λ) = (H + λI)⁻¹ H ŵ, a smooth curve that reaches 0 only as λ → ∞ and
is a straight segment only when H is a multiple of I.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.l1 import lasso_path
from regmath.lp import lp_norm
from regmath.solve import check_loss, check_norm, ridge_path

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

    from regmath.quadratic import Quadratic

__all__ = ["ShrinkagePaths", "shrinkage_paths", "radius_curve", "strength_grid"]


def strength_grid(loss: Quadratic, *, samples: int = 241, extent: float = 1.25) -> NDArray[np.float64]:
    """λ from 0 to ``extent`` · λ_max (λ_max = ‖Hŵ‖_∞, where the lasso reaches 0),
    with every lasso knot included exactly, so polylines through it bend at the knots."""
    if not isinstance(samples, (int, np.integer)) or samples < 2:
        raise InvalidArgumentError("samples", f"must be an integer >= 2, got {samples!r}")
    knots = lasso_path(check_loss(loss)).knots
    top = extent * float(knots[0])
    grid = np.linspace(0.0, top, samples)
    return np.unique(np.concatenate([grid, knots[knots <= top]]))


@dataclass(frozen=True, eq=False)
class ShrinkagePaths:
    """Lasso and ridge solutions over one grid of strengths.

    Attributes
    ----------
    strengths
        λ, increasing from 0, shape (m,), lasso knots included.
    lasso, ridge
        w(λ) for each, shape (m, n).
    knots
        The lasso knots λ_k, decreasing, and ``knot_points`` w(λ_k), shape (K+1, n).
    """

    strengths: NDArray[np.float64]
    lasso: NDArray[np.float64]
    ridge: NDArray[np.float64]
    knots: NDArray[np.float64]
    knot_points: NDArray[np.float64]


def shrinkage_paths(loss: Quadratic, strengths: ArrayLike | None = None) -> ShrinkagePaths:
    """Both paths on ``strengths`` (default `strength_grid`)."""
    loss = check_loss(loss)
    lam = strength_grid(loss) if strengths is None else np.asarray(strengths, dtype=float)
    path = lasso_path(loss)
    return ShrinkagePaths(lam, path.evaluate(lam), ridge_path(loss, lam), path.knots, path.points)


def radius_curve(loss: Quadratic, strengths: ArrayLike, *, norm: str) -> NDArray[np.float64]:
    r"""t(λ) = ‖w*(λ)‖_p: the radius whose constrained solution is the penalized one.

    Non-increasing in λ; for the lasso piecewise linear and 0 from λ_max on, for
    ridge smooth and positive.
    """
    loss = check_loss(loss)
    norm = check_norm(norm)
    lam = np.asarray(strengths, dtype=float)
    if norm == "l1":
        points = lasso_path(loss).evaluate(lam)
        return lp_norm(points, 1.0)
    return lp_norm(ridge_path(loss, lam), 2.0)
