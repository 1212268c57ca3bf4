r"""Lp norms as distances, and the exact boundary of the Lp ball for any p > 0.

‖w‖_p = (Σ |wᵢ|^p)^(1/p), with ‖w‖_∞ = max |wᵢ|. For p < 1 this is no norm
(the triangle inequality fails and the ball is not convex), but the level set
is still well defined and is what the story shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.solve import check_nonnegative

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

__all__ = ["lp_norm", "lp_ball_boundary", "manhattan_path", "check_p", "CORNER_GRID"]

#: The angle grid holds every multiple of π/4 when samples = CORNER_GRID·k + 1,
#: so the corners of p ≤ 1 balls (on the axes) and of the square (diagonals) are exact.
CORNER_GRID = 8


def check_p(p: float) -> float:
    """p > 0 (``np.inf`` allowed), else raise naming ``p``."""
    try:
        value = float(p)
    except (TypeError, ValueError):
        raise InvalidArgumentError("p", f"must be a number, got {p!r}") from None
    if np.isnan(value) or value <= 0.0:
        raise InvalidArgumentError("p", f"must be > 0 (or inf), got {p!r}")
    return value


def lp_norm(w: ArrayLike, p: float, *, axis: int = -1) -> NDArray[np.float64] | float:
    r"""‖w‖_p along ``axis``, scaled so it neither overflows nor underflows.

    Computed as m·(Σ (|wᵢ|/m)^p)^(1/p) with m = max |wᵢ|; exact for p = 1, ∞.
    """
    p = check_p(p)
    a = np.abs(np.asarray(w, dtype=float))
    if np.isinf(p):
        result = np.max(a, axis=axis)
    elif p == 1.0:
        result = np.sum(a, axis=axis)
    else:
        m = np.max(a, axis=axis, keepdims=True)
        safe = np.where(m > 0.0, m, 1.0)
        result = np.squeeze(safe, axis=axis) * np.sum((a / safe) ** p, axis=axis) ** (1.0 / p)
        result = np.where(np.squeeze(m, axis=axis) > 0.0, result, 0.0)
    return float(result) if np.ndim(result) == 0 else result


def lp_ball_boundary(p: float, radius: float = 1.0, *, samples: int = 257) -> NDArray[np.float64]:
    r"""The curve {w ∈ ℝ² : ‖w‖_p = t} as a closed polyline, shape (samples, 2).

    Radial form: w(θ) = t (cos θ, sin θ) / ‖(cos θ, sin θ)‖_p, exact for every
    p > 0 and p = ∞. Point k sits at angle θ_k = 2πk/(samples − 1) for every p,
    so curves for different p correspond point by point (for morphing). With
    samples ≡ 1 (mod 8) the grid holds every multiple of π/4 and the corners
    are exact points of the polyline.
    """
    p = check_p(p)
    radius = check_nonnegative(radius, "radius")
    if not isinstance(samples, (int, np.integer)) or samples < 9 or (samples - 1) % CORNER_GRID:
        raise InvalidArgumentError(
            "samples", f"must be 8k + 1 with k >= 1 (corners on the grid), got {samples!r}"
        )
    k = np.arange(samples)
    theta = 2.0 * np.pi * k / (samples - 1)
    direction = np.stack([np.cos(theta), np.sin(theta)], axis=-1)
    # cos and sin of multiples of π/2 are not exactly 0 in floating point; make
    # the grid's axis and diagonal directions exact so corners land exactly.
    quarter = (samples - 1) // 4
    axes = k % quarter == 0
    direction[axes] = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0], [1.0, 0.0]])[
        k[axes] // quarter
    ]
    eighth = (samples - 1) // 8
    diagonal = (k % quarter) == eighth
    signs = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])
    direction[diagonal] = signs[k[diagonal] // quarter] * np.sqrt(0.5)
    boundary = radius * direction / lp_norm(direction, p)[:, np.newaxis]
    boundary[-1] = boundary[0]
    return boundary


def manhattan_path(w: ArrayLike) -> NDArray[np.float64]:
    """The path 0 → (w₁, 0) → (w₁, w₂): along the axes, its length is ‖w‖₁."""
    point = np.asarray(w, dtype=float)
    if point.shape != (2,) or not np.all(np.isfinite(point)):
        raise InvalidArgumentError("w", f"must be a finite 2D point, got {w!r}")
    return np.array([[0.0, 0.0], [point[0], 0.0], [point[0], point[1]]])
