"""Where the story starts: two ways to measure w, and the unit ball as p changes.

    manim render -pql scenes/norms.py NormsAsDistances
    manim render -pql scenes/norms.py UnitBalls

The data are class attributes; a variant is a subclass that overrides them:

    class MyPoint(NormsAsDistances):
        point = (-2.0, 1.5)

    class MyDial(UnitBalls):
        stops = (1.0, 1.5, 3.0, float("inf"))

Storyboard of NormsAsDistances, one section per beat:

* point: the plane of two weights, and w in it; how far is it from 0?
* manhattan: walk along the axes, leg |w₁| then leg |w₂|; their sum is ‖w‖₁.
* euclidean: go straight; with the legs it is a right triangle, and
  Pythagoras gives ‖w‖₂.
* compare: for any point v the straight line is never longer (equal only on
  an axis), because (|v₁| + |v₂|)² = v₁² + v₂² + 2|v₁||v₂| ≥ v₁² + v₂², written
  piece by piece as it is said.
* diamond: every point as far as w in L1 forms a diamond; v slides along it
  with both lengths live (the L1 length stays, the L2 length swings), one
  sentence per stop: least on a diagonal, greatest at a corner (where the
  rule's "=" holds), then on round. The live sum's digits always add up
  (`regmath.lp.rounded_sum`); where they cannot show |v₁| = |v₂|, the line
  is written exactly while v stays (√5 + √5 = 2√5 ≈ 4.47).
* circle: the same for L2 and the circle, with the stops in the diamond's order
  (first where v crosses |v₁| = |v₂|, then the axis after it; `walk_stops`).
* corners: the diamond's corners are on the axes, the circle has none; the
  lasso adds λ‖w‖₁ to the loss f(w) (both on the panel), and its zeros will
  come from those corners.

Storyboard of UnitBalls: the family ‖w‖_p and its unit ball (section
"ball"), then one section per stop of the dial p (named "p=0.5", "p=inf"):
the ball morphs there under words that name each change as it happens (a
live p, the landmarks p = 1 and p = 2 marked when crossed) and the stop is
described from the ball's facts (convex iff p ≥ 1, corners on the axes iff
p ≤ 1). Below 1, the triangle inequality fails at (1, 0) + (0, 1) = 2·(½, ½).
At p = 1 the corner's two edges at (1, 0) are drawn with the fan of normals,
and a line perpendicular to one of them slides in from outside to the corner
and turns inside the fan (`support_line`); leaving 1 the fan closes into one
normal and the edges go, the dial rests above it, and the one vertical tangent
is drawn where the words say the edges merged (with
``slight_rest`` it rests just above 1, at ``slight_p``, where a box magnifies
(1, 0)). "summary": why convexity matters (local minima are
global), and only p = 1 is both convex and cornered on the axes.

Every coordinate comes from `regmath.lp` (the lengths, the walk, the label
anchors, the balls, the dial), and every claim is chosen by its facts for
the data; data a scene cannot show truthfully are refused in ``setup()``,
before the first frame, naming the attribute.
"""

from __future__ import annotations

from typing import Any, Callable, ClassVar, NamedTuple

import numpy as np
from manim import (
    AnimationGroup,
    Arrow,
    Axes,
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Animation,
    Circle,
    Circumscribe,
    Create,
    DashedVMobject,
    Dot,
    Flash,
    LaggedStart,
    Line,
    ManimColor,
    MathTex,
    NumberLine,
    Tex,
    Transform,
    Triangle,
    ValueTracker,
    VGroup,
    VMobject,
    Wait,
    Write,
    ShowPassingFlash,
    BackgroundRectangle,
    interpolate_color,
    smooth,
    there_and_back,
)

from regmath.drawing import ViewBox, ball_outline, frame_outline, view_box
from regmath.sparsity import support_line
from regmath.lp import (
    LANDMARKS,
    BallFacts,
    TwoLengths,
    axis_arc,
    axis_points,
    axis_normals,
    axis_zoom,
    axis_tangents,
    ball_support,
    ball_facts,
    chord_on_edge,
    ball_facts_between,
    circle_from,
    convexity_chord,
    triangle_test,
    diagonal_lines,
    diagonal_points,
    lp_ball_boundary,
    manhattan_path,
    norm_range_on_sphere,
    outward,
    turned_outward,
    p_from_scale,
    p_scale,
    equal_legs,
    rounded_sum,
    right_angle_at,
    sphere_walk,
    walk_fraction,
    walk_stops,
    street_grid,
    two_lengths,
    walk_label_direction,
    walk_labels,
)
from scenes.toolkit import palette
from scenes.toolkit.emphasis import Indicate
from scenes.toolkit.motion import sweep
from scenes.toolkit.narration import KEY_SETTLE_SECONDS, Cue, hold
from scenes.toolkit.notation import (
    Number,
    Phrase,
    decimals_for,
    number,
    numbers,
    point,
)
from scenes.toolkit.params import (
    Check,
    InvalidArgumentError,
    increasing,
    point as a_point,
    refuse,
)
from scenes.toolkit.readout import Readout, number_format
from scenes.toolkit.reveal import Conceal, Dim, Reveal, Undim
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import (
    BALL_COLORS,
    CAPTION_TOP,
    CENTER_COLOR,
    NORMAL_COLOR,
    PANEL_LEFT,
    PANEL_RIGHT,
    TEXT_COLOR,
    legible,
    make_axes,
    marker,
    place_clear,
    polyline,
    to_scene,
)

__all__ = ["NormsAsDistances", "UnitBalls"]

L1_COLOR, L2_COLOR = BALL_COLORS["l1"], BALL_COLORS["l2"]
#: Exact zeros (the diamond's corners, the points on the axes) are yellow, as everywhere.
ZERO_COLOR = NORMAL_COLOR
PANEL_FONT = 32
PANEL_GAP = 0.2
TITLE_FONT = 40
#: Added to the z-index of what an animation moves, for its length (see `NormsScene`).
LIFT_Z = 20


# TOOLKIT: `NormsScene.play` (lift what an animation moves above still labels while it plays)
# generalizes `motion.sweep` to every play; it belongs in `StoryScene`.
class NormsScene(StoryScene):
    """A scene of this file: text panel on the right, and animations drawn on top.

    Manim's Cairo renderer redraws, in every frame of an animation, every
    mobject from the first animated one on in drawing order (z-index, then
    order added). A curve drawn at z 0 therefore redraws every label, dot
    and tick number above it (z 4 to 5) in each frame. `play` lifts what the
    animations move above everything still for the animation's length, and
    lifts with it the still mobjects above them that it might cross, so the
    layering on screen is unchanged; each frame redraws the animated
    mobjects and those few labels only. (`scenes.toolkit.motion.sweep` does
    the same for followers of a tracker.)
    """

    title: VMobject
    panel_lines: list[VMobject]

    def play(self, *animations: Any, **kwargs: Any) -> None:
        moved = [a.mobject for a in animations
                 if isinstance(a, Animation) and not isinstance(a, Wait)]
        if not moved:
            super().play(*animations, **kwargs)
            return
        members = [m for mob in moved for m in mob.get_family()]
        lowest = min(m.z_index for m in members)
        ids = {id(m) for m in members}
        trace = _outline_points([m for m in members if m.has_points()])
        still = [m for top in self.mobjects for m in top.get_family()
                 if id(m) not in ids and m.has_points() and m.z_index > lowest]
        crossed = [m for m in still if _box_holds(m, trace, margin=CROSS_MARGIN)]
        lifted = [*members, *crossed]
        saved = [m.z_index for m in lifted]
        for m in lifted:
            m.z_index += LIFT_Z
        try:
            super().play(*animations, **kwargs)
        finally:
            for m, z in zip(lifted, saved):
                m.z_index = z

    def add_panel_line(self, line: VMobject, *, gap: float = PANEL_GAP) -> VMobject:
        """Place ``line`` under the panel's last line (or the title) and remember it."""
        above = self.panel_lines[-1] if self.panel_lines else self.title
        line.next_to(above, DOWN, buff=gap + (0.12 if above is self.title else 0.0),
                     aligned_edge=LEFT)
        self.panel_lines.append(line)
        return line

    def make_title(self, text: str) -> Tex:
        title = Tex(text, font_size=TITLE_FONT).to_corner(UP + LEFT, buff=0.35)
        return title.align_to([PANEL_LEFT, 0, 0], LEFT)


#: How near (scene units) a moving curve may pass a still label before the label is lifted
#: with it; Indicate grows a mobject by up to a fifth, Flash reaches 0.3 out.
CROSS_MARGIN = 0.35


def _outline_points(mobjects: list[Any], spacing: float = 0.05) -> np.ndarray:
    """Points along every curve of the mobjects (x, y), at most ``spacing`` apart on each chord."""
    pieces = [np.zeros((0, 2))]
    for mobject in mobjects:
        p = mobject.points[:, :2]
        starts, ends = p[0::4], p[3::4]
        if not len(ends):
            continue
        starts = starts[:len(ends)]
        counts = np.ceil(np.linalg.norm(ends - starts, axis=1) / spacing).astype(int) + 1
        which = np.repeat(np.arange(len(counts)), counts)
        # t runs 0 … 1 within each chord.
        offsets = np.arange(len(which)) - np.repeat(np.cumsum(counts) - counts, counts)
        t = (offsets / np.maximum(np.repeat(counts, counts) - 1, 1))[:, np.newaxis]
        pieces.append(starts[which] + t * (ends[which] - starts[which]))
    return np.concatenate(pieces)


def _box_holds(mobject: Any, points: np.ndarray, *, margin: float) -> bool:
    """Whether any of ``points`` lies in the mobject's box grown by ``margin``."""
    if not len(points):
        return False
    low = mobject.get_corner(DOWN + LEFT)[:2] - margin
    high = mobject.get_corner(UP + RIGHT)[:2] + margin
    return bool(np.any(np.all((points >= low) & (points <= high), axis=1)))


# TOOLKIT: `style.place_clear` tries every compass direction at its nearest gap before a
# larger gap in the preferred direction, so a segment's label drifts to its ends; this keeps
# it on its side first.
def place_beside(label: Any, point: np.ndarray, direction: np.ndarray, obstacles: list[Any],
                 *, minor: list[Any] = ()) -> Any:
    """Put a segment's ``label`` on its side ``direction`` (a problem direction) of its
    midpoint ``point``: the nearest gap in BESIDE_GAPS where it covers no obstacle; then
    the other side, if it is clear of the curves of ``minor`` too (a label cut by the
    diamond drawn later reads badly); then its side touching ``minor``. Only when both
    sides are full does `place_clear` look around the point."""
    solid = _outline_points([m for o in obstacles for m in o.family_members_with_points()])
    faint = _outline_points([m for o in minor for m in o.family_members_with_points()])
    side = np.array([direction[0], direction[1], 0.0])
    everything = np.concatenate([solid, faint])
    for points, sign in ((everything, 1.0), (everything, -1.0), (solid, 1.0), (solid, -1.0)):
        for gap in BESIDE_GAPS:
            label.next_to(point, sign * side, buff=gap)
            if not _box_holds(label, points, margin=0.04):
                return label
    return place_clear(label, point, direction, obstacles, minor=minor, buff=LABEL_BUFF)


# =============================================================== NormsAsDistances
def trace(mobject: VMobject, color: ManimColor) -> Animation:
    """Mark a line by running a bright, wide stroke along it: unlike Indicate, which
    scales it about its centre, nothing pokes past its ends (a leg past 0 or past w)."""
    return ShowPassingFlash(mobject.copy().clear_updaters().set_stroke(color=color,
                                                                      width=TRACE_WIDTH),
                            time_width=TRACE_SHARE)


def glow(mobject: VMobject, color: ManimColor) -> Animation:
    """Mark a panel line by brightening it towards white and back: unlike Indicate's
    default, it does not grow, so the line stays in the panel's column."""
    return Indicate(mobject, scale_factor=1.0,
                    color=interpolate_color(color, palette.TEXT, GLOW_SHARE))


def pulse_dot(dot: VMobject, color: ManimColor) -> Animation:
    """Mark a point by growing its dot and back: unlike Flash, no rays cross the labels
    beside it (review r36, 2)."""
    return Indicate(dot, color=color, scale_factor=DOT_PULSE_SCALE)


#: How much `pulse_dot` grows a dot.
DOT_PULSE_SCALE = 1.8
#: How far `glow` brightens a line towards white.
GLOW_SHARE = 0.65
#: The bright stroke `trace` runs along a line: its width and its share of the line.
TRACE_WIDTH, TRACE_SHARE = 12, 0.5


def shown_value(shown: Number) -> float:
    """The value a number on screen writes (its TeX read back): "3.16" -> 3.16."""
    mantissa, _, power = shown.tex.partition(r"\times 10^")
    value = float(mantissa)
    return value * 10.0 ** int(power.strip("{}")) if power else value


def exactly(shown: Number | list[Number], values: float | list[float]) -> bool:
    """Whether the shown number(s) write the value(s) exactly, not rounded."""
    pairs = zip(shown, values) if isinstance(shown, list) else [(shown, values)]
    return all(shown_value(n) == float(v) for n, v in pairs)


def relation(exact: bool) -> Number:
    """"=" between a value and a number that writes it exactly, "≈" when it is rounded."""
    if exact:
        return Number(text="=", spoken="is", tex="=")
    return Number(text="≈", spoken="is about", tex=r"\approx")


def about(shown: Number, value: float) -> Number:
    """A number in prose: "4", or "about 2.83" when the shown digits are rounded."""
    if exactly(shown, value):
        return shown
    return Number(text="about " + shown.text, spoken="about " + shown.spoken, tex=shown.tex)


#: The larger |wᵢ| must lie in this range: tick steps and live digits stay readable.
# TOOLKIT: below it `style.decimals` fails on a tick step printed as "1e-05" (IndexError).
MIN_SCALE, MAX_SCALE = 1e-3, 1e4
#: A nonzero leg shorter than this share of the longer one would be a few pixels long.
MIN_LEG_SHARE = 0.05
#: The right-angle mark's side, as a share of the shorter leg (capped by the view).
RIGHT_ANGLE_SHARE = 0.3
RIGHT_ANGLE_VIEW = 0.04
#: Labels beside a leg keep this far from it: clear of the axis' tick marks (0.1 each side).
LABEL_BUFF = 0.2
#: The distances from its segment a label tries, nearest first.
BESIDE_GAPS = (0.2, 0.35, 0.5, 0.7)
LABEL_FONT = 28
#: The reason for ‖v‖₂ ≤ ‖v‖₁, one line under it: a little smaller, to fit the panel.
REASON_FONT = 30
#: The shortest stretch of a walk (s): shorter would look like a jump.
MIN_WALK = 1.0
#: The fastest a lap may be walked (s): v stays easy to follow.
LAP_TIME = 8.0
#: How long v stays, marked, at the point where the other length is least or greatest (s).
STOP_TIME = 2.0
#: A ball passing this near a label's glyphs (scene units) runs through its dark outline.
CUT_MARGIN = 0.08
#: Room (scene units) a live line leaves at the panel's right for the box around it.
BOX_ROOM = 0.3
#: Scene units kept between a ball's name and anything crossing it; its grid of tries.
CLEARANCE_BALL, BALL_LABEL_GRID = 0.08, 41
#: The card under a leg label while the streets show: this much round its glyphs.
STREET_CARD_BUFF = 0.05
#: The diamond's opacity while v tours the circle; the ring left at w.
OLD_BALL_DIM = 0.35
W_RING_RADIUS, W_RING_OPACITY = 0.13, 0.6
#: v's label: its gap from the dot, and how far it turns ahead of the outward direction.
WALKER_GAP, WALKER_TURN = 0.15, np.pi / 6
#: The tick numbers while v walks: faint (v and its legs cross them), but still there.
TICK_DIM = 0.3
#: The diamond's "‖v‖₁ = 4" while v tours the circle: dimmed, but still legible.
BALL_NAME_DIM = 0.55
#: The last frame's hold after the last words (s).
FINAL_HOLD = 1.5
#: The flash at each point on the axes that v passes on its way back (s).
CORNER_FLASH = 0.6
#: The index in `regmath.lp.diagonal_points` of the quadrant of (w₁ ≥ 0, w₂ ≥ 0).
QUADRANTS = {(True, True): 0, (False, True): 1, (False, False): 2, (True, False): 3}
#: The walked path is drawn this much wider than the straight segment on top of it, so
#: both show where they coincide (on an axis).
PATH_WIDTH, SEGMENT_WIDTH = 9, 5


