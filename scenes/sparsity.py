"""Why corners win, and how often: the lasso's sparsity beyond one example.

    manim render -pql scenes/sparsity.py WhyCornersWin
    manim render -pql scenes/sparsity.py SparsityOdds

Solutions, solution-map regions and the sampled experiment all come from
`regmath.sparsity`.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Create,
    Dot,
    MathTex,
    Rectangle,
    Scene,
    Tex,
    ValueTracker,
    VGroup,
    VMobject,
    linear,
)

from regmath import Quadratic, constrained
from regmath.drawing import ball_outline, level_set, view_box
from regmath.sparsity import (
    l1_solution_regions,
    l2_sparse_rays,
    orbit,
    orbit_view,
    solutions_along,
    sparse_runs,
    sparsity_experiment,
)
from scenes.toolkit.motion import sweep
from scenes.toolkit.narration import narrate
from scenes.toolkit.readout import Readout, number_format
from scenes.toolkit.reveal import Reveal
from scenes.toolkit.style import (
    BALL_COLORS,
    CENTER_COLOR,
    CONE_COLOR,
    LOSS_COLOR,
    PANEL_LEFT,
    SOLUTION_COLOR,
    TEXT_COLOR,
    ball_shape,
    filled_polygon,
    make_axes,
    panel_text,
    polyline,
    to_scene,
)

__all__ = ["WhyCornersWin", "SparsityOdds"]

NORMS = ("l2", "l1")
HEADINGS = {"l2": r"Ridge: $\|w\|_2 \le t$", "l1": r"Lasso: $\|w\|_1 \le t$"}
PANEL_SIDE = 5.2
PANEL_CENTERS = {"l2": np.array([-3.45, 0.05, 0.0]), "l1": np.array([3.45, 0.05, 0.0])}
SPARSE_COLOR = CONE_COLOR
DENSE_COLOR = LOSS_COLOR
#: Fills of the solution map, shared by its regions and its key.
CORNER_FILL = {"fill_color": SPARSE_COLOR, "fill_opacity": 0.3}
EDGE_FILL = {"fill_color": DENSE_COLOR, "fill_opacity": 0.12}


class WhyCornersWin(Scene):
    """ŵ travels around the ball: ridge's w* slides, the lasso's stays at corners."""

    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((1.5, -0.4), (-0.4, 2.5))
    radius: ClassVar[float] = 1.0
    orbit_radius: ClassVar[float] = 1.6
    start_angle: ClassVar[float] = 0.3
    travel_seconds: ClassVar[float] = 12.0
    #: Samples of the orbit for the time-spent strips (exact solves at each).
    strip_samples: ClassVar[int] = 720

    def setup(self) -> None:
        self.view = orbit_view(self.hessian, self.orbit_radius, self.radius)
        self.panels = {norm: make_axes(self.view, side=PANEL_SIDE, center=PANEL_CENTERS[norm],
                                       font_size=18) for norm in NORMS}
        self.axes = {norm: group[0] for norm, group in self.panels.items()}
        self.progress = ValueTracker(0.0)
        grid = np.linspace(0.0, 1.0, self.strip_samples + 1)
        centers = orbit(self.orbit_radius, grid, start_angle=self.start_angle)
        self.sparse = {norm: solutions_along(self.hessian, centers, norm=norm,
                                             radius=self.radius)[1] for norm in NORMS}

    def construct(self) -> None:
        self.next_section("setup")
        self.show_setup()
        self.next_section("travel")
        self.travel()
        self.next_section("map")
        self.show_map()
        self.wait(1.0)

    # ----------------------------------------------------------------- beats
    def show_setup(self) -> None:
        headings = VGroup(*(Tex(HEADINGS[n], font_size=34).next_to(self.panels[n], UP, buff=0.1)
                            for n in NORMS))
        balls = VGroup(*(ball_shape(self.axes[n], n, self.radius) for n in NORMS))
        orbits = VGroup(*(polyline(self.axes[n], orbit(self.orbit_radius,
                                                          np.linspace(0.0, 1.0, 181)),
                                   stroke_color=CENTER_COLOR, stroke_width=1.5,
                                   stroke_opacity=0.35) for n in NORMS))
        self.moving = VGroup(*(self.get_tracker_group(n) for n in NORMS))
        self.strips = self.get_strips()
        narrate(self, "Now let w-hat travel around the ball, and watch where each solution "
                "lands. The strip below each plot marks the times a weight is exactly zero.",
                *(Create(g, run_time=2.0) for g in self.panels.values()), Reveal(headings),
                Create(balls, run_time=2.0), Create(orbits, run_time=2.0), Reveal(self.moving),
                Reveal(VGroup(*self.strips.values())))

    def travel(self) -> None:
        self.add_subcaption("Ridge's solution slides smoothly around the circle. The lasso's "
                            "sits on a corner for whole arcs of the journey: one weight "
                            "exactly zero, again and again.", duration=self.travel_seconds)
        sweep(self, self.progress, 1.0, self.moving, *self.strips.values(),
              run_time=self.travel_seconds, rate_func=linear)
        for follower in (self.moving, *self.strips.values()):
            follower.clear_updaters()  # the journey is over: nothing follows progress now
        share = {n: float(np.mean(self.sparse[n][:-1])) for n in NORMS}
        summary = VGroup(*(
            MathTex(rf"\text{{exact zero: }} {100 * share[n]:.0f}\%\ \text{{of the way}}",
                    font_size=28).next_to(self.strips[n], DOWN, buff=0.1) for n in NORMS))
        narrate(self, f"All the way round, the lasso had an exact zero {100 * share['l1']:.0f}"
                f" percent of the time; ridge, {100 * share['l2']:.0f} percent.",
                Reveal(summary))
        self.summary = summary

    def show_map(self) -> None:
        self.remove(self.moving)
        box = self.view
        regions = l1_solution_regions(self.hessian, self.radius, box)
        wedges = VGroup(*(filled_polygon(self.axes["l1"], r.polygon, stroke_width=0,
                                         **CORNER_FILL)
                          for r in regions if r.kind == "corner"))
        strips = VGroup(*(filled_polygon(self.axes["l1"], r.polygon, stroke_width=0,
                                         **EDGE_FILL)
                          for r in regions if r.kind == "edge"))
        rays = VGroup(*(polyline(self.axes["l2"], segment, stroke_color=SPARSE_COLOR,
                                 stroke_width=4) for segment in l2_sparse_rays(
                                     self.hessian, self.radius, box)))
        key = self.get_map_key()
        narrate(self, "Colour every possible w-hat by the answer. For the lasso, whole wedges "
                "of the plane land on a corner: the normal cones at the corners, stretched "
                "by the loss. For ridge, only four thin rays give a zero.",
                Reveal(wedges, run_time=1.5), Reveal(strips, run_time=1.5),
                Create(rays, run_time=2.0), Reveal(key))
        self.wedges, self.edge_regions, self.rays, self.key = wedges, strips, rays, key

    # -------------------------------------------------------------- builders
    def current_center(self) -> np.ndarray:
        return orbit(self.orbit_radius, self.progress.get_value(), start_angle=self.start_angle)

    def get_tracker_group(self, norm: str) -> VGroup:
        axes = self.axes[norm]

        def solution():
            loss = Quadratic(center=self.current_center(), hessian=self.hessian)
            return loss, constrained(loss, norm=norm, radius=self.radius)

        contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=3)
        center = Dot(radius=0.06, color=CENTER_COLOR)
        tangent = Dot(radius=0.07, color=SOLUTION_COLOR, z_index=3)

        def follow(_: VMobject) -> None:
            loss, sol = solution()
            contour.set_points_as_corners(to_scene(axes, level_set(loss, sol.level, samples=97)))
            center.move_to(to_scene(axes, loss.center))
            tangent.move_to(to_scene(axes, sol.point))
            color = SPARSE_COLOR if sol.zero_weights else SOLUTION_COLOR
            if tangent.get_fill_color() != color:
                tangent.set_color(color)

        group = VGroup(contour, center, tangent)
        follow(group)
        group.add_updater(follow)
        return group

    def get_map_key(self) -> VGroup:
        """What the map's colours say about w* for a ŵ there, along the bottom edge."""
        entries = VGroup()
        for fill, text in (
                (CORNER_FILL, r"$\hat w$ here: $w^*$ has an exact zero"),
                (EDGE_FILL, r"$\hat w$ here: both weights of $w^*$ nonzero")):
            swatch = Rectangle(width=0.32, height=0.22, stroke_color=TEXT_COLOR, stroke_width=1,
                               **fill)
            entries.add(VGroup(swatch, Tex(text, font_size=26)).arrange(RIGHT, buff=0.15))
        entries.arrange(RIGHT, buff=0.6)
        return entries.next_to(VGroup(*self.summary), DOWN, buff=0.15)

    def run_revealer(self, a: float, b: float, width: float, left: np.ndarray):
        """An updater showing the part of the run [a, b] of the journey already travelled."""
        drawn: float | None = None

        def reveal(mobject: Rectangle) -> None:
            nonlocal drawn
            shown = min(max(self.progress.get_value(), a), b) - a
            if shown == drawn:  # a run not reached yet, or complete: nothing changes
                return
            drawn = shown
            mobject.stretch_to_fit_width(max(shown * width, 1e-3))
            mobject.move_to(left + np.array([(a * width) + shown * width / 2, 0.0, 0.0]))

        return reveal

    def get_strips(self) -> dict[str, VGroup]:
        """Per norm, a bar along the journey lit where w* has an exact zero (revealed as ŵ moves)."""
        strips = {}
        for norm in NORMS:
            width = PANEL_SIDE * 0.9
            frame = Rectangle(width=width, height=0.22, stroke_color=TEXT_COLOR, stroke_width=1)
            frame.next_to(self.panels[norm], DOWN, buff=0.15)
            left = frame.get_left()
            runs = VGroup()
            for start, stop in sparse_runs(self.sparse[norm]):
                a, b = start / self.strip_samples, stop / self.strip_samples
                run = Rectangle(width=1e-3, height=0.2, stroke_width=0, fill_opacity=0.9,
                                fill_color=SPARSE_COLOR)
                run.add_updater(self.run_revealer(a, b, width, left))
                run.update()
                runs.add(run)
            strips[norm] = VGroup(frame, runs)
        return strips


