"""The flagship: loss contours grow from ŵ until they touch the ball.

    manim render -pql scenes/tangency.py L1Tangency
    manim render -pql scenes/tangency.py L2Tangency
    manim render -pql scenes/tangency.py InactiveConstraint

The problem is class attributes; a variant is a subclass that overrides them:

    class MyCase(L1Tangency):
        center = (2.0, 0.5)
        hessian = ((2.0, 0.4), (0.4, 1.0))

Storyboard of L1Tangency and L2Tangency, one section per beat:

* problem: the axes, ŵ, the ball and the problem with its data on the right.
* grow: a contour grows from ŵ and first touches the ball; a larger one
  crosses it (the shaded allowed points have a lower loss: we can still go
  lower); it shrinks back to the touching one, whose touching point is w*.
* balance: the loss pulls at w* downhill along −∇f(w*); the ball pushes back
  inward, −λg, with g an outward normal (a subgradient) and λ ≥ 0.
* cone (L1 at a corner): the edge normals and every g between them, swept
  out: the normal cone; −∇f(w*) inside it. tangent (L2): the shared tangent
  line and the normal at a right angle to it.
* drag: ŵ moves; at a corner w* stays put while −∇f(w*) stays in the cone and
  slides off when it leaves; on the circle w* glides and the normal turns.
* verdict: what the data say: the wedge of ŵ that lands on the corner, or the
  factor ridge multiplied each weight by.

InactiveConstraint moves ŵ from outside the ball to inside it with λ live,
then shrinks the ball to show when the constraint starts to matter, and
contrasts the penalty, which moves w* for any λ > 0.

Every coordinate comes from `regmath` (the solution, contours, the ball,
arrows, the cone, the drag path, the view), and every claim in the words is
chosen by `regmath.facts` for the data; data a scene cannot show truthfully
are refused in ``setup()``, before the first frame, naming the attribute.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
import functools
from collections.abc import Sequence
from typing import Any, ClassVar

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    UP,
    Animation,
    AnimationGroup,
    BackgroundRectangle,
    Arrow,
    Circle,
    Circumscribe,
    Create,
    DashedLine,
    Flash,
    GrowArrow,
    GrowFromPoint,
    LaggedStart,
    MathTex,
    Mobject,
    ReplacementTransform,
    Tex,
    ValueTracker,
    VGroup,
    VMobject,
    config,
    interpolate_color,
    SurroundingRectangle,
    UpdateFromAlphaFunc,
    linear,
    rate_functions,
    smooth,
)

from regmath import Quadratic, Solution, constrained, lasso_path, penalized
from regmath.errors import InvalidArgumentError
from regmath.balance_family import ray_factor_range, ray_loss, tilt_marks
from regmath.ball_point import boundary_towards
from regmath.boundary import boundary_minimum, region_below, region_centroid
from regmath.center_paths import (
    corner_ray,
    CenterPath,
    corner_exit,
    inward_path,
    ridge_ray_crossing,
    sign_flip_point,
)
from regmath.drawing import (
    ViewBox,
    slack_segment,
    arrow_scale,
    ball_outline,
    balance_ray,
    inverse_hessian_arrow,
    boundary_tangents,
    corner_subgradient,
    corner_zoom_view,
    frame_outline,
    free_direction,
    growth_levels,
    level_set,
    normal_arrow,
    normal_cone_wedge,
    path_axis_crossing,
    scaled_arrow,
    subgradient_segment,
    pull_arrow,
    push_arrow,
    right_angle_mark,
    round_contour,
    tangent_segment,
)
from regmath.edge_normals import diamond_edge_normals_at_scale
from regmath.scales import readable_scale
from regmath.facts import (
    pull_aims_at_center,
    pull_turn,
    ridge_penalty_strength,
    isotropic,
    shrink_factors,
    solution_kind,
)
from regmath.framing import clip_polyline, edge_pointer, focus_view
from regmath.lp import lp_norm
from regmath.paths import knot_events
from regmath.ray_fan import circle_point_ray, circle_rays, missing_centers
from regmath.round_arc import round_arc_outside
from regmath.sparsity import (
    carried_fan,
    carried_reach,
    carried_room,
    carried_tips,
    l1_solution_regions,
    l2_sparse_rays,
)
from scenes.toolkit import palette
from scenes.toolkit.arrows import MovingArrow
from scenes.toolkit.emphasis import Indicate
from scenes.toolkit.motion import sweep
# TOOLKIT: `_scientific`, `SIGNIFICANT` and `Number` for `uniform_point` (see there).
from scenes.toolkit.notation import SIGNIFICANT, Number, _scientific
from scenes.toolkit.notation import (
    BALL_NAMES,
    LOSS_TEX,
    SYMBOLS,
    constraint_tex,
    decimals_for,
    number,
    numbers,
    point,
    weight,
    weight_star,
)
from scenes.toolkit.params import (
    choice,
    fixed,
    integer,
    number_in,
    point as a_point,
    positive,
    positive_definite,
    refuse,
)
from scenes.toolkit.readout import Readout, number_format
from scenes.toolkit.reveal import REVEAL_SECONDS, Conceal, Dim, Reveal, Undim
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import (
    CAPTION_TOP,
    box_of,
    boxes_meet,
    segment_meets_box,
    _outline_samples,
    keep_inside,
    INSET_STYLE,
    BACKGROUND,
    BALL_COLORS,
    CENTER_COLOR,
    CONE_COLOR,
    GRADIENT_COLOR,
    LOSS_COLOR,
    MUTED_COLOR,
    NORMAL_COLOR,
    PANEL_LEFT,
    PLOT_CENTER,
    PLOT_SIDE,
    SOLUTION_COLOR,
    TEXT_COLOR,
    ball_shape,
    DASH_GAP,
    DASH_LENGTH,
    dashed,
    draw_ball,
    filled_polygon,
    keep_in_frame,
    legible,
    make_axes,
    marker,
    place_clear,
    place_label,
    polyline,
    set_dashes,
    set_pieces,
    to_scene,
)

__all__ = ["L1Tangency", "L2Tangency", "InactiveConstraint"]

TITLE = {"l1": r"The lasso: an L1 constraint", "l2": r"Ridge: an L2 constraint"}
#: The contour grows to this share of the touching level's progress before the touch beat.
NEAR_TOUCH = 0.86
#: How far apart two labels' boxes stay in L1Tangency's placements (scene units; once a
#: margin of 0.04 grown on each box).
LABEL_GAP = 0.08
#: How far past the touching contour the "we can still go lower" contour grows (progress).
OVERSHOOT = 1.28
#: Arrow length for the normals and the cone, as a share of the radius.
CONE_ARROW = 0.95
#: The shortest readable subgradient arrow at the pull's scale, as a share of the radius.
CONE_MIN = 0.35
#: Length of −∇f(w*) at the start, as a share of the radius (lengths stay true after).
PULL_ARROW = 1.0
PANEL_FONT = 30
#: The slack readout's fewest decimals: it falls to an exact 0 (shown "0") when the ball
#: binds, and a value on the way must never round to a bare "0".
SLACK_DECIMALS = 2
PANEL_GAP = 0.2
#: w*'s label: the solution's red, lightened so it reads on the balls' fills.
LABEL_RED = SOLUTION_COLOR.interpolate(TEXT_COLOR, 0.25)
#: The last frame is held this long after the last words, for a clean cut.
FINAL_HOLD = 4.0
#: L1Tangency and L2Tangency end on a motion that lands with the words, then this short hold.
END_HOLD = 1.5
#: L1Tangency and L2Tangency's plot: as large as the frame allows between the title line
#: and the caption strip (w₂'s label above the top, w₁'s left of PANEL_LEFT), so the key
#: geometry at w* is as large as it can be.
BIG_PLOT_SIDE = 6.4
BIG_PLOT_CENTER = (-3.6, 0.14, 0.0)
#: A panel line is marked by this gentle scaling (a larger one runs into the plot).
PANEL_INDICATE = 1.06
#: The plot's frame: clipped contours end on it, not in mid-air.
FRAME_OPACITY = 0.5
#: L1Tangency's scale note: readable at 480p (round 28: the 24 one was about 8 px high).
L1_SCALE_NOTE_FONT = 28
#: L1Tangency: the dark backing of a label a curve runs through (the toolkit's is 5).
WIDE_BACKING = 8
#: L1Tangency: how far "lower loss" sits from the shaded corner (a leader joins them).
LOWER_LABEL_GAP = 0.45
#: With smaller_misses: the contour shrinks to this share of the touching one's size, a
#: gap to the ball that reads at 480p.
MISS_GROWTH = 0.8
#: The cone's edges carried by H⁻¹ onto the wedge's take at least this long (seconds).
MAP_SECONDS = 3.0
#: The grow beat's Indicate of "lower loss" scales it by this much.
LOWER_MARK = 1.15
#: L1Tangency: w*'s label turns outside the diamond over this much of w*'s slide (scene units).
STAR_LABEL_TURN = 0.2
#: ... to this many times its larger side from w*.
STAR_LABEL_REACH = 1.05
#: L1Tangency: labels at the cone (N(w*), g's range) sit above the cone's fill.
LABEL_ABOVE_CONE = 6
#: Opacity of the box behind L1Tangency's −∇f(w*) label: the contour under it reads as
#: interrupted, not as striking through the label.
PULL_LABEL_BOX_OPACITY = 0.9
#: The mid-edge normals' value labels "(±1, ±1)" (L1Tangency), and how much the entry the
#: corner's two edges share grows when it is picked out.
SIGN_LABEL_FONT = 26
SHARED_ENTRY_SCALE = 1.25
#: N(w*)'s gap from the cone edge's arrow head (L1Tangency).
CONE_LABEL_GAP = 0.2
#: L1Tangency: the push −λg in its own colour, apart from the yellow normals and cone (a
#: reviewer saw five yellow arrows, one of them meaning something else); the palette's
#: "push" role, checked with the others for colour-blind viewers.
PUSH_COLOR = palette.PUSH
#: L1Tangency: −λg is drawn at this share of its length until λ is read.
PUSH_UNKNOWN = 0.4
#: L1Tangency: the wedge of ŵ giving the corner, brighter than before (a reviewer found it
#: faint), and its label's size.
WEDGE_OPACITY = 0.22
#: L1Tangency's ridge ending: the lasso's wedge stepped back under its name (round 30).
LASSO_WEDGE_DIMMED = 0.1
#: g's arrow beside the pull it lies along, this far across (scene units; round 30).
G_BESIDE_PULL = 0.2
#: L1Tangency's first faint ring, as a share of the touch's size: room for ŵ's label.
HAT_RING = 0.45
#: How far out (scene units) a centred tick number may step to clear its curves.
CENTRED_TICK_REACH = 0.2
#: ŵ's way back to its place before the second drag (round 30: 1.5 s read as a snap).
BACK_SECONDS = 2.4
WEDGE_LABEL_FONT = 28  # readable at 480p (round 28)
#: L1Tangency's dimmed panel lines keep this share of their opacity: legible at 480p (a
#: fresh review could not read the 30 % lines).
PANEL_DIM = 0.5
#: L1Tangency: the shortest growth step between two faint rings (seconds).
MIN_RING_SECONDS = 0.3
#: L1Tangency's rest after a key beat (seconds).
L1_SETTLE = 1.0
#: L1Tangency's first drag: the share of the way to the wedge's edge covered under "Move ŵ".
APPROACH_SHARE = 0.8
#: L1Tangency: a label a moving line runs through fades to this opacity meanwhile.
STRUCK_OPACITY = 0.3
#: How far (scene units) ŵ's label's wide dark backing reaches beyond its box.
HAT_BACKING_MARGIN = 0.12
#: L1Tangency's note and sign labels at 480p (round 30, review #8: grey on black at 14 px
#: read badly): nearly the text colour, and the sign labels at font 28.
L1_SCALE_NOTE_COLOR = MUTED_COLOR.interpolate(TEXT_COLOR, 0.85)
L1_SIGN_LABEL_FONT = 28
#: The L2 contrast's labels on the plot (arc, touch, the two rays): readable at 480p.
CONTRAST_LABEL_FONT = 28  # readable at 480p (round 28: 24 was)
#: Ridge's ball in L1Tangency's ending: lighter than the diamond's fill, which it overlaps.
RIDGE_DISK_OPACITY = 0.1
#: L1Tangency: the verdict's gap after the wedge's line, and the frame's edge it keeps clear.
VERDICT_GAP = 0.3
FRAME_EDGE = 0.15
#: L1Tangency: the boxed optimality condition's frame.
BOX_BUFF = 0.08
#: InactiveConstraint's arrow labels fade out between these shares of the first λ.
LABEL_FADE_START, LABEL_FADE_END = 0.75, 0.5
#: InactiveConstraint's arrows on the main plot fade out between these shares of the first λ.
ARROW_FADE_START, ARROW_FADE_END = 0.25, 0.1
#: InactiveConstraint draws no slack bar for a slack below this share of t (a few pixels).
SLACK_VISIBLE_SHARE = 0.03
#: InactiveConstraint's w* label is lifted this far (scene units) off the ball's edge.
STAR_LABEL_LIFT = 0.16
#: The least gap between two of the inset's labels (r52's item 1). Layout only.
INSET_LABEL_GAP = 0.12


def uniform_point(values: Any) -> Number:
    """A point written with one number form for all its entries (see `point`).

    # TOOLKIT: `notation.point` writes each entry in its own form where the entries'
    # sizes differ: "(800000.0, 1.84×10⁶)" (plain beside scientific) or "(800.0, 1840)"
    # (rounded beside exact). Here, if any nonzero entry is scientific, every nonzero entry
    # is; otherwise every nonzero entry gets the most decimals any entry has. "0" stays
    # "0" (exactly zero). Belongs in `notation.point`.
    """
    vals = [float(v) for v in np.asarray(values, dtype=float).ravel()]
    parts = numbers(vals)
    nonzero = [(v, p) for v, p in zip(vals, parts) if v != 0.0]
    scientific = [r"\times" in p.tex for _, p in nonzero]
    if any(scientific) and not all(scientific):
        parts = [_scientific(v, SIGNIFICANT) if v != 0.0 else p for v, p in zip(vals, parts)]
    elif not any(scientific):
        decimals = max((len(p.text.split(".")[1]) if "." in p.text else 0
                        for _, p in nonzero), default=0)
        parts = [_fixed_digits(v, decimals) if v != 0.0 else p for v, p in zip(vals, parts)]
    return Number(text="(" + ", ".join(p.text for p in parts) + ")",
                  spoken=" and ".join(p.spoken for p in parts),
                  tex="(" + r",\ ".join(p.tex for p in parts) + ")")


def _fixed_digits(value: float, decimals: int) -> Number:
    """``value`` rounded half up to ``decimals`` places, trailing zeros kept (for
    `uniform_point`: an entry shown exactly keeps its zeros beside a rounded one)."""
    shown = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    body = f"{abs(shown):f}"
    negative = shown < 0
    return Number(text=("−" if negative else "") + body,
                  spoken=("minus " if negative else "") + body,
                  tex=("-" if negative else "") + body)


def fit_to_frame(line: VMobject) -> VMobject:
    """Shrink a panel line about its left end until it ends FRAME_EDGE inside the frame,
    also while an Indicate grows it PANEL_INDICATE times about its centre (layout only;
    lines that fit are left as they are)."""
    room = config.frame_width / 2 - FRAME_EDGE - float(line.get_left()[0])
    widest = 2.0 * room / (1.0 + PANEL_INDICATE)
    if line.width > widest:
        line.scale(widest / line.width, about_edge=LEFT)
    return line


def stroke_samples(strokes: Sequence[VMobject]) -> np.ndarray:
    """Points (x, y) along the Bézier curves of ``strokes`` that have a stroke: 9 per
    curve, and a long piece (an axis: one curve 6 units long) also every 0.02 units
    (round 30: sampled 0.7 apart, an axis ran through "−λg" unseen, review #2).
    Layout only: scene points."""
    t = np.linspace(0.0, 1.0, 9)[:, None, None]
    found: list[np.ndarray] = []
    for stroke in strokes:
        for member in stroke.family_members_with_points():
            if not isinstance(member, VMobject) or (member.stroke_width or 0) <= 0:
                continue
            pts = member.points[: len(member.points) // 4 * 4, :2]
            if not len(pts):
                continue
            a0, h0, h1, a1 = (pts[i::4] for i in range(4))
            found.append(((1 - t) ** 3 * a0 + 3 * (1 - t) ** 2 * t * h0
                          + 3 * (1 - t) * t ** 2 * h1 + t ** 3 * a1).reshape(-1, 2))
            span = np.linalg.norm(a1 - a0, axis=1) + np.linalg.norm(h0 - a0, axis=1)
            for k in np.flatnonzero(span > 0.16):
                u = np.linspace(0.0, 1.0, int(np.ceil(span[k] / 0.02)) + 1)[:, None]
                found.append((1 - u) ** 3 * a0[k] + 3 * (1 - u) ** 2 * u * h0[k]
                             + 3 * (1 - u) * u ** 2 * h1[k] + u ** 3 * a1[k])
    return np.concatenate(found) if found else np.zeros((0, 2))


class TangencyScene(StoryScene):
    """Grow the loss contours from ŵ until the first one touches the ball."""

    norm: ClassVar[str] = "l1"
    center: ClassVar[tuple[float, ...]] = (1.0, 1.6)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((1.1, -0.5), (-0.5, 3.9))
    radius: ClassVar[float] = 1.0
    #: Faint contours left behind as the loss grows.
    rings: ClassVar[int] = 3
    contour_samples: ClassVar[int] = 129  # a 128-gon is within 0.2 px of the ellipse at 1080p

    parameters = {
        "center": a_point(),
        "hessian": positive_definite(),
        "radius": positive(),
        "rings": integer(0, 6),
        "contour_samples": integer(33, 1025),
    }
    middle_beat: ClassVar[str] = "cone"
    #: Whether the balance beat writes −∇f(w*) = H(ŵ − w*) with its value on the panel.
    pull_value_shown: ClassVar[bool] = False
    #: The ball's push −λg: the normals' yellow by default (a scene may give it its own).
    push_color: ClassVar[Any] = NORMAL_COLOR
    #: Opt-in: the H line, the dashed circle and the crossing contour start at the start
    #: of the words that name them (marks placed early); off keeps the original timing.
    early_marks: ClassVar[bool] = False
    # The dashed round contour as an arc of about this many degrees either side of w*, or
    # the whole circle (None, the default).
    round_arc_degrees: ClassVar[float | None] = None
    #: Opt-in: of the dashed round contour, only the arc from w* that stays outside the
    #: ball (within round_arc_degrees of w*, if set); off keeps the whole circle (or arc).
    round_arc_outside_only: ClassVar[bool] = False
    #: Opt-in: H's line alone is written as "Its curvature" is read (early_marks does this
    #: and more); off keeps the original timing.
    early_h: ClassVar[bool] = False
    #: Opt-in: the problem beat's sentence naming H, whole (with its {@h} mark, where H is
    #: written, as with early_h); None keeps the default sentences.
    curvature_words: ClassVar[str | None] = None
    #: Opt-in: the loss's formula (the problem's first line) written with H, as the
    #: curvature words name the bowl (L2Tangency, r90).
    bowl_formula_early: ClassVar[bool] = False
    #: Opt-in: as ŵ starts to move, the original ŵ's lines leave before the live lines
    #: come (a scene whose live lines take their rows; off: one cross-fade).
    swap_in_turn: ClassVar[bool] = False
    #: Opt-in: −λg and its label follow w* through the drag instead of stepping aside.
    push_follows_drag: ClassVar[bool] = False
    #: Opt-in: objects come as the sentence naming them starts (a reviewer read ŵ, H and
    #: −∇f(w*) named before they were drawn): ŵ appears at once, H's line as its sentence
    #: starts, the pull as its sentence starts; and the panel fills top-down (ŵ, H, then the
    #: problem, so no line appears above one already shown). Off keeps today's timing.
    words_with_picture: ClassVar[bool] = False
    #: Opt-in: only the pull's part of words_with_picture (−∇f(w*) grows as its sentence
    #: starts); off keeps today's timing.
    pull_with_words: ClassVar[bool] = False
    #: Opt-in: −λg and its label leave after the balance instead of staying dimmed (a
    #: reviewer read the dim arrow as an unexplained ghost); off keeps the dimmed arrow.
    push_leaves_after_balance: ClassVar[bool] = False
    #: The grow beat's words for the crossing contour. "Slightly" holds for the base's
    #: OVERSHOOT only loosely (f 64 % above f(w*), a fresh review): a scene may say what
    #: it shows instead.
    larger_words: ClassVar[str] = "Any slightly larger contour"
    #: The over-grown contour's growth (f = overshoot² · f(w*)); a scene may grow it more.
    overshoot: ClassVar[float] = OVERSHOOT
    #: Opt-in (with grow_marks): the contour starts to grow at "Grow one", and the readout
    #: f = … comes once a contour exists (default: both from the cue's start).
    readout_with_contour: ClassVar[bool] = False
    #: Opt-in: the touch beat also shows that every smaller contour misses the ball (the
    #: contour shrinks past the touch, leaving a gap, and comes back).
    smaller_misses: ClassVar[bool] = False
    #: Opt-in: the shaded points' comparison in other words (L1: lower than what, and what
    #: follows from it).
    lower_words: ClassVar[str] = ""
    #: Opt-in (with early_marks): the line w*→ŵ leaves with the "if H = cI" arc, its point
    #: made (L1: it cluttered the cone until the balance).
    line_leaves_with_arc: ClassVar[bool] = False
    #: Opt-in: the ‖ŵ‖ > t note on its own line under the constraint, never glued to it.
    note_own_line: ClassVar[bool] = False
    #: Opt-in: the grow beat's question in other words (None: today's question).
    why_words: ClassVar[str | None] = None
    #: Opt-in (with smaller_misses): the contour is back at the touch before "So the touch"
    #: is read (a fresh review saw it still regrowing 2 s into those words); off keeps the
    #: regrow under them.
    regrow_before_touch: ClassVar[bool] = False
    #: Opt-in: the faint rings start at this share of the touch's size (room for ŵ's label
    #: inside the first); None keeps them evenly spaced from ŵ.
    first_ring: ClassVar[float | None] = None
    #: Opt-in: tick numbers centred on their ticks, stepped straight out from the axis
    #: until clear of `tick_curves` (a number that cannot clear keeps make_axes's place),
    #: and the number at w*'s own coordinate (left out by make_axes) added the same way;
    #: off keeps make_axes's numbers.
    centred_ticks: ClassVar[bool] = False
    #: What the problem beat says ŵ is, between "lowest at ŵ" and "ŵ = (…)"; a scene may say
    #: it shorter.
    fit_words: ClassVar[str] = ": the weights fitted without regularization, here"
    #: The grow beat's words in three pieces, the marks {@grow} and {@shape} (with
    #: grow_marks) going between them; a scene may start the growth with its first word.
    grow_words: ClassVar[tuple[str, str, str]] = (
        "A contour of f joins weights of equal loss. ",
        "Grow one from {w_hat}: the loss on it rises as it grows, ",
        "and f's curvature {H} sets its shape.")
    #: The plot's side and centre (scene units): the style's square by default.
    _plot_side: ClassVar[float] = PLOT_SIDE
    _plot_center: ClassVar[tuple[float, float, float]] = tuple(PLOT_CENTER)

    # ------------------------------------------------------------------ data
    def setup(self) -> None:
        super().setup()
        self.t = self.data["radius"]
        self.loss = Quadratic(center=self.data["center"], hessian=self.data["hessian"])
        self.solution: Solution = constrained(self.loss, norm=self.norm, radius=self.t)
        self.kind = solution_kind(self.solution)
        self.check_story()
        self.path: CenterPath = self.get_path()
        self.drag = ValueTracker(0.0)
        self.growth = ValueTracker(0.0)
        self.ball_radius = ValueTracker(self.t)
        self._state: tuple[tuple[float, float], Quadratic, Solution] | None = None
        self.scale = self.get_arrow_scale()
        self.view: ViewBox = self.get_view()
        # The plot's frame too: the numbers at the view's ends sat on its edges, struck
        # through for the whole scene (the layout report: "−2" and "3" in L2Tangency).
        self.axes_group = make_axes(self.view, keep_clear=[self.loss.center,
                                                           self.solution.point],
                                    side=self._plot_side, center=self._plot_center,
                                    avoid=self.key_curves(),
                                    frame=frame_outline(self.view) if self.draws_frame else None)
        self.axes = self.axes_group[0]
        if self.centred_ticks:
            self.centre_tick_numbers()
        self.center_shown = bool(self.view.contains(self.loss.center))
        self.decimals = decimals_for(min(self.t, float(np.max(np.abs(self.solution.point)))
                                         or self.t))
        self.panel_lines: list[VMobject] = []

    def tick_curves(self) -> list[np.ndarray]:
        """Hook: the curves (problem points) a centred tick number must clear."""
        return self.key_curves()

    def centre_tick_numbers(self) -> None:
        """Opt-in (centred_ticks): each tick number centred on its tick, as close to the
        axis as its curves allow (a fresh review measured "1" 12 px off its tick), and the
        number at w*'s coordinate added where it clears them (review: "1" missing on the
        w₂ axis, where w* = (0, 1) lies). Layout only: the ticks are the view's."""
        curves = []
        for c in self.tick_curves():
            pts = to_scene(self.axes, np.asarray(c, dtype=float).reshape(-1, 2))[:, :2]
            for a, b in zip(pts[:-1], pts[1:]):
                n = max(int(np.ceil(np.linalg.norm(b - a) / 0.01)), 1)
                curves.append(a + np.linspace(0.0, 1.0, n + 1)[:, None] * (b - a))
        dense = np.concatenate(curves) if curves else np.zeros((0, 2))
        margin = 0.03

        def clear(m: VMobject, others: list[VMobject]) -> bool:
            low = m.get_corner(DOWN + LEFT)[:2] - margin
            high = m.get_corner(UP + RIGHT)[:2] + margin
            if len(dense) and np.any(np.all((dense >= low) & (dense <= high), axis=1)):
                return False
            return not any(np.all(low <= o.get_corner(UP + RIGHT)[:2])
                           and np.all(o.get_corner(DOWN + LEFT)[:2] <= high) for o in others)

        point = np.asarray(self.solution.point, dtype=float)
        for k, (axis, out) in enumerate(((self.axes.x_axis, DOWN), (self.axes.y_axis, LEFT))):
            numbers = list(axis.numbers)
            if not numbers:
                continue
            low, high = (self.view.x_range, self.view.y_range)[k][:2]
            shown = [float(n.get_value()) for n in numbers]
            extra = float(point[k])
            wanted = [(n, float(n.get_value())) for n in numbers]
            step_k = float((self.view.x_range, self.view.y_range)[k][2])
            ticks = extra / step_k
            on_tick = abs(ticks - round(ticks)) < 1e-9
            if (point[1 - k] == 0.0 and extra != 0.0 and low < extra < high and on_tick
                    and not any(abs(v - extra) < 1e-9 for v in shown)):
                new = numbers[0].copy()
                new.set_value(extra)
                legible(new)
                wanted.append((new, extra))
            for num, value in wanted:
                others = [m for m in self.tick_numbers() if m is not num]
                before = num.get_center()
                placed = False
                for out_step in np.arange(0.0, CENTRED_TICK_REACH + 1e-9, 0.02):
                    num.next_to(axis.number_to_point(value), out, buff=0.12 + out_step)
                    if clear(num, others):
                        placed = True
                        break
                if placed and num not in axis.numbers:
                    axis.numbers.add(num)
                elif not placed:
                    num.move_to(before)

    def check_story(self) -> None:
        """Refuse data this scene's story would misstate (overridden per scene)."""
        if self.kind in ("interior", "boundary"):
            where = "inside" if self.kind == "interior" else "on the boundary of"
            raise refuse("center", (
                f"ŵ = {point(self.loss.center).text} lies {where} the ball "
                f"{SYMBOLS[self.norm].text} ≤ {number(self.t).text}, so the constraint does not "
                "push back (λ = 0) and no contour touches it from outside; move center outside "
                "the ball, or show this data with InactiveConstraint"))

    def get_path(self) -> CenterPath:
        raise NotImplementedError

    def get_arrow_scale(self) -> float:
        return arrow_scale(self.solution, length=PULL_ARROW * self.t)

    def state(self, s: float | None = None, t: float | None = None) -> tuple[Quadratic, Solution]:
        """The loss and its solution with ŵ at ŵ(s) (the drag) and radius t, solved once."""
        s = self.drag.get_value() if s is None else s
        t = self.ball_radius.get_value() if t is None else t
        if self._state is None or self._state[0] != (s, t):
            if (s, t) == (0.0, self.t) and self.kind not in ("interior", "boundary"):
                loss, sol = self.loss, self.solution
            else:
                loss = Quadratic(center=self.path.at(s), eigenvalues=self.loss.eigenvalues,
                                 eigenvectors=self.loss.eigenvectors)
                sol = constrained(loss, norm=self.norm, radius=t)
            self._state = ((s, t), loss, sol)
        return self._state[1], self._state[2]

    def along_path(self, count: int = 41) -> list[Solution]:
        """The solutions at evenly spaced points of the drag (for views and readout widths)."""
        states = [self.state(float(s), self.t)[1] for s in np.linspace(0.0, 1.0, count)]
        self._state = None
        return states

    def get_view(self) -> ViewBox:
        """Ball, w* and the arrows always; ŵ and the touching contour when the ball stays readable."""
        essential: list[Any] = [ball_outline(self.norm, self.t)]
        for sol in self.along_path(21):
            essential.append(sol.point)
            if sol.active:
                arrow = pull_arrow(sol, scale=self.scale)
                essential.append(np.array([arrow.start, arrow.end]))
        if self.solution.normal_cone.shape[0] == 2:
            essential.append(normal_cone_wedge(self.solution, length=CONE_ARROW * self.t))
        context = [self.path.at(np.linspace(0.0, 1.0, 41)),
                   level_set(self.loss, self.solution.level)]
        return focus_view(essential, context, ball_diameter=2.0 * self.t,
                          lean_towards=self.loss.center).box

    def key_curves(self) -> list[np.ndarray]:
        """Curves tick numbers must not cover: the ball and the touching contour."""
        return [ball_outline(self.norm, self.t),
                *clip_polyline(level_set(self.loss, self.solution.level), self.view)]

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("problem")
        self.show_problem()
        self.next_section("grow")
        self.grow_contours()
        self.next_section("balance")
        self.show_balance()
        self.next_section(self.middle_beat)
        self.show_middle()
        self.next_section("drag")
        self.drag_center()
        self.next_section("verdict")
        self.show_verdict()

    # ----------------------------------------------------------------- beats
    def show_problem(self) -> None:
        ball = BALL_NAMES[self.norm]
        self.title = Tex(TITLE[self.norm], font_size=40).to_corner(UP + LEFT, buff=0.35)
        self.title.align_to([PANEL_LEFT, 0, 0], LEFT)
        self.problem = VGroup(*(MathTex(line, font_size=PANEL_FONT) for line in (
            r"\min_w\ " + LOSS_TEX,
            r"\text{subject to}\ \ " + constraint_tex(self.norm, f"t = {number(self.t).tex}"))))
        center_tex, h_tex = self.data_tex().split(r",\quad ")
        self.data_line = MathTex(center_tex, font_size=PANEL_FONT)
        # H is the same all along (only ŵ moves), so it has its own line that never dims.
        self.h_line = MathTex(h_tex, font_size=PANEL_FONT)
        order = ((self.data_line, self.h_line, *self.problem) if self.words_with_picture
                 else (*self.problem, self.data_line, self.h_line))
        for line in order:
            self.add_panel_line(line)
        self.ball = ball_shape(self.axes, self.norm, self.t, samples=self.contour_samples)
        self.center_marker = self.get_center_marker()
        # Clipped contours end on this frame (the view's border), not in mid-air.
        self.plot_frame = polyline(self.axes, frame_outline(self.view), stroke_color=MUTED_COLOR,
                                   stroke_width=1.5, stroke_opacity=FRAME_OPACITY)
        self.add(self.axes_group, self.plot_frame, self.title)  # on screen from the first frame
        with self.cue("Two weights, {w1} and {w2}{@axes}.") as cue:
            cue.play(Indicate(self.axes_group[1]), Indicate(self.axes_group[2]), until="axes")
        where = "" if self.center_shown else " (off the picture, where the arrow points)"
        curvature = (self.curvature_words if self.curvature_words is not None
                     else "{@h}Its curvature is the matrix {H}." if self.words_with_picture
                     else "Its " + self.hessian_words + " is the matrix {H}."
                     if self.early_marks or self.early_h
                     else "Its curvature is the matrix {H}{@h}.")
        with self.cue("The loss f is lowest at {w_hat}" + where + self.fit_words
                      + " {w_hat} = {c}{@data}. " + curvature,
                      c=point(self.loss.center)) as cue:
            cue.play(Reveal(self.center_marker), run_time=0.2 if self.words_with_picture else 0.5)
            cue.play(Indicate(self.center_marker, scale_factor=1.4), until="data")
            cue.play(Reveal(self.data_line))
            if self.early_marks or self.early_h:  # opt-in: H written as named, then marked
                cue.play(Reveal(self.h_line),
                         *([Reveal(self.problem[0])] if self.bowl_formula_early else []), at="h",
                         run_time=0.3 if self.words_with_picture else 0.5)
                cue.play(Indicate(self.h_line, scale_factor=PANEL_INDICATE), until=cue.END)
            else:
                cue.play(Reveal(self.h_line), at="h", until=cue.END)
        with self.cue("We minimize f, but only over the weights with {norm} ≤ {t}{@ball}: the "
                      "{ball} and its inside, with {t} = {tval}.", ball=ball,
                      norm=SYMBOLS[self.norm], tval=number(self.t)) as cue:
            cue.play(Reveal(self.problem[1] if self.bowl_formula_early else self.problem))
            cue.play(*draw_ball(self.ball, run_time=cue.until(cue.END)), at="ball")
        note = self.outside_note()
        with self.cue("{w_hat} lies outside the {ball}{@out}, so the best allowed weights lie on "
                      "its boundary{@edge}.", ball=ball) as cue:
            if note is not None:  # opt-in: ‖ŵ‖ > t written as "outside" is said
                note.next_to(self.problem[1], RIGHT, buff=0.4)
                if (self.note_own_line
                        or note.get_right()[0] > config.frame_width / 2 - FRAME_EDGE):
                    # Long numbers (t = 1000, say): under the constraint, in the slot the
                    # contour's readout takes after this beat, shrunk to the frame if need be.
                    fit_to_frame(note.next_to(self.problem[1], DOWN, buff=PANEL_GAP,
                                              aligned_edge=LEFT))
                cue.play(Reveal(note), Indicate(self.center_marker, scale_factor=1.6),
                         run_time=max(cue.until("out"), 1.0))
            else:
                cue.play(Indicate(self.center_marker, scale_factor=1.6), at="out")
            outline = self.ball[1]
            width = outline.get_stroke_width()
            cue.play(outline.animate(rate_func=rate_functions.there_and_back)
                     .set_stroke(TEXT_COLOR, width=3.0 * width), at="edge",
                     run_time=max(cue.until(cue.END), 2.0))
            if note is not None:  # it holds for the first ŵ only: it goes before ŵ moves
                cue.play(Conceal(note), run_time=0.3)

    def clear_of_numbers(self, points: np.ndarray, keep: np.ndarray) -> np.ndarray:
        """Hook: the run of ``points`` (a polyline) about the point nearest ``keep`` that stays
        clear of the tick numbers; the default keeps them all."""
        return points

    def outside_note(self) -> VMobject | None:
        """Opt-in: the line that shows ŵ outside the ball (‖ŵ‖ = … > t), beside the
        constraint; None (the default) shows nothing."""
        return None

    def data_tex(self) -> str:
        """ŵ and H as the panel shows them."""
        h = numbers(np.asarray(self.loss.hessian).ravel(), distinct=True)
        matrix = (r"\left(\begin{smallmatrix}" + f"{h[0].tex} & {h[1].tex}" + r"\\"
                  + f"{h[2].tex} & {h[3].tex}" + r"\end{smallmatrix}\right)")
        return rf"\hat w = {point(self.loss.center).tex},\quad H = {matrix}"

    def add_panel_line(self, line: VMobject) -> VMobject:
        """Place ``line`` under the panel's last line (or the title) and remember it."""
        above = self.panel_lines[-1] if self.panel_lines else self.title
        line.next_to(above, DOWN, buff=PANEL_GAP + (0.12 if above is self.title else 0.0),
                     aligned_edge=LEFT)
        self.panel_lines.append(line)
        return line

    def grow_contours(self) -> None:
        final = self.solution.level
        self.contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=4, z_index=1)
        self.contour.add_updater(self.follow_contour)
        self.lower = VMobject(stroke_width=0, fill_color=BALL_COLORS[self.norm],
                              fill_opacity=0.85, z_index=0)
        self.lower.add_updater(self.follow_lower)
        template = (r"f = " + number_format(self.overshoot**2 * final, decimals_for(final))
                    + r"\ \text{{on the contour}}")
        self.readout = Readout(template, 0.0, font_size=PANEL_FONT)
        self.add_panel_line(self.readout)
        self.readout.add_updater(lambda r: r.set_value(self.current_level()))
        # With grow_marks (opt-in) the readout fades in as the words start (a reviewer saw
        # it pop in within one frame).
        self.add(self.contour, self.lower, *(() if self.grow_marks else (self.readout,)))
        rings = np.linspace(0.0, NEAR_TOUCH, self.data["rings"] + 2)[1:-1]
        if self.first_ring is not None and len(rings):  # opt-in: the first ring further out
            rings = np.linspace(self.first_ring, NEAR_TOUCH, len(rings) + 1)[:-1]
        self.rings_group = VGroup(*(self.get_contour(self.loss, (a * a) * final, faint=True)
                                    for a in rings))
        followers = (self.contour, self.lower, self.readout)
        over = [self.center_marker]
        ball = BALL_NAMES[self.norm]
        marks = ("{@grow}", "{@shape}") if self.grow_marks else ("", "")
        pieces = self.grow_words
        with self.cue(pieces[0] + marks[0] + pieces[1] + marks[1] + pieces[2]) as cue:
            late = self.grow_marks and self.readout_with_contour
            # opt-in: ŵ marked while a contour is defined; growth at "Grow one" (at once
            # when the words start with the mark)
            if late and cue.time_of("grow") > cue.elapsed:
                cue.play(Indicate(self.center_marker, scale_factor=1.3), until="grow")
            elif self.grow_marks:  # opt-in: the contour grows from the first word that names
                # it (a reviewer read "A contour of f…" 2.6 s before one was drawn); H is
                # marked as named
                cue.play(Reveal(self.readout), run_time=GROW_READOUT_SECONDS)
            if self.grow_marks and self.grow_on_mark:  # opt-in: growth starts on "Grow one"
                cue.play(Indicate(self.center_marker, scale_factor=1.3), until="grow")
            steps = [*rings, NEAR_TOUCH]
            for k, target in enumerate(steps):
                if k:
                    self.add(self.rings_group[k - 1])
                if self.grow_marks and k == len(steps) - 1:
                    cue.play(Indicate(self.h_line, scale_factor=PANEL_INDICATE), at="shape",
                             run_time=GROW_MARK_SECONDS)
                share = cue.remaining / (len(rings) + 1 - k)
                if self.grow_marks and k < len(steps) - 1:
                    share = (cue.until("shape") - 0.0) / (len(steps) - 1 - k)
                # Opt-in: the first ring is reached fast, then slows (a reviewer saw no
                # contour while "A contour of f…" was read: a linear start stayed a dot
                # under ŵ's marker for seconds).
                ease = self.first_ring_fast and k == 0
                if late:  # the readout's reveal takes time from the rings: never 0 s
                    share = max(share, MIN_RING_SECONDS)
                sweep(self, self.growth, float(target), *followers, over=over, run_time=share,
                      rate_func=rate_functions.ease_out_cubic if ease else linear)
                if late and k == 0:  # the readout once its contour is drawn (a fresh review
                    # saw "f = 0.000 on the contour" before any contour)
                    cue.play(Reveal(self.readout), run_time=GROW_READOUT_SECONDS)
        self.tangent_dot = marker(to_scene(self.axes, self.solution.point), SOLUTION_COLOR)
        with self.cue("It grows until it first touches the {ball}{@touch}, at one point.",
                      ball=ball, settle=self.key_settle) as cue:
            sweep(self, self.growth, 1.0, *followers, over=over, run_time=cue.until("touch"),
                  rate_func=smooth)
            # A bold flash: the touch is the event this beat is about.
            cue.play(Reveal(self.tangent_dot), Flash(self.tangent_dot, color=SOLUTION_COLOR,
                                                     flash_radius=0.45, line_length=0.3,
                                                     line_stroke_width=5),
                     run_time=max(cue.until(cue.END), 1.2) if self.mark_key_beats else 1.2)
        if self.key_hold:  # opt-in: a still moment on the first touch, with no new words
            self.wait(self.key_hold)
        lower_label = self.get_lower_label()
        larger = "{@larger}" if self.early_marks else ""
        before = "{@larger}" if self.hold_question and not self.early_marks else ""
        # "Slightly": a contour large enough to hold the whole ball crosses nothing (a
        # reviewer found "any larger contour crosses" false above f ≈ 12.4 on the disc).
        # With smaller_misses the comparison is left to the shaded "lower loss" (its half
        # of the argument is a sentence longer).
        than = "." if self.smaller_misses else " than the points on it."
        why = ("Why the first touch?" if self.smaller_misses
               else self.why_words or "Why is the first touch the answer?")
        with self.cue(why + " " + before + self.larger_words + larger
                      + " crosses the {ball}{@over}: the allowed points inside it{@lens}, shaded, "
                      + (self.lower_words or "have a lower loss" + than), ball=ball) as cue:
            if self.early_marks and self.mark_key_beats:  # opt-in: w* marked through the question
                cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR, scale_factor=1.6),
                         until="larger")
            elif self.early_marks:  # opt-in: the contour holds at the touch through the question
                cue.wait_until("larger")
            elif self.hold_question:  # opt-in: the touch held and w* marked through the
                # question; the larger contour grows as it is named
                cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR, scale_factor=1.4),
                         until="larger")
            lens_opacity = float(self.lower.get_fill_opacity())
            if self.lens_on_words:  # opt-in: the shading waits for its words
                self.lower.set_fill(opacity=0.0)
            sweep(self, self.growth, self.overshoot, *followers, over=over,
                  run_time=max(cue.until("over"), 1.5))
            cue.play(Reveal(lower_label),
                     *(() if self.hold_question else (Dim(self.tangent_dot, factor=0.4),)),
                     *((self.lower.animate.set_fill(opacity=lens_opacity),)
                       if self.lens_on_words else ()),
                     at="lens")
            # The label stays marked while the words compare the losses.
            cue.play(Indicate(lower_label, color=TEXT_COLOR, scale_factor=1.15),
                     run_time=max(cue.until(cue.END), 1.0))
        self.tangent_label = legible(MathTex("w^*", font_size=40, color=LABEL_RED))
        place_label(self.tangent_label, self.tangent_dot.get_center(), *self.label_direction())
        place_clear(self.tangent_label, self.tangent_dot.get_center(),
                    self.label_direction()[0], [self.ball, *self.tick_numbers(), self.axes,
                                                self.center_marker, *self.label_obstacles()],
                    buff=0.12)
        self.replace_tangent_label(self.tangent_label)
        self.found = MathTex(rf"w^* = {point(self.solution.point).tex},\quad f(w^*) = "
                             rf"{number(final).tex}", font_size=PANEL_FONT)
        # Shrunk to the frame like the other long panel lines (milli-scale data ran
        # "w* = (0.000140, −0.000860), f(w*) = 1.29×10⁻⁶" off the right edge).
        fit_to_frame(self.found.move_to(self.readout, aligned_edge=LEFT))
        if self.smaller_misses:
            # The other half of the argument, shown (a reviewer heard only "any larger
            # contour crosses"): the contour shrinks past the touch, a gap opens between it
            # and the ball, and it grows back to the touch as w* is named.
            # One sentence with where w* lies (kind_words continues it): round 26 cut a
            # cue for density.
            shrink = ("Shrink it back{@back}: every smaller contour misses the {ball}{@miss}. "
                      "{@touch}So the touch, {w_star} = {where}{@name}, has the lowest "
                      "allowed loss")
        else:
            shrink = ("Shrink it back{@back} until one allowed point is left: {w_star} = "
                      "{where}{@name}, the allowed point with the lowest loss.")
        with self.cue(shrink + self.kind_words(), where=point(self.solution.point),
                      ball=ball) as cue:
            if self.smaller_misses:
                self.play(Conceal(lower_label), Undim(self.tangent_dot), run_time=0.4)
                if self.regrow_before_touch:  # opt-in: shrink, the gap, back, then the words
                    sweep(self, self.growth, MISS_GROWTH, *followers, over=over,
                          run_time=max(cue.until("miss") - 1.0, 1.2))
                    cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR, scale_factor=1.6),
                             run_time=1.0)
                    sweep(self, self.growth, 1.0, *followers, over=over,
                          run_time=max(cue.until("touch"), 1.0))
                else:
                    sweep(self, self.growth, MISS_GROWTH, *followers, over=over,
                          run_time=max(cue.until("miss"), 1.6))
                    # The gap: w* comes back bright, alone on the ball, the contour clear.
                    cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR,
                                      scale_factor=1.6),
                             run_time=max(cue.until("touch"), 1.0))
                    sweep(self, self.growth, 1.0, *followers, over=over,
                          run_time=max(cue.until("name") - 0.7, 0.8))
            else:
                self.play(Conceal(lower_label))
                sweep(self, self.growth, 1.0, *followers, over=over,
                      run_time=cue.until("back") + 1.2)
            for follower in followers:
                follower.clear_updaters()
            self.remove(self.lower)
            if self.smaller_misses:
                cue.play(Reveal(self.tangent_label), Conceal(self.readout), run_time=0.3)
                cue.play(Reveal(self.found), run_time=max(cue.until("name"), 0.4))
            else:
                self.play(*(() if self.hold_question else (Undim(self.tangent_dot),)),
                          Reveal(self.tangent_label), Conceal(self.readout))
                cue.play(Reveal(self.found), until="name")
            if self.finish_found(cue):  # opt-in hook; by default False (nothing played)
                pass
            elif self.kind == "corner" and self.mark_key_beats:  # opt-in: marked to the end
                cue.play(Indicate(self.found, scale_factor=PANEL_INDICATE), until="zero")
                cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR), at="zero",
                         run_time=max(cue.until(cue.END), 1.0))
            elif self.kind == "corner":
                cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR), at="zero")
            else:
                cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR),
                         Indicate(self.found, scale_factor=PANEL_INDICATE), until=cue.END)
        self.panel_lines[self.panel_lines.index(self.readout)] = self.found

    def kind_words(self) -> str:
        """A sentence on where w* is (corner, edge, circle), for the touch beat."""
        return ""

    def finish_found(self, cue: Any) -> bool:
        """Opt-in: play the rest of the "Shrink it back" beat and return True; the default
        plays nothing and returns False (the beat ends as before)."""
        return False

    def get_lower_label(self) -> MathTex:
        """"lower loss" beside the shaded allowed points below the crossing contour."""
        level = float(growth_levels(self.solution.level, [self.overshoot])[0])
        region = region_below(self.loss, norm=self.norm, radius=self.t, level=level)
        middle = region.mean(axis=0)
        label = legible(Tex("lower loss", font_size=30, color=TEXT_COLOR))
        inward = -np.asarray(middle, dtype=float)  # towards the ball's centre, off the contour
        place_clear(label, to_scene(self.axes, middle), inward, [self.ball, self.contour],
                    minor=[self.axes])
        return label

    def show_balance(self) -> None:
        self.before_balance()
        sol = self.solution
        self.pull = self.get_arrow(pull_arrow(sol, scale=self.scale), GRADIENT_COLOR)
        self.follow_pull(self.pull)  # a scene may set it beside its exact line (layout)
        self.pull_label = legible(MathTex(r"-\nabla f(w^*)", font_size=30, color=GRADIENT_COLOR))
        obstacles = [self.ball, self.contour, self.tangent_label, self.pull, self.tangent_dot,
                     self.center_marker, *self.tick_numbers()]
        place_clear(self.pull_label, self.pull.get_end(), self.arrow_direction(self.pull),
                    obstacles, minor=[self.axes])
        self.back_pull_label(self.pull_label)
        self.push = self.get_arrow(push_arrow(sol, scale=self.scale), self.push_color,
                                   stroke_width=5)
        self.push_label = legible(MathTex(r"-\lambda g", font_size=30, color=self.push_color))
        place_clear(self.push_label, self.push.get_end(), self.arrow_direction(self.push),
                    [*obstacles, self.pull_label, self.push], minor=[self.axes])
        self.settle_push_label()
        # Clipped at the view: a far ŵ is marked by its edge pointer, and the line runs to it.
        link = clip_polyline(np.array([sol.point, self.loss.center]), self.view)[0]
        self.to_center = dashed(self.axes, link,
                                stroke_color=CENTER_COLOR, stroke_width=2)
        lam = number(sol.multiplier)
        pull_value = point(-sol.gradient)
        self.pull_line = None
        if self.pull_value_shown:  # (L1Tangency only)
            # One number form for both entries, and the line kept inside the frame: for
            # data at ×10³ scale it read "(800000.0, 1.84×10⁶)" and ran off the frame.
            pull_value = uniform_point(-sol.gradient)
            self.pull_line = fit_to_frame(self.add_panel_line(MathTex(
                rf"-\nabla f(w^*) = H(\hat w - w^*) = {pull_value.tex}", font_size=PANEL_FONT)))
        self.kkt = self.add_panel_line(MathTex(self.kkt_tex(lam), font_size=PANEL_FONT))
        if self.compact_panel and not self.pinned_problem and self.pull_line is not None:
            # Opt-in: the pull's value takes the spent problem line's slot (rows fade in
            # place); the balance line goes under w*'s line. Neither is shown yet.
            self.pull_line.move_to(self.problem[0], aligned_edge=LEFT)
            self.panel_lines.remove(self.pull_line)
            self.panel_lines[self.panel_lines.index(self.problem[0])] = self.pull_line
            self.kkt.next_to(self.panel_lines[self.panel_lines.index(self.kkt) - 1], DOWN,
                             buff=PANEL_GAP, aligned_edge=LEFT)
        if self.words_with_picture or self.pull_with_words:  # the arrow as the sentence starts
            with self.cue("{@pull}At {w_star} the loss pulls downhill, along {neg_grad}.",
                          spoken="{@pull}At w-star the loss pulls downhill, along minus the "
                          "gradient.") as cue:
                cue.play(GrowArrow(self.pull), Reveal(self.pull_label),
                         *self.pull_companions(), at="pull", run_time=1.0)
                cue.play(Indicate(self.pull, color=GRADIENT_COLOR),
                         run_time=max(cue.until(cue.END), 1.0))
        else:
            with self.cue("At {w_star} the loss pulls downhill{@pull}, along {neg_grad}.",
                          spoken="At w-star the loss pulls downhill{@pull}, along minus the "
                          "gradient.") as cue:
                cue.play(GrowArrow(self.pull), Reveal(self.pull_label),
                         *self.pull_companions(), at="pull", until=cue.END)
        if self.pull_line is not None:
            # The pull's value: λ and g both follow from it later.
            # (Only L1Tangency shows the value.) Written as its words appear, then H and the
            # arrow are marked (a reviewer saw the line 2 s after its words).
            with self.cue("{@value}Its value: {neg_grad} = {H}({w_hat} − {w_star}) = {pv}.",
                          pv=pull_value, spoken="{@value}Its value: minus the gradient is H "
                          "times w-hat minus w-star, {pv}.") as cue:
                if self.compact_panel and not self.pinned_problem:  # opt-in: in the
                    # problem's first line's slot
                    cue.play(*self.swap_line(self.problem[0], self.pull_line), at="value",
                             run_time=0.6)
                else:
                    cue.play(Reveal(self.pull_line), at="value", run_time=0.5)
                cue.play(Indicate(self.h_line, scale_factor=PANEL_INDICATE),
                         Indicate(self.pull, color=GRADIENT_COLOR),
                         run_time=max(cue.until(cue.END), 1.0))
        if not isotropic(self.loss) and self.round_comparison:
            # The contour f would have with H = cI, through w*: a circle, whose normal at w*
            # would point straight at ŵ. Shown for the comparison, removed after it.
            circle = None  # said in words only (round_arc_drawn off)
            if not (self.early_marks and not self.round_arc_drawn):
                round_points = round_contour(self.loss.center, sol.point,
                                             samples=self.contour_samples)
                if self.round_arc_outside_only:
                    # Opt-in: only the arc next to w* that stays outside the ball (a reviewer saw
                    # the whole circle cut through the diamond and asked whether this ŵ would
                    # then land elsewhere).
                    round_points = round_arc_outside(
                        self.loss.center, sol.point, norm=self.norm, radius=self.t,
                        samples=self.contour_samples,
                        half_angle_degrees=self.round_arc_degrees or 180.0)
                elif self.round_arc_degrees is not None:
                    # Opt-in: only the samples of the circle nearest w* (round_contour starts and
                    # ends at w*), so the circle crosses no label (a reviewer's point).
                    m = max(1, round((self.contour_samples - 1) * self.round_arc_degrees / 360))
                    round_points = np.concatenate([round_points[-m - 1:-1], round_points[:m + 1]])
                round_points = self.clear_of_numbers(clip_polyline(round_points, self.view)[0],
                                                     sol.point)
                # Bright enough to read as drawn (a reviewer saw only a faint arc).
                circle = dashed(self.axes, round_points,
                                stroke_color=LOSS_COLOR, stroke_width=3 if self.early_marks else 2,
                                stroke_opacity=1.0 if self.early_marks else 0.7)
                if self.bright_arc:  # opt-in: wide and full (a reviewer could not read it at 480p)
                    circle.set_stroke(width=BRIGHT_ARC_WIDTH, opacity=1.0)
            if self.early_marks:  # opt-in: the circle as its words appear; no "compare" clause
                # The circle and the line to ŵ are on screen together as the words compare
                # them (a reviewer saw the circle go before the line came).
                # The arc is called an arc (a reviewer saw a faint quarter-arc called "this
                # dashed one", a circle).
                # Drawn from the sentence's start: the caption names it at once (a mark at
                # "arc" drew it 1.5 s after the words showed).
                # Drawn as "On a circle" starts (a fresh review saw it drawn 1.5 s before
                # the caption line that names it).
                # Said as a hypothetical (a fresh review: the dashed arc through w* is no
                # contour of this f; "circle" also named the L2 ball at the end).
                # Decided by regmath: with this H the pull may still aim at ŵ (ŵ − w* an
                # eigenvector of H).
                aims = pull_aims_at_center(self.loss, sol.point)
                # One sentence, one caption (round 26 cut a cue for density).
                if not self.round_arc_drawn:
                    # Said, not drawn: the circle through w* with H = cI dips into the ball
                    # (it would touch elsewhere), so an arc drawn through w* as a contour
                    # misled a reviewer (L1T100); the line w*→ŵ beside the pull shows it.
                    words = ("{@line}Here downhill points at {w_hat}{@not}, as it always "
                             "would with {H} = cI (round contours)." if aims else
                             "{@line}Downhill does not point at {w_hat}{@not}; with {H} = cI "
                             "(round contours) it would.")
                else:
                        words = ("{@circle}With {H} = cI (circles), downhill would point at "
                             "{w_hat}{@aim}{@line}, {@not}" + ("and with this {H} it does too."
                                                               if aims else
                                                               "but with this {H} it does not."))
            else:
                words = self.ellipse_words()
            with self.cue(words) as cue:
                if self.early_marks and not self.round_arc_drawn:
                    cue.play(Create(self.to_center), at="line", run_time=1.0)
                    cue.play(Indicate(self.pull, color=GRADIENT_COLOR), at="not",
                             run_time=max(cue.until(cue.END) - (0.6 if self.compact_panel
                                                                else 0.0), 1.0))
                    if self.line_leaves_with_arc:
                        cue.play(Conceal(self.to_center), run_time=0.6)
                elif self.early_marks:
                    # The arc is labelled as the hypothetical it is (a fresh review).
                    what = legible(MathTex(r"\text{if } H = cI", font_size=SIGN_LABEL_FONT,
                                           color=LOSS_COLOR))
                    what.add_background_rectangle(color=BACKGROUND,
                                                  opacity=PULL_LABEL_BOX_OPACITY, buff=0.04)
                    self.place_round_label(what, circle)
                    cue.play(Create(circle), Reveal(what), at="circle", run_time=1.0)
                    cue.play(Indicate(circle, color=LOSS_COLOR, scale_factor=1.0), until="aim")
                    cue.play(Create(self.to_center), at="aim", run_time=1.0)
                    cue.play(Indicate(self.pull, color=GRADIENT_COLOR), at="not",
                             run_time=max(cue.until(cue.END) - (0.6 if self.compact_panel
                                                                else 0.0), 1.0))
                    cue.play(Conceal(circle), Conceal(what),
                             *([Conceal(self.to_center)] if self.line_leaves_with_arc else []),
                             run_time=0.6)
                elif "{@ellipses}" in words:  # the circle stays until the words set it aside
                    cue.play(Create(circle), at="circle", until="aim")
                    cue.play(Create(self.to_center), at="aim", until="ellipses")
                    cue.play(Conceal(circle), at="ellipses", run_time=0.6)
                    cue.play(Indicate(self.pull, color=GRADIENT_COLOR),
                             run_time=max(cue.until(cue.END), 0.6))
                else:
                    cue.play(Create(circle), at="circle", until="aim")
                    cue.play(Create(self.to_center), Conceal(circle), at="aim", until=cue.END)
        self.show_push(lam)
        with self.cue(self.equal_words(), settle=self.key_settle) as cue:
            self.before_equal(cue)
            cue.play(Indicate(self.pull, color=GRADIENT_COLOR),
                     Indicate(self.push, color=self.push_color), at="equal")
            # Room under the words for the fade below (a reviewer saw it cut in one frame).
            cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR),
                     run_time=max(cue.until(cue.END) - BALANCE_SETTLE_SECONDS, 0.6))
            # −λg stays, faint, beside what follows (the cone, the tangent): the balance and
            # the normals share one picture; the line to ŵ has served. Both fade, under the
            # words.
            fade = Conceal if self.push_leaves_after_balance else Dim
            cue.play(fade(self.push), fade(self.push_label),
                     *([Conceal(self.to_center)]
                       if not isotropic(self.loss) and self.round_comparison
                       and not (self.line_leaves_with_arc and self.early_marks) else []),
                     run_time=max(cue.until(cue.END), BALANCE_SETTLE_SECONDS))
        if self.key_hold:  # opt-in: a still moment on the balance, with no new words
            self.wait(self.key_hold)

    def settle_push_label(self) -> None:
        """A scene's last say on where "−λg" sits (layout only; none by default)."""

    def place_round_label(self, what: VMobject, circle: VMobject) -> None:
        """Hook: "if H = cI" beside the dashed round arc (layout only)."""
        # Beside the arc's middle, on the side away from the contours (layout).
        place_clear(what, circle.point_from_proportion(0.5), LEFT,
                    [circle, self.ball, self.contour, self.center_marker,
                     self.center_label, self.tangent_dot, self.tangent_label,
                     self.pull, self.pull_label, self.plot_frame,
                     *self.tick_numbers()], minor=[self.axes])
        keep_in_frame(what)

    def kkt_tex(self, lam: Any) -> str:
        """Hook: the balance line on the panel (λ's value ``lam`` as `number` gives it)."""
        return rf"-\nabla f(w^*) = \lambda g,\quad \lambda = {lam.tex} \ge 0"

    def before_balance(self) -> None:
        """Hook: what a scene adds before the balance beat's first arrow."""

    def pull_companions(self) -> list[Animation]:
        """Hook (words_with_picture): what comes with −∇f(w*)'s arrow (default: nothing)."""
        return []

    def equal_words(self) -> str:
        """Hook: the balance beat's last sentence (mark {@equal})."""
        return "Equal and opposite{@equal}: {w_star} stays put."

    def before_equal(self, cue: Any) -> None:
        """Hook: played in the last sentence before "equal" (default: nothing)."""

    def ellipse_words(self) -> str:
        """Hook: the balance beat's words on the dashed circle (marks {@circle}, {@aim})."""
        return ("The contours are ellipses, not circles like this dashed one{@circle}, so "
                "downhill from {w_star} does not point straight at {w_hat}{@aim}: compare the "
                "arrow with the line to {w_hat}.")

    def back_pull_label(self, label: VMobject) -> None:
        """Hook: extra backing for −∇f(w*)'s label where a contour runs past the tip."""

    def replace_tangent_label(self, label: VMobject) -> None:
        """Hook: another place for w*'s label once placed (default: where it is)."""

    def show_push(self, lam: Any) -> None:
        """The ball's push −λg, g named, then the balance equation (two beats)."""
        with self.cue(self.push_words(), ball=BALL_NAMES[self.norm],
                      spoken=self.push_spoken()) as cue:
            # "−λg" is written once g has been named (the circle names it after the push).
            named = "normal" if "{@normal}" in self.push_words() else "push"
            cue.play(GrowArrow(self.push), at="push", until="normal")
            if named == "push":
                cue.play(Reveal(self.push_label))
            self.show_normal(cue)
            if named == "normal":
                cue.play(Reveal(self.push_label))
            cue.play(Indicate(self.push, color=NORMAL_COLOR), Indicate(self.push_label),
                     until=cue.END)
        self.explain_normal()
        with self.cue("Balance{@kkt}: {neg_grad} = {lam}{g}, with {lam} = {lam_value}.",
                      lam_value=lam, spoken="Balance{@kkt}: minus the gradient equals lambda g, "
                      "with lambda = {lam_value}.") as cue:
            cue.play(Reveal(self.kkt), at="kkt")
            cue.play(Indicate(self.kkt, scale_factor=PANEL_INDICATE), until=cue.END)

    def show_normal(self, cue: Any) -> None:
        """Draw the normal g as the push's words name it (the circle's one normal)."""

    def explain_normal(self) -> None:
        """A beat on what g is, between the push and the balance (the diamond's signs)."""

    def push_words(self) -> str:
        return ("The {ball} pushes back{@push} inward with a strength {lam} ≥ 0, along −{g}, "
                "where {g} is an outward normal of the {ball} at {w_star}{@normal}.")

    def push_spoken(self) -> str:
        return ("The {ball} pushes back{@push} inward with a strength lambda, never negative, "
                "along minus g, where g is an outward normal of the {ball} at w-star{@normal}.")

    def show_middle(self) -> None:
        raise NotImplementedError

    def drag_center(self) -> None:
        raise NotImplementedError

    def show_verdict(self) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------- the drag
    def start_drag(self, live: VGroup, stale: list[VMobject]) -> list[VMobject]:
        """Attach the followers of ŵ's drag; the panel lines in ``stale`` (and ŵ's data
        line) dim, since they belong to the original ŵ, and ``live`` shows the moving
        ŵ and its solution. Returns the followers."""
        self.tangent_dot.add_updater(lambda m: m.move_to(to_scene(self.axes, self.state()[1].point)))
        offset = self.tangent_label.get_center() - self.tangent_dot.get_center()
        self.tangent_label.add_updater(lambda m: keep_in_frame(
            m.move_to(self.tangent_dot.get_center() + offset)))
        self.pull.add_updater(self.follow_pull)
        label_offset = self.pull_label.get_center() - self.pull.get_end()
        self.pull_label.add_updater(lambda m: keep_in_frame(
            m.move_to(self.pull.get_end() + label_offset)))
        self.contour.add_updater(self.follow_contour)
        self.follow_center()
        stale = self._with_pull_line(stale)
        pushes: list[VMobject] = []
        if self.push_follows_drag:  # opt-in: −λg stays, on the current solution's push
            self.push.add_updater(self.follow_push_arrow)
            push_offset = self.push_label.get_center() - self.push.get_center()
            self.push_label.add_updater(lambda m: keep_in_frame(
                m.move_to(self.push.get_center() + push_offset)))
            pushes = [self.push, self.push_label]
            steps: list[Any] = []
        else:
            steps = [Conceal(self.push), Conceal(self.push_label)]
        if self.swap_in_turn:  # opt-in: out, then in (no cross-fade in a shared row)
            self.play(Conceal(self.rings_group),
                      *(self.stale_step(m) for m in (self.data_line, *stale)), *steps,
                      run_time=0.5)
            self.play(*(Reveal(line) for line in live), run_time=0.5)
        else:
            self.play(Conceal(self.rings_group),
                      *(self.stale_step(m) for m in (self.data_line, *stale)),
                      *(Reveal(line) for line in live), *steps)
        return [self.center_marker, self.contour, self.tangent_dot, self.tangent_label,
                self.pull, self.pull_label, *pushes, *live]

    def stale_step(self, mobject: VMobject) -> Any:
        """How a line of the original ŵ steps back while ŵ moves: dimmed (a scene whose live
        lines take some lines' places conceals those instead)."""
        return Dim(mobject)

    #: The plot's frame is drawn (on the view's edges): tick numbers keep off it.
    draws_frame: ClassVar[bool] = True
    #: The balance beat compares the pull with a round contour's (the dashed arc and the
    #: line to ŵ, one beat); a scene may leave that side remark out (opt-out, default on).
    round_comparison: ClassVar[bool] = True
    #: With early_marks: the comparison draws the dashed round contour through w*; off says
    #: it in words beside the line w*→ŵ alone.
    round_arc_drawn: ClassVar[bool] = True
    #: Opt-in: the balance beat's dashed round arc drawn wide and at full opacity.
    bright_arc: ClassVar[bool] = False
    #: Opt-in: w* stays bright and marked through "Why is the first touch the answer?" and
    #: the larger contour grows from "A larger contour" on (a reviewer saw it grow during
    #: the question and w* ghosted); off keeps today's beat.
    hold_question: ClassVar[bool] = False
    #: Opt-in (with grow_marks): the contour starts growing at "Grow one from ŵ".
    grow_on_mark: ClassVar[bool] = False
    #: How `early_h` names H (the mark {@h} is where H is written); L2Tangency opts in to
    #: "Hessian (curvature)" (a reviewer's wording for a university lecture).
    hessian_words: ClassVar[str] = "curvature{@h}"
    #: Opt-in: live readouts without sign slots or padding (see `live_lines`).
    compact_readouts: ClassVar[bool] = False
    #: Opt-in: the contour grows from "Grow one" on, and H is marked as "curvature H" is
    #: read (`grow_contours`).
    grow_marks: ClassVar[bool] = False
    #: Opt-in: the growing contour reaches its first ring fast (ease-out) instead of at an
    #: even pace, so a contour is seen as its words start; off keeps today's growth.
    first_ring_fast: ClassVar[bool] = False
    #: Opt-in: seconds of stillness with no new words after the first touch and the
    #: balance (0: none, today's timing).
    key_hold: ClassVar[float] = 0.0
    #: Opt-in: the caption-free rest (Cue settle=) after the first touch and the balance
    #: (0: none, today's timing).
    key_settle: ClassVar[float] = 0.0
    #: Opt-in: the larger contour's lens of lower loss is shaded as the words name it
    #: ("shaded"), not as the contour crosses the ball; off keeps today's shading.
    lens_on_words: ClassVar[bool] = False
    #: Opt-in: the panel's spent lines give their slots to new ones (a fade out, then a
    #: fade in, in place: no holes, no shifting rows); off appends every line.
    compact_panel: ClassVar[bool] = False
    #: Opt-in (with compact_panel): the problem's two lines stay pinned under ŵ and H for
    #: the whole scene (a fresh review saw them overwritten); later lines are appended
    #: under them and leave by fading. Off keeps compact_panel's slot reuse.
    pinned_problem: ClassVar[bool] = False

    def swap_line(self, old: VMobject, new: VMobject) -> list[Animation]:
        """``old`` fades out, then ``new`` fades in (in old's slot): one after the other, as
        a cross-fade overprints them."""
        return [LaggedStart(Conceal(old), Reveal(new), lag_ratio=1.0)]
    #: Opt-in: the first touch's flash, w* through the "why" question and w*'s line
    #: through its words are marked to the end of their words (no long still stretch
    #: around a settle); off keeps today's marks.
    mark_key_beats: ClassVar[bool] = False

    def follow_push_arrow(self, mobject: MovingArrow) -> None:
        """The push −λg of the current solution, at the fixed scale (for push_follows_drag)."""
        _, sol = self.state()
        self.move_arrow(mobject, push_arrow(sol, scale=self.scale))

    def _with_pull_line(self, stale: list[VMobject]) -> list[VMobject]:
        """``stale`` and the pull's value line: −∇f(w*) = H(ŵ − w*) = (…) holds for the
        original ŵ only, so it dims while ŵ moves (a reviewer saw it disagree with the
        moving arrow)."""
        pull_line = getattr(self, "pull_line", None)
        if pull_line is None or any(m is pull_line for m in stale):
            return list(stale)
        return [*stale, pull_line]

    def live_lines(self, *, with_lambda: bool = False, with_g: bool = False) -> VGroup:
        """"now: ŵ = (…)" and "w* = (…)" (with λ or the zero weight's entry of g) for the
        moving ŵ, slots wide enough for the whole drag."""
        along = self.along_path()
        centers = self.path.at(np.linspace(0.0, 1.0, 41))
        # Opt-in: later paths the same live lines follow (their slots fit those too).
        for extra in getattr(self, "later_paths", []):
            path, self.path = self.path, extra
            along = [*along, *self.along_path()]
            centers = np.vstack([centers, extra.at(np.linspace(0.0, 1.0, 41))])
            self.path = path
        # Hook: other ŵ the "now" line shows later (their slots fit those too).
        more = np.asarray(self.readout_centers(), dtype=float).reshape(-1, 2)
        if len(more):
            centers = np.vstack([centers, more])
        points = np.array([sol.point for sol in along])
        scale = max(float(np.max(np.abs(centers))), self.t)

        # Moving values are rounded: they keep a decimal point whatever their size, since a
        # number written without one reads as exact ("λ = 50" for 50.04 was shown for data
        # whose largest λ was 253).
        def live_decimals(largest: float) -> int:
            return max(decimals_for(largest), 1)

        # Compact readouts (opt-in) show no "+" (a reviewer saw "(+0.06, 1.00)" beside
        # unsigned values): a blank sign slot instead.
        plus = not self.compact_readouts

        def slots(values: np.ndarray, largest: float) -> list[str]:
            return [number_format(largest, live_decimals(largest), plus=plus,
                                  signed=bool(np.any(values[:, i] < 0.0))) for i in range(2)]

        hat = slots(centers, scale)
        star = slots(points, self.t)
        if self.compact_readouts:
            # Opt-in: entries named one by one and no "+" (a reviewer saw "(+0.06, 1.00)"
            # beside unsigned values and "( 0.00" with a blank sign slot after the
            # bracket); w* with one place more, as its fixed line (0.060, 0.998 does not
            # read as outside the circle).
            star = [number_format(self.t, live_decimals(self.t) + 1, plus=plus,
                                  signed=bool(np.any(points[:, i] < 0.0))) for i in range(2)]
            # ŵ with as many places as w* (a reviewer saw "ŵ = (1.00, 1.60)" beside two
            # different w* as ŵ started to move: one ŵ, two answers, by rounding alone).
            hat = [number_format(scale, live_decimals(scale) + 1, plus=plus,
                                 signed=bool(np.any(centers[:, i] < 0.0))) for i in range(2)]
            first = Readout(r"\text{{now: }} \hat w_1 = " + hat[0]
                            + r",\ \hat w_2 = " + hat[1], *self.loss.center,
                            font_size=PANEL_FONT - 2)
            template = r"w^*_1 = " + star[0] + r",\ w^*_2 = " + star[1]
        else:
            first = Readout(r"\text{{now: }} \hat w = (" + hat[0] + r",\ " + hat[1] + ")",
                            *self.loss.center, font_size=PANEL_FONT - 2)
            template = r"w^* = (" + star[0] + r",\ " + star[1] + ")"
        first.add_updater(lambda r: r.set_values(*self.path.at(self.drag.get_value())))
        getters = [lambda sol: float(sol.point[0]), lambda sol: float(sol.point[1])]
        if with_lambda:
            largest = max(sol.multiplier for sol in along)
            template += r",\ \lambda = " + number_format(largest, live_decimals(largest))
            getters.append(lambda sol: sol.multiplier)
        if with_g:
            k = self.zero_at_corner()
            negative = any(sol.normal[k] < 0.0 for sol in along)
            template += rf",\ g_{k + 1} = " + number_format(1.0, 2, signed=negative,
                                                             plus=plus)
            getters.append(lambda sol: float(sol.normal[k]))
        # (pinned_problem: exact integers bare, w* = (0, 1) as the fixed lines write it.)
        second = Readout(template, *(get(self.solution) for get in getters),
                         font_size=PANEL_FONT - 2, exact_integers=self.pinned_problem)
        second.add_updater(lambda r: r.set_values(*(get(self.state()[1]) for get in getters)))
        return VGroup(first, second)

    def readout_centers(self) -> np.ndarray:
        """Hook: ŵ besides the drag's that the "now: ŵ" line will show (none by default)."""
        return np.zeros((0, 2))

    # ------------------------------------------------------------- followers
    def current_level(self) -> float:
        """The growing contour's level: α² f(w*) (α the growth), on the current loss."""
        _, sol = self.state()
        return float(growth_levels(sol.level, [self.growth.get_value()])[0])

    def follow_contour(self, mobject: VMobject) -> None:
        loss, _ = self.state()
        pieces = clip_polyline(level_set(loss, self.current_level(),
                                         samples=self.contour_samples), self.view)
        set_pieces(mobject, self.axes, pieces)

    def follow_lower(self, mobject: VMobject) -> None:
        """The allowed points below the current level (none until the contour crosses)."""
        loss, sol = self.state()
        level = self.current_level()
        region = [] if level <= sol.level else [region_below(
            loss, norm=self.norm, radius=self.ball_radius.get_value(), level=level)]
        set_pieces(mobject, self.axes, [r for r in region if len(r) >= 3])

    def follow_pull(self, mobject: MovingArrow) -> None:
        """The pull −∇f(w*) = λg of the current solution, at the fixed scale (true lengths);
        it vanishes when λ = 0."""
        _, sol = self.state()
        arrow = pull_arrow(sol, scale=self.scale)
        mobject.put_ends(to_scene(self.axes, arrow.start), to_scene(self.axes, arrow.end))

    # -------------------------------------------------------------- builders
    def get_center_marker(self) -> VGroup:
        """ŵ as a dot with its label, or, while it is out of view, an arrow at the frame's
        edge pointing to it: the marker holds one or the other (a hidden part would still
        be drawn in every frame)."""
        self.center_dot = marker(ORIGIN, CENTER_COLOR, radius=0.07)
        self.center_label = legible(MathTex(r"\hat w", font_size=38, color=CENTER_COLOR))
        extent = max(self.view.width, self.view.height)
        pointer = MovingArrow(ORIGIN, RIGHT, color=CENTER_COLOR, stroke_width=5, max_tip_ratio=0.4)
        pointer_label = legible(MathTex(r"\hat w", font_size=38, color=CENTER_COLOR))
        at_dot = VGroup(self.center_dot, self.center_label)
        at_edge = VGroup(pointer, pointer_label)
        group = VGroup(at_dot)

        def follow(m: VGroup) -> None:
            target = self.path.at(self.drag.get_value())
            inside = self.view.contains(target)
            if inside:
                self.center_dot.move_to(to_scene(self.axes, target))
                offset = self.center_label_offset()
                if offset is None:
                    keep_in_frame(self.center_label.next_to(self.center_dot,
                                                            self.center_label_side(), buff=0.04))
                else:  # a scene's own place for the label (a scene offset from the dot)
                    keep_in_frame(self.center_label.move_to(self.center_dot.get_center()
                                                            + offset))
            else:
                tip, direction = edge_pointer(target, self.view)
                pointer.put_ends(to_scene(self.axes, tip - 0.1 * extent * direction),
                                 to_scene(self.axes, tip))
                pointer_label.next_to(pointer.get_start(), -np.append(direction, 0.0), buff=0.06)
            wanted = at_dot if inside else at_edge
            if m.submobjects[0] is not wanted:
                m.submobjects = [wanted]

        follow(group)
        # Attached only while ŵ moves (`follow_center`): a mobject with an updater counts as
        # moving in every animation, and Manim redraws it in every frame.
        self._follow_center = follow
        return group

    def center_label_side(self) -> np.ndarray:
        """Hook: the direction of ŵ's label from its dot (default: up and a little right)."""
        return UP + RIGHT * 0.6

    def center_label_offset(self) -> np.ndarray | None:
        """Hook: ŵ's label's centre minus its dot's, or None to put it beside the dot on
        `center_label_side` (the default)."""
        return None

    def follow_center(self) -> VGroup:
        """Make ŵ's marker follow the drag (detach with clear_updaters when it stops)."""
        self.center_marker.add_updater(self._follow_center)
        return self.center_marker

    def get_contour(self, loss: Quadratic, level: float, *, faint: bool = False) -> VMobject:
        curve = VMobject(stroke_color=LOSS_COLOR, stroke_width=2 if faint else 4,
                         stroke_opacity=0.45 if faint else 1.0)
        return set_pieces(curve, self.axes,
                          clip_polyline(level_set(loss, level, samples=self.contour_samples),
                                        self.view))

    def get_arrow(self, arrow: object, color: object, *, stroke_width: float = 6) -> MovingArrow:
        return MovingArrow(to_scene(self.axes, arrow.start), to_scene(self.axes, arrow.end),
                           color=color, stroke_width=stroke_width)

    def move_arrow(self, mobject: MovingArrow, arrow: object) -> None:
        """Put a moving arrow on regmath's arrow (problem coordinates)."""
        mobject.put_ends(to_scene(self.axes, arrow.start), to_scene(self.axes, arrow.end))

    def label_obstacles(self) -> list[VMobject]:
        """What will be drawn at w* later (arrows, the line to ŵ), as outlines that are never
        shown: w*'s label is placed once, clear of them all."""
        sol = self.solution
        segments = [np.array([a.start, a.end]) for a in (pull_arrow(sol, scale=self.scale),
                                                          push_arrow(sol, scale=self.scale))]
        segments.append(clip_polyline(np.array([sol.point, self.loss.center]), self.view)[0])
        segments.extend(self.later_segments())
        return [polyline(self.axes, segment) for segment in segments]

    def later_segments(self) -> list[np.ndarray]:
        """Segments a story draws at w* after its label (problem points, shape (k, 2))."""
        return []

    def label_direction(self) -> tuple[np.ndarray, float]:
        """w*'s label goes where no arrow, edge or the way to ŵ leaves w*."""
        sol = self.solution
        avoid = [sol.gradient, -sol.gradient, self.loss.center - sol.point,
                 *boundary_tangents(sol)]
        if sol.normal_cone.shape[0] == 2:
            avoid.extend(sol.normal_cone)
        return free_direction(avoid)

    def around_ticks(self, dense: np.ndarray) -> list[np.ndarray]:
        """The pieces of a dense polyline (problem coordinates) outside every tick number's
        box grown by TICK_GAP: a line is cut short at a number, not drawn through it
        (layout only: the points are regmath's, only dropped)."""
        scene = to_scene(self.axes, dense)
        keep = np.ones(len(dense), dtype=bool)
        for n in self.tick_numbers():
            low = n.get_corner(DOWN + LEFT)[:2] - TICK_GAP
            high = n.get_corner(UP + RIGHT)[:2] + TICK_GAP
            keep &= ~np.all((scene[:, :2] >= low) & (scene[:, :2] <= high), axis=1)
        pieces, start = [], None
        for i, k in enumerate([*keep, False]):
            if k and start is None:
                start = i
            elif not k and start is not None:
                if i - start >= 2:
                    pieces.append(dense[start:i])
                start = None
        return pieces

    def tick_numbers(self) -> list[VMobject]:
        return [*self.axes.x_axis.numbers, *self.axes.y_axis.numbers,
                *getattr(self, "lifted_numbers", [])]

    @staticmethod
    def arrow_direction(arrow: Arrow) -> np.ndarray:
        direction = (arrow.get_end() - arrow.get_start())[:2]
        return direction / max(float(np.linalg.norm(direction)), 1e-12)


#: Seconds the L1 scene's closing summary rests after its last line (round 76).
CLOSING_HOLD = 2.5
#: The penalized condition's line ends at least this far inside the frame (round 76).
CONDITION_EDGE = 0.45


class L1Tangency(TangencyScene):
    """The diamond: the contours touch at a corner, so one weight is exactly zero."""

    norm = "l1"
    _plot_side = BIG_PLOT_SIDE
    _plot_center = BIG_PLOT_CENTER
    parameters = {**TangencyScene.parameters,
                  "norm": fixed("l1", "L2Tangency shows the circle")}
    pull_value_shown = True
    push_color = PUSH_COLOR
    early_marks = True
    # The push has done its job once the balance is shown: it leaves before the cone (a
    # reviewer saw six objects crowd the corner) and does not ride the drag (it hid the
    # diamond's edge there).
    push_follows_drag = False
    # The key beats rest wordless: the first touch, the balance (and, below, the cone, the
    # optimality condition and the wedge).
    # A shorter rest than the narration's default: five key beats rest, and every reviewer
    # found the scene too long (round 24).
    key_settle = L1_SETTLE
    # Round 27: the lens shaded under "shaded" (a review saw it 2–5 s before its words).
    lens_on_words = True
    # Round 27: at most seven rows, spent lines give their slots to new ones (a review
    # counted ten lines with holes).
    compact_panel = True
    # Round 28: the problem's two lines stay pinned (a fresh review saw them overwritten).
    pinned_problem = True
    #: The cone's fill leaves once H⁻¹ has carried it onto the wedge (round 28).
    cone_fill_leaves: ClassVar[bool] = True
    #: g's arrow is drawn as the balance reads λ, not when g is first named (round 28).
    g_after_balance: ClassVar[bool] = True
    mark_key_beats = True
    # H is marked as "curvature H sets its shape" is read (a reviewer saw it marked later).
    grow_marks = True
    first_ring_fast = True
    # Round 76 (review #6): f said to be a quadratic, and H written as its words are read.
    curvature_words = "{@h}f is a quadratic bowl centred at {w_hat}; its curvature is the matrix {H}."
    # The dashed round contour only where it stays outside the diamond, from w* (a
    # reviewer saw the whole circle cut through the diamond near the corner).
    round_arc_outside_only = True
    round_arc_degrees = 100.0
    # Said, not drawn (L1T100: the arc outside the diamond read as a circle touching there).
    round_arc_drawn = False
    words_with_picture = True
    smaller_misses = True
    # Round 95 (item 7): lower than the contour's level, and the conclusion said.
    line_leaves_with_arc = True
    note_own_line = True
    lower_words = "have a loss below its level, so that level is not the best."
    # Round 30 (review #3): back at f(w*) before "So the touch" is read.
    regrow_before_touch = True
    # The grown contour is f 64 % above f(w*): not "slightly" (a fresh review).
    larger_words = "A larger contour like this"
    # f twice f(w*): the shaded "lower loss" lens reads at 480p (a fresh review saw a 30 px
    # sliver at 1.28² ≈ 1.6).
    overshoot = 1.42
    readout_with_contour = True
    # Round 26 (density): the contour grows from the first word that names it (a fresh
    # review read "A contour of f" 3 s before one existed), in two captions, not three.
    fit_words = ", the unregularized fit, here"
    grow_words = ("", "A contour of f joins weights of equal loss: grow one from {w_hat}, its "
                  "loss rising, ", "its shape set by the curvature {H}.")

    def setup(self) -> None:
        super().setup()
        self.clear_frame_numbers()
        # With no faint rings the contour has no growth before "shape" to cover the wait
        # for H's mark (a still stretch of 6 s): H is then written unmarked, as before.
        self.grow_marks = bool(self.data["rings"])

    def get_path(self) -> CenterPath:
        return corner_exit(self.loss, self.t)

    def key_curves(self) -> list[np.ndarray]:
        """The base's, and the over-grown contour of the "why the first touch" beat (round
        27's layout report: a tick number struck by it for 7 s)."""
        level = float(growth_levels(self.solution.level, [self.overshoot])[0])
        link = clip_polyline(np.array([self.solution.point, self.loss.center]), self.view)
        # Ridge's circle too, drawn whole at the end (round 28: the tick numbers it crossed).
        return [*super().key_curves(),
                *clip_polyline(level_set(self.loss, level), self.view), *link,
                ball_outline("l2", self.t)]

    @staticmethod
    def strikes(label: VMobject, strokes: Sequence[VMobject], margin: float = 0.05, *,
                samples: np.ndarray | None = None) -> bool:
        """Whether any of ``strokes`` (their Bézier curves, sampled by `stroke_samples`, or
        ``samples`` given, the same points worked out once) runs through ``label``'s box
        grown by ``margin`` (layout only: scene points)."""
        low = label.get_corner(DOWN + LEFT)[:2] - margin
        high = label.get_corner(UP + RIGHT)[:2] + margin
        points = stroke_samples(strokes) if samples is None else samples
        return bool(np.any(np.all((points >= low) & (points <= high), axis=1)))

    # Round 30 (review #2): ŵ's label never fades; it sits inside the first faint ring,
    # which starts further out to leave it room (center_label_offset).
    first_ring = HAT_RING
    # Round 30 (review #5): tick numbers centred on their ticks and w₂'s "1" added, clear of
    # the curves of the lasso's story; ridge's circle, drawn at the end, is cut short at them.
    centred_ticks = True

    def tick_curves(self) -> list[np.ndarray]:
        return super().key_curves() + [
            *clip_polyline(level_set(self.loss, float(growth_levels(
                self.solution.level, [self.overshoot])[0])), self.view),
            *clip_polyline(np.array([self.solution.point, self.loss.center]), self.view)]

    def center_label_offset(self) -> np.ndarray | None:
        """ŵ's label inside the first faint ring, where no contour of the grow beat crosses
        it (review #2: the rings ran through it): the first side of ŵ whose place is clear
        of that ring, found once (the ring's shape about ŵ is the same wherever ŵ is).
        Layout only: the ring is regmath's level set."""
        cached = getattr(self, "_hat_offset", None)
        if cached is not None:
            return cached if len(cached) else None
        if not self.data["rings"] or not self.view.contains(self.loss.center):
            self._hat_offset = np.zeros(0)
            return None
        ring = self.get_contour(self.loss, HAT_RING ** 2 * self.solution.level, faint=True)
        # And off ridge's ray through ŵ, drawn at the end (its label faded and moved there).
        strokes = [ring]
        if self.kind == "corner":
            ridge = constrained(self.loss, norm="l2", radius=self.t)
            ray = (circle_point_ray(self.loss.hessian, ridge.point, self.view)
                   if ridge.active else None)
            if ray is not None:
                strokes.append(polyline(self.axes, ray, stroke_width=4))
        dot = to_scene(self.axes, self.loss.center)
        probe = self.center_label.copy()
        found = np.zeros(0)
        for buff in (0.04, 0.08):
            for side in (UP + RIGHT, UP, RIGHT, UP + LEFT, LEFT, DOWN + RIGHT, DOWN,
                         DOWN + LEFT):
                probe.next_to(dot, side, buff=buff)
                if not self.strikes(probe, strokes, margin=0.04):
                    found = probe.get_center() - dot
                    break
            if len(found):
                break
        self._hat_offset = found
        return found if len(found) else None

    def follow_contour(self, mobject: VMobject) -> None:
        super().follow_contour(mobject)
        if getattr(self, "_hat_fades", False):
            label = self.center_label
            target = STRUCK_OPACITY if self.strikes(label, [mobject]) else 1.0
            # Over about 0.2 s whatever the frame rate (layout only).
            step = min(1.0, 1.0 / max(0.2 * config.frame_rate, 1.0))
            now = float(label.get_fill_opacity())
            label.set_fill(opacity=now + float(np.clip(target - now, -step, step)))

    def get_center_marker(self) -> VGroup:
        """ŵ's label with a dark backing over the inner contours (a fresh review saw them
        run through it for the whole video). Layout only."""
        group = super().get_center_marker()
        # A wide dark outline, not a box: Indicate recolours a box with the label (a
        # yellow square flashed at 26 s in a probe).
        self.center_label.set_stroke(BACKGROUND, width=WIDE_BACKING, background=True)
        return group

    def center_label_side(self) -> np.ndarray:
        return UP + RIGHT

    def clear_frame_numbers(self) -> None:
        """Tick numbers the plot's frame line would cross go (a fresh review saw the "3"s at
        the view's ends sit on the frame). Layout only: the frame is the view's border."""
        corners = to_scene(self.axes, frame_outline(self.view))
        low, high = corners.min(axis=0), corners.max(axis=0)
        for axis in (self.axes.x_axis, self.axes.y_axis):
            for m in list(axis.numbers):
                a, b = m.get_corner(DOWN + LEFT), m.get_corner(UP + RIGHT)
                crosses = any(a[i] <= edge <= b[i] for i in (0, 1) for edge in (low[i], high[i]))
                if crosses:
                    axis.numbers.remove(m)
        # The w₁ axis's numbers on one baseline (a fresh review measured "1" and "2" 4 px
        # apart: Manim centres each on its tick). Layout only.
        bottoms = [m.get_bottom()[1] for m in self.axes.x_axis.numbers]
        if bottoms:
            for m in self.axes.x_axis.numbers:
                m.shift(DOWN * (m.get_bottom()[1] - min(bottoms)))
        # w₂'s "1" at the corner stays out (make_axes leaves it out beside w*): tried this
        # round, it took w*'s label's place, which then sat on the touching contour and the
        # circle's touch; every side of that tick is taken (the edges, the contour, the
        # normals, w*'s label).

    def clear_of_numbers(self, points: np.ndarray, keep: np.ndarray,
                         others: tuple[VMobject, ...] = ()) -> np.ndarray:
        """The dashed round arc stops before a tick number (a fresh review saw it cross the
        w₂ axis's "2"): the run of samples about the one nearest ``keep`` whose scene points
        lie outside every number's box and every box of ``others`` (with a margin). Layout
        only: the samples are regmath's."""
        scene = to_scene(self.axes, points)
        margin = 0.08
        boxes = [(m.get_corner(DOWN + LEFT) - margin, m.get_corner(UP + RIGHT) + margin)
                 for m in (*self.tick_numbers(), *others)]
        free = np.array([not any(np.all(p[:2] >= lo[:2]) and np.all(p[:2] <= hi[:2])
                                 for lo, hi in boxes) for p in scene])
        start = int(np.argmin(np.linalg.norm(scene - to_scene(self.axes, keep), axis=1)))
        if not free[start]:
            return points
        low, high = start, start
        while low > 0 and free[low - 1]:
            low -= 1
        while high < len(points) - 1 and free[high + 1]:
            high += 1
        return points[low:high + 1]

    def outside_note(self) -> VMobject | None:
        """"‖ŵ‖₁ = 2.6 > 1" as "ŵ lies outside" is said (a fresh review): regmath's norm of
        ŵ against t (the story refuses ŵ inside or on the diamond)."""
        size = float(lp_norm(self.loss.center, 1.0))
        if not size > self.t:
            return None
        # Round 95 (item 8): on its own line (note_own_line), and ‖·‖₁ spelled
        # out once, on ŵ's own entries, where it enters.
        entries = r" + ".join(r"|" + number(float(v)).tex + r"|" for v in self.loss.center)
        return MathTex(r"\|\hat w\|_1 = " + entries + r" = " + number(size).tex
                       + r" > " + number(self.t).tex, font_size=PANEL_FONT, color=CENTER_COLOR)

    def finish_found(self, cue: Any) -> bool:
        """At a corner, "where w₁* = 0" marks w* and the axis it lies on (a reviewer saw
        nothing happen under those words): w* flashes and the other weight's axis lights
        up in w*'s colour. On an edge, the base's ending."""
        if self.kind != "corner":
            return False
        cue.play(Indicate(self.found, scale_factor=PANEL_INDICATE), until="zero")
        zero = self.solution.zero_weights[0]
        # w_k* = 0: w* lies on the other weight's axis (w₁* = 0: on the w₂ axis).
        axis = self.axes.y_axis if zero == 0 else self.axes.x_axis
        cue.wait_until("zero")
        lasting = max(cue.until(cue.END), 1.2)
        # The axis's line alone lights up, not its ticks (round 27's layout report: a red
        # tick ran through w*'s label for 3.6 s). Layout only: the axis's own ends.
        bar = VMobject(stroke_color=SOLUTION_COLOR, stroke_width=axis.get_stroke_width() + 1.0,
                       stroke_opacity=0.0).set_points_as_corners([axis.get_start(),
                                                                  axis.get_end()])
        self.add(bar)
        # w* swells instead of flashing: a Flash's rays ran through w*'s label (the layout
        # report, 3.6 s).
        cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR, scale_factor=1.8,
                          run_time=1.0),
                 bar.animate(rate_func=rate_functions.there_and_back,
                             run_time=lasting).set_stroke(opacity=1.0))
        self.remove(bar)
        return True

    def get_arrow_scale(self) -> float:
        """A round scale near the one that makes −∇f(w*) t long: the note reads "0.5 ×"."""
        return readable_scale(super().get_arrow_scale())

    def data_tex(self) -> str:
        """ŵ and H, H as a full-size matrix (a reviewer found the small one unreadable)."""
        h = numbers(np.asarray(self.loss.hessian).ravel(), distinct=True)
        matrix = (r"\begin{pmatrix}" + f"{h[0].tex} & {h[1].tex}" + r"\\"
                  + f"{h[2].tex} & {h[3].tex}" + r"\end{pmatrix}")
        return rf"\hat w = {point(self.loss.center).tex},\quad H = {matrix}"

    def get_lower_label(self) -> VMobject:
        """"lower loss" left of the shaded corner, with a thin leader to it: the shaded
        allowed points are a small sliver at the corner, and a label beside them ran into
        the diamond's edge (a reviewer's point)."""
        level = float(growth_levels(self.solution.level, [self.overshoot])[0])
        region = region_below(self.loss, norm=self.norm, radius=self.t, level=level)
        anchor = to_scene(self.axes, region.mean(axis=0))
        # Round 95 (item 7): lower than what, on the label: this contour's level.
        label = legible(MathTex(r"f < " + number(level).tex, font_size=30, color=TEXT_COLOR))
        # The lens itself is an obstacle (the larger lens of the bigger contour reached
        # under the label).
        lens = polyline(self.axes, region)
        # The over-grown contour it is shown with, not the touching one (round 27's layout
        # report: "lower loss" struck by that contour and the diamond's edge).
        grown = [polyline(self.axes, piece) for piece in clip_polyline(
            level_set(self.loss, level, samples=self.contour_samples), self.view)]
        # The faint rings too (round 28: a fresh review saw the label on them).
        obstacles = [self.ball, self.contour, *grown, self.axes, lens, self.plot_frame,
                     self.center_marker, *self.tick_numbers(),
                     *([self.rings_group] if getattr(self, "rings_group", None) else [])]
        place_clear(label, anchor, LEFT, obstacles, buff=LOWER_LABEL_GAP)
        for side in (LEFT, UP + LEFT, DOWN + LEFT, UP, RIGHT):
            if not self.strikes(label, obstacles):
                break
            place_clear(label, anchor, side, obstacles, buff=2.0 * LOWER_LABEL_GAP)
        # The leader runs from the label's side nearest the sliver to the sliver's middle.
        side = label.get_critical_point(self.arrow_direction_to(label.get_center(), anchor))
        leader = VMobject(stroke_color=TEXT_COLOR, stroke_width=1.5).set_points_as_corners(
            [side, anchor])
        group = VGroup(label, leader)
        # The grow beat marks the label by scaling it 1.15×: where label and leader would
        # then leave the frame (far or odd data), the label sits beside the sliver instead.
        marked = group.copy().scale(LOWER_MARK)
        if np.allclose(keep_in_frame(marked.copy()).get_center(), marked.get_center()):
            return group
        return super().get_lower_label()

    def place_round_label(self, what: VMobject, circle: VMobject) -> None:
        """"if H = cI" beside the dashed arc where no line runs through it (round 27's layout
        report: inside the contour, the pull and the line to ŵ struck it): the arc's points
        from its middle outwards, each side, the first clear place. Layout only."""
        obstacles = [circle, self.ball, self.contour, self.center_marker, self.center_label,
                     self.tangent_dot, self.tangent_label, self.pull, self.pull_label,
                     self.to_center, self.plot_frame, self.axes, *self.tick_numbers()]
        for share in (0.5, 0.6, 0.4, 0.7, 0.3, 0.8, 0.2):
            for side in (LEFT, UP + LEFT, UP, DOWN + LEFT, RIGHT):
                place_clear(what, circle.point_from_proportion(share), side, obstacles,
                            buff=0.12)
                keep_in_frame(what)
                self.inside_plot(what)
                if not self.strikes(what, obstacles):
                    return
        super().place_round_label(what, circle)

    @staticmethod
    def arrow_direction_to(start: np.ndarray, end: np.ndarray) -> np.ndarray:
        """The compass direction (scene) from ``start`` nearest to ``end`` (layout only)."""
        d = (np.asarray(end) - np.asarray(start))[:2]
        return np.array([np.sign(d[0]) if abs(d[0]) >= 0.4 * abs(d[1]) else 0.0,
                         np.sign(d[1]) if abs(d[1]) >= 0.4 * abs(d[0]) else 0.0, 0.0])

    def kind_words(self) -> str:
        """The end of the touch's sentence (smaller_misses: "…has the lowest allowed loss")."""
        if self.kind == "corner":
            zero = self.solution.zero_weights[0]
            return (f", at a corner{{@zero}}, where {weight_star(zero).text} = 0.")
        return ", on an edge of the diamond: both weights are nonzero."

    def later_segments(self) -> list[np.ndarray]:
        sol = self.solution
        if self.kind != "corner":
            return []
        length = self.cone_fill_length
        normals = [scaled_arrow(sol, g, scale=self.cone_scale) for g in sol.normal_cone]
        return [*(np.array([a.start, a.end]) for a in normals),
                normal_cone_wedge(sol, length=length)]

    @property
    def cone_fill_length(self) -> float:
        """The cone's fill radius: no longer than its edge normals are drawn (round 30,
        review #2: at CONE_ARROW · t it covered the tick "2" and −∇f(w*)). Layout only:
        regmath's normals at the drawn scale."""
        if self.kind != "corner":
            return CONE_ARROW * self.t
        edge = float(np.linalg.norm(self.solution.normal_cone[0])) * self.cone_scale
        return min(CONE_ARROW * self.t, edge)

    def before_balance(self) -> None:
        # The arrows' one scale is written in the plot's empty corner from before the
        # first arrow (a reviewer measured the arrows against their values and saw them
        # half as long).
        self.scale_note = self.get_scale_note()  # revealed with the pull (pull_companions)

    def back_pull_label(self, label: VMobject) -> None:
        # Beside the tip, inside the touching contour (a reviewer saw the contour strike
        # through the label above the tip), clear of ŵ; a wide dark backing over the faint
        # contours. Layout only.
        # Above the tip first: beside it the box sat on the touching contour and cut a gap
        # in it (a fresh review, 60–198 s). Layout only.
        obstacles = [self.contour, self.pull, self.center_marker, self.tangent_label,
                     self.tangent_dot, self.ball, self.plot_frame, *self.tick_numbers(),
                     self.axes]
        place_clear(label, self.pull.get_end(), UP + RIGHT, obstacles, buff=0.25)
        if self.strikes(label, obstacles, 0.0):
            # Elsewhere by the tip or the shaft where no line runs through it (round 27's
            # layout report: other data left it on an axis for 75 s). Layout only.
            ends = self.pull.get_start(), self.pull.get_end()
            self.place_free(label, [ends[1], 0.4 * ends[0] + 0.6 * ends[1]],
                            (UP + RIGHT, UP, RIGHT, UP + LEFT, DOWN + RIGHT, LEFT, DOWN,
                             DOWN + LEFT), obstacles, buffs=(0.25, 0.12, 0.45), margin=0.0)
        label.set_stroke(BACKGROUND, width=WIDE_BACKING, background=True)
        # A backing box as well: the outline hugs the glyphs, and the touching contour
        # still showed between the letters of "f(w*)" (a reviewer, 58–143 s).
        label.add_background_rectangle(color=BACKGROUND, opacity=PULL_LABEL_BOX_OPACITY,
                                       buff=0.04)
        # Above every contour from the start, its backing over them (a reviewer saw a faint
        # contour strike through "f(w*)" until the cone beat raised it).
        label.set_z_index(LABEL_ABOVE_CONE)

    def replace_tangent_label(self, label: VMobject) -> None:
        """w*'s label off the touching contour (a reviewer saw the contour run through it):
        placed again with that contour and the normals drawn later as obstacles."""
        touching = [polyline(self.axes, piece)
                    for piece in TangencyScene.key_curves(self)[1:]]
        sol = self.solution
        # The directions the base avoids, and the touching contour's two tangents at w*
        # (perpendicular to the gradient there): layout only.
        along = np.array([-sol.gradient[1], sol.gradient[0]])
        # And straight inward, towards the ball's centre: a label inside the diamond had its
        # asterisk on the edge (a reviewer's point); and the dashed round contour's tangents
        # at w* (perpendicular to ŵ − w*), which leaves w* there for a while.
        to_center = self.loss.center - sol.point
        round_along = np.array([-to_center[1], to_center[0]])
        avoid = [sol.gradient, -sol.gradient, to_center, *boundary_tangents(sol), along,
                 -along, -sol.point, round_along, -round_along]
        if sol.normal_cone.shape[0] == 2:
            avoid.extend(sol.normal_cone)
        obstacles = [self.ball, *touching, *self.tick_numbers(), self.center_marker,
                     *self.label_obstacles(), *self.mid_normal_outlines()]
        place_clear(label, self.tangent_dot.get_center(), free_direction(avoid)[0],
                    obstacles, minor=[self.axes], buff=0.12)
        if self.strikes(label, obstacles, 0.0):
            # Round 27's layout report: other data left it on the diamond's edge or an axis
            # for 90 s. Another side where no line runs through it (layout only).
            first = free_direction(avoid)[0]
            self.place_free(label, [self.tangent_dot.get_center()],
                            (first, UP, LEFT, RIGHT, DOWN, UP + LEFT, UP + RIGHT, DOWN + LEFT,
                             DOWN + RIGHT), [*obstacles, self.axes], buffs=(0.12, 0.25),
                            margin=0.0)

    def start_drag(self, live: VGroup, stale: list[VMobject]) -> list[VMobject]:
        # The push left after the balance: the base class's Conceal of it (for scenes
        # whose push stays until the drag) gets nothing to fade here (a Conceal of a
        # removed mobject would flash it at full opacity).
        push, label = self.push, self.push_label
        self.push, self.push_label = VMobject(), VMobject()
        try:
            followers = super().start_drag(live, stale)
        finally:
            self.push, self.push_label = push, label
        if self.kind == "corner":
            self.turn_star_label()
        return followers

    def turn_star_label(self) -> None:
        """w*'s label, off the corner, moves outside the diamond beside w*, between the
        edge and the pull (a fresh review saw it ride on, then inside, the edge as w* slid).
        It never swings across the edge (a later review saw it sweep through the diamond
        and jump): over STAR_LABEL_TURN scene units of w*'s slide it fades out on its
        corner side and in on the outer side, each side fixed relative to w*. Layout only."""
        self.tangent_label.clear_updaters()
        home = self.tangent_dot.get_center()
        at_corner = self.tangent_label.get_center() - home
        label = self.tangent_label
        reach = STAR_LABEL_REACH * max(label.width, label.height)
        normal = None

        def follow(m: VMobject) -> None:
            nonlocal normal
            dot = self.tangent_dot.get_center()
            away = dot - home
            slid = float(np.linalg.norm(away[:2]))
            share = min(slid / STAR_LABEL_TURN, 1.0)
            if share == 0.0:
                m.move_to(dot + at_corner)
                m.set_opacity(1.0)
                return
            if normal is None or share < 1.0:
                n = np.asarray(self.state()[1].normal, dtype=float)
                out = n / np.linalg.norm(n) + away[:2] / slid
                normal = np.array([out[0], out[1], 0.0]) / float(np.linalg.norm(out))
            # Round 30 (review #2: it vanished into the dot mid-glide): it turns about w*
            # the short way round, radius and angle interpolated, and stays visible.
            start_angle = float(np.arctan2(at_corner[1], at_corner[0]))
            turn = float(np.arctan2(normal[1], normal[0])) - start_angle
            turn = (turn + np.pi) % (2.0 * np.pi) - np.pi
            angle = start_angle + share * turn
            radius = (1.0 - share) * float(np.linalg.norm(at_corner[:2])) + share * reach
            keep_in_frame(m.move_to(dot + radius * np.array([np.cos(angle), np.sin(angle),
                                                              0.0])))
            m.set_opacity(1.0)

        label.add_updater(follow)

    def get_scale_note(self) -> VMobject:
        """"arrows: 0.5 × true length" (and g's own scale when it has one), in the plot
        frame's lower right corner. Layout only: the factors are regmath's scales. True for
        every arrow: the edges' normals g = sign(w) are drawn at g's scale too."""
        lines = [self.scale_note_tex(pull_only=True)]
        if self.cone_scale != self.scale:
            lines.append(r"\text{normals } g\text{: } " + number(self.cone_scale).tex
                         + r"\times")
        note = VGroup(*(MathTex(line, font_size=L1_SCALE_NOTE_FONT, color=L1_SCALE_NOTE_COLOR)
                        for line in lines)).arrange(DOWN, aligned_edge=RIGHT, buff=0.08)
        return note.next_to(self.plot_frame.get_corner(DOWN + RIGHT), UP + LEFT, buff=0.12)

    def swap_note(self, tex: str) -> list[Animation]:
        """The scale note's first line replaced by ``tex``, cross-faded in place (a fresh
        review saw a Transform scramble the glyphs): the animations; the note's group holds
        the new line from now on."""
        old = self.scale_note[0]
        new = MathTex(tex, font_size=L1_SCALE_NOTE_FONT, color=L1_SCALE_NOTE_COLOR).move_to(
            old, aligned_edge=RIGHT)
        rest = [m for m in self.scale_note.submobjects if m is not old]
        self.scale_note.remove(old)
        self.add(old)  # drawn on its own while it fades out
        # The new line comes in with its Reveal (in no group on screen before: it would
        # show at once); the note's group, for later swaps and as an obstacle, holds it.
        self.scale_note = VGroup(new, *rest)
        # One after the other: overlapping, the two lines read as one garbled line; the new
        # one starts as the old one is nearly gone (round 28: no blank between them).
        return [LaggedStart(Conceal(old), Reveal(new), lag_ratio=0.7)]

    def scale_note_tex(self, *, pull_only: bool, with_normals: bool = False) -> str:
        """The note's first line: the pull's scale alone until λ is known (−λg is drawn
        short until then: a reviewer measured it against "arrows: 0.5×"), the pull's and
        the normals' g once those are drawn at its scale (a fresh review saw the normals
        drawn at half length under a note naming the pull alone), then every arrow's."""
        what = (r"-\nabla f(w^*),\ g\text{: } " if pull_only and with_normals
                else r"-\nabla f(w^*)\text{: } " if pull_only else r"\text{arrows: } ")
        return what + number(self.scale).tex + r"\times\text{ true length}"

    def show_push(self, lam: Any) -> None:
        """The diamond's push −λg, what g is (the edges' normals, the sign rule), then the
        balance and how λ is read from it."""
        # −λg's label is placed again with the axes as a full obstacle: beside the w₁ axis
        # it sat on the axis, yellow on the diamond's fill (a reviewer could hardly read it).
        # Beside the shaft's middle, on the side clear of the axes (layout only).
        along = self.arrow_direction(self.push)

        def beside(arrow: MovingArrow) -> np.ndarray:
            # The tip (layout only).
            return arrow.get_end()
        # The side away from the pull's label and the w₂ axis the push starts on: for the
        # default data the left of a down-left shaft (a reviewer saw the minus on the axis).
        # The diamond's edge counts a tenth: a label over it reads on its backing, one over
        # the axis lost its minus sign.
        # Beside the shaft's far part: beside its middle, the upper-left edge's normal ran
        # through the label (a reviewer's point).
        # The diamond's edge is a full obstacle (a fresh review saw the minus sign touch
        # it when it counted a tenth).
        push_obstacles = [self.contour, self.tangent_label, self.tangent_dot, self.pull,
                          self.pull_label, self.push, self.axes, *self.tick_numbers(),
                          *self.mid_normal_outlines(), self.ball[1], self.to_center]
        # Below the tip, off the shaft's sides (a fresh review saw the label straddle the
        # w₂ axis beside the shaft, in the corner's crowd): the far end's side.
        below = self.push_label_side(along)
        sides = (below, UP, DOWN, LEFT, RIGHT, UP + LEFT, UP + RIGHT, DOWN + LEFT, DOWN + RIGHT)
        place_clear(self.push_label, beside(self.push), below, push_obstacles)
        if self.strikes(self.push_label, push_obstacles, 0.0):  # round 27: other data's axis
            # Round 28: beside the shaft's middle too, and further out (a fresh review saw
            # the label on both axes, the tip's every side being crossed).
            self.place_free(self.push_label, [beside(self.push), self.push.get_center()],
                            sides, push_obstacles, buffs=(0.1, 0.25, 0.4), margin=0.0)
        full_place = self.push_label.get_center()
        # The push is drawn short until λ is read (a reviewer saw it drawn equal and opposite
        # to the pull before λ was known): regmath's −λg at a share of the arrows' scale, its
        # label beside it as beside the full arrow (layout only).
        sol = self.solution

        strength = ValueTracker(PUSH_UNKNOWN)

        def follow_strength(m: MovingArrow) -> None:
            self.move_arrow(m, push_arrow(sol, scale=self.scale * strength.get_value()))

        follow_strength(self.push)
        # Beside the short arrow, placed clear on its own (kept beside the full arrow's
        # place it sat on w*'s label); it glides to the full arrow's place as the arrow
        # grows (layout only).
        place_clear(self.push_label, beside(self.push), below, push_obstacles)
        if self.strikes(self.push_label, push_obstacles, 0.0):
            self.place_free(self.push_label, [beside(self.push)], sides, push_obstacles,
                            buffs=(0.1, 0.25), margin=0.0)
        short_place = self.push_label.get_center()

        def follow_label(m: VMobject) -> None:
            share = (strength.get_value() - PUSH_UNKNOWN) / (1.0 - PUSH_UNKNOWN)
            m.move_to(short_place + share * (full_place - short_place))
        # g itself, drawn from w* as the words define it (a fresh review: g was never an
        # arrow at w* when named): regmath's g = sol.normal at the subgradients' scale; it
        # lies along the pull (−∇f(w*) = λg), over it. Its label beside its tip (layout).
        self.g_arrow = self.get_arrow(scaled_arrow(sol, sol.normal, scale=self.cone_scale),
                                      NORMAL_COLOR, stroke_width=4).set_z_index(3)
        self.g_label = legible(MathTex("g", font_size=32, color=NORMAL_COLOR))
        g_along = self.arrow_direction(self.g_arrow)
        # Round 30 (review #2): beside the pull, not over it (the two lie along one line):
        # shifted a little across, to the side of the line to ŵ (layout only).
        across_g = np.array([g_along[1], -g_along[0], 0.0])
        if float(across_g[:2] @ (self.to_center.get_center() - self.pull.get_start())[:2]) < 0:
            across_g = -across_g
        self.g_arrow.shift(G_BESIDE_PULL * across_g)
        g_obstacles = [*push_obstacles, self.push_label, self.g_arrow, self.scale_note]
        place_clear(self.g_label, self.g_arrow.get_end(), np.array([-g_along[1], g_along[0]]),
                    g_obstacles, minor=[self.axes], buff=0.12)
        if self.strikes(self.g_label, g_obstacles, 0.0):  # round 27: the line to ŵ struck it
            across = np.array([-g_along[1], g_along[0]])
            self.place_free(self.g_label, [self.g_arrow.get_end()],
                            (across, -across, g_along, UP, DOWN, LEFT, RIGHT), g_obstacles,
                            minor=[self.axes], buffs=(0.12, 0.25), margin=0.0)
        self.g_label.set_z_index(LABEL_ABOVE_CONE)
        # The scale note names g as g is drawn at its scale (it named the pull alone).
        # (g_after_balance: the note names g with the edges' normals, drawn first.)
        self.g_note_swapped = self.cone_scale == self.scale and not self.g_after_balance
        note_swap = (self.swap_note(self.scale_note_tex(pull_only=True, with_normals=True))
                     if self.g_note_swapped else [])
        with self.cue(self.push_words(), ball=BALL_NAMES[self.norm],
                      spoken=self.push_spoken()) as cue:
            # The push grows as its words appear (a reviewer saw it 2 s late).
            cue.play(GrowArrow(self.push), Reveal(self.push_label), at="push", run_time=1.0)
            if self.g_after_balance:
                # Round 28: g itself is drawn once the balance has fixed it (a fresh review
                # saw it drawn along the pull 15 s before it was derived): here the push's
                # direction −g is marked as g is named.
                cue.wait_until("g")
                cue.play(Indicate(self.push, color=self.push_color),
                         Indicate(self.push_label), run_time=max(cue.until(cue.END), 1.0))
            else:
                cue.play(GrowArrow(self.g_arrow), Reveal(self.g_label), *note_swap, at="g",
                         run_time=1.0)
                cue.play(Indicate(self.g_arrow, color=NORMAL_COLOR), Indicate(self.g_label),
                         run_time=max(cue.until(cue.END), 1.0))
        self.explain_normal()
        # Round 76 (review #1): at a corner, the set of allowed g (the normal cone and its
        # segment of subgradients) comes before the balance picks one of them.
        cone_first = self.kind == "corner"
        if cone_first:
            self.open_cone()
            # g's name placed again, clear of the cone, its edges and its segment, now drawn
            # (layout only).
            parts = self.cone_parts
            cone_obstacles = [*g_obstacles, *self.edge_normals, parts["segment"],
                              parts["cone_label"], self.wedge]
            if self.strikes(self.g_label, cone_obstacles, 0.0):
                across = np.array([-g_along[1], g_along[0]])
                self.place_free(self.g_label, [self.g_arrow.get_end(), self.g_arrow.get_center()],
                                (-across, across, g_along, RIGHT, DOWN + RIGHT, UP, DOWN),
                                cone_obstacles, minor=[self.axes], buffs=(0.12, 0.25),
                                margin=0.0)
        k = int(np.flatnonzero(self.solution.point)[0])
        # g's entry for the nonzero weight is its sign, ±1: the pull's entry there is ±λ,
        # so λ is read off it (a reviewer found "the pull's entry is ±λ" cryptic).
        gk = weight(k).text.replace("w", "g")
        sign = float(np.sign(self.solution.point[k]))
        minus = "" if sign > 0 else "minus "
        ordinal = ("first", "second")[k]
        gval = point(sol.normal)
        which = ", so {g} = {gval}{@gval}" if cone_first else ""
        which_spoken = ", so g = {gval}{@gval}" if cone_first else ""
        with self.cue("Balance{@kkt}: {neg_grad} = {lam}{g}. With " + gk + " = {sign}, {lam} is "
                      + minus + "the pull's " + ordinal + " entry{@read}: {lam} = {lam_value}"
                      + which + ".",
                      lam_value=lam, sign=number(sign), gval=gval, settle=L1_SETTLE,
                      spoken="Balance{@kkt}: minus the gradient equals lambda g. With g's entry "
                      "{sign}, lambda is " + minus + "the pull's " + ordinal + " entry{@read}: "
                      "lambda = {lam_value}" + which_spoken + ".") as cue:
            # Round 95 (item 1): a rest after the balance (its pace kept: the length budget).
            cue.play(Reveal(self.kkt), *([Undim(self.push), Undim(self.push_label)]
                                         if cone_first else []), at="kkt", run_time=0.5)
            # Its length taken once the words reach "read" (measured before the wait, it ran
            # 0.9 s past the words and stretched the caption).
            cue.wait_until("read")
            if cone_first:
                # λ read, g = −∇f(w*)/λ is fixed: the segment's g slides to it as its value
                # is read, then steps beside the pull with its name.
                parts = self.cone_parts
                sweep(self, parts["free"], parts["match_g"], parts["sweeper"],
                      parts["g_slider"], run_time=max(cue.until("gval"), 1.2),
                      rate_func=smooth)
                parts["g_slider"].clear_updaters()
                parts["sweeper"].clear_updaters()
                cue.play(ReplacementTransform(parts["sweeper"], self.g_arrow),
                         Reveal(self.g_label), *note_swap, run_time=0.8)
            elif self.g_after_balance:  # λ read, g = −∇f(w*)/λ is fixed: drawn now
                cue.play(GrowArrow(self.g_arrow), Reveal(self.g_label), *note_swap,
                         run_time=1.0)
            cue.play(Indicate(self.cone_parts["g_slider"] if cone_first else self.sign_line,
                              scale_factor=PANEL_INDICATE),
                     *([Indicate(self.pull_line, scale_factor=PANEL_INDICATE)]
                       if self.pull_line is not None else []),
                     run_time=max(cue.until(cue.END), 1.0))

        def grow_push(cue: Any) -> None:
            # λ known: the push grows to its true length as the words say so, until it
            # balances the pull (a reviewer saw it grow with no words), and the scale note
            # now holds for every arrow.
            self.push.add_updater(follow_strength)
            self.push_label.add_updater(follow_label)
            cue.play(*self.swap_note(self.scale_note_tex(pull_only=False)), run_time=0.4)
            sweep(self, strength, 1.0, self.push, self.push_label,
                  run_time=max(cue.until("equal"), 1.5))
            self.push.clear_updaters()
            self.push_label.clear_updaters()

        self._grow_push = grow_push

    @staticmethod
    def push_label_side(along: np.ndarray) -> np.ndarray:
        """Beyond the push's tip, along the shaft (layout only)."""
        return np.asarray(along, dtype=float)[:2]

    def equal_words(self) -> str:
        return "{@grow}−{lam}{g} grows until it balances the pull{@equal}: {w_star} stays put."

    def before_equal(self, cue: Any) -> None:
        self._grow_push(cue)

    def pull_companions(self) -> list[Animation]:
        # The arrows' scale note comes with the first arrow it describes (a reviewer saw
        # it 1.5 s before the arrow).
        return [Reveal(self.scale_note)]

    def push_words(self) -> str:
        # g named a subgradient as it appears (a fresh review wanted the word, a hook to
        # soft-thresholding).
        # Round 76 (review #2): "subgradient" is said, and defined, with the segment.
        return ("{@push}The {ball} pushes back along −{g}, with strength {lam} ≥ 0: {@g}{g} is "
                "an outward normal of the {ball} at {w_star}{@normal}.")

    def push_spoken(self) -> str:
        return ("{@push}The {ball} pushes back along minus g, with strength lambda, never "
                "negative: {@g}g is an outward normal of the {ball} at w-star{@normal}.")

    def mid_edge_normals(self) -> list[tuple[tuple[float, float], Any]]:
        """The four edges' normals g = sign(w) at their middles, at the subgradients' scale
        (so the scale note holds for them too)."""
        return diamond_edge_normals_at_scale(self.t, scale=self.cone_scale)

    def mid_normal_outlines(self) -> list[VMobject]:
        """The mid-edge normals drawn later, as outlines never shown (labels avoid them)."""
        return [polyline(self.axes, np.array([a.start, a.end]))
                for _, a in self.mid_edge_normals()]

    def explain_normal(self) -> None:
        sol = self.solution
        k = int(np.flatnonzero(sol.point)[0])  # a nonzero weight: its entry of g is its sign
        sign = number(float(np.sign(sol.point[k])))
        gk = weight(k).text.replace("w", "g")
        rule = MathTex(weight(k).tex.replace("w", "g") + r" = \operatorname{sign}("
                       + weight_star(k).tex + ") = " + sign.tex, font_size=PANEL_FONT)
        # The sign line is said before the balance line: it takes the balance line's slot
        # and the balance line (not shown yet) moves under it, so lines appear top-down.
        if self.compact_panel and not self.pinned_problem:
            # In the spent constraint line's slot (round 27: a column of ten lines with
            # holes); the balance line keeps its slot under w*'s.
            rule.move_to(self.problem[1], aligned_edge=LEFT)
            self.panel_lines[self.panel_lines.index(self.problem[1])] = rule
            self.sign_line = rule
        else:
            self.panel_lines.remove(self.kkt)
            self.sign_line = self.add_panel_line(rule)
            self.add_panel_line(self.kkt)
        # The four edges' outward normals, drawn at their middles while the words say what
        # they are (a reviewer heard "outward normals" over a picture with none).
        normals = self.mid_edge_normals()
        self.mid_signs = [np.array(s) for s, _ in normals]
        self.mid_normals = VGroup(*(self.get_arrow(arrow, NORMAL_COLOR, stroke_width=4)
                                    for _, arrow in normals))
        # Each normal labelled with its value sign(w), e.g. (−1, 1), beyond its tip (a
        # reviewer could not see the "shared entry" the words name on unlabelled arrows).
        self.mid_labels = VGroup(*(self.get_sign_label(s, arrow)
                                   for s, arrow in zip(self.mid_signs, self.mid_normals)))
        # The level-set detour is gone (a reviewer found the middle too dense): the edges'
        # normals are drawn as their words name them.
        # The scale note names the normals as they are drawn, when they share the pull's
        # scale (otherwise its second line has named their own scale from the start).
        note_swap: list[Animation] = []
        if self.cone_scale == self.scale and not getattr(self, "g_note_swapped", False):
            note_swap = self.swap_note(self.scale_note_tex(pull_only=True, with_normals=True))
        with self.cue("On each edge{@edge}, the outward normal is the gradient of "
                      "{l1}: sign(w).", spoken="On each edge{@edge}, the outward "
                      "normal is the gradient of the L1 norm: the sign of w.") as cue:
            cue.play(Indicate(self.ball[1], color=TEXT_COLOR, scale_factor=1.0), until="edge")
            # Drawn as the words appear and then marked, not stretched over the caption (a
            # round-27 review saw them finish 2–5 s after the words).
            cue.play(*(GrowArrow(a) for a in self.mid_normals), *note_swap, run_time=1.2)
            cue.play(*(Reveal(m) for m in self.mid_labels), run_time=0.6)
            cue.play(*(Indicate(a, color=NORMAL_COLOR) for a in self.mid_normals),
                     run_time=max(cue.until(cue.END), 0.6))
        # The two edges that meet at w* (their normals are the corner's edge normals): both
        # normals share the nonzero weight's entry, its sign, which is why g is written
        # with that entry ±1 (a reviewer found "we scale g so its largest entry is 1"
        # unmotivated). On an edge, that edge's one normal.
        near = [int(np.argmax([float(s @ g) / float(np.linalg.norm(s) * np.linalg.norm(g))
                               for s in self.mid_signs])) for g in sol.normal_cone]
        ordinal = ("first", "second")[k]
        if self.kind == "corner":
            words = ("The two normals at the corner{@sign} share one entry"
                     "{@entry}, here " + gk + " = sign(" + weight_star(k).text
                     + ") = {sign}{@rule}.")
            spoken = ("The two normals at the corner{@sign} share one entry"
                      "{@entry}: the " + ordinal + ", the sign of the nonzero weight, "
                      "{sign}{@rule}.")
        else:
            words = ("{w_star} lies on one edge{@sign}, so{@entry} here " + gk
                     + " = sign(" + weight_star(k).text + ") = {sign}{@rule}.")
            spoken = ("w-star lies on one edge{@sign}, so{@entry} g's entry for this weight is "
                      "its sign, {sign}{@rule}.")
        near_set = sorted(set(near))
        far = [i for i in range(len(self.mid_normals)) if i not in near_set]
        # The entry the near normals share, in their labels: "(", s₁, ",", s₂, ")".
        shared = [self.mid_labels[i][1 + 2 * k] for i in near_set]
        with self.cue(words, sign=sign, spoken=spoken) as cue:
            # The edges at w* stay bright, the others step back; then the shared entry
            # turns white in both labels, and the panel writes it as g's entry.
            cue.play(*(Dim(self.mid_normals[i]) for i in far),
                     *(Dim(self.mid_labels[i]) for i in far),
                     *(Indicate(self.mid_normals[i], color=NORMAL_COLOR) for i in near_set),
                     at="sign", run_time=max(cue.until("entry"), 0.8))
            cue.play(*(m.animate.set_color(TEXT_COLOR).scale(SHARED_ENTRY_SCALE)
                       for m in shared), run_time=0.5)
            cue.play(*(Indicate(m, color=TEXT_COLOR) for m in shared),
                     run_time=max(cue.until("rule") - 0.5, 0.8))
            # The far normals' labels have served (the shared entry is written): they go
            # now, not at the cone (a fresh review saw them crowd the corner till 110 s).
            cue.play(*(self.swap_line(self.problem[1], rule)
                       if self.compact_panel and not self.pinned_problem else [Reveal(rule)]),
                     *(Conceal(self.mid_labels[i]) for i in far), run_time=0.6)
            self.gone_labels = [self.mid_labels[i] for i in far]
            # (Round 28: not scaled up, the touching contour struck the grown label.)
            cue.play(Indicate(self.tangent_label, scale_factor=1.0),
                     Indicate(rule, scale_factor=PANEL_INDICATE),
                     run_time=max(cue.until(cue.END), 1.0))

    def get_sign_label(self, signs: np.ndarray, arrow: MovingArrow) -> VMobject:
        """"(s₁, s₂)" beyond a mid-edge normal's tip, clear of the contour, ŵ, w* and the
        pull (layout only: the values are regmath's EDGE_SIGNS)."""
        label = legible(MathTex("(", number(float(signs[0])).tex, r",\ ",
                                number(float(signs[1])).tex, ")", font_size=L1_SIGN_LABEL_FONT,
                                color=NORMAL_COLOR))
        # Beside the shaft's middle, on the side away from w* (at the tips, the corner's
        # crowd and the touching contour ran through the labels). Layout only.
        along = self.arrow_direction(arrow)
        side = np.array([along[1], -along[0], 0.0])
        if float(side @ (arrow.get_center() - self.tangent_dot.get_center())) < 0.0:
            side = -side
        obstacles = [*self.mid_normals, self.contour, self.ball, self.center_marker,
                     self.tangent_label,
                     self.tangent_dot, self.pull, self.pull_label, self.push,
                     self.push_label, self.plot_frame, self.scale_note, self.g_arrow,
                     self.g_label, self.to_center, *self.tick_numbers()]
        # Inside the plot's frame (a label beside a lower normal crossed its left border);
        # where that pushes it onto its arrow, further along the shaft or on another side
        # (round 27's layout report: "(−1, −1)" struck by its normal).
        ends = arrow.get_start(), arrow.get_end()
        self.place_free(label, [arrow.get_center(), 0.3 * ends[0] + 0.7 * ends[1],
                                0.7 * ends[0] + 0.3 * ends[1]],
                        (side[:2], -side[:2], UP, DOWN, LEFT, RIGHT), obstacles,
                        minor=[self.axes], buffs=(0.06, 0.12, 0.25))

        def inside_ball() -> bool:  # layout only: the label's centre within ‖w‖₁ < t
            at = np.asarray(self.axes.point_to_coords(label.get_center())[:2], dtype=float)
            return float(np.sum(np.abs(at))) < self.t

        if inside_ball():
            # Round 28: outside the diamond like the other three (a fresh review saw
            # "(−1, −1)" inside it with the w₂ axis through it): the first place beside the
            # shaft or beyond the tip that is outside, clear of every line (the axes too)
            # and of the tick numbers; else the place found above.
            first = label.get_center()
            strokes = [*obstacles, self.axes]
            found = False
            for anchor in (arrow.get_center(), 0.3 * ends[0] + 0.7 * ends[1], ends[1]):
                for buff in (0.06, 0.12, 0.25):
                    for way in (-side[:2], side[:2], along, UP, DOWN, LEFT, RIGHT):
                        place_clear(label, anchor, way, strokes, minor=[self.axes], buff=buff)
                        self.inside_plot(label)
                        if not (inside_ball() or self.strikes(label, strokes)
                                or any(boxes_meet(label, m, gap=LABEL_GAP)
                                       for m in self.tick_numbers())):
                            found = True
                            break
                    if found:
                        break
                if found:
                    break
            if not found:
                label.move_to(first)
        keep_in_frame(label)
        return label.set_z_index(LABEL_ABOVE_CONE)

    def show_middle(self) -> None:
        self.corner = self.solution.point if self.kind == "corner" else self.state(1.0)[1].point
        if self.kind == "corner":
            self.show_cone()
        else:
            self.show_edge_normal()

    def show_cone(self) -> None:
        """The corner's optimality condition, after the balance (the cone and its segment
        came before it, in `open_cone`)."""
        self.cone_condition()

    def open_cone(self) -> None:
        """Round 76 (review #1): the corner's allowed g, the normal cone and its segment of
        subgradients, shown before the balance reads λ and g from the pull (a fresh review
        asked for 20 s why the balance's g was neither edge normal)."""
        sol = self.solution
        length = self.cone_fill_length
        zero = sol.zero_weights[0]
        # One scale for every arrow at w*: g is drawn at the pull's scale, so −∇f(w*) = λg
        # is exactly λ times as long as the matching g on screen (unless λ makes g unreadably
        # short or long: then g has its own scale and the scale note says so).
        scale = self.cone_scale
        self.edge_normals = VGroup(*(self.get_arrow(scaled_arrow(sol, g, scale=scale),
                                                    NORMAL_COLOR, stroke_width=4)
                                     for g in sol.normal_cone))
        # Above the cone's fill (a reviewer saw the fill tint one normal and not the other),
        # and the pull too (the fill greyed it).
        self.edge_normals.set_z_index(2)
        self.pull.set_z_index(2)
        self.pull_label.set_z_index(LABEL_ABOVE_CONE)
        # The two edges at the corner are the ones whose mid-edge normal is the corner's
        # edge normal: those slide to w*, the other two go.
        mids = [int(np.argmax([float(s @ g) / float(np.linalg.norm(s) * np.linalg.norm(g))
                               for s in self.mid_signs])) for g in sol.normal_cone]
        others = [m for i, m in enumerate(self.mid_normals) if i not in mids]
        start_free = float(sol.normal_cone[0][zero])  # the first edge normal's free entry, ±1
        free = ValueTracker(start_free)
        self.wedge = VMobject(stroke_width=0, fill_color=CONE_COLOR, fill_opacity=0.3, z_index=0)

        def fraction() -> float:
            return min(max((free.get_value() - start_free) / (-2.0 * start_free), 0.0), 1.0)

        self.wedge.add_updater(lambda m: m.set_points_as_corners(to_scene(
            self.axes, normal_cone_wedge(sol, length=length, fraction=fraction()))))
        sweeper = self.get_sweeper(sol, start_free, scale)
        sweeper.add_updater(lambda m: self.move_arrow(m, scaled_arrow(
            sol, corner_subgradient(sol, free.get_value()), scale=scale)))
        segment_points = subgradient_segment(sol, scale=scale)
        segment = dashed(self.axes, segment_points, stroke_color=NORMAL_COLOR, stroke_width=2.5)
        free_name = weight(zero).tex.replace("w", "g")
        # As many decimals as g's value is written with (a reviewer read +0.43 and 0.435).
        g_slider = Readout(free_name + r" = {:+6.3f}", start_free, font_size=PANEL_FONT)
        g_slider.add_updater(lambda r: r.set_value(free.get_value()))
        cone_label = legible(MathTex(r"N(w^*)", font_size=30, color=CONE_COLOR))
        # The cone's outline (drawn later) is an obstacle: the label sits beside the fill.
        cone_outline = polyline(self.axes, normal_cone_wedge(sol, length=length))
        place_clear(cone_label, self.edge_normals[0].get_end(),
                    self.arrow_direction(self.edge_normals[0]),
                    [self.ball, self.contour, self.pull, self.pull_label, self.tangent_label,
                     cone_outline, *self.edge_normals, *self.tick_numbers()], minor=[self.axes],
                    buff=CONE_LABEL_GAP)  # off the arrow's head (a reviewer saw them touch)
        cone_obstacles = [self.ball, self.contour, self.pull, self.pull_label,
                          self.tangent_label, cone_outline, *self.edge_normals,
                          *self.tick_numbers(), self.axes, self.center_marker]
        if self.strikes(cone_label, cone_obstacles, 0.0):  # round 27: other data's contour, axis
            tips = [n.get_end() for n in self.edge_normals]
            self.place_free(cone_label, tips, tuple(self.arrow_direction(n)
                                                    for n in self.edge_normals)
                            + (UP, LEFT, RIGHT, DOWN, UP + LEFT, UP + RIGHT),
                            cone_obstacles, buffs=(CONE_LABEL_GAP, 2.0 * CONE_LABEL_GAP),
                            margin=0.0)
        cone_label.set_z_index(LABEL_ABOVE_CONE)  # over the cone's fill, never under it
        # Backed from the start: the wedge's edge, carried from the cone's by H⁻¹, later runs
        # through it (a fresh review saw the box come only after the edge had crossed it).
        cone_label.add_background_rectangle(color=BACKGROUND, opacity=PULL_LABEL_BOX_OPACITY,
                                            buff=0.04)
        # The segment has no label on the plot: the panel's line ∂‖·‖₁(w*) = {…: g ∈ [−1, 1]}
        # and g's live value say it (a label there ran past the plot's frame and into N(w*)).
        # One beat for the cone (a reviewer found two cues and a subgradient aside too dense):
        # the push has done its job and leaves, the faint contours and the panel's data step
        # back, the corner's two edge normals slide to w*, and every direction between them
        # is swept out. The picture then rests on the cone.
        # One caption (round 26 cut a cue for density).
        # Round 76 (review #2): the cone defined in plain words where it is named.
        # The push is not spent yet (the balance comes next): it steps back, faint.
        with self.cue("{@corner}At the corner, both normals{@single} and all between them"
                      "{@sweep} form {@named}the normal cone {cone}: the directions with the "
                      "whole diamond behind {w_star}{@def}.", settle=L1_SETTLE) as cue:
            cue.play(Dim(self.push), Dim(self.push_label),
                     Dim(self.rings_group, factor=0.3), *(Conceal(m) for m in others),
                     *(Conceal(m) for m in self.mid_labels
                       if m not in getattr(self, "gone_labels", [])),
                     *(Dim(m, factor=PANEL_DIM) for m in (
                         *(() if self.compact_panel else self.problem), self.data_line,
                         self.h_line)),
                     Indicate(self.tangent_dot, color=CONE_COLOR, scale_factor=2.0),
                     run_time=max(cue.until("single"), 1.0))
            # The two edges' normals slide from their edges' middles to the corner, one after
            # the other.
            share = max(cue.until("sweep"), 1.6) / 2.0
            for i, k in enumerate(mids):
                cue.play(ReplacementTransform(self.mid_normals[k], self.edge_normals[i]),
                         run_time=share)
            self.add(self.wedge)
            cue.play(Reveal(sweeper), run_time=0.3)
            # The sweep ends as "the normal cone" appears, and N(w*) is written then.
            sweep(self, free, -start_free, self.wedge, sweeper,
                  run_time=max(cue.until("named"), 1.5), rate_func=linear)
            self.wedge.clear_updaters()
            cue.play(Reveal(cone_label), run_time=0.5)
            cue.play(self.wedge.animate(rate_func=rate_functions.there_and_back)
                     .set_fill(opacity=0.55), Indicate(cone_label),
                     run_time=max(cue.until(cue.END), 1.0))
        # The cone's directions written with the nonzero weight's entry = its sign, as g
        # was: the free entry ranges over [−1, 1] (the subgradient definition is left to
        # the chapter on normal cones; a reviewer found it pure words here).
        entries = [free_name, free_name]
        entries[1 - zero] = number(float(sol.normal[1 - zero])).tex
        # Written as the set of subgradients, ∂‖w*‖₁ (a fresh review wanted g named a
        # subgradient).
        subdifferential = MathTex(r"\partial\|w^*\|_1 = \{(" + r",\ ".join(entries) + r") : "
                                  + free_name + r" \in [-1,\ 1]\}", font_size=PANEL_FONT)
        subdifferential.move_to(self.sign_line, aligned_edge=LEFT)
        k = 1 - zero
        gk, gfree = weight(k).text.replace("w", "g"), weight(zero).text.replace("w", "g")
        match_g = float(sol.normal[zero])
        # ∂‖w*‖₁ defined as it first appears (round 27: "∂ is never defined"): the set of
        # subgradients, the cone's directions scaled to the sign entry. Round 76 (review
        # #2): a subgradient defined in plain words where it is first said.
        # The balance line (not shown yet) goes under g's live value: lines appear top-down.
        self.panel_lines.remove(self.kkt)
        self.add_panel_line(g_slider)
        self.add_panel_line(self.kkt)
        with self.cue("{@sub}With " + gk + " = {sign} they fill the dashed segment{@seg}, "
                      + gfree + " in [−1, 1]{@free}: the subgradients {subdiff}{@defn}.",
                      sign=number(float(sol.normal[k])), settle=L1_SETTLE,
                      spoken="{@sub}With g's fixed entry {sign} they fill the dashed "
                      "segment{@seg}, the free entry anywhere from minus one to one{@free}: "
                      "the subgradients of the L1 norm at w-star{@defn}.") as cue:
            # Round 95 (item 1): paced, the planes clause cut (never drawn; item 2).
            paced(cue, chars_per_second=PACE_CHARS_PER_SECOND, at_least=PACE_AT_LEAST)
            # The segment is drawn from the sentence's start, the words naming it are on
            # screen then (a reviewer saw "the dashed segment" read before it was drawn).
            cue.play(Conceal(self.sign_line), Dim(self.edge_normals, factor=0.5), at="sub",
                     run_time=0.3)
            cue.play(Reveal(subdifferential), Create(segment),
                     run_time=max(cue.until("seg"), 1.0))
            cue.play(Reveal(g_slider), run_time=0.4)
            # Round 95 (item 3): along the whole segment, end to end, as g₁'s range is read,
            # then on to regmath's g, where it rests (a review saw it stop at 0 and jump).
            # (the cone's sweep left g at one end: it runs to the other)
            sweep(self, free, start_free, sweeper, g_slider,
                  run_time=max(cue.until("free"), 1.5), rate_func=smooth)
            sweep(self, free, match_g, sweeper, g_slider, run_time=max(cue.until("defn"), 1.0),
                  rate_func=smooth)
            cue.play(Indicate(subdifferential, scale_factor=PANEL_INDICATE),
                     Indicate(segment, color=NORMAL_COLOR, scale_factor=1.0),
                     run_time=max(cue.until(cue.END), 0.6))
        self.cone_parts = dict(free=free, sweeper=sweeper, g_slider=g_slider, segment=segment,
                               subdifferential=subdifferential, match_g=match_g,
                               cone_label=cone_label)

    def cone_condition(self) -> None:
        """After the balance: λg, the pull, lies in the cone, exactly when w* is optimal."""
        sol = self.solution
        parts = self.cone_parts
        g_slider, segment = parts["g_slider"], parts["segment"]
        subdifferential, cone_label = parts["subdifferential"], parts["cone_label"]
        gval = point(sol.normal)
        matched = MathTex(r"g = " + gval.tex, font_size=PANEL_FONT)
        sign_slot = self.panel_lines.index(self.sign_line)
        matched.move_to(self.sign_line, aligned_edge=LEFT)
        # The general condition, boxed: w* is optimal exactly when the pull lies in the
        # normal cone (f convex, the ball convex). A reviewer wanted it as one line.
        optimal_tex = MathTex(r"w^*\ \text{optimal} \iff -\nabla f(w^*) \in N(w^*)",
                              font_size=PANEL_FONT)
        optimal = VGroup(optimal_tex, SurroundingRectangle(
            optimal_tex, color=TEXT_COLOR, buff=BOX_BUFF, stroke_width=2))
        # Under the balance line, which moves up into g's slider's place as the slider goes
        # (round 76: the slider came before the balance line, above it).
        lift = np.array([0.0, float(g_slider.get_center()[1] - self.kkt.get_center()[1]), 0.0])
        optimal.next_to(self.kkt, DOWN, buff=PANEL_GAP, aligned_edge=LEFT).shift(lift)
        # Round 76: g's value was said at the balance; here only where λg lies.
        with self.cue("{@g}So {lam}{g}, the pull, lies inside the cone{@inside}: "
                      "exactly when {w_star} is optimal{@optimal}.",
                      settle=L1_SETTLE,
                      spoken="{@g}So lambda g, the pull, lies inside the cone{@inside}: "
                      "exactly when w-star is optimal{@optimal}.") as cue:
            # ∂‖w*‖₁ and g's value stay while g and the cone are discussed (a fresh review
            # saw ∂‖w*‖₁ for 6 s only); they go, in place, as the condition is written.
            # The push, spent at the balance, leaves.
            cue.play(Indicate(self.g_arrow, color=NORMAL_COLOR),
                     Indicate(g_slider, scale_factor=PANEL_INDICATE),
                     Conceal(self.push), Conceal(self.push_label),
                     run_time=max(cue.until("inside"), 0.8))
            cue.play(Indicate(self.pull, color=GRADIENT_COLOR),
                     self.wedge.animate(rate_func=rate_functions.there_and_back)
                     .set_fill(opacity=0.55), run_time=max(cue.until("optimal"), 1.0))
            # The range and the slider go before the matched g comes (a cross-fade of the
            # two lines overprinted them).
            cue.play(Conceal(g_slider), Conceal(subdifferential), run_time=0.3)
            cue.play(self.kkt.animate.shift(lift), run_time=0.4)
            cue.play(Reveal(matched), Reveal(optimal), run_time=0.5)
            # g has served: the matching g and its segment go, the cone's edges and the
            # faint contours come back.
            cue.play(Indicate(optimal, scale_factor=PANEL_INDICATE), Conceal(self.g_arrow),
                     Conceal(self.g_label),
                     Conceal(segment), Undim(self.edge_normals, factor=0.5),
                     Undim(self.rings_group, factor=0.3),
                     run_time=max(cue.until(cue.END), 1.0))
        self.panel_lines.remove(g_slider)
        self.panel_lines.append(optimal)
        self.optimal = optimal
        self.panel_lines[sign_slot] = matched
        self.cone_label = cone_label
        self.g_line = matched

    @property
    def cone_scale(self) -> float:
        """The subgradients' drawing scale: the pull's (true proportions) when an edge normal
        is then between CONE_MIN and CONE_ARROW · √2 of t long, otherwise the one that makes
        it CONE_ARROW · t long."""
        edge = float(np.linalg.norm(self.solution.normal_cone[0]))
        if CONE_MIN * self.t <= edge * self.scale <= CONE_ARROW * np.sqrt(2.0) * self.t:
            return self.scale
        return CONE_ARROW * self.t / edge

    def get_sweeper(self, solution: Solution, free: float, scale: float) -> Arrow:
        """The subgradient g (free entry ``free``) drawn from w* at ``scale``, over −∇f(w*)."""
        arrow = self.get_arrow(scaled_arrow(solution, corner_subgradient(solution, free),
                                            scale=scale), NORMAL_COLOR, stroke_width=4)
        return arrow.set_z_index(3)

    def show_edge_normal(self) -> None:
        sol = self.solution
        g = point(sol.normal)
        self.g_line = self.add_panel_line(MathTex(
            r"g = " + g.tex, font_size=PANEL_FONT))
        with self.cue("On an edge the diamond has one outward normal, {g} = {gval}{@g}, and the "
                      "pull {neg_grad} points along it.", gval=g,
                      spoken="On an edge the diamond has one outward normal, g = {gval}{@g}, "
                      "and the pull, minus the gradient, points along it.") as cue:
            # The push has done its job (it leaves, as at a corner); w* is marked until g is
            # named. The mid-edge normals have served: this edge's one normal is g.
            cue.play(Conceal(self.push), Conceal(self.push_label), Conceal(self.g_arrow),
                     Conceal(self.g_label),
                     Indicate(self.tangent_dot, color=SOLUTION_COLOR, scale_factor=1.6),
                     run_time=max(cue.until("g"), 1.0))
            cue.play(Reveal(self.g_line), *(Conceal(m) for m in self.mid_normals),
                     *(Conceal(m) for m in self.mid_labels
                       if m not in getattr(self, "gone_labels", [])), at="g")
            cue.play(Indicate(self.pull, color=GRADIENT_COLOR),
                     run_time=max(cue.until(cue.END), 1.0))

    def drag_center(self) -> None:
        crossing = float(self.path.crossing)
        # The second drag's path (g held, λ grown), if the view has room for it: the live
        # lines' slots are sized for both drags.
        ray = corner_ray(self.loss, self.t, self.view) if self.kind == "corner" else None
        self.later_paths = [ray] if ray is not None else []
        # λ live too: it holds at its value on this path, and the viewer sees it hold.
        # The compact panel (corner): g's free entry gets its own live line in g's slot,
        # so that slot is no hole while ŵ moves (round 27).
        live_g = self.compact_panel and self.kind == "corner"
        # pinned_problem: λ is live on the balance line itself, in its slot (a fresh review
        # saw two λ lines, one greyed at 1.84 and one live at 2.76).
        live_kkt = self.pinned_problem and self.kkt is not None
        live = self.live_lines(with_lambda=not live_kkt, with_g=not live_g)
        if live_g:
            live.add(self.live_g_line())
        if live_kkt:
            live.add(self.live_kkt_line())
        stale = [self.found, self.g_line]
        if not self.multiplier_is_constant() and not live_kkt:
            # λ drifts as ŵ moves: the balance line's λ = … holds for the original ŵ only
            # (a reviewer read it as current while ŵ moved).
            stale.append(self.kkt)
        if self.sign_line in self.panel_lines:
            stale.append(self.sign_line)
        cone_parts = [m for m in (getattr(self, "wedge", None), getattr(self, "edge_normals", None),
                                  getattr(self, "cone_label", None)) if m is not None]
        self.wedge_region = self.get_wedge_region(self.corner)
        self.wedge_label = self.get_wedge_label()
        self.relation = self.add_panel_line(MathTex(
            r"\hat w \in w^* + H^{-1} N(w^*)", font_size=PANEL_FONT))
        swap_pull = self.compact_panel and self.pull_line is not None
        if swap_pull:  # in the pull's value's slot (spent: the relation follows from it)
            self.panel_lines.remove(self.relation)
            self.relation.move_to(self.pull_line, aligned_edge=LEFT)
            self.panel_lines[self.panel_lines.index(self.pull_line)] = self.relation
        # pinned_problem: the point form ŵ = w* + H⁻¹λg first, as "Balance gives" says it;
        # the set form comes with "The cone, mapped by H⁻¹" (round 28: it came 2 s early).
        first_form = (MathTex(r"\hat w = w^* + H^{-1}\lambda g", font_size=PANEL_FONT)
                      .move_to(self.relation, aligned_edge=LEFT)
                      if self.pinned_problem else None)
        shown_first = first_form if first_form is not None else self.relation
        # The live lines take the places of the lines they update, ŵ's and w*'s (a
        # reviewer saw a wall of ten lines; the panel now stays within its height).
        self.replaced = [self.data_line, self.found, *([self.g_line] if live_g else []),
                         *([self.kkt] if live_kkt else [])]
        for line, old in zip(live, self.replaced):
            line.move_to(old, aligned_edge=LEFT)
        words = self.drag_words()
        balance_lines = [m for m in (None if swap_pull else self.pull_line, self.kkt)
                         if m is not None]
        with self.cue(words["ask"], spoken=words["ask_spoken"]) as cue:
            # ŵ and H are named again: their lines come back from the cone's dimming.
            # The boxed condition steps back while the wedge is built (at most ~6 bright
            # lines); the verdict brings it back.
            cue.play(Indicate(self.center_marker, scale_factor=1.5),
                     *(Undim(m) for m in (self.data_line, self.h_line) if self.kind == "corner"),
                     *([Dim(self.optimal, factor=PANEL_DIM)] if self.kind == "corner"
                       else []), at="ask")
            # The balance as the words say it: the panel's two lines −∇f(w*) = H(ŵ − w*) and
            # −∇f(w*) = λg, marked together, and the set of such ŵ written as its formula is
            # read (a round-27 review saw it 3–5 s after its words).
            cue.play(*(self.swap_line(self.pull_line, shown_first) if swap_pull
                       else [Reveal(shown_first)]),
                     Indicate(self.pull, color=GRADIENT_COLOR),
                     *(Indicate(m, scale_factor=PANEL_INDICATE) for m in balance_lines),
                     at="gives", run_time=1.0)
            cue.play(Indicate(shown_first, scale_factor=PANEL_INDICATE),
                     run_time=max(cue.until(cue.END), 0.8))
        if swap_pull:
            self.pull_line = None  # gone for good: nothing dims or returns it
        with self.cue(words["wedge"], spoken=words["wedge_spoken"],
                      settle=L1_SETTLE) as cue:
            # Written as its words appear, then marked until the mapping starts (a reviewer
            # wants a formula on screen when its words start).
            has_cone = "{@cone}" in words["wedge"]
            if first_form is not None:
                cue.play(*self.swap_line(first_form, self.relation),
                         run_time=max(cue.until("cone" if has_cone else "mapped"), 0.5))
            else:
                cue.play(Indicate(self.relation, scale_factor=PANEL_INDICATE),
                         run_time=max(cue.until("cone" if has_cone else "mapped"), 0.5))
            if self.kind == "corner" and getattr(self, "wedge", None) is not None:
                # A copy of the cone N(w*) is carried by H⁻¹ from w* (a fresh review: the
                # yellow cone never visibly turned into the grey wedge; only two lines were
                # drawn): its directions g go to M(τ)g, M(τ) = (1 − τ)I + τH⁻¹, its radius
                # grows to the view's room, its colour turns from the cone's to the wedge's;
                # the cone itself stays in place, a ghost (regmath.sparsity.carried_fan).
                sol = self.solution
                hessian = self.loss.hessian
                normals = sol.normal_cone
                cone_radius = self.cone_fill_length
                room = carried_room(hessian, sol.point, normals, self.view,
                                    preferred=4.0 * max(self.view.width, self.view.height))
                carry = ValueTracker(0.0)

                def fan_points() -> np.ndarray:
                    tau = min(max(carry.get_value(), 0.0), 1.0)
                    length = carried_reach(sol.point, self.loss.center, room, amount=tau,
                                           start=cone_radius)
                    return to_scene(self.axes, carried_fan(hessian, sol.point, normals,
                                                           amount=tau, length=length))

                fan = VMobject(stroke_color=CONE_COLOR, stroke_width=2.5, fill_color=CONE_COLOR,
                               fill_opacity=0.35, z_index=0)
                fan.set_points_as_corners(fan_points())

                def follow_fan(m: VMobject) -> None:
                    tau = min(max(carry.get_value(), 0.0), 1.0)
                    colour = interpolate_color(CONE_COLOR, CENTER_COLOR, tau)
                    m.set_points_as_corners(fan_points())
                    m.set_fill(colour, opacity=0.35 + tau * (WEDGE_OPACITY - 0.35))
                    # Its outline fades as it turns into the (unstroked) wedge: at full
                    # opacity its last sweep struck N(w*) and ŵ (round 27's layout report).
                    m.set_stroke(colour, opacity=1.0 - 0.8 * tau)

                cue.play(Indicate(self.wedge, color=CONE_COLOR, scale_factor=1.0),
                         *(Indicate(m, color=CONE_COLOR) for m in self.edge_normals),
                         run_time=0.5)
                self.add(fan)
                fan.add_updater(follow_fan)
                # At least MAP_SECONDS: the step that carries the lesson (a fresh review
                # found 1.5 s too fast to follow).
                sweep(self, carry, 1.0, fan, run_time=max(cue.until("mapped"), MAP_SECONDS),
                      rate_func=smooth)
                fan.clear_updaters()
                # The carried fan becomes the shaded wedge (cut by the view's frame) as
                # "is the shaded wedge" is read.
                # Round 28: the cone's fill leaves as the wedge comes (a fresh review saw two
                # cones overlap at w*, one of directions, one of places); its edges stay.
                fill_leaves = [self.wedge] if self.cone_fill_leaves else []
                for m in fill_leaves:
                    cone_parts.remove(m)
                self.cone_fill_gone = bool(fill_leaves)
                cue.play(Reveal(self.wedge_region), *(Reveal(m) for m in self.wedge_label),
                         Conceal(fan), *(Conceal(m) for m in fill_leaves),
                         at="shade" if "{@shade}" in words["wedge"] else None,
                         run_time=max(cue.until("wedge"), 0.8))
            else:
                cue.play(Reveal(self.wedge_region, run_time=max(cue.until("ours"), 1.0)),
                         at="wedge")
            # Where our ŵ is, as the words say it (a reviewer missed it in the wedge).
            cue.play(Indicate(self.center_marker, scale_factor=1.6), at="ours",
                     run_time=max(cue.until(cue.END), 1.0))
        with self.cue(words["inside"], spoken=words["inside_spoken"]) as cue:
            # The lines the live lines replace go first, then the live ones come (a reviewer
            # saw the two cross-fade into an unreadable overprint).
            # Quickly, in place: a reviewer saw the column "reflow" while the two slots
            # stood empty for over a second (the live lines came with the drag's start).
            # The pull's label too: the moving contour ran through it for 15 s (round 27's
            # layout report); the arrow stays, named by its colour, and the label returns
            # with ŵ.
            self.play(*(Conceal(m) for m in self.replaced), Conceal(self.pull_label),
                      run_time=0.25)
            self.play(*(Reveal(line) for line in live), run_time=0.3)
            self._replaced_gone = True  # stale_step: nothing left to fade for these
            followers = [m for m in (*self.start_drag(VGroup(), stale), *live)
                         if m is not self.pull_label]
            # Concealed, it stays off screen (a follower is brought back to the front).
            self.pull_label.clear_updaters()
            self._replaced_gone = False
            # The lines under the stale ones move up into their slots (a fresh review saw a
            # two-line hole in the column while ŵ moved); they move back as those return.
            # The lines under them stay in place (a fresh review saw rows jump while ŵ
            # moved): rows fade in and out in their slots, never shift (round 26).
            lifted: list[VMobject] = []
            lift = 0.0
            # Most of the way to the wedge's edge; the last stretch under the words that
            # say it (a round-27 review saw ŵ reach the edge 3–5 s before "leaves the wedge").
            sweep(self, self.drag, APPROACH_SHARE * crossing, *followers,
                  run_time=cue.until(cue.END), rate_func=linear)
        corner_cone = [m for m in cone_parts if self.kind == "corner"]
        with self.cue(words["leave"], spoken=words["leave_spoken"],
                      zero=weight_star(self.zero_at_corner())) as cue:
            sweep(self, self.drag, crossing, *followers,
                  run_time=max(cue.until("off") - 1.0, 1.0), rate_func=linear)
            cue.play(Flash(self.tangent_dot, color=CONE_COLOR), Circumscribe(live[1], fade_out=True),
                     run_time=max(cue.until("off"), 0.8))
            if corner_cone:
                # ŵ holds on the wedge's edge until the words say "Beyond it" (a reviewer saw
                # w* leave the corner while the words were still at the edge).
                cue.wait_until("off")
                # The cone and its label N(w*) belong to the corner: once w* leaves it they
                # would name a point w* no longer is, so they go while w* is away.
                cue.play(*(Conceal(m) for m in corner_cone), run_time=0.5)
            sweep(self, self.drag, 1.0, *followers, run_time=max(cue.until(cue.END), 2.5),
                  rate_func=linear)
        # The second drag (a fresh review: "the whole region" was shown only along a line):
        # from the corner, g held and λ grown, ŵ moves outward and w* stays on the corner.
        ray = self.later_paths[0] if self.later_paths else None
        if ray is not None:
            # One caption for the way back and the second drag (round 27: cuts to pay for
            # the ridge ending).
            with self.cue("{w_hat} back{@home}; now hold {g} and grow {lam}{@grow}: {w_hat} "
                          "moves outward, {w_star} stays exactly on the corner{@stay}.",
                          spoken="w-hat back{@home}; now hold g and grow lambda{@grow}: w-hat "
                          "moves outward, w-star stays exactly on the corner{@stay}.") as cue:
                # Round 30 (review #4): ŵ goes back along its drawn path, slowly (it read as
                # a snap in 1.5 s), while "ŵ back" is read; the path leaves once it is home.
                # (Clipped to the view: a lecturer's ŵ may leave it; the variant "on-axis".)
                trace = VGroup(*(dashed(self.axes, piece, stroke_color=CENTER_COLOR,
                                        stroke_width=2.5, stroke_opacity=0.8)
                                 for piece in clip_polyline(
                                     self.path.at(np.linspace(0.0, 1.0, 81)), self.view)))
                traced = [trace] if len(trace) else []
                if traced:
                    cue.play(Reveal(trace), run_time=0.3)
                sweep(self, self.drag, 0.0, *followers,
                      run_time=max(cue.until("home"), BACK_SECONDS), rate_func=smooth)
                cue.play(*(Reveal(m) for m in corner_cone), *(Conceal(m) for m in traced),
                         run_time=0.5)
                # The same followers ride the ray: the live lines read ŵ(s) and the solver's
                # w*, λ and g₁ through self.path, which is now the ray (it starts at ŵ).
                self.path, exit_path = ray, self.path
                self._state = None
                # λ changes on this path: the balance line's λ = … holds for the original ŵ
                # only, so it steps back while ŵ moves (the live line carries λ).
                # (Dimmed in the compact panel: its slot is no hole.)
                kkt_steps = ([Dim(self.kkt) if self.compact_panel else self.stale_step(self.kkt)]
                             if self.kkt is not None and self.kkt not in stale
                             and not live_kkt else [])
                cue.play(Indicate(live[-1 if live_kkt else 1], scale_factor=PANEL_INDICATE),
                         *kkt_steps, until="grow")
                sweep(self, self.drag, 1.0, *followers,
                      run_time=max(cue.until("stay"), 2.0), rate_func=smooth)
                cue.play(Flash(self.tangent_dot, color=CONE_COLOR),
                         Indicate(live[-1 if live_kkt else 1], scale_factor=PANEL_INDICATE),
                         run_time=max(cue.until(cue.END), 1.0))
            back_words = "Back to our {w_hat}{@back}.{@cone}"
        else:
            back = ("corner{@home}, with its cone and the faint contours{@cone}."
                    if self.kind == "corner" else "edge{@home}, with the faint contours{@cone}.")
            back_words = "Bring {w_hat} back{@back}: {w_star} returns to the " + back
        with self.cue(back_words) as cue:
            sweep(self, self.drag, 0.0, *followers,
                  run_time=(max(cue.until("home"), 2.5) if ray is None
                            else max(cue.until("back"), 1.2)))
            if ray is not None:
                self.path = exit_path
                self._state = None
            for follower in followers:
                follower.clear_updaters()
            # The lines of the original ŵ come back, with the cone and the faint contours,
            # slowly and as the words name them.
            stale = self._with_pull_line(stale)
            if (ray is not None and self.kkt is not None and self.kkt not in stale
                    and not live_kkt):
                stale.append(self.kkt)  # stepped back during the second drag
            # The live lines go before the lines they replaced come back (a cross-fade of
            # the two overprinted them).
            # The lines swap back in place at once (no empty slots), then the rest returns.
            cue.play(*(Conceal(line) for line in live),
                     *(m.animate.shift(DOWN * lift) for m in lifted), at="cone", run_time=0.25)
            cue.play(*(Reveal(m) for m in self.replaced), run_time=0.3)
            cue.play(*(Undim(m) for m in (self.data_line, *stale) if m not in self.replaced),
                     Reveal(self.rings_group), Reveal(self.pull_label),
                     *(Reveal(m) for m in corner_cone if ray is None),
                     run_time=max(cue.until(cue.END), 1.1 if ray is None else 0.5))

    def live_kkt_line(self) -> Readout:
        """The balance line with λ live (pinned_problem: the one λ line while ŵ moves),
        slots wide enough for both drags."""
        along = self.along_path()
        for extra in getattr(self, "later_paths", []):
            path, self.path = self.path, extra
            along = [*along, *self.along_path()]
            self.path = path
        largest = max(sol.multiplier for sol in along)
        template = (r"-\nabla f(w^*) = \lambda g,\quad \lambda = "
                    + number_format(largest, max(decimals_for(largest), 1)) + r" \ge 0")
        line = Readout(template, float(self.solution.multiplier), font_size=PANEL_FONT - 2)
        line.add_updater(lambda r: r.set_values(float(self.state()[1].multiplier)))
        return line

    def live_g_line(self) -> Readout:
        """"g = (g₁, 1)" with the free entry live (the compact panel's g slot while ŵ
        moves): the solver's g for the current ŵ."""
        k = self.zero_at_corner()
        along = self.along_path()
        negative = any(sol.normal[k] < 0.0 for sol in along)
        # (pinned_problem: as many decimals as the fixed g line, 0.435 not 0.43.)
        entries = [number_format(1.0, 3 if self.pinned_problem else 2, signed=negative,
                                 plus=not self.compact_readouts), ""]
        entries[1] = number(float(self.solution.normal[1 - k])).tex.replace("{", "{{").replace(
            "}", "}}")
        if k == 1:
            entries.reverse()
        line = Readout(r"g = (" + entries[0] + r",\ " + entries[1] + ")",
                       float(self.solution.normal[k]), font_size=PANEL_FONT - 2,
                       exact_integers=self.pinned_problem)
        line.add_updater(lambda r: r.set_values(float(self.state()[1].normal[k])))
        return line

    def drag_words(self) -> dict[str, str]:
        """Captions and spoken forms of the drag's beats: which ŵ land on the corner, the
        move inside that set, and the crossing."""
        k = self.zero_at_corner()
        gk = weight(k).text.replace("w", "g")
        if self.kind == "corner":
            words = {
                # One formula, then the mapping (a fresh review found the middle too
                # dense: "At w*, H(ŵ − w*) = −∇f(w*) = λg" only re-marked the panel's lines).
                "ask": "Which {w_hat} put {w_star} on this corner{@ask}? {@gives}Balance "
                       "gives {w_hat} = {w_star} + {H}⁻¹{lam}{g}{@balance}.",
                "ask_spoken": "Which w-hats put w-star on this corner{@ask}? {@gives}Balance "
                              "gives w-hat = w-star plus H-inverse lambda g{@balance}.",
                "wedge": "{@set}The cone{@cone}, mapped by {H}⁻¹ and placed at {w_star}"
                         "{@mapped}, {@shade}is the shaded wedge{@wedge}. Our {w_hat} lies in "
                         "it{@ours}.",
                "wedge_spoken": "{@set}The cone{@cone}, mapped by H-inverse and placed at "
                                "w-star{@mapped}, {@shade}is the shaded wedge{@wedge}. Our w-hat "
                                "lies in it{@ours}.",
            }
        else:
            # w* is on an edge: the wedge is the nearest corner's, drawn at that corner, and
            # our ŵ is outside it (inside, w* would be the corner). A lecturer's pass found
            # "placed at w*… Our ŵ lies in it" here, false on both counts.
            words = {
                "ask": "Which {w_hat} would put {w_star} on the nearest corner{@ask}? "
                       "{@gives}There, {H}({w_hat} − corner) = {neg_grad} = {lam}{g}{@balance}.",
                "ask_spoken": "Which w-hats would put w-star on the nearest corner{@ask}? "
                              "{@gives}There, "
                              "H times w-hat minus the corner is minus the gradient, which is "
                              "lambda g{@balance}.",
                "wedge": "{@set}So {w_hat} = corner + {lam}{H}⁻¹{g}, with {lam}{g} in the "
                         "corner's cone: the cone mapped by {H}⁻¹ and placed at the corner"
                         "{@mapped}, the shaded wedge{@wedge}. Our {w_hat} lies outside it"
                         "{@ours}.",
                "wedge_spoken": "{@set}So w-hat is the corner plus lambda H-inverse g, with "
                                "lambda g in the corner's cone: the cone mapped by H-inverse and "
                                "placed at the corner{@mapped}, the shaded wedge{@wedge}. Our "
                                "w-hat lies outside it{@ours}.",
            }
        if self.kind == "corner":
            words |= {
                # The path is chosen to keep λ (regmath.center_paths.corner_exit): said, as
                # a choice made for the picture (a reviewer read "on a path that keeps λ" as
                # the reason w* stays), so that "only g₁ changes" is not read as true of every
                # move. "Changes", not "the direction turns": g₁ is an entry, and with λ held
                # the pull's length changes too (a reviewer's point).
                # One phrasing for the choice, said once as ŵ starts to move (a reviewer
                # heard two).
                # (": the pull tilts within the cone" cut for length: the picture shows it.)
                # λ and g₁ are no knobs (a fresh review): they say where ŵ sits.
                # One caption (round 26: density; the "not knobs" aside cut).
                "inside": "Move {w_hat}, holding {lam} fixed: {w_star} stays exactly on the "
                          "corner, and only " + gk + " changes.",
                "inside_spoken": "Move w-hat, holding lambda fixed: w-star stays exactly on "
                                 "the corner, and only g's free entry changes.",
                "leave": "{w_hat} leaves the wedge as {neg_grad} reaches the cone's edge, "
                         f"{gk} = {number(float(self.state(1.0)[1].normal[k])).text}. "
                         "{@off}Beyond it, {w_star} slides along the diamond's edge: both "
                         "weights are nonzero.",
                "leave_spoken": "w-hat leaves the wedge as minus the gradient reaches the "
                                "cone's edge. {@off}Beyond it, w-star slides along the diamond's "
                                "edge: both weights are nonzero.",
            }
            return words
        return words | {
            "inside": "Now move {w_hat} towards the wedge (the faint contours step "
                      "aside): {w_star} slides along the edge...",
            "inside_spoken": "Now move w-hat towards the wedge; the faint contours step "
                             "aside. w-star slides along the edge...",
            "leave": "...until {w_hat} enters the wedge and {w_star} reaches the corner, where "
                     "{zero} = 0 exactly{@off}. From there on it stays: {neg_grad} is inside the "
                     "corner's normal cone.",
            "leave_spoken": "...until w-hat enters the wedge and w-star reaches the corner, where "
                            "{zero} = 0 exactly{@off}. From there on it stays: minus the "
                            "gradient is inside the corner's normal cone.",
        }

    def stale_step(self, mobject: VMobject) -> Any:
        # The lines a live line replaces go (or have gone already); the others go too: their
        # values (−∇f(w*) = (0.800, 1.840), g = (0.435, 1)) are false for the moved ŵ, and a
        # fresh review read them, dimmed, as claims the picture contradicts. The live lines
        # carry the current values; the old lines come back when ŵ is home.
        if (mobject in getattr(self, "replaced", [])
                and getattr(self, "_replaced_gone", False)):
            return Animation(VMobject())  # a Conceal of a removed line would flash it
        return Conceal(mobject)

    def multiplier_is_constant(self) -> bool:
        """Whether λ stays the same all along the drag (it does on corner_exit's paths)."""
        values = [sol.multiplier for sol in self.along_path()]
        return max(values) - min(values) <= 1e-9 * max(max(values), 1e-300)

    def zero_at_corner(self) -> int:
        """The weight that is zero at the corner of the story."""
        return int(np.flatnonzero(self.corner == 0.0)[0])

    def show_verdict(self) -> None:
        zero = self.zero_at_corner()
        if self.kind == "corner":
            line = rf"\Rightarrow\ {weight_star(zero).tex} = 0\ \text{{exactly}}"
            words = ("A whole region of {w_hat}, this wedge{@region}, gives {zero} = 0 exactly"
                     "{@verdict}: {w_hat} need not be special{@sparse}.")
        else:
            line = r"\text{on an edge: no weight is } 0"
            words = ("For this {w_hat} the touch is on an edge{@edge}, so no weight is zero. "
                     "Every {w_hat} in the shaded wedge, a whole region{@region}, would put "
                     "{zero} at exactly 0{@verdict}{@sparse}.")
        # The verdict follows from the wedge's line, on that line (a reviewer found the panel
        # reaching into the caption band), unless it would leave the frame.
        verdict = MathTex(line, font_size=PANEL_FONT).next_to(self.relation, RIGHT,
                                                               buff=VERDICT_GAP)
        if verdict.get_right()[0] > config.frame_width / 2 - FRAME_EDGE:
            verdict = self.add_panel_line(verdict)
            self.verdict_line = verdict
        else:
            self.verdict_beside = [verdict]
        # The lines the verdict no longer needs step back: at most six bright lines.
        spent = [m for m in (self.pull_line, self.g_line) if m is not None]
        # (pinned_problem: the boxed condition comes back with the verdict, not as "this
        # wedge" is read: a fresh review saw the box marked instead of the wedge.)
        box_back = [Undim(self.optimal)] if self.kind == "corner" else []
        with self.cue(words, zero=weight_star(zero)) as cue:
            cue.play(*(Dim(m, factor=PANEL_DIM) for m in spent),
                     *(() if self.pinned_problem else box_back), run_time=0.5)
            if self.kind != "corner":
                cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR),
                         Indicate(self.found, scale_factor=PANEL_INDICATE), at="edge")
            # The wedge brightens and back as the words name it (an Indicate of a fill was
            # read as nothing happening).
            cue.play(self.wedge_region.animate(rate_func=rate_functions.there_and_back)
                     .set_fill(opacity=0.6 if self.pinned_problem else 0.45), at="region",
                     run_time=1.5)
            cue.play(Reveal(verdict), Indicate(self.found, scale_factor=PANEL_INDICATE),
                     *(box_back if self.pinned_problem else ()), at="verdict")
            if self.kind == "corner":
                # "ŵ need not be special": ŵ is marked as the words say it (the frame stood
                # still for 4 s here).
                cue.play(Indicate(self.center_marker, scale_factor=1.4),
                         run_time=max(cue.until("sparse") - 0.05, 0.8))
            cue.play(Indicate(verdict, color=NORMAL_COLOR, scale_factor=PANEL_INDICATE),
                     at="sparse", run_time=max(cue.until(cue.END), 1.0))
        self.link_penalty()
        self.contrast_circle()
        self.wait(END_HOLD)
        self.verdict = VGroup(self.relation, verdict)

    def link_penalty(self) -> None:
        """The penalized lasso (a fresh review): the same w* minimizes f(w) + λ‖w‖₁ with the
        λ read at the balance, said when regmath's penalized solution is this w*."""
        sol = self.solution
        lam = float(sol.multiplier)
        if not lam > 0.0 or not np.allclose(penalized(self.loss, norm="l1", strength=lam).point,
                                            sol.point, rtol=0.0, atol=1e-9 * self.t):
            return
        lam_text = number(lam)
        line = MathTex(r"w^* = \arg\min_w\ f(w) + " + lam_text.tex + r"\,\|w\|_1",
                       font_size=PANEL_FONT)
        # In the slot of g's spent line, just above λ's (the panel is full to the caption
        # strip): g's line goes as this one comes.
        slot = self.g_line
        fit_to_frame(line.move_to(slot, aligned_edge=LEFT))
        self.panel_lines[self.panel_lines.index(slot)] = line
        # Round 30 (review #6, shown not told): the penalized problem's condition,
        # 0 ∈ ∇f(w*) + λ∂‖w*‖₁, is the balance line −∇f(w*) = λg with g ∈ ∂‖w*‖₁: written
        # under it and lit with it in one colour. In the verdict's row (spent by then).
        condition = MathTex(r"0 \in \nabla f(w^*) + \lambda\,\partial\|w^*\|_1", r"\iff",
                            r"-\nabla f(w^*) = \lambda g", font_size=PANEL_FONT)
        # In the verdict's slot (spent: the relation and its ⇒ w* = 0), not a tenth row.
        below = getattr(self, "verdict_line", None)
        relation = getattr(self, "relation", None)
        if below is not None:
            condition.move_to(below, aligned_edge=LEFT)
        elif relation is not None and relation in self.panel_lines:
            condition.move_to(relation, aligned_edge=LEFT)
            below = VGroup(relation, *getattr(self, "verdict_beside", []))
        else:
            condition.next_to(self.panel_lines[-1], DOWN, buff=PANEL_GAP, aligned_edge=LEFT)
        fit_to_frame(condition)
        # Round 76 (review #7): not against the frame's edge (it ended 25 px from it).
        room = config.frame_width / 2 - CONDITION_EDGE - float(condition.get_left()[0])
        if condition.width > room:
            condition.scale(room / condition.width, about_edge=LEFT)
        with self.cue("The same {w_star} minimizes the penalized f(w) + {lam}‖w‖₁, {lam} = "
                      "{lam_value} at t = {tval}{@pen}: {@cond}its condition is our "
                      "balance{@same}.", lam_value=lam_text, tval=number(self.t),
                      spoken="The same w-star minimizes the penalized f of w plus lambda times "
                      "the L1 norm of w, lambda = {lam_value} at t = {tval}{@pen}: {@cond}its "
                      "condition is our balance{@same}.") as cue:
            cue.play(Conceal(slot), *([Conceal(below)] if below is not None else []),
                     run_time=0.3)
            cue.play(Reveal(line), run_time=max(cue.until("pen") - 0.8, 0.6))
            cue.play(Indicate(line, scale_factor=PANEL_INDICATE), Indicate(self.found,
                     scale_factor=PANEL_INDICATE), run_time=max(cue.until("cond"), 0.8))
            cue.play(Reveal(condition), run_time=max(cue.until("same") - 1.2, 0.6))
            marks = [condition[0], condition[2]]
            if self.kkt is not None:
                marks.append(self.kkt)
            cue.play(*(Indicate(m, color=NORMAL_COLOR, scale_factor=PANEL_INDICATE)
                       for m in marks), run_time=max(cue.until(cue.END), 1.4))

    def place_free(self, label: VMobject, anchors: list[np.ndarray], sides: tuple,
                   obstacles: list[VMobject], *, minor: list[VMobject] = (),
                   labels: list[VMobject] = (), buffs: tuple[float, ...] = (0.12, 0.3),
                   margin: float = 0.05) -> bool:
        """``label`` beside the first anchor, side and gap where no line of ``obstacles`` runs
        through it and no box of ``labels`` meets it, kept inside the plot; else the first
        place. Whether a clear place was found (layout only)."""
        # The obstacles' lines sampled once for every place tried (each test sampled them
        # again: a fifth of a `regviz watch` still of L1Tangency).
        samples = stroke_samples(obstacles)
        for anchor in anchors:
            for buff in buffs:
                for side in sides:
                    place_clear(label, anchor, side, [*obstacles, *labels], minor=minor,
                                buff=buff)
                    self.inside_plot(label)
                    if not self.strikes(label, obstacles, margin, samples=samples) and not any(
                            boxes_meet(label, m, gap=LABEL_GAP) for m in labels):
                        return True
        place_clear(label, anchors[0], sides[0], [*obstacles, *labels], minor=minor,
                    buff=buffs[0])
        self.inside_plot(label)
        return False

    def contrast_circle(self) -> None:
        """The L2 contrast, shown (round 27: "told not shown"): the board is cleared of the
        lasso's cone, normals, pull and labels; ridge's ball ‖w‖₂ ≤ t is drawn with the
        contour that first touches it for our ŵ (regmath's L2 solution for the same data)
        and the touch; the touch's one normal g = w*/‖w*‖₂ is drawn and carried by H⁻¹
        (regmath.sparsity.carried_tips) onto the one ray of ŵ that keep this touch
        (regmath.ray_fan.circle_point_ray), beside the lasso's wedge; then the closing line.
        At most five labels on the plot. At a corner only."""
        if self.kind != "corner" or not self.center_shown:
            return
        ridge = constrained(self.loss, norm="l2", radius=self.t)
        touch = ridge.point
        ray = circle_point_ray(self.loss.hessian, touch, self.view)
        if ray is None or not ridge.active:
            return
        both = not ridge.zero_weights
        l2 = BALL_COLORS["l2"]
        # Round 28: ridge's whole ball, lightly filled like the diamond (a fresh review saw
        # only a dashed half-circle), and the title and the panel name the ridge problem.
        disk = ball_shape(self.axes, "l2", self.t, samples=self.contour_samples,
                          stroke_width=3)
        disk[0].set_fill(opacity=RIDGE_DISK_OPACITY)
        ghost = disk[1]
        # The whole circle (review r30: an outline cut short at the tick numbers it crosses
        # read as a broken circle); the numbers read over it on a dark outline instead.
        for number_ in self.tick_numbers():
            legible(number_)
        ridge_title = Tex(TITLE["l2"], font_size=40).move_to(self.title, aligned_edge=LEFT)
        # Round 30 (review #1): the panel becomes ridge's as the title does. The lasso's
        # rows leave and ridge's come, every value regmath's L2 solution: the ball, w* and
        # f(w*), the balance −∇f(w*) = μg with g = w*/‖w*‖₂ (regmath's unit normal; checked
        # here, else no balance rows), and the one ray of ŵ.
        mu = float(ridge.multiplier)
        unit = touch / float(np.linalg.norm(touch))
        balance_holds = bool(np.allclose(ridge.normal, unit, rtol=0.0, atol=1e-9)
                             and np.allclose(-np.asarray(ridge.gradient), mu * unit,
                                             rtol=1e-9, atol=1e-9 * max(mu, 1.0)))
        panel_left = self.plot_frame.get_right()[0] + 0.05
        lasso_rows = [m for m in self.mobjects
                      if isinstance(m, VMobject) and m is not self.title
                      and m.family_members_with_points()
                      and float(m.get_left()[0]) > panel_left
                      and float(m.get_top()[1]) < float(self.title.get_bottom()[1])
                      and any(float(x.get_fill_opacity()) > 0.01
                              or float(x.get_stroke_opacity()) > 0.01
                              for x in m.family_members_with_points()
                              if isinstance(x, VMobject))]
        ridge_texts = [r"\|w\|_2 \le " + number(self.t).tex + r"\ \text{(ridge)}",
                       r"w^*_{\text{ridge}} = " + point(touch).tex + r",\ f = "
                       + number(ridge.level).tex]
        if balance_holds:
            ridge_texts += [r"g = w^*/\|w^*\|_2",
                            r"-\nabla f(w^*) = \mu g,\ \mu = " + number(mu).tex,
                            r"\hat w \in w^* + \mu H^{-1} g\ \text{(one ray)}"]
        ridge_rows: list[VMobject] = []
        above: VMobject = self.title
        for k, tex in enumerate(ridge_texts):
            row = MathTex(tex, font_size=PANEL_FONT,
                          color=l2.interpolate(TEXT_COLOR, 0.35) if k == 0 else TEXT_COLOR)
            row.next_to(above, DOWN, buff=PANEL_GAP + (0.12 if above is self.title else 0.0),
                        aligned_edge=LEFT)
            row.align_to(self.title, LEFT)
            fit_to_frame(row)
            ridge_rows.append(row)
            above = row
        ridge_problem = ridge_rows[0]
        ridge_contour = self.get_contour(self.loss, ridge.level)
        # Round 76 (review #4): larger, over the contours, beside the lasso's red w*.
        dot = marker(to_scene(self.axes, touch), l2, radius=0.095).set_z_index(LABEL_ABOVE_CONE)
        line = polyline(self.axes, ray, stroke_color=l2, stroke_width=4)
        # The normal g = w*/‖w*‖₂ (regmath's unit normal), drawn as long as the cone's
        # normals were, then carried by M(τ) = (1 − τ)I + τH⁻¹ onto the ray's direction.
        length = CONE_ARROW * self.t
        normal = np.asarray(ridge.normal, dtype=float).reshape(1, 2)
        carry = ValueTracker(0.0)

        def tip() -> np.ndarray:
            return carried_tips(self.loss.hessian, touch, normal,
                                amount=min(max(carry.get_value(), 0.0), 1.0), length=length)[0]

        g_arrow = MovingArrow(to_scene(self.axes, touch), to_scene(self.axes, tip()),
                              color=NORMAL_COLOR, stroke_width=4).set_z_index(3)
        final_tip = carried_tips(self.loss.hessian, touch, normal, amount=1.0, length=length)[0]
        g_path = polyline(self.axes, np.array([touch, final_tip]))
        font = CONTRAST_LABEL_FONT
        # The labels a little lighter than the ridge colour: small text on the dark plot.
        l2_text = l2.interpolate(TEXT_COLOR, 0.35)
        # (Round 28: no label on the ball; the title and the panel's line name it.)
        # ≠ set as one MathTex part without the dark outline: the outline of "=" cut the
        # slash in two (round 27: "the ≠ glyph's slash renders broken").
        # Two short lines, to fit beside the dot (round 28: no leader across the diamond).
        dot_label = legible(VGroup(
            MathTex(r"\text{ridge } w^*\text{:}", font_size=font, color=l2_text),
            MathTex(r"\text{both}", r"\neq", r"0", font_size=font, color=l2_text) if both
            else MathTex(r"\text{one weight} = 0", font_size=font, color=l2_text)).arrange(
                DOWN, aligned_edge=LEFT, buff=0.06))
        if both:
            dot_label[1][1].set_stroke(width=0, background=True)
        g_label = legible(MathTex("g", font_size=32, color=NORMAL_COLOR))
        ray_label = legible(VGroup(*(Tex(s, font_size=font, color=l2_text) for s in (
            r"$\hat w$ keeping this touch:", r"one ray (no area)"))).arrange(
                DOWN, aligned_edge=LEFT, buff=0.06))
        for m in (dot_label, ray_label, g_label):
            m.add_background_rectangle(color=BACKGROUND, opacity=PULL_LABEL_BOX_OPACITY,
                                       buff=0.04)
            m.set_z_index(LABEL_ABOVE_CONE + 1)
        # The board cleared first (round 27): the cone N(w*), its normals, the pull, the
        # arrows' note, the wedge's label and the lasso's w* label go; the lasso's touching
        # contour steps back; the diamond, its wedge of ŵ and ŵ stay for the contrast.
        spent = [m for m in (None if getattr(self, "cone_fill_gone", False)
                             else getattr(self, "wedge", None),
                             getattr(self, "edge_normals", None),
                             getattr(self, "cone_label", None), self.pull, self.pull_label,
                             self.scale_note, self.tangent_label, *self.wedge_label)
                 if m is not None]
        later = [ghost, ridge_contour, dot, line, g_path]
        base = [self.ball, self.center_marker, self.tangent_dot, self.plot_frame, self.axes,
                *self.tick_numbers()]
        # The plot's corners last: an empty corner with a leader beats a crowded touch.
        corners = [self.plot_frame.get_corner(c) for c in (DOWN + RIGHT, DOWN + LEFT,
                                                            UP + RIGHT, UP + LEFT)]
        sides = (DOWN + RIGHT, RIGHT, UP + RIGHT, DOWN, UP, LEFT, DOWN + LEFT, UP + LEFT)
        # ridge's w* beside its dot (round 28: a leader across the diamond read badly).
        # Never on the lasso corner's side (it read as the red w*'s label): beside the dot,
        # else right of the ball with a short leader (layout only).
        right_sides = (RIGHT, DOWN + RIGHT, UP + RIGHT, DOWN, UP)
        self.place_free(dot_label, [dot.get_center(), dot.get_center() + 1.1 * RIGHT
                                    + 0.6 * DOWN, dot.get_center() + 1.5 * RIGHT],
                        right_sides, [*base, *later], buffs=(0.12, 0.2, 0.3))
        side = dot_label.get_critical_point(self.arrow_direction_to(dot_label.get_center(),
                                                                    dot.get_center()))
        leader = VMobject(stroke_color=l2_text, stroke_width=1.5).set_points_as_corners(
            [side, dot.get_center()])
        far = float(np.linalg.norm((side - dot.get_center())[:2])) > 0.25
        along = self.arrow_direction(g_arrow)
        self.place_free(g_label, [g_arrow.get_end()], (np.array([-along[1], along[0], 0.0]),
                                                        np.array([along[1], -along[0], 0.0]),
                                                        along, -along),
                        [*base, *later, g_arrow, *([leader] if far else [])],
                        labels=[dot_label])
        # Round 76 (review #4): g, as H⁻¹ turns it onto the ray, is named H⁻¹g (its label
        # beside the turned arrow's far half, layout only).
        turned_label = legible(MathTex(r"\mu H^{-1}g", font_size=30, color=NORMAL_COLOR))
        turned_label.add_background_rectangle(color=BACKGROUND,
                                              opacity=PULL_LABEL_BOX_OPACITY, buff=0.04)
        turned_label.set_z_index(LABEL_ABOVE_CONE + 1)
        turned_end = to_scene(self.axes, final_tip)
        turned_along = self.arrow_direction_to(to_scene(self.axes, touch), turned_end)
        turned_across = np.array([-turned_along[1], turned_along[0], 0.0])
        self.place_free(turned_label, [turned_end, 0.5 * (turned_end + dot.get_center())],
                        (turned_across, -turned_across, turned_along),
                        [*base, *later, *([leader] if far else [])],
                        labels=[dot_label, self.center_label])
        self.place_free(ray_label, [*(line.point_from_proportion(a)
                                      for a in (0.8, 0.65, 0.9, 0.5)), *corners],
                        sides, [*base, *later, *([leader] if far else [])],
                        labels=[dot_label])
        # ŵ lies on the ray (the touch is its ridge solution): its label, if the ray runs
        # through it, fades to a clear place beside ŵ as the ray is drawn (no jump).
        hat_place = None
        if self.strikes(self.center_label, [line], margin=HAT_BACKING_MARGIN):
            moved = self.center_label.copy()
            for place in (UP + LEFT, UP, LEFT, DOWN + RIGHT, DOWN, RIGHT):
                moved.next_to(self.center_dot, place, buff=0.1)
                if (not self.strikes(moved, [line, ridge_contour, ghost],
                                     margin=HAT_BACKING_MARGIN)
                        and not any(boxes_meet(moved, m, gap=LABEL_GAP)
                                    for m in (ray_label, dot_label))
                        and np.allclose(self.inside_plot(moved.copy()).get_center(),
                                        moved.get_center())):
                    hat_place = moved.get_center()
                    break
        # The closing line, in the slot of the problem's two lines (spent, dimmed since the
        # cone): the lesson in two lines.
        closing = VGroup(*(Tex(s, font_size=PANEL_FONT) for s in (
            r"L1: corner $\to$ a wedge of $\hat w$ $\to$ exact zeros",
            r"L2: smooth $\to$ a ray of $\hat w$ $\to$ almost never $0$"))).arrange(
                DOWN, aligned_edge=LEFT, buff=PANEL_GAP)
        closing[0].set_color(BALL_COLORS["l1"])
        closing[1].set_color(l2)
        # (Round 30: in the slots of ridge's spent rows, under its ball and w*: at most
        # six rows.)
        closing_slot = ridge_rows[2:]
        if closing_slot:
            closing.move_to(closing_slot[0], aligned_edge=UP + LEFT)
        else:
            closing.next_to(ridge_rows[-1], DOWN, buff=PANEL_GAP, aligned_edge=LEFT)
        fit_to_frame(closing)
        # The lasso's leftovers named (review #1): its w* and its wedge, dimmed.
        lasso_star = legible(MathTex(r"\text{lasso } w^*", font_size=font,
                                     color=SOLUTION_COLOR))
        lasso_star.add_background_rectangle(color=BACKGROUND, opacity=PULL_LABEL_BOX_OPACITY,
                                            buff=0.04)
        lasso_star.set_z_index(LABEL_ABOVE_CONE + 1)
        self.place_free(lasso_star, [self.tangent_dot.get_center()],
                        (UP + LEFT, LEFT, DOWN + LEFT, UP), [*base, *later, self.contour],
                        labels=[dot_label, *self.tick_numbers()], buffs=(0.12, 0.2))
        wedge_name = legible(Tex(r"lasso wedge", font_size=font, color=CENTER_COLOR))
        if self.wedge_label:
            wedge_name.move_to(self.wedge_label[0], aligned_edge=UP + LEFT)
        else:
            self.place_free(wedge_name, [self.center_dot.get_center()], sides,
                            [*base, *later], labels=[dot_label, lasso_star])
        names = [lasso_star, wedge_name]
        touch_words = ("both weights are nonzero" if both else "one weight is zero")
        with self.cue("{@clear}Ridge instead, ball ‖w‖₂ ≤ {t}{@arc}: its contour touches"
                      "{@touch} where " + touch_words + "{@dot}.",
                      tval=number(self.t),
                      spoken="{@clear}Ridge instead, a ball of radius {tval}{@arc}: its contour "
                      "touches{@touch} where " + touch_words + "{@dot}.") as cue:
            # The lasso's touching contour leaves (review r75 #4: beside ridge's it read as
            # one doubled line).
            cue.play(*(Conceal(m) for m in (*spent, *lasso_rows)),
                     Conceal(self.contour),
                     self.wedge_region.animate.set_fill(opacity=LASSO_WEDGE_DIMMED),
                     run_time=0.6)
            cue.play(swap_titles(self.title, ridge_title, Reveal(ridge_problem)),
                     *draw_ball(disk), *(Reveal(m) for m in names),
                     run_time=max(cue.until("arc"), 0.8))
            self.title = ridge_title
            # Grown from ŵ like the lasso's (review #1: drawn along, its start read as a
            # stray stub).
            cue.play(GrowFromPoint(ridge_contour, self.center_dot.get_center()),
                     run_time=max(cue.until("touch"), 1.0))
            cue.play(Reveal(dot), Flash(dot, color=l2, flash_radius=0.25), run_time=0.6)
            cue.play(Reveal(dot_label), *([Create(leader)] if far else []),
                     *([Reveal(ridge_rows[1])] if len(ridge_rows) > 1 else []),
                     Indicate(ridge_contour, color=LOSS_COLOR, scale_factor=1.0),
                     run_time=max(cue.until(cue.END), 0.8))
        # Round 95 (item 6): μ, on screen in the balance row, named in words as it comes.
        with self.cue("{@normal}A smooth point has one normal, {g} = {w_star}/‖{w_star}‖₂{@g}, "
                      "and −∇f(w*) = μ{g}, μ ridge's multiplier{@mu}; "
                      "{@map}mapped by {H}⁻¹, one ray of {w_hat} keeps this touch{@ray}: no "
                      "area.",
                      spoken="{@normal}A smooth point has one normal, g = w-star over its "
                      "length{@g}, and minus the gradient is mu g, mu ridge's multiplier{@mu}; "
                      "{@map}mapped by H-inverse, one ray of w-hats keeps this "
                      "touch{@ray}: no area.") as cue:
            # g is drawn as its words start, with its row (review #1: it came 2–3 s after
            # them), and the balance row with μ as its formula ends.
            cue.play(GrowArrow(g_arrow), Reveal(g_label),
                     *(Reveal(m) for m in ridge_rows[2:3]), at="normal", run_time=0.8)
            cue.play(Indicate(g_arrow, color=NORMAL_COLOR), Indicate(g_label),
                     run_time=max(cue.until("g"), 0.6))
            cue.play(*(Reveal(m) for m in ridge_rows[3:4]),
                     run_time=max(cue.until("mu"), 0.6))
            cue.wait_until("map")
            g_arrow.add_updater(lambda m: m.put_ends(to_scene(self.axes, touch),
                                                     to_scene(self.axes, tip())))
            # g's name turns into H⁻¹g's as H⁻¹ turns the arrow (review r75 #4).
            cue.play(Conceal(g_label), run_time=0.3)
            cue.play(Reveal(turned_label), run_time=0.4)
            sweep(self, carry, 1.0, g_arrow, run_time=max(cue.until("ray") - 1.0, 1.5),
                  rate_func=smooth)
            g_arrow.clear_updaters()
            if hat_place is not None:
                # Faded out and in by opacity, staying in ŵ's marker.
                cue.play(Create(line), Conceal(g_arrow), Conceal(turned_label),
                         Dim(self.center_label, factor=0.0), run_time=1.0)
                self.center_label.move_to(hat_place)
                cue.play(Undim(self.center_label, factor=0.0), Reveal(ray_label),
                         *(Reveal(m) for m in ridge_rows[4:5]), run_time=0.4)
            else:
                cue.play(Create(line), Conceal(g_arrow), Conceal(turned_label), run_time=1.0)
                cue.play(Reveal(ray_label), *(Reveal(m) for m in ridge_rows[4:5]),
                         run_time=0.4)
            cue.play(Indicate(self.center_marker, scale_factor=1.4),
                     Indicate(line, color=l2, scale_factor=1.0),
                     run_time=max(cue.until(cue.END), 1.0))
        # Round 28 ("almost never zero" shown, not told): the ŵ for which ridge touches at
        # the lasso's corner, an exact zero, form one ray too (regmath's circle_point_ray
        # at that axis point), and our ŵ is off it (the claim rule "ridge zero ray misses").
        zero = self.zero_at_corner()
        on_ray = bool(ridge.zero_weights) or np.array_equal(touch, self.corner)
        axis_ray = None if on_ray else circle_point_ray(self.loss.hessian, self.corner,
                                                        self.view)
        if axis_ray is not None:
            zero_line = dashed(self.axes, axis_ray, stroke_color=l2_text, stroke_width=3)
            zero_label = legible(MathTex(r"\text{ridge } " + weight_star(zero).tex + r" = 0",
                                         font_size=font, color=l2_text))
            zero_label.add_background_rectangle(color=BACKGROUND,
                                                opacity=PULL_LABEL_BOX_OPACITY, buff=0.04)
            zero_label.set_z_index(LABEL_ABOVE_CONE + 1)
            self.place_free(zero_label, [zero_line.point_from_proportion(a)
                                         for a in (0.75, 0.6, 0.9, 0.45)],
                            sides, [*base, *later, zero_line, ridge_contour],
                            labels=[dot_label, ray_label, self.center_label])
            with self.cue("{@zero}Ridge's exact zeros: those giving {zero} = 0, another ray, "
                          "missing our {w_hat}{@zray}.", zero=weight_star(zero)) as cue:
                cue.play(Flash(self.tangent_dot, color=l2, flash_radius=0.25),
                         Conceal(ray_label), run_time=0.6)
                cue.play(Create(zero_line), run_time=max(cue.until("zray") - 1.2, 1.2))
                cue.play(Reveal(zero_label), run_time=0.4)
                cue.play(Indicate(self.center_marker, scale_factor=1.4),
                         Indicate(zero_line, color=l2, scale_factor=1.0),
                         run_time=max(cue.until(cue.END), 1.0))
        # The closing pairs the two zero sets: the lasso's wedge, back at its full shade
        # (dimmed, it vanished on a projector), and ridge's zero ray, not the ray of ŵ that
        # keeps ridge's touch (L1T103: that compared the wrong pair of sets). "Corner" and
        # "smooth" say what makes the difference: a lasso edge too gives only a ray.
        zero_set = line if axis_ray is None else zero_line
        with self.cue("{@close}Lasso: a corner, a wedge of {w_hat}, exact zeros{@l1}; "
                      "ridge: smooth, a ray, almost never zero{@end}.",
                      spoken="{@close}Lasso: a corner, a wedge of w-hats, exact zeros{@l1}; "
                      "ridge: smooth, a ray, almost never zero{@end}.") as cue:
            # Each line written as its words start, then its picture marked under them
            # (review r30: the lines had faded in over the whole cue, readable < 2 s).
            cue.play(*(Conceal(m) for m in closing_slot),
                     *([Dim(line)] if zero_set is not line else []), run_time=0.3)
            cue.play(Reveal(closing[0]), run_time=0.8)
            cue.play(self.wedge_region.animate.set_fill(opacity=WEDGE_OPACITY),
                     run_time=max(cue.until("l1"), 1.0))
            cue.play(Reveal(closing[1]), run_time=0.8)
            cue.play(Indicate(zero_set, color=l2, scale_factor=1.0),
                     run_time=max(cue.until(cue.END), 1.0))
            # Round 76 (review r75 #4): the closing lines marked once more and held, under
            # their words, to be read (a still hold under MAX_HOLD).
            cue.play(Indicate(closing, scale_factor=PANEL_INDICATE), run_time=1.0)
            self.wait(CLOSING_HOLD)

    def inside_plot(self, label: VMobject, inner: float = 0.05) -> VMobject:
        """Shift ``label`` inside the plot's frame by the least amount (layout only)."""
        low = self.plot_frame.get_corner(DOWN + LEFT) + inner
        high = self.plot_frame.get_corner(UP + RIGHT) - inner
        label.shift(RIGHT * max(low[0] - label.get_left()[0], 0.0)
                    + LEFT * max(label.get_right()[0] - high[0], 0.0)
                    + UP * max(low[1] - label.get_bottom()[1], 0.0)
                    + DOWN * max(label.get_top()[1] - high[1], 0.0))
        return label

    def get_wedge_label(self) -> list[VMobject]:
        """"ŵ here ⇒ w* = (…)" in a top corner of the plot that lies in the wedge (a reviewer
        saw an unlabelled grey wedge beside the cone N(w*)): [] when neither does. Inside
        is decided by regmath: the solver puts w* on this corner for ŵ at each corner of
        the label's box."""
        if self.kind != "corner":
            return []
        # Two short lines in the top left, clear of the w₂ axis and of the contour, which
        # sweeps through the top right while ŵ moves (one long line there was crossed).
        label = VGroup(*(legible(MathTex(tex, font_size=WEDGE_LABEL_FONT, color=CENTER_COLOR))
                         for tex in (r"\hat w\text{ here}\ \Rightarrow",
                                     r"w^* = " + point(self.solution.point).tex))
                       ).arrange(DOWN, aligned_edge=LEFT, buff=0.08)
        for side in (LEFT, RIGHT):
            label.next_to(self.plot_frame.get_corner(UP + side), DOWN - side, buff=0.12)
            corners = [label.get_corner(c) for c in (UP + LEFT, UP + RIGHT, DOWN + LEFT,
                                                      DOWN + RIGHT)]
            if all(np.array_equal(constrained(Quadratic(center=p, hessian=self.loss.hessian),
                                              norm="l1", radius=self.t).point, self.corner)
                   for p in (np.array(self.axes.point_to_coords(c)[:2]) for c in corners)):
                return [label]
        return []

    def get_wedge_region(self, corner: np.ndarray) -> VMobject:
        """The ŵ whose solution is this corner: the wedge v + H⁻¹N(v), clipped to the view."""
        regions = [r for r in l1_solution_regions(self.loss.hessian, self.t, self.view)
                   if r.kind == "corner" and np.array_equal(r.apex, corner)]
        return filled_polygon(self.axes, regions[0].polygon, stroke_width=0,
                              fill_color=CENTER_COLOR, fill_opacity=WEDGE_OPACITY, z_index=-1)


class L2Tangency(TangencyScene):
    """The circle: the touching point moves smoothly; no weight is singled out."""

    norm = "l2"
    _plot_side = BIG_PLOT_SIDE
    _plot_center = BIG_PLOT_CENTER
    parameters = {**TangencyScene.parameters,
                  "norm": fixed("l2", "L1Tangency shows the diamond")}
    middle_beat = "tangent"
    # The crossing contour is OVERSHOOT² ≈ 1.6 times the touching level: not "slightly"
    # larger (a reviewer's point); the words name the one shown.
    larger_words = "A larger contour"
    compact_readouts = True
    grow_marks = True
    early_h = True  # a reviewer heard H named a second before it was written
    hessian_words = "Hessian{@h} (curvature)"
    # r28 review #13: the live lines cross-faded with ŵ's and w*'s lines in their rows
    # (glyph soup at 89 s).
    swap_in_turn = True
    # r28 review #11: "Its Hessian" came before f's formula: the loss named in the sentence.
    # r34 review #5: f is said to be a quadratic bowl centred at ŵ as H is introduced (H is
    # a constant matrix because f is quadratic).
    # r90 (review b item 7): the bowl's formula and H are written as the sentence starts
    # (named 1.5 s and 5 s before they appeared).
    curvature_words = "{@h}f is a quadratic bowl centred at {w_hat}; its Hessian (curvature) is {H}."
    bowl_formula_early = True
    # r34 review #9: −∇f(w*) grows as its sentence starts.
    pull_with_words = True
    # r34 review #8: −λg leaves after the balance (dimmed, it read as an unexplained ghost).
    push_leaves_after_balance = True
    hold_question = True
    # r28 review #9: the contour grows from the first word that names it, and its readout
    # comes once a contour exists (no "f = 0.000 on the contour" for a point), as L1 does.
    grow_on_mark = False
    readout_with_contour = True
    first_ring_fast = True
    # r34 (length): H was named the curvature a sentence before.
    grow_words = ("", "A contour of f joins weights of equal loss: grow one from {w_hat}, its "
                  "loss rising, ", "its shape set by {H}.")
    # r34 (length): the question, short.
    why_words = "Why the first touch?"
    bright_arc = True
    key_hold = 0.6  # r34: 1.2 cut for length
    # Tick numbers centred on their ticks, clear of the story's curves (as L1Tangency's;
    # review r28 #5 measured "1" 12 px off its tick in both tangency scenes).
    centred_ticks = True
    # The dashed round arc and the line to ŵ are a side remark the ray of balance makes
    # again (ŵ = w* + λH⁻¹g): left out for time (a fresh review: words ahead of the picture).
    round_comparison = False

    def get_path(self) -> CenterPath:
        return ridge_ray_crossing(self.loss, self.t)

    def get_arrow_scale(self) -> float:
        """The scale that makes −∇f(w*) L2_PULL_SHARE · t long (regmath's arrow_scale), not
        t long: at t long, −λg = −(t/‖w*‖)w* ended exactly on the origin for every data,
        which read as "a pull to the origin" (r27 review #4). Its tip stays
        (1 − L2_PULL_SHARE) · t from the origin."""
        return arrow_scale(self.solution, length=L2_PULL_SHARE * self.t)

    def get_view(self) -> ViewBox:
        # The view as framed for arrows t long (the shorter arrows fit in it): framed for
        # the shorter ones it closes in, and the wedge demo's ŵ leaves it (its demo then
        # is not shown). Layout only: the base's framing, at that scale.
        scale = self.scale
        self.scale = arrow_scale(self.solution, length=PULL_ARROW * self.t)
        try:
            return super().get_view()
        finally:
            self.scale = scale

    round_arc_degrees = 70.0  # the round contour as an arc of ±70° about ŵ, through w*

    def setup(self) -> None:
        super().setup()
        # The big plot reaches close to the frame's left edge: a wide tick number at the
        # view's left end (e.g. for ŵ = (−0.9, −3), t = 0.4) could stick out by a hair.
        # Shift the whole plot right by that much (layout only; the axes carry every
        # coordinate, so everything drawn through them follows).
        left = float(self.axes_group.get_left()[0])
        edge = -config.frame_width / 2 + FRAME_MARGIN
        if left < edge:
            self.axes_group.shift((edge - left) * RIGHT)
        self.clear_ticks_of_hat()

    def clear_ticks_of_hat(self) -> None:
        """r34 review #2: no tick number under ŵ's ringed dot anywhere ŵ goes (the drag, to
        its farthest stop, and the wedge demo's ŵ): a number in the way steps out from its
        axis (left of the w₂-axis, below the w₁-axis) until its box clears the ring, once,
        before anything is drawn. Layout only: ŵ's places are regmath's path."""
        try:
            places = [self.path.at(float(s)) for s in np.linspace(0.0, self.drag_end(), 81)]
            ends = self.readout_centers()
        except InvalidArgumentError:
            return
        finally:
            self._state = None
        if len(ends) == 2:
            places += [ends[0] + a * (ends[1] - ends[0]) for a in np.linspace(0.0, 1.0, 41)]
        inside = [p for p in places if self.view.contains(np.array([p]))]
        if not inside:
            return
        dots = to_scene(self.axes, np.array(inside))[:, :2]
        reach = HAT_RING_RADIUS + TICK_HAT_GAP
        for axis, out in ((self.axes.x_axis, DOWN), (self.axes.y_axis, LEFT)):
            for tick in getattr(axis, "numbers", []):
                for _ in range(TICK_HAT_STEPS):
                    low = tick.get_corner(DOWN + LEFT)[:2] - reach
                    high = tick.get_corner(UP + RIGHT)[:2] + reach
                    if not np.any(np.all((dots >= low) & (dots <= high), axis=1)):
                        break
                    tick.shift(TICK_HAT_STEP * out)

    def stale_step(self, mobject: VMobject) -> Any:
        # Lines of the original ŵ go while ŵ moves (a reviewer found three rows dimmed to
        # grey a wall of text); they come back when ŵ is home.
        return Conceal(mobject)

    def later_segments(self) -> list[np.ndarray]:
        sol = self.solution
        if self.kind != "circle":
            return []
        arrow = self.normal_arrow(sol)
        return [np.array([arrow.start, arrow.end]),
                tangent_segment(sol, half_length=0.9 * self.t)]

    def true_normal(self) -> bool:
        """Whether g is drawn at the arrows' one scale (|g| = |−∇f(w*)|/λ): when λ ≥ 1 all
        along the drag, so g is never longer than the pull and stays in the view; otherwise
        it is drawn CONE_ARROW · t long and the words do not claim a common scale."""
        if not hasattr(self, "_true_normal"):
            self._true_normal = all(sol.multiplier >= 1.0 for sol in self.along_path())
        return self._true_normal

    def normal_arrow(self, sol: Solution) -> object:
        """g at w* for ``sol``: at the arrows' scale, or CONE_ARROW · t long (`true_normal`)."""
        if self.true_normal():
            return scaled_arrow(sol, sol.normal, scale=self.scale)
        return normal_arrow(sol, sol.normal, length=CONE_ARROW * self.t)

    def ellipse_words(self) -> str:
        # The circle is drawn from the first word (a reviewer heard "this dashed one" 2 s
        # before it was drawn), and the point of it is said: on a circle, downhill aims at ŵ.
        # The line to ŵ is drawn as "straight at ŵ" is said (a reviewer heard it 2 s before
        # the line came); the arc goes as "They are ellipses" sets it aside.
        return ("{@circle}Were the contours circles, like this dashed arc of one, downhill "
                "would aim{@aim} straight at {w_hat}. They are ellipses{@ellipses}: compare "
                "the arrow with the line to {w_hat}.")

    # ------------------------------------------- labels that ride with the drag
    def drag_states(self, until: float) -> list[tuple[np.ndarray, Solution]]:
        """ŵ and its solution at DRAG_SAMPLES drag positions in [0, ``until``] (layout only)."""
        states = [(self.path.at(float(s)), self.state(float(s), self.t)[1])
                  for s in np.linspace(0.0, until, DRAG_SAMPLES)]
        self._state = None
        return states

    def static_points(self) -> np.ndarray:
        """Scene points a riding label must avoid all along: the axes' lines, the circle
        and the tick numbers' boxes (layout only)."""
        # The axes' lines weigh RIDE_AXIS_WEIGHT times a sample (r27: the layout report
        # found −∇f's and g's labels riding on the w₂-axis for 50 s), their tick marks too.
        pieces = [np.linspace(line.get_start(), line.get_end(), 200)
                  for line in (self.axes.x_axis, self.axes.y_axis)] * RIDE_AXIS_WEIGHT
        for line in (self.axes.x_axis, self.axes.y_axis):
            for tick in getattr(line, "ticks", []):
                pieces.extend([np.linspace(tick.get_start(), tick.get_end(), 5)]
                              * RIDE_AXIS_WEIGHT)
        # The circle as heavy as the touching contour (r28: the layout report saw w*'s
        # label ride on it for 45 s, its outline's few control points weighing little).
        pieces.extend([to_scene(self.axes, ball_outline(self.norm, self.t,
                                                        samples=RIDE_CONTOUR_SAMPLES))]
                      * RIDE_CONTOUR_WEIGHT)
        # The faint contours left by the growth, shown until the drag starts.
        for a in np.linspace(0.0, NEAR_TOUCH, self.data["rings"] + 2)[1:-1]:
            for piece in clip_polyline(level_set(self.loss, (a * a) * self.solution.level,
                                                 samples=RIDE_CONTOUR_SAMPLES), self.view):
                pieces.append(to_scene(self.axes, piece))
        # The balance beat's dashed circle through w* (a reviewer saw it cross −∇f's label).
        if not isotropic(self.loss):
            circle = round_contour(self.loss.center, self.solution.point,
                                   samples=RIDE_CONTOUR_SAMPLES)
            pieces.extend(to_scene(self.axes, piece) for piece in clip_polyline(circle, self.view))
        # The balance beat's −λg and the dashed line from w* to ŵ, at the first w*.
        sol = self.solution
        for segment in (np.array([push_arrow(sol, scale=self.scale).start,
                                  push_arrow(sol, scale=self.scale).end]),
                        clip_polyline(np.array([sol.point, self.loss.center]), self.view)[0]):
            pieces.append(to_scene(self.axes, np.linspace(segment[0], segment[-1], 40)))
        # The four dashed axis rays, shown with the drag (a reviewer saw the (0, 1) ray run
        # through w*'s label).
        for ray in l2_sparse_rays(self.loss.hessian, self.t, self.view):
            pieces.append(to_scene(self.axes, InactiveConstraint._dense(ray, step=0.02)))
        for n in self.tick_numbers():
            low, high = n.get_corner(DOWN + LEFT), n.get_corner(UP + RIGHT)
            xs, ys = np.linspace(low[0], high[0], 5), np.linspace(low[1], high[1], 3)
            pieces.append(np.array([[x, y, 0.0] for x in xs for y in ys]))
        return np.concatenate(pieces)[:, :2]

    def moving_points(self, center: np.ndarray, sol: Solution) -> np.ndarray:
        """Scene points of what rides with w* for ``sol``: w*, the arrows, the tangent,
        ŵ (``center``) and its label (layout only; the arrows from regmath at their one
        scale)."""
        segments = [tangent_segment(sol, half_length=0.9 * self.t)]
        points = [to_scene(self.axes, np.linspace(seg[0], seg[1], 40)) for seg in segments]
        # The arrows where they are drawn, beside their line (`normal_ends`, `pull_ends`).
        points.extend(np.linspace(*ends, 40) for ends in (self.pull_ends(sol),
                                                           self.normal_ends(sol)))
        # The thin ray of balance from w* rides too (r27: it ran through −∇f's label).
        far = 4.0 * max(self.view.width, self.view.height)
        for piece in clip_polyline(balance_ray(sol, self.loss.inverse_hessian, length=far),
                                   self.view):
            points.append(to_scene(self.axes, InactiveConstraint._dense(piece, step=0.05)))
        # The right-angle mark rides too (r27: the layout report saw "g" inside it).
        mark = right_angle_mark(sol, size=RIGHT_MARK * self.t, towards=center,
                                inward=L2_MARK_INWARD, away=L2_MARK_AWAY)
        points.extend(to_scene(self.axes, np.linspace(a, b, 10)) for a, b in zip(mark, mark[1:]))
        # The touching contour rides too: a label on it reads as the contour's (a reviewer
        # read w*'s label as naming the ellipse's leftmost point).
        loss = Quadratic(center=center, eigenvalues=self.loss.eigenvalues,
                         eigenvectors=self.loss.eigenvectors)
        for piece in clip_polyline(level_set(loss, sol.level, samples=RIDE_CONTOUR_SAMPLES),
                                   self.view):
            points.extend([to_scene(self.axes, piece)] * RIDE_CONTOUR_WEIGHT)
        dot = to_scene(self.axes, sol.point)
        ring = np.array([[np.cos(a), np.sin(a), 0.0] for a in np.linspace(0.0, 2 * np.pi, 9)])
        points.append(dot + 0.1 * ring)
        hat = to_scene(self.axes, center)
        points.append(hat + 0.1 * ring)
        shift = self.center_label.get_center() - self.center_dot.get_center()
        points.append(self.box_points(self.center_label) - self.center_label.get_center()
                      + hat + shift)
        return np.concatenate(points)[:, :2]

    @staticmethod
    def box_points(mobject: VMobject) -> np.ndarray:
        """A 5 × 3 grid over the mobject's box, scene points (layout only)."""
        low, high = mobject.get_corner(DOWN + LEFT), mobject.get_corner(UP + RIGHT)
        return np.array([[x, y, 0.0] for x in np.linspace(low[0], high[0], 5)
                         for y in np.linspace(low[1], high[1], 3)])

    def ride_clear(self, label: VMobject, anchor: Any, until: float,
                   others: tuple[tuple[VMobject, Any], ...] = (),
                   rings: tuple[float, ...] | None = None,
                   home_weight: float = 1.0) -> VMobject:
        """Put ``label`` beside ``anchor(sol)`` (a scene point) at the one offset that
        covers least, summed over the drag up to ``until`` (the first state, where ŵ
        stands before and after the drag, counted ``home_weight`` times): a label riding with w*
        keeps its offset, so it is chosen for the whole ride, not the first frame (a
        reviewer saw w*'s and −∇f's labels run across the w₂-axis near (0, 1)).
        Layout only: every point comes from regmath through the axes."""
        states = self.drag_states(until)
        fixed = self.static_points()
        # Labels already riding (``others``: label and its anchor), at their offsets.
        riding = [(self.box_points(other) - other.get_center(),
                   other.get_center() - np.asarray(at(states[0][1]), dtype=float), at)
                  for other, at in others]
        clouds = [np.concatenate([fixed, self.moving_points(c, sol),
                                  *((box + offset + np.asarray(at(sol), dtype=float))[:, :2]
                                    for box, offset, at in riding)])
                  for c, sol in states]
        anchors = [np.asarray(anchor(sol), dtype=float) for _, sol in states]
        half = np.array([label.width, label.height]) / 2 + RIDE_CLEARANCE
        frame_low = self.plot_frame.get_corner(DOWN + LEFT)[:2]
        frame_high = self.plot_frame.get_corner(UP + RIGHT)[:2]
        start = label.get_center()[:2] - anchors[0][:2]
        best, lowest = start, None
        candidates = [start] + [
            np.array([np.cos(a), np.sin(a)]) * (half * np.abs([np.cos(a), np.sin(a)])).sum()
            * ring for ring in (RIDE_RINGS if rings is None else rings) for a in np.arange(RIDE_DIRECTIONS) * 2 * np.pi
            / RIDE_DIRECTIONS]
        for offset in candidates:
            cost = 0.0
            for n, (cloud, at) in enumerate(zip(clouds, anchors)):
                center = at[:2] + offset
                inside = np.all(np.abs(cloud - center) <= half, axis=1)
                cost += float(np.count_nonzero(inside)) * (home_weight if n == 0 else 1.0)
                if np.any(center - half < frame_low) or np.any(center + half > frame_high):
                    cost += RIDE_OUTSIDE_COST
            cost += RIDE_FAR_COST * float(np.linalg.norm(offset))
            if lowest is None or cost < lowest:
                best, lowest = offset, cost
        return label.move_to(np.append(anchors[0][:2] + best, 0.0))

    def replace_tangent_label(self, label: VMobject) -> None:
        # One ring further out too (r28: on the near rings the layout report saw the
        # circle through "w*" for the whole balance and drag).
        # Its home place weighs as much as the whole drag (r28 review #4: its star touched
        # the circle for 40 s before and 18 s after the drag, where it stands longest).
        # r34 review #10: the nearest rings only (one ring further out, it rode so far from
        # the dot that it read as left behind).
        self.ride_clear(label, self.w_star_at, self.drag_end(), rings=NEAR_RINGS,
                        home_weight=float(DRAG_SAMPLES))
        # r34 review #10: the asterisk touched the circle; the label steps square away from
        # the circle (towards its centre when inside, outwards when outside) until its box is
        # STAR_CLEAR from the circle's outline, at w*'s home (layout only).
        outline = self.ball[1].points[:, :2]
        centre = to_scene(self.axes, np.zeros(2))
        rim = float(np.linalg.norm(self.tangent_dot.get_center() - centre))
        for _ in range(STAR_CLEAR_STEPS):
            low = label.get_corner(DOWN + LEFT)[:2] - STAR_CLEAR
            high = label.get_corner(UP + RIGHT)[:2] + STAR_CLEAR
            if not np.any(np.all((outline >= low) & (outline <= high), axis=1)):
                break
            out = label.get_center() - centre
            size = max(float(np.linalg.norm(out)), 1e-9)
            label.shift(STAR_CLEAR_STEP * (out / size) * (-1.0 if size < rim else 1.0))

    def settle_push_label(self) -> None:
        """r94 (item 6): "−λg" beside its tip on the side away from w*'s label when the two
        would touch (a reviewer saw them touch for 13 s). Layout only."""
        gap = PUSH_STAR_GAP
        label, star = self.push_label, self.tangent_label

        def touching() -> bool:
            d = np.abs(label.get_center() - star.get_center())[:2]
            return bool(np.all(d < (np.array([label.width + star.width,
                                               label.height + star.height]) / 2 + gap)))

        if not touching():
            return
        tip = self.push.get_end()
        along = np.array([*self.arrow_direction(self.push), 0.0])
        across = np.array([-along[1], along[0], 0.0])
        if float(np.dot(across, star.get_center() - tip)) > 0.0:
            across = -across
        label.next_to(tip, across, buff=0.1)
        if touching():  # still: below the tip, along the arrow
            label.next_to(tip, along, buff=0.12)

    def back_pull_label(self, label: VMobject) -> None:
        # Rides with the pull's tip until the ray beat puts it away; next to the tip (a
        # reviewer found it 80 px off), on a dark box: a contour under it reads as
        # interrupted, not as striking through it.
        label.move_to(self.pull.get_end())  # the rings about the tip, not a far start
        self.ride_clear(label, self.pull_tip, LABELLED_DRAG,
                        others=((self.tangent_label, self.w_star_at),), rings=NEAR_RINGS)
        label.add_background_rectangle(color=BACKGROUND, opacity=PULL_LABEL_BOX_OPACITY,
                                       buff=0.04)
        label.set_z_index(LABEL_ABOVE_CONE)

    def w_star_at(self, sol: Solution) -> np.ndarray:
        return to_scene(self.axes, sol.point)

    def pull_tip(self, sol: Solution) -> np.ndarray:
        return self.pull_ends(sol)[1]

    def normal_tip(self, sol: Solution) -> np.ndarray:
        return self.normal_ends(sol)[1]

    def side_ends(self, arrow: Any, shift: float) -> tuple[np.ndarray, np.ndarray]:
        """A regmath arrow's ends in the scene, moved ``shift`` to its left (negative: to
        its right), square to it. Layout only: the direction and length are regmath's."""
        start, end = to_scene(self.axes, arrow.start), to_scene(self.axes, arrow.end)
        along = end - start
        side = np.array([-along[1], along[0], 0.0]) / max(float(np.linalg.norm(along)), 1e-12)
        return start + shift * side, end + shift * side

    def normal_ends(self, sol: Solution) -> tuple[np.ndarray, np.ndarray]:
        """g's drawn ends (scene points): regmath's arrow, set L2_G_SIDE to its right; the
        pull, along the same line, is set PULL_SIDE to its left (`pull_ends`), so the two
        read as two arrows (r27: g sat under −∇f). Both still start on w*'s dot's rim; the
        scale note says g is set beside (`get_scale_note`)."""
        return self.side_ends(self.normal_arrow(sol), -L2_G_SIDE)

    def pull_ends(self, sol: Solution) -> tuple[np.ndarray, np.ndarray]:
        """−∇f(w*)'s drawn ends: regmath's arrow, PULL_SIDE to its left (`normal_ends`)."""
        return self.side_ends(pull_arrow(sol, scale=self.scale), PULL_SIDE)

    def follow_pull(self, mobject: MovingArrow) -> None:
        mobject.put_ends(*self.pull_ends(self.state()[1]))

    def put_normal(self, mobject: MovingArrow, sol: Solution) -> None:
        """Put the drawn g on `normal_ends` for ``sol``."""
        mobject.put_ends(*self.normal_ends(sol))

    def drag_end(self) -> float:
        """The farthest the drag takes ŵ (where it stops after the crossing)."""
        return float(self.surprise_at or 0.8)

    def get_lower_label(self) -> VMobject:
        """"lower loss" with a thin leader to the shaded lens's centre (regmath's
        region_centroid: r27 review #8 saw it point at w*, outside the shading), at the
        place whose box covers least and whose leader crosses least on its way into the
        lens (the axes, the circle, the larger contour and the growth's rings: the review
        saw it cross three). Layout only: every point is regmath's, through the axes."""
        level = float(growth_levels(self.solution.level, [self.overshoot])[0])
        region = region_below(self.loss, norm=self.norm, radius=self.t, level=level)
        anchor = to_scene(self.axes, region_centroid(region))
        lens = to_scene(self.axes, region)[:, :2]
        larger = polyline(self.axes, level_set(self.loss, level, samples=self.contour_samples))
        label = legible(Tex("lower loss", font_size=28, color=TEXT_COLOR))
        strokes = [self.ball[1], larger, *self.rings_group, self.axes.x_axis, self.axes.y_axis]
        lines = np.concatenate([
            *(np.linspace(m.get_start(), m.get_end(), 200)[:, :2]
              for m in (self.axes.x_axis, self.axes.y_axis)),
            *(polyline_samples(m) for m in strokes[:-2])])
        boxes = [self.center_marker, *self.tick_numbers(), self.tangent_dot]
        box_points = np.concatenate([lines, *(LowerLeader.grid(m) for m in boxes)])
        frame_low = self.plot_frame.get_corner(DOWN + LEFT)[:2]
        frame_high = self.plot_frame.get_corner(UP + RIGHT)[:2]
        half = np.array([label.width, label.height]) / 2
        best, lowest = None, None
        for a in np.arange(LOWER_DIRECTIONS) * 2 * np.pi / LOWER_DIRECTIONS:
            unit = np.array([np.cos(a), np.sin(a)])
            for gap in LOWER_GAPS:
                centre = anchor[:2] + unit * (gap + float(np.abs(unit) @ half))
                low, high = centre - half - 0.06, centre + half + 0.06
                cost = 10.0 * float(np.count_nonzero(np.all((box_points >= low)
                                                            & (box_points <= high), axis=1)))
                if np.any(centre - half < frame_low) or np.any(centre + half > frame_high):
                    cost += 1e6
                side = LowerLeader.side(centre, half, anchor[:2])
                cost += 5.0 * LowerLeader.crossings(side, anchor[:2], lens, lines)
                cost += 0.5 * gap
                if lowest is None or cost < lowest:
                    best, lowest = centre, cost
        label.move_to(np.append(best, 0.0))
        side = LowerLeader.side(best, half, anchor[:2])
        leader = VMobject(stroke_color=TEXT_COLOR, stroke_width=1.5).set_points_as_corners(
            [np.append(side, 0.0), anchor])
        return VGroup(label, leader)

    def data_tex(self) -> str:
        """ŵ and H, H as a full-size matrix (a reviewer found the small one hard to read
        once the clip is shrunk into a slide)."""
        h = numbers(np.asarray(self.loss.hessian).ravel(), distinct=True)
        matrix = (r"\begin{pmatrix}" + f"{h[0].tex} & {h[1].tex}" + r"\\"
                  + f"{h[2].tex} & {h[3].tex}" + r"\end{pmatrix}")
        return rf"\hat w = {point(self.loss.center).tex},\quad H = {matrix}"

    def get_center_marker(self) -> VGroup:
        """ŵ as a ringed dot (a bullseye): on an axis it must not read as a tick or as one
        of the rays' white axis points (a reviewer's point). The ring is part of the dot,
        so it moves with it; the label may be set clear of the tick numbers where ŵ stops
        near an axis (`aim_center_label`)."""
        group = super().get_center_marker()
        # A wider dark outline behind "ŵ" (a reviewer saw contours and ticks through it): a
        # backing that an Indicate of the marker does not light up, as a box would be.
        self.center_label.set_stroke(BACKGROUND, width=HAT_LABEL_OUTLINE, background=True)
        ring = Circle(radius=HAT_RING_RADIUS, stroke_color=CENTER_COLOR,
                      stroke_width=HAT_RING_WIDTH).move_to(self.center_dot.get_center())
        ring.set_z_index(self.center_dot.z_index)
        self.center_dot.add(ring)
        self._follow_center(group)
        self.hat_blend = ValueTracker(0.0)
        self._hat_offsets: tuple[np.ndarray, np.ndarray] | None = None
        return group

    def center_label_offset(self) -> np.ndarray | None:
        # From one place to the next (`aim_center_label`), as hat_blend runs from 0 to 1.
        if getattr(self, "_hat_offsets", None) is None:
            return None
        start, end = self._hat_offsets
        a = float(self.hat_blend.get_value())
        return (1.0 - a) * start + a * end

    def aim_center_label(self, obstacles: list[VMobject] | None) -> None:
        """Set where ŵ's label goes next: clear of the tick numbers and ``obstacles``
        (place_clear) while ŵ stands near an axis, or back beside the dot (None). Playing
        hat_blend to 1 carries it there from where it is (layout only)."""
        dot = self.center_dot.get_center()
        now = self.center_label.get_center() - dot
        probe = self.center_label.copy().next_to(self.center_dot, self.center_label_side(),
                                                 buff=0.04)
        if obstacles is not None:
            place_clear(probe, dot, now[:2], [*self.tick_numbers(), *obstacles],
                        minor=[self.axes], buff=0.06)
            keep_in_frame(probe)
        self._hat_offsets = (now, probe.get_center() - dot)
        self.hat_blend.set_value(0.0)

    def center_label_side(self) -> np.ndarray:
        # Square to the ray of balance through ŵ (along ŵ − w*), on its left: the ray runs
        # through ŵ and the label rode on it (a reviewer's point); "another ŵ" rides on the
        # ray's right. Layout only.
        # On the side away from −∇f(w*) = H(ŵ − w*), which leans off the ray (a reviewer
        # saw the label on the pull's head); the left when they are parallel.
        along = np.asarray(self.loss.center - self.solution.point, dtype=float)
        pull = -np.asarray(self.solution.gradient, dtype=float)
        left = np.array([-along[1], along[0], 0.0])
        if float(along[0] * pull[1] - along[1] * pull[0]) > 0.0:
            left = -left
        return left / max(float(np.linalg.norm(left)), 1e-12)

    def kkt_tex(self, lam: Any) -> str:
        # g's value in symbols: a unit normal because ‖w*‖₂ = t (its arrow carries only "g").
        return (rf"-\nabla f(w^*) = \lambda g,\ \ g = w^*/t,\ \ \lambda = {lam.tex} "
                r"\ge 0")

    def kind_words(self) -> str:
        # Why no smaller contour wins, said (a reviewer found it only implied).
        smaller = " A smaller contour{@smaller} misses the circle."
        zeros = self.solution.zero_weights
        if zeros:
            return (smaller + f" Here {weight_star(zeros[0]).text} = 0, because this ŵ lies on "
                    "one of the four rays where ridge gives a zero.")
        return smaller

    def finish_found(self, cue: Any) -> bool:
        # "A smaller contour misses the circle", shown (a reviewer saw nothing change): the
        # outermost faint ring of the growth (a level set of f below f(w*), from regmath) is
        # lit as the words name it, its gap to the circle in view, then fades back.
        if not len(self.rings_group):
            return False
        ring = self.rings_group[-1]
        cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR),
                 PanelIndicate(self.found, scale_factor=PANEL_INDICATE),
                 run_time=max(min(cue.until("smaller"), 1.0), 0.3))
        cue.play(ring.animate.set_stroke(LOSS_COLOR, width=4, opacity=1.0), at="smaller",
                 run_time=0.6)
        cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR, scale_factor=1.4),
                 run_time=max(cue.until(cue.END) - 0.5, 0.6))
        cue.play(ring.animate.set_stroke(LOSS_COLOR, width=2, opacity=0.45), run_time=0.5)
        return True

    def push_words(self) -> str:
        # The arrows are not at the axes' scale: the words say they share one factor (a
        # reviewer read "the same scale" as the axes'), and the push points at the centre.
        # The scale is its own short sentence (a reviewer read "g and both forces drawn…"
        # as a fragment with no verb).
        # The arrows' one scale is a note on the plot (`get_scale_note`), not a sentence (a
        # reviewer found "The three arrows share one reduced scale" backed by nothing).
        # g = w*/t is written on the panel's balance line (a reviewer found the caption too
        # dense), so the words only name it.
        # "where g is…": read after "along −g", a bare "its outward normal" named −g (a
        # reviewer's point); g = w*/t is a unit normal because ‖w*‖₂ = t.
        # One cue (a fresh review found the scene too dense): strength, then direction.
        # r94 (item 7): g is drawn as its name starts (it came 2 s after its caption line).
        return ("The {ball} pushes back{@push} with strength {lam} ≥ 0 along −{g}{@normal}, {g} "
                "its unit outward normal.")

    def push_spoken(self) -> str:
        return ("The {ball} pushes back{@push} with strength lambda, never negative, along "
                "minus g{@normal}, g its unit outward normal.")

    scale_note: VMobject | None = None
    #: "λ depends on ŵ (t fixed)" on the panel, when λ moves along the drag (written with
    #: the drag's words, `drag_center`).
    depends_line: VMobject | None = None

    def get_scale_note(self, *, with_inverse: bool = False) -> VMobject:
        """"arrows scaled to fit, all by one factor" in the plot frame's lower right corner
        (g too when it is drawn at the arrows' scale, `true_normal`); with ``with_inverse``,
        "forces scaled to fit; λH⁻¹g: full length" (r28 review #1: the dashed λH⁻¹g runs at
        full length from w* to ŵ beside the scaled forces)."""
        # r90 (both reviews, item 3): in words a learner reads, shown with the first scaled
        # arrow (`pull_companions`), one scale for every force.
        # One short line, readable at 480p (r27 review #4: a two-line grey footnote of
        # jargon at 24 units); that g sits beside −∇f(w*) is seen, not written. In text
        # colour (r28 review #13: the grey note was borderline at 480p).
        if with_inverse:
            # Two lines, right-aligned in the corner: on one line it reached the w₂-axis.
            # r94 (item 5): plain words, not the factor (0.327 read as a number to decode).
            # r96 (item 1): no force is left beside it; g is drawn as long as it
            # (`long_normal_ends`).
            lines = (r"g\text{: direction only;}",
                     r"\lambda H^{-1}g\text{: full length}")
            note = VGroup(*(MathTex(tex, font_size=L2_NOTE_FONT, color=TEXT_COLOR)
                            for tex in lines)).arrange(DOWN, aligned_edge=RIGHT, buff=0.08)
        else:
            # Two lines, right-aligned in the corner (r90: on one line it covered the
            # w₂-axis's "−1").
            note = VGroup(*(MathTex(tex, font_size=L2_NOTE_FONT, color=TEXT_COLOR)
                            for tex in ((r"\text{arrows scaled to fit,}" if self.true_normal()
                                         else r"-\nabla f,\ -\lambda g \text{ scaled to fit,}"),
                                        r"\text{all by one factor}"))
                          ).arrange(DOWN, aligned_edge=RIGHT, buff=0.08)
        # Above the rays and the fan, on a dark box (a reviewer's rule: no line over a label).
        note.add_background_rectangle(color=BACKGROUND, opacity=1.0, buff=0.05)
        note.set_z_index(LABEL_ABOVE_CONE)
        return note.next_to(self.plot_frame.get_corner(DOWN + RIGHT), UP + LEFT, buff=0.12)

    def side_by_side(self) -> bool:
        """Whether the two forces lie on one line (regmath: the circle has one normal at w*,
        so −∇f(w*) = λg is along it): then a copy of −λg put tip to tail would lie on the
        pull itself (a fresh review could not read it), so it is laid beside the pull."""
        return self.solution.normal_cone.shape[0] == 1

    def equal_words(self) -> str:
        if self.side_by_side():
            # r32: cut for the second half's rests (same length, opposite way, shown).
            # r90 (item 3): the lengths compare at the arrows' one scale.
            return "At one scale, same length{@equal}, opposite way{@sum}: {w_star} stays put."
        return ("Equal and opposite{@equal}: tip to tail they add up to zero{@sum}, so {w_star} "
                "stays put.")

    def before_equal(self, cue: Any) -> None:
        # r90 (both reviews, item 4): no second copy of −λg over the contour at the crowded
        # w*: the two arrows themselves are marked together as their lengths are compared,
        # and the balance closes on w*.
        cue.play(Indicate(self.pull, color=GRADIENT_COLOR, scale_factor=1.0),
                 Indicate(self.push, color=self.push_color, scale_factor=1.0), at="equal",
                 run_time=max(min(cue.until("sum"), 1.4), 0.8))
        cue.play(Flash(self.tangent_dot, color=SOLUTION_COLOR, line_length=0.18,
                       flash_radius=0.22),
                 Indicate(self.tangent_dot, color=SOLUTION_COLOR, scale_factor=1.6),
                 run_time=0.8)

    def pull_companions(self) -> list[Animation]:
        # r32 (review #3, crowding at w*): the faint contours of the growth go as the force
        # section starts, and do not come back (they crossed "−∇f(w*)" and, at the end,
        # "ŵ"); the empty group keeps the later fades of `rings_group` harmless.
        rings, self.rings_group = self.rings_group, VGroup()
        # r90 (both reviews, item 3): the arrows' one scale is written with the first
        # scaled arrow, −∇f(w*) (it came 6 s later, with g).
        self.scale_note = self.get_scale_note()
        return [*([Conceal(rings)] if len(rings) else []), Reveal(self.scale_note)]

    def show_balance(self) -> None:
        # r34 review #1: w*'s red dot above the arrows' bases (it was hidden under them).
        self.tangent_dot.set_z_index(L2_STAR_ABOVE)
        super().show_balance()
        self.show_ridge_link()

    def show_ridge_link(self) -> None:
        """One line tying λ to ridge's penalty (a reviewer): this w* also minimizes
        f + (μ/2)‖w‖₂² for μ = λ/t (regmath's ridge_penalty_strength), μ = λ at t = 1."""
        mu = ridge_penalty_strength(self.solution)
        # The link derived on the panel in one line (r28 review #3; r30 review: written at w*,
        # not a mix of w and w*): the penalty's gradient vanishes at w* exactly when the
        # balance holds, −∇f(w*) = λ w*/t = λg, true for every t (the penalty's strength is
        # λ/t; λ itself at t = 1). The balance row above it says the rest: the row is kept
        # narrow enough to stay at the panel's font.
        if self.t == 1.0:
            tex = r"\nabla(f + \tfrac{\lambda}{2}\|w\|_2^2)(w^*) = \nabla f(w^*) + \lambda w^* = 0"
            # r34 (length): λ's value is on the balance line just said; not said again.
            # r94 (item 3): the equation written as the sentence starts (it came 3 s late),
            # and why a zero gradient is the minimum: the sum is convex.
            words = ("{@pen}With {t} = 1, g = {w_star}: this {w_star} also minimizes f + "
                     "(λ/2)‖w‖₂², ridge as a penalty: the sum is convex, so its zero gradient "
                     "at {w_star} is its minimum.")
            spoken = ("{@pen}With t = 1, g is w-star: this w-star also minimizes f plus lambda "
                      "over two times the squared norm of w, ridge as a penalty: the sum is "
                      "convex, so its zero gradient at w-star is its minimum.")
        else:
            tex = (r"\nabla(f + \tfrac{\lambda}{2t}\|w\|_2^2)(w^*) = \nabla f(w^*)"
                   r" + \tfrac{\lambda}{t} w^* = 0")
            words = ("{@pen}With g = {w_star}/{t}, this {w_star} also minimizes f + "
                     "(λ/2t)‖w‖₂², ridge as a penalty, with strength λ/t = {mu}: the sum is "
                     "convex, so its zero gradient at {w_star} is its minimum.")
            spoken = ("{@pen}With g = w-star over t, this w-star also minimizes f plus lambda "
                      "over two t times the squared norm of w, ridge as a penalty, with "
                      "strength lambda over t = {mu}: the sum is convex, so its zero gradient "
                      "at w-star is its minimum.")
        # Written as the penalty is named and kept on the panel (a reviewer had 6 s for the
        # lecture's key link, then it was gone), with what it does not say: for a fixed t,
        # λ is a function of ŵ, said and written only when λ changes along the drag.
        line = fit_to_frame(self.add_panel_line(MathTex(tex, font_size=PANEL_FONT - 2)))
        self.penalty_lines = [line]
        with self.cue(words, spoken=spoken, mu=number(mu)) as cue:
            cue.play(Reveal(line), at="pen", run_time=FORMULA_IN_SECONDS)
            cue.play(PanelIndicate(line, scale_factor=PANEL_INDICATE),
                     run_time=max(cue.until(cue.END), 0.6))
        if self.multiplier_moves():
            depends = self.add_panel_line(MathTex(
                r"\lambda \text{ depends on } \hat w \text{ (} t \text{ fixed)}",
                font_size=PANEL_FONT - 2))
            self.penalty_lines.append(depends)
            # Said and written as λ's readout starts to change, in the drag's first words (a
            # fresh review heard "watch it change" 6 s before anything changed).
            self.depends_line = depends

    def multiplier_moves(self) -> bool:
        """Whether λ changes visibly (by more than its readout's rounding) along the drag."""
        lams = [sol.multiplier for sol in self.along_path()]
        return max(lams) - min(lams) > 0.01

    def show_normal(self, cue: Any) -> None:
        sol = self.solution
        # g at the arrows' one scale: −λg (and the pull) are exactly λ times as long.
        # Drawn beside the pull's shaft, along which it lies (`normal_ends`).
        self.normal = self.get_arrow(self.normal_arrow(sol), NORMAL_COLOR,
                                     stroke_width=NORMAL_WIDTH).set_z_index(3)
        # A dark outline: where g meets the pull's shaft, a gap shows between them.
        self.normal.set_stroke(BACKGROUND, width=NORMAL_WIDTH + 4, background=True)
        self.put_normal(self.normal, sol)
        # "g" at g's tip (a reviewer found "g = w*/t" too wide to sit by its arrow); g = w*/t
        # is on the panel's balance line.
        self.normal_label = legible(MathTex(r"g", font_size=NORMAL_LABEL_FONT,
                                            color=NORMAL_COLOR))
        place_clear(self.normal_label, self.normal.get_end(),
                    np.array([-sol.normal[1], sol.normal[0]]),
                    [self.ball, self.contour, self.pull, self.pull_label, self.tangent_label,
                     self.normal, self.push, self.push_label, *self.tick_numbers()],
                    minor=[self.axes])
        self.ride_clear(self.normal_label, self.normal_tip, LABELLED_DRAG,
                        others=((self.tangent_label, self.w_star_at),
                                (self.pull_label, self.pull_tip)), rings=NEAR_RINGS)
        # On a dark box, above the curves (a reviewer saw "g" on the ellipse and the axis).
        self.normal_label.add_background_rectangle(color=BACKGROUND,
                                                   opacity=PULL_LABEL_BOX_OPACITY, buff=0.04)
        self.normal_label.set_z_index(LABEL_ABOVE_CONE)
        # The arrows' one scale, written as the third arrow comes (a reviewer heard it said
        # with nothing on screen to back it).
        # (The arrows' one scale is already written, with −∇f(w*): `pull_companions`.)
        cue.play(GrowArrow(self.normal), Reveal(self.normal_label), at="normal")

    def show_middle(self) -> None:
        half = 0.9 * self.t
        size = RIGHT_MARK * self.t
        sol = self.solution
        self.tangent = polyline(self.axes, tangent_segment(sol, half_length=half),
                                stroke_color=TEXT_COLOR, stroke_width=2.5, stroke_opacity=0.85,
                                z_index=1)
        # 2.5 times its old size, above the arrows (a reviewer found it a few pixels, half
        # hidden by g).
        # On ŵ's side of g (a reviewer's w* label sat under it on the other side).
        # r34 review #1: inside the circle (along −g), where neither the touching contour
        # nor g's head runs (outside it boxed g's arrowhead and cut the contour).
        # On the normal's side away from ŵ (w*'s label rides on ŵ's side, inside).
        self.corner_mark = polyline(self.axes, right_angle_mark(
            sol, size=size, towards=self.loss.center, inward=L2_MARK_INWARD,
            away=L2_MARK_AWAY),
                                    stroke_color=TEXT_COLOR, stroke_width=3, z_index=4)
        # r32: shorter, and the line drawn as it is named (the review saw it 1–2 s late).
        with self.cue("Contour and circle share a tangent{@tangent} line at {w_star}, "
                      "{@right}at right angles to {g}.") as cue:
            cue.play(Create(self.tangent), at="tangent")
            # The glyph is marked, not its dark box (an Indicate would light the box).
            glyph = VGroup(*(m for m in self.normal_label.submobjects
                             if m is not getattr(self.normal_label, "background_rectangle", None)))
            cue.play(Create(self.corner_mark), Indicate(glyph, color=NORMAL_COLOR), at="right")

    def drag_center(self) -> None:
        half = 0.9 * self.t
        size = RIGHT_MARK * self.t
        live = self.live_lines(with_lambda=True)
        stale = [self.found]
        # The balance line stays on screen through the drag (r27: it vanished for 10 s while
        # discussed), without the first ŵ's λ: it holds for every w* on the circle.
        general = MathTex(r"-\nabla f(w^*) = \lambda g,\ \ g = w^*/t,\ \ \lambda \ge 0",
                          font_size=PANEL_FONT)
        general.move_to(self.kkt, aligned_edge=LEFT)
        # The live lines take the rows of the lines they replace while ŵ moves (ŵ's and
        # w*'s), so no gap opens under H (a reviewer saw one).
        for line, row in zip(live, (self.data_line, self.found)):
            line.move_to(row, aligned_edge=LEFT)
        ray_points = l2_sparse_rays(self.loss.hessian, self.t, self.view)
        # Each ray runs to the frame (a fresh review found the rays from (−1, 0) and (0, −1)
        # cut to 25 px stubs before the "−1" they would cross): the tick numbers it crosses
        # are drawn above it on their dark outline (below), so they stay readable.
        # r28 (review #1): each ray stops short of a tick number it would cross and goes on
        # past it (`around_ticks`), so no ray strikes "−1".
        rays = VGroup(*(dashed(self.axes, piece, stroke_color=MUTED_COLOR, stroke_width=2.5)
                        for ray in ray_points
                        for piece in self.around_ticks(InactiveConstraint._dense(ray, step=0.01))))
        # Tick numbers a ray runs through are drawn above the rays, on their dark outline
        # (`legible`), so they stay readable (a reviewer saw rays drawn over them).
        crossed = [n for n in self.tick_numbers()
                   if any(self._meets(n, to_scene(self.axes, ray)) for ray in ray_points)]
        rays.set_z_index(-1)
        # The axis points the rays start from, marked as the words name them (a reviewer
        # could not tell the 7° ray from the w₁-axis near its start).
        feet = VGroup(*(marker(to_scene(self.axes, ray[0]), TEXT_COLOR, radius=0.06)
                        for ray in ray_points))
        # Kept for the takeaway, which shows the four rays again as it names them.
        self.rays, self.ray_ticks, self.ray_feet = rays, crossed, feet
        # The ray of balance for the current w*: every ŵ = w* + μH⁻¹g (μ ≥ 0) has this w*.
        far = 4.0 * max(self.view.width, self.view.height)
        # Under ŵ's label (its dark backing), which it runs through (a reviewer's point).
        link = VMobject(stroke_color=CENTER_COLOR, stroke_width=2.5, stroke_opacity=0.8,
                        z_index=-1)
        link.add_updater(lambda m: set_pieces(m, self.axes, clip_polyline(balance_ray(
            self.state()[1], self.loss.inverse_hessian, length=far), self.view)))
        axis = self.zero_axis()
        # Balance, −∇f(w*) = H(ŵ − w*) = λg, in general (the line above is for the first ŵ),
        # and read the other way round.
        balance = MathTex(r"-\nabla f(w^*) = H(\hat w - w^*) = \lambda g", font_size=PANEL_FONT)
        balance.move_to(self.kkt, aligned_edge=LEFT)  # in the row of the balance it replaces
        # In the panel's order at that row: the kept penalty lines stay below it, and the
        # next line goes under them.
        self.panel_lines.insert(self.panel_lines.index(self.kkt) + 1, balance)
        relation = self.add_panel_line(MathTex(r"\hat w = w^* + \lambda H^{-1} g",
                                               font_size=PANEL_FONT))
        # r27 review #5 (a wall of 9–10 panel lines): the penalty line leaves as ŵ starts
        # to move, "λ depends on ŵ" takes its row for the drag's words, then gives it to
        # the relation; neither comes back.
        spent = self.depends_line if self.multiplier_moves() else None
        penalty = getattr(self, "penalty_lines", [None])[0]
        slot = penalty if penalty is not None else spent
        for line in (spent, relation):
            if line is not None and slot is not None:
                line.move_to(slot, aligned_edge=LEFT)
        # The relation takes the balance's row, read from it (r28 review: a 7-row wall of
        # equations by 104 s; at most six rows).
        relation.move_to(balance, aligned_edge=LEFT)
        for line in (spent, penalty):
            for lines in (self.panel_lines, getattr(self, "penalty_lines", [])):
                if line is not None and line in lines:
                    lines.remove(line)
        # The trail is named as it appears (a reviewer saw a red path nobody named).
        # What belongs to the first ŵ alone (the faint contours, −λg) goes under words that
        # say so (a reviewer saw them vanish unnamed).
        # The faint contours and −λg (the first ŵ's) leave silently under the words (a
        # reviewer read "Faint contours and −λg go" as a stage direction).
        # λ's readout is pointed at as it changes (a reviewer: for a fixed t, λ depends on
        # ŵ, and nobody said so); the move is slow enough for the trail to read (8–10 s).
        # "λ depends on ŵ" is said (and written) here, as λ's readout changes (a fresh
        # review heard "watch it change" in the balance beat, 6 s before any change).
        moves = self.multiplier_moves() and self.depends_line is not None
        lam_words = (", and λ changes{@lam} with {w_hat}" if moves else "")
        lam_spoken = (", and lambda changes{@lam} with w-hat" if moves else "")
        # "trailing red" is not said (r27: the trail barely read at 480p under the arrows).
        with self.cue("Move {w_hat}{@move}: {w_star} glides along the circle"
                      + lam_words + ".",
                      spoken="Move w-hat{@move}: w-star glides along the circle"
                      + lam_spoken + ".") as cue:
            followers = self.start_drag(live, stale)
            # One after the other, not cross-faded in one row (r28 review #13: the two
            # overlapping lines read "λ ≥ 0.14 ≥ 0" mid-fade).
            self.play(Conceal(self.kkt),
                      *([Conceal(penalty)] if penalty is not None and penalty in self.mobjects
                        else []), run_time=0.3)
            self.remove(self.kkt)
            self.play(Reveal(general), run_time=0.3)
            if penalty is not None:
                self.remove(penalty)
            self.tangent.add_updater(lambda m: m.set_points_as_corners(to_scene(
                self.axes, tangent_segment(self.state()[1], half_length=half))))
            self.normal.add_updater(lambda m: self.put_normal(m, self.state()[1]))
            self.corner_mark.add_updater(lambda m: m.set_points_as_corners(to_scene(
                self.axes, right_angle_mark(self.state()[1], size=size,
                                            towards=self.state()[0].center,
                                            inward=L2_MARK_INWARD, away=L2_MARK_AWAY))))
            label_offset = self.normal_label.get_center() - self.normal.get_end()
            self.normal_label.add_updater(lambda m: keep_in_frame(
                m.move_to(self.normal.get_end() + label_offset)))
            # r96 (item 5): w*'s red trail is not drawn (never named, and in the inset half
            # the arc read as a third curve); the glide is seen in w*'s dot and readout.
            # The thin ray is not shown yet: it appears as the words name it.
            followers += [self.tangent, self.normal, self.corner_mark, self.normal_label]
            cue.wait_until("move")
            lam_box = SurroundingRectangle(live[1], color=SOLUTION_COLOR, buff=0.06)
            if lam_words:
                # The readout is boxed from "λ changes" to the move's end (it rides as ŵ
                # goes; the box is still, the line under it keeps its place).
                def box_on(m: VMobject) -> None:
                    shown = (cue.elapsed - cue.time_of("lam")) / REVEAL_SECONDS
                    m.set_stroke(opacity=min(max(shown, 0.0), 1.0))
                lam_box.set_stroke(opacity=0.0)
                lam_box.add_updater(box_on)
                self.add(lam_box)
                # The panel's "λ depends on ŵ (t fixed)" fades in with the box.
                depends = self.depends_line

                def depends_on(m: VMobject) -> None:
                    shown = (cue.elapsed - cue.time_of("lam")) / REVEAL_SECONDS
                    m.set_opacity(min(max(shown, 0.0), 1.0))
                depends.set_opacity(0.0)
                depends.add_updater(depends_on)
                self.add(depends)
                followers.append(depends)
            sweep(self, self.drag, LABELLED_DRAG, *followers,
                  run_time=max(cue.until(cue.END), DRAG_SECONDS), rate_func=smooth)
            lam_box.clear_updaters()
            self.remove(lam_box)
            if lam_words:
                self.depends_line.clear_updaters()
                self.depends_line.set_opacity(1.0)
                followers.remove(self.depends_line)
        # The hinge of the argument, one step a beat, each line written as its words start
        # and rested on (a reviewer found two formulas and a ray packed into 8 s).
        # r94 (item 4): why −∇f(w*) = H(ŵ − w*) is said (f's gradient), and the line rests
        # ≥ 5 s (it was up 3.5 s).
        with self.cue("At every {w_star}, {neg_grad} = {H}({w_hat} − {w_star}) = {lam}{g}, "
                      "since ∇f(w) = {H}(w − {w_hat}).",
                      spoken="At every w-star, minus the gradient, H times w-hat minus "
                      "w-star, equals lambda g, since the gradient of f is H times w minus "
                      "w-hat.") as cue:
            # Out, then in: the two share a row (no cross-fade of glyphs).
            cue.play(Conceal(general),
                     *([Conceal(spent)] if spent is not None and spent in self.mobjects
                       else []), run_time=0.3)
            self.remove(general)
            cue.play(Reveal(balance), run_time=max(FORMULA_IN_SECONDS - 0.3, 0.3))
            self.remove(general)
            if spent is not None:
                self.remove(spent)
            cue.play(Indicate(self.pull, color=GRADIENT_COLOR),
                     PanelIndicate(balance, scale_factor=PANEL_INDICATE), until=cue.END)
        # Why H⁻¹ exists, said (a reviewer): setup refuses an H that is not positive definite.
        with self.cue("{H} is positive definite, so {H}⁻¹ exists{@rel}: {w_hat} = {w_star} + "
                      "{lam}{H}⁻¹{g}.",
                      spoken="H is positive definite, so H-inverse exists{@rel}: w-hat is w-star "
                      "plus lambda H-inverse g.",
                      settle=KEY_SETTLE_SECONDS) as cue:
            # Shown, not only said (a reviewer): H's eigenvalues, both positive, beside H.
            values = numbers(np.asarray(self.loss.eigenvalues, dtype=float), significant=3)
            # r34 review #12: on two lines beside H's two rows, L2_RIGHT_EDGE clear of the
            # frame's right edge (on one line it ended 22 px from it).
            eigen = VGroup(MathTex(r"\text{eigenvalues}", font_size=PANEL_FONT - 2),
                           MathTex(r",\ ".join(v.tex for v in values) + r" > 0",
                                   font_size=PANEL_FONT - 2)).arrange(DOWN, aligned_edge=LEFT,
                                                                      buff=0.1)
            room = config.frame_width / 2 - L2_RIGHT_EDGE - float(self.h_line.get_right()[0])
            eigen.next_to(self.h_line, RIGHT, buff=float(np.clip(room - eigen.width, 0.2, 0.35)))
            fit_to_frame(eigen)
            # λH⁻¹g grows from w* to ŵ as its formula is written (r27 review #9: two
            # formulas over a still picture); the eigenvalues stay up into the next words.
            link.update()
            # r96 (item 1): g is drawn as long as λH⁻¹g, from w*, above the dashed arrow, so
            # the tilt between the two is seen (at the forces' scale it was a stub under
            # the dashed arrow); its label and λH⁻¹g's are placed at g's new tip.
            g_ends = self.long_normal_ends()
            g_before = (self.normal.get_start(), self.normal.get_end())
            if g_ends is not None:
                self.normal.clear_updaters()
                self.normal.put_ends(*g_ends)
            inverse = self.get_inverse_arrow(link)
            grow = ([GrowArrow(self.inverse_arrow), Reveal(self.inverse_label),
                     *self.labels_clear_of_inverse(link)] if inverse else [])
            if g_ends is not None:
                self.normal.put_ends(*g_before)
                if inverse:
                    self.normal.set_z_index(self.inverse_arrow.z_index + 1)
                    grow.append(UpdateFromAlphaFunc(self.normal, lambda m, a: m.put_ends(
                        *(b + a * (e - b) for b, e in zip(g_before, g_ends)))))
            cue.play(Reveal(eigen), PanelIndicate(self.h_line, scale_factor=PANEL_INDICATE),
                     until="rel")
            old_note = None
            if inverse and self.scale_note is not None and self.scale_note in self.mobjects:
                # The note says which arrows are scaled as the true-length one comes.
                old_note = self.scale_note
                self.scale_note = self.get_scale_note(with_inverse=True)
                self.scale_note.align_to(old_note, RIGHT + DOWN)
                grow += [Conceal(old_note), Reveal(self.scale_note)]
            cue.play(Conceal(balance), run_time=0.3)
            self.remove(balance)
            cue.play(Reveal(relation), *grow, run_time=max(FORMULA_IN_SECONDS, 1.2))
            if old_note is not None:
                self.remove(old_note)
            cue.play(PanelIndicate(relation, scale_factor=PANEL_INDICATE),
                     run_time=max(cue.until(cue.END), 0.5))
        # The ray is drawn as the words start (r28 review #2: it was complete only as they
        # ended).
        # r96 (item 1): the point said: the ray leaves along H⁻¹g, tilted from the normal
        # g (when it is, by regmath's pull_turn).
        tilted = inverse and self.tilt_said()
        tilt_words = ", tilted from the normal {g}{@tilt}" if tilted else ""
        tilt_spoken = ", tilted from the normal g{@tilt}" if tilted else ""
        with self.cue("{@ray}So {w_hat} sits on the ray from {w_star} along {@inv}{H}⁻¹{g}"
                      + tilt_words + ".",
                      spoken="{@ray}So w-hat sits on the ray from w-star along "
                      "{@inv}H-inverse g" + tilt_spoken + ".") as cue:
            link.update()
            cue.play(Create(link), Indicate(self.center_marker, color=CENTER_COLOR,
                                            scale_factor=1.4), at="ray",
                     run_time=max(min(cue.until("inv" if inverse else cue.END), 1.5), 0.8))
            if inverse:
                glyph = VGroup(*(m for m in self.normal_label.submobjects if m is not getattr(
                    self.normal_label, "background_rectangle", None)))
                cue.play(Indicate(self.inverse_arrow, color=CENTER_COLOR, scale_factor=1.0),
                         at="inv", run_time=max(min(cue.until("tilt" if tilted else cue.END)
                                                    - 0.1, 1.0), 0.6))
                if tilted:
                    cue.play(Indicate(self.normal, color=NORMAL_COLOR, scale_factor=1.0),
                             Indicate(glyph, color=NORMAL_COLOR), at="tilt",
                             run_time=max(min(cue.until(cue.END) - 0.4, 1.2), 0.6))
            cue.play(Conceal(eigen), run_time=0.4)
            followers.append(link)
        self.remove(eigen)
        # The chain, once, before the demonstration: every ŵ on the ray has this w*. Another
        # ŵ runs up the ray and back down towards w*, drawing its own touching contour
        # (regmath solves its problem in every frame), which touches the circle at the same
        # w* all along (a reviewer saw a hollow dot slide with nothing showing the claim).
        self.show_ray_family(link)
        # The labels went in the ray beat, the arrows and tangent before the rays (r27).
        gone_early = [self.pull_label, self.normal_label, *getattr(self, "cleared", [])]
        followers = [m for m in followers if all(m is not g for g in gone_early)]
        # The fan goes as the words keep four of its rays (a reviewer saw it vanish unnamed).
        # One cue for the four rays (the takeaway says it again; the scene keeps its length).
        # Qualified as the screen is (r27 review #11): inside the disc, w* = ŵ, which may
        # have a zero anywhere on an axis.
        # r32 (review #6): where the four rays start is said and marked first. (A "(0, 1)"
        # label at the foot nearest w* sat beside w*'s own label inside the circle and read
        # as "w* = (0, 1)": left out; the words and the marked feet name the points.)
        # r94: "keep four rays" read oddly (nothing was being kept).
        with self.cue("Where the circle meets the axes{@feet}, four of these rays start{@rays}: for "
                      "{w_hat} outside the circle, only there{@four} does ridge give an "
                      "exact zero.") as cue:
            for n in crossed:
                legible(n)
            cue.play(Reveal(feet), Conceal(self.fan), at="feet",
                     run_time=0.5)
            cue.play(Indicate(feet, color=TEXT_COLOR, scale_factor=1.6),
                     run_time=max(min(cue.until("rays"), 1.2), 0.6))
            cue.play(Create(rays), at="rays",
                     run_time=max(min(cue.until("four"), 2.0), 1.0))
            cue.play(rays.animate.set_stroke(TEXT_COLOR, width=4), at="four", run_time=0.6)
            cue.play(Indicate(rays, color=TEXT_COLOR, scale_factor=1.0),
                     run_time=max(cue.until(cue.END), 1.0))
        crossing = float(self.path.crossing)
        k = self.surprise_index
        flip_at = self.flip_at
        # What ŵ's label must stay clear of where ŵ stops near an axis (besides the tick
        # numbers): what is drawn there (a reviewer saw it on the "2").
        near = [self.contour, self.tangent, self.normal, self.pull, link, rays,
                self.tangent_label, self.tangent_dot]
        if flip_at is not None:
            # The flip, shown where it is said: the drag stops where ŵ_k and w*_k have
            # opposite signs, both farthest from 0 (regmath.sign_flip_point).
            # r32 (review #1: the sign flip too dense): its own cue after the crossing's,
            # resting after its words.
            hat_k, star_k = self.flip_signs
            leave = "."
            leave_spoken = "."
            number_word = "one" if k == 0 else "two"
            flip_words = (f"Then it leaves: {{@flip}}now {{w{k + 1}_hat}} "
                          f"{'>' if hat_k > 0 else '<'} 0 but {{w{k + 1}_star}} "
                          f"{'>' if star_k > 0 else '<'} 0, a flipped sign.")
            flip_spoken = (f"Then it leaves: {{@flip}}now w-hat-{number_word} is "
                           f"{'positive' if hat_k > 0 else 'negative'} but w-{number_word}-star "
                           f"is {'positive' if star_k > 0 else 'negative'}, a flipped sign.")
        else:
            leave = ", then leaves it again."
            leave_spoken = leave
        first_stop = flip_at if flip_at is not None else self.drag_end()
        leftover: list[VMobject] = []  # marks resting after a cue, gone in the next one
        covered: list[VMobject] = []  # tick numbers under ŵ's or w*'s dot where ŵ stops
        # A zoom inset at w* (a reviewer could not see w₁* = −0.08 on the main plot), named
        # as it appears.
        inset = self.make_flip_inset([*self.problem, self.h_line, *live,
                                                    balance, relation,
                                                    *getattr(self, "penalty_lines", [])])
        # r94 (item 7): the inset comes as the words start (it came 1 s after them).
        zoom = "" if inset is None else " (zoom at right)"
        with self.cue("{w_star} reaches the " + axis + zoom + " only as {w_hat} crosses a ray"
                      "{@cross}" + leave,
                      spoken="w-star reaches the " + axis
                      + ("" if inset is None else ", zoomed in at right,")
                      + " only as w-hat crosses a ray{@cross}" + leave_spoken) as cue:
            # ŵ reaches the ray as the words say "crosses one" and stops there while the exact
            # zero is marked (readout, w* on the axis), then goes on.
            # The four rays step back.
            if inset is not None:
                followers += self.attach_flip_inset()
            cue.play(rays.animate.set_stroke(MUTED_COLOR, width=2.5),
                     *([Reveal(inset), *(Dim(m) for m in self.flip_crossed)]
                       if inset is not None else []), run_time=0.6)
            sweep(self, self.drag, crossing, *followers, over=[self.center_marker],
                  run_time=max(cue.until("cross"), 1.0), rate_func=rate_functions.ease_in_sine)
            # The exact zero held and boxed for ZERO_HOLD seconds (a reviewer had 1.5 s to
            # read it); a box, not a passing flash, which left red specks behind.
            zero_box = SurroundingRectangle(live[1], color=SOLUTION_COLOR, buff=0.06)
            cue.play(Create(zero_box), run_time=0.3)
            cue.play(Indicate(self.center_marker, color=CENTER_COLOR, scale_factor=1.4),
                     Indicate(self.tangent_dot, color=SOLUTION_COLOR, scale_factor=1.5),
                     run_time=ZERO_HOLD - 0.7)
            cue.play(Conceal(zero_box), run_time=0.4)
            self.remove(zero_box)
            if flip_at is None:
                sweep(self, self.drag, first_stop, *followers, over=[self.center_marker],
                      run_time=max(cue.until(cue.END), 2.0),
                      rate_func=rate_functions.ease_out_sine)
        if flip_at is not None:
            with self.cue(flip_words, spoken=flip_spoken, settle=KEY_SETTLE_SECONDS) as cue:
                sweep(self, self.drag, first_stop, *followers, over=[self.center_marker],
                      run_time=max(cue.until("flip") - HAT_LABEL_SECONDS, 1.5),
                      rate_func=rate_functions.ease_out_sine)
                # ŵ's label steps clear of the tick numbers where ŵ stands, then both
                # readouts are boxed as the signs are said.
                self.aim_center_label(near)
                covered = self.covered_ticks(crossed)
                cue.play(self.hat_blend.animate.set_value(1.0),
                         *(self.tick_aside(n) for n in covered), run_time=HAT_LABEL_SECONDS)
                boxes = VGroup(*(SurroundingRectangle(line, color=SOLUTION_COLOR, buff=0.06)
                                 for line in live))
                cue.play(Create(boxes), at="flip", run_time=0.3)
                cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR),
                         run_time=max(cue.until(cue.END), 0.8))
            # The boxes rest through the settle and go under the next words (r32; a fade
            # between captions is silent motion).
            leftover.append(boxes)
        if self.surprise_at is not None:
            # The tilt, drawn as it is named: the contour's long axis against a level line
            # through ŵ (a reviewer could not see a 10° tilt said over highlights alone).
            loss_now, sol_now = self.state(self.surprise_at, self.t)
            self._state = None
            major, _ = tilt_marks(loss_now, sol_now.level)
            # The horizontal is solid and thin, unlike the dashed rays on screen (a reviewer
            # read a grey dashed level line as one more ray).
            # r90 (both reviews, item 5): the long axis alone, named by the words (an
            # unlabelled level line and axis crossed ŵ on the w₂-axis); the ticks' level
            # is the reference.
            tilt = VGroup(*(dashed(self.axes, piece, stroke_color=LOSS_COLOR, stroke_width=3)
                            for piece in clip_polyline(major, self.view)))
            # What the drag shows, said: at ŵ_k = 0, w*_k ≠ 0 is never a shrink toward 0.
            # After the flip (if shown) ŵ runs on to ŵ_k = 0 as the words say so.
            number_word = "one" if k == 0 else "two"
            # The tilt in words, not a colour legend (a reviewer read "(blue: long axis;
            # grey: horizontal)" as a production note).
            # One sentence (a fresh review found the scene too dense).
            # r32 (review #1, the sign flip too dense): the sentence ends at the tilt, and
            # the tilt and the boxed readouts rest after it.
            with self.cue(f"Here {{w{k + 1}_hat}} = 0{{@zero}}, yet {{w{k + 1}_star}} is not "
                          "0{@odd}: {H} tilts the ellipses{@tilt} (dashed axis).",
                          spoken=f"Here w-hat-{number_word} is zero{{@zero}}, yet "
                          f"w-{number_word}-star is not{{@odd}}: H tilts the ellipses{{@tilt}}, "
                          "dashed axis.") as cue:  # r90: no settle (pays for the longer words)
                if leftover:
                    cue.play(*(Conceal(m) for m in leftover), run_time=0.3)
                    self.remove(*leftover)
                    leftover.clear()
                if flip_at is not None:
                    sweep(self, self.drag, self.surprise_at, *followers,
                          over=[self.center_marker], run_time=max(cue.until("zero"), 0.8),
                          rate_func=smooth)
                # Tick numbers under ŵ's ringed dot or w*'s step back, and ŵ's label goes
                # clear of them and of the tilt marks to come (a reviewer saw it on the "2").
                more = [n for n in self.covered_ticks(crossed) if n not in covered]
                covered += more
                self.aim_center_label([*near, tilt])
                # r94 (item 7): the dashed axis drawn as the words start when ŵ is already
                # there (it came 1.8 s after its caption); else as "tilts" is said.
                early_tilt = flip_at is None
                cue.play(self.hat_blend.animate.set_value(1.0),
                         *(self.tick_aside(n) for n in more),
                         *([Create(tilt)] if early_tilt else []),
                         run_time=max(HAT_LABEL_SECONDS, 0.8) if early_tilt else HAT_LABEL_SECONDS)
                # One box per readout line: H sits between them in the panel, and one box
                # round both framed H instead (a reviewer's point).
                odd_boxes = VGroup(*(SurroundingRectangle(line, color=SOLUTION_COLOR,
                                                          buff=0.06) for line in live))
                cue.play(Create(odd_boxes), at="odd", run_time=0.3)
                cue.play(PanelIndicate(self.h_line, scale_factor=PANEL_INDICATE),
                         *([Indicate(tilt, color=LOSS_COLOR, scale_factor=1.0)] if early_tilt
                           else [Create(tilt)]),
                         at="tilt", run_time=max(min(cue.until(cue.END), 1.2), 0.6))
                cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR),
                         run_time=max(cue.until(cue.END), 0.5))
            # The tilt and boxes rest through the settle and go under the next words (r32).
            leftover += [tilt, odd_boxes]
        # A few ŵ drawn at random (numpy, fixed seed: regmath.ray_fan), kept clear of ŵ.
        misses = missing_centers(self.loss.hessian, self.t, self.view, count=MISS_COUNT,
                                 seed=MISS_SEED, avoid=[self.state()[0].center])
        # None on a tick number (r27 review #12 saw one against the "2"): layout only, a
        # drawn ŵ whose dot would touch a number's box is left out.
        misses = [c for c in misses if not any(
            np.all(np.abs(to_scene(self.axes, c)[:2] - n.get_center()[:2])
                   <= np.array([n.width, n.height]) / 2 + 0.25) for n in self.tick_numbers())]
        # Where two of them land (r27 review #12: "miss all four rays" shown, not only
        # said): their w* (regmath's constrained), off the axes, joined to them.
        # The two whose w* lands farthest from both axes (the plainest "off the axes"),
        # and not on our w*.
        landed = [(c, constrained(Quadratic(center=c, hessian=self.loss.hessian),
                                  norm=self.norm, radius=self.t).point) for c in misses]
        ours = self.state()[1].point
        distant = [pair for pair in landed if np.linalg.norm(pair[1] - ours) > 0.25 * self.t]
        # Every ŵ shown is mapped (r28 review #7): when every sample lands near our w*,
        # those are shown, mapped, rather than none.
        landed = sorted(distant or landed,
                        key=lambda pair: -float(np.min(np.abs(pair[1]))))[:MISS_SHOWN]
        # Only the ŵ whose w* is shown (r28 review #7: five drawn, two mapped): each
        # sample visibly lands on the circle off the axes.
        miss_dots = VGroup(*(marker(to_scene(self.axes, c), CENTER_COLOR, radius=0.07, z_index=6)
                             .set_fill(opacity=0.0).set_stroke(CENTER_COLOR, width=3)
                             for c, _ in landed))
        miss_stars = VGroup(*(marker(to_scene(self.axes, p), SOLUTION_COLOR, radius=0.07,
                                     z_index=6) for _, p in landed))
        miss_links = VGroup(*(dashed(self.axes, np.array([c, p]), stroke_color=CENTER_COLOR,
                                     stroke_width=2, stroke_opacity=0.8)
                              for c, p in landed))
        # r90 (both reviews, item 5): the samples and their w* come as the words start and
        # rest under them (their w* came 1 s before the words ended).
        # r96 (item 3): the samples, their links and their w* come together as the words
        # start (the tilt and the zoom leave at the same time, not before), and rest ≥ 4 s.
        with self.cue("{@miss}A ray has no area, so a typical {w_hat} misses all four rays.",
                      settle=MISS_SETTLE) as cue:
            going = [Conceal(m) for m in leftover]
            if inset is not None:  # the zoom has served
                for mobject, _ in self.flip_followers:
                    mobject.clear_updaters()
                followers = [m for m in followers
                             if all(m is not f for f, _ in self.flip_followers)]
                going += [Conceal(inset), *(Undim(m) for m in self.flip_crossed)]
            cue.play(*going, rays.animate.set_stroke(TEXT_COLOR, width=4),
                     *(Reveal(d) for d in miss_dots), *(Create(m) for m in miss_links),
                     *(Reveal(m) for m in miss_stars), at="miss", run_time=0.8)
            self.remove(*leftover)
            leftover.clear()
            if inset is not None:
                self.remove(inset)
            cue.play(*(Indicate(d, color=TEXT_COLOR, scale_factor=1.6) for d in miss_dots),
                     *(Indicate(m, color=SOLUTION_COLOR) for m in miss_stars),
                     *([] if len(miss_dots) else [Indicate(rays, color=TEXT_COLOR,
                                                           scale_factor=1.0)]),
                     run_time=max(min(cue.until(cue.END), 2.0), 0.6))
        # (r90: no wordless hold on the misses: they rest under their own words now.)
        # Everything the drag added goes as the words list it, and nothing of it comes back
        # (a reviewer found a right-angle mark and older objects left at the end): the
        # arrows, tangent and right-angle mark served the balance and the drag.
        gone = [m for m in (miss_dots, *miss_links, *miss_stars, rays, feet,
                            link,
                            self.tangent, self.corner_mark,
                            self.pull, self.normal)
                if m in self.mobjects or m is miss_dots]
        # They leave silently as the words start (a reviewer read "Extra ŵs, rays, trail,
        # arrows and tangent go" as a stage direction).
        with self.cue("{@gone}Back to {w_hat} = {c}{@back}.",
                      c=point(self.loss.center),
                      spoken="{@gone}Back to w-hat = {c}{@back}.") as cue:
            for follower in followers:
                if follower in gone:
                    follower.clear_updaters()
            cue.play(*(Conceal(m) for m in gone), *([Conceal(self.scale_note)]
                                                   if self.scale_note is not None
                                                   and self.scale_note in self.mobjects
                                                   else []),
                     at="gone", run_time=0.6)
            followers = [m for m in followers if m not in gone]
            # ŵ's label keeps its side of the dot as ŵ glides home and after (a reviewer
            # saw it swap sides on the way home).
            if self._hat_offsets is not None:
                kept = self.center_label.get_center() - self.center_dot.get_center()
                self._hat_offsets = (kept, kept)
            sweep(self, self.drag, 0.0, *followers, over=[self.center_marker],
                  run_time=max(cue.until(cue.END) - 1.2, 1.5), rate_func=smooth)
            for follower in followers:
                follower.clear_updaters()
            self._follow_center(self.center_marker)
            # The arrows and the tangent (put away) and the arrows' labels are set at the
            # original ŵ's places.
            self.follow_pull(self.pull)
            self.put_normal(self.normal, self.solution)
            self.tangent.set_points_as_corners(to_scene(
                self.axes, tangent_segment(self.solution, half_length=half)))
            self.corner_mark.set_points_as_corners(to_scene(
                self.axes, right_angle_mark(self.solution, size=size,
                                            towards=self.loss.center,
                                            inward=L2_MARK_INWARD, away=L2_MARK_AWAY)))
            for label in (self.pull_label, self.normal_label):
                label.update()
                label.clear_updaters()
                # A label that stepped clear of λH⁻¹g keeps that offset from its arrow's
                # tip (`labels_clear_of_inverse`), at the original ŵ's arrows too.
                at = self.__dict__.get("_label_offsets", {}).get(id(label))
                if at is not None:
                    label.move_to(at[0]() + at[1])
            # Out, then in: the live lines and the home lines sit in the same slots, and a
            # cross-fade read as glyph soup (a reviewer's point).
            # The derivation's lines leave with them: the balance line returns where
            # "ŵ = w* + λH⁻¹g" stood (a reviewer saw the two garbled for a second).
            out_time = max(0.5 * (cue.until(cue.END) - 0.1), 0.4)
            cue.play(*(Conceal(line) for line in live), Conceal(relation),
                     *([Conceal(balance)] if balance in self.mobjects else []),
                     run_time=out_time)
            # The balance line comes back only if it stays (r28 review #12: it came for
            # 1 s and left as the verdict took its row; `show_verdict`).
            rest = [m for m in self.panel_lines if m is not relation and m is not balance]
            kkt_stays = not (rest and rest[-1] is self.kkt)
            cue.play(*(Reveal(m) for m in (self.data_line,
                                           *([self.kkt] if kkt_stays else []),
                                           *self._with_pull_line(stale))),
                     *(self.tick_back(m) for m in covered),
                     Reveal(self.rings_group),
                     run_time=max(cue.until(cue.END), 1.2))
        for line in (relation, balance):
            self.panel_lines.remove(line)

    def labels_clear_of_inverse(self, link: VMobject) -> list[Animation]:
        """g's and −∇f(w*)'s labels step to places clear of λH⁻¹g, its label and the thin
        ray to come (the layout report saw the arrow strike "g" and the ray "−∇f(w*)");
        they stay there until the ray beat puts them away. Layout only."""
        steps = []
        labels = ((self.normal_label, self.normal.get_end()),
                  (self.pull_label, self.pull.get_end()))
        for label, tip in labels:
            # (The pull's label counts where it stood even when it leaves: in its place "g"
            # read as the pull's name; r34 final render.)
            others = [m for m, _ in labels if m is not label]
            probe = label.copy()
            away = label.get_center() - tip
            if label is self.normal_label and L2_PULL_LABEL_LEAVES:
                # r94 (item 4): the pull leaves with its label, so "g" goes on the side of g
                # away from λH⁻¹g (beside the dashed arrow it read as that arrow's name).
                along = self.normal.get_end() - self.normal.get_start()
                across = np.array([-along[1], along[0], 0.0])
                inverse = self.inverse_arrow.get_end() - self.inverse_arrow.get_start()
                away = across if float(np.dot(across, inverse)) < 0.0 else -across
            place_clear(probe, tip, away,
                        [self.ball, self.contour,
                         *([] if L2_PULL_LABEL_LEAVES else [self.pull]), self.normal, self.tangent,
                         self.corner_mark, self.inverse_arrow, self.inverse_label, link,
                         self.center_marker, self.tangent_label, *others,
                         # The axis lines too (the layout report saw the w₂-axis through
                         # "g" for 6 s), and the scale note.
                         self.axes.x_axis, self.axes.y_axis,
                         *([self.scale_note] if self.scale_note is not None else []),
                         *self.tick_numbers()], minor=[self.axes],
                        buff=L2_INVERSE_LABEL_BUFF)
            keep_in_frame(probe)
            label.clear_updaters()
            start = self.normal.get_start()
            along = self.normal.get_end() - start
            rel = probe.get_center() - start
            if (label is self.normal_label and not L2_PULL_LABEL_LEAVES
                    and float(along[0] * rel[1] - along[1] * rel[0]) > 0.0):
                # r34 final render: on the pull's side of g, "g" read as the pull's name;
                # it keeps its place at g's tip, on g's own side (layout only).
                probe.move_to(label.get_center())
            if label is self.pull_label and L2_PULL_LABEL_LEAVES:
                # r34 review #1: near the crowded w* no place was clear of the contour and
                # the w₂-axis; the label leaves as λH⁻¹g comes (the arrow keeps its colour,
                # and the panel's balance line names it).
                # r94 (item 4): the arrow leaves with its label (without it, it lay on the
                # w₂-axis's ticks unnamed and hid g); the relation now on the panel has no
                # −∇f. It is put away for good (`cleared`: the drag no longer moves it).
                steps.append(Conceal(label))
                if self.pull in self.mobjects:
                    self.pull.clear_updaters()
                    self.cleared = [*getattr(self, "cleared", []), self.pull]
                    steps.append(Conceal(self.pull))
            else:
                steps.append(label.animate.move_to(probe.get_center()))
            arrow = self.normal if label is self.normal_label else self.pull
            self.__dict__.setdefault("_label_offsets", {})[id(label)] = (
                arrow.get_end, probe.get_center() - tip)
        return steps

    def show_ray_family(self, link: VMobject) -> None:
        """Another ŵ on the ray of balance with its own touching contour, which touches the
        circle at the same w* (regmath.balance_family); the arrows' labels step back first,
        for room at w* (a reviewer saw them crowd it near the axis)."""
        loss, sol = self.state()
        low, high = ray_factor_range(sol, loss.center, self.view,
                                     margin=RAY_GHOST_MARGIN * min(self.view.width,
                                                                   self.view.height))
        # It starts at ŵ, or where the ray leaves the view when ŵ is off it; it runs out,
        # then in towards w* (or in, then halfway back, when it starts at the view's edge).
        start = min(max(1.0, low), high)
        down = max(low, RAY_GHOST_NEAR * start)
        up = min(high, RAY_GHOST_FAR * start)
        legs = (up, down) if up > start else (down, 0.5 * (start + down))
        factor = ValueTracker(start)
        ghost = marker(to_scene(self.axes, ray_loss(loss, sol, factor=start).center),
                       CENTER_COLOR, radius=0.09, z_index=6).set_fill(opacity=0.0).set_stroke(CENTER_COLOR, width=3)
        # Above its contour, on its dark backing (a reviewer saw the contour cross it).
        # r34 review #13: at 32 units (28 was hard to read at 480p).
        ghost_label = legible(MathTex(r"\text{another } \hat w", font_size=32,
                                      color=CENTER_COLOR)).set_z_index(6)
        # Beside the ray, on its right-hand side (layout only: the ray's scene direction).
        # (On the side of the ray away from ŵ's own label, `center_label_side`.)
        along = link.get_end() - link.get_start()
        side = np.array([along[1], -along[0], 0.0])
        side /= max(float(np.linalg.norm(side)), 1e-12)
        if float(np.dot(side, self.center_label_side())) > 0.0:
            side = -side
        ghost_contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=3, stroke_opacity=0.9,
                                 z_index=1)

        def follow_ghost(m: VMobject) -> None:
            other = ray_loss(loss, sol, factor=factor.get_value())
            m.move_to(to_scene(self.axes, other.center))

        def follow_ghost_label(m: VMobject) -> None:
            keep_in_frame(m.next_to(ghost, side, buff=0.1))

        def follow_ghost_contour(m: VMobject) -> None:
            other = ray_loss(loss, sol, factor=factor.get_value())
            level = constrained(other, norm=self.norm, radius=self.t).level
            set_pieces(m, self.axes, clip_polyline(level_set(other, level,
                                                             samples=self.contour_samples),
                                                   self.view))

        ghost.add_updater(follow_ghost)
        ghost_label.add_updater(follow_ghost_label)
        ghost_contour.add_updater(follow_ghost_contour)
        for m in (ghost, ghost_label, ghost_contour):
            m.update()
        moving = (ghost_contour, ghost, ghost_label)  # the label drawn last, on top
        # One ray per point of the circle, drawn (a reviewer heard it said over one ray):
        # the rays of evenly spaced circle points, ŵ = v + μH⁻¹v (regmath.ray_fan).
        # Faint (r27: the layout report saw it strike ŵ's label and a tick number).
        self.fan = VGroup(*(polyline(self.axes, segment, stroke_color=MUTED_COLOR,
                                     stroke_width=L2_FAN_WIDTH, stroke_opacity=L2_FAN_OPACITY)
                            for _, segment in circle_rays(self.loss.hessian, self.t, self.view,
                                                          count=FAN_COUNT)))
        # Under the tick numbers, which are drawn on their dark outline (`legible`): a
        # reviewer saw the fan drawn over them.
        self.fan.set_z_index(-1)
        fanned = [n for n in self.tick_numbers()
                  if any(self._meets(n, to_scene(self.axes, segment))
                         for _, segment in circle_rays(self.loss.hessian, self.t, self.view,
                                                       count=FAN_COUNT))]
        for n in fanned:
            legible(n)
        # The arrows' labels step aside as the words say so (a reviewer saw them vanish).
        # The labels step aside silently as the words start (a reviewer read "Labels aside"
        # as a stage direction); the L1 contrast is said while the fan is shown.
        # r90 (both reviews, item 2): "One ray per point" is its own caption, the fan drawn
        # and resting under it (it finished as the words moved on to the lasso).
        with self.cue("{@every}Every {w_hat} on this ray has this {w_star}{@along}: its "
                      "contour touches there{@same}.",
                      spoken="{@every}Every w-hat on this ray has this w-star{@along}: its "
                      "contour touches there{@same}.") as cue:
            inverse = [m for m in (self.inverse_arrow, self.inverse_label)
                       if m is not None and m in self.mobjects]
            # One topic at a time (r27): the balance's arrows, tangent and scale note go
            # as the rays begin.
            cue.play(Conceal(self.normal_label),
                     *([] if L2_PULL_LABEL_LEAVES else [Conceal(self.pull_label)]),
                     *(Conceal(m) for m in inverse), *self.clear_balance(),
                     link.animate.set_stroke(width=4, opacity=1.0), run_time=0.4)
            cue.play(Reveal(ghost), Reveal(ghost_label), Create(ghost_contour), at="every",
                     run_time=0.5)
            sweep(self, factor, legs[0], *moving, run_time=max(cue.until("same"), 1.0),
                  rate_func=smooth)
            # Marked, not flashed (a flash left specks behind).
            # Its label leaves before it runs in towards w* (a reviewer saw it written on the
            # tangent line there).
            ghost_label.clear_updaters()
            cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR, scale_factor=1.6),
                     Conceal(ghost_label), run_time=0.8)
            moving = (ghost_contour, ghost)
            sweep(self, factor, legs[1], *moving, run_time=max(cue.until(cue.END) - 0.4, 1.0),
                  rate_func=smooth)
            for m in moving:
                m.clear_updaters()
            self.remove(ghost_label)
            cue.play(Conceal(ghost), Conceal(ghost_contour),
                     link.animate.set_stroke(width=2.5, opacity=0.8), run_time=0.4)
        # r94 (item 2): the reason the right way round (f strictly convex, so one w* per ŵ,
        # so rays of different w* cannot meet), the fan drawn brighter and resting ≥ 3.5 s
        # under "one ray per point of the circle".
        with self.cue("f is strictly convex, so each {w_hat} has exactly one {w_star}: "
                      "{@fan}one ray per point of the circle{@rest}, and rays never cross.",
                      spoken="f is strictly convex, so each w-hat has exactly one w-star: "
                      "{@fan}one ray per point of the circle{@rest}, and rays never cross.") as cue:
            cue.play(LaggedStart(*(Create(r) for r in self.fan), lag_ratio=0.08), at="fan",
                     run_time=max(min(cue.until("rest"), 1.6), 1.0))
            cue.play(Indicate(self.fan, color=TEXT_COLOR, scale_factor=1.0),
                     run_time=max(cue.until(cue.END), 0.5))

    inverse_arrow: VMobject | None = None
    inverse_label: VMobject | None = None

    def long_normal_ends(self) -> tuple[np.ndarray, np.ndarray] | None:
        """g's drawn ends for the key step: regmath's normal arrow from w*, as long as
        λH⁻¹g (regmath's inverse_hessian_arrow at scale λ, which ends on ŵ), so the two
        directions are compared at one length; None when its tip leaves the view."""
        sol = self.state()[1]
        inverse = inverse_hessian_arrow(sol, self.loss.inverse_hessian, scale=sol.multiplier)
        length = float(np.linalg.norm(np.subtract(inverse.end, inverse.start)))
        arrow = normal_arrow(sol, sol.normal, length=length)
        if not self.view.contains(np.array([arrow.end, inverse.end])):
            return None
        return to_scene(self.axes, arrow.start), to_scene(self.axes, arrow.end)

    def tilt_said(self) -> bool:
        """Whether the ray's tilt from g is said: H⁻¹g turned at least L2_TILT_SAID degrees
        from g at the current w* (regmath's pull_turn: −∇f = λg and ŵ − w* = λH⁻¹g)."""
        loss, sol = self.state()
        return pull_turn(loss, sol.point) >= L2_TILT_SAID

    def get_inverse_arrow(self, link: VMobject) -> bool:
        """λH⁻¹g from w* at true length (regmath's inverse_hessian_arrow at scale λ: it ends
        on ŵ, since ŵ − w* = λH⁻¹g), with its label, as ``inverse_arrow`` and
        ``inverse_label``; False (none) when ŵ is out of the view."""
        sol = self.state()[1]
        arrow = inverse_hessian_arrow(sol, self.loss.inverse_hessian, scale=sol.multiplier)
        if not self.view.contains(np.array([arrow.end])):
            return False
        self.inverse_arrow = self.get_arrow(arrow, CENTER_COLOR, stroke_width=NORMAL_WIDTH)
        self.inverse_arrow.set_z_index(3)
        self.inverse_arrow.set_stroke(BACKGROUND, width=NORMAL_WIDTH + 4, background=True)
        self.move_arrow(self.inverse_arrow, arrow)
        # At true length, not the forces' scale: dashed, so it does not read as a third
        # force (r28 review #1), and its head stops at ŵ's ring, not over ŵ's dot (layout
        # only: the drawn tip is pulled back by the ring's radius along the arrow).
        start, end = self.inverse_arrow.get_start(), self.inverse_arrow.get_end()
        unit = (end - start) / max(float(np.linalg.norm(end - start)), 1e-9)
        self.inverse_arrow.put_ends(start, end - (HAT_RING_RADIUS + 0.03) * unit)
        dash_shaft(self.inverse_arrow.shaft)
        label = legible(MathTex(r"\lambda H^{-1}g", font_size=NORMAL_LABEL_FONT - 4,
                                color=CENTER_COLOR))
        along = np.asarray(arrow.end, dtype=float) - np.asarray(arrow.start, dtype=float)
        # Beside its own arrow (r28 review #4: it sat on −∇f(w*)'s arrow and the w₂-axis
        # next to a crowded w*). The labels of g and −∇f(w*) are not in its way: they step
        # clear of it as it comes (`labels_clear_of_inverse`). Two distances, the nearer
        # preferred (a far label reads as another object's).
        place_farther(label, self.inverse_arrow.get_center(), np.array([along[1], -along[0]]),
                      [self.ball, self.contour, self.pull, self.normal, self.tangent,
                       self.tangent_label, self.center_marker, self.inverse_arrow, link,
                       self.axes, *self.tick_numbers(),
                       # r27 review #6: it sat on the right-angle mark.
                       self.corner_mark,
                       # ŵ's ring as the ray beat marks it (Indicate at 1.4).
                       self.center_marker.copy().scale(1.5),
                       *([self.scale_note] if self.scale_note is not None else [])],
                      buffs=(0.2, 0.35))
        label.add_background_rectangle(color=BACKGROUND, opacity=PULL_LABEL_BOX_OPACITY,
                                       buff=0.04)
        self.inverse_label = keep_in_frame(label.set_z_index(LABEL_ABOVE_CONE))
        return True

    def clear_balance(self) -> list[Animation]:
        """The balance beat's arrows, tangent and right-angle mark go before the rays (r27:
        one topic on screen at a time); `cleared` lists them, so the drag stops moving
        them (a sweep would bring them back)."""
        now = [m for m in (self.pull, self.normal, self.tangent, self.corner_mark,
                           self.inverse_arrow, self.inverse_label, self.scale_note)
               if m is not None and m in self.mobjects]
        self.cleared = [*getattr(self, "cleared", []), *now]
        for m in now:
            m.clear_updaters()
        return [Conceal(m) for m in now]

    def tick_aside(self, number: VMobject) -> Animation:
        """A tick number at ŵ's or w*'s dot stays where its axis put it (r28 review #5: its
        4 px step aside read as a jump) and is drawn above the dots on its dark outline
        (r27 review #2: tick numbers never dim); `tick_back` puts its drawing order back.
        A still animation (the number does not move). Layout only."""
        self.__dict__.setdefault("_tick_z", {})[id(number)] = [
            m.z_index for m in number.get_family()]
        legible(number)
        number.set_z_index(TICK_OVER_DOTS)
        return Animation(number)

    def tick_back(self, number: VMobject) -> Animation:
        """The tick number's drawing order as its axis set it (`tick_aside`)."""
        saved = self.__dict__.get("_tick_z", {}).pop(id(number), None)
        if saved is not None:
            for m, z in zip(number.get_family(), saved):
                m.z_index = z
        return Animation(number)

    def covered_ticks(self, crossed: list[VMobject]) -> list[VMobject]:
        """Tick numbers (not already drawn above the rays) under ŵ's or w*'s dot where ŵ
        stands now (layout only)."""
        return [n for n in self.tick_numbers() if n not in crossed
                and (boxes_meet(n, self.center_dot) or boxes_meet(n, self.tangent_dot))]

    @staticmethod
    def _meets(mobject: VMobject, segment: np.ndarray) -> bool:
        """Whether a straight segment (two scene points) passes through the mobject's box
        (layout only)."""
        (x0, y0), (x1, y1) = mobject.get_corner(DOWN + LEFT)[:2], mobject.get_corner(UP + RIGHT)[:2]
        a, b = segment[0][:2], segment[-1][:2]
        for u in np.linspace(0.0, 1.0, 400):
            x, y = a + u * (b - a)
            if x0 <= x <= x1 and y0 <= y <= y1:
                return True
        return False

    @property
    def surprise_index(self) -> int:
        """The weight whose ŵ entry passes 0 after the crossing (the one that was 0 at it)."""
        return 1 - int(np.argmax(np.abs(self.state(float(self.path.crossing), self.t)[1].point)))

    @property
    def surprise_at(self) -> float | None:
        """Where, after the crossing, ŵ's entry passes exactly 0 while w*'s does not (a tilted
        H couples the weights), or None."""
        if not hasattr(self, "_surprise_at"):
            k = self.surprise_index
            s = path_axis_crossing(self.path, k, start=float(self.path.crossing) + 1e-6,
                                   stop=0.8)
            self._state = None
            # "not 0" must show on the readouts (two decimals at t = 1): at least 0.005 t.
            if s is not None and abs(self.state(s, self.t)[1].point[k]) < 5e-3 * self.t:
                s = None
            self._state = None
            self._surprise_at = s
        return self._surprise_at

    @functools.cached_property
    def flip_at(self) -> float | None:
        """Where, between the ray crossing and the drag's end, ŵ's entry k (`surprise_index`)
        and w*'s have opposite signs, both farthest from 0 (regmath.sign_flip_point), or
        None: there the drag stops to show ridge flip a weight's sign."""
        if not L2_SHOW_FLIP:
            return None
        return sign_flip_point(self.loss, self.path, norm=self.norm, radius=self.t,
                               index=self.surprise_index,
                               start=float(self.path.crossing), stop=self.drag_end())

    @functools.cached_property
    def flip_signs(self) -> tuple[float, float]:
        """ŵ_k and w*_k at `flip_at` (opposite signs)."""
        s = float(self.flip_at)
        k = self.surprise_index
        values = (float(self.path.at(s)[k]), float(self.state(s, self.t)[1].point[k]))
        self._state = None
        return values

    def zero_axis(self) -> str:
        """The axis w* touches as ŵ crosses the ray ("the w₂-axis")."""
        touching = self.state(float(self.path.crossing), self.t)[1].point
        self._state = None
        return f"{weight(int(np.argmax(np.abs(touching)))).text}-axis"

    def show_verdict(self) -> None:
        factors = shrink_factors(self.loss, self.solution)
        shown = [i for i in range(2) if np.isfinite(factors[i])]
        texts = numbers([factors[i] for i in shown], significant=2)
        lines = [r",\quad ".join(rf"{weight_star(i).tex} = {tx.tex} \times \hat w_{i + 1}"
                             for i, tx in zip(shown, texts))]
        parts = [f"{{w{i + 1}_star}} is {tx.text} × {{w{i + 1}_hat}}" for i, tx in zip(shown, texts)]
        spoken_parts = [f"w-{'one' if i == 0 else 'two'}-star is {tx.spoken} times "
                        f"w-hat-{'one' if i == 0 else 'two'}" for i, tx in zip(shown, texts)]
        odd = any(f > 1.0 or f < 0.0 for f in factors[shown])
        zeros = self.solution.zero_weights
        # One beat (a reviewer found three cues on the factors a detour before the
        # takeaway): the factors, tied to "shrinks, never zeroes". Edge data say what
        # differs: a weight with no factor, a factor outside [0, 1], a zero on a ray.
        if len(shown) == 2 and not odd and not zeros:
            # "Here": the drag may have shown a weight grow or flip (a reviewer's point).
            words = ("Here ridge shrinks both weights{@verdict}: " + " and ".join(parts)
                     + ", but it zeroes neither{@zero}.")
            spoken = ("Here ridge shrinks both weights{@verdict}: " + " and ".join(spoken_parts)
                      + ", but it zeroes neither{@zero}.")
        else:
            extra = ""
            if len(shown) < 2:
                missing = next(i for i in range(2) if i not in shown)
                extra += f" {{w{missing + 1}_hat}} = 0, so that weight has no factor."
            if odd:
                extra += (" A factor above 1 or below 0 means a weight grew or changed sign: "
                          "{H}'s off-diagonal entries couple the weights.")
            ending = (" Neither weight is exactly zero{@zero}." if not zeros
                      else f" {weight_star(zeros[0]).text} = 0 only because {{w_hat}} sits on "
                      "a ray where ridge gives a zero{@zero}.")
            words = "Compared with {w_hat}, " + " and ".join(parts) + "{@verdict}." + extra + ending
            spoken = ("Compared with w-hat, " + " and ".join(spoken_parts) + "{@verdict}."
                      + extra.replace("{H}", "H") + ending)
        verdict = VGroup(*(MathTex(line, font_size=PANEL_FONT) for line in lines))
        # The balance line leaves and the factors take its row (r27 review #5: its greyed
        # "λ = 2.14" stayed to the end); when it is not the last line it steps back.
        spent = self.panel_lines[-1] is self.kkt if self.panel_lines else False
        if spent:
            self.panel_lines.remove(self.kkt)
        for line in verdict:
            self.add_panel_line(line)
        # Dashed from the axis up (r90 item 9: dashed from the point, a gap at the axis end
        # stopped them short of it).
        feet = VGroup(*(dashed(self.axes, segment[::-1], stroke_color=SOLUTION_COLOR,
                               stroke_width=3) for segment in self.coordinate_feet()))
        # ŵ's coordinates too, so the two shrink factors are seen on the axes (clipped to
        # the view: a far ŵ has no feet in it).
        hat_feet = VGroup(*(dashed(self.axes, piece, stroke_color=CENTER_COLOR, stroke_width=2,
                                   stroke_opacity=0.6)
                            for segment in self.coordinate_feet(self.loss.center)
                            for piece in clip_polyline(segment[::-1], self.view)))
        # r34 (length): a shorter rest before the takeaway, which follows at once.
        with self.cue(words, spoken=spoken, settle=L2_VERDICT_SETTLE) as cue:
            # The balance line steps back (or leaves): the panel keeps its lines few.
            if not spent:
                cue.play(Dim(self.kkt), run_time=0.5)
            elif self.kkt in self.mobjects:
                cue.play(Conceal(self.kkt), run_time=0.5)
            cue.play(Create(hat_feet), Create(feet), Reveal(verdict), at="verdict",
                     until="zero")
            cue.play(Indicate(feet, color=SOLUTION_COLOR, scale_factor=1.0),
                     PanelIndicate(self.found, scale_factor=PANEL_INDICATE),
                     run_time=max(cue.until(cue.END), 1.0))
        # The takeaway, on the panel as it is said, for a learner and for a cut clip.
        # Which form it is about (a reviewer: for the penalty at a fixed λ the zeros lie on a
        # line, not on four rays).
        first = MathTex(r"\text{ridge, } \hat w \text{ outside: exact } 0 \text{ only on 4 rays;}",
                        font_size=PANEL_FONT - 2)
        # r96 (item 2): the lasso's wedge is not shown in this scene, so not claimed on it
        # (both r95 reviews); the form's line alone.
        form = MathTex(r"\text{(constraint form, } t \text{ fixed)}", font_size=L2_NOTE_FONT)
        form.next_to(first, DOWN, buff=0.12, aligned_edge=LEFT)
        takeaway = self.add_panel_line(VGroup(first, form))
        # The four rays come back and are marked as they are named (they were put away with
        # the drag); tick numbers they run through step back again.
        rays = self.rays
        rays.set_stroke(MUTED_COLOR, width=2.5)
        # The tick numbers the rays run through stay readable, drawn above the rays with a
        # dark outline (a reviewer saw a ray hide "−2"), and the dimmed arrows and their
        # labels leave, so no ray runs through them.
        for n in self.ray_ticks:
            legible(n)
        gone = [m for m in (self.pull, self.pull_label, self.normal, self.normal_label)
                if m in self.mobjects]
        # For ŵ outside the circle (r27 review #11), as the panel line says.
        # r96 (item 2): the lasso's clause cut (a claim this scene never shows).
        with self.cue("Takeaway: for {w_hat} outside the circle, ridge gives an exact zero "
                      "only on{@four} four rays{@take}.") as cue:
            cue.play(Reveal(takeaway), *(Conceal(m) for m in gone), until="four")
            cue.play(Reveal(rays), Reveal(self.ray_feet),
                     at="four",
                     run_time=max(min(cue.until("take"), 0.8), 0.4))
            cue.play(rays.animate.set_stroke(TEXT_COLOR, width=4), run_time=0.5)
            cue.play(Indicate(rays, color=TEXT_COLOR, scale_factor=1.0),
                     PanelIndicate(takeaway, scale_factor=PANEL_INDICATE),
                     run_time=max(cue.until(cue.END), 1.0))
        self.wait(L2_FINAL_HOLD)
        self.verdict = VGroup(verdict, takeaway)

    def coordinate_feet(self, at: np.ndarray | None = None) -> list[np.ndarray]:
        """Segments from w* (or the point ``at``) to each axis (its two coordinates)."""
        w = self.solution.point if at is None else np.asarray(at, dtype=float)
        return [np.array([w, [w[0], 0.0]]), np.array([w, [0.0, w[1]]])]

    def make_flip_inset(self, shown: list[VMobject]) -> VGroup | None:
        """A zoom inset at w* for the crossing and the sign flip (a reviewer could not see
        w₁* = −0.08, 9 px on the main plot): the window is regmath's `lens_box` over w*'s
        points from the ray crossing to the drag's stop, drawn through its own (unseen)
        axes in the panel's empty lower right, with the circle, the axis w_k = 0, the
        touching contour and w* itself, and w*'s foot to that axis, whose side
        of it is the sign of w*_k. The InactiveConstraint lens's style and joins. None
        where there is no crossing to show or no room (layout only)."""
        from manim import Axes  # local: the import block is shared

        stop = self.surprise_at if self.surprise_at is not None else self.flip_at
        if stop is None:
            return None
        k = self.surprise_index
        # w* from as far before the crossing as the stop is after it: both sides of the
        # axis are in the window.
        crossing = float(self.path.crossing)
        before = max(0.0, 2.0 * crossing - float(stop))
        stars = [self.state(float(s), self.t)[1].point
                 for s in np.linspace(before, float(stop), 41)]
        self._state = None
        box = lens_box([np.array(stars)], margin=FLIP_LENS_MARGIN)
        # Room: in the panel's lower right, above the captions, right of the ``shown``
        # lines beside it (the largest such square, at most FLIP_LENS_SIDE).
        bottom = CAPTION_TOP + 0.15
        # r34 review #12: L2_RIGHT_EDGE from the frame's right edge (it was 14 px).
        right = config.frame_width / 2 - L2_RIGHT_EDGE
        side = 0.0
        for top in sorted({float(m.get_bottom()[1]) - 0.2 for m in shown}):
            size = min(top - bottom, FLIP_LENS_SIDE)
            beside = [float(m.get_right()[0]) for m in shown
                      if float(m.get_bottom()[1]) < top + 0.1]
            if right - size > max(beside, default=-np.inf) + 0.2:
                side = max(side, size)
        if side < FLIP_LENS_MIN_SIDE:
            return None
        axes = Axes(x_range=list(box.x_range), y_range=list(box.y_range), x_length=side,
                    y_length=side, axis_config={"include_tip": False})
        middle = [0.5 * (box.x_range[0] + box.x_range[1]), 0.5 * (box.y_range[0] + box.y_range[1])]
        axes.shift(np.array([right - side / 2, bottom + side / 2, 0.0]) - axes.c2p(*middle))
        corners = frame_outline(box)
        frame = polyline(axes, corners, **INSET_STYLE)
        # r96 (item 5): the zoomed region's outline drawn above w*'s dot, full strength
        # (it was hidden under the dot), and joined to the inset.
        region = polyline(self.axes, corners, **{**INSET_STYLE, "stroke_opacity": 1.0,
                                                 "stroke_width": 2.5}).set_z_index(7)
        # One join from a corner of the region to a corner of the inset that crosses none
        # of the panel's lines (a fresh review saw the bottom-to-bottom join strike
        # "ŵ = w* + λH⁻¹g"), the shortest such; none at all when every one would cross text.
        # Layout only: the corners are regmath's frame_outline through the two axes.
        joins = VGroup()
        candidates = []
        # (The plot's labels too: the join runs across the plot, r96.)
        texts = [*shown, *([self.scale_note] if self.scale_note is not None else []),
                 *self.tick_numbers(), self.center_label, self.tangent_label]
        for i in range(4):
            for j in range(4):
                line = VMobject(**INSET_STYLE).set_points_as_corners(
                    [to_scene(self.axes, corners[i]), to_scene(axes, corners[j])])
                if not any(_box_meets(m, line, pad=0.05) for m in texts):
                    candidates.append((float(np.linalg.norm(line.get_end() - line.get_start())),
                                       i, j, line))
        # r34 review #12: no join (any join runs across the main plot, its rays and ticks);
        # the words name the zoom and where it is.
        if candidates and L2_INSET_JOIN:
            joins.add(min(candidates, key=lambda c: c[0])[3])
        ball = set_pieces(VMobject(stroke_color=BALL_COLORS[self.norm], stroke_width=4), axes,
                          clip_polyline(ball_outline(self.norm, self.t,
                                                     samples=FLIP_LENS_SAMPLES), box))
        # The axis w_k = 0 through the window (where it crosses it), named, with the side
        # of each sign: the foot from w* shows which side w* is on.
        ends = ([[0.0, box.y_range[0]], [0.0, box.y_range[1]]] if k == 0
                else [[box.x_range[0], 0.0], [box.x_range[1], 0.0]])
        axis_pieces = clip_polyline(np.array(ends, dtype=float), box)
        axis_line = set_pieces(VMobject(stroke_color=TEXT_COLOR, stroke_width=2.5), axes,
                               axis_pieces)
        name = weight(k).tex
        # Each side of the axis named by its sign, in the window's corners beside it.
        # At 28 units (r27 review #7: about 9 px tall at 480p), in the window's corners,
        # apart (the review saw them touch the divider and each other).
        sides = VGroup(*(legible(MathTex(name + tex, font_size=L2_NOTE_FONT, color=TEXT_COLOR))
                         for tex in (" < 0", " > 0")))
        high = frame.get_corner(UP + RIGHT)
        low = frame.get_corner(DOWN + LEFT)
        if k == 0:
            sides[0].next_to([low[0], high[1], 0.0], DOWN + RIGHT, buff=0.1)
            sides[1].next_to(high, DOWN + LEFT, buff=0.1)
        else:
            sides[0].next_to(frame.get_corner(DOWN + RIGHT), UP + LEFT, buff=0.1)
            sides[1].next_to(high, DOWN + LEFT, buff=0.1)
        if axis_pieces:
            # Each clear of the axis line by SIDE_GAP (r27: the layout report saw "w₁ < 0"
            # touch it for 17 s), where that keeps it inside the window (layout only).
            at = to_scene(axes, axis_pieces[0][0])[k]
            edge = (RIGHT, LEFT) if k == 0 else (UP, DOWN)
            for side, direction, sign in zip(sides, edge, (-1.0, 1.0)):
                # In its corner when that is on its own side of the axis, clear of it.
                if sign * (side.get_edge_center(direction)[k] - at) >= FLIP_SIDE_GAP:
                    continue
                moved = side.copy()
                shift = at + sign * FLIP_SIDE_GAP - moved.get_edge_center(direction)[k]
                moved.shift(shift * (RIGHT if k == 0 else UP))
                if (np.all(moved.get_corner(DOWN + LEFT)[:2] >= low[:2])
                        and np.all(moved.get_corner(UP + RIGHT)[:2] <= high[:2])):
                    side.move_to(moved)
        # At 28 units two names may not fit side by side in a narrow window (r28: the
        # layout report saw them stacked): then only the negative side is named, the
        # other side's sign being the plain one.
        if (np.all(sides[0].get_corner(UP + RIGHT)[:2] + 0.05 >= sides[1].get_corner(DOWN + LEFT)[:2])
                and np.all(sides[1].get_corner(UP + RIGHT)[:2] + 0.05
                           >= sides[0].get_corner(DOWN + LEFT)[:2])):
            sides.remove(sides[1])
        axis_label = VGroup()
        contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=3, z_index=1)
        star = marker(ORIGIN, SOLUTION_COLOR, radius=W_STAR_RADIUS, z_index=6)
        star_label = legible(MathTex("w^*", font_size=28, color=LABEL_RED)).set_z_index(6)
        foot = VMobject(stroke_color=SOLUTION_COLOR, stroke_width=4, z_index=5)

        def follow_contour(m: VMobject) -> None:
            loss, sol = self.state()
            set_pieces(m, axes, clip_polyline(level_set(loss, sol.level,
                                                        samples=FLIP_LENS_SAMPLES), box))

        def follow_star(m: VMobject) -> None:
            m.move_to(to_scene(axes, self.state()[1].point))

        # On the side of the axis where w* ends (r28: the layout report saw the axis line
        # through "w*" below the dot for 16 s as w* ran along it): the label only crosses
        # the axis while w* approaches it (layout only: the sign is regmath's).
        last = float(stars[-1][k])
        aside = (LEFT if last < 0.0 else RIGHT) if k == 0 else (DOWN if last < 0.0 else UP)

        def follow_star_label(m: VMobject) -> None:
            # Below w*, inside the disc, off the contour and the trail (layout only).
            keep_inside(m.next_to(star, DOWN + aside if k == 0 else RIGHT + aside, buff=0.08),
                        frame)

        def follow_foot(m: VMobject) -> None:
            segment = self.coordinate_feet(self.state()[1].point)[1 - k]
            m.set_points_as_corners(to_scene(axes, segment))

        # r96 (item 5): no trail in the inset either (its red half-arc was unexplained).
        self.flip_followers = [(contour, follow_contour),
                               (foot, follow_foot), (star, follow_star),
                               (star_label, follow_star_label)]
        for mobject, follow in self.flip_followers:
            follow(mobject)
        self.flip_crossed = [m for m in (*self.axes_group[1:], *self.tick_numbers())
                             if any(_box_meets(m, join) for join in joins)]
        return VGroup(region, joins, frame, ball, axis_line, contour, foot, star,
                      star_label, axis_label, sides)

    def attach_flip_inset(self) -> list[VMobject]:
        """The inset's moving parts follow the drag; returns them (for sweep)."""
        for mobject, follow in self.flip_followers:
            mobject.add_updater(follow)
        return [m for m, _ in self.flip_followers]


#: L2Tangency keeps its plot this far inside the frame's left edge (scene units).
FRAME_MARGIN = 0.05
#: L2Tangency writes a key formula on the panel this fast as its words start (seconds).
FORMULA_IN_SECONDS = 0.5
#: With `grow_marks`, the readout f = … fades in this long as the grow beat starts.
GROW_READOUT_SECONDS = 0.4
#: With `grow_marks`, the growth pauses this long while H is marked (seconds).
GROW_MARK_SECONDS = 0.6
#: L2Tangency: how many times an axis sample counts for a riding label (`static_points`).
RIDE_AXIS_WEIGHT = 6
#: L2Tangency's flip inset: each sign's name this far (scene units) from the axis line.
FLIP_SIDE_GAP = 0.035
#: L2Tangency: "−λg" and w*'s label keep at least this gap (scene units; r94 item 6).
PUSH_STAR_GAP = 0.08
#: L2Tangency's fan of rays, under the labels it crosses; r94 (item 2): bright enough to
#: see (0.45 at 1.6 px read as a grey haze).
L2_FAN_OPACITY, L2_FAN_WIDTH = 0.8, 2.2
#: L2Tangency: g drawn this far (scene units) to the right of its line, −∇f(w*) PULL_SIDE
#: to the left, so the two read as two arrows (r27: g sat under −∇f for 50 s).
L2_G_SIDE = 0.099  # r34 review #1: as far from −∇f as its start stays on w*'s dot (0.09 before)
#: L2Tangency: the right-angle mark at w* lies between the tangent and g itself, as the
#: words say ("at right angles to g"; r90 review item 8: inside, along −g, it marked the
#: other angle), on the side of g away from ŵ, clear of the contour's side.
L2_MARK_INWARD, L2_MARK_AWAY = False, True
#: L2Tangency: w*'s label stays this clear of the circle (steps of STAR_CLEAR_STEP, at most
#: STAR_CLEAR_STEPS; r34 review #10).
STAR_CLEAR, STAR_CLEAR_STEP, STAR_CLEAR_STEPS = 0.04, 0.02, 10
#: L2Tangency: "−∇f(w*)" leaves as λH⁻¹g comes (no place near w* was clear then; r34 #1),
#: and "g" steps this far from g's tip, clear of λH⁻¹g (r34 #1: it touched the dashed arrow).
L2_PULL_LABEL_LEAVES, L2_INVERSE_LABEL_BUFF = True, 0.12
#: L2Tangency: the zoom inset and the eigenvalues line end this far (scene units, 40 px at
#: 720p) from the frame's right edge (r34 review #12).
L2_RIGHT_EDGE = 0.45
#: L2Tangency: the zoom inset is joined to its region on the plot by a line (r34 review #12:
#: it ran across the plot; off).
L2_INSET_JOIN = True  # r96 (item 5): a leader from the zoomed region to the inset
#: L2Tangency: the drag stops where ridge flips a weight's sign (r34: cut for length, one
#: idea per beat; the coupling is shown at ŵ_k = 0 next).
L2_SHOW_FLIP = False
#: L2Tangency: w*'s dot is drawn above the arrows that start on it (z index; labels at 6).
L2_STAR_ABOVE = 5
#: L2Tangency: a tick number steps out from its axis by TICK_HAT_STEP (at most
#: TICK_HAT_STEPS times) until it is TICK_HAT_GAP clear of ŵ's ring (r34 review #2).
TICK_HAT_GAP, TICK_HAT_STEP, TICK_HAT_STEPS = 0.12, 0.03, 16  # r94 item 6: "2" touched ŵ's ring at 0.05
#: L2Tangency: −∇f(w*) is drawn this share of t long at the first ŵ (its scale, regmath's
#: arrow_scale), so −λg stops short of the origin (r27 review #4).
L2_PULL_SHARE = 0.7
#: L2Tangency's small notes (the arrows' scale, the takeaway's form): readable at 480p.
L2_NOTE_FONT = 28
#: `place_farther`: a label's distance from its point costs this many outline points a unit.
FARTHER_COST = 10.0
#: L2Tangency: a tick number at ŵ's or w*'s dot is drawn above them (`tick_aside`).
TICK_OVER_DOTS = 9
#: With `bright_arc`, the dashed round arc's width (px).
BRIGHT_ARC_WIDTH = 4
#: L2Tangency's first move of ŵ lasts at least this long (a reviewer saw 5 s, too fast).
DRAG_SECONDS = 5.0  # r27: 8.5 held the trail for words that no longer name it; r34: 7.5 cut for length
#: After the balance, −λg dims and the line to ŵ fades over this long (seconds), under words.
BALANCE_SETTLE_SECONDS = 0.4
#: L2Tangency's last frame (the takeaway) is held this long, for a lecturer's cut.
L2_FINAL_HOLD = 2.2  # r94 (item 7): a lecturer's cut needs ≥ 2 s on the last frame
#: ... tried in this many directions, at these gaps (scene units) from the lens's centre.
LOWER_DIRECTIONS, LOWER_GAPS = 24, (0.35, 0.6, 0.9, 1.3)


class PanelIndicate(Indicate):
    """`Indicate` for a panel line: it grows about its left edge, so the marked line keeps
    the panel's margin (r96 item 6: grown about its centre it started ~10 px left of the
    others). Layout only."""

    def create_target(self) -> Mobject:
        target = super().create_target()
        return target.align_to(self.mobject, LEFT)


def place_farther(label: VMobject, point: np.ndarray, preferred: np.ndarray,
                  obstacles: list[VMobject], buffs: tuple[float, ...]) -> VMobject:
    """`place_clear` at each of ``buffs`` in turn; the placement covering the fewest
    obstacle outline points wins, the nearer on a tie (layout only)."""
    from scenes.toolkit.style import CLEARANCE, _outline_samples

    samples = _outline_samples(obstacles)
    best, lowest = None, None
    for buff in buffs:
        probe = place_clear(label.copy(), point, preferred, obstacles, buff=buff)
        low = probe.get_corner(DOWN + LEFT)[:2] - CLEARANCE
        high = probe.get_corner(UP + RIGHT)[:2] + CLEARANCE
        cost = int(np.count_nonzero(np.all((samples[:, :2] >= low) & (samples[:, :2] <= high),
                                           axis=1)))
        cost += FARTHER_COST * float(np.linalg.norm(probe.get_center()[:2]
                                                    - np.asarray(point, dtype=float)[:2]))
        if lowest is None or cost < lowest:
            best, lowest = probe.get_center(), cost
    return label.move_to(best)


def around(label: VMobject, dot: VMobject, direction: np.ndarray, *,
           buff: float = 0.06) -> VMobject:
    """``label`` beside ``dot`` along ``direction``, its box just clear of the dot's: the
    centre moves continuously as the direction turns (``next_to`` snaps between corners).
    Layout only."""
    unit = np.asarray(direction, dtype=float)[:2]
    unit = unit / max(float(np.linalg.norm(unit)), 1e-12)
    reach = (abs(unit[0]) * (label.width + dot.width) + abs(unit[1]) * (label.height + dot.height)) / 2.0
    return label.move_to(dot.get_center() + np.append(unit * (reach + buff), 0.0))


def dash_shaft(shaft: VMobject, dash: float = 0.14, gap: float = 0.09) -> VMobject:
    """Redraw a straight shaft (two corner points) as dashes ``dash`` long, ``gap`` apart
    (scene units), the last dash ending on the shaft's end. Style only."""
    a, b = shaft.get_start(), shaft.get_end()
    length = float(np.linalg.norm(b - a))
    if length <= dash:
        return shaft
    unit = (b - a) / length
    shaft.clear_points()
    ends = np.arange(length, 0.0, -(dash + gap))
    for e in ends[::-1]:
        s0 = max(float(e) - dash, 0.0)
        shaft.start_new_path(a + s0 * unit)
        shaft.add_line_to(a + float(e) * unit)
    return shaft


def polyline_samples(mobject: VMobject) -> np.ndarray:
    """Points along a polyline mobject's family (x, y), its anchors and chords' middles."""
    parts = [m.points[:, :2] for m in mobject.family_members_with_points()]
    if not parts:
        return np.zeros((0, 2))
    p = np.concatenate(parts)
    return np.concatenate([p, 0.5 * (p[0::4][:len(p[3::4])] + p[3::4])])


class LowerLeader:
    """Layout helpers for "lower loss" and its leader (L2Tangency.get_lower_label)."""

    @staticmethod
    def grid(mobject: VMobject) -> np.ndarray:
        low, high = mobject.get_corner(DOWN + LEFT), mobject.get_corner(UP + RIGHT)
        return np.array([[x, y] for x in np.linspace(low[0], high[0], 6)
                         for y in np.linspace(low[1], high[1], 4)])

    @staticmethod
    def side(centre: np.ndarray, half: np.ndarray, anchor: np.ndarray) -> np.ndarray:
        """Where the leader leaves the label's box on its way to ``anchor``."""
        d = anchor - centre
        k = min(half[0] / max(abs(d[0]), 1e-12), half[1] / max(abs(d[1]), 1e-12), 1.0)
        return centre + k * d

    @staticmethod
    def crossings(start: np.ndarray, anchor: np.ndarray, lens: np.ndarray,
                  lines: np.ndarray, near: float = 0.04) -> float:
        """How many line samples lie within ``near`` of the leader before it enters the
        (convex) lens."""
        steps = np.linspace(0.0, 1.0, 80)[:, None]
        path = start + steps * (anchor - start)
        edges = np.diff(lens, axis=0)
        rel = path[:, None, :] - lens[None, :-1, :]
        cross = edges[None, :, 0] * rel[:, :, 1] - edges[None, :, 1] * rel[:, :, 0]
        inside = np.all(cross >= 0.0, axis=1) | np.all(cross <= 0.0, axis=1)
        first = int(np.argmax(inside)) if np.any(inside) else len(path) - 1
        a, b = start, path[first]
        ab = b - a
        t = np.clip(((lines - a) @ ab) / max(float(ab @ ab), 1e-12), 0.0, 1.0)
        gap = np.linalg.norm(lines - (a + t[:, None] * ab), axis=1)
        return float(np.count_nonzero(gap <= near))
#: L2Tangency's labels that ride with w* are placed for this many drag positions, in this
#: many directions on these rings (multiples of the label's half extent), with this
#: clearance, a cost per scene unit of distance and for leaving the plot.
DRAG_SAMPLES, RIDE_DIRECTIONS, RIDE_RINGS = 25, 16, (1.15, 1.6, 2.2)
RIDE_CLEARANCE, RIDE_FAR_COST, RIDE_OUTSIDE_COST = 0.12, 2.0, 1000.0
#: L2Tangency's g: drawn this wide (its stroke, beside the pull on their one line).
NORMAL_WIDTH = 5
#: ... and, since g is drawn from w* itself, the pull is set this far to its right.
PULL_SIDE = 0.075
#: L2Tangency's copy of −λg, laid beside the pull it balances (scene units off its line).
#: L2Tangency's "g" label at g's tip.
NORMAL_LABEL_FONT = 34
#: The touching contour a riding label avoids, sampled this finely (layout only).
RIDE_CONTOUR_SAMPLES = 97
#: ... and counts this many times (a label on the contour misleads; one on an axis line
#: reads, on its dark backing).
RIDE_CONTOUR_WEIGHT = 6  # r27: as heavy as an axis sample (RIDE_AXIS_WEIGHT)
#: Labels that must sit at their object (w*'s, g's) try only these near rings (a reviewer
#: found w*'s label 60 px off its dot and g's 80 px off its arrow).
NEAR_RINGS = (1.0, 1.3)
#: L2Tangency: the four rays stop this far (scene units) from a tick number they cross.
TICK_GAP = 0.08
#: The drag position (share of the path) where the ray beat starts and the arrows'
#: labels are put away (the drag's first leg).
LABELLED_DRAG = 0.35
#: L2Tangency's "another ŵ" on the ray of balance runs out to this factor φ of ŵ − w*
#: (ŵ_φ = w* + φ(ŵ − w*)), then in to the near one, kept this share of the view inside it.
RAY_GHOST_FAR, RAY_GHOST_NEAR, RAY_GHOST_MARGIN = 2.0, 0.35, 0.06
#: L2Tangency's fan of rays (one per circle point: this many, evenly spaced), the random
#: ŵ that miss the four axis rays (how many, numpy seed),
#: and the short holds with no new words after the key beats (seconds).
FAN_COUNT = 24
MISS_COUNT, MISS_SEED = 5, 7
#: ... of which this many have their w* drawn (off the axes, r27 review #12).
MISS_SHOWN = 2
#: r96 (item 3): the sampled ŵ rest after their words (with them: ≥ 4 s in place).
MISS_SETTLE = 0.5
#: r96 (item 1): the ray's tilt from g is said from this angle between H⁻¹g and g (degrees).
L2_TILT_SAID = 8.0
#: L2Tangency: the rest after the verdict, before the takeaway (r34: 1.5 cut for length).
L2_VERDICT_SETTLE = 0.8
#: L2Tangency's zoom inset at w* for the crossing and the sign flip: margin of its window
#: (regmath's lens_box, share of w*'s extent there), its largest and smallest side (scene
#: units), the samples of the circle and the contour clipped to it, and how long the exact
#: zero at the crossing stays boxed (seconds).
FLIP_LENS_MARGIN, FLIP_LENS_SIDE, FLIP_LENS_MIN_SIDE = 0.2, 2.6, 1.2
FLIP_LENS_SAMPLES = 1441
ZERO_HOLD = 2.6
#: L2Tangency's right-angle mark at w*: its side, as a share of t.
RIGHT_MARK = 0.3


#: L2Tangency's marker for w* if H were cI (a hollow ring).
GHOST_RADIUS = 0.1
#: L2Tangency's ŵ label steps clear of the tick numbers this fast where ŵ stops (seconds).
HAT_LABEL_SECONDS = 0.5
#: L2Tangency's ŵ: its dot is ringed at this radius and stroke width (scene units, px).
HAT_RING_RADIUS, HAT_RING_WIDTH = 0.13, 2.5
#: ... and its label's dark outline (stroke width, px).
HAT_LABEL_OUTLINE = 10

#: InactiveConstraint's w*: larger than `marker`'s default, so a short move off ŵ shows.
W_STAR_RADIUS = 0.1
#: InactiveConstraint's last frame is held this long after the last motion lands.
#: The balls' colours as the words name them (r71's item 5: dashed lines named by colour).
BALL_COLOR_NAMES = {"l1": "orange", "l2": "green"}
#: The ending shrinks w* onto the lasso path's first knot only where that knot's t is at
#: least this share of ‖ŵ‖₁ (smaller, the diamond there is a few pixels across).
KNOT_SHOWN_SHARE = 0.15
LENS_LABEL_GAP = 0.42  # r73: a lens arrow's label farther from its arrow than this is hidden
INACTIVE_END_HOLD = 1.0  # r73 (r72's item 2): the last frame held after the last cue
INACTIVE_FINAL_HOLD = 1.2  # r56's item 7: the end card was seen ~3 s
#: Labels in the ball's colour are lightened this much towards white to read on its fill.
BALL_LABEL_LIGHTEN = 0.45
#: InactiveConstraint's zoomed inset (radius and penalty beats): its side and centre in the
#: scene, under the panel's lines, and how many times the main plot's scale it is at least.
#: The radius beat shrinks the ball to this share of ‖ŵ‖ (tests.claims_tangency uses it too).
RADIUS_BELOW = 0.6
INSET_SIDE = 2.9
INSET_CENTER = np.array([3.3, -1.5, 0.0])
#: The radius and penalty beats' inset a little lower (its w₂ label sat under λ's row, whose
#: box struck it, and its upper join ran through the last panel line): down to the caption
#: strip's edge, not into it.
#: Its side a little smaller than the lens's, its top where it was: its lower edge sat 3 px
#: above the caption strip (r38's item 11); now about 12 px at 720p.
ZOOM_SIDE = INSET_SIDE - 0.1
ZOOM_CENTER = INSET_CENTER + np.array([0.0, -0.17, 0.0])
#: The inset's frame and the lines joining it to the region it magnifies.
#: The inset's longest arrow spans at most this share of its side.
INSET_ARROW_SHARE = 0.4
#: The inset's tick numbers (a reviewer found 20 too small on a projector).
INSET_TICK_FONT = 28
#: Every label in the lens and the inset, and their tick numbers: at least 28 (a reviewer
#: measured 9 px glyphs at 480p with 24–26).
INSET_LABEL_FONT = 32  # r46's finding 8: 28 was small at 480p
#: r87: the corner zoom's arrow name "−∇f(w*) = λg" (long: at 32 it spanned the zoom).
INSET_PULL_FONT = 28
#: An inset arrow shorter than this (scene units) carries no label.
INSET_LABEL_MIN = 0.45
#: ... and is fully drawn from this length on (between, it fades in).
INSET_LABEL_FULL = 0.5  # r50's item 6: from 0.7 the labels faded to unreadable for 2–4 s


def _drawn(mobject: VMobject) -> bool:
    """Whether any part of the mobject is drawn with some opacity (layout only)."""
    return any(part.get_fill_opacity() > 0.05 or part.get_stroke_opacity() > 0.05
               for part in mobject.family_members_with_points())


def _box_meets(mobject: VMobject, line: VMobject, pad: float = 0.0) -> bool:
    """Whether a straight two-point line passes through the mobject's box, grown by ``pad``
    on every side (layout only)."""

    low, high = box_of(mobject)
    return segment_meets_box(line.get_start(), line.get_end(), low - pad, high + pad)


from regmath.lens import lens_box, lens_gain  # noqa: E402  (here: the import block is shared)
from scenes.toolkit.narration import KEY_SETTLE_SECONDS, paced  # noqa: E402

#: The drag's lens is drawn only where it magnifies at least this much (else the main plot
#: already shows the drag at about its size).
LENS_MIN_GAIN = 1.6
#: The lens's joins, (region corner, lens corner) in `frame_outline`'s order: both from the
#: region's lower right (r28b: the join from its lower left crossed the w₁ axis's "1.0").
LENS_JOINS = ((1, 3), (1, 0))
#: Labels in the lens and the inset keep this far (scene units, 11 px at 720p) inside
#: their frame (r50's item 4: "ŵ" cut by the frame, "w* = ŵ" touching it at 0.05).
LABEL_FRAME_MARGIN = 0.12
#: The lens's arrows stop this share of its side short of its frame.
LENS_ARROW_MARGIN = 0.06
#: The drag's lens holds the balance's arrows at this share of the main plot's scale.
LENS_ARROW_REACH = 0.25


#: InactiveConstraint's "(λ > 0)" tag fades with λ itself below this share of λ's first
#: value, to nothing exactly as λ reaches 0 (driven by the drag's tracker through regmath's
#: λ: faded by the drag's progress it left before λ reached 0, a reviewer's r36 item 4).
#: (4 %: at 25 % it had faded while the panel still read λ = 0.015 > 0, r44 finding 4.)
BINDS_FADE_SHARE = 0.04
#: InactiveConstraint's bowl: rings at these multiples of the progress to the contour
#: through the first w* (`regmath.drawing.growth_levels`; 1 is that contour, drawn too).
BOWL_PROGRESS = (1.45, 1.9, 2.35)
#: InactiveConstraint's level sets round ŵ inside the ball: shares of the progress to the
#: largest contour that fits inside (1 touches the boundary from within).
INSIDE_PROGRESS = (0.35, 0.65, 0.92)
#: The inset opens once the slack bar's length is at most this share of the longest that
#: fits in its view (its end a little in from the border).
BAR_FIT_SHARE = 0.92


def backed(label: VMobject) -> VGroup:
    """``label`` on an opaque dark box, for a label a dashed outline passes under (its
    outline alone left the dashes readable through it: a reviewer's frames). Layout only."""
    box = BackgroundRectangle(label, color=BACKGROUND, fill_opacity=1.0, buff=0.04,
                              stroke_width=0)
    return VGroup(box, label).set_z_index(label.z_index)


def swap_titles(old: VMobject, new: VMobject, *then: Animation) -> Animation:
    """The old title fades out before the new one fades in (cross-faded, the two were
    drawn over each other: a reviewer's frames), then ``then``."""
    return AnimationGroup(Conceal(old), Reveal(new), *then, lag_ratio=1.0)


#: InactiveConstraint's drag: the share of ŵ's way to the boundary under "ŵ moves towards
#: the diamond"; the rest, λ's fall, under "The pull weakens and λ falls" (r80's item 4).
DRAG_FIRST_SHARE = 0.3
#: r86 (PACE86, the r84 reviews' item 8: 12–15 characters a second where the argument is
#: dense): the corner's beats, and the short cues that carry a step, read at no more than
#: this many characters a second (`narration.paced`), each at least this many seconds.
PACE_CHARS_PER_SECOND = 11.0
PACE_AT_LEAST = 4.5
#: ... and a short cue that carries one step (λ's fall): at least this many seconds.
PACE_SHORT_AT_LEAST = 4.0
#: g's line "g = sign(w*) = (…)" fades over this last share of the shrink onto the corner
#: (r88 reviews: at 0.3 its row stood blank ~9 s before w* landed; 0.1 is the last ~20 % of
#: the sweep's time under its ease-in-out).
SIGN_FADE_SHARE = 0.1
#: r81: the ending shrinks t on past the corner to this share of the knot's t.
PAST_KNOT_SHARE = 0.6
#: r82 (r81's item 1): the fan of subgradients at the corner, in the inset: its reach as a
#: share of the inset's shorter side, its faint fill, and the −∇f(w*) arrow in it as a share
#: of its reach (layout only).
FAN_REACH = 0.42
#: r82 (r81's item 3): "w* = ŵ"'s leader beside the slack bar, thin (it read as a second bar).
LEADER_THIN = 1.2
FAN_FILL = 0.35
FAN_PULL_SHARE = 0.85
#: r84 (r83's review item 1): the corner's own zoom before the sweep past it: this many
#: times the inset's scale, its back edge this share of its side behind the corners, and
#: the fan's reach there as a share of its side (layout only).
CORNER_ZOOM_GAIN = 4.6
CORNER_ZOOM_BEHIND = 0.44
#: ... and at least this share of its side past the farther corner, for the fan.
CORNER_ZOOM_FAN_ROOM = 0.2
#: ... its frame this much larger than the inset's (scene units), grown up and right
#: (its bottom edge where the inset's was, above the caption strip).
CORNER_ZOOM_GROW = 0.3
CORNER_ZOOM_SHIFT = np.array([0.15, 0.15, 0.0])
CORNER_FAN_REACH = 0.75
#: ... and its reach at most this share of the way to the zoom's frame (w₂'s name above).
CORNER_FAN_KEEP = 0.8
#: InactiveConstraint's H matrix, scaled (its small matrix's entries were 8 px tall at 480p).
H_SCALE = 1.5
#: The main plot's contour while the inset shows the balance magnified (its share of opacity).
#: The inset's view takes in the first t's slack bar where it grows at most this much.
ZOOM_BAR_GROWTH = 1.1
#: −λg's tip in the inset keeps this share of w*'s distance to an axis it heads for.
Z_PUSH_KEEP = 0.2
MAIN_DIMMED = 0.6  # readable at 480p (0.3 read as a ghost, r28b's item 4)
#: A tag right of a panel line keeps this much room to the frame's right edge (40 px at 720p).
TAG_RIGHT_MARGIN = 0.45


#: A main-plot number fades back in over this share of t past the ball's edge.
NUMBER_FADE_REACH = 0.01
#: A main-plot number's box is grown by this much (its dark backing) when the ball's edge
#: is tested against it.
BALL_NUMBER_PAD = 0.15
#: The lens's arrow labels show from this share of the inset's label lengths.
LENS_LABEL_SHARE = 0.6
#: The lens's arrow labels' font size (r71's item 2; 24 is the smallest readable at 480p).
LENS_LABEL_FONT = 26
#: r79 (r77's item 4): −∇f(w*)'s labels lightened towards white (violet on black read low
#: in contrast at 720p); the arrows keep the palette's violet.
PULL_LABEL_COLOR = GRADIENT_COLOR.interpolate(TEXT_COLOR, 0.35)
#: InactiveConstraint's emphasis (boxes, tags, flashes): white, not −λg's yellow.
EMPHASIS_COLOR = TEXT_COLOR
#: A pulse on white text in its box (unscaled): the loss's blue, lightened.
PULSE_COLOR = LOSS_COLOR.interpolate(TEXT_COLOR, 0.4)


class InactiveConstraint(TangencyScene):
    """ŵ moves from outside the ball to inside it: λ falls to exactly 0 at the boundary."""

    # (Emphasis, tags and boxes are drawn in EMPHASIS_COLOR, white: yellow is −λg's colour
    # alone, r38's item 7.)

    norm: ClassVar[str] = "l1"
    center = (0.35, 0.25)
    #: ŵ starts on the ray through its final place, at this multiple of the radius.
    start_reach: ClassVar[float] = 1.45
    #: No frame on the view's edges here (the zoom has its own): the end numbers stay.
    draws_frame = False

    parameters = {**TangencyScene.parameters, "norm": choice(("l1", "l2")),
                  "start_reach": number_in(1.05, 4.0)}

    def check_story(self) -> None:
        if self.kind != "interior":
            where = "on the boundary of" if self.kind == "boundary" else "outside"
            raise refuse("center", (
                f"ŵ = {point(self.loss.center).text} lies {where} the ball "
                f"{SYMBOLS[self.norm].text} ≤ {number(self.t).text}; this scene needs ŵ "
                "strictly inside it (use L1Tangency or L2Tangency for a ŵ outside)"))

    def get_path(self) -> CenterPath:
        return inward_path(self.loss, norm=self.norm, radius=self.t,
                           reach=self.data["start_reach"])

    def setup(self) -> None:
        super().setup()
        self.start_solution = self.state(0.0, self.t)[1]
        p = 1.0 if self.norm == "l1" else 2.0
        self.inner = float(lp_norm(self.loss.center, p))  # ‖ŵ‖: the smallest t that changes nothing
        self.penalty_path = lasso_path(self.loss) if self.norm == "l1" else None
        self.main_arrow_factor = 1.0  # the radius beat may shorten the main plot's arrows
        self._state = None

    def get_arrow_scale(self) -> float:
        return arrow_scale(self.state(0.0, self.t)[1], length=0.55 * self.t)

    def get_view(self) -> ViewBox:
        start_loss, start = self.state(0.0, self.t)
        essential = [ball_outline(self.norm, self.t), self.path.at(np.linspace(0, 1, 41))]
        arrow = pull_arrow(start, scale=self.scale)
        essential.append(np.array([arrow.start, arrow.end]))
        context = [level_set(start_loss, start.level)]
        self._state = None
        return focus_view(essential, context, ball_diameter=2.0 * self.t,
                          lean_towards=self.path.start).box

    def key_curves(self) -> list[np.ndarray]:
        """The ball and the dashed outline through ŵ (‖w‖ = ‖ŵ‖)."""
        p = 1.0 if self.norm == "l1" else 2.0
        return [ball_outline(self.norm, self.t),
                ball_outline(self.norm, float(lp_norm(self.loss.center, p)))]

    def construct(self) -> None:
        # The drag's lens is framed before the first frame: an axis label its joins would
        # cross steps off them now, not while it is shown (a reviewer saw the joins run
        # through "w₁").
        self.set_label_sides()
        # r81 (r80's item 7): the w₁ axis's numbers on one level, the lowest any was stepped
        # to clear the diamond ("−1.0" sat below "−1.5"). Layout only.
        row = list(self.axes.x_axis.numbers)
        if row:
            level = min(float(n.get_top()[1]) for n in row)
            for n in row:
                n.shift(np.array([0.0, level - float(n.get_top()[1]), 0.0]))
        self.l_bar = None
        self.lens = self.make_drag_lens()
        self.clear_axis_labels()
        self.next_section("problem")
        self.show_problem()
        self.next_section("drag")
        self.drag_center()
        self.next_section("slack")
        self.show_verdict()
        self.next_section("radius")
        self.vary_radius()
        # r79 (a cut round): the penalty form went (PenaltyEqualsConstraint tells it); t
        # shrinks on from the radius beat until w* reaches a corner.
        if self.inner > 0.0:
            self.next_section("corner")
            self.shrink_to_corner()
        else:
            self.wait(INACTIVE_FINAL_HOLD)

    def show_problem(self) -> None:
        ball = BALL_NAMES[self.norm]
        # A question, true over every beat after the contrast: ŵ on the boundary (tight,
        # λ = 0), inside (slack), t shrunk until it binds, the penalty form (a reviewer read
        # "When the constraint is inactive" over the binding beats as a false statement).
        self.title = Tex(r"When is the constraint inactive?", font_size=40)
        self.title.to_corner(UP + LEFT, buff=0.35).align_to([PANEL_LEFT, 0, 0], LEFT)
        # Until ŵ moves strictly inside, the picture is the active case, shown for contrast:
        # the title says so and defines the word (a reviewer found "active" used undefined;
        # a clip cut from it must not be titled "inactive").
        # The definition in symbols too, ‖w*‖ = t (a reviewer found "active" undefined).
        norm_star_tex = SYMBOLS[self.norm].tex.replace("w", "w^*")
        # One word for the boundary case, "active" (a reviewer found "binds" and "active"
        # two undefined words): defined here, λ > 0 allowed but not required.
        # "λ ≥ 0": the heading stays up over the boundary case λ = 0 (r28b: "λ > 0
        # possible" read as confusing next to "(still active)").
        # Its "(λ ≥ 0)" part comes as λ is named (r50's item 2: λ on screen 24 s before
        # its words).
        self.active_title = Tex(rf"Active: ${norm_star_tex} = t$", r" ($\lambda \ge 0$)",
                                font_size=34)
        self.active_title.move_to(self.title, aligned_edge=LEFT)
        self.problem = VGroup(*(MathTex(line, font_size=PANEL_FONT) for line in (
            r"\min_w\ " + LOSS_TEX,
            r"\text{subject to}\ \ " + constraint_tex(self.norm, f"t = {number(self.t).tex}"))))
        # H's matrix alone scaled, "H =" at the panel's size: its entries were still small
        # at 480p with the whole line 1.3× (r46's finding 8); the full-size matrix pushed the
        # panel's last row into the inset's w₂ label.
        head, matrix = self.data_tex().split(r",\quad ")[1].split("=", 1)
        self.data_line = MathTex(head + "=", matrix, font_size=PANEL_FONT)
        self.data_line[1].scale(H_SCALE).next_to(self.data_line[0], RIGHT, buff=0.12)
        for line in (*self.problem, self.data_line):
            self.add_panel_line(line)
        # H named with f, in its row until its numbers come (r28b: f written with H from
        # 4.7 s, H given numbers only at 20 s).
        # (Short: it stands in H's place, left of ŵ's coordinates.)
        # (Its shape, as the first words say: r40's item 4.)
        self.h_note = Tex(r"$H$: shape of $f$", font_size=PANEL_FONT)
        self.h_note.move_to(self.data_line, aligned_edge=LEFT)
        # ŵ's coordinates beside H, live through the drag: λ's value can be checked (a
        # reviewer could not recompute 0.303 without ŵ). regmath's path of ŵ.
        path_points = self.path.at(np.linspace(0.0, 1.0, 41))
        largest = float(np.max(np.abs(path_points)))
        digits = decimals_for(largest)
        self.hat_digits = digits  # r82: "w* = ŵ = (…)" later in the same format
        # A sign slot for a coordinate that is negative somewhere on the path (a variant in
        # the third quadrant raised ValueError: "-0.846" in an unsigned slot).
        forms = [number_format(largest, digits, signed=bool(np.any(path_points[:, k] < 0.0)),
                               plus=False) for k in range(2)]
        self.hat_line = Readout(r"\hat w = (" + forms[0] + r",\ " + forms[1] + ")",
                                *self.path.start, font_size=PANEL_FONT)
        self.hat_line.next_to(self.data_line, RIGHT, buff=0.35)
        room = config.frame_width / 2 - TAG_RIGHT_MARGIN - self.hat_line.get_left()[0]
        if self.hat_line.width > room:
            self.hat_line.scale(room / self.hat_line.width, about_edge=LEFT)
        self.ball = ball_shape(self.axes, self.norm, self.t, samples=self.contour_samples)
        # The ball's edge named, so the dashed outline's label (next beat) and the inset's
        # ring are not read as naming it (a reviewer's "which ring?").
        self.ball_label = self.outline_label(SYMBOLS[self.norm].tex + " = t")
        self.follow_ball_label(self.ball_label)
        self.center_marker = self.get_center_marker()
        # ŵ as a ring, so it stays visible around w* once the two coincide.
        self.center_dot.set_fill(opacity=0.0).set_stroke(CENTER_COLOR, width=3).scale(1.9)
        self._follow_center(self.center_marker)  # the label clears the larger ring
        self.contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=4, z_index=1)
        self.growth.set_value(1.0)
        start = self.start_solution
        # Larger than the other scenes' w*, and above ŵ's ring: w* leaving ŵ by a short way
        # (the radius beat) must be visible at 720p.
        self.tangent_dot = marker(to_scene(self.axes, start.point), SOLUTION_COLOR,
                                  radius=W_STAR_RADIUS, z_index=6)
        self.tangent_label = legible(MathTex("w^*", font_size=40, color=TEXT_COLOR))
        self.pull = MovingArrow(ORIGIN, ORIGIN, color=GRADIENT_COLOR)
        self.push = MovingArrow(ORIGIN, ORIGIN, color=NORMAL_COLOR, stroke_width=5)
        self.pull_label = legible(MathTex(r"-\nabla f(w^*)", font_size=30, color=PULL_LABEL_COLOR))
        self.push_label = legible(MathTex(r"-\lambda g", font_size=30, color=NORMAL_COLOR))
        # The dashed way from w* to ŵ: not along −∇f(w*) when H stretches the contours, and
        # in the radius beat it shows w* leaving ŵ.
        self.link = VMobject(stroke_color=CENTER_COLOR, stroke_width=2.5)
        largest = max(sol.multiplier for sol in self.along_path())
        # g defined on screen as the words name it: its value only where it stays the
        # same all along the drag (one edge of the diamond), else in words.
        self.g_line = MathTex(self.g_tex(), font_size=PANEL_FONT)
        self.add_panel_line(self.g_line)
        self.live_decimals = decimals_for(largest)  # λ's last digit shown (layout)
        self.live = Readout(r"-\nabla f(w^*) = \lambda g,\quad \lambda = "
                            + number_format(largest, decimals_for(largest)),
                            start.multiplier, font_size=PANEL_FONT, exact_zeros=True)
        self.add_panel_line(self.live)
        # "Binds" on screen as it is said (a reviewer found it only in the words): λ > 0
        # beside λ's readout, turned to "no longer binds" when λ reaches 0 (layout only).
        # Written as a definition, "binds: λ > 0" (a reviewer found "binds" undefined).
        self.binds_tag = MathTex(r"(\lambda > 0)", font_size=PANEL_FONT, color=EMPHASIS_COLOR)
        # The boundary case named (r40's item 8): on the boundary, yet λ = 0.
        self.unbinds_tag = MathTex(r"\text{(weakly active)}", font_size=PANEL_FONT,
                                   color=EMPHASIS_COLOR)
        for tag in (self.binds_tag, self.unbinds_tag):
            keep_in_frame(tag.next_to(self.live, RIGHT, buff=0.2))
        # Placed once here; they follow ŵ only while it moves (`drag_center`), so they do
        # not count as moving (and redrawn) in every frame before.
        # The contour named by what it is, the level of f through w* (a reviewer asked
        # which ring a label named).
        # Lightened towards white (r53's item 8: the loss's slate blue was only just readable
        # at 480p; r58's item 7: half-way it still read low-contrast grey).
        self.contour_label = legible(MathTex(r"f(w) = f(w^*)", font_size=28,
                                             color=LOSS_COLOR.interpolate(TEXT_COLOR, 0.8)))
        self.drag_followers = [
            (self.contour, self.follow_contour),
            (self.contour_label, self.follow_contour_label),
            (self.tangent_dot, lambda m: m.move_to(to_scene(self.axes, self.state()[1].point))),
            (self.tangent_label, self.follow_label),
            (self.pull, self.follow_pull),
            (self.push, self.follow_push),
            (self.pull_label, self.follow_pull_label),
            (self.push_label, self.follow_push_label),
            (self.live, lambda r: r.set_value(self.state()[1].multiplier)),
        ]
        for mobject, follow in self.drag_followers:
            follow(mobject)
        # ŵ's label placed again now the contour through w* exists: placed before it, it
        # sat on the contour until the drag (a reviewer's "ŵ by the contour", 12–31 s).
        self._follow_center(self.center_marker)
        # r79 (a cut round, r77's item 3): the 25° tilt and its angle mark went (shown and
        # left unconnected); the lens opens as it is named, with the pull, and carries the
        # balance through the drag. No dashes from w* to ŵ: they served the tilt alone.
        zoomed = "" if self.lens is None else " {@aim}Zoomed in at right{@h}."
        zoomed_spoken = "" if self.lens is None else " {@aim}Zoomed in at right{@h}."
        # f named as the loss, ŵ as the fit with no penalty and H as the bowl's shape, each
        # line written as it is said (r40's item 4: f never named, ŵ and H on screen 3 and
        # 17 s before their words). ŵ is a point of the formula here; its dot comes with
        # the active case.
        # The bowl drawn as it is named (r44's finding 1: told over empty axes): nested
        # level sets of f round ŵ, the contour through w* the innermost (the one kept).
        self.bowl = self.bowl_rings()
        with self.cue("{f} is the loss{@f}: a bowl{@bowl} centred on {w_hat}{@hat}, the fit "
                      "with no penalty; {@h}{H}, its Hessian, sets its shape.",
                      spoken="f is the loss{@f}: a bowl{@bowl} centred on w-hat{@hat}, the "
                      "fit with no penalty; {@h}H, its Hessian, sets its shape.") as cue:
            # The axes are on screen from the first frame; the loss's line as it is named.
            self.add(self.axes_group)
            # Ring after ring outward from ŵ, as a bowl seen from above, from the first
            # words (r46's finding 11: the axes stood empty under them for 2 s); ŵ's marker
            # as it is named (r44: it came 11 s after its word).
            spread = max(cue.until("hat"), 1.6)
            # ŵ's ring with the bowl it centres, as "bowl" is said (r58's item 5: the
            # caption names it from the first frame; it came only after its word).
            # r79 (r77's item 5): ŵ's ring from the first frame, as the caption names it.
            # r66 (r62's item 10): the bowl's innermost ring is there from the first frame
            # (the axes stood empty under "bowl" at 0 s); the others are drawn outward.
            # r83 (r82's item 6): ŵ's marker with the innermost ring from the first frame
            # (its fade-in was seen only at 2 s, after "centred on ŵ").
            self.add(self.contour)
            cue.play(Reveal(self.problem[0], run_time=0.8),
                     *([LaggedStart(*(Create(r) for r in self.bowl),
                                    lag_ratio=0.35, run_time=spread)] if self.bowl else []),
                     Reveal(self.center_marker, run_time=0.2))
            cue.play(Reveal(self.h_note), at="h", run_time=0.8)
            # Its shape marked as it is named: the rings pulse (no still stretch).
            cue.play(*(Indicate(r, color=TEXT_COLOR, scale_factor=1.0)
                       for r in (self.contour, *self.bowl)), until=cue.END)
        with self.cue("The constraint {norm} ≤ {t}{@norm} on two weights: the {ball}, with "
                      "{t} = {tval}.", norm=SYMBOLS[self.norm], ball=ball,
                      tval=number(self.t)) as cue:
            # The constraint and the ball appear as the words name them, the title
            # "Active: ..." with the active case (a reviewer read it over the ball alone,
            # before w* existed).
            # A tick number the edge runs through steps out as the ball is drawn (r53's
            # item 7: "0.5" sat on the diamond's edge); the radius beat brings it back.
            # r83 (r82's item 6): drawn by the time "the diamond" is read (it took 2 s).
            # r84 (r83's item 6: still drawing 1 s into its caption): drawn in 0.5 s.
            cue.play(Reveal(self.problem[1], run_time=0.5),
                     *draw_ball(self.ball, run_time=0.5), Reveal(self.ball_label, run_time=0.5),
                     *(Dim(m, factor=0.0, run_time=0.5) for m in self.numbers_on_ball(self.t)))
            cue.play(Indicate(self.ball[1], color=TEXT_COLOR, scale_factor=1.0),
                     Indicate(self.ball_label, color=TEXT_COLOR, scale_factor=1.0),
                     until=cue.END)
        # "Active" defined as it is first said: w* on the boundary (binding, λ > 0, is
        # said with λ's value; inactive, slack > 0, in the slack beat).
        # Short (r36: a 3 s hold before w* came with its words).
        # ŵ and w* defined in words as they are first named (r38's item 2).
        # (ŵ defined by the first cue: "the fit with no penalty".)
        with self.cue("First the active case: {w_hat} lies "
                      "outside, so {w_star}, the best point in the {ball}, is on the "
                      "boundary, where its contour touches.", ball=ball,
                      spoken="First the active case: w-hat lies "
                      "outside, so w-star, the best point in the {ball}, is "
                      "on the boundary, where its contour touches.") as cue:
            # The whole sentence is on screen from its first moment (one caption): ŵ comes
            # with the title and w* with its contour right after, so the picture plays under
            # the words, not 4 s behind them (a reviewer's 4.8–8.9 s).
            # H is shown as the words name it (the next cue), unless no words do.
            # The bowl's outer rings leave (one contour, the one through w*, stays).
            # r79 (r77's item 5): w* with the words' first frame (the caption shows "w*" from
            # its start; the dot came 2 s later), its contour and "f = f(w*)" with it.
            cue.play(Reveal(self.active_title[0]), *(Conceal(r) for r in self.bowl),
                     Reveal(self.hat_line), swap_titles(self.h_note, self.data_line),
                     Indicate(self.contour, color=TEXT_COLOR, scale_factor=1.0),
                     Reveal(self.contour_label), Reveal(self.tangent_dot, run_time=0.3),
                     Reveal(self.tangent_label, run_time=0.3), run_time=1.0)
            # A colour pulse only: scaled, the dot read as changing size (r40's item 9).
            cue.play(Indicate(self.tangent_dot, color=EMPHASIS_COLOR, scale_factor=1.0),
                     until=cue.END)
        with self.cue("{neg_grad}{@pull} pulls {w_star} outward, at right angles to its "
                      "contour." + zoomed,
                      spoken="Minus the gradient{@pull} pulls w-star outward, at right angles to "
                      "its contour." + zoomed_spoken) as cue:
            cue.play(GrowArrow(self.pull), Reveal(self.pull_label), at="pull", run_time=1.2)
            if self.lens is not None:
                self.open_lens(cue, at="aim")
                # The contour marked in the lens as it opens (no still stretch over 4 s).
                cue.play(Indicate(self.l_contour, color=TEXT_COLOR, scale_factor=1.0),
                         until=cue.END)
        # "Binds" defined with λ's value: λ > 0.
        # g's value is read on the panel, not said (r36: a 2.5 s hold while it was).
        # r70 (r67's factual-wording note): on one edge g = sign(w*), ‖w‖₁'s gradient there,
        # a normal not of unit length (λ's value depends on that scaling).
        signed = "sign" in self.g_tex()
        # r81 (r80's item 7): two whole sentences, g's then λ's (one sentence ran over
        # three captions).
        normal_words = ("where {g} = sign({w_star}) is the gradient of {norm} (not of unit "
                        "length)" if signed else
                        "where {g} is its outward normal")
        normal_spoken = ("where g = sign of w-star, not unit length"
                         if signed else
                         "where g is its outward normal")
        # r87 (r86 review a's item 3): the lasso named in one clause where λ is: its
        # penalty's strength, f + λ‖w‖₁ having the same w* (said for the diamond only).
        # (r88 review a's item 7: "the lasso's weight" clashed with w's weights.)
        lasso_words = (", and {@lasso}the lasso's penalty strength: f + {lam}{norm} has the "
                       "same {w_star}" if self.norm == "l1" else "")
        lasso_spoken = (", and {@lasso}the lasso's penalty strength: f plus lambda times the "
                        "norm has the same w-star" if self.norm == "l1" else "")
        with self.cue("The {ball} {@push}pushes back along −{g}, " + normal_words
                      + "{@normal}. {@lam}Its scale {lam} = {lam0} > 0{@binds} is the "
                      "Lagrange multiplier: {@how}how hard the {ball} pushes" + lasso_words
                      + ". Balance: "
                      "{neg_grad} = {lam}{g}{@balance}.",
                      ball=ball, lam0=number(start.multiplier), norm=SYMBOLS[self.norm],
                      spoken="The {ball} {@push}pushes back along minus g, " + normal_spoken
                      + "{@normal}. {@lam}Its scale lambda = {lam0}, above "
                      "zero{@binds}, is the Lagrange multiplier: {@how}how hard the {ball} "
                      "pushes" + lasso_spoken + ". "
                      "Balance: minus the gradient "
                      "equals lambda "
                      "g{@balance}.") as cue:
            # g's line is written as its caption starts (r36: 2–3 s behind "g = (1, 1)"); the
            # arrow grows as the push is said, its label −λg as λ is named (a reviewer saw
            # "−λg" 5 s before λ was said).
            cue.play(Reveal(self.g_line), run_time=0.5)
            # With the lens open the push grows there, beside the pull (the main plot's
            # arrows left as it opened).
            push, push_label = ((self.l_push, self.l_push_label) if self.lens_is_open()
                                else (self.push, self.push_label))
            # r79 (r77's item 5): labelled as it grows (it stood unlabelled 6 s).
            # r81 (r80's item 4): "−λg" waits for λ's words (it stood 3.6 s before λ was
            # named); the arrow grows as the push is said.
            # r84 (r83's item 6): labelled as the push is named (it waited 8 s for λ's words).
            # r88 (r87 reviews' item 4: "−λg" 7 s before λ's words): "−g" as the push is
            # named, "−λg" as λ is (the same label, its text turned in place).
            named = push_label.copy().clear_updaters()
            push_label.become(legible(MathTex(r"-g", font_size=push_label.font_size,
                                              color=NORMAL_COLOR)).move_to(push_label))
            cue.play(GrowArrow(push), Reveal(push_label), at="push", run_time=1.2)
            cue.play(Indicate(push, color=NORMAL_COLOR, scale_factor=1.0),
                     at="normal", run_time=0.7)
            # The line carries λ's value and its tag "(λ > 0)": both written as the caption
            # with the value starts (r36: 2–3 s behind it), and marked at "Balance".
            bar = [self.l_bar] if self.lens_is_open() and self.l_bar is not None else []
            cue.wait_until("lam")
            push_label.become(named.move_to(push_label))
            cue.play(Reveal(self.live), Reveal(self.binds_tag),
                     Reveal(self.active_title[1]), *(Reveal(m) for m in bar),
                     Indicate(push_label, color=NORMAL_COLOR, scale_factor=1.0), at="lam",
                     run_time=0.5)
            # r82 (r81's item 4): a colour pulse only (scaled, it met "0.303": "0.303(λ > 0)").
            cue.play(Indicate(self.binds_tag, color=EMPHASIS_COLOR, scale_factor=1.0),
                     at="binds", run_time=0.5)
            # r75 (r74's item 7): the push marked as λ is defined by it ("how hard the
            # diamond pushes"; the words between λ and the balance were a still stretch).
            cue.play(Indicate(push, color=NORMAL_COLOR, scale_factor=1.0),
                     Indicate(push_label, color=NORMAL_COLOR, scale_factor=1.0),
                     at="how", run_time=1.0)
            if self.norm == "l1":
                # (Under the lasso's clause, λ's value and w* marked: no still stretch.)
                cue.play(Indicate(self.live, color=PULSE_COLOR, scale_factor=1.0),
                         at="lasso", run_time=1.0)
                dot = (self.l_star if self.lens_is_open() and getattr(self, "l_star", None)
                       is not None else self.tangent_dot)
                cue.play(Indicate(dot, color=EMPHASIS_COLOR, scale_factor=1.3),
                         run_time=1.0)
            # The two arrows of the balance pulse with it (r62's item 10: 4 s with only
            # text changing).
            arrows = ([self.l_pull, self.l_push] if self.lens_is_open()
                      else [self.pull, self.push])
            # r84 (r83's item 4): readouts pulse in a colour (in white the pulse grew the
            # line 8 %, and "(λ > 0)" ran into it: "0.303(λ > 0)").
            cue.play(*(Indicate(m, color=TEXT_COLOR, scale_factor=1.0) for m in arrows),
                     Indicate(self.live, color=PULSE_COLOR, scale_factor=1.0), at="balance",
                     run_time=1.0)

    def bowl_rings(self) -> list[VMobject]:
        """The bowl seen from above at the first data: regmath's level sets of f round ŵ
        outside the contour through w* (`BOWL_PROGRESS`, `growth_levels`), thin, clipped
        to the view; outside it, none crosses ŵ's label."""
        loss, start = self.state(0.0, self.t)
        self._state = None
        # r84 (r83's item 4: the outer rings cut off at the view's edge, w₁ = 1.5, where no
        # frame is drawn): only rings whole inside the view; where the outermost would not
        # fit, the rings are spread up to the largest that does (regmath's level sets).
        view = self.view
        largest = BOWL_PROGRESS[-1]

        def fits(progress: float) -> bool:
            level = float(growth_levels(start.level, [progress])[0])
            return view.contains(level_set(loss, level, samples=self.contour_samples))

        if not fits(largest):
            low, high = 1.0, largest
            for _ in range(20):
                middle = 0.5 * (low + high)
                low, high = (middle, high) if fits(middle) else (low, middle)
            largest = low
        shares = [(p - 1.0) / (BOWL_PROGRESS[-1] - 1.0) for p in BOWL_PROGRESS]
        progress = [1.0 + share * (largest - 1.0) for share in shares]
        if largest - 1.0 < 0.2:
            return []
        levels = growth_levels(start.level, progress)
        return [self.get_contour(loss, float(level), faint=True) for level in levels]

    def inside_rings(self) -> list[VMobject]:
        """Level sets of f round the last ŵ, all inside the ball: {f ≤ L} fits inside
        exactly for L up to regmath's lowest loss on the boundary (`boundary_minimum`);
        these are `INSIDE_PROGRESS` of the way to it (`growth_levels`)."""
        lowest = boundary_minimum(self.loss, norm=self.norm, radius=self.t)[1]
        rings = [self.get_contour(self.loss, float(level))
                 for level in growth_levels(lowest, INSIDE_PROGRESS)]
        for ring in rings:
            ring.set_stroke(width=3, opacity=0.8)
        return rings

    def lens_is_open(self) -> bool:
        return bool(getattr(self, "lens_open", False))

    def open_lens(self, cue: Any, *, at: str | None = None, run_time: float = 0.6,
                  with_link: VMobject | None = None, late: bool = False) -> None:
        """The drag's lens opens: the main plot keeps its dots, ball, contour and dashes;
        its arrows and their labels, the contour's label and ŵ's label leave (the lens
        names them; the region's outline ran through them). ``late``: the push and its
        label come with it (they are not yet said otherwise). Layout only."""
        # The axis labels and numbers a join crosses stay, drawn over it on a dark outline.
        self.over_joins(self.lens_crossed)
        main = [m for m in (self.pull, self.push, self.pull_label, self.push_label,
                            self.contour_label)
                if m is not None and m in self.mobjects and m not in self.lens]
        self.lens_open = True
        extra = [Create(with_link)] if with_link is not None else []
        # The lens fades in as one group (r56's item 7: its contour and "ŵ" came at full
        # strength before its frame, their updaters setting their opacity every frame):
        # nothing in it moves while it opens, so its followers pause.
        paused = [m for m in self.lens.get_family() if m.updaters]
        for mobject in paused:
            mobject.suspend_updating()
        cue.play(Reveal(self.lens), *(Reveal(m) for m in (self.lens_late if late else [])),
                 *(Conceal(m) for m in main), *extra,
                 at=at, run_time=run_time)
        for mobject in paused:
            mobject.resume_updating()

    def fit_tag(self, tag: VMobject) -> VMobject:
        """A tag beside λ's readout with at least `TAG_RIGHT_MARGIN` to the frame's right
        edge: closer to the readout, then a little smaller (a reviewer saw "(no longer
        binds)" end 22 px from the edge). Layout only."""
        tag.next_to(self.live, RIGHT, buff=0.15)
        room = config.frame_width / 2 - TAG_RIGHT_MARGIN - tag.get_left()[0]
        if tag.width > room:
            tag.scale(max(room / tag.width, 0.8), about_edge=LEFT)
        return keep_in_frame(tag)

    def follow_ball_label(self, mobject: VMobject) -> None:
        """The ball's label just outside its edge, a quarter turn anticlockwise from ŵ (away
        from ŵ, its arrows and the slack bar), at the current radius. Layout only: the
        anchor is regmath's boundary point."""
        radius = self.ball_radius.get_value()
        anchor = self.outline_anchor(radius, turn=1)
        if not np.any(anchor):
            anchor = boundary_towards(np.array([-1.0, 1.0]), norm=self.norm, radius=radius)
        direction = np.append(anchor / float(np.linalg.norm(anchor)), 0.0)
        keep_in_frame(mobject.next_to(to_scene(self.axes, anchor), direction, buff=0.08))

    def g_tex(self, solutions: list[Solution] | None = None, *, named: bool = True) -> str:
        """"g = ∇‖w‖₁ = (1, 1)" while w* stays on one edge all along the drag (or the given
        solutions), else g in words (its value changes as w* moves)."""
        if solutions is None:
            solutions = self.along_path()
            self._state = None
        normals = [tuple(sol.normal) for sol in solutions if sol.multiplier > 0.0]
        corner = any(sol.at_corner for sol in solutions if sol.multiplier > 0.0)
        if self.norm == "l1" and normals and len(set(normals)) == 1 and not corner:
            # ∇‖w‖₁ at w* (the norm has no gradient on the axes: a reviewer's quibble).
            # sign(w*): ‖w‖₁'s gradient where no weight is 0, said on screen (r28b: "∇‖w‖₁"
            # is valid only off the axes). Every w* here is off the corners (regmath).
            # r66: g named once, as the diamond's outward normal at w*, its value sign(w*)
            # here; later lines restate only its value (one meaning, r62's item 2).
            if named:
                return (r"g:\ \text{outward normal, here } "
                        rf"\operatorname{{sign}}(w^*) = {point(np.array(normals[0])).tex}")
            return rf"g = \operatorname{{sign}}(w^*) = {point(np.array(normals[0])).tex}"
        return r"g:\ \text{the outward normal at } w^*"

    def set_label_sides(self) -> None:
        """Choose once, from the first solution, where w*'s and the arrows' labels go.

        The arrows leave w* along ± its normal; ŵ lies to one side of them along the
        boundary's tangent. The arrow labels go on the other side (clear of ŵ and its
        label), and w*'s label on ŵ's side, inward, between the push and the boundary.
        Layout only (scene directions from regmath's normal and tangent).
        """
        start = self.start_solution
        normal = np.asarray(start.normal, dtype=float)
        normal = normal / float(np.linalg.norm(normal))
        tangent = np.asarray(boundary_tangents(start)[0], dtype=float)
        side = float(np.sign(tangent @ (self.path.start - start.point))) or 1.0
        away = -side * tangent
        self.arrow_label_side = np.append(away, 0.0)
        # −λg's label on ŵ's side of its arrow, inside the ball; w*'s label outside the
        # ball on the other side (a reviewer read "−λgw*" where both sat inside, and saw
        # the push's shaft strike through its label).
        self.push_label_side = np.append(side * tangent, 0.0)
        self.star_label_side = np.append(away + 1.0 * normal, 0.0)
        self.star_label_lift = np.append(normal, 0.0) * STAR_LABEL_LIFT
        self.hat_label_side = np.append(side * tangent, 0.0)
        # In the inset too w*'s label sits outside the ball, away from ŵ (inside, on ŵ's
        # side, it sat on the ball's edge and on −λg's label).
        self.z_label_side = np.append(away + 1.0 * normal, 0.0)

    def get_center_marker(self) -> VGroup:
        """ŵ's marker as in the other scenes, but its label on the side away from the
        arrows (above it, −∇f(w*)'s tip would cover the hat of ŵ)."""
        self.set_label_sides()
        group = super().get_center_marker()
        follow = self._follow_center

        def follow_aside(m: VGroup) -> None:
            follow(m)
            if self.center_dot in m.submobjects[0].submobjects:
                # (And the lens's region outline: r82 keeps ŵ named on the main plot while
                # the lens is open.)
                region = getattr(self, "lens", None)
                lines = [c for c in (getattr(self, "contour", None), getattr(self, "link", None),
                                     getattr(self, "pull", None), self.ball,
                                     region[1] if region is not None else None)
                         if c is not None and len(c.get_all_points())]
                # Beside the ring where a side is clear, right first (r38's item 8: slid
                # off the contour it sat below the ellipse and read as its label).
                # (0.1 off the ring: at 0.05 "ŵ" touched it, r44's finding 4.)
                for side in (RIGHT, DOWN + RIGHT, UP + RIGHT, DOWN, UP, LEFT):
                    keep_in_frame(self.center_label.next_to(self.center_dot, side, buff=0.1))
                    if not self.on_lines(self.center_label, lines):
                        return
                # r84 (r83's item 3: slid off, "ŵ" stood below the lens's region, apart from
                # its ring, 40–46 s): beside the ring over the region's thin outline rather
                # than away from the ring.
                if region is not None:
                    thin = [c for c in lines if c is not region[1]]
                    for side in (RIGHT, DOWN + RIGHT, UP + RIGHT, DOWN, UP, LEFT):
                        keep_in_frame(self.center_label.next_to(self.center_dot, side,
                                                                buff=0.1))
                        if not self.on_lines(self.center_label, thin):
                            return
                keep_in_frame(self.center_label.next_to(self.center_dot, self.hat_label_side,
                                                        buff=0.04))
                # Off the contour round ŵ (a reviewer saw ŵ's label on the ellipse).
                # And off the dashed way from w* to ŵ (its end is at ŵ).
                self.slide_off(self.center_label, self.hat_label_side,
                               [c for c in (getattr(self, "contour", None),
                                            getattr(self, "link", None)) if c is not None])

        self._follow_center = follow_aside
        follow_aside(group)
        return group

    def follow_dimmed_contour(self, mobject: VMobject) -> None:
        """The main plot's contour through w*, dimmed while a magnifier shows it (at full
        strength while the lens's own is not drawn, too large for it)."""
        self.follow_contour(mobject)
        share = self.lens_contour_share() if getattr(self, "lens_open", False) else 1.0
        mobject.set_stroke(opacity=1.0 + share * (MAIN_DIMMED - 1.0))

    def slide_off(self, mobject: VMobject, direction: np.ndarray, curves: list[VMobject], *,
                  step: float = 0.03, tries: int = 14, margin: float = 0.03) -> VMobject:
        """Step ``mobject`` along ``direction`` until no drawn point of ``curves`` (sampled
        along their chords) lies in its box grown by a small margin, at most ``tries``
        steps (a label on a line: a reviewer's items). Layout only."""
        # The toolkit's sampler (each cubic's chord, family included), as place_clear uses.
        points = _outline_samples(curves, spacing=0.02)
        if not len(points):
            return mobject
        unit = np.asarray(direction, dtype=float) / max(float(np.linalg.norm(direction)), 1e-12)
        for _ in range(tries):
            low = mobject.get_corner(DOWN + LEFT)[:2] - margin
            high = mobject.get_corner(UP + RIGHT)[:2] + margin
            if not np.any(np.all((points >= low) & (points <= high), axis=1)):
                break
            mobject.shift(unit * step)
        return mobject

    @staticmethod
    def on_lines(mobject: VMobject, curves: list[VMobject]) -> bool:
        """Whether a drawn point of ``curves`` (sampled as in `slide_off`) lies in the
        label's box grown by the same margin. Layout only."""
        points = _outline_samples(curves, spacing=0.02)
        if not len(points):
            return False
        low = mobject.get_corner(DOWN + LEFT)[:2] - 0.03
        high = mobject.get_corner(UP + RIGHT)[:2] + 0.03
        return bool(np.any(np.all((points >= low) & (points <= high), axis=1)))

    def label_opacity(self) -> float:
        """Arrow labels fade out as λ falls from 40 % to 10 % of its first value: near the
        boundary the arrows are too short to carry a label without piling onto ŵ and w*."""
        first = self.start_solution.multiplier
        share = self.state()[1].multiplier / first if first > 0.0 else 0.0
        return float(np.clip((share - LABEL_FADE_END) / (LABEL_FADE_START - LABEL_FADE_END),
                             0.0, 1.0))

    def beside_arrow(self, mobject: VMobject, arrow: MovingArrow, *,
                     at_tip: bool = False, side: np.ndarray | None = None) -> None:
        """Beside the arrow's middle on ``side`` (default: away from ŵ), or just past its
        tip along it, fading with the arrow."""
        if len(arrow.shaft.points):
            if at_tip:
                along = arrow.get_end() - arrow.get_start()
                mobject.next_to(arrow.get_end(), along / float(np.linalg.norm(along)),
                                buff=0.08)
            else:
                mobject.next_to(arrow.shaft.point_from_proportion(0.5),
                                self.arrow_label_side if side is None else side, buff=0.1)
        opacity = self.label_opacity() if len(arrow.shaft.points) else 0.0
        # A label that would touch w*'s or ŵ's label is not drawn (a reviewer read
        # "w*−∇f(w*)" and "−λĝ" as the arrows shrank). Layout only.
        if opacity > 0.0 and any(
                _drawn(other) and boxes_meet(mobject, other)
                for other in (self.tangent_label, self.center_label)):
            opacity = 0.0
        if opacity != getattr(mobject, "_shown", None):
            mobject.set_opacity(opacity)
            mobject._shown = opacity

    def follow_push_label(self, mobject: VMobject) -> None:
        # On ŵ's side of the push, inside the ball: clear of its shaft, of w*'s label
        # (outside the ball) and of the pull's (past the pull's tip). Layout only.
        self.beside_arrow(mobject, self.push, side=self.push_label_side)
        # Clear of the arrow itself (it butted against it: a reviewer's frames).
        if len(self.push.shaft.points):
            self.slide_off(mobject, self.push_label_side, [self.push.shaft, self.push.head])

    def follow_contour_label(self, mobject: VMobject) -> None:
        """Just right of the contour's rightmost drawn point, fading with the arrow labels
        as the contour shrinks (gone at λ = 0), and not drawn where it would touch another
        label. Layout only: the contour's points are regmath's level set."""
        points = self.contour.points
        if len(points):
            # Under the contour's right end (r61's item 7: "f(w) = f(w*)", longer than
            # "f = f(w*)", beside it reached the panel's "H: shape of f").
            anchor = np.array([points[:, 0].max(), points[:, 1].min(), 0.0])
            keep_in_frame(mobject.next_to(anchor, DOWN, buff=0.08))
        opacity = self.label_opacity() if len(points) else 0.0
        if opacity > 0.0 and any(
                _drawn(other) and boxes_meet(mobject, other)
                for other in (self.tangent_label, self.center_label, self.pull_label,
                              self.push_label)):
            opacity = 0.0
        if opacity != getattr(mobject, "_shown", None):
            mobject.set_opacity(opacity)
            mobject._shown = opacity

    def follow_pull_label(self, mobject: VMobject) -> None:
        # Just past the tip, along the arrow: the pull starts on the ball's edge, and
        # beside it the label straddled that edge.
        self.beside_arrow(mobject, self.pull, at_tip=True)

    def arrow_opacity(self) -> float:
        """The main plot's arrows fade out as λ falls from 25 % to 10 % of its first value:
        shorter, they piled onto ŵ, w* and the contour as one blob (a reviewer's word)."""
        first = self.start_solution.multiplier
        share = self.state()[1].multiplier / first if first > 0.0 else 0.0
        return float(np.clip((share - ARROW_FADE_END) / (ARROW_FADE_START - ARROW_FADE_END),
                             0.0, 1.0))

    def fade_arrow(self, mobject: MovingArrow) -> None:
        opacity = self.arrow_opacity()
        if opacity != getattr(mobject, "_shown", None):
            mobject.shaft.set_stroke(opacity=opacity)
            mobject.head.set_fill(opacity=opacity)
            mobject._shown = opacity

    def main_ends(self, arrow: object) -> tuple[np.ndarray, np.ndarray]:
        """A regmath arrow on the main plot, shortened by `main_arrow_factor` (1 but in a
        radius beat whose λ outgrows the first one: the arrows left the plot)."""
        start = to_scene(self.axes, arrow.start)
        end = to_scene(self.axes, arrow.end)
        return start, start + self.main_arrow_factor * (end - start)  # layout: shortened alike

    def follow_pull(self, mobject: MovingArrow) -> None:
        mobject.put_ends(*self.main_ends(pull_arrow(self.state()[1], scale=self.scale)))
        self.fade_arrow(mobject)

    def follow_push(self, mobject: MovingArrow) -> None:
        """−λg, equal and opposite to the pull (gone when λ = 0)."""
        mobject.put_ends(*self.main_ends(push_arrow(self.state()[1], scale=self.scale)))
        self.fade_arrow(mobject)

    def follow_label(self, mobject: VMobject) -> None:
        # Lifted off the ball along the normal: at w*'s corner alone the edge ran under it.
        mobject.next_to(self.tangent_dot, self.star_label_side, buff=0.1)
        mobject.shift(self.star_label_lift)
        # Off the contour through w* and the ball's edge (a reviewer saw it touch both),
        # and off the lens's region outline (32–36 s, struck), from its first placing: the
        # lens opens after the label comes (r62's item 4: it sat on the region's top edge,
        # 25–42 s).
        region = [self.lens[1]] if getattr(self, "lens", None) is not None else []
        self.slide_off(mobject, self.star_label_side, [self.contour, self.ball[1], *region])
        # r81 (r80's item 7): clear of the region's outline by a visible gap (it sat on its
        # top edge, 20–27 s, just clear of its box).
        self.slide_off(mobject, self.star_label_side, region, margin=0.1)
        # Hidden once regmath's w* is ŵ (λ = 0), and just before, once it would touch ŵ's
        # label (layout): beside it, it read as "w*ŵ".
        touching = boxes_meet(mobject, self.center_label)
        opacity = 0.0 if self.state()[1].multiplier == 0.0 or touching else 1.0
        if opacity != getattr(mobject, "_shown", None):
            mobject.set_opacity(opacity)
            mobject._shown = opacity

    # ------------------------------------------------------------- the drag's lens
    def make_drag_lens(self) -> VGroup | None:
        """A magnifier over ŵ's path and w*'s (regmath's `lens_box`) beside the plot, for the
        drag: there w*, ŵ and the shrinking contour fit in about 130 × 80 px of the main
        plot (a reviewer's "blob"). None where it would not magnify `LENS_MIN_GAIN` times.
        Everything in it is drawn from regmath's points through its own (unseen) axes."""
        from manim import Axes  # local: the import block is shared

        # Only the drag up to the boundary: the lens closes as ŵ goes on inside, so it
        # frames that part alone, at a larger gain (a reviewer found 2.3× too weak, the
        # arrows a few pixels long near λ = 0).
        crossing = float(self.path.crossing)
        stars = np.array([self.state(float(s), self.t)[1].point
                          for s in np.linspace(0.0, crossing, 41)])
        # The balance's two arrows, at `LENS_ARROW_REACH` of the plot's scale, are inside
        # the lens too: w* starts near its edge, and −λg pointed out of it at once (the
        # push was left out, a reviewer found the lens without it). regmath's arrow ends.
        first = self.state(0.0, self.t)[1]
        reach = [np.array([arrow(first, scale=LENS_ARROW_REACH * self.scale).end
                           for arrow in (pull_arrow, push_arrow)])]
        self._state = None
        box = lens_box([self.path.at(np.linspace(0.0, crossing, 41)), stars, *reach])
        if lens_gain(box, self.view, lens_side=INSET_SIDE,
                     plot_side=self._plot_side) < LENS_MIN_GAIN:
            return None
        self.lview = box
        axes = Axes(x_range=list(box.x_range), y_range=list(box.y_range), x_length=INSET_SIDE,
                    y_length=INSET_SIDE, axis_config={"include_tip": False})
        center = [0.5 * (box.x_range[0] + box.x_range[1]), 0.5 * (box.y_range[0] + box.y_range[1])]
        axes.shift(INSET_CENTER - axes.c2p(*center))
        self.laxes = axes
        corners = frame_outline(box)
        frame = polyline(axes, corners, **INSET_STYLE)
        self.l_frame = frame
        # r96 (item 5): the zoomed region's outline drawn above w*'s dot, full strength
        # (it was hidden under the dot), and joined to the inset.
        region = polyline(self.axes, corners, **{**INSET_STYLE, "stroke_opacity": 1.0,
                                                 "stroke_width": 2.5}).set_z_index(7)
        # From the region's lower corners to the lens's left corners: a join from its top
        # right ran across the panel's balance line (the lens lies below and right of it).
        joins = VGroup(*(VMobject(**INSET_STYLE).set_points_as_corners(
            [to_scene(self.axes, corners[a]), to_scene(axes, corners[b])])
            for a, b in LENS_JOINS))
        self.l_joins = joins
        self.lens_crossed = [m for m in (*self.axes_group[1:], *self.tick_numbers())
                             if any(_box_meets(m, join) for join in joins)]
        ball = set_pieces(VMobject(stroke_color=BALL_COLORS[self.norm], stroke_width=4), axes,
                          clip_polyline(ball_outline(self.norm, self.t,
                                                     samples=self.contour_samples), box))
        self.l_ball = ball
        self.l_contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=4, z_index=1)
        self.l_link = VMobject(stroke_color=CENTER_COLOR, stroke_width=2.5)
        self.l_hat = marker(ORIGIN, CENTER_COLOR, radius=W_STAR_RADIUS, z_index=5)
        self.l_hat.set_fill(opacity=0.0).set_stroke(CENTER_COLOR, width=3).scale(1.9)
        self.l_star = marker(ORIGIN, SOLUTION_COLOR, radius=W_STAR_RADIUS, z_index=6)
        self.l_hat_label = legible(MathTex(r"\hat w", font_size=34, color=CENTER_COLOR))
        self.l_star_label = legible(MathTex("w^*", font_size=34, color=TEXT_COLOR))
        self.l_same = legible(MathTex(r"w^* = \hat w", font_size=30, color=TEXT_COLOR))
        # The balance in the lens too, both arrows shortened alike to stay inside it: "the
        # pull weakens" is seen where it is magnified (a reviewer found the lens without
        # arrows, and the main plot's a 30 px tangle), and −λg with it (a reviewer found the
        # lens without the ball's push while the balance was discussed).
        # Thicker than the contour (r58's item 7: violet on light blue, close for protan and
        # deutan viewers, both 4–5 px).
        self.l_pull = MovingArrow(ORIGIN, ORIGIN, color=GRADIENT_COLOR, stroke_width=8,
                                  max_tip_ratio=0.35, z_index=2)
        self.l_push = MovingArrow(ORIGIN, ORIGIN, color=NORMAL_COLOR, stroke_width=8,
                                  max_tip_ratio=0.35, z_index=2)
        # r71's item 2: smaller than the inset's (at 32 no place by the first pull's tip was
        # clear of the lens's lines, and it went unlabelled 22–44 s); above the 480p minimum.
        self.l_pull_label = legible(MathTex(r"-\nabla f(w^*)", font_size=LENS_LABEL_FONT,
                                            color=PULL_LABEL_COLOR))
        self.l_push_label = legible(MathTex(r"-\lambda g", font_size=LENS_LABEL_FONT, color=NORMAL_COLOR))
        self.l_arrow_factor = self.lens_arrow_factor(box)
        # (In drawing order during the drag: w* after the arrows, over their bases.)
        self.lens_followers = [(self.l_contour, self.follow_l_contour),
                               (self.l_pull, lambda m: m.put_ends(*self.l_arrow(
                                   pull_arrow(self.state()[1], scale=self.scale)))),
                               (self.l_push, lambda m: m.put_ends(*self.l_arrow(
                                   push_arrow(self.state()[1], scale=self.scale)))),
                               (self.l_hat, lambda m: m.move_to(to_scene(
                                   self.laxes, self.state()[0].center))),
                               (self.l_star, lambda m: m.move_to(to_scene(
                                   self.laxes, self.state()[1].point))),
                               (self.l_hat_label, self.follow_l_hat_label),
                               (self.l_star_label, self.follow_l_star_label),
                               (self.l_pull_label, lambda m: self.follow_l_arrow_label(
                                   m, self.l_pull)),
                               (self.l_push_label, lambda m: self.follow_l_arrow_label(
                                   m, self.l_push)),
                               (self.l_same, self.follow_l_same)]
        for mobject, follow in self.lens_followers:
            follow(mobject)
            mobject.add_updater(follow)
        # The dashes to ŵ over the ball's edge and the contour: the way to ŵ is the point
        # of the lens's first beat (r40's item 1).
        self.l_link.set_stroke(width=3).set_z_index(3)
        # The push and its label are not part of the group: the lens opens as the pull's
        # aim is said, before the push is (r40's item 1), so they come with their words.
        self.lens_late = [self.l_push, self.l_push_label]
        # (r66: λ's bar beside the lens cut, r62's item 8: never named, no scale but 0;
        # λ's readout carries its fall.)
        self.l_bar = None
        # w* (and its label) after the arrows: drawn over their bases.
        return VGroup(frame, region, joins, ball, self.l_contour, self.l_pull,
                      self.l_pull_label, self.l_hat,
                      self.l_star, self.l_hat_label, self.l_star_label)

    def follow_l_arrow_label(self, mobject: VMobject, arrow: MovingArrow) -> None:
        """The lens's arrow labels: the pull's beside its tip away from ŵ, the push's beside
        its middle on ŵ's side (inside the ball), as in the main plot; kept inside the lens,
        shown while the arrow is long enough to carry it and clear of the dots' labels."""
        start, end = arrow.get_start(), arrow.get_end()
        length = float(np.linalg.norm(end - start)) if len(arrow.shaft.points) else 0.0
        others = (self.l_star_label, self.l_hat_label, self.l_hat, self.l_star)
        if length > 1e-6:
            # The preferred side first, then the others round the anchor, the first clear
            # of the lens's lines, dots and labels wins (r40: the lens opens at the first
            # w*, where the preferred side alone left both arrows unnamed). Layout only.
            pull = arrow is self.l_pull
            preferred = self.arrow_label_side if pull else self.push_label_side
            anchor = end if pull else arrow.shaft.point_from_proportion(0.5)
            buff = 0.16 if pull else 0.08  # the pull's clear of its head
            sides = [preferred, *(d for d in (UP, LEFT, RIGHT, DOWN, UP + LEFT, UP + RIGHT,
                                               DOWN + LEFT, DOWN + RIGHT)
                                  if not np.allclose(d, preferred))]
            for side in sides:
                mobject.next_to(anchor, side, buff=buff)
                # Off the lens's contour, ball edge and dashes (a reviewer's "zoom labels":
                # struck through), and its own arrow.
                self.slide_off(mobject, side, [*self.lens_lines(), arrow])
                keep_inside(mobject, self.l_frame, margin=LABEL_FRAME_MARGIN)
                if not self.on_lines(mobject, [*self.lens_lines(), arrow]) and not any(
                        _drawn(other) and boxes_meet(mobject, other) for other in others):
                    break
            else:
                # r71's item 2: no side clear (the first w*'s pull, its tip among the
                # contour, the dashes and the angle mark, went unlabelled 22–44 s): the
                # clear place in the lens nearest the tip. Layout only.
                if not (pull and self.nearest_clear(mobject, arrow)):
                    mobject.next_to(anchor, preferred, buff=buff)
                    self.slide_off(mobject, preferred, self.lens_lines())
                    keep_inside(mobject, self.l_frame, margin=LABEL_FRAME_MARGIN)
        # Shown from a shorter length than the inset's (r40: the lens opens at the first
        # w*, where its shortened arrows went unlabelled). Layout only.
        low, full = LENS_LABEL_SHARE * INSET_LABEL_MIN, LENS_LABEL_SHARE * INSET_LABEL_FULL
        opacity = float(np.clip((length - low) / (full - low), 0.0, 1.0))
        if opacity > 0.0 and any(_drawn(other) and boxes_meet(mobject, other)
                                 for other in others):
            opacity = 0.0
        # Not drawn where no slide clears the lens's lines (the layout report's struck
        # "zoom labels" as the lens opened, 32–36 s).
        if opacity > 0.0 and self.on_lines(mobject, self.lens_lines()):
            opacity = 0.0
        # r73 (r72's item 3): a label set away from its own arrow (under the dashes near ŵ
        # while the drag shortens the pull) fades out: it read as naming the dashes. Layout
        # only: the gap between its box and the arrow's segment.
        if opacity > 0.0 and length > 1e-6:
            low_b = mobject.get_corner(DOWN + LEFT)[:2]
            high_b = mobject.get_corner(UP + RIGHT)[:2]
            along = [start[:2] + u * (end[:2] - start[:2]) for u in np.linspace(0.0, 1.0, 21)]
            gap = min(float(np.linalg.norm(q - np.clip(q, low_b, high_b))) for q in along)
            opacity *= float(np.clip((LENS_LABEL_GAP - gap) / 0.12, 0.0, 1.0))
        if opacity != getattr(mobject, "_shown", None):
            mobject.set_opacity(opacity)
            mobject._shown = opacity

    def nearest_clear(self, mobject: VMobject, arrow: MovingArrow, *,
                      reach: float = 0.5) -> bool:
        """Move the lens's pull label to the place inside the lens, its box clear of the
        lens's lines, both arrows, the dots and their labels, nearest the arrow's tip (its
        previous place kept while still clear, so it does not hop); False
        (unmoved) when none lies within ``reach`` of the tip. Layout only: a grid search
        over scene points."""

        others = [m for m in (self.l_star_label, self.l_hat_label, self.l_hat, self.l_star)
                  if m is not None and m in self.get_mobject_family_members() and _drawn(m)]
        points = _outline_samples([*self.lens_lines(), arrow, self.l_push, *others],
                                  spacing=0.02)
        boxes = [box_of(m) for m in others]
        low_f, high_f = box_of(self.l_frame)
        half = np.array([mobject.width, mobject.height]) / 2.0
        tip = arrow.get_end()[:2]
        margin = 0.03

        def clear(c: np.ndarray) -> bool:
            low, high = c - half - margin, c + half + margin
            if np.any(low < low_f + LABEL_FRAME_MARGIN - margin) or np.any(
                    high > high_f - LABEL_FRAME_MARGIN + margin):
                return False
            if len(points) and np.any(np.all((points >= low) & (points <= high), axis=1)):
                return False
            return not any(np.all(low <= b1) and np.all(b0 <= high) for b0, b1 in boxes)

        def gap(c: np.ndarray) -> float:
            return float(np.linalg.norm(tip - np.clip(tip, c - half, c + half)))

        kept = getattr(mobject, "_tip_offset", None)
        if kept is not None and clear(tip + kept) and gap(tip + kept) <= reach:
            mobject.move_to(np.append(tip + kept, 0.0))
            return True
        best, nearest = None, None
        lo = np.maximum(low_f + half, tip - half - reach)
        hi = np.minimum(high_f - half, tip + half + reach)
        for x in np.arange(lo[0], hi[0], 0.04):
            for y in np.arange(lo[1], hi[1], 0.04):
                c = np.array([x, y])
                d = gap(c)
                if d > reach or (nearest is not None and d >= nearest):
                    continue
                if clear(c):
                    best, nearest = c, d
        if best is None:
            mobject._tip_offset = None
            return False
        mobject._tip_offset = best - tip
        mobject.move_to(np.append(best, 0.0))
        return True

    def lens_arrow_factor(self, box: ViewBox) -> float:
        """One shortening for the lens's pull all along the drag: the largest share of its
        drawn length that keeps it inside ``box`` (less a margin). Layout only: the arrow's
        ends are regmath's."""
        low = np.array([box.x_range[0], box.y_range[0]])
        high = np.array([box.x_range[1], box.y_range[1]])
        margin = LENS_ARROW_MARGIN * min(box.width, box.height)
        low, high = low + margin, high - margin
        factor = 1.0
        for sol in self.along_path():
            if sol.multiplier <= 0.0:
                continue
            for arrow in (pull_arrow(sol, scale=self.scale), push_arrow(sol, scale=self.scale)):
                start, along = np.asarray(arrow.start), np.asarray(arrow.end) - arrow.start
                for k in range(2):
                    if along[k] > 1e-12:
                        factor = min(factor, max(high[k] - start[k], 0.0) / along[k])
                    elif along[k] < -1e-12:  # room below the start, over the (negative) step
                        factor = min(factor, max(start[k] - low[k], 0.0) / -along[k])
        self._state = None
        return factor

    def l_arrow(self, arrow: object) -> tuple[np.ndarray, np.ndarray]:
        start = to_scene(self.laxes, arrow.start)
        end = to_scene(self.laxes, arrow.end)
        return start, start + self.l_arrow_factor * (end - start)  # layout: shortened alike

    def follow_l_contour(self, mobject: VMobject) -> None:
        """The contour through the current w*, clipped to the lens (none while λ = 0)."""
        loss, sol = self.state()
        pieces = [] if sol.multiplier == 0.0 else clip_polyline(
            level_set(loss, sol.level, samples=self.contour_samples), self.lview)
        set_pieces(mobject, self.laxes, pieces)
        mobject.set_stroke(opacity=self.lens_contour_share())

    def lens_contour_share(self) -> float:
        """1: the contour through w* is drawn in the lens from the moment it opens, clipped
        to its frame (r42's finding 1: left out until λ fell to where it fitted whole, the
        lens lacked the contour "at right angles" was said of, 23–41 s)."""
        return 1.0

    def lens_lines(self) -> list[VMobject]:
        """The lens's drawn lines a label must keep off: its contour, ball edge, dashes."""
        return [m for m in (getattr(self, "l_contour", None), getattr(self, "l_ball", None),
                            getattr(self, "l_link", None)) if m is not None]

    def follow_l_hat_label(self, mobject: VMobject) -> None:
        # On the side away from the arrows, as in the main plot (layout only), and off the
        # lens's lines and w*'s dot (a reviewer's "zoom labels").
        # r58's item 2: on the ring, on the far side from w* (along the dashes from w* to ŵ,
        # past ŵ), where the contour round ŵ is farthest from it: slid off the contour
        # along the edge it stood ~40 px from the moving ring (42.5 s). Layout only: a
        # direction between scene points.
        away = (self.l_hat.get_center() - self.l_star.get_center())[:2]
        if float(np.linalg.norm(away)) < 1e-6:
            away = np.asarray(self.hat_label_side, dtype=float)[:2]
        # Turned round the ring by the least angle that keeps it inside the lens (pushed
        # back by the lens's border it sat on the ring, 23–42 s): it slides round as ŵ
        # moves, never jumps. Layout only.

        low, high = box_of(self.l_frame)
        base = float(np.arctan2(away[1], away[0]))
        # r84 (r83's item 3: "−∇f(w*)ŵ", 40–46 s): clear of the pull's label too, where
        # some turn allows it (else inside the lens alone, as before). Layout only.
        pull_label = getattr(self, "l_pull_label", None)
        others = [pull_label] if pull_label is not None and _drawn(pull_label) else []
        for strict in ((True, False) if others else (False,)):
            fits = False
            for turn in np.radians(np.arange(0.0, 181.0, 5.0)):
                for angle in (base + turn, base - turn):
                    around(mobject, self.l_hat, np.array([np.cos(angle), np.sin(angle)]),
                           buff=0.06)
                    a, b = box_of(mobject)
                    if not (np.all(a >= low + LABEL_FRAME_MARGIN)
                            and np.all(b <= high - LABEL_FRAME_MARGIN)):
                        continue
                    if strict and any(boxes_meet(mobject, o, gap=0.12) for o in others):
                        continue
                    fits = True
                    break
                if fits:
                    break
            if fits:
                break
        # (Slid, it left the lens for the caption strip.)
        keep_inside(mobject, self.l_frame, margin=LABEL_FRAME_MARGIN)
        # Kept in the lens, it may be pushed back onto the contour (r48's item 4, 43 s: "ŵ"
        # struck by the ellipse at the lens's border): there it is not drawn, as w*'s label;
        # the ring is ŵ's, named before. Layout only. (A label dimmed to 0 by `Dim` stays 0.)
        if not any(hasattr(m, "_undimmed_alphas") for m in mobject.family_members_with_points()):
            mobject.set_opacity(0.0 if self.on_lines(mobject, self.lens_lines()) else 1.0)

    def follow_l_star_label(self, mobject: VMobject) -> None:
        # Outside the ball, away from ŵ, as in the main plot; hidden once w* = ŵ (λ = 0)
        # or where it would touch ŵ's label (layout only).
        mobject.next_to(self.l_star, self.star_label_side, buff=0.08)
        self.slide_off(mobject, self.star_label_side, [*self.lens_lines(), self.l_hat])
        self.slide_clear(mobject, [self.l_pull, self.l_push])
        # (Slid, it left the lens for the caption strip.)
        keep_inside(mobject, self.l_frame, margin=LABEL_FRAME_MARGIN)
        touching = boxes_meet(mobject, self.l_hat_label) or self.on_lines(
            mobject, [*self.lens_lines(), self.l_hat])
        opacity = 0.0 if self.state()[1].multiplier == 0.0 or touching else 1.0
        if opacity != getattr(mobject, "_shown", None):
            mobject.set_opacity(opacity)
            mobject._shown = opacity

    def follow_l_same(self, mobject: VMobject) -> None:
        # Inward of ŵ, along −g (regmath's normal where w* left the boundary), inside the
        # lens: beside ŵ along the edge it ran past the lens's frame and the ball's edge
        # crossed it (a reviewer's frame). Layout only.
        normal = np.asarray(self.start_solution.normal, dtype=float)
        inward = -np.append(normal / max(float(np.linalg.norm(normal)), 1e-12), 0.0)
        mobject.next_to(self.l_hat, inward, buff=0.04)
        keep_inside(mobject, self.l_frame, margin=LABEL_FRAME_MARGIN)

    def over_joins(self, crossed: list[VMobject]) -> None:
        """Axis labels and tick numbers a lens's or inset's join crosses: kept, on a dark
        outline, drawn above the join (Manim orders by z_index among the scene's top-level
        mobjects only, so each is added at the top level too). Layout only."""
        numbers = (self.axes.x_axis.numbers, self.axes.y_axis.numbers)
        if not hasattr(self, "lifted_numbers"):
            self.lifted_numbers: list[VMobject] = []
        for mobject in crossed:
            legible(mobject)
            # A tick number leaves its axis before it is added on its own: added while
            # still inside, Manim would split the axis into its parts, and the axis line
            # (the NumberLine's own points) would no longer be drawn (a reviewer saw
            # InactiveConstraint's w₁ axis vanish at 32.8 s for the rest of the video).
            for group in numbers:
                if mobject in group.submobjects:
                    group.remove(mobject)
                    self.lifted_numbers.append(mobject)
        if crossed:
            self.add(*crossed)

    def clear_axis_labels(self) -> None:
        """The main plot's axis labels that the lens's joins cross step down (w₁) or left
        (w₂) from the axis's end, a little at a time, until clear of the joins and the tick
        numbers (layout only); one that finds no clear place stays, drawn over the joins."""
        if self.lens is None:
            return
        joins = self.l_joins
        numbers = self.tick_numbers()
        for label, step in ((self.axes_group[1], DOWN * 0.04), (self.axes_group[2], LEFT * 0.04)):
            # r83 (r82's item 7): with the same gap as below (the upper join grazed w₁).
            if not any(_box_meets(label, join, pad=0.04) for join in joins):
                continue
            home = label.get_center()
            for _ in range(15):
                label.shift(step)
                if not any(_box_meets(label, join, pad=0.04) for join in joins) and not any(
                        boxes_meet(label, number) for number in numbers):
                    break
            else:
                label.move_to(home)
        self.lens_crossed = [m for m in (*self.axes_group[1:], *numbers)
                             if any(_box_meets(m, join) for join in joins)]

    def drag_center(self) -> None:
        crossing = float(self.path.crossing)
        self.follow_center()
        for mobject, follow in self.drag_followers:
            mobject.add_updater(follow)
        lens = self.lens
        # (w* = ŵ in the lens comes only when they meet; a follower would be added now.)
        lens_parts = [] if lens is None else [m for m, _ in self.lens_followers
                                              if m is not self.l_same]
        # w* after the arrows: drawn over their bases during the sweep.
        followers = (self.center_marker, self.contour, self.contour_label,
                     self.pull, self.push,
                     self.tangent_dot, self.tangent_label, self.pull_label, self.push_label,
                     self.live, *lens_parts)
        # ŵ's coordinates follow it (regmath's centre along the path).
        self.hat_line.add_updater(lambda r: r.set_values(*self.state()[0].center))
        followers = (*followers, self.hat_line)
        ball = BALL_NAMES[self.norm]
        # (Said where the lens opens: with the pull's aim when H is not isotropic.)
        zoom = "" if lens is None or self.lens_is_open() else ", zoomed in at right"
        zoom_spoken = zoom
        # What changes is named: other data, so ŵ moves (r38's item 10), with the same H,
        # so the contours keep their shape (r46's finding 2). (r48: "targets y, same X"
        # named X and y nowhere else: cut to the data and H.)
        # (r66: "and the contour through w* shrinks" cut for length; it is seen.)
        # r80 (r79's review item 4): two cues, ŵ starting its way under the first and λ's
        # fall under its own words (one cue, λ had fallen near 0 before "λ falls" came).
        # r81 (r80's item 6): why H stays, in three words (H is built from the inputs).
        # r83 (r82's item 5): "same inputs, so the same H" leant on H = XᵀX, never shown:
        # the reason dropped, "same H" said plainly.
        with self.cue("{H} stays the same; {w_hat} moves towards the {ball}" + zoom + ".",
                      ball=ball,
                      spoken="H stays the same; w-hat moves towards the {ball}"
                      + zoom_spoken + ".") as cue:
            if lens is not None:
                # The lens opened as the pull's aim was said (r40's item 1), else it opens
                # now, as it is named; ŵ starts moving as it opens.
                # The lens carries the balance from here: the main plot keeps its dots and
                # its contour, dimmed (a reviewer saw the ellipse and arrows repeated there
                # as 10–20 px specks next to the lens).
                main = [self.pull, self.push, self.pull_label, self.push_label,
                        self.contour_label]
                if not self.lens_is_open():
                    self.open_lens(cue, late=True)
                self.contour.clear_updaters()
                self.contour.add_updater(self.follow_dimmed_contour)
                self.follow_dimmed_contour(self.contour)
                followers = tuple(m for m in followers if m not in main)
            # "(λ > 0)" fades with λ, to nothing as λ reaches 0 (r36: faded by the drag's
            # progress it left while λ was still above 0; r28: it must not read "λ = 0 > 0").
            # Its opacity is regmath's λ at the drag's tracker, over a share of the first λ.
            first = self.start_solution.multiplier

            def fade_binds(m: VMobject) -> None:
                lam = self.state()[1].multiplier
                m.set_fill(opacity=float(np.clip(lam / (BINDS_FADE_SHARE * first), 0.0, 1.0))
                           if first > 0.0 else 0.0)

            self.binds_tag.add_updater(fade_binds)
            sweep(self, self.drag, DRAG_FIRST_SHARE * crossing, *followers, self.binds_tag,
                  run_time=cue.until(cue.END), rate_func=linear)
        with self.cue("The pull weakens and {lam} falls...",
                      spoken="The pull weakens and lambda falls...") as cue:
            paced(cue, chars_per_second=PACE_CHARS_PER_SECOND, at_least=PACE_SHORT_AT_LEAST)
            # Slowing as λ nears 0 (r28b: the fall to 0 rushed, 39–45 s).
            sweep(self, self.drag, crossing, *followers, self.binds_tag,
                  run_time=max(cue.until(cue.END), 2.5), rate_func=rate_functions.ease_out_sine)
            self.binds_tag.clear_updaters()
        # "w* = ŵ" takes the place of ŵ's label, next to the dot.
        same = legible(MathTex(r"w^* = \hat w", font_size=30, color=TEXT_COLOR))
        self.hat_label = self.center_label
        self.gradient_zero = MathTex(r"\nabla f(\hat w) = 0", font_size=PANEL_FONT)

        # Its side is chosen once, where ŵ stops (regmath's last solution), clear of the
        # ball's edges, the axes and tick numbers (the outline through ŵ, drawn next, counts
        # less: every side of ŵ meets it); then kept as
        # it follows the dot (a fixed side put the diamond's edge through it). Layout only.
        final = to_scene(self.axes, self.solution.point)
        through_final = polyline(self.axes, ball_outline(self.norm, self.inner,
                                                         samples=self.contour_samples))
        # (Beside ŵ every side was struck: left the w₂ axis, below the w₁ axis and its
        # "0.5", right the slack bar and the ball's edge, and the dashed outline through ŵ
        # on two sides: reviewers' frames.)
        bar_probe = [polyline(self.axes, slack_segment(self.loss.center, norm=self.norm,
                                                       radius=self.t))] if self.inner > 0.0 else []
        # Out along the edge's outward normal (regmath's, at the first w*) until clear of
        # everything in full, the dashed outline through ŵ and the slack bar included,
        # joined to the dot by a thin leader: every place beside ŵ at the plot's scale had
        # the w₂ axis, the outline or the bar through it (r38's item 3). Layout only.
        normal = np.asarray(self.start_solution.normal, dtype=float)
        outward = np.append(normal / max(float(np.linalg.norm(normal)), 1e-12), 0.0)
        obstacles = [self.ball, *self.tick_numbers(), self.axes, *bar_probe, through_final]
        ring = self.center_dot.width / 2
        probe = same.copy()  # grown: clear by a margin, not by a hair (layout only)
        probe.stretch_to_fit_width(same.width + 0.16).stretch_to_fit_height(same.height + 0.16)
        for step in range(40):
            same.move_to(final + outward * (ring + 0.1 + 0.05 * step)
                         + outward * 0.5 * float(np.hypot(same.width, same.height)))
            if not self.on_lines(probe.move_to(same), obstacles):
                break
        keep_in_frame(same)
        same_offset = same.get_center() - final
        same_leader = VMobject(stroke_color=TEXT_COLOR, stroke_width=2)
        same = VGroup(same, same_leader)

        def follow_same(m: VGroup) -> None:
            dot = self.tangent_dot.get_center()
            keep_in_frame(m[0].move_to(dot + same_offset))
            low, high = m[0].get_corner(DOWN + LEFT), m[0].get_corner(UP + RIGHT)
            near = np.clip(dot, low, high)
            along = near - dot
            length = float(np.linalg.norm(along))
            if length > ring + 0.04:
                m[1].set_points_as_corners([dot + along * (ring + 0.02) / length, near])
            else:
                m[1].set_points_as_corners([dot, dot])

        follow_same(same)
        # The borderline case in the words just defined: on the boundary (active) with
        # λ = 0 (not binding); the title stays "Active" (a reviewer read the switch to
        # "inactive?" here as calling the boundary case inactive).
        # r79 (r77's item 4): only "λ = 0" boxed: round the whole line, the lens's join
        # crossed the box's lower left corner. Layout only.
        # r80 (r79's review item 1): the box round exactly "λ = 0", the readout's glyphs from
        # the second λ (the head's glyph count) to the last digit shown, and it follows the
        # line when "(weakly active)" moves it. Layout only.
        head_glyphs = len(MathTex(r"-\nabla f(w^*) = \lambda g,\quad",
                                  font_size=PANEL_FONT)[0])
        zero_box = self.readout_box(self.live)

        def follow_zero_box(m: VMobject) -> None:
            part = VGroup(*(g for k, g in enumerate(self.live.submobjects[head_glyphs:-1])
                            if k < 2 or g.get_fill_opacity() > 0.0))
            m.stretch_to_fit_width(part.width + 0.2).move_to(part)

        follow_zero_box(zero_box)
        zero_box.add_updater(follow_zero_box)
        # No settle after it (r38's item 9: 7 s with only a box flash, 37–44 s).
        # The boundary case named once, "weakly active (degenerate)" (r40's item 8).
        # r46's finding 5: "(degenerate)" cut, the hold shortened, and "still active" shown
        # (the boundary w* sits on pulses).
        # r71's item 3: "w* = ŵ" said first, as its label comes (said last, the label came
        # 3 s after the caption showed it).
        with self.cue("...until {w_hat} reaches the boundary{@reach}: {@point}{w_star} = "
                      "{w_hat}{@named}, still {@unbind}active, yet {lam} = 0 exactly: "
                      "{@weak}weakly active.",
                      spoken="...until w-hat reaches the boundary{@reach}: {@point}w-star "
                      "equals w-hat{@named}, still {@unbind}active, yet lambda = 0 exactly: "
                      "{@weak}weakly active.") as cue:
            # w* sits in ŵ's ring now: its label leaves (it would pile onto ŵ's) until
            # "w* = ŵ" names both.
            self.tangent_label.clear_updaters()
            if self.lens is not None:
                self.l_star_label.clear_updaters()  # hidden at λ = 0 by its updater
            # λ = 0 boxed and held while its words are read (a 0.5 s pulse went unseen).
            cue.play(Flash(self.tangent_dot, color=EMPHASIS_COLOR), Reveal(zero_box),
                     Conceal(self.tangent_label), Conceal(self.binds_tag),
                     at="reach", run_time=1.0)
            # "(no longer binds)" as it is said (it came 2 s early, a reviewer's point),
            # beside the readout as it reads now (placed by "λ = 0.303" it floated apart).
            self.fit_tag(self.unbinds_tag)
            # "w* = ŵ" names the one dot as soon as the point is said, and stays.
            # ŵ's label goes first (faded over the new one it read as a ghost), and the
            # pulse stays inside ŵ's ring (scaled 1.6 it hid the ring the words name).
            # With the lens, "w* = ŵ" is said there first; the main plot's label turns to
            # it as the lens closes (two at once, one crossed by the lens's region).
            if self.lens is None:
                cue.play(Dim(self.hat_label, factor=0.0), at="point", run_time=0.3)
                cue.play(Indicate(self.tangent_dot, color=SOLUTION_COLOR, scale_factor=1.25),
                         Reveal(same), run_time=1.0)
            else:
                # r82 (r81's item 3): the main plot's ŵ stays named while the lens is open
                # (12–47 s it had no label); it leaves with the lens's ŵ.
                cue.play(Dim(self.l_hat_label, factor=0.0), Dim(self.hat_label, factor=0.0),
                         at="point", run_time=0.3)
                cue.play(Indicate(self.l_star, color=SOLUTION_COLOR, scale_factor=1.25),
                         Indicate(self.tangent_dot, color=SOLUTION_COLOR, scale_factor=1.25),
                         Reveal(self.l_same), run_time=1.0)
            # "Still active" seen: the boundary under w* pulses (in the lens where it is
            # open), then λ's exact 0 while it is read.
            edge = self.l_ball if self.lens_is_open() else self.ball_label
            cue.play(Indicate(edge, color=EMPHASIS_COLOR, scale_factor=1.0),
                     at="unbind", run_time=1.0)
            # The tag as its words are said (r52's item 5: 1.4 s before them).
            # r83 (r82's item 7): quicker, it read dim for a second.
            cue.play(Reveal(self.unbinds_tag), at="weak", run_time=0.3)
            cue.play(Indicate(self.live, color=PULSE_COLOR, scale_factor=1.0),
                     until=cue.END)
            self.play(Conceal(zero_box), run_time=0.3)
        same.add_updater(follow_same)
        # The balance line leaves as ŵ goes inside (a follower would be drawn back by the
        # sweep); λ stays 0 from here on.
        # The lens closes before ŵ moves on (it was framed for the drag: ŵ drifted into its
        # corner and its "w* = ŵ" over its border, a reviewer's frames), so only the main
        # plot's "w* = ŵ" rides with the dot.
        moving = [m for m in followers if m is not self.tangent_label and m is not self.live
                  and m is not self.hat_line
                  and m not in lens_parts]
        moving += [same]
        # The balance lines leave the column once they no longer apply (dimmed, they stood
        # for 40 s in a wall of 9 lines: a reviewer's complaint); the next lines take their
        # rows, and they come back where they were when the constraint binds again.
        # λ's readout stays, live, through the slack and radius beats (one readout in one
        # format: a reviewer never saw the same λ twice and could not connect the beats);
        # ∇f(ŵ) = 0 takes the row of g, which leaves with the edge w* sat on.
        self.panel_lines[self.panel_lines.index(self.g_line)] = self.gradient_zero
        self.gradient_zero.move_to(self.g_line, aligned_edge=LEFT)
        # What changes is named: ŵ, not a knob (r38's item 10), H kept (r46's finding 2).
        # (r66: "and ∇f = 0 there" cut for length: the slack beat says it, "the bowl is
        # flat at w* = ŵ"; ∇f(ŵ) = 0 is written here as the rings grow.)
        with self.cue("Suppose {w_hat} were further inside{@inside}: {w_star} = {w_hat} is "
                      "off the boundary: inactive{@zero}.",
                      spoken="Suppose w-hat were further inside{@inside}: w-star equals "
                      "w-hat, off the boundary: inactive{@zero}.") as cue:
            # g is the normal of the edge w* sat on, and the balance line is about a w* on
            # the boundary: both go together as w* leaves the edge (one after the other
            # left a blank row, a reviewer's frame). The title turns to the question only
            # now, as w* goes strictly inside.
            closing = []
            if self.lens is not None:
                # The lens closes with the balance it showed (the next beat needs the room).
                # Only what is still seen (a Conceal of a hidden label would flash it). The
                # main plot's ŵ label leaves first, then "w* = ŵ" comes (cross-faded, the two
                # overlapped: a reviewer's frame).
                seen = [m for m in self.lens if m not in (
                    self.l_hat_label, self.l_star_label, self.l_pull_label, self.l_push_label)]
                # (The main plot's ŵ label left as the lens opened.)
                closing = [*(Conceal(m) for m in seen), Conceal(self.l_same),
                           Conceal(self.l_push),
                           *([Conceal(self.l_bar)] if self.l_bar is not None else [])]
            # ŵ's coordinates stay, live, as ŵ glides in and lands (r58's item 5: they left
            # as it moved, and came back only 8 s after it landed).
            moving += [self.hat_line]
            # λ's readout leaves with g's definition (λg stood 20 s without it, a
            # reviewer's item) and with its value: inside, λ = 0 is the slack beat's
            # conclusion, not a reading shown before it is argued (a reviewer's 48–64 s).
            # Quick, so ŵ moves under "Further inside" (it waited 1.2 s, 46–51 s).
            cue.play(Conceal(self.g_line), Conceal(self.unbinds_tag), Conceal(self.live),
                     swap_titles(self.active_title, self.title), *closing, run_time=0.5)
            if self.lens is not None:
                for mobject, _ in self.lens_followers:
                    mobject.clear_updaters()
                self.remove(self.lens, self.l_same, *self.lens_late)
                self.lens_open = False
                cue.play(Reveal(same), run_time=0.3)
            # An even glide (r58's item 5: smooth's fast middle read as a ~1 s jump).
            sweep(self, self.drag, 1.0, *moving, run_time=max(cue.until("zero") - 1.0, 2.5),
                  rate_func=lambda x: 0.5 * x + 0.5 * smooth(x))
            # ŵ the bottom of the bowl, shown (r44's finding 2: told over a lone dot): its
            # level sets grow round it, every one inside the ball, none reaching the edge.
            self.inside = self.inside_rings()
            # "w* = ŵ"'s leader steps out while the rings are drawn round the dot: it ran
            # through every ring (r46's finding 4); the rings leave as the slack beat
            # starts and the leader comes back. Layout only.
            # The leader out first (r56's item 5: fading while the rings grew, it crossed
            # them at 60–62 s).
            cue.play(same[1].animate.set_stroke(opacity=0.0), run_time=0.3)
            # (∇f(ŵ) = 0 waits for "the bowl is flat", r80's item 7: it came 13 s ahead.)
            cue.play(Indicate(same, color=TEXT_COLOR, scale_factor=1.0),
                     Indicate(self.hat_line, color=EMPHASIS_COLOR, scale_factor=1.0),
                     LaggedStart(*(Create(r) for r in self.inside), lag_ratio=0.4),
                     run_time=1.2)
        for follower in moving:
            follower.clear_updaters()
        self.live.clear_updaters()  # λ = 0 from here until the radius beat moves it
        self.remove(self.pull, self.push, self.pull_label, self.push_label, self.link,
                    self.contour_label)
        same.clear_updaters()
        self.same = same

    def show_verdict(self) -> None:
        p = 1.0 if self.norm == "l1" else 2.0
        norm_tex = SYMBOLS[self.norm].tex.replace("w", "w^*")
        norm_text = SYMBOLS[self.norm].text.replace("w", "w*")
        slack = numbers([self.t - lp_norm(self.solution.point, p)])[0]
        # r82 (r81's item 4): in ŵ's line's number format, the line before it.
        coords = [f"{float(v):.{self.hat_digits}f}" for v in self.solution.point]
        # (No decimals there, a whole number shown must be exact: the notation's point.)
        same_tex = (r"w^* = \hat w = (" + coords[0] + r",\ " + coords[1] + ")"
                    if self.hat_digits > 0 else r"w^* = \hat w = " + point(self.solution.point).tex)
        lines = [MathTex(same_tex, font_size=PANEL_FONT),
                 MathTex(rf"t - {norm_tex} = {slack.tex} > 0", font_size=PANEL_FONT),
                 # Written term by term as it is said (r44's finding 3: whole at once, then
                 # a 6 s hold): the product, the slack's value put in, then λ = 0.
                 MathTex(rf"\lambda\,(t - {norm_tex}) = 0",
                         r"\ \Rightarrow\ \lambda \cdot " + slack.tex + " = 0",
                         r"\ \Rightarrow\ \lambda = 0", font_size=PANEL_FONT,
                         color=TEXT_COLOR)]
        # Six rows at most (r36): w*'s point beside ∇f(ŵ) = 0, the slack beside H (where
        # ŵ's coordinates were, and where the radius beat's live slack comes), the KKT
        # step in λ's row (λ's readout left the column as ŵ went inside and comes back
        # there in the radius beat). Layout only.
        lines[0].next_to(self.gradient_zero, RIGHT, buff=0.35)
        lines[1].next_to(self.data_line, RIGHT, buff=0.35)
        for line in lines[:2]:
            room = config.frame_width / 2 - TAG_RIGHT_MARGIN - line.get_left()[0]
            if line.width > room:
                line.scale(room / line.width, about_edge=LEFT)
        # r82 (r81's item 4): written on the panel's left margin (it floated mid-row, under
        # H, for 10 s), it steps right as ∇f(ŵ) = 0 comes in front of it. Layout only.
        same_place = lines[0].get_center()
        lines[0].align_to(self.gradient_zero, LEFT)
        lines[2].move_to(self.live, aligned_edge=LEFT)
        room = config.frame_width / 2 - TAG_RIGHT_MARGIN - lines[2].get_left()[0]
        if lines[2].width > room:
            lines[2].scale(room / lines[2].width, about_edge=LEFT)
        inner = number(self.inner)
        through = dashed(self.axes, ball_outline(self.norm, self.inner,
                                                 samples=self.contour_samples),
                         stroke_color=BALL_COLORS[self.norm], stroke_width=2.5)
        through_label = self.outline_label(SYMBOLS[self.norm].tex + f" = {inner.tex}")
        gap = VGroup()
        along = "along the ray through {w_hat}" if self.norm == "l2" else ""
        # A slack under a few pixels draws no bar: the words say it is too thin to see (a
        # lecturer's L2 ŵ a hair inside: "The bar … has length 0.0140" over nothing).
        thin = self.inner > 0.0 and self.t - self.inner < SLACK_VISIBLE_SHARE * self.t
        if self.inner > 0.0 and not thin:
            ends = slack_segment(self.loss.center, norm=self.norm, radius=self.t)
            if self.norm == "l1":  # the bar runs along the axis of ŵ's largest weight
                along = "along " + weight(int(np.flatnonzero(ends[1] != ends[0])[0])).text
            # Over the level sets round ŵ (r79's review item 7: drawn under them, 70–74 s).
            gap = VGroup(polyline(self.axes, ends, stroke_color=TEXT_COLOR, stroke_width=6)
                         .set_z_index(2))
            # Drawn from the edge of ŵ's ring, not under it (a reviewer's frame). Layout
            # only: the drawn start moved along regmath's bar by the ring's radius.
            start, end = to_scene(self.axes, ends[0]), to_scene(self.axes, ends[1])
            ring = self.center_dot.width / 2
            length = float(np.linalg.norm(end - start))
            self.bar_trim = ring if length > 2.0 * ring else 0.0
            self.follow_bar(gap[0])
            # The bar's length only (its formula is on the panel and in the words): the whole
            # formula past the bar's end ran across the ball's edge and the w₁ label.
            # Named "slack" on screen as it is said (r44's finding 2: only in the words;
            # in the panel's line it had to shrink to fit).
            gap_label = legible(MathTex(r"\text{slack }" + slack.tex, font_size=28,
                                        color=TEXT_COLOR))
            # Past the bar's outer end, outside the ball (under the bar it ran into
            # "w* = ŵ", a reviewer's frame). Layout only: a direction out of regmath's ends.
            place_clear(gap_label, to_scene(self.axes, ends[1]), ends[1] - ends[0] + (
                        np.array([0.0, 1.0]) if ends[1][1] >= 0.0 else np.array([0.0, -1.0])),
                        [through, self.ball, *self.tick_numbers(), self.same, gap[0],
                         self.center_marker], minor=[self.axes])
            gap.add(gap_label)
            # Between the dashed outline and the ball there is no room for the label (every
            # place crossed the ball's edge or an axis, a reviewer's complaint): it sits just
            # outside the ball on the same ray from 0, a thin leader to the dashed outline.
            through_label = self.label_outside_ball(through_label)
        elif thin:
            through_label = self.label_outside_ball(through_label)
        # ŵ = 0 has no bar to draw (no direction out of 0 is the one): the words say so.
        # (No "measured along w₁, not at right angles": a reviewer found it cryptic, and the
        # words went to naming the boundary case.)
        # Why the bar measures the slack (a reviewer read it as a Euclidean distance).
        # The slack's line is written as its value is said ({@len}: r38's item 9, it came
        # a second before its caption).
        # Why the bar is along an axis (r40's item 7): in ŵ's quadrant ‖w‖₁ is linear,
        # s₁w₁ + s₂w₂ with s = sign(ŵ), so along w₁ it grows one-for-one. Written in the
        # KKT step's row until that step comes (six rows at most). regmath's ŵ's signs.
        signs = np.sign(np.asarray(self.loss.center, dtype=float))
        linear = None
        if self.norm == "l1" and len(gap) and bool(np.all(signs != 0.0)):
            # e.g. "‖w‖₁ = w₁ + w₂", "‖w‖₁ = −w₁ + w₂" (text, TeX and spoken alike).
            first = ("−" if signs[0] < 0 else "") + weight(0).text
            second = (" − " if signs[1] < 0 else " + ") + weight(1).text
            linear_text = SYMBOLS["l1"].text + " = " + first + second
            linear_said = (("minus " if signs[0] < 0 else "") + weight(0).spoken
                           + (" minus " if signs[1] < 0 else " plus ") + weight(1).spoken)
            linear_tex = (SYMBOLS["l1"].tex + " = " + ("-" if signs[0] < 0 else "")
                          + weight(0).tex + ("-" if signs[1] < 0 else "+") + weight(1).tex)
            linear = MathTex(r"\text{in this quadrant: }" + linear_tex, font_size=PANEL_FONT)
            linear.move_to(self.live, aligned_edge=LEFT)
        # r75 (r74's item 8): two short sentences, each one caption (one sentence ran over
        # two captions and read tersely).
        bar = ("{@slack}The bar runs " + along + ", where " + linear_text
               + "{@sum} grows one-for-one. So {@len}its length is the slack: t − "
               "{norm_star} = {slack}." if linear is not None
               else "{@slack}The bar " + along + ", where the norm grows one-for-one, "
               "{@len}has length t − {norm_star} = {slack}: the slack." if len(gap)
               else "The slack{@slack} {@len}is t − {norm_star} = {slack}, too thin to draw at "
               "this scale." if thin
               else "The slack{@slack} {@len}is t − {norm_star} = {slack}, the whole radius.")
        bar_spoken = ("{@slack}The bar runs " + along + ", where the norm, "
                      + linear_said
                      + "{@sum}, grows one for one. So {@len}its length is the slack: t "
                      "minus the norm of w-star, {slack}." if linear is not None
                      else "{@slack}The bar " + along + ", where the norm grows one for one, "
                      "{@len}has length t minus the "
                      "norm of w-star, {slack}: the slack." if len(gap) else "The slack{@slack} "
                      "{@len}is t minus the norm of w-star, {slack}, too thin to draw at this "
                      "scale." if thin else "The slack{@slack} "
                      "{@len}is t minus the norm of w-star, {slack}, the whole radius.")
        # (No "w* = ŵ = (…)" in the words: the last beat said w* = ŵ; the point is written
        # on the panel as the outline through it is named. Cues cut, the brief's item 6.)
        # The outline is drawn as its words begin, w*'s coordinates written as ŵ is named
        # (a reviewer saw "dashed outline" in the caption 2 s before it was drawn).
        # r71's item 5: each dashed line named by its colour as it comes (white: the way
        # between w* and ŵ; the ball's colour: the outline through ŵ).
        with self.cue("{@through}The " + BALL_COLOR_NAMES[self.norm] + " dashed outline {norm} "
                      "= {inner} passes through {w_hat}{@point}. " + bar + " "
                      "{@flat}The bowl is flat at {w_star} = {w_hat}: −{grad_f}({w_hat}) = 0 = "
                      "{lam}{g}{@nothing}, so {lam} = 0{@lam0}. {@cs}Complementary slackness, {lam} = 0 "
                      "or no slack, says the same{@times}: {@so}{lam} · {slack} = 0{@zero}.",
                      # (No settle: the flat-bowl words took its time, r46's length budget;
                      # the review found 72–80 s static.)
                      slack=slack, norm=SYMBOLS[self.norm], inner=inner,
                      norm_star=norm_text, ball=BALL_NAMES[self.norm],
                      spoken="{@through}The " + BALL_COLOR_NAMES[self.norm] + " dashed outline "
                      "passes through w-hat{@point}, at norm {inner}. " + bar_spoken + " "
                      "{@flat}The bowl is flat at w-star equals w-hat: minus its gradient is "
                      "zero, and equals lambda g{@nothing}, so lambda is zero{@lam0}. "
                      "{@cs}Complementary slackness, lambda zero or no slack, says the "
                      "same{@times}: {@so}lambda "
                      "times {slack} is zero{@zero}.") as cue:
            # The level sets round ŵ have made their point (∇f(ŵ) = 0 stays on the panel):
            # they leave as the outline through ŵ comes (it and "w* = ŵ"'s leader crossed
            # them, r46's finding 4), and the leader returns.
            rings = [r for r in getattr(self, "inside", []) if r in self.mobjects]
            self.inside = []
            cue.play(Create(through), Reveal(through_label), *(Conceal(r) for r in rings),
                     self.same[1].animate.set_stroke(width=LEADER_THIN, opacity=0.8),
                     at="through", run_time=0.8)  # r84 (r83's item 6): drawn as named
            # A colour pulse only (r28b: scaled, it grew over the dashed outline at 54 s).
            # ŵ's coordinates become w*'s (they stood since ŵ landed).
            cue.play(Conceal(self.hat_line), at="point", run_time=0.3)
            # r79 (r77's item 5): the bar drawn as its caption comes (it came 1 s after).
            cue.play(Reveal(lines[0]), Indicate(self.same, color=TEXT_COLOR, scale_factor=1.0),
                     run_time=1.0)
            # r82 (r81's item 3): the bar drawn as it is named (it came 1 s before its words).
            if len(gap):
                cue.play(Create(gap[0]), at="slack", run_time=0.8)
            if len(gap):  # marked while its words are read (no still stretch)
                cue.play(Indicate(gap[0], color=TEXT_COLOR, scale_factor=1.0),
                         until="sum" if linear is not None else "len")
            if linear is not None:
                cue.play(Reveal(linear), at="sum", run_time=0.6)
            cue.play(*([Reveal(gap[1:])] if len(gap) else []), Reveal(lines[1]), at="len",
                     run_time=1.0)
            # A colour pulse only: scaled, a long slack (milli-scale data) left the frame.
            cue.play(Indicate(lines[1], color=TEXT_COLOR, scale_factor=1.0), run_time=1.8)
            # The KKT step is written as its words begin, and its conclusion λ = 0 is boxed
            # as it is said (the balance line above, dimmed, is about the boundary case).
            from manim import TransformFromCopy  # local: the import block is shared

            product, put_in, conclusion = lines[2]
            # Why λ = 0, from what is on screen (r46's finding 6): ∇f(ŵ) = 0 is marked as
            # the flat bowl is said; complementary slackness then names it.
            # r48's item 2 (72.9–77.5 s still: a white pulse on white text changed no pixel):
            # the bowl's level sets round ŵ grow again as "flat" is said, ∇f(ŵ) = 0 swells,
            # and the rings fade as "nothing pushes back" is said ("w* = ŵ"'s leader steps out
            # while they are drawn, as in the drag beat). regmath's level sets.
            flat_rings = self.inside_rings()
            # r53's item 3: the rings stay round ŵ while the flat bowl and the stationarity
            # step are said ("the bowl is flat" had no bowl on screen), and leave as
            # complementary slackness comes.
            # r81 (r80's item 7): ∇f(ŵ) = 0 written as the flat bowl is said.
            cue.play(Reveal(self.gradient_zero), lines[0].animate.move_to(same_place),
                     LaggedStart(*(Create(r) for r in flat_rings), lag_ratio=0.4),
                     self.same[1].animate.set_stroke(opacity=0.0),
                     at="flat", run_time=min(max(cue.until("nothing"), 1.0), 2.0))
            # One argument (r53's item 4): stationarity, −∇f(ŵ) = 0 = λg, gives λ = 0 (g ≠ 0),
            # written as it is said in the KKT step's row; complementary slackness then
            # says the same.
            pushes = MathTex(r"-\nabla f(\hat w) = 0 = \lambda g",
                             r"\ \Rightarrow\ \lambda = 0", font_size=PANEL_FONT)
            pushes.move_to(self.live, aligned_edge=LEFT)
            # r83 (r82's item 6): g's definition under the line that uses it, while it
            # stands (g's row left as ŵ went inside, 20 s before "= λg"): sign(w*), where
            # regmath's w* has no zero weight and the drag's g is that sign.
            g_text = self.g_tex(named=False)
            here = self.state()[1].point
            g_again = [MathTex(g_text, font_size=PANEL_FONT)] if (
                np.all(here != 0.0) and g_text.endswith(point(np.sign(here)).tex)
                and r"\operatorname{sign}" in g_text) else []
            for line in g_again:
                line.next_to(pushes, DOWN, buff=0.3).align_to(pushes, LEFT)
            cue.play(swap_titles(linear, pushes[0]) if linear is not None
                     else Reveal(pushes[0]), *(Reveal(m) for m in g_again), at="nothing",
                     run_time=1.0)
            cue.play(Reveal(pushes[1]), at="lam0", run_time=0.6)
            cue.play(Indicate(pushes[1], color=EMPHASIS_COLOR, scale_factor=1.0), until="cs")
            cue.play(*(Conceal(r) for r in flat_rings), swap_titles(pushes, product),
                     *(Conceal(m) for m in g_again),
                     self.same[1].animate.set_stroke(width=LEADER_THIN, opacity=0.8),
                     at="cs", run_time=1.0)
            # The slack's value taken from the bar's label (or its line) into the product.
            source = gap[1][0][len("slack"):] if len(gap) > 1 else lines[1]
            cue.play(Indicate(product, color=TEXT_COLOR, scale_factor=1.0), until="times")
            cue.play(Indicate(source, color=EMPHASIS_COLOR, scale_factor=1.0),
                     TransformFromCopy(source, put_in), until="so")
            cue.play(Reveal(conclusion), run_time=0.6)
            box = SurroundingRectangle(conclusion[-3:], color=TEXT_COLOR, buff=0.06,
                                       stroke_width=2)
            cue.play(Create(box), until="zero")
            lines.append(box)
        self.through = through
        self.through_label = through_label
        self.gap = gap
        self.verdict = VGroup(*lines, self.gradient_zero)

    @staticmethod
    def readout_box(readout: VMobject) -> VMobject:
        """λ's readout boxed with room at its ends (a reviewer saw the box touch the leading
        "−" of "−∇f"); faded in whole, not traced (traced, its first side flashed between the
        rows). Layout only."""
        from manim import Rectangle  # local: the import block is shared

        # Room at the left (the readout's right end is already the reserved digits' room,
        # and the tag beside it stays clear).
        return Rectangle(width=readout.width + 0.18, height=readout.height + 0.16,
                         color=EMPHASIS_COLOR, stroke_width=3).move_to(readout).shift(0.08 * LEFT)

    def follow_bar(self, mobject: VMobject) -> None:
        """The slack bar at the current radius: regmath's `slack_segment` from ŵ out to
        the ball's edge (length t − ‖ŵ‖, 0 at t = ‖ŵ‖), drawn from the edge of ŵ's ring
        (layout only: the start moved along the bar by the ring's radius; a bar shorter
        than that is not drawn)."""
        radius = max(self.ball_radius.get_value(), self.inner)
        ends = slack_segment(self.loss.center, norm=self.norm, radius=radius)
        start, end = to_scene(self.axes, ends[0]), to_scene(self.axes, ends[1])
        length = float(np.linalg.norm(end - start))
        trim = getattr(self, "bar_trim", 0.0)
        if length > trim and length > 0.0:
            mobject.set_points_as_corners([start + (end - start) * trim / length, end])
        else:
            mobject.set_points_as_corners([end, end])

    def label_outside_ball(self, label: VMobject) -> VGroup:
        """The dashed outline's label just outside the ball (on the ray of `outline_anchor`),
        joined to its anchor on the dashed outline by a thin leader. Layout only: both
        points are regmath's boundary points."""
        inner = to_scene(self.axes, self.outline_anchor(self.inner))
        outer = to_scene(self.axes, self.outline_anchor(self.t))
        direction = outer - inner
        direction = direction / max(float(np.linalg.norm(direction)), 1e-12)
        keep_in_frame(label.next_to(outer, direction, buff=0.12))
        corner = label.get_corner(-np.sign(np.round(direction, 6)))
        leader = VMobject(stroke_color=BALL_COLORS[self.norm].interpolate(
            TEXT_COLOR, BALL_LABEL_LIGHTEN), stroke_width=2)
        leader.set_points_as_corners([inner, corner])
        return VGroup(leader, label)

    def outline_label(self, tex: str) -> VMobject:
        """A label for a dashed outline in the ball's colour, lightened to read on its fill."""
        color = BALL_COLORS[self.norm].interpolate(TEXT_COLOR, BALL_LABEL_LIGHTEN)
        return legible(MathTex(tex, font_size=28, color=color))

    # ------------------------------------------------------------- the inset
    def bar_fit_radius(self) -> float:
        """The largest radius up to t at which regmath's slack bar (`slack_segment`) ends
        inside the inset's view, a little in from its border. Layout only: bisection on the
        view's `contains` (the bar's end moves monotonically out with t; at ‖ŵ‖ it is ŵ,
        inside the view)."""
        def fits(radius: float) -> bool:
            end = slack_segment(self.loss.center, norm=self.norm, radius=radius)[1]
            return bool(self.zview.contains(end))

        if fits(self.t):
            return self.t
        low, high = self.inner, self.t
        for _ in range(40):
            middle = 0.5 * (low + high)
            low, high = (middle, high) if fits(middle) else (low, middle)
        return self.inner + BAR_FIT_SHARE * (low - self.inner)

    def zoom_view(self) -> ViewBox:
        """The region the radius and penalty beats happen in: ŵ, w* at the smallest radius
        shown and the penalized w* at the largest λ shown (regmath's framing)."""
        below = constrained(self.loss, norm=self.norm, radius=RADIUS_BELOW * self.inner)
        # r79: the ending's corner where the shrink ends on one (`knot_point`): it stood on
        # the inset's border when the view was framed for the cut penalty beat.
        knot = self.knot_point()
        far = knot if knot is not None else penalized(
            self.loss, norm=self.norm, strength=self.penalty_shown()).point
        # The contour through w* at the smallest radius too, where it fits at a readable
        # scale (a reviewer saw ŵ against the inset's border and the ellipse cut off there).
        context = ([level_set(self.loss, below.level, samples=self.contour_samples)]
                   if below.multiplier > 0.0 and np.isfinite(below.level) else [])
        essential = [np.array([self.loss.center, below.point, far])]
        # Zoomed out to hold the slack bar at the first t (r28b: it ran out of the inset)
        # where that does not undo the zoom (at most `ZOOM_BAR_GROWTH` times wider). (The
        # outline through ŵ's corners taken in too, r30, shrank the balance and left the
        # ring's label no clear place: not done.)
        if self.inner > 0.0:
            bar = slack_segment(self.loss.center, norm=self.norm, radius=self.t)
            plain = focus_view(essential, context, ball_diameter=2.0 * self.inner).box
            wide = focus_view([*essential, bar], context, ball_diameter=2.0 * self.inner).box
            if max(wide.width, wide.height) <= ZOOM_BAR_GROWTH * max(plain.width, plain.height):
                essential.append(bar)
        return focus_view(essential, context, ball_diameter=2.0 * self.inner).box

    def make_inset(self) -> VGroup:
        """A second pair of axes over `zoom_view`, at a larger scale, under the panel: w*
        moves off ŵ by a short way, which the main plot shows only a few pixels long.
        Everything in it is drawn from the same regmath points through its own axes; a
        frame, the magnified region's outline on the main plot and two thin lines join them.
        """
        view = self.zoom_view()
        self.zview = view
        group = make_axes(view, side=ZOOM_SIDE, center=ZOOM_CENTER, font_size=INSET_TICK_FONT,
                          keep_clear=[self.loss.center])
        self.zaxes = group[0]
        self.zaxes_labels = list(group[1:])  # w₁, w₂ of the inset (obstacles)
        # A few numbers only, every other labelled one (r38's item 6: 15 ticks and no number,
        # the scale unreadable; r36's item 5: all of them repeated the main plot's and stood
        # in the labels' way). `clear_inset_numbers` drops those in the way. Layout only:
        # the values are the axis's own.
        # (r40: thinned only after the swept outlines have taken theirs, in
        # `clear_inset_numbers`: the one number clear of them may be an odd one.)
        corners = np.array([[view.x_range[0], view.y_range[0]], [view.x_range[1], view.y_range[0]],
                            [view.x_range[1], view.y_range[1]], [view.x_range[0], view.y_range[1]],
                            [view.x_range[0], view.y_range[0]]])
        frame = polyline(self.zaxes, corners, **INSET_STYLE)
        self.z_frame = frame
        # r96 (item 5): the zoomed region's outline drawn above w*'s dot, full strength
        # (it was hidden under the dot), and joined to the inset.
        region = polyline(self.axes, corners, **{**INSET_STYLE, "stroke_opacity": 1.0,
                                                 "stroke_width": 2.5}).set_z_index(7)
        self.z_region = region  # drawn under the axes once shown (`vary_radius`)
        # The region's right side joins the inset's left side (top to top, bottom to
        # bottom): joins to the inset's far corners ran across the panel's lines.
        joins = VGroup(*(VMobject(**INSET_STYLE).set_points_as_corners(
            [to_scene(self.axes, corners[a]), to_scene(self.zaxes, corners[b])])
            for a, b in ((2, 3), (1, 0))))
        below = constrained(self.loss, norm=self.norm, radius=RADIUS_BELOW * self.inner)
        longest = pull_arrow(below, scale=self.scale)
        length = float(np.linalg.norm(np.asarray(longest.end) - np.asarray(longest.start)))
        room = INSET_ARROW_SHARE * min(view.width, view.height)
        self.z_arrow_factor = min(1.0, room / length) if length > 0.0 else 1.0
        # −λg's tip short of the inset's axes (r28b: it sat on the origin): it keeps at
        # least `Z_PUSH_KEEP` of w*'s distance to each axis it heads for. Layout only: the
        # arrow's ends are regmath's.
        push = push_arrow(below, scale=self.scale)
        step = np.asarray(push.end, dtype=float) - np.asarray(push.start, dtype=float)
        for k in range(2):
            here = float(below.point[k])
            if here * step[k] < 0.0:
                self.z_arrow_factor = min(self.z_arrow_factor,
                                          (1.0 - Z_PUSH_KEEP) * abs(here) / abs(step[k]))
        self.z_joins = joins
        self.clear_inset_numbers(frame, joins, self.inset_rests(below),
                                 swept=self.swept_radii(below))
        # The main plot's axis labels and numbers a join runs through step back.
        self.join_crossed = [m for m in (*self.axes_group[1:], *self.tick_numbers())
                             if any(_box_meets(m, join) for join in joins)]
        # The inset carries the picture of the balance (the main plot is small here): the
        # contour through w* and the two arrows, shortened alike so the longest fits.
        self.z_contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=3, z_index=1)
        # Twice the contour's width (r58's item 7: violet on light blue, as in the lens).
        self.z_pull = MovingArrow(ORIGIN, ORIGIN, color=GRADIENT_COLOR, stroke_width=6,
                                  max_tip_ratio=0.35)
        self.z_push = MovingArrow(ORIGIN, ORIGIN, color=NORMAL_COLOR, stroke_width=6,
                                  max_tip_ratio=0.35)
        # −∇f(w*) in full, as everywhere else (one notation).
        # On an opaque dark box (r56's item 5: the dashed outline and the path of w* ran
        # through them, 99–116 s).
        self.z_pull_label = backed(legible(MathTex(r"-\nabla f(w^*)",
                                                   font_size=INSET_LABEL_FONT,
                                                   color=PULL_LABEL_COLOR))).set_z_index(4)
        # (28, not `INSET_LABEL_FONT`: larger, it sat on the inset's w₁ axis for 18 s.)
        self.z_push_label = backed(legible(MathTex(r"-\lambda g", font_size=28,
                                                   color=NORMAL_COLOR))).set_z_index(4)
        # The main plot's arrows at the smallest radius, at the drag's scale, can outgrow
        # the plot (a lecturer's milli-scale data: they ran off the frame): shortened alike
        # to a share of the plot, the scale said in the words.
        # r81 (r80's items 1 and 2): the ending draws the balance on the main plot as t
        # shrinks onto the corner and past it (`shrink_to_corner`): its longest arrow, at
        # the smallest t shown, counts too.
        main_room = INSET_ARROW_SHARE * min(self.view.width, self.view.height)
        main_length = length
        past = self.past_knot()
        if past is not None:
            far = pull_arrow(constrained(self.loss, norm=self.norm, radius=past), scale=self.scale)
            main_length = max(main_length, float(np.linalg.norm(
                np.asarray(far.end) - np.asarray(far.start))))
        self.main_arrow_factor = min(1.0, main_room / main_length) if main_length > 0.0 else 1.0
        self.z_same = legible(MathTex(r"w^* = \hat w", font_size=28, color=TEXT_COLOR))
        self.z_ball = VMobject(stroke_color=BALL_COLORS[self.norm], stroke_width=3)
        self.z_through = VMobject(stroke_color=BALL_COLORS[self.norm], stroke_width=2)
        self.z_hat = marker(to_scene(self.zaxes, self.loss.center), CENTER_COLOR, radius=0.09)
        self.z_hat.set_fill(opacity=0.0).set_stroke(CENTER_COLOR, width=3).scale(1.5)
        # Full size, over the arrows' bases (a reviewer could not see the inset's w* leave ŵ).
        self.z_star = marker(to_scene(self.zaxes, self.loss.center), SOLUTION_COLOR,
                             radius=W_STAR_RADIUS, z_index=6)
        # ŵ's label on a dark backing, drawn over the inset's moving curves, on the side
        # the facts leave clear (r36's item 1: the contour round ŵ covered its hat): along
        # the contours' long axis (H's eigenvector of the smallest eigenvalue, regmath's),
        # where a contour round ŵ reaches farthest, on the side away from w*'s way out
        # (the constrained w* at the smallest radius and the penalty beat's path). Layout
        # only: regmath's curves through the inset's axes are the obstacles.
        self.z_hat_label = backed(legible(MathTex(r"\hat w", font_size=30, color=CENTER_COLOR)))
        below_sol = constrained(self.loss, norm=self.norm, radius=RADIUS_BELOW * self.inner)
        axis = np.asarray(self.loss.eigenvectors, dtype=float)[:, int(np.argmin(
            self.loss.eigenvalues))]
        out = np.asarray(self.loss.center, dtype=float) - np.asarray(below_sol.point, dtype=float)
        if float(axis @ out) < 0.0:
            axis = -axis
        around = [polyline(self.zaxes, piece) for piece in [
            *clip_polyline(ball_outline(self.norm, self.inner,
                                        samples=self.contour_samples), view),
            *clip_polyline(ball_outline(self.norm, below_sol.radius,
                                        samples=self.contour_samples), view),
            np.array([below_sol.point, self.loss.center])]]
        if below_sol.multiplier > 0.0 and np.isfinite(below_sol.level):
            around += [polyline(self.zaxes, piece) for piece in clip_polyline(
                level_set(self.loss, below_sol.level, samples=self.contour_samples), view)]
        place_clear(self.z_hat_label, self.z_hat.get_center(), axis,
                    [*around, frame, self.penalty_trail()],
                    buff=0.04 + self.z_hat.width / 2)
        self.inside_z_frame(self.z_hat_label)
        # White on an opaque dark box (r56's item 4: red "w*" on the orange edge and dashes
        # as w* leaves ŵ, 94–98 s).
        self.z_star_label = backed(legible(MathTex("w^*", font_size=30,
                                                   color=TEXT_COLOR))).set_z_index(7)
        self.follow_z_ball(self.z_ball)
        self.follow_z_through(self.z_through, self.inner)
        # "w* = ŵ" below ŵ, inside the frame, clear of the outline through ŵ and of the
        # penalty beat's red path (above ŵ it ran past the frame and the outline crossed
        # it, a reviewer's frames). Layout only: obstacles from regmath's points.
        self.z_same.next_to(self.z_hat, UP, buff=0.04)
        # The slack bar at the first t too (r28b/r30: the bar ran through "w* = ŵ"):
        # regmath's slack segment, clipped to the inset.
        z_bar_probe = [polyline(self.zaxes, piece) for piece in clip_polyline(
            slack_segment(self.loss.center, norm=self.norm, radius=self.t), view)] \
            if self.inner > 0.0 else []
        # Towards 0, inside the outline through ŵ: the shrinking ball's edge comes from
        # outside and never reaches it while it is shown (r38's item 3: up-right of ŵ the
        # edge swept through it, 70 s). The penalty beat's path is not drawn yet (the
        # label is placed again before it). Layout only.
        place_clear(self.z_same, self.z_hat.get_center(), -np.asarray(self.loss.center),
                    [self.z_through, frame, *self.z_numbers(), *z_bar_probe],
                    buff=0.06 + self.z_hat.width / 2)
        self.inside_z_frame(self.z_same)
        self.follow_z_star_label(self.z_star_label)
        for mobject, follow in self.inset_followers():
            follow(mobject)
        # While w* = ŵ the inset names the one dot "w* = ŵ"; w* and ŵ are named apart
        # only once they separate (`vary_radius`).
        return VGroup(group, frame, region, joins, self.z_ball, self.z_through,
                      self.z_hat, self.z_star, self.z_same)

    def fade_sign_line(self, knot_t: float) -> list[VMobject]:
        """g's line "g = sign(w*) = (…)" fades over the last SIGN_FADE_SHARE of the shrink
        onto the corner and is gone as w* lands: it holds only while no weight of w* is 0
        (the live claim check, tests.claims.LiveClaims, found it read at full strength on
        the landing frame, where sign(w*) has a 0). Returns it as a follower of the sweep."""
        line = self.g_line
        if line not in self.mobjects:
            return []
        line.clear_updaters()
        start = knot_t + SIGN_FADE_SHARE * (self.ball_radius.get_value() - knot_t)
        strength = line.get_fill_opacity()

        def fade(m: VMobject) -> None:
            left = (self.ball_radius.get_value() - knot_t) / max(start - knot_t, 1e-300)
            m.set_opacity(strength * float(np.clip(left, 0.0, 1.0)))

        line.add_updater(fade)
        return [line]

    def inset_sweep(self, tracker: ValueTracker, value: float, *followers: VMobject,
                    **kwargs: Any) -> None:
        """`sweep`, with the inset's dot labels kept over the moving curves (r36: the
        contour round ŵ was drawn over its hat, reading "w")."""
        over = [m for m in (self.z_hat_label, self.z_same) if m in self.mobjects]
        sweep(self, tracker, value, *followers, over=over, **kwargs)

    def edge_line_points(self) -> np.ndarray:
        """The line ŵ − λH⁻¹g on ŵ's edge, from ŵ (λ = 0) to w* at the radius beat's
        smallest t, where w* stands as it is drawn (r62's item 7: drawn on to the knot, it
        ran past w*): regmath's penalized w*(λ) up to that t's λ, clipped to the inset's
        view."""
        end = constrained(self.loss, norm=self.norm, radius=RADIUS_BELOW * self.inner).multiplier
        points = np.array([penalized(self.loss, norm=self.norm, strength=lam).point
                           for lam in np.linspace(0.0, end, 25)])
        pieces = clip_polyline(points, self.zview)
        return pieces[0] if pieces else points[:1]

    def penalty_trail(self) -> VMobject:
        """The penalty beat's red path in the inset, for layout (regmath's penalized
        solutions from λ = 0 to the largest λ shown); never drawn."""
        top = self.penalty_shown()
        points = np.array([penalized(self.loss, norm=self.norm, strength=lam).point
                           for lam in np.linspace(0.0, top, 25)])
        return polyline(self.zaxes, points, stroke_width=1)

    def z_numbers(self) -> list[VMobject]:
        """The inset's tick numbers (obstacles for its labels)."""
        if getattr(self, "z_lifted", None) is not None:
            return list(self.z_lifted)
        return [number for axis in (self.zaxes.x_axis, self.zaxes.y_axis)
                for number in getattr(axis, "numbers", VGroup())]

    def inset_rests(self, below: Solution) -> list[np.ndarray]:
        """Scene polylines of what the inset shows while it rests (layout only): the ball at
        ‖ŵ‖ and at the smallest radius, the contour through w* there with both arrows of its
        balance (as drawn, shortened alike) and the dashes from w* to ŵ, and the penalty
        beat's path. All regmath's points through the inset's axes."""
        lines = []
        for radius in (self.inner, below.radius):
            lines += clip_polyline(ball_outline(self.norm, radius, samples=self.contour_samples),
                                   self.zview)
        if below.multiplier > 0.0 and np.isfinite(below.level):
            lines += clip_polyline(level_set(self.loss, below.level,
                                             samples=self.contour_samples), self.zview)
        scene_lines = [to_scene(self.zaxes, piece) for piece in lines]
        for arrow in (pull_arrow(below, scale=self.scale), push_arrow(below, scale=self.scale)):
            start, end = self.z_arrow(arrow)
            # The head is wide: its sides count (a reviewer saw −λg's head cover "0.1").
            along = end - start
            side = np.array([-along[1], along[0], 0.0]) * 0.25
            scene_lines.append(np.array([start, end]))
            scene_lines.append(np.array([end - 0.3 * along + side, end,
                                         end - 0.3 * along - side]))
        scene_lines.append(to_scene(self.zaxes, np.array([below.point, self.loss.center])))
        top = self.penalty_shown()
        scene_lines.append(to_scene(self.zaxes, np.array([
            penalized(self.loss, norm=self.norm, strength=lam).point
            for lam in np.linspace(0.0, top, 25)])))
        return scene_lines

    def swept_radii(self, below: Solution) -> tuple[float, float]:
        """The radii the inset's moving outlines pass through (layout only): the ball's
        edge from the first t down to the radius beat's smallest, and the penalty beat's
        dashed ‖w‖ = ‖w*(λ)‖ (regmath's penalized w* up to the largest λ shown)."""
        p = 1.0 if self.norm == "l1" else 2.0
        top = self.penalty_shown()
        lowest = float(lp_norm(penalized(self.loss, norm=self.norm, strength=top).point, p))
        return min(below.radius, lowest, self.inner), max(self.t, self.inner)

    def box_radii(self, mobject: VMobject, pad: float = 0.03) -> tuple[float, float]:
        """The smallest and largest norm (the scene's p) over a label's box in the inset's
        data coordinates: the outlines ‖w‖ = r with r between them cross it. Layout only."""
        low = self.zaxes.p2c(mobject.get_corner(DOWN + LEFT) - pad)
        high = self.zaxes.p2c(mobject.get_corner(UP + RIGHT) + pad)
        near = [0.0 if a <= 0.0 <= b else min(abs(a), abs(b)) for a, b in zip(low, high)]
        far = [max(abs(a), abs(b)) for a, b in zip(low, high)]
        if self.norm == "l1":
            return float(sum(near)), float(sum(far))
        return float(np.hypot(*near)), float(np.hypot(*far))

    def clear_inset_numbers(self, frame: VMobject, joins: VGroup,
                            rests: list[np.ndarray] | None = None,
                            swept: tuple[float, float] | None = None) -> None:
        """Inset tick numbers clear of its frame and joining lines: a y number the frame
        crosses moves to the right of its tick (inside), any other number the frame or a
        join crosses is dropped, and so are negative ones, and numbers that the resting
        picture (``rests``: scene polylines) runs through (layout only)."""
        dense = [self._dense(line) for line in (rests or [])]

        def under_rest(m: VMobject) -> bool:
            low = m.get_corner(DOWN + LEFT)[:2] - 0.05
            high = m.get_corner(UP + RIGHT)[:2] + 0.05
            return any(np.any(np.all((points >= low) & (points <= high), axis=1))
                       for points in dense)

        left, bottom = frame.get_corner(DOWN + LEFT)[:2]
        right, top = frame.get_corner(UP + RIGHT)[:2]

        def crossed(m: VMobject) -> bool:
            x0, y0 = m.get_corner(DOWN + LEFT)[:2]
            x1, y1 = m.get_corner(UP + RIGHT)[:2]
            pad = 0.03
            on_edge = (x0 - pad < left < x1 + pad or x0 - pad < right < x1 + pad
                       or y0 - pad < bottom < y1 + pad or y0 - pad < top < y1 + pad)
            on_join = any(_box_meets(m, join) for join in joins)
            return on_edge or on_join

        for axis, is_y in ((self.zaxes.x_axis, False), (self.zaxes.y_axis, True)):
            numbers = getattr(axis, "numbers", VGroup())
            for tick in list(numbers):
                k = 1 if is_y else 0
                if tick.get_center()[k] < self.zaxes.c2p(0, 0)[k] - 1e-6:
                    numbers.remove(tick)  # a negative tick: not where anything happens
                    continue
                if is_y and crossed(tick):
                    # Past its tick mark's end by a gap (r28b: "0.4" touching its tick read
                    # as "−0.4"). Layout only.
                    marks = self.zaxes.y_axis.ticks
                    half = marks[0].width / 2.0 if len(marks) else 0.0
                    tick.next_to([self.zaxes.c2p(0, 0)[0], tick.get_center()[1], 0], RIGHT,
                                 buff=half + 0.1)
                # Kept fixed and never crossed (r40's item 3: faded under the moving
                # outlines, they blinked): a number any swept outline would cross goes.
                def swept_over(m: VMobject) -> bool:
                    if swept is None:
                        return False
                    near, far = self.box_radii(m)
                    return near <= swept[1] and far >= swept[0]

                # Nearer its axis (down to just past the tick marks) where that clears it.
                origin = self.zaxes.c2p(0, 0)
                toward = (LEFT if tick.get_center()[0] > origin[0] else RIGHT) if is_y else (
                    DOWN if tick.get_center()[1] > origin[1] else UP)
                marks = (self.zaxes.y_axis if is_y else self.zaxes.x_axis).ticks
                reach = (marks[0].width if is_y else marks[0].height) / 2.0 if len(marks) \
                    else 0.0
                for _ in range(12):
                    if not swept_over(tick):
                        break
                    edge = tick.get_left()[0] - origin[0] if is_y and toward[0] < 0 else (
                        origin[0] - tick.get_right()[0] if is_y else (
                            tick.get_bottom()[1] - origin[1] if toward[1] < 0
                            else origin[1] - tick.get_top()[1]))
                    if edge - 0.03 < reach + 0.04:
                        break
                    tick.shift(0.03 * toward)
                hit = swept_over(tick)
                if crossed(tick) or under_rest(tick) or hit:
                    numbers.remove(tick)
            # Numbers that would run together (long decimals on a small inset: a lecturer
            # read "0.00010.00020.0003") keep every other one until they stand apart.
            # Crowded ("0.1" touching "0.2", a reviewer's frame): every other step only
            # (0.2, 0.4), evenly spaced. Layout only: the values are the axis's own.
            ordered = sorted(numbers, key=lambda m: m.get_center()[1 if is_y else 0])
            if any(boxes_meet(a.copy().scale(2.0), b)
                   for a, b in zip(ordered, ordered[1:])):
                values = [float(axis.point_to_number(tick.get_center())) for tick in ordered]
                step = float(np.min(np.diff(values)))  # the numbers' own spacing
                for tick, value in zip(ordered, values):
                    if step > 0.0 and int(round(value / step)) % 2:
                        numbers.remove(tick)
            kept: list[VMobject] = []
            for tick in sorted(numbers, key=lambda m: m.get_center()[1 if is_y else 0]):
                if kept and boxes_meet(tick.copy().scale(1.3), kept[-1]):
                    numbers.remove(tick)
                else:
                    kept.append(tick)
            # Read over the ball's edge and the arrows that pass them (a reviewer saw the
            # diamond's edge cut "0.3" and an arrowhead cover "0.1").
            for tick in numbers:
                legible(tick)
            # A tick mark only where a number names it (r50's item 11: a lone "0.1" under
            # the 2nd of 0.05-spaced marks read as 0.05 apart): every mark a labelled value.
            k = 1 if is_y else 0
            for mark in list(getattr(axis, "ticks", VGroup())):
                if not any(abs(n.get_center()[k] - mark.get_center()[k]) < 0.02
                           for n in numbers):
                    axis.ticks.remove(mark)

    def inset_followers(self) -> list[tuple[VMobject, Any]]:
        """The inset's contour, arrows and their labels, following the current state."""
        return [(self.z_contour, self.follow_z_contour), (self.z_pull, self.follow_z_pull),
                (self.z_push, self.follow_z_push),
                (self.z_pull_label, lambda m: self.follow_z_arrow_label(m, self.z_pull)),
                (self.z_push_label, lambda m: self.follow_z_arrow_label(m, self.z_push))]

    def follow_z_contour(self, mobject: VMobject) -> None:
        """The contour through the current w*, clipped to the inset (none while λ = 0)."""
        loss, sol = self.state()
        pieces = [] if sol.multiplier == 0.0 else clip_polyline(
            level_set(loss, sol.level, samples=self.contour_samples), self.zview)
        set_pieces(mobject, self.zaxes, pieces)
        # Faded while it is hardly larger than ŵ's marker, which it would cover (r50's
        # item 4: "ŵ" hidden by the contour as w* leaves and comes back). Layout only.
        hat = getattr(self, "z_hat", None)
        if hat is not None and pieces:
            size = max(mobject.width, mobject.height)
            mark = max(hat.width, 1e-6)
            mobject.set_stroke(opacity=float(np.clip((size - 1.5 * mark) / (1.5 * mark),
                                                     0.0, 1.0)))

    def z_arrow(self, arrow: object) -> tuple[np.ndarray, np.ndarray]:
        start = to_scene(self.zaxes, arrow.start)
        end = to_scene(self.zaxes, arrow.end)
        return start, start + self.z_arrow_factor * (end - start)  # layout: shortened alike

    def follow_z_pull(self, mobject: MovingArrow) -> None:
        mobject.put_ends(*self.z_arrow(pull_arrow(self.state()[1], scale=self.scale)))

    def follow_z_push(self, mobject: MovingArrow) -> None:
        mobject.put_ends(*self.z_arrow(push_arrow(self.state()[1], scale=self.scale)))

    def follow_z_arrow_label(self, mobject: VMobject, arrow: MovingArrow) -> None:
        """Beside the arrow's middle, on the side away from ŵ (as in the main plot), shown
        only while the arrow is long enough to carry it."""
        start, end = arrow.get_start(), arrow.get_end()
        length = float(np.linalg.norm(end - start))
        placed = True
        fallback = False
        if length > 1e-6 and len(arrow.shaft.points):
            # The pull's label beside its tip, away from ŵ (past the tip it left the inset;
            # beside the middle it sat on the contour and the ball's edge); the push's on
            # ŵ's side, inside the ball, as in the main plot. Kept inside the frame.
            if arrow is self.z_pull:
                # Beside the tip away from ŵ, else past the tip, else beside it on ŵ's side:
                # the first place clear of the inset's dot labels and dots (layout only).
                along = (end - start) / length
                # First a place clear of the curves and tick numbers too (a reviewer saw it on
                # the contour, the inset's border and "0.3"), else clear of the dots only.
                sides = (self.arrow_label_side, along, self.push_label_side, UP, RIGHT, LEFT)
                placed = False
                for strict in (True, False):
                    tries = ([(side, gap) for gap in (0.06, 0.25) for side in sides] if strict
                             else [(side, 0.06) for side in sides[:3]])
                    for side, gap in tries:
                        self.inside_z_frame(mobject.next_to(end, side, buff=gap))
                        # Pushed back by the frame onto its own head, it slides sideways,
                        # away from ŵ, until clear of it (a frame showed "(w*)" under it).
                        sideways = np.sign(self.arrow_label_side[0]) or -1.0
                        self.slide_clear(mobject, [arrow], step=RIGHT * 0.03 * sideways)
                        self.inside_z_frame(mobject)
                        # A gap to the dot labels, not only no overlap (r52's item 1:
                        # touching "w*", it read "w*−∇f(w*)").
                        if any(_drawn(o) and boxes_meet(mobject, o, gap=INSET_LABEL_GAP) for o in (
                                self.z_star_label, self.z_hat_label, self.z_hat, self.z_star)):
                            continue
                        if strict and self.z_label_blocked(mobject):
                            continue
                        placed = True
                        break
                    if placed:
                        break
                if not placed:
                    # r75 (r74's item 3): no place clear of everything (the pull had no
                    # label 96–125 s): the one nearest its tip covering least, so the arrow
                    # is never unnamed. Layout only.
                    self.least_covered(mobject, [end, arrow.shaft.point_from_proportion(0.6)], [
                        self.z_contour, self.z_ball, self.z_through, self.z_star_label,
                        self.z_same,
                        self.z_hat_label, self.z_hat, self.z_star, self.z_push,
                        self.zaxes.x_axis, self.zaxes.y_axis,
                        *(n for n in self.z_numbers() if _drawn(n))])
                    placed = fallback = True
            else:
                # Along the arrow, inward, off the ball's edge it starts on (r36: the edge
                # ran through "−λg" for 13 s). Layout only.
                # r71's item 4: and off the inset's axes and tick numbers (the w₁ axis ran
                # through "−λg"): beside the shaft's middle on ŵ's side, else on the other
                # side, else beside the tip, the first clear of them all.
                middle = arrow.shaft.point_from_proportion(0.5)
                along = (end - start) / length
                across = np.array([-along[1], along[0], 0.0])
                lines = [self.z_ball, self.zaxes.x_axis, self.zaxes.y_axis]
                for anchor, side in ((middle, self.push_label_side), (middle, across),
                                     (middle, -across), (end, along)):
                    mobject.next_to(anchor, side, buff=0.06)
                    self.slide_off(mobject, along, lines)
                    self.inside_z_frame(mobject)
                    if not self.on_lines(mobject, lines) and not any(
                            _drawn(n) and boxes_meet(mobject, n, gap=0.04)
                            for n in self.z_numbers()):
                        break
                else:
                    # r75 (r74's item 3): none clear: the place nearest the arrow that
                    # covers least of the axes, the ball's edge, the arrows and the tick
                    # numbers (it fell back onto the w₁ axis and "0.2"). Layout only.
                    self.least_covered(mobject, [middle, end, start], [
                        *lines, self.z_pull, self.z_push, self.z_star, self.z_star_label,
                        self.z_hat, self.z_hat_label, self.z_contour, self.z_through,
                        *(n for n in self.z_numbers() if _drawn(n))])
                    # r80 (r79's review item 5): still crossed by the diamond's edge or an
                    # axis (the edge ran through "−λg", 91–94 s), it fades: the arrow was
                    # named in the drag, and its colour names it. Layout only.
                    fallback = not self.on_lines(mobject, lines)
                    placed = fallback
            self.inside_z_frame(mobject)
        from scenes.toolkit.style import CAPTION_TOP  # local: the import block is shared

        clear = placed and mobject.get_bottom()[1] > CAPTION_TOP + 0.05  # not in the captions
        # Never drawn far from its arrow (slid clear of the head, a short arrow's label
        # stood apart, over the ball's edge). Layout only.
        if arrow is self.z_pull and length > 1e-6:
            low, high = mobject.get_corner(DOWN + LEFT)[:2], mobject.get_corner(UP + RIGHT)[:2]
            gap = float(np.linalg.norm(end[:2] - np.clip(end[:2], low, high)))  # tip to box
            clear = clear and gap < 0.4
        # Not over the inset's dot labels (a reviewer read "−∇f" on "w*", "−λg" on "ŵ");
        # the fallback place keeps off them as best it can (r75: hidden, the arrow was
        # unnamed for 30 s).
        clear = clear and (fallback or not any(
            _drawn(other) and boxes_meet(mobject, other, gap=INSET_LABEL_GAP)
            for other in (self.z_star_label, self.z_hat_label, self.z_same)))
        opacity = float(np.clip((length - INSET_LABEL_MIN) / (INSET_LABEL_FULL - INSET_LABEL_MIN),
                                0.0, 1.0)) if clear else 0.0
        if opacity != getattr(mobject, "_shown", None):
            mobject.set_opacity(opacity)
            mobject._shown = opacity

    def least_covered(self, mobject: VMobject, anchors: list[np.ndarray],
                      obstacles: list[VMobject]) -> VMobject:
        """``mobject`` beside one of ``anchors`` (eight directions, two distances), inside
        the inset's frame, where its box holds the fewest sampled points of ``obstacles``;
        the nearest such place first. Layout only."""
        points = _outline_samples([o for o in obstacles if _drawn(o)], spacing=0.02)
        best, fewest = None, None
        for buff in (0.06, 0.16):
            for anchor in anchors:
                for side in (RIGHT, DOWN + RIGHT, DOWN, DOWN + LEFT, LEFT, UP + LEFT, UP,
                             UP + RIGHT):
                    self.inside_z_frame(mobject.next_to(anchor, side, buff=buff))
                    low = mobject.get_corner(DOWN + LEFT)[:2] - 0.03
                    high = mobject.get_corner(UP + RIGHT)[:2] + 0.03
                    count = int(np.count_nonzero(np.all((points >= low) & (points <= high),
                                                        axis=1))) if len(points) else 0
                    if fewest is None or count < fewest:
                        best, fewest = mobject.get_center().copy(), count
                    if count == 0:
                        return mobject
        return mobject.move_to(best)

    def z_label_blocked(self, mobject: VMobject) -> bool:
        """Whether an inset label's box meets a drawn curve of the inset (the contour, the
        ball's edge, the dashed outline) or one of its tick numbers (layout only)."""
        low = mobject.get_corner(DOWN + LEFT)[:2] - 0.02
        high = mobject.get_corner(UP + RIGHT)[:2] + 0.02
        for curve in (self.z_contour, self.z_ball, self.z_through):
            if not _drawn(curve):
                continue
            points = curve.points
            if len(points) and np.any(np.all((points[:, :2] >= low) & (points[:, :2] <= high),
                                              axis=1)):
                return True
        return any(_drawn(n) and boxes_meet(mobject, n) for n in self.z_numbers())

    def inside_z_frame(self, mobject: VMobject, margin: float = LABEL_FRAME_MARGIN) -> VMobject:
        """Shift a label into the inset's frame (layout only)."""

        (low, high), (a, b) = box_of(self.z_frame), box_of(mobject)
        shift = np.maximum(0.0, low + margin - a) + np.minimum(0.0, high - margin - b)
        return mobject.shift(np.append(shift, 0.0)) if shift.any() else mobject

    def follow_z_star_label(self, mobject: VMobject) -> None:
        """w*'s label in the inset, on the side w* leaves ŵ towards (clear of ŵ's)."""
        self.beside_z_star(mobject)

    def beside_z_star(self, mobject: VMobject, probe: bool = False) -> VMobject:
        """On w*'s side of the inset's w*, or above it where that side runs into the
        caption strip (the inset sits low on the frame)."""
        from scenes.toolkit.style import CAPTION_TOP  # local: the import block is shared

        # One offset from the dot for the whole shrink, the one it takes once the balance's
        # arrows are full (r52's item 1: sliding as they grew, 97–99.5 s, "w*" ran into
        # "−∇f(w*)" and read "w*−∇f(w*)"). Layout only (`anchor_z_star_label`).
        offset = getattr(self, "z_star_offset", None)
        if offset is not None:
            mobject.move_to(self.z_star.get_center() + offset)
            return self.inside_z_frame(mobject)
        mobject.next_to(self.z_star, self.z_label_side, buff=0.06)
        mobject.shift(self.star_label_lift)
        if mobject.get_bottom()[1] < CAPTION_TOP + 0.05:
            mobject.next_to(self.z_star, UP + np.sign(self.star_label_side[0] or 1.0) * RIGHT,
                            buff=0.06)
        # Slid along the boundary's tangent, away from ŵ, until clear of the balance's
        # arrows (a reviewer saw the pull's head over "w*" as the arrows grew): it slides
        # as they grow, never jumps (layout only).
        arrows = [a for a in (getattr(self, "z_pull", None), getattr(self, "z_push", None))
                  if a is not None and (a in self.mobjects or probe)]
        self.slide_clear(mobject, arrows)
        # Off the ball's edge and the dashed outline (r50's item 4: red "w*" on the orange
        # dashes, 96–112 s), outward along its side.
        return self.slide_off(mobject, self.z_label_side,
                              [self.z_ball, self.z_through],
                              tries=8)

    def _follow_all(self) -> None:
        """The inset's dot, ball and arrows at the current state (layout probes)."""
        self.follow_z_star(self.z_star)
        self.follow_z_ball(self.z_ball)
        self.follow_z_pull(self.z_pull)
        self.follow_z_push(self.z_push)

    def anchor_z_star_label(self, radius: float) -> None:
        """Fix w*'s inset label at the offset it takes at ``radius`` (the shrink's end, the
        arrows at full length), for the whole shrink (r52's item 1). Layout only: the
        state is set to that radius for the probe and put back."""
        saved = self.ball_radius.get_value()
        self.ball_radius.set_value(radius)
        self._state = None
        self._follow_all()
        probe = self.z_star_label.copy()
        self.z_star_offset = None
        offset = self.near_z_star_offset(probe, radius)
        if offset is None:
            self.beside_z_star(probe, probe=True)
            offset = probe.get_center() - self.z_star.get_center()
        self.ball_radius.set_value(saved)
        self._state = None
        self._follow_all()
        self.z_star_offset = offset

    def near_z_star_offset(self, probe: VMobject, radius: float) -> np.ndarray | None:
        """r58's item 2: w*'s label on the dot (it floated ~70 px above it, on the dashed
        outline), in the wedge between the ball's edge and the path of w*, on the side away
        from ŵ and the arrows: the first place, turning from that wedge's middle, clear of
        the ball's edge, the dashed outline, the path, the arrows, the axes, ŵ's label and
        the inset's frame at ``radius`` (the edge and the path pass through the dot all
        along; the arrows are longest and the axes nearest there). None where no place is
        clear. Layout only: directions between scene points."""
        loss, sol = self.state()
        if not sol.active or sol.multiplier <= 0.0:
            return None
        star = self.z_star.get_center()
        hat = to_scene(self.zaxes, loss.center)
        normal = np.asarray(sol.normal, dtype=float)
        if not np.any(normal) or float(np.linalg.norm(star - hat)) < 1e-6:
            return None
        # Scene directions: from ŵ through w* (the path onward), and along the ball's edge
        # the way w* moved from ŵ.
        path = (star - hat)[:2] / float(np.linalg.norm((star - hat)[:2]))
        along = to_scene(self.zaxes, np.asarray(sol.point) + np.array([-normal[1], normal[0]]))
        tangent = (along - star)[:2]
        tangent = tangent / max(float(np.linalg.norm(tangent)), 1e-12)
        if float(tangent @ path) < 0.0:
            tangent = -tangent
        middle = path + tangent
        base = float(np.arctan2(middle[1], middle[0]))
        obstacles = [self.z_ball, self.z_through, self.z_pull, self.z_push,
                     self.zaxes.x_axis, self.zaxes.y_axis]
        if self.penalty_path is not None:
            line = VMobject().set_points_as_corners(to_scene(self.zaxes, self.edge_line_points()))
            obstacles.append(line)

        (low, high) = box_of(self.z_frame)
        # Nearest first, then nearest the wedge's middle, turning away from the path (past
        # the ball's edge, between it and the pull: the dashed outline crosses there only
        # near t = ‖ŵ‖, under the label's dark backing).
        away = 1.0 if float(path[0] * tangent[1] - path[1] * tangent[0]) > 0.0 else -1.0
        for buff in (0.04, 0.1, 0.16, 0.22, 0.28):
            for turn in (0, 10, 20, 30, 45, 60, 70, 80, 90, 100, -10, -20, -30):
                angle = base + away * np.radians(turn)
                around(probe, self.z_star, np.array([np.cos(angle), np.sin(angle)]), buff=buff)
                a, b = box_of(probe)
                if np.any(a < low + LABEL_FRAME_MARGIN) or np.any(b > high - LABEL_FRAME_MARGIN):
                    continue
                if self.on_lines(probe, obstacles):
                    continue
                if any(boxes_meet(probe, m, gap=INSET_LABEL_GAP)
                       for m in (self.z_hat_label, *self.z_numbers())):
                    continue
                # r84 (r83's item 3: the dashed outline through "w*" at 93 s): clear of the
                # (fixed) dashed outline at every w* of the shrink too, the offset being
                # kept all along (regmath's w* at radii from ‖ŵ‖ down to ``radius``).
                offset = probe.get_center() - star
                if any(self.on_lines(probe.copy().move_to(place + offset), [self.z_through])
                       for place in self.shrink_places(radius)):
                    continue
                return offset
        return None

    def shrink_places(self, radius: float) -> list[np.ndarray]:
        """The inset's w* (scene points) along the shrink from ‖ŵ‖ down to ``radius``:
        regmath's constrained solutions (layout only)."""
        return [to_scene(self.zaxes, constrained(self.loss, norm=self.norm,
                                                 radius=float(r)).point)
                for r in np.linspace(self.inner, radius, 9)]

    def slide_clear(self, mobject: VMobject, arrows: list[MovingArrow],
                    step: np.ndarray | None = None) -> VMobject:
        """Slide a label along the boundary's tangent, away from ŵ (or by ``step``), until
        it is clear of the drawn arrows (heads included): it slides as they grow, never
        jumps (layout only)."""

        arrows = [a for a in arrows if len(a.shaft.points) and _drawn(a)]
        step = np.asarray(self.arrow_label_side * 0.03 if step is None else step, dtype=float)
        # The label's box is measured once and slid by arithmetic (it runs per frame in the
        # inset's sweeps, where measuring it each step was a quarter of the render).
        low, high = box_of(mobject)
        segments = [(a.get_start(), a.get_end()) for a in arrows]
        offset = np.zeros(3)
        for _ in range(20):
            if not any(segment_meets_box(a, b, low + offset[:2] - 0.1, high + offset[:2] + 0.1)
                       for a, b in segments):
                break
            offset = offset + step
        return mobject.shift(offset) if offset.any() else mobject

    def follow_z_ball(self, mobject: VMobject) -> None:
        """The ball's outline at the current radius, clipped to the inset."""
        outline = ball_outline(self.norm, self.ball_radius.get_value(),
                               samples=self.contour_samples)
        set_pieces(mobject, self.zaxes, clip_polyline(outline, self.zview))

    def follow_z_through(self, mobject: VMobject, radius: float, *,
                         dash: float = DASH_LENGTH, gap: float = DASH_GAP) -> None:
        """A dashed outline of this radius, clipped to the inset."""
        pieces = clip_polyline(ball_outline(self.norm, radius, samples=self.contour_samples),
                               self.zview)
        mobject.clear_points()
        for piece in pieces:
            mobject.append_points(set_dashes(VMobject(), self.zaxes, piece, dash=dash,
                                             gap=gap).points)

    def follow_z_star(self, mobject: VMobject) -> None:
        mobject.move_to(to_scene(self.zaxes, self.state()[1].point))

    def outline_share(self, mobject: VMobject, axes: Any, radius: float, *,
                      pad: float = 0.02) -> float:
        """0 while the ball's outline of this radius crosses the number's box (grown by a
        margin), back to 1 within `NUMBER_FADE_REACH` of radius. The box's smallest and
        largest norms (its point nearest 0, its farthest corner, through ``axes``) bracket
        the radii whose outline meets it. Layout only."""
        low = axes.p2c(mobject.get_corner(DOWN + LEFT) - pad * (RIGHT + UP))
        high = axes.p2c(mobject.get_corner(UP + RIGHT) + pad * (RIGHT + UP))
        low, high = np.asarray(low[:2], dtype=float), np.asarray(high[:2], dtype=float)
        p = 1.0 if self.norm == "l1" else 2.0
        nearest = np.clip(np.zeros(2), low, high)
        corners = [np.array([x, y]) for x in (low[0], high[0]) for y in (low[1], high[1])]
        inner = float(lp_norm(nearest, p))
        outer = max(float(lp_norm(c, p)) for c in corners)
        gap = max(inner - radius, radius - outer, 0.0)
        return float(np.clip(gap / (NUMBER_FADE_REACH * self.t), 0.0, 1.0))

    @staticmethod
    def show_number(mobject: VMobject, opacity: float) -> None:
        if opacity != getattr(mobject, "_shown", None):
            mobject.set_opacity(opacity)
            mobject._shown = opacity

    def fade_under_ball(self, mobject: VMobject) -> None:
        """A main-plot number fades while the moving ball's edge is on it (layout only).
        r71's item 6: a number the edge crosses anywhere in the radius beat's range of t
        (`tick_range`) steps out for the whole beat as ``tick_drop`` rises to 1, instead of
        blinking off and on as the edge passes."""
        pad = BALL_NUMBER_PAD if mobject in getattr(self, "ball_hidden", ()) else 0.02
        share = self.outline_share(mobject, self.axes, self.ball_radius.get_value(), pad=pad)
        drop = getattr(self, "tick_drop", None)
        if drop is not None and drop.get_value() > 0.0:
            lo, hi = self.tick_range
            ranged = getattr(mobject, "_ranged", None)  # the number stays put: once
            if ranged is None:
                ranged = min(self.outline_share(mobject, self.axes, radius, pad=pad)
                             for radius in np.linspace(lo, hi, 24))
                mobject._ranged = ranged
            share = min(share, 1.0 - drop.get_value() * (1.0 - ranged))
        self.show_number(mobject, share)

    def numbers_on_ball(self, radius: float) -> list[VMobject]:
        """The main plot's tick numbers the ball's edge of this radius runs through, their
        dark backing included (r53's item 7: the w₂ axis's "0.5" on the t = 1 diamond's
        edge). Layout only."""
        # (Not the numbers at the ball's corners, ±t: they mark its size, and sit beside
        # its edge, not on it.)
        hidden = [m for m in self.tick_numbers()
                  if abs(float(getattr(m, "number", np.inf))) < radius * (1.0 - 1e-9)
                  and self.outline_share(m, self.axes, radius, pad=BALL_NUMBER_PAD) < 1.0]
        self.ball_hidden = [*getattr(self, "ball_hidden", []), *hidden]
        return hidden

    def fade_z_number(self, mobject: VMobject) -> None:
        """An inset number fades while the inset's moving outline is on it: the ball's edge
        in the radius beat, the dashed ‖w‖ = ‖w*(λ)‖ in the penalty beat (r39: the inset's
        few numbers were struck by them). Layout only."""
        radius = getattr(self, "z_outline_radius", None)
        share = 1.0 if radius is None else self.outline_share(mobject, self.zaxes, radius())
        self.show_number(mobject, share)

    def vary_radius(self) -> None:
        """Shrink the ball: nothing changes until t = ‖ŵ‖; below, λ rises again."""
        if self.inner == 0.0:
            self.vary_radius_at_origin()
            return
        t0 = self.t
        below = RADIUS_BELOW * self.inner
        inset = self.make_inset()
        # The inset's numbers fade under the moving ball's edge (layout only).
        self.z_outline_radius = self.ball_radius.get_value
        # (The inset's numbers stay fixed: none is where an outline passes, r40's item 3.)
        self.ball.add_updater(lambda g: [part.set_points_as_corners(to_scene(
            self.axes, ball_outline(self.norm, self.ball_radius.get_value(),
                                    samples=self.contour_samples))) for part in g])
        # The constraint line itself shows the radius as it changes.
        constraint = Readout(r"\text{{subject to}}\ \ " + constraint_tex(
            self.norm, "t = " + number_format(t0, decimals_for(below))), t0,
            font_size=PANEL_FONT)
        constraint.move_to(self.problem[1], aligned_edge=LEFT)
        constraint.add_updater(lambda r: r.set_value(self.ball_radius.get_value()))
        self.constraint_line = constraint
        # The slack, live, beside λ's readout (in the rows of g and the balance): it falls
        # to exactly 0 before λ leaves 0, so their product stays 0 (a reviewer found
        # complementary slackness stated, not shown). regmath's slack of the current w*.
        norm_star_tex = SYMBOLS[self.norm].tex.replace("w", "w^*")
        slack0 = constrained(self.loss, norm=self.norm, radius=t0).slack
        # At least SLACK_DECIMALS: at a lecturer's kilo scale whole numbers rounded the
        # slack 0.38 to a "0" that read as the exact 0 of a binding ball (variant huge-ball).
        slack_line = Readout(rf"t - {norm_star_tex} = "
                             + number_format(slack0, max(decimals_for(slack0), SLACK_DECIMALS)),
                             slack0, font_size=PANEL_FONT, exact_zeros=True)
        # Beside H, in ŵ's coordinates' place: g's row keeps g's definition while λg is on
        # screen (λ's readout and the inset's −λg; a reviewer saw λg with g removed).
        slack_line.next_to(self.data_line, RIGHT, buff=0.35)
        room = config.frame_width / 2 - TAG_RIGHT_MARGIN - slack_line.get_left()[0]
        if slack_line.width > room:
            slack_line.scale(room / slack_line.width, about_edge=LEFT)
        slack_line.add_updater(lambda r: r.set_value(self.state()[1].slack))
        # g as it is along the shrink (regmath's normals where λ > 0), in the row it had.
        shrunk = [constrained(self.loss, norm=self.norm, radius=float(r))
                  for r in np.linspace(below, self.inner, 41)]
        # (Not named "(edge normal)": w* is inside the diamond as this line appears, a
        # reviewer's nit.)
        g_line = MathTex(self.g_tex(shrunk, named=False), font_size=PANEL_FONT)
        g_line.move_to(self.gradient_zero, aligned_edge=LEFT)
        self.live.set_value(self.state()[1].multiplier)
        # The radius live beside the shrinking ball, in the ball's label's place (a reviewer
        # could not see t change but on the panel): the scene's t, at regmath's boundary
        # point a quarter turn from ŵ.
        from manim import DecimalNumber  # local: the import block is shared

        tag_color = BALL_COLORS[self.norm].interpolate(TEXT_COLOR, BALL_LABEL_LIGHTEN)
        t_value = DecimalNumber(t0, num_decimal_places=decimals_for(below), font_size=28,
                                color=tag_color)
        t_tag = VGroup(MathTex("t =", font_size=28, color=tag_color), t_value)
        legible(t_tag)
        # Opposite ŵ, just outside the ball or the dashed outline through ŵ, whichever is
        # larger (inside the dashed outline it would sit on it); layout only: regmath's
        # boundary point on the ray opposite ŵ.
        across = -np.asarray(self.loss.center, dtype=float)
        across = np.append(across / max(float(np.linalg.norm(across)), 1e-12), 0.0)

        # r81: the ending's arrows run opposite ŵ, into the tag's place: the tag turns a
        # quarter anticlockwise there, along the dashed outline (`tag_turn`, layout only).
        aside = np.array([-self.loss.center[1], self.loss.center[0]], dtype=float)
        aside = np.append(aside / max(float(np.linalg.norm(aside)), 1e-12), 0.0)
        self.tag_turn = ValueTracker(0.0)

        def follow_t_tag(m: VGroup) -> None:
            radius = self.ball_radius.get_value()
            m[1].set_value(radius)
            m[1].next_to(m[0], RIGHT, buff=0.12)
            m[1].align_to(m[0][0], DOWN)
            anchor = self.outline_anchor(max(radius, self.inner), turn=2)
            keep_in_frame(m.next_to(to_scene(self.axes, anchor), across, buff=0.15))
            k = float(self.tag_turn.get_value())
            if k > 0.0:
                here = m.get_center()
                turned = self.outline_anchor(max(radius, self.inner), turn=1)
                keep_in_frame(m.next_to(to_scene(self.axes, turned), aside, buff=0.15))
                m.move_to(here + k * (m.get_center() - here))

        follow_t_tag(t_tag)
        t_tag.add_updater(follow_t_tag)
        self.t_tag = t_tag
        self.follow_t_tag = follow_t_tag  # r75: the ending's shrink shows t live again
        # The slack bar in the inset too, while the slack falls (a reviewer lost it in the
        # main plot's small region): regmath's slack segment at the current radius,
        # clipped to the inset's view.
        z_bar = VMobject(stroke_color=TEXT_COLOR, stroke_width=6)

        def follow_z_bar(m: VMobject) -> None:
            radius = self.ball_radius.get_value()
            pieces = clip_polyline(slack_segment(self.loss.center, norm=self.norm,
                                                 radius=radius), self.zview) \
                if radius > self.inner else []
            set_pieces(m, self.zaxes, pieces)

        follow_z_bar(z_bar)
        z_bar.add_updater(follow_z_bar)
        # The main plot's tick numbers fade while the moving ball's edge is on them (r38's
        # item 3: the edge swept through "0.5", 68–72 s).
        self.tick_range = (below, t0)
        self.tick_drop = ValueTracker(0.0)
        self.add(self.tick_drop)
        for tick in self.tick_numbers():
            tick.add_updater(self.fade_under_ball)
        ball = BALL_NAMES[self.norm]
        with self.cue("Shrink the {ball}{@shrink}, zoomed in at right{@zoom}: the slack "
                      "falls{@slack}, nothing else changes "
                      "while {t} ≥ {norm_hat} = {inner}{@touch}.", ball=ball,
                      norm_hat=SYMBOLS[self.norm].text.replace("w", "ŵ"), inner=number(self.inner),
                      spoken="Shrink the {ball}{@shrink}, zoomed in at right{@zoom}: the slack "
                      "falls{@slack}, nothing else "
                      "changes while t is at least the norm of w-hat, {inner}{@touch}.") as cue:
            # The slack lines and "t = t0" are about the first ball: hidden once t changes
            # (below ‖ŵ‖ they are false); the constraint line becomes the live radius. The
            # main plot keeps its dots only from here on: its labels would pile up around
            # the small region, which the inset names.
            # The ball's label leaves as the ball starts to shrink (shrinking, it ran into
            # the tick numbers and the dashed outline): the constraint line names it.
            # The header follows the content (a reviewer found "When is the constraint
            # inactive?" over the binding shrink).
            shrink_title = Tex(r"Shrinking $t$: when is $\lambda > 0$?", font_size=40)
            shrink_title.move_to(self.title, aligned_edge=LEFT)
            # The level sets round ŵ leave with the first ball they fitted in.
            # The inset comes with its words, at the cue's start (r50's item 7: "zoomed in
            # at right" was read 2.5 s before it came); its slack bar waits for the bar to
            # fit (below).
            self.follow_z_ball(self.z_ball)
            self.z_ball.add_updater(self.follow_z_ball)
            # The radius tag and the live slack come as the shrink starts, the slack in the
            # place of its fixed value (r58's item 5: "0.876" stood without "t =", and the
            # slack was gone for 2 s as "the slack falls" was said). Layout only.
            slack_shown = self.verdict[1] if len(self.verdict) > 1 else None
            # r84 (r83's item 4): the tag's follower paused while it fades in (its number,
            # set anew each frame, came at full strength before "t =": "1.000" alone).
            t_tag.suspend_updating()
            self.play(Conceal(self.problem[1]), Reveal(constraint), Conceal(self.same),
                      *(Conceal(r) for r in getattr(self, "inside", [])),
                      *(Conceal(m) for m in self.verdict if m is not slack_shown),
                      *(Conceal(m) for m in self.gap[1:]),
                      *([swap_titles(slack_shown, slack_line)] if slack_shown is not None
                        else [Reveal(slack_line)]),
                      Conceal(self.ball_label), swap_titles(self.title, shrink_title),
                      Reveal(t_tag), Reveal(inset), self.tick_drop.animate.set_value(1.0),
                      run_time=0.8)
            t_tag.resume_updating()
            self.header = shrink_title
            # The lines leave room for the inset of the region where the rest happens.
            self.over_joins(self.join_crossed)
            z_bars = [z_bar] if len(self.gap) else []
            bar = [self.gap[0]] if len(self.gap) else []
            for mobject in bar:
                mobject.add_updater(self.follow_bar)
            # The ball shrinks first in the main plot, until the slack bar ends inside the
            # inset's view: the inset opens on a whole bar (r44's finding 5: it opened on a
            # bar cut off at its border, t > 0.9).
            fit = self.bar_fit_radius() if bar else t0
            if fit < t0:
                # r80 (r79's review item 6): brief, so the inset's bar comes while "zoomed in
                # at right: the slack falls" is read (it came 3 s in, as the caption ended).
                sweep(self, self.ball_radius, fit, self.ball, constraint, self.z_ball, *bar,
                      t_tag, slack_line, run_time=0.8, rate_func=smooth)
            for mobject in z_bars:
                mobject.update()
            # (No slack bar to show: the radius tag, which shrinks from here, is marked.)
            cue.play(*((Reveal(m) for m in z_bars) if z_bars else
                       [Indicate(t_tag, color=PULSE_COLOR, scale_factor=1.0)]),
                     run_time=0.6)
            # The magnified region's outline under the axes: over them, once the ball had
            # gone, the axes inside it were no longer drawn (a reviewer saw the w₂ axis
            # hidden inside it, 105–146 s). Outline only; layout.
            self.bring_to_back(self.z_region)
            # The inset's tick numbers over the shrinking ball's edge, on their dark outline
            # (the edge struck "0.4" through, a reviewer's frames): each leaves its axis
            # first (added while inside, Manim would drop the axis line, see `over_joins`).
            lifted = self.z_numbers()
            for axis in (self.zaxes.x_axis, self.zaxes.y_axis):
                for tick in list(getattr(axis, "numbers", VGroup())):
                    axis.numbers.remove(tick)
            self.z_lifted = lifted
            self.add(*lifted)
            # λ's readout back in its row, λ = 0 (the slack beat's conclusion), with g's
            # definition in the row of ∇f(ŵ) = 0 (which is about the first ball).
            # (g's line waits for w* to reach the boundary: with no boundary at w*, g is no
            # normal there, r44's finding 7.)
            # g's row with it (r50's item 9: "λg" stood with g's row blank): g = sign(w*)
            # is defined at ŵ too, (1, 1) there; it names no normal until w* is on the edge.
            cue.play(Indicate(slack_line, color=PULSE_COLOR, scale_factor=1.0),
                     Reveal(self.live), Reveal(g_line), at="slack", run_time=0.5)
            self.panel_lines[self.panel_lines.index(self.problem[1])] = constraint
            self.problem[1] = constraint
            # Slow enough to see that nothing moves while the ball still holds ŵ. The slack
            # bar stays and shrinks to 0 as the slack falls (a reviewer saw it removed at
            # these words): regmath's slack segment at the current radius.
            sweep(self, self.ball_radius, self.inner, self.ball, constraint, self.z_ball,
                  slack_line, *bar, *z_bars, t_tag, run_time=max(cue.until("touch"), 3.0),
                  rate_func=smooth)
            for mobject in (*bar, *z_bars):
                mobject.clear_updaters()
                self.remove(mobject)
            cue.play(Indicate(self.through, color=BALL_COLORS[self.norm], scale_factor=1.0),
                     Indicate(self.through_label, color=TEXT_COLOR, scale_factor=1.0))
        dot = lambda m: m.move_to(to_scene(self.axes, self.state()[1].point))  # noqa: E731
        for mobject, follow in ((self.tangent_dot, dot), (self.contour, self.follow_dimmed_contour),
                                (self.live, lambda r: r.set_value(self.state()[1].multiplier)),
                                (self.pull, self.follow_pull), (self.push, self.follow_push),
                                (self.z_star, self.follow_z_star),
                                (self.z_star_label, self.follow_z_star_label),
                                *self.inset_followers()):
            mobject.add_updater(follow)
            follow(mobject)
        self.anchor_z_star_label(RADIUS_BELOW * self.inner)
        self.follow_z_star_label(self.z_star_label)
        # "binds: λ > 0" beside λ's readout again, as the words say "binds": it fades in
        # as λ leaves 0 and out as λ comes back to it (layout: opacity from regmath's λ).
        # Where every w* with λ > 0 of the shrink lies on one edge whose signs are ŵ's
        # (regmath's facts), λ's closed form there, (‖ŵ‖₁ − t)/sᵀH⁻¹s, continues the
        # readout as λ leaves 0 (a reviewer: λ's rise said, its formula not shown);
        # else "(λ > 0)" as before.
        # Where the main plot has room, λ's formula is derived there as it is said, and
        # "(λ > 0)" alone rides with the readout (r28b: the formula came 6 s before its
        # words, stated, not derived).
        # r79 (a cut round, r77's item 1): λ's closed form and its derivation went; λ's
        # live readout stays, "(λ > 0)" beside it while the constraint binds.
        binds = MathTex(r"(\lambda > 0)", font_size=PANEL_FONT, color=EMPHASIS_COLOR)
        below_lam = constrained(self.loss, norm=self.norm, radius=below).multiplier

        def follow_binds(m: VMobject) -> None:
            keep_in_frame(m.next_to(self.live, RIGHT, buff=0.2))
            lam = self.state()[1].multiplier
            # Full as soon as λ leaves 0 (r58's item 6: dimmed while λ = 0.020 was shown, it
            # read "not yet > 0"): the fade spans λ's first 2 % only.
            # r61's item 6: gone before the readout rounds λ to 0 (it still faded beside
            # "λ = 0.000", 121 s): from half a unit of the readout's last digit.
            low = 0.5 * 10.0 ** -self.live_decimals
            high = max(0.02 * below_lam, 3.0 * low)
            opacity = float(np.clip((lam - low) / (high - low), 0.0, 1.0)) \
                if below_lam > 0.0 else 0.0
            if opacity != getattr(m, "_shown", None):
                m.set_opacity(opacity)
                m._shown = opacity

        follow_binds(binds)
        binds.add_updater(follow_binds)
        self.binds_again = binds
        # Drawn in this order during the sweeps: w* and its label after the arrows, over
        # their bases (before them, a reviewer could not see w* while it was named).
        followers = (self.ball, t_tag, self.contour, self.live, slack_line, constraint,
                     self.pull,
                     self.push, self.tangent_dot, self.z_ball, self.z_contour,
                     self.z_pull, self.z_push, self.z_pull_label, self.z_push_label,
                     self.z_star, self.z_star_label, binds)
        # (A reviewer read "scaled down in the inset" as false: the inset's arrows look
        # longer than the main plot's, being magnified less than the plot; the inset's two
        # arrows share one scale, so nothing need be said about it.) The main plot's
        # arrows shortened from the drag's scale are said.
        shortened = (": the balance's arrows are drawn shortened alike"
                     if self.main_arrow_factor < 1.0 else "")
        with self.cue("Smaller, the boundary passes {w_hat}{@bind}: active, the slack stays 0, "
                      "{w_star} leaves {w_hat}, and {lam} rises above 0" + shortened
                      + ".",
                      spoken="Smaller, the boundary passes w-hat{@bind}: active, the slack "
                      "stays 0, w-star leaves w-hat, and lambda rises above 0"
                      + shortened.replace("'", "") + ".") as cue:
            # In the inset "w* = ŵ" parts into w* and ŵ, one after the other (no overlap).
            # Quick, so the shrink starts under its words (a reviewer saw the caption 3 s
            # ahead of the boundary passing ŵ), and at full speed from its first frame.
            # The dashed outline keeps its label while it is drawn (r52's item 6: unnamed
            # from here to the penalty beat, "dashed" read three ways).
            self.play(Conceal(self.z_same), run_time=0.4)
            # r84 (r83's item 3): the ring pulses (a flash's rays ran over both labels).
            self.play(Reveal(self.z_hat_label), Reveal(self.z_star_label),
                      Indicate(self.z_hat, color=EMPHASIS_COLOR, scale_factor=1.0),
                      run_time=0.4)
            # The balance is drawn in the inset; the main plot keeps its dots, its contour
            # dimmed (a reviewer saw the ellipse and arrows repeated there as 10–20 px
            # specks). Its arrows only where the words speak of their shortening.
            main = [self.pull, self.push] if self.main_arrow_factor < 1.0 else []
            # (A sweep adds its followers: the main plot's arrows leave the list too.)
            followers = tuple(m for m in followers if m in main or m not in (
                self.pull, self.push))
            # r86 (r84 reviews' item 4: "w*" and "−∇f(w*)" ran together, 90–96 s): the
            # inset's arrows unlabelled here (their colours named them at the start; the
            # words name w*, not them). Take away, not add.
            followers = tuple(m for m in followers
                              if m not in (self.z_pull_label, self.z_push_label))
            self.add(*main, self.z_contour, self.z_pull, self.z_push)
            # w* drawn over the arrows' bases (Manim orders by z_index only among the
            # scene's top-level mobjects: inside the inset's group it fell under the arrows,
            # a reviewer could not see w* while it was named). Its label too.
            self.add(self.z_star, self.z_star_label, binds)  # over the arrows until the sweep
            self.inset_sweep(self.ball_radius, below, *followers,
                  run_time=max(cue.until(cue.END), 3.0),
                  rate_func=linear)  # r56's item 7: smooth ran 0.6 → 0.36 in ~4 s of its 6
        # r79 (a cut round, r77's items 1 and 6): no derivation, no way back to ‖ŵ‖ and no
        # penalty form: t shrinks on from here to the corner (`shrink_to_corner`), the
        # shrink's followers still attached.
        self.radius_followers = followers
        self.g_line = g_line
        self.slack_line = slack_line

    def shrink_to_corner(self) -> None:
        """r79 (a cut round; r77's items 2 and 7): the payoff. t shrinks on from the radius
        beat, the constraint active (λ > 0), until w* reaches the lasso path's first knot
        (`end_knot`, regmath's `knot_events`): a corner, one weight exactly 0, marked as it
        lands and held; then the conclusion, on the panel and in the closing words. Where no
        such corner is shown, the scene's answer is summed up instead."""
        followers = self.radius_followers
        knot = self.end_knot()
        below = self.ball_radius.get_value()
        # (A knot at a t the radius beat has already passed below, w* on the corner there:
        # stiff H, no shrink on to show.)
        if knot is None or float(lp_norm(knot, 1.0)) >= below:
            self.sum_up(followers)
            return

        knot_t = float(lp_norm(knot, 1.0))
        zero = int(np.flatnonzero(knot == 0.0)[0])
        self.end_dot = self.tangent_dot
        # "w₁* = 0" beside the corner off its axis, on ŵ's side, clear of the ball's edge
        # there, ŵ and the inset's numbers (layout only: a direction; regmath's corner and
        # outline through the inset's axes). On a dark box, never filled by a pulse (r77's
        # item 2: a grey highlight over white text hid it at the key moment).
        label = backed(legible(MathTex(rf"w^*_{zero + 1} = 0", font_size=INSET_LABEL_FONT,
                                       color=TEXT_COLOR)))
        corner_at = to_scene(self.zaxes, knot)
        out = np.zeros(2)
        out[zero] = np.sign(self.loss.center[zero])
        away = np.zeros(2)
        away[1 - zero] = np.sign(self.loss.center[1 - zero])
        knot_ball = VMobject()
        set_pieces(knot_ball, self.zaxes, clip_polyline(ball_outline(
            self.norm, knot_t, samples=self.contour_samples), self.zview))
        # r80 (r79's review item 3): a thin backing, placed as w* lands, clear of the contour
        # through the corner too (its dark box cut the contour and the w₂ axis there).
        label[0].stretch_to_fit_width(label[1].width + 0.04).stretch_to_fit_height(
            label[1].height + 0.04).move_to(label[1])

        past_t = self.past_knot()
        past_ball = VMobject()
        past_contour = VMobject()
        if past_t is not None:
            set_pieces(past_ball, self.zaxes, clip_polyline(ball_outline(
                self.norm, past_t, samples=self.contour_samples), self.zview))
            past_sol = constrained(self.loss, norm=self.norm, radius=past_t)
            set_pieces(past_contour, self.zaxes, clip_polyline(level_set(
                self.loss, past_sol.level, samples=self.contour_samples), self.zview))
        past_at = to_scene(self.zaxes, past_sol.point) if past_t is not None else corner_at
        # A thin leader from the label to w* where the label stands off it (layout only:
        # it ends short of the dot, which it follows).
        leader = VMobject(stroke_color=TEXT_COLOR, stroke_width=1.5)

        def follow_leader(m: VMobject) -> None:
            dot = self.z_star.get_center()
            near = np.clip(dot, label.get_corner(DOWN + LEFT), label.get_corner(UP + RIGHT))
            gap = dot - near
            length = float(np.linalg.norm(gap[:2]))
            reach = length - (self.z_star.width / 2 + 0.06)
            if length < 0.3 or reach <= 0.05:
                m.set_points_as_corners([near, near])
                m.set_stroke(opacity=0.0)
                return
            m.set_points_as_corners([near, near + gap * (reach / length)])
            m.set_stroke(opacity=1.0)

        def place_label() -> None:
            # r81 (r80's item 3): where nothing crosses it all the while it stands (the
            # w₂ axis and the contour ran through it, 100–118 s): the place in the inset's
            # frame whose box holds the fewest points of the inset's lines (axes, the balls
            # and contours at the corner and at the smallest t, ŵ, the numbers), nearest
            # the corner first; a leader joins it to w*. Layout only: regmath's curves
            # through the inset's axes.
            # (ŵ's ring with room round it: beside it, the label read "w₁* = 0 ŵ".)
            obstacles = [knot_ball, past_ball, past_contour, self.z_star,
                         self.z_hat.copy().scale(2.2),
                         self.z_hat_label, *self.z_numbers(), self.zaxes, self.z_contour,
                         self.z_through, self.z_ball, *self.zaxes_labels]
            points = _outline_samples([o for o in obstacles if len(o.get_family())],
                                      spacing=0.02)
            (low, high) = box_of(self.z_frame)
            half = np.array([label.width, label.height]) / 2 + LABEL_FRAME_MARGIN
            best, best_key = None, None
            for x in np.linspace(low[0] + half[0], high[0] - half[0], 24):
                for y in np.linspace(low[1] + half[1], high[1] - half[1], 24):
                    lo = np.array([x, y]) - half + LABEL_FRAME_MARGIN - 0.05
                    hi = np.array([x, y]) + half - LABEL_FRAME_MARGIN + 0.05
                    count = int(np.count_nonzero(np.all((points >= lo) & (points <= hi),
                                                        axis=1))) if len(points) else 0
                    # between the corner and the smallest t's w*: the leader stays short
                    near = min(float(np.linalg.norm(np.array([x, y]) - corner_at[:2])),
                               float(np.linalg.norm(np.array([x, y]) - past_at[:2])))
                    key = (count, near)
                    if best_key is None or key < best_key:
                        best, best_key = (x, y), key
            label.move_to(np.array([best[0], best[1], 0.0]))
            follow_leader(leader)

        # The balance's arrows and their labels leave as w* lands (the payoff picture is the
        # corner and w*); g's line is replaced as it lands (r80's item 1: "g = sign(w*) =
        # (1, 1)" read false with w₁* = 0): at the corner g is a subgradient, its entry on
        # the zero weight anything in [−1, 1], the other the nonzero weight's sign
        # (regmath's g of the corner solution), so "−∇f(w*) = λg" stays defined.
        corner_sol = self.state(1.0, knot_t * (1.0 - 1e-9))[1]
        self._state = None
        # r81 (r80's items 1 and 2): at the corner g is regmath's subgradient, live: its
        # entry on the zero weight read out as t shrinks on past the knot (the balance
        # picks it inside [−1, 1]), the other the nonzero weight's sign.
        gk = rf"g_{zero + 1}"
        entries = [gk, gk]
        entries[1 - zero] = number(float(corner_sol.normal[1 - zero])).tex
        # A sign slot where g_k is negative anywhere on the way (a point past a negative
        # weight's corner).
        ends = [float(corner_sol.normal[zero])]
        if past_t is not None:
            ends.append(float(past_sol.normal[zero]))
        spec = "{: 6.3f}" if min(ends) < 0.0 else "{:5.3f}"
        self.corner_g = Readout(rf"g = ({entries[0]},\ {entries[1]}),\ |{gk}| \le 1"
                                rf":\ {gk} = " + spec, float(corner_sol.normal[zero]),
                                font_size=PANEL_FONT)
        self.corner_g.move_to(self.g_line, aligned_edge=LEFT)
        room = config.frame_width / 2 - TAG_RIGHT_MARGIN - self.corner_g.get_left()[0]
        g_scale = 1.0
        if self.corner_g.width > room:
            g_scale = room / self.corner_g.width
            self.corner_g.scale(g_scale, about_edge=LEFT)
        # r82 (r81's item 1): g's set written first, its value g_k only under the words
        # that give it (the readout read "g₁ = 1.000" before any words named g₁): the same
        # line without its readout, in the readout's place. Layout only.
        self.corner_head = MathTex(rf"g = ({entries[0]},\ {entries[1]}),\ |{gk}| \le 1",
                                   font_size=PANEL_FONT)
        self.corner_head.scale(g_scale)
        self.corner_head.align_to(self.corner_g, LEFT).align_to(self.corner_g, UP)
        # The fan of subgradients at the corner, in the inset (regmath's normal cone at w*:
        # the two edges' normals and the wedge between them, `normal_cone_wedge`), and the
        # direction of −∇f(w*) = λg inside it, both following w* as t shrinks on.
        fan_length = self.fan_reach([corner_sol], FAN_REACH)

        def corner_state() -> Solution:
            sol = self.state()[1]
            return sol if sol.at_corner and sol.point[zero] == 0.0 else corner_sol

        # r83 (r82's item 3): the fan in the cone's own colour (the palette's role for
        # normals and the cone), its edge rays dashed: in the diamond's orange, solid, fan
        # and edges read as an X of the diamond's edges.
        fan = VMobject(stroke_width=0).set_fill(CONE_COLOR, opacity=FAN_FILL)
        fan_edges = VGroup(*(VMobject(stroke_color=CONE_COLOR, stroke_width=3)
                             for _ in range(2)))

        def follow_fan(m: VMobject) -> None:
            m.set_points_as_corners(to_scene(self.zaxes, normal_cone_wedge(
                corner_state(), length=fan_length)))

        def follow_fan_edges(m: VGroup) -> None:
            sol = corner_state()
            for piece, ray in zip(m, sol.normal_cone):
                arrow = normal_arrow(sol, ray, length=fan_length)
                ends = to_scene(self.zaxes, np.array([arrow.start, arrow.end]))
                piece.become(DashedLine(ends[0], ends[1], dash_length=0.04,
                                        dashed_ratio=0.6, stroke_color=CONE_COLOR,
                                        stroke_width=3.5))

        fan_pull = MovingArrow(ORIGIN, ORIGIN, color=GRADIENT_COLOR, stroke_width=5,
                               max_tip_ratio=0.3)

        def follow_fan_pull(m: MovingArrow) -> None:
            sol = corner_state()
            arrow = normal_arrow(sol, -sol.gradient, length=FAN_PULL_SHARE * fan_length)
            m.put_ends(to_scene(self.zaxes, arrow.start), to_scene(self.zaxes, arrow.end))

        follow_fan(fan)
        follow_fan_edges(fan_edges)
        follow_fan_pull(fan_pull)
        fan.set_z_index(0)
        fan_edges.set_z_index(2)
        fan_pull.set_z_index(5)
        place_label()
        # (What leaves as t grows back at the close, `back_to_inactive`.)
        corner_parts = [fan, fan_edges, fan_pull, label, leader, self.corner_head,
                        self.corner_g]
        # The inset's arrows leave as t shrinks on (at the inset's scale they would leave
        # its frame as λ grows); the balance is drawn on the main plot instead, at the
        # drag's scale (the one the video opened with), with its labels: r80's item 1, the
        # arrows were gone just when λ was largest.
        arrows = [m for m in (self.z_pull, self.z_push, self.z_pull_label, self.z_push_label,
                              self.z_star_label)
                  if m in self.get_mobject_family_members()]
        for mobject in arrows:
            mobject.clear_updaters()
        followers = tuple(m for m in followers if m not in arrows)
        main = [(self.pull, self.follow_pull), (self.push, self.follow_push),
                # Past each tip, where the plot is empty (beside it, "−λg" sat on the small
                # diamond and the w₂ axis), stepped on along the arrow off the shrinking ball
                # and the zoomed region's outline (the layout report: struck). Layout only.
                (self.pull_label, lambda m: self.tip_label(m, self.pull)),
                (self.push_label, lambda m: self.tip_label(m, self.push))]
        # The main balance fades in (layout only; already drawn where its arrows were
        # shortened, see `vary_radius`).
        self.main_show = ValueTracker(1.0 if self.pull in self.mobjects else 0.0)
        # r86 (r84 reviews' item 5: drawn 1.27× the true vector, unsaid, so read off the
        # axes they disagreed with the panel's numbers): where they come in here, drawn at
        # their true length on the plot's axes when the scene's scale would lengthen them
        # (a shorter scale is kept: true, they could leave the plot). Layout only.
        if self.pull not in self.mobjects and self.main_arrow_factor == 1.0 \
                and self.scale > 1.0:
            self.main_arrow_factor = 1.0 / self.scale
        self.add(self.main_show)
        for mobject, follow in main:
            mobject.clear_updaters()
            mobject.add_updater(follow)
            mobject.add_updater(lambda m: self.scale_shown(m))
            mobject.update()
        self.add(*(m for m, _ in main))
        followers = (*tuple(m for m in followers if m not in (self.pull, self.push)),
                     *(m for m, _ in main))
        # The inset's numbers fade while the shrinking ball's edge is on them (the layout
        # report found "0.2" struck as the edge passed it). Layout only.
        self.z_outline_radius = self.ball_radius.get_value
        z_numbers = [n for n in getattr(self, "z_lifted", []) if n in self.mobjects]
        for number_ in z_numbers:
            number_.clear_updaters()
            number_.add_updater(self.fade_z_number)
        followers = (*followers, *z_numbers)
        # r81 (r80's item 5): the shrink runs onto the corner under these words, slowed as
        # it lands (the corner's caption came 2 s before w* reached it).
        # r82 (r81's item 3): "the arrows at left" said once they are there (they moved
        # as the words began, a second after "at left" was read).
        # r88 (r87 reviews' item 2): the arrows' move to the main plot said as it happens.
        with self.cue("The arrows move to the main plot{@move}; {t} shrinks on{@shrink}: "
                      "{w_star} slides along the edge to a corner{@slide}, and {lam} and the "
                      "arrows grow.",
                      spoken="The arrows move to the main plot{@move}; t shrinks on{@shrink}: "
                      "w-star slides along the edge to a corner{@slide}, and lambda and the "
                      "arrows grow.") as cue:
            paced(cue, chars_per_second=PACE_CHARS_PER_SECOND, at_least=PACE_AT_LEAST)
            # r83 (r82's item 4): the radius tag leaves (it stayed by the dashed 0.6
            # outline while its diamond shrank to a speck, so it seemed to label the
            # outline); t is read live on the constraint's line.
            self.t_tag.clear_updaters()  # (its live value reset the fade's opacity)
            cue.play(*(Conceal(m) for m in arrows), self.main_show.animate.set_value(1.0),
                     Conceal(self.t_tag), run_time=0.8)
            self.remove(self.t_tag)
            followers = tuple(m for m in followers if m is not self.t_tag)
            followers = (*followers, *self.fade_sign_line(knot_t))
            self.inset_sweep(self.ball_radius, knot_t, *followers,
                             run_time=max(cue.until(cue.END), 5.0),
                             rate_func=rate_functions.ease_in_out_sine)
        # The key event: named as it lands, marked, then held.
        with self.cue("At {t} = {tk} it reaches the corner{@corner}: {wk}* = 0 "
                      "exactly{@zero}.", tk=number(knot_t), wk=weight(zero).text,
                      spoken="At t = {tk} it reaches the corner{@corner}: "
                      + weight(zero).spoken + " is exactly zero{@zero}.") as cue:
            paced(cue, chars_per_second=PACE_CHARS_PER_SECOND, at_least=PACE_AT_LEAST)
            place_label()  # clear of the contour as it is at the corner
            # g's line leaves as w* lands (r84 review: "g = sign(w*) = (1, 1)" stood 4 s with
            # w₁* = 0, where sign(w*) = (0, 1) and ‖w‖₁ has no gradient); the fan's line
            # takes its place under the next words.
            self.g_line.clear_updaters()  # (a live value would reset the fade's opacity)
            g_gone = [self.g_line] if self.g_line in self.mobjects else []
            cue.play(Flash(self.z_star, color=EMPHASIS_COLOR),
                     Indicate(self.z_star, color=EMPHASIS_COLOR, scale_factor=1.4),
                     Indicate(self.tangent_dot, color=EMPHASIS_COLOR, scale_factor=1.4),
                     Reveal(label), Reveal(leader), *(Conceal(m) for m in g_gone),
                     *([Reveal(self.corner_head)] if g_gone else []),
                     run_time=1.0)
            self.remove(*g_gone)
            # r88 (r87 reviews' item 2: a blank row 100–118 s): g's set takes the row as
            # w* lands (true there: at the corner g is any such subgradient); the zoom's
            # words define it.
            head_shown = bool(g_gone)
            if head_shown and self.g_line in self.panel_lines:
                self.panel_lines[self.panel_lines.index(self.g_line)] = self.corner_head
            leader.add_updater(follow_leader)
            # The label's text pulses, its dark box stays dark.
            cue.play(Indicate(label[1], color=EMPHASIS_COLOR, scale_factor=1.15),
                     until=cue.END)
        # r82 (r81's item 1, asked for twice): the corner's subgradients pictured. ‖w‖₁ has
        # no gradient at the corner; g's set is the fan between the two edges' normals
        # (regmath's normal cone at w*), drawn at the corner in the inset as it is named;
        # g's row turns to that set with it ("g = sign(w*) = (1, 1)" read false there).
        sub = weight(zero).text[1:]
        pair = [f"g{sub}", f"g{sub}"]
        pair[1 - zero] = number(float(corner_sol.normal[1 - zero])).text
        zoomed = past_t is not None
        pull_tag = None
        if zoomed:
            # r84 (r83's review item 1: the fan was ~30 px, g's turn inside it unseen): a
            # second, large zoom on the corner. r87 (r86 reviews' item 2: the fan was
            # defined while still small, the close-up came after): the zoom opens first,
            # under its own words, and the fan is drawn and defined there. w*, the small
            # diamond and the contour through w* move into it (their followers draw through
            # the zoom's axes); the fan's edges are named there.
            zoom_parts, edge_labels = self.open_corner_zoom([corner_sol, past_sol], zero, [])
            fan_length = self.fan_reach([corner_sol, past_sol], CORNER_FAN_REACH,
                                        keep=CORNER_FAN_KEEP)
            zoomed_out = zoom_parts.pop()
            corner_parts += [*zoom_parts, edge_labels]
            followers = tuple(m for m in followers
                              if not any(m is f for f in zoomed_out.get_family()))
            # (The label "w_k* = 0" and its leader fade with the inset, where they stood.)
            left_over = [m for m in (label, leader) if m in self.mobjects
                         and not any(m is f for f in zoomed_out.get_family())]
            leader.clear_updaters()
            (f_low, f_high) = box_of(self.z_frame)

            def edge_ends(sol: Solution, ray: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
                arrow = normal_arrow(sol, ray, length=fan_length)
                start = to_scene(self.zaxes, np.array(arrow.start))
                tip = to_scene(self.zaxes, np.array(arrow.end))
                along = (tip - start) / max(float(np.linalg.norm(tip - start)), 1e-12)
                return tip, along

            def scene_points(sol: Solution) -> np.ndarray:
                pieces = clip_polyline(level_set(self.loss, sol.level,
                                                 samples=self.contour_samples), self.zview)
                curves = [polyline(self.zaxes, piece) for piece in pieces]
                pull_ = normal_arrow(sol, -sol.gradient, length=FAN_PULL_SHARE * fan_length)
                curves.append(polyline(self.zaxes, np.array([pull_.start, pull_.end])))
                for ray_ in sol.normal_cone:
                    edge_ = normal_arrow(sol, ray_, length=fan_length)
                    curves.append(polyline(self.zaxes, np.array([edge_.start, edge_.end])))
                ball_ = clip_polyline(ball_outline(self.norm, float(lp_norm(sol.point, 1.0)),
                                                   samples=self.contour_samples), self.zview)
                curves += [polyline(self.zaxes, piece) for piece in ball_]
                return _outline_samples([*curves, *zoom_parts[3], *zoom_parts[4]],
                                        spacing=0.02)

            ends_ = [(corner_sol, scene_points(corner_sol)), (past_sol, scene_points(past_sol))]

            def best_offset(label_: VMobject, tip_of: Any, candidates: list[np.ndarray],
                            taken: list[VMobject]) -> np.ndarray:
                """The candidate offset from the tip whose label box, at the corner and at
                the smallest t, stays in the frame and meets the fewest of the zoom's lines
                and the labels already placed (layout only)."""
                best_ = None
                for rank, offset in enumerate(candidates):
                    hits, out_of_frame = 0, 0.0
                    for sol_, points_ in ends_:
                        label_.move_to(tip_of(sol_) + offset)
                        out_of_frame += float(np.linalg.norm(
                            label_.get_center() - self.inside_z_frame(
                                label_.copy(), margin=0.06).get_center()))
                        self.inside_z_frame(label_, margin=0.06)
                        low_, high_ = box_of(label_)
                        hits += int(np.count_nonzero(np.all(
                            (points_ >= low_ - 0.03) & (points_ <= high_ + 0.03), axis=1)))
                        for other_, other_tip, other_offset in taken:
                            o_low, o_high = box_of(self.inside_z_frame(other_.copy().move_to(
                                other_tip(sol_) + other_offset), margin=0.06))
                            if np.all(low_ < o_high + 0.05) and np.all(o_low < high_ + 0.05):
                                hits += 1000
                    key = (hits, out_of_frame > 0.3, rank)
                    if best_ is None or key < best_[0]:
                        best_ = (key, offset)
                return best_[1]

            # r87 (r86 reviews' item 3): each edge's name past its end (or beside it,
            # outside the fan), never inside the fan, whichever meets least of the zoom's
            # lines at the corner and at the smallest t; chosen once, so it follows its tip
            # without jumping. Layout only.
            offsets = []
            taken: list = []
            rays = list(corner_sol.normal_cone)
            for index, (label_, ray) in enumerate(zip(edge_labels, rays)):
                tip, along = edge_ends(corner_sol, ray)
                _, other_along = edge_ends(corner_sol, rays[1 - index])
                outward = np.array([along[1], -along[0], 0.0])
                if float(outward @ other_along) > 0.0:
                    outward = -outward
                size = 0.5 * float(np.hypot(label_.width, label_.height)) + 0.05
                candidates = [size * along, size * (along + outward) / np.sqrt(2.0),
                              size * outward]

                def tip_of(sol_: Solution, ray_: np.ndarray = ray) -> np.ndarray:
                    return edge_ends(sol_, ray_)[0]

                offset = best_offset(label_, tip_of, candidates, taken)
                offsets.append(offset)
                taken.append((label_, tip_of, offset))

            def follow_edge_labels(m: VGroup) -> None:
                sol = corner_state()
                for label_, ray, offset in zip(m, sol.normal_cone, offsets):
                    tip, _ = edge_ends(sol, ray)
                    self.inside_z_frame(label_.move_to(tip + offset), margin=0.06)

            # r87 (r86 reviews' item 3): the purple arrow named by what it is, −∇f(w*) = λg
            # (purple is −∇f everywhere), beside its tip, clear of the edges' names and the
            # zoom's lines (layout only, as above).
            pull_tag = backed(legible(MathTex(r"-\nabla f(w^*) = \lambda g",
                                              font_size=INSET_PULL_FONT,
                                              color=GRADIENT_COLOR)))
            pull_tag[0].stretch_to_fit_width(pull_tag[1].width + 0.04).stretch_to_fit_height(
                pull_tag[1].height + 0.04).move_to(pull_tag[1])
            # Anchored at w* (the arrow's start): below it, beside the diamond's edges, or
            # level with it to a side, whichever meets least (the tip swings as t shrinks).
            down = np.array([0.0, -1.0, 0.0])
            gap_x = 0.5 * pull_tag.width + 0.25
            gap_y = 0.5 * pull_tag.height + 0.25
            # r88 (r87 reviews' item 1/2: it sat on the zoom's border, crossed by the w₂
            # axis and the contour): farther off too, below either diamond edge.
            pull_candidates = [gap_y * down + gap_x * RIGHT, gap_y * down - gap_x * RIGHT,
                               gap_y * down, gap_x * RIGHT, -gap_x * RIGHT,
                               2 * gap_y * down + 1.3 * gap_x * RIGHT,
                               2 * gap_y * down - 1.3 * gap_x * RIGHT,
                               3 * gap_y * down + 1.2 * gap_x * RIGHT,
                               3 * gap_y * down - 1.2 * gap_x * RIGHT]

            def star_at(sol_: Solution) -> np.ndarray:
                return to_scene(self.zaxes, sol_.point)

            pull_offset = best_offset(pull_tag, star_at, pull_candidates, taken)
            # r88 (r87 reviews' items 1 and 2: on the zoom's border, crossed by the w₂ axis
            # and the contour): straight below w*, between the diamond's two edges (which
            # open at 45° there), where that place stays inside the frame at both ends of
            # the sweep; drawn over the w₂ axis line on its dark box. Layout only.
            # (As deep as the frame allows at the smallest t, w*'s lowest place.)
            room = float(star_at(past_sol)[1] - f_low[1]) - 0.5 * pull_tag.height - 0.06
            depth = min(0.5 * (pull_tag.width + pull_tag.height), room)
            if depth >= 0.5 * pull_tag.width:
                pull_offset = depth * down
                pull_tag.set_z_index(6)

            def follow_pull_tag(m: VMobject) -> None:
                self.inside_z_frame(m.move_to(star_at(corner_state()) + pull_offset),
                                    margin=0.06)

            corner_parts.append(pull_tag)
        # r86 (r84 reviews' item 2): "subgradient" defined as the fan comes. r87 (r86
        # reviews' item 1: "its subgradients … fill this fan" mixed the set, a segment, with
        # the cone of its directions): the set said exactly, g = (g_k, ±1) with |g_k| ≤ 1,
        # the panel's row, and the fan named for what it is, the cone they point into.
        zoom_words = "Zoomed in{@zoom}: at" if zoomed else "At"
        zoom_spoken = "Zoomed in{@zoom}: at" if zoomed else "At"
        set_words = f"g = ({pair[0]}, {pair[1]}), |g{sub}| ≤ 1"
        set_spoken = (f"g = ({pair[0]}, {pair[1]}) with g-{zero + 1} between minus 1 and 1"
                      .replace(f"g{sub}", f"g-{zero + 1}"))
        with self.cue(zoom_words + " the corner {norm} has no gradient; its subgradients "
                      "{@set}" + set_words + ", point into this fan{@fan}, the normal "
                      "cone{@this}.",
                      norm=SYMBOLS[self.norm],
                      spoken=zoom_spoken + " the corner the norm has no gradient; its "
                      "subgradients {@set}" + set_spoken + ", point into this fan{@fan}, "
                      "the normal cone{@this}.") as cue:
            paced(cue, chars_per_second=PACE_CHARS_PER_SECOND, at_least=PACE_AT_LEAST)
            if zoomed:
                # The zoom first, nothing else moving.
                cue.play(*(Conceal(m) for m in zoomed_out), *(Conceal(m) for m in left_over),
                         *(Reveal(m) for m in zoom_parts),
                         Reveal(self.z_ball), Reveal(self.z_star), Reveal(self.z_contour),
                         run_time=1.0)
                self.remove(*left_over)
                # The corner marked as its words are read (no still stretch before the set).
                cue.play(Indicate(self.z_ball, color=TEXT_COLOR, scale_factor=1.0),
                         Indicate(self.z_star, color=EMPHASIS_COLOR, scale_factor=1.0),
                         until="set")
            if self.g_line in self.panel_lines:
                self.panel_lines[self.panel_lines.index(self.g_line)] = self.corner_head
            fan.add_updater(follow_fan)
            fan_edges.add_updater(follow_fan_edges)
            for mobject in (fan, fan_edges):
                mobject.update()
            shown = [Create(fan_edges), Reveal(fan),
                     *([] if head_shown else [Reveal(self.corner_head)])]
            if zoomed:
                follow_edge_labels(edge_labels)
                shown.append(Reveal(edge_labels))
            else:
                # The label "w_k* = 0" and its leader leave as the fan comes (the fan
                # fills the place it stood; w* on the axis says it, and the words).
                shown += [Conceal(label), Conceal(leader)]
            cue.play(*shown, at="set", run_time=1.5)
            leader.clear_updaters()
            if zoomed:
                edge_labels.add_updater(follow_edge_labels)
                followers = (*followers, edge_labels)
            cue.play(Indicate(self.corner_head, color=EMPHASIS_COLOR, scale_factor=1.0),
                     until="fan")
            cue.play(Indicate(fan, color=TEXT_COLOR, scale_factor=1.0),
                     Indicate(fan_edges, color=TEXT_COLOR, scale_factor=1.0), until=cue.END)
        if past_t is not None:
            # r81 (r80's items 1 and 2): t shrinks on past the knot: w* stays on the axis
            # while the balance picks g_k inside (−1, 1) (regmath's subgradient, live).
            # r83 (r82's item 1): the sweep under its own words, g's direction (−∇f(w*))
            # drawn in the fan and −∇f(w*) written, live, in the slack's place (the slack is
            # 0 all along: active) as they are named; the ratio only once the sweep has
            # ended, at the t on screen (shown exactly, `past_knot`).
            self.corner_g.add_updater(
                lambda r: r.set_value(float(self.state()[1].normal[zero])))
            fan_pull.add_updater(follow_fan_pull)
            grad_now = -np.asarray(corner_sol.gradient, dtype=float)
            signed = bool(np.any(-np.asarray(past_sol.gradient) < 0.0) or np.any(grad_now < 0.0))
            slot = "{: 6." if signed else "{:5."
            slot += f"{self.live_decimals}f}}"
            # r84 (r83's item 2: squeezed beside H it was set small): −∇f(w*) written at the
            # panel's size in the balance's own row, "−∇f(w*) = (…, …) = λg"; λ's readout
            # and its "(λ > 0)" move to the slack's place beside H (the slack is 0 all
            # along: active). Layout only; the values are regmath's, live.
            grad_line = Readout(r"-\nabla f(w^*) = (" + slot + r",\ " + slot
                                + r") = \lambda g", *grad_now, font_size=PANEL_FONT)
            grad_line.move_to(self.live, aligned_edge=LEFT)
            room = config.frame_width / 2 - TAG_RIGHT_MARGIN - grad_line.get_left()[0]
            if grad_line.width > room:
                grad_line.scale(room / grad_line.width, about_edge=LEFT)
            grad_line.add_updater(lambda r: r.set_values(*(-self.state()[1].gradient)))
            lam_top = max(corner_sol.multiplier, past_sol.multiplier)
            lam_line = Readout(r"\lambda = " + number_format(lam_top, self.live_decimals),
                               self.state()[1].multiplier, font_size=PANEL_FONT,
                               exact_zeros=True)
            self._state = None
            lam_line.move_to(self.slack_line, aligned_edge=LEFT)
            lam_line.add_updater(lambda r: r.set_value(self.state()[1].multiplier))
            old_live, old_binds = self.live, self.binds_again
            new_binds = old_binds.copy()  # its follower places it beside `self.live`
            for mobject in (self.slack_line, old_live, old_binds):
                mobject.clear_updaters()
            self.live, self.binds_again = lam_line, new_binds
            lam_line.update()
            new_binds.update()
            followers = tuple(lam_line if m is old_live else new_binds if m is old_binds else m
                              for m in followers if m is not self.slack_line)
            corner_parts.append(grad_line)
            fan_pull.update()
            follow_pull_tag(pull_tag)
            # r87 (r86 reviews' item 7: "t shrinks on past the corner" read confusing, the
            # corner moves with t): below the knot's t, said (the re-zoom is named above).
            with self.cue("{t} shrinks below {tk}: g, along {neg_grad}{@g}, turns in "
                          "the fan; " + weight(zero).text + "* stays 0.",
                          tk=number(knot_t),
                          spoken="t shrinks below {tk}: g, along minus the gradient"
                          "{@g}, turns in the fan; "
                          + f"w-{zero + 1}-star stays zero.") as cue:
                # (The panel's rows change first: text, no motion; the sweep keeps its full
                # length: the caption is held the second longer.)
                sweep_time = max(cue.until(cue.END) - 0.8, 4.0)
                cue.play(AnimationGroup(
                             AnimationGroup(Conceal(self.slack_line), Conceal(old_live),
                                            Conceal(old_binds)),
                             AnimationGroup(Reveal(grad_line), Reveal(lam_line),
                                            Reveal(new_binds)),
                             lag_ratio=1.0),
                         Conceal(self.corner_head), Reveal(self.corner_g), run_time=1.0)
                cue.play(GrowArrow(fan_pull), Reveal(pull_tag), run_time=0.5)
                pull_tag.add_updater(follow_pull_tag)
                for was, now in ((self.corner_head, self.corner_g), (self.slack_line, lam_line),
                                 (old_live, grad_line)):
                    if was in self.panel_lines:
                        self.panel_lines[self.panel_lines.index(was)] = now
                self.inset_sweep(self.ball_radius, past_t, *followers, self.corner_g,
                                 grad_line, pull_tag, run_time=sweep_time,
                                 rate_func=smooth)
                for mobject in (*followers, self.corner_g, grad_line, fan, fan_edges,
                                fan_pull, pull_tag):
                    mobject.clear_updaters()
            neg_grad = -np.asarray(past_sol.gradient, dtype=float)
            with self.cue("At {t} = {tp}: g" + sub + " = {a} / {b} = {gv}, in the "
                          "fan{@inside}, so " + weight(zero).text + "* stays 0{@why}.",
                          tp=number(past_t), a=number(float(neg_grad[zero])),
                          b=number(past_sol.multiplier),
                          gv=number(float(past_sol.normal[zero])),
                          spoken="At t = {tp}: "
                          f"g-{zero + 1} = {{a}} over {{b}} = {{gv}}, in the "
                          f"fan{{@inside}}, so w-{zero + 1}-star stays zero{{@why}}.") as cue:
                paced(cue, chars_per_second=PACE_CHARS_PER_SECOND, at_least=PACE_AT_LEAST)
                cue.play(Indicate(grad_line, color=PULSE_COLOR, scale_factor=1.0),
                         Indicate(self.live, color=PULSE_COLOR, scale_factor=1.0),
                         Indicate(self.corner_g, color=PULSE_COLOR, scale_factor=1.0),
                         run_time=1.5)
                cue.play(Indicate(fan, color=TEXT_COLOR, scale_factor=1.0),
                         Indicate(fan_pull, color=TEXT_COLOR, scale_factor=1.0),
                         until="inside")
                cue.play(Indicate(self.z_star, color=EMPHASIS_COLOR, scale_factor=1.0),
                         Indicate(self.tangent_dot, color=EMPHASIS_COLOR, scale_factor=1.0),
                         until=cue.END)
        else:
            for mobject in followers:
                mobject.clear_updaters()
        # The conclusion in the panel's title, boxed, as it is said (r77's item 2: only the
        # caption stated it).
        conclusion = Tex(r"A forced $0$ needs an active constraint", font_size=40)
        conclusion.move_to(self.title, aligned_edge=LEFT)
        room = config.frame_width / 2 - TAG_RIGHT_MARGIN - conclusion.get_left()[0]
        if conclusion.width > room:
            conclusion.scale(room / conclusion.width, about_edge=LEFT)
        from manim import SurroundingRectangle  # local: the import block is shared

        box = SurroundingRectangle(conclusion, color=EMPHASIS_COLOR, buff=0.1, stroke_width=2.5)
        # r86 (r84 reviews' item 1): the conclusion said over the corner it is about (active,
        # λ > 0, a weight exactly 0), in one plain clause ("here, in 2-D, at a corner" read
        # cryptic alone); then its other half over its own picture: t grows back to the
        # scene's t, the corner's parts leave, w* returns to ŵ and λ to 0 (regmath's
        # solutions, live), inactive, where this ŵ has no zero weight (said only where no
        # entry of ŵ is 0).
        hat_step = bool(np.all(np.asarray(self.loss.center, dtype=float) != 0.0))
        # (One subtitle: in two, "as here at a corner." stood alone 2 s.)
        # r88 (r87 review's item 7: a "So" that did not follow from the corner alone).
        with self.cue("The constraint forces a 0 only when it is "
                      "active{@active}, as here at a corner{@corner}.",
                      spoken="The constraint forces a zero only when it is "
                      "active{@active}, as here at a corner{@corner}.") as cue:
            cue.play(swap_titles(self.header, conclusion, Reveal(box)), run_time=1.2)
            cue.play(Indicate(self.binds_again, color=EMPHASIS_COLOR, scale_factor=1.0),
                     Indicate(self.live, color=PULSE_COLOR, scale_factor=1.0),
                     until="active")
            cue.play(Indicate(self.z_ball, color=TEXT_COLOR, scale_factor=1.0),
                     Indicate(self.z_star, color=EMPHASIS_COLOR, scale_factor=1.0),
                     until=cue.END)
        # (The corner's t and w*, for the tests: the close returns to the scene's t.)
        self.corner_end_t = self.ball_radius.get_value()
        self.corner_end_point = self.end_dot.get_center().copy() \
            if getattr(self, "end_dot", None) is not None else None
        self.back_to_inactive(hat_step, extra=corner_parts, knot_t=knot_t)
        self.wait(INACTIVE_END_HOLD)

    def back_to_inactive(self, hat_step: bool, *, extra: list[VMobject],
                         knot_t: float) -> None:
        """r86 (r84 reviews' item 1): the closing's inactive half over the inactive picture.

        The corner's parts (``extra``, the zoom or inset, the balance's arrows and rows, the
        contour through w*) leave; t grows back to the scene's t on the main plot, w* and
        λ following regmath's solutions live, until w* = ŵ (inside: the scene refuses a ŵ
        that is not), λ = 0; "w* = ŵ" is written at ŵ again (its drag-beat place: ŵ and
        the plot have not moved since)."""
        inset = [m for m in self.mobjects if self.z_frame in m.get_family()]
        leaving = [*extra, *inset, self.pull, self.push, self.pull_label, self.push_label,
                   self.contour, self.binds_again, self.z_ball, self.z_star, self.z_contour,
                   self.z_region, getattr(self, "z_joins", None), *getattr(self, "z_lifted", [])]
        seen: set[int] = set()
        gone = []
        for m in leaving:
            if m is None or id(m) in seen or m not in self.mobjects:
                continue
            seen.add(id(m))
            gone.append(m)
        for m in gone:
            for member in m.get_family():
                member.clear_updaters()
        self.ball.clear_updaters()
        self.ball.add_updater(lambda g: [part.set_points_as_corners(to_scene(
            self.axes, ball_outline(self.norm, self.ball_radius.get_value(),
                                    samples=self.contour_samples))) for part in g])
        self.constraint_line.clear_updaters()
        self.constraint_line.add_updater(lambda r: r.set_value(self.ball_radius.get_value()))
        self.tangent_dot.clear_updaters()
        self.tangent_dot.add_updater(
            lambda m: m.move_to(to_scene(self.axes, self.state()[1].point)))
        self.live.clear_updaters()
        self.live.add_updater(lambda r: r.set_value(self.state()[1].multiplier))
        followers = (self.ball, self.constraint_line, self.tangent_dot, self.live)
        # r87 (r86 reviews' item 4: the closing gave half the lesson): being active is not
        # enough, said as t grows back through it: between the knot's t and ‖ŵ‖₁ the
        # constraint is active with no weight 0 (regmath's knot; the words' rule checks
        # the solutions between). The sweep runs under them, from the corner's t to ‖ŵ‖₁.
        # (Said where ŵ has no zero weight: then w* keeps ŵ's signs on the open edge.)
        w_gone: list[VMobject] = []
        signed_w = bool(np.any(np.asarray(self.loss.center, dtype=float) < 0.0))
        spec_w = ("{: 6." if signed_w else "{:5.") + str(max(self.hat_digits, 3)) + "f}"
        w_row = Readout(r"w^* = (" + spec_w + r",\ " + spec_w + ")",
                        *self.state()[1].point, font_size=PANEL_FONT)
        self._state = None
        w_row.move_to(self.corner_g, aligned_edge=LEFT)
        if hat_step and knot_t < self.inner:
            with self.cue("Yet active is not enough{@active}: for {tk} < {t} < {tin}, no "
                          "weight is 0{@none}.", tk=number(knot_t),
                          tin=number(self.inner),
                          spoken="Yet active is not enough{@active}: for t between {tk} and "
                          "{tin}, no weight is zero{@none}.") as cue:
                # r88 (r87 reviews' item 3: a 3.5 s sweep with nothing read out): w* read
                # out live in g's row (regmath's solution), and a stop half-way between
                # the knot's t and ‖ŵ‖₁, both weights non-zero there.
                w_row.add_updater(lambda r: r.set_values(*self.state()[1].point))
                w_row.update()
                cue.play(*(Conceal(m) for m in gone), Reveal(w_row), run_time=0.6)
                self.remove(*gone)
                gone = []
                middle = knot_t + 0.5 * (self.inner - knot_t)
                sweep(self, self.ball_radius, middle, *followers, w_row,
                      run_time=1.4, rate_func=smooth)
                cue.play(Indicate(w_row, color=PULSE_COLOR, scale_factor=1.0),
                         Indicate(self.tangent_dot, color=EMPHASIS_COLOR, scale_factor=1.3),
                         run_time=1.4)
                sweep(self, self.ball_radius, self.inner, *followers, w_row,
                      run_time=max(cue.until("none"), 1.2), rate_func=smooth)
                cue.play(Indicate(self.tangent_dot, color=EMPHASIS_COLOR, scale_factor=1.3),
                         until=cue.END)
                w_row.clear_updaters()
                w_gone = [w_row]
        # r87 (r86 reviews' item 5 / 8): ŵ's coordinates on the panel, in g's row (g's
        # row left with the corner), as "w* = ŵ, which has no zero weight" is said: the
        # claim is read off the screen. regmath's solution at the scene's t is ŵ.
        coords = [f"{float(v):.{self.hat_digits}f}" for v in self.loss.center]
        same_tex = (r"w^* = \hat w = (" + coords[0] + r",\ " + coords[1] + ")"
                    if self.hat_digits > 0 else r"w^* = \hat w = " + point(self.loss.center).tex)
        hat_row = MathTex(same_tex, font_size=PANEL_FONT)
        hat_row.move_to(self.corner_g, aligned_edge=LEFT)
        room = config.frame_width / 2 - TAG_RIGHT_MARGIN - hat_row.get_left()[0]
        if hat_row.width > room:
            hat_row.scale(room / hat_row.width, about_edge=LEFT)
        hat_words = ", which has no zero weight" if hat_step else ""
        with self.cue("Back at {t} = {t0}, inactive{@back}: {w_star} = {w_hat}"
                      + hat_words + "{@hat}.", t0=number(self.t),
                      spoken="Back at t = {t0}, inactive{@back}: w-star is w-hat"
                      + hat_words + "{@hat}.") as cue:
            if gone:
                cue.play(*(Conceal(m) for m in gone), run_time=0.6)
                self.remove(*gone)
            sweep(self, self.ball_radius, self.t, *followers,
                  run_time=max(cue.until("back"), 1.5), rate_func=smooth)
            for m in followers:
                m.clear_updaters()
            cue.play(Reveal(self.same), Reveal(hat_row), *(Conceal(m) for m in w_gone),
                     Indicate(self.center_marker, color=CENTER_COLOR, scale_factor=1.3),
                     Indicate(self.live, color=PULSE_COLOR, scale_factor=1.0),
                     until=cue.END)

    def open_corner_zoom(self, solutions: list[Solution], zero: int,
                         moving: list[VMobject]) -> tuple[list[VMobject], VGroup]:
        """r84 (r83's review item 1): the second zoom, on the corner, in the inset's place.

        Its view is regmath's `corner_zoom_view` over the corners of ``solutions`` (the
        knot and the smallest t shown), the fan opening along the nonzero weight's sign,
        at `CORNER_ZOOM_GAIN` times the inset's scale. Its frame, the zero weight's axis
        line (w_k = 0, where w* stays) and the other where the view holds it, their names,
        the region's outline on the main plot and its joins are built; ``self.zaxes`` and
        ``self.zview`` become the zoom's, so w*, the ball, the contour and ``moving`` are
        drawn there from their next update (they leave the inset's group and the scene,
        to be revealed with the zoom). Returns (the zoom's new parts + a last element,
        the group of what fades out), and the fan edges' labels (regmath's cone rays).
        Layout only: every point is regmath's or the view's."""
        old_low, old_high = box_of(self.z_frame)
        holders = [m for m in self.mobjects if self.z_frame in m.get_family()]
        corners = np.array([sol.point for sol in solutions])
        other = 1 - zero
        opening = np.zeros(2)
        opening[other] = float(np.sign(corners[0][other])) or 1.0
        side = max(self.zview.width, self.zview.height) / CORNER_ZOOM_GAIN
        # r88: large enough that both corners, and room past the farther for the fan, stay
        # in the view (a corner that moves far left it: quadrant-3's dot in the captions).
        spread = float(np.ptp(corners[:, other])) if len(corners) > 1 else 0.0
        side = max(side, spread / max(1.0 - CORNER_ZOOM_BEHIND - CORNER_ZOOM_FAN_ROOM, 0.1))
        view = corner_zoom_view(corners, opening, side=side, behind=CORNER_ZOOM_BEHIND)
        axes = make_axes(view, side=ZOOM_SIDE + CORNER_ZOOM_GROW,
                         center=ZOOM_CENTER + CORNER_ZOOM_SHIFT,
                         font_size=INSET_TICK_FONT)[0]
        # What fades: the inset's group and everything drawn over its frame (its labels,
        # numbers, ŵ, the dashed outline), with static copies of what moves on into the
        # zoom (they fade in the inset as they appear in the zoom).
        keep = {id(m) for m in (self.z_ball, self.z_star, self.z_contour, *moving)}
        for holder in holders:
            for m in (self.z_ball, self.z_star, self.z_contour, *moving):
                if m in holder.submobjects:
                    holder.remove(m)
        fading = [*holders, *(m for m in (self.z_region, getattr(self, "z_joins", None))
                              if m is not None and m in self.mobjects)]
        for m in list(self.mobjects):
            if id(m) in keep or m in fading or not isinstance(m, VMobject):
                continue
            if not len(m.get_all_points()):
                continue
            center = m.get_center()[:2]
            if np.all(center >= old_low - 0.05) and np.all(center <= old_high + 0.05):
                fading.append(m)
        copies = [m.copy().clear_updaters() for m in
                  (self.z_ball, self.z_star, self.z_contour, *moving)
                  if m in self.get_mobject_family_members()]
        for m in fading:
            for member in m.get_family():
                member.clear_updaters()
        self.remove(self.z_ball, self.z_star, self.z_contour, *moving)
        self.add(*copies)
        self.zview = view
        self.zaxes = axes
        corner_pts = frame_outline(view)
        frame = polyline(axes, corner_pts, **INSET_STYLE)
        self.z_frame = frame
        region = polyline(self.axes, corner_pts, **INSET_STYLE)
        joins = VGroup(*(VMobject(**INSET_STYLE).set_points_as_corners(
            [to_scene(self.axes, corner_pts[a]), to_scene(axes, corner_pts[b])])
            for a, b in ((2, 3), (1, 0))))
        lines = VGroup()
        names = VGroup()
        ranges = (view.x_range, view.y_range)
        for k in range(2):
            # The line w_k = 0 (the w_{other} axis) where the view holds it.
            if not ranges[k][0] < 0.0 < ranges[k][1]:
                continue
            ends = np.zeros((2, 2))
            ends[:, 1 - k] = ranges[1 - k][:2]
            line = polyline(axes, ends, stroke_color=TEXT_COLOR, stroke_width=2,
                            stroke_opacity=0.8)
            lines.add(line)
            name = legible(MathTex(f"w_{2 - k}", font_size=INSET_TICK_FONT,
                                   color=TEXT_COLOR))
            far = to_scene(axes, ends[1])
            name.next_to(far, LEFT + DOWN if k == 0 else DOWN + LEFT, buff=0.08)
            names.add(self.inside_z_frame(name, margin=0.06))
        # r87 (r86 reviews' item 3: "(−1, 1)" in the fan's colour on the fan, lines through
        # it): on a thin dark box, lighter than the fan. Layout only.
        edge_labels = VGroup()
        for ray in solutions[0].normal_cone:
            tag = backed(legible(MathTex(
                point(np.asarray(ray, dtype=float)).tex, font_size=INSET_LABEL_FONT,
                color=CONE_COLOR.interpolate(TEXT_COLOR, 0.6))))
            tag[0].stretch_to_fit_width(tag[1].width + 0.04).stretch_to_fit_height(
                tag[1].height + 0.04).move_to(tag[1])
            edge_labels.add(tag)
        for m in (self.z_ball, self.z_star, self.z_contour, *moving):
            m.update()
        self.add(self.z_ball, self.z_contour, self.z_star)
        self.add(*moving)
        self.z_region = region
        return [frame, region, joins, lines, names, VGroup(*fading, *copies)], edge_labels

    def fan_reach(self, solutions: list[Solution], share: float, *,
                  keep: float = 0.9) -> float:
        """The fan's reach in the current zoom: ``share`` of its shorter side, and inside
        its frame at each of ``solutions``' corners (``keep`` of the unit wedge's reach to
        each side of the view from w*: regmath's wedge; layout only)."""
        view = self.zview
        fan_length = share * min(view.width, view.height)
        for sol in solutions:
            unit = normal_cone_wedge(sol, length=1.0) - sol.point
            low = np.array([view.x_range[0], view.y_range[0]]) - sol.point
            high = np.array([view.x_range[1], view.y_range[1]]) - sol.point
            for k in range(2):
                for bound in (low[k], high[k]):
                    reach = [bound / u for u in unit[:, k] if u * bound > 1e-12]
                    if reach:
                        fan_length = min(fan_length, keep * min(reach))
        return fan_length

    def sum_up(self, followers: tuple) -> None:
        """The ending where no corner is shown (ridge, or a knot out of the inset's view):
        the scene's answer, t ≥ ‖ŵ‖ ⇔ λ = 0 ⇔ w* = ŵ, boxed in the title's place."""
        for mobject in followers:
            mobject.clear_updaters()
        norm_hat = SYMBOLS[self.norm].text.replace("w", "ŵ")
        norm_hat_tex = SYMBOLS[self.norm].tex.replace("w", r"\hat w")
        summary = MathTex(rf"t \ge {norm_hat_tex}\ \Leftrightarrow\ \lambda = 0\ "
                          r"\Leftrightarrow\ w^* = \hat w", font_size=PANEL_FONT)
        summary.move_to(self.title, aligned_edge=LEFT)
        from manim import SurroundingRectangle  # local: the import block is shared

        box = SurroundingRectangle(summary, color=EMPHASIS_COLOR, buff=0.1, stroke_width=2.5)
        with self.cue("So{@sum}: {t} ≥ {norm_hat} ⇔ {lam} = 0 ⇔ {w_star} = {w_hat}; "
                      "inactive exactly when {t} > {norm_hat}{@answer}.", norm_hat=norm_hat,
                      spoken="So{@sum}: t at least the norm of w-hat, lambda = 0, and w-star "
                      "equal to w-hat all say the same thing; inactive exactly when t is above "
                      "the norm of w-hat{@answer}.") as cue:
            cue.play(swap_titles(self.header, summary), run_time=1.0)
            # The box drawn across the words (no still stretch over 4 s with the hold).
            cue.play(Create(box), until=cue.END)
        self.wait(INACTIVE_END_HOLD)

    @staticmethod
    def _dense(points: np.ndarray, step: float = 0.02) -> np.ndarray:
        """Scene points along a polyline's chords, every ``step`` (layout only)."""
        points = np.asarray(points, dtype=float)[:, :2]
        out = [points[:1]]
        for a, b in zip(points[:-1], points[1:]):
            count = max(int(float(np.linalg.norm(b - a)) / step), 1)
            out.append(a + np.outer(np.linspace(0.0, 1.0, count + 1)[1:], b - a))
        return np.vstack(out)

    def vary_radius_at_origin(self) -> None:
        """ŵ = 0: every ball holds it, so shrinking the ball changes nothing at all."""
        t0 = self.t
        self.ball.add_updater(lambda g: [part.set_points_as_corners(to_scene(
            self.axes, ball_outline(self.norm, self.ball_radius.get_value(),
                                    samples=self.contour_samples))) for part in g])
        self.constraint_line = self.problem[1]
        with self.cue("Shrink the {ball}{@shrink}: {w_hat} = 0 stays inside every ball, so "
                      "{w_star} = {w_hat} and {lam} = 0 for every {t} above 0{@done}.",
                      ball=BALL_NAMES[self.norm]) as cue:
            self.play(*(Conceal(m) for m in self.verdict),
                      *(Conceal(r) for r in getattr(self, "inside", [])), run_time=0.8)
            self.ball_label.add_updater(self.follow_ball_label)
            sweep(self, self.ball_radius, 0.3 * t0, self.ball, self.ball_label,
                  run_time=cue.until("done"),
                  rate_func=smooth)
            sweep(self, self.ball_radius, t0, self.ball, self.ball_label, run_time=1.5,
                  rate_func=smooth)
            self.ball_label.clear_updaters()
        self.ball.clear_updaters()

    def knot_point(self) -> np.ndarray | None:
        """The lasso path's first knot (regmath's `knot_events`) where one weight of w*
        becomes exactly 0 and the other stays, if its t is at least KNOT_SHOWN_SHARE of
        ‖ŵ‖₁; else None (ridge: None)."""
        if self.norm != "l1" or self.inner == 0.0:
            return None
        events = knot_events(self.loss)
        if not events or events[0].last or len(events[0].leaving) != 1:
            return None
        point = np.asarray(events[0].point, dtype=float)
        if float(lp_norm(point, 1.0)) < KNOT_SHOWN_SHARE * self.inner:
            return None
        return point

    def end_knot(self) -> np.ndarray | None:
        """The corner the ending shrinks w* onto: the lasso path's first knot (regmath's
        `knot_events`), where one weight of w* becomes exactly 0 and the other stays, if it
        lies at a t worth showing (at least KNOT_SHOWN_SHARE of ‖ŵ‖₁) inside the inset's
        view; else None."""
        point = self.knot_point()
        if point is None:
            return None
        # Shown in the inset: the corner (and so the straight way to it from ŵ) inside its
        # view, a little in from its frame.
        view = getattr(self, "zview", None)
        if view is None:
            return None
        margin = 0.04 * np.array([view.x_range[1] - view.x_range[0],
                                  view.y_range[1] - view.y_range[0]])
        low = np.array([view.x_range[0], view.y_range[0]]) + margin
        high = np.array([view.x_range[1], view.y_range[1]]) - margin
        if not bool(np.all((point >= low) & (point <= high))):
            return None
        return point

    def tip_label(self, mobject: VMobject, arrow: MovingArrow) -> None:
        """Past the arrow's tip, stepped on along it off the ball and the zoomed region's
        outline (layout only)."""
        self.beside_arrow(mobject, arrow, at_tip=True)
        along = arrow.get_end() - arrow.get_start()
        if float(np.linalg.norm(along)) > 1e-9:
            self.slide_off(mobject, along, [self.ball, self.through, self.z_region], tries=20)
            # r82 (r81's item 4): off the zoomed region's outline by a visible gap (it sat
            # on its top edge, 97–100 s).
            self.slide_off(mobject, along, [self.z_region], tries=20, margin=0.1)

    def scale_shown(self, mobject: VMobject) -> None:
        """The main plot's balance (arrows and labels) faded in by `main_show` as the ending
        draws it there (layout only: opacity over the followers' own)."""
        k = float(self.main_show.get_value())
        if isinstance(mobject, MovingArrow):
            opacity = self.arrow_opacity() * k
            mobject.shaft.set_stroke(opacity=opacity)
            mobject.head.set_fill(opacity=opacity)
        else:
            base = getattr(mobject, "_shown", None)
            mobject.set_opacity((1.0 if base is None else float(base)) * k)
        mobject._shown = None  # the follower sets its own opacity again next frame

    def past_knot(self) -> float | None:
        """r81 (r80's items 1 and 2): the t the ending shrinks on to past the corner,
        `PAST_KNOT_SHARE` of the knot's t (regmath's `knot_events`), if w* is still on that
        corner there with |g_k| < 1 strictly on the zero weight (regmath's solution: the
        balance picks g_k inside (−1, 1)); else None (no such beat)."""
        point = self.knot_point()
        if point is None:
            return None
        zero = int(np.flatnonzero(point == 0.0)[0])
        # r83 (r82's review: "t = 0.074" beside numbers computed at 0.0736): the t shown
        # exactly, rounded to the digits the live t is read with (the constraint's line and
        # the radius tag), so the ending's numbers are those of the t on screen.
        radius = round(PAST_KNOT_SHARE * float(lp_norm(point, 1.0)),
                       decimals_for(RADIUS_BELOW * self.inner))
        if not 0.0 < radius < float(lp_norm(point, 1.0)):
            return None
        sol = constrained(self.loss, norm=self.norm, radius=radius)
        if not (sol.at_corner and sol.point[zero] == 0.0 and sol.multiplier > 0.0
                and abs(float(sol.normal[zero])) < 1.0):
            return None
        return radius

    def outline_anchor(self, radius: float, *, turn: int = -1) -> np.ndarray:
        """regmath's boundary point of this radius in the direction of ŵ turned ``turn``
        quarters anticlockwise (-1: a quarter clockwise; 2: opposite ŵ) (0 for ŵ = 0 or
        radius 0)."""
        c = self.loss.center
        # layout: a direction, not a drawn point
        aside = {-1: np.array([c[1], -c[0]]), 1: np.array([-c[1], c[0]]), 2: -np.asarray(c)}[turn]
        if radius == 0.0 or not np.any(aside):
            return np.zeros(2)
        # regmath's boundary point on that ray (the diamond's outline has only its
        # corners, so the nearest outline point was a corner on an axis, and the label
        # sat on the axis: a reviewer's complaint).
        return boundary_towards(aside, norm=self.norm, radius=radius)

    def meets_below(self) -> bool:
        """Whether the penalty sweep passes the radius beat's last multiplier: the lasso
        (its penalty weight is the multiplier) with 0 < λ(t below) < the largest λ shown."""
        if self.norm != "l1" or self.inner == 0.0:
            return False
        lam = constrained(self.loss, norm=self.norm, radius=RADIUS_BELOW * self.inner).multiplier
        return 0.0 < lam < self.penalty_top()[0]

    def penalty_top(self) -> tuple[float, float | None]:
        """The largest penalty shown, and the lasso knot where the first weight reaches 0
        (None for ridge, which never reaches 0, or when every weight leaves at λ_max)."""
        if self.penalty_path is None:
            return float(np.max(self.loss.eigenvalues)), None
        knots = self.penalty_path.knots
        lam_max = float(knots[0])
        interior = [float(k) for k in knots[1:] if 0.0 < k < lam_max]
        if interior:
            first = min(interior)  # the first knot met as λ grows from 0
            return 0.8 * first, first  # stop before a weight reaches 0: that is the next chapter
        return 0.6 * lam_max, None

    def penalty_shown(self) -> float:
        """The largest λ the penalty beat shows: the radius beat's λ at its smallest t where
        the sweep meets that ring (it stops there, r66: below the lasso knot, so w*(λ) has
        no zero weight and g = sign(w*) all along), else `penalty_top`."""
        if self.meets_below():
            return constrained(self.loss, norm=self.norm,
                               radius=RADIUS_BELOW * self.inner).multiplier
        return self.penalty_top()[0]