class NormsAsDistances(NormsScene):
    """Two ways to measure how far w is from 0: along the axes (L1), or straight (L2)."""

    #: w: off the diagonal, so the diamond and the circle through it look different.
    point: ClassVar[tuple[float, float]] = (3.0, 1.0)

    parameters = {"point": a_point()}
    #: The balls' names go outside both balls, clear of everything v and the dashed lines
    #: cross (`place_ball_label`).
    ball_labels_outside: ClassVar[bool] = True
    #: v's label turns this far from outward (radians; see `follow_walker_label`).
    walker_turn: ClassVar[float] = -WALKER_TURN
    #: The diamond is faint while v tours the circle (v's label passes between them).
    dim_old_ball: ClassVar[bool] = True

    # ------------------------------------------------------------------ data
    def setup(self) -> None:
        super().setup()
        self.lengths: TwoLengths = two_lengths(self.data["point"])
        self.check_story()
        self.w = self.lengths.point
        self.l1, self.l2 = self.lengths.l1, self.lengths.l2
        self.diamond_range = norm_range_on_sphere(1.0, 2.0, self.l1)   # ‖w‖₂ on the diamond
        self.circle_range = norm_range_on_sphere(2.0, 1.0, self.l2)    # ‖w‖₁ on the circle
        self.view: ViewBox = view_box([ball_outline("l1", self.l1), ball_outline("l2", self.l2),
                                       self.w])
        self.path_points = manhattan_path(self.w)
        self.axes_group = make_axes(self.view, keep_clear=[self.w], avoid=self.key_curves())
        self.axes = self.axes_group[0]
        self.walk = ValueTracker(0.0)
        self.sphere = 1.0  # the sphere the walk goes round (p)
        self.panel_lines: list[VMobject] = []
        self.values = self.get_values()
        # The live lines' places: enough for the shortest nonzero length they show.
        nonzero = [x for x in (*self.lengths.legs, self.l2) if x > 0.0]
        self.live_places = max(1, decimals_for(min(nonzero)))
        self.live_size = float(PANEL_FONT - 2)
        self.ball_cut_memo: dict[int, bool] = {}

    def check_story(self) -> None:
        """Refuse a w whose picture would hide the lesson."""
        lengths = self.lengths
        shown = point(lengths.point).text
        if lengths.l1 == 0.0:
            raise refuse("point", "is (0, 0): both lengths are 0 and the diamond and the circle "
                         "through it shrink to a dot; pick a point away from the origin")
        largest, smallest = max(lengths.legs), min(lengths.legs)
        if not MIN_SCALE <= largest <= MAX_SCALE:
            raise refuse("point", f"is {shown}: the larger |wᵢ| must lie between "
                         f"{MIN_SCALE:g} and {MAX_SCALE:g} for readable ticks and digits; "
                         "scale the point")
        if 0.0 < smallest < MIN_LEG_SHARE * largest:
            raise refuse("point", f"is {shown}: its shorter leg would be under "
                         f"{MIN_LEG_SHARE:.0%} of the longer one, a few pixels long; make that "
                         f"weight 0 (a point on an axis) or at least {MIN_LEG_SHARE:g} × the "
                         "other")

    def key_curves(self) -> list[np.ndarray]:
        """Curves tick numbers must not cover: the walk, the segment, the diamond, the circle."""
        return [self.path_points, np.array([[0.0, 0.0], self.w]), ball_outline("l1", self.l1),
                ball_outline("l2", self.l2, samples=257)]

    def get_values(self) -> dict[str, Phrase]:
        """Every number the words and the panel show, formatted together where compared."""
        w1, w2, a, b, l1, l2 = numbers([self.w[0], self.w[1], *self.lengths.legs, self.l1,
                                        self.l2])
        lo, hi, l1_again = numbers([*self.diamond_range, self.l1])
        lo2, hi2, l2_again = numbers([*self.circle_range, self.l2])
        legs = self.lengths.legs
        # "=" only where the shown digits are the value; rounded ones get "≈" (or "about").
        return {"w1v": w1, "w2v": w2, "a": a, "b": b, "l1v": l1, "l2v": l2, "wval": point(self.w),
                "lo": about(lo, self.diamond_range[0]), "hi": about(hi, self.diamond_range[1]),
                "l1w": about(l1_again, self.l1), "lo2": about(lo2, self.circle_range[0]),
                "hi2": about(hi2, self.circle_range[1]), "l2w": about(l2_again, self.l2),
                "eq_w": relation(exactly([w1, w2], list(self.w))),
                "eq_a": relation(exactly(a, legs[0])), "eq_b": relation(exactly(b, legs[1])),
                "eq_legs": relation(exactly([a, b], list(legs))),
                "eq_l1": relation(exactly(l1, self.l1)), "eq_l2": relation(exactly(l2, self.l2)),
                "is_l2": Phrase("is", "is") if exactly(l2, self.l2) else Phrase("is about",
                                                                                 "is about")}

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("point")
        self.show_point()
        self.next_section("manhattan")
        self.walk_along_axes()
        self.next_section("euclidean")
        self.go_straight()
        self.next_section("compare")
        self.compare()
        self.next_section("diamond")
        self.walk_around(1.0)
        self.next_section("circle")
        self.walk_around(2.0)
        self.next_section("corners")
        self.show_corners()

    # ----------------------------------------------------------------- beats
    def show_point(self) -> None:
        v = self.values
        self.title = self.make_title(r"How far is $w$ from $0$?")
        self.dot = marker(to_scene(self.axes, self.w), CENTER_COLOR, radius=0.08, z_index=4)
        self.dot_label = legible(MathTex("w", font_size=38, color=CENTER_COLOR))
        place_clear(self.dot_label, self.dot.get_center(), walk_label_direction(self.w)[0],
                    [*self.figure(), *self.tick_numbers()], minor=[self.axes, *self.balls()],
                    buff=0.06)
        self.w_line = self.add_panel_line(MathTex(rf"w {v['eq_w'].tex} {v['wval'].tex}",
                                                  font_size=PANEL_FONT))
        origin = to_scene(self.axes, [0.0, 0.0])
        # The plane is there from the first frame (a video's thumbnail is its first frame).
        self.add(self.axes_group)
        # One sentence for the picture and the question: the plane, the point as it is
        # named, its coordinates, then 0 (review r36, 11: the opening was near still).
        with self.cue("A model with two weights is {@point}a point in the plane: {@dot}here "
                      "{w} {eq} {wval}. How far is it from 0{@origin}, where both weights are "
                      "zero?", wval=v["wval"], eq=v["eq_w"]) as cue:
            cue.play(Indicate(self.axes_group, color=CENTER_COLOR, scale_factor=1.0),
                     until="point")
            # The point appears as it is named; its coordinates come with the next words.
            cue.play(Reveal(self.dot), Flash(self.dot, color=CENTER_COLOR, flash_radius=0.3),
                     at="point", until="dot")
            cue.play(Reveal(self.dot_label), Reveal(self.title), Reveal(self.w_line), at="dot")
            cue.play(Flash(origin, color=ZERO_COLOR, flash_radius=0.3), at="origin")

    def walk_along_axes(self) -> None:
        v = self.values
        self.legs = VGroup(*(polyline(self.axes, self.path_points[k:k + 2],
                                      stroke_color=L1_COLOR, stroke_width=PATH_WIDTH)
                             for k in range(2)))
        self.leg_label = self.get_leg_labels()
        self.leg_labels = VGroup(*self.leg_label.values())
        self.l1_lines = VGroup(
            MathTex(r"\|w\|_1 = |w_1| + |w_2| \quad \text{(L1 norm)}", font_size=PANEL_FONT,
                    color=L1_COLOR),
            MathTex(rf"{v['eq_legs'].tex} {v['a'].tex} + {v['b'].tex} {v['eq_l1'].tex} "
                    rf"{v['l1v'].tex}", font_size=PANEL_FONT, color=L1_COLOR))
        for line in self.l1_lines:
            self.add_panel_line(line, gap=0.12 if line is self.l1_lines[1] else 0.35)
        zeros = self.lengths.zero_weights
        negatives = [i for i in range(2) if self.w[i] < 0.0]
        sign_note = sign_spoken = ""
        if negatives:  # a leg's length is |wᵢ|, whatever the sign of wᵢ
            parts = " and ".join(f"|{v[f'w{i + 1}v'].text}| = {v['ab'[i]].text}"
                                 for i in negatives)
            sign_note = f" A length counts as positive: {parts}."
            said = " and ".join(f"{v[f'w{i + 1}v'].spoken} is {v['ab'[i]].spoken} long"
                                for i in negatives)
            sign_spoken = f" A length counts as positive: {said}."
        self.streets = VGroup(*(polyline(self.axes, line, stroke_color=palette.MUTED,
                                         stroke_width=1.5, stroke_opacity=0.45, z_index=-1)
                                for line in street_grid(self.view.x_range, self.view.y_range)))
        # A dark card under each leg label while the streets show: no street runs
        # through it (review r36, 8); the cards go with the streets.
        self.street_cards = VGroup(*(
            BackgroundRectangle(label, color=palette.BACKGROUND, fill_opacity=1.0,
                                buff=STREET_CARD_BUFF).set_z_index(label.z_index - 1)
            for label in self.leg_label.values()))
        cards = dict(zip(self.leg_label, self.street_cards))
        # The streets draw from the first words: the picture moves as the beat begins.
        taxi = ("One answer: {@streets}walk in the axis directions, like a taxi on a grid "
                "of streets. ")
        if zeros:
            moving, still = 1 - zeros[0], zeros[0]
            words = (taxi + f"{{w}} lies on the {{w{moving + 1}}} axis, so the walk is "
                     f"{{@leg}}one leg: |{{w{moving + 1}}}| {{eq}} {{len}}, and "
                     f"|{{w{still + 1}}}| = 0." + sign_note)
            spoken = (taxi + f"w lies on the {{w{moving + 1}}} axis, so the walk is {{@leg}}one "
                      "leg, {len} long, and the other leg is zero." + sign_spoken)
            with self.cue(words, len=v["ab"[moving]], eq=v[f"eq_{'ab'[moving]}"],
                          spoken=spoken) as cue:
                cue.play(Create(self.streets, lag_ratio=0.1), at="streets", until="leg")
                cue.wait_until("leg")
                cue.play(Create(self.legs[moving]), Reveal(self.leg_label[moving]),
                         Reveal(cards[moving]), run_time=0.5 * cue.until(cue.END))
                cue.play(Indicate(self.leg_label[moving], color=L1_COLOR), until=cue.END)
        else:
            # One sentence per leg, each its own subtitle cue: a leg is drawn while its
            # words are on screen.
            words = (taxi + "{@leg1}First |{w1}| {eq_a} {a} along the {w1} axis. {@leg2}Then "
                     "|{w2}| {eq_b} {b} parallel to the {w2} axis." + sign_note)
            spoken = (taxi + "{@leg1}First {a} along the w-one axis. {@leg2}Then {b} along "
                      "the w-two direction." + sign_spoken)
            with self.cue(words, a=v["a"], b=v["b"], eq_a=v["eq_a"], eq_b=v["eq_b"],
                          spoken=spoken) as cue:
                cue.play(Create(self.streets, lag_ratio=0.1), at="streets", until="leg1")
                # Both sentences share one subtitle cue: the first leg is drawn over the
                # first half of it, the second over the rest.
                cue.wait_until("leg1")
                cue.play(Create(self.legs[0]), Reveal(self.leg_label[0]), Reveal(cards[0]),
                         run_time=0.5 * cue.until(cue.END))
                cue.play(Create(self.legs[1]), Reveal(self.leg_label[1]), Reveal(cards[1]),
                         until=cue.END)
        # The norm is named, then its value read off the walk: each line on the panel as
        # its words start (review r36, 10: "‖w‖₁" came 3 s before its name).
        with self.cue("{@norm}The L1 norm of {w}, written {l1}, is the walk's length: {@sum}"
                      "|{w1}| + |{w2}| {eq_legs} {a} + {b} {eq_l1} {l1v}.", a=v["a"], b=v["b"],
                      l1v=v["l1v"], eq_legs=v["eq_legs"], eq_l1=v["eq_l1"],
                      spoken="{@norm}The L1 norm of w, written with a subscript one, is the "
                      "walk's length: {@sum}{a} plus {b}, which is {l1v}.") as cue:
            cue.play(Reveal(self.l1_lines[0]), Conceal(self.streets), Conceal(self.street_cards),
                     at="norm")
            cue.play(Circumscribe(self.l1_lines[0], color=L1_COLOR), until="sum")
            # The legs the sum adds, as it is read.
            cue.play(Reveal(self.l1_lines[1]), at="sum")
            cue.play(*(trace(self.legs[i], L1_COLOR) for i in range(2)
                       if self.lengths.legs[i] > 0.0),
                     glow(self.l1_lines[1], L1_COLOR), until=cue.END)

    def go_straight(self) -> None:
        v = self.values
        self.segment = polyline(self.axes, np.array([[0.0, 0.0], self.w]), stroke_color=L2_COLOR,
                                stroke_width=SEGMENT_WIDTH, z_index=1)
        self.segment_label = self.get_segment_label()
        squares = rf"\sqrt{{{self.square_tex(0)} + {self.square_tex(1)}}}"
        self.l2_lines = VGroup(
            MathTex(r"\|w\|_2 = \sqrt{w_1^2 + w_2^2} \quad \text{(L2 norm)}",
                    font_size=PANEL_FONT, color=L2_COLOR),
            MathTex(rf"{v['eq_w'].tex} {squares} {v['eq_l2'].tex} {v['l2v'].tex}",
                    font_size=PANEL_FONT, color=L2_COLOR))
        for line in self.l2_lines:
            self.add_panel_line(line, gap=0.12 if line is self.l2_lines[1] else 0.35)
        with self.cue("The other answer: {@straight}go straight, as the crow flies.") as cue:
            cue.play(Create(self.segment), at="straight", until=cue.END)
        if self.lengths.on_axis:
            with self.cue("On an axis the straight line is the walk itself: {@sum}its length, "
                          "the L2 norm {l2}, {isl2} {l2v} too.", l2v=v["l2v"], isl2=v["is_l2"],
                          spoken="On an axis the straight line is the walk itself: {@sum}its "
                          "length, the L2 norm, {isl2} {l2v} too.") as cue:
                cue.play(Reveal(self.segment_label), Reveal(self.l2_lines), at="sum")
            return
        corner = self.path_points[1]
        size = min(RIGHT_ANGLE_SHARE * min(self.lengths.legs),
                   RIGHT_ANGLE_VIEW * self.view.width)  # a style size, not geometry
        self.right_angle = polyline(self.axes, right_angle_at(corner, self.path_points[0],
                                                              self.path_points[2], size=size),
                                    stroke_color=TEXT_COLOR, stroke_width=2)
        w1, w2 = (self.caption_square(i) for i in range(2))
        with self.cue("{@right}The two legs and the straight line make a right triangle. "
                      "{@sum}By Pythagoras its length {isw} √({s1} + {s2}) {eq} {l2v}: {@norm}the "
                      "L2 norm, {l2}.", s1=w1, s2=w2, l2v=v["l2v"], eq=v["eq_l2"],
                      isw=Phrase("is", "is") if v["eq_w"].text == "=" else Phrase("is about",
                                                                                  "is about"),
                      spoken="{@right}The two legs and the straight line make a right triangle. "
                      "{@sum}By Pythagoras its length {isw} the square root of {s1} plus {s2}, "
                      "which {eq} {l2v}: {@norm}the L2 norm.") as cue:
            cue.play(Create(self.right_angle), trace(self.segment, L2_COLOR),
                     *(Indicate(leg, color=L1_COLOR) for leg in self.legs), at="right")
            cue.play(Reveal(self.segment_label), Reveal(self.l2_lines), at="sum")
            # The value glows while it is read (long at milli scale: "0.00141" takes its
            # time), then the definition as it is named, as the walk's beat does.
            cue.play(glow(self.l2_lines[1], L2_COLOR), until="norm")
            cue.play(Circumscribe(self.l2_lines[0], color=L2_COLOR), at="norm", until=cue.END)

    def compare(self) -> None:
        v = self.values
        # The general rule on the panel (≤, equal only on an axis), not this w's "<";
        # written for any point v (w is the fixed point of the story), with its reason
        # under it, written piece by piece as the words read it (review r36, 6).
        self.compare_line = self.add_panel_line(
            MathTex(r"\text{any } v\text{: } \|v\|_2 \le \|v\|_1 \text{, = only on an axis}",
                    font_size=PANEL_FONT), gap=0.35)
        self.reason_line = self.add_panel_line(
            MathTex(r"(|v_1| + |v_2|)^2", "=", r"v_1^2 + v_2^2", r"+ 2|v_1||v_2|",
                    r"\ge v_1^2 + v_2^2", font_size=REASON_FONT), gap=0.15)
        reason = self.reason_line
        tail = ("{@rule}For any point v, the walk squared {@square}is v₁² + v₂² plus "
                "2|v₁||v₂|, {@never}never less than the straight length squared: ")
        tail_spoken = ("{@rule}For any point v, the walk squared {@square}is v-one squared plus "
                       "v-two squared plus twice the product of the legs, {@never}never less "
                       "than the straight length squared: ")
        if self.lengths.on_axis:
            words = ("{@less}Here the two agree, {l2v} = {l1v}, because {w} lies on an axis. "
                     + tail + "{@axis}off the axes the straight line is shorter.")
            spoken = ("{@less}Here the two agree, {l2v} and {l1v}, because w lies on an axis. "
                      + tail_spoken + "{@axis}off the axes the straight line is shorter.")
        else:
            words = ("{@less}The straight line is shorter: {l2v} < {l1v}. " + tail
                     + "{@axis}the straight line is never longer, and equal only on an axis.")
            spoken = ("{@less}The straight line is shorter: {l2v} against {l1v}. " + tail_spoken
                      + "{@axis}the straight line is never longer, and equal only on an axis.")
        # This w's comparison, written as it is said, in the place the general rule takes.
        between = "=" if self.lengths.on_axis else "<"
        this_w = MathTex(r"\|w\|_2 " + v["eq_l2"].tex + " " + v["l2v"].tex + " " + between
                         + " " + v["l1v"].tex + " " + v["eq_l1"].tex + r" \|w\|_1",
                         font_size=PANEL_FONT)
        this_w.move_to(self.compare_line, aligned_edge=LEFT)
        with self.cue(words, l1v=v["l1v"], l2v=v["l2v"], spoken=spoken) as cue:
            cue.play(Write(this_w, run_time=WRITE_FAST), at="less")
            cue.play(trace(self.segment, L2_COLOR),
                     *(trace(self.legs[i], L1_COLOR) for i in range(2)
                       if self.lengths.legs[i] > 0.0), until="rule")
            cue.play(Write(reason[0], run_time=WRITE_FAST), at="rule")
            cue.play(Write(VGroup(*reason[1:4]), run_time=WRITE_FAST), at="square")
            cue.play(glow(reason[3], TEXT_COLOR), until="never")
            cue.play(Write(reason[4], run_time=WRITE_FAST), at="never")
            cue.play(glow(VGroup(reason[4]), TEXT_COLOR), until="axis")
            cue.play(Conceal(this_w), Reveal(self.compare_line), at="axis", run_time=WRITE_FAST)
            cue.play(Circumscribe(self.compare_line), until=cue.END)

    def walk_around(self, p: float) -> None:
        """Every w as far as this one, by L1 (p = 1: the diamond) or L2 (p = 2: the circle);
        v slides round it with both lengths live, stopping where the other length is least
        and greatest while the words say so, then on round past the points on the axes."""
        v = self.values
        self.sphere = p
        self.walk.set_value(0.0)
        color = L1_COLOR if p == 1.0 else L2_COLOR
        radius = self.l1 if p == 1.0 else self.l2
        # The circle is drawn from w round (the words say "a circle through w"); the diamond
        # from its corner on the w₁ axis, so its corners are exact samples.
        curve = (ball_outline("l1", radius, samples=257) if p == 1.0
                 else circle_from(radius, self.w, samples=257))
        outline = polyline(self.axes, curve, stroke_color=color, stroke_width=3, z_index=0)
        if p == 1.0:
            self.diamond = outline
            self.ask_which_points()
            intro = ("{@draw}Measured along the axes, all points v with ‖v‖₁ = {l1} {eq} "
                     "{l1v}: {@name}they form a diamond.")
            spoken = ("{@draw}Measured along the axes, all points v whose L1 norm {eq} {l1v}: "
                      "{@name}they form a diamond.")
            # One cue a sentence: a walk that outlasts its words delays only its own
            # subtitle, never the next sentence's against its motion.
            slide = ["Slide a point v along the diamond: its legs change, but their sum stays "
                     "{l1w}.",
                     "Where v crosses the lines |v₁| = |v₂|, the straight length is least, {lo}.",
                     "Walking on, it grows, {@top}to {hi} at a corner, on an axis: there the two "
                     "are equal.",
                     "Carry on round, past the other corners, where one leg is 0: the legs keep "
                     "changing, but their sum stays {l1w}. {@home}Back at {w}, the sum never "
                     "changed."]
            values = {"l1v": v["l1v"], "l1w": v["l1w"], "lo": v["lo"], "hi": v["hi"],
                      "eq": v["eq_l1"]}
        else:
            self.circle = outline
            intro = ("{@draw}Measured straight, all points v with ‖v‖₂ = {l2} {eq} {l2v}: "
                     "{@name}they form a circle through {w}.")
            spoken = ("{@draw}Measured straight, all points v whose L2 norm {eq} {l2v}: "
                      "{@name}they form a circle through w.")
            # The same order as the diamond's (review r36, 1): the first named stop is where
            # v first crosses |v₁| = |v₂| (here the walk is longest), then the axis after it.
            slide = ["Slide v round the circle: the straight length stays {l2w}.",
                     "Where v crosses the lines |v₁| = |v₂|, the walk is longest, {hi2}.",
                     "Walking on, it shrinks, {@top}to {lo2} on an axis: there the two lengths "
                     "agree.",
                     "Carry on round, past the other points on the axes, where one leg is 0: the "
                     "walk keeps changing, but the straight length stays {l2w}. {@home}Back at "
                     "{w}, it never changed."]
            values = {"l2v": v["l2v"], "l2w": v["l2w"], "lo2": v["lo2"], "hi2": v["hi2"],
                      "eq": v["eq_l2"]}
        name = self.get_ball_label(p)
        # The diamond's "‖v‖₁ = 4" is about the diamond's v: dimmed while v tours the circle
        # (a reviewer read it as a claim about the circle's points), back for the corners.
        earlier = [label for q, label in self.__dict__.setdefault("ball_names", {}).items()
                   if q != p]
        self.ball_names[p] = name
        with self.cue(intro, spoken=spoken, **values) as cue:
            # w's leg labels go as the diamond is drawn across the figure: from here on
            # the legs are v's (the panel keeps |w₁| + |w₂| = … for w).
            leg_labels = [m for m in self.leg_labels if p == 1.0]
            for label in leg_labels:
                self.ball_cut_memo[id(label)] = True
            cue.play(Create(outline), *(Dim(label, factor=BALL_NAME_DIM) for label in earlier),
                     *(Conceal(label) for label in leg_labels), at="draw", until="name")
            cue.play(Reveal(name), Indicate(outline, color=color, scale_factor=1.03),
                     at="name", until=cue.END)
        live = self.get_live_lines()
        stale = [self.w_line, self.l1_lines[1], self.l2_lines[1]]
        # Labels of the still figure go while v moves; v's own label follows it outward.
        # The tick numbers go too: v and its legs would run over them (the live lines
        # give every length meanwhile).
        statics = [m for m in (*self.leg_labels, self.segment_label, self.dot_label,
                               getattr(self, "right_angle", None))
                   if m is not None and id(m) not in self.ball_cut_memo]
        ticks = self.tick_numbers()
        followers = self.start_walk(live)
        # The line whose value swings is boxed, in its own colour, where it is least and
        # greatest: a box moves no digit.
        swinging = live[1] if p == 1.0 else live[0]
        swing_color = L2_COLOR if p == 1.0 else L1_COLOR
        # The first crossing of |v₁| = |v₂|, then the axis after it, on both balls.
        (f_low, _), (f_high, _) = walk_stops(p, radius, self.w)
        kept = live[0] if p == 1.0 else live[1]
        equal_line = self.get_equal_legs_line(p, live)
        with self.cue(slide[0], **values) as cue:
            # Last in drawing order, so the fades redraw these alone, not the plot under them.
            self.bring_to_front(*stale, *statics)
            # A faint ring stays at w while v moves: "Back at w" has a target (r36, 9).
            # On the circle the diamond steps back (faint): v's label passes between them.
            older = ([Dim(self.diamond, factor=OLD_BALL_DIM)]
                     if p == 2.0 and self.dim_old_ball and hasattr(self, "diamond") else [])
            cue.play(*(Dim(m) for m in stale), *(Conceal(m) for m in statics),
                     *(Dim(t, factor=TICK_DIM) for t in ticks), Reveal(live),
                     Reveal(self.walker_label), *older)
            # v reaches the first named point as its sentence appears.
            if f_low > 0.0:
                sweep(self, self.walk, f_low, *followers, rate_func=smooth,
                      run_time=max(cue.remaining, LAP_TIME * f_low, MIN_WALK))
            else:  # w is that point itself: the words on the kept length
                cue.play(Circumscribe(kept, color=color), until=cue.END)
        # v stays at each named point for its whole sentence, marked: the greatest is
        # reached as "to …" is read, after "Walking on, it grows" names the motion.
        equal_shown = False
        for k, target in ((1, f_low), (2, f_high)):
            with self.cue(slide[k], **values) as cue:
                if equal_shown:
                    # The exact line leaves before v walks on (the live digits move again),
                    # one after the other: two plays (a Succession adds its second mobject
                    # at full opacity while the first still fades).
                    self.play(Conceal(equal_line), run_time=0.2)
                    self.play(Reveal(live[0]), run_time=0.2)
                    equal_shown = False
                if target > self.walk.get_value():
                    sweep(self, self.walk, target, *followers, rate_func=smooth,
                          run_time=self.walk_time(cue, "top" if k == 2 else cue.END, target))
                # v pulses (a flash's rays would cross v's label and the tick numbers).
                marks: list[Animation] = [pulse_dot(self.dot, color)]
                if k == 1:
                    # v and its label have left w: the ring appears where nothing passes.
                    marks.append(Reveal(self.get_w_ring()))
                on_diagonal = k == 1
                if on_diagonal:
                    # The lines |v₁| = |v₂| are drawn as the words name them, while v
                    # stands on one; where the rounded legs differ there, the line is
                    # written exactly in its place.
                    marks += [Create(self.get_diagonals()), Reveal(self.get_diagonals_label())]
                    if equal_line is not None:
                        # One after the other, in place: no two lines cross-fade (r36, 5).
                        self.play(Conceal(live[0]), run_time=WRITE_FAST / 2)
                        marks.append(Reveal(equal_line, run_time=WRITE_FAST / 2))
                        equal_shown = True
                if k == 2:
                    # On an axis the two lengths are equal: the rule "= only on an axis".
                    marks.append(Indicate(self.compare_line, color=ZERO_COLOR,
                                          scale_factor=1.0))
                cue.play(*marks, run_time=min(STOP_TIME, max(cue.remaining, MIN_WALK)))
                # The length that swings is boxed while v stays: a box moves no digit.
                if cue.remaining >= MIN_WALK:
                    boxed = (equal_line if on_diagonal and equal_line is not None
                             and swinging is live[0] else swinging)
                    cue.play(Circumscribe(boxed, color=swing_color), until=cue.END)
        with self.cue(slide[3], **values) as cue:
            # On round, v stops at each point on the axes it passes (a flash), and is back
            # at w as the words say so. The dashed lines go first, before they cross any
            # label, and the line that changes is dimmed: the length that stays stands out.
            passed = sorted(f for f in (walk_fraction(p, radius, self.w, q)
                                        for q in axis_points(radius))
                            if f > self.walk.get_value() + 1e-9)
            # (The exact line, if still up, leaves first, then the live line comes back.)
            self.play(Conceal(self.get_diagonals()), Conceal(self.get_diagonals_label()),
                      *([Conceal(equal_line)] if equal_shown else []), run_time=0.2)
            if equal_shown:
                self.play(Reveal(live[0]), run_time=0.2)
            self.play(Dim(swinging), run_time=0.2)
            left = cue.until("home") - CORNER_FLASH * len(passed)
            way = 1.0 - self.walk.get_value()
            for target in [*passed, 1.0]:
                run = max(left * (target - self.walk.get_value()) / way, MIN_WALK)
                sweep(self, self.walk, target, *followers, rate_func=smooth, run_time=run)
                if target < 1.0:
                    self.play(pulse_dot(self.dot, ZERO_COLOR),
                              run_time=CORNER_FLASH)
            for follower in followers:
                follower.clear_updaters()
            self.bring_to_front(*stale, live, self.walker_label)
            cue.play(pulse_dot(self.dot, CENTER_COLOR), Undim(swinging),
                     at="home")
            # A label the ball now cuts stays away (its value is on the panel).
            # A leg label the ball cuts moves (unseen) to a clear place beside its leg.
            for i, label in self.leg_label.items():
                if label in statics and self.ball_cuts(label, outline):
                    self.replace_leg_label(i)
            kept_labels = [m for m in statics if m in (self.dot_label, self.segment_label)
                           or not self.ball_cuts(m, outline)]
            cue.play(Conceal(live), Conceal(self.walker_label), Conceal(self.get_w_ring()),
                     *(Undim(m) for m in stale),
                     *(Undim(t) for t in ticks), *(Reveal(m) for m in kept_labels),
                     until=cue.END)
        self.panel_lines.remove(live)

    def ball_cuts(self, mobject: VMobject, outline: VMobject) -> bool:
        """Whether the ball's outline runs through a label; such a label stays hidden
        from then on (remembered in ``ball_cut_memo``)."""
        cut = _box_holds(mobject, _outline_points([outline]), margin=CUT_MARGIN)
        if cut:
            self.ball_cut_memo[id(mobject)] = True
        return cut

    def ask_which_points(self) -> None:
        """The question of the next two sections, over the figure it asks about."""
        with self.cue("{@ask}Which points are exactly as far from 0 as {w}?",
                      spoken="{@ask}Which points are exactly as far from 0 as w?") as cue:
            cue.play(pulse_dot(self.dot, CENTER_COLOR),
                     trace(self.segment, L2_COLOR),
                     *(trace(self.legs[i], L1_COLOR) for i in range(2)
                       if self.lengths.legs[i] > 0.0), at="ask", until=cue.END)

    def get_diagonals(self) -> VGroup:
        """The diagonals |v₁| = |v₂|, faint and dashed, across the view (drawn once)."""
        if not hasattr(self, "diagonals"):
            self.diagonals = VGroup(*(DashedVMobject(
                polyline(self.axes, line, stroke_color=palette.MUTED, stroke_width=2,
                         stroke_opacity=0.7, z_index=-1), num_dashes=40)
                for line in diagonal_lines(self.view.x_range, self.view.y_range)))
        return self.diagonals

    def get_diagonals_label(self) -> VMobject:
        """"|v₁| = |v₂|" beside the dashed lines, near their end in the quadrant after w's,
        where nothing crosses it (`place_ball_label`); built once."""
        if not hasattr(self, "diagonals_label"):
            label = legible(MathTex(r"|v_1| = |v_2|", font_size=LABEL_FONT,
                                    color=palette.MUTED))
            quadrant = QUADRANTS[(bool(self.w[0] >= 0.0), bool(self.w[1] >= 0.0))]
            signs = diagonal_points(1.0, 1.0)[(quadrant + 1) % 4]
            corner = np.array([self.view.x_range[int(signs[0] > 0)],
                               self.view.y_range[int(signs[1] > 0)]])
            names = [m for m in self.__dict__.get("ball_names", {}).values()]
            label.move_to(to_scene(self.axes, corner))
            self.diagonals_label = self.place_ball_label(label, corner, names)
        return self.diagonals_label

    def show_corners(self) -> None:
        corners = VGroup(*(marker(to_scene(self.axes, c), ZERO_COLOR, radius=0.07, z_index=4)
                           for c in axis_points(self.l1)))
        # The diamond's label, dimmed during the circle's tour, is about the diamond again.
        names = self.__dict__.get("ball_names", {})
        back = ([Undim(names[1.0], factor=BALL_NAME_DIM)] if 1.0 in names and 2.0 in names
                else [])
        if self.dim_old_ball and hasattr(self, "circle"):
            back.append(Undim(self.diamond, factor=OLD_BALL_DIM))
        # The lasso, once, where its corners matter (review r36, 7): its penalty and what
        # f and λ are, on the panel as the words name them.
        lasso = VGroup(
            MathTex(r"\text{lasso: } f(w) + \lambda \|w\|_1", font_size=PANEL_FONT,
                    color=L1_COLOR),
            MathTex(r"f(w)\text{: the loss on the data, } \lambda \ge 0", font_size=PANEL_FONT))
        lasso.arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        self.add_panel_line(lasso, gap=0.35)
        with self.cue("The diamond has {@corners}four corners, all on the axes, where one "
                      "weight is exactly 0. {@circle}The circle has no corners at all: "
                      "{@smooth}nothing on it singles out the axes. {@lasso}The lasso adds "
                      "λ‖w‖₁ to the loss f(w), λ ≥ 0: {@zeros}its zeros will come from those "
                      "corners.",
                      spoken="The diamond has {@corners}four corners, all on the axes, where "
                      "one weight is exactly 0. {@circle}The circle has no corners at all: "
                      "{@smooth}nothing on it singles out the axes. {@lasso}The lasso adds "
                      "lambda times the L1 norm to the loss f of w, lambda never negative: "
                      "{@zeros}its zeros will come from those corners.") as cue:
            # One corner after the other, across the words that name them.
            # Each corner appears in turn (no flash: its rays would cross the tick numbers
            # beside it); they pulse together as the circle is named.
            cue.play(LaggedStart(*(Reveal(c) for c in corners), lag_ratio=0.5),
                     *back,
                     at="corners", until="circle")
            # The corners pulse again against the circle, which a bright stroke then runs
            # round in one smooth turn: no point of it stands out.
            self.bring_to_front(self.circle)
            cue.play(*(Indicate(c, color=ZERO_COLOR, scale_factor=1.6) for c in corners),
                     Indicate(self.circle, color=L2_COLOR, scale_factor=1.03), at="circle",
                     until="smooth")
            trace = self.circle.copy().set_stroke(color=L2_COLOR, width=9)
            cue.play(ShowPassingFlash(trace, time_width=0.35), at="smooth", until="lasso")
            cue.play(Write(lasso[0], run_time=WRITE_FAST), at="lasso")
            cue.play(Write(lasso[1], run_time=WRITE_FAST))
            cue.play(glow(lasso[0], L1_COLOR), until="zeros")
            cue.play(*(Indicate(c, color=ZERO_COLOR, scale_factor=1.6) for c in corners),
                     Indicate(self.diamond, color=L1_COLOR, scale_factor=1.0), at="zeros",
                     until=cue.END)
        # A still last frame for a lecturer's cut.
        self.wait(FINAL_HOLD)
        self.corners = corners

    # ------------------------------------------------------------- the walk
    def current(self) -> np.ndarray:
        """Where w is on its walk round the sphere (w itself at the start and the end)."""
        radius = self.l1 if self.sphere == 1.0 else self.l2
        return sphere_walk(self.sphere, radius, self.w, self.walk.get_value())

    def start_walk(self, live: VGroup) -> list[VMobject]:
        """Attach the followers of the walk; returns them."""
        self.dot.add_updater(lambda m: m.move_to(to_scene(self.axes, self.current())))
        # The moving point is v, not w: w stays the fixed point of the story.
        self.walker_label = legible(MathTex("v", font_size=38, color=CENTER_COLOR))
        self.walker_label.add_updater(self.follow_walker_label)
        self.follow_walker_label(self.walker_label)

        def follow_legs(group: VGroup) -> None:
            path = manhattan_path(self.current())
            for k, leg in enumerate(group):
                leg.set_points_as_corners(to_scene(self.axes, path[k:k + 2]))

        self.legs.add_updater(follow_legs)
        self.segment.add_updater(lambda m: m.set_points_as_corners(
            to_scene(self.axes, np.array([[0.0, 0.0], self.current()]))))
        first, second = self.live_readouts
        live[0][1].add_updater(lambda _: first.set_values(*self.shown_live_values()[:3]))
        live[1][1].add_updater(lambda _: second.set_values(self.shown_live_values()[3]))
        return [self.dot, self.walker_label, self.legs, self.segment, live[0][1], live[1][1]]

    def walk_time(self, cue: Any, mark: str, target: float) -> float:
        """How long v takes to walk on to ``target``: until the words' ``mark``, but never
        faster than a lap in LAP_TIME (the words wait for it)."""
        return max(cue.until(mark), LAP_TIME * (target - self.walk.get_value()), MIN_WALK)

    def live_values(self) -> tuple[float, float, float, float]:
        lengths = two_lengths(self.current())
        return (*lengths.legs, lengths.l1, lengths.l2)

    def follow_walker_label(self, label: VMobject) -> None:
        """v's label while it walks: outside the ball, away from the origin, turned a
        little ahead so that on an axis it sits off the axis line; its centre moves
        continuously (no jump from one side of a corner to the other)."""
        side = np.append(self.walker_direction(self.current()), 0.0)
        reach = self.dot.width / 2 + WALKER_GAP + max(label.width, label.height) / 2
        label.move_to(self.dot.get_center() + reach * side)

    def walker_direction(self, at: np.ndarray) -> np.ndarray:
        """The side of v's label from v (scene x, y): outward, turned by WALKER_TURN."""
        return turned_outward(at, self.walker_turn)

    # -------------------------------------------------------------- builders
    def get_leg_labels(self) -> dict[int, MathTex]:
        """|w₁| = … under (or over) the first leg, |w₂| = … beside the second, for the legs
        that are not 0; outside the triangle, clear of tick numbers."""
        anchors = walk_labels(self.w)
        labels: dict[int, MathTex] = {}
        for i in range(2):
            if self.lengths.legs[i] == 0.0:
                continue
            shown = self.values['ab'[i]]
            label = legible(MathTex(rf"|w_{i + 1}| {self.values['eq_' + 'ab'[i]].tex} {shown.tex}",
                                    font_size=LABEL_FONT, color=L1_COLOR))
            place_beside(label, to_scene(self.axes, anchors[i].point), anchors[i].direction,
                         [*self.figure(), self.dot, self.dot_label, *self.tick_numbers(),
                          *labels.values()], minor=[self.axes, *self.balls()])
            labels[i] = label
        return labels

    def replace_leg_label(self, index: int) -> None:
        """Put leg ``index``'s label beside its leg clear of the balls drawn so far too
        (forgetting it was cut; `ball_cuts` decides again)."""
        anchor = walk_labels(self.w)[index]
        label = self.leg_label[index]
        drawn = [m for m in (getattr(self, "diamond", None), getattr(self, "circle", None)) if m]
        place_beside(label, to_scene(self.axes, anchor.point), anchor.direction,
                     [*self.figure(), self.dot, self.dot_label, *self.tick_numbers(),
                      self.segment_label, *drawn,
                      *(m for j, m in self.leg_label.items() if j != index)],
                     minor=[self.axes])
        self.ball_cut_memo.pop(id(label), None)

    def get_segment_label(self) -> MathTex:
        anchor = walk_labels(self.w)[2]
        label = legible(MathTex(r"\|w\|_2", font_size=LABEL_FONT, color=L2_COLOR))
        place_beside(label, to_scene(self.axes, anchor.point), anchor.direction,
                     [*self.figure(), self.dot, self.dot_label, *self.leg_labels,
                      *self.tick_numbers()], minor=[self.axes, *self.balls()])
        return label

    def figure(self) -> list[VMobject]:
        """The walk and the segment, built once, for placing labels clear of them before
        they are drawn."""
        if not hasattr(self, "_figure"):
            self._figure = [polyline(self.axes, curve) for curve in self.key_curves()[:2]]
        return self._figure

    def balls(self) -> list[VMobject]:
        """The diamond and the circle to come: a label may touch them (they come later and
        the label has a dark outline), but is kept off them where there is room."""
        if not hasattr(self, "_balls"):
            self._balls = [polyline(self.axes, curve) for curve in self.key_curves()[2:]]
        return self._balls

    def get_live_lines(self) -> VGroup:
        """"‖v‖₁ = |v₁| + |v₂| ≈ … + … = …" and "‖v‖₂ ≈ …" for the moving v, wide enough
        for the walk.

        The terms are rounded so that they add up to the rounded sum
        (`regmath.lp.rounded_sum`): the shown digits always add up, and the one "≈"
        before them says the terms are rounded (each within one unit of the last digit).

        Each line is one `Readout`, split into its still glyphs and its digits
        (`Readout.parts`): TeX sets the whole line, so digits and symbols share one
        baseline and size, and a frame of the walk redraws the digits alone.
        """
        largest = max(self.l1, self.circle_range[1])
        slot = number_format(largest, self.live_places)
        values = self.shown_live_values()
        # Many decimals (a tiny w): a smaller font fits the panel, with room for the box
        # that marks a line (a readout is never scaled: its digits are set at its size).
        room = PANEL_RIGHT - PANEL_LEFT - BOX_ROOM
        templates = (r"\|v\|_1 = |v_1| + |v_2| \approx " + slot + " + " + slot + " = " + slot,
                     r"\|v\|_2 \approx " + slot)
        size = self.live_size
        for _ in range(3):
            probe = Readout(templates[0], *values[:3], font_size=size)
            if probe.width <= room:
                break
            size *= 0.98 * room / probe.width
        self.live_size = size
        lines = VGroup()
        self.live_readouts: list[Readout] = []
        self.live_templates: list[str] = list(templates)  # what the lines write, for the tests
        for template, shown, color in ((templates[0], values[:3], L1_COLOR),
                                       (templates[1], values[3:], L2_COLOR)):
            readout = Readout(template, *shown, font_size=size, color=color)
            self.live_readouts.append(readout)
            still, digits = readout.parts()
            lines.add(VGroup(still, digits))
        lines.arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        self.add_panel_line(lines, gap=0.35)
        return lines

    def get_equal_legs_line(self, p: float, live: VGroup) -> MathTex | None:
        """Where v crosses a diagonal, |v₁| = |v₂|, but the live line's rounded terms
        differ there (2.24 + 2.23 = 4.47 for √5 + √5): the line written exactly, to stand
        in its place while v stays, "‖v‖₁ = |v₁| + |v₂| = √5 + √5 = 2√5 ≈ 4.47" (or,
        when |vᵢ|² is no whole number, the legs to one more place, "≈ 2.236 + 2.236 =
        4.472"). None where the rounded terms are equal."""
        radius = self.l1 if p == 1.0 else self.l2
        legs = two_lengths(diagonal_points(p, radius)[0]).legs
        places = self.live_places
        (ra, rb), total = rounded_sum(list(legs), places)
        if ra == rb:
            return None
        form = equal_legs(p, self.w, places + 1)
        if form.leg is not None:
            def radical(k: int, m: int) -> str:
                return str(k) if m == 1 else (f"{k}" if k > 1 else "") + rf"\sqrt{{{m}}}"
            leg, whole = radical(*form.leg), radical(*form.total)
            shown = f"{total / 10.0 ** places:.{places}f}"
            tail = rf"= {leg} + {leg} = {whole} \approx {shown}"
        else:
            rel = "=" if form.digits_exact else r"\approx"
            tail = rf"{rel} {form.leg_digits} + {form.leg_digits} = {form.total_digits}"
        line = MathTex(r"\|v\|_1 = |v_1| + |v_2| " + tail,
                       font_size=self.live_size, color=L1_COLOR)
        room = PANEL_RIGHT - PANEL_LEFT - BOX_ROOM
        if line.width > room:
            line.scale_to_fit_width(room)
        return line.move_to(live[0], aligned_edge=LEFT)

    def shown_live_values(self) -> tuple[float, float, float, float]:
        """|v₁|, |v₂|, ‖v‖₁ and ‖v‖₂ as the live lines write them: rounded to the lines'
        places, the terms so that they add up to the shown sum (`rounded_sum`)."""
        a, b, _, l2 = self.live_values()
        places = self.live_places
        (ra, rb), total = rounded_sum([a, b], places)
        (r2,), _ = rounded_sum([l2], places)
        unit = 10.0 ** places
        return ra / unit, rb / unit, total / unit, r2 / unit

    def get_ball_label(self, p: float) -> MathTex:
        """"‖v‖₁ = 4" by the diamond (inside it, on the diagonal opposite w) or "‖v‖₂ ≈ 3.16"
        by the circle (outside it, on a diagonal beside w's quadrant)."""
        v = self.values
        # w's quadrant in diagonal_points' order (a zero weight counts as positive): the
        # labels go where the triangle is not.
        quadrant = QUADRANTS[(bool(self.w[0] >= 0.0), bool(self.w[1] >= 0.0))]
        if p == 1.0:
            tex, color = rf"\|v\|_1 {v['eq_l1'].tex} {v['l1v'].tex}", L1_COLOR
            anchor = diagonal_points(1.0, self.l1)[(quadrant + 2) % 4]
            direction = -outward(anchor)
        else:
            tex, color = rf"\|v\|_2 {v['eq_l2'].tex} {v['l2v'].tex}", L2_COLOR
            anchor = diagonal_points(2.0, self.l2)[(quadrant + 3) % 4]
            direction = outward(anchor)
        label = legible(MathTex(tex, font_size=LABEL_FONT, color=color))
        placed = [getattr(self, "diamond_label", None), getattr(self, "diagonals_label", None)]
        place_clear(label, to_scene(self.axes, anchor), direction,
                    [*self.figure(), self.dot, self.dot_label, *self.leg_labels,
                     self.segment_label, *self.tick_numbers(), *(m for m in placed if m)],
                    minor=[self.axes, *self.balls()], buff=0.1)
        if self.ball_labels_outside:
            self.place_ball_label(label, anchor, [m for m in placed if m])
        if p == 1.0:
            self.diamond_label = label
        return label

    def place_ball_label(self, label: VMobject, anchor: np.ndarray,
                         placed: list[VMobject]) -> VMobject:
        """Move a ball's name where nothing will cross it (review r36, 2 and 3): outside
        both balls (v's legs sweep their insides), off the dashed lines |v₁| = |v₂|, the
        axes, the tick numbers, the places v's label passes on both loops and the corners'
        flashes; of the clear places on a grid over the view, the nearest to ``anchor``
        (regmath's point of the ball the old rule chose). Layout only: every point comes
        from regmath through the axes. Keeps the old place when no grid place is clear."""
        axes = self.axes
        obstacles = _outline_points([m for o in (*self.get_diagonals(), self.axes, *self.balls(),
                                                 *self.tick_numbers(), self.dot_label,
                                                 *self.leg_labels, self.segment_label, *placed)
                                     for m in o.family_members_with_points()])
        flashes = np.concatenate([
            to_scene(axes, q)[:2] + 0.3 * np.array([[np.cos(a), np.sin(a)]
                                                     for a in np.linspace(0, 2 * np.pi, 16)])
            for q in axis_points(self.l1)])
        blocked = np.concatenate([obstacles, flashes, self.walker_sweep()])
        low_view, high_view = (to_scene(axes, [self.view.x_range[0], self.view.y_range[0]]),
                               to_scene(axes, [self.view.x_range[1], self.view.y_range[1]]))
        half = np.array([label.width, label.height]) / 2 + CLEARANCE_BALL
        target = to_scene(axes, anchor)[:2]
        xs = np.linspace(self.view.x_range[0], self.view.x_range[1], BALL_LABEL_GRID)
        ys = np.linspace(self.view.y_range[0], self.view.y_range[1], BALL_LABEL_GRID)
        centres = [to_scene(axes, [x, y])[:2] for x in xs for y in ys]
        # Nearest first (a stable sort keeps the grid's order among ties, the order the
        # scan kept before): the first clear place is the one wanted, so the rest are not
        # tested (the scan of every place was a third of a `regviz watch` still).
        order = np.argsort([float(np.linalg.norm(c - target)) for c in centres], kind="stable")
        for index in order:
            centre = centres[index]
            low, high = centre - half, centre + half
            if np.any(low < low_view[:2]) or np.any(high > high_view[:2]):
                continue
            if low[1] < CAPTION_TOP or high[0] > PANEL_LEFT:
                continue
            if np.any(np.all((blocked >= low) & (blocked <= high), axis=1)):
                continue
            # Outside both balls: no sample of the box lies inside either.
            grid = np.stack(np.meshgrid(np.linspace(low[0], high[0], 7),
                                        np.linspace(low[1], high[1], 5)), -1).reshape(-1, 2)
            data = np.array([axes.point_to_coords([*g, 0.0])[:2] for g in grid])
            if np.any(np.abs(data).sum(axis=1) <= self.l1) or np.any(
                    np.hypot(data[:, 0], data[:, 1]) <= self.l2):
                continue
            label.move_to([*centre, 0.0])
            break
        return label

    def get_w_ring(self) -> VMobject:
        """A faint ring at w, where v starts and ends its walks."""
        if not hasattr(self, "w_ring"):
            self.w_ring = Circle(radius=W_RING_RADIUS, stroke_color=CENTER_COLOR,
                                 stroke_width=2.5, stroke_opacity=W_RING_OPACITY,
                                 z_index=3).move_to(to_scene(self.axes, self.w))
        return self.w_ring

    def walker_sweep(self) -> np.ndarray:
        """Points of every box v's label takes on both loops (scene x, y)."""
        if not hasattr(self, "_walker_sweep"):
            probe = legible(MathTex("v", font_size=38))
            reach = 0.08 + WALKER_GAP + max(probe.width, probe.height) / 2
            half = np.array([probe.width, probe.height]) / 2
            offsets = np.stack(np.meshgrid(np.linspace(-1, 1, 3), np.linspace(-1, 1, 3)),
                               -1).reshape(-1, 2) * half
            points = []
            for p, radius in ((1.0, self.l1), (2.0, self.l2)):
                for f in np.linspace(0.0, 1.0, 161):
                    at = sphere_walk(p, radius, self.w, f)
                    centre = (to_scene(self.axes, at)[:2]
                              + reach * self.walker_direction(at))
                    points.append(centre + offsets)
            self._walker_sweep = np.concatenate(points)
        return self._walker_sweep

    def square_tex(self, index: int) -> str:
        """wᵢ² with the value of wᵢ (bracketed when negative), in TeX."""
        value = self.values[f"w{index + 1}v"]
        base = f"({value.tex})" if self.w[index] < 0.0 else value.tex
        return f"{base}^2"

    def caption_square(self, index: int) -> Phrase:
        value = self.values[f"w{index + 1}v"]
        base = f"({value.text})" if self.w[index] < 0.0 else value.text
        return Phrase(f"{base}²", f"{value.spoken} squared")

    def tick_numbers(self) -> list[VMobject]:
        return [*self.axes.x_axis.numbers, *self.axes.y_axis.numbers]


