r"""A loss's Hessian reached continuously from the identity: H_s = (1 − s)·I + s·H.

Used to show (not cross-fade) how H⁻¹ tilts a corner's normal cone into its wedge and
reshapes the lasso's solution map: every H_s on the way is symmetric positive definite
(a convex combination of two such matrices), so the map and the cone exist at every s.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from regmath.drawing import ViewBox
from regmath.errors import InvalidArgumentError
from regmath.sparsity import cone_directions, room_along

__all__ = ["hessian_path", "morph_tips", "morph_fan", "morph_room"]


def hessian_path(hessian: ArrayLike, amount: float) -> NDArray[np.float64]:
    r"""H_s = (1 − s)·I + s·H, the straight path from the identity to ``hessian``.

    Parameters
    ----------
    hessian : (2, 2) symmetric positive definite H.
    amount : s in [0, 1]; s = 0 gives I, s = 1 gives H exactly.

    Returns
    -------
    (2, 2) array, symmetric positive definite.

    Raises
    ------
    InvalidArgumentError
        ``amount`` outside [0, 1]; ``hessian`` not 2 × 2, not symmetric or not
        positive definite.
    """
    h = np.asarray(hessian, dtype=float)
    if h.shape != (2, 2) or not np.all(np.isfinite(h)):
        raise InvalidArgumentError("hessian", f"must be a finite 2 x 2 matrix, got {h.shape}")
    if not np.allclose(h, h.T, rtol=1e-12, atol=1e-12):
        raise InvalidArgumentError("hessian", "must be symmetric")
    if np.linalg.eigvalsh(h).min() <= 0.0:
        raise InvalidArgumentError("hessian", "must be positive definite")
    s = float(amount)
    if not 0.0 <= s <= 1.0:
        raise InvalidArgumentError("amount", f"must lie in [0, 1], got {amount}")
    if s == 1.0:
        return h.copy()
    return (1.0 - s) * np.eye(2) + s * h


def _unit_inverse(hessian: ArrayLike, directions: ArrayLike,
                  amount: float) -> NDArray[np.float64]:
    """Unit directions of H_s⁻¹·d for the rows d of ``directions``."""
    h = hessian_path(hessian, amount)
    d = np.asarray(directions, dtype=float).reshape(-1, 2)
    if np.any(np.hypot(d[:, 0], d[:, 1]) == 0.0):
        raise InvalidArgumentError("directions", "a direction is zero")
    out = np.linalg.solve(h, d.T).T
    return out / np.hypot(out[:, 0], out[:, 1])[:, None]


def morph_tips(hessian: ArrayLike, apex: ArrayLike, directions: ArrayLike, *, amount: float,
               length: float) -> NDArray[np.float64]:
    r"""Tips apex + L·H_s⁻¹d / ‖H_s⁻¹d‖ of arrows along the directions d carried by H_s⁻¹.

    At s = 0 they point along d (a corner's edge normals g), at s = 1 along H⁻¹g, the
    directions in which ŵ lies from w* (stationarity ŵ = w* + H⁻¹g, g in N(w*)).
    Shape (k, 2). Raises InvalidArgumentError as `hessian_path`, for a zero direction,
    and for ``length`` < 0.
    """
    if not float(length) >= 0.0:
        raise InvalidArgumentError("length", f"must be >= 0, got {length}")
    p = np.asarray(apex, dtype=float).reshape(2)
    return p + float(length) * _unit_inverse(hessian, directions, amount)


def morph_fan(hessian: ArrayLike, apex: ArrayLike, normals: ArrayLike, *, amount: float,
              length: float, samples: int = 33) -> NDArray[np.float64]:
    r"""The cone apex + H_s⁻¹·{a·n₁ + b·n₂ : a, b ≥ 0} as a closed fan of radius L.

    The spanning directions g(σ) = (1 − σ)·n̂₁ + σ·n̂₂, σ in [0, 1], are carried by
    H_s⁻¹ (a linear map carries the cone of n₁, n₂ onto the cone of H_s⁻¹n₁,
    H_s⁻¹n₂) and drawn at distance L. At s = 0 the normal cone N(apex); at s = 1 the
    wedge of ŵ whose lasso solution is the apex, cut at radius L. Returns apex,
    ``samples`` arc points, apex: shape (samples + 2, 2).
    """
    arc = morph_tips(hessian, apex, cone_directions(normals, samples=samples),
                     amount=amount, length=length)
    p = np.asarray(apex, dtype=float).reshape(1, 2)
    return np.vstack([p, arc, p])


def morph_room(hessian: ArrayLike, apex: ArrayLike, normals: ArrayLike, box: ViewBox, *,
               preferred: float, steps: int = 21) -> float:
    r"""A radius L for `morph_fan` / `morph_tips` that keeps the fan inside ``box`` for
    every s in [0, 1]: `regmath.sparsity.room_along` over the directions H_s⁻¹g(σ) at
    ``steps`` values of s and of σ (both ends included; at most ``preferred``)."""
    n = np.asarray(normals, dtype=float).reshape(2, 2)
    unit = n / np.hypot(n[:, 0], n[:, 1])[:, None]
    grid = np.linspace(0.0, 1.0, int(steps))
    spanned = np.array([(1.0 - g) * unit[0] + g * unit[1] for g in grid])
    directions = np.vstack([_unit_inverse(hessian, spanned, s) for s in grid])
    return room_along(apex, directions, box, preferred=preferred)
