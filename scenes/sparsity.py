"""Why corners win, and how often: the lasso's sparsity beyond one example.

    manim render -pql scenes/sparsity.py WhyCornersWin
    manim render -pql scenes/sparsity.py SparsityOdds

The problem is class attributes; a variant is a subclass that overrides them:

    class MyJourney(WhyCornersWin):
        hessian = ((2.0, 0.6), (0.6, 1.0))
        orbit_radius = 2.2

Storyboard of WhyCornersWin, one section per beat:

* setup: one loss beside ridge's circle and the lasso's diamond; the orbit ŵ
  will travel; the touching contours and w* (yellow while a weight is exactly
  0, with a key); a strip under each plot that records the journey.
* travel: ŵ goes once round. Named as they happen, slowed and flashed: the
  lasso's w* reaching a corner, staying there while ŵ moves on, leaving it;
  ridge's w* meeting an axis for a single instant (ŵ holds there). The rest of
  the way goes faster under one caption that counts its arcs and instants.
* tally: the exact shares: the lasso on corners for a share of the way (four
  arcs), ridge at four instants, a share of exactly 0 but not never.
* map: every ŵ coloured by its answer: the lasso's corner wedges and edge
  strips (why a wedge: on a ŵ whose ŵ − w* lies outside N(w*), g = H(ŵ − w*)
  inside it, and H⁻¹ carrying g onto ŵ − w* and the cone onto the wedge),
  ridge's four rays; the orbit's arcs inside the wedges and its
  crossings of the rays are the strips' lit parts.

Storyboard of SparsityOdds:

* sampling: the two balls; ŵ drawn uniformly in a square outside the circle;
  a random H for each loss (random axes, cond(H) up to a bound): a few of
  their ellipses.
* examples: one loss whose touching contour meets a corner (its dot turns
  yellow) and one that meets an edge (blue).
* count: every loss, solved exactly; the dots land and the counters run to
  the full count; the lasso's percentage settles; ridge's count.
* distance: the share of exact zeros ring by ring in ‖ŵ‖₂ / t: the further ŵ
  lies outside the ball, the more often the lasso lands on a corner.

Every coordinate comes from `regmath` (`regmath.sparsity`: the exact journey,
the solution map, the experiment and its rings), and every claim in the words
is chosen by its facts for the data; data a scene cannot show truthfully are
refused in ``setup()``, before the first frame, naming the attribute.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, ClassVar

import numpy as np
from manim import (
    Animation,
    AnimationGroup,
    Arrow,
    DoubleArrow,
    GrowFromCenter,
    BackgroundRectangle,
    GrowArrow,
    Succession,
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    UP,
    Axes,
    Circle,
    Create,
    DashedLine,
    DashedVMobject,
    DecimalNumber,
    Dot,
    Flash,
    LaggedStart,
    Line,
    MathTex,
    Tex,
    Transform,
    ValueTracker,
    VGroup,
    VMobject,
    ManimColor,
    interpolate_color,
    linear,
    smooth,
)
from manim.utils.rate_functions import ease_out_sine, rush_into
from manim.utils.space_ops import rotate_vector

from regmath import Quadratic, Solution, constrained
from regmath.drawing import (
    ball_outline,
    free_direction,
    growth_levels,
    level_set,
    frame_outline,
    normal_cone_wedge,
    view_box,
    ViewBox,
)
from regmath.lens import lens_box, lens_gain
from regmath.framing import clip_polyline
from regmath.hessian_morph import hessian_path, morph_fan, morph_room, morph_tips
from regmath.classic import past_cone_edge
from regmath.sparsity import (
    middle_subgradient,
    square_corners,
    edge_slide,
    Journey,
    JourneyEvent,
    annulus,
    axis_points,
    interval_boxes,
    journey_view,
    l1_solution_regions,
    l2_sparse_rays,
    orbit,
    orbit_arc,
    orbit_journey,
    wedge_openings,
    opening_arc,
    outside_disc,
    ring_shares,
    share_axis_range,
    room_along,
    sample_contour_axes,
    sample_contours,
    sampling_square,
    sparsity_experiment,
    clip_polygon,
    carried_room,
    carried_tips,
    width_chords,
    view_outline,
    stationarity_direction,
    wedge_example,
    wedge_middle,
    subgradient_segment,
    eased_carry,
    eased_tips,
    eased_wedge,
    orbit_sweep_radii,
    outward_sweep_radii,
    orbit_wedge_shares,
)
from scenes.toolkit import palette
from scenes.toolkit.emphasis import Indicate
from scenes.toolkit.motion import sweep
from scenes.toolkit.notation import HINV, number, numbers, point, weight, weight_star
from scenes.toolkit.params import (
    Check,
    InvalidArgumentError,
    changed_first,
    integer,
    number_in,
    positive,
    positive_definite,
    refuse,
)
from scenes.toolkit.readout import Readout, number_format
from scenes.toolkit.reveal import Conceal, Dim, Reveal, Undim
from scenes.toolkit.narration import paced
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import (
    BACKGROUND,
    BALL_COLORS,
    CAPTION_TOP,
    CENTER_COLOR,
    LABEL_Z,
    INSET_STYLE,
    MUTED_COLOR,
    PANEL_LEFT,
    PANEL_RIGHT,
    SOLUTION_COLOR,
    TEXT_COLOR,
    as_direction,
    ball_shape,
    draw_ball,
    filled_polygon,
    legible,
    make_axes,
    make_plot,
    marker,
    place_clear,
    place_label,
    polyline,
    set_pieces,
    to_scene,
)

__all__ = ["WhyCornersWin", "SparsityOdds"]

NORMS = ("l2", "l1")
#: An exact zero: the yellow of the palette's "exact zeros"; both weights nonzero: light blue.
SPARSE_COLOR = palette.NORMAL
DENSE_COLOR = palette.LOSS
#: WhyCornersWin's w* while both weights are nonzero: the blue of the map's "both ≠ 0" from
#: the start (r40 review: a red dot, then a blue region, for one meaning); its contours then
#: take a neutral grey (SparsityOdds' choice), so light blue means "both ≠ 0" only.
BOTH_COLOR = DENSE_COLOR
#: (r54 review 6: the light-blue w* dot read like ŵ's white one) That w* is a blue ring on a
#: dark fill: a shape of its own beside ŵ's filled dot and the big yellow zero.
BOTH_RING_WIDTH = 5.0


def both_ring(dot: VMobject) -> VMobject:
    """Make a marker the ring of a w* with both weights nonzero (fades' opacities kept)."""
    dot.set_fill(BACKGROUND)
    dot.set_stroke(BOTH_COLOR, width=BOTH_RING_WIDTH)
    return dot


CONTOUR_COLOR = palette.MUTED
#: Fills of the solution map, shared by its regions and its key. Opaque enough to read
#: on a projector. (Until r39 the wedges took the lasso's orange, not the yellow of the cone
#: that H⁻¹ carries onto them (a reviewer could not tell the two apart): as composited on
#: black, CAM02-UCS ΔE ≥ 31 against the light-blue strips, ≥ 37 against the diamond's
#: stroke and ≥ 45 against the yellow cone under every Machado (2009) simulation.
# (r40 review: orange meant both "the lasso" and "a wedge") The wedges take the yellow of
# "exact zero", as ridge's rays and the lit arcs do (the cone is violet now, not yellow).
CORNER_FILL = {"fill_color": palette.NORMAL, "fill_opacity": 0.5}
EDGE_FILL = {"fill_color": DENSE_COLOR, "fill_opacity": 0.32}
#: Above the plots' labels (z 5) and tick numbers (z 4): for what never overlaps a plot (the
#: key, the strips, the panels' text) and for marks on the orbit, which tick numbers avoid.
#: Manim redraws every mobject after the first moving one in drawing order, so what is
#: animated late but drawn early would redraw every label in every frame.
TOP_Z = 6
#: Under everything: for what never overlaps anything (the key, the strips, the panel's text),
#: so that animating something else never redraws it; `lifted` raises it while it animates.
BOTTOM_Z = -10
#: The largest cond(H) the sparsity scenes draw: the tangency scenes' limit.
MAX_CONDITION = 1e4
#: The smallest bound on cond(H) SparsityOdds accepts: below it every contour is a circle to
#: the eye (axes 0.5 % apart), nothing turns or bends, and the bound would print as "1.00".
MIN_CONDITION = 1.01


def _finite(low: float, high: float, hint: str, *, low_open: bool = False) -> Check:
    """A finite number in [low, high] (or (low, high]); the message adds ``hint``."""
    inner = number_in(low, high, low_open=low_open)

    def check(value: Any, name: str) -> float:
        try:
            return inner(value, name)
        except InvalidArgumentError as error:
            raise InvalidArgumentError(name, f"{error.problem} ({hint})") from None
    return check


def _whole(low: int, high: int, hint: str) -> Check:
    """A whole number in [low, high]; the message adds ``hint``."""
    inner = integer(low, high)

    def check(value: Any, name: str) -> int:
        try:
            return inner(value, name)
        except InvalidArgumentError as error:
            raise InvalidArgumentError(name, f"{error.problem} ({hint})") from None
    return check


def scatter(axes: Axes, points: np.ndarray, color: Any, *, size: float = 0.024) -> VMobject:
    """One VMobject of small filled discs (markers) centred on the problem points.

    A marker's shape is style, like a `Dot`'s; its centre is the problem point
    mapped through the axes. Each disc is two cubic Bézier halves (handles at
    4/3 of the radius: a circle to within 2 % at 3 pixels across), so 5,000
    markers are 10,000 curves in one mobject, drawn in one fill; 5,000 `Dot`s
    would be 5,000 mobjects of 8 curves each.
    """
    centres = to_scene(axes, np.asarray(points, dtype=float).reshape(-1, 2))
    r, k = size, 4.0 / 3.0 * size
    right, left = np.array([r, 0.0, 0.0]), np.array([-r, 0.0, 0.0])
    up, down = np.array([0.0, k, 0.0]), np.array([0.0, -k, 0.0])
    curve = np.array([right, right + up, left + up, left, left, left + down, right + down, right])
    # Below the axes (z −1), so tick numbers stay readable over thousands of dots.
    mobject = VMobject(stroke_width=0, fill_color=color, fill_opacity=1.0, z_index=-1)
    if len(centres):
        mobject.set_points((centres[:, np.newaxis, :] + curve[np.newaxis]).reshape(-1, 3))
    return mobject


def key_entry(swatch: VMobject, lines: list[str], *, font_size: float = 24) -> VGroup:
    """A key entry: a swatch and its words (LaTeX text mode), one or more left-aligned lines."""
    words = VGroup(*(Tex(line, font_size=font_size, color=TEXT_COLOR) for line in lines))
    words.arrange(DOWN, aligned_edge=LEFT, buff=0.08)
    swatch.next_to(words[0], LEFT, buff=0.15)
    return VGroup(swatch, words)


def key_dot(color: Any, *, ring: bool = True) -> VMobject:
    """A key's dot; WhyCornersWin's "both ≠ 0" w* is a ring (``ring``), SparsityOdds'
    scatter dots are filled whatever their colour, and so are their key's."""
    dot = marker(np.zeros(3), color, radius=0.08)
    return both_ring(dot) if ring and color == BOTH_COLOR else dot


def key_swatch(fill: dict[str, Any]) -> VMobject:
    from manim import Rectangle

    return Rectangle(width=0.34, height=0.24, stroke_color=TEXT_COLOR, stroke_width=1, **fill)


# ======================================================================= journey
PANEL_SIDE = 4.6
#: The two plots: ridge left, lasso right; the key column between them.
# Raised so the bars and their summaries stay well above the caption strip (a two-line
# caption in a player covers more than the strip).
# (r37) Ridge's a little further left: its w₁ label ran into the key column's text.
PANEL_CENTERS = {"l2": np.array([-4.4, 0.72, 0.0]), "l1": np.array([4.15, 0.72, 0.0])}
HEADINGS = {"l2": r"Ridge: $\|w\|_2 \le t$", "l1": r"Lasso: $\|w\|_1 \le t$"}
# (r46 review 6: the conclusion's first line ended 10 px from the lasso's plot) 20 px left.
KEY_LEFT = -1.42
#: The key's and the notes' text (r54 review 1: 24 px tall at 720p, readable at 480p).
KEY_SIZE = 36
#: The plots' tick numbers on their frames (r67 review 1): just over the least read at 480p.
FRAME_NUMBER_SIZE = 25
FRAME_TICK = 0.1
FRAME_NUMBER_GAP = 0.3
KEY_TOP = 3.75
STRIP_WIDTH = 3.8
STRIP_HEIGHT = 0.26
#: ŵ's orbit may be at most this many times the radius: the balls stay readable.
MAX_ORBIT_RATIO = 4.0
#: Samples of the orbit's circle and of a touching contour.
ORBIT_SAMPLES = 181
CONTOUR_SAMPLES = 73  # a 72-gon: within 0.3 px of the ellipse at 1080p
#: A label's distance from its marker, scene units.
LABEL_BUFF = 0.12
#: The least gap between a label and the plot frame it sits in, scene units.
FRAME_INSET = 0.08
#: Seconds the last frame is held after the last caption (a reviewer asked for a longer
#: look at the finished summary; r60 review 1: at 0.5 s the conclusion's last line
#: flashed by). (r65 review 5: with the last words' flares, a still stretch over 3 s)
#: WhyCornersWin's still after its last words, while its conclusion is read.
CLOSING_HOLD = 4.0
#: The normals drawn at a corner (its cone) and at a point of the circle, in units of t.
CONE_LENGTH = 1.1
#: Ridge's instants on its bar: thin lines standing out above and below it (in bar
#: heights), drawn unlike the lasso's filled stretches since an instant has no length.
INSTANT_HEIGHT = 1.9
INSTANT_BASE = -0.45
INSTANT_WIDTH = 6
#: The middle sample of `orbit_arc` (65 samples).
MIDDLE = 32
#: Seconds ridge's w* is shown yellow at an instant it meets an axis (ŵ then moves on).
RIDGE_FLASH = 0.6
#: How far an opening's value may step off its wedge's bisector, first none (r58 review 4:
#: on the bisector "61°" sat on the w₁ axis).
OPENING_SIDES = (0.0, 0.3, -0.3, 0.4, -0.4)
#: How far the dots' and the bars' keys move right, off ridge's w₁ label (r58 review 4).
KEY_NUDGE = 0.3
#: The named arrival at the first corner: its burst, ŵ held through it (r58 review 1).
ARRIVE_FLASH = 1.0
#: How much longer ŵ holds at a named ridge instant (its flash lasts this much longer).
RIDGE_HOLD = 0.1
#: The named exit from the first corner: its flash (as long as the arrival's) and a hold
#: after it, w* still on the corner (r41 review: the exit was neither flashed nor held).
LEAVE_FLASH = 1.0
LEAVE_HOLD = 0.5
#: The rest of the way (after the first corner) goes this much faster than travel_seconds
#: (a reviewer found the same events told again at the same pace slow).
REST_SPEEDUP = 2.0
#: The corners told together as "the same" (r58 review 3): ŵ twice as fast again, and
#: shorter bursts at the arrivals and exits; (r104 review 13: 3–4 chars/s there) 1.5× faster
#: again, the time given to the "why" step's definitions.
SAME_SPEEDUP = 1.875 * REST_SPEEDUP
SAME_FLASH = 0.8
#: ... and ŵ rests this long on each ridge crossing after its flash (r62 review 2).
SAME_RIDGE_PAUSE = 0.6
#: ... and into and out of ridge's instant there, slower (r65 review 3: too fast to follow).
SAME_RIDGE_SPEEDUP = REST_SPEEDUP
#: The flash at each event of the rest of the way (ŵ holds through it).
REST_FLASH = 0.9  # (r40 review: six events went by unmarked at 0.5 s)
#: After a ridge instant ŵ moves on this share of the way to the next named event.
AFTER_INSTANT = 0.35
#: ... and this share of the way to a corner named briefly (r52).
AFTER_TO_CORNER = 0.85
#: A corner arc shorter than this share of the journey (3.6° of the orbit) is a sliver:
#: the words call it so, never "a whole arc" (a lecturer's H = diag(1, 1e-4) gave arcs of
#: 0.001 % that the strip cannot show).
VISIBLE_ARC = 0.01
#: The carried edges' names H⁻¹(±1, 1) keep this far inside the lens's frame (r60 review 4).
CARRIED_INSET = 0.3
#: The swept orbit's live counter "‖ŵ‖₂ = r: x % in wedges" (r60 review 7: 28 read small).
COUNTER_SIZE = 31
#: The least time the first contours take to grow from ŵ to their first contact.
GROWTH_SECONDS = 2.6
#: w* grows by this factor while a weight is exactly 0 (a shape cue besides the colour).
ZERO_SCALE = 1.4
#: The stationarity lines and the conclusion (r55: 30 read small beside the key's 36).
FORMULA_SIZE = 34
#: f's second line set in from its "f(w) =".
FORMULA_INDENT = 0.35
#: Each step of the lens's opening (box, ridge's plot out, pop-out), one at a time (r67 4).
LENS_STEP = 0.5
#: The space kept round the stationarity lines in the key column.
FORMULA_GAP = 0.15
#: How long H⁻¹ takes to carry the normals onto the wedge's (or the ray's) directions.
CARRY_SECONDS = 3.0
#: WhyCornersWin's cone → wedge morph (r40 review: too fast at CARRY_SECONDS, which
#: SparsityOdds' constant of that name below overrides anyway).
WEDGE_CARRY_SECONDS = 3.0
#: g alone carried by H⁻¹ onto ŵ − w*, the beat before the cone (r54 review 2).
G_CARRY_SECONDS = 1.6
#: The wedge's example ŵ: its contour grows to w* for at least this long (seconds).
SAMPLE_GROW_SECONDS = 2.0
#: Where the chords across the first wedge and across the strip beside it are drawn (shares
#: of the room along the wedge's edges, `width_chords`): apart, so the sets never meet.
WEDGE_CHORD_SHARES = (0.3, 0.85)
STRIP_CHORD_SHARES = (0.15, 0.6)
#: The arrowheads of the "why a wedge" step (scene units): small, so they leave w*'s label
#: and the fan readable (a reviewer could barely read w* under the default heads).
ARROW_TIP = 0.2
#: The example ŵ − w* is drawn this share of the cone's radius long: inside the fan's reach,
#: so it reads as outside the cone by its direction, not by its length.
EXAMPLE_REACH = 0.95
#: The orbit sweep's least time (`outward_sweep_radii`): slow, so the share is read as it
#: grows (r38 review). (Not SWEEP_SECONDS: SparsityOdds' constant of that name, below.)
ORBIT_SWEEP_SECONDS = 3.5
#: (r56 review 3b) Ridge's crossings ringed in turn at the tally: the rings' radius.
CROSSING_RING = 0.2
#: The orbit beyond ŵ's (a multiple of its radius) also checked for "a larger orbit lies
#: more in wedges" (the claim rule's).
LARGER_ORBIT = 1.25
#: Ridge's carried normal is turned onto its ray over at least this long (s); its start
#: stays behind at GHOST_OPACITY.
RAY_CARRY_SECONDS = 2.2  # (r57: 4.0; 1 s paid for the slower g·w sweeps; r66: cut)
#: ... and held this long on the ray before the lens closes (r57: MORPH_HOLD, 0.7, before).
RAY_HOLD = 0.4
#: Ridge's lens shows the disc this share of n's length below w*.
RAY_LENS_DEPTH = 0.6
#: ... and draws n up to this many times that length (as the lens allows).
RAY_LENS_REACH = 1.6
GHOST_OPACITY = 0.4
#: How far from its corner the "why a wedge" ŵ lies (`wedge_middle`), in units of t.
MIDDLE_REACH = 0.75
#: g, the element of N(w*) that stationarity names: −∇f(w*), so the gradient's role colour.
G_COLOR = palette.GRADIENT
#: The normal cones and their H⁻¹ images: not the yellow of "exact zero" (a reviewer found
#: yellow meaning five things at once, a yellow cone over yellow arcs); (r40 review: the
#: mint read as ridge's green) the violet of g, the push they hold: neutral, no region's.
CONE_COLOR = palette.GRADIENT
#: (r52 review 3) The lens's cone fill: g's violet lightened, so g reads over it.
CONE_LIGHT = ManimColor(CONE_COLOR).interpolate(ManimColor("#FFFFFF"), 0.35)
#: The "why in N(w*)" beat's push past the cone (a g that is not this ŵ's): red, which no
#: other role takes in this scene (w* is blue or yellow here), and dashed.
PAST_COLOR = palette.SOLUTION
#: The corner's lens (the "why a wedge" step, drawn over ridge's plot, unused then): the
#: normals and their images are drawn this many t long in it, and it opens only where it
#: magnifies at least LENS_MIN_GAIN times (else the step is drawn on the lasso's plot).
LENS_REACH = 0.5
LENS_MARGIN = 0.15
LENS_MIN_GAIN = 1.6
#: In the lens, the cone's edges and g are this share of ŵ − w*'s arrow long.
LENS_CONE_SHARE = 0.32  # (r40) well short of ŵ − w*: its label and the edges' apart
#: (r52 review 3: the lens's edge normals ~15 px at 480p) ... but the cone's two edge arrows
#: this share of ŵ − w*'s arrow, white.
LENS_NORMAL_SHARE = 0.75
#: The lens and what is drawn in it lie above everything on ridge's plot (its z ≤ TOP_Z + 2).
ZOOM_Z = TOP_Z + 4
#: The frames' tick numbers: over the contours, orbits and outlines, under the lenses.
FRAME_NUMBER_Z = TOP_Z + 3
#: The "why in N(w*)" beat: a push turned this far past the cone's edge (degrees), and the
#: slide along the edge it would cause, this share of g's length in the lens. Just past the
#: edge (at (0, 1): 27° from w₁'s axis, a push ∝ (2, 1)), so it reads as a push whose g
#: would have g₂ = 1 and |g₁| > 1 (r103 review 2: at 45° it was horizontal, g₂ = 0).
SLIDE_DEGREES = 18.0
SLIDE_SHARE = 0.3
#: ... and the slide itself takes at least this long (seconds).
SLIDE_SECONDS = 1.5
#: (r56 review 1) The lens's "ŵ − w*" beside its arrow at this share of its length.
OFFSET_NAME_AT = 1.0
#: The drawn cone is held at least this long while its words are read (seconds).
CONE_HOLD = 1.0
#: The largest swept orbit's radius and share are held this long before ridge's map.
SWEPT_HOLD = 2.5
#: The beat on "g ∈ N(w*)" after the slide, before H⁻¹ carries the cone.
SLIDE_BEAT = 0.2
#: "Why a wedge? This ŵ; at left, …" lasts at least this long (seconds), at most this many
#: characters a second: the box and the pop-out play before "at left", the lens under it.
LENS_CUE_SECONDS = 6.0
LENS_CHARS_PER_SECOND = 12.0
#: The derivation's formula cues are read at most this many characters a second.
FORMULA_CHARS_PER_SECOND = 12.0
#: A key step of the derivation rests this long, with no caption, after its words.
KEY_REST = 1.0
#: g steps back to this share of its opacity while the other push is shown.
SLIDE_DIM = 0.4
#: The cone → wedge morph is held this long once it ends (seconds).
MORPH_HOLD = 0.7
#: The wedge turned back into H = I's (the cone) and on to this H's again: each way at least
#: this long (r43 review: "with H = I, a right angle" told, not shown).
MORPH_BACK_SECONDS = 1.5
#: (r56 review 5) This H's wedges keep this share of their opacity while H = I's are shown.
IDENTITY_DIM = 0.08
#: An opening's value keeps this far (scene units) from the orbit and the outlines.
OPENING_MARGIN = 0.2
#: (r49) WhyCornersWin's H = I beat before this H's openings: (r71, review r67 6) the right
#: angle held at least this long once drawn, a quicker carry on, this H's at least ANGLES_HOLD.
ANGLES_IDENTITY_HOLD = 2.5
ANGLES_CARRY_SECONDS = 1.0
ANGLES_HOLD = 2.0
#: The right angle's mark at H = I: its side this share of the cone's edge arrows.
RIGHT_MARK = 0.5
#: (r51) On the small plot the arcs are smaller, and their values just beyond them, so
#: each value sits inside its wedge below the orbit.
OPENING_ARC_PLOT = 0.22
OPENING_BEYOND = 0.05
#: (r50 review 2) A lens's box on the plot it magnifies.
ZOOM_BOX = {"stroke_color": TEXT_COLOR, "stroke_width": 2.5}
OPENING_ARC_LENS = 0.5
#: The orbit sweep goes out to this share of the view's half-width (r43 review: at 0.99 it
#: touched the plot's frame on all four sides).
OUTER_SHARE = 0.96
#: The lasso's bar keeps this share of its opacity while the orbit sweep draws other orbits.
SWEEP_BAR_DIM = 0.25
#: A white flare over a region keeps this far (scene units) inside the plot's frame.
FLARE_INSET = 0.05
#: w*'s label's distance from its dot: a little more than other labels', so that inside the
#: ball it clears the ball's edge (r38 review: on the circle's edge).
STAR_BUFF = 0.2
#: The least gap between w*'s label and the axis or edge beside it (scene units).
STAR_GAP = 0.05
#: The w* dot's radius while a weight is 0 (the larger of its two sizes).
STAR_DOT_REACH = 0.075 * 1.4
#: w*'s label is turned this far off g's direction (radians), away from ŵ.
STAR_OFF_G = np.radians(45.0)
#: ... fully once ŵ − w* is this far (radians) off g's line to one side, less below.
STAR_SIDE_BLEND = np.radians(8.0)
#: Near an axis (w* within this many t of it) w*'s label turns off the axis instead, away
#: from ŵ's side, fully once ŵ is STAR_AXIS_SPAN (units) off the axis (r60 review 2).
STAR_AXIS_NEAR = 0.3
STAR_AXIS_SPAN = 0.12
#: ŵ's label turns this far off the outward direction near an axis (radians), away from it:
#: clear of the axis at its usual distance.
HAT_TURN = np.pi / 4.0
#: ... fully once ŵ is this far (radians) off the axis, less nearer (straight out on it).
HAT_BLEND = np.radians(10.0)


class WhyCornersWin(StoryScene):
    """ŵ travels round the ball: ridge's w* slides, the lasso's sits on corners for whole arcs."""

    hessian: ClassVar[tuple[tuple[float, ...], ...]] = ((1.5, -0.4), (-0.4, 2.5))
    radius: ClassVar[float] = 1.0
    #: ŵ travels once round the circle ‖ŵ‖₂ = orbit_radius (> radius).
    orbit_radius: ClassVar[float] = 1.6
    #: Where ŵ starts on its orbit, as an angle in radians (0.7: about 40°, where the
    #: lasso's w* lies mid-edge, clearly off both corners).
    start_angle: ClassVar[float] = 0.7
    #: The least time one full turn takes: ŵ never moves faster (the words may slow it),
    #: except the rest of the way after the first corner, REST_SPEEDUP times faster.
    travel_seconds: ClassVar[float] = 20.0

    parameters = {
        "hessian": positive_definite(max_condition=MAX_CONDITION),
        "radius": positive(),
        "orbit_radius": positive(),
        "start_angle": _finite(-2.0 * np.pi, 2.0 * np.pi, "an angle in radians: 0.7 is about 40°"),
        "travel_seconds": _finite(4.0, 120.0, "the seconds of one full turn at the fastest"),
    }

    # ------------------------------------------------------------------ data
    def setup(self) -> None:
        super().setup()
        self.t: float = self.data["radius"]
        self.orbit_r: float = self.data["orbit_radius"]
        self.check_orbit()
        self.journey: Journey = orbit_journey(self.data["hessian"], self.t, self.orbit_r,
                                              start_angle=self.data["start_angle"])
        base = Quadratic(center=[0.0, 0.0], hessian=self.data["hessian"])
        self.factors = (base.eigenvalues, base.eigenvectors)
        # Holding every touching contour of the journey (r37 review: cut at the frame).
        self.view = journey_view(self.orbit_r, self.t, self.data["hessian"])
        self.orbit_points = self.journey.center(np.linspace(0.0, 1.0, ORBIT_SAMPLES))
        # No tick number at the view's ends, where ŵ's label passes as ŵ crosses an axis
        # (it would read as ŵ²), nor at ±t, where w* sits on the lasso's corners for whole
        # arcs (its dot and flash would cover the number) and where ridge's circle would push
        # it off its tick; t is in the key, ‖ŵ‖₂ on the orbit.
        # (r37) The view now holds the contours too: none either on the ticks from a step
        # inside the orbit out to the view's end, where ŵ's label passes ("−2" beside ŵ read
        # as ŵ₂).
        step, end = self.view.x_range[2], self.view.x_range[1]
        outer = [value for value in np.arange(step, end + 0.5 * step, step)
                 if value >= self.orbit_r - step]
        clear = {norm: [*axis_points(end), *axis_points(self.t),
                        *(p for value in outer for p in axis_points(value))]
                 for norm in NORMS}
        self.panels = {norm: make_axes(self.view, side=PANEL_SIDE, center=PANEL_CENTERS[norm],
                                       font_size=18, keep_clear=clear[norm],
                                       avoid=[ball_outline(norm, self.t), self.orbit_points])
                       for norm in NORMS}
        self.axes = {norm: group[0] for norm, group in self.panels.items()}
        # A frame round each view: contours are clipped at it, so they end on a line.
        self.plot_frames = {norm: polyline(self.axes[norm], view_outline(self.view),
                                      stroke_color=MUTED_COLOR, stroke_width=1.5,
                                      z_index=BOTTOM_Z) for norm in NORMS}
        # (r67 review 1: no tick numbers, so where ŵ and w* are could not be read) The
        # numbers the axes could not keep, on the frame's bottom and left edges instead, far
        # from the balls, the orbit and their labels; part of the panel (they come and go
        # with it).
        self.frame_numbers = [self.get_frame_numbers(norm) for norm in NORMS]
        for norm, numbers_ in zip(NORMS, self.frame_numbers):
            self.panels[norm].add(numbers_)
        self.progress = ValueTracker(0.0)
        #: The contours' growth from ŵ (level = growth² · f(w*)); 1 once they touch.
        self.growth = ValueTracker(0.0)
        self._state: tuple[float, dict[str, tuple[Quadratic, Solution]]] | None = None
        self.events = self.narrated_events()

    def check_orbit(self) -> None:
        """ŵ's orbit must lie outside both balls, and not so far that the balls shrink away."""
        t, big_r = self.t, self.orbit_r
        name = changed_first(self, "orbit_radius", "radius")
        change = ("make radius smaller than orbit_radius" if name == "radius"
                  else "make orbit_radius larger than radius")
        if big_r <= t:
            raise refuse(name, (
                f"ŵ's orbit ‖ŵ‖₂ = {number(big_r).text} does not lie outside the balls of "
                f"radius t = {number(t).text}: inside ridge's circle w* = ŵ and no contour "
                f"touches, so the journey would not compare the two; {change} (InactiveConstraint "
                "shows a ŵ inside the ball)"))
        if big_r > MAX_ORBIT_RATIO * t:
            change = ("make radius larger" if name == "radius" else "make orbit_radius smaller")
            raise refuse(name, (
                f"orbit_radius = {number(big_r).text} is more than {MAX_ORBIT_RATIO:g} times "
                f"radius = {number(t).text}: the balls would be too small to read next to the "
                f"orbit; {change} (orbit_radius at most {MAX_ORBIT_RATIO:g} × radius)"))

    def state(self) -> dict[str, tuple[Quadratic, Solution]]:
        """The loss at ŵ(progress) and both solutions, solved once per frame."""
        s = self.progress.get_value()
        if self._state is None or self._state[0] != s:
            loss = Quadratic(center=self.journey.center(s), eigenvalues=self.factors[0],
                             eigenvectors=self.factors[1])
            self._state = (s, {norm: (loss, constrained(loss, norm=norm, radius=self.t))
                               for norm in NORMS})
        return self._state[1]

    def narrated_events(self) -> list[JourneyEvent]:
        """The events named one by one: up to the lasso leaving its first corner after arriving
        (which passes the ridge instant inside that corner's arc)."""
        named: list[JourneyEvent] = []
        arrival: JourneyEvent | None = None
        for event in self.journey.events():
            named.append(event)
            if event.kind == "arrive" and arrival is None:
                arrival = event
            elif (event.kind == "leave" and arrival is not None
                  and np.array_equal(event.corner, arrival.corner)):
                break
        return named

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("setup")
        self.show_setup()
        self.next_section("travel")
        self.travel()
        self.next_section("tally")
        self.show_tally()
        self.next_section("map")
        self.show_map()

    # ----------------------------------------------------------------- beats
    def show_setup(self) -> None:
        self.headings = {norm: Tex(HEADINGS[norm], font_size=32, color=BALL_COLORS[norm])
                         .next_to(self.panels[norm], UP, buff=0.12).set_z_index(BOTTOM_Z)
                         for norm in NORMS}
        self.balls = {norm: ball_shape(self.axes[norm], norm, self.t) for norm in NORMS}
        self.key = self.get_key_column()
        tval = number(self.t)
        # The two plots are on screen from the first frame (nothing black under the first
        # caption); (r41 review: f, H and t were there before their words) f, H and t are
        # written as they are named.
        data = self.key["data"]
        # (r48: at most 6 text lines) No "Both plots:": the first words say "two plots, one
        # loss" (it stays in the column's layout, unshown, so the lines below keep their place).
        self.add(*self.panels.values(), *self.plot_frames.values())
        # (r40 review) H named as the loss's curvature, and the two shapes as the "balls"
        # the words call them later.
        # (r48 review 1: "a penalty λ as a ball" named a λ never used; the scene's 43.3 % is
        # for a fixed t, not a fixed λ) Only the constraint the scene uses is named.
        # (r51 review 5: "a ball" said 2 s before the disc) Each ball drawn as it is named.
        # (r54 review 3: the disc at 6 s and the diamond at 8 s, after "a ball" was said at
        # 2 s over empty axes) Both balls drawn as "a ball" is said; each flares with its
        # heading as it is named.
        # (r56 review 7) H named for what it is: f's Hessian (its curvature).
        # (r65 review 6: the constraint's t never linked to the penalty's λ) Said where t is
        # introduced; (r66, a cut round) "Two plots … under a constraint, a ball" said shorter.
        # (r72 review 1, 2: λ named before f + λ‖w‖₁ was, and the picture is for a fixed t, not
        # a fixed λ) No λ here: t said fixed; λ is defined where λg is (`show_scaling`).
        with self.cue("One loss {f}{@f} with Hessian {H}{@axes}, two balls{@ball}: "
                      "{@ridge}ridge's disc {l2} ≤ {t}, {@lasso}the lasso's diamond "
                      "{l1} ≤ {t}, with {@tee}{t} = {tval} throughout.",
                      tval=tval) as cue:
            # (r58 review 2: 0–2 s of bare axes; "the Hessian" named before f was readable)
            # f written and both balls drawn from the first frame; H as it is named, once f
            # has been said.
            with lifted(data[1], data[2]):
                cue.play(Reveal(data[1]), Reveal(data[2]), *draw_ball(self.balls["l2"]),
                         *draw_ball(self.balls["l1"]), run_time=1.2)
            with lifted(data[3]):
                cue.play(Reveal(data[3]), at="f", run_time=0.5)
            for norm, mark in (("l2", "ridge"), ("l1", "lasso")):
                with lifted(self.headings[norm]):
                    cue.play(Reveal(self.headings[norm]),
                             Indicate(self.balls[norm][1], color=BALL_COLORS[norm],
                                      scale_factor=1.05), at=mark)
            # t written in the key as it is said, then pointed at (a still stretch otherwise).
            with lifted(data[4]):
                cue.play(Reveal(data[4]), at="tee", run_time=0.5)
                cue.play(Indicate(data[4], color=TEXT_COLOR), until=cue.END)
        self.orbits = {norm: polyline(self.axes[norm], self.orbit_points, stroke_color=CENTER_COLOR,
                                      stroke_width=2, stroke_opacity=0.55) for norm in NORMS}
        self.centers = {norm: self.get_center(norm) for norm in NORMS}
        # Where the journey starts and ends, marked for good: the bars run from here.
        self.start_marks = {norm: marker(to_scene(self.axes[norm], self.journey.center(0.0)),
                                         MUTED_COLOR, radius=0.05) for norm in NORMS}
        # (r37) No "start" beside the mark: the grown contour crossed it for 18 s, and the
        # bars' "start" names the place (fewer text lines); the mark flares as it is named.
        self.contours = {norm: self.get_contour(norm) for norm in NORMS}
        # (r65 review 4: "this orbit … from here" said 2–4 s before either was drawn) ŵ from
        # the cue's first frame, flared as "here" is said; the orbit drawn from there round
        # as it is named. (r65 review 1: its "‖ŵ‖₂ = 1.6" labels small) No label: the words
        # say the radius.
        with self.cue("{w_hat} comes from noisy data: let it start here{@start} and travel "
                      "round this orbit{@orbit}, ‖ŵ‖₂ = {big_r}.", big_r=number(self.orbit_r),
                      spoken="w-hat comes from noisy data: let it start here{@start} and travel "
                      "round this orbit{@orbit}, of radius {big_r}.") as cue:
            cue.play(*(Reveal(c) for c in self.centers.values()),
                     *(Reveal(m) for m in self.start_marks.values()), run_time=0.5)
            cue.play(*(Indicate(c[0], color=CENTER_COLOR) for c in self.centers.values()),
                     until="start")
            # (Under the labels: its rays struck ŵ's label.)
            cue.play(*(under_labels(flash(m, MUTED_COLOR, flash_radius=0.25, line_length=0.12))
                       for m in self.start_marks.values()), run_time=0.6)
            cue.play(*(Create(o) for o in self.orbits.values()), until=cue.END)
        self.solutions = {norm: self.get_solution(norm) for norm in NORMS}
        # (r41 review: "for some λ" named a λ never shown nor used again) The penalised
        # problem is left to the scenes that draw it: this one needs only the ball.
        with self.cue("For each {w_hat}{@grow}, grow a contour of {f} from it until it first "
                      "touches the ball{@touch}: there is the solution{@solution} {w_star}."
                      ) as cue:
            cue.wait_until("grow")
            self.add(*self.contours.values())
            # Slowly, easing out into the first contact, which the flash below marks.
            with self.following(*self.contours.values()):
                # (r66 layout: the growing contours struck ŵ's label) Its label over them.
                sweep(self, self.growth, 1.0, *self.contours.values(),
                      over=[part for c in self.centers.values() for part in c[1:]],
                      run_time=max(GROWTH_SECONDS, cue.until("touch")), rate_func=ease_out_sine)
            # w* appears the moment the contours stop, marked as it happens; its key with the
            # words that name it.
            # (r66 layout: the contour showed through w*'s label for 1.6 s as it faded in)
            # In at once, then flared.
            cue.play(*(Reveal(s) for s in self.solutions.values()), run_time=0.3)
            cue.play(*(under_labels(flash(s[0], BOTH_COLOR, flash_radius=0.3,
                                          line_length=0.15))
                       for s in self.solutions.values()), until="solution")
            with lifted(self.key["dots"][0]):
                cue.play(Reveal(self.key["dots"][0]), at="solution", until=cue.END)
        # The yellow key and the bars with their key in one cue (the set-up kept short).
        self.strips = {norm: self.get_strip(norm) for norm in NORMS}
        # Both colours of w* said (a reviewer found the red one never spoken). (r37) Three
        # cues, so each caption comes up with the key it names (the yellow one showed 2 s
        # ahead of its key under one caption).
        # (r56 review 3a: 11.6 s of frozen plots while the key was built) Both dots' key in
        # one cue, each with its dots flaring on the plots.
        # (r62 review 2, 8: the key's hold long; "a blue dot" is a ring) Said shorter, as drawn.
        with self.cue("Blue ring{@red}: both weights nonzero; yellow dot{@yellow}: an exact 0; "
                      + self.start_words()) as cue:
            red = [n for n in NORMS if self.journey.zero(n, 0.0) is None]
            with lifted(self.key["dots"][0]):
                # The red dots on the plots flare with their key (r36 review: a still).
                # (r38 review) In its own colour: manim's default yellow is the zero's.
                cue.play(Indicate(self.key["dots"][0], color=BOTH_COLOR),
                         *(under_labels(flash(self.solutions[n][0], BOTH_COLOR,
                                              flash_radius=0.3, line_length=0.15))
                           for n in red), at="red", until="yellow")
            with lifted(self.key["dots"][1]):
                cue.play(Reveal(self.key["dots"][1]), at="yellow", until="now")
            zeros = [n for n in NORMS if self.journey.zero(n, 0.0) is not None]
            marked = zeros or list(NORMS)  # the yellow ones, or both red ones ("neither")
            # Stretched to the next words (a still stretch over 4 s otherwise).
            cue.play(*(Indicate(self.solutions[n][0], color=SPARSE_COLOR if zeros
                                else BOTH_COLOR) for n in marked), at="now", until=cue.END)
        # (r58 review 2: 13 s of still plots while the keys were built) The bars' words open
        # the journey: ŵ sets off as they come up (`travel`).

    def start_words(self) -> str:
        """What the two solutions are at the start, decided by the journey's facts."""
        lasso, ridge = self.journey.lasso_zero(0.0), self.journey.ridge_zero(0.0)
        if lasso is not None and ridge is not None:
            return "both are yellow at the start{@now}."
        if lasso is not None:
            corner = point(next(r.corner for r in self.journey.runs if r.contains(0.0)))
            return f"the lasso's is yellow at the start{{@now}}, on the corner {corner.text}."
        if ridge is not None:
            return "ridge's is yellow at the start{@now}, on an axis."
        return "neither is yellow at the start{@now}."

    def travel(self) -> None:
        # The strips' parts that change: the lasso's lit arcs, ridge's instants, both cursors;
        # and a lasting tick on ridge's orbit at each crossing passed.
        self.crossing_ticks = self.get_crossing_ticks()
        self.add(self.crossing_ticks)
        # The lasso's orbit painted yellow live along the arcs where w* sits on a corner (the
        # bar's lit parts, drawn where ŵ is).
        self.painted = self.get_painted_arcs()
        self.add(self.painted)
        self.followers = [*self.contours.values(), *self.centers.values(),
                          *self.solutions.values(), self.strips["l1"][1], self.strips["l2"][2],
                          self.strips["l1"][3], self.strips["l2"][3], self.crossing_ticks,
                          self.painted]
        # The first events are named one by one as they happen; the rest of the way goes on
        # under one caption (a reviewer found the same words at every corner slow).
        events = self.events + self.rest_events()
        for k, event in enumerate(self.events):
            template, values = self.event_words(event)
            if k == 0:
                # (r58 review 1–2) The bars come up with ŵ's first steps, and the first event
                # falls under its own words, w* landing as "reaches the corner" is said.
                # (r61: seconds for the longer end hold) Said shorter.
                template = ("{w_hat} sets off{@go}: each bar below lights up where its "
                            "{w_star} is yellow. " + template)
            with self.cue(template, **values) as cue:
                if k == 0:
                    with lifted(*self.strips.values(), self.key["strip"]):
                        # (r67 review 7: the middle column crowded) f's formula has done
                        # its job (the contours are drawn): it leaves as the bars' key comes.
                        cue.play(*(Reveal(s) for s in self.strips.values()),
                                 Reveal(self.key["strip"]), Conceal(self.key["data"][1]),
                                 run_time=0.6)
                    # ŵ's label passes the orbit's: the orbit is known now, its label goes;
                    # "start" too (the contours would cross it; the grey mark and the bars'
                    # "start" keep the place).
                    # (r37: at most 6 text lines) "Both plots:" and "ŵ: where f is least"
                    # have done their job; (r41 review: the "why" step needs f) f's line stays,
                    # with H and t.
                    # (r45 review) ŵ's definition and t stay: used to the end.
                # (r38 review) Into a ridge instant without easing: a slow smooth approach
                # read as ŵ parked on the crossing while w* was still (rightly) red.
                self.advance(event.progress, cue.until("event"),
                             ease=rush_into if event.kind == "ridge" else True)
                if event.kind == "ridge":
                    # An instant: ŵ holds exactly there, w* yellow on the axis, through a long
                    # flash and the rest of the words (r38 review: yellow for the whole hold),
                    # then moves on at once (no easing, so w* leaves the axis as it turns red).
                    cue.play(self.event_flash(event, run_time=RIDGE_FLASH + RIDGE_HOLD))
                    # (r54 review 4: yellow for 3 s under "this single instant only") No
                    # hold after the flash: ŵ moves on at once under the rest of the words.
                    rest = cue.until(cue.END)
                    self.advance(self.after_event(events, k), rest, ease=False)
                elif event.kind == "leave":
                    # At the exit (the end of the painted arc) w* is still on the corner: the
                    # flash plays there, and as ŵ moves off at once under "both weights nonzero
                    # again", w* turns red onto the edge and the orbit's paint stops.
                    # (r41 review: the exit went by unmarked) Flashed as long as the arrival
                    # and held a moment, as the arrival and ridge's instant are.
                    cue.play(self.event_flash(event, run_time=LEAVE_FLASH))
                    self.wait(LEAVE_HOLD)
                    self.advance(self.after_event(events, k), cue.until(cue.END), ease=False)
                else:
                    # (r58 review 1) The arrival burst as long as ridge's, ŵ held through it;
                    # then ŵ creeps on under the rest of the words, w* staying on the corner
                    # (a 3 s still otherwise).
                    cue.play(self.event_flash(event, run_time=ARRIVE_FLASH))
                    self.advance(self.after_event(events, k), cue.until(cue.END))
        # (r46 review 8: 17 s of arcs and instants under one caption) The rest of the way
        # a short cue per corner, each arc and ridge instant named as it happens.
        rest = self.rest_events()
        groups = self.rest_groups(rest)
        same = self.same_groups(groups)
        for group in groups[:len(groups) - len(same)]:
            template, values = self.rest_words(group)
            with self.cue(template, **values) as cue:
                # At the pace travel_seconds sets (or slower, to meet the words), stopping
                # only for each event's flash.
                for k, event in enumerate(group):
                    self.advance(event.progress, cue.until(f"e{k}"), ease=False,
                                 speedup=REST_SPEEDUP)
                    # A ridge instant held as long as the named one (r38 review: its yellow
                    # w* went by in half a second).
                    cue.play(self.event_flash(event, run_time=RIDGE_FLASH + RIDGE_HOLD
                                              if event.kind == "ridge" else REST_FLASH))
                # On under the rest of the words, part of the way to the next event.
                k = events.index(group[-1])
                self.advance(self.after_event(events, k), cue.until(cue.END), ease=False,
                             speedup=REST_SPEEDUP)
        if same:
            # (r58 review 3: the same words three times, 22 s) The corners that repeat the
            # one just told, each under a short line of its own (r67 review 2: two corners in
            # one caption at 60–69 s were rushed), ŵ a little faster than before, each event
            # still flashed.
            # (r65 review 3: two arcs and two instants went by unnamed under one line) Each
            # arrival named on screen as it happens, under the lasso's bar, until w* leaves.
            names = [self.arrival_name(group[0]) for group in same]
            for k, group in enumerate(same):
                words = "The same at {corner}{@c}." if k == 0 else "And again at {corner}{@c}."
                with self.cue(words, corner=point(group[0].corner)) as cue:
                    for event in group:
                        wait = cue.until("c") if event.kind == "arrive" else 0.0
                        # (r65 review 3) Slower into and out of ridge's instant.
                        slow = event.kind in ("ridge", "leave")
                        self.advance(event.progress, wait, ease=False,
                                     speedup=SAME_RIDGE_SPEEDUP if slow else SAME_SPEEDUP)
                        named = ([Reveal(names[k])] if event.kind == "arrive"
                                 else [Conceal(names[k])] if event.kind == "leave" else [])
                        with lifted(names[k]):
                            cue.play(self.event_flash(event, run_time=RIDGE_FLASH + RIDGE_HOLD
                                                      if event.kind == "ridge" else SAME_FLASH),
                                     *named)
                        if event.kind == "ridge":
                            # (r62 review 2: ridge's instants here went by in well under a
                            # second) ŵ rests on the crossing a moment after the flash,
                            # w* yellow on the axis.
                            self.wait(SAME_RIDGE_PAUSE)
                    self.advance(self.after_event(events, events.index(group[-1])),
                                 cue.until(cue.END), ease=False, speedup=SAME_SPEEDUP)
        if not rest:
            with self.cue("The lasso's {w_star} goes on round{@same}, off its corners.") as cue:
                # (r37) Home under these words: "back at the start" came 1–2 s before ŵ did.
                self.advance(1.0, cue.until(cue.END), speedup=REST_SPEEDUP)
        # (r56 review 3b: 20 s of summary) Shorter words: the bars flare as ŵ is home.
        with self.cue("{w_hat} is back at the start{@end}{@bars}.") as cue:
            self.advance(1.0, cue.until("end"))
            # ŵ's dots pulse as they are there (no flash: its lines crossed ŵ's label), then
            # the finished bars.
            cue.play(*(Indicate(c[0], color=CENTER_COLOR) for c in self.centers.values()),
                     until="bars")
            with lifted(*self.strips.values()):
                cue.play(*self.strip_pulses("l1"), *self.strip_pulses("l2"), at="bars",
                         until=cue.END)

    def rest_groups(self, rest: list[JourneyEvent]) -> list[list[JourneyEvent]]:
        """The events after the ones named in full, one group per corner reached (with the
        ridge instants and the leaving inside its arc); a ridge instant between arcs on its
        own."""
        groups: list[list[JourneyEvent]] = []
        for event in rest:
            if (not groups or event.kind == "arrive"
                    or (event.kind == "ridge" and groups[-1][-1].kind == "leave")):
                groups.append([])
            groups[-1].append(event)
        return groups

    def same_groups(self, groups: list[list[JourneyEvent]]) -> list[list[JourneyEvent]]:
        """The groups after the first that repeat it (a visible arc with one ridge instant
        inside it, then the lasso leaving), told together in one line; none unless every
        group after the first does."""
        def whole(group: list[JourneyEvent]) -> bool:
            if [e.kind for e in group] != ["arrive", "ridge", "leave"]:
                return False
            run = next((r for r in self.journey.runs if np.array_equal(r.corner, group[0].corner)
                        and r.contains(group[1].progress)), None)
            return run is not None and run.length >= VISIBLE_ARC
        if len(groups) < 2 or not all(whole(group) for group in groups):
            return []
        return groups[1:]

    def arrival_name(self, event: JourneyEvent) -> VMobject:
        """"(0, −1): w₂* = 0" under the lasso's bar, for a corner reached (hidden)."""
        corner, zero = point(event.corner), weight_star(event.zero_weight)
        name = MathTex(corner.tex + r"\text{: }" + zero.tex + " = 0", font_size=KEY_SIZE,
                       color=SPARSE_COLOR)
        return name.next_to(self.strips["l1"], DOWN, buff=0.15).set_z_index(BOTTOM_Z)

    def rest_words(self, group: list[JourneyEvent]) -> tuple[str, dict[str, object]]:
        """One short caption for a group of events, each named at its bookmark ``e{k}``."""
        parts, values = [], {}
        for k, event in enumerate(group):
            if event.kind == "arrive":
                values[f"corner{k}"] = point(event.corner)
                values[f"zero{k}"] = weight_star(event.zero_weight)
                parts.append(f"corner {{corner{k}}}{{@e{k}}}: {{zero{k}}} = 0")
            elif event.kind == "ridge":
                values[f"axis{k}"] = weight(1 - event.zero_weight)
                parts.append(f"ridge's {{w_star}} on the {{axis{k}}} axis{{@e{k}}}, an instant")
            else:
                # (r51 review 8, r53 review 4: "then off" read as ridge's leaving) Every
                # exit names the lasso's w*.
                parts.append(f"then the lasso's {{w_star}} leaves{{@e{k}}}")
        words = "; ".join(parts) + "."
        return words[0].upper() + words[1:], values

    def rest_events(self) -> list[JourneyEvent]:
        """The events after the ones named in full, up to the end of the journey."""
        last = self.events[-1].progress
        return [e for e in self.journey.events() if e.progress > last]

    def get_painted_arcs(self) -> VMobject:
        """The lasso's orbit, yellow along the parts of its corner arcs ŵ has travelled
        (`Journey.lit`, drawn by `orbit_arc`), under ŵ's dot."""
        axes = self.axes["l1"]
        painted = VMobject(stroke_color=SPARSE_COLOR, stroke_width=5, z_index=2)
        drawn: dict[str, Any] = {"lit": None}

        def follow(mobject: VMobject) -> None:
            lit = self.journey.lit(self.progress.get_value())
            if lit != drawn["lit"]:
                drawn["lit"] = lit
                set_pieces(mobject, axes, [orbit_arc(self.journey, a, b) for a, b in lit
                                           if b > a])

        return self.follower(painted, follow)

    def get_crossing_ticks(self) -> VGroup:
        """A lasting yellow tick on ridge's orbit at each crossing ŵ has passed."""
        axes = self.axes["l2"]
        ticks = VGroup(*(marker(to_scene(axes, c.point), SPARSE_COLOR, radius=0.055)
                         for c in self.journey.crossings)).set_z_index(2)  # under ŵ
        shown: dict[str, Any] = {"passed": None}

        def follow(group: VGroup) -> None:
            passed = len(self.journey.passed(self.progress.get_value()))
            if passed != shown["passed"]:
                shown["passed"] = passed
                for i, tick in enumerate(group):
                    tick.set_opacity(1.0 if i < passed else 0.0)

        return self.follower(ticks, follow)

    def event_words(self, event: JourneyEvent) -> tuple[str, dict[str, object]]:
        """The caption of one event named in full, by its kind (with the bookmark ``event``)."""
        values: dict[str, object] = {"corner": point(event.corner),
                                     "zero": weight_star(event.zero_weight),
                                     "axis": weight(1 - event.zero_weight)}
        if event.kind == "arrive":
            # (r66, a cut round) No "Watch …:".
            return ("The lasso's {w_star} reaches the corner {corner}{@event}, where "
                    "{zero} = 0 exactly.", values)
        if event.kind == "leave":
            if any(e.kind == "arrive" and e.progress < event.progress
                   and np.array_equal(e.corner, event.corner) for e in self.events):
                run = next(r for r in self.journey.runs if np.array_equal(r.corner, event.corner)
                           and np.isclose(r.stop, event.progress, rtol=0.0, atol=1e-12))
                if run.length < VISIBLE_ARC:
                    values["sliver"] = number(100.0 * run.length)
                    # Said short: ŵ barely moves between arriving and leaving, so the
                    # words before the event would be a hold.
                    return ("It leaves at once{@event}: a sliver, {sliver} % of the orbit; "
                            "both weights{@off} nonzero again.", values)
                return ("The lasso's {w_star} stays on its corner while {w_hat} moves on, a whole "
                        "arc of the orbit, and leaves it here{@event}: both weights{@off} nonzero "
                        "again.", values)
            return ("The lasso's {w_star} starts on the corner {corner}, where {zero} = 0, and "
                    "stays there while {w_hat} moves, until here{@event}: then it slides{@off} "
                    "onto an edge, both weights nonzero.", values)
        return ("Ridge's {w_star} meets the {axis} axis here{@event}: {zero} = 0 for this single "
                "instant only.", values)

    def event_flash(self, event: JourneyEvent, **kwargs: Any) -> Animation:
        norm = "l2" if event.kind == "ridge" else "l1"
        color = BOTH_COLOR if event.kind == "leave" else SPARSE_COLOR
        animation = flash(self.solutions[norm][0], color, **kwargs)
        # (r46 review 6: the burst's rays ran over w*'s label) Under the labels, whose dark
        # outline then cuts the rays that reach them.
        animation.mobject.set_z_index(LABEL_Z - 1)
        return animation

    def after_event(self, events: list[JourneyEvent], k: int) -> float:
        """Where ŵ stops after the ``k``-th event (a ridge instant or a corner left): part of
        the way to the next event (or to the end), so the next words still have a way to go;
        all the way when the next event is one named briefly (its words start at it)."""
        here = events[k].progress
        upto = events[k + 1].progress if k + 1 < len(events) else 1.0
        # (r52 review 5: "Corner (−1, 0)" said 1.4 s before w* got there) Most of the way
        # to a corner named briefly, whose caption then starts as w* arrives.
        if (k + 1 < len(events) and k + 1 >= len(self.events)
                and events[k + 1].kind == "arrive"):
            return here + AFTER_TO_CORNER * (upto - here)
        return here + AFTER_INSTANT * (upto - here)

    def advance(self, target: float, seconds: float, *, ease: bool | Any = True,
                speedup: float = 1.0) -> None:
        """Move ŵ to progress ``target``, over at least ``seconds`` (and no faster than the
        pace travel_seconds sets), easing into the event there (``ease``), or moving off at
        once at the pace of the whole way (after an event); or at the rate function ``ease``."""
        now = self.progress.get_value()
        with self.following(*self.followers):
            if target > now:
                seconds = max(seconds, self.data["travel_seconds"] * (target - now) / speedup)
                # The frames' tick numbers stay over the contours as they pass.
                sweep(self, self.progress, target, *self.followers, run_time=seconds,
                      rate_func=smooth if ease is True else linear if ease is False else ease,
                      over=self.frame_numbers)
            # Exactly the event's progress (an animation ends within a rounding of it), so
            # the exact facts of that instant (a ridge crossing) apply to the frame shown.
            self.progress.set_value(target)

    def show_tally(self) -> None:
        share = number(100.0 * self.journey.lasso_share)
        arcs = len(self.journey.runs)
        slivers = sum(1 for run in self.journey.runs if run.length < VISIBLE_ARC)
        instants = len(self.journey.crossings)
        # Arcs too thin for the strip are counted as slivers, so "4 arcs" never sits over
        # two lit stretches.
        # ("of the way" dropped then: the line would run off the frame.)
        counted = f"{arcs} arcs ({slivers} thin)" if slivers else f"{arcs} arcs"
        # (r54 review 1: 15 px tall, grey) KEY_SIZE in white, "of the way" on a second line
        # (one line at that size ran off the frame).
        def summary(first: str, rest: bool) -> VGroup:
            lines = [MathTex(first, font_size=KEY_SIZE, color=TEXT_COLOR)]
            if rest:
                lines.append(MathTex(r"\text{of the way}", font_size=KEY_SIZE, color=TEXT_COLOR))
            group = VGroup(*lines).arrange(DOWN, buff=0.1)
            # No wider than a plot (a long count, "4 arcs (2 thin)", would leave the frame).
            return group.scale(min(1.0, PANEL_SIDE / group.width))

        # (r65 review 2: 9 text items at 74–84 s) Each bar's share alone, "43.3 %" and
        # "0 %" (the words count the arcs and instants); slivers still counted on screen.
        self.summaries = {
            "l1": (summary(rf"\text{{exact }}0\text{{ on {counted}: }}{share.tex}\%", False)
                   if slivers else summary(rf"{share.tex}\,\%", False)),
            "l2": summary(r"0\%", False),
        }
        for norm, line in self.summaries.items():
            # Under the bar itself (r55: two lines under it reached the caption strip).
            line.next_to(self.strips[norm], DOWN, buff=0.15).set_z_index(BOTTOM_Z)
        # (r65 review 2) f's formula, the dots' key and the bar's key have done their job:
        # they leave as the bars are summed up.
        ends = [self.key["dots"], self.key["strip"]]
        arc_words = ("{arcs} arcs, {@thin}{slivers} of them slivers too thin to see" if slivers
                     else "{arcs} whole arcs")
        with self.cue("The lasso's {w_star}{@round} had an exact zero on "
                      + arc_words + ": {@lasso}{share} % of the journey.", arcs=arcs,
                      slivers=slivers, share=share) as cue:
            # The spent keys leave first; the summary comes as its share is said, below
            # (r40 review: 1.4 s after it; r43: written at the cue's start, 3.7 s before it).
            cue.play(*(Conceal(m) for m in ends), run_time=0.5)
            # (r37) The arcs counted one by one on the lasso's orbit as the words count them,
            # with the bar's lit stretches (a reviewer saw nothing move for 16 s here); the
            # summary line comes with the share it writes.
            with lifted(self.strips["l1"]):
                cue.play(*self.strip_pulses("l1"),
                         LaggedStart(*(pulse(self.axes["l1"],
                                             orbit_arc(self.journey, run.start, run.stop),
                                             color=SPARSE_COLOR)
                                       for run in self.journey.runs), lag_ratio=0.75),
                         at="round", until="thin" if slivers else "lasso")
            with lifted(self.summaries["l1"]):
                # Written, then pointed at, as the count is said (the thin count, or the share).
                cue.play(Reveal(self.summaries["l1"]), at="thin" if slivers else "lasso",
                         run_time=0.5)
                cue.play(Indicate(self.summaries["l1"], color=SPARSE_COLOR, scale_factor=1.05),
                         until=cue.END)
        # (r56 review 3b: its line came 2.5 s after its words; one crossing ringed) The
        # line written as the words start, and each crossing ringed in turn as they count.
        rings = VGroup(*(Circle(radius=CROSSING_RING, color=SPARSE_COLOR, stroke_width=3)
                         .move_to(tick.get_center()) for tick in self.crossing_ticks))
        rings.set_z_index(TOP_Z)
        # (r60 review 5: the rings marked ŵ, beside the axes, under "on an axis", said of w*)
        # Each ringed ŵ linked to its w* on the axis (`RayCrossing.axis_point`), marked there.
        axes2 = self.axes["l2"]
        links = VGroup(*(VGroup(DashedLine(to_scene(axes2, c.point),
                                           to_scene(axes2, c.axis_point), color=SPARSE_COLOR,
                                           stroke_width=3, dash_length=0.06),
                                marker(to_scene(axes2, c.axis_point), SPARSE_COLOR,
                                       radius=0.06))
                         for c in self.journey.crossings)).set_z_index(TOP_Z)
        with self.cue("Ridge's had one at {instants} single instants{@ridge}: "
                      "0 % of the journey{@zero}, {@never}though not never.",
                      instants=instants) as cue:
            with lifted(self.summaries["l2"]):
                cue.play(Reveal(self.summaries["l2"]), run_time=0.5)
            with lifted(self.strips["l2"]):
                # And ridge's crossings on its orbit, one by one, with its bar's instants.
                cue.play(*self.strip_pulses("l2"),
                         LaggedStart(*(AnimationGroup(Create(ring), Create(link[0]),
                                                      Reveal(link[1]))
                                       for ring, link in zip(rings, links)), lag_ratio=0.6),
                         until="zero")
            with lifted(self.strips["l2"], self.summaries["l2"]):
                cue.play(*self.strip_pulses("l2"), Indicate(self.summaries["l2"],
                                                            color=TEXT_COLOR),
                         at="never", until=cue.END)
            cue.play(Conceal(rings), Conceal(links), run_time=0.3)

    def show_map(self) -> None:
        regions = l1_solution_regions(self.journey.hessian, self.t, self.view)
        axes1, axes2 = self.axes["l1"], self.axes["l2"]
        wedges = VGroup(*(filled_polygon(axes1, r.polygon, stroke_width=0, z_index=-2,
                                         **CORNER_FILL) for r in regions if r.kind == "corner"))
        bands = VGroup(*(filled_polygon(axes1, r.polygon, stroke_width=0, z_index=-2,
                                        **EDGE_FILL) for r in regions if r.kind == "edge"))
        outside = VGroup(*(filled_polygon(axes2, piece, stroke_width=0, z_index=-2, **EDGE_FILL)
                           for piece in outside_disc(self.t, self.view)))
        rays = VGroup(*(polyline(axes2, segment, stroke_color=SPARSE_COLOR, stroke_width=3)
                        for segment in l2_sparse_rays(self.journey.hessian, self.t, self.view)))
        arcs = VGroup(*(legible_line(polyline(axes1, orbit_arc(self.journey, run.start,
                                                                run.stop),
                                              stroke_color=SPARSE_COLOR, stroke_width=6),
                                     z_index=TOP_Z)
                        for run in self.journey.runs))
        crossings = VGroup(*(marker(to_scene(axes2, c.point), SPARSE_COLOR, radius=0.09)
                             for c in self.journey.crossings)).set_z_index(TOP_Z)
        # (A group's own z counts too: at 0 it would be the first "moving" mobject.)
        arcs.set_z_index(TOP_Z)
        corners = [to_scene(axes1, run.corner) for run in self.journey.runs]
        movers = [*self.contours.values(), *self.solutions.values(), *self.centers.values()]
        share = number(100.0 * self.journey.lasso_share)
        # Only the diamond's map is coloured next (ridge's rays come later): a reviewer read
        # "each ball … inside, w* = ŵ" over a picture that showed neither. The wedges fill
        # as "colour" is said, while the journey fades (a reviewer saw the words run 5 s
        # ahead of the colouring).
        # (r51 review 5: "colour every ŵ" while only the wedges were coloured) What is
        # coloured now is said: the strips follow with their own words.
        # One ŵ of each kind, its contour drawn to where it touches: in a wedge, the ŵ that
        # shows why H⁻¹ is needed (ŵ − w* outside the corner's normal cone, inside its wedge;
        # `wedge_example`), or, if H⁻¹ turns no normal outward, the middle of the first
        # corner's arc; in a strip, the middle of the orbit's way from that arc to the next.
        # (r37) The wedge's ŵ in its middle (g along the cone's bisector, ŵ − w* = H⁻¹g:
        # `wedge_middle`), so g, ŵ − w* and the edge normals fan apart instead of piling up.
        first, second = self.journey.runs[0], self.journey.runs[1 % len(self.journey.runs)]
        wedge_center, self.why_g = wedge_middle(self.journey.hessian, first.corner, self.view,
                                                length=MIDDLE_REACH * self.t)
        in_wedge = self.map_sample(wedge_center)
        in_band = self.map_sample(orbit_arc(self.journey, first.stop, second.start)[MIDDLE])
        # (r66, a cut round: "Now colour each ŵ …" had a beat of its own) One beat: the
        # journey fades as the wedges are coloured, then one ŵ in a wedge.
        with self.cue("Now{@map} colour the lasso's map: {@hat}a {w_hat} in a yellow wedge puts "
                      "{w_star} on that corner{@corner}: a weight exactly 0.") as cue:
            # The one journey fades out; the dots' key went with the tally.
            # t too (r42: fewer text lines; the map needs f and H, not t's value).
            with lifted(self.key["map"][0]):
                # (r67 review 9: the balls' shaded insides were never explained in the map)
                # Their fills go: only the wedges, strips and rays the key names are coloured.
                cue.play(*(Conceal(m) for m in movers),
                         *(Conceal(self.balls[norm][0]) for norm in NORMS),
                         *(Conceal(m) for m in self.summaries.values()),
                         *(Conceal(m) for m in self.start_marks.values()),
                         Reveal(wedges), Reveal(self.key["map"][0]), at="map", run_time=1.0)
                cue.play(*(pulse(axes1, self.flare_outline(r.polygon))
                           for r in regions if r.kind == "corner"), until="hat")
            # (r38 review: ŵ came 3 s after its words) As "a ŵ" is said.
            # (r50 layout: the growing contour ran through ŵ's label) The dot as "a ŵ" is
            # said, its label once the contour has grown past it.
            cue.play(Reveal(in_wedge[0][0]), run_time=0.5)
            # (r66: in the merged two-part caption "corner" falls early; the growth ran
            # 0.2 s, then a 2.6 s still) At least SAMPLE_GROW_SECONDS.
            in_wedge[1].growing.grow(cue, run_time=max(SAMPLE_GROW_SECONDS,
                                                       cue.until("corner")))
            cue.play(Reveal(in_wedge[2]), Reveal(in_wedge[0][1]),
                     flash(in_wedge[2][0], SPARSE_COLOR))
        with self.cue("In a blue strip{@band}, {w_star} lands on an edge{@edge}: both weights "
                      "nonzero.") as cue:
            with lifted(self.key["map"][1]):
                cue.play(Reveal(bands), Reveal(self.key["map"][1]), Conceal(in_wedge), at="band")
            cue.play(Reveal(in_band[0][0]))
            in_band[1].growing.grow(cue, until="edge")
            cue.play(Reveal(in_band[2]), Reveal(in_band[0][1]), flash(in_band[2][0], BOTH_COLOR))
        # Why a wedge: stationarity H(ŵ − w*) = λg with λg in the normal cone N(w*), so
        # ŵ = w* + λH⁻¹g: H⁻¹ carries the push λg onto ŵ − w* and the cone onto the wedge.
        # Shown on the wedge's own example (its ŵ and its w* on the corner, the cone's apex),
        # with the arrows ŵ − w* and g, in a lens over ridge's plot (unused then): on the
        # lasso's plot it all fitted in about 150 × 100 px (a reviewer's "almost invisible").
        corner_sol = self.corner_solution(wedge_center)
        self.wedge_center = wedge_center
        zoom = self.make_zoom(corner_sol, regions)
        carry = ValueTracker(0.0)
        cone = self.get_carried_cone(corner_sol, carry)
        ghost, normal_labels = self.get_cone_ghost(cone, corner_sol)
        # The push carried on its own, a beat before the cone (r54 review 2).
        g_carry = ValueTracker(0.0)
        g_arrow, g_label = self.get_carried_push(corner_sol, g_carry)
        # Over the cone (which ends up holding it), as are ŵ and w*.
        offset = legible_line(Arrow(in_wedge[2][0].get_center(), in_wedge[0][0].get_center(),
                                    buff=0.09, color=CENTER_COLOR, stroke_width=6,
                                    tip_length=ARROW_TIP, max_tip_length_to_length_ratio=0.35),
                              z_index=TOP_Z + 2)
        in_wedge[0].set_z_index(TOP_Z + 2)
        in_wedge[2].set_z_index(TOP_Z + 2)
        # (r41 review: the arrowhead covered ŵ's label) ŵ's label beyond the arrow's tip,
        # clear of it (moved while the sample is off screen, between its two showings).
        hat_dot, hat_label = in_wedge[0]
        place_clear(hat_label, hat_dot.get_center(),
                    hat_dot.get_center() - in_wedge[2][0].get_center(),
                    [offset, self.balls["l1"], self.painted, self.plot_frames["l1"]],
                    minor=[axes1], buff=0.14)
        # w*'s label clear of the ŵ − w* arrow too (r36 review: hidden under it).
        place_clear(in_wedge[2][1], in_wedge[2][0].get_center(),
                    free_direction([-corner_sol.point])[0],
                    [offset, self.balls["l1"], in_wedge[0][1], self.plot_frames["l1"],
                     *([] if zoom is None else [zoom["region"]])],
                    minor=[axes1], buff=0.08)
        if zoom is None:
            why_offset, why_sample = offset, in_wedge
        else:
            why_offset, why_sample = zoom["offset"], zoom["sample"]
            for part in (cone, ghost, normal_labels, g_arrow, g_label):
                raised(part, ZOOM_Z)
        # (r56 review 1) In the lens ŵ − w*'s label is hidden while the cone's own edges are
        # drawn (the cone and its ghost are no obstacles then).
        self.place_why_labels(why_sample, corner_sol, wedge_center,
                              [VGroup() if zoom is not None else ghost,
                               VGroup() if zoom is not None else cone, why_offset, g_arrow],
                              g_label, normal_labels)
        # g itself, at the same scale: its tip on the segment of tips (drawn as g is named).
        sub_arrow, sub_label = self.get_subgradient(
            corner_sol, wedge_center, [g_arrow, g_label, why_offset, why_sample[0][1],
                                       why_sample[2][1], *normal_labels])
        if zoom is not None:
            raised(sub_arrow, ZOOM_Z)
            raised(sub_label, ZOOM_Z)
        self.why_parts = {"cone": cone, "g": g_arrow, "subgradient": sub_arrow, "carry": carry,
                          "solution": corner_sol}
        self.why_g_label = g_label
        self.why_sub_parts = VGroup(sub_arrow, sub_label)
        # The lens's "ŵ − w*", hidden from the cone's drawing until the cone is carried.
        # (r60 review 4: the caption names N(w*), the lens never did) Its name inside the
        # violet fan, left of g, clear of the fan's arrows and labels.
        cone_name = None if zoom is None else self.cone_name(g_arrow, why_offset, [
            *cone[1:], g_arrow, g_label, sub_arrow, sub_label, why_offset, why_sample[0][1],
            why_sample[2][1], *normal_labels, self.zoom_frame])
        corner = first.corner
        wedge = next(r.polygon for r in regions
                     if r.kind == "corner" and np.array_equal(r.apex, corner))
        self.condition = self.get_condition()
        # (r60 review 3: "zoomed in at left" while ŵ lay outside the box) The lens is what
        # it is: w*'s corner up close, ŵ − w* drawn there as a direction only.
        # The box, ridge's plot leaving and the pop-out play under "This ŵ"; the lens
        # itself comes in as "at left" is said.
        # (r104 reviews: ŵ here is off the orbit) "Another ŵ", not the orbit's.
        zoom_words = "" if zoom is None else "; {@lens}at left, the directions at its w*"
        zoom_spoken = ("" if zoom is None
                       else "; {@lens}at left, the directions at its w-star")
        # (r67 review 4: at 92–97 s ridge's plot left, a box, the lens and its contents came
        # at once under one caption) Its own beat, one change at a time: this ŵ and its w*
        # come and ŵ is marked; the box is drawn round w* and w* flared; ridge's plot leaves;
        # the box pops out; the lens fills, w* flared there. Stationarity is the next beat.
        # (r67 review 7) ŵ's line rests through the "why" (its words do not use it): the
        # column keeps H, stationarity and λ.
        with self.cue("Why a wedge? Another {w_hat}{@back}" + zoom_words + ".",
                      spoken="Why a wedge? Another w-hat{@back}" + zoom_spoken + ".") as cue:
            if zoom is not None:
                # Room before "at left" for the box, ridge's plot leaving and the pop-out.
                paced(cue, chars_per_second=LENS_CHARS_PER_SECOND, at_least=LENS_CUE_SECONDS)
            cue.play(Conceal(in_band), Dim(self.key["data"][2], factor=0.0),
                     Dim(self.key["data"][4], factor=0.0),
                     *(Conceal(entry) for entry in self.key["map"][:2]),
                     Reveal(in_wedge[0]), Reveal(in_wedge[2]), run_time=0.5)
            cue.play(Indicate(in_wedge[0][0], color=CENTER_COLOR),
                     run_time=0.6 if zoom is not None else max(0.6, cue.until(cue.END)))
            if zoom is not None:
                # The box round w* on the lasso's plot, w* flared: what the lens will show.
                # (r50 review 2) Drawn first, then popped out onto the lens (Manim's zoom
                # convention); the box stays while the lens is open.
                cue.play(Create(zoom["region"]), flash(in_wedge[2][0], SPARSE_COLOR),
                         run_time=LENS_STEP)
                # Ridge's heading, axes, frame and bar leave (its axis names would read as the
                # lens's; the bar would be stale under the lens's heading); w*'s label on the
                # lasso's plot rests while the lens shows it large.
                cue.play(Conceal(self.headings["l2"]), Dim(in_wedge[2][1], factor=0.0),
                         Conceal(self.panels["l2"]), Conceal(self.plot_frames["l2"]),
                         Conceal(self.strips["l2"]), run_time=LENS_STEP)
                # (r48 review 6) The opaque back covers ridge's plot, the box pops out.
                popped = zoom["region"].copy().set_z_index(ZOOM_Z + 2)
                cue.play(Reveal(zoom["back"]), Transform(popped, zoom["view"][1].copy()),
                         run_time=max(LENS_STEP, cue.until("lens")))
                self.remove(popped)
                cue.play(Reveal(zoom["heading"]), Reveal(zoom["view"]),
                         Reveal(zoom["sample"][2]), flash(zoom["sample"][2][0], SPARSE_COLOR),
                         run_time=1.0)
                cue.wait_until(cue.END)
        # (r67 review 3: λ named, never shown) −∇f(w*) = λg with g in N(w*) (the house
        # form): λ's value, this ŵ's (regmath's multiplier), written as λg is said.
        # (r67 review 5: H dimmed while the words used it) H stays lit.
        # (r104 reviews 1/2: g and λ used before their words defined them) The push first,
        # −∇f(w*) = H(ŵ − w*), with no λ or g; then λ, then g, each written and flared in the
        # chain as it is defined; then g's free entry: the segment of subgradient tips.
        with self.cue("{@push}The loss's push on w*: −∇f(w*) = {H}(ŵ − w*){@offset}.",
                      spoken="{@push}The loss's push on w-star: minus the gradient of f at "
                      "w-star, H times w-hat minus w-star{@offset}.", settle=KEY_REST) as cue:
            paced(cue, chars_per_second=FORMULA_CHARS_PER_SECOND, at_least=0.0)
            with lifted(self.condition[0]):
                # The push drawn and named as it is said; ŵ − w* as its words come.
                cue.play(Reveal(self.condition[0][0], run_time=0.5), GrowArrow(g_arrow),
                         Reveal(g_label[0]), at="push")
                cue.play(Reveal(self.condition[0][1], run_time=0.5), GrowArrow(offset),
                         *([] if zoom is None else [GrowArrow(why_offset),
                                                    Reveal(zoom["sample"][0][1])]),
                         until="offset")
            cue.wait_until(cue.END)
        index, sign = self.g_scale
        varies = (": {t} stays {tval}, {lam} changes with {w_hat}" if self.lambda_varies()
                  else ", this {w_hat}'s")
        lam = number(self.corner_solution(self.wedge_center).multiplier)
        g_entry = "g" + "₁₂"[index] + " = " + ("1" if sign > 0 else "−1")
        chain = self.condition[1]
        with self.cue("{lam} ≥ 0: the multiplier of {@ball}‖w‖₁ ≤ t. The push is "
                      "λg{@g}, with",
                      spoken="lambda, at least 0: the multiplier of the constraint, "
                      "{@ball}L1 norm at most t. The push is lambda g{@g}, with") as cue:
            paced(cue, chars_per_second=FORMULA_CHARS_PER_SECOND, at_least=0.0)
            # λ written in the chain as it is defined, flared while its words run.
            with lifted(chain[0], chain[1]):
                cue.play(Reveal(chain[0]), Reveal(chain[1]), run_time=0.5)
                cue.play(Indicate(chain[1], color=TEXT_COLOR, scale_factor=1.3), run_time=0.8)
            # The constraint λ belongs to: the diamond flares as it is named.
            cue.play(pulse(self.axes["l1"], ball_outline("l1", self.t),
                           color=BALL_COLORS["l1"]), at="ball", until="g")
            with lifted(chain[2]):
                cue.play(Reveal(chain[2]), Reveal(g_label[1]), run_time=0.4)
            cue.wait_until(cue.END)
        # (r72 review 1: g never defined, so any multiple of g fitted λ) g's scaling said and
        # written: a subgradient of ‖w‖₁ at w*, its entry on w*'s nonzero weight ±1, which
        # makes λ a definite number.
        with self.cue("g: a subgradient of ‖w‖₁ at w*, with " + g_entry + "{@scale}; so "
                      "{lam} = {lam_value}{@lam}" + varies + ".",
                      spoken="g: a subgradient of the L1 norm at w-star, with g-"
                      + ("one", "two")[index] + " equal to " + ("1" if sign > 0 else "minus 1")
                      + "{@scale}; so lambda is {lam_value}{@lam}"
                      + (": t stays {tval}, lambda changes with w-hat" if self.lambda_varies()
                         else ", this w-hat's") + ".",
                      lam_value=lam, tval=number(self.t)) as cue:
            paced(cue, chars_per_second=FORMULA_CHARS_PER_SECOND, at_least=0.0)
            # ŵ − w* (its label beside g's head, under the segment) rests while g, its
            # segment, the cone and the slide are shown; it is back as the push is carried
            # onto it.
            self.why_offset_parts = VGroup(why_offset, why_sample[0][1])
            with lifted(chain[2]):
                cue.play(GrowArrow(sub_arrow), Reveal(sub_label),
                         Dim(self.why_offset_parts, factor=0.0),
                         Indicate(chain[2], color=G_COLOR, scale_factor=1.3), run_time=0.8)
            with lifted(self.condition[3]):
                cue.play(Reveal(self.condition[3][0]), Indicate(sub_arrow, color=TEXT_COLOR),
                         at="scale", run_time=0.8)
                cue.play(Reveal(self.condition[3][1]), at="lam", run_time=0.5)
                cue.play(Indicate(self.condition[3][1], color=TEXT_COLOR, scale_factor=1.05),
                         until=cue.END)
        # (r104 review b 1: why a corner has many normals) g's other entry is free in
        # [−1, 1] at a corner: the tips of all its g (at g's drawn scale) are a segment
        # through g's tip, from one edge normal to the other; the cone is the rays through it.
        free = "g" + "₁₂"[1 - index]
        fixed = "1" if sign > 0 else "−1"
        tip_words = f"({free}, {fixed})" if index == 1 else f"({fixed}, {free})"
        tip_spoken = (f"{free.replace('₁', ' one').replace('₂', ' two')} and "
                      f"{'1' if sign > 0 else 'minus 1'}")
        # At the step's one scale, as g and the cone's edge normals (drawn next): it runs
        # through g's tip and ends at the normals' tips. White, as g and the normals.
        ends = subgradient_segment(corner_sol.point, self.why_scale * self.why_subgradient)
        segment = legible_line(Line(to_scene(self.zoom_axes, ends[0]),
                                    to_scene(self.zoom_axes, ends[1]), color=TEXT_COLOR,
                                    stroke_width=6), z_index=TOP_Z + 1)
        self.why_parts["segment"] = segment
        if zoom is not None:
            raised(segment, ZOOM_Z)
        with self.cue("At a corner " + free + " is free in [−1, 1]{@free}: "
                      "the tips " + tip_words + " form a segment{@segment}.",
                      spoken="At a corner " + free.replace("₁", " one").replace("₂", " two")
                      + " is free from minus 1 to 1{@free}: the tips ("
                      + tip_spoken + ") form a segment{@segment}.") as cue:
            paced(cue, chars_per_second=FORMULA_CHARS_PER_SECOND, at_least=0.0)
            cue.play(Create(segment), run_time=max(1.0, cue.until("segment")))
            cue.play(Indicate(segment, color=TEXT_COLOR, scale_factor=1.05), until=cue.END)
        # The cone drawn under its name: its two edge normals and the fan between them,
        # through the segment of g's tips, then held.
        with self.cue("The normal cone N(w*){@cone}: the rays through it, "
                      "between w*'s two edge normals{@between}.",
                      spoken="The normal cone of w-star{@cone}: the rays through it, "
                      "between w-star's two edge normals{@between}.") as cue:
            cue.play(*(GrowArrow(a) for a in cone[1:]), Reveal(normal_labels), Reveal(cone[0]),
                     *([] if cone_name is None else [Reveal(cone_name)]), at="cone",
                     until="between")
            # Held while read (at least CONE_HOLD after the fan is in, its flash included).
            shown = float(self.time)
            cue.play(flash(in_wedge[2][0], G_COLOR, flash_radius=0.3, line_length=0.15),
                     run_time=0.5)
            cue.wait_until(cue.END)
            if CONE_HOLD - (float(self.time) - shown) > 0.05:
                self.wait(CONE_HOLD - (float(self.time) - shown))
        self.why_sample_parts = [offset, *in_wedge[0], *in_wedge[2], *why_sample[2],
                                 *([] if zoom is None else [zoom["region"]])]
        self.show_slide(corner_sol, g_arrow, why_sample[2][1])
        # (r46 review 3) A beat on "g ∈ N(w*)" before H⁻¹'s map starts (a still: motion
        # without words would run ahead of them).
        self.wait(SLIDE_BEAT)
        # (r43 review: 27 s for g, N(w*), H⁻¹ and the wedge) H⁻¹'s step a beat of its own,
        # after a pause on ŵ = w* + H⁻¹g, and H's shape another (below).
        # (r54 review 2: g and the cone carried at once under one caption, below four
        # formula lines) Two beats: g alone carried onto ŵ − w* and held; then the cone
        # carried onto the wedge. g's chain leaves first: ŵ = w* + H⁻¹g takes its place.
        # (r105 review 1) What H⁻¹ carries onto ŵ − w* is the push λg (drawn at one scale
        # with it), not g: g and the names leave, the push turns and shrinks onto ŵ − w*.
        with self.cue("So ŵ = w* + λ{Hinv}g{@solved}: {@carry}{Hinv} carries the push λg "
                      "onto ŵ − w*{@onto}.",
                      Hinv=HINV,
                      spoken="So w-hat is w-star plus lambda H-inverse g{@solved}: "
                      "{@carry}H-inverse carries the push, lambda g, onto w-hat minus "
                      "w-star{@onto}.") as cue:
            cue.play(Conceal(self.condition[0]), Conceal(self.condition[1]), run_time=0.4)
            # Where the chain's second line was, right over λ's value (which stays).
            self.condition[2].move_to([self.condition[0].get_left()[0],
                                       self.condition[1].get_top()[1], 0.0],
                                      aligned_edge=UP + LEFT)
            with lifted(self.condition[2]):
                cue.play(Reveal(self.condition[2], run_time=0.5), at="solved")
            cue.wait_until("carry")
            cue.play(*(Conceal(part) for part in (*g_label, sub_arrow, sub_label)),
                     Undim(self.why_offset_parts, factor=0.0),
                     *([] if zoom is None else [Conceal(zoom["heading"])]), run_time=0.3)
            if zoom is not None:
                # The lens's space changes name as H⁻¹ carries the push onto ŵ − w*.
                cue.play(Reveal(zoom["then"]), run_time=0.3)
            with self.following(g_arrow):
                sweep(self, g_carry, 1.0, g_arrow,
                      run_time=max(G_CARRY_SECONDS, cue.until("onto")), rate_func=smooth)
            # The push lands on ŵ − w*: the two flare together and are held (a pause before the cone).
            cue.play(Indicate(why_offset, color=CENTER_COLOR), run_time=0.8)
            cue.wait_until(cue.END)
        with self.cue("The same {Hinv} carries the whole cone{@carry} onto the wedge{@lean}.",
                      Hinv=HINV,
                      spoken="The same H-inverse carries the whole cone{@carry} onto the "
                      "wedge{@lean}.", settle=KEY_REST) as cue:
            # The cone stays behind as a faint ghost: two objects, one carried onto the
            # other. Its labels leave (a reviewer read them as naming the carried arrows);
            # the carried arrows are labelled H⁻¹(…) once there.
            # (r37) No ghost left behind: the fan itself turns into the orange wedge.
            cue.play(Conceal(normal_labels),
                     *([] if cone_name is None else [Conceal(cone_name)]), run_time=0.3)
            with self.following(cone):
                sweep(self, carry, 1.0, cone,
                      run_time=max(WEDGE_CARRY_SECONDS, cue.until("lean")), rate_func=smooth)
            carried_labels = self.get_carried_labels(cone, corner_sol,
                                                     [why_offset, *why_sample[0],
                                                      *why_sample[2]])
            if zoom is not None:
                raised(carried_labels, ZOOM_Z)
            # (r45 review: H⁻¹(±1, 1) showed for about a second) Written as the carry ends,
            # under "onto the wedge", and kept through H's shape (below).
            cue.play(Reveal(carried_labels),  # the wedge's directions held
                     run_time=MORPH_HOLD)
            self.why_offset_parts = VGroup(why_offset, why_sample[0][1])
            outlines = [pulse(axes1, self.flare_outline(wedge))]
            if zoom is not None:
                outlines.append(pulse(self.zoom_axes, zoom["wedge"]))
            # The fan, now the wedge's shape and colour, hands over to the wedge beneath.
            # The lens's map colours come in under it now (ŵ's space: r38 review).
            cue.play(*outlines, Indicate(why_offset, color=CENTER_COLOR), Conceal(g_arrow),
                     Conceal(cone[0]),
                     *([] if zoom is None else [Reveal(zoom["fills"])]),
                     run_time=max(1.0, cue.until(cue.END)))
        # (r48 review 4: "119°, 61°" shown, never said) This H's openings said, at their
        # corners, and held while they are read.
        top, side = wedge_openings(self.journey.hessian)
        # (r67 review 6: H = I's right angle showed for 2 s) Its own beat, held while read;
        # this H's openings the next.
        with self.cue("{H} sets its shape{@shape}: with H = I{@identity}, a right angle{@right}, "
                      "the cone itself.",
                      spoken="H sets its shape{@shape}: with H the identity{@identity}, a right "
                      "angle{@right}, the cone itself.") as cue:
            with lifted(self.key["data"][3]):
                cue.play(Indicate(self.key["data"][3], color=CENTER_COLOR), at="shape",
                         until="identity")
            # (r41 review: "H sets its shape" told, not shown) The wedges H = I would give
            # (right angles: the cones themselves) drawn on the lasso's plot, then turned into
            # this H's, whose openings differ. (r43 review: the lens showed only this H's
            # wedge) There too: H⁻¹ eased back to I⁻¹ turns the wedge back into the cone,
            # its right angle marked, then on to this H's again.
            square, shaped = self.identity_wedges(regions)
            # (r50 review 1: "119°, 61°" said, not drawn) Each wedge's opening an arc at its
            # apex, following the carry: H = I's right angle first, turning into this H's.
            arcs_open = self.get_opening_arcs(regions, corner_sol, carry, zoom is not None)
            # ŵ − w* rests meanwhile: it is this H's (and it would cross the right angle).
            # (r48 review 4: H⁻¹(±1, 1) stayed on the arrows at H = I) They leave first.
            # (r49: at most 6 text lines) g's two lines have done their job: only
            # ŵ = w* + H⁻¹g stays, with the openings below it.
            # (r51 review 3: the top wedge's 119° behind the zoom box) The box, and ŵ with
            # its arrow on the lasso's plot, leave while the openings show (the lens keeps
            # them).
            # (r52 review 6: a mauve H = I wedge over the olive one in the lens) There only
            # its white edges and right-angle arc, no fill, as the dashed outlines at right.
            fan_back = [Reveal(cone[0])] if zoom is None else []
            # (r56 review 5: H = I's dashed wedges over this H's filled ones, "90°" inside
            # them) This H's wedges dim while H = I's are shown, and come back as H = I's
            # turn into them.
            real_fills = VGroup(wedges, *([] if zoom is None else [zoom["fills"]]))
            # (r104 reviews: H = I's wedges over this H's blue strips) The strips, this H's,
            # leave while H = I's wedges show.
            cue.play(*fan_back, Dim(self.why_offset_parts, factor=0.0),
                     Dim(real_fills, factor=IDENTITY_DIM), Dim(bands, factor=0.0),
                     Conceal(carried_labels), Conceal(offset), Conceal(in_wedge[0]),
                     *([] if zoom is None else [Conceal(zoom["region"])]), run_time=0.3)
            self.add(arcs_open)
            with self.following(cone, *carried_labels, arcs_open):
                cue.play(carry.animate.set_value(0.0), *(Create(o) for o in square),
                         Reveal(arcs_open),
                         run_time=max(MORPH_BACK_SECONDS, cue.until("right")), rate_func=smooth)
            # With H = I the arrows are the edge normals themselves: labelled so, where
            # H⁻¹(…) sat (their labels follow the tips, so at H = I they are by these tips).
            plain = VGroup(*(legible(MathTex(point(normal).tex, font_size=28, color=TEXT_COLOR))
                             .move_to(label.get_center())
                             for label, normal in zip(carried_labels, corner_sol.normal_cone)))
            plain.set_z_index(TOP_Z + 1)
            if zoom is not None:
                raised(plain, ZOOM_Z)
            shown_parts = [m for m in self.why_sample_parts
                           if m is not offset and m not in in_wedge[0]
                           and (zoom is None or m is not zoom["region"])]
            right_values = self.opening_values(arcs_open, [plain, *cone[1:], square,
                                                           *shown_parts], square)
            # (r45 review: the white outlines and the right angle unnamed) Named, in white
            # as the outlines, under ŵ = w* + H⁻¹g; then this H's openings (regmath's).
            named, shaped_name = self.opening_names()
            with lifted(named):
                cue.play(Reveal(right_values), Reveal(named), Reveal(plain), run_time=0.5)
            # The right angle looked at, named, held through its words.
            shown = float(self.time)
            cue.wait_until(cue.END)
            self.wait(max(0.0, ANGLES_IDENTITY_HOLD - (float(self.time) - shown)))
        with self.cue("For this H{@this}, {top}° at (0, ±1) and {side}° at (±1, 0){@held}.",
                      top=f"{top:.0f}", side=f"{side:.0f}",
                      spoken="For this H{@this}, {top} degrees at the top and bottom "
                      "corners, and {side} at the sides{@held}.", settle=KEY_REST) as cue:
            # (r48 review 3: a glyph morph and the two sets of outlines overprinted) H = I's
            # outlines, mark and name gone first; then this H's drawn, its name faded in.
            cue.play(Conceal(right_values), Conceal(named), Conceal(plain), run_time=0.3)
            with self.following(cone, *carried_labels, arcs_open):
                # (r64 review 1: morphed, the dashed outlines' many dashes smeared into a
                # grey mesh over the wedges) The dashed ones fade as the solid ones are drawn.
                cue.play(carry.animate.set_value(1.0),
                         *(Conceal(old) for old in square), *(Create(new) for new in shaped),
                         Undim(real_fills, factor=IDENTITY_DIM), Undim(bands, factor=0.0),
                         run_time=max(ANGLES_CARRY_SECONDS, cue.until("this")),
                         rate_func=smooth)
            shaped_values = self.opening_values(arcs_open, [carried_labels, *cone[1:],
                                                            *shown_parts, shaped], shaped)
            with lifted(shaped_name):
                cue.play(Reveal(shaped_name), Reveal(carried_labels), Reveal(shaped_values),
                         run_time=0.5)
            # Held while the openings are said, and at least ANGLES_HOLD in all (r49: the
            # carry ran past "this", and the name showed for under a second).
            shown = float(self.time)
            cue.wait_until(cue.END)
            self.wait(max(0.0, ANGLES_HOLD - (float(self.time) - shown)))
        # The openings rest past their words (the cue's settle); they leave as the next
        # words start.
        angles_out = [Conceal(shaped), *([Conceal(cone[0])] if fan_back else []),
                      Conceal(shaped_name), Conceal(carried_labels), Conceal(arcs_open),
                      Conceal(shaped_values), Undim(self.why_offset_parts, factor=0.0)]
        # The lens's contents and its back fade as ridge's plot comes in (r61: a cross-fade;
        # r41's contents-first order left 0.6 s of black).
        zoom_parts = [] if zoom is None else [zoom["view"], zoom["fills"],
                                              zoom["then"], *zoom["sample"],
                                              why_offset]
        # (r43 review: "a region of the plane" was vague) Area: what rays lack (below).
        # (r60 review 8: "Each wedge has area;" a subtitle of its own for 1.35 s) One
        # sentence, one two-line subtitle.
        with self.cue("Each wedge{@open} has area: the orbit runs through them for "
                      "{share} % of its length{@arcs}.", share=share) as cue:
            # (r37) The spent step fades first, then ridge's plot comes back: one cross-fade
            # overprinted the lens's heading and ridge's (a reviewer's glitch).
            # (The carried labels left with H's shape: a second Conceal would bring them
            # back for its fade.)
            # (offset and ŵ left with the openings: a second Conceal would bring them back.)
            # (r60 review 6: the lens went black for 0.6 s before ridge's plot came back)
            # Only the lens's heading first (over ridge's it overprinted); its contents and
            # back then cross-fade with ridge's plot.
            lens_rest = [m for m in zoom_parts if m is not zoom["then"]] if zoom else []
            cue.play(*angles_out, run_time=0.4)
            cue.play(Conceal(cone[1:]), Conceal(in_wedge[2]),
                     *([] if zoom is None else [Conceal(zoom["then"])]),
                     # Stationarity's two lines have done their job; ŵ = w* + H⁻¹g stays for
                     # ridge's normal (fewer text lines).
                     # (r38 review: "ŵ = w* + H⁻¹g" stayed 50 s after g's definition left)
                     # all three lines go together; n is defined in their place.
                     # (r49) g's two lines left with H's shape: ŵ = w* + H⁻¹g now.
                     Conceal(self.condition[2]), Conceal(self.condition[3]),
                     Undim(self.key["data"][2], factor=0.0),
                     Undim(self.key["data"][4], factor=0.0), run_time=0.3)
            # The four wedges flare as they are named (a reviewer saw nothing happen here).
            cue.play(*(Conceal(m) for m in lens_rest),
                     *([] if zoom is None else [Conceal(zoom["back"]),
                                                Reveal(self.headings["l2"]),
                                                Reveal(self.panels["l2"]),
                                                Reveal(self.plot_frames["l2"]),
                                                Reveal(self.strips["l2"])]),
                     *(Reveal(entry) for entry in self.key["map"][:2]),
                     *(pulse(axes1, self.flare_outline(r.polygon))
                       for r in regions if r.kind == "corner"),
                     *(flash(c, SPARSE_COLOR, flash_radius=0.35,
                                             line_length=0.18) for c in corners), at="open",
                     until="arcs")
            # (r62 review 6: "43.3 %" said with none on screen) The share written under the
            # lasso's bar, where its tally was and the swept orbit's counter comes later.
            in_wedges = legible(VGroup(MathTex(share.tex, font_size=COUNTER_SIZE),
                                       Tex(r"\%", font_size=COUNTER_SIZE),
                                       Tex("in wedges", font_size=COUNTER_SIZE)))
            in_wedges.arrange(RIGHT, buff=0.1)
            in_wedges[2].shift(UP * (in_wedges[0].get_bottom()[1]
                                     - in_wedges[2][0][0].get_bottom()[1]))
            # (r66: the tally's line is now a short "43.3 %") Centred under the bar, as it was.
            in_wedges.next_to(self.strips["l1"], DOWN, buff=0.15)
            in_wedges.set_z_index(BOTTOM_Z)
            cue.play(Create(arcs), Reveal(in_wedges), at="arcs")
            with lifted(self.strips["l1"]):
                cue.play(*self.strip_pulses("l1"))
        # (r37) A larger orbit shown, not only told: the orbit grows from a smaller one up to
        # ŵ's (the largest the view holds), its wedge arcs lit and their share counted live
        # (`orbit_wedge_shares`); said "larger … more" only where the share rises all the way.
        # (r38 review: it stopped at ŵ's orbit) Now from ŵ's orbit out as far as the view
        # holds one (`outward_sweep_radii`), where the share is large; from a smaller one up
        # to ŵ's only if the view holds none larger.
        inner = orbit_sweep_radii(self.orbit_r, self.t)
        outer = outward_sweep_radii(self.orbit_r, self.view, share=OUTER_SHARE)
        radii = outer if len(outer) > 1 else inner
        shares = orbit_wedge_shares(self.journey.hessian, self.t, np.unique(
            [*inner, *outer, LARGER_ORBIT * self.orbit_r]))
        rising = bool(np.all(np.diff(shares) > 0))
        # (r56 review 4: the swept orbit's numbers shown, never said) The last orbit's radius
        # and share said as the sweep reaches them (as its live line shows them: the radius
        # to the line's places), and where the share tends far out, when it rises.
        far_r = round(float(radii[-1]), self.swept_places())
        far_share = number(100.0 * orbit_journey(self.journey.hessian, self.t, far_r,
                                                 start_angle=self.data["start_angle"]
                                                 ).lasso_share)
        reached = "{far_share} % at ‖ŵ‖₂ = {far_r}{@far}"
        # (r66, a cut round: the chords' beat and its "width grows / fixed" tags gone) Why
        # the share grows said in one clause before the sweep shows it.
        larger = ("wedges widen outward, strips do not, so a larger orbit{@larger} lies more in "
                  "wedges: " + reached + ", towards 100 % far out."
                  if rising and len(radii) > 1
                  else "wedges widen outward, strips do not, so a larger orbit{@larger} lies more in "
                  "wedges." if rising
                  else "so the orbit's size{@larger} changes the share: " + reached + ".")
        swept_r = ValueTracker(float(radii[0]))
        swept = self.get_swept_orbit(swept_r)
        # (r43 review: the strip's marks came under the wedges' words and left as their own
        # were said: the sweep stretched the one cue, and its captions with it) The chords'
        # words a cue of their own, the marks kept to its end; the sweep's words the next.
        with self.cue(larger[0].upper() + larger[1:], far_r=number(far_r),
                      far_share=far_share) as cue:
            # The lit arcs hand over to the swept orbit's (the same arcs once it is ŵ's again).
            cue.wait_until("larger")
            # (r43 review: the lasso's bar kept ŵ's orbit's pattern under the grown orbit) It
            # rests while another orbit is drawn.
            # (r103 review 7: the two counters cross-faded into a garble) The old one
            # leaves first.
            cue.play(Conceal(in_wedges), run_time=0.3)
            cue.play(Reveal(swept), Conceal(arcs), Conceal(self.painted),
                     Dim(self.strips["l1"], factor=SWEEP_BAR_DIM), run_time=0.4)
            with self.following(swept):
                sweep(self, swept_r, float(radii[-1]), swept,
                      run_time=max(ORBIT_SWEEP_SECONDS, cue.until("far" if "{@far}" in larger
                                                                  else cue.END)),
                      rate_func=smooth, over=self.frame_numbers)
            # (r51 review 7: the last radius and share faded after about a second) Held,
            # (r56 review 4) at least SWEPT_HOLD once reached.
            held = float(self.time)
            cue.wait_until(cue.END)
            if SWEPT_HOLD - (float(self.time) - held) > 0.05:
                self.wait(SWEPT_HOLD - (float(self.time) - held))
        # The blue says "both nonzero" for either method (a reviewer saw it reused unsaid).
        # (r53 review 2: "the circle" could be the orbit) The disc, by name.
        # (r58 review 7: the blue came 2 s after "For ridge, blue again") From the first word.
        # (r66, a cut round) Said shorter: the key says what the blue means.
        with self.cue("{@blue}For ridge, blue again outside the disc{@circle}, except on "
                      "{@rays}four rays: lines, with no area.") as cue:
            # (r37) The blue comes in as it is named (a slow fade to the rays read as the
            # caption running 2 s ahead); then the circle it lies outside flares.
            cue.play(Reveal(outside), Conceal(swept), Reveal(arcs), Reveal(self.painted),
                     Undim(self.strips["l1"], factor=SWEEP_BAR_DIM), at="blue", run_time=1.0)
            cue.play(pulse(axes2, ball_outline("l2", self.t), color=BALL_COLORS["l2"]),
                     at="circle", until="rays")
            with lifted(self.key["map"][2]):
                # (r66: the words said shorter, a 3.2 s still after the rays) Drawn across them.
                cue.play(Create(rays), Reveal(self.key["map"][2]), at="rays", until=cue.END)
        # Why only a ray: one normal at a point of the circle, carried by H⁻¹ to one ray.
        # (r40 review: drawn on ridge's plot at ~15 px, unreadable) In a lens like the lasso
        # cone's, over the lasso's plot, so ridge's plot and its rays stay in view beside it.
        first_crossing = self.journey.crossings[0]
        ray_carry = ValueTracker(0.0)
        ray = next(seg for seg in l2_sparse_rays(self.journey.hessian, self.t, self.view)
                   if np.allclose(seg[0], first_crossing.axis_point))
        lens = self.make_ray_zoom(first_crossing, ray_carry)
        # Ridge's w* for that ray marked on ridge's plot: where the lens looks.
        at_point = marker(to_scene(axes2, first_crossing.axis_point), SPARSE_COLOR,
                          radius=0.075).scale(ZERO_SCALE).set_z_index(TOP_Z + 1)
        lasso_side = [self.headings["l1"], self.panels["l1"], self.strips["l1"],
                      self.balls["l1"][1]]
        with self.cue("A point on the disc's edge has just one normal{@normal}; {Hinv} carries it"
                      "{@carry} onto one ray{@ray}: no wedge.", Hinv=HINV,
                      spoken="A point on the disc's edge has just one normal{@normal}; H-inverse "
                      "carries it{@carry} onto one ray{@ray}: no wedge.") as cue:
            # (r41 review: the lasso's plot showed through the incoming lens) The lens's
            # opaque back covers the lasso's plot first; its contents come in over it.
            # (r50 review 2) The lens's box on ridge's plot first, popped out onto its frame.
            popped = lens["region"].copy().set_z_index(ZOOM_Z + 2)
            cue.play(Create(lens["region"]), run_time=0.3)
            cue.play(*(Conceal(m) for m in lasso_side), Reveal(lens["back"]),
                     Transform(popped, lens["view"][3].copy()), run_time=0.5)
            self.remove(popped)
            cue.play(Reveal(at_point), flash(at_point, SPARSE_COLOR, flash_radius=0.3,
                                             line_length=0.15),
                     Reveal(lens["heading"]), Reveal(lens["view"]), run_time=0.6)
            # (Not `lifted`: that leaves it at the bottom, under the lens.)
            cue.play(GrowArrow(lens["arrow"]), Reveal(lens["n"]), at="normal", until="carry")
            # n stays behind, faint and labelled, while H⁻¹ turns a copy onto the ray.
            # H⁻¹n named as the turn starts, where the turn ends, beside the ray: (r41 review)
            # carried with the tip it crossed the ray on the way.
            self.add(lens["ghost"])
            arrow = lens["arrow"]
            with self.following(arrow):
                sweep(self, ray_carry, 1.0, arrow,
                      run_time=max(RAY_CARRY_SECONDS, cue.until("ray")), rate_func=smooth)
            # (r43 review: H⁻¹n was named before its arrow got there) Named as it arrives.
            cue.play(Reveal(lens["carried"]), pulse(axes2, ray), pulse(lens["axes"], lens["ray"]),
                     run_time=1.0)
            self.wait(RAY_HOLD)  # the ray's one direction held before the lens closes
            # (r66, a cut round: "The orbit crosses each ray once" had a beat of its own) The
            # lens closes under the ray's words and ridge's crossings flare as the ray is
            # named: the bar's instants.
            # Contents first, then the back as the lasso's plot returns (no cross-fade).
            cue.play(Conceal(at_point), *(Conceal(lens[k]) for k in
                                          ("heading", "view", "arrow", "ghost",
                                           "n", "carried", "region")),
                     run_time=0.4)
            cue.play(Conceal(lens["back"]), *(Reveal(m) for m in lasso_side), run_time=0.4)
            self.crossing_ticks.set_z_index(2)
            cue.play(Reveal(crossings))
            with lifted(self.strips["l2"]):
                cue.play(*(flash(c, SPARSE_COLOR, flash_radius=0.3, line_length=0.15)
                           for c in crossings), *self.strip_pulses("l2"), until=cue.END)
        with self.cue("So if {w_hat} is random with a density positive everywhere, the "
                      "lasso's {w_star}{@wedges} has an exact zero with positive "
                      "probability, {@rays}ridge's with probability zero{@expected}.") as cue:
            # The conclusion written where the condition was (its job is done): the words
            # about chance then have a picture besides the flares.
            odds = self.get_odds()
            # (r40 review: 9 text lines here) H and t have done their job: they leave as the
            # conclusion is written.
            # (r55) First: the conclusion is written in their place.
            cue.play(Conceal(self.key["data"][3]), Conceal(self.key["data"][2]),
                     Conceal(self.key["data"][4]), run_time=0.3)
            with lifted(odds[0]):
                cue.play(Reveal(odds[0]), run_time=0.4)
            # A white flare over the wedges, on top (animating the fills themselves, drawn
            # first, would redraw the whole scene every frame): while the density is named,
            # the regions it gives weight to; then the lit arcs with them.
            cue.play(*(pulse(axes1, self.flare_outline(r.polygon))
                       for r in regions if r.kind == "corner"), until="wedges")
            # The lasso's line is written as its words start, then the flares run on (a
            # reviewer saw it come 4 s late, with ridge's).
            with lifted(odds[1]):
                cue.play(Reveal(odds[1], run_time=0.5), at="wedges")
            cue.play(*(pulse(axes1, self.flare_outline(r.polygon))
                       for r in regions if r.kind == "corner"),
                     *(pulse(axes1, orbit_arc(self.journey, run.start, run.stop),
                             color=SPARSE_COLOR) for run in self.journey.runs),
                     until="rays")
            with lifted(odds[2]):
                cue.play(Reveal(odds[2], run_time=0.5), at="rays")
            cue.play(*(pulse(axes2, segment) for segment in l2_sparse_rays(
                self.journey.hessian, self.t, self.view)), until=cue.END)
        # (r104 reviews: the summary was done 2 s before the end) A clean hold after the
        # last words, long enough to read the conclusion: a cut point for lecturers.
        self.wait(CLOSING_HOLD)
        self.wedges, self.bands, self.outside, self.rays = wedges, bands, outside, rays
        self.arcs, self.crossing_dots = arcs, crossings

    def show_slide(self, sol: Solution, g_arrow: Arrow, star_label: VMobject) -> None:
        """Why g must lie in N(w*), shown (r40 review: only said): a push turned past the
        cone's edge (`past_cone_edge`) has a part along the diamond's edge, and w* would slide
        down that edge (`edge_slide`), where f falls: the corner would not be the minimum."""
        axes, h = self.zoom_axes, self.journey.hessian
        start = to_scene(axes, sol.point)
        # As long as the cone's edges (inside the lens), in g's colour but fainter: a push
        # that is not this ŵ's.
        reach = room_along(sol.point, [self.slide_push], self.zoom_view,
                           preferred=self.zoom_length)
        tip = to_scene(axes, carried_tips(h, sol.point, [self.slide_push], amount=0.0,
                                          length=reach)[0])
        # (r41 review: in g's own violet it read as the real g) A push that is not this ŵ's:
        # dashed, in a colour of its own (red: no other role in this scene), and named.
        push = DashedLine(start, tip, buff=0.0, color=PAST_COLOR, stroke_width=5,
                          dash_length=0.12)
        push.add_tip(tip_length=ARROW_TIP, tip_width=ARROW_TIP)
        legible_line(push, z_index=TOP_Z + 1)
        end = to_scene(axes, self.slide_to)
        trail = legible_line(Arrow(start, end, buff=0.0, color=BOTH_COLOR, stroke_width=5,
                                   tip_length=ARROW_TIP, max_tip_length_to_length_ratio=0.35),
                             z_index=TOP_Z + 1)
        # w* leaving the corner onto the edge: both weights nonzero there, so blue.
        mover = both_ring(marker(start, BOTH_COLOR, radius=0.075)).set_z_index(TOP_Z + 2)
        # (r67 review 10: "g′" never defined) No second symbol and no label: the dashed push
        # is g itself, supposed past the cone, as the words say (a proof by contradiction).
        # (r72 review 4: the red arrow unlabelled, named by the words only) Named on screen
        # above its tip, clear of the (1, 1) normal and of the slide below; g's own label
        # rests meanwhile (one g named at a time).
        # (r103 review 2) The slide proves where the push −∇f(w*) lies (g is in the cone by
        # its definition): the red arrow is a push, named as one.
        # On two lines below the tip, on the diamond's side of the push, away from the
        # cone's edge normal and its label (one line struck the normal).
        past_label = MathTex(r"-\nabla f(w^*)", r"\notin N(w^*)", font_size=FORMULA_SIZE,
                             color=PAST_COLOR)
        VGroup(past_label[0], past_label[1]).arrange(DOWN, aligned_edge=LEFT, buff=0.08)
        away = np.sign(tip[0] - start[0]) or 1.0
        past_label.next_to(tip, DOWN + RIGHT * away, buff=0.1)
        view_right = self.zoom_frame.get_right()[0] - 0.08
        view_left = self.zoom_frame.get_left()[0] + 0.08
        if past_label.get_right()[0] > view_right:
            past_label.shift(LEFT * (past_label.get_right()[0] - view_right))
        if past_label.get_left()[0] < view_left:
            past_label.shift(RIGHT * (view_left - past_label.get_left()[0]))
        parts = VGroup(push, past_label, trail, mover)
        if axes is not self.axes["l1"]:
            raised(parts, ZOOM_Z)
        # (r52 review 2: the made-up push was called g beside "g ∈ N(w*)") It is g′; and
        # (review 5: the words ran 2 s ahead of it) drawn as they start.
        # (r65 review 6: g′ set apart from g only by its colour) Named for what it is.
        scale_line = self.condition[3]
        with self.cue("{@past}Were the push to point past the cone, {w_star} could "
                      "slide along an edge{@slide} and lower {f}{@lower}: so the push lies in "
                      "{cone}{@inside}.",
                      spoken="{@past}Were the push to point past the cone, w-star "
                      "could slide "
                      "along an edge{@slide} and lower f{@lower}: so the push lies in the normal "
                      "cone{@inside}.", settle=KEY_REST) as cue:
            paced(cue, chars_per_second=FORMULA_CHARS_PER_SECOND, at_least=0.0)
            # w*'s label steps aside while the push and the slide pass over its place; g's
            # label with g, and g's scaling (the red push is no λg with such a g).
            cue.wait_until("past")
            # (ŵ − w* rests already, since g was drawn; the segment leaves.)
            cue.play(Dim(g_arrow, factor=SLIDE_DIM),
                     *(Dim(part, factor=0.0) for part in self.why_g_label),
                     *(Dim(part, factor=SLIDE_DIM) for part in self.why_sub_parts), Conceal(self.why_parts["segment"]),
                     Dim(star_label, factor=0.0), Dim(scale_line), run_time=0.3)
            cue.play(Create(push), Reveal(past_label), until="slide")
            cue.wait_until("slide")
            self.add(mover)
            cue.play(mover.animate.move_to(end), GrowArrow(trail),
                     run_time=max(SLIDE_SECONDS, cue.until("lower")))
            cue.play(flash(mover, BOTH_COLOR, flash_radius=0.25, line_length=0.12),
                     until="inside")
            # The conclusion written into the chain as it is said.
            with lifted(self.condition[1][3]):
                cue.play(Conceal(parts), Undim(g_arrow, factor=SLIDE_DIM),
                         *(Undim(part, factor=SLIDE_DIM) for part in self.why_sub_parts),
                         *(Undim(part, factor=0.0) for part in self.why_g_label),
                         Undim(scale_line),
                         Undim(star_label, factor=0.0),
                         Reveal(self.condition[1][3]), at="inside", until=cue.END)

    def get_opening_arcs(self, regions: list[Any], sol: Solution, carry: ValueTracker,
                         lens: bool) -> VGroup:
        """Each corner wedge's opening as a white arc at its apex on the lasso's plot, and
        at w* in the lens (``lens``), following ``carry``: H_s⁻¹'s wedge (regmath's
        `opening_arc`), H = I's right angle at 0, this H's opening at 1. Each arc keeps its
        axes, apex and radius (``places``) for `opening_values`."""
        h = self.journey.hessian
        places = [(self.axes["l1"], np.asarray(r.apex, dtype=float), OPENING_ARC_PLOT * self.t)
                  for r in regions if r.kind == "corner"]
        if lens:
            places.append((self.zoom_axes, np.asarray(sol.point, dtype=float),
                           OPENING_ARC_LENS * self.zoom_length))
        arcs = VGroup(*(legible_line(VMobject(stroke_color=TEXT_COLOR, stroke_width=4),
                                     z_index=TOP_Z + 1) for _ in places))
        arcs.set_z_index(TOP_Z + 1)
        if lens:
            raised(arcs[-1], ZOOM_Z)
        self.opening_places = places
        self.opening_arcs = arcs

        def follow(group: VGroup) -> None:
            for arc, (axes, apex, radius) in zip(group, places):
                points = opening_arc(h, apex, amount=carry.get_value(), radius=radius)[0]
                arc.set_points_as_corners([to_scene(axes, q) for q in points])

        return self.follower(arcs, follow)

    def opening_values(self, arcs: VGroup, obstacles: list[Any],
                       outlines: VGroup | None = None) -> VGroup:
        """Each opening arc's value (regmath's `opening_arc` at the carry now), in whole
        degrees beside the arc's middle, outward from its apex, clear of ``obstacles``."""
        h, amount = self.journey.hessian, float(self.why_parts["carry"].get_value())
        values = VGroup()
        for arc, (axes, apex, radius) in zip(arcs, self.opening_places):
            # (r51 review 3: the top wedge's value read as hidden behind the lens's box) The
            # box and ŵ's arrow leave while the openings show: every wedge has its value.
            points, degrees = opening_arc(h, apex, amount=amount, radius=radius)
            middle, corner = to_scene(axes, points[len(points) // 2]), to_scene(axes, apex)
            label = legible(MathTex(rf"{degrees:.0f}^\circ", font_size=26, color=TEXT_COLOR))
            lens = axes is self.zoom_axes and axes is not self.axes["l1"]
            frame = self.zoom_frame if lens else self.plot_frames["l1"]
            # In the lens beyond the arc's middle, inside the wedge. (r51 review 3: on the
            # small plot they sat in the strips, away from their arcs) There too, just
            # beyond the (smaller) arc, inside its own wedge, under the orbit.
            if lens:
                # Centred on the arc's bisector, just beyond it (next_to's corner alignment
                # pushed it sideways onto the wedge's edge).
                u = as_direction(middle - corner)
                u = u / max(float(np.linalg.norm(u)), 1e-9)
                reach = 0.5 * (abs(float(u[0])) * label.width + abs(float(u[1])) * label.height)
                label.move_to(middle + (0.1 + reach) * u)
            else:
                # (r54 review 5: "61°" on the orbit's lit arc and the wedge's outline) Clear
                # of the outlines drawn too (``outlines``), out where the wedge is wide.
                # (r58 review 4: "61°" on the w₁ axis and its ticks) The axes are obstacles
                # too: the label may step off the bisector, across it; where the wedge has no
                # room for that, clear of the rest, on a dark backing that hides the axis.
                clear = [self.orbits["l1"], self.painted, frame,
                         *([] if outlines is None else outlines)]
                if not self.place_in_wedge(label, middle, middle - corner,
                                           [*clear, self.axes["l1"].x_axis,
                                            self.axes["l1"].y_axis], inside=frame):
                    self.place_in_wedge(label, middle, middle - corner, clear, inside=frame)
                back = BackgroundRectangle(label, color=BACKGROUND, fill_opacity=0.9, buff=0.03)
                label = VGroup(back, label)
            values.add(label.set_z_index(arc.z_index + 1))
        return values

    def place_in_wedge(self, label: VMobject, anchor: np.ndarray, outward: np.ndarray,
                       obstacles: list[VMobject], inside: VMobject | None = None) -> bool:
        """``label`` along ``outward`` from ``anchor`` (an arc's middle, inside its wedge):
        just beyond the arc where its box meets none of ``obstacles`` (the orbit crossing
        the wedge, the frame), else the first place past them. Layout only."""
        from scenes.toolkit.style import _outline_samples

        points = _outline_samples(obstacles)
        direction = as_direction(outward)
        direction = direction / max(float(np.linalg.norm(direction)), 1e-9)
        reach = 0.5 * (abs(float(direction[0])) * label.width
                       + abs(float(direction[1])) * label.height)
        # (r54 review 5: 4 px from the orbit read as on it) A wider margin; (r56 review 6:
        # "119°" still read as on the orbit's thick lit arc) wider again where the wedge has
        # room for it inside ``inside`` (the plot's frame), else the narrower one.
        size = np.array([label.width, label.height]) / 2.0
        across = np.array([-direction[1], direction[0], 0.0])
        for margin, side in ((m, d) for m in (OPENING_MARGIN, 0.1) for d in OPENING_SIDES):
            for gap in np.arange(OPENING_BEYOND, 2.0, 0.03):
                label.move_to(anchor + (float(gap) + reach) * direction + side * across)
                low = label.get_center()[:2] - size - margin
                high = label.get_center()[:2] + size + margin
                if inside is not None and (
                        np.any(label.get_center()[:2] - size
                               < inside.get_corner(DOWN + LEFT)[:2] + FRAME_INSET)
                        or np.any(label.get_center()[:2] + size
                                  > inside.get_corner(UP + RIGHT)[:2] - FRAME_INSET)):
                    continue
                if not np.any(np.all((points >= low) & (points <= high), axis=1)):
                    return True
        label.move_to(anchor + (OPENING_BEYOND + reach) * direction)
        return False

    def identity_wedges(self, regions: list[Any]) -> tuple[VGroup, VGroup]:
        """The corner wedges of H = I (`l1_solution_regions` for the identity: right angles)
        and, matched by corner, this H's, as white outlines on the lasso's plot."""
        axes1 = self.axes["l1"]
        square = {tuple(r.apex): r.polygon for r in l1_solution_regions(
            np.eye(2), self.t, self.view) if r.kind == "corner"}
        pairs = [(square[tuple(r.apex)], r.polygon) for r in regions
                 if r.kind == "corner" and tuple(r.apex) in square]
        style = {"stroke_color": TEXT_COLOR, "stroke_width": 4}
        shaped = VGroup(*(legible_line(polyline(axes1, self.flare_outline(pair[1]), **style),
                                       z_index=TOP_Z + 1) for pair in pairs))
        # (r50 review 3: the H = I overlay read muddy, two wedges alike) H = I's a dashed
        # ghost: thinner, dashed and faint, over this H's orange wedges.
        square = VGroup(*(DashedVMobject(polyline(axes1, self.flare_outline(pair[0]),
                                                  stroke_color=TEXT_COLOR, stroke_width=3,
                                                  stroke_opacity=0.85), num_dashes=48,
                                         dashed_ratio=0.55).set_z_index(TOP_Z + 1)
                          for pair in pairs))
        return square, shaped

    def opening_names(self) -> tuple[MathTex, MathTex]:
        """"H = I: 90°" and this H's wedge openings (`wedge_openings`: top and bottom, then
        the sides, as "this H: 119°, 61°"), white as the outlines they name, one line
        under ŵ = w* + H⁻¹g."""
        top, side = wedge_openings(self.journey.hessian)
        names = (MathTex(r"H = I\text{: }90^\circ", font_size=30, color=TEXT_COLOR),
                 MathTex(rf"\text{{this }}H\text{{: }}{top:.0f}^\circ,\ {side:.0f}^\circ",
                         font_size=30, color=TEXT_COLOR))
        room_w = self.formula_room[0]
        for name in names:
            name.scale(min(1.0, room_w / name.width))
            # Under ŵ = w* + λH⁻¹g and λ's value (r71: it sat on λ's line).
            name.next_to(VGroup(self.condition[2], self.condition[3]), DOWN, buff=0.3,
                         aligned_edge=LEFT)
        return names

    def flare_outline(self, polygon: np.ndarray) -> np.ndarray:
        """A region's closed outline for a white flare, clipped to the view inset by half the
        flare's stroke (regmath's `clip_polygon`), so the flare stays inside the plot's
        frame (r38 review: it stuck out past it)."""
        (x0, x1, sx), (y0, y1, sy) = self.view.x_range, self.view.y_range
        inset = FLARE_INSET * self.view.width / PANEL_SIDE  # scene units → the view's
        box = ViewBox((x0 + inset, x1 - inset, sx), (y0 + inset, y1 - inset, sy))
        piece = clip_polygon(polygon, box)
        return piece[[*range(len(piece)), 0]]

    def get_swept_orbit(self, swept_r: ValueTracker) -> VGroup:
        """An orbit of radius ``swept_r`` on the lasso's plot, its arcs in the wedges lit
        (`orbit_journey`'s runs) and "orbit in wedges: x %" (its exact share) under the
        lasso's bar, where its tally was (inside the plot a large orbit crossed it), all
        following ``swept_r``."""
        axes, h = self.axes["l1"], self.journey.hessian
        circle = VMobject(stroke_color=CENTER_COLOR, stroke_width=3, z_index=TOP_Z)
        lit = VMobject(stroke_color=SPARSE_COLOR, stroke_width=6, z_index=TOP_Z)
        # One precision with the tally's share (the sweep ends on it).
        places = len(number(100.0 * self.journey.lasso_share).text.partition(".")[2])
        value = DecimalNumber(100.0 * self.journey.lasso_share, num_decimal_places=places,
                              font_size=COUNTER_SIZE)
        # (r41 review: the grown orbit ended at 64.3 % without its size) Its radius too, live,
        # to the orbit label's precision and one place more (1.6, then 1.60 … 2.48).
        radius_places = self.swept_places()
        size = DecimalNumber(swept_r.get_value(), num_decimal_places=radius_places,
                             font_size=COUNTER_SIZE)
        label = VGroup(MathTex(r"\|\hat w\|_2 =", font_size=COUNTER_SIZE), size,
                       Tex(":", font_size=COUNTER_SIZE), value,
                       Tex(r"\%", font_size=COUNTER_SIZE), Tex("in wedges", font_size=COUNTER_SIZE))
        # (r66: the tally's line is now a short "43.3 %", centred) From the plot's left.
        anchor = np.array([self.plot_frames["l1"].get_left()[0],
                           self.summaries["l1"].get_center()[1], 0.0])

        def follow(group: VGroup) -> None:
            # (r43 review: "2.47: 64.3 %", the share of 2.475 beside its rounded radius) The
            # orbit drawn, its radius and its share all from the radius as shown.
            r = round(swept_r.get_value(), radius_places)
            journey = orbit_journey(h, self.t, r, start_angle=self.data["start_angle"])
            set_pieces(group[0], axes, [orbit(r, np.linspace(0.0, 1.0, ORBIT_SAMPLES))])
            set_pieces(group[1], axes, [orbit_arc(journey, run.start, run.stop)
                                        for run in journey.runs])
            words = group[2]
            words[1].set_value(r)
            words[3].set_value(100.0 * journey.lasso_share)
            # On one baseline: the numbers, the colon and "%" (no descenders) by their
            # bottoms; ‖ŵ‖₂'s "=" and the colon on one axis; "in wedges" by its "i".
            words.arrange(RIGHT, buff=0.1)
            for piece in words[2:5]:
                piece.align_to(words[1], DOWN)
            words[2].shift(LEFT * 0.06)  # the colon against its number
            words[0].shift(UP * (words[2].get_center()[1] - words[0][0][-1].get_center()[1]))
            words[5].shift(UP * (words[1].get_bottom()[1] - words[5][0][0].get_bottom()[1]))
            words.move_to(anchor, aligned_edge=LEFT)

        legible(label)
        group = VGroup(circle, lit, label)
        return self.follower(group, follow)

    def swept_places(self) -> int:
        """The swept orbit's radius is shown to the orbit label's places and one more."""
        return len(number(self.orbit_r).text.partition(".")[2]) + 1

    def lens_panel(self, box: Any, *, over: str) -> tuple[Axes, Any, VMobject, VMobject]:
        """A zoom panel on `box` (regmath's lens box) over the `over` plot's place: its
        axes, the box's outline, an opaque back and the frame."""
        axes = Axes(x_range=list(box.x_range), y_range=list(box.y_range), x_length=PANEL_SIDE,
                    y_length=PANEL_SIDE, axis_config={"include_tip": False})
        middle = [0.5 * (box.x_range[0] + box.x_range[1]),
                  0.5 * (box.y_range[0] + box.y_range[1])]
        axes.shift(PANEL_CENTERS[over] - axes.c2p(*middle))
        outline = frame_outline(box)
        back = filled_polygon(axes, outline, stroke_width=0, fill_color=palette.BACKGROUND,
                              fill_opacity=1.0, z_index=ZOOM_Z - 1)
        frame = polyline(axes, outline, **INSET_STYLE).set_z_index(ZOOM_Z + 1)
        return axes, outline, back, frame

    def make_zoom(self, sol: Solution, regions: list[Any]) -> dict[str, Any] | None:
        """The lens over the lasso's corner ``sol.point`` for the "why a wedge" step, drawn
        over ridge's plot (unused during that step), or None where it would not magnify
        `LENS_MIN_GAIN` times (the step is then drawn on the lasso's plot).

        Its box is regmath's `lens_box` round the corner and the tips of its edge normals,
        of g's direction and of their H⁻¹ images, each `LENS_REACH`·t long; everything in it
        (the map's fills, the diamond, w*, ŵ − w*'s direction) is drawn from regmath's
        points through its own axes, clipped to the box. Sets ``zoom_axes``, ``zoom_view``,
        ``zoom_length``, ``zoom_frame`` and ``zoom_obstacles`` for the step's builders."""
        axes1, h = self.axes["l1"], self.journey.hessian
        self.zoom_axes, self.zoom_view = axes1, self.view
        self.zoom_length = CONE_LENGTH * self.t
        self.zoom_frame = self.plot_frames["l1"]
        self.zoom_obstacles = [*self.plot_frames.values(), self.balls["l1"]]
        # The push λg, ŵ − w* = λH⁻¹g and g to one scale: the full size on the lasso's plot;
        # in the lens, the scale at which the edge normals are drawn (below).
        self.why_scale = 1.0
        length = LENS_REACH * self.t
        scale = length / float(np.hypot(*self.why_g))
        grid = np.linspace(0.0, 1.0, 11)
        # (r40) With the push turned past the cone and the point it would slide w* to along
        # an edge (`edge_slide`): the "why in N(w*)" beat plays in the lens too.
        self.slide_push = past_cone_edge(sol, SLIDE_DEGREES)[1]
        slide_to = edge_slide(sol.point, self.slide_push, SLIDE_SHARE * length)
        box = lens_box([sol.point, slide_to,
                        *(eased_carry(h, sol.point, scale * self.why_g, amount=a) for a in grid),
                        *(eased_tips(h, sol.point, sol.normal_cone, amount=a,
                                     length=LENS_CONE_SHARE * length) for a in grid)],
                       margin=LENS_MARGIN)
        self.slide_to = slide_to
        if lens_gain(box, self.view, lens_side=PANEL_SIDE, plot_side=PANEL_SIDE) < LENS_MIN_GAIN:
            return None
        axes, outline, back, frame = self.lens_panel(box, over="l2")
        # (r50) The lens's box on the lasso's plot: where the zoom comes from.
        region = legible_line(polyline(axes1, outline, **ZOOM_BOX), z_index=TOP_Z)
        fills = VGroup()
        wedge_outline = None
        for r in regions:
            piece = clip_polygon(r.polygon, box)
            # (r52 review 6: the diamond turned grey in the lens) Its interior is not filled
            # (it stays the ball's brown, as on the lasso's plot).
            if len(piece) < 3 or r.kind == "interior":
                continue
            fill = CORNER_FILL if r.kind == "corner" else EDGE_FILL
            fills.add(filled_polygon(axes, piece, stroke_width=0, z_index=ZOOM_Z, **fill))
            if r.kind == "corner" and np.array_equal(r.apex, sol.point):
                wedge_outline = piece[[*range(len(piece)), 0]]
        ball = lens_ball(axes, box, norm="l1", radius=self.t)
        self.zoom_axes, self.zoom_view = axes, box
        self.zoom_length = LENS_CONE_SHARE * length
        # One scale for every arrow in the lens: the edge normals n = (±1, 1) are drawn as
        # long as the cone's room allows (`get_carried_cone`), so one unit is that over ‖n‖;
        # the push λg, ŵ − w* = λH⁻¹g and g are drawn at it (g's tip on the segment of tips).
        normal_room = carried_room(h, sol.point, sol.normal_cone, box,
                                   preferred=LENS_NORMAL_SHARE * length)
        self.why_scale = normal_room / float(np.hypot(*sol.normal_cone[0]))
        self.zoom_frame = frame
        # (r37) The fills' edges too: a label straddling a wedge's edge read as sitting on it.
        self.zoom_obstacles = [frame, ball[-1], fills]
        w_star = marker(to_scene(axes, sol.point), SPARSE_COLOR, radius=0.1)
        star_label = legible(MathTex("w^*", font_size=34, color=SPARSE_COLOR))
        tip = eased_carry(h, sol.point, self.why_scale * self.why_g, amount=1.0)[0]
        offset = legible_line(Arrow(to_scene(axes, sol.point), to_scene(axes, tip), buff=0.0,
                                    color=CENTER_COLOR, stroke_width=6, tip_length=ARROW_TIP,
                                    max_tip_length_to_length_ratio=0.3), z_index=ZOOM_Z + TOP_Z + 2)
        # ŵ itself lies outside the lens: its arrow shows ŵ − w*'s direction, labelled so.
        anchor = Dot(to_scene(axes, tip), radius=0.01).set_opacity(0.0)
        offset_label = legible(MathTex(r"\hat w - w^*", font_size=30, color=CENTER_COLOR))
        # The cone's labels keep off ŵ − w*'s arrow (its tip sits by the (−1, 1) edge's).
        self.zoom_obstacles.append(offset)
        sample = VGroup(VGroup(anchor, offset_label), VGroup(),
                        VGroup(w_star, star_label)).set_z_index(ZOOM_Z + TOP_Z + 2)
        # (r38 review: the cone of g's directions read as the orange wedge beneath it) One
        # space at a time, named: first g's directions at w* (no map colours), then, once H⁻¹
        # has carried them, ŵ − w*'s, with the map's wedge and strips (``fills``).
        # (r40 review: the arrows are drawn at no common scale) Named as directions, not to
        # scale; the diamond and the map's fills are drawn to the lens's own scale.
        headings = [lens_heading(words, self.headings["l2"])
                    # (r48 review 6: the heading did not say which plot it zooms)
                    for words in (r"Lasso at $w^*$",
                                  r"Lasso at $w^*$: $\hat w - w^*$")]
        heading = headings[0]
        return {"back": back, "view": VGroup(ball, frame), "fills": fills,
                "then": headings[1], "region": region,
                "sample": sample, "offset": offset, "heading": heading,
                "wedge": wedge_outline if wedge_outline is not None else outline}

    def make_ray_zoom(self, crossing: Any, carry: ValueTracker) -> dict[str, Any]:
        """The lens at ridge's w* on an axis (the orbit's ``crossing``), drawn over the
        lasso's plot: the circle, the map's blue and the ray through w*, all clipped to
        regmath's `lens_box` round w* and the tips of its one normal n and of H⁻¹n; the
        arrow n, carried by H⁻¹ onto the ray's direction as ``carry`` goes 0 → 1, its
        faint start, and the labels n and H⁻¹n."""
        h, t = self.journey.hessian, self.t
        loss = Quadratic(center=crossing.point, eigenvalues=self.factors[0],
                         eigenvectors=self.factors[1])
        sol = constrained(loss, norm="l2", radius=t)
        normal = sol.normal_cone[:1]
        length = LENS_CONE_SHARE * LENS_REACH * t
        grid = np.linspace(0.0, 1.0, 11)
        # And a point as far inside the circle, so the disc shows below the normal.
        box = lens_box([sol.point, carried_tips(h, sol.point, -normal, amount=0.0,
                                                length=RAY_LENS_DEPTH * length),
                        *(carried_tips(h, sol.point, normal, amount=a, length=length)
                          for a in grid)], margin=LENS_MARGIN)
        axes, outline, back, frame = self.lens_panel(box, over="l1")
        fills = VGroup()
        for piece in outside_disc(t, self.view):
            clipped = clip_polygon(piece, box)
            if len(clipped) >= 3:
                fills.add(filled_polygon(axes, clipped, stroke_width=0, z_index=ZOOM_Z,
                                         **EDGE_FILL))
        ball = lens_ball(axes, box, norm="l2", radius=t)
        ray_points = next(seg for seg in l2_sparse_rays(h, t, self.view)
                          if np.allclose(seg[0], crossing.axis_point))
        ray = clip_polyline(ray_points, box)[0]
        ray_line = legible_line(polyline(axes, ray, stroke_color=SPARSE_COLOR, stroke_width=4),
                                z_index=ZOOM_Z + 1)
        w_star = marker(to_scene(axes, sol.point), SPARSE_COLOR, radius=0.1,
                        z_index=ZOOM_Z + TOP_Z + 2)
        room = carried_room(h, sol.point, normal, box, preferred=RAY_LENS_REACH * length)
        start = to_scene(axes, sol.point)
        arrow = legible_line(Arrow(ORIGIN, RIGHT, buff=0.0, color=CONE_COLOR, stroke_width=6,
                                   tip_length=ARROW_TIP, max_tip_length_to_length_ratio=0.3),
                             z_index=ZOOM_Z + TOP_Z + 1)

        def follow(mobject: Arrow) -> None:
            tip = carried_tips(h, sol.point, normal, amount=carry.get_value(), length=room)[0]
            mobject.put_start_and_end_on(start, to_scene(axes, tip))

        self.follower(arrow, follow)
        ghost = arrow.copy().set_opacity(GHOST_OPACITY).set_z_index(ZOOM_Z + TOP_Z)
        obstacles = [frame, ball[-1], ray_line, arrow, w_star]
        # n beside its tip, across from the ray; H⁻¹n beside the carried tip, on the ray's
        # far side from n's ghost.
        # (r45 review: n was called "one normal" only in the words) Named on screen.
        # (r51 review 4: purple on the blue-grey fill) White on a dark outline; the arrows
        # keep the normals' colour.
        # (r65 review 1: small at 480p) The key's size.
        n_label = legible(MathTex(r"n\text{: normal}", font_size=KEY_SIZE, color=TEXT_COLOR))
        tip = arrow.get_end()
        to_ray = to_scene(axes, ray[-1]) - start
        up = tip - start
        side = up / max(float(np.linalg.norm(up)), 1e-9) - to_ray / max(
            float(np.linalg.norm(to_ray)), 1e-9)
        # (r43 review: "n" crowded H⁻¹n's arrowhead) Clear of the carried arrow too.
        carry.set_value(1.0)
        self.refollow(arrow)
        carried_arrow = arrow.copy()
        carry.set_value(0.0)
        self.refollow(arrow)
        # Beyond the head's half-width (r41 review: at 0.1 "n" touched its arrowhead).
        # (r46) "n: normal" is wide: beside the shaft's middle, away from the ray (at the tip
        # it ran into the head and the lens's top).
        place_clear(n_label, 0.5 * (start + tip), side, [*obstacles, carried_arrow],
                    minor=[axes], buff=0.2)
        carry.set_value(1.0)
        self.refollow(arrow)
        carried = legible(MathTex(r"H^{-1}n", font_size=34, color=TEXT_COLOR))
        end = arrow.get_end()
        place_clear(carried, end, (end - start) - 2.0 * side, [*obstacles, ghost, n_label],
                    minor=[axes], buff=0.1)
        self.inside_frame(VGroup(carried), frame)
        final_tip = arrow.get_end()
        carry.set_value(0.0)
        self.refollow(arrow)
        for label in (n_label, carried):
            label.set_z_index(ZOOM_Z + TOP_Z + 2)
        self.inside_frame(VGroup(n_label, carried), frame)
        star_label = legible(MathTex("w^*", font_size=34, color=SPARSE_COLOR))
        place_clear(star_label, w_star.get_center(), -up - 1.0 * side,
                    [*obstacles, n_label, carried], minor=[axes], buff=0.1)
        star_label.set_z_index(ZOOM_Z + TOP_Z + 2)
        # (r48 review 6) Named as a zoom of ridge's plot, as the lasso's lens is.
        # (r51 review 8: "directions" alone read as unfinished) What the lens shows, named.
        heading = lens_heading(r"Ridge at $w^*$: $n$, $H^{-1}n$",
                               self.headings["l1"])
        # (r50 review 2) Its box on ridge's plot: where the zoom comes from.
        region = legible_line(polyline(self.axes["l2"], outline, **ZOOM_BOX), z_index=TOP_Z)
        return {"back": back, "view": VGroup(fills, ball, ray_line, frame, w_star, star_label),
                "region": region,
                "arrow": arrow, "ghost": ghost, "n": n_label, "carried": carried,
                "heading": heading, "axes": axes, "ray": ray, "end": final_tip}

    def map_sample(self, center: np.ndarray) -> VGroup:
        """One ŵ on the lasso's map: its dot, the contour of its loss through its w*, and
        w* (yellow on a corner, red on an edge), all from the exact solution."""
        axes = self.axes["l1"]
        loss = Quadratic(center=center, eigenvalues=self.factors[0],
                         eigenvectors=self.factors[1])
        sol = constrained(loss, norm="l1", radius=self.t)
        dot = marker(to_scene(axes, center), CENTER_COLOR, radius=0.07).set_z_index(TOP_Z)
        growing = GrowingContour(axes, loss, sol, self.view, samples=CONTOUR_SAMPLES,
                                 stroke_color=CONTOUR_COLOR, stroke_width=4, z_index=TOP_Z)
        contour = growing.mobject
        # A dark outline: the light-blue contour reads over the map's blue-grey strips.
        legible_line(contour, z_index=TOP_Z)
        contour.growing = growing
        color = SPARSE_COLOR if sol.zero_weights else BOTH_COLOR
        w_star = marker(to_scene(axes, sol.point), color, radius=0.075)
        if color == BOTH_COLOR:
            both_ring(w_star)
        if sol.zero_weights:
            w_star.scale(ZERO_SCALE)  # as on the journey: larger while a weight is 0
        # Both dots labelled (the dots' key has gone with the journey), clear of the contour,
        # the ball and the axes.
        hat_label = legible(MathTex(r"\hat w", font_size=30, color=CENTER_COLOR))
        # The orbit's lit arcs too (r38 review: w*'s label covered one).
        lit = [self.painted] if hasattr(self, "painted") else []
        place_clear(hat_label, dot.get_center(), free_direction([-center])[0],
                    [contour, self.balls["l1"], *lit], minor=[axes], buff=0.08)
        star_label = legible(MathTex("w^*", font_size=30, color=color))
        # On the ball's side of w*, away from everything that leaves w* outward later
        # (ŵ − w*, g, the cone and the wedge it is carried onto). (r41 review: +w*,
        # outward, put it on the orbit's lit arc) free_direction([w*]) is −w*, into the ball.
        side = free_direction([sol.point])[0]
        place_clear(star_label, w_star.get_center(), side,
                    [contour, self.balls["l1"], hat_label, *lit], minor=[axes], buff=0.08)
        solution = VGroup(w_star, star_label).set_z_index(TOP_Z)
        # ŵ above its contour (r43 review: the small contour growing from ŵ covered its label).
        return VGroup(VGroup(dot, hat_label).set_z_index(TOP_Z + 1), contour, solution)

    def wedge_example(self) -> Any:
        """`regmath.sparsity.wedge_example` for this H, t and view, its ŵ − w* as long as
        the carried cone's radius at its corner allows (None if H⁻¹ turns no normal out)."""
        h, preferred = self.journey.hessian, CONE_LENGTH * self.t
        first = wedge_example(h, self.t, self.view, length=preferred)
        if first is None:
            return None
        reach = carried_room(h, first.corner, first.normals, self.view, preferred=preferred)
        return wedge_example(h, self.t, self.view, length=EXAMPLE_REACH * reach)

    def get_carried_push(self, sol: Solution, carry: ValueTracker) -> tuple[Arrow, MathTex]:
        """The push −∇f(w*) = H(ŵ − w*) = λg at the lasso's corner w*, at the step's scale
        (`why_scale`), carried by H⁻¹ (onto ŵ − w*) as ``carry`` goes 0 → 1; and its label
        "−∇f(w*)" at its tip, with "= λg" as a second part, shown once λ and g are named."""
        axes, h = self.zoom_axes, self.journey.hessian
        # Carried by H_s⁻¹ (H_s = (1 − s)I + sH): the push turns and shrinks onto
        # ŵ − w* = H⁻¹(λg), drawn at the same scale.
        g = self.why_scale * self.why_g
        start = to_scene(axes, sol.point)
        arrow = legible_line(Arrow(ORIGIN, RIGHT, buff=0.0, color=G_COLOR, stroke_width=5,
                                   tip_length=ARROW_TIP, max_tip_length_to_length_ratio=0.3),
                             z_index=TOP_Z + 1)

        def follow(mobject: Arrow) -> None:
            tip = eased_carry(h, sol.point, g, amount=carry.get_value())[0]
            mobject.put_start_and_end_on(start, to_scene(axes, tip))

        self.follower(arrow, follow)
        # (r52 review 3) A white outline: g reads over the cone's violet.
        arrow.set_stroke(TEXT_COLOR, width=arrow.get_stroke_width() + 3, background=True)
        label = legible(MathTex(r"-\nabla f(w^*)", r"= \lambda g", font_size=30, color=G_COLOR))
        tip = arrow.get_end()
        place_clear(label, tip, tip - start, self.zoom_obstacles, minor=[axes], buff=0.06)
        return arrow, label.set_z_index(TOP_Z + 2)

    def get_subgradient(self, sol: Solution, center: np.ndarray,
                        avoid: list[VMobject]) -> tuple[Arrow, MathTex]:
        """This ŵ's g (regmath's `middle_subgradient`: ŵ is `wedge_middle`'s) from w*, at
        the step's scale (`why_scale`): its tip on the segment of all g's tips; its label
        beside its shaft, clear of ``avoid``."""
        axes = self.zoom_axes
        self.why_subgradient = middle_subgradient(sol.point)
        start = to_scene(axes, sol.point)
        tip = to_scene(axes, sol.point + self.why_scale * self.why_subgradient)
        arrow = legible_line(Arrow(start, tip, buff=0.0, color=TEXT_COLOR, stroke_width=5,
                                   tip_length=ARROW_TIP, max_tip_length_to_length_ratio=0.3),
                             z_index=TOP_Z + 2)
        label = legible(MathTex("g", font_size=30, color=TEXT_COLOR))
        # Beside its shaft, on the side away from ŵ − w* (which leans the other way).
        away = LEFT if float(center[0] - sol.point[0]) >= 0.0 else RIGHT
        place_clear(label, 0.5 * (start + tip), away, [*self.zoom_obstacles, *avoid],
                    minor=[axes], buff=0.1)
        return arrow, label.set_z_index(TOP_Z + 2)

    def place_why_labels(self, sample: VGroup, sol: Solution, center: np.ndarray,
                         arrows: list[VMobject], g_label: MathTex, normal_labels: VGroup) -> None:
        """Place ŵ's, w*'s and g's labels for the "why a wedge" step clear of the arrows that
        leave w* then: w* on the side no arrow takes at any moment of the carry (the normals,
        their H⁻¹ images, ŵ − w*, g, the ball's inside), ŵ beyond its arrow's tip, g beside
        its tip away from the cone's edge labels (a reviewer could barely read w*)."""
        axes, h = self.zoom_axes, self.journey.hessian
        origin, g = np.zeros(2), stationarity_direction(h, center, sol.point)
        # Unit directions from w*: the normals and H⁻¹ of them, g and H⁻¹g (that is, ŵ − w*),
        # and −w* (into the ball).
        # (r40) And the push past the cone and the slide along the edge it would cause.
        slide = [self.slide_push, self.slide_to - sol.point] if hasattr(self, "slide_to") else []
        leaving = np.vstack([sol.normal_cone, [g], [-sol.point], *([slide] if slide else []),
                             carried_tips(h, origin, np.vstack([sol.normal_cone, [g]]),
                                          amount=1.0, length=1.0)])
        obstacles = [*arrows, *self.zoom_obstacles]
        w_star, star_label = sample[2][0], sample[2][1]
        place_clear(star_label, w_star.get_center(), free_direction(leaving)[0], obstacles,
                    minor=[axes], buff=0.1)
        dot, hat_label = sample[0][0], sample[0][1]
        # Beyond its tip, turned away from g (r36 review: the two labels piled up).
        along = dot.get_center() - w_star.get_center()
        along = along / max(float(np.linalg.norm(along)), 1e-9)
        g_way = arrows[3].get_end() - w_star.get_center()
        g_way = g_way / max(float(np.linalg.norm(g_way)), 1e-9)
        # (r46 review 6: "ŵ − w*" sat on the doubled arrowheads as the carry ended) Twice
        # the gap: the carried g's head ends just short of ŵ − w*'s.
        if self.zoom_axes is self.axes["l1"]:
            place_clear(hat_label, dot.get_center(), 2.0 * along - g_way,
                        [*obstacles, star_label, *normal_labels], minor=[axes], buff=0.16)
        else:
            # (r56 review 1: left of g, it read as g's label; on the (−1, 1) normal) In the
            # lens "ŵ − w*" names its white arrow: beside it, on the side away from g,
            # clear of g and of the wedge's edges H⁻¹(±1, 1) (it is shown before the cone
            # and again once the cone is carried, never beside the cone's own edges).
            # Beside its head: lower down the wedge's edge H⁻¹(1, 1) leaves no room for it.
            offset = arrows[2]
            middle = offset.get_start() + OFFSET_NAME_AT * (offset.get_end() - offset.get_start())
            # (r60 review 4: hidden while the cone was drawn, 104–124 s; beside H⁻¹(1, 1)
            # after) Shown throughout now: over its head, leaning away from g (g's shaft on
            # one side, the cone's edge name on the other, lower), so the carried edges'
            # names, placed after it, keep off it.
            side = RIGHT if along[0] >= g_way[0] else LEFT
            hat_label.next_to(middle, UP, buff=0.06)
            # Its near edge just clear of g's shaft at that height.
            g_start, g_end = arrows[3].get_start(), arrows[3].get_end()
            height = hat_label.get_center()[1]
            share = (height - g_start[1]) / max(abs(float(g_end[1] - g_start[1])), 1e-9)
            shaft = g_start[0] + float(np.clip(share, 0.0, 1.0)) * (g_end[0] - g_start[0])
            edge = hat_label.get_left()[0] if side is RIGHT else hat_label.get_right()[0]
            gap = (edge - shaft) * (1.0 if side is RIGHT else -1.0)
            hat_label.shift(side * max(0.0, 0.1 - gap))
        place_clear(g_label, arrows[3].get_end(), arrows[3].get_end() - w_star.get_center(),
                    [*obstacles, star_label, hat_label, *normal_labels], minor=[axes],
                    buff=0.06)
        self.inside_frame(VGroup(hat_label, g_label))

    def cone_name(self, g_arrow: Arrow, offset: VMobject, obstacles: list[VMobject]
                  ) -> VMobject:
        """"N(w*)" in the lens's fan, in the lens's upper corner on the side away from ŵ − w*
        (the fan fills it), beyond the reach of g as it turns across the fan, clear of
        ``obstacles``."""
        name = legible(MathTex(r"N(w^*)", font_size=34, color=TEXT_COLOR))
        frame = self.zoom_frame
        side = LEFT if offset.get_end()[0] >= g_arrow.get_end()[0] else RIGHT
        corner = frame.get_corner(UP + side)
        place_clear(name, corner, DOWN - side, obstacles, minor=[self.zoom_axes], buff=0.15)
        return raised(name.set_z_index(TOP_Z + 2), ZOOM_Z)

    def get_carried_labels(self, cone: VGroup, sol: Solution, others: list[VMobject]
                           ) -> VGroup:
        """H⁻¹(n) at the tips of the cone's edge arrows once carried (they point along
        H⁻¹n now), clear of each other, ``others`` (ŵ − w*, ŵ, w*) and the plot's frame."""
        axes = self.zoom_axes
        labels = VGroup()
        for k, (arrow, normal) in enumerate(zip(cone[1:], sol.normal_cone)):
            label = legible(MathTex(r"H^{-1}" + point(normal).tex, font_size=28,
                                    color=TEXT_COLOR))
            tip = arrow.get_end()
            # Not the map's region edges: with them as well no place was left clear of the
            # arrowheads (r38 review: H⁻¹(1, 1) over its own head).
            obstacles = [o for o in self.zoom_obstacles
                         if o is not self.__dict__.get("zoom_fills")]
            # (r41 review: beyond the tip it touched the head and the lens's border) Beside
            # the tip, across the arrow away from the other edge, as the cone's labels were.
            along = tip - arrow.get_start()
            along = along / max(float(np.linalg.norm(along)), 1e-9)
            away = tip - cone[2 - k].get_end()
            across = np.array([along[1], -along[0], 0.0])
            across = across if float(across @ away) >= 0.0 else -across
            # (r43 review: touching their arrowheads) A little farther off.
            # (r45 review: the left one, pushed back inside the frame, touched its head)
            # Beyond the tip and out to its side, where the lens has room.
            # (r51 review 3: still on or touching its head) Beyond the tip, nearly along
            # the arrow, a head's length off.
            place_clear(label, tip, along + 0.25 * across,
                        [*obstacles, *cone[1:], *others, *labels],
                        minor=[axes], buff=0.24)
            labels.add(label)
        # (r60 review 4: H⁻¹(1, 1) touched the lens's right edge) Farther in, ~20 px at 720p.
        self.inside_frame(labels, inset=CARRIED_INSET)
        # Pulled in, a name may meet ŵ − w*'s (over its arrow's head): then above it.
        for label in labels:
            for other in others:
                if isinstance(other, MathTex) and _boxes_meet(label, other, 0.05):
                    label.shift(UP * (other.get_top()[1] + 0.08 - label.get_bottom()[1]))
        # Kept on their tips while H eases to I and back (`following`).
        # Its offset turns with its arrow (a fixed one ran into the left head at H = I).
        for label, arrow in zip(labels, cone[1:]):
            offset = label.get_center() - arrow.get_end()
            self.follower(label, lambda m, a=arrow, o=offset, start=arrow.get_angle():
                          m.move_to(a.get_end() + rotate_vector(o, a.get_angle() - start)))
        return labels.set_z_index(TOP_Z + 1)

    def inside_frame(self, labels: VGroup, frame: VMobject | None = None, *,
                     inset: float = FRAME_INSET) -> None:
        """Shift each label inside ``frame`` (across its line it reads as cut): by default
        the frame of the "why a wedge" step (the lens's, or the lasso plot's)."""
        frame = self.zoom_frame if frame is None else frame
        for label in labels:
            label.shift(DOWN * max(0.0, label.get_top()[1] - (frame.get_top()[1] - inset))
                        + LEFT * max(0.0, label.get_right()[0] - (frame.get_right()[0]
                                                                    - inset))
                        + RIGHT * max(0.0, frame.get_left()[0] + inset
                                      - label.get_left()[0]))

    def corner_solution(self, center: np.ndarray) -> Solution:
        """The lasso's exact solution for the loss centred at ``center`` (in a corner's wedge)."""
        loss = Quadratic(center=center, eigenvalues=self.factors[0], eigenvectors=self.factors[1])
        return constrained(loss, norm="l1", radius=self.t)

    def lambda_varies(self) -> bool:
        """Whether the lasso's λ (regmath's multiplier) differs between two ŵ of the orbit,
        its start and a quarter of the way round: t is what stays fixed, not λ."""
        lams = [self.corner_solution(np.asarray(self.journey.center(p), dtype=float)).multiplier
                for p in (0.0, 0.25)]
        return abs(lams[0] - lams[1]) > 1e-6 * max(abs(lams[0]), abs(lams[1]), 1.0)

    def get_condition(self) -> VGroup:
        """The stationarity condition and ŵ solved from it, two lines in the key column where
        the dots' key was (it leaves with its dots when the map begins)."""
        # (r41 review: "the loss's push" never tied to the gradient) f's line stays in the key
        # now, so g = H(ŵ − w*) = −∇f(w*) reads as the optimality condition it is: one chain
        # on two lines (one line was too wide to read at 480p), its "= −∇f(w*)" written as
        # "the loss's push" is said, "∈ N(w*)" as the cone is named; then ŵ solved from it.
        # (r67 review 3) λg, the house form −∇f(w*) = λg, and λ's value for this ŵ (the
        # example's multiplier, `corner_solution`) on a line of its own under the chain.
        corner = np.asarray(self.corner_solution(self.wedge_center).point, dtype=float)
        index = int(np.argmax(np.abs(corner)))
        self.g_scale = (index, 1 if corner[index] > 0 else -1)
        lam = number(self.corner_solution(self.wedge_center).multiplier)
        # (r105 review 3) This ŵ's g itself, regmath's (`get_subgradient`).
        entries = [number(float(x)).tex for x in self.why_subgradient]
        g_entry = rf"g = ({entries[0]}, {entries[1]})"
        # The push first (no λ, no g yet), then "= λg" once both are defined.
        lines = VGroup(MathTex(r"-\nabla f(w^*)", r"= H(\hat w - w^*)", font_size=FORMULA_SIZE),
                       MathTex(r"=", r"\lambda", r"g", r"\in N(w^*)", font_size=FORMULA_SIZE),
                       # (r54 review 2) Written alone, once g's chain has left: no "⇒".
                       MathTex(r"\hat w = w^* + \lambda H^{-1} g", font_size=FORMULA_SIZE),
                       MathTex(g_entry + r",\ ", rf"\lambda = {lam.tex}",
                               font_size=FORMULA_SIZE))
        VGroup(lines[0], lines[1], lines[3], lines[2]).arrange(DOWN, aligned_edge=LEFT,
                                                              buff=0.14)
        lines[1].align_to(lines[0][1], LEFT)  # its "=" under the first line's
        # Between the data above and the bar's key below, left of the lasso's plot, and
        # right of ridge's w₁ label, which sits at their height (r37 review: they ran into
        # each other).
        left = max(KEY_LEFT, self.panels["l2"][1].get_right()[0] + FORMULA_GAP)
        # (r46 review 6) Two gaps short of the lasso's plot: a line one gap from it read as
        # running into it.
        room_w = self.panels["l1"].get_left()[0] - left - 2.0 * FORMULA_GAP
        # Down to the map's key (the dots' and the bar's keys have left by then; the map's
        # rests while these lines are read): full size at 480p (r38 review: 8 px tall).
        # (r55: the map's key at KEY_SIZE is taller) Down to its bottom: it rests while
        # these lines show, and comes back as they leave.
        room_h = (self.key["data"].get_bottom()[1] - self.key["map"].get_bottom()[1]
                  - 2.5 * FORMULA_GAP)
        self.formula_room = (room_w, room_h)  # for the lines written here later
        if self.zoom_frame is not self.plot_frames["l1"]:
            # (r55) Ridge's plot, its w₁ label with it, is under the lens while these lines
            # show: they may start where f's line does, and keep their size.
            left = self.plot_frames["l2"].get_right()[0] + FORMULA_GAP
            room_w = self.panels["l1"].get_left()[0] - left - 2.0 * FORMULA_GAP
        lines.scale(min(1.0, room_w / lines.width, room_h / lines.height))
        lines.move_to(self.key["data"].get_corner(DOWN + LEFT) + DOWN * (1.5 * FORMULA_GAP),
                      aligned_edge=UP + LEFT)
        lines.shift(RIGHT * (left - lines.get_left()[0]))
        lines.set_z_index(BOTTOM_Z)
        return lines

    def get_odds(self) -> VGroup:
        """The conclusion for a random ŵ, three lines where the condition was: true for every
        data (the wedges are open cones, of positive area; the rays are lines, of none)."""
        lines = VGroup(MathTex(r"\hat w\text{ random, density} > 0\text{:}", font_size=FORMULA_SIZE),
                       MathTex(r"\text{lasso: }P(\text{exact }0) > 0", font_size=FORMULA_SIZE,
                               color=BALL_COLORS["l1"]),
                       MathTex(r"\text{ridge: }P(\text{exact }0) = 0", font_size=FORMULA_SIZE,
                               color=BALL_COLORS["l2"]))
        lines.arrange(DOWN, aligned_edge=LEFT, buff=0.14)
        # (r55) Between ŵ's line (f's and H's have left by then) and the map's key, which
        # stays: full size.
        # (r71: f's formula on two lines set ŵ's line lower, and the last line ran into ridge's
        # w₁ label) From ŵ's line's top: it leaves with H and t as the conclusion comes.
        top = self.key["data"][2].get_top()[1]
        room_h = top - self.key["map"].get_top()[1] - FORMULA_GAP
        narrow = min(1.0, self.formula_room[0] / lines.width, room_h / lines.height)
        # Or from f's left edge (wider), if they then end above ridge's w₁ label.
        wide_left = self.plot_frames["l2"].get_right()[0] + FORMULA_GAP
        wide_w = self.panels["l1"].get_left()[0] - wide_left - 2.0 * FORMULA_GAP
        above = top - self.panels["l2"][1][0].get_top()[1] - FORMULA_GAP
        wide = min(1.0, wide_w / lines.width, min(room_h, above) / lines.height)
        left = wide_left if wide > narrow else self.condition.get_left()[0]
        lines.scale(max(wide, narrow))
        lines.move_to([left, top, 0.0], aligned_edge=UP + LEFT)
        return lines.set_z_index(BOTTOM_Z)

    def get_carried_cone(self, sol: Solution, carry: ValueTracker) -> VGroup:
        """The normal cone at the lasso's corner w*, carried by H⁻¹ as ``carry`` goes from 0
        (the cone) to 1 (the wedge's directions): a fan and its two edge arrows, kept inside
        the view all the way (`regmath.sparsity.carried_fan`, `carried_room`)."""
        axes, h = self.zoom_axes, self.journey.hessian
        length = carried_room(h, sol.point, sol.normal_cone, self.zoom_view,
                              preferred=self.zoom_length)
        # A dark rim: the fan must read over the orange wedge it turns into.
        # (r41 review: at 0.3 the violet was almost invisible on black when it appeared.)
        # (r52 review 3: g violet on violet; the edges' black rim over H⁻¹(±1, 1)'s heads)
        # A lighter, more transparent fill under white edge arrows, its rim under them.
        if self.zoom_axes is not self.axes["l1"]:
            # At the lens's one scale (`make_zoom`): n's tip is w* + why_scale·n.
            length = self.why_scale * float(np.hypot(*sol.normal_cone[0]))
        self.cone_length: float = length  # the subgradient segment ends at its tips
        fill = VMobject(stroke_color=palette.BACKGROUND, stroke_width=3,
                        fill_color=CONE_LIGHT, fill_opacity=0.4, z_index=TOP_Z - 1)
        arrows = [legible_line(Arrow(ORIGIN, RIGHT, buff=0.0, color=TEXT_COLOR,
                                     stroke_width=5, tip_length=ARROW_TIP,
                                     max_tip_length_to_length_ratio=0.3),
                               z_index=TOP_Z) for _ in range(2)]
        cone = VGroup(fill, *arrows)
        start = to_scene(axes, sol.point)

        def follow(group: VGroup) -> None:
            # (r37) The whole cone in the view, carried by H_s⁻¹ onto the wedge (the same
            # morph as g's), turning from the cone's colour to the wedge's.
            tau = carry.get_value()
            fan = eased_wedge(h, sol.point, sol.normal_cone, self.zoom_view, amount=tau)
            group[0].set_points_as_corners([to_scene(axes, q) for q in [*fan, fan[0]]])
            group[0].set_fill(interpolate_color(CONE_LIGHT, CORNER_FILL["fill_color"], tau))
            tips = eased_tips(h, sol.point, sol.normal_cone, amount=tau, length=length)
            for arrow, tip in zip(group[1:], tips):
                arrow.put_start_and_end_on(start, to_scene(axes, tip))

        return self.follower(cone, follow)

    def get_cone_ghost(self, cone: VGroup, sol: Solution) -> tuple[VGroup, VGroup]:
        """A faint copy of the cone as first drawn (left behind while H⁻¹ carries the cone),
        and the labels of its edge normals, the normals of the diamond's two edges at the
        corner (`Solution.normal_cone`'s rows), at their tips."""
        ghost = cone.copy()
        ghost[0].set_fill(opacity=0.25).set_stroke(width=0)
        for arrow in ghost[1:]:
            arrow.set_opacity(0.5)
        ghost.set_z_index(TOP_Z - 1)
        axes = self.zoom_axes
        labels = VGroup()
        for k, (arrow, normal) in enumerate(zip(cone[1:], sol.normal_cone)):
            # (r40 review: teal on green, barely legible) White on its dark outline.
            label = legible(MathTex(point(normal).tex, font_size=30, color=TEXT_COLOR))
            tip = arrow.get_end()
            # Beyond the tip, turned away from the other edge (outside the cone): clear of
            # ŵ − w*'s label, inside it (r36 review: the labels piled up).
            other = cone[2 - k].get_end()
            along = (tip - arrow.get_start()) / max(float(np.linalg.norm(tip - arrow.get_start())),
                                                    1e-9)
            away = (tip - other) / max(float(np.linalg.norm(tip - other)), 1e-9)
            across = np.array([along[1], -along[0], 0.0])
            across = across if float(across @ away) >= 0.0 else -across
            place_clear(label, tip, across + 0.5 * along,
                        [*self.zoom_obstacles, *cone[1:], *labels],
                        minor=[axes], buff=0.08)
            labels.add(label)
        self.inside_frame(labels)
        return ghost, labels.set_z_index(TOP_Z + 1)

    def strip_pulses(self, norm: str) -> list[Animation]:
        """A flare over what ``norm``'s strip has lit at the journey's end: the lasso's arcs
        (box outlines), ridge's instants (lines). Indicate would scale them off the strip."""
        axes = self.strips[norm].frame_axes
        end = self.progress.get_value()
        if norm == "l1":
            outlines = [box[[0, 1, 2, 3, 0]] for box in interval_boxes(self.journey.lit(end))]
        else:
            # A little longer than the ticks, so the yellow flare shows beyond them.
            outlines = [box[[0, 3]] for box in interval_boxes(
                [(c.progress, c.progress) for c in self.journey.passed(end)],
                heights=INSTANT_HEIGHT + 0.3, base=INSTANT_BASE - 0.15)]
        # (r58 review 6: ridge's ticks flared white, though "lit" means yellow) Ridge's in
        # the yellow they are drawn in.
        color = TEXT_COLOR if norm == "l1" else SPARSE_COLOR
        return [pulse(axes, outline, color=color) for outline in outlines]

    # -------------------------------------------------------------- builders
    def follower(self, mobject: VMobject, follow: Any) -> VMobject:
        """Register ``follow`` as what keeps ``mobject`` on the data (placed now; attached only
        while ŵ or the growth moves, see `following`)."""
        follow(mobject)
        self.__dict__.setdefault("_follow", {})[id(mobject)] = follow
        return mobject

    @contextmanager
    def following(self, *mobjects: VMobject) -> Iterator[None]:
        """Attach the followers' updaters for a sweep; afterwards, place them once more and
        detach them. A mobject with an updater counts as moving, so a hold or a flash with
        followers attached would redraw every label above them in every frame."""
        for mobject in mobjects:
            mobject.add_updater(self._follow[id(mobject)])
        try:
            yield
        finally:
            for mobject in mobjects:
                mobject.clear_updaters()
                self._follow[id(mobject)](mobject)

    def get_key_column(self) -> dict[str, VGroup]:
        """The key between the plots: the data, the dots, the strip and (later) the map."""
        h = numbers(np.asarray(self.journey.hessian).ravel(), distinct=True)
        matrix = (r"\left(\begin{smallmatrix}" + f"{h[0].tex} & {h[1].tex}" + r"\\"
                  + f"{h[2].tex} & {h[3].tex}" + r"\end{smallmatrix}\right)")
        data = VGroup(Tex("Both plots:", font_size=26),
                      # (r67 review 8: at 28 pt on one line, squeezed into the gap, too
                      # small at 480p) Two lines at the formulas' size.
                      VGroup(MathTex(r"f(w) =", font_size=FORMULA_SIZE),
                             MathTex(r"\tfrac{1}{2}(w - \hat w)^{\top} H\, (w - \hat w)",
                                     font_size=FORMULA_SIZE)),
                      Tex(r"$\hat w$: min of $f$,", font_size=KEY_SIZE),
                      MathTex(rf"H = {matrix}", font_size=38),  # (r38: 8 px at 480p)
                      MathTex(rf"t = {number(self.t).tex}", font_size=KEY_SIZE))
        # (r45 review: ŵ and t were used for 2½ minutes after their lines left) One compact
        # line "ŵ: min of f, t = 1", kept for the whole video: t beside ŵ's definition.
        data[1][1].next_to(data[1][0], DOWN, buff=0.1, aligned_edge=LEFT)
        data[1][1].shift(RIGHT * FORMULA_INDENT)
        VGroup(*data[:4]).arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        data[4].next_to(data[2], RIGHT, buff=0.18)
        # (r54 review 1: the key's lines 14–16 px tall at 720p) KEY_SIZE, shorter words.
        dots = VGroup(key_entry(key_dot(BOTH_COLOR), [r"$w^*$: both $\ne 0$"],
                                font_size=KEY_SIZE),
                      key_entry(key_dot(SPARSE_COLOR).scale(ZERO_SCALE),
                                [r"$w^*$: an exact $0$"], font_size=KEY_SIZE))
        dots.arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        swatch = VGroup(key_swatch({"fill_opacity": 0.0}),
                        key_swatch({"fill_color": SPARSE_COLOR, "fill_opacity": 0.9})
                        .stretch(0.4, 0))
        swatch[1].align_to(swatch[0], LEFT)
        strip = key_entry(swatch, [r"lit: $w^*$ had a $0$"], font_size=KEY_SIZE)
        # The yellow and the blue are both methods' (the words say so for the blue).
        # (r38 review) One line each (fewer text lines), and the yellow line's entry for
        # either plot: the lasso's axes inside its diamond are yellow too.
        # (r62 review 5: "ŵ here: both ≠ 0" read as ŵ's coordinates) "ŵ here ⇒" what w* has.
        maps = VGroup(key_entry(key_swatch(CORNER_FILL),
                                [r"$\hat w$ here $\Rightarrow$ $w^*$ has a $0$"],
                                font_size=KEY_SIZE),
                      key_entry(key_swatch(EDGE_FILL),
                                # (r65 review 6: an index i never introduced)
                                [r"$\hat w$ here $\Rightarrow$ $w^*_1, w^*_2 \ne 0$"],
                                font_size=KEY_SIZE),
                      key_entry(key_line(SPARSE_COLOR),
                                [r"$\hat w$ on it $\Rightarrow$ $w^*$ has a $0$"],
                                font_size=KEY_SIZE))
        maps.arrange(DOWN, aligned_edge=LEFT, buff=0.2)
        # Each key no wider than the room from the column's left to the lasso's plot.
        left = self.plot_frames["l2"].get_right()[0] + FORMULA_GAP
        right = self.plot_frames["l1"].get_left()[0] - FORMULA_GAP
        for part in (dots, strip):
            part.scale(min(1.0, (right - KEY_LEFT) / part.width))
        column = VGroup(data, dots, strip, maps).arrange(DOWN, aligned_edge=LEFT, buff=0.35)
        column.move_to([KEY_LEFT, KEY_TOP, 0.0], aligned_edge=UP + LEFT)
        # The map's key, well below ridge's w₁ label, may start where f's line does (its
        # lines are the longest): at KEY_SIZE in the whole gap between the plots.
        maps.scale(min(1.0, (right - left) / maps.width))
        # (r58 review 4: the dots' key 15 px from ridge's w₁ label) Right, as far as the room
        # to the lasso's plot allows.
        for part in (dots, strip):
            part.shift(RIGHT * max(0.0, min(KEY_NUDGE, right - part.get_right()[0])))
        maps.shift(RIGHT * (left - maps.get_left()[0]))
        # (r45 review: f's line unreadable at 480p) Larger, centred in the whole gap
        # between the plots' frames (the column's own width is narrower).
        data[1].scale(min(1.0, (right - left) / data[1].width))
        data[1].set_x(0.5 * (left + right))
        column.set_z_index(BOTTOM_Z)
        return {"data": data, "dots": dots, "strip": strip, "map": maps}

    def get_frame_numbers(self, norm: str) -> VGroup:
        """Tick numbers just inside the plot's frame, w₁'s along its bottom edge and w₂'s
        along its left one, each with a short tick on the frame: the axes' labelled values
        (every other tick when there are many, as `make_axes` labels them), from the view."""
        axes = self.axes[norm]
        (x_low, x_high, x_tick), (y_low, y_high, y_tick) = self.view.x_range, self.view.y_range
        group = VGroup()
        for low, high, tick, along in ((x_low, x_high, x_tick, 0), (y_low, y_high, y_tick, 1)):
            steps = np.arange(round(low / tick), round(high / tick) + 1)
            every = 2 if steps.size > 8 else 1
            # Not 0 (the other axis is there) nor the frame's own corners.
            values = [k * tick for k in steps
                      if k % every == 0 and k != 0 and low < k * tick < high]
            edge = (y_low if along == 0 else x_low)
            for value in values:
                at = np.array([value, edge]) if along == 0 else np.array([edge, value])
                start = to_scene(axes, at)
                inward = UP if along == 0 else RIGHT
                tick_mark = Line(start, start + FRAME_TICK * inward, color=MUTED_COLOR,
                                 stroke_width=1.5)
                label = legible(MathTex(number(value).tex, font_size=FRAME_NUMBER_SIZE))
                label.next_to(tick_mark, inward, buff=0.06)
                # w₂'s numbers keep clear of w₁'s near the frame's corner (two "−2" there).
                if along == 1 and any(_boxes_meet(label, other[2], FRAME_NUMBER_GAP)
                                      for other in group):
                    continue
                # On a dark box over the curves that pass (a contour, the swept orbit, a
                # wedge's edge): they pass under it, never through the digits.
                back = BackgroundRectangle(label, color=BACKGROUND, fill_opacity=1.0,
                                           buff=0.03)
                group.add(VGroup(tick_mark, back, label))
        return group.set_z_index(FRAME_NUMBER_Z)

    def refollow(self, mobject: VMobject) -> VMobject:
        """Place a follower once on the data as it is now (`follower`'s ``follow``)."""
        self._follow[id(mobject)](mobject)
        self._state = None
        return mobject

    def get_center(self, norm: str) -> VGroup:
        """ŵ: a dot on the orbit and its label outside it, following ``progress``."""
        axes = self.axes[norm]
        dot = marker(to_scene(axes, self.journey.center(0.0)), CENTER_COLOR, radius=0.07)
        label = legible(MathTex(r"\hat w", font_size=30, color=CENTER_COLOR))
        follower = Follower(dot, label)

        def follow(group: VGroup) -> None:
            center = self.state()[norm][0].center
            # Outward, turned away from the nearest axis (HAT_TURN off it, none midway
            # between the axes and none right on one, where the backing hides the axis), so
            # that an axis never runs through the label (r37 review) and (r60 review 2: turned
            # onto the side ŵ had come from, the label sat on the w₁ axis, by w*'s, just
            # after ŵ crossed it) the label is never on w*'s side of the axis.
            out = free_direction([-center])[0]
            angle = float(np.arctan2(out[1], out[0]))
            turn = HAT_TURN * float(np.clip(np.sin(4.0 * angle) / np.sin(4.0 * HAT_BLEND),
                                            -1.0, 1.0))
            c, s = np.cos(turn), np.sin(turn)
            follower.place(to_scene(axes, center),
                           np.array([c * out[0] - s * out[1], s * out[0] + c * out[1]]))
            back.move_to(label.get_center())

        # (r58 review 4: ŵ's label on the lit orbit arc and its ellipse) On a dark backing,
        # as w*'s is: the orbit and the contour pass under it.
        back = BackgroundRectangle(label, color=BACKGROUND, fill_opacity=0.85, buff=0.03)
        back.set_z_index(label.z_index)
        group = VGroup(dot, back, label)
        return self.follower(group, follow)

    def get_solution(self, norm: str) -> VGroup:
        """w*: a dot (red, yellow while a weight is exactly 0) and its label inside the ball."""
        axes = self.axes[norm]
        dot = marker(to_scene(axes, self.state()[norm][1].point), BOTH_COLOR, radius=0.075,
                     z_index=4)
        # (r51 review 4: the yellow dot merged with the orange corner) A dark ring round it.
        dot.set_stroke(BACKGROUND, width=4, opacity=1.0)
        label = legible(MathTex("w^*", font_size=30, color=BOTH_COLOR))
        # (r51 review 2) A wider dark outline: the label may cross an axis line.
        label.set_stroke(BACKGROUND, width=8, background=True)
        follower = Follower(dot, label, buff=STAR_BUFF)  # off the ball's edge (r38 review)
        shown: dict[str, Any] = {"color": None}

        def follow(group: VGroup) -> None:
            loss, sol = self.state()[norm]
            # (r51 review 2: on an axis inside the diamond, or 40–60 px from its dot) Outside
            # the ball at a fixed gap, along g = H(ŵ − w*) (`stationarity_direction`): the
            # ball's outward normal at w* (at a corner, one inside its normal cone), so
            # across the contour's inside, clear of the ball and of the contour line.
            # Turned up to STAR_OFF_G off g, away from ŵ's side of g's line (ŵ − w* = H⁻¹g
            # is g turned a little), smoothly: straight along g only when ŵ lies on g's
            # line, beyond the label.
            g = stationarity_direction(self.journey.hessian, loss.center, sol.point)
            toward = np.asarray(loss.center, dtype=float) - np.asarray(sol.point, dtype=float)
            side = float(g[0] * toward[1] - g[1] * toward[0]) / max(float(np.hypot(*toward)),
                                                                   1e-12)
            turn = -STAR_OFF_G * float(np.clip(side / np.sin(STAR_SIDE_BLEND), -1.0, 1.0))
            # (r60 review 2: at a corner ŵ − w* lies near g's line, so the label sat along g,
            # between w* and ŵ, on the axis) Near an axis, turned off it instead, onto the
            # side away from ŵ's (ŵ's label is turned off it onto ŵ's side): fully once w*
            # is on the axis and ŵ STAR_AXIS_SPAN off it, smoothly in between.
            point = np.asarray(sol.point, dtype=float)
            axis = int(np.argmin(np.abs(point)))  # the coordinate near 0: that axis's normal
            normal = np.zeros(2)
            normal[axis] = 1.0
            spin = 1.0 if g[0] * normal[1] - g[1] * normal[0] >= 0.0 else -1.0
            off = float(np.clip(loss.center[axis] / STAR_AXIS_SPAN, -1.0, 1.0))
            near = float(np.clip(1.0 - abs(point[axis]) / (STAR_AXIS_NEAR * self.t), 0.0, 1.0))
            near = near * near * (3.0 - 2.0 * near)  # smoothstep
            turn = (1.0 - near) * turn - near * STAR_OFF_G * spin * off
            c, s = np.cos(turn), np.sin(turn)
            outward = np.array([c * g[0] - s * g[1], s * g[0] + c * g[1]])
            follower.place(to_scene(axes, sol.point), outward,
                           self.star_distance(outward, label))
            back.move_to(label.get_center())
            zero = self.journey.zero(norm, self.progress.get_value())
            if (zero is None) != shown["color"]:
                # Only on a change, so a fade's opacities are kept.
                # The label takes the dot's colour: a red w* next to a yellow dot would
                # contradict the key.
                color = BOTH_COLOR if zero is None else SPARSE_COLOR
                if zero is None:
                    both_ring(dot)
                else:
                    dot.set_fill(color)
                    dot.set_stroke(BACKGROUND, width=4)
                label.set_fill(color)
                if shown["color"] is not None:
                    dot.scale(1.0 / ZERO_SCALE if zero is None else ZERO_SCALE)
                elif zero is not None:
                    dot.scale(ZERO_SCALE)
                shown["color"] = zero is None

        # (r51 review 2) On a dark backing: the contour and an axis pass under it.
        back = BackgroundRectangle(label, color=BACKGROUND, fill_opacity=0.85, buff=0.03)
        back.set_z_index(label.z_index)
        group = VGroup(dot, back, label)
        return self.follower(group, follow)

    def star_distance(self, direction: np.ndarray, label: VMobject) -> float:
        """How far w*'s label's centre sits from its dot along the unit ``direction``: the
        enlarged dot's radius, a gap and the label box's reach that way (its support, so
        the gap is the same all round). Layout only, smooth in ``direction``."""
        d = np.asarray(direction, dtype=float)[:2]
        reach = 0.5 * (abs(float(d[0])) * label.width + abs(float(d[1])) * label.height)
        return STAR_DOT_REACH + STAR_GAP + reach

    def get_contour(self, norm: str) -> VMobject:
        """The contour through w*, clipped to the view, following ``progress``."""
        axes = self.axes[norm]
        contour = VMobject(stroke_color=CONTOUR_COLOR, stroke_width=3, z_index=1)

        def follow(mobject: VMobject) -> None:
            loss, sol = self.state()[norm]
            level = float(growth_levels(sol.level, [self.growth.get_value()])[0])
            set_pieces(mobject, axes, clip_polyline(level_set(loss, level,
                                                             samples=CONTOUR_SAMPLES), self.view))

        return self.follower(contour, follow)

    def get_strip(self, norm: str) -> VGroup:
        """The journey as a bar: its frame, the lit stretches (the lasso's arcs), the instants
        (ridge's crossings) and a cursor at ŵ's progress, all following ``progress``."""
        frame_axes = Axes(x_range=[0.0, 1.0, 1.0], y_range=[0.0, 1.0, 1.0], x_length=STRIP_WIDTH,
                          y_length=STRIP_HEIGHT, tips=False)
        frame_axes.next_to(self.panels[norm], DOWN, buff=0.2)
        frame = polyline(frame_axes, interval_boxes([(0.0, 1.0)])[0][[0, 1, 2, 3, 0]],
                         stroke_color=TEXT_COLOR, stroke_width=1.5)
        lit = VMobject(stroke_width=0, fill_color=SPARSE_COLOR, fill_opacity=0.9)
        # (r58 review 6: hairlines at 480p) Ticks 3–4 px wide at 720p.
        instants = VMobject(stroke_color=SPARSE_COLOR, stroke_width=INSTANT_WIDTH)
        cursor = polyline(frame_axes, interval_boxes([(0.0, 0.0)], heights=1.5,
                                                      base=-0.25)[0][[0, 3]],
                          stroke_color=CENTER_COLOR, stroke_width=3)

        drawn: dict[str, Any] = {"lit": None, "passed": None, "cursor": 0.0}

        def follow_lit(mobject: VMobject) -> None:
            lit = self.journey.lit(self.progress.get_value()) if norm == "l1" else []
            if lit != drawn["lit"]:  # unchanged between the arcs: nothing to redraw
                drawn["lit"] = lit
                set_pieces(mobject, frame_axes,
                           [box[[0, 1, 2, 3, 0]] for box in interval_boxes(lit)])

        def follow_instants(mobject: VMobject) -> None:
            s = self.progress.get_value()
            passed = [c.progress for c in self.journey.passed(s)] if norm == "l2" else []
            if passed != drawn["passed"]:
                drawn["passed"] = passed
                boxes = interval_boxes([(p, p) for p in passed], heights=INSTANT_HEIGHT,
                                       base=INSTANT_BASE)
                set_pieces(mobject, frame_axes, [box[[0, 3]] for box in boxes])

        def follow_cursor(mobject: VMobject) -> None:
            # Built at progress 0 (below); moved by what the progress moved since.
            s = self.progress.get_value()
            if s != drawn["cursor"]:
                moved = to_scene(frame_axes, [s, 0.0]) - to_scene(frame_axes, [drawn["cursor"], 0.0])
                mobject.shift(moved)
                drawn["cursor"] = s

        for mobject, follow in ((lit, follow_lit), (instants, follow_instants),
                                (cursor, follow_cursor)):
            self.follower(mobject, follow)
        # (r65 review 1: "start / back to start" small at 480p; r66, a cut round) No end
        # labels: the cursor rides with ŵ from the orbit's grey start mark and back.
        strip = VGroup(frame, lit, instants, cursor)
        strip.set_z_index(BOTTOM_Z)
        strip.frame_axes = frame_axes
        return strip


class GrowingContour:
    """The contour of ``loss`` growing from ŵ until it first touches: level α² f(w*) as
    α goes from 0 to 1 (`regmath.drawing.growth_levels`), clipped to ``view``.

    Built at its touching level (α = 1); `grow` plays the growth under a cue.
    """

    def __init__(self, axes: Axes, loss: Quadratic, sol: Solution, view: Any, *,
                 samples: int | None = None, **style: Any) -> None:
        self.axes, self.loss, self.sol, self.view = axes, loss, sol, view
        self.samples = {} if samples is None else {"samples": samples}
        self.growth = ValueTracker(1.0)
        self.mobject = VMobject(**style)
        self.follow(self.mobject)

    def follow(self, mobject: VMobject) -> None:
        level = float(growth_levels(self.sol.level, [self.growth.get_value()])[0])
        set_pieces(mobject, self.axes, clip_polyline(
            level_set(self.loss, level, **self.samples), self.view))

    def grow(self, cue: Any, **play: Any) -> None:
        """From ŵ to touching, as ``cue.play(..., **play)`` times it (``at``, ``until``)."""
        self.growth.set_value(0.0)
        self.follow(self.mobject)
        cue.scene.add(self.mobject)
        self.mobject.add_updater(self.follow)
        cue.play(self.growth.animate.set_value(1.0), rate_func=linear, **play)
        self.mobject.clear_updaters()
        self.growth.set_value(1.0)  # exactly touching
        self.follow(self.mobject)


def pulse(axes: Axes, outline: np.ndarray, *, color: Any = TEXT_COLOR,
          run_time: float = 1.2) -> Animation:
    """A bright copy of a closed outline (problem points) that flares and fades on top,
    over ``run_time`` seconds (a third to flare, the rest to fade).

    Instead of `Indicate` on a mobject drawn early: Manim redraws every mobject
    after the first moving one, so animating an early one redraws the scene.
    """
    flare = polyline(axes, outline, stroke_color=color, stroke_width=7)
    animation = Succession(Reveal(flare, run_time=run_time / 3.0),
                           Conceal(flare, run_time=2.0 * run_time / 3.0))
    animation.mobject.set_z_index(TOP_Z)  # the group's own z, and its member's
    return animation


class Follower:
    """A marker and its label that follow a moving point by shifting (no re-layout per frame).

    The label keeps the distance `place_label` gives it from the marker, on the
    side ``direction`` says (a unit problem direction from `free_direction`):
    layout, computed once; each frame only shifts the two by what they moved.
    """

    def __init__(self, dot: VMobject, label: VMobject, *, buff: float = LABEL_BUFF) -> None:
        self.dot, self.label = dot, label
        place_label(label, dot.get_center(), np.array([1.0, 0.0]), np.pi, buff=buff)
        self.distance = float(label.get_center()[0] - dot.get_center()[0])
        self.at = dot.get_center().copy()
        self.label_at = label.get_center().copy()

    def place(self, point: np.ndarray, direction: np.ndarray, distance: float | None = None
              ) -> None:
        """Put the marker at the scene ``point`` and its label ``direction`` of it (at
        ``distance``, by default the one `place_label` gave)."""
        self.dot.shift(point - self.at)
        self.at = np.array(point, dtype=float)
        far = self.distance if distance is None else distance
        target = self.at + far * as_direction(direction)
        self.label.shift(target - self.label_at)
        self.label_at = target


def orbit_point(orbit_radius: float, angle: float) -> np.ndarray:
    """The orbit's point at ``angle`` (`regmath.sparsity.orbit` at progress 0 from there)."""
    return orbit(orbit_radius, 0.0, start_angle=angle)


@contextmanager
def lifted(*mobjects: VMobject) -> Iterator[None]:
    """Draw ``mobjects`` on top while they animate, then at the bottom again.

    For mobjects that overlap nothing (the key, the strips, panel text), where the
    drawing order shows nowhere: at the bottom they are never redrawn when something
    else moves, and on top while they move, nothing else is redrawn with them.
    """
    for mobject in mobjects:
        mobject.set_z_index(TOP_Z)
    try:
        yield
    finally:
        for mobject in mobjects:
            mobject.set_z_index(BOTTOM_Z)


@contextmanager
def attached(mobject: VMobject, follow: Any) -> Iterator[None]:
    """``follow`` as ``mobject``'s updater while a sweep plays; afterwards, placed once more
    and detached (a mobject with an updater counts as moving in every later hold)."""
    mobject.add_updater(follow)
    try:
        yield
    finally:
        mobject.remove_updater(follow)
        follow(mobject)


def under_labels(animation: Animation) -> Animation:
    """A flash drawn under the labels (r50 layout: its rays struck w*'s label), whose dark
    outline then cuts the rays that reach them."""
    animation.mobject.set_z_index(LABEL_Z - 1)
    return animation


def raised(mobject: VMobject, dz: int) -> VMobject:
    """Raise every member of ``mobject`` by ``dz`` in drawing order (into the lens)."""
    for member in mobject.get_family():
        member.z_index = member.z_index + dz
    return mobject


def legible_line(line: VMobject, *, z_index: int = 3) -> VMobject:
    """A highlighted curve with a dark outline, so it reads over a fill of its own colour."""
    line.set_stroke(palette.BACKGROUND, width=line.get_stroke_width() + 5, background=True)
    line.set_z_index(z_index)
    return line


def flash(mobject: Any, color: Any, **kwargs: Any) -> Flash:
    """Manim's `Flash` with its rays drawn on top: they are added last and, at z 0, would be
    drawn under every label, which then would redraw in each of the flash's frames."""
    radius = kwargs.pop("flash_radius", 0.3)
    length = kwargs.pop("line_length", 0.15)
    # A dot near the plot's bottom (a random ŵ, say) must not flash into the caption strip.
    above = float(np.asarray(getattr(mobject, "get_center", lambda: mobject)())[1]) - CAPTION_TOP
    radius = max(min(radius, above - length), 0.5 * radius)
    length = max(min(length, above - radius), 0.02)
    animation = Flash(mobject, color=color, flash_radius=radius, line_length=length, **kwargs)
    animation.mobject.set_z_index(TOP_Z)
    return animation


def lens_ball(axes: Axes, box: Any, *, norm: str, radius: float) -> VGroup:
    """The ball ‖w‖ ≤ radius inside a zoom panel: its faint fill and its outline, both
    clipped to the panel's box."""
    outline = ball_outline(norm, radius)
    inside = clip_polygon(outline, box)
    return VGroup(*([filled_polygon(axes, inside, stroke_width=0, z_index=ZOOM_Z,
                                    fill_color=BALL_COLORS[norm], fill_opacity=0.18)]
                    if len(inside) >= 3 else []),
                  set_pieces(VMobject(stroke_color=BALL_COLORS[norm], stroke_width=4,
                                      z_index=ZOOM_Z), axes, clip_polyline(outline, box)))


def lens_heading(words: str, above: VMobject) -> Tex:
    """A lens's heading in the place of the plot's ``above``, no wider than a plot."""
    heading = Tex(words, font_size=KEY_SIZE, color=TEXT_COLOR)
    heading.scale(min(1.0, PANEL_SIDE / heading.width))
    return heading.move_to(above).set_z_index(BOTTOM_Z)


def key_line(color: Any) -> VMobject:
    """A short line swatch for a key (the ridge rays)."""
    from manim import Line

    return Line(LEFT * 0.17, RIGHT * 0.17, stroke_color=color, stroke_width=3)


# ========================================================================= odds
#: The right panel's fonts and line spacing (scene units).
ODDS_FONT = 28
TITLE_FONT = 32
LINE_BUFF = 0.17
#: SparsityOdds' tick numbers: the opacity and margin of the dark box behind each.
#: (r87, reviews r86 6, r86b 6: the dots showed through at 0.8, 0.05) Nearly opaque, wider.
TICK_BOX_OPACITY = 0.92
TICK_BOX_BUFF = 0.07
#: A tick number's box stops this far (scene units) above the caption strip.
CAPTION_CLEARANCE = 0.005
#: The sample ellipses have the area of a disc of this share of the square's half-width.
ELLIPSE_SHARE = 0.13
#: How many random ellipses the sampling beat draws.
ELLIPSES_SHOWN = 2
#: The dots' share of their opacity while one loss's rays and map are shown (the other dots
#: have other H's: seen in a yellow wedge, a blue dot reads as a contradiction).
DOTS_DIM = 0.12
#: The ring chart's value over each bar (narrow bars: the % is on the axis).
BAR_VALUE_SIZE = 28
#: The panel's counters and key, stepped back for the ring chart: still readable at 480p
#: (review r30: at 0.3 they were barely legible).
PANEL_DIM = 0.55
#: The examples' contour grows from ŵ to touching over at least this long (seconds).
GROW_SECONDS = 1.0
#: SparsityOdds' ridge contour grows over at least this long (review r32: in 1 s the tangency
#: was not seen; the lasso examples' take 2–3 s).
RIDGE_GROW_SECONDS = 2.5
#: SparsityOdds' tick numbers: above the dots, the maps and the rays, on their dark halo.
TICK_Z = 10
CARRY_SECONDS = 3.0
LAND_SECONDS = 1.5
#: How long an example's ŵ is marked before its contour grows (seconds).
CENTER_MARK_SECONDS = 0.5

#: SparsityOdds' morph H_s = (1 − s)I + sH of the cone and the map lasts at least (seconds).
MORPH_SECONDS = 3.5
#: SparsityOdds' gap between the panel's lines in the "why" beats (scene units).
PANEL_TIGHT = 0.08
#: SparsityOdds: the map fades and the rings draw over at least this long (seconds).
FADE_TO_RINGS = 0.7
#: SparsityOdds: a panel line written as its words are said fades in over (seconds).
REVEAL_SECONDS = 0.6
#: The ring bars' values (r82, review r75 7: at 28 three neighbours touched): the tick
#: numbers' size.
BAR_NUMBER_SIZE = FRAME_NUMBER_SIZE
#: SparsityOdds' highlight of a counter line, peaking half-way (seconds).
INDICATE_SECONDS = 1.0
#: SparsityOdds' lasso normal cone: the lasso's orange (review r36 item 4: the push's green
#: read as ridge's); dark-outlined over the yellow wedges and the orange diamond.
ODDS_CONE_COLOR = palette.LASSO
#: SparsityOdds' loss contours: a neutral grey of their own (review r36 item 4: their light
#: blue was also the "both ≠ 0" dots' and the bands').
ODDS_CONTOUR_COLOR = palette.MUTED
#: Each ring of the distance plot must hold at least this many losses.
MIN_PER_RING = 20
#: The examples are looked for among the first losses drawn.
EXAMPLE_POOL = 200
#: The count runs at least this long (seconds), however short its words.
COUNT_SECONDS = 6.5
#: Each batch of the count takes this share of the one before it.
COUNT_DECAY = 0.85
#: SparsityOdds' ridge formula: a light shade of ridge's green (readable on black).
#: (r87) The ridge reason's pull g at w*, in units of t (the normal n is half as long).
RIDGE_PULL_LENGTH = 1.2
#: How far n is drawn beside g (scene units): clear of g's stroke and of w*'s dot.
NORMAL_OFFSET = 0.17
#: ŵ's dark ring (stroke width) once it sits on the cone and the map's fills.
HAT_RING_ON_FILL = 5.0
RIDGE_LIGHT = ManimColor(BALL_COLORS["l2"]).interpolate(ManimColor("#FFFFFF"), 0.45)
#: The view's margin around the sampling square: none, so the square fills the plot (a margin
#: would round the axes out to the next tick step, [−15, 15] for a square of ±10).
SQUARE_MARGIN = 0.0
#: Size of the plot of the share against ‖ŵ‖₂ / t (scene units).
PLOT_SIZE = (5.2, 1.45)
#: The share plot's y axis this far right of the panel's left edge (its numbers hang left).
PLOT_INDENT = 0.0
PLOT_CENTER = np.array([3.5, -1.8, 0.0])
#: Gap between the panel's key and the share plot's top (scene units).
PLOT_GAP = 0.15
#: How long the corners' marks take to clear as the closing words start (seconds).
CLEAR_SECONDS = 0.5
#: SparsityOdds draws at most this many losses as dots unless `shown` says otherwise (a
#: count below it, such as a lecturer's 3000, draws every loss).
DOTS_BY_DEFAULT = 5000
#: Seconds the last frame holds after the last words (room for a lecturer's cut).
FINAL_HOLD = 2.0
#: Ridge's all-blue cloud held, its count lit, before the ridge proof (seconds).
RIDGE_COLOUR_SECONDS = 4.0
#: The chords, all drawn, looked at before the rings come (seconds).
CHORDS_HOLD = 1.0
#: The picture rests this long after each of the two punchlines (no area, positive area).
PUNCHLINE_REST = 1.2
#: Where the balls' names sit: beside the circle at these angles (ridge's, the lasso's).
BALL_LABEL_ANGLES = (0.25 * np.pi, -0.25 * np.pi)
#: The examples' w* labels (small enough for two coordinates to fit inside the plot).
EXAMPLE_LABEL_SIZE = 26
#: Significant digits of the edge example's w* (two: a short label that fits beside the ball).
EDGE_DIGITS = 2
#: Gaps tried between an example's w* label and w* (scene units); then, with a leader line,
#: further out.
LABEL_BUFFS = (0.12, 0.3)
LEADER_BUFFS = (0.6, 0.9)
#: SparsityOdds' examples: longer leaders still, before a label may cross its contour (review
#: r30: the edge example's w* label sat on its contour).
FAR_LEADER_BUFFS = (1.3, 1.8)
#: Clearance kept between an example's w* label and a tick number or ŵ's flash (scene units).
LABEL_CLEARANCE = 0.05
#: What covering one tick number costs a label's place (as many crossed curve points).
HIDE_COST = 6
#: (r87) A leader's clearance from the curves beside it (scene units), beyond this distance
#: from the point it names (where it must leave the curve the point lies on).
LEADER_ALONG_GAP = 0.1
LEADER_ALONG_FROM = 0.25
#: The reach of the flashes that mark an example's ŵ and dot (their flash_radius + line_length).
DOT_FLASH_REACH = 0.45
#: SparsityOdds: the reach of the flash that marks an example's ŵ (flash_radius 0.25 +
#: line_length 0.12), a little more; its label sits this far from the dot.
CENTER_FLASH_REACH = 0.4


def place_inside(label: VMobject, point: np.ndarray, preferred: np.ndarray,
                 obstacles: list[VMobject], solid: list[VMobject], area: VMobject, *,
                 hideable: list[VMobject] = (), far_buffs: tuple[float, ...] = ()
                 ) -> tuple[VMobject | None, list[VMobject]]:
    """Put ``label`` beside the scene ``point`` inside ``area``'s box, its box clear of every
    box in ``solid`` (tick numbers, another label, a flash's reach), crossing as few of the
    ``obstacles``' curves as it can; ``preferred`` (a problem direction) is tried first.

    Close to the point first (LABEL_BUFFS); only when every close place crosses a curve,
    further out (LEADER_BUFFS), joined to the point by a thin leader, which is returned
    (else None). Layout only (the point, the area and the obstacles come from regmath
    through the axes). Falls back on `place_clear` when no place meets the hard constraints.

    ``hideable`` (tick numbers) are solid too, unless every place crosses a curve: then a
    place may cover some of them (each costing HIDE_COST curve points), and those are
    returned, to be hidden while the label shows. Returns (leader or None, hidden).
    """
    # TOOLKIT: place_clear counts outline points only, so a label may sit on a tick number's
    # inside (its glyph's outline outside the label's box), and it may leave the plot.
    from manim import Line

    from scenes.toolkit.style import _COMPASS, _outline_samples

    first = as_direction(preferred) / max(float(np.linalg.norm(preferred)), 1e-12)
    directions = [first, *sorted(_COMPASS, key=lambda d: -float(d @ first))]
    curves = _outline_samples(obstacles)
    low_area, high_area = area.get_corner(DOWN + LEFT), area.get_corner(UP + RIGHT)
    def box(m: VMobject) -> tuple[np.ndarray, np.ndarray]:
        return (m.get_corner(DOWN + LEFT)[:2] - LABEL_CLEARANCE,
                m.get_corner(UP + RIGHT)[:2] + LABEL_CLEARANCE)

    boxes, soft = [box(m) for m in solid], [box(m) for m in hideable]

    def meets(low: np.ndarray, high: np.ndarray, other: tuple[np.ndarray, np.ndarray]) -> bool:
        return bool(np.all(low <= other[1]) and np.all(other[0] <= high))

    def cost(buff: float, direction: np.ndarray, hiding: bool) -> float | None:
        label.next_to(point, direction, buff=buff)
        low, high = box(label)
        if np.any(low < low_area[:2]) or np.any(high > high_area[:2]):
            return None
        if any(meets(low, high, b) for b in boxes):
            return None
        covered = sum(meets(low, high, b) for b in soft)
        if covered and not hiding:
            return None
        along = 0
        if buff in (*LEADER_BUFFS, *far_buffs) and len(curves):
            # (r87, reviews r86 2, r86b 2, 3) A leader lying along a curve (the diamond's edge)
            # read as pointing where that curve goes: each curve point beside the leader, away
            # from the point it names, costs as a point under the label.
            half = 0.5 * (high - low)
            end = label.get_center()[:2] - np.sign(np.round(direction[:2], 9)) * half
            start = point[:2]
            span = end - start
            length2 = max(float(span @ span), 1e-12)
            u = np.clip((curves - start) @ span / length2, 0.0, 1.0)
            gap = np.linalg.norm(curves - (start + u[:, None] * span), axis=1)
            far = np.linalg.norm(curves - start, axis=1) > LEADER_ALONG_FROM
            along = int(np.count_nonzero((gap < LEADER_ALONG_GAP) & far))
        return HIDE_COST * covered + along + int(np.count_nonzero(
            np.all((curves >= low) & (curves <= high), axis=1)))

    best, lowest = None, None
    # ``far_buffs`` (opt-in, none by default): longer leaders, tried before hiding a number.
    for hiding, buffs in ((False, LABEL_BUFFS), (False, LEADER_BUFFS), (False, far_buffs),
                          (True, LABEL_BUFFS), (True, LEADER_BUFFS)):
        for buff in buffs:
            for direction in directions:
                found = cost(buff, direction, hiding)
                if found is not None and (lowest is None or found < lowest):
                    best, lowest = (direction, buff), found
        if lowest == 0:
            break
    if best is None:
        place_clear(label, point, preferred, [*obstacles, *solid, *hideable])
        return None, []
    label.next_to(point, best[0], buff=best[1])
    low, high = box(label)
    hidden = [m for m, b in zip(hideable, soft) if meets(low, high, b)]
    if best[1] not in (*LEADER_BUFFS, *far_buffs):
        return None, hidden
    # The leader: from the point to the label's box, along the placement's direction.
    half = 0.5 * (label.get_corner(UP + RIGHT) - label.get_corner(DOWN + LEFT))
    end = label.get_center() - np.sign(np.round(best[0], 9)) * half
    return Line(point, end, stroke_color=label.get_color(), stroke_width=1.5, buff=0.1), hidden


#: (r84, review r83 1) Each of the why's beats on screen at least this long (seconds) ...
WHY_CAPTION_SECONDS = 4.5
#: ... and each of its subtitles read at no more than this many characters a second (r86:
#: 12 → 11, both fresh reviews of r85 found 58–120 s too dense for a learner alone; the
#: ridge's condition and its "no area" beat, in that window too, take the same pace).
WHY_CHARS_PER_SECOND = 11.0



def _crossed(numbers: list[VMobject], lines: list[VMobject], gap: float = 0.03
             ) -> list[VMobject]:
    """The tick ``numbers`` (their boxes grown by ``gap``) that any of ``lines`` (straight
    pieces between their points) passes through."""
    points = []
    for line in lines:
        for member in line.family_members_with_points():
            anchors = member.points[:, :2]
            for a, b in zip(anchors[:-1], anchors[1:]):
                points.append(a + np.linspace(0.0, 1.0, 40)[:, None] * (b - a))
    if not points:
        return []
    every = np.vstack(points)
    out = []
    for n in numbers:
        half = np.array([n.width, n.height]) / 2 + gap
        if np.any(np.all(np.abs(every - n.get_center()[:2]) < half, axis=1)):
            out.append(n)
    return out


def _inside(point: np.ndarray, polygon: np.ndarray) -> bool:
    """Whether ``point`` lies inside the closed ``polygon`` (scene points, even-odd rule)."""
    x, y = float(point[0]), float(point[1])
    inside = False
    for a, b in zip(polygon, np.roll(polygon, -1, axis=0)):
        if (a[1] > y) != (b[1] > y):
            if x < a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1]):
                inside = not inside
    return inside


def _boxes_meet(a: VMobject, b: VMobject, gap: float) -> bool:
    """Whether the bounding boxes of ``a`` and ``b`` come closer than ``gap``."""
    return bool(np.all(np.abs(a.get_center() - b.get_center())[:2]
                       < (np.array([a.width + b.width, a.height + b.height]) / 2 + gap)))


def _shown_check(value: Any, name: str) -> int | None:
    if value is None:
        return None
    return _whole(1, 20000, "how many losses are drawn as dots; None draws every one")(value, name)


class SparsityOdds(StoryScene):
    """Many random losses: how often does each solution have an exact zero, and why?"""

    seed: ClassVar[int] = 2026
    #: Losses solved and counted: 20000 keeps each ring's 95 % interval near ±2 points.
    count: ClassVar[int] = 20000
    #: Losses drawn as dots (the first ones); None: every one, up to DOTS_BY_DEFAULT (5000
    #: fill the square; more would only pile up and take long to draw).
    shown: ClassVar[int | None] = None
    #: The dots land in this many batches, growing geometrically.
    batches: ClassVar[int] = 14
    radius: ClassVar[float] = 1.0
    #: ŵ is uniform in the square |ŵ₁|, |ŵ₂| ≤ reach · t (outside the circle ‖ŵ‖₂ ≤ t).
    reach: ClassVar[float] = 3.0
    #: cond(H) is log-uniform in [1, max_condition].
    max_condition: ClassVar[float] = 10.0
    #: Rings of ‖ŵ‖₂ / t in the distance plot.
    rings: ClassVar[int] = 5

    parameters = {
        "seed": _whole(0, 2**63 - 1, "any whole number >= 0 picks a reproducible sample"),
        "count": _whole(100, 20000, "fewer losses give shares too coarse to compare, more take "
                                    "long to draw"),
        "shown": _shown_check,
        "batches": _whole(1, 60, "the dots land in this many steps"),
        "radius": positive(),
        "reach": _finite(1.2, 10.0, "the square's half-width in units of radius; it must "
                                    "reach well outside the ball"),
        # At exactly 1 every H is a multiple of I: the contours are circles, nothing turns or
        # stretches, and the words about random axes and tilts would be false.
        "max_condition": _finite(MIN_CONDITION, MAX_CONDITION, "the largest cond(H) drawn; "
                                 f"below {MIN_CONDITION} every contour is a circle to the eye "
                                 "and nothing turns or bends: raise max_condition to at least "
                                 f"{MIN_CONDITION}; WhyCornersWin with H = I shows the "
                                 "isotropic case"),
        "rings": _whole(2, 10, "rings of ‖ŵ‖₂ / t in the distance plot"),
    }

    # ------------------------------------------------------------------ data
    def setup(self) -> None:
        super().setup()
        data = self.data
        if data["shown"] is not None and data["shown"] > data["count"]:
            raise refuse("shown", f"must be at most count = {data['count']} (the losses drawn), "
                                  f"got {data['shown']}; lower shown, or set it to None to draw "
                                  "every loss")
        self.t = data["radius"]
        self.experiment = sparsity_experiment(data["count"], seed=data["seed"], radius=self.t,
                                              reach=data["reach"],
                                              max_condition=data["max_condition"])
        self.ring_data = ring_shares(self.experiment, data["rings"])
        fewest = min(int(np.min(self.ring_data.totals)), self.ring_data.corner_total)
        if fewest < MIN_PER_RING:
            name = changed_first(self, "rings", "count", "reach")
            raise refuse(name, (
                f"{data['count']} losses in {data['rings']} rings of ‖ŵ‖₂ / t up to "
                f"{number(data['reach']).text} leave only {fewest} in the emptiest ring (or in the "
                f"square's corners past them); at least {MIN_PER_RING} are needed for its "
                "share to mean anything: raise count, lower rings, or widen reach"))
        self.dot_count = (min(data["count"], DOTS_BY_DEFAULT) if data["shown"] is None
                          else data["shown"])
        exp = self.experiment
        self.square = sampling_square(exp)
        self.view = view_box([self.square, ball_outline("l2", self.t)], margin=SQUARE_MARGIN)
        # The square fills the view, so the axes end at its sides: no tick number at the four
        # ends (the axis labels are at two; at the other two, a wide number such as −300
        # would stick out of the frame). The square's half-width is in the words and the panel.
        ends = [(self.view.x_range[0], 0.0), (self.view.x_range[1], 0.0),
                (0.0, self.view.y_range[0]), (0.0, self.view.y_range[1])]
        self.axes_group = make_axes(self.view, keep_clear=ends,
                                    avoid=[ball_outline("l1", self.t), ball_outline("l2", self.t),
                                           self.square])
        self.axes = self.axes_group[0]
        # One style all scene long (review r36 items 2, 9: the wide dark halo read as black
        # blobs over the map): a thin, translucent dark box behind each tick number, which
        # keeps it readable amid the dots and lets the curves under it show through.
        for tick_number in [*self.axes.x_axis.numbers, *self.axes.y_axis.numbers]:
            # A bottom number near the caption strip gets a thinner box, never one into it
            # (variant radius-1e3: the box reached 0.013 below the strip's top).
            room = float(tick_number.get_bottom()[1]) - CAPTION_TOP - CAPTION_CLEARANCE
            tick_number.add_background_rectangle(color=BACKGROUND, opacity=TICK_BOX_OPACITY,
                                                 buff=min(TICK_BOX_BUFF, max(room, 0.0)))
            # Above the dots, the maps and the rays (review r32: buried under 5000 dots).
            tick_number.set_z_index(TICK_Z)
        self.examples = self.pick_examples()

    def pick_examples(self) -> dict[str, int]:
        """The first loss whose lasso solution is at a corner and the first on an edge."""
        sparse = self.experiment.l1_sparse[:EXAMPLE_POOL]
        found = {}
        for kind, flags in (("corner", sparse), ("edge", ~sparse)):
            hits = np.flatnonzero(flags)
            if hits.size:
                found[kind] = int(hits[0])
        return found

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("sampling")
        self.show_sampling()
        self.next_section("examples")
        self.show_examples()
        self.next_section("count")
        self.count_losses()
        self.show_why()
        self.next_section("distance")
        self.show_distance()
        # The last motion lands as its words end; a short hold lets the last frame be seen
        # (and is the still frame a control-frame test compares).
        self.wait(FINAL_HOLD)

    # ----------------------------------------------------------------- beats
    def show_sampling(self) -> None:
        exp = self.experiment
        self.title = Tex(r"How often does $w^*$ have an exact $0$?", font_size=TITLE_FONT)
        self.title.to_corner(UP + LEFT, buff=0.35).align_to([PANEL_LEFT, 0, 0], LEFT)
        self.balls = {norm: ball_shape(self.axes, norm, self.t) for norm in ("l1", "l2")}
        box = number(exp.box)
        t_tex = number(self.t).tex
        # The balls' key stays in the panel for the whole scene (a clip cut in later still says
        # which shape is which, and what t is); the loss, then the recipe for ŵ and H.
        self.ball_tags = VGroup(
            MathTex(r"\text{lasso } \|w\|_1 \le t", font_size=ODDS_FONT, color=BALL_COLORS["l1"]),
            MathTex(r"\text{ridge } \|w\|_2 \le t", font_size=ODDS_FONT, color=BALL_COLORS["l2"]),
            MathTex(rf"t = {t_tex}", font_size=ODDS_FONT, color=TEXT_COLOR))
        self.ball_tags.arrange(RIGHT, buff=0.4)
        self.lines = VGroup(
            MathTex(r"f(w) = \tfrac12 (w - \hat w)^{\mathsf T} H\, (w - \hat w)",
                    font_size=ODDS_FONT),
            MathTex(rf"\hat w\ \text{{uniform in}}\ |\hat w_1|, |\hat w_2| \le {box.tex},\ "
                    rf"\|\hat w\|_2 > {t_tex}", font_size=ODDS_FONT),
            # (cond(H) ≥ 1 always; the "1 ≤" is left out so a bound of 10000 still fits.)
            MathTex(rf"H\!:\ \text{{random axes}},\ \operatorname{{cond}}(H) \le "
                    rf"{number(exp.max_condition).tex},\ \text{{log-uniform}}",
                    font_size=ODDS_FONT))
        VGroup(self.ball_tags, *self.lines).arrange(DOWN, aligned_edge=LEFT, buff=LINE_BUFF)
        VGroup(self.ball_tags, *self.lines).next_to(self.title, DOWN, buff=0.25,
                                                    aligned_edge=LEFT)
        # The loss's line stands for the loss; its later indications mean the H line.
        self.loss_line = self.lines[0]
        self.lines = VGroup(*self.lines[1:])
        self.title.set_z_index(BOTTOM_Z)
        self.lines.set_z_index(BOTTOM_Z)
        self.ball_tags.set_z_index(BOTTOM_Z)
        self.loss_line.set_z_index(BOTTOM_Z)
        square = DashedVMobject(polyline(self.axes, self.square, stroke_color=TEXT_COLOR,
                                         stroke_width=2), num_dashes=60)
        # Each ball named on the picture too (for a clip shown without captions), outside the
        # circle on a diagonal, where nothing else is yet; when the square comes they move into
        # the panel's key, where they stay.
        self.ball_labels = {}
        for norm, angle in (("l2", BALL_LABEL_ANGLES[0]), ("l1", BALL_LABEL_ANGLES[1])):
            label = legible(MathTex(rf"\|w\|_{norm[1]} \le t", font_size=30,
                                    color=BALL_COLORS[norm]))
            anchor = orbit_point(self.t, angle)
            place_clear(label, to_scene(self.axes, anchor), free_direction([-anchor])[0],
                        [*self.balls.values(), *self.axes.x_axis.numbers,
                         *self.axes.y_axis.numbers], minor=[self.axes])
            self.ball_labels[norm] = label
        # The title and the axes are on screen from the first frame (nothing black under the
        # first caption); the words then point at the two weights' axes and draw the balls as
        # they are named.
        self.add(self.axes_group, self.title)
        with self.cue("With two weights w₁, w₂{@axes}: {@balls}the lasso's diamond and ridge's "
                      "circle, both of radius {@t}{t} = {tval}.", tval=number(self.t),
                      spoken="With two weights, w-one and w-two{@axes}: {@balls}the lasso's "
                      "diamond and ridge's circle, both of radius {@t}t = {tval}.") as cue:
            cue.play(Indicate(self.axes_group[1], color=TEXT_COLOR), at="axes", until="balls")
            with lifted(*self.ball_labels.values()):
                cue.play(*draw_ball(self.balls["l2"]), *draw_ball(self.balls["l1"]),
                         *(Reveal(label) for label in self.ball_labels.values()), at="balls",
                         until="t")
            # "t = 1" in the panel as it is said (review r32: it came 2 s after its words).
            with lifted(self.ball_tags[2]):
                cue.play(Reveal(self.ball_tags[2]), until=cue.END)
        shown = list(range(min(ELLIPSES_SHOWN, exp.count)))
        self.sample_dots = VGroup(*(marker(to_scene(self.axes, exp.centers[k]), CENTER_COLOR,
                                           radius=0.06) for k in shown))
        first = exp.loss(0)
        first_points = [constrained(first, norm=norm, radius=self.t).point
                        for norm in ("l1", "l2")]
        self.first_stars = VGroup(*(marker(to_scene(self.axes, q), SOLUTION_COLOR, radius=0.07)
                                    for q in first_points))
        # (r84, review r83 4) Each named on the plot as it comes: ŵ, then which w* is whose
        # (lasso's inside the circle, towards the origin; ridge's outside it).
        first_obstacles = [*self.balls.values(), square, *self.axes.x_axis.numbers,
                           *self.axes.y_axis.numbers, *self.sample_dots]
        hat_label = legible(MathTex(r"\hat w", font_size=EXAMPLE_LABEL_SIZE, color=CENTER_COLOR))
        place_clear(hat_label, self.sample_dots[0].get_center(), exp.centers[0],
                    first_obstacles, minor=[self.axes], buff=0.15)
        star_labels = VGroup()
        star_leaders = VGroup()
        # Ridge's along the circle, on the side away from ŵ and the lasso's w* together
        # (outward, it met ŵ's dot; r85, review r84 8: away from ŵ alone, it sat by ŵ's dot).
        q2 = first_points[1]
        along = np.array([-q2[1], q2[0]])
        away = sum(np.dot(along, p - q2) / max(float(np.linalg.norm(p - q2)), 1e-9)
                   for p in (exp.centers[0], first_points[0]))
        if away > 0.0:
            along = -along
        # (r85, review r84 8) The lasso's outside the diamond, along its outward normal there
        # (inside, it sat on the axes and their ticks).
        outward = np.sign(first_points[0])
        for norm, q, toward in (("l1", first_points[0], outward),
                                ("l2", first_points[1], along)):
            label = legible(MathTex(rf"\text{{{'lasso' if norm == 'l1' else 'ridge'} }} w^*",
                                    font_size=EXAMPLE_LABEL_SIZE, color=BALL_COLORS[norm]))
            # (r86, reviews r85 4, r85b 2: "ridge w*" touched ŵ's dot, "lasso w*" lay on the
            # diamond and the w₂ axis) Clear of ŵ's dot by a flash's reach, of the tick
            # numbers and of the other names; off the curves, with a leader when it must go out.
            leader, _ = place_inside(
                label, to_scene(self.axes, q), toward,
                [*self.balls.values(), square, self.axes],
                [hat_label, *star_labels, *self.axes.x_axis.numbers, *self.axes.y_axis.numbers,
                 Dot(self.sample_dots[0].get_center(), radius=DOT_FLASH_REACH)],
                square, far_buffs=FAR_LEADER_BUFFS)
            if leader is not None:
                # (Over the tick numbers: a number's box hid its middle.)
                star_leaders.add(leader.set_z_index(TICK_Z + 1))
            star_labels.add(label)
        for part in (hat_label, *star_labels):
            part.set_z_index(TOP_Z)
        self.first_labels = VGroup(hat_label, *star_labels)  # (for the tests)
        # The on-plot names move into the key, each into the entry of its ball.
        # (r82, review r75 2) ŵ and w* defined in words in the first seconds, each written
        # under the recipe as it is named (where cond(H)'s formula comes later).
        self.definitions = VGroup(*(Tex(text, font_size=ODDS_FONT, color=TEXT_COLOR) for text in
                                    (r"$\hat w$: $f$'s unregularized minimum",
                                     r"$w^*$: the constrained one")))
        self.definitions.arrange(DOWN, aligned_edge=LEFT, buff=LINE_BUFF)
        self.definitions.next_to(self.lines, DOWN, buff=0.35, aligned_edge=LEFT)
        self.definitions.set_z_index(BOTTOM_Z)
        with self.cue("A random loss f with curvature H{@loss}: {w_hat} its unregularized "
                      "minimum{@hat}, {w_star} the constrained ones{@star}. {w_hat} uniform in this "
                      "square{@square}, |ŵ₁|, |ŵ₂| ≤ {box}, outside the circle{@outside}, so "
                      "both balls bind: w* on both boundaries. Here are {n} such {w_hat}{@dots}.",
                      box=box, n=len(shown),
                      spoken="A random loss f with curvature H{@loss}: w-hat its unregularized "
                      "minimum{@hat}, w-star the constrained ones{@star}. W-hat uniform in this "
                      "square{@square}, both weights at most {box} in size, but outside the "
                      "circle{@outside}, so w-star is on both boundaries. Here are {n} such "
                      "w-hats{@dots}.") as cue:
            with lifted(self.loss_line, self.ball_tags):
                # The on-plot names fade into the key (flown there, they crossed the loss's
                # line and were garbled mid-morph).
                cue.play(Reveal(self.loss_line, run_time=0.4),
                         *(Conceal(self.ball_labels[norm]) for norm in ("l1", "l2")),
                         *(Reveal(tag) for tag in self.ball_tags[:2]),
                         at="loss", until="hat")
            # (r83, review r82 6) Each point shown as it is named: the first loss's ŵ, then
            # its two constrained solutions (lasso's on the diamond, ridge's on the circle).
            for part, start, shown_now, named in zip(
                    self.definitions, ("hat", "star"), ([self.sample_dots[0]], self.first_stars),
                    ([hat_label], [*star_labels, *star_leaders])):
                with lifted(part, *named):
                    cue.play(Reveal(part), *(Reveal(m) for m in shown_now),
                             *(Reveal(m) for m in named),
                             *(flash(m, m.get_color()) for m in shown_now),
                             at=start, run_time=REVEAL_SECONDS)
            with lifted(self.lines[0]):
                cue.play(Create(square), Reveal(self.lines[0]), at="square", until="outside")
            cue.play(pulse(self.axes, ball_outline("l2", self.t), color=BALL_COLORS["l2"],
                           run_time=2.0), at="outside", until="dots")
            cue.play(LaggedStart(*(Reveal(d) for d in self.sample_dots[1:]), lag_ratio=0.5),
                     Conceal(self.first_stars), Conceal(self.first_labels),
                     *(Conceal(m) for m in star_leaders), at="dots",
                     until=cue.END)
        self.sample_ellipses = VGroup(*(
            set_pieces(VMobject(stroke_color=ODDS_CONTOUR_COLOR, stroke_width=3), self.axes,
                       clip_polyline(curve, self.view))
            for curve in sample_contours(exp, shown, share=ELLIPSE_SHARE)))
        # The contours come first, so that what the words say of H is seen on them while it is
        # said: their long axes (turned at random), then their short axes (the stretch).
        axes_pairs = sample_contour_axes(exp, shown, share=ELLIPSE_SHARE)
        self.cond_line = MathTex(r"\operatorname{cond}(H) = \left(\frac{\text{long axis}}"
                                 r"{\text{short axis}}\right)^{2}", font_size=ODDS_FONT)
        self.cond_line.next_to(self.lines, DOWN, buff=0.35, aligned_edge=LEFT)
        self.cond_line.set_z_index(BOTTOM_Z)
        self.sample_axes = [VGroup(*(set_pieces(VMobject(stroke_color=TEXT_COLOR, stroke_width=2.5),
                                                self.axes, clip_polyline(pair[j], self.view))
                                     for pair in axes_pairs))
                            for j in (0, 1)]
        # (The stretch's formula is on screen: the words name it only.)
        with self.cue("And a random {H}{@h}: their contours{@ellipses}. Axes turned at random"
                      "{@turned}; the stretch cond(H){@cond} log-uniform from 1 to {cmax}.",
                      cmax=number(exp.max_condition),
                      spoken="And a random H{@h}: here are their contours{@ellipses}. "
                      "Their axes turn at random{@turned}; their stretch{@cond}, the "
                      "condition number of H, the square of the long axis over the short one, "
                      "is log-uniform between 1 and {cmax}.") as cue:
            with lifted(self.lines[1]):
                cue.play(Reveal(self.lines[1], run_time=0.4), at="h")
            cue.play(Create(self.sample_ellipses), at="ellipses", until="turned")
            cue.play(Create(self.sample_axes[0]), at="turned", until="cond")
            # The stretch's formula written as it is said (review r30: only spoken), where the
            # counters come later.
            # The definitions go first: the formula takes their place (not cross-faded over).
            with lifted(*self.definitions):
                cue.play(*(Conceal(part) for part in self.definitions), at="cond",
                         run_time=CLEAR_SECONDS)
            with lifted(self.lines[1], self.cond_line):
                cue.play(Create(self.sample_axes[1]), Reveal(self.cond_line),
                         Indicate(self.lines[1], color=ODDS_CONTOUR_COLOR, scale_factor=1.0),
                         until=cue.END)
        self.square_outline = square

    def show_examples(self) -> None:
        exp = self.experiment
        self.example_parts = VGroup()  # both examples' (for the tests)
        self.example_shown = VGroup()  # those on screen
        self.example_dots = VGroup()
        # The counters are built here (shown in the count) so that the colour key, shown with
        # the first coloured dot, sits under them from the start.
        self.counted = ValueTracker(0.0)
        self.counters = self.get_counters()
        self.dot_key = self.get_dot_key()
        keyed = False
        first = True
        self.hidden_ticks: list[VMobject] = []  # tick numbers under the shown w* label
        # The sampled losses' dots that are not examples: they stay until the count.
        self.other_samples = [d for i, d in enumerate(self.sample_dots)
                              if i not in set(self.examples.values())]
        for kind in ("corner", "edge"):
            if kind not in self.examples:
                continue
            k = self.examples[kind]
            loss = exp.loss(k)
            sol = constrained(loss, norm="l1", radius=self.t)
            # A sampled dot stays where it is (no blink): the example is one of the losses just
            # shown, when it is among them.
            sampled = k < len(self.sample_dots)
            center = (self.sample_dots[k] if sampled
                      else marker(to_scene(self.axes, loss.center), CENTER_COLOR, radius=0.06))
            # The contour grows from ŵ until it first touches.
            growing = GrowingContour(self.axes, loss, sol, self.view, stroke_color=ODDS_CONTOUR_COLOR,
                                     stroke_width=4)
            contour = growing.mobject
            solution = marker(to_scene(self.axes, sol.point), SOLUTION_COLOR, radius=0.08,
                              z_index=4)
            colored = marker(to_scene(self.axes, loss.center),
                             SPARSE_COLOR if sol.zero_weights else DENSE_COLOR, radius=0.06)
            obstacles = [contour, *self.balls.values(), self.square_outline,
                         *self.axes.x_axis.numbers, *self.axes.y_axis.numbers, *self.example_parts]
            center_label = legible(MathTex(r"\hat w", font_size=32, color=CENTER_COLOR))
            # Outside the flash that marks its dot (review r36 item 1: inside its ring).
            place_clear(center_label, center.get_center(), free_direction([-loss.center])[0],
                        obstacles, minor=[self.axes], buff=CENTER_FLASH_REACH)
            # At a corner its coordinates show the exact zero; on an edge, two nonzero
            # coordinates (rounded: "≈").
            relation = "=" if kind == "corner" else r"\approx"
            shown_point = point(sol.point, significant=EDGE_DIGITS) if kind == "edge" \
                else point(sol.point)
            solution_label = legible(MathTex(rf"w^* {relation} {shown_point.tex}",
                                             font_size=EXAMPLE_LABEL_SIZE, color=SOLUTION_COLOR))
            # On an edge, along −∇f(w*) first (away from the gradient): into the contour's
            # inside, where no ball lies.
            toward = free_direction([sol.point if kind == "corner" else sol.gradient])[0]
            # Inside the plot, off the tick numbers, ŵ's label and the reach of the flash that
            # marks ŵ's dot (a square of that reach around it).
            reach = Dot(center.get_center(), radius=DOT_FLASH_REACH)
            leader, hidden = place_inside(
                solution_label, solution.get_center(), toward,
                [contour, *self.balls.values(), self.square_outline, *self.example_parts],
                [center_label, reach, *self.other_samples], self.square_outline,
                hideable=[*self.axes.x_axis.numbers, *self.axes.y_axis.numbers],
                far_buffs=FAR_LEADER_BUFFS)
            if kind == "corner":
                # (r82, for time: "Solve two of them" cut; the other losses' dots stay until
                # the count takes them in, so none vanishes unsaid: review r30.)
                words = ("This {w_hat}'s contour{@center} first touches the diamond"
                         "{@touch} at a corner{@event}: {zero} = 0 exactly, so its "
                         "dot turns yellow{@dot}.")
                values: dict[str, object] = {"zero": weight_star(sol.zero_weights[0])}
            else:
                # Touching as "touches the diamond" is read, so the touch is seen a moment
                # before the words turn to the colour.
                words = ("This one{@center} touches{@event} on an edge: "
                         "both weights nonzero, so its dot turns blue{@dot}.")
                values = {}
            with self.cue(words, **values) as cue:
                if first:
                    # Every contour steps back; the losses' dots stay.
                    cue.play(Conceal(self.sample_ellipses),
                             *(Conceal(g) for g in self.sample_axes),
                             run_time=CENTER_MARK_SECONDS)
                    first = False
                    before: list[Animation] = []
                else:
                    # The first example's contour and labels go: two w* labels side by side
                    # would read as one pair.
                    before = [*(Conceal(m) for m in self.example_shown),
                              *(Undim(m, factor=0.0) for m in self.hidden_ticks)]
                    self.hidden_ticks = []
                    self.example_shown = VGroup()  # gone: the count conceals only what shows
                shown_center = ([flash(center, CENTER_COLOR, flash_radius=0.25, line_length=0.12)]
                                if sampled else [Reveal(center)])
                cue.play(*shown_center, Reveal(center_label), *before, at="center",
                         run_time=CENTER_MARK_SECONDS)
                # Grown, not popped in: for at least GROW_SECONDS, ending at "event" when the
                # words leave that long.
                growing.grow(cue, run_time=max(cue.until("event"), GROW_SECONDS))
                # Tick numbers under the label step aside while it shows (faded, not removed:
                # removing a part of an axis from the scene would drop the axis' own line).
                cue.play(Reveal(solution), Reveal(solution_label),
                         *([] if leader is None else [Reveal(leader)]),
                         *(Dim(m, factor=0.0) for m in hidden),
                         flash(solution, SOLUTION_COLOR, flash_radius=0.3, line_length=0.15),
                         at="event")
                # The dot's new colour is marked as it comes (a small dot's colour alone is
                # easily missed).
                dot_flash = flash(colored, SPARSE_COLOR if sol.zero_weights else DENSE_COLOR,
                                  flash_radius=0.3, line_length=0.15)
                if keyed:
                    cue.play(Reveal(colored), Conceal(center), dot_flash, at="dot")
                else:
                    with lifted(self.dot_key, self.key_whose["l1"]):
                        cue.play(Reveal(colored), Conceal(center), dot_flash,
                                 Reveal(self.dot_key), Reveal(self.key_whose["l1"]), at="dot")
                    keyed = True
            self.example_parts.add(contour, solution, solution_label, center_label)
            self.example_shown.add(contour, solution, solution_label, center_label)
            if leader is not None:
                self.example_shown.add(leader)
            self.hidden_ticks = hidden
            self.example_dots.add(colored)
        if len(self.examples) < 2:
            missing = "an edge" if "edge" not in self.examples else "a corner"
            with self.cue(f"None of the first {EXAMPLE_POOL} losses lands on {missing}"
                          "{@none}.") as cue:
                cue.wait_until("none")

    def count_losses(self) -> None:
        exp = self.experiment
        n = exp.count
        lasso_total = int(np.sum(exp.l1_sparse))
        ridge_total = int(np.sum(exp.l2_sparse))
        batches = self.dot_batches = self.get_batches()
        keyed_before = bool(self.examples)  # the key came with the first example's dot
        # (r82: "one dot each" cut for time; the key says what a dot is.)
        dots_words = ("" if self.dot_count == n
                      else f", a dot for each of the first {self.dot_count}")
        lasso = number(100.0 * lasso_total / n)
        # One beat (review r36 item 8: "settles at" came after the counter had stopped): the
        # counter runs under the words and reaches its last value as the share is read.
        # (r82, review r75 8) With its sampling error: 1.96 binomial standard errors, in
        # points (the counts are on screen, in the counter).
        share = lasso_total / n
        error = number(100.0 * 1.96 * float(np.sqrt(share * (1.0 - share) / n)), significant=2)
        # (r83, review r82 5) The count ends as "settles" starts, and the margin is written
        # beside the counter's share as it is read.
        # (r87, reviews r86 7, r86b 5) Its confidence written with it (said only, it was lost
        # to a clip shown without captions).
        margin = legible(MathTex(rf"\pm {error.tex}\ \text{{(95\,\%)}}", font_size=ODDS_FONT,
                                 color=SPARSE_COLOR))
        margin.next_to(self.counters[1], RIGHT, buff=0.15).set_z_index(BOTTOM_Z)
        self.margin = margin
        # (Two cues: a cue's captions stretch with it, so in one the share's words came while
        # the count still ran.)
        with self.cue("Now {n} such losses{@go}, each solved exactly" + dots_words + ".",
                      n=n) as cue:
            shown_now = [self.counters,
                         *([] if keyed_before else [self.dot_key, self.key_whose["l1"]])]
            # First the examples and the cond(H) formula go (the counters take the formula's
            # place: review r32 saw the two texts cross-fade on top of each other, and the
            # examples' two dots on screen but not counted), then the counters come.
            cue.play(Conceal(self.example_shown), Conceal(self.example_dots),
                     Conceal(self.cond_line), *(Conceal(d) for d in self.other_samples),
                     *(Undim(m, factor=0.0) for m in self.hidden_ticks), at="go",
                     run_time=CLEAR_SECONDS)
            with lifted(*shown_now):
                cue.play(*(Reveal(m) for m in shown_now), run_time=CLEAR_SECONDS)
            # The first losses slowly, the later ever faster: the share is seen wandering over
            # the first few dozen, then holding still to its last digit (in equal steps the
            # whole count went by in 3.5 s and "settles" could not be seen).
            weights = COUNT_DECAY ** np.arange(len(batches))
            durations = max(cue.until(cue.END), COUNT_SECONDS) * weights / weights.sum()
            for dots, stop, seconds in zip(batches, self.batch_edges()[1:], durations):
                # A batch lands at once and stays still; the counters carry the motion (a
                # fading batch would redraw every label above it in every frame). It lands as
                # the counter reaches it (review r32: dots on screen before they were counted).
                sweep(self, self.counted, float(stop), self.counter_values,
                      run_time=float(seconds),
                      rate_func=linear)
                if dots is not None:
                    self.add(dots)
            self.counter_values.clear_updaters()
            # One mobject per colour from here on: every later play redraws the still dots
            # once.
            self.remove(*(b for b in batches if b is not None))
            shown = slice(0, self.dot_count)
            self.dots = VGroup(
                scatter(self.axes, exp.centers[shown][exp.l1_sparse[shown]], SPARSE_COLOR),
                scatter(self.axes, exp.centers[shown][~exp.l1_sparse[shown]], DENSE_COLOR))
            self.add(self.dots)
        with self.cue("The lasso's share settles at {pct} %{@settled}, ±{err} points{@err} at "
                      "95 % confidence.", pct=lasso, err=error) as cue:
            with lifted(self.counters[1]):
                cue.play(Indicate(self.counters[1], color=SPARSE_COLOR, scale_factor=1.0),
                         until="settled")
            with lifted(margin):
                cue.play(Reveal(margin), at="settled", until="err")
        # The rays depend on each loss's H: one loss's four are drawn, in ridge's colour with a
        # dark outline, over the dots: the most stretched H of the first losses, whose rays
        # stand furthest from the axes.
        self.ray_loss = self.stretched_loss()
        self.ridge_rays = VGroup(*(
            legible_line(polyline(self.axes, segment, stroke_color=BALL_COLORS["l2"],
                                  stroke_width=5), z_index=TOP_Z)
            for segment in l2_sparse_rays(exp.hessians[self.ray_loss], self.t, self.view)))
        ray_center = marker(to_scene(self.axes, exp.centers[self.ray_loss]), CENTER_COLOR,
                            radius=0.08).set_z_index(TOP_Z)
        # Where each ray starts: ridge's w* on an axis, at (±t, 0) and (0, ±t).
        # (r87) In ridge's light shade: named now ("an axis point"), they must stand out
        # from the circle they lie on.
        self.ray_starts = VGroup(*(
            marker(to_scene(self.axes, segment[0]), RIDGE_LIGHT, radius=0.08)
            for segment in l2_sparse_rays(exp.hessians[self.ray_loss], self.t, self.view)
        )).set_z_index(TOP_Z)
        # Whether the drawn loss's own ŵ lies on one of its rays (almost never), from the
        # experiment's exact solutions.
        on_ray = bool(exp.l2_sparse[self.ray_loss])
        dot_words = ("This {w_hat} lies on one{@zero}, so its ridge {w_star} has a zero."
                     if on_ray else
                     "This {w_hat} misses them{@zero}, so its ridge {w_star} has no zero.")
        # The dot first, with its own contour growing to ridge's w* (review r30: the rays came
        # before the dot they belong to, and ridge's w* was never drawn).
        ray_loss = exp.loss(self.ray_loss)
        ray_sol = constrained(ray_loss, norm="l2", radius=self.t)
        growing = GrowingContour(self.axes, ray_loss, ray_sol, self.view,
                                 stroke_color=ODDS_CONTOUR_COLOR, stroke_width=4)
        # (At the examples' z: under the tick numbers, which it crossed at TOP_Z.)
        # (r82, review r75 4) w*'s red, as the examples' w*, not the green of the rays' starts
        # it lies near. (With its coordinates the label found no clear place there.)
        ray_star = marker(to_scene(self.axes, ray_sol.point), SOLUTION_COLOR, radius=0.08,
                          z_index=TOP_Z)
        star_label = legible(MathTex(r"w^*", font_size=ODDS_FONT, color=SOLUTION_COLOR))
        # Along the circle, on the side away from ŵ: off the circle's stroke and the contour.
        along = np.array([-ray_sol.point[1], ray_sol.point[0]])
        if np.dot(along, ray_loss.center - ray_sol.point) > 0.0:
            along = -along
        # Clear of every curve (the contour, the balls, the rays to come) and of the tick
        # numbers (review r30: a w* label crossed by its contour); a leader if it must go out.
        star_leader, _ = place_inside(
            star_label, ray_star.get_center(), along,
            [growing.mobject, *self.balls.values(), *self.ridge_rays, self.square_outline,
             self.axes],
            [ray_center, self.balls["l2"], *self.axes.x_axis.numbers, *self.axes.y_axis.numbers],
            self.square_outline)
        star_label.set_z_index(TOP_Z)
        # (r83, review r82 7) A tick number that ridge's w* nearly touches steps back while
        # it shows.
        # (r84, review r83 6) And those its contour crosses (a number's box cut the ellipse).
        ticks = [*self.axes.x_axis.numbers, *self.axes.y_axis.numbers]
        contour_crossed = _crossed(ticks, [growing.mobject])
        self.star_ticks = [n for n in ticks
                           if _boxes_meet(n, ray_star, 0.08) or n in contour_crossed]
        if star_leader is not None:
            star_leader.set_z_index(TOP_Z)
        # (r87, reviews r86 1, r86b 1) The ridge reason drawn as it is read: at ridge's w*
        # the pull g (regmath's direction of H(ŵ − w*)), the circle's outward normal n
        # (regmath's, shorter, over g: g lies along it), then the circle's tangent there, the
        # way a slide would go.
        ridge_g = stationarity_direction(exp.hessians[self.ray_loss], ray_loss.center,
                                         ray_sol.point)
        ridge_n = np.asarray(ray_sol.normal, dtype=float)
        ridge_tangent = np.array([-ridge_n[1], ridge_n[0]])
        ridge_length = RIDGE_PULL_LENGTH * self.t
        ridge_pull = legible_line(Arrow(
            ray_star.get_center(), to_scene(self.axes, ray_sol.point + ridge_length * ridge_g),
            buff=0.0, color=G_COLOR, stroke_width=6, tip_length=ARROW_TIP,
            max_tip_length_to_length_ratio=0.3), z_index=TOP_Z)
        # n beside g, not over it (g lies along n: drawn on top, n hid g's tail): shifted
        # sideways off w*'s dot, on the side of the tangent away from w*'s label.
        label_side = (star_label.get_center() - ray_star.get_center())[:2]
        aside = ridge_tangent if np.dot(ridge_tangent, label_side) < 0.0 else -ridge_tangent
        beside = NORMAL_OFFSET * np.array([*aside, 0.0])
        ridge_normal = legible_line(Arrow(
            ray_star.get_center() + beside,
            to_scene(self.axes, ray_sol.point + 0.5 * ridge_length * ridge_n) + beside,
            buff=0.0, color=RIDGE_LIGHT, stroke_width=4, tip_length=0.8 * ARROW_TIP,
            max_tip_length_to_length_ratio=0.4), z_index=TOP_Z + 1)
        slide = legible_line(DoubleArrow(
            to_scene(self.axes, ray_sol.point - 0.5 * ridge_length * ridge_tangent),
            to_scene(self.axes, ray_sol.point + 0.5 * ridge_length * ridge_tangent), buff=0.0,
            color=TEXT_COLOR, stroke_width=3, tip_length=0.7 * ARROW_TIP,
            max_tip_length_to_length_ratio=0.3), z_index=TOP_Z - 1)
        # Where w* could go if g pointed inward (into the disk, along −n): f would fall there.
        inward = legible_line(Arrow(
            ray_star.get_center(),
            to_scene(self.axes, ray_sol.point - 0.5 * ridge_length * ridge_n), buff=0.0,
            color=TEXT_COLOR, stroke_width=3, tip_length=0.7 * ARROW_TIP,
            max_tip_length_to_length_ratio=0.4), z_index=TOP_Z - 1)
        self.ridge_inward = inward  # (for the tests)
        # Their names past their tips (beside n's, it sat on the w₂ axis).
        ridge_pull_label = legible(MathTex("g", font_size=ODDS_FONT, color=G_COLOR))
        ridge_pull_label.move_to(to_scene(self.axes, ray_sol.point + ridge_length * ridge_g
                                          + 0.2 * self.t * ridge_g))
        ridge_normal_label = legible(MathTex("n", font_size=ODDS_FONT, color=RIDGE_LIGHT))
        past_tip = (0.08 + 0.5 * ridge_normal_label.height) * np.array([*ridge_n, 0.0])
        ridge_normal_label.move_to(ridge_normal.get_end() + past_tip)
        for part in (ridge_pull_label, ridge_normal_label):
            part.set_z_index(TOP_Z + 1)
        self.ridge_reason = VGroup(ridge_pull, ridge_pull_label, ridge_normal,
                                   ridge_normal_label, slide)  # (for the tests)
        # The rays' formula in the panel, under the key, while the rays are drawn.
        # Written like the lasso's condition (review r36 item 5): the circle's normal cone is
        # one ray {μn}, so each "wedge" is a ray.
        # (r82, review r75 1: no N∘(w*) before "normal cone" is named) g = μn, as said.
        # (r84, review r83 2) The pull g = H(ŵ − w*) defined here, where it is first used.
        # (r85, review r84 2) In a light shade of ridge's green (its dark green was hard to
        # read on black).
        # (r86, reviews r85 1, 2, 3) In the order of its reason: g is −∇f(w*); it lies along
        # the outward normal n (defined on its line), else sliding would lower f; so g = μn,
        # and ŵ = w* + H⁻¹g.
        ray_tex = MathTex(r"g = H(\hat w - w^*) = -\nabla f(w^*)", r"= \mu\, n,\ \mu \ge 0",
                          font_size=ODDS_FONT, color=RIDGE_LIGHT)
        ray_tex.next_to(self.dot_key, DOWN, buff=0.3, aligned_edge=LEFT)
        self.ray_terms = VGroup(
            Tex(r"$n$: the circle's outward normal at $w^*$", font_size=ODDS_FONT),
            MathTex(r"\hat w = w^* + H^{-1} g", font_size=ODDS_FONT, color=RIDGE_LIGHT))
        self.ray_terms.arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        self.ray_terms.next_to(ray_tex, DOWN, buff=0.15, aligned_edge=LEFT)
        # (They come and go with the formula.)
        self.ray_formula = VGroup(ray_tex, *self.ray_terms)
        self.ray_formula.set_z_index(BOTTOM_Z)
        head = "Ridge{@ridge}, none of the {n}." if ridge_total == 0 else \
            "Ridge{@ridge}, {k} of the {n}."
        # Ridge's outcome seen, not only counted, in a beat of its own: with no exact zero the
        # whole cloud turns blue (it takes the lasso's colours back at "Why"), the key's
        # "lasso w*:" turns to "ridge w*:" (back at "Why"), and ridge's count line is lit.
        self.ridge_recoloured = ridge_total == 0
        whose = self.key_whose
        with self.cue(head, n=n, k=ridge_total) as cue:
            paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=RIDGE_COLOUR_SECONDS)
            recolour = ([self.dots[0].animate.set_fill(DENSE_COLOR), Conceal(whose["l1"]),
                         Reveal(whose["l2"])] if self.ridge_recoloured else [])
            with lifted(self.counters[2], whose["l2"]):
                cue.play(Indicate(self.counters[2], color=BALL_COLORS["l2"], scale_factor=1.0),
                         *recolour, at="ridge", run_time=INDICATE_SECONDS)
                cue.play(Indicate(self.counters[2], color=BALL_COLORS["l2"], scale_factor=1.0),
                         until=cue.END)
        with self.cue("This dot's contour{@one} grows to touch the circle"
                      "{@wstar}: ridge's {w_star}.") as cue:
            cue.play(Reveal(ray_center), flash(ray_center, CENTER_COLOR),
                     Dim(self.dots, factor=DOTS_DIM), at="one", run_time=CENTER_MARK_SECONDS)
            growing.grow(cue, run_time=max(cue.until("wstar"), RIDGE_GROW_SECONDS))
            cue.play(Reveal(ray_star), Reveal(star_label),
                     *(Dim(n, factor=0.0) for n in self.star_ticks),
                     *([] if star_leader is None else [Reveal(star_leader)]),
                     flash(ray_star, SOLUTION_COLOR, flash_radius=0.3, line_length=0.15),
                     at="wstar", until=cue.END)
        # Three short captions (review r32: one 12 s sentence of nested clauses): the rays,
        # their formula with its symbols defined, then this dot.
        formula = self.ray_formula
        # (r86, reviews r85 1, 3) The reason before the condition: the pull g = −∇f(w*) at w*
        # lies along the circle's outward normal n, else sliding w* along the circle would
        # lower f; so g = μn and ŵ = w* + H⁻¹g. Each part written as it is said, at the why's
        # pace.
        with self.cue("{@formula}At {w_star}, the pull g = −∇f(w*) points along the "
                      "outward normal n{@n}: {@else}else sliding {w_star} along the circle would lower "
                      "f{@slide}.",
                      spoken="{@formula}At w-star, the pull g, minus the gradient of f, points along the outward normal n"
                      "{@n}: {@else}else sliding w-star along the circle would lower f{@slide}.") as cue:
            paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
            with lifted(formula[0][0], ridge_pull_label):
                cue.play(Reveal(formula[0][0]), flash(ray_star, SOLUTION_COLOR),
                         GrowArrow(ridge_pull), Reveal(ridge_pull_label),
                         at="formula", until="n")
            with lifted(self.ray_terms[0], ridge_normal_label):
                cue.play(Reveal(self.ray_terms[0]), GrowArrow(ridge_normal),
                         Reveal(ridge_normal_label), at="n", until="else")
            # The slide's way along the circle, then lit while its words are read.
            cue.play(GrowFromCenter(slide), at="else", run_time=REVEAL_SECONDS)
            cue.play(Indicate(slide, color=TEXT_COLOR, scale_factor=1.0), until="slide")
        # (r86) The rays drawn as they are named, the last words of the condition (r85 named
        # them in a beat of their own, before their reason).
        # (r87, reviews r86 1, r86b 1) Why four rays, said as they are drawn: a zero on the
        # circle puts w* at one of its four axis points, where n = w*/t.
        # (Formula words kept short: they are read while the picture changes.)
        # Why outward (μ ≥ 0), not only along n: g inward would let w* move into the disk,
        # still allowed, and lower f.
        with self.cue("{@inward}Not inward: {w_star} could move inside and lower f{@lower}. "
                      "So g = μn, μ ≥ 0{@mu}.",
                      spoken="{@inward}Not inward: w-star could move inside and lower f"
                      "{@lower}. So g equals mu n, mu at least 0{@mu}.") as cue:
            paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
            cue.play(GrowArrow(inward), at="inward", run_time=REVEAL_SECONDS)
            cue.play(Indicate(inward, color=TEXT_COLOR, scale_factor=1.0), until="lower")
            with lifted(formula[0][1]):
                cue.play(Reveal(formula[0][1]), at="lower", until="mu")
        with self.cue("{@formula}So ŵ = w* + H⁻¹g{@mu}. A zero puts {w_star} on an "
                      "axis{@axis}, n = w*/t: {@rays}{w_hat} on a ray w* + μH⁻¹n.",
                      spoken="{@formula}So w-hat equals w-star plus H "
                      "inverse g{@mu}. A zero puts w-star on an axis{@axis}, where n is "
                      "w-star over t: {@rays}w-hat on a ray w-star plus mu H inverse "
                      "n.") as cue:
            paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
            with lifted(self.ray_terms[1]):
                cue.play(Reveal(self.ray_terms[1]), at="formula", until="mu")
            # The reason's arrows step back (each by itself: they are in the scene as
            # parts); the axis points come as they are named.
            with lifted(self.ray_starts):
                cue.play(*(Conceal(m) for m in self.ridge_reason), Conceal(inward),
                         Reveal(self.ray_starts),
                         *(flash(m, BALL_COLORS["l2"]) for m in self.ray_starts),
                         at="mu", until="rays")
            cue.play(Create(self.ridge_rays), at="rays", until=cue.END)
        with self.cue(dot_words) as cue:
            cue.play(flash(ray_center, CENTER_COLOR), flash(ray_star, SOLUTION_COLOR),
                     at="zero", until=cue.END)
        if ridge_total == 0:
            # "No area" seen: the rays thin to hairlines, and ridge's count stays at 0.
            # (r86, review r85 9: it went by in 2.4 s) At the why's pace, with a rest after.
            with self.cue("Rays have no area{@thin}: probability zero{@zero}.",
                          settle=PUNCHLINE_REST) as cue:
                paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
                cue.play(self.ridge_rays.animate.set_stroke(width=1.0, background=True)
                         .set_stroke(width=1.0), at="thin", until="zero")
                with lifted(self.counters[2]):
                    cue.play(Indicate(self.counters[2], color=BALL_COLORS["l2"],
                                      scale_factor=1.0), at="zero", until=cue.END)
        self.ray_parts = VGroup(growing.mobject, ray_star, star_label,
                                *([] if star_leader is None else [star_leader]))
        self.ray_center = ray_center

    def show_why(self) -> None:
        """The solution map, first for H = I (the normal cones and the edges pushed along their
        normals), then bent by one loss's H⁻¹: the corners' wedges widen with distance, the
        edges' bands keep their width."""
        hessian = self.experiment.hessians[self.ray_loss]
        plain = self.get_map(np.eye(2))
        bent = self.get_map(hessian)
        # What the shading is the map of, in the panel while it shows (one H at a time).
        tags = [Tex(text, font_size=ODDS_FONT, color=TEXT_COLOR) for text in
                (r"shaded: the map for $H = I$", r"shaded: the map for this dot's $H$")]
        for tag in tags:
            tag.set_z_index(BOTTOM_Z)
        # The diamond over the maps' outlines from here on (review r30: the light-blue band
        # outlines painted over its edges, which looked grey).
        self.balls["l1"].set_z_index(TOP_Z + 1)
        # The lasso's condition first, in the panel under the key (review r32: only the ridge
        # one was written), then at one corner: its two edge normals, the cone swept between
        # them, carried by H⁻¹ onto its wedge. The corner: this dot's own lasso w* when it is
        # one (then the loop closes on it), else the diamond's corner nearest to that w*.
        exp = self.experiment
        lasso = constrained(exp.loss(self.ray_loss), norm="l1", radius=self.t)
        at_corner = bool(lasso.at_corner)
        corners = axis_points(self.t)
        corner = (lasso.point if at_corner else
                  corners[int(np.argmin(np.hypot(*(corners - lasso.point).T)))])
        # (A loss centred at 2v with H = I: its exact lasso solution is the corner v.)
        cone_sol = lasso if at_corner else constrained(
            Quadratic(center=2.0 * corner, hessian=np.eye(2)), norm="l1", radius=self.t)
        normals = cone_sol.normal_cone
        # Room for the fan at every s of the morph H_s = (1 − s)I + sH (regmath's).
        length = morph_room(hessian, corner, normals, self.view,
                            preferred=CONE_LENGTH * self.t)
        carry = ValueTracker(0.0)
        apex = to_scene(self.axes, corner)
        fan = VMobject(stroke_color=BACKGROUND, stroke_width=3, fill_color=ODDS_CONE_COLOR,
                       fill_opacity=0.6)
        arrows = [legible_line(Arrow(ORIGIN, RIGHT, buff=0.0, color=ODDS_CONE_COLOR,
                                     stroke_width=5, tip_length=ARROW_TIP,
                                     max_tip_length_to_length_ratio=0.3),
                               z_index=TOP_Z + 2) for _ in range(2)]
        cone = VGroup(fan, *arrows)
        fan.set_z_index(TOP_Z + 2)

        def follow_cone(group: VGroup) -> None:
            # s of the morph: the cone H_s⁻¹N(corner) (at s = 0 the normal cone).
            tau = carry.get_value()
            if tau > 0.0:
                outline = morph_fan(hessian, corner, normals, amount=tau, length=length)
            else:
                outline = normal_cone_wedge(cone_sol, length=length, fraction=1.0)
            group[0].set_points_as_corners([to_scene(self.axes, q) for q in outline])
            tips = morph_tips(hessian, corner, normals, amount=tau, length=length)
            for arrow, tip in zip(group[1:], tips):
                arrow.put_start_and_end_on(apex, to_scene(self.axes, tip))

        follow_cone(cone)
        normal_labels = VGroup()
        for k, arrow in enumerate(arrows):
            end = arrow.get_end()
            out = (end - apex) / max(float(np.linalg.norm(end - apex)), 1e-9)
            label = legible(MathTex(rf"n_{k + 1}", font_size=ODDS_FONT, color=ODDS_CONE_COLOR))
            normal_labels.add(label.move_to(end + out * (0.22 + 0.5 * label.width)))
        normal_labels.set_z_index(TOP_Z + 3)
        # (r82, review r75 1) Why the condition holds, in words and in the panel as said: at
        # w* the pull g = H(ŵ − w*) points out of the diamond, into its normal cone N(w*)
        # (named as it is written), so ŵ = w* + H⁻¹g. One line each (the panel keeps at most
        # six lines under the key: these three, the map's tag and the two chords').
        condition = VGroup(
            MathTex(r"g = H(\hat w - w^*)", r"\in N(w^*)", r"\text{, the normal cone}",
                    font_size=ODDS_FONT, color=BALL_COLORS["l1"]),
            MathTex(r"\hat w = w^* + H^{-1} g", font_size=ODDS_FONT, color=BALL_COLORS["l1"]),
            # At a corner, written as said (review r36 item 5: "mix" was vague).
            MathTex(r"\text{corner: } N = \{a\,n_1 + b\,n_2 : a, b \ge 0\}",
                    font_size=ODDS_FONT, color=BALL_COLORS["l1"]))
        condition[0][2].set_color(TEXT_COLOR)
        condition.arrange(DOWN, aligned_edge=LEFT, buff=PANEL_TIGHT)
        condition.next_to(self.dot_key, DOWN, buff=0.2, aligned_edge=LEFT)
        condition.set_z_index(BOTTOM_Z)
        for tag in tags:
            tag.next_to(condition, DOWN, buff=PANEL_TIGHT, aligned_edge=LEFT)
        # (r83, review r82 1) The why pictured as it is read: this dot's lasso w* and the pull
        # g = H(ŵ − w*) from it (regmath's direction, drawn at the cone's length), the normal
        # cone around it, then the arrow H⁻¹g from w* to ŵ (exactly ŵ − w*).
        center = exp.centers[self.ray_loss]
        star_at = to_scene(self.axes, lasso.point)
        lasso_star = marker(star_at, SOLUTION_COLOR, radius=0.08, z_index=TOP_Z + 4)
        pull_tip = lasso.point + length * stationarity_direction(hessian, center, lasso.point)
        # (r85, review r84 10) g in the palette's colour for −∇f(w*) (white, lit, it read as
        # part of the orange cone).
        pull = legible_line(Arrow(star_at, to_scene(self.axes, pull_tip), buff=0.0,
                                  color=G_COLOR, stroke_width=5, tip_length=ARROW_TIP,
                                  max_tip_length_to_length_ratio=0.3), z_index=TOP_Z + 3)
        out = pull.get_end() - star_at
        out = out / max(float(np.linalg.norm(out)), 1e-9)
        pull_label = legible(MathTex("g", font_size=ODDS_FONT, color=G_COLOR))
        pull_label.move_to(pull.get_end() + out * (0.2 + 0.5 * pull_label.width))
        pull_label.set_z_index(TOP_Z + 4)
        # Its tip at ŵ, under ŵ's dot (drawn over it, below): r84's head covered the dot, and
        # r85's stopped 0.2 short, which both reviewers of r85 read as a wrong length for
        # ŵ = w* + H⁻¹g. Its name sits beside its middle, on the side away from g.
        back = legible_line(Arrow(star_at, self.ray_center.get_center(), buff=0.0,
                                  color=TEXT_COLOR, stroke_width=4, tip_length=ARROW_TIP,
                                  max_tip_length_to_length_ratio=0.3), z_index=TOP_Z + 3)
        ahead = self.ray_center.get_center() - star_at
        ahead = ahead / max(float(np.linalg.norm(ahead)), 1e-9)
        side = np.array([-ahead[1], ahead[0], 0.0])
        if np.dot(side, out) > 0.0:
            side = -side
        back_label = legible(MathTex(r"H^{-1}g", font_size=ODDS_FONT, color=TEXT_COLOR))
        back_label.move_to(0.5 * (star_at + self.ray_center.get_center())
                           + side * (0.15 + 0.5 * np.hypot(back_label.width, back_label.height)))
        back_label.set_z_index(TOP_Z + 4)
        # (r83, review r82 7) The tick numbers the cone's arrows cross step back while it shows.
        # (And those g, H⁻¹g cross or the cone covers, before or after H⁻¹ carries it.)
        ticks = [*self.axes.x_axis.numbers, *self.axes.y_axis.numbers]
        fans = [np.array([to_scene(self.axes, q) for q in outline]) for outline in
                (normal_cone_wedge(cone_sol, length=length, fraction=1.0),
                 morph_fan(hessian, corner, normals, amount=1.0, length=length))]
        crossed = [n for n in ticks if n in _crossed(ticks, [*arrows, pull, back])
                   or any(_inside(n.get_center(), fan_points) for fan_points in fans)]
        # (r85, review r84 5) This ŵ's lasso w* named on the plot as its dot comes (the ridge
        # one just went), on the side of w* away from g and the cone.
        lasso_label = legible(MathTex(r"\text{lasso } w^*", font_size=EXAMPLE_LABEL_SIZE,
                                      color=BALL_COLORS["l1"]))
        away = star_at - to_scene(self.axes, lasso.point + stationarity_direction(
            hessian, center, lasso.point))
        place_clear(lasso_label, star_at, away[:2],
                    [*self.balls.values(), pull, back, cone, self.ray_center, self.square_outline,
                     *ticks],
                    minor=[self.axes], buff=0.15)
        lasso_label.set_z_index(TOP_Z + 4)
        self.lasso_label = lasso_label
        # ŵ's dot over the cone that comes to cover it, with a wider dark ring: its pale
        # colour alone faded into the orange cone and the map's fills.
        self.ray_center.set_z_index(TOP_Z + 4)
        self.ray_center.set_stroke(BACKGROUND, width=HAT_RING_ON_FILL)
        self.pull_parts = VGroup(lasso_star, pull, pull_label, back, back_label)  # (tests)
        # (r84, review r83 1, 2) g referred back to (defined with ridge's rays), and the
        # condition's reason in a line of its own; each caption paced for reading.
        # (r85, review r84 5) Whose w* it is, said and written as its dot comes; g drawn as
        # "the pull g" is read ("as for ridge" cut for the time).
        # (r86, reviews r85 2, 6; brief items 1, 3) What the section answers (why the lasso
        # gives zeros, not the number), and the normal cone defined in the clause that first
        # uses it: the diamond's outward normals at w*.
        why = "Why lasso zeros?" if exp.l1_sparse.any() else "Why could lasso zeros be?"
        # The question in a caption of its own while ridge's picture goes, so that the lasso's
        # w* and g come as their words appear.
        with self.cue(why + "{@why}") as cue:
            # Ridge's rays go as the words turn to the lasso (they are no part of its answer);
            # the loss's dot stays, and the cloud takes the lasso's colours again.
            # The key's "ridge w*:" turns back to "lasso w*:" with the colours.
            rewhose = ([Conceal(self.key_whose["l2"]), Reveal(self.key_whose["l1"])]
                       if self.ridge_recoloured else [])
            with lifted(self.counters[1], self.key_whose["l1"]):
                # The count's used-up lines (the losses solved, ridge's none) step back; the
                # lasso's share stays lit.
                cue.play(*rewhose, Conceal(self.ridge_rays), Conceal(self.ray_starts),
                         Conceal(self.ray_parts), Conceal(self.ray_formula),
                         Dim(self.counters[0], factor=PANEL_DIM),
                         Dim(self.counters[2], factor=PANEL_DIM),
                         *(Undim(n, factor=0.0) for n in self.star_ticks),
                         self.dots[0].animate.set_fill(SPARSE_COLOR),
                         Indicate(self.counters[1], color=SPARSE_COLOR, scale_factor=1.0),
                         until=cue.END)
        with self.cue("{@why}At this ŵ's lasso w*{@star}, the pull g{@pull}, "
                      "as for ridge, points into {@cone}the diamond's normal cone N(w*), its "
                      "outward normals there: {@formula}ŵ = w* + H⁻¹g.",
                      spoken="{@why}At this w-hat's lasso w-star{@star}, the "
                      "pull g{@pull}, as for ridge, points into {@cone}the diamond's normal "
                      "cone, N of w-star, its outward normals there: {@formula}w-hat equals "
                      "w-star plus H inverse g.") as cue:
            paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
            # Each part written as it is said (a fade over the whole clause came 2 s late).
            # This dot's lasso w* and its name as they are read, then g from it.
            with lifted(lasso_label):
                cue.play(Reveal(lasso_star), Reveal(lasso_label),
                         flash(lasso_star, SOLUTION_COLOR, flash_radius=0.3, line_length=0.15),
                         *(Dim(n, factor=0.0) for n in crossed), at="why", until="star")
            with lifted(condition[0][0]):
                cue.play(Reveal(condition[0][0]), GrowArrow(pull), Reveal(pull_label),
                         at="star", until="pull")
            # (r86) g lit while "as for ridge, points into" is read (a still frame else).
            cue.play(Indicate(pull, color=G_COLOR, scale_factor=1.0), at="pull", until="cone")
            # (The lasso's name goes as the cone comes over its place.)
            with lifted(condition[0][1], condition[0][2]):
                cue.play(Reveal(condition[0][1]), Reveal(condition[0][2]), Reveal(fan),
                         Conceal(lasso_label),
                         *(GrowArrow(a) for a in arrows), at="cone", until="formula")
            with lifted(condition[1]):
                cue.play(Reveal(condition[1]), GrowArrow(back), Reveal(back_label),
                         at="formula", until=cue.END)
        # The cone's group in the scene in place of its parts, so that its updater runs
        # while the morph plays (added as parts only, the group's updater never ran: the
        # cone stood still, then snapped to its end, review r36 item 3).
        self.remove(fan, *arrows)
        self.add(cone)
        # (r86) The condition's reason is ridge's (said there, before its condition), so
        # "as for ridge" in the words above takes the place of r85's beat of its own.
        with self.cue("At a corner{@normals}, its edges' normals n₁, n₂; {@sweep}N = all "
                      "a·n₁ + b·n₂ with a, b ≥ 0.",
                      spoken="At a corner{@normals}, its edges' normals n-one and n-two; "
                      "{@sweep}N is all a n-one plus b n-two, with a and b at least zero.") as cue:
            paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
            # (r82, review r75 7) n₁, n₂ named on the plot as they are said, past each arrow's
            # tip (they go as the morph turns the arrows); the cone (drawn as it was named)
            # lit as its rule is read.
            # (r84, review r83 6) g and H⁻¹g step back as n₁, n₂ come (four arrows at once
            # were packed into one unit); w* stays, at the corner.
            cue.play(*(Indicate(a, color=ODDS_CONE_COLOR, scale_factor=1.0) for a in arrows),
                     flash(Dot(apex), ODDS_CONE_COLOR),
                     *(Reveal(label) for label in normal_labels),
                     *(Conceal(m) for m in self.pull_parts[1:]), at="normals", until="sweep")
            with lifted(condition[2]):
                cue.play(Indicate(fan, color=ODDS_CONE_COLOR, scale_factor=1.0),
                         Reveal(condition[2]), until=cue.END)
        # Each region comes as its words start naming it.
        # (r82, review r75 1) What the map is, in the dots' colours, as it comes; a band's
        # cone is the edge's one normal ray.
        # (r84, review r83 5) The map defined as it first appears.
        # (r85, review r84 6) Yellow and blue each come as named, inside their caption (blue
        # came with the next one); then each kind lit as its recipe is read.
        # Yellow and blue each come as named, each at the start of its own caption (in one
        # caption, "blue = none" was on screen seconds before the bands).
        with self.cue("With H = I{@identity}, the map: each ŵ coloured by its w*{@wedges}, "
                      "yellow = a zero.",
                      spoken="With H equal to the identity{@identity}, the map: each w-hat "
                      "coloured by its w-star{@wedges}, yellow for a zero.") as cue:
            with lifted(tags[0]):
                # n₁, n₂'s names go as the map comes over them (named in the last words).
                # The other dots go while a map is up: each had its own H, and the map is
                # this one's; w* goes too (the loop closes on it). Faded from where they are:
                # a second Dim starts from the undimmed opacities, and a Conceal of g, H⁻¹g
                # (gone with n₁, n₂) would put them back in the scene, both at full brightness
                # for the fade.
                cue.play(Reveal(tags[0]), *(Conceal(m) for m in normal_labels),
                         Conceal(self.dots), Conceal(self.pull_parts[0]),
                         at="identity", until="wedges")
            cue.play(Reveal(plain["corner"]), at="wedges", until=cue.END)
        with self.cue("{@blue}Blue = none. Wedges{@shapes}: corner + cone; "
                      "bands{@bands}: edge + normal ray.",
                      spoken="{@blue}Blue for none. Wedges{@shapes}: corner plus cone; "
                      "bands{@bands}: edge plus normal ray.") as cue:
            paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
            cue.play(Reveal(plain["edge"]), at="blue", run_time=REVEAL_SECONDS)
            cue.play(*self.outline_pulses(np.eye(2), "corner"), at="shapes",
                     until="bands")
            cue.play(*self.outline_pulses(np.eye(2), "edge"), until=cue.END)
        # The map for this H reached by a continuous morph (review r36 item 3: a cross-fade
        # read as a snap): H_s = (1 − s)I + sH, and for each s the cone H_s⁻¹N(corner) and
        # the map of H_s, both regmath's, redrawn together; at s = 1 the map is bent's.
        # (Pieces reshaped in place: Manim draws a play's moving mobjects as listed when it
        # starts, so pieces swapped in mid-play would be drawn beside the old ones.)
        live = self.get_map(np.eye(2))

        def follow_map(_group: VGroup) -> None:
            now = self.get_map(hessian_path(hessian, carry.get_value()))
            for kind in live:
                for k, piece in enumerate(live[kind]):
                    if k < len(now[kind]):
                        piece.become(now[kind][k])
                    else:  # (a region off the view at this s: none drawn)
                        piece.set_points(np.zeros((0, 3)))

        # (For the tests: the map of H = I as drawn, before the morph reshapes it.)
        self.why_maps = {"plain": {k: v.copy() for k, v in plain.items()}, "bent": bent}
        eigenvalues = exp.eigenvalues[self.ray_loss]
        if np.max(eigenvalues) > np.min(eigenvalues):
            # (r85, review r84 6) One sentence under the one morph: the cone and the map
            # change together (the map's words came after it had changed).
            # (r87b review item 7: "tilts … and shears" was loose: H⁻¹ is symmetric positive
            # definite, it stretches along its axes, and it may widen or narrow the cone.)
            this = ("From I to this dot's H{@carry}: each cone N becomes H⁻¹N{@bent}, "
                    "pinned at its corner or edge.")
            spoken = ("From the identity to this dot's H{@carry}: each cone N becomes H "
                      "inverse N{@bent}, pinned at its corner or edge.")
        else:
            this = ("This dot's {H} is a multiple of I{@carry}: the same cone, the same "
                    "map{@bent}.")
            spoken = this
        # While it runs, the tag names the path (one tag at a time, in one place).
        path_tag = VGroup(Tex(r"shaded: the map for $(1 - s)\,I + s\,H$,", font_size=ODDS_FONT,
                              color=TEXT_COLOR),
                          MathTex(r"s =", font_size=ODDS_FONT, color=TEXT_COLOR),
                          DecimalNumber(0.0, num_decimal_places=2, font_size=ODDS_FONT,
                                        color=TEXT_COLOR))
        path_tag.arrange(RIGHT, buff=0.12)
        path_tag[2].align_to(path_tag[1], DOWN)
        path_tag.next_to(condition, DOWN, buff=PANEL_TIGHT, aligned_edge=LEFT)
        path_tag.set_z_index(BOTTOM_Z)
        path_tag[2].add_updater(lambda m: m.set_value(carry.get_value()))
        tilted = MathTex(r"\hat w - w^* = H^{-1} g \in H^{-1} N(w^*)", font_size=ODDS_FONT,
                         color=BALL_COLORS["l1"])
        # (r86, review r85b 4) It takes the place of the three lines it sums up (they go),
        # and the map's tag comes under it: two lines where four were.
        tilted.move_to(condition[0], aligned_edge=LEFT).set_z_index(BOTTOM_Z)
        tags[1].next_to(tilted, DOWN, buff=PANEL_TIGHT, aligned_edge=LEFT)
        with self.cue(this, spoken=spoken) as cue:
            paced(cue, chars_per_second=WHY_CHARS_PER_SECOND, at_least=WHY_CAPTION_SECONDS)
            with lifted(tags[0], path_tag):
                cue.play(Conceal(tags[0]), run_time=0.4)
                cue.play(Reveal(path_tag), run_time=0.4)
            # (Not lifted: that would leave ŵ's dot at the bottom, under the cone's fill.)
            cue.play(flash(self.ray_center, CENTER_COLOR), at="carry",
                     run_time=CENTER_MARK_SECONDS)
            live_group = VGroup(live["corner"], live["edge"])
            self.remove(plain["corner"], plain["edge"])
            self.add(live_group)
            with attached(cone, follow_cone), attached(live_group, follow_map):
                cue.play(carry.animate.set_value(1.0), run_time=max(cue.until("bent"),
                                                                    MORPH_SECONDS),
                         rate_func=smooth)
            self.remove(live_group)
            self.add(bent["corner"], bent["edge"])
            path_tag[2].clear_updaters()
            # (r85, review r84 7) The panel's line says what the orange shape now is: the
            # tilted cone H⁻¹N(w*), where ŵ − w* lies (in the place of ŵ = w* + H⁻¹g).
            with lifted(path_tag, tags[1], condition, tilted):
                cue.play(Conceal(path_tag), Conceal(condition), run_time=0.4)
                cue.play(Reveal(tags[1]), Reveal(tilted), run_time=0.4)
            condition = VGroup(tilted)
            cue.play(*self.outline_pulses(hessian, "corner"), *self.outline_pulses(hessian, "edge"),
                     until=cue.END)
        # The loop closed on this dot (review r32 item 8): where its ŵ lies, and its lasso w*
        # carried back from ŵ along −H⁻¹g onto the corner (or the edge) as the words say so.
        landing = marker(self.ray_center.get_center(), SOLUTION_COLOR, radius=0.08,
                         z_index=TOP_Z + 3)
        target = to_scene(self.axes, lasso.point)
        trail = legible_line(polyline(self.axes, np.array([exp.centers[self.ray_loss],
                                                           lasso.point]),
                                      stroke_color=TEXT_COLOR, stroke_width=4),
                             z_index=TOP_Z + 2)
        if at_corner:
            words = ("This {w_hat} lies in a yellow wedge{@in}: its lasso {w_star} lands on "
                     "the corner{@land}.")
            regions = [r for r in l1_solution_regions(hessian, self.t, self.view)
                       if r.kind == "corner" and np.array_equal(r.apex, lasso.point)]
            color = SPARSE_COLOR
        else:
            words = ("This {w_hat} lies in a blue band{@in}: its lasso {w_star} lands on an "
                     "edge{@land}.")
            regions = []
            color = DENSE_COLOR
        with self.cue(words) as cue:
            cue.play(flash(self.ray_center, color),
                     *(pulse(self.axes, r.polygon[[*range(len(r.polygon)), 0]], color=color,
                             run_time=2.0) for r in regions),
                     Conceal(cone), *(Undim(n, factor=0.0) for n in crossed),
                     at="in", until="land")
            cue.play(Reveal(landing, run_time=0.2), at="land")
            cue.play(landing.animate.move_to(target), Create(trail), run_time=LAND_SECONDS)
            cue.play(flash(landing, SOLUTION_COLOR, flash_radius=0.3, line_length=0.15),
                     until=cue.END)
        self.why_cone = (cone, corner, cone_sol)  # (for the tests)
        self.landing = (landing, trail)
        # The lasso's counterpart of ridge's "rays have no area", said over the wedges: a
        # corner's normal cone is 2-D, so the ŵ it sends to that corner fill a region with
        # area, and (ŵ having a density) an exact zero has positive probability.
        wedge = [r for r in l1_solution_regions(hessian, self.t, self.view)
                 if r.kind == "corner" and np.array_equal(r.apex, corner)]
        with self.cue("A corner's cone is 2-D{@cone}, so its wedge has area{@area}: zeros get "
                      "positive probability{@odds}.",
                      spoken="A corner's cone is two-dimensional{@cone}, so its wedge has "
                      "area{@area}: zeros get positive probability{@odds}.",
                      settle=PUNCHLINE_REST) as cue:
            cue.play(flash(Dot(apex), ODDS_CONE_COLOR),
                     *(pulse(self.axes, r.polygon[[*range(len(r.polygon)), 0]],
                             color=SPARSE_COLOR, run_time=2.0) for r in wedge),
                     at="cone", until="area")
            cue.play(Indicate(bent["corner"], color=SPARSE_COLOR, scale_factor=1.0),
                     at="area", until="odds")
            with lifted(self.counters[1]):
                cue.play(Indicate(self.counters[1], color=SPARSE_COLOR, scale_factor=1.0),
                         at="odds", until=cue.END)
        # Measured, not only said (review r30): a chord across one wedge near its corner and
        # farther out (longer), then across the band beside it (the same length).
        def chords_at(corner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            return (width_chords(hessian, self.t, corner, self.view,
                                 shares=WEDGE_CHORD_SHARES)[0],
                    width_chords(hessian, self.t, corner, self.view,
                                 shares=STRIP_CHORD_SHARES)[1])
        # The corner whose wedge opens widest (regmath's openings: the top and bottom corners
        # share one, the sides the other), then the longest far chord of the two: there the
        # far wedge chord outgrows the band's, as the words say (a thin wedge's stays shorter).
        top_bottom, sides = wedge_openings(hessian)

        def spread(k: int, corner: np.ndarray) -> tuple[float, float]:
            far = chords_at(corner)[0][-1]
            return ((top_bottom if k % 2 else sides), float(np.linalg.norm(far[1] - far[0])))

        widest = max(range(4), key=lambda k: spread(k, axis_points(self.t)[k]))
        self.chord_corner = axis_points(self.t)[widest]  # (for the tests)
        wedge_chords, strip_chords = chords_at(self.chord_corner)
        chords = VGroup(*(VGroup(*(legible_line(polyline(self.axes, chord, stroke_color=color,
                                                         stroke_width=5), z_index=TOP_Z)
                                   for chord in side))
                          for side, color in ((wedge_chords, TEXT_COLOR),
                                              (strip_chords, TEXT_COLOR))))
        # Named in the panel, under the map's tag (on the plot every place crosses a map
        # outline or the diamond).
        chord_labels = VGroup(*(Tex(words, font_size=ODDS_FONT, color=TEXT_COLOR) for words in
                                (r"white chords across a wedge: width grows",
                                 r"across a band: width fixed")))
        chord_labels.arrange(DOWN, aligned_edge=LEFT, buff=PANEL_TIGHT)
        chord_labels.next_to(tags[1], DOWN, buff=PANEL_TIGHT, aligned_edge=LEFT)
        chord_labels.set_z_index(BOTTOM_Z)
        # (r83, review r82 4) The tick numbers a chord crosses step back as it is drawn (a
        # number's box hid the end of a band chord), and come back with the rings.
        self.chord_crossed = [_crossed([*self.axes.x_axis.numbers, *self.axes.y_axis.numbers],
                                       list(side)) for side in chords]
        # (r85, review r84 1) "Most" as far out as the data go: the outermost ring's share.
        far_words = ("far out, most {w_hat} lie in a wedge." if self.ring_data.shares[-1] > 0.5
                     else "far enough out, the wedges take nearly all.")
        # The finished chords held, wordless, before the rings replace them.
        with self.cue("Wedges widen{@widen}, bands keep their width{@keep}: " + far_words,
                      settle=CHORDS_HOLD) as cue:
            # (r86, review r85 9: the panel's lines vanished and left a hole) The tilted
            # cone's line stays, the chords' names come under the map's tag; the tick numbers
            # the chords will cross go before they come.
            hidden_now = {id(n): n for side in self.chord_crossed for n in side}
            if hidden_now:  # (other data: no chord crosses a tick number)
                cue.play(*(Dim(n, factor=0.0) for n in hidden_now.values()),
                         run_time=CLEAR_SECONDS)
            with lifted(chord_labels[0]):
                cue.play(LaggedStart(*(Create(c) for c in chords[0]), lag_ratio=0.6),
                         Reveal(chord_labels[0]), at="widen", until="keep")
            with lifted(chord_labels[1]):
                cue.play(LaggedStart(*(Create(c) for c in chords[1]), lag_ratio=0.6),
                         Reveal(chord_labels[1]), at="keep", until=cue.END)
        self.why = VGroup(bent["corner"], bent["edge"], self.ray_center, tags[1], chords,
                          chord_labels, condition, landing, trail)
        self.why_chords = (wedge_chords, strip_chords, chords)  # (for the tests)

    def get_map(self, hessian: np.ndarray) -> dict[str, VGroup]:
        """The lasso's solution map for ``hessian``: its corner wedges (yellow) and edge bands
        (blue), from `regmath.sparsity.l1_solution_regions`, over the dots."""
        regions = l1_solution_regions(hessian, self.t, self.view)
        return {kind: VGroup(*(filled_polygon(self.axes, r.polygon, stroke_color=color,
                                              stroke_width=2.5, fill_color=color,
                                              fill_opacity=0.3)
                               for r in regions if r.kind == kind)).set_z_index(TOP_Z)
                for kind, color in (("corner", SPARSE_COLOR), ("edge", DENSE_COLOR))}

    def outline_pulses(self, hessian: np.ndarray, kind: str, *,
                       run_time: float | None = 2.0) -> list[Animation]:
        """A flare along the outline of each region of ``kind`` of the map for ``hessian``."""
        color = SPARSE_COLOR if kind == "corner" else DENSE_COLOR
        timing = {} if run_time is None else {"run_time": run_time}
        return [pulse(self.axes, r.polygon[[*range(len(r.polygon)), 0]], color=color, **timing)
                for r in l1_solution_regions(hessian, self.t, self.view) if r.kind == kind]

    def show_distance(self) -> None:
        rings = self.ring_data
        shares = rings.shares
        axes_group = self.get_share_plot()
        plot = axes_group[0]
        circles = VGroup(*(legible_line(polyline(self.axes, ball_outline("l2", r),
                                                 stroke_color=TEXT_COLOR, stroke_width=1.5))
                           for r in rings.radii[1:-1]))
        bars = VGroup(*(filled_polygon(plot, box, stroke_color=SPARSE_COLOR, stroke_width=1.5,
                                       fill_color=SPARSE_COLOR, fill_opacity=0.55)
                        for box in rings.bars()))
        # Each ring: a faint fill (the annulus, whose seam has no stroke) and its two circles.
        # On top: over the dots and, briefly, a tick number (a highlight; drawn under them, a
        # ring's every frame would redraw all the tick numbers and dots above it).
        highlights = [VGroup(filled_polygon(self.axes, annulus(a, b), stroke_width=0,
                                            fill_color=TEXT_COLOR, fill_opacity=0.1),
                             *(legible_line(polyline(self.axes, ball_outline("l2", r),
                                                     stroke_color=TEXT_COLOR, stroke_width=6))
                               for r in (a, b))).set_z_index(TOP_Z)
                      for a, b in zip(rings.radii[:-1], rings.radii[1:])]
        axes_group.set_z_index(BOTTOM_Z)
        bars.set_z_index(BOTTOM_Z)
        # Every share on the chart and in the words with one precision (the corners' too).
        *ring_values, corner_value = numbers([*(100.0 * shares), 100.0 * rings.corner_share])
        near, far = ring_values[0], ring_values[-1]
        # Each bar's value over it (review r30: the chart had no numbers), in % as the ticks.
        values = VGroup(*(legible(MathTex(value.tex, font_size=BAR_NUMBER_SIZE, color=TEXT_COLOR))
                          for value in ring_values))
        # (r84) The overall share's dashed line (drawn last, at its height) passes under no
        # value: a value it would cross sits just over it instead.
        overall_y = plot.c2p(plot.x_range[0], self.experiment.l1_fraction)[1]
        for k, (value, bar) in enumerate(zip(values, bars)):
            value.next_to(bar, UP, buff=0.06)
            if value.get_bottom()[1] - 0.04 < overall_y < value.get_top()[1] + 0.04:
                value.shift(UP * (overall_y + 0.06 - value.get_bottom()[1]))
            # Over its left neighbour's value when the two would touch (bars of near shares).
            if k and _boxes_meet(value, values[k - 1], 0.1):  # (r82: 0.03 nearly touched)
                value.next_to(values[k - 1], UP, buff=0.04).set_x(bar.get_x())
        values.set_z_index(BOTTOM_Z)
        with self.cue("Count it in rings{@rings} of ‖ŵ‖₂ / {t}{@plot}.",
                      spoken="Count it in rings{@rings} of w-hat's length over t{@plot}.") as cue:
            # The rings draw while their words are read, the plot's axis while it is named;
            # the counters and the key step back for the plot (the panel's new subject).
            # (At least FADE_TO_RINGS long: review r36 item 10, the map cut to the rings.)
            cue.wait_until("rings")
            hidden = {id(n): n for side in self.chord_crossed for n in side}
            cue.play(Create(circles), Conceal(self.why), Undim(self.dots, factor=0.0),
                     *(Undim(n, factor=0.0) for n in hidden.values()),
                     run_time=max(cue.until("plot"), FADE_TO_RINGS))
            with lifted(axes_group):
                cue.play(Create(axes_group), Dim(self.counters, factor=PANEL_DIM),
                         Dim(self.margin, factor=PANEL_DIM),
                         Dim(self.dot_key, factor=PANEL_DIM),
                         Dim(self.key_whose["l1"], factor=PANEL_DIM),
                         until=cue.END)
        # Every bar grows under words, with its value: the first at "next to the circle", each
        # middle one as its value is read, the last at "up to ... the outermost ring" (review
        # r30: the middle rings popped in within 3 s, never named).
        # (r86, reviews r85 8, r85b 6) A middle ring whose share reads as the overall one (to
        # the digits shown) is said to be that: all the losses' share falls between the bars'.
        middle = "".join(f"{{@m{k}}}{{v{k}}}, " for k in range(1, len(bars) - 1))
        rise = ("then " + middle[:-2] + " %, ") if middle else ""
        with self.cue("Next to the circle, {near} % have an exact zero{@near}; " + rise
                      + "{@last}up to {far} % in the outermost ring.",
                      near=near, far=far,
                      **{f"v{k}": ring_values[k] for k in range(1, len(bars) - 1)}) as cue:
            for k, (bar, ring) in enumerate(zip(bars, highlights)):
                with lifted(bar, values[k]):
                    if k == 0:
                        cue.play(Reveal(ring), Reveal(bar), Reveal(values[k]), until="near")
                    else:
                        cue.play(Conceal(highlights[k - 1]), Reveal(ring), Reveal(bar),
                                 Reveal(values[k]),
                                 at="last" if k == len(bars) - 1 else f"m{k}",
                                 until=cue.END if k == len(bars) - 1 else
                                 ("last" if k == len(bars) - 2 else f"m{k + 1}"))
        # (r84, review r83 3) The square's tips (‖ŵ‖₂ > box): no ring holds them, so they get
        # a bar of their own (r82's), and every loss is in some bar.
        corners = VGroup(*(filled_polygon(self.axes, piece, stroke_color=TEXT_COLOR,
                                          stroke_width=2, fill_color=TEXT_COLOR,
                                          fill_opacity=0.28)
                           for piece in square_corners(self.experiment.box)))
        corners.set_z_index(TOP_Z)
        corner_bar = filled_polygon(plot, rings.corner_bar(), stroke_color=SPARSE_COLOR,
                                    stroke_width=1.5, fill_color=SPARSE_COLOR, fill_opacity=0.25)
        # Its share over it, as every bar's; named "tips" inside it when that fits, else over
        # the share.
        corner_share = legible(MathTex(corner_value.tex, font_size=BAR_NUMBER_SIZE,
                                       color=TEXT_COLOR))
        corner_share.next_to(corner_bar, UP, buff=0.06)
        if corner_share.get_bottom()[1] - 0.04 < overall_y < corner_share.get_top()[1] + 0.04:
            corner_share.shift(UP * (overall_y + 0.06 - corner_share.get_bottom()[1]))
        corner_label = legible(Tex("tips", font_size=BAR_VALUE_SIZE, color=TEXT_COLOR))
        if (corner_label.height + 0.12 <= corner_bar.height
                and corner_label.width + 0.12 <= corner_bar.width):
            corner_label.move_to(corner_bar)
        else:
            corner_label.next_to(corner_share, UP, buff=0.06)
        corner_bar = VGroup(corner_bar, corner_label, corner_share).set_z_index(BOTTOM_Z)
        with self.cue("The square's tips{@corners} (‖ŵ‖₂ > {box}), the other {m}: {c} %{@share}.",
                      m=rings.corner_total, c=corner_value, box=number(self.experiment.box),
                      spoken="The square's tips{@corners}, the other {m}: {c} percent{@share}."
                      ) as cue:
            with lifted(corner_bar):
                cue.play(Conceal(highlights[-1]), Reveal(corners), Reveal(corner_bar),
                         at="corners", until="share")
            cue.play(pulse(plot, rings.corner_bar()[[0, 1, 2, 3, 0]], color=SPARSE_COLOR,
                           run_time=2.0), at="share", until=cue.END)
        # (r85, review r84 1) Why the tips' share is what it is: they lie along the diagonals,
        # where the edges' bands run (H = I's, lit over them); "Fewer" only when their share is
        # below the outermost ring's.
        tip_bands = self.get_map(np.eye(2))["edge"]
        # The tick numbers the bands' outlines cross step back while they show.
        band_ticks = _crossed([*self.axes.x_axis.numbers, *self.axes.y_axis.numbers],
                              list(tip_bands))
        fewer = rings.corner_share < shares[-1]
        # (r86, reviews r85 7, r85b 5) The bands drawn are H = I's, said so and written on one.
        band_name = legible(MathTex(r"H = I", font_size=ODDS_FONT, color=DENSE_COLOR))
        band_region = next(r for r in l1_solution_regions(np.eye(2), self.t, self.view)
                           if r.kind == "edge")
        # (In the band, at its polygon's mean: inside it, as a band is convex.)
        band_name.move_to(to_scene(self.axes, np.mean(band_region.polygon, axis=0)))
        # On a dark box, as the tick numbers (over the dots and a ring it was hard to read).
        # (r87, review r86b 6: dots showed through its translucent box) An opaque one.
        band_name.add_background_rectangle(color=BACKGROUND, opacity=1.0, buff=TICK_BOX_BUFF)
        band_name.set_z_index(TOP_Z + 1)
        with self.cue(("Fewer: the" if fewer else "The") + " tips lie on the diagonals, "
                      "where a round H's bands{@bands} run.",
                      spoken=("Fewer: the" if fewer else "The") + " tips lie on the diagonals, "
                      "where the bands of a round H{@bands} run.") as cue:
            cue.play(Reveal(tip_bands), Reveal(band_name),
                     *(Dim(n, factor=0.0) for n in band_ticks), at="bands",
                     run_time=REVEAL_SECONDS)
            cue.play(*(pulse(self.axes, r.polygon[[*range(len(r.polygon)), 0]], color=DENSE_COLOR,
                             run_time=2.0)
                       for r in l1_solution_regions(np.eye(2), self.t, self.view)
                       if r.kind == "edge"), until=cue.END)
        # The overall share is no bar: a dashed line at its height (the experiment's share)
        # across every bar, from the circle to the tips' end, named past that end. Over the
        # bars, under their values (whose dark boxes it passes behind).
        overall = self.experiment.l1_fraction
        all_line = DashedLine(plot.c2p(plot.x_range[0], overall),
                              plot.c2p(rings.corner_edge, overall),
                              color=TEXT_COLOR, stroke_width=3, dash_length=0.1)
        all_label = legible(MathTex(rf"\text{{all: }} {number(100.0 * overall).tex}\,\%",
                                    font_size=BAR_NUMBER_SIZE, color=TEXT_COLOR))
        all_label.next_to(all_line, RIGHT, buff=0.1)
        all_mark = VGroup(all_line, all_label).set_z_index(BOTTOM_Z)
        values.set_z_index(BOTTOM_Z + 1)
        corner_bar[2].set_z_index(BOTTOM_Z + 1)
        with self.cue(self.lesson_words(), pct=number(100.0 * overall)) as cue:
            # One sweep near ring to far: each ring bar's outline fades in and stays, then they
            # fade together (Indicate would scale the bars off their axes; a flare that fades
            # and comes back would flicker).
            outlines = VGroup(*(polyline(plot, box[[0, 1, 2, 3, 0]], stroke_color=TEXT_COLOR,
                                         stroke_width=7) for box in rings.bars()))
            outlines.set_z_index(TOP_Z)
            sweep_in = LaggedStart(*(Reveal(outline) for outline in outlines), lag_ratio=0.5)
            sweep_in.mobject.set_z_index(TOP_Z)  # the group's own z, as in `pulse`
            cue.play(Conceal(corners), Conceal(tip_bands), Conceal(band_name),
                     *(Undim(n, factor=0.0) for n in band_ticks), at="lesson",
                     run_time=CLEAR_SECONDS)
            cue.play(sweep_in, until="overall")
            # The overall share drawn across the bars as it is named (the counter stays dim).
            with lifted(all_mark):
                cue.play(Conceal(outlines), Create(all_line), Reveal(all_label),
                         at="overall", until="box")
            with lifted(self.lines[1]):
                # In colour only: the recipe's line reaches the frame's edge, scaled it would not fit.
                cue.play(pulse(self.axes, self.square),
                         Indicate(self.lines[1], scale_factor=1.0), at="box", until=cue.END)
        self.bars, self.ring_circles, self.share_plot = bars, circles, axes_group
        self.bar_values = values
        self.corner_bar, self.corner_regions, self.all_line = corner_bar[0], corners, all_line

    def lesson_words(self) -> str:
        """The conclusion the rings support, decided by their shares, and what the overall share
        depends on."""
        rings = self.ring_data
        shares = rings.shares
        # Said of the rings' bars only: the tips' bar, past them, may be lower.
        if rings.rising:
            head = "The ring bars rise outward{@lesson}: more w* land on a corner."
        elif shares[-1] > shares[0]:
            head = ("From the first ring to the last{@lesson}, more w* land on a corner, "
                    "though not ring by ring here.")
        else:
            head = ("In these rings the share does not rise with the distance{@lesson}.")
        return head + (" So{@overall} {pct} % belongs to this recipe{@box}: this square, this "
                       "spread of {H}.")

    # -------------------------------------------------------------- builders
    def batch_edges(self) -> np.ndarray:
        """Loss counts at which each batch ends, growing geometrically: 1, 2, 4, … count."""
        n = self.experiment.count
        edges = np.unique(np.round(np.geomspace(1.0, n, self.data["batches"])).astype(int))
        return np.concatenate([[0], edges])

    def get_batches(self) -> list[VGroup | None]:
        """The dots of each batch (yellow: the lasso's w* has an exact zero), or None past
        the dots shown."""
        exp = self.experiment
        edges = self.batch_edges()
        out: list[VGroup | None] = []
        for lo, hi in zip(edges[:-1], edges[1:]):
            hi = min(hi, self.dot_count)
            if lo >= hi:
                out.append(None)
                continue
            sparse = exp.l1_sparse[lo:hi]
            centers = exp.centers[lo:hi]
            out.append(VGroup(scatter(self.axes, centers[sparse], SPARSE_COLOR),
                              scatter(self.axes, centers[~sparse], DENSE_COLOR)))
        return out

    def get_counters(self) -> VGroup:
        """Running counts among the first ``counted`` losses, with the percentages.

        Returns the lines (words and numbers); ``self.counter_values`` are the numbers alone,
        which follow ``counted``.
        """
        exp = self.experiment
        n = exp.count
        width = number_format(n, 0)
        readouts = [
            Readout(r"\text{{losses solved: }}" + number_format(n, 0, left=True), 0,
                    font_size=ODDS_FONT),
            Readout(r"\text{{lasso }} w^* \text{{ with a }} 0\text{{: }}" + width
                    + r"\ (" + "{:5.1f}" + r"\,\%)", 0, 0.0, font_size=ODDS_FONT,
                    exact_zeros=True),
            Readout(r"\text{{ridge }} w^* \text{{ with a }} 0\text{{: }}" + width
                    + r"\ (" + "{:5.1f}" + r"\,\%)", 0, 0.0, font_size=ODDS_FONT,
                    exact_zeros=True)]
        VGroup(*readouts).arrange(DOWN, aligned_edge=LEFT, buff=0.18)
        # Each line as its still words and what moves (the digits, and the words after a
        # number, which follow its width): a count-up frame redraws only the second.
        split = [readout.parts() for readout in readouts]
        lines = VGroup(*(VGroup(still, moving) for still, moving in split))
        lines.next_to(self.lines, DOWN, buff=0.35, aligned_edge=LEFT).set_z_index(BOTTOM_Z)
        self.counter_values = VGroup(*(moving for _, moving in split))
        self.counter_readouts = readouts  # what the counters show, for the tests
        lasso = np.concatenate([[0], np.cumsum(exp.l1_sparse)])
        ridge = np.concatenate([[0], np.cumsum(exp.l2_sparse)])

        def follow(_group: VGroup) -> None:
            k = int(round(self.counted.get_value()))
            readouts[0].set_values(k)
            for line, counts in ((readouts[1], lasso), (readouts[2], ridge)):
                line.set_values(int(counts[k]), 100.0 * counts[k] / k if k else 0.0)

        follow(self.counter_values)
        self.counter_values.add_updater(follow)
        return lines

    def stretched_loss(self) -> int:
        """Of the first EXAMPLE_POOL losses, the one with the largest cond(H) (the first if
        several tie)."""
        eigenvalues = self.experiment.eigenvalues[:EXAMPLE_POOL]
        return int(np.argmax(eigenvalues.max(axis=1) / eigenvalues.min(axis=1)))

    def get_dot_key(self) -> VGroup:
        """The scatter's key, under the counters: what a dot's colour and place mean."""
        # Whose w* the colours show, in the key itself: "lasso w*:", switched to "ridge w*:"
        # while the cloud shows ridge's outcome (``self.key_whose``, kept out of the key's group
        # so that each word can come and go by itself).
        self.key_whose = {norm: Tex(rf"{name} $w^*$:", font_size=25, color=BALL_COLORS[norm])
                          for norm, name in (("l1", "lasso"), ("l2", "ridge"))}
        colours = VGroup(key_entry(key_dot(SPARSE_COLOR), [r"has a $0$"], font_size=25),
                         key_entry(key_dot(DENSE_COLOR, ring=False), [r"both $\ne 0$"],
                                   font_size=25))
        colours.arrange(RIGHT, buff=0.35)
        widest = max(self.key_whose.values(), key=lambda m: m.width)
        line = VGroup(widest.copy(), colours).arrange(RIGHT, buff=0.25)
        key = VGroup(colours, Tex(r"each dot sits at its loss's $\hat w$", font_size=25,
                                  color=TEXT_COLOR))
        VGroup(line, key[1]).arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        VGroup(line, key[1]).next_to(self.counters, DOWN, buff=0.15, aligned_edge=LEFT)
        for whose in self.key_whose.values():
            whose.align_to(line[0], LEFT).match_y(line[0]).set_z_index(BOTTOM_Z)
        key.set_z_index(BOTTOM_Z)
        return key

    def get_share_plot(self) -> VGroup:
        """The share of exact lasso zeros (in %) against ‖ŵ‖₂ / t, for the rings: under the
        panel's key, clear of the caption strip."""
        rings = self.ring_data
        # (r87, review r86 3) Each bar's sampling error on the chart: the 95 % binomial
        # half-widths of its share, in points, from the smallest to the largest (the rings
        # hold a few hundred losses each: a share alone read as exact).
        counts = [*rings.totals, rings.corner_total]
        hits = [*rings.sparse, rings.corner_sparse]
        widths = [100.0 * 1.96 * float(np.sqrt(k / m * (1.0 - k / m) / m))
                  for k, m in zip(hits, counts) if m]
        low, high = numbers([min(widths), max(widths)], significant=2)
        spread = low.tex if low.text == high.text else rf"{low.tex}\text{{ to }}{high.tex}"
        y_label = rf"\text{{share with a }} 0\ \ (\pm {spread}\text{{ at 95\,\%}})"
        # The axis reaches the tips' bar, past the last ring, by at most half a step.
        group = make_plot(share_axis_range(rings), (0.0, 1.0, 0.25),
                          r"\|\hat w\|_2 / t", y_label, center=PLOT_CENTER,
                          size=PLOT_SIZE, label_size=BAR_VALUE_SIZE)
        plot = group[0]
        # The x tick numbers as large as the rest of the chart's text (review r32: 7 px at 480p).
        for tick in plot.x_axis.numbers:
            tick.scale(BAR_VALUE_SIZE / 20.0, about_edge=UP)
        # The shares in %, as the words give them: each tick's number rewritten (same place).
        for tick in plot.y_axis.numbers:
            value = plot.y_axis.point_to_number(tick.get_center())
            percent = MathTex(number(100.0 * round(value, 6)).tex + r"\,\%", font_size=BAR_VALUE_SIZE)
            percent.next_to(plot.y_axis.number_to_point(round(value, 6)), LEFT, buff=0.15)
            tick.become(legible(percent))
        # The y label beside the axis' top (make_plot puts it above, on the top tick number):
        # the plot fits under the key and above the caption strip.
        # (Clear of the 100 % tick's mark: review r30 saw them touch.)
        group[1][1].next_to(plot.y_axis.get_end(), RIGHT, buff=0.35)
        group.next_to(self.dot_key, DOWN, buff=PLOT_GAP)
        # The axis at the panel's edge, its % numbers out in the gap left of it (review r32:
        # wider bars for values at 28), and the x label inside the frame.
        origin = plot.c2p(plot.x_range[0], plot.y_range[0])
        group.shift(RIGHT * (PANEL_LEFT + PLOT_INDENT - origin[0]))
        group.shift(LEFT * max(0.0, group.get_right()[0] - PANEL_RIGHT))
        return group