# ====================================================================== UnitBalls
#: The stops the dial accepts: p in [P_MIN, P_MAX], or ∞.
P_MIN, P_MAX = 0.1, 100.0
#: Before p = ∞ the dial runs live to this multiple of the last finite p (at least
#: P_NEAR_MIN), then on to ∞ in the limit: the ball is then within 2^(−1/p) of the square
#: (1.4 % at p = 50), and the pointer 0.1 short of ∞.
P_NEAR_MIN, P_NEAR_FACTOR = 50.0, 4.0
#: The triangle test's three lines under the panel's status: smaller and closer than the
#: panel's lines, so they end above the dial.
TRIANGLE_FONT, TRIANGLE_GAP = PANEL_FONT - 4, 0.1
#: "p > 0 (a norm for p ≥ 1)" sits this far right of the formula.
RANGE_NOTE_GAP = 0.35
#: The dial's line sits this far above the caption strip (its names under it).
DIAL_HEIGHT = 0.55
#: A scale mark on the dial between 2 and ∞ (5, at 5/6: 10, at 10/11, crowded "∞", review
#: r93 item 8), and the gap (scene units) kept between two
#: names under it (closer names are left out: "0.1" and "0.2" would read "0.10.2").
DIAL_MARK = 5.0
DIAL_NAME_GAP = 0.15
#: A sweep shorter than this would look like a jump; the beat's words wait for it.
MIN_SWEEP = 0.8
#: The last stretch to p = ∞, from P_NEAR on (s): the ball is then the square to a pixel.
LIMIT_SWEEP = 0.8
#: Bisection steps for the time a smooth motion reaches a share of its way (2⁻⁴⁰ s exact).
SPLIT_STEPS = 40
#: The panel changes where the readout leaves the start only if that is in the first half
#: of the way (a shorter stretch is named from its start).
SPLIT_MAX = 0.5
BALL_FILL = 0.18
#: Where the numbers ±1 sit from their ticks: (axis, positive) -> direction, outward of
#: the square max(|w₁|, |w₂|) ≤ 1 and clear of the axis line.
UNIT_TICK_SIDE = {(0, True): DOWN + RIGHT, (0, False): DOWN + LEFT,
                  (1, True): UP + LEFT, (1, False): DOWN + LEFT}
