r"""The elastic net: penalized and constrained solutions, exact, and its ball in 2-D.

The loss is f(w) = ½ (w − ŵ)ᵀ H (w − ŵ) with q = Hŵ. Two problems:

Penalized:    min_w f(w) + l1‖w‖₁ + ½·l2‖w‖₂².
Constrained:  min_w f(w)  subject to  g_α(w) = α‖w‖₁ + (1−α)‖w‖₂² ≤ t.

The penalized form is a lasso on a changed loss (Zou & Hastie 2005,
"Regularization and variable selection via the elastic net", JRSS B 67,
Lemma 1): f(w) + ½·l2‖w‖² = ½ (w − ŵ')ᵀ (H + l2·I) (w − ŵ') + const with
ŵ' = (H + l2·I)⁻¹ H ŵ, so the exact lasso homotopy of `regmath.l1` solves it,
exact zeros included, and H + l2·I is positive definite whenever l2 > 0
(a singular H is fine).

The constrained form has KKT conditions H(w − ŵ) + λ(α s + 2(1−α) w) = 0,
s ∈ ∂‖w‖₁, λ ≥ 0, λ(g_α(w) − t) = 0, so its solution is the penalized one at
l1 = λα, l2 = 2λ(1−α) for the λ with g_α(w(λ)) = t. φ(λ) = g_α(w(λ)) is
non-increasing (for λ₁ < λ₂ optimality at each gives (λ₂ − λ₁)(φ(λ₂) − φ(λ₁)) ≤ 0).
On a piece of the path with active set A and signs s_A,

    w_A(λ) = (H_AA + λβ I)⁻¹ (q_A − λα s_A),   β = 2(1−α),

so φ is rational in λ there. `elastic_constrained` brackets λ, takes the
active set of the exact penalized solution, solves φ_A(λ) = t on that piece by
safeguarded Newton (as `regmath.l2.secular_multiplier`), and accepts the root
when the exact penalized solution at it has the same active set and signs
(then w = w_A(λ) with exact zeros elsewhere satisfies KKT); otherwise the new
active set and the shrunken bracket are used. At most one step per piece is
needed once the bracket lies in it; a root exactly at a knot ends by the
bracket collapsing to rounding, and the homotopy's own solution there is
returned.

The ball g_α(w) ≤ t in 2-D: in the quadrant with signs (s₁, s₂) its boundary is
an arc of the circle with centre −k·(s₁, s₂), k = α / (2(1−α)), and radius
R = √((1−α)t + α²/2) / (1−α), from the axis corner (s₁r, 0) to (0, s₂r), where
(1−α) r² + α r = t, r = 2t / (α + √(α² + 4(1−α)t)) (no cancellation). α = 0 is
the circle of radius √t, α = 1 the diamond with corners ±t (straight edges,
R = ∞). For every α > 0 the corners stay: the two arcs meet at an angle.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.l1 import constrained_l1, lasso
from regmath.l2 import constrained_l2, ridge
from regmath.quadratic import EPS, Quadratic
from regmath.solution import Solution
from regmath.solve import check_loss, check_nonnegative

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

__all__ = [
    "ElasticSolution",
    "ElasticArc",
    "ElasticKind",
    "elastic_penalized",
    "elastic_constrained",
    "elastic_norm",
    "elastic_corner",
    "elastic_arcs",
    "elastic_outline",
    "elastic_zero_weights",
    "elastic_kind",
    "check_alpha",
    "ELASTIC_MAX_STEPS",
    "ROOT_MAX_ITER",
    "BRACKET_ULPS",
    "ELASTIC_CERTIFICATE_RTOL",
    "BOUNDARY_RTOL",
    "SINGULAR_LIMIT",
]

#: Active-set steps of `elastic_constrained` before giving up. Each step either
#: ends or shrinks the bracket of λ (by a piece or by bisection); a path has a
#: few pieces per weight, and bisection to the last bit of a double takes ~1100.
ELASTIC_MAX_STEPS = 1200
#: Safeguarded Newton on one piece's rational φ_A(λ) = t converges quadratically;
#: this only bounds a pathological input (bisection alone needs ~1100 halvings).
ROOT_MAX_ITER = 2000
#: The bracket of λ is "collapsed" (the root sits on a knot, within rounding)
#: when its width is at most this many ulps of its upper end.
BRACKET_ULPS = 8
#: A constrained answer must satisfy KKT to this, relative to max(‖Hŵ‖_∞, λ·max|∂g|):
#: rounding gives about n·eps·cond; anything worse is refused, not returned
#: (the same bar as `regmath.l1.CERTIFICATE_RTOL`).
ELASTIC_CERTIFICATE_RTOL = 1e-8

#: An answer with λ > 0 must meet g_α(w) = t to this, relative: the piece's root
#: gives a few eps; at a knot the homotopy's point carries its own rounding.
BOUNDARY_RTOL = 1e-12
#: With a singular H the bracket's lower end stays 0 when t is above the λ → 0
#: limit of the path (see `elastic_constrained`); below this fraction of λ_max
#: the search stops and says so (H + λβI would be too ill-conditioned anyway).
SINGULAR_LIMIT = 2.0**-40

ElasticKind = Literal["origin", "interior", "boundary", "corner", "edge", "arc", "smooth"]


# ------------------------------------------------------------------ checks
def check_alpha(alpha: float) -> float:
    """α as a float in [0, 1], else raise naming ``alpha``."""
    try:
        value = float(alpha)
    except (TypeError, ValueError):
        raise InvalidArgumentError("alpha", f"must be a number, got {alpha!r}") from None
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise InvalidArgumentError("alpha", f"must be a finite number in [0, 1], got {alpha!r}")
    return value


# ---------------------------------------------------------------- solution
@dataclass(frozen=True, eq=False)
class ElasticSolution(Solution):
    r"""A `Solution` of the elastic net, read as the constrained problem g_α(w) ≤ t.

    KKT: ∇f(w*) + λ·g = 0 with g = α s + 2(1−α) w* ∈ ∂g_α(w*) (``normal``),
    s ∈ ∂‖w*‖₁, λ = ``multiplier`` = ``strength``; equivalently the penalized
    problem with l1 = λα and l2 = 2λ(1−α). ``norm`` is "elastic" and
    ``radius`` is t = g_α(w*) (given, for the constrained problem).

    Attributes
    ----------
    alpha
        α ∈ [0, 1]: the share of the L1 part.
    l1, l2
        The penalties of the equivalent penalized problem f + l1‖w‖₁ + ½·l2‖w‖².
    """

    alpha: float
    l1: float
    l2: float

    @property
    def at_corner(self) -> bool:
        """The touch is a vertex of the ball: active, α > 0, one nonzero weight.

        In 2-D this is "some weight is exactly 0" (the ball's four corners).
        """
        return bool(self.active and self.alpha > 0.0 and np.count_nonzero(self.point) == 1)

    @property
    def on_kink(self) -> bool:
        """The ball is not smooth at w*: active, α > 0 and some weight exactly 0."""
        return bool(self.active and self.alpha > 0.0 and self.point.any()
                    and not self.point.all())

    @property
    def cone_direction(self) -> NDArray[np.float64]:
        """α sign(w*) + 2(1−α) w* (0 at the free coordinates); zeros when inactive."""
        if not self.active:
            return np.zeros(self.point.size)
        return self.alpha * np.sign(self.point) + 2.0 * (1.0 - self.alpha) * self.point + 0.0

    @property
    def cone_free(self) -> tuple[int, ...]:
        """Zero weights where the normal cone's generators range over [−α, α] (α > 0)."""
        if not self.active or self.alpha == 0.0:
            return ()
        return self.zero_weights

    def normal_cone_rays(self, *, max_rays: int = 4096) -> NDArray[np.float64]:
        """Extreme rays: `cone_direction` with ±α at each free coordinate, shape (2^z, n)."""
        n = self.point.size
        if not self.active:
            return np.zeros((0, n))
        free = list(self.cone_free)
        if 2 ** len(free) > max_rays:
            raise InvalidArgumentError(
                "max_rays", f"the normal cone has 2^{len(free)} extreme rays, more than "
                f"max_rays = {max_rays}")
        base = self.cone_direction
        rays = np.repeat(base[np.newaxis, :], 2 ** len(free), axis=0)
        for k, index in enumerate(free):
            pattern = (np.arange(2 ** len(free)) >> k) & 1
            rays[:, index] = np.where(pattern == 1, self.alpha, -self.alpha)
        return rays

    def as_dict(self) -> dict[str, object]:
        """`Solution.as_dict` with ``alpha``, ``l1`` and ``l2``."""
        data = super().as_dict()
        data.update(alpha=self.alpha, l1=self.l1, l2=self.l2)
        return data


def _elastic(loss: Quadratic, point: NDArray[np.float64], *, alpha: float, multiplier: float,
             radius: float, active: bool, unique: bool) -> ElasticSolution:
    """The solution's fields from w*, α and λ (gradient and loss from the original loss)."""
    gradient = loss.gradient(point)
    if active and multiplier > 0.0 and math.isfinite(multiplier):
        normal = -gradient / multiplier
        nonzero = point != 0.0
        # On the support g is exactly α sign(w) + 2(1−α) w; off it −∇f/λ (|g_j| ≤ α).
        normal[nonzero] = alpha * np.sign(point[nonzero]) + 2.0 * (1.0 - alpha) * point[nonzero]
        if alpha > 0.0:
            normal[~nonzero] = np.clip(normal[~nonzero], -alpha, alpha)
    else:
        normal = np.zeros(loss.dim)
    return ElasticSolution(
        norm="elastic",  # type: ignore[arg-type]
        point=point, level=float(loss.value(point)), gradient=gradient, normal=normal,
        multiplier=multiplier, radius=radius, strength=multiplier, active=active, unique=unique,
        # 0·∞ (α = 0 at t = 0, where λ is infinite) is no penalty, not NaN.
        alpha=alpha, l1=multiplier * alpha if alpha > 0.0 else 0.0,
        l2=2.0 * multiplier * (1.0 - alpha) if alpha < 1.0 else 0.0)


# --------------------------------------------------------------- penalized
def _shifted(loss: Quadratic, l2: float) -> Quadratic:
    """The lasso's loss: ŵ' = (H + l2 I)⁻¹Hŵ and H + l2 I, from the factors of H (kept exact)."""
    d, q = loss.eigenvalues, loss.eigenvectors
    shifted = d + l2
    center = q @ (d / shifted * (q.T @ loss.center))
    return Quadratic(center=center, eigenvalues=shifted, eigenvectors=q)


def _penalized_point(loss: Quadratic, l1: float, l2: float) -> tuple[NDArray[np.float64], bool]:
    """w* of f + l1‖w‖₁ + ½ l2‖w‖², and whether it is the only minimizer."""
    if l2 == 0.0:
        sol = lasso(loss, l1)
    elif l1 == 0.0:
        sol = ridge(loss, l2)  # ridge's exact zeros in 2-D (`regmath.l2_exact`)
    else:
        sol = lasso(_shifted(loss, l2), l1)
    return np.array(sol.point), sol.unique


def elastic_penalized(loss: Quadratic, *, l1: float, l2: float) -> ElasticSolution:
    r"""Minimize f(w) + l1‖w‖₁ + ½·l2‖w‖₂², the elastic net, exactly.

    Solves min_w ½ (w − ŵ)ᵀ H (w − ŵ) + l1‖w‖₁ + ½·l2‖w‖₂² in any dimension
    as the lasso min ½ (w − ŵ')ᵀ (H + l2 I)(w − ŵ') + l1‖w‖₁ with
    ŵ' = (H + l2 I)⁻¹ H ŵ (Zou & Hastie 2005, Lemma 1), by the exact lasso
    homotopy of `regmath.l1` (H + l2 I is formed from the factors of H, so its
    eigenvalues are d + l2). l2 = 0 is the lasso itself, l1 = 0 ridge
    (`regmath.l2.ridge`, exact zeros in 2-D).

    Parameters
    ----------
    loss
        The quadratic loss (ŵ, H), ŵ of shape (n,), H of shape (n, n) positive
        semidefinite; a singular H is fine when l2 > 0.
    l1, l2
        The penalties, finite and ≥ 0.

    Returns
    -------
    ElasticSolution
        w* (shape (n,), zero weights exactly 0.0) and, read as the constrained
        problem, α = l1 / (l1 + l2/2), λ = l1 + l2/2 (``multiplier``,
        ``strength``; at w* = 0 it is ‖Hŵ‖_∞/α, the smallest λ giving 0),
        t = g_α(w*) (``radius``), normal α s + 2(1−α) w*.
        For l2 = 0 and a singular H, w* is the lasso minimizer of smallest norm.

    Raises
    ------
    InvalidArgumentError
        ``loss``, ``l1`` or ``l2`` malformed; ``hessian`` as in `regmath.penalized`.

    Examples
    --------
    >>> from regmath import Quadratic
    >>> loss = Quadratic(center=[2.0, 0.3], hessian=[[1.0, 0.0], [0.0, 1.0]])
    >>> elastic_penalized(loss, l1=0.5, l2=1.0).point.tolist()
    [0.75, 0.0]
    """
    loss = check_loss(loss)
    l1 = check_nonnegative(l1, "l1")
    l2 = check_nonnegative(l2, "l2")
    point, unique = _penalized_point(loss, l1, l2)
    multiplier = l1 + 0.5 * l2
    alpha = l1 / multiplier if multiplier > 0.0 else 1.0
    q_max = float(np.max(np.abs(loss.hessian @ loss.center)))
    if not point.any() and multiplier > 0.0:
        # w* = 0: the smallest λ of the same α that gives it (0 when Hŵ = 0).
        multiplier = min(multiplier, q_max / alpha) if alpha * 1e300 > q_max else multiplier
        if q_max == 0.0:
            multiplier = 0.0
    radius = float(elastic_norm(point, alpha))
    return _elastic(loss, point, alpha=alpha, multiplier=multiplier, radius=radius,
                    active=multiplier > 0.0, unique=unique)


# -------------------------------------------------------------- constrained
def elastic_norm(w: ArrayLike, alpha: float, *, axis: int = -1) -> NDArray[np.float64] | float:
    r"""g_α(w) = α‖w‖₁ + (1−α)‖w‖₂² along ``axis`` (not a norm: the square is not homogeneous).

    Raises ``InvalidArgumentError`` naming ``alpha`` outside [0, 1].
    """
    alpha = check_alpha(alpha)
    a = np.abs(np.asarray(w, dtype=float))
    value = alpha * np.sum(a, axis=axis) + (1.0 - alpha) * np.sum(a * a, axis=axis)
    return float(value) if np.ndim(value) == 0 else value


@dataclass(frozen=True)
class _Piece:
    """The path on one active set: w_A(λ) = V z(λ), z = (u − λαv)/(e + λβ)."""

    active: NDArray[np.intp]
    signs: NDArray[np.float64]
    e: NDArray[np.float64]
    vectors: NDArray[np.float64]
    u: NDArray[np.float64]
    v: NDArray[np.float64]

    def z(self, lam: float, alpha: float, beta: float) -> NDArray[np.float64]:
        return (self.u - lam * alpha * self.v) / (self.e + lam * beta)

    def phi(self, lam: float, alpha: float, beta: float) -> tuple[float, float]:
        """φ_A(λ) = α vᵀz + (1−α) zᵀz and its derivative in λ."""
        denominator = self.e + lam * beta
        z = (self.u - lam * alpha * self.v) / denominator
        with np.errstate(over="ignore", under="ignore"):  # far from the root: a huge λ
            dz = (-alpha * self.v * self.e - beta * self.u) / denominator / denominator
        value = alpha * float(self.v @ z) + (1.0 - alpha) * float(z @ z)
        slope = alpha * float(self.v @ dz) + 2.0 * (1.0 - alpha) * float(z @ dz)
        return value, slope

    def point(self, lam: float, alpha: float, beta: float, n: int) -> NDArray[np.float64]:
        w = np.zeros(n)
        w[self.active] = self.vectors @ self.z(lam, alpha, beta)
        return w


def _piece(loss: Quadratic, point: NDArray[np.float64]) -> _Piece:
    active = np.flatnonzero(point != 0.0)
    signs = np.sign(point[active])
    e, vectors = np.linalg.eigh(loss.hessian[np.ix_(active, active)])
    e = np.maximum(e, 0.0)  # H_AA is semidefinite: a negative e is rounding
    q = loss.hessian[active] @ loss.center
    return _Piece(active, signs, e, vectors, vectors.T @ q, vectors.T @ signs)


def _piece_root(piece: _Piece, alpha: float, beta: float, t: float, lo: float, hi: float
                ) -> float | None:
    """λ in [lo, hi] with φ_A(λ) = t to the last bit, or None when φ_A − t keeps its sign.

    Safeguarded Newton (the bracket shrinks every step; bisection when Newton
    leaves it), as `regmath.l2.secular_multiplier`.
    """
    if lo == 0.0 and np.any(piece.e == 0.0):
        lo = hi * EPS  # the piece's formula divides by λβ at λ = 0
    f_lo = piece.phi(lo, alpha, beta)[0] - t
    f_hi = piece.phi(hi, alpha, beta)[0] - t
    if not (math.isfinite(f_lo) and math.isfinite(f_hi)) or f_lo < 0.0 or f_hi > 0.0:
        return None
    if f_lo == 0.0:
        return lo
    if f_hi == 0.0:
        return hi
    lam = 0.5 * (lo + hi)
    for _ in range(ROOT_MAX_ITER):
        value, slope = piece.phi(lam, alpha, beta)
        excess = value - t
        if excess > 0.0:
            lo = lam
        elif excess < 0.0:
            hi = lam
        else:
            return lam
        candidate = lam - excess / slope if slope < 0.0 else 0.5 * (lo + hi)
        if not lo < candidate < hi:
            candidate = 0.5 * (lo + hi)
        if candidate == lam or hi - lo <= 2.0 * EPS * hi:
            return candidate
        lam = candidate
    return lam


def _certified(loss: Quadratic, point: NDArray[np.float64], lam: float, alpha: float) -> bool:
    """KKT of the penalized problem at λ beyond rounding (`ELASTIC_CERTIFICATE_RTOL`)."""
    q = loss.hessian @ loss.center
    r = q - loss.hessian @ point
    nonzero = point != 0.0
    push = lam * (alpha * np.sign(point) + 2.0 * (1.0 - alpha) * point)
    scale = max(float(np.max(np.abs(q))), float(np.max(np.abs(push))), lam * alpha, 1e-300)
    worst = max(float(np.max(np.abs(r[nonzero] - push[nonzero]), initial=0.0)),
                float(np.max(np.abs(r[~nonzero]) - lam * alpha, initial=0.0)))
    return worst <= ELASTIC_CERTIFICATE_RTOL * scale


def _from_solution(loss: Quadratic, sol: Solution, alpha: float, radius: float, *,
                   multiplier: float) -> ElasticSolution:
    return _elastic(loss, np.array(sol.point), alpha=alpha, multiplier=multiplier,
                    radius=radius, active=sol.active, unique=sol.unique)


def elastic_constrained(loss: Quadratic, *, alpha: float, radius: float) -> ElasticSolution:
    r"""Minimize f(w) over the elastic-net ball α‖w‖₁ + (1−α)‖w‖₂² ≤ t, exactly.

    Solves min_w ½ (w − ŵ)ᵀ H (w − ŵ) subject to g_α(w) ≤ t in any dimension.
    KKT: H(w − ŵ) + λ(α s + 2(1−α) w) = 0, s ∈ ∂‖w‖₁, λ ≥ 0, λ = 0 when ŵ is
    feasible. The answer is the elastic net `elastic_penalized` at
    l1 = λα, l2 = 2λ(1−α); λ is found as the module docstring says: the active
    set of the exact penalized solution picks the piece of the path, and the
    rational equation φ_A(λ) = t is solved on it to the last bit. Weights off
    the active set are exactly 0.0. α = 1 is `regmath.constrained` with
    norm="l1" (radius t), α = 0 with norm="l2" at radius √t (its λ is the
    ridge multiplier / (2√t)).

    Parameters
    ----------
    loss
        The quadratic loss (ŵ, H), ŵ of shape (n,), H of shape (n, n).
    alpha
        α ∈ [0, 1].
    radius
        t ≥ 0 (the level of g_α, not a distance).

    Returns
    -------
    ElasticSolution
        w*, f(w*), ∇f(w*), the normal g = α s + 2(1−α) w*, λ (``multiplier``;
        at t = 0 it is ‖Hŵ‖_∞/α, infinite for α = 0), t, and the equivalent
        penalties ``l1``, ``l2``. With 0 < α < 1 and λ > 0 the minimizer is unique.

    Raises
    ------
    InvalidArgumentError
        ``loss``, ``alpha`` or ``radius`` malformed; ``radius`` for a singular H
        with 0 < α < 1 when t lies between the limit g_α(w(0⁺)) and g_α(Pŵ)
        (the minimizers then form a set this solver does not choose from);
        ``hessian`` when no answer passes the KKT certificate.

    Examples
    --------
    >>> from regmath import Quadratic
    >>> loss = Quadratic(center=[2.0, 0.3], hessian=[[1.0, 0.0], [0.0, 1.0]])
    >>> sol = elastic_constrained(loss, alpha=0.5, radius=1.0)
    >>> sol.point.tolist(), sol.zero_weights, sol.at_corner, round(sol.multiplier, 6)
    ([1.0, 0.0], (1,), True, 0.666667)
    """
    loss = check_loss(loss)
    alpha = check_alpha(alpha)
    t = check_nonnegative(radius, "radius")
    n = loss.dim
    if alpha == 1.0:
        sol = constrained_l1(loss, t)
        return _from_solution(loss, sol, 1.0, t, multiplier=sol.multiplier)
    if alpha == 0.0:
        sol = constrained_l2(loss, math.sqrt(t))
        if t == 0.0:
            multiplier = math.inf if sol.active else 0.0
        else:
            multiplier = sol.multiplier / (2.0 * math.sqrt(t))
        return _from_solution(loss, sol, 0.0, t, multiplier=multiplier)
    q = loss.hessian @ loss.center
    q_max = float(np.max(np.abs(q)))
    # May be inf for a tiny α (Python's float division raises instead); `_search` bounds it.
    lam_max = float(np.float64(q_max) / np.float64(alpha)) if q_max < alpha * 1e300 else math.inf
    if q_max == 0.0:  # Hŵ = 0: w = 0 minimizes f and is feasible
        return _elastic(loss, np.zeros(n), alpha=alpha, multiplier=0.0, radius=t,
                        active=False, unique=not loss.singular)
    if t == 0.0:
        return _elastic(loss, np.zeros(n), alpha=alpha, multiplier=lam_max, radius=0.0,
                        active=True, unique=True)
    smallest = loss.range_projection(loss.center)
    if float(elastic_norm(smallest, alpha)) <= t:
        # ŵ (or the smallest minimizer P ŵ) is feasible: the constraint does not bind.
        return _elastic(loss, smallest, alpha=alpha, multiplier=0.0, radius=t, active=False,
                        unique=not loss.singular)
    return _search(loss, alpha, t, lam_max)


def _search(loss: Quadratic, alpha: float, t: float, lam_max: float) -> ElasticSolution:
    """The active-set search for λ in (0, λ_max) with φ(λ) = t (see the module docstring)."""
    n = loss.dim
    beta = 2.0 * (1.0 - alpha)
    # An upper end with φ ≤ t that stays finite as α → 0: ‖w(λ)‖₂ ≤ ‖q‖/(λβ) and
    # ‖w‖₁ ≤ √n ‖w‖₂, so φ(λ) ≤ α√n x + (1−α)x² with x = ‖q‖/(λβ), which is t at
    # x = 2t/(α√n + √(α²n + 4(1−α)t)).
    q_norm = float(np.linalg.norm(loss.hessian @ loss.center))
    root_n = math.sqrt(n)
    x = 2.0 * t / (alpha * root_n + math.hypot(alpha * root_n, 2.0 * math.sqrt((1.0 - alpha) * t)))
    bound = q_norm / (beta * x) if beta * x > 0.0 else math.inf
    lo, hi = 0.0, min(lam_max, bound)  # φ(lo) > t ≥ φ(hi)
    top = hi

    def solve(lam: float) -> NDArray[np.float64]:
        return _penalized_point(loss, lam * alpha, lam * beta)[0]

    # The first piece: the weight with the largest |q_j| alone, just below λ_max.
    q = loss.hessian @ loss.center
    first = int(np.argmax(np.abs(q)))
    seed = np.zeros(n)
    seed[first] = np.sign(q[first])
    answer = _first_piece(loss, alpha, t, first)
    if answer is not None:
        return answer
    piece = _piece(loss, seed)
    for _ in range(ELASTIC_MAX_STEPS):
        root = _piece_root(piece, alpha, beta, t, lo, hi)
        lam = root if root is not None and lo < root < hi else 0.5 * (lo + hi)
        point = solve(lam)
        same = (root is not None and lam == root
                and np.array_equal(np.flatnonzero(point), piece.active)
                and np.array_equal(np.sign(point[piece.active]), piece.signs))
        if loss.singular and lo == 0.0 and hi < SINGULAR_LIMIT * top:
            raise InvalidArgumentError(
                "radius", f"t = {t:.17g} lies between g_alpha of the lambda -> 0 limit of the "
                f"elastic-net path and g_alpha of the smallest minimizer P w-hat "
                f"({float(elastic_norm(loss.range_projection(loss.center), alpha)):.6g}): the "
                f"hessian is singular, the minimizers of f inside the ball form a set with "
                f"multiplier 0, and this solver does not choose among them; use a t outside "
                f"that range")
        if same:
            answer = piece.point(lam, alpha, beta, n)
            if _certified(loss, answer, lam, alpha) and _on_boundary(answer, alpha, t):
                return _elastic(loss, answer, alpha=alpha, multiplier=lam, radius=t,
                                active=True, unique=True)
        value = float(elastic_norm(point, alpha))
        if value == t:
            return _accept(loss, point, lam, alpha, t)
        if value > t:
            lo = lam
        else:
            hi = lam
        if hi - lo <= BRACKET_ULPS * EPS * hi:
            # The root sits on a knot (within rounding): the homotopy's solution
            # there is exact KKT for λ and meets g = t to rounding.
            return _accept(loss, point, lam, alpha, t)
        if point.any():
            piece = _piece(loss, point)
    raise InvalidArgumentError(
        "radius", f"no multiplier found in {ELASTIC_MAX_STEPS} steps (bracket [{lo:.17g}, "
        f"{hi:.17g}]); the problem is too ill-conditioned")


def _first_piece(loss: Quadratic, alpha: float, t: float, j: int) -> ElasticSolution | None:
    """The answer on the path's first piece (only w_j ≠ 0) in closed form, or None.

    There w_j = s (λ_max − λ) α / (H_jj + λβ) with s = sign(q_j), so
    |w_j| = ρ solves (1−α)ρ² + αρ = t (ρ = `elastic_corner`, no cancellation) and
    δ = λ_max − λ = ρ (H_jj + λ_max β) / (α + ρβ). Written in δ, not in
    q_j − λα (which cancels), a tiny t keeps its relative accuracy. Accepted
    when KKT holds for every other weight: |q_k − H_kj w_j| ≤ λα, compared as
    computed (a near tie goes to the general search, which decides it by the
    homotopy).
    """
    h = loss.hessian
    q = h @ loss.center
    q_j = float(q[j])
    beta = 2.0 * (1.0 - alpha)
    lam_max = abs(q_j) / alpha
    rho = _corner(alpha, t)
    delta = rho * (float(h[j, j]) + lam_max * beta) / (alpha + rho * beta)
    # λ = λ_max − δ = (|q_j| − ρ H_jj) / (α + ρβ): the first form when δ is small
    # (tiny t), the second when δ is most of λ_max (a tiny α), each free of cancellation there.
    if delta <= 0.5 * lam_max:
        lam = lam_max - delta
    else:
        lam = (abs(q_j) - rho * float(h[j, j])) / (alpha + rho * beta)
    if not (lam > 0.0 and delta > 0.0):  # λ = λ_max in doubles is its rounding: fine
        return None
    point = np.zeros(loss.dim)
    point[j] = math.copysign(rho, q_j)
    r = q - h[:, j] * point[j]
    r[j] = 0.0
    if float(np.max(np.abs(r))) >= lam * alpha:  # another weight would be active
        return None
    return _elastic(loss, point, alpha=alpha, multiplier=lam, radius=t, active=True, unique=True)


def _on_boundary(point: NDArray[np.float64], alpha: float, t: float) -> bool:
    """Complementarity of an answer with λ > 0: g_α(w) = t to `BOUNDARY_RTOL`."""
    return abs(float(elastic_norm(point, alpha)) - t) <= BOUNDARY_RTOL * t


def _accept(loss: Quadratic, point: NDArray[np.float64], lam: float, alpha: float,
            t: float) -> ElasticSolution:
    if not (_certified(loss, point, lam, alpha) and _on_boundary(point, alpha, t)):
        raise InvalidArgumentError(
            "hessian", "the elastic-net solution misses its optimality conditions beyond "
            f"{ELASTIC_CERTIFICATE_RTOL:g} (relative): too ill-conditioned; refused")
    return _elastic(loss, point, alpha=alpha, multiplier=lam, radius=t, active=True,
                    unique=True)


# ------------------------------------------------------------------ facts
def elastic_zero_weights(solution: Solution) -> tuple[int, ...]:
    """Indices whose weight is exactly 0.0 (the solvers put exact zeros off the active set)."""
    return solution.zero_weights


def elastic_kind(solution: ElasticSolution) -> ElasticKind:
    """Where w* lies on the elastic-net ball, for a constrained solution.

    "origin" (t = 0), "interior" (λ = 0, g_α(ŵ) < t), "boundary" (λ = 0 with
    g_α(w*) = t), "corner" (active, α > 0, one nonzero weight: a vertex),
    "edge" (active, α > 0, some weights exactly 0 and more than one not; n ≥ 3),
    "arc" (2-D, active, no zero weight, or α = 0), "smooth" (the same in n ≥ 3).
    """
    if solution.radius == 0.0:
        return "origin"
    if not solution.active:
        inside = float(elastic_norm(solution.point, solution.alpha)) < solution.radius
        return "interior" if inside else "boundary"
    if solution.at_corner:
        return "corner"
    if solution.on_kink:
        return "edge"
    return "arc" if solution.point.size == 2 else "smooth"


# ---------------------------------------------------------------- 2-D ball
def _check_ball(alpha: float, radius: float) -> tuple[float, float]:
    return check_alpha(alpha), check_nonnegative(radius, "radius")


def _corner(alpha: float, t: float) -> float:
    # (1−α) r² + α r = t: r = 2t / (α + √(α² + 4(1−α)t)), the root without
    # cancellation; hypot keeps α² + 4(1−α)t from overflowing.
    if t == 0.0:
        return 0.0
    return 2.0 * t / (alpha + math.hypot(alpha, 2.0 * math.sqrt((1.0 - alpha) * t)))


def elastic_corner(alpha: float, radius: float) -> float:
    """r > 0 with (1−α) r² + α r = t: the ball meets the axes at ±r (√t at α = 0, t at α = 1)."""
    alpha, t = _check_ball(alpha, radius)
    return _corner(alpha, t)


@dataclass(frozen=True)
class ElasticArc:
    r"""The ball's boundary in one quadrant: an arc from ``start`` to ``end``.

    Attributes
    ----------
    signs
        (s₁, s₂), the quadrant; the quadrants come counter-clockwise from (+, +).
    start, end
        The axis corners (s₁r, 0) and (0, s₂r).
    center
        −k (s₁, s₂), k = α/(2(1−α)); None at α = 1 (a straight edge).
    radius
        R = √((1−α)t + α²/2)/(1−α); ∞ at α = 1.
    start_angle, angle
        The arc as seen from ``center``: it starts at this angle (radians) and
        turns by ``angle`` (signed, counter-clockwise positive); None at α = 1.

    Notes
    -----
    Near α = 1 the centre and R grow like 1/(1−α), and a point computed as
    centre + R(cos, sin) carries their rounding (eps·R); sample the outline with
    `elastic_outline`, which is accurate to a few eps of t for every α.
    """

    signs: tuple[float, float]
    start: tuple[float, float]
    end: tuple[float, float]
    center: tuple[float, float] | None
    radius: float
    start_angle: float | None
    angle: float | None


QUADRANTS = ((1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0))


def elastic_arcs(alpha: float, radius: float) -> tuple[ElasticArc, ElasticArc, ElasticArc,
                                                      ElasticArc]:
    """The four arcs of {α‖w‖₁ + (1−α)‖w‖₂² = t} in 2-D, counter-clockwise from (r, 0).

    Closed forms in the module docstring. Raises ``InvalidArgumentError``
    naming ``alpha`` or ``radius``.
    """
    alpha, t = _check_ball(alpha, radius)
    r = _corner(alpha, t)
    arcs = []
    for s1, s2 in QUADRANTS:
        start, end = (s1 * r + 0.0, 0.0), (0.0, s2 * r + 0.0)
        if alpha == 1.0:
            arcs.append(ElasticArc((s1, s2), start, end, None, math.inf, None, None))
            continue
        k = alpha / (2.0 * (1.0 - alpha))
        big = math.sqrt((1.0 - alpha) * t + 0.5 * alpha * alpha) / (1.0 - alpha)
        first = math.atan2(s2 * k, s1 * (r + k))
        last = math.atan2(s2 * (r + k), s1 * k)
        turn = (last - first + math.pi) % (2.0 * math.pi) - math.pi
        arcs.append(ElasticArc((s1, s2), start, end, (-k * s1 + 0.0, -k * s2 + 0.0), big,
                               first, turn))
    return tuple(arcs)  # type: ignore[return-value]


def elastic_outline(alpha: float, radius: float, *, samples_per_quadrant: int = 64
                    ) -> NDArray[np.float64]:
    r"""The boundary {α‖w‖₁ + (1−α)‖w‖₂² = t} as a closed polyline, shape (4m + 1, 2).

    Radial form: point k at angle θ_k = 2πk/(4m) (m = ``samples_per_quadrant``,
    the grid of `regmath.lp.lp_ball_boundary` with 4m + 1 samples, so outlines
    for different α, and the Lp balls, correspond point by point for morphing)
    at distance ρ with (1−α)ρ² + α(|cos θ| + |sin θ|)ρ = t, i.e.
    ρ = 2t / (αm₁ + √(α²m₁² + 4(1−α)t)), m₁ = |cos θ| + |sin θ| (no
    cancellation). Points 0, m, 2m, 3m are exactly the corners (±r, 0),
    (0, ±r); the last point repeats the first. The default (64) is the grid of
    `lp_ball_boundary`'s default 257 samples.

    Raises
    ------
    InvalidArgumentError
        ``alpha`` outside [0, 1], ``radius`` negative or not finite,
        ``samples_per_quadrant`` not an integer ≥ 1.
    """
    alpha, t = _check_ball(alpha, radius)
    m = samples_per_quadrant
    if isinstance(m, bool) or not isinstance(m, (int, np.integer)) or m < 1:
        raise InvalidArgumentError(
            "samples_per_quadrant", f"must be an integer >= 1, got {samples_per_quadrant!r}")
    m = int(m)
    k = np.arange(4 * m + 1)
    theta = 2.0 * np.pi * k / (4 * m)
    direction = np.stack([np.cos(theta), np.sin(theta)], axis=-1)
    # cos and sin of multiples of π/2 are not exactly 0 in floating point: make
    # the axis directions exact so the corners are exact points of the polyline.
    axes = k % m == 0
    direction[axes] = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0], [1.0, 0.0]])[
        k[axes] // m]
    m1 = np.sum(np.abs(direction), axis=1)
    if t == 0.0:
        return np.zeros((4 * m + 1, 2))
    rho = 2.0 * t / (alpha * m1 + np.hypot(alpha * m1, 2.0 * math.sqrt((1.0 - alpha) * t)))
    outline = rho[:, np.newaxis] * direction + 0.0
    outline[axes] = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0], [1.0, 0.0]])[
        k[axes] // m] * _corner(alpha, t) + 0.0
    outline[-1] = outline[0]
    return outline
