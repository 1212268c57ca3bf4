"""The diamond's outward normals at the middles of its four edges.

The L1 ball ‖w‖₁ ≤ t in 2D has four edges; on the edge in the quadrant with
signs s = (s₁, s₂) ∈ {±1}², ‖w‖₁ = s·w is differentiable with gradient s, so
the edge's outward normal is s (scaled so its largest entry in size is 1).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from regmath.drawing import Arrow
from regmath.errors import InvalidArgumentError
from regmath.solve import check_nonnegative

__all__ = ["EDGE_SIGNS", "diamond_edge_normals", "diamond_edge_normals_at_scale",
           "wedge_edge_rays"]

#: The four edges' sign vectors s (= their outward normals), counter-clockwise from
#: the first quadrant.
EDGE_SIGNS: tuple[tuple[float, float], ...] = ((1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0),
                                                (1.0, -1.0))


def diamond_edge_normals(radius: float, *, length: float) -> list[tuple[tuple[float, float], Arrow]]:
    r"""The outward normal of each edge of ‖w‖₁ = t, drawn from the edge's middle.

    The edge with signs s joins t·(s₁, 0) and t·(0, s₂); its middle is
    m = (t/2)·s and its outward normal is ∇‖w‖₁ = s there, so the arrow runs
    from m to m + ``length`` · s/‖s‖₂ = m + ``length`` · s/√2.

    Parameters
    ----------
    radius : float
        t ≥ 0, the diamond's radius.
    length : float
        The arrows' length (problem units), ≥ 0.

    Returns
    -------
    list of (s, Arrow)
        Four pairs, in the order of `EDGE_SIGNS`: the edge's sign vector s (its
        normal g = s, largest entry 1 in size) and the arrow.

    Raises
    ------
    InvalidArgumentError
        If ``radius`` or ``length`` is negative or not finite.
    """
    t = check_nonnegative(radius, "radius")
    length = check_nonnegative(length, "length")
    out = []
    for s in EDGE_SIGNS:
        sign = np.array(s)
        middle = 0.5 * t * sign
        tip = middle + length * sign / np.sqrt(2.0)
        out.append((s, Arrow((float(middle[0]), float(middle[1])),
                             (float(tip[0]), float(tip[1])))))
    return out


def diamond_edge_normals_at_scale(radius: float, *, scale: float
                                  ) -> list[tuple[tuple[float, float], Arrow]]:
    r"""The edges' outward normals g = s drawn at a common arrow scale.

    As `diamond_edge_normals`, but each arrow is ``scale`` · g long: it runs
    from m = (t/2)·s to m + ``scale`` · s, so its length is ``scale`` · ‖s‖₂ =
    ``scale`` · √2. A scene that draws −∇f(w*) and the subgradients at one
    scale k draws these normals at k too, and one note "k × true length" holds
    for every arrow.

    Parameters
    ----------
    radius : float
        t ≥ 0, the diamond's radius.
    scale : float
        k ≥ 0, drawn length per unit of true length.

    Returns
    -------
    list of (s, Arrow)
        Four pairs, in the order of `EDGE_SIGNS`, as in `diamond_edge_normals`.

    Raises
    ------
    InvalidArgumentError
        If ``radius`` or ``scale`` is negative or not finite.
    """
    k = check_nonnegative(scale, "scale")
    return diamond_edge_normals(radius, length=k * np.sqrt(2.0))


def wedge_edge_rays(solution: object, inverse_hessian: ArrayLike, *, length: float
                    ) -> list[NDArray[np.float64]]:
    r"""The edges of the wedge of ŵ that share a corner w*: w* + μ H⁻¹gᵢ, μ ≥ 0.

    At a corner the normal cone is spanned by the two edge normals g₁, g₂
    (``solution.normal_cone``); balance H(ŵ − w*) = λg with g in the cone puts
    ŵ in w* + H⁻¹N(w*), whose edges are the rays along H⁻¹g₁ and H⁻¹g₂. Each is
    returned as the segment from w* to w* + ``length`` · H⁻¹gᵢ / ‖H⁻¹gᵢ‖₂, shape
    (2, 2) (clip it to a view to draw it).

    Parameters
    ----------
    solution : Solution
        A solution at a corner (its ``normal_cone`` has two rows).
    inverse_hessian : array_like, shape (2, 2)
        H⁻¹.
    length : float
        The segments' length (problem units), ≥ 0.

    Returns
    -------
    list of ndarray, shape (2, 2)
        One segment per row of the normal cone, in its order.

    Raises
    ------
    InvalidArgumentError
        If ``length`` is negative or the solution's normal cone is not two rays.
    """
    length = check_nonnegative(length, "length")
    cone = np.asarray(getattr(solution, "normal_cone"), dtype=float)
    if cone.ndim != 2 or cone.shape[0] != 2:
        raise InvalidArgumentError("solution", "is not at a corner: its normal cone is not "
                                   "two rays")
    point = np.asarray(getattr(solution, "point"), dtype=float)
    out = []
    for g in cone:
        u = np.asarray(inverse_hessian, dtype=float) @ g
        out.append(np.array([point, point + length * u / np.linalg.norm(u)]))
    return out