UNIT_TICK_BUFF = 0.1
#: The ±1 numbers' search (see `UnitBalls.place_unit_number`): directions, and the
#: distances (scene units) of their centres from the point: start, stop, step.
UNIT_TURNS, UNIT_REACH, UNIT_OUTWARD = 48, (0.25, 1.4, 0.05), np.pi / 3
#: The labels of the four points on the axes, "(1, 0)", …
UNIT_LABEL_FONT = 26
#: The flashes at the yellow points are this short (scene units; Manim's are 0.2), and the
#: ±1 numbers keep clear of their reach (review r36 item 10, layout report: struck).
FLASH_LINE = 0.1
#: Room (scene units) the ±1 numbers keep round the yellow points' rings: the flashes' reach.
DOT_ROOM = 0.18 + FLASH_LINE - 0.06
#: The flash round a yellow point on an axis: small enough to leave its tick number clear.
DOT_FLASH = 0.18
#: A formula the words are reading is written this fast (s): on screen as they start.
WRITE_FAST = 0.5
#: Dashes of the faint diamond and circle "we met", shown while the words name them.
MET_DASHES = 48
#: The last stop's outline, left while the ball grows out of it: dashed, grey.
GHOST_DASHES, GHOST_OPACITY = 64, 0.8
#: The summary's ranges on the dial: convex (the ridge's green) and corners on the axes
#: (the lasso's orange), drawn this far above the dial line, over the pointer's path.
CONVEX_COLOR = L2_COLOR
#: "p ≥ 1" written in the convex bar's green, lightened half-way to the text's colour (review
#: r94: the dark green on black read dimmer than the other text; this has a contrast of
#: 11:1 on black, above the lasso orange's 10:1).
CONVEX_TEXT_COLOR = interpolate_color(CONVEX_COLOR, TEXT_COLOR, 0.5)
BAR_LIFT = 0.32
#: The second row (corners on the axes) sits this much higher; its open end at p = 0.
BAR_ROW = 0.2
OPEN_END = 0.06
#: The still last frame after the last words (s): at least 2.5 s after the last caption
#: (review r90 item 8: a lecturer cuts on it).
BALL_FINAL_HOLD = 2.6
#: The yellow points on the axes: hollow rings, so the tip under them stays visible.
AXIS_DOT_RADIUS, AXIS_DOT_STROKE = 0.06, 3
#: The square's diagonals are drawn and its corners flashed in this time (s).
DIAGONALS_TIME = 2.0
#: The diamond's edges at (1, 0) fade to this while the dial leaves 1 (they are old).
OLD_EDGE_OPACITY = 0.35
#: The tangent half-lines drawn at (1, 0) (problem units, each) and their stroke.
TANGENT_LENGTH, TANGENT_STROKE = 0.45, 6
#: The edge arrows' tips, the right angle's side (problem units) at the corner (1, 0).
EDGE_TIP, RIGHT_MARK_SIZE = 0.16, 0.12
#: The outward normals at (1, 0): how many in the fan, their length (problem units), width
#: and tips.
NORMAL_COUNT, NORMAL_LENGTH, NORMAL_STROKE, NORMAL_TIP = 5, 0.4, 4, 0.16
#: Said as a line perpendicular to one normal of the fan slides in from outside to the
#: corner and turns inside the fan (review r92 item 1; r93: "square to" was obscure, and
#: at the fan's two edge normals the line lies along a whole edge, so it turns short of
#: them and the words say "inside the fan").
SUPPORT_WORDS = ("{@slide}A level line of a linear loss first touches the ball at the "
                 "corner, where that loss is least, {@turn}for each normal inside the fan.")
#: That line: its fan's directions (4k + 1, so the drawn normals are among them), the one
#: it starts perpendicular to (share of the fan from (1, −1): the drawn normal at −22.5°),
#: how far short of the fan's ends it turns (share of the fan), its starting level (share
#: of the support, > 1: outside the ball), its stroke, slide and turn times (s).
SUPPORT_STEPS, SUPPORT_FIRST, SUPPORT_MARGIN = 181, 0.25, 0.1
SUPPORT_LEVEL, SUPPORT_STROKE = 1.3, 4
SUPPORT_SLIDE, SUPPORT_TURN = 1.3, 2.1
#: The normal the line is perpendicular to, drawn over the fan (which dims to this).
SUPPORT_NORMAL_STROKE, FAN_DIM = 8, 0.35
#: The magnified box at (1, 0) (review r36 item 1): its half-width in problem units
#: (`axis_zoom`), its side and least side (scene units), its gap from (1, 0)'s tangent and
#: the panel, its arrows' length (share of the half-width), the arc's samples, the dashes of
#: the diamond's corner and its colour (as the classic scene's box).
ZOOM_REACH, ZOOM_SIDE, ZOOM_SIDE_MIN, ZOOM_GAP, ZOOM_ARROW = 0.08, 2.0, 1.2, 0.3, 0.6
ZOOM_SAMPLES, ZOOM_DASHES = 129, 14
ZOOM_COLOR = interpolate_color(palette.MUTED, palette.TEXT, 0.8)
#: The panel's note defining an outward normal: its font and its gap under the panel's lines.
NOTE_FONT, NOTE_GAP = 28, 0.35
#: The zero labels sit this far (radians) round from their corner's outward direction.
ZERO_LABEL_TURN = np.pi / 4
#: Leaving p = 1 the dial first rests here, where the rounding at (1, 0) is plain at
#: 480p (the edge is 4 px off the tangent 18 px from the axis; at p = 1.05 it would stay
#: under a pixel at any sensible zoom, since |w₂|^1.05 is almost scale-invariant): the
#: corner's two edges merge there into the one vertical tangent, then the dial turns on.
P_CLOSE = 1.5
#: A stop above 1 must be at least this: leaving 1 the dial rests halfway to it on its
#: scale, and the words and the readout (two decimals) must show that rest apart from both 1
#: and the stop (stops (0.99, 1.01) rested at 1.005, said "p = 1.00", read as the diamond).
P_ABOVE_ONE = 1.02
#: How far the colour goes from ridge's green towards white as p → ∞ (see `ball_color`).
BEYOND_TWO_SHARE = 0.6


def ball_color(p: float) -> ManimColor:
    """The ball's colour at ``p``: the lasso's orange while its corners are on the axes
    (p ≤ 1), blended to ridge's green as p goes from 1 to 2 (linearly in 1/p), then
    paling towards white as p → ∞, where the ball is neither's."""
    if p <= 1.0:
        return L1_COLOR
    if p <= 2.0:
        return interpolate_color(L1_COLOR, L2_COLOR, 2.0 - 2.0 / p)
    beyond = 0.0 if np.isinf(p) else 2.0 / p
    return interpolate_color(L2_COLOR, palette.TEXT, BEYOND_TWO_SHARE * (1.0 - beyond))


def an_exponent() -> Check:
    """A check for one stop of the dial: a number p in [P_MIN, P_MAX], or inf."""
    def check(value: Any, name: str) -> float:
        if isinstance(value, bool):
            raise InvalidArgumentError(name, f"each p must be a number, got {value!r}")
        try:
            p = float(value)
        except (TypeError, ValueError):
            raise InvalidArgumentError(name, f"each p must be a number, got {value!r}") from None
        if p == np.inf:
            return p
        if not np.isfinite(p) or not P_MIN <= p <= P_MAX:
            raise InvalidArgumentError(name, (
                f"each p must lie in [{P_MIN:g}, {P_MAX:g}] or be float('inf'), got {value!r}: "
                f"below {P_MIN:g} the star is thinner than a pixel, above {P_MAX:g} the ball "
                "looks like the square"))
        return p
    return check


def corner_samples() -> Check:
    """A check for ``samples``: 8k + 1 points in [33, 1025], so corners are exact points."""
    def check(value: Any, name: str) -> int:
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise InvalidArgumentError(name, f"must be a whole number, got {value!r}")
        if not 33 <= value <= 1025 or (value - 1) % 8:
            raise InvalidArgumentError(name, f"must be 8k + 1 in [33, 1025] (the corners then "
                                             f"lie on the samples), got {value}")
        return int(value)
    return check


#: What the panel says about the ball of each kind: its name, convexity and corners.
STATUS: dict[str, tuple[str, str, str]] = {
    "star": (r"\text{a star}", r"\text{not convex}", r"\text{corners (sharp tips) on the axes}"),
    "diamond": (r"\text{the diamond: } |w_1| + |w_2| \le 1", r"\text{convex}",
                r"\text{corners on the axes}"),
    "rounded diamond": (r"\text{between diamond and circle}", r"\text{convex}",
                        r"\text{no corners}"),
    "circle": (r"\text{the circle: } w_1^2 + w_2^2 \le 1", r"\text{convex}",
               r"\text{no corners}"),
    "rounded square": (r"\text{between circle and square}", r"\text{convex}",
                       r"\text{no corners}"),
    "square": (r"\text{the square: } \max(|w_1|, |w_2|) \le 1", r"\text{convex}",
               r"\text{corners on the diagonals}"),
}

#: An invisible glyph as tall as "(" after each status line: every line's box then has
#: the same height and baseline, so the gaps between them look even (review r36 item 10:
#: "convex" sat apart; TeX's \vphantom draws nothing, so Manim's boxes ignore it).
STRUT = r"\;("


def halves_sum(p: float) -> str:
    """"= ((½)^p + (½)^p)^(1/p)", the p-norm of (½, ½) from its formula, as TeX; for
    p = 1/k, (ᵏ√½ + ᵏ√½)^k (review r90 item 6: the arithmetic shown)."""
    k = round(1.0 / p)
    if k >= 2 and abs(k * p - 1.0) < 1e-12:
        root = r"\sqrt{\tfrac12}" if k == 2 else rf"\sqrt[{k}]{{\tfrac12}}"
        return rf"= \big({root} + {root}\big)^{{{k}}}"
    q = number(p).tex
    return rf"= \big((\tfrac12)^{{{q}}} + (\tfrac12)^{{{q}}}\big)^{{1/{q}}}"


def status_line(tex: str) -> MathTex:
    """A panel status line with the invisible strut at its end (see STRUT)."""
    line = MathTex(tex, STRUT, font_size=PANEL_FONT - 2)
    line[1].set_opacity(0.0)
    return line

#: The star's "not convex" line once the triangle inequality is seen to fail.
QUASI_TEX = r"\text{not convex, triangle inequality fails}"

#: Each arrival's description (after "the ball is"), by the ball's shape.
ARRIVAL = {
    "star": ("a star, not convex{@at}, with {@corners}corners, sharp tips, on the axes.",
             "a star, not convex{@at}, with {@corners}corners, sharp tips, on the axes."),
    "diamond": ("the diamond, |{w1}| + |{w2}| ≤ 1{@at}: convex, with {@corners}corners on the "
                "axes, where one weight is exactly 0.",
                "the diamond, where the absolute values of w-one and w-two add up to at most "
                "1{@at}: convex, with {@corners}corners on the axes, where one weight is "
                "exactly 0."),
    "rounded diamond": ("convex, with no corners{@at}: between the diamond and the circle. "
                        "{@corners}It crosses the axes smoothly.",
                        "convex, with no corners{@at}: between the diamond and the circle. "
                        "{@corners}It crosses the axes smoothly."),
    "circle": ("the circle, ridge's ball, {w1}² + {w2}² ≤ 1{@at}: convex, with "
               "{@corners}no corners at all.",
               "the circle, ridge's ball, where w-one squared plus w-two squared is at most "
               "1{@at}: convex, with {@corners}no corners at all."),
    "rounded square": ("convex, with no corners{@at}: between the circle and the square. "
                       "{@corners}It crosses the axes smoothly.",
                       "convex, with no corners{@at}: between the circle and the square. "
                       "{@corners}It crosses the axes smoothly."),
    "square": ("the square, max(|{w1}|, |{w2}|) ≤ 1{@at}: convex, with {@corners}corners on the "
               "diagonals, not on the axes.",
               "the square, where the larger absolute value is at most 1{@at}: convex, with "
               "{@corners}corners on the diagonals, not on the axes."),
}


