"""The flagship: loss contours grow from ŵ until they touch the ball.

    manim render -pql scenes/tangency.py L1Tangency
    manim render -pql scenes/tangency.py L2Tangency
    manim render -pql scenes/tangency.py InactiveConstraint

The problem is class attributes; a variant is a subclass that overrides them:

    class MyCase(L1Tangency):
        center = (2.0, 0.5)
        hessian = ((2.0, 0.4), (0.4, 1.0))

Storyboard of L1Tangency and L2Tangency, one section per beat:

* problem: the axes, ŵ, the ball and the problem on the right.
* grow: a contour grows from ŵ and first touches the ball; a larger one
  crosses it (allowed points with lower loss: we can still go lower); it
  shrinks back to the touching one, whose touching point is w*.
* balance: the loss pulls at w* along −∇f(w*); the ball pushes back along a
  normal g with strength λ ≥ 0: −∇f(w*) = λg.
* cone (L1 at a corner): the two edge normals, the cone swept between them,
  −∇f(w*) inside it. tangent (L2): the shared tangent line.
* drag: ŵ moves; at a corner w* stays put while −∇f(w*) stays in the cone and
  slides off when it leaves; on the circle w* glides and the normal turns.
* verdict: what the data say: an exact zero at a corner, or how ridge
  multiplied each weight.

InactiveConstraint moves ŵ from outside the ball to inside it, with λ live.

Every coordinate comes from `regmath` (the solution, contours, the ball,
arrows, the cone, the drag path, the view), and every claim in the words is
chosen by `regmath.facts` for the data; data a scene cannot show truthfully
are refused in ``setup()``, before the first frame, naming the attribute.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    UP,
    Arrow,
    Create,
    Flash,
    GrowArrow,
    Indicate,
    MathTex,
    Tex,
    ValueTracker,
    VGroup,
    VMobject,
    linear,
    smooth,
)

from regmath import Quadratic, Solution, constrained
from regmath.boundary import boundary_below
from regmath.center_paths import CenterPath, arc_path, corner_exit, inward_path
from regmath.drawing import (
    ViewBox,
    arrow_scale,
    ball_outline,
    boundary_tangents,
    corner_normals,
    free_direction,
    growth_levels,
    level_set,
    normal_cone_wedge,
    pull_arrow,
    tangent_segment,
)
from regmath.facts import inside_ball, isotropic, shrink_factors, solution_kind
from regmath.framing import clip_polyline, edge_pointer, focus_view
from regmath.lp import lp_norm
from regmath.sparsity import l1_solution_regions
from scenes.toolkit.motion import sweep
from scenes.toolkit.notation import (
    BALL_NAMES,
    LOSS_TEX,
    SYMBOLS,
    constraint_tex,
    decimals_for,
    number,
    numbers,
    point,
    weight_star,
)
from scenes.toolkit.params import (
    choice,
    fixed,
    integer,
    point as a_point,
    positive,
    positive_definite,
    refuse,
)
from scenes.toolkit.readout import Readout, number_format
from scenes.toolkit.reveal import Conceal, Reveal
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import (
    BACKGROUND,
    BALL_COLORS,
    CENTER_COLOR,
    CONE_COLOR,
    GRADIENT_COLOR,
    LOSS_COLOR,
    NORMAL_COLOR,
    PANEL_LEFT,
    SOLUTION_COLOR,
    ball_shape,
    draw_ball,
    filled_polygon,
    legible,
    make_axes,
    marker,
    panel_text,
    place_clear,
    place_label,
    polyline,
    set_pieces,
    to_scene,
)

__all__ = ["L1Tangency", "L2Tangency", "InactiveConstraint"]

TITLE = {"l1": r"The lasso: an L1 constraint", "l2": r"Ridge: an L2 constraint"}
#: The contour grows to this share of the touching level's progress before the touch beat.
NEAR_TOUCH = 0.72
#: How far past the touching contour the "we can still go lower" contour grows (progress).
OVERSHOOT = 1.28
#: Arrow length for the normals and the cone, as a share of the radius.
CONE_ARROW = 0.5
#: Length of −∇f(w*) at the start, as a share of the radius (lengths stay true after).
PULL_ARROW = 0.85
PANEL_FONT = 32


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
        self._state: tuple[float, Quadratic, Solution] | None = None
        self.scale = self.get_arrow_scale()
        self.view: ViewBox = self.get_view()
        self.axes_group = make_axes(self.view, keep_clear=[self.solution.point, self.loss.center],
                                    avoid=self.key_curves())
        self.axes = self.axes_group[0]
        self.center_shown = bool(self.view.contains(self.loss.center))
        self.decimals = decimals_for(min(self.t, float(np.max(np.abs(self.solution.point)))
                                         or self.t))

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

    def state(self, s: float | None = None) -> tuple[Quadratic, Solution]:
        """The loss and its solution with ŵ at ŵ(s) (the drag), solved once per s."""
        s = self.drag.get_value() if s is None else s
        if self._state is None or self._state[0] != s:
            if s == 0.0:
                loss, sol = self.loss, self.solution
            else:
                loss = Quadratic(center=self.path.at(s), eigenvalues=self.loss.eigenvalues,
                                 eigenvectors=self.loss.eigenvectors)
                sol = constrained(loss, norm=self.norm, radius=self.t)
            self._state = (s, loss, sol)
        return self._state[1], self._state[2]

    def get_view(self) -> ViewBox:
        """Ball, w* and the arrows always; ŵ and the touching contour when the ball stays readable."""
        essential: list[Any] = [ball_outline(self.norm, self.t)]
        context: list[Any] = [self.path.at(np.linspace(0.0, 1.0, 41))]
        for s in np.linspace(0.0, 1.0, 21):
            _, sol = self.state(float(s))
            essential.append(sol.point)
            if sol.active:
                arrow = pull_arrow(sol, scale=self.scale)
                essential.append(np.array([arrow.start, arrow.end]))
        if self.solution.normal_cone.shape[0] == 2:
            essential.append(normal_cone_wedge(self.solution, length=CONE_ARROW * self.t))
        context.append(level_set(self.loss, self.solution.level))
        self._state = None
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
        self.wait(1.0)

    middle_beat = "cone"

    # ----------------------------------------------------------------- beats
    def show_problem(self) -> None:
        self.title = Tex(TITLE[self.norm], font_size=40).to_corner(UP + LEFT, buff=0.35)
        self.title.align_to([PANEL_LEFT, 0, 0], LEFT)
        self.problem = panel_text([
            r"\min_w\ " + LOSS_TEX,
            r"\text{subject to}\ \ " + constraint_tex(self.norm, f"t = {number(self.t).tex}"),
        ], font_size=PANEL_FONT).next_to(self.title, DOWN, buff=0.35, aligned_edge=LEFT)
        self.ball = ball_shape(self.axes, self.norm, self.t, samples=self.contour_samples)
        self.center_marker = self.get_center_marker()
        with self.cue("Two weights, {w1} and {w2}{@axes}.") as cue:
            cue.play(Create(self.axes_group), Reveal(self.title), until="axes")
        where = ("" if self.center_shown else ", off to the " + self.offscreen_side())
        with self.cue("{w_hat} is where the loss f is lowest{@center}" + where + ": the "
                      "weights fitted without regularization.") as cue:
            cue.play(Reveal(self.center_marker), until="center")
        with self.cue("We minimize f, but only over weights in the {ball} {norm} ≤ {t}"
                      "{@ball}, here with {t} = {tval}.", ball=BALL_NAMES[self.norm],
                      norm=SYMBOLS[self.norm], tval=number(self.t)) as cue:
            cue.play(*draw_ball(self.ball), Reveal(self.problem), until="ball")
        with self.cue("{w_hat} lies outside the {ball}, so the best allowed weights lie on "
                      "its boundary.", ball=BALL_NAMES[self.norm]):
            pass

    def grow_contours(self) -> None:
        final = self.solution.level
        self.contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=4, z_index=1)
        self.contour.add_updater(self.follow_contour)
        self.lower = VMobject(stroke_color=SOLUTION_COLOR, stroke_width=9, stroke_opacity=0.85,
                              z_index=2)
        self.lower.add_updater(self.follow_lower)
        template = "f(w) = " + number_format(OVERSHOOT**2 * final, decimals_for(final))
        self.readout = Readout(template, 0.0, font_size=PANEL_FONT)
        self.readout.next_to(self.problem, DOWN, buff=0.4, aligned_edge=LEFT)
        self.readout.add_updater(lambda r: r.set_value(self.current_level()))
        self.add(self.contour, self.lower, self.readout)
        rings = np.linspace(0.0, NEAR_TOUCH, self.data["rings"] + 2)[1:-1]
        self.rings_group = VGroup(*(self.get_contour(self.loss, (a * a) * final, faint=True)
                                    for a in rings))
        followers = (self.contour, self.lower, self.readout)
        over = [self.center_marker]
        with self.cue("A contour of f joins weights of equal loss. Grow one from {w_hat}: "
                      "the loss f(w) rises as it grows.") as cue:
            for k, target in enumerate([*rings, NEAR_TOUCH]):
                if k:
                    self.add(self.rings_group[k - 1])
                share = cue.remaining / (len(rings) + 1 - k)
                sweep(self, self.growth, float(target), *followers, over=over, run_time=share,
                      rate_func=linear)
        self.tangent_dot = marker(to_scene(self.axes, self.solution.point), SOLUTION_COLOR)
        with self.cue("It first touches the {ball}{@touch} here.",
                      ball=BALL_NAMES[self.norm]) as cue:
            sweep(self, self.growth, 1.0, *followers, over=over,
                  run_time=max(cue.until("touch"), 1.5), rate_func=smooth)
            cue.play(Reveal(self.tangent_dot), Flash(self.tangent_dot, color=SOLUTION_COLOR))
        lower_label = self.get_lower_label()
        with self.cue("A larger contour crosses the {ball}{@over}: the allowed points inside "
                      "it have a lower loss{@arcs}, so we can still go lower.",
                      ball=BALL_NAMES[self.norm]) as cue:
            sweep(self, self.growth, OVERSHOOT, *followers, over=over, run_time=cue.until("over"))
            cue.play(Reveal(lower_label), until="arcs")
        self.tangent_label = legible(MathTex("w^*", font_size=38, color=SOLUTION_COLOR))
        place_label(self.tangent_label, self.tangent_dot.get_center(), *self.label_direction())
        self.solution_text = MathTex(r"w^* = " + point(self.solution.point).tex,
                                     font_size=PANEL_FONT)
        self.solution_text.next_to(self.readout, DOWN, buff=0.3, aligned_edge=LEFT)
        with self.cue("Shrink it back{@back} until one allowed point is left: {w_star} = "
                      "{where}, the lowest loss the {ball} allows{@name}." + self.kind_words(),
                      where=point(self.solution.point), ball=BALL_NAMES[self.norm]) as cue:
            self.play(Conceal(lower_label))
            sweep(self, self.growth, 1.0, *followers, over=over, run_time=cue.until("back") + 1.5)
            cue.play(Reveal(self.tangent_label), Reveal(self.solution_text), until="name")
        for follower in followers:
            follower.clear_updaters()
        self.remove(self.lower)

    def kind_words(self) -> str:
        """A sentence on where w* is (corner, edge, circle), for the touch beat."""
        return ""

    def get_lower_label(self) -> MathTex:
        """"lower loss" beside the longest boundary arc below the crossing contour."""
        level = float(growth_levels(self.solution.level, [OVERSHOOT])[0])
        arcs = boundary_below(self.loss, norm=self.norm, radius=self.t, level=level)
        longest = max(arcs, key=len)
        middle = longest[len(longest) // 2] if len(longest) > 2 else longest.mean(axis=0)
        label = legible(Tex("lower loss", font_size=28, color=SOLUTION_COLOR))
        inward = -np.asarray(middle, dtype=float)  # towards the ball's centre, off the contour
        place_clear(label, to_scene(self.axes, middle), inward, [self.ball, self.contour],
                    minor=[self.axes])
        return label

    def show_balance(self) -> None:
        self.pull = self.get_arrow(pull_arrow(self.solution, scale=self.scale), GRADIENT_COLOR)
        self.pull_label = legible(MathTex(r"-\nabla f(w^*)", font_size=30, color=GRADIENT_COLOR))
        place_clear(self.pull_label, self.pull.get_end(), self.arrow_direction(self.pull),
                    [self.ball, self.touching_contour(), self.tangent_label, self.pull,
                     self.tangent_dot, self.center_marker, *self.tick_numbers()],
                    minor=[self.axes])
        lam = number(self.solution.multiplier)
        self.kkt = panel_text([r"-\nabla f(w^*) = \lambda g",
                               rf"\lambda = {lam.tex} \ge 0"], font_size=PANEL_FONT)
        self.kkt.next_to(self.solution_text, DOWN, buff=0.35, aligned_edge=LEFT)
        with self.cue("At {w_star} the loss pulls towards {w_hat}, along {neg_grad}{@pull}.") as cue:
            cue.play(GrowArrow(self.pull), until="pull")
        with self.cue(self.push_words(), lam_value=lam, ball=BALL_NAMES[self.norm],
                      spoken=self.push_spoken()) as cue:
            cue.play(Reveal(self.pull_label), Reveal(self.kkt[0]), until="kkt")
            cue.play(Reveal(self.kkt[1]))

    def push_words(self) -> str:
        return ("The {ball} pushes back along an outward normal {g}, with a strength {lam} "
                "≥ 0{@kkt}: {neg_grad} = {lam}{g}, with {lam} = {lam_value}.")

    def push_spoken(self) -> str:
        return ("The {ball} pushes back along an outward normal g, with a strength lambda, "
                "never negative{@kkt}: minus the gradient equals lambda times g, with lambda "
                "= {lam_value}.")

    def show_middle(self) -> None:
        raise NotImplementedError

    def drag_center(self) -> None:
        raise NotImplementedError

    def show_verdict(self) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------- followers
    def current_level(self) -> float:
        """The growing contour's level: α² f(w*) (α the growth), on the current loss."""
        _, sol = self.state()
        return float(growth_levels(sol.level, [self.growth.get_value()])[0])

    def follow_contour(self, mobject: VMobject) -> None:
        loss, _ = self.state()
        level = self.current_level()
        pieces = clip_polyline(level_set(loss, level, samples=self.contour_samples), self.view)
        set_pieces(mobject, self.axes, pieces)

    def follow_lower(self, mobject: VMobject) -> None:
        """The boundary points below the current level (none until the contour crosses)."""
        loss, sol = self.state()
        level = self.current_level()
        pieces = [] if level <= sol.level else boundary_below(loss, norm=self.norm,
                                                              radius=self.t, level=level)
        set_pieces(mobject, self.axes, pieces)

    def touching_contour(self) -> VMobject:
        return self.contour

    def tick_numbers(self) -> list[VMobject]:
        return [*self.axes.x_axis.numbers, *self.axes.y_axis.numbers]

    # -------------------------------------------------------------- builders
    def get_center_marker(self) -> VGroup:
        """ŵ as a dot with its label, or, while it is out of view, an arrow at the frame's
        edge pointing to it (the two swap as ŵ crosses the frame)."""
        dot = marker(ORIGIN, CENTER_COLOR, radius=0.07)
        label = legible(MathTex(r"\hat w", font_size=38, color=CENTER_COLOR))
        extent = max(self.view.width, self.view.height)
        length = float(np.linalg.norm(to_scene(self.axes, [0.1 * extent, 0.0])
                                      - to_scene(self.axes, [0.0, 0.0])))
        pointer = Arrow(ORIGIN, length * RIGHT, stroke_width=5, color=CENTER_COLOR, buff=0.0,
                        max_tip_length_to_length_ratio=0.4)
        pointer_label = legible(MathTex(r"\hat w", font_size=38, color=CENTER_COLOR))
        group = VGroup(VGroup(dot, label), VGroup(pointer, pointer_label))
        shown: dict[str, bool | None] = {"inside": None}

        def follow(m: VGroup) -> None:
            target = self.path.at(self.drag.get_value())
            dot.move_to(to_scene(self.axes, target))
            label.next_to(dot, UP + RIGHT * 0.6, buff=0.04)
            tip, direction = edge_pointer(target, self.view)
            start = tip - 0.1 * extent * direction
            # A fixed length, so moving it keeps the tip's size (and its opacity, unlike become).
            pointer.put_start_and_end_on(to_scene(self.axes, start), to_scene(self.axes, tip))
            pointer_label.next_to(pointer.get_start(), -np.append(direction, 0.0), buff=0.06)
            inside = self.view.contains(target)
            if inside != shown["inside"]:
                # Only on a change, so a fade-in's own opacities are not overwritten.
                m[0].set_opacity(1.0 if inside else 0.0)
                m[1].set_opacity(0.0 if inside else 1.0)
                shown["inside"] = inside

        follow(group)
        group.add_updater(follow)
        return group

    def offscreen_side(self) -> str:
        """Where an off-screen ŵ lies, in words (up and to the right, …)."""
        _, direction = edge_pointer(self.loss.center, self.view)
        vertical = "top" if direction[1] > 0.38 else ("bottom" if direction[1] < -0.38 else "")
        horizontal = "right" if direction[0] > 0.38 else ("left" if direction[0] < -0.38 else "")
        return " ".join(w for w in (vertical, horizontal) if w) + " of the picture"

    def get_contour(self, loss: Quadratic, level: float, *, faint: bool = False) -> VMobject:
        curve = VMobject(stroke_color=LOSS_COLOR, stroke_width=2 if faint else 4,
                         stroke_opacity=0.45 if faint else 1.0)
        return set_pieces(curve, self.axes,
                          clip_polyline(level_set(loss, level, samples=self.contour_samples),
                                        self.view))

    def get_arrow(self, arrow: object, color: object, *, stroke_width: float = 6) -> Arrow:
        return Arrow(to_scene(self.axes, arrow.start), to_scene(self.axes, arrow.end), buff=0.0,
                     color=color, stroke_width=stroke_width,
                     max_tip_length_to_length_ratio=0.25, z_index=2)

    def follow_pull(self, mobject: Arrow) -> None:
        """The pull −∇f(w*) = λg of the current solution, at the fixed scale (true lengths)."""
        _, sol = self.state()
        arrow = pull_arrow(sol, scale=self.scale)
        start, end = to_scene(self.axes, arrow.start), to_scene(self.axes, arrow.end)
        if np.linalg.norm(end - start) < 0.02:  # λ = 0: nothing pulls
            mobject.set_opacity(0.0)
            return
        mobject.become(Arrow(start, end, buff=0.0, color=GRADIENT_COLOR, stroke_width=6,
                             max_tip_length_to_length_ratio=0.25, z_index=2))

    def label_direction(self) -> tuple[np.ndarray, float]:
        """w*'s label goes where no arrow, edge or the way to ŵ leaves w*."""
        sol = self.solution
        avoid = [sol.gradient, -sol.gradient, self.loss.center - sol.point,
                 *boundary_tangents(sol)]
        if sol.normal_cone.shape[0] == 2:
            avoid.extend(sol.normal_cone)
        return free_direction(avoid)

    @staticmethod
    def arrow_direction(arrow: Arrow) -> np.ndarray:
        direction = (arrow.get_end() - arrow.get_start())[:2]
        return direction / max(float(np.linalg.norm(direction)), 1e-12)


