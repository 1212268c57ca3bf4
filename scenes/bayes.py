"""Priors as penalties: a Laplace prior gives the lasso, a Gaussian prior gives ridge.

    manim render -pql scenes/bayes.py PriorsAsPenalties

The problem is class attributes; a variant is a subclass that overrides them:

    class MyCase(PriorsAsPenalties):
        noise_variance = 0.5
        prior_scale = 0.5

Storyboard, one section per beat:

* question: where does the lasso's λ|w| come from? (the axes come in under it).
  One weight w: the loss ½·Σ residuals² = ½h(w − ŵ)² + const written (the scale
  λ = σ²/b depends on), ŵ the unpenalized fit marked; the likelihood ∝ e^(−loss/σ²) =
  N(w; ŵ, σ²/h).
* priors: the Laplace prior e^(−|w|/b)/(2b) with its kink at 0 named; the Gaussian
  N(w; 0, τ²), smooth at 0, on a second plot; both give the same λ (its value only:
  λ = σ²/b = σ²/τ² is shown where the log view derives it, and F_L, F_R named the lasso
  and ridge there).
* posterior: likelihood × prior, normalized (`regmath.bayes.Posterior1D.density`); its
  mode (the MAP) a dot, its mean a tick, both read out.
* sticky: the plots zoom in (the window's ends move and every curve is redrawn on each
  frame's window: true posteriors throughout) and then ŵ slides towards 0
  (each frame a new `posterior_1d`): the Laplace mode reaches exactly 0 at |hŵ| = λ
  (slowed, flashed, named) and stays there, the band of ŵ ∈ [−λ/h, λ/h] with a zero
  mode written in the panel as it is said, and the
  formulas w*_L = sign(ŵ)(|ŵ| − λ/h) for |hŵ| > λ, then w*_L = 0 for ŵ in the band,
  on screen as they are said (the band named again in the log view); the
  mean keeps moving while that is said; the Gaussian mode w*_R = hŵ/(h + λ) only shrinks.
* log view: −σ² log posterior = F(w) + const written, the density plots zoom to F's
  window, then on that one w axis each posterior becomes σ² log p (`log_density_curve`:
  the same mode, still a peak, its dot still) and flips into its F (each sample moves
  straight up or down, the mode's dot rides down to F's bottom, the w axis rises to F's 0;
  titles and ŵ's labels stay), f = ½h(w − ŵ)² drawn
  dashed, each prior's term drawn alone as it is named (`penalty_curve`: the V λ|w|, the
  parabola λw²/2) and grown onto f until it is the lasso's F_L and ridge's
  F_R (`objective_curve`); ŵ slides again, out past the edge, with F, its minimizer and
  its one-sided tangents at 0 (`objective_tangents`, slopes −hŵ ∓ λ read out) redrawn
  each frame: the minimizer sits at the kink while the slopes have opposite signs;
  ŵ slows into the edge, holds there (the near slope 0 circled, its white tangent labelled
  "slope 0", |hŵ| = h·|ŵ| = λ written with the data's numbers) and eases
  out: the minimizer leaves 0 exactly when |hŵ| passes λ; ridge's slide back goes near
  0 (0.4·λ/h: w*_R visibly off 0), its minimizer never at 0 (w*_R read out live, "≠ 0").
* two weights: f's bowl, its ellipses round ŵ (`posterior_level_set` with λ = 0), carried
  onto the 2-D posterior's level sets (`posterior_level_set`: arcs with kinks on
  the axes for Laplace, ellipses for Gaussian); the Laplace MAP is the lasso solution
  with one weight exactly 0 (an inset draws F_L along that weight through the MAP,
  `weight_slice`, named by the other weight's value: the 1-D kink with slopes of
  opposite signs, ∂f/∂w_j ∓ λ at its tangents, the test |∂f/∂w_j| < λ beside it), the
  Gaussian MAP (ridge's) has none.
* card: λ = σ²/b and λ = σ²/τ², and the assumptions.

Every coordinate comes from `regmath.bayes` (curves, modes, means, level sets, levels)
and `regmath.drawing` (views, ranges); every claim is chosen by facts computed in
``setup()``, and data whose story cannot be told are refused there, naming the attribute.

The one-weight story has its own data, ``weight_center`` (ŵ) and ``weight_curvature``
(h, the loss's curvature in w), so a lecturer can move the 1-D sweep without changing
the 2-D picture; both stories share ``noise_variance`` σ² and ``prior_scale`` b, so
λ = σ²/b is the same number throughout.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Axes,
    Circumscribe,
    config,
    Create,
    Flash,
    Line,
    MathTex,
    Transform,
    ValueTracker,
    VGroup,
    VMobject,
    rate_functions,
)

from regmath import Quadratic
from regmath.bayes import (
    density_curve,
    density_top,
    density_window,
    gaussian_variance,
    lasso_strength,
    log_density_curve,
    map_estimate,
    objective_curve,
    objective_slopes,
    objective_sweep,
    objective_sweep_window,
    objective_tangents,
    penalty_curve,
    posterior_1d,
    posterior_level_set,
    posterior_levels,
    sticky_edge,
    sticky_threshold,
    sweep_stop,
    weight_slice,
)
from regmath.drawing import ViewBox, axis_range, view_box
from regmath.framing import clip_polyline
from scenes.toolkit.emphasis import Indicate
from scenes.toolkit.motion import sweep
from scenes.toolkit.notation import decimals_for, number, numbers, point, weight
from scenes.toolkit.params import (
    changed_first,
    number_in,
    point as a_point,
    positive,
    positive_definite,
    refuse,
)
from scenes.toolkit.readout import Readout, number_format
from scenes.toolkit.reveal import Conceal, Dim, Reveal, Undim
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import (
    BACKGROUND,
    BALL_COLORS,
    CAPTION_TOP,
    CENTER_COLOR,
    LOSS_COLOR,
    NORMAL_COLOR,
    PANEL_LEFT,
    SOLUTION_COLOR,
    TEXT_COLOR,
    dashed,
    decimals,
    legible,
    make_axes,
    make_plot,
    marker,
    place_clear,
    polyline,
    set_pieces,
    to_scene,
)

__all__ = ["PriorsAsPenalties"]

LASSO_COLOR, RIDGE_COLOR = BALL_COLORS["l1"], BALL_COLORS["l2"]
PRIORS = ("laplace", "gaussian")
COLORS = {"laplace": LASSO_COLOR, "gaussian": RIDGE_COLOR}
#: Ridge's text lighter than its curves (r59: the green text, 5:1 on black, was the weakest
#: at 480p beside the orange at 10:1); the lift of scenes/paths.py's RIDGE_TEXT, about 9:1.
RIDGE_TEXT = RIDGE_COLOR.interpolate(TEXT_COLOR, 0.35)
TEXT_COLORS = {"laplace": LASSO_COLOR, "gaussian": RIDGE_TEXT}
#: The parameters' strip at the panel's foot (at PANEL_FONT it filled the panel's width and
#: touched the lower plot's "w").
PARAMS_FONT = 34
#: The 2-D plane's tick numbers (r67: make_axes's 26 was too small at 480p).
AXIS_NUMBER_FONT = 34
#: ŵ's ring on F's plots: its stroke width.
HAT_RING_WIDTH = 3.5
#: The priors' panel lines start this far right of PANEL_LEFT, clear of the plots' "w".
PRIOR_INDENT = 0.5
#: The priors' dashed curves, dimmed behind the posteriors (r59: at DIM_FACTOR near
#: invisible; below tests/layout.py's STROKE_ALPHA, a faint guide ŵ's label may cross).
PRIOR_DIM = 0.45
#: The two 1-D plots, Laplace above Gaussian, left of the panel.
PLOT_CENTERS = {"laplace": np.array([-3.4, 1.85, 0.0]),
                "gaussian": np.array([-3.4, -1.5, 0.0])}
PLOT_SIZE = (6.8, 2.6)
#: The leftmost axis number's gap from the frame's left edge, in scene units: 5 % of the
#: frame's width, 64 px at 720p (a "−1.0" at the w axis's start reached the edge, and r62
#: asked for a 5 % margin all round).
LEFT_ROOM = 0.05 * config.frame_width
#: The panel's right end: 5 % of the frame's width (64 px at 720p) from its edge (r62: the
#: band's key and the 2-D lines ended 27 px from it; style.PANEL_RIGHT leaves 0.3).
PANEL_RIGHT = config.frame_width / 2 - 0.05 * config.frame_width
#: The axes' numbers (make_plot's are smaller).
TICK_FONT = 30
#: The 1-D window shows each likelihood out to this many standard deviations σ/√h (its
#: tails beyond are near 0; a wider window squeezed the bell and the kink).
REACH = 2.5
#: The loss's plot (the question's lower plot) is as high as the loss this many σ/√h from ŵ.
LOSS_REACH = 3.0
#: The loss's curve is cut at this share of its axis's top (its number and name are there).
LOSS_CLIP = 0.8
#: The sweep of ŵ stops this share of the way from 0 to λ/h (inside the sticky zone).
STOP_SHARE = 0.5
#: The slide's zoom: the density plots show the sticky edge and the stop out to this many
#: σ/√h (and the start's ŵ, modes and means), so the Gaussian mode's gap from 0 shows.
ZOOM_REACH = 1.5
#: The zoom's length in seconds: slow enough to see the window narrow.
ZOOM_SECONDS = 2.0
#: The zoomed window reaches this many σ/√h past ŵ, so ŵ's dot and label stay clear of
#: the axis's end and its "w".
ZOOM_HAT_REACH = 0.3
#: The flip from posterior to F lasts at least this long: slow enough to follow each point.
FLIP_SECONDS = 2.5
#: The lasso's level sets, dashed behind ridge's (r51: 0.3 read as barely there; r53: at
#: 0.45 they competed with ridge's solid ellipses).
SET_DIM_OPACITY = 0.32
#: Each prior's term grows onto f for at least this long.
PENALTY_SECONDS = 2.0
#: A w number or tick leaving the zooming window fades out over this many scene units past
#: the axis's end (gone before the leftmost number's edge reaches the frame's, LEFT_ROOM).
RIDER_FADE = 0.12
#: The first sweep's second leg ends this share of λ/h from 0: the mean is named moving.
MID_SHARE = 0.75
#: The slide inside the band pauses at this share of λ/h while the band is drawn, as it is named.
BAND_SHARE = 0.9
#: The log view's slide of ŵ: from the stop out past the sticky edge, as shares of λ/h.
F_SHARES = (STOP_SHARE, 1.5)
#: Ridge's slide back ends this share of λ/h from 0 (r45: back to the stop, its bottom
#: stayed far from 0 and "never stops at 0" was only told; r50: at 0.1 its bottom, 0.8 of
#: that, sat 10 px from the origin and read as 0): its bottom hŵ/(h + λ) stays clearly off 0.
RIDGE_BACK_SHARE = 0.4
#: F's window reaches this many λ/h beyond each ŵ of that slide, so the V fills the plot.
F_REACH = 1.5
#: F's one-sided tangents at 0, half-rays, reach this many λ/h to their side; F's plot is
#: as high as they are.
TANGENT_REACH = 0.6
#: The opening question's size and place on the first frame (a thumbnail must show it:
#: at its panel size it covered too little of the frame, tests/test_lecture.py).
QUESTION_SCALE = 1.8
#: F's tangents at 0 are drawn this many λ/h long (cut at the plot's edge; r50: at
#: TANGENT_REACH the flat one was a short stub on the curve).
TANGENT_DRAWN = 1.2
QUESTION_SPOT = 0.5 * UP

#: The density plots' titles sit this far below the plot's top corner (clear of the top
#: number on the density axis when the zoom brings that axis near the corner).
TITLE_DROP = 0.15
#: The 2-D plane's axes are drawn at this depth: over the level sets, under the markers.
AXES_OVER_SETS = 3
#: The setup line (h and λ) sits this far above the caption strip, at the panel's foot.
PARAMS_RISE = 0.35
#: Half the width of a 2-D kink's ×.
KINK_ARM = 0.07
#: F's tangents at 0 (and the slopes' readout): white over the orange and green curves.
TANGENT_COLOR = TEXT_COLOR
#: The posterior mean's tick: a colour of its own, far from the likelihood's light blue
#: (the dot, the mode, is the MAP's red; yellow is not used on the density plots else).
MEAN_COLOR = NORMAL_COLOR
#: Levels of the 2-D posterior, as shares of the way from the MAP up to the origin's level:
#: all below it (r59: the outer set, through the origin, lay along the w₂ axis from 0 up and
#: hid the axis and its tick).
LEVEL_SHARES = (0.1, 0.35, 0.6)
#: f's own level sets (the bowl), as shares of the way from ŵ (f = 0) up to f(0): about as
#: large as F_L's level sets they turn into (at LEVEL_SHARES they were twice as large and
#: widened the view).
BOWL_SHARES = (0.03, 0.12, 0.25)
#: f's ellipses bend into F_L's level sets over at least this long.
MORPH_SECONDS = 2.5
#: ŵ's label's gap from its point on the axis (clear of the dot, the axis's ticks and the
#: priors' tails, which struck it at 0.14).
HAT_BUFF = 0.24
#: The mean tick's height in scene units (a mark, not data): tall enough to tell it from
#: the mode's dot when the two are close.
TICK = 0.5
PANEL_FONT = 32
#: The closing card rests this long after its words (r62: it held 2.4 s after its last
#: line; a lecturer needs time to read or pause on it).
CARD_SETTLE = 2.0
READ_FONT = 32
CURVE_SAMPLES = 241


def FIRST_PART(t: float) -> float:
    """A fade over the first 40 % of its animation (then done): a label leaving a spot."""
    return rate_functions.smooth(min(1.0, t / 0.4))


def LAST_PART(t: float) -> float:
    """A fade over the last 40 % of its animation: a label coming where another has left."""
    return rate_functions.smooth(max(0.0, (t - 0.6) / 0.4))
#: The 2-D beat's slice of F_L along the zero weight: its plot's size in the panel.
INSET_SIZE = (4.2, 1.95)
#: The slice's one-sided tangents reach this many λ/h from the kink (r59: at TANGENT_REACH
#: the right one was a 25 px stub under the curve).
INSET_TANGENT = 1.0
#: The slice's window: 0, its bottom and its ŵ ± this many λ/h (the V, not the bowl's walls).
INSET_REACH = 1.0


def enlarge_w_numbers(axes: Any, x_range: Sequence[float]) -> None:
    """The w axis's numbers again at TICK_FONT (make_plot's are too small to read at 480p)."""
    values = [float(n.get_value()) for n in axes.x_axis.numbers]
    axes.x_axis.remove(axes.x_axis.numbers)
    axes.x_axis.add_numbers(values, font_size=TICK_FONT, num_decimal_places=decimals(x_range[2]))
    for num in axes.x_axis.numbers:
        legible(num)


def ridge_values(post) -> tuple[float, float]:
    """Ridge's readout: F_R'(0) and its minimizer w*_R, both regmath's."""
    return objective_slopes(post)[0], post.mode


def _tex(template: str, *, color: Any = TEXT_COLOR, font_size: float = PANEL_FONT,
         indent: float = 0.0) -> MathTex:
    """A panel line, narrowed to fit the panel (from PANEL_LEFT + indent)."""
    line = MathTex(template, font_size=font_size, color=color)
    if line.width > PANEL_RIGHT - PANEL_LEFT - indent:
        line.scale_to_fit_width(PANEL_RIGHT - PANEL_LEFT - indent)
    return line


