"""The result type shared by the constrained and the penalized solvers."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, NamedTuple

import numpy as np

from regmath.errors import InvalidArgumentError

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

__all__ = ["Norm", "Solution", "NORMS", "MAX_NORMAL_CONE_RAYS", "UnitAnswer", "finish",
           "l1_cone_rays"]

Norm = Literal["l1", "l2"]
NORMS: tuple[Norm, ...] = ("l1", "l2")

#: The L1 normal cone at a point with z zero weights has 2^z extreme rays; listing
#: them is refused above this many (z > 12). The cone itself is always described
#: by `Solution.cone_direction` and `Solution.cone_free` without enumeration.
MAX_NORMAL_CONE_RAYS = 4096


def l1_cone_rays(point: ArrayLike, *, max_rays: int = MAX_NORMAL_CONE_RAYS) -> NDArray[np.float64]:
    """Extreme rays of the normal cone of the ball {‖w‖₁ ≤ ‖point‖₁} at ``point``.

    They are the vertices of ∂‖w‖₁: gᵢ = sign(wᵢ) where wᵢ ≠ 0 and gᵢ = ±1
    where wᵢ = 0. At a 2D corner (t, 0) these are (1, −1) and (1, 1), the
    normals of the two edges that meet there; on an edge there is one.
    Shape (2^z, n) for z zero weights.

    Raises
    ------
    InvalidArgumentError
        ``max_rays``: when 2^z exceeds it (the cone is then described by its
        fixed signs and free coordinates instead, see `Solution.cone_free`).
    """
    w = np.asarray(point, dtype=float)
    zeros = np.flatnonzero(w == 0.0)
    if zeros.size > 62 or 2 ** int(zeros.size) > max_rays:
        raise InvalidArgumentError(
            "max_rays", f"the normal cone has 2^{zeros.size} extreme rays ({zeros.size} zero "
            f"weights), more than max_rays = {max_rays}; it is the set of mu*g with "
            f"g_i = sign(w_i) where w_i != 0 and |g_i| <= 1 where w_i = 0 "
            f"(Solution.cone_direction and Solution.cone_free)"
        )
    base = np.sign(w) + 0.0
    rays = np.repeat(base[np.newaxis, :], 2 ** zeros.size, axis=0)
    if zeros.size:
        rays[:, zeros] = np.array(list(itertools.product((-1.0, 1.0), repeat=zeros.size)))
    return rays


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
        f(w*), the loss at the solution: the level of the touching contour
        (+inf only when it exceeds the largest double).
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

    Notes
    -----
    The normal cone of the ball at w* is {μ g : μ ≥ 0, g_i = `cone_direction`_i
    for i not in `cone_free`, |g_i| ≤ 1 for i in `cone_free`}; `normal_cone`
    lists its extreme rays when there are few.
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

    def __post_init__(self) -> None:
        for name in ("point", "gradient", "normal"):
            # + 0.0 turns −0.0 into 0.0; the solvers hand over fresh arrays, so
            # freezing them in place saves a copy.
            array = np.asarray(getattr(self, name), dtype=float) + 0.0
            array.setflags(write=False)
            object.__setattr__(self, name, array)
        for name in ("level", "multiplier", "radius", "strength"):
            object.__setattr__(self, name, float(getattr(self, name)) + 0.0)
        for name in ("active", "unique"):
            object.__setattr__(self, name, bool(getattr(self, name)))

    @property
    def zero_weights(self) -> tuple[int, ...]:
        """Indices i with w*_i exactly 0.0: the weights the solution switches off."""
        return tuple(int(i) for i in np.flatnonzero(self.point == 0.0))

    @property
    def slack(self) -> float:
        """t − ‖w*‖_p, the constraint's slack: exactly 0.0 when it binds (λ > 0, w* on the
        boundary: complementary slackness), else the gap left inside the ball (≥ 0)."""
        if self.active:
            return 0.0
        p = 1.0 if self.norm == "l1" else 2.0
        size = float(np.sum(np.abs(self.point) ** p) ** (1.0 / p))
        return max(self.radius - size, 0.0) + 0.0

    @property
    def at_corner(self) -> bool:
        """For L1: w* is a vertex of the diamond (one nonzero weight), so sparse."""
        return bool(self.norm == "l1" and self.active and np.count_nonzero(self.point) == 1)

    # ------------------------------------------------------------ normal cone
    @property
    def cone_direction(self) -> NDArray[np.float64]:
        """The fixed part of the normal cone's generators, shape (n,).

        L1: sign(w*) (0 at the free coordinates); L2: the unit normal. Zeros
        when the constraint is inactive (the cone is {0}).
        """
        n = self.point.size
        if not self.active:
            return np.zeros(n)
        if self.norm == "l2":
            return np.array(self.normal)
        return np.sign(self.point) + 0.0

    @property
    def cone_free(self) -> tuple[int, ...]:
        """Coordinates where the normal cone's generators range over [−1, 1]: the
        zero weights of an active L1 solution (none for L2 or when inactive)."""
        if not self.active or self.norm == "l2":
            return ()
        return self.zero_weights

    def normal_cone_rays(self, *, max_rays: int = MAX_NORMAL_CONE_RAYS) -> NDArray[np.float64]:
        """Extreme rays of the normal cone of the ball at w*, shape (m, n).

        For L1 the sign vectors of ∂‖w*‖₁ (two of them at a 2D corner, 2^z
        for z zero weights), for L2 the one unit normal. Empty (shape (0, n))
        when the constraint is inactive.

        Raises
        ------
        InvalidArgumentError
            ``max_rays``: when there are more than ``max_rays`` rays.
        """
        n = self.point.size
        if not self.active:
            return np.zeros((0, n))
        if self.norm == "l2":
            return np.array(self.normal)[np.newaxis, :]
        return l1_cone_rays(self.point, max_rays=max_rays)

    @property
    def normal_cone(self) -> NDArray[np.float64]:
        """`normal_cone_rays` with the default limit of `MAX_NORMAL_CONE_RAYS` rays."""
        return self.normal_cone_rays()

    def as_dict(self) -> dict[str, object]:
        """Plain Python numbers and lists, for JSON.

        The normal cone is given as its ``direction`` and ``free`` coordinates
        (None when inactive), which stays small in any dimension.
        """
        cone = None
        if self.active:
            cone = {"direction": self.cone_direction.tolist(), "free": list(self.cone_free)}
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
            "normal_cone": cone,
        }



class UnitAnswer(NamedTuple):
    """A solution's fields on the unit scale of `regmath.Quadratic.unit` (see `finish`)."""

    point: NDArray[np.float64]
    level: float
    gradient: NDArray[np.float64]
    normal: NDArray[np.float64]
    multiplier: float
    radius: float
    strength: float
    active: bool
    unique: bool


