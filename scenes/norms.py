"""Lp norms as distances, and the unit ball as p changes.

    manim render -pql scenes/norms.py NormsAsDistances
    manim render -pql scenes/norms.py UnitBalls

Lengths and ball boundaries come from `regmath.lp` (exact for every p > 0).
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
from manim import (
    DOWN,
    LEFT,
    UP,
    UR,
    Create,
    Dot,
    MathTex,
    NumberLine,
    Scene,
    Tex,
    Triangle,
    ValueTracker,
    VGroup,
    VMobject,
    smooth,
)

from regmath.drawing import ball_outline, view_box
from regmath.lp import lp_ball_boundary, lp_norm, manhattan_path
from scenes.toolkit.motion import sweep
from scenes.toolkit.narration import narrate
from scenes.toolkit.reveal import Conceal, Reveal
from scenes.toolkit.style import (
    BALL_COLORS,
    CENTER_COLOR,
    PANEL_LEFT,
    TEXT_COLOR,
    fmt,
    legible,
    make_axes,
    panel_text,
    polyline,
    to_scene,
)

__all__ = ["NormsAsDistances", "UnitBalls"]

L1_COLOR, L2_COLOR = BALL_COLORS["l1"], BALL_COLORS["l2"]


class NormsAsDistances(Scene):
    """Two ways to measure how far w is from 0: along the axes, or straight."""

    point: ClassVar[tuple[float, float]] = (2.0, 1.5)

    def setup(self) -> None:
        self.w = np.array(self.point, dtype=float)
        self.l1 = float(lp_norm(self.w, 1.0))
        self.l2 = float(lp_norm(self.w, 2.0))
        self.view = view_box([self.w, ball_outline("l1", self.l1), ball_outline("l2", self.l2)])
        self.axes_group = make_axes(self.view, keep_clear=[self.w])
        self.axes = self.axes_group[0]

    def construct(self) -> None:
        self.next_section("point")
        self.show_point()
        self.next_section("manhattan")
        self.show_manhattan()
        self.next_section("euclidean")
        self.show_euclidean()
        self.next_section("balls")
        self.show_balls()
        self.wait(1.0)

    def show_point(self) -> None:
        self.dot = Dot(to_scene(self.axes, self.w), radius=0.08, color=CENTER_COLOR, z_index=3)
        label = legible(MathTex(rf"w = ({fmt(self.w[0])},\ {fmt(self.w[1])})", font_size=34))
        label.next_to(self.dot, UR, buff=0.08)
        self.title = Tex("How long is $w$?", font_size=42).to_corner(UR)
        self.title.align_to([PANEL_LEFT, 0, 0], LEFT)
        narrate(self, "How far is the weight vector w from zero? There is more than one "
                "honest answer.", Create(self.axes_group, run_time=1.5), Reveal(self.dot),
                Reveal(label), Reveal(self.title))

    def show_manhattan(self) -> None:
        self.path = polyline(self.axes, manhattan_path(self.w), stroke_color=L1_COLOR,
                             stroke_width=6)
        self.l1_text = panel_text(
            [r"\|w\|_1 = |w_1| + |w_2|", rf"= {fmt(abs(self.w[0]))} + {fmt(abs(self.w[1]))}"
             rf" = {fmt(self.l1)}"], font_size=34)
        self.l1_text.set_color(L1_COLOR).next_to(self.title, DOWN, buff=0.5, aligned_edge=LEFT)
        narrate(self, "Walk along the axes, like a taxi on a grid of streets: the Manhattan "
                "distance, the sum of absolute values. That is the L1 norm.",
                Create(self.path, run_time=2.0), Reveal(self.l1_text))

    def show_euclidean(self) -> None:
        self.segment = polyline(self.axes, np.array([[0.0, 0.0], self.w]), stroke_color=L2_COLOR,
                                stroke_width=6)
        self.l2_text = panel_text(
            [r"\|w\|_2 = \sqrt{w_1^2 + w_2^2}", rf"= {fmt(self.l2)}"], font_size=34)
        self.l2_text.set_color(L2_COLOR).next_to(self.l1_text, DOWN, buff=0.5, aligned_edge=LEFT)
        narrate(self, "Or go straight, as the crow flies: the Euclidean distance, the L2 norm. "
                "The lasso penalizes the first, ridge the square of the second.",
                Create(self.segment, run_time=2.0), Reveal(self.l2_text))

    def show_balls(self) -> None:
        diamond = polyline(self.axes, ball_outline("l1", self.l1), stroke_color=L1_COLOR,
                           stroke_width=3, stroke_opacity=0.8)
        circle = polyline(self.axes, ball_outline("l2", self.l2), stroke_color=L2_COLOR,
                          stroke_width=3, stroke_opacity=0.8)
        note = panel_text([r"\text{all points as far as } w:",
                           r"\text{L1: a diamond,\ L2: a circle}"], font_size=32)
        note.next_to(self.l2_text, DOWN, buff=0.5, aligned_edge=LEFT)
        narrate(self, "All points at the same L1 distance form a diamond; at the same L2 "
                "distance, a circle. Those are the shapes regularization draws.",
                Create(diamond, run_time=2.0), Create(circle, run_time=2.0), Reveal(note))


class UnitBalls(Scene):
    """The unit ball ‖w‖_p = 1 morphing through p = 0.5 → 1 → 2 → ∞."""

    #: The stops; the morph runs linearly in 1/p between them.
    stops: ClassVar[tuple[float, ...]] = (0.5, 1.0, 2.0, np.inf)
    samples: ClassVar[int] = 257
    morph_seconds: ClassVar[float] = 2.5

    def setup(self) -> None:
        self.view = view_box([lp_ball_boundary(np.inf, 1.0, samples=9)], margin=0.3)
        self.axes_group = make_axes(self.view)
        self.axes = self.axes_group[0]
        self.inverse_p = ValueTracker(1.0 / self.stops[0])

    def construct(self) -> None:
        self.next_section("p=0.5")
        self.show_start()
        for previous, stop in zip(self.stops[:-1], self.stops[1:]):
            self.next_section(f"p={stop:g}")
            self.morph_to(previous, stop)
        self.wait(1.0)

    def current_p(self) -> float:
        q = self.inverse_p.get_value()
        return np.inf if q <= 0.0 else 1.0 / q

    def ball_points(self) -> np.ndarray:
        """The current ball's boundary in scene coordinates."""
        return to_scene(self.axes, lp_ball_boundary(self.current_p(), 1.0, samples=self.samples))

    def get_p_scale(self) -> tuple[VGroup, Triangle]:
        """A number line of 1/p with the stops named by p, and the marker that slides along it."""
        line = NumberLine(x_range=[0, 2, 0.5], length=5.0, include_ticks=True,
                          stroke_width=2, color=TEXT_COLOR)
        line.move_to([PANEL_LEFT + 2.7, -2.6, 0.0])
        names = VGroup()
        for p in self.stops:
            q = 0.0 if np.isinf(p) else 1.0 / p
            text = r"\infty" if np.isinf(p) else f"{p:g}"
            names.add(MathTex(rf"p = {text}", font_size=28).next_to(line.n2p(2.0 - q), DOWN))
        marker = Triangle(fill_opacity=1.0, color=L1_COLOR, stroke_width=0).scale(0.12).rotate(np.pi)
        self.slide_marker = lambda m: m.next_to(line.n2p(2.0 - self.inverse_p.get_value()), UP,
                                                buff=0.05)
        self.slide_marker(marker)
        return VGroup(line, names), marker

    def show_start(self) -> None:
        self.outline = VMobject(stroke_color=L1_COLOR, stroke_width=5, fill_color=L1_COLOR,
                                fill_opacity=0.18)
        self.outline.set_points_as_corners(self.ball_points())
        self.title = Tex(r"The unit ball $\|w\|_p \le 1$", font_size=42).to_corner(UR)
        self.title.align_to([PANEL_LEFT, 0, 0], LEFT)
        self.scale_bar, self.marker = self.get_p_scale()
        self.caption = self.get_caption(self.stops[0])
        narrate(self, "The unit ball: all weights with Lp norm at most one. Start at p = 0.5: "
                "a star with sharp points on the axes, and not convex.",
                Create(self.axes_group, run_time=2.0), Reveal(self.title), Reveal(self.scale_bar),
                Reveal(self.caption), Create(self.outline, run_time=2.0), Reveal(self.marker))

    def morph_to(self, previous: float, stop: float) -> None:
        target = 0.0 if np.isinf(stop) else 1.0 / stop
        caption = self.get_caption(stop)
        # The outline and marker follow p only while it moves, so they do not count as
        # moving in the caption swaps. Not on top: at p = 2 and p = inf the outline ends
        # on the tick labels 1, which stay above it.
        self.outline.add_updater(lambda m: m.set_points_as_corners(self.ball_points()))
        self.marker.add_updater(self.slide_marker)
        sweep(self, self.inverse_p, target, self.outline, self.marker, on_top=False,
              run_time=self.morph_seconds, rate_func=smooth)
        self.outline.clear_updaters()
        self.marker.clear_updaters()
        self.bring_to_front(self.caption)  # so the swap redraws the captions alone
        narrate(self, NARRATION[stop], Conceal(self.caption), Reveal(caption))
        self.caption = caption

    def get_caption(self, p: float) -> VGroup:
        lines = CAPTIONS[p]
        group = panel_text(lines, font_size=32, math=False)
        return group.next_to(self.title, DOWN, buff=0.5, aligned_edge=LEFT)


CAPTIONS = {
    0.5: [r"$p = 0.5$: a star", r"not convex: not a norm,", r"and hard to optimize"],
    1.0: [r"$p = 1$: the diamond", r"the smallest $p$ that is convex;", r"corners on the axes"],
    2.0: [r"$p = 2$: the circle", r"round: no corners at all"],
    np.inf: [r"$p = \infty$: the square", r"$\max(|w_1|, |w_2|)$;", r"corners off the axes"],
}

NARRATION = {
    1.0: "At p = 1 the star has filled out to the diamond: the first p that is convex, "
         "and it keeps its corners on the axes, where a weight is zero.",
    2.0: "At p = 2 the corners are gone: the circle, smooth in every direction.",
    np.inf: "As p grows further the ball swells to the square of the max norm. Its corners "
            "sit on the diagonals, where the weights are equal, not zero.",
}
