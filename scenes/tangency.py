"""The flagship: loss contours grow from ŵ until they touch the ball.

    manim render -pql scenes/tangency.py L1Tangency
    manim render -pql scenes/tangency.py L2Tangency

The problem is class attributes; a variant is a subclass that overrides them:

    class MyCase(L1Tangency):
        center = (2.0, 0.5)
        hessian = ((2.0, 0.4), (0.4, 1.0))

Every coordinate comes from `regmath`: the solution, the touching level, the
contour polylines, the ball outline, the arrows, the normal cone and the
axis ranges.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
from manim import (
    DOWN,
    LEFT,
    UR,
    Arrow,
    Circumscribe,
    Create,
    Dot,
    FadeIn,
    GrowArrow,
    Indicate,
    MathTex,
    Scene,
    Tex,
    ValueTracker,
    VGroup,
    VMobject,
    linear,
)

from regmath import Quadratic, Solution, constrained
from regmath.boundary import boundary_minimum
from regmath.lp import lp_norm
from regmath.drawing import (
    ViewBox,
    boundary_tangents,
    cone_label_anchor,
    free_direction,
    growth_levels,
    level_sets,
    normal_cone_wedge,
    tangency_arrows,
    tangency_view,
)
from scenes.toolkit.motion import overlapping, sweep
from scenes.toolkit.narration import hold, narrate, reading_seconds
from scenes.toolkit.readout import Readout, number_format
from scenes.toolkit.reveal import Reveal
from scenes.toolkit.style import (
    CENTER_COLOR,
    CONE_COLOR,
    GRADIENT_COLOR,
    LOSS_COLOR,
    NORMAL_COLOR,
    PANEL_LEFT,
    SOLUTION_COLOR,
    as_direction,
    ball_shape,
    contour_line,
    filled_polygon,
    fmt,
    legible,
    place_clear,
    place_label,
    make_axes,
    panel_text,
    to_scene,
)

__all__ = ["L1Tangency", "L2Tangency", "InactiveConstraint"]

NORM_TEX = {"l1": r"\|w\|_1", "l2": r"\|w\|_2"}
BALL_NAME = {"l1": "diamond", "l2": "circle"}
TITLE = {"l1": r"L1 constraint (the lasso)", "l2": r"L2 constraint (ridge)"}


class TangencyScene(Scene):
    """Grow the loss contours from ŵ until the first one touches the ball."""

    norm: ClassVar[str] = "l1"
    center: ClassVar[tuple[float, ...]] = (1.0, 1.6)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((1.1, -0.5), (-0.5, 3.9))
    radius: ClassVar[float] = 1.0
    #: Faint contours left behind as the loss grows, at evenly spaced progress.
    rings: ClassVar[int] = 3
    grow_seconds: ClassVar[float] = 4.0
    contour_samples: ClassVar[int] = 129  # a 128-gon is within 0.2 px of the ellipse at 1080p
    title_text: ClassVar[str | None] = None  # default: names the norm
    growth_caption: ClassVar[str] = ("Each contour is a set of weights with equal loss. "
                                     "Grow the contour from w-hat: the loss rises.")

    # ------------------------------------------------------------------ data
    def setup(self) -> None:
        self.loss = Quadratic(center=self.center, hessian=self.hessian)
        self.solution: Solution = constrained(self.loss, norm=self.norm, radius=self.radius)
        self.view: ViewBox = tangency_view(self.loss, [self.solution])
        self.axes_group = make_axes(
            self.view, keep_clear=[self.solution.point, self.loss.center]
        )
        self.axes = self.axes_group[0]

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("problem")
        self.show_problem()
        self.next_section("grow")
        self.grow_contours()
        self.next_section("touch")
        self.show_touch()
        self.next_section("gradients")
        self.show_gradients()
        self.next_section("verdict")
        self.show_verdict()
        self.wait(1.0)

    # ----------------------------------------------------------------- beats
    def show_problem(self) -> None:
        norm_tex = NORM_TEX[self.norm]
        self.title = Tex(self.title_text or TITLE[self.norm], font_size=40).to_corner(UR).align_to(
            [PANEL_LEFT, 0, 0], LEFT
        )
        self.problem = panel_text(
            [
                r"\min_w\ f(w) = \tfrac12 (w-\hat w)^\top H (w-\hat w)",
                rf"\text{{subject to}}\ \ {norm_tex} \le t = {fmt(self.radius)}",
            ],
            font_size=32,
        ).next_to(self.title, DOWN, buff=0.4, aligned_edge=LEFT)
        self.ball = self.get_ball()
        self.center_dot, self.center_label = self.get_center_marker()
        narrate(self, "Two weights, w1 and w2. The loss f is a bowl whose lowest point, "
                "the unregularized optimum, we call w-hat.",
                Create(self.axes_group), Reveal(self.title), run_time=1.5)
        self.play(Reveal(self.center_dot), Reveal(self.center_label), Reveal(self.problem))
        narrate(self, f"We minimize the loss, but only over weights inside the "
                f"{BALL_NAME[self.norm]} of radius t. w-hat lies outside it.",
                Create(self.ball), run_time=1.5)

    def growth_target(self) -> float:
        """The level the contour grows to: the touching level f(w*)."""
        return self.solution.level

    def grow_contours(self) -> None:
        progress = ValueTracker(0.0)
        final = self.growth_target()
        contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=4)

        def follow(mobject: VMobject) -> None:
            level = growth_levels(final, [progress.get_value()])
            points = level_sets(self.loss, level, samples=self.contour_samples)[0]
            mobject.set_points_as_corners(to_scene(self.axes, points))

        follow(contour)
        contour.add_updater(follow)
        readout = Readout("f(w) = " + number_format(final, 3), 0.0, font_size=34)
        readout.next_to(self.problem, DOWN, buff=0.5, aligned_edge=LEFT)
        readout.add_updater(
            lambda r: r.set_value(float(growth_levels(final, [progress.get_value()])[0]))
        )
        self.add(contour, readout)
        ring_progress = np.linspace(0.0, 1.0, self.rings + 2)[1:-1]
        self.rings_group = VGroup(*(self.get_contour(level, faint=True)
                                    for level in growth_levels(final, ring_progress)))
        step = self.grow_seconds / (self.rings + 1)
        caption = self.growth_caption
        self.add_subcaption(caption, duration=max(reading_seconds(caption), self.grow_seconds))
        self.touching_contour = self.get_contour(final)
        # The labels the contour can pass under: near its last (largest) level set.
        labels = overlapping(self.touching_contour, [
            self.center_label, *self.axes.x_axis.numbers, *self.axes.y_axis.numbers,
            *self.axes_group[1:]])
        targets = [*ring_progress, 1.0]
        for k, target in enumerate(targets):
            if k > 0:
                self.add(self.rings_group[k - 1])
            sweep(self, progress, target, contour, readout, over=labels, run_time=step,
                  rate_func=linear)
        contour.clear_updaters()
        readout.clear_updaters()
        hold(self, reading_seconds(caption) - self.grow_seconds)
        self.remove(contour)
        self.add(self.touching_contour)
        self.readout = readout

    def show_touch(self) -> None:
        self.tangent_dot = Dot(to_scene(self.axes, self.solution.point), radius=0.08,
                               color=SOLUTION_COLOR, z_index=3)
        self.tangent_label = legible(MathTex("w^*", font_size=38, color=SOLUTION_COLOR))
        place_label(self.tangent_label, self.tangent_dot.get_center(), *self.label_direction())
        point = r",\ ".join(fmt(x) for x in self.solution.point)
        self.solution_text = MathTex(rf"w^* = ({point})", font_size=34)
        self.solution_text.next_to(self.readout, DOWN, buff=0.35, aligned_edge=LEFT)
        narrate(self, "The first contour that touches the constraint has the lowest loss "
                "the constraint allows. The touching point is the solution, w-star.",
                FadeIn(self.tangent_dot, scale=2.0), Reveal(self.tangent_label),
                Circumscribe(self.touching_contour, fade_out=True, color=LOSS_COLOR),
                Reveal(self.solution_text))

    def show_gradients(self) -> None:
        arrows = tangency_arrows(self.solution)
        self.gradient_arrow = self.get_arrow(arrows["gradient"], GRADIENT_COLOR)
        self.normal_arrow = self.get_arrow(arrows["normal"], NORMAL_COLOR)
        # Each label goes past its arrow's tip unless that covers a line; then beside it.
        drawn = [self.ball, self.touching_contour, self.gradient_arrow, self.normal_arrow,
                 self.tangent_label, self.center_label]
        lines = [self.axes]
        grad_label = legible(MathTex(r"\nabla f(w^*)", font_size=32, color=GRADIENT_COLOR))
        place_clear(grad_label, self.gradient_arrow.get_end(),
                    self.arrow_label_direction(arrows["gradient"]), drawn, minor=lines)
        normal_label = legible(MathTex(r"\lambda g", font_size=32, color=NORMAL_COLOR))
        place_clear(normal_label, self.normal_arrow.get_end(),
                    self.arrow_label_direction(arrows["normal"]), [*drawn, grad_label],
                    minor=lines)
        self.arrow_labels = VGroup(grad_label, normal_label)
        self.kkt = panel_text(
            [r"\nabla f(w^*) + \lambda\, g = 0",
             rf"\lambda = {fmt(self.solution.multiplier)} \ge 0"],
            font_size=34,
        ).next_to(self.solution_text, DOWN, buff=0.45, aligned_edge=LEFT)
        narrate(self, "There the loss gradient points straight into the constraint...",
                GrowArrow(self.gradient_arrow), Reveal(grad_label))
        narrate(self, "...exactly against the outward normal g of the boundary, scaled by "
                "the multiplier lambda.", GrowArrow(self.normal_arrow), Reveal(normal_label))
        narrate(self, f"Gradient plus lambda times the normal is zero, with lambda = "
                f"{fmt(self.solution.multiplier)}, never negative.", Reveal(self.kkt))

    def show_verdict(self) -> None:
        raise NotImplementedError

    # -------------------------------------------------------------- builders
    def get_ball(self) -> VMobject:
        return ball_shape(self.axes, self.norm, self.radius, samples=self.contour_samples)

    def get_center_marker(self) -> tuple[Dot, MathTex]:
        dot = Dot(to_scene(self.axes, self.loss.center), radius=0.07, color=CENTER_COLOR)
        label = legible(MathTex(r"\hat w", font_size=38, color=CENTER_COLOR))
        label.next_to(dot, UR, buff=0.08)
        return dot, label

    def get_contour(self, level: float, *, faint: bool = False) -> VMobject:
        return contour_line(self.axes, self.loss, level, samples=self.contour_samples, faint=faint)

    def get_arrow(self, arrow: object, color: object) -> Arrow:
        return Arrow(to_scene(self.axes, arrow.start), to_scene(self.axes, arrow.end), buff=0.0,
                     color=color, stroke_width=6, max_tip_length_to_length_ratio=0.18, z_index=2)

    def label_direction(self) -> tuple[np.ndarray, float]:
        """w*'s label goes where no arrow, edge or the way to ŵ leaves w*."""
        sol = self.solution
        avoid = [sol.gradient, sol.normal, self.loss.center - sol.point, *boundary_tangents(sol)]
        return free_direction(avoid)

    @staticmethod
    def arrow_label_direction(arrow: object) -> np.ndarray:
        direction = np.array([arrow.end[0] - arrow.start[0], arrow.end[1] - arrow.start[1], 0.0])
        return direction / max(np.linalg.norm(direction), 1e-12)


