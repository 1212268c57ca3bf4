"""A square magnifier box around a few problem points, for a zoomed lens beside a plot.

Unlike `regmath.drawing.view_box`, the box need not hold the origin: it frames only the
points where something happens (ŵ's path and w*'s, say), so a lens over them magnifies.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from numpy.typing import ArrayLike

from regmath.drawing import ViewBox, nice_step
from regmath.errors import InvalidArgumentError

#: Room on each side of the points, as a share of their extent.
LENS_MARGIN = 0.15


def lens_box(points: Iterable[ArrayLike], *, margin: float = LENS_MARGIN) -> ViewBox:
    r"""The square box centred on the points' bounding box, ``1 + 2·margin`` times its extent.

    Parameters
    ----------
    points
        Point sets, each of shape (k, 2) (or (2,)); at least one point in all.
    margin
        Room added on each side, as a share of the points' extent e (≥ 0).

    Returns
    -------
    ViewBox
        Centre c = (low + high) / 2 of the points' bounding box [low, high], half side
        h = e · (1/2 + margin) with e = max(high − low) (or, for a single point p,
        e = max(|p|∞, 1e-9) / 10), tick step `nice_step(2h)`.

    Raises
    ------
    InvalidArgumentError
        ``points`` for no point or a non-finite one, ``margin`` for a negative one.
    """
    stacked = [np.asarray(p, dtype=float).reshape(-1, 2) for p in points]
    if not stacked or sum(len(p) for p in stacked) == 0:
        raise InvalidArgumentError("points", "must hold at least one point")
    cloud = np.concatenate(stacked)
    if not np.all(np.isfinite(cloud)):
        raise InvalidArgumentError("points", "must be finite")
    if not margin >= 0.0:
        raise InvalidArgumentError("margin", f"must be >= 0, got {margin}")
    low, high = cloud.min(axis=0), cloud.max(axis=0)
    extent = float(np.max(high - low))
    if extent <= 0.0:
        extent = max(float(np.max(np.abs(cloud))), 1e-9) / 10.0
    center = 0.5 * (low + high)
    half = extent * (0.5 + margin)
    step = nice_step(2.0 * half)
    return ViewBox((float(center[0] - half), float(center[0] + half), step),
                   (float(center[1] - half), float(center[1] + half), step))


def lens_gain(lens: ViewBox, view: ViewBox, *, lens_side: float, plot_side: float) -> float:
    """How many times larger the lens draws a problem length than the plot does.

    ``(lens_side / max(lens.width, lens.height)) / (plot_side / max(view.width, view.height))``
    for a lens of ``lens_side`` scene units over ``lens`` and a plot of ``plot_side`` over
    ``view`` (both with equal units on their axes).

    Raises
    ------
    InvalidArgumentError
        ``lens_side`` or ``plot_side`` for a side that is not > 0.
    """
    for name, side in (("lens_side", lens_side), ("plot_side", plot_side)):
        if not side > 0.0:
            raise InvalidArgumentError(name, f"must be > 0, got {side}")
    return (lens_side / max(lens.width, lens.height)) / (plot_side / max(view.width, view.height))
