"""Shrinkage paths as λ grows, and the penalty ⇔ constraint correspondence.

    manim render -pql scenes/paths.py ShrinkagePaths
    manim render -pql scenes/paths.py PenaltyEqualsConstraint

The problem is class attributes; a variant is a subclass that overrides them:

    class MyCase(ShrinkagePaths):
        center = (2.5, 0.4)
        hessian = ((1.1, -0.5), (-0.5, 3.9))

Storyboard of ShrinkagePaths, one section per beat:

* problem: the plane with ŵ, the two penalties, the plots of w₁(λ) and w₂(λ)
  and one λ cursor shared by the plots and the plane (the two dots).
* problem also draws f's faint contours around ŵ (H sets their shape); the last
  one passes through the first knot.
* first-piece: λ grows from 0 to the first knot, slowing into it; at the knot
  a flash names λ and the weight that leaves (or joins), and the kinks in the
  plots; there the contour through the knot touches the diamond ‖w‖₁ ≤ ‖w*‖₁
  (said: the constrained view of the same point)
  at its corner (when the knot is on an axis), magnified in an inset in the
  plane's corner farthest from the knot (`regmath.paths.corner_inset`).
* straight: why the piece is straight, on a replay of the first piece (said; the
  old traces stay faint): s defined on its own row before its arrow; on the free
  weights H(w − ŵ) = −λs (on screen from its words to the beat's end), so while
  the signs s hold w(λ) is affine in λ (the dashed line, drawn past the knot,
  where it would flip a sign).
* pieces: the remaining pieces and knots, each named as it happens, up to
  λ_max = ‖Hŵ‖∞ and past it (the lasso exactly 0).
* ridge: ridge's w(λ) = (H + λI)⁻¹Hŵ, its plots bending away from dashed
  straight chords, a curve or a straight segment in the plane as the data say
  (the grey chord: its path if H were a multiple of I), and where a ridge
  weight passes through 0.
* summary: the knots and what they did; ridge's small, nonzero w at the last λ.

Storyboard of PenaltyEqualsConstraint:

* penalty: ŵ, the lasso f(w) + λ‖w‖₁ at one λ, its solution w*.
* constraint: the diamond ‖w‖₁ ≤ t with t = ‖w*‖₁ and its solution, the same point.
* why: at w* the loss's pull −∇f(w*) is balanced by the penalty's −λg (g a
  subgradient of ‖w‖₁); g is the diamond's normal at w*, so the contour through
  w* touches the diamond there; the Lagrangian's stationarity is the same
  balance, so λ is the constraint's multiplier.
* curve: the t(λ) curve, a marker on it.
* sweep: λ up to λ_max (t = 0; why: Hŵ's tip reaches the box λ[−1, 1]² of the
  pulls the penalty can give at 0), the flat part beyond; down to each corner
  knot with the corner's normal cone riding on the corner while g = −∇f(w*)/λ
  turns to its edge (the kink), and past it (w* slides off the corner); down
  to 0 (t = ‖ŵ‖₁, and every larger t gives λ = 0), back to the start; both
  formulations stay on screen with live λ and t.
* ridge: ridge's radius ‖w*(λ)‖₂ never reaches 0, where the lasso's t is 0.
* verdict: the pair (λ, t).

Every coordinate comes from `regmath` (`regmath.paths` for the paths, knots,
segment lines and ridge's closed form; `regmath.framing` for the view), and
every claim is chosen by facts computed there; data the scenes cannot show
truthfully are refused in ``setup()``, naming the attribute.
"""

from __future__ import annotations

import math
from typing import Any, ClassVar

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    DL,
    UR,
    Arrow,
    always_redraw,
    Axes,
    Circle,
    Create,
    DashedLine,
    DashedVMobject,
    FadeIn,
    Flash,
    GrowArrow,
    Line,
    MathTex,
    NumberLine,
    SurroundingRectangle,
    Tex,
    Transform,
    ValueTracker,
    config,
    VGroup,
    VMobject,
    linear,
    rate_functions,
    smooth,
    there_and_back,
)

from regmath import Quadratic, Solution, constrained, lasso_path, penalized, ridge_path
from regmath.drawing import (
    ViewBox,
    frame_outline,
    axis_range,
    ball_outline,
    boundary_tangents,
    diamond_edge,
    growth_levels,
    scaled_arrow,
    subgradient_segment,
    level_set,
    normal_arrow,
    normal_cone_wedge,
    pull_arrow,
    push_arrow,
    view_box,
)
from regmath.framing import clip_polyline, focus_view
from regmath.l1 import lasso
from regmath.lp import lp_norm
from regmath.penalty import (
    abs_graph,
    abs_support,
    round_strength,
    subgradient_box,
    subgradient_reach,
    subgradient_scale,
    subgradient_set,
)
from regmath.paths import (
    KnotEvent,
    clip_polygon,
    coefficient_range,
    first_segment,
    isotropic_hessian,
    knot_events,
    nearest_knot_share,
    nearest_piece,
    radius_curve,
    ridge_always_zero,
    ridge_is_straight,
    ridge_zero_crossings,
    segment_line,
    approach_strength,
    corner_inset,
    ridge_arrival,
    center_direction,
    pull_at_zero,
    padded_axis,
    shrinkage_paths,
    strength_axis,
)
from scenes.toolkit.emphasis import Indicate
from scenes.toolkit.motion import sweep
from scenes.toolkit.narration import KEY_SETTLE_SECONDS, paced
from scenes.toolkit.notation import (
    SYMBOLS,
    Number,
    Phrase,
    decimals_for,
    number,
    numbers,
    point,
    weight,
    weight_star,
)
from scenes.toolkit.params import (
    fixed,
    integer,
    number_in,
    point as a_point,
    positive_definite,
    refuse,
)
from scenes.toolkit.readout import Readout, number_format
from scenes.toolkit.reveal import Conceal, Dim, Reveal, Undim
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import (
    BALL_COLORS,
    BACKGROUND,
    CAPTION_TOP,
    CENTER_COLOR,
    GRADIENT_COLOR,
    LOSS_COLOR,
    MUTED_COLOR,
    NORMAL_COLOR,
    PANEL_LEFT,
    PANEL_RIGHT,
    SOLUTION_COLOR,
    TEXT_COLOR,
    boxes_meet,
    decimals as decimals_of,
    legible,
    make_axes,
    make_plot,
    marker,
    place_clear,
    INSET_STYLE,
    _COMPASS,
    _inside_safe_area,
    _outline_samples,
    CLEARANCE,
    OUTSIDE_COST,
    polyline,
    set_pieces,
    to_scene,
)

__all__ = ["ShrinkagePaths", "PenaltyEqualsConstraint"]

LASSO_COLOR, RIDGE_COLOR = BALL_COLORS["l1"], BALL_COLORS["l2"]
KNOT_COLOR = NORMAL_COLOR  # knots are exact zeros: the palette's yellow, ringed dark
#: Below this, ŵ cannot be drawn with readable tick numbers (and the paths are a point).
MIN_CENTER = 1e-3
#: A nonzero weight of ŵ this small beside the larger one puts ŵ next to an axis.
NEAR_AXIS = 0.05
#: ShrinkagePaths: λ is written m × 10ᵉ with one exponent e (readout, ticks, knots, words)
#: when its knots need more decimals than this (a lecturer's λ ~ 1e-4 read "0.000150" and ran
#: off the frame beside "1.00×10⁻⁴" and ticks "0.00005").
LAM_DECIMALS = 4
#: ... its readout then at this font size, this far from the frame's edge and the header.
READOUT_SMALL = 32
READOUT_MARGIN = 0.15
READOUT_BUFF = 0.25
#: ShrinkagePaths: the view holds f's contours whole when that widens it at most this much.
WHOLE_CONTOURS = 1.6
#: ShrinkagePaths: the λ cursor's gap around a row of tick numbers (scene units).
CURSOR_GAP = 0.08
#: ... and leaves out any piece shorter than this (scene units).
CURSOR_STUB = 0.12
#: ShrinkagePaths: a knot's tag keeps this far from the header's lines (scene units).
TAG_GAP = 0.1
#: ... sits this far above its plot's top, and this far right of the weight axis.
TAG_BUFF = 0.1
TAG_AXIS_GAP = 0.15
#: ShrinkagePaths: a riding balance arrow's label fades in from this share of its length at
#: the knot (over the next quarter).
LABEL_FROM = 0.45
#: ShrinkagePaths: the plots' dashed extrapolation stops this far (scene units) from a tick
#: number, so its end does not read as the number's minus sign.
NUMBER_CLEAR = 0.2
#: The λ axis runs to this multiple of λ_max, so the flat lasso past λ_max shows.
LAMBDA_EXTENT = 1.15
#: Two knots (or the first knot and 0) closer than this share of the λ axis cannot be told apart.
MIN_KNOT_SHARE = 0.03
PANEL_FONT = 28
PLOT_X = 3.85
PLOT_SIZE = (5.0, 1.5)
#: The least gap between the λ plots and the frame's right edge.
PLOT_MARGIN = 0.1
PLOT_Y = (1.15, -1.15)
#: The dashed line of the first piece runs this far past its knot (share of the knot's λ).
LINE_PAST = 0.6
#: PenaltyEqualsConstraint: the pull −∇f(w*) at the rest is this share of t long.
ARROW_SHARE = 0.8
#: PenaltyEqualsConstraint: the rest diamond spans at least this share of the view.
BALL_SHARE = 0.45
#: PenaltyEqualsConstraint: the largest diamond (t = ‖ŵ‖₁) is framed whole when the rest
#: diamond keeps at least this share of that view (else it is clipped at the view).
#: (0.35, was 0.22: at the default data the rest diamond was a quarter of a 7-unit view and
#: w*'s arrows ~70 px at 720p; clipping the largest diamond magnifies the lesson's moment 1.4×.)
FULL_BALL_SHARE = 0.35
#: PenaltyEqualsConstraint: g's direction and the normal cone are drawn this share of t
#: long (a direction only; the pull −∇f(w*) = λg is ARROW_SHARE · t).
NORMAL_SHARE = 1.2
#: PenaltyEqualsConstraint: the normal cone's wedge reaches at least this multiple of the
#: pull −∇f(w*)'s length, so the pull drawn from w* lies inside it, tip and all.
CONE_OVER = 1.15
#: PenaltyEqualsConstraint: the view holds the touching contour and the largest diamond
#: whole (margin WHOLE_MARGIN of its extent) when the rest diamond keeps this share of it.
WHOLE_SHARE = 0.25
WHOLE_MARGIN = 0.03
#: PenaltyEqualsConstraint: the least time (s) of a λ sweep that carries a lesson.
LESSON_SWEEP = 5.0
#: PenaltyEqualsConstraint: seconds the normal cone's wedge rests, with no new text.
WEDGE_HOLD = 0.5
#: ... and the Lagrangian's beat rests this long after its words (the checklist ≥ 5 s later).
#: PenaltyEqualsConstraint: the labels of −∇f(w*) and −λg show only while their arrows are
#: at least this long (scene units); shorter, they would pile up on w* and its ring.
LABEL_ARROW = 0.45
#: PenaltyEqualsConstraint: the t(λ) plot's annotations (knot values, λ_max, t = 0, ...):
#: a neutral colour, so yellow stays the subgradient's and the normal cone's.
PLOT_NOTE_COLOR = TEXT_COLOR
#: PenaltyEqualsConstraint: w*'s label glides to a new side at most this fast (scene units/s).
LABEL_SPEED = 2.5
#: PenaltyEqualsConstraint: opacity per second a pull's label fades while its arrow strikes it.
LABEL_FADE_SPEED = 4.0
#: The λ axis of ShrinkagePaths reaches at least this multiple of λ_max (then a round tick).
LAMBDA_AXIS = 1.35
#: A sweep into a knot pauses this share of the way there: the rest plays under the words.
APPROACH = 0.8
#: Tick numbers of the λ plots, scaled from the toolkit's font size 20.
TICK_SCALE = 1.3
LAM_TICK_SCALE = 1.45
#: ShrinkagePaths' weight numbers (font 28: "−0.5" was ~10 px at 480p, a reviewer, r32).
WEIGHT_TICK_SCALE = 1.4
#: Rows of ShrinkagePaths' panel under the plots: the reasoning line and the knot line.
ROW_A, ROW_B = -2.38, -2.85
#: The signs' label sits beside the first piece at this share of its knot's λ.
S_LABEL_AT = 0.5
#: ... this far from it (scene units): clear of the dashed line drawn on the piece.
S_LABEL_BUFF = 0.4
#: PenaltyEqualsConstraint: the faint contours of f drawn from the start, as growth
#: progress towards the contour through w* (`regmath.drawing.growth_levels`).
RING_PROGRESS = (0.35, 0.7)
#: PenaltyEqualsConstraint: how far below a kink λ dips (share of the way to the next knot
#: or 0), so w* is clearly off the corner while "just below it, not" is said.
PENALTY_BELOW = 0.45
#: PenaltyEqualsConstraint: where, as a share of the way up from the corner knot to the next
#: event, λ holds while the lasso's exact zeros are read.
SLACK_SHARE = 0.4
#: PenaltyEqualsConstraint: seconds the boxed verdict stays after its words (and the settle).
VERDICT_HOLD = 4.0
#: Characters per second of the cues that carry the normal-cone argument (symbols to read).
ARGUMENT_PACE = 12.0
#: The rest after the argument closes, before the t(λ) curve.
ARGUMENT_REST = 1.0
#: PenaltyEqualsConstraint: seconds λ rests at a kink, then takes to leave it (w* seen
#: sliding off the corner).
KNOT_HOLD = 1.0
#: The extra hold at a corner knot while g's tip sits on the segment's end (g_j = ±1).
G_HOLD = 1.0
KNOT_LEAVE = 3.5
#: Least time (s) the touching contour takes to grow from ŵ.
GROW_TIME = 3.0
#: PenaltyEqualsConstraint: the λ_max drop line reaches this share of ‖ŵ‖₁ up the t axis.
DROP_SHARE = 0.3
#: λ has run this share of the way to the first pause when the cursor is named.
CURSOR_SHARE = 0.5
#: Samples of the λ grid for the traces (knots are added exactly).
GRID_SAMPLES = 241
#: The λ plots' axes run this share of a tick step past the last λ, so the cursor and the
#: dots there do not sit on the axis's end, its tick number or its label.
AXIS_PAST = 0.3
#: ShrinkagePaths: the faint contours of f around ŵ, as growth progress towards the contour
#: through the first knot (`regmath.drawing.growth_levels`; 1 is that contour).
CONTOUR_PROGRESS = (0.35, 0.7, 1.0)
#: ShrinkagePaths: the panel's rows under the plots are this much larger than the top lines.
ROW_FONT = PANEL_FONT + 4
#: PenaltyEqualsConstraint: H's smallmatrix scaled to ≥ 28 font units, its loss line from
#: this x (left of the panel's edge) so it fits unshrunk.
PEN_MATRIX_SCALE = 1.45
LOSS_LEFT = 0.0
#: PenaltyEqualsConstraint: every text keeps this far (scene units, 40 px at 720p) from the
#: frame's edges (a reviewer, r28: "H = (…)" and the summary box reached 1255–1262 px).
PEN_MARGIN = 0.45
PEN_RIGHT = config.frame_width / 2 - PEN_MARGIN
#: PenaltyEqualsConstraint: the t axis runs this share of ‖ŵ‖₁ past it (then a round tick).
T_MARGIN = 0.15
#: PenaltyEqualsConstraint: the faint contours keep this share of their opacity from the
#: wedge on, through the sweeps (0.35 was near invisible at 480p, a reviewer, r28; 0.65 left
#: the wedge half hidden, r90).
RING_DIM = 0.5
#: PenaltyEqualsConstraint: the first sweep down into a kink lasts at least this long (s),
#: w*'s coordinates read live beside it (a reviewer, r28: 5.4 → 1.1 in 4 s was fast).
KNOT_SWEEP = 6.5
#: PenaltyEqualsConstraint: w*'s label keeps off the diamond's inside, sampled as its copies
#: at these shares of t.
STAR_INSIDE = (0.2, 0.4, 0.6, 0.8)
#: PenaltyEqualsConstraint: its plane's tick numbers sit outside the frame, this far from it,
#: beside marks this long on the frame's edge.
FRAME_TICK_BUFF = 0.1
FRAME_TICK_MARGIN = 0.12
FRAME_TICK = 0.07
#: Ridge's colour for text: the palette's ridge green lifted towards white, for contrast
#: on the dark background (curves keep the palette's green).
RIDGE_TEXT_LIFT = 0.35
RIDGE_TEXT = RIDGE_COLOR.interpolate(TEXT_COLOR, RIDGE_TEXT_LIFT)
#: ShrinkagePaths: ridge's text lifted further (a reviewer found the green equation dim),
#: and the header's lasso and ridge lines' font (they were ~15 px tall at 720p).
RIDGE_BRIGHT = RIDGE_COLOR.interpolate(TEXT_COLOR, 0.55)
# The recap's lasso: orange lit towards the palette's yellow, not white (a reviewer, r34: white
# zero segments vanished into the white λ axes and read as the cursor's colour).
LASSO_BRIGHT = LASSO_COLOR.interpolate(KNOT_COLOR, 0.35)
HEADER_FONT = 34
#: ShrinkagePaths: ŵ's label this far from ŵ, beyond the ridge ring (radius ~0.13) there.
CENTER_LABEL_BUFF = 0.2
#: ShrinkagePaths: panel lines keep this far (scene units) inside PANEL_RIGHT, so Indicate's
#: growth does not carry them to the frame's edge.
EDGE_ROOM = 0.35
#: ShrinkagePaths: the header keeps this far (scene units, ~40 px at 720p) from the right edge.
HEADER_MARGIN = 0.45
#: ShrinkagePaths: white panel text is lit by Indicate's default colour, scaled this much
#: (as `scenes.tangency` does); the white cursor pulses to this stroke width when named.
PANEL_INDICATE = 1.06
CURSOR_PULSE = 7.0
#: ShrinkagePaths: ridge's plotted curves thicken to this stroke width while their bend is named.
CURVE_PULSE = 7.0
#: ShrinkagePaths: the balance's arrows −∇f(w) and −λs at the first knot, as a share of
#: the plane view's smaller side.
BALANCE_SHARE = 0.2
#: ShrinkagePaths: the [−1, 1] gauge of the zeroed weight's s, its length (scene units),
#: and its (and its label's) least distance from the plane's frame.
GAUGE_LENGTH = 1.4
GAUGE_MARGIN = 0.15
#: ShrinkagePaths: a label moved off an axis line keeps this far from it (scene units).
AXIS_CLEAR = 0.08
#: ShrinkagePaths: the first piece's traces stay this faint while λ goes back to 0 for its replay.
GHOST_OPACITY = 0.3
#: ShrinkagePaths: the diamond's edge tangent to the contour at the first knot (dashed; not
#: the lasso path's orange).
EDGE_COLOR = SOLUTION_COLOR
#: ShrinkagePaths: the arrow along Hŵ at 0, as a share of the plane view's smaller side.
ARRIVAL_SHARE = 0.22
# Where along the grey line from 0 to ŵ its label is placed (a share of ŵ; layout only).
CHORD_LABEL_AT = 0.3
# The lasso's path and rings in the plane while the two arrows are drawn beside them at 0.
ARRIVAL_DIM = 0.15
#: ... and ridge's path drawn on, dotted, up to this multiple of the last λ (w ≈ Hŵ/λ is
#: then within a few percent of the view of 0), in this many dashes.
RIDGE_FAR = 40.0
RIDGE_FAR_DASHES = 30
#: ShrinkagePaths: a panel row's old line fades out in this long (s) before the new one
#: fades in (SWAP's default 0.5 s): the new line is there as its words start.
SWAP_OUT = 0.25
#: ShrinkagePaths' magnified inset at the first knot: its box's half-width as a share of
#: the view's smaller side (`regmath.paths.corner_inset`), its side and its margin from the
#: plane's frame (scene units), and its depth (above the plane's dots and rings).
INSET_SHARE = 0.035
INSET_SIDE = 2.1
INSET_MARGIN = 0.12
INSET_Z = 8
#: ... the grid of candidate centres it is placed on (per side), and what a tick number,
#: axis name or label under it costs against one sample point of a curve.
INSET_GRID = 9
INSET_LABEL_COST = 1000
#: ShrinkagePaths: ridge's dashed "if wⱼ = 0" ghost ring, this share of full opacity.
RIDGE_GHOST_OPACITY = 0.7
#: Where past the first knot the diamond is shown meeting f's contour at its corner: this
#: share of the way to the next knot.
CORNER_SHARE = 0.2
#: Seconds the corner's picture stays after its words.
CORNER_HOLD = 1.2
#: Ridge's "why not 0" inset: shown where ridge's small weight is nearer its axis than this
#: (scene units) at the plane's scale; its box reaches this many |wⱼ| each way from the
#: middle of the gap; the rings in it this large.
RIDGE_ZOOM_SEEN = 0.3
RIDGE_ZOOM_SPAN = 1.3
RIDGE_ZOOM_SIDE = 1.7
RIDGE_ZOOM_RING = 0.13
#: The dashed diamond at the first knot: its dashes in the plane and in the inset.
DIAMOND_DASHES = 40
INSET_DASHES = 12
#: ShrinkagePaths: the sweep into a knot slows to a stop over its last this many seconds.
KNOT_EASE = 1.2
#: PenaltyEqualsConstraint: the level line t sweeps from and to these shares of ‖ŵ‖₁.
LEVEL_SWEEP = (0.1, 0.9)
#: ... starting this factor above t at the line's end (its meeting point left of that end).
LEVEL_OVER = 1.15
#: PenaltyEqualsConstraint: the scale note's margin from the plane's frame (scene units).
NOTE_MARGIN = 0.12
#: PenaltyEqualsConstraint: panel lines pulse this much while their words are read.
PANEL_PULSE = 1.04
#: PenaltyEqualsConstraint: the |x| inset (a fact of |x|, not of the data): its half-width
#: in x (problem units of the inset), its side (scene units), and the fan of supporting
#: lines left behind as the slope sweeps −1 → 1 (`regmath.penalty.abs_support`).
ABS_HALF = 1.0
ABS_SIDE = 2.0
ABS_FAN = (-1.0, -0.75, -0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0)
#: Seconds of a short fade where an object would otherwise pop in or out in one frame.
POP_FADE = 0.4
#: The corner's normal cone (PenaltyEqualsConstraint): fill opacity while it applies.
WEDGE_FILL = 0.22
#: PenaltyEqualsConstraint: regions of subgradients (the cone's wedge, the box of pulls at 0)
#: in a lighter yellow than the arrows g and −λg, so the arrow is told from its region.
CONE_TINT = NORMAL_COLOR.interpolate(TEXT_COLOR, 0.45)
#: ... and tick numbers or axis names closer than this to its frame or to the region it
#: magnifies leave while it is up.
INSET_CLEAR = 0.08
# λ samples where the riding balance labels are checked against the tick numbers.
RIDE_SAMPLES = 24
# The last frame held after the last words (s): a lecturer can pause or cut on it.
FINAL_HOLD = 2.6


def _check_center(center: np.ndarray) -> None:
    if float(np.max(np.abs(center))) < MIN_CENTER:
        raise refuse("center", (
            f"ŵ = {point(center).text} is too close to 0: every path starts and stays within "
            f"{MIN_CENTER:g} of 0, so nothing can be seen to move; give a weight at least "
            f"{MIN_CENTER:g} in size"))


def _events(loss: Quadratic) -> list[KnotEvent]:
    """The lasso's knot events, or a refusal naming the hessian when regmath cannot trace them."""
    try:
        return knot_events(loss)
    except RuntimeError as error:  # degenerate ties the homotopy cannot resolve
        raise refuse("hessian", f"regmath could not trace the lasso path for this center and "
                     f"hessian ({error}); change either slightly") from None


def _place_along(label: VMobject, start: np.ndarray, end: np.ndarray, preferred: np.ndarray,
                 obstacles: list[VMobject], *, minor: list[VMobject] = (),
                 shares: tuple[float, ...] = (1.0, 0.75, 0.5),
                 buffs: tuple[float, ...] = (0.1, 0.2, 0.3)) -> VMobject:
    """`place_clear` beside points along an arrow (its tip first, then towards its middle)
    and at three gaps: around a short arrow in a crowded corner the tip alone had no clear
    spot (a reviewer, r26: "−λg" on the w₂ axis). Layout only: the arrow is regmath's."""
    first = np.array([preferred[0], preferred[1], 0.0]) / max(float(np.linalg.norm(preferred)),
                                                             1e-12)
    directions = [first, *sorted(_COMPASS, key=lambda d: -float(d @ first))]
    major, lesser = _outline_samples(obstacles), _outline_samples(minor)
    best, lowest = None, None
    for share in shares:
        anchor = start + share * (end - start)
        for gap in buffs:
            for direction in directions:
                label.next_to(anchor, direction, buff=gap)
                low = label.get_corner(DOWN + LEFT)[:2] - CLEARANCE
                high = label.get_corner(UP + RIGHT)[:2] + CLEARANCE
                cost = sum(weight * int(np.count_nonzero(np.all((q >= low) & (q <= high),
                                                                axis=1)))
                           for q, weight in ((major, 1.0), (lesser, 0.1)))
                if not _inside_safe_area(label):
                    cost += OUTSIDE_COST
                if lowest is None or cost < lowest:
                    best, lowest = label.get_center().copy(), cost
                if cost == 0:
                    return label
    return label.move_to(best)


def _keep_in_frame(mobject: VMobject, margin: float = 0.1) -> VMobject:
    """Shift a label placed beside a point back inside the frame (layout only)."""
    half_w = config.frame_width / 2 - margin
    half_h = config.frame_height / 2 - margin
    low, high = mobject.get_corner(DOWN + LEFT), mobject.get_corner(UP + RIGHT)
    shift = np.zeros(3)
    shift[0] = max(-half_w - low[0], 0.0) - max(high[0] - half_w, 0.0)
    shift[1] = max(CAPTION_TOP + margin - low[1], 0.0) - max(high[1] - half_h, 0.0)
    return mobject.shift(shift)


def _fit_panel(line: VMobject, right: float = PANEL_RIGHT) -> VMobject:
    """Shrink a panel line that would run past the panel's right edge (long numbers), or
    past ``right``."""
    room = right - line.get_left()[0]
    if line.width > room:
        left = line.get_left()
        line.scale(room / line.width).move_to(left, aligned_edge=LEFT)
    return line


def _meets_points(label: VMobject, curve: VMobject, gap: float = 0.04) -> bool:
    """Whether any point of ``curve``'s outline lies in ``label``'s box (with ``gap``)."""
    low = label.get_corner(DOWN + LEFT)[:2] - gap
    high = label.get_corner(UP + RIGHT)[:2] + gap
    points = _outline_samples([curve])
    return bool(np.any(np.all((points >= low) & (points <= high), axis=1)))


def _freeze(*mobjects: VMobject) -> list[tuple[VMobject, list[Any]]]:
    """Take the updaters off followers between sweeps (returned for `_thaw`).

    Manim redraws every frame of a hold while any mobject has an updater; the
    followers only move while λ does.
    """
    saved = []
    for mobject in mobjects:
        for member in mobject.get_family():
            if member.updaters:
                saved.append((member, list(member.updaters)))
                member.clear_updaters(recursive=False)
    return saved


def _thaw(saved: list[tuple[VMobject, list[Any]]]) -> None:
    for member, updaters in saved:
        for updater in updaters:
            member.add_updater(updater)


def _weights_phrase(indices: tuple[int, ...]) -> Phrase:
    """"w₁", "w₂" or "both weights"."""
    if len(indices) == 1:
        return weight(indices[0])
    return Phrase("both weights", "both weights")


def _view_frame(plane: Axes, view: Any) -> VMobject:
    """A faint frame on the view's edges (regmath's `frame_outline`, the same polyline the
    tick numbers keep off): contours clipped there end on a drawn edge."""
    return polyline(plane, frame_outline(view), stroke_color=MUTED_COLOR, stroke_width=1.5,
                    stroke_opacity=0.6)


def inset_frame(zview: ViewBox, main: Axes, *, side: float, centre: np.ndarray
                ) -> tuple[Axes, dict[str, VMobject]]:
    """A magnified inset of ``zview``: its axes (``side`` wide, its frame centred on
    ``centre``), its frame and the region it shows outlined on ``main``. Layout only: the
    outline is regmath's `frame_outline` (the pattern of `scenes.lagrange.inset_frame`)."""
    zaxes = Axes(x_range=list(zview.x_range), y_range=list(zview.y_range),
                 x_length=side, y_length=side, tips=False,
                 axis_config={"stroke_opacity": 0.0, "include_ticks": False})
    outline = frame_outline(zview)
    # Axes over a range without 0 are not centred on it: the frame is centred instead.
    zaxes.shift(centre - np.mean(to_scene(zaxes, outline[:4]), axis=0))
    return zaxes, {
        "frame": VMobject(**INSET_STYLE).set_points_as_corners(to_scene(zaxes, outline)),
        "region": VMobject(**INSET_STYLE).set_points_as_corners(to_scene(main, outline)),
    }


def _glide(label: VMobject, anchor: np.ndarray, before: np.ndarray, dt: float) -> np.ndarray:
    """Pull ``label`` back so its offset from ``anchor`` has changed by at most
    LABEL_SPEED·dt from ``before`` (a label glides to a new side instead of jumping; dt = 0,
    an update outside an animation, moves nothing); returns the new offset."""
    change = (label.get_center() - anchor) - before
    room = LABEL_SPEED * dt
    size = float(np.linalg.norm(change))
    if size > room:
        label.move_to(anchor + before + change * (room / max(size, 1e-12)))
    return label.get_center() - anchor


def subgradient_set_tex(solution: Solution) -> str:
    """∂‖w*‖₁ as TeX, from `regmath.penalty.subgradient_set`: [−1, 1] at a zero weight,
    {sign} elsewhere, joined by ×."""
    low, high = subgradient_set(solution.point)
    parts = [(r"\{" + number(float(a)).tex + r"\}") if a == b
             else ("[" + number(float(a)).tex + ", " + number(float(b)).tex + "]")
             for a, b in zip(low, high)]
    return r"\times".join(parts)


def loss_line(loss: Quadratic, *, full: bool = False) -> MathTex:
    """The loss on screen, f(w) = ½(w − ŵ)ᵀH(w − ŵ), and H with its numbers (two parts):
    every number the scenes name depends on H. ``full``: H's numbers at the line's own size
    (a pmatrix), not a smallmatrix."""
    h = numbers(np.asarray(loss.hessian, dtype=float).ravel(), distinct=True)
    kind = "pmatrix" if full else "smallmatrix"
    matrix = ((r"\begin{pmatrix} " if full else r"\left(\begin{smallmatrix} ") + h[0].tex + " & "
              + h[1].tex + r" \\ " + h[2].tex + " & " + h[3].tex + r" \end{" + kind + "}"
              + ("" if full else r"\right)"))
    line = MathTex(r"f(w) = \tfrac12 (w-\hat w)^{\top} H\, (w-\hat w),",
                   r"\ \ H = " + matrix, font_size=PANEL_FONT)
    line.move_to([PANEL_LEFT, 0.0, 0.0], aligned_edge=LEFT)
    return _fit_panel(line)