class L1Tangency(TangencyScene):
    """The diamond: the contours touch at a corner, so one weight is exactly zero."""

    norm = "l1"
    parameters = {**TangencyScene.parameters,
                  "norm": fixed("l1", "L2Tangency shows the circle")}

    def get_path(self) -> CenterPath:
        return corner_exit(self.loss, self.t)

    def kind_words(self) -> str:
        if self.kind == "corner":
            zero = self.solution.zero_weights[0]
            return f" It is a corner of the diamond, where {weight_star(zero).text} = 0."
        return " It lies on an edge of the diamond, where both weights are nonzero."

    def show_middle(self) -> None:
        if self.kind == "corner":
            self.show_cone()
        else:
            self.show_edge_normal()

    def show_cone(self) -> None:
        sol = self.solution
        length = CONE_ARROW * self.t
        self.edge_normals = VGroup(*(self.get_arrow(a, NORMAL_COLOR, stroke_width=4)
                                     for a in corner_normals(sol, length=length)))
        fraction = ValueTracker(0.0)
        self.wedge = VMobject(stroke_width=0, fill_color=CONE_COLOR, fill_opacity=0.25, z_index=0)
        self.wedge.add_updater(lambda m: m.set_points_as_corners(to_scene(
            self.axes, normal_cone_wedge(sol, length=length, fraction=fraction.get_value()))))
        g = point(sol.normal)
        self.cone_text = panel_text([r"g \in N(w^*):\ g = " + g.tex], font_size=PANEL_FONT)
        self.cone_text.next_to(self.kkt, DOWN, buff=0.3, aligned_edge=LEFT)
        cone_label = legible(MathTex(r"N(w^*)", font_size=30, color=CONE_COLOR))
        tips = [a.get_end() for a in self.edge_normals]
        place_clear(cone_label, tips[0], self.arrow_direction(self.edge_normals[0]),
                    [self.ball, self.contour, self.pull, self.pull_label, self.tangent_label,
                     *self.edge_normals], minor=[self.axes])
        with self.cue("At a corner the diamond has no single normal. The normals of its two "
                      "edges{@edges}...") as cue:
            cue.wait_until("edges")
            cue.play(*(GrowArrow(a) for a in self.edge_normals))
        with self.cue("...and every direction between them{@sweep} are normals too: together "
                      "they form the normal cone {cone}{@named}.") as cue:
            self.add(self.wedge)
            sweep(self, fraction, 1.0, self.wedge, run_time=cue.until("named"))
            self.wedge.clear_updaters()
            cue.play(Reveal(cone_label))
        zero = sol.zero_weights[0]
        with self.cue("{neg_grad} lies inside the cone{@inside}, so it is {lam}{g} with {g} in "
                      "{cone}: here {g} = {gval}{@g}. Its entry for the zero weight, {gk}, may "
                      "be anything in [−1, 1].", gval=g, gk=number(sol.normal[zero]),
                      spoken="Minus the gradient lies inside the cone{@inside}, so it is "
                      "lambda g with g in the cone: here g = {gval}{@g}. Its entry for the zero "
                      "weight, {gk}, may be anything between minus one and one.") as cue:
            cue.play(Indicate(self.pull, color=GRADIENT_COLOR), until="inside")
            cue.play(Reveal(self.cone_text), until="g")
        self.cone_label = cone_label

    def show_edge_normal(self) -> None:
        sol = self.solution
        g = point(sol.normal)
        self.cone_text = panel_text([r"g = " + g.tex + r"\ \text{(the edge's normal)}"],
                                    font_size=PANEL_FONT)
        self.cone_text.next_to(self.kkt, DOWN, buff=0.3, aligned_edge=LEFT)
        with self.cue("On an edge the diamond has one outward normal, {g} = {gval}{@g}, and "
                      "{neg_grad} points along it.", gval=g,
                      spoken="On an edge the diamond has one outward normal, g = {gval}{@g}, "
                      "and minus the gradient points along it.") as cue:
            cue.play(Reveal(self.cone_text), until="g")
            cue.play(Indicate(self.pull, color=GRADIENT_COLOR))

    def drag_center(self) -> None:
        path = self.path
        self.tangent_dot.add_updater(lambda m: m.move_to(to_scene(self.axes, self.state()[1].point)))
        offset = self.tangent_label.get_center() - self.tangent_dot.get_center()
        self.tangent_label.add_updater(lambda m: m.move_to(self.tangent_dot.get_center() + offset))
        self.pull.add_updater(self.follow_pull)
        label_offset = self.pull_label.get_center() - self.pull.get_end()
        self.pull_label.add_updater(lambda m: m.move_to(self.pull.get_end() + label_offset))
        self.contour.add_updater(self.follow_contour)
        # The weight that is zero at the corner of the story: w*'s own zero, or for an
        # edge solution the zero of the corner the drag reaches (`corner_exit`).
        zero_index = (self.solution.zero_weights[0] if self.kind == "corner"
                      else 1 - int(np.argmax(np.abs(self.solution.point))))
        along = np.array([self.state(float(s))[1].point for s in np.linspace(0.0, 1.0, 41)])
        slots = [number_format(self.t, self.decimals, signed=bool(np.any(along[:, i] < 0.0)))
                 for i in range(2)]
        live = Readout(r"w^* = (" + slots[0] + r",\ " + slots[1] + ")", 0.0, 0.0,
                       font_size=PANEL_FONT)
        live.next_to(self.cone_text, DOWN, buff=0.3, aligned_edge=LEFT)
        live.add_updater(lambda r: r.set_values(*(float(x) for x in self.state()[1].point)))
        followers = (self.center_marker, self.contour, self.tangent_dot, self.tangent_label,
                     self.pull, self.pull_label, live)
        crossing = float(path.crossing)
        if self.kind == "corner":
            with self.cue("Now move {w_hat}{@move}. While {neg_grad} stays inside the cone, "
                          "{w_star} stays exactly on the corner{@stay}.",
                          spoken="Now move w-hat{@move}. While minus the gradient stays inside "
                          "the cone, w-star stays exactly on the corner{@stay}.") as cue:
                cue.play(Reveal(live), until="move")
                sweep(self, self.drag, crossing, *followers, run_time=cue.until("stay"),
                      rate_func=linear)
            with self.cue("Here {neg_grad} reaches the cone's edge{@edge}. Beyond it, {w_star} "
                          "slides off the corner along the diamond's edge{@slide}, and both "
                          "weights are nonzero.",
                          spoken="Here minus the gradient reaches the cone's edge{@edge}. "
                          "Beyond it, w-star slides off the corner along the diamond's "
                          "edge{@slide}, and both weights are nonzero.") as cue:
                cue.play(Flash(self.tangent_dot, color=CONE_COLOR), until="edge")
                sweep(self, self.drag, 1.0, *followers, run_time=cue.until("slide"),
                      rate_func=linear)
            with self.cue("Bring {w_hat} back{@back}: {w_star} returns to the corner and stays "
                          "there.") as cue:
                sweep(self, self.drag, 0.0, *followers, run_time=cue.until("back") + 2.0)
        else:
            corner = weight_star(zero_index)
            with self.cue("Now move {w_hat} towards a corner{@move}: {w_star} slides along the "
                          "edge{@slide}...") as cue:
                cue.play(Reveal(live), until="move")
                sweep(self, self.drag, crossing, *followers, run_time=cue.until("slide"),
                      rate_func=linear)
            with self.cue("...until it reaches the corner{@corner}, where {zero} = 0 exactly. "
                          "From there on it stays: {neg_grad} has entered the corner's normal "
                          "cone{@stay}.", zero=corner,
                          spoken="...until it reaches the corner{@corner}, where {zero} = 0 "
                          "exactly. From there on it stays: minus the gradient has entered "
                          "the corner's normal cone{@stay}.") as cue:
                cue.play(Flash(self.tangent_dot, color=CONE_COLOR), until="corner")
                sweep(self, self.drag, 1.0, *followers, run_time=cue.until("stay"),
                      rate_func=linear)
            with self.cue("Bring {w_hat} back{@back}: {w_star} returns to the edge.") as cue:
                sweep(self, self.drag, 0.0, *followers, run_time=cue.until("back") + 2.0)
        for follower in followers:
            follower.clear_updaters()
        self.live = live

    def show_verdict(self) -> None:
        if self.kind == "corner":
            zero = self.solution.zero_weights[0]
            lines = [rf"\Rightarrow\ {weight_star(zero).tex} = 0\ \text{{exactly}}"]
            words = ("Every {w_hat} in this shaded wedge{@wedge} puts {w_star} on this corner, "
                     "with {zero} = 0 exactly{@verdict}. That is why the lasso gives sparse "
                     "weights.")
            corner = self.solution.point
        else:
            zero = 1 - int(np.argmax(np.abs(self.solution.point)))
            lines = [r"\text{on an edge: no weight is } 0"]
            words = ("For this {w_hat} the touch is on an edge, so no weight is zero. Every "
                     "{w_hat} in the shaded wedge{@wedge}, a whole region of the plane, would "
                     "put {zero} at exactly 0{@verdict}.")
            corner = self.state(1.0)[1].point
        self.wedge_region = self.get_wedge_region(corner)
        verdict = panel_text(lines, font_size=PANEL_FONT)
        verdict.next_to(self.live, DOWN, buff=0.3, aligned_edge=LEFT)
        with self.cue(words, zero=weight_star(zero)) as cue:
            cue.play(Reveal(self.wedge_region), until="wedge")
            cue.play(Reveal(verdict), until="verdict")
        self.verdict = verdict

    def get_wedge_region(self, corner: np.ndarray) -> VMobject:
        """The ŵ whose solution is this corner: the wedge v + H⁻¹N(v), clipped to the view."""
        regions = [r for r in l1_solution_regions(self.loss.hessian, self.t, self.view)
                   if r.kind == "corner" and np.array_equal(r.apex, corner)]
        return filled_polygon(self.axes, regions[0].polygon, stroke_width=0,
                              fill_color=CONE_COLOR, fill_opacity=0.14, z_index=-1)


