"""The result type shared by the constrained and the penalized solvers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = ["Norm", "Solution", "NORMS"]

Norm = Literal["l1", "l2"]
NORMS: tuple[Norm, ...] = ("l1", "l2")


@dataclass(frozen=True, eq=False)
class Solution:
    r"""A minimizer w* of a regularized quadratic loss, with its certificate.

    The same fields describe the constrained problem
    min f(w) s.t. ‖w‖_p ≤ t and the penalized one; KKT reads
    ∇f(w*) + λ·g = 0 with g ∈ ∂‖w*‖_p and λ ≥ 0.

    Attributes
    ----------
    norm
        "l1" or "l2".
    point
        w*, shape (n,). Weights that are zero are exactly 0.0.
    level
        f(w*), the loss at the solution: the level of the touching contour.
    gradient
        ∇f(w*) = H (w* − ŵ).
    normal
        g, the subgradient of ‖·‖_p at w* with ∇f(w*) + λ·g = 0 (the outward
        normal of the ball ‖w‖_p ≤ t at w*); zeros when λ = 0.
    multiplier
        λ ≥ 0 of the constraint ‖w‖_p ≤ t, equal to the dual norm of ∇f(w*)
        (‖·‖_∞ for L1, ‖·‖₂ for L2); 0 when ŵ is inside the ball.
    radius
        t: given for the constrained problem, ‖w*‖_p for the penalized one.
    strength
        The penalty weight that gives the same w*: λ for the lasso
        f(w) + λ‖w‖₁, λ/t for ridge f(w) + (λ/2)‖w‖₂² (infinite at t = 0).
    active
        Whether the constraint binds, λ > 0.
    unique
        Whether w* is the only minimizer; when not (singular H), `point` is the
        minimizer of smallest Euclidean norm.
    normal_cone
        Extreme rays of the normal cone of the ball at w*, shape (m, n): for L1
        the sign vectors of ∂‖w*‖₁ (two of them at a 2D corner), for L2 the one
        unit normal. Empty (shape (0, n)) when w* is inside the ball.
    """

    norm: Norm
    point: NDArray[np.float64]
    level: float
    gradient: NDArray[np.float64]
    normal: NDArray[np.float64]
    multiplier: float
    radius: float
    strength: float
    active: bool
    unique: bool
    normal_cone: NDArray[np.float64] = field(repr=False)

    def __post_init__(self) -> None:
        for name in ("point", "gradient", "normal", "normal_cone"):
            # The solvers hand over fresh arrays; freezing them in place saves a copy.
            array = np.asarray(getattr(self, name), dtype=float)
            array.setflags(write=False)
            object.__setattr__(self, name, array)
        for name in ("level", "multiplier", "radius", "strength"):
            object.__setattr__(self, name, float(getattr(self, name)))
        for name in ("active", "unique"):
            object.__setattr__(self, name, bool(getattr(self, name)))

    @property
    def zero_weights(self) -> tuple[int, ...]:
        """Indices i with w*_i exactly 0.0: the weights the solution switches off."""
        return tuple(int(i) for i in np.flatnonzero(self.point == 0.0))

    @property
    def at_corner(self) -> bool:
        """For L1: w* is a vertex of the diamond (one nonzero weight), so sparse."""
        return bool(self.norm == "l1" and self.active and np.count_nonzero(self.point) == 1)

    def as_dict(self) -> dict[str, object]:
        """Plain Python numbers and lists, for JSON."""
        return {
            "norm": self.norm,
            "point": self.point.tolist(),
            "level": self.level,
            "gradient": self.gradient.tolist(),
            "normal": self.normal.tolist(),
            "multiplier": self.multiplier,
            "radius": self.radius,
            "strength": self.strength,
            "active": self.active,
            "unique": self.unique,
            "zero_weights": list(self.zero_weights),
            "at_corner": self.at_corner,
            "normal_cone": self.normal_cone.tolist(),
        }
