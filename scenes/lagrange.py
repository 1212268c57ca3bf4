"""Lagrange multipliers as a hike: the highest point of a path across a mountain.

    manim render -pql scenes/lagrange.py LagrangeHike

The problem is class attributes; a variant is a subclass that overrides them:

    class MyHike(LagrangeHike):
        peak = (0.0, 1.0)
        path_parameters = (0.4, 1.5, 0.0, -0.8)   # y = a sin(kx + φ) + b

Storyboard, one section per beat:

* mountain: the mountain in 3D (its contour lines lifted to their heights and
  lines down its flanks), then the path drawn on it.
* map: the camera rises until it looks straight down: the lifted contour lines
  settle onto the map; the height e (u, v measured from the peak) and h are written out; the path is
  the curve h(x, y) = 0.
* walk: γ(s) is the point after walking a distance s from the path's left end;
  the hiker walks left to right while the height e(γ(s)) is plotted against s
  and the contour through the hiker moves with it. Part-way up, the contour
  crosses the path and a stretch of path ahead lies higher: the hiker can
  still climb: the hiker climbs on, slowing, as the higher stretch shrinks to nothing at
  the top, where the
  contour only touches the path: the top is magnified in an inset as that is said.
* gradients: at the top the plot of e(γ(s)) is flat (its level line drawn),
  d/ds e(γ(s)) = ∇e · γ′ = 0 (on the panel, γ′(s) drawn at the hiker, a right-angle
  mark), so ∇e is at right angles to the path; so is ∇h (the marks go as it comes): drawn
  to one scale, from the top side by side (a copy of ∇h shrinks by λ onto ∇e, on the map
  and in the inset), ∇e = λ∇h, λ the Lagrange multiplier: how fast the top's height changes
  as the path shifts to h = c (on the map and in the inset; its name changes to h(x, y) = c
  over a dashed ghost of h = 0; the plot of e(γ(s)) and γ′ go for good).
* sign: the same path is −h = 0: ∇h turns through 180° (on the map and in the inset)
  while the labels and the panel's equation change with it; for an equality constraint
  λ may have either sign.
* bridge: the hike goes; "now the height becomes a loss f": regularization's own picture
  (a fixed example, its H, ŵ and later −∇f(w*) written in the picture's corner): the
  the axes w₁, w₂, then the ball h(w) = ‖w‖₂ − t ≤ 0 and the problem's line, each as named;
  f(w) = ½(w − ŵ)ᵀH(w − ŵ), a bowl lowest at ŵ with elliptic contours;
  a contour grows from ŵ to the first contact with the ball, w*; its edge plays the path,
  magnified on the right as the ball is called smooth, the tangent there; "no corners"
  said with the edge marked, then w* dropped onto both axes (both weights non-zero);
  g = ∇h(w*) = w*/t and −∇f(w*) = λg drawn from w* side by side; λ ≥ 0: −∇f pointing
  inward is drawn and w* crossed out; λ's value, a copy of g growing λ times onto
  −∇f(w*); ridge's f(w) + (μ/2)‖w‖₂², its stationarity ∇f + μw = 0 drawn at w*; the
  penalty form in one line, μw* = λg and w* = t·g so μ = λ/t (`regmath.facts.
  ridge_penalty_strength`); the penalised loss's contours slide as μ grows until they
  centre on w* (`regmath.lagrange.ridge_objective`), their centre named w(μ), and the ball
  steps back; the result rests, and "constraint t ⇒ penalty μ = λ/t" stays; complementary
  slackness λ(‖w*‖₂ − t) = 0 with the inside case (ŵ = w*)
  shown again; the four Karush–Kuhn–Tucker conditions named; "next: corners" with the
  diamond.

Notation: the hike's height is e(x, y) (f is the loss only) and the path is
h(x, y) = 0 (g is the subgradient of the norm in the rest
of the story). Every coordinate, including the 3D picture (an orthographic
projection, `regmath.lagrange.project`), comes from `regmath.lagrange`, and
every claim is chosen by its facts for the data; data the story cannot show are
refused in ``setup()``, naming the attribute.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
from manim import (
    WHITE,
    DL,
    DR,
    DOWN,
    UR,
    LEFT,
    RIGHT,
    UP,
    Arrow,
    Circle,
    Cross,
    DashedLine,
    DashedVMobject,
    LaggedStart,
    Line,
    BackgroundRectangle,
    Axes,
    Create,
    Flash,
    GrowArrow,
    MathTex,
    ScaleInPlace,
    ShowPassingFlash,
    Tex,
    ValueTracker,
    interpolate_color,
    VGroup,
    VMobject,
    smooth,
    there_and_back,
)
from manim.utils.space_ops import rotate_vector

from regmath import Quadratic, constrained
from regmath.classic import classic_view
from regmath.drawing import (ViewBox, axis_range, ball_outline, frame_outline, growth_levels,
                             level_set)
from regmath.framing import clip_polyline
from regmath.lagrange import (
    ConstrainedExtreme,
    GaussianHills,
    GradientArrows,
    SineCurve,
    box_outline,
    constrained_extremes,
    contour_crossings,
    equal_tops,
    final_ascent,
    gradient_arrows,
    ground_axes,
    height_axes,
    hike_camera,
    hike_view,
    higher_stretches,
    hill_contour,
    hill_meridians,
    lift,
    path_top,
    peak_on_path,
    point_on_curve,
    project,
    relief_scale,
    sine_path_curve,
    scaled_arrow,
    kkt_arrows,
    ridge_objective,
    rescaled_multiplier,
    right_angle_mark,
    shifted_arrow,
    tangent_arrow,
    tangent_segment,
    with_vertex,
    zoom_box,
)
from regmath.errors import InvalidArgumentError
from regmath.facts import ridge_penalty_strength
from scenes.toolkit.emphasis import Indicate
from scenes.toolkit.narration import paced
from scenes.toolkit.motion import AnimatedOnTop, stay_over_moving, sweep

from scenes.toolkit.notation import decimals_for, number, numbers, point
from scenes.toolkit.params import (
    Check,
    increasing,
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
    INSET_STYLE,
    BACKGROUND,
    merge_axes,
    merged,
    CAPTION_TOP,
    CENTER_COLOR,
    GRADIENT_COLOR,
    LOSS_COLOR,
    MUTED_COLOR,
    NORMAL_COLOR,
    PANEL_LEFT,
    PLOT_CENTER,
    PLOT_SIDE,
    SOLUTION_COLOR,
    TEXT_COLOR,
    BALL_COLORS,
    ball_shape,
    legible,
    make_axes,
    make_plot,
    marker,
    box_of,
    place_clear,
    segment_meets_box,
    set_pieces,
    to_scene,
)

__all__ = ["LagrangeHike"]

def pulse(mobject: VMobject, scale_factor: float = 1.5, **kwargs: Any) -> ScaleInPlace:
    """A marker grown and shrunk back in its own colours: an Indicate recolours its ring, and a
    red dot without its white ring sat bare on the green path (review r59 finding 4)."""
    return ScaleInPlace(mobject, scale_factor, rate_func=there_and_back, **kwargs)


#: Text is marked in its own colour with a pulse (review r45 finding 10: yellow is the
#: normals' colour only, ∇h and g; marked text turned yellow too).
EMPHASIS_COLOR = TEXT_COLOR
#: The path is the constraint set: drawn in the ball's green (it becomes the ball in the
#: bridge), so that ∇h, its normal, in the normals' yellow, stands apart from it.
PATH_COLOR = BALL_COLORS["l2"]
#: The stretch of path higher than the hiker.
HIGHER_COLOR = TEXT_COLOR
#: A curve named in the words turns this colour for a moment (in its own colour, with no
#: scaling, an Indicate would show nothing).
HIGHLIGHT_COLOR = TEXT_COLOR
#: Drawing order. Manim redraws, in every frame of an animation, everything drawn after the
#: first thing that moves; so the panel (text that only ever fades in) is drawn last of all,
#: and the map's tick numbers and labels just above the curves they must stay above.
MAP_LABEL_Z = 3
ARROW_Z = 4
ARROW_LABEL_Z = 5
HIKER_Z = 6
PANEL_Z = 7
PANEL_FONT = 30
HIKER_RADIUS = 0.13
#: The outline under arrows drawn over contours.
OUTLINE_COLOR = "#000000"
#: ∇h's label keeps off the peak label's row: the peak label stretched this many times wide.
PEAK_ROW_STRETCH = 4.0
#: Arrow labels keep out of this ring round the peak's dot (scene units).
PEAK_ZONE_RADIUS = 0.22
#: How many times over a label's cost counts the tick numbers it covers (see `show_map`).
TICK_WEIGHT = 20
#: The hiker's ring from the top on: thin, so the touching point inside shows.
THIN_HIKER = 2.5
#: The hiker's ring shrinks to this share at the top, so the touch is seen inside it.
TOUCH_SHRINK = 0.55
#: (Review r50 finding 8: at y = 1.62 the title nearly touched "f(γ(s))": 9 px lower.)
PROFILE_CENTER = np.array([3.75, 1.52, 0.0])
PROFILE_SIZE = (5.2, 1.9)
PROFILE_TICK_FONT = 30
#: The plot's y name sits at least this far above its top tick number.
LABEL_GAP = 0.08
MAP_TICK_FONT = 30
#: A mountain smaller than this share of the map's extent would be a speck: refused.
MIN_MOUNTAIN_SHARE = 0.33
#: At most this many waves of the path across the map (narrower ones cannot be drawn).
MAX_WAVES = 6
#: The opening 3D picture may use the frame up to these scene coordinates (the title is above).
STAGE_HALF_WIDTH = 6.8
STAGE_TOP = 3.2
STAGE_MARGIN = 0.15
#: The closing sketch of the next scenes: a fixed example (the story's default data).
PREVIEW_CENTER = (1.0, 1.6)
PREVIEW_HESSIAN = ((1.1, -0.5), (-0.5, 3.9))
#: t ≠ 1 (review r32): μ = λ/t then differs from λ on screen, so "λ rescaled" shows.
PREVIEW_RADIUS = 1.2
#: The circle takes the map's place, this wide; the diamond is a small sketch in the panel.
PREVIEW_SIDE = 6.2
#: The smaller contours of the loss drawn around ŵ, as shares of the touching contour's level.
#: (Review r50 finding 8: the innermost, at 0.15, ran through ŵ's name; at 0.06 it rings ŵ
#: closely and the name sits above it, outside.)
BOWL_SHARES = (0.06, 0.45)
#: The bridge's panel lines are this far apart (five above the inset; four more in its
#: place once it has gone).
BRIDGE_LINE_GAP = 0.26
#: The magnified inset around w*: its side and centre in the scene (under the panel's
#: lines, where the diamond comes at the end), the region it shows (half its width, as a
#: share of the main picture's extent) and, as shares of that half width, the arrows'
#: length, their gap, the tangent's half length and the step inward.
INSET_SIDE = 3.1
INSET_CENTER = np.array([3.75, -1.55, 0.0])
ZOOM_HALF_SHARE = 0.08
ZOOM_ARROW_SHARE = 0.75
#: −∇f(w*) and g in the ridge's inset are drawn this share of its half-width either side of w*.
#: (Round r79, review r78 item 3: from w* on one line, g hid −∇f(w*): side by side again,
#: offset across their direction, a copy of g growing λ times onto −∇f.)
ZOOM_GAP_SHARE = 0.07
#: (Review r67 item 3: side by side, g and −∇f(w*) did not start at w*: both from w* now,
#: the wide one translucent under the thin one.)
#: The wide arrow of each inset pair (under the thin one, from the same tail) is this opaque.
WIDE_ARROW_OPACITY = 1.0
#: −∇f(w*)'s label in the inset is beside this share of its length.
LABEL_AT = 0.85
#: The inward arrow (the case ruled out) is this share of −∇f's length.
GHOST_SHARE = 0.55
ZOOM_TANGENT_SHARE = 0.9
STEP_SHARE = 0.75
#: The supposed inward −∇f(w*) is drawn faint (a supposition), and crossed out at this
#: share of its size.
GHOST_OPACITY = 0.8
#: The supposed −∇f(w*) and its label: ∇f's violet lightened (review r62 item 5: dim).
SUPPOSE_COLOR = interpolate_color(GRADIENT_COLOR, TEXT_COLOR, 0.45)
CROSS_SCALE = 2.2
#: The gap under the supposed arrow's tip and between its two labels (scene units).
SUPPOSE_BUFF = 0.12
#: The two labels' shift from under the tip, away from the ball's edge (scene units).
SUPPOSE_SHIFT = np.array([-0.2, -0.05, 0.0])
#: The KKT conditions' names: lighter than the muted grey (review r39: faint), darker than text.
#: (Round r86, reviews r84 item 6 and r84b item 7: at 0.55 "dashed: the common tangent" and
#: "(libraries: λ or α)" were low-contrast grey on a projector: nearer the text's white.)
NAME_COLOR = interpolate_color(MUTED_COLOR, TEXT_COLOR, 0.8)
#: The drawn contours keep this share of their opacity once the gradient arrows come.
RING_DIM = 0.3
#: Seconds the crossed-out supposition stays before the words move on: a rest after the
#: argument for λ ≥ 0 (round r84, review r83b item 1: 0.25 s).
COUNTERFACTUAL_HOLD = 0.3  # (round r87: 1.2, paid for the result's rest; r94: 0.8; r95: 0.4)
#: Seconds added to the λ ≥ 0 argument's words, so they stay ≥ 3 s on the cross (round r94).
COUNTERFACTUAL_EXTRA = 1.2
#: Seconds added to "∇e = λ∇h … times as long as ∇h", the shrinking copy's words (round r94).
BALANCE_EXTRA = 0.9  # (round r95: 1.5, paying for the link's own cue)
#: The least time "Each radius t gives one penalty μ" stays, a cue of its own (round r95, brief
#: LH95 item 5: a 2.4 s caption; paid for by the −h detour's shorter words).
LINK_SECONDS = 3.5
#: How far (scene units) beyond its axis's end a 3D axis name may go to clear the mountain.
AXIS_NAME_MAX_OUT = 1.5
#: How far (scene units) round a map tick number a contour strikes it.
STRUCK_MARGIN = 0.06
#: A struck tick number's dark box: this far round it, drawn just under it (over contours).
TICK_BOX_BUFF = 0.04
TICK_BOX_BELOW = 0.05
#: Ridge's stationarity, as the panel writes it.
STATIONARY_TEX = r"\nabla f(w) + \mu\, w = 0"
#: The least time each caption of the μ = λ/t derivation stays (review r82 item 5).
DENSE_CAPTION_SECONDS = 4.5
#: The ridge half's argument (g, λ ≥ 0, λ's value, ridge's μ = λ/t) is read at this pace at
#: most, each cue at least PACE_CAPTION_SECONDS (round r86, PACE86: both reviews of r84 put
#: pace first; captions of 14-15 characters a second full of notation, with the picture moving).
PACE_CHARS_PER_SECOND = 11.0
PACE_CAPTION_SECONDS = DENSE_CAPTION_SECONDS
#: w*'s label in the circle picture sits this far from its dot's centre (inside the inset's
#: region, off its outline: review r32), turned this far (radians) from the outward normal.
W_STAR_BUFF = 0.16
#: (The touching contour runs through w* along the ball's edge: a little farther out, the
#: label clears it; 0.3 is about 20 px from the dot's edge at 720p.)
W_STAR_BUFFS = (0.16, 0.22, 0.28)
W_STAR_TURNS = (0.0, -0.3, -0.6, 0.5, -1.0, 1.0)
#: What the inset shows first (the arrows come with their words).
#: (No joins, review r38: they crossed the ball and the w₁ axis; the region's outline and
#: w* in both say where the inset looks.)
ZOOM_PICTURE = ("frame", "region", "ball", "contour", "point", "caption")
#: The top's inset (part 1): right of the panel's lines; the region (half its width as a share
#: of the map's extent) and, as shares of that half width, the longer arrow, the gap between
#: parallel arrows, γ′ and the right-angle mark.
TOP_INSET_SIDE = 2.1
#: (Review r32: its right edge 15 px from the frame's; now about 40 px at 720p.)
TOP_INSET_CENTER = np.array([5.6, -1.85, 0.0])
TOP_ZOOM_HALF_SHARE = 0.06
TOP_ZOOM_ARROW_SHARE = 0.85
#: ∇f and ∇h side by side in the top inset (review r53 finding 6: ∇h covered ∇f).
#: (Round r79, review r78 item 3: ∇e hid inside ∇h: side by side, offset across.)
TOP_ZOOM_GAP_SHARE = 0.07
#: (Review r67 item 3: both from the top again, ∇h wide and translucent under a thin ∇e.)
TOP_ZOOM_PRIME_SHARE = 0.6
#: ∇h in the top inset: opaque and wide enough to show either side of ∇e's dark outline
#: (review r76 item 4: translucent and 8 wide, it read dark olive, only its head showing).
TOP_ZOOM_H_WIDTH = 6
TOP_ZOOM_SQUARE_SHARE = 0.15
#: (No joins, review r39: they crossed the path; the region's outline and the caption say
#: where it looks.)
TOP_ZOOM_PICTURE = ("frame", "region", "path", "contour", "point", "caption")
#: How far out (scene units) the rings that keep labels inside an inset go (`outside_of`).
OUTSIDE_RINGS = (0.08, 0.2, 0.35, 0.5, 0.7)
#: The touching contour grows from this share of its size (a share 0 is a point).
GROW_FROM = 0.05
#: Seconds ŵ takes to move into the ball (the "if" case, then it stays a while).
INSIDE_MOVE = 1.0
#: ŵ moved this share of the way from 0 lies inside the ball (the inside case, w* = ŵ).
INSIDE_SHARE = 0.4
#: The contours of f + (s/2)‖w‖₂² slide from ŵ to w* over at least this long (seconds).
RIDGE_SLIDE_SECONDS = 5.5  # (review r75 item 8: 3 s was too fast)
#: The touching contour grows from ŵ over at least this long (seconds).
GROW_SECONDS = 3.0
#: The bridge example's numbers (H, ŵ, −∇f(w*)) in the picture's top-left corner.
DATA_FONT = 30
DATA_BUFF = 0.25
#: Labels keep this far (scene units) from the arrows ∇h becomes (wide, with tips).
ARROW_MARGIN = 0.3
#: The path's name keeps this far (scene units) right of ∇(−h)'s tip beside it.
TIP_GAP = 0.5
#: The last frame is held this long after the last motion lands (seconds): 2 s of picture
#: after the last words, for a lecturer cutting the clip (round r84, review r83b item 8).
FINAL_HOLD = 2.0
#: The KKT summary's wordless rest before "Next" (review r76 item 3: it stood alone 1-2 s);
#: with its last line's mark, over 2 s alone, and it stays while "the ball has no corners" is
#: said (round r82: 2 s of it paid for other rests).
KKT_SETTLE_SECONDS = 0.6  # (round r87: 1.0, paid for the result's rest; r95: 0.8)
#: The wordless rest after "The two are parallel" (round r82, review r81 item 1).
PARALLEL_SETTLE_SECONDS = 0.7  # (round r95: 1.0)
#: The mountain rises within this long of its first word (round r84, review r83 item 6).
MOUNTAIN_SECONDS = 1.2
#: The wordless rest after a key result: the tangency, the flat top, ∇e = λ∇h, μ = λ/t
#: (round r84, review r83b item 1 asked ≥ 1.2 s after each; 1.2 s rather than the toolkit's
#: 1.5 s pays, with the others, for the rests added and f's meaning).
KEY_REST_SECONDS = 1.0  # (round r95: 1.2, paying for the link's own cue)
#: The rest after "At the top the plot is flat" (round r84, review r83b item 1).
FLAT_SETTLE_SECONDS = KEY_REST_SECONDS
#: The climb to the top runs on this long past its words ("...to nothing" follows).
CLIMB_OVERRUN = 0.3
#: g stretched λ times, drawn thin over −∇f(w*) where it lands.
STRETCH_STYLE = {"buff": 0.0, "stroke_width": 3, "max_tip_length_to_length_ratio": 0.12,
                 "max_stroke_width_to_length_ratio": 100}
#: Ridge's ∇f(w*) and μw* at w* are this share of the circle picture's extent long.
BALANCE_SHARE = 0.14
#: The moving contour fades in from this share of the height it is fully drawn at.
CONTOUR_FADE_FROM = 0.6
#: The walk reaches this share of the contour's fade as the contour is named.
CONTOUR_SEEN_SHARE = 0.5
#: Fill opacity of each lifted contour ring in the 3D view (they stack towards the peak).
RING_FILL = 0.13
#: γ(s)'s label rides with the hiker and fades out between these shares of the path walked.
RIDE_FADE = (0.15, 0.25)
#: Vertical lines from the path down to its shadow in the 3D picture.
DROPS = 15
#: Below the lowest drawn contour the 3D picture's wireframe goes on down to these shares
#: of the peak's height (faint rings there; the meridians reach the lowest).
SKIRT_SHARES = (0.04, 0.09)
#: Radial lines down the mountain in the 3D picture.
MERIDIANS = 10
#: A mark under the words lasts at most this long (seconds): every animated frame redraws
#: the panel, and a shorter mark keeps the render fast; the holds after stay under 4 s.
MARK_SECONDS = 2.5
#: Lengths of the plain animations (seconds): the words hold on after them.
FLASH_SECONDS = 0.8
#: The flash once round the ball's edge, ending at w*.
EDGE_SECONDS = 3.0
#: The walk past the top to the path's end, and the walk back, each take this long (s).
WALK_ON_SECONDS = 3.0
#: The walk back to the top (review r62 item 9: about 2 s read as a run).
WALK_BACK_SECONDS = 2.4  # (round r87: 3.0, paid for the result's rest)
#: The share of the walk on from the top over which the top inset's dot fades (round r87).
LENS_DOT_FADE = 0.1
#: The top's point and gradients written a line at a time as λ is named (round r87).
NUMBERS_SECONDS = 1.5
#: ∇f flashes in a light violet, not the highlight's white (review r36: flashed together, the
#: two parallel arrows turned one white bar).
F_FLASH_COLOR = interpolate_color(GRADIENT_COLOR, WHITE, 0.55)
#: The copy of ∇h that shrinks by λ onto ∇f: orange (no lasso in the hike), apart from
#: γ′'s white, ∇h's yellow and ∇f's violet (review r50 finding 7).
COPY_COLOR = BALL_COLORS["l1"]
COPY_OUTLINE = 8
#: The dark outline behind "∇f" on the map, wide enough to read as a backing on the contours.
LABEL_BACKING = 14
#: The copy of ∇h that shrinks by λ onto ∇f in the top's inset: thin, over ∇f.
LENS_COPY_STYLE = {"buff": 0.0, "stroke_width": 3, "max_tip_length_to_length_ratio": 0.22,
                   "max_stroke_width_to_length_ratio": 100}
#: The gradient arrows: the longer is this share of the map's extent.
ARROW_SHARE = 0.22
#: Parallel ∇f and ∇h are drawn this share of the map's extent to either side of the top:
#: just enough that ∇f's head clears ∇h's shaft (review r37: on one line, thin ∇f over wide
#: ∇h, ∇f read as a stripe under ∇h); both start inside the hiker's ring, still parallel.
ARROW_GAP_SHARE = 0.013
#: Stroke widths of ∇h and ∇f on the map: parallel, the thin one drawn over the wide one.
H_ARROW_WIDTH = 8
F_ARROW_WIDTH = 4
#: γ′(s) (a unit vector) is drawn this share of the map's extent long: a direction only.
TANGENT_SHARE = 0.12
#: The right-angle mark between ∇f and γ′, as a share of the map's extent.
RIGHT_ANGLE_SHARE = 0.05  # (round r95, brief LH95 item 3: 0.035 hid under the dot)
#: Half the level line drawn at the top of the plot of f(γ(s)), as a share of its s range.
FLAT_SHARE = 0.12
MAX_SHAPE_CONDITION = 100.0
#: Where along the path (shares of its length) its label is tried, until it fits the map.
PATH_LABEL_PLACES = (0.85, 0.3, 0.7, 0.5, 0.15)


def sine_parameters() -> Check:
    """(a, k, φ, b) for the path y = a sin(kx + φ) + b: four finite numbers."""
    def check(value: Any, name: str) -> tuple[float, float, float, float]:
        try:
            array = np.array(value, dtype=float)
        except (TypeError, ValueError):
            raise InvalidArgumentError(name, f"must be 4 numbers (a, k, φ, b) for the path y = "
                                             f"a sin(kx + φ) + b, got {value!r}") from None
        if array.shape != (4,) or not np.all(np.isfinite(array)):
            raise InvalidArgumentError(name, f"must be 4 finite numbers (a, k, φ, b) for the "
                                             f"path y = a sin(kx + φ) + b, got {value!r}")
        return tuple(float(x) for x in array)  # type: ignore[return-value]
    return check


def path_formula(a: float, k: float, phi: float, b: float) -> str:
    """TeX for h(x, y) = y − a sin(kx + φ) − b with the data's numbers, signs folded in and
    zero terms left out: "h(x, y) = y - 0.6 \\sin(1.2x + 1) + 0.9"."""
    def term(value: float, body: str = "") -> str:
        # " - |v| body" for a term subtracted with value v (its sign folded in).
        if value == 0.0:
            return ""
        size = "" if body and abs(value) == 1.0 else number(abs(value)).tex
        return f" {'-' if value > 0 else '+'} {size}{body}"

    inner = ("" if k == 0.0 else
             ("x" if k == 1.0 else "-x" if k == -1.0 else f"{number(k).tex}x"))
    if phi != 0.0:
        inner = (f"{inner} {'+' if phi > 0 else '-'} {number(abs(phi)).tex}" if inner
                 else number(phi).tex)
    sine = term(a, rf"\sin({inner or '0'})")
    return rf"h(x, y) = y{sine}{term(b)}"


def hill_formula(peak: tuple[float, float], height: float,
                 shape: np.ndarray | tuple[tuple[float, float], ...]) -> tuple[str, str, str]:
    """TeX for the mountain e(p) = height·exp(−½ (p − m)ᵀA(p − m)) in three short lines, with
    the data's numbers: "e(x, y) = \\exp(-q)", "q = 0.45u^2 + 0.35uv + 0.8v^2" (½A's
    entries, the cross term doubled; zero terms left out) and "u = x - 0.6,\\ v = y - 0.9"."""
    def shift(name: str, centre: float) -> str:
        # "x - 0.6", "x + 0.6" or "x" for a centre at 0.
        if centre == 0.0:
            return name
        return f"{name} {'-' if centre > 0 else '+'} {number(abs(centre)).tex}"

    a = np.asarray(shape, dtype=float)
    q = ""
    for coefficient, body in ((0.5 * a[0, 0], "u^2"), (a[0, 1], "uv"), (0.5 * a[1, 1], "v^2")):
        if coefficient == 0.0:
            continue
        size = "" if abs(coefficient) == 1.0 else number(abs(coefficient)).tex
        sign = "-" if coefficient < 0 else ("+" if q else "")
        q += f" {sign} {size}{body}" if sign else f"{size}{body}"
    scale = "" if height == 1.0 else rf"{number(height).tex}\, "
    # Three lines (a height of 1000 ran the one line "e(x, y) = 1000 exp(−q), u = …, v = …"
    # off the frame).
    return (rf"e(x, y) = {scale}\exp(-q)", rf"q = {q.strip()}",
            rf"u = {shift('x', float(peak[0]))},\ v = {shift('y', float(peak[1]))}")


def hill_shape() -> Check:
    """A symmetric positive definite 2 × 2 matrix A: the hill exp(−½ (p − m)ᵀA(p − m)) has
    elliptic contours, none longer than √MAX_SHAPE_CONDITION times its width."""
    matrix = positive_definite(max_condition=MAX_SHAPE_CONDITION)

    def check(value: Any, name: str) -> np.ndarray:
        try:
            return matrix(value, name)
        except InvalidArgumentError as error:
            if "eigenvalues" in error.problem or "condition" in error.problem:
                raise InvalidArgumentError(name, (
                    f"{error.problem.split('.')[0]}; the mountain's contours are the ellipses "
                    "½ (p − m)ᵀA(p − m) = const, so A needs both eigenvalues > 0, at most "
                    f"{MAX_SHAPE_CONDITION:g} times apart (else the mountain is an endless "
                    "ridge)")) from None
            raise InvalidArgumentError(name, error.problem.replace("H[", "A[")) from None
    return check



def inset_frame(zview: ViewBox, main: Axes, *, side: float, centre: np.ndarray,
                solid: bool = False) -> tuple[Axes, dict[str, VMobject]]:
    """A magnified inset of ``zview``: its axes (``side`` wide, its frame centred on
    ``centre``), its frame, the region it shows outlined on ``main``, and two lines
    joining them. Layout only: the outline is regmath's `frame_outline`."""
    zaxes = Axes(x_range=list(zview.x_range), y_range=list(zview.y_range),
                 x_length=side, y_length=side, tips=False,
                 axis_config={"stroke_opacity": 0.0, "include_ticks": False})
    outline = frame_outline(zview)
    # Axes over a range without 0 are not centred on it: the frame is centred instead.
    zaxes.shift(centre - np.mean(to_scene(zaxes, outline[:4]), axis=0))
    joins = []
    for k in (0, 1):
        # Each join stops where it meets the inset's frame (it never crosses the inset's
        # picture): the region's corner in the inset's coordinates, the join clipped to the
        # inset's view by regmath, and the join drawn up to where that clipped piece starts.
        near = zaxes.point_to_coords(to_scene(main, outline[k]))[:2]
        inside = clip_polyline(np.array([near, outline[k]]), zview)
        end = inside[0][0] if inside else outline[k]
        joins.append(VMobject(**INSET_STYLE).set_points_as_corners(
            [to_scene(main, outline[k]), to_scene(zaxes, end)]))
    return zaxes, {
        "frame": VMobject(**INSET_STYLE).set_points_as_corners(to_scene(zaxes, outline)),
        # Dashed and faint on the main plot (review r53 finding 6: solid, it was drawn over
        # the hiker, the path and the arrows).
        # Solid, thin and grey with ``solid`` (review r56 finding 1: dashed round w* in the
        # ball's picture it read as w*'s projections onto the axes).
        "region": (VMobject(**{**INSET_STYLE, "stroke_width": 1.5}).set_points_as_corners(
            to_scene(main, outline)).set_stroke(MUTED_COLOR, opacity=0.6) if solid else
            DashedVMobject(VMobject(**INSET_STYLE).set_points_as_corners(
                to_scene(main, outline)), num_dashes=28).set_stroke(opacity=0.5)),
        "joins": VGroup(*joins),
    }

