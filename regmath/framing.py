r"""Framing a 2D picture so that its lesson stays readable, whatever the data.

A tangency picture must show the ball, w* and the arrows at w* at a size a
viewer can read. When ŵ is far away, or the loss so elongated that the
touching contour is huge, a view holding everything would shrink the ball to
a few pixels. `focus_view` then frames the ball's neighbourhood at the
largest extent that keeps the ball readable, leaning towards ŵ; what falls
outside is clipped at the frame (`clip_polyline`) and an off-screen ŵ is
pointed at from the frame's edge (`edge_pointer`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from regmath.drawing import VIEW_MARGIN, ViewBox, view_box
from regmath.errors import InvalidArgumentError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from numpy.typing import ArrayLike, NDArray

__all__ = [
    "FocusedView",
    "focus_view",
    "clip_polyline",
    "edge_pointer",
    "MIN_BALL_SHARE",
]

#: The ball's diameter is at least this share of the view's extent (width = height).
#: With a 6-unit plot that is 2.4 units: 145 px at 480p, so the cone and the arrows at
#: w* (drawn at about half the radius) stay readable.
MIN_BALL_SHARE = 0.4


@dataclass(frozen=True)
class FocusedView:
    """A view box and whether everything asked for fits in it.

    Attributes
    ----------
    box
        The axis ranges.
    complete
        True when every point of ``context`` is inside (nothing clipped).
    """

    box: ViewBox
    complete: bool


def focus_view(
    essential: Iterable[ArrayLike],
    context: Iterable[ArrayLike],
    *,
    ball_diameter: float,
    lean_towards: ArrayLike | None = None,
    min_ball_share: float = MIN_BALL_SHARE,
) -> FocusedView:
    """The view holding ``essential`` always and ``context`` if the ball stays readable.

    Parameters
    ----------
    essential
        Point sets that must be in view (the ball outline, w*, arrow tips), each (k, 2).
    context
        Point sets shown when they fit (ŵ, the touching contour).
    ball_diameter
        The ball's diameter in problem units (2t).
    lean_towards
        Where the clipped context lies (ŵ): a clipped view extends from the
        essentials towards it as far as the extent allows.
    min_ball_share
        The ball's diameter must be at least this share of the view's extent.

    Returns
    -------
    FocusedView
        The smallest square view holding everything when the ball keeps its
        share; otherwise a square of extent ``ball_diameter / min_ball_share``
        holding the essentials, shifted towards ``lean_towards``, with
        ``complete=False``.
    """
    essential = [np.asarray(p, dtype=float).reshape(-1, 2) for p in essential]
    context = [np.asarray(p, dtype=float).reshape(-1, 2) for p in context]
    if not 0.0 < min_ball_share <= 1.0:
        raise InvalidArgumentError("min_ball_share", f"must lie in (0, 1], got {min_ball_share}")
    if not np.isfinite(ball_diameter) or ball_diameter <= 0.0:
        raise InvalidArgumentError("ball_diameter", f"must be > 0, got {ball_diameter}")
    whole = view_box([*essential, *context])
    if ball_diameter >= min_ball_share * max(whole.width, whole.height):
        return FocusedView(whole, True)
    core = np.concatenate([*essential, np.zeros((1, 2))])
    low, high = core.min(axis=0), core.max(axis=0)
    extent = ball_diameter / min_ball_share
    # The frame's inner extent once view_box adds its margin back on each side.
    inner = extent / (1.0 + 2.0 * VIEW_MARGIN)
    inner = max(inner, float(np.max(high - low)))
    target = np.zeros(2) if lean_towards is None else np.asarray(lean_towards, dtype=float)
    corner = leaning_corner(low, high, inner, target)
    box = view_box([corner, corner + inner])
    everything = np.concatenate([*essential, *context])
    return FocusedView(box, box.contains(everything))


def clip_polyline(points: ArrayLike, box: ViewBox) -> list[NDArray[np.float64]]:
    """The parts of a polyline inside ``box``, each a polyline of its own.

    Liang–Barsky on each segment; consecutive kept segments are joined, so a
    closed curve crossing the frame comes back as the arcs inside it, with
    their ends exactly on the frame's edges.
    """
    p = np.asarray(points, dtype=float).reshape(-1, 2)
    if p.shape[0] < 2:
        raise InvalidArgumentError("points", "a polyline needs at least 2 points")
    if box.contains(p):
        return [p.copy()]
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    a, d = p[:-1], p[1:] - p[:-1]
    lo = np.zeros(len(a))
    hi = np.ones(len(a))
    keep = np.ones(len(a), dtype=bool)
    for axis, low, high in ((0, x0, x1), (1, y0, y1)):
        for q_side, sign in ((a[:, axis] - low, -1.0), (high - a[:, axis], 1.0)):
            step = sign * d[:, axis]
            parallel = step == 0.0
            keep &= ~(parallel & (q_side < 0.0))
            with np.errstate(divide="ignore", invalid="ignore"):
                r = np.where(parallel, 0.0, q_side / np.where(parallel, 1.0, step))
            lo = np.where(~parallel & (step < 0.0), np.maximum(lo, r), lo)
            hi = np.where(~parallel & (step > 0.0), np.minimum(hi, r), hi)
    keep &= lo <= hi
    kept = np.flatnonzero(keep)
    if kept.size == 0:
        return []
    # Pieces assembled with array operations, not a Python step per segment: a touching
    # contour is clipped in every frame of a journey (WhyCornersWin's cost a millisecond).
    starts = a[kept] + lo[kept, np.newaxis] * d[kept]
    ends = a[kept] + hi[kept, np.newaxis] * d[kept]
    # A kept segment continues the previous one when it starts where that one ended.
    follows = np.zeros(kept.size, dtype=bool)
    follows[1:] = (np.diff(kept) == 1) & (hi[kept[:-1]] == 1.0) & (lo[kept[1:]] == 0.0)
    firsts = np.flatnonzero(~follows)
    pieces = [np.concatenate([starts[i:i + 1], ends[i:j]])
              for i, j in zip(firsts, [*firsts[1:], kept.size])]
    closed = np.array_equal(p[0], p[-1])
    if closed and len(pieces) > 1 and keep[0] and lo[0] == 0.0 and keep[-1] and hi[-1] == 1.0:
        # A closed curve that starts inside: its last arc runs on into its first.
        pieces[0] = np.concatenate([pieces.pop(), pieces[0][1:]])
    return [np.clip(piece, [x0, y0], [x1, y1]) for piece in pieces]


def edge_pointer(target: ArrayLike, box: ViewBox, *, origin: ArrayLike | None = None,
                 inset: float = 0.08) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Where an arrow towards an off-screen ``target`` meets the frame, and its direction.

    The arrow runs from ``origin`` (default: the box's centre) towards the
    target; the returned point is where that line leaves the box, pulled in
    by ``inset`` of the box's extent so the arrowhead stays inside.
    Returns (point, unit direction).
    """
    target = np.asarray(target, dtype=float)
    centre = np.array([np.mean(box.x_range[:2]), np.mean(box.y_range[:2])])
    start = centre if origin is None else np.asarray(origin, dtype=float)
    direction = target - start
    length = float(np.linalg.norm(direction))
    if length == 0.0:
        raise InvalidArgumentError("target", "must differ from the origin")
    direction = direction / length
    margin = inset * max(box.width, box.height)
    limits = [(box.x_range[0] + margin, box.x_range[1] - margin),
              (box.y_range[0] + margin, box.y_range[1] - margin)]
    steps = []
    for axis, (low, high) in enumerate(limits):
        if direction[axis] > 0.0:
            steps.append((high - start[axis]) / direction[axis])
        elif direction[axis] < 0.0:
            steps.append((low - start[axis]) / direction[axis])
    reach = max(min(steps), 0.0)
    return start + min(reach, length) * direction, direction


def leaning_corner(low: NDArray[np.float64], high: NDArray[np.float64], inner: float,
                   target: NDArray[np.float64]) -> NDArray[np.float64]:
    """The low corner of a box of side ``inner`` that holds the core [low, high] and leans
    towards ``target``, axis by axis (any dimension).

    On each axis the box starts between high − inner and low (so the core stays in): at the
    end nearer the target when the target is beyond the core, else centred on the target
    as far as that range allows. Shared by `focus_view` (2D) and `regmath.threed.view_3d`.
    """
    corner = np.empty(len(low))
    for axis in range(len(low)):
        lowest, highest = high[axis] - inner, low[axis]
        if target[axis] > high[axis]:
            corner[axis] = highest
        elif target[axis] < low[axis]:
            corner[axis] = lowest
        else:
            corner[axis] = min(max(target[axis] - inner / 2.0, lowest), highest)
    return corner
