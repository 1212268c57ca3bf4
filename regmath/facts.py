r"""The facts a scene's words are chosen by, decided exactly from the solution.

A scene says "w₁* is exactly zero", "the touch is on an edge", "ŵ is inside
the ball" or "ridge shrinks the two weights by different factors" only when
the fact below says so for the data on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.lp import lp_norm

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from regmath.quadratic import Quadratic
    from regmath.solution import Solution

__all__ = ["SolutionKind", "solution_kind", "ridge_penalty_strength", "shrink_factors", "isotropic", "isotropic_factor",
           "isotropic_solution", "inside_ball", "pull_aims_at_center", "pull_turn"]

SolutionKind = Literal["interior", "boundary", "corner", "edge", "circle", "origin"]


def solution_kind(solution: Solution) -> SolutionKind:
    """Where w* lies, for a constrained solution.

    "origin" (t = 0, so w* = 0), "interior" (λ = 0 and ŵ strictly inside,
    w* = ŵ), "boundary" (λ = 0 with ŵ exactly on the boundary), "corner"
    (L1, one nonzero weight), "edge" (L1, every weight nonzero, 2D), "circle"
    (L2, active).
    """
    if solution.radius == 0.0:
        return "origin"
    if not solution.active:
        p = 1.0 if solution.norm == "l1" else 2.0
        return "boundary" if lp_norm(solution.point, p) >= solution.radius else "interior"
    if solution.norm == "l2":
        return "circle"
    return "corner" if solution.at_corner else "edge"


def inside_ball(point: NDArray[np.float64], *, norm: str, radius: float) -> bool:
    """Whether ‖point‖_p < t strictly."""
    return bool(lp_norm(np.asarray(point, dtype=float), 1.0 if norm == "l1" else 2.0) < radius)


def shrink_factors(loss: Quadratic, solution: Solution) -> NDArray[np.float64]:
    """w*ᵢ / ŵᵢ for each weight (NaN where ŵᵢ = 0): how much each weight was shrunk."""
    center = np.asarray(loss.center, dtype=float)
    out = np.full(center.shape, np.nan)
    nonzero = center != 0.0
    out[nonzero] = solution.point[nonzero] / center[nonzero]
    return out


def isotropic(loss: Quadratic) -> bool:
    """Whether H is a multiple of the identity (all eigenvalues exactly equal).

    Only then does ridge shrink every weight by the same factor.
    """
    d = loss.eigenvalues
    return bool(np.all(d == d[0]))


def isotropic_factor(center: NDArray[np.float64], *, radius: float) -> float:
    """The factor w* / ŵ of the L2 constraint when H is a multiple of I: t/‖ŵ‖₂ when ŵ lies
    outside the circle (w* = t ŵ/‖ŵ‖₂), 1 when inside."""
    size = float(np.linalg.norm(np.asarray(center, dtype=float)))
    return 1.0 if size <= radius else radius / size


def isotropic_solution(center: NDArray[np.float64], *, radius: float) -> NDArray[np.float64]:
    """The L2 solution when H is a multiple of I: ŵ scaled to the circle, t ŵ/‖ŵ‖₂ (ŵ itself
    when inside)."""
    c = np.asarray(center, dtype=float)
    return isotropic_factor(c, radius=radius) * c


def ridge_penalty_strength(solution: Solution) -> float:
    """The ridge penalty strength μ for which min f(w) + (μ/2)‖w‖₂² has the same w* as the
    L2 constraint ‖w‖₂ ≤ t: the constraint's balance −∇f(w*) = λg with g = w*/t (the unit
    normal) is the penalty's stationarity −∇f(w*) = μw* for μ = λ/t (μ = λ at t = 1).

    Raises
    ------
    InvalidArgumentError
        ``solution`` not of the L2 constraint, or with t = 0.
    """
    if solution.norm != "l2" or not solution.radius > 0.0:
        raise InvalidArgumentError("solution", "needs an L2 constraint with t > 0")
    return float(solution.multiplier) / float(solution.radius)


def pull_aims_at_center(loss: Quadratic, point: NDArray[np.float64], *,
                        rtol: float = 1e-9) -> bool:
    r"""Whether the pull −∇f(p) = H(ŵ − p) at ``point`` p points straight at the centre ŵ:
    H(ŵ − p) = c(ŵ − p) with c > 0, i.e. ŵ − p is an eigenvector of H (always so when
    H = cI). False at p = ŵ (no pull)."""
    d = np.asarray(loss.center, dtype=float) - np.asarray(point, dtype=float)
    pull = np.asarray(loss.hessian, dtype=float) @ d
    scale = float(np.linalg.norm(pull) * np.linalg.norm(d))
    if scale == 0.0:
        return False
    return abs(float(pull[0] * d[1] - pull[1] * d[0])) <= rtol * scale and float(pull @ d) > 0.0


def pull_turn(loss: Quadratic, point: NDArray[np.float64]) -> float:
    r"""The angle, in degrees (0 to 180), between the pull −∇f(p) = H(ŵ − p) at ``point`` p
    and the way ŵ − p straight to the centre: 0 exactly when `pull_aims_at_center`.
    Computed with atan2 of the cross and dot products (accurate near 0 and 180).
    Raises InvalidArgumentError at p = ŵ (no pull, no way)."""
    d = np.asarray(loss.center, dtype=float) - np.asarray(point, dtype=float)
    pull = np.asarray(loss.hessian, dtype=float) @ d
    if not np.any(d) or not np.any(pull):
        raise InvalidArgumentError("point", "the pull's turn needs p ≠ ŵ (there is no pull at ŵ)")
    cross = float(pull[0] * d[1] - pull[1] * d[0])
    return float(np.degrees(np.arctan2(abs(cross), float(pull @ d))))