class L2Tangency(TangencyScene):
    """The circle: the touching point moves smoothly; no weight is singled out."""

    norm = "l2"
    parameters = {**TangencyScene.parameters,
                  "norm": fixed("l2", "L1Tangency shows the diamond")}
    middle_beat = "tangent"
    #: How far ŵ turns about the origin in the drag (radians).
    drag_angle: ClassVar[float] = 0.45

    def get_path(self) -> CenterPath:
        # Turn away from the nearest axis: ŵ is at most 45° from it, so a turn of
        # drag_angle (< 45°) never reaches the next axis either.
        c = self.loss.center
        angle = float(np.arctan2(c[1], c[0]))
        off_axis = angle - (np.pi / 2) * np.round(angle / (np.pi / 2))
        return arc_path(c, (1.0 if off_axis >= 0.0 else -1.0) * self.drag_angle)

    def kind_words(self) -> str:
        zeros = self.solution.zero_weights
        if zeros:
            return (f" Here {weight_star(zeros[0]).text} = 0, because this ŵ lies on one of the "
                    "four rays where ridge gives a zero.")
        return ""

    def push_words(self) -> str:
        return ("The {ball} pushes back along its outward normal {g} = {w_star}/{t}, with a "
                "strength {lam} ≥ 0{@kkt}: {neg_grad} = {lam}{g}, with {lam} = {lam_value}.")

    def push_spoken(self) -> str:
        return ("The {ball} pushes back along its outward normal g, w-star over t, with a "
                "strength lambda, never negative{@kkt}: minus the gradient equals lambda "
                "times g, with lambda = {lam_value}.")

    def show_middle(self) -> None:
        half = 0.9 * self.t
        self.tangent = polyline(self.axes, tangent_segment(self.solution, half_length=half),
                                stroke_color=NORMAL_COLOR, stroke_width=3, z_index=1)
        with self.cue("The contour and the circle share one tangent line at {w_star}"
                      "{@tangent}, and the normal {g} is perpendicular to it.") as cue:
            cue.play(Create(self.tangent), until="tangent")

    def drag_center(self) -> None:
        half = 0.9 * self.t
        self.tangent_dot.add_updater(lambda m: m.move_to(to_scene(self.axes, self.state()[1].point)))
        offset = self.tangent_label.get_center() - self.tangent_dot.get_center()
        self.tangent_label.add_updater(lambda m: m.move_to(self.tangent_dot.get_center() + offset))
        self.pull.add_updater(self.follow_pull)
        label_offset = self.pull_label.get_center() - self.pull.get_end()
        self.pull_label.add_updater(lambda m: m.move_to(self.pull.get_end() + label_offset))
        self.contour.add_updater(self.follow_contour)
        self.tangent.add_updater(lambda m: m.set_points_as_corners(to_scene(
            self.axes, tangent_segment(self.state()[1], half_length=half))))
        followers = (self.center_marker, self.contour, self.tangent_dot, self.tangent_label,
                     self.pull, self.pull_label, self.tangent)
        with self.cue("Move {w_hat}{@move}: {w_star} glides along the circle, and the normal "
                      "and the tangent turn with it{@glide}.") as cue:
            cue.wait_until("move")
            sweep(self, self.drag, 1.0, *followers, run_time=cue.until("glide"), rate_func=smooth)
        with self.cue("No point of the circle is special, so nothing pushes a weight to "
                      "exactly zero{@back}.") as cue:
            sweep(self, self.drag, 0.0, *followers, run_time=cue.until("back"), rate_func=smooth)
        for follower in followers:
            follower.clear_updaters()

    def show_verdict(self) -> None:
        factors = shrink_factors(self.loss, self.solution)
        shown = [i for i in range(2) if np.isfinite(factors[i])]
        texts = numbers([factors[i] for i in shown], significant=2)
        lines = [rf"{weight_star(i).tex} = {tx.tex}\,\hat w_{i + 1}" for i, tx in zip(shown, texts)]
        parts = [f"{{w{i + 1}}} by {tx.text}" for i, tx in zip(shown, texts)]
        spoken_parts = [f"w-{'one' if i == 0 else 'two'} by {tx.spoken}" for i, tx in zip(shown, texts)]
        if len(shown) == 2 and texts[0].text == texts[1].text:
            reason = "the same factor, because {H} is a multiple of {I}." if isotropic(self.loss) \
                else "factors that agree to two digits."
        elif len(shown) == 2:
            reason = ("different factors, because {H} is not a multiple of {I}." if not
                      isotropic(self.loss) else "")
        else:
            missing = next(i for i in range(2) if i not in shown)
            reason = f"{{w{missing + 1}_hat}} = 0, so that weight has no factor."
        odd = any(f > 1.0 or f < 0.0 for f in factors[shown])
        extra = (" A factor above 1 or below 0 means a weight grew or changed sign: a tilted "
                 "{H} couples the weights." if odd else "")
        zeros = self.solution.zero_weights
        ending = (" Neither weight is exactly zero." if not zeros else
                  f" {weight_star(zeros[0]).text} = 0 only because {{w_hat}} sits on a ray where "
                  "ridge gives a zero.")
        words = ("Compared with {w_hat}, ridge multiplied " + " and ".join(parts)
                 + "{@verdict}: " + reason + extra + ending)
        spoken = ("Compared with w-hat, ridge multiplied " + " and ".join(spoken_parts)
                  + "{@verdict}: " + reason + extra + ending)
        verdict = panel_text(lines, font_size=PANEL_FONT)
        verdict.next_to(self.kkt, DOWN, buff=0.3, aligned_edge=LEFT)
        with self.cue(words, spoken=spoken) as cue:
            cue.play(Reveal(verdict), until="verdict")
        self.verdict = verdict


