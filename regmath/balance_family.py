"""The ŵ that share one constrained solution: points of the ray of balance.

At an active solution w* of ``min f(w) s.t. ‖w‖ ≤ t`` with f(w) = ½(w − ŵ)ᵀH(w − ŵ),
balance reads H(ŵ − w*) = λg (λ > 0, g an outward normal at w*). For any factor
φ > 0 the point ŵ_φ = w* + φ(ŵ − w*) satisfies H(ŵ_φ − w*) = (φλ)g, the same
balance with the multiplier φλ > 0; for a convex ball the conditions are
sufficient, so w* is also the solution for ŵ_φ (and for the L2 ball, whose
normal is unique, the only one). These functions give such points, the range of
φ that keeps them in a view, and the quadratic centred at one of them (the same
H), so that a scene draws "another ŵ on the ray" and its own touching contour.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from regmath.drawing import ViewBox
from regmath.errors import InvalidArgumentError
from regmath.quadratic import Quadratic
from regmath.solution import Solution

__all__ = ["ray_center", "ray_factor_range", "ray_loss", "tilt_marks"]


def ray_center(solution: Solution, center: ArrayLike, *, factor: float) -> NDArray[np.float64]:
    r"""The point ŵ_φ = w* + φ(ŵ − w*) of the ray of balance, shape (2,).

    Parameters
    ----------
    solution
        The active solution w* for the centre ``center`` (its ``point`` is w*).
    center
        ŵ, shape (2,).
    factor
        φ ≥ 0: 1 gives ŵ, 0 gives w*.

    Raises
    ------
    InvalidArgumentError
        If ``factor`` is negative or not finite, or the solution is inactive (g = 0).
    """
    phi = float(factor)
    if not np.isfinite(phi) or phi < 0.0:
        raise InvalidArgumentError("factor", "must be finite and ≥ 0")
    if not np.any(np.asarray(solution.normal, dtype=float)):
        raise InvalidArgumentError("solution", "has g = 0 (inactive): no ray of balance")
    w = np.asarray(solution.point, dtype=float)
    return w + phi * (np.asarray(center, dtype=float) - w)


def ray_loss(loss: Quadratic, solution: Solution, *, factor: float) -> Quadratic:
    """The quadratic with ``loss``'s H centred at ŵ_φ (`ray_center`): its constrained
    solution is ``solution.point`` for every φ > 0 (module docstring).

    Raises
    ------
    InvalidArgumentError
        As `ray_center`.
    """
    return Quadratic(center=ray_center(solution, loss.center, factor=factor),
                     eigenvalues=loss.eigenvalues, eigenvectors=loss.eigenvectors)


def ray_factor_range(solution: Solution, center: ArrayLike, view: ViewBox, *,
                     margin: float = 0.0) -> tuple[float, float]:
    r"""The factors φ ≥ 0 for which ŵ_φ lies in ``view`` shrunk by ``margin`` on each side.

    ŵ_φ = w* + φd with d = ŵ − w*; each coordinate bound lo ≤ w*_i + φ d_i ≤ hi is
    an interval of φ (all φ when d_i = 0 and w*_i is within bounds, none otherwise);
    the result is the intersection of the two with [0, ∞), as (φ_lo, φ_hi).

    Raises
    ------
    InvalidArgumentError
        If ``margin`` is negative, or no φ ≥ 0 keeps the point in the shrunk view
        (w* itself outside it), or the range is unbounded (d = 0).
    """
    if not np.isfinite(margin) or margin < 0.0:
        raise InvalidArgumentError("margin", "must be finite and ≥ 0")
    w = np.asarray(solution.point, dtype=float)
    d = np.asarray(center, dtype=float) - w
    lo, hi = 0.0, np.inf
    for i, (a, b, _) in enumerate((view.x_range, view.y_range)):
        a, b = a + margin, b - margin
        if d[i] == 0.0:
            if not a <= w[i] <= b:
                lo, hi = 1.0, 0.0
            continue
        ends = sorted(((a - w[i]) / d[i], (b - w[i]) / d[i]))
        lo, hi = max(lo, ends[0]), min(hi, ends[1])
    if not lo <= hi:
        raise InvalidArgumentError("view", "holds no point of the ray of balance")
    if not np.isfinite(hi):
        raise InvalidArgumentError("center", "equals w*: the ray has no direction")
    return float(lo), float(hi)


def tilt_marks(loss: Quadratic, level: float) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""The long axis of the contour {f = ``level``} and a level line of the same length
    through its centre, each as a segment of shape (2, 2).

    For f(w) = ½(w − ŵ)ᵀH(w − ŵ) the contour is an ellipse centred at ŵ whose long
    half-axis is √(2·level/μ_min) along the eigenvector v_min of the smallest eigenvalue
    μ_min of H; the segments are ŵ ± a·v_min and ŵ ± a·e₁ (a that half-length), so the
    angle between them is the ellipse's tilt against the w₁-axis.

    Raises
    ------
    InvalidArgumentError
        If ``level`` is not positive and finite, or H is singular (the contour is
        unbounded).
    """
    level = float(level)
    if not np.isfinite(level) or level <= 0.0:
        raise InvalidArgumentError("level", "must be finite and > 0")
    values, vectors = np.linalg.eigh(np.asarray(loss.hessian, dtype=float))
    if values[0] <= 0.0:
        raise InvalidArgumentError("loss", "has a singular H: its contours are unbounded")
    half = np.sqrt(2.0 * level / values[0])
    c = np.asarray(loss.center, dtype=float)
    v = vectors[:, 0]
    e1 = np.array([1.0, 0.0])
    return np.array([c - half * v, c + half * v]), np.array([c - half * e1, c + half * e1])
