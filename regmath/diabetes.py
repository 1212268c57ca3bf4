r"""The diabetes data of the LARS paper: its loss, its exact lasso path against t = ‖w‖₁,
and ridge at the same fit.

The data (Efron, Hastie, Johnstone & Tibshirani 2004, "Least angle regression",
Ann. Statist. 32(2), Table 1) are 442 patients, ten baseline features and a
measure of disease progression one year later, shipped with scikit-learn
(`sklearn.datasets.load_diabetes`, whose columns are already centred and
scaled to unit Euclidean norm). With the response centred, y ← y − ȳ, the
training loss of the linear model w ∈ ℝ¹⁰ is

    ½ ‖y − Xw‖² = ½ (w − ŵ)ᵀ H (w − ŵ) + ½ ‖y − Xŵ‖²,   H = XᵀX,

with ŵ the least-squares fit (X has full column rank). Up to the constant it
is the `Quadratic` (ŵ, H), so `regmath.lasso_path`'s exact homotopy applies
unchanged. The lasso constrained to ‖w‖₁ ≤ t follows the path against
t = ‖w(λ)‖₁, which is linear in λ on each segment: the weights, and λ, are
exactly linear in t between the knots (the paper's Figure 1 plots them so).

Ridge "at the same fit" is the ridge solution w_R(μ) = (H + μI)⁻¹Hŵ whose
training loss equals the lasso's at t. In H's eigenbasis H = Q diag(d) Qᵀ,
c = Qᵀŵ,

    f(w_R(μ)) = ½ Σᵢ dᵢ cᵢ² μ² / (dᵢ + μ)²,

strictly increasing in μ (each term is), from 0 at μ = 0 to f(0) as μ → ∞, so
the equation f(w_R(μ)) = f(w_lasso(t)) has exactly one root, found by
bisection down to adjacent floating-point numbers (`ridge_same_fit`).

Nothing here imports manim; scikit-learn is imported only to load the data.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.l1 import lasso_path
from regmath.quadratic import Quadratic

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = [
    "FEATURES",
    "PAPER_ENTRY_ORDER",
    "DiabetesPath",
    "PathEvent",
    "RidgeFit",
    "diabetes_data",
    "diabetes_loss",
    "diabetes_path",
    "inner_products",
    "radius_path",
    "training_loss",
    "ridge_same_fit",
    "scaled_inner_products",
]

#: The ten features in the data's column order (scikit-learn calls tc, ldl, hdl,
#: tch, ltg and glu s1 … s6; these are the paper's names, Table 1).
FEATURES = ("age", "sex", "bmi", "bp", "tc", "ldl", "hdl", "tch", "ltg", "glu")
#: The order in which the lasso's features enter in the paper (1-based columns,
#: Efron et al. 2004, §1 and Figure 1): bmi, ltg, bp, hdl, sex, glu, tc, tch, ldl,
#: age; hdl (7) then leaves and returns. For the tests, not for the scene.
PAPER_ENTRY_ORDER = (3, 9, 4, 7, 2, 10, 5, 8, 6, 1)


def diabetes_data() -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The design X, shape (442, 10), and the centred response y, shape (442,).

    X is scikit-learn's ``load_diabetes()`` as shipped (columns centred, unit
    Euclidean norm); y is its target minus its mean.
    """
    x, y = _raw()
    return np.array(x), np.array(y)


@lru_cache(maxsize=1)
def _raw() -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    from sklearn.datasets import load_diabetes

    x, y = load_diabetes(return_X_y=True)
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    y = y - np.mean(y)
    x.setflags(write=False)
    y.setflags(write=False)
    return x, y


def diabetes_loss() -> Quadratic:
    r"""The training loss ½‖y − Xw‖² as the `Quadratic` (ŵ, H = XᵀX), constant dropped.

    ŵ is the least-squares fit (``numpy.linalg.lstsq``), shape (10,).
    """
    return _loss()


@lru_cache(maxsize=1)
def _loss() -> Quadratic:
    x, y = _raw()
    hessian = x.T @ x
    hessian = 0.5 * (hessian + hessian.T)
    center = np.linalg.lstsq(x, y, rcond=None)[0]
    return Quadratic(center=center, hessian=hessian)


