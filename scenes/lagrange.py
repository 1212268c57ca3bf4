"""Lagrange multipliers as a hike: the highest point of a path across a mountain.

    manim render -pql scenes/lagrange.py LagrangeHike

The mountain, its contours, the path, the highest point and the gradients all
come from `regmath.lagrange`. Note the sign: the hiker maximizes height, while
regularization minimizes loss; the tangency condition is the same.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    Arrow,
    Create,
    Dot,
    MathTex,
    Scene,
    ValueTracker,
    VGroup,
    VMobject,
    linear,
)

from regmath.drawing import axis_range, view_box
from regmath.lagrange import (
    GaussianHills,
    SineCurve,
    constrained_extremes,
    lagrange_arrows,
    trace_curve,
)
from scenes.toolkit.narration import narrate
from scenes.toolkit.reveal import Reveal
from scenes.toolkit.style import (
    CENTER_COLOR,
    GRADIENT_COLOR,
    LOSS_COLOR,
    NORMAL_COLOR,
    SOLUTION_COLOR,
    fmt,
    legible,
    make_axes,
    make_plot,
    panel_text,
    polyline,
    to_scene,
)

__all__ = ["LagrangeHike"]

PATH_COLOR = NORMAL_COLOR
MAP_SIDE = 6.6
MAP_CENTER = np.array([-3.4, -0.2, 0.0])
INSET_CENTER = np.array([3.6, 1.9, 0.0])
INSET_SIZE = (5.0, 2.4)


class LagrangeHike(Scene):
    """Walk a path across a mountain; the top of the path is where a contour touches it."""

    peak: ClassVar[tuple[float, float]] = (0.6, 0.9)
    height: ClassVar[float] = 1.0
    shape: ClassVar[tuple[tuple[float, float], ...]] = ((0.9, 0.35), (0.35, 1.6))
    #: The path g(x, y) = y − (a sin(kx + φ) + b) = 0.
    path_parameters: ClassVar[tuple[float, float, float, float]] = (0.6, 1.2, 1.0, -0.6)
    contour_levels: ClassVar[tuple[float, ...]] = (0.1, 0.25, 0.4, 0.55, 0.7, 0.85)
    walk_seconds: ClassVar[float] = 7.0

    def setup(self) -> None:
        self.mountain = GaussianHills([self.peak], [self.height], [self.shape])
        self.path = SineCurve(*self.path_parameters)
        outer = self.mountain.level_set(min(self.contour_levels) * self.height)
        self.view = view_box([outer])
        self.curve = trace_curve(self.path, [0.0, self.path_parameters[3]], self.view)
        self.top = constrained_extremes(self.mountain, self.path, self.curve)[0]
        self.map_group = make_axes(self.view, side=MAP_SIDE, center=MAP_CENTER, labels=("x", "y"))
        self.map = self.map_group[0]
        heights = self.mountain.value(self.curve.points)
        self.inset_group = make_plot(axis_range(self.curve.arc_length, margin=0.0),
                                     axis_range(heights, target_ticks=4),
                                     r"s", r"f(\gamma(s))", center=INSET_CENTER, size=INSET_SIZE,
                                     label_size=28)
        self.inset = self.inset_group[0]
        self.heights = heights
        self.walked = ValueTracker(0.0)

    def construct(self) -> None:
        self.next_section("mountain")
        self.show_mountain()
        self.next_section("path")
        self.show_path()
        self.next_section("hike")
        self.hike()
        self.next_section("top")
        self.show_top()
        self.next_section("compare")
        self.compare()
        self.wait(1.0)

    # ----------------------------------------------------------------- beats
    def show_mountain(self) -> None:
        contours = VGroup(*(
            polyline(self.map, self.mountain.level_set(level * self.height), stroke_color=LOSS_COLOR,
                     stroke_width=2, stroke_opacity=0.35 + 0.6 * level)
            for level in self.contour_levels))
        peak = Dot(to_scene(self.map, self.peak), radius=0.06, color=CENTER_COLOR)
        narrate(self, "A mountain, drawn by its contour lines: each is a set of points at "
                "equal height, and the peak is in the middle.",
                Create(self.map_group, run_time=2.0), Create(contours, run_time=2.0), Reveal(peak))

    def show_path(self) -> None:
        self.trail = polyline(self.map, self.curve.points, stroke_color=PATH_COLOR, stroke_width=5)
        equation = legible(MathTex(r"g(x, y) = 0", font_size=32, color=PATH_COLOR))
        # Below the path's lowest point right of the middle: free space, inside the frame.
        right = self.curve.points[self.curve.points[:, 0] >= np.mean(self.view.x_range[:2])]
        lowest = right[int(np.argmin(right[:, 1]))]
        equation.next_to(to_scene(self.map, lowest), DOWN, buff=0.2)
        narrate(self, "The hiker may not leave the safe path g(x, y) = 0. Where on the path "
                "is the highest point? Call the path gamma and the distance walked s.",
                Create(self.trail, run_time=2.0), Reveal(equation))

    def hike(self) -> None:
        hiker = Dot(radius=0.09, color=SOLUTION_COLOR, z_index=4)
        hiker.add_updater(lambda d: d.move_to(to_scene(self.map, self.curve.at_length(
            self.walked.get_value()))))
        profile = VMobject(stroke_color=PATH_COLOR, stroke_width=4)

        def follow(mobject: VMobject) -> None:
            shown = max(int(np.searchsorted(self.curve.arc_length, self.walked.get_value())), 2)
            points = np.stack([self.curve.arc_length[:shown], self.heights[:shown]], axis=-1)
            mobject.set_points_as_corners(to_scene(self.inset, points))

        follow(profile)
        profile.add_updater(follow)
        self.play(Create(self.inset_group), Reveal(hiker))
        self.add(profile)
        self.add_subcaption("Walk the path and plot the height: it rises, peaks, and falls "
                            "again.", duration=self.walk_seconds)
        self.play(self.walked.animate.set_value(float(self.curve.arc_length[-1])),
                  run_time=self.walk_seconds, rate_func=linear)
        profile.clear_updaters()  # the whole profile stays while the hiker walks back
        self.hiker = hiker

    def show_top(self) -> None:
        top = self.top
        self.play(self.walked.animate.set_value(self.curve.length_at(top.point)), run_time=1.5)
        self.hiker.clear_updaters()
        self.hiker.move_to(to_scene(self.map, top.point))
        touching = polyline(self.map, self.mountain.level_set(top.value), stroke_color=LOSS_COLOR,
                            stroke_width=5)
        marker = Dot(self.inset.c2p(self.curve.length_at(top.point), top.value), radius=0.07,
                     color=SOLUTION_COLOR)
        arrows = lagrange_arrows(top, length=0.18 * self.view.width)
        grad_f = Arrow(*(to_scene(self.map, p) for p in arrows["f"]), buff=0.0,
                       color=GRADIENT_COLOR, stroke_width=6, max_tip_length_to_length_ratio=0.2)
        grad_g = Arrow(*(to_scene(self.map, p) for p in arrows["g"]), buff=0.0,
                       color=PATH_COLOR, stroke_width=6, max_tip_length_to_length_ratio=0.25)
        f_label = legible(MathTex(r"\nabla f", font_size=32, color=GRADIENT_COLOR))
        f_label.next_to(grad_f.get_end(), RIGHT, buff=0.08)
        g_label = legible(MathTex(r"\nabla g", font_size=32, color=PATH_COLOR))
        g_label.next_to(grad_g, LEFT, buff=0.1)
        self.condition = panel_text(
            [r"\nabla f = \lambda \nabla g,\quad g = 0", rf"\lambda = {fmt(top.multiplier)}",
             rf"\text{{height}} = {fmt(top.value)}"], font_size=32)
        self.condition.next_to(self.inset_group, DOWN, buff=0.5, aligned_edge=LEFT)
        self.touching, self.top_marker, self.grad_f, self.grad_g = touching, marker, grad_f, grad_g
        narrate(self, "At the top of the path, the contour line through the hiker just touches "
                "the path: any higher contour misses it.", Create(touching), Reveal(marker))
        narrate(self, f"There the two gradients line up: the gradient of f is lambda times the "
                f"gradient of g, with lambda = {fmt(top.multiplier)}.",
                Create(grad_f), Create(grad_g), Reveal(f_label), Reveal(g_label),
                Reveal(self.condition))

    def compare(self) -> None:
        note = panel_text([r"\text{the hiker maximizes height;}",
                           r"\text{regularization minimizes loss}"], font_size=30)
        note.next_to(self.condition, DOWN, buff=0.4, aligned_edge=LEFT)
        narrate(self, "One difference: the hiker maximizes height, while regularization "
                "minimizes loss. The rule is the same: at the best point on the constraint, "
                "a level curve is tangent to it.", Reveal(note))