#: Below this |exponent| a rescaled field can neither overflow nor underflow
#: (unit-scale values lie within 2^±200 of 1), so no floating-point state is set.
_SAFE_SHIFT = 700


def finish(norm: Norm, answer: UnitAnswer, point_shift: int, loss_shift: int, *,
           strength_shift: int, radius: float | None = None,
           strength: float | None = None, multiplier: float | None = None) -> Solution:
    """The `Solution` for the loss ŵ = 2^a ŵ̂, H = 2^h Ĥ from its unit-scale ``answer``.

    ``point_shift`` = a, ``loss_shift`` = h, ``strength_shift`` = a + h for the
    lasso and h for ridge: a point scales by 2^a, a gradient and a multiplier
    by 2^(a+h), the loss by 2^(2a+h). Each field is rescaled by one
    `numpy.ldexp`, so it is rounded once (to +inf only beyond the largest
    double). ``radius``, ``strength`` and ``multiplier``, when given, are the
    caller's exact values and are used as they are.
    """
    exact_multiplier = multiplier
    a, h = point_shift, loss_shift
    if a == 0 and h == 0 and strength_shift == 0:
        point, level, gradient = answer.point, answer.level, answer.gradient
        multiplier = answer.multiplier
        radius = answer.radius if radius is None else radius
        strength = answer.strength if strength is None else strength
    elif max(abs(2 * a + h), abs(strength_shift), abs(a)) < _SAFE_SHIFT:
        # math.ldexp on floats (it would raise on overflow, impossible here)
        point, level = np.ldexp(answer.point, a), math.ldexp(answer.level, 2 * a + h)
        gradient = np.ldexp(answer.gradient, a + h)
        multiplier = math.ldexp(answer.multiplier, a + h)
        radius = math.ldexp(answer.radius, a) if radius is None else radius
        if strength is None:
            strength = float(np.ldexp(answer.strength, strength_shift))  # may be inf
    else:
        if radius is None:
            radius = float(np.ldexp(answer.radius, a))
        if strength is None:
            strength = float(np.ldexp(answer.strength, strength_shift))
        with np.errstate(over="ignore", under="ignore"):
            point, level = np.ldexp(answer.point, a), float(np.ldexp(answer.level, 2 * a + h))
            gradient = np.ldexp(answer.gradient, a + h)
            multiplier = float(np.ldexp(answer.multiplier, a + h))
    if exact_multiplier is not None:
        multiplier = exact_multiplier
    return Solution(norm=norm, point=point, level=level, gradient=gradient,
                    normal=answer.normal, multiplier=multiplier, radius=radius,
                    strength=strength, active=answer.active, unique=answer.unique)
