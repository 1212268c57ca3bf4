"""The diamond's outward normals at the middles of its four edges.

The L1 ball ‖w‖₁ ≤ t in 2D has four edges; on the edge in the quadrant with
signs s = (s₁, s₂) ∈ {±1}², ‖w‖₁ = s·w is differentiable with gradient s, so
the edge's outward normal is s (scaled so its largest entry in size is 1).
"""

from __future__ import annotations

import numpy as np

from regmath.drawing import Arrow
from regmath.solve import check_nonnegative

__all__ = ["EDGE_SIGNS", "diamond_edge_normals"]

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