@dataclass(frozen=True)
class PathEvent:
    """What happens at one knot of the path, read as t grows.

    Attributes
    ----------
    radius, strength
        The knot: t = ‖w‖₁ and the λ that gives it.
    joining, leaving
        Features (0-based columns) that become nonzero just after the knot, and
        that are nonzero just before it and exactly 0 from it on.
    """

    radius: float
    strength: float
    joining: tuple[int, ...]
    leaving: tuple[int, ...]


@dataclass(frozen=True, eq=False)
class DiabetesPath:
    r"""The exact lasso path of a loss against t = ‖w‖₁, piecewise linear between knots.

    Attributes
    ----------
    loss
        The `Quadratic` (ŵ, H).
    radii
        t₀ = 0 < t₁ < … < t_K = ‖ŵ‖₁ at the knots, shape (K + 1,).
    strengths
        λ at those knots, λ₀ = ‖Hŵ‖_∞ > … > λ_K = 0, shape (K + 1,).
    points
        w at the knots, shape (K + 1, n); weights off the active set exactly 0.0.
    active_sets
        For segment k (t_k < t < t_{k+1}): its nonzero weights.
    events
        One `PathEvent` per knot t₀ … t_{K−1} (the last knot, ŵ, ends the path).
    """

    loss: Quadratic
    radii: NDArray[np.float64]
    strengths: NDArray[np.float64]
    points: NDArray[np.float64]
    active_sets: tuple[tuple[int, ...], ...]
    events: tuple[PathEvent, ...]

    @property
    def end(self) -> float:
        """‖ŵ‖₁: from this t on the constraint is inactive and w = ŵ (λ = 0)."""
        return float(self.radii[-1])

    @property
    def entry_order(self) -> tuple[int, ...]:
        """Each feature's first entry, in the order they enter (0-based)."""
        order: list[int] = []
        for event in self.events:
            order.extend(j for j in event.joining if j not in order)
        return tuple(order)

    def segment(self, radius: float) -> int:
        """k with t_k ≤ radius < t_{k+1} (the last segment for radius ≥ t_{K−1})."""
        t = _radius(radius)
        k = int(np.searchsorted(self.radii, t, side="right")) - 1
        return min(max(k, 0), len(self.active_sets) - 1)

    def at(self, radius: float) -> NDArray[np.float64]:
        """The lasso's w at t = ``radius``, shape (n,): exact linear interpolation.

        Weights off the segment's active set are exactly 0.0; at a knot the
        knot's own point is returned; t ≥ ‖ŵ‖₁ gives ŵ.

        Raises
        ------
        InvalidArgumentError
            ``radius``: negative or not finite.
        """
        t = _radius(radius)
        if t >= self.end:
            return np.array(self.loss.center)
        hit = np.flatnonzero(self.radii == t)
        if hit.size:
            return np.array(self.points[hit[0]])
        k = self.segment(t)
        share = (t - self.radii[k]) / (self.radii[k + 1] - self.radii[k])
        point = np.zeros(self.loss.dim)
        active = list(self.active_sets[k])
        point[active] = (self.points[k, active]
                         + share * (self.points[k + 1, active] - self.points[k, active]))
        return point

    def strength_at(self, radius: float) -> float:
        """λ at t = ``radius`` (linear between knots; 0 from ‖ŵ‖₁ on)."""
        t = _radius(radius)
        if t >= self.end:
            return 0.0
        return float(np.interp(t, self.radii, self.strengths))

    def evaluate(self, radii: NDArray[np.float64]) -> NDArray[np.float64]:
        """w at many t at once, shape (m, n), for drawing (linear between knots)."""
        t = np.asarray(radii, dtype=float)
        return np.stack([np.interp(t, self.radii, self.points[:, i])
                         for i in range(self.loss.dim)], axis=-1)


def inner_products(path: DiabetesPath, radius: float) -> NDArray[np.float64]:
    r"""|xⱼᵀr| for every feature at t = ``radius``, r = y − Xw(t), shape (n,).

    With H = XᵀX and Xᵀy = Hŵ, Xᵀr = H(ŵ − w(t)) exactly (no data needed). Between
    knots w(t) is linear in t, so these are too; at a knot they use the knot's own
    point. KKT: on the active weights |xⱼᵀr| = λ(t); off them |xⱼᵀr| ≤ λ(t), and a
    feature joins at the knot where its |xⱼᵀr| meets the falling λ.

    Parameters
    ----------
    path
        A `DiabetesPath` (its loss gives ŵ and H).
    radius
        t ≥ 0; t ≥ ‖ŵ‖₁ gives 0 (the least-squares residual is orthogonal to X).

    Raises
    ------
    InvalidArgumentError
        ``radius``: negative or not finite.
    """
    w = path.at(radius)
    if np.array_equal(w, path.loss.center):
        return np.zeros(path.loss.dim)
    return np.abs(path.loss.hessian @ (path.loss.center - w))


