"""The textbook picture, built step by step: ridge on the left, the lasso on the right.

    manim render -pql scenes/classic.py ClassicPicture

The same loss meets the circle and the diamond; the contour drawn is the one
through w* (the touching level), not an arbitrary level. Every coordinate
comes from `regmath`.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
from manim import (
    DOWN,
    UP,
    Create,
    Dot,
    FadeIn,
    MathTex,
    Scene,
    Tex,
    VGroup,
    VMobject,
)

from regmath import Quadratic, Solution, constrained
from regmath.drawing import free_direction, tangency_view
from regmath.drawing import boundary_tangents
from scenes.toolkit.narration import narrate
from scenes.toolkit.reveal import Reveal
from scenes.toolkit.style import (
    CENTER_COLOR,
    SOLUTION_COLOR,
    ball_shape,
    contour_line,
    fmt,
    legible,
    make_axes,
    place_label,
    to_scene,
)

__all__ = ["ClassicPicture"]

NORMS = ("l2", "l1")  # left, right: as in the usual figure's reading order
HEADINGS = {"l2": r"Ridge: $\|w\|_2 \le t$", "l1": r"Lasso: $\|w\|_1 \le t$"}
PANEL_SIDE = 5.6
PANEL_CENTERS = {"l2": np.array([-3.45, -0.35, 0.0]), "l1": np.array([3.45, -0.35, 0.0])}


class ClassicPicture(Scene):
    """ŵ, the two constraint regions, the touching contours and w*, side by side."""

    center: ClassVar[tuple[float, ...]] = (1.0, 1.6)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((1.1, -0.5), (-0.5, 3.9))
    radius: ClassVar[float] = 1.0
    #: Contours inside the touching one, as fractions of its level.
    inner_fractions: ClassVar[tuple[float, ...]] = (0.08, 0.3, 0.6)
    contour_samples: ClassVar[int] = 129

    def setup(self) -> None:
        self.loss = Quadratic(center=self.center, hessian=self.hessian)
        self.solutions: dict[str, Solution] = {
            norm: constrained(self.loss, norm=norm, radius=self.radius) for norm in NORMS
        }
        view = tangency_view(self.loss, self.solutions.values(), arrows=False)
        self.panels = {
            norm: make_axes(view, side=PANEL_SIDE, center=PANEL_CENTERS[norm],
                            keep_clear=[self.solutions[norm].point, self.loss.center])
            for norm in NORMS
        }
        self.axes = {norm: group[0] for norm, group in self.panels.items()}

    def construct(self) -> None:
        self.next_section("optimum")
        self.show_optimum()
        self.next_section("regions")
        self.show_regions()
        self.next_section("contours")
        self.show_contours()
        self.next_section("solutions")
        self.show_solutions()
        self.wait(1.0)

    # ----------------------------------------------------------------- beats
    def show_optimum(self) -> None:
        self.centers = VGroup()
        for norm in NORMS:
            dot = Dot(to_scene(self.axes[norm], self.loss.center), radius=0.06, color=CENTER_COLOR)
            label = legible(MathTex(r"\hat w", font_size=34, color=CENTER_COLOR))
            label.next_to(dot, UP + np.array([1.0, 0.0, 0.0]), buff=0.06)
            self.centers.add(dot, label)
        narrate(self, "The classic picture. On both sides the same loss, with its "
                "unregularized optimum w-hat.",
                *(Create(group, run_time=1.5) for group in self.panels.values()),
                Reveal(self.centers))

    def show_regions(self) -> None:
        self.headings = VGroup()
        self.balls = {}
        for norm in NORMS:
            self.balls[norm] = ball_shape(self.axes[norm], norm, self.radius)
            heading = Tex(HEADINGS[norm], font_size=36)
            heading.next_to(self.panels[norm], UP, buff=0.15)
            self.headings.add(heading)
        narrate(self, "Ridge allows the weights inside a circle, the lasso inside a diamond, "
                "both of radius t.",
                *(Create(ball) for ball in self.balls.values()), Reveal(self.headings))

    def show_contours(self) -> None:
        self.contours = {}
        for norm in NORMS:
            level = self.solutions[norm].level
            inner = VGroup(*(self.get_contour(norm, f * level, faint=True)
                             for f in self.inner_fractions))
            self.contours[norm] = self.get_contour(norm, level)
            self.add(inner)
        narrate(self, "The loss contours are ellipses around w-hat. On each side, the "
                "contour drawn is the one that just touches the region.",
                *(Create(c) for c in self.contours.values()), run_time=2.0)

    def show_solutions(self) -> None:
        captions = VGroup()
        self.tangent_dots = {}
        for norm in NORMS:
            sol, axes = self.solutions[norm], self.axes[norm]
            dot = Dot(to_scene(axes, sol.point), radius=0.075, color=SOLUTION_COLOR, z_index=3)
            label = legible(MathTex("w^*", font_size=34, color=SOLUTION_COLOR))
            avoid = [self.loss.center - sol.point, *boundary_tangents(sol)]
            place_label(label, dot.get_center(), *free_direction(avoid))
            coordinates = r",\ ".join(fmt(x) for x in sol.point)
            caption = MathTex(rf"w^* = ({coordinates})", font_size=34)
            caption.next_to(self.panels[norm], DOWN, buff=0.1)
            self.tangent_dots[norm] = dot
            self.add(dot)
            captions.add(label, caption)
        zero = self.solutions["l1"].zero_weights
        ending = (f"The lasso's contour meets the diamond at a corner, so w{zero[0] + 1} is "
                  "exactly zero; ridge's meets the circle where both weights are nonzero."
                  if zero else "Here both contours touch where both weights are nonzero.")
        narrate(self, ending, *(FadeIn(d, scale=2.0) for d in self.tangent_dots.values()),
                Reveal(captions))

    # -------------------------------------------------------------- builders
    def get_contour(self, norm: str, level: float, *, faint: bool = False) -> VMobject:
        return contour_line(self.axes[norm], self.loss, level, samples=self.contour_samples,
                            faint=faint)
