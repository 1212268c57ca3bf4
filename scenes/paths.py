"""Shrinkage paths as λ grows, and the penalty ⇔ constraint correspondence.

    manim render -pql scenes/paths.py ShrinkagePaths
    manim render -pql scenes/paths.py PenaltyEqualsConstraint

Paths, knots and the t(λ) curve come from `regmath.paths` (the lasso path is
exact and piecewise linear; ridge is evaluated in closed form).
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Axes,
    Create,
    DashedLine,
    Dot,
    MathTex,
    Scene,
    Tex,
    ValueTracker,
    VGroup,
    VMobject,
    linear,
)

from regmath import Quadratic, constrained, penalized
from regmath.drawing import axis_range, ball_outline, level_set, view_box
from regmath.paths import radius_curve, shrinkage_paths, strength_grid
from scenes.toolkit.motion import sweep
from scenes.toolkit.narration import narrate
from scenes.toolkit.reveal import Conceal, Reveal
from scenes.toolkit.style import (
    BALL_COLORS,
    CENTER_COLOR,
    CONE_COLOR,
    LOSS_COLOR,
    SOLUTION_COLOR,
    fmt,
    legible,
    make_axes,
    make_plot,
    polyline,
    to_scene,
)

__all__ = ["ShrinkagePaths", "PenaltyEqualsConstraint"]

LASSO_COLOR, RIDGE_COLOR = BALL_COLORS["l1"], BALL_COLORS["l2"]
PLANE_SIDE = 5.8
PLANE_CENTER = np.array([-3.6, -0.2, 0.0])
PLOT_CENTER = np.array([3.3, -0.3, 0.0])
PLOT_SIZE = (5.6, 4.6)


class ShrinkagePaths(Scene):
    """As λ grows, w*(λ) moves from ŵ towards 0: straight pieces for the lasso, a curve for ridge."""

    center: ClassVar[tuple[float, ...]] = (1.0, 1.6)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((1.1, -0.5), (-0.5, 3.9))
    sweep_seconds: ClassVar[float] = 8.0

    def setup(self) -> None:
        self.loss = Quadratic(center=self.center, hessian=self.hessian)
        self.paths = shrinkage_paths(self.loss)
        self.view = view_box([self.paths.lasso, self.paths.ridge, self.loss.center])
        self.plane_group = make_axes(self.view, side=PLANE_SIDE, center=PLANE_CENTER,
                                     keep_clear=[self.loss.center])
        self.plane = self.plane_group[0]
        lam = self.paths.strengths
        self.plot_groups = []
        for i, y in enumerate((1.55, -1.75)):
            values = np.concatenate([self.paths.lasso[:, i], self.paths.ridge[:, i]])
            self.plot_groups.append(make_plot(
                axis_range(lam, margin=0.0), axis_range(values, target_ticks=3),
                r"\lambda", rf"w_{i + 1}(\lambda)", center=np.array([3.2, y, 0.0]),
                size=(5.4, 2.2)))
        self.plots = [group[0] for group in self.plot_groups]
        self.strength = ValueTracker(0.0)

    def construct(self) -> None:
        self.next_section("setup")
        self.show_setup()
        self.next_section("sweep")
        self.sweep()
        self.next_section("knots")
        self.show_knots()
        self.wait(1.0)

    def show_setup(self) -> None:
        dot = Dot(to_scene(self.plane, self.loss.center), radius=0.07, color=CENTER_COLOR)
        label = legible(MathTex(r"\hat w", font_size=34)).next_to(dot, UP + RIGHT, buff=0.05)
        legend = VGroup(
            Tex(r"lasso: $f(w) + \lambda \|w\|_1$", font_size=28, color=LASSO_COLOR),
            Tex(r"ridge: $f(w) + \tfrac{\lambda}{2} \|w\|_2^2$", font_size=28, color=RIDGE_COLOR),
        ).arrange(RIGHT, buff=0.5).next_to(self.plane_group, UP, buff=0.1)
        narrate(self, "Turn the penalty up from zero. At lambda = 0 both solutions are w-hat; "
                "watch where they go.", Create(self.plane_group, run_time=1.5),
                *(Create(group, run_time=1.5) for group in self.plot_groups), Reveal(dot),
                Reveal(label), Reveal(legend))

    def sweep(self) -> None:
        lam = self.paths.strengths
        traces = VGroup()
        for points, color in ((self.paths.lasso, LASSO_COLOR), (self.paths.ridge, RIDGE_COLOR)):
            traces.add(self.get_revealed(self.plane, points, color))
            for i, plot in enumerate(self.plots):
                curve = np.stack([lam, points[:, i]], axis=-1)
                traces.add(self.get_revealed(plot, curve, color))
        marks = VGroup(self.get_marker(self.paths.lasso, LASSO_COLOR),
                       self.get_marker(self.paths.ridge, RIDGE_COLOR))
        self.add(traces, marks)
        self.add_subcaption("The lasso moves in straight pieces. It drives w1 to exactly zero "
                            "and then slides along the axis; ridge bends towards zero and "
                            "never gets there.", duration=self.sweep_seconds)
        sweep(self, self.strength, lam[-1], traces, marks, run_time=self.sweep_seconds,
              rate_func=linear)
        traces.clear_updaters()
        marks.clear_updaters()
        self.traces = traces

    def show_knots(self) -> None:
        knots = self.paths.knots[1:-1]  # interior knots: where a weight joins or leaves
        marks = VGroup()
        for k, knot in enumerate(knots, start=1):
            point = self.paths.knot_points[k]
            marks.add(Dot(to_scene(self.plane, point), radius=0.07, color=CONE_COLOR, z_index=4))
            marks.add(*(self.knot_line(plot, knot) for plot in self.plots))
        first = self.paths.knots[0]
        marks.add(*(self.knot_line(plot, first) for plot in self.plots))
        top = self.plots[0]
        note = legible(MathTex(rf"\lambda_{{\max}} = \|H\hat w\|_\infty = {fmt(first)}",
                               font_size=26, color=CONE_COLOR))
        note.next_to(top.c2p(first, top.y_range[1]), DOWN + LEFT, buff=0.08)
        narrate(self, f"The lasso path bends only at its knots, where a weight hits zero: here "
                f"at lambda = {fmt(knots[0]) if len(knots) else fmt(first)}, and every weight is "
                f"zero from lambda = {fmt(first)} on.", Reveal(marks), Reveal(note))
        self.knot_marks = marks

    # -------------------------------------------------------------- builders
    @staticmethod
    def knot_line(plot: Axes, knot: float) -> DashedLine:
        return DashedLine(plot.c2p(knot, plot.y_range[0]), plot.c2p(knot, plot.y_range[1]),
                          color=CONE_COLOR, stroke_width=2)

    def visible_count(self) -> int:
        return int(np.searchsorted(self.paths.strengths, self.strength.get_value(), side="right"))

    def get_revealed(self, axes: Axes, points: np.ndarray, color) -> VMobject:
        """The polyline through ``points`` up to the current λ (exact points, revealed)."""
        curve = VMobject(stroke_color=color, stroke_width=4)
        corners = to_scene(axes, points)

        def follow(mobject: VMobject) -> None:
            shown = max(self.visible_count(), 2)
            # Several frames show the same sample count; only a new sample changes the curve.
            if mobject.get_num_curves() != shown - 1:
                mobject.set_points_as_corners(corners[:shown])

        follow(curve)
        curve.add_updater(follow)
        return curve

    def get_marker(self, points: np.ndarray, color) -> Dot:
        dot = Dot(radius=0.07, color=color, z_index=3)
        centers = to_scene(self.plane, points)
        dot.add_updater(lambda d: d.move_to(centers[max(self.visible_count() - 1, 0)]))
        return dot


class PenaltyEqualsConstraint(Scene):
    """The penalized solution at λ is the constrained one at t = ‖w*(λ)‖₁, and back."""

    center: ClassVar[tuple[float, ...]] = (1.0, 1.6)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((1.1, -0.5), (-0.5, 3.9))
    norm: ClassVar[str] = "l1"
    sweep_seconds: ClassVar[float] = 8.0
    #: Where the sweep comes to rest, as a fraction of λ_max: a diamond still in view.
    rest_fraction: ClassVar[float] = 0.4

    def setup(self) -> None:
        self.loss = Quadratic(center=self.center, hessian=self.hessian)
        self.grid = strength_grid(self.loss, samples=241, extent=1.1)
        self.radii = radius_curve(self.loss, self.grid, norm=self.norm)
        full = constrained(self.loss, norm=self.norm, radius=float(self.radii[0]))
        self.view = view_box([ball_outline(self.norm, float(self.radii[0])), self.loss.center,
                              level_set(self.loss, full.level)])
        self.plane_group = make_axes(self.view, side=PLANE_SIDE, center=PLANE_CENTER,
                                     keep_clear=[self.loss.center])
        self.plane = self.plane_group[0]
        self.plot_group = make_plot(axis_range(self.grid, margin=0.0), axis_range(self.radii),
                                    r"\lambda", r"t(\lambda)", center=PLOT_CENTER, size=PLOT_SIZE)
        self.plot = self.plot_group[0]
        # λ_max: the strength at which every weight is zero (constrained at t = 0).
        lam_max = constrained(self.loss, norm=self.norm, radius=0.0).strength
        self.rest = self.rest_fraction * lam_max
        self.strength = ValueTracker(self.rest)

    def construct(self) -> None:
        self.next_section("penalty")
        self.show_penalty()
        self.next_section("constraint")
        self.show_constraint()
        self.next_section("curve")
        self.sweep()
        self.wait(1.0)

    def current(self):
        """λ, the penalized and the constrained solution at the current λ.

        Five updaters ask every frame; the two solves run once per λ.
        """
        lam = self.strength.get_value()
        if getattr(self, "_current", None) is None or self._current[0] != lam:
            pen = penalized(self.loss, norm=self.norm, strength=lam)
            con = constrained(self.loss, norm=self.norm, radius=pen.radius)
            self._current = (lam, pen, con)
        return self._current

    def show_penalty(self) -> None:
        dot = Dot(to_scene(self.plane, self.loss.center), radius=0.07, color=CENTER_COLOR)
        label = legible(MathTex(r"\hat w", font_size=34)).next_to(dot, UP + RIGHT, buff=0.05)
        self.penalty_dot = Dot(radius=0.09, color=SOLUTION_COLOR, z_index=4)
        self.penalty_dot.add_updater(lambda d: d.move_to(to_scene(self.plane, self.current()[1].point)))
        self.heading = Tex(r"penalty: $\min_w f(w) + \lambda\|w\|_1$", font_size=30)
        self.heading.next_to(self.plane_group, UP, buff=0.1)
        narrate(self, "Take the penalized problem, the lasso, at some lambda: its solution is "
                "the red point.", Create(self.plane_group), Reveal(dot), Reveal(label),
                Reveal(self.penalty_dot), Reveal(self.heading))

    def show_constraint(self) -> None:
        # Each drawn object follows λ itself, so Manim redraws each one every frame.
        self.ball = VMobject(stroke_color=LASSO_COLOR, stroke_width=4, fill_color=LASSO_COLOR,
                             fill_opacity=0.15)
        self.ring = Dot(radius=0.15, fill_opacity=0.0, stroke_width=3, stroke_color=CENTER_COLOR,
                        z_index=5)
        self.contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=3)
        self.ball.add_updater(lambda m: m.set_points_as_corners(to_scene(
            self.plane, ball_outline(self.norm, self.current()[1].radius))))
        self.contour.add_updater(lambda m: m.set_points_as_corners(to_scene(
            self.plane, level_set(self.loss, self.current()[2].level, samples=97))))
        self.ring.add_updater(lambda m: m.move_to(to_scene(self.plane, self.current()[2].point)))
        for mobject in (self.ball, self.contour, self.ring):
            mobject.update()
        heading = Tex(r"constraint: $\min_w f(w)$ s.t. $\|w\|_1 \le t(\lambda)$", font_size=30)
        heading.move_to(self.heading)
        narrate(self, "Now draw the diamond whose radius is that solution's L1 norm, and solve "
                "the constrained problem. The white ring marks its solution: the same point.",
                Reveal(self.ball), Reveal(self.contour), Reveal(self.ring),
                Conceal(self.heading), Reveal(heading))
        self.heading = heading

    def sweep(self) -> None:
        curve = polyline(self.plot, np.stack([self.grid, self.radii], axis=-1),
                         stroke_color=LASSO_COLOR, stroke_width=4)
        marker = Dot(radius=0.08, color=SOLUTION_COLOR, z_index=4)
        marker.add_updater(lambda m: m.move_to(self.plot.c2p(self.current()[0],
                                                             self.current()[1].radius)))
        narrate(self, "Every lambda has its radius t, and every radius its lambda: the curve "
                "t of lambda. The lasso reaches t = 0 at a finite lambda; ridge never does.",
                Create(self.plot_group), Create(curve), Reveal(marker))
        self.add_subcaption("Sweep lambda: the penalized and the constrained solutions move "
                            "together, always the same point.", duration=self.sweep_seconds + 1.0)
        followers = (self.penalty_dot, self.ball, self.contour, self.ring, marker)
        sweep(self, self.strength, float(self.grid[1]), *followers, run_time=1.0)
        sweep(self, self.strength, float(self.grid[-1]), *followers,
              run_time=self.sweep_seconds, rate_func=linear)
        sweep(self, self.strength, self.rest, *followers, run_time=2.0)
        for follower in followers:
            follower.clear_updaters()
        lam, pen, con = self.current()
        values = MathTex(rf"\lambda = {fmt(lam)}\ \Leftrightarrow\ t = {fmt(pen.radius)}",
                         font_size=32).next_to(self.plot_group, UP, buff=0.15)
        narrate(self, f"For example, lambda = {fmt(lam)} and t = {fmt(pen.radius)} give the same "
                "weights: the penalty and the constraint are two names for one solution.",
                Reveal(values))