#: Said during the first morph: the ball grows (B_p ⊂ B_q for p < q), the axis points stay.
#: Said while p leaves 1: the colour runs from the lasso's towards ridge's (`ball_color`).
LEAVE_CLAUSE = "its orange turns towards ridge's green"
#: Said where the dial rests past 1 (at P_CLOSE, where the rounding shows): the corner's
#: two edges, drawn and named at p = 1, have become the one vertical tangent.
MERGED = ("{@hold}The dial rests at p = {rest}.{zoom} {@tangent}At (1, 0) the two edges have "
          "merged into one vertical tangent, {@flash}with one normal{only}{slight}.")
#: The same when the edges were not drawn (the dial crossed 1 without stopping).
ONE_TANGENT = ("{@hold}The dial rests at p = {rest}.{zoom} {@tangent}At (1, 0) the ball now "
               "has one vertical tangent, {@flash}with one normal{only}{slight}.")
#: Said where the dial rests just above 1 (review r36 item 1): the box magnifies (1, 0), and
#: the ball there lies just outside the diamond's corner (B₁ ⊂ B_p, `regmath.lp.axis_arc`).
ZOOM = " {@zoom}Magnified, its tip is smooth."
#: The same where the rest is below ROUND_SEEN: there the box still shows nearly a V.
ZOOM_FLAT = " {@zoom}Magnified, it lies just past the dashed edges."
#: From this p on the box shows the tip at (1, 0) round (zoomed by k the curve's bend
#: shrinks only by k^(1 − p): at 1.05 it stays a V at any zoom, review r91 item 1).
ROUND_SEEN = 1.3
#: Added to the rest's words where the dial rests below P_CLOSE (a stop close to 1): there
#: the ball still looks like the diamond, and the words say so.
SLIGHT = ", a rounding too slight to see even magnified"
#: Said with the one normal (review r91 item 2, the ridge counterpart; r93: why the fan
#: matters, said once): at p = 1 every direction inside the fan has the corner (1, 0), a
#: zero weight, as the ball's farthest point; for p > 1 only the axis direction itself.
ONLY_AXIS = ": at p = 1 a whole fan's lines first touched (1, 0), where w₂ = 0; now only its line"
#: The same where the box shows the tip round (review r94 item 2: the contrast for p > 1 was
#: never shown): the line perpendicular to a direction inside the old fan, tilted, now first
#: touches the ball off the axis, both weights non-zero (`regmath.lp.ball_support`).
ONLY_AXIS_TILT = "; {@tilt}a tilted line now first touches it off the axis, both weights non-zero"
#: That tilted line: the old fan's direction it is perpendicular to (`axis_normals`' finer
#: fan, the one the line at p = 1 turned to), its half-length (problem units).
TILT_STEP, TILT_HALF = round((1.0 - SUPPORT_MARGIN) * (SUPPORT_STEPS - 1)), 0.32
#: The one normal is marked again every so often while the words after its flash speak of
#: it (a still of over 4 s reads as a frozen video), each mark this long (seconds).
NORMAL_PULSE_GAP = 2.0
NORMAL_PULSE_SECONDS = 1.0
#: Said as the dial turns on from P_CLOSE: the tangent holds for every p > 1, which the
#: picture showed only where the rounding is visible; just above 1 it looked like a corner.
EVERY_P = ("{@every}The dial turns on: one tangent for every p above 1, even where the "
           "rounding is too slight to see.")
#: The same where the rest's words have said the rounding is too slight to see.
EVERY_P_SLIGHT = "{@every}The dial turns on: one tangent for every p above 1."
#: Said as the dial turns on from the magnified rest where the tip shows round.
EVERY_P_ROUND = "{@every}This holds for every p > 1."


# TOOLKIT: a NamedTuple, not a dataclass: tests/benchmarks/bench_render.py loads scene files
# without registering them in sys.modules, where @dataclass looks its module up.
class Sweep(NamedTuple):
    """One stretch of a morph: turn the dial to ``target`` by the bookmark ``mark``;
    ``landmark`` is the p reached there if it is 1 or 2 (marked as it is crossed)."""

    target: float
    mark: str
    landmark: float | None = None
    limit: bool = False
    #: The bookmark the turn starts at (None: at once); the dial holds still before it.
    start: str | None = None
    #: Draw the tangents at (1, 0) at the dial's target once it gets there.
    tangents: bool = False


# TOOLKIT: `motion.sweep` could take callbacks at values ("at p = 0.995, change the panel")
# and cut its motion there itself; scenes then would not need `split_smooth_at`.
def split_smooth_at(fractions: list[float]) -> list[tuple[Callable[[float], float], float]]:
    """Cut one ``smooth`` motion where it has covered each of ``fractions`` of its way
    (increasing, in (0, 1)): each part's rate function and its share of the time.

    Played one after the other, the parts move exactly as the whole would.
    """
    cuts = [0.0]
    for fraction in fractions:
        low, high = cuts[-1], 1.0
        for _ in range(SPLIT_STEPS):  # bisection: smooth is increasing
            middle = 0.5 * (low + high)
            low, high = (middle, high) if smooth(middle) < fraction else (low, middle)
        cuts.append(0.5 * (low + high))
    cuts.append(1.0)

    def part(a: float, b: float) -> Callable[[float], float]:
        base, span = smooth(a), smooth(b) - smooth(a)
        return lambda u: (smooth(a + u * (b - a)) - base) / span

    return [(part(a, b), b - a) for a, b in zip(cuts[:-1], cuts[1:])]


def pulse(line: VMobject, color: ManimColor) -> Animation:
    """Mark a panel line: it grows and takes ``color``, then is back, its left edge fixed
    (Indicate grows it about its centre, so the left-aligned column jiggles)."""
    return line.animate(rate_func=there_and_back).scale(PULSE_SCALE, about_edge=LEFT).set_color(
        color).build()


#: How much a marked panel line grows (see `pulse`).
PULSE_SCALE = 1.15


def dot_flash(where: Any) -> Animation:
    """The yellow flash at a point on an axis: short, so the ±1 numbers stay clear of it."""
    return Flash(where, color=ZERO_COLOR, flash_radius=DOT_FLASH, line_length=FLASH_LINE)


def p_words(p: float) -> Phrase:
    """p for the words: "0.5", "2", "∞"."""
    if np.isinf(p):
        return Phrase("∞", "infinity")
    return number(p)