class ShrinkagePaths(StoryScene):
    """As λ grows, w*(λ) moves from ŵ towards 0: straight pieces for the lasso, a curve for ridge."""

    center: ClassVar[tuple[float, ...]] = (1.0, 1.6)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((1.1, -0.5), (-0.5, 3.9))

    parameters = {"center": a_point(), "hessian": positive_definite()}

    # ------------------------------------------------------------------ data
    def setup(self) -> None:
        super().setup()
        center = self.data["center"]
        _check_center(center)
        self.loss = Quadratic(center=center, hessian=self.data["hessian"])
        self.events = _events(self.loss)
        self.lam_max = self.events[-1].strength
        self.top = LAMBDA_EXTENT * self.lam_max
        share = nearest_knot_share(self.loss, top=self.top)
        if share < MIN_KNOT_SHARE:
            shown = ", ".join(n.text for n in numbers([e.strength for e in self.events]))
            first_share = self.events[0].strength / self.top
            small = [i for i, c in enumerate(center) if 0.0 < abs(c) <= NEAR_AXIS * max(abs(center))]
            if first_share < MIN_KNOT_SHARE and small:
                # ŵ next to an axis: its small weight reaches 0 almost at once (a lecturer's
                # ŵ = (3, 0.001) was refused naming the hessian they had not changed).
                i = small[0]
                raise refuse("center", (
                    f"ŵ = {point(center).text} lies next to the {weight(1 - i).text} axis: "
                    f"{weight(i).text} reaches 0 at λ = {shown.split(', ')[0]}, "
                    f"{100 * first_share:.2g} % of the λ axis from 0, too close to tell apart "
                    f"from the start; put ŵ on the axis ({weight(i).text} = 0) or farther "
                    "from it"))
            raise refuse("hessian", (
                f"with this center and hessian the lasso's knots are at λ = {shown}: two of "
                f"them (or the first and 0) lie {100 * share:.2g} % of the λ axis apart, too "
                "close to tell apart on a plot that reaches λ_max; use a better-conditioned "
                "hessian or move center"))
        self.path = lasso_path(self.loss)
        # The λ axis ends on a round tick past LAMBDA_EXTENT · λ_max; λ stops at
        # LAMBDA_EXTENT · λ_max past the last knot and runs on to the axis's end for ridge.
        lam_range, grid = strength_axis(self.loss, reach=LAMBDA_AXIS, samples=GRID_SAMPLES)
        self.lam_end = lam_range[1]
        # One form for every λ on screen and in the words: plain decimals, or m × 10ᵉ with
        # one exponent for all (`lam_numbers`).
        self.lam_exp = 0
        if decimals_for(min(e.strength for e in self.events)) > LAM_DECIMALS:
            self.lam_exp = int(math.floor(math.log10(self.lam_end)))
        self.lam_unit = 10.0 ** self.lam_exp
        shown_range = padded_axis(lam_range, share=AXIS_PAST)
        self.paths = shrinkage_paths(self.loss, grid)
        self.strengths = self.paths.strengths
        # The diamond through the first knot is drawn whole (a reviewer saw only an "X" of
        # two clipped edges): at a corner touch its outline is in the view too.
        knot = self.events[0].point
        self.touch_radius = float(lp_norm(knot, 1.0))
        self.corner_touch = bool(np.count_nonzero(knot) == 1)
        framed = [self.paths.lasso, self.paths.ridge, self.loss.center]
        if self.corner_touch:
            framed.append(ball_outline("l1", self.touch_radius))
        self.view = view_box(framed)
        # f's contours whole where that costs the picture little (a reviewer, r30: the two
        # outer ellipses cut by the frame, "ellipses around ŵ" never seen whole).
        level = float(self.loss.value(knot))
        rings = [level_set(self.loss, v) for v in growth_levels(level, CONTOUR_PROGRESS)]
        whole = view_box([*framed, *rings])
        if (whole.x_range[1] - whole.x_range[0]) <= WHOLE_CONTOURS * (
                self.view.x_range[1] - self.view.x_range[0]):
            self.view = whole
        # The view's frame too: the numbers at its ends sat on its edges, struck through
        # for the whole scene (the layout report: "−2" and "2").
        self.plane_group = make_axes(self.view, keep_clear=[self.loss.center],
                                     avoid=[self.paths.lasso, self.paths.ridge],
                                     frame=frame_outline(self.view))
        self.plane = self.plane_group[0]
        self.axes = self.plane
        # The plane's tick numbers on a dark outline, above the dashed diamond that may cross
        # them at the first knot (a reviewer, r30: "1." where a dash ran through "1").
        for number_ in [*self.plane.x_axis.numbers, *self.plane.y_axis.numbers]:
            legible(number_)
        scale = float(np.max(np.abs(np.concatenate([self.paths.lasso, self.paths.ridge]))))
        self.plot_groups = []
        for i, y in enumerate(PLOT_Y):
            values = np.concatenate([self.paths.lasso[:, i], self.paths.ridge[:, i]])
            group = make_plot(shown_range, coefficient_range(values, scale=scale),
                              self.lam_axis_name(), rf"w_{i + 1}",
                              center=np.array([PLOT_X, y, 0]), size=PLOT_SIZE, label_size=32)
            axes, labels = group[0], group[1]
            if self.lam_exp:
                # The λ ticks in units of 10ᵉ ("0.5" under "λ / 10⁻⁴"), as the readout.
                step = float(axes.x_axis.x_range[2])
                every = 2 if len(axes.x_axis.numbers) > 1 and abs(
                    axes.x_axis.numbers[1].get_value() - axes.x_axis.numbers[0].get_value()
                ) > 1.5 * step else 1
                places = decimals_of(every * step / self.lam_unit)
                for number_ in axes.x_axis.numbers:
                    spot = number_.get_center()
                    number_.num_decimal_places = places
                    number_.set_value(number_.get_value() / self.lam_unit).move_to(spot)
            # TOOLKIT: make_plot's tick numbers (font 20) are ~10 px at 720p; larger here.
            # The λ numbers larger still (480p, a reviewer, r30); the weight numbers, five to
            # a 1.5-unit axis, stay at TICK_SCALE (larger, they touched).
            for number_ in axes.x_axis.numbers:
                number_.scale(LAM_TICK_SCALE)
            for number_ in axes.y_axis.numbers:
                number_.scale(WEIGHT_TICK_SCALE)
            # The λ tick numbers stay readable where a knot's dashed line or the cursor
            # crosses them: dark-outlined, above both (a reviewer missed the dropped "6").
            for number_ in axes.x_axis.numbers:
                legible(number_)
            # The weight's name left of its axis, so the knots' values have the top edge.
            labels[1].next_to(axes, LEFT, buff=0.12).align_to(axes.c2p(0, 0), DOWN).shift(0.1 * UP)
            # The origin's "0" (Axes leave it out), below and left of the corner, where
            # neither axis's line or numbers run.
            zero = legible(MathTex("0", font_size=20).scale(WEIGHT_TICK_SCALE))
            zero.next_to(axes.c2p(0, 0), DL, buff=0.06)
            group.add(zero)
            self.plot_groups.append(group)
        # One λ scale for both plots: make_plot centres each plot with its tick numbers, whose
        # widths differ, so the second plot is shifted until its λ = 0 is under the first's.
        first_x, second_x = self.plot_groups[0][0].c2p(0, 0)[0], self.plot_groups[1][0].c2p(0, 0)[0]
        self.plot_groups[1].shift((first_x - second_x) * RIGHT)
        # Wide weight numbers (milli-scale data: "−0.0015") push the centred plots right: both
        # move left together, λ = 0 still aligned, until they end inside the frame.
        right = max(group.get_right()[0] for group in self.plot_groups)
        over = right - (config.frame_width / 2 - PLOT_MARGIN)
        if over > 0.0:
            for group in self.plot_groups:
                group.shift(over * LEFT)
        self.plots: list[Axes] = [group[0] for group in self.plot_groups]
        self.strength = ValueTracker(0.0)
        self.first = first_segment(self.loss)
        knot_values = self.lam_numbers([e.strength for e in self.events])
        self.knot_text = {id(e): n for e, n in zip(self.events, knot_values)}
        self.crossings = ridge_zero_crossings(self.loss)
        self.ridge_zero = ridge_always_zero(self.loss)
        self.straight_ridge = ridge_is_straight(self.loss)
        # f's contours: the last passes through the first knot, where (the lasso's solution
        # being the constrained one for t = ‖w*‖₁) it touches the diamond ‖w‖₁ = t.
        # (A corner touch: exactly one weight is 0 at the first knot, not the knot λ_max at 0.)
        self.knot_level = float(self.loss.value(knot))
        self.contour_levels = growth_levels(self.knot_level, CONTOUR_PROGRESS)

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("problem")
        self.show_problem()
        self.next_section("first-piece")
        self.run_piece(0)
        self.next_section("straight")
        self.show_straight()
        if self.corner_past_knot():
            self.show_corner_angle()
        self.next_section("pieces")
        for k in range(1, len(self.events)):
            self.run_piece(k)
        self.next_section("ridge")
        self.show_ridge()
        self.next_section("summary")
        self.show_summary()

    # ----------------------------------------------------------------- beats
    def show_problem(self) -> None:
        self.center_dot = marker(to_scene(self.plane, self.loss.center), CENTER_COLOR, radius=0.07)
        # With its coordinates, as the words give them (a reviewer, r30: only in the caption).
        self.center_label = legible(MathTex(r"\hat w = " + point(self.loss.center).tex,
                                            font_size=32, color=CENTER_COLOR))
        # H's numbers are read off the screen: a full-size matrix, f(w) at the same size
        # (a reviewer saw f(w) at 60 % of a scaled-up smallmatrix).
        self.loss_line = loss_line(self.loss, full=True)
        self.loss_line.to_corner(UP + LEFT, buff=0.2).align_to([PANEL_LEFT, 0, 0], LEFT)
        # At least HEADER_MARGIN from the frame's right edge.
        room = config.frame_width / 2 - HEADER_MARGIN - PANEL_LEFT
        if self.loss_line.width > room:
            self.loss_line.scale(room / self.loss_line.width, about_edge=UP + LEFT)
        lasso_line = Tex(r"lasso: $\min_w f(w) + \lambda\|w\|_1$", font_size=HEADER_FONT,
                         color=LASSO_COLOR)
        ridge_line = Tex(r"ridge: $\min_w f(w) + \tfrac{\lambda}{2}\|w\|_2^2$",
                         font_size=HEADER_FONT, color=RIDGE_BRIGHT)
        lasso_line.next_to(self.loss_line, DOWN, buff=0.15).align_to([PANEL_LEFT, 0, 0], LEFT)
        ridge_line.next_to(lasso_line, DOWN, buff=0.12, aligned_edge=LEFT)
        self.formulas = VGroup(lasso_line, ridge_line)
        self.readout = Readout(r"\lambda = " + self.lam_form(), 0.0,
                               font_size=36, exact_zeros=True)
        self.readout.next_to(VGroup(lasso_line, ridge_line), RIGHT, buff=0.45)
        edge = config.frame_width / 2 - READOUT_MARGIN
        if self.readout.get_right()[0] > edge:
            # λ in units of 10ᵉ is wider ("λ = 1.500×10⁻⁴" ran off the frame, a lecturer's
            # S3): a smaller readout at the frame's edge, the two header lines shrunk to
            # leave it room (both stay ≥ 28 font units).
            self.readout = Readout(r"\lambda = " + self.lam_form(), 0.0,
                                   font_size=READOUT_SMALL, exact_zeros=True)
            self.readout.move_to(VGroup(lasso_line, ridge_line)).align_to([edge, 0, 0], RIGHT)
            room = self.readout.get_left()[0] - READOUT_BUFF - PANEL_LEFT
            lines = VGroup(lasso_line, ridge_line)
            if lines.width > room:
                lines.scale(room / lines.width, about_edge=UP + LEFT)
        self.readout.add_updater(lambda r: r.set_value(self.strength.get_value() / self.lam_unit))
        self.build_followers()
        # f's contours, faint, clipped at a drawn frame round the view; the last one passes
        # through the first knot.
        self.contours = VGroup(*(
            VGroup(*(polyline(self.plane, piece, stroke_color=LOSS_COLOR, stroke_width=2,
                              stroke_opacity=0.45)
                     for piece in clip_polyline(level_set(self.loss, level), self.view)))
            for level in self.contour_levels))
        self.frame = _view_frame(self.plane, self.view)
        self.place_center_label()
        # The plane is there from the first frame, under the first words.
        self.add(self.plane_group, self.frame)
        # H a multiple of I draws circles: the words say what is drawn.
        shape = "circles" if isotropic_hessian(self.loss) else "ellipses"
        with self.cue("Two weights, {w1} and {w2}, and a loss f lowest at {w_hat} = "
                      "{c}{@center}; {@H}the matrix {H} sets its shape: its contours are "
                      + shape + " around {w_hat}{@shape}.",
                      spoken="Two weights, w1 and w2, and a loss f lowest at w-hat{@center}; "
                      "{@H}the matrix H sets its shape: its contours are " + shape + " around "
                      "w-hat{@shape}.", c=point(self.loss.center)) as cue:
            cue.play(Reveal(self.loss_line[0]), run_time=1.0)
            cue.play(Reveal(self.center_dot), Reveal(self.center_label),
                     Flash(self.center_dot, color=CENTER_COLOR), at="center")
            cue.play(Reveal(self.loss_line[1]), at="H", run_time=0.6)
            cue.play(Indicate(self.loss_line[1], scale_factor=PANEL_INDICATE),
                     Create(self.contours, lag_ratio=0.3), until="shape")
        with self.cue("Add a penalty of strength {lam}: {@lasso}the lasso adds {lam}‖w‖₁, "
                      "{@ridge}ridge adds ({lam}/2)‖w‖₂², on another scale: compare shapes, "
                      "not equal {lam}s{@end}.",
                      spoken="Add a penalty of strength lambda: {@lasso}the lasso adds lambda "
                      "times the L1 norm, {@ridge}ridge adds half lambda times the squared L2 "
                      "norm, on another scale: compare shapes, not equal lambdas{@end}.") as cue:
            # Each line is on screen as its words start, then lit while they are read.
            cue.play(Reveal(lasso_line), at="lasso", run_time=0.5)
            # Lit white in place: Indicate's growth about the centre moved the left-aligned
            # lines sideways (a reviewer saw "ridge:" shift ~7 px).
            cue.play(Indicate(lasso_line, color=TEXT_COLOR, scale_factor=1.0), until="ridge")
            cue.play(Reveal(ridge_line), at="ridge", run_time=0.5)
            # Lit until the words end: a reader's bookmark falls early in the cue.
            cue.play(Indicate(ridge_line, color=TEXT_COLOR, scale_factor=1.0), until=cue.END)
        with self.cue("Plot each weight against {lam}{@plots}. {@dots}At {lam} = 0 the lasso "
                      "(orange) and ridge (green) solutions coincide at {w_hat}{@end}.") as cue:
            cue.play(*(Create(group) for group in self.plot_groups), until="plots")
            # Reveal brings them in (it adds them): added before, they showed at once under
            # "Plot each weight", then blinked out and back as the Reveal began at "dots".
            cue.play(*(Reveal(m) for m in self.followers), at="dots")
            cue.play(Flash(self.lasso_dots[0], color=TEXT_COLOR), until=cue.END)
        self.frozen = _freeze(*self.followers)

    def place_center_label(self) -> None:
        """ŵ's label above f's contours, outside them all, over ŵ (a reviewer, r34: the two
        outer ellipses ran through it for the whole scene), if it fits inside the plane's
        frame clear of the tick numbers and the w₂ axis; else beside ŵ's dot, clear of the
        λ = 0 dot and ring that will sit on ŵ (layout only)."""
        label = self.center_label
        label.next_to(self.contours, UP, buff=CENTER_LABEL_BUFF)
        label.set_x(self.center_dot.get_x())
        axis_x = self.plane.c2p(0.0, 0.0)[0]
        low, high = self.frame.get_corner(DOWN + LEFT), self.frame.get_corner(UP + RIGHT)
        if label.get_left()[0] - CENTER_LABEL_BUFF < axis_x < label.get_right()[0] + CENTER_LABEL_BUFF:
            # Off the w₂ axis: to the side of it that ŵ is on.
            if self.center_dot.get_x() >= axis_x:
                label.shift((axis_x + CENTER_LABEL_BUFF - label.get_left()[0]) * RIGHT)
            else:
                label.shift((axis_x - CENTER_LABEL_BUFF - label.get_right()[0]) * RIGHT)
        numbers_ = [*self.plane.x_axis.numbers, *self.plane.y_axis.numbers]
        fits = (np.all(label.get_corner(DOWN + LEFT)[:2] >= low[:2] + 0.05)
                and np.all(label.get_corner(UP + RIGHT)[:2] <= high[:2] - 0.05)
                and not any(boxes_meet(label, n, gap=0.05) for n in numbers_))
        if not fits:
            place_clear(label, self.center_dot.get_center(), np.array([1.0, 1.0]),
                        [self.plane_group], minor=[], buff=CENTER_LABEL_BUFF)

    def build_followers(self) -> None:
        """Traces, dots and the cursor, all following the one tracker λ.

        Ridge's are drawn first, so the lasso's lie on top where the two nearly coincide.
        """
        self.lasso_traces, self.ridge_traces = VGroup(), VGroup()
        self.lasso_dots, self.ridge_dots = VGroup(), VGroup()
        for points, color, exact, traces, dots, width in (
                (self.paths.ridge, RIDGE_COLOR, self.ridge_at, self.ridge_traces,
                 self.ridge_dots, 3),
                (self.paths.lasso, LASSO_COLOR, self.lasso_at, self.lasso_traces,
                 self.lasso_dots, 4)):
            traces.add(self.get_trace(self.plane, points, color, exact, None, width))
            for i, plot in enumerate(self.plots):
                curve = np.stack([self.strengths, points[:, i]], axis=-1)
                traces.add(self.get_trace(plot, curve, color, exact, i, width))
            plane_dot = marker(to_scene(self.plane, self.loss.center), color, radius=0.08, z_index=4)
            plane_dot.add_updater(lambda d, f=exact: d.move_to(to_scene(self.plane, f())))
            dots.add(plane_dot)
            for i, plot in enumerate(self.plots):
                dot = marker(plot.c2p(0.0, self.loss.center[i]), color, radius=0.055, z_index=4)
                dot.add_updater(lambda d, f=exact, i=i, p=plot: d.move_to(
                    to_scene(p, [self.strength.get_value(), f()[i]])))
                dots.add(dot)
        # The ridge dot in the plane is a ring around the lasso's: at λ = 0 both are seen.
        self.ridge_dots[0].set_fill(opacity=0.0).set_stroke(RIDGE_COLOR, width=4)
        self.ridge_dots[0].scale(1.6)
        # On the plots too: at λ = 0 (and wherever the paths meet) both are seen.
        for dot in self.ridge_dots[1:]:
            dot.set_fill(opacity=0.0).set_stroke(RIDGE_COLOR, width=3).scale(1.7)
        self.traces = VGroup(*self.ridge_traces, *self.lasso_traces)
        self.dots = VGroup(*self.ridge_dots, *self.lasso_dots)
        self.cursor = self.get_cursor()
        self.followers = [self.traces, self.cursor, self.dots, self.readout]

    def run_piece(self, k: int) -> None:
        """λ runs from the previous knot most of the way to knot k; the knot's own words
        carry it the rest of the way (`name_knot`)."""
        event = self.events[k]
        start = 0.0 if k == 0 else self.events[k - 1].strength
        pause = approach_strength(start, event.strength, share=APPROACH)
        free = tuple(sorted(self.active_below(k)))
        if k == 0:
            lead = "Turn {lam} up{@go}: {@cursor}the white cursor marks {lam} on both plots. "
        else:
            lead = "{@go}{lam} grows on. "
        test = None
        if len(free) == 2:
            body = "Both lasso weights are nonzero, and they move in a straight line{@end}."
        else:
            # Why the other weight stays at 0, seen: |∂f/∂wₒ| runs live under λ and stays ≤ λ.
            body = ("Only {wj} is nonzero: the lasso slides along the {wj} axis towards 0; "
                    "{wo} stays 0, as |∂f/∂{wo}| stays ≤ {lam}{@end}.")
            if k > 0:
                test = self.make_test_readout(1 - free[0])
        piece = None
        spoken = None
        row = None
        if k > 0:
            piece = self.piece_line(self.events[k - 1])
            if test is not None:
                # The piece's equation in the knot's row, and why it is straight in words (a
                # reviewer, r34: "straight asserted, not derived" on this piece).
                j = "₁₂"[free[0]]
                body = ("Only {wj} is nonzero: with {wo} = 0, H" + j + j + "{wj} = (H{w_hat})" + j
                        + " − {lam}s" + j + ", linear in {lam} again; {wo} stays 0, as "
                        "|∂f/∂{wo}| stays ≤ {lam}{@end}.")
                n = str(free[0] + 1)
                spoken = (lead + "Only {wj} is nonzero: with {wo} at 0, H" + n + n + " {wj} "
                          "is H w-hat " + n + " minus lambda s" + n + ", linear in lambda "
                          "again; {wo} stays 0, as the slope of f in {wo} stays at most "
                          "lambda{@end}.")
                row = piece.copy()
                row.move_to([0, ROW_B, 0]).align_to([PANEL_LEFT, 0, 0], LEFT)
        with self.cue(lead + body, spoken=spoken, wj=weight(free[0]) if free else "",
                      wo=weight(1 - free[0]) if len(free) == 1 else "") as cue:
            cue.wait_until("go")
            if k > 0:
                # Where one weight is kept at 0, the row shows its test live instead of the
                # piece's equation.
                self.swap("current_formula", piece if test is None else test, cue,
                          gone=self.leftovers())
            if row is not None:
                self.swap("current_event_line", row, cue, run_time=0.4)
            if test is not None:
                # It follows λ with the others.
                self.followers.append(test)
            gauge = getattr(self, "gauge", None)
            if k > 0 and gauge is not None and gauge in self.mobjects:
                # s's gauge stays while its dot moves; it leaves with the next leftovers.
                self.stale.extend([gauge, self.gauge_dot, *(
                    [self.gauge_label] if getattr(self, "gauge_label", None) is not None else [])])
            _thaw(self.frozen)
            if k == 0:
                # The cursor is named once λ has moved it off the plots' vertical axes.
                sweep(self, self.strength, approach_strength(start, pause, share=CURSOR_SHARE),
                      *self.followers, run_time=max(cue.until("cursor"), 0.8), rate_func=linear)
                self.frozen = _freeze(*self.followers)
                # The thin cursor widens and comes back as it is named (a colour change
                # would not show: it is white).
                cue.play(self.cursor.animate(rate_func=there_and_back).set_stroke(
                             width=CURSOR_PULSE),
                         Flash(self.lasso_dots[0], color=LASSO_COLOR), run_time=1.2)
                _thaw(self.frozen)
            # λ reaches the knot as these words end: the next cue, which names the knot,
            # starts on it (a reviewer saw the knot's words 1 s before λ got there).
            left = cue.until(cue.END)
            slow = min(KNOT_EASE, 0.4 * left)
            sweep(self, self.strength, pause, *self.followers, run_time=max(left - slow, 0.1),
                  rate_func=linear)
            sweep(self, self.strength, event.strength, *self.followers, run_time=slow,
                  rate_func=rate_functions.ease_out_sine)
            self.frozen = _freeze(*self.followers)
        self.name_knot(event)

    def make_test_readout(self, off: int) -> Readout:
        """The panel's reasoning row on a piece where wₒ is kept at 0: |∂f/∂wₒ| at the
        lasso's solution and λ, both live, so the viewer sees the test |∂f/∂wₒ| ≤ λ that
        keeps wₒ at 0 hold as λ runs (a reviewer: "stated, never shown")."""
        form = self.lam_form()
        w = f"w_{off + 1}"
        # Tiny data need many decimals: the row is typeset smaller rather than run off the
        # frame (a lecturer's ŵ = (0.001, −0.0016) did).
        test = Readout.fitting(PANEL_RIGHT - PANEL_LEFT,
                               rf"{w} = 0:\ \ |\partial f/\partial {w}| = " + form
                               + r"\ \le\ \lambda = " + form, 0.0, 0.0, font_size=ROW_FONT,
                               exact_zeros=True)
        test.move_to(self.row_a()).align_to([PANEL_LEFT, 0, 0], LEFT)
        test.add_updater(lambda r: r.set_values(
            float(abs(self.loss.gradient(self.lasso_at())[off])) / self.lam_unit,
            self.strength.get_value() / self.lam_unit))
        test.update()
        return test

    def leftovers(self) -> tuple[VMobject, ...]:
        """The first piece's dashed line and signs, to conceal once λ has moved past them."""
        shown = tuple(m for m in getattr(self, "stale", []) if m in self.mobjects)
        self.stale = []
        # A gauge's dot stops following λ once the gauge goes (a sweep would bring it back).
        gone = {id(part) for m in shown for part in m.get_family()}
        self.followers = [m for m in self.followers if id(m) not in gone]
        return shown

    def active_below(self, k: int) -> tuple[int, ...]:
        """The free weights on the piece ending at knot k."""
        if k == 0:
            return self.first[0]
        return self.events[k - 1].active_after

    def name_knot(self, event: KnotEvent) -> None:
        """λ slows into the knot under the words that name it; the knot is flashed in the
        plane and on the plots as λ stops on it."""
        value = self.knot_text[id(event)]
        # A yellow ring with a dark outline: it stays visible around the orange dot on it.
        knot_dot = marker(to_scene(self.plane, event.point), KNOT_COLOR, radius=0.14, z_index=5)
        knot_dot.set_fill(opacity=0.0).set_stroke(KNOT_COLOR, width=4)
        knot_dot.set_stroke(BACKGROUND, width=8, background=True)
        # One dashed line through both plots (their λ scales are the same).
        top, bottom = self.plots
        lines = DashedLine(bottom.c2p(event.strength, bottom.y_range[0]),
                           top.c2p(event.strength, top.y_range[1]), color=KNOT_COLOR,
                           stroke_width=2, dash_length=0.06, stroke_opacity=0.8)
        label = legible(MathTex(value.tex, font_size=28, color=KNOT_COLOR))
        label.next_to(top.c2p(event.strength, top.y_range[1]), UP, buff=TAG_BUFF)
        # Off the weight axis's top and its highest number (a reviewer, r32: "0.918" sat on
        # the w₁ axis beside "1.5"): right of the axis by a gap.
        axis_x = top.c2p(0.0, 0.0)[0] + TAG_AXIS_GAP
        if label.get_left()[0] < axis_x:
            label.shift((axis_x - label.get_left()[0]) * RIGHT)
        for previous in getattr(self, "knot_labels", []):
            if abs(previous.get_center()[0] - label.get_center()[0]) < 0.5 * (
                    previous.width + label.width) + 0.05:
                label.next_to(previous, UP, buff=0.02)
        header = [self.formulas, self.readout, self.loss_line]
        above = label.get_center()
        if any(boxes_meet(label, m, gap=TAG_GAP) for m in header):
            # Under the header instead: left of the knot's line, just inside the plot's top,
            # where λ has passed (right of it the cursor ran through it) (a lecturer's r30 S1:
            # the tag "2" touched the ridge formula's ‖w‖₂²).
            label.next_to(top.c2p(event.strength, top.y_range[1]), DL, buff=0.06)
            if label.get_left()[0] < top.c2p(0.0, 0.0)[0] + TAG_GAP:
                # Not on the weight axis's numbers: back above the plot, right of the axis
                # (right of the line inside the plot, the cursor ran through it later:
                # the layout report, r34), unless it would touch the header there.
                spot = label.get_center()
                label.move_to(above)
                if any(boxes_meet(label, m, gap=0.0) for m in header):
                    label.move_to(spot)
                    label.next_to(top.c2p(event.strength, top.y_range[1]), RIGHT, buff=0.06)
                    label.align_to(top.c2p(event.strength, top.y_range[1]), UP)
        self.knot_labels = [*getattr(self, "knot_labels", []), label]
        reason = None
        if event.last:
            if len(event.leaving) == 2:
                words = "At {lam} = {v}, both weights reach exactly 0 together{@knot}."
            else:
                too = " too" if len(self.events) > 1 else ""
                words = "At {lam} = {v}, {gone} reaches exactly 0" + too + "{@knot}."
            # λ_max as the test taught for one weight, now for both at w = 0.
            words += (" {@max}This is {lam_max} = ‖{H}{w_hat}‖∞: {@why}at w = 0, |∂f/∂wⱼ| ≤ "
                      "{lam} holds for both weights once {lam} ≥ ‖∇f(0)‖∞{@said}.")
            spoken = (words.replace("‖{H}{w_hat}‖∞", "the largest entry of H w-hat in size")
                      .replace("|∂f/∂wⱼ| ≤ {lam}", "the loss's slope in a weight is at most "
                               "lambda")
                      .replace("‖∇f(0)‖∞", "the largest pull of the loss at 0"))
            gone = _weights_phrase(event.leaving)
            back = None
            reason = MathTex(r"\text{lasso: } w = 0 \iff \lambda \ge \|\nabla f(0)\|_\infty = \|H\hat w\|_\infty"
                             r" = \lambda_{\max}", font_size=ROW_FONT)
            reason.move_to(self.row_a()).align_to([PANEL_LEFT, 0, 0], LEFT)
        else:
            gone = _weights_phrase(event.leaving) if event.leaving else None
            back = _weights_phrase(event.joining) if event.joining else None
            parts = []
            if gone is not None:
                parts.append("{gone} " + ("reach exactly 0 and drop out" if len(event.leaving) == 2
                                          else "reaches exactly 0 and drops out"))
            if back is not None:
                parts.append("{back} comes back from 0, with sign {sign}")
            # The turn itself is drawn only when λ runs on past the knot: "will turn".
            words = ("At {lam} = {v}, " + " and ".join(parts) + "{@knot}: a knot, where the "
                     "path will turn{@turn}.")
            spoken = None
        sign = ""
        if event.joining:
            j = event.joining[0]
            sign = "+" if event.signs_after[event.active_after.index(j)] > 0 else "−"
        line = self.event_line(event, value)
        values: dict[str, Any] = {"v": value, "gone": gone if gone is not None else "",
                                  "back": back if back is not None else "",
                                  "sign": Phrase(sign, "plus" if sign == "+" else "minus")}
        with self.cue(words, spoken=spoken, **values) as cue:
            # λ stopped on the knot as these words start (`run_piece`): it is marked at once.
            self.add(knot_dot)
            # λ tick numbers the knot's dashed line runs through stay: `legible` keeps them
            # above it (setup).
            # A live test row stops following λ here (the next swap replaces it).
            self.followers = [m for m in self.followers if not isinstance(m, Readout)
                              or m is self.readout]
            # The last piece's sᵢ gauge and its label ("s₂ = 1" no longer holds once w₂ = 0)
            # leave as the last knot is named (a reviewer, r32: they stayed 3 s after it).
            gone = self.leftovers() if event.last else ()
            # (No Reveal of the ring: it is on screen already, a fade from 0 would blink it.)
            self.swap("current_event_line", line, cue, Create(lines),
                      Reveal(label), Flash(knot_dot, color=KNOT_COLOR, flash_radius=0.35),
                      gone=gone, run_time=1.5)
            if reason is not None:
                # λ_max's line on screen as it is named (it came 5 s after its name).
                self.swap("current_formula", reason, cue, at="max", gone=self.leftovers())
                if event is not self.events[0]:
                    # λ runs on past λ_max while "once λ ≥ ‖∇f(0)‖∞" is said: the lasso stays
                    # at 0 (a reviewer, r32: 17 s still at λ_max).
                    _thaw(self.frozen)
                    sweep(self, self.strength, self.top, *self.followers,
                          run_time=max(cue.until(cue.END), 1.0), rate_func=smooth)
                    self.frozen = _freeze(*self.followers)
                else:
                    cue.play(Indicate(reason, scale_factor=PANEL_INDICATE), until=cue.END)
            else:
                # The turn: the lasso's straight pieces meet at the knot, a kink in both plots.
                cue.play(Indicate(label, color=KNOT_COLOR), Indicate(knot_dot, color=KNOT_COLOR),
                         *(Indicate(m, color=KNOT_COLOR, scale_factor=1.0)
                           for m in self.lasso_traces[1:]), until=cue.END)
        self.knot_marks = [*getattr(self, "knot_marks", []), knot_dot, lines]
        if event is self.events[0] and self.corner_touch:
            self.show_touch()

    def show_touch(self) -> None:
        """At the first knot f's contour through w* touches the diamond ‖w‖₁ = ‖w*‖₁ at
        its corner: the lasso's solution is the constrained one there. The knot's ring
        covers the corner at the plane's scale, so a magnified inset shows the meeting."""
        # The diamond dashed (orange: the L1 ball's colour), so the solid orange path stays
        # the path where the two meet at the knot; its radius on screen beside it.
        diamond = VGroup(*(DashedVMobject(
            polyline(self.plane, piece, stroke_color=LASSO_COLOR, stroke_width=3),
            num_dashes=DIAMOND_DASHES) for piece in clip_polyline(
                ball_outline("l1", self.touch_radius), self.view)))
        radius_label = legible(MathTex(rf"\|w\|_1 = {number(self.touch_radius).tex}",
                                       font_size=30, color=LASSO_COLOR))
        vertices = ball_outline("l1", self.touch_radius)[:4]
        inside = [v for v in vertices if self.view.contains(v)]
        knot = self.events[0].point
        # Beside the diamond's vertex farthest from the knot (in view), away from 0.
        far = max(inside or list(vertices), key=lambda v: float(np.linalg.norm(v - knot)))
        place_clear(radius_label, to_scene(self.plane, far), far,
                    [*self.traces, *self.dots, self.plane_group, self.center_label,
                     self.contours[-1], diamond], minor=[*self.contours])
        _keep_in_frame(radius_label)
        touching = self.contours[-1]
        # The edge the contour is tangent to: the face of the first piece's signs (its
        # normal is s, the balance's direction in `show_straight`), solid over the dashes.
        self.edge_signs = self.first_signs()
        self.edge = None
        if self.edge_signs is not None:
            outline = diamond_edge(self.edge_signs, self.touch_radius)
            # Dashed in another colour, thinner than the path (a reviewer, r32: a solid
            # orange edge read as a second lasso path).
            self.edge = VGroup(*(DashedVMobject(
                polyline(self.plane, piece, stroke_color=EDGE_COLOR, stroke_width=5),
                num_dashes=DIAMOND_DASHES // 2) for piece in clip_polyline(outline, self.view)))
            self.edge.set_z_index(2)
        # The diamond is a curve to cover little of (its box is the whole view's middle).
        inset = self.make_touch_inset(avoid=[radius_label]
                                      + ([self.edge] if self.edge is not None else []),
                                      soft=[diamond])
        # What the diamond is, in one line (a reviewer, r32: "appears without any reason").
        # The constrained problem set up in one clause (fresh reviews, r89: "the constrained
        # view" assumed); the edge named as it is drawn, the inset held.
        # The knot's one nonzero weight: the corner lies on its axis.
        on = int(np.flatnonzero(self.events[0].point)[0])
        with self.cue("The diamond ‖w‖₁ ≤ t, t = ‖w({lam})‖₁ = {t}: minimising f inside it "
                      "gives this same point: {@why}a w inside with lower f would have a lower f + {lam}‖w‖₁"
                      "{@diamond}. {@contour}f's "
                      "contour through the knot touches it. {@zoom}Magnified: only at its "
                      "corner, {@edge}tangent to its edge facing {w_hat}{@touch}, outside the diamond "
                      "everywhere else{@end}. {@axis}That corner is on the {on}-axis: there {off} = "
                      "0 exactly{@said}.",
                      t=number(self.touch_radius), on=weight(on), off=weight(1 - on),
                      spoken="The diamond, L1 norm at most t, with t the L1 norm of w at this "
                      "lambda, {t}: minimising f inside it gives this same point, since "
                      "{@why}a w inside with lower f would have a lower f plus lambda times its "
                      "L1 norm{@diamond}. {@contour}f's contour through the knot touches it. "
                      "{@zoom}Magnified: only at its corner, {@edge}tangent to its edge facing "
                      "w-hat{@touch}, outside the diamond everywhere else{@end}. {@axis}That "
                      "corner is on the {on} axis: there {off} is 0 exactly{@said}.") as cue:
            # Tick numbers its dashes would run through leave while it is up (fresh reviews,
            # r89: the edges through "−1" and "1"); they come back with the replay.
            crossed = [n for n in [*self.plane.x_axis.numbers, *self.plane.y_axis.numbers]
                       if n not in self.touch_covered and _meets_points(n, diamond)]
            self.touch_covered.extend(crossed)
            # Drawn while it is named (fresh reviews, r90: named at 40.5 s, drawn until 48 s);
            # then the lasso's objective in the header lit while the reason is said.
            cue.play(Create(diamond), Reveal(radius_label),
                     *(Dim(m, factor=0.0) for m in crossed), run_time=min(cue.until("why"), 3.0))
            cue.play(Indicate(self.formulas[0], color=TEXT_COLOR, scale_factor=1.0), at="why",
                     until="contour")
            # The contour through the knot lit as its touch is said (no still over it).
            # (At its own words: a reviewer, r34, saw it 3.6 s before them.)
            cue.play(touching.animate.set_stroke(opacity=1.0, width=3), at="contour",
                     run_time=0.8)
            cue.play(Indicate(touching, color=TEXT_COLOR, scale_factor=1.0),
                     Flash(self.knot_marks[-2], color=KNOT_COLOR, flash_radius=0.35),
                     until="zoom")
            # Reveal adds the inset at "zoom" (added earlier, it showed early and blinked).
            # Tick numbers and axis names the inset would cut through leave while it is up.
            # (Dim to nothing, not Conceal: they are parts of the plane's axes.)
            cue.play(Reveal(inset), *(Dim(m, factor=0.0) for m in self.touch_covered), at="zoom",
                     run_time=0.5)
            if self.edge is None:
                cue.play(Flash(self.z_knot, color=KNOT_COLOR, flash_radius=0.3),
                         Indicate(self.z_contour, color=TEXT_COLOR, scale_factor=1.0),
                         until=cue.END)
            else:
                cue.play(Flash(self.z_knot, color=KNOT_COLOR, flash_radius=0.3),
                         Indicate(self.z_contour, color=TEXT_COLOR, scale_factor=1.0),
                         until="edge")
                # The edge, dashed in the plane and in the inset, drawn as it is named (no
                # white flash: the words do not say what it is lit for, a reviewer, r32).
                cue.play(Create(self.edge), Create(self.z_edge), until="touch")
            # The inset held with the contour lit while its words end: the touch at the corner
            # is seen before the replay (fresh reviews, r89: cut away 2 s after the inset came).
            cue.play(Indicate(self.z_contour, color=TEXT_COLOR, scale_factor=1.0),
                     Flash(self.z_knot, color=KNOT_COLOR, flash_radius=0.3), until="end")
            # The section's conclusion: the corner's axis lit as it is named (a corner of the
            # diamond is where it meets an axis, so one weight is exactly 0 there).
            axis = (self.plane.x_axis, self.plane.y_axis)[on]
            cue.play(Indicate(axis, color=KNOT_COLOR, scale_factor=1.0),
                     Flash(self.knot_marks[-2], color=KNOT_COLOR, flash_radius=0.35),
                     at="axis", until=cue.END)
        self.touch = VGroup(diamond, radius_label, inset)

    def make_touch_inset(self, *, avoid: list[VMobject], soft: list[VMobject] = ()) -> VGroup:
        """A second pair of axes over regmath's box round the first knot (`corner_inset`),
        in the clearest place of the plane near the knot, on an opaque ground: the diamond,
        the contour through the knot, the axis and the first piece, all from the same
        regmath coordinates through the inset's axes; a frame, the box outlined on the plane
        and two thin joins."""
        knot = self.events[0].point
        box, corner = corner_inset(knot, self.view, share=INSET_SHARE)
        at = to_scene(self.plane, corner)
        middle = self.frame.get_center()
        # Layout: the inset goes where it covers least of what is drawn (tick numbers and
        # labels count most), nearest the knot among equals; the old place, the view's
        # corner farthest from the knot, moved in, is the fallback.
        inward = np.sign(middle - at) * (INSET_SIDE / 2 + INSET_MARGIN)
        centre = self.inset_centre(knot, default=at + inward * (RIGHT + UP), avoid=avoid,
                                   soft=list(soft))
        zaxes, parts = inset_frame(box, self.plane, side=INSET_SIDE, centre=centre)
        parts["frame"].set_fill(BACKGROUND, opacity=1.0)
        zview = box
        (x0, x1, _), (y0, y1, _) = self.view.x_range, self.view.y_range
        axis_lines = [np.array([[x0, 0.0], [x1, 0.0]]), np.array([[0.0, y0], [0.0, y1]])]
        drawn = VGroup()
        for line in axis_lines:
            for piece in clip_polyline(line, zview):
                drawn.add(polyline(zaxes, piece, stroke_color=MUTED_COLOR, stroke_width=2))
        for piece in clip_polyline(ball_outline("l1", self.touch_radius), zview):
            drawn.add(DashedVMobject(polyline(zaxes, piece, stroke_color=LASSO_COLOR,
                                              stroke_width=3), num_dashes=INSET_DASHES))
        self.z_contour = VGroup(*(polyline(zaxes, piece, stroke_color=LOSS_COLOR, stroke_width=3)
                                  for piece in clip_polyline(level_set(self.loss, self.knot_level),
                                                             zview)))
        active, signs, end = self.first
        piece_line = segment_line(self.loss, active, signs, np.array([0.0, end]))
        for piece in clip_polyline(piece_line, zview):
            drawn.add(polyline(zaxes, piece, stroke_color=LASSO_COLOR, stroke_width=5))
        self.z_edge = VGroup()
        if self.edge_signs is not None:
            for piece in clip_polyline(diamond_edge(self.edge_signs, self.touch_radius), zview):
                self.z_edge.add(DashedVMobject(polyline(zaxes, piece, stroke_color=EDGE_COLOR,
                                                        stroke_width=4), num_dashes=INSET_DASHES))
            self.z_edge.set_z_index(INSET_Z + 1)
        self.z_knot = marker(to_scene(zaxes, knot), KNOT_COLOR, radius=0.07)
        # The joins go between the two corners of the box and of the frame that leave
        # the other two joins' lines clear: the pair across from the way the inset lies.
        way = centre - to_scene(self.plane, knot)
        sx, sy = np.sign(way[0]) or 1.0, np.sign(way[1]) or 1.0
        pair = (0, 2) if sx * sy < 0 else (1, 3)
        outline = frame_outline(zview)
        joins = VGroup(*(VMobject(**INSET_STYLE).set_points_as_corners(
            [to_scene(self.plane, outline[k]), to_scene(zaxes, outline[k])]) for k in pair))
        inset = VGroup(parts["region"], joins, parts["frame"], drawn, self.z_contour, self.z_knot)
        inset.set_z_index(INSET_Z)
        frame = parts["frame"]
        names = [*self.plane.x_axis.numbers, *self.plane.y_axis.numbers,
                 *self.plane_group[1:]]
        # Its magnification stated in its top right corner (fresh reviews, r90: no zoom factor).
        times = (zaxes.c2p(1, 0)[0] - zaxes.c2p(0, 0)[0]) / (
            self.plane.c2p(1, 0)[0] - self.plane.c2p(0, 0)[0])
        note = legible(MathTex(rf"\times {round(times)}", font_size=26, color=MUTED_COLOR))
        note.move_to(frame.get_corner(UP + RIGHT), aligned_edge=UP + RIGHT)
        note.shift(0.08 * (DOWN + LEFT))
        inset.add(note)
        # What the frame, its note or its joins would run through leaves while it is up
        # (fresh reviews, r90: a join through the tick "2").
        self.touch_covered = [m for m in names if boxes_meet(m, frame, gap=INSET_CLEAR)
                              or boxes_meet(m, parts["region"], gap=INSET_CLEAR)
                              or boxes_meet(m, note, gap=INSET_CLEAR)
                              or any(_meets_points(m, join) for join in joins)]
        return inset

    def inset_centre(self, knot: np.ndarray, *, default: np.ndarray,
                     avoid: list[VMobject], soft: list[VMobject] = (),
                     side: float = INSET_SIDE) -> np.ndarray:
        """Where the inset's frame covers least (layout only): candidate centres on a grid
        inside the plane's frame; tick numbers, axis names and ``avoid`` cost most, drawn
        curves and axis lines less; among equals, the one nearest the knot."""
        half = side / 2 + INSET_MARGIN
        low, high = self.frame.get_corner(DOWN + LEFT), self.frame.get_corner(UP + RIGHT)
        if high[0] - low[0] < 2 * half or high[1] - low[1] < 2 * half:
            return default
        labels = [*self.plane.x_axis.numbers, *self.plane.y_axis.numbers, *self.plane_group[1:],
                  self.center_label, self.center_dot, *avoid]
        curves = [*self.traces, *self.dots, self.contours[-1], *self.knot_marks,
                  self.plane.x_axis, self.plane.y_axis, *soft]
        samples = _outline_samples(curves)
        spot = to_scene(self.plane, knot)[:2]
        best, lowest = default, None
        steps = INSET_GRID
        for cx in np.linspace(low[0] + half, high[0] - half, steps):
            for cy in np.linspace(low[1] + half, high[1] - half, steps):
                box_low = np.array([cx, cy]) - side / 2 - INSET_CLEAR
                box_high = np.array([cx, cy]) + side / 2 + INSET_CLEAR
                cost = INSET_LABEL_COST * sum(
                    1 for m in labels
                    if np.all(m.get_corner(DOWN + LEFT)[:2] <= box_high)
                    and np.all(box_low <= m.get_corner(UP + RIGHT)[:2]))
                cost += int(np.count_nonzero(np.all((samples >= box_low) & (samples <= box_high),
                                                    axis=1)))
                # The knot itself stays in sight, outside the frame.
                if np.all(box_low <= spot) and np.all(spot <= box_high):
                    cost += INSET_LABEL_COST * 10
                key = (cost, float(np.linalg.norm(np.array([cx, cy]) - spot)))
                if lowest is None or key < lowest:
                    best, lowest = np.array([cx, cy, 0.0]), key
        return best

    def clear_spot(self, group: VMobject, near: np.ndarray, *, labels: list[VMobject],
                   curves: list[VMobject]) -> VMobject:
        """Move ``group`` to where, inside the plane's frame with a margin, its box covers
        least: labels cost most, then the whole lasso and ridge paths (all λ, from regmath,
        as they will be drawn), then ``curves``; among equals, nearest ``near`` (layout
        only; a reviewer, r32: the s₁ gauge ran out of the frame to the screen's edge)."""
        margin = GAUGE_MARGIN
        low, high = self.frame.get_corner(DOWN + LEFT), self.frame.get_corner(UP + RIGHT)
        half = np.array([group.width / 2, group.height / 2])
        paths = np.concatenate([to_scene(self.plane, self.paths.lasso)[:, :2],
                                to_scene(self.plane, self.paths.ridge)[:, :2],
                                _outline_samples(curves)])
        best, lowest = None, None
        for cx in np.linspace(low[0] + margin + half[0], high[0] - margin - half[0], 15):
            for cy in np.linspace(low[1] + margin + half[1], high[1] - margin - half[1], 15):
                box_low = np.array([cx, cy]) - half - CLEARANCE
                box_high = np.array([cx, cy]) + half + CLEARANCE
                cost = INSET_LABEL_COST * sum(
                    1 for m in labels
                    if np.all(m.get_corner(DOWN + LEFT)[:2] <= box_high)
                    and np.all(box_low <= m.get_corner(UP + RIGHT)[:2]))
                cost += int(np.count_nonzero(np.all((paths >= box_low) & (paths <= box_high),
                                                    axis=1)))
                key = (cost, float(np.linalg.norm(np.array([cx, cy]) - near[:2])))
                if lowest is None or key < lowest:
                    best, lowest = np.array([cx, cy, 0.0]), key
        if best is not None:
            group.move_to(best)
        return group

    def plane_lasso(self) -> list[VMobject]:
        """The lasso's path, dot and knot rings in the plane (dimmed while ridge's arrival
        at 0 is drawn beside them)."""
        return [self.lasso_traces[0], self.lasso_dots[0], *self.knot_marks[0::2]]

    def make_gauge(self, i: int, *, under: VMobject) -> VGroup:
        """The interval [−1, 1] of sᵢ as a short number line over ``under``; its dot (at
        sᵢ = gᵢ of the lasso's solution at the current λ, following λ from the next sweep)
        is ``self.gauge_dot``."""
        line = NumberLine(x_range=[-1, 1, 1], length=GAUGE_LENGTH, color=LASSO_COLOR,
                          stroke_width=3, include_tip=False, tick_size=0.07)
        numbers_ = VGroup(*(legible(MathTex(n.tex, font_size=28, color=LASSO_COLOR))
                            .next_to(line.n2p(v), DOWN, buff=0.08)
                            for v, n in zip((-1.0, 0.0, 1.0), numbers([-1.0, 0.0, 1.0]))))
        dot = marker(line.n2p(0.0), LASSO_COLOR, radius=0.07, z_index=6)

        def follow(d: VMobject) -> None:
            lam = self.strength.get_value()
            g = penalized(self.loss, norm="l1", strength=lam).normal[i] if lam > 0 else 0.0
            d.move_to(line.n2p(float(g)))

        # The dot is not one of the gauge's parts: a sweep brings it to the front, which
        # would split the group in the scene (and the group would then not be concealed).
        gauge = VGroup(line, numbers_)
        gauge.next_to(under, UP, buff=0.12)
        _keep_in_frame(gauge)
        dot.move_to(line.n2p(0.0))
        follow(dot)
        dot.add_updater(follow)
        # Still until λ moves on (the updaters run again with the other followers').
        self.frozen = [*getattr(self, "frozen", []), *_freeze(dot)]
        self.followers.append(dot)
        self.gauge_dot = dot
        return gauge

    def balance_arrows(self) -> tuple[Arrow, VMobject, Arrow, VMobject]:
        """At the first knot, the loss's pull −∇f(w) and the penalty's −λs (equal and
        opposite, from regmath's `pull_arrow`/`push_arrow`), with their labels."""
        lam = self.events[0].strength
        pen = penalized(self.loss, norm="l1", strength=lam)
        (x0, x1, _), (y0, y1, _) = self.view.x_range, self.view.y_range
        # Layout: drawn BALANCE_SHARE of the view's smaller side long.
        scale = BALANCE_SHARE * min(x1 - x0, y1 - y0) / float(np.linalg.norm(pen.gradient))
        arrows = []
        for arrow, color in ((pull_arrow(pen, scale=scale), GRADIENT_COLOR),
                             (push_arrow(pen, scale=scale), NORMAL_COLOR)):
            arrows.append(Arrow(to_scene(self.plane, arrow.start), to_scene(self.plane, arrow.end),
                                buff=0.0, color=color, stroke_width=5, tip_length=0.2,
                                max_tip_length_to_length_ratio=0.3, z_index=6))
        pull, push = arrows
        pull_label = legible(MathTex(r"-\nabla f(w)", font_size=30, color=GRADIENT_COLOR))
        push_label = legible(MathTex(r"-\lambda s", font_size=30, color=NORMAL_COLOR))
        # The axis lines twice: a label across one is worse than one by a faint contour
        # (a reviewer, r32: the w₂ axis ran through "−∇f(w)").
        obstacles = [*self.traces, *self.dots, self.plane_group, self.center_label,
                     self.center_dot, *self.knot_marks[:1], pull, push, self.frame,
                     *self.contours, self.plane.x_axis, self.plane.y_axis]
        for label, arrow, data in ((pull_label, pull, -pen.gradient),
                                   (push_label, push, pen.gradient)):
            place_clear(label, arrow.get_end(), data, obstacles, minor=[*self.contours])
            self.off_axes(label, keep_clear=[self.center_label, self.center_dot,
                                             *(m for m in (pull_label, push_label)
                                               if m is not label)])
            _keep_in_frame(label)
            obstacles.append(label)
        return pull, pull_label, push, push_label

    def off_axes(self, label: VMobject, *, keep_clear: list[VMobject]) -> VMobject:
        """Shift a label that straddles an axis line of the plane just off it, the shorter
        way, unless that meets ``keep_clear`` or leaves the plane's frame (layout only; a
        reviewer, r32: the w₂ axis ran through "−∇f(w)")."""
        origin = to_scene(self.plane, np.zeros(2))
        for k, direction in ((0, RIGHT), (1, UP)):
            low, high = label.get_corner(DOWN + LEFT)[k], label.get_corner(UP + RIGHT)[k]
            if not low < origin[k] < high:
                continue
            for step in sorted(((origin[k] - low + AXIS_CLEAR), -(high - origin[k] + AXIS_CLEAR)),
                               key=abs):
                label.shift(step * direction)
                inside = (np.all(label.get_corner(DOWN + LEFT)[:2]
                                 >= self.frame.get_corner(DOWN + LEFT)[:2])
                          and np.all(label.get_corner(UP + RIGHT)[:2]
                                     <= self.frame.get_corner(UP + RIGHT)[:2]))
                if inside and not any(boxes_meet(label, m, gap=0.05) for m in keep_clear
                                      if m is not label):
                    break
                label.shift(-step * direction)
        return label

    def ride_balance(self, balance: tuple[Arrow, VMobject, Arrow, VMobject]) -> list[VMobject]:
        """The balance's arrows and labels made to follow λ on the first piece: −∇f(w) and
        −λs from regmath's `pull_arrow`/`push_arrow` at the lasso's w(λ), at the knot's
        scale, so they grow with λ; each label keeps its offset from its arrow's tip and
        fades in as its arrow grows. Returns the followers."""
        pull, pull_label, push, push_label = balance
        knot_lam = self.events[0].strength
        pen = penalized(self.loss, norm="l1", strength=knot_lam)
        (x0, x1, _), (y0, y1, _) = self.view.x_range, self.view.y_range
        scale = BALANCE_SHARE * min(x1 - x0, y1 - y0) / float(np.linalg.norm(pen.gradient))
        riders: list[VMobject] = []
        sizes: dict[int, float] = {}
        for arrow, label, make, color in ((pull, pull_label, pull_arrow, GRADIENT_COLOR),
                                          (push, push_label, push_arrow, NORMAL_COLOR)):
            offset = label.get_center() - arrow.get_end()
            full = float(np.linalg.norm(arrow.get_end() - arrow.get_start()))

            def follow(a: Arrow, make=make, color=color) -> None:
                now = penalized(self.loss, norm="l1", strength=self.strength.get_value())
                data = make(now, scale=scale)
                start, end = to_scene(self.plane, data.start), to_scene(self.plane, data.end)
                sizes[id(a)] = float(np.linalg.norm(end - start))
                if sizes[id(a)] < 0.02:
                    a.set_opacity(0.0)
                    return
                a.become(Arrow(start, end, buff=0.0, color=color, stroke_width=5,
                               tip_length=0.2, max_tip_length_to_length_ratio=0.3, z_index=6))

            def follow_label(m: VMobject, a: Arrow = arrow, offset=offset, full=full) -> None:
                # Beside its tip as at the knot; shown once its arrow is long enough that it
                # clears ŵ and the path (a short arrow's label sat on them).
                size = sizes.get(id(a), full)
                m.move_to(a.get_end() + offset)
                m.set_opacity(float(np.clip((size / max(full, 1e-9) - LABEL_FROM) / 0.25,
                                            0.0, 1.0)))

            arrow.add_updater(follow)
            label.add_updater(follow_label)
            arrow.update()
            label.update()
            riders.extend([arrow, label])
        return riders

    @staticmethod
    def short_of_numbers(plot: Axes, piece: np.ndarray) -> np.ndarray:
        """A straight piece (plot coordinates) cut where it would first reach one of the
        plot's tick numbers, so it never ends on one (a lecturer's r30 S1: a dashed line
        ending at "3" read as "−3"). Layout only: the piece's points are regmath's."""
        boxes = [(n.get_corner(DL)[:2] - NUMBER_CLEAR, n.get_corner(UR)[:2] + NUMBER_CLEAR)
                 for n in [*plot.x_axis.numbers, *plot.y_axis.numbers]]
        shares = np.linspace(0.0, 1.0, 121)
        for j in range(len(piece) - 1):
            a, b = piece[j], piece[j + 1]
            for k, t in enumerate(shares):
                q = to_scene(plot, a + t * (b - a))[:2]
                if any(bool(np.all((q >= lo) & (q <= hi))) for lo, hi in boxes):
                    if j == 0 and k == 0:
                        return piece[:1]
                    end = a + shares[max(k - 1, 0)] * (b - a)
                    return np.array([*piece[:j + 1], end])
        return piece

    def first_signs(self) -> np.ndarray | None:
        """The first piece's signs (s₁, s₂) when both weights are free on it, else None."""
        active, signs, _ = self.first
        if len(active) != 2:
            return None
        s = np.zeros(2)
        for i, sign in zip(active, signs):
            s[i] = sign
        return s

    def row_a(self) -> np.ndarray:
        """Where the panel's reasoning line sits (under the plots)."""
        return np.array([0.0, ROW_A, 0.0])

    def piece_line(self, event: KnotEvent) -> MathTex:
        """The optimality equation on the piece after ``event`` (its free weights A, signs s_A)."""
        active, signs = event.active_after, event.signs_after
        if len(active) == 2:
            s = point(signs)
            tex = rf"H(w-\hat w) = -\lambda s,\ \ s = {s.tex}"
        else:
            j = active[0]
            off = [i for i in range(2) if i != j][0]
            tex = (rf"w_{off + 1} = 0,\ \ H_{{{j + 1}{j + 1}}}\,w_{j + 1} = (H\hat w)_{j + 1} "
                   rf"- \lambda s_{j + 1},\ \ s_{j + 1} = {number(signs[0]).tex}")
        line = MathTex(tex, font_size=ROW_FONT)
        line.move_to(self.row_a()).align_to([PANEL_LEFT, 0, 0], LEFT)
        return line

    def swap(self, slot: str, line: VMobject, cue: Any, *others: Any, at: str | None = None,
             gone: tuple[VMobject, ...] = (), run_time: float = 0.5) -> None:
        """Show ``line`` in a panel row (``slot``: "current_formula" or "current_event_line"):
        the row's old line (and ``gone``) fade out first, then ``line`` fades in with ``others``,
        so two lines never overlap; both quick, so the new line is there as its words start."""
        old = getattr(self, slot, None)
        setattr(self, slot, line)
        if at is not None:
            cue.wait_until(at)
        _fit_panel(line)
        room = PANEL_RIGHT - EDGE_ROOM - line.get_left()[0]
        if line.width > room:
            left = line.get_left()
            line.scale(room / line.width).move_to(left, aligned_edge=LEFT)
        leaving = [m for m in (old, *gone) if m is not None and m in self.mobjects]
        if leaving:
            cue.play(*(Conceal(m) for m in leaving), run_time=SWAP_OUT)
        cue.play(Reveal(line), *others, run_time=run_time)

    def event_line(self, event: KnotEvent, value: Phrase) -> MathTex:
        """The panel line naming the current knot: "λ = 0.918: w₁ = 0"."""
        parts = [rf"{weight(i).tex} = 0" for i in event.leaving]
        parts += [rf"{weight(i).tex} \ne 0" for i in event.joining]
        tex = rf"\text{{knot }} \lambda = {value.tex}:\ " + r",\ ".join(parts)
        if event.last:
            # Float noise off (0.30000000000000004 printed "0.300" beside "5.74", a reviewer,
            # r30: mixed forms): 12 significant digits, then the usual digits.
            pull = [float(f"{v:.12g}") for v in pull_at_zero(self.loss)]
            tex += r",\ \ H\hat w = " + point(pull).tex
        line = MathTex(tex, font_size=ROW_FONT, color=KNOT_COLOR)
        line.move_to([0, ROW_B, 0]).align_to([PANEL_LEFT, 0, 0], LEFT)
        return line

    def show_straight(self) -> None:
        active, signs, end = self.first
        order = sorted(range(len(active)), key=lambda i: active[i])
        free = tuple(active[i] for i in order)
        s = tuple(signs[i] for i in order)
        before = clip_polyline(segment_line(self.loss, active, signs, np.array([0.0, end])),
                               self.view)
        past = clip_polyline(segment_line(self.loss, active, signs,
                                          np.array([end, (1.0 + LINE_PAST) * end])), self.view)
        dashed = VGroup(*(DashedVMobject(polyline(self.plane, piece, stroke_color=TEXT_COLOR,
                                                  stroke_width=3), num_dashes=14)
                          for piece in before))
        dashed_past = VGroup(*(DashedVMobject(polyline(self.plane, piece, stroke_color=TEXT_COLOR,
                                                       stroke_width=3), num_dashes=10)
                               for piece in past))
        if len(free) == 2:
            sval = point(s)
            parts = (r"H(w-\hat w) = -\lambda s",
                     r"\ \Rightarrow\ w(\lambda) = \hat w - \lambda H^{-1}s")
            # The balance drawn at the knot: the loss's pull −∇f(w) and the penalty's −λs,
            # equal and opposite; s is the normal of the diamond's edge met there.
            # The balance rides on w(λ) along the whole first piece, both arrows growing
            # with λ (a reviewer, r30: drawn at the knot only, the straightness was asserted
            # at one point); s is defined as the −λs arrow appears (it was used 3 s before).
            # The replay is announced, the old traces stay faded while λ returns to 0 (a
            # reviewer, r32: an unannounced rewind); s is defined, with its value here, before
            # the −λs arrow appears; the equation comes with its words and stays through the
            # beat (it blinked for 1.5 s).
            words = ("Why straight? Replay the first piece{@back}. {@sub}s is a "
                     "subgradient of ‖w‖₁; here, each weight's sign: s = {sval}{@said}. {@pull}"
                     "The loss pulls along −∇f(w), the penalty back along −{lam}s, equal and "
                     "opposite, growing with {lam}{@grown}: "
                     "{H}(w − {w_hat}) = −{lam}s{@balance}. {@while}While s holds, w({lam}) = "
                     "{w_hat} − {lam}{H}⁻¹s: this dashed line, straight in {lam}{@line}.")
            spoken = ("Why straight? Replay the first piece{@back}. {@sub}s is a "
                      "subgradient of the L1 norm; here, each weight's sign: s = {sval}{@said}. "
                      "{@pull}The loss pulls along minus its gradient, the "
                      "penalty back along minus lambda s, equal and opposite, growing with "
                      "lambda{@grown}: H times w minus w-hat equals minus lambda s{@balance}. "
                      "{@while}While s holds, w of lambda is w-hat minus lambda H-inverse s: "
                      "this dashed line, straight in lambda{@line}.")
        else:
            j = free[0]
            sval = number(s[0])
            sub = f"{j + 1}{j + 1}"
            parts = (rf"H_{{{sub}}}\,w_{j + 1} = (H\hat w)_{j + 1} - \lambda s_{j + 1}",
                     rf",\ \ s_{j + 1} = {sval.tex}")
            words = ("Why straight?{@eq} Only {wj} is free, and the optimum balances the gradient "
                     "of f against {lam} times its sign{@balance}: H{sub}·{wj} = (H{w_hat}){sj} − "
                     "{lam}s{sj} with s{sj} = {sval}, linear in {lam}: this dashed line{@line}.")
            spoken = ("Why straight?{@eq} Only {wj} is free, and the optimum balances the "
                      "gradient of f against lambda times its sign{@balance}: a linear equation "
                      "in lambda, so this dashed line{@line}.")
            sub_text = "₁₁" if j == 0 else "₂₂"
        formula = MathTex(*parts, font_size=ROW_FONT)
        formula.move_to(self.row_a()).align_to([PANEL_LEFT, 0, 0], LEFT)
        s_name = "s" if len(free) == 2 else f"s_{free[0] + 1}"
        s_label = legible(MathTex(rf"{s_name} = {sval.tex}", font_size=30, color=LASSO_COLOR))
        # Above the orange piece the signs belong to (in its colour), clear of the axes and of
        # ridge's curve and ring.
        beside = to_scene(self.plane, segment_line(self.loss, active, signs,
                                                   np.array([S_LABEL_AT * end]))[0])
        # Straight above the piece's middle: beside it, the label sat by ridge's ring and read
        # as ridge's (place_clear found no clear side here, the faint contours included).
        s_label.next_to(beside, UP, buff=S_LABEL_BUFF)
        # Clear of ŵ's label (now with its coordinates, a reviewer, r30) and the tick numbers:
        # the clear side nearest "straight above".
        place_clear(s_label, beside, np.array([-0.2, 1.0]),
                    [*self.traces, *self.dots, self.plane_group, self.center_label,
                     self.center_dot, *self.knot_marks[:1]], minor=[*self.contours],
                    buff=S_LABEL_BUFF)
        _keep_in_frame(s_label)
        values: dict[str, Any] = {"sval": sval}
        if len(free) == 1:
            values.update(wj=weight(free[0]), sub=sub_text, sj="₁" if free[0] == 0 else "₂")
        touch = getattr(self, "touch", None)
        # The diamond belongs to the knot's moment: it leaves with its inset and its edge as
        # the replay starts (a reviewer, r32: the edge stayed, read as a second path), and
        # the contour fades back.
        edge = [m for m in (getattr(self, "edge", None),) if m is not None]
        inset_parts = ([touch[0], touch[1], touch[2], *edge]
                       + ([self.z_edge] if len(self.z_edge) else [])
                       if touch is not None else [])
        early = ((*(Conceal(m) for m in inset_parts), *(Undim(m) for m in self.touch_covered),
                  self.contours[-1].animate.set_stroke(opacity=0.45, width=2))
                 if touch is not None else ())
        balance = self.balance_arrows() if len(free) == 2 else None
        if balance is not None:
            self.replay_balance(words, spoken, values, early, balance, formula, dashed)
        else:
            with self.cue(words, spoken=spoken, **values) as cue:
                if early:
                    cue.play(*early, run_time=0.6)
                self.swap("current_formula", formula[0], cue, at="eq", run_time=0.4)
                cue.play(Indicate(formula[0], scale_factor=PANEL_INDICATE), until="balance")
                cue.play(Reveal(formula[1]), Reveal(s_label), run_time=0.5)
                # Drawn across the rest of the words, which describe it, the orange piece
                # under it dimmed so the white dashes read as a new line (a reviewer, r30).
                cue.play(Create(dashed), Dim(self.lasso_traces[0]), until=cue.END)
        if balance is not None:
            s_label = None
        # One mobject from here on, so the next swap conceals both parts.
        self.remove(*formula.submobjects)
        self.add(formula)
        self.current_formula = formula
        after = self.events[0]
        moved = after.leaving
        if after.last:
            past_words = ("Past the knot{@past} that line would carry the weights beyond 0{@flip}; "
                          "the lasso stops them at exactly 0 instead{@sub}.")
            new_s, sub_line = None, None
        elif moved and len(after.active_after) == 1:
            sname = "s₁" if moved[0] == 0 else "s₂"
            past_words = ("Past the knot{@past} this line would flip the sign of {gone}{@flip}. "
                          "{@keep}The lasso keeps {gone} at exactly 0:{@formula} " + sname
                          + " = −(∂f/∂{gone})/{lam} is in [−1, 1] while |∂f/∂{gone}| ≤ "
                          "{lam}{@sub}.")
            i, k = moved[0], after.active_after[0]
            sign = number(after.signs_after[0])
            new_s = legible(MathTex(rf"s_{i + 1} \in [-1, 1],\ s_{k + 1} = {sign.tex}",
                                    font_size=30, color=LASSO_COLOR))
            # It holds past the knot, on the next piece: beside the knot, on the side of
            # the zeroed weight's axis away from ŵ (a reviewer read it, on the first piece,
            # as that piece's s).
            away = np.zeros(2)
            away[i] = -1.0 if self.loss.center[i] > 0 else 1.0
            place_clear(new_s, self.knot_marks[0].get_center(), away,
                        [*self.lasso_traces, dashed, dashed_past, self.center_label,
                         self.center_dot, self.plane_group, self.frame],
                        minor=[*self.contours], buff=S_LABEL_BUFF)
            _keep_in_frame(new_s)
            # s₁'s range drawn under its label: a small [−1, 1] line with s₁'s dot on it,
            # following λ on the next piece (s₁ = gᵢ of regmath's lasso solution).
            self.gauge = self.make_gauge(i, under=new_s)
            # Label and gauge together in the clearest place inside the plane's frame.
            block = VGroup(self.gauge, new_s)
            before = block.get_center()
            self.clear_spot(block, self.knot_marks[0].get_center(),
                            labels=[*self.plane.x_axis.numbers, *self.plane.y_axis.numbers,
                                    *self.plane_group[1:], self.center_label, self.center_dot,
                                    *self.knot_marks[0::2]],
                            curves=[dashed, dashed_past, *self.contours, self.plane.x_axis,
                                    self.plane.y_axis, *self.corner_outlines()])
            self.gauge_dot.shift(block.get_center() - before)
            # One line high: a fraction ran into the knot line under it.
            sub_line = MathTex(rf"s_{i + 1} = -(\partial f/\partial w_{i + 1})/\lambda "
                               rf"\in [-1, 1] \iff |\partial f/\partial w_{i + 1}| \le \lambda",
                               font_size=ROW_FONT)
            sub_line.move_to(self.row_a()).align_to([PANEL_LEFT, 0, 0], LEFT)
        else:
            past_words = ("At the knot{@past} a weight joins{@flip}, s changes, and a new straight "
                          "piece begins{@sub}.")
            new_s, sub_line = None, None
        # The same line in the plots of the weights it would carry past 0, where the sign
        # can be read off: (λ, wᵢ(λ)) on the piece's line, clipped to the plot.
        lam_past = np.array([end, (1.0 + LINE_PAST) * end])
        on_line = segment_line(self.loss, active, signs, lam_past)
        plot_past = VGroup(*(
            DashedVMobject(polyline(self.plots[i], piece, stroke_color=TEXT_COLOR,
                                    stroke_width=3), num_dashes=6)
            for i in moved
            for piece in [self.short_of_numbers(self.plots[i], piece) for piece in clip_polyline(
                np.stack([lam_past, on_line[:, i]], axis=-1),
                ViewBox(x_range=tuple(self.plots[i].x_range),
                        y_range=tuple(self.plots[i].y_range)))]
            if len(piece) >= 2))
        with self.cue(past_words, gone=_weights_phrase(moved) if moved else "") as cue:
            cue.play(Create(dashed_past), *(Create(m) for m in plot_past),
                     Undim(self.lasso_traces[0]), at="past", until="flip")
            # The knot's ring lit in place (a Flash's rays crowded the tick "1", r89).
            cue.play(Indicate(dashed_past, color=SOLUTION_COLOR, scale_factor=1.0),
                     *(Indicate(m, color=SOLUTION_COLOR, scale_factor=1.0) for m in plot_past),
                     Indicate(self.knot_marks[0], color=KNOT_COLOR), run_time=1.5)
            if sub_line is not None:
                # λ moves on past the knot while "keeps w₁ at exactly 0" is said, and the s₁
                # line comes with its own words (a reviewer, r30: said 7 s before λ moved,
                # written 2 s before its words).
                cue.play(*([Conceal(s_label)] if s_label is not None else []),
                         Reveal(new_s), Reveal(self.gauge),
                         Reveal(self.gauge_dot), at="keep", run_time=0.5)
                nxt = self.events[1].strength
                here = self.events[0].strength
                _thaw(self.frozen)
                sweep(self, self.strength, here + 0.08 * (nxt - here), *self.followers,
                      run_time=max(cue.until("formula"), 0.5), rate_func=linear)
                self.swap("current_formula", sub_line, cue, run_time=0.4)
                sweep(self, self.strength, here + CORNER_SHARE * (nxt - here), *self.followers,
                      run_time=max(cue.until(cue.END), 0.5), rate_func=linear)
                self.frozen = _freeze(*self.followers)
            else:
                cue.play(*([Conceal(s_label)] if s_label is not None else []),
                         Indicate(self.lasso_traces[0], color=TEXT_COLOR, scale_factor=1.0),
                         until=cue.END)
        self.dashed = VGroup(dashed, dashed_past)
        # plot_past's members, not the group: Create added them to the scene one by one.
        # sᵢ's label stays with its gauge (a reviewer, r30: the bar lost its label at 82 s).
        self.stale = [dashed, dashed_past, *plot_past]
        self.gauge_label = new_s

    def corner_past_knot(self) -> bool:
        """Whether the lasso's w at the current λ (past the first knot, before the next) is
        a corner of its diamond: one weight exactly 0, |∂f/∂w| < λ strictly on it."""
        if len(self.events) < 2 or self.events[0].last:
            return False
        lam = float(self.strength.get_value())
        w = self.lasso_at()
        zero = np.flatnonzero(w == 0.0)
        return (self.events[0].strength < lam < self.events[1].strength and len(zero) == 1
                and abs(float(self.loss.gradient(w)[zero[0]])) < lam)

    def corner_outlines(self) -> list[VMobject]:
        """The diamond ‖w‖₁ = ‖w(λ)‖₁ and f's contour through the lasso's w(λ), as plain
        polylines (layout: what `show_corner_angle` will draw at this λ, for what is placed
        before it to keep clear of; the s₁ gauge sat on the diamond's edge)."""
        if len(self.events) < 2:
            return []
        first, second = self.events[0].strength, self.events[1].strength
        solution = penalized(self.loss, norm="l1", strength=first + CORNER_SHARE * (second - first))
        radius = float(lp_norm(solution.point, 1.0))
        return [polyline(self.plane, piece) for curve in (
            ball_outline("l1", radius), level_set(self.loss, solution.level))
            for piece in clip_polyline(curve, self.view)]

    def show_corner_angle(self) -> None:
        """Past the knot (the current λ): the diamond ‖w‖₁ ≤ ‖w(λ)‖₁, f's contour through
        w(λ), and −∇f there strictly inside the corner's cone of normals: the contour meets
        the corner at an angle (at the knot it was tangent to an edge, the limiting case)."""
        lam = float(self.strength.get_value())
        solution = penalized(self.loss, norm="l1", strength=lam)
        w = solution.point
        radius = float(lp_norm(w, 1.0))
        diamond = VGroup(*(DashedVMobject(
            polyline(self.plane, piece, stroke_color=LASSO_COLOR, stroke_width=3),
            num_dashes=DIAMOND_DASHES) for piece in clip_polyline(
                ball_outline("l1", radius), self.view)))
        contour = VGroup(*(polyline(self.plane, piece, stroke_color=TEXT_COLOR, stroke_width=3)
                           for piece in clip_polyline(level_set(self.loss, solution.level),
                                                      self.view)))
        # Layout: the cone and −∇f's direction drawn BALANCE_SHARE of the view's smaller side.
        length = BALANCE_SHARE * min(self.view.width, self.view.height)
        cone = VMobject(stroke_color=CONE_TINT, stroke_width=2, stroke_opacity=0.5,
                        fill_color=CONE_TINT, fill_opacity=WEDGE_FILL, z_index=3)
        cone.set_points_as_corners(to_scene(self.plane, normal_cone_wedge(solution,
                                                                          length=length)))
        pull = -self.loss.gradient(w)
        arrow = Arrow(to_scene(self.plane, w),
                      to_scene(self.plane, w + length * pull / float(np.linalg.norm(pull))),
                      buff=0.0, color=GRADIENT_COLOR, stroke_width=5, tip_length=0.16,
                      max_tip_length_to_length_ratio=0.35, z_index=6)
        label = legible(MathTex(r"-\nabla f", font_size=26, color=GRADIENT_COLOR))
        # Left of its tip, inside the cone (up and right it sat on the contour).
        place_clear(label, arrow.get_end(), np.array([-1.0, 0.0]),
                    [*self.traces, *self.dots, self.plane_group, self.center_label,
                     self.center_dot, self.frame, diamond, contour, arrow,
                     *self.knot_marks[0::2]], minor=[*self.contours, cone])
        _keep_in_frame(label)
        with self.cue("{@draw}At {lam} = {lv}, t = ‖w‖₁ = {t}{@drawn}: "
                      "{@angle}past the knot the contour meets the corner at an angle{@cone}, "
                      "−∇f inside its cone of normals{@inside}; it still touches only "
                      "there{@end}.",
                      spoken="{@draw}At lambda = {lv}, t = {t}{@drawn}: "
                      "{@angle}past the knot the contour meets the corner at an angle{@cone}, "
                      "minus the gradient inside its cone of normals{@inside}; it still "
                      "touches only there{@end}.",
                      lv=self.lam_numbers([lam])[0], t=number(radius),
                      settle=CORNER_HOLD) as cue:
            cue.play(Create(diamond), at="draw", run_time=min(max(cue.until("drawn"), 0.5), 1.5))
            # Its corner, the lasso's point, lit as t is said.
            cue.play(Indicate(self.lasso_dots[0], color=TEXT_COLOR), until="drawn")
            cue.play(Create(contour), at="angle", until="cone")
            cue.play(FadeIn(cone), GrowArrow(arrow), Reveal(label), at="cone",
                     run_time=min(max(cue.until("inside"), 0.5), 1.2))
            cue.play(Indicate(self.lasso_dots[0], color=TEXT_COLOR), until="end")
        # The picture stays past its words (the cue's settle), so "only there" can be checked
        # on it; it leaves as the next piece's words begin.
        self.stale = [*getattr(self, "stale", []), diamond, contour, cone, arrow, label]

    def replay_balance(self, words: str, spoken: str, values: dict[str, Any], early: tuple,
                       balance: tuple[Arrow, VMobject, Arrow, VMobject], formula: MathTex,
                       dashed: VMobject) -> None:
        """The first piece replayed with the balance riding on it, in three cues, so each
        caption names only what is on screen while it shows (fresh reviews, r89: s named
        4 s before it was drawn, "this dashed line" 4 s before it)."""
        back, rest = words.split("{@sub}", 1)
        middle, last = rest.split("{@while}", 1)
        back_s, rest_s = spoken.split("{@sub}", 1)
        middle_s, last_s = rest_s.split("{@while}", 1)
        pull, pull_label, push, push_label = balance
        with self.cue(back.strip(), spoken=back_s.strip()) as cue:
            if early:
                cue.play(*early, run_time=0.6)
            riders = self.ride_balance(balance)
            # The old traces stay, faded, while λ goes back to 0 (the replay is said).
            ghost = VGroup(*(t.copy().clear_updaters() for t in self.traces))
            ghost.set_stroke(opacity=GHOST_OPACITY)
            self.add(ghost)
            _thaw(self.frozen)
            sweep(self, self.strength, 0.0, *self.followers,
                  run_time=max(cue.until(cue.END), 1.2), rate_func=smooth)
            self.frozen = _freeze(*self.followers)
        sval = values["sval"]
        # s defined on its own row, with its value here, as its words start: the definition
        # in the knot's row, s = (…) where the equation's consequence will go.
        definition = MathTex(r"s_i = \operatorname{sign}(w_i) \text{ if } w_i \ne 0,\ "
                             r"s_i \in [-1, 1] \text{ if } w_i = 0", font_size=ROW_FONT)
        definition.move_to([0, ROW_B, 0]).align_to([PANEL_LEFT, 0, 0], LEFT)
        here = MathTex(rf"s = {sval.tex}", font_size=ROW_FONT, color=NORMAL_COLOR)
        here.move_to(self.row_a()).align_to([PANEL_RIGHT - EDGE_ROOM, 0, 0], RIGHT)
        # Tick numbers the riding labels would pass over leave while they ride (fresh
        # reviews, r89: "−∇f(w)" on the w₂ axis's "2").
        crossed = self.ride_crossings(balance)
        with self.cue("{@sub}" + middle.strip(), spoken="{@sub}" + middle_s.strip(),
                      **values) as cue:
            self.swap("current_event_line", definition, cue, Reveal(here), at="sub",
                      run_time=0.5)
            cue.play(Indicate(here, color=NORMAL_COLOR, scale_factor=PANEL_INDICATE),
                     until="pull")
            # Up the first piece again with the two arrows riding on w(λ), equal and
            # opposite, growing.
            _thaw(self.frozen)
            self.add(*balance)
            if crossed:
                cue.play(*(Dim(m, factor=0.0) for m in crossed), run_time=0.3)
            sweep(self, self.strength, self.events[0].strength, *self.followers, *riders,
                  run_time=max(cue.until("grown"), 2.0), rate_func=linear)
            self.frozen = _freeze(*self.followers)
            for rider in riders:
                rider.clear_updaters()
            self.remove(ghost)
            # The equation on screen as its words start; it stays through the beat.
            self.swap("current_formula", formula[0], cue, at="grown", run_time=0.4)
            cue.play(Indicate(formula[0], scale_factor=PANEL_INDICATE),
                     Indicate(pull_label, color=GRADIENT_COLOR),
                     Indicate(push_label, color=NORMAL_COLOR), until=cue.END)
        with self.cue(last.strip(), spoken=last_s.strip()) as cue:
            cue.play(*(Conceal(m) for m in (*balance, here)),
                     *(Undim(m) for m in crossed), run_time=SWAP_OUT)
            cue.play(Reveal(formula[1]), run_time=0.5)
            # Drawn across the rest of the words, which describe it, the orange piece under it
            # dimmed so the white dashes read as a new line (a reviewer, r30: drawn exactly
            # over the orange segment, "this dashed line" pointed at nothing new).
            cue.play(Create(dashed), Dim(self.lasso_traces[0]), until=cue.END)

    def ride_crossings(self, balance: tuple[Arrow, VMobject, Arrow, VMobject]) -> list[VMobject]:
        """The plane's tick numbers a riding label meets on its way up the first piece
        (its box at sampled λ, regmath's arrows as `ride_balance` draws them; layout only)."""
        pull, pull_label, push, push_label = balance
        knot_lam = self.events[0].strength
        pen = penalized(self.loss, norm="l1", strength=knot_lam)
        (x0, x1, _), (y0, y1, _) = self.view.x_range, self.view.y_range
        scale = BALANCE_SHARE * min(x1 - x0, y1 - y0) / float(np.linalg.norm(pen.gradient))
        knot_pull = to_scene(self.plane, pull_arrow(pen, scale=scale).end)
        knot_push = to_scene(self.plane, push_arrow(pen, scale=scale).end)
        numbers_ = [*self.plane.x_axis.numbers, *self.plane.y_axis.numbers]
        hit: list[VMobject] = []
        for lam in np.linspace(LABEL_FROM * knot_lam, knot_lam, RIDE_SAMPLES):
            now = penalized(self.loss, norm="l1", strength=float(lam))
            for label, make, at_knot in ((pull_label, pull_arrow, knot_pull),
                                         (push_label, push_arrow, knot_push)):
                ghost = label.copy()
                ghost.shift(to_scene(self.plane, make(now, scale=scale).end) - at_knot)
                hit.extend(n for n in numbers_ if n not in hit
                           and boxes_meet(ghost, n, gap=0.05))
        return hit

    def show_ridge(self) -> None:
        # Ridge's weights live in the knot row while λ runs on: small, never 0 (a reviewer
        # saw ridge's w₁ touch the λ axis at the end of its plot).
        last = ridge_path(self.loss, [self.lam_end])[0]
        shown = [abs(float(v)) for v in last if v != 0.0]
        digits = decimals_for(min(shown)) if shown else 1
        largest = float(np.max(np.abs(self.paths.ridge)))
        form = number_format(largest, digits, signed=bool(np.any(self.paths.ridge < 0)),
                             plus=False)
        ridge_live = Readout.fitting(PANEL_RIGHT - PANEL_LEFT, r"\text{{ridge: }} w_1 = " + form
                                     + r",\ \ w_2 = " + form, *self.ridge_at(),
                                     font_size=ROW_FONT, exact_zeros=True, color=RIDGE_BRIGHT)
        ridge_live.move_to([0, ROW_B, 0]).align_to([PANEL_LEFT, 0, 0], LEFT)
        ridge_live.add_updater(lambda r: r.set_values(*(float(v) for v in self.ridge_at())))
        # λ runs on from λ_max here, in one sweep, before ridge's formula, and stops at the
        # axis's end, a value the words name (a reviewer, r34: λ frozen at an odd 6.601 for
        # ~27 s under the ridge part).
        with self.cue("{@go}{lam} grows on to {end}: the lasso stays at exactly 0; here, ridge "
                      "keeps shrinking, but no {lam} makes it 0{@end}.",
                      end=self.lam_numbers([self.lam_end])[0]) as cue:
            self.swap("current_event_line", ridge_live, cue, at="go", run_time=0.4)
            self.followers.append(ridge_live)
            _thaw(self.frozen)
            sweep(self, self.strength, self.lam_end, *self.followers, run_time=cue.until("end"),
                  rate_func=smooth)
            self.frozen = _freeze(*self.followers)
        if self.ridge_never_zero():
            # Why it is never 0, in place of its curve's shape (fresh reviews, r89: "never 0"
            # stated, not explained; the chords and Hŵ's direction off the scene's contrast).
            self.show_ridge_why()
            self.chord = None
            self.arrival = None
        else:
            self.show_ridge_shape()
        for follower in self.followers:
            for part in follower.get_family():
                part.clear_updaters()

    def ridge_never_zero(self) -> bool:
        """Neither of ridge's weights is 0 at any λ drawn (ŵ off both axes, no crossing)."""
        return (not self.ridge_zero and bool(np.all(self.loss.center != 0.0))
                and not any(c is not None and c <= self.lam_end for c in self.crossings))

    def show_ridge_why(self) -> None:
        """Ridge's penalty pulls wⱼ back with λwⱼ, 0 at wⱼ = 0: it cannot balance a nonzero
        ∂f/∂wⱼ there, where the lasso's λsⱼ (any sⱼ in [−1, 1]) can. Read at the last λ for
        ridge's smaller weight, from regmath: λ|wⱼ| = |∂f/∂wⱼ| > 0. The "what if wⱼ = 0" is
        a dashed ghost of ridge's point; its real point stays where regmath has it."""
        lam = float(self.strength.get_value())
        w = ridge_path(self.loss, [lam])[0]
        j = int(np.argmin(np.abs(w)))
        slope = abs(float(self.loss.gradient(w)[j]))
        name = f"w_{j + 1}"
        line = MathTex(rf"\text{{ridge: }} \lambda|{name}| = |\partial f/\partial {name}| = "
                       + number(slope).tex + r" \ne 0", font_size=ROW_FONT, color=RIDGE_BRIGHT)
        line.move_to(self.row_a()).align_to([PANEL_LEFT, 0, 0], LEFT)
        sub = "₁₂"[j]
        n = str(j + 1)
        slide, shown, balance = self.ridge_balance(j)
        at_zero = w.copy()
        at_zero[j] = 0.0

        def ghost_at() -> np.ndarray:
            p = w.copy()
            p[j] = slide.get_value()
            return p

        # The ghost: ridge's ring, dashed and dim, at the tracker's wⱼ.
        ring = self.ridge_dots[0]
        ghost = DashedVMobject(Circle(radius=ring.width / 2, color=RIDGE_BRIGHT, stroke_width=3),
                               num_dashes=10)
        ghost.set_stroke(opacity=RIDGE_GHOST_OPACITY).set_z_index(5)
        ghost.move_to(to_scene(self.plane, w))
        ghost.add_updater(lambda g: g.move_to(to_scene(self.plane, ghost_at())))
        ghost_label = legible(MathTex(rf"\text{{if }} {name} = 0", font_size=26,
                                      color=RIDGE_BRIGHT))
        # Where the ghost ends, away from the arrows along wⱼ (they lie on its line).
        place_clear(ghost_label, to_scene(self.plane, at_zero), -np.eye(2)[j] + np.eye(2)[1 - j],
                    [*self.traces, *self.dots, self.plane_group, self.center_label, self.frame,
                     self.plane.x_axis, self.plane.y_axis, *balance],
                    minor=[*self.contours])
        _keep_in_frame(ghost_label)
        # Where the slide is a few pixels at the plane's scale, it is shown magnified, its
        # name there; the ghost in the plane stays as the arrows' start.
        zoom = self.make_ridge_zoom(w, j, ghost_at, avoid=[*balance[2:], self.center_label],
                                    soft=[*balance[:2]])
        zoom_ghost = None
        if zoom is not None:
            zoom, zoom_ghost, ghost_label = zoom
        # Ridge's value beside its curve's end in its plot, left of the cursor and above the
        # curve: there the curve runs a few pixels over the lasso's 0.
        plot_dot = self.ridge_dots[1 + j]
        gap_label = legible(MathTex(number(float(w[j])).tex, font_size=26, color=RIDGE_BRIGHT))
        gap_label.move_to(plot_dot.get_center() + np.array([
            -(plot_dot.width / 2 + 0.05 + gap_label.width / 2),
            plot_dot.height / 2 + 0.02 + gap_label.height / 2, 0.0]))
        self.ridge_zoom = zoom
        # The ghost's two pulls, live from regmath (the slide is a few pixels at this λ; the
        # numbers show the penalty's pull going to 0 while f's does not).
        pulls = [lam * abs(float(w[j])), slope, abs(float(self.loss.gradient(at_zero)[j]))]
        form = number_format(max(pulls), decimals_for(min(p for p in pulls if p > 0.0)))
        ghost_row = Readout.fitting(
            PANEL_RIGHT - PANEL_LEFT,
            r"\text{{dashed: }} \lambda|" + name + "| = " + form
            + r",\ \ |\partial f/\partial " + name + "| = " + form,
            lam * abs(float(w[j])), slope, font_size=ROW_FONT, exact_zeros=True,
            color=RIDGE_BRIGHT)
        ghost_row.move_to(self.row_a()).align_to([PANEL_LEFT, 0, 0], LEFT)
        ghost_row.add_updater(lambda r: r.set_values(
            lam * abs(float(ghost_at()[j])), abs(float(self.loss.gradient(ghost_at())[j]))))
        with self.cue("Why not 0? {@pen}Ridge's pull −{lam}{wj} shrinks with {wj}, to 0 at "
                      "{wj} = 0{@zero}: nothing there balances ∂f/∂{wj} ≠ 0. {@lasso}The lasso's "
                      "pull −{lam}s" + sub + " can: s" + sub + " may be anything in [−1, 1]{@can}. "
                      "{@row}So ridge's {wj} stays where {lam}|{wj}| = |∂f/∂{wj}|, small but not "
                      "0{@end}.",
                      spoken="Why not 0? {@pen}Ridge's pull, minus lambda times {wj}, shrinks "
                      "with {wj}, to 0 at {wj} equal to 0{@zero}: nothing there balances a nonzero "
                      "slope of f in {wj}. {@lasso}The lasso's pull, minus lambda s" + n + ", can: "
                      "s" + n + " may be anything from minus 1 to 1{@can}. {@row}So ridge's {wj} "
                      "stays where lambda times its size equals the slope of f in {wj}: small but "
                      "not 0{@end}.",
                      wj=weight(j)) as cue:
            # Its balance drawn at ridge's w: f's pull on wⱼ and the penalty's, equal (the
            # arrows, redrawn every frame, fade in through `shown`).
            self.add(*balance[:2])
            cue.play(*(Reveal(m) for m in balance[2:]), shown.animate.set_value(1.0),
                     *([Reveal(zoom)] if zoom is not None else []), run_time=0.6)
            # The ghost leaves ridge's ring and slides to wⱼ = 0 while the penalty's pull is
            # said to shrink with wⱼ: its arrow shrinks to nothing, f's grows to its value
            # there. Ridge's curve of wⱼ and its penalty in the header lit meanwhile.
            self.add(ghost, *([zoom_ghost] if zoom_ghost is not None else []))
            self.swap("current_formula", ghost_row, cue, at="pen", run_time=0.4)
            cue.play(slide.animate.set_value(0.0), Dim(balance[3], factor=0.0),
                     self.ridge_traces[1 + j].animate(rate_func=there_and_back).set_stroke(
                         width=CURVE_PULSE),
                     Indicate(self.formulas[1], color=TEXT_COLOR, scale_factor=1.0),
                     until="zero")
            # Named once it is there.
            cue.play(Reveal(ghost_label), run_time=0.4)
            # The lasso's balance at its own w, as its −λsⱼ is said; the ghost and ridge's
            # arrows leave (two "−∂f/∂wⱼ" at once read as one arrow's).
            lasso_parts = self.lasso_balance(j)
            cue.play(Conceal(ghost), Conceal(ghost_label), Conceal(ghost_row),
                     *([Conceal(zoom), Conceal(zoom_ghost)] if zoom is not None else []),
                     shown.animate.set_value(0.0), Dim(balance[2], factor=0.0),
                     run_time=0.5, at="lasso")
            ghost.clear_updaters()
            if zoom_ghost is not None:
                zoom_ghost.clear_updaters()
            ghost_row.clear_updaters()
            self.current_formula = None
            slide.set_value(float(w[j]))
            cue.play(*(Reveal(m) for m in lasso_parts),
                     self.lasso_traces[1 + j].animate(rate_func=there_and_back).set_stroke(
                         width=CURVE_PULSE),
                     Indicate(self.formulas[0], color=TEXT_COLOR, scale_factor=1.0),
                     until="can")
            # The lasso's balance leaves as ridge's is taken up again, at ridge's real wⱼ.
            self.swap("current_formula", line, cue, *(Conceal(m) for m in lasso_parts),
                      at="row")
            cue.play(shown.animate.set_value(1.0), Undim(balance[2]), Undim(balance[3]),
                     Reveal(gap_label), *([Reveal(zoom)] if zoom is not None else []),
                     run_time=0.6)
            for m in balance[:2]:
                m.clear_updaters()
            cue.play(Indicate(line, color=TEXT_COLOR, scale_factor=1.0),
                     Indicate(self.current_event_line, color=TEXT_COLOR, scale_factor=1.0),
                     until=cue.END)

    def make_ridge_zoom(self, w: np.ndarray, j: int, ghost_at: Any, *, avoid: list[VMobject],
                        soft: list[VMobject]) -> tuple[VGroup, VMobject, VMobject] | None:
        """A magnified inset of the w plane round ridge's w and the wⱼ = 0 axis beside it
        (regmath's `corner_inset` round (w with wⱼ halved), RIDGE_ZOOM_SPAN·|wⱼ| each way):
        the axis, the lasso's and ridge's paths, ridge's ring at its real w, and a dashed
        ghost at ``ghost_at()`` (it follows the slide), all through the inset's axes. None
        where the gap to the axis is seen at the plane's scale."""
        unit = float(np.linalg.norm(self.plane.c2p(*np.eye(2)[j]) - self.plane.c2p(0, 0)))
        if abs(float(w[j])) * unit >= RIDGE_ZOOM_SEEN:
            return None
        centre_point = w.copy()
        centre_point[j] = w[j] / 2
        share = min(RIDGE_ZOOM_SPAN * abs(float(w[j])) / min(self.view.width, self.view.height),
                    0.5)
        box, corner = corner_inset(centre_point, self.view, share=share)
        at = to_scene(self.plane, corner)
        inward = np.sign(self.frame.get_center() - at) * (RIDGE_ZOOM_SIDE / 2 + INSET_MARGIN)
        centre = self.inset_centre(w, default=at + inward * (RIGHT + UP), avoid=avoid, soft=soft,
                                   side=RIDGE_ZOOM_SIDE)
        zaxes, parts = inset_frame(box, self.plane, side=RIDGE_ZOOM_SIDE, centre=centre)
        parts["frame"].set_fill(BACKGROUND, opacity=1.0)
        (x0, x1, _), (y0, y1, _) = self.view.x_range, self.view.y_range
        axis_line = (np.array([[x0, 0.0], [x1, 0.0]]), np.array([[0.0, y0], [0.0, y1]]))[1 - j]
        drawn = VGroup()
        for piece in clip_polyline(axis_line, box):
            drawn.add(polyline(zaxes, piece, stroke_color=MUTED_COLOR, stroke_width=2))
        for points, color, width in ((self.paths.ridge, RIDGE_COLOR, 3),
                                     (self.paths.lasso, LASSO_COLOR, 5)):
            for piece in clip_polyline(points, box):
                drawn.add(polyline(zaxes, piece, stroke_color=color, stroke_width=width))
        ring = Circle(radius=RIDGE_ZOOM_RING, color=RIDGE_COLOR, stroke_width=4)
        ring.move_to(to_scene(zaxes, w))
        drawn.add(ring)
        ghost = DashedVMobject(Circle(radius=RIDGE_ZOOM_RING, color=RIDGE_BRIGHT, stroke_width=4),
                               num_dashes=12)
        ghost.move_to(to_scene(zaxes, ghost_at())).set_z_index(INSET_Z + 2)
        ghost.add_updater(lambda g: g.move_to(to_scene(zaxes, ghost_at())))
        times = unit and (RIDGE_ZOOM_SIDE / (box.x_range[1] - box.x_range[0])) / unit
        frame = parts["frame"]
        note = legible(MathTex(rf"\times {round(times)}", font_size=24, color=MUTED_COLOR))
        # The ghost's name where it ends, on the ring's side of the axis and away from where
        # ridge's path comes from (the paths lie along the other axis, there is room across).
        zero = w.copy()
        zero[j] = 0.0
        label = legible(MathTex(rf"\text{{if }} w_{j + 1} = 0", font_size=24, color=RIDGE_BRIGHT))
        across = np.eye(2)[1 - j] * (-1.0 if w[1 - j] >= 0 else 1.0)
        side = np.eye(2)[j] * (1.0 if w[j] >= 0 else -1.0)
        base = to_scene(zaxes, zero)
        # Its magnification in the corner across the axis from the ring and the name.
        corner3 = np.append(-across - side, 0.0)
        note.move_to(frame.get_corner(corner3), aligned_edge=corner3).shift(-0.08 * corner3)
        tall, wide = (label.height, label.width) if j == 0 else (label.width, label.height)
        label.move_to(base + (RIDGE_ZOOM_RING + 0.15 + tall / 2) * np.append(across, 0.0)
                      + (0.08 + wide / 2) * np.append(side, 0.0))
        way = centre - to_scene(self.plane, w)
        sx, sy = np.sign(way[0]) or 1.0, np.sign(way[1]) or 1.0
        pair = (0, 2) if sx * sy < 0 else (1, 3)
        outline = frame_outline(box)
        # Only the joins that run through no tick number, label or knot ring (one ran
        # between the knot's ring and the tick "1").
        names = [*self.plane.x_axis.numbers, *self.plane.y_axis.numbers, *self.plane_group[1:],
                 self.center_label, *self.knot_marks, *avoid]
        joins = VGroup(*(join for join in (VMobject(**INSET_STYLE).set_points_as_corners(
            [to_scene(self.plane, outline[k]), to_scene(zaxes, outline[k])]) for k in pair)
            if not any(_meets_points(m, join) for m in names)))
        inset = VGroup(parts["region"], joins, frame, drawn, note)
        inset.set_z_index(INSET_Z)
        label.set_z_index(INSET_Z + 2)
        return inset, ghost, label

    def lasso_balance(self, j: int) -> list[VMobject]:
        """At the lasso's w (the current λ), f's pull −∂f/∂wⱼ and the penalty's −λsⱼ along
        wⱼ, equal and opposite (sⱼ = −∂f/∂wⱼ / λ from regmath's gradient), at ridge's
        arrows' scale; and sⱼ's place on the interval [−1, 1]."""
        lam = float(self.strength.get_value())
        w = self.lasso_at()
        along = np.eye(2)[j]
        pull_j = -float(self.loss.gradient(w)[j])
        # The lasso's optimality −∇f(w) = λs: at wⱼ = 0 this is the one sⱼ that balances.
        s_j = pull_j / lam
        (x0, x1, _), (y0, y1, _) = self.view.x_range, self.view.y_range
        # Layout: ridge's arrows' scale (one scale for every pull here), shortened only if
        # the lasso's pull would outgrow BALANCE_SHARE of the view.
        # ... and kept inside the view: the two arrows point both ways along wⱼ (with ŵ's
        # view tight round 0, the penalty's ran off the frame).
        low, high = ((x0, x1), (y0, y1))[j]
        room = min(high - float(w[j]), float(w[j]) - low)
        cap = min(BALANCE_SHARE * min(x1 - x0, y1 - y0), 0.85 * room) / max(abs(pull_j), 1e-12)
        scale = min(self.ridge_scale, cap)
        arrows = []
        for pull, color in ((pull_j, GRADIENT_COLOR), (-lam * s_j, NORMAL_COLOR)):
            arrows.append(Arrow(to_scene(self.plane, w), to_scene(self.plane, w + scale * pull * along),
                                buff=0.0, color=color, stroke_width=5, tip_length=0.16,
                                max_tip_length_to_length_ratio=0.35, z_index=6))
        name = f"w_{j + 1}"
        pull_label = legible(MathTex(rf"-\partial f/\partial {name}", font_size=26,
                                     color=GRADIENT_COLOR))
        push_label = legible(MathTex(rf"-\lambda s_{j + 1}", font_size=26, color=NORMAL_COLOR))
        obstacles = [*self.traces, *self.dots, self.plane_group, self.center_label,
                     self.frame, self.plane.x_axis, self.plane.y_axis, *arrows,
                     *getattr(self, "ridge_pulls", [])]
        for label, data in ((pull_label, pull_j * along), (push_label, -lam * s_j * along)):
            # Beside its arrow's tip, off the axis the arrows lie on.
            place_clear(label, to_scene(self.plane, w + scale * data), data + 0.6 * np.eye(2)[1 - j],
                        obstacles, minor=[*self.contours])
            _keep_in_frame(label)
            obstacles.append(label)
        # sⱼ on [−1, 1]: its dot at regmath's value.
        line = NumberLine(x_range=[-1, 1, 1], length=GAUGE_LENGTH, color=LASSO_COLOR,
                          stroke_width=3, include_tip=False, tick_size=0.07)
        ends = VGroup(*(legible(MathTex(v.tex, font_size=28, color=LASSO_COLOR))
                        .next_to(line.n2p(x), DOWN, buff=0.08)
                        for x, v in zip((-1.0, 0.0, 1.0), numbers([-1.0, 0.0, 1.0]))))
        value = legible(MathTex(rf"s_{j + 1} = " + number(s_j).tex + r" \in [-1, 1]",
                                font_size=28,
                                color=LASSO_COLOR))
        value.next_to(line, UP, buff=0.12)
        block = VGroup(line, ends, value)
        self.clear_spot(block, to_scene(self.plane, w),
                        labels=[*obstacles[-2:], self.center_label,
                                *self.plane.x_axis.numbers, *self.plane.y_axis.numbers],
                        curves=[*self.contours, *arrows])
        # Off the axis lines (the w₂ axis ran through "s₁").
        self.off_axes(block, keep_clear=[pull_label, push_label])
        dot = marker(line.n2p(s_j), LASSO_COLOR, radius=0.07, z_index=6)
        return [*arrows, pull_label, push_label, line, ends, value, dot]

    def ridge_balance(self, j: int) -> tuple[ValueTracker, ValueTracker, list[VMobject]]:
        """At ridge's w (the current λ), f's pull −∂f/∂wⱼ and the penalty's −λwⱼ along wⱼ,
        equal and opposite (regmath: ∇f(w) + λw = 0), drawn from a point whose wⱼ a tracker
        slides (to 0, where the penalty's pull is 0 and f's is not). Layout: drawn
        BALANCE_SHARE of the view's smaller side long at ridge's w."""
        lam = float(self.strength.get_value())
        w = ridge_path(self.loss, [lam])[0]
        slide = ValueTracker(float(w[j]))
        # The arrows' opacity (redrawn every frame, so faded through this, not by Dim).
        shown = ValueTracker(0.0)
        (x0, x1, _), (y0, y1, _) = self.view.x_range, self.view.y_range
        # Scaled by f's largest pull along the slide (affine in wⱼ: at one of its ends), so
        # no arrow outgrows BALANCE_SHARE of the view (variants tiny, near-singular and
        # milli-coupled: scaled at w, f's pull at wⱼ = 0 ran off the frame).
        at_zero = w.copy()
        at_zero[j] = 0.0
        largest = max(abs(float(self.loss.gradient(p)[j])) for p in (w, at_zero))
        scale = BALANCE_SHARE * min(x1 - x0, y1 - y0) / largest
        self.ridge_scale = scale
        along = np.eye(2)[j]

        def here() -> np.ndarray:
            p = w.copy()
            p[j] = slide.get_value()
            return p

        def arrow(pull: float, color: Any) -> VMobject:
            start = here()
            # (Of no length at wⱼ = 0: drawn a hair long and unseen, the same mobject.)
            seen = abs(pull) * scale >= 1e-3
            end = start + (scale * pull if seen else 1e-3) * along
            drawn = Arrow(to_scene(self.plane, start), to_scene(self.plane, end), buff=0.0,
                          color=color, stroke_width=5, tip_length=0.16,
                          max_tip_length_to_length_ratio=0.35, z_index=6)
            return drawn.set_opacity(shown.get_value() if seen else 0.0)

        pull = always_redraw(lambda: arrow(-float(self.loss.gradient(here())[j]),
                                           GRADIENT_COLOR))
        push = always_redraw(lambda: arrow(-lam * float(here()[j]), NORMAL_COLOR))
        name = f"w_{j + 1}"
        pull_label = legible(MathTex(rf"-\partial f/\partial {name}", font_size=26,
                                     color=GRADIENT_COLOR))
        push_label = legible(MathTex(rf"-\lambda {name}", font_size=26, color=NORMAL_COLOR))
        obstacles = [*self.traces, *self.dots, self.plane_group, self.center_label,
                     self.frame, self.plane.x_axis, self.plane.y_axis, pull, push]
        for label, data in ((pull_label, -float(self.loss.gradient(w)[j]) * along),
                            (push_label, -lam * float(w[j]) * along)):
            place_clear(label, to_scene(self.plane, w + scale * data), data, obstacles,
                        minor=[*self.contours])
            _keep_in_frame(label)
            obstacles.append(label)
        self.ridge_pulls = [pull, push, pull_label, push_label]
        return slide, shown, self.ridge_pulls

    def show_ridge_shape(self) -> None:
        """Ridge's curve (data where a ridge weight is 0 somewhere): not linear, its arrival
        at 0, and where it is 0."""
        # Ridge's colour says whose equation it is (no "ridge:" prefix: room for a larger font).
        parts = (r"(H+", r"\lambda I", r")\,w = H\hat w",
                 r"\ \Rightarrow\ w(\lambda) = (H+\lambda I)^{-1}H\hat w")
        formula = MathTex(*parts, font_size=ROW_FONT, color=RIDGE_BRIGHT)
        formula.move_to(self.row_a()).align_to([PANEL_LEFT, 0, 0], LEFT)
        # The straight line from ridge's first point to its point at the current λ, in each
        # plot of a weight that is not 0 throughout: its curve bends away from it (a ridge
        # weight (a + bλ)/det(H + λI) is affine in λ only when it is 0 throughout).
        now = ridge_path(self.loss, [0.0, self.strength.get_value()])
        lams = np.array([0.0, self.strength.get_value()])
        bending = [i for i in range(2) if i not in self.ridge_zero]
        chords = VGroup(*(
            DashedVMobject(polyline(self.plots[i], np.stack([lams, now[:, i]], axis=-1),
                                    stroke_color=TEXT_COLOR, stroke_width=2.5), num_dashes=24)
            for i in bending))
        bend = ("its plots bend away from the dashed chords joining their ends"
                if len(bending) == 2 else
                "its plot of {wb} bends away from the dashed chord joining its ends")
        if self.straight_ridge:
            shape = ("a straight segment, because {H} is a multiple of {I}"
                     if isotropic_hessian(self.loss) else
                     "a straight segment, because {H}{w_hat} is parallel to {w_hat}")
        # (Its equation (H + λI)w = Hŵ is on screen, no longer said: time for the ŵ arrow.)
        # "smooth": why no knots (a fresh review, r35: "not linear" is not the reason).
        with self.cue("{@ridge}Ridge has no knots: {@mult}w({lam}) = (H + {lam}I)⁻¹H{w_hat} "
                      "is smooth, and not linear in {lam}: {@bend}" + bend + "{@bent}.",
                      spoken="{@ridge}Ridge has no knots: {@mult}w of lambda is smooth, and not "
                      "linear in lambda: {@bend}" + bend + "{@bent}.",
                      wb=weight(bending[0])) as cue:
            # (The last knot's line left as λ ran on: ridge's live weights hold its row.)
            self.swap("current_formula", formula, cue, at="ridge")
            # λI is lit as the equation is read; then the closed form; then the bending curves.
            # "No knots": ridge's plotted curves thicken and come back meanwhile, smooth where
            # the lasso's kink (a reviewer, r32: the picture stood still under the formula).
            cue.play(Indicate(formula[1], color=TEXT_COLOR, scale_factor=1.3),
                     *(self.ridge_traces[1 + i].animate(rate_func=there_and_back).set_stroke(
                         width=CURVE_PULSE) for i in bending), until="mult")
            # The chords drawn while "not linear in λ" is read (a reviewer, r34: ~7 s still
            # under the closed form, the chords only at "bend").
            cue.play(Indicate(formula[3], color=TEXT_COLOR, scale_factor=1.0),
                     *(Create(m) for m in chords), at="mult", until="bend")
            # Ridge's curves stay green (a white flash hid them against the white chords):
            # they thicken and come back while the bend is named.
            cue.play(*(self.ridge_traces[1 + i].animate(rate_func=there_and_back).set_stroke(
                           width=CURVE_PULSE) for i in bending), until=cue.END)
        self.chord = None
        self.arrival = None
        if self.straight_ridge:
            with self.cue("In the plane its path is " + shape + "{@shape}.") as cue:
                # The chords fade slowly over these words: they stay ≥ 4 s in all.
                cue.play(Indicate(self.ridge_traces[0], color=TEXT_COLOR, scale_factor=1.0),
                         Conceal(chords),
                         until=cue.END)  # across all its words (a reader's mark falls early)
        else:
            # Why it bends, drawn: ridge heads into 0 along Hŵ (w(λ) ≈ Hŵ/λ for large λ), an
            # arrow at 0 from regmath; it leaves ŵ, so it cannot run along ŵ unless the two
            # are parallel. Then the counterfactual: the straight line from ŵ to 0.
            tail, tip = ridge_arrival(self.loss, self.view, share=ARRIVAL_SHARE)
            # Anchored at 0, where the words say ridge arrives (a reviewer, r32: drawn beside
            # its line it started left of 0); above the axis and the dimmed lasso segment.
            arrow = Arrow(to_scene(self.plane, tail), to_scene(self.plane, tip), buff=0.0,
                          color=GRADIENT_COLOR, stroke_width=6, tip_length=0.22,
                          max_tip_length_to_length_ratio=0.35, z_index=4)
            # Ridge's path on past the last λ, dotted, as it comes into 0 along Hŵ (the
            # plane stops at λ = lam_end, half a unit away; the words say where it goes).
            far_lams = np.geomspace(self.lam_end, RIDGE_FAR * self.lam_end, GRID_SAMPLES)
            tail_path = VGroup(*(DashedVMobject(
                polyline(self.plane, piece, stroke_color=RIDGE_BRIGHT, stroke_width=4),
                num_dashes=RIDGE_FAR_DASHES) for piece in clip_polyline(
                    ridge_path(self.loss, far_lams), self.view)))
            # Above the arrow and the lasso's segment it may run beside.
            tail_path.set_z_index(5)
            arrow_label = legible(MathTex(r"H\hat w", font_size=30, color=GRADIENT_COLOR))
            # ŵ's direction from 0 beside it, as long (regmath: `center_direction`), so the
            # two directions are compared at 0 (a reviewer, r34: "not along ŵ" with nothing
            # drawn for ŵ).
            c_tail, c_tip = center_direction(self.loss, self.view, share=ARRIVAL_SHARE)
            c_arrow = Arrow(to_scene(self.plane, c_tail), to_scene(self.plane, c_tip), buff=0.0,
                            color=CENTER_COLOR, stroke_width=6, tip_length=0.22,
                            max_tip_length_to_length_ratio=0.35, z_index=4)
            c_label = legible(MathTex(r"\hat w", font_size=30, color=CENTER_COLOR))
            place_clear(arrow_label, arrow.get_end(), tip, [*self.traces, *self.dots,
                        self.plane_group, self.center_label, tail_path, c_arrow,
                        *self.knot_marks[0::2]], minor=[*self.contours])
            _keep_in_frame(arrow_label)
            # Beside its tip, on the side away from Hŵ's arrow (along the arrow it would sit on
            # the grey line that comes later).
            side = np.array([c_tip[1], -c_tip[0]])
            if float(side @ tip) > 0.0:
                side = -side
            place_clear(c_label, c_arrow.get_end(), side, [*self.traces, *self.dots,
                        self.plane_group, self.center_label, tail_path, arrow, arrow_label,
                        *self.knot_marks[0::2]], minor=[*self.contours])
            _keep_in_frame(c_label)
            # The approximation on screen, in the formula's row, as it is said.
            approx = MathTex(r"\text{large } \lambda:\ \ w \approx H\hat w/\lambda",
                             font_size=ROW_FONT, color=RIDGE_BRIGHT)
            approx.move_to(self.row_a()).align_to([PANEL_LEFT, 0, 0], LEFT)
            chord = DashedVMobject(polyline(self.plane, np.array([self.loss.center, np.zeros(2)]),
                                            stroke_color=MUTED_COLOR, stroke_width=3),
                                   num_dashes=30)
            # Named on screen, so it is understood without the captions.
            chord_label = legible(MathTex(r"\text{if } H\hat w \parallel \hat w", font_size=30,
                                          color=MUTED_COLOR.interpolate(TEXT_COLOR, 0.7)))
            # Nearer 0 than ŵ's arrow's label, below the line (layout only).
            place_clear(chord_label, to_scene(self.plane, CHORD_LABEL_AT * self.loss.center),
                        np.array([1.0, -1.0]), [*self.traces, *self.dots, self.plane_group,
                        self.center_label, tail_path, arrow, arrow_label, chord, c_arrow,
                        c_label], minor=[*self.contours])
            _keep_in_frame(chord_label)
            with self.cue("In the plane its path is a curve{@shape}. {@arrow}For large {lam}, "
                          "w ≈ H{w_hat}/{lam}{@approx}: it heads into 0 along H{w_hat}, "
                          "{@not}not along {w_hat}: the two are not parallel{@end}. {@chord}If "
                          "they were, its path would be the grey line from {w_hat} to 0"
                          "{@chorded}.",
                          spoken="In the plane its path is a curve{@shape}. {@arrow}For large "
                          "lambda, w is about H w-hat over lambda{@approx}: it heads into 0 along "
                          "H w-hat, {@not}not along w-hat: the two are not "
                          "parallel{@end}. {@chord}If they were, its path would be the grey line "
                          "from w-hat to 0{@chorded}.") as cue:
                # The curve in the plane thickens as it is named and stays thick while its
                # arrival at 0 is told (a reviewer, r32: a quick pulse was not seen).
                cue.play(self.ridge_traces[0].animate.set_stroke(width=CURVE_PULSE),
                         until="shape")
                # "w ≈ Hŵ/λ" in the formula's row as it is said; the lasso's path and knots
                # dim to almost nothing: the arrows run beside them at 0.
                self.swap("current_formula", approx, cue, Conceal(chords),
                          *(Dim(m, factor=ARRIVAL_DIM) for m in self.plane_lasso()),
                          at="arrow", run_time=0.8)
                cue.play(Indicate(approx, color=TEXT_COLOR, scale_factor=1.0), until="approx")
                # Hŵ's arrow, and the path running on into 0 along it, dotted.
                cue.play(GrowArrow(arrow), Reveal(arrow_label), at="approx", run_time=0.8)
                cue.play(Create(tail_path), until="not")
                # ŵ's arrow as "not along ŵ" is said: two directions from 0.
                cue.play(GrowArrow(c_arrow), Reveal(c_label), at="not", run_time=0.8)
                cue.play(Indicate(arrow, color=GRADIENT_COLOR), Indicate(c_arrow,
                         color=CENTER_COLOR), until="end")
                # The grey line and its label come with their own words (r32: 3 s early).
                cue.play(Create(chord), Reveal(chord_label),
                         self.ridge_traces[0].animate.set_stroke(width=3), at="chord",
                         until="chorded")
            self.chord = VGroup(chord, chord_label)
            self.arrival = VGroup(arrow, arrow_label, tail_path, c_arrow, c_label)
        crossing = [(i, c) for i, c in enumerate(self.crossings)
                    if c is not None and c <= self.top]
        if crossing:
            i, c = crossing[0]
            plot = self.plots[i]
            spot = marker(plot.c2p(c, 0.0), RIDGE_COLOR, radius=0.07, z_index=5)
            with self.cue("Ridge's {wi} passes through 0 at {lam} = {cv}{@cross} and changes sign: "
                          "it is exactly 0 at that one {lam} only, and ridge's solution is "
                          "never 0.", wi=weight(i), cv=number(c)) as cue:
                cue.play(Reveal(spot), Flash(spot, color=RIDGE_COLOR), at="cross")
                cue.play(Indicate(spot, color=RIDGE_COLOR), until=cue.END)
        elif self.ridge_zero:
            with self.cue("Both paths keep {wi} at exactly 0 throughout{@zero}: {wi_hat} = 0 and "
                          "(H{w_hat}){sub} = 0, so nothing ever pulls it off 0.",
                          wi=weight(self.ridge_zero[0]), sub="₁" if self.ridge_zero[0] == 0 else "₂",
                          wi_hat=SYMBOLS[f"w{self.ridge_zero[0] + 1}_hat"]) as cue:
                cue.play(Indicate(self.plot_groups[self.ridge_zero[0]][0], color=TEXT_COLOR,
                                  scale_factor=1.0), at="zero", until=cue.END)

    def show_summary(self) -> None:
        knots = [e for e in self.events]
        values = ", ".join(self.knot_text[id(e)].text for e in knots)
        tex = (r"\text{lasso knots: } \lambda = " + r",\ ".join(self.knot_text[id(e)].tex
                                                               for e in knots))
        line = MathTex(tex, font_size=ROW_FONT, color=KNOT_COLOR)
        line.move_to(self.current_event_line).align_to([PANEL_LEFT, 0, 0], LEFT)
        many = len(knots) > 1
        where = (" — where weights reach exactly 0 or come back" if any(e.joining for e in knots)
                 else (", where weights reach exactly 0" if many else
                       ", where the weights reach exactly 0"))
        # A weight of ŵ that is 0 is ridge's weight at λ = 0, where its path starts.
        never_zero = self.ridge_never_zero()
        ridge_end = ("yet here neither weight is ever exactly 0" if never_zero else
                     "but never reaches 0")
        # Ridge's weights at the last λ, on screen beside its ring: small, not 0.
        last = ridge_path(self.loss, [self.lam_end])[0]
        # On two lines: on one (3.6 units) it ran across the plane's frame into the w₁ plot
        # (a reviewer's last frame).
        ridge_value = legible(MathTex(
            rf"\begin{{array}}{{l}}\text{{ridge }} w({self.lam_numbers([self.lam_end])[0].tex}) = \\ "
            + point(last).tex + r"\end{array}", font_size=30, color=RIDGE_BRIGHT))
        # The header and the plots are obstacles too: with ŵ far from 0 the ring sits at
        # the plane's top edge, next to the header (a lecturer's kilo-scale variant); the
        # plane's frame is one, so the label stays on one side of it.
        place_clear(ridge_value, self.ridge_dots[0].get_center(), np.array([1.0, 0.0]),
                    [self.plane_group, self.frame, *self.traces, *self.dots, self.loss_line,
                     self.formulas, self.readout, *self.plot_groups,
                     *([self.ridge_zoom] if getattr(self, "ridge_zoom", None) is not None
                       else [])], buff=0.25)
        _keep_in_frame(ridge_value)
        with self.cue("The lasso, for this quadratic f: straight pieces{@pieces} joined at its "
                      "knots, "
                      "{@values}{lam} = {values}{@knots}" + where + ". {@ridge}Ridge's solution "
                      "shrinks towards 0, " + ridge_end + "{@end}.", values=values) as cue:
            # The lasso's paths drawn over again, lit, from ŵ, piece by piece, as they
            # are named; ridge's below in its bright green (a reviewer, r32: 14 s still at
            # the last λ, a flash is not seen).
            lasso_over = VGroup(*(m.copy().clear_updaters().set_stroke(LASSO_BRIGHT, width=6)
                                  for m in self.lasso_traces))
            ridge_over = VGroup(*(m.copy().clear_updaters().set_stroke(RIDGE_BRIGHT, width=6)
                                  for m in self.ridge_traces))
            cue.play(Create(lasso_over), until="pieces")
            # The grey chord was ridge's counterfactual: it leaves the summary picture.
            chord = tuple(Conceal(m) for m in (self.chord, self.arrival,
                                                *getattr(self, "ridge_pulls", ()))
                          if m is not None)
            if self.arrival is not None:
                chord += tuple(Undim(m) for m in self.plane_lasso())
            # (The rings are not Indicated here: an Indicate with their Undim ends dim.)
            self.swap("current_event_line", line, cue, *chord, at="pieces", run_time=0.8)
            # The knots, one after another, while their values are read.
            rings = self.knot_marks[0::2]
            cue.wait_until("values")
            for ring in rings:
                cue.play(Flash(ring, color=KNOT_COLOR, flash_radius=0.35),
                         run_time=max(cue.until("knots") / len(rings), 0.6))
            closing = []
            if never_zero and not any(e.joining for e in knots):
                # The contrast held in the panel's two rows (fresh reviews, r89: no summary,
                # no hold): the lasso's as its zeros are said, ridge's as its words start.
                lasso_end = MathTex(r"\text{lasso here: exact zeros from its knots on}",
                                    font_size=ROW_FONT, color=LASSO_BRIGHT)
                lasso_end.move_to(self.row_a()).align_to([PANEL_LEFT, 0, 0], LEFT)
                ridge_end_line = MathTex(r"\text{ridge here: never exactly } 0", font_size=ROW_FONT,
                                         color=RIDGE_BRIGHT)
                ridge_end_line.move_to([0, ROW_B, 0]).align_to([PANEL_LEFT, 0, 0], LEFT)
                self.swap("current_formula", lasso_end, cue, run_time=0.5)
                if cue.until("ridge") > 0.5:
                    cue.play(Indicate(lasso_end, color=TEXT_COLOR, scale_factor=1.0),
                             until="ridge")
                self.swap("current_event_line", ridge_end_line, cue, at="ridge", run_time=0.5)
                closing = [Indicate(ridge_end_line, color=TEXT_COLOR, scale_factor=1.0)]
            elif cue.until("ridge") > 0.5:
                # The line of knots lit while what they did is said (a long "where weights
                # reach exactly 0 or come back" held still for 4.6 s in a lecturer's variant).
                cue.play(Indicate(line, color=TEXT_COLOR, scale_factor=1.0), until="ridge")
            # (It stays, bright, on the last frame: fading it after the words would be motion
            # without words.)
            cue.play(Conceal(lasso_over), Reveal(ridge_value), Create(ridge_over), *closing,
                     at="ridge", until=cue.END)
            # A last still frame with every part drawn, held to pause or cut on (the control
            # frame is the last one).
            self.wait(FINAL_HOLD)
        self.summary = line
        self.ridge_value = ridge_value

    # ------------------------------------------------------------- followers
    def lam_axis_name(self) -> str:
        """The λ plots' axis name: "λ", or "λ / 10ᵉ" when λ is written in units of 10ᵉ."""
        return r"\lambda" if not self.lam_exp else rf"\lambda / 10^{{{self.lam_exp}}}"

    def lam_form(self) -> str:
        """The readouts' placeholder for λ (and for slopes compared with it), in units of
        10ᵉ followed by "× 10ᵉ" when `lam_exp` is set: one form for every λ on screen."""
        digits = decimals_for(min(e.strength for e in self.events) / self.lam_unit)
        form = number_format(self.lam_end / self.lam_unit, digits)
        if self.lam_exp:
            form += r"\times 10^{{" + str(self.lam_exp) + "}}"
        return form

    def lam_numbers(self, values: list[float]) -> list[Any]:
        """λ values for the screen and the words: `numbers`, or m × 10ᵉ with the scene's
        one exponent (`lam_exp`), so a knot, the readout and the ticks read alike."""
        if not self.lam_exp:
            return numbers(values)
        e = self.lam_exp
        power = str(e).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))
        out = []
        for n, v in zip(numbers([v / self.lam_unit for v in values]), values):
            if v == 0.0:
                out.append(n)
                continue
            out.append(Number(text=f"{n.text}×10{power}",
                              spoken=f"{n.spoken} times ten to the {e}",
                              tex=n.tex + rf"\times 10^{{{e}}}"))
        return out

    def lasso_at(self) -> np.ndarray:
        """The exact lasso solution at the current λ (solved on its segment)."""
        return self.path.at(self.strength.get_value())

    def ridge_at(self) -> np.ndarray:
        return ridge_path(self.loss, [self.strength.get_value()])[0]

    def get_trace(self, axes: Axes, points: np.ndarray, color: Any, exact: Any,
                  index: int | None, width: float = 4) -> VMobject:
        """The polyline through the grid points up to the current λ, ending at the exact point."""
        curve = VMobject(stroke_color=color, stroke_width=width)
        lam = self.strengths

        def follow(m: VMobject) -> None:
            now = self.strength.get_value()
            count = int(np.searchsorted(lam, now, side="right"))
            tip = exact()
            end = tip if index is None else np.array([now, tip[index]])
            corners = np.concatenate([points[:count], end[np.newaxis, :]])
            if len(corners) < 2:
                corners = np.concatenate([corners, corners])
            m.set_points_as_corners(to_scene(axes, corners))

        follow(curve)
        curve.add_updater(follow)
        return curve

    def get_cursor(self) -> VGroup:
        """One line through both plots at the current λ (their λ scales are the same), with
        gaps where it would cross a row of λ tick numbers (a reviewer, r30: the cursor at
        λ = 8 ran through both "8"s). Layout only."""
        top, bottom = self.plots
        y_low, y_high = bottom.c2p(0.0, bottom.y_range[0])[1], top.c2p(0.0, top.y_range[1])[1]
        bands = []
        for plot in self.plots:
            shown = list(plot.x_axis.numbers)
            if shown:
                bands.append((min(n.get_bottom()[1] for n in shown) - CURSOR_GAP,
                              max(n.get_top()[1] for n in shown) + CURSOR_GAP))
        spans, start = [], y_low
        for low, high in sorted(bands):
            if low > start:
                spans.append((start, min(low, y_high)))
            start = max(start, high)
        if start < y_high:
            spans.append((start, y_high))
        # No stub shorter than CURSOR_STUB (a reviewer, r32: a stray dot under the w₂ plot).
        spans = [(a, b) for a, b in spans if b - a >= CURSOR_STUB]
        lines = VGroup(*(Line([0.0, a, 0.0], [0.0, b, 0.0], stroke_width=2, color=TEXT_COLOR,
                              stroke_opacity=0.8) for a, b in spans if b > a))

        def follow(m: VGroup) -> None:
            x = to_scene(top, [self.strength.get_value(), top.y_range[1]])[0]
            # Gaps, too, where a knot's value label stands inside the plots, as the cursor
            # passes it (a reviewer, r34: it ran through "0.918").
            holes = [(tag.get_bottom()[1] - CURSOR_GAP, tag.get_top()[1] + CURSOR_GAP)
                     for tag in getattr(self, "knot_labels", [])
                     if tag.get_left()[0] - CURSOR_GAP <= x <= tag.get_right()[0] + CURSOR_GAP]
            for line, (a, b) in zip(m, [(a, b) for a, b in spans if b > a]):
                for low, high in holes:
                    if low < b and high > a:
                        # The part below the label stays (the labels sit at the plots' top).
                        b = max(a, low)
                if b - a < CURSOR_STUB:
                    line.set_stroke(opacity=0.0)
                    b = a + 1e-3
                else:
                    line.set_stroke(opacity=0.8)
                line.put_start_and_end_on([x, a, 0.0], [x, b, 0.0])

        lines.add_updater(follow)
        follow(lines)
        return lines


class PenaltyEqualsConstraint(StoryScene):
    """The penalized solution at λ is the constrained one at t = ‖w*(λ)‖₁, and why."""

    center: ClassVar[tuple[float, ...]] = (1.0, 1.6)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((1.1, -0.5), (-0.5, 3.9))
    norm: ClassVar[str] = "l1"
    #: Where the story rests, as a fraction of λ_max (0 < fraction < 1: a diamond still in view).
    rest_fraction: ClassVar[float] = 0.4
    contour_samples: ClassVar[int] = 129

    parameters = {
        "center": a_point(),
        "hessian": positive_definite(),
        "norm": fixed("l1", "this scene tells the lasso's story (its t(λ) plot is the lasso's)"),
        "rest_fraction": number_in(0.05, 0.95),
        "contour_samples": integer(33, 1025),
    }

    def setup(self) -> None:
        super().setup()
        center = self.data["center"]
        _check_center(center)
        self.loss = Quadratic(center=center, hessian=self.data["hessian"])
        events = _events(self.loss)
        self.events = events
        self.path = lasso_path(self.loss)
        self.lam_max = events[-1].strength
        # Rounded to the digits shown: w* recomputed from the shown λ is the w* shown.
        self.rest = round_strength(self.data["rest_fraction"] * self.lam_max)
        self.full = float(lp_norm(self.loss.center, 1.0))  # t(0) = ‖ŵ‖₁
        # The λ axis and the grid to its last tick (regmath's): the curves run to the axis's
        # end (a reviewer, r27: they stopped at 7.5 on an axis to 8).
        self.lam_range, self.grid = strength_axis(self.loss, reach=1.3, samples=GRID_SAMPLES)
        self.radii = radius_curve(self.loss, self.grid, norm="l1")
        self.strength = ValueTracker(self.rest)
        self._cache: tuple[float, Solution, Solution] | None = None
        rest_pen, rest_con = self.solve(self.rest)
        self.rest_pen, self.rest_con = rest_pen, rest_con
        # One arrow scale for the whole sweep (true lengths): the pull at the rest is
        # ARROW_SHARE · t long; the largest, at w* = 0, is in the view too.
        # Rounded to one significant digit: the scale is written on screen beside the pulls.
        self.scale = round_strength(ARROW_SHARE * rest_pen.radius
                                    / float(np.linalg.norm(rest_pen.gradient)), significant=1)
        # g = −∇f(w*)/λ (and ∂‖w*‖₁) is drawn at this scale, rounded to one significant
        # digit because it is written on screen beside them; the wedge's arc has the radius
        # where the cone's edge rays (|g_i| = 1) end at that scale.
        self.g_scale = round_strength(subgradient_scale(NORMAL_SHARE * rest_pen.radius),
                                      significant=1)
        self.normal_length = subgradient_reach(self.g_scale)
        # At a corner of the diamond the outward normals fill a cone (two extreme rays).
        self.corner = rest_pen.normal_cone.shape[0] == 2
        self.knots = [e for e in events if not e.last]  # the kinks of t(λ) below λ_max
        self.knot_values = {id(e): n for e, n in zip(
            self.knots, numbers([e.strength for e in self.knots]))} if self.knots else {}
        essential = [ball_outline("l1", rest_pen.radius), self.loss.center, self.path.points]
        for lam in (self.rest, self.lam_max):
            pen, _ = self.solve(lam)
            arrow = pull_arrow(pen, scale=self.scale)
            back = push_arrow(pen, scale=self.scale)
            essential.append(np.array([arrow.start, arrow.end, back.end]))
        # g's direction and, at a corner, the normal cone at the rest.
        essential.append(np.array([normal_arrow(rest_pen, rest_pen.normal,
                                                length=self.normal_length).end]))
        # −∇f(w*) = λg at the pulls' scale, not g's (at g's scale its length is λ-dependent:
        # the kilo variant's view grew 1000-fold). It is drawn from w* itself at the pulls' scale inside the wedge (a reviewer,
        # r26: drawn beside g, its tail lay outside the wedge): the wedge's arc reaches past
        # its tip (regmath's pull arrow) when g's scale alone would end the wedge short of it.
        rest_pull = pull_arrow(rest_pen, scale=self.scale)
        pull_reach = float(np.hypot(rest_pull.end[0] - rest_pull.start[0],
                                    rest_pull.end[1] - rest_pull.start[1]))
        self.cone_length = max(self.normal_length, CONE_OVER * pull_reach)
        # The box λ·[−1, 1]² at λ_max, whole (a reviewer saw it clipped by the frame, r26).
        essential.append(subgradient_box(self.lam_max, scale=self.scale))
        if self.corner:
            essential.append(normal_cone_wedge(rest_pen, length=self.cone_length))
        # The largest diamond whole (not cut into a hexagon) when the rest diamond stays readable.
        full_ball = ball_outline("l1", self.full)
        whole = view_box([*essential, full_ball])
        self.full_share = 2.0 * rest_pen.radius / max(whole.width, whole.height)
        #: Whether the largest diamond is whole in the view (else clipped at the frame).
        self.full_framed = self.full_share >= FULL_BALL_SHARE
        if self.full_framed:
            essential.append(full_ball)
        # The swept contours and the largest diamond (t = ‖ŵ‖₁) are clipped at the view.
        context = [level_set(self.loss, float(self.loss.value(np.zeros(2)))),
                   ball_outline("l1", self.full)]
        self.view = focus_view(essential, context, ball_diameter=2.0 * rest_pen.radius,
                               lean_towards=self.loss.center, min_ball_share=BALL_SHARE).box
        # What the words talk about is never clipped (a reviewer, r26: the touching contour
        # cut at the right edge, the t = ‖ŵ‖₁ diamond on all sides): the view holds the
        # contour through the rest's w* and the largest diamond whole, with a thin margin,
        # when the rest diamond keeps WHOLE_SHARE of it (the default data: a ±3 window).
        self.contour_framed = False
        named = [*essential, level_set(self.loss, rest_con.level), full_ball]
        whole_view = view_box(named, margin=WHOLE_MARGIN)
        if 2.0 * rest_pen.radius >= WHOLE_SHARE * max(whole_view.width, whole_view.height):
            self.view = whole_view
            self.full_framed = self.contour_framed = True
        # Ticks at whole numbers of twice the step when the view holds more than eight:
        # the half-step ticks (unnumbered) struck the pulls' labels near w* (a reviewer, r26).
        (x0, x1, step), (y0, y1, _) = self.view.x_range, self.view.y_range
        coarse = 2.0 * step
        if (x1 - x0) / step > 8.0 + 1e-9 and all(
                abs(v / coarse - round(v / coarse)) < 1e-9 for v in (x0, x1, y0, y1)):
            self.view = ViewBox((x0, x1, coarse), (y0, y1, coarse))
        self._cache = None
        # Every tick number kept: they are set outside the frame (`frame_ticks`), where the
        # plane's curves never reach.
        self.plane_group = make_axes(self.view)
        self.axes = self.plane_group[0]
        self.frame_ticks()
        # A radius is never negative: the t axis starts at 0. It ends at the data's top,
        # t(0) = ‖ŵ‖₁ (ridge's ‖w‖₂ ≤ ‖ŵ‖₂ ≤ ‖ŵ‖₁ stays under it), plus a margin for the
        # dashed part above it (a reviewer, r28: the axis ran to 4 for data reaching 2.6).
        t_range = axis_range([0.0, (1.0 + T_MARGIN) * self.full], margin=0.0, target_ticks=5)
        lam_range = self.lam_range
        self.plot_group = make_plot(lam_range, t_range, r"\lambda", r"t",
                                    center=np.array([3.6, -1.55, 0.0]), size=(5.0, 2.3),
                                    label_size=32)
        self.plot = self.plot_group[0]
        # TOOLKIT: make_plot's tick numbers (font 20) are ~10 px at 720p; larger here, as
        # ShrinkagePaths does (a reviewer found the t(λ) plot's numbers small).
        for number_ in [*self.plot.x_axis.numbers, *self.plot.y_axis.numbers]:
            number_.scale(TICK_SCALE)

    # ------------------------------------------------------------------ solves
    def solve(self, lam: float) -> tuple[Solution, Solution]:
        """The penalized solution at λ and the constrained one at t = ‖w*(λ)‖₁, cached per λ."""
        if self._cache is None or self._cache[0] != lam:
            pen = lasso(self.loss, lam, path=self.path)
            con = constrained(self.loss, norm="l1", radius=pen.radius)
            self._cache = (lam, pen, con)
        return self._cache[1], self._cache[2]

    def current(self) -> tuple[float, Solution, Solution]:
        lam = self.strength.get_value()
        pen, con = self.solve(lam)
        return lam, pen, con

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("penalty")
        self.show_penalty()
        self.next_section("constraint")
        self.show_constraint()
        self.next_section("why")
        self.show_why()
        self.next_section("curve")
        self.show_curve()
        self.next_section("sweep")
        self.sweep_strength()
        self.next_section("verdict")
        self.show_verdict()

    # ----------------------------------------------------------------- beats
    def show_penalty(self) -> None:
        pen = self.rest_pen
        self.center_dot = marker(to_scene(self.axes, self.loss.center), CENTER_COLOR, radius=0.07)
        self.center_label = legible(MathTex(r"\hat w", font_size=36, color=CENTER_COLOR))
        # ŵ lies on the largest diamond (t = ‖ŵ‖₁): its label keeps clear of that outline.
        full_ball = VMobject()
        set_pieces(full_ball, self.axes, clip_polyline(ball_outline("l1", self.full), self.view))
        place_clear(self.center_label, self.center_dot.get_center(), np.array([1.0, 1.0]),
                    [self.plane_group, full_ball])
        # The arrows at w* exist from here (shown later), so w*'s label keeps clear of them.
        self.pull = self.get_arrow(pull_arrow(pen, scale=self.scale), GRADIENT_COLOR)
        self.push = self.get_arrow(push_arrow(pen, scale=self.scale), NORMAL_COLOR)
        self.ball = VGroup(
            VMobject(stroke_width=0, fill_color=LASSO_COLOR, fill_opacity=0.18),
            VMobject(stroke_color=LASSO_COLOR, stroke_width=4))
        self.follow_ball(self.ball)  # drawn later; w*'s label keeps clear of it already
        lam_slot = number_format(float(self.grid[-1]), decimals_for(self.rest))
        t_slot = number_format(self.full, decimals_for(pen.radius))
        room = PEN_RIGHT - PANEL_LEFT
        self.penalty_line = Readout.fitting(
            room, r"\text{{penalty: }} \min_w f(w) + \lambda\|w\|_1,\ \ \lambda = " + lam_slot,
            self.rest, font_size=PANEL_FONT, exact_zeros=True)
        self.constraint_line = Readout.fitting(
            room, r"\text{{constraint: }} \min_w f(w)\ \text{{s.t.}}\ \|w\|_1 \le t,\ \ t = "
            + t_slot, pen.radius, font_size=PANEL_FONT, exact_zeros=True)
        self.loss_line = loss_line(self.loss)
        # H's entries at ≥ 28 font units (a reviewer, r27: near unreadable at 480p): the
        # smallmatrix (70 % of the line) scaled up, the line starting left of the panel's
        # edge (over the plane's w₁ name, far below) so it needs no shrinking.
        # Only the matrix is scaled: "H =" keeps the size of "f(w) = …" (a reviewer, r28, saw
        # it larger), centred on its "=" sign.
        body = VGroup(*self.loss_line[1][2:])
        body.scale(PEN_MATRIX_SCALE).next_to(VGroup(*self.loss_line[1][:2]), RIGHT, buff=0.12)
        body.match_y(self.loss_line[1][1])
        self.loss_line.to_corner(UP + LEFT, buff=PEN_MARGIN).align_to([LOSS_LEFT, 0, 0], LEFT)
        _fit_panel(self.loss_line, right=PEN_RIGHT)
        self.penalty_line.next_to(self.loss_line, DOWN, buff=0.15).align_to(
            self.loss_line, LEFT)
        self.constraint_line.next_to(self.penalty_line, DOWN, buff=0.15, aligned_edge=LEFT)
        self.penalty_line.add_updater(lambda r: r.set_value(self.current()[0]))
        self.constraint_line.add_updater(lambda r: r.set_value(self.current()[1].radius))
        self.pen_dot = marker(to_scene(self.axes, pen.point), SOLUTION_COLOR, radius=0.09, z_index=4)
        self.pen_dot.add_updater(lambda d: d.move_to(to_scene(self.axes, self.current()[1].point)))
        self.pen_label = legible(MathTex("w^*", font_size=36, color=SOLUTION_COLOR))
        # A thin frame at the view's edges: contours too large for the view are cut there.
        self.frame_box = polyline(self.axes, frame_outline(self.view),
                                  stroke_color=MUTED_COLOR, stroke_width=1.5, stroke_opacity=0.6)
        # Faint contours of f around ŵ, inside the one through w* (so never cut by the view).
        rings = growth_levels(self.rest_con.level, RING_PROGRESS)
        (x0, x1, _), (y0, y1, _) = self.view.x_range, self.view.y_range
        # Only rings wholly inside the view (a very elongated f's outer rings can reach far
        # out of it; a cut ring would leave stray arcs).
        closed = [level_set(self.loss, float(level)) for level in rings]
        closed = [c for c in closed if c[:, 0].min() >= x0 and c[:, 0].max() <= x1
                  and c[:, 1].min() >= y0 and c[:, 1].max() <= y1]
        self.rings = VGroup(*(polyline(self.axes, c, stroke_color=LOSS_COLOR, stroke_width=2,
                                       stroke_opacity=0.45) for c in closed))
        # ŵ's label also keeps off the faint contours around it (and the one through w*).
        through = VMobject()
        set_pieces(through, self.axes, clip_polyline(level_set(self.loss, self.rest_con.level),
                                                     self.view))
        # buff: clear of the white ring (radius 0.17) that sits on ŵ when λ = 0 and w* = ŵ.
        place_clear(self.center_label, self.center_dot.get_center(), np.array([1.0, 1.0]),
                    [self.plane_group, full_ball, self.rings, through], buff=0.2)
        # ŵ's coordinates beside its label while the words give them (a reviewer, r27: only
        # said), placed with it as one label where nothing crosses; they go as f's contour
        # grows from ŵ.
        self.center_coords = legible(MathTex(r"\,=" + point(self.loss.center).tex, font_size=30,
                                             color=CENTER_COLOR))
        named = VGroup(self.center_label.copy(), self.center_coords).arrange(RIGHT, buff=0.08)
        place_clear(named, self.center_dot.get_center(), np.array([1.0, 1.0]),
                    [self.plane_group, full_ball, self.rings, through, self.frame_box], buff=0.2)
        _keep_in_frame(named, margin=PEN_MARGIN)
        self.center_label.move_to(named[0])
        # The plane is there from the first frame, under the first words.
        self.add(self.plane_group, self.frame_box)
        # The question first (a reviewer: nothing said why the two forms' agreement matters).
        # The question written where the t(λ) plot comes later (empty until then), its two
        # halves as they are asked (a reviewer: the first seconds showed empty axes).
        question = VGroup(
            # argmin: the two forms agree on the weights, not on the values (they differ
            # by λt; a reviewer read "min ≟ min" as comparing values).
            MathTex(r"\operatorname*{arg\,min}_w f(w) + \lambda\|w\|_1", font_size=40,
                    color=TEXT_COLOR),
            MathTex(r"\overset{?}{=}", font_size=40, color=TEXT_COLOR),
            MathTex(r"\operatorname*{arg\,min}_w f(w)\ \text{s.t.}\ \|w\|_1 \le t", font_size=40,
                    color=TEXT_COLOR)).arrange(DOWN, buff=0.2)
        question.move_to(self.plot.get_center())
        self.add(question[0])
        with self.cue("Is penalizing {lam}‖w‖₁ the same as {@con}constraining ‖w‖₁ ≤ {t}? "
                      "{@take}Take two "
                      "weights and a loss f lowest at {w_hat} = {c}{@center}, its contours shaped "
                      "by {H}{@H}.",
                      c=point(self.loss.center),
                      spoken="Is penalizing lambda times the L1 norm the same as {@con}"
                      "constraining the L1 norm to at most t? {@take}Take two weights and a loss f lowest at w-hat = {c}"
                      "{@center}, its contours shaped by H{@H}.") as cue:
            # On screen from the first frame; lit while its words are read.
            cue.play(Indicate(question[0], color=TEXT_COLOR, scale_factor=1.03), until="con")
            self.add(question[1], question[2])
            cue.play(Reveal(question[1]), Reveal(question[2]), at="con", run_time=0.5)
            cue.play(Indicate(question[1], color=TEXT_COLOR), until="take")
            cue.play(Reveal(self.loss_line[0]), run_time=0.5)
            cue.play(Reveal(self.center_dot), Reveal(self.center_label),
                     Reveal(self.center_coords), Flash(self.center_dot, color=CENTER_COLOR),
                     at="center")
            cue.play(Reveal(self.loss_line[1]), Create(self.rings), at="H", until=cue.END)
        # λ's value said as the line that writes it appears (a reviewer, r27: "λ = 2.30" was on
        # screen while the words were still generic).
        with self.cue("The penalty form, with {lam} = {lv}: minimize f(w) + {lam}‖w‖₁{@pen}. "
                      "{@dot}Its solution is {w_star} = {ws}.",
                      lv=number(self.rest), ws=point(pen.point),
                      spoken="The penalty form, with lambda = {lv}: minimize f plus lambda times "
                      "the L1 norm{@pen}. {@dot}Its solution is w-star = {ws}.") as cue:
            # Written as its words start (never faded in over the sentence that names it).
            # The question gives way to the problem it asked about, written out with numbers.
            cue.play(Reveal(self.penalty_line), Conceal(question), run_time=0.4)
            cue.play(Indicate(self.penalty_line, color=TEXT_COLOR, scale_factor=PANEL_PULSE),
                     until="pen")
            cue.wait_until("dot")
            self.add(self.pen_dot)
            self.star_direction = np.array([-1.0, 1.0])
            # While λ rests, "w* = (…)" reads left to right beside the dot: the label and its
            # coordinates placed as one, clear of the diamond, the contour through w*, the
            # faint contours, ŵ, the frame and the tick numbers.
            self.star_coords = legible(MathTex(r"=" + point(pen.point).tex, font_size=30,
                                               color=SOLUTION_COLOR))
            star = VGroup(self.pen_label, self.star_coords).arrange(RIGHT, buff=0.08)
            through = VMobject()
            set_pieces(through, self.axes, clip_polyline(level_set(self.loss, self.rest_con.level),
                                                         self.view))
            place_clear(star, self.pen_dot.get_center(), np.array([1.0, -0.35]),
                        [self.ball, through, self.rings, self.center_label, self.center_dot,
                         self.frame_box, *self.tick_numbers()], minor=[self.axes], buff=0.2)
            offset = (self.pen_label.get_center() - self.pen_dot.get_center())[:2]
            self.star_direction = offset / max(float(np.linalg.norm(offset)), 1e-12)
            _keep_in_frame(star, margin=PEN_MARGIN)
            cue.play(Reveal(self.pen_dot), Reveal(self.pen_label), Reveal(self.star_coords),
                     Flash(self.pen_dot, color=SOLUTION_COLOR), run_time=0.8)
            cue.play(Indicate(self.pen_dot, color=SOLUTION_COLOR), until=cue.END)
        self.frozen = _freeze(self.pen_dot, self.penalty_line, self.constraint_line)

    def show_constraint(self) -> None:
        _, pen, con = self.current()
        self.ball.add_updater(self.follow_ball)
        self.contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=3, z_index=1)
        # The contour grows from ŵ to the one through w* (progress 0 → 1), then follows λ.
        self.growth = ValueTracker(0.0)
        # Only the arc through w* of the clipped contour: its other arcs are far parts of the
        # ellipse that would float loose in the view.
        self.contour.add_updater(lambda m: set_pieces(m, self.axes, nearest_piece(clip_polyline(
            level_set(self.loss, float(growth_levels(self.current()[2].level,
                                                     [self.growth.get_value()])[0]),
                      samples=self.data["contour_samples"]),
            self.view), self.current()[2].point)))
        ring = marker(to_scene(self.axes, con.point), TEXT_COLOR, radius=0.17, z_index=5)
        ring.set_fill(opacity=0.0).set_stroke(TEXT_COLOR, width=5)
        ring.add_updater(lambda m: m.move_to(to_scene(self.axes, self.current()[2].point)))
        self.ring = ring
        with self.cue("The constraint form, with {t} = ‖{w_star}‖₁ = {tv}: minimize f over "
                      "{@ball}the diamond ‖w‖₁ ≤ {t}{@con}. Set {w_star} aside{@hide}. Grow a contour "
                      "of f{@grow} until it touches the diamond{@touch}: that point, the white "
                      "ring{@ring}, solves it, and it is{@same} the same point.",
                      tv=number(pen.radius),
                      spoken="The constraint form, with t the L1 norm of w-star, {tv}: minimize "
                      "f over {@ball}the diamond where the L1 norm is at most t{@con}. "
                      "Set w-star aside{@hide}. Grow a contour of f{@grow} until it touches the "
                      "diamond{@touch}: that point, the white ring{@ring}, solves it, and it "
                      "is{@same} the same point.", settle=KEY_SETTLE_SECONDS) as cue:
            # The line (t's value with it) as its words start.
            cue.play(Reveal(self.constraint_line), run_time=0.4)
            cue.play(Indicate(self.constraint_line, color=TEXT_COLOR, scale_factor=PANEL_PULSE),
                     until="ball")
            # Added only as its fade starts (the group, so sweeps move it whole): never a
            # frame of the whole diamond before the words name it.
            self.add(self.ball)
            cue.play(Reveal(self.ball[0]), Create(self.ball[1]), run_time=max(cue.until("con"),
                                                                               1.0))
            # w* greyed out first, so the constrained problem is seen solved on its own.
            cue.play(Dim(self.pen_dot), Dim(self.pen_label), Dim(self.star_coords),
                     Conceal(self.center_coords), at="hide", run_time=0.8)
            self.add(self.contour)
            # The contour grows from ŵ under the words that name it, until it touches.
            sweep(self, self.growth, 1.0, self.contour,
                  run_time=max(cue.until("touch"), GROW_TIME), rate_func=linear)
            self.add(self.ring)
            cue.play(Reveal(self.ring), run_time=max(cue.until("ring"), 1.0))
            cue.play(Indicate(self.ring, color=TEXT_COLOR), until="same")
            cue.play(Undim(self.pen_dot), Undim(self.pen_label), Undim(self.star_coords),
                     Flash(self.pen_dot, color=SOLUTION_COLOR, flash_radius=0.4), at="same",
                     run_time=1.0)
            cue.play(Indicate(self.pen_dot, color=SOLUTION_COLOR), until=cue.END)
        self.frozen += _freeze(self.ball, self.ring, self.contour)

    def show_why(self) -> None:
        _, pen, _ = self.current()
        self.pull_label = legible(MathTex(r"-\nabla f(w^*)", font_size=28, color=GRADIENT_COLOR))
        self.push_label = legible(MathTex(r"-\lambda g", font_size=28, color=NORMAL_COLOR))
        obstacles = [self.ball, self.pull, self.push, self.pen_label, self.star_coords,
                     self.center_label, self.center_dot, self.rings, self.frame_box,
                     self.contour, *self.tick_numbers()]
        # The tick numbers sit outside the frame (`frame_ticks`): the labels need only keep
        # off what the plane draws. "−∇f(w*)" beside its arrow, tip first then along the
        # shaft, further out when crowded, off the axes' lines and the contours too (a
        # reviewer, r27: a contour and the w₂ axis ran through it for 50 s).
        # The faint contours count as minor (a reviewer, r90: kept off them, the label sat
        # far from its arrow, 38–98 s).
        _place_along(self.pull_label, self.pull.get_start(), self.pull.get_end(),
                     self.direction(self.pull),
                     [*(m for m in obstacles if m is not self.rings), self.axes, self.ring],
                     minor=[self.rings],
                     shares=(1.0, 0.85, 0.7, 0.55), buffs=(0.1, 0.2, 0.3, 0.45, 0.6))
        # Off the axis lines too (a reviewer: the w₁ axis struck through "−λg").
        _place_along(self.push_label, self.push.get_start(), self.push.get_end(),
                     self.direction(self.push),
                     [*obstacles, self.pull_label, self.axes, self.ring],
                     shares=(1.0, 0.85, 0.7, 0.55), buffs=(0.1, 0.2, 0.3, 0.45, 0.6))
        # Written as read: g's set first (with "subgradient"), the balance with "They balance".
        # The set ∂‖w*‖₁ written out from regmath's cone: [−1, 1] at a zero weight, its sign
        # elsewhere (a product of intervals).
        self.kkt = MathTex(r"g = (g_1, g_2) \in \partial\|w^*\|_1 = " + subgradient_set_tex(pen) + r",\quad",
                           r"-\nabla f(w^*) = \lambda g", font_size=PANEL_FONT)
        self.kkt.next_to(self.constraint_line, DOWN, buff=0.15, aligned_edge=LEFT)
        _fit_panel(self.kkt, right=PEN_RIGHT)
        # The balance in numbers, for checking by hand: −∇f(w*) and λ times g.
        self.balance = MathTex(r"-\nabla f(w^*) = " + point(-pen.gradient).tex + r" = "
                               + number(self.rest).tex + r"\," + point(pen.normal).tex,
                               font_size=PANEL_FONT)
        self.balance.next_to(self.kkt, DOWN, buff=0.15, aligned_edge=LEFT)
        _fit_panel(self.balance, right=PEN_RIGHT)
        # One scale for both pulls (and, later, the box of the penalty's pulls), written
        # beside them in the plane's corner away from ŵ.
        self.scale_note = legible(MathTex(r"\text{pulls drawn } \times" + number(self.scale).tex,
                                          font_size=26, color=TEXT_COLOR))
        self.place_note(self.scale_note)
        # g and its set ∂‖w*‖₁ have their own scale (g is a direction, |g_i| ≤ 1), written
        # at the same place while they are shown instead of the pulls.
        self.g_note = legible(MathTex(r"g \text{ drawn } \times" + number(self.g_scale).tex,
                                      font_size=26, color=NORMAL_COLOR))
        # Stacked on the pulls' note, inwards, the pulls' note never replaced (a reviewer:
        # the two notes swapped in one spot); one note block in one corner.
        inwards = UP if self.loss.center[1] >= 0.0 else DOWN
        side = LEFT if self.scale_note.get_x() < self.axes.get_x() else RIGHT
        self.g_note.next_to(self.scale_note, inwards, buff=0.1).align_to(self.scale_note, side)
        # g's label exists from here: the tick numbers it will cover are found with the
        # pulls' labels' (all hidden as the pulls appear, back once the pulls are gone).
        self.g_label = legible(MathTex(r"g", font_size=32, color=NORMAL_COLOR))
        inset, sweeper, fan, slope = self.abs_inset()
        # Yellow named once as the penalty's colour (its pull, g's set, the wedge, the box), and
        # a subgradient said in one sentence on |x| (a reviewer, r27: "subgradient" came with
        # no gloss).
        with self.cue("Why the same point? At {w_star}{@pull} the loss pulls along {neg_grad}. "
                      "{@push}The penalty pulls back along −{lam}{g}, with "
                      "{g} in ∂‖w*‖₁, the set of subgradients of ‖w‖₁ at {w_star}{@sub}: a "
                      "subgradient of |x| "
                      "at 0 is any slope in [−1, 1]{@slope}. {@kkt}They balance: {neg_grad} = "
                      "{lam}{g}.",
                      spoken="Why the same point? At w-star{@pull} the loss pulls along minus the "
                      "gradient. {@push}The penalty pulls back along minus "
                      "lambda g, with g in the set of subgradients of the L1 norm at w-star"
                      "{@sub}: a "
                      "subgradient of the absolute value at 0 is any slope from minus 1 to 1"
                      "{@slope}. {@kkt}They balance: minus the gradient equals lambda g.",
                      settle=KEY_SETTLE_SECONDS) as cue:
            cue.play(GrowArrow(self.pull), Reveal(self.scale_note), at="pull", run_time=0.8)
            cue.play(Reveal(self.pull_label), run_time=0.5)
            cue.play(GrowArrow(self.push), at="push", run_time=0.8)
            cue.play(Reveal(self.push_label), run_time=0.5)
            cue.play(Reveal(self.kkt[0]), at="sub", run_time=0.5)
            # Shown, not told (a reviewer, r28: the slopes of |x| were read over a still
            # frame): |x| and its supporting lines at the kink, the slope swept −1 → 1, the
            # lines passed left behind as a fan (all regmath's, `abs_support`).
            cue.play(Create(inset[0]), Create(inset[1]), Reveal(inset[2]), run_time=0.6)
            self.add(sweeper, fan)
            cue.play(Reveal(sweeper), Reveal(inset[3]), run_time=0.4)
            sweep(self, slope, 1.0, sweeper, fan, run_time=max(cue.until("slope"), 2.5),
                  rate_func=linear)
            sweeper.clear_updaters()
            fan.clear_updaters()
            # The push's yellow lit while the balance comes: its g's set.
            cue.play(Indicate(self.push, color=NORMAL_COLOR, scale_factor=1.0),
                     Indicate(self.push_label, color=NORMAL_COLOR), until="kkt")
            # Shown, not told (a reviewer took "they balance" on trust): a copy of −λg turned
            # about w* lands exactly on −∇f(w*) (both regmath's arrows at one scale), then goes.
            turned = self.push.copy().set_z_index(3)
            self.add(turned)
            # The inset leaves as the balance is turned (its lesson read).
            cue.play(Reveal(self.kkt[1]), Reveal(self.balance),
                     Transform(turned, self.pull.copy().set_color(NORMAL_COLOR).set_z_index(3),
                               path_arc=np.pi), Conceal(inset), Conceal(sweeper),
                     Conceal(fan), at="kkt", run_time=1.5)
            self.remove(inset, sweeper, fan)
            cue.play(Conceal(turned), Indicate(self.pull, color=GRADIENT_COLOR),
                     run_time=POP_FADE + 0.4)
            cue.play(Indicate(self.balance, color=TEXT_COLOR, scale_factor=1.0), until=cue.END)
            self.remove(turned)
        # g itself, from w* at the cone's scale (the set ∂‖w*‖₁ drawn at the same scale is
        # the yellow segment, its ends on the wedge's edge rays): g's tip lies on it.
        self.g_arrow = self.get_arrow(scaled_arrow(pen, pen.normal, scale=self.g_scale),
                                      NORMAL_COLOR)
        self.g_arrow.set_z_index(3)
        self.cone = VGroup()
        self.segment = VGroup()
        self.segment_label = VGroup()
        if self.corner:
            # Its edges faint (the fill shows the wedge): −∇f(w*)'s label lies over it.
            self.cone = VMobject(stroke_color=CONE_TINT, stroke_width=2, stroke_opacity=0.4,
                                 fill_color=CONE_TINT, fill_opacity=WEDGE_FILL, z_index=0)
            set_pieces(self.cone, self.axes, [normal_cone_wedge(pen, length=self.cone_length)])
            self.segment = polyline(self.axes, subgradient_segment(pen, scale=self.g_scale),
                                    stroke_color=NORMAL_COLOR, stroke_width=7, z_index=3)
            # As built, for the tests (Create and Conceal change its points while playing).
            self.segment_drawn = self.segment.copy()
            self.segment_label = legible(MathTex(r"\partial\|w^*\|_1", font_size=28,
                                                 color=NORMAL_COLOR))
            # Beyond the segment's end, outside the wedge (a reviewer: over the segment's
            # middle, the wedge's fill and ray covered its "w*").
            ends = [self.segment.get_start(), self.segment.get_end()]
            end = min(ends, key=lambda e: float(e[0]))
            away = (end - self.segment.get_center())[:2]
            place_clear(self.segment_label, end, away / max(float(np.linalg.norm(away)), 1e-12),
                        [*obstacles, self.g_arrow, self.segment, self.cone], minor=[self.axes])
            # The normal cone defined where it is named (a reviewer: named, never defined),
            # with the steps along the diamond's edges drawn from w* (regmath's tangents).
            # Why its second factor is one point (a reviewer, r90: the {1} was never
            # explained): the weight that is not 0 fixes that entry of every g to its sign.
            k = int(np.flatnonzero(pen.point)[0])
            sign = 1 if pen.point[k] > 0.0 else -1
            fixes = ("{wk} " + (">" if sign > 0 else "<") + " 0 fixes " + "g" + "₁₂"[k] + " = "
                     + ("1" if sign > 0 else "−1"))
            fixes_spoken = ("{wk} " + ("positive" if sign > 0 else "negative") + " fixes g-"
                            + ("one" if k == 0 else "two") + " at "
                            + ("1" if sign > 0 else "minus 1"))
            words = ("From {w_star}, ∂‖w*‖₁ is the yellow segment{@seg} (" + fixes + "), and "
                     "{g} ends on it{@normal}; the segment's rays fill the wedge: the "
                     "diamond's normal cone at {w_star}{@cone}, the directions at 90° or more to "
                     "every step{@steps} from {w_star} into the diamond{@def}.")
            spoken = ("From w-star, the set of subgradients is the yellow segment"
                      "{@seg} (" + fixes_spoken + "), and g ends on it{@normal}; the "
                      "segment's rays fill the wedge: the diamond's normal cone at w-star"
                      "{@cone}, the directions at 90 degrees or more to every step{@steps} from "
                      "w-star into the diamond{@def}.")
        else:
            words = ("On the diamond's edge, ∂‖w*‖₁ holds one {g}{@seg}: "
                     "the edge's outward normal at {w_star}{@normal}, at 90° to the steps along "
                     "the edge{@def}.")
            spoken = ("On the diamond's edge, the set of subgradients holds one "
                      "g{@seg}: the edge's outward normal at w-star{@normal}, at 90 degrees to "
                      "the steps along the edge{@def}.")
        # Steps from w* along the diamond's boundary (regmath's unit tangents, at g's scale):
        # the directions a move that stays in the diamond can start along.
        self.steps = VGroup(*(Arrow(*(to_scene(self.axes, p) for p in (
            step.start, step.end)), buff=0.0, color=TEXT_COLOR, stroke_width=4,
            max_tip_length_to_length_ratio=0.2, z_index=3) for step in (
                scaled_arrow(pen, d, scale=self.g_scale) for d in boundary_tangents(pen))))
        # Beside the arrow's middle, across it (at its tip it would sit on the segment).
        across_g = self.direction(self.g_arrow) @ np.array([[0.0, -1.0], [1.0, 0.0]])
        place_clear(self.g_label, self.g_arrow.get_center(), across_g,
                    [*obstacles, self.g_arrow, self.segment, self.segment_label, self.steps],
                    minor=[self.axes, self.cone])
        arrows = (self.pull, self.push, self.pull_label, self.push_label)
        # The wedge held, no new text, before the words go on (a reviewer, r27).
        wk = weight_star(int(np.flatnonzero(pen.point)[0]))
        with self.cue(words, spoken=spoken, settle=WEDGE_HOLD if self.corner else 0.0,
                      wk=wk) as cue:
            # The corner's argument (segment, wedge, normal cone) is read slower; an edge's
            # one normal is short (paced, it held still too long).
            if self.corner:
                paced(cue, chars_per_second=ARGUMENT_PACE, at_least=0.0)
            # The faint contours dim under the wedge (a reviewer: it was half hidden), for
            # good (the sweep keeps them dim).
            cue.play(*(Conceal(m) for m in arrows), Dim(self.rings, factor=RING_DIM),
                     run_time=0.5)
            if self.corner:
                cue.play(Create(self.segment), Reveal(self.segment_label), Reveal(self.g_note),
                         at="seg", run_time=0.6)
                cue.play(GrowArrow(self.g_arrow), Reveal(self.g_label), at="normal",
                         run_time=0.6)
            else:
                cue.play(GrowArrow(self.g_arrow), Reveal(self.g_label), Reveal(self.g_note),
                         at="normal", run_time=0.6)
            if self.corner:
                cue.play(Flash(self.g_arrow.get_end(), color=NORMAL_COLOR), run_time=0.8)
                # g and its set lit while the words reach the wedge (no still stretch).
                cue.play(Indicate(self.segment, color=NORMAL_COLOR),
                         Indicate(self.g_arrow, color=NORMAL_COLOR, scale_factor=1.0),
                         until="cone")
                cue.play(Reveal(self.cone), run_time=0.5)
                # The steps drawn as they are named (a reviewer, r90: 3 s before).
                cue.play(Indicate(self.cone, color=NORMAL_COLOR, scale_factor=1.0),
                         until="steps")
            self.add(self.steps)
            cue.play(*(GrowArrow(m) for m in self.steps), run_time=0.8)
            cue.play(Indicate(self.cone if self.corner else self.g_arrow, color=NORMAL_COLOR,
                              scale_factor=1.0),
                     Indicate(self.steps, color=TEXT_COLOR, scale_factor=1.0), until="def")
            cue.play(Indicate(self.cone if self.corner else self.g_arrow, color=NORMAL_COLOR,
                              scale_factor=1.0), until=cue.END)
        # −∇f(w*) = λg drawn from w* itself, at the pulls' scale (the one −λg had, written in
        # the corner once), inside the wedge (a reviewer, r26: drawn beside g its tail lay
        # outside the wedge the words put it in). g, its segment and g's own scale step aside
        # first, so one arrow lies on g's line.
        # Its label is the one it had ("−∇f(w*)", where it was placed clear); "= λg" is the
        # panel's line, lit with it (a reviewer: a long label here sat under "w* = (…)").
        g_marks = (self.g_arrow, self.g_label, self.segment, self.segment_label, self.g_note)
        where = "lies in the wedge" if self.corner else "lies along the edge's outward normal"
        # Why "in the wedge" means optimal, said and shown (a reviewer: never said): each
        # step drawn from w* goes against the pull, and f is convex.
        with self.cue("So {neg_grad} = {lam}{g}{@back} " + where + "{@in}: "
                      "every step into the diamond makes an angle ≥ 90° with the pull{@step}.",
                      spoken="So minus the gradient, lambda g{@back}, " + where
                      + "{@in}: every step into the diamond makes an angle of 90 degrees or more "
                      "with the pull{@step}.") as cue:
            # The argument's last step, slower (symbols to match against the picture).
            paced(cue, chars_per_second=ARGUMENT_PACE, at_least=0.0)
            cue.play(*(Conceal(m) for m in g_marks), run_time=0.4)
            self.add(self.pull)
            # The pulls' note stayed on (one note, one place).
            cue.play(GrowArrow(self.pull), Reveal(self.pull_label), run_time=1.0)
            cue.play(Indicate(self.pull, color=GRADIENT_COLOR, scale_factor=1.0),
                     Indicate(self.kkt[1], color=TEXT_COLOR, scale_factor=1.0),
                     Indicate(self.balance, color=TEXT_COLOR, scale_factor=1.0), until="back")
            cue.play(Indicate(self.cone if self.corner else self.pull, color=NORMAL_COLOR,
                              scale_factor=1.0), until="in")
            cue.play(Indicate(self.steps, color=TEXT_COLOR, scale_factor=1.0),
                     Indicate(self.pull, color=GRADIENT_COLOR, scale_factor=1.0), until="step")
            cue.play(Conceal(self.steps), Indicate(self.ring, color=TEXT_COLOR), Indicate(self.pen_dot,
                                                                    color=SOLUTION_COLOR),
                     until=cue.END)
        # A rest: the main argument closes here.
        self.wait(ARGUMENT_REST)

    def show_curve(self) -> None:
        lam_now, pen, _ = self.current()
        self.curve = polyline(self.plot, np.stack([self.grid, self.radii], axis=-1),
                              stroke_color=LASSO_COLOR, stroke_width=4)
        self.marker = marker(self.plot.c2p(lam_now, pen.radius), SOLUTION_COLOR, radius=0.08,
                             z_index=4)
        self.marker.add_updater(lambda m: m.move_to(self.plot.c2p(self.current()[0],
                                                                  self.current()[1].radius)))
        self.curve_label = legible(MathTex(r"t(\lambda) = \|w^*(\lambda)\|_1", font_size=26,
                                           color=LASSO_COLOR))
        # High over the curve's middle: the left edge keeps room for t(0)'s label.
        self.curve_label.next_to(self.plot.c2p(0.7 * self.lam_max, self.full), UR, buff=0.05)
        _keep_in_frame(self.curve_label, margin=PEN_MARGIN)
        # The marker named on the plot while λ rests: its (λ, t), gone once λ moves.
        self.marker_label = legible(MathTex(r"(\lambda, t) = " + point(np.array(
            [lam_now, pen.radius])).tex, font_size=24, color=SOLUTION_COLOR))
        place_clear(self.marker_label, self.marker.get_center(), np.array([1.0, 0.6]),
                    [self.curve, self.plot_group, self.curve_label], buff=0.15)
        # One solution per problem (the curve is a function, the level line meets it once):
        # H positive definite, f strictly convex (the claim rule checks H's eigenvalues).
        with self.cue("{H} is positive definite: one solution per problem, so each {lam} "
                      "gives one radius{@curve}, t({lam}) = ‖{w_star}({lam})‖₁: the "
                      "lasso's curve{@lasso}. The red marker{@red} is our {lam} = {lv} and {t} = {tv}{@here}.",
                      lv=number(lam_now), tv=number(pen.radius),
                      spoken="H is positive definite: one solution per problem, so each lambda "
                      "gives one radius{@curve}, t of lambda, the L1 norm of w-star"
                      ": the lasso's curve{@lasso}. The red marker{@red} is our lambda = {lv} and t = "
                      "{tv}{@here}.") as cue:
            # The axes as the words start (a reviewer, r27: the caption came before them),
            # the curve as it is named.
            # g's set and the balance leave as the plot comes.
            cue.play(Conceal(self.kkt), Conceal(self.balance), Create(self.plot_group),
                     run_time=0.8)
            # The f line (with H) lit while H's definiteness is read.
            cue.play(Indicate(self.loss_line, color=TEXT_COLOR, scale_factor=PANEL_PULSE),
                     until="curve")
            # Drawn while its definition is read.
            cue.play(Create(self.curve), Reveal(self.curve_label), at="curve", until="lasso")
            self.add(self.marker)
            # The marker as it is named, its (λ, t) as they are read; lit, not flashed (a
            # flash's rays struck its label).
            cue.play(Indicate(self.curve_label, color=TEXT_COLOR, scale_factor=PANEL_PULSE),
                     until="red")
            cue.play(Reveal(self.marker), run_time=0.5)
            cue.play(Indicate(self.marker, color=SOLUTION_COLOR), until="here")
            cue.play(Reveal(self.marker_label), run_time=0.5)
            cue.play(Indicate(self.marker, color=SOLUTION_COLOR), until=cue.END)
        self.frozen += _freeze(self.marker)

    def sweep_strength(self) -> None:
        _thaw(self.frozen)
        # From here the diamond, the contour and the pulls move over the fixed labels (the
        # plane's tick numbers, ŵ's): each such label fades while one of them crosses it and
        # comes back after (a reviewer, r26: the numbers sat under the passing strokes).
        # The pulls' labels fade out at λ_max's box (the pull named Hŵ = −∇f(0) there) and
        # stay out while g's arrow lies over the pull (there "−∇f(w*)" was struck by the
        # segment ∂‖w*‖₁); back as λ heads to 0.
        self.pull_label_share = ValueTracker(1.0)
        self.g_shown: list[VMobject] = []  # g's arrow and segment while drawn (name_knot)
        self.pull_offset = self.pull_label.get_center() - self.pull.get_end()
        self.push_offset = self.push_label.get_center() - self.push.get_end()
        self.attach_pulls()
        # Drawing order during a sweep is this list's: the dot, its ring and label go last so
        # the arrows' bases and the diamond never cover them.
        followers = [self.ball, self.contour, self.pull, self.push, self.pull_label,
                     self.push_label, self.ring, self.pen_dot, self.pen_label, self.center_label,
                     self.penalty_line, self.constraint_line, self.marker]
        lam_max = number(self.lam_max)
        self.knot_spots = VGroup()
        self.knot_drops = VGroup()
        # The curve's flat parts are the lasso's: thick orange; their labels neutral.
        flat = Line(self.plot.c2p(self.lam_max, 0.0), self.plot.c2p(float(self.grid[-1]), 0.0),
                    color=LASSO_COLOR, stroke_width=9)
        flat_label = legible(MathTex(r"t = 0", font_size=26, color=PLOT_NOTE_COLOR))
        flat_label.next_to(flat, UP, buff=0.12)
        max_mark = legible(MathTex(r"\lambda_{\max} = " + lam_max.tex, font_size=24,
                                   color=PLOT_NOTE_COLOR))
        # A dashed drop line at λ_max, its label on top of it.
        drop = DashedLine(self.plot.c2p(self.lam_max, 0.0),
                          self.plot.c2p(self.lam_max, DROP_SHARE * self.full),
                          color=PLOT_NOTE_COLOR, stroke_width=2, dash_length=0.06)
        max_mark.next_to(drop, UP, buff=0.08)
        max_mark = VGroup(drop, max_mark)
        self.max_mark = max_mark
        top_label = legible(MathTex(r"t(0) = \|\hat w\|_1 = " + number(self.full).tex,
                                    font_size=24, color=PLOT_NOTE_COLOR))
        # Right of the curve's start, where the curve falls away steeply below it.
        top_label.next_to(self.plot.c2p(0.0, self.full), RIGHT, buff=0.25)
        # λ_max and the flat part in one beat (a reviewer: the box of the penalty's pulls at
        # 0 and the corner's sliding-off argument belong to the corners / shrinkage-paths
        # chapters; here the curve's shape is what the lesson needs).
        # Why λ_max = ‖Hŵ‖∞, shown (a reviewer: only said): at 0 the loss pulls with
        # −∇f(0) = Hŵ, and the penalty can pull back with any λg, g in ∂‖0‖₁ = [−1, 1]²: the
        # box λ·[−1, 1]², drawn at the pulls' scale (regmath's box), which Hŵ's tip first
        # reaches at λ_max. Hŵ is −∇f at λ_max's solution 0 (regmath's, not computed here).
        pull_at_zero = -self.solve(self.lam_max)[0].gradient
        self.max_line = VGroup(
            MathTex(r"-\nabla f(0) = H\hat w = " + point(pull_at_zero).tex,
                    font_size=PANEL_FONT),
            # ‖·‖∞ written out where it is first used: the largest entry in size.
            MathTex(r"0 \text{ optimal} \Leftrightarrow \lambda \ge \|H\hat w\|_\infty = \max("
                    + ", ".join("|" + number(float(v)).tex + "|" for v in pull_at_zero) + ")",
                    font_size=PANEL_FONT)).arrange(DOWN, buff=0.15, aligned_edge=LEFT)
        self.max_line.next_to(self.constraint_line, DOWN, buff=0.15, aligned_edge=LEFT)
        _fit_panel(self.max_line, right=PEN_RIGHT)
        self.box = VMobject(stroke_color=NORMAL_COLOR, stroke_width=3, stroke_opacity=0.9,
                            z_index=2)
        def follow_box(m: VMobject) -> None:
            set_pieces(m, self.axes, clip_polyline(
                subgradient_box(self.current()[0], scale=self.scale), self.view))

        follow_box(self.box)
        # Up to λ_max and the flat part in one beat, the sweep ≥ LESSON_SWEEP s under the words
        # that describe it, λ_max named and marked as λ reaches it (a reviewer, r26: the sweep
        # was 4 s and "At λmax" came 3 s after it). The box stops at λ_max (regmath's box at
        # λ_max is in the view): beyond it, it ran off the frame.
        # The box said for what it is (a reviewer, r90: read as a ball of weights): the
        # pulls λ·∂‖0‖₁ the penalty can answer with at 0, at the pulls' scale; Hŵ's tip on
        # its edge because λ = λ_max = ‖Hŵ‖∞.
        with self.cue("Turn {lam} up, the pulls balanced{@pulls}: the diamond shrinks with {t}, "
                      "the two solutions stay one point, until at {lam_max} = "
                      "{lm}{@max}, {t} = 0 and {w_star} = 0{@zero}. {@there}The box "
                      "{lam}·∂‖0‖₁ = {lam}·[−1, 1]² holds the pulls 0 can balance{@what}; {H}{w_hat} ends on its edge, as {lam} = {lam_max}{@box}. Every larger {lam} gives {t} = 0 too{@flat}: the one {t} "
                      "with many {lam}{@many}.", lm=lam_max,
                      spoken="Turn lambda up, the pulls balanced{@pulls}: the diamond shrinks "
                      "with t, the two solutions stay one point, until at lambda-max, "
                      "{lm}{@max}, t = 0 and w-star = 0"
                      "{@zero}. {@there}The box, lambda times the unit square, holds the pulls 0 "
                      "can balance{@what}; H w-hat ends on its edge, as "
                      "lambda = lambda-max{@box}. Every larger lambda gives t = 0 too{@flat}: the one t "
                      "with many lambdas{@many}.") as cue:
            # g's direction, the cone and w*'s coordinates belong to the rest's w*: they go as
            # λ starts to move; the faint contours dim (one nearly doubles the moving contour).
            # The balance line dims with the Lagrangian's: its set ∂‖w*‖₁ is the rest's (at
            # w* = 0 it is [−1, 1]², on an edge one point; a reviewer read it as false there).
            # The g/L/μ rows go too (a dimmed row still read as a claim about the picture:
            # at w* = 0, ∂‖0‖₁ = [−1, 1]², on an edge one point). Faded out first, then the
            # pulls and their note faded in: a note fading in over another, or w*'s label
            # gliding over its fading coordinates, read as garbled text.
            self.detach_pulls()
            # The pulls, their labels and their scale note are on screen from the KKT step.
            # Not the g/L/μ rows: they left for good at the Lagrangian and the KKT list (a
            # reviewer, r28: fading them out again here put them back for 0.4 s, stacked).
            cue.play(Conceal(self.cone),
                     Conceal(self.star_coords), Conceal(self.marker_label), run_time=0.4)
            # The tick numbers the still labels hid come back: from here the labels move.
            # A legend for the two marks that stay one point (a reviewer: the ring was named
            # once, long before): the dot is the penalty's w*(λ), the ring the constraint's.
            self.legend = self.make_legend()
            # −λg back beside −∇f(w*) (gone with the Lagrangian step, cut in r91).
            self.add(self.push)
            # "w*" moves from the left end of its gone coordinates to its own place beside the
            # dot (a reviewer: left there, it glided in from 2 units off during the sweep).
            beside = self.pen_label.copy()
            self.place_star_label(beside)
            cue.play(Reveal(self.legend), GrowArrow(self.push), Reveal(self.push_label),
                     self.pen_label.animate.move_to(beside.get_center()), run_time=0.6)
            cue.play(Indicate(self.pull, color=GRADIENT_COLOR, scale_factor=1.0),
                     Indicate(self.push, color=NORMAL_COLOR, scale_factor=1.0), until="pulls")
            self.attach_pulls()
            # w*'s label is placed afresh each frame, clear of the diamond and the turning
            # arrows (from here: its coordinates are gone).
            self.star_offset = self.pen_label.get_center() - self.pen_dot.get_center()
            self.pen_label.add_updater(self.follow_star_label)
            # ŵ's label stays where it is, beside its dot (ŵ never moves): re-placed each
            # frame it jumped sides, and at λ = 0 it was left on the dot.
            # λ moves as "Turn λ up" is said (a reviewer, r26: the words came 1 s early).
            sweep(self, self.strength, self.lam_max, *followers,
                  run_time=max(cue.until("max"), LESSON_SWEEP), rate_func=smooth)
            cue.play(Flash(self.pen_dot, color=TEXT_COLOR), Flash(self.marker, color=TEXT_COLOR),
                     Reveal(max_mark), run_time=0.8)
            cue.play(Indicate(self.pen_dot, color=SOLUTION_COLOR), until="zero")
            follow_box(self.box)  # at λ_max, reached only now
            # At λ_max the pull is −∇f(0) = Hŵ: its arrow labelled so, beside its tip on the
            # box's edge, in place of "−∇f(w*)" (one name for the arrow the words name).
            zero_label = legible(MathTex(r"H\hat w = -\nabla f(0)", font_size=28,
                                         color=GRADIENT_COLOR))
            place_clear(zero_label, self.pull.get_end(), RIGHT,
                        [self.box, self.pull, self.push, self.ball, self.contour, self.pen_dot,
                         self.pen_label, self.ring, self.center_label, self.center_dot,
                         self.frame_box, self.scale_note], minor=[self.axes], buff=0.15)
            # Drawn once, as its sentence starts: not added before the wait for it (a
            # reviewer, r28: shown whole 2 s early, gone, then drawn again from a stub).
            # Create adds it; the pulls' labels step off it while it is drawn.
            cue.play(Create(self.box), Reveal(self.max_line),
                     self.pull_label_share.animate.set_value(0.0), at="there", run_time=0.8)
            cue.play(Indicate(self.box, color=NORMAL_COLOR, scale_factor=1.0),
                     Indicate(self.scale_note, color=TEXT_COLOR, scale_factor=1.0),
                     until="what")
            cue.play(Reveal(zero_label), run_time=0.5)
            cue.play(Indicate(self.pull, color=GRADIENT_COLOR),
                     Indicate(self.box, color=NORMAL_COLOR, scale_factor=1.0), until="box")
            cue.play(Create(flat), Reveal(flat_label), run_time=max(cue.until("flat"), 0.6))
            cue.play(Indicate(flat, color=TEXT_COLOR, scale_factor=1.0), Conceal(self.box),
                     Conceal(self.max_line), Conceal(zero_label), until=cue.END)
            self.remove(zero_label)
        # w*'s coordinates live in the panel while λ goes down through the kinks (a reviewer,
        # r28: "w₁ turns on" was only inferred from the dot leaving the axis), in the form the
        # fixed lines use (one precision: w*'s, a bare 0 for an exact zero).
        extent = float(np.max(np.abs(self.path.points)))
        slot = number_format(extent, decimals_for(float(np.max(np.abs(self.rest_pen.point)))),
                             signed=bool(np.any(self.path.points < 0.0)), plus=False)
        self.star_readout = Readout.fitting(
            PEN_RIGHT - PANEL_LEFT, r"w^*(\lambda) = (" + slot + r",\ " + slot + ")",
            *self.rest_pen.point, font_size=PANEL_FONT, exact_zeros=True, color=SOLUTION_COLOR)
        self.star_readout.next_to(self.constraint_line, DOWN, buff=0.15, aligned_edge=LEFT)
        self.star_readout.add_updater(lambda r: r.set_values(*self.current()[1].point))
        for k, knot in enumerate(reversed(self.knots)):
            self.name_knot(knot, followers, first=k == 0)
        with self.cue(("On down to 0{@down}:" if self.knots else "Turn {lam} down to 0{@down}:")
                      + " {t} grows to ‖{w_hat}‖₁ = {full}, where the "
                      "diamond reaches {w_hat} and {w_star} = {w_hat}{@top}.",
                      full=number(self.full),
                      spoken=("On down to 0{@down}:" if self.knots else
                              "Turn lambda down to 0{@down}:") + " t grows to the L1 norm of w-hat, "
                      "{full}, where the diamond reaches w-hat and w-star = w-hat{@top}.") as cue:
            # The pulls' labels, hidden since λ_max (their arrows named there and by g),
            # fade back in as the sweep starts (no-op if they are shown).
            if self.pull_label_share.get_value() < 1.0:
                cue.play(self.pull_label_share.animate.set_value(1.0), run_time=0.4)
            sweep(self, self.strength, 0.0, *followers, run_time=cue.until("top"),
                  rate_func=smooth)
            # Placed now the knots are marked: a knot near λ = 0 (large cond) has its label
            # where t(0)'s would go (a reviewer saw a variant's labels crowd there).
            place_clear(top_label, self.plot.c2p(0.0, self.full), RIGHT,
                        [self.curve, self.knot_spots, self.curve_label, self.plot_group,
                         self.marker, max_mark], buff=0.25)
            _keep_in_frame(top_label, margin=PEN_MARGIN)
            # The pulls are gone at λ = 0 (w* = ŵ): their scale note with them (a reviewer,
            # r28: it stayed on while no arrow was drawn); back with them at the rest.
            cue.play(Reveal(top_label), Flash(self.center_dot, color=TEXT_COLOR),
                     Conceal(self.scale_note))
            cue.play(Indicate(top_label, color=TEXT_COLOR, scale_factor=1.0), until=cue.END)
        _, rest_pen, _ = self.current()
        across = DashedLine(self.plot.c2p(0.0, self.rest_pen.radius),
                            self.plot.c2p(self.rest, self.rest_pen.radius), color=SOLUTION_COLOR,
                            stroke_width=2, dash_length=0.06)
        # Each t in (0, ‖ŵ‖₁) from exactly one λ: a level line t swept up the plot meets the
        # curve once, at λ(t), the constrained problem's multiplier (regmath's solve).
        # It starts above the flat part's "t = 0" (a reviewer: the line struck it as it passed).
        above_flat = float(self.plot.p2c(flat_label.get_top() + 0.08 * UP)[1])
        # The line ends before λ_max's label (a reviewer, r27: it struck "λmax = …"), and
        # starts where the curve meets it left of that end (regmath's t at the end's λ).
        line_end = min(float(self.grid[-1]),
                       float(self.plot.p2c(max_mark[1].get_left() + 0.3 * LEFT)[0]))
        # And above the knots' labels at the plot's foot (a reviewer, r28: it struck
        # "λ = …" as it passed).
        above_knots = max((float(self.plot.p2c(m.get_top() + 0.08 * UP)[1])
                           for m in self.knot_spots if isinstance(m, MathTex)), default=0.0)
        start_t = max(LEVEL_SWEEP[0] * self.full, above_flat, above_knots,
                      LEVEL_OVER * self.solve(max(line_end, 0.0))[0].radius)
        # And it turns back below t(0)'s label (a reviewer, r28: at its top it touched it).
        top_t = min(LEVEL_SWEEP[1] * self.full,
                    float(self.plot.p2c(top_label.get_bottom() + 0.08 * DOWN)[1]))
        level = ValueTracker(min(start_t, top_t))

        def follow_level(m: VGroup) -> None:
            t = level.get_value()
            lam_t = constrained(self.loss, norm="l1", radius=t).multiplier
            m[0].put_start_and_end_on(self.plot.c2p(0.0, t), self.plot.c2p(line_end, t))
            m[1].move_to(self.plot.c2p(lam_t, t))

        level_line = VGroup(Line(self.plot.c2p(0.0, 0.0), self.plot.c2p(1.0, 0.0),
                                 color=TEXT_COLOR, stroke_width=2),
                            marker(self.plot.c2p(0.0, 0.0), TEXT_COLOR, radius=0.06, z_index=4))
        follow_level(level_line)
        level_line.add_updater(follow_level)
        t_label = legible(MathTex(r"t = " + number(self.rest_pen.radius).tex, font_size=24,
                                  color=SOLUTION_COLOR))
        # At the dashed line's start, left of the t axis, as a tick's number would be (a
        # reviewer, r28: under the line's middle a knot's drop line ran through it), clear
        # of the axis's numbers.
        place_clear(t_label, self.plot.c2p(0.0, self.rest_pen.radius), LEFT,
                    [self.curve, self.plot_group, across, self.knot_spots, self.knot_drops,
                     self.marker, flat_label, max_mark, top_label], buff=0.12)
        _keep_in_frame(t_label, margin=PEN_MARGIN)
        # Shorter (the scene's length budget, r30): the one-to-one map is the level line's.
        with self.cue("Back to {lam} = {lv}{@back}. Below {lam_max}, {t}({lam}) falls "
                      "strictly{@one}: {@level}a horizontal line meets it once, so each {t} in "
                      "(0, ‖{w_hat}‖₁) comes from exactly one {lam}{@across}.",
                      lv=number(self.rest),
                      spoken="Back to lambda = {lv}{@back}. Below lambda-max, t of lambda falls "
                      "strictly{@one}: {@level}a horizontal line meets it once, so each t "
                      "between 0 and the L1 norm of w-hat comes from exactly one lambda"
                      "{@across}.") as cue:
            # Slow enough to follow back through the kink: until the next sentence, less
            # the marker's flash.
            sweep(self, self.strength, self.rest, *followers,
                  run_time=max(cue.until("level") - 1.0, cue.until("one")), rate_func=smooth)
            cue.play(Flash(self.marker, color=SOLUTION_COLOR), Indicate(self.curve_label,
                                                                        color=TEXT_COLOR),
                     Reveal(self.scale_note), run_time=max(cue.until("level"), 0.5))
            self.add(level_line)
            cue.play(Reveal(level_line), run_time=0.3)
            # Under the plot's labels (a reviewer: it struck through them as it passed): their
            # dark outlines cover it where it crosses them.
            sweep(self, level, max(top_t, level.get_value()), level_line, on_top=False,
                  run_time=max(0.5 * cue.until("across"), 1.5), rate_func=smooth)
            sweep(self, level, self.rest_pen.radius, level_line, on_top=False,
                  run_time=max(cue.until("across"), 1.0), rate_func=smooth)
            level_line.clear_updaters()
            cue.play(Conceal(level_line), Create(across), Reveal(t_label), run_time=0.6)
            cue.play(Indicate(self.marker, color=SOLUTION_COLOR), until=cue.END)
        for follower in followers:
            follower.clear_updaters()
        self.flat = flat
        self.flat_label = flat_label
        self.marks = VGroup(flat, flat_label, max_mark, top_label, across,
                            t_label, *self.knot_spots, *self.knot_drops)

    def show_verdict(self) -> None:
        _, pen, _ = self.current()
        lv, tv = number(self.rest), number(pen.radius)
        pair = MathTex(rf"\lambda = {lv.tex}\ \Leftrightarrow\ t = {tv.tex}:\ \text{{same }} w^*",
                       font_size=PANEL_FONT)
        # The closing line, boxed, under the panel's last row at its right end, clear of the
        # legend over the plot.
        pair.next_to(self.constraint_line, DOWN, buff=0.25).align_to([PEN_RIGHT, 0.0, 0.0],
                                                                     RIGHT)
        line = VGroup(pair, SurroundingRectangle(pair, color=TEXT_COLOR, buff=0.1,
                                                 stroke_width=2))
        _keep_in_frame(line, margin=PEN_MARGIN)
        # The two directions said apart (convexity belongs to the converse only), each row
        # written as it is said, then the boxed answer for this f.
        rows = VGroup(
            MathTex(r"\text{penalty} \Rightarrow \text{constraint: any } f",
                    font_size=PANEL_FONT),
            MathTex(r"\text{constraint} \Rightarrow \text{penalty: } f \text{ convex}",
                    font_size=PANEL_FONT)).arrange(DOWN, buff=0.15, aligned_edge=LEFT)
        rows.next_to(self.constraint_line, DOWN, buff=0.2, aligned_edge=LEFT)
        _fit_panel(rows, right=PEN_RIGHT)
        line.next_to(rows, DOWN, buff=0.25).align_to([PEN_RIGHT, 0.0, 0.0], RIGHT)
        _keep_in_frame(line, margin=PEN_MARGIN)
        # The forward direction needs w* to be a global minimizer of the penalized sum only.
        with self.cue("Penalty ⇒ constraint, any f{@any}: a lower f in the diamond would "
                      "lower f + {lam}‖w‖₁{@pair}.",
                      spoken="Penalty implies constraint, for any f{@any}: a lower f in the "
                      "diamond would lower the penalized sum{@pair}.") as cue:
            # The legend leaves too: the boxed answer's place overlaps it.
            if self.star_readout in self.mobjects:
                self.star_readout.clear_updaters()
                cue.play(Conceal(self.star_readout), Conceal(self.legend), run_time=0.4)
            else:
                cue.play(Conceal(self.legend), run_time=0.4)
            cue.play(Reveal(rows[0]), at="any", run_time=0.5)
            cue.play(Indicate(self.pen_dot, color=SOLUTION_COLOR),
                     Indicate(self.ring, color=TEXT_COLOR), until="pair")
            cue.play(Indicate(rows[0], color=TEXT_COLOR, scale_factor=1.0), until=cue.END)
        # The converse read off the wedge built for the balance (a reviewer: only asserted):
        # at the constrained solution no step into the diamond lowers f, so −∇f lies in the
        # normal cone, whose rays are λ·∂‖w‖₁: −∇f = λg, the penalty's balance, which is
        # enough when f is convex. The steps and the wedge come back as they are named.
        cone = "lies in the wedge, on a ray" if self.corner else "lies along the outward normal,"
        cone_spoken = ("lies in the wedge, on a ray" if self.corner
                       else "lies along the outward normal,")
        with self.cue("Conversely, at the white ring{@ring} no step into the diamond lowers "
                      "f{@steps}, so −∇f " + cone + " {lam}{g}, {lam} ≥ 0{@wedge}: the "
                      "penalty's balance. As f is convex, the ring solves the penalty problem"
                      "{@conv}.",
                      spoken="Conversely, at the white ring{@ring} no step into the diamond "
                      "lowers f{@steps}, so minus the gradient " + cone_spoken + " lambda g, "
                      "lambda at least 0{@wedge}: the penalty's balance. As f is convex, the "
                      "ring solves the penalty problem{@conv}.") as cue:
            cue.play(Indicate(self.ring, color=TEXT_COLOR), until="ring")
            self.add(self.steps)
            cue.play(*(GrowArrow(m) for m in self.steps), run_time=0.6)
            cue.play(Indicate(self.steps, color=TEXT_COLOR, scale_factor=1.0), until="steps")
            if self.corner:
                cue.play(Reveal(self.cone), run_time=0.5)
            cue.play(Indicate(self.cone if self.corner else self.pull, color=NORMAL_COLOR,
                              scale_factor=1.0),
                     Indicate(self.pull, color=GRADIENT_COLOR, scale_factor=1.0),
                     until="wedge")
            cue.play(Reveal(rows[1]), Conceal(self.steps), run_time=0.5)
            # The answer boxed as the converse closes, held after the words.
            cue.play(Reveal(line), run_time=0.5)
            cue.play(Indicate(rows[1], color=TEXT_COLOR, scale_factor=1.0), until=cue.END)
        # The takeaway held after the last words (the brief: ≥ 4 s).
        self.wait(VERDICT_HOLD)
        self.verdict = line

    def name_knot(self, knot: KnotEvent, followers: list[VMobject], *, first: bool) -> None:
        """Sweep λ down to a knot below λ_max, name its kink as λ stops there, then go a
        little below it (the weight that was exactly 0 above it turns on, or off).

        One beat per knot: why the corner's normal cone makes the kink is the corners and
        shrinkage-paths chapters' story (a reviewer found it a detour here)."""
        kv = self.knot_values[id(knot)]
        # Above the knot the leaving weights are 0; below it the joining ones are.
        side, moved = ("above", knot.leaving) if knot.leaving else ("below", knot.joining)
        who = _weights_phrase(moved)
        verb = "are" if len(moved) > 1 else "is"
        index = next(i for i, e in enumerate(self.events) if e is knot)
        lower = self.events[index - 1].strength if index > 0 else 0.0
        spot = marker(self.plot.c2p(knot.strength, float(lp_norm(knot.point, 1.0))), KNOT_COLOR,
                      radius=0.06, z_index=3)
        # "λ = …", not a bare number beside the dot (a reviewer read it as a value of t).
        spot_label = legible(MathTex(r"\lambda = " + kv.tex, font_size=24,
                                     color=PLOT_NOTE_COLOR))
        # At the plot's foot under the knot, joined to its dot by a dashed drop line (as
        # λ_max's label is): beside the dot it sat where the level line sweeps later and was
        # struck by it (a reviewer, r28). Clear of the curve, the plot's marks, its t axis and
        # the other knots' labels (knots close in λ crowded their numbers in a milli-scale
        # variant).
        place_clear(spot_label, self.plot.c2p(knot.strength, 0.0), UP,
                    [self.curve, self.knot_spots, self.max_mark, self.curve_label,
                     self.marker, self.plot.y_axis, *self.plot_group[1:]],
                    minor=[self.plot_group[0]],
                    buff=0.12)
        drop = DashedLine(spot.get_center(),
                          [spot.get_center()[0], spot_label.get_top()[1] + 0.06, 0.0],
                          color=PLOT_NOTE_COLOR, stroke_width=2, dash_length=0.06)
        below = approach_strength(knot.strength, lower, share=PENALTY_BELOW)
        # The first sweep carries the lesson (t grows from 0 into the kink): ≥ LESSON_SWEEP s,
        # under words that say what it shows (a reviewer, r26: it took 2 s).
        lead = ("Turn {lam} down{@go}: {t} grows, and the diamond with it, until at"
                if first else "Further down{@go}: at")
        # λ goes below the knot only as the words say what happens there: "above it, w₁
        # is exactly 0" over a w* already off the axis read as false (a reviewer's point).
        # Why, in the picture (a reviewer, r90: visible, never said): above the knot the
        # contour touches the diamond at a corner, below it along an edge (a single weight
        # nonzero is a corner in two dimensions; the claim rule checks it).
        # The first corner knot told with its reason, the corner's argument reused: g =
        # −∇f(w*)/λ (g_j of the zero weight j live on the panel, its arrow at g's fixed
        # scale against the segment ∂‖w*‖₁) reaches the segment's end, |g_j| = 1, at the knot.
        at_knot, _ = self.solve(knot.strength)
        # (g's segment starts from the rest λ's w*: that too must be on a corner.)
        g_corner = (first and side == "above" and len(moved) == 1
                    and len(knot.active_after) == 1 and at_knot.normal_cone.shape[0] == 2
                    and self.rest_pen.normal_cone.shape[0] == 2)
        if g_corner:
            j = moved[0]
            g_end = -at_knot.gradient[j] / knot.strength  # ±1: the segment's end
            g_name = "g" + "₁₂"[j]
            end_word = "1" if g_end > 0.0 else "−1"
            # The series' point said where it is seen: over the corner's range of λ, g_j
            # moves inside [−1, 1] and w_j stays exactly 0 (the lasso's zeros). The sweep
            # fills these words and ends at the knot, so the next cue's "At λ = …, g_j
            # reaches ±1" starts on the moment it happens.
            lead_words = ("Turn {lam} down{@go}: {t} grows, " + g_name + " moves in [−1, 1],"
                          "{@g} and the corner holds {who} at exactly 0. {@zeros}This slack is "
                          "why the lasso gives exact zeros{@slack}.")
            words = ("At {lam} = {kv}{@knot}, " + g_name + " reaches " + end_word + ": the "
                     "corner can no longer hold {who} at 0{@side}; {t}({lam}) has a kink, and "
                     "below it {who} turns on, {w_star} on an edge{@on}{@edge}.")
        elif side == "above":
            corner = ", {w_star} on the diamond's corner" if len(knot.active_after) == 1 else ""
            turn = ("; below, " + ("they turn" if len(moved) > 1 else "it turns") + " on{@on}"
                    + (", {w_star} on an edge" if corner else "")
                    + "{@edge}")
        else:
            corner, turn = "", "{@on}{@edge}"
        if not g_corner:
            words = (lead + " {lam} = {kv}{@knot}, {t}({lam}) has a kink; " + side
                     + " it, {who} " + verb + " exactly 0" + corner + "{@side}" + turn + ".")
        extra: list[VMobject] = []
        if g_corner:
            g_arrow, g_segment, g_readout = self.g_pieces()
            extra = [g_segment, g_arrow, g_readout]
            # w*'s label keeps off g's arrow and segment too (it sat on the arrow at the knot).
            self.g_shown = [g_segment, g_arrow]
            with self.cue(lead_words, who=who) as cue:
                self.show_star_readout(cue, followers)
                cue.wait_until("go")
                # The pulls shrink as λ falls: g, their direction at a fixed length, instead.
                for m in extra:
                    m.update(0)
                self.add(*extra)
                cue.play(Create(g_segment), GrowArrow(g_arrow), Reveal(g_readout),
                         run_time=0.6)
                # Held inside the corner's range while the lesson is read (a reviewer: read
                # over a running sweep), the range of λ with w_j = 0 marked on the λ axis
                # (regmath's knots: this one and the next event up).
                upper = self.events[index + 1].strength
                hold_at = approach_strength(knot.strength, upper, share=SLACK_SHARE)
                zero_band = Line(self.plot.c2p(knot.strength, 0.0), self.plot.c2p(upper, 0.0),
                                 color=SOLUTION_COLOR, stroke_width=10, z_index=3)
                zero_label = legible(MathTex(rf"w_{{{moved[0] + 1}}} = 0\text{{ exactly}}",
                                             font_size=24, color=SOLUTION_COLOR))
                place_clear(zero_label, zero_band.get_center(), UP,
                            [self.curve, self.max_mark, self.curve_label, self.marker,
                             self.plot.y_axis, *self.plot_group[1:], self.knot_spots],
                            minor=[self.plot_group[0]], buff=0.12)
                sweep(self, self.strength, hold_at, *followers, *extra,
                      run_time=max(cue.until("zeros"), KNOT_SWEEP - 1.5),
                      rate_func=rate_functions.ease_out_sine)
                cue.play(Create(zero_band), Reveal(zero_label), run_time=0.6)
                cue.play(Indicate(zero_band, color=SOLUTION_COLOR, scale_factor=1.0),
                         Indicate(self.star_readout, color=SOLUTION_COLOR, scale_factor=1.0),
                         until=cue.END)
        with self.cue(words, kv=kv, who=who) as cue:
            if g_corner:
                # On into the knot as its λ is read; the range's mark steps aside for the
                # knot's own label at the plot's foot.
                sweep(self, self.strength, knot.strength, *followers, *extra,
                      run_time=max(cue.until("knot"), 1.2),
                      rate_func=rate_functions.ease_in_out_sine)
                cue.play(Conceal(zero_band), Conceal(zero_label), run_time=0.3)
                self.remove(zero_band, zero_label)
            if first and not g_corner:
                self.show_star_readout(cue, followers)
            if not g_corner:
                cue.wait_until("go")
                sweep(self, self.strength, knot.strength, *followers,
                      run_time=max(cue.until("knot"), KNOT_SWEEP if first else 1.5),
                      rate_func=rate_functions.ease_out_sine)
            # w* lit in its own colour (a reviewer, r90: a yellow flash read as the penalty's).
            cue.play(Reveal(spot), Create(drop), Reveal(spot_label),
                     Flash(self.pen_dot, color=SOLUTION_COLOR),
                     *((Flash(g_arrow.get_end(), color=NORMAL_COLOR),
                        Indicate(g_readout, color=NORMAL_COLOR, scale_factor=1.0))
                       if g_corner else ()),
                     Indicate(spot, color=KNOT_COLOR), run_time=max(cue.until("side"), 1.0))
            # Held at the kink, w* on the corner, while "exactly 0" is read (a reviewer: it
            # passed in 1.5 s), then eased off it onto the edge slowly, the live w*(λ) lit.
            cue.play(Indicate(self.pen_dot, color=SOLUTION_COLOR),
                     Indicate(self.star_readout, color=TEXT_COLOR, scale_factor=1.0),
                     run_time=KNOT_HOLD + (G_HOLD if g_corner else 0.0))
            if g_corner:
                # Off the corner ∂‖w*‖₁ is one point (g itself): the segment goes.
                g_segment.clear_updaters()
                cue.play(Conceal(g_segment), run_time=0.4)
            sweep(self, self.strength, below, *followers, *extra[1:],
                  run_time=max(cue.until("on"), KNOT_LEAVE), rate_func=smooth)
            cue.play(Indicate(self.pen_dot, color=SOLUTION_COLOR),
                     Indicate(self.star_readout, color=SOLUTION_COLOR, scale_factor=1.0),
                     until="edge")
            cue.play(Indicate(self.star_readout, color=SOLUTION_COLOR, scale_factor=1.0),
                     until=cue.END)
            if g_corner:
                g_arrow.clear_updaters()
                g_readout.clear_updaters()
                cue.play(Conceal(g_arrow), Conceal(g_readout), run_time=0.4)
                self.remove(g_segment, g_arrow, g_readout)
                self.g_shown = []
        self.knot_spots.add(spot, spot_label)
        self.knot_drops.add(drop)

    def show_star_readout(self, cue: Any, followers: list[VMobject]) -> None:
        """w*'s live coordinates shown as λ starts down (read off as the weight turns on)."""
        self.star_readout.update(0)
        self.add(self.star_readout)
        cue.play(Reveal(self.star_readout), run_time=0.4)
        followers.append(self.star_readout)

    def g_pieces(self) -> tuple[Arrow, VMobject, Readout]:
        """g = −∇f(w*)/λ drawn from w* at g's scale, the segment ∂‖w*‖₁ at that scale
        (while w* is on a corner; it stays where it was once w* leaves it), and g's live
        readout under w*'s, all following λ."""
        g_arrow = self.get_arrow(scaled_arrow(self.rest_pen, self.rest_pen.normal,
                                              scale=self.g_scale), NORMAL_COLOR)
        g_arrow.set_z_index(3)

        def follow_g(m: Arrow) -> None:
            lam, pen, _ = self.current()
            arrow = scaled_arrow(pen, -pen.gradient / lam, scale=self.g_scale)
            m.become(Arrow(to_scene(self.axes, arrow.start), to_scene(self.axes, arrow.end),
                           buff=0.0, color=NORMAL_COLOR, stroke_width=6,
                           max_tip_length_to_length_ratio=0.25, z_index=3))

        g_arrow.add_updater(follow_g)
        g_segment = polyline(self.axes, subgradient_segment(self.rest_pen, scale=self.g_scale),
                             stroke_color=NORMAL_COLOR, stroke_width=7, z_index=2)

        def follow_segment(m: VMobject) -> None:
            _, pen, _ = self.current()
            if pen.normal_cone.shape[0] == 2:
                m.set_points_as_corners(to_scene(
                    self.axes, subgradient_segment(pen, scale=self.g_scale)))

        g_segment.add_updater(follow_segment)
        slot = number_format(1.0, 3, signed=True, plus=False)
        g_readout = Readout.fitting(
            PEN_RIGHT - PANEL_LEFT, r"g = -\nabla f(w^*)/\lambda = (" + slot + r",\ " + slot
            + r"),\ \text{{drawn }}\times" + number(self.g_scale).tex,
            *self.rest_pen.normal, font_size=PANEL_FONT, exact_zeros=True, color=NORMAL_COLOR)
        g_readout.next_to(self.star_readout, DOWN, buff=0.15, aligned_edge=LEFT)

        def follow_readout(r: Readout) -> None:
            lam, pen, _ = self.current()
            r.set_values(*(-pen.gradient / lam))

        g_readout.add_updater(follow_readout)
        return g_arrow, g_segment, g_readout

    def abs_inset(self) -> tuple[VGroup, VMobject, VGroup, ValueTracker]:
        """|x| on [−1, 1] with its kink's supporting lines, where the t(λ) plot comes later
        (empty until then): (frame and axis, graph, "|x|", "slope s ∈ [−1, 1]"), the line
        that follows the slope, the fan of lines it has passed, and the slope's tracker."""
        half = ABS_HALF
        axes = Axes(x_range=[-half, half, half], y_range=[-half, half, half],
                    x_length=ABS_SIDE, y_length=ABS_SIDE, tips=False)
        axes.move_to(self.plot.get_center() + 0.25 * UP)
        box = polyline(axes, np.array([[-half, -half], [half, -half], [half, half],
                                       [-half, half], [-half, -half]]),
                       stroke_color=MUTED_COLOR, stroke_width=1.5)
        axis = VGroup(box, polyline(axes, np.array([[-half, 0.0], [half, 0.0]]),
                                    stroke_color=MUTED_COLOR, stroke_width=2))
        graph = polyline(axes, abs_graph(half), stroke_color=TEXT_COLOR, stroke_width=4,
                         z_index=1)
        # Over the kink, between the two arms (|x| < y there: no line reaches it).
        name = legible(MathTex(r"|x|", font_size=30, color=TEXT_COLOR))
        name.move_to(to_scene(axes, np.array([0.0, 0.72 * half])))
        words = legible(MathTex(r"\text{slopes in } [-1, 1]\text{ at the kink}",
                                font_size=28, color=NORMAL_COLOR))
        words.next_to(box, DOWN, buff=0.15)
        slope = ValueTracker(-1.0)
        sweeper = polyline(axes, abs_support(-1.0, half_width=half), stroke_color=NORMAL_COLOR,
                           stroke_width=5, z_index=2)
        sweeper.add_updater(lambda m: m.set_points_as_corners(to_scene(
            axes, abs_support(float(np.clip(slope.get_value(), -1.0, 1.0)), half_width=half))))
        fan = VGroup(*(polyline(axes, abs_support(s, half_width=half), stroke_color=NORMAL_COLOR,
                                stroke_width=2, stroke_opacity=0.0) for s in ABS_FAN))

        def follow_fan(m: VGroup) -> None:
            for line, s in zip(m, ABS_FAN):
                line.set_stroke(opacity=0.5 if s <= slope.get_value() + 1e-9 else 0.0)

        fan.add_updater(follow_fan)
        # For the tests: the lines read back through the inset's axes.
        self.abs_axes, self.abs_fan = axes, fan
        return VGroup(axis, graph, name, words), sweeper, fan, slope

    def place_note(self, note: VMobject) -> None:
        """``note`` inside the plane's frame, in the corner diagonally away from ŵ (the
        contours and w* lean towards ŵ; the arrows' far tips stay near the axes)."""
        (x0, x1, _), (y0, y1, _) = self.view.x_range, self.view.y_range
        cx = x0 if self.loss.center[0] >= 0.0 else x1
        # With the w₂ axis in view, the side with more room beside it (a reviewer: the note
        # sat on the w₂ axis and, at small λ, under the diamond's edges).
        if x0 < 0.0 < x1:
            cx = x0 if -x0 > x1 else x1
        cy = y0 if self.loss.center[1] >= 0.0 else y1
        inward = np.array([1.0 if cx == x0 else -1.0, 1.0 if cy == y0 else -1.0, 0.0])
        corner = to_scene(self.axes, np.array([cx, cy]))
        note.move_to(corner + inward * (0.5 * np.array([note.width, note.height, 0.0])
                                        + NOTE_MARGIN))

    def make_legend(self) -> VGroup:
        """"● penalized w*(λ)", "○ constrained solution", in one row over the t(λ) plot."""
        dot = marker(np.zeros(3), SOLUTION_COLOR, radius=0.09)
        ring = marker(np.zeros(3), TEXT_COLOR, radius=0.13)
        ring.set_fill(opacity=0.0).set_stroke(TEXT_COLOR, width=4)
        rows = VGroup(
            VGroup(dot, legible(MathTex(r"\text{penalized } w^*(\lambda)", font_size=24,
                                        color=SOLUTION_COLOR))).arrange(RIGHT, buff=0.15),
            VGroup(ring, legible(MathTex(r"\text{constrained solution}", font_size=24,
                                         color=TEXT_COLOR))).arrange(RIGHT, buff=0.12))
        # Out of the plane, over the t(λ) plot at the panel's right edge (a reviewer, r27:
        # in the plane's corner the diamond's edge ran through it).
        rows.arrange(RIGHT, buff=0.35)
        rows.next_to(self.plot_group, UP, buff=0.2)
        rows.align_to([PEN_RIGHT, 0.0, 0.0], RIGHT)
        return rows

    def detach_pulls(self) -> None:
        """The pulls stop following λ (so a fade is not undone by their redraw)."""
        for m in (self.pull, self.push, self.pull_label, self.push_label):
            m.clear_updaters()

    def attach_pulls(self) -> None:
        """The pulls follow λ: −∇f(w*) and −λg at one scale, labels beside their tips."""
        self.pull.add_updater(lambda m: self.follow_arrow(m, pull=True))
        self.push.add_updater(lambda m: self.follow_arrow(m, pull=False))
        self.pull_label.add_updater(lambda m, dt: self.follow_label(m, self.pull,
                                                                    self.pull_offset, dt))
        self.push_label.add_updater(lambda m, dt: self.follow_label(m, self.push,
                                                                    self.push_offset, dt))

    def follow_star_label(self, label: VMobject, dt: float) -> None:
        """`place_star_label`, its offset from the dot changing at most LABEL_SPEED per second
        (it glides to a new side instead of jumping)."""
        dot = self.pen_dot.get_center()
        before = self.star_offset
        self.place_star_label(label)
        self.star_offset = _glide(label, dot, before, dt)

    def place_star_label(self, label: VMobject) -> None:
        """w*'s label beside its dot, clear of the diamond, the arrows and ŵ's label.

        Tries the side it had last first, so it only moves when something covers it.
        """
        # The axis lines and their ticks count in full: inside the diamond the w₂ axis and
        # its tick at 1 ran through "w*" (a reviewer, r28, at 122–124 s).
        obstacles = [self.ball, self.contour, self.pull, self.push, self.center_label,
                     *self.tick_numbers(), self.axes.x_axis, self.axes.y_axis]
        if self.pull in self.mobjects:
            obstacles += [self.pull_label, self.push_label]
        obstacles += [m for m in self.g_shown if m in self.mobjects]
        # The diamond's inside counts too (a reviewer, r28: "w*" sat inside it): its smaller
        # copies (regmath's outlines at shares of t, clipped at the view) fill it, unseen.
        radius = self.current()[2].radius
        if radius > 0.0:
            inside = VMobject()
            set_pieces(inside, self.axes, [piece for share in STAR_INSIDE for piece in
                                           clip_polyline(ball_outline("l1", share * radius),
                                                         self.view)])
            obstacles.append(inside)
        # buff: clear of the ring (radius 0.17) that marks the constrained solution.
        place_clear(label, self.pen_dot.get_center(), self.star_direction, obstacles,
                    minor=[self.axes], buff=0.2)
        offset = (label.get_center() - self.pen_dot.get_center())[:2]
        self.star_direction = offset / max(float(np.linalg.norm(offset)), 1e-12)

    # ------------------------------------------------------------- followers
    def follow_arrow(self, mobject: Arrow, *, pull: bool) -> None:
        _, pen, _ = self.current()
        arrow = (pull_arrow if pull else push_arrow)(pen, scale=self.scale)
        start, end = to_scene(self.axes, arrow.start), to_scene(self.axes, arrow.end)
        if np.linalg.norm(end - start) < 0.05:  # λ near 0: nothing pulls
            mobject.set_opacity(0.0)
            return
        mobject.become(Arrow(start, end, buff=0.0, color=GRADIENT_COLOR if pull else NORMAL_COLOR,
                             stroke_width=6, max_tip_length_to_length_ratio=0.25, z_index=2))

    def follow_ball(self, ball: VGroup) -> None:
        """The diamond ‖w‖₁ ≤ t(λ), fill and outline clipped at the view."""
        outline = ball_outline("l1", self.current()[1].radius)
        fill = clip_polygon(outline, self.view)
        set_pieces(ball[0], self.axes, [fill] if len(fill) >= 3 else [])
        set_pieces(ball[1], self.axes, clip_polyline(outline, self.view))

    def follow_label(self, mobject: VMobject, arrow: Arrow, offset: np.ndarray,
                     dt: float = 0.0) -> None:
        """The pull's label beside its tip, placed afresh each frame where nothing crosses
        it (the diamond, the contour, the box, the axes, ŵ and w* with their labels), gliding
        to a new side at most LABEL_SPEED per second: placed, not faded (a reviewer, r27,
        read the fading labels as defects, and "−∇f(w*)" sat on ŵ's dot)."""
        offsets = self.__dict__.setdefault("label_offsets", {})
        before = offsets.get(id(mobject), offset)
        tip = arrow.get_end()
        # A short arrow's label would sit on w*, its ring and the other label: hidden.
        # Faded out as the arrow shortens (a reviewer: at small λ the labels piled up near w*
        # and then vanished at once): full above 1.6 × LABEL_ARROW, gone below LABEL_ARROW.
        length = float(np.linalg.norm(arrow.get_end() - arrow.get_start()))
        shown = 0.0 if arrow.get_stroke_opacity() <= 0.0 else float(
            np.clip((length - LABEL_ARROW) / (0.6 * LABEL_ARROW), 0.0, 1.0))
        shown *= self.pull_label_share.get_value()
        if shown > 0.0:
            other = self.push_label if mobject is self.pull_label else self.pull_label
            obstacles = [self.ball[1], self.contour, self.pull, self.push, self.center_dot,
                         self.center_label, self.pen_dot, self.pen_label, self.ring,
                         self.frame_box]
            box = self.__dict__.get("box")
            if box is not None and box in self.mobjects:
                obstacles.append(box)
            if other.get_fill_opacity() > 0.0:
                obstacles.append(other)
            direction = before[:2] / max(float(np.linalg.norm(before[:2])), 1e-12)
            obstacles += [self.axes.x_axis, self.axes.y_axis]
            # Where it is, while nothing crosses it there (the search below is slow).
            mobject.move_to(tip + before)
            points = _outline_samples(obstacles)
            low = mobject.get_corner(DOWN + LEFT)[:2] - CLEARANCE
            high = mobject.get_corner(UP + RIGHT)[:2] + CLEARANCE
            if np.any(np.all((points >= low) & (points <= high), axis=1)):
                # Beside the tip first, then along the shaft and further out (as first placed).
                _place_along(mobject, arrow.get_start(), tip, direction, obstacles,
                             minor=[self.rings], shares=(1.0, 0.85, 0.7, 0.55),
                             buffs=(0.1, 0.2, 0.3, 0.45, 0.6))
            change = (mobject.get_center() - tip) - before
            room = LABEL_SPEED * dt
            size = float(np.linalg.norm(change))
            # dt = 0 (an update outside an animation) moves nothing: a new side is glided to.
            if size > room:
                before = before + change * (room / max(size, 1e-12))
            else:
                before = before + change
        mobject.move_to(tip + before)
        offsets[id(mobject)] = before
        # While it glides past its own arrow (the arrow turns faster than the label may
        # move), it fades rather than being struck through (a reviewer: "−∇f(w*)" crossed by
        # its arrowhead), and comes back once clear; the fade too is gradual.
        fades = self.__dict__.setdefault("label_fades", {})
        fade = fades.get(id(mobject), 1.0)
        if shown > 0.0:
            own = _outline_samples([arrow])
            low, high = mobject.get_corner(DOWN + LEFT)[:2], mobject.get_corner(UP + RIGHT)[:2]
            struck = bool(np.any(np.all((own >= low) & (own <= high), axis=1)))
            target = 0.0 if struck else 1.0
            fade += float(np.clip(target - fade, -LABEL_FADE_SPEED * dt, LABEL_FADE_SPEED * dt))
        fades[id(mobject)] = fade
        mobject.set_opacity(shown * fade)

    def get_arrow(self, arrow: Any, color: Any) -> Arrow:
        return Arrow(to_scene(self.axes, arrow.start), to_scene(self.axes, arrow.end), buff=0.0,
                     color=color, stroke_width=6, max_tip_length_to_length_ratio=0.25, z_index=2)

    def frame_ticks(self) -> None:
        """The plane's tick numbers outside its frame (under the bottom edge, left of the left
        edge), at their ticks' places: everything the plane draws is clipped at the view, so
        no diamond, contour or pull ever crosses them and none needs to fade or hide (a
        reviewer, r27: the "1" tick vanished for 40 s, ±1 cut by the diamond's edges).
        Numbers left out by `make_axes` near ŵ or the rest's curves are put back: out there
        they cover nothing."""
        (x0, _, _), (y0, _, _) = self.view.x_range, self.view.y_range
        low = to_scene(self.axes, np.array([x0, y0]))
        for number_ in self.axes.x_axis.numbers:
            number_.next_to([number_.get_center()[0], low[1], 0.0], DOWN, buff=FRAME_TICK_BUFF)
        for number_ in self.axes.y_axis.numbers:
            number_.next_to([low[0], number_.get_center()[1], 0.0], LEFT, buff=FRAME_TICK_BUFF)
        # At the frame's corner an x number and a y number could meet: the x one goes.
        for number_ in list(self.axes.x_axis.numbers):
            if any(boxes_meet(number_, other, gap=0.05) for other in self.axes.y_axis.numbers):
                self.axes.x_axis.numbers.remove(number_)
        # The plane's frame edges' own ticks (short, outside): each number beside its mark.
        marks = VGroup()
        for number_ in self.axes.x_axis.numbers:
            x = number_.get_center()[0]
            marks.add(Line([x, low[1], 0.0], [x, low[1] - FRAME_TICK, 0.0], color=MUTED_COLOR,
                           stroke_width=2))
        for number_ in self.axes.y_axis.numbers:
            y = number_.get_center()[1]
            marks.add(Line([low[0], y, 0.0], [low[0] - FRAME_TICK, y, 0.0], color=MUTED_COLOR,
                           stroke_width=2))
        self.plane_group.add(marks)
        # Long numbers (tiny data: "−0.04") left of the frame stay on screen: the plane moves
        # right by what they would overflow (before anything is drawn from its axes).
        if len(self.axes.y_axis.numbers):
            left = min(float(n.get_left()[0]) for n in self.axes.y_axis.numbers)
            overflow = (-config.frame_width / 2 + FRAME_TICK_MARGIN) - left
            if overflow > 0.0:
                self.plane_group.shift(overflow * RIGHT)

    def tick_numbers(self) -> list[VMobject]:
        return [*self.axes.x_axis.numbers, *self.axes.y_axis.numbers]

    @staticmethod
    def direction(arrow: Arrow) -> np.ndarray:
        d = (arrow.get_end() - arrow.get_start())[:2]
        return d / max(float(np.linalg.norm(d)), 1e-12)
