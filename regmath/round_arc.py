"""The part of a round contour near a boundary point that stays outside the ball.

A scene compares f's elliptical contour through w* with the round one, the
circle about ŵ through w*. Near w* that circle may dip into the ball (its
normal at w* is w* − ŵ, not the ball's normal), and a dashed circle cutting
through the diamond invites a question the story does not answer. This module
keeps, of the circle's samples on either side of w*, only the run that starts at
w* and stays outside the ball (or on it).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from regmath.drawing import round_contour
from regmath.errors import InvalidArgumentError
from regmath.lp import lp_norm

__all__ = ["round_arc_outside"]

#: The exponent p of each ball's norm.
NORM_EXPONENTS: dict[str, float] = {"l1": 1.0, "l2": 2.0}

#: Relative slack for "on the ball": w* itself has ‖w*‖_p = t up to rounding.
ON_BALL_RTOL = 1e-9


def round_arc_outside(center: ArrayLike, through: ArrayLike, *, norm: str, radius: float,
                      samples: int = 129, half_angle_degrees: float = 70.0
                      ) -> NDArray[np.float64]:
    r"""The arc of the circle about ``center`` through ``through`` that stays outside ‖w‖_p ≤ t.

    The circle is `regmath.drawing.round_contour` (samples at θ_k = 2πk/(n − 1)
    from the angle of p − c, n = ``samples``). Walking from p = ``through`` in
    each direction for at most m = round((n − 1) · α/360) samples (α =
    ``half_angle_degrees``), a sample is kept while ‖q‖_p ≥ t (1 − 10⁻⁹); the
    walk stops at the first sample inside the ball. The result runs from the
    last kept sample on the backward side, through p, to the last kept one on
    the forward side.

    Parameters
    ----------
    center, through : array_like, shape (2,)
        The circle's centre c and a point p on it (w* on the ball's boundary).
    norm : {"l1", "l2"}
        The ball: ‖w‖₁ ≤ t (the diamond, p = 1) or ‖w‖₂ ≤ t (the circle, p = 2).
    radius : float
        t > 0, the ball's radius.
    samples : int
        Samples of the whole circle (≥ 3).
    half_angle_degrees : float
        α in (0, 180]: the arc reaches at most this far either side of p.

    Returns
    -------
    ndarray, shape (k, 2)
        The arc's points in order, k ≥ 1 (k = 1: only p, when the circle enters
        the ball on both sides at once).

    Raises
    ------
    InvalidArgumentError
        If ``norm`` is not "l1" or "l2", ``radius`` is not positive and finite, ``half_angle_degrees`` is not in
        (0, 180], or the points are not 2D (from `round_contour`).
    """
    if norm not in NORM_EXPONENTS:
        raise InvalidArgumentError("norm", f"norm must be 'l1' or 'l2', got {norm!r}")
    p = NORM_EXPONENTS[norm]
    t = float(radius)
    if not (np.isfinite(t) and t > 0.0):
        raise InvalidArgumentError("radius", f"radius must be positive and finite, got {radius}")
    alpha = float(half_angle_degrees)
    if not (0.0 < alpha <= 180.0):
        raise InvalidArgumentError("half_angle_degrees",
                                   f"half_angle_degrees must be in (0, 180], got {alpha}")
    circle = round_contour(center, through, samples=samples)
    n = circle.shape[0]
    m = max(1, round((n - 1) * alpha / 360.0))
    outside = np.asarray(lp_norm(circle, p), dtype=float) >= t * (1.0 - ON_BALL_RTOL)

    def run(indices: range) -> list[int]:
        kept = []
        for i in indices:
            if not outside[i]:
                break
            kept.append(i)
        return kept

    forward = run(range(1, m + 1))
    backward = run(range(n - 2, n - 2 - m, -1))
    order = [*reversed(backward), 0, *forward]
    return circle[order]