class L1Tangency(TangencyScene):
    """The diamond: the contours touch at a corner, so one weight is exactly zero."""

    norm = "l1"

    def show_verdict(self) -> None:
        if not self.solution.at_corner:
            narrate(self, "For this loss the touch is on an edge: no weight is zero.",
                    Indicate(self.tangent_dot))
            return
        wedge = filled_polygon(self.axes, normal_cone_wedge(self.solution), stroke_width=0,
                               fill_color=CONE_COLOR, fill_opacity=0.22)
        zero = self.solution.zero_weights[0]
        anchor, direction = cone_label_anchor(self.solution)
        cone_label = legible(Tex("normal cone", font_size=30, color=CONE_COLOR))
        cone_label.next_to(to_scene(self.axes, anchor), as_direction(direction), buff=0.08)
        verdict = panel_text(
            [r"-\nabla f(w^*)\ \text{lies in the normal cone}",
             rf"\Rightarrow\ w^*_{zero + 1} = 0\ \text{{exactly}}"],
            font_size=32,
        ).next_to(self.kkt, DOWN, buff=0.45, aligned_edge=LEFT)
        narrate(self, "At a corner the boundary has a whole cone of normals. Any pull of "
                "the loss inside this cone keeps w-star at the corner.",
                Reveal(wedge), Reveal(cone_label))
        narrate(self, f"So the solution sits at the corner, and weight w{zero + 1} is "
                "exactly zero: that is sparsity.", Reveal(verdict))
        self.wedge = wedge


