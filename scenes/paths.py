"""Shrinkage paths as λ grows, and the penalty ⇔ constraint correspondence.

    manim render -pql scenes/paths.py ShrinkagePaths
    manim render -pql scenes/paths.py PenaltyEqualsConstraint

The problem is class attributes; a variant is a subclass that overrides them:

    class MyCase(ShrinkagePaths):
        center = (2.5, 0.4)
        hessian = ((1.1, -0.5), (-0.5, 3.9))

Storyboard of ShrinkagePaths, one section per beat:

* problem: the plane with ŵ, the two penalties, the plots of w₁(λ) and w₂(λ)
  and one λ cursor shared by the plots and the plane (the two dots).
* first-piece: λ grows from 0 to the first knot, slowing into it; at the knot
  a flash names λ and the weight that leaves (or joins).
* straight: why the piece is straight: on the free weights H(w − ŵ) = −λs, so
  while the signs s hold w(λ) is affine in λ (the dashed line, drawn past the
  knot, where it would flip a sign).
* pieces: the remaining pieces and knots, each named as it happens, up to
  λ_max = ‖Hŵ‖∞ and past it (the lasso exactly 0).
* ridge: ridge's w(λ) = (H + λI)⁻¹Hŵ, a curve or a straight segment as the
  data say, and where a ridge weight passes through 0.
* summary: the knots and what they did.

Storyboard of PenaltyEqualsConstraint:

* penalty: ŵ, the lasso f(w) + λ‖w‖₁ at one λ, its solution w*.
* constraint: the diamond ‖w‖₁ ≤ t with t = ‖w*‖₁ and its solution, the same point.
* why: at w* the loss's pull −∇f(w*) is balanced by the penalty's −λg (g a
  subgradient of ‖w‖₁); g is the diamond's normal at w*, so the contour through
  w* touches the diamond there and λ is the constraint's multiplier.
* curve: the t(λ) curve, a marker on it.
* sweep: λ up to λ_max (t = 0, and the flat part beyond), down to 0
  (t = ‖ŵ‖₁, and every larger t gives λ = 0), back to the start; both
  formulations stay on screen with live λ and t.
* ridge: ridge's radius ‖w*(λ)‖₂ never reaches 0.
* verdict: the pair (λ, t).

Every coordinate comes from `regmath` (`regmath.paths` for the paths, knots,
segment lines and ridge's closed form; `regmath.framing` for the view), and
every claim is chosen by facts computed there; data the scenes cannot show
truthfully are refused in ``setup()``, naming the attribute.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    UR,
    Arrow,
    Axes,
    Create,
    DashedLine,
    DashedVMobject,
    Flash,
    GrowArrow,
    Indicate,
    Line,
    MathTex,
    Tex,
    ValueTracker,
    config,
    VGroup,
    VMobject,
    linear,
    rate_functions,
    smooth,
)

from regmath import Quadratic, Solution, constrained, lasso_path, ridge_path
from regmath.drawing import (
    axis_range,
    ball_outline,
    level_set,
    normal_arrow,
    normal_cone_wedge,
    pull_arrow,
    push_arrow,
    view_box,
)
from regmath.framing import clip_polyline, focus_view
from regmath.l1 import lasso
from regmath.lp import lp_norm
from regmath.paths import (
    KnotEvent,
    clip_polygon,
    coefficient_range,
    first_segment,
    isotropic_hessian,
    knot_events,
    nearest_knot_share,
    nearest_piece,
    radius_curve,
    ridge_always_zero,
    ridge_is_straight,
    ridge_zero_crossings,
    segment_line,
    shrinkage_paths,
    strength_grid,
)
from scenes.toolkit.motion import sweep
from scenes.toolkit.notation import (
    LOSS_TEX,
    SYMBOLS,
    Phrase,
    decimals_for,
    number,
    numbers,
    point,
    weight,
)
from scenes.toolkit.params import (
    fixed,
    integer,
    number_in,
    point as a_point,
    positive_definite,
    refuse,
)
from scenes.toolkit.readout import Readout, number_format
from scenes.toolkit.reveal import Conceal, Dim, Reveal
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import (
    BALL_COLORS,
    BACKGROUND,
    CAPTION_TOP,
    CENTER_COLOR,
    GRADIENT_COLOR,
    LOSS_COLOR,
    MUTED_COLOR,
    NORMAL_COLOR,
    PANEL_LEFT,
    SOLUTION_COLOR,
    TEXT_COLOR,
    legible,
    make_axes,
    make_plot,
    marker,
    place_clear,
    polyline,
    set_pieces,
    to_scene,
)

__all__ = ["ShrinkagePaths", "PenaltyEqualsConstraint"]

LASSO_COLOR, RIDGE_COLOR = BALL_COLORS["l1"], BALL_COLORS["l2"]
KNOT_COLOR = NORMAL_COLOR  # knots are exact zeros: the palette's yellow, ringed dark
#: Below this, ŵ cannot be drawn with readable tick numbers (and the paths are a point).
MIN_CENTER = 1e-3
#: The λ axis runs to this multiple of λ_max, so the flat lasso past λ_max shows.
LAMBDA_EXTENT = 1.15
#: Two knots (or the first knot and 0) closer than this share of the λ axis cannot be told apart.
MIN_KNOT_SHARE = 0.03
PANEL_FONT = 28
PLOT_X = 3.85
PLOT_SIZE = (5.0, 1.6)
PLOT_Y = (1.45, -1.05)
#: The dashed line of the first piece runs this far past its knot (share of the knot's λ).
LINE_PAST = 0.6
#: PenaltyEqualsConstraint: the pull −∇f(w*) at the rest is this share of t long.
ARROW_SHARE = 0.8
#: PenaltyEqualsConstraint: the rest diamond spans at least this share of the view.
BALL_SHARE = 0.45
#: PenaltyEqualsConstraint: the largest diamond (t = ‖ŵ‖₁) is framed whole when the rest
#: diamond keeps at least this share of that view (else it is clipped at the view).
FULL_BALL_SHARE = 0.25
#: PenaltyEqualsConstraint: g's direction and the normal cone are drawn this share of t
#: long (a direction only; the pull −∇f(w*) = λg is ARROW_SHARE · t).
NORMAL_SHARE = 1.2
#: PenaltyEqualsConstraint: w*'s label glides to a new side at most this fast (scene units/s).
LABEL_SPEED = 8.0
#: Samples of the λ grid for the traces (knots are added exactly).
GRID_SAMPLES = 241


def _check_center(center: np.ndarray) -> None:
    if float(np.max(np.abs(center))) < MIN_CENTER:
        raise refuse("center", (
            f"ŵ = {point(center).text} is too close to 0: every path starts and stays within "
            f"{MIN_CENTER:g} of 0, so nothing can be seen to move; give a weight at least "
            f"{MIN_CENTER:g} in size"))


def _events(loss: Quadratic) -> list[KnotEvent]:
    """The lasso's knot events, or a refusal naming the hessian when regmath cannot trace them."""
    try:
        return knot_events(loss)
    except RuntimeError as error:  # degenerate ties the homotopy cannot resolve
        raise refuse("hessian", f"regmath could not trace the lasso path for this center and "
                     f"hessian ({error}); change either slightly") from None


def _keep_in_frame(mobject: VMobject, margin: float = 0.1) -> VMobject:
    """Shift a label placed beside a point back inside the frame (layout only)."""
    half_w = config.frame_width / 2 - margin
    half_h = config.frame_height / 2 - margin
    low, high = mobject.get_corner(DOWN + LEFT), mobject.get_corner(UP + RIGHT)
    shift = np.zeros(3)
    shift[0] = max(-half_w - low[0], 0.0) - max(high[0] - half_w, 0.0)
    shift[1] = max(CAPTION_TOP + margin - low[1], 0.0) - max(high[1] - half_h, 0.0)
    return mobject.shift(shift)


