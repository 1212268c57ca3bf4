r"""L1: the lasso path, the diamond ‖w‖₁ ≤ t, and their exact solutions in any dimension.

The lasso min ½ (w − ŵ)ᵀ H (w − ŵ) + λ‖w‖₁ is solved by the exact homotopy of
`regmath.homotopy` (closed-form knots; ties, degenerate knots and a singular
H included). ‖w(λ)‖₁ is linear on each segment and non-increasing in λ, so the
constrained problem min f(w) s.t. ‖w‖₁ ≤ t is the point of the path with
‖w‖₁ = t, stepped from the nearest knot (so a tiny t keeps its relative
accuracy). In 2D with a positive definite H the diamond's faces give both
problems in closed form (`regmath.diamond`).

When H is singular the minimizer may not be unique; the answer is then the
minimizer of smallest Euclidean norm, found exactly by `regmath.minnorm`
(Tibshirani 2013's uniqueness test first, a least distance program when it
fails). With multiplier 0 the minimizers are ŵ + null(H) inside the ball.

Every n-D answer is certified by its KKT conditions (`CERTIFICATE_RTOL`) on
the unit scale before it is returned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from regmath.diamond import constrained_face, lasso_face
from regmath.errors import InvalidArgumentError
from regmath.homotopy import Segment, segments
from regmath.minnorm import column_rank, least_norm_nonnegative
from regmath.solution import Solution, UnitAnswer, finish, l1_cone_rays

if TYPE_CHECKING:
    from collections.abc import Iterator

    from numpy.typing import ArrayLike, NDArray

    from regmath.quadratic import Quadratic

__all__ = [
    "LassoPath",
    "lasso_path",
    "lasso",
    "constrained_l1",
    "l1_normal_cone",
    "in_l1_normal_cone",
    "CERTIFICATE_RTOL",
    "TINY_RADIUS",
]

#: Every n-D answer must satisfy KKT to this, relative to max(‖Hŵ‖_∞, λ), on the
#: unit scale: |r_i − λ sign(w_i)| on the nonzero weights, |r_j| − λ on the
#: zero ones, with r = Hŵ − Hw. Rounding gives about n·eps; anything worse
#: would be a wrong answer and is refused.
CERTIFICATE_RTOL = 1e-8
#: A radius below this times max|ŵ| is solved at this radius and scaled down:
#: the path is linear there (its first segment), and tinier radii would make
#: subnormal numbers on the unit scale.
TINY_RADIUS = 2.0**-600


@dataclass(frozen=True, eq=False)
class LassoPath:
    r"""The exact lasso path w(λ), piecewise linear between its knots.

    Attributes
    ----------
    knots
        λ₀ = ‖Hŵ‖_∞ > λ₁ > … > λ_K = 0, shape (K + 1,).
    points
        w(λ_k) at each knot, shape (K + 1, n); weights off the active set are
        exactly 0.0. For a singular H the path follows one minimizer (active
        columns independent); `regmath.penalized` returns the smallest one.
    active_sets
        For segment k (between knots k and k + 1): the active indices.
    signs
        For segment k: the signs s_A of the active weights.
    """

    loss: Quadratic
    knots: NDArray[np.float64]
    points: NDArray[np.float64]
    active_sets: tuple[tuple[int, ...], ...]
    signs: tuple[tuple[float, ...], ...]
    segments: tuple[Segment, ...] = field(default=(), repr=False)

    @property
    def l1_norms(self) -> NDArray[np.float64]:
        """‖w(λ_k)‖₁ at each knot, non-decreasing along the path."""
        return np.sum(np.abs(self.points), axis=1)

    def segment_for_strength(self, strength: float) -> int:
        """Index k of the segment with λ_{k+1} ≤ strength ≤ λ_k (strength < λ₀)."""
        k = int(np.searchsorted(-self.knots, -strength, side="right")) - 1
        return min(max(k, 0), len(self.active_sets) - 1)

    def at(self, strength: float) -> NDArray[np.float64]:
        """w(λ) for λ = ``strength`` ≥ 0 on its segment, stepped from the nearer knot."""
        if len(self.active_sets) == 0 or strength >= self.knots[0]:
            return np.zeros(self.loss.dim)
        unit, a, h = self.loss.unit()
        segment = self.segments[self.segment_for_strength(strength)]
        return np.ldexp(segment.at(float(np.ldexp(strength, -(a + h)))), a)

    def evaluate(self, strengths: ArrayLike) -> NDArray[np.float64]:
        """w(λ) for many λ at once, shape (m, n), by linear interpolation between knots.

        Exact up to rounding because the path is linear between knots; for
        drawing many frames. Strengths above λ₀ give 0.
        """
        lam = np.asarray(strengths, dtype=float)
        reversed_knots = self.knots[::-1]
        columns = [
            np.interp(lam, reversed_knots, self.points[::-1, i], right=0.0)
            for i in range(self.loss.dim)
        ]
        return np.stack(columns, axis=-1)


def lasso_path(loss: Quadratic) -> LassoPath:
    r"""The exact lasso path of min ½ (w − ŵ)ᵀ H (w − ŵ) + λ‖w‖₁ for all λ ≥ 0.

    Parameters
    ----------
    loss
        The quadratic loss (ŵ, H), any dimension, H possibly singular.

    Returns
    -------
    LassoPath
        Knots from λ_max = ‖Hŵ‖_∞ down to 0, shape (K + 1,), and the solution
        at each, shape (K + 1, n).

    Raises
    ------
    InvalidArgumentError
        ``hessian``: an active block too ill-conditioned to solve to
        `regmath.quadratic.TRUSTED_RTOL`.

    Notes
    -----
    The homotopy of Osborne, Presnell & Turlach (2000) and Efron et al. (2004)
    with every knot resolved by a small convex program (`regmath.homotopy`).
    """
    unit, a, h = loss.unit()
    pieces = tuple(segments(unit))
    if not pieces:
        return LassoPath(loss, np.zeros(1), np.zeros((1, loss.dim)), (), (), ())
    knots = np.array([pieces[0].upper] + [s.lower for s in pieces])
    points = np.array([pieces[0].start] + [s.stop for s in pieces])
    return LassoPath(
        loss,
        np.ldexp(knots, a + h),
        np.ldexp(points, a),
        tuple(tuple(s.active.tolist()) for s in pieces),
        tuple(tuple(s.signs.tolist()) for s in pieces),
        pieces,
    )


def l1_normal_cone(point: ArrayLike) -> NDArray[np.float64]:
    """Extreme rays of the normal cone of {‖w‖₁ ≤ ‖point‖₁} at ``point``, shape (2^z, n).

    See `regmath.solution.l1_cone_rays`; refused above 4096 rays.
    """
    return l1_cone_rays(point)


def in_l1_normal_cone(vector: ArrayLike, point: ArrayLike, *, rtol: float = 1e-9) -> bool:
    """Whether v = μ g for some μ ≥ 0 and g ∈ ∂‖point‖₁ (up to ``rtol``)."""
    v, w = np.asarray(vector, dtype=float), np.asarray(point, dtype=float)
    nonzero = w != 0.0
    scale = rtol * max(float(np.max(np.abs(v))), np.finfo(float).tiny)
    if not np.any(nonzero):
        return True
    mu = v[nonzero] * np.sign(w[nonzero])
    level = float(np.max(mu))
    return bool(
        np.min(mu) >= -scale
        and np.max(mu) - np.min(mu) <= scale
        and np.all(np.abs(v[~nonzero]) <= level + scale)
    )


# ------------------------------------------------------------------ answers
def _solution(unit: Quadratic, point: NDArray[np.float64], *, multiplier: float, radius: float,
              strength: float, unique: bool) -> UnitAnswer:
    """A solution on the unit scale, its normal g = −∇f/λ (signs exact on the support)."""
    gradient = unit.gradient(point)
    active = multiplier > 0.0
    if active:
        if multiplier > 1e-290:
            normal = np.clip(-gradient / multiplier, -1.0, 1.0)
        else:
            with np.errstate(over="ignore"):  # a subnormal λ: g clips to ±1 anyway
                normal = np.clip(-gradient / multiplier, -1.0, 1.0)
        nonzero = point != 0.0
        normal[nonzero] = np.sign(point[nonzero])
    else:
        normal = np.zeros(unit.dim)
    return UnitAnswer(point, float(unit.value(point)), gradient, normal, multiplier, radius,
                      strength, active, unique)


def _certify(unit: Quadratic, point: NDArray[np.float64], lam: float) -> None:
    """Refuse an answer that fails KKT beyond rounding (see `CERTIFICATE_RTOL`)."""
    q = unit.hessian @ unit.center
    r = q - unit.hessian @ point
    scale = max(float(np.max(np.abs(q))), lam)
    nonzero = point != 0.0
    worst = max(
        float(np.max(np.abs(r[nonzero] - lam * np.sign(point[nonzero])), initial=0.0)),
        float(np.max(np.abs(r[~nonzero]) - lam, initial=0.0)),
    )
    if worst > CERTIFICATE_RTOL * scale:
        raise InvalidArgumentError(
            "hessian", f"the lasso solution computed in double precision misses its optimality "
            f"conditions by {worst / scale:.1e} (relative), more than {CERTIFICATE_RTOL:g}: "
            f"the problem is too ill-conditioned; refused rather than returned"
        )


def _smallest(unit: Quadratic, point: NDArray[np.float64], lam: float,
              equicorrelated: dict[int, float]) -> tuple[NDArray[np.float64], bool]:
    """The smallest minimizer at multiplier λ > 0, and whether it is the only one.

    All minimizers live on the equicorrelation set E (``equicorrelated``: each
    weight with |r_j| = λ and the sign of r_j, as the homotopy found them; at
    small λ a recomputed r would be rounding); the solution is unique when
    the columns X_E are independent (Tibshirani 2013, Lemma 2).
    """
    if not unit.singular:
        return point, True
    e = np.array(sorted(equicorrelated), dtype=np.intp)
    s = np.array([equicorrelated[j] for j in e.tolist()])
    c = unit.range_factor()[:, e] * s
    if column_rank(c) == e.size:
        return point, True
    x, unique = least_norm_nonnegative(c, np.maximum(s * point[e], 0.0))
    smallest = np.zeros(unit.dim)
    smallest[e] = s * x
    return smallest, unique


def _equicorrelated(segment: Segment, *tied: dict[int, float]) -> dict[int, float]:
    """The equicorrelation set of ``segment`` with the given tied weights: index → sign."""
    signs = dict(zip(segment.active.tolist(), segment.signs.tolist()))
    for extra in tied:
        for j, sign in extra.items():
            signs.setdefault(j, sign)
    return signs


def _smallest_with_zero_multiplier(unit: Quadratic, end: NDArray[np.float64], radius: float
                                   ) -> tuple[NDArray[np.float64], bool]:
    """The smallest w with Hw = Hŵ and ‖w‖₁ ≤ t (singular H, ‖end‖₁ ≤ t, end a solution)."""
    projected = unit.range_projection(unit.center)
    if float(np.sum(np.abs(projected))) < radius:
        return projected, False
    # w = u − v with u, v ≥ 0 and 1ᵀ(u + v) = t: the smallest point uses all of t.
    n = unit.dim
    x = unit.range_factor()
    c = np.vstack([np.hstack([x, -x]), np.ones((1, 2 * n))])
    spare = max(radius - float(np.sum(np.abs(end))), 0.0) / (2 * n)
    feasible = np.concatenate([np.maximum(end, 0.0), np.maximum(-end, 0.0)]) + spare
    split, unique = least_norm_nonnegative(c, feasible)
    return split[:n] - split[n:], unique


def _walk(unit: Quadratic, path: LassoPath | None) -> Iterator[Segment]:
    return iter(path.segments) if path is not None else segments(unit)


def lasso(loss: Quadratic, strength: float, *, path: LassoPath | None = None) -> Solution:
    r"""Solve min ½ (w − ŵ)ᵀ H (w − ŵ) + λ‖w‖₁ for λ = ``strength`` ≥ 0.

    The homotopy is followed from λ_max down to λ only (a sparse answer costs
    a few knots). The constraint multiplier of the answer is ‖∇f(w*)‖_∞: λ
    itself while w* ≠ 0; at w* = 0 (λ ≥ λ_max) it is λ_max, the smallest λ
    that switches every weight off. ``path`` (from `lasso_path` of the same
    loss) forces the homotopy and reuses it. Validation and errors: see
    `regmath.penalized`.
    """
    unit, a, h = loss.unit()
    # λ beyond the largest double on the unit scale (a tiny ŵ or H) is +inf there, which
    # is ≥ λ_max: w* = 0 with multiplier λ_max, exact (no warning for a right answer).
    with np.errstate(over="ignore"):
        lam = float(np.ldexp(strength, -(a + h)))
    if strength > 0.0 and lam == 0.0:
        lam = float(np.nextafter(0.0, 1.0))  # λ → 0⁺, not the λ = 0 problem
    answer = _lasso_unit(unit, lam, path)
    # While w* ≠ 0 the multiplier is λ itself, exactly as given.
    return finish("l1", answer, a, h, strength_shift=a + h, strength=float(strength),
                  multiplier=float(strength) if answer.point.any() else None)


def _lasso_unit(unit: Quadratic, lam: float, path: LassoPath | None) -> UnitAnswer:
    n = unit.dim
    if path is None and n == 2 and not unit.singular:
        point = lasso_face(unit, lam)
        if point is not None:
            q_max = float(np.max(np.abs(unit.hessian @ unit.center)))
            multiplier = lam if point.any() else min(lam, q_max)
            return _solution(unit, point, multiplier=multiplier,
                             radius=float(np.sum(np.abs(point))), strength=lam, unique=True)
    previous: Segment | None = None
    for segment in _walk(unit, path):
        if previous is None and lam >= segment.upper:  # w* = 0 from λ_max on
            return _solution(unit, np.zeros(n), multiplier=segment.upper, radius=0.0,
                             strength=lam, unique=True)
        if lam > segment.lower:  # λ in (λ_{k+1}, λ_k]
            point = segment.at(lam)
            if lam == segment.upper and previous is not None:  # exactly at a knot
                equicorrelated = _equicorrelated(segment, segment.knot_tied, previous.tied,
                                                 dict(zip(previous.active.tolist(),
                                                          previous.signs.tolist())))
            else:
                equicorrelated = _equicorrelated(segment, segment.tied)
            _certify(unit, point, lam)
            point, unique = _smallest(unit, point, lam, equicorrelated)
            return _solution(unit, point, multiplier=lam, radius=float(np.sum(np.abs(point))),
                             strength=lam, unique=unique)
        previous = segment
    if previous is None and lam > 0.0:  # Hŵ = 0: w = 0 is the only minimizer
        return _solution(unit, np.zeros(n), multiplier=0.0, radius=0.0, strength=lam,
                         unique=True)
    # λ = 0: ŵ, or for a singular H the smallest of ŵ + null(H).
    point = unit.range_projection(unit.center) if unit.singular else np.array(unit.center)
    return _solution(unit, point, multiplier=0.0, radius=float(np.sum(np.abs(point))),
                     strength=0.0, unique=not unit.singular)


def constrained_l1(loss: Quadratic, radius: float, *, path: LassoPath | None = None) -> Solution:
    r"""Solve min ½ (w − ŵ)ᵀ H (w − ŵ) subject to ‖w‖₁ ≤ t.

    In 2D with a positive definite H, the closed form on the diamond's faces
    (`regmath.diamond`); otherwise, and whenever that finds no certain face,
    the point of the lasso path with ‖w‖₁ = t, followed down to that point
    only. ``path`` (from `lasso_path` of the same loss) forces the homotopy
    and reuses it. Validation and errors: see `regmath.constrained`.
    """
    unit, a, h = loss.unit()
    t = float(np.ldexp(radius, -a)) if a else float(radius)
    if not 0.0 < t < TINY_RADIUS:
        return finish("l1", _constrained_unit(unit, t, path), a, h, strength_shift=a + h,
                      radius=float(radius))
    # Solve at 2^-600 · mantissa and scale the point down in one rounding: the
    # path is linear there (its first segment), and λ differs by far less than eps.
    mantissa, exponent = np.frexp(radius)
    near = _constrained_unit(unit, float(np.ldexp(mantissa, -600)), path)
    scaled = finish("l1", near, a, h, strength_shift=a + h, radius=float(radius))
    point = np.ldexp(near.point, int(exponent) + 600)
    return Solution(norm="l1", point=point, level=float(loss.value(point)),
                    gradient=loss.gradient(point), normal=scaled.normal,
                    multiplier=scaled.multiplier, radius=float(radius),
                    strength=scaled.strength, active=scaled.active, unique=scaled.unique)


def _constrained_unit(unit: Quadratic, t: float, path: LassoPath | None) -> UnitAnswer:
    n = unit.dim
    center = unit.center
    if path is None and n == 2 and not unit.singular and t > 0.0:
        if float(np.sum(np.abs(center))) <= t:
            return _solution(unit, np.array(center), multiplier=0.0, radius=t, strength=0.0,
                             unique=True)
        found = constrained_face(unit, t)
        if found is not None:
            point, lam = found
            return _solution(unit, point, multiplier=lam, radius=t, strength=lam, unique=True)
    walk = _walk(unit, path)
    segment: Segment | None = None
    for segment in walk:
        if t == 0.0:
            return _solution(unit, np.zeros(n), multiplier=segment.upper, radius=0.0,
                             strength=segment.upper, unique=True)
        reach = float(np.sum(np.abs(segment.stop)))
        if reach < t or (reach == t and segment.lower == 0.0):
            continue
        point, lam = segment.at_norm(t)
        if lam <= 0.0:  # t is ‖w(0)‖₁ up to rounding: the multiplier is 0
            break
        if lam == segment.lower:  # exactly at a knot: tied on either side
            after = next(walk, None)
            extra = [after.knot_tied, dict(zip(after.active.tolist(), after.signs.tolist()))] \
                if after is not None else []
            equicorrelated = _equicorrelated(segment, segment.tied, *extra)
        else:
            equicorrelated = _equicorrelated(
                segment, segment.knot_tied if lam == segment.upper else segment.tied)
        _certify(unit, point, lam)
        point, unique = _smallest(unit, point, lam, equicorrelated)
        return _solution(unit, point, multiplier=lam, radius=t, strength=lam, unique=unique)
    if t == 0.0:  # Hŵ = 0
        return _solution(unit, np.zeros(n), multiplier=0.0, radius=0.0, strength=0.0,
                         unique=True)
    if not unit.singular:
        return _solution(unit, np.array(center), multiplier=0.0, radius=t, strength=0.0,
                         unique=True)
    end = segment.stop if segment is not None else np.zeros(n)
    point, unique = _smallest_with_zero_multiplier(unit, end, t)
    return _solution(unit, point, multiplier=0.0, radius=t, strength=0.0, unique=unique)