class L2Tangency(TangencyScene):
    """The circle: the touching point moves smoothly; no weight is singled out."""

    norm = "l2"

    def show_verdict(self) -> None:
        nonzero = len(self.solution.zero_weights) == 0
        line = (r"\text{no corners: both weights} \ne 0" if nonzero
                else r"\text{a weight is } 0 \text{ only by coincidence}")
        verdict = panel_text(
            [line, r"\text{ridge shrinks, it does not select}"], font_size=32
        ).next_to(self.kkt, DOWN, buff=0.45, aligned_edge=LEFT)
        narrate(self, "The circle has no corners: its normal turns smoothly, so the "
                "touching point is generic and no weight is exactly zero.", Reveal(verdict))


class InactiveConstraint(TangencyScene):
    """ŵ already inside the ball: the constraint never binds, λ = 0."""

    norm = "l1"
    center = (0.35, 0.25)
    title_text = r"$\hat w$ inside: the constraint is slack"
    growth_caption = ("Grow the contours from w-hat: every one of them has a higher loss "
                      "than w-hat itself, which is already allowed.")

    def construct(self) -> None:
        self.next_section("problem")
        self.show_problem()
        self.next_section("grow")
        self.grow_contours()
        self.next_section("verdict")
        self.show_verdict()
        self.wait(1.0)

    def growth_target(self) -> float:
        """The largest contour that fits inside: it touches the boundary from within."""
        return boundary_minimum(self.loss, norm=self.norm, radius=self.radius)[1]

    def show_verdict(self) -> None:
        self.tangent_dot = Dot(to_scene(self.axes, self.solution.point), radius=0.08,
                               color=SOLUTION_COLOR, z_index=3)
        self.tangent_label = legible(MathTex(r"w^* = \hat w", font_size=36,
                                             color=SOLUTION_COLOR))
        self.tangent_label.next_to(self.touching_contour, LEFT, buff=0.12)
        slack = fmt(self.radius - lp_norm(self.solution.point, 1.0))
        verdict = panel_text(
            [r"w^* = \hat w,\quad \lambda = 0",
             rf"t - \|w^*\|_1 = {slack} > 0",
             r"\lambda\,(t - \|w^*\|_1) = 0",
             r"\text{the constraint changes nothing}"],
            font_size=32,
        ).next_to(self.readout, DOWN, buff=0.45, aligned_edge=LEFT)
        self.remove(self.center_label)
        narrate(self, "The best weights are w-hat itself, inside the diamond. The constraint "
                "does not bind, so its multiplier lambda is zero.",
                FadeIn(self.tangent_dot, scale=2.0), Reveal(self.tangent_label),
                Reveal(verdict[0]))
        narrate(self, "Complementary slackness: lambda times the slack is zero. With slack "
                "left, lambda must be zero, and the regularizer changes nothing.",
                Reveal(verdict[1:]))