class InactiveConstraint(TangencyScene):
    """ŵ moves from outside the ball to inside it: λ falls to exactly 0 at the boundary."""

    norm: ClassVar[str] = "l1"
    center = (0.35, 0.25)

    parameters = {**TangencyScene.parameters, "norm": choice(("l1", "l2"))}

    def check_story(self) -> None:
        if self.kind != "interior":
            where = "on the boundary of" if self.kind == "boundary" else "outside"
            raise refuse("center", (
                f"ŵ = {point(self.loss.center).text} lies {where} the ball "
                f"{SYMBOLS[self.norm].text} ≤ {number(self.t).text}; this scene needs ŵ "
                "strictly inside it (use L1Tangency or L2Tangency for a ŵ outside)"))

    def get_path(self) -> CenterPath:
        return inward_path(self.loss, norm=self.norm, radius=self.t)

    def setup(self) -> None:
        super().setup()
        self.start_solution = self.state(0.0)[1]

    def state(self, s: float | None = None) -> tuple[Quadratic, Solution]:
        s = self.drag.get_value() if s is None else s
        if self._state is None or self._state[0] != s:
            loss = Quadratic(center=self.path.at(s), eigenvalues=self.loss.eigenvalues,
                             eigenvectors=self.loss.eigenvectors)
            self._state = (s, loss, constrained(loss, norm=self.norm, radius=self.t))
        return self._state[1], self._state[2]

    def get_arrow_scale(self) -> float:
        return arrow_scale(self.state(0.0)[1], length=PULL_ARROW * self.t)

    def get_view(self) -> ViewBox:
        start = self.state(0.0)
        essential = [ball_outline(self.norm, self.t), self.path.at(np.linspace(0, 1, 41))]
        arrow = pull_arrow(start[1], scale=self.scale)
        essential.append(np.array([arrow.start, arrow.end]))
        context = [level_set(start[0], start[1].level)]
        self._state = None
        return focus_view(essential, context, ball_diameter=2.0 * self.t,
                          lean_towards=self.path.start).box

    def key_curves(self) -> list[np.ndarray]:
        return [ball_outline(self.norm, self.t)]

    def construct(self) -> None:
        self.next_section("problem")
        self.show_problem()
        self.next_section("drag")
        self.drag_center()
        self.next_section("slack")
        self.show_verdict()
        self.wait(1.0)

    def show_problem(self) -> None:
        ball = BALL_NAMES[self.norm]
        self.title = Tex(r"When $\hat w$ moves inside the ball", font_size=40)
        self.title.to_corner(UP + LEFT, buff=0.35).align_to([PANEL_LEFT, 0, 0], LEFT)
        self.problem = panel_text([
            r"\min_w\ " + LOSS_TEX,
            r"\text{subject to}\ \ " + constraint_tex(self.norm, f"t = {number(self.t).tex}"),
        ], font_size=PANEL_FONT).next_to(self.title, DOWN, buff=0.35, aligned_edge=LEFT)
        self.ball = ball_shape(self.axes, self.norm, self.t, samples=self.contour_samples)
        self.center_marker = self.get_center_marker()
        self.contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=4, z_index=1)
        self.growth.set_value(1.0)
        self.contour.add_updater(self.follow_contour)
        start = self.start_solution
        self.tangent_dot = marker(to_scene(self.axes, start.point), SOLUTION_COLOR)
        self.tangent_dot.add_updater(lambda m: m.move_to(to_scene(self.axes, self.state()[1].point)))
        self.tangent_label = legible(MathTex("w^*", font_size=38, color=SOLUTION_COLOR))
        self.tangent_label.add_updater(lambda m: m.next_to(self.tangent_dot, DOWN + LEFT, buff=0.05))
        self.pull = Arrow(stroke_width=6, color=GRADIENT_COLOR, buff=0.0)
        self.pull.add_updater(self.follow_pull)
        largest = max(self.state(float(s))[1].multiplier for s in np.linspace(0.0, 1.0, 41))
        self.live = Readout(r"\lambda = " + number_format(largest, self.decimals),
                            start.multiplier, font_size=PANEL_FONT)
        self.live.next_to(self.problem, DOWN, buff=0.4, aligned_edge=LEFT)
        self.live.add_updater(lambda r: r.set_value(self.state()[1].multiplier))
        with self.cue("Two weights, {w1} and {w2}, and the constraint {norm} ≤ {t}: the "
                      "{ball}{@ball}.", norm=SYMBOLS[self.norm], ball=ball) as cue:
            cue.play(Create(self.axes_group), Reveal(self.title), Reveal(self.problem))
            cue.play(*draw_ball(self.ball), until="ball")
        with self.cue("Start with {w_hat} outside it{@center}: the contour through {w_star} "
                      "touches the {ball}, and the constraint pushes back with {lam} = "
                      "{lam0}{@pull}.", ball=ball, lam0=number(start.multiplier)) as cue:
            cue.play(Reveal(self.center_marker), Create(self.contour), until="center")
            cue.play(Reveal(self.tangent_dot), Reveal(self.tangent_label),
                     GrowArrow(self.pull), Reveal(self.live), until="pull")

    def drag_center(self) -> None:
        crossing = float(self.path.crossing)
        followers = (self.center_marker, self.contour, self.tangent_dot, self.tangent_label,
                     self.pull, self.live)
        ball = BALL_NAMES[self.norm]
        with self.cue("Move {w_hat} towards the {ball}{@move}. As it comes closer, the pull "
                      "weakens and {lam} falls{@fall}...", ball=ball) as cue:
            cue.wait_until("move")
            sweep(self, self.drag, crossing, *followers, run_time=cue.until("fall"),
                  rate_func=linear)
        with self.cue("...to exactly 0 as {w_hat} crosses the boundary{@cross}. The contour "
                      "through {w_star} shrinks to a single point.") as cue:
            cue.play(Flash(self.tangent_dot, color=CONE_COLOR), until="cross")
        same = legible(MathTex(r"w^* = \hat w", font_size=38, color=SOLUTION_COLOR))
        hat_label = self.center_marker[0][1]
        with self.cue("Inside{@inside}, {w_star} = {w_hat}{@same}: the lowest point of the loss "
                      "is allowed. There {grad_f} = 0, so there is nothing to balance.",
                      spoken="Inside{@inside}, w-star equals w-hat{@same}: the lowest point of "
                      "the loss is allowed. There the gradient is zero, so there is nothing to "
                      "balance.") as cue:
            sweep(self, self.drag, 1.0, *followers, run_time=cue.until("inside") + 1.5,
                  rate_func=smooth)
            for follower in followers:
                follower.clear_updaters()
            same.next_to(self.tangent_dot, UP + RIGHT * 0.6, buff=0.04)
            cue.play(Conceal(self.tangent_label), hat_label.animate.set_opacity(0.0),
                     Reveal(same), until="same")
        self.remove(self.pull)

    def show_verdict(self) -> None:
        p = 1.0 if self.norm == "l1" else 2.0
        norm_tex = SYMBOLS[self.norm].tex.replace("w", "w^*")
        slack = numbers([self.t - lp_norm(self.solution.point, p)])[0]
        solution = point(self.solution.point)
        lines = panel_text([
            r"w^* = \hat w = " + solution.tex,
            rf"t - {norm_tex} = {slack.tex} > 0",
            rf"\lambda\,(t - {norm_tex}) = 0\ \Rightarrow\ \lambda = 0",
        ], font_size=PANEL_FONT).next_to(self.live, DOWN, buff=0.3, aligned_edge=LEFT)
        note = panel_text([r"\text{a penalty } \lambda > 0 \text{ would still shrink } \hat w"],
                          font_size=28).next_to(lines, DOWN, buff=0.35, aligned_edge=LEFT)
        with self.cue("{w_star} = {w_hat} = {where}{@point}. Complementary slackness says {lam} "
                      "times the slack is zero, and the slack t − ‖w*‖ = {slack} is positive"
                      "{@slack}, so {lam} = 0.", where=solution, slack=slack,
                      spoken="w-star equals w-hat, {where}{@point}. Complementary slackness "
                      "says lambda times the slack is zero, and the slack, t minus the norm of "
                      "w-star, is {slack}, positive{@slack}, so lambda is zero.") as cue:
            cue.play(Reveal(lines[0]), until="point")
            cue.play(Reveal(lines[1:]), until="slack")
        with self.cue("For every radius t ≥ ‖{w_hat}‖ the constraint changes nothing{@note}. A "
                      "penalty is different: any {lam} above 0 would still shrink {w_hat}.",
                      spoken="For every radius t at least the norm of w-hat, the constraint "
                      "changes nothing{@note}. A penalty is different: any lambda above zero "
                      "would still shrink w-hat.") as cue:
            cue.play(Reveal(note), until="note")
        self.verdict = VGroup(lines, note)
