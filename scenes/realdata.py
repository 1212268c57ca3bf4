"""Real data: the lasso path of the LARS paper's diabetes data, against t = ‖w‖₁.

    manim render -pql scenes/realdata.py DiabetesLassoPath

The data are fixed (442 patients, ten features, columns centred and scaled to unit
length, scikit-learn's ``load_diabetes``); the lecturer chooses the budget t at which the lasso and ridge
are compared:

    class MyCase(DiabetesLassoPath):
        radius = 2000.0

Storyboard, one section per beat:

* data: X pictured as ten named columns beside y (‖xⱼ‖ = 1, y centred; the
  abbreviations spelled out), then the problem, min ½‖y − Xw‖² subject to ‖w‖₁ ≤ t,
  under "budget", and the sweep from t = 0 under "each curve": bmi, ltg and bp enter
  as they are named (ltg and bp ride their curve's tip until their own names show).
* path: a t line sweeps on; the ten coefficient paths are drawn behind it,
  exact and straight between knots (`regmath.diabetes.diabetes_path`), each knot
  marked as it is passed; each feature is named by its own curve where no other curve
  comes near, with a leader line, once the sweep has drawn the curve there; one
  straight segment is highlighted. The penalized form ½‖y − Xw‖² + λ‖w‖₁ and its KKT
  picture, bars |xⱼᵀr| against the falling λ (`regmath.diabetes.inner_products`;
  pale, outlined bars: in the model): each knot flashes as a bar meets λ.
* hdl: the KKT rule written and shown in units of λ (signed bars xⱼᵀr / λ between
  −λ and +λ, `regmath.diabetes.scaled_inner_products`); the one weight that leaves:
  hdl reaches exactly 0, its bar leaves −λ, crosses 0 and reaches +λ across the span
  while the sweep slows, and hdl returns with the other sign; a magnified inset
  shows hdl at 0.
* end: at t = ‖ŵ‖₁ the constraint stops binding and w is the least-squares fit: the
  ten end points marked, "w = ŵ" on screen.
* compare: at the chosen t, how many features the lasso keeps, against ridge
  tuned to the same training loss (`regmath.diabetes.ridge_same_fit`), side by
  side, the lasso's zeros written as exact 0, the common training loss ½‖y − Xw‖²
  written, and ridge's ‖w‖₁ marked on the t axis (a tick, not a line across the lasso's
  curves), with why it must exceed t: only the lasso has that loss within ‖w‖₁ ≤ t.

Every coordinate comes from `regmath.diabetes`; every claim is chosen by its facts.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Axes,
    Flash,
    Line,
    MathTex,
    DashedLine,
    Create,
    LogBase,
    NumberLine,
    Rectangle,
    ValueTracker,
    VGroup,
    VMobject,
    linear,
)

from regmath.diabetes import (FEATURES, diabetes_path, inner_products, ridge_same_fit,
                              scaled_inner_products, training_loss)
from regmath.drawing import axis_range
from scenes.toolkit.emphasis import Indicate
from scenes.toolkit.motion import sweep
from scenes.toolkit.narration import KEY_SETTLE_SECONDS
from scenes.toolkit.notation import Number, Phrase, number
from scenes.toolkit.params import nonnegative, refuse
from scenes.toolkit.reveal import Conceal, Reveal
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import (
    BALL_COLORS,
    MUTED_COLOR,
    PANEL_RIGHT,
    TEXT_COLOR,
    legible,
    marker,
    polyline,
    to_scene,
)
from scenes.toolkit.style import (_box3, _box_inside_safe_area, _next_to_shift,
                                  _outline_samples, box_of)

__all__ = ["DiabetesLassoPath"]

LASSO_COLOR, RIDGE_COLOR = BALL_COLORS["l1"], BALL_COLORS["l2"]
#: One colour per feature (a qualitative set readable on the dark background).
FEATURE_COLORS = ("#8FB8E8", "#F2A65A", "#FF7B7B", "#7FD6CF", "#8CD17D", "#F1CE63",
                  "#9C7BE0", "#FFB6C1", "#C9A27E", "#CFCFCF")
#: The plot: its centre and size (scene units), left of the panel.
PLOT_CENTER = np.array([-3.05, 0.5, 0.0])
PLOT_SIZE = (6.3, 4.7)
#: The panel's left edge (the plot's t label sits just right of the plot).
PANEL_X = 1.05
LABEL_FONT = 28
PANEL_FONT = 30
TABLE_FONT = 28
TABLE_ROW = 0.36
#: A chosen t beyond this many ‖ŵ‖₁ would squeeze the path into too little of the plot.
MAX_REACH = 2.0
#: Seconds of the slowed pass through hdl's span at 0.
SLOW_PASS = 5.5
#: The inset around hdl's span: the window is this many span widths wide.
INSET_WIDTHS = 3.0
INSET_CENTER = np.array([4.0, 0.62, 0.0])
INSET_SIZE = (4.4, 1.0)
#: The signed KKT panel (hdl's beat): its top and height (scene units), under the inset.
SIGN_TOP = -0.95
SIGN_HEIGHT = 1.5
#: Label candidates along a curve: this many points per segment after its entry.
LABEL_SAMPLES = 8
#: The first features named in the words: each name rides its curve's tip until its own
#: place by the curve is reached (`start_path`).
RIDERS = 3
#: Distances (scene units) a name may sit from the point of its curve it names.
LABEL_BUFFS = (0.06, 0.15, 0.3, 0.5)
#: No other curve comes this close (scene units) to a feature's name.
NEAR_OTHER = 0.15
#: Scene units the t lines keep from a feature name they pass behind.
CURSOR_GAP = 0.06
#: The KKT panel: bars |xⱼᵀr| on a log axis (λ falls over three decades), its centre
#: and size (scene units), right of the plot.
KKT_CENTER = np.array([4.05, -0.55, 0.0])
KKT_SIZE = (5.0, 2.9)
HIGHLIGHT_COLOR = "#FFE066"
#: A weight in the model: its bar's fill (outlined in full colour); a bar below the log
#: axis's floor keeps this height (scene units).
ACTIVE_FILL = 0.45
BAR_STUB = 0.05
#: Ridge's ‖w‖₁ on the t scale: a tick this tall (scene units).
RIDGE_TICK = 0.35


def _label_cost(low: np.ndarray, high: np.ndarray, points: np.ndarray,
                margin: float = 0.06) -> int:
    """How many of ``points`` lie within ``margin`` of the box from ``low`` to ``high``."""
    if len(points) == 0:
        return 0
    inside = np.all((points[:, :2] >= low - margin) & (points[:, :2] <= high + margin),
                    axis=1)
    return int(np.count_nonzero(inside))


def _leader_target(low: np.ndarray, high: np.ndarray, point: np.ndarray) -> np.ndarray:
    """The point of the box from ``low`` to ``high`` nearest ``point``: where a leader from
    ``point`` meets the name (shape (3,), z = 0)."""
    return np.array([min(max(point[0], low[0]), high[0]),
                     min(max(point[1], low[1]), high[1]), 0.0])


def _leader_cost(low: np.ndarray, high: np.ndarray, point: np.ndarray,
                 others: np.ndarray) -> int:
    """How many points of other curves lie within 0.05 of the leader a name at this box
    would have to ``point`` (0 for no leader)."""
    target = _leader_target(low, high, point)[:2]
    gap = float(np.linalg.norm(target - point[:2]))
    if gap <= 0.2:
        return 0
    along = point[:2] + np.linspace(0.0, 1.0, int(gap / 0.03) + 2)[:, None] * (target - point[:2])
    near = np.linalg.norm(others[None, :, :2] - along[:, None, :], axis=2).min(axis=0)
    return int(np.count_nonzero(near < 0.05))


def leader(label: VMobject, point: np.ndarray, color: Any) -> VMobject:
    """A short line from the point of a curve a name belongs to, to the name's nearest
    edge (empty when the name sits against the point)."""
    target = _leader_target(*box_of(label), point)
    gap = float(np.linalg.norm(target[:2] - point[:2]))
    line = VMobject(stroke_color=color, stroke_width=2)
    if gap > 0.2:
        unit = (target - point) / gap
        line.set_points_as_corners([point + 0.08 * unit, target - 0.05 * unit])
    return line


class DiabetesLassoPath(StoryScene):
    """The lasso path of real data: features enter one by one; ridge keeps them all."""

    # At t = 1000 the lasso keeps 4 features (bmi, ltg, bp, hdl); ridge with the same
    # training loss keeps all 10 (μ = 1.14), its ‖w‖₁ larger than t.
    radius: ClassVar[float] = 1000.0

    parameters = {"radius": nonnegative()}

    # ------------------------------------------------------------------ data
    def setup(self) -> None:
        super().setup()
        self.path = path = diabetes_path()
        self.loss = path.loss
        self.end = path.end
        t = self.t = float(self.data["radius"])
        if t > MAX_REACH * self.end:
            raise refuse("radius", f"is {t:g}, beyond {MAX_REACH:g}‖ŵ‖₁ = "
                                   f"{MAX_REACH * self.end:.5g}: every t ≥ ‖ŵ‖₁ = "
                                   f"{self.end:.5g} gives w = ŵ, and the path would shrink "
                                   "to a sliver of the plot; choose t up to "
                                   f"{MAX_REACH * self.end:.5g}")
        self.chosen = path.at(t)
        self.fit = ridge_same_fit(self.loss, float(self.loss.value(self.chosen)))
        self.kept = int(np.count_nonzero(self.chosen))
        self.ridge_kept = int(np.count_nonzero(self.fit.point))
        self.order = path.entry_order
        entries: dict[int, int] = {}
        for k, event in enumerate(path.events):
            for j in event.joining:
                entries.setdefault(j, k)
        self.entry_knot = entries
        leaves = [k for k, e in enumerate(path.events) if e.leaving]
        self.leave_knot = leaves[0] if leaves else None
        if self.leave_knot is not None:
            j = path.events[self.leave_knot].leaving[0]
            back = [k for k in range(self.leave_knot + 1, len(path.events))
                    if j in path.events[k].joining]
            self.leaver, self.return_knot = j, (back[0] if back else None)
        top = max(self.end, t)
        self.x_range = axis_range([0.0, top], margin=0.0, target_ticks=7)
        self.y_range = axis_range(path.points, margin=0.06, target_ticks=6)

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("data")
        self.show_data()
        self.next_section("path")
        self.show_path()
        if self.leave_knot is not None:
            self.next_section("hdl")
            self.show_leaving()
        self.next_section("end")
        self.show_end()
        self.next_section("compare")
        self.show_compare()

    # -------------------------------------------------------------- builders
    def get_plot(self) -> None:
        axes = self.axes = Axes(x_range=list(self.x_range), y_range=list(self.y_range),
                                x_length=PLOT_SIZE[0], y_length=PLOT_SIZE[1], tips=False,
                                axis_config={"color": MUTED_COLOR, "stroke_width": 2,
                                             "include_numbers": False})
        axes.move_to(PLOT_CENTER)
        # t's scale runs along the plot's bottom edge, where no path crosses its numbers.
        self.t_scale = scale = bottom_scale(axes, self.x_range, PLOT_SIZE[0], 24)
        y_numbers = VGroup(*(
            legible(MathTex(number(v).tex, font_size=24, color=TEXT_COLOR))
            .next_to(axes.c2p(self.x_range[0], v), LEFT, buff=0.12)
            for v in np.arange(self.y_range[0], self.y_range[1] + 0.5 * self.y_range[2],
                               self.y_range[2])))
        x_label = MathTex(r"t = \|w\|_1", font_size=30).next_to(scale.get_end(), DOWN,
                                                                 buff=0.45)
        x_label.align_to(scale.get_end(), RIGHT)
        y_label = MathTex("w_j", font_size=32).next_to(axes.y_axis.get_end(), UP, buff=0.1)
        self.plot_group = VGroup(axes, scale, y_numbers, x_label, y_label)
        # The full paths, for placing labels clear of every curve (never drawn).
        self.full = [polyline(axes, np.column_stack([self.path.radii, self.path.points[:, j]]))
                     for j in range(len(FEATURES))]

    def cursor(self, line: VMobject, t: float) -> VMobject:
        """The vertical line at t across the plot, with a gap at each shown feature name it
        passes (the names sit in the plot; the line goes behind them, never through)."""
        axes = self.axes
        x = to_scene(axes, [t, 0.0])[0]
        bottom, top = axes.get_bottom()[1], axes.get_top()[1]
        gaps = sorted((label.get_bottom()[1] - CURSOR_GAP, label.get_top()[1] + CURSOR_GAP)
                      for label in self.shown_labels
                      if label.get_left()[0] - CURSOR_GAP <= x <= label.get_right()[0]
                      + CURSOR_GAP)
        pieces, low = [], bottom
        for a, b in gaps:
            if a > low:
                pieces.append((low, min(a, top)))
            low = max(low, b)
        if low < top:
            pieces.append((low, top))
        line.clear_points()
        for a, b in pieces:
            line.start_new_path(np.array([x, a, 0.0]))
            line.add_line_to(np.array([x, b, 0.0]))
        if not pieces:  # keep one point so the line stays a drawable mobject
            line.start_new_path(np.array([x, bottom, 0.0]))
            line.add_line_to(np.array([x, bottom, 0.0]))
        return line

    def curve_points(self, j: int, t: float) -> np.ndarray:
        """Feature j's path from its entry to t: the knots passed and w_j(t) (regmath)."""
        path = self.path
        first = path.radii[self.entry_knot[j]]
        upto = min(t, self.end)
        if upto < first:
            return np.array([[first, 0.0], [first, 0.0]])
        keep = (path.radii >= first) & (path.radii < upto)
        pts = np.column_stack([path.radii[keep], path.points[keep, j]])
        return np.vstack([pts, [[upto, path.at(upto)[j]]]])

    def panel_line(self, tex: str, *, color: Any = TEXT_COLOR, font_size: float = PANEL_FONT
                   ) -> MathTex:
        line = MathTex(tex, font_size=font_size, color=color)
        if line.width > PANEL_RIGHT - PANEL_X:
            line.scale_to_fit_width(PANEL_RIGHT - PANEL_X)
        return line

    def place_labels(self) -> None:
        """Each feature's name by its own curve, where no other curve comes near it (so the
        name cannot be read as another's), clear of its own curve, the axes and every earlier
        name, on the curve's side of the zero line, with a short leader line from the name
        to the point of its curve it names.

        Candidates sit around points of the curve (all its segments after it enters) and
        beside its right-hand end; the clear one the sweep reaches first is kept: its
        ``label_at`` is the t where the curve has been drawn past the whole label, when it
        is shown."""
        axes, path = self.axes, self.path
        obstacles: list[VMobject] = [axes, self.t_scale, self.plot_group[2]]
        if 0.0 < self.t < self.x_range[1]:
            x = to_scene(axes, [self.t, 0.0])[0]
            obstacles.append(Line([x, axes.get_bottom()[1], 0], [x, axes.get_top()[1], 0]))
        fixed = _outline_samples(obstacles, spacing=0.04)
        own = [_outline_samples([c], spacing=0.04) for c in self.full]
        y_axis = axes.c2p(self.x_range[0], 0)[0]
        zero = axes.c2p(self.x_range[0], 0)[1]
        self.labels: dict[int, VMobject] = {}
        self.label_at: dict[int, float] = {}
        self.leaders: dict[int, VMobject] = {}
        placed: list[VMobject] = []
        for j in self.order:
            label = legible(MathTex(rf"\text{{{FEATURES[j]}}}", font_size=LABEL_FONT,
                                    color=FEATURE_COLORS[j]))
            others = np.vstack([own[i] for i in range(len(FEATURES)) if i != j])
            near_labels = (_outline_samples(placed, spacing=0.04) if placed
                           else np.zeros((0, 3)))
            k0 = self.entry_knot[j]
            candidates: list[tuple[float, np.ndarray, Any, float]] = []
            for k in range(k0, len(path.radii) - 1):
                for share in np.linspace(1.0 / LABEL_SAMPLES, 1.0, LABEL_SAMPLES):
                    t = min(path.radii[k] + share * (path.radii[k + 1] - path.radii[k]),
                            path.radii[k + 1])
                    value = path.at(t)[j]
                    if value == 0.0:
                        continue
                    point = to_scene(axes, [t, value])
                    for direction in (UP, DOWN, UP + LEFT, DOWN + LEFT, UP + RIGHT,
                                      DOWN + RIGHT):
                        for buff in LABEL_BUFFS:
                            candidates.append((t, point, direction, buff))
            end_point = to_scene(axes, [path.end, path.loss.center[j]])
            for buff in LABEL_BUFFS:
                candidates.append((path.end, end_point, RIGHT, buff))
            # Each candidate's box is the label's box shifted as next_to would shift it:
            # the label is measured once, not moved a thousand times (this search was
            # 60 % of the scene's dry run).
            box = _box3(label)
            best, key_best = None, None
            for t, point, direction, buff in candidates:
                shift = _next_to_shift(box, point, direction, buff)
                low3, high3 = box[0] + shift, box[1] + shift
                low, high = low3[:2], high3[:2]
                if direction is RIGHT:
                    side = True
                elif point[1] > zero:
                    side = low[1] > zero + 0.05
                else:
                    side = high[1] < zero - 0.05
                ok = side and _box_inside_safe_area(low3, high3) and low[0] > y_axis + 0.06
                cost = (_label_cost(low, high, own[j]) + _label_cost(low, high, fixed)
                        + _label_cost(low, high, others, NEAR_OTHER)
                        + _label_cost(low, high, near_labels, 0.1)) + (0 if ok else 10**6)
                cost += _leader_cost(low, high, point, others)
                right = np.array([high3[0], (low3[1] + high3[1]) / 2, 0.0])
                shown = max(t, float(axes.p2c(right)[0]))
                if shown > path.end and direction is not RIGHT:
                    cost += 10**6
                key = (cost, shown)
                if key_best is None or key < key_best:
                    best, key_best = ((low3 + high3) / 2, point, min(shown, path.end)), key
            label.move_to(best[0])
            placed.append(label)
            self.labels[j] = label
            self.label_at[j] = float(best[2])
            self.leaders[j] = leader(label, best[1], FEATURE_COLORS[j])

    def advance(self, target: float, run_time: float, followers: list[VMobject]) -> None:
        """Sweep t to ``target`` in ``run_time``, showing each feature's name as the sweep
        passes the point of its curve it sits by (`place_labels`)."""
        tracker = self.tracker
        start = tracker.get_value()
        due = sorted((at, j) for j, at in self.label_at.items()
                     if self.labels[j] not in self.shown_labels and start <= at <= target)
        reveal = 0.4 if due else 0.0
        moving = max(run_time - reveal * len(due), 0.2)
        for at, j in due:
            if at > tracker.get_value():
                sweep(self, tracker, at, *followers, rate_func=linear,
                      run_time=max(moving * (at - tracker.get_value()) / (target - start),
                                   1 / 15))
            self.add(self.labels[j], self.leaders[j])
            self.shown_labels.append(self.labels[j])
            rider = self.riders.pop(j, None)
            if rider is not None:
                rider.clear_updaters()
            self.play(Reveal(self.labels[j]), Reveal(self.leaders[j]),
                      *([Conceal(rider)] if rider is not None else []), run_time=reveal)
        if target > tracker.get_value():
            sweep(self, tracker, target, *followers, rate_func=linear,
                  run_time=max(moving * (target - tracker.get_value()) / (target - start),
                               1 / 15))

    def glide(self, target: float, run_time: float, *animations: Any) -> None:
        """Sweep t towards ``target`` while ``animations`` play (the path never stands
        still under words); it stops short of the next name the sweep would show, which
        `advance` then shows."""
        tracker = self.tracker
        now = tracker.get_value()
        due = [at for j, at in self.label_at.items()
               if self.labels[j] not in self.shown_labels and now <= at]
        stop = min([target, *due])
        if due and stop == min(due):
            stop = now + 0.9 * (stop - now)
        self.play(tracker.animate.set_value(max(stop, now)), *animations, rate_func=linear,
                  run_time=run_time)

    # ----------------------------------------------------------------- beats
    def show_data(self) -> None:
        self.get_plot()
        self.header = self.panel_line(r"\min_w\ \tfrac12\|y - Xw\|^2\ \ \text{s.t.}\ "
                                      r"\|w\|_1 \le t", font_size=32)
        self.header.to_edge(UP, buff=0.35).align_to([PANEL_X, 0, 0], LEFT)
        self.data_line = self.panel_line(r"442 \text{ patients},\ 10 \text{ features}")
        self.data_line.next_to(self.header, DOWN, buff=0.3).align_to([PANEL_X, 0, 0], LEFT)
        # The empty plot is there from the first frame (a video's thumbnail is never blank);
        # the problem is written under the words that explain it.
        self.add(self.plot_group)
        self.get_data_picture()
        with self.cue("The diabetes data of the LARS paper{@data}: 442 patients, 10 features"
                      "{@x}, and y{@y}, disease progression a year later.") as cue:
            cue.play(Reveal(self.data_line), until="data")
            cue.play(Reveal(self.data_picture[0]), until="x")
            cue.play(Reveal(self.data_picture[1]), until="y")
            cue.play(Reveal(self.data_picture[2]), until=cue.END)
        self.start_path()
        bmi, ltg, bp = self.order[:3]
        with self.cue("The lasso fits y with a budget t = ‖w‖₁{@budget}. As t grows from 0, "
                      "each curve is one weight{@curve}: {f0} enters first{@e0}, then "
                      "{f1}{@e1} and {f2}{@e2}.",
                      f0=Phrase(FEATURES[bmi], FEATURES[bmi]),
                      f1=Phrase(FEATURES[ltg], FEATURES[ltg]),
                      f2=Phrase(FEATURES[bp], FEATURES[bp]),
                      spoken="The lasso fits y with a budget t, the L1 norm of w{@budget}. "
                      "As t grows from 0, each curve is one weight{@curve}: {f0} enters "
                      "first{@e0}, then {f1}{@e1} and {f2}{@e2}.") as cue:
            self.add(self.header)
            cue.play(Reveal(self.header), until="budget")
            # The first curve starts under "each curve": its knot at t = 0, the sweep on.
            for index, j in enumerate((bmi, ltg, bp)):
                k = self.entry_knot[j]
                target = float(self.path.radii[k])
                if target > self.tracker.get_value():
                    self.advance(target, cue.until(f"e{index}"), self.followers)
                elif index == 0:
                    cue.wait_until("curve")
                self.entered.add(k)
                self.add(self.knot_dots[k])
                cue.play(Reveal(self.knot_dots[k]), *self.show_rider(j),
                         Flash(self.knot_dots[k], color=FEATURE_COLORS[j]), run_time=0.5)
            # bp's first segment is drawn under its name.
            self.glide(self.halfway(), cue.until(cue.END))

    def halfway(self) -> float:
        """t halfway from the sweep's t to the next knot (regmath's knots); the end past
        the last."""
        path, now = self.path, self.tracker.get_value()
        ahead = path.radii[path.radii > now]
        return float(now + 0.5 * (ahead[0] - now)) if len(ahead) else float(now)

    def start_path(self) -> None:
        """The curves, the sweeping t line and the knot dots, following one tracker."""
        axes, path = self.axes, self.path
        self.place_labels()
        tracker = self.tracker = ValueTracker(0.0)
        self.curves = VGroup()
        for j in range(len(FEATURES)):
            curve = VMobject(stroke_color=FEATURE_COLORS[j], stroke_width=4)
            curve.add_updater(lambda m, j=j: m.set_points_as_corners(
                to_scene(axes, self.curve_points(j, tracker.get_value()))))
            self.curves.add(curve)
        self.shown_labels: list[VMobject] = []
        self.entered: set[int] = set()
        line = self.t_line = VMobject(stroke_color=TEXT_COLOR, stroke_width=2,
                                      stroke_opacity=0.6)
        # At t = 0 the line would lie on the y axis: it shows from the first t > 0.
        line.add_updater(lambda m: self.cursor(m, tracker.get_value()).set_stroke(
            opacity=0.6 if tracker.get_value() > 0.0 else 0.0))
        self.followers = [self.curves, line]
        self.knot_dots = VGroup(*(marker(to_scene(axes, [r, 0.0]), TEXT_COLOR, radius=0.05,
                                         z_index=6) for r in path.radii[:-1]))
        self.add(*self.followers)
        # The first features named in the words ride their curve's tip (right of the t
        # line, on the curve's side of zero, where nothing is drawn yet) until their own
        # name by the curve is shown.
        self.riders: dict[int, VMobject] = {}
        for j in self.order[:RIDERS]:
            k0 = self.entry_knot[j]
            if self.label_at[j] <= path.radii[k0 + 1]:
                continue
            side = 1.0 if path.points[k0 + 1, j] > 0 else -1.0
            rider = legible(MathTex(rf"\text{{{FEATURES[j]}}}", font_size=LABEL_FONT,
                                    color=FEATURE_COLORS[j]))
            # Level with the tip, but never on the zero line: clear of it on its side.
            clear = 0.5 * rider.height + 0.08

            def ride(m: VMobject, j: int = j, side: float = side, clear: float = clear) -> None:
                now = tracker.get_value()
                tip = to_scene(axes, [now, path.at(now)[j]])
                zero = axes.c2p(self.x_range[0], 0.0)[1]
                y = max(side * (tip[1] - zero), clear) * side + zero
                m.move_to([tip[0] + 0.12 + 0.5 * m.width, y, 0.0])

            rider.add_updater(ride)
            self.riders[j] = rider

    def show_rider(self, j: int) -> list[Any]:
        """The animations that show feature j's riding name at its entry (none if it has
        no rider)."""
        if j not in self.riders:
            return []
        self.add(self.riders[j])
        return [Reveal(self.riders[j])]

    def show_path(self) -> None:
        path, tracker = self.path, self.tracker
        names = [FEATURES[j] for j in self.order]
        self.get_kkt()
        with self.cue("Between knots every weight moves in a straight line{@straight}.") as cue:
            # One segment passed (bmi's, ended by bp's knot), its straight edge drawn over
            # it while the sweep goes on.
            self.add(self.straight_edge)
            self.glide(self.halfway(), cue.until(cue.END), Create(self.straight_edge))
        groups = [self.order[3:7], self.order[7:]]
        texts = [
            "With a price λ on ‖w‖₁ instead{@pen}, a weight joins when the falling λ meets "
            "its |xⱼᵀr|{@lam}: {f3}{@e3}, {f4}{@e4}, {f5}{@e5} and {f6}{@e6}.",
            "Then {f7}{@e7}, {f8}{@e8}, and {f9} last{@e9}: the paper's order, all 10 in by "
            "t = {t9}.",
        ]
        values: dict[str, Any] = {f"f{i}": Phrase(n, n) for i, n in enumerate(names)}
        values["t9"] = number(float(path.radii[self.entry_knot[self.order[-1]]]))
        spoken = ["With a price lambda on the L1 norm of w instead{@pen}, a weight joins when "
                  "the falling lambda meets the size of its inner product with the "
                  "residual{@lam}: "
                  "{f3}{@e3}, {f4}{@e4}, {f5}{@e5} and {f6}{@e6}.", None]
        index = 3
        for number_of, (group, text) in enumerate(zip(groups, texts)):
            extra = {"spoken": spoken[number_of]} if spoken[number_of] else {}
            with self.cue(text, **{k: v for k, v in values.items() if "{" + k + "}" in text},
                          **extra) as cue:
                if number_of == 0:
                    nxt = float(path.radii[self.entry_knot[group[0]]])
                    now = tracker.get_value()
                    self.add(self.pen_line)
                    self.glide(now + 0.4 * (nxt - now), cue.until("pen"),
                               Conceal(self.straight_edge), Conceal(self.data_picture),
                               Conceal(self.data_line), Reveal(self.pen_line))
                    self.add(self.kkt_group)
                    self.followers.append(self.kkt_group)
                    self.glide(now + 0.7 * (nxt - now), cue.until("lam"),
                               Reveal(self.kkt_group))
                for j in group:
                    k = self.entry_knot[j]
                    target = float(path.radii[k])
                    if target > tracker.get_value():
                        self.advance(target, cue.until(f"e{index}"), self.followers)
                    else:
                        cue.wait_until(f"e{index}")
                    self.entered.add(k)
                    self.add(self.knot_dots[k])
                    cue.play(Reveal(self.knot_dots[k]),
                             Flash(self.knot_dots[k], color=FEATURE_COLORS[j]),
                             Indicate(self.bars[self.order.index(j)], color=FEATURE_COLORS[j]),
                             run_time=0.5)
                    index += 1
                # The sweep goes on towards the next knot under the rest of the words.
                self.glide(self.halfway(), cue.until(cue.END))

    def get_data_picture(self) -> None:
        """X as ten coloured columns (442 rows each) with their names, y beside it, and the
        names spelled out once."""
        n = len(FEATURES)
        slot = KKT_SIZE[0] / n
        left = KKT_CENTER[0] - 0.5 * KKT_SIZE[0]
        top = self.data_line.get_bottom()[1] - 0.75
        height = 2.0
        columns, names = VGroup(), VGroup()
        for i in range(n):
            cx = left + slot * (i + 0.5) - 0.25
            columns.add(Rectangle(width=0.55 * slot, height=height, stroke_width=0,
                                  fill_color=FEATURE_COLORS[i], fill_opacity=0.55)
                        .move_to([cx, top - 0.5 * height, 0]))
            names.add(name_below(FEATURES[i], FEATURE_COLORS[i], columns[-1]))
        x_tag = MathTex(r"X:\ 442 \times 10", font_size=28, color=TEXT_COLOR).next_to(
            columns, UP, buff=0.12)
        x_tag.align_to(columns, LEFT)
        scaling = MathTex(r"\|x_j\| = 1,\ \ y\ \text{centred}", font_size=28,
                          color=TEXT_COLOR).next_to(x_tag, RIGHT, buff=0.4)
        y_col = Rectangle(width=0.55 * slot, height=height, stroke_color=TEXT_COLOR,
                          stroke_width=2, fill_color=TEXT_COLOR, fill_opacity=0.25)
        y_col.next_to(columns, RIGHT, buff=0.3)
        y_tag = MathTex("y", font_size=32, color=TEXT_COLOR).next_to(y_col, DOWN, buff=0.12)
        key = VGroup(
            self.panel_line(r"\text{bp: blood pressure,\ \ tc: total cholesterol}",
                            font_size=28),
            self.panel_line(r"\text{ldl, hdl: low-, high-density lipoproteins}",
                            font_size=28),
            self.panel_line(r"\text{tch = tc/hdl,\ \ ltg: log triglycerides}", font_size=28),
            self.panel_line(r"\text{glu: glucose.\ \ Efron et al., \emph{Ann. Statist.} 2004}",
                            font_size=28))
        key.arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        key.next_to(names, DOWN, buff=0.35).align_to([PANEL_X, 0, 0], LEFT)
        self.data_picture = VGroup(VGroup(columns, names, x_tag, scaling), VGroup(y_col, y_tag),
                                   key)

    def get_kkt(self) -> None:
        """The penalized form and its KKT picture: one bar |xⱼᵀr| per feature (in entry
        order) against the falling λ (`regmath.diabetes.inner_products`)."""
        path, tracker = self.path, self.tracker
        self.pen_line = self.panel_line(r"\text{or }\min_w\ \tfrac12\|y - Xw\|^2 + \lambda\|w\|_1",
                                        font_size=30)
        # In the data line's place, right under the constrained form it restates.
        self.pen_line.move_to(self.data_line, aligned_edge=LEFT)
        # Log axis from the decade under λ where the panel leaves (hdl's knot) to the
        # decade over λ₀.
        low_lam = float(path.strengths[self.leave_knot if self.leave_knot is not None
                                        else len(path.strengths) - 2])
        low = int(np.floor(np.log10(low_lam)))
        high = int(np.ceil(np.log10(float(path.strengths[0]))))
        n = len(FEATURES)
        kkt = Axes(x_range=[0, n, 1], y_range=[low, high, 1], x_length=KKT_SIZE[0],
                   y_length=KKT_SIZE[1], tips=False,
                   axis_config={"color": MUTED_COLOR, "stroke_width": 2,
                                "include_numbers": False, "include_ticks": False},
                   y_axis_config={"scaling": LogBase(custom_labels=False),
                                  "include_ticks": True})
        kkt.move_to(KKT_CENTER)
        ticks = VGroup(*(legible(MathTex(number(10.0 ** e).tex, font_size=24, color=TEXT_COLOR))
                         .next_to(kkt.c2p(0, 10.0 ** e), LEFT, buff=0.12)
                         for e in range(low, high + 1)))
        names = VGroup(*(name_below(FEATURES[j], FEATURE_COLORS[j], kkt.c2p(i + 0.5, 10.0 ** low))
                         for i, j in enumerate(self.order)))
        floor = 10.0 ** low
        bars = self.bars = VGroup(*(Rectangle(width=0.55 * KKT_SIZE[0] / n, height=0.01,
                                              stroke_width=0, fill_color=FEATURE_COLORS[j],
                                              fill_opacity=0.9) for j in self.order))
        lam_line = DashedLine(kkt.c2p(0, 10.0 ** high), kkt.c2p(n, 10.0 ** high),
                              color=TEXT_COLOR, stroke_width=3)
        lam_label = MathTex(r"\lambda", font_size=32, color=TEXT_COLOR)

        def update(group: VGroup) -> None:
            t = tracker.get_value()
            values = inner_products(path, t)
            lam = path.strength_at(t)
            active = path.at(t) != 0.0
            for i, (bar, j) in enumerate(zip(bars, self.order)):
                top = kkt.c2p(i + 0.5, max(float(values[j]), floor))
                base = kkt.c2p(i + 0.5, floor)
                # Below the axis's floor a bar keeps a stub: it is small, not gone.
                bar.stretch_to_fit_height(max(top[1] - base[1], BAR_STUB))
                bar.move_to(base + 0.5 * max(top[1] - base[1], BAR_STUB) * UP)
                bar.set_fill(opacity=ACTIVE_FILL if active[j] else 0.95)
                bar.set_stroke(FEATURE_COLORS[j], width=2 if active[j] else 0, opacity=1.0)
            y = kkt.c2p(0, max(lam, floor))[1]
            lam_line.put_start_and_end_on(np.array([kkt.c2p(0, floor)[0], y, 0.0]),
                                          np.array([kkt.c2p(n, floor)[0], y, 0.0]))
            lam_label.next_to(lam_line, RIGHT, buff=0.1)

        title = MathTex(r"|x_j^\top r|\ \text{against}\ \lambda,\ \ r = y - Xw", font_size=30,
                        color=TEXT_COLOR).next_to(kkt, UP, buff=0.15)
        swatch = Rectangle(width=0.2, height=0.26, stroke_width=2, stroke_color=TEXT_COLOR,
                           fill_color=TEXT_COLOR, fill_opacity=ACTIVE_FILL)
        legend = MathTex(r"\text{pale: in the model}", font_size=28, color=TEXT_COLOR)
        key = VGroup(swatch, legend).arrange(RIGHT, buff=0.12).next_to(names, DOWN, buff=0.15)
        key.align_to(kkt, LEFT)
        self.kkt_group = VGroup(kkt, ticks, names, bars, lam_line, lam_label, title, key)
        update(self.kkt_group)
        self.kkt_group.add_updater(update)
        # The straight edge shown under "straight line": the first segment bp's knot ends.
        k = self.entry_knot[self.order[2]]
        j = self.order[0]
        self.straight_edge = polyline(self.axes, np.column_stack(
            [path.radii[k - 1:k + 1], path.points[k - 1:k + 1, j]]),
            stroke_color=HIGHLIGHT_COLOR, stroke_width=9)
        self.straight_edge.set_z_index(5)

    def get_signs(self) -> None:
        """The KKT rule in units of λ: one bar xⱼᵀr / λ per feature (signed, in entry
        order, `regmath.diabetes.scaled_inner_products`) between the lines −λ and +λ, and
        the rule written above it in place of the data and penalty lines."""
        path, tracker = self.path, self.tracker
        n = len(FEATURES)
        self.rule_lines = VGroup(
            self.panel_line(r"w_j \ne 0:\ \ x_j^\top r = \lambda\,\mathrm{sign}(w_j)",
                            font_size=30),
            self.panel_line(r"w_j = 0:\ \ |x_j^\top r| \le \lambda,\ \ "
                            r"x_j = \text{column } j", font_size=30))
        self.rule_lines[0].move_to(self.data_line, aligned_edge=LEFT)
        self.rule_lines[1].next_to(self.rule_lines[0], DOWN, buff=0.3).align_to(
            [PANEL_X, 0, 0], LEFT)
        axes = Axes(x_range=[0, n, 1], y_range=[-1, 1, 1], x_length=KKT_SIZE[0],
                    y_length=SIGN_HEIGHT, tips=False,
                    axis_config={"color": MUTED_COLOR, "stroke_width": 2,
                                 "include_numbers": False, "include_ticks": False})
        axes.move_to([KKT_CENTER[0], SIGN_TOP - 0.5 * SIGN_HEIGHT, 0.0])
        bounds = VGroup(*(DashedLine(axes.c2p(0, v), axes.c2p(n, v), color=TEXT_COLOR,
                                     stroke_width=3) for v in (-1.0, 1.0)))
        ticks = VGroup(*(legible(MathTex(tex, font_size=28, color=TEXT_COLOR))
                         .next_to(axes.c2p(0, v), LEFT, buff=0.12)
                         for tex, v in ((r"+\lambda", 1.0), ("0", 0.0), (r"-\lambda", -1.0))))
        names = VGroup(*(name_below(FEATURES[j], FEATURE_COLORS[j], axes.c2p(i + 0.5, -1.0))
                         for i, j in enumerate(self.order)))
        bars = self.sign_bars = VGroup(*(Rectangle(width=0.55 * KKT_SIZE[0] / n, height=0.01,
                                                   stroke_width=0, fill_color=FEATURE_COLORS[j],
                                                   fill_opacity=0.9) for j in self.order))

        def update(group: VGroup) -> None:
            t = min(tracker.get_value(), float(path.radii[-2]))
            values = scaled_inner_products(path, t)
            active = path.at(t) != 0.0
            for i, (bar, j) in enumerate(zip(bars, self.order)):
                top, base = axes.c2p(i + 0.5, float(values[j])), axes.c2p(i + 0.5, 0.0)
                bar.stretch_to_fit_height(max(abs(top[1] - base[1]), 1e-3))
                bar.move_to(0.5 * (top + base))
                bar.set_fill(opacity=ACTIVE_FILL if active[j] else 0.95)
                bar.set_stroke(FEATURE_COLORS[j], width=2 if active[j] else 0, opacity=1.0)

        title = MathTex(r"x_j^\top r\ \text{in units of}\ \lambda", font_size=30,
                        color=TEXT_COLOR).next_to(axes, UP, buff=0.15)
        self.sign_group = VGroup(axes, bounds, ticks, names, bars, title)
        update(self.sign_group)
        self.sign_group.add_updater(update)

    def show_leaving(self) -> None:
        path, tracker = self.path, self.tracker
        j, k0, k1 = self.leaver, self.leave_knot, self.return_knot
        # The |xⱼᵀr| panel stops following and leaves; the signed one takes its place.
        self.followers.remove(self.kkt_group)
        self.kkt_group.clear_updaters()
        self.get_signs()
        name = Phrase(FEATURES[j], FEATURES[j])
        t0 = float(path.radii[k0])
        t1 = float(path.radii[k1]) if k1 is not None else self.end
        # The inset: hdl alone over a window around its span at 0.
        width = t1 - t0
        window = (t0 - 0.5 * (INSET_WIDTHS - 1) * width, t1 + 0.5 * (INSET_WIDTHS - 1) * width)
        ix = axis_range(list(window), margin=0.0, include_zero=False, target_ticks=3)
        knots_in = (path.radii >= ix[0]) & (path.radii <= ix[1])
        seg_t = np.concatenate([[ix[0]], path.radii[knots_in], [min(ix[1], self.end)]])
        exact = np.column_stack([seg_t, [path.at(t)[j] for t in seg_t]])
        # The range from the drawn points themselves (the window's ends and its knots),
        # zero included: the t axis is the zero line.
        iy = axis_range(exact[:, 1], margin=0.1, target_ticks=3)
        inset = Axes(x_range=list(ix), y_range=list(iy), x_length=INSET_SIZE[0],
                     y_length=INSET_SIZE[1], tips=False,
                     axis_config={"color": MUTED_COLOR, "stroke_width": 2, "font_size": 24,
                                  "include_numbers": True},
                     x_axis_config={"numbers_to_exclude": [ix[0]],
                                    "decimal_number_config": {"num_decimal_places": 0,
                                                              "group_with_commas": False}},
                     y_axis_config={"numbers_to_exclude": [],
                                    "decimal_number_config": {"num_decimal_places": 0}})
        inset.move_to(INSET_CENTER)
        # The zero line's own "0" (Axes leaves the origin unnumbered).
        inset_scale = VGroup(MathTex("0", font_size=24, color=TEXT_COLOR).next_to(
            inset.c2p(ix[0], 0.0), LEFT, buff=0.15))
        inset_title = MathTex(rf"\text{{{FEATURES[j]}, magnified}}", font_size=28,
                              color=FEATURE_COLORS[j]).next_to(inset, UP, buff=0.15)
        zoom_curve = VMobject(stroke_color=FEATURE_COLORS[j], stroke_width=5)

        def zoom_points(m: VMobject) -> None:
            now = tracker.get_value()
            shown = exact[exact[:, 0] < now] if now > ix[0] else exact[:1]
            here = [[min(max(now, ix[0]), ix[1]), path.at(min(max(now, ix[0]), ix[1]))[j]]]
            m.set_points_as_corners(to_scene(inset, np.vstack([shown, here])))

        zoom_curve.add_updater(zoom_points)
        zoom_dot = marker(to_scene(inset, exact[0]), FEATURE_COLORS[j], radius=0.08, z_index=7)
        zoom_dot.add_updater(lambda m: m.move_to(to_scene(inset, [
            min(max(tracker.get_value(), ix[0]), ix[1]),
            path.at(min(max(tracker.get_value(), ix[0]), ix[1]))[j]])))
        zero_note = legible(MathTex(rf"\text{{{FEATURES[j]}}} = 0"
                                    rf"\ \text{{for}}\ {number(t0).tex} \le t \le "
                                    rf"{number(t1).tex}", font_size=28,
                                    color=FEATURE_COLORS[j]))
        # In the title's place (the inset is named until hdl reaches 0).
        zero_note.move_to(inset_title)
        self.inset_group = VGroup(inset, inset_scale, inset_title)
        followers = [*self.followers, self.sign_group, zoom_curve, zoom_dot]
        t_start = float(ix[0])
        bar = self.sign_bars[self.order.index(j)]
        self.add(self.sign_group)
        with self.cue("In units of λ{@units}, a weight in the model has xⱼᵀr = λ·sign(wⱼ)"
                      "{@rule}; a weight at 0 has |xⱼᵀr| ≤ λ{@zero}.",
                      spoken="In units of lambda{@units}, a weight in the model has x j "
                      "transpose r equal to lambda times the sign of w j{@rule}; a weight at "
                      "zero has its size at most lambda{@zero}.") as cue:
            self.followers.append(self.sign_group)
            start = tracker.get_value()
            step = (t_start - start) / 3.0
            self.glide(start + step, cue.until("units"), Conceal(self.kkt_group),
                       Conceal(self.pen_line), Reveal(self.sign_group))
            self.add(self.rule_lines[0])
            self.glide(start + 2 * step, cue.until("rule"), Reveal(self.rule_lines[0]))
            self.add(self.rule_lines[1])
            self.glide(t_start, cue.until("zero"), Reveal(self.rule_lines[1]))
        with self.cue("One weight leaves: {hdl} heads for 0{@zoom}, shown magnified.",
                      hdl=name) as cue:
            self.add(self.inset_group, zoom_curve, zoom_dot)
            cue.play(Reveal(self.inset_group), Reveal(zoom_curve), Reveal(zoom_dot),
                     until="zoom")
            self.advance(t0, cue.until(cue.END), followers)
        with self.cue("At t = {t0}, {hdl} is exactly 0{@zero}: its bar leaves −λ and crosses "
                      "0{@cross}, reaching +λ at t = {t1}{@back}, so it returns with the "
                      "opposite sign.",
                      hdl=name, t0=number(t0), t1=number(t1),
                      spoken="At t = {t0}, {hdl} is exactly 0{@zero}: its bar leaves minus "
                      "lambda and crosses 0{@cross}, reaching plus lambda at t = {t1}{@back}, "
                      "so it returns with the opposite sign.") as cue:
            self.add(zero_note, self.knot_dots[k0])
            cue.play(Flash(zoom_dot, color=FEATURE_COLORS[j]), Conceal(inset_title),
                     Reveal(zero_note), Reveal(self.knot_dots[k0]),
                     Indicate(bar, color=FEATURE_COLORS[j], scale_factor=1.0), run_time=0.8)
            # The slow pass: hdl at 0 while its bar travels from −λ to +λ.
            self.advance(t1, max(cue.until("back"), SLOW_PASS), followers)
            if k1 is not None:
                self.add(self.knot_dots[k1])
                cue.play(Reveal(self.knot_dots[k1]), Flash(zoom_dot, color=FEATURE_COLORS[j]),
                         run_time=0.5)
            self.advance(float(ix[1]), cue.until(cue.END), followers)
        self.inset_group.remove(inset_title)
        self.zoom_parts = VGroup(zoom_curve, zoom_dot, zero_note)
        for m in (zoom_curve, zoom_dot):
            m.clear_updaters()

    def show_end(self) -> None:
        end = number(self.end)
        # ŵ is a point: the path's ten end points at t = ‖ŵ‖₁, and its name on screen.
        self.end_dots = VGroup(*(marker(to_scene(self.axes, [self.end, self.path.loss.center[j]]),
                                        FEATURE_COLORS[j], radius=0.07, z_index=7)
                                 for j in range(len(FEATURES))))
        self.end_line = VGroup(
            self.panel_line(rf"t = \|\hat w\|_1 = {end.tex}:\ \ w = \hat w"),
            self.panel_line(r"\hat w:\ \text{the least-squares fit}"))
        self.end_line[1].next_to(self.end_line[0], DOWN, buff=0.2, aligned_edge=LEFT)
        self.end_line.next_to(self.data_line, DOWN, buff=0.4).align_to([PANEL_X, 0, 0], LEFT)
        # ‖ŵ‖₁ written on the t line at the top of the plot.
        self.end_mark = legible(MathTex(end.tex, font_size=28, color=TEXT_COLOR)).next_to(
            to_scene(self.axes, [self.end, self.y_range[1]]), UP, buff=0.1)
        with self.cue("At t = ‖ŵ‖₁ = {end}{@end} the budget no longer binds: w = ŵ, the "
                      "least-squares fit.", end=end,
                      spoken="At t equal to the L1 norm of w-hat, " + end.spoken
                      + "{@end}, the budget no longer binds: w is w-hat, the least-squares "
                      "fit.") as cue:
            if getattr(self, "inset_group", None) is not None:
                self.followers.remove(self.sign_group)
                self.sign_group.clear_updaters()
                start = self.tracker.get_value()
                self.glide(start + 0.15 * (self.end - start), 0.6, Conceal(self.inset_group),
                           Conceal(self.zoom_parts), Conceal(self.sign_group),
                           Conceal(self.rule_lines[1]))
            self.advance(self.end, cue.until("end"), self.followers)
            self.add(self.end_dots, self.end_line, self.end_mark)
            gone = ([Conceal(self.rule_lines[0])]
                    if getattr(self, "inset_group", None) is not None else [])
            cue.play(*gone, Reveal(self.end_dots), Reveal(self.end_line), Reveal(self.end_mark),
                     *(Flash(d, color=FEATURE_COLORS[j]) for j, d in enumerate(self.end_dots)),
                     run_time=0.8)
            cue.play(Indicate(self.end_line, color=TEXT_COLOR, scale_factor=1.04),
                     until=cue.END)

    def show_compare(self) -> None:
        tracker, t = self.tracker, self.t
        tt = number(t)
        kept, rk = self.kept, self.ridge_kept
        self.get_table()
        if 0.0 < t < self.end:
            words = ("Back at t = {t}{@t}: the lasso keeps {k} of the 10 features{@lasso}; "
                     "ridge, tuned to the same training loss, keeps "
                     + ("all 10" if rk == 10 else "{rk}") + "{@ridge}.")
        elif t == 0.0:
            words = ("Back at t = 0{@t}: the lasso is w = 0, and ridge at the same training "
                     "loss is w = 0 too{@lasso}: no feature is kept by either{@ridge}.")
        else:
            words = ("At t = {t}{@t} ≥ ‖ŵ‖₁ the lasso is ŵ{@lasso}, and ridge at the same "
                     "training loss is ŵ too: both keep all 10{@ridge}.")
        for m in self.followers:
            m.clear_updaters()
        chooser = ValueTracker(tracker.get_value())
        # The picture rests after the scene's last words only (no wordless hold mid-way).
        last = 0.0 if 0.0 < t < self.end else KEY_SETTLE_SECONDS
        self.choice_line.add_updater(lambda m: self.cursor(m, chooser.get_value()))
        with self.cue(words, t=tt, k=str(kept), rk=str(rk), settle=last) as cue:
            self.add(self.choice_line)
            cue.play(Conceal(self.t_line), Conceal(self.end_mark), Reveal(self.choice_line),
                     run_time=0.5)
            if t != chooser.get_value():
                self.play(chooser.animate.set_value(t), run_time=max(cue.until("t"), 1.5),
                          rate_func=linear)
            self.choice_line.clear_updaters()
            shown = [m for m in (self.data_line, self.end_line) if m in self.mobjects]
            cue.play(*(Conceal(m) for m in shown), run_time=0.4)
            cue.play(Reveal(self.table_head), Reveal(self.rows), until="lasso")
            cue.play(Indicate(self.ridge_col, color=RIDGE_COLOR, scale_factor=1.08),
                     until="ridge")
            self.add(self.count_line)
            cue.play(Reveal(self.count_line), run_time=0.5)
            cue.play(Indicate(self.count_line, color=LASSO_COLOR, scale_factor=1.04),
                     until=cue.END)
        if 0.0 < t < self.end:
            zero_names = [FEATURES[j] for j in range(len(FEATURES)) if self.chosen[j] == 0.0]
            norm = number(self.fit.l1_norm)
            if zero_names:
                words = ("Same training loss{@loss}, but the lasso's other {z} weights are "
                         "exactly 0{@zeros}, {@said}and ridge's ‖w‖₁ = {n} exceeds t{@norm}.")
                spoken = ("Same training loss{@loss}, but the lasso's other "
                          + str(len(zero_names)) + " weights are exactly 0{@zeros}, {@said}and "
                          "ridge's L1 norm, " + norm.spoken + ", exceeds t{@norm}.")
            else:  # t past the last entry: no exact zero left to show
                words = ("Same training loss{@loss}, and no weight is 0 in either{@zeros}, "
                         "{@said}but ridge's ‖w‖₁ = {n} exceeds t{@norm}.")
                spoken = ("Same training loss{@loss}, and no weight is 0 in either{@zeros}, "
                          "{@said}but ridge's L1 norm, " + norm.spoken + ", exceeds t{@norm}.")
            with self.cue(words, z=str(len(zero_names)), n=norm, settle=KEY_SETTLE_SECONDS,
                          spoken=spoken) as cue:
                cue.play(Reveal(self.loss_line), until="loss")
                cells = self.zero_cells or list(self.ridge_col)
                cue.play(*(Indicate(c, color=LASSO_COLOR if self.zero_cells else RIDGE_COLOR,
                                    scale_factor=1.2) for c in cells), until="zeros")
                # Ridge's ‖w‖₁ under the words that say it, the why line after them.
                cue.wait_until("said")
                self.add(self.ridge_mark, self.norm_line)
                cue.play(Reveal(self.norm_line), Reveal(self.ridge_mark), run_time=0.6)
                cue.play(Indicate(self.ridge_mark, color=RIDGE_COLOR), until="norm")
                self.add(self.why_line)
                cue.play(Reveal(self.why_line), until=cue.END)

    def get_table(self) -> VGroup:
        t = self.t
        self.choice_line = self.cursor(VMobject(stroke_color=LASSO_COLOR, stroke_width=3),
                                       min(t, self.x_range[1]))
        self.count_line = self.panel_line(
            rf"t = {number(t).tex}:\ \text{{lasso keeps }} {self.kept},\ "
            rf"\text{{ridge }} {self.ridge_kept}", color=TEXT_COLOR)
        # In place of the data line, which it replaces.
        self.count_line.move_to(self.data_line, aligned_edge=LEFT)
        head = VGroup(MathTex(r"\text{lasso}", font_size=TABLE_FONT, color=LASSO_COLOR),
                      MathTex(r"\text{ridge}", font_size=TABLE_FONT, color=RIDGE_COLOR))
        columns = (PANEL_X + 1.0, PANEL_X + 2.7, PANEL_X + 4.6)
        y0 = self.count_line.get_bottom()[1] - 0.45
        for cell, cx in zip(head, columns[1:]):
            cell.move_to([cx, y0, 0])
        names, lasso, ridge, rows = VGroup(), VGroup(), VGroup(), VGroup()
        self.zero_cells = []
        for i in range(len(FEATURES)):
            y = y0 - (i + 1) * TABLE_ROW
            row = MathTex(rf"\text{{{FEATURES[i]}}}", rf"{{{tenths(self.chosen[i]).tex}}}",
                          rf"{{{tenths(self.fit.point[i]).tex}}}", font_size=TABLE_FONT)
            row[0].set_color(FEATURE_COLORS[i]).move_to([columns[0], y, 0])
            row[0].align_to([PANEL_X, 0, 0], LEFT)
            row[1].set_color(LASSO_COLOR).move_to([columns[1], y, 0])
            row[2].set_color(RIDGE_COLOR).move_to([columns[2], y, 0])
            rows.add(row)
            names.add(row[0])
            lasso.add(row[1])
            ridge.add(row[2])
            if self.chosen[i] == 0.0:
                self.zero_cells.append(row[1])
        self.table_head = head
        self.lasso_col, self.ridge_col, self.rows = lasso, ridge, rows
        norm = number(self.fit.l1_norm)
        loss = number(training_loss(self.chosen))
        self.loss_line = self.panel_line(
            rf"\tfrac12\|y - Xw\|^2 = {loss.tex}\ \text{{for both}}", color=TEXT_COLOR)
        self.loss_line.next_to(ridge, DOWN, buff=0.18).align_to([PANEL_X, 0, 0], LEFT)
        self.norm_line = self.panel_line(
            rf"\text{{ridge: }} \|w\|_1 = {norm.tex} > t", color=RIDGE_COLOR)
        self.norm_line.next_to(self.loss_line, DOWN, buff=0.15).align_to([PANEL_X, 0, 0], LEFT)
        # Why ridge's ‖w‖₁ exceeds t: the lasso is the one minimiser over ‖w‖₁ ≤ t.
        self.why_line = self.panel_line(
            r"\text{only the lasso has this loss with } \|w\|_1 \le t", color=RIDGE_COLOR,
            font_size=28)
        self.why_line.next_to(self.norm_line, DOWN, buff=0.15).align_to([PANEL_X, 0, 0], LEFT)
        # Ridge's ‖w‖₁ marked on the t axis only (a line across the plot would cross the
        # lasso's curves, not ridge's weights).
        foot = self.t_scale.n2p(min(self.fit.l1_norm, self.x_range[1]))
        mark_line = Line(foot, foot + RIDGE_TICK * UP, color=RIDGE_COLOR, stroke_width=5)
        mark_label = legible(MathTex(norm.tex, font_size=28, color=RIDGE_COLOR))
        mark_label.next_to(mark_line, RIGHT, buff=0.08)
        self.ridge_mark = VGroup(mark_line, mark_label)
        return VGroup(self.choice_line, self.count_line, head, rows)


