"""Why an algorithm lands on exact zeros: soft-thresholding, ISTA, the subgradient method.

    manim render -pql scenes/proximal.py SoftThresholding

The problem is class attributes; a variant is a subclass that overrides them:

    class MyCase(SoftThresholding):
        center = (2.0, 0.5)
        strength = 0.8

Storyboard, one section per beat:

* question: the lasso's solution w* has an exact zero; a solver steps in floating
  point: how does it land on exactly 0 rather than 10⁻⁹?
* soft-threshold: the one-dimensional step z = S_τ(x), the minimizer of
  ½(z − x)² + τ|z|, drawn from `regmath.proximal.soft_threshold` with the identity
  dashed; a point x sweeps the x axis, its image sits at exactly 0 across the flat
  zone |x| ≤ τ; ridge's x/(1 + τ) for contrast, 0 only at x = 0.
* ista: the 2-D lasso: ISTA's iterates from w₀, each a gradient step (violet) and
  the prox (orange), the flat zones |wᵢ| ≤ ηλ shaded; the iterate whose weight
  becomes exactly 0 is flashed and named, and every later iterate keeps it 0. Below,
  |w_j| against k on a log scale (`regmath.proximal.log_window`, `log_series`), an
  exact 0 on its own row: ISTA drops onto it, the other runs never do. A 1-D inset of
  w_j shows the last step outside the strip and the landing step.
* subgradient: the subgradient method from the same w₀ zig-zags across the axis;
  its weight is small, never (or as the facts say) exactly 0. A zoomed line of w_j shows
  its dot crossing 0 and going on, ISTA's sitting on exactly 0.
* ridge: ridge's proximal gradient only scales: its iterates glide to the ridge
  solution, no weight 0.
* why: the optimality condition 0 ∈ ∂f/∂wⱼ(w*) + λ[−1, 1] ⇔ |∂f/∂wⱼ(w*)| ≤ λ, written
  out; −∇f against the band |wⱼ| ≤ λ, scaled by η into the gradient step and the strip
  ηλ; S's flat zone from the same rule (0 ∈ z − x + τ∂|z| at z = 0 ⇔ |x| ≤ τ): the
  algorithm's exact zeros are the solution's.

Every coordinate comes from `regmath` (`regmath.proximal` for the operators, the
iterates, the gradient-step points and the flat-zone strips; `regmath.solve` for
w* and ridge's solution; `regmath.drawing` for contours and views), and every
claim is chosen by facts computed in ``setup()``; data the story cannot tell
truthfully are refused there, naming the attribute.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    UP,
    UR,
    Arrow,
    Axes,
    BraceBetweenPoints,
    Create,
    Flash,
    GrowArrow,
    RIGHT,
    Line,
    MathTex,
    NumberLine,
    Rectangle,
    ReplacementTransform,
    Tex,
    Transform,
    ValueTracker,
    VGroup,
    VMobject,
    linear,
    rate_functions,
)

from regmath import Quadratic, penalized
from regmath.drawing import axis_range, growth_levels, level_set, view_box
from regmath.framing import clip_polyline
from regmath.proximal import (
    flat_zone_strips,
    gradient_step,
    gradient_steps,
    lipschitz_constant,
    log_series,
    log_window,
    prox_graphs,
    proximal_gradient,
    ridge_proximal_gradient,
    ridge_shrink,
    soft_threshold,
    subgradient_descent,
)
from scenes.toolkit.emphasis import Indicate
from scenes.toolkit.motion import sweep
from scenes.toolkit.narration import KEY_SETTLE_SECONDS
from scenes.toolkit.notation import Phrase, decimals_for, number, point, weight, weight_star
from scenes.toolkit.params import (
    changed_first,
    integer,
    point as a_point,
    positive,
    positive_definite,
    refuse,
)
from scenes.toolkit.readout import Readout, number_format
from scenes.toolkit.reveal import Conceal, Dim, Reveal
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import (
    BALL_COLORS,
    CENTER_COLOR,
    GRADIENT_COLOR,
    LOSS_COLOR,
    MUTED_COLOR,
    PANEL_LEFT,
    PANEL_RIGHT,
    SOLUTION_COLOR,
    TEXT_COLOR,
    dashed,
    filled_polygon,
    legible,
    make_axes,
    marker,
    place_clear,
    polyline,
    set_dashes,
    set_pieces,
    to_scene,
)

__all__ = ["SoftThresholding"]

LASSO_COLOR, RIDGE_COLOR = BALL_COLORS["l1"], BALL_COLORS["l2"]
#: |∇f(w*)ⱼ| must stay below (1 − COMPLEMENTARITY_MARGIN)·λ at the zero weight: strict
#: complementarity with a margin, so that ISTA identifies the zero in finitely many steps
#: (and the words' "< λ" is visibly true).
COMPLEMENTARITY_MARGIN = 0.05
#: The flat zone's width 2ηλ must be at least this share of the plane's view, or the strips,
#: ŵ, w* and the landing shrink to a few pixels (a start 100× the threshold away).
MIN_STRIP_SHARE = 0.04
#: The iterate that first makes the weight 0 must come by this one, so each step is shown.
MAX_FIRST_ZERO = 40
#: Steps shown one by one after the first exact zero (it stays 0), before the rest run on.
SHOWN_AFTER = 2
#: The 1-D graph reaches this many τ each side of 0.
GRAPH_SPAN = 3.0
#: Contours drawn around ŵ, as shares of the way to the level through w*.
CONTOUR_PROGRESS = (0.5, 1.0, 1.5, 2.0)
PANEL_FONT = 32
READOUT_FONT = 36
STRIP_OPACITY = 0.16
#: Seconds of each shown step's gradient move and of its prox snap.
STEP_TIME = 0.55
#: The step that lands on 0 is slowed by this factor.
KEY_SLOW = 2.2
#: The plot of the zero weight against k, under the panel's text.
KPLOT_CENTER = np.array([3.3, -2.22, 0.0])
KPLOT_SIZE = (2.9, 1.25)
KPLOT_FONT = 30
#: Ridge's last iterate has "arrived" at its solution within this share of max |ŵ|.
GLIDE_ATOL = 1e-5
#: The last step outside the strip is "just outside" when it misses by at most this share
#: of ηλ.
NEAR_MISS = 0.25
#: Height of the zoomed line of the zero weight at the landing step.
INSET_Y = -0.75
#: Gap from the listed near-0 values down to the subgradient's zoomed line (its rings sit
#: above the line).
SUB_LINE_GAP = 0.55
#: Seconds at the end of the subgradient's second cue that point at the plot's 0 row.
VERDICT_TIME = 1.2
#: Seconds per later iterate in the run-on sweep.
RUN_ON_TIME = 0.12


def _format_for(values: np.ndarray) -> tuple[str, int]:
    """One signed placeholder for coordinates up to max |values|, 5 significant digits of
    the largest (so the weight that hovers near 0 shows its small size)."""
    largest = float(np.max(np.abs(values))) or 1.0
    digits = decimals_for(largest, significant=5)
    return number_format(largest, digits, signed=True), digits


class SoftThresholding(StoryScene):
    """ISTA lands on exact zeros because its prox maps a whole interval onto 0."""

    # Defaults chosen with regmath (see the facts printed by `facts_summary`):
    # H has eigenvalues 1.5 ± 0.78, L = 2.28, so η = 0.4 lies in (0, 1/L) ⊂ (0, 2/L).
    # At λ = 1 the lasso solution is w* = (1.65, 0): one exact zero, w₂*, with
    # |∂f/∂w₂(w*)| = 0.71 < λ (strict complementarity, margin 0.29). From w₀ = (−0.5, 2.25)
    # (between the w₂ tick numbers: ISTA's first arrow runs clear of "2"), ISTA's gradient
    # steps put w₂ at 2.15, 1.57, 1.13, 0.82, 0.60, 0.44 (all above ηλ = 0.4, so w₂ only
    # shrinks; iterate 6 has w₂ = 0.0388, a near miss) and then 0.326 < 0.4: iterate 7 is
    # the first with w₂ = 0, and all 24 iterates from 7 to 30 keep it.
    # The subgradient method from the same start crosses the axis 6 times in 30 steps and
    # none of its 31 iterates has w₂ exactly 0 (−0.006, 0.003, −0.0095, ...).
    # Ridge's proximal gradient reaches (1.344, 0.447), no zero.
    center: ClassVar[tuple[float, ...]] = (2.0, 0.5)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((2.0, 0.6), (0.6, 1.0))
    strength: ClassVar[float] = 1.0
    step: ClassVar[float] = 0.4
    start: ClassVar[tuple[float, ...]] = (-0.5, 2.25)
    steps: ClassVar[int] = 30

    parameters = {"center": a_point(), "hessian": positive_definite(), "strength": positive(),
                  "step": positive(), "start": a_point(), "steps": integer(1, 200)}

    # ------------------------------------------------------------------ data
    def setup(self) -> None:
        super().setup()
        data = self.data
        center = data["center"]
        if not np.any(center):
            raise refuse("center", "is (0, 0): then w* = 0 for every λ and no iteration has a "
                                   "weight to bring to 0; move center off the origin")
        self.loss = loss = Quadratic(center=center, hessian=data["hessian"])
        self.lam, self.eta, self.count = data["strength"], data["step"], data["steps"]
        self.lipschitz = lipschitz_constant(loss)
        if not self.eta * self.lipschitz < 2.0:
            raise refuse("step", f"is {self.eta:g}, but the iterations converge only for "
                                 f"0 < η < 2/L = {2.0 / self.lipschitz:.4g} (L = "
                                 f"{self.lipschitz:.4g}, the largest eigenvalue of H); lower it")
        self.lasso = penalized(loss, norm="l1", strength=self.lam)
        zeros = tuple(i for i in range(2) if self.lasso.point[i] == 0.0)
        lam_max = float(np.max(np.abs(loss.gradient(np.zeros(2)))))
        # These refusals follow from H, ŵ and λ together: name the one the lecturer wrote.
        blamed = changed_first(self, "strength", "hessian", "center")
        if not zeros:
            raise refuse(blamed, f"gives a lasso solution {point(self.lasso.point).text} "
                         f"with no weight at 0 (λ = strength = {self.lam:g}), so there is no "
                         "exact zero to reach; raise strength (both weights are 0 from "
                         f"λmax = {lam_max:.4g} on) or change center or hessian")
        if len(zeros) == 2:
            raise refuse(blamed, f"gives λ = strength = {self.lam:g} ≥ λmax = "
                         f"{lam_max:.4g}: both weights of w* are 0, and the story needs one "
                         "zero and one nonzero weight; lower strength or change center or "
                         "hessian")
        self.zero = j = zeros[0]
        self.other = 1 - j
        self.slope = float(abs(self.lasso.gradient[j]))
        if not self.slope < (1.0 - COMPLEMENTARITY_MARGIN) * self.lam:
            raise refuse(blamed, f"gives |∂f/∂w{j + 1}(w*)| = {self.slope:.4g}, not "
                         f"clearly below λ = strength = {self.lam:g} (the zero is not strictly "
                         "complementary, and ISTA may need unboundedly many steps to land "
                         "on it); change strength, hessian or center so the two differ by "
                         "more than 5 %")
        start = data["start"]
        if start[j] == 0.0:
            raise refuse("start", f"has w{j + 1} = 0 already: start off the w{j + 1} = 0 axis, "
                                  "so the iterations have to reach it")
        self.ista = proximal_gradient(loss, strength=self.lam, steps=self.count,
                                      step=self.eta, start=start)
        self.first = self.ista.first_exact_zero(j)
        if self.first is None or self.first > MAX_FIRST_ZERO:
            # Would more steps show it, or is the step too small to land in time?
            probe = proximal_gradient(loss, strength=self.lam, step=self.eta, start=start,
                                      steps=max(self.count, MAX_FIRST_ZERO + SHOWN_AFTER))
            landing = probe.first_exact_zero(j)
            if landing is None or landing > MAX_FIRST_ZERO:
                raise refuse("step", f"is {self.eta:g}: ISTA would land w{j + 1} on 0 only "
                                     f"after iterate {MAX_FIRST_ZERO}, too many to show one "
                                     f"by one; raise step towards 1/L = "
                                     f"{1.0 / self.lipschitz:.4g}")
            raise refuse("steps", f"is {self.count}: ISTA lands w{j + 1} on 0 at iterate "
                                  f"{landing}; give at least {landing + SHOWN_AFTER} steps")
        if self.ista.exact_zero_count(j) != self.count - self.first + 1:
            raise refuse("start", f"makes ISTA touch w{j + 1} = 0 and leave it again before "
                                  f"iterate {self.first}; the story has one landing: move "
                                  "start")
        if self.ista.points[-1, self.other] == 0.0:
            raise refuse("steps", f"is {self.count}: ISTA's last iterate has w{self.other + 1} "
                                  "= 0 too, though w* does not; give more steps")
        self.ista_steps = gradient_steps(loss, self.ista)
        self.threshold = self.eta * self.lam
        self.sub = subgradient_descent(loss, strength=self.lam, steps=self.count,
                                       step=self.eta, start=start)
        self.sub_zeros = self.sub.exact_zero_count(j)
        # The first words carry the walk to the iterate before its first sign change of
        # the zero weight; the second ("zig-zags across the axis") carry it on.
        column = self.sub.points[:, j]
        crossings = np.flatnonzero(np.sign(column[1:]) != np.sign(column[:-1]))
        self.sub_shown = int(crossings[0]) if crossings.size else self.count // 2
        self.sub_crossings = int(crossings.size)
        self.ridge_run = ridge_proximal_gradient(loss, strength=self.lam, steps=self.count,
                                                 step=self.eta, start=start)
        self.ridge_steps = gradient_steps(loss, self.ridge_run)
        self.ridge = penalized(loss, norm="l2", strength=self.lam)
        if np.any(self.ridge.point == 0.0) or np.any(self.ridge_run.points == 0.0):
            raise refuse("center", "puts a ridge weight at exactly 0 (ŵ on one of ridge's "
                                   "rays): ridge's 'no zero' is then false; move center off "
                                   "that ray")
        # The k plot: log₁₀|w_j| of the three runs, whole decades that hold every nonzero
        # value, and a row below them for an exact 0 (a log scale has no place for it).
        self.kx = axis_range([0.0, float(self.count)], margin=0.0, target_ticks=3)
        self.logwin = log_window(self.ista.points[:, j], self.sub.points[:, j],
                                 self.ridge_run.points[:, j])
        self.graphs = prox_graphs(self.threshold, span=GRAPH_SPAN)
        # The why's unscaled move −∇f from the run's last iterate on the axis (η times it
        # is the last gradient step): in the view too.
        self.whole_step = gradient_step(loss, self.ista.points[-2])
        everything = [loss.center, self.lasso.point, self.ridge.point, self.ista.points,
                      self.ista_steps, self.sub.points, self.ridge_run.points,
                      self.ridge_steps, self.whole_step]
        self.view = view_box(everything)
        span = max(self.view.x_range[1] - self.view.x_range[0],
                   self.view.y_range[1] - self.view.y_range[0])
        if 2.0 * self.threshold < MIN_STRIP_SHARE * span:
            # A far start (a lecturer's (40, −40)) fits a view where the flat zone, ŵ, w*
            # and the landing are one blob of a few pixels: the lesson is hidden.
            raise refuse(changed_first(self, "start", "center", "strength", "step"),
                         f"makes the view {number(span).text} wide, and the flat zone "
                         f"|wⱼ| ≤ ηλ = {number(self.threshold).text} only "
                         f"{number(100.0 * 2.0 * self.threshold / span).text} % of it (at "
                         f"least {100 * MIN_STRIP_SHARE:g} % is needed to see ISTA land on 0); "
                         "start closer to ŵ, or raise strength or step")
        self.strips = flat_zone_strips(self.threshold, self.view)
        self.levels = growth_levels(float(loss.value(self.lasso.point)), CONTOUR_PROGRESS)
        self.k_form = "k = {:<" + str(len(str(self.count))) + "d}"
        self.form, self.digits = _format_for(np.concatenate(
            [p.reshape(-1) for p in everything]))

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("question")
        self.show_question()
        self.next_section("soft-threshold")
        self.show_operator()
        self.next_section("ista")
        self.show_ista()
        self.next_section("subgradient")
        self.show_subgradient()
        self.next_section("ridge")
        self.show_ridge()
        self.next_section("why")
        self.show_why()

    # -------------------------------------------------------------- builders
    def get_plane(self) -> None:
        # Tick numbers step off every path the runs draw and the contours (a review saw
        # ISTA's first arrow through the w₂ tick "2", a contour through the w₁ tick "3").
        moves = [np.array([start, end]) for a, g, b in zip(self.ista.points[:-1],
                                                           self.ista_steps, self.ista.points[1:])
                 for start, end in ((a, g), (g, b))]
        contour_pieces = [piece for level in self.levels
                          for piece in clip_polyline(level_set(self.loss, level), self.view)]
        self.plane_group = make_axes(self.view, keep_clear=[self.loss.center,
                                                             self.lasso.point],
                                     avoid=[*moves, self.sub.points, self.ridge_run.points,
                                            *contour_pieces])
        self.plane = self.plane_group[0]
        self.contours = VGroup(*(
            VGroup(*(polyline(self.plane, piece, stroke_color=LOSS_COLOR, stroke_width=2,
                              stroke_opacity=0.5)
                     for piece in clip_polyline(level_set(self.loss, level), self.view)))
            for level in self.levels))
        self.center_dot = marker(to_scene(self.plane, self.loss.center), CENTER_COLOR)
        self.center_label = legible(MathTex(r"\hat w", font_size=34, color=CENTER_COLOR))
        # Clear of the contours and of every move the three runs will draw (ISTA's gradient
        # steps and snaps pass near ŵ: a review frame had ŵ's label under their arrows).
        moves = VGroup(*(Line(to_scene(self.plane, start), to_scene(self.plane, end))
                         for a, g, b in zip(self.ista.points[:-1], self.ista_steps,
                                            self.ista.points[1:])
                         for start, end in ((a, g), (g, b))))
        # The why's −∇f arrow from the last iterate is a move too (the layout report had
        # it through ŵ's label).
        moves.add(Line(to_scene(self.plane, self.ista.points[-2]),
                       to_scene(self.plane, self.whole_step)))
        runs = VGroup(polyline(self.plane, self.sub.points), polyline(self.plane,
                                                                      self.ridge_run.points))
        # The runs' moves weigh most: a faint contour under the outlined label reads, an
        # arrow through it does not (r32: ISTA's steps crossed ŵ's label).
        place_clear(self.center_label, self.center_dot.get_center(), np.array([1.0, 1.0]),
                    [moves, runs], minor=[self.contours], buff=0.12)
        # A ring above the iterates: ISTA's dot ends on w*, inside it (a review frame had
        # the orange dot hide w* from the landing on).
        self.star_dot = marker(to_scene(self.plane, self.lasso.point), SOLUTION_COLOR,
                               radius=0.13, z_index=9)
        self.star_dot.set_fill(opacity=0.0).set_stroke(SOLUTION_COLOR, width=4)
        self.star_label = legible(MathTex("w^*", font_size=34, color=SOLUTION_COLOR))
        place_clear(self.star_label, self.star_dot.get_center(), np.array([0.3, -1.0]),
                    [moves, runs], minor=[self.contours, self.plane], buff=0.12)

    def panel_line(self, tex: str, *, color: Any = TEXT_COLOR, font_size: float = PANEL_FONT
                   ) -> MathTex:
        line = MathTex(tex, font_size=font_size, color=color)
        if line.width > PANEL_RIGHT - PANEL_LEFT:
            line.scale_to_fit_width(PANEL_RIGHT - PANEL_LEFT)
        return line

    def place_below(self, line: VMobject, above: VMobject, buff: float = 0.3) -> VMobject:
        return line.next_to(above, DOWN, buff=buff).align_to([PANEL_LEFT, 0, 0], LEFT)

    # ----------------------------------------------------------------- beats
    def show_question(self) -> None:
        self.get_plane()
        j = self.zero
        self.header = self.panel_line(r"\text{lasso: } \min_w\ f(w) + \lambda\|w\|_1",
                                      color=LASSO_COLOR, font_size=36)
        self.header.to_corner(UP + LEFT, buff=0.3).align_to([PANEL_LEFT, 0, 0], LEFT)
        star = point(self.lasso.point)
        self.star_line = self.panel_line(rf"w^* = {star.tex}", color=SOLUTION_COLOR)
        self.place_below(self.star_line, self.header)
        self.question = self.panel_line(
            rf"w_{j + 1}^{{(k)}} \to 0:\ \ \text{{exactly }} 0\ \text{{or }} 10^{{-9}}?")
        self.place_below(self.question, self.star_line)
        self.add(self.plane_group)
        with self.cue("The lasso's solution here is {w_star} = {star}{@star}: its {wj}* is "
                      "exactly 0{@zero}.", star=star, wj=weight(j)) as cue:
            cue.play(Create(self.contours, lag_ratio=0.2), Reveal(self.header),
                     Reveal(self.center_dot), Reveal(self.center_label), until="star")
            cue.play(Reveal(self.star_dot), Reveal(self.star_label), Reveal(self.star_line),
                     run_time=0.6)
            cue.play(Flash(self.star_dot, color=SOLUTION_COLOR), at="zero", run_time=0.8)
            cue.play(Indicate(self.star_line, color=SOLUTION_COLOR, scale_factor=1.05),
                     until=cue.END)
        with self.cue("So how does an iteration land on exactly 0, and not on "
                      "10⁻⁹{@q}?", spoken="So how does an iteration land on exactly 0, and not "
                      "on ten to the minus nine{@q}?") as cue:
            cue.play(Reveal(self.question), run_time=0.6)
            cue.play(Indicate(self.question, color=TEXT_COLOR, scale_factor=1.05),
                     until=cue.END)

    def show_operator(self) -> None:
        graphs = self.graphs
        gview = view_box([graphs.soft, graphs.identity, graphs.ridge])
        self.graph_group = make_axes(gview, labels=("x", "z"),
                                     avoid=[graphs.soft, graphs.identity, graphs.ridge])
        axes = self.gaxes = self.graph_group[0]
        soft = polyline(axes, graphs.soft, stroke_color=LASSO_COLOR, stroke_width=5)
        flat = polyline(axes, graphs.flat, stroke_color=LASSO_COLOR, stroke_width=11)
        identity = dashed(axes, graphs.identity, stroke_color=MUTED_COLOR, stroke_width=2.5)
        ridge = polyline(axes, graphs.ridge, stroke_color=RIDGE_COLOR, stroke_width=4)
        self.soft_graph, self.flat_graph, self.ridge_graph = soft, flat, ridge
        tau = number(self.threshold)
        zone = filled_polygon(axes, flat_zone_strips(self.threshold, gview)[0],
                              stroke_width=0, fill_color=LASSO_COLOR,
                              fill_opacity=STRIP_OPACITY)
        zone_label = legible(MathTex(r"|x| \le \tau", font_size=30, color=LASSO_COLOR))
        zone_label.next_to(to_scene(axes, [graphs.flat[0, 0], graphs.soft[-1, 1]]), LEFT,
                           buff=0.12)
        soft_label = legible(MathTex(r"S_\tau(x)", font_size=32, color=LASSO_COLOR))
        place_clear(soft_label, to_scene(axes, graphs.soft[-1]), np.array([-1.0, 0.6]),
                    [soft, identity, ridge], buff=0.15)
        ridge_label = legible(MathTex(r"x/(1+\tau)", font_size=32, color=RIDGE_COLOR))
        place_clear(ridge_label, to_scene(axes, graphs.ridge[-1]), np.array([1.0, -0.4]),
                    [soft, identity, ridge, soft_label], buff=0.15)
        prox = self.panel_line(r"S_\tau(x) = \arg\min_z\ \tfrac12(z-x)^2 + \tau|z|")
        self.place_below(prox, self.header)
        # η and λ are given with the solver: τ's value first, its name later.
        tau_line = self.panel_line(rf"\tau = {tau.tex}\ (\text{{later }}\eta\lambda)",
                                   color=LASSO_COLOR)
        self.place_below(tau_line, prox, buff=0.25)
        x_form = number_format(graphs.reach, self.digits, signed=True)
        x_read = Readout("x = " + x_form, -graphs.reach, font_size=READOUT_FONT)
        s_read = Readout(r"S_\tau(x) = " + x_form, 0.0, font_size=READOUT_FONT,
                         color=LASSO_COLOR, exact_zeros=True)
        r_read = Readout(r"x/(1+\tau) = " + x_form, 0.0, font_size=READOUT_FONT,
                         color=RIDGE_COLOR, exact_zeros=True)
        self.place_below(x_read, tau_line, buff=0.45)
        self.place_below(s_read, x_read, buff=0.25)
        self.place_below(r_read, s_read, buff=0.25)
        # Ridge's step is the prox of (τ/2)z², so its objective is shown with it.
        ridge_prox = self.panel_line(r"x/(1+\tau) = \arg\min_z\ \tfrac12(z-x)^2 + "
                                     r"\tfrac{\tau}{2}z^2", color=RIDGE_COLOR)
        self.place_below(ridge_prox, r_read, buff=0.35)
        x = ValueTracker(-graphs.reach)
        tau_value = self.threshold
        x_dot = marker(axes.c2p(-graphs.reach, 0), TEXT_COLOR, radius=0.07, z_index=7)
        x_dot.add_updater(lambda d: d.move_to(to_scene(axes, [x.get_value(), 0.0])))
        s_dot = marker(axes.c2p(-graphs.reach, 0), LASSO_COLOR, radius=0.09, z_index=8)
        s_dot.add_updater(lambda d: d.move_to(to_scene(
            axes, [x.get_value(), float(soft_threshold(x.get_value(), tau_value))])))
        r_dot = marker(axes.c2p(-graphs.reach, 0), RIDGE_COLOR, radius=0.08, z_index=7)
        r_dot.add_updater(lambda d: d.move_to(to_scene(
            axes, [x.get_value(), float(ridge_shrink(x.get_value(), tau_value))])))
        drop = Line(x_dot.get_center(), s_dot.get_center(), stroke_color=TEXT_COLOR,
                    stroke_width=2, stroke_opacity=0.7)
        drop.add_updater(lambda m: m.put_start_and_end_on(
            to_scene(axes, [x.get_value(), 0.0]),
            to_scene(axes, [x.get_value(), float(soft_threshold(x.get_value(), tau_value))
                            + 1e-9])))
        x_read.add_updater(lambda r: r.set_value(x.get_value()))
        s_read.add_updater(lambda r: r.set_value(float(soft_threshold(x.get_value(),
                                                                      tau_value))))
        r_read.add_updater(lambda r: r.set_value(float(ridge_shrink(x.get_value(),
                                                                    tau_value))))
        # Where the sweep starts, S_τ(x) is τ above z = x: a brace shows the shift.
        shift = BraceBetweenPoints(to_scene(axes, graphs.identity[0]),
                                   to_scene(axes, graphs.soft[0]), direction=LEFT,
                                   color=LASSO_COLOR)
        shift_label = legible(MathTex(r"\tau", font_size=34, color=LASSO_COLOR))
        shift.put_at_tip(shift_label)
        self.shift_brace = VGroup(shift, shift_label)
        self.s_dot = s_dot
        self.operator_parts = VGroup(prox, tau_line, x_read, s_read, r_read, ridge_prox)
        followers = [drop, x_dot, s_dot, x_read, s_read]
        with self.cue("One weight, one step: the z nearest x with a penalty {tau}|z|, the "
                      "minimizer of ½(z − x)² + {tau}|z|, is z = S{tau}(x){@graph}, drawn in "
                      "orange; {@dash}the dashed line is z = x, which would leave x "
                      "unchanged{@identity}.",
                      tau=Phrase("τ", "tau"),
                      spoken="One weight, one step: the z nearest x with a penalty tau times "
                      "the size of z is z equals S tau of x{@graph}, drawn in orange; the "
                      "{@dash}dashed line is z equals x, which would leave x unchanged{@identity}.") as cue:
            cue.play(Conceal(self.plane_group), Conceal(self.contours),
                     Conceal(self.center_dot), Conceal(self.center_label),
                     Conceal(self.star_dot), Conceal(self.star_label),
                     Conceal(self.question), Conceal(self.star_line), run_time=0.8)
            self.add(self.graph_group)
            cue.play(Reveal(self.graph_group), Reveal(prox), run_time=0.8)
            cue.play(Create(soft), Reveal(soft_label), until="graph")
            cue.play(Create(identity), at="dash", until="identity")
        with self.cue("Here {tau} = {t} (later ηλ){@tau}.", tau=Phrase("τ", "tau"), t=tau,
                      spoken="Here tau is " + tau.spoken + ", later eta lambda{@tau}.") as cue:
            cue.play(Reveal(tau_line), run_time=0.8)
            cue.play(Indicate(tau_line, color=LASSO_COLOR, scale_factor=1.05), until=cue.END)
        with self.cue("Outside the flat zone, S{tau} moves x towards 0 by {tau}{@sweep}. "
                      "{@flat}Every x with |x| ≤ {tau} maps to exactly 0{@end}.",
                      tau=Phrase("τ", "tau"),
                      spoken="Outside the flat zone, S tau moves x towards 0 by tau{@sweep}. "
                      "{@flat}Every x no further than tau from 0 maps to exactly 0{@end}.",
                      ) as cue:
            self.add(*followers)
            self.add(self.shift_brace)
            cue.play(Reveal(x_read), Reveal(s_read), Reveal(x_dot), Reveal(s_dot),
                     Reveal(drop), Reveal(self.shift_brace), run_time=0.5)
            sweep(self, x, graphs.flat[0, 0], *followers, run_time=cue.until("sweep"),
                  rate_func=linear)
            cue.wait_until("flat")
            self.add(zone, zone_label)
            cue.play(Create(flat), Reveal(zone), Reveal(zone_label),
                     Flash(s_dot, color=LASSO_COLOR), run_time=0.8)
            sweep(self, x, graphs.flat[1, 0], *followers, run_time=cue.until(cue.END),
                  rate_func=linear)
        followers += [r_dot, r_read]
        with self.cue("Ridge's step x/(1 + {tau}) only scales{@ridge}: a line through the "
                      "origin, 0 only at x = 0{@end}.", tau=Phrase("τ", "tau"),
                      spoken="Ridge's step, x over one plus tau, only scales{@ridge}: a line "
                      "through the origin, 0 only at x equals 0{@end}.") as cue:
            self.add(r_dot, r_read)
            cue.play(Create(ridge), Reveal(ridge_label), Reveal(r_read), Reveal(r_dot),
                     Reveal(ridge_prox), until="ridge")
            # Back across the flat zone: the orange image sits at 0, the green one does not.
            sweep(self, x, graphs.flat[0, 0], *followers, run_time=cue.until(cue.END),
                  rate_func=rate_functions.ease_in_out_sine)
        for follower in followers:
            follower.clear_updaters()
        self.operator_group = VGroup(self.graph_group, self.shift_brace, soft, flat, identity,
                                     ridge, zone,
                                     zone_label, soft_label, ridge_label, *followers[:3],
                                     r_dot)

    def show_ista(self) -> None:
        j = self.zero
        tau = number(self.threshold)
        strips = VGroup(*(filled_polygon(self.plane, s, stroke_width=0, fill_color=LASSO_COLOR,
                                         fill_opacity=STRIP_OPACITY)
                          for s in self.strips if len(s)))
        self.strip_group = strips
        method = self.panel_line(r"\text{ISTA: } w \leftarrow S_{\eta\lambda}\big(w - \eta"
                                 r"\nabla f(w)\big)")
        self.place_below(method, self.header)
        self.data_line = data_line = self.panel_line(
            rf"\lambda = {number(self.lam).tex},\ \ \eta = {number(self.eta).tex},\ \ "
            rf"\eta\lambda = {tau.tex}")
        self.place_below(data_line, method, buff=0.2)
        self.ista_read = Readout(self.k_form + r"\ \ w = (" + self.form + r",\ " + self.form
                                 + ")", 0, *self.ista.points[0], font_size=READOUT_FONT,
                                 color=LASSO_COLOR, exact_zeros=True)
        self.grad_read = Readout(r"w - \eta\nabla f(w) = (" + self.form + r",\ " + self.form
                                 + ")", *self.ista_steps[0], font_size=READOUT_FONT,
                                 color=GRADIENT_COLOR)
        self.place_below(self.grad_read, data_line, buff=0.25)
        self.place_below(self.ista_read, self.grad_read, buff=0.2)
        start = self.ista.points[0]
        start_dot = marker(to_scene(self.plane, start), TEXT_COLOR, radius=0.07, z_index=6)
        start_label = legible(MathTex("w_0", font_size=32))
        place_clear(start_label, start_dot.get_center(), np.array([-1.0, 1.0]),
                    [self.contours], buff=0.12)
        self.start_marks = VGroup(start_dot, start_label)
        self.iterate = marker(to_scene(self.plane, start), LASSO_COLOR, radius=0.085,
                              z_index=8)
        self.ista_lines, self.ista_dots = VGroup(), VGroup()
        self.build_kplot()
        self.ista_index = ValueTracker(0.0)
        self.ista_series = self.get_series(self.ista, LASSO_COLOR, self.ista_index)
        with self.cue("Back to the two weights, with {lam} = {lam_v} and step η = {eta}{@go}. "
                      "ISTA repeats two moves: a gradient step −η∇f{@grad} (violet), then "
                      "S with τ = ηλ on each weight{@prox} (orange).",
                      lam_v=number(self.lam), eta=number(self.eta),
                      spoken="Back to the two weights, with lambda " + number(self.lam).spoken
                      + " and step eta " + number(self.eta).spoken + "{@go}. ISTA repeats two "
                      "moves: a gradient step{@grad}, in violet, then S with tau equal to "
                      "eta lambda on each weight{@prox}, in orange.") as cue:
            cue.play(Conceal(self.operator_group), Conceal(self.operator_parts),
                     run_time=0.8)
            self.add(self.plane_group)
            cue.play(Reveal(self.plane_group), Reveal(self.contours), Reveal(self.center_dot),
                     Reveal(self.center_label), Reveal(self.star_dot), Reveal(self.star_label),
                     Reveal(data_line), run_time=max(cue.until("go"), 0.8))
            cue.play(Reveal(method), Reveal(self.start_marks), Reveal(self.iterate),
                     Reveal(self.ista_read), run_time=0.8)
            cue.play(Indicate(method, color=LASSO_COLOR, scale_factor=1.04), until="grad")
            if self.first > 1:
                parts = self.grow_step(self.ista, self.ista_steps, 0, LASSO_COLOR,
                                       run_time=cue.until("prox"))
                self.snap_step(self.ista, 0, parts, self.ista_read, run_time=1.0)
            cue.play(Indicate(method, color=LASSO_COLOR, scale_factor=1.04), until=cue.END)
        k = self.first
        outside = k - 1  # gradient steps 1 .. k − 1 land outside the strip
        # Steps 2 .. k − 2 (before the near miss): the first half under the strips' words,
        # the rest under the words that say what they do.
        early = list(range(1, max(outside - 1, 1)))
        first_half, second_half = early[:(len(early) + 1) // 2], early[(len(early) + 1) // 2:]
        with self.cue("The shaded strips |wᵢ| ≤ ηλ = {tau} are its flat zones{@strips}. "
                      "{@below}Below, |{wj}| against k on a log scale, with exact 0 on its "
                      "own row{@plot}.",
                      tau=tau, wj=weight(j),
                      spoken="The shaded strips, where a weight is within eta lambda, "
                      + tau.spoken + ", of 0, are its flat zones{@strips}. {@below}Below, the "
                      "size of " + weight(j).spoken + " against k on a log scale, with exact 0 "
                      "on its own row{@plot}.") as cue:
            self.add(strips)
            cue.play(Reveal(strips), run_time=0.8)
            cue.play(Indicate(strips, color=LASSO_COLOR, scale_factor=1.0), until="below")
            self.add(self.kplot, self.ista_series)
            cue.play(Reveal(self.kplot), Reveal(self.ista_series),
                     Reveal(self.legend["ista"]), Indicate(self.zero_tick, color=LASSO_COLOR,
                                                           scale_factor=1.5), run_time=0.8)
            # The iterations go on while the plot is named: its curve grows.
            if first_half:
                each = max(cue.until(cue.END), 0.6 * len(first_half)) / len(first_half)
                for i in first_half:
                    self.play_step(self.ista, self.ista_steps, i, LASSO_COLOR,
                                   self.ista_read, run_time=each)
            else:
                cue.play(Indicate(self.kplot_name, color=TEXT_COLOR), until=cue.END)
        # The zero weight magnified on a line: shown from the last step outside the strip
        # (when there is one), so how near it came is seen before the landing.
        self.inset = self.build_inset(k)
        inset_shown = False
        if outside > 1:
            # The last step outside (iterate k − 1) is named: how near it came, and that
            # outside the strip S only shrinks, however near.
            near_g = self.ista_steps[k - 2, j]
            near_w = self.ista.points[k - 1, j]
            close = abs(near_g) - self.threshold <= NEAR_MISS * self.threshold
            with self.cue("Outside the {wj} strip a step only shrinks {wj} by ηλ{@near}. "
                          "{@last}Step {p} lands at {g}, "
                          + ("just outside" if close else "outside") + ": shrunk to {v}, "
                          "not zeroed{@end}.", wj=weight(j), p=str(k - 1),
                          g=number(near_g), v=number(near_w)) as cue:
                if second_half:
                    each = cue.until("near") / len(second_half)
                    for i in second_half:
                        self.play_step(self.ista, self.ista_steps, i, LASSO_COLOR,
                                       self.ista_read, run_time=each)
                self.add(self.inset)
                cue.play(Reveal(self.inset), run_time=0.6)
                inset_shown = True
                cue.wait_until("last")
                grow, snap, moves = self.inset_step(k - 2)
                half = max(cue.until(cue.END) / 2.0, 0.6)
                parts = self.grow_step(self.ista, self.ista_steps, outside - 1, LASSO_COLOR,
                                       run_time=half, extra=grow())
                self.snap_step(self.ista, outside - 1, parts, self.ista_read,
                               run_time=max(cue.until(cue.END), 0.6), along=snap())
                self.inset_moves.add(moves)
        land = self.ista_steps[k - 1, j]
        land_text = number(abs(land))
        with self.cue("Step {k}: the gradient step puts {wj} at {g}, inside the strip "
                      "({g_abs} ≤ {tau}){@land}, {@snap}and S snaps it onto the axis: {wj} = 0 "
                      "exactly{@zero}.", k=str(k), wj=weight(j), g=number(land),
                      g_abs=land_text, tau=tau, settle=KEY_SETTLE_SECONDS,
                      spoken="Step " + str(k) + ": the gradient step puts " + weight(j).spoken
                      + " at " + number(land).spoken + ", inside the strip, no further than "
                      + tau.spoken + " from 0{@land}, {@snap}and S snaps it onto the axis: "
                      + weight(j).spoken + " is exactly 0{@zero}.") as cue:
            # The earlier moves dim; the landing step is drawn bold, its test beside it.
            grow, snap, moves = self.inset_step(k - 1)
            if not inset_shown:
                self.add(self.inset)
            cue.play(Dim(self.ista_lines), Dim(self.ista_dots), Dim(self.start_marks),
                     *([Dim(self.inset_moves)] if inset_shown else [Reveal(self.inset)]),
                     run_time=0.6)
            parts = self.grow_step(self.ista, self.ista_steps, k - 1, LASSO_COLOR,
                                   run_time=max(cue.until("land") * 0.5, 0.8), bold=True,
                                   extra=grow())
            # The test, by the inset (out of the contour field).
            self.land_test = MathTex(rf"{land_text.tex} \le \eta\lambda = {tau.tex}",
                                     font_size=34, color=GRADIENT_COLOR)
            self.land_test.next_to(self.inset_line, UP, buff=0.45).align_to(
                self.inset_line, LEFT)
            cue.play(Reveal(self.land_test), Indicate(parts[2], color=GRADIENT_COLOR,
                                                      scale_factor=1.8), until="land")
            self.snap_step(self.ista, k - 1, parts, self.ista_read,
                           run_time=max(cue.until("snap"), STEP_TIME * KEY_SLOW),
                           rate_func=rate_functions.ease_out_sine, along=snap())
            self.inset_moves.add(moves)
            landing = to_scene(self.kaxes, log_series(self.ista, j, self.logwin)[k])
            self.add(self.exact_note)
            cue.play(Flash(self.iterate, color=LASSO_COLOR), Flash(landing, color=LASSO_COLOR),
                     Reveal(self.exact_note),
                     Indicate(self.ista_read, color=LASSO_COLOR, scale_factor=1.08),
                     run_time=max(cue.until(cue.END), 1.0))
        self.zero_note = self.panel_line(
            rf"w_{j + 1} = 0 \text{{ from }} k = {k} \text{{ on}}", color=LASSO_COLOR)
        self.place_below(self.zero_note, self.ista_read, buff=0.2)
        later = self.ista.exact_zero_count(j)
        with self.cue("It stays 0: each later gradient step lands back inside the strip, so "
                      "all {n} iterates from k = {k} to {last} have {wj} = 0{@end}.",
                      n=str(later), k=str(k), last=str(self.count), wj=weight(j)) as cue:
            cue.play(Reveal(self.zero_note), Conceal(self.land_test), Conceal(self.inset),
                     Conceal(self.inset_moves), run_time=0.6)
            # The moves entered one by one: they leave one by one too.
            self.remove(*(piece for step in self.inset_moves for piece in step))
            for i in range(k, k + SHOWN_AFTER):
                self.play_step(self.ista, self.ista_steps, i, LASSO_COLOR, self.ista_read,
                               run_time=2 * STEP_TIME)
            self.run_on(self.ista, self.ista_index, [self.ista_series], self.ista_read,
                        run_time=cue.until(cue.END))

    def build_inset(self, k: int) -> VGroup:
        """The zero weight magnified on a line around the landing step k: the strip
        |w_j| ≤ ηλ, and room for the last step outside it (from iterate k − 2, when there
        is one) and the landing step (from iterate k − 1); a dot at the first of them."""
        j, tau = self.zero, self.threshold
        first = max(k - 2, 0)
        values = [-tau, tau, *self.ista.points[first:k + 1, j], *self.ista_steps[first:k, j]]
        lo, hi, tick = axis_range(values, margin=0.1, target_ticks=4)
        line = NumberLine(x_range=[lo, hi, tick], length=0.72 * (PANEL_RIGHT - PANEL_LEFT),
                          include_numbers=True, font_size=30, color=TEXT_COLOR,
                          stroke_width=2)
        line.move_to([PANEL_RIGHT - 0.55 - line.width / 2.0, INSET_Y, 0.0])
        name = MathTex(rf"w_{j + 1}", font_size=32).next_to(line, RIGHT, buff=0.15)
        strip = Rectangle(width=line.n2p(tau)[0] - line.n2p(-tau)[0], height=0.5,
                          stroke_width=0, fill_color=LASSO_COLOR,
                          fill_opacity=2 * STRIP_OPACITY).move_to(line.n2p(0.0))
        self.inset_line = line
        self.inset_dot = marker(line.n2p(self.ista.points[first, j]), LASSO_COLOR,
                                radius=0.08, z_index=8)
        self.inset_moves = VGroup()
        return VGroup(strip, line, name, self.inset_dot)

    def inset_step(self, i: int) -> tuple[Any, Any, VGroup]:
        """Step i on the inset: the gradient step (violet, above the line) from iterate
        i's w_j and the prox (orange, below) to iterate i + 1's; returns two functions that
        make the animations of the two moves (each when it is played: the dot's
        ``.animate`` target is one per mobject, so it must be made just before it runs)
        and the moves' pieces."""
        j, line = self.zero, self.inset_line
        before, land, after = (self.ista.points[i, j], self.ista_steps[i, j],
                               self.ista.points[i + 1, j])
        lift = np.array([0.0, 0.18, 0.0])
        spot = marker(line.n2p(land) + lift, GRADIENT_COLOR, radius=0.07, z_index=8)
        arrow = Arrow(line.n2p(before) + lift, line.n2p(land) + lift, buff=0.0,
                      color=GRADIENT_COLOR, stroke_width=5, max_tip_length_to_length_ratio=0.3,
                      tip_length=0.2, z_index=7)
        snap = Arrow(line.n2p(land) - lift, line.n2p(after) - lift, buff=0.0,
                     color=LASSO_COLOR, stroke_width=5, max_tip_length_to_length_ratio=0.3,
                     tip_length=0.2, z_index=7)
        dot = self.inset_dot
        def grow() -> tuple:
            return (GrowArrow(arrow), Reveal(spot), dot.animate.move_to(line.n2p(land)))

        def move() -> tuple:
            return (GrowArrow(snap), dot.animate.move_to(line.n2p(after)))

        return grow, move, VGroup(arrow, spot, snap)

    def build_kplot(self) -> None:
        """|w_j| against k on a log scale (the decades `setup` chose), an exact 0 on its
        own row below them, labelled "0"; a legend column on the right, one item per run,
        revealed with its run (``self.legend``)."""
        win, (k0, k1, kstep) = self.logwin, self.kx
        axes = Axes(x_range=[k0, k1, kstep], y_range=[win.zero, win.high, win.step],
                    x_length=KPLOT_SIZE[0], y_length=KPLOT_SIZE[1], tips=False)
        axes.set_stroke(opacity=0.0)
        axes.move_to(KPLOT_CENTER)
        self.kaxes = axes
        base = Line(to_scene(axes, [k0, win.zero]), to_scene(axes, [k1, win.zero]),
                    stroke_color=TEXT_COLOR, stroke_width=2)
        yaxis = Line(to_scene(axes, [k0, win.low]), to_scene(axes, [k0, win.high]),
                     stroke_color=TEXT_COLOR, stroke_width=2)
        ticks, labels = VGroup(), VGroup()
        decades = np.arange(win.low, win.high + win.step / 2.0, win.step)
        for n, d in enumerate(decades):
            at = to_scene(axes, [k0, d])
            ticks.add(Line(at + 0.06 * LEFT, at + 0.06 * RIGHT, stroke_color=TEXT_COLOR,
                           stroke_width=2))
            if (len(decades) - 1 - n) % 2 == 0 or len(decades) <= 3:
                labels.add(MathTex(rf"10^{{{int(d)}}}", font_size=KPLOT_FONT)
                           .next_to(at, LEFT, buff=0.12))
        # A break (//) on the y axis between the lowest decade and the 0 row: the axis does
        # not go on down to 0.
        gap = to_scene(axes, [k0, (win.low + win.zero) / 2.0])
        self.axis_break = VGroup(*(Line(gap + np.array([-0.09, -0.05 + dy, 0.0]),
                                        gap + np.array([0.09, 0.05 + dy, 0.0]),
                                        stroke_color=TEXT_COLOR, stroke_width=2.5)
                                   for dy in (-0.05, 0.05)))
        ticks.add(self.axis_break)
        zero_at = to_scene(axes, [k0, win.zero])
        self.zero_tick = MathTex("0", font_size=KPLOT_FONT, color=LASSO_COLOR)
        labels.add(self.zero_tick.next_to(zero_at, LEFT, buff=0.12))
        for k in np.arange(k0, k1 + kstep / 2.0, kstep):
            at = to_scene(axes, [k, win.zero])
            ticks.add(Line(at + 0.06 * DOWN, at + 0.06 * UP, stroke_color=TEXT_COLOR,
                           stroke_width=2))
            labels.add(MathTex(str(int(k)), font_size=KPLOT_FONT).next_to(at, DOWN, buff=0.1))
        k_name = MathTex("k", font_size=KPLOT_FONT + 4).next_to(labels[-1], RIGHT, buff=0.2)
        name = MathTex(rf"|w_{self.zero + 1}|", font_size=KPLOT_FONT + 4)
        name.next_to(labels, LEFT, buff=0.15).match_y(yaxis)
        self.kplot_name = name
        self.kplot = VGroup(axes, VGroup(base, yaxis, ticks), VGroup(labels, k_name, name))

        def item(text: str, color: Any) -> VGroup:
            sample = Line(ORIGIN, 0.3 * RIGHT, stroke_color=color, stroke_width=5)
            words = Tex(text, font_size=KPLOT_FONT - 2, color=color)
            return VGroup(sample, words.next_to(sample, RIGHT, buff=0.1))

        self.legend = {"ista": item("ISTA", LASSO_COLOR),
                       "sub": item("subgradient", TEXT_COLOR),
                       "ridge": item("ridge", RIDGE_COLOR)}
        column = VGroup(self.legend["ridge"], self.legend["sub"], self.legend["ista"])
        column.arrange(DOWN, aligned_edge=LEFT, buff=0.22)
        column.next_to(base, RIGHT, buff=0.25).align_to(base, DOWN).shift(0.05 * UP)
        # ISTA's drop to the 0 row, named where it lands.
        self.exact_note = Tex(r"$=0$ exactly", font_size=KPLOT_FONT - 2, color=LASSO_COLOR)
        # Just above the 0 row, from ISTA's landing on to the right: the first place whose
        # box no other run's curve enters (a review frame had the subgradient's curve and
        # ring on "exactly").
        others = [to_scene(axes, log_series(run, self.zero, win))
                  for run in (self.sub, self.ridge_run)]
        samples = np.vstack([a + t * (b - a) for curve in others
                             for a, b in zip(curve[:-1], curve[1:])
                             for t in np.linspace(0.0, 1.0, 24)])
        right = to_scene(axes, [k1, win.zero])[0]
        for k in range(self.first, self.count + 1):
            self.exact_note.next_to(to_scene(axes, [float(k), win.zero]), UR, buff=0.03)
            low = self.exact_note.get_corner(DOWN + LEFT) - 0.06
            high = self.exact_note.get_corner(UP + RIGHT) + 0.06
            inside = np.all((samples[:, :2] >= low[:2]) & (samples[:, :2] <= high[:2]), axis=1)
            if not inside.any() or high[0] > right:
                break
        if high[0] > right:
            self.exact_note.next_to(to_scene(axes, [float(self.first), win.zero]), UR,
                                    buff=0.03)

    def get_series(self, run: Any, color: Any, index: ValueTracker) -> VMobject:
        """Run's log₁₀|w_j| against k up to the tracker's iterate (an exact 0 on the 0 row).

        A step onto or off the 0 row is a jump (no value between is ever taken): it is
        drawn dashed, by the curve's children, one per such step; the rest is solid."""
        axes, win, j = self.kaxes, self.logwin, self.zero
        curve = VMobject(stroke_color=color, stroke_width=4, z_index=4)
        full = log_series(run, j, win)
        on_zero = full[:, 1] == win.zero
        jumps = np.flatnonzero(on_zero[:-1] != on_zero[1:])
        dashes = [VMobject(stroke_color=color, stroke_width=3, z_index=4) for _ in jumps]
        curve.add(*dashes)

        def redraw(m: VMobject) -> None:
            drawn = log_series(run, j, win, until=index.get_value())
            cuts = [int(i) for i in jumps if i + 1 < len(drawn)]
            edges = [0, *(c + 1 for c in cuts)]
            ends = [*(c + 1 for c in cuts), len(drawn)]
            set_pieces(m, axes, [drawn[a:b] for a, b in zip(edges, ends)])
            for n, dash in enumerate(dashes):
                if n < len(cuts):
                    set_dashes(dash, axes, drawn[cuts[n]:cuts[n] + 2])
                else:
                    dash.clear_points()

        redraw(curve)
        curve.add_updater(redraw)
        return curve

    def play_step(self, run: Any, steps: np.ndarray, i: int, color: Any, readout: Readout, *,
                  run_time: float, key: Any = None) -> None:
        """Iterate i → i + 1: the gradient step (a violet arrow to steps[i]), then the prox
        (a line in ``color`` from there to the next iterate, which the dot moves to)."""
        if key is not None:
            # The landing step: the gradient move while the words reach the landing, the
            # snap slowed as S is named.
            parts = self.grow_step(run, steps, i, color, run_time=max(key.until("land"), 0.6))
            self.snap_step(run, i, parts, readout, run_time=max(key.until("zero"),
                                                                  STEP_TIME * KEY_SLOW),
                           rate_func=rate_functions.ease_out_sine)
            return
        half = max(run_time / 2.0, 0.2)
        parts = self.grow_step(run, steps, i, color, run_time=half)
        self.snap_step(run, i, parts, readout, run_time=half)

    def grow_step(self, run: Any, steps: np.ndarray, i: int, color: Any, *,
                  run_time: float, bold: bool = False, extra: tuple = ()
                  ) -> tuple[VMobject, ...]:
        """The gradient step from iterate i: a violet arrow to steps[i] and a dot there
        (``bold``: the key step, drawn thicker and above the others)."""
        a, g, b = run.points[i], steps[i], run.points[i + 1]
        arrow = Arrow(to_scene(self.plane, a), to_scene(self.plane, g), buff=0.0,
                      color=GRADIENT_COLOR, stroke_width=6 if bold else 3,
                      max_tip_length_to_length_ratio=0.4 if bold else 0.3,
                      tip_length=0.24 if bold else 0.16, z_index=7 if bold else 4)
        snap = Line(to_scene(self.plane, g), to_scene(self.plane, b), stroke_color=color,
                    stroke_width=3, z_index=4)
        spot = marker(to_scene(self.plane, g), GRADIENT_COLOR, radius=0.05, z_index=5)
        trail = marker(to_scene(self.plane, b), color, radius=0.05, z_index=5)
        shown = [] if self.grad_read in self.mobjects else [Reveal(self.grad_read)]
        if shown:
            self.grad_read.set_values(*g)
            self.add(self.grad_read)
        self.play(GrowArrow(arrow), Reveal(spot), *shown, *extra, run_time=run_time)
        # The readout names the point the arrow has reached, not the one it heads for.
        self.grad_read.set_values(*g)
        return arrow, snap, spot, trail

    def snap_step(self, run: Any, i: int, parts: tuple[VMobject, ...], readout: Readout, *,
                  run_time: float, rate_func: Any = None, along: tuple = ()) -> None:
        """The prox from the gradient-step point to iterate i + 1; the readout shows it."""
        arrow, snap, spot, trail = parts
        b = run.points[i + 1]
        extra = {} if rate_func is None else {"rate_func": rate_func}
        self.play(Create(snap), self.iterate.animate.move_to(to_scene(self.plane, b)), *along,
                  self.ista_index.animate.set_value(float(i + 1)), run_time=run_time, **extra)
        readout.set_values(i + 1, *b)
        self.add(trail)
        self.ista_lines.add(arrow, snap, spot)
        self.ista_dots.add(trail)

    def run_on(self, run: Any, index: ValueTracker, others: list[VMobject],
                readout: Readout, *, run_time: float) -> None:
        """The remaining iterates, one by one: the dot, the readout and ``others`` follow."""
        points = run.points
        last = len(points) - 1

        def at() -> int:
            return min(int(round(index.get_value())), last)

        begin = at()
        steps = self.ista_steps
        self.iterate.add_updater(lambda d: d.move_to(to_scene(self.plane, points[at()])))
        readout.add_updater(lambda r: r.set_values(at(), *points[at()]))
        # The gradient step taken from the iterate shown (the last iterate takes none).
        self.grad_read.add_updater(lambda r: r.set_values(*steps[min(at(), last - 1)]))
        others = [*others, self.grad_read]
        sweep(self, index, float(last), self.iterate, readout, *others,
              run_time=max(run_time, RUN_ON_TIME * (last - begin)), rate_func=linear)
        for mobject in (self.iterate, readout, *others):
            mobject.clear_updaters()

    def walk(self, run: Any, color: Any) -> tuple[ValueTracker, VMobject, VMobject]:
        """A dot that walks a run's iterates as a tracker counts them (straight from one to
        the next, `Iterates.trace`), drawing its path behind it."""
        tracker = ValueTracker(0.0)
        last = len(run.points) - 1

        def at() -> int:
            return min(int(np.floor(tracker.get_value())), last)

        walker = marker(to_scene(self.plane, run.points[0]), color, radius=0.08, z_index=8)
        walker.add_updater(lambda d: d.move_to(to_scene(
            self.plane, run.trace(tracker.get_value())[-1])))
        path = VMobject(stroke_color=color, stroke_width=3.5, z_index=4)
        path.add_updater(lambda m: m.set_points_as_corners(to_scene(
            self.plane, run.trace(tracker.get_value()))))
        path.update(0)
        self.walk_index = at
        return tracker, walker, path

    def build_sub_inset(self, above: VMobject) -> VGroup:
        """The zero weight magnified for the subgradient run's second half (from the iterate
        before its first sign change): a line holding every later w_j and 0, ISTA's
        exact 0 on it (orange) and the run's dot (white), which follows the walk."""
        j = self.zero
        values = self.sub.points[self.sub_shown:, j]
        lo, hi, tick = axis_range(values, margin=0.08, target_ticks=4)
        line = NumberLine(x_range=[lo, hi, tick], length=0.72 * (PANEL_RIGHT - PANEL_LEFT),
                          include_numbers=True, font_size=30, color=TEXT_COLOR,
                          stroke_width=2)
        # At ISTA's inset's height, or lower when the listed values take more rows (room for
        # the rings above the line).
        height = min(INSET_Y, above.get_bottom()[1] - SUB_LINE_GAP)
        line.move_to([PANEL_RIGHT - 0.55 - line.width / 2.0, height, 0.0])
        name = MathTex(rf"w_{j + 1}", font_size=32).next_to(line, RIGHT, buff=0.15)
        self.sub_line = line
        # ISTA's last iterate: w_j exactly 0, sitting on the line's 0.
        self.sub_ista_dot = marker(line.n2p(self.ista.points[-1, j]), LASSO_COLOR,
                                   radius=0.09, z_index=7)
        self.sub_line_dot = marker(line.n2p(values[0]), TEXT_COLOR, radius=0.08, z_index=8)
        return VGroup(line, name, self.sub_ista_dot, self.sub_line_dot)

    def show_subgradient(self) -> None:
        j = self.zero
        sub = self.sub
        # Full size at 480p: no "subgradient:" prefix (the words and the legend name the
        # method; with it the line was scaled below a readable size), a full-size fraction.
        method = self.panel_line(r"w \leftarrow w - \frac{\eta}{\sqrt{k+1}}\big(\nabla f + "
                                 r"\lambda\,\mathrm{sign}(w)\big)", color=TEXT_COLOR)
        # In the place of ISTA's readouts, which leave (they come back for the why).
        self.place_below(method, self.data_line, buff=0.25)
        self.sub_read = Readout(self.k_form + r"\ \ w = (" + self.form + r",\ " + self.form + ")",
                                0, *sub.points[0], font_size=READOUT_FONT, color=TEXT_COLOR,
                                exact_zeros=True)
        self.place_below(self.sub_read, method, buff=0.2)
        tracker, walker, path = self.walk(sub, TEXT_COLOR)
        at = self.walk_index
        sub_series = self.get_series(sub, TEXT_COLOR, tracker)
        self.sub_read.add_updater(lambda r: r.set_values(at(), *sub.points[at()]))
        last = len(sub.points) - 1
        near = self.near_zero_values()
        ks = self.near_zero_iterates()
        # One piece per value, each revealed as the walk reaches its iterate; the pieces
        # fill rows of the panel at full size (one scaled line was unreadable at 480p).
        shown_parts = [MathTex(("" if n else rf"w_{j + 1}:\ ") + "{" + v.tex
                               + rf"}}\,(k{{=}}{i})" + ("," if n + 1 < len(ks) else ""),
                               font_size=PANEL_FONT, color=TEXT_COLOR)
                       for n, (v, i) in enumerate(zip(near, ks))]
        listed = VGroup(*shown_parts)
        row_start = self.place_below(shown_parts[0], self.sub_read, buff=0.2)
        for before, piece in zip(shown_parts, shown_parts[1:]):
            piece.next_to(before, RIGHT, buff=0.2).align_to(before, DOWN)
            if piece.get_right()[0] > PANEL_RIGHT:
                piece.next_to(row_start, DOWN, buff=0.12).align_to([PANEL_LEFT, 0, 0], LEFT)
                row_start = piece
        logs = log_series(sub, j, self.logwin)
        rings = [marker(to_scene(self.kaxes, logs[i]), TEXT_COLOR, radius=0.07, z_index=6)
                 .set_fill(opacity=0.0).set_stroke(TEXT_COLOR, width=3) for i in ks]
        inset = self.build_sub_inset(listed)
        line, line_dot = self.sub_line, self.sub_line_dot
        line_dot.add_updater(lambda d: d.move_to(line.n2p(
            float(sub.trace(tracker.get_value())[-1][j]))))
        # The near-0 iterates, ringed on the line too: both sides of 0, none on it.
        line_rings = [marker(line.n2p(sub.points[i, j]) + 0.2 * UP, TEXT_COLOR, radius=0.07,
                             z_index=6)
                      .set_fill(opacity=0.0).set_stroke(TEXT_COLOR, width=3) for i in ks]
        count = self.sub_zeros
        total = self.count + 1
        if count == 0:
            verdict = "none of its {total} iterates has {wj} exactly 0"
        elif count == 1:
            verdict = "only 1 of its {total} iterates has {wj} exactly 0"
        else:
            verdict = "only {count} of its {total} iterates have {wj} exactly 0"
        followers = [path, walker, self.sub_read, sub_series]
        with self.cue("The subgradient method from the same w₀, with steps η/√(k+1){@go}, "
                      "has no flat zone{@end}.",
                      spoken="The subgradient method from the same w-zero, with steps eta "
                      "over the root of k plus one{@go}, has no flat zone{@end}.") as cue:
            # The ISTA run's steps, trail dots and readouts leave; its last iterate stays.
            cue.play(Conceal(self.ista_lines), Conceal(self.ista_dots),
                     Conceal(self.zero_note), Conceal(self.ista_read), Conceal(self.grad_read),
                     run_time=0.6)
            # Each step's pieces entered the scene one by one: they leave one by one too
            # (a review frame kept the last steps' arrow through the ridge run).
            self.remove(*self.ista_lines, *self.ista_dots)
            self.add(*followers)
            self.add(self.legend["sub"])
            cue.play(Reveal(method), Reveal(walker), Reveal(self.sub_read), Reveal(sub_series),
                     Reveal(self.legend["sub"]), run_time=0.6)
            cue.wait_until("go")
            sweep(self, tracker, float(self.sub_shown), *followers,
                  run_time=cue.until(cue.END), rate_func=linear)
        crossings = self.sub_crossings
        motion = ("zig-zags across the axis" if crossings >= 2 else
                  "crosses the axis once" if crossings == 1 else "creeps towards the axis")
        values = {f"v{n}": Phrase(f"{v.text} at k = {i}", f"{v.spoken} at k equal to {i}")
                  for n, (v, i) in enumerate(zip(near, ks))}
        followers = [*followers, line_dot]
        with self.cue("{@zoom}{wj} " + motion + "{@go}: "
                      + ", ".join("{v%d}" % n for n in range(len(ks)))
                      + "; {@verdict}" + verdict + "{@end}.", wj=weight(j), **values,
                      total=str(total), count=str(count), settle=KEY_SETTLE_SECONDS) as cue:
            # The zero weight magnified: the white dot crosses 0 and goes on, the orange
            # one (ISTA) sits on it. The walk goes on while the values are read; each is
            # ringed on the line and on the log plot, and listed, as the walk reaches it.
            self.add(inset)
            cue.play(Reveal(inset), run_time=0.6)
            begin = float(self.sub_shown)
            reveal_time = 0.4
            # The verdict's words are on screen with the last values: the walk ends a
            # little before the cue does, so the plot's 0 row is pointed at once it has.
            moving = max(cue.until(cue.END) - VERDICT_TIME - reveal_time * len(ks), 1.0)
            now = begin
            for n, i in enumerate(ks):
                if i > now:
                    sweep(self, tracker, float(i), *followers,
                          run_time=moving * (i - now) / max(last - begin, 1.0),
                          rate_func=linear)
                    now = float(i)
                cue.play(Reveal(rings[n]), Reveal(line_rings[n]), Reveal(shown_parts[n]),
                         run_time=reveal_time)
            if last > now:
                sweep(self, tracker, float(last), *followers,
                      run_time=max(moving * (last - now) / max(last - begin, 1.0), 0.2),
                      rate_func=linear)
            for follower in followers:
                follower.clear_updaters()
            cue.play(Indicate(self.kplot[1][0], color=LASSO_COLOR, scale_factor=1.0),
                     Indicate(self.sub_ista_dot, color=LASSO_COLOR, scale_factor=1.6),
                     until=cue.END)
        rings = VGroup(*rings)
        self.sub_parts = VGroup(path, walker)
        self.sub_listed = VGroup(listed, rings, inset, *line_rings)
        self.sub_series = sub_series
        self.sub_method = method

    def near_zero_iterates(self) -> list[int]:
        """The three iterates of the subgradient run whose zero weight is nearest 0 without
        being 0, in iterate order (the words list their values)."""
        column = self.sub.points[:, self.zero]
        return sorted([int(i) for i in np.argsort(np.abs(column)) if column[i] != 0.0][:3])

    def near_zero_values(self) -> list[Any]:
        column = self.sub.points[:, self.zero]
        return [number(column[i], significant=2) for i in self.near_zero_iterates()]

    def show_ridge(self) -> None:
        ridge = self.ridge_run
        # Ridge's objective, with the ½ that makes its prox x/(1 + ηλ) (regmath's convention).
        objective = self.panel_line(r"\text{ridge: } \min_w\ f(w) + \tfrac{\lambda}{2}\|w\|_2^2",
                                    color=RIDGE_COLOR)
        objective.move_to(self.sub_method).align_to([PANEL_LEFT, 0, 0], LEFT)
        objective.align_to(self.sub_method, UP)
        method = self.panel_line(r"w \leftarrow \big(w - \eta\nabla f(w)\big)"
                                 r"/(1 + \eta\lambda)", color=RIDGE_COLOR)
        self.place_below(method, objective, buff=0.12)
        read = Readout(self.k_form + r"\ \ w = (" + self.form + r",\ " + self.form + ")", 0,
                       *ridge.points[0], font_size=READOUT_FONT - 2, color=RIDGE_COLOR,
                       exact_zeros=True)
        self.place_below(read, method, buff=0.12)
        ridge_dot = marker(to_scene(self.plane, self.ridge.point), RIDGE_COLOR, radius=0.1,
                           z_index=6)
        ridge_dot.set_fill(opacity=0.0).set_stroke(RIDGE_COLOR, width=4)
        tracker, walker, path = self.walk(ridge, RIDGE_COLOR)
        at = self.walk_index
        ridge_series = self.get_series(ridge, RIDGE_COLOR, tracker)
        read.add_updater(lambda r: r.set_values(at(), *ridge.points[at()]))
        last = len(ridge.points) - 1
        followers = [path, walker, read, ridge_series]
        # "to" when the last iterate is ridge's solution as the readout shows it, else
        # "towards" (a small step: the run has not got there yet).
        arrived = bool(np.allclose(ridge.points[-1], self.ridge.point, rtol=0.0,
                                   atol=GLIDE_ATOL * float(np.max(np.abs(self.loss.center)))))
        with self.cue("Ridge's proximal step only scales{@go}: its iterates glide "
                      + ("to" if arrived else "towards") + " ridge's solution {r}{@end}, and "
                      "no weight is ever exactly 0.", r=point(self.ridge.point)) as cue:
            cue.play(Conceal(self.sub_parts), Conceal(self.sub_read), Conceal(self.sub_method),
                     Conceal(self.sub_listed),
                     Conceal(self.strip_group), Reveal(objective), Reveal(method),
                     run_time=0.8)
            self.add(*followers)
            self.add(self.legend["ridge"])
            cue.play(Reveal(walker), Reveal(read), Reveal(ridge_dot), Reveal(ridge_series),
                     Reveal(self.legend["ridge"]), Dim(self.sub_series),
                     Dim(self.legend["sub"]), run_time=0.5)
            cue.wait_until("go")
            sweep(self, tracker, float(last), *followers, run_time=cue.until(cue.END),
                  rate_func=linear)
            for follower in followers:
                follower.clear_updaters()
            cue.play(Indicate(read, color=RIDGE_COLOR, scale_factor=1.06), run_time=1.0)
        self.ridge_parts = VGroup(objective, method, read)
        self.ridge_path = path
        self.ridge_marks = VGroup(walker, ridge_dot)
        self.ridge_series = ridge_series

    def show_why(self) -> None:
        j = self.zero
        slope = number(self.slope)
        lam = number(self.lam)
        partial = rf"\partial f/\partial w_{j + 1}(w^*)"
        # The optimality condition at the zero weight, written out, and what it says.
        kkt = self.panel_line(rf"0 \in {partial} + \lambda\,[-1,\ 1]", color=LASSO_COLOR)
        iff = self.panel_line(rf"\iff |{partial}| = {slope.tex} \le \lambda = {lam.tex}",
                              color=LASSO_COLOR)
        # S's flat zone from the same rule, in one weight.
        flat = self.panel_line(r"0 \in z - x + \tau\,\partial|z| \text{ at } z = 0 \iff "
                               r"|x| \le \tau", color=LASSO_COLOR)
        # The gradient step from an iterate on the axis (the run's last step), and its w_j:
        # −η ∂f/∂w_j, inside the strip exactly when |∂f/∂w_j| ≤ λ.
        before = self.ista.points[-2]
        landing = self.ista_steps[-1]
        g = number(landing[j])
        arrow = Arrow(to_scene(self.plane, before), to_scene(self.plane, landing), buff=0.0,
                      color=GRADIENT_COLOR, stroke_width=6, max_tip_length_to_length_ratio=0.4,
                      tip_length=0.24, z_index=7)
        # The same move unscaled, −∇f, against the band |w_j| ≤ λ: times η they become the
        # gradient step and the strip |w_j| ≤ ηλ (the strip's width ηλ is λ's, scaled).
        whole = Arrow(to_scene(self.plane, before),
                      to_scene(self.plane, self.whole_step), buff=0.0,
                      color=GRADIENT_COLOR, stroke_width=6, max_tip_length_to_length_ratio=0.4,
                      tip_length=0.24, z_index=7)
        band_style = dict(stroke_width=0, fill_color=LASSO_COLOR, fill_opacity=0.22,
                          z_index=2)
        band_shape = flat_zone_strips(self.lam, self.view)[j]
        strip_shape = flat_zone_strips(self.threshold, self.view)[j]
        scaled = len(band_shape) > 0 and len(strip_shape) > 0
        band = filled_polygon(self.plane, band_shape, **band_style) if scaled else VGroup()
        band_end = (filled_polygon(self.plane, strip_shape, **band_style) if scaled
                    else VGroup())
        self.place_below(kkt, self.data_line, buff=0.3)
        self.place_below(iff, kkt, buff=0.2)
        self.place_below(self.grad_read, iff, buff=0.3)
        self.place_below(flat, self.grad_read, buff=0.3)
        wj = weight(j)
        # The condition of the zero weight only (a fresh review: "w* is optimal when …" read
        # as if this one coordinate's condition were sufficient).
        wjs = weight_star(j)
        with self.cue("Why: the optimality condition for {wjs} = 0 is 0 ∈ ∂f/∂{wj}(w*) + "
                      "λ·[−1, 1]{@kkt}, that is "
                      "|∂f/∂{wj}(w*)| ≤ λ: here {s} ≤ {lam_v}{@num}.", wj=wj, wjs=wjs, s=slope,
                      lam_v=lam,
                      spoken="Why: the optimality condition for " + wjs.spoken + " equal to 0 "
                      "is: 0 is in the slope of f in "
                      + wj.spoken + " plus lambda times the interval from minus 1 to 1{@kkt}, "
                      "that is, the size of that slope is at most lambda: here "
                      + slope.spoken + ", at most " + lam.spoken + "{@num}.") as cue:
            # Ridge leaves, the strips come back; the condition is written as it is said.
            cue.play(Conceal(self.ridge_parts), Conceal(self.ridge_path),
                     Conceal(self.ridge_marks), Dim(self.ridge_series),
                     Dim(self.legend["ridge"]), Reveal(self.strip_group), run_time=0.8)
            self.add(kkt)
            cue.play(Reveal(kkt), run_time=max(cue.until("kkt"), 0.6))
            self.add(iff, band)
            cue.play(Reveal(iff), Reveal(band), GrowArrow(whole), run_time=1.0)
            cue.play(Indicate(iff, color=LASSO_COLOR, scale_factor=1.05),
                     Flash(self.star_dot, color=SOLUTION_COLOR), until=cue.END)
        with self.cue("Times η, it is the strip: from {wj} = 0 the gradient step puts "
                      "{wj} at −η∂f/∂{wj} = {g}{@step}, inside it{@end}.", wj=wj, g=g,
                      spoken="Times eta, it is the strip: from " + wj.spoken + " at 0, the "
                      "gradient step puts " + wj.spoken + " at minus eta times its slope, "
                      + g.spoken + "{@step}, inside it{@end}.",
                      settle=KEY_SETTLE_SECONDS) as cue:
            cue.play(Transform(band, band_end), ReplacementTransform(whole, arrow),
                     run_time=max(cue.until("step") - 0.6, 1.0))
            self.add(self.grad_read)
            cue.play(Reveal(self.grad_read), run_time=0.6)
            cue.play(Indicate(self.strip_group, color=LASSO_COLOR, scale_factor=1.0),
                     Indicate(arrow, color=GRADIENT_COLOR, scale_factor=1.0), until=cue.END)
        with self.cue("S's flat zone is the same rule: "
                      "0 ∈ z − x + τ∂|z| at z = 0 ⇔ |x| ≤ τ{@flat}. {@same}So the algorithm's "
                      "exact 0 is the solution's{@end}.",
                      spoken="S's flat zone is the same rule: 0 is in z "
                      "minus x plus tau times the subgradient of the size of z at z equal to "
                      "0, exactly when x is no further than tau from 0{@flat}. {@same}So the "
                      "algorithm's exact 0 is the solution's{@end}.",
                      settle=KEY_SETTLE_SECONDS) as cue:
            self.add(flat)
            cue.play(Reveal(flat), run_time=max(cue.until("flat"), 0.6))
            cue.play(Flash(self.star_dot, color=SOLUTION_COLOR),
                     Indicate(self.zero_tick, color=LASSO_COLOR, scale_factor=1.5),
                     Indicate(flat, color=LASSO_COLOR, scale_factor=1.04), until=cue.END)