class UnitBalls(NormsScene):
    """The unit ball ‖w‖_p ≤ 1 as the dial p turns through the stops."""

    #: The dial's stops, increasing; each p in [0.1, 100] or inf.
    stops: ClassVar[tuple[float, ...]] = (0.5, 1.0, 2.0, np.inf)
    #: Points on each outline (8k + 1, so corners and tips are exact points).
    samples: ClassVar[int] = 257
    #: Leaving p = 1 the dial rests just above it, at ``slight_p``, and a box magnifies (1, 0)
    #: there (reviews r36 item 1, r90 item 1: "even where the rounding is too slight to
    #: see" was told over a dial at 1.5 → 2, not shown); False: the old rest at P_CLOSE,
    #: unmagnified. At 1.05 the box still showed nearly a V (zoomed by k the curve's bend
    #: shrinks only by k^(1 − p)) under "no corners" (review r91 item 1): at 1.4 its tip
    #: shows round; a rest below ROUND_SEEN says "too slight to see even magnified".
    slight_rest: ClassVar[bool] = True
    slight_p: ClassVar[float] = 1.4

    parameters = {"stops": increasing(an_exponent(), min_length=2, max_length=6),
                  "samples": corner_samples()}

    # ------------------------------------------------------------------ data
    def setup(self) -> None:
        super().setup()
        self.stop_values: tuple[float, ...] = self.data["stops"]
        self.samples_count: int = self.data["samples"]
        near_one = [p for p in self.stop_values if 1.0 < p < P_ABOVE_ONE]
        if near_one:
            raise refuse("stops", f"{near_one[0]:g} is too close to 1 to show apart from it (the "
                         f"dial rests between 1 and it, and 1.00 would read as the diamond); make "
                         f"it 1 or at least {P_ABOVE_ONE:g}")
        self.facts: list[BallFacts] = [ball_facts(p) for p in self.stop_values]
        self.dial = ValueTracker(p_scale(self.stop_values[0]))
        # p/(1 + p) and back is not exact in floating point (2 comes back as 2 + 4e-16).
        self.exact_p = {p_scale(p): p for p in (*self.stop_values, *LANDMARKS)}
        largest = lp_ball_boundary(self.stop_values[-1], 1.0, samples=self.samples_count)
        shown = [largest, axis_points()]
        if not ball_facts(self.stop_values[0]).convex:  # the sum (1, 1) of the chord's ends
            shown.append(triangle_test(self.stop_values[0]).total[None, :])
        self.view: ViewBox = view_box(shown)
        self.axes_group = make_axes(self.view, avoid=self.key_curves())
        self.axes = self.axes_group[0]
        self.place_unit_ticks()
        finite = [p for p in self.stop_values if np.isfinite(p)]
        self.p_near = max(P_NEAR_MIN, P_NEAR_FACTOR * finite[-1]) if finite else P_NEAR_MIN
        self.panel_lines: list[VMobject] = []
        self.status_kind: str | None = None
        self.chord_shown = False
        self.chord_label_shown = False
        self.triangle_shown = False
        self.dots_shown = False
        self.tangents_shown = False
        #: The panel's line on corners waits for the tangent at (1, 0) (see show_tangents).
        self.corner_line_held = False
        self.dots_dimmed = False
        self.zoom_shown = False
        self.fan_closed = False
        if self.slight_rest and not 1.0 < self.slight_p < P_CLOSE:
            raise refuse("slight_p", f"must lie in (1, {P_CLOSE:g}) (the rest where the rounding "
                         f"is too slight to see), got {self.slight_p!r}")

    def place_unit_ticks(self) -> None:
        """The numbers ±1 on the axes give way to labels of the four points themselves,
        "(1, 0)", "(0, 1)", …: each ball crosses the axes at ±1 right where a tick number
        would sit, and the numbers, moved off their ticks to clear the balls, read as
        ±1.2 (review r90 item 2). A number whose mirror image was left out (it cut a ball)
        goes too, so each axis is labelled symmetrically. The point labels
        (``self.unit_numbers``) stay until the corners are named by their zero weights
        (review r36 item 2: "the same four points" were named with no coordinate on
        screen), each placed where no ball, yellow point,
        edge, tangent, normal or tick number crosses it (`place_unit_number`)."""
        self.unit_numbers = VGroup()
        ones: list[tuple[VMobject, int, float]] = []
        for axis, along in ((self.axes.x_axis, 0), (self.axes.y_axis, 1)):
            values = {round(n.get_value(), 9) for n in axis.numbers}
            for label in list(axis.numbers):
                value = label.get_value()
                if round(-value, 9) not in values or abs(value) == 1.0:
                    axis.numbers.remove(label)
                if round(-value, 9) in values and abs(value) == 1.0:
                    ones.append((label, along, value))
        obstacles = self.unit_obstacles()
        for _, along, value in ones:
            tip = axis_points()[(0 if value > 0 else 2) + along]
            label = MathTex(point(tip).tex, font_size=UNIT_LABEL_FONT)
            out = UNIT_TICK_SIDE[(along, value > 0)]
            self.place_unit_number(label, to_scene(self.axes, tip), out, obstacles)
            self.unit_numbers.add(label)

    @staticmethod
    def place_unit_number(label: VMobject, tip: np.ndarray, out: np.ndarray,
                          obstacles: list[VMobject]) -> VMobject:
        """Put a ±1 number's centre round its point ``tip``: in UNIT_TURNS directions (the
        nearest to ``out`` first), from UNIT_REACH[0] outward, at the first place its box
        meets none of ``obstacles`` (layout only; the wedge between the fan's last normal
        and the tangent at (1, 0) is narrower than a compass step). Else next to ``tip``
        towards ``out``."""
        points = _outline_points([m for o in obstacles for m in o.family_members_with_points()])
        heading = np.arctan2(out[1], out[0])
        turns = sorted(np.linspace(-np.pi, np.pi, UNIT_TURNS, endpoint=False),
                       key=lambda a: abs(np.angle(np.exp(1j * (a - heading)))))
        # Outward first (within UNIT_OUTWARD of ``out``), then anywhere.
        near = [a for a in turns if abs(np.angle(np.exp(1j * (a - heading)))) <= UNIT_OUTWARD]
        for directions in (near, turns):
            for reach in np.arange(*UNIT_REACH):
                for a in directions:
                    label.move_to(tip + reach * np.array([np.cos(a), np.sin(a), 0.0]))
                    if not _box_holds(label, points, margin=CUT_MARGIN):
                        return label
        return label.next_to(tip, out, buff=UNIT_TICK_BUFF)

    def unit_obstacles(self) -> list[VMobject]:
        """What the ±1 numbers must keep clear of: every ball the dial rests at, the yellow
        points, and the edges, tangent and normals drawn at (1, 0) (all from regmath)."""
        rests = [*self.stop_values, self.slight_p, P_CLOSE]
        curves = [polyline(self.axes, lp_ball_boundary(p, 1.0, samples=self.samples_count))
                  for p in rests]
        arrows = [polyline(self.axes, segment) for p in (1.0, P_CLOSE)
                  for segment in axis_normals(p, count=NORMAL_COUNT,
                                              length=NORMAL_LENGTH).segments]
        # The tangent arrows as drawn, heads and all (review r91 item 3: a head touched
        # the label "(1, 0)").
        arrows += [self.tangent_arrows(p) for p in (1.0, P_CLOSE)]
        rings = [Circle(radius=AXIS_DOT_RADIUS + DOT_ROOM).move_to(to_scene(self.axes, c))
                 for c in axis_points()]
        lines = [VGroup(Line(axis.get_start(), axis.get_end()), axis.ticks, axis.numbers)
                 for axis in (self.axes.x_axis, self.axes.y_axis)]
        return [*curves, *arrows, *rings, *lines]

    def key_curves(self) -> list[np.ndarray]:
        """Every stop's outline: tick numbers must not cut any of them."""
        return [lp_ball_boundary(p, 1.0, samples=self.samples_count) for p in self.stop_values]

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("ball")
        self.introduce()
        for k, stop in enumerate(self.stop_values):
            self.next_section(f"p={stop:g}")
            if k == 0:
                self.show_first_stop()
            else:
                self.morph(self.stop_values[k - 1], stop, first=k == 1)
                self.arrive(stop)
            if stop == 1.0 and k + 1 < len(self.stop_values):
                self.show_edges()  # they merge into one tangent as the dial turns on
        self.next_section("summary")
        self.summarize()

    # ----------------------------------------------------------------- beats
    def introduce(self) -> None:
        self.title = self.make_title(r"The unit ball $\|w\|_p \le 1$")
        # The formula alone on its line with its range (review r90 item 7: the range beside
        # the live readout read as one statement, "p = 0.50 p > 0"); the two-term form went
        # (the worked numbers at p < 1 write it out).
        self.formula = self.add_panel_line(MathTex(
            r"\|w\|_p = \Big(\sum_i |w_i|^p\Big)^{1/p}", font_size=PANEL_FONT - 2))
        self.members = self.add_panel_line(MathTex(
            r"p = 1:\ |w_1| + |w_2|, \quad p = 2:\ \sqrt{w_1^2 + w_2^2}", font_size=PANEL_FONT - 4))
        self.p_line = self.get_p_readout()
        self.p_readout = self.p_line  # kept: the dial's way back to 1 shows it again
        self.add_panel_line(self.p_line, gap=0.3)
        self.dial_group, self.pointer = self.get_dial()
        # The two balls "we met", drawn while named (dashed: they are reminders, not the ball).
        self.met = met = VGroup(*(DashedVMobject(polyline(
            self.axes, lp_ball_boundary(p, 1.0, samples=self.samples_count),
            stroke_color=color, stroke_width=3), num_dashes=MET_DASHES)
            for p, color in ((1.0, L1_COLOR), (2.0, L2_COLOR))))
        # "True norms only from 1 on": the quasi-norm beat below is then a promise kept,
        # not a contradiction (a reviewer read "one for each p > 0" against it).
        # The range the words give, on screen as they give it (review r36 item 8), right
        # of the formula it is the range of.
        # On two lines: beside the formula on one it ran off the frame.
        self.range_note = VGroup(Tex(r"$p > 0$", font_size=PANEL_FONT - 4),
                                 Tex(r"(a norm for $p \ge 1$)", font_size=PANEL_FONT - 4)
                                 ).arrange(DOWN, aligned_edge=LEFT, buff=0.1)
        self.range_note.next_to(self.formula, RIGHT, buff=RANGE_NOTE_GAP)
        with self.cue("L1 and L2 belong to one family, {@formula}the p-norms, {@range}one "
                      "for each p > 0, true norms from p = 1 on. {@members}p = 1 gives the "
                      "lasso's orange diamond, p = 2 ridge's green circle.",
                      spoken="L1 and L2 belong to one family, {@formula}the p-norms, "
                      "{@range}one for each p above 0, true norms from p = 1 on. {@members}p = 1 "
                      "gives the lasso's orange diamond, p = 2 ridge's green circle.") as cue:
            # The title and the axes are there from the first frame (a video's thumbnail);
            # the formula is written as it is read.
            # The points' coordinates come with their yellow points (`show_dots`; review
            # r93 item 8: they floated off unmarked points for 21 s).
            self.add(self.title, self.axes_group)
            cue.play(Indicate(self.title, color=TEXT_COLOR), until="formula")
            cue.play(Write(self.formula), at="formula", until="range")
            cue.play(Write(self.range_note, run_time=WRITE_FAST), at="range", until="members")
            cue.play(Write(self.members), Create(met), at="members", until=cue.END)
        # The dial's scale is p/(1 + p): not linear, so the words say where 1 and ∞ sit.
        # The two balls we met stay, faint, until the first ball is drawn (no empty plot).
        with self.cue("{@dial}Here is a dial for p, {@middle}with 1 at its middle and "
                      "{@end}∞ at its end, {@squeeze}squeezed so that ∞ fits.",
                      spoken="{@dial}Here is a dial for p, {@middle}with 1 at its middle and "
                      "{@end}infinity at its end, {@squeeze}squeezed so that infinity "
                      "fits.") as cue:
            # The pointer and the p readout come with the first stop's words ("Start at
            # p = …"): a reviewer saw them rest at 0.5 over the reminders of 1 and 2.
            cue.play(Reveal(self.dial_group), at="dial")
            cue.play(Indicate(self.dial_line, color=TEXT_COLOR, scale_factor=1.0),
                     until="middle")
            cue.play(Indicate(self.dial_names[1.0], color=ZERO_COLOR, scale_factor=1.6),
                     at="middle")
            cue.play(Indicate(self.dial_names[np.inf], color=ZERO_COLOR, scale_factor=1.6),
                     at="end")
            # The uneven gaps between the names, 0–0.5 twice 0.5–1, as the words explain them.
            cue.play(*(Indicate(name, color=ZERO_COLOR, scale_factor=1.3)
                       for name in self.dial_group[1]), at="squeeze", until=cue.END)

    def show_first_stop(self) -> None:
        p = self.stop_values[0]
        facts = self.facts[0]
        self.outline = VGroup(VMobject(stroke_width=0, z_index=0),
                              VMobject(stroke_width=5, z_index=1))
        self.follow_outline(self.outline)
        self.status = self.get_status(facts.shape)
        self.status_kind = facts.shape
        for line in self.status:
            self.add_panel_line(line)
        # Hollow: the ball's tip under each point stays visible (corner or rounded).
        self.dots = VGroup(*(Dot(to_scene(self.axes, c), radius=AXIS_DOT_RADIUS, fill_opacity=0.0,
                                 stroke_color=ZERO_COLOR, stroke_width=AXIS_DOT_STROKE,
                                 z_index=4) for c in axis_points()))
        caption, spoken = ARRIVAL[facts.shape]
        # "Not convex" waits for the chord that shows it (review r94: said and written
        # 8 s before the dashed chord defined it): the star is named, its panel line held.
        self.convex_line_held = not facts.convex
        if self.convex_line_held:
            caption, spoken = (c.replace(", not convex{@at}", "{@at}") for c in (caption, spoken))
        # The title names the unit ball; its definition in words went (review r36 item 9:
        # 4 s of a title's colour flash over a still picture).
        with self.cue("{@start}Start at p = {p}, where the unit ball is " + caption, p=p_words(p),
                      spoken="{@start}Start at p = {p}, where the unit ball is " + spoken) as cue:
            # The pointer, the readout and the ball come as the first stop is named; the
            # faint reminders give way to the ball itself.
            cue.play(Reveal(self.pointer), Reveal(self.p_line), Create(self.outline[1]),
                     Reveal(self.outline[0]), Conceal(self.met), at="start", until="at")
            # The panel says what the words say, as they say it.
            cue.play(Reveal(self.status[0]),
                     *([] if self.convex_line_held else [Reveal(self.status[1])]), at="at")
            self.mark_arrival(cue, facts, p, reveal=self.status[2],
                              convex_line=not self.convex_line_held)
        with self.cue("Every p-ball meets the axes at {@dots}the same four "
                      "points.") as cue:
            # Already shown if the first stop's corners named them: point at them again.
            cue.play(*(self.show_dots(Indicate) if self.dots_shown
                       else [Reveal(self.dots), Reveal(self.unit_numbers)]), at="dots")
            self.dots_shown = True
            # One point after the other, round the ball, across the words.
            cue.play(LaggedStart(*(dot_flash(d)
                                   for d in self.dots), lag_ratio=0.6), until=cue.END)
        if not facts.convex:
            self.show_chord()

    def show_chord(self) -> None:
        segment, middle = convexity_chord()
        self.chord = DashedVMobject(polyline(self.axes, segment, stroke_color=TEXT_COLOR,
                                             stroke_width=3), num_dashes=16)
        self.chord_middle = Dot(to_scene(self.axes, middle), radius=0.07, color=TEXT_COLOR,
                                z_index=4)
        # From 0 through the middle to the sum (1, 1): it is twice (½, ½) (drawn with the
        # triangle test; the label keeps clear of it).
        self.twice = DashedVMobject(polyline(
            self.axes, np.array([np.zeros(2), triangle_test(self.stop_values[0]).total]),
            stroke_color=TEXT_COLOR, stroke_width=3), num_dashes=14)
        # Named as the words name it; left of the middle, between the chord and that line.
        self.chord_label = MathTex(r"(\tfrac12,\ \tfrac12)", font_size=LABEL_FONT)
        place_clear(self.chord_label, to_scene(self.axes, middle), LEFT,
                    [self.outline[1], self.chord, self.twice, *self.axes_group],
                    buff=LABEL_BUFF)
        with self.cue("Not convex: {@chord}the dashed line between two tips of the star "
                      "{@outside}runs outside it, {@ends}though both its ends are in the "
                      "ball.") as cue:
            # "not convex" comes on the panel as it is said, the chord as it is named.
            if getattr(self, "convex_line_held", False):
                cue.play(Reveal(self.status[1], run_time=WRITE_FAST), until="chord")
                self.convex_line_held = False
            # Drawn quickly as it is named (review r91 item 4: whole only 2 s after).
            cue.play(Create(self.chord, run_time=WRITE_FAST), at="chord")
            # The part outside the star is marked by a stroke running along the chord; its
            # middle gets its dot when the next words name it.
            cue.play(trace(self.chord, TEXT_COLOR), at="outside")
            cue.play(*(dot_flash(to_scene(self.axes, end))
                       for end in segment), *self.make_room(), at="ends")
        self.chord_shown = True
        self.show_triangle_test()

    def make_room(self) -> list[Animation]:
        """Room for the worked lines (review r91 item 3: they crowded the dial): the line
        "p = 1: …, p = 2: …", read at the start, goes, and the readout and status lines
        move up into its place (the worked lines are placed under them there)."""
        self.lift = self.members.get_top()[1] - self.p_line.get_top()[1]
        self.panel_lines.remove(self.members)
        return [Conceal(self.members), self.p_line.animate.shift(self.lift * UP),
                self.status.animate.shift(self.lift * UP)]

    def show_triangle_test(self) -> None:
        """The chord's middle, its p-norm, and the triangle inequality failing at its ends:
        ‖(1, 0) + (0, 1)‖_p > ‖(1, 0)‖_p + ‖(0, 1)‖_p, written as the words say it, with
        the sum (1, 1) drawn as the far corner of the parallelogram on the two ends."""
        p = self.stop_values[0]
        test = triangle_test(p)
        # The norm's subscript is the p it is (review r90 item 6: a bare ‖·‖ read as the
        # usual length), and the middle's norm is worked out from the formula.
        sub = rf"_{{{number(p).tex}}}"
        middle, total, ends = (number(test.middle_norm), number(test.total_norm),
                               number(test.ends_norm))
        rel_middle = relation(exactly(middle, test.middle_norm))
        rel_total = relation(exactly(total, test.total_norm))
        middle_line = MathTex(r"\|(\tfrac12,\ \tfrac12)\|" + sub, halves_sum(p), rel_middle.tex,
                              middle.tex, "> 1", font_size=TRIANGLE_FONT)
        # (1, 1) = 2·(½, ½): its norm is twice the middle's (homogeneity), then the
        # inequality on one line.
        total_line = MathTex(r"\|(1, 1)\|" + sub, r"= 2\,\|(\tfrac12,\ \tfrac12)\|" + sub,
                             rel_total.tex, total.tex, font_size=TRIANGLE_FONT)
        ends_line = MathTex(r"\|(1, 0) + (0, 1)\|" + sub, rel_total.tex, total.tex, r">",
                            ends.tex, r"= \|(1, 0)\|" + sub + r" + \|(0, 1)\|" + sub,
                            font_size=TRIANGLE_FONT - 2)
        # A p written with more digits widens the inequality: it shrinks to the panel.
        room = PANEL_RIGHT - PANEL_LEFT
        if ends_line.width > room:
            ends_line.scale_to_fit_width(room)
        lines = VGroup(middle_line, total_line, ends_line)
        for line in lines[:2]:
            if line.width > room:
                line.scale_to_fit_width(room)
        for line in lines:
            self.add_panel_line(line, gap=TRIANGLE_GAP)
        corner = to_scene(self.axes, test.total)
        sides = VGroup(*(DashedVMobject(polyline(self.axes, np.array([end, test.total]),
                                                 stroke_color=TEXT_COLOR, stroke_width=2),
                                        num_dashes=8) for end in test.ends))
        sum_dot = Dot(corner, radius=0.07, color=TEXT_COLOR, z_index=4)
        twice = self.twice
        sum_label = MathTex(point(test.total).tex, font_size=LABEL_FONT)
        place_clear(sum_label, corner, UP + RIGHT, [self.outline[1], self.chord, sides,
                                                     *self.axes_group], buff=LABEL_BUFF)
        self.triangle_parts = VGroup(lines, sides, sum_dot, sum_label, twice)
        self.triangle_shown = True
        with self.cue("{@mid}Its middle, (½, ½), has p-norm {m}, more than 1. {@sum}The "
                      "sum (1, 0) + (0, 1) = (1, 1) {@twice}is twice the middle, so its p-norm "
                      "{@double}is twice as large, {t}: {@more}more than 1 + 1 = {e}.",
                      m=about(middle, test.middle_norm),
                      t=about(total, test.total_norm), e=ends,
                      spoken="{@mid}Its middle, one half, one half, has p-norm {m}, more than "
                      "1. {@sum}The sum of 1, 0 and 0, 1, which is 1, 1, {@twice}is twice the "
                      "middle, so its p-norm {@double}is twice as large, {t}: {@more}more than "
                      "1 + 1 = {e}.") as cue:
            self.chord_label_shown = True
            cue.play(Write(middle_line, run_time=WRITE_FAST), Reveal(self.chord_label),
                     Reveal(self.chord_middle), Flash(self.chord_middle, color=TEXT_COLOR,
                                                       flash_radius=0.25), at="mid")
            # The middle's label makes way for the square's side x = 1, which would cross
            # it (no wedge between the chord, the line through 0 and the sides fits it);
            # the dot stays, and the label returns when the chord is named again.
            cue.play(Create(sides, run_time=1.0), Reveal(sum_dot, run_time=1.0),
                     Reveal(sum_label, run_time=1.0), Conceal(self.chord_label, run_time=1.0),
                     at="sum")
            self.chord_label_shown = False
            # In step with the words (review r36 item 5): "= 2‖(½, ½)‖" with "twice the
            # middle", "= 4" with "twice as large, 4".
            cue.play(Write(total_line[:2], run_time=WRITE_FAST), Create(twice, run_time=1.0),
                     at="twice")
            cue.play(Write(total_line[2:], run_time=WRITE_FAST), at="double")
            cue.play(Write(ends_line, run_time=WRITE_FAST), at="more")
            cue.play(*(dot_flash(to_scene(self.axes, end))
                       for end in test.ends), Indicate(sum_dot, color=TEXT_COLOR,
                                                               scale_factor=1.8),
                     at="more", until=cue.END)
        # "triangle inequality fails" is written where the panel says "not convex" (a
        # reviewer heard "quasi-norm" spoken once and never saw it).
        old = self.status[1]
        quasi = status_line(QUASI_TEX).move_to(old, aligned_edge=LEFT)
        # The worked lines stay while the inequality is read (review r90 item 6: they left,
        # leaving a gap); they go as the dial turns on (see `morph`).
        big = ends_line
        for line in lines:
            self.panel_lines.remove(line)
        # The inequality named on screen where it fails (review r93 item 5: "quasi-norm"
        # was named, never explained; dropped, as the brief allows).
        with self.cue("{@norm}The triangle inequality fails: {@quasi}for p < 1 the p-norm "
                      "is not a norm.", settle=KEY_SETTLE_SECONDS) as cue:
            cue.play(Indicate(big, color=ZERO_COLOR, scale_factor=1.05), until="quasi")
            self.remove(old)
            self.add(quasi)
            self.status.submobjects[1] = quasi
            self.panel_lines[self.panel_lines.index(old)] = quasi
            cue.play(pulse(quasi, ZERO_COLOR), at="quasi", until=cue.END)

    def morph(self, start: float, stop: float, *, first: bool) -> None:
        """Turn the dial from one stop to the next, the words naming each change as it happens."""
        words, plan = self.morph_words(start, stop, first=first)
        # The last stop's outline stays, faint: the ball grows out of it.
        # Neutral and dashed: an old outline, not a ball of either penalty's colour.
        ghost = DashedVMobject(self.outline[1].copy().clear_updaters().set_stroke(
            color=TEXT_COLOR, opacity=GHOST_OPACITY, width=3), num_dashes=GHOST_DASHES)
        ghost.set_z_index(0)
        self.outline.add_updater(self.follow_outline)
        self.pointer.add_updater(self.follow_pointer)
        self.p_line.add_updater(self.follow_p_line)
        followers = [self.outline, self.pointer, self.p_line]
        with self.cue(words, a=p_words(start), b=p_words(stop)) as cue:
            self.add(ghost)
            if self.triangle_shown:  # the test was about the first stop, which the dial leaves
                self.play(Conceal(self.triangle_parts), run_time=WRITE_FAST)
                self.triangle_shown = False
            if self.chord_shown:  # named on the diamond's edge: the dial leaves it
                self.play(*self.conceal_chord(), run_time=WRITE_FAST)
            if self.tangents_shown and start != 1.0:  # kept at a rest below P_CLOSE
                self.play(*self.conceal_tangents(), run_time=WRITE_FAST)
            for k, step in enumerate(plan):
                if step.start is not None:
                    cue.wait_until(step.start)
                if self.corner_line_held and (step.start or "").startswith("r"):
                    # "no corners", held at a round rest (`show_tangents`), with its words.
                    self.play(Reveal(self.status[2]), run_time=WRITE_FAST)
                    self.corner_line_held = False
                if self.zoom_shown:  # the dial turns on: the magnified rest is done
                    self.play(*self.conceal_zoom(), run_time=WRITE_FAST)
                if getattr(self, "tilt", None) is not None:
                    # The rest's tilted line touches that ball only: it goes as the dial
                    # turns on (r95: drawn for p = 1.4, it stayed over the p = 1.89 ball). Its
                    # parts were played on their own, so each is concealed on its own.
                    self.play(*(Conceal(m) for m in self.tilt), run_time=WRITE_FAST)
                    self.tilt = None
                if step.limit:
                    # The readout names the limit, p → ∞, and the panel the limit's ball.
                    self.p_line.clear_updaters()
                    followers.remove(self.p_line)
                    self.swap_p_line(r"p \to \infty")
                if step.tangents:
                    # "no corners" waits until the tangent shows it (a reviewer saw it
                    # beside a ball that still looked like the diamond).
                    self.corner_line_held = True
                if step.tangents and self.tangents_shown and self.slight_rest:
                    # The fan, its right angle and "at a corner, a whole fan" go as the
                    # ball leaves p = 1 (review r92 item 2: they stayed 6 s on the round
                    # ball, and in the magnified box): the fan closes into the one normal.
                    self.play(*self.close_fan(step.target), run_time=WRITE_FAST)
                if step.tangents and self.tangents_shown and not self.slight_rest:
                    # The diamond's edges, their right angle and normals stay, faint like
                    # its old outline they lie on, until they merge into the one tangent
                    # and its normal where the dial comes to rest.
                    support = getattr(self, "support", None)
                    gone = [Conceal(support)] if support in self.mobjects else []
                    self.play(*(part.animate.set_opacity(OLD_EDGE_OPACITY)
                                for part in self.kept_above()[1:]), *gone, run_time=WRITE_FAST)
                run = max(cue.until(step.mark), MIN_SWEEP)
                if k + 1 < len(plan) and plan[k + 1].limit:
                    run = max(run - LIMIT_SWEEP, MIN_SWEEP)  # the limit's short last stretch
                elif step.limit:
                    run = LIMIT_SWEEP
                self.sweep_to(step.target, followers, run_time=run, named=step.limit)
                if step.limit:  # the exact square is drawn now: the panel names it
                    # Its corners are named with their words (review r36 item 6).
                    self.corner_line_held = True
                    self.set_status(ball_facts(np.inf).shape)
                if step.landmark is not None:
                    self.mark_landmark(step.landmark)
                if step.tangents:
                    if self.slight_rest:
                        self.show_zoom(cue, step.target, at="z" + step.mark[1:])
                    self.show_tangents(cue, step.target, at="t" + step.mark[1:],
                                       tilt="o" + step.mark[1:],
                                       flash="l" + step.mark[1:])
            for follower in followers:
                follower.clear_updaters()
            self.set_status(ball_facts(stop).shape)  # the dial rests on the stop
        self.ghost = ghost

    def sweep_to(self, target: float, followers: list[VMobject], *, run_time: float,
                 named: bool = False) -> None:
        """Turn the dial to ``target`` in one smooth motion; the panel's status lines change
        to the balls of the stretch at the moment the p readout leaves the start, and to
        the target's ball at the moment it shows the target (never a line about a ball
        that is not on screen). With ``named`` the panel already names the target (the
        limit p → ∞) and stays."""
        start = self.current_p()
        if named:
            sweep(self, self.dial, p_scale(target), *followers, over=self.kept_above(),
                  run_time=run_time, rate_func=smooth)
            return
        begin, end = self.dial.get_value(), p_scale(target)
        span = end - begin
        after, final = ball_facts_between(start, target).shape, ball_facts(target).shape
        changes: list[tuple[float, str]] = []  # (share of the way, the ball named from there)
        at_end: list[str] = []
        if after != self.status_kind:
            leave = (p_scale(start + self.p_step / 2) - begin) / span
            if 0.0 < leave < SPLIT_MAX:
                changes.append((leave, after))
            else:  # the readout hardly moves before it shows the next digit
                self.set_status(after)
        if final != after:
            # The readout rounds to the target from half a step before it.
            reach = ((p_scale(target - self.p_step / 2) - begin) / span
                     if np.isfinite(target) else 1.0)
            if (changes[-1][0] if changes else 0.0) < reach < 1.0:
                changes.append((reach, final))
            else:
                at_end.append(final)
        pieces = split_smooth_at([share for share, _ in changes])
        for k, (rate, time_share) in enumerate(pieces):
            reach = changes[k][0] if k < len(changes) else 1.0
            sweep(self, self.dial, end if reach == 1.0 else begin + reach * span, *followers,
                  over=self.kept_above(), run_time=time_share * run_time, rate_func=rate)
            if k < len(changes):
                self.set_status(changes[k][1])
        for kind in at_end:
            self.set_status(kind)

    def arrive(self, p: float) -> None:
        facts = ball_facts(p)
        caption, spoken = ARRIVAL[facts.shape]
        if np.isinf(p):
            self.swap_p_line(r"p = \infty")
        with self.cue("At p = {p} the ball is " + caption, p=p_words(p),
                      spoken="At p = {p} the ball is " + spoken) as cue:
            # The tangent and its normal stay where the ball still looks like the diamond
            # (a rounded diamond below P_CLOSE): they show the smoothness the eye cannot.
            keep = p == 1.0 or (facts.shape == "rounded diamond" and p < P_CLOSE)
            cue.play(Conceal(self.ghost), *([] if keep else self.conceal_tangents()))
            self.set_status(facts.shape)
            held = self.status[2] if self.corner_line_held else None
            self.corner_line_held = False
            self.mark_arrival(cue, facts, p, reveal=held)
        if self.chord_shown and chord_on_edge(p):
            # The star's chord, left on screen, now lies on the diamond's edge: named, then
            # faded as the dial turns on (see `morph`).
            with self.cue("{@chord}The dashed chord now lies on the ball's edge: {@mid}its "
                          "midpoint (½, ½) has p-norm exactly 1.",
                          spoken="{@chord}The dashed chord now lies on the ball's edge: "
                          "{@mid}its midpoint, one half, one half, has p-norm exactly 1.") as cue:
                cue.play(Indicate(self.chord, color=ball_color(p), scale_factor=1.0), at="chord")
                # The middle's label comes back as it is named (quickly: a play stretched
                # to the cue's end would stretch its fade too).
                if not self.chord_label_shown:
                    cue.play(Reveal(self.chord_label, run_time=WRITE_FAST), at="mid")
                    self.chord_label_shown = True
                cue.play(Flash(self.chord_middle, color=TEXT_COLOR, flash_radius=0.25),
                         Indicate(self.chord_label, color=ball_color(p)), at="mid",
                         until=cue.END)

    def summarize(self) -> None:
        """The two rules as ranges on the dial, on two rows that overlap at the one tick
        p = 1; the dial turns to it (the p readout running) and the ball becomes the
        diamond again, then "both" is written."""
        # White words, the range in its bar's colour (a reviewer found the all-green line
        # hard to read on black).
        lines = VGroup(
            Tex(r"convex: ", r"$p \ge 1$", font_size=PANEL_FONT),
            Tex(r"corners on the axes: ", r"$p \le 1$", font_size=PANEL_FONT),
            Tex(r"both: only $p = 1$, the diamond", font_size=PANEL_FONT),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        lines[0][1].set_color(CONVEX_TEXT_COLOR)
        lines[1][1].set_color(L1_COLOR)
        lines.move_to(self.status, aligned_edge=UP + LEFT)
        convex_bar, corner_bar, meet = self.get_range_bars()
        # The dial turns to 1 unless the last stop is 1 (then it is there already).
        turn = ("Turn the dial to p = 1" if self.stop_values[-1] != 1.0
                else "The dial is at p = 1")
        # Why convexity is wanted, in one clause (review r94: "so why not p < 1?").
        # (UB102 review item 2: true only with a convex loss, now said.)
        with self.cue("{@convex}Convex needs p ≥ 1; with a convex loss, any minimum found is "
                      "then the best. {@corners}Corners on the axes need p ≤ 1. {@back}" + turn + ", where "
                      "they meet. "
                      "{@diamond}Only p = 1 has both: the diamond, the lasso's ball. {@zero}On "
                      "its corners one weight is exactly 0: the source of the lasso's zeros.",
                      spoken="{@convex}Convex needs p of at least 1; then any minimum found "
                      "is the best. "
                      "{@corners}Corners on the axes need p of at most 1. "
                      "{@back}" + turn + ", where they meet. {@diamond}Only p = 1 has both: the "
                      "diamond, the lasso's ball. {@zero}On its corners one weight is exactly "
                      "0: the source of the lasso's zeros.") as cue:
            # The panel's lines on the last ball go: the summary takes their place.
            self.status_kind = None
            # Each rule is on screen as its words start; its bar is drawn while they are read.
            stale = ([Conceal(self.square_diagonals), Conceal(self.square_corners)]
                     if hasattr(self, "square_diagonals") else [])  # the dial leaves the square
            stale += self.conceal_tangents()  # a rest's tangent: the dial turns to 1
            # The old lines leave before the first rule comes in at their place: a
            # cross-fade there showed two texts on top of each other.
            cue.play(Conceal(self.status), *stale, at="convex", run_time=WRITE_FAST / 2)
            cue.play(Reveal(lines[0]), run_time=WRITE_FAST / 2)
            cue.play(Create(convex_bar), until="corners")
            cue.play(Reveal(lines[1]), at="corners", run_time=WRITE_FAST)
            cue.play(Create(corner_bar), until="back")
            # The dial turns across its words, the ball and the p readout following it.
            cue.wait_until("back")
            if self.stop_values[-1] != 1.0:
                self.turn_home(run_time=max(cue.until("diamond"), MIN_SWEEP))
            else:
                cue.play(Indicate(self.pointer, color=ZERO_COLOR), until="diamond")
            # "both" is written as its words start (a play stretched by `until` would
            # stretch the writing too), the meeting point pulsing after.
            # The points on the axes are the diamond's corners again: lit as it is named.
            lit = [Undim(self.dots, run_time=WRITE_FAST)] if self.dots_dimmed else []
            self.dots_dimmed = False
            cue.play(Write(lines[2], run_time=WRITE_FAST), Reveal(meet, run_time=WRITE_FAST),
                     *lit, at="diamond")
            cue.play(Flash(meet[0], color=ZERO_COLOR, flash_radius=0.25),
                     Flash(meet[1], color=ZERO_COLOR, flash_radius=0.25), until="zero")
            # Each corner is named with the weight that is 0 there as it flashes.
            zeros = self.get_zero_labels()
            # Each point grows and glows as its label comes: a flash's burst struck the label
            # (review r36 item 10).
            # The points' coordinates give way to these names (review r93 item 8: "w₁ = 0"
            # stacked under "(0, 1)"; one label a point).
            cue.play(Conceal(self.unit_numbers),
                     LaggedStart(*(AnimationGroup(Indicate(d, color=ZERO_COLOR,
                                                           scale_factor=1.6), Reveal(z))
                                   for d, z in zip(self.dots, zeros)), lag_ratio=0.4),
                     at="zero", until=cue.END)
        # A still last frame, the lesson in one picture, for a lecturer to cut on.
        self.wait(BALL_FINAL_HOLD)
        self.summary = lines

    def get_zero_labels(self) -> VGroup:
        """"w₂ = 0" beside (±1, 0) and "w₁ = 0" beside (0, ±1): the weight that is exactly 0
        at each of the diamond's corners (`axis_points`), each turned 45° round from its
        outward direction so it sits off the axis (`turned_outward`)."""
        labels = VGroup()
        for corner in axis_points():
            zero = int(np.flatnonzero(corner == 0.0)[0]) + 1
            label = MathTex(rf"w_{zero} = 0", font_size=LABEL_FONT, color=ZERO_COLOR)
            side = turned_outward(corner, ZERO_LABEL_TURN)
            place_clear(label, to_scene(self.axes, corner), np.array([*side, 0.0]),
                        [self.outline[1], self.dots, *self.axes_group],
                        buff=LABEL_BUFF)
            labels.add(label.set_z_index(5))
        return labels

    def turn_home(self, *, run_time: float) -> None:
        """Turn the dial to p = 1 in one smooth motion, the ball, pointer and p readout
        following. From p = ∞ the panel first says p > P_NEAR (the readout's largest
        value), and the live readout takes over where p falls below it."""
        followers: list[VMobject] = [self.outline, self.pointer]
        self.outline.add_updater(self.follow_outline)
        self.pointer.add_updater(self.follow_pointer)
        begin, end = self.dial.get_value(), p_scale(1.0)
        if self.p_line is not self.p_readout:  # the dial rests at ∞: a fixed line
            self.swap_p_line(r"p > " + number(self.p_near).tex)
            share = (p_scale(self.p_near) - begin) / (end - begin)
            (first, first_share), (second, second_share) = split_smooth_at([share])
            sweep(self, self.dial, p_scale(self.p_near), *followers, over=self.kept_above(),
                  run_time=first_share * run_time, rate_func=first)
            self.restore_readout()
        else:
            second, second_share = smooth, 1.0
        self.p_line.add_updater(self.follow_p_line)
        sweep(self, self.dial, end, *followers, self.p_line, over=self.kept_above(),
              run_time=second_share * run_time, rate_func=second)
        for follower in (*followers, self.p_line):
            follower.clear_updaters()

    def get_range_bars(self) -> tuple[VMobject, VMobject, VGroup]:
        """Bars over the dial, on two rows: where the ball is convex (p ≥ 1, to ∞) and,
        above it, where its corners are on the axes (0 < p ≤ 1, an open end at 0, which
        is no p); and the two dots at p = 1 where both rows hold."""
        line = self.dial_line
        one = line.n2p(p_scale(1.0))
        convex = Line(one + BAR_LIFT * UP, line.n2p(1.0) + BAR_LIFT * UP, stroke_width=8,
                      color=CONVEX_COLOR)
        top = BAR_LIFT + BAR_ROW
        zero = line.n2p(0.0) + top * UP
        open_end = Circle(radius=OPEN_END, color=L1_COLOR, stroke_width=3).move_to(zero)
        corners = VGroup(Line(zero + OPEN_END * RIGHT, one + top * UP, stroke_width=8,
                              color=L1_COLOR), open_end)
        meet = VGroup(*(Dot(one + lift * UP, radius=0.09, color=ZERO_COLOR, z_index=5)
                        for lift in (BAR_LIFT, top)))
        return convex, corners, meet

    # ---------------------------------------------------------------- words
    def morph_words(self, start: float, stop: float, *, first: bool
                    ) -> tuple[str, list[Sweep]]:
        """The morph's words and the sweeps timed to their bookmarks.

        One sentence per stretch of p between the stops and the landmarks (p = 1
        and 2 strictly between them): what the ball does over the stretch, and the
        landmark it reaches, named as the dial gets there.
        """
        inner = [x for x in LANDMARKS[:2] if start < x < stop]
        bounds = [start, *inner, stop]
        towards = "towards" if np.isinf(stop) else "to"  # p never reaches ∞: a limit
        # The old outline left dashed is named once, on the first turn (review r91 item 4).
        left = " (dashed: the ball we left)" if first else ""
        sentences = [f"Turn p up from {{a}} {towards} {{b}}{left}."]
        plan: list[Sweep] = []
        for k, (low, high) in enumerate(zip(bounds[:-1], bounds[1:])):
            mark = f"s{k}"
            phrase = self.region_phrase(low, high)
            stretch = [phrase + "."]
            hold = low <= 1.0 < high
            if low <= 1.0 < high:
                # The corner rounds off as the dial turns to P_CLOSE, where the rounding is
                # plain to see; there the dial rests while the two edges at (1, 0) merge into
                # the one tangent, then turns on as the words say it holds for every p > 1.
                begin = "" if k == 0 else f"{{@a{k}}}"
                # The edges were drawn and named at p = 1 when the dial rested there (the
                # morph starts at 1; crossing 1 mid-morph draws none).
                tangent = MERGED if k == 0 and start == 1.0 else ONE_TANGENT
                # A stop closer to 1 than P_CLOSE: the dial rests halfway there on its
                # scale (a dial position, not geometry). The words say where it rests: a
                # reviewer saw "Turn p up from 1 to 2" over a dial standing at 1.5 for 4 s.
                # With ``slight_rest`` the dial rests just above 1 (at ``slight_p``), where
                # the box magnifies (1, 0), and the corners round off visibly after it.
                rest = self.slight_p if self.slight_rest else P_CLOSE
                close_p = (rest if rest < high
                           else p_from_scale(0.5 * (p_scale(1.0) + p_scale(high))))
                slight = close_p < (ROUND_SEEN if self.slight_rest else P_CLOSE)
                hold_mark = (begin if self.slight_rest else "") + f"{{@h{k}}}"
                said = tangent.replace("{@hold}", hold_mark).replace(
                    "{@tangent}", f"{{@t{k}}}").replace(
                    "{@flash}", f"{{@l{k}}}").replace(
                    "{rest}", p_words(close_p).text).replace(
                    "{slight}", SLIGHT if slight else "").replace(
                    "{only}", ONLY_AXIS_TILT if self.slight_rest and not slight
                    else ONLY_AXIS).replace("{@tilt}", f"{{@o{k}}}").replace(
                    "{zoom}", (ZOOM_FLAT if slight else ZOOM).replace("{@zoom}", f"{{@z{k}}}")
                    if self.slight_rest else "")
                if self.slight_rest and k == 0:
                    # One thing at a time (review r91 item 1): the turn and its first rest
                    # in one sentence, not "to 2. The dial rests at 1.05".
                    sentences[0] = sentences[0][:-1] + ","
                    said = said.replace("The dial rests at", "resting first at", 1)
                    # The dial turns through the whole clause and rests as it ends (variant
                    # "dense": resting at "resting", it stood 4.4 s before "Magnified").
                    rest_words = f"resting first at p = {p_words(close_p).text}."
                    # The colour turns during this turn: said here, as it does (review r93
                    # item 4: said 10 s later, at the next turn).
                    coloured = rest_words[:-1] + "; " + LEAVE_CLAUSE + "."
                    said = said.replace(hold_mark + rest_words, coloured + hold_mark, 1)
                every = (EVERY_P_SLIGHT if slight else EVERY_P_ROUND if self.slight_rest
                         else EVERY_P).replace("{@every}", f"{{@r{k}}}")
                if self.slight_rest:
                    stretch = [said, every, phrase + "."]
                else:
                    stretch = [begin + phrase + "; " + LEAVE_CLAUSE + ".", said, every]
                plan.append(Sweep(close_p, f"h{k}", start=None if k == 0 else f"a{k}",
                                  tangents=True))
            go = f"r{k}" if hold else None
            sentences += stretch
            if high in inner:
                # The dial reaches the landmark as the sentence naming it appears.
                sentences.append(self.landmark_sentence(high, mark))
                plan.append(Sweep(high, mark, landmark=high, start=go))
            elif np.isinf(high):
                plan.append(Sweep(self.p_near, Cue.END, start=go))
                plan.append(Sweep(np.inf, Cue.END, limit=True))
            else:
                plan.append(Sweep(high, Cue.END, start=go))
        return " ".join(sentences), plan

    @staticmethod
    def region_phrase(low: float, high: float) -> str:
        """What the ball does while p runs from ``low`` to ``high`` (no landmark between)."""
        if high <= 1.0:
            return "The star's arms fill out"
        if high <= 2.0:
            return "Its corners round off" if low <= 1.0 else "It grows rounder"
        # The colour pales as the ball leaves ridge's circle (`ball_color`): said as it does.
        # Towards ∞ the words say why the limit is the max (review r90 item 5).
        grows = "As p grows the largest |wᵢ| dominates: " if np.isinf(high) else ""
        sides = "its sides" if grows else "Its sides"
        # With the reason said, the paling colour goes unsaid (review r90: the video may
        # grow by 6 s at most).
        pales = "" if grows else ", and its green pales"
        return (grows + sides + " flatten towards a square" + pales if low <= 2.0
                else grows + sides + " flatten further towards a square" + pales)

    @staticmethod
    def landmark_sentence(p: float, mark: str) -> str:
        """The dial crosses p = 1 or 2: the sentence naming it, bookmarked where it is named."""
        if p == 1.0:
            return f"{{@{mark}}}At p = 1 it becomes the diamond, convex from here on."
        return f"{{@{mark}}}At p = 2 it passes the circle, ridge's ball."

    def conceal_chord(self) -> list[Animation]:
        """Fade out the star's chord, its middle and the middle's label if it is shown."""
        parts = [self.chord, self.chord_middle, *([self.chord_label]
                                                  if self.chord_label_shown else [])]
        self.chord_shown = self.chord_label_shown = False
        return [Conceal(part) for part in parts]

    # -------------------------------------------------------- marking events
    def mark_arrival(self, cue: Any, facts: BallFacts, p: float,
                     reveal: VMobject | None = None, *, convex_line: bool = True) -> None:
        """Mark what the arrival's words name at ``{@at}`` (convex or not, said next) and
        ``{@corners}``, where ``reveal`` (the panel's line on corners) fades in."""
        shown = [Reveal(reveal)] if reveal is not None else []
        if facts.convex and self.chord_shown and not chord_on_edge(p):
            # The chord no longer leaves the ball (and is not on its edge to be named).
            self.play(*self.conceal_chord())
        if convex_line:
            cue.play(pulse(self.status[1], ball_color(p)), at="at")
        if facts.corners == "axes":
            cue.play(*shown, LaggedStart(*self.show_dots(Flash), lag_ratio=0.3),
                     at="corners", until=cue.END)
        elif facts.corners == "diagonals":
            # The diagonals |w₁| = |w₂| the words name, corner to opposite corner.
            corners = diagonal_points(np.inf)
            self.square_diagonals = VGroup(*(DashedVMobject(polyline(
                self.axes, corners[[k, k + 2]], stroke_color=palette.MUTED, stroke_width=2,
                stroke_opacity=0.8), num_dashes=30) for k in (0, 1))).set_z_index(-1)
            # The corners get their own white markers; the yellow points on the axes, which
            # marked corners until now, are dimmed (here they are mid-sides).
            self.square_corners = VGroup(*(Dot(to_scene(self.axes, c), radius=AXIS_DOT_RADIUS,
                                               color=TEXT_COLOR, z_index=4) for c in corners))
            self.dots_dimmed = True
            # Short, then a still frame to read (still frames cost nothing to render).
            cue.play(*shown, Create(self.square_diagonals), Reveal(self.square_corners),
                     Dim(self.dots),
                     LaggedStart(*(Flash(to_scene(self.axes, c), color=TEXT_COLOR,
                                         flash_radius=0.3) for c in corners), lag_ratio=0.3),
                     at="corners", run_time=DIAGONALS_TIME)
        elif facts.shape == "circle":
            cue.play(*shown, Indicate(self.outline, color=ball_color(2.0), scale_factor=1.04),
                     at="corners", until=cue.END)
        else:
            cue.play(*shown, *self.show_dots(Indicate), at="corners", until=cue.END)

    def show_edges(self) -> None:
        """At p = 1, before the dial turns on: the diamond's two edges leaving (1, 0) as
        arrows, the right angle between them, and the fan of outward normals between
        (1, 1) and (1, −1) (the normal cone), drawn as they are named; they merge into
        the one tangent and its one normal later."""
        edges = self.get_tangents(1.0)
        tangents = axis_tangents(1.0)
        self.tangents_shown = True
        self.right_mark = polyline(self.axes, right_angle_at(
            tangents.point, tangents.segments[0, 1], tangents.segments[1, 1],
            size=RIGHT_MARK_SIZE), stroke_color=TEXT_COLOR, stroke_width=3).set_z_index(3)
        self.normals = self.get_normals(1.0)
        # What an outward normal is, on screen as the fan opens (review r36 item 4).
        self.normal_note = VGroup(
            Tex(r"outward normal: perpendicular to the boundary,", font_size=NOTE_FONT),
            Tex(r"pointing out; at a corner, a whole fan", font_size=NOTE_FONT),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.1)
        self.normal_note[0][0][:13].set_color(NORMAL_COLOR)
        self.normal_note.next_to(self.status[2], DOWN, buff=NOTE_GAP, aligned_edge=LEFT)
        angle = number(tangents.angle)
        # Why the fan matters, in this scene's own terms (review r91 item 2): the corner
        # is the ball's farthest point in each direction of the fan.
        # Shown, not only said (review r92 item 1): a line square to one normal of the fan
        # slides out until it last touches the diamond, at the corner (`support_line`, at
        # level 1 the supporting line), then turns through the fan and stays on the corner.
        # "outward normals" in a subtitle of its own, shown with the fan (review r93
        # item 6: named 4 s before the fan was drawn).
        with self.cue("{@edges}At the corner (1, 0) two edges meet at {@angle}{a}°; "
                      "{@fan}so a whole fan of outward normals. {@pull}" + SUPPORT_WORDS,
                      a=angle,
                      spoken="{@edges}At the corner 1, 0 two edges meet at {@angle}{a} "
                      "degrees; {@fan}so a whole fan of outward normals. {@pull}"
                      + SUPPORT_WORDS,
                      settle=KEY_SETTLE_SECONDS) as cue:
            cue.play(Create(edges, lag_ratio=0.0, run_time=1.0), at="edges")
            # What an outward normal is comes with the angle, before the caption naming
            # the normals (review r90 item 3: named 1.6 s before it was defined).
            cue.play(Create(self.right_mark, run_time=WRITE_FAST), Reveal(self.normal_note),
                     dot_flash(to_scene(self.axes, tangents.point)), at="angle")
            # The normals open one after the other, from (1, −1) round to (1, 1).
            # The tick numbers beyond the corner step back while the fan and the line are
            # there (review r93 item 8: a fan arrow touched "1.5").
            # A list, not a VGroup: playing a new group of the axis's numbers adds it to the
            # scene, and Manim then splits the axis into its parts to avoid drawing them
            # twice, dropping the axis line itself (review r96: w₁'s line gone from 70 s).
            self.fan_ticks = [n for n in self.axes.x_axis.numbers if n.get_value() > 1.0]
            cue.play(LaggedStart(*(Create(n) for n in self.normals), lag_ratio=0.4),
                     *(Dim(n, factor=FAN_DIM) for n in self.fan_ticks),
                     at="fan", until="pull")
            cue.play(Indicate(self.dots[0], color=ZERO_COLOR, scale_factor=1.6), at="pull",
                     run_time=WRITE_FAST)
            self.show_support(cue)
            # Create added each arrow on its own: the fan is one mobject from here on.
            self.remove(*self.normals)
            self.add(self.normals)

    def show_support(self, cue: Any) -> None:
        """Under SUPPORT_WORDS: the line {w : n·w = level · max over the diamond of n·w}
        (regmath's `support_line`) perpendicular to the fan's normal SUPPORT_FIRST, drawn
        outside the ball at SUPPORT_LEVEL and slid in to level 1, where it first touches the
        diamond, only at (1, 0); then, at level 1, turned inside the fan (short of its two
        edge normals, where it would lie along an edge) and back, on the corner all the
        while. The normal it is perpendicular to is drawn bold over the dimmed fan and turns
        with it. Its directions are `axis_normals`' finer fan."""
        fine = axis_normals(1.0, count=SUPPORT_STEPS, length=NORMAL_LENGTH)
        fan = fine.directions
        last = SUPPORT_STEPS - 1
        low, high = round(SUPPORT_MARGIN * last), round((1.0 - SUPPORT_MARGIN) * last)
        level = ValueTracker(SUPPORT_LEVEL)
        turn = ValueTracker(SUPPORT_FIRST * last)
        line = Line(LEFT, RIGHT, color=NORMAL_COLOR, stroke_width=SUPPORT_STROKE)
        paired = Arrow(*to_scene(self.axes, fine.segments[0]), buff=0.0, color=NORMAL_COLOR,
                       stroke_width=SUPPORT_NORMAL_STROKE, tip_length=NORMAL_TIP * 1.3,
                       max_tip_length_to_length_ratio=0.5,
                       max_stroke_width_to_length_ratio=20).set_z_index(4)

        def follow(mobject: VMobject) -> None:
            direction = fan[int(round(turn.get_value()))]
            ends = support_line(direction, 1.0, self.view, level=level.get_value())
            mobject.put_start_and_end_on(*(to_scene(self.axes, end) for end in ends))

        def point(mobject: VMobject) -> None:
            segment = fine.segments[int(round(turn.get_value()))]
            mobject.put_start_and_end_on(*(to_scene(self.axes, end) for end in segment))

        follow(line)
        point(paired)
        line.set_z_index(2)
        cue.wait_until("slide")
        # The normal it is perpendicular to stands out of the dimmed fan as the line comes;
        # the point labels it sweeps over step back meanwhile (review r93 item 8).
        self.play(Create(line), Create(paired), Dim(self.normals, factor=FAN_DIM),
                  Dim(self.unit_numbers, factor=FAN_DIM), run_time=WRITE_FAST)
        line.add_updater(follow)
        paired.add_updater(point)
        cue.play(level.animate.set_value(1.0), run_time=SUPPORT_SLIDE)
        cue.play(turn.animate.set_value(high), at="turn",
                 run_time=SUPPORT_TURN / 3, rate_func=smooth)
        cue.play(turn.animate.set_value(low), run_time=SUPPORT_TURN * 2 / 3, rate_func=smooth)
        cue.play(turn.animate.set_value(SUPPORT_FIRST * last),
                 run_time=SUPPORT_TURN / 3, rate_func=smooth)
        line.clear_updaters()
        paired.clear_updaters()
        self.play(Conceal(paired), Undim(self.normals, factor=FAN_DIM),
                  Undim(self.unit_numbers, factor=FAN_DIM), run_time=WRITE_FAST)
        # It goes with the fan as the ball leaves p = 1 (`close_fan`).
        self.support = line

    def get_tangents(self, p: float) -> VGroup:
        """The two one-sided tangents of the ball at (1, 0), from regmath, as arrows (kept
        as ``self.tangents``): two edge directions at 90° for p = 1, for p > 1 two
        opposite directions along the one vertical tangent."""
        tangents = self.tangent_arrows(p)
        if not self.tangents_shown:
            self.tangents = tangents
        return tangents

    def tangent_arrows(self, p: float) -> VGroup:
        """The two one-sided tangents at (1, 0) as arrows (no side effects)."""
        return VGroup(*(Arrow(*to_scene(self.axes, segment), buff=0.0, color=TEXT_COLOR,
                              stroke_width=TANGENT_STROKE, tip_length=EDGE_TIP,
                              max_tip_length_to_length_ratio=0.5,
                              max_stroke_width_to_length_ratio=20).set_z_index(3)
                        for segment in axis_tangents(p, length=TANGENT_LENGTH).segments))

    def get_normals(self, p: float) -> VGroup:
        """The outward normals at (1, 0) from regmath (`axis_normals`): the fan of the
        normal cone for p = 1, NORMAL_COUNT copies of the one normal (1, 0) for p > 1."""
        return VGroup(*(Arrow(*to_scene(self.axes, segment), buff=0.0, color=NORMAL_COLOR,
                              stroke_width=NORMAL_STROKE, tip_length=NORMAL_TIP,
                              max_tip_length_to_length_ratio=0.5,
                              max_stroke_width_to_length_ratio=20).set_z_index(3)
                        for segment in axis_normals(p, count=NORMAL_COUNT,
                                                    length=NORMAL_LENGTH).segments))

    def close_fan(self, p: float) -> list[Animation]:
        """The corner's fan of normals closes into the one normal at ``p`` > 1, and its
        right angle, the note "at a corner, a whole fan" and the two edge arrows fade: the
        edges belong to the diamond (review r93 item 7: they pointed along the old edges,
        in the magnified box too, while the curve had a vertical tangent); the one tangent
        is drawn where the words say the edges merged (`show_tangents`)."""
        self.fan_closed = True
        shown = [part for part in (getattr(self, "right_mark", None),
                                   getattr(self, "normal_note", None),
                                   getattr(self, "support", None),
                                   getattr(self, "tangents", None))
                 if part is not None and part in self.mobjects]
        self.tangents_shown = False
        back = [Undim(n, factor=FAN_DIM) for n in getattr(self, "fan_ticks", None) or ()]
        self.fan_ticks = None
        return [Transform(self.normals, self.get_normals(p)), *(Conceal(part) for part in shown),
                *back]

    def show_tangents(self, cue: Any, p: float, *, at: str, flash: str, tilt: str) -> None:
        """The dial rests just above 1: the corner's two edge arrows turn into the one
        vertical tangent at ``at`` (the right angle goes); at ``flash`` the fan of
        normals closes into the one normal (1, 0), and the panel's "no corners", held
        back while the corner still looked sharp, appears."""
        point = to_scene(self.axes, axis_tangents(p).point)
        # The magnified corner's arrows merge with the main picture's.
        zoomed = getattr(self, "zoom_arrows", None) if self.zoom_shown else None
        if zoomed is not None and len(zoomed[0]):
            merge = [Transform(zoomed[0], self.get_zoom_tangents(p))]
        elif zoomed is not None:
            self.zoom.add(line := self.get_zoom_tangents(p))
            merge = [Create(line)]
        else:
            merge = []
        # The fan closes, and "at a corner, a whole fan" goes, as the words say the edges
        # merged (review r91 item 1: they stayed 5 s past it).
        if zoomed is not None and len(zoomed[1]):
            merge.append(Transform(zoomed[1], self.get_zoom_normals(p)))
        elif zoomed is not None:
            self.zoom.add(normal := self.get_zoom_normals(p))
            merge.append(Create(normal))
        note = getattr(self, "normal_note", None)
        if note is not None and note in self.mobjects:
            merge.append(Conceal(note))
        if hasattr(self, "normals") and self.normals in self.mobjects:
            merge.append(Transform(self.normals, self.get_normals(p)))
            fresh = False
        else:
            self.normals = self.get_normals(p)
            merge.append(Create(self.normals[0]))
            fresh = True
        if self.tangents_shown:
            gone = [Conceal(self.right_mark)] if self.right_mark in self.mobjects else []
            cue.play(Transform(self.tangents, self.get_tangents(p)), *gone, *merge, at=at)
        else:
            cue.play(Create(self.get_tangents(p)), *merge, at=at)
            self.tangents_shown = True
        if fresh:
            self.add(self.normals)
        # Where the box shows the tip round, "no corners" waits for the words "Its corners
        # round off" as the dial turns on (review r94: on screen 4.5 s before them).
        defer = self.slight_rest and p >= ROUND_SEEN
        held = [Reveal(self.status[2])] if self.corner_line_held and not defer else []
        self.corner_line_held = self.corner_line_held and defer
        cue.play(Indicate(self.normals, color=NORMAL_COLOR, scale_factor=1.0), *held,
                 dot_flash(point), at=flash)
        if defer:
            # Round rest: the line of a direction inside the old fan now first touches the
            # ball off the axis (ONLY_AXIS_TILT), both weights non-zero; shown to the end of
            # the words, and gone as the dial turns on (`morph`).
            while cue.until(tilt) > NORMAL_PULSE_GAP + NORMAL_PULSE_SECONDS:
                hold(self, NORMAL_PULSE_GAP)
                cue.play(Indicate(self.normals, color=NORMAL_COLOR, scale_factor=1.0),
                         run_time=NORMAL_PULSE_SECONDS)
            self.tilt = self.get_tilt(p)
            cue.play(Create(self.tilt[0], run_time=1.0), at=tilt)
            cue.play(Reveal(self.tilt[1], run_time=WRITE_FAST / 2),
                     Flash(self.tilt[1], color=TEXT_COLOR, flash_radius=0.2))
            while cue.remaining > NORMAL_PULSE_GAP + NORMAL_PULSE_SECONDS:
                hold(self, NORMAL_PULSE_GAP)
                cue.play(Indicate(self.tilt[1], color=TEXT_COLOR),
                         run_time=NORMAL_PULSE_SECONDS)
            return
        # The rest of the words speak of this one normal ("(1, 0) is farthest only along
        # the axis"): it is marked again under them, so the picture never stands still long
        # (a rest too close to 1 to show its rounding held 8.4 s: variants "thirds",
        # "just-past-the-diamond", "just-clear-of-one").
        while cue.remaining > NORMAL_PULSE_GAP + NORMAL_PULSE_SECONDS:
            hold(self, NORMAL_PULSE_GAP)
            cue.play(Indicate(self.normals, color=NORMAL_COLOR, scale_factor=1.0),
                     run_time=NORMAL_PULSE_SECONDS)

    # ------------------------------------------------------------ the magnified corner
    def get_zoom_axes(self) -> Axes:
        """The magnified box's axes over `axis_zoom` (layout only): right of and below
        (1, 0), clear of its tangent, left of the panel and above the caption strip."""
        zview = axis_zoom(ZOOM_REACH)
        corner = to_scene(self.axes, axis_points()[0])
        below = to_scene(self.axes, axis_tangents(1.0, length=TANGENT_LENGTH).point
                         - np.array([0.0, TANGENT_LENGTH]))
        left = corner[0] + ZOOM_GAP
        top = below[1] - ZOOM_GAP
        side = max(min(ZOOM_SIDE, PANEL_LEFT - ZOOM_GAP / 2 - left,
                       top - CAPTION_TOP - ZOOM_GAP / 2), ZOOM_SIDE_MIN)
        zaxes = Axes(x_range=list(zview.x_range), y_range=list(zview.y_range),
                     x_length=side, y_length=side, tips=False,
                     axis_config={"stroke_opacity": 0.0, "include_ticks": False})
        outline = to_scene(zaxes, frame_outline(zview))
        zaxes.shift(np.array([left + side / 2, top - side / 2, 0.0])
                    - np.mean(outline[:4], axis=0))
        return zaxes

    def get_zoom_tangents(self, p: float) -> VGroup:
        return VGroup(*(Arrow(*to_scene(self.zoom_axes, segment), buff=0.0, color=TEXT_COLOR,
                              stroke_width=TANGENT_STROKE / 2, tip_length=EDGE_TIP,
                              max_tip_length_to_length_ratio=0.5,
                              max_stroke_width_to_length_ratio=20).set_z_index(3)
                        for segment in axis_tangents(p, length=ZOOM_ARROW * ZOOM_REACH
                                                     ).segments))

    def get_zoom_normals(self, p: float) -> VGroup:
        return VGroup(*(Arrow(*to_scene(self.zoom_axes, segment), buff=0.0, color=NORMAL_COLOR,
                              stroke_width=NORMAL_STROKE, tip_length=NORMAL_TIP,
                              max_tip_length_to_length_ratio=0.5,
                              max_stroke_width_to_length_ratio=20).set_z_index(3)
                        for segment in axis_normals(p, count=NORMAL_COUNT,
                                                    length=ZOOM_ARROW * ZOOM_REACH).segments))

    def show_zoom(self, cue: Any, p: float, *, at: str) -> None:
        """The dial rests at ``p`` just above 1: a box magnifies (1, 0) (`axis_zoom`), with
        the ball's arc there (`axis_arc`) just outside the diamond's dashed corner, and the
        corner's edges and fan of normals while they are shown (they merge after)."""
        self.zoom_axes = zaxes = self.get_zoom_axes()
        zview = axis_zoom(ZOOM_REACH)
        look = {"stroke_color": ZOOM_COLOR, "stroke_width": 2.5}
        region = VMobject(**look).set_points_as_corners(to_scene(self.axes, frame_outline(zview)))
        frame = VMobject(**look).set_points_as_corners(to_scene(zaxes, frame_outline(zview)))
        axis = polyline(zaxes, frame_outline(zview)[[0, 1]] * np.array([1.0, 0.0]),
                        stroke_color=palette.MUTED, stroke_width=2)
        old = DashedVMobject(polyline(zaxes, axis_arc(1.0, ZOOM_REACH, samples=3),
                                      stroke_color=TEXT_COLOR, stroke_width=3),
                             num_dashes=ZOOM_DASHES)
        # Above the tangent arrow drawn along it: its round tip stays in sight (review r91b
        # item 1: hidden under the white arrow).
        arc = polyline(zaxes, axis_arc(p, ZOOM_REACH, samples=ZOOM_SAMPLES),
                       stroke_color=ball_color(p), stroke_width=5).set_z_index(4)
        edges = self.get_zoom_tangents(1.0) if self.tangents_shown else VGroup()
        fan = (self.get_zoom_normals(p if self.fan_closed else 1.0)
               if self.tangents_shown or self.fan_closed else VGroup())
        self.zoom_arrows = (edges, fan)
        # Named, so the box reads as a magnifier (left of it, else above it).
        # Its magnification said (review r91 item 1): a ratio of two scales (layout).
        gain = round(zaxes.x_axis.get_unit_size() / self.axes.x_axis.get_unit_size())
        tag = Tex(rf"magnified $\times {gain}$", font_size=NOTE_FONT, color=ZOOM_COLOR)
        ball = _outline_points([self.outline[1]])
        tag.next_to(frame, LEFT, buff=0.15, aligned_edge=DOWN)
        if _box_holds(tag, ball, margin=CUT_MARGIN) or tag.get_left()[0] < self.axes.c2p(0, 0)[0]:
            tag.next_to(frame, UP, buff=0.12, aligned_edge=LEFT)
        self.zoom = VGroup(region, frame, axis, old, arc, tag, edges, fan)
        self.zoom_shown = True
        # Quick, on screen as "Magnified" is read (review r91 item 4: drawn 1.3 s late).
        cue.play(Reveal(region), Reveal(frame), Reveal(axis), Reveal(old), Reveal(arc),
                 Reveal(tag), *(Reveal(part) for part in (edges, fan) if len(part)), at=at,
                 run_time=WRITE_FAST)

    def conceal_zoom(self) -> list[Animation]:
        """Fade out the magnified box (it shows the rest just above 1 only)."""
        self.zoom_shown = False
        return [Conceal(self.zoom)]

    def get_tilt(self, p: float) -> VGroup:
        """The line perpendicular to the old fan's direction TILT_STEP at the p-ball's
        support, and the one point where it touches the ball (`ball_support`)."""
        direction = axis_normals(1.0, count=SUPPORT_STEPS).directions[TILT_STEP]
        support = ball_support(p, direction, half_length=TILT_HALF)
        line = Line(*(to_scene(self.axes, end) for end in support.segment), color=NORMAL_COLOR,
                    stroke_width=SUPPORT_STROKE, z_index=3)
        dot = Dot(to_scene(self.axes, support.point), radius=0.07, color=TEXT_COLOR, z_index=4)
        return VGroup(line, dot)

    def conceal_tangents(self) -> list[Animation]:
        """Fade out the tangents at (1, 0) and their normals (and the right angle)."""
        if not self.tangents_shown:
            return []
        self.tangents_shown = False
        parts = [self.tangents, *(part for part in (getattr(self, "normals", None),
                                                   getattr(self, "right_mark", None),
                                                   getattr(self, "normal_note", None),
                                                   getattr(self, "support", None))
                                  if part is not None and part in self.mobjects)]
        back = [Undim(n, factor=FAN_DIM) for n in getattr(self, "fan_ticks", None) or ()]
        self.fan_ticks = None
        return [Conceal(part) for part in parts] + back

    def kept_above(self) -> list[VMobject]:
        """What stays above the moving ball while the dial turns: the yellow points and
        the tangents at (1, 0) when they are shown."""
        if not self.tangents_shown:
            return [self.dots]
        return [self.dots, self.tangents, *(part for part in (getattr(self, "normals", None),
                                                             getattr(self, "right_mark", None))
                                            if part is not None and part in self.mobjects)]

    def show_dots(self, mark: type) -> list[Animation]:
        """Mark the four points on the axes (``Flash`` or ``Indicate``), fading them in
        first if the first stop names them before the beat that introduces them."""
        if self.dots_shown:
            if mark is Flash:
                return [dot_flash(d) for d in self.dots]
            return [Indicate(d, color=ZERO_COLOR, scale_factor=1.5) for d in self.dots]
        self.dots_shown = True
        # The points' coordinates come with them, placed clear of the dots (see
        # place_unit_ticks), and stay.
        return [Reveal(self.dots), Reveal(self.unit_numbers), *(dot_flash(d) for d in self.dots)]

    def mark_landmark(self, p: float) -> None:
        """The dial reached p = 1 or 2 mid-morph: name it on the panel and mark it."""
        self.set_status(ball_facts(p).shape)
        animations: list[Any] = [pulse(self.status[0], ball_color(p))]
        if p == 1.0:
            animations += [dot_flash(d) for d in self.dots]
            if self.chord_shown:
                animations += self.conceal_chord()
        self.play(*animations, run_time=0.8)

    # ------------------------------------------------------------- followers
    def current_p(self) -> float:
        """The dial's p; exactly a stop or a landmark when the dial rests on one."""
        s = self.dial.get_value()
        return self.exact_p.get(s, p_from_scale(s))

    def follow_outline(self, ball: VGroup) -> None:
        """The ball at the dial's p: its fill and its edge, in its colour."""
        p = self.current_p()
        corners = to_scene(self.axes, lp_ball_boundary(p, 1.0, samples=self.samples_count))
        color = ball_color(p)
        fill, edge = ball
        fill.set_points_as_corners(corners).set_fill(color=color, opacity=BALL_FILL)
        edge.set_points_as_corners(corners).set_stroke(color=color)

    def follow_pointer(self, mobject: VMobject) -> None:
        mobject.next_to(self.dial_line.n2p(self.dial.get_value()), UP, buff=0.04)

    def follow_p_line(self, readout: Readout) -> None:
        readout.set_value(min(self.current_p(), self.p_near))

    # -------------------------------------------------------------- builders
    def get_p_readout(self) -> Readout:
        finite = [p for p in self.stop_values if np.isfinite(p)]
        largest = self.p_near if np.isinf(self.stop_values[-1]) else finite[-1]
        places = max(2, *(len(number(p).text.split(".")[1]) if "." in number(p).text else 0
                          for p in finite))
        self.p_step = 10.0 ** -places
        readout = Readout(r"p = " + number_format(largest, places), finite[0]
                          if finite else 1.0, font_size=PANEL_FONT)
        return readout

    def swap_p_line(self, tex: str) -> None:
        """Replace the live p readout by a fixed line (p → ∞, p = ∞) in its place."""
        line = MathTex(tex, font_size=PANEL_FONT).move_to(self.p_line, aligned_edge=LEFT)
        self.remove(self.p_line)
        self.add(line)
        index = self.panel_lines.index(self.p_line)
        self.panel_lines[index] = line
        self.p_line = line

    def restore_readout(self) -> None:
        """Put the live p readout back in place of a fixed p line."""
        readout = self.p_readout
        readout.set_value(min(self.current_p(), self.p_near))
        readout.move_to(self.p_line, aligned_edge=LEFT)
        self.remove(self.p_line)
        self.add(readout)
        self.panel_lines[self.panel_lines.index(self.p_line)] = readout
        self.p_line = readout

    def get_dial(self) -> tuple[VGroup, VMobject]:
        """The dial: p from 0 to ∞ on a bar (positions p/(1 + p)), the landmarks named under
        it, a tick at every stop, and the pointer that slides along it."""
        line = NumberLine(x_range=[0.0, 1.0, 0.25], length=5.0, include_ticks=False,
                          stroke_width=2, color=TEXT_COLOR)
        line.move_to([PANEL_LEFT + 3.0, CAPTION_TOP + DIAL_HEIGHT, 0.0])
        self.dial_line = line
        names = VGroup()
        # The landmarks, then every stop and a scale mark in the long stretch from 2 to ∞,
        # each named where its name has room.
        named: list[tuple[float, float]] = []  # (position on the dial, half the name's width)
        self.dial_names: dict[float, VMobject] = {}
        for p, text in ((None, "0"), (1.0, "1"), (2.0, "2"), (np.inf, r"\infty"),
                        *((p, number(p).tex) for p in self.stop_values if np.isfinite(p)),
                        (DIAL_MARK, number(DIAL_MARK).tex)):
            s = 0.0 if p is None else p_scale(p)
            label = MathTex(text, font_size=28)
            half = label.width / 2.0
            if any(abs(s - other) * line.get_length() < half + other_half + DIAL_NAME_GAP
                   for other, other_half in named):
                continue
            named.append((s, half))
            names.add(label.next_to(line.n2p(s), DOWN, buff=0.12))
            self.dial_names[0.0 if p is None else p] = names[-1]
        name = MathTex("p", font_size=32).next_to(line.n2p(0.0), LEFT, buff=0.25)
        ticks = VGroup(*(Line(line.n2p(p_scale(p)) + 0.1 * DOWN, line.n2p(p_scale(p)) + 0.1 * UP,
                              stroke_width=3, color=TEXT_COLOR) for p in self.stop_values))
        if p_scale(DIAL_MARK) in (position for position, _ in named):
            ticks.add(Line(line.n2p(p_scale(DIAL_MARK)) + 0.07 * DOWN,
                           line.n2p(p_scale(DIAL_MARK)) + 0.07 * UP, stroke_width=2,
                           color=TEXT_COLOR))
        pointer = Triangle(fill_opacity=1.0, color=TEXT_COLOR, stroke_width=0).scale(0.1)
        pointer.rotate(np.pi)
        self.follow_pointer(pointer)
        return VGroup(line, names, name, ticks), pointer

    def get_status(self, kind: str) -> VGroup:
        """The panel's three lines for a ball of this kind.

        Each line is typeset once and copied after: the status changes up to four times a
        morph, and parsing a TeX line's SVG costs as much as a second of frames.
        """
        cache: dict[str, MathTex] = self.__dict__.setdefault("_status_tex", {})
        for tex in STATUS[kind]:
            if tex not in cache:
                cache[tex] = status_line(tex)
        return VGroup(*(cache[tex].copy() for tex in STATUS[kind]))

    def set_status(self, kind: str) -> None:
        """Show the panel's lines for a ball of this kind (only the lines that change)."""
        if kind == self.status_kind:
            return
        fresh = self.get_status(kind)
        for k, (old, new) in enumerate(zip(self.status, fresh)):
            if old.tex_string == new.tex_string:
                continue
            new.move_to(old, aligned_edge=LEFT)
            self.remove(old)
            if not (k == 2 and self.corner_line_held):
                self.add(new)
            self.status.submobjects[k] = new
            self.panel_lines[self.panel_lines.index(old)] = new
        self.status_kind = kind