def name_below(name: str, color: Any, anchor: Any, buff: float = 0.12) -> VMobject:
    """A feature's name under ``anchor`` (a mobject or point), on the same baseline as every
    other name placed so: struts with an ascender and a descender set the box."""
    whole = MathTex(r"\text{l}", rf"\text{{{name}}}", r"\text{g}", font_size=LABEL_FONT,
                    color=color)
    whole.next_to(anchor, DOWN, buff=buff)
    part = whole[1]
    x = anchor.get_center()[0] if hasattr(anchor, "get_center") else float(anchor[0])
    part.set_x(x)
    return part


def tenths(value: float) -> Number:
    """A table entry to one decimal (30.8, 9.4, 394.8); an exact zero is "0"."""
    if value == 0.0:
        return number(0.0)
    return number(value, significant=max(1, int(np.floor(np.log10(abs(value)))) + 2))


def bottom_scale(axes: Axes, x_range: tuple[float, float, float], length: float,
                 font_size: float) -> NumberLine:
    """A number line for the x axis along the bottom edge of ``axes`` (whose own x axis, at
    y = 0, is crossed by the curves), ticks at the same places."""
    scale = NumberLine(x_range=list(x_range), length=length, color=MUTED_COLOR,
                       include_numbers=True, font_size=font_size, stroke_width=2,
                       decimal_number_config={"num_decimal_places": 0,
                                              "group_with_commas": False})
    low_y = axes.get_bottom()[1]
    scale.shift(np.array([axes.c2p(x_range[0], 0)[0] - scale.n2p(x_range[0])[0],
                          low_y - scale.n2p(x_range[0])[1], 0.0]))
    return scale