def _freeze(*mobjects: VMobject) -> list[tuple[VMobject, list[Any]]]:
    """Take the updaters off followers between sweeps (returned for `_thaw`).

    Manim redraws every frame of a hold while any mobject has an updater; the
    followers only move while λ does.
    """
    saved = []
    for mobject in mobjects:
        for member in mobject.get_family():
            if member.updaters:
                saved.append((member, list(member.updaters)))
                member.clear_updaters(recursive=False)
    return saved


def _thaw(saved: list[tuple[VMobject, list[Any]]]) -> None:
    for member, updaters in saved:
        for updater in updaters:
            member.add_updater(updater)


def _weights_phrase(indices: tuple[int, ...]) -> Phrase:
    """"w₁", "w₂" or "both weights"."""
    if len(indices) == 1:
        return weight(indices[0])
    return Phrase("both weights", "both weights")


class ShrinkagePaths(StoryScene):
    """As λ grows, w*(λ) moves from ŵ towards 0: straight pieces for the lasso, a curve for ridge."""

    center: ClassVar[tuple[float, ...]] = (1.0, 1.6)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((1.1, -0.5), (-0.5, 3.9))

    parameters = {"center": a_point(), "hessian": positive_definite()}

    # ------------------------------------------------------------------ data
    def setup(self) -> None:
        super().setup()
        center = self.data["center"]
        _check_center(center)
        self.loss = Quadratic(center=center, hessian=self.data["hessian"])
        self.events = _events(self.loss)
        self.lam_max = self.events[-1].strength
        self.top = LAMBDA_EXTENT * self.lam_max
        share = nearest_knot_share(self.loss, top=self.top)
        if share < MIN_KNOT_SHARE:
            shown = ", ".join(n.text for n in numbers([e.strength for e in self.events]))
            raise refuse("hessian", (
                f"with this center and hessian the lasso's knots are at λ = {shown}: two of "
                f"them (or the first and 0) lie {100 * share:.2g} % of the λ axis apart, too "
                "close to tell apart on a plot that reaches λ_max; use a better-conditioned "
                "hessian or move center"))
        self.path = lasso_path(self.loss)
        grid = strength_grid(self.loss, samples=GRID_SAMPLES, extent=LAMBDA_EXTENT)
        self.paths = shrinkage_paths(self.loss, grid)
        self.strengths = self.paths.strengths
        self.view = view_box([self.paths.lasso, self.paths.ridge, self.loss.center])
        self.plane_group = make_axes(self.view, keep_clear=[self.loss.center],
                                     avoid=[self.paths.lasso, self.paths.ridge])
        self.plane = self.plane_group[0]
        self.axes = self.plane
        scale = float(np.max(np.abs(np.concatenate([self.paths.lasso, self.paths.ridge]))))
        lam_range = axis_range(self.strengths, margin=0.0, target_ticks=5)
        self.plot_groups = []
        for i, y in enumerate(PLOT_Y):
            values = np.concatenate([self.paths.lasso[:, i], self.paths.ridge[:, i]])
            group = make_plot(lam_range, coefficient_range(values, scale=scale),
                              r"\lambda", rf"w_{i + 1}", center=np.array([PLOT_X, y, 0]),
                              size=PLOT_SIZE, label_size=32)
            # The weight's name left of its axis, so the knots' values have the top edge.
            axes, labels = group[0], group[1]
            labels[1].next_to(axes, LEFT, buff=0.12).align_to(axes.c2p(0, 0), DOWN).shift(0.1 * UP)
            self.plot_groups.append(group)
        self.plots: list[Axes] = [group[0] for group in self.plot_groups]
        self.strength = ValueTracker(0.0)
        self.first = first_segment(self.loss)
        knot_values = numbers([e.strength for e in self.events])
        self.knot_text = {id(e): n for e, n in zip(self.events, knot_values)}
        self.crossings = ridge_zero_crossings(self.loss)
        self.ridge_zero = ridge_always_zero(self.loss)
        self.straight_ridge = ridge_is_straight(self.loss)

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("problem")
        self.show_problem()
        self.next_section("first-piece")
        self.run_piece(0)
        self.next_section("straight")
        self.show_straight()
        self.next_section("pieces")
        for k in range(1, len(self.events)):
            self.run_piece(k)
        self.run_past()
        self.next_section("ridge")
        self.show_ridge()
        self.next_section("summary")
        self.show_summary()

    # ----------------------------------------------------------------- beats
    def show_problem(self) -> None:
        self.center_dot = marker(to_scene(self.plane, self.loss.center), CENTER_COLOR, radius=0.07)
        self.center_label = legible(MathTex(r"\hat w", font_size=36, color=CENTER_COLOR))
        place_clear(self.center_label, self.center_dot.get_center(), np.array([1.0, 1.0]),
                    [self.plane_group], minor=[])
        lasso_line = Tex(r"lasso: $\min_w f(w) + \lambda\|w\|_1$", font_size=PANEL_FONT,
                         color=LASSO_COLOR)
        ridge_line = Tex(r"ridge: $\min_w f(w) + \tfrac{\lambda}{2}\|w\|_2^2$",
                         font_size=PANEL_FONT, color=RIDGE_COLOR)
        lasso_line.to_corner(UP + LEFT, buff=0.3).align_to([PANEL_LEFT, 0, 0], LEFT)
        ridge_line.next_to(lasso_line, DOWN, buff=0.15, aligned_edge=LEFT)
        self.formulas = VGroup(lasso_line, ridge_line)
        digits = decimals_for(min(e.strength for e in self.events))
        self.readout = Readout(r"\lambda = " + number_format(self.top, digits), 0.0,
                               font_size=36, exact_zeros=True)
        self.readout.next_to(VGroup(lasso_line, ridge_line), RIGHT, buff=0.45)
        self.readout.add_updater(lambda r: r.set_value(self.strength.get_value()))
        self.build_followers()
        with self.cue("Two weights, {w1} and {w2}{@axes}, and a loss f lowest at {w_hat} = "
                      "{c}{@center}.", c=point(self.loss.center)) as cue:
            cue.play(Create(self.plane_group), until="axes")
            cue.play(Reveal(self.center_dot), Reveal(self.center_label), at="center")
        with self.cue("Add a penalty of strength {lam}: the lasso adds {lam}‖w‖₁{@lasso}, ridge "
                      "adds ({lam}/2)‖w‖₂²{@ridge}.",
                      spoken="Add a penalty of strength lambda: the lasso adds lambda times the "
                      "L1 norm{@lasso}, ridge adds half lambda times the squared L2 norm"
                      "{@ridge}.") as cue:
            cue.play(Reveal(lasso_line), at="lasso")
            cue.play(Reveal(ridge_line), at="ridge")
        with self.cue("Plot each weight against {lam}{@plots}; one cursor marks the current "
                      "{lam} on both plots and in the plane{@cursor}. At {lam} = 0 both "
                      "solutions are {w_hat}.") as cue:
            cue.play(*(Create(group) for group in self.plot_groups), at="plots", until="cursor")
            self.add(*self.followers)
            cue.play(*(Reveal(m) for m in self.followers))
        self.frozen = _freeze(*self.followers)

    def build_followers(self) -> None:
        """Traces, dots and the cursor, all following the one tracker λ."""
        self.traces = VGroup()
        self.dots = VGroup()
        for points, color, exact in ((self.paths.lasso, LASSO_COLOR, self.lasso_at),
                                     (self.paths.ridge, RIDGE_COLOR, self.ridge_at)):
            self.traces.add(self.get_trace(self.plane, points, color, exact, None))
            for i, plot in enumerate(self.plots):
                curve = np.stack([self.strengths, points[:, i]], axis=-1)
                self.traces.add(self.get_trace(plot, curve, color, exact, i))
            plane_dot = marker(to_scene(self.plane, self.loss.center), color, radius=0.08, z_index=4)
            plane_dot.add_updater(lambda d, f=exact: d.move_to(to_scene(self.plane, f())))
            self.dots.add(plane_dot)
            for i, plot in enumerate(self.plots):
                dot = marker(plot.c2p(0.0, self.loss.center[i]), color, radius=0.055, z_index=4)
                dot.add_updater(lambda d, f=exact, i=i, p=plot: d.move_to(
                    to_scene(p, [self.strength.get_value(), f()[i]])))
                self.dots.add(dot)
        self.cursors = VGroup(*(self.get_cursor(plot) for plot in self.plots))
        self.followers = [self.traces, self.cursors, self.dots, self.readout]

    def run_piece(self, k: int) -> None:
        """λ runs from the previous knot to knot k (slowing into it), then the knot is named."""
        event = self.events[k]
        start = 0.0 if k == 0 else self.events[k - 1].strength
        active = self.active_below(k)
        free = tuple(sorted(active))
        lead = "Turn {lam} up{@go}. " if k == 0 else "{lam} grows on{@go}. "
        if len(free) == 2:
            body = "Both lasso weights are nonzero, and they move in a straight line"
        else:
            body = "Only {wj} is nonzero: the lasso slides along the {wj} axis towards 0"
        with self.cue(lead + body + "{@knot}. Ridge moves too.",
                      wj=weight(free[0]) if free else "") as cue:
            cue.wait_until("go")
            _thaw(self.frozen)
            sweep(self, self.strength, event.strength, *self.followers,
                  run_time=max(cue.until("knot"), 2.0), rate_func=rate_functions.ease_out_sine)
            self.frozen = _freeze(*self.followers)
        self.name_knot(event)

    def active_below(self, k: int) -> tuple[int, ...]:
        """The free weights on the piece ending at knot k."""
        if k == 0:
            return self.first[0]
        return self.events[k - 1].active_after

    def name_knot(self, event: KnotEvent) -> None:
        """Flash the knot in the plane and on the plots, and say what happened."""
        value = self.knot_text[id(event)]
        # A yellow ring with a dark outline: it stays visible around the orange dot on it.
        knot_dot = marker(to_scene(self.plane, event.point), KNOT_COLOR, radius=0.14, z_index=5)
        knot_dot.set_fill(opacity=0.0).set_stroke(KNOT_COLOR, width=4)
        knot_dot.set_stroke(BACKGROUND, width=8, background=True)
        lines = VGroup(*(DashedLine(plot.c2p(event.strength, plot.y_range[0]),
                                    plot.c2p(event.strength, plot.y_range[1]),
                                    color=KNOT_COLOR, stroke_width=2, dash_length=0.06)
                         for plot in self.plots))
        label = legible(MathTex(value.tex, font_size=22, color=KNOT_COLOR))
        top = self.plots[0]
        label.next_to(top.c2p(event.strength, top.y_range[1]), UP, buff=0.06)
        for previous in getattr(self, "knot_labels", []):
            if abs(previous.get_center()[0] - label.get_center()[0]) < 0.5 * (
                    previous.width + label.width) + 0.05:
                label.next_to(previous, UP, buff=0.02)
        self.knot_labels = [*getattr(self, "knot_labels", []), label]
        if event.last:
            gone = _weights_phrase(event.leaving)
            if len(event.leaving) == 2:
                words = ("At {lam} = {v}{@knot}, both weights reach exactly 0 together. This is "
                         "{lam_max} = ‖{H}{w_hat}‖∞: from here on every lasso weight is 0.")
            else:
                too = " too" if len(self.events) > 1 else ""
                words = ("At {lam} = {v}{@knot}, {gone} reaches exactly 0" + too + ". This is "
                         "{lam_max} = ‖{H}{w_hat}‖∞: from here on every lasso weight is 0.")
            spoken = words.replace("‖{H}{w_hat}‖∞", "the largest entry of H w-hat in size")
        else:
            gone = _weights_phrase(event.leaving) if event.leaving else None
            back = _weights_phrase(event.joining) if event.joining else None
            parts = []
            if gone is not None:
                parts.append("{gone} reaches exactly 0 and " + ("leave" if len(event.leaving) == 2
                                                               else "leaves"))
            if back is not None:
                parts.append("{back} comes back from 0, with sign {sign}")
            words = "At {lam} = {v}{@knot}, " + " and ".join(parts) + ": the lasso path turns."
            spoken = None
        sign = ""
        if event.joining:
            j = event.joining[0]
            sign = "+" if event.signs_after[event.active_after.index(j)] > 0 else "−"
        line = self.event_line(event, value)
        values: dict[str, Any] = {"v": value, "gone": gone if gone is not None else "",
                                  "back": back if not event.last and back is not None else "",
                                  "sign": Phrase(sign, "plus" if sign == "+" else "minus")}
        with self.cue(words, spoken=spoken, **values) as cue:
            cue.wait_until("knot")
            self.add(knot_dot)
            cue.play(Reveal(knot_dot), *(Create(l) for l in lines), Reveal(label),
                     Flash(knot_dot, color=KNOT_COLOR, flash_radius=0.35),
                     *self.swap_event_line(line), run_time=1.0)
            cue.play(Indicate(label, color=KNOT_COLOR))
        self.knot_marks = [*getattr(self, "knot_marks", []), knot_dot, lines]

    def event_line(self, event: KnotEvent, value: Phrase) -> MathTex:
        """The panel line naming the current knot: "λ = 0.918: w₁ = 0"."""
        parts = [rf"{weight(i).tex} = 0" for i in event.leaving]
        parts += [rf"{weight(i).tex} \ne 0" for i in event.joining]
        tex = rf"\text{{knot }} \lambda = {value.tex}:\ " + r",\ ".join(parts)
        if event.last:
            tex += r"\quad (\lambda_{\max})"
        line = MathTex(tex, font_size=PANEL_FONT, color=KNOT_COLOR)
        line.move_to([0, -2.95, 0]).align_to([PANEL_LEFT, 0, 0], LEFT)
        return line

    def swap_event_line(self, line: MathTex) -> list[Any]:
        old = getattr(self, "current_event_line", None)
        self.current_event_line = line
        return [Reveal(line)] + ([Conceal(old)] if old is not None else [])

    def show_straight(self) -> None:
        active, signs, end = self.first
        order = sorted(range(len(active)), key=lambda i: active[i])
        free = tuple(active[i] for i in order)
        s = tuple(signs[i] for i in order)
        lam = np.array([0.0, (1.0 + LINE_PAST) * end])
        line_points = segment_line(self.loss, active, signs, lam)
        pieces = clip_polyline(line_points, self.view)
        dashed = VGroup(*(DashedVMobject(polyline(self.plane, piece, stroke_color=TEXT_COLOR,
                                                  stroke_width=3), num_dashes=24)
                          for piece in pieces))
        if len(free) == 2:
            sval = point(s)
            tex = r"H(w-\hat w) = -\lambda s\ \Rightarrow\ w(\lambda) = \hat w - \lambda H^{-1}s"
            words = ("Why straight?{@eq} With both weights nonzero, the lasso's optimum balances the "
                     "gradient of f against {lam} times the weights' signs s: {H}(w − {w_hat}) "
                     "= −{lam}s. While s = {sval} holds, w({lam}) = {w_hat} − {lam}{H}⁻¹s, "
                     "a straight line in {lam}{@line}.")
            spoken = ("Why straight?{@eq} With both weights nonzero, the lasso's optimum balances "
                      "the gradient of f against lambda times the weights' signs s. While the "
                      "signs hold, w of lambda is w-hat minus lambda H-inverse s, a straight "
                      "line in lambda{@line}.")
        else:
            j = free[0]
            sval = number(s[0])
            sub = f"{j + 1}{j + 1}"
            tex = rf"H_{{{sub}}}\,w_{j + 1} = (H\hat w)_{j + 1} - \lambda s_{j + 1}"
            words = ("Why straight?{@eq} Only {wj} is free, and the optimum balances the gradient "
                     "of f against {lam} times its sign: H{sub}·{wj} = (H{w_hat}){sj} − "
                     "{lam}·{sval}, linear in {lam}: a straight piece{@line}.")
            spoken = ("Why straight?{@eq} Only {wj} is free, and the optimum balances the "
                      "gradient of f against lambda times its sign: a linear equation in lambda, so a "
                      "straight piece{@line}.")
            sub_text = "₁₁" if j == 0 else "₂₂"
        formula = MathTex(tex, font_size=PANEL_FONT)
        formula.move_to([0, -2.5, 0]).align_to([PANEL_LEFT, 0, 0], LEFT)
        self.straight_formula = formula
        s_name = "s" if len(free) == 2 else f"s_{free[0] + 1}"
        s_label = legible(MathTex(rf"{s_name} = {sval.tex}", font_size=28, color=TEXT_COLOR))
        far = to_scene(self.plane, pieces[-1][-1])
        place_clear(s_label, far, np.array([0.0, -1.0]), [*dashed, self.plane_group,
                                                          *self.traces, self.center_label])
        _keep_in_frame(s_label)
        values: dict[str, Any] = {"sval": sval}
        if len(free) == 1:
            values.update(wj=weight(free[0]), sub=sub_text, sj="₁" if free[0] == 0 else "₂")
        with self.cue(words, spoken=spoken, **values) as cue:
            cue.play(Reveal(formula), at="eq")
            cue.play(Create(dashed), Reveal(s_label), until="line")
        after = self.events[0]
        if after.last:
            past = ("Past the knot{@past} that line would carry the weights beyond 0; the lasso "
                    "stops them at exactly 0 instead.")
        else:
            past = ("Past the knot{@past} the dashed line would flip the sign of {gone}; the "
                    "lasso stops it at exactly 0 instead, s changes, and a new straight piece "
                    "begins." if after.leaving else
                    "At the knot{@past} a weight joins, s changes, and a new straight piece "
                    "begins.")
        with self.cue(past, gone=_weights_phrase(after.leaving) if after.leaving else "") as cue:
            cue.play(Indicate(dashed, color=TEXT_COLOR, scale_factor=1.0), at="past")
        with self.cue("The dashed line has done its job{@fade}; {lam} grows on.") as cue:
            cue.play(Conceal(dashed), Conceal(s_label), Dim(formula), at="fade")
        self.dashed = dashed

    def run_past(self) -> None:
        """λ past λ_max: the lasso stays at exactly 0, ridge does not reach it."""
        with self.cue("Past {lam_max}{@go} the lasso's solution stays exactly 0, while ridge's "
                      "is still not 0{@end}.") as cue:
            cue.wait_until("go")
            _thaw(self.frozen)
            sweep(self, self.strength, float(self.strengths[-1]), *self.followers,
                  run_time=max(cue.until("end"), 1.5), rate_func=smooth)
        for follower in self.followers:
            follower.clear_updaters()
        for member in self.followers:
            for part in member.get_family():
                part.clear_updaters()

    def show_ridge(self) -> None:
        ridge_traces = VGroup(self.traces[3], self.traces[4], self.traces[5])
        tex = r"\text{ridge: } (H+\lambda I)\,w = H\hat w\ \Rightarrow\ w(\lambda) = (H+\lambda I)^{-1}H\hat w"
        formula = MathTex(tex, font_size=PANEL_FONT - 2, color=RIDGE_COLOR)
        formula.move_to([0, -2.5, 0]).align_to([PANEL_LEFT, 0, 0], LEFT)
        if self.straight_ridge:
            shape = ("a straight segment here, because {H} is a multiple of {I}"
                     if isotropic_hessian(self.loss) else
                     "a straight segment here, because {w_hat} lies along an axis of the loss's "
                     "ellipses (H{w_hat} is parallel to {w_hat})")
        else:
            shape = ("a curve here, because {w_hat} does not lie along an axis of the loss's "
                     "ellipses")
        chord = DashedVMobject(polyline(self.plane, np.array([self.loss.center, np.zeros(2)]),
                                        stroke_color=RIDGE_COLOR, stroke_width=2),
                               num_dashes=30)
        with self.cue("Ridge has no knots{@ridge}: it solves (H + {lam}I)w = H{w_hat}, where "
                      "{lam} multiplies w itself, so w({lam}) = (H + {lam}I)⁻¹H{w_hat} is "
                      + shape + "{@shape}; the dashed line is the straight way from {w_hat} to 0.",
                      spoken="Ridge has no knots{@ridge}: it solves H plus lambda I, times w, "
                      "equals H w-hat, where lambda multiplies w itself, so its path is "
                      + shape.replace("{H}", "H").replace("{I}", "I").replace(
                          "{w_hat}", "w-hat").replace("H{w_hat}", "H w-hat")
                      + "{@shape}; the dashed line is the straight way from w-hat to 0.") as cue:
            cue.play(Conceal(self.straight_formula), Reveal(formula), at="ridge")
            cue.play(Create(chord), *(Indicate(m, color=RIDGE_COLOR, scale_factor=1.0)
                                      for m in ridge_traces), at="shape", run_time=2.0)
        self.ridge_formula = formula
        crossing = [(i, c) for i, c in enumerate(self.crossings)
                    if c is not None and c <= float(self.strengths[-1])]
        if crossing:
            i, c = crossing[0]
            plot = self.plots[i]
            spot = marker(plot.c2p(c, 0.0), RIDGE_COLOR, radius=0.07, z_index=5)
            with self.cue("Ridge's {wi} passes through 0 at {lam} = {cv}{@cross} and changes sign: "
                          "it is exactly 0 at that one {lam} only, and ridge's solution is "
                          "never 0.", wi=weight(i), cv=number(c)) as cue:
                cue.play(Reveal(spot), Flash(spot, color=RIDGE_COLOR), at="cross")
            self.crossing_spot = spot
        elif self.ridge_zero:
            with self.cue("Both paths keep {wi} at exactly 0 throughout{@zero}: {wi_hat} = 0 and "
                          "(H{w_hat}){sub} = 0, so nothing ever pulls it off 0.",
                          wi=weight(self.ridge_zero[0]), sub="₁" if self.ridge_zero[0] == 0 else "₂",
                          wi_hat=SYMBOLS[f"w{self.ridge_zero[0] + 1}_hat"]) as cue:
                cue.play(Indicate(self.plot_groups[self.ridge_zero[0]][0], color=TEXT_COLOR,
                                  scale_factor=1.0), at="zero")
        else:
            with self.cue("Its solution nears 0 as {lam} grows{@near}, but no {lam} makes it 0: "
                          "ridge shrinks, it does not select.") as cue:
                cue.play(Indicate(self.dots[3], color=RIDGE_COLOR), at="near")

    def show_summary(self) -> None:
        knots = [e for e in self.events]
        values = ", ".join(self.knot_text[id(e)].text for e in knots)
        tex = (r"\text{lasso knots: } \lambda = " + r",\ ".join(self.knot_text[id(e)].tex
                                                               for e in knots))
        line = MathTex(tex, font_size=PANEL_FONT, color=KNOT_COLOR)
        line.move_to(self.current_event_line).align_to([PANEL_LEFT, 0, 0], LEFT)
        many = len(knots) > 1
        with self.cue("The lasso's path is straight pieces joined at its knots, {lam} = "
                      "{values}{@knots}" + (" — where weights reach exactly 0 or come back" if
                                            any(e.joining for e in knots) else
                                            (", where weights reach exactly 0" if many else
                                             ", where the weights reach exactly 0"))
                      + ". Ridge's weights shrink without ever being switched off together"
                      "{@end}.", values=values) as cue:
            cue.play(Conceal(self.current_event_line), Reveal(line), at="knots")
            cue.play(*(Indicate(m, color=KNOT_COLOR) for m in self.knot_marks[0::2]))
            cue.wait_until(cue.END)
            self.wait(1.0)
        self.summary = line

    # ------------------------------------------------------------- followers
    def lasso_at(self) -> np.ndarray:
        """The exact lasso solution at the current λ (solved on its segment)."""
        return self.path.at(self.strength.get_value())

    def ridge_at(self) -> np.ndarray:
        return ridge_path(self.loss, [self.strength.get_value()])[0]

    def get_trace(self, axes: Axes, points: np.ndarray, color: Any, exact: Any,
                  index: int | None) -> VMobject:
        """The polyline through the grid points up to the current λ, ending at the exact point."""
        curve = VMobject(stroke_color=color, stroke_width=4)
        lam = self.strengths

        def follow(m: VMobject) -> None:
            now = self.strength.get_value()
            count = int(np.searchsorted(lam, now, side="right"))
            tip = exact()
            end = tip if index is None else np.array([now, tip[index]])
            corners = np.concatenate([points[:count], end[np.newaxis, :]])
            if len(corners) < 2:
                corners = np.concatenate([corners, corners])
            m.set_points_as_corners(to_scene(axes, corners))

        follow(curve)
        curve.add_updater(follow)
        return curve

    def get_cursor(self, plot: Axes) -> Line:
        low, high = plot.y_range[0], plot.y_range[1]
        line = Line(plot.c2p(0.0, low), plot.c2p(0.0, high), stroke_width=2, color=TEXT_COLOR,
                    stroke_opacity=0.7)
        line.add_updater(lambda m: m.put_start_and_end_on(
            to_scene(plot, [self.strength.get_value(), low]),
            to_scene(plot, [self.strength.get_value(), high])))
        return line


