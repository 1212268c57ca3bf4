"""The textbook picture, built step by step: ridge on the left, the lasso on the right.

    manim render -pql scenes/classic.py ClassicPicture

The problem is class attributes; a variant is a subclass that overrides them:

    class MyCase(ClassicPicture):
        center = (2.0, 0.5)
        hessian = ((2.0, 0.4), (0.4, 1.0))
        radius = 1.2

Storyboard, one section per beat:

* problem: two pairs of axes titled Ridge and Lasso, the same ŵ on both.
* balls: the circle ‖w‖₂ ≤ t on the left, the diamond ‖w‖₁ ≤ t on the right
  (the constraint form).
* grow: one contour grows from ŵ on both sides at once, leaving faint rings;
  a magnified box of the right side is there before the touch (when the gap
  is small); the contour touches the circle first (the diamond lies inside the
  circle), stops there on the left and grows on until it touches the diamond.
* solutions: each w* named, with what the data say about its weights (a
  corner of the diamond with a weight exactly 0, an edge, a ray of ridge).
* why (KKT, shown): −∇f(w*) at both touches, labelled "pull", then
  turned as for other data (this ŵ and its contour leave meanwhile); on the circle
  w* slides round with it through the axis, a live w₁* crossing 0 (on an axis
  only when the pull is), at the diamond's corner it stays put for every pull in
  the normal cone; the
  takeaway "w₁* = 0 exactly" stays up at the end.

Every coordinate comes from `regmath` (solutions, contours, balls, the shared
view), and every claim in the words is chosen by regmath's facts for
the data. ŵ inside the circle (so no contour touches it) is refused in
``setup()``, naming ``center``; a singular H is refused by the ``hessian`` check.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Callable, ClassVar

import numpy as np
from manim import (
    Rectangle,
    Axes,
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Animation,
    AnimationGroup,
    Arrow,
    Circle,
    Create,
    ReplacementTransform,
    Flash,
    GrowArrow,
    LaggedStart,
    UpdateFromAlphaFunc,
    Line,
    ManimColor,
    WHITE,
    interpolate_color,
    MathTex,
    Tex,
    ValueTracker,
    VGroup,
    VMobject,
    config,
    linear,
    rate_functions,
    smooth,
)

from regmath import Quadratic, Solution, constrained, penalized
from regmath.classic import (held_pull, pull_aim_degrees,
    axis_line,
    drop_lines,
    nearest_axis,
    mirrored_across_axis,
    corner_pull_at_solution,
    corner_pull_center,
    carried_pulls,
    circle_slide,
    cone_width_degrees,
    share_keeping_distance,
    wedge_pull,
    wedge_width_degrees,
    corner_edge_slide,
    corner_edges,
    ridge_line_tilt,
    ridge_pull_center,
    slide_past_edge,
    turn_direction,
    turned_pull,
    center_outside_both,
    classic_view,
    gap_zoom,
    touch_gap,
    level_anchor,
    pointer_segment,
    same_solution,
    touch_progress,
)
from regmath.drawing import (ViewBox, arrow_scale, ball_outline, boundary_tangents,
                             cone_label_anchor, frame_outline, growth_levels, level_set, normal_cone_wedge,
                             pull_arrow)
from regmath.edge_normals import diamond_edge_normals
from regmath.sparsity import (opening_arc, axis_points, eased_carry, eased_tips, eased_wedge,
                               l2_sparse_rays, room_along)
from regmath.facts import isotropic
from regmath.framing import clip_polyline
from regmath.lp import lp_norm
from scenes.toolkit import palette
from scenes.toolkit.arrows import MovingArrow
from scenes.toolkit.emphasis import Indicate
from scenes.toolkit.motion import SWEEP_Z, AnimatedOnTop, overlapping, sweep
from scenes.toolkit.narration import KEY_SETTLE_SECONDS, hold, lecture_mode, paced
from scenes.toolkit.notation import (HINV, LOSS_TEX, Phrase, decimals_for, number, numbers,
                                      point, weight_star)
from scenes.toolkit.params import integer, point as a_point, positive, positive_definite, refuse
from scenes.toolkit.readout import Readout, number_format
from scenes.toolkit.reveal import Conceal, Dim, Reveal, Undim
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import (BACKGROUND, CAPTION_TOP, LABEL_Z, CLEARANCE as _CLEARANCE,
                                  FRAME_MARGIN, OUTSIDE_COST, _box_meets, _curve_samples, _inside_safe_area,
                                  _outline_samples)
from scenes.toolkit.style import (
    merge_axes,
    merged,
    BALL_COLORS,
    CENTER_COLOR,
    CONE_COLOR,
    GRADIENT_COLOR,
    NORMAL_COLOR,
    INSET_STYLE,
    MUTED_COLOR,
    TEXT_COLOR,
    dashed,
    keep_in_frame,
    LOSS_COLOR,
    SOLUTION_COLOR,
    as_direction,
    ball_shape,
    draw_ball,
    polyline,
    legible,
    make_axes,
    marker,
    place_clear,
    set_dashes,
    set_pieces,
    to_scene,
)

__all__ = ["ClassicPicture"]

NORMS = ("l2", "l1")  # left, right: as in the usual figure's reading order
#: Each panel's heading: its name (written as the first words name it) and its ball.
HEADINGS = {"l2": ("Ridge", r": $\|w\|_2 \le t$"), "l1": ("Lasso", r": $\|w\|_1 \le t$")}
#: Each panel is a square plot of this side; the result lines sit under it, clear of the
#: caption strip, and the headings above it.
PANEL_SIDE = 5.0
PANEL_CENTERS = {"l2": np.array([-3.6, 0.72, 0.0]), "l1": np.array([3.6, 0.72, 0.0])}
HEADING_Y = 3.7
#: (r34, review r32 item 6: ticks, H's entries and the w* subscripts read 5–8 px at 480p.)
RESULT_FONT = 34
AXIS_FONT = 30
HESSIAN_FONT = 46
#: H keeps this far from the caption strip and from the loss above it.
H_FLOOR_GAP = 0.05
#: The growing contour stops at this share of the first touch before the touch beat.
NEAR_TOUCH = 0.86
#: Stroke widths: the bars of w*'s weights, and ŵ's behind them.
#: How far a tick number may move straight out from its axis to clear a key curve (a
#: number that needs more is dropped: pushed far out it was taken for the other axis's), and
#: the radius around a key point's dot it keeps clear (scene units).
NUMBER_OUT = 0.3
#: A tick number closer than this (scene units) to the summary's words or arc steps out.
NUMBER_CLEAR = 0.3
#: How far (along each of the two directions) a tick number may move diagonally, out past a
#: ball crossing its axis at the tick, before it is dropped.
DIAGONAL_OUT = 0.2
#: How far the numbers ±t (where a ball crosses the axis: the budget, and the lasso's
#: corner (0, t)) may move straight out before the diagonal is tried: centred on their
#: ticks (review r77 item 4: the w₂ axis had no "1", the w₁ "1" sat right of its tick).
KEY_NUMBER_OUT = 0.8
DOT_CLEARANCE = 0.12
#: Scene units kept between two tick numbers.
NUMBER_GAP = 0.06
#: The loss and H under it, centred between the result lines under the panels: the top
#: of the gap between the panels is where ŵ's contours reach.
LOSS_FONT = 35
LOSS_Y = -2.2
HESSIAN_Y = -2.82
#: How much H grows when it is named (Indicate's own default), where the caption strip allows.
H_GROWTH = 1.2
#: The last stretch of growth before a touch eases out over at least this long (no rush
#: into the touch), and the bars shrink over at least this long.
APPROACH_SECONDS = 1.6
#: Words left after a beat's motions for which the named objects pulse until they end.
MARK_AFTER = 1.5
#: A pulse's length, and the most a pulse waits for the next (well under MAX_HOLD = 4 s).
PULSE_SECONDS = 1.2
PULSE_GAP = 2.0
#: A short still moment after each touch and at the very end (well under MAX_HOLD = 4 s):
#: the event sinks in, and a lecturer cutting the clip has a clean tail.
TOUCH_HOLD = 1.0
END_HOLD = 1.0
#: The f labels on the touching contours, and their gap from the contour.
LEVEL_FONT = 28
LEVEL_BUFF = 0.1
#: Where no side is clear at LEVEL_BUFF, an f label may sit this far from its contour.
LEVEL_FAR = 0.45
#: ŵ's label sits this far outside the panel's largest contour (`label_outside`).
LABEL_OUT = 0.12
#: An f label keeps this far (scene units) from each w* on its panel: room for w*'s label.
W_STAR_ROOM = 0.75
#: −∇f(w*) at both touches, the longer of the two this share of t (one scale: their
#: lengths compare); the lasso corner's normal cone drawn this share of t deep.
PULL_LENGTH = 0.5
CONE_LENGTH = 0.62
#: The pulls' labels ("−∇f(w*)", "normal", "normal cone") and the takeaway under the
#: lasso ("w₁* = 0 exactly"), and the still after it (review r32: ≥ 3 s, under MAX_HOLD).
#: r79 (review r77 item 5: "normal", "zero area" small when projected): 30 → 34.
PULL_FONT = 34
#: The wedge's opening arc at the end is drawn this many t from the corner.
AREA_ARC_RADIUS = 0.8
#: The along-edge/along-circle labels: PULL_FONT's old size, the room beside the slid
#: arrow (a larger one struck the pull and the contour, layout_report).
ALONG_FONT = 28
#: How many 0.08-unit steps in from a panel's corner the wedge's label may move.
WEDGE_LABEL_STEPS = 8
#: "normal" sits beside the radius this share of the way out from 0.
NORMAL_AT = 0.35
TAKEAWAY_FONT = 36
#: The lasso's pull is turned this far past its cone's edge (w* then slides along the edge,
#: regmath's `corner_pull_solution`), and "other data" is written in this grey.
PAST_DEGREES = 75.0
#: Seconds (at least) of ŵ′'s move out of the wedge (review r48 item 1: 1.5 s, too quick to see).
CROSSING_SECONDS = 2.8
#: r84: the pull held at the corner while ŵ′ leaves the wedge is drawn this many cone
#: lengths long (past the cone's arc, so it is seen to leave the cone).
HELD_PULL_REACH = 1.6
#: The least time H⁻¹'s sweep of the cone's pulls onto the wedge takes (review r75 item 1:
#: ~3 s for "H⁻¹ carries each pull in the cone to a ŵ, the whole cone onto the grey wedge";
#: r80, review r79 item 2: 4.5 s still dense, 2 s more). r83 (review r82 item 2: three
#: arrows at once): the real pull's carry first, over "carries each pull … to a ŵ"; this
#: is the least for the edges' and the fan's, over "the whole cone onto the grey wedge".
CARRY_SECONDS = 2.2
#: How far past the axis ridge's pull swings, as a share of the way to its mirror image
#: (r59: 0.35 and 0.6 left the moving ŵ's label on the ray or the w₂ axis at the turn,
#: layout_report; the whole way, as before).
RIDGE_PAST_SHARE = 1.0
#: How far from the corner (× t) "positive area" is first tried, on the wedge's sides.
AREA_LABEL_REACH = 1.45
#: "a level curve of f" keeps this far right of the w₂ axis (clear of its ticks).
LEVEL_NAME_GAP = 0.3
#: The first factor tag's gap to the w₂ axis (scene units).
TAG_AXIS_GAP = 0.2
#: The width of the band round an axis that ridge's ray labels keep off (`axis_bands`).
AXIS_BAND = 0.45
#: The ring round the lasso's corner as "the corner does" is said (scene units).
CORNER_RING = 0.16
#: The least and most share of the pull's size the moved ŵ′ may keep (`lasso_share`).
MOVER_SHARES = (0.6, 2.2)
#: How far across the wedge (by angle, from its edge nearest ŵ) the moved ŵ′ goes.
WEDGE_SAMPLE = 0.8
#: Seconds ŵ′ rests there, w* marked at the corner.
SAMPLE_REST = 0.8
#: Ridge's line of ŵ is said to be tilted by H from this angle (degrees) on.
TILT_SHOWN = 1.0
#: The shaded wedge of ŵ whose lasso w* is the corner: faint, under everything.
DATA_WEDGE_OPACITY = 0.18
#: The share of the carry's room the cone's two edge pulls take (regmath's `carried_pulls`).
EDGE_CARRY_SHARE = 1.0
#: Where the point that slides onto ridge's w* starts: this far round the circle from it.
SLIDE_DEGREES = -30.0
#: How far (× t) a point slides off the lasso's corner along each edge to show that the
#: pull's part along the edge points back (review r43 item 3).
EDGE_SLIDE = 0.8
#: Seconds of each slide out along an edge (back takes half of it: r83, the video's length).
EDGE_SLIDE_SECONDS = 1.1
#: ŵ's label counts as next to its dot within this share of its width + height.
NEXT_TO_DOT = 0.9
#: Scene units the pull's part along the edge stops short of the corner (its w* dot).
CORNER_GAP = 0.1
#: The pull's part along the diamond's edge (review r45 item 1: in the pull's violet it
#: merged with the pull): the palette's "push" role, checked against the pull, the
#: diamond, the normals and w*.
ALONG_COLOR = palette.TEXT
#: How far the magnifier's connector keeps from tick marks and numbers (scene units).
TICK_CLEARANCE = 0.15
#: How far a text on the w₂ label's line keeps from it (r76: "w₂ pull = −∇f(w)" read as one).
AXIS_NAME_GAP = 0.45
#: Seconds other data's ŵ rests on ridge's ray, w₁* = 0, before turning on past it.
RAY_PAUSE = 1.2
#: r84 (review r83 item 2): ridge's w* on the axis is held at least this long under the
#: words that reach it, before the ray's own sentence holds it on.
ZERO_HOLD = 2.2
#: r86 (PACE86; both reviews of r85, item 2: 67–95 s and 115–137 s read at 12–15
#: characters a second of notation while the picture moved): the pull's and the wedge's
#: cues are held so that each subtitle reads at no more than this many characters a
#: second (`narration.paced`; 12, SparsityOdds' why pace: at 10.5 the video grew 25 s,
#: over the round's 15 s cap) ...
WHY_CHARS_PER_SECOND = 12.0
#: ... and each is on screen at least this long (seconds).
WHY_CAPTION_SECONDS = 4.0
#: r94 (review r89 item 3): a key sentence on a short subtitle of its own held this long
#: (seconds), its picture in place from its start.
BOX_SECONDS = 4.0
#: r94: the pace (characters a second) of a key subtitle that must stand ≥ 3.5 s.
KEY_CHARS_PER_SECOND = 10.0
#: r86 (review r85b item 6: the lasso's w₁* read mid-slide, a value of no ŵ on screen):
#: the slid readout is set only once w* has slid, and held this long (seconds; review r98
#: item 2: at 1.0 its "+0.303", the weight the wedge's edge frees, was up ~1.5 s in all).
SLID_READOUT_HOLD = 2.6
#: r86 (review r85 item 6, r85b item 3: "150°" butted against "H⁻¹(−1, 1)" and read as
#: one string): at least this gap (scene units) between the degrees and the edges' names.
DEGREES_GAP = 0.3
#: r86 (both reviews of r85, item 1: H left at 30 s, the second half rests on it): H kept
#: this small (of its size under the loss) at the frame's foot ...
#: r87 (both reviews of r86: its digits ~10 px at 720p): at its full size.
H_NOTE_SCALE = 1.0
#: ... this far (scene units) above the caption strip.
H_NOTE_BUFF = 0.25
#: Text beside H at the frame's foot keeps this far (scene units) from it.
H_NOTE_GAP = 0.3
#: r95: a text's least distance from the frame's side edges.
EDGE_ROOM = 0.35
#: r84: the wedge's angle arc as the wedge fills, in t from the corner (under the edges'
#: names).
WEDGE_ANGLE_RADIUS = 0.3
#: r84: "a 90° cone"'s leader ends this share of the cone's length from the corner.
CONE_LEADER_SHARE = 0.55
#: r68 (review r67 item 4): how far a text right of the w₂ axis keeps from it (≈ 25 px
#: at 720p), and how far right of the axes it may go to get there.
AXIS_CLEARANCE = 0.28
AXIS_STEP_LIMIT = 0.8
#: How far (share of the turn from its own pull to the cone's edge) the lasso's ŵ wanders
#: inside the wedge in the last cue, and back (review r50 item 8: the summary held still).
WANDER = 0.55
# r61 (review r60 item 4: the last line flashed in as the video ended): 1.2 → 1.8 (the
# last frame still ~3.3 s with the words after it, under the 4 s still limit; ≤ 192 s).
# (r46: 1.8 → 1.2, the length within 172 s with the H⁻¹ pause.)
# r83 (review r82 item 8: the takeaway frame complete only ~2.5 s): 1.8 → 3.1, the last
# frame complete ≥ 4 s.
# r85 (review r84 item 8): ≥ 4 s after the last caption.
# r86 (the 15 s cap, with the every-corner sentence after the takeaway's reveal): 2.5 s
# after the last caption, the takeaway complete ≥ 6 s (from "in the wedge").
TAKEAWAY_HOLD = 2.5
#: The inside of ridge's touching contour (lower loss), while the words name it.
INSIDE_OPACITY = 0.3
#: Ridge's w* shown on the lasso's panel: a hollow ring of this radius.
GHOST_RADIUS = 0.11
GHOST_FONT = 32
#: Ridge's ghost label may sit up to this far from its ring, joined to it by a thin
#: leader, to stay off the curves crowding the corner.
LEADER_REACH = 1.6
#: Each w* is named by its problem, on its dot, in the result lines and as ridge's ghost
#: on the lasso's panel: two different points are never both just "w*".
# "\small" in the subscript: a script-size "ridge" read 7 px tall at 480p (review r36
# item 7); at 9/10 of the line's size it is ≥ 28 font in the result lines.
# r42: 20 % larger again (review r41 item 9: still about 9 px at 480p): 10.8 pt, \small's 9 pt
# × 1.2.
SUBSCRIPT_SIZE = r"\fontsize{10.8}{13}\selectfont "
SOLUTION_NAMES = {"l2": r"w^*_{\text{" + SUBSCRIPT_SIZE + "ridge}}",
                  "l1": r"w^*_{\text{" + SUBSCRIPT_SIZE + "lasso}}"}
#: −∇f at each w*, by its arrow.
PULL_TEX = {"l2": r"-\nabla f(" + SOLUTION_NAMES["l2"] + ")",
            "l1": r"-\nabla f(" + SOLUTION_NAMES["l1"] + ")"}
#: The lasso's touch magnified (when regmath's `gap_zoom` says its gap is too small to see
#: on the panel): a square of this side under the lasso's w₁ axis, right of its numbers and
#: above the caption strip; its curves are sampled 2× finer than the panels' (the inset
#: magnifies ~8×: a 256-gon stays within a pixel of the ellipse; finer costs render time).
# r80 (review r79 item 4: the w₁ axis's "2" sat on the box's top edge): a little smaller
# and lower, the top ~0.13 further from the numbers.
INSET_SIDE = 2.15
INSET_CENTER = np.array([5.72, -1.97, 0.0])
INSET_SAMPLES = 257
#: The box, the region it magnifies and its "magnified" tag in one bright colour (review
#: r32 items 6, 7: a faint grey square and a grey tag did not say what was magnified).
INSET_COLOR = interpolate_color(ManimColor(MUTED_COLOR), WHITE, 0.8)
INSET_LOOK = {**INSET_STYLE, "stroke_color": INSET_COLOR, "stroke_width": 2.5,
              "stroke_opacity": 1.0}
#: The stroke of the small square the inset magnifies, on the panel (thin: the touch dot
#: inside it stays visible).
REGION_WIDTH = 1.2
#: r83 (review r82 item 7: the small square hard to see as it is named): its stroke this
#: wide and white while "this small square" is read, thin again before the touch.
REGION_NAMED_WIDTH = 4.0
#: Numbers of a panel line whose largest magnitude lies outside [UNIT_BELOW, UNIT_ABOVE)
#: share one power of ten written once after them ("(−0.373, −0.928)×10⁻³"): a lecturer's
#: milli-scale data wrote "(−0.000373, −0.000928)" and "f = 0.000000906", and the lines
#: ran into the centred loss and the tick numbers.
UNIT_BELOW = 1e-2
SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
UNIT_ABOVE = 1e4
#: Scene units kept between the result lines and the centred loss.
RESULT_GAP = 0.4


def inset_frame(zview: ViewBox, main: Axes, *, side: float, centre: np.ndarray
                ) -> tuple[Axes, dict[str, VMobject]]:
    """A magnified inset of ``zview``: its axes (``side`` wide, its frame centred on
    ``centre``), its frame and the region it shows outlined on ``main``. Layout only: the
    outline is regmath's `frame_outline`.

    The pattern of `scenes/lagrange.py`'s `inset_frame`, without the join line: from any
    corner of the region it crossed the diamond or a tick number here; the scene lights
    the region and the frame up together instead."""
    zaxes = Axes(x_range=list(zview.x_range), y_range=list(zview.y_range),
                 x_length=side, y_length=side, tips=False,
                 axis_config={"stroke_opacity": 0.0, "include_ticks": False})
    outline = frame_outline(zview)
    # Axes over a range without 0 are not centred on it: the frame is centred instead.
    zaxes.shift(centre - np.mean(to_scene(zaxes, outline[:4]), axis=0))
    return zaxes, {
        "frame": VMobject(**INSET_LOOK).set_points_as_corners(to_scene(zaxes, outline)),
        "region": VMobject(**INSET_LOOK).set_points_as_corners(to_scene(main, outline)),
    }


def nearest_clear(label: VMobject, anchor: np.ndarray, obstacles: list[VMobject], *,
                  inside: VMobject | None = None, reach: float = 1.6, step: float = 0.05,
                  gap: float = 0.08) -> bool:
    """Put ``label`` where its box (grown by CLEARANCE) meets none of ``obstacles``, its
    nearest edge at least ``gap`` from ``anchor`` (a scene point) and as near to it as
    such a place is (a grid of ``step``, up to ``reach`` away), in the safe area and, when
    given, inside ``inside``'s box; False (the label unmoved) when none is. Layout only.

    place_clear's two rings of nine places found nothing clear by the lasso's corner
    once the shaded wedge counted (review r39 item 1)."""
    samples = _outline_samples(obstacles)
    home = label.get_center().copy()
    half = np.array([label.width / 2.0, label.height / 2.0])
    offsets = np.arange(-reach, reach + 1e-9, step)
    grid = np.array([(x, y) for x in offsets for y in offsets])
    # The box's distance from the anchor: the nearest point of the box to it.
    out = np.maximum(np.abs(grid) - half, 0.0)
    distance = np.hypot(out[:, 0], out[:, 1])
    order = np.argsort(distance + 1e-6 * np.hypot(grid[:, 0], grid[:, 1]), kind="stable")
    for k in order:
        if distance[k] < gap or distance[k] > reach:
            continue
        centre = np.asarray(anchor, dtype=float)[:2] + grid[k]
        low, high = centre - half, centre + half
        if inside is not None and (np.any(low < inside.get_corner(DOWN + LEFT)[:2])
                                   or np.any(high > inside.get_corner(UP + RIGHT)[:2])):
            continue
        if len(samples) and np.any(np.all((samples >= low - _CLEARANCE)
                                          & (samples <= high + _CLEARANCE), axis=1)):
            continue
        label.move_to([centre[0], centre[1], 0.0])
        if _inside_safe_area(label):
            return True
    label.move_to(home)
    return False


def fan_samples(axes: Axes, polygon: np.ndarray) -> VMobject:
    """An undrawn fan of segments from ``polygon``'s first vertex (a wedge's apex) to each
    other vertex: for label placement, its samples cover the filled wedge, not only its
    outline. Layout only."""
    apex, rest = polygon[0], polygon[1:]
    path = np.vstack([p for v in rest for p in (apex, v)])
    return VMobject(stroke_width=0).set_points_as_corners(to_scene(axes, path))


def in_polygon(p: np.ndarray, polygon: np.ndarray) -> bool:
    """Whether ``p`` lies inside ``polygon`` (problem coordinates; even-odd rule). Layout
    only."""
    x, y = float(p[0]), float(p[1])
    inside = False
    n = len(polygon)
    for i in range(n):
        (x1, y1), (x2, y2) = polygon[i], polygon[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def place_off(label: VMobject, ring: VMobject, obstacles: list[VMobject], *,
              away: np.ndarray) -> VMobject:
    """Put ``label``'s centre near ``ring`` where its box meets none of ``obstacles``: 16
    directions (none heading towards ``away``, a scene vector), at distances from 0.3 up
    to LEADER_REACH, the nearest clear place first; return a thin leader from the ring to
    the label (empty when the label sits next to the ring). Layout only. Where no place
    is clear, the label goes next to the ring, up and right.
    """
    samples = _outline_samples(obstacles)
    centre = ring.get_center()
    # Sixteen directions, not heading towards ``away`` (where another label will go).
    angles = np.linspace(0.0, 2.0 * math.pi, 16, endpoint=False)
    compass = [np.array([math.cos(a), math.sin(a), 0.0]) for a in angles]
    compass = [d for d in compass if float(d[:2] @ np.asarray(away, dtype=float)[:2]) <= 0.0]
    best = None
    # r82 (review r81 item 8: leaders across the w₂ axis and the ellipse): a place whose
    # leader crosses nothing first, then any clear place.
    for clear_leader in (True, False):
        for reach in np.arange(0.3, LEADER_REACH + 1e-9, 0.05):
            for d in compass:
                label.move_to(centre + reach * d)
                if not _inside_safe_area(label) or _box_meets(label, samples, _CLEARANCE):
                    continue
                if clear_leader and _leader_meets(label, centre, samples):
                    continue
                best = centre + reach * d
                break
            if best is not None:
                break
        if best is not None:
            break
    if best is None:
        label.next_to(ring, UP + RIGHT, buff=0.06)
        return VMobject()
    label.move_to(best)
    # From the ring's edge to the label's nearest box point, in the label's colour.
    toward = label.get_center() - centre
    start = centre + GHOST_RADIUS * toward / np.linalg.norm(toward)
    low, high = label.get_corner(DOWN + LEFT), label.get_corner(UP + RIGHT)
    end = np.clip(start, low, high)
    if np.linalg.norm(end - start) < 0.08:
        return VMobject()
    return Line(start, end, stroke_width=2, color=label.get_color(), z_index=4)


def _leader_meets(label: VMobject, centre: np.ndarray, samples: np.ndarray) -> bool:
    """Whether the leader `place_off` would draw from a ring at ``centre`` to ``label``
    passes within CLEARANCE of any of ``samples`` (its first GHOST_RADIUS + CLEARANCE
    aside: it starts on the ring, by what the ring marks). Layout only."""
    toward = label.get_center() - centre
    start = centre + GHOST_RADIUS * toward / np.linalg.norm(toward)
    end = np.clip(start, label.get_corner(DOWN + LEFT), label.get_corner(UP + RIGHT))
    seg = (end - start)[:2]
    length = float(np.linalg.norm(seg))
    if length < 0.08 or not len(samples):
        return False
    rel = samples[:, :2] - start[:2]
    along = np.clip(rel @ seg / length ** 2, 0.0, 1.0)
    dist = np.linalg.norm(rel - along[:, None] * seg, axis=1)
    skip = along * length < _CLEARANCE
    return bool(np.any((dist < _CLEARANCE) & ~skip))


def place_by_arrow(label: VMobject, start: np.ndarray, end: np.ndarray,
                   obstacles: list[VMobject]) -> bool:
    """Put ``label`` by the arrow from ``start`` to ``end`` (scene points) where its box
    meets none of ``obstacles``: beside its tip first, then along its shaft (¾, ½ of the
    way), in 16 directions at growing gaps; False (the label unmoved) where none is
    clear. Layout only.

    Near a touch the pull points into the contour: one spot by the tip (place_clear's
    eight) left a contour through "−∇f(w*)" (review r32 item 1)."""
    samples = _outline_samples(obstacles)
    home = label.get_center().copy()
    half = np.array([label.width / 2.0, label.height / 2.0, 0.0])
    angles = np.linspace(0.0, 2.0 * math.pi, 16, endpoint=False)
    compass = [np.array([math.cos(a), math.sin(a), 0.0]) for a in angles]
    along = (end - start) / max(float(np.linalg.norm(end - start)), 1e-9)
    # The tip's own direction first, then the others by how near to it they are.
    compass.sort(key=lambda d: -float(d @ along))
    for share in (1.0, 0.75, 0.5):
        anchor = start + share * (end - start)
        for gap in (0.08, 0.16, 0.26, 0.36, 0.48):
            for d in compass:
                # The box's edge ``gap`` from the anchor along d.
                reach = gap + float(np.min(np.where(np.abs(d[:2]) > 1e-9,
                                                    half[:2] / np.maximum(np.abs(d[:2]),
                                                                          1e-9), np.inf)))
                label.move_to(anchor + reach * d)
                if _inside_safe_area(label) and not _box_meets(label, samples, _CLEARANCE):
                    return True
    label.move_to(home)
    return False


def leader_to(label: VMobject, targets: np.ndarray, *, color: object) -> VMobject:
    """A thin leader from ``label``'s box to the nearest of ``targets`` (scene points, shape
    (n, 3)), in ``color``; empty when the label already touches it. Layout only."""
    low, high = label.get_corner(DOWN + LEFT), label.get_corner(UP + RIGHT)
    near = [np.clip(t, low, high) for t in targets]
    k = int(np.argmin([np.linalg.norm(t - n) for t, n in zip(targets, near)]))
    if np.linalg.norm(targets[k] - near[k]) < 0.08:
        return VMobject()
    return Line(near[k], targets[k], stroke_width=2, color=color, z_index=4)


def unit_power(values: list[float]) -> int:
    """The power of ten n (a multiple of 3) written once after ``values``: 0 when their
    largest nonzero magnitude m lies in [UNIT_BELOW, UNIT_ABOVE), else the n that puts
    m / 10ⁿ in [0.1, 100) (milli data read "×10⁻³", a loss in the millions "×10⁶")."""
    magnitudes = [abs(float(v)) for v in values if float(v) != 0.0 and math.isfinite(v)]
    if not magnitudes:
        return 0
    top = max(magnitudes)
    if UNIT_BELOW <= top < UNIT_ABOVE:
        return 0
    return 3 * math.floor((math.log10(top) + 1.0) / 3.0)


def in_unit(values: list[float], power: int) -> list[float]:
    """``values`` / 10^``power``, shifted exactly in decimal (0.0025 → 2.5, not
    2.5000000000000004): the digits shown are the digits the lecturer typed."""
    return [float(Decimal(repr(float(v))).scaleb(-power)) for v in values]


def unit_tex(power: int) -> str:
    r"""``\times 10^{n}`` after a group of numbers, or nothing for n = 0."""
    return rf"\times 10^{{{power}}}" if power else ""


def unit_numbers(values: list[float], power: int) -> list:
    """`numbers` of ``values`` in units of 10^``power`` (common decimals)."""
    return numbers(in_unit(values, power))


def in_words(value: Phrase, power: int) -> Phrase:
    """A number (or point) in units of 10^``power`` for the captions and speech:
    "0.906×10⁻⁶", "0.906, times ten to the minus 6"; itself for n = 0."""
    if not power:
        return value
    return Phrase(text=f"{value.text}×10{str(power).translate(SUPERSCRIPTS)}",
                  spoken=(f"{value.spoken}, times ten to the "
                          f"{'minus ' if power < 0 else ''}{abs(power)}"))


def unit_point(values: np.ndarray) -> Phrase:
    """w* for the captions in the unit its result line uses: "(−0.373, −0.928)×10⁻³"."""
    power = unit_power(list(values))
    return in_words(point(in_unit(list(values), power)), power)


def scaled_value(value: float, power: int) -> float:
    """``value`` / 10^``power`` for a live readout (a power of ten is an exact float)."""
    return value * 10.0 ** -power if power < 0 else value / 10.0 ** power


def method_weight_tex(k: int, norm: str) -> str:
    """"w₁*_ridge" / "w₁*_lasso": a weight of one method's w*, its method written as in
    SOLUTION_NAMES (review r50 item 7: a bare red w₁* meant ridge's, later the lasso's)."""
    return (r"w^*_{" + str(k + 1) + r",\text{" + ("ridge" if norm == "l2" else "lasso") + "}}")


def weight_template(k: int, values: list[float], power: int, norm: str,
                    decimals: int | None = None) -> str:
    """A live readout's template "w_k*_ridge = ±0.249" (Readout's format string): the result
    line's unit (10^power) and decimals (enough for every nonzero entry of ``values``, or
    ``decimals`` when given), signed."""
    if decimals is None:
        decimals = max(decimals_for(v) for v in values if v != 0.0)

    def literal(tex: str) -> str:  # TeX's braces, doubled for the format template
        return tex.replace("{", "{{").replace("}", "}}")

    return (literal(method_weight_tex(k, norm) + " = ")
            + number_format(max(abs(v) for v in values), decimals, signed=True)
            + literal(unit_tex(power)))


def pulse(cue: object, make: Callable[[], list], *, seconds: float = PULSE_SECONDS,
          until: str | None = None) -> None:
    """Mark what the words are about until they end (or reach the mark ``until``), so no
    frame stands still for long: pulses of ``seconds`` (``make()`` gives each one's
    animations), at most PULSE_GAP apart, the last ending with the words. Pulses, not one
    slow mark across the words: frames in between are held (a still frame costs nothing to
    render)."""
    def left_now() -> float:
        return cue.remaining if until is None else max(cue.time_of(until) - cue.elapsed, 0.0)

    left = left_now()
    if left <= MARK_AFTER:
        return
    count = max(1, math.ceil(left / (seconds + PULSE_GAP)))
    slot = left / count
    for _ in range(count):
        hold(cue.scene, slot - min(seconds, slot) - 1e-6)
        cue.play(*make(), run_time=max(min(seconds, left_now()), 1.0 / config.frame_rate))


def late_half(x: float) -> float:
    """A rate that waits for the first half of its animation, then eases through the rest."""
    return smooth(float(np.clip(2.0 * x - 1.0, 0.0, 1.0)))


def fill_pulse(region: VMobject, *, peak: float = 2.0) -> Animation:
    """A filled region marked in place: its fill brightens ``peak`` times and back (review
    r79 item 4: `Indicate` grew the grey wedge past its white edges)."""
    base = region.get_fill_opacity()

    def glow(m: VMobject, alpha: float) -> None:
        m.set_fill(opacity=min(1.0, base * (1.0 + (peak - 1.0) * np.sin(np.pi * alpha))))

    return UpdateFromAlphaFunc(region, glow)


def fade_while_crossed(number: VMobject, lines: Callable[[], list[VMobject]], *,
                       seconds: float = 0.25) -> Callable[[], None]:
    """Fade ``number`` (a tick number) out only while one of ``lines()`` meets its box and
    back as soon as none does (review r79 item 5: hidden for a whole move, the scale was
    lost). Returns the function that stops this and restores its own opacities."""
    own = [(m, m.fill_rgbas[:, 3].copy(), m.stroke_rgbas[:, 3].copy(),
            m.background_stroke_rgbas[:, 3].copy()) for m in number.family_members_with_points()]
    level = [1.0]

    def update(_: VMobject, dt: float) -> None:
        crossed = _box_meets(number, _outline_samples(lines()), _CLEARANCE)
        step = dt / seconds if dt > 0 else 0.0
        level[0] = float(np.clip(level[0] + np.clip((0.0 if crossed else 1.0) - level[0],
                                                    -step, step), 0.0, 1.0))
        for m, fill, stroke, background in own:
            m.fill_rgbas[:, 3] = level[0] * fill
            m.stroke_rgbas[:, 3] = level[0] * stroke
            m.background_stroke_rgbas[:, 3] = level[0] * background

    number.add_updater(update)

    def stop() -> None:
        if update not in number.updaters:
            return
        number.remove_updater(update)
        for m, fill, stroke, background in own:
            m.fill_rgbas[:, 3] = fill
            m.stroke_rgbas[:, 3] = stroke
            m.background_stroke_rgbas[:, 3] = background

    return stop


def solution_marker(point: np.ndarray, *, radius: float = 0.08, z_index: int = 4) -> VMobject:
    """w*'s red dot with a white ring inside a dark halo (review r50 item 6: red on the
    green circle read as one colour to a colour-blind viewer); the palette's role colour
    kept."""
    return marker(point, SOLUTION_COLOR, radius=radius, z_index=z_index)


def haloed(label: VMobject) -> VMobject:
    """`legible` with a wider dark outline: ŵ's label, which sits among the faint rings and
    lines round ŵ (review r50 item 3: the rings ran through it)."""
    legible(label).set_stroke(BACKGROUND, width=9, background=True)
    return label


def axis_bands(axes: Axes) -> list[VMobject]:
    """Invisible boxes AXIS_BAND wide round both axes' lines: labels placed against them keep
    off the axes and their ticks by more than the usual clearance (layout only)."""
    return [Rectangle(width=AXIS_BAND, height=axes.y_axis.height).move_to(axes.y_axis),
            Rectangle(width=axes.x_axis.width, height=AXIS_BAND).move_to(axes.x_axis)]


def outlined(line: VMobject) -> VMobject:
    """A red line or bar with a white edge each side (review r50 item 6, r51 item 3: red
    bars on the green disc; a dark edge was not enough), so it parts from any fill by
    brightness as well as by hue. r59 (review r59 item 9: the edge, 1 px at 720p, went
    unseen): twice as wide."""
    line.set_stroke(WHITE, width=line.get_stroke_width() + 12, background=True)
    return line


def dark_edged(arrow: VMobject) -> VMobject:
    """A pull arrow on a dark edge (review r56 item 4: its violet lay close in hue to the
    light-blue ellipse it sits on): it parts from the contour by brightness too."""
    # The shaft only: a dark edge round the head cut it off from the shaft.
    arrow.shaft.set_stroke(BACKGROUND, width=arrow.shaft.get_stroke_width() + 6,
                           background=True)
    return arrow


def keep_marking(cue: object, *mobjects: VMobject, color: object = SOLUTION_COLOR) -> None:
    """Pulse ``mobjects`` in ``color`` until the words end (`pulse`)."""
    pulse(cue, lambda: [Indicate(VGroup(*mobjects), color=color, scale_factor=1.0)])


def drop_crowded_numbers(axes: object) -> None:
    """Drop a tick number that overlaps another (on either axis).

    # TOOLKIT: `style.make_axes` steps a number away from its tick to clear a key curve (a
    # ball's corner at t); on a crowded axis, or near the origin, it can land on another
    # number ("0.020.04"). Of two overlapping numbers the one that stayed at its tick goes:
    # the one that moved marks the key point.
    """
    owners = {id(n): axis for axis in (axes.x_axis, axes.y_axis) for n in axis.numbers}

    def moved(number: VMobject) -> float:
        axis = owners[id(number)]
        return abs(float(axis.p2n(number.get_center())) - float(number.get_value()))

    numbers = [*axes.x_axis.numbers, *axes.y_axis.numbers]
    for k, first in enumerate(numbers):
        for second in numbers[k + 1:]:
            if not all(n in owners[id(n)].numbers for n in (first, second)):
                continue
            apart = (np.abs(first.get_center() - second.get_center())[:2]
                     - (np.array([first.width + second.width, first.height + second.height])
                        / 2.0 + NUMBER_GAP))
            if np.all(apart < 0.0):
                drop = first if moved(first) < moved(second) else second
                owners[id(drop)].numbers.remove(drop)


def numbers_on_ticks(axes: object, curves: list[np.ndarray], points: list[np.ndarray], *,
                     key: tuple[float, ...] = ()) -> None:
    """Keep each tick number on its tick: centred under it (w₁) or beside it (w₂); one that
    covers a key curve (problem polylines ``curves``) or a key point's dot (``points``)
    moves straight away from its axis, never sideways, until it is clear (at most
    NUMBER_OUT); one still covering a curve there is dropped.

    # TOOLKIT: `style.make_axes` also steps a number sideways along its axis, off its tick
    # (a "1" halfway between the ticks at 1 and 1.5), and drops numbers near key points (the
    # w₂ axis lost its "1" at the lasso's corner (0, 1)).
    """
    scene_curves = [to_scene(axes, np.asarray(c, dtype=float).reshape(-1, 2)) for c in curves]
    for p in points:
        # A key point's dot (and its ring) counts as a small circle to keep clear.
        scene_curves.append(to_scene(axes, np.asarray(p, dtype=float).reshape(1, 2))
                            + DOT_CLEARANCE * np.array([[math.cos(a), math.sin(a), 0.0]
                                                        for a in np.linspace(0, 2 * math.pi,
                                                                             25)]))
    samples = _curve_samples(scene_curves)
    for axis, away, along in ((axes.x_axis, DOWN, RIGHT), (axes.y_axis, LEFT, UP)):
        for label in list(axis.numbers):
            home = label.get_center().copy()
            # Straight out first; then, where a ball crosses the axis at the tick (t = 1),
            # diagonally out past the crossing, away from the origin: the number keeps its
            # tick's corner, clear of the ball (a dropped "1" left t unlabelled).
            outward = np.sign(float(label.get_value())) * along
            reach = (KEY_NUMBER_OUT if any(float(label.get_value()) == k for k in key)
                     else NUMBER_OUT)
            tries = [home + step * away for step in np.arange(0.0, reach + 1e-9, 0.025)]
            tries += [home + step * (away + outward)
                      for step in np.arange(0.025, DIAGONAL_OUT + 1e-9, 0.025)]
            for where in tries:
                label.move_to(where)
                if not _box_meets(label, samples, _CLEARANCE):
                    break
            else:
                axis.numbers.remove(label)
    # The w₁ numbers on one baseline, the lowest one's (review r51 item 6: "2" sat higher
    # than "1" and "−1", which had stepped down off the circle), where that stays clear.
    numbers = list(axes.x_axis.numbers)
    if numbers:
        floor = min(float(n.get_bottom()[1]) for n in numbers)
        for label in numbers:
            home = label.get_center().copy()
            label.shift((floor - float(label.get_bottom()[1])) * UP)
            if _box_meets(label, samples, _CLEARANCE):
                label.move_to(home)


def fit_beside(lines: VGroup, centre: VMobject, *, outer: VMobject, side: np.ndarray,
               top: float) -> VGroup:
    """Lay ``lines`` out on the ``side`` (LEFT or RIGHT) of the centred ``centre`` (the
    loss and H), so that their boxes never meet whatever the lines' width: flush with
    ``outer``'s outer edge; where that runs into ``centre``, moved out towards the frame's
    edge; where even that is not enough, shrunk to fit between the frame's edge and
    ``centre``, their top at ``top``. Layout only.

    A lecturer's milli-scale data ran "w*_ridge = (−0.000373, −0.000928)" into the loss.
    """
    sign = -1.0 if side[0] < 0 else 1.0
    edge = sign * (config.frame_width / 2.0 - FRAME_MARGIN)
    inner = (centre.get_left()[0] - RESULT_GAP) if sign < 0 else (centre.get_right()[0]
                                                                  + RESULT_GAP)
    room = abs(edge - inner)
    if lines.width > room:
        lines.scale(room / lines.width)
        lines.shift((top - lines.get_top()[1]) * UP)
    # Flush with the panel's outer edge, then out towards the frame's edge as needed.
    if sign < 0:
        lines.shift((outer.get_left()[0] - lines.get_left()[0]) * RIGHT)
        lines.shift(min(0.0, inner - lines.get_right()[0]) * RIGHT)
        lines.shift(max(0.0, edge - lines.get_left()[0]) * RIGHT)
    else:
        lines.shift((outer.get_right()[0] - lines.get_right()[0]) * RIGHT)
        lines.shift(max(0.0, inner - lines.get_left()[0]) * RIGHT)
        lines.shift(min(0.0, edge - lines.get_right()[0]) * RIGHT)
    return lines


class ClassicPicture(AnimatedOnTop, StoryScene):
    """ŵ, the two balls, the contour that touches each, w* and how much each weight shrank."""

    # ŵ = (0.9, 1.5): the lasso's w* is the corner (0, 1) with −∇f = (0.74, 1.5) well
    # inside the corner's normal cone (|g₁| / g₂ = 0.49, not on its edge at 1: the contour
    # meets the tip only, it is not tangent to an edge); ridge's factors differ clearly
    # (0.28, 0.65); no number shown is a half-way tie at the digits shown (f = 0.611 and
    # 0.708, w* = (0.249, 0.968)); the contour rises visibly from ridge's level to the
    # lasso's. Checked by tests/test_classic_geometry.py.
    center: ClassVar[tuple[float, ...]] = (0.9, 1.5)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((1.1, -0.5), (-0.5, 3.9))
    radius: ClassVar[float] = 1.0
    #: Faint contours the growing one leaves behind.
    rings: ClassVar[int] = 3
    contour_samples: ClassVar[int] = 129  # a 128-gon is within 0.2 px of the ellipse at 1080p

    parameters = {
        "center": a_point(),
        "hessian": positive_definite(),
        "radius": positive(),
        "rings": integer(0, 6),
        "contour_samples": integer(33, 1025),
    }

    # ------------------------------------------------------------------ data
    def setup(self) -> None:
        super().setup()
        self.t = self.data["radius"]
        self.loss = Quadratic(center=self.data["center"], hessian=self.data["hessian"])
        self.check_story()
        self.solutions: dict[str, Solution] = {
            norm: constrained(self.loss, norm=norm, radius=self.t) for norm in NORMS}
        ridge, lasso = self.solutions["l2"], self.solutions["l1"]
        self.together = same_solution(ridge, lasso)
        self.ridge_touch = touch_progress(ridge, lasso)
        self.view: ViewBox = classic_view(self.loss, ridge, lasso).box
        self.center_shown = bool(self.view.contains(self.loss.center))
        # Both panels avoid the same curves (both balls, both touching contours: the right
        # panel shows the circle and ridge's contour dashed), so their tick numbers match.
        keep = [*(sol.point for sol in self.solutions.values()), self.loss.center]
        avoid = [curve for norm in NORMS for curve in self.key_curves(norm)]
        # Every number starts on its tick (make_axes with nothing to avoid); then
        # `numbers_on_ticks` moves one that covers a key curve straight out from its axis.
        self.panels = {
            norm: make_axes(self.view, side=PANEL_SIDE, center=PANEL_CENTERS[norm],
                            font_size=AXIS_FONT)
            for norm in NORMS}
        self.axes = {norm: group[0] for norm, group in self.panels.items()}
        for group in self.panels.values():
            # "w₂" beside the axis's end, not above it on the top tick number.
            group[2].next_to(group[0].y_axis.get_end(), RIGHT, buff=0.12)
        for axes in self.axes.values():
            numbers_on_ticks(axes, avoid, keep, key=(self.t, -self.t))
            drop_crowded_numbers(axes)
            merge_axes(axes)
        self.inset: dict[str, VMobject] = {}  # the lasso's touch magnified (`get_inset`)
        self.growth = ValueTracker(0.0)

    def check_story(self) -> None:
        """ŵ must lie outside the circle (and so the diamond): else no contour touches them."""
        if center_outside_both(self.loss.center, self.t):
            return
        size = float(lp_norm(self.loss.center, 2.0))
        where = "on the boundary of" if size == self.t else "inside"
        raise refuse("center", (
            f"ŵ = {point(self.loss.center).text} lies {where} the circle ‖w‖₂ ≤ "
            f"{number(self.t).text} (‖ŵ‖₂ = {number(size).text}), so ridge's constraint does "
            "not push back and no contour touches the circle; move center outside the circle "
            f"or make radius smaller than {number(size).text} (InactiveConstraint shows ŵ "
            "inside a ball)"))

    def key_curves(self, norm: str) -> list[np.ndarray]:
        """Curves the panel's tick numbers must not cover: its ball and touching contour."""
        sol = self.solutions[norm]
        return [ball_outline(norm, self.t),
                *clip_polyline(level_set(self.loss, sol.level), self.view)]

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("problem")
        self.show_problem()
        self.next_section("balls")
        self.show_balls()
        self.next_section("grow")
        self.grow_contours()
        self.next_section("solutions")
        self.show_solutions()
        self.next_section("why")
        self.show_why()
        # The takeaway stays up after the last words (review r32: at least 3 s, counted from its reveal on "exactly").
        hold(self, TAKEAWAY_HOLD if self.shows_pulls() else END_HOLD)

    # ----------------------------------------------------------------- beats
    def show_problem(self) -> None:
        self.centers = {norm: self.get_center_marker(norm) for norm in NORMS}
        # The axes are there from the first frame (a video's thumbnail is its first frame),
        # marked as the words name them.
        self.add(*self.panels.values())
        self.headings = self.get_headings()
        self.loss_lines = self.get_loss_lines()
        # What the quadratic is for (review r39 item 11): least squares' loss, exactly, up
        # to a constant.
        # ŵ named as the formula is read (review r43 item 4: it was read 9 s before it
        # was said what it is).
        # Circles when H is a multiple of I, ellipses otherwise (regmath's facts).
        shape_word = "circles" if isotropic(self.loss) else "ellipses"
        # r57 (review r56 item 7): "H, its curvature (least squares' loss, …)" parsed as if H
        # were the loss: f is the loss, H its curvature.
        # r66 (review r65 item 6: 3.7 s of empty axes): no "Two weights" cue; the panels are
        # named as the sentence opens, the loss written with it.
        # r66 (CUT round): ŵ's point in this sentence ("On both sides f is lowest at ŵ = …"
        # was a cue of its own).
        where = "" if self.center_shown else " (off the picture, where the arrows point)"
        # r81 (review r80 item 1: the data link never made): f named least squares' loss,
        # ŵ its unregularized fit (words only, no new formula).
        # r83 (review r82 item 4: the formula was written before ŵ and H were named): f
        # named, then ŵ, then the formula as it is read, H named right after it.
        # r84 (review r83 item 7: f named over empty axes): f named as its formula is
        # written.
        # r87 (both reviews of r86, item 6/7: hard to parse, X never shown): "(up to a
        # constant)" set apart, and no "H = XᵀX".
        with self.cue("{@loss}Ridge{@ridge} and the lasso{@lasso} share least squares' "
                      "loss (up to a constant), {@lowest}lowest at {w_hat} = {c}{@hat}" + where
                      + ", its unregularized fit: {@formula}f(w) = "
                      "½(w−{w_hat})ᵀ{H}(w−{w_hat}), whose {H}{@H} makes its level "
                      "curves{@level} " + shape_word + ".",
                      c=point(self.loss.center),
                      spoken="{@loss}Ridge{@ridge} and the lasso{@lasso} share least "
                      "squares' loss, up to a constant, {@lowest}lowest at {w_hat} = {c}{@hat}"
                      + where + ", its unregularized fit: {@formula}f of w equals one half "
                      "of w minus {w_hat}, "
                      "transposed, times {H} times w minus {w_hat}, whose {H}{@H} "
                      "makes its level curves{@level} " + shape_word
                      + ".") as cue:
            # Both lines written as the sentence starts (it reads "with this H" early);
            # H is marked as it is named.
            # r59 (review r59 item 7: the numbers of H came 7 s before H was explained): the
            # loss first, H's matrix as H is named.
            # r85 (review r84 item 8): ŵ's dots with the panels, the caption naming it.
            self.center_coords = self.get_center_coords()
            cue.play(*(Reveal(self.headings[norm][0]) for norm in NORMS),
                     *(Reveal(m) for m in self.centers.values()),
                     *(Reveal(m) for m in self.center_coords), at="loss", run_time=0.8)
            for norm, mark in zip(NORMS, ("ridge", "lasso")):
                cue.play(Indicate(self.headings[norm][0], color=BALL_COLORS[norm],
                                  scale_factor=1.0),
                         Indicate(self.panels[norm][0], color=BALL_COLORS[norm],
                                  scale_factor=1.0), at=mark, run_time=0.6)
            # The formula, where ŵ is read, marked as ŵ is said to be the unregularized fit;
            # ŵ plotted as it is named (review r47 item 4: defined in words only, drawn 8 s on).
            # ŵ's coordinates written beside it as they are read (review r30: 0.9 falls
            # between ticks); they leave as the circle is drawn.
            # r80 (review r79 item 6: ŵ came ~1 s after its caption): from the caption's
            # first words (r85: with the panels' names, above).
            pulse(cue, lambda: [Indicate(m, color=CENTER_COLOR, scale_factor=1.3)
                                for m in self.centers.values()], until="formula")
            # r83: the formula written as it is read, after ŵ is named.
            cue.play(Reveal(self.loss_lines[0]), at="formula", run_time=0.5)
            cue.play(Indicate(self.loss_lines[0], color=LOSS_COLOR, scale_factor=1.05),
                     run_time=0.8)
            # f marked as it is said to be least squares' loss (r57: the sentence split),
            # and that said in symbols beside it (review r59 item 8: 3 s of a still screen):
            # ½‖y − Xw‖² = f(w) + const, and H = XᵀX beside H.
            # r66 (review r65 item 2: X and y never defined): no ½‖y − Xw‖² or XᵀX lines.
            # r68 (CUT round, review r67 item 6: a 5 s still under "f is least squares'
            # loss up to a constant"): that clause cut; ŵ marked until H is named (a far
            # ŵ's longer words held still for 5 s).
            # Indicate grows H about its centre: no more than keeps it above the caption strip
            # (a tiny off-diagonal's ×10⁻⁹ entries make H tall enough to dip into it).
            hessian = self.loss_lines[1]
            room = 2.0 * (hessian.get_center()[1] - CAPTION_TOP - 0.02) / hessian.height
            # What the curvature does, shown (review r47 item 4: H was only tinted): one level
            # set of f round ŵ (at ridge's touching level, regmath's) drawn and taken away.
            level = self.solutions["l2"].level
            shape = [self.get_contour(norm, level) for norm in NORMS]
            # The level curve drawn as it is named (review r50 item 2: an ellipse came and
            # went with no words) and held while it is read.
            # Review r54 item 4: H turns f's colour as it is named and stays so while its
            # role is read, back to white as the level curves it shapes are held.
            ink = hessian.get_color()
            hessian.set_color(LOSS_COLOR)
            # ŵ's coordinates have been read: they leave as H comes, before f's level curve
            # is drawn round them.
            cue.play(Reveal(hessian), *(Conceal(m) for m in self.center_coords), at="H",
                     run_time=0.5)
            cue.play(Indicate(hessian, color=LOSS_COLOR, scale_factor=min(H_GROWTH, room)))
            # r80 (review r79 item 6: the ellipse came ~3.5 s after its caption, "level curves
            # … ellipses", was up): drawn right after H is marked, as the line is read.
            # Named on the picture too (review r52 item 3: the ellipse came unlabelled).
            # r57 (review r56 item 4: dim and ~10 px at 480p): white, larger, outlined.
            # r59 (review r59 item 6): f italic as everywhere, and the name kept right of
            # the w₂ axis (the axis ran between "a" and "level").
            names = [legible(Tex(r"a level curve of $f$", font_size=36, color=WHITE))
                     .next_to(c, DOWN, buff=0.12).align_to(c, RIGHT) for c in shape]
            for name, axes in zip(names, (self.axes[n] for n in NORMS)):
                # (The axis line's own x: the axis's centre moves with its numbers, review
                # r77 item 4, the axis ran through "a level curve of f".)
                axis_x = axes.c2p(0.0, 0.0)[0]
                if name.get_left()[0] < axis_x + LEVEL_NAME_GAP < name.get_right()[0] + 0.3:
                    name.shift((axis_x + LEVEL_NAME_GAP - name.get_left()[0]) * RIGHT)
                # Pushed past the frame's edge (variant quadrant-3: the curve hugs the
                # right panel's edge): left of the w₂ axis instead; inside the frame.
                if name.get_right()[0] > config.frame_width / 2:
                    name.shift((axis_x - LEVEL_NAME_GAP - name.get_right()[0]) * RIGHT)
                if abs(name.get_center()[0]) + name.width / 2 > config.frame_width / 2:
                    keep_in_frame(name)
            self.level_names = names
            cue.play(*(Create(c) for c in shape), *(Reveal(n) for n in names), run_time=1.0)
            pulse(cue, lambda: [Indicate(hessian, color=LOSS_COLOR, scale_factor=1.0)],
                  until="level")
            cue.play(*(Indicate(c, color=LOSS_COLOR, scale_factor=1.0) for c in shape),
                     hessian.animate.set_color(ink), until=cue.END)
        self.problem_shapes = [*shape, *self.level_names]

    def get_center_coords(self) -> list[VMobject]:
        """"(0.9, 1.5)" beside ŵ on each panel, on the side away from its label; none when ŵ
        is off the picture."""
        if not self.center_shown:
            return []
        coords = []
        for norm in NORMS:
            axes, (dot, label) = self.axes[norm], self.centers[norm]
            text = legible(MathTex(point(self.loss.center).tex, font_size=30,
                                   color=CENTER_COLOR))
            away = dot.get_center() - label.get_center()
            place_clear(text, dot.get_center(), as_direction(away) if np.any(away) else DOWN,
                        [axes, *axes.x_axis.numbers, *axes.y_axis.numbers, dot, label,
                         polyline(axes, ball_outline("l1", self.t)),
                         polyline(axes, ball_outline("l2", self.t))], buff=0.08)
            coords.append(text)
        return coords

    def show_balls(self) -> None:
        self.balls = {norm: ball_shape(self.axes[norm], norm, self.t,
                                       samples=self.contour_samples) for norm in NORMS}
        # r57 (review r56 item 7): t named as it first shows.
        # r66 (CUT round): one sentence over the two balls' cues.
        with self.cue("{@circle}Ridge keeps w in the circle {l2} ≤ {t},") as cue:
            # The level curve and its name leave before the circle is drawn across them
            # (layout_report r66).
            cue.play(*(Conceal(m) for m in getattr(self, "problem_shapes", [])),
                     run_time=0.5)
            cue.play(*draw_ball(self.balls["l2"]), Reveal(self.headings["l2"][1]),
                     at="circle", until=cue.END)
        # Drawn from the caption's start (review r30: it lagged the words by 1.3 s).
        # A radius marked on each ball as t is named (review r38 item 9): 0 to t·e₁, where
        # the circle and the diamond's corner both sit (regmath's `axis_points`).
        radii = [polyline(self.axes[norm], np.array([np.zeros(2), axis_points(self.t)[0]]),
                          stroke_color=BALL_COLORS[norm], stroke_width=8, z_index=3)
                 for norm in NORMS]
        # No penalty weight λ (review r39 item 5: spoken over a still picture, never shown):
        # the picture is the constraint form.
        # The penalty form linked in the same sentence (review r41 item 10): the words
        # "in its own norm" give way to it (the headings show whose norm).
        # r82 (review r81 item 2: the penalty form never linked): one sentence, no formula
        # beyond it; each ball's own norm (the headings show whose).
        with self.cue("{@diamond}the lasso in the diamond "
                      "{l1} ≤ {t}; both budgets are {t} = {tval}{@t}.",
                      tval=number(self.t)) as cue:
            # r85 (review r84 item 8: named ~1 s before it showed): drawn quickly from the
            # caption's start.
            cue.play(*draw_ball(self.balls["l1"]), Reveal(self.headings["l1"][1]),
                     at="diamond", run_time=min(max(cue.until("t"), 0.6), 1.0))
            cue.play(*(Reveal(h[2]) for h in self.headings.values()),
                     *(Create(r) for r in radii), at="t", run_time=0.5)
            cue.play(*(Indicate(r, color=CENTER_COLOR, scale_factor=1.0) for r in radii),
                     run_time=0.8)
            cue.play(*(Conceal(r) for r in radii), run_time=0.4)
            if cue.remaining > MARK_AFTER:
                pulse(cue, lambda: [Indicate(h[2], color=BALL_COLORS[n])
                                    for n, h in self.headings.items()])
        # r83 (review r82 item 1: the link only said, over a still frame): each penalized form
        # written by its own ball as it is read, the norm indexed (ridge's squared); they
        # leave as the contours grow.
        self.penalty_forms = self.get_penalty_forms()
        # r84 (brief item 0): ridge's penalty (λ/2)‖w‖₂², as in the rest of the project
        # (regmath's `penalized`), so the matching λ is the solver's, with no halving.
        # r84 (review r83 item 4: λ a dangling detour): why it matters here said in the
        # same sentence, the forms leaving as the balls are marked.
        # r85 (review r84 item 1: "the balls" never defined, and why a budget's picture
        # answers the penalty's question not said): each λ's w* is some budget's.
        # r86 (both reviews of r85: the link asserted, never shown): when both budgets
        # bind, the λ that gives this t (regmath's `strength`) said, written under each
        # form, and the penalty's w* drawn on the ball: the same w*.
        here = self.penalty_here()
        if here is not None:
            lams = [number(self.solutions[n].strength) for n in NORMS]
            tail = ("; here{@here} {lam} = {lr} (ridge) and {lam} = {ll} (the lasso) give "
                    "{t} = {tv}{@same}.")
            spoken_tail = ("; here{@here} {lam} = {lr} for ridge and {lam} = {ll} for the "
                           "lasso give {t} = {tv}{@same}.")
        else:
            lams, tail, spoken_tail = [], ".", "."
        with self.cue("{@each}For each {lam} ≥ 0, the w* minimizing "
                      "{@ridge}f + ({lam}/2)‖w‖₂² (ridge) or {@lasso}f + {lam}‖w‖₁ (the lasso) "
                      "is the w* of some budget {t}{@some}{@balls}" + tail,
                      spoken="{@each}For each {lam} of at least 0, the w-star minimizing "
                      "{@ridge}f plus half {lam} times the squared two-norm of w, for ridge, or "
                      "{@lasso}f plus {lam} times the one-norm of w, for the lasso, is the "
                      "w-star of some budget {t}{@some}{@balls}" + spoken_tail,
                      **({"lr": lams[0], "ll": lams[1], "tv": number(self.t)}
                         if here is not None else {})) as cue:
            # (Both balls marked as the budget is named: the forms come with their words.)
            # r95 (r94's leftover 1: each form still fading in at 22 s and 26 s as its words
            # were read): both forms drawn as the sentence starts, whole before either is
            # named; each marked, with its ball, as its words come.
            cue.play(*(Indicate(self.balls[n][1], color=BALL_COLORS[n], scale_factor=1.0)
                       for n in NORMS),
                     *(Reveal(m) for m in self.penalty_forms.values()),
                     at="each", run_time=0.6)
            for norm, mark in zip(NORMS, ("ridge", "lasso")):
                cue.play(Indicate(self.penalty_forms[norm], color=BALL_COLORS[norm],
                                  scale_factor=1.0),
                         Indicate(self.balls[norm][1], color=BALL_COLORS[norm],
                                  scale_factor=1.0), at=mark, run_time=0.8)
            cue.play(*(Indicate(m, color=BALL_COLORS[n], scale_factor=1.0)
                       for n, m in self.penalty_forms.items()), until="some")
            if here is None:
                cue.play(*(Conceal(m) for m in self.penalty_forms.values()),
                         *(Indicate(self.balls[n][1], color=BALL_COLORS[n], scale_factor=1.0)
                           for n in NORMS), at="balls", until=cue.END)
            else:
                tags, dots, names = here
                cue.play(*(Indicate(self.balls[n][1], color=BALL_COLORS[n], scale_factor=1.0)
                           for n in NORMS), at="balls", until="here")
                # (f's formula, read, leaves for them: the ridge's λ sat on it.)
                cue.play(*(Reveal(m) for m in tags), Conceal(self.loss_lines[0]), at="here",
                         run_time=0.6)
                # The penalty's w* lands on the ball of this t, named as it comes.
                # r87 (both reviews of r86, item 1: unnamed, and gone before the contours
                # found them again): the dots stay until the growing contour lands on them
                # (the touch's words say so); their names leave with the forms.
                cue.play(*(Reveal(d) for d in [*dots, *names]), *(Indicate(self.balls[n][1],
                         color=BALL_COLORS[n], scale_factor=1.0) for n in NORMS),
                         until="same")
                pulse(cue, lambda: [Indicate(d, color=SOLUTION_COLOR) for d in dots])
                self.penalty_dots = dict(zip(NORMS, dots))
                # (The dots' names and the λ under each form leave with the forms: r94, kept
                # longer, the growing contour crossed ridge's.)
                self.penalty_names = [*names, *tags]

    def penalty_here(self) -> tuple[list[VMobject], list[VMobject], list[VMobject]] | None:
        """When both budgets bind (λ > 0, finite): "λ = …" (regmath's `strength`, the λ whose
        penalized w* is this t's) under each penalty form, that w* as a dot on its ball, and
        its name "penalty's w*" beside it, away from ŵ; else None. Layout only."""
        if not all(self.solutions[n].active and np.isfinite(self.solutions[n].strength)
                   for n in NORMS):
            return None
        tags, dots, names = [], [], []
        for norm in NORMS:
            form = self.penalty_forms[norm]
            tag = legible(MathTex(r"\lambda = " + number(self.solutions[norm].strength).tex,
                                  font_size=36, color=BALL_COLORS[norm]))
            tag.next_to(form, DOWN, buff=0.12).align_to(form, LEFT)
            keep_in_frame(tag)
            if tag.get_bottom()[1] < CAPTION_TOP + 0.05:
                tag.next_to(form, RIGHT, buff=0.25)
                keep_in_frame(tag)
            tags.append(tag)
            dot = marker(to_scene(self.axes[norm], self.solutions[norm].point),
                         SOLUTION_COLOR, radius=0.08, z_index=5)
            dots.append(dot)
            # r87 (both reviews of r86, item 1: the dots came unnamed): named as they come,
            # on the side away from ŵ (where the growing contour never reaches).
            # r94 (review r89 item 1: "λ … give t = 1" could not be checked): named by its
            # norm, the penalized solver's ‖w*‖ at this λ (regmath's `penalized`), so "on
            # the ball of t" is read off beside it.
            axes = self.axes[norm]
            reached = penalized(self.loss, norm=norm,
                                strength=self.solutions[norm].strength).radius
            name = legible(MathTex(r"\|w^*\|_" + norm[1] + " = " + number(reached).tex,
                                   font_size=30, color=SOLUTION_COLOR))
            away = dot.get_center() - self.centers[norm][0].get_center()
            place_clear(name, dot.get_center(), as_direction(away) if np.any(away) else LEFT,
                        [dot, *self.centers[norm], *axes.x_axis.numbers, *axes.y_axis.numbers,
                         self.balls[norm][1], self.penalty_forms[norm], tags[-1],
                         *self.headings[norm]], minor=[axes], buff=0.1)
            keep_in_frame(name)
            names.append(name)
        return tags, dots, names

    def get_penalty_forms(self) -> dict[str, VMobject]:
        """"f + (λ/2)‖w‖₂²" beside ridge's circle and "f + λ‖w‖₁" beside the diamond, below and
        right of each ball where nothing else is drawn."""
        forms = {}
        for norm, tex in (("l2", r"f + (\lambda/2) \|w\|_2^2"),
                          ("l1", r"f + \lambda \|w\|_1")):
            axes, ball = self.axes[norm], self.balls[norm][1]
            # r94 (review r89 item 1: ridge's green read dim at 22 s): in text colour, at
            # full opacity; the ball beside it says whose form it is.
            text = legible(MathTex(tex, font_size=36, color=TEXT_COLOR))
            place_clear(text, ball.get_corner(DOWN + RIGHT), DOWN + RIGHT,
                        [ball, *axes.x_axis.numbers, *axes.y_axis.numbers, *self.centers[norm],
                         *self.loss_lines, *self.headings[norm]],
                        minor=[axes], buff=0.1)
            keep_in_frame(text)
            forms[norm] = text
        return forms

    def get_headings(self) -> dict[str, VGroup]:
        """Per panel: its name, its ball "‖w‖₂ ≤ t" and "= 1", typeset as one line and
        shown in three steps (the name first, the ball with its outline, t's value as said)."""
        headings = {}
        for norm in NORMS:
            name, ball = HEADINGS[norm]
            # "{}" before "=": a relation opening a formula gets no space on its left
            # (review r32 item 9: "t=1" read cramped).
            value = rf"${{}} = {number(self.t).tex}$"
            whole = Tex(name, ball, value, font_size=36)
            # Centred over its axes (review r36 item 10), not the panel's nominal centre.
            whole.move_to([self.axes[norm].get_center()[0], HEADING_Y, 0.0])
            headings[norm] = VGroup(*(merged(Tex(text, font_size=36).move_to(part))
                                      for text, part in zip((name, ball, value), whole)))
        return headings

    def grow_contours(self) -> None:
        self.contours = {norm: VMobject(stroke_color=LOSS_COLOR, stroke_width=4, z_index=1)
                         for norm in NORMS}
        for norm, contour in self.contours.items():
            contour.add_updater(lambda m, norm=norm: self.follow_contour(m, norm))
        self.add(*self.contours.values())
        rings, ring_levels = self.ring_stops()
        self.rings_groups = {norm: VGroup(*(self.get_contour(norm, level, faint=True)
                                            for level in ring_levels)) for norm in NORMS}
        over = self.over_contours()
        # The box first: the f labels keep clear of it.
        self.inset = self.get_inset()
        # The contour's level, live on both panels while it grows ("the loss on it rises").
        self.level_labels = {} if self.together else self.get_level_labels()
        readouts = list(self.level_labels.values())
        # TOOLKIT: `motion.sweep` splits a Readout follower into its fixed words ("f =")
        # and its digits, and only the digits are redrawn: right for a readout that stays
        # put, but one that moves with its contour left "f =" behind (a gap and a second
        # baseline until the next redraw). Wrapped in a VGroup, the whole readout follows.
        self.level_movers = {norm: VGroup(readout) for norm, readout in self.level_labels.items()}
        movers = list(self.level_movers.values())
        followers = tuple(self.contours.values())
        with self.cue("{@grow}Grow a contour of f from {w_hat}: its level "
                      "rises{@rises}.") as cue:
            # The loss and H have been read: they leave as the contour takes over (review
            # r38 item 3: fewer text lines; H sat just above the caption band).
            # r66 (layout_report: the small contour struck ŵ's label as it grew through
            # it): the labels step out while the contour passes them, back at the first ring.
            targets = [*rings, NEAR_TOUCH * self.ridge_touch]
            family = self.get_mobject_family_members()
            hat_labels = ([m[1] for m in self.centers.values() if m[1] in family]
                          if self.center_shown and len(targets) > 1 else [])
            # r83: the penalized forms leave with them (the picture is the budget form).
            # r86 (both reviews of r85, item 1: H left here while the pull, "H turns it"
            # and H⁻¹ rest on it): H shrinks into the frame's lower left corner and stays
            # to the end (the last words say the wedge's angle is set by H).
            # (A copy moves: H's own line keeps its place, which the result lines use.)
            self.h_note = self.get_hessian_note()
            moving_h = self.loss_lines[1].copy()
            self.remove(self.loss_lines[1])
            self.add(moving_h)
            cue.play(*(Conceal(m) for m in self.loss_lines[:1] if m in self.mobjects),
                     ReplacementTransform(moving_h, self.h_note),
                     *(Conceal(m) for m in [*self.penalty_forms.values(),
                                            *getattr(self, "penalty_names", [])]),
                     # r95 (r94's leftover 2: the lasso's red dot unnamed at 35–60 s): the
                     # penalty's w* dimmed with its name gone, until its touch (`touch_marks`)
                     # brings the touch's full-colour dot in its place.
                     *(Dim(d) for d in getattr(self, "penalty_dots", {}).values()),
                     *(Dim(m, factor=0.0) for m in hat_labels), at="grow",
                     # r87: H moves at its full size now, rigidly: slow enough not to jump.
                     run_time=1.0)
            for k, target in enumerate(targets):
                if k == len(targets) - 1 and hat_labels:
                    cue.play(*(Undim(m) for m in hat_labels), run_time=0.3)
                if k:
                    self.add(*(group[k - 1] for group in self.rings_groups.values()))
                if k == min(1, len(targets) - 1) and movers:
                    # Once the contour is big enough to carry its label clear of ŵ's.
                    for norm, mover in self.level_movers.items():
                        mover.add_updater(lambda m, norm=norm: self.follow_levels[norm](m[0]))
                        mover.update(0)
                    self.add(*movers)
                    followers = (*self.contours.values(), *movers)
                # At least a frame: whole frames can use up the words before the last ring.
                share = max(cue.remaining / (len(targets) - k), 1.0 / config.frame_rate)
                sweep(self, self.growth, float(target), *followers, over=over, run_time=share,
                      rate_func=linear)
        self.tangent_dots = {norm: solution_marker(to_scene(self.axes[norm], sol.point))
                             for norm, sol in self.solutions.items()}
        if self.together:
            with self.cue("It touches the circle and the diamond at once{@touch}, at the same "
                          "point: both problems have the same {w_star}.") as cue:
                sweep(self, self.growth, 1.0, *followers, over=over,
                      run_time=max(cue.until("touch"), APPROACH_SECONDS),
                      rate_func=rate_functions.ease_out_sine)
                # A contour still following would be redrawn over the dots from now on.
                for contour in self.contours.values():
                    contour.clear_updaters()
                cue.play(*self.touch_marks("l2"), *self.touch_marks("l1"))
                cue.play(Indicate(self.contours["l1"], color=LOSS_COLOR, scale_factor=1.0),
                         Indicate(self.contours["l2"], color=LOSS_COLOR, scale_factor=1.0),
                         until=cue.END)
            return
        low, high = self.rise_values()["low"], self.rise_values()["high"]
        labels = readouts
        # The gap is a few pixels on the panel: the inset is there before the touch, so the
        # right side is never seen to touch at ridge's level, and the words name it first.
        # The touch said as the dot appears (review r52 item 6: "touches the circle, at
        # f = 0.611" came 2 s before the touch): the contour grows during the first
        # sentence, and the touch's sentence starts with it.
        # r81 (review r80 item 3: the box came ~1 s into its words): drawn as they start.
        # r94 (review r89 item 3: "The box magnifies this square" read 2 s, the box still
        # fading in): its own cue, the box drawn as it starts and held still ≥ 3.5 s before
        # the contour, seen growing in it, reaches the circle as "It touches" comes.
        same = (", at the penalty's w*" if "l2" in getattr(self, "penalty_dots", {}) else "")
        touch = "{@touch}It touches the circle at the level f = {low}" + same + "."
        if self.inset:
            with self.cue("{@box}The box magnifies this square.") as cue:
                paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=BOX_SECONDS)
                z = self.inset
                self.follow_inset(z["contour"])
                z["contour"].add_updater(self.follow_inset)
                # No join line: from any corner it crossed the diamond or a tick number;
                # the region and the box light up together instead, as the box is named.
                z["region"].set_stroke(color=WHITE, width=REGION_NAMED_WIDTH)
                cue.play(*(Reveal(z[k]) for k in ("frame", "region", "connectors", "caption",
                                                  "ball", "contour")), at="box", run_time=0.5)
                followers = (*followers, z["contour"])
                # r95 (r94's leftover 5: the contour grew in this cue's last 1.6 s): the box
                # named over a still picture; the growth comes under "It touches".
                if not lecture_mode():
                    hold(self, cue.remaining)
        else:
            touch = "The contour grows toward the circle. " + touch
        with self.cue(touch, low=low) as cue:
            sweep(self, self.growth, self.ridge_touch, *followers, over=over,
                  run_time=max(cue.until("touch"), APPROACH_SECONDS),
                  rate_func=rate_functions.ease_out_sine)
            if self.inset:
                self.inset["contour"].clear_updaters()
            self.contours["l2"].clear_updaters()
            if self.inset:
                cue.play(self.inset["region"].animate.set_stroke(color=INSET_COLOR,
                                                                 width=REGION_WIDTH),
                         run_time=0.3)
            for norm, mover in self.level_movers.items():
                # Each readout stops on the level its contour stopped at (ridge's).
                self.follow_levels[norm](mover[0])
                mover.clear_updaters()
            if "l1" in self.level_labels:
                self.level_at_touch = self.level_labels["l1"].get_values()[0]
            cue.play(*self.touch_marks("l2"))
            # The level read off (or, with no label, the touching point) until the words end.
            marked = labels or [self.tangent_dots["l2"]]
            cue.play(*(Indicate(m, color=LOSS_COLOR, scale_factor=1.0) for m in marked),
                     until=cue.END)
        # The segment the contour still has to grow along (from ŵ's side to w*_lasso): not
        # the shortest gap, so the words say what it is.
        # Said what it is (review r52 item 3: "the white segment" was named, not explained).
        # r81 (review r80 item 2: stopping the lasso's contour at ridge's level was not
        # said why): the level named, and that it does not reach the diamond there.
        # r82 (review r81 items 3, 4: a 33 s detour): said in fewer words.
        # The gap drawn as the caption naming it shows (review r81 item 5: 2 s after).
        rest = (": the white gap{@gap}." if self.inset else ".")
        with self.cue(("{@white}" if self.inset else "") + "At f = {low} the lasso's contour "
                      + ("" if self.inset else "{@gap}") + "does not reach the "
                      "diamond" + rest, low=low) as cue:
            if self.inset:
                z = self.inset
                # Drawn as the words start (review r34 item 5: 5 s still before it came),
                # the magnified contour marked with it: that side has stopped short.
                # The segment drawn as its words start (review r35 item 8: it came 1.7 s
                # before them).
                # Review r39 item 6: drawn under "stops at that level too", not after.
                # Marked in white, with its level (review r41 item 6: in the contour's own
                # colour the mark did not show, and 4 s stood still).
                # r66 (review r65 item 5: named at 44 s, drawn by 46 s): the segment drawn
                # as the cue starts, marked again as it is named.
                # r68 (review r67 item 3: drawn at 32 s, named at 34 s): the stopped side
                # marked as the cue starts, the segment drawn as it is named.
                # r82: the gap drawn with the caption that names it, the stopped contour
                # marked with it.
                # r84 (review r83 item 7: the whole contour flashed white as "the white gap"
                # was drawn): the contours marked in their own colour, only the gap white.
                cue.play(Create(z["gap"]),
                         Indicate(z["region"], color=CENTER_COLOR, scale_factor=1.3),
                         Indicate(z["contour"], color=LOSS_COLOR, scale_factor=1.0),
                         Indicate(self.contours["l1"], color=LOSS_COLOR, scale_factor=1.0),
                         *([Indicate(self.level_labels["l1"], color=CENTER_COLOR)]
                           if "l1" in self.level_labels else []), at="white", run_time=1.2)
                # r87 (both reviews of r86, item 5: for ~1 s the gap read past the contour):
                # marked by colour only; scaled about its middle it overshot both ends.
                cue.play(Indicate(z["gap"], color=CENTER_COLOR, scale_factor=1.0),
                         run_time=0.8)
                pulse(cue, lambda: [Indicate(z["gap"], color=CENTER_COLOR, scale_factor=1.0),
                                    Indicate(z["region"], color=CENTER_COLOR,
                                             scale_factor=1.3)])
            else:
                cue.play(Indicate(self.contours["l1"], color=LOSS_COLOR, scale_factor=1.0),
                         at="gap")
                pulse(cue, lambda: [Indicate(self.contours["l1"], color=LOSS_COLOR,
                                             scale_factor=1.0)])
        # Why the first touch is ridge's w*: the inside of the contour (lower loss) and the
        # circle share no point.
        inside = self.get_inside()
        # Shorter (review r36 item 11: 48–55 s held near-still; the seconds go to the cone).
        # r68 (review r67 item 3: the label came 4 s after its line): "w*_ridge" written
        # as the caption line naming it appears.
        # r83: "w*_ridge" with the line that names it (the captions split anew).
        with self.cue("{@inside}Inside this contour f is lower, {@circle}and none of "
                      "it is in the circle: {@star}the touch is {w_star}, ridge's constrained "
                      "minimizer.") as cue:
            if inside is not None:
                # Ridge's w* (and ŵ) played after the fill: drawn over it while it fades in
                # (review r37 item 6: the fill covered w*).
                cue.play(Reveal(inside), Indicate(self.tangent_dots["l2"], color=WHITE,
                                                  scale_factor=1.4),
                         Indicate(self.centers["l2"], color=CENTER_COLOR, scale_factor=1.0),
                         at="inside")
            else:
                cue.play(Indicate(self.contours["l2"], color=LOSS_COLOR, scale_factor=1.0),
                         at="inside")
            # "w*_ridge" is written as the words name ridge's w*.
            self.tangent_labels = {"l2": self.get_solution_label("l2")}
            # Ridge's w* pulses in size and white, never green (review r52 item 7: a
            # red/green pulse on the key point).
            cue.play(Indicate(self.balls["l2"][1], color=BALL_COLORS["l2"], scale_factor=1.0),
                     Reveal(self.tangent_labels["l2"]),
                     Indicate(self.tangent_dots["l2"], color=WHITE, scale_factor=1.4),
                     at="star", run_time=1.5)
            if inside is not None:
                cue.play(Conceal(inside), Indicate(self.tangent_dots["l2"], color=WHITE,
                                                   scale_factor=1.4),
                         Indicate(self.centers["l2"], color=CENTER_COLOR, scale_factor=1.0),
                         until=cue.END)
        self.ghosts = self.get_ghosts()
        # r82 (review r81 items 3, 4): no aside on the levels ("The diamond lies inside the
        # circle, so the lasso's level is higher. A higher level alone sets no weight to 0;
        # where it touches, a corner, does."), nor the corner ringed before the touch: the
        # contour grows on, and the corner is ringed and named as it touches.
        self.region_hidden = []
        right = [m for m in [self.contours["l1"], self.level_movers.get("l1")] if m is not None]
        # r82 (review r81 items 3, 4): the corner named, and ringed, as the contour touches it.
        lasso = self.solutions["l1"]
        # r87: the penalty's w* kept on the diamond is the touch, said as it touches.
        same = "l1" in getattr(self, "penalty_dots", {})
        touch = ("diamond at a corner, " + ("the penalty's w*, " if same else "") + "at f = {high}: "
                 + weight_star(lasso.zero_weights[0]).text
                 + " = 0." if lasso.at_corner and lasso.zero_weights
                 else "diamond " + ("at the penalty's w*, " if same else "")
                 + "at f = {high}: the lasso's {w_star}.")
        with self.cue("{@on}It grows on past ridge's level (dashed) until it {@touch}touches the "
                      + touch, high=high,
                      settle=KEY_SETTLE_SECONDS if lasso.at_corner else 0.0) as cue:
            # The ridge-level contour stays behind, dashed: the gap the loss climbs.
            z = self.inset
            # Ridge's w* ring and its name have made the aside's point: they leave the
            # corner as the contour grows on (review r43 item 2: the touch was crowded).
            # The dashed circle has made its point too: it leaves as ridge's dashed level
            # comes, so "(dashed)" names one curve (review r50 item 4).
            cue.play(Reveal(self.ghosts["contour"]),
                     *(Conceal(m) for m in [self.ghosts["point"], self.ghosts["label"],
                                            *getattr(self, "corner_rings", []),
                                            self.ghosts["circle"],
                                            *([z["circle"]] if z else [])]
                       if m in self.get_mobject_family_members()),
                     *([Reveal(z["ghost"]), Conceal(z["gap"])] if z else []),
                     *(Reveal(m) for m in self.region_hidden),
                     at="on", run_time=0.3)
            if "l1" in self.level_movers:
                self.level_movers["l1"].add_updater(lambda m: self.follow_levels["l1"](m[0]))
            if z:
                # The magnified contour grows with the panel's, away from the dashed one.
                z["contour"].add_updater(self.follow_inset)
                right.append(z["contour"])
            sweep(self, self.growth, 1.0, *right, over=over,
                  run_time=max(cue.until("touch"), APPROACH_SECONDS), rate_func=smooth)
            self.contours["l1"].clear_updaters()
            if z:
                z["contour"].clear_updaters()
            self.tangent_labels["l1"] = self.get_solution_label("l1")
            # The readout is marked by colour only: a scaled readout shifts its digits.
            rings = []
            if lasso.at_corner:
                # The corner ringed in the cone's colour, on the panel and in the box, as the
                # contour touches it, pulsing until the words end.
                spots = [to_scene(self.axes["l1"], lasso.point)]
                if z and self.zview.contains(lasso.point):
                    spots.append(to_scene(self.zaxes, lasso.point))
                rings = [Circle(radius=CORNER_RING, stroke_color=CONE_COLOR, stroke_width=5,
                                z_index=7).move_to(p) for p in spots]
            self.corner_rings = rings
            cue.play(*self.touch_marks("l1"), Reveal(self.tangent_labels["l1"]),
                     *([Reveal(z["point"]), Flash(z["point"], color=SOLUTION_COLOR)]
                       if z else []),
                     *(Create(r) for r in rings),
                     *(Indicate(self.level_labels["l1"], color=LOSS_COLOR, scale_factor=1.0)
                       for _ in [0] if "l1" in self.level_labels))
            if rings:
                pulse(cue, lambda: [Indicate(r, color=CONE_COLOR, scale_factor=1.35)
                                    for r in rings], seconds=0.8)
            elif same:
                # r87: on an edge, the touch (the penalty's w*, kept) marked while it is read.
                pulse(cue, lambda: [Indicate(self.tangent_dots["l1"], color=SOLUTION_COLOR)],
                      seconds=0.8)
        if not lasso.at_corner:
            hold(self, TOUCH_HOLD)
        for mobject in [*self.contours.values(), *self.level_movers.values()]:
            mobject.clear_updaters()

    def ring_stops(self) -> tuple[np.ndarray, np.ndarray]:
        """The growth stops where faint rings are left, and the rings' levels."""
        rings = self.ridge_touch * np.linspace(0.0, NEAR_TOUCH, self.data["rings"] + 2)[1:-1]
        return rings, growth_levels(self.solutions["l1"].level, rings)

    def rise_values(self) -> dict[str, object]:
        """f at ridge's and at the lasso's touch, with common decimals, in the f labels'
        shared unit (the words read "0.906×10⁻⁶" as the label does, not "9.06×10⁻⁷")."""
        levels = [self.solutions[n].level for n in NORMS]
        power = unit_power(levels)
        low, high = (in_words(n, power) for n in unit_numbers(levels, power))
        return {"low": low, "high": high}

    #: Where an f label may sit around its contour, in order of preference after ŵ's
    #: side (away from the balls): up, right, left, down, the diagonals, then the eight
    #: directions between those.
    LEVEL_SIDES: ClassVar[tuple[tuple[float, float], ...]] = (
        (0.0, 1.0), (1.0, 0.0), (-1.0, 0.0), (0.0, -1.0),
        (1.0, 1.0), (-1.0, 1.0), (1.0, -1.0), (-1.0, -1.0),
        *((math.cos(a), math.sin(a)) for a in (np.arange(8) + 0.5) * math.pi / 4.0))

    def final_level(self, norm: str) -> float:
        """The level the panel's growing contour stops at: its own w*'s."""
        return self.solutions[norm].level

    def level_obstacles(self, norm: str) -> tuple[np.ndarray, np.ndarray]:
        """Scene points an f label on ``norm``'s panel must keep clear of: the balls and
        touching contours drawn there, the axes and their numbers, ŵ and its label, the
        lines from ŵ to the axes, the heading, the loss and (right) the magnified box; and,
        apart, points that keep room for w*'s label."""
        axes = self.axes[norm]
        drawn = [norm] if norm == NORMS[0] else list(NORMS)
        curves = [to_scene(axes, ball_outline(n, self.t)) for n in drawn]
        curves += [to_scene(axes, piece) for n in drawn
                   for piece in clip_polyline(level_set(self.loss, self.solutions[n].level),
                                              self.view)]
        curves += [to_scene(axes, line) for line in drop_lines(self.loss.center)]
        for tick in [*axes.x_axis.numbers, *axes.y_axis.numbers]:
            curves.append(np.array([tick.get_corner(d) for d in (UP + LEFT, UP + RIGHT,
                                                                 DOWN + RIGHT, DOWN + LEFT,
                                                                 UP + LEFT)]))
        shapes = [self.panels[norm], self.centers[norm], self.headings[norm], self.loss_lines]
        if norm == "l1" and self.inset:
            shapes += [self.inset[k] for k in ("frame", "caption")]
        # Room by each w* drawn here for its label, named later (at kilo scale the f label
        # took the lasso's w*'s side and pushed its label off to the diamond's corner): kept
        # free where some side allows it.
        circle = np.array([[math.cos(a), math.sin(a), 0.0]
                           for a in np.linspace(0.0, 2.0 * math.pi, 33)])
        room = [centre + r * circle
                for centre in (to_scene(axes, np.asarray(self.solutions[n].point).reshape(1, 2))[0]
                               for n in drawn)
                for r in np.arange(0.1, W_STAR_ROOM + 1e-9, 0.1)]
        return (np.concatenate([_curve_samples(curves), _outline_samples(shapes)]),
                _curve_samples(room))

    def level_side(self, readouts: dict[str, Readout]) -> tuple[np.ndarray, float] | None:
        """The side of the contours where their f labels sit, and their gap from it: of
        ŵ's side and LEVEL_SIDES, at LEVEL_BUFF and then LEVEL_FAR, the first where each
        label, at its contour's final level, is in the frame, above the panel's bottom
        (the result lines go there) and clear of `level_obstacles`, w*'s room too if any
        such side is; None when no side is clear (the words alone give f)."""
        best, lowest = None, None
        obstacles = {norm: self.level_obstacles(norm) for norm in NORMS}
        sides = [np.asarray(d, dtype=float) for d in (tuple(self.loss.center), *self.LEVEL_SIDES)
                 if np.any(np.asarray(d, dtype=float))]
        for buff in (LEVEL_BUFF, LEVEL_FAR):
            for direction in sides:
                anchors = {norm: level_anchor(self.loss, self.final_level(norm), direction)
                           for norm in NORMS}
                if not all(self.view.contains(a) for a in anchors.values()):
                    continue
                cost = np.zeros(2)  # (points covered, points of w*'s room covered)
                for norm, readout in readouts.items():
                    readout.next_to(to_scene(self.axes[norm], anchors[norm]),
                                    as_direction(direction), buff=buff)
                    low = readout.get_corner(DOWN + LEFT)[:2] - _CLEARANCE
                    high = readout.get_corner(UP + RIGHT)[:2] + _CLEARANCE
                    cost += [np.count_nonzero(np.all((points >= low) & (points <= high), axis=1))
                             for points in obstacles[norm]]
                    if (not _inside_safe_area(readout)
                            or low[1] < self.panels[norm].get_bottom()[1]):
                        cost[0] += OUTSIDE_COST
                if cost[0] == 0 and (lowest is None or cost[1] < lowest):
                    best, lowest = (direction, buff), cost[1]
                if lowest == 0:
                    return best
        return best

    def get_level_labels(self) -> dict[str, VMobject]:
        """A readout "f = 0.611" by the growing contour on each panel, showing its level:
        the left one stops on ridge's level, the right one on the lasso's. Levels of
        extreme size are read in a shared power of ten ("f = 0.906×10⁻⁶", `unit_power`)."""
        self.follow_levels: dict[str, Callable[[Readout], None]] = {}
        power = unit_power([sol.level for sol in self.solutions.values()])
        self.level_power = power
        decimals = max(decimals_for(scaled_value(sol.level, power))
                       for sol in self.solutions.values())
        # One format for both (the lasso's level, the larger): the same width and
        # baseline all along.
        template = ("f = " + number_format(scaled_value(self.solutions["l1"].level, power),
                                           decimals)
                    + (r" \times 10^{{" + str(power) + "}}" if power else ""))
        #: (A Readout keeps no TeX string: the tests read its format from here.)
        self.level_template = template
        labels: dict[str, VMobject] = {}
        for norm in NORMS:
            # No dark outline: a readout swaps its digits' outlines, and the outline drawn
            # behind them hollows the glyphs; it sits outside the contour, clear of curves.
            labels[norm] = Readout(template, scaled_value(self.final_level(norm), power),
                                   font_size=LEVEL_FONT, color=LOSS_COLOR)
        side = self.level_side(labels)
        if side is None:
            return {}
        direction, buff = side
        for norm, readout in labels.items():
            readout.set_values(scaled_value(self.contour_level(norm), power))

            def follow(readout: Readout, norm: str = norm) -> None:
                level = self.contour_level(norm)
                readout.set_values(scaled_value(level, power))
                readout.next_to(to_scene(self.axes[norm],
                                         level_anchor(self.loss, level, direction)),
                                as_direction(direction), buff=buff)
                # The side was chosen for the final level; a smaller contour's anchor can
                # carry the label past the frame's edge on the way.
                keep_in_frame(readout)

            # The updater is added only while the contour grows (`grow_contours`): a mobject
            # with an updater counts as moving, and everything above it would be redrawn.
            self.follow_levels[norm] = follow
        return labels

    def get_inside(self) -> VMobject | None:
        """The inside of ridge's touching contour, filled faintly (None when the view clips
        the contour: a clipped fill would not be the whole inside)."""
        outline = level_set(self.loss, self.solutions["l2"].level, samples=self.contour_samples)
        if not self.view.contains(outline):
            return None
        return polyline(self.axes["l2"], outline, stroke_width=0, fill_color=LOSS_COLOR,
                        fill_opacity=INSIDE_OPACITY, z_index=1)

    def get_inset(self) -> dict[str, VMobject]:
        """The lasso's touch magnified, when regmath's `gap_zoom` gives a box for it and the
        inset's frame covers none of the lasso panel's curves or numbers (else {}): frame,
        region, caption; the diamond, the growing contour, the gap still to close
        (`touch_gap`), and for later the dashed circle, the dashed contour at ridge's level
        and the lasso's w*, all through the inset's own axes."""
        if self.together:
            return {}
        zview = gap_zoom(self.loss, self.solutions["l2"], self.solutions["l1"], self.view)
        if zview is None:
            return {}
        axes = self.axes["l1"]
        zaxes, z = inset_frame(zview, axes, side=INSET_SIDE, centre=INSET_CENTER)
        # The magnified square on the panel: a thin outline under the dots (review r43
        # item 2: at 2.5 px it hid the lasso's touch dot in the main panel).
        z["region"].set_stroke(width=REGION_WIDTH)
        # The frame must sit on empty panel: clear of both balls, both touching contours,
        # ŵ and the lasso panel's numbers (their boxes' corners).
        curves = [to_scene(axes, c) for norm in NORMS for c in self.key_curves(norm)]
        curves.append(to_scene(axes, np.asarray(self.loss.center, dtype=float).reshape(1, 2)))
        for tick in [*axes.x_axis.numbers, *axes.y_axis.numbers]:
            curves.append(np.array([tick.get_corner(d) for d in (UP + LEFT, UP + RIGHT,
                                                                 DOWN + RIGHT, DOWN + LEFT)]))
        if _box_meets(z["frame"], _curve_samples(curves), _CLEARANCE):
            return {}
        self.zaxes, self.zview = zaxes, zview

        def clipped(curve: np.ndarray) -> list[np.ndarray]:
            return clip_polyline(curve, zview)

        # Connectors from the region to the box (review r37 item 6): the outer pair of
        # like corners (up-right and down-left when the box lies down-right of the region),
        # neither crossing either square.
        offset = z["frame"].get_center() - z["region"].get_center()
        pair = (UP + RIGHT, DOWN + LEFT) if offset[0] * offset[1] < 0 else (UP + LEFT,
                                                                           DOWN + RIGHT)
        # Only a connector that keeps off the diamond (review r43 item 8: the lower one cut
        # across its inside).
        diamond = ball_outline("l1", self.t)

        def off_diamond(line: Line) -> bool:
            return not any(in_polygon(axes.p2c(line.point_from_proportion(a))[:2], diamond)
                           for a in np.linspace(0.0, 1.0, 41))

        def connector(start: np.ndarray, end: np.ndarray) -> Line:
            return Line(start, end, stroke_color=INSET_COLOR, stroke_width=1.5,
                        stroke_opacity=0.7, z_index=1)

        kept = [line for line in (connector(z["region"].get_corner(c), z["frame"].get_corner(c))
                                  for c in pair) if off_diamond(line)]
        if len(kept) < 2:
            # One line only: from the region's corner nearest the box to the box's corner
            # nearest the region, where that keeps off the diamond and the tick numbers
            # (review r51 item 7: the outer line ran over the w₁ axis's "2").
            c = np.sign(offset[0]) * RIGHT + np.sign(offset[1]) * UP
            near = connector(z["region"].get_corner(c), z["frame"].get_corner(-c))
            line_samples = _curve_samples([np.array([near.get_start(), near.get_end()])])
            if off_diamond(near) and not any(
                    _box_meets(n, line_samples, _CLEARANCE)
                    for n in [*axes.x_axis.numbers, *axes.y_axis.numbers]):
                kept = [near]
        # r76 (review r75 item 5: the one connector crossed the w₁ axis right at its "2"): a
        # connector that meets a tick or its number ends instead at the nearest point of the
        # box's side facing the region from which it meets neither (layout only).
        marks = [*axes.x_axis.numbers, *axes.y_axis.numbers]
        # (The tick marks are merged into one path: their places from the number lines.)
        ticks = np.array([*(axes.c2p(float(v), 0.0) for v in axes.x_axis.get_tick_range()),
                          *(axes.c2p(0.0, float(v)) for v in axes.y_axis.get_tick_range())])

        def meets_marks(line: Line) -> bool:
            samples = _curve_samples([np.array([line.get_start(), line.get_end()])])
            near_tick = bool(len(ticks)) and float(np.min(np.linalg.norm(
                samples[:, None, :2] - ticks[None, :, :2], axis=2))) < TICK_CLEARANCE
            return near_tick or any(_box_meets(m, samples, TICK_CLEARANCE) for m in marks)

        if len(kept) == 1 and meets_marks(kept[0]):
            start, end = kept[0].get_start(), kept[0].get_end()
            other = z["frame"].get_corner(np.sign(offset[0]) * LEFT + np.sign(offset[1]) * DOWN)
            # Along the box's edge from the chosen corner toward the corner nearest the region.
            facing = np.array([other[0], end[1], 0.0]) if abs(offset[1]) > abs(offset[0]) \
                else np.array([end[0], other[1], 0.0])
            for share in np.linspace(0.05, 0.6, 12):
                moved = connector(start, end + share * (facing - end))
                if off_diamond(moved) and not meets_marks(moved):
                    kept = [moved]
                    break
        z["connectors"] = VGroup(*kept)
        # Brighter than the muted axes: the tag names the box the words point at; on the
        # first side of the box its connectors leave clear.
        # r79 (review r77 item 5: small when projected): 36 → 40.
        z["caption"] = merged(Tex("magnified", font_size=40, color=INSET_COLOR))
        lines = _curve_samples([np.array([line.get_start(), line.get_end()])
                                for line in z["connectors"]])
        for side, edge in ((LEFT, DOWN), (UP, LEFT), (UP, RIGHT), (LEFT, UP), (RIGHT, DOWN)):
            z["caption"].next_to(z["frame"], side, buff=0.12, aligned_edge=edge)
            if (_inside_safe_area(z["caption"])
                    and not _box_meets(z["caption"], lines, _CLEARANCE)):
                break
        else:
            # No side clear of both: left of the box as before, in the frame.
            z["caption"].next_to(z["frame"], LEFT, buff=0.12, aligned_edge=DOWN)
        z["ball"] = set_pieces(VMobject(stroke_color=BALL_COLORS["l1"], stroke_width=5), zaxes,
                               clipped(ball_outline("l1", self.t)))
        z["circle"] = VGroup(*(dashed(zaxes, piece, stroke_color=BALL_COLORS["l2"],
                                      stroke_width=3)
                               for piece in clipped(ball_outline("l2", self.t,
                                                                 samples=INSET_SAMPLES))))
        z["ghost"] = VGroup(*(dashed(zaxes, piece, stroke_color=LOSS_COLOR, stroke_width=3,
                                     stroke_opacity=0.8)
                              for piece in clipped(level_set(self.loss,
                                                             self.solutions["l2"].level,
                                                             samples=INSET_SAMPLES))))
        z["contour"] = VMobject(stroke_color=LOSS_COLOR, stroke_width=4, z_index=1)
        z["gap"] = polyline(zaxes, touch_gap(self.loss, self.solutions["l2"],
                                             self.solutions["l1"]),
                            stroke_color=CENTER_COLOR, stroke_width=4, z_index=2)
        z["point"] = solution_marker(to_scene(zaxes, self.solutions["l1"].point), radius=0.09)
        return z

    def follow_inset(self, mobject: VMobject) -> None:
        """The growing contour of the lasso's panel, in the inset."""
        set_pieces(mobject, self.zaxes,
                   clip_polyline(level_set(self.loss, self.contour_level("l1"),
                                           samples=INSET_SAMPLES), self.zview))

    def get_ghosts(self) -> dict[str, VMobject]:
        """On the right panel, dashed: the circle, and the contour that touched it; ridge's w*
        as a hollow ring."""
        axes = self.axes["l1"]
        circle = dashed(axes, ball_outline("l2", self.t), stroke_color=BALL_COLORS["l2"],
                        stroke_width=3, z_index=1)
        pieces = clip_polyline(level_set(self.loss, self.solutions["l2"].level,
                                         samples=self.contour_samples), self.view)
        contour = VGroup(*(dashed(axes, piece, stroke_color=LOSS_COLOR, stroke_width=3,
                                  stroke_opacity=0.8, z_index=1) for piece in pieces))
        # Ridge's w* in w*'s red as on its own panel (review r39 item 10: one colour per
        # object), hollow and named: not to be taken for the lasso's filled w*.
        ridge = Circle(radius=GHOST_RADIUS, stroke_color=SOLUTION_COLOR, stroke_width=4,
                       z_index=4).move_to(to_scene(axes, self.solutions["l2"].point))
        label = legible(MathTex(SOLUTION_NAMES["l2"], font_size=GHOST_FONT,
                                color=SOLUTION_COLOR))
        # Clear of every curve near the corner (both balls, the dashed and the final
        # contour, the faint rings, ŵ and the lasso's w*), joined
        # to its ring by a short leader when it had to move away.
        final = self.get_contour("l1", self.solutions["l1"].level)
        obstacles = [self.balls["l1"], circle, *contour, final, *self.rings_groups["l1"],
                     self.centers["l1"], self.tangent_dots["l1"], *self.level_labels.values(),
                     *axes.x_axis.numbers, *axes.y_axis.numbers, axes]
        if self.inset:
            # (Its source square stays while the box shows: review r39 item 7.)
            # Its connectors too: they stay while the box shows (review r48 item 6).
            obstacles += [self.inset[k] for k in ("frame", "caption", "region", "connectors")]
        # Not towards the lasso's w* (its label takes that side) where a place is clear;
        # else any side (review r48 item 6: with the box's connector kept, the right side
        # is taken, and the fallback put the name over the faint rings).
        leader = place_off(label, ridge, obstacles,
                           away=self.tangent_dots["l1"].get_center() - ridge.get_center())
        if not len(leader.points) and _box_meets(label, _outline_samples(obstacles),
                                                 _CLEARANCE):
            leader = place_off(label, ridge, obstacles, away=np.zeros(3))
        return {"circle": circle, "contour": contour, "point": ridge,
                "label": VGroup(label, leader)}

    def touch_marks(self, norm: str) -> list:
        dot = self.tangent_dots[norm]
        # The penalty's w*, kept on the ball since it was named, gives way to the touch's
        # (the same point, the same marker).
        kept = getattr(self, "penalty_dots", {}).pop(norm, None)
        if kept is not None:
            self.remove(kept)
        return [Reveal(dot), Flash(dot, color=SOLUTION_COLOR)]

    def show_solutions(self) -> None:
        for norm in NORMS:
            if norm not in getattr(self, "tangent_labels", {}):
                self.tangent_labels = {**getattr(self, "tangent_labels", {}),
                                       norm: self.get_solution_label(norm)}
        self.results = {norm: self.get_result_lines(norm) for norm in NORMS}
        ridge, lasso = self.solutions["l2"], self.solutions["l1"]
        # r76 (review r75 item 1): each result rests wordless after its words.
        with self.cue("{@ridge}Ridge's {w_star} = {where}" + self.ridge_words(),
                      where=unit_point(ridge.point), settle=KEY_SETTLE_SECONDS) as cue:
            # The line the words read is written as they start (≤ 0.5 s).
            # f(w) has been used (review r36 item 7: the lower third crowded): it leaves as
            # the first result line comes; H stays until its reason is told.
            # The f labels too: the rise they showed is told; and ŵ's label on the lasso's
            # panel (ridge's names the same point) (review r37 item 4: text lines).
            # H too (review r38 item 3: no reason is told with it any more; the densest
            # moment had 11 text lines).
            # The dashed ridge contour, circle and w*_ridge ring and the inset have made
            # their point (the loss rose past ridge's level): they leave now, one by one,
            # with ŵ's second label (review r41 item 8: 10 text items at the densest moment;
            # ≤ 6 from here).
            ghosts = [m for m in getattr(self, "ghosts", {}).values() if m in self.mobjects]
            inset = [m for m in self.inset.values() if m in self.mobjects]
            # ŵ's label on the lasso's panel stays (review r43 item 7: it was gone from
            # 76 s to 128 s); the faint rings leave: the rise they showed is told (review
            # r41 item 8).
            hat_label = [ring for group in self.rings_groups.values() for ring in group
                          if ring in self.get_mobject_family_members()]
            # r82 (review r81 item 5: the line read ~1.5 s after its words): in 0.3 s.
            cue.play(*self.reveal_label("l2"), Reveal(self.results["l2"][0]),
                     *(Conceal(m) for m in self.loss_lines if m in self.mobjects),
                     *(Conceal(m) for m in self.level_movers.values()
                       if m in self.get_mobject_family_members()), at="ridge", run_time=0.3)
            # The box's dashed circle and contour leave with the panel's (review r48 item
            # 6: the box showed them after the panel had let them go).
            twins = ({self.ghosts.get("circle"): self.inset.get("circle"),
                      self.ghosts.get("contour"): self.inset.get("ghost")}
                     if self.inset and hasattr(self, "ghosts") else {})
            inset = [m for m in inset if m not in twins.values()]
            # r82: the box's ring round the corner leaves with the box.
            if inset:
                family = self.get_mobject_family_members()
                inset += [r for r in getattr(self, "corner_rings", [])[1:] if r in family]
            if ghosts or inset or hat_label:
                cue.play(LaggedStart(*(AnimationGroup(Conceal(m), *(
                                         [Conceal(twins[m])] if twins.get(m) in self.mobjects
                                         else [])) for m in [*ghosts, *hat_label]),
                                     *([AnimationGroup(*(Conceal(m) for m in inset))]
                                       if inset else []),
                                     lag_ratio=0.5), run_time=1.2)
            cue.play(Indicate(self.tangent_dots["l2"], color=SOLUTION_COLOR))
            # r82 (review r81 item 9: an unnamed red drop line): no drop to the w₁ axis.
            keep_marking(cue, self.results["l2"][0])
        # r82: no rest after it where the corner's touch has just rested (the length).
        with self.cue("{@lasso}The lasso's {w_star} = {where}" + self.lasso_words(),
                      where=unit_point(lasso.point),
                      settle=0.0 if lasso.at_corner else KEY_SETTLE_SECONDS) as cue:
            # The dashed circle and contour stay (nothing changes unnamed; the lasso's
            # contour sits above ridge's level); the inset makes room for the result lines.
            # The dashed ridge contour, circle and w*_ridge ring have made their point (the
            # loss rose past ridge's level): they leave the corner with the box (review r30
            # item 3: six strokes and two labels within 40 px of the corner).
            ghosts = [m for m in getattr(self, "ghosts", {}).values() if m in self.mobjects]
            inset = [m for m in self.inset.values() if m in self.mobjects]
            # r82 (review r81 item 5): the line read written as the words start, in 0.3 s;
            # the corner's rings (named at the touch) leave with it.
            family = self.get_mobject_family_members()
            cue.play(*self.reveal_label("l1"), Reveal(self.results["l1"][0]),
                     *(Conceal(r) for r in getattr(self, "corner_rings", []) if r in family),
                     run_time=0.3)
            if ghosts or inset:
                # One by one, not all at once (review r32 item 7): the ghosts, then the box.
                # The box's frame and contents as one (review r34 item 8: the frame went
                # first and its curves floated unclipped for a moment).
                # The line read comes with them (review r38 item 9: it came 2.5 s late).
                cue.play(LaggedStart(*(Conceal(m) for m in ghosts),
                                     *([AnimationGroup(*(Conceal(m) for m in inset))]
                                       if inset else []),
                                     lag_ratio=0.5), run_time=1.2)
            cue.play(Indicate(self.tangent_dots["l1"], color=SOLUTION_COLOR), run_time=0.6)
            keep_marking(cue, self.results["l1"][0])

    def reveal_label(self, norm: str) -> list:
        """Reveal w*'s label unless it is already on screen (named at its touch)."""
        label = self.tangent_labels[norm]
        return [] if label in self.mobjects else [Reveal(label)]

    def ridge_words(self) -> str:
        zeros = self.solutions["l2"].zero_weights
        if zeros:
            return (f": {weight_star(zeros[0]).text} = 0, because this ŵ lies on one of the "
                    "four rays where ridge gives a zero.")
        return ": both weights are nonzero."

    def lasso_words(self) -> str:
        lasso = self.solutions["l1"]
        if lasso.at_corner:
            # (Its zero is read with the bars and shown in the KKT step: said once here, it
            # was said three times.)
            # r82: the corner and its zero were named at the touch.
            return "."
        return ", on an edge of the diamond: both weights are nonzero."

    def show_why(self) -> None:
        """Why the lasso gave a zero here and ridge did not, and what is not yet shown: a
        corner sits on an axis; the circle has none, so ridge lands on an axis only by
        coincidence; another ŵ can make the lasso's contour meet an edge (no zero)."""
        lasso = self.solutions["l1"]
        if self.shows_pulls():
            self.show_pulls()
            return
        lasso = self.solutions["l1"]
        if lasso.at_corner:
            # The axis the corner sits on (where the zero weight is 0), lit as it is named.
            glow = VGroup(*(self.axis_glow("l1", i) for i in lasso.zero_weights[:1]))
            with self.cue("{@corner}The contour met a corner, and a corner sits on an "
                          "axis{@axis}: that is how the lasso gives exact zeros.") as cue:
                cue.play(Flash(self.tangent_dots["l1"], color=SOLUTION_COLOR),
                         Indicate(self.tangent_dots["l1"], color=SOLUTION_COLOR),
                         at="corner", run_time=1.0)
                cue.play(Create(glow), at="axis", run_time=1.0)
                pulse(cue, lambda: [Indicate(self.tangent_dots["l1"], color=SOLUTION_COLOR)])
        else:
            with self.cue("{@edge}For this {w_hat}, neither weight is zero: the contour met "
                          "an edge of the diamond, not a corner.") as cue:
                cue.play(Indicate(self.balls["l1"][1], color=BALL_COLORS["l1"],
                                  scale_factor=1.0), Flash(self.tangent_dots["l1"],
                                                           color=SOLUTION_COLOR),
                         at="edge", run_time=1.2)
                pulse(cue, lambda: [Indicate(self.tangent_dots["l1"], color=SOLUTION_COLOR)])
        if not self.solutions["l2"].zero_weights:
            with self.cue("{@smooth}The circle has no corners: ridge's touch lands on an axis "
                          "only by coincidence.") as cue:
                cue.play(Indicate(self.balls["l2"][1], color=BALL_COLORS["l2"],
                                  scale_factor=1.0),
                         Indicate(self.tangent_dots["l2"], color=SOLUTION_COLOR),
                         at="smooth", run_time=1.5)
                pulse(cue, lambda: [Indicate(self.balls["l2"][1], color=BALL_COLORS["l2"],
                                             scale_factor=1.0)])
        if lasso.at_corner:
            # No pointer to "another ŵ meeting an edge": a reviewer saw a claim over a still
            # picture (the next chapter, WhyCornersWin, shows it).
            return
        with self.cue("How often the contour meets a corner{@edge} is the next chapter's "
                      "question.") as cue:
            # The diamond's edges (and corners), where another ŵ's contour could land.
            cue.play(Indicate(self.balls["l1"][1], color=BALL_COLORS["l1"], scale_factor=1.0),
                     at="edge", run_time=1.5)
            pulse(cue, lambda: [Indicate(self.balls["l1"][1], color=BALL_COLORS["l1"],
                                         scale_factor=1.0)])

    def shows_pulls(self) -> bool:
        """The why beat draws −∇f at both touches (`show_pulls`): the lasso at a corner,
        ridge off the axes."""
        return bool(self.solutions["l1"].at_corner and not self.solutions["l2"].zero_weights)

    def pull_scale(self) -> float:
        """One arrow scale for both −∇f(w*): the longer is PULL_LENGTH·t."""
        return min(arrow_scale(sol, length=PULL_LENGTH * self.t)
                   for sol in self.solutions.values())

    def cone_length(self) -> float:
        return CONE_LENGTH * self.t

    def why_curves(self, norm: str) -> list[np.ndarray]:
        """What `show_pulls` draws at w* later (problem coordinates): −∇f(w*), and the
        circle's radius through w* or the corner's normal cone; w*'s label keeps clear."""
        if not self.shows_pulls():
            return []
        sol = self.solutions[norm]
        arrow = pull_arrow(sol, scale=self.pull_scale())
        curves = [np.array([arrow.start, arrow.end])]
        if norm == "l2":
            # (Ridge's turned pull needs no room: w*'s label leaves while it turns.)
            curves.append(np.array([np.zeros(2), sol.point]))
            return curves
        curves.append(normal_cone_wedge(sol, length=self.cone_length()))
        # And where the turned pull reaches, the cone's rays (review r34 item 7: the
        # turning arrow ran into w*'s label).
        length = self.pull_scale() * float(np.linalg.norm(sol.gradient))
        for ray in sol.normal_cone:
            curves.append(np.array(turned_pull(sol, np.asarray(ray, dtype=float),
                                               length=length)))
        return curves

    def show_pulls(self) -> None:
        """Why corners win, shown (review r32 item 1): −∇f(w*) at each touch, from regmath,
        labelled, then turned. On the circle the one point whose normal is the pull is t·u
        (`turned_pull`): as the pull turns, w* slides round the circle and reaches an axis
        only when the pull points along it. At the diamond's corner every pull inside the
        normal cone keeps w* at the corner, which sits on an axis: an exact zero."""
        ridge, lasso = self.solutions["l2"], self.solutions["l1"]
        scale = self.pull_scale()
        self.pull_length = {norm: scale * float(np.linalg.norm(sol.gradient))
                            for norm, sol in self.solutions.items()}
        own = {norm: -np.asarray(sol.gradient, dtype=float)
               for norm, sol in self.solutions.items()}
        self.pull_leg = {norm: (own[norm], own[norm]) for norm in NORMS}
        self.turn = {norm: ValueTracker(0.0) for norm in NORMS}
        arrows = {}
        for norm in NORMS:
            foot, tip = self.pull_ends(norm)
            arrows[norm] = dark_edged(MovingArrow(foot, tip, color=GRADIENT_COLOR,
                                                  stroke_width=6))
            # Shaft and head too (the group's own z_index left them under the cone's fill).
            arrows[norm].set_z_index(5)
        # The circle's one normal at w*: its radius through w*, dashed, in the normals'
        # yellow (review r39 item 2: purple like the pull, the two read as one thing).
        radius = dashed(self.axes["l2"], np.array([np.zeros(2), ridge.point]),
                        stroke_color=NORMAL_COLOR, stroke_width=3, z_index=2)
        axes = self.axes["l1"]
        length = self.cone_length()
        wedge = VMobject(stroke_color=CONE_COLOR, stroke_width=2, fill_color=CONE_COLOR,
                         fill_opacity=0.3, z_index=1)
        wedge.set_points_as_corners(to_scene(axes, normal_cone_wedge(lasso, length=length)))

        def open_cone(mobject: VMobject, alpha: float) -> None:
            mobject.set_points_as_corners(to_scene(axes, normal_cone_wedge(
                lasso, length=length, fraction=max(alpha, 1e-3))))

        # ŵ's guides and white bars have made their point: they leave as the pulls come
        # (review r32 item 5: the arrowhead ended on the dashed guide, the wedge on a bar).
        # The faint rings too: their point (the level rises) is made, and they crossed the
        # pulls' labels inside the contour.
        # The red bars too (review r34 item 2: on ridge's panel they lay on the dashed
        # normal, and the sliding ring, the arrow and a bar made one clump on the axis).
        # The result lines and ŵ's labels have been read: they leave too (review r37 item 4:
        # 10–15 text lines at the end; at most 6 from here on).
        leaving = [m for m in [*getattr(self, "w1_drops", {}).values(),
                               *(ring for group in self.rings_groups.values() for ring in group),
                               *(line for lines in self.results.values() for line in lines)]
                   if m in self.get_mobject_family_members()]
        labels = self.get_pull_labels(arrows, radius, wedge)
        # What slides round the circle: a ring where w* would be for the turned pull.
        ring = Circle(radius=GHOST_RADIUS, stroke_color=SOLUTION_COLOR, stroke_width=4,
                      z_index=6).move_to(self.tangent_dots["l2"].get_center())
        # Why the pull is the normal at w*, shown (review r38 item 5): a point off w* on the
        # circle, its pull and the pull's part along the circle (regmath's `circle_slide`);
        # it slides that way, f falling, until the part is gone at w*.
        slide = self.get_circle_slide(labels)
        # What the pull is, on screen as it first appears (review r39 item 2: "pull" was
        # used a cue before "−∇f" was shown): "pull = −∇f(w)" where ridge's "pull =
        # −∇f(w*_ridge)" comes next, swapped for it at w*.
        # r80 (review r79 item 7: −∇f used from here with f's formula gone since 20 s): its
        # value H(ŵ − w) written where the pull is first named (the lasso's line re-uses it).
        pull_def = legible(MathTex(r"\text{pull} = -\nabla f(w) = H(\hat{w} - w)",
                                   font_size=PULL_FONT + 2, color=GRADIENT_COLOR))
        if "pull_l2" in labels:
            pull_def.move_to(labels["pull_l2"]).align_to(labels["pull_l2"], LEFT)
        elif not self.place_pull_def(pull_def, slide):
            # r57 (review r56 item 6: unnamed on ridge's panel until 134 s): where no corner
            # was clear, the nearest clear place to the panel's lower right, else none.
            pull_def = None
        # "Near" (review r41 item 11: at the circle's far point the part is 0 too).
        # Said where the pull first appears that it is drawn shortened (review r45 item 3:
        # its growth to full length later came unannounced).
        short = scale < 1.0
        with self.cue("{@off}Near ridge's {w_star}, the pull{@pull} −∇f(w)"
                      + (" (drawn short)" if short else "")
                      + " has a part along the circle{@along}: sliding that way lowers "
                      "f{@slide}.",
                      spoken="{@off}Near ridge's {w_star}, the pull{@pull}, minus the gradient "
                      "of f" + (", drawn short," if short else ",")
                      + " has a part along the circle{@along}: sliding that way lowers "
                      "f{@slide}.") as cue:
            paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
            # What leaves clears before the pull comes (review r39 item 11: the bars and
            # the new arrow overlapped for a frame).
            cue.play(*(Conceal(m) for m in leaving), at="off", run_time=0.6)
            # (The normal is drawn where the words name it, at w*: following the sliding
            # point, its label found no clear place inside the small circle.)
            cue.play(Reveal(slide["ring"]), GrowArrow(slide["pull"]),
                     *([Reveal(pull_def)] if pull_def is not None else []),
                     at="pull", run_time=0.8)
            cue.play(GrowArrow(slide["along"]), Reveal(slide["along_label"]), at="along",
                     run_time=0.8)
            # "along the circle" fades as its arrow shrinks, gone when it is (review r48
            # item 7, r51 item 7: it outlived the arrow by a second).
            label = slide["along_label"]
            faded = [(m, m.fill_rgbas[:, 3].copy(), m.stroke_rgbas[:, 3].copy(),
                      m.background_stroke_rgbas[:, 3].copy())
                     for m in label.family_members_with_points()]

            def fade_with(_: VMobject) -> None:
                shown = 1.0 - smooth(float(np.clip(
                    (slide["fraction"].get_value() - 0.5) / 0.45, 0.0, 1.0)))
                for m, fill, stroke, back in faded:
                    m.fill_rgbas[:, 3] = shown * fill
                    m.stroke_rgbas[:, 3] = shown * stroke
                    m.background_stroke_rgbas[:, 3] = shown * back

            label.add_updater(fade_with)
            sweep(self, slide["fraction"], 1.0, *slide["movers"], label,
                  run_time=max(cue.remaining, 1.5), rate_func=smooth)
            for m in [*slide["movers"], label]:
                m.clear_updaters()
            self.remove(label)
        # The slid arrow is the real pull at w*: swapped in place (no visible change).
        self.remove(slide["pull"], slide["along"])
        self.add(arrows["l2"])
        # r57: shorter (review r56 item 10: a still stretch); "pull = −∇f(w*_ridge)" names it.
        # r76 (review r75 item 4: λ_ridge = 1.80 was never linked to the picture): the pull
        # there is λ_ridge·w* (ridge's penalty gradient), its λ tag lit as it is said.
        # r79 (a cut round, review r77 item 3: "λ_ridge·w*" was said, never shown): the
        # penalty form is cut, so is its λ here.
        with self.cue("{@pull}At ridge's {w_star} that part is 0: the pull is the circle's "
                      "normal{@normal}.",
                      spoken="{@pull}At ridge's {w_star} that part is zero: the pull is the "
                      "circle's normal{@normal}.") as cue:
            paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
            # (No "pull" by the arrow: the line "pull = −∇f(w*_ridge)" in its colour names it;
            # at most 8 text lines with ŵ's labels kept.)
            cue.play(Conceal(slide["ring"]),
                     Flash(self.tangent_dots["l2"], color=SOLUTION_COLOR),
                     *([Conceal(pull_def)] if pull_def is not None else []),
                     *([Reveal(labels["pull_l2"])]
                       if pull_def is not None and "pull_l2" in labels else []),
                     at="pull", run_time=1.0)
            # No penalised forms (μ, λ, s, ∂ were on screen, never said: review r37 item 2).
            # r79 (review r77 item 5: "normal" small when projected; larger, it met an axis):
            # the radius drawn as "normal" is said, unlabelled.
            cue.play(Create(radius), at="normal", run_time=1.0)
            pulse(cue, lambda: [Indicate(arrows["l2"], color=GRADIENT_COLOR,
                                         scale_factor=1.0)])
        # "−∇f(w*)" stays by the true pull's tip (it names that arrow; following the turned
        # tip it crossed the contour): the tip's path keeps below it.
        ridge_movers = [arrows["l2"], radius, ring]
        # Other data turn the pull (review r35 item 2), shown (review r37 item 5): ŵ moves
        # (regmath's `ridge_pull_center`: same H, the pull's size kept) while this ŵ's
        # contour and w* go; the pull turns onto the axis and stops there, the axis lit
        # and a live w₁* at exactly 0: one direction of pull puts ridge's w* on the axis.
        # Then on past it, and back.
        axis_dir = nearest_axis(own["l2"])
        mirror = mirrored_across_axis(own["l2"])
        mover = self.get_moving_center(own["l2"], axis_dir, mirror)
        # ("pull = −∇f(w*_ridge)" has left by then: its corner is free for the readout,
        # and the top one for the line's label.)
        readout = self.get_turn_readout(own["l2"], [arrows["l2"], radius, labels["normal"],
                                                    labels["l2"],
                                                    *(mover["path"] if mover else [])])
        k = 1 - int(np.argmax(np.abs(axis_dir)))
        ridge_glow = self.axis_glow("l2", k)
        # In the pull's colour: it names the pull's direction (review r47 item 8: green is the
        # circle's).
        one = legible(Tex("one direction", font_size=PULL_FONT + 2, color=GRADIENT_COLOR))
        # What this data's picture gets back after the turn (the spent labels do not).
        data = [*self.this_data("l2"), self.tangent_dots["l2"], self.tangent_labels["l2"]]
        spent = [m for m in [labels["l2"], labels["normal"], labels.get("pull_l2")]
                 if m is not None]
        # "one direction" comes with the last words, in place of ridge's "pull = …"
        # line (its corner is clear of everything drawn then).
        if "pull_l2" in labels:
            one.move_to(labels["pull_l2"]).align_to(labels["pull_l2"], RIGHT)
            one_placed = bool(_inside_safe_area(one))
        else:
            one_placed = self.place_in_corner(one, "l2", [
                *self.balls["l2"], self.contours["l2"], self.centers["l2"], radius,
                labels["normal"], arrows["l2"], labels["l2"], self.tangent_labels["l2"],
                self.tangent_dots["l2"], *self.level_labels.values(),
                *self.axes["l2"].x_axis.numbers, *self.axes["l2"].y_axis.numbers])
        # ŵ moved only where its whole path lies in the view; else the pull alone turns.
        # "Other data" said as what it is (review r39 item 11): new targets, the same H.
        # r57 (review r56 item 7): why the λ tags leave, said as they go.
        # r66 (review r65 item 3: "λ changes" was vague, and on this path false: ŵ moves
        # with the pull's size kept, so λ_ridge = ‖pull‖₂/t stays; regmath's
        # `ridge_pull_center`): said, and ridge's λ tag stays, lit as it is said.
        # r68 (review r67 item 1, a factual error: "same λ_ridge" beside "a single ray":
        # with λ fixed one ŵ gives w* = (0, 1); the ray is the set for the budget t, λ free):
        # the budget kept, said; both λ tags leave here; λ_ridge's change said on the ray.
        opening = ("{@turn}Move {w_hat}{@other} (same {H} and {t}{@lam}): the pull "
                   "turns, and "
                   "{w_star} slides round:" if mover else "{@turn}As the pull turns, {w_star} "
                   "slides round:")
        # The ŵ whose ridge w* is on that axis: one line (regmath's `l2_sparse_rays`), drawn
        # as the moving ŵ crosses it (review r38 item 1), set later against the lasso's wedge.
        ridge_line = self.get_ridge_line(axis_dir) if mover else None
        # Why the line is not the axis (review r39 item 3): its direction is H⁻¹e, tilted
        # from e by the curvature (regmath's `ridge_line_tilt`); said only where it is.
        tilted = ridge_line_tilt(self.loss.hessian, axis_dir) >= TILT_SHOWN
        # A ray, not a line (review r41 item 2): ŵ = t·e + μH⁻¹e with μ ≥ 0 only.
        # Whose ray (review r43 item 6: the mirror ray and a segment inside the disc have
        # w₁* = 0 too): the ŵ with that w*, as its label on screen says.
        on_axis = point(turned_pull(ridge, axis_dir, length=1.0)[0])
        # r79 (review r77 item 3: "one direction" did not say of what): of the pull.
        # r84 (review r83 items 2, 5): the ray its own sentence, "only on the dashed ray"
        # shown with it while ŵ rests on it; the tilt said in degrees (regmath's
        # `ridge_line_tilt`), then a rest.
        closing = " onto this axis point{@axis} only for one direction of the pull."
        ray_words = ("{@ray}For {w_star} = " + on_axis.text + ", a single ray of {w_hat}{@line}"
                     # r82 (review r81 item 6: tilted from what?): from the lit axis.
                     + (", tilted %d° from the " % round(ridge_line_tilt(self.loss.hessian,
                                                                          axis_dir))
                        + "w" + "₁₂"[int(np.argmax(np.abs(axis_dir)))]
                        + " axis{@tilt}" if tilted else "{@tilt}")
                     # r85 (review r84 item 2): the sweep off the ray and back named.
                     + "; off the ray{@off}, " + weight_star(k).text + " ≠ 0, of either sign."
                     ) if ridge_line is not None else None
        # The line named on screen (review r39 item 3): "ŵ with w₁* = 0" beside its far end.
        on_line = ridge_pull_center(self.loss, ridge, axis_dir)
        line_label = (self.get_line_label(k, [readout[0], ridge_glow, radius,
                                              *(mover["path"] if mover else []),
                                              *self.moving_contours(own["l2"], axis_dir, mirror)])
                      if ridge_line is not None else None)
        moving_contour = (self.get_moving_contour("l2", lambda: (
            ridge_pull_center(self.loss, ridge, self.turned_direction("l2")),
            self.pull_problem_ends("l2")[0])) if mover else None)

        def past_and_back(cue: object) -> None:
            # On past the axis to the mirror image, then back (RIDGE_PAST_SHARE): w₁*
            # turns negative, so the axis was one direction only.
            for m in movers:
                m.resume_updating()
            beyond = turn_direction(axis_dir, mirror, RIDGE_PAST_SHARE)
            # r82 (review r81 item 7): "only" leaves as ŵ leaves the ray.
            cue.play(Conceal(only), run_time=0.3)
            self.turn["l2"].set_value(0.0)
            self.pull_leg["l2"] = (axis_dir, beyond)
            sweep(self, self.turn["l2"], 1.0, *movers,
                  run_time=max(0.4 * (cue.remaining - 0.5), 1.2), rate_func=smooth)
            self.turn["l2"].set_value(0.0)
            self.pull_leg["l2"] = (beyond, own["l2"])
            sweep(self, self.turn["l2"], 1.0, *movers,
                  run_time=max(cue.remaining - 0.8, 1.2), rate_func=smooth)
            for m in movers:
                m.clear_updaters()
            if mover:
                # Back at this ŵ: the real dot and contour in their place again.
                self.remove(mover["dot"], moving_contour)
                self.add(self.centers["l2"][0], self.contours["l2"])
            # The ring leaves as this data's w* comes back in its place.
            cue.play(Conceal(ring), Conceal(readout[0]), Conceal(ridge_glow),
                     *([Conceal(mover["label"])] if mover else []),
                     *(Reveal(m) for m in data), run_time=0.8)
            for stop in crossing_stops:
                stop()

        with self.cue(opening + closing) as cue:
            paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
            if mover:
                # ŵ's dot and contour swapped for the moving ones in place (no visible
                # change): the contour stays while the pull turns, perpendicular to it
                # (review r38 item 6: the pull is not aimed at ŵ).
                self.remove(self.centers["l2"][0], self.contours["l2"])
                data = [m for m in data if m is not self.centers["l2"][0]
                        and m is not self.contours["l2"]]
                self.add(mover["dot"], moving_contour)
            # The λ tags belong to the ŵ just solved: at a fixed t, λ changes as ŵ moves
            # (review r53 item 1: "λ = 1.80" stayed beside a moving ŵ), so they leave here.
            # r59 (review r59 item 5: two different ŵ on screen after "both sides share one
            # loss"): the lasso's panel, still this ŵ's, dims while ridge's ŵ moves; it
            # comes back as the lasso's corner is argued.
            family = self.get_mobject_family_members()
            self.lasso_pre_dimmed = [m for m in [*self.panels["l1"], *self.balls["l1"],
                                                 self.contours["l1"], *self.centers["l1"],
                                                 self.tangent_dots["l1"],
                                                 self.tangent_labels["l1"]] if m in family]
            # r79: a tick number the other data's contours pass over (the w₂ axis's "1",
            # now at its tick) steps out while ŵ moves, back as it returns.
            swept = (_outline_samples(self.moving_contours(own["l2"], axis_dir, mirror))
                     if mover else None)
            crossed = ([n for n in [*self.axes["l2"].x_axis.numbers,
                                    *self.axes["l2"].y_axis.numbers]
                        if _box_meets(n, swept, _CLEARANCE)] if mover else [])
            cue.play(*(Conceal(m) for m in [*data, *spent] if m in family),
                     *(Dim(m) for m in self.lasso_pre_dimmed), at="turn", run_time=0.5)
            # r80 (review r79 item 5: the w₂ axis's 1 and 2 gone for the whole move): each
            # steps out only while the moving contour is on it.
            crossing_stops = [fade_while_crossed(n, lambda: [moving_contour])
                              for n in crossed]
            readout[0].exact_zeros = True
            cue.play(Reveal(readout[0]), *([Reveal(mover["label"]),
                                            Indicate(mover["dot"], color=CENTER_COLOR)]
                                           if mover else []),
                     at="other" if mover else None, run_time=0.6)
            if mover:
                # The budget kept: ridge's title (its "t = 1") lit as it is said.
                cue.play(*(Indicate(m, color=BALL_COLORS["l2"], scale_factor=1.0)
                           for m in self.headings["l2"][1:]), at="lam", run_time=0.8)
            self.add(ring)
            self.follow_turn("l2", arrows["l2"], None, radius=radius, ring=ring)
            readout[0].add_updater(lambda m: readout[1](m))
            movers = [*ridge_movers, readout[0]]
            if mover:
                mover["dot"].add_updater(mover["follow"])
                mover["label"].add_updater(mover["follow_label"])
                movers += [mover["dot"], mover["label"], moving_contour]
            self.pull_leg["l2"] = (own["l2"], axis_dir)
            sweep(self, self.turn["l2"], 1.0, *movers,
                  run_time=max(cue.until("axis"), APPROACH_SECONDS), rate_func=smooth)
            for m in movers:
                m.suspend_updating()
            # r57 (review r56 item 10: ridge's one zero went by in under 1 s): "only here"
            # by the readout as it reads 0, flashed, held.
            # r59 (review r59 item 5): "only on this ray", the ray drawn with it.
            # r68 (review r67 item 3: dim red, ~2 s): white, held past the axis (≥ 3 s).
            # r76 (review r75 item 5): the ray named by its look, dashed, where it is drawn.
            only = legible(Tex("only on the dashed ray" if ridge_line is not None
                               else "only on this ray", font_size=PULL_FONT + 2, color=WHITE))
            only.next_to(readout[0], RIGHT, buff=0.3)
            right = self.panels["l2"].get_right()[0] + 0.8
            if not _inside_safe_area(only) or only.get_right()[0] > right:
                only.next_to(readout[0], DOWN, buff=0.15).align_to(readout[0], LEFT)
            # r84 (review r83 item 2): the zero marked as it happens (w* on the axis, the
            # readout at 0), and held, ŵ on the ray, through the ray's own sentence.
            # r95 (r94's leftover 3: at ~96 s the lit axis touched "w*₁,ridge = 0"): placed
            # clear of that axis, the readout was then scaled into it by its mark; marked by
            # colour only.
            cue.play(Create(ridge_glow), Flash(ring, color=SOLUTION_COLOR),
                     Indicate(readout[0], color=WHITE, scale_factor=1.0), run_time=0.8)
            if ray_words is None:
                cue.play(Reveal(only), run_time=0.5)
                hold(self, RAY_PAUSE)
                past_and_back(cue)
            else:
                # (Held at least ZERO_HOLD here, the caption with it: ≤ 12 characters a
                # second while the readout has just changed.)
                cue.play(Indicate(readout[0], color=WHITE, scale_factor=1.0),
                         Indicate(ridge_glow, color=SOLUTION_COLOR, scale_factor=1.0),
                         run_time=max(cue.remaining, ZERO_HOLD))

        if ray_words is not None:
            # r85: no rest after it (the sweep off the ray and back now runs under words).
            with self.cue(ray_words) as cue:
                paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
                # The ray drawn and named as the words name it, "only on the dashed ray" with
                # it; H back as it is named (it stays to the end: the H⁻¹ step names it).
                # r85 (review r84 item 2: "by H" meant little before the H⁻¹ step): the
                # tilt said alone, H not brought back here (the carry names it).
                cue.play(Create(ridge_line), Reveal(line_label), Reveal(only),
                         at="ray", run_time=0.8)
                cue.play(Indicate(only, color=WHITE, scale_factor=1.0),
                         Indicate(ridge_line, color=WHITE, scale_factor=1.0),
                         until="line")
                # ŵ rests on the ray (≥ 3.5 s from the zero) while the tilt is read.
                cue.play(Indicate(ridge_line, color=WHITE, scale_factor=1.0),
                         until="tilt")
                past_and_back(cue)
        glow = VGroup(*(self.axis_glow("l1", i) for i in lasso.zero_weights[:1]))
        # The corner decluttered while the cone is shown (review r35 item 1): the level and
        # w*_lasso's label leave; ŵ and its touching contour stay, dimmed (review r47 item 2:
        # gone, the pull at the corner had nothing visible it pulled toward).
        drawn_now = self.get_mobject_family_members()
        lasso_dimmed = [m for m in [*self.centers["l1"], self.contours["l1"]] if m in drawn_now]
        # r59 (review r59 item 6: "(1, 1)" and "pull" sat on the dimmed ellipse): the
        # lasso's contour leaves as the corner is argued; ŵ stays, dimmed, the pull's aim.
        # r79 (review r77 item 6: the pull at the corner was said to be normal to a contour
        # no longer drawn): the contour stays, dimmed, through the corner argument.
        gone_contour: list[VMobject] = []
        lasso_dimmed = [m for m in lasso_dimmed if m not in gone_contour]
        corner_data = [m for m in [self.level_movers.get("l1"), self.tangent_labels["l1"]]
                       if m is not None and m in drawn_now]
        # Ridge's panel dims while the lasso's corner is argued (review r47 item 3: frozen
        # and full, it doubled what was on screen); its texts (ŵ's label, w*'s, the level,
        # the ray's) leave: they come back named again in the last cue or not at all.
        # H too: it comes back as the carry names it.
        ridge_texts = [m for m in [*self.centers["l2"][1:], self.tangent_labels["l2"],
                                   self.level_movers.get("l2"), line_label,
                                   self.loss_lines[1]]
                       if m is not None and m in drawn_now]
        ridge_dimmed = [m for m in [*self.panels["l2"], *self.balls["l2"], self.contours["l2"],
                                    self.centers["l2"][0], self.tangent_dots["l2"], arrows["l2"],
                                    radius, ridge_line]
                        if m is not None and m in drawn_now]
        edges = [tuple(int(v) for v in np.sign(r)) for r in lasso.normal_cone]
        edge, past = slide_past_edge(self.loss, lasso, PAST_DEGREES)
        # "pull" rides on its arrow's line just past the cone's arc (`past_tip`), from the
        # start: its path round the corner is kept clear.
        cone_reach = float(np.linalg.norm(to_scene(axes, lasso.point + [0.0, length])
                                          - to_scene(axes, lasso.point)))
        self.past_tip(labels["l1"], "l1", cone_reach)
        label_path = [self.past_tip(labels["l1"].copy(), "l1", cone_reach)]
        for a, b in [(own["l1"], r) for r in lasso.normal_cone] + [(edge, past)]:
            for tau in np.linspace(0.0, 1.0, 7):
                self.pull_leg["l1"], saved = (a, b), self.turn["l1"].get_value()
                self.turn["l1"].set_value(tau)
                label_path.append(self.past_tip(labels["l1"].copy(), "l1", cone_reach))
                self.turn["l1"].set_value(saved)
        self.pull_leg["l1"] = (own["l1"], own["l1"])
        # "normal cone" clear of where "pull" rides (it passed over it at the far ray); the
        # contour, ŵ and w*'s label are gone by then.
        # The moving ŵ (with its label) is built now: "normal cone" keeps clear of its path.
        # r59 (review r59 item 3: ŵ′ stopped on the wedge's far edge, 169.3° against 170°,
        # and read as outside it): the sample turns to the pull whose ŵ′ lies well inside
        # the wedge, WEDGE_SAMPLE of the way across it from the near edge (regmath's
        # `wedge_pull`), then back across to the near edge and out.
        sample = wedge_pull(self.loss, lasso, edge, WEDGE_SAMPLE)
        inside_legs = [(own["l1"], sample), (sample, edge)]
        # (Shown only where ŵ′ stays in the view for every pull the cone beat turns to, its
        # far edge too: there a strongly tilted H sends ŵ′ off the frame, variant "coupled".)
        rays = [np.asarray(r, dtype=float) for r in lasso.normal_cone]
        lasso_mover = self.get_lasso_mover([*inside_legs, (edge, past)],
                                           also=[(own["l1"], r) for r in rays])
        # The wedge of ŵ whose w* is this corner (the cone carried by H⁻¹, regmath's
        # `eased_wedge` at amount 1): the cone's labels keep off it (review r39 item 1:
        # "a 90° range" sat on the grey wedge and was read as its width).
        final_wedge = eased_wedge(self.loss.hessian, lasso.point, lasso.normal_cone,
                                  self.view, amount=1.0)
        wedge_area = fan_samples(axes, final_wedge)
        anchor, direction = cone_label_anchor(lasso, length=length)
        cone_clear = [wedge, arrows["l1"], *label_path, *self.balls["l1"], wedge_area,
                      self.tangent_dots["l1"], *(lasso_mover["path"] if lasso_mover else []),
                      *(lasso_mover["shown"][:1] if lasso_mover else []),
                      axes, *axes.x_axis.numbers, *axes.y_axis.numbers]
        if not nearest_clear(labels["cone"], to_scene(axes, lasso.point), cone_clear,
                             inside=axes):
            place_clear(labels["cone"], to_scene(axes, anchor), direction, cone_clear,
                        minor=[axes], buff=0.1)
        # r57 (review r56 item 2: below the cone and against the diamond's edge, "normal
        # cone" read as the edge's name): a leader from it to the cone's arc.
        cone_arc = to_scene(axes, normal_cone_wedge(lasso, length=length)[1:-1])
        cone_leader = leader_to(labels["cone"], cone_arc, color=CONE_COLOR)
        # No written definition of the cone (review r37 item 4: three more text lines): the
        # words name the edge normals while their arrows are drawn.
        # The cone built (review r36 item 2): the outward normals of the two edges meeting
        # at the corner, drawn at the edges' middles (regmath), slid to the corner, then the
        # wedge swept between them. "pull = …" leaves before the cone's line comes in its
        # place (review r36 item 4: the two crossed for a second).
        middles = {s: (np.array(a.start), np.array(a.end))
                   for s, a in diamond_edge_normals(self.t, length=length)}
        normals = []
        for e in edges[::-1]:
            foot, tip = middles[(float(e[0]), float(e[1]))]
            shift = np.asarray(lasso.point, dtype=float) - foot
            normal = MovingArrow(to_scene(axes, foot), to_scene(axes, tip), color=CONE_COLOR,
                                 stroke_width=4, z_index=3)
            normal.ends = (foot, tip, shift)
            normals.append(normal)
        # Each normal's vector written by its tip (review r39 item 4: only spoken), placed
        # for the corner and carried along as the arrow slides there.
        # (The pull's label rides round only after the normals have gone.)
        # Off the dimmed ellipse too (review r48 item 7: it struck "(−1, 1)").
        normal_labels = self.get_normal_labels(normals, edges[::-1], [
            wedge, arrows["l1"], labels["l1"], labels["cone"], self.tangent_dots["l1"],
            self.balls["l1"][1], *lasso_dimmed, *axes.x_axis.numbers, *axes.y_axis.numbers,
            # r82 (review r81 item 8: the dimmed ellipse crossed "(1, 1)"): the lasso's
            # touching contour itself, from regmath.
            self.get_contour("l1", self.solutions["l1"].level)])

        def slide_normal(m: MovingArrow, alpha: float) -> None:
            foot, tip, shift = m.ends
            m.put_ends(to_scene(axes, foot + alpha * shift), to_scene(axes, tip + alpha * shift))

        # Why the corner holds, shown (review r43 item 3: asserted only): a ring slid a
        # little off the corner along each edge, the pull riding with it and the pull's part
        # along the edge (regmath's `corner_edge_slide`) pointing back to the corner.
        pre_dimmed = getattr(self, "lasso_pre_dimmed", [])
        with self.cue("{@corner}At the lasso's corner, slide w along either edge{@slide}: the "
                      "pull's part along it points back{@back}, so f cannot fall.") as cue:
            # Ridge's line label stays while the lasso is told (review r43 item 7: it was
            # gone for 28 s); it moves to its ŵ at the end.
            # "pull = −∇f(w*_lasso)" waits until the arrow is back at w* (review r47 item 1:
            # shown during the slide, it named the gradient at w* for an arrow drawn at w).
            cue.play(GrowArrow(arrows["l1"]), Reveal(labels["l1"]),
                     *(Conceal(m) for m in [*corner_data, *ridge_texts]),
                     *(Dim(m) for m in [*lasso_dimmed, *ridge_dimmed]
                       if m not in pre_dimmed and m not in gone_contour),
                     *(Undim(m) for m in pre_dimmed
                       if m not in lasso_dimmed and m not in corner_data),
                     *(Conceal(m) for m in gone_contour),
                     at="corner", run_time=1.0)
            self.slide_off_corner(cue, arrows["l1"], [
                *(labels[x] for x in ("l1", "pull_l1") if x in labels), *lasso_dimmed],
                label=labels["l1"])
        with self.cue("The pull lies between the edge{@edges} normals "
                      + " and ".join(point(np.array(e, dtype=float)).text for e in edges[::-1])
                      + ", moved to the corner{@slide}.") as cue:
            # r80 (review r79 item 4: the (−1, 1) normal's head on the w₂ axis's "1"): a tick
            # number steps out only while a normal is on it.
            self.normal_stops = [fade_while_crossed(n, lambda: normals)
                                 for n in [*axes.x_axis.numbers, *axes.y_axis.numbers]]
            cue.play(*(GrowArrow(n) for n in normals), *(Reveal(x) for x in normal_labels),
                     # "pull = −∇f(w*_lasso)" comes with "pull" still by its arrow, the
                     # name joining the two (review r50 item 2: alone in the panel's corner
                     # it read as unattached).
                     *([Reveal(labels["pull_l1"])] if "pull_l1" in labels else []),
                     at="edges", run_time=0.8)
            for x in normal_labels:
                x.add_updater(x.follow)
            # (Its "pull = −∇f(w*_lasso)" stays through the slide, ≥ 3 s: review r50 item 2,
            # it flashed by in 1.5 s.)
            cue.play(*(UpdateFromAlphaFunc(n, slide_normal, rate_func=smooth) for n in normals),
                     at="slide", run_time=1.2)
            for x in normal_labels:
                x.clear_updaters()
            pulse(cue, lambda: [Indicate(n, color=CONE_COLOR, scale_factor=1.0)
                                for n in normals])
        # The cone's fill its own beat, drawn as it is named (review r43 item 3: it filled
        # as the words ended).
        # r57 (review r56 item 2): a rest after the cone is named (settle).
        with self.cue("{@cone}They span the normal cone{@named}: any pull inside it keeps "
                      "{w_star} at the corner.", settle=KEY_SETTLE_SECONDS) as cue:
            # The lasso's w* drawn last: over the wedge's fill while it opens (review r37
            # item 6: a fill covered w*).
            # r76 (review r75 item 5: the pull washed out under the opening fill): the pull
            # animated too, so it is drawn over the fill while it opens.
            cue.play(UpdateFromAlphaFunc(wedge, open_cone), Reveal(labels["cone"]),
                     Reveal(cone_leader),
                     Indicate(arrows["l1"], color=GRADIENT_COLOR, scale_factor=1.0),
                     Indicate(self.tangent_dots["l1"], color=SOLUTION_COLOR, scale_factor=1.0),
                     *([Conceal(labels["pull_l1"])] if "pull_l1" in labels else []),
                     # r68 (review r67 item 4: five labels in 250 × 120 px): the normals'
                     # "(±1, 1)" leave as "normal cone" comes (their arrows stay).
                     *(Conceal(x) for x in normal_labels),
                     at="cone", run_time=1.5)
            pulse(cue, lambda: [Indicate(wedge, color=CONE_COLOR, scale_factor=1.0)])
        zero = weight_star(lasso.zero_weights[0]) if lasso.zero_weights else None
        cone_text = labels["cone"]
        # The cone's width on its own label, one line (review r39 item 1: "a 90° range"
        # on the yellow cone of pulls only; a second line crowded the end).
        width = "%d" % round(cone_width_degrees(lasso))
        range_text = legible(MathTex(r"\text{a }" + width + r"^\circ\text{ cone}",
                                     font_size=PULL_FONT, color=CONE_COLOR))
        # Where "normal cone" was (it takes its place), off the shaded wedge.
        range_text.move_to(cone_text).align_to(cone_text, RIGHT)
        if _box_meets(range_text, _outline_samples(cone_clear), _CLEARANCE):
            nearest_clear(range_text, to_scene(axes, lasso.point), cone_clear, inside=axes)
        # r84 (review r83 item 6: its leader crossed the wedge's white 150° arc): it ends
        # inside the cone, halfway out (regmath's sector at half its length), within the
        # white arc's radius.
        range_leader = leader_to(range_text, to_scene(axes, normal_cone_wedge(
            lasso, length=CONE_LEADER_SHARE * length)[1:-1]), color=CONE_COLOR)
        name = "{w%d_star}" % (lasso.zero_weights[0] + 1) if zero is not None else "{w_star}"
        # The general argument through the data (review r38 item 1): ŵ moves with its
        # contour (regmath's `corner_pull_center`), over the shaded wedge of ŵ whose w* is
        # this corner (the cone carried by H⁻¹, `eased_wedge`) and out of it; w*'s own
        # filled dot follows (review r38 item 4: one w* marker).
        # The carry shown (review r39 item 1): the cone's fan, in the cone's colour, turned
        # by H⁻¹ onto the wedge of ŵ and greyed on the way; the wedge named on screen.
        data_wedge = VMobject(stroke_width=0, fill_color=CONE_COLOR, fill_opacity=0.0,
                              z_index=-2)

        def carry(mobject: VMobject, alpha: float) -> None:
            # r66 (review r65 item 5: a symmetric trapezoid morphed into the 150° wedge): the
            # wedge in its true shape (`eased_wedge` at amount 1) from its first frame,
            # fading in as the carried pulls reach its edges.
            polygon = eased_wedge(self.loss.hessian, lasso.point, lasso.normal_cone,
                                  self.view, amount=1.0)
            mobject.set_points_as_corners(to_scene(axes, np.vstack([polygon, polygon[:1]])))
            # One flat fill (review r98 item 1: r94's fill fading towards the far end left
            # the part of the wedge where ŵ sits looking unshaded).
            mobject.set_fill(color=CENTER_COLOR, opacity=alpha * DATA_WEDGE_OPACITY)

        carry(data_wedge, 0.0)
        wedge_label = (self.get_wedge_label(zero, final_wedge, [
            wedge, arrows["l1"], labels["l1"], cone_text, range_text, *label_path,
            *(lasso_mover["path"] if lasso_mover else [])]) if zero is not None else None)
        # The takeaway may take the lasso's "pull = …" corner: that line leaves as it comes.
        takeaway = self.get_takeaway(zero, [wedge, arrows["l1"], cone_text, range_text,
                                            *([wedge_label] if wedge_label else []),
                                            *(m for k, m in labels.items()
                                              if k not in ("pull_l1", "cone"))],
                                     glow)
        corner_dot = self.tangent_dots["l1"]
        carried_arrows: list[MovingArrow] = []
        formula: VMobject | None = None
        if lasso_mover:
            # The H⁻¹ step shown, not told (review r41 item 1): ŵ = w* + H⁻¹·pull written
            # under the panel with H back below it, ŵ back on the panel, the real pull at
            # full size, then it and the cone's two edge pulls (regmath's `carried_pulls`)
            # carried by H_s⁻¹ (`eased_carry`, the map that turns the cone into the wedge)
            # as the fan turns: the real pull lands on ŵ, the edges on the wedge's edges.
            # The edges at part length (review r51 item 2: the (1, 1) edge's carried head
            # sat on ŵ and its label).
            pulls = carried_pulls(self.loss, lasso, self.view, edge_share=EDGE_CARRY_SHARE)
            apex = np.asarray(lasso.point, dtype=float)
            carried_arrows = [MovingArrow(to_scene(axes, apex), to_scene(axes, apex + g),
                                          color=GRADIENT_COLOR, stroke_width=4 if k < 2 else 5,
                                          z_index=5)
                              for k, g in enumerate(pulls)]

            def carry_arrow(k: int) -> Callable[[MovingArrow, float], None]:
                # r76 (review r75 item 2: the same violet arrows stood for pulls, then for
                # H⁻¹·pull = ŵ − w*): each turns from the pull's violet to ŵ's white as H⁻¹
                # carries it, so the carried arrow is visibly a new thing.
                def update(m: MovingArrow, alpha: float) -> None:
                    tip = eased_carry(self.loss.hessian, apex, pulls[k], amount=alpha)[0]
                    m.put_ends(to_scene(axes, apex), to_scene(axes, tip))
                    ink = interpolate_color(ManimColor(GRADIENT_COLOR), ManimColor(CENTER_COLOR),
                                            alpha)
                    m.shaft.set_stroke(color=ink)
                    m.head.set_fill(color=ink)
                return update

            formula = self.get_carry_formula()
            pull_formula = self.get_pull_formula()
            # r79 (review r77 item 6: f's line came back bright under the dimmed ridge
            # panel): not brought back; the pull's form is read beside f's contour, kept on
            # the lasso's panel.
            hat_shown = lasso_mover["shown"][1:]
            full_tip = to_scene(axes, apex + pulls[2])
            short_tip = arrows["l1"].get_end().copy()

            def lengthen(m: MovingArrow, alpha: float) -> None:
                m.put_ends(to_scene(axes, apex), short_tip + alpha * (full_tip - short_tip))

            # The pull grows to full length as said (review r43 item 11: drawn short, then
            # swapped for a long one, it looked like a new object).
            # The formula written as the words start it (review r47 item 6: it came as
            # they ended).
            # r84 (review r83 item 1: the crux in ~13 s): three steps, each under its own
            # words and done before the next: (a) the pull at full length and why its
            # length now counts, the real pull carried onto ŵ; (b) the cone's two edges
            # carried by H⁻¹, large and named, onto the wedge's edges, with the reason on
            # screen; (c) the wedge fills, its angle shown as it does.
            # r85 (review r84 item 3: "pull = H(ŵ − w*)" up ~1.5 s, and the full pull seen
            # not to point at ŵ with no word on it): written from the sentence's start and
            # held ≥ 3 s; whether H turns it off ŵ said (regmath's `pull_aim_degrees`).
            # r86 (review r85 item 5: ": its length fixes ŵ" read as a detour, the wedge uses
            # directions only): cut.
            aimed = pull_aim_degrees(self.loss, lasso) < TILT_SHOWN
            aim = ("aimed at {w_hat}" if aimed else "not aimed at {w_hat} ({H} turns it)")
            aim_spoken = ("aimed at w-hat" if aimed else "not aimed at w-hat: H turns it")
            with self.cue("{@carry}At full length{@full} the pull is {H}(ŵ − w*), {@aim}"
                          + aim + "; so{@formula} "
                          "{w_hat} = {w_star} + {Hinv}·pull{@land}.",
                          Hinv=HINV,
                          spoken="{@carry}At full length{@full} the pull is H times w-hat minus "
                          "w-star, {@aim}" + aim_spoken + "; so{@formula} w-hat is w-star plus "
                          "H-inverse times the pull{@land}.") as cue:
                paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
                # (This ŵ, dimmed, leaves before the mover's ŵ comes in its place: r85,
                # review r84 item 4, the two labels cross-faded read "ŵŵ".)
                cue.play(UpdateFromAlphaFunc(arrows["l1"], lengthen, rate_func=smooth),
                         Conceal(labels["l1"]), Reveal(pull_formula),
                         *(Conceal(m) for m in self.centers["l1"]
                           if m in self.get_mobject_family_members()),
                         at="carry", run_time=1.0)
                self.remove(arrows["l1"])
                self.add(carried_arrows[2])
                arrows["l1"].put_ends(to_scene(axes, apex), short_tip)
                # The edge normals have built the cone: they leave (review r38 item 4: slid
                # along, the pull lay on one of them and read yellow); ŵ comes back, the
                # pull takes its full size H(ŵ − w*), and H is on screen as it is named.
                cue.play(*(Conceal(n) for n in [*normals, *normal_labels]),
                         *(Reveal(m) for m in hat_shown),
                         at="full", run_time=0.8)
                # The full pull and ŵ marked as the words say where it aims.
                cue.play(Indicate(carried_arrows[2], color=GRADIENT_COLOR, scale_factor=1.0),
                         Indicate(hat_shown[0], color=CENTER_COLOR), at="aim",
                         run_time=max(min(cue.until("formula"), 1.6), 0.8))
                for stop in self.normal_stops:
                    stop()
                # "pull = H(ŵ − w*)" solved for ŵ in place, its pieces moving to their
                # places (review r48 item 5), each symbol whole (review r50 item 1).
                self.solve_for_hat(cue, pull_formula, formula)
                # "ŵ = w* + H⁻¹·pull" shown: the real pull carried onto ŵ (violet to white),
                # H⁻¹ lit in the line, ŵ marked as it lands (its length is what lands it).
                kept = [corner_dot, *hat_shown]
                saved = [[x.z_index for x in m.get_family()] for m in kept]
                for m in kept:
                    m.set_z_index(SWEEP_Z + 1)
                cue.play(UpdateFromAlphaFunc(carried_arrows[2], carry_arrow(2),
                                             rate_func=smooth),
                         Indicate(formula[4], color=GRADIENT_COLOR),
                         at="land", run_time=max(min(cue.until(cue.END) - 0.8, 2.0), 1.2))
                cue.play(Indicate(hat_shown[0], color=CENTER_COLOR, scale_factor=1.4),
                         run_time=0.8)
            corner = point(apex)
            # r79 (review r77 item 4): a tick number the grey wedge will cover or cross
            # leaves as the wedge comes; only one the wedge's boundary crosses.
            wedge_marks = _curve_samples([to_scene(axes, np.vstack([final_wedge,
                                                                    final_wedge[:1]]))])
            under_wedge = [n for n in [*axes.x_axis.numbers, *axes.y_axis.numbers]
                           if _box_meets(n, wedge_marks, TICK_CLEARANCE)]
            rays = self.get_wedge_rays()
            edge_labels = self.get_ray_labels(rays, [*kept, formula, data_wedge])
            edge_names = self.get_edge_names(carried_arrows[:2], [*kept, formula, wedge])
            reason = legible(Tex("a linear map sends a cone to a cone", font_size=PULL_FONT + 2,
                                 color=WHITE))
            reason.next_to(formula, DOWN, buff=0.16)
            # Clear of H at the frame's foot (r87's fix: centred, H was under its left half),
            # inside the frame's right edge. Layout only.
            if getattr(self, "h_note", None) is not None:
                left = self.h_note.get_right()[0] + H_NOTE_GAP
                room = config.frame_width / 2 - FRAME_MARGIN - left
                if reason.width > room:
                    reason.scale(room / reason.width)
                reason.shift(max(0.0, left - reason.get_left()[0]) * RIGHT)
            # r95 (r94's leftover 4: it ran to 0.04 from the frame's right edge): at least
            # EDGE_ROOM from it, moved left (never onto H), else narrowed to fit.
            limit = config.frame_width / 2 - EDGE_ROOM
            if reason.get_right()[0] > limit:
                floor = (self.h_note.get_right()[0] + H_NOTE_GAP
                         if getattr(self, "h_note", None) is not None
                         else -config.frame_width / 2 + EDGE_ROOM)
                reason.shift(max(limit - reason.get_right()[0],
                                 floor - reason.get_left()[0]) * RIGHT)
                if reason.get_right()[0] > limit:
                    reason.scale((limit - reason.get_left()[0]) / reason.width,
                                 about_edge=LEFT)
            if reason.get_bottom()[1] < CAPTION_TOP + 0.05:
                reason.shift((CAPTION_TOP + 0.05 - reason.get_bottom()[1]) * UP)
            edges_text = [point(np.array(e, dtype=float)) for e in edges[::-1]]
            with self.cue("{@hinv}{Hinv} maps the cone's edges {e1}, {e2}{@edges} to the "
                          "edges of a wedge of ŵ{@linear}: a linear map sends a cone to a cone{@cone}.",
                          Hinv=HINV, e1=edges_text[0], e2=edges_text[1]) as cue:
                # r94 (review r89 item 3: its "a linear map sends a cone to a cone" read 3 s):
                # the slower key pace, so that subtitle stands ≥ 3.5 s.
                paced(cue, chars_per_second=KEY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
                self.keep_order_when_raised = True
                try:
                    # The real pull has made its point; the cone's edge pulls drawn large at
                    # the corner, named by their vectors, as the words name them.
                    cue.play(Conceal(carried_arrows[2]),
                             *(Conceal(m) for m in [cone_text, cone_leader]
                               if m in self.get_mobject_family_members()),
                             *(Dim(n, factor=0.0) for n in under_wedge),
                             *(GrowArrow(a) for a in carried_arrows[:2]),
                             *(Reveal(m) for m in edge_names),
                             # r85 (review r84 item 4: "H⁻¹(−1, 1)" under the cone's outline):
                             # the cone gives way to its two edges, drawn large; f's
                             # contour, done with, leaves (the new names cross it).
                             Dim(wedge, factor=0.0),
                             *(Conceal(m) for m in [self.contours["l1"]]
                               if m in self.get_mobject_family_members()),
                             at="hinv", run_time=max(min(cue.until("edges"), 1.6), 0.8))
                    # Each carried in place by H_s⁻¹, slowly, its name riding by its tip.
                    # r85 (review r84 items 4, 8: the turned arrows still named (±1, 1), the
                    # wedge's edges drawn ~4 s after they were named): renamed H⁻¹(±1, 1)
                    # as they turn, the wedge's edges drawn as they land.
                    # (Old names out, then new ones in: never both.)
                    def leaving(x: float) -> float:
                        return smooth(float(np.clip((x - 0.15) / 0.3, 0.0, 1.0)))

                    def coming(x: float) -> float:
                        return smooth(float(np.clip((x - 0.5) / 0.3, 0.0, 1.0)))

                    cue.play(*(UpdateFromAlphaFunc(carried_arrows[k], carry_arrow(k),
                                                   rate_func=smooth) for k in (0, 1)),
                             Indicate(formula[4], color=GRADIENT_COLOR),
                             *(Conceal(a, rate_func=leaving) for a in edge_names),
                             *(Reveal(b, rate_func=coming) for b in edge_labels),
                             *(Create(r, rate_func=late_half) for r in rays),
                             at="edges", run_time=max(cue.until("linear"), CARRY_SECONDS))
                finally:
                    del self.keep_order_when_raised
                # The carried edges become the wedge's edges, named H⁻¹(±1, 1); the reason
                # written as it is read.
                cue.play(Reveal(reason), at="linear", run_time=1.0)
                for edge_name in edge_names:
                    edge_name.clear_updaters()
                self.remove(*edge_names)
                pulse(cue, lambda: [Indicate(reason, color=WHITE, scale_factor=1.0)])
            wedge_angle = self.get_wedge_angle([*kept, formula, reason, *rays,
                                                *carried_arrows[:2], wedge],
                                               apart=hat_shown)
            with self.cue("{@fill}The grey wedge fills{@wedge}: the {w_hat} with {w_star} = "
                          "{corner}{@named}, {@angle}{deg}° wide.", corner=corner, deg=wedge_angle["text"],
                          settle=KEY_SETTLE_SECONDS) as cue:
                paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
                # r95 (r94's leftover 4: "H⁻¹(±1, 1)", "150°" and ŵ close together in the
                # filled wedge): the edges' names, read in the sentence before, leave as it
                # fills; "150°" has the wedge to itself and ŵ.
                cue.play(UpdateFromAlphaFunc(data_wedge, carry, rate_func=smooth),
                         *(Conceal(a) for a in [*carried_arrows[:2], *edge_labels]),
                         at="fill", run_time=max(cue.until("wedge"), 1.2))
                cue.play(fill_pulse(data_wedge), run_time=0.8)
                if wedge_label is not None:
                    cue.play(Reveal(wedge_label), at="named", run_time=0.8)
                cue.play(Create(wedge_angle["arc"]), Reveal(wedge_angle["degrees"]),
                         at="angle", run_time=0.8)
                pulse(cue, lambda: [Indicate(wedge_angle["degrees"], color=WHITE)])
            for m, z in zip(kept, saved):
                for x, value in zip(m.get_family(), z):
                    x.z_index = value
            self.wedge_angle_shown = [wedge_angle["arc"], wedge_angle["degrees"], reason]
            self.edge_labels_shown = edge_labels
            opening = ("{@turn}Move {w_hat}: in the wedge{@wedge}, the pull stays in the cone "
                       "and {w_star} stays put{@stay}.")
            # w*'s edge called the diamond's (review r50 item 2: "the edge" could be the white
            # line, the wedge's edge, drawn just then).
            # The crossing read on screen (review r48 item 1): w* leaves the corner, so the
            # zeroed weight is no longer 0, as its live readout shows.
            # r82 (review r81 item 9: the small arrow at the sliding w* unnamed): the pull
            # named as it leaves the cone.
            crossing = ("{@out}Out of it{@past}, the pull leaves the cone{@left}: {w_star} slides "
                        "along the diamond's edge{@perp}, and "
                        + name + " is no longer 0{@nonzero}." if zero is not None else
                        "{@out}Out of it{@past}, the pull leaves the cone{@left}: {w_star} slides "
                        "along the diamond's edge{@perp}.")
        else:
            opening = "{@turn}Anywhere in it, {w_star} stays put{@stay}."
            crossing = ("{@out}Past its edge{@past}, {w_star} slides along the diamond's edge,{@perp} its "
                        "pull perpendicular to it.")
        # The wedge's edge ŵ′ reaches as the pull reaches the cone's edge (regmath's
        # `eased_tips` at amount 1: w* + H⁻¹·edge, out to the view's border).
        along = eased_tips(self.loss.hessian, lasso.point, [edge], amount=1.0, length=1.0)[0]
        reach = room_along(lasso.point, [along - lasso.point], self.view,
                           preferred=float(np.hypot(self.view.x_range[1] - self.view.x_range[0],
                                                     self.view.y_range[1] - self.view.y_range[0])))
        boundary = Line(to_scene(axes, lasso.point), to_scene(axes, eased_tips(
            self.loss.hessian, lasso.point, [edge], amount=1.0, length=reach)[0]),
            stroke_color=CENTER_COLOR, stroke_width=4, z_index=2)
        # "pull" rides with its arrow only where the carry did not replace it (review r41
        # item 4: it sat on the tick "2" and ran into ŵ's label).
        pull_label = None if carried_arrows else labels["l1"]
        # r87 (both reviews of r86, item 5: ridge's run had a live readout, the lasso's "stays
        # put" none): the zeroed weight written as ŵ starts to move, 0 (regmath's corner)
        # while ŵ is in the wedge, held at 0 while the pull leaves the cone, and set to
        # the slid w*'s value once it has slid.
        slid = (self.get_slide_readout(zero_index=lasso.zero_weights[0], obstacles=[
            boundary, wedge, *label_path, *(lasso_mover["path"] if lasso_mover else []),
            *self.balls["l1"], corner_dot, *([formula] if formula is not None else []),
            *([self.h_note] if getattr(self, "h_note", None) is not None else [])])
            if zero is not None else None)
        with self.cue(opening) as cue:
            # "normal cone" steps aside while other data's contours sweep past its place by
            # the corner (layout_report: struck); it comes back as "a 90° cone". The carried
            # real pull gives way to the pull drawn at its usual scale.
            # Other data's ŵ′ moves without its contour (review r47 item 3: the ellipse
            # crossed the cone and hid the short pull); this ŵ's dimmed marks leave.
            cue.play(*(Conceal(n) for n in [*normals, *normal_labels, cone_text, cone_leader,
                                            *getattr(self, "edge_labels_shown", []),
                                            *getattr(self, "wedge_angle_shown", []),
                                            *carried_arrows[2:], *lasso_dimmed]
                       if n in self.get_mobject_family_members()),
                     *([Reveal(arrows["l1"])] if carried_arrows else []),
                     *([Undim(wedge)] if carried_arrows else []),
                     *([Reveal(m) for m in lasso_mover["shown"][1:]
                        if m not in self.get_mobject_family_members()]
                       if lasso_mover else []),
                     *([Reveal(slid[0])] if slid is not None else []),
                     at="turn", run_time=0.6)
            for stop in self.normal_stops:
                stop()
            self.follow_turn("l1", arrows["l1"], pull_label, beyond=cone_reach)
            movers = [arrows["l1"], *([pull_label] if pull_label is not None else []),
                      *(lasso_mover["shown"][1:] if lasso_mover else [])]
            turns = [float(np.arccos(np.clip(
                np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)), -1.0, 1.0)))
                for a, b in inside_legs]
            # ŵ′ reaches the wedge's edge a moment before "out of it": it rests there while
            # the edge flashes (review r41 item 5: w* slid a second early, the crossing
            # unmarked), and w* slides from "out of it" on.
            total = max(cue.until("stay") - 0.3 - SAMPLE_REST, 2 * APPROACH_SECONDS * 0.6)
            for k, ((a, b), angle) in enumerate(zip(inside_legs, turns)):
                self.turn["l1"].set_value(0.0)
                self.pull_leg["l1"] = (a, b)
                sweep(self, self.turn["l1"], 1.0, *movers,
                      run_time=max(total * angle / max(sum(turns), 1e-9), 0.5),
                      rate_func=smooth)
                if k == 0 and lasso_mover:
                    # r59 (review r59 item 3): ŵ′ rests well inside the wedge while w* is
                    # marked where it stays, the corner.
                    for m in movers:
                        m.suspend_updating()
                    cue.play(Indicate(corner_dot, color=SOLUTION_COLOR),
                             Indicate(lasso_mover["shown"][1], color=CENTER_COLOR),
                             *([Indicate(slid[0], color=SOLUTION_COLOR, scale_factor=1.0)]
                               if slid is not None else []),
                             run_time=SAMPLE_REST)
                    for m in movers:
                        m.resume_updating()
            for m in movers:
                m.suspend_updating()
        # The crossing in its own cue (review r41 item 5: its caption came a second after the
        # slide): the edge flashes on "Out of it", then w* slides as ŵ crosses it.
        # w*′'s way along the edge traced from the corner, and the zeroed weight live (as
        # ridge's w₁* readout): both come as ŵ′ leaves the wedge (review r48 item 1).
        trace = outlined(VMobject(stroke_color=SOLUTION_COLOR, stroke_width=7, z_index=6))

        def follow_trace(m: VMobject) -> None:
            m.set_points_as_corners([to_scene(axes, lasso.point), self.pull_ends("l1")[0]])

        follow_trace(trace)
        hat_label = list(lasso_mover["labels"]) if lasso_mover else []
        with self.cue(crossing) as cue:
            # ŵ = w* + H⁻¹·pull has been used: the readout comes in its stead (≤ 6 lines).
            # No white line along the wedge's edge (review r52 item 3: drawn, never named):
            # the grey wedge itself lights as ŵ leaves it.
            cue.play(*([fill_pulse(data_wedge)]
                       if data_wedge in self.get_mobject_family_members()
                       else [Indicate(corner_dot, color=SOLUTION_COLOR)]),
                     *(Conceal(m) for m in hat_label),
                     run_time=max(cue.until("past"), 0.6))
            # r66 (layout_report: ŵ's label struck by the wedge's edge as ŵ crossed it): the
            # label leaves while ŵ crosses.
            # r76 (review r75 item 9: ŵ went unnamed and "ŵ = w* + H⁻¹ pull" left just as ŵ
            # left the wedge): the line stays, and the label is back as soon as ŵ is out,
            # through the comparison.
            movers = [m for m in movers if m not in hat_label]
            held_arrow = None
            named_back = False
            if lasso_mover:
                # r84 (review r83 item 3: "the pull leaves the cone" never seen): first ŵ′
                # leaves the wedge with w* held at the corner, and the pull there (regmath's
                # `held_pull`, at its true direction, past the cone's arc) turns out of the
                # yellow cone; then w* slides.
                self.held_turn = ValueTracker(0.0)
                reach = HELD_PULL_REACH * self.cone_length()

                def held_ends() -> tuple[np.ndarray, np.ndarray]:
                    d = self.turned_direction("l1")
                    moved = Quadratic(center=corner_pull_center(
                        self.loss, lasso, d, share=self.lasso_share(d)),
                        hessian=self.loss.hessian)
                    foot, tip = held_pull(moved, lasso.point, length=reach)
                    return to_scene(axes, foot), to_scene(axes, tip)

                held_arrow = MovingArrow(*held_ends(), color=GRADIENT_COLOR, stroke_width=5,
                                         z_index=6)
                held_arrow.add_updater(lambda m: m.put_ends(*held_ends()))
                self.turn["l1"].set_value(0.0)
                self.pull_leg["l1"] = (edge, past)
                held_arrow.update(0)
                # The readout leaves as ŵ′ leaves the wedge: held at the corner, w* is no
                # longer the lasso's for the ŵ′ drawn (a 0 then, or the slide's values, would
                # be false while shown); it is back, live, once w* has slid.
                cue.play(Conceal(arrows["l1"]), Reveal(held_arrow),
                         *([Conceal(slid[0])] if slid is not None else []), run_time=0.4)
                hat_dots = [m for m in movers if m in lasso_mover["shown"][1:]]
                hat_movers = [*hat_dots, *(m for m in movers if m is lasso_mover["shown"][0])]
                for m in hat_movers:
                    m.resume_updating()
                sweep(self, self.turn["l1"], 1.0, *hat_movers, held_arrow,
                      run_time=max(cue.until("left"), CROSSING_SECONDS * 0.6),
                      rate_func=smooth)
                for m in hat_movers:
                    m.suspend_updating()
                held_arrow.suspend_updating()
                # Out of the cone, marked as said; ŵ, out of the wedge now, named again at
                # once (r85, review r84 item 5: unnamed until w* had slid).
                for m in hat_label:
                    m.resume_updating()
                    m.update(0)
                    m.suspend_updating()
                cue.play(Indicate(held_arrow, color=GRADIENT_COLOR, scale_factor=1.0),
                         Indicate(wedge, color=CONE_COLOR, scale_factor=1.0),
                         *(Reveal(m) for m in hat_label), run_time=0.8)
                named_back = True
                for m in movers:
                    if m not in hat_movers:
                        m.resume_updating()
                        m.update(0)
                cue.play(Conceal(held_arrow), Reveal(arrows["l1"]), run_time=0.4)
                movers = [m for m in movers if m not in hat_dots]
            for m in movers:
                m.resume_updating()
            corner_dot.add_updater(lambda m: m.move_to(self.pull_ends("l1")[0]))
            movers.append(corner_dot)
            self.add(trace)
            trace.add_updater(follow_trace)
            movers.append(trace)
            # r86 (review r85 item 4, r85b item 6: the readout showed 0 while the pull had
            # left the cone, then +0.147 mid-slide, a w* of no ŵ on screen): it is written
            # only once w* has slid, at its value there, as "no longer 0" is read.
            if held_arrow is None:
                self.turn["l1"].set_value(0.0)
                self.pull_leg["l1"] = (edge, past)
            slide = self.held_turn if held_arrow is not None else self.turn["l1"]
            # r87b review item 1: the readout said 0 while w* slid off the corner: it is
            # live through the slide (regmath's w* of the ŵ′ shown at every frame).
            if slid is not None:
                slid[0].add_updater(slid[1])
                if held_arrow is None:
                    movers.append(slid[0])
            sweep(self, slide, 1.0, *movers,
                  run_time=max(cue.until("perp"), CROSSING_SECONDS * (0.6 if held_arrow
                                                                       else 1.0)),
                  rate_func=smooth)
            if held_arrow is not None:
                # Slid: w* follows ŵ′ again.
                del self.held_turn
                self.remove(held_arrow)
                movers += hat_dots
            # Slid: w* (its own dot) on the edge, ŵ out of the wedge, marked as said.
            for m in movers:
                m.suspend_updating()
            if not named_back:
                for m in hat_label:
                    m.resume_updating()
                    m.update(0)
                    m.suspend_updating()
            cue.play(Indicate(corner_dot, color=SOLUTION_COLOR), Indicate(trace,
                     color=SOLUTION_COLOR, scale_factor=1.0),
                     *(Reveal(m) for m in hat_label if not named_back),
                     *([Indicate(slid[0], color=SOLUTION_COLOR, scale_factor=1.0)]
                       if slid is not None and held_arrow is None else []),
                     *([Reveal(slid[0])] if slid is not None and held_arrow is not None
                       else []),
                     # (Only the wedge's words name the weight: the other crossing has no mark.)
                     at="nonzero" if "nonzero" in cue.words.marks else None, run_time=0.8)
            if slid is not None:
                cue.play(Indicate(slid[0], color=SOLUTION_COLOR, scale_factor=1.0),
                         run_time=SLID_READOUT_HOLD)
            # r84 (review r83 item 3: the readout was back at 0 under "no longer 0"): the
            # read readout leaves before w* slides back.
            if slid is not None:
                cue.play(Conceal(slid[0]), run_time=0.3)
                slid[0].clear_updaters()
                movers = [m for m in movers if m is not slid[0]]
            for m in movers:
                m.resume_updating()
            self.turn["l1"].set_value(0.0)
            self.pull_leg["l1"] = (past, own["l1"])
            # (The label rides back with ŵ into the wedge.)
            for m in hat_label:
                m.resume_updating()
            sweep(self, self.turn["l1"], 1.0, *movers, *hat_label,
                  run_time=max(cue.remaining - 0.3, 1.5), rate_func=smooth)
            for m in hat_label:
                m.clear_updaters()
            for m in movers:
                m.clear_updaters()
            self.remove(trace)
        # Ridge's state on the axis, with its one normal (review r36 item 1: "one
        # direction" sat beside ridge's own w*, off the axis): other data's w* at t·e and
        # its pull along e (regmath's `turned_pull`), labelled by its arrow, clear of the
        # ticks; ridge's own pull, radius and their labels leave for it. The ŵ there sits
        # on ridge's line of ŵ (`ridge_pull_center`), named by the line's label.
        axes2 = self.axes["l2"]
        axis_foot, axis_tip = turned_pull(ridge, axis_dir, length=self.pull_length["l2"])
        axis_arrow = MovingArrow(to_scene(axes2, axis_foot), to_scene(axes2, axis_tip),
                                 color=GRADIENT_COLOR, stroke_width=5, z_index=5)
        axis_ring = Circle(radius=GHOST_RADIUS, stroke_color=SOLUTION_COLOR, stroke_width=4,
                           z_index=6).move_to(to_scene(axes2, axis_foot))
        axis_center = marker(to_scene(axes2, on_line), CENTER_COLOR, radius=0.07, z_index=4)
        # Other data's state: this ŵ, its contour and w* leave with the pull (as in the
        # sweep), which leaves the label room beside the axis.
        ridge_own = [m for m in [arrows["l2"], radius, labels["normal"], labels["l2"],
                                 *(labels[k] for k in ("pull_l2",) if k in labels),
                                 *self.this_data("l2"), self.tangent_dots["l2"],
                                 self.tangent_labels["l2"]]
                     if m in self.get_mobject_family_members()]
        # The line's label glides to the ŵ on the line (review r39 item 8: that ŵ had no
        # label), once this ŵ's contour has gone.
        line_final = None
        if line_label is not None:
            line_final = line_label.copy()
            # r66 (review r65 item 1: crowded round the w₂ axis and its ticks): a band
            # round each axis counts as drawn.
            # r83 (review r82 item 8: the label squeezed by the w₂ axis's name and the ray's
            # end, the dot it names far below it): right of its dot first, if clear.
            around = [ridge_line, axis_arrow, axis_ring, axis_center, *self.balls["l2"], axes2,
                      *axis_bands(axes2), *axes2.x_axis.numbers, *axes2.y_axis.numbers,
                      *self.panels["l2"][1:]]
            line_final.next_to(axis_center, RIGHT, buff=0.12)
            if (_box_meets(line_final, _outline_samples(around), _CLEARANCE)
                    or not _inside_safe_area(line_final)):
                nearest_clear(line_final, axis_center.get_center(), around, inside=axes2)
        home = one.get_center().copy()
        by_axis = place_by_arrow(one, axis_arrow.get_start(), axis_arrow.get_end(), [
            *self.balls["l2"], self.results["l2"], axis_ring, axis_arrow, axis_center,
            *([ridge_line, line_final] if ridge_line is not None else []),
            *(labels[k] for k in ("pull_l2",) if k in labels),
            *axes2.x_axis.numbers, *axes2.y_axis.numbers, axes2])
        if not by_axis:
            one.move_to(home)
        if lasso_mover and ridge_line is not None:
            # r86 (review r85 item 7, r85b item 5: one corner at one t, and 150° this H's,
            # left implicit): said for every corner and t, the angle H's (H positive
            # definite, t > 0: setup's refusals make it true for every accepted data).
            # Review r54 item 6: the wedge's own angle said (H⁻¹ bends the 90° cone).
            wedge_deg = "%d" % round(wedge_width_degrees(self.loss, self.solutions["l1"]))
            # r82 (review r81 item 1: area never turned into "so what"): ŵ comes from the
            # data; ridge gives this w* only on its ray, the lasso on the whole wedge (said
            # where the ray's w* is the lasso's corner, else as before).
            same = bool(np.array_equal(self.ridge_ray[0], self.solutions["l1"].point))
            # r94 (review r89 items 3, 6): "ŵ comes from the data" shares its subtitle with
            # what follows (alone it read 2 s); "every corner …, at every t" cut: unshown.
            so_what = (" {w_hat} comes from the data; ridge gives {w_star} = {corner} only if "
                       "{w_hat} lands on the ray (a coincidence), the lasso for every "
                       "{w_hat}{@zero} in the wedge." if same else
                       " So a whole wedge of {w_hat}{@zero} gives " + name + " = 0 exactly.")
            # Zero area against positive area, said outright (review r41 item 2).
            ending = ("{@one}Ridge: one direction, a ray of {w_hat} {@zarea}(zero area); "
                      "lasso:{@range} a " + width + "° cone of pulls, a " + wedge_deg
                      + "° wedge of {w_hat} (positive area){@wedge}." + so_what)
        else:
            ending = ("{@one}Ridge: one direction; lasso:{@range} a " + width
                      + "° cone. So{@zero} " + name + " = 0 exactly.")
        # Ridge's panel comes back as it is named; what the last cue no longer needs
        # leaves (review r47 item 3: about 10 text items at the end; at most 6 now):
        # ŵ = w* + H⁻¹·pull and H have been used, the lasso's ŵ sits in its named wedge.
        family = self.get_mobject_family_members()
        back = [Undim(m) for m in ridge_dimmed if m not in ridge_own and m in family]
        used = [Conceal(m) for m in [*([formula, self.loss_lines[1]] if formula is not None
                                       else []),
                                     # (The lasso's moved ŵ keeps its label: review r50
                                     # item 3.)
                                     # The slide's w₁* readout, read (it back at 0).
                                     *([slid[0]] if slid is not None else [])]
                if m in family]
        if line_final is not None:
            line_label.move_to(line_final)
        # r57 (review r56 item 3: the summary spoken, not shown): "zero area" by ridge's ray,
        # the wedge's opening as an arc (regmath.sparsity.opening_arc, the wedge H⁻¹N(w*))
        # with its degrees, and "positive area" inside the wedge.
        summary: dict[str, VMobject] = {}
        if lasso_mover and ridge_line is not None:
            summary = self.get_area_labels(ridge_line, line_final or line_label, [
                axis_arrow, axis_ring, axis_center, one, *self.balls["l2"]], wedge_deg, [
                wedge, arrows["l1"], range_text, corner_dot, data_wedge, *hat_shown,
                *([wedge_label] if wedge_label is not None else []),
                *([takeaway] if takeaway is not None else []), *self.balls["l1"],
                # (ŵ′ is back at ŵ by then: its dot and label, not its whole path.)
                *lasso_mover["shown"][1:]], final_wedge)
        with self.cue(ending, corner=point(self.solutions["l1"].point)) as cue:
            if by_axis:
                # ŵ slides onto the ray and its w* round the circle onto the axis (review
                # r52 item 8: the two states cross-faded).
                slides, appear = [], [Reveal(axis_ring)]
                moving = {self.tangent_dots["l2"]: axis_ring}
                if line_final is not None:
                    moving[self.centers["l2"][0]] = axis_center
                    appear.append(Reveal(line_label))
                for source, target in moving.items():
                    if source in ridge_own:
                        # A copy slides (the scene's own dot keeps its place, w*).
                        ridge_own.remove(source)
                        copy = source.copy().clear_updaters()
                        self.remove(source)
                        self.add(copy)
                        slides.append(ReplacementTransform(copy, target))
                    else:
                        appear.append(Reveal(target))
                if line_final is not None and axis_center not in moving.values():
                    appear.append(Reveal(axis_center))
                appear = [a for a in appear if a.mobject not in
                          [getattr(x, "target_mobject", None) for x in slides]]
                cue.play(*(Conceal(m) for m in ridge_own), *slides, *appear,
                         GrowArrow(axis_arrow), Reveal(one), *back, *used,
                         at="one", run_time=1.0)
                if ridge_line is not None:
                    cue.play(Indicate(ridge_line, color=CENTER_COLOR, scale_factor=1.0),
                             Indicate(line_label, color=CENTER_COLOR, scale_factor=1.0),
                             run_time=0.8)
            elif one_placed:
                cue.play(Reveal(one), *(Conceal(labels[x]) for x in ("pull_l2",) if x in labels
                                        and labels[x] in self.get_mobject_family_members()),
                         *back, *used, at="one", run_time=0.8)
            else:
                cue.play(Indicate(self.balls["l2"][1], color=BALL_COLORS["l2"], scale_factor=1.0),
                         *back, *used, at="one", run_time=0.8)
            # r61 (review r60 item 5: "zero area" came 4 s after it was said): shown as
            # it is said.
            if "zero" in summary:
                cue.play(Reveal(summary["zero"]), at="zarea", run_time=0.5)
            # "normal cone" becomes "normal cone: 90°" in place as the width is said.
            # r66 (review r65 item 5: "150°" and "positive area" still fading in as they
            # were said): the wedge's arc, degrees and area come with the cone's width,
            # before their words.
            # r80: a tick number the summary's words or arc would sit on (now that the
            # wedge's inside keeps its numbers) steps out as they come.
            summary_marks = _outline_samples([summary[k] for k in ("arc", "degrees", "positive")
                                              if k in summary])
            # r82 (review r81 item 8: "2 positive area" read as one): a number within
            # NUMBER_CLEAR of them steps out too.
            under_summary = [n for n in [*axes.x_axis.numbers, *axes.y_axis.numbers]
                             if len(summary_marks) and n in self.get_mobject_family_members()
                             and _box_meets(n, summary_marks, NUMBER_CLEAR)]
            cue.play(*(Conceal(m) for m in [cone_text, cone_leader]
                       if m in self.get_mobject_family_members()), Reveal(range_text),
                     *(Dim(n, factor=0.0) for n in under_summary),
                     Reveal(range_leader),
                     *(Reveal(summary[k]) for k in ("arc", "degrees", "positive")
                       if k in summary),
                     Indicate(wedge, color=CONE_COLOR, scale_factor=1.0), at="range",
                     run_time=0.8)
            if lasso_mover and "wedge" in cue.words.marks:
                # "A wedge of ŵ" shown, not only marked (review r50 item 8: 164-172 s held
                # still): ŵ wanders inside the wedge toward its edge and back, the pull
                # turning inside the cone and w* staying on the corner.
                wander = [arrows["l1"], *lasso_mover["shown"][1:]]
                arrows["l1"].add_updater(lambda m: m.put_ends(*self.pull_ends("l1")))
                for m, f in lasso_mover["follow"]:
                    m.add_updater(f)
                self.pull_leg["l1"] = (own["l1"], edge)
                self.turn["l1"].set_value(0.0)
                sweep(self, self.turn["l1"], WANDER, *wander,
                      run_time=max(cue.until("wedge"), 0.8), rate_func=smooth)
                for m in wander:
                    m.suspend_updating()
                cue.play(fill_pulse(data_wedge),
                         *([Indicate(wedge_label, color=CENTER_COLOR, scale_factor=1.0)]
                           if wedge_label is not None else []),
                         *(Indicate(summary[k], color=CENTER_COLOR, scale_factor=1.0)
                           for k in ("arc", "degrees", "positive") if k in summary),
                         at="wedge", run_time=0.8)
                for m in wander:
                    m.resume_updating()
                sweep(self, self.turn["l1"], 0.0, *wander,
                      run_time=max(cue.until("zero") - 0.1, 0.8), rate_func=smooth)
                for m in wander:
                    m.clear_updaters()
            # One w* marker a side to the end (review r38 items 3, 7): ridge's axis state
            # and "one direction" stay; the lasso's "pull" goes, ŵ's label stays (review r39
            # item 8). The lasso's w* drawn last: over the glow while it is drawn.
            # The cone's width has been read: the takeaway comes in its stead (≤ 6 lines).
            leaving_end = [labels["l1"], *([range_text, range_leader] if takeaway is not None
                                           else [])]
            cue.play(Create(glow), *([Reveal(takeaway)] if takeaway is not None else []),
                     *(Conceal(m) for m in leaving_end
                       if m in self.get_mobject_family_members()),
                     # r82 (review r81 item 9: an unnamed red star): no Flash, marked.
                     Indicate(corner_dot, color=SOLUTION_COLOR, scale_factor=1.0),
                     at="zero", run_time=1.0)
            # r83 (review r82 item 8): the frame is complete here, ≥ 4 s before the end;
            # w* marked again under the last words, so the settle after them stays < 4 s.
            if cue.remaining > 0.3:
                cue.play(Indicate(corner_dot, color=SOLUTION_COLOR, scale_factor=1.0),
                         until=cue.END)

    def get_area_labels(self, ray: VMobject, ray_label: VMobject | None,
                        ridge_drawn: list[VMobject], degrees: str,
                        lasso_drawn: list[VMobject], wedge_polygon: np.ndarray
                        ) -> dict[str, VMobject]:
        """"zero area" beside ridge's ray of ŵ; on the lasso's panel the wedge's opening as a
        white arc (`regmath.sparsity.opening_arc`) with its degrees, and "positive area"
        inside the wedge; each clear of what is drawn (left out where nothing is clear)."""
        out: dict[str, VMobject] = {}
        axes2, axes = self.axes["l2"], self.axes["l1"]
        zero = legible(Tex("zero area", font_size=PULL_FONT, color=WHITE))
        start, end = ray.get_start(), ray.get_end()
        if place_by_arrow(zero, start, end, [ray, *([ray_label] if ray_label else []),
                                             *ridge_drawn, axes2, *axis_bands(axes2),
                                             *axes2.x_axis.numbers,
                                             *axes2.y_axis.numbers, *self.panels["l2"][1:],
                                             *self.headings["l2"]]):
            out["zero"] = zero
        lasso = self.solutions["l1"]
        arc, label, clear, scene_points = self.opening_arc_with_degrees(
            AREA_ARC_RADIUS * self.t, degrees, lasso_drawn)
        out["arc"] = arc
        if clear:
            out["degrees"] = label
        obstacles = [arc, *lasso_drawn, axes, *axes.x_axis.numbers, *axes.y_axis.numbers,
                     *self.panels["l1"][1:], *self.headings["l1"]]
        positive = legible(Tex("positive area", font_size=PULL_FONT, color=WHITE))
        taken = [*obstacles, *([label] if "degrees" in out else [])]
        # Inside the wedge: every corner of its box in the wedge's polygon. r59 (review r59
        # item 6: white on the wedge's light grey, crowded with "150°" and w₂'s label): tried
        # first further out on the arc's sides, where the wedge's grey fades dark.
        far, _ = opening_arc(self.loss.hessian, lasso.point, amount=1.0,
                             radius=AREA_LABEL_REACH * self.t)
        far_points = to_scene(axes, far)
        anchors = [far_points[len(far) // 5], far_points[4 * len(far) // 5],
                   *(scene_points[k] for k in (4 * len(scene_points) // 5,
                                               len(scene_points) // 5,
                                               2 * len(scene_points) // 3))]
        for anchor in anchors:
            if not nearest_clear(positive, anchor, taken, inside=axes):
                continue
            corners = [axes.p2c(positive.get_corner(c))[:2] for c in
                       (UP + LEFT, UP + RIGHT, DOWN + LEFT, DOWN + RIGHT)]
            if all(in_polygon(np.asarray(c), wedge_polygon) for c in corners):
                out["positive"] = positive
                break
        return out

    def slide_off_corner(self, cue: object, arrow: MovingArrow,
                         obstacles: list[VMobject], label: VMobject | None = None) -> None:
        """A ring slid EDGE_SLIDE·t off the lasso's corner along each edge, one edge at a
        time, and back, the pull ``arrow`` riding with it and the pull's part along the edge
        (regmath's `corner_edge_slide`) drawn beside it in its own colour, labelled "along
        the edge" clear of ``obstacles``: it points back to the corner; marked at the cue's
        "back"."""
        lasso, axes = self.solutions["l1"], self.axes["l1"]
        scale, distance = self.pull_scale(), EDGE_SLIDE * self.t
        fraction = ValueTracker(0.0)
        edge = [corner_edges(lasso)[0]]

        def state() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
            return corner_edge_slide(self.loss, lasso, edge[0], distance,
                                     float(np.clip(fraction.get_value(), 0.0, 1.0)))

        point, _, along = state()
        ring = Circle(radius=GHOST_RADIUS, stroke_color=BALL_COLORS["l1"], stroke_width=4,
                      z_index=6).move_to(to_scene(axes, point))
        # r80 (review r79 item 1: a thick stub, mostly head, under the pull and the corner's
        # marker): drawn as ridge's "along the circle" is, thinner with a small head.
        part = MovingArrow(to_scene(axes, point), to_scene(axes, point),
                           color=ALONG_COLOR, stroke_width=4, max_tip_ratio=0.18, z_index=7)
        # A dark edge parts it from the orange edge it lies on (review r51 item 3); r80: on
        # its shaft only, as ridge's (the white edge round the head made it a fat blob).
        dark_edged(part)

        def part_ends(p: np.ndarray, a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            # The part drawn ON the edge, from the ring's rim the way it points (back to
            # the corner) up to the corner's dot (review r48 item 4: beside the edge it
            # started off the marker and ran past the corner; on the right edge it was a
            # few pixels long). Its length is the way back, not the part's size.
            size = float(np.linalg.norm(a))
            if size == 0.0:
                return to_scene(axes, p), to_scene(axes, p)
            start = to_scene(axes, p)
            # Along the part as far as the corner is (the part points back to it).
            way = to_scene(axes, p + float(np.linalg.norm(lasso.point - p)) * a / size) - start
            reach = float(np.linalg.norm(way))
            if reach <= GHOST_RADIUS + CORNER_GAP:
                return start, start
            unit = way / reach
            return start + GHOST_RADIUS * unit, start + way - CORNER_GAP * unit

        def follow(_: object) -> None:
            p, pull, a = state()
            ring.move_to(to_scene(axes, p))
            arrow.put_ends(to_scene(axes, p), to_scene(axes, p + scale * pull))
            part.put_ends(*part_ends(p, a))

        # "along the edge" (as "along the circle" on ridge's panel) by the edge being
        # tested, clear of every place the part and the pull take on that edge (review r79
        # item 1: one label right of the corner while the left edge was tested).
        legs = corner_edges(lasso)
        along_labels: list[VMobject] = []
        for d in legs:
            edge[0] = d
            paths: list[VMobject] = []
            for x in np.linspace(0.0, 1.0, 5):
                fraction.set_value(x)
                follow(None)
                paths += [part.copy(), arrow.copy(), ring.copy()]
            along_label = legible(MathTex(r"\text{along the edge}", font_size=ALONG_FONT,
                                          color=ALONG_COLOR))
            drawn = [*obstacles, *paths, *self.balls["l1"], axes, *axes.x_axis.numbers,
                     *axes.y_axis.numbers]
            # Beside the panel's axes when no room is left inside them (left of the left
            # edge the label is wider than the room).
            if not nearest_clear(along_label, ring.get_center(), drawn, inside=axes):
                if not nearest_clear(along_label, ring.get_center(), drawn):
                    place_clear(along_label, part.get_end(), part.get_end() - part.get_start(),
                                drawn, buff=0.08)
            along_labels.append(along_label)
        edge[0] = legs[0]
        fraction.set_value(0.0)
        follow(None)
        ring.add_updater(follow)
        # ("pull" stays where it is: riding left with the arrow, the w₂ axis struck it.)
        movers = [ring, arrow, part]
        # The part grows out of the ring as it slides (at the corner it has no length).
        self.add(part)
        # r84 (review r83 item 6: "pull" stayed at the corner while its arrow slid): the
        # arrow's name steps out while it slides, back with it at the corner.
        cue.play(Reveal(ring), *([Conceal(label)] if label is not None else []), at="slide",
                 run_time=0.4)
        for k, d in enumerate(legs):
            edge[0] = d
            follow(None)
            sweep(self, fraction, 1.0, *movers, run_time=EDGE_SLIDE_SECONDS, rate_func=smooth)
            # Named once it is out along this edge, with the part drawn full length.
            self.play(Reveal(along_labels[k]), run_time=0.3)
            if k == 0:
                # The part, longer off the corner, points back to it: marked as said.
                cue.play(Indicate(part, color=ALONG_COLOR, scale_factor=1.0),
                         at="back", run_time=0.6)
            else:
                self.play(Indicate(part, color=ALONG_COLOR, scale_factor=1.0), run_time=0.5)
            # Back to the corner: the part shrinks away with the way back (one edge at a
            # time), its label with it.
            sweep(self, fraction, 0.0, *movers, run_time=0.5 * EDGE_SLIDE_SECONDS,
                  rate_func=smooth)
            self.play(Conceal(along_labels[k]), run_time=0.2)
        ring.clear_updaters()
        # Back at the corner: the arrow is the real pull again; the slid ones leave.
        cue.play(Conceal(ring), Conceal(part), *([Reveal(label)] if label is not None else []),
                 run_time=0.3)

    def solve_for_hat(self, cue: object, pull_formula: VMobject, formula: VMobject) -> None:
        """"pull = H(ŵ − w*)" gives way to "ŵ = w* + H⁻¹ pull" in its place: the first line
        fades out whole, then the second fades in whole (review r50/r51 item 1: any symbol
        morph, even token by token on arcs, passed through garbled lines such as
        "pull = H ŵ w*"; every frame now shows one whole, true line or none)."""
        cue.play(Conceal(pull_formula), at="formula", run_time=0.5)
        self.remove(pull_formula)
        cue.play(Reveal(formula), run_time=max(min(cue.remaining, 0.9), 0.6))

    def get_carry_formula(self) -> VMobject:
        """"ŵ = w* + H⁻¹·pull" under the lasso's panel, at the loss line's height and size
        (that line has long gone; review r41 item 1: the H⁻¹ step was only said)."""
        formula = legible(MathTex(r"\hat w", "=", r"w^*", "+", r"H^{-1}", r"\,\text{pull}",
                                  font_size=LOSS_FONT))
        return formula.move_to([self.panels["l1"][0].get_center()[0], LOSS_Y, 0.0])

    def get_pull_formula(self) -> VMobject:
        """"pull = H(ŵ − w*)", where `get_carry_formula`'s line comes: written as said, then
        turned into it (review r48 item 5: the pull's form was only said)."""
        formula = legible(MathTex(r"\text{pull}", "=", "H", "(", r"\hat w", "-", r"w^*", ")",
                                  font_size=LOSS_FONT))
        return formula.move_to([self.panels["l1"][0].get_center()[0], LOSS_Y, 0.0])

    def get_wedge_rays(self) -> list[VMobject]:
        """The lasso wedge's two boundary rays, w* + s·H⁻¹n for the corner's normal-cone rays
        n (regmath's `eased_tips` at amount 1), out to the view's border (`room_along`)."""
        lasso, axes = self.solutions["l1"], self.axes["l1"]
        diagonal = float(np.hypot(self.view.x_range[1] - self.view.x_range[0],
                                  self.view.y_range[1] - self.view.y_range[0]))
        rays = []
        for normal in lasso.normal_cone:
            unit = eased_tips(self.loss.hessian, lasso.point, [normal], amount=1.0,
                              length=1.0)[0] - lasso.point
            reach = room_along(lasso.point, [unit], self.view, preferred=diagonal, share=1.0)
            end = eased_tips(self.loss.hessian, lasso.point, [normal], amount=1.0,
                             length=reach)[0]
            rays.append(Line(to_scene(axes, lasso.point), to_scene(axes, end),
                             stroke_color=CENTER_COLOR, stroke_width=3, z_index=-1))
        return rays

    def get_edge_names(self, arrows: list[MovingArrow], obstacles: list[VMobject]
                       ) -> list[VMobject]:
        """"(1, 1)" and "(−1, 1)" (the corner's normal-cone rays, regmath) by the tip of each
        carried edge arrow, each with an updater that keeps it past the tip, on the side away
        from the other arrow, as H⁻¹ carries the arrow (r84, review r83 item 1: the carried
        edges unnamed). Layout only."""
        lasso = self.solutions["l1"]
        names: list[VMobject] = []
        for k, (arrow, normal) in enumerate(zip(arrows, lasso.normal_cone)):
            tex = point(np.asarray(normal, dtype=float)).tex
            name = haloed(MathTex(r"\left" + tex[:-1] + r"\right)", font_size=PULL_FONT + 4,
                                  color=WHITE))

            def follow(m: VMobject, arrow: MovingArrow = arrow, k: int = k) -> None:
                start, tip = arrow.get_start(), arrow.get_end()
                along = (tip - start) / max(float(np.linalg.norm(tip - start)), 1e-9)
                other = arrows[1 - k].get_end() - start
                out = np.array([-along[1], along[0], 0.0])
                if float(np.dot(out, other)) > 0.0:
                    out = -out
                reach = (abs(along[0]) * m.width + abs(along[1]) * m.height) / 2.0
                side = (abs(out[0]) * m.width + abs(out[1]) * m.height) / 2.0
                m.move_to(tip + (reach + 0.1) * along + 0.5 * (side + 0.05) * out)
                keep_in_frame(m)

            follow(name)
            name.add_updater(follow)
            names.append(name)
        return names

    def opening_arc_with_degrees(self, radius: float, degrees: str, others: list[VMobject],
                                 apart: list[VMobject] | None = None
                                 ) -> tuple[VMobject, VMobject, bool, np.ndarray]:
        """The lasso wedge's opening as a white arc of ``radius`` about the corner
        (`regmath.sparsity.opening_arc`) and "``degrees``°" by one of the arc's sides, clear
        of the arc, ``others``, the lasso's axes, numbers, panel and heading where it can be:
        (arc, label, whether the label is clear, the arc's points in scene coordinates).
        Layout only. r86: at least DEGREES_GAP from the texts ``apart`` where it can be
        (next to "H⁻¹(−1, 1)" it read as one string)."""
        lasso, axes = self.solutions["l1"], self.axes["l1"]
        points, _ = opening_arc(self.loss.hessian, lasso.point, amount=1.0, radius=radius)
        arc = polyline(axes, points, stroke_color=WHITE, stroke_width=3, z_index=3)
        drawn = [arc, *others, axes, *axes.x_axis.numbers, *axes.y_axis.numbers,
                 *self.panels["l1"][1:], *self.headings["l1"]]
        label = legible(MathTex(degrees + r"^\circ", font_size=PULL_FONT + 2, color=WHITE))
        scene_points = to_scene(axes, points)
        apex = to_scene(axes, lasso.point)
        # r59 (review r59 item 6: at the arc's top "150°" sat by the tick "2" and read
        # "2 150°"): on the arc's sides first, away from the w₂ axis and its numbers (r85
        # tried the side of the axis away from its numbers first: the axis struck "150°").
        sides = (4 * len(points) // 5, len(points) // 5, 2 * len(points) // 3,
                 len(points) // 3)
        texts = _outline_samples(apart) if apart else None
        for gap in ((DEGREES_GAP, 0.0) if apart else (0.0,)):
            for k in sides:
                place_clear(label, scene_points[k], scene_points[k] - apex, drawn, buff=0.08)
                if _box_meets(label, _outline_samples(drawn), _CLEARANCE):
                    continue
                if gap and _box_meets(label, texts, gap):
                    continue
                return arc, label, True, scene_points
        return arc, label, False, scene_points

    def get_wedge_angle(self, obstacles: list[VMobject], apart: list[VMobject] | None = None
                        ) -> dict[str, object]:
        """The wedge's opening as a white arc (`regmath.sparsity.opening_arc`) and its degrees
        (`regmath.classic.wedge_width_degrees`) beside it, clear of ``obstacles`` where it
        can be; "text" the degrees as said. Layout only."""
        degrees = "%d" % round(wedge_width_degrees(self.loss, self.solutions["l1"]))
        # (Smaller than the summary's: the edges' names are still up.)
        arc, label, _, _ = self.opening_arc_with_degrees(WEDGE_ANGLE_RADIUS * self.t, degrees,
                                                         obstacles, apart=apart)
        return {"arc": arc, "degrees": label, "text": degrees}

    def get_ray_labels(self, rays: list[VMobject], obstacles: list[VMobject]
                       ) -> list[VMobject]:
        """"H⁻¹(1, 1)", "H⁻¹(−1, 1)" at the far end of each boundary ray: past its end where
        that is in the frame and clear, else just inside the wedge by its end (review r60
        item 3: a label under ŵ read as ŵ = H⁻¹(1, 1)). Layout only."""
        lasso, axes = self.solutions["l1"], self.axes["l1"]
        placed: list[VMobject] = []
        for k, (ray, normal) in enumerate(zip(rays, lasso.normal_cone)):
            tex = point(np.asarray(normal, dtype=float)).tex
            label = haloed(MathTex(r"H^{-1}\left" + tex[:-1] + r"\right)",
                                   font_size=PULL_FONT + 4, color=WHITE))
            start, tip = ray.get_start(), ray.get_end()
            along = (tip - start) / max(float(np.linalg.norm(tip - start)), 1e-9)
            other = rays[1 - k].get_end() - start
            inward = np.array([-along[1], along[0], 0.0])
            if float(np.dot(inward, other)) < 0.0:
                inward = -inward
            label.next_to(tip, along, buff=0.12)
            drawn = [*obstacles, *placed, axes, *axes.x_axis.numbers, *axes.y_axis.numbers]
            # r82 (review r81 item 8: "H⁻¹(−1, 1)" hung in the gap between the panels):
            # past the ray's end only inside the lasso's panel.
            low, high = axes.get_corner(DOWN + LEFT), axes.get_corner(UP + RIGHT)
            outside = (np.any(label.get_corner(DOWN + LEFT)[:2] < low[:2])
                       or np.any(label.get_corner(UP + RIGHT)[:2] > high[:2]))
            def fits() -> bool:
                box_low, box_high = label.get_corner(DOWN + LEFT), label.get_corner(UP + RIGHT)
                return not (np.any(box_low[:2] < low[:2]) or np.any(box_high[:2] > high[:2])
                            or not _inside_safe_area(label)
                            or _box_meets(label, _outline_samples(drawn), _CLEARANCE))

            if outside or not fits():
                reach = (abs(along[0]) * label.width + abs(along[1]) * label.height) / 2.0
                across = (abs(inward[0]) * label.width + abs(inward[1]) * label.height) / 2.0
                # r85 (review r84 item 4: "H⁻¹(−1, 1)" under the cone's outline and on the
                # w₂ axis, made smaller to fit): just outside the wedge by the ray's end
                # where that is clear, at the other label's size.
                # r94 (review r89 item 2: both names inside the grey wedge, crowding "150°"
                # and ŵ): outside tried first, inside only where outside is not clear.
                inside_at = tip - (reach + 0.1) * along + (across + 0.1) * inward
                label.move_to(tip - (reach + 0.1) * along - (across + 0.1) * inward)
                if not fits():
                    label.move_to(inside_at)
            # r84 (review r83 item 6: "H⁻¹(−1, 1)" crossed by the w₂ axis): a label the
            # axis line runs through is made narrower (to a readable size) and moved to
            # the side of the axis its ray's end is on.
            axis_x = axes.c2p(0.0, 0.0)[0]
            if label.get_left()[0] - 0.08 < axis_x < label.get_right()[0] + 0.08:
                if tip[0] < axis_x:
                    room = axis_x - 0.22 - max(low[0], -config.frame_width / 2 + 0.1)
                    label.scale(float(np.clip(room / label.width, 0.8, 1.0)))
                    label.shift((axis_x - 0.22 - label.get_right()[0]) * RIGHT)
                else:
                    room = min(high[0], config.frame_width / 2 - 0.1) - axis_x - 0.22
                    label.scale(float(np.clip(room / label.width, 0.8, 1.0)))
                    label.shift((axis_x + 0.22 - label.get_left()[0]) * RIGHT)
            placed.append(label)
        # r85 (review r84 item 4: "H⁻¹(−1, 1)" set smaller than "H⁻¹(1, 1)"): one size for
        # both, the smaller, each kept on its side of the w₂ axis.
        heights = [label.height for label in placed]
        for label in placed:
            if label.height > min(heights):
                axis_x = axes.c2p(0.0, 0.0)[0]
                edge = label.get_left() if label.get_center()[0] > axis_x else label.get_right()
                label.scale(min(heights) / label.height, about_point=edge)
        return placed

    def get_normal_labels(self, normals: list[MovingArrow], edges: list[tuple[int, int]],
                          obstacles: list[VMobject]) -> list[VMobject]:
        """"(1, 1)" and "(−1, 1)": each edge normal's vector (the signs of the corner's
        normal-cone rays, regmath) by its tip where the arrow ends, at the corner, clear
        of ``obstacles`` and of each other; each with a ``follow`` updater that keeps it by
        the tip as the arrow slides there from the edge's middle. Layout only."""
        axes = self.axes["l1"]
        placed: list[VMobject] = []
        # Both arrows where they end, at the corner.
        ends = [polyline(axes, np.array([n.ends[0] + n.ends[2], n.ends[1] + n.ends[2]]))
                for n in normals]
        for normal, e in zip(normals, edges):
            foot, tip, shift = normal.ends
            tex = point(np.array(e, dtype=float)).tex
            label = legible(MathTex(r"\left" + tex[:-1] + r"\right)", font_size=PULL_FONT,
                                    color=CONE_COLOR))
            end_foot, end_tip = to_scene(axes, foot + shift), to_scene(axes, tip + shift)
            drawn = [*obstacles, *placed, *ends, axes]
            if not nearest_clear(label, end_tip, drawn, inside=axes, gap=0.04):
                place_clear(label, end_tip, end_tip - end_foot, drawn, buff=0.08)
            offset = label.get_center() - end_tip
            label.follow = (lambda m, n=normal, o=offset: m.move_to(n._ends[1] + o))
            label.follow(label)
            placed.append(label)
        return placed

    def get_wedge_label(self, zero: object, polygon: np.ndarray,
                        obstacles: list[VMobject]) -> VMobject | None:
        """"ŵ with w₁* = 0" inside the shaded wedge of ŵ (``polygon``, regmath's
        `eased_wedge`): in the first inner corner of the lasso's panel whose box lies in the
        wedge, clear of ``obstacles`` (review r39 item 1: the grey region had no name of its
        own); None when no corner is. Layout only."""
        axes = self.axes["l1"]
        # The wedge is the ŵ whose solution is this corner (review r41 item 3: "w₁* = 0"
        # also holds in the mirror wedge and inside the diamond on the axis).
        text = legible(MathTex(r"\hat w\text{ with }w^* = " + point(self.solutions["l1"].point).tex,
                               font_size=PULL_FONT + 2, color=CENTER_COLOR))
        # The axis names too (review r41 item 4: the label ran into "w₂").
        drawn = [*obstacles, *self.balls["l1"], *axes.x_axis.numbers, *axes.y_axis.numbers,
                 axes, *self.panels["l1"][1:3]]
        samples, lines = _outline_samples(drawn), _outline_samples([axes])
        for corner in (UP + LEFT, UP + RIGHT, DOWN + LEFT, DOWN + RIGHT):
            # From the corner inwards (up or down) a little at a time: the longer label
            # may need to step off the axis name.
            for step in range(WEDGE_LABEL_STEPS):
                text.move_to(axes.get_corner(corner) - corner * (0.1 + np.array(
                    [text.width / 2.0, text.height / 2.0, 0.0])) - corner[1] * step * 0.08 * UP)
                if (not _inside_safe_area(text) or _box_meets(text, samples, _CLEARANCE)
                        or _box_meets(text, lines, _CLEARANCE)):
                    continue
                box = [axes.p2c(text.get_corner(c))[:2] for c in (UP + LEFT, UP + RIGHT,
                                                                   DOWN + LEFT, DOWN + RIGHT)]
                if all(in_polygon(b, polygon) for b in box):
                    return text
        return None

    def get_circle_slide(self, labels: dict[str, VMobject]) -> dict[str, object]:
        """A ring on the circle SLIDE_DEGREES from ridge's w*, the pull there (one arrow
        scale with the others) and its part along the circle (regmath's `circle_slide`),
        labelled "along the circle" where it starts, with updaters that slide them onto w*
        as ``fraction`` goes 0 → 1."""
        ridge, axes = self.solutions["l2"], self.axes["l2"]
        fraction = ValueTracker(0.0)
        scale = self.pull_scale()

        def state() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
            return circle_slide(self.loss, ridge, SLIDE_DEGREES,
                                float(np.clip(fraction.get_value(), 0.0, 1.0)))

        point, pull, along = state()
        ring = Circle(radius=GHOST_RADIUS, stroke_color=BALL_COLORS["l2"], stroke_width=4,
                      z_index=6).move_to(to_scene(axes, point))
        arrow = dark_edged(MovingArrow(to_scene(axes, point), to_scene(axes, point + scale * pull),
                                       color=GRADIENT_COLOR, stroke_width=6, z_index=5))
        # In the lasso's "along the edge" colour: one colour for the part along the
        # boundary on both panels (review r47 item 8: violet here, aqua there).
        # r66 (review r65 item 1: the part's big white arrow covered w*'s dot): thinner,
        # a smaller head.
        # r76 (review r75 item 8: drawn at 0.6 of scale it was tiny and not to scale): the
        # part at the pull's own scale, drawn over the pull.
        short = scale
        part = dark_edged(MovingArrow(to_scene(axes, point),
                                      to_scene(axes, point + short * along),
                                      color=ALONG_COLOR, stroke_width=4, max_tip_ratio=0.18,
                                      z_index=6))
        ring.add_updater(lambda m: m.move_to(to_scene(axes, state()[0])))
        arrow.add_updater(lambda m: m.put_ends(to_scene(axes, state()[0]),
                                               to_scene(axes, state()[0] + scale * state()[1])))
        part.add_updater(lambda m: m.put_ends(to_scene(axes, state()[0]),
                                              to_scene(axes, state()[0] + short * state()[2])))
        # "along the circle" by the part's arrow where it starts, clear of what is drawn
        # (review r39 item 2: the small arrow was unlabelled); it stays there and leaves as
        # the words say the part is 0.
        along_label = legible(MathTex(r"\text{along the circle}", font_size=ALONG_FONT,
                                      color=ALONG_COLOR))
        path = [polyline(axes, np.array([p, p + scale * q]))
                for x in np.linspace(0.0, 1.0, 9)
                for p, q, _ in [circle_slide(self.loss, ridge, SLIDE_DEGREES, float(x))]]
        obstacles = [*self.balls["l2"], self.contours["l2"], self.centers["l2"], ring, arrow,
                     part, *path, self.tangent_labels["l2"], self.tangent_dots["l2"],
                     labels["normal"], labels["l2"], axes, *axes.x_axis.numbers,
                     *axes.y_axis.numbers, *([labels["pull_l2"]] if "pull_l2" in labels else [])]
        if not nearest_clear(along_label, ring.get_center(), obstacles, inside=axes):
            place_clear(along_label, part.get_end(), part.get_end() - part.get_start(),
                        obstacles, buff=0.08)
        return {"ring": ring, "pull": arrow, "along": part, "fraction": fraction,
                "along_label": along_label, "movers": [ring, arrow, part]}

    def get_ridge_line(self, axis_dir: np.ndarray) -> VMobject | None:
        """The ŵ (same H) whose ridge w* is t·e on the axis the pull reaches (e =
        ``axis_dir``): the ray of regmath's `l2_sparse_rays` from t·e, dashed in ŵ's colour;
        None when it is not in the view."""
        start = self.t * np.asarray(axis_dir, dtype=float)
        for ray in l2_sparse_rays(self.loss.hessian, self.t, self.view):
            if np.allclose(ray[0], start, atol=1e-12 * max(self.t, 1e-300)):
                self.ridge_ray = ray
                self.ridge_line = dashed(self.axes["l2"], ray, stroke_color=CENTER_COLOR,
                                         stroke_width=3, stroke_opacity=0.8, z_index=2)
                return self.ridge_line
        return None

    def get_line_label(self, k: int, obstacles: list[VMobject]) -> VMobject:
        """"ŵ with w₁* = 0" (weight ``k``) by the far end of ridge's line of ŵ, clear of
        ``obstacles`` (the moving ŵ, its contours, the readout) and what ridge's panel shows
        (review r39 item 3: the line was never named). Layout only: the line is regmath's."""
        axes = self.axes["l2"]
        # The ray is the ŵ whose ridge w* is t·e, its start (review r41 item 3: "w₁* = 0"
        # also holds on the mirror ray and inside the circle on the axis).
        text = legible(MathTex(r"\hat w\text{ with }w^* = " + point(self.ridge_ray[0]).tex,
                               font_size=PULL_FONT + 2, color=CENTER_COLOR))
        drawn = [self.ridge_line, *obstacles, *self.balls["l2"], axes, *axes.x_axis.numbers,
                 *axes.y_axis.numbers]
        if not nearest_clear(text, to_scene(axes, self.ridge_ray[-1]), drawn, inside=axes):
            place_clear(text, to_scene(axes, self.ridge_ray[-1]), RIGHT, drawn, buff=0.1)
        return text

    def moving_contours(self, own: np.ndarray, axis_dir: np.ndarray, mirror: np.ndarray
                        ) -> list[VMobject]:
        """Undrawn: the contours of the other data ridge's turn passes through (regmath's
        `ridge_pull_center`, `level_set`), for labels to keep clear of. Layout only."""
        ridge, axes = self.solutions["l2"], self.axes["l2"]
        shapes = []
        for a, b in [(own, axis_dir), (axis_dir, mirror)]:
            for tau in np.linspace(0.0, 1.0, 7):
                d = turn_direction(a, b, tau)
                other = Quadratic(center=ridge_pull_center(self.loss, ridge, d),
                                  hessian=self.loss.hessian)
                foot = turned_pull(ridge, d, length=self.pull_length["l2"])[0]
                for piece in clip_polyline(level_set(other, float(other.value(foot)),
                                                     samples=33), self.view):
                    shapes.append(polyline(axes, piece))
        return shapes

    def get_lasso_mover(self, legs: list[tuple[np.ndarray, np.ndarray]],
                        also: list[tuple[np.ndarray, np.ndarray]] = ()
                        ) -> dict[str, list[VMobject]] | None:
        """Other data ŵ′ on the lasso's panel while the pull turns (regmath's
        `corner_pull_center`): a dot in ŵ's colour, its "ŵ" label, and its contour through
        w*′ (the pull is perpendicular to it, not aimed at ŵ′: review r38 item 6), each
        with its updater; None when ŵ is off the picture or its path leaves the view."""
        lasso, axes = self.solutions["l1"], self.axes["l1"]
        if not self.center_shown:
            return None
        path = np.array([corner_pull_center(self.loss, lasso, d, share=self.lasso_share(d))
                         for a, b in legs for tau in np.linspace(0.0, 1.0, 13)
                         for d in [turn_direction(a, b, tau)]])
        reached = np.array([corner_pull_center(self.loss, lasso, d, share=self.lasso_share(d))
                            for a, b in also for tau in np.linspace(0.0, 1.0, 13)
                            for d in [turn_direction(a, b, tau)]]).reshape(-1, 2)
        if not self.view.contains(path) or (len(reached) and not self.view.contains(reached)):
            return None

        def where() -> np.ndarray:
            d = self.turned_direction("l1")
            return corner_pull_center(self.loss, lasso, d, share=self.lasso_share(d))

        dot = marker(to_scene(axes, where()), CENTER_COLOR, radius=0.07, z_index=4)
        label = haloed(MathTex(r"\hat w", font_size=36, color=CENTER_COLOR))
        label.next_to(dot, UP, buff=0.08)
        offset = label.get_center() - dot.get_center()
        # The path's samples, the label's box at each (for what must keep clear of them).
        samples: list[VMobject] = [polyline(axes, path)]
        for p in to_scene(axes, path):
            samples.append(label.copy().move_to(p + offset))
        follow = [(dot, lambda m: m.move_to(to_scene(axes, where()))),
                  (label, lambda m: m.move_to(to_scene(axes, where()) + offset))]
        for m, f in follow:
            m.add_updater(f)
        contour = self.get_moving_contour(
            "l1", lambda: (where(), self.pull_problem_ends("l1")[0]))
        return {"shown": [contour, dot, label], "labels": [label], "path": samples,
                "follow": follow}

    def get_moving_contour(self, norm: str,
                           where: Callable[[], tuple[np.ndarray, np.ndarray]]) -> VMobject:
        """The contour of other data ŵ′ through its w*′ (``where`` gives both, problem
        coordinates), same H, updated as they move: regmath's `level_set` at f′(w*′)."""
        contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=4, z_index=1)

        def follow(m: VMobject) -> None:
            center, point = where()
            other = Quadratic(center=center, hessian=self.loss.hessian)
            set_pieces(m, self.axes[norm], clip_polyline(level_set(
                other, float(other.value(point)), samples=self.contour_samples), self.view))

        follow(contour)
        contour.add_updater(follow)
        return contour

    def pull_problem_ends(self, norm: str) -> tuple[np.ndarray, np.ndarray]:
        """The turned pull's foot and tip (problem coordinates): `turned_pull` for the
        direction the current leg has reached."""
        start, end = self.pull_leg[norm]
        # r84 (review r83 item 3): while ŵ′ leaves the wedge, w* is held where the leg
        # started (`held_turn`), then slides as that tracker catches up.
        held = getattr(self, "held_turn", None) if norm == "l1" else None
        value = (held if held is not None else self.turn[norm]).get_value()
        direction = turn_direction(start, end, float(np.clip(value, 0.0, 1.0)))
        if norm == "l1":
            # Inside the cone: at the corner along the turned direction. Past its edge
            # (review r36 item 3): at other data's w*′, sliding along the edge, and the
            # pull there, perpendicular to the edge (one arrow scale throughout).
            point, pull = corner_pull_at_solution(self.loss, self.solutions[norm], direction,
                                                  share=self.lasso_share(direction))
            return point, point + self.pull_scale() * pull
        return turned_pull(self.solutions[norm], direction, length=self.pull_length[norm])

    def lasso_share(self, direction: np.ndarray) -> float:
        """The share of the lasso's pull size that other data keep as the pull turns
        (regmath's ``share``): the one that keeps ŵ′ as far from the corner as ŵ
        (`share_keeping_distance`; 1 at the real pull, ŵ′ = ŵ). r59 (review r59 item 3):
        at a fixed share ŵ′ came within the cone's sector, up where H is stiff. Kept within
        MOVER_SHARES: a strongly tilted H made the drawn pull run off the frame (variant
        "coupled")."""
        share = share_keeping_distance(self.loss, self.solutions["l1"], direction)
        return float(np.clip(share, *MOVER_SHARES))

    def pull_ends(self, norm: str) -> tuple[np.ndarray, np.ndarray]:
        """The turned pull's foot and tip (scene points)."""
        point, tip = self.pull_problem_ends(norm)
        axes = self.axes[norm]
        return to_scene(axes, point), to_scene(axes, tip)

    def follow_turn(self, norm: str, arrow: MovingArrow, label: VMobject | None, *,
                    radius: VMobject | None = None, normal_label: VMobject | None = None,
                    ring: VMobject | None = None, beyond: float | None = None) -> None:
        """Updaters: the arrow on the turned pull, its label keeping its place by the tip,
        (ridge) the dashed radius to the moving foot with its label by its middle, and the
        ring on the foot."""
        point0, tip0 = arrow.get_start(), arrow.get_end()
        offset = label.get_center() - tip0 if label is not None else None
        origin = self.axes[norm].c2p(0, 0)
        mid_offset = (normal_label.get_center() - (origin + NORMAL_AT * (point0 - origin))
                      if normal_label is not None else None)

        def on_arrow(m: MovingArrow) -> None:
            m.put_ends(*self.pull_ends(norm))

        arrow.add_updater(on_arrow)
        if label is not None and beyond is not None:
            # Along the arrow, just past ``beyond`` (scene units from its foot: the cone's
            # arc), wherever it points (review r35 item 1: the label stayed up-right while
            # the arrow swung up-left).
            label.add_updater(lambda m: self.past_tip(m, norm, beyond))
        elif label is not None:
            label.add_updater(lambda m: m.move_to(self.pull_ends(norm)[1] + offset))
        if ring is not None:
            ring.add_updater(lambda m: m.move_to(self.pull_ends(norm)[0]))
        if radius is not None:
            axes = self.axes[norm]

            def on_radius(m: VMobject) -> None:
                foot = self.pull_ends(norm)[0]
                set_dashes(m, axes, np.array([np.zeros(2), axes.p2c(foot)[:2]]))

            radius.add_updater(on_radius)
        if normal_label is not None:
            normal_label.add_updater(lambda m: m.move_to(
                origin + NORMAL_AT * (self.pull_ends(norm)[0] - origin) + mid_offset))

    def past_tip(self, label: VMobject, norm: str, beyond: float) -> VMobject:
        """``label`` on the pull's line, its near edge ``beyond`` + a small gap from the foot."""
        foot, tip = self.pull_ends(norm)
        u = (tip - foot) / max(float(np.linalg.norm(tip - foot)), 1e-9)
        reach = 0.5 * (abs(u[0]) * label.width + abs(u[1]) * label.height) + 0.1
        return label.move_to(foot + (beyond + reach) * u)

    def this_data(self, norm: str) -> list[VMobject]:
        """What belongs to this ŵ on the panel (ŵ, its touching contour, its level): gone
        while the pull turns, as for other data."""
        # (ŵ may be drawn inside a group a pulse added: a member of the scene's family.)
        drawn = self.get_mobject_family_members()
        # Its parts one by one: a part concealed earlier (ŵ's label) splits the group.
        return [m for m in [*self.centers[norm], self.contours[norm],
                            self.level_movers.get(norm)] if m is not None and m in drawn]

    def turned_direction(self, norm: str) -> np.ndarray:
        """The unit direction the turning pull has reached on its current leg."""
        start, end = self.pull_leg[norm]
        return turn_direction(start, end, float(np.clip(self.turn[norm].get_value(), 0.0, 1.0)))

    def get_moving_center(self, own: np.ndarray, axis_dir: np.ndarray, mirror: np.ndarray
                          ) -> dict[str, object] | None:
        """Other data's ŵ′ on ridge's panel while the pull turns (regmath's
        `ridge_pull_center`): a dot in ŵ's colour, its "ŵ" label above it, their updaters
        and the path's samples (for what must keep clear of it); None when ŵ is off the
        picture or its path leaves the view."""
        ridge, axes = self.solutions["l2"], self.axes["l2"]
        if not self.center_shown:
            return None
        legs = [(own, axis_dir), (axis_dir, mirror)]
        path = np.array([ridge_pull_center(self.loss, ridge, turn_direction(a, b, tau))
                         for a, b in legs for tau in np.linspace(0.0, 1.0, 13)])
        if not self.view.contains(path):
            return None
        dot = marker(to_scene(axes, self.loss.center), CENTER_COLOR, radius=0.07, z_index=4)
        label = haloed(MathTex(r"\hat w", font_size=36, color=CENTER_COLOR))
        # Right of the dot, off the ray of ŵ it crosses (review r50 item 3: above it, the
        # label sat on the ray and left; the moved ŵ then had no name).
        label.next_to(dot, RIGHT, buff=0.1)
        offset = label.get_center() - dot.get_center()

        def where() -> np.ndarray:
            return to_scene(axes, ridge_pull_center(self.loss, ridge,
                                                    self.turned_direction("l2")))

        samples = [polyline(axes, path)]
        # The label's path too (its box at each sample).
        for p in to_scene(axes, path):
            samples.append(label.copy().move_to(p + offset))
        return {"dot": dot, "label": label, "path": samples,
                "follow": lambda m: m.move_to(where()),
                "follow_label": lambda m: m.move_to(where() + offset)}

    def axis_glow(self, norm: str, index: int) -> VMobject:
        """The axis where weight ``index`` is 0, lit: thin and under the axes, the balls
        and the dots (review r37 item 6: a wide red band over the axis hid its ticks and
        the lasso's w*)."""
        # Not w*'s red (review r51 item 3: red across the green disc), nor the normals'
        # yellow (review r52 item 4: at 120 s ridge's yellow dashed normal lay on a yellow
        # axis band): a white band (palette: center), apart from yellow for every
        # deficiency (it differs in chroma, not hue).
        return polyline(self.axes[norm], axis_line(self.view, index),
                        stroke_color=CENTER_COLOR, stroke_width=8, stroke_opacity=0.35,
                        z_index=-1)

    def get_turn_readout(self, pull: np.ndarray, drawn: list[VMobject]
                         ) -> tuple[VMobject, Callable[[VMobject], None]]:
        """"w₁* = +0.249", live while ridge's pull turns: the weight whose axis the pull
        sweeps through (the other entry of `nearest_axis`), in the result line's unit and
        decimals, in an empty inner corner of ridge's panel; and its updater."""
        ridge = self.solutions["l2"]
        k = 1 - int(np.argmax(np.abs(nearest_axis(pull))))
        power = unit_power(list(ridge.point))
        values = in_unit(list(ridge.point), power)
        # Decimals for the entries that show at the result line's scale: a weight a
        # millionth of the largest (variant near-ray-offdiag's one-ulp w₁* ≈ 10⁻¹⁶) would ask
        # for 18 of them, a readout wider than the panel.
        big = max(abs(v) for v in values)
        decimals = max(decimals_for(v) for v in values if abs(v) >= 1e-6 * big)
        readout = Readout(weight_template(k, values, power, "l2", decimals), values[k],
                          font_size=TAKEAWAY_FONT, color=SOLUTION_COLOR)
        axes = self.axes["l2"]
        # Clear of every place the turning pull, its radius and ring reach.
        sweep_path = [polyline(axes, np.array([np.zeros(2), self.t * np.asarray(d)]))
                      for d in (pull, mirrored_across_axis(pull))]
        obstacles = [*self.balls["l2"], self.contours["l2"], self.centers["l2"],
                     self.tangent_labels["l2"], self.tangent_dots["l2"],
                     *self.level_labels.values(), *drawn, *sweep_path,
                     *axes.x_axis.numbers, *axes.y_axis.numbers,
                     # r94 (review r89 item 4: the lit axis crossed "w₁*,ridge = 0"): clear
                     # of the axis the pull turns through, which is lit as it reads 0.
                     polyline(axes, axis_line(self.view, k))]
        self.place_in_corner(readout, "l2", obstacles)
        self.off_w2_axis(readout, "l2", room=0.5)

        def follow(m: VMobject) -> None:
            point = self.pull_problem_ends("l2")[0]
            m.set_values(in_unit(list(point), power)[k])

        return readout, follow

    def get_slide_readout(self, zero_index: int, obstacles: list[VMobject]
                          ) -> tuple[VMobject, Callable[[VMobject], None]]:
        """"w₁* = +0.000", live while other data's lasso w*′ slides off the corner along the
        edge (`pull_problem_ends`): the weight the corner zeroes, in the result line's unit
        and decimals, in an empty inner corner of the lasso's panel; and its updater."""
        lasso = self.solutions["l1"]
        power = unit_power(list(lasso.point))
        values = in_unit(list(lasso.point), power)
        # Ridge's readout's decimals (review r51 item 10: "+0.10" here, "+0.173" there).
        ridge = self.solutions["l2"]
        decimals = max(decimals_for(v) for v in [
            *(x for x in values if x != 0.0),
            *(x for x in in_unit(list(ridge.point), unit_power(list(ridge.point))) if x != 0.0)])
        readout = Readout(weight_template(zero_index, values, power, "l1", decimals), 0.0,
                          font_size=TAKEAWAY_FONT, color=SOLUTION_COLOR, exact_zeros=True)
        axes = self.axes["l1"]
        self.place_in_corner(readout, "l1", [*obstacles, *axes.x_axis.numbers,
                                             *axes.y_axis.numbers])

        def follow(m: VMobject) -> None:
            m.set_values(in_unit(list(self.pull_problem_ends("l1")[0]), power)[zero_index])

        return readout, follow

    def place_pull_def(self, text: VMobject, slide: dict[str, object]) -> bool:
        """"pull = −∇f(w)" on ridge's panel, nearest its lower right corner, clear of what is
        drawn while the ring slides (layout only)."""
        axes = self.axes["l2"]
        # r68 (review r67 item 4: 250 px from its arrow): as near the pull's arrow as is
        # clear (else the panel's lower right corner).
        obstacles = [
            *self.balls["l2"], self.contours["l2"], *self.centers["l2"],
            self.tangent_labels["l2"], self.tangent_dots["l2"], *self.level_labels.values(),
            *(m for k in ("ring", "pull", "along", "along_label") if k in slide
              for m in [slide[k]]), axes, *axes.x_axis.numbers, *axes.y_axis.numbers,
            *self.panels["l2"][1:]]
        # r80: the line is longer (= H(ŵ − w)); it keeps off the lasso's panel.
        beside = [*obstacles, *self.panels["l1"]]
        if "pull" in slide and nearest_clear(text, slide["pull"].get_end(), beside,
                                             reach=2.4, step=0.1):
            # r76 (review r75 item 5: it ran on from the axis's name, "w₂ pull = …"): a
            # word's gap from the w₂ label when it sits on that label's line.
            name = self.panels["l2"][2]
            same_line = abs(text.get_center()[1] - name.get_center()[1]) < name.height
            gap = text.get_left()[0] - name.get_right()[0]
            if same_line and 0.0 <= gap < AXIS_NAME_GAP:
                text.shift((AXIS_NAME_GAP - gap) * RIGHT)
            return True
        if nearest_clear(text, axes.get_corner(DOWN + RIGHT), obstacles,
                         inside=self.panels["l2"], reach=3.0):
            return True
        # Under the panel's axes, clear of the caption strip.
        text.next_to(axes, DOWN, buff=0.2)
        return _inside_safe_area(text) and nearest_clear(text, text.get_center(), beside,
                                                         reach=0.6, gap=0.0)

    def place_in_corner(self, text: VMobject, norm: str, obstacles: list[VMobject], *,
                        corners: tuple = (DOWN + RIGHT, DOWN + LEFT, UP + LEFT, UP + RIGHT)
                        ) -> bool:
        """``text`` in the first inner corner of the panel clear of ``obstacles`` and the
        axes (bottom right, bottom left, top left, top right); False when none is."""
        axes = self.axes[norm]
        samples = _outline_samples(obstacles)
        lines = _outline_samples([axes])
        for corner in corners:
            text.move_to(axes.get_corner(corner) - corner * (0.1 + np.array(
                [text.width / 2.0, text.height / 2.0, 0.0])))
            if (_inside_safe_area(text) and not _box_meets(text, samples, _CLEARANCE)
                    and not _box_meets(text, lines, _CLEARANCE)):
                return True
        return False

    def off_w2_axis(self, text: VMobject, norm: str, *, room: float = 0.0) -> None:
        """r68 (review r67 item 4: a corner text touched the w₂ axis): ``text``, when it
        starts just right of ``norm``'s w₂ axis, moved right to AXIS_CLEARANCE from it, if
        it stays within AXIS_STEP_LIMIT of the axes' right end and the safe area with
        ``room`` to spare (a readout widens). Layout only."""
        axes = self.axes[norm]
        axis_x = axes.c2p(0.0, 0.0)[0]
        left = text.get_left()[0]
        if not axis_x - 0.3 <= left < axis_x + AXIS_CLEARANCE:
            return
        shift = axis_x + AXIS_CLEARANCE - left
        if (text.get_right()[0] + shift + room <= min(axes.get_right()[0] + AXIS_STEP_LIMIT,
                                                      config.frame_x_radius - 0.3)):
            text.shift(shift * RIGHT)

    def get_pull_labels(self, arrows: dict[str, MovingArrow], radius: VMobject,
                        wedge: VMobject) -> dict[str, VMobject]:
        """"−∇f(w*)" by each arrow's tip, "normal" by the radius's middle, "normal cone" by
        the wedge's far edge (regmath's `cone_label_anchor`), each clear of what is drawn."""
        lasso = self.solutions["l1"]
        labels: dict[str, VMobject] = {}
        for norm in NORMS:
            axes = self.axes[norm]
            # Named per point, and what "the pull" is written once (review r34 items 2, 6).
            # "pull" by the arrow, and what it is per point, "pull = −∇f(w*_ridge)", in a
            # corner of the panel (review r34 items 3, 6: by the arrow that line found no
            # clear place and sat on the contour).
            label = legible(MathTex(r"\text{pull}", font_size=PULL_FONT,
                                    color=GRADIENT_COLOR))
            obstacles = [self.balls[norm], self.contours[norm], self.centers[norm],
                         self.tangent_labels[norm], self.tangent_dots[norm],
                         *self.level_labels.values(), arrows[norm],
                         *axes.x_axis.numbers, *axes.y_axis.numbers]
            if norm == "l1":
                obstacles.append(wedge)
            else:
                obstacles.append(radius)
            tip = arrows[norm].get_end()
            if not place_by_arrow(label, arrows[norm].get_start(), tip, [*obstacles, axes]):
                place_clear(label, tip, tip - arrows[norm].get_start(), obstacles,
                            minor=[axes], buff=0.08)
            labels[norm] = label
        axes = self.axes["l2"]
        normal = legible(MathTex(r"\text{normal}", font_size=PULL_FONT, color=NORMAL_COLOR))
        foot = arrows["l2"].get_start()
        # A third of the way out, where the circle leaves the most room beside the radius.
        middle = axes.c2p(0, 0) + NORMAL_AT * (foot - axes.c2p(0, 0))
        along = foot - axes.c2p(0, 0)
        across = np.array([along[1], -along[0], 0.0])
        place_clear(normal, middle, across, [radius, self.balls["l2"][1],
                                             arrows["l2"], labels["l2"],
                                             self.tangent_labels["l2"], self.tangent_dots["l2"],
                                             *axes.x_axis.numbers, *axes.y_axis.numbers,
                                             # r68 (review r67 item 4: "normal" sat on
                                             # the w₁ axis): the axes a full obstacle.
                                             axes.x_axis, axes.y_axis], buff=0.12)
        labels["normal"] = normal
        axes = self.axes["l1"]
        cone = legible(MathTex(r"\text{normal cone}", font_size=PULL_FONT, color=CONE_COLOR))
        anchor, direction = cone_label_anchor(lasso, length=self.cone_length())
        place_clear(cone, to_scene(axes, anchor), direction,
                    [wedge, arrows["l1"], labels["l1"], self.balls["l1"][1],
                     self.contours["l1"], self.centers["l1"], self.tangent_labels["l1"],
                     *self.level_labels.values(), *axes.x_axis.numbers,
                     *axes.y_axis.numbers], minor=[axes], buff=0.1)
        labels["cone"] = cone
        # What each pull is (review r34 items 3, 6), in an empty corner of its panel (none
        # clear: the words alone say it) ("pull" alone by the arrow: "−∇f(w*_ridge)" found
        # no clear place there).
        for norm in NORMS:
            axes = self.axes[norm]
            pull = legible(MathTex(r"\text{pull} = " + PULL_TEX[norm], font_size=PULL_FONT + 2,
                                   color=GRADIENT_COLOR))
            drawn = ([radius, labels["normal"]] if norm == "l2"
                     else [wedge, labels["cone"]])
            if self.place_in_corner(pull, norm, [
                    *self.balls[norm], self.contours[norm], self.centers[norm], *drawn,
                    arrows[norm], labels[norm], self.tangent_labels[norm],
                    self.tangent_dots[norm], *self.level_labels.values(),
                    *(polyline(axes, c) for c in self.why_curves(norm)),
                    *axes.x_axis.numbers, *axes.y_axis.numbers]):
                self.off_w2_axis(pull, norm)
                labels["pull_" + norm] = pull
        return labels

    def get_takeaway(self, zero: object, drawn: list[VMobject], glow: VGroup
                     ) -> VMobject | None:
        """"w₁* = 0 exactly" in an empty inner corner of the lasso's panel (None when the
        lasso's w* has no zero, or no corner is clear)."""
        if zero is None:
            return None
        axes = self.axes["l1"]
        obstacles = [*self.balls["l1"], self.contours["l1"], self.centers["l1"], *glow,
                     self.tangent_labels["l1"], *self.level_labels.values(),
                     *drawn, *axes.x_axis.numbers, *axes.y_axis.numbers]
        # With its method where a corner has room for it (review r50 item 7), else bare
        # (it sits on the lasso's panel, the only w₁* on screen then).
        k = self.solutions["l1"].zero_weights[0]
        for tex in (method_weight_tex(k, "l1"), zero.tex):
            text = legible(MathTex(tex + r" = 0\text{ exactly}", font_size=TAKEAWAY_FONT,
                                   color=SOLUTION_COLOR))
            if self.place_in_corner(text, "l1", obstacles):
                return text
        return None

    def contour_level(self, norm: str) -> float:
        """The growing contour's level: α² f(w*_lasso), held at ridge's touching level
        once it has touched the circle."""
        alpha = self.growth.get_value()
        if norm == "l2" and alpha >= self.ridge_touch:
            return self.solutions["l2"].level
        return float(growth_levels(self.solutions["l1"].level, [alpha])[0])

    def follow_contour(self, mobject: VMobject, norm: str) -> None:
        set_pieces(mobject, self.axes[norm],
                   clip_polyline(level_set(self.loss, self.contour_level(norm),
                                           samples=self.contour_samples), self.view))

    def visible(self, segment: np.ndarray) -> list[np.ndarray]:
        """The part of a bar inside the view; none for a bar of length 0."""
        if np.array_equal(segment[0], segment[-1]):
            return []
        return clip_polyline(segment, self.view)

    # -------------------------------------------------------------- builders
    def get_contour(self, norm: str, level: float, *, faint: bool = False) -> VMobject:
        curve = VMobject(stroke_color=LOSS_COLOR, stroke_width=2 if faint else 4,
                         stroke_opacity=0.45 if faint else 1.0)
        return set_pieces(curve, self.axes[norm],
                          clip_polyline(level_set(self.loss, level, samples=self.contour_samples),
                                        self.view))

    def get_hessian_note(self) -> VMobject:
        """H's line (the loss's second line) at the foot of the frame between the panels,
        above the caption strip: kept on screen while the pull and H⁻¹ use it (r87: in the
        lower left corner at full size it met ridge's result line, reviews r87 and r87b).
        Layout only."""
        note = self.hessian_plain.copy().set_color(WHITE).scale(H_NOTE_SCALE)
        note.set_x(0.0)
        note.shift((CAPTION_TOP + H_NOTE_BUFF - note.get_bottom()[1]) * UP)
        return note

    def get_loss_lines(self) -> VGroup:
        """f(w) = ½(w − ŵ)ᵀH(w − ŵ) at the top between the headings, H under it."""
        h = numbers(np.asarray(self.loss.hessian).ravel(), distinct=True)
        matrix = (r"\left(\begin{smallmatrix}" + f"{h[0].tex} & {h[1].tex}" + r"\\"
                  + f"{h[2].tex} & {h[3].tex}" + r"\end{smallmatrix}\right)")
        loss = merged(MathTex(LOSS_TEX, font_size=LOSS_FONT)).move_to([0.0, LOSS_Y, 0.0])
        # r94 (review r89 item 7: H never tied to the data): "H = XᵀX" on its first line
        # only (f is least squares' ½‖y − Xw‖² up to a constant); the note kept at the
        # foot from the contours on is H's matrix alone.
        lines = []
        for head_tex in (r"H = X^\top X =", "H ="):
            line = MathTex(head_tex + " " + matrix, font_size=HESSIAN_FONT)
            # "H =" at the loss line's size (review r36 item 10: it read larger than f(w));
            # the matrix keeps HESSIAN_FONT (its small entries need it).
            head = VGroup(*line[0][:len(MathTex(head_tex)[0])])
            head.scale(LOSS_FONT / HESSIAN_FONT, about_point=head.get_right())
            line.move_to([0.0, HESSIAN_Y, 0.0])
            # Between the loss and the caption strip whatever its entries: a lecturer's 1e-9
            # entries ("×10⁻⁹") made H tall enough at HESSIAN_FONT to dip into the strip.
            floor = CAPTION_TOP + H_FLOOR_GAP
            ceiling = loss.get_bottom()[1] - H_FLOOR_GAP
            if line.height > ceiling - floor:
                line.scale((ceiling - floor) / line.height)
            if line.get_bottom()[1] < floor:
                line.shift((floor - line.get_bottom()[1]) * UP)
            lines.append(line)
        hessian, self.hessian_plain = lines
        return VGroup(loss, hessian)

    def get_center_marker(self, norm: str) -> VGroup:
        """ŵ as a dot with its label, or an arrow at the frame's edge pointing to it."""
        axes = self.axes[norm]
        label = haloed(MathTex(r"\hat w", font_size=36, color=CENTER_COLOR))
        if self.center_shown:
            dot = marker(to_scene(axes, self.loss.center), CENTER_COLOR, radius=0.07)
            # Along the contours' long axis, where the faint rings leave the most room: of
            # the compass directions, the one whose contour point lies furthest from ŵ.
            compass = [(1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0),
                       (1.0, 1.0), (-1.0, 1.0), (1.0, -1.0), (-1.0, -1.0)]
            reach = [float(np.linalg.norm(level_anchor(self.loss, 1.0, d) - self.loss.center))
                     for d in compass]
            # Clear of what is drawn around ŵ by the end: the axes and their numbers (at
            # milli scale "ŵ" sat on "−0.002"), the balls, the touching contours and the
            # dashed lines from ŵ to the axes (the growing contours pass under it).
            drawn = [norm] if norm == NORMS[0] else list(NORMS)
            curves = [ball_outline(n, self.t) for n in drawn]
            curves += [piece for n in drawn
                       for piece in clip_polyline(level_set(self.loss, self.solutions[n].level),
                                                  self.view)]
            curves += drop_lines(self.loss.center)
            # And off the faint rings (review r30: "ŵ" sat on the innermost one).
            curves += [piece for level in self.ring_stops()[1]
                       for piece in clip_polyline(level_set(self.loss, float(level)), self.view)]
            obstacles = [axes, *axes.x_axis.numbers, *axes.y_axis.numbers,
                         *(polyline(axes, c) for c in curves)]
            # Next to its dot (review r48 item 7: at the end of a long leader, the leader
            # cut every ring): on the diagonal most along w* → ŵ (away from where the
            # pulls come later; the diagonals miss the dashed lines to the axes), inside
            # the innermost ring where it fits; else outside the contours, with a leader.
            diagonals = [np.array(c) for c in compass[4:]]
            away = np.asarray(self.loss.center) - self.solutions[norm].point
            near = diagonals[int(np.argmax([float(d @ away) for d in diagonals]))]
            place_clear(label, dot.get_center(), np.array([near[0], near[1], 0.0]),
                        obstacles, buff=0.06)
            if (np.linalg.norm(label.get_center() - dot.get_center())
                    <= NEXT_TO_DOT * (label.width + label.height)):
                return VGroup(dot, label)
            outside = self.label_outside(label, dot, norm, obstacles)
            if outside is not None:
                return VGroup(dot, outside)
            place_clear(label, dot.get_center(), compass[int(np.argmax(reach))],
                        obstacles, buff=0.06)
            return VGroup(dot, label)
        start, tip = to_scene(axes, pointer_segment(self.loss.center, self.view))
        pointer = Arrow(start, tip, stroke_width=5, color=CENTER_COLOR, buff=0.0,
                        max_tip_length_to_length_ratio=0.4)
        label.next_to(start, -(tip - start) / np.linalg.norm(tip - start), buff=0.06)
        return VGroup(pointer, label)

    def label_outside(self, label: VMobject, dot: VMobject, norm: str,
                      obstacles: list[VMobject]) -> VMobject | None:
        """ŵ's label just outside the panel's largest contour (its own w*'s level: regmath's
        `level_anchor` in a compass direction), joined to the dot by a thin leader, so no
        ring nor growing contour ever crosses it (review r32 item 4); the shortest leader
        of the directions where it lies in the panel clear of ``obstacles``. None where no
        direction is clear."""
        axes = self.axes[norm]
        level = max(self.solutions[n].level for n in ([norm] if norm == NORMS[0] else NORMS))
        samples = _outline_samples(obstacles)
        low, high = axes.get_corner(DOWN + LEFT), axes.get_corner(UP + RIGHT)
        # Away from the panel's w* (where the pulls and their labels come later): of the
        # clear directions, the one most along w* → ŵ, then the shortest leader.
        away = np.asarray(self.loss.center, dtype=float) - np.mean(
            [self.solutions[n].point for n in ([norm] if norm == NORMS[0] else NORMS)], axis=0)
        away = away / max(float(np.linalg.norm(away)), 1e-300)
        best, shortest = None, None
        for d in [(0.0, 1.0), (1.0, 0.0), (0.0, -1.0), (-1.0, 0.0),
                  (1.0, 1.0), (-1.0, 1.0), (1.0, -1.0), (-1.0, -1.0)]:
            anchor = level_anchor(self.loss, level, d)
            if not self.view.contains(anchor):
                continue
            label.next_to(to_scene(axes, anchor), as_direction(np.asarray(d)), buff=LABEL_OUT)
            box_low, box_high = label.get_corner(DOWN + LEFT), label.get_corner(UP + RIGHT)
            if (np.any(box_low[:2] < low[:2]) or np.any(box_high[:2] > high[:2])
                    or not _inside_safe_area(label)
                    or _box_meets(label, samples, _CLEARANCE)):
                continue
            unit = np.asarray(d) / np.linalg.norm(d)
            # Directions within 0.25 of the best alignment count as equally good.
            reach = (-round(4.0 * float(unit @ away)) / 4.0,
                     float(np.linalg.norm(label.get_center() - dot.get_center())))
            if shortest is None or reach < shortest:
                best, shortest = label.get_center().copy(), reach
        if best is None:
            return None
        label.move_to(best)
        # From the dot's edge to the label's nearest box point, thin, in ŵ's colour.
        toward = best - dot.get_center()
        start = dot.get_center() + 0.1 * toward / np.linalg.norm(toward)
        end = np.clip(start, label.get_corner(DOWN + LEFT), label.get_corner(UP + RIGHT))
        # A dark halo under it and drawn over the rings and contours (review r37 item 6:
        # the leader ran through the rings): the rings stop short of it, it crosses none.
        leader = Line(start, end, stroke_width=2, color=CENTER_COLOR, stroke_opacity=0.8)
        leader.set_stroke(BACKGROUND, width=8, background=True)
        leader.set_z_index(LABEL_Z - 1)
        return VGroup(label, leader)

    def over_contours(self) -> list[VMobject]:
        """Labels the growing contours may pass under: ŵ's and the tick numbers they reach."""
        labels: list[VMobject] = []
        for norm in NORMS:
            region = self.get_contour(norm, self.solutions[norm].level)
            axes = self.axes[norm]
            candidates = [*self.centers[norm], *axes.x_axis.numbers, *axes.y_axis.numbers]
            labels += overlapping(region, candidates)
        return labels

    def get_solution_label(self, norm: str) -> VMobject:
        sol, axes = self.solutions[norm], self.axes[norm]
        label = legible(MathTex(SOLUTION_NAMES[norm], font_size=36, color=SOLUTION_COLOR))
        dot = self.tangent_dots[norm]
        away = [self.loss.center - sol.point, *boundary_tangents(sol)]
        # Prefer into the ball: the contour and ŵ's rings lie outside it.
        preferred = -np.asarray(sol.normal[:2], dtype=float)
        if sol.at_corner:
            # At a corner, along the axis away from the ball, then off to the side away from
            # ŵ: not on the diamond's edges nor inside its fill.
            preferred = np.asarray(sol.point, dtype=float) - np.sign(away[0]) * (
                np.asarray(sol.point, dtype=float) == 0.0)
        # Nor ridge's ring and its label on the lasso's panel, nor the dashed contour.
        extra = ([self.ghosts["point"], self.ghosts["label"], *self.ghosts["contour"],
                  self.ghosts["circle"]]
                 if norm == "l1" and hasattr(self, "ghosts") else [])
        labels = [self.level_labels[norm]] if norm in getattr(self, "level_labels", {}) else []
        # What is drawn later near w*: the pulls and the normal or cone.
        later = [polyline(axes, curve) for curve in self.why_curves(norm)]
        obstacles = [self.balls[norm], self.contours[norm], self.centers[norm], *extra,
                     *labels,
                     # (The lasso's: up and right of its corner, among ŵ's rings, it read as
                     # a label of ŵ; ridge's label keeps its place by its dot.)
                     *(self.rings_groups[norm] if norm == "l1" else []),
                     *later,
                     *axes.x_axis.numbers, *axes.y_axis.numbers]
        place_clear(label, dot.get_center(), preferred, obstacles, minor=[axes])
        if not _box_meets(label, _outline_samples(obstacles), _CLEARANCE):
            return label
        # Nowhere clear right by the dot (a lecturer's milli-scale data: circle, contour,
        # axis and bars within a label's width of ridge's w*): a little further, on empty
        # panel, joined to the dot by a thin leader, as ridge's ghost label is.
        near = label.get_center()
        leader = place_off(label, dot, [*obstacles, axes], away=np.zeros(3))
        if _box_meets(label, _outline_samples([*obstacles, axes]), _CLEARANCE):
            return label.move_to(near)  # no clear place within reach either: by the dot
        return VGroup(label, leader)

    def get_result_lines(self, norm: str) -> VGroup:
        """"w* = (0.249, 0.968)" under the panel, beside the centred loss (`fit_beside`);
        numbers of extreme size share one power of ten ("(−0.373, −0.928)×10⁻³",
        `unit_power`). (r79, a cut round: the factor line under it went with the ridge
        shrinkage detour; ShrinkagePaths tells that story.)"""
        sol = self.solutions[norm]
        power = unit_power(list(sol.point))
        values = dict(zip(range(2), unit_numbers(list(sol.point), power)))
        where = "(" + r",\ ".join(values[i].tex for i in range(2)) + ")" + unit_tex(power)
        first = MathTex(SOLUTION_NAMES[norm], "=", where, font_size=RESULT_FONT)
        below = self.panels[norm].get_bottom()[1] - 0.12
        first.move_to([PANEL_CENTERS[norm][0], below - first.height / 2, 0.0])
        lines = VGroup(first)
        fit_beside(lines, self.loss_lines, outer=self.panels[norm][0],
                   side=LEFT if norm == NORMS[0] else RIGHT, top=below)
        return VGroup(merged(first))
