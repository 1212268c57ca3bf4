r"""The point of the L1 or L2 ball's boundary in a given direction (labels on outlines).

For a direction d ≠ 0 and a radius t ≥ 0 the boundary ‖w‖_p = t meets the ray
{s·d : s ≥ 0} at exactly one point, because the norm is positively homogeneous:

    w = t · d / ‖d‖_p,    p ∈ {1, 2}.

This is exact up to one rounding per coordinate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from regmath.errors import InvalidArgumentError

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

__all__ = ["boundary_towards"]


def boundary_towards(direction: ArrayLike, *, norm: str, radius: float) -> NDArray[np.float64]:
    """The point of the boundary ‖w‖_p = radius on the ray from 0 along ``direction``.

    w = radius · d / ‖d‖_p with p = 1 for ``norm="l1"`` and p = 2 for ``norm="l2"``.

    Parameters
    ----------
    direction : array_like, shape (2,)
        A nonzero direction d (any length).
    norm : {"l1", "l2"}
        Which ball.
    radius : float
        The ball's radius t ≥ 0.

    Returns
    -------
    ndarray, shape (2,)
        The boundary point (0 when radius = 0).

    Raises
    ------
    InvalidArgumentError
        If d is not a finite nonzero 2-vector, the norm is unknown, or the radius is
        negative or not finite.
    """
    d = np.asarray(direction, dtype=float)
    if d.shape != (2,) or not np.all(np.isfinite(d)) or not np.any(d):
        raise InvalidArgumentError("direction", f"must be a finite nonzero 2-vector, got {d!r}")
    if norm not in ("l1", "l2"):
        raise InvalidArgumentError("norm", f"must be 'l1' or 'l2', got {norm!r}")
    t = float(radius)
    if not np.isfinite(t) or t < 0.0:
        raise InvalidArgumentError("radius", f"must be finite and ≥ 0, got {radius!r}")
    length = float(np.sum(np.abs(d))) if norm == "l1" else float(np.hypot(d[0], d[1]))
    return t * d / length