def outside_of(frame: VMobject) -> VMobject:
    """Layout only: rings around an inset's ``frame`` (its bounding box grown in steps),
    an obstacle for `place_clear` that keeps a label inside the inset (a label across the
    frame reads as struck through)."""
    rings = VMobject()
    low, high = frame.get_corner(DL), frame.get_corner(UR)
    for grow in OUTSIDE_RINGS:
        a, b = low - grow * (UR - DOWN * 0), high + grow * UR
        rings.start_new_path(a)
        rings.add_points_as_corners([[b[0], a[1], 0.0], b, [a[0], b[1], 0.0], a])
    return rings


class LagrangeHike(AnimatedOnTop, StoryScene):
    """Walk a path across a mountain; its top is where a contour touches it."""

    #: ∇f, thin, stays drawn over the wide ∇h while ∇h grows, flips and doubles (review r36).
    keep_order_when_raised = True

    peak: ClassVar[tuple[float, float]] = (0.6, 0.9)
    height: ClassVar[float] = 1.0
    shape: ClassVar[tuple[tuple[float, float], ...]] = ((0.9, 0.35), (0.35, 1.6))
    #: (a, k, φ, b): the path y = a sin(kx + φ) + b, that is h(x, y) = y − a sin(kx + φ) − b.
    path_parameters: ClassVar[tuple[float, float, float, float]] = (0.6, 1.2, 1.0, -0.9)
    #: The contour lines drawn, as shares of the peak's height (the first sets the map).
    #: (Review r39: no 0.85 ring: round the peak it left no room for "peak" inside it.)
    contour_levels: ClassVar[tuple[float, ...]] = (0.15, 0.25, 0.4, 0.55, 0.7)

    parameters = {
        "peak": a_point(),
        "height": positive(),
        "shape": hill_shape(),
        "path_parameters": sine_parameters(),
        "contour_levels": increasing(number_in(0.0, 1.0, low_open=True, high_open=True),
                                     min_length=1, max_length=8),
    }

    # ------------------------------------------------------------------ data
    def setup(self) -> None:
        super().setup()
        data = self.data
        self.mountain = GaussianHills([data["peak"]], [data["height"]], [data["shape"]])
        self.path = SineCurve(*data["path_parameters"])
        self.levels = [data["height"] * share for share in data["contour_levels"]]
        self.view: ViewBox = hike_view(self.mountain, self.path, outer_level=self.levels[0])
        self.check_story()
        traced = sine_path_curve(self.path, self.view)
        self.top: ConstrainedExtreme = path_top(self.mountain, self.path, traced)
        # The top is a vertex of the walked path, so the hiker stops exactly on it.
        self.curve, self.top_length = with_vertex(traced, self.top.point)
        self.through_peak = peak_on_path(self.mountain, self.path)
        _, self.pause = final_ascent(self.mountain, self.curve, self.top_length)
        pause_height = float(self.mountain.value(point_on_curve(self.path, self.curve,
                                                                self.pause)))
        # Heights over which the moving contour fades in: fully drawn from the outermost
        # drawn contour (inside the map by its framing) or by the pause, whichever is lower.
        full = min(self.levels[0], pause_height)
        self.contour_fade = (CONTOUR_FADE_FROM * full, full)
        self.heights = self.mountain.value(self.curve.points)
        self.arrows: GradientArrows = gradient_arrows(
            self.top, length=ARROW_SHARE * max(self.view.width, self.view.height))
        extent = max(self.view.width, self.view.height)
        # Pointing one way (λ > 0), ∇f and ∇h are drawn side by side, a little apart, so
        # neither covers the other; pointing opposite ways they are apart already.
        self.f_arrow, self.h_arrow = self.arrows.f, self.arrows.h
        if self.arrows.f is not None and self.top.multiplier > 0.0:
            gap = ARROW_GAP_SHARE * extent
            self.f_arrow = shifted_arrow(*self.arrows.f, gap)
            self.h_arrow = shifted_arrow(*self.arrows.h, -gap)
        self.relief = relief_scale(self.mountain, self.view)
        self.peak_z = self.relief * data["height"]
        # Tick numbers at a size readable at 480p, clear of the key curves, on a dark outline
        # over the other contours, and evenly spaced (review r37: clear of every contour
        # too, "1" and "2" were missing from the scale; a regular scale keeps every other).
        self.map_group = make_axes(self.view, side=PLOT_SIDE, center=PLOT_CENTER,
                                   labels=("x", "y"), keep_clear=[self.top.point],
                                   avoid=self.key_curves(), font_size=MAP_TICK_FONT)
        self.map = self.map_group[0]
        self.stage = self.get_stage()
        merge_axes(self.map)
        # (Review r39 dropped the numbers inside the contour field, "2" and "1" on contour
        # lines; round r79, review r78 item 5: the map kept only "−2", "3" and "−1": every whole
        # number stays where it fits, on its dark outline over the contours; only a number a
        # contour runs through goes. Round r86: it stays, on a dark box.)
        self.back_struck_numbers()
        # On a dark outline: contours (not the key ones, which they keep clear of) pass
        # under the tick numbers.
        for tick in self.tick_numbers():
            legible(tick).set_z_index(MAP_LABEL_Z)
        # The s axis ends as near the path's length as a round step allows (review r30: it ran
        # to 8 for a path 6.6 long).
        length = float(self.curve.arc_length[-1])
        s_range = min((axis_range(self.curve.arc_length, margin=0.0, target_ticks=n)
                       for n in range(4, 8)), key=lambda r: (r[1] - length, -r[2]))
        self.profile_group = make_plot(
            s_range,
            # From 0 (review r45 finding 9: it ran to −0.1, though a height is never below 0).
            axis_range(self.heights, margin=0.0, target_ticks=4), "s", r"e(\gamma(s))",
            center=PROFILE_CENTER, size=PROFILE_SIZE, label_size=28)
        self.profile_axes = self.profile_group[0]
        # TOOLKIT: make_plot's tick numbers (font 20) are ~10 px high at 720p; renumbered
        # larger here.
        for axis in (self.profile_axes.x_axis, self.profile_axes.y_axis):
            places = axis.numbers[0].num_decimal_places if len(axis.numbers) else 0
            values = [float(n.get_value()) for n in axis.numbers]
            axis.remove(axis.numbers)
            axis.add_numbers(values, num_decimal_places=places, font_size=PROFILE_TICK_FONT)
        # The y name clear above the top tick number (review r32: "f(γ(s))" touched "0.4",
        # the numbers having grown).
        y_name, y_axis = self.profile_group[1][1], self.profile_axes.y_axis
        if len(y_axis.numbers):
            top = max(float(n.get_top()[1]) for n in y_axis.numbers)
            y_name.shift(max(top + LABEL_GAP - float(y_name.get_bottom()[1]), 0.0) * UP)
        merge_axes(self.profile_axes)
        self.profile_group.set_z_index(PANEL_Z)
        self.camera_progress = ValueTracker(0.0)
        self.walked = ValueTracker(0.0)
        self._camera: tuple[float, Any] | None = None
        self._hiker: tuple[float, np.ndarray] | None = None
        #: The 3D picture's mobjects and how each follows the camera.
        self.lifted: dict[VMobject, Any] = {}
        self.panel_lines: list[VMobject] = []
        #: The magnified top (part 1), none when the path runs through the peak.
        self.top_zoom: dict[str, VMobject] = {}

    def check_story(self) -> None:
        """Refuse a path the hike cannot show: too far or too wild for the map, no single top."""
        a, k, phi, b = self.data["path_parameters"]
        outer = hill_contour(self.mountain, self.levels[0])
        mountain = float(max(np.ptp(outer[:, 0]), np.ptp(outer[:, 1])))
        extent = max(self.view.width, self.view.height)
        peak = point(self.data["peak"])
        if mountain < MIN_MOUNTAIN_SHARE * extent:
            raise refuse("path_parameters", (
                f"the path y = a sin(kx + φ) + b with a = {number(a).text}, b = {number(b).text} "
                f"runs so far from the mountain (peak at {peak.text}) that the map around both "
                f"is {number(extent).text} wide and the mountain under a third of it; bring b "
                "closer to the peak's y or make |a| smaller"))
        waves = abs(k) * extent / (2.0 * np.pi)
        if waves > MAX_WAVES:
            raise refuse("path_parameters", (
                f"k = {number(k).text} puts {number(waves).text} waves of the path across the "
                f"map; at most {MAX_WAVES} can be drawn and walked: use |k| ≤ "
                f"{number(2.0 * np.pi * MAX_WAVES / extent).text}"))
        curve = sine_path_curve(self.path, self.view)
        if equal_tops(self.mountain, self.path, curve):
            tops = constrained_extremes(self.mountain, self.path, curve)
            raise refuse("path_parameters", (
                f"the path has two tops of equal height, at {point(tops[0].point).text} and "
                f"{point(tops[1].point).text}, so it has no single highest point; change the "
                "phase φ a little"))
        try:
            path_top(self.mountain, self.path, curve)
        except InvalidArgumentError:
            raise refuse("path_parameters", (
                "along the map the path is highest at the map's edge, not at a top inside it; "
                f"move it (b) so that it passes the mountain (peak at {peak.text})")) from None

    def f_longer(self) -> bool:
        """Whether ∇e is drawn longer than ∇h (then ∇h is drawn over it)."""
        if self.arrows.f is None:
            return False
        return bool(np.linalg.norm(np.subtract(*self.arrows.f))
                    > np.linalg.norm(np.subtract(*self.arrows.h)))

    def key_curves(self) -> list[np.ndarray]:
        """Curves tick numbers must not cover: the path, the contour through its top and the
        gradient arrows there."""
        touching = hill_contour(self.mountain, self.top.value)
        curves = [self.curve.points, np.array(self.h_arrow)]
        if self.f_arrow is not None:
            curves.append(np.array(self.f_arrow))
        if len(touching) > 1:
            curves += clip_polyline(touching, self.view)
        return curves

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("mountain")
        self.show_mountain()
        self.next_section("map")
        self.show_map()
        self.next_section("walk")
        self.walk()
        self.next_section("gradients")
        self.show_gradients()
        self.next_section("sign")
        self.show_sign()
        self.next_section("bridge")
        self.bridge()

    # ----------------------------------------------------------------- beats
    def show_mountain(self) -> None:
        self.title = merged(Tex("The highest point of a hike", font_size=40))
        self.title.to_corner(UP + LEFT, buff=0.35).align_to([PANEL_LEFT, 0, 0], LEFT)
        self.title.set_z_index(PANEL_Z)
        # Each ring filled, faintly: drawn from the lowest up, the higher ones cover the lower,
        # so the mountain reads as a solid, lighter towards the peak (fills go with the 3D).
        self.rings = VGroup(*(self.get_lifted(hill_contour(self.mountain, level),
                                              fill=RING_FILL,
                                              stroke_color=LOSS_COLOR, stroke_width=2.5,
                                              stroke_opacity=0.45 + 0.5 * share)
                              for level, share in zip(self.levels, self.data["contour_levels"])))
        # Lines of one style are one mobject (one path each a subpath): one draw per frame.
        # The wireframe reaches down below the lowest drawn contour to the low flanks the
        # path climbs (review r56 finding 6: below the lowest ring the lifted path floated
        # in front of nothing): the meridians run down to SKIRT_SHARES[0] of the height and
        # fainter rings are drawn there, all cut at the map's box (for the 3D view only).
        low = [self.data["height"] * share for share in SKIRT_SHARES
               if self.data["height"] * share < self.levels[0]]
        meridians = [piece for line in hill_meridians(
            self.mountain, level=min(low, default=self.levels[0]), count=MERIDIANS, samples=25)
            for piece in clip_polyline(line, self.view) if len(piece) > 1]
        self.meridians = self.get_lifted(meridians, fade=True, stroke_color=MUTED_COLOR,
                                         stroke_width=1.5, stroke_opacity=0.6)
        skirt = [piece for level in low
                 for piece in clip_polyline(hill_contour(self.mountain, level), self.view)
                 if len(piece) > 1]
        self.skirt = (self.get_lifted(skirt, fade=True, stroke_color=LOSS_COLOR,
                                      stroke_width=1.5, stroke_opacity=0.3)
                      if skirt else VMobject())
        self.ground = self.get_lifted(ground_axes(self.view), ground=True,
                                      stroke_color=MUTED_COLOR, stroke_width=2)
        self.frame_outline = self.get_lifted(box_outline(self.view), ground=True, fade=True,
                                             stroke_color=MUTED_COLOR, stroke_width=1.5,
                                             stroke_opacity=0.6)
        self.peak_dot = marker(self.picture(lift(self.mountain, [self.data["peak"]],
                                                 scale=self.relief))[0], CENTER_COLOR,
                               radius=0.06)
        self.lifted[self.peak_dot] = lambda m: m.move_to(self.picture(
            lift(self.mountain, [self.data["peak"]], scale=self.relief))[0])
        self.trail = self.get_lifted(self.curve.points, stroke_color=PATH_COLOR, stroke_width=5,
                                     z_index=2)
        # On a dark outline (round r83, review r82 item 6: the lines of the surface behind
        # ran through it and the path seemed to float): drawn on the flank, over them.
        self.trail.set_stroke(BACKGROUND, width=11, background=True)
        # The hiker, at the path's left end on the mountain's flank (the ring of the walk
        # takes its place on the map).
        start = [point_on_curve(self.path, self.curve, 0.0)]
        self.hiker_3d = marker(self.picture(lift(self.mountain, start, scale=self.relief))[0],
                               SOLUTION_COLOR, radius=0.09, z_index=HIKER_Z)
        self.lifted[self.hiker_3d] = lambda m: m.move_to(self.picture(
            lift(self.mountain, start, scale=self.relief))[0])
        # The path's shadow on the ground and lines down to it: in 3D the path is seen to
        # rise and fall with the mountain (only for the 3D view: they fade as the camera rises).
        self.shadow = self.get_lifted(self.curve.points, ground=True, fade=True,
                                      stroke_color=PATH_COLOR, stroke_width=3.5,
                                      stroke_opacity=0.8)
        self.drops = self.get_drops(stroke_color=PATH_COLOR, stroke_width=2,
                                    stroke_opacity=0.85)
        # Two sentences: a line break inside "f(x, y)" would split it.
        # The title and the ground are there from the first frame (a video's thumbnail is
        # its first frame); the mountain rises on them as it is named.
        # The picture's axes named (round r83, review r82 item 6: no x, y or e in 3D): x and
        # y at the ground axes' far ends, e on a height axis at the box's back corner.
        self.axis_names = self.get_axis_names()
        self.add(self.title, self.frame_outline, self.ground, self.axis_names[0])
        # (Round r80, review r79 item 6: "h" read as height: e named for what it stands for.)
        # Why we hike, said first (round r86, reviews r84 and r84b item 1: the first 93 s
        # never said they lead to ridge and the lasso).
        # (Round r87, reviews r86 item 3 and r86b item 2: "the tool" named at once.)
        with self.cue("Lagrange multipliers and KKT, behind ridge and the lasso, on a hike: "
                      "a mountain{@mountain}. "
                      "Its height e(x, y){@height}, e for elevation, is highest at the peak{@peak}."
                      ) as cue:
            # From the first word (review r41: "A mountain" was said over the empty ground),
            # and up within its first second (round r84, review r83 item 6: grown over the
            # whole sentence, the first 2 s showed empty axes under "A mountain").
            # (Round r87: the tool's name comes first: the mountain grows under it, up as
            # "a mountain" is said.)
            cue.play(Create(self.rings, lag_ratio=0.15), Create(self.meridians),
                     Create(self.skirt), Create(self.axis_names[1]),
                     run_time=max(min(cue.until("mountain"), cue.until("height")),
                                  MOUNTAIN_SECONDS))
            # The height axis named e as e is said.
            cue.play(Reveal(self.axis_names[2]), at="height", run_time=0.5)
            cue.play(Indicate(self.axis_names[2], color=EMPHASIS_COLOR, scale_factor=1.2),
                     run_time=max(min(cue.until("peak"), MARK_SECONDS), 0.5))
            cue.play(Reveal(self.peak_dot), Flash(self.peak_dot, color=CENTER_COLOR,
                                                  run_time=FLASH_SECONDS), at="peak")
        # The shadow named as the path on the ground, and lit along its length as it is
        # (review r39: drawn under the half-transparent mountain, it was never named).
        # (Round r79, review r78 item 6: the hiker came 1.2 s after "A hiker": each thing
        # appears as its word is read, the mark before the word.)
        # (Round r82: "rising and falling" cut to pay for the rests of review r81 item 1.)
        # (Round r86: "above its shadow" cut, review r84b item 7: ambiguous; it paid for the
        # opening's "why". The shadow is still drawn under the path as it is drawn.)
        with self.cue("{@hiker}A hiker keeps to {@path}a path on its flank{@ground}.") as cue:
            cue.play(Reveal(self.hiker_3d), Flash(self.hiker_3d, color=SOLUTION_COLOR,
                                                  run_time=FLASH_SECONDS), at="hiker",
                     run_time=max(min(cue.until("path"), FLASH_SECONDS), 0.3))
            # (Round r83, review r82 item 6: the drop lines came at the caption's end: the
            # shadow and its drop lines are drawn under the path as it is drawn.)
            cue.play(Create(self.trail), Create(self.shadow), Create(self.drops),
                     run_time=max(cue.until("ground"), 1.2))
            # The shadow marked in its own green, as its name is said (review r56 finding 6:
            # a white flash along it read as an unexplained streak).
            cue.play(Indicate(self.trail, color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     at="ground", run_time=max(cue.until(cue.END), 0.5))

    def show_map(self) -> None:
        with self.cue("From above{@above}, the contours, each of one height, "
                      "make a map{@map}.") as cue:
            cue.wait_until("above")
            self.follow(self.camera_progress, 1.0, self.lifted, run_time=cue.until("map"),
                        rate_func=smooth)
            self.remove(self.frame_outline, self.meridians, self.skirt, self.shadow,
                        self.drops, *self.axis_names)
            # The map's axes lie exactly on the ground's lines: they fade in over them.
            cue.play(Reveal(self.map_group))
            self.remove(self.ground)
        self.path_label = self.get_path_label()
        self.peak_label = legible(merged(Tex("peak", font_size=30, color=CENTER_COLOR)))
        self.peak_label.set_z_index(MAP_LABEL_Z)
        # Right of its dot, away from the y-axis's numbers. It names the peak for the walk and goes when the arrows come at the
        # top (review r37: shifted left, clear of where ∇h and ∇(2h) would rise, it sat on
        # the tick number "1"). Tick numbers count many times over: a few contour points may
        # be covered (the label is legible), a tick number may not ("1peak"); the contours
        # count a tenth (they fill the map round the peak).
        # (Review r39: the contours now count in full: "peak" crossed the innermost.)
        self.place_on_map(self.peak_label, self.peak_dot.get_center(), np.array([1.0, 0.0]),
                          [self.trail, self.path_label, *self.tick_numbers() * TICK_WEIGHT,
                           self.map.x_axis, self.map.y_axis, *self.rings])
        # f written out with the peak (review r38: f was never given, so λ could not be
        # checked), h as it is first named (review r37); they take the room the written
        # question had (the words ask it), and make way for the plot.
        self.f_formula = VGroup(*(merged(MathTex(tex, font_size=PANEL_FONT, color=LOSS_COLOR))
                                  for tex in hill_formula(self.data["peak"], self.data["height"],
                                                          self.data["shape"])))
        self.f_formula.arrange(DOWN, aligned_edge=LEFT, buff=0.2)
        self.f_formula.next_to(self.title, DOWN, buff=0.4).align_to(self.title, LEFT)
        self.h_formula = merged(MathTex(path_formula(*self.data["path_parameters"]),
                                        font_size=PANEL_FONT, color=PATH_COLOR))
        self.h_formula.next_to(self.f_formula, DOWN, buff=0.3).align_to(self.title, LEFT)
        for line in (*self.f_formula, self.h_formula):
            line.set_z_index(PANEL_Z)
        # (Review r32: a 7 s still here.) The hiker the question asks about is marked as it is
        # asked (review r59 finding 5: a white light swept the path, unexplained; cut).
        # (Round r79, review r78 items 4 and 6: e, q and h were written with no words reading
        # them, and "h(x, y) = 0" was named 2.4 s before its label: the formulas are read as
        # "written out", each shown as its name is read.)
        with self.cue("{@peak}Written out: the height e and {@h}the path h(x, y) = 0. "
                      "Where on it{@where} is the hiker highest?",
                      spoken="{@peak}Written out: the height e and {@h}the path, h of x y equals "
                      "zero. Where on it{@where} is the hiker highest?") as cue:
            cue.play(Reveal(self.peak_label), Reveal(self.f_formula),
                     Flash(self.peak_dot, color=CENTER_COLOR, run_time=FLASH_SECONDS),
                     at="peak", run_time=max(min(cue.until("h"), 1.0), 0.3))
            cue.play(Reveal(self.path_label), Reveal(self.h_formula),
                     Indicate(self.trail, color=HIGHLIGHT_COLOR, scale_factor=1.0), at="h")
            # (Its length taken once the words reach "where": taken before, it ran 1.6 s past
            # them.)
            cue.wait_until("where")
            cue.play(pulse(self.hiker_3d, 1.6), run_time=max(cue.until(cue.END), 1.0))

    def walk(self) -> None:
        start = point_on_curve(self.path, self.curve, 0.0)
        self.gamma_label = legible(MathTex(r"\gamma", font_size=36, color=PATH_COLOR))
        self.gamma_label.set_z_index(MAP_LABEL_Z)
        gamma_at = point_on_curve(self.path, self.curve, 0.12 * self.curve.arc_length[-1])
        self.place_on_map(self.gamma_label, to_scene(self.map, gamma_at),
                          self.path.gradient(gamma_at),
                          [self.trail, *self.rings, self.path_label, *self.tick_numbers()])
        # A ring, not a dot: the point it stands on (where the contour touches) stays visible.
        # A thick dark outline round the red ring (review r50 finding 5: red on the green path
        # had the path's luminance; colour-blind viewers lost it).
        self.hiker = Circle(radius=HIKER_RADIUS, color=SOLUTION_COLOR, stroke_width=5,
                            z_index=HIKER_Z).move_to(to_scene(self.map, start))
        # (r55: white-edged, as w*'s marker is: red never sits bare on the green path.)
        self.hiker.set_stroke(TEXT_COLOR, width=11, background=True)
        self.contour = VMobject(stroke_color=LOSS_COLOR, stroke_width=4, z_index=1)
        self.profile = VMobject(stroke_color=PATH_COLOR, stroke_width=4, z_index=2)
        self.profile_dot = marker(np.zeros(3), SOLUTION_COLOR, radius=0.06, z_index=3)
        length = float(self.curve.arc_length[-1])
        self.readout = Readout(r"s = " + number_format(length, decimals_for(length))
                               + r",\quad e(\gamma(s)) = "
                               + number_format(float(np.max(self.heights)),
                                               decimals_for(self.top.value)),
                               0.0, float(self.heights[0]), font_size=PANEL_FONT)
        self.readout.next_to(self.profile_group, DOWN, buff=0.35).align_to(
            [PANEL_LEFT, 0, 0], LEFT)
        self.readout.set_z_index(PANEL_Z)
        self.panel_lines.append(self.readout)
        followers = {
            self.hiker: lambda m: m.move_to(to_scene(self.map, self.hiker_point())),
            self.contour: self.follow_contour,
            self.profile: self.follow_profile,
            self.profile_dot: lambda m: m.move_to(to_scene(
                self.profile_axes, [self.walked.get_value(), self.hiker_height()])),
            self.readout: lambda r: r.set_values(self.walked.get_value(), self.hiker_height()),
        }
        for mobject, place in followers.items():
            place(mobject)
        at_hiker = legible(merged(MathTex(r"\gamma(s)", font_size=32, color=SOLUTION_COLOR)))
        at_hiker.set_z_index(MAP_LABEL_Z)
        self.place_on_map(at_hiker, self.hiker.get_center(), np.array([0.0, 1.0]),
                          [self.trail, *self.rings, self.path_label, self.gamma_label,
                           *self.tick_numbers()])
        # (Round r79, review r78 item 6: γ and γ(s) came 1.5 and 3.5 s after their words: the
        # marks before the words, γ(s) said first.)
        with self.cue("{@gamma}Call the path γ; {@at}the hiker is at γ(s) after "
                      "walking{@s} s from its left end.") as cue:
            cue.play(Reveal(self.gamma_label), Indicate(self.trail, color=HIGHLIGHT_COLOR,
                                                        scale_factor=1.0), at="gamma",
                     run_time=max(min(cue.until("at"), 1.0), 0.3))
            cue.play(Reveal(self.hiker), Conceal(self.hiker_3d), Reveal(at_hiker),
                     Flash(self.hiker, color=SOLUTION_COLOR, run_time=FLASH_SECONDS),
                     at="at", run_time=max(min(cue.until("s"), 1.0), 0.3))
            # (The readout comes with its plot, round r82, review r81 item 5: 3 s before it.)
            cue.play(Conceal(self.f_formula), Conceal(self.h_formula),
                     Indicate(self.hiker, color=SOLUTION_COLOR), at="s")
        # The label γ(s) rides along with the hiker for the first steps and fades out: riding
        # further, it would cross the tick numbers and the contours (the readout names γ(s)).
        offset = at_hiker.get_center() - self.hiker.get_center()

        def ride(m: VMobject) -> None:
            m.move_to(self.hiker.get_center() + offset)
            walked = self.walked.get_value() / length
            m.set_opacity(float(np.clip((RIDE_FADE[1] - walked) / (RIDE_FADE[1] - RIDE_FADE[0]),
                                        0.0, 1.0)))

        riding = {**followers, at_hiker: ride}
        # Two sentences, so two subtitles: the contour's comes as it fades in (review r32:
        # said from 28 s, seen from 31 s).
        # (Review r39: near the path's ends the contour through the hiker lies off the map.)
        # (Review r51 finding 4: the contour was named 3 s before it showed: the walk reaches
        # the height it shows from as its sentence starts, then walks on to the pause.)
        low, high = self.contour_fade
        seen = np.flatnonzero(self.heights >= low + CONTOUR_SEEN_SHARE * (high - low))
        shown_at = float(self.curve.arc_length[seen[0]]) if len(seen) else self.pause
        with self.cue("Walk{@walk}: the plot traces e(γ(s)). Higher{@up} up, "
                      "the contour through the hiker follows.") as cue:
            # The plot's axes come as "the plot traces" is said (review r50 finding 9: 3.5 s
            # before).
            cue.play(Reveal(self.profile_group), Reveal(self.readout), at="walk", run_time=0.3)
            self.add(self.contour, self.profile, self.profile_dot)
            # The whole cue long, at one pace (review r50 finding 10: eased out, s ran 0 → 2.1
            # in 2 s): the contour through the hiker is seen to swell towards the path.
            if 0.0 < shown_at < self.pause:
                self.follow(self.walked, shown_at, riding,
                            run_time=max(cue.until("up"), 1.0), rate_func=lambda x: x)
            self.follow(self.walked, self.pause, riding,
                        run_time=max(cue.until(cue.END), 1.0), rate_func=lambda x: x)
        self.remove(at_hiker)
        self.higher = VMobject(stroke_color=HIGHER_COLOR, stroke_width=8, z_index=MAP_LABEL_Z)
        self.follow_higher(self.higher)
        crossings = self.get_crossing_dots()
        climbing = {**followers, self.higher: self.follow_higher}
        shrink_cue = self.cue("Climb on{@climb}: the higher stretch shrinks{@shrink}...")
        # (Round r86, review r84 item 3: the stretch came 1 s after its words: its mark
        # starts the subtitle.)
        with self.cue("Here{@cross} the contour crosses the path. {@higher}The stretch of path "
                      "inside it is higher: the hiker can still climb{@climb}.") as cue:
            cue.play(Reveal(crossings), *(Flash(d, color=LOSS_COLOR, run_time=FLASH_SECONDS)
                                          for d in crossings), at="cross")
            cue.play(Reveal(self.higher), at="higher")
            # The climb starts as "can still climb" is said and runs on through the next
            # words, slowing to a stop at the top (review r38: it took 2 s after a 7 s still):
            # speeding up from rest here, it ends at the speed the next sweep starts at.
            # The crossing points are the pause's: they go as the hiker leaves it; the ring
            # thins and shrinks, so the stretch ahead stays seen to the end, not hidden under
            # the ring (review r38: mark the instant it becomes a point).
            cue.play(Conceal(crossings),
                     self.hiker.animate.set_stroke(width=THIN_HIKER).scale(TOUCH_SHRINK),
                     at="climb", run_time=0.4)
            first = max(cue.until(cue.END), 1.0)
            second = shrink_cue.narrator.duration(shrink_cue.words) + CLIMB_OVERRUN
            middle = self.climb_split(first, second)
            self.follow(self.walked, middle, climbing, run_time=first,
                        rate_func=lambda x: x * x)
        with shrink_cue as cue:
            self.follow(self.walked, self.top_length, climbing,
                        run_time=max(cue.until(cue.END) + CLIMB_OVERRUN, 0.5),
                        rate_func=lambda x: 1.0 - (1.0 - x) ** 2)
        self.remove(self.higher)
        top_words = ("...to nothing at the top of the hike{@top}. There the contour only "
                     "touches{@touch} the path.")
        if self.through_peak:
            top_words = ("...to nothing at the top of the hike{@top}, which is the peak "
                         "itself: the contour through it is a single point{@single}.")
        if not self.through_peak:
            self.top_zoom = self.get_top_zoom()
        # A wordless rest after the tangency (review r76 item 2), the first key result.
        with self.cue(top_words, settle=KEY_REST_SECONDS) as cue:
            # An Indicate, not a Flash (review r36: the flash's rays left red and grey specks
            # around the hiker in their last frames).
            flash = Indicate(self.hiker, color=SOLUTION_COLOR, scale_factor=1.5,
                             run_time=FLASH_SECONDS)
            if self.through_peak:
                cue.play(flash, at="top")
                cue.play(Indicate(self.peak_dot, color=CENTER_COLOR, scale_factor=1.6),
                         at="single", until=cue.END)
            else:
                # (The ring thinned and shrank on the climb: the touching point inside shows.)
                # The top magnified as the hiker arrives (review r39: a 3 s still before it):
                # at map scale the contour and the path run too close together to see that
                # they touch rather than cross; the touch marked in both as it is named.
                cue.play(flash, Reveal(VGroup(*(self.top_zoom[k] for k in TOP_ZOOM_PICTURE))),
                         at="top")
                cue.play(Indicate(self.contour, color=HIGHLIGHT_COLOR, scale_factor=1.0),
                         Indicate(self.top_zoom["contour"], color=HIGHLIGHT_COLOR,
                                  scale_factor=1.0),
                         at="touch", run_time=min(max(cue.until(cue.END), FLASH_SECONDS),
                                                  MARK_SECONDS))
        # The contour through the top stays (thin), so the hiker's contour is seen to lie
        # outside it as the hiker walks on and down.
        self.top_contour = self.contour.copy().set_stroke(width=2.5)
        self.top_contour.set_z_index(1)
        self.add(self.top_contour)
        # The magnified top shows the top only: it steps away while the hiker walks on
        # (review r30: a still inset of the top beside a walking hiker) and returns with it.
        lens_picture = VGroup(*(self.top_zoom[k] for k in TOP_ZOOM_PICTURE)) \
            if self.top_zoom else None
        with self.cue("Walk on{@on}: all the rest of the path is lower. Back{@back} to the "
                      "top.") as cue:
            # The inset stays on (review r36: it went and came back, a flicker); its joins go,
            # they have shown where it looks (review r32: they crossed the path and the axes).
            if lens_picture is not None:
                self.top_zoom.pop("joins")
            # About 3 s each way (review r36: 1 s each way was too fast to follow; r59 finding 5:
            # 2.2 s each way still raced the right half of the plot).
            # (Round r87, review r86 item 6: the inset's dot stayed at the top as the hiker
            # walked on, two hikers: it fades as the hiker leaves the top and comes back with
            # the hiker, over the first and last tenth of the walk.)
            walking = dict(followers)
            if lens_picture is not None:
                top_s, span = self.top_length, max(length - self.top_length, 1e-9)

                def follow_lens_dot(m: VMobject) -> None:
                    away = (self.walked.get_value() - top_s) / span
                    m.set_opacity(float(np.clip(1.0 - away / LENS_DOT_FADE, 0.0, 1.0)))

                walking[self.top_zoom["point"]] = follow_lens_dot
            self.follow(self.walked, length, walking,
                        run_time=max(cue.until("back"), WALK_ON_SECONDS), rate_func=smooth)
            # The whole profile stays while the hiker walks back.
            back = {m: place for m, place in walking.items() if m is not self.profile}
            self.follow(self.walked, self.top_length, back, run_time=WALK_BACK_SECONDS,
                        rate_func=smooth)

    def show_gradients(self) -> None:
        top, arrows = self.top, self.arrows
        # Side by side (λ > 0) or opposite (λ < 0), neither arrow covers the other: one width.
        # From the top on one line: the shorter drawn over the longer (∇f is drawn at
        # ARROW_Z + 0.5).
        # (Review r32: ∇f, the shorter here, read as a stub under ∇h: ∇h is drawn wide and
        # ∇f thin on top of it, so both show along their common line.)
        self.h_style = {"z_index": ARROW_Z + (1.0 if self.f_longer() else 0.0),
                        "stroke_width": H_ARROW_WIDTH}
        self.grad_h = self.get_arrow(self.h_arrow, NORMAL_COLOR, **self.h_style)
        self.h_label = legible(merged(MathTex(r"\nabla h", font_size=32, color=NORMAL_COLOR)))
        # The map's axes too (review r30: labels on the axes). (Not the contour lines: each
        # label must stay nearest its own arrow's tip, and the contours fill the map there.)
        # The peak's label goes as the arrows come (see `show_map`), unless the top is the
        # peak.
        self.peak_named = self.through_peak
        obstacles = [self.trail, self.contour, self.hiker, self.peak_dot,
                     *([self.peak_label] if self.peak_named else []),
                     self.grad_h, self.path_label, self.gamma_label, *self.tick_numbers(),
                     self.map.x_axis, self.map.y_axis]
        self.grad_f = None
        labelled = [(self.grad_h, self.h_label)]
        if self.f_arrow is not None:
            self.grad_f = self.get_arrow(self.f_arrow, GRADIENT_COLOR,
                                         z_index=ARROW_Z + (0.5 if self.f_longer() else 1.5),
                                         stroke_width=F_ARROW_WIDTH)
            # A dark outline: violet on the blue-grey contours (and on ∇h) is low in contrast.
            self.grad_f.set_stroke(OUTLINE_COLOR, width=F_ARROW_WIDTH + 4, background=True)
            stay_over_moving(self.grad_f)
            self.f_label = legible(merged(MathTex(r"\nabla e", font_size=32,
                                                  color=GRADIENT_COLOR)))
            # A wider dark outline, a backing over the contours (review r60 finding 2b).
            self.f_label.set_stroke(BACKGROUND, width=LABEL_BACKING, background=True)
            obstacles.append(self.grad_f)
            # (Round r95: the copy of ∇h shrinks in the inset only; "∇e" no longer keeps clear
            # of a landing on the map.)
            labelled = [(self.grad_f, self.f_label), (self.grad_h, self.h_label)]
        # Each label past its own arrow's tip, towards the side its arrow is drawn on.
        for arrow, label in labelled:
            along = self.arrow_direction(arrow)
            side = np.array([-along[1], along[0]]) * (1.0 if arrow is self.grad_f else -1.0)
            # ∇h's label right of its tip and a little below it, off the row of the peak's
            # label above the peak: side by side, the two read as one phrase ("peak ∇h").
            preferred = along + 0.5 * side if arrow is self.grad_f else side - 0.5 * along
            # The peak label's row, stretched sideways, is an obstacle for ∇h's label; and
            # the peak's dot, with room round it, for both (review r38: "∇h" beside the
            # unnamed dot read as its name).
            row = ([self.peak_label.copy().stretch(PEAK_ROW_STRETCH, 0)]
                   if arrow is self.grad_h and self.peak_named else [])
            # (Not ∇f's: drawn below the peak, its label has room only on the dot's side.)
            row += [self.peak_zone()] * TICK_WEIGHT if arrow is self.grad_h else []
            # The contours count in full (review r39: "∇h" sat on them).
            self.place_on_map(label, arrow.get_end(), preferred, obstacles + row + list(self.rings))
            obstacles.append(label)
        lam = number(top.multiplier)
        self.condition = merged(MathTex(
            rf"\nabla e = \lambda \nabla h,\quad \lambda = {lam.tex}", font_size=PANEL_FONT))
        # The name the words give λ, written down and kept: a viewer without captions has it.
        self.multiplier_name = merged(Tex(r"$\lambda$: the Lagrange multiplier",
                                          font_size=PANEL_FONT))
        if self.grad_f is None:
            self.add_panel_line(self.condition)
            self.add_panel_line(self.multiplier_name)
            with self.cue("At the peak the ground is flat: ∇e = 0{@zero}, while ∇h{@h}, at right "
                          "angles to the path, is not.") as cue:
                cue.play(Indicate(self.hiker, color=SOLUTION_COLOR), at="zero")
                cue.play(GrowArrow(self.grad_h), Reveal(self.h_label), at="h")
            with self.cue("So ∇e = λ∇h holds with λ = 0{@eq}, λ{@named} the Lagrange "
                          "multiplier: here the path costs the hiker nothing{@nothing}.") as cue:
                cue.play(Reveal(self.condition), at="eq")
                cue.play(Reveal(self.multiplier_name), at="named")
                cue.play(Indicate(self.condition, color=EMPHASIS_COLOR, scale_factor=1.0),
                         at="nothing", until=cue.END)
            return
        extent = max(self.view.width, self.view.height)
        # The plot's level line at the top, γ′(s) at the hiker and the right angle to ∇f.
        flat = Line(*to_scene(self.profile_axes, tangent_segment(
            [self.top_length, top.value], [0.0, 1.0],
            FLAT_SHARE * float(self.curve.arc_length[-1]))), color=TEXT_COLOR, stroke_width=3)
        flat.set_z_index(PANEL_Z + 0.5)
        tangent = tangent_arrow(top.point, top.gradient_h, length=TANGENT_SHARE * extent)
        self.gamma_prime = self.get_arrow(tangent, TEXT_COLOR, z_index=ARROW_Z, stroke_width=5)
        prime_label = legible(merged(MathTex(r"\gamma'(s)", font_size=30, color=TEXT_COLOR)))
        prime_label.set_z_index(ARROW_LABEL_Z)
        # Clear of the arrows ∇h becomes later (−∇h and 2∇h) too, weighted as the tick numbers
        # (review r32: ∇(−h) ran into "γ′(s)").
        later = [self.get_arrow(scaled_arrow(*self.h_arrow, factor), NORMAL_COLOR)
                 for factor in (-1.0, 2.0)]
        # (Review r36: still crossed by ∇(−h): the wide arrow is checked with a margin, and
        # the label tries below, beyond and above γ′'s tip until clear of it.)
        along = self.arrow_direction(self.gamma_prime)
        for preferred in (along + np.array([0.0, -0.6]), along, along + np.array([0.0, 0.6])):
            self.place_on_map(prime_label, self.gamma_prime.get_end(), preferred,
                              obstacles + [self.gamma_prime, *later * TICK_WEIGHT])
            if self.clear_of_arrows(prime_label, self.later_h_arrows()):
                break
        square = VMobject(stroke_color=TEXT_COLOR, stroke_width=2.5, z_index=ARROW_Z)
        square.set_points_as_corners(to_scene(self.map, right_angle_mark(
            top.point, arrows.f[1] - arrows.f[0], tangent[1] - tangent[0],
            size=RIGHT_ANGLE_SHARE * extent)))
        # Its "= 0" a part of its own, flashed with the plot's flat line (review r60 finding 8).
        chain = MathTex(r"\frac{d}{ds} e(\gamma(s)) = \nabla e \cdot \gamma'(s)", r"= 0",
                        font_size=PANEL_FONT)
        for part in chain:
            merged(part)
        # The chain rule takes the walk's readout's row (the readout goes as the plot is
        # found flat, before the chain rule is written).
        self.panel_lines.remove(self.readout)
        self.add_panel_line(chain)
        self.add_panel_line(self.condition)
        self.add_panel_line(self.multiplier_name)
        lens = self.top_zoom
        # Why ∇f ⟂ the contour too, by the same rule (review r39: a bare assertion): along a
        # contour f does not change.
        # (Review r49 finding 3: γ′ and ∇f were drawn unnamed: each is said as it is drawn,
        # the tangent and the uphill gradient; the right angle follows as its own sentence.)
        # (Review r53 finding 3: the chain rule used ∇f and γ′ before the words named them:
        # named first, each as its arrow is drawn, then the chain rule.)
        # (Review r60 finding 8: the chain rule's subtitle lasted 2.3 s: the plot's slope named
        # with it, about 4 s, and its "= 0" flashed with the plot's flat line.)
        # (Round r84, review r83b item 1: a rest after the flat top, its own cue; review r83
        # item 6: γ′ and ∇e were named 2-4 s before their arrows: each now grows as its
        # name starts the next cue.)
        # (Round r95, brief LH95 item 2: the words stood 1-2 s before the flat line was
        # drawn: it is drawn at their first word, then marked.)
        with self.cue("{@flat}At the top the plot is flat.",
                      settle=FLAT_SETTLE_SECONDS) as cue:
            # The walk's readout and the peak's name have done their work: they go (r37: at
            # most 6 text lines).
            # The peak's dot steps back with its name (review r41: unnamed, "∇f" beside it
            # read as its label).
            # γ′ and ∇f drawn with the sentence that names them (review r51 finding 4: the
            # caption named ∇f 2.7 s before its arrow), each marked as it is said.
            # The other contours step back as the arrows come (review r39: the labels sat
            # on them); the contour through the top stays.
            cue.play(Create(flat), pulse(self.profile_dot, 1.2),
                     Conceal(self.peak_label), Conceal(self.readout), Dim(self.peak_dot),
                     Dim(self.rings, factor=RING_DIM), at="flat", run_time=0.6)
            cue.play(Indicate(flat, color=SOLUTION_COLOR, scale_factor=1.0),
                     run_time=max(cue.until(cue.END), 0.5))
        with self.cue("With {@prime}γ′ the path's direction and {@f}∇e the height's uphill "
                      "gradient, {@slope}the plot's slope is zero: d/ds e(γ(s)) = ∇e · γ′(s) = 0"
                      "{@chain}.",
                      spoken="With {@prime}gamma prime the path's direction and {@f}grad e the "
                      "height's uphill gradient, {@slope}the plot's slope is zero: the "
                      "derivative of e along the path, grad e dot gamma prime, is zero{@chain}."
                      ) as cue:
            cue.play(GrowArrow(self.gamma_prime), Reveal(prime_label),
                     GrowArrow(lens["prime"]), at="prime",
                     run_time=max(min(cue.until("f"), 1.0), 0.5))
            cue.play(Indicate(self.gamma_prime, color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     Indicate(prime_label, color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     run_time=max(min(cue.until("f"), MARK_SECONDS), 0.3))
            cue.play(GrowArrow(self.grad_f), Reveal(self.f_label), GrowArrow(lens["f"]),
                     Reveal(lens["f_label"]), at="f",
                     run_time=max(min(cue.until("chain"), 1.0), 0.5))
            cue.play(Indicate(self.grad_f, color=F_FLASH_COLOR, scale_factor=1.0),
                     Indicate(self.f_label, color=F_FLASH_COLOR, scale_factor=1.0),
                     run_time=max(min(cue.until("slope"), MARK_SECONDS), 0.3))
            # (The inset's joins went once it was up: the outline and the caption still say
            # what it is.)
            # The slope written as it is said, and its "= 0" lit with the plot's flat line,
            # in the top's colour.
            # The inset's title makes room (review r62 item 6: the equation ended 18 px from
            # "the top, zoomed"); its outline, lit as the top, says what it is.
            # (Round r83, review r82 item 4: the inset's title went here and the inset stayed
            # unnamed: the title now stands left of the inset's foot, clear of this line.)
            cue.play(Reveal(chain), at="slope", run_time=0.5)
            cue.play(Indicate(flat, color=SOLUTION_COLOR, scale_factor=1.0),
                     Indicate(chain[1], color=SOLUTION_COLOR, scale_factor=1.2),
                     run_time=max(min(cue.until("chain"), 1.5), 0.8))
            cue.play(Indicate(flat, color=SOLUTION_COLOR, scale_factor=1.0),
                     Indicate(chain[1], color=SOLUTION_COLOR, scale_factor=1.2),
                     run_time=max(min(cue.until(cue.END), 1.5), 0.8))
        with self.cue("So ∇e is at right angles to the path{@square}, and to the contour"
                      "{@contour}, along which e is constant.",
                      spoken="So grad e is at right angles to the path{@square}, and to the "
                      "contour{@contour}, along which e is constant.") as cue:
            # (The contour is drawn under everything: its Indicate is short, the square's
            # drawing carries the words.)
            cue.play(Create(square), Create(lens["square"]), at="square", run_time=0.8)
            cue.play(Indicate(self.contour, color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     Indicate(lens["contour"], color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     at="contour", run_time=max(min(cue.until(cue.END), MARK_SECONDS), 0.5))
        # Why ∇h is normal too, on screen as it is said (round r81, review r80 item 3: it was
        # asserted): the argument just used for e, short. In the balance's row, empty till
        # the balance takes it.
        # (Short, as the caption says it: "along" and "(s)" ran it into the inset.)
        why_h = merged(MathTex(r"h = 0 \text{ on } \gamma \ \Rightarrow\ "
                               r"\nabla h \cdot \gamma' = 0", font_size=PANEL_FONT))
        why_h.move_to(self.condition, aligned_edge=LEFT).set_z_index(PANEL_Z)
        self.why_h = why_h
        with self.cue("∇h{@h} is normal too: h = 0 all along γ, so ∇h · γ′ = 0{@why}. "
                      "The two are parallel{@parallel}.",
                      spoken="Grad h{@h} is normal too: h is zero all along gamma, so grad h dot "
                      "gamma prime is zero{@why}. The two are parallel{@parallel}.",
                      # A wordless rest after it (round r82, review r81 item 1).
                      settle=PARALLEL_SETTLE_SECONDS) as cue:
            # The right angle has made its point: its marks go as ∇h comes (review r45
            # finding 4: the mark sat under the arrows' bases, in a crowded cluster).
            # (Round r81, review r80 item 5: drawn as "∇h" appears, not 2 s after.)
            cue.play(GrowArrow(self.grad_h), Reveal(self.h_label), GrowArrow(lens["h"]),
                     Reveal(lens["h_label"]), Conceal(square), Conceal(lens["square"]),
                     run_time=1.0)
            self.remove(square, lens["square"])
            cue.play(Indicate(self.grad_h, color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     Indicate(self.h_label, color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     run_time=max(min(cue.until("why") - 1.0, MARK_SECONDS), 0.3))
            cue.play(Reveal(why_h), run_time=0.5)
            cue.play(Indicate(why_h, color=EMPHASIS_COLOR, scale_factor=1.0),
                     run_time=max(min(cue.until("parallel"), MARK_SECONDS), 0.5))
            cue.play(Indicate(self.grad_f, color=F_FLASH_COLOR, scale_factor=1.0),
                     Indicate(self.grad_h, color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     at="parallel", run_time=max(cue.until(cue.END), 0.5))
        # The numbers behind λ (review r75 item 4: the top and the two gradients were never
        # printed): the top's coordinates by its dot on the plot, ∇e and ∇h under λ's name,
        # from regmath's top; they stay while λ is read, and go with the plot.
        top_name = merged(MathTex(r"(x, y) = " + point(top.point).tex, font_size=DATA_FONT - 4))
        # In the panel, the first of the top's lines (round r82, review r81 item 3: on the map it
        # was crossed by γ, the y axis and the inset's dashed box; by the s-plot's peak it
        # read as that plot's, review r80 item 6): the point, then the gradients there.
        grad_values = VGroup(*(merged(MathTex(rf"\nabla {name} = {point(vector).tex}",
                                              font_size=DATA_FONT - 4))
                               for name, vector in (("e", top.gradient_f),
                                                    ("h", top.gradient_h))))
        grad_values.add_to_back(top_name)
        # (Round r84, review r83 item 7: it crowded "the top, zoomed" below: set tighter.)
        grad_values.arrange(DOWN, aligned_edge=LEFT, buff=0.08).set_z_index(PANEL_Z)
        grad_values.next_to(self.multiplier_name, DOWN, buff=0.14).align_to(
            [PANEL_LEFT, 0, 0], LEFT)
        self.top_numbers = [grad_values]
        # The flat line and γ′ have made their point: they go, so the panel holds the balance.
        # A wordless rest after ∇e = λ∇h (review r76 item 2).
        balance = self.balance_words()
        with self.cue(balance, lam_value=lam, size=number(abs(top.multiplier)),
                      settle=KEY_REST_SECONDS) as cue:
            # (Round r94, brief item 4: the shrinking copy was up under its words 3.7 s: they
            # stay longer, the copy with them, ≥ 5 s.)
            if self.arrows.true_lengths and top.multiplier > 0.0:
                cue.duration += BALANCE_EXTRA
            cue.play(Conceal(self.why_h), run_time=0.3)
            # The formulas of e and h back, in the plot's room, while the top's numbers they
            # check are read (round r86, reviews r84 item 4 and r84b item 2: up only 6 s at
            # the start); the plot has made its point (flat at the top) and goes.
            # (Round r87, review r86 item 2 and r86b item 3: seven lines came at once: the
            # balance as it is said, then the top's point and gradients, a line at a time as
            # λ is named, then e's and h's formulas they are checked against.)
            gone, back = self.formula_return()
            cue.play(Reveal(self.condition), Conceal(flat), *gone, at="eq", run_time=0.6)
            cue.play(LaggedStart(*(Reveal(line) for line in grad_values), lag_ratio=0.6),
                     at="named", run_time=NUMBERS_SECONDS)
            if back:
                cue.play(*back, run_time=0.5)
            if self.arrows.true_lengths and top.multiplier > 0.0:
                # Shown, not told (review r41: said over a still): a copy of ∇h shrinks by λ
                # onto ∇f, then goes.
                cue.wait_until("arrows")
                factor = ValueTracker(1.0)
                # White-outlined (review r56 finding 5: orange on the yellow ∇h ran together;
                # review r60 finding 3: dark-outlined, it differed from ∇h by hue alone, lost
                # to deuteranopes): told apart by its shape, not only its colour.
                def outlined(arrow: Arrow) -> Arrow:
                    return arrow.set_stroke(TEXT_COLOR, width=COPY_OUTLINE, background=True)

                # In the inset, where the arrows are large: it shrinks along ∇h's line to λ
                # times its length, beside ∇e.
                lens_copy = outlined(Arrow(*to_scene(self.top_zaxes, self.top_zoom_h),
                                           color=COPY_COLOR, **LENS_COPY_STYLE))
                lens_copy.set_z_index(lens["f"].z_index + 0.05)
                # Named by what it is, λ∇h (review r50 finding 7: unnamed, in γ′'s white), in its
                # own colour; no running number (round r82, review r81 item 5: a count 1 → λ
                # flashed "0.971 ∇h", meaningless on a paused frame): λ's value is the panel's.
                copy_name = MathTex(r"\lambda\,\nabla h", font_size=28, color=COPY_COLOR)
                legible(copy_name).set_z_index(lens["f_label"].z_index)
                # (Round r95, brief LH95 item 1: on the map the three arrows sat within a few
                # px and "λ∇h" stood in the panel, away from its arrow: the inset, where the
                # arrows are large, carries the comparison, its name beside the landed copy's
                # tip, clear of the inset's lines and labels; the map keeps ∇e and ∇h.)
                landed_lens = Arrow(*to_scene(self.top_zaxes, scaled_arrow(
                    *self.top_zoom_h, top.multiplier)), **LENS_COPY_STYLE)
                along = self.arrow_direction(landed_lens)
                place_clear(copy_name, landed_lens.get_end(), np.array([along[1], -along[0]]),
                            [lens[k] for k in ("path", "contour", "point", "f", "h", "f_label",
                                               "h_label", "frame") if k in lens]
                            + [outside_of(lens["frame"]), landed_lens])
                self.add(lens_copy)
                self.follow(factor, top.multiplier, {
                    lens_copy: lambda m: m.become(outlined(Arrow(*to_scene(
                        self.top_zaxes, scaled_arrow(*self.top_zoom_h, factor.get_value())),
                        color=COPY_COLOR, **LENS_COPY_STYLE)))},
                    run_time=max(cue.until(cue.END) - 2.5, 1.0), rate_func=smooth)
                cue.play(Reveal(copy_name), run_time=0.3)
                # The landed copy stays on ∇f while ∇f and the panel's ∇f = λ∇h are marked,
                # till λ is named (review r44: it was gone in half a second).
                # Its name goes first, then λ's name takes the row (not a cross-fade in one place).
                cue.play(Indicate(self.grad_f, color=F_FLASH_COLOR, scale_factor=1.0),
                         Indicate(lens["f"], color=F_FLASH_COLOR, scale_factor=1.0),
                         Indicate(self.condition, color=EMPHASIS_COLOR, scale_factor=1.0),
                         run_time=1.6)
                # (Round r83, review r82 item 4: the arrow stayed unnamed once its name gave
                # way to λ's: the landed copy goes with its name.)
                cue.play(Conceal(copy_name), Conceal(lens_copy), run_time=0.4)
                self.remove(copy_name, lens_copy)
                # λ's name takes the row (the words said it as the copy shrank).
                cue.play(Reveal(self.multiplier_name), run_time=0.3)
                shrunk = []
            else:
                shrunk = []
                cue.play(Reveal(self.multiplier_name), at="named", run_time=0.4)
                # Marked till the words end (the rest follows: a 4 s still otherwise).
                cue.wait_until("arrows")
                cue.play(Indicate(self.grad_f, color=F_FLASH_COLOR, scale_factor=1.0),
                         Indicate(self.grad_h, color=HIGHLIGHT_COLOR, scale_factor=1.0),
                         run_time=max(cue.until(cue.END), 2.0))
        # (Round r79: the beat showing λ as a rate, the path shifted to h = c, was cut to pay
        # for the rests; λ is named in the balance's own words.)
        self.prime_parts = (self.gamma_prime, prime_label)
        self.chain = chain
        self.landed_copies = shrunk

    def get_top_zoom(self) -> dict[str, VMobject]:
        """The top magnified, right of the panel's lines: a second pair of axes over
        `zoom_box` around the top, the path and the touching contour clipped to it, the top,
        γ′, ∇e and ∇h (to one scale among themselves, as on the map) and the right-angle
        mark. A frame, the region's outline on the map and two thin lines join them."""
        top = self.top
        extent = max(self.view.width, self.view.height)
        half = TOP_ZOOM_HALF_SHARE * extent
        arrows = gradient_arrows(top, length=TOP_ZOOM_ARROW_SHARE * half)
        # Centred on the top: ∇h flips inside the inset too (−h = 0), so both ways need room.
        zview = zoom_box(top.point, half)
        zaxes, z = inset_frame(zview, self.map, side=TOP_INSET_SIDE, centre=TOP_INSET_CENTER)
        z.update({
            "path": set_pieces(VMobject(stroke_color=PATH_COLOR, stroke_width=5), zaxes,
                               clip_polyline(self.curve.points, zview)),
            "contour": set_pieces(VMobject(stroke_color=LOSS_COLOR, stroke_width=4), zaxes,
                                  clip_polyline(hill_contour(self.mountain, top.value), zview)),
            "point": marker(to_scene(zaxes, top.point), SOLUTION_COLOR, radius=0.07,
                            z_index=HIKER_Z),
        })
        f_arrow, h_arrow = arrows.f, arrows.h
        if f_arrow is not None and top.multiplier > 0.0:
            gap = TOP_ZOOM_GAP_SHARE * half
            f_arrow, h_arrow = shifted_arrow(*f_arrow, gap), shifted_arrow(*h_arrow, -gap)
        tangent = tangent_arrow(top.point, top.gradient_h, length=TOP_ZOOM_PRIME_SHARE * half)
        # ∇h in the inset's coordinates: it flips there as on the map (see `show_sign`).
        self.top_zaxes, self.top_zoom_h = zaxes, h_arrow
        style = {"buff": 0.0, "stroke_width": 6, "max_tip_length_to_length_ratio": 0.22,
                 "max_stroke_width_to_length_ratio": 100}
        # As on the map: ∇h wide, ∇f thin and on top of it.
        z["f"] = Arrow(*to_scene(zaxes, f_arrow), color=GRADIENT_COLOR,
                       z_index=ARROW_Z + (0.5 if self.f_longer() else 1.5),
                       **{**style, "stroke_width": 5})
        z["f"].set_stroke(OUTLINE_COLOR, width=7, background=True)
        stay_over_moving(z["f"])
        z["h"] = Arrow(*to_scene(zaxes, h_arrow), color=NORMAL_COLOR,
                       z_index=ARROW_Z + (1.0 if self.f_longer() else 0.0),
                       **{**style, "stroke_width": TOP_ZOOM_H_WIDTH})
        z["prime"] = Arrow(*to_scene(zaxes, tangent), color=TEXT_COLOR, z_index=ARROW_Z,
                           **{**style, "stroke_width": 5})
        z["square"] = VMobject(stroke_color=TEXT_COLOR, stroke_width=2.5, z_index=ARROW_Z)
        z["square"].set_points_as_corners(to_scene(zaxes, right_angle_mark(
            top.point, arrows.f[1] - arrows.f[0], tangent[1] - tangent[0],
            size=TOP_ZOOM_SQUARE_SHARE * half)))
        # The frame too: a label on it would read as struck through.
        placed: list[VMobject] = [z["path"], z["contour"], z["point"], z["f"], z["h"],
                                  z["prime"], z["square"], z["frame"], outside_of(z["frame"])]
        turned = scaled_arrow(*h_arrow, -1.0)
        placed.append(Arrow(*to_scene(zaxes, turned), **style))
        for key, tex, color, arrow, sign in (("f_label", r"\nabla e", GRADIENT_COLOR, f_arrow, 1.0),
                                             ("h_label", r"\nabla h", NORMAL_COLOR, h_arrow, -1.0),
                                             ("neg_label", r"\nabla(-h)", NORMAL_COLOR, turned,
                                              -1.0)):
            label = legible(merged(MathTex(tex, font_size=28, color=color)))
            label.set_z_index(ARROW_LABEL_Z)
            along = self.arrow_direction_of(arrow)
            side = np.array([-along[1], along[0]]) * sign
            place_clear(label, to_scene(zaxes, arrow[1:])[0], along + side, placed)
            placed.append(label)
            z[key] = label
        # Short and over the frame's right part: the panel's chain-rule line ends left of it
        # (review r32: the inset sat 15 px from the frame's edge; moved in, a longer caption
        # would meet that line).
        # Two lines left of the frame's foot (round r83, review r82 item 4: above the frame it
        # had to go for the chain rule's line, and the inset stayed unnamed for 30 s).
        z["caption"] = merged(Tex(r"\shortstack[r]{the top,\\ zoomed}", font_size=28,
                                  color=TEXT_COLOR)
                              ).next_to(z["frame"], LEFT, aligned_edge=DOWN, buff=0.15)
        for mobject in z.values():
            mobject.set_z_index(PANEL_Z + 0.1 * mobject.z_index)
        return z

    def formula_return(self) -> tuple[list[Any], list[Any]]:
        """The plot of e(γ(s)) goes and e's and h's formulas come back in its room (only
        where the plot is drawn: a path through the peak has no gradient to check): the
        plot's going, then the formulas' coming."""
        if self.grad_f is None:
            return [], []
        self.formulas_back = [*self.f_formula, self.h_formula]
        return ([Conceal(m) for m in (self.profile_group, self.profile, self.profile_dot)
                 if m in self.mobjects], [Reveal(m) for m in self.formulas_back])

    def balance_words(self) -> str:
        """∇e = λ∇h, λ named the Lagrange multiplier, and what the arrows show of it (sign,
        true lengths). (Round r79: the beat on λ as a rate was cut; its name is said here.)"""
        lam = self.top.multiplier
        if not self.arrows.true_lengths:
            return ("So ∇e = λ∇h{@eq}, λ{@named} = {lam_value} the Lagrange multiplier. The "
                    "arrows{@arrows} show directions only: |∇e| is {size} times |∇h|.")
        if lam > 0.0:
            return ("∇e = λ∇h{@eq}, λ{@named} = {lam_value} the Lagrange multiplier: drawn to "
                    "one scale, ∇e{@arrows} is {size} times as long as ∇h.")
        return ("∇e = λ∇h{@eq}, λ{@named} = {lam_value} the Lagrange multiplier: drawn to one "
                "scale, ∇e{@arrows} points against ∇h and is {size} times as long.")

    def show_sign(self) -> None:
        lam = self.top.multiplier
        flipped = number(rescaled_multiplier(lam, -1.0))
        start, end = self.h_arrow
        turned = scaled_arrow(start, end, -1.0)
        # An arrow that changes passes through true states only (review r37: turned about the
        # top, ∇h swept through directions no normal has): ∇h and ∇(−h) change places by
        # fading at one base.

        lens = self.top_zoom
        lens_style = {"buff": 0.0, "stroke_width": TOP_ZOOM_H_WIDTH,
                      "max_tip_length_to_length_ratio": 0.22,
                      "max_stroke_width_to_length_ratio": 100}
        reversed_h = self.get_arrow(turned, NORMAL_COLOR, **self.h_style)
        # In the inset too (∇(2h) would leave it: the inset goes before ∇h grows).
        lens_reversed = ([Arrow(*to_scene(self.top_zaxes, scaled_arrow(
            *np.asarray(self.top_zoom_h), -1.0)), color=NORMAL_COLOR,
            z_index=lens["h"].z_index, **lens_style)] if lens else [])

        def arrow_label(tex: str, arrow: np.ndarray, path_name: VMobject) -> VMobject:
            label = legible(merged(MathTex(tex, font_size=32, color=NORMAL_COLOR)))
            label.set_z_index(ARROW_LABEL_Z)
            obstacles = [self.trail, self.contour, self.hiker, self.peak_dot,
                         *([self.peak_label] if self.peak_named else []),
                         *[self.peak_zone()] * TICK_WEIGHT,
                         self.path_label, *[path_name] * TICK_WEIGHT, self.gamma_label,
                         self.get_arrow(arrow, NORMAL_COLOR),
                         *self.tick_numbers(), *self.rings, self.map.x_axis, self.map.y_axis,
                         *getattr(self, "prime_parts", ())]
            if self.grad_f is not None:
                obstacles += [self.grad_f, self.f_label]
            direction = self.arrow_direction_of(arrow)
            across = np.array([direction[1], -direction[0]])
            # Beside the arrow's shaft first, on the side away from the y-axis, if clear there
            # (review r76 item 4: placed off the tip, it stepped across the y-axis, ~100 px
            # from its arrow).
            axis_x = float(self.map.y_axis.get_center()[0])
            shaft = self.get_arrow(arrow, NORMAL_COLOR)
            label.next_to(shaft, RIGHT if float(shaft.get_center()[0]) > axis_x else LEFT,
                          buff=0.12)
            # (Not the path's old name: "−h(x, y) = 0" takes its place as this comes.)
            near = [self.trail, self.contour, path_name, self.hiker,
                    *self.tick_numbers(), *([self.grad_f, self.f_label]
                                            if self.grad_f is not None else [])]
            points = np.concatenate([self.outline_points(m)[:, :2] for m in near])
            map_low, map_high = box_of(self.map)
            # Slid along the shaft towards the tip, a step at a time, till clear.
            along_shaft = shaft.get_unit_vector()
            for _ in range(8):
                low, high = box_of(label)
                if (not np.any(np.all((points >= low - 0.08) & (points <= high + 0.08),
                                      axis=1))
                        and not any(segment_meets_box(axis.get_start()[:2],
                                                      axis.get_end()[:2], low - 0.05,
                                                      high + 0.05)
                                    for axis in (self.map.x_axis, self.map.y_axis))
                        and np.all(low >= map_low) and np.all(high <= map_high)):
                    return label
                label.shift(0.05 * along_shaft)
            # Off the map's axes (review r30: "∇(−h)" sat on the y-axis): the other side of
            # the tip if the first place crosses an axis line.
            for preferred in (direction + 0.5 * across, direction - 0.5 * across):
                self.place_on_map(label, to_scene(self.map, arrow[1]), preferred, obstacles)
                low, high = box_of(label)
                if not any(segment_meets_box(axis.get_start()[:2], axis.get_end()[:2],
                                             low - 0.05, high + 0.05)
                           for axis in (self.map.x_axis, self.map.y_axis)):
                    break
            else:
                # Both cross an axis (review r59 finding 2: "∇(−h)", kept off the path's new
                # name, landed on the y-axis): it steps off the y-axis sideways, away from
                # the tip's side if the tip's side has no room.
                low, high = box_of(label)
                if low[0] - 0.05 < axis_x < high[0] + 0.05:
                    label.shift((axis_x - 0.1 - high[0]) * RIGHT)
            return label

        def path_label(tex: str) -> VMobject:
            label = legible(merged(MathTex(tex, font_size=32, color=PATH_COLOR)))
            label.set_z_index(MAP_LABEL_Z).move_to(self.path_label)
            # Off ∇(−h)'s tip (review r39: the tip ran into "−h(x, y) = 0"): if the label
            # starts left of the tip's margin beside it, it moves right, staying on the map.
            tip = to_scene(self.map, turned[1])
            low, high = box_of(label)
            if (low[1] - ARROW_MARGIN <= tip[1] <= high[1] + ARROW_MARGIN
                    and low[0] < tip[0] + TIP_GAP < high[0]):
                room = float(self.map.get_corner(UR)[0]) - high[0]
                label.shift(min(tip[0] + TIP_GAP - low[0], max(room, 0.0)) * RIGHT)
            # Moved right, it may sit on the path (review r59 finding 2: "−h(x, y) = 0" on the
            # green path at 90 s): it steps away from the path, on its own side, till clear.
            trail = self.outline_points(self.trail)[:, :2]
            side = -np.sign(float(self.path.value(self.data["peak"])) or 1.0)
            step = (DOWN if side * self.path.gradient(
                point_on_curve(self.path, self.curve, 0.5 * self.curve.arc_length[-1]))[1] < 0
                    else UP) * 0.04
            for _ in range(25):
                low, high = box_of(label)
                if not np.any(np.all((trail >= low - 0.08) & (trail <= high + 0.08), axis=1)):
                    break
                label.shift(step)
            return label

        def condition(tex: str, value: str) -> VMobject:
            # "\;" rather than "\quad": the flipped line kept clear of the magnifier (r30).
            line = merged(MathTex(rf"\nabla e = \lambda {tex},\; \lambda = {value}",
                                  font_size=PANEL_FONT))
            return line.move_to(self.condition, aligned_edge=LEFT).set_z_index(PANEL_Z)

        # The path's new name first, then the arrow's clear of it (review r59 finding 2).
        negated_path = path_label(r"-h(x, y) = 0")
        negated = arrow_label(r"\nabla(-h)", turned, negated_path)
        other = condition(r"\nabla(-h)", flipped.tex)
        either = merged(Tex(r"an equality: $\lambda$ of either sign", font_size=PANEL_FONT))
        self.add_panel_line(either)
        # The plot and the shift's readout have gone: the equations rise under the title as
        # this beat starts (review r59 finding 6: they stayed 3 rows down, the top right
        # empty, and read as having dropped); the lines still to come rise with them.
        rise = max(float(self.title.get_bottom()[1]) - 0.5 - float(self.condition.get_top()[1]),
                   0.0) * UP
        for line in (other, either):
            line.shift(rise)
        risen = [m for m in (self.condition, self.multiplier_name) if m in self.mobjects]
        if lam == 0.0:
            words = ("The same path is −h(x, y) = 0{@flip}, which reverses{@turn} ∇h; λ = 0 "
                     "either way{@neg}. In general, for an equality constraint{@either}, λ may "
                     "have either sign.")
        else:
            # (Round r84, review r83 item 6: "makes λ = −0.605" was read 4 s before the
            # equation was on screen: λ's sentence starts the next subtitle, written as read.)
            # (Round r95: "which … This makes" cut, paying for the link's caption.)
            words = ("The same path is −h(x, y) = 0{@flip}: ∇h reverses{@turn}, so{@neg} "
                     "λ = {flipped}. An equality constraint{@either}: λ may have either sign.")
        # The arrow, its label, the path's label and the panel's equation change together:
        # no frame shows an equation the picture no longer matches.
        # The inset's caption goes with the chain rule (review r38: the flipped equation,
        # longer, ran up to it); the outline says what the inset is.
        # (Only what is still shown: a Conceal brings a gone mobject back to fade it out.)
        # (The inset keeps its title while it is shown: round r83, review r82 item 4.)
        in_lens = [m for m in ([lens["h_label"]] if lens else []) if self.shown(m)]
        lens_negated = [lens["neg_label"]] if lens else []
        with self.cue(words, flipped=flipped) as cue:
            # The chain rule has made its point: it goes (r37: at most 6 text lines).
            # All of it from the cue's first word (review r42: the caption showed λ = −0.605
            # at once, the equation came 4 s later): the path's name, then ∇h fades as ∇(−h)
            # grows from the same base, then the new equation; the words then mark each.
            # (Review r75 item 8: "−h" was said 2 s while h was still drawn: the path's new
            # name comes with the first word, the lines rising meanwhile; ∇h turns as
            # "reverses" is said.)
            # The plot of e(γ(s)) (h = 0's), γ′, the landed copy and the top's numbers have
            # made their point: they go for good as the path is renamed.
            lens_prime = [lens["prime"]] if lens and "prime" in lens else []
            leftover = [m for m in (*getattr(self, "top_numbers", []),
                                    *getattr(self, "landed_copies", []),
                                    *([self.profile_group, self.profile, self.profile_dot]
                                      if self.grad_f is not None else []),
                                    *getattr(self, "prime_parts", ()), *lens_prime,
                                    *getattr(self, "formulas_back", ()))
                        if m in self.mobjects]
            # (Round r83, review r82 item 3: one crossfade drew the risen line across the
            # fading plot, and "h(x, y) = 0" over "−h(x, y) = 0": what goes is gone first,
            # then the lines rise into the room it left and the path takes its new name.)
            cue.play(Conceal(self.path_label), *(Conceal(m) for m in in_lens),
                     *([Conceal(self.chain)] if getattr(self, "chain", None) else []),
                     *(Conceal(m) for m in leftover), run_time=0.45, rate_func=smooth)
            cue.play(*((m.animate.shift(rise) for m in risen) if np.any(rise) else ()),
                     Reveal(negated_path), run_time=0.45, rate_func=smooth)
            cue.play(Indicate(negated_path, color=PATH_COLOR, scale_factor=1.0),
                     run_time=max(min(cue.until("turn"), MARK_SECONDS), 0.3))
            # (Review r53 finding 2: the flip and the new equation early, the column never
            # blank; the words then mark each: the path, the arrow, λ.)
            cue.play(Conceal(self.grad_h), GrowArrow(reversed_h), Conceal(self.h_label),
                     Reveal(negated),
                     *(Conceal(m) for m in ([lens["h"]] if lens else [])),
                     *(GrowArrow(m) for m in lens_reversed),
                     *(Reveal(m) for m in lens_negated), Conceal(self.condition),
                     at="turn", run_time=1.0, rate_func=smooth)
            cue.play(Indicate(reversed_h, color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     run_time=max(min(cue.until("neg"), MARK_SECONDS), 0.3))
            cue.play(Reveal(other), at="neg", run_time=0.3)
            cue.play(Indicate(other, color=EMPHASIS_COLOR, scale_factor=1.0),
                     Indicate(reversed_h, color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     run_time=min(max(cue.until("either"), 0.5), MARK_SECONDS))
            cue.play(Reveal(either), at="either")
            # (No growth: grown, it ran into the inset's frame.)
            cue.play(Indicate(either, color=EMPHASIS_COLOR, scale_factor=1.0),
                     run_time=min(cue.until(cue.END), MARK_SECONDS))
        # (Review r66, a cut round: the beat writing the path as 2h = 0, λ halving, was cut:
        # the ball's μ = λ/t makes the scale point on its own.)
        self.either = either

    def bridge(self) -> None:
        # The hike is done: it goes, so that regularization's f and λ (a loss minimized, a
        # multiplier ≥ 0) are not read as the hike's, and its picture gets the map's room.
        hike = [m for m in self.mobjects if m is not self.title and isinstance(m, VMobject)]
        title = merged(Tex("From a path to a ball", font_size=40))
        title.move_to(self.title, aligned_edge=LEFT).set_z_index(PANEL_Z)
        # "a new loss" on screen as said (review r32: f was reused silently); short enough
        # to keep 40 px from the right edge.
        # Ridge's constrained form (review r39: the ball was unmotivated till the ridge link).
        # The ball's h written where the ball enters (round r86, review r84 item 2: λ
        # multiplies h(w) = ‖w‖₂ − t, which was never written, so μ = λ/t was unexplained).
        # ("constrained" said, not written: with h the line ran past the frame's edge.)
        regularization = merged(Tex(r"ridge: min $f$ on $h(w) = \|w\|_2 - t \le 0$",
                                    font_size=PANEL_FONT))
        # (Review r53 finding 3: "≻ 0" was never explained: dropped; the words do not need it.)
        # Where H comes from (review r41: H and ŵ were simply given): least squares,
        # ½‖b − Xw‖₂² = f(w) + const with H = XᵀX and ŵ the least-squares fit.
        # (Round r81, review r80 items 1 and 4: the least-squares aside, H = XᵀX with X and b,
        # crowded the ridge half and used X before it was named: cut. f is a bowl round ŵ,
        # shaped by H, each named in words as it is shown.)
        loss = merged(MathTex(r"f(w) = \tfrac12 (w - \hat w)^{\mathsf T} H\, (w - \hat w)",
                              font_size=PANEL_FONT))
        # (Review r66 cut: the case ŵ inside is shown once, with the slackness; its line only
        # sets the panel's rows here.)
        # The case ŵ inside (a conditional: review r30 read "ŵ inside: …" as the current
        # picture once ŵ was out); it goes once the contour grows from the real ŵ (r37: at
        # most 6 text lines; the slackness line says "λ = 0 inside" later).
        # A hypothetical fit has its own name, ŵ′ (review r56 finding 3: reusing ŵ and w*,
        # the moved point read as the data's ŵ jumping).
        # (Review r59 finding 3a: the prime also meant a derivative, in γ′(s): the case is
        # named by a subscript, ŵ_in, and its best w is w*, as the words say.)
        inside = merged(MathTex(r"\text{if } \hat w_{\mathrm{in}} \text{ inside: } "
                                r"w^* = \hat w_{\mathrm{in}},"
                                r"\ \lambda = 0", font_size=PANEL_FONT))
        slack = merged(MathTex(r"\lambda\,(\|w^*\|_2 - t) = 0", font_size=PANEL_FONT))
        # f's meaning for a learner (round r84, review r83 item 4): least squares, up to a
        # constant, in the "if" row till g takes it.
        # (Round r86, review r84b item 5: "least squares' loss" without its formula left its
        # ½ and so the libraries' scaling unknown: written out, ½‖b − Xw‖₂².)
        least_squares = merged(Tex(r"$\tfrac12\|b - Xw\|_2^2 = f(w) + $ const, "
                                   r"$H = X^{\mathsf T}X$", font_size=PANEL_FONT))
        kkt = merged(MathTex(r"-\nabla f(w^*) = \lambda g", font_size=PANEL_FONT))
        # g tied to ∇h (review r51 finding 5): the gradient of ‖w‖₂ at w*, w*/t on the edge.
        # The ball's h written where "the ball's ∇h" is said (review r53 finding 3).
        # (Review r62 item 1: "h(w) = ‖w‖₂ − t" reused the hike's h: g is the norm's gradient.)
        # (Round r86, review r84 item 2: the ball's h written, and g is its gradient; h stays
        # on g's line while λ, its multiplier, is found.)
        normal = merged(MathTex(r"g = \nabla h(w^*) = w^* / t,\ \ h(w) = \|w\|_2 - t",
                                font_size=PANEL_FONT))
        above: VMobject = title
        for line in (regularization, loss, inside, kkt, normal):
            line.set_z_index(PANEL_Z)
            line.next_to(above, DOWN, buff=0.4 if above is title else BRIDGE_LINE_GAP).align_to(
                [PANEL_LEFT, 0, 0], LEFT)
            above = line
        # The panel's rows. The loss and the "if" are gone when the balance is written: the
        # balance and g take their rows (at most 6 text lines, no empty rows between).
        rows = [line.get_left()[1] for line in (loss, inside, kkt, normal)]
        least_squares.set_z_index(PANEL_Z).move_to(inside, aligned_edge=LEFT)
        kkt.set_y(rows[0])
        normal.set_y(rows[1])
        # The hike's objects handed over to the ball's (review r45 finding 2: f, λ and the
        # normal were reused silently), one pair at a time as each is drawn, in the row
        # under the balance's two lines, kept till ridge takes the rows: the path is the
        # ball's edge, ∇h becomes g (the unit normal), and f is now minimized.
        # (Review r48 finding 7: each pair's comma starts the next pair, none dangles.)
        # (Review r49 finding 1: "max f ↔ min f" paired two functions both called f: the
        # hike's f is named by what it is, the height; the edge as the words call it.)
        # "λ ≥ 0" is its own argument: written when the words give it, beside the equation.
        # The ball's λ named "new" on screen as in the words (review r67 item 6a: the hike's
        # λ was 0.605, this one is another): "new λ" with −∇f(w*) = λg, then "new λ ≥ 0".
        sign = merged(MathTex(r"\text{new } \lambda \ge 0", font_size=PANEL_FONT))
        # One column for the values right of the equations, λ's here and μ's later (round
        # r83, review r82 item 7: "μ = ?" began 25 px right of "new λ"): right of the wider
        # of −∇f(w*) = λg and ridge's ∇f(w) + μw = 0.
        widest = max(kkt.width, MathTex(STATIONARY_TEX, font_size=PANEL_FONT).width)
        sign.set_z_index(PANEL_Z).align_to([PANEL_LEFT + widest + 0.5, 0, 0], LEFT)
        sign.set_y(kkt.get_center()[1])
        new_name = merged(MathTex(r"\text{new } \lambda", font_size=PANEL_FONT))
        new_name.set_z_index(PANEL_Z).move_to(sign, aligned_edge=LEFT)
        circle = self.get_preview("l2", PLOT_CENTER, PREVIEW_SIDE, labels=True)
        zoom = self.bridge_zoom = circle["zoom"]
        axes, bowl_loss, solution, view = self.bridge_geometry
        # The example's numbers, so that λ can be checked (review r36): H and ŵ with the loss,
        # −∇f(w*) with λ = ‖∇f(w*)‖₂; in the picture's top-left corner, left of the w₂ axis
        # (found by hand for this fixed example).
        entries = numbers(np.ravel(bowl_loss.hessian))
        data_h = merged(MathTex(rf"H = \begin{{pmatrix}} {entries[0].tex} & {entries[1].tex}"
                                rf" \\ {entries[2].tex} & {entries[3].tex} \end{{pmatrix}}",
                                font_size=DATA_FONT - 3))  # (r56: its bracket met the w₂ axis)
        data_centre = merged(MathTex(rf"\hat w = {point(bowl_loss.center).tex}",
                                     font_size=DATA_FONT))
        data_grad = merged(MathTex(rf"-\nabla f(w^*) = {point(-solution.gradient).tex}",
                                   font_size=DATA_FONT))
        # w* in numbers too (review r39: −∇f(w*) could not be checked without it).
        # In white (r55: red text on black was hard to read; red stays on the dot and "w*").
        # (Round r84, review r83b item 5: three decimals, so −∇f(w*) = H(ŵ − w*) recomputes;
        # a size smaller, clear of the w₂ axis.)
        data_point = MathTex(r"w^* = ", point(solution.point).tex,
                             font_size=DATA_FONT - 4)
        data = VGroup(data_h, data_centre, data_point).arrange(DOWN, aligned_edge=LEFT,
                                                               buff=0.18)
        data.to_corner(UP + LEFT, buff=DATA_BUFF)
        # Below the w₂ axis's name (its row), left of the axis.
        w2_name = circle["axis_labels"][1]
        data.shift(max(float(data.get_top()[1]) - float(w2_name.get_bottom()[1]) + DATA_BUFF,
                       0.0) * DOWN)
        for line in data:
            legible(line).set_z_index(PANEL_Z)
        # H, ŵ and w* stay while −∇f(w*) is written (review r39: with H and ŵ gone,
        # −∇f(w*) = H(ŵ − w*) could not be checked).
        legible(data_grad).set_z_index(PANEL_Z)
        # In the panel, under −∇f(w*) = λg and g's line (review r53 finding 6: at the plot's
        # top left it floated far from the arrow it describes).
        data_grad.align_to([PANEL_LEFT, 0, 0], LEFT).set_y(rows[2])
        # (Review r41: "equal" was imprecise: each t matches some μ.)
        # (And shorter: 3 s of still axes under "as we will see".)
        # w and t said in words (review r50 finding 4); the penalty form is ridge's own cue.
        # (The comma splits the subtitles evenly: without it "Ridge, constrained:" was one
        # of 1.4 s.)
        # The switch of meaning said once (review r62 item 1: f was the hike's height too):
        # the height e becomes a loss f, minimized.
        # Each thing drawn as it is named (review r62 item 3: the caption ran 4 s ahead of
        # the problem's line and the ball was drawn under other words): the problem's line
        # with "Ridge, constrained", the axes' names with "the weights w", the ball and t
        # with "the ball ‖w‖₂ ≤ t".
        # (Review r67 item 1: "the height becomes a loss" was said over bare axes for 4.5 s:
        # the mountain's contours stay and are carried onto f's contours round ŵ as it is
        # said, ŵ's dot with them; ŵ is named in the next cue.)
        # (Round r83, review r82 item 2: the mountain's contours, carried onto f's, were
        # still on screen under the new axes' names and read as f: the whole hike goes
        # first, then the new axes, then f's contours round ŵ, each as the words say it.)
        # (Round r84, review r83 item 1 and r83b item 3: ridge was named constrained 45 s
        # before its penalty form: the link is promised as ridge is named. The hike fades
        # meanwhile; the problem's line is written as the ball is named, once f, w and t
        # are (review r83b item 4: it came before them); ŵ's dot comes as ŵ is named.)
        # (Round r86, reviews r84 item 3 and r84b item 3: "Ridge in its constrained form (its
        # penalty form comes at the end: the same answer)" ran 6 s over the fading hike and
        # bare axes: the promise is cut (the penalty form is shown where it comes), the hike
        # fades in 0.6 s and ridge's picture is drawn under its first words.)
        # (Round r95, brief LH95 item 5: h is reused for the ball, flagged.)
        with self.cue("Ridge, constrained{@reg}: the height{@height} becomes a loss f of "
                      "weights w{@penalty}, minimized on the ball{@ball} h(w) = ‖w‖₂ − t ≤ 0, "
                      "a new h.",
                      spoken="Ridge, constrained{@reg}: the height{@height} becomes a loss f of "
                      "weights w{@penalty}, minimized on the ball{@ball} where h of w, the "
                      "two-norm of w minus t, is at most zero, a new h.") as cue:
            # The hike's picture fades, its contours too, as ridge is named (round r95, brief
            # LH95 item 2: in 0.3 s, not 0.6: "Ridge, constrained" stood over it); the new
            # title once the old title has gone (two titles on top of each other are
            # unreadable).
            cue.play(*(Conceal(m) for m in hike), Conceal(self.title), run_time=0.3)
            cue.play(Reveal(title), Create(circle["axes"]), Reveal(circle["axis_labels"]),
                     Reveal(circle["units"]), Reveal(circle["unit_labels"]),
                     run_time=max(cue.until("height"), 0.8))
            cue.play(Create(circle["bowl"], lag_ratio=0.3),
                     at="height", run_time=max(cue.until("penalty"), 1.0))
            cue.play(Indicate(circle["axis_labels"], color=EMPHASIS_COLOR, scale_factor=1.0),
                     at="penalty", run_time=max(min(cue.until("ball"), MARK_SECONDS), 0.5))
            # The ball drawn as it is named, with t, and the problem's line.
            cue.play(Reveal(circle["ball"]), Reveal(circle["ball_label"]),
                     Reveal(circle["t_tick"]), Reveal(circle["t_label"]),
                     Reveal(regularization), at="ball", run_time=0.6)
            cue.play(Indicate(circle["ball"], color=BALL_COLORS["l2"], scale_factor=1.05),
                     Indicate(circle["ball_label"], color=EMPHASIS_COLOR, scale_factor=1.0),
                     Indicate(regularization, color=EMPHASIS_COLOR, scale_factor=1.0),
                     run_time=max(cue.until(cue.END), 0.5))
        # The formula is on screen; the words name its parts: the bowl, its bottom ŵ and H,
        # which shapes it (round r81, review r80 item 1: the least-squares aside is cut).
        # f's contours marked as the bowl is said, ŵ named at their centre, H written as it
        # is named (review r50 findings 1 and 9).
        # (Round r84, review r83 item 4 and r83b item 2: f had no ML meaning: least squares'
        # loss ½‖b − Xw‖₂² is f(w) + const with H = XᵀX and ŵ the least-squares fit; said
        # and written in one line, which goes as g takes its row.)
        # (Round r87, review r86 item 4: b was never defined and ŵ's role unsaid: ŵ is the
        # least-squares fit, b the targets, X the inputs.)
        with self.cue("f is a bowl{@f}, lowest at{@centre} ŵ, the least-squares fit: "
                      "least squares' loss{@ls} for inputs X, targets b, up to a constant, "
                      "H{@h} = XᵀX.",
                      spoken="f is a bowl{@f}, lowest at{@centre} w-hat, the least-squares fit: "
                      "least squares' loss{@ls} for inputs X, targets b, up to a constant, "
                      "H{@h} equal to X transpose X.") as cue:
            # (Round r95, brief LH95 item 2: ŵ was named ~1 s before its dot came, and f's
            # formula stood 3 s before H was said: ŵ's dot comes with the cue's first words,
            # flashed as it is named; the formula comes with H.)
            cue.play(Reveal(circle["centre"]), Reveal(circle["centre_label"]),
                     Indicate(circle["bowl"], color=LOSS_COLOR, scale_factor=1.0),
                     at="f", run_time=max(min(cue.until("centre"), MARK_SECONDS), 0.5))
            cue.play(Reveal(data_centre),
                     Flash(circle["centre"], color=CENTER_COLOR, run_time=FLASH_SECONDS),
                     at="centre")
            cue.play(Indicate(circle["centre_label"], color=CENTER_COLOR, scale_factor=1.2),
                     run_time=max(min(cue.until("ls"), MARK_SECONDS), 0.5))
            cue.play(Reveal(least_squares), at="ls", run_time=0.4)
            cue.play(Indicate(least_squares, color=EMPHASIS_COLOR, scale_factor=1.0),
                     run_time=max(min(cue.until("h"), MARK_SECONDS), 0.3))
            # This example's H written as it is named, and marked to the end (no still).
            # (In colour only, review r45 finding 9: grown, H ran to 7 px from the edge.)
            cue.play(Reveal(data_h), Reveal(loss), at="h", run_time=0.5)
            cue.play(Indicate(data_h, color=LOSS_COLOR, scale_factor=1.0),
                     Indicate(loss, color=LOSS_COLOR, scale_factor=1.0),
                     run_time=max(cue.until(cue.END), 0.5))
        # Shown, not only told (review r36): the contours of f + (s/2)‖w‖₂² as s grows from 0
        # to μ (regmath.lagrange.ridge_objective), their centre, the ridge estimate, sliding
        # from ŵ to land on w*; then the ball, not needed by ridge, steps back.
        strength = ValueTracker(0.0)
        # White, a centre's colour (ŵ's): it starts on ŵ, the centre of f's contours, and
        # stays the centre of the sliding ones (review r38: in the normals' yellow it read as
        # one more g).
        bottom = marker(to_scene(axes, bowl_loss.center), CENTER_COLOR, radius=0.13)
        bottom.set_fill(opacity=0.0).set_stroke(CENTER_COLOR, width=4)
        bottom.set_z_index(PANEL_Z + 0.1 * HIKER_Z)
        # Copies slide (drawn exactly over f's contours, which go as they come): f's touching
        # contour stays as grown.
        originals = [*circle["bowl"], circle["contour"]]
        rings = VGroup(*(ring.copy() for ring in originals))
        ring_levels = [*BOWL_SHARES, 1.0]
        self.ridge_rings, self.ridge_levels = rings, [share * solution.level
                                                      for share in ring_levels]

        def follow_ridge(m: VGroup) -> None:
            bowl = ridge_objective(bowl_loss, strength.get_value())
            for ring, level in zip(m, ring_levels):
                set_pieces(ring, axes, clip_polyline(level_set(bowl, level * solution.level),
                                                     view))

        def follow_bottom(m: VMobject) -> None:
            m.move_to(to_scene(axes, ridge_objective(bowl_loss, strength.get_value()).center))

        # w*'s label stays where it is first written (review r37: it drifted off its dot as
        # the contours slid): from the start clear of the contours as they land (they ring
        # w*), placed against a copy of them at μ (the nearest buff at which nothing crosses
        # it), and of the inset's outline and joins.
        landed = rings.copy()
        strength.set_value(float(ridge_penalty_strength(solution)))
        follow_ridge(landed)
        strength.set_value(0.0)
        # (And clear of f's own contours, drawn before the slide, r38.)
        landed_points = np.vstack([ring.get_all_points() for ring in [*landed, *originals]
                                   if len(ring.get_all_points())])
        target = circle["point_label"].copy()
        # (Round r79, review r78 item 7: inside the ball, 60 px below its dot, "w*" read as the
        # region's name: beside its dot, outside the ball, towards the outward normal or up
        # to 60° from it, where it covers fewest lines (the landed contours count least).)
        # (The faint inner contours count as little as the landed ones: between them and the
        # touching contour there is no room for a name at w*; its dark outline keeps it legible.)
        lines = np.vstack([self.outline_points(m) for m in (
            circle["ball"], circle["contour"], axes.x_axis, axes.y_axis,
            zoom["region"], circle["t_label"], circle["centre_label"])])
        anchor = circle["point"].get_center()
        outward = solution.normal / np.linalg.norm(solution.normal)
        best = None
        for buff, turn in ((b, t) for b in W_STAR_BUFFS for t in W_STAR_TURNS):
            direction = rotate_vector(np.append(outward, 0.0), turn)
            target.next_to(anchor, direction, buff=buff)
            low, high = target.get_corner(DL)[:2] - 0.05, target.get_corner(UR)[:2] + 0.05
            cost = (10 * int(np.count_nonzero(np.all((lines >= low) & (lines <= high), axis=1)))
                    + int(np.count_nonzero(np.all((landed_points[:, :2] >= low)
                                                  & (landed_points[:, :2] <= high), axis=1))))
            if best is None or cost < best[0]:
                best = (cost, target.get_center().copy())
        target.move_to(best[1])
        circle["point_label"].move_to(target)
        # The touching contour: a contour grown from ŵ as f rises, up to the first contact.
        self.touching_contour = circle["contour"]
        growth = ValueTracker(GROW_FROM)
        grown = {circle["contour"]: lambda m: set_pieces(m, axes, clip_polyline(
            level_set(bowl_loss, float(growth_levels(solution.level, growth.get_value()))),
            view))}
        # Swept over 3 s or more from its first word, steadily (review r36: it grew in about
        # 1 s, behind the words); the inset comes with "The ball is smooth".
        # (Round r80, review r79 item 2: "Grow a contour of f from ŵ:" was a subtitle of
        # 2.0 s: one sentence short enough for one subtitle.)
        with self.cue("Grow{@grow} a contour of f from ŵ till it touches "
                      "the ball{@touch} at w*, the ball's lowest f.",
                      spoken="Grow{@grow} a contour of f from w-hat till it touches "
                      "the ball{@touch} at w-star, the lowest f in the ball.") as cue:
            grown[circle["contour"]](circle["contour"])
            # The "if" has been answered ("This ŵ is outside"): its line goes; H has been
            # read with the loss's contours, it goes too (review r51 finding 6: part 2's
            # density).
            # ŵ's name steps back while the contour grows out through it (layout report: a
            # line through "ŵ"), back once it has grown past.
            # (Review r75 item 4: H and the least-squares identity were up 3.6 s: they stay
            # while the ridge part uses them, the identity till g takes its row, H till
            # −∇f(w*) = H(ŵ − w*) has been read.)
            cue.play(Reveal(circle["contour"]), Conceal(circle["centre_label"]), at="grow",
                     run_time=0.3)
            self.follow(growth, 1.0, grown, run_time=max(cue.until("touch"), GROW_SECONDS),
                        rate_func=lambda x: x)
            cue.play(Reveal(circle["point"]), Reveal(circle["point_label"]), Reveal(data_point),
                     Reveal(circle["centre_label"]),
                     Flash(circle["point"], color=SOLUTION_COLOR, run_time=FLASH_SECONDS))
            cue.play(Indicate(circle["point_label"], color=SOLUTION_COLOR, scale_factor=1.3),
                     run_time=max(min(cue.until(cue.END), MARK_SECONDS), 0.5))
        # The hike's path is the ball's edge (review r44: equality to inequality was implicit).
        # The series' point for ridge said (review r50 finding 2), as regmath's w* has it.
        # (Review r76 item 1: the diamond drawn over the ball here was a 6 s aside, crowded
        # and gone at once: cut; the ending's "Next: the diamond" carries the corners.)
        # (Review r75 item 6: "generic" was jargon: said as what it means, "for almost every
        # ŵ". Review r51 finding 3: on a ball a zero weight is a coincidence, not impossible.)
        # (Round r81, review r80 item 1: "The ball has no corners, and here both weights of w*
        # are non-zero", with w*'s drops to the axes, was cut from the dense ridge half; the
        # ending's "Next: the diamond and its corners" carries the corners.)
        # (Review r59 finding 1: "Its edge plays the path;" was a subtitle of 1.6 s: one clause
        # with the next, about 3 s.)
        # (Review r75 item 9: a comma splice, "…path, the ball is smooth": two sentences.)
        # (Round r80, review r79 item 2: "Its edge plays the hike's path." was a subtitle of
        # 2.1 s: one sentence with the smoothness.)
        with self.cue("Its edge{@edge} plays the hike's path, and the ball is smooth{@smooth}: "
                      "the touching contour is{@tangent} tangent to its edge at w*.") as cue:
            # Only the edge is marked (review r45: the whole disc flashed, stressing the
            # inside): a thick stroke in the path's green runs once round the circle.
            edge = circle["ball"][1].copy().set_fill(opacity=0.0).set_stroke(PATH_COLOR,
                                                                             width=12)
            # Once round, 3 s or more, ending at w* (review r51 finding 4: 1.6 s, racing): the
            # outline's curves are rolled so the last one ends nearest w* (layout only).
            curves = edge.get_points().reshape(-1, 4, 3)
            ends = curves[:, 3, :2] - circle["point"].get_center()[:2]
            last = int(np.argmin(np.einsum("ij,ij->i", ends, ends)))
            edge.set_points(np.roll(curves, -(last + 1), axis=0).reshape(-1, 3))
            cue.play(ShowPassingFlash(edge, time_width=0.6), at="edge",
                     run_time=max(cue.until("smooth") - 0.6, EDGE_SECONDS))
            # The unit numbers step back (dimmed, still readable: round r81, review r80 item
            # 7) as the region comes (review r60 finding 2e: it crowded the w₂ axis's "1").
            cue.play(Reveal(VGroup(*(zoom[k] for k in ZOOM_PICTURE))),
                     Dim(circle["unit_labels"]), at="smooth", run_time=0.6)
            # The common tangent drawn as "tangent" is said (round r81, review r80 item 5: it
            # came 2 s after the word): the zoomed ball marked till then.
            cue.play(Indicate(zoom["ball"], color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     run_time=max(cue.until("tangent"), 0.3))
            cue.play(Create(zoom["tangent"]), Reveal(zoom["tangent_name"]), at="tangent",
                     run_time=max(cue.until(cue.END), 1.0))
        # "climbing −f" with motion (review r30: nothing moved): −∇f(w*) grows as it is said;
        # one beat with the balance it gives (r37: cut to pay for the ridge contours).
        # g drawn and defined before it is used (review r51 findings 4 and 5): the ball's
        # outward unit normal, ∇‖w‖₂ at w*, the ball's ∇h; then the balance.
        # (Review r59 finding 1: ∇‖w‖₂(w*) said as well as written: cut, the panel has it; the
        # ball's λ called "a new λ" where it is first used, the hike's was 0.605.)
        # (Round r87, review r86b item 6: why w*/t: ∇‖w‖₂ = w/‖w‖₂ and ‖w*‖₂ = t.)
        # (Round r94, brief item 1: "the ball's own, not the hike's" said plainly, with the
        # hike's number it is not.)
        with self.cue("g{@g} = ∇h(w*) = w*/‖w*‖₂ = w*/t{@normal}, the ball's outward unit "
                      "normal. "
                      "Minimizing f is climbing −f{@climb}: −∇f(w*){@f} = λg{@kkt}, "
                      "λ a new multiplier, not the hike's {hike}.",
                      hike=number(self.top.multiplier),
                      spoken="g{@g}, grad h at w-star, is w-star over its norm, t{@normal}, "
                      "the ball's "
                      "outward unit normal. Minimizing f is climbing minus f{@climb}: minus "
                      "grad f at w-star{@f} equals lambda g{@kkt}, lambda a new multiplier, not "
                      "the hike's {hike}.") as cue:
            paced(cue, chars_per_second=PACE_CHARS_PER_SECOND, at_least=PACE_CAPTION_SECONDS)
            # (Round r83, review r82 item 5: the ball's λ parted from the hike's in words; no
            # rest after it, to pay for the μ derivation's time: the next beat goes on with λ.)
            # The loss has been read: it goes for the balance (≤ 6 lines); H and ŵ stay.
            # "dashed: the common tangent" has been read: it goes too (the densest moment,
            # review r48 finding 8: about 10 text lines).
            # (The dashes go with their name: round r83, review r82 item 4.)
            # (Round r83, review r82 item 4: f's formula went here while f was used to the
            # end: the problem's line, read by now, goes instead, and f's formula takes its
            # row, under the title, for the rest of the scene.)
            # (Round r87, reviews r86 and r86b item 1: the dashes went 0.5 s after they were
            # drawn: the common tangent and its name stay under g's words, till "climbing".)
            cue.play(Conceal(regularization), Conceal(least_squares), run_time=0.3)
            cue.play(loss.animate.set_y(float(regularization.get_center()[1])), run_time=0.4)
            # The unit numbers back to full strength, for −∇f(w*).
            cue.play(Undim(circle["unit_labels"]), run_time=0.3)
            # g named as it is drawn, by its line (the unit normal) and as ∇h's heir.
            cue.play(GrowArrow(zoom["g"]), Reveal(zoom["g_label"]), at="g", run_time=0.6)
            cue.play(Indicate(zoom["g"], color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     Indicate(zoom["g_label"], color=HIGHLIGHT_COLOR, scale_factor=1.2),
                     run_time=max(min(cue.until("normal"), MARK_SECONDS), 0.5))
            cue.play(Reveal(normal), at="normal", run_time=0.6)
            cue.play(Indicate(normal, color=EMPHASIS_COLOR, scale_factor=1.0),
                     run_time=max(min(cue.until("climb"), MARK_SECONDS), 0.5))
            cue.play(GrowArrow(zoom["minus_f"]), Conceal(zoom["tangent_name"]),
                     Conceal(zoom["tangent"]), at="climb", run_time=1.0)
            cue.play(Reveal(zoom["minus_f_label"]), at="f", run_time=0.4)
            cue.play(Reveal(kkt), at="kkt", run_time=0.4)
            cue.play(Reveal(new_name), run_time=0.3)
            cue.play(Indicate(kkt, color=EMPHASIS_COLOR, scale_factor=1.0),
                     Indicate(new_name, color=EMPHASIS_COLOR, scale_factor=1.0),
                     Indicate(zoom["minus_f"], color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     run_time=max(cue.until(cue.END), 0.5))
        # The conclusion is crossed out: w* (review r32: on the supposed arrow the ✗ read as
        # rejecting the gradient or the step).
        # Beside w*, up the tangent and off every arrow (review r39: on w* it hid which arrow
        # was which).
        # (Review r41: beside w* it was attached to nothing: on w* itself, "w* would not be
        # best"; the true arrows are hidden while it shows, the supposed one starts under it.)
        cross = Cross(zoom["point"], stroke_width=6, stroke_color=SOLUTION_COLOR,
                      scale_factor=CROSS_SCALE)
        cross.move_to(zoom["point"])
        cross.set_z_index(PANEL_Z + 0.1 * ARROW_LABEL_Z)
        true_arrow = VGroup(zoom["minus_f"], zoom["minus_f_label"], zoom["g"], zoom["g_label"])
        # (ŵ and its name stay lit: review r62 item 5, faded they were hard to read.)
        real_loss = VGroup(zoom["contour"], circle["contour"], circle["bowl"])
        with self.cue("λ ≥ 0{@sign}: if −∇f(w*) pointed into the ball{@in}, a step inward"
                      "{@step} would lower f{@not}, so w* would not be best.",
                      spoken="Lambda is never negative{@sign}: if minus grad f pointed into the "
                      "ball{@in}, a step inward{@step} would lower f{@not}, so "
                      "w-star would not be best.") as cue:
            paced(cue, chars_per_second=PACE_CHARS_PER_SECOND, at_least=PACE_CAPTION_SECONDS)
            # (Round r94, brief item 5: the cross came as the words ended and they changed 2 s
            # later: it comes at "so", and the words stay on it ≥ 3 s.)
            cue.duration += COUNTERFACTUAL_EXTRA
            # What these words do not use goes (review r49 finding 5: 10-11 text lines): the
            # legend, g's definition, the problem's line (back with ridge's) and the inset's
            # caption.
            # (The problem's line stays: review r50 finding 9, it faded out and back in.)
            # (Round r87, review r86b item 5: the inset's title stays, the supposed arrow is
            # drawn in "w*, zoomed".)
            cue.play(Conceal(new_name), at="sign", run_time=0.2)
            cue.play(Reveal(sign), run_time=0.3)
            # Only one arrow is −∇f(w*) at a time: the true one makes way for the supposed
            # one, and the real contours (which say f is higher inside) step back.
            cue.play(true_arrow.animate.set_opacity(0.0), Dim(real_loss),
                     GrowArrow(zoom["ghost"]), Reveal(zoom["ghost_label"]), at="in",
                     until="step")
            cue.play(GrowArrow(zoom["step"]), at="step", run_time=1.2)
            cue.play(Reveal(zoom["step_label"]), until="not")
            cue.play(Create(cross), at="not", run_time=1.0)
        # A hold to read the crossed-out supposition before it goes.
        self.wait(COUNTERFACTUAL_HOLD)
        # λ's value, and g stretched λ times lands on −∇f(w*) (review r30: no number for λ).
        lam = number(solution.multiplier)
        sign_value = merged(MathTex(rf"\text{{new }} \lambda = {lam.tex} \ge 0",
                                    font_size=PANEL_FONT))
        sign_value.move_to(sign, aligned_edge=LEFT).set_z_index(PANEL_Z)
        zaxes, (_, g_arrow) = self.bridge_arrows
        stretch = ValueTracker(1.0)

        gap, lam_value = self.bridge_gap, float(solution.multiplier)

        def stretched_g(k: float) -> np.ndarray:
            # k from 1 (g, on its side of w*) to λ (−∇f(w*) = λg, on −∇f's side): moving
            # across as it grows, it lands exactly on −∇f (as ∇h's copy lands on ∇f).
            span = lam_value - 1.0
            share = (k - 1.0) / span if abs(span) > 1e-9 else 1.0
            return shifted_arrow(*scaled_arrow(*g_arrow, k), gap * (1.0 - 2.0 * share))

        def follow_stretch(m: Arrow) -> None:
            m.become(Arrow(*to_scene(zaxes, stretched_g(stretch.get_value())),
                           color=NORMAL_COLOR, **STRETCH_STYLE))

        stretched = Arrow(*to_scene(zaxes, stretched_g(1.0)), color=NORMAL_COLOR,
                          **STRETCH_STYLE)
        stretched.set_z_index(PANEL_Z + 0.1 * (ARROW_Z + 0.7))

        # λ's value written as "stretched" is said, before the number (review r41: it came
        # 1.5 s after it, morphed over "λ ≥ 0"): the old line fades out, then the new in.
        # "To one scale" said, as in the hike (review r48 finding 3).
        with self.cue("So −∇f(w*) points out{@out}: it is g stretched{@lam} "
                      "λ = {lam} times.",
                      # (No rest: round r83 pays with it for the μ derivation's time; λ's
                      # value is read again as μ = λ/t is solved, which rests.)
                      lam=lam,
                      spoken="So minus grad f at w-star points out{@out}: it is "
                      "g stretched{@lam} lambda, {lam}, times.") as cue:
            paced(cue, chars_per_second=PACE_CHARS_PER_SECOND, at_least=PACE_CAPTION_SECONDS)
            cue.play(Conceal(zoom["ghost"]), Conceal(cross), Conceal(zoom["ghost_label"]),
                     Conceal(zoom["step"]), Conceal(zoom["step_label"]), Undim(real_loss),
                     true_arrow.animate.set_opacity(1.0), run_time=0.8)
            cue.play(Indicate(zoom["minus_f"], color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     Indicate(zoom["minus_f_label"], color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     at="out", run_time=min(cue.until("lam"), 1.0))
            cue.play(Conceal(sign), at="lam", run_time=0.2)
            cue.play(Reveal(sign_value), Reveal(data_grad), run_time=0.3)
            self.add(stretched)
            self.follow(stretch, float(solution.multiplier), {stretched: follow_stretch},
                        run_time=max(cue.until(cue.END) - 0.3, 1.0), rate_func=smooth)
        # The multiplier is ridge's weight: −∇f(w*) = λg = (λ/t)w*, the stationarity of
        # f(w) + (μ/2)‖w‖₂² at μ = λ/t (regmath.facts.ridge_penalty_strength); the ball
        # written as ½‖w‖₂² ≤ ½t² has μ as its multiplier, the rescaling of 2h again.
        # Derived on screen in two lines as the words give it (review r32: told, not shown);
        # t ≠ 1 here, so μ and λ are two different numbers. The inset has made its point:
        # it goes, and the lines take its room.
        mu = number(ridge_penalty_strength(solution))
        mu_value = float(ridge_penalty_strength(solution))
        # μ is named (a weight) as ridge's problem is written, before it is solved for
        # (review r36: μ was used a caption before it was defined).
        ridge = merged(MathTex(r"\text{ridge: min } f(w) + \tfrac{\mu}{2}\|w\|_2^2",
                               font_size=PANEL_FONT))
        # The λ → μ step in one line (review r62 item 7: a side step through ½‖w‖₂² ≤ ½t² and a
        # cross-fade 1.54·1.00 g → 1.28·1.20 g was a second scaling argument, hard to take
        # in): at w*, ridge's μw* = −∇f(w*) = λg, and w* = t·g on the edge, so μ = λ/t.
        stationary = merged(MathTex(STATIONARY_TEX, font_size=PANEL_FONT))
        on_edge = merged(MathTex(r"\mu w^* = \lambda g,\ \ w^* = t\, g\ \Rightarrow\ "
                                 r"\mu = \lambda / t", font_size=PANEL_FONT))
        # μ asked for as ridge's stationarity is written (review r59 finding 1: μ was used from
        # 164 s, valued only at 178 s), filled in when it is solved.
        mu_unknown = merged(MathTex(r"\mu = \,?", font_size=PANEL_FONT))
        mu_known = merged(MathTex(rf"\mu = {mu.tex}", font_size=PANEL_FONT))
        # μ's value as the contours slide (review r37: μ was not on screen during the slide).
        mu_readout = Readout(r"\mu = " + number_format(mu_value, decimals_for(mu_value)), 0.0,
                             font_size=PANEL_FONT)
        # At most 6 text lines (review r37): for ridge g's line and −∇f(w*)'s numbers go
        # and ridge's lines take the rows below the balance; the readout takes the stationarity's row while the contours slide,
        # and the slackness the ridge's row once ridge has made its point.
        # The solved μ one row under the readout it follows (review r51 finding 1: in its
        # place the two cross-faded, garbled).
        for line, row in ((ridge, rows[1]), (stationary, rows[2]), (on_edge, rows[3]),
                          (slack, rows[1])):
            line.align_to([PANEL_LEFT, 0, 0], LEFT).set_y(row)
            line.set_z_index(PANEL_Z)
        # In the solved line's place: one μ on screen at a time (review r44: the running μ
        # beside "μ = λ/t = 1.28" showed two values at once); the derivation's lines above
        # stay as written.
        mu_unknown.next_to(stationary, RIGHT, buff=0.5).set_z_index(PANEL_Z)
        mu_unknown.align_to(sign_value, LEFT)
        mu_known.move_to(mu_unknown, aligned_edge=LEFT).set_z_index(PANEL_Z)
        # (Round r79, review r78 item 1: in μ = λ/t's row the readout replaced the key step
        # as the contours slid: it takes the solved μ's place, and μ = λ/t stays.)
        mu_readout.move_to(mu_unknown, aligned_edge=LEFT).set_z_index(PANEL_Z)
        # w* as a dashed vector from the origin, t long (the ball's radius), as "w* = t·g" is
        # said.
        origin = np.zeros(2)
        w_vector = DashedLine(*to_scene(axes, np.array([origin, solution.point])),
                              color=TEXT_COLOR, stroke_width=3, dash_length=0.12)
        w_vector.set_z_index(PANEL_Z + 0.1 * (ARROW_Z - 0.5))

        # (The dashed tangent went with its name, when g came: round r83.)
        inset = [zoom[k] for k in (*ZOOM_PICTURE, "minus_f", "minus_f_label", "g", "g_label")
                 ] + [stretched]
        balance = self.get_ridge_balance(axes, solution, view, circle)
        # μ is "the penalty strength" (review r50 finding 4: "weight" is a model coefficient).
        # Ridge's problem and the λ → μ step in one cue and one line (review r62 item 7: a side
        # step through ½‖w‖₂² ≤ ½t² was a second scaling argument): for ridge's minimum to be
        # w*, μw* = −∇f(w*) (its stationarity, drawn at w*) = λg; on the edge w* = t·g, so
        # μ = λ/t; "μ = ?" filled in with its value.
        # (Round r80, review r79 item 2: "here λ is the ball's multiplier." and "with w* = t·g,
        # μ = λ/t = 1.28." were subtitles of 2.3 and 2.7 s: each one sentence with the one
        # before.)
        # (Round r81, review r80 item 1: ", while here λ is the ball's multiplier" cut from the
        # dense half: the panel's "new λ = 1.54" is marked as λg is said.)
        # (Round r82, review r81 item 2: "up to scaling": a library's λ or α is μ scaled, by
        # its ½ or 1/n, not 1.28 itself; the screen's "(libraries: λ or α)" is its short form.)
        # (Round r83, review r82 item 5: the μ = λ/t derivation was the densest stretch, two
        # captions of 4.1 and 2.9 s: each step is a cue of its own, held ≥ 4.5 s.)
        # (Round r87: the words as the screen has them, "libraries: λ or α", paying for
        # the result's rest.)
        # (Round r94, brief item 1: "(libraries: λ or α, up to scaling)" cut, one name fewer
        # in the run of multipliers; the story does not need it.)
        with self.cue("Ridge adds (μ/2)‖w‖₂², penalty strength μ{@ridge}.",
                      spoken="Ridge adds mu over two times the squared two-norm, penalty "
                      "strength mu{@ridge}.") as cue:
            paced(cue, chars_per_second=PACE_CHARS_PER_SECOND, at_least=PACE_CAPTION_SECONDS)
            # The inset has made its point: it goes, and the lines take its room.
            # The example's numbers have let λ be checked: they go too (review r45
            # finding 11: about 15 text items at μ = λ/t).
            # (Review r53 finding 7: "ridge, constrained: min f …" has been used: it goes as
            # ridge's own problem is written, so at most 4 equation lines stand.)
            # f's contours step back for the balance's arrows and labels, and the unit ticks
            # and numbers for ∇f(w*)'s (review r59 finding 2).
            # (Round r79, review r78 item 4: H, ŵ and w* stay till μ = λ/t is complete.)
            cue.play(Conceal(normal),
                     *(Conceal(m) for m in [*inset, data_grad, circle["point_label"]]
                       if self.shown(m)),
                     # (Dimmed, not hidden: round r81, review r80 item 7.)
                     Dim(circle["units"]), Dim(circle["unit_labels"]),
                     *(Dim(m) for m in (circle["contour"], *circle["bowl"])), run_time=0.5)
            cue.play(Reveal(ridge), run_time=0.4)
            cue.play(Indicate(ridge, color=EMPHASIS_COLOR, scale_factor=1.0),
                     run_time=max(min(cue.until("ridge"), MARK_SECONDS), 0.5))
        with self.cue("For its minimum to be w*, μw* = −∇f(w*){@grad} = λg.",
                      spoken="For its minimum to be w-star, mu w-star is minus grad f at "
                      "w-star{@grad}, lambda g.") as cue:
            paced(cue, chars_per_second=PACE_CHARS_PER_SECOND, at_least=PACE_CAPTION_SECONDS)
            # The stationarity drawn at w* as it is written (review r56 finding 2: a still
            # picture under the formula): ∇f(w*) inward and μw* outward, equal and opposite.
            # "t = 1.2" steps back while "∇f(w*)" is beside it (round r83, review r82 item
            # 7: the two read as one line); it returns as t is used.
            cue.play(Reveal(stationary), Reveal(mu_unknown), GrowArrow(balance["f"]),
                     GrowArrow(balance["mu"]), Reveal(balance["f_label"]),
                     Reveal(balance["mu_label"]), Conceal(circle["t_label"]), run_time=0.6)
            cue.play(Indicate(stationary, color=EMPHASIS_COLOR, scale_factor=1.0),
                     Indicate(balance["mu_label"], color=EMPHASIS_COLOR, scale_factor=1.0),
                     Indicate(sign_value, color=EMPHASIS_COLOR, scale_factor=1.0),
                     at="grad", run_time=max(cue.until(cue.END),
                                             DENSE_CAPTION_SECONDS - cue.elapsed, 0.5))
        # (Round r86, review r84 item 2: the one step said, μt·g = λg.)
        with self.cue("With w* = t·g{@tg}, μt·g = λg: μ = λ/t = {mu}{@mu}.", mu=mu,
                      settle=KEY_REST_SECONDS,
                      spoken="With w-star t g{@tg}, mu t g is lambda g: mu is lambda over t, "
                      "{mu}{@mu}.") as cue:
            paced(cue, chars_per_second=PACE_CHARS_PER_SECOND, at_least=PACE_CAPTION_SECONDS)
            # The balance's arrows make way for w* drawn from the origin, t long.
            cue.play(*(Conceal(m) for m in balance.values()), at="tg", run_time=0.3)
            cue.play(Undim(circle["units"]), Undim(circle["unit_labels"]),
                     Reveal(circle["t_label"]), Create(w_vector),
                     Reveal(on_edge), run_time=0.6)
            cue.play(Indicate(w_vector, color=HIGHLIGHT_COLOR, scale_factor=1.0),
                     Indicate(circle["t_label"], color=EMPHASIS_COLOR, scale_factor=1.1),
                     run_time=max(min(cue.until("mu"), MARK_SECONDS), 0.5))
            cue.play(Conceal(mu_unknown), at="mu", run_time=0.3)
            cue.play(Reveal(mu_known), run_time=0.3)
            cue.play(Indicate(sign_value, color=EMPHASIS_COLOR, scale_factor=1.0),
                     Indicate(on_edge, color=EMPHASIS_COLOR, scale_factor=1.0),
                     Indicate(mu_known, color=EMPHASIS_COLOR, scale_factor=1.0),
                     run_time=max(cue.until(cue.END), DENSE_CAPTION_SECONDS - cue.elapsed,
                                  0.8))
        # The sliding centre named (review r41: an unnamed white ring, read as ŵ or w*): w(μ),
        # ridge's minimum, its name riding above it till it lands on w* (then it is w*).
        centre_name = legible(merged(MathTex(r"w(\mu)", font_size=30, color=CENTER_COLOR)))
        centre_name.set_z_index(PANEL_Z + 0.1 * ARROW_LABEL_Z)

        leader = Line(DOWN, UP, color=CENTER_COLOR, stroke_width=2)
        leader.set_z_index(PANEL_Z + 0.1 * ARROW_LABEL_Z)

        def follow_name(m: VMobject) -> None:
            m.next_to(rings, UP, buff=0.12).set_x(float(bottom.get_x()))

        def follow_leader(m: Line) -> None:
            top, foot = centre_name.get_bottom(), bottom.get_top()
            if top[1] - foot[1] > 0.05:
                m.put_start_and_end_on(top + 0.03 * DOWN, foot + 0.02 * UP)

        follow_name(centre_name)
        follow_leader(leader)
        # ŵ's name stays by its dot (round r82, review r81 item 4: moved to where no contour
        # passed, it floated 0.7 away, read as ŵ moving): beside it, off the side the contours
        # slide to and off w(μ)'s leader, on a dark box the sliding contours pass under.
        # (Past w(μ)'s ring, which starts on ŵ's dot.)
        hat_home = circle["centre_label"].copy().next_to(bottom, RIGHT, buff=0.08)
        hat_box = BackgroundRectangle(hat_home, color=BACKGROUND, fill_opacity=1.0, buff=0.04)
        hat_box.set_z_index(circle["centre_label"].z_index - 0.01)
        # What the landing means, in the readout's row once μ has landed (review r53 finding
        # 1: "with no ball" flashed by): the penalised problem, no ball drawn, has w* too.
        no_ball = merged(MathTex(rf"\text{{penalized ridge, }} \mu = {mu.tex} \to "
                                 r"\text{the same } w^*", font_size=PANEL_FONT))
        no_ball.move_to(on_edge, aligned_edge=LEFT).set_z_index(PANEL_Z)
        # (Round r87, reviews r86 item 1: the result was up 1.5 s and the panel cleared at
        # once: it rests, and its short form stays in its row through the slackness.)
        # "⇒", not "⇔" (both r101 reviews: every t ≥ ‖ŵ‖₂ gives μ = 0, so t is not read back
        # from μ; each t does give one μ).
        link = merged(MathTex(r"\text{constraint } t \ \Rightarrow\ "
                              r"\text{penalty } \mu = \lambda / t", font_size=PANEL_FONT))
        # (In the stationarity's row, cleared by then: no empty row above it.)
        link.move_to(stationary, aligned_edge=LEFT).set_z_index(PANEL_Z)
        with self.cue("The penalized loss's contours{@slide} slide as μ grows, centered on its "
                      "minimum w(μ)"
                      "{@name}: at μ = {mu}, on w*{@land}, with no ball{@ball}.",
                      mu=mu,  # (round r94: its rest is the link's words now)
                      spoken="The penalized loss's contours{@slide} slide as mu grows, "
                      "centered on its minimum, w of mu{@name}: at {mu}, on w-star{@land}, with no "
                      "ball{@ball}.") as cue:
            # The ball fades as ridge's contours come, at the cue's start (review r53 finding
            # 1): ridge has no ball; w(μ) lands on w* with the ball faded, held ≥ 2 s.
            # (Review r75 item 8: the ball faded as the contours slid: it fades first.)
            # (Round r80, review r79 item 4: "μ = 1.28" stood while the contours were ŵ's: the
            # solved μ goes first, and the readout, at μ = 0, comes with ŵ's contours.)
            # The stationarity stays, the condition w(μ) meets (review r41: it left as the
            # ring slid).
            cue.play(Conceal(mu_known), Conceal(w_vector), Conceal(data_h),
                     Conceal(data_centre), Conceal(data_point), run_time=0.3)
            # ŵ keeps its name (review r79 item 3: an unlabelled dot till the landing); w*'s
            # name waits for the landing, out of the sliding ring's way.
            cue.play(*(Undim(m) for m in (circle["contour"], *circle["bowl"])),
                     Dim(circle["ball"], factor=0.15), Dim(circle["ball_label"], factor=0.15),
                     Dim(circle["unit_labels"]), Reveal(mu_readout),
                     circle["centre_label"].animate.move_to(hat_home), Reveal(hat_box),
                     run_time=0.8)  # (contours slide over "1": review r60 2d; dimmed, r81)
            self.remove(*originals)
            # (ŵ's box and name kept drawn after the sliding copies.)
            self.add(rings, hat_box, circle["centre_label"])
            cue.play(Reveal(bottom), Reveal(centre_name), Reveal(leader),
                     Indicate(ridge, color=EMPHASIS_COLOR, scale_factor=1.0),
                     at="slide", run_time=0.4)
            sliding = {rings: follow_ridge, bottom: follow_bottom, centre_name: follow_name,
                       leader: follow_leader,
                       mu_readout: lambda r: r.set_values(strength.get_value())}
            self.follow(strength, mu_value, sliding,
                        run_time=max(cue.until("land"), RIDGE_SLIDE_SECONDS), rate_func=smooth)
            # Landed: the readout's μ is the solved one (review r37: no blinking marker; the
            # number is marked, not w*).
            cue.play(Indicate(mu_readout, color=EMPHASIS_COLOR, scale_factor=1.0),
                     Conceal(centre_name), Conceal(leader), at="land",
                     run_time=0.5)
            cue.play(Conceal(mu_readout), Conceal(on_edge), run_time=0.3)
            cue.play(Reveal(no_ball), run_time=0.4)
            # (Round r95: at least 0.5 s, the link's own cue follows with it on screen.)
            cue.play(Indicate(no_ball, color=EMPHASIS_COLOR, scale_factor=1.0),
                     pulse(circle["point"], 1.4),
                     run_time=max(cue.until(cue.END), 0.5))
        # (Round r94, brief item 3: the general point said as it is written, in the
        # stationarity's row, which has made its point; it used to appear under the
        # slackness's words. Round r95, brief LH95 item 5: a cue of its own, ≥ 3.5 s.)
        with self.cue("Each radius t gives one penalty μ{@link}.",
                      spoken="Each radius t gives one penalty mu{@link}.") as cue:
            paced(cue, chars_per_second=PACE_CHARS_PER_SECOND, at_least=LINK_SECONDS)
            cue.play(Conceal(stationary), run_time=0.3)
            cue.play(Reveal(link), run_time=0.4)
            cue.play(Indicate(link, color=EMPHASIS_COLOR, scale_factor=1.0),
                     run_time=max(cue.until(cue.END), 1.0))
        self.ridge_bottom = bottom
        # Complementary slackness in the ridge's row, under the balance; then the four
        # conditions, each named, in the rows of the equations they replace (review r38:
        # feasibility was missing and "KKT" never expanded; no line added), under f's formula
        # (round r83); the heading, the name written out, replaces the title and stays to the
        # end.
        # (Review r39: primal and dual feasibility on one line read as one condition.)
        conditions = [self.named_condition(name, tex, row) for name, tex, row in (
            # (Round r84, review r83 item 5: "primal/dual feasible" were bare names: each says
            # in a few words what it asks.)
            (r"primal, $w^*$ in the ball", r"\|w^*\|_2 \le t", kkt),
            (r"dual, $\lambda$'s sign", rf"\lambda = {lam.tex} \ge 0", slack),
            # (Round r94, brief item 2: g's definition left at ~154 s; written out, w*/t, the
            # summary stands as a slide: true in both cases, λ = 0 or ‖w*‖₂ = t.)
            ("stationarity", r"-\nabla f(w^*) = \lambda\, w^*/t", stationary),
            ("complementary slackness", r"\lambda\,(\|w^*\|_2 - t) = 0", on_edge))]
        # The formulas in one column (round r83, review r82 item 7: each began where its name
        # ended, a ragged edge).
        column = max(float(line[0].get_right()[0]) for line in conditions) + 0.2
        for line in conditions:
            line[1].align_to([column, 0, 0], LEFT)
        heading = merged(Tex("Karush--Kuhn--Tucker (KKT)", font_size=40, color=EMPHASIS_COLOR))
        heading.move_to(title, aligned_edge=LEFT).set_z_index(PANEL_Z)
        # The ridge's picture goes as the ball comes back (review r38: ridge's contours were
        # still drawn under the constrained problem's summary): f's own contours return,
        # the one touching the ball at w* among them.
        ridge_picture = [rings, bottom]
        # (Review r75 item 5: the dichotomy said in words, the inside case drawn with its own
        # contours round it, then the outside case, each with its time; item 9: "ŵᵢₙ" read
        # badly in players, said as "an inside ŵ"; item 6: "dual" said to be about λ.)
        with self.cue("Complementary slackness: either λ = 0{@zero}, or w* is on the edge"
                      "{@either}: λ(‖w*‖₂ − t) = 0{@slack}. For an inside ŵ{@cases}, f's contours "
                      "center inside the ball{@rings}: w* = ŵ and λ = 0{@inside}. Our ŵ is "
                      "outside{@outside}: w* on the edge{@edge}, λ = {lam}.",
                      lam=lam,
                      spoken="Complementary slackness: either lambda is zero{@zero}, or w-star "
                      "is on the edge{@either}: lambda times the gap to the edge is zero{@slack}. "
                      "For an inside w-hat{@cases}, f's contours center inside the ball{@rings}: "
                      "w-star is w-hat and lambda is zero{@inside}. Our w-hat is outside"
                      "{@outside}: w-star on the edge{@edge}, lambda {lam}.") as cue:
            # One case at a time (review r42: the inside case laid over this one showed two ŵ
            # and two w*): this ŵ's case steps out as the inside case comes back, at once, named
            # by what it means (λ = 0, w* = ŵ); at "the edge" this case returns, with its λ.
            outside_case = [circle["centre"], circle["centre_label"], circle["point"],
                            circle["point_label"]]
            # λ is the panel's, per case (review r44: "λ = 1.54 ≥ 0" stayed lit while the
            # inside case was shown): the point is named by what it is, w* = ŵ.
            # (Round r82, review r81 item 5: "w* = ŵ", as the words say; the data's ŵ keeps
            # no name meanwhile, so one ŵ is named at a time.)
            named = legible(merged(MathTex(r"w^* = \hat w", font_size=30,
                                           color=TEXT_COLOR)))
            figure = [*(circle[k] for k in ("ball", "t_label", "t_tick")), axes.x_axis,
                      axes.y_axis]
            # f's contours for the inside ŵ (regmath's level sets of the moved loss, at the
            # levels of f's own), where they end up: the name keeps clear of them too.
            # (The innermost only: the next one crossed the ball's edge and the name.)
            landed = VGroup(circle["bowl"][0].copy())
            self.follow_bowl(landed, ValueTracker(INSIDE_SHARE))
            # Clear of the ring it names (review r59 finding 2: it overlapped the ringed dot).
            place_clear(named, circle["inside_ring"].get_center(), np.array([0.0, -1.0]),
                        [*figure, *landed,
                         *[circle["inside_ring"], circle["inside_dot"]] * TICK_WEIGHT],
                        buff=0.15)
            # On the ring's side of the w₂ axis (review r44: across it the name read as
            # struck through).
            axis_x = float(axes.y_axis.get_center()[0])
            if float(named.get_left()[0]) < axis_x < float(named.get_right()[0]):
                named.shift((axis_x + LABEL_GAP - float(named.get_left()[0])) * RIGHT)
            # (Round r95, brief LH95 item 4: under the ring it sat on the w₁ axis, by
            # "t = 1.2", read as one line: midway between the contour and the axis, and t's
            # label steps back while the inside case is drawn.)
            axis_y = float(axes.x_axis.get_center()[1])
            low = min(float(m.get_bottom()[1]) for m in landed if m.has_points())
            if axis_y < float(named.get_y()) < low:
                named.set_y((axis_y + low) / 2.0)
            inside_case = VGroup(circle["inside_ring"], circle["inside_dot"], named)
            # The panel's λ line follows the case shown: regmath's λ for ŵ moved inside
            # (0) while that case is drawn, this case's λ again at "the edge" (review r44:
            # λ = 1.54 stood beside the inside case; no λ is written on the picture, where
            # "λ = 1.54" touched the circle).
            inside_lam = number(constrained(Quadratic(center=self.inside_point,
                                                      hessian=bowl_loss.hessian),
                                            norm="l2", radius=PREVIEW_RADIUS).multiplier)
            inside_value = merged(MathTex(rf"\text{{if }} \hat w \text{{ inside: }} "
                                          rf"\lambda = {inside_lam.tex}",
                                          font_size=PANEL_FONT))
            inside_value.move_to(sign_value, aligned_edge=LEFT).set_z_index(PANEL_Z)
            # The data's ŵ and w* stay as dim ghosts (review r56 finding 3: the inside case
            # replaced them at once, read as ŵ jumping): ŵ′ moves in from ŵ along its trail.
            prime = circle["centre"].copy()
            back = ValueTracker(1.0)
            trail = self.get_prime_trail(back)
            # Those contours moving in with ŵ.
            inside_rings = VGroup(circle["bowl"][0].copy())
            self.follow_bowl(inside_rings, back)
            cue.play(Undim(circle["ball"]), Undim(circle["ball_label"]),
                     Conceal(no_ball),
                     Undim(circle["unit_labels"]),
                     Conceal(ridge),
                     *(Conceal(m) for m in ridge_picture),
                     run_time=0.4)
            # w*'s name once ridge's contours, which ran through it, have gone (round r83,
            # review r82 item 7); at the landing the panel's line named it.
            cue.play(Reveal(circle["point_label"]), run_time=0.3)
            # The dichotomy first, in words and as the equation.
            cue.play(Reveal(slack), run_time=0.3)
            cue.play(Indicate(slack, color=EMPHASIS_COLOR, scale_factor=1.0),
                     run_time=max(cue.until("zero"), 0.5))
            # "w* is on the edge": w* and the ball's edge marked.
            cue.play(pulse(circle["point"], 1.6),
                     Indicate(circle["ball"], color=BALL_COLORS["l2"], scale_factor=1.03),
                     run_time=max(cue.until("either"), 0.5))
            cue.play(Indicate(slack, color=EMPHASIS_COLOR, scale_factor=1.0),
                     run_time=max(cue.until("cases"), 0.5))
            named_out = (circle["point_label"], circle["centre_label"], hat_box)
            cue.play(*(Dim(m) for m in outside_case if m not in named_out),
                     *(Conceal(m) for m in named_out), Conceal(sign_value),
                     Conceal(circle["t_label"]), at="cases", run_time=0.4)
            self.add(prime, trail)
            cue.play(Reveal(inside_rings), run_time=0.3)
            self.follow(back, INSIDE_SHARE, {
                prime: lambda m: m.move_to(to_scene(axes, self.moved_centre(back))),
                trail: lambda m: self.follow_trail(m, back),
                inside_rings: lambda m: self.follow_bowl(m, back)},
                run_time=max(cue.until("rings"), INSIDE_MOVE), rate_func=smooth)
            # Then the inside case (review r51 finding 1: fading in as w*'s name faded out,
            # a ghost red "w*" lay over "w* = ŵ").
            cue.play(Reveal(inside_case), Reveal(inside_value), Conceal(prime), run_time=0.4)
            # The name marked in colour only: grown, it crossed the w₂ axis (layout report).
            cue.play(Indicate(VGroup(circle["inside_ring"], circle["inside_dot"]),
                              color=CENTER_COLOR, scale_factor=1.3),
                     Indicate(inside_rings, color=LOSS_COLOR, scale_factor=1.0),
                     run_time=max(cue.until("inside"), 0.5))
            cue.play(Indicate(inside_value, color=CENTER_COLOR, scale_factor=1.0),
                     Indicate(named, color=CENTER_COLOR, scale_factor=1.0),
                     at="inside", run_time=max(cue.until("outside"), 0.5))
            # The inside case has made its point: this case, w* on the edge, comes back,
            # with its λ (the old value gone before the new one is written).
            cue.play(Conceal(inside_case), Conceal(inside_value), Conceal(trail),
                     Conceal(inside_rings), at="outside", run_time=0.4)
            cue.play(*(Reveal(m) for m in originals),
                     *(Undim(m) for m in outside_case if m not in named_out),
                     *(Reveal(m) for m in named_out), Reveal(circle["t_label"]), run_time=0.4)
            cue.play(Indicate(circle["centre"], color=CENTER_COLOR, scale_factor=1.4),
                     run_time=max(cue.until("edge"), 0.3))
            cue.play(Reveal(sign_value), at="edge", run_time=0.3)
            cue.play(pulse(circle["point"], 1.6),
                     Indicate(sign_value, color=EMPHASIS_COLOR, scale_factor=1.0),
                     Indicate(circle["t_label"], color=EMPHASIS_COLOR, scale_factor=1.1),
                     run_time=max(cue.until(cue.END), 0.5))
        # The four conditions stand alone before "Next" (review r76 item 3: 1-2 s).
        with self.cue("The KKT conditions{@kkt}: primal feasibility{@primal}, w* in the ball; "
                      "dual feasibility{@dual}: λ ≥ 0; stationarity"
                      "{@stat}; and complementary slackness{@cs}.",
                      spoken="The K K T conditions{@kkt}: primal feasibility{@primal}, w-star in "
                      "the ball; dual feasibility{@dual}: lambda at least "
                      "zero; stationarity{@stat}; and complementary slackness{@cs}.",
                      settle=KKT_SETTLE_SECONDS) as cue:
            # (The problem's line left with ridge's: review r53 finding 7.)
            cue.play(Conceal(title), *(Conceal(m) for m in (kkt, sign_value, slack, link)),
                     at="kkt",
                     run_time=0.4)
            cue.play(Reveal(heading), run_time=0.5)
            # Each of the four written and marked as it is said (review r56 finding 7; r59
            # finding 7: all four came at once and were then marked in turn).
            for line, mark, after in zip(conditions, ("primal", "dual", "stat", "cs"),
                                         ("dual", "stat", "cs", cue.END)):
                cue.play(Reveal(line), at=mark, run_time=0.4)
                cue.play(Indicate(line, color=EMPHASIS_COLOR, scale_factor=1.0),
                         run_time=max(cue.until(after), 0.5))
        diamond = self.get_preview("l1", INSET_CENTER, INSET_SIDE, point_label=True)
        card = merged(Tex("next: corners", font_size=PANEL_FONT, color=BALL_COLORS["l1"]))
        # Right of the diamond and just under its w₁ axis (above it run the contour and the
        # panel's lines).
        axis = diamond["axes"].x_axis
        card.next_to(diamond["ball"], RIGHT, buff=0.3).set_z_index(PANEL_Z)
        card.set_y(axis.get_center()[1] - 0.15 - card.height / 2)
        # The KKT lines stay with their heading; the diamond takes the room the inset had.
        # The diamond's solution unnamed (review r38: two different points were both "w*";
        # the ball's keeps the name): its red dot at the corner is what the words point at.
        sketch = VGroup(*(m for k, m in diamond.items() if k != "point_label"))
        # The series' point for ridge, where w* is shown (round r82, review r81 item 6), as
        # regmath's w* has it.
        # (Review r82 item 1: "no corners, so both weights are non-zero" does not follow:
        # smoothness makes a zero a coincidence, it does not rule one out.)
        here = "here both are non-zero" if bool(np.all(solution.point != 0.0)) else "as here"
        no_corner = ("The ball has no corners: a weight of w* is 0 only by coincidence; "
                     f"{here}{{@weights}}. ")
        no_corner_spoken = ("The ball has no corners: a weight of w-star is zero only by "
                            f"coincidence; {here}{{@weights}}. ")
        with self.cue(no_corner + "Next{@next}: the diamond ‖w‖₁ ≤ t and its corners{@corner}.",
                      spoken=no_corner_spoken + "Next{@next}: the L1 diamond and its "
                      "corners{@corner}.") as cue:
            # (A small pulse: at 1.6 the dot grazed "w*".)
            # w*'s coordinates back where they stood, so "both are non-zero" can be read
            # (round r83, review r82 item 1).
            cue.play(pulse(circle["point"], 1.25),
                     Indicate(circle["point_label"], color=SOLUTION_COLOR, scale_factor=1.0),
                     Reveal(data_point),
                     run_time=max(min(cue.until("weights"), 1.5), 0.5))
            cue.play(Reveal(sketch), Reveal(card), at="next")
            # (An Indicate, not a Flash: the flash's rays would run through "w*".)
            cue.play(pulse(diamond["point"], 1.8),
                     Indicate(card, color=BALL_COLORS["l1"], scale_factor=1.1), at="corner",
                     until=cue.END)
        # A short still end for a lecturer cutting the clip.
        self.wait(FINAL_HOLD)
        self.preview = VGroup(*(m for k, m in circle.items() if k != "zoom"),
                              *zoom.values(), *sketch, card)

    def get_ridge_balance(self, axes: Axes, solution: Any, view: ViewBox,
                          circle: dict[str, Any]) -> dict[str, VMobject]:
        """Ridge's stationarity at w*: ∇f(w*) (inward) and μw* = −∇f(w*) (outward) drawn from
        w* to one scale (`kkt_arrows`: μw* is −∇f(w*) at μ = λ/t), each named beside it."""
        extent = max(view.width, view.height)
        outward, _ = kkt_arrows(solution.point, solution.gradient, solution.normal,
                                solution.multiplier, length=BALANCE_SHARE * extent)
        inward = scaled_arrow(*outward, -1.0)
        style = {"buff": 0.0, "stroke_width": 5, "max_tip_length_to_length_ratio": 0.25,
                 "max_stroke_width_to_length_ratio": 100}
        parts: dict[str, VMobject] = {
            "f": Arrow(*to_scene(axes, inward), color=GRADIENT_COLOR, **style),
            "mu": Arrow(*to_scene(axes, outward), color=TEXT_COLOR, **style),
        }
        for arrow in parts.values():
            arrow.set_stroke(OUTLINE_COLOR, width=9, background=True)
            arrow.set_z_index(PANEL_Z + 0.1 * (ARROW_Z + 0.5))
        # (Review r59 finding 2: "μw*" sat on the w₂ axis: it goes right of its tip; "∇f(w*)"
        # sat over the unit tick "1", which steps back in this beat, and right of its tip the
        # ball's edge ran through it: it keeps its place.)
        placed: list[VMobject] = [*parts.values(), circle["ball"], circle["contour"],
                                  *circle["bowl"], circle["point"], circle["centre"],
                                  circle["centre_label"], axes.x_axis, axes.y_axis,
                                  circle["t_label"]]
        for key, tex, color, arrow in (("f_label", r"\nabla f(w^*)", GRADIENT_COLOR, inward),
                                       ("mu_label", r"\mu w^*", TEXT_COLOR, outward)):
            label = legible(merged(MathTex(tex, font_size=30, color=color)))
            label.set_z_index(PANEL_Z + 0.1 * ARROW_LABEL_Z)
            # (Review r75 item 9: "μw*" right of its tip sat on f's contours, "∇f(w*)" touched
            # the ball's edge: both placed clear of them, a little further off.)
            along = self.arrow_direction_of(arrow)
            preferred = (np.array([1.0, 0.0]) if key == "mu_label"
                         else np.array([along[1], -along[0]]))
            place_clear(label, to_scene(axes, arrow[1:])[0], preferred, placed, buff=0.18)
            placed.append(label)
            parts[key] = label
        return parts

    @staticmethod
    def named_condition(name: str, tex: str, row: VMobject) -> VMobject:
        """One KKT condition in ``row``'s place: its name (muted), then its formula."""
        # (Review r39: in the muted grey the names were faint.)
        # (Round r80, review r79 item 7: dim grey was weak on a projector: text colour.)
        line = VGroup(Tex(f"{name}:", font_size=PANEL_FONT, color=TEXT_COLOR),
                      MathTex(tex, font_size=PANEL_FONT)).arrange(RIGHT, buff=0.2)
        line = VGroup(*(merged(part) for part in line))
        line.align_to([PANEL_LEFT, 0, 0], LEFT).set_y(row.get_center()[1])
        return line.set_z_index(PANEL_Z)

    def climb_split(self, first: float, second: float) -> float:
        """Where the climb from the pause to the top changes sweeps: the first (x², from
        rest) takes ``first`` seconds, the second (to rest at the top)
        ``second``; at the change both move at one speed: x² ends at 2d₁/T₁, 1 − (1 − x)²
        (gentler to rest than `ease_out`: the stretch, short near the top, stays seen
        shrinking) starts at 2d₂/T₂, equal for d₁/d₂ = T₁/T₂."""
        total = self.top_length - self.pause
        share = first / (first + second)
        return float(self.pause + share * total)

    @staticmethod
    def outline_points(mobject: VMobject, step: float = 0.03) -> np.ndarray:
        """Layout only: points along ``mobject``'s strokes (chords sampled every ``step``),
        or over its box for a text; shape (k, 2)."""
        if isinstance(mobject, (MathTex, Tex)):
            low, high = mobject.get_corner(DL)[:2], mobject.get_corner(UR)[:2]
            xs, ys = np.arange(low[0], high[0] + step, step), np.arange(low[1], high[1] + step, step)
            return np.array([[x, y] for x in xs for y in ys])
        pieces = []
        for member in mobject.family_members_with_points():
            anchors = np.asarray(member.get_anchors())[:, :2]
            for a, b in zip(anchors[:-1], anchors[1:]):
                count = max(int(np.linalg.norm(b - a) / step), 1)
                pieces.append(a + np.linspace(0.0, 1.0, count + 1)[:, None] * (b - a))
        return np.vstack(pieces) if pieces else np.zeros((0, 2))

    def moved_centre(self, share: ValueTracker) -> np.ndarray:
        """ŵ moved the tracker's share of the way from 0 (1: ŵ itself)."""
        _, loss, _, _ = self.bridge_geometry
        return scaled_arrow(np.zeros(2), loss.center, share.get_value())[1]

    def get_prime_trail(self, share: ValueTracker) -> VMobject:
        """ŵ′'s dashed trail from ŵ to where it has moved (see `follow_trail`)."""
        trail = VMobject()
        self.follow_trail(trail, share)
        return trail

    def follow_trail(self, mobject: VMobject, share: ValueTracker) -> None:
        """The segment from ŵ to ŵ′ (`moved_centre`), dashed; nothing while they coincide."""
        axes, loss, _, _ = self.bridge_geometry
        ends = to_scene(axes, np.array([loss.center, self.moved_centre(share)]))
        if np.linalg.norm(ends[1] - ends[0]) < 1e-3:
            mobject.become(VMobject().set_z_index(mobject.z_index))
            return
        mobject.become(DashedLine(*ends, color=CENTER_COLOR, stroke_width=2.5,
                                  dash_length=0.08).set_stroke(opacity=0.8)
                       .set_z_index(PANEL_Z + 0.1 * (ARROW_Z - 0.5)))

    def follow_bowl(self, mobject: VMobject, share: ValueTracker) -> None:
        """The smaller contours of the loss around ŵ moved (see `moved_centre`)."""
        axes, loss, solution, view = self.bridge_geometry
        moved = Quadratic(center=self.moved_centre(share), hessian=loss.hessian)
        for ring, level in zip(mobject, BOWL_SHARES):
            set_pieces(ring, axes, clip_polyline(level_set(moved, level * solution.level),
                                                 view))


    def get_preview(self, norm: str, centre: np.ndarray, side: float, *,
                    labels: bool = False, point_label: bool = False
                    ) -> dict[str, Any]:
        """The next scenes' picture for a fixed example (the story's default data): axes
        with equal units, the ``norm`` ball (named ‖w‖₁ ≤ t or ‖w‖₂ ≤ t), ŵ, the contour of f
        touching the ball and w*; with ``point_label`` w* named. With ``labels``: w₁, w₂ on
        the axes, ŵ and w* named, smaller contours of f around ŵ, ŵ moved inside the ball
        (the case w* = ŵ) and under "zoom" a magnified inset around w* (see `get_zoom`)."""
        loss = Quadratic(center=PREVIEW_CENTER, hessian=PREVIEW_HESSIAN)
        solutions = {n: constrained(loss, norm=n, radius=PREVIEW_RADIUS) for n in ("l2", "l1")}
        view = classic_view(loss, solutions["l2"], solutions["l1"]).box
        solution = solutions[norm]
        unit = side / max(view.width, view.height)
        axes = Axes(x_range=list(view.x_range), y_range=list(view.y_range),
                    x_length=unit * view.width, y_length=unit * view.height, tips=False,
                    axis_config={"color": MUTED_COLOR, "stroke_width": 2,
                                 "include_ticks": False}).move_to(centre)
        parts: dict[str, Any] = {
            "axes": axes,
            "ball": ball_shape(axes, norm, PREVIEW_RADIUS, stroke_width=4),
            "contour": set_pieces(VMobject(stroke_color=LOSS_COLOR, stroke_width=3), axes,
                                  clip_polyline(level_set(loss, solution.level), view)),
            "centre": marker(to_scene(axes, loss.center), CENTER_COLOR, radius=0.07),
            # marker's white ring in a dark halo (review r50 finding 5: red on the green
            # circle; r55: the shared w* look, not overridden here).
            "point": marker(to_scene(axes, solution.point), SOLUTION_COLOR, radius=0.1,
                            z_index=HIKER_Z),
        }
        ball_tex = r"\|w\|_2 \le t" if norm == "l2" else r"\|w\|_1 \le t"
        # (Review r39: in the ball's own green the label was the faintest text on screen;
        # review r76 item 4: pale green, still low in contrast: the text's white.)
        ball_label = legible(merged(MathTex(ball_tex, font_size=34 if labels else 30,
                                            color=TEXT_COLOR)))
        # Below-left of the ball, away from ŵ and the touching point (above-right); the axes
        # are obstacles too (a label crossed by an axis reads as struck through).
        place_clear(ball_label, parts["ball"].get_corner(DL), np.array([-1.0, -1.0]),
                    [parts["ball"], parts["contour"], axes.x_axis, axes.y_axis])
        parts["ball_label"] = ball_label
        if point_label:
            label = legible(merged(MathTex(r"w^*", font_size=30, color=SOLUTION_COLOR)))
            # Left of w*, off the contour (review r30: the contour ran through "w*").
            place_clear(label, parts["point"].get_center(), np.array([-1.0, 0.0]),
                        [parts["ball"], parts["contour"], parts["centre"], ball_label,
                         axes.x_axis, axes.y_axis])
            centre_name = legible(merged(MathTex(r"\hat w", font_size=30, color=CENTER_COLOR)))
            place_clear(centre_name, parts["centre"].get_center(), np.array([1.0, 0.0]),
                        [parts["ball"], parts["contour"], parts["point"], ball_label, label,
                         axes.x_axis, axes.y_axis], buff=0.16)
            parts["point_label"], parts["centre_label"] = label, centre_name
        if labels:
            parts["axis_labels"] = VGroup(*(
                # (Review r32: grey and small at 480p.)
                legible(merged(MathTex(tex, font_size=34, color=TEXT_COLOR))).next_to(
                    axis.get_end(), direction, buff=0.12)
                for tex, axis, direction in ((r"w_1", axes.x_axis, DOWN),
                                             (r"w_2", axes.y_axis, LEFT))))
            parts["bowl"] = VGroup(*(
                set_pieces(VMobject(stroke_color=LOSS_COLOR, stroke_width=2,
                                    stroke_opacity=0.6), axes,
                           clip_polyline(level_set(loss, share * solution.level), view))
                for share in BOWL_SHARES))
            # The inset first: the labels keep clear of its region's outline and its joins.
            parts["zoom"] = self.get_zoom(axes, loss, solution)
            # (The inset's joins are not drawn in this picture: see ZOOM_PICTURE.)
            lines = [parts["zoom"]["region"], axes.x_axis, axes.y_axis]
            # Below-right of the ball: clear of the w₂ axis.
            place_clear(ball_label, parts["ball"].get_corner(DR), np.array([1.0, -1.0]),
                        [parts["ball"], parts["contour"], *lines])
            placed: list[VMobject] = [parts["ball"], parts["contour"], parts["centre"],
                                      parts["point"], parts["bowl"], ball_label, *lines]
            centre_label = legible(merged(MathTex(r"\hat w", font_size=34, color=CENTER_COLOR)))
            place_clear(centre_label, parts["centre"].get_center(), np.array([0.0, 1.0]),
                        placed, minor=[axes], buff=0.14)
            placed.append(centre_label)
            # White (review r56 finding 5: red text on the ball's dark green fill); the red
            # is w*'s dot's.
            point_name = legible(merged(MathTex(r"w^*", font_size=34, color=TEXT_COLOR)))
            # Inside the ball, away from ŵ; clear of the w₂ axis and the region's outline.
            # (Clear of the region's inside it lands far below w*, past the joins: kept here.)
            place_clear(point_name, parts["point"].get_center(), np.array([0.0, -1.0]),
                        placed, buff=W_STAR_BUFF)
            placed.append(point_name)
            parts["centre_label"], parts["point_label"] = centre_label, point_name
            # ŵ moved inside the ball (a share of the way from 0): there w* = ŵ.
            inner = scaled_arrow(np.zeros(2), loss.center, INSIDE_SHARE)[1]
            ring = marker(to_scene(axes, inner), CENTER_COLOR, radius=0.11)
            ring.set_fill(opacity=0.0).set_stroke(CENTER_COLOR, width=3)
            dot = marker(to_scene(axes, inner), SOLUTION_COLOR, radius=0.06, z_index=HIKER_Z)
            inside_label = legible(merged(MathTex(r"w^* = \hat w_{\mathrm{in}}", font_size=26,
                                                  color=TEXT_COLOR)))
            # The axes count in full (review r30: the y-axis crossed "ŵ = w*"), and so do the
            # contours moved in with ŵ (review r39: they ran through it).
            moved = Quadratic(center=inner, hessian=loss.hessian)
            moved_bowl = [set_pieces(VMobject(), axes, clip_polyline(
                level_set(moved, share * solution.level), view)) for share in BOWL_SHARES]
            # Under the ring's small contours, inside the ball (review r50 round: beside them it
            # sat on the outer contour and the ball's edge).
            # (r57: placed by cost, the longer "w*′ = ŵ′" went right, across the ball's edge:)
            # centred under the ring, midway between its lowest contour and the w₁ axis.
            lowest = min(float(m.get_bottom()[1]) for m in moved_bowl if m.has_points())
            inside_label.move_to([float(ring.get_x()),
                                  (lowest + float(axes.x_axis.get_y())) / 2.0, 0.0])
            # Off the w₂ axis, on the ring's side (r59: "w* = ŵ_in", wider, crossed it).
            axis_x = float(axes.y_axis.get_center()[0])
            if float(inside_label.get_left()[0]) < axis_x + LABEL_GAP < float(
                    inside_label.get_right()[0]):
                inside_label.shift((axis_x + LABEL_GAP - float(inside_label.get_left()[0]))
                                   * RIGHT)
            parts.update(inside_ring=ring, inside_dot=dot, inside_label=inside_label)
            # t on screen (review r32: the axes had no ticks, so μ = λ/t was uncheckable): a
            # tick where the circle crosses the w₁ axis, at w₁ = t.
            crossing = to_scene(axes, (PREVIEW_RADIUS, 0.0))
            tick = Line(crossing + 0.12 * UP, crossing + 0.12 * DOWN, color=TEXT_COLOR,
                        stroke_width=3)
            # A unit on each axis (review r38: ŵ = (1, 1.6) could not be read off): ticks at
            # w₁ = 1 and w₂ = 1, numbered outside the ball's top and left of the w₂ axis.
            # (Round r79, review r78 item 5: only "1" on each axis: every whole number of the
            # view on both axes, 0 aside.)
            whole = [((float(k), 0.0), UP, np.array([-0.6, -1.0, 0.0]))
                     for k in range(int(np.ceil(view.x_range[0])),
                                    int(np.floor(view.x_range[1])) + 1) if k]
            whole += [((0.0, float(k)), RIGHT, LEFT)
                      for k in range(int(np.ceil(view.y_range[0])),
                                     int(np.floor(view.y_range[1])) + 1) if k]
            units = VGroup(*(Line(to_scene(axes, at) + 0.08 * across,
                                  to_scene(axes, at) - 0.08 * across, color=MUTED_COLOR,
                                  stroke_width=3)
                             for at, across, _ in whole))
            unit_labels = VGroup()
            # w₁'s numbers under the axis (review r60 finding 2a: above it, inside the ball,
            # "1" ran into "w* = ŵ_in" as "ŵ_in1").
            # Below and a little left: straight below, it read with "t = 1.2" as "1 t = 1.2".
            for mark, (at, _, direction) in zip(units, whole):
                # (Review r62 item 5: grey on the green disc was dim: a light grey.)
                one = legible(merged(MathTex(str(int(at[0] or at[1])), font_size=28,
                                             color=NAME_COLOR)))
                place_clear(one, mark.get_center(), direction,
                            [*placed, inside_label, axes.x_axis, axes.y_axis, tick], buff=0.12)
                unit_labels.add(one)
            parts.update(units=units, unit_labels=unit_labels)
            placed += [units, *unit_labels]
            t_label = legible(merged(MathTex(rf"t = {number(PREVIEW_RADIUS).tex}",
                                             font_size=30, color=TEXT_COLOR)))
            # A little farther out (review r51 finding 1: its "t" touched the circle).
            place_clear(t_label, crossing, np.array([1.0, -1.0]),
                        [*placed, inside_label, axes.x_axis, axes.y_axis], buff=0.2)
            parts.update(t_tick=tick, t_label=t_label)
            placed.append(t_label)
            self.inside_point = inner
            self.bridge_geometry = (axes, loss, solution, view)
            # The axis names clear of the inset's joins (which run out from the picture).
            for label, axis, direction in zip(parts["axis_labels"], (axes.x_axis, axes.y_axis),
                                              (DOWN, LEFT)):
                place_clear(label, axis.get_end(), direction,
                            [axes.x_axis, axes.y_axis, *placed])
        # Drawn with the panel (last), in their own order among themselves.
        for key, mobject in parts.items():
            if key == "zoom":
                continue
            mobject.set_z_index(PANEL_Z + 0.1 * mobject.z_index)
        return parts

    def get_zoom(self, axes: Axes, loss: Quadratic, solution: Any) -> dict[str, VMobject]:
        """The region around w* magnified on the right: a second pair of axes over
        `zoom_box` (w* at its centre), the ball's outline and the touching contour clipped
        to it, w*, −∇f(w*) and g side by side to one scale, −∇f turned inward (the case ruled
        out) with a step along it, and the tangent at w*. A frame, the region's outline on
        the main picture and two thin lines join them."""
        main_view = classic_view(loss, *(constrained(loss, norm=n, radius=PREVIEW_RADIUS)
                                         for n in ("l2", "l1"))).box
        half = ZOOM_HALF_SHARE * max(main_view.width, main_view.height)
        minus_f, g = kkt_arrows(solution.point, solution.gradient, solution.normal,
                                solution.multiplier, length=ZOOM_ARROW_SHARE * half)
        # Centred on w*: the arrows out and the supposed arrow in (λ ≥ 0) both get room.
        zview = zoom_box(solution.point, half)
        zaxes, z = inset_frame(zview, axes, side=INSET_SIDE, centre=INSET_CENTER, solid=True)
        # −∇f(w*) and g side by side, one gap either side of w* (review r38: on one line, g
        # covered −∇f and the ratio λ could not be seen): both still start level with w*,
        # parallel, and g stretched λ times (later) ends level with −∇f's tip.
        # (Review r39: both from w* itself, g thin over −∇f: "g stretched λ times" reads best
        # when g lies along −∇f.)
        # (Review r41: g thin over −∇f on one line showed as a sliver: side by side again, g
        # on the left, −∇f on the right, each by its label; g stretched λ times, along its
        # own line, then ends level with −∇f's tip.)
        # The supposed arrow turns the real −∇f(w*) round at w* itself (review r41: it
        # started beside w*).
        inward = scaled_arrow(*minus_f, -GHOST_SHARE)
        # (Review r45: a vector called −∇f(w*) must start at w*: both tails at w* again, g
        # thin and outlined on top of the thick −∇f; λ > 1 here, so −∇f's tip shows past g.)
        # (Review r48 finding 3: g on top of −∇f hid the ratio λ.) Side by side again, as the
        # hike's ∇h and ∇f: both level with w*, one gap either side of it, g on the left;
        # a copy of g grows λ times as it moves across and lands exactly on −∇f.
        gap = ZOOM_GAP_SHARE * half
        g_beside = shifted_arrow(*g, gap)
        # In the inset's coordinates (g is stretched λ times later): g as computed (from w*),
        # the gap, and the two arrows as drawn.
        self.bridge_arrows = (zaxes, (minus_f, g))
        self.bridge_gap = gap
        minus_f, g = shifted_arrow(*minus_f, -gap), g_beside
        z.update({
            "ball": set_pieces(VMobject(stroke_color=BALL_COLORS["l2"], stroke_width=5), zaxes,
                               clip_polyline(ball_outline("l2", PREVIEW_RADIUS), zview)),
            "contour": set_pieces(VMobject(stroke_color=LOSS_COLOR, stroke_width=4), zaxes,
                                  clip_polyline(level_set(loss, solution.level), zview)),
            "point": marker(to_scene(zaxes, solution.point), SOLUTION_COLOR, radius=0.11,
                            z_index=HIKER_Z),
        })
        # The case ruled out, shorter (only its direction matters): it fits the inset, from w*
        # itself (−∇f's own line is a gap to the side).
        step = scaled_arrow(*inward, STEP_SHARE)
        style = {"buff": 0.0, "stroke_width": 7, "max_tip_length_to_length_ratio": 0.25,
                 "max_stroke_width_to_length_ratio": 100}
        z["minus_f"] = Arrow(*to_scene(zaxes, minus_f), color=GRADIENT_COLOR, z_index=ARROW_Z,
                             **{**style, "stroke_width": 6}).set_opacity(WIDE_ARROW_OPACITY)
        z["g"] = Arrow(*to_scene(zaxes, g), color=NORMAL_COLOR, z_index=ARROW_Z + 0.5,
                       **{**style, "stroke_width": 4})
        z["g"].set_stroke(OUTLINE_COLOR, width=7, background=True)
        # The step from w* too (review r45: it started off w*), white and thin over the
        # supposed −∇f, shorter, so the supposed arrow's tip shows past it.
        z["ghost"] = Arrow(*to_scene(zaxes, inward), color=SUPPOSE_COLOR, z_index=ARROW_Z,
                           **style).set_opacity(GHOST_OPACITY)
        # The step inward: a white arrow from w* into the ball.
        z["step"] = Arrow(*to_scene(zaxes, step), color=TEXT_COLOR, z_index=ARROW_Z + 0.5,
                          **{**style, "stroke_width": 5})
        z["tangent"] = DashedVMobject(Line(*to_scene(zaxes, tangent_segment(
            solution.point, solution.normal, ZOOM_TANGENT_SHARE * half)),
            color=TEXT_COLOR, stroke_width=3), num_dashes=14)
        # g stretched λ times (drawn later) runs on past g's tip: labels keep off it too.
        placed: list[VMobject] = [z["ball"], z["contour"], z["point"], z["minus_f"], z["g"],
                                  z["tangent"], z["ghost"], z["step"], z["frame"], z["joins"],
                                  outside_of(z["frame"]),
                                  Arrow(*to_scene(zaxes, minus_f), **STRETCH_STYLE)]
        # On one line from w* (review r39): −∇f's label right of its shaft near the tip, g's
        # left of g's tip (left of −∇f's tip, "−∇f(w*)" touched the contour; the frame
        # leaves no room past the tip).
        # (Short: "−∇f(w*)" found no room right of the shaft; the inset is at w*.)
        named = {"minus_f_label": (r"-\nabla f", scaled_arrow(*minus_f, LABEL_AT), 1.0),
                 "g_label": (r"g", g, -1.0)}
        for key, (tex, arrow, sign) in named.items():
            label = legible(merged(MathTex(tex, font_size=30, color=(
                GRADIENT_COLOR if key == "minus_f_label" else NORMAL_COLOR))))
            label.set_z_index(ARROW_LABEL_Z)
            along = self.arrow_direction_of(arrow)
            side = np.array([along[1], -along[0]]) * sign
            place_clear(label, to_scene(zaxes, arrow[1:])[0], side, placed)
            placed.append(label)
            z[key] = label
        # Marked as supposed: this −∇f is not the data's (the real one is hidden meanwhile).
        # (Review r62 item 5: in the dark violet it was hard to read: lightened.)
        ghost_label = legible(merged(Tex(r"$-\nabla f$ (suppose)", font_size=28,
                                         color=SUPPOSE_COLOR)))
        # The bridge is a fixed example (PREVIEW_*): −∇f(w*) points up and out, so the
        # supposed arrow points down into the ball. Its two labels go under its tip, one
        # above the other, inside the inset (found by hand: beside the arrows, a label this
        # wide crosses the inset's frame).
        ghost_label.next_to(to_scene(zaxes, inward[1:])[0], DOWN, buff=SUPPOSE_BUFF)
        # A little left and down, off the ball's edge falling to the right (review r60 finding
        # 2c: "(suppose)" ran along the green arc).
        ghost_label.shift(SUPPOSE_SHIFT)
        # What would follow, in the conditional: the drawn contour (the real one) is dimmed
        # while this is shown, as it says f is higher there.
        step_label = legible(merged(Tex(r"$f$ would drop", font_size=28,
                                        color=TEXT_COLOR)))
        step_label.next_to(ghost_label, DOWN, buff=SUPPOSE_BUFF)
        z.update(ghost_label=ghost_label, step_label=step_label)
        # Titled like the hike's inset (review r45: untitled, far from its box, it was not
        # read as a magnification), over its frame's right end; the dashed line named once,
        # on the same row to its left, when it is drawn (no panel line added).
        z["caption"] = merged(Tex(r"$w^*$, zoomed", font_size=30, color=TEXT_COLOR)
                              ).next_to(z["frame"], UP, buff=0.08)
        z["caption"].align_to(z["frame"], RIGHT)
        # Its own line above the title, both over the box (review r50 finding 6: on one row
        # the name ran out left of the inset).
        z["tangent_name"] = merged(Tex("dashed: the common tangent", font_size=30,
                                       color=TEXT_COLOR))
        z["tangent_name"].next_to(z["caption"], UP, buff=0.08)
        z["tangent_name"].align_to(z["frame"], RIGHT)
        for mobject in z.values():
            mobject.set_z_index(PANEL_Z + 0.1 * mobject.z_index)
        return z

    # ------------------------------------------------------------- followers
    def follow(self, tracker: ValueTracker, value: float, followers: dict[VMobject, Any],
               **kwargs: Any) -> None:
        """Sweep ``tracker`` to ``value`` with each follower following it (``followers`` maps a
        mobject to its updater), attached for this sweep only: a mobject with an updater
        counts as moving in every animation, however still, and would be redrawn."""
        for mobject, place in followers.items():
            mobject.add_updater(place)
        sweep(self, tracker, value, *followers, **kwargs)
        for mobject, place in followers.items():
            mobject.remove_updater(place)

    def camera(self) -> Any:
        progress = self.camera_progress.get_value()
        if self._camera is None or self._camera[0] != progress:
            self._camera = (progress, hike_camera(progress, box=self.view, top=self.peak_z,
                                                  stage=self.stage))
        return self._camera[1]

    def picture(self, points: np.ndarray) -> np.ndarray:
        """3D points (k, 3) seen by the camera, in scene coordinates."""
        return to_scene(self.map, project(points, self.camera(), box=self.view, top=self.peak_z))

    def hiker_point(self) -> np.ndarray:
        """γ(s) for the walked distance s (solved once per frame; five followers ask)."""
        s = self.walked.get_value()
        if self._hiker is None or self._hiker[0] != s:
            self._hiker = (s, point_on_curve(self.path, self.curve, s))
        return self._hiker[1]

    def hiker_height(self) -> float:
        return float(self.mountain.value(self.hiker_point()))

    def follow_contour(self, mobject: VMobject) -> None:
        height = self.hiker_height()
        contour = hill_contour(self.mountain, height)
        set_pieces(mobject, self.map, clip_polyline(contour, self.view) if len(contour) > 1
                   else [])
        # The map is framed around the outermost drawn contour: a lower contour is larger
        # and would be cut by the map's edge into stray arcs, so it fades out below it.
        low, high = self.contour_fade
        mobject.set_stroke(opacity=float(np.clip((height - low) / (high - low), 0.0, 1.0)))

    def follow_profile(self, mobject: VMobject) -> None:
        s = self.walked.get_value()
        shown = int(np.searchsorted(self.curve.arc_length, s))
        points = np.column_stack([self.curve.arc_length[:shown], self.heights[:shown]])
        points = np.vstack([points, [s, self.hiker_height()]])
        set_pieces(mobject, self.profile_axes, [points] if len(points) > 1 else [])

    def follow_higher(self, mobject: VMobject) -> None:
        set_pieces(mobject, self.map, higher_stretches(self.mountain, self.path, self.curve,
                                                       self.hiker_height()))

    # -------------------------------------------------------------- builders
    def get_lifted(self, points: np.ndarray | list[np.ndarray], *, ground: bool = False,
                   fade: bool = False, fill: float = 0.0, **style: Any) -> VMobject:
        """A map polyline (or a list of them, as one mobject) drawn in 3D: on the surface, or
        on the ground (height 0). One that ``fade``s is only for the 3D view: it fades out as
        the camera rises."""
        lines = [points] if isinstance(points, np.ndarray) and points.ndim == 2 else list(points)
        scale = 0.0 if ground else self.relief
        lifted = [lift(self.mountain, line, scale=scale) for line in lines]
        curve = VMobject(**style)
        opacity = float(style.get("stroke_opacity", 1.0))

        def follow(m: VMobject) -> None:
            if len(lifted) == 1:
                m.set_points_as_corners(self.picture(lifted[0]))
            else:
                m.clear_points()
                for line in lifted:
                    corners = self.picture(line)
                    m.start_new_path(corners[0])
                    m.add_points_as_corners(corners[1:])
            progress = self.camera_progress.get_value()
            if fade and progress > 0.0:  # (at 0 a fade-in is in charge of the opacity)
                m.set_stroke(opacity=opacity * (1.0 - progress))
            if fill > 0.0 and progress > 0.0:  # the fill is for the 3D view only
                m.set_fill(LOSS_COLOR, opacity=fill * (1.0 - progress))

        follow(curve)
        if fill > 0.0:
            curve.set_fill(LOSS_COLOR, opacity=fill)
        self.lifted[curve] = follow
        return curve

    def get_axis_names(self) -> tuple[VMobject, VMobject, VMobject]:
        """For the 3D view only (they fade as the camera rises): "x" and "y" beyond the ground
        axes' far ends, and the height axis, "e" at its top, at the box's corner farthest back
        in the picture (regmath's `height_axes`)."""
        progress = self.camera_progress

        def faded(m: VMobject, opacity: float) -> None:
            if progress.get_value() > 0.0:
                m.set_opacity(opacity * (1.0 - progress.get_value()))

        names = VGroup()
        # Layout only: beyond the far end, as far out as it takes to clear the mountain's
        # lines in the first picture (the far end of y lies behind the mountain).
        lines = np.concatenate([self.outline_points(m)[:, :2]
                                for m in (self.rings, self.meridians, self.skirt)
                                if m.has_points()])
        for tex, axis in zip(("x", "y"), ground_axes(self.view)):
            label = legible(merged(MathTex(tex, font_size=30, color=TEXT_COLOR)))
            ends = lift(self.mountain, axis, scale=0.0)
            near, far = self.picture(ends)
            away = (far - near) / max(float(np.linalg.norm(far - near)), 1e-9)
            out = 0.25
            while out < AXIS_NAME_MAX_OUT:
                label.move_to(far + out * away)
                low, high = box_of(label)
                if not np.any(np.all((lines >= low - 0.05) & (lines <= high + 0.05), axis=1)):
                    break
                out += 0.05

            def follow(m: VMobject, ends: np.ndarray = ends, out: float = out) -> None:
                near, far = self.picture(ends)
                away = (far - near) / max(float(np.linalg.norm(far - near)), 1e-9)
                m.move_to(far + out * away)
                faded(m, 1.0)

            follow(label)
            label.add_updater(follow)
            names.add(label)
        verticals = height_axes(self.view, self.peak_z)
        back = max(verticals, key=lambda a: float(self.picture(a[:1])[0][1]))
        axis = VMobject(stroke_color=MUTED_COLOR, stroke_width=2)

        def follow_axis(m: VMobject) -> None:
            m.set_points_as_corners(self.picture(back))
            if progress.get_value() > 0.0:
                m.set_stroke(opacity=1.0 - progress.get_value())

        follow_axis(axis)
        axis.add_updater(follow_axis)
        e_name = legible(merged(MathTex("e", font_size=30, color=TEXT_COLOR)))

        def follow_e(m: VMobject) -> None:
            m.next_to(self.picture(back)[1], UP, buff=0.12)
            faded(m, 1.0)

        follow_e(e_name)
        e_name.add_updater(follow_e)
        return names, axis, e_name

    def get_drops(self, **style: Any) -> VMobject:
        """Vertical lines from points of the path on the surface down to its shadow on the
        ground (for the 3D view only: they fade out as the camera rises)."""
        picks = np.linspace(0, len(self.curve.points) - 1, DROPS).round().astype(int)
        high = lift(self.mountain, self.curve.points[picks], scale=self.relief)
        low = lift(self.mountain, self.curve.points[picks], scale=0.0)
        lines = VMobject(**style)
        opacity = float(style.get("stroke_opacity", 1.0))

        def follow(m: VMobject) -> None:
            m.clear_points()
            for bottom, top in zip(low, high):
                corners = self.picture(np.array([bottom, top]))
                m.start_new_path(corners[0])
                m.add_points_as_corners(corners[1:])
            progress = self.camera_progress.get_value()
            if progress > 0.0:
                m.set_stroke(opacity=opacity * (1.0 - progress))

        follow(lines)
        self.lifted[lines] = follow
        return lines

    def get_stage(self) -> ViewBox:
        """The room the opening 3D picture may use, in map coordinates: the frame below the
        title and above the caption strip (the panel is still empty then)."""
        low = self.map.point_to_coords(np.array([-STAGE_HALF_WIDTH, CAPTION_TOP + STAGE_MARGIN,
                                                 0.0]))
        high = self.map.point_to_coords(np.array([STAGE_HALF_WIDTH, STAGE_TOP, 0.0]))
        return ViewBox((float(low[0]), float(high[0]), 1.0), (float(low[1]), float(high[1]), 1.0))

    def get_path_label(self) -> MathTex:
        """"h(x, y) = 0" beside the path, on the side away from the peak, inside the map."""
        label = legible(merged(MathTex(r"h(x, y) = 0", font_size=32, color=PATH_COLOR)))
        label.set_z_index(MAP_LABEL_Z)
        side = -np.sign(float(self.path.value(self.data["peak"])) or 1.0)
        low, high = self.map.get_corner(DL)[:2], self.map.get_corner(UR)[:2]
        # Clear of −∇h and ∇(2h) too (the arrow ∇h becomes), whose tips would run into
        # "−h(x, y) = 0"; sized as the widest of the path's names.
        later = [self.get_arrow(scaled_arrow(*self.h_arrow, factor), NORMAL_COLOR)
                 for factor in (-1.0, 1.0, 2.0)]
        widest = MathTex(r"-h(x, y) = 0", font_size=32)
        # (Review r36: ∇(−h)'s tip still landed on it: a place clear of the arrows with a
        # margin first, else the first inside the map.)
        for margin in (True, False):
            for share in PATH_LABEL_PLACES:
                anchor = point_on_curve(self.path, self.curve,
                                        share * self.curve.arc_length[-1])
                place_clear(widest, to_scene(self.map, anchor),
                            side * self.path.gradient(anchor),
                            [self.trail, *self.rings, *self.tick_numbers(),
                             *later * TICK_WEIGHT], minor=[self.map])
                if (np.all(widest.get_corner(DL)[:2] >= low)
                        and np.all(widest.get_corner(UR)[:2] <= high)
                        and (not margin or self.clear_of_arrows(widest,
                                                                self.later_h_arrows()))):
                    return label.move_to(widest)
        anchor = point_on_curve(self.path, self.curve,
                                PATH_LABEL_PLACES[0] * self.curve.arc_length[-1])
        return self.place_on_map(label, to_scene(self.map, anchor),
                                 side * self.path.gradient(anchor),
                                 [self.trail, *self.rings, *self.tick_numbers()])

    def peak_zone(self) -> VMobject:
        """Layout only: rings round the peak's dot that arrow labels keep out of."""
        centre = self.peak_dot.get_center()
        return VGroup(*(Circle(radius=k * PEAK_ZONE_RADIUS).move_to(centre)
                        for k in (0.5, 1.0)))

    def later_h_arrows(self) -> list[np.ndarray]:
        """The arrows ∇h becomes (∇(−h), ∇(2h)), in scene coordinates (start, end)."""
        return [to_scene(self.map, scaled_arrow(*self.h_arrow, factor))
                for factor in (-1.0, 2.0)]

    @staticmethod
    def clear_of_arrows(label: VMobject, arrows: list[np.ndarray]) -> bool:
        """Whether no arrow's line meets ``label``'s box grown by ARROW_MARGIN (the arrows
        are drawn wide, with their tips)."""
        low, high = box_of(label)
        return not any(segment_meets_box(a[0][:2], a[1][:2], np.asarray(low) - ARROW_MARGIN,
                                         np.asarray(high) + ARROW_MARGIN) for a in arrows)

    def get_crossing_dots(self) -> VGroup:
        """Where the contour through the hiker (at the pause) crosses the path."""
        height = float(self.mountain.value(point_on_curve(self.path, self.curve, self.pause)))
        return VGroup(*(marker(to_scene(self.map, p), LOSS_COLOR, radius=0.07, z_index=ARROW_Z)
                        for p in contour_crossings(self.mountain, self.path, self.curve, height)))

    def get_arrow(self, arrow: tuple[np.ndarray, np.ndarray], color: object, *,
                  z_index: float = ARROW_Z, stroke_width: float = 6) -> Arrow:
        return Arrow(to_scene(self.map, arrow[0]), to_scene(self.map, arrow[1]), buff=0.0,
                     color=color, stroke_width=stroke_width, max_tip_length_to_length_ratio=0.22,
                     max_stroke_width_to_length_ratio=100, z_index=z_index)

    def add_panel_line(self, line: VMobject) -> VMobject:
        line.set_z_index(PANEL_Z)
        above = self.panel_lines[-1] if self.panel_lines else self.profile_group
        line.next_to(above, DOWN, buff=0.3, aligned_edge=LEFT).align_to([PANEL_LEFT, 0, 0], LEFT)
        self.panel_lines.append(line)
        return line

    def place_on_map(self, label: VMobject, anchor: np.ndarray, preferred: np.ndarray,
                     obstacles: list[VMobject], minor: list[VMobject] | None = None
                     ) -> VMobject:
        """`place_clear` the label by ``anchor``, keeping it on the map's square: the preferred
        direction first, then at right angles to it either way, then opposite. ``minor``
        obstacles (besides the map's axes) count a tenth."""
        low, high = self.map.get_corner(DL)[:2], self.map.get_corner(UR)[:2]
        d = np.asarray(preferred, dtype=float)[:2]
        minor = [self.map, *(minor or [])]
        for direction in (d, np.array([-d[1], d[0]]), np.array([d[1], -d[0]]), -d):
            place_clear(label, anchor, direction, obstacles, minor=minor)
            if (np.all(label.get_corner(DL)[:2] >= low)
                    and np.all(label.get_corner(UR)[:2] <= high)):
                return label
        # Nowhere clear inside: the first placement, nudged back onto the square.
        place_clear(label, anchor, d, obstacles, minor=minor)
        shift = (np.maximum(low - label.get_corner(DL)[:2], 0.0)
                 - np.maximum(label.get_corner(UR)[:2] - high, 0.0))
        return label.shift(np.append(shift, 0.0))

    def shown(self, mobject: VMobject) -> bool:
        """Whether ``mobject`` is in the scene, on its own or inside a group (a Conceal of a
        mobject already gone brings it back to fade it out)."""
        return mobject in self.get_mobject_family_members()

    def back_struck_numbers(self) -> None:
        """Layout only: the map's tick numbers whose box holds a point of a drawn contour get
        an opaque dark box under them (a number between contours stays, on its dark outline).
        (Round r86, reviews r84 item 7 and r84b item 7: dropped, they left the map with only
        −2, −1, 3 on each axis, the top hard to place.)"""
        rings = [to_scene(self.map, piece)[:, :2] for level in self.levels
                 for piece in clip_polyline(hill_contour(self.mountain, level), self.view)]
        dense = np.vstack([a + t * (b - a) for ring in rings
                           for a, b in [(ring[:-1], ring[1:])]
                           for t in np.linspace(0.0, 1.0, 8)[:, None, None]]
                          ).reshape(-1, 2)

        # With a margin (round r83, review r82 item 7: contours grazing the y axis's "1" were
        # outside its glyph's box but crossed its outline).
        def struck(tick: VMobject) -> bool:
            low = tick.get_corner(DL)[:2] - STRUCK_MARGIN
            high = tick.get_corner(UR)[:2] + STRUCK_MARGIN
            return bool(np.any(np.all((dense >= low) & (dense <= high), axis=1)))

        for axis in (self.map.x_axis, self.map.y_axis):
            for tick in list(axis.numbers):
                if struck(tick):
                    box = BackgroundRectangle(tick, color=BACKGROUND, fill_opacity=1.0,
                                              buff=TICK_BOX_BUFF, stroke_width=0)
                    box.set_z_index(MAP_LABEL_Z - TICK_BOX_BELOW)
                    axis.add(box)

    def tick_numbers(self) -> list[VMobject]:
        return [*self.map.x_axis.numbers, *self.map.y_axis.numbers]

    @staticmethod
    def arrow_direction(arrow: Arrow) -> np.ndarray:
        direction = (arrow.get_end() - arrow.get_start())[:2]
        return direction / max(float(np.linalg.norm(direction)), 1e-12)

    @staticmethod
    def arrow_direction_of(arrow: np.ndarray) -> np.ndarray:
        direction = np.asarray(arrow[1]) - np.asarray(arrow[0])
        return direction / max(float(np.linalg.norm(direction)), 1e-12)