class PenaltyEqualsConstraint(StoryScene):
    """The penalized solution at λ is the constrained one at t = ‖w*(λ)‖₁, and why."""

    center: ClassVar[tuple[float, ...]] = (1.0, 1.6)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((1.1, -0.5), (-0.5, 3.9))
    norm: ClassVar[str] = "l1"
    #: Where the story rests, as a fraction of λ_max (0 < fraction < 1: a diamond still in view).
    rest_fraction: ClassVar[float] = 0.4
    contour_samples: ClassVar[int] = 129

    parameters = {
        "center": a_point(),
        "hessian": positive_definite(),
        "norm": fixed("l1", "this scene tells the lasso's story, and its t(λ) plot shows "
                      "ridge's radius beside it"),
        "rest_fraction": number_in(0.05, 0.95),
        "contour_samples": integer(33, 1025),
    }

    def setup(self) -> None:
        super().setup()
        center = self.data["center"]
        _check_center(center)
        self.loss = Quadratic(center=center, hessian=self.data["hessian"])
        events = _events(self.loss)
        self.path = lasso_path(self.loss)
        self.lam_max = events[-1].strength
        self.rest = self.data["rest_fraction"] * self.lam_max
        self.full = float(lp_norm(self.loss.center, 1.0))  # t(0) = ‖ŵ‖₁
        self.grid = strength_grid(self.loss, samples=GRID_SAMPLES, extent=1.3)
        self.radii = radius_curve(self.loss, self.grid, norm="l1")
        self.ridge_radii = radius_curve(self.loss, self.grid, norm="l2")
        self.strength = ValueTracker(self.rest)
        self._cache: tuple[float, Solution, Solution] | None = None
        rest_pen, _ = self.solve(self.rest)
        self.rest_pen = rest_pen
        # One arrow scale for the whole sweep (true lengths): the pull at the rest is
        # ARROW_SHARE · t long; the largest, at w* = 0, is in the view too.
        self.scale = ARROW_SHARE * rest_pen.radius / float(np.linalg.norm(rest_pen.gradient))
        self.normal_length = NORMAL_SHARE * rest_pen.radius
        # At a corner of the diamond the outward normals fill a cone (two extreme rays).
        self.corner = rest_pen.normal_cone.shape[0] == 2
        self.knots = [e for e in events if not e.last]  # the kinks of t(λ) below λ_max
        self.knot_values = {id(e): n for e, n in zip(
            self.knots, numbers([e.strength for e in self.knots]))} if self.knots else {}
        essential = [ball_outline("l1", rest_pen.radius), self.loss.center, self.path.points]
        for lam in (self.rest, self.lam_max):
            pen, _ = self.solve(lam)
            arrow = pull_arrow(pen, scale=self.scale)
            back = push_arrow(pen, scale=self.scale)
            essential.append(np.array([arrow.start, arrow.end, back.end]))
        # g's direction and, at a corner, the normal cone at the rest.
        essential.append(np.array([normal_arrow(rest_pen, rest_pen.normal,
                                                length=self.normal_length).end]))
        if self.corner:
            essential.append(normal_cone_wedge(rest_pen, length=self.normal_length))
        # The largest diamond whole (not cut into a hexagon) when the rest diamond stays readable.
        full_ball = ball_outline("l1", self.full)
        whole = view_box([*essential, full_ball])
        self.full_share = 2.0 * rest_pen.radius / max(whole.width, whole.height)
        if self.full_share >= FULL_BALL_SHARE:
            essential.append(full_ball)
        # The swept contours and the largest diamond (t = ‖ŵ‖₁) are clipped at the view.
        context = [level_set(self.loss, float(self.loss.value(np.zeros(2)))),
                   ball_outline("l1", self.full)]
        self.view = focus_view(essential, context, ball_diameter=2.0 * rest_pen.radius,
                               lean_towards=self.loss.center, min_ball_share=BALL_SHARE).box
        self._cache = None
        self.plane_group = make_axes(self.view, keep_clear=[self.loss.center, rest_pen.point],
                                     avoid=[ball_outline("l1", rest_pen.radius),
                                            *clip_polyline(level_set(self.loss, rest_pen.level),
                                                           self.view)])
        self.axes = self.plane_group[0]
        top_t = 1.3 * self.full
        t_range = coefficient_range([0.0, top_t], scale=top_t, target_ticks=5)
        lam_range = axis_range(self.grid, margin=0.0, target_ticks=5)
        self.plot_group = make_plot(lam_range, t_range, r"\lambda", r"t",
                                    center=np.array([3.6, -1.05, 0.0]), size=(5.0, 3.2),
                                    label_size=32)
        self.plot = self.plot_group[0]

    # ------------------------------------------------------------------ solves
    def solve(self, lam: float) -> tuple[Solution, Solution]:
        """The penalized solution at λ and the constrained one at t = ‖w*(λ)‖₁, cached per λ."""
        if self._cache is None or self._cache[0] != lam:
            pen = lasso(self.loss, lam, path=self.path)
            con = constrained(self.loss, norm="l1", radius=pen.radius)
            self._cache = (lam, pen, con)
        return self._cache[1], self._cache[2]

    def current(self) -> tuple[float, Solution, Solution]:
        lam = self.strength.get_value()
        pen, con = self.solve(lam)
        return lam, pen, con

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("penalty")
        self.show_penalty()
        self.next_section("constraint")
        self.show_constraint()
        self.next_section("why")
        self.show_why()
        self.next_section("curve")
        self.show_curve()
        self.next_section("sweep")
        self.sweep_strength()
        self.next_section("ridge")
        self.show_ridge()
        self.next_section("verdict")
        self.show_verdict()

    # ----------------------------------------------------------------- beats
    def show_penalty(self) -> None:
        pen = self.rest_pen
        self.center_dot = marker(to_scene(self.axes, self.loss.center), CENTER_COLOR, radius=0.07)
        self.center_label = legible(MathTex(r"\hat w", font_size=36, color=CENTER_COLOR))
        # ŵ lies on the largest diamond (t = ‖ŵ‖₁): its label keeps clear of that outline.
        full_ball = VMobject()
        set_pieces(full_ball, self.axes, clip_polyline(ball_outline("l1", self.full), self.view))
        place_clear(self.center_label, self.center_dot.get_center(), np.array([1.0, 1.0]),
                    [self.plane_group, full_ball])
        # The arrows at w* exist from here (shown later), so w*'s label keeps clear of them.
        self.pull = self.get_arrow(pull_arrow(pen, scale=self.scale), GRADIENT_COLOR)
        self.push = self.get_arrow(push_arrow(pen, scale=self.scale), NORMAL_COLOR)
        self.ball = VGroup(
            VMobject(stroke_width=0, fill_color=LASSO_COLOR, fill_opacity=0.18),
            VMobject(stroke_color=LASSO_COLOR, stroke_width=4))
        self.follow_ball(self.ball)  # drawn later; w*'s label keeps clear of it already
        lam_slot = number_format(float(self.grid[-1]), decimals_for(self.rest))
        t_slot = number_format(self.full, decimals_for(pen.radius))
        self.penalty_line = Readout(r"\text{{penalty: }} \min_w f(w) + \lambda\|w\|_1,\ \ "
                                    r"\lambda = " + lam_slot, self.rest, font_size=PANEL_FONT,
                                    exact_zeros=True)
        self.constraint_line = Readout(r"\text{{constraint: }} \min_w f(w)\ \text{{s.t.}}\ "
                                       r"\|w\|_1 \le t,\ \ t = " + t_slot, pen.radius,
                                       font_size=PANEL_FONT, exact_zeros=True)
        self.penalty_line.to_corner(UP + LEFT, buff=0.3).align_to([PANEL_LEFT, 0, 0], LEFT)
        self.constraint_line.next_to(self.penalty_line, DOWN, buff=0.2, aligned_edge=LEFT)
        self.penalty_line.add_updater(lambda r: r.set_value(self.current()[0]))
        self.constraint_line.add_updater(lambda r: r.set_value(self.current()[1].radius))
        self.pen_dot = marker(to_scene(self.axes, pen.point), SOLUTION_COLOR, radius=0.09, z_index=4)
        self.pen_dot.add_updater(lambda d: d.move_to(to_scene(self.axes, self.current()[1].point)))
        self.pen_label = legible(MathTex("w^*", font_size=36, color=SOLUTION_COLOR))
        with self.cue("Two weights, {w1} and {w2}{@axes}, and a loss f lowest at {w_hat} = "
                      "{c}{@center}.", c=point(self.loss.center)) as cue:
            cue.play(Create(self.plane_group), until="axes")
            cue.play(Reveal(self.center_dot), Reveal(self.center_label), at="center")
        with self.cue("The penalty form: minimize f(w) + {lam}‖w‖₁{@pen}. With {lam} = {lv}, its "
                      "solution is {w_star} = {ws}{@dot}.", lv=number(self.rest),
                      ws=point(pen.point),
                      spoken="The penalty form: minimize f plus lambda times the L1 norm{@pen}. "
                      "With lambda = {lv}, its solution is w-star = {ws}{@dot}.") as cue:
            cue.play(Reveal(self.penalty_line), at="pen")
            self.add(self.pen_dot)
            self.star_direction = np.array([-1.0, 1.0])
            self.place_star_label(self.pen_label)
            cue.play(Reveal(self.pen_dot), Reveal(self.pen_label), at="dot")
        self.frozen = _freeze(self.pen_dot, self.penalty_line, self.constraint_line)

    def show_constraint(self) -> None:
        _, pen, con = self.current()
        self.ball.add_updater(self.follow_ball)
        self.contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=3, z_index=1)
        # Only the arc through w* of the clipped contour: its other arcs are far parts of the
        # ellipse that would float loose in the view.
        self.contour.add_updater(lambda m: set_pieces(m, self.axes, nearest_piece(clip_polyline(
            level_set(self.loss, self.current()[2].level, samples=self.data["contour_samples"]),
            self.view), self.current()[2].point)))
        ring = marker(to_scene(self.axes, con.point), CENTER_COLOR, radius=0.17, z_index=5)
        ring.set_fill(opacity=0.0).set_stroke(CENTER_COLOR, width=3)
        ring.add_updater(lambda m: m.move_to(to_scene(self.axes, self.current()[2].point)))
        self.ring = ring
        with self.cue("The constraint form: minimize f over the diamond ‖w‖₁ ≤ {t}{@con}. Take "
                      "{t} = ‖{w_star}‖₁ = {tv}{@ball}: its solution, the white ring, is the "
                      "same point{@ring}.", tv=number(pen.radius),
                      spoken="The constraint form: minimize f over the diamond where the L1 norm "
                      "is at most t{@con}. Take t equal to the L1 norm of w-star, {tv}{@ball}: "
                      "its solution, the white ring, is the same point{@ring}.") as cue:
            cue.play(Reveal(self.constraint_line), at="con")
            self.add(self.ball)
            cue.play(Reveal(self.ball[0]), Create(self.ball[1]), at="ball")
            self.add(self.ring)
            cue.play(Reveal(self.ring), at="ring")
        self.frozen += _freeze(self.ball, self.ring)

    def show_why(self) -> None:
        _, pen, _ = self.current()
        self.pull_label = legible(MathTex(r"-\nabla f(w^*)", font_size=28, color=GRADIENT_COLOR))
        self.push_label = legible(MathTex(r"-\lambda g", font_size=28, color=NORMAL_COLOR))
        obstacles = [self.ball, self.pull, self.push, self.pen_label, self.center_label,
                     *self.tick_numbers()]
        place_clear(self.pull_label, self.pull.get_end(), self.direction(self.pull), obstacles,
                    minor=[self.axes])
        place_clear(self.push_label, self.push.get_end(), self.direction(self.push),
                    [*obstacles, self.pull_label], minor=[self.axes])
        self.kkt = MathTex(r"-\nabla f(w^*) = \lambda g,\quad g \in \partial\|w^*\|_1",
                           font_size=PANEL_FONT)
        self.kkt.next_to(self.constraint_line, DOWN, buff=0.2, aligned_edge=LEFT)
        with self.cue("Why the same point? At {w_star} the loss pulls along {neg_grad}{@pull}. "
                      "The penalty pulls back along −{lam}{g}{@push}, with {g} a subgradient of "
                      "‖w‖₁ there. They balance: {neg_grad} = {lam}{g}{@kkt}.",
                      spoken="Why the same point? At w-star the loss pulls along minus the "
                      "gradient{@pull}; the penalty pulls back along minus lambda g{@push}, where "
                      "g is a subgradient of the L1 norm at w-star. They balance: minus the "
                      "gradient equals lambda g{@kkt}.") as cue:
            cue.play(GrowArrow(self.pull), Reveal(self.pull_label), at="pull")
            cue.play(GrowArrow(self.push), Reveal(self.push_label), at="push")
            cue.play(Reveal(self.kkt), at="kkt")
        g_arrow = normal_arrow(pen, pen.normal, length=self.normal_length)
        self.g_arrow = Arrow(to_scene(self.axes, g_arrow.start), to_scene(self.axes, g_arrow.end),
                             buff=0.0, color=NORMAL_COLOR, stroke_width=3,
                             max_tip_length_to_length_ratio=0.15, z_index=1)
        self.g_label = legible(MathTex("g", font_size=30, color=NORMAL_COLOR))
        place_clear(self.g_label, self.g_arrow.get_end(), self.direction(self.g_arrow),
                    [*obstacles, self.pull_label, self.push_label], minor=[self.axes])
        self.cone = VGroup()
        if self.corner:
            self.cone = VMobject(stroke_color=NORMAL_COLOR, stroke_width=2, fill_color=NORMAL_COLOR,
                                 fill_opacity=0.2, z_index=0)
            set_pieces(self.cone, self.axes, [normal_cone_wedge(pen, length=self.normal_length)])
            words = ("That {g} is an outward normal of the diamond at {w_star}{@normal}: at this "
                     "corner, every direction in the yellow wedge is one{@cone}.")
        else:
            words = "That {g} is the outward normal of the diamond's edge at {w_star}{@normal}."
        with self.cue(words) as cue:
            cue.play(GrowArrow(self.g_arrow), Reveal(self.g_label), at="normal")
            if self.corner:
                cue.play(Reveal(self.cone), at="cone")
        with self.cue("So the contour of f through {w_star} touches the diamond there{@touch}: "
                      "{w_star} solves the constrained problem too, and the penalty's {lam} is "
                      "the constraint's multiplier{@mult}.") as cue:
            self.add(self.contour)
            cue.play(Create(self.contour), at="touch")
            self.frozen += _freeze(self.contour)
            cue.play(Indicate(self.kkt, color=TEXT_COLOR), at="mult")

    def show_curve(self) -> None:
        lam_now, pen, _ = self.current()
        self.curve = polyline(self.plot, np.stack([self.grid, self.radii], axis=-1),
                              stroke_color=LASSO_COLOR, stroke_width=4)
        self.marker = marker(self.plot.c2p(lam_now, pen.radius), SOLUTION_COLOR, radius=0.08,
                             z_index=4)
        self.marker.add_updater(lambda m: m.move_to(self.plot.c2p(self.current()[0],
                                                                  self.current()[1].radius)))
        self.curve_label = legible(MathTex(r"t(\lambda) = \|w^*(\lambda)\|_1", font_size=26,
                                           color=LASSO_COLOR))
        self.curve_label.next_to(self.plot.c2p(0.45 * self.lam_max, 0.9 * self.full), UR,
                                 buff=0.05)
        place_clear(self.curve_label, self.plot.c2p(0.3 * self.lam_max, self.radii[0]),
                    np.array([1.0, 0.6]), [self.curve, self.plot_group])
        with self.cue("Each {lam} gives one radius, t({lam}) = ‖{w_star}({lam})‖₁{@curve}: the "
                      "lasso's curve. The red marker is our {lam} = {lv} and {t} = {tv}{@here}.",
                      lv=number(lam_now), tv=number(pen.radius),
                      spoken="Each lambda gives one radius, t of lambda, the L1 norm of w-star"
                      "{@curve}: the lasso's curve. The red marker is our lambda = {lv} and t = "
                      "{tv}{@here}.") as cue:
            cue.play(Create(self.plot_group), at="curve")
            cue.play(Create(self.curve), Reveal(self.curve_label))
            self.add(self.marker)
            cue.play(Reveal(self.marker), Flash(self.marker, color=SOLUTION_COLOR), at="here")
        self.frozen += _freeze(self.marker)

    def sweep_strength(self) -> None:
        _thaw(self.frozen)
        self.pull.add_updater(lambda m: self.follow_arrow(m, pull=True))
        self.push.add_updater(lambda m: self.follow_arrow(m, pull=False))
        pull_offset = self.pull_label.get_center() - self.pull.get_end()
        push_offset = self.push_label.get_center() - self.push.get_end()
        self.pull_label.add_updater(lambda m: self.follow_label(m, self.pull, pull_offset))
        self.push_label.add_updater(lambda m: self.follow_label(m, self.push, push_offset))
        # w*'s label is placed afresh each frame, clear of the diamond and the turning arrows.
        self.star_offset = self.pen_label.get_center() - self.pen_dot.get_center()
        self.pen_label.add_updater(self.follow_star_label)
        # Drawing order during a sweep is this list's: the dot, its ring and label go last so
        # the arrows' bases and the diamond never cover them.
        followers = [self.ball, self.contour, self.pull, self.push, self.pull_label,
                     self.push_label, self.ring, self.pen_dot, self.pen_label, self.penalty_line,
                     self.constraint_line, self.marker]
        lam_max = number(self.lam_max)
        self.knot_spots = VGroup()
        flat = Line(self.plot.c2p(self.lam_max, 0.0), self.plot.c2p(float(self.grid[-1]), 0.0),
                    color=NORMAL_COLOR, stroke_width=8)
        flat_label = legible(MathTex(r"t = 0", font_size=26, color=NORMAL_COLOR))
        flat_label.next_to(flat, UP, buff=0.12)
        max_mark = legible(MathTex(r"\lambda_{\max} = " + lam_max.tex, font_size=24,
                                   color=NORMAL_COLOR))
        max_mark.next_to(self.plot.c2p(self.lam_max, 0.0), UP, buff=0.5)
        place_clear(max_mark, self.plot.c2p(self.lam_max, 0.0), np.array([0.0, 1.0]),
                    [self.curve, flat, flat_label, self.plot_group], buff=0.3)
        tall = Line(self.plot.c2p(0.0, self.full), self.plot.c2p(0.0, self.plot.y_range[1]),
                    color=NORMAL_COLOR, stroke_width=8)
        top_label = legible(MathTex(r"t(0) = \|\hat w\|_1 = " + number(self.full).tex,
                                    font_size=24, color=NORMAL_COLOR))
        top_label.next_to(self.plot.c2p(0.0, self.full), RIGHT, buff=0.25)
        place_clear(top_label, self.plot.c2p(0.0, self.full), np.array([1.0, 0.0]),
                    [self.curve, tall, self.plot_group, self.curve_label], buff=0.2)
        tall_label = legible(MathTex(r"\lambda = 0", font_size=24, color=NORMAL_COLOR))
        place_clear(tall_label, tall.get_center(), np.array([1.0, 0.0]),
                    [self.curve, tall, top_label, self.curve_label], buff=0.12)
        with self.cue("Turn {lam} up{@up}: the diamond shrinks with {t}, and the penalized and "
                      "the constrained solutions stay one point{@max}.") as cue:
            # g's direction and the cone belong to the rest's w*: they go as λ starts to move.
            cue.play(Conceal(self.g_arrow), Conceal(self.g_label), Conceal(self.cone), at="up",
                     run_time=0.5)
            sweep(self, self.strength, self.lam_max, *followers, run_time=cue.until("max"),
                  rate_func=smooth)
        with self.cue("At {lam_max} = ‖{H}{w_hat}‖∞ = {lm}{@max} the diamond is a point: {t} = 0 "
                      "and {w_star} = 0. Every larger {lam} gives {t} = 0 too{@flat}: the "
                      "curve's flat part.", lm=lam_max,
                      spoken="At lambda-max, the largest entry of H w-hat in size, {lm}{@max}, "
                      "the diamond is a point: t = 0 and w-star = 0. Every larger lambda gives "
                      "t = 0 too{@flat}: the curve's flat part.") as cue:
            cue.play(Flash(self.pen_dot, color=NORMAL_COLOR), Reveal(max_mark), at="max")
            sweep(self, self.strength, float(self.grid[-1]), *followers,
                  run_time=cue.until("flat"), rate_func=smooth)
            cue.play(Create(flat), Reveal(flat_label))
        for k, knot in enumerate(reversed(self.knots)):
            self.name_knot(knot, followers, first=k == 0)
        with self.cue(("On down to 0{@down}:" if self.knots else "Turn {lam} down to 0{@down}:")
                      + " {t} grows to ‖{w_hat}‖₁ = {full}, where the "
                      "diamond reaches {w_hat} and {w_star} = {w_hat}{@top}. Every {t} ≥ "
                      "‖{w_hat}‖₁ gives {lam} = 0{@tall}.", full=number(self.full),
                      spoken=("On down to 0{@down}:" if self.knots else
                              "Turn lambda down to 0{@down}:") + " t grows to the L1 norm of w-hat, "
                      "{full}, where the diamond reaches w-hat and w-star = w-hat{@top}. Every "
                      "larger t gives lambda = 0{@tall}.") as cue:
            sweep(self, self.strength, 0.0, *followers, run_time=cue.until("top"),
                  rate_func=smooth)
            cue.play(Reveal(top_label), Flash(self.center_dot, color=NORMAL_COLOR))
            cue.play(Create(tall), Reveal(tall_label), at="tall")
        with self.cue("Back to {lam} = {lv}{@back}. For 0 < {lam} < {lam_max}, each {lam} gives "
                      "one {t} and one solution{@one}.", lv=number(self.rest),
                      spoken="Back to lambda = {lv}{@back}. Between 0 and lambda-max, each "
                      "lambda gives one t and one solution{@one}.") as cue:
            sweep(self, self.strength, self.rest, *followers, run_time=cue.until("one"),
                  rate_func=smooth)
            cue.play(Flash(self.marker, color=SOLUTION_COLOR), Indicate(self.curve_label,
                                                                        color=LASSO_COLOR))
        for follower in followers:
            follower.clear_updaters()
        self.marks = VGroup(flat, flat_label, max_mark, tall, tall_label, top_label,
                            *self.knot_spots)

    def show_ridge(self) -> None:
        ridge = polyline(self.plot, np.stack([self.grid, self.ridge_radii], axis=-1),
                         stroke_color=RIDGE_COLOR, stroke_width=4)
        label = legible(MathTex(r"\text{ridge: } \|w^*(\lambda)\|_2", font_size=26,
                                color=RIDGE_COLOR))
        k = int(0.55 * (len(self.grid) - 1))
        anchor = self.plot.c2p(float(self.grid[k]), float(self.ridge_radii[k]))
        place_clear(label, anchor, np.array([0.3, 1.0]), [ridge, self.curve, *self.marks,
                                                         self.plot_group, self.curve_label])
        with self.cue("Ridge's radius, ‖{w_star}({lam})‖₂ in green{@ridge}, falls too but never "
                      "reaches 0: no finite {lam} switches every ridge weight off{@never}.",
                      spoken="Ridge's radius, the L2 norm of w-star, in green{@ridge}, falls too "
                      "but never reaches 0: no finite lambda switches every ridge weight off"
                      "{@never}.") as cue:
            cue.play(Create(ridge), Reveal(label), at="ridge", until="never")
        self.ridge_curve = ridge

    def show_verdict(self) -> None:
        _, pen, _ = self.current()
        lv, tv = number(self.rest), number(pen.radius)
        line = MathTex(rf"\lambda = {lv.tex}\ \Leftrightarrow\ t = {tv.tex}", font_size=32)
        line.next_to(self.kkt, DOWN, buff=0.2, aligned_edge=LEFT)
        with self.cue("{lam} = {lv} and {t} = {tv} ask for the same weights{@pair}: the penalty "
                      "and the constraint are two ways to say one thing.", lv=lv, tv=tv) as cue:
            cue.play(Reveal(line), Indicate(self.marker, color=SOLUTION_COLOR), at="pair")
            cue.wait_until(cue.END)
            self.wait(1.0)
        self.verdict = line

    def name_knot(self, knot: KnotEvent, followers: list[VMobject], *, first: bool) -> None:
        """Sweep λ down to a knot below λ_max and name it: a weight reaches or leaves 0 there."""
        kv = self.knot_values[id(knot)]
        moved = knot.leaving or knot.joining
        who = _weights_phrase(moved)
        verb = "are" if len(moved) > 1 else "is"
        if knot.leaving:
            corner = ", so {w_star} is on a corner of the diamond" if len(knot.active_after) == 1 else ""
            sides = "just above it, {who} " + verb + " exactly 0" + corner + "; just below it, not."
        else:
            sides = "just below it, {who} " + verb + " exactly 0; just above it, not."
        # The sweep runs across the first sentence; the knot is named as λ reaches it.
        lead = ("Turn {lam} down: {t} grows, and the diamond with it{@knot}. " if first else
                "Further down, {t} keeps growing{@knot}. ")
        words = lead + "At {lam} = {kv}, {t}({lam}) has a knot: " + sides
        spot = marker(self.plot.c2p(knot.strength, float(lp_norm(knot.point, 1.0))), KNOT_COLOR,
                      radius=0.06, z_index=3)
        with self.cue(words, kv=kv, who=who) as cue:
            sweep(self, self.strength, knot.strength, *followers, run_time=cue.until("knot"),
                  rate_func=smooth)
            cue.play(Reveal(spot), Flash(self.pen_dot, color=KNOT_COLOR),
                     Flash(spot, color=KNOT_COLOR), Indicate(self.pen_label, color=KNOT_COLOR))
        self.knot_spots.add(spot)

    def follow_star_label(self, label: VMobject, dt: float) -> None:
        """`place_star_label`, its offset from the dot changing at most LABEL_SPEED per second
        (it glides to a new side instead of jumping)."""
        dot = self.pen_dot.get_center()
        before = self.star_offset
        self.place_star_label(label)
        change = (label.get_center() - dot) - before
        room = LABEL_SPEED * dt
        size = float(np.linalg.norm(change))
        if dt > 0.0 and size > room:
            label.move_to(dot + before + change * (room / size))
        self.star_offset = label.get_center() - dot

    def place_star_label(self, label: VMobject) -> None:
        """w*'s label beside its dot, clear of the diamond, the arrows and ŵ's label.

        Tries the side it had last first, so it only moves when something covers it.
        """
        obstacles = [self.ball, self.pull, self.push, self.center_label]
        if self.pull in self.mobjects:
            obstacles += [self.pull_label, self.push_label]
        # buff: clear of the ring (radius 0.17) that marks the constrained solution.
        place_clear(label, self.pen_dot.get_center(), self.star_direction, obstacles,
                    minor=[self.axes], buff=0.2)
        offset = (label.get_center() - self.pen_dot.get_center())[:2]
        self.star_direction = offset / max(float(np.linalg.norm(offset)), 1e-12)

    # ------------------------------------------------------------- followers
    def follow_arrow(self, mobject: Arrow, *, pull: bool) -> None:
        _, pen, _ = self.current()
        arrow = (pull_arrow if pull else push_arrow)(pen, scale=self.scale)
        start, end = to_scene(self.axes, arrow.start), to_scene(self.axes, arrow.end)
        if np.linalg.norm(end - start) < 0.05:  # λ near 0: nothing pulls
            mobject.set_opacity(0.0)
            return
        mobject.become(Arrow(start, end, buff=0.0, color=GRADIENT_COLOR if pull else NORMAL_COLOR,
                             stroke_width=6, max_tip_length_to_length_ratio=0.25, z_index=2))

    def follow_ball(self, ball: VGroup) -> None:
        """The diamond ‖w‖₁ ≤ t(λ), fill and outline clipped at the view."""
        outline = ball_outline("l1", self.current()[1].radius)
        fill = clip_polygon(outline, self.view)
        set_pieces(ball[0], self.axes, [fill] if len(fill) >= 3 else [])
        set_pieces(ball[1], self.axes, clip_polyline(outline, self.view))

    def follow_label(self, mobject: VMobject, arrow: Arrow, offset: np.ndarray) -> None:
        mobject.move_to(arrow.get_end() + offset)
        shown = arrow.get_stroke_opacity() > 0.0
        mobject.set_opacity(1.0 if shown else 0.0)

    def get_arrow(self, arrow: Any, color: Any) -> Arrow:
        return Arrow(to_scene(self.axes, arrow.start), to_scene(self.axes, arrow.end), buff=0.0,
                     color=color, stroke_width=6, max_tip_length_to_length_ratio=0.25, z_index=2)

    def tick_numbers(self) -> list[VMobject]:
        return [*self.axes.x_axis.numbers, *self.axes.y_axis.numbers]

    @staticmethod
    def direction(arrow: Arrow) -> np.ndarray:
        d = (arrow.get_end() - arrow.get_start())[:2]
        return d / max(float(np.linalg.norm(d)), 1e-12)