def scaled_inner_products(path: DiabetesPath, radius: float) -> NDArray[np.float64]:
    r"""xⱼᵀr / λ for every feature at t = ``radius`` (signed), r = y − Xw(t), shape (n,).

    The KKT conditions of ½‖y − Xw‖² + λ‖w‖₁ in units of λ: xⱼᵀr / λ = sign(wⱼ) for
    every wⱼ ≠ 0 and lies in [−1, 1] for every wⱼ = 0. Xᵀr = H(ŵ − w(t)) exactly, as in
    `inner_products`; λ(t) is `DiabetesPath.strength_at`.

    Parameters
    ----------
    path
        A `DiabetesPath`.
    radius
        0 ≤ t < ‖ŵ‖₁ (λ > 0).

    Raises
    ------
    InvalidArgumentError
        ``radius``: negative, not finite, or at least ‖ŵ‖₁ (λ = 0 there).
    """
    t = _radius(radius)
    if t >= path.end:
        raise InvalidArgumentError("radius", f"must be below ‖ŵ‖₁ = {path.end!r} (λ = 0 "
                                             f"there), got {radius!r}")
    w = path.at(t)
    return path.loss.hessian @ (path.loss.center - w) / path.strength_at(t)


def training_loss(w: NDArray[np.float64]) -> float:
    r"""½‖y − Xw‖² on the diabetes data (centred y), the constant included.

    Equals `diabetes_loss` (ŵ, H)'s value plus ½‖y − Xŵ‖²; computed from the data.
    """
    x, y = _raw()
    residual = y - x @ np.asarray(w, dtype=float)
    return 0.5 * float(residual @ residual)


def _radius(radius: float) -> float:
    try:
        t = float(radius)
    except (TypeError, ValueError):
        raise InvalidArgumentError("radius", f"must be a number, got {radius!r}") from None
    if not math.isfinite(t) or t < 0.0:
        raise InvalidArgumentError("radius", f"must be finite and ≥ 0, got {radius!r}")
    return t


def radius_path(loss: Quadratic) -> DiabetesPath:
    r"""The exact lasso path of min f(w) s.t. ‖w‖₁ ≤ t, for every t ≥ 0, by knots in t.

    Parameters
    ----------
    loss
        f(w) = ½ (w − ŵ)ᵀ H (w − ŵ), any n; H positive definite keeps the path unique.

    Returns
    -------
    DiabetesPath
        From `regmath.lasso_path` (exact homotopy in λ), re-read by increasing
        t = ‖w(λ)‖₁ with the features that join or leave at each knot.

    Raises
    ------
    InvalidArgumentError
        ``center``: ŵ = 0 (the path is the single point 0);
        ``hessian``: as `regmath.lasso_path`.
    """
    path = lasso_path(loss)
    if len(path.active_sets) == 0:
        raise InvalidArgumentError("center", "ŵ = 0: the path is the single point 0")
    points = np.array(path.points, dtype=float)
    radii = np.sum(np.abs(points), axis=1)
    radii[0] = 0.0
    sets = tuple(tuple(sorted(a)) for a in path.active_sets)
    events = []
    for k in range(len(sets)):
        before = set(sets[k - 1]) if k > 0 else set()
        after = set(sets[k])
        events.append(PathEvent(radius=float(radii[k]), strength=float(path.knots[k]),
                                joining=tuple(j for j in path.active_sets[k] if j not in before),
                                leaving=tuple(sorted(before - after))))
    return DiabetesPath(loss=loss, radii=radii, strengths=np.array(path.knots, dtype=float),
                        points=points, active_sets=sets, events=tuple(events))


def diabetes_path() -> DiabetesPath:
    """`radius_path` of `diabetes_loss`: 12 knots, hdl leaving and returning."""
    return _path()


@lru_cache(maxsize=1)
def _path() -> DiabetesPath:
    return radius_path(_loss())