class SparsityOdds(Scene):
    """Many random losses: how often does each solution have an exact zero?"""

    seed: ClassVar[int] = 2026
    count: ClassVar[int] = 5000
    shown: ClassVar[int] = 300
    batches: ClassVar[int] = 6
    radius: ClassVar[float] = 1.0

    def setup(self) -> None:
        self.experiment = sparsity_experiment(self.count, seed=self.seed, radius=self.radius)
        shown = self.experiment.centers[: self.shown]
        self.view = view_box([shown, ball_outline("l1", self.radius)], margin=0.05)
        self.axes_group = make_axes(self.view)
        self.axes = self.axes_group[0]

    def construct(self) -> None:
        self.next_section("setup")
        self.show_setup()
        self.next_section("sample")
        self.sample()
        self.next_section("fractions")
        self.show_fractions()
        self.wait(1.0)

    def show_setup(self) -> None:
        self.title = Tex(r"How often is $w^*$ sparse?", font_size=40).to_corner(
            UP + RIGHT).align_to([PANEL_LEFT, 0, 0], LEFT)
        ball = polyline(self.axes, ball_outline("l1", self.radius), stroke_color=BALL_COLORS["l1"],
                        stroke_width=3)
        legend = VGroup(
            VGroup(Dot(color=SPARSE_COLOR), Tex("lasso $w^*$ has an exact zero", font_size=28)
                   ).arrange(RIGHT),
            VGroup(Dot(color=DENSE_COLOR), Tex("no zero", font_size=28)).arrange(RIGHT),
        ).arrange(DOWN, aligned_edge=LEFT).next_to(self.title, DOWN, buff=0.4, aligned_edge=LEFT)
        narrate(self, f"Draw {self.count} random losses: random centre w-hat outside the ball, "
                "random orientation and shape. Solve both problems for each, exactly.",
                Create(self.axes_group), Create(ball), Reveal(self.title), Reveal(legend))
        self.legend = legend

    def sample(self) -> None:
        exp = self.experiment
        per_batch = self.shown // self.batches
        self.dots = VGroup()
        self.counts = self.get_counts()
        for b in range(self.batches):
            lo, hi = b * per_batch, (b + 1) * per_batch
            dots = VGroup(*(Dot(to_scene(self.axes, exp.centers[k]), radius=0.04,
                                color=SPARSE_COLOR if exp.l1_sparse[k] else DENSE_COLOR)
                            for k in range(lo, hi)))
            self.dots.add(*dots)
            # Dots appear a batch at a time (animating 300 dots one by one costs a deep
            # copy of each); the counts carry the motion.
            self.add(dots)
            self.set_counts(hi)
            if b == 0:
                narrate(self, "Each dot is one loss, placed at its w-hat and coloured by "
                        "whether the lasso's solution has an exact zero.", Reveal(self.counts))
            else:
                self.wait(0.6)

    def get_counts(self) -> VGroup:
        """Running counts, one per line, digits in fixed slots at the ends of the lines."""
        n = number_format(self.shown, 0, left=True)
        group = VGroup(*(Readout(r"\text{{" + text + r": }}" + n, 0, font_size=32,
                                 color=TEXT_COLOR)
                         for text in ("losses drawn", "lasso has a zero", "ridge has a zero")))
        group.arrange(DOWN, aligned_edge=LEFT, buff=0.25)
        return group.next_to(self.legend, DOWN, buff=0.5, aligned_edge=LEFT)

    def set_counts(self, n: int) -> None:
        """Show the counts among the first ``n`` losses."""
        exp = self.experiment
        drawn, lasso, ridge = self.counts
        drawn.set_value(n)
        lasso.set_value(int(np.sum(exp.l1_sparse[:n])))
        ridge.set_value(int(np.sum(exp.l2_sparse[:n])))

    def show_fractions(self) -> None:
        exp = self.experiment
        final = panel_text([rf"\text{{all {self.count} losses:}}",
                            rf"\text{{lasso }} {100 * exp.l1_fraction:.1f}\%,\ "
                            rf"\text{{ridge }} {100 * exp.l2_fraction:.1f}\%"], font_size=34)
        final.next_to(self.counts, DOWN, buff=0.5, aligned_edge=LEFT)
        narrate(self, f"Over all {self.count} losses, the lasso's solution has an exact zero "
                f"{100 * exp.l1_fraction:.1f} percent of the time. Ridge's: "
                f"{100 * exp.l2_fraction:.1f} percent. Never.", Reveal(final))
