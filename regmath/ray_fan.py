"""The L2 "ray map" drawn whole: one ray of centres per point of the circle.

For ‖w‖₂ ≤ t and f(w) = ½(w − ŵ)ᵀH(w − ŵ) with H ≻ 0, the solution for ŵ outside the
disc is the boundary point v (‖v‖₂ = t) with H(ŵ − v) = μ v, μ ≥ 0 (the KKT conditions
with outward normal g = v / t). Read the other way round, every v on the circle owns the
ray ŵ = v + μ H⁻¹ v (μ ≥ 0) of centres whose solution is v: one ray per point of the
circle (`circle_rays`). Only the four axis points v = ±t eⱼ give an exact zero, so the
ŵ with a zero form four rays, a set of area zero: `missing_centers` draws a few ŵ at
random (a fixed seed) and keeps those that visibly miss all four.
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from regmath.drawing import ViewBox
from regmath.quadratic import Quadratic
from regmath.sparsity import _clip_segment, _far, l2_sparse_rays
from regmath.solve import check_nonnegative

__all__ = ["circle_rays", "circle_point_ray", "missing_centers", "distance_to_segment"]


def circle_rays(hessian: ArrayLike, radius: float, box: ViewBox, *, count: int = 20,
                phase: float = 0.0) -> list[tuple[float, NDArray[np.float64]]]:
    r"""The rays of centres of ``count`` evenly spaced circle points, clipped to ``box``.

    For v(θ) = t (cos θ, sin θ), θ = phase + 2πk / count, the ray is
    ŵ = v + μ H⁻¹ v, μ ≥ 0 (the centres whose L2 solution is v).

    Parameters
    ----------
    hessian : (2, 2) array_like, symmetric positive definite.
    radius : float, t ≥ 0.
    box : ViewBox the rays are clipped to.
    count : int ≥ 1, how many points.
    phase : float, the first point's angle θ₀ (radians).

    Returns
    -------
    list of (θ, (2, 2) ndarray): the start angle and the clipped segment [start, end]
    (rays that miss the box are left out).

    Raises
    ------
    ValueError if count < 1, radius < 0 or H is not positive definite.
    """
    if int(count) < 1:
        raise ValueError(f"count must be at least 1, got {count}")
    inverse = Quadratic(center=[0.0, 0.0], hessian=hessian).inverse_hessian
    t = check_nonnegative(radius, "radius")
    far = _far(box)
    rays = []
    for k in range(int(count)):
        theta = float(phase) + 2.0 * np.pi * k / int(count)
        v = t * np.array([np.cos(theta), np.sin(theta)])
        u = inverse @ np.array([np.cos(theta), np.sin(theta)])
        segment = _clip_segment(v, v + far * u / np.linalg.norm(u), box)
        if segment is not None:
            rays.append((theta, segment))
    return rays


def circle_point_ray(hessian: ArrayLike, point: ArrayLike,
                     box: ViewBox) -> NDArray[np.float64] | None:
    r"""The ray ŵ = v + μ H⁻¹ v (μ ≥ 0) of the centres whose L2 solution is the circle
    point v = ``point`` (v ≠ 0; the circle is ‖w‖₂ = ‖v‖₂), clipped to ``box``: its
    segment [start, end] (2, 2), or None when it misses the box. One normal at a smooth
    point, so one ray: a set of ŵ with no area.

    Raises
    ------
    ValueError if v = 0 or H is not positive definite.
    """
    v = np.asarray(point, dtype=float)
    if v.shape != (2,) or not np.any(v) or not np.all(np.isfinite(v)):
        raise ValueError(f"point must be a finite nonzero 2D point, got {point!r}")
    inverse = Quadratic(center=[0.0, 0.0], hessian=hessian).inverse_hessian
    u = inverse @ v
    return _clip_segment(v, v + _far(box) * u / np.linalg.norm(u), box)


def distance_to_segment(point: ArrayLike, segment: ArrayLike) -> float:
    r"""Euclidean distance from ``point`` (2,) to the segment [a, b] (``segment`` (2, 2)):
    ‖p − (a + s(b − a))‖ with s = clip(⟨p − a, b − a⟩ / ‖b − a‖², 0, 1)."""
    p = np.asarray(point, dtype=float)
    a, b = np.asarray(segment, dtype=float)
    d = b - a
    length = float(d @ d)
    s = 0.0 if length == 0.0 else float(np.clip((p - a) @ d / length, 0.0, 1.0))
    return float(np.linalg.norm(p - (a + s * d)))


def missing_centers(hessian: ArrayLike, radius: float, box: ViewBox, *, count: int = 5,
                    seed: int = 0, clearance: float = 0.05,
                    avoid: ArrayLike | None = None) -> NDArray[np.float64]:
    r"""``count`` centres ŵ drawn uniformly at random in ``box`` shrunk by the margin (numpy's default
    generator with ``seed``), kept only when outside the disc ‖ŵ‖₂ > t and at least
    ``clearance`` · min(box width, height) from each of the four axis rays
    (`regmath.sparsity.l2_sparse_rays`) and from every point of ``avoid`` ((n, 2)).

    A ray has area zero, so almost every draw is kept; the clearance only makes the miss
    visible. The draws are deterministic for a seed.

    Returns
    -------
    (k, 2) ndarray with k ≤ count (fewer only if 2000 draws do not give ``count``).
    """
    t = check_nonnegative(radius, "radius")
    rays = l2_sparse_rays(hessian, t, box)
    margin = float(clearance) * min(box.width, box.height)
    others = np.zeros((0, 2)) if avoid is None else np.asarray(avoid, dtype=float).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    kept: list[NDArray[np.float64]] = []
    for _ in range(2000):
        if len(kept) >= int(count):
            break
        # Inside the box by the margin too, so no dot sits on the view's edge.
        p = np.array([rng.uniform(box.x_range[0] + margin, box.x_range[1] - margin),
                      rng.uniform(box.y_range[0] + margin, box.y_range[1] - margin)])
        if np.linalg.norm(p) <= t + margin:
            continue
        if any(distance_to_segment(p, ray) < margin for ray in rays):
            continue
        if any(np.linalg.norm(p - q) < 2.0 * margin for q in [*others, *kept]):
            continue
        kept.append(p)
    return np.array(kept).reshape(-1, 2)