@dataclass(frozen=True)
class RidgeFit:
    r"""Ridge at a given training loss.

    Attributes
    ----------
    strength
        μ with f(w_R(μ)) = the target; ``inf`` when the target is f(0) (w = 0),
        0 when it is 0 (w = ŵ).
    point
        w_R(μ) = (H + μI)⁻¹ H ŵ, shape (n,).
    value
        f(w_R(μ)), the target to the last bit bisection can reach.
    """

    strength: float
    point: NDArray[np.float64]
    value: float

    @property
    def l1_norm(self) -> float:
        """‖w_R(μ)‖₁, the ridge weights' L1 norm (to set against the lasso's t)."""
        return float(np.sum(np.abs(self.point)))


def _ridge_parts(loss: Quadratic) -> tuple[NDArray[np.float64], NDArray[np.float64],
                                           NDArray[np.float64]]:
    d, q = np.linalg.eigh(loss.hessian)
    d = np.maximum(d, 0.0)
    return d, q, q.T @ loss.center


def _ridge_value(mu: float, d: NDArray[np.float64], c: NDArray[np.float64]) -> float:
    share = mu / (d + mu)
    return 0.5 * float(np.sum(d * (share * c) ** 2))


def ridge_same_fit(loss: Quadratic, target: float) -> RidgeFit:
    r"""Ridge's solution whose training loss f equals ``target``.

    Solves f(w_R(μ)) = target for μ ≥ 0, where w_R(μ) minimizes
    f(w) + (μ/2)‖w‖₂², i.e. w_R(μ) = (H + μI)⁻¹Hŵ = Q diag(d/(d + μ)) Qᵀŵ. The
    left side ½ Σ dᵢ cᵢ² μ²/(dᵢ + μ)² (c = Qᵀŵ) is strictly increasing in μ, so
    the root is unique; it is bracketed by doubling and bisected until the
    bracket's ends are adjacent floating-point numbers (the last ulp), and the
    end whose value is nearer the target is returned.

    Parameters
    ----------
    loss
        The `Quadratic` (ŵ, H), H positive definite.
    target
        The training loss to match, 0 ≤ target ≤ f(0) (e.g. the lasso's
        f(w_lasso(t))).

    Returns
    -------
    RidgeFit
        μ, w_R(μ), f(w_R(μ)). target = 0 gives μ = 0 and ŵ; target ≥ f(0)
        gives μ = inf and the zero vector.

    Raises
    ------
    InvalidArgumentError
        ``target``: negative, not finite, or above f(0) by more than rounding.

    Notes
    -----
    Hoerl & Kennard (1970), "Ridge regression", Technometrics 12(1), for
    w_R(μ); the eigen form of its residual is their eq. (2.3).
    """
    try:
        goal = float(target)
    except (TypeError, ValueError):
        raise InvalidArgumentError("target", f"must be a number, got {target!r}") from None
    top = float(loss.value(np.zeros(loss.dim)))
    if not math.isfinite(goal) or goal < 0.0:
        raise InvalidArgumentError("target", f"must be finite and ≥ 0, got {target!r}")
    if goal > top * (1.0 + 1e-12):
        raise InvalidArgumentError("target", f"{goal!r} exceeds f(0) = {top!r}: no ridge "
                                             "solution fits worse than w = 0")
    if goal == 0.0:
        return RidgeFit(0.0, np.array(loss.center), 0.0)
    if goal >= top:
        return RidgeFit(math.inf, np.zeros(loss.dim), top)
    d, q, c = _ridge_parts(loss)
    low, high = 0.0, max(float(np.max(d)), 1.0)
    while _ridge_value(high, d, c) < goal:
        low, high = high, 2.0 * high
        if not math.isfinite(high):  # pragma: no cover - goal < f(0) is reached first
            raise InvalidArgumentError("target", "no finite ridge strength reaches it")
    while True:
        mid = 0.5 * (low + high)
        if mid <= low or mid >= high:
            break
        if _ridge_value(mid, d, c) < goal:
            low = mid
        else:
            high = mid
    mu = low if abs(_ridge_value(low, d, c) - goal) <= abs(_ridge_value(high, d, c) - goal) \
        else high
    point = q @ (d / (d + mu) * c)
    return RidgeFit(float(mu), point, float(loss.value(point)))
