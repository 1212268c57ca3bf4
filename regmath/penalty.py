"""Helpers for the penalty-equals-constraint story: a resting λ whose shown digits are exact."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from regmath.errors import InvalidArgumentError

__all__ = ["abs_graph", "abs_support", "corner_subgradient_kept", "corner_wedge", "round_strength",
           "subgradient_box", "subgradient_reach",
           "subgradient_scale",
           "subgradient_set"]


def round_strength(value: float, *, significant: int = 3) -> float:
    r"""``value`` rounded half up to ``significant`` significant digits.

    A strength λ that is shown with ``significant`` digits is used with exactly those
    digits, so every quantity recomputed from the shown λ (w*(λ), t = ‖w*‖₁) matches what
    is shown: λ = s · 10^(e − significant + 1) with s the rounded integer mantissa and
    e = ⌊log₁₀ |value|⌋.

    Parameters
    ----------
    value : float
        A finite strength; 0 stays 0.
    significant : int
        Significant digits kept, ≥ 1.

    Returns
    -------
    float
        The rounded value (the float nearest the decimal).

    Raises
    ------
    InvalidArgumentError
        If ``value`` is not finite or ``significant`` < 1.
    """
    if not math.isfinite(value):
        raise InvalidArgumentError("value", f"must be finite, got {value}")
    if significant < 1:
        raise InvalidArgumentError("significant", f"must be at least 1, got {significant}")
    if value == 0.0:
        return 0.0
    exponent = math.floor(math.log10(abs(value)))
    quantum = Decimal(1).scaleb(exponent - significant + 1)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def corner_wedge(
    axis_point: ArrayLike, radius: float, *, length: float, samples: int = 33,
) -> NDArray[np.float64]:
    r"""The normal cone at the corner of the 2D diamond ‖w‖₁ ≤ ``radius`` on the side of
    ``axis_point``, as a filled wedge: apex c, arc of radius ``length``.

    The corner is c = radius · sign(p_k) e_k, with k the one nonzero entry of
    ``axis_point`` = p (a point on an axis, e.g. a knot where the other weight leaves 0).
    The outward normals there are λ g with g_k = sign(p_k), g_j ∈ [−1, 1] (j ≠ k): the
    wedge runs from the ray g_j = −1 to the ray g_j = +1 (a right angle), so it is the
    wedge `regmath.drawing.normal_cone_wedge` draws for a solution at that corner.

    Parameters
    ----------
    axis_point : array_like, shape (2,)
        A point with exactly one nonzero entry: it names the corner's axis and side.
    radius : float
        t ≥ 0, the diamond's radius (the apex is at distance t from 0).
    length : float
        The arc's radius, ≥ 0.
    samples : int
        Points on the arc, ≥ 2.

    Returns
    -------
    ndarray, shape (samples + 2, 2)
        The closed polygon: apex, arc from the first ray to the second, apex.

    Raises
    ------
    InvalidArgumentError
        If ``axis_point`` is not 2D with exactly one nonzero entry, or ``radius``,
        ``length`` are negative or not finite, or ``samples`` < 2.
    """
    p = np.asarray(axis_point, dtype=float)
    if p.shape != (2,) or np.count_nonzero(p) != 1 or not np.all(np.isfinite(p)):
        raise InvalidArgumentError("axis_point", "must be a finite 2D point on one axis "
                                   "(exactly one nonzero entry)")
    for name, value in (("radius", radius), ("length", length)):
        if not (math.isfinite(value) and value >= 0.0):
            raise InvalidArgumentError(name, f"must be finite and >= 0, got {value}")
    if samples < 2:
        raise InvalidArgumentError("samples", f"must be at least 2, got {samples}")
    k = int(np.flatnonzero(p)[0])
    apex = np.zeros(2)
    apex[k] = radius * np.sign(p[k])
    first, second = np.sign(p), np.sign(p)
    first[1 - k], second[1 - k] = -1.0, 1.0
    a1, a2 = math.atan2(first[1], first[0]), math.atan2(second[1], second[0])
    turn = (a2 - a1 + math.pi) % (2.0 * math.pi) - math.pi  # the short way round (a right angle)
    angles = a1 + turn * np.linspace(0.0, 1.0, samples)
    arc = apex + length * np.stack([np.cos(angles), np.sin(angles)], axis=-1)
    return np.concatenate([apex[np.newaxis, :], arc, apex[np.newaxis, :]])


def subgradient_scale(length: float, *, dim: int = 2) -> float:
    r"""The scale at which every subgradient g of ‖w‖₁ in ``dim`` dimensions, drawn as
    scale · g, reaches at most ``length``, and the corner's edge rays (|g_i| = 1 for all
    i) exactly ``length``: scale = length / √dim (‖g‖₂ ≤ ‖(1, …, 1)‖₂ = √dim).

    Raises
    ------
    InvalidArgumentError
        If ``length`` is negative or not finite, or ``dim`` < 1.
    """
    if not (math.isfinite(length) and length >= 0.0):
        raise InvalidArgumentError("length", f"must be finite and >= 0, got {length}")
    if dim < 1:
        raise InvalidArgumentError("dim", f"must be at least 1, got {dim}")
    return length / math.sqrt(dim)


def subgradient_reach(scale: float, *, dim: int = 2) -> float:
    r"""The length of the corner's edge rays (|g_i| = 1 for all i) drawn at ``scale``:
    scale · √dim, the inverse of `subgradient_scale` (a wedge whose arc has this radius
    ends exactly at those rays' tips when g is drawn at ``scale``).

    Raises
    ------
    InvalidArgumentError
        If ``scale`` is negative or not finite, or ``dim`` < 1.
    """
    if not (math.isfinite(scale) and scale >= 0.0):
        raise InvalidArgumentError("scale", f"must be finite and >= 0, got {scale}")
    if dim < 1:
        raise InvalidArgumentError("dim", f"must be at least 1, got {dim}")
    return scale * math.sqrt(dim)


def subgradient_box(strength: float, *, scale: float, dim: int = 2) -> NDArray[np.float64]:
    r"""The pulls the penalty can give at w = 0, drawn at ``scale``: the square
    scale · λ · [−1, 1]² = {scale · λ g : ‖g‖∞ ≤ 1} (λ times ∂‖0‖₁), as a closed polyline.

    At w = 0 the loss pulls with −∇f(0) = Hŵ; w = 0 is the lasso's solution exactly when
    Hŵ ∈ λ[−1, 1]ⁿ, i.e. λ ≥ ‖Hŵ‖∞ = λ_max. Drawn at the same scale as the pull arrow
    from 0, the arrow's tip is inside the square for λ > λ_max and on its edge at λ_max.

    Parameters
    ----------
    strength : float
        λ ≥ 0.
    scale : float
        Drawing scale ≥ 0 (problem units per unit of gradient), the pull arrow's.
    dim : int
        Must be 2 (a square in the plane).

    Returns
    -------
    ndarray, shape (5, 2)
        The corners (s, s), (−s, s), (−s, −s), (s, −s), (s, s) with s = scale · λ.

    Raises
    ------
    InvalidArgumentError
        If ``strength`` or ``scale`` is negative or not finite, or ``dim`` is not 2.
    """
    for name, value in (("strength", strength), ("scale", scale)):
        if not (math.isfinite(value) and value >= 0.0):
            raise InvalidArgumentError(name, f"must be finite and >= 0, got {value}")
    if dim != 2:
        raise InvalidArgumentError("dim", f"only 2 is drawn, got {dim}")
    half = scale * strength
    return half * np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0], [1.0, 1.0]])


def abs_graph(half_width: float) -> NDArray[np.float64]:
    r"""The graph of |x| on [−a, a] (a = ``half_width``): the polyline (−a, a), (0, 0), (a, a).

    Exact: |x| is linear on each side of its kink at 0, and the square [−a, a]² holds the
    graph whole (|x| ≤ a there).

    Parameters
    ----------
    half_width : float
        a > 0, finite.

    Returns
    -------
    ndarray, shape (3, 2)

    Raises
    ------
    InvalidArgumentError
        If ``half_width`` is not finite and > 0.
    """
    if not (math.isfinite(half_width) and half_width > 0.0):
        raise InvalidArgumentError("half_width", f"must be finite and > 0, got {half_width}")
    a = float(half_width)
    return np.array([[-a, a], [0.0, 0.0], [a, a]])


def abs_support(slope: float, *, half_width: float) -> NDArray[np.float64]:
    r"""The supporting line of |x| at its kink with slope s, on [−a, a]: the segment from
    (−a, −s·a) to (a, s·a) of y = s·x.

    s is a subgradient of |x| at 0 exactly when |s| ≤ 1 (then s·x ≤ |x| for every x, with
    equality at 0): each such line touches the graph at the kink and stays under it. With
    |s| ≤ 1 the segment lies in the square [−a, a]², the box of `abs_graph`, so it needs no
    further clipping. At s = ±1 it runs along one branch of the graph.

    Parameters
    ----------
    slope : float
        s with |s| ≤ 1.
    half_width : float
        a > 0, finite.

    Returns
    -------
    ndarray, shape (2, 2)
        The segment's ends, left then right.

    Raises
    ------
    InvalidArgumentError
        If ``slope`` is not finite or |slope| > 1 (not a subgradient of |x| at 0), or
        ``half_width`` is not finite and > 0.
    """
    if not (math.isfinite(slope) and abs(slope) <= 1.0):
        raise InvalidArgumentError("slope", f"must lie in [-1, 1] (a subgradient), got {slope}")
    if not (math.isfinite(half_width) and half_width > 0.0):
        raise InvalidArgumentError("half_width", f"must be finite and > 0, got {half_width}")
    a = float(half_width)
    return np.array([[-a, -slope * a], [a, slope * a]])


def subgradient_set(point: ArrayLike) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""The subdifferential ∂‖w‖₁ at ``point`` as a box: its lower and upper corners.

    ∂‖w‖₁ = {g : g_i = sign(w_i) where w_i ≠ 0, g_i ∈ [−1, 1] where w_i = 0}, a product
    of intervals (Rockafellar, Convex Analysis, §23): a point where no weight is 0, a
    segment at a 2D corner (one weight 0), the square [−1, 1]² at 0.

    Parameters
    ----------
    point : array_like, shape (n,)
        A finite point w.

    Returns
    -------
    (low, high) : tuple of ndarray, each shape (n,)
        low_i = high_i = sign(w_i) where w_i ≠ 0; low_i = −1, high_i = 1 where w_i = 0.

    Raises
    ------
    InvalidArgumentError
        If ``point`` is not a finite 1D array.
    """
    w = np.asarray(point, dtype=float)
    if w.ndim != 1 or w.size == 0 or not np.all(np.isfinite(w)):
        raise InvalidArgumentError("point", "must be a finite 1D point")
    sign = np.sign(w) + 0.0
    zero = w == 0.0
    return np.where(zero, -1.0, sign), np.where(zero, 1.0, sign)


def corner_subgradient_kept(
    center: ArrayLike, hessian: ArrayLike, axis_point: ArrayLike, strength: float,
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""The point and the g that the lasso would need if w* were kept on the corner's axis
    at ``strength`` λ: the minimizer of f(w) + λ‖w‖₁ over the axis of ``axis_point`` (its
    sign kept), and g = −∇f(w)/λ there.

    With f(w) = ½ (w − ŵ)ᵀ H (w − ŵ), k the one nonzero entry of p = ``axis_point`` and
    s = sign(p_k), the minimizer over {w : w_j = 0 for j ≠ k} is
    w_k = ((Hŵ)_k − λ s) / H_kk (the derivative in w_k, (H(w − ŵ))_k + λ s, set to 0), and
    g = H(ŵ − w)/λ, whose k-th entry is s. g lies in ∂‖w‖₁ (all |g_j| ≤ 1, j ≠ k) exactly
    when the corner is the lasso's solution; below a knot where a weight leaves 0,
    |g_j| > 1: g has left the corner's set, so w* cannot stay there.

    Parameters
    ----------
    center : array_like, shape (n,)
        ŵ.
    hessian : array_like, shape (n, n)
        H, symmetric with H_kk > 0.
    axis_point : array_like, shape (n,)
        A point with exactly one nonzero entry (the corner's axis and side).
    strength : float
        λ > 0.

    Returns
    -------
    point : ndarray, shape (n,)
        w on the axis (w_k may have the other sign when λ is large: the formula is the
        stationary point on the axis, the corner's piece continued).
    g : ndarray, shape (n,)
        −∇f(w)/λ.

    Raises
    ------
    InvalidArgumentError
        If ``strength`` is not finite and > 0, ``axis_point`` has not exactly one nonzero
        entry, the shapes disagree or H_kk ≤ 0.
    """
    if not (math.isfinite(strength) and strength > 0.0):
        raise InvalidArgumentError("strength", f"must be finite and > 0, got {strength}")
    c = np.asarray(center, dtype=float)
    h = np.asarray(hessian, dtype=float)
    p = np.asarray(axis_point, dtype=float)
    if c.ndim != 1 or h.shape != (c.size, c.size) or p.shape != c.shape:
        raise InvalidArgumentError("axis_point", f"shapes disagree: center {c.shape}, "
                                   f"hessian {h.shape}, axis_point {p.shape}")
    nonzero = np.flatnonzero(p)
    if nonzero.size != 1:
        raise InvalidArgumentError("axis_point", f"must have exactly one nonzero entry, got {p}")
    k = int(nonzero[0])
    if not h[k, k] > 0.0:
        raise InvalidArgumentError("hessian", f"H[{k}, {k}] must be > 0, got {h[k, k]}")
    sign = float(np.sign(p[k]))
    point = np.zeros_like(c)
    point[k] = (float((h @ c)[k]) - strength * sign) / h[k, k]
    return point, h @ (c - point) / strength
