"""The elastic net's ball: from ridge's circle to the lasso's diamond, corners all the way.

    manim render -pql scenes/elastic.py ElasticNetBall

The problem is class attributes; a variant is a subclass that overrides them:

    class MyCase(ElasticNetBall):
        center = (2.0, 0.1)
        alpha = 0.6

Storyboard, one section per beat:

* ball: ŵ and the loss's faint contours; the ball α‖w‖₁ + (1−α)‖w‖₂² ≤ t at α = 0,
  ridge's circle, with the formula and a live α.
* morph: α runs from 0 to 1; at α = 0 the axis point has one normal; from the first
  α > 0 the four axis points are corners (marked), the two arcs meet at an angle and
  the normals there spread into a cone (shown at a small α), 90° at α = 1.
* touch: at the scene's α the contour grows from ŵ until it touches the ball at a
  corner: w* with an exact 0.
* sweep: the corner's normal cone carried by H⁻¹ is the wedge of ŵ that keep w* on
  the corner; α falls, the wedge narrows, and at the end of the corner span
  (`regmath.elastic_corners.elastic_corner_spans`) ŵ crosses its edge and the zero
  weight leaves 0.
* close: two slow sweeps (α to 1, the lasso; α to 0, ridge: the edges curve as α falls,
  the corners go only at 0), back to the scene's α, and a three-line closing card: every
  α > 0 keeps the corners, so exact zeros stay possible; edges curve as α falls; α = 0 is
  ridge's circle, no corners.

Every coordinate comes from `regmath` (`regmath.elastic` for the ball and w*,
`regmath.elastic_corners` for the corner, its normals and the α span,
`regmath.sparsity` for the carried cone, `regmath.drawing` for contours and the
view); every claim is chosen by facts computed in ``setup()``; data the story
cannot tell truthfully are refused there, naming the attribute.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, ClassVar

import numpy as np
from manim import (
    DOWN,
    Arrow,
    Axes,
    Circumscribe,
    DashedVMobject,
    LEFT,
    UP,
    Create,
    Flash,
    GrowArrow,
    RIGHT,
    TransformFromCopy,
    MathTex,
    ValueTracker,
    VGroup,
    VMobject,
    interpolate_color,
    linear,
    rate_functions,
)

from regmath import Quadratic
from regmath.drawing import (
    arrow_scale,
    frame_outline,
    growth_levels,
    level_set,
    pull_arrow,
    view_box,
)
from regmath.lens import lens_box, lens_gain
from regmath.elastic import (elastic_constrained, elastic_corner, elastic_norm,
                             elastic_outline)
from regmath.elastic_corners import (
    corner_angle,
    corner_arcs,
    corner_normals,
    corner_point,
    elastic_corner_spans,
    point_on_spans,
    unit_corners,
)
from regmath.framing import clip_polyline
from regmath.sparsity import carried_fan, clip_polygon, carried_reach, carried_room, carried_tips
from scenes.toolkit.emphasis import Indicate
from scenes.toolkit.motion import overlapping, sweep
from scenes.toolkit.narration import KEY_SETTLE_SECONDS, hold
from scenes.toolkit.notation import SYMBOLS, Phrase, number, numbers, point, weight_star
from scenes.toolkit.params import (
    changed_first,
    integer,
    number_in,
    point as a_point,
    positive,
    positive_definite,
    refuse,
)
from scenes.toolkit.readout import Readout, number_format
from scenes.toolkit.reveal import Conceal, Reveal
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import (
    BALL_COLORS,
    CENTER_COLOR,
    CONE_COLOR,
    LOSS_COLOR,
    PANEL_LEFT,
    PANEL_RIGHT,
    SOLUTION_COLOR,
    TEXT_COLOR,
    GRADIENT_COLOR,
    INSET_STYLE,
    PLOT_SIDE,
    legible,
    make_axes,
    marker,
    place_clear,
    polyline,
    set_pieces,
    to_scene,
)

__all__ = ["ElasticNetBall"]

LASSO_COLOR, RIDGE_COLOR = BALL_COLORS["l1"], BALL_COLORS["l2"]
#: The α at which the morph stops to show the corner's first, narrow cone.
SMALL_ALPHA = 0.15
#: The sweep goes down to this share of the span's lower end (below it w* is on an arc):
#: first to LEAVE_SHARE as the zero leaves, then on to FLOOR_SHARE (near α = 0) while the
#: wedge is said to stay open for every α > 0.
LEAVE_SHARE, FLOOR_SHARE = 0.5, 0.03
#: The ball at the lecturer's α must span at least this share of the view (fitted to ŵ
#: and the contours), or its corner, w* and the wedge are a few pixels at 480p.
MIN_BALL_SHARE = 0.12
#: The second leg (to the floor) lasts at least this long.
OPEN_SECONDS = 2.4
#: Faint contours around ŵ, as shares of the way to the touching level.
RING_SHARES = (0.35, 0.65)
PANEL_FONT = 34
#: The touching contour's samples: fine enough that it passes through w* as w* moves.
TOUCH_SAMPLES = 720
#: ... and in the zoom, magnified: finer, so its arc through w* stays smooth there.
LENS_TOUCH_SAMPLES = 4 * TOUCH_SAMPLES
READOUT_FONT = 38
CONE_OPACITY = 0.22
#: The fan's radius: at most this share of the view's width (less where the view ends).
FAN_SHARE = 0.6
#: The contour's growth starts here (a contour of level 0 is the point ŵ).
GROWTH_START = 0.05
#: The contour's growth to the touch lasts at least this long, then rests this long.
GROWTH_SECONDS, TOUCH_REST = 2.6, 0.6
#: The zero's leaving (α from the span's end down to the floor) lasts at least this long.
LEAVE_SECONDS = 3.2
#: The corner dot under w* while w* leaves it: dimmed and shrunk so w* shows.
CORNER_DIM, CORNER_SHRINK = 0.3, 0.6
CORNERS = ((0, 1.0), (1, 1.0), (0, -1.0), (1, -1.0))
#: The lens on the corner: its centre and side (scene units), in the panel below the text.
LENS_CENTER = np.array([3.95, -1.35, 0.0])
LENS_SIDE = 2.7
#: The lens frames the outline this many samples (of 4·64) either side of the corner.
LENS_REACH = 3
#: The lens's margin round those samples and w* at the floor (w* never on its frame).
LENS_MARGIN = 0.12
#: The normal cone (τ = 0) stops at this share of the way from the corner to ŵ.
CONE_SHARE = 0.75
#: The test point's walk along each arc from w*: its polar reach (radians) and samples.
WALK_REACH, WALK_STEPS = 0.35, 61
#: The recap's two sweeps (α to 1, then to 0) last at least this long each (r26: 5 s, slow
#: enough to follow with the α readout).
RECAP_SECONDS = 5.0
#: The closing card's lines.
CARD_FONT = 30
#: ... and rest this long on their end (α = 1, α = 0).
RECAP_REST = 0.6
ALPHA = Phrase("α", "alpha")
BALL = Phrase("α‖w‖₁ + (1−α)‖w‖₂² ≤ t",
              "alpha times the L1 norm, plus one minus alpha times the squared L2 norm, at "
              "most t")


#: The panel's right end, further in than the shared PANEL_RIGHT: the r34 review found the
#: wedge's line and its highlight box 15–27 px from the frame's right edge at 720p.
RIGHT_END = PANEL_RIGHT - 0.25


def highlight(mobject: VMobject, color: Any) -> Circumscribe:
    """A box round a readout that fades in and out (drawn, its start shows as a stray dot
    and its first edge as an underline of the line above)."""
    return Circumscribe(mobject, color=color, fade_in=True, fade_out=True, buff=0.12)


def ball_color(alpha: float) -> Any:
    """Ridge's green at α = 0, the lasso's orange at α = 1, blended in between."""
    return interpolate_color(RIDGE_COLOR, LASSO_COLOR, float(alpha))


class ElasticNetBall(StoryScene):
    """The elastic-net ball keeps the diamond's corners for every α > 0, so zeros survive."""

    # Defaults chosen with regmath: at α = 0.5 the ball's corner is r = 1 and
    # w* = (1, 0) (w₂* exactly 0); w* is a corner for α in [0.317, 1]
    # (elastic_corner_spans), so the sweep down to 0.0095 (by 0.158) shows ŵ leave the wedge;
    # ‖ŵ‖₂² = 4.01 and ‖ŵ‖₁ = 2.1 exceed t = 1, so ŵ is outside the ball for every α.
    center: ClassVar[tuple[float, ...]] = (2.0, 0.1)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((1.2, -0.3), (-0.3, 0.8))
    radius: ClassVar[float] = 1.0
    alpha: ClassVar[float] = 0.5
    rings: ClassVar[int] = 2

    parameters = {"center": a_point(), "hessian": positive_definite(), "radius": positive(),
                  "alpha": number_in(0.0, 1.0, low_open=True), "rings": integer(0, 2)}

    # ------------------------------------------------------------------ data
    def setup(self) -> None:
        super().setup()
        data = self.data
        self.loss = loss = Quadratic(center=data["center"], hessian=data["hessian"])
        self.t, self.a = t, a = data["radius"], data["alpha"]
        ridge_size, lasso_size = (float(elastic_norm(loss.center, 0.0)),
                                  float(elastic_norm(loss.center, 1.0)))
        if not (ridge_size > t and lasso_size > t):
            raise refuse("center", f"lies inside or on the ball for some α (‖ŵ‖₂² = "
                         f"{ridge_size:.4g}, ‖ŵ‖₁ = {lasso_size:.4g}, t = {t:.4g}): then no "
                         "contour has to grow to the ball; move center out or lower radius")
        self.sol = sol = elastic_constrained(loss, alpha=a, radius=t)
        self.spans = spans = elastic_corner_spans(loss, radius=t)
        if not spans:
            raise refuse("center", "gives no α at which w* sits on a corner of the ball: the "
                                   "story needs an exact zero; move center nearer an axis")
        if not sol.at_corner:
            listed = ", ".join(f"[{s.lo:.3g}, {s.hi:.3g}]" for s in spans)
            raise refuse("alpha", f"is {a:g}: there w* = {point(sol.point).text} lies on an "
                                  f"arc, not a corner; w* is a corner for α in {listed}: pick "
                                  "alpha there")
        self.span = span = next(s for s in spans if s.contains(a))
        if span.lo == 0.0:
            raise refuse("center", "lies on an axis ray where w* is a corner down to α = 0 "
                                   "(ridge too has the zero): no α makes the zero leave; move "
                                   "center off the axis")
        self.floor = FLOOR_SHARE * span.lo
        if any(s is not span and s.hi >= self.floor and s.lo < span.lo for s in spans):
            raise refuse("center", "puts w* on another corner just below the span of α that "
                                   f"starts at {span.lo:.3g}; move center")
        self.j, self.k, self.sign = span.corner_index, span.zero_index, span.sign
        self.low = elastic_constrained(loss, alpha=self.floor, radius=t)
        outlines = [elastic_outline(0.0, t), elastic_outline(1.0, t)]
        self.ring_levels = growth_levels(float(sol.level), RING_SHARES[:data["rings"]])
        self.view = view_box([loss.center, *outlines,
                              *(level_set(loss, level) for level in self.ring_levels)])
        span_view = max(self.view.x_range[1] - self.view.x_range[0],
                        self.view.y_range[1] - self.view.y_range[0])
        across = 2.0 * float(elastic_corner(a, t))
        if across < MIN_BALL_SHARE * span_view:
            # A small ball with a far ŵ (a lecturer's t = 0.01, ŵ = (0.3, 0.01)): the view
            # fitted to ŵ leaves the ball a few pixels, w*'s dot over its corner.
            raise refuse(changed_first(self, "radius", "center"),
                         f"leaves the ball at α = {number(a).text} {number(across).text} "
                         f"across in a view {number(span_view).text} wide (under "
                         f"{100 * MIN_BALL_SHARE:g} %, too small to read its corner); raise "
                         "radius or move center nearer the ball")
        self.lo_text = number(span.lo)
        self.small = min(SMALL_ALPHA, a)
        near = elastic_outline(self.small, t)
        slot = CORNERS.index((self.j, self.sign)) * (len(near) - 1) // 4
        # The lens also holds w* at the sweep's floor: there it shows the zero leave.
        # ... and ridge's w* (α = 0), where the recap ends.
        self.ridge = elastic_constrained(loss, alpha=0.0, radius=t)
        self.lens_view = lens_box([near[np.arange(slot - LENS_REACH, slot + LENS_REACH + 1)],
                                   np.atleast_2d(self.low.point),
                                   np.atleast_2d(self.ridge.point)], margin=LENS_MARGIN)
        self.lens_gain = lens_gain(self.lens_view, self.view, lens_side=LENS_SIDE,
                                   plot_side=PLOT_SIDE)
        self.solve = lru_cache(maxsize=4096)(self._solve)
        largest = float(np.max(np.abs(np.concatenate([sol.point, self.low.point,
                                                      loss.center]))))
        self.form = number_format(largest, 3, signed=True)

    def _solve(self, alpha: float) -> tuple[np.ndarray, float]:
        """w* at α (the corner exactly on a span) and its loss f(w*)."""
        star = point_on_spans(self.loss, alpha=alpha, radius=self.t, spans=self.spans)
        return star, float(self.loss.value(star))

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("ball")
        self.show_ball()
        self.next_section("morph")
        self.show_morph()
        self.next_section("touch")
        self.show_touch()
        self.next_section("sweep")
        self.show_sweep()
        self.next_section("close")
        self.show_close()

    # -------------------------------------------------------------- builders
    def corner(self, alpha: float) -> np.ndarray:
        return corner_point(alpha, self.t, index=self.j, sign=self.sign)

    def normals(self, alpha: float) -> np.ndarray:
        return corner_normals(alpha, self.t, index=self.j, sign=self.sign)

    def fan_radius(self, alpha: float) -> float:
        return carried_room(self.loss.hessian, self.corner(alpha), self.normals(alpha),
                            self.view, preferred=FAN_SHARE * self.view.width)

    def fan_length(self, alpha: float, tau: float) -> float:
        """The cone's rays stop short of ŵ (directions, not places); the wedge reaches out."""
        return carried_reach(self.corner(alpha), self.loss.center, self.fan_radius(alpha),
                             amount=tau, share=CONE_SHARE)

    def get_plane(self) -> None:
        loss = self.loss
        wedges = []
        # the wedge where α rests or turns
        for x in (self.a, 1.0, self.span.lo, LEAVE_SHARE * self.span.lo, self.floor):
            corner = self.corner(x)
            # (its edges carried on to the view's width: a number just past the drawn
            # tip still reads as lying on the edge)
            tips = carried_tips(loss.hessian, corner, self.normals(x), amount=1.0,
                                length=self.view.width)
            wedges.append(np.array([tips[0], corner, tips[1]]))
        # Tick numbers off the ball's path (every α) and off the wedge.
        # (and off the axis points, the ball's corners for every α).
        axis_points = [corner_point(x, self.t, index=index, sign=sign)
                       for x in (0.0, 1.0) for index, sign in CORNERS]
        self.plane_group = make_axes(self.view, keep_clear=[loss.center, *axis_points], avoid=[
            elastic_outline(0.0, self.t), elastic_outline(self.small, self.t),
            elastic_outline(1.0, self.t), *wedges])
        plane = self.plane = self.plane_group[0]
        levels = self.ring_levels
        self.contours = VGroup(*(
            set_pieces(VMobject(stroke_color=LOSS_COLOR, stroke_width=2, stroke_opacity=0.45),
                       plane, clip_polyline(level_set(loss, level), self.view))
            for level in levels))
        self.center_dot = marker(to_scene(plane, loss.center), CENTER_COLOR)
        self.center_label = legible(MathTex(r"\hat w", font_size=34, color=CENTER_COLOR))
        # Off the wedge's edges wherever α rests or turns (they pass near ŵ).
        wedge_lines = self.wedge_lines = [polyline(plane, w) for w in wedges]
        place_clear(self.center_label, self.center_dot.get_center(), np.array([0.6, 1.0]),
                    [self.contours, self.plane, *wedge_lines], buff=0.12)

    def get_ball(self, alpha: ValueTracker) -> None:
        plane, t = self.plane, self.t
        ball = self.ball = VMobject(stroke_width=4, z_index=2)

        def redraw(m: VMobject) -> None:
            a = alpha.get_value()
            m.set_points_as_corners(to_scene(plane, elastic_outline(a, t)))
            m.set_stroke(ball_color(a))
        redraw(ball)
        ball.add_updater(redraw)
        self.corner_dots = VGroup()
        for index, sign in CORNERS:
            dot = marker(to_scene(plane, corner_point(0.0, t, index=index, sign=sign)),
                         TEXT_COLOR, radius=0.065, z_index=4)
            dot.add_updater(lambda d, index=index, sign=sign: d.move_to(to_scene(
                plane, corner_point(alpha.get_value(), t, index=index, sign=sign))))
            self.corner_dots.add(dot)

    def get_cone(self, alpha: ValueTracker, carry: ValueTracker) -> None:
        """The corner's normal cone (τ = 0), carried by H⁻¹ into the wedge of ŵ (τ = 1)."""
        plane, h = self.plane, self.loss.hessian
        fan = self.fan = VMobject(stroke_width=0, fill_color=CONE_COLOR,
                                  fill_opacity=CONE_OPACITY, z_index=1)
        edges = self.fan_edges = VMobject(stroke_color=CONE_COLOR, stroke_width=3.5, z_index=3)

        def redraw_fan(m: VMobject) -> None:
            a, tau = alpha.get_value(), carry.get_value()
            corner, normals = self.corner(a), self.normals(a)
            m.set_points_as_corners(to_scene(plane, carried_fan(
                h, corner, normals, amount=tau, length=self.fan_length(a, tau))))

        def redraw_edges(m: VMobject) -> None:
            a, tau = alpha.get_value(), carry.get_value()
            corner, normals = self.corner(a), self.normals(a)
            tips = carried_tips(h, corner, normals, amount=tau, length=self.fan_length(a, tau))
            m.set_points_as_corners(to_scene(plane, np.array([tips[0], corner, tips[1]])))
        for mobject, redraw in ((fan, redraw_fan), (edges, redraw_edges)):
            redraw(mobject)
            mobject.add_updater(redraw)

    def get_solution(self, alpha: ValueTracker) -> None:
        plane, view = self.plane, self.view
        self.star_dot = marker(to_scene(plane, self.sol.point), SOLUTION_COLOR, radius=0.09,
                               z_index=6)
        self.star_dot.add_updater(lambda d: d.move_to(to_scene(
            plane, self.solve(alpha.get_value())[0])))
        self.touching = VMobject(stroke_color=LOSS_COLOR, stroke_width=3, z_index=2)
        self.touching.add_updater(lambda m: set_pieces(m, plane, clip_polyline(
            level_set(self.loss, self.solve(alpha.get_value())[1], samples=TOUCH_SAMPLES),
            view)))
        self.star_read = Readout(r"w^* = (" + self.form + r",\ " + self.form + ")",
                                 *self.sol.point, font_size=READOUT_FONT, color=SOLUTION_COLOR,
                                 exact_zeros=True)
        self.star_read.add_updater(lambda r: r.set_values(*self.solve(alpha.get_value())[0]))

    def get_lens(self, alpha: ValueTracker) -> VGroup:
        """A magnifier on the corner (regmath's `lens_box` round the outline's samples next
        to it at the small α): the ball's two arcs and the corner's extreme normals, drawn
        through the lens's own (unseen) axes and clipped to its frame."""
        box, t, h = self.lens_view, self.t, self.loss.hessian
        axes = Axes(x_range=list(box.x_range), y_range=list(box.y_range), x_length=LENS_SIDE,
                    y_length=LENS_SIDE, axis_config={"include_tip": False})
        middle = [0.5 * (box.x_range[0] + box.x_range[1]),
                  0.5 * (box.y_range[0] + box.y_range[1])]
        axes.shift(LENS_CENTER - axes.c2p(*middle))
        self.lens_axes = axes
        frame = polyline(axes, frame_outline(box), **INSET_STYLE)
        region = polyline(self.plane, frame_outline(box), **INSET_STYLE)
        arcs = VMobject(stroke_width=5, z_index=2)
        edges = VMobject(stroke_color=CONE_COLOR, stroke_width=3.5, z_index=3)

        def redraw_arcs(m: VMobject) -> None:
            a = alpha.get_value()
            set_pieces(m, axes, clip_polyline(elastic_outline(a, t), box))
            m.set_stroke(ball_color(a))

        def redraw_edges(m: VMobject) -> None:
            a = alpha.get_value()
            corner, normals = self.corner(a), self.normals(a)
            tips = carried_tips(h, corner, normals, amount=0.0, length=self.fan_radius(a))
            set_pieces(m, axes, clip_polyline(np.array([tips[0], corner, tips[1]]), box))
        fill = VMobject(stroke_width=0, fill_color=CONE_COLOR, fill_opacity=CONE_OPACITY,
                        z_index=1)

        def redraw_fill(m: VMobject) -> None:
            # The cone filled as in the plot, so its rays read apart from the ball's edges.
            a = alpha.get_value()
            corner, normals = self.corner(a), self.normals(a)
            inside = clip_polygon(carried_fan(h, corner, normals, amount=0.0,
                                              length=self.fan_radius(a)), box)
            if len(inside) < 3:  # the corner has left the lens
                m.set_points(np.zeros((0, 3)))
            else:
                m.set_points_as_corners(to_scene(axes, np.vstack([inside, inside[:1]])))
        for mobject, redraw in ((arcs, redraw_arcs), (edges, redraw_edges),
                                (fill, redraw_fill)):
            redraw(mobject)
            mobject.add_updater(redraw)
        self.lens_arcs, self.lens_edges = arcs, VGroup(fill, edges)
        self.lens_corner = marker(to_scene(axes, self.corner(self.a)), TEXT_COLOR, radius=0.065,
                                  z_index=4)
        self.lens_star = marker(to_scene(axes, self.sol.point), SOLUTION_COLOR, radius=0.09,
                                z_index=6)

        def follower(where: Any) -> Any:
            def follow(d: VMobject) -> None:
                # Outside the lens's box the point is not shown there: its dot waits,
                # hidden, where it left the box (the point comes back along the same path).
                p = where(alpha.get_value())
                inside = box.contains(np.atleast_2d(p))
                if inside:
                    d.move_to(to_scene(axes, p))
                d.set_opacity(1.0 if inside else 0.0)
            return follow
        self.lens_corner.add_updater(follower(self.corner))
        self.lens_star.add_updater(follower(lambda a: self.solve(a)[0]))
        where = point(self.corner(self.small))
        title = legible(MathTex(rf"\text{{zoom on }} {where.tex}", font_size=30,
                                color=TEXT_COLOR))
        title.next_to(frame, UP, buff=0.12).align_to(frame, LEFT)
        return VGroup(frame, region, title)

    def panel_line(self, tex: str, *, color: Any = TEXT_COLOR, font_size: float = PANEL_FONT
                   ) -> MathTex:
        line = MathTex(tex, font_size=font_size, color=color)
        if line.width > RIGHT_END - PANEL_LEFT:
            line.scale_to_fit_width(RIGHT_END - PANEL_LEFT)
        return line

    def place_below(self, line: VMobject, above: VMobject, buff: float = 0.3) -> VMobject:
        return line.next_to(above, DOWN, buff=buff).align_to([PANEL_LEFT, 0, 0], LEFT)

    # ----------------------------------------------------------------- beats
    def show_ball(self) -> None:
        self.get_plane()
        alpha = self.alpha_tracker = ValueTracker(0.0)
        self.carry = ValueTracker(0.0)
        self.get_ball(alpha)
        self.formula = self.panel_line(r"\alpha\|w\|_1 + (1-\alpha)\|w\|_2^2 \le t",
                                       font_size=38)
        self.formula.to_corner(UP + LEFT, buff=0.35).align_to([PANEL_LEFT, 0, 0], LEFT)
        self.t_line = self.panel_line(rf"t = {number(self.t).tex}")
        self.place_below(self.t_line, self.formula, buff=0.25)
        self.hat_line = self.panel_line(r"\hat w = " + point(self.loss.center).tex,
                                        color=CENTER_COLOR)
        self.hat_line.next_to(self.t_line, RIGHT, buff=0.6)
        self.alpha_read = Readout(r"\alpha = {:5.3f}", 0.0, font_size=READOUT_FONT)
        self.alpha_read.add_updater(lambda r: r.set_value(alpha.get_value()))
        self.place_below(self.alpha_read, self.t_line, buff=0.35)
        self.add(self.plane_group)
        with self.cue("{w_hat} minimizes the loss f; its contours are the faint ellipses"
                      "{@loss}. The elastic-net ball is {ball}, with t = {t}{@ball}. At {a} = 0 "
                      "it is ridge's circle{@circle}.", ball=BALL, a=ALPHA,
                      t=number(self.t)) as cue:
            cue.play(Create(self.contours, lag_ratio=0.3), Reveal(self.center_dot),
                     Reveal(self.center_label), Reveal(self.hat_line), until="loss")
            cue.play(Reveal(self.formula), Reveal(self.t_line), until="ball")
            self.add(self.ball, self.alpha_read)
            cue.play(Create(self.ball), Reveal(self.alpha_read), until=cue.END)

    def show_morph(self) -> None:
        alpha, t = self.alpha_tracker, self.t
        self.get_cone(alpha, self.carry)
        r0 = point(corner_point(0.0, t, index=self.j, sign=self.sign))
        with self.cue("It is smooth: at its axis point {r0} it has one outward normal n"
                      "{@normal}, and no other.", r0=r0,
                      spoken="It is smooth: at its axis point {r0} it has one outward "
                      "normal, n{@normal}, and no other.") as cue:
            # The one normal as an arrow, named n, with the axis point marked.
            corner = self.corner(0.0)
            tip = carried_tips(self.loss.hessian, corner, self.normals(0.0)[:1], amount=0.0,
                               length=self.fan_length(0.0, 0.0))[0]
            normal = Arrow(to_scene(self.plane, corner), to_scene(self.plane, tip), buff=0.0,
                           color=CONE_COLOR, stroke_width=4, tip_length=0.16,
                           max_tip_length_to_length_ratio=0.35, z_index=4)
            normal_label = legible(MathTex("n", font_size=30, color=CONE_COLOR))
            place_clear(normal_label, normal.get_center(), np.array([0.0, 1.0]),
                        [self.ball, self.center_label, self.center_dot, self.contours,
                         self.plane_group], buff=0.16)
            dot = self.corner_dots[self.corner_slot()]
            # The arrow is drawn once, by its growth (not shown whole while the dot appears).
            self.add(dot)
            cue.play(Reveal(dot), run_time=0.5)
            self.add(normal, normal_label)
            cue.play(GrowArrow(normal), Reveal(normal_label), until="normal")
            cue.play(Indicate(normal, color=CONE_COLOR, scale_factor=1.0), until=cue.END)
        self.normal_parts = [normal, normal_label]
        small = self.small
        angle = number(corner_angle(small, t), significant=2)
        lens = self.lens = self.get_lens(alpha)
        # The cone's opening as regmath computes it (`corner_angle`), its formula beside
        # the live value (r26): 2·atan(α/(2−α)) when the corners stay at distance 1.
        ratio = (r"\frac{{\alpha}}{{2-\alpha}}" if unit_corners(t)
                 else r"\frac{{\alpha}}{{\alpha+2(1-\alpha)r}}")
        self.cone_tex = r"\angle N = 2\arctan" + ratio + r" = {:4.1f}^{{\circ}}"
        self.angle_read = Readout(self.cone_tex, 0.0, font_size=PANEL_FONT, color=CONE_COLOR)
        self.angle_read.add_updater(lambda r: r.set_value(corner_angle(alpha.get_value(), t)))
        self.place_below(self.angle_read, self.alpha_read, buff=0.3)
        # Where the corner's distance r moves with α (t ≠ 1), it is named and shown live.
        self.r_read = VGroup()
        if not unit_corners(t):
            # Wide enough for r anywhere between √t (α = 0) and t (α = 1): a lecturer's
            # t = 100 puts r at 10…100, which "{:5.3f}" could not hold (a crash at 17 s).
            widest = max(elastic_corner(0.0, t), elastic_corner(1.0, t))
            self.r_read = Readout(r"r = \text{{the corner's distance}} = "
                                  + number_format(widest, 3),
                                  elastic_corner(0.0, t), font_size=CARD_FONT,
                                  color=CONE_COLOR)
            self.r_read.add_updater(lambda r: r.set_value(elastic_corner(alpha.get_value(), t)))
            self.place_below(self.r_read, self.angle_read, buff=0.15)
        # The cone and its readout come with the words that name them (r34 review: the cone
        # and its formula showed 7 s before "spread into a cone"): until then α moves the
        # ball and its corner dots only.
        followers = [self.ball, *self.corner_dots, self.alpha_read]
        cone_parts = [self.fan, self.fan_edges, self.angle_read,
                      *([self.r_read] if isinstance(self.r_read, Readout) else [])]
        with self.cue("Let {a} grow{@grow}: the four axis points become corners{@corners}.",
                      a=ALPHA, spoken="Let alpha grow{@grow}: the four axis points become "
                      "corners{@corners}.") as cue:
            others = [d for d in self.corner_dots if d is not self.corner_dots[self.corner_slot()]]
            self.add(*others)
            cue.play(*(Reveal(d) for d in others),
                     *(Conceal(m) for m in self.normal_parts), run_time=0.5)
            sweep(self, alpha, 0.5 * small, *followers, run_time=cue.until("grow"),
                  rate_func=rate_functions.ease_in_sine)
            cue.play(Indicate(self.corner_dots, color=TEXT_COLOR, scale_factor=1.4),
                     until=cue.END)
        # Two cues, so the cone's width is read as α reaches its value (r34 review: one cue
        # showed "α = 0.15 … 9.3°" 3 s before the readouts got there).
        with self.cue("In the zoom on the corner{@lens}, the two arcs already meet at an "
                      "angle{@corner}: the normals there spread into a cone{@spread}, the "
                      "normal cone N{@named}.",
                      spoken="In the zoom on the corner{@lens}, the two arcs already meet at an "
                      "angle{@corner}: the normals there spread into a cone{@spread}, the "
                      "normal cone N{@named}.") as cue:
            self.add(lens, self.lens_arcs)
            # The zoom shows as its words begin (r26: it came ~3 s late); α creeps on
            # from there.
            cue.play(Reveal(lens), Reveal(self.lens_arcs), run_time=0.6)
            followers.append(self.lens_arcs)
            # α creeps on while the words run: the kink shows at "angle", the cone opens
            # as "spread into a cone" is said.
            sweep(self, alpha, 0.6 * small, *followers, run_time=cue.until("corner"),
                  rate_func=linear)
            cue.play(Flash(to_scene(self.lens_axes, self.corner(0.6 * small)),
                           color=TEXT_COLOR),
                     Flash(self.corner_dots[self.corner_slot()], color=TEXT_COLOR),
                     run_time=0.8)
            self.add(self.lens_edges, *cone_parts)
            cue.play(Reveal(self.lens_edges), *(Reveal(m) for m in cone_parts),
                     run_time=max(cue.until("spread"), 0.8))
            followers += [self.lens_edges, *cone_parts]
            sweep(self, alpha, 0.8 * small, *followers, over=self.labels_over(),
                  run_time=max(cue.until("named"), 0.8), rate_func=linear)
        with self.cue("At {a} = {small} the cone N is {@num}{angle}° wide{@cone}.", a=ALPHA,
                      small=number(small), angle=angle,
                      spoken="At alpha " + number(small).spoken + " the cone N is {@num}"
                      + angle.spoken + " degrees wide{@cone}.") as cue:
            # The cone reaches its value as the number is said, and is boxed then.
            sweep(self, alpha, small, *followers, over=self.labels_over(),
                  run_time=max(cue.until("num"), 1.0),
                  rate_func=rate_functions.ease_out_sine)
            cue.play(Indicate(self.lens_edges, color=CONE_COLOR, scale_factor=1.0),
                     Indicate(self.fan_edges, color=CONE_COLOR, scale_factor=1.0),
                     highlight(self.angle_read, CONE_COLOR),
                     until=cue.END)
        with self.cue("For every {a} > 0 the two arcs meet at an angle: a corner{@more}.",
                      a=ALPHA, spoken="For every alpha above 0 the two arcs meet at an angle: "
                      "a corner{@more}.") as cue:
            # α arrives at 1 as the next words, "At α = 1", appear.
            sweep(self, alpha, 1.0, *followers, over=self.labels_over(),
                  run_time=cue.until(cue.END), rate_func=linear)
        with self.cue("At {a} = 1 the ball is the lasso's diamond, its cone {@num}90°{@end}.",
                      a=ALPHA, spoken="At alpha 1 the ball is the lasso's diamond, its cone "
                      "{@num}90 degrees{@end}.", settle=KEY_SETTLE_SECONDS) as cue:
            cue.play(Indicate(self.lens_edges, color=CONE_COLOR, scale_factor=1.0),
                     run_time=max(cue.until("num"), 1.0))
            cue.play(highlight(self.angle_read, CONE_COLOR), until=cue.END)
        for mobject in (self.lens_edges, self.angle_read, self.r_read):
            mobject.clear_updaters()

    def labels_over(self) -> list[VMobject]:
        """ŵ's label and the tick numbers the wedge's edges sweep across: above the moving
        edges while α moves (r34: an edge ran through "ŵ" and the "3" in every sweep)."""
        numbers = [*self.plane.x_axis.numbers, *self.plane.y_axis.numbers]
        return [self.center_label, *overlapping(self.fan, numbers)]

    def corner_slot(self) -> int:
        return CORNERS.index((self.j, self.sign))

    def show_touch(self) -> None:
        alpha = self.alpha_tracker
        a = self.a
        self.get_solution(alpha)
        followers = [self.ball, *self.corner_dots, self.fan, self.fan_edges, self.alpha_read]
        growth = ValueTracker(GROWTH_START)
        grower = VMobject(stroke_color=LOSS_COLOR, stroke_width=3, z_index=2)
        final = float(self.sol.level)
        grower.add_updater(lambda m: set_pieces(m, self.plane, clip_polyline(level_set(
            self.loss, float(growth_levels(final, [growth.get_value()])[0])), self.view)))
        star = point(self.sol.point)
        self.star_label = legible(MathTex("w^*", font_size=34, color=SOLUTION_COLOR))
        self.place_below(self.star_read, self.alpha_read, buff=0.3)
        with self.cue("The zoom closes{@close}. Take {a} = {value}{@alpha}. The contour grows "
                      "from {w_hat} until it touches the ball{@touch}, at a corner: {w_star} = "
                      "{star}, with {wk} exactly 0{@zero}.", a=ALPHA, value=number(a), star=star,
                      wk=weight_star(self.k), settle=KEY_SETTLE_SECONDS) as cue:
            cue.play(Conceal(self.lens), Conceal(self.lens_arcs), Conceal(self.lens_edges),
                     Conceal(self.angle_read), Conceal(self.r_read),
                     run_time=max(cue.until("close"), 1.0))
            sweep(self, alpha, a, *followers, over=self.labels_over(),
                  run_time=max(cue.until("alpha"), 2.0),
                  rate_func=rate_functions.ease_in_out_sine)
            self.add(grower)
            # The key motion: seen growing, not a jump (the reading marks fall early).
            sweep(self, growth, 1.0, grower, run_time=max(cue.until("touch"), GROWTH_SECONDS),
                  rate_func=rate_functions.ease_in_out_sine)
            grower.clear_updaters()
            hold(self, TOUCH_REST)
            # Off the axes too, on the side w*'s zero weight leaves to below the span
            # (the label follows w* there: r26, it sat on the axis line).
            leave = np.zeros(2)
            leave[self.k] = np.sign(self.low.point[self.k])
            place_clear(self.star_label, self.star_dot.get_center(),
                        leave - self.normals(a)[0], [self.ball, self.fan_edges, grower,
                                                     self.plane_group], buff=0.14)
            self.add(self.star_dot, self.star_read)
            cue.play(Reveal(self.star_dot), Reveal(self.star_label), Reveal(self.star_read),
                     run_time=0.6)
            cue.play(Flash(self.star_dot, color=SOLUTION_COLOR),
                     highlight(self.star_read, SOLUTION_COLOR),
                     until=cue.END)
        self.grower = grower

    def show_sweep(self) -> None:
        alpha, span = self.alpha_tracker, self.span
        wk = weight_star(self.k)
        sol = self.sol
        # The pull reaches the cone's arc: drawn as long as the cone's rays.
        pull = pull_arrow(sol, scale=arrow_scale(sol, length=self.fan_length(self.a, 0.0)))
        self.pull = Arrow(to_scene(self.plane, pull.start), to_scene(self.plane, pull.end),
                          buff=0.0, color=GRADIENT_COLOR, stroke_width=5,
                          max_tip_length_to_length_ratio=0.3, tip_length=0.18, z_index=5)
        pull_label = legible(MathTex(SYMBOLS["neg_grad"].tex, font_size=30,
                                     color=GRADIENT_COLOR))
        # Clear of the ball's arc and the contour through w* (the grower, drawn now).
        pull_label.scale(1.1)
        # ... and clear of the tick numbers, the axes and the wedge's edges wherever α
        # rests (r26: it sat on a ring and on the "3" tick number, then the wedge came).
        place_clear(pull_label, self.pull.get_end(), np.array([0.0, -1.0]),
                    [self.fan_edges, self.grower, self.ball, self.center_label,
                     self.center_dot, self.star_label, *self.wedge_lines, self.plane_group],
                    minor=[self.fan], buff=0.12)
        # A test point walks from w* along each arc and back; f's readout stays above f(w*)
        # (it falls again on the way back, so the words do not say "only rises").
        paths = corner_arcs(self.a, self.t, index=self.j, sign=self.sign, reach=WALK_REACH,
                            steps=WALK_STEPS)
        walk = ValueTracker(0.0)

        def walked() -> np.ndarray:
            s = walk.get_value()
            return paths[int(s > 0.0)][int(round(abs(s) * (WALK_STEPS - 1)))]
        probe = marker(to_scene(self.plane, walked()), TEXT_COLOR, radius=0.07, z_index=7)
        probe.add_updater(lambda d: d.move_to(to_scene(self.plane, walked())))
        rises = self.loss.value(paths.reshape(-1, 2))
        f_read = Readout(r"f = " + number_format(float(np.max(rises)), 3),
                         float(self.loss.value(sol.point)),
                         font_size=PANEL_FONT, color=TEXT_COLOR)
        f_read.add_updater(lambda r: r.set_value(float(self.loss.value(walked()))))
        self.place_below(f_read, self.star_read, buff=0.3)
        least = legible(MathTex(r"= f(w^*),\ \text{the least}", font_size=PANEL_FONT,
                                color=SOLUTION_COLOR))
        least.next_to(f_read, RIGHT, buff=0.2)
        with self.cue("Why a corner: the loss's pull {neg_grad} points inside the corner's "
                      "normal cone{@pull}.") as cue:
            self.add(self.pull, pull_label)
            # The faint rings have told the loss's shape: they fade, so the pull's label
            # sits clear of every contour (r26: it sat on a ring and a tick number).
            cue.play(GrowArrow(self.pull), Reveal(pull_label), Conceal(self.contours),
                     until="pull")
        # The probe starts with the words that name it; its f is least back at w*.
        # "Least" needs convexity: a local least along the ball is the least of all (r34).
        with self.cue("Slide a point along the ball{@slide}: f stays above f({w_star}) both "
                      "ways{@stay}; f and the ball are convex, so f({w_star}) is the least"
                      "{@least}.") as cue:
            self.add(probe, f_read)
            cue.play(Reveal(probe), Reveal(f_read), run_time=0.4)
            leg = max(cue.until("stay"), 3.2) / 4.0
            for end in (-1.0, 0.0, 1.0, 0.0):
                cue.play(walk.animate.set_value(end), run_time=leg,
                         rate_func=rate_functions.ease_in_out_sine)
            self.add(least)
            cue.play(Reveal(least), Flash(self.star_dot, color=SOLUTION_COLOR),
                     run_time=max(cue.until("least"), 0.8))
            cue.play(highlight(VGroup(f_read, least), SOLUTION_COLOR),
                     until=cue.END)
        h = numbers(np.asarray(self.loss.hessian).ravel(), distinct=True)
        self.h_line = self.panel_line(
            r"H = \begin{pmatrix}" + f"{h[0].tex} & {h[1].tex}" + r"\\"
            + f"{h[2].tex} & {h[3].tex}" + r"\end{pmatrix}", font_size=READOUT_FONT)
        # On α's row (the ŵ row can be long): its right end inside the panel.
        self.h_line.next_to(self.alpha_read, RIGHT, buff=0.8)
        if self.h_line.get_right()[0] > RIGHT_END:
            self.h_line.align_to([RIGHT_END, 0, 0], RIGHT)
        # For the quadratic loss, ŵ − w* = H⁻¹(−∇f(w*)): the pull carried onto the segment.
        # ŵ − w* in ŵ's colour (as in the sign beat), apart from the pull's.
        carried = Arrow(to_scene(self.plane, sol.point), to_scene(self.plane, self.loss.center),
                        buff=0.0, color=CENTER_COLOR, stroke_width=4,
                        max_tip_length_to_length_ratio=0.3, tip_length=0.16, z_index=5)
        # The panel's law is the arrows' key: −∇f(w*) in the pull's colour, ŵ − w* in ŵ's
        # (the white arrow runs from w* to ŵ; a label there would cover the wedge's edges).
        self.law_line = MathTex(r"f \text{ quadratic} \Rightarrow", SYMBOLS["neg_grad"].tex,
                                r"= H\,(", r"\hat w - w^*", r"\,)", font_size=PANEL_FONT,
                                color=TEXT_COLOR)
        self.law_line[1].set_color(GRADIENT_COLOR)
        self.law_line[3].set_color(CENTER_COLOR)
        if self.law_line.width > RIGHT_END - PANEL_LEFT:
            self.law_line.scale_to_fit_width(RIGHT_END - PANEL_LEFT)
        self.place_below(self.law_line, self.star_read, buff=0.35)
        # The normal cone N stays as a dashed ghost while H⁻¹ carries it into the wedge.
        ghost = DashedVMobject(self.fan_edges.copy().clear_updaters(), num_dashes=24)
        ghost.set_stroke(CONE_COLOR, width=2.5, opacity=0.8).set_z_index(3)
        self.wedge_line = self.panel_line(
            r"\hat w \in w^* + H^{-1}N \;\Leftrightarrow\; w^* \text{ on the corner}",
            color=CONE_COLOR)
        self.place_below(self.wedge_line, self.law_line, buff=0.3)
        with self.cue("f is quadratic with Hessian H{@H}, so {neg_grad} = H({w_hat} − "
                      "{w_star}){@law}.", spoken="f is quadratic with Hessian H{@H}, so minus "
                      "the gradient at w-star is H times w-hat minus w-star{@law}.") as cue:
            cue.play(Conceal(probe), Conceal(f_read), Conceal(least), run_time=0.4)
            self.add(self.h_line, self.law_line)
            cue.play(Reveal(self.h_line), run_time=max(cue.until("H"), 1.0))
            cue.play(Reveal(self.law_line), run_time=max(cue.until("law"), 1.0))
        with self.cue("So H⁻¹ carries {neg_grad} onto {w_hat} − {w_star}{@carry}, and the "
                      "cone N into {w_star} + H⁻¹N{@wedge}: the wedge of all {w_hat} that keep "
                      "{w_star} on the corner{@keep}; {w_hat} lies inside it{@inside}.",
                      spoken="So H inverse carries minus the gradient at w-star onto w-hat minus "
                      "w-star{@carry}, and the cone N into w-star plus H inverse N{@wedge}: the "
                      "wedge of all w-hat that keep w-star on the corner{@keep}; w-hat lies "
                      "inside it{@inside}.") as cue:
            self.add(ghost)
            self.bring_to_front(self.fan, self.fan_edges)
            # The ease goes to the arrow's move only: given to the whole play it overrode
            # Indicate's there-and-back and left "ŵ − w*" scaled over its "(" (r26 item 2).
            cue.play(TransformFromCopy(self.pull, carried,
                                       rate_func=rate_functions.ease_in_out_sine),
                     highlight(self.law_line[3], CENTER_COLOR),
                     run_time=max(cue.until("carry"), 1.5))
            # The key move, slowed: the cone turns into the wedge, then rests.
            cue.play(self.carry.animate.set_value(1.0),
                     run_time=max(cue.until("wedge"), 3.2),
                     rate_func=rate_functions.ease_in_out_sine)
            hold(self, 1.0)
            self.add(self.wedge_line)
            cue.play(Conceal(ghost), Reveal(self.wedge_line),
                     run_time=max(cue.until("keep"), 1.2))
            cue.play(Indicate(self.center_dot, color=CENTER_COLOR),
                     highlight(self.wedge_line, CONE_COLOR),
                     until=cue.END)
        self.remove(self.grower)
        self.add(self.touching, self.star_label)
        offset = self.star_label.get_center() - self.star_dot.get_center()
        self.star_label.add_updater(lambda m: m.move_to(self.star_dot.get_center() + offset))
        followers = [self.ball, *self.corner_dots, self.fan, self.fan_edges, self.alpha_read,
                     self.touching, self.star_dot, self.star_label, self.star_read]
        with self.cue("Now {a} falls{@fall}: the ball rounds, the wedge narrows, and "
                      "{w_star} stays on the corner with {wk} = 0{@stay}.", a=ALPHA,
                      wk=wk) as cue:
            cue.play(Conceal(self.pull), Conceal(pull_label), Conceal(carried),
                     Conceal(self.law_line), Conceal(self.wedge_line),
                     run_time=0.6)
            # ŵ reaches the wedge's edge as the next words, "At α = lo", appear.
            sweep(self, alpha, span.lo, *followers, over=self.labels_over(),
                  run_time=cue.until(cue.END),
                  rate_func=rate_functions.ease_out_sine)
        self.span_line = self.panel_line(
            rf"{wk.tex} = 0 \text{{ for }} \alpha \in [{self.lo_text.tex},\ "
            rf"{number(span.hi).tex}]", color=SOLUTION_COLOR)
        self.place_below(self.span_line, self.star_read, buff=0.35)
        with self.cue("At {a} = {lo}, {w_hat} sits on the wedge's edge{@edge}.", a=ALPHA,
                      lo=self.lo_text) as cue:
            self.add(self.span_line)
            cue.play(Flash(self.center_dot, color=CONE_COLOR), Reveal(self.span_line),
                     run_time=max(cue.until("edge"), 1.0))
            cue.play(highlight(self.span_line, SOLUTION_COLOR),
                     until=cue.END)
        slot = self.corner_slot()
        with self.cue("In the zoom on the corner{@lens}: below it, {wk} leaves 0{@leave}, though "
                      "the wedge stays open for every {a} > 0{@open}.", a=ALPHA, wk=wk,
                      settle=KEY_SETTLE_SECONDS,
                      spoken="In the zoom on the corner{@lens}: below it, " + wk.spoken
                      + " leaves 0{@leave}, though the wedge stays open for every alpha above 0"
                      "{@open}.") as cue:
            # The contour through w* in the zoom too: there it is seen to keep touching the
            # ball as w* leaves the corner (r34 review: the zoom showed an arc and two dots).
            self.lens_touch = VMobject(stroke_color=LOSS_COLOR, stroke_width=3, z_index=2)
            self.lens_touch.add_updater(lambda m: set_pieces(m, self.lens_axes, clip_polyline(
                level_set(self.loss, self.solve(alpha.get_value())[1],
                          samples=LENS_TOUCH_SAMPLES), self.lens_view)))
            self.lens_touch.update()
            lens_parts = [self.lens, self.lens_arcs, self.lens_touch, self.lens_corner,
                          self.lens_star]
            self.add(*lens_parts)
            dot = self.corner_dots[slot]
            # The lens shows as its words begin (r26: it came ~3 s late), then the box on
            # the plot it magnifies is marked while "on the corner" is said.
            cue.play(*(Reveal(m) for m in lens_parts),
                     dot.animate.set_opacity(CORNER_DIM).scale(CORNER_SHRINK),
                     run_time=0.6)
            cue.play(Indicate(self.lens[1], color=TEXT_COLOR, scale_factor=1.0),
                     run_time=max(cue.until("lens"), 0.8))
            followers += [self.lens_arcs, self.lens_touch, self.lens_corner, self.lens_star]
            sweep(self, alpha, LEAVE_SHARE * span.lo, *followers, over=self.labels_over(),
                  run_time=max(cue.until("leave"), LEAVE_SECONDS), rate_func=linear)
            # α goes on down towards 0 while "open for every α > 0" is said: the wedge thins
            # but stays a wedge.
            sweep(self, alpha, self.floor, *followers, over=self.labels_over(),
                  run_time=max(cue.until("open"), OPEN_SECONDS),
                  rate_func=rate_functions.ease_out_sine)
            cue.play(highlight(self.star_read, SOLUTION_COLOR),
                     Indicate(self.fan_edges, color=CONE_COLOR, scale_factor=1.0),
                     until=cue.END)
        self.followers = followers
        self.show_sign()

    def show_sign(self) -> None:
        """Where w_k* leaves 0 to the side opposite ŵ_k, the pull −∇f(w*) = H(ŵ − w*) shows
        why: H's off-diagonal tilts it there (said only when the signs differ)."""
        k, low, center = self.k, self.low, self.loss.center
        side, own = np.sign(low.point[k]), np.sign(center[k])
        self.sign_parts: list[VMobject] = []
        if side == 0.0 or own == 0.0 or side == own:
            return
        # Drawn at scale 1: −∇f(w*) = H(ŵ − w*) itself, next to ŵ − w* (the arrow to ŵ).
        pull = pull_arrow(low, scale=1.0)
        arrow = Arrow(to_scene(self.plane, pull.start), to_scene(self.plane, pull.end),
                      buff=0.0, color=GRADIENT_COLOR, stroke_width=5,
                      max_tip_length_to_length_ratio=0.3, tip_length=0.18, z_index=5)
        gap = Arrow(to_scene(self.plane, low.point), to_scene(self.plane, center), buff=0.0,
                    color=CENTER_COLOR, stroke_width=4, max_tip_length_to_length_ratio=0.3,
                    tip_length=0.16, z_index=5)
        label = legible(MathTex(SYMBOLS["neg_grad"].tex, font_size=30, color=GRADIENT_COLOR))
        place_clear(label, arrow.get_end(), np.array([1.0, side]),
                    [self.fan, self.fan_edges, self.touching, self.ball, self.center_label,
                     self.contours, self.plane_group], buff=0.12)
        wk, hat = weight_star(k), Phrase(f"ŵ{'₁₂'[k]}", f"w-hat {k + 1}")
        rel = {1.0: (">", "above"), -1.0: ("<", "below")}
        words = ("{wk} " + rel[side][0] + " 0 though {hat} " + rel[own][0] + " 0{@gap}: H's "
                 "off-diagonal tilts {neg_grad} to " + f"w{'₁₂'[k]} " + rel[side][0]
                 + " 0{@tilt}.")
        spoken = (wk.spoken + " is " + rel[side][1] + " 0 though w-hat " + str(k + 1) + " is "
                  + rel[own][1] + " 0{@gap}: H's off-diagonal tilts minus the gradient to that "
                  "side{@tilt}.")
        with self.cue(words, wk=wk, hat=hat, spoken=spoken) as cue:
            self.add(gap)
            cue.play(GrowArrow(gap), run_time=max(cue.until("gap"), 1.0))
            self.add(arrow, label)
            cue.play(TransformFromCopy(gap, arrow), Reveal(label),
                     run_time=max(cue.until("tilt") - 1.0, 1.5))
            cue.play(highlight(self.star_read, SOLUTION_COLOR),
                     Indicate(self.h_line, color=GRADIENT_COLOR, scale_factor=1.0),
                     until=cue.END)
        self.sign_parts = [gap, arrow, label]

    def show_close(self) -> None:
        """Two slow sweeps with α's readout marked (r26: ≥ 5 s each; the first to the lasso,
        the second down to ridge's circle, the edges curving and the corners staying till 0),
        back to the scene's α, and a closing card of three lines."""
        alpha, span = self.alpha_tracker, self.span
        lens_parts = [self.lens, self.lens_arcs, self.lens_touch, self.lens_corner,
                      self.lens_star]
        followers = [m for m in self.followers if m not in lens_parts]
        # The words say the move, not its end (r34: "α = 1 is the lasso" was read 6 s before
        # α reached 1).
        with self.cue("Raise {a} to 1, the lasso{@lasso}.", a=ALPHA,
                      spoken="Raise alpha to 1, the lasso{@lasso}.") as cue:
            cue.play(*(Conceal(m) for m in [*self.sign_parts, *lens_parts]),
                     highlight(self.alpha_read, TEXT_COLOR), run_time=0.8)
            for mobject in lens_parts[1:]:
                mobject.clear_updaters()
            self.remove(*lens_parts)
            # Each sweep starts with its words and lands on its end, which then rests.
            sweep(self, alpha, 1.0, *followers, over=self.labels_over(), run_time=RECAP_SECONDS,
                  rate_func=rate_functions.ease_in_out_sine)
            hold(self, RECAP_REST)
        with self.cue("Lower {a} to 0, ridge{@ridge}: as {a} falls the edges curve, and the "
                      "corners go only at 0{@gone}.", a=ALPHA,
                      spoken="Lower alpha to 0, ridge{@ridge}: as alpha falls the edges curve, "
                      "and the corners go only at 0{@gone}.") as cue:
            cue.play(highlight(self.alpha_read, TEXT_COLOR), run_time=0.6)
            sweep(self, alpha, 0.0, *followers, over=self.labels_over(),
                  run_time=max(RECAP_SECONDS, cue.until("gone") - RECAP_REST),
                  rate_func=rate_functions.ease_in_out_sine)
            hold(self, RECAP_REST)
        # The closing card: in the panel where the lens was.
        card = VGroup(*(self.panel_line(tex, font_size=CARD_FONT) for tex in (
            r"\alpha > 0:\ \text{corners, so exact zeros possible}",
            r"\alpha \downarrow:\ \text{edges curve, corners stay}",
            r"\alpha = 0:\ \text{ridge's circle, no corners}")))
        card.arrange(DOWN, aligned_edge=LEFT, buff=0.22)
        self.place_below(card, self.span_line, buff=0.6)
        if span.hi == 1.0:
            words = dict(text="Back to {a} = {back}{@back}. Every {a} > 0 keeps the "
                         "corners{@corners}, so exact zeros stay possible{@card}.",
                         spoken="Back to alpha {back}{@back}. Every alpha above 0 keeps the "
                         "corners{@corners}, so exact zeros stay possible{@card}.")
        else:
            hi = number(span.hi)
            words = dict(text="Back to {a} = {back}{@back}. Every {a} > 0 keeps the "
                         "corners{@corners}, but here {w_star} sits "
                         "on one only for {a} from {lo} to {hi}: the lasso's own {w_star} has "
                         "no zero{@card}.",
                         spoken="Back to alpha {back}{@back}. Every alpha above 0 keeps the "
                         "corners{@corners}, but here "
                         "w-star sits on one only for alpha from " + self.lo_text.spoken + " to "
                         + hi.spoken + ": the lasso's own w-star has no zero{@card}.")
        with self.cue(words["text"], a=ALPHA, lo=self.lo_text,
                      hi=number(span.hi), back=number(self.a), spoken=words["spoken"],
                      settle=KEY_SETTLE_SECONDS) as cue:
            sweep(self, alpha, self.a, *followers, over=self.labels_over(),
                  run_time=max(cue.until("back"), 1.5),
                  rate_func=rate_functions.ease_in_out_sine)
            self.add(card)
            cue.play(Indicate(self.corner_dots, color=TEXT_COLOR, scale_factor=1.3),
                     Reveal(card), run_time=max(cue.until("corners"), 1.2))
            if span.hi < 1.0:  # the span of α with the zero, on screen, while it is named
                cue.play(highlight(self.span_line, SOLUTION_COLOR), until=cue.END)
            else:
                cue.play(highlight(card[0], TEXT_COLOR), until=cue.END)
        self.card = card
