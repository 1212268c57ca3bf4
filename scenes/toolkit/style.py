"""The shared look of every scene: colours, layout, the axes factory, label helpers.

Scenes take their coordinates from `regmath` and their appearance from here;
the helpers only convert problem coordinates to scene coordinates through the
axes, they never compute geometry.

Layout: the bottom tenth of the frame (below `CAPTION_TOP`) is where players
draw captions, so nothing is placed there; the plot is a square on the left,
text and equations sit right of `PANEL_LEFT`. Tick numbers never cover a key
curve: `make_axes` drops a number whose box meets a curve passed in ``avoid``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import svgelements
from manim import (
    config,
    DecimalNumber,
    Dot,
    Integer,
    MarkupText,
    Text,
    LinearBase,
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Axes,
    ManimColor,
    MathTex,
    Polygon,
    Tex,
    Mobject,
    VGroup,
    VMobject,
)

from regmath.drawing import ball_outline, level_set
from scenes.toolkit import encoding, palette

if TYPE_CHECKING:
    from manim import Animation
    from numpy.typing import ArrayLike, NDArray

    from regmath.quadratic import Quadratic

    from regmath.drawing import ViewBox

__all__ = [
    "keep_inside",
    "box_of",
    "segment_meets_box",
    "BALL_COLORS",
    "LOSS_COLOR",
    "CENTER_COLOR",
    "SOLUTION_COLOR",
    "GRADIENT_COLOR",
    "NORMAL_COLOR",
    "CONE_COLOR",
    "TEXT_COLOR",
    "PLOT_SIDE",
    "PLOT_CENTER",
    "PANEL_LEFT",
    "make_axes",
    "ball_shape",
    "contour_line",
    "make_plot",
    "decimals",
    "to_scene",
    "polyline",
    "filled_polygon",
    "panel_text",
    "fmt",
    "as_direction",
    "place_label",
    "place_clear",
    "legible",
    "marker",
    "set_pieces",
    "draw_ball",
    "dashed",
    "set_dashes",
    "keep_in_frame",
    "CAPTION_TOP",
    "PANEL_RIGHT",
    "MUTED_COLOR",
    "INSET_STYLE",
]

# Colours by role (see scenes/toolkit/palette.py for how they were chosen).
BALL_COLORS = {"l1": palette.LASSO, "l2": palette.RIDGE}
LOSS_COLOR = palette.LOSS
CENTER_COLOR = palette.CENTER
SOLUTION_COLOR = palette.SOLUTION
GRADIENT_COLOR = palette.GRADIENT
NORMAL_COLOR = palette.NORMAL
CONE_COLOR = palette.NORMAL
TEXT_COLOR = palette.TEXT
MUTED_COLOR = palette.MUTED
BACKGROUND = palette.BACKGROUND
if palette.THEME != "dark":
    # The light theme draws on white: Manim's background follows the palette (a
    # transparent render, -t, still has none, for an overlay on a white slide).
    config.background_color = BACKGROUND
    # Manim's text, numbers and dots default to white: on white they would vanish.
    for _kind in (MathTex, Tex, DecimalNumber, Integer, Text, MarkupText, Dot):
        _kind.set_default(color=TEXT_COLOR)
#: A magnified inset's frame, the region it magnifies on the main plot, and the lines
#: joining them (InactiveConstraint, LagrangeHike).
INSET_STYLE = {"stroke_color": TEXT_COLOR, "stroke_width": 1.5, "stroke_opacity": 0.7}
#: Labels on the plot sit above contours, outlines and arrows.
LABEL_Z = 5

#: Players draw captions over the bottom tenth of the frame: nothing goes below this.
CAPTION_TOP = -config.frame_height / 2 + config.frame_height / 10
#: The plot is a square of this side (scene units) centred at PLOT_CENTER; the
#: right part of the 16:9 frame, from PANEL_LEFT, holds text and equations.
PLOT_SIDE = 6.0
PLOT_CENTER = np.array([-3.5, 0.15, 0.0])
PANEL_LEFT = 0.6
#: The panel's text may run to here (the frame's right edge less a margin).
PANEL_RIGHT = config.frame_width / 2 - 0.3
#: Scene units between a tick number and a labelled point before the number is dropped.
NUMBER_CLEARANCE = 0.45

# Manim stores a deep copy of every parsed TeX string, to reuse it if the same
# string comes again in this process. Our labels are almost all different
# strings, so the copy is wasted: 40 % of a MathTex's construction (23 ms -> 14 ms
# per label with the TeX cache warm). Tick numbers (DecimalNumber) still use it.
MathTex.set_default(use_svg_cache=False)


def _shared(path: svgelements.Path, memo: dict) -> svgelements.Path:
    return path


# Each glyph of a TeX label (VMobjectFromSVGPath) keeps the parsed SVG path it was
# made from (`path_obj`); Manim reads it once, to make the glyph's points, and never
# again (svg_mobject.py: only `generate_points`). A deep copy of a label still copied
# every glyph's path: 17 of a label's 19 ms copy, paid by each Transform, Indicate and
# cache hit before its first frame. Copies share the path instead (points, colours and
# everything drawn are still copied; tests/test_style.py).
svgelements.Path.__deepcopy__ = _shared
# Held frames (waits, narration holds) are converted to yuv420p once: see scenes/encoding.py.
encoding.install()


def make_axes(
    view: ViewBox,
    *,
    side: float = PLOT_SIDE,
    keep_clear: ArrayLike = (),
    center: ArrayLike = PLOT_CENTER,
    font_size: float = 26,
    labels: tuple[str, str] = ("w_1", "w_2"),
    avoid: Sequence[ArrayLike] = (),
    frame: ArrayLike | None = None,
    regular: bool = False,
) -> VGroup:
    """Axes w₁, w₂ over ``view`` with equal units on both axes.

    The longer extent of the view gets ``side`` scene units, so circles stay
    round. Tick numbers closer than NUMBER_CLEARANCE to a problem point in
    ``keep_clear`` (ŵ, w*: points that get their own label) are left out, and
    so are numbers whose box meets a polyline of ``avoid`` (problem points,
    shape (k, 2) each: the ball, the touching contour, a path), so a number's
    dark outline never cuts a gap in a curve that matters. A number whose box
    meets ``frame`` (a polyline of problem points: the plot's drawn frame) is left
    out, not moved: stepped outward it would sit past the frame, on the axis's name.
    With ``regular``, an axis whose numbers got holes this way keeps a regular subset
    instead (every other number, or every third, whichever keeps most), so the numbers
    read as one evenly spaced scale; if none keeps two numbers, the holes stay.
    Returns a VGroup (axes, labels); the axes are its first element.
    """
    unit = side / max(view.width, view.height)
    places = decimals(view.x_range[2])
    axes = Axes(
        x_range=list(view.x_range),
        y_range=list(view.y_range),
        x_length=unit * view.width,
        y_length=unit * view.height,
        tips=False,
        axis_config={
            "color": MUTED_COLOR,
            "stroke_width": 2,
            "include_numbers": False,
            "font_size": 22,
            "line_to_number_buff": 0.12,
            "decimal_number_config": {"num_decimal_places": places},
        },
    )
    axes.move_to(np.asarray(center, dtype=float))
    clear = np.asarray(keep_clear, dtype=float).reshape(-1, 2)
    marked = to_scene(axes, clear) if clear.size else np.zeros((0, 3))
    curves = _curve_samples([to_scene(axes, np.asarray(c, dtype=float).reshape(-1, 2))
                             for c in avoid])
    edges = (_curve_samples([to_scene(axes, np.asarray(frame, dtype=float).reshape(-1, 2))])
             if frame is not None else np.zeros((0, 3)))
    for axis, (low, high, tick) in ((axes.x_axis, view.x_range), (axes.y_axis, view.y_range)):
        _label_ticks(axis, low, high, tick, places, font_size)
        direction = axis.get_end() - axis.get_start()  # (get_unit_vector is one axis unit long)
        along = direction / np.linalg.norm(direction)
        for number in list(axis.numbers):
            if any(np.linalg.norm(number.get_center() - p) < NUMBER_CLEARANCE for p in marked):
                axis.numbers.remove(number)
                continue
            if len(edges) and _box_meets(number, edges, 0.0):
                axis.numbers.remove(number)
                continue
            if _box_meets(number, curves, CLEARANCE):
                _step_clear(axis, number, along, curves)
            if _box_meets(number, curves, CLEARANCE):
                axis.numbers.remove(number)
        if regular:
            _keep_regular(axis, low, high, tick)
    x_label = MathTex(labels[0], font_size=34).next_to(axes.x_axis.get_end(), RIGHT, buff=0.15)
    y_label = MathTex(labels[1], font_size=34).next_to(axes.y_axis.get_end(), UP, buff=0.12)
    return VGroup(axes, x_label, y_label)


def make_plot(x_range: tuple[float, float, float], y_range: tuple[float, float, float],
              x_label: str, y_label: str, *, center: ArrayLike, size: tuple[float, float],
              label_size: float = 32) -> VGroup:
    """Axes for a function plot (different units on the two axes); labels are LaTeX.

    Ranges come from `regmath.drawing.axis_range`. Returns VGroup(axes, labels).
    """

    axes = Axes(x_range=list(x_range), y_range=list(y_range), x_length=size[0],
                y_length=size[1], tips=False,
                axis_config={"color": TEXT_COLOR, "stroke_width": 2, "font_size": 20},
                x_axis_config={"include_numbers": True,
                               "decimal_number_config": {"num_decimal_places": decimals(x_range[2])}},
                y_axis_config={"include_numbers": True,
                               "decimal_number_config": {"num_decimal_places": decimals(y_range[2])}})
    axes.move_to(np.asarray(center, dtype=float))
    labels = VGroup(
        MathTex(x_label, font_size=label_size).next_to(axes.x_axis.get_end(), RIGHT, buff=0.15),
        MathTex(y_label, font_size=label_size).next_to(axes.y_axis.get_end(), UP, buff=0.1),
    )
    return VGroup(axes, labels)


def decimals(step: float) -> int:
    """Decimal places that show a tick step exactly (0 for whole steps, 5 for 1e-05)."""
    from decimal import Decimal

    exponent = Decimal(repr(float(step))).normalize().as_tuple().exponent
    return max(0, -int(exponent))


def _label_ticks(
    axis: object, low: float, high: float, tick: float, places: int, font_size: float
) -> None:
    """Numbers on the ticks: every tick when there are few, every other one when crowded."""
    ticks = np.arange(round(low / tick), round(high / tick) + 1) * tick
    every = 2 if ticks.size > 8 else 1
    labelled = [x for x in ticks if round(x / tick) % every == 0 and abs(x) > 1e-12]
    if every == 2:
        places = decimals(2 * tick)
    axis.add_numbers(labelled, num_decimal_places=places, font_size=font_size)
    for number in axis.numbers:
        legible(number)
    axis.numbers.set_z_index(4)


def _keep_regular(axis: object, low: float, high: float, tick: float) -> None:
    """Drop numbers so that those left are evenly spaced (see `make_axes`'s ``regular``)."""
    labelled = np.arange(round(low / tick), round(high / tick) + 1)
    every = 2 if labelled.size > 8 else 1
    candidates = [int(k) for k in labelled if k % every == 0 and k != 0]
    kept = {int(round(float(n.get_value()) / tick)): n for n in axis.numbers}
    if len(kept) == len(candidates):
        return
    best: list[int] = []
    for step in (2, 3):
        for offset in range(step):
            subset = [k for k in candidates if (k // every) % step == offset]
            if all(k in kept for k in subset) and len(subset) > len(best):
                best = subset
        if len(best) >= 2:
            break
    if len(best) < 2:
        return
    for k, number in kept.items():
        if k not in best:
            axis.numbers.remove(number)


#: How far a tick number may step away from its tick to clear a curve (scene units).
NUMBER_STEP = 0.3


def _step_clear(axis: object, number: Mobject, along: NDArray[np.float64],
                curves: NDArray[np.float64]) -> None:
    """Move a tick number that covers a curve to where it does not, staying by its tick.

    First straight away from the axis (a diamond's edges leave its corner at 45°,
    so a little further out the number sits clear, still under its tick), then
    sideways along the axis, away from the origin (a circle is tangent to the
    axis's normal there). Leaves the number where it was if neither clears.
    """
    home = number.get_center().copy()
    away = home - axis.n2p(axis.p2n(home))  # from the axis line towards the number
    away = away / max(float(np.linalg.norm(away)), 1e-12)
    outward = np.sign(float(axis.p2n(home)) or 1.0) * along
    for direction in (away, outward):
        for step in np.linspace(0.05, NUMBER_STEP, 6):
            number.move_to(home + step * direction)
            if not _box_meets(number, curves, CLEARANCE):
                return
    number.move_to(home)


def _curve_samples(curves: Sequence[NDArray[np.float64]], spacing: float = 0.02
                   ) -> NDArray[np.float64]:
    """Points along scene polylines (x, y), at most ``spacing`` apart."""
    pieces = [np.zeros((0, 2))]
    for curve in curves:
        p = curve[:, :2]
        for start, end in zip(p[:-1], p[1:]):
            count = int(np.ceil(np.linalg.norm(end - start) / spacing)) + 1
            t = np.linspace(0.0, 1.0, count)[:, np.newaxis]
            pieces.append(start + t * (end - start))
    return np.concatenate(pieces)


def _box_meets(mobject: Mobject, points: NDArray[np.float64], margin: float) -> bool:
    """Whether any of ``points`` lies in the mobject's box grown by ``margin``."""
    if not len(points):
        return False
    low = mobject.get_corner(DOWN + LEFT)[:2] - margin
    high = mobject.get_corner(UP + RIGHT)[:2] + margin
    return bool(np.any(np.all((points >= low) & (points <= high), axis=1)))


def box_of(mobject: Mobject) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The mobject's box in the scene's plane: its low-left and high-right (x, y) corners.

    The same box as ``get_corner(DOWN + LEFT)`` and ``get_corner(UP + RIGHT)`` (the
    origin for a mobject with no points, as Manim gives), from one pass over the
    family's points instead of two (layout checks run per frame).
    """
    low, high = _box3(mobject)
    return low[:2], high[:2]


def boxes_meet(a: Mobject, b: Mobject, *, gap: float = 0.0) -> bool:
    """Whether two mobjects' boxes overlap or come closer than ``gap`` on both axes
    (layout only: scene units; ``gap = 0`` means the closed boxes share a point)."""
    (a_low, a_high), (b_low, b_high) = box_of(a), box_of(b)
    return bool(np.all(a_low - gap <= b_high) and np.all(b_low - gap <= a_high))


def segment_meets_box(start: ArrayLike, end: ArrayLike, low: ArrayLike, high: ArrayLike
                      ) -> bool:
    """Whether the segment from ``start`` to ``end`` (x, y) meets the closed box
    [low, high] (layout only).

    Exact: the segment's parameter interval inside each slab low ≤ x ≤ high, intersected
    (the Liang–Barsky clip, Foley et al., *Computer Graphics*, §3.12.4).
    """
    a = np.asarray(start, dtype=float)[:2]
    d = np.asarray(end, dtype=float)[:2] - a
    low, high = np.asarray(low, dtype=float)[:2], np.asarray(high, dtype=float)[:2]
    enter, leave = 0.0, 1.0
    for k in range(2):
        if d[k] == 0.0:
            if not low[k] <= a[k] <= high[k]:
                return False
            continue
        u0, u1 = sorted(((low[k] - a[k]) / d[k], (high[k] - a[k]) / d[k]))
        enter, leave = max(enter, u0), min(leave, u1)
        if enter > leave:
            return False
    return True


#: Width of the ring round a marker; w*'s ring is in the text colour (see `marker`).
MARKER_RING_WIDTH = 2.5
SOLUTION_RING_WIDTH = 3.0
SOLUTION_HALO_WIDTH = 7.0


def marker(point: ArrayLike, color: ManimColor, *, radius: float = 0.08, z_index: int = 3) -> Dot:
    """A dot for a point of the story (ŵ, w*), ringed so it stands apart from the
    line it sits on.

    Most markers get a ring in the background colour. w* (the solution colour)
    sits on the orange diamond and the green circle, a red/orange/green trio that
    deuteranopes and protanopes see with nearly one lightness, so its ring is in
    the text colour inside a dark halo: the touch point then differs from the
    ball by lightness and by shape, whatever the viewer's colour vision.
    """
    dot = Dot(np.asarray(point, dtype=float), radius=radius, color=color, z_index=z_index)
    if ManimColor(color) == SOLUTION_COLOR:
        dot.set_stroke(BACKGROUND, width=SOLUTION_HALO_WIDTH, background=True)
        dot.set_stroke(TEXT_COLOR, width=SOLUTION_RING_WIDTH)
    else:
        dot.set_stroke(BACKGROUND, width=MARKER_RING_WIDTH)
    return dot


def set_pieces(mobject: VMobject, axes: Axes, pieces: Sequence[ArrayLike]) -> VMobject:
    """Make ``mobject`` the polylines ``pieces`` (problem points): a clipped curve's arcs."""
    mobject.clear_points()
    for piece in pieces:
        corners = to_scene(axes, piece)
        if len(corners) < 2:
            continue
        mobject.start_new_path(corners[0])
        mobject.add_points_as_corners(corners[1:])
    return mobject


def legible(label: VMobject) -> VMobject:
    """A dark outline behind a label, drawn above the plot, so it reads over curves."""
    label.set_stroke(BACKGROUND, width=5, background=True)
    label.set_z_index(LABEL_Z)
    return label


def ball_shape(axes: Axes, norm: str, radius: float, *, samples: int = 129,
               stroke_width: float = 4) -> VGroup:
    """The ball ‖w‖_p ≤ t: VGroup(fill, outline) in the norm's colour.

    Two mobjects, so the outline can be drawn while the fill fades in
    (`draw_ball`); Manim's Create on one filled shape fills the partial
    outline, a jagged fan, while it draws.
    """
    color = BALL_COLORS[norm]
    points = ball_outline(norm, radius, samples=samples)
    fill = polyline(axes, points, stroke_width=0, fill_color=color, fill_opacity=0.18)
    outline = polyline(axes, points, stroke_color=color, stroke_width=stroke_width)
    return VGroup(fill, outline)


def draw_ball(ball: VGroup, **kwargs: object) -> list[Animation]:
    """Draw a `ball_shape`'s outline while its fill fades in."""
    from manim import Create

    from scenes.toolkit.reveal import Reveal

    return [Create(ball[1], **kwargs), Reveal(ball[0], **kwargs)]


def contour_line(axes: Axes, loss: Quadratic, level: float, *, samples: int = 129,
                 faint: bool = False) -> VMobject:
    """The loss contour {f = L}: bold for the one that matters, faint for context."""
    return polyline(axes, level_set(loss, level, samples=samples), stroke_color=LOSS_COLOR,
                    stroke_width=2 if faint else 4, stroke_opacity=0.45 if faint else 1.0)


def to_scene(axes: Axes, points: ArrayLike) -> NDArray[np.float64]:
    """Problem coordinates (k, 2) or (2,) to scene points (k, 3) or (3,).

    Our axes are linear, so this is the affine map w ↦ o + w₁ e₁ + w₂ e₂ that
    `Axes.coords_to_point` evaluates (equal to it up to rounding). Updaters call
    this every frame; Manim's general version costs ~80 µs a call.
    """
    p = np.asarray(points, dtype=float)
    flat = p.reshape(-1, 2)
    origin, e1, e2 = _affine(axes)
    converted = origin + flat[:, :1] * e1 + flat[:, 1:] * e2
    return converted[0] if p.ndim == 1 else converted


def _affine(axes: Axes) -> tuple[NDArray[np.float64], ...]:
    """o, e₁, e₂ of the axes' linear map, recomputed whenever an axis line moves."""
    if not all(isinstance(axis.scaling, LinearBase) for axis in (axes.x_axis, axes.y_axis)):
        raise ValueError("axes: to_scene needs linear axes")
    key = b"".join(axis.points[[0, -1]].tobytes() for axis in (axes.x_axis, axes.y_axis))
    # Kept on the axes themselves (a copy carries it and re-checks the key).
    cached = getattr(axes, "_scene_map", None)
    if cached is None or cached[0] != key:
        o, x, y = (np.asarray(axes.coords_to_point(*c), dtype=float)
                   for c in ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0)))
        cached = (key, (o, x - o, y - o))
        axes._scene_map = cached
    return cached[1]


def polyline(axes: Axes, points: ArrayLike, **style: object) -> VMobject:
    """A VMobject through exactly these problem points, joined by straight pieces."""
    curve = VMobject(**style)
    curve.set_points_as_corners(to_scene(axes, points))
    return curve


#: Dashes of a dashed curve, and the gaps between them (scene units).
DASH_LENGTH = 0.11
DASH_GAP = 0.07


def dashed(axes: Axes, points: ArrayLike, *, dash: float = DASH_LENGTH, gap: float = DASH_GAP,
           **style: object) -> VMobject:
    """A dashed polyline through these problem points: one VMobject whose subpaths are the
    dashes (Manim's DashedVMobject makes one mobject per dash, each drawn separately)."""
    return set_dashes(VMobject(**style), axes, points, dash=dash, gap=gap)


def set_dashes(mobject: VMobject, axes: Axes, points: ArrayLike, *, dash: float = DASH_LENGTH,
               gap: float = DASH_GAP) -> VMobject:
    """Make ``mobject`` the dashes along the polyline through ``points`` (problem points)."""
    corners = to_scene(axes, np.asarray(points, dtype=float).reshape(-1, 2))
    steps = np.linalg.norm(np.diff(corners, axis=0), axis=1)
    along = np.concatenate([[0.0], np.cumsum(steps)])
    mobject.clear_points()
    if along[-1] <= 0.0:
        return mobject
    starts = np.arange(0.0, along[-1], dash + gap)
    for begin in starts:
        end = min(begin + dash, along[-1])
        marks = np.concatenate([[begin], along[(along > begin) & (along < end)], [end]])
        piece = np.stack([np.interp(marks, along, corners[:, k]) for k in range(3)], axis=-1)
        mobject.start_new_path(piece[0])
        mobject.add_points_as_corners(piece[1:])
    return mobject


def filled_polygon(axes: Axes, points: ArrayLike, **style: object) -> Polygon:
    """A filled polygon with these problem points as vertices (a closing repeat is dropped)."""
    vertices = to_scene(axes, points)
    if len(vertices) > 1 and np.array_equal(vertices[0], vertices[-1]):
        vertices = vertices[:-1]
    return Polygon(*vertices, **style)


def panel_text(lines: list[str], *, font_size: float = 34, math: bool = True) -> VGroup:
    """Lines of LaTeX stacked left-aligned, for the panel right of the plot."""
    make = MathTex if math else Tex
    group = VGroup(*(make(line, font_size=font_size, color=TEXT_COLOR) for line in lines))
    group.arrange(DOWN, aligned_edge=LEFT, buff=0.25)
    return group


def place_label(
    label: Mobject, point: ArrayLike, direction: ArrayLike, half_gap: float, *, buff: float = 0.08
) -> Mobject:
    """Put ``label`` beside the scene ``point``, centred along ``direction``.

    ``half_gap`` is the half-width (radians) of the free sector around
    ``direction`` (see `regmath.drawing.free_direction`); the label's centre goes
    far enough out that its bounding circle stays inside that sector.
    """
    radius = 0.5 * float(np.hypot(label.width, label.height))
    sector = max(min(half_gap, np.pi / 2) * 0.85, 0.2)
    distance = max(radius + buff, radius / np.sin(sector))
    return label.move_to(np.asarray(point, dtype=float) + distance * as_direction(direction))


#: Scene units kept between a label placed by `place_clear` and anything drawn.
CLEARANCE = 0.06
#: The second, last ring `place_clear` tries, as a multiple of its ``buff``.
FAR_RING = 2.5
#: Where `place_clear` tries a label, in order of preference after the given direction.
_COMPASS = [np.array([np.cos(a), np.sin(a), 0.0]) for a in np.arange(8) * np.pi / 4]


def place_clear(label: Mobject, point: ArrayLike, preferred: ArrayLike,
                obstacles: Sequence[Mobject], *, minor: Sequence[Mobject] = (),
                buff: float = 0.1
                ) -> Mobject:
    """Put ``label`` next to the scene ``point`` where it covers nothing in ``obstacles``.

    Tries ``preferred`` (a problem direction) first, then the eight compass
    directions nearest to it, at ``buff`` and then at FAR_RING × ``buff``. A
    placement's cost is the number of obstacle outline points in its box
    (grown by CLEARANCE; curves are sampled along their chords), with points
    of ``minor`` obstacles (axis lines, say) counting a tenth; the first
    placement of least cost wins. Layout only: the point and the obstacles
    come from `regmath` through the axes.
    """
    anchor = np.asarray(point, dtype=float)
    first = as_direction(preferred) / max(float(np.linalg.norm(preferred)), 1e-12)
    directions = [first, *sorted(_COMPASS, key=lambda d: -float(d @ first))]
    # Two rings only: a label far from its point reads as another object's label.
    # A label that must cover a curve stays close; `legible` keeps it readable.
    candidates = [(d, b) for b in (buff, FAR_RING * buff) for d in directions]
    major, lesser = _outline_samples(obstacles), _outline_samples(minor)
    # The label only moves rigidly: its box is measured once and each candidate's box is
    # that box moved as `next_to` would move it (the search ran Manim's box walk five
    # times per candidate: a quarter of a tangency scene's CPU).
    box = _box3(label)
    boxes = []
    for direction, gap in candidates:
        shift = _next_to_shift(box, anchor, direction, gap)
        boxes.append((box[0] + shift, box[1] + shift))
    # Only the points inside some candidate's grown box can cost anything: keep those once
    # (an obstacle's outline is mostly far from the label; counting every point for every
    # candidate was half of `place_clear`'s time in a `regviz watch` still).
    reach_low = np.min([low[:2] for low, _ in boxes], axis=0) - CLEARANCE
    reach_high = np.max([high[:2] for _, high in boxes], axis=0) + CLEARANCE
    major, lesser = (p[np.all((p >= reach_low) & (p <= reach_high), axis=1)]
                     for p in (major, lesser))
    best, lowest = candidates[0], None
    for (direction, gap), (low, high) in zip(candidates, boxes):
        grown_low, grown_high = low[:2] - CLEARANCE, high[:2] + CLEARANCE
        cost = sum(weight * int(np.count_nonzero(np.all((p >= grown_low) & (p <= grown_high),
                                                        axis=1)))
                   for p, weight in ((major, 1.0), (lesser, 0.1)))
        if not _box_inside_safe_area(low, high):
            cost += OUTSIDE_COST
        if lowest is None or cost < lowest:
            best, lowest = (direction, gap), cost
        if cost == 0:
            break
    return label.next_to(anchor, best[0], buff=best[1])


#: A label placed partly in the caption strip or off the frame costs this much more.
OUTSIDE_COST = 1e6
#: Labels keep this far inside the frame's left, right and top edges.
FRAME_MARGIN = 0.08


def _box3(mobject: Mobject) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The mobject's box as its low and high corners in 3D (Manim's box: the origin for a
    mobject with no points)."""
    points = mobject.get_points_defining_boundary()
    if len(points) == 0:
        return np.zeros(3), np.zeros(3)
    return points.min(axis=0), points.max(axis=0)


def _next_to_shift(box: tuple[NDArray[np.float64], NDArray[np.float64]], point: ArrayLike,
                   direction: ArrayLike, buff: float) -> NDArray[np.float64]:
    """The shift `Mobject.next_to(point, direction, buff=buff)` applies to a mobject whose
    box is ``box``: the box's critical point towards −direction (Manim's rule, per axis by
    the sign of the direction's entry) is moved to ``point`` + buff · direction."""
    low, high = box
    d = np.asarray(direction, dtype=float)
    critical = np.where(-d < 0, low, np.where(-d == 0, (low + high) / 2, high))
    return np.asarray(point, dtype=float) - critical + buff * d


def _inside_safe_area(mobject: Mobject) -> bool:
    """Whether ``mobject`` lies inside the frame and above the caption strip."""
    low, high = mobject.get_corner(DOWN + LEFT), mobject.get_corner(UP + RIGHT)
    return _box_inside_safe_area(low, high)


def _box_inside_safe_area(low: NDArray[np.float64], high: NDArray[np.float64]) -> bool:
    """Whether the box from ``low`` to ``high`` lies inside the frame and above the
    caption strip."""
    half_w, half_h = config.frame_width / 2 - FRAME_MARGIN, config.frame_height / 2 - FRAME_MARGIN
    return bool(low[1] >= CAPTION_TOP and low[0] >= -half_w and high[0] <= half_w
                and high[1] <= half_h)


def keep_inside(mobject: Mobject, box: Mobject, *, margin: float = 0.05) -> Mobject:
    """Shift ``mobject`` (a label) by the least amount that puts it ``margin`` inside
    ``box`` (a lens's or an inset's frame), as `keep_in_frame` does for the frame."""
    low, high = box.get_corner(DOWN + LEFT), box.get_corner(UP + RIGHT)
    a, b = mobject.get_corner(DOWN + LEFT), mobject.get_corner(UP + RIGHT)
    shift = np.maximum(0.0, low + margin - a) + np.minimum(0.0, high - margin - b)
    shift[2] = 0.0
    return mobject.shift(shift)


def keep_in_frame(mobject: Mobject) -> Mobject:
    """Shift ``mobject`` (a label following a point) back inside the frame and above the
    caption strip, by the least amount. The label's size is measured once (it is called
    every frame and a label does not change size)."""
    half = getattr(mobject, "_half_size", None)
    if half is None:
        half = 0.5 * (mobject.get_corner(UP + RIGHT) - mobject.get_corner(DOWN + LEFT))
        mobject._half_size = half
    centre = mobject.get_center()
    low, high = centre - half, centre + half
    half_w, half_h = config.frame_width / 2 - FRAME_MARGIN, config.frame_height / 2 - FRAME_MARGIN
    dx = max(-half_w - low[0], 0.0) - max(high[0] - half_w, 0.0)
    dy = max(CAPTION_TOP - low[1], 0.0) - max(high[1] - half_h, 0.0)
    if dx or dy:
        mobject.shift(np.array([dx, dy, 0.0]))
    return mobject


def _outline_samples(mobjects: Sequence[Mobject], spacing: float = 0.04) -> NDArray[np.float64]:
    """Points along every curve of the mobjects (x, y), at most ``spacing`` apart on each chord.

    Each cubic's chord (first to last anchor) gets ceil(length / spacing) + 1 evenly spaced
    points, both ends included. Vectorized over all chords at once: `place_clear` calls this
    for every label in every frame a label follows something (a Python loop per chord was
    14 % of PenaltyEqualsConstraint's render).
    """
    members = [member.points[:, :2] for mobject in mobjects
               for member in mobject.family_members_with_points()]
    if not members:
        return np.zeros((0, 2))
    starts = np.concatenate([p[0::4][:len(p[3::4])] for p in members])
    ends = np.concatenate([p[3::4] for p in members])
    counts = np.ceil(np.linalg.norm(ends - starts, axis=1) / spacing).astype(int) + 1
    chord = np.repeat(np.arange(len(starts)), counts)
    step = np.arange(chord.size) - np.repeat(np.cumsum(counts) - counts, counts)
    t = (step / np.repeat(np.maximum(counts - 1, 1), counts))[:, np.newaxis]
    return starts[chord] + t * (ends - starts)[chord]


def as_direction(direction: ArrayLike) -> NDArray[np.float64]:
    """A 2D problem direction as a scene direction for ``next_to`` (equal units)."""
    d = np.asarray(direction, dtype=float)
    return np.array([d[0], d[1], 0.0])


def fmt(value: float, digits: int = 2) -> str:
    """A number for the screen: fixed digits, no "-0.00"."""
    text = f"{value:.{digits}f}"
    return text[1:] if text.startswith("-") and float(text) == 0.0 else text



def merged(text: VMobject) -> VMobject:
    """A static text drawn as one path: its glyphs merged into a single VMobject.

    Manim draws every glyph of a MathTex as its own path and redraws the whole still
    picture at the start of every animation: a panel of ten lines is hundreds of draw
    calls each time. One path per line (the glyphs as its subpaths, holes intact) looks
    the same and draws in one call. The text keeps its class and TeX string. For text
    that never changes (not a `Readout`) and has one colour.
    """
    glyphs = text.family_members_with_points()
    if len(glyphs) < 2:
        return text
    one = VMobject()
    one.points = np.concatenate([glyph.points for glyph in glyphs])
    one.match_style(glyphs[0])
    text.submobjects = [one]
    return text


def merge_axes(axes: Axes) -> None:
    """Each tick number, and each axis's ticks, drawn as one path (see `merged`)."""
    for axis in (axes.x_axis, axes.y_axis):
        for number in getattr(axis, "numbers", []):
            merged(number)
        merged(axis.ticks)