class PriorsAsPenalties(StoryScene):
    """The lasso is the MAP under a Laplace prior; the kink at 0 holds its mode at 0."""

    # Defaults chosen with regmath: σ² = 1.5 and b = 0.5 give λ = σ²/b = 3 (and τ² = σ²/λ =
    # 0.5): σ², b and λ are distinct numbers, so λ = σ²/b = σ²/τ² can be checked on screen.
    # One weight: h = 12, ŵ = 1, so the likelihood is N(1, 0.125) (the r48 picture scaled by
    # ½ in w: ŵ = 2b, σ²/h = b²/2); the Laplace mode is S_{λ/h}(ŵ) = 0.75, the Gaussian mode
    # hŵ/(h + λ) = 0.8 (the priors differ from the start); ŵ slides to 0.125 (half of
    # λ/h = 0.25): the Laplace mode is exactly 0 from ŵ = 0.25 on.
    # Two weights: ŵ = (2, 0.5) with 3 × SoftThresholding's H (F = 3 × its F at λ = 1, the
    # r48 picture): the lasso MAP is (1.65, 0), one exact zero; ridge's (1.344, 0.447) none.
    center: ClassVar[tuple[float, ...]] = (2.0, 0.5)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((6.0, 1.8), (1.8, 3.0))
    noise_variance: ClassVar[float] = 1.5
    prior_scale: ClassVar[float] = 0.5
    weight_center: ClassVar[float] = 1.0
    weight_curvature: ClassVar[float] = 12.0

    parameters = {"center": a_point(), "hessian": positive_definite(),
                  "noise_variance": positive(), "prior_scale": positive(),
                  "weight_center": number_in(-1e6, 1e6), "weight_curvature": positive()}

    # ------------------------------------------------------------------ data
    def setup(self) -> None:
        super().setup()
        data = self.data
        self.sigma2, self.b = data["noise_variance"], data["prior_scale"]
        self.lam = lasso_strength(noise_variance=self.sigma2, prior_scale=self.b)
        self.tau2 = gaussian_variance(self.lam, noise_variance=self.sigma2)
        self.setup_one_weight(data["weight_center"], data["weight_curvature"])
        self.setup_two_weights(data["center"], data["hessian"])

    def setup_one_weight(self, w_hat: float, h: float) -> None:
        blamed = changed_first(self, "weight_center", "weight_curvature", "prior_scale",
                               "noise_variance")
        if w_hat == 0.0:
            raise refuse("weight_center", "is 0: every mode and mean is 0 from the start, and "
                                          "there is no sweep towards 0 to show; make it nonzero")
        self.h, self.w_hat = h, w_hat
        self.threshold = sticky_threshold(h, self.lam)
        if not abs(w_hat) > self.threshold:
            raise refuse(blamed, f"puts ŵ = {w_hat:g} inside the sticky zone |ŵ| ≤ λ/h = "
                                 f"{self.threshold:.4g} (λ = σ²/b = {self.lam:.4g}, h = {h:g}): "
                                 "the Laplace mode is 0 before the sweep starts; move "
                                 "weight_center further from 0, or raise prior_scale")
        self.stop = sweep_stop(h, w_hat, self.lam, share=STOP_SHARE)
        self.edge = sticky_edge(h, w_hat, self.lam)
        self.posts = {p: self.posterior(w_hat, p) for p in PRIORS}
        self.ends = {p: self.posterior(self.stop, p) for p in PRIORS}
        low, high = density_window([w_hat, self.stop], curvature=h,
                                   noise_variance=self.sigma2, reach=REACH)
        self.x_range = axis_range([low, high], margin=0.0, target_ticks=6)
        top = density_top(h, [w_hat, self.stop], strength=self.lam,
                          noise_variance=self.sigma2)
        # The priors' peaks too: a posterior is never lower than its prior's peak by much
        # (it is that prior times a likelihood), so they do not flatten it.
        peaks = [float(q.prior_density(0.0)) for q in self.posts.values()]
        self.y_range = axis_range([0.0, top, *peaks], margin=0.0, target_ticks=3)
        self.window = (self.x_range[0], self.x_range[1])
        self.box = ViewBox(self.x_range, self.y_range)
        self.mid = sweep_stop(h, w_hat, self.lam, share=MID_SHARE)
        self.band_at = sweep_stop(h, w_hat, self.lam, share=BAND_SHARE)
        # The zoom for the slide: the sticky edge and the stop, and the start's ŵ, modes
        # and means (the zoom comes before the slide begins, so they must stay in view).
        zoom = density_window([self.edge, self.stop], curvature=h,
                              noise_variance=self.sigma2, reach=ZOOM_REACH)
        starts = [w_hat, *(q.mode for q in self.posts.values()),
                  *(q.mean for q in self.posts.values())]
        hat_room = density_window([w_hat], curvature=h, noise_variance=self.sigma2,
                                  reach=ZOOM_HAT_REACH)
        self.zoom_x_range = axis_range([*zoom, *starts, *hat_room], margin=0.0, target_ticks=7)
        self.setup_log_view(h, w_hat)
        values = [w_hat, self.stop, *(q.mode for q in self.posts.values()),
                  *(q.mean for q in self.posts.values())]
        largest = float(np.max(np.abs(values)))
        # Enough digits that the smallest nonzero mean shown reads as nonzero (2 significant).
        smallest = min(abs(q.mean) for q in self.ends.values())
        self.digits = max(decimals_for(largest, significant=3), decimals_for(smallest, 2))
        self.form = number_format(largest, self.digits, signed=bool(np.min(values) < 0),
                                  plus=False)

    def setup_log_view(self, h: float, w_hat: float) -> None:
        """F's slide: ŵ from the stop out past the sticky edge; F's window and height."""
        self.f_sweep = objective_sweep(h, w_hat, self.lam, shares=F_SHARES)
        self.ridge_back = objective_sweep(h, w_hat, self.lam,
                                          shares=(RIDGE_BACK_SHARE, F_SHARES[1]))[0]
        self.f_ends = {p: [self.posterior(c, p) for c in (*self.f_sweep, self.ridge_back)]
                       for p in PRIORS}
        ends = [q for p in PRIORS for q in self.f_ends[p]]
        self.f_x_range = axis_range(objective_sweep_window(ends, reach=F_REACH), margin=0.0,
                                    target_ticks=6)
        self.f_window = (self.f_x_range[0], self.f_x_range[1])
        # As high as the tangents at 0 reach (and each minimum): the kink, not the bowl's
        # far walls, sets the scale, so the V reads as a V; the walls leave the plot's top.
        heights = [0.0, *(float(q.objective(q.mode)) for q in ends),
                   *(y for q in ends for y in objective_tangents(q, reach=TANGENT_REACH)
                     [:, :, 1].ravel())]
        self.f_range = axis_range(heights, margin=0.0, target_ticks=5)
        self.f_box = ViewBox(self.f_x_range, self.f_range)

    def setup_two_weights(self, center: np.ndarray, hessian: np.ndarray) -> None:
        if not np.any(center):
            raise refuse("center", "is (0, 0): both MAPs are 0 and no level set rises to the "
                                   "origin; move center off the origin")
        self.loss = loss = Quadratic(center=center, hessian=hessian)
        self.maps = {p: map_estimate(loss, prior=p, strength=self.lam) for p in PRIORS}
        lasso, ridge = self.maps["laplace"].point, self.maps["gaussian"].point
        zeros = tuple(i for i in range(2) if lasso[i] == 0.0)
        blamed = changed_first(self, "prior_scale", "noise_variance", "hessian", "center")
        if len(zeros) != 1:
            what = "no weight" if not zeros else "both weights"
            raise refuse(blamed, f"gives λ = σ²/b = {self.lam:.4g} and a lasso MAP "
                                 f"{point(lasso).text} with {what} at 0; the story needs one "
                                 "exact zero: " + ("lower prior_scale b (a larger λ)"
                                                   if not zeros else
                                                   "raise prior_scale b (a smaller λ)"))
        if np.any(ridge == 0.0):
            raise refuse("center", f"gives ridge's MAP {point(ridge).text} an exact zero (ŵ on "
                                   "one of ridge's rays): ridge's 'no zero' would be false; "
                                   "move center off that ray")
        self.zero = zeros[0]
        self.levels = {p: posterior_levels(loss, prior=p, strength=self.lam, shares=LEVEL_SHARES)
                       for p in PRIORS}
        self.level_sets = {p: [posterior_level_set(loss, level, prior=p, strength=self.lam)
                               for level in self.levels[p]] for p in PRIORS}
        # f's own level sets (λ = 0: F is f), ellipses round ŵ, drawn as "a bowl" is said
        # and carried onto F_L's (r62: "f is a quadratic bowl" was never drawn).
        self.f_levels = posterior_levels(loss, prior="gaussian", strength=0.0,
                                         shares=BOWL_SHARES)
        self.f_sets = [posterior_level_set(loss, level, prior="gaussian", strength=0.0)
                       for level in self.f_levels]
        self.view = view_box([center, lasso, ridge, *self.level_sets["laplace"],
                              *self.level_sets["gaussian"]])

    def loss_alone(self, h: float):
        """The one-weight loss ½h(w − ŵ)² as regmath's F with λ = 0 (no prior term)."""
        return posterior_1d(h, self.w_hat, prior="gaussian", strength=0.0,
                            noise_variance=self.sigma2)

    def posterior(self, w_hat: float, prior: str):
        return posterior_1d(self.h, w_hat, prior=prior, strength=self.lam,
                            noise_variance=self.sigma2)

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("question")
        self.show_question()
        self.next_section("priors")
        self.show_priors()
        self.next_section("posterior")
        self.show_posterior()
        self.next_section("sticky")
        self.show_sticky()
        self.next_section("log view")
        self.show_log_view()
        self.next_section("two weights")
        self.show_two_weights()
        self.next_section("card")
        self.show_card()

    # -------------------------------------------------------------- builders
    def plot_frame(self, x_ranges: list[tuple[float, float, float]],
                   y_range: tuple[float, float, float], titled: bool = True
                   ) -> tuple[float, float]:
        """The plots' w length and rightward shift for these windows: the axis starts later
        (its right end stays) by as much as the widest first number reaches past the frame's
        left edge less LEFT_ROOM (the numbers' widths depend on the data's ranges)."""
        edge = -config.frame_width / 2 + LEFT_ROOM
        over = 0.0
        for x_range in x_ranges:
            axes = self.get_plot("laplace", x_range, y_range, "p", titled=titled)[0]
            lefts = [n.get_left()[0] for n in [*axes.x_axis.numbers, *axes.y_axis.numbers]]
            over = max(over, edge - min(lefts))
        return PLOT_SIZE[0] - over, over

    def get_plot(self, prior: str, x_range: tuple[float, float, float],
                 y_range: tuple[float, float, float], y_label: str, *, titled: bool = True,
                 frame: tuple[float, float] = (PLOT_SIZE[0], 0.0)) -> VGroup:
        length, shift = frame
        group = make_plot(x_range, y_range, "w", y_label,
                          center=PLOT_CENTERS[prior] + (shift / 2) * RIGHT,
                          size=(length, PLOT_SIZE[1]), label_size=32)
        # Two short lines: one line crossed the p axis once the slide's zoom put 0 nearer
        # the corner.
        side = LEFT if self.w_hat > 0 else RIGHT
        title = self.plot_title(prior, ("Laplace" if prior == "laplace" else "Gaussian",
                                         "prior"))
        # In the top corner away from ŵ: the likelihood and the posterior lean towards ŵ.
        axes = group[0]
        # A density's values are not the story (its shape is), and the posterior's peak
        # at w = 0 crossed the y axis's numbers: the density plots show only the top one
        # (the scale; nothing reaches it). F is −σ² log p up to a constant, so its values
        # are arbitrary, and F crossing 0 at w = 0 struck them during the slide: F's plots
        # show their top value only.
        axes.y_axis.remove(axes.y_axis.numbers)
        axes.y_axis.numbers = VGroup()
        enlarge_w_numbers(axes, x_range)
        # r53: a scale on every plot, before and after the zoom: the top value (the prior's
        # and the posteriors' peaks cross the axis lower down; F's 0 is crossed by F itself
        # during the slides).
        axes.y_axis.add_numbers([y_range[1]], font_size=TICK_FONT,
                                num_decimal_places=decimals(y_range[2]))
        for num in axes.y_axis.numbers:
            legible(num)
        corner = axes.c2p(x_range[0] if self.w_hat > 0 else x_range[1], y_range[1])
        title.next_to(corner, DOWN - side, buff=0.12)
        # Under the axis's top number (r56: after the zoom put the axis near the corner,
        # "Gaussian" touched the "2").
        title.shift(TITLE_DROP * DOWN)
        if y_label == "p":
            self.place_p_label(group[1][1], axes, prior)
        if titled:
            group.add(title)
        return group

    def plot_title(self, prior: str, words: Sequence[str]) -> VGroup:
        """A density plot's title, one line per word, aligned on the side away from ŵ."""
        side = LEFT if self.w_hat > 0 else RIGHT
        title = VGroup(*(MathTex(rf"\text{{{word}}}", font_size=32, color=TEXT_COLORS[prior])
                         for word in words))
        return title.arrange(DOWN, aligned_edge=side, buff=0.1)

    def posterior_title(self, prior: str) -> VGroup:
        """The title once the thick posterior is drawn (r60: "Laplace prior" stayed over the
        posterior, and alone over it once the dashed prior was gone): "posterior" and the
        prior it comes from, in the old title's corner."""
        # One line (r62: three lines, "posterior, / Laplace / prior", crowded the plot) in
        # the top corner on ŵ's side, under the axis's top: the curves' peaks and the
        # likelihood's stay well under it there (left of the p axis it has no room).
        title = MathTex(r"\text{Laplace posterior}" if prior == "laplace"
                        else r"\text{Gaussian posterior}", font_size=32,
                        color=TEXT_COLORS[prior])
        axes = self.axes[prior]
        side = RIGHT if self.w_hat > 0 else LEFT
        corner = axes.c2p(self.x_range[1] if self.w_hat > 0 else self.x_range[0],
                          self.y_range[1])
        return title.next_to(corner, DOWN - side, buff=0.12).shift(TITLE_DROP * DOWN)

    @staticmethod
    def place_p_label(label: VMobject, axes: Any, prior: str) -> None:
        """The density axis's "p" over its arrowhead; the lower plot's beside it, lower (r51:
        over it, it sat just under the upper plot's w numbers). The Gaussian posterior's
        peak stays well under the axis's top; the Laplace one reaches it near w = 0."""
        end = axes.y_axis.get_end()
        if prior == "gaussian":
            label.next_to(end, RIGHT, buff=0.12).align_to(end, UP)
        else:
            label.next_to(end, UP, buff=0.1)

    @staticmethod
    def kink_cross(at: np.ndarray) -> VGroup:
        """A 2-D level set's kink: a small white × in a dark outline."""
        arm = KINK_ARM * (UP + RIGHT)
        turn = KINK_ARM * (UP + LEFT)
        cross = VGroup(Line(at - arm, at + arm), Line(at - turn, at + turn))
        cross.set_stroke(TEXT_COLOR, width=4).set_z_index(7)
        for line in cross:
            line.set_stroke(BACKGROUND, width=9, background=True)
        return cross

    @staticmethod
    def map_marker(at: np.ndarray) -> VMobject:
        """A MAP's red dot: the shared w* marker (a white ring in a dark halo), so it stands
        off the green and orange curves by lightness, not hue alone."""
        return marker(at, SOLUTION_COLOR, radius=0.09, z_index=8)

    @staticmethod
    def place_hat_name(label: VMobject, axes: Any, w_hat: float) -> None:
        """ŵ's label just above the axis (clear of its ticks), on the far side of its dot
        from 0: the modes and means shrink towards 0, so nothing comes between; the curves
        are high there (the likelihood peaks at ŵ)."""
        label.next_to(to_scene(axes, [w_hat, 0.0]), UP + (RIGHT if w_hat > 0 else LEFT),
                      buff=HAT_BUFF)

    def plot_obstacles(self, prior: str) -> list[VMobject]:
        """What a label on a 1-D plot must not cover: its axes' numbers and lines."""
        axes = self.axes[prior]
        return [axes.x_axis.numbers, axes.y_axis.numbers, axes.y_axis, self.plots[prior][2]]

    def curve(self, axes: Any, points: np.ndarray, *, color: Any, width: float = 4,
              dash: bool = False) -> VMobject:
        pieces = clip_polyline(points, self.box)
        if dash:
            return VGroup(*(dashed(axes, piece, stroke_color=color, stroke_width=width)
                            for piece in pieces))
        return set_pieces(VMobject(stroke_color=color, stroke_width=width), axes, pieces)

    def panel_below(self, line: VMobject, above: VMobject | None, buff: float = 0.3
                    ) -> VMobject:
        if above is None:
            line.to_edge(UP, buff=0.45)
        else:
            line.next_to(above, DOWN, buff=buff)
        return line.align_to([PANEL_LEFT, 0, 0], LEFT)

    # ----------------------------------------------------------------- beats
    def show_question(self) -> None:
        # One length for the plots before and after the zoom (it keeps the axis's line).
        # F's window too: the log view first zooms the density plots to F's window and
        # flips each posterior into its F on that one w axis (w = 0 never moves).
        self.density_frame = self.plot_frame([self.x_range, self.zoom_x_range, self.f_x_range],
                                             self.y_range)
        self.plots = {p: self.get_plot(p, self.x_range, self.y_range, "p",
                                       frame=self.density_frame) for p in PRIORS}
        self.axes = {p: self.plots[p][0] for p in PRIORS}
        self.likelihoods = {p: self.curve(self.axes[p], density_curve(
            self.posts[p], "likelihood", *self.window, samples=CURVE_SAMPLES), color=LOSS_COLOR)
            for p in PRIORS}
        self.hat_dots = {p: marker(to_scene(self.axes[p], [self.w_hat, 0.0]), CENTER_COLOR,
                                   z_index=6) for p in PRIORS}
        # ŵ named above its axis in each panel, by its dot, from the start: one label
        # between the panels read as the lower panel's, and a label that changed jumped.
        self.hat_names = {p: legible(MathTex(r"\hat w", font_size=32, color=CENTER_COLOR))
                          for p in PRIORS}
        for p in PRIORS:
            self.place_hat_name(self.hat_names[p], self.axes[p], self.w_hat)
        # The loss ½h(w − ŵ)² drawn as it is named, on its own axes where the Gaussian prior's
        # plot comes later (r59: "curvature" was text over empty axes for 14 s). F with
        # λ = 0 is the loss alone (regmath's curve).
        loss_curve = objective_curve(self.loss_alone(self.h), *self.window,
                                     samples=CURVE_SAMPLES)
        # As high as the loss LOSS_REACH·σ/√h from ŵ: a U under the bell, not a flat bowl.
        reach = density_window([self.w_hat], curvature=self.h, noise_variance=self.sigma2,
                               reach=LOSS_REACH)
        loss_top = objective_curve(self.loss_alone(self.h), *reach, samples=CURVE_SAMPLES)
        self.loss_range = axis_range([0.0, float(loss_top[:, 1].max())], margin=0.0,
                                     target_ticks=3)
        # The curve ends below the axis's top, clear of its number and its "loss".
        self.loss_box = ViewBox(self.x_range, (self.loss_range[0],
                                               LOSS_CLIP * self.loss_range[1],
                                               self.loss_range[2]))
        self.loss_plot = self.get_plot("gaussian", self.x_range, self.loss_range,
                                       r"\text{loss}", titled=False, frame=self.density_frame)
        self.place_p_label(self.loss_plot[1][1], self.loss_plot[0], "gaussian")
        self.loss_graph = set_pieces(VMobject(stroke_color=LOSS_COLOR, stroke_width=3),
                                     self.loss_plot[0], clip_polyline(loss_curve, self.loss_box))
        self.header = _tex(r"\min_w\ \text{loss}(w) + \lambda|w|:\ \text{why } |w|?",
                           color=LASSO_COLOR, font_size=36)
        self.panel_below(self.header, None)
        # The loss written once, in the scale λ = σ²/b depends on (½·Σ residuals², not
        # their mean), and the likelihood it gives.
        self.loss_line = _tex(r"\text{loss} = \tfrac12\textstyle\sum_i (y_i - x_i w)^2 "
                              r"= \tfrac12 h(w-\hat w)^2 + \text{const}")
        # It moves right by PRIOR_INDENT when the priors come: it fits there too.
        self.like_line = _tex(r"p(y \mid w) \propto e^{-\text{loss}/\sigma^2} "
                              r"\propto N(w;\, \hat w,\, \sigma^2/h)", color=LOSS_COLOR,
                              indent=PRIOR_INDENT)
        # h defined on screen as it is said (r50: only in the caption), and σ²'s value by
        # the likelihood it scales (r50: it came 20 s after the bell it fixes).
        # ŵ's formula with h's (r59: ŵ was defined only in the caption).
        self.h_def = _tex(rf"h = \textstyle\sum_i x_i^2 = {number(self.h).tex},\ \ "
                          r"\hat w = \textstyle\sum_i x_i y_i / h")
        self.s2_line = _tex(rf"\sigma^2 = {number(self.sigma2).tex}", color=LOSS_COLOR)
        # h's value beside σ² once its definition goes (r67: h = 12 left while
        # N(w; ŵ, σ²/h) was still on screen).
        self.h_value = _tex(rf"h = {number(self.h).tex}", color=LOSS_COLOR)
        self.panel_below(self.loss_line, self.header, buff=0.45)
        self.panel_below(self.h_def, self.loss_line)
        self.panel_below(self.like_line, self.h_def)
        self.panel_below(self.s2_line, self.like_line)
        # On screen from the first frame: a slide's or a player's thumbnail is that frame,
        # and a blank one says nothing (tests/test_lecture.py).
        # The question starts large in the middle, then takes its place in the panel as the
        # axes come in under it (a title alone on black said nothing).
        spot = self.header.get_center()
        self.header.scale(QUESTION_SCALE).move_to(QUESTION_SPOT)
        self.add(self.header)
        # Words for what is on screen (r44: "a belief before the data" played over empty
        # axes; the prior's own cue says it as the prior is drawn).
        with self.cue("Where does the lasso's penalty λ|w| come from? Look at one weight w, "
                      "on these axes{@q}.") as cue:
            # r59: the title alone stood 3.2 s; the axes come in after a short pulse.
            cue.play(Indicate(self.header, color=LASSO_COLOR, scale_factor=1.04), run_time=0.7)
            # The axes only: the bell is the likelihood, drawn as its words name it (under
            # "a belief before the data" it read as the prior).
            cue.play(self.header.animate.scale(1 / QUESTION_SCALE).move_to(spot),
                     Reveal(self.plots["laplace"][0]), Reveal(self.plots["laplace"][1]),
                     until=cue.END)
        with self.cue("Its loss, ½·Σ residuals², is ½h(w − ŵ)² + const{@h}, h = Σxᵢ² its "
                      "curvature{@loss}, ŵ = {w}, the unpenalized fit{@fit}.",
                      w=number(self.w_hat)) as cue:
            cue.play(Reveal(self.loss_line), Reveal(self.loss_plot), run_time=0.6)
            cue.play(Create(self.loss_graph), until="h", rate_func=rate_functions.linear)
            cue.play(Reveal(self.h_def), until="loss")
            cue.play(Reveal(self.hat_dots["laplace"]), Reveal(self.hat_names["laplace"]),
                     until="fit")
            # Indicate, not Flash: a flash's rays cross ŵ's label.
            cue.play(Indicate(self.hat_dots["laplace"], color=CENTER_COLOR, scale_factor=1.6),
                     until=cue.END)
        # The bell drawn across its words and then centred on ŵ as N(ŵ, …) is said (r45: drawn
        # in the first 2.7 s, it stood still for 4 s under its own description).
        # The bell drawn from "the likelihood" on (r50: 2 s before its words).
        with self.cue("With Gaussian noise of variance σ² = {s2}{@s2}, the likelihood{@lk} is ∝ "
                      "e^(−loss/σ²){@like}: the bell N(w; ŵ, σ²/h){@bell}.",
                      s2=number(self.sigma2)) as cue:
            cue.play(Reveal(self.s2_line), until="s2")
            # The formula as "the likelihood" is said (r60: it faded in 1.9 s before).
            cue.wait_until("lk")
            cue.play(Reveal(self.like_line), run_time=0.5)
            cue.play(Create(self.likelihoods["laplace"]), until="like",
                     rate_func=rate_functions.linear)
            cue.play(Indicate(self.hat_dots["laplace"], color=CENTER_COLOR, scale_factor=1.6),
                     Indicate(self.likelihoods["laplace"], color=LOSS_COLOR, scale_factor=1.0),
                     until="bell")
            cue.play(Indicate(self.like_line, color=LOSS_COLOR, scale_factor=1.04),
                     until=cue.END)

    def show_priors(self) -> None:
        self.priors = {p: self.curve(self.axes[p], density_curve(
            self.posts[p], "prior", *self.window, samples=CURVE_SAMPLES), color=COLORS[p],
            width=3, dash=True) for p in PRIORS}
        lap = self.posts["laplace"]
        kink_at = to_scene(self.axes["laplace"], [0.0, float(lap.prior_density(0.0))])
        self.kink_dot = marker(kink_at, LASSO_COLOR, radius=0.07, z_index=6)
        self.kink_label = legible(MathTex(r"\text{kink at } 0", font_size=28,
                                          color=LASSO_COLOR))
        place_clear(self.kink_label, kink_at, np.array([-1.0, 0.3]),
                    [self.priors["laplace"], self.likelihoods["laplace"],
                     *self.plot_obstacles("laplace")], buff=0.25)
        gauss_prior = self.posts["gaussian"]
        smooth_at = to_scene(self.axes["gaussian"], [0.0, float(gauss_prior.prior_density(0.0))])
        self.smooth_label = legible(MathTex(r"\text{smooth at } 0", font_size=32,
                                            color=RIDGE_TEXT))
        # Above the prior's top, off the dashed curve (r59: on it, beside the peak).
        place_clear(self.smooth_label, smooth_at, np.array([-0.5, 1.0]),
                    [self.priors["gaussian"], self.likelihoods["gaussian"],
                     *self.plot_obstacles("gaussian")], buff=0.25)
        b, tau2, lam = numbers([self.b, self.tau2, self.lam])
        # Each prior's formula as it is named; its λ joins the line when λ is (the panels'
        # titles name the priors).
        # Each scale beside its prior's formula as it is said (r53: b was said 8 s before it
        # was written); σ² and h stay on their own line from the likelihood's cue.
        self.lam_lines = VGroup(
            _tex(rf"\tfrac{{1}}{{2b}}e^{{-|w|/b}},\ \ b = {b.tex}", color=LASSO_COLOR),
            _tex(rf"N(w;\, 0, \tau^2),\ \ \tau^2 = {tau2.tex}", color=RIDGE_TEXT))
        # λ's value only: λ = σ²/b and σ²/τ² are shown where they are derived (r44: stated
        # here, derived 50 s later, they were taken on trust).
        self.lam_values = VGroup(
            _tex(rf":\ \ \lambda = {lam.tex}", color=LASSO_COLOR),
            _tex(rf":\ \ \lambda = {lam.tex}", color=RIDGE_TEXT))
        # Under the loss (the likelihood's line and h's readout go as the priors come).
        # Each prior's line level with its own plot (r50: the Gaussian's sat at the upper
        # plot's height); the data under the Laplace one.
        # The likelihood's line (dimmed) and σ², h's line move up one row as h's definition
        # goes (r53: removed as the prior came, σ² was off screen for 8 s); the Laplace
        # prior's line under them.
        # Up one row, and right by PRIOR_INDENT (r59: at PANEL_LEFT, σ² and the Laplace
        # formula came within 15 px of the upper plot's "2.0" and "w"; the x offset of the
        # two lines' centres had moved them left too).
        self.like_to = ((self.h_def.get_center() - self.like_line.get_center())[1] * UP
                        + PRIOR_INDENT * RIGHT)
        self.panel_below(self.lam_lines[0], self.s2_line, buff=0.45).shift(self.like_to)
        self.lam_lines[1].next_to(self.lam_lines[0], DOWN, buff=0.45).align_to(
            self.lam_lines[0], LEFT)
        for value, line in zip(self.lam_values, self.lam_lines):
            value.next_to(line, RIGHT, buff=0.08)
        title_l = self.plots["laplace"][2]
        # h's definition goes with a word (r60: it vanished unsaid); its value stays in σ²'s
        # row.
        with self.cue("Add a belief before the data: the Laplace prior "
                      "e^(−|w|/b)/(2b) with scale "
                      "b = {b}{@prior}. It has a kink at 0{@kink}.", b=b) as cue:
            # The likelihood's line stays bright (r62: dimmed, it was still named "the same
            # likelihood").
            self.h_value.next_to(self.s2_line, RIGHT, buff=0.4).align_to(self.s2_line, DOWN)
            self.h_value.shift(self.like_to)
            # h's value goes to σ²'s row as its definition goes (its number never leaves).
            cue.play(Conceal(self.h_def), run_time=0.4)
            cue.play(*(m.animate.shift(self.like_to) for m in (self.like_line, self.s2_line)),
                     Reveal(self.h_value), run_time=0.5)
            cue.play(Reveal(title_l), Create(self.priors["laplace"]), Reveal(self.lam_lines[0]),
                     until="prior")
            cue.play(Reveal(self.kink_dot), Reveal(self.kink_label), run_time=0.6)
            cue.play(Flash(self.kink_dot, color=LASSO_COLOR), at="kink", run_time=0.8)
            cue.play(Indicate(self.kink_label, color=LASSO_COLOR, scale_factor=1.1),
                     until=cue.END)
        gauss = self.plots["gaussian"]
        # Under the loss's plot, which fades off it (their w axes are one line).
        self.add(gauss[0], gauss[1])
        self.bring_to_back(gauss[0], gauss[1])
        # Two cues, cut before the formula (r56: the subtitles split "N(w; | 0, τ²)").
        # The loss's plot goes as it is said (r60: it vanished unsaid).
        with self.cue("The loss's plot goes{@go}; below, the same likelihood{@lk} with the "
                      "Gaussian prior{@g}.") as cue:
            cue.play(Conceal(self.loss_plot), Conceal(self.loss_graph), until="go")
            cue.play(Conceal(self.kink_label), Reveal(gauss[2]),
                     Create(self.likelihoods["gaussian"]),
                     Reveal(self.hat_dots["gaussian"]), Reveal(self.hat_names["gaussian"]),
                     until="lk")
            cue.play(Create(self.priors["gaussian"]), until=cue.END)
        with self.cue("N(w; 0, τ²), τ² = {tau2}{@g}: smooth at 0{@smooth}.", tau2=tau2) as cue:
            # The parameters' line as τ² is said (r51: 1.5 s after its words).
            cue.play(Reveal(self.lam_lines[1]), until="g")
            cue.play(Reveal(self.smooth_label), run_time=0.6)
            cue.play(Indicate(self.priors["gaussian"], color=RIDGE_COLOR, scale_factor=1.0),
                     until=cue.END)
        # Each prior names its own penalty (r45: "both give the lasso" gave the Gaussian
        # prior the wrong one; the claim rule checks each prior's MAP against its norm).
        # Why λ is that is derived in the log view (r47: said here, it came 60 s before
        # its reason): the words say so.
        # σ² is on screen and said with the likelihood (r50): not said again here.
        # λ's value only (r62: "the Laplace prior for the lasso, the Gaussian for ridge"
        # was said over a still picture; the log view names F_L the lasso and F_R ridge).
        with self.cue("Both give λ = {lam}{@lam}, derived later.", lam=lam) as cue:
            # λ's value as its words start (r53: 2 s after them); "smooth at 0" goes as
            # the priors are lit.
            cue.play(Reveal(self.lam_values), Conceal(self.smooth_label), until="lam")
            cue.play(*(Indicate(VGroup(self.lam_lines[i], self.lam_values[i]),
                                color=TEXT_COLORS[p], scale_factor=1.05) for i, p in
                       enumerate(PRIORS)),
                     *(Indicate(self.priors[p], color=COLORS[p], scale_factor=1.0)
                       for p in PRIORS), until=cue.END)

    def posterior_curve(self, prior: str, post) -> np.ndarray:
        return density_curve(post, "posterior", *self.window, samples=CURVE_SAMPLES)

    def show_posterior(self) -> None:
        self.post_curves = {p: self.curve(self.axes[p], self.posterior_curve(p, self.posts[p]),
                                          color=COLORS[p], width=6) for p in PRIORS}
        self.tracker = ValueTracker(self.w_hat)
        self.mode_dots, self.mean_ticks, self.reads, self.mode_reads = {}, {}, {}, {}
        for p in PRIORS:
            post = self.posts[p]
            dot = self.map_marker(to_scene(self.axes[p], [post.mode,
                                                          float(post.density(post.mode))]))
            base = to_scene(self.axes[p], [post.mean, 0.0])
            tick = Line(base, base + TICK * UP, stroke_color=MEAN_COLOR, stroke_width=5,
                        z_index=7)
            self.mode_dots[p], self.mean_ticks[p] = dot, tick
            name = r"\text{{Laplace}}" if p == "laplace" else r"\text{{Gaussian}}"
            # The mode's readout first; the mean's is added (the same line, longer) when
            # the tick is named, so no number is on screen before its words.
            self.mode_reads[p] = Readout(name + r"\ \ \text{{mode }} " + self.form,
                                         post.mode, font_size=READ_FONT, color=TEXT_COLORS[p],
                                         exact_zeros=True)
            self.reads[p] = Readout(name + r"\ \ \text{{mode }} " + self.form
                                    + r",\ \ \text{{mean }} " + self.form, post.mode, post.mean,
                                    font_size=READ_FONT, color=TEXT_COLORS[p], exact_zeros=True)
        self.hat_read = Readout(r"\hat w = " + self.form, self.w_hat, font_size=READ_FONT,
                                color=CENTER_COLOR)
        self.panel_below(self.hat_read, None)
        # ŵ's white dot as a key before its value (r56: from 99 s the dot on the plots was
        # unnamed): the readout moves right by the dot's room.
        self.hat_key = marker(np.zeros(3), CENTER_COLOR, z_index=6)
        self.hat_key.move_to([PANEL_LEFT + self.hat_key.width / 2, self.hat_read.get_center()[1],
                              0.0])
        self.hat_read.next_to(self.hat_key, RIGHT, buff=0.15)
        # The key on ŵ's line (no line of its own): dot = mode, tick = mean.
        key_dot = self.map_marker(np.zeros(3))
        key_tick = Line(np.zeros(3), TICK * UP, stroke_color=MEAN_COLOR, stroke_width=5)
        self.key = VGroup(key_dot, MathTex(r"\text{mode}", font_size=READ_FONT,
                                           color=TEXT_COLOR),
                          key_tick, MathTex(r"\text{mean}", font_size=READ_FONT,
                                            color=TEXT_COLOR))
        self.key.arrange(RIGHT, buff=0.12)
        self.key[2].shift(0.25 * RIGHT)
        self.key[3].next_to(self.key[2], RIGHT, buff=0.12)
        self.key.next_to(self.hat_read, RIGHT, buff=0.6)
        self.panel_below(self.reads["laplace"], self.hat_read)
        self.panel_below(self.reads["gaussian"], self.reads["laplace"])
        # The mode's readout is the full line's own first glyphs (r48: a separate, shorter
        # line sat a comma's depth higher and jumped when the full line replaced it), and the
        # mean's glyphs fade in after them: nothing on screen moves or doubles.
        self.mean_parts = {}
        for p in PRIORS:
            count = len(self.mode_reads[p].submobjects) - 1  # its glyphs (not its frame)
            self.mode_reads[p] = VGroup(*self.reads[p].submobjects[:count])
            self.mean_parts[p] = VGroup(*self.reads[p].submobjects[count:-1])
        values = numbers([self.posts["laplace"].mode, self.posts["gaussian"].mode,
                          self.posts["laplace"].mean, self.posts["gaussian"].mean])
        # Bayes' rule written as it is said (r51: only in the caption), where the
        # parameters' line was.
        # The setup the 1-D formulas use, one line at the panel's foot while the parameter
        # block is gone (r56: the slide used ŵ − λ/h with neither h nor λ on screen).
        # r59: every parameter (σ² was off screen when "times −σ²" was said).
        s2_value, b_value, tau2_value, lam_value = numbers([self.sigma2, self.b, self.tau2,
                                                            self.lam])
        h_value = number(self.h)
        # One space between items (r67: at 34 pt, two spaces brought it within 10 px of the
        # lower plot's "w").
        self.params_line = _tex(rf"\sigma^2 = {s2_value.tex},\ b = {b_value.tex},\ "
                                rf"\tau^2 = {tau2_value.tex},\ h = {h_value.tex},\ "
                                rf"\lambda = {lam_value.tex}", font_size=PARAMS_FONT)
        # At the panel's right (r57: at its left it continued the lower plot's "w").
        self.params_line.align_to([PANEL_RIGHT, 0, 0], RIGHT).shift(
            (CAPTION_TOP + PARAMS_RISE - self.params_line.get_bottom()[1]) * UP)
        self.bayes_line = _tex(r"p(w \mid y) \propto p(y \mid w)\, p(w)")
        self.bayes_line.move_to(self.like_line, aligned_edge=LEFT)
        with self.cue("Posterior ∝ likelihood × prior; normalized: the thick orange or "
                      "green curve{@grow}.") as cue:
            cue.play(Conceal(self.like_line), run_time=0.5)
            cue.play(Reveal(self.bayes_line), run_time=0.5)
            cue.play(*(Create(self.post_curves[p]) for p in PRIORS), until="grow")
            # The titles say posterior as the curve is named (r60: "prior" over it).
            titles = {p: self.posterior_title(p) for p in PRIORS}
            cue.play(*(Conceal(self.plots[p][2], rate_func=FIRST_PART) for p in PRIORS),
                     *(Reveal(titles[p], rate_func=LAST_PART) for p in PRIORS),
                     Dim(self.priors["laplace"], factor=PRIOR_DIM),
                     Dim(self.priors["gaussian"], factor=PRIOR_DIM),
                     run_time=max(0.8, cue.until(cue.END)))
            for p in PRIORS:
                self.remove(self.plots[p][2])
                self.plots[p].submobjects[2] = titles[p]
        # Bayes' rule stays under the readouts (r60: every formula went at once, unsaid);
        # the rest goes with a word.
        rule_spot = self.panel_below(self.bayes_line.copy(), self.reads["gaussian"],
                                     buff=0.45).get_center()
        with self.cue("Same numbers{@keep}: its peak, the mode or MAP "
                      "(maximum a posteriori), is the dot{@mode}: {lm} (Laplace), "
                      "{gm} (Gaussian){@modes}. {@tk}The tick is the posterior "
                      "mean{@tick}, {lmean}{@first} and {gmean}{@mean}.", lm=values[0], gm=values[1],
                      lmean=values[2], gmean=values[3]) as cue:
            # The numbers go from the panel as they come in its footer, before "Same
            # numbers" is said (r67: the footer came 2.5 s after); Bayes' rule glides to its
            # row (r67: it read as a jump).
            cue.play(Conceal(self.lam_lines[:2]), Conceal(self.lam_values),
                     Conceal(self.s2_line), Conceal(self.h_value),
                     Conceal(self.loss_line), Conceal(self.kink_dot), Conceal(self.header),
                     Reveal(self.params_line), run_time=0.5)
            cue.play(self.bayes_line.animate.move_to(rule_spot),
                     run_time=max(1.0, cue.until("keep")))
            cue.play(*(Reveal(self.mode_dots[p]) for p in PRIORS), Reveal(self.hat_read),
                     Reveal(self.hat_key),
                     Reveal(self.key[:2]), until="mode")
            cue.play(*(Reveal(self.mode_reads[p]) for p in PRIORS), until="modes")
            # The mean comes in as it is named: its ticks grow, its numbers join the line.
            # The ticks as their words come (r50: 2 s before them).
            cue.wait_until("tk")
            cue.play(*(Create(self.mean_ticks[p]) for p in PRIORS), Reveal(self.key[2:]),
                     *(Reveal(self.mean_parts[p]) for p in PRIORS), until="tick")
            self.remove(*self.mode_reads.values(), *self.mean_parts.values())
            self.add(*self.reads.values())
            # Each mean lit as its value is said (r51: a 3.5 s still).
            for p, until in zip(PRIORS, ("first", cue.END)):
                cue.play(Indicate(self.mean_ticks[p], color=MEAN_COLOR),
                         Indicate(self.reads[p], color=TEXT_COLORS[p], scale_factor=1.05),
                         until=until)

    def attach_followers(self) -> list[VMobject]:
        """Each frame: the posteriors for the tracker's ŵ, redrawn from regmath."""
        tracker = self.tracker
        followers: list[VMobject] = []
        for p in PRIORS:
            axes = self.axes[p]

            def live(p: str = p):
                return self.posterior(tracker.get_value(), p)

            self.likelihoods[p].add_updater(lambda m, p=p, axes=axes: set_pieces(
                m, axes, clip_polyline(density_curve(live(p), "likelihood", *self.window,
                                                     samples=CURVE_SAMPLES), self.box)))
            self.post_curves[p].add_updater(lambda m, p=p, axes=axes: set_pieces(
                m, axes, clip_polyline(self.posterior_curve(p, live(p)), self.box)))
            self.mode_dots[p].add_updater(lambda m, p=p, axes=axes: m.move_to(to_scene(
                axes, [live(p).mode, float(live(p).density(live(p).mode))])))
            self.mean_ticks[p].add_updater(lambda m, p=p, axes=axes: m.put_start_and_end_on(
                to_scene(axes, [live(p).mean, 0.0]),
                to_scene(axes, [live(p).mean, 0.0]) + TICK * UP))
            self.hat_dots[p].add_updater(lambda m, axes=axes: m.move_to(
                to_scene(axes, [tracker.get_value(), 0.0])))
            self.reads[p].add_updater(lambda r, p=p: r.set_values(live(p).mode, live(p).mean))
            followers += [self.likelihoods[p], self.post_curves[p], self.mode_dots[p],
                          self.mean_ticks[p], self.hat_dots[p], self.reads[p]]
        for p in PRIORS:
            offset = self.hat_names[p].get_center() - self.hat_dots[p].get_center()
            self.hat_names[p].add_updater(lambda m, p=p, offset=offset: m.move_to(
                self.hat_dots[p].get_center() + offset))
        self.hat_read.add_updater(lambda r: r.set_value(tracker.get_value()))
        return [*followers, *self.hat_names.values(), self.hat_read]

    def detach_followers(self, followers: list[VMobject]) -> None:
        for mobject in followers:
            mobject.clear_updaters()

    def window_axes(self, low: float, high: float, at: np.ndarray) -> Any:
        """Bare axes (lines only) for the density window [low, high], its w axis starting
        at the scene point ``at``: one frame of the zoom, in make_plot's style."""
        axes = Axes(x_range=[low, high, high - low], y_range=list(self.y_range),
                    x_length=self.density_frame[0], y_length=PLOT_SIZE[1], tips=False,
                    axis_config={"color": TEXT_COLOR, "stroke_width": 2},
                    x_axis_config={"include_ticks": False})
        return axes.shift(at - to_scene(axes, [low, 0.0]))

    def zoom_in(self, target: tuple[float, float, float], *, priors: bool = True) -> None:
        """The density plots zoom to the window ``target``: the window's ends move together
        and every curve and mark is redrawn from regmath on each frame's window, so each
        frame shows true posteriors; the old numbers go before it, the new come after.
        With ``priors`` the dimmed dashed priors are redrawn on the new window."""
        old = self.plots
        new = {p: self.get_plot(p, target, self.y_range, "p",
                                frame=self.density_frame) for p in PRIORS}
        starts = {p: to_scene(old[p][0], [self.window[0], 0.0]) for p in PRIORS}
        marks = {}
        for p in PRIORS:
            # The new plot's w axis on the old one's line (the same length): nothing but the
            # numbers, the ticks and the y axis (at w = 0) moves.
            axes = new[p][0]
            new[p].shift(starts[p] - to_scene(axes, [target[0], 0.0]))
            marks[p] = VGroup(axes.x_axis.numbers, axes.x_axis.ticks, axes.y_axis.numbers)
            for part, axis in zip(marks[p], (axes.x_axis, axes.x_axis, axes.y_axis)):
                axis.remove(part)
        (low0, high0), (low1, high1) = self.window, (target[0], target[1])
        zoom = ValueTracker(0.0)
        # The posteriors on screen (the slide's ŵ when the log view zooms).
        w_hat = self.tracker.get_value()
        posts = {p: self.posterior(w_hat, p) for p in PRIORS}
        frames = {p: self.window_axes(low0, high0, starts[p]) for p in PRIORS}
        # The old axes give way to the frame's (the same lines and y ticks) and their w
        # numbers and ticks stand alone as they fade (fading a part of a mobject on
        # screen would split it, and the rest would stay behind).
        old_marks = VGroup(*(VGroup(old[p][0].x_axis.numbers, old[p][0].x_axis.ticks,
                                    old[p][0].y_axis.numbers) for p in PRIORS))
        self.remove(*(old[p][0] for p in PRIORS))
        self.add(*frames.values(), old_marks)
        # The old numbers and ticks ride with their w through the zoom (r47: they vanished
        # during it and the scale was lost), fading only as they leave the window; the y
        # axis's number rides with the y axis (at w = 0).
        riders = {p: [*((n, float(n.get_value())) for n in old[p][0].x_axis.numbers),
                      *((t, float(old[p][0].p2c(t.get_center())[0]))
                        for t in old[p][0].x_axis.ticks)]
                  for p in PRIORS}
        rider_offsets = {p: [m.get_center() - to_scene(old[p][0], [v, 0.0]) for m, v in riders[p]]
                         for p in PRIORS}
        y_offsets = {p: old[p][0].y_axis.numbers.get_center() - old[p][0].y_axis.get_end()
                     for p in PRIORS}
        # The dimmed priors stay and are redrawn on each frame's window (r60: they blinked
        # out before the zoom and back after it).
        # (Dimmed by the posterior's cue: Dim leaves the stroke's own opacity at 1.)
        prior_opacity = {p: PRIOR_DIM for p in PRIORS}
        offsets = {p: self.hat_names[p].get_center() - self.hat_dots[p].get_center()
                   for p in PRIORS}

        def redraw() -> None:
            t = zoom.get_value()
            low, high = low0 + t * (low1 - low0), high0 + t * (high1 - high0)
            box = ViewBox((low, high, high - low), self.y_range)
            for p in PRIORS:
                axes = self.window_axes(low, high, starts[p])
                frames[p].become(axes)
                self.place_p_label(old[p][1][1], axes, p)
                old[p][0].y_axis.numbers.move_to(axes.y_axis.get_end() + y_offsets[p])
                # Scene units per unit of w on this frame's axis.
                scale = (to_scene(axes, [high, 0.0])[0] - to_scene(axes, [low, 0.0])[0]) / (
                    high - low)
                for (mark, value), offset in zip(riders[p], rider_offsets[p]):
                    mark.move_to(to_scene(axes, [value, 0.0]) + offset)
                    outside = max(low - value, value - high, 0.0) * scale
                    mark.set_opacity(float(np.clip(1.0 - outside / RIDER_FADE, 0.0, 1.0)))
                post = posts[p]
                if priors:
                    self.priors[p].become(self.dashed_prior(axes, p, low, high, box).set_stroke(
                        opacity=prior_opacity[p]))
                for drawn, part in ((self.likelihoods[p], "likelihood"),
                                    (self.post_curves[p], "posterior")):
                    set_pieces(drawn, axes, clip_polyline(density_curve(
                        post, part, low, high, samples=CURVE_SAMPLES), box))
                self.mode_dots[p].move_to(to_scene(axes, [post.mode,
                                                          float(post.density(post.mode))]))
                base = to_scene(axes, [post.mean, 0.0])
                self.mean_ticks[p].put_start_and_end_on(base, base + TICK * UP)
                self.hat_dots[p].move_to(to_scene(axes, [w_hat, 0.0]))
                self.hat_names[p].move_to(self.hat_dots[p].get_center() + offsets[p])

        # An empty mobject on screen runs the redraw (updaters of mobjects off screen,
        # and of the animated tracker itself, do not run). It goes first, lowest: Manim
        # paints whatever comes before the first updating mobject once, as a still
        # background, and the frame axes' lines must move too.
        driver = VMobject().set_z_index(-100)
        self.bring_to_back(driver)
        driver.add_updater(lambda m: redraw())
        self.play(zoom.animate.set_value(1.0), run_time=ZOOM_SECONDS,
                  rate_func=rate_functions.ease_in_out_sine)
        driver.clear_updaters()
        self.remove(driver)
        # The new axes in place of the frame's (the same lines), then their numbers.
        self.remove(*frames.values(), *(part for p in PRIORS for part in old[p][:2]))
        self.add(*(part for p in PRIORS for part in new[p][:2]))
        for p in PRIORS:
            # The title on screen stays (the new one is at the same place).
            title = old[p][2]
            old[p].remove(title)
            new[p].remove(new[p][2])
            new[p].add(title)
        self.plots = new
        self.axes = {p: self.plots[p][0] for p in PRIORS}
        self.window, self.box = (target[0], target[1]), ViewBox(target, self.y_range)
        # Everything once more on the new axes themselves (the zoom's last frame drew it on
        # the frame's bare axes, a rounding apart), so the state is the new plot's.
        for p in PRIORS:
            axes, post = self.axes[p], posts[p]
            for drawn, part in ((self.likelihoods[p], "likelihood"),
                                (self.post_curves[p], "posterior")):
                set_pieces(drawn, axes, clip_polyline(density_curve(
                    post, part, *self.window, samples=CURVE_SAMPLES), self.box))
            self.mode_dots[p].move_to(to_scene(axes, [post.mode, float(post.density(post.mode))]))
            base = to_scene(axes, [post.mean, 0.0])
            self.mean_ticks[p].put_start_and_end_on(base, base + TICK * UP)
            self.hat_dots[p].move_to(to_scene(axes, [w_hat, 0.0]))
            self.hat_names[p].move_to(self.hat_dots[p].get_center() + offsets[p])
        # The dimmed dashed priors on the new window (off screen without ``priors``: the
        # density view's state stays whole).
        for p in PRIORS:
            prior = self.curve(self.axes[p], density_curve(self.posts[p], "prior", *self.window,
                                                           samples=CURVE_SAMPLES),
                               color=COLORS[p], width=3, dash=True)
            if priors:
                self.priors[p].become(prior.set_stroke(opacity=prior_opacity[p]))
            else:
                self.priors[p] = prior.set_stroke(opacity=PRIOR_DIM)
        # The new numbers where the old ones ride (the same w, a new step).
        # The old ones gone in the first 40 %, the new from 60 % (r59: an old "0.5" showed
        # between the new "0.4" and "0.6").
        self.play(Conceal(old_marks, rate_func=FIRST_PART),
                  *(Reveal(marks[p], rate_func=LAST_PART) for p in PRIORS), run_time=0.6)
        # The numbers back inside their axes (the log view fades the plots as a whole).
        for p in PRIORS:
            self.remove(marks[p])
            axes = self.axes[p]
            axes.x_axis.add(marks[p][0], marks[p][1])
            axes.y_axis.add(marks[p][2])

    def dashed_prior(self, axes: Any, prior: str, low: float, high: float, box: ViewBox
                     ) -> VGroup:
        """A prior's dashed curve on the window [low, high] of these axes (a zoom's frame)."""
        pieces = clip_polyline(density_curve(self.posts[prior], "prior", low, high,
                                             samples=CURVE_SAMPLES), box)
        return VGroup(*(dashed(axes, piece, stroke_color=COLORS[prior], stroke_width=3)
                        for piece in pieces))

    def zone_key(self) -> VMobject:
        """The band of ŵ whose Laplace mode is exactly 0, in the panel (r62: drawn as a bar
        under the plots' w axes as well, it crowded the lower plot's "2 p", a tick number
        and F_L's axis; the panel's line says it alone)."""
        # The band's values named as ŵ's (r56: under "w*_L = 0 for |hŵ| ≤ λ" the band on
        # the w axis read as "w in the band"): |hŵ| ≤ λ is |ŵ| ≤ λ/h.
        low, high = numbers([-abs(self.edge), abs(self.edge)])
        return _tex(rf"\hat w \in [{low.tex},\, {high.tex}]:\ w^*_L = 0",
                    color=LASSO_COLOR)

    def show_sticky(self) -> None:
        end_lap, end_gauss = self.ends["laplace"], self.ends["gaussian"]
        thr = number(self.edge)
        # White, not dark red (r53: low contrast on black); the dot is the red.
        self.zero_label = legible(MathTex(r"\text{exactly } 0", font_size=30,
                                          color=TEXT_COLOR))
        # For ŵ < 0 the mode is ŵ + λ/h and it reaches 0 at hŵ = −λ.
        shift, side, sign = ("−", "", ">") if self.w_hat > 0 else ("+", "−", "<")
        # The central formulas on screen as they are said (r44: told, never shown), under
        # the readouts they explain: the Laplace mode's line becomes its zero condition at
        # the edge; the Gaussian mode's comes with its words. The screen's law holds for
        # either sign of ŵ (r45: "ŵ − λ/h" was wrong for ŵ < 0); the words say the data's.
        self.mode_laws = VGroup(
            _tex(r"w^*_L = \operatorname{sign}(\hat w)(|\hat w| - \lambda/h)\ \ "
                 r"\text{for } |h\hat w| > \lambda", color=LASSO_COLOR),
            _tex(r"w^*_R = h\hat w/(h+\lambda)", color=RIDGE_TEXT))
        # The band named as it comes, in the panel: the ŵ it holds.
        self.zone_keys = [self.zone_key(), self.zone_key()]
        self.panel_below(self.mode_laws[0], self.reads["gaussian"], buff=0.45)
        self.panel_below(self.zone_keys[0], self.mode_laws[0])
        # The Gaussian law in the Laplace one's row (it comes as that one goes): the panel's
        # last row stays the setup's h and λ.
        self.mode_laws[1].move_to(self.mode_laws[0], aligned_edge=LEFT)
        # The zoom first, then the slide on "follows" (r47: the mode was said to follow
        # before it moved); the law's condition is hŵ > λ, not ŵ > 0 (r47).
        with self.cue("Zoom in, then slide ŵ towards 0: {@go}w*_L, the Laplace MAP, follows, "
                      "ŵ {shift} λ/h while hŵ {sign} {side}λ, down to 0 at ŵ = {thr}{@zero}.",
                      thr=thr, shift=shift, side=side, sign=sign) as cue:
            self.zoom_in(self.zoom_x_range)
            cue.wait_until("go")
            # The zone where the kink holds the mode, |ŵ| ≤ λ/h, on the w axis: ŵ enters it.
            # The band and the mode's law come together, and ŵ slides at once
            # (r45: it waited for the law's words, 4 s after "slide ŵ" was said).
            # The band itself comes when it is named (r51: 6 s before its words).
            # The mode's law in Bayes' rule's row (used, it gives way).
            cue.play(Conceal(self.bayes_line), Reveal(self.mode_laws[0]), run_time=0.5)
            followers = self.attach_followers()
            # Across the rest of the words, easing out: the mode slows as it reaches 0.
            sweep(self, self.tracker, self.edge, *followers, run_time=cue.until(cue.END),
                  rate_func=rate_functions.ease_out_sine)
        # Right of the dot, under the plot's top (r56: up-left it crowded the axis's "2"
        # and "p").
        place_clear(self.zero_label, self.mode_dots["laplace"].get_center(),
                    np.array([1.0, 0.0]), [self.post_curves["laplace"],
                                            self.likelihoods["laplace"],
                                            *self.plot_obstacles("laplace")], buff=0.25)
        # The band as it is named (r59: drawn 1.3 s before "band"); ŵ slides on meanwhile.
        with self.cue("There the mode is exactly 0{@flash}, and it stays 0 for every ŵ in "
                      "{@band}the band |hŵ| ≤ λ{@on}: soft-thresholding.") as cue:
            # ŵ stands at λ/h: the rule for |hŵ| > λ no longer applies and dims (r67: it
            # stayed lit while ŵ ≤ λ/h); the band's rule comes lit as it is named.
            cue.play(Flash(self.mode_dots["laplace"], color=SOLUTION_COLOR),
                     Reveal(self.zero_label), Dim(self.mode_laws[0]), until="flash")
            sweep(self, self.tracker, self.band_at, *followers, run_time=cue.until("band"),
                  rate_func=rate_functions.linear)
            cue.play(Reveal(self.zone_keys[0]), run_time=0.6)
            cue.play(Indicate(self.zone_keys[0], color=LASSO_COLOR, scale_factor=1.05),
                     run_time=0.8)
            sweep(self, self.tracker, self.mid, *followers, run_time=cue.until(cue.END),
                  rate_func=rate_functions.linear)
        mean, stop, gmode = numbers([end_lap.mean, self.stop, end_gauss.mode])
        # ŵ still slides while the mean is named: the tick moves, the dot does not.
        with self.cue("The mean keeps moving: {mean} at ŵ = {stop}{@mean}, not 0. {@gm}The "
                      "Gaussian mode w*_R = hŵ/(h + λ) = {gmode} only shrinks, never 0{@g}.",
                      mean=number(end_lap.mean, significant=2), stop=stop,
                      gmode=gmode) as cue:
            sweep(self, self.tracker, self.stop, *followers, run_time=cue.until("mean"),
                  rate_func=rate_functions.ease_out_sine)
            self.detach_followers(followers)
            cue.play(Indicate(self.mean_ticks["laplace"], color=MEAN_COLOR),
                     Indicate(self.reads["laplace"], color=LASSO_COLOR, scale_factor=1.05),
                     run_time=0.8)
            # The Gaussian mode marked as its words appear (a slow Indicate read as a
            # still frame).
            # The Laplace law is used: it goes as the Gaussian one comes (r53).
            cue.play(Flash(self.mode_dots["gaussian"], color=SOLUTION_COLOR),
                     Conceal(self.mode_laws[0]), Reveal(self.mode_laws[1]), at="gm",
                     run_time=0.8)
            cue.play(Indicate(self.mode_dots["gaussian"], color=SOLUTION_COLOR,
                              scale_factor=1.5),
                     Indicate(self.reads["gaussian"], color=RIDGE_TEXT, scale_factor=1.05),
                     run_time=1.2)
            cue.play(Indicate(self.mode_dots["gaussian"], color=SOLUTION_COLOR,
                              scale_factor=1.5), until=cue.END)

    def f_picture(self, p: str, post) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """F's graph (clipped to its plot), its minimizer and its one-sided tangents at 0
        (half-rays: 0⁻'s to the left, 0⁺'s to the right), from regmath."""
        curve = objective_curve(post, *self.f_window, samples=CURVE_SAMPLES)
        bottom = np.array([post.mode, float(post.objective(post.mode))])
        return curve, bottom, self.drawn_tangents(post)

    def drawn_tangents(self, post) -> np.ndarray:
        """F's one-sided tangents at 0 as drawn: TANGENT_DRAWN long, cut at F's plot (the
        steep one leaves it; the flat one at the edge is long enough to see, r50)."""
        # Ridge's keep TANGENT_REACH: near 0 its falling right half-ray, longer, struck
        # the w axis's numbers.
        reach = TANGENT_DRAWN if post.prior == "laplace" else TANGENT_REACH
        return np.array([clip_polyline(segment, self.f_box)[0][[0, -1]] for segment in
                         objective_tangents(post, reach=reach, half=True)])

    def attach_f_followers(self, ridge: bool = False) -> list[VMobject]:
        """Each frame: F, its minimizer, its tangents at 0 and the slopes for the tracker's ŵ
        (ridge's slope readout too once it is on screen: a follower is brought on screen)."""
        tracker, followers = self.tracker, []
        for p in PRIORS:
            axes = self.f_axes[p]

            def live(p: str = p):
                return self.f_picture(p, self.posterior(tracker.get_value(), p))

            self.f_curves[p].add_updater(lambda m, p=p, axes=axes: set_pieces(
                m, axes, clip_polyline(live(p)[0], self.f_box)))
            self.f_dots[p].add_updater(lambda m, p=p, axes=axes: m.move_to(
                to_scene(axes, live(p)[1])))
            # Ridge's tangent only once it is on screen (a follower is brought on screen).
            for k, line in enumerate(self.tangents[p] if p == "laplace" or ridge else []):
                line.add_updater(lambda m, p=p, axes=axes, k=k: m.put_start_and_end_on(
                    *to_scene(axes, live(p)[2][k])))
            self.f_hats[p].add_updater(lambda m, axes=axes: m.move_to(
                to_scene(axes, [tracker.get_value(), 0.0])))
            followers += [self.f_curves[p], self.f_dots[p], self.f_hats[p],
                          *(self.tangents[p] if p == "laplace" or ridge else [])]
        self.hat_read.add_updater(lambda r: r.set_value(tracker.get_value()))
        self.slope_read.add_updater(lambda r: r.set_values(*objective_slopes(
            self.posterior(tracker.get_value(), "laplace"))))
        followers += [self.hat_read, self.slope_read]
        if ridge:
            self.ridge_read.add_updater(lambda r: r.set_values(*ridge_values(
                self.posterior(tracker.get_value(), "gaussian"))))
            followers.append(self.ridge_read)
        return followers

    def build_log_view(self) -> None:
        names = {"laplace": "F_L", "gaussian": "F_R"}
        # No titles: F_L and F_R name the plots (a title crossed F's axis).
        # The density plots' frame: the posteriors flip into F on the same w axis.
        frame = self.density_frame
        # Both plots' axes named F until F_L and F_R are defined (r50: F_L, F_R stood on the
        # axes 16 s before their words), then each label turns into its own name.
        self.f_plots = {p: self.get_plot(p, self.f_x_range, self.f_range, "F",
                                         titled=False, frame=frame) for p in PRIORS}
        self.f_axes = f_axes = {p: self.f_plots[p][0] for p in PRIORS}
        # The w label above its arrowhead, its right edge at the axis's end (r51: right of
        # it, on the panel's baseline, it read as the first symbol of "w −σ² log …"); clear
        # of the end's tick (r59: at 0.15 it sat on it).
        for p in PRIORS:
            self.f_plots[p][1][0].next_to(f_axes[p].x_axis.get_end(), UP, buff=0.28).align_to(
                f_axes[p].x_axis.get_end(), RIGHT)
        self.f_names = {p: MathTex(names[p], font_size=32).next_to(
            f_axes[p].y_axis.get_end(), UP, buff=0.1) for p in PRIORS}
        # Each F plot names its prior beside F's axis label (r51: from the flip to F_L, F_R
        # only orange and green told the plots apart).
        self.f_titles = {p: MathTex(r"\text{Laplace}" if p == "laplace" else r"\text{Gaussian}",
                                    font_size=28, color=TEXT_COLORS[p]).next_to(
            self.f_names[p], RIGHT, buff=0.3) for p in PRIORS}
        first = {p: self.f_picture(p, self.f_ends[p][0]) for p in PRIORS}
        self.f_curves = {p: set_pieces(VMobject(stroke_color=COLORS[p], stroke_width=6),
                                       f_axes[p], clip_polyline(first[p][0], self.f_box))
                         for p in PRIORS}
        self.f_dots = {p: self.map_marker(to_scene(f_axes[p], first[p][1])) for p in PRIORS}
        # F's one-sided tangents at 0: white over the thick coloured F (r50: yellow on orange
        # hid the flat tangent, for colour-blind viewers most).
        self.tangents = {p: VGroup(*(Line(*to_scene(f_axes[p], segment), stroke_color=TANGENT_COLOR,
                                          stroke_width=4, z_index=9)
                                     for segment in first[p][2])) for p in PRIORS}
        # ŵ a ring on F's axis (r59: the Gaussian bottom's red dot, 0.025 from it, half
        # covered the white dot): the red dot shows inside it.
        self.f_hats = {p: self.hat_ring(marker(to_scene(f_axes[p], [self.f_sweep[0], 0.0]),
                                               CENTER_COLOR, z_index=6)) for p in PRIORS}
        lam = number(self.lam)
        # −σ² log of each factor, one line each (the title's question answered), then each
        # line's sum: F_L and F_R in place of the priors' lines.
        self.f_lines = VGroup(
            _tex(r"-\sigma^2 \log p(w \mid y) = F(w) + \text{const}"),
            _tex(r"-\sigma^2 \log p(y \mid w) = f + \text{const},\ f = \tfrac12 h(w-\hat w)^2"),
            _tex(r"-\sigma^2 \log \tfrac{1}{2b}e^{-|w|/b} = \tfrac{\sigma^2}{b}|w| + \text{const}",
                 color=LASSO_COLOR),
            _tex(r"-\sigma^2 \log N(w;\,0, \tau^2) = \tfrac{\sigma^2}{2\tau^2}w^2 + \text{const}",
                 color=RIDGE_TEXT))
        self.f_sums = VGroup(
            _tex(rf"f = \tfrac12 h(w-\hat w)^2 = \text{{loss}} - \text{{const}},\ \ "
                 rf"h = {number(self.h).tex}"),
            _tex(rf"F_L = f + \lambda|w|,\ \ \lambda = \sigma^2/b = {lam.tex}", color=LASSO_COLOR),
            _tex(rf"F_R = f + \tfrac{{\lambda}}{{2}}w^2,\ \ \lambda = \sigma^2/\tau^2 = {lam.tex}",
                 color=RIDGE_TEXT))
        self.panel_below(self.f_lines[0], self.hat_read)
        for above, line in zip(self.f_lines, self.f_lines[1:]):
            self.panel_below(line, above)
        # One row up: the first line (−σ² log p = F + const) goes as they come, so the
        # panel keeps no gap under ŵ.
        for line, row in zip(self.f_sums, self.f_lines):
            line.move_to(row, aligned_edge=LEFT)
        slopes = [v for p in PRIORS for q in self.f_ends[p] for v in objective_slopes(q)]
        largest = float(np.max(np.abs(slopes)))
        slope_form = number_format(largest, decimals_for(largest, 3), signed=True)
        # In words (r50: the superscripts of F'_L(0^-), F'_L(0^+) were unreadable at 480p).
        # The slopes' law on screen, not in the caption (r60: four expressions in the words
        # while the tangents were drawn); the left one first, as the caption says ("left,
        # right slope" with the law ran off the panel).
        self.slope_read = Readout(r"\text{{slopes}}\ {{-h\hat w \mp \lambda}} =\ "
                                  + slope_form + r",\ "
                                  + slope_form, *objective_slopes(self.f_ends["laplace"][0]),
                                  font_size=READ_FONT, color=TANGENT_COLOR)
        self.panel_below(self.slope_read, self.f_sums[2])
        # Ridge's bottom read out beside its slope (r47: at ŵ near 0 the dot sat on the
        # origin and "never stops at 0" was only told): the number stays nonzero.
        self.ridge_read = Readout(r"\text{{slope}} =\ " + slope_form + r",\ \ w^*_R = "
                                  + self.form + r" \neq 0",
                                  objective_slopes(self.f_ends["gaussian"][0])[0],
                                  self.f_ends["gaussian"][0].mode,
                                  font_size=READ_FONT, color=RIDGE_TEXT)
        self.panel_below(self.ridge_read, self.slope_read)

    def flip_stages(self, p: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The posterior on screen as three graphs over the same w samples, in F's plot's
        coordinates (the density plot and F's share their frame and w axis): p(w | y) as
        drawn, σ² log p(w | y) with its peak held where p's is (log is increasing: the same
        mode, still a peak), and F(w) = −σ² log p(w | y) + const (the peak now the bottom).
        All three from regmath; between two of them each sample moves straight up or down."""
        post, f_axes = self.f_ends[p][0], self.f_axes[p]
        density = density_curve(post, "posterior", *self.f_window, samples=CURVE_SAMPLES)
        shown = np.array([f_axes.p2c(point)[:2]
                          for point in to_scene(self.axes[p], density)])
        peak = shown[int(np.argmax(density[:, 1])), 1]
        logged = log_density_curve(post, *self.f_window, samples=CURVE_SAMPLES)
        logged = logged + np.array([0.0, peak])
        return shown, logged, objective_curve(post, *self.f_window, samples=CURVE_SAMPLES)

    def log_stage(self, log_time: float) -> None:
        """−σ² log, seen as a motion on one w axis (r53: a fade hid it): first p → σ² log p
        (the mode's dot still: log keeps the peak), then the flip and rescale to F, the dot
        riding from the peak down to F's bottom. Each frame is a straight per-sample blend
        of two regmath graphs over the same w (r51: a point-by-point Transform between
        unlike paths passed through wavy shapes). The titles and ŵ's labels stay."""
        stages = {p: self.flip_stages(p) for p in PRIORS}
        # The motion on copies (the same look, swapped in): the density view's own plots,
        # curves and dots stay as they were (the tests read the sweep's end off them).
        plots = {p: self.plots[p].copy() for p in PRIORS}
        curves = {p: self.post_curves[p].copy() for p in PRIORS}
        dots = {p: self.mode_dots[p].copy() for p in PRIORS}
        hats = {p: self.hat_dots[p].copy() for p in PRIORS}
        names = {p: self.hat_names[p].copy() for p in PRIORS}
        for p in PRIORS:
            self.remove(*self.plots[p].get_family(), self.post_curves[p], self.mode_dots[p],
                        self.hat_dots[p], self.hat_names[p])
            self.add(*plots[p][:2], plots[p][2], curves[p], dots[p], hats[p], names[p])
        self.flip_names = names
        # The copy's y axis and its number stand alone (a part faded out of a mobject on
        # screen splits it: the axis's line went with its number).
        for p in PRIORS:
            axis = plots[p][0].y_axis
            numbers_ = axis.numbers
            axis.remove(numbers_)
            plots[p][0].remove(axis)
            plots[p].add(axis, numbers_)
            self.add(axis, numbers_)
        bottoms = {p: to_scene(self.f_axes[p], self.f_picture(p, self.f_ends[p][0])[1])
                   for p in PRIORS}
        tops = {p: dots[p].get_center() for p in PRIORS}
        blend = ValueTracker(0.0)
        # The density's w axis in F's coordinates: the curves are cut there (r56: the log
        # curves ran below it, over its numbers), and at F's 0 once the axis has slid up.
        floors = {p: float(self.f_axes[p].p2c(to_scene(self.axes[p], [0.0, 0.0]))[1])
                  for p in PRIORS}

        def redraw(_: VMobject) -> None:
            t = blend.get_value()
            for p in PRIORS:
                shown, logged, f_graph = stages[p]
                if t <= 1.0:
                    points = (1.0 - t) * shown + t * logged
                    floor = floors[p]
                else:
                    points = (2.0 - t) * logged + (t - 1.0) * f_graph
                    dots[p].move_to((2.0 - t) * tops[p] + (t - 1.0) * bottoms[p])
                    floor = (2.0 - t) * floors[p]
                box = ViewBox(self.f_x_range, (max(floor, self.f_range[0]), self.f_range[1],
                                               self.f_range[2]))
                set_pieces(curves[p], self.f_axes[p], clip_polyline(points, box))

        driver = VMobject().set_z_index(-100)
        self.bring_to_back(driver)
        driver.add_updater(redraw)
        # "p" becomes "log p" (a cross-fade: a morph between the glyphs scrambled them); σ²
        # comes with the flip, as it is said (r56: "σ² log p" stood under "take the log").
        # The axis has no numbers: the curve is log p up to its scale and a constant. Placed
        # as "p" was (the lower one beside its axis, clear of the upper plot's numbers).
        self.log_labels = {p: MathTex(r"\log p", font_size=32) for p in PRIORS}
        for p in PRIORS:
            self.place_p_label(self.log_labels[p], self.axes[p], p)
        # "p" and its number go first, then "σ² log p" comes as the curve changes.
        self.play(*(Conceal(plots[p][1][1]) for p in PRIORS),
                  *(Conceal(plots[p][4]) for p in PRIORS), run_time=0.3)
        self.play(blend.animate.set_value(1.0),
                  *(Reveal(self.log_labels[p]) for p in PRIORS),
                  run_time=max(log_time - 0.3, 1.0), rate_func=rate_functions.ease_in_out_sine)
        self.flip_state = (blend, driver, plots, curves, dots, hats, names)

    def flip_stage(self, flip_time: float) -> None:
        """The second half of `log_stage`'s motion: σ² log p flips and rescales into F; the
        w axis (and ŵ on it) slides up to F's 0 (F's plot reaches below 0 for its
        tangents), "Laplace"/"Gaussian" move beside F's axis label."""
        blend, driver, plots, curves, dots, hats, names = self.flip_state
        lift = {p: self.f_hats[p].get_center() - hats[p].get_center() for p in PRIORS}
        # The y axis's line is F's (the same frame); it cross-fades to F's (ticks, number).
        ticks = {p: self.f_plots[p][0].y_axis.copy() for p in PRIORS}
        # F's axis line and ticks cross-fade with the density's; its number comes late.
        tick_numbers = {p: ticks[p].numbers for p in PRIORS}
        for p in PRIORS:
            ticks[p].remove(tick_numbers[p])
        # Each animation's own rate (a rate given to play would override the fades').
        ease = rate_functions.ease_in_out_sine
        # "log p" goes before the w axis rides up through it (r60: crossed by the axis).
        self.play(*(Conceal(self.log_labels[p]) for p in PRIORS), run_time=0.3)
        # The old ticks go first and F's come after (r60: two sets of ticks at once); the
        # axis lines (one line) cross-fade. The ticks stand alone to fade (a part faded out
        # of a mobject on screen splits it).
        old_ticks, new_ticks = {}, {}
        for p in PRIORS:
            old_ticks[p], new_ticks[p] = plots[p][3].ticks, ticks[p].ticks
            plots[p][3].remove(old_ticks[p])
            ticks[p].remove(new_ticks[p])
            self.add(old_ticks[p])
        self.play(blend.animate(rate_func=ease).set_value(2.0),
                  *(plots[p][0].x_axis.animate(rate_func=ease).shift(lift[p]) for p in PRIORS),
                  *(Conceal(plots[p][3], rate_func=ease) for p in PRIORS),
                  *(Reveal(ticks[p], rate_func=ease) for p in PRIORS),
                  *(Conceal(old_ticks[p], rate_func=FIRST_PART) for p in PRIORS),
                  *(Reveal(new_ticks[p], rate_func=LAST_PART) for p in PRIORS),
                  *(Transform(plots[p][1][0], self.f_plots[p][1][0].copy(), rate_func=ease)
                    for p in PRIORS),
                  # The old labels gone in the first 40 %, the new ones (F's ticks and number
                  # too) from 60 % (r56: they overlapped for a second as one faded over the
                  # other).
                  *(Conceal(plots[p][2], rate_func=FIRST_PART) for p in PRIORS),
                  *(Reveal(tick_numbers[p], rate_func=LAST_PART) for p in PRIORS),
                  *(Reveal(self.f_titles[p], rate_func=LAST_PART) for p in PRIORS),
                  # F defined as the flip starts (r59: its caption named F(w) 2 s before
                  # it was written); its row is empty.
                  Reveal(self.f_lines[0], rate_func=FIRST_PART),
                  *(names[p].animate(rate_func=ease).shift(lift[p]) for p in PRIORS),
                  # ŵ's dot becomes F's ring as it rides up.
                  *(hats[p].animate(rate_func=ease).shift(lift[p]).set_fill(opacity=0.0)
                    .set_stroke(CENTER_COLOR, width=HAT_RING_WIDTH, opacity=1.0)
                    for p in PRIORS),
                  self.hat_key.animate(rate_func=ease).set_fill(opacity=0.0).set_stroke(
                      CENTER_COLOR, width=HAT_RING_WIDTH, opacity=1.0),
                  run_time=flip_time)
        driver.clear_updaters()
        self.remove(driver)
        # F's axis label once the density's axis is gone (the two crossed it as they faded).
        self.play(*(Reveal(self.f_plots[p][1][1]) for p in PRIORS), run_time=0.3)
        # F's own plot, curve, dot and ŵ in place of the density ones (the same points).
        for p in PRIORS:
            self.remove(*plots[p].get_family(), curves[p], dots[p], hats[p],
                        self.log_labels[p], ticks[p], tick_numbers[p], old_ticks[p],
                        new_ticks[p])
            self.add(self.f_plots[p], self.f_titles[p], self.f_curves[p], self.f_dots[p],
                     self.f_hats[p], names[p])

    @staticmethod
    def hat_ring(dot: VMobject) -> VMobject:
        """ŵ's dot as a white ring (no fill), over a thin dark outline."""
        return dot.set_fill(opacity=0.0).set_stroke(CENTER_COLOR, width=HAT_RING_WIDTH,
                                                     opacity=1.0)

    def penalized(self, w_hat: float, prior: str, share: float):
        """The posterior with this share of λ: 0 gives f alone, 1 the prior's F."""
        return posterior_1d(self.h, w_hat, prior=prior, strength=share * self.lam,
                            noise_variance=self.sigma2)

    def add_penalty(self, prior: str, w_hat: float, run_time: float) -> None:
        """The prior's term added to f on F's plot: each frame the graph of f + s·penalty
        and its minimizer (regmath's), s from 0 to 1, landing on the dimmed F, which is
        then itself again."""
        share, axes = ValueTracker(0.0), self.f_axes[prior]
        growing = VMobject(stroke_color=COLORS[prior], stroke_width=6)

        # No dot rides the growing curve (r51: on f's copy it sat at ŵ, the Laplace "mode"
        # off 0 for a second): the dimmed dot stays at F's own bottom until F is complete.
        def redraw(m: VMobject) -> None:
            post = self.penalized(w_hat, prior, share.get_value())
            set_pieces(m, axes, clip_polyline(objective_curve(
                post, *self.f_window, samples=CURVE_SAMPLES), self.f_box))

        redraw(growing)
        growing.add_updater(redraw)
        self.add(growing)
        self.play(share.animate.set_value(1.0), run_time=max(run_time, PENALTY_SECONDS),
                  rate_func=rate_functions.ease_in_out_sine)
        growing.clear_updaters()
        # F itself again under the grown curve (the same points), then the copy goes.
        self.play(Undim(self.f_curves[prior]), Undim(self.f_dots[prior]), run_time=0.3)
        self.remove(growing)

    def show_log_view(self) -> None:
        self.build_log_view()
        extras = VGroup(*(VGroup(self.likelihoods[p], self.priors[p],
                                 self.mean_ticks[p], self.reads[p]) for p in PRIORS),
                        self.zero_label, self.key, self.mode_laws[1],
                        self.zone_keys[0])
        # The formula first (r53: it came 5 s after its words), then the motion: the
        # posteriors (titles, ŵ and its labels kept) zoom to F's window, then p → σ² log p
        # → F on that one w axis.
        with self.cue("Zoom in, take the log{@log}: log is increasing, so each peak stays "
                      "at the same w{@peak}.") as cue:
            cue.play(Conceal(extras), run_time=0.6)
            self.zoom_in(self.f_x_range, priors=False)
            self.log_stage(max(cue.until(cue.END), FLIP_SECONDS))
        # −σ² log p = F + const written as the flip happens (r56: 6 s before σ² and F were
        # said); the minima pulsed under their own words (r56: after them).
        with self.cue("Times −σ², it flips{@flip}: the peak becomes the bottom of "
                      "F(w){@bottom}.") as cue:
            self.flip_stage(max(cue.until("flip"), FLIP_SECONDS))
            cue.play(*(Flash(self.f_dots[p], color=SOLUTION_COLOR) for p in PRIORS),
                     *(Indicate(self.f_dots[p], color=SOLUTION_COLOR, scale_factor=1.5)
                       for p in PRIORS), until="bottom")
        # F built on its graph as its terms are named (r47: 16 s of algebra over still
        # graphs): the data term f dashed, then each prior's term added until f is F.
        f_hat = self.f_sweep[0]
        data_terms = VGroup(*(VGroup(*(dashed(self.f_axes[p], piece, stroke_color=LOSS_COLOR,
                                              stroke_width=3)
                                       for piece in clip_polyline(objective_curve(
                                           self.penalized(f_hat, p, 0.0), *self.f_window,
                                           samples=CURVE_SAMPLES), self.f_box)))
                              for p in PRIORS))
        # Each prior's term alone as the algebra names it (r48: the V and the parabola were
        # only ever seen inside F): dashed, in the prior's colour, on F's axes from (0, 0),
        # then grown onto f.
        penalty_terms = {p: VGroup(*(dashed(self.f_axes[p], piece, stroke_color=COLORS[p],
                                            stroke_width=3)
                                     for piece in clip_polyline(penalty_curve(
                                         self.posterior(f_hat, p), *self.f_window,
                                         samples=CURVE_SAMPLES), self.f_box)))
                         for p in PRIORS}
        # Why σ² (r50: never said): it makes the likelihood's term the loss itself, written
        # and drawn (dashed) as it is said (r56: said over a still picture).
        # Words only (r60: the formula read twice, in the caption and on screen).
        with self.cue("Term by term: the likelihood's term becomes the loss f{@s2}, "
                      "up to a constant{@f}.") as cue:
            # ŵ's labels stay by their dots while f is drawn (r56: gone from 99 s on); the
            # white dot is named in the panel's key, by ŵ's value, from then on.
            cue.play(Reveal(self.f_lines[1]),
                     *(Dim(m) for p in PRIORS for m in (self.f_curves[p], self.f_dots[p])),
                     until="s2")
            # Across the rest of the words (r62: done at "f", a 3.4 s still followed).
            # Lit, not enlarged: the line fills the panel's width.
            cue.play(Create(data_terms), Indicate(self.f_lines[1], color=LOSS_COLOR,
                                                  scale_factor=1.0), until=cue.END)
        with self.cue("The Laplace prior gives (σ²/b)|w|{@lap}; the Gaussian prior, "
                      "σ²w²/(2τ²){@gauss}.") as cue:
            # ŵ's labels go as the priors' terms grow (F_L's growing V struck the upper one;
            # the tangents and slides would too).
            cue.play(Reveal(self.f_lines[2]), Create(penalty_terms["laplace"]),
                     *(Conceal(self.flip_names[p]) for p in PRIORS), run_time=0.8)
            self.add_penalty("laplace", f_hat, cue.until("lap"))
            cue.play(Reveal(self.f_lines[3]), Create(penalty_terms["gaussian"]), run_time=0.8)
            self.add_penalty("gaussian", f_hat, cue.until("gauss"))
        with self.cue("So F_L = f + λ|w| is the lasso{@lasso}, F_R = f + λw²/2 ridge{@ridge}. "
                      "{@two}At 0, F_L has two slopes, on the left, then on the right of "
                      "the kink{@slopes}.") as cue:
            # h and λ move into f's and F_L's lines (the panel keeps six lines).
            cue.play(Conceal(self.f_lines[0]), Conceal(self.f_lines[1:3]), Conceal(data_terms),
                     *(Conceal(t) for t in penalty_terms.values()), Conceal(self.params_line),
                     run_time=0.4)
            cue.play(Reveal(self.f_sums[:2]),
                     Transform(self.f_plots["laplace"][1][1], self.f_names["laplace"]),
                     until="lasso")
            cue.play(Conceal(self.f_lines[3]), run_time=0.4)
            cue.play(Reveal(self.f_sums[2]),
                     Transform(self.f_plots["gaussian"][1][1], self.f_names["gaussian"]),
                     until="ridge")
            # F_L's two tangents as their words appear (ridge's one comes with its words).
            cue.play(Reveal(self.slope_read), Create(self.tangents["laplace"]), at="two",
                     run_time=1.2)
            cue.play(Indicate(self.slope_read, color=NORMAL_COLOR, scale_factor=1.05),
                     until=cue.END)
        edge = number(self.edge)
        followers = self.attach_f_followers()
        with self.cue("Slide ŵ again{@go}: while the slopes have opposite signs, the bottom "
                      "stays at the kink, 0{@stay}.") as cue:
            # The band where the kink holds the bottom at 0, then the slide up to its edge,
            # easing out: ŵ slows as it reaches the event (r44: it went by in 1.4 s).
            # Its key on ŵ's row (r50: in f's row it replaced f's definition while F_L = f + λ|w|
            # stayed on screen).
            self.f_zone_label = self.zone_keys[1].next_to(self.hat_read, RIGHT, buff=0.4)
            # Inside the panel (the key names the band's ŵ values, r56: it is longer).
            room = PANEL_RIGHT - self.f_zone_label.get_left()[0]
            if self.f_zone_label.width > room:
                self.f_zone_label.scale_to_fit_width(room, about_edge=LEFT)
            cue.play(Reveal(self.f_zone_label), run_time=0.4)
            sweep(self, self.tracker, self.edge, *followers, run_time=cue.until(cue.END),
                  rate_func=rate_functions.ease_out_sine)
        # The key event held and named with its value: at the edge the near side's slope is
        # 0, its tangent flat (the slope readout shows it).
        flat = 1 if self.w_hat > 0 else 0
        # The condition itself on screen with the data's numbers (r50: only "−6.00, 0.00"
        # showed it), under the slopes, where ridge's readout comes later; the flat tangent
        # named on the plot, above it, away from the curve.
        h, size, lam = number(self.h), number(abs(self.edge)), number(self.lam)
        self.edge_line = _tex(rf"|h\hat w| = {h.tex} \cdot {size.tex} = {lam.tex} = \lambda",
                              color=TANGENT_COLOR)
        self.panel_below(self.edge_line, self.slope_read)
        self.flat_label = legible(MathTex(r"\text{slope } 0", font_size=30,
                                          color=TANGENT_COLOR))
        tangent = self.tangents["laplace"][flat]
        f_axes = self.f_plots["laplace"][0]
        place_clear(self.flat_label, tangent.get_end(), np.array([0.3, 1.0]),
                    [self.f_curves["laplace"], *self.tangents["laplace"], f_axes.x_axis,
                     f_axes.y_axis, self.f_hats["laplace"],
                     self.f_dots["laplace"]], buff=0.15)
        with self.cue("At ŵ = {edge}, |hŵ| = {h}·{size} = {lam} = λ{@cond}: the {side} slope is "
                      "0{@flat}, its tangent flat.", edge=edge, h=h, size=size, lam=lam,
                      side="right" if flat else "left") as cue:
            cue.play(Reveal(self.edge_line), until="cond")
            cue.play(Circumscribe(self.slope_read, color=TANGENT_COLOR, buff=0.1),
                     Indicate(tangent, color=TANGENT_COLOR, scale_factor=1.0),
                     Flash(self.f_dots["laplace"], color=SOLUTION_COLOR), until="flat")
            cue.play(Reveal(self.flat_label), run_time=0.6)
            cue.play(Indicate(self.flat_label, color=TANGENT_COLOR, scale_factor=1.1),
                     Indicate(tangent, color=TANGENT_COLOR, scale_factor=1.0), until=cue.END)
        self.leave_law = _tex(rf"w^*_L = \hat w {'-' if self.w_hat > 0 else '+'} \lambda/h",
                              color=LASSO_COLOR)
        self.leave_law.move_to(self.edge_line, aligned_edge=LEFT)
        with self.cue("Past it, the slopes share a sign and the bottom leaves 0{@leave}, "
                      "following ŵ {shift} λ/h.",
                      shift="−" if self.w_hat > 0 else "+") as cue:
            # The edge's condition goes as ŵ leaves the edge (r51: it stayed to 0.375); the
            # law the bottom follows comes in its row (r56: said, not on screen since 82 s).
            # At the edge, before ŵ leaves it, the band's rule dims and the one the bottom
            # follows comes lit (r67: "ŵ ∈ [−0.25, 0.25]: w*_L = 0" stayed lit at ŵ = 0.375).
            cue.play(Conceal(self.flat_label), Conceal(self.edge_line), Dim(self.f_zone_label),
                     run_time=0.3)
            cue.play(Reveal(self.leave_law), run_time=0.4)
            # Slow out of the edge (easing in): the bottom's first steps off 0 are seen.
            sweep(self, self.tracker, self.f_sweep[1], *followers, run_time=cue.until(cue.END),
                  rate_func=rate_functions.ease_in_out_sine)
        with self.cue("Ridge's bowl is smooth, one slope −hŵ at 0{@one}: slide back, and its "
                      "bottom, hŵ/(h + λ), never stops at 0{@r}.") as cue:
            self.detach_followers(followers)
            # Its slope and tangent at the ŵ where the slide stopped (neither followed it:
            # they come in now, as they are named).
            here = self.posterior(self.tracker.get_value(), "gaussian")
            self.ridge_read.set_values(*ridge_values(here))
            for line, segment in zip(self.tangents["gaussian"], self.f_picture("gaussian",
                                                                               here)[2]):
                line.put_start_and_end_on(*to_scene(self.f_axes["gaussian"], segment))
            # The lasso's rules go as ŵ slides back (neither is needed for ridge's story,
            # and a dimmed band rule would be stale once ŵ is back in the band).
            cue.play(Conceal(self.leave_law), Conceal(self.f_zone_label), run_time=0.3)
            cue.play(Reveal(self.ridge_read), Create(self.tangents["gaussian"]), until="one")
            followers = self.attach_f_followers(ridge=True)
            sweep(self, self.tracker, self.ridge_back, *followers, run_time=cue.until("r"),
                  rate_func=rate_functions.ease_in_out_sine)
            self.detach_followers(followers)
            # Its bottom named off 0 by its readout (r50: an enlarged dot hid the origin and
            # "never 0" looked like 0).
            # A slow pulse, not a box (r60: the box flashed for under 1 s).
            cue.play(Indicate(self.ridge_read, color=RIDGE_TEXT, scale_factor=1.05),
                     run_time=1.5)

    def slice_inset(self, below: VMobject) -> VGroup:
        """F_L along the zero weight through the lasso MAP (the other weight fixed): the
        1-D picture of the optimality test, a kink at 0 whose one-sided tangents have
        opposite signs (r44: the test was a number only). Under ``below``, in the panel."""
        piece = weight_slice(self.loss, self.maps["laplace"].point, self.zero,
                             prior="laplace", strength=self.lam,
                             noise_variance=self.sigma2)
        x_range = axis_range(list(objective_sweep_window([piece], reach=INSET_REACH)),
                             margin=0.0, target_ticks=3)
        # F_L's rise over its minimum F_L(w*_L) (r56: the slice's own F, a constant below
        # F_L, stood on an axis named F_L with a "4"): 0 at w*_L, the V's tip on the axis.
        tangents = objective_tangents(piece, reach=INSET_TANGENT, half=True, rise=True)
        self.slice_curve = objective_curve(piece, x_range[0], x_range[1],
                                           samples=CURVE_SAMPLES, rise=True)
        y_range = axis_range([0.0, *tangents[:, :, 1].ravel()], margin=0.0, target_ticks=3)
        box = ViewBox(x_range, y_range)
        group = make_plot(x_range, y_range, weight(self.zero).tex, r"F_L - F_L(w^*_L)",
                          center=np.zeros(3), size=INSET_SIZE, label_size=28)
        axes = group[0]
        # No numbers on the rise's axis: its shape, the V at 0, is the story (r56: its "4"
        # sat on the left tangent).
        axes.y_axis.remove(axes.y_axis.numbers)
        axes.y_axis.numbers = VGroup()
        # The label from the axis's top rightwards (centred, it reached into the plane).
        group[1][1].next_to(axes.y_axis.get_end(), UP, buff=0.1).align_to(
            axes.y_axis.get_end() + 0.1 * LEFT, LEFT)
        enlarge_w_numbers(axes, x_range)
        group.next_to(below, DOWN, buff=0.45).align_to([PANEL_LEFT + 0.15, 0, 0], LEFT)
        curve = set_pieces(VMobject(stroke_color=LASSO_COLOR, stroke_width=4), axes,
                           clip_polyline(self.slice_curve, box))
        lines = VGroup(*(Line(*to_scene(axes, segment), stroke_color=TANGENT_COLOR,
                              stroke_width=4, z_index=5) for segment in tangents))
        # The minimum, a vertex of the curve (regmath's grid holds the mode exactly).
        bottom = self.slice_curve[self.slice_curve[:, 0] == piece.mode][0]
        dot = self.map_marker(to_scene(axes, bottom))
        # Which line the slice is (r45: never named): the other weight fixed at w*_L's.
        other = 1 - self.zero
        name = _tex(rf"\text{{slice }} {weight(other).tex} = "
                    rf"{number(float(self.maps['laplace'].point[other])).tex}",
                    color=LASSO_COLOR, font_size=PANEL_FONT)
        # Under the inset, at the panel's size (r47: squeezed into the space at its right,
        # it was small and far off, hard to read at 480p).
        name.next_to(group, DOWN, buff=0.2).align_to(group, LEFT)
        # The two slopes with their values, as in 1-D (r50: the tangents had none): ∂f/∂w_j
        # at w*_L ∓ λ, regmath's.
        # Beside the slice, in place of the bare test |∂f/∂w_j| < λ (the panel keeps its
        # number of lines).
        # The left slope first (−λ), then the right (+λ), each ∂f/∂w_j ∓ λ.
        pull, left, right = numbers([abs(float(self.loss.gradient(
            self.maps["laplace"].point)[self.zero])), *objective_slopes(piece)], significant=2)
        # Named (r51: "−2.13 − 3 = −5.13" came without names): ∂f/∂w_j beside the slice's
        # name; each slope ∂f/∂w_j ∓ λ at its own tangent's end (r59: in a separate block,
        # the small tangents unnamed).
        wj = weight(self.zero).tex
        # The test itself, |∂f/∂w_j| < λ (r62: only ∂f/∂w_j = −2.13 was on screen while the
        # caption compared it with λ; λ's value is on the panel's first line).
        self.slice_slopes = VGroup(
            _tex(rf"|\partial f/\partial {wj}| = {pull.tex} < \lambda", color=TANGENT_COLOR))
        self.slice_slopes.next_to(name, RIGHT, buff=0.4)
        obstacles = [curve, lines, axes.x_axis.numbers, axes.x_axis, axes.y_axis, group[1]]
        # The left one above its end (at its left it reached into the plane), the right one
        # beyond its end.
        for value, raw, line, side in zip((left, right), objective_slopes(piece), lines,
                                          (UP, RIGHT + UP)):
            sign = "+" if raw > 0 else ""
            # Named as slopes (r60: bare numbers at the tangents' ends).
            label = legible(MathTex(rf"\text{{slope }}{{{sign}{value.tex}}}", font_size=READ_FONT,
                                    color=TANGENT_COLOR))
            far = line.get_start() if abs(line.get_start()[0] - dot.get_center()[0]) > abs(
                line.get_end()[0] - dot.get_center()[0]) else line.get_end()
            place_clear(label, far, side, obstacles, buff=0.12)
            self.slice_slopes.add(label)
        return VGroup(group, curve, lines, dot, name)

    def show_two_weights(self) -> None:
        everything = VGroup(*(VGroup(*self.f_plots[p], self.f_curves[p], self.f_dots[p],
                                     self.tangents[p], self.f_hats[p], self.f_titles[p],
                                     self.flip_names[p])
                              for p in PRIORS),
                            self.f_sums, self.hat_read, self.hat_key, self.slope_read,
                            self.ridge_read)
        # The outer level set's kinks too (r62: its × at w₁ = 2.93 covered the tick "3").
        outer = self.level_sets["laplace"][-1]
        plane_group = make_axes(self.view, keep_clear=[self.loss.center,
                                                       *(m.point for m in self.maps.values()),
                                                       *outer[np.any(outer == 0.0, axis=1)]],
                                avoid=[*self.level_sets["laplace"], *self.level_sets["gaussian"]],
                                # Readable at 480p (r67: the 26-point numbers were 7 px).
                                font_size=AXIS_NUMBER_FONT)
        plane = self.plane = plane_group[0]
        # The plane's numbers in the text colour (r53: grey and small, marginal at 480p).
        # Its axes over the level sets (r56: the outer set, along the w₂ axis from 0 up,
        # covered its ticks), under the kinks' and MAPs' markers.
        for axis in (plane.x_axis, plane.y_axis):
            axis.numbers.set_color(TEXT_COLOR)
            axis.set_z_index(AXES_OVER_SETS)
            axis.numbers.set_z_index(AXES_OVER_SETS + 1)
        self.set_curves = {p: VGroup(*(polyline(plane, c, stroke_color=COLORS[p],
                                                stroke_width=3) for c in self.level_sets[p]))
                           for p in PRIORS}
        self.map_dots = {p: self.map_marker(to_scene(plane, self.maps[p].point)) for p in PRIORS}
        self.dashed_sets = VGroup(*(dashed(plane, c, stroke_color=LASSO_COLOR, stroke_width=3)
                                    for c in self.level_sets["laplace"]))
        # Dimmed, still seen (r51: at 0.3 they were barely visible).
        self.dashed_sets.set_stroke(opacity=SET_DIM_OPACITY)
        # The Laplace level sets' kinks: regmath's vertices with a weight exactly 0, on
        # either axis.
        # Small white crosses (r60: yellow dots, the 1-D plots' "mean" colour).
        self.kink_marks = VGroup(*(self.kink_cross(to_scene(plane, vertex))
                                   for c in self.level_sets["laplace"]
                                   for vertex in np.unique(c[np.any(c == 0.0, axis=1)], axis=0)))
        center_dot = marker(to_scene(plane, self.loss.center), CENTER_COLOR, z_index=6)
        center_label = legible(MathTex(r"\hat w", font_size=32, color=CENTER_COLOR))
        place_clear(center_label, center_dot.get_center(), np.array([1.0, 1.0]),
                    [*self.set_curves.values()], minor=[plane], buff=0.1)
        star, rstar = point(self.maps["laplace"].point), point(self.maps["gaussian"].point)
        # The 1-D test carried over: at the lasso MAP, the zero weight's slope of f is inside
        # ±λ, so the kink holds it at 0.
        pull = number(abs(float(self.loss.gradient(self.maps["laplace"].point)[self.zero])))
        wj = weight(self.zero)
        hat = point(self.loss.center)
        (h11, h12), (h21, h22) = [numbers(row) for row in self.loss.hessian]
        matrix = (rf"\begin{{pmatrix}} {h11.tex} & {h12.tex} \\ {h21.tex} & {h22.tex} "
                  r"\end{pmatrix}")
        self.map_lines = VGroup(
            # λ in the footer with the σ², b, τ² it comes from (r67: they were gone while
            # λ = 3 was used).
            _tex(rf"\hat w = {hat.tex},\ \ H = {matrix}"),
            # xᵢ is a vector now (r60: a scalar in 1-D, unannounced).
            # f alone, at the panel's size (r62: with H = Σxᵢxᵢᵀ it was squeezed to 6 px
            # scripts and reached the frame's edge).
            _tex(r"f = \tfrac12 (w-\hat w)^{\top} H (w-\hat w)"),
            # The norms written out (r50: ‖w‖₁, ‖w‖₂² came without words).
            _tex(r"F_L = f + \lambda\|w\|_1,\ \ \|w\|_1 = |w_1| + |w_2|", color=LASSO_COLOR),
            _tex(rf"w^*_L = {star.tex}", color=LASSO_COLOR),
            _tex(r"F_R = f + \tfrac{\lambda}{2}\|w\|_2^2,\ \ \|w\|_2^2 = w_1^2 + w_2^2",
                 color=RIDGE_TEXT),
            _tex(rf"w^*_R = {rstar.tex}", color=RIDGE_TEXT))
        self.panel_below(self.map_lines[0], None)
        for above, line in zip(self.map_lines, self.map_lines[1:]):
            self.panel_below(line, above, buff=0.45 if line in (self.map_lines[2],
                                                                self.map_lines[4]) else 0.3)
        # The parameters λ comes from, at the panel's foot through the 2-D part (r67: σ²,
        # b and τ² were off screen while λ = 3 was used).
        s2_value, b_value, tau2_value, lam_value = numbers([self.sigma2, self.b, self.tau2,
                                                            self.lam])
        self.footer_2d = _tex(rf"\sigma^2 = {s2_value.tex},\ \ b = {b_value.tex},\ \ "
                              rf"\tau^2 = {tau2_value.tex}\ \Rightarrow\ "
                              rf"\lambda = {lam_value.tex}", font_size=PARAMS_FONT)
        self.footer_2d.align_to([PANEL_RIGHT, 0, 0], RIGHT).shift(
            (CAPTION_TOP + PARAMS_RISE - self.footer_2d.get_bottom()[1]) * UP)
        # Cut at the view (they fit for the default data; the view is the posteriors').
        self.bowl_sets = VGroup(*(VGroup(*(polyline(plane, piece, stroke_color=LOSS_COLOR,
                                                    stroke_width=3)
                                           for piece in clip_polyline(c, self.view)))
                                  for c in self.f_sets))
        # H named in words as the 2-D h (r67: the matrix came with no words).
        with self.cue("With two weights, H = Σxᵢxᵢᵀ, the 2-D h{@H}, makes f a bowl, "
                      "ellipses round ŵ{@f}; the Laplace "
                      "posterior's {@lv}level sets are F_L's{@sets}: ellipse arcs joined by "
                      "kinks on an axis{@kinks}.") as cue:
            # A cross-fade: the plane comes in as F's plots go.
            # F's plots and lines go first, then the plane comes (r48: a cross-fade laid
            # the new panel's first line over the old one's).
            cue.play(Conceal(everything), run_time=0.5)
            cue.play(Reveal(plane_group), Reveal(center_dot),
                     Reveal(center_label), Reveal(self.map_lines[0]),
                     Reveal(self.footer_2d), run_time=0.6)
            cue.play(Indicate(self.map_lines[0], color=TEXT_COLOR, scale_factor=1.05),
                     run_time=max(0.8, cue.until("H")))
            cue.play(Reveal(self.map_lines[1]), Create(self.bowl_sets, lag_ratio=0.3),
                     run_time=max(1.5, cue.until("f")))
            # The level sets as they are named (r50: drawn 2 s before): f's ellipses fade
            # out as F_L's level sets fade in (r67: a point-wise morph drew false kinks off
            # the axes while the caption said "on an axis"); the × kinks come after.
            cue.wait_until("lv")
            cue.play(Reveal(self.map_lines[2]), Conceal(self.bowl_sets),
                     Reveal(self.set_curves["laplace"]),
                     run_time=max(MORPH_SECONDS, cue.until("sets")),
                     rate_func=rate_functions.ease_in_out_sine)
            cue.play(Reveal(self.kink_marks), run_time=max(0.6, cue.until("kinks")))
            # Each kink pulsed about its own centre (r44: one Indicate on the group scaled
            # the dots about the group's centre, off their kinks and onto the tick labels).
            cue.play(*(Indicate(m, color=TEXT_COLOR) for m in self.kink_marks),
                     until=cue.END)
        self.inset = self.slice_inset(self.map_lines[3])
        # The slice drawn on the plane (r47: the inset's line was nowhere on the plot): the
        # other weight fixed at the MAP's, the zero weight across the view.
        span = (self.view.x_range, self.view.y_range)[self.zero]
        ends = np.repeat(self.maps["laplace"].point[None, :], 2, axis=0)
        ends[:, self.zero] = span[:2]
        slice_line = dashed(plane, ends, stroke_color=LASSO_COLOR, stroke_width=3)
        self.inset.add(slice_line)
        with self.cue("Its MAP is the lasso's w*_L = {star}{@map}: {wj} is exactly 0, as "
                      "in 1-D: {@along}along {wj}, F_L's slopes at 0 have opposite "
                      "signs{@slice}, as |∂f/∂{wj}| = {pull} < λ{@test}.", star=star,
                      wj=wj, pull=pull) as cue:
            # The footer gives way to the slice inset, which needs its row (it comes back
            # with ridge's level sets).
            cue.play(Reveal(self.map_dots["laplace"]), Reveal(self.map_lines[3]),
                     Conceal(self.footer_2d), until="map")
            cue.play(Flash(self.map_dots["laplace"], color=SOLUTION_COLOR),
                     Indicate(self.map_lines[3], color=LASSO_COLOR, scale_factor=1.05),
                     until="along")
            # The 1-D picture of the test as its words come (r45: 2 s early): F_L along the
            # zero weight, its kink at 0 and the two one-sided tangents of opposite signs.
            cue.play(Reveal(self.inset[0]), Create(self.inset[1]), Reveal(self.inset[3]),
                     Reveal(self.inset[4]), Create(self.inset[5]), run_time=1.0)
            cue.play(Create(self.inset[2]), Reveal(self.slice_slopes), until="slice")
            # The test, then the zero it explains (no wordless rest: it read as a still).
            # The slopes, then the gradient they come from, each as it is said (r51: 5 s
            # of a still inset).
            cue.play(*(Indicate(m, color=TANGENT_COLOR, scale_factor=1.08)
                       for m in self.slice_slopes[1:]),
                     Indicate(self.inset[2], color=TANGENT_COLOR, scale_factor=1.0),
                     run_time=1.0)
            cue.play(Indicate(self.slice_slopes[0], color=LASSO_COLOR, scale_factor=1.0),
                     until="test")
            cue.play(Flash(self.map_dots["laplace"], color=SOLUTION_COLOR),
                     Indicate(self.map_lines[3], color=LASSO_COLOR, scale_factor=1.05),
                     until=cue.END)
        with self.cue("Ridge's level sets, F_R's, are ellipses{@ell}; its MAP "
                      "w*_R = {rstar} has no zero{@r}.", rstar=rstar) as cue:
            # The Laplace picture dims with its MAP, so the one bright dot is ridge's.
            cue.play(Conceal(self.inset), Conceal(self.slice_slopes), run_time=0.5)
            cue.play(Reveal(self.footer_2d), run_time=0.4)
            # The lasso's level sets dashed as they dim (r50: dim orange and green told
            # apart by hue alone).
            cue.play(Conceal(self.set_curves["laplace"]), Reveal(self.dashed_sets),
                     Dim(self.map_dots["laplace"]),
                     Dim(self.kink_marks), Reveal(self.map_lines[4]),
                     Create(self.set_curves["gaussian"], lag_ratio=0.3), until="ell")
            cue.play(Reveal(self.map_dots["gaussian"]), Reveal(self.map_lines[5]),
                     until="r")
            cue.play(Flash(self.map_dots["gaussian"], color=SOLUTION_COLOR), run_time=0.8)
            cue.play(Indicate(self.map_lines[5], color=RIDGE_TEXT, scale_factor=1.05),
                     until=cue.END)
        self.plane_parts = VGroup(plane_group, center_dot, center_label,
                                  self.set_curves["gaussian"], self.dashed_sets,
                                  *self.map_dots.values(),
                                  self.kink_marks)

    def show_card(self) -> None:
        card = VGroup(
            _tex(r"\text{Laplace prior } b:\ \ \lambda = \sigma^2/b\ \ (\text{lasso})",
                 color=LASSO_COLOR, font_size=36),
            # The ridge convention on the card (r50: λ = σ²/τ² holds for the penalty
            # (λ/2)‖w‖², not λ‖w‖²; lecturers screenshot the card).
            MathTex(r"\text{Gaussian prior } \tau^2:\ \ \lambda = \sigma^2/\tau^2\ \ "
                    r"(\text{ridge, penalty } \tfrac{\lambda}{2}\|w\|_2^2)",
                    color=RIDGE_TEXT, font_size=36),
            # The loss's scale, on which λ = σ²/b rests (a mean of squares would divide it by
            # n). The card is centred on the frame: it need not fit the side panel's width.
            MathTex(r"\text{if: loss} = \tfrac12\textstyle\sum \text{residuals}^2,\ "
                    r"\text{Gaussian noise, known } \sigma^2", font_size=PANEL_FONT,
                    color=TEXT_COLOR),
            MathTex(r"\text{i.i.d. zero-mean priors, one shared fixed scale}",
                    font_size=PANEL_FONT, color=TEXT_COLOR),
            # Yellow, not dark red (r53: the takeaway had the lowest contrast on screen).
            _tex(r"\text{sparse: the mode (MAP), not the mean}", color=NORMAL_COLOR))
        card.arrange(DOWN, aligned_edge=LEFT, buff=0.35).move_to([0.0, 0.6, 0.0])
        # One beat (the derivation showed where each λ comes from): each line fades in,
        # by its own Reveal, as it is said.
        # Shorter (r53: a 15 s card, a line every 2-3 s).
        # Cut at clauses (r56: "known σ², i.i.d. | zero-mean priors" read as the noise's).
        with self.cue("So λ = σ²/b (Laplace){@lap}, σ²/τ² (Gaussian){@card}, for Gaussian "
                      "noise of known σ²{@noise}; i.i.d. zero-mean priors of one fixed "
                      "scale{@if}; the MAP, not the mean, is sparse{@end}.",
                      settle=CARD_SETTLE) as cue:
            # The plane goes first (a line fading in over the fading plot crossed it).
            cue.play(Conceal(self.plane_parts), Conceal(self.map_lines),
                     Conceal(self.footer_2d), run_time=0.6)
            cue.play(Reveal(card[0]), until="lap")
            cue.play(Reveal(card[1]), until="card")
            cue.play(Reveal(card[2]), until="noise")
            cue.play(Reveal(card[3]), until="if")
            cue.play(Reveal(card[4]), run_time=0.8)
            cue.play(Indicate(card[4], color=NORMAL_COLOR, scale_factor=1.04),
                     until=cue.END)
        # The whole card once more (already on screen, nothing changes): the catalogue's
        # last-frame render skips the Reveals that add the lines one by one.
        self.add(card)

