"""Three weights: the ellipsoid grows until it touches the octahedron, then the sphere.

    manim render -s -ql scenes/threed.py Tangency3D

Issue 12's chapter 2 (in the catalogue after ElasticNetBall). The storyboard is
``construct``: one section per beat, each a builder method under its words.

1. ``loss``   three weights and the loss, least at ŵ;
2. ``balls``  the octahedron ‖w‖₁ ≤ t and the sphere ‖w‖₂ ≤ t through its corners;
3. ``grow``   "its level sets are ellipsoids" as one grows from ŵ
              (`regmath.threed.growth_scale`) until it touches;
4. ``touch``  the lasso's w*, named and in the readout (fixed in the frame's corner);
              at an inside ŵ: λ = 0 and w* = ŵ; at t = 0: the origin;
5. ``turn``   the camera turns round the touch; at an edge it looks along the edge
              (`regmath.threed.edge_view`), and the zero weights are marked in the readout;
6. ``cone``   close up (axes, labels and ellipsoid faded; at an edge exactly end-on, the
              faces edge-on): the face normals, at an edge the fan they span
              (`cone_fan`), and −∇f(w*) = λg inside it, λ in the readout;
7. ``sphere`` back to the first view; the same loss on the sphere: ridge's w*.

Every coordinate comes from `regmath.threed` (the touches, the ellipsoid's grid, the
octahedron, the sphere's grid, the arrows, the view cube); the camera's angles are
presentation. Every sentence is one of the phrasings in `KIND_WORDS` and the cues
below, chosen by `touch_3d`'s facts; tests/claims_threed.py holds their rules.

The problem is class attributes; a variant is a subclass that overrides them.

Cost measured (TD36, -s -ql, 2 shared CPUs): with Manim's Surface (a callback for
every corner of every face) the still took 7.6-8.1 s of CPU against 2.3 s for a
trivial one; built from the vectorised `regmath.threed.ellipsoid_grid` (clipped by
`clip_faces`) it takes 5.0 s (construct 2.2 s). A frame costs about 1 s of CPU at
480p (ThreeDCamera shades and depth-sorts every face), so the ellipsoid has 24 x 12
faces (`ELLIPSOID_U`, `ELLIPSOID_V`) and the sphere 16 x 8. w* is a flat dot that
faces the camera: not shaded in 3D, ThreeDCamera draws it after every surface.
"""

from __future__ import annotations

import itertools
from typing import Any, ClassVar

import numpy as np
from manim import (
    BackgroundRectangle,
    DEGREES,
    Create,
    DOWN,
    DashedLine,
    DecimalNumber,
    Dot,
    FadeIn,
    FadeOut,
    GrowFromPoint,
    SurroundingRectangle,
    UP,
    LEFT,
    Line,
    ManimColor,
    MathTex,
    ORIGIN,
    RIGHT,
    ThreeDAxes,
    ThreeDScene,
    ThreeDVMobject,
    Transform,
    UpdateFromAlphaFunc,
    ValueTracker,
    VGroup,
    WHITE,
    config,
    rate_functions,
)
from manim.utils.space_ops import normalize
from scipy.spatial import ConvexHull, QhullError

from regmath import InvalidArgumentError, Quadratic
from regmath.threed import (arrow_along, clip_faces, contact_view, drop_lines, cone_fan, edge_up,
                            edge_view,
                            ellipsoid_grid,
                            grid_faces, fitting_level, growth_scale, octahedron, pulled_losses, section_caps,
                            tangent_patch,
                            sphere_grid,
                            sphere_section, sphere_sweep, sphere_tangent_view, subgradient_arrow,
                            touch_3d, touch_arrows, touched_edge, touching_faces, view_3d,
                            view_angles)
from scenes.toolkit.emphasis import Indicate
from scenes.toolkit.notation import SYMBOLS, Phrase, constraint_tex, number, numbers, point
from scenes.toolkit import palette
from scenes.toolkit.params import nonnegative, refuse
from scenes.toolkit.params import point as a_point
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import (BACKGROUND, BALL_COLORS, TEXT_COLOR, CAPTION_TOP, CONE_COLOR, GRADIENT_COLOR,
                                  LOSS_COLOR, NORMAL_COLOR, SOLUTION_COLOR, marker)

#: The two (or four, or one) faces that meet at w*, tinted a lighter lasso orange (r41:
#: yellow there was a third meaning of yellow; yellow is the normals' and the zero's).
FACE_TINT = ManimColor(BALL_COLORS["l1"]).interpolate(WHITE, 0.6)
#: At an edge the second face a darker orange (r58: the two faces were never told apart).
#: r60: at 0.45 each way, shaded in 3-D, the two still looked alike: flat, further apart.
#: r62: light and dark orange still read as one face: at an edge the two faces take two
#: colours that stay apart under every colour-vision deficiency (yellow, the normals', and
#: Okabe–Ito blue: ΔE ≥ 53 from each other and from the lasso orange), and each face's
#: normal nᵢ is drawn and named in its face's colour.
FACE_BLUE = ManimColor("#0072B2")
FACE_TINTS = (NORMAL_COLOR, FACE_BLUE)
#: The names of the normals in their faces' colours, the blue lightened to read on black.
NORMAL_NAME_TINTS = (NORMAL_COLOR, FACE_BLUE.interpolate(WHITE, 0.5))
#: At an edge, after the touch, the camera rises this far out of the tangent plane towards
#: −∇f (`contact_view`'s lift): both faces that meet at the edge seen (r58: from within the
#: plane, an edge and a face looked alike).
FACE_LIFT = 70 * DEGREES

#: The view cube's side on screen (Manim units).
CUBE_SIDE = 5.6
#: The camera: elevation from the z axis and azimuth (presentation, not data).
CAMERA_PHI = 65 * DEGREES
CAMERA_THETA = -50 * DEGREES
CAMERA_ZOOM = 1.5
#: The camera's focal distance, far: a nearly parallel projection, so that a plane seen
#: edge-on is a line (r50: at Manim's 20 the near side of the ellipsoid bulged over the
#: octahedron before the touch, seen along the tangent plane).
FOCAL_DISTANCE = 200.0
#: The cone beat's zoom on the octahedron and the cone, at most (presentation).
CONE_ZOOM = 3.0
#: The cone close-up zoomed out to this share of its tightest fit (presentation, r58).
CONE_ROOM = 0.85
#: The cone close-up's fit: passes (the perspective) and g₂ samples of the sweep's losses.
CONE_FIT_PASSES, CONE_FIT_SAMPLES = 2, 9
#: The arrows at w*, as a share of t (presentation: the cone must read beside the ball).
ARROW_SHARE = 1.2
#: The turn of the last beat at a vertex or a face (presentation).
TURN = 70 * DEGREES
#: At an edge the camera turns (within the tangent plane, `contact_view`) this far off
#: the edge for the growth and the first touch: nearly broadside, so the edge is long on screen and
#: w* visibly sits part-way along it (r56: at 20° off it the edge was ~40 px, hidden by
#: the dot: it read as a vertex touch). Then the camera turns to look along the edge.
BROADSIDE_TILT = 70 * DEGREES
#: −∇f(w*) is drawn this share of the normals' length: its tip clear of theirs, inside the
#: cone; at an edge beyond them, its name above theirs (r42 draft: at 0.75 it covered n₂'s).
PULL_SHARE = 0.75
EDGE_PULL_SHARE = 1.45
#: g, the direction swept across the wedge: its own colour (r41: a second purple arrow
#: read as a second −∇f).
G_COLOR = palette.PUSH
#: g's shaft width (px) once drawn over −∇f(w*) for −∇f = λg (r62: under it, it was hidden).
G_WIDTH = 9.0
#: g's length as a share of the normals' (shorter than −∇f(w*) = λg along it: both show).
#: r68: the edge-on vertical drawn through the origin, from this share of t below it (the
#: octahedron's lowest point is t/√2 down) to this share above (w* is t/√2 up), thin.
UP_FROM, UP_TO, UP_WIDTH = 0.95, 0.45, 3.0
#: g's name stands beside the line of g this share of the normals' length from w*: just
#: beyond the wedge's arc (r83; r71: beside the shaft's end it sat on the wedge).
G_NAME_REACH = 1.22
#: The lasso's ellipsoid's outline while it moves with g (faint otherwise).
MOVING_STROKE = 0.6
#: The cone's translucent fill (an edge's fan between its two normals).
FAN_OPACITY = 0.3
#: The fixed-in-frame readout (w*, λ): font size and line spacing.
READOUT_FONT = 32
#: The readout's two long lines, ∂‖w*‖₁ and the penalized problem (r83: at 32 they reached
#: the close-up's ellipsoid).
LONG_READ_FONT = 28
#: The readout's tag under ridge's moved w* (r60).
TAG_FONT = 28
#: The loss's formula and H, written as its level sets are named.
LOSS_FONT = 28
READOUT_GAP = 0.12
#: Axis labels sit this far beyond their axis's projected end (screen units).
AXIS_LABEL_GAP = 0.2
#: An axis label rises off its line where another axis's line runs within this cosine of
#: it on screen (fully at 1: collinear).
PARALLEL_FROM = 0.97
#: Extra room (frame units) kept for an axis label beyond the arrow's tip (r68: the tip
#: reaches past the axis's end; the label just fitted, then counted as out).
LABEL_ROOM_SLACK = 0.3
#: Faces of the ellipsoid (u × v) and of the sphere: a frame costs ~1 s of CPU at 480p.
ELLIPSOID_U, ELLIPSOID_V = 24, 12
#: r84 (review r83 item 5: at 16 x 8 "the smooth sphere" showed corners in its outline): the
#: sphere as fine as the ellipsoid (a corner every 15°, its outline ~1 px off a circle at 720p).
SPHERE_U, SPHERE_V = 24, 12
#: r84 (review r83 item 1: seen from the side the w₂ axis pointed at the viewer and its label
#: sat by w₁'s): an axis and its label fade while the axis is within these angles of the line
#: of sight (gone below the first, whole above the second; from the camera's angles). The
#: side view at the first touch has w₂ 28° off the line of sight, the first view 46°.
END_ON_GONE, END_ON_WHOLE = 32 * DEGREES, 40 * DEGREES
#: The growth starts from this share of c* (level 0 is the point ŵ: nothing to draw).
GROWTH_START = 1e-4
#: The first ellipsoid shown (as the words name them), at this share of c*.
FIRST_SHARE = 0.12
#: The growth's last part, from this share of c* on, is slow and takes this share of its time.
SLOW_FROM, SLOW_SHARE = 0.8, 0.55
#: Where the camera turns during the growth (the lasso's edge), the slow approach lasts this
#: long at least and ends at this share of its mean speed (`approach`).
TOUCH_SECONDS, APPROACH_END = 3.5, 0.3
#: ŵ's dashed guides' opacity; labels' background outline (screen px); the regions' names
#: lightened this far towards white (presentation).
DROP_OPACITY = 0.7
LABEL_OUTLINE = 5
NAME_LIGHTEN = 0.35
#: The ridge green's name lightened further (r51: "‖w‖₂ ≤ 1" read dark teal on black).
REGION_LIGHTEN = {"l1": NAME_LIGHTEN, "l2": 0.6}
#: The faces meeting at w*, tinted as the camera turns (presentation).
FACE_OPACITY = 0.85
#: The octahedron's fill opacity; edge-on, its two touched faces as lines this wide (px).
OCTAHEDRON_FILL = 0.45
SIDE_WIDTH = 9
#: The ellipsoid in the close-up: faint, still there (−∇f is its normal).
#: r51: at 0.07/0.25 it dimmed to ~RGB(35,40,50), gone at 480p: the touch taken on trust.
FAINT_FILL, FAINT_STROKE = 0.16, 0.55
#: The growing ellipsoid's fill (r83, review r72 item 3: at 0.22, front and back faces
#: hid the w₁ axis's arrowhead behind it in the side view).
GROW_FILL = 0.15
#: Names keep this far (frame units) from ŵ's dot's centre (its radius and a gap).
HAT_CLEAR = 0.28
#: ŵ's short name's offset from its dot (frame units): in the side view (the ellipsoid
#: grows round the dot, w* below left) and in ridge's close-up (−∇f(w*)'s name right of it).
#: r84 (review r83 item 6: in ridge's close-up "ŵ • −∇f(w*)" read as one row): below its dot there.
HAT_TAG_OFFSETS = {"side": np.array([0.32, 0.26]), "ridge": np.array([-0.08, -0.36])}
#: ... while the camera rises at an edge (r83, review r72 item 1: seen from above its faces,
#: the translucent shell read as swallowing the octahedron; r84, review r83 item 2: as a wire
#: round the octahedron it read as holding it): a faint fill without its mesh, the touched
#: faces drawn flat over it.
LIFT_FILL, LIFT_STROKE = 0.07, 0.0
#: ... and once the touch is established (λ's beat on): the mesh at 30 %.
SETTLED_FILL, SETTLED_STROKE = 0.1, 0.3
#: The sweep of a pull across the cone, and its ghost's opacity.
SWEEP_SECONDS = 3.0
GHOST_OPACITY = 0.55
#: The zero weight's flash in the readout, and the close-up's camera move.
ZERO_FLASH_SECONDS = 1.0
#: r71 (review r69 item 2: the swing at 33-39 s too fast to follow): 2.4 → 4 s.
CLOSE_SECONDS = 4.0
#: At an edge the edge view's axis names fade in over the close-up's last part, from this
#: share of it (r83: they came 2-4 s after the camera stood).
ARRIVE_FROM = 0.7
#: Ridge's w* coming in after its growth, under the same words.
AFTER_SECONDS = 1.0
#: n₁, n₂ sit this far beyond their normal's tip (screen units); at an edge, beside it, this
#: far from it (r83: at 0.12 the arrowhead's base touched n₁'s name).
NAME_GAP = 0.12
#: How far a name steps left per try while it meets an outline (`pin_left_of`; layout).
NAME_STEP = 0.05
EDGE_NAME_GAP = 0.3
#: Seconds of the key motions.
GROWTH_SECONDS = 5.0
#: The touched edge's highlight: thick yellow, the zero's colour (it lies in w₂ = 0), on a
#: the octahedron's orange (r51: 7 px of yellow beside orange vanished; r56: white read as a glitch).
EDGE_WIDTH = 12
#: r62: white, the colour of the plane w₂ = 0 it lies in (yellow vanished beside the yellow face).
EDGE_COLOR = TEXT_COLOR
TURN_SECONDS = 4.0
#: The camera's way back to the first view as the sphere comes in.
#: (r51: at 2.6 s, 1.3 s a step, the octahedron spun and vanished.)
TURN_BACK_SECONDS = 2.5
#: ... in three steps at an edge: the overlays fade (the camera still), the zoom out, the
#: swing back with the sphere coming in (r56: ≤ 1.5 s, "Now the sphere" as it appears).
TURN_BACK_SHARES = (0.2, 0.28, 0.52)
#: Straight to ridge's close-up (r62): the lasso's picture goes, then the camera turns.
#: r71 (review r69 item 2: "a jump at 76-78 s"): the lasso's picture goes over 0.8 s, the
#: camera swings over 4 s (1.6 s before), the axis label back over 0.5 s.
RIDGE_TURN_SHARES = (0.32, 1.6, 0.2)
#: No camera swing shorter than this (r51: 1.7 s swings read as jumps).
SWING_SECONDS = 3.0
#: H beyond this condition number draws as a flat disc or a needle.
MAX_CONDITION = 1e4
#: Labels: font size, the gap kept to any drawn shape, the candidate directions and
#: distances from the labelled point (screen units), the margin inside the frame, and the
#: camera azimuths sampled along the turn (a label is placed clear at every one).
LABEL_FONT = 34
G_FONT = 52
LABEL_GAP = 0.08
LABEL_DIRECTIONS = 24
LABEL_STEPS = np.arange(0.3, 6.01, 0.1)
FRAME_MARGIN = 0.15
TURN_SAMPLES = 7
#: Half the side of the box round each axis's arrow tip that labels keep clear of (scene units).
TIP_BOX = 0.18
#: The regions' names sit this far from a corner (no leader: they stay close).
REGION_STEPS = np.arange(0.3, 2.01, 0.1)
#: A leader line joins a label to its point when the label sits farther than this.
LEADER_FROM = 0.5
#: The 3D arrows' cone tip: length and base radius (scene units).
TIP, TIP_RADIUS = 0.3, 0.11
#: The arrows start this far from w* (scene units), so they leave its dot visible.
DOT_GAP = 0.1
#: Triangles round the cone tip.
TIP_SIDES = 10
#: The ending's inset of the lasso's close-up (r51: "a wedge ... versus one exact direction"
#: over ridge's picture alone): its largest size and its centre's height (frame units).
#: r83 (review r72 item 7: small): 2.8 → 3.5 high, lower, down to above the captions.
INSET_HEIGHT, INSET_WIDTH, INSET_Y = 3.5, 3.0, -0.55
#: w*'s dot: radius (scene units).
DOT_RADIUS = 0.13
#: ... the lasso's at an edge: small, so the edge shows on both sides of it (r56).
EDGE_DOT_RADIUS = 0.07
#: Names of the three weights at w* (0-based index → caption text).
WEIGHT_STARS = ("w₁*", "w₂*", "w₃*")
SPOKEN_STARS = ("w-one-star", "w-two-star", "w-three-star")
#: The cone's words by `touch_3d`'s kind (tests/claims_threed.py checks each); {names} are
#: the normals' on-screen names n₁, n₂, ...
CONE_WORDS = {
    "vertex": "The four faces' normals {names} span a cone{@cone}; {@pull}{neg_grad}, the "
              "ellipsoid's inward normal, lies inside it.",
    # r51: which two faces was never said; r52: they are named (and tinted) in 3-D by the
    # turn's words, and edge-on they are the two labelled upper sides.
    "edge": "The two faces' normals {names} span a wedge{@cone}; {@pull}{neg_grad}, the "
            "ellipsoid's inward normal, lies inside it.",
    "face": "The face's normal {names}{@cone}: {@pull}{neg_grad}, the ellipsoid's inward normal, "
            "points along it.",
}
#: Why a corner gives zeros, as a pull sweeps across the cone (vertex).
RANGE_WORDS = ("{@sweep}Any {neg_grad} in this {shape} gives the same touch: a whole range of "
               "losses give {zeros} = 0.")
#: At an edge: g defined by its free entry, swept across the wedge (g₂'s value live).
#: r52: g tied to ‖w‖₁ (a reviewer: "g is never connected to ‖w‖₁"): g is a subgradient,
#: its entries the nonzero weights' signs and the kink's whole [−1, 1] at the zero weight.
#: r68: ∂ defined where it first appears ("∂ and subgradient used without a definition").
#: r83 (review r72 item 4: the set's notation went by in 5.5 s): the set in its own cue, g
#: swept across the whole wedge under it (≥ `SUBDIFF_SECONDS`), then each g in the wedge.
#: r84 (review r83 item 10: g swept before the words said what g is): "subgradients g".
EDGE_RANGE_WORDS = "{subdiff}, the set of subgradients g, is {signs}{@sweep}."
EACH_G_WORDS = "Each g = {g} lies in this wedge{@fan}."
SUBDIFF_SECONDS = 8.1
#: ... then, in its own cue (r60: the loss's sweep, 1.8 s across the wedge, went by too
#: fast), the loss moved with g, slowly, resting at each edge of the wedge.
#: r71 (review r69 item 5: the sweep too fast, what stays unnamed): slower, and what stays
#: said while the loss moves: the touch, and with it the zero weight.
#: r83 (review r72 items 4, 5: "move the loss" unexplained; the punchline read in 3 s): "(new
#: data)", and the punchline in its own cue, held `PUNCH_SECONDS`, as the loss comes back.
EDGE_LOSS_WORDS = ("Move the loss (new data) so that its {neg_grad} runs along each g{@move}: "
                   "the touch stays at {w_star}, with {zeros} = 0 all the while{@stays}.")
PUNCH_WORDS = "A whole range of losses give {zeros} = 0{@zero}."
PUNCH_SECONDS = 4.1
#: g's value and λ, the multiplier of the budget (the readout's −∇f(w*) = λg, λ = ...).
#: r66 (cut): "the multiplier of ‖w‖₁ ≤ t" dropped; the next cue says what λ does.
#: r83 (review r72 item 4: g, λg and λ in one cue): g first, then −∇f(w*) = λg and λ.
G_HERE_WORDS = "Here g = {g}{@g}."
LAMBDA_WORDS = "{@lam}{neg_grad} = {lam}g, with {@value}{lam} = {value}{@ball}."
#: ... and, in its own cue (r45: the g line went while the caption still read it), the
#: penalized problem with the same solution.
PENALTY_WORDS = "Minimizing f + {lam}{l1} {@same}gives this same {w_star}."
#: λ's digits: enough to tell 1.895 from ŵ₁ = 1.9 (r39's "λ = 1.90" read as ŵ₁).
LAMBDA_DIGITS = 4
#: The ghost's sweep of g₂ across the wedge, at least (three legs: −1, 1, back).
WEDGE_SWEEP_SECONDS = 6.0
#: ... resting this long at each edge of the fan, g₂ = ±1 (r50: it went by in 3 s).
EDGE_REST_SECONDS = 0.7
#: The loss's sweep with g (r60: −1 → 1 in 1.8 s read as a jump): to g₂ = −1, a rest, across
#: the whole wedge to g₂ = 1, a rest, back to the touch's own g₂ (seconds, eased).
LOSS_LEGS = (1.8, 5.2, 1.8)
LOSS_REST_SECONDS = 1.0
#: The loss and its level sets, said as the first ellipsoid appears (r71, review r69 item 3:
#: f and H never said), its formula on screen meanwhile (`loss_read`), gone at the touch.
#: r83 (review r72 item 5: H never given, so λ and w* not checkable): said not shown.
LEVEL_WORDS = ("The loss f(w) = ½(w − {w_hat})ᵀH(w − {w_hat}), H not shown, has "
               "ellipsoids as level sets{@shell}")
LEVEL_SPOKEN = ("The loss, f of w equals one half of w minus {w_hat}, transposed, times H times "
                "w minus {w_hat}, H not shown, has ellipsoids as level sets{@shell}")
#: The normal cone's shape in words, by the number of its normals.
CONE_SHAPES = {2: "wedge", 4: "cone"}
#: At an edge each normal's name stands beside its tip, its centre this many name heights
#: below the tip (r68: the moved loss's −∇f passes over it, beyond the tip).
NAME_DROP = 0.35
#: Subscript digits for n₁, g₂, ...
SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉"
#: The turn's words by kind: what the camera does and what the view then shows
#: (tests/claims_threed.py). At an edge the camera looks along the edge.
TURN_WORDS = {
    "vertex": "Turning round it{@turn}: the touch is on a corner, so {zeros} are exactly 0"
              "{@zero}.",
    # r52: the two faces named (and tinted) in 3-D, before the view is along the edge.
    # r56: seen broadside first, then "now we look along this edge" as the camera turns.
    "edge": "Two faces meet at the edge it touches{@faces}, in the plane {plane}{@edge}. Now we look "
            "along this edge{@turn}: what remains is {axis} and {up}{@axes}, and {zeros} is "
            "exactly 0{@zero}.",
    "face": "Turning round it{@turn}: the touch is inside a face, so no weight is 0{@zero}.",
}
#: Ridge's why (tests/claims_threed.py: only when ridge's w* has no zero): seen along the
#: tangent plane, the sphere's one normal at w*, −∇f on it; then the loss tilted, −∇f
#: swept across the plane wₖ = 0: w* slides with it, on wₖ = 0 for one direction only.
RIDGE_VIEW_WORDS = ("Seen along the tangent plane{@turn}, at ridge's {w_star} = {star}{@dot}, the "
                    "smooth sphere has one normal, {@itself}along {w_star} "
                    "itself{@normal}; {@from}{neg_grad} must lie on that line{@pull}.")
RIDGE_SWEEP_WORDS = ("Move {w_hat} (new data){@sweep}: ridge's {w_star} moves with it, through {plane} and "
                     "straight out again; ridge's {zeros} = 0 needs {neg_grad} {@exact}exactly in the "
                     "plane {plane}.")
#: r58: at which touch, and what each allows (the lasso's shape: its normals' count).
RIDGE_WEDGE_WORDS = (" At {plane}, {@lasso}the lasso allows a {shape} of {neg_grad} "
                     "directions; {@ridge}ridge, exactly one.")
#: The ridge sweep moves the loss until −∇f is this far past the plane wₖ = 0 (presentation).
RIDGE_SWEEP_BEYOND = 8 * DEGREES
RIDGE_SWEEP_SECONDS = 4.0
RIDGE_STOP_SECONDS, RIDGE_HOLD_SECONDS = 1.2, 1.5
#: As ridge's w* reaches the plane wₖ = 0 in its sweep, its readout entry and the plane lit.
CROSS_FLASH_SECONDS = 0.8
#: The trail of ridge's w* in its sweep: pieces, width (px) and opacity (presentation).
TRAIL_SAMPLES, TRAIL_WIDTH, TRAIL_OPACITY = 24, 7.0, 1.0
#: Ridge's normal as a share of −∇f's arrow; the plane wₖ = 0 drawn this far beyond the
#: sphere (shares of t) and in this colour (presentation).
RIDGE_NORMAL_SHARE = 0.6
RIDGE_NORMAL_WIDTH = 3.0
TANGENT_HALF = 0.45
PLANE_REACH = 1.35
PLANE_COLOR = TEXT_COLOR
#: The plane wₖ = 0 the touched edge lies in, drawn translucent as the words name it.
#: r62: outline only (a translucent fill drew as a dark opaque bite out of the ellipsoid).
PLANE_OPACITY = 0.0
#: An entry of the readout flashes this much larger (not into its neighbours).
ENTRY_FLASH = 1.2
#: The last picture (both solutions in the readout, the lasso's wedge beside ridge's line)
#: rests this long after the words (r56: 0.8 s, it flashed by).
#: r84 (review r83 item 7: the ending rushed, no hold on the comparison): 4 s.
END_HOLD_SECONDS = 4.0
#: On-screen names of the two solutions (as scenes/classic.py writes them).
SOLUTION_TEX = {"l1": r"w^*_{\text{\small lasso}}", "l2": r"w^*_{\text{\small ridge}}"}
#: ... and in the words.
SOLUTION_WORDS = {"l1": "the lasso's {w_star}", "l2": "ridge's {w_star}"}


__all__ = ["Tangency3D"]


def hessian_3d(max_condition: float = MAX_CONDITION):
    """A symmetric positive definite 3 × 3 matrix (a singular one has cylinders, not
    ellipsoids, for level sets) with cond(H) ≤ ``max_condition``."""
    def check(value: Any, name: str) -> np.ndarray:
        try:
            loss = Quadratic(center=np.zeros(3), hessian=value)
        except InvalidArgumentError as error:
            raise InvalidArgumentError(name, error.problem) from None
        if loss.singular:
            raise InvalidArgumentError(name, "must be positive definite: a singular H has "
                                             "level sets that are cylinders, not ellipsoids")
        d = loss.eigenvalues
        if float(np.max(d) / np.min(d)) > max_condition:
            raise InvalidArgumentError(name, f"has condition number {np.max(d) / np.min(d):.3g}"
                                             f"; at most {max_condition:g} can be drawn (its "
                                             "ellipsoids would look like discs)")
        return np.array(loss.hessian)
    return check


def outline(points: np.ndarray) -> np.ndarray:
    """The convex hull of screen points (k, 2) as a counter-clockwise polygon (what a
    view of the drawn shapes covers, or more)."""
    try:
        return points[ConvexHull(points).vertices]
    except (QhullError, ValueError):  # fewer than 3 points or all on a line: their box
        low, high = points.min(axis=0), points.max(axis=0)
        return np.array([low, [high[0], low[1]], high, [low[0], high[1]]])


def box_meets_polygon(low: np.ndarray, high: np.ndarray, polygon: np.ndarray) -> bool:
    """Whether the box [low, high] meets the convex counter-clockwise ``polygon``
    (separating axes: the box's two and the polygon's edge normals)."""
    if np.any(high < polygon.min(axis=0)) or np.any(low > polygon.max(axis=0)):
        return False
    corners = np.array([low, [high[0], low[1]], high, [low[0], high[1]]])
    edges = np.roll(polygon, -1, axis=0) - polygon
    outward = np.column_stack([edges[:, 1], -edges[:, 0]])
    # A separating edge: all four corners beyond it.
    beyond = np.einsum("ekd,ed->ek", corners[np.newaxis] - polygon[:, np.newaxis], outward)
    return not bool(np.any(np.all(beyond > 0.0, axis=1)))


def box_meets_segment(low: np.ndarray, high: np.ndarray, p: np.ndarray, q: np.ndarray
                      ) -> bool:
    """Whether the box [low, high] meets the segment pq (Liang–Barsky)."""
    t0, t1 = 0.0, 1.0
    d = q - p
    for k in range(2):
        if abs(d[k]) < 1e-12:
            if p[k] < low[k] or p[k] > high[k]:
                return False
            continue
        a, b = (low[k] - p[k]) / d[k], (high[k] - p[k]) / d[k]
        t0, t1 = max(t0, min(a, b)), min(t1, max(a, b))
        if t0 > t1:
            return False
    return True


def approach(alpha: float) -> float:
    """An ease-out that keeps moving: `APPROACH_END` of the mean speed at the end (the growth
    into the touch slows down, yet never stands before it touches)."""
    return APPROACH_END * alpha + (1.0 - APPROACH_END) * (1.0 - (1.0 - alpha) ** 2)


def arrive_late(t: float) -> float:
    """A fade's rate: nothing until `ARRIVE_FROM` of the play, then linear to the end."""
    return float(np.clip((t - ARRIVE_FROM) / (1.0 - ARRIVE_FROM), 0.0, 1.0))


def push_clear(name: Any, others: list) -> None:
    """Shift ``name`` (fixed in the frame) sideways off each of ``others`` it meets, by just
    the overlap (plus `NAME_GAP`), away from the other's centre: 0 as they come into contact,
    so a name moving past another is pushed along without a jump (r48: −∇f(w*) over "n₁ ="
    as the sweep turned it towards n₁)."""
    for other in others:
        wide = min(name.get_right()[0], other.get_right()[0]) - \
            max(name.get_left()[0], other.get_left()[0]) + NAME_GAP
        tall = min(name.get_top()[1], other.get_top()[1]) - \
            max(name.get_bottom()[1], other.get_bottom()[1]) + NAME_GAP
        if wide > 0.0 and tall > 0.0:
            away = 1.0 if name.get_x() >= other.get_x() else -1.0
            name.shift(away * wide * RIGHT)


def segments_cross(p: np.ndarray, q: np.ndarray, a: np.ndarray, b: np.ndarray) -> bool:
    """Whether the screen segments pq and ab cross (proper crossing, orientations)."""
    def side(u: np.ndarray, v: np.ndarray, w: np.ndarray) -> float:
        return float((v[0] - u[0]) * (w[1] - u[1]) - (v[1] - u[1]) * (w[0] - u[0]))
    return side(p, q, a) * side(p, q, b) < 0.0 and side(a, b, p) * side(a, b, q) < 0.0


def zeros_phrase(indices: tuple[int, ...]) -> Phrase:
    """"w₂*" or "w₂* and w₃*" (spoken "w-two-star and w-three-star")."""
    return Phrase(text=" and ".join(WEIGHT_STARS[i] for i in indices),
                  spoken=" and ".join(SPOKEN_STARS[i] for i in indices))


class Tangency3D(StoryScene, ThreeDScene):
    """The ellipsoid {f = c} grows from ŵ until it touches the octahedron ‖w‖₁ ≤ t, the
    camera turns to look along the touch (at an edge: end-on) and the normal cone is
    drawn there, then the same for the sphere ‖w‖₂ ≤ t."""

    # Defaults chosen with regmath (`touch_3d`, t = 1): the lasso's w* = (0.477, 0, 0.523)
    # lies on the edge between the vertices e₁ and e₃ (w₂* exactly 0), well inside it
    # (both other weights near t/2). There −∇f(w*) = λg with λ = 1.895 and
    # g = (1, 0.530, 1): the free entry g₂ = 0.530 is well inside [−1, 1], so −∇f(w*)
    # lies 14.8° from the normal (1, 1, 1)/√3 and 55.7° from (1, −1, 1)/√3 in the 70.5°
    # fan they span (r37's data had g₂ = 0.923, 2.5° from the fan's edge: unreadable).
    # Ridge's w* on the sphere is (0.691, 0.279, 0.667): no zero, every weight shrunk.
    center: ClassVar[tuple[float, ...]] = (1.9, 0.3, 1.2)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = (
        (1.2, 0.4, 0.1), (0.4, 1.0, 0.2), (0.1, 0.2, 2.5))
    radius: ClassVar[float] = 1.0

    parameters = {"center": a_point(3), "hessian": hessian_3d(), "radius": nonnegative()}

    def setup(self) -> None:
        super().setup()
        data = self.data
        self.loss = Quadratic(center=data["center"], hessian=data["hessian"])
        if not np.any(self.loss.center):
            raise refuse("center", "is the origin: w* = ŵ = 0 for every t; nothing to grow")
        t = float(data["radius"])
        self.touch = touch_3d(self.loss, norm="l1", radius=t)
        self.round = touch_3d(self.loss, norm="l2", radius=t)
        self.view = view_3d(self.loss, [self.touch, self.round])
        self.t = t

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("loss")
        self.show_loss()
        self.next_section("balls")
        self.show_balls()
        self.star = self.solution_dot(self.touch.point, radius=EDGE_DOT_RADIUS
                                      if self.touch.kind == "edge" else DOT_RADIUS)
        if self.touch.kind not in ("inside",):
            self.next_section("grow")
            self.show_lasso_growth()
        self.next_section("touch")
        self.show_touch()
        self.next_section("turn")
        self.show_turn()
        if self.touch.kind in ("vertex", "edge", "face"):
            self.next_section("cone")
            self.show_cone()
        self.next_section("sphere")
        self.show_sphere()

    # -------------------------------------------------------------- builders
    def to_screen(self, points: np.ndarray) -> np.ndarray:
        """Problem coordinates (..., 3) to the scene's: the axes are one affine map."""
        return self.origin + np.asarray(points, dtype=float) @ self.basis

    def surface(self, polygons: list[np.ndarray], color: Any, opacity: float,
                stroke: float = 0.3) -> VGroup:
        return VGroup(*(
            ThreeDVMobject().set_points_as_corners(self.to_screen(np.vstack([p, p[:1]])))
            .set_fill(color, opacity=opacity).set_stroke(color, width=stroke)
            for p in polygons))

    def ellipsoid_at(self, scale: float, grid: np.ndarray, level: float) -> list[np.ndarray]:
        """The ellipsoid ŵ + scale · (grid − ŵ) (the level scale² · ``level``), clipped to the
        view cube, its cuts closed by flat caps on the cube's faces (`section_caps`)."""
        center = self.loss.center
        faces = clip_faces(grid_faces(center + scale * (grid - center)), self.view)
        return faces + section_caps(self.loss, scale * scale * level, self.view)

    def moved_faces(self, centre: np.ndarray, level: float, samples: int = 0
                    ) -> list[np.ndarray]:
        """The ellipsoid {f = level} of the loss with this scene's H moved to ŵ = ``centre``
        (`regmath.threed.pulled_losses` gives the centre and level), its faces in problem
        coordinates: whole when the view holds the touching ellipsoid (the cameras that show
        the sweeps are fitted to these faces), else clipped to the view cube and capped like
        the first."""
        moved = Quadratic(center=centre, hessian=self.loss.hessian)
        u, v = (samples, max(samples // 2, 3)) if samples else (ELLIPSOID_U + 1, ELLIPSOID_V + 1)
        whole = grid_faces(ellipsoid_grid(moved, level, u_samples=u, v_samples=v))
        if self.view.complete:
            # The view holds the touching ellipsoid and each moved one is the same size: drawn
            # whole, the camera fitted to it (r48: cut by the cube and capped, it read as a
            # half-lemon at g₂ ≈ −1 and in the ridge slide).
            return list(whole)
        return clip_faces(whole, self.view) + section_caps(moved, level, self.view)

    def sweep_loss(self, point: np.ndarray, pull: np.ndarray, level: float
                   ) -> tuple[np.ndarray, float]:
        """The moved loss (ŵ, c) a sweep draws at ``point`` pulling along ``pull``
        (`pulled_losses`): at ``level``, or smaller (`fitting_level`: scaled about w*, the
        touch the same) where at ``level`` it would leave the view cube (r48: cut by the
        cube, it read as a half-lemon at g₂ ≈ −1 and in the ridge slide)."""
        if self.view.complete:
            level = fitting_level(self.loss, point, pull, self.view, level=level)
        centre, c_level = pulled_losses(self.loss, [point], [pull], level=level)
        return centre[0], float(c_level[0])

    def pool_shell(self, shell: VGroup) -> None:
        """Pad ``shell`` with spare faces in its style, before a play moves it: a moved,
        clipped ellipsoid has a varying number of faces and caps, and faces added during a
        play are not drawn while the ones they replace stay drawn where they were (r42
        draft: a ghost of the first ellipsoid)."""
        first = shell.submobjects[0]
        self.shell_style = (float(first.get_fill_opacity()), float(first.get_stroke_width()),
                            float(first.get_stroke_opacity()))
        spare = (ELLIPSOID_U * ELLIPSOID_V + 8) - len(shell.submobjects)
        if spare > 0:
            point = np.array(first.points[0])
            shell.add(*(ThreeDVMobject().set_points_as_corners([point, point])
                        .set_fill(LOSS_COLOR, opacity=0.0).set_stroke(LOSS_COLOR, opacity=0.0)
                        for _ in range(spare)))

    def trim_shell(self, shell: VGroup) -> None:
        """The hidden spares dropped once the shell stands still (no later fade shows them)."""
        shell.submobjects = [p for p in shell.submobjects if p.get_fill_opacity() > 0.0]

    def move_shell(self, shell: VGroup, faces: list[np.ndarray]) -> None:
        """``shell``'s faces (padded by `pool_shell`) moved in place to ``faces`` in its
        style; the spares collapsed to a point and hidden."""
        fill, width, stroke = self.shell_style
        for k, piece in enumerate(shell.submobjects):
            if k < len(faces):
                piece.set_points_as_corners(self.to_screen(np.vstack([faces[k], faces[k][:1]])))
                piece.set_fill(LOSS_COLOR, opacity=fill)
                piece.set_stroke(LOSS_COLOR, width=width, opacity=stroke)
            else:
                point = np.array(piece.points[0])
                piece.set_points_as_corners([point, point])
                piece.set_fill(opacity=0.0).set_stroke(opacity=0.0)

    def solution_dot(self, where: np.ndarray, radius: float = DOT_RADIUS) -> Dot:
        # Large, `marker`'s white ring inside a dark halo like every scene's w* (r51: ~8 px
        # at 480p, red on the orange octahedron: lost to red-green colour-blind viewers),
        # drawn above the lit edge (r52: the edge's white stroke covered the dot).
        dot = marker(self.to_screen(where), SOLUTION_COLOR, radius=radius)
        self.add_fixed_orientation_mobjects(dot)
        self.remove(dot)  # shown by the beat's FadeIn (r37: added at once, it flickered)
        return dot

    def turned_view(self) -> tuple[float, float]:
        """The camera's (φ, θ) after the turn. At an edge: within the tangent plane,
        `BROADSIDE_TILT` off the edge (`regmath.threed.contact_view`), θ taken the short way round from the start. At a
        vertex or a face: ±`TURN` in azimuth (`turn_angle`)."""
        if self.touch.kind != "edge":
            return CAMERA_PHI, self.turn_angle()
        # Turned within the tangent plane at w* (`contact_view`): the plane is seen edge-on,
        # so the first touch lies on both outlines (r50: from the bisector-tilted view the
        # ellipsoid overlapped the octahedron before it touched).
        phi, theta = view_angles(contact_view(self.touch, tilt=BROADSIDE_TILT))
        # The same azimuth, the representative nearest the start (a turn of ≤ 180°).
        theta = CAMERA_THETA + float(np.angle(np.exp(1j * (theta - CAMERA_THETA))))
        return phi, theta

    def show_loss(self) -> None:
        view = self.view
        axes = ThreeDAxes(x_range=view.x_range, y_range=view.y_range, z_range=view.z_range,
                          x_length=CUBE_SIDE, y_length=CUBE_SIDE, z_length=CUBE_SIDE)
        self.axes = axes
        # r83 (review r72 item 3: in the side view w₁'s arrowhead vanished): its flat tip turned
        # into the w₁–w₃ plane, the one the side view looks at (it lay in w₁–w₂, edge-on there).
        tip = axes.get_axes()[0].tip
        tip.rotate(90 * DEGREES, axis=RIGHT, about_point=tip.get_center())
        self.origin = np.array(axes.c2p(0.0, 0.0, 0.0))
        self.basis = np.array([np.array(axes.c2p(*row)) - self.origin for row in np.eye(3)])
        # r84 (review r83 item 1): an axis seen end-on fades (`end_on_share`), its label too.
        for i, line in enumerate(axes.get_axes()):
            line.add_updater(self.end_on_fader(i, line))
        self.gather_obstacles()
        # The camera looks at the middle of what is drawn (and turns about it), zoomed out
        # until all of it is above the caption strip at every view of the turn.
        drawn = np.vstack(self.clouds + [self.segments.reshape(-1, 3)])
        middle = 0.5 * (drawn.min(axis=0) + drawn.max(axis=0))
        self.set_camera_orientation(phi=CAMERA_PHI, theta=CAMERA_THETA, zoom=1.0,
                                    focal_distance=FOCAL_DISTANCE, frame_center=middle)
        self.zoom = self.fitting_zoom(drawn)
        self.frame_middle = middle
        self.renderer.camera.set_zoom(self.zoom)
        self.axis_labels = VGroup(*(self.axis_label(i) for i in range(3)))
        self.hat = Dot(self.to_screen(self.loss.center), radius=0.07, color=LOSS_COLOR)
        self.add_fixed_orientation_mobjects(self.hat)
        # Shown by the FadeIn under its words: added here it stood from the first frame,
        # vanished as the FadeIn began and came back (r37's "ŵ flickers 0–6 s").
        self.remove(self.hat)
        # ŵ lies inside every ellipsoid drawn: its label sits beside the dot over the
        # translucent shell (r38: kept off the shells, it stood 180 px away on a leader
        # that read as a drop-line), still off the balls, the axes and other labels.
        # ŵ's coordinates on screen and dashed guides down to the w₁–w₂ plane and its axes
        # (r39: the dot alone read as "far out on the w₂ axis").
        self.drops = VGroup(*(DashedLine(self.to_screen(a), self.to_screen(b), stroke_width=2,
                                         dash_length=0.08, color=LOSS_COLOR)
                              .set_stroke(opacity=DROP_OPACITY)
                              for a, b in drop_lines(self.loss.center)))
        hat_tex = r"\hat w = " + point(self.loss.center).tex.replace(", ", r",\ ")
        hat_label = self.hat_label = self.point_label(hat_tex, self.loss.center, LOSS_COLOR,
                                                      clouds=self.ball_clouds + [
                                                          self.to_screen(drop_lines(
                                                              self.loss.center).reshape(-1, 3))],
                                                      first=-0.75 * np.pi, still=True)
        # r62: f unnamed here (named at 0 s, its formula came 16 s later).
        with self.cue("Three weights now. The loss is least at {w_hat} = {center}{@hat}.",
                      center=point(self.loss.center)) as cue:
            # The axes stand from the first frame (a video's thumbnail is never blank).
            self.add(axes)
            # The axes named at once, then ŵ as its sentence is read (r58: 2 s of bare axes).
            # r83 (review r72 item 7: ŵ named 2-4 s before it was drawn): ŵ's dot and name
            # come with the axes' names as the words start, its guides under the words.
            cue.play(FadeIn(self.axis_labels), FadeIn(self.hat), FadeIn(hat_label),
                     run_time=1.0)
            # Each label in the scene on its own (r71: with w₂'s kept through the turn, the
            # group's box spanned the faded labels' places too, below the frame's bottom).
            self.remove(self.axis_labels)
            self.add(*self.axis_labels)
            cue.play(Create(self.drops), until=cue.END)

    def fitting_zoom(self, drawn: np.ndarray, views: list | None = None,
                     top: float | None = None, most: float = CAMERA_ZOOM) -> float:
        """The camera's zoom (at most ``most``) that keeps every drawn point inside the
        frame, `FRAME_MARGIN` from its edges (and below ``top``) and above the caption
        strip, at every sampled view of the turn (or ``views``; presentation: the
        camera's own projection, which scales with the zoom). The camera's zoom is 1."""
        x_max = config.frame_width / 2 - FRAME_MARGIN
        y_max = (config.frame_height / 2 if top is None else top) - FRAME_MARGIN
        y_low = -(CAPTION_TOP + FRAME_MARGIN)  # how far below the centre we may draw
        zoom = most
        for view in self.views if views is None else views:
            screen = self.project(drawn, view)
            zoom = min(zoom, x_max / max(float(np.max(np.abs(screen[:, 0]))), 1e-9),
                       y_max / max(float(np.max(screen[:, 1])), 1e-9),
                       y_low / max(float(-np.min(screen[:, 1])), 1e-9))
        return zoom

    def end_on_share(self, i: int) -> float:
        """How much of axis i and its label is drawn now: 0 while the axis is within
        `END_ON_GONE` of the camera's line of sight (end-on, a point), 1 beyond `END_ON_WHOLE`,
        linear between (presentation: the camera's angles, no time)."""
        camera = self.renderer.camera
        sight = self.screen_axes((camera.get_phi(), camera.get_theta()))[2]
        axis = normalize(self.basis[i])
        angle = float(np.arccos(np.clip(abs(float(sight @ axis)), 0.0, 1.0)))
        return float(np.clip((angle - END_ON_GONE) / (END_ON_WHOLE - END_ON_GONE), 0.0, 1.0))

    def end_on_fader(self, i: int, drawn: Any) -> Any:
        """An updater giving ``drawn`` (axis i or its label) the opacity `end_on_share`.
        Only ``drawn`` itself: a FadeIn or FadeOut updates its own copies with the same
        updaters, and a copy set to the share lit a fading label at once (the vertex
        variant's w₂ swept through the caption strip, visible from its FadeIn's first frame).
        While ``drawn`` plays, Manim suspends its updaters and the fade sets its opacity."""
        def fade(m: Any) -> None:
            if m is drawn:
                m.set_opacity(self.end_on_share(i))
        return fade

    def axis_label(self, i: int) -> MathTex:
        """wᵢ just beyond its axis's end, along the axis as the camera shows it (it follows
        the end as the camera turns: never away from its axis)."""
        label = MathTex(f"w_{i + 1}", font_size=LABEL_FONT)
        half = np.array([label.width, label.height]) / 2

        fade = self.end_on_fader(i, label)

        def follow(m: Any) -> None:
            m.move_to(np.append(self.axis_label_centre(i, half, None), 0.0))
            fade(m)
        label.add_updater(follow)
        follow(label)
        self.add_fixed_in_frame_mobjects(label)
        self.remove(label)  # shown by the beat's FadeIn
        self.pinned.append((lambda view: self.axis_label_centre(i, half, view), half))
        return label

    def axis_label_centre(self, i: int, half: np.ndarray, view: tuple | None) -> np.ndarray:
        """Where wᵢ's label sits at ``view`` (now if None): its box just clear of the axis's
        projected end, centred on the axis's line."""
        start, end = self.project(self.segments[i], view)
        along = end - start
        unit = along / max(float(np.linalg.norm(along)), 1e-9)
        # The box's half-extent along the axis's direction, then the gap.
        reach = min(half[0] / max(abs(unit[0]), 1e-9), half[1] / max(abs(unit[1]), 1e-9))
        where = end + (reach + AXIS_LABEL_GAP) * unit
        # r71 (review r69 item 2: keep every axis labelled): where another axis runs along
        # this one on screen (seen broadside, w₂ lies on w₁'s line), the label rises off the
        # line, smoothly with the angle between them (no jump as the camera turns).
        others = self.project(self.segments[[j for j in range(3) if j != i]].reshape(-1, 3),
                              view).reshape(-1, 2, 2)
        along = max(abs(float(unit @ normalize(q - p))) for p, q in others)
        rise = float(np.clip((along - PARALLEL_FROM) / (1.0 - PARALLEL_FROM), 0.0, 1.0))
        if rise > 0.0:
            # r83 (review r72 item 3: above the line, w₂'s label sat inside the growing
            # ellipsoid, which rises from ŵ above the horizontal axes): below the line.
            up = np.array([-unit[1], unit[0]])
            up = up if up[1] <= 0.0 else -up
            where = where + rise * (half[1] + AXIS_LABEL_GAP) * up
        return where

    # ---------------------------------------------------------------- labels
    def gather_obstacles(self) -> None:
        """Every shape the labels must keep clear of, in scene points: the octahedron's
        vertices, the sphere's and the two touching ellipsoids' clipped faces, the arrows'
        tips and the cone's fan (their outline on screen covers what they draw), and the
        axes' segments; and the camera's views along the turn, at which labels are checked."""
        pieces = []
        shells: list[int] = []  # which pieces are the ellipsoids
        named: dict[str, np.ndarray] = {}  # each touching ellipsoid's, by its norm
        t = self.t
        if t > 0.0:
            pieces.append(self.to_screen(octahedron(t).vertices))
            pieces.append(self.to_screen(np.vstack(clip_faces(grid_faces(sphere_grid(
                t, u_samples=SPHERE_U + 1, v_samples=SPHERE_V + 1)), self.view))))
        for touch in (self.touch, self.round):
            if touch.level > 0.0:
                grid = ellipsoid_grid(self.loss, touch.level, u_samples=ELLIPSOID_U + 1,
                                      v_samples=ELLIPSOID_V + 1)
                faces = clip_faces(grid_faces(grid), self.view)
                if faces:
                    pieces.append(self.to_screen(np.vstack(faces)))
                    shells.append(len(pieces) - 1)
                    named[touch.norm] = pieces[-1]
        if self.touch.kind in ("vertex", "edge", "face"):
            length = ARROW_SHARE * self.touch.radius
            arrows = touch_arrows(self.touch, length=length)
            pull = touch_arrows(self.touch, length=self.pull_share() * length).pull
            tips = [self.touch.point, pull.end] + [a.end for a in arrows.normals]
            if self.touch.kind == "edge":
                tips += list(cone_fan(self.touch, length=length))
            pieces.append(self.to_screen(np.array(tips)))
            self.cone_cloud = pieces[-1]
        if self.round.kind == "sphere" and self.t > 0.0:
            # Ridge's normal and −∇f at its w* (`show_sphere`): labels keep clear of them.
            ridge = touch_arrows(self.round, length=ARROW_SHARE * self.round.radius)
            pieces.append(self.to_screen(np.array([self.round.point, ridge.normals[0].end])))
            # Ridge's label is drawn with the sphere, its ellipsoid and its arrows alone (the
            # octahedron, the lasso's larger ellipsoid and the cone are gone by then).
            self.ridge_clouds = [pieces[1], pieces[-1]] + ([named["l2"]] if "l2" in named else [])
        # One outline per shape (tighter than one round them all).
        self.clouds = pieces
        # What ŵ's label keeps clear of: all but the ellipsoids (ŵ is inside each).
        self.ball_clouds = [p for k, p in enumerate(pieces) if k not in shells]
        view = self.view
        self.segments = np.array([
            [self.axes.c2p(view.x_range[0], 0, 0), self.axes.c2p(view.x_range[1], 0, 0)],
            [self.axes.c2p(0, view.y_range[0], 0), self.axes.c2p(0, view.y_range[1], 0)],
            [self.axes.c2p(0, 0, view.z_range[0]), self.axes.c2p(0, 0, view.z_range[1])]])
        # The axes' arrow tips, wider than their lines (r39: ŵ's label sat under w₂'s tip):
        # a small box of scene points round each end.
        box = TIP_BOX * np.array(list(itertools.product((-1.0, 1.0), repeat=3)))
        self.tip_clouds = [end + box for end in self.segments[:, 1]]
        # The camera's path in (φ, θ) is linear (move_camera's trackers): sample it.
        phi, theta = self.turned_view()
        shares = np.linspace(0.0, 1.0, TURN_SAMPLES)
        self.views = [(CAMERA_PHI + s * (phi - CAMERA_PHI), CAMERA_THETA + s * (theta - CAMERA_THETA))
                      for s in shares]
        # Placed labels: (their centre at a view, half their box) for the ones placed later.
        self.pinned: list[tuple[Any, np.ndarray]] = []

    def project(self, points: np.ndarray, view: tuple | None = None) -> np.ndarray:
        """Scene points (k, 3) where the camera shows them (frame coordinates, (k, 2)), now
        or at ``view`` = (φ, θ) (presentation: the camera's own projection)."""
        camera = self.renderer.camera
        saved = camera.get_phi(), camera.get_theta()
        if view is not None:
            camera.set_phi(view[0])
            camera.set_theta(view[1])
        camera.reset_rotation_matrix()
        out = camera.project_points(np.atleast_2d(np.asarray(points, dtype=float)))[:, :2]
        if view is not None:
            camera.set_phi(saved[0])
            camera.set_theta(saved[1])
            camera.reset_rotation_matrix()
        return out

    def pin(self, label: Any, anchors: list, offsets: list,
            clouds: list | None = None, leader: bool = False, still: bool = False) -> tuple:
        """Place ``label`` (fixed in frame) at the first (anchor, offset) that is inside the
        frame, above the caption strip and off every shape, axis and placed label at every
        sampled view of the turn (else the one off them at most views), and keep it
        there as the camera turns (an updater: the anchor's projection + offset).
        ``clouds`` replaces the shapes to keep clear of (default `clouds`); with ``leader``
        the line from the anchor to a far label must not cross an axis either; ``still``:
        checked at the first view only (a label shown only while the camera is there).
        Returns the anchor and offset chosen."""
        half = np.array([label.width, label.height]) / 2 + LABEL_GAP
        x_max = config.frame_width / 2 - FRAME_MARGIN - half[0]
        y_max = config.frame_height / 2 - FRAME_MARGIN - half[1]
        y_min = CAPTION_TOP + FRAME_MARGIN + half[1]
        views = []
        for view in self.views[:1] if still else self.views:
            segments = self.project(self.segments.reshape(-1, 3), view).reshape(-1, 2, 2)
            others = [(centre(view), h) for centre, h in self.pinned]
            where = self.project(np.array(anchors, dtype=float), view)
            hulls = [outline(self.project(cloud, view))
                     for cloud in (self.clouds if clouds is None else clouds) + self.tip_clouds]
            views.append((hulls, segments, others, where))

        def clear(k: int, offset: np.ndarray, view: tuple) -> bool:
            hulls, segments, others, where = view
            centre = where[k] + offset
            if abs(centre[0]) > x_max or not y_min <= centre[1] <= y_max:
                return False
            low, high = centre - half, centre + half
            if any(box_meets_polygon(low, high, hull) for hull in hulls) or any(
                    box_meets_segment(low, high, p, q) for p, q in segments):
                return False
            if leader and float(np.linalg.norm(offset)) >= LEADER_FROM and any(
                    segments_cross(where[k], centre, p, q) for p, q in segments):
                return False  # r38: leaders across the w₃ axis read as drop-lines
            if leader and float(np.linalg.norm(offset)) >= LEADER_FROM and any(
                    box_meets_segment(c - h, c + h, where[k], centre) for c, h in others):
                return False  # r51: ŵ's leader struck through the w₂ label
            return not any(np.all(np.abs(c - centre) < half + h) for c, h in others)

        best, fewest = (0, offsets[0]), len(views) + 1
        for k in range(len(anchors)):
            for offset in offsets:
                misses = 0
                for view in views:
                    if not clear(k, offset, view):
                        misses += 1
                        if misses >= fewest:
                            break
                if misses < fewest:
                    best, fewest = (k, offset), misses
                if fewest == 0:
                    break
            if fewest == 0:
                break
        anchor, offset = np.asarray(anchors[best[0]], dtype=float), best[1]
        self.pinned.append((lambda view: self.project(anchor, view)[0] + offset, half))

        def follow(m: Any) -> None:
            m.move_to(np.append(self.project(anchor)[0] + offset, 0.0))
        label.add_updater(follow)
        follow(label)
        self.add_fixed_in_frame_mobjects(label)
        self.remove(label)  # shown by the beat's FadeIn
        return anchor, offset

    def readout(self, lines: list[MathTex], left: bool = False) -> VGroup:
        """Lines of numbers fixed in the frame's top corner that no drawn shape, axis or
        label reaches at any view of the turn (the left one first), one under the other."""
        block = VGroup(*lines).arrange(DOWN, aligned_edge=LEFT, buff=READOUT_GAP)
        # A dark outline: the close-ups' ellipsoids may pass under the lines (r56).
        for line in lines:
            line.set_stroke(BACKGROUND, width=LABEL_OUTLINE, background=True)
        half = np.array([block.width, block.height]) / 2 + LABEL_GAP
        corners = [np.array([sign * (config.frame_width / 2 - FRAME_MARGIN - half[0]),
                             config.frame_height / 2 - FRAME_MARGIN - half[1]])
                   for sign in (-1.0, 1.0)]

        def misses(centre: np.ndarray) -> int:
            low, high = centre - half, centre + half
            count = 0
            for view in self.views:
                hulls = [outline(self.project(cloud, view)) for cloud in self.clouds]
                segments = self.project(self.segments.reshape(-1, 3), view).reshape(-1, 2, 2)
                count += any(box_meets_polygon(low, high, hull) for hull in hulls) or any(
                    box_meets_segment(low, high, p, q) for p, q in segments) or any(
                    np.all(np.abs(c(view) - centre) < half + h) for c, h in self.pinned)
            return count
        # r68: the left corner whenever the block is the lasso's (ridge's joins under it and
        # ridge's close-up fits right of them, `fit_beside`): seen from the other end the
        # turn's ellipsoid passed it, and the right corner squeezed the close-up to a fifth
        # of the frame. The lines' dark outline keeps them read over a passing shell.
        centre = corners[0] if left else min(corners, key=misses)
        block.move_to(np.append(centre, 0.0))
        self.pinned.append((lambda view: centre, half))
        for line in lines:
            self.add_fixed_in_frame_mobjects(line)
            self.remove(line)
        return block

    def point_label(self, tex: str, where: np.ndarray, color: Any,
                    clouds: list | None = None, first: float = np.pi / 4,
                    still: bool = False) -> VGroup:
        """A label for the dot at ``where`` (problem coordinates), placed from its projection
        where no shape, axis or other label meets it at any view of the turn, with a
        leader line to the dot when it sits far from it."""
        # No background outline: FadeOut left it standing as dark glyphs (r40 draft, 28 s).
        # A dark box instead: over the light shell the light glyphs did not read (r41).
        tex_label = MathTex(tex, font_size=LABEL_FONT, color=color)
        label = VGroup(BackgroundRectangle(tex_label, color=BACKGROUND, fill_opacity=0.8,
                                           buff=0.05), tex_label)
        anchor = self.to_screen(where)
        angles = first + 2 * np.pi * np.arange(LABEL_DIRECTIONS) / LABEL_DIRECTIONS
        offsets = [r * np.array([np.cos(a), np.sin(a)]) for r in LABEL_STEPS for a in angles]
        _, offset = self.pin(label, [anchor], offsets, clouds, leader=True, still=still)
        distance = float(np.linalg.norm(offset))
        if distance < LEADER_FROM:
            return VGroup(label)
        unit = offset / distance
        reach = min(label.width / 2 / max(abs(unit[0]), 1e-9),
                    label.height / 2 / max(abs(unit[1]), 1e-9)) + 0.06
        # Light on a dark edge, to the dot's rim: over the light shell a thin grey line
        # vanished 100-170 px short of the dot (r41).
        leader = VGroup(Line(ORIGIN, RIGHT, stroke_width=4.5, color=BACKGROUND),
                        Line(ORIGIN, RIGHT, stroke_width=2.0, color=TEXT_COLOR))

        def lead(m: Any) -> None:
            a = self.project(anchor)[0]
            for line in m:
                line.put_start_and_end_on(np.append(a + 0.1 * unit, 0.0),
                                          np.append(a + offset - reach * unit, 0.0))
        leader.add_updater(lead)
        lead(leader)
        self.add_fixed_in_frame_mobjects(leader)
        self.remove(leader)
        return VGroup(leader, label)

    def hat_tag(self, offset: np.ndarray) -> VGroup:
        """A short "ŵ" on a dark box, ``offset`` (frame units) from ŵ's dot wherever the
        camera shows it (an updater: it follows the dot as the camera turns or ŵ moves).
        r83 (review r72 item 3: ŵ unnamed from 18 s on, while the words said "from ŵ")."""
        tex = MathTex(r"\hat w", font_size=LABEL_FONT, color=LOSS_COLOR)
        tag = VGroup(BackgroundRectangle(tex, color=BACKGROUND, fill_opacity=0.8, buff=0.05),
                     tex)

        def follow(m: Any) -> None:
            m.move_to(np.append(self.project(self.hat.get_center())[0] + offset, 0.0))
        tag.add_updater(follow)
        follow(tag)
        self.add_fixed_in_frame_mobjects(tag)
        self.remove(tag)
        return tag

    def region_label(self, norm: str, corners: np.ndarray) -> MathTex:
        """"‖w‖₁ ≤ 1" (or ‖w‖₂) in its ball's colour, beside one of the six corners (both
        balls pass through them), off every shape at every view of the turn."""
        # Lightened towards white: the ridge green on black was too dark at 480p (r39).
        label = MathTex(constraint_tex(norm, number(self.t).tex), font_size=LABEL_FONT,
                        color=ManimColor(BALL_COLORS[norm]).interpolate(WHITE, REGION_LIGHTEN[norm]))
        label.set_stroke(BACKGROUND, width=LABEL_OUTLINE, background=True)
        angles = np.pi / 4 + 2 * np.pi * np.arange(LABEL_DIRECTIONS) / LABEL_DIRECTIONS
        offsets = [r * np.array([np.cos(a), np.sin(a)]) for r in REGION_STEPS for a in angles]
        self.pin(label, list(corners), offsets, still=True)
        return label

    def show_balls(self) -> None:
        t = self.t
        group = VGroup()
        if t > 0.0:
            solid = octahedron(t)
            # Eight faces, their strokes the edges (Manim's Polyhedron keeps a graph whose
            # edge updater cost 80 s of a 125 s dry run).
            group = self.surface([solid.vertices[face] for face in solid.faces],
                                 BALL_COLORS["l1"], OCTAHEDRON_FILL, stroke=2.0)
            self.sphere = self.surface(clip_faces(grid_faces(
                sphere_grid(t, u_samples=SPHERE_U + 1, v_samples=SPHERE_V + 1)), self.view),
                BALL_COLORS["l2"], 0.12, stroke=0.4)
            # Its mesh lighter than its fill (r52: green on the orange octahedron, one
            # lightness to red-green colour-blind viewers).
            self.sphere.set_stroke(ManimColor(BALL_COLORS["l2"]).interpolate(
                WHITE, REGION_LIGHTEN["l2"]), width=0.8)
            # Each region named on screen beside it (r38: only in the captions).
            corners = self.to_screen(octahedron(t).vertices)
            self.ball_names = {norm: self.region_label(norm, corners)
                               for norm in ("l1", "l2")}
            with self.cue("The budget {l1} ≤ {t}, with {t} = {value}, is an octahedron{@oct}; "
                          "{@ball}{l2} ≤ {t} is the ball whose sphere passes through its six corners"
                          "{@sphere}; set aside for now{@aside}.",
                          value=number(t)) as cue:
                cue.play(FadeIn(group), FadeIn(self.ball_names["l1"]), until="oct")
                # The sphere as its words start (r58: it faded in under the octahedron's).
                cue.play(FadeIn(self.sphere), FadeIn(self.ball_names["l2"]), at="ball",
                         until="sphere")
                # Set aside as the words say so (r50: it vanished unsaid).
                cue.play(FadeOut(self.sphere), FadeOut(self.ball_names["l2"]),
                         run_time=max(cue.remaining, 0.6))
        else:
            self.sphere = VGroup()
            with self.cue("With the budget {t} = 0, both balls, {l1} ≤ 0 and {l2} ≤ 0, are "
                          "the origin alone{@oct}.") as cue:
                cue.play(self.axes.animate.set_stroke(width=3), until="oct")
        self.octahedron_mobject = group

    def show_growth(self, touch, ball: Any, before: tuple = (), after: tuple = (),
                    flash: tuple = (), turn: tuple = (), leaving: tuple = (),
                    named: bool = True, before_shares: tuple = (), slow: bool = False,
                    tag: tuple = ()) -> None:
        """The ellipsoid grows from ŵ to the level c* of ``touch`` (one motion), after the
        ``before`` steps (each a tuple of animations, played one after the other) and
        before the ``after`` animations (w* coming in) and the ``flash``, under the same
        words (which name the ellipsoids as the first one appears). ``turn``: animations
        (the camera's) played with the fast part of the growth, at least `TURN_SECONDS`,
        so that the slow approach and the touch are seen from where they end. ``named``:
        ridge's w* named in these words (not when its dot waits for ridge's why).
        ``before_shares``: each step's share of `TURN_BACK_SECONDS` (equal if empty).
        ``slow``: the approach into the touch as slow as after a turn (`TOUCH_SECONDS`)."""
        grid = ellipsoid_grid(self.loss, touch.level, u_samples=ELLIPSOID_U + 1,
                              v_samples=ELLIPSOID_V + 1)
        level = ValueTracker(GROWTH_START * touch.level)
        if self.view.complete:
            # The cube is convex and holds ŵ and {f = c*}: every smaller ellipsoid (scaled
            # towards ŵ) lies in it too, so nothing is clipped: scale the faces' points.
            shell = self.surface(grid_faces(grid), LOSS_COLOR, GROW_FILL)
            hat = self.to_screen(self.loss.center)
            bases = [np.array(m.points) for m in shell.submobjects]

            def grow(m: VGroup) -> None:
                scale = growth_scale(level.get_value(), touch.level)
                for piece, base in zip(m.submobjects, bases):
                    piece.points = hat + scale * (base - hat)
        else:
            shell = VGroup()

            def grow(m: VGroup) -> None:
                scale = growth_scale(level.get_value(), touch.level)
                m.submobjects = list(self.surface(self.ellipsoid_at(scale, grid, touch.level),
                                                  LOSS_COLOR,
                                                  GROW_FILL).submobjects)
        shell.add_updater(grow)
        spoken = ""
        if touch.kind == "origin":
            words = ("The quadratic loss's level sets are ellipsoids{@shell}: {@grow}grow one "
                     "from {w_hat} until it reaches the origin{@touch}.")
        elif touch.norm == "l1":
            # r51: the camera turned with no words for it; why it turns is said as it does.
            # r52: it turns first, then the ellipsoid grows (not both at once), and the growth
            # ends as "touches" is said; the view is side-on to the touch (in its tangent
            # plane, `contact_view`), not yet along the edge (r52: "along the edge" was said
            # 13 s before the view was).
            # r71: f and H said once, as the first ellipsoid appears (review r69 item 3: "f and
            # H are never said"), its formula on screen until the touch; what the turned view
            # shows said plainly (item 4: "side-on to the touch" was unclear).
            # r83 (review r72 item 5: "the gap" never identified): named.
            side = "; seen from the side, where the gap to the octahedron shows{@turned}, "
            words = (LEVEL_WORDS + (side if turn else ": ")
                     + "{@grow}grow one from {w_hat} until it first touches{@touch} the octahedron.")
            spoken = (LEVEL_SPOKEN + (side if turn else ": ")
                      + "{@grow}grow one from {w_hat} until it first touches{@touch} the "
                      "octahedron.")
        elif not named:
            # Ridge's w* named as its dot appears, seen along the tangent plane (r51: named
            # here, over the first view with no dot).
            # r62: seen side-on to the touch (along its tangent plane), turned there first.
            # r83 (review r72 item 6: "seen from the side" with no turn seen): not said.
            words = "Now the sphere: grow the ellipsoid again from {w_hat}, until it first " \
                "touches{@touch} the sphere."
        else:
            # Where it touches is said here too (r38's own cue for it cost 4.6 s).
            words = "Now the sphere: grow the ellipsoid again from {w_hat}, until it first " \
                    "touches, at " + SOLUTION_WORDS["l2"] + " = {star}{@touch}" + (
                        ", with {zeros} exactly 0." if touch.zero_indices else ".")
        said = {"spoken": spoken} if touch.norm == "l1" and touch.kind != "origin" else {}
        with self.cue(words, star=point(touch.point),
                      zeros=zeros_phrase(touch.zero_indices), **said) as cue:
            shares = before_shares or (1.0 / max(len(before), 1),) * len(before)
            for step, share in zip(before, shares):
                cue.play(*step, run_time=TURN_BACK_SECONDS * share)
                self.drop_camera_point()
            # Added now, not before the steps (r38: the tiny first ellipsoid at ŵ was a
            # stray dot all through the camera's way back).
            self.add(shell)
            if "{@grow}" in words:
                # A small one as "ellipsoids" is said; the growth itself under "grow one"
                # (r41: it had grown under the first half and stood under the second).
                # With nothing to play between "shell" and "grow" (no turn, nothing leaving),
                # the small one grows on until "grow": the formula's cue, read for longer
                # since each subtitle cue gets its symbols' time, stood still 4.6 s
                # (variants face, vertex).
                cue.play(level.animate.set_value(FIRST_SHARE * touch.level),
                         *((FadeIn(self.loss_read),) if touch.norm == "l1"
                           and hasattr(self, "loss_read") else ()),
                         until="shell" if turn or leaving else "grow",
                         rate_func=rate_functions.ease_out_sine)
                if leaving:
                    cue.play(*leaving, run_time=0.5 if turn else max(cue.until("grow"), 0.5))
                if turn:
                    # The camera turns before the growth, as the words say where it looks
                    # (r52: turning and growing at once, the touch came mid-turn, unmarked).
                    cue.play(*turn, run_time=max(cue.until("turned"), TURN_SECONDS),
                             rate_func=rate_functions.ease_in_out_sine)
                    self.drop_camera_point()
                    turn = ()
                if tag:
                    # ŵ named again for the turned view, before "grow one from ŵ" (r83).
                    cue.play(*tag, run_time=0.5)
                cue.wait_until("grow")
            # Fast to most of the way, then slowly into the touch: the first contact is
            # judged by eye (r38: at one speed "first touches" read as "overlaps").
            seconds = max(cue.until("touch"), GROWTH_SECONDS)
            fast = (1.0 - SLOW_SHARE) * seconds
            if turn:
                fast = max(fast, TURN_SECONDS)
            if turn or slow:
                seconds = max(seconds, fast + TOUCH_SECONDS)
            cue.play(level.animate.set_value(SLOW_FROM * touch.level), *turn,
                     run_time=fast,
                     rate_func=rate_functions.ease_in_out_sine if turn else rate_functions.ease_in_sine)
            if turn:
                self.drop_camera_point()
            # Slowing into the touch, still moving as it touches (r43: eased out to a stop,
            # it stood 2 s before the touch; r50: at one speed the touch was missed), the
            # flash at once.
            cue.play(level.animate.set_value(touch.level), run_time=seconds - fast,
                     rate_func=approach if turn or slow else rate_functions.linear)
            if after:
                cue.play(*after, run_time=AFTER_SECONDS)
                if flash:
                    cue.play(*flash, run_time=0.8)
        shell.clear_updaters()
        self.shell = shell

    def show_lasso_growth(self) -> None:
        """The ellipsoid grows into the octahedron; at a touch on its surface w*'s dot
        flashes in the moment it touches (r43: the growth stopped and nothing marked the
        contact for 2.5 s)."""
        touch = self.touch
        if touch.kind not in ("vertex", "edge", "face"):
            self.show_growth(touch, self.octahedron_mobject)
            return
        turn: tuple = ()
        flash: tuple = (Indicate(self.star, scale_factor=1.6, color=SOLUTION_COLOR),)
        # The loss written once, H from the data, as its level sets are named (r56: never
        # written, so λ and w* had to be taken on trust); in the frame's top left corner,
        # which the w* readout takes over at the touch.
        # r71 (review r69 items 1, 3): the formula alone, short, said as it comes (H's nine
        # numbers were never talked about: one text item fewer).
        self.loss_read = VGroup(
            MathTex(r"f(w) = \tfrac{1}{2}(w - \hat w)^\top H\,(w - \hat w)",
                    font_size=LOSS_FONT, color=LOSS_COLOR))
        self.loss_read.to_corner(UP + LEFT, buff=FRAME_MARGIN + LABEL_GAP)
        for line in self.loss_read:
            self.add_fixed_in_frame_mobjects(line)
            self.remove(line)
        if touch.kind == "edge":
            # At an edge the camera turns as it grows, to look along the touched edge within
            # the tangent plane (`turned_view`): the touch is then seen on both outlines
            # (r50: from the first view the ellipsoid overlapped the octahedron before it
            # touched). ŵ's label and guides, placed for the first view, go as it starts.
            camera = self.renderer.camera
            phi, theta = self.turned_view()
            turn = (camera.phi_tracker.animate.set_value(phi),
                    camera.theta_tracker.animate.set_value(theta))
            self.hat_gone = True
            self.end_on_label = self.axis_labels[touch.zero_indices[0]]
            # The touched edge flashes with w* as it touches.
            ends = self.to_screen(touched_edge(touch))
            self.edge_line = Line(ends[0], ends[1], stroke_width=EDGE_WIDTH, color=EDGE_COLOR)
            # Drawn as the next words say "on an edge" (r51: lit unsaid as it touched).
        # The region's name, placed for the first view only, goes before the camera turns
        # (layout_report, r50: it sat on the octahedron and an axis as the turn began).
        tag: tuple = ()
        if turn:
            self.side_tag = self.hat_tag(HAT_TAG_OFFSETS["side"])
            tag = (FadeIn(self.side_tag),)
        self.show_growth(touch, self.octahedron_mobject, after=(FadeIn(self.star, scale=3.0),),
                         flash=flash, turn=turn, tag=tag,
                         # ŵ's label and guides too, before the turn (r51: the turning axes
                         # struck the label as it faded).
                         # The zero weight's axis label too: seen broadside, that axis points
                         # at the camera and its label sat on the w₁ axis (r56); it comes
                         # back as the camera looks along the edge (`close_in`).
                         # r68: the zero weight's axis itself too (seen end-on it was a
                         # stray sliver in the octahedron); back with its plane (`show_turn`).
                         # r71 (review r69 item 2: "the w₂ axis disappears for ~15 s"): the
                         # axis and its label stay, the label kept clear (`axis_label`).
                         leaving=(FadeOut(self.ball_names["l1"]), FadeOut(self.hat_label),
                                  FadeOut(self.drops))
                         if turn else ())

    def solution_readout(self, touch: Any) -> MathTex:
        """"w*_lasso = (0.48, 0, 0.52)" (or ridge's), its entries separate (a zero can be
        marked)."""
        parts = [p.tex for p in numbers(touch.point)]
        strings = [SOLUTION_TEX[touch.norm] + " = ("]
        for k, part in enumerate(parts):
            strings += ([r",\ "] if k else []) + [part]
        # Red on the name w* only, the numbers white (the lasso's, its zero lit yellow) or in
        # the sphere's light green (ridge's: the two rows told apart, r52).
        values = TEXT_COLOR if touch.norm == "l1" else ManimColor(BALL_COLORS["l2"]).interpolate(
            WHITE, NAME_LIGHTEN)
        line = MathTex(*(strings + [")"]), arg_separator="", font_size=READOUT_FONT,
                       color=values)
        line[0][:len(MathTex(SOLUTION_TEX[touch.norm])[0])].set_color(SOLUTION_COLOR)
        return line

    def show_touch(self) -> None:
        touch = self.touch
        kind = touch.kind
        if kind == "inside":
            with self.cue("{w_hat} lies inside the octahedron: {w_star} = {w_hat} and {lam} = 0"
                          "{@zero}; nothing has to grow.") as cue:
                cue.play(FadeIn(self.star, scale=2.0), until="zero")
            return
        if kind == "origin":
            with self.cue("So {w_star} = 0: every weight is exactly 0{@zero}.") as cue:
                cue.play(FadeIn(self.star, scale=2.0), until="zero")
            return
        # The numbers said in this beat and the next stand in the frame's top corner.
        self.star_read = self.solution_readout(touch)
        # −∇f(w*) = λg in the pull arrow's colour: the line names the arrow too.
        self.lam_read = MathTex(SYMBOLS["neg_grad"].tex + r" = \lambda g,\ \ \lambda = "
                                + number(touch.multiplier, significant=LAMBDA_DIGITS).tex,
                                font_size=READOUT_FONT, color=GRADIENT_COLOR)
        lines = [self.star_read, self.lam_read]
        self.g_read = VGroup()
        if kind == "edge":
            # g = (1, g₂, 1) with g₂'s value live as the sweep runs g₂ across the wedge.
            k = touch.zero_indices[0]
            entries = [f"g_{k + 1}" if i == k else ("1" if touch.point[i] > 0.0 else "-1")
                       for i in range(3)]
            # g₂ to the captions' precision (r41: 0.53 on screen, 0.530 in the words).
            self.g_value = DecimalNumber(float(touch.balance[k]), num_decimal_places=3,
                                         font_size=READOUT_FONT, color=G_COLOR)
            self.g_read = VGroup(MathTex("g = (" + r",\ ".join(entries) + rf"),\ \ g_{k + 1} =",
                                         font_size=READOUT_FONT, color=G_COLOR),
                                 self.g_value).arrange(RIGHT, buff=0.15)
            # r52: g's set, ∂‖w*‖₁, in the data's signs (the caption reads it).
            signs = [r"[-1,\ 1]" if i == k else rf"\operatorname{{sign}} w_{i + 1}^*"
                     for i in range(3)]
            # r83 (review r72 item 2: the line ran into the ellipsoid): "g ∈" cut (the line
            # under it is g's, the words say "each g"), a size smaller.
            self.sub_read = MathTex(r"\partial\|w^*\|_1 = (" + r",\ ".join(signs) + ")",
                                    font_size=LONG_READ_FONT, color=G_COLOR)
            lines.insert(1, self.sub_read)
            lines.insert(2, self.g_read)
        self.readout_block = self.readout(lines, left=True)
        self.star_label = self.point_label(SOLUTION_TEX["l1"], touch.point, SOLUTION_COLOR)
        edge = getattr(self, "edge_line", None)
        with self.cue("It first touches the octahedron " + ("on an edge{@edge}, " if edge else "")
                      + "at " + SOLUTION_WORDS["l1"] + " = {star}{@zero}.",
                      star=point(touch.point)) as cue:
            if edge is not None:
                # The loss's formula leaves the corner before w*'s readout comes (r56 layout).
                cue.play(Create(edge), *((FadeOut(self.loss_read),)
                                         if hasattr(self, "loss_read") else ()), until="edge")
            # w*'s name replaces the region's (never more labels than the beat needs).
            # w*'s dot came in as the ellipsoid touched (`show_lasso_growth`): named now.
            gone = getattr(self, "hat_gone", False)  # faded as the camera turned
            # The dot is not tagged (r52: the tag sat on the w₃ axis's label): the readout
            # names it, in its red.
            cue.play(FadeIn(self.star_read),
                     *((FadeOut(self.loss_read),) if hasattr(self, "loss_read")
                       and edge is None else ()),
                     *(() if gone else (FadeOut(self.ball_names["l1"]),)), until="zero")
            cue.play(Indicate(self.star, scale_factor=1.6, color=SOLUTION_COLOR), run_time=0.8)

    def show_turn(self) -> None:
        """The camera turns round the touch (at an edge: to look along it, `turned_view`),
        the faces that meet at w* tinted as it turns; at an edge it then closes in, exactly
        end-on (`close_in`), all within these words, and the zero weights flash in the
        readout as the words name them."""
        kind = self.touch.kind
        words = TURN_WORDS.get(kind, "Turn the view around {w_star}{@turn}.")
        phi, theta = self.turned_view()
        faces = []
        if kind in ("vertex", "edge", "face"):
            faces = [self.octahedron_mobject[k] for k in touching_faces(self.touch)]
        edge: list = []
        turned = getattr(self, "hat_gone", False)  # the camera turned as the ellipsoid grew
        k = self.touch.zero_indices[0] if self.touch.zero_indices else 0
        plane, plane_name = VGroup(), VGroup()
        lift_names: list = []
        if kind == "edge" and turned:
            # Lit as it touched (`show_lasso_growth`); the camera already looks along it.
            edge = [self.edge_line]
            # The plane wₖ = 0 drawn as the words name it (r50: only said), translucent: a
            # disc round the origin beyond the octahedron (`sphere_section`), the edge on it.
            disc = sphere_section(PLANE_REACH * self.t, index=k)
            plane = self.surface([disc[:-1]], PLANE_COLOR, PLANE_OPACITY, stroke=3.0)
            for part in plane.family_members_with_points():
                part.shade_in_3d = False
            # Named as it is said (r51: an unlabelled white disc), beside its lower end
            # (its upper end is crowded: w*'s leader, the w₃ axis).
            # r56: seen broadside the disc is nearly round and its lowest point's side lay
            # on it: now right of its rightmost point, just below it (off the axis there).
            # Placed for the lifted view the faces are named in (`lifted_view`).
            # r68: seen from the other end the disc is a narrow upright sliver through the
            # octahedron, its rightmost point on the faces (layout_report: struck): the name
            # now just above and right of its highest point, above the octahedron, off the w₃ axis.
            lifted = self.lifted_view()
            rim = self.project(self.to_screen(disc), lifted)
            side = rim[int(np.argmax(rim[:, 1]))]
            plane_name = MathTex(f"w_{k + 1} = 0", font_size=LABEL_FONT, color=PLANE_COLOR)
            plane_name.set_stroke(BACKGROUND, width=LABEL_OUTLINE, background=True)
            x = float(np.clip(side[0] + plane_name.width / 2 + 0.15,
                              -config.frame_width / 2 + FRAME_MARGIN + plane_name.width / 2,
                              config.frame_width / 2 - FRAME_MARGIN - plane_name.width / 2))
            y = float(min(side[1] + plane_name.height / 2 + 0.05,
                          config.frame_height / 2 - FRAME_MARGIN - plane_name.height / 2))
            plane_name.move_to(np.array([x, y, 0.0]))
            self.add_fixed_in_frame_mobjects(plane_name)
            self.remove(plane_name)
            # r84 (review r83 item 2: this view's vertical unnamed): seen from outside the
            # edge the plane wₖ = 0 is a vertical line and the edge runs up it (its ends
            # t·sᵢeᵢ and t·sⱼeⱼ, `touched_edge`): "↑" and the edge's direction, a coordinate
            # like the close-up's (w₁+w₃)/√2, right of the line's lower end.
            ends = touched_edge(self.touch)
            run = ends[1] - ends[0]
            shown = self.project(self.to_screen(np.array([ends[0], ends[1]])), lifted)
            if shown[1][1] < shown[0][1]:
                run = -run
            terms = ""
            for i in sorted(range(3), key=lambda j: run[j] < 0.0):  # "w₃ − w₁", not "−w₁ + w₃"
                if run[i] != 0.0:
                    terms += ("-" if run[i] < 0.0 else ("+" if terms else "")) + f"w_{i + 1}"
            lift_name = MathTex(rf"\uparrow\ ({terms})/\sqrt{{2}}", font_size=LABEL_FONT,
                                color=TEXT_COLOR)
            lift_name.set_stroke(BACKGROUND, width=LABEL_OUTLINE, background=True)
            foot = rim[int(np.argmin(rim[:, 1]))]
            lift_name.move_to(np.append(foot + np.array([lift_name.width / 2 + 0.15,
                                                         lift_name.height / 2]), 0.0))
            lift_name.set_y(max(lift_name.get_y(), CAPTION_TOP + FRAME_MARGIN
                                + lift_name.height / 2))
            self.add_fixed_in_frame_mobjects(lift_name)
            self.remove(lift_name)
            lift_names.append(lift_name)
        elif kind == "edge":
            # The touched edge lit along its length before the camera looks along it (r43:
            # never marked, though "w₂* is exactly 0" rests on it: it lies in w₂ = 0).
            ends = self.to_screen(touched_edge(self.touch))
            edge = [Line(ends[0], ends[1], stroke_width=EDGE_WIDTH, color=EDGE_COLOR)]
        # At an edge the close-up's two directions are named (r45: never said where the
        # edge-on axes come from): the zero weight's axis and `edge_up`.
        axes = {"axis": Phrase(text=f"w{SUBSCRIPTS[k + 1]}", spoken=f"w-{k + 1}"),
                "up": self.up_phrase()} if kind == "edge" else {}
        with self.cue(words, zeros=zeros_phrase(self.touch.zero_indices), plane=Phrase(
                text=f"w{SUBSCRIPTS[k + 1]} = 0", spoken=f"w-{k + 1} equals 0"), **axes) as cue:
            if turned:
                # The camera turned as the ellipsoid grew: the edge lit again and the plane
                # it lies in drawn as they are named, the faces tinted "looking along it".
                # The two faces tinted in 3-D as the words name them (r52: named only after
                # the view was edge-on, where they are lines), then the plane of the edge.
                # r58: the camera rises out of the tangent plane (`lifted_view`) as the two
                # faces are tinted apart (named by their planes beside the far corners, the
                # names were struck by the axes through those corners: layout_report, r59
                # draft); then the plane of the edge, thin, as the words name it.
                camera = self.renderer.camera
                for f in faces:
                    for part in f.family_members_with_points():
                        part.shade_in_3d = False  # flat: the two tints kept apart (r60)
                # An axis's label the rise would carry into the caption strip or off the
                # frame leaves first (r68: seen from the other end, w₁ points down there).
                # r83 (review r72 item 1: from the lifted view the w₁ axis pointed down at
                # the viewer, unlabelled, and read as w₃): the other two axes go with their
                # labels before the rise (the close-up fades them anyway); only the zero
                # weight's axis, labelled, stays through the turn.
                axes = self.axes.get_axes()
                self.early_gone = [m for i in range(3) if i != k
                                   for m in (axes[i], self.axis_labels[i])
                                   if any(m in top.get_family() for top in self.mobjects)]
                # ŵ's short name too (the dot fades in the close-up).
                self.early_gone += [m for m in (getattr(self, "side_tag", None),)
                                    if m is not None and m in self.mobjects]
                if self.early_gone:
                    cue.play(*(FadeOut(m) for m in self.early_gone), run_time=0.5)
                # The ellipsoid a wire while the camera rises (r72 item 1: seen from above, the
                # translucent shell lay over the octahedron and read as swallowing it); faint,
                # as in the close-up, once the camera stands end-on (`close_in`).
                cue.play(camera.phi_tracker.animate.set_value(lifted[0]),
                         camera.theta_tracker.animate.set_value(lifted[1]),
                         *(f.animate.set_fill(tint, opacity=FACE_OPACITY)
                           for f, tint in zip(faces, FACE_TINTS)),
                         # r84 (review r83 item 2: the wire round the octahedron read as
                         # holding it): a faint fill, no mesh, in this view.
                         self.shell.animate.set_fill(opacity=LIFT_FILL)
                         .set_stroke(opacity=LIFT_STROKE),
                         # r84 (review r83 item 9: named from the caption's start, drawn
                         # 4.7 s later): the plane comes as the camera rises, named as it
                         # stands.
                         *((FadeIn(plane),) if len(plane) else ()),
                         # r71: at least `SWING_SECONDS` + 0.5 (1.6 s before: too fast).
                         run_time=max(cue.until("faces") - 0.6, SWING_SECONDS + 0.5),
                         rate_func=rate_functions.ease_in_out_sine)
                self.drop_camera_point()
                cue.wait_until("faces")
                # The zero weight's axis named again with its plane (r62: unnamed since the
                # turn, "the plane w₂ = 0" had nothing on screen to refer to); it leaves
                # before the close-up (its end sweeps through the captions) and comes back
                # with the close-up's axes.
                cue.play(FadeIn(plane_name), *(FadeIn(m) for m in lift_names), run_time=0.8)
                cue.play(Indicate(edge[0], color=NORMAL_COLOR, scale_factor=1.0),
                         Indicate(plane_name, color=TEXT_COLOR, scale_factor=1.2),
                         run_time=max(cue.until("edge"), 0.8))
                self.remove(*edge)
                self.octahedron_mobject.add(*edge)
                self.close_in(also=[plane, plane_name, *lift_names, self.end_on_label])
                if kind == "edge":
                    self.show_face_sides(faces)
            else:
                self.turn_first(cue, edge, faces, phi, theta)
            if kind == "edge":
                # The two directions lit as the words name them (r83: drawn as the camera
                # stood, `close_in`).
                late = getattr(self, "late_label", None)
                cue.play(Indicate(self.up_axis[1], color=TEXT_COLOR, scale_factor=1.2),
                         *((Indicate(late, color=TEXT_COLOR, scale_factor=1.2),)
                           if late is not None and late not in self.faded
                           else ()), run_time=max(cue.until("axes"), 0.8))
            if kind in ("vertex", "edge"):
                # The readout's entries: "w* = (", a, ",\ ", b, ",\ ", c, ")".
                zeros = [self.star_read[1 + 2 * i] for i in self.touch.zero_indices]
                cue.play(*(Indicate(z, color=NORMAL_COLOR, scale_factor=1.8) for z in zeros),
                         run_time=max(cue.until("zero"), ZERO_FLASH_SECONDS))
                cue.play(*(z.animate.set_color(NORMAL_COLOR) for z in zeros),
                         run_time=0.4)

    def lifted_view(self) -> tuple[float, float]:
        """At an edge, the camera's (φ, θ) risen `FACE_LIFT` out of the tangent plane towards
        −∇f (`contact_view`'s lift), θ the representative nearest the turned view's."""
        phi, theta = view_angles(contact_view(self.touch, tilt=BROADSIDE_TILT, lift=FACE_LIFT))
        turned = self.turned_view()[1]
        return phi, turned + float(np.angle(np.exp(1j * (theta - turned))))

    def show_face_sides(self, faces: list) -> None:
        """Edge-on, each touched face is a line: drawn thick in the faces' tint from w* to
        the face's far corner (r56: no "face nᵢ·w = t" names: they used n₁, n₂ before the
        normals were drawn and valued, and the ellipsoid touched them); the solid's fill made
        one flat colour (r52: the tinted faces seen edge-on left two fill colours, read as
        the faces)."""
        touch = self.touch
        solid = octahedron(self.t)
        ends = touched_edge(touch)
        sides = VGroup()
        for f, tint in zip(touching_faces(touch), FACE_TINTS):
            corner = next(v for v in solid.vertices[solid.faces[f]]
                          if not any(np.array_equal(v, e) for e in ends))
            a, b = self.to_screen(np.array([touch.point, corner]))
            # Each in its face's tint: the two faces seen edge-on (r60).
            sides.add(Line(a, b, stroke_width=SIDE_WIDTH, color=tint))
        for part in self.octahedron_mobject.family_members_with_points():
            part.shade_in_3d = False
        self.play(*(f.animate.set_fill(BALL_COLORS["l1"], opacity=OCTAHEDRON_FILL)
                    for f in faces), Create(sides), run_time=1.0)
        self.remove(*sides)
        self.octahedron_mobject.add(*sides)
        self.face_sides = sides

    def turn_first(self, cue: Any, edge: list, faces: list, phi: float, theta: float) -> None:
        """The turn beat's camera turn (the camera still at the first view), then the close-up."""
        kind = self.touch.kind
        # ŵ's label (placed for the first view only) and its guides go before the turn:
        # fading during it, the wider label crossed w*'s leader (layout_report, r40).
        self.play(FadeOut(self.hat_label), FadeOut(self.drops),
                  *(Create(e) for e in edge),
                  run_time=max(cue.until("edge") if edge else 0.0, 0.5))
        if edge:
            # Part of the octahedron from now: it goes when the octahedron goes (left in
            # the scene on its own too, it outlived the octahedron's fade).
            self.remove(*edge)
            self.octahedron_mobject.add(*edge)
        self.move_camera(phi=phi, theta=theta,
                         run_time=max(cue.until("turn"), TURN_SECONDS),
                         rate_func=rate_functions.ease_in_out_sine,
                         added_anims=[f.animate.set_fill(FACE_TINT, opacity=FACE_OPACITY)
                                      for f in faces])
        self.drop_camera_point()
        if kind in ("vertex", "edge", "face"):
            self.close_in()

    def close_in(self, also: list | None = None) -> None:
        """Close up on the octahedron and w* (at an edge exactly end-on, `cone_view`): the
        axes whose labels would meet there, the labels and ŵ fade, the ellipsoid stays faint
        (−∇f is its normal) and the w₂ axis stays (which way the zero weight runs)."""
        axes = self.axes.get_axes()
        # At a vertex the two kept axes' labels would leave the zoomed frame: none kept there.
        kept = set(self.touch.zero_indices) if self.touch.kind == "edge" else set()
        self.faded = [axes[i] for i in range(3) if i not in kept] + \
            [self.axis_labels[i] for i in range(3) if i not in kept] + \
            [self.hat, self.hat_label, self.star_label]
        zoom, centre = self.cone_camera()
        camera = self.renderer.camera
        phi, theta = self.cone_view()
        # A kept axis's label that the close-up would push out of the frame fades too.
        saved_zoom, saved_centre = camera.get_zoom(), camera.frame_center.copy()
        camera.set_zoom(zoom)
        camera._frame_center.move_to(centre)
        for i in kept:
            label = self.axis_labels[i]
            half = np.array([label.width, label.height]) / 2
            where = self.axis_label_centre(i, half, (phi, theta))
            if np.any(np.abs(where) + half > [config.frame_width / 2, config.frame_height / 2]):
                self.faded.append(label)
        self.up_axis = self.edge_up_axis((phi, theta)) if self.touch.kind == "edge" else VGroup()
        camera.set_zoom(saved_zoom)
        camera._frame_center.move_to(saved_centre)
        # First the fade, then the zoom (the axes must not sweep into the captions).
        gone = getattr(self, "early_gone", [])  # faded before the rise (`show_turn`)
        # Only what is on screen fades: FadeOut adds a mobject first, so w*'s label (never
        # shown at a vertex) flashed in as it faded (r71 helper, 41.5 s).
        shown = {id(m) for top in self.mobjects for m in top.get_family()}
        self.play(*(FadeOut(m) for m in self.faded if m is not self.hat_label
                    and id(m) in shown and not any(m is g for g in gone)),
                  *(FadeOut(m) for m in also or []),
                  # r83: with its label, the zero weight's axis (never shown unnamed).
                  *((FadeOut(axes[i]) for i in kept) if also else ()),
                  run_time=0.5)
        back = getattr(self, "end_on_label", None)
        arrive = rate_functions.ease_in_cubic
        if also:
            # From the lifted view the zero weight's axis end swept through the caption
            # strip: its label comes back only as the camera stands (r83, review r72 item 1:
            # it came 2-4 s after the turn), with the close-up's vertical and its name.
            self.late_label = back
            arrive = arrive_late
        coming = [back] if back is not None and back not in self.faded else []
        if also and self.touch.kind == "edge":
            if coming:
                coming += [axes[i] for i in kept]
            else:
                self.faded += [axes[i] for i in kept]  # back with the others (`show_sphere`)
            coming.append(self.up_axis)
        self.play(camera.zoom_tracker.animate.set_value(zoom),
                  self.pan_to(centre),
                  camera.phi_tracker.animate.set_value(phi),
                  camera.theta_tracker.animate.set_value(theta),
                  self.shell.animate.set_fill(opacity=FAINT_FILL).set_stroke(opacity=FAINT_STROKE),
                  *(FadeIn(m, rate_func=arrive) for m in coming),
                  run_time=CLOSE_SECONDS, rate_func=rate_functions.ease_in_out_sine)
        self.drop_camera_point()

    def pull_share(self) -> float:
        """−∇f(w*)'s length as a share of the normals' (`PULL_SHARE`, `EDGE_PULL_SHARE`)."""
        return EDGE_PULL_SHARE if self.touch.kind == "edge" else PULL_SHARE

    def up_arrow(self) -> Any:
        """At an edge: the edge-on view's vertical axis, along `edge_up` through the origin,
        from below the octahedron (`UP_FROM`) to short of w* (`UP_TO`), shares of t."""
        touch = self.touch
        u = edge_up(touch)
        return arrow_along(-UP_FROM * touch.radius * u, u,
                           length=(UP_FROM + UP_TO) * touch.radius)

    def edge_up_axis(self, view: tuple[float, float]) -> VGroup:
        """At an edge, end-on: the picture's vertical named (r41: only w₂ was), an axis along
        `edge_up` (sᵢwᵢ + sⱼwⱼ)/√2 through the origin (r68: a short arrow at the w₂ axis's
        end, detached), thin, stopping short of w* and its arrows (`up_arrow`); its name
        at its tip's height, left, off the octahedron (placed for ``view``, the camera's zoom and centre set)."""
        touch = self.touch
        u = edge_up(touch)
        arrow = self.up_arrow()
        drawn = self.arrow(arrow, TEXT_COLOR, width=UP_WIDTH)
        terms = ""
        for i in range(3):
            if u[i] != 0.0:
                terms += ("-" if u[i] < 0.0 else ("+" if terms else "")) + f"w_{i + 1}"
        # "↑" as the other views' verticals (r84: beside the octahedron it is a direction).
        name = MathTex(rf"\uparrow\ ({terms})/\sqrt{{2}}", font_size=LABEL_FONT, color=TEXT_COLOR)
        name.set_stroke(BACKGROUND, width=LABEL_OUTLINE, background=True)
        # r84 (review r83 item 3: under the tail, the arrow read as a vector to w*): at the
        # tip's height, left of it, just clear of the octahedron's outline (beside the
        # shaft it sat on the touched face's side and the w₂ axis).
        tip = self.project(self.to_screen(np.array([arrow.end])), view)[0]
        diamond = outline(self.project(self.to_screen(octahedron(touch.radius).vertices), view))
        self.pin_left_of(name, tip, diamond)
        return VGroup(drawn, name)

    def pin_left_of(self, name: MathTex, at: np.ndarray, shape: np.ndarray) -> None:
        """Fix ``name`` in the frame with its right edge `NAME_GAP` left of ``at`` (screen),
        stepped further left until its box is clear of the polygon ``shape`` (an outline on
        screen) or reaches the frame's left edge; not shown yet (its beat fades it in)."""
        half = np.array([name.width, name.height]) / 2 + NAME_GAP
        centre = np.asarray(at, dtype=float)[:2] - np.array([half[0], 0.0])
        while box_meets_polygon(centre - half, centre + half, shape) and \
                centre[0] - half[0] > -config.frame_width / 2:
            centre = centre - np.array([NAME_STEP, 0.0])
        name.move_to(np.append(centre, 0.0))
        self.add_fixed_in_frame_mobjects(name)
        self.remove(name)

    def show_cone(self) -> None:
        """The normal cone at w*: its normals (named n₁, n₂, ...), at an edge the fan they
        span, −∇f(w*) inside it; then a pull swept across the cone while w* stays (any
        −∇f in it gives this touch); then λ and g."""
        touch = self.touch
        length = ARROW_SHARE * touch.radius
        arrows = touch_arrows(touch, length=length)
        # At an edge each normal in its face's colour (r62: the faces told apart, `FACE_TINTS`).
        tints = FACE_TINTS if touch.kind == "edge" else (NORMAL_COLOR,) * len(arrows.normals)
        normals = VGroup(*(self.arrow(a, tint) for a, tint in zip(arrows.normals, tints)))
        self.normals_drawn = normals
        short = touch_arrows(touch, length=PULL_SHARE * length)
        drawn_pull = touch_arrows(touch, length=self.pull_share() * length).pull
        pull = self.arrow(drawn_pull, GRADIENT_COLOR)
        fan: list = []
        if touch.kind == "edge":
            fan = [self.surface([cone_fan(touch, length=length)[:-1]], CONE_COLOR, FAN_OPACITY,
                                stroke=0.0)]
            for part in fan[0].family_members_with_points():
                part.shade_in_3d = False  # flat and even: the fan is the cone
            self.fan_drawn = fan[0]
        names = self.names = self.normal_names(arrows.normals)
        pull_name = self.arrow_name(SYMBOLS["neg_grad"].tex, drawn_pull, GRADIENT_COLOR)
        count = len(arrows.normals)
        with self.cue(CONE_WORDS[touch.kind], names=Phrase(
                text=", ".join(f"n{SUBSCRIPTS[k + 1]}" for k in range(count - 1))
                + (" and " if count > 1 else "") + f"n{SUBSCRIPTS[count]}",
                spoken=", ".join(f"n-{k + 1}" for k in range(count - 1))
                + (" and " if count > 1 else "") + f"n-{count}"),
                ) as cue:
            # Each part as the words name it, none in less than a second.
            cue.play(*(GrowFromPoint(n, self.to_screen(touch.point)) for n in normals),
                     *(FadeIn(m) for m in fan), *(FadeIn(n) for n in names),
                     run_time=max(cue.until("cone"), 1.0))
            cue.play(GrowFromPoint(pull, self.to_screen(touch.point)), FadeIn(pull_name),
                     at="pull", run_time=1.0)
            # "lies inside it": the fan (or the arrow) lit to the words' end (r52: a 3.4 s
            # still after −∇f grew).
            if cue.remaining > 0.3:
                cue.play(Indicate(fan[0] if fan else pull, color=TEXT_COLOR, scale_factor=1.0),
                         run_time=cue.remaining)
        if touch.kind == "edge":
            self.sweep_wedge(pull, pull_name, length)
        elif touch.kind == "vertex":
            # Shown, not told: a pull swept across the cone, each direction in it, while
            # w* stays where it is.
            ghosts = [self.arrow(a, GRADIENT_COLOR) for a in (short.pull, *short.normals,
                                                              short.pull)]
            ghost = ghosts[0].copy().set_opacity(GHOST_OPACITY)
            with self.cue(RANGE_WORDS, zeros=zeros_phrase(touch.zero_indices),
                          shape=CONE_SHAPES[count]) as cue:
                cue.wait_until("sweep")
                self.add(ghost)
                for target in ghosts[1:]:
                    cue.play(Transform(ghost, target.copy().set_opacity(GHOST_OPACITY)),
                             run_time=SWEEP_SECONDS / (len(ghosts) - 1),
                             rate_func=rate_functions.ease_in_out_sine)
                self.remove(ghost)
        with self.cue(G_HERE_WORDS, g=point(touch.balance)) as cue:
            # r83 (review r72 item 4): g alone first, then −∇f(w*) = λg and λ in their cue.
            # The touch established: the mesh faded to 30 % and ∂‖w*‖₁'s line gone (r52: ten
            # pieces of text on a busy wireframe), g's line kept (these words read it).
            settle = self.shell.animate.set_stroke(opacity=SETTLED_STROKE) \
                .set_fill(opacity=SETTLED_FILL)
            if hasattr(self, "sub_read") and not getattr(self, "sub_read_gone", False):
                # ∂‖w*‖₁'s line goes and the lines under it close up (r60: a blank line).
                rise = float(self.sub_read.get_top()[1] - self.g_read.get_top()[1])
                self.lam_read.shift(rise * UP)
                cue.play(FadeOut(self.sub_read), self.g_read.animate.shift(rise * UP), settle,
                         run_time=0.5)
                settle = None
            # g over −∇f(w*) and thicker (r62: collinear and shorter, it lay hidden under
            # −∇f as the words said "−∇f(w*) = λg"), lit with its line.
            grown = []
            if hasattr(self, "g_arrow"):
                self.bring_to_front(self.g_arrow)
                grown = [self.g_arrow[0][0].animate.set_stroke(width=G_WIDTH),
                         Indicate(self.g_arrow[1], color=TEXT_COLOR, scale_factor=1.3)]
            cue.play(*(Indicate(m, color=GRADIENT_COLOR, scale_factor=1.1)
                       for m in self.g_read[1:]),
                     *grown, *((settle,) if settle is not None else ()),
                     *(() if grown or len(self.g_read) else
                       (Indicate(pull, color=GRADIENT_COLOR, scale_factor=1.15),)),
                     run_time=max(cue.until("g"), 1.0))
        with self.cue(LAMBDA_WORDS,
                      value=number(touch.multiplier, significant=LAMBDA_DIGITS)) as cue:
            cue.play(FadeIn(self.lam_read), run_time=0.7)
            if touch.kind == "edge":
                # −∇f(w*) = λg shown: a copy of g stretched along itself to −∇f(w*), λ times
                # as long (r50: 7 s nearly still, the equation only in the readout).
                stretched = self.g_arrow[0].copy()
                self.add(stretched)
                cue.play(Transform(stretched, pull.copy().set_color(G_COLOR)),
                         run_time=max(cue.until("value") - 0.5, 1.0),
                         rate_func=rate_functions.ease_in_out_sine)
                cue.play(FadeOut(stretched), Indicate(pull, color=GRADIENT_COLOR,
                                                      scale_factor=1.1), run_time=0.8)
            else:
                cue.play(Indicate(pull, color=GRADIENT_COLOR, scale_factor=1.15),
                         run_time=max(cue.until("value"), 1.0))
            cue.play(Indicate(self.lam_read, color=GRADIENT_COLOR, scale_factor=1.1),
                     run_time=max(cue.until("ball"), 1.0))
            # λ lit to the words' end (r66: "the multiplier of ‖w‖₁ ≤ t" and the octahedron's
            # flash for it cut).
        with self.cue(PENALTY_WORDS) as cue:
            # The penalized problem written as it is said, in g's line (g is said): r41's
            # 6.7 s hold named a problem the screen never showed.
            penalty = MathTex(r"\min\nolimits_w\ f(w) + \lambda \|w\|_1 \ \to\ "
                              + SOLUTION_TEX["l1"], font_size=LONG_READ_FONT,
                              color=GRADIENT_COLOR)
            # Under −∇f = λg, g's line kept (r51: replaced, while the formula used g).
            penalty.next_to(self.lam_read, DOWN, aligned_edge=LEFT, buff=READOUT_GAP)
            self.add_fixed_in_frame_mobjects(penalty)
            self.remove(penalty)
            cue.play(FadeIn(penalty), run_time=1.0)
            self.penalty_read = penalty
            cue.play(Indicate(penalty, color=GRADIENT_COLOR, scale_factor=1.1),
                     run_time=max(cue.until("same"), 0.8))
            # "this same w*": the dot and the readout's w*, lit together.
            cue.play(Indicate(self.star, scale_factor=1.6, color=SOLUTION_COLOR),
                     Indicate(self.star_read, color=SOLUTION_COLOR, scale_factor=1.1),
                     run_time=max(cue.remaining, 1.0))
        self.arrows = VGroup(normals, *fan, pull, pull_name, *names, self.up_axis,
                             *([self.g_arrow] if touch.kind == "edge" else []))

    def sweep_wedge(self, pull: VGroup, pull_name: VGroup, length: float) -> None:
        """At an edge: g swept across the wedge as g₂ runs from −1 (n₁) to 1 (n₂) and back
        to the touch's own (`subgradient_arrow`), g₂'s value live in the readout, and the
        loss moved with it (`sweep_loss`: its ellipsoid still touches at w*) while
        w* stays: every loss pulling in the wedge gives this touch, shown. −∇f(w*) and its
        name turn with the moved loss: its −∇f(w*) is along g (r43: a fixed −∇f arrow named
        the first loss's gradient beside the moved loss)."""
        touch = self.touch
        k = touch.zero_indices[0]
        own = float(touch.balance[k])
        free = ValueTracker(own)
        # True lengths (r43: −∇f stood 3.1 g's, λ = 1.895): one scale for g and every −∇f,
        # −∇f(w*) at its drawn length; g = (1, g₂, 1) at its own size, so −∇f = λg reads.
        scale = self.pull_share() * length / float(np.linalg.norm(touch.gradient))

        def g_arrow(value: float) -> Any:
            g = np.sign(touch.point)
            g[k] = value
            return subgradient_arrow(touch, free=value, length=scale * float(np.linalg.norm(g)))
        ghost = self.arrow(g_arrow(own), G_COLOR)
        shell = self.shell
        # Larger than the other names (r52: a lone "g" at 34 read as a mark, 10 px at 480p).
        g_name = MathTex("g", font_size=G_FONT, color=G_COLOR)
        g_name.set_stroke(BACKGROUND, width=LABEL_OUTLINE, background=True)
        camera = self.renderer.camera

        def name_at_tip(m: Any) -> None:
            arrow = g_arrow(free.get_value())
            end, unit = self.projected_tip(arrow)
            # Beside the line of g (r42 draft: on it, it sat on −∇f's shaft, which runs along
            # g at the touch's own g), on its left, away from n₂.
            side = np.array([-unit[1], unit[0]])
            # r83 (review r72 item 2: beside the shaft it sat on the wedge): just beyond the
            # wedge's arc, along g (the normals' length, `G_NAME_REACH` of it), off its line.
            direction = normalize(np.asarray(arrow.end) - np.asarray(arrow.start))
            beyond = self.project(self.to_screen(np.array(
                [np.asarray(arrow.start) + G_NAME_REACH * length * direction])))[0]
            m.move_to(np.append(beyond + (0.5 * max(m.width, m.height) + NAME_GAP) * side,
                                0.0))
            push_clear(m, list(self.names))
        name_at_tip(g_name)
        self.add_fixed_in_frame_mobjects(g_name)
        self.remove(g_name)

        def follow(m: Any) -> None:
            m.become(self.arrow(g_arrow(free.get_value()), G_COLOR))
            # The moved loss's −∇f(w*) = H(ŵ − w*) is a positive multiple of g (that is how
            # `pulled_losses` moves ŵ): drawn at its own length, on g's scale.
            g = np.sign(touch.point)
            g[k] = free.get_value()
            centre, level = self.sweep_loss(touch.point, g, touch.level)
            pulling = -Quadratic(center=centre, hessian=self.loss.hessian).gradient(
                touch.point)
            turned = arrow_along(touch.point, pulling,
                                 length=scale * float(np.linalg.norm(pulling)))
            pull.become(self.arrow(turned, GRADIENT_COLOR))
            pull_name.move_to(self.name_spot(pull_name, turned))
            # Never lower than above the normals' names (r50: a short −∇f put its name on
            # the fan and n₁'s arrowhead): it rises over them, following the tip's x.
            floor = max(float(n.get_top()[1]) for n in self.names) + NAME_GAP \
                + pull_name.height / 2
            pull_name.set_y(max(float(pull_name.get_y()), floor))
            # Off g's name too (placed first): near n₁ the moved loss's λ is small and g's
            # tip and name stand beyond −∇f's.
            name_at_tip(g_name)
            push_clear(pull_name, [*self.names, g_name])
            self.move_shell(shell, self.moved_faces(centre, level))

        def follow_g(m: Any) -> None:
            m.become(self.arrow(g_arrow(free.get_value()), G_COLOR))

        def count(m: Any) -> None:
            m.set_value(free.get_value())
            # set_value builds new digits: they must be fixed in the frame too.
            camera.add_fixed_in_frame_mobjects(m)
        self.g_value.add_updater(count)
        # r71: no "(moved loss)" tag (review r69 item 1: ten texts at once): the words say
        # "Move the loss" as it moves.
        with self.cue(EDGE_RANGE_WORDS, signs=self.signs_phrase(),
                      subdiff=Phrase(text=SYMBOLS["subdiff"].text, spoken="d of the L1 norm at w-star")) as cue:
            # The faces' names go as g comes (the moved ellipsoids pass over them; the
            # thick sides stay).
            # −∇f(w*) steps aside while g alone sweeps (r56: g's name crossed its shaft); it
            # comes back, turning with the loss, in the next words.
            cue.play(FadeIn(self.sub_read), FadeIn(self.g_read), GrowFromPoint(ghost, self.to_screen(touch.point)),
                     FadeOut(pull), FadeOut(pull_name),
                     FadeIn(g_name), shell.animate.set_stroke(opacity=MOVING_STROKE),
                     *(FadeOut(n) for n in getattr(self, "face_names", [])),
                     run_time=0.8)
            legs = [-1.0, 1.0, own]

            def rest_at(target: float, seconds: float) -> None:
                # A rest at the fan's edge (g₂ = ±1: along n₁ or n₂), the normal lit.
                edge_normal = self.normals_drawn[0 if target < 0.0 else 1]
                cue.play(Indicate(edge_normal, color=NORMAL_COLOR, scale_factor=1.0),
                         run_time=seconds)
            # First g alone across the wedge as ∂‖w*‖₁ is read, g₂ live in the readout, the
            # loss held still (r56: the loss moved before the words said why); r83: the whole
            # wedge under the set's words, at least `SUBDIFF_SECONDS` (review r72 item 4).
            ghost.add_updater(follow_g)
            g_name.add_updater(name_at_tip)
            leg = max(cue.remaining, SUBDIFF_SECONDS - cue.elapsed) / 2 - EDGE_REST_SECONDS
            leg = max(leg, WEDGE_SWEEP_SECONDS / 6)
            for target in legs[:2]:
                cue.play(free.animate.set_value(target), run_time=leg,
                         rate_func=rate_functions.ease_in_out_sine)
                rest_at(target, EDGE_REST_SECONDS)
        with self.cue(EACH_G_WORDS, g=self.subgradient_phrase(bound=False)) as cue:
            # Back to the touch's own g as "each g" is read, then the wedge lit: every g is in it.
            cue.play(free.animate.set_value(own), run_time=max(cue.until("fan") - 0.8, 1.5),
                     rate_func=rate_functions.ease_in_out_sine)
            ghost.remove_updater(follow_g)
            fan = getattr(self, "fan_drawn", None)
            cue.play(*((Indicate(fan, color=TEXT_COLOR, scale_factor=1.0),) if fan is not None
                       else ()), Indicate(self.sub_read, color=G_COLOR, scale_factor=1.05),
                     run_time=max(cue.remaining, 0.8))
        with self.cue(EDGE_LOSS_WORDS, zeros=zeros_phrase(touch.zero_indices)) as cue:
            # Then, as "any −∇f along one gives the same touch" is said, the loss moves with
            # g: its −∇f(w*) along g, its ellipsoid still touching at w*; slowly, resting at
            # each edge of the wedge, w* lit there (r60: 1.8 s across, a jump).
            # n₁'s and n₂'s names stay (r68: beside the tips, below −∇f's reach); g's name
            # steps aside (layout_report: slowed, it stood on n₂'s shaft); g is the readout's.
            # The loss tagged while it is not the scene's own (r68: it changed unsaid).
            # r71: ∂‖w*‖₁'s line, read in the last words, goes now and the lines under it
            # close up (review r69 item 1: ten texts at once round 62-73 s).
            rise = float(self.sub_read.get_top()[1] - self.g_read.get_top()[1])
            self.lam_read.shift(rise * UP)
            cue.play(FadeIn(pull), FadeIn(pull_name), FadeOut(self.sub_read),
                     self.g_read.animate.shift(rise * UP), FadeOut(g_name), run_time=0.6)
            self.sub_read_gone = True
            zero_entries = [self.star_read[1 + 2 * i] for i in touch.zero_indices]
            self.pool_shell(shell)
            ghost.add_updater(follow)
            pull.add_updater(lambda m: None)  # turned by `follow`: a moving mobject
            shell.add_updater(lambda m: None)  # moved by `follow`: a moving mobject
            for target, seconds in zip(legs[:2], LOSS_LEGS):
                cue.play(free.animate.set_value(target),
                         run_time=seconds, rate_func=rate_functions.ease_in_out_sine)
                # w* the same however the loss turns: lit at each edge of the wedge.
                edge_normal = self.normals_drawn[0 if target < 0.0 else 1]
                # r71: and the zero weight that stays, lit in the readout (what stays
                # named while the loss moves, review r69 item 5).
                cue.play(Indicate(edge_normal, color=NORMAL_COLOR, scale_factor=1.0),
                         Indicate(self.star, scale_factor=1.4, color=SOLUTION_COLOR),
                         *(Indicate(z, color=NORMAL_COLOR, scale_factor=1.5)
                           for z in zero_entries),
                         run_time=LOSS_REST_SECONDS)
        # r83 (review r72 item 4: read in 3 s): the punchline in its own cue, the loss back to
        # the scene's own as it is read, the zero lit, held `PUNCH_SECONDS` at least.
        with self.cue(PUNCH_WORDS, zeros=zeros_phrase(touch.zero_indices)) as cue:
            cue.play(free.animate.set_value(own), FadeIn(g_name),
                     run_time=LOSS_LEGS[2], rate_func=rate_functions.ease_in_out_sine)
            ghost.clear_updaters()
            pull.clear_updaters()
            shell.clear_updaters()
            self.trim_shell(shell)
            g_name.clear_updaters()
            self.g_value.clear_updaters()
            self.g_value.set_value(own)
            camera.add_fixed_in_frame_mobjects(self.g_value)  # its new digits, fixed too
            cue.play(*(Indicate(z, color=NORMAL_COLOR, scale_factor=1.5) for z in zero_entries),
                     shell.animate.set_stroke(opacity=FAINT_STROKE),
                     run_time=max(cue.remaining, PUNCH_SECONDS - cue.elapsed, 0.8))
        self.g_arrow = VGroup(ghost, g_name)

    def arrow_name(self, tex: str, arrow: Any, color: Any) -> VGroup:
        """A name fixed in the frame just beyond ``arrow``'s tip, along it, on a dark box
        (it may sit over the fan); the camera is still then."""
        name = MathTex(tex, font_size=LABEL_FONT, color=color)
        group = VGroup(BackgroundRectangle(name, color=BACKGROUND, fill_opacity=0.75, buff=0.05),
                       name)
        group.move_to(self.name_spot(group, arrow))
        self.add_fixed_in_frame_mobjects(group)
        self.remove(group)
        return group

    def off_hat(self, name: Any) -> None:
        """Shift ``name`` (fixed in the frame) sideways off ŵ's dot (r83, review r72 item 6:
        in ridge's close-up −∇f(w*)'s name covered it), by just the overlap, away from it:
        0 as they come into contact, so it never jumps as ŵ moves."""
        where = self.project(self.hat.get_center())[0]
        reach = HAT_CLEAR
        wide = min(float(name.get_right()[0]), where[0] + reach) - \
            max(float(name.get_left()[0]), where[0] - reach)
        tall = min(float(name.get_top()[1]), where[1] + reach) - \
            max(float(name.get_bottom()[1]), where[1] - reach)
        if wide > 0.0 and tall > 0.0:
            name.shift((1.0 if name.get_x() >= where[0] else -1.0) * wide * RIGHT)

    def projected_tip(self, arrow: Any) -> tuple[np.ndarray, np.ndarray]:
        """``arrow``'s tip projected to the frame (x, y) and the arrow's unit direction there,
        for the names placed by its tip."""
        start, end = self.project(self.to_screen(np.array([arrow.start, arrow.end])))
        return end, normalize(end - start)

    def name_spot(self, name: Any, arrow: Any) -> np.ndarray:
        """Where ``name``'s centre sits (frame coordinates): just beyond ``arrow``'s projected
        tip, along it, its box clear of the tip by `NAME_GAP`."""
        end, unit = self.projected_tip(arrow)
        reach = min(name.width / 2 / max(abs(unit[0]), 1e-9),
                    name.height / 2 / max(abs(unit[1]), 1e-9))
        return np.append(end + (reach + NAME_GAP) * unit, 0.0)

    def side_spot(self, name: Any, arrow: Any, index: int) -> np.ndarray:
        """Where ``name``'s centre sits (frame coordinates): beside ``arrow``'s projected tip,
        square to it, on the side the axis e_index points to (away from the plane
        w_index = 0 the arrow starts off), its box clear of the tip by `NAME_GAP`."""
        end, unit = self.projected_tip(arrow)
        side = np.array([unit[1], -unit[0]])
        axis = np.zeros(3)
        axis[index] = 1.0
        there = self.project(self.to_screen(np.array([arrow.end, arrow.end + axis])))
        # The touch's own side, kept as the sweep crosses the plane (never a jump).
        if float(side @ (there[1] - there[0])) * np.sign(float(self.round.point[index]) or 1.0) \
                < 0.0:
            side = -side
        reach = 0.5 * (name.width * abs(side[0]) + name.height * abs(side[1])) + NAME_GAP
        return np.append(end + reach * side, 0.0)

    def normal_names(self, normals: tuple) -> list:
        """n₁, n₂, ... fixed in frame just beyond each normal's tip, along it (the camera
        is still now)."""
        names = []
        # Numbered from the left of the picture (r56: n₂ stood on the left, n₁ on the right).
        order = np.argsort([float(self.projected_tip(a)[0][0]) for a in normals], kind="stable")
        rank = {int(j): r for r, j in enumerate(order)}
        for k, a in enumerate(normals):
            end, unit = self.projected_tip(a)
            tex = f"n_{rank[k] + 1}"
            if self.touch.kind == "edge":
                # At an edge the two names carry the faces' normals (1, ±1, 1): g mixes them.
                tex += " = (" + r",\ ".join(
                    f"{int(v)}" for v in self.touch.cone_generators[k]) + ")"
            name = MathTex(tex, font_size=LABEL_FONT, color=NORMAL_NAME_TINTS[k]
                           if self.touch.kind == "edge" else NORMAL_COLOR)
            reach = min(name.width / 2 / max(abs(unit[0]), 1e-9),
                        name.height / 2 / max(abs(unit[1]), 1e-9))
            centre = end + (reach + NAME_GAP) * unit
            if self.touch.kind == "edge":
                # Long names (with coordinates) reaching outwards on the tip's own side: the
                # two never meet between the tips (r40 draft).
                side = 1.0 if unit[0] >= 0.0 else -1.0
                # Wholly on the tip's outer side, level with it, a little below (r68: above
                # the tip, a moved loss's −∇f along the normal ran into it, so the names
                # left during the sweep; here the line beyond the tip passes over them).
                # r83 (review r72 item 2: n₁'s arrowhead ran into its "1)"): clear of the
                # arrowhead's wide base, and outlined dark (n₂'s pale blue on the mesh).
                centre = end + np.array([side * (name.width / 2 + EDGE_NAME_GAP),
                                         -NAME_DROP * name.height])
                name.set_stroke(BACKGROUND, width=LABEL_OUTLINE, background=True)
            # Kept in the frame and above the captions (four names at a vertex reach out).
            half = np.array([name.width, name.height]) / 2 + FRAME_MARGIN
            centre = np.clip(centre, [-config.frame_width / 2 + half[0], CAPTION_TOP + half[1]],
                             [config.frame_width / 2 - half[0], config.frame_height / 2 - half[1]])
            name.move_to(np.append(centre, 0.0))
            self.add_fixed_in_frame_mobjects(name)
            self.remove(name)
            names.append(name)
        return names

    def subgradient_phrase(self, bound: bool = True) -> Phrase:
        """g as the touch's signs with a free entry gᵢ at each zero weight: "(1, g₂, 1)",
        with ``bound`` its size said: ", |g₂| ≤ 1" (r83: not where ∂‖w*‖₁'s [−1, 1] was
        just read)."""
        parts = [f"g{SUBSCRIPTS[i + 1]}" if i in self.touch.zero_indices
                 else ("1" if self.touch.point[i] > 0.0 else "−1") for i in range(3)]
        spoken = [f"g-{i + 1}" if i in self.touch.zero_indices
                  else ("1" if self.touch.point[i] > 0.0 else "minus 1") for i in range(3)]
        free = [f"|g{SUBSCRIPTS[i + 1]}|" for i in self.touch.zero_indices] if bound else []
        size = (", " + ", ".join(free) + " ≤ 1") if free else ""
        said = (", " + " and ".join(f"g-{i + 1}" for i in self.touch.zero_indices)
                + " at most 1 in size") if free else ""
        return Phrase(text="(" + ", ".join(parts) + ")" + size,
                      spoken=", ".join(spoken) + said)

    def signs_phrase(self) -> Phrase:
        """∂‖w*‖₁'s entries: "(sign w₁*, [−1, 1], sign w₃*)", [−1, 1] at each zero weight."""
        parts = ["[−1, 1]" if i in self.touch.zero_indices else f"sign w{SUBSCRIPTS[i + 1]}*"
                 for i in range(3)]
        spoken = ["anything from minus 1 to 1" if i in self.touch.zero_indices
                  else f"the sign of w-{i + 1}-star" for i in range(3)]
        return Phrase(text="(" + ", ".join(parts) + ")", spoken=", ".join(spoken))

    def pan_to(self, centre: np.ndarray) -> UpdateFromAlphaFunc:
        """The camera's frame centre moved to ``centre`` as an animation that never adds the
        centre's Point to the scene (r38: animated directly, it was drawn: a stray white
        dot during each camera move)."""
        camera = self.renderer.camera
        start = np.array(camera.frame_center, dtype=float)
        target = np.asarray(centre, dtype=float)

        def move(_: Any, alpha: float) -> None:
            camera._frame_center.move_to(start + alpha * (target - start))
        return UpdateFromAlphaFunc(ValueTracker(0.0), move)

    def drop_camera_point(self) -> None:
        """Take the camera's frame-centre point and trackers out of the scene (animating
        them added them; they draw nothing, they are the camera's state, and a checker
        that projects the scene's shapes in place must not move them midway)."""
        camera = self.renderer.camera
        self.remove(camera._frame_center, camera.phi_tracker, camera.theta_tracker,
                    camera.zoom_tracker)

    def cone_view(self) -> tuple[float, float]:
        """The cone beat's (φ, θ): at an edge exactly along it (`edge_view` untilted: the two
        faces through w* edge-on, the cone a flat fan, the 2D picture of a corner; the
        axes, whose labels needed the tilt, are faded then); else the turned view."""
        if self.touch.kind != "edge":
            return self.turned_view()
        phi, theta = view_angles(edge_view(self.touch))
        start = self.turned_view()[1]
        return phi, start + float(np.angle(np.exp(1j * (theta - start))))

    def up_phrase(self) -> Phrase:
        """At an edge: the edge-on view's vertical, (sᵢwᵢ + sⱼwⱼ)/√2 (`edge_up`), as the
        captions print it and as it is said (the screen's name is `edge_up_axis`'s)."""
        u = edge_up(self.touch)
        text, spoken = "", ""
        for i in range(3):
            if u[i] != 0.0:
                sign = "−" if u[i] < 0.0 else ("+" if text else "")
                text += sign + f"w{SUBSCRIPTS[i + 1]}"
                spoken += {"−": " minus ", "+": " plus ", "": ""}[sign] + f"w-{i + 1}"
        return Phrase(text=f"({text})/√2", spoken=f"{spoken.strip()}, over root 2")

    def cone_camera(self) -> tuple[float, np.ndarray]:
        """The cone beat's zoom and frame centre at `cone_view`: the octahedron and the
        cone's arrows and fan (`cone_cloud`) below the readout, and every ellipsoid the
        beat draws (the touching one and the ones the wedge sweep moves it to,
        `cone_shells`) inside the frame, all above the caption strip, as large as fits
        (r45: centred on the octahedron, the ellipsoid ran off the frame's top for 28 s
        while the bottom third stood empty). The frame centre moves along the screen's
        vertical to fit, solved from the drawn extents."""
        camera = self.renderer.camera
        kept = np.vstack([self.clouds[0], self.cone_cloud])
        if self.touch.kind == "edge":
            # The vertical axis's foot (`up_arrow`), below the octahedron, kept in the frame.
            kept = np.vstack([kept, self.to_screen(np.array([self.up_arrow().start]))])
        shells = np.vstack([kept, *self.cone_shells()])
        centre = 0.5 * (kept.min(axis=0) + kept.max(axis=0))
        saved_zoom, saved_centre = camera.get_zoom(), camera.frame_center.copy()
        view = self.cone_view()
        x_max = config.frame_width / 2 - FRAME_MARGIN
        low = -CAPTION_TOP - FRAME_MARGIN  # how far below the centre we may draw
        tops = (float(self.readout_block.get_bottom()[1]) - FRAME_MARGIN,
                config.frame_height / 2 - FRAME_MARGIN)
        zoom = CONE_ZOOM
        # Twice: the perspective makes a shift of the centre move points by slightly
        # different amounts; the second pass starts from the shifted centre.
        for _ in range(CONE_FIT_PASSES):
            camera.set_zoom(1.0)
            camera._frame_center.move_to(centre)
            on = [self.project(cloud, view) for cloud in (kept, shells)]
            bottom = min(float(np.min(s[:, 1])) for s in on)
            zoom = min(CONE_ZOOM, *(x_max / max(float(np.max(np.abs(s[:, 0]))), 1e-9)
                                    for s in on),
                       *((top + low) / max(float(np.max(s[:, 1])) - bottom, 1e-9)
                         for s, top in zip(on, tops)))
            # The screen shift d (at zoom 1) that fits: the highest point of each under its
            # top, the lowest above the captions; the middle of the allowed range.
            d_min = max(float(np.max(s[:, 1])) - top / zoom for s, top in zip(on, tops))
            d_max = bottom + low / zoom
            shift = 0.5 * (d_min + d_max)
            centre = centre + shift * self.screen_up(view)
        camera.set_zoom(saved_zoom)
        camera._frame_center.move_to(saved_centre)
        # Zoomed out from the tightest fit (about the frame's centre: everything stays inside)
        # so the ellipsoid stays clear of the frame's top and the readouts (r58).
        zoom *= CONE_ROOM
        self.cone_fit = (zoom, centre, view)  # as played (tests/claims_threed.py checks it)
        return zoom, centre

    def screen_axes(self, view: tuple[float, float]) -> np.ndarray:
        """The camera's rotation at ``view`` = (φ, θ), rows: the scene directions shown as
        straight right, straight up and out of the screen; the camera is left as it was."""
        camera = self.renderer.camera
        saved = camera.get_phi(), camera.get_theta()
        camera.set_phi(view[0])
        camera.set_theta(view[1])
        camera.reset_rotation_matrix()
        axes = np.array(camera.get_rotation_matrix(), dtype=float)
        camera.set_phi(saved[0])
        camera.set_theta(saved[1])
        camera.reset_rotation_matrix()
        return axes

    def screen_up(self, view: tuple[float, float]) -> np.ndarray:
        """The scene direction the camera shows as straight up at ``view`` = (φ, θ)."""
        return self.screen_axes(view)[1]

    def cone_shells(self) -> list[np.ndarray]:
        """Scene points of every ellipsoid the cone beat draws: the touching one and, at an
        edge, the loss moved by the wedge sweep (`pulled_losses`, g₂ sampled across
        [−1, 1])."""
        touch = self.touch
        shells = [np.vstack(self.ellipsoid_at(1.0, ellipsoid_grid(
            self.loss, touch.level, u_samples=ELLIPSOID_U + 1, v_samples=ELLIPSOID_V + 1),
            touch.level))] if touch.level > 0.0 else []
        if touch.kind == "edge":
            k = touch.zero_indices[0]
            for value in [*np.linspace(-1.0, 1.0, CONE_FIT_SAMPLES), float(touch.balance[k])]:
                g = np.sign(touch.point)
                g[k] = value
                centre, level = self.sweep_loss(touch.point, g, touch.level)
                shells.append(np.vstack(self.moved_faces(centre, level)))
        return [self.to_screen(s) for s in shells if len(s)]

    def arrow(self, arrow: Any, color: Any, width: float = 5.0) -> VGroup:
        """A 3D arrow from a `regmath.threed.Arrow3D`: a shaft to the tip's base and a cone
        tip along the arrow (flat, in the palette's colour, drawn over the surfaces)."""
        start, end = self.to_screen(arrow.start), self.to_screen(arrow.end)
        direction = (end - start) / np.linalg.norm(end - start)
        base = end - TIP * direction
        shaft = Line(start + DOT_GAP * direction, base, stroke_width=width, color=color)
        # The cone: a fan of triangles from the apex to a circle round the tip's base.
        first = np.cross(direction, [0.0, 0.0, 1.0])
        if np.linalg.norm(first) < 0.5:
            first = np.cross(direction, [1.0, 0.0, 0.0])
        first /= np.linalg.norm(first)
        second = np.cross(direction, first)
        angles = np.linspace(0.0, 2.0 * np.pi, TIP_SIDES + 1)
        ring = base + TIP_RADIUS * (np.cos(angles)[:, None] * first
                                    + np.sin(angles)[:, None] * second)
        tip = VGroup(*(ThreeDVMobject().set_points_as_corners([end, ring[k], ring[k + 1], end])
                       .set_fill(color, opacity=1.0).set_stroke(color, width=0.5)
                       for k in range(TIP_SIDES)))
        for part in tip.family_members_with_points():
            part.shade_in_3d = False  # flat: shading darkened it, depth order hid it
        return VGroup(shaft, tip)

    def show_sphere(self) -> None:
        round_ = self.round
        if round_.kind in ("inside", "origin"):
            what = "ŵ lies inside the sphere too" if round_.kind == "inside" \
                else "The sphere of radius 0 is the origin too"
            with self.cue(what + ": its {w_star} is the same{@same}.") as cue:
                if self.t > 0.0:
                    cue.play(FadeIn(self.sphere), until="same")
                else:
                    cue.play(self.star.animate.scale(1.4), until="same")
            return
        leaving = [self.octahedron_mobject, self.star]
        closed = self.touch.kind in ("vertex", "edge", "face")
        if closed:
            # Back to the first view in two steps, each one the labels and the zoom were
            # fitted for: out to the turned view's frame (the cone's picture going), then
            # back along the turn, the axes and their labels with it. The camera's trackers
            # last: the scene adds them to its mobjects after the shapes (tests/layout.py
            # projects the shapes in that order, in place). The lasso's w* stays in the
            # readout: the scene ends on both solutions, one above the other.
            camera = self.renderer.camera
            # The octahedron stays through the first step (never an empty frame).
            first = [self.star, self.lam_read, self.g_read, self.shell,
                     # (∂‖w*‖₁'s line went in λ's beat.)
                     *([self.penalty_read] if hasattr(self, "penalty_read") else [])]
            # The lasso's close-up kept as a picture for the ending (both compared).
            if self.touch.kind == "edge" and round_.kind == "sphere" and not round_.zero_indices:
                self.lasso_inset = self.inset()
            phi, theta = self.turned_view()
            # The close-up's kept axis labels go quickly too and come back with the others:
            # following their axes' ends through the zoom out they swept across the frame.
            kept = [m for m in self.axis_labels if m not in self.faded]
            self.faded += kept
            # The edge-on overlays (the lit edge, the faces' thick sides: lines across the
            # faces, seen from elsewhere) leave the octahedron and go first, with the arrows
            # and the texts, before the camera moves (r56: carried into 3-D, a white bar and
            # a pale diagonal crossed the octahedron).
            overlays = [m for m in (getattr(self, "edge_line", None),
                                    *getattr(self, "face_sides", []))
                        if m is not None and m in self.octahedron_mobject.submobjects]
            self.octahedron_mobject.remove(*overlays)
            self.add(*overlays)
            steps: tuple = (
                (*(FadeOut(m) for m in first), FadeOut(self.arrows),
                 *(FadeOut(m) for m in kept), *(FadeOut(m) for m in overlays)),
                (camera.zoom_tracker.animate.set_value(self.zoom),
                 self.pan_to(self.frame_middle),
                 camera.phi_tracker.animate.set_value(phi),
                 camera.theta_tracker.animate.set_value(theta)),
                (FadeOut(self.octahedron_mobject), FadeIn(self.sphere),
                 FadeIn(self.ball_names["l2"]),
                 *(FadeIn(m) for m in self.faded if m is not self.star_label),
                 # ŵ's guides back with its label (r51: ŵ read as on the w₂ axis without).
                 *((FadeIn(self.drops),) if getattr(self, "hat_gone", False) else ()),
                 camera.phi_tracker.animate.set_value(CAMERA_PHI),
                 camera.theta_tracker.animate.set_value(CAMERA_THETA)))
        else:
            steps = ((*(FadeOut(m) for m in leaving + [self.shell]), FadeIn(self.sphere)),)
        self.star = self.solution_dot(round_.point)
        # Placed for the first view, where it will be shown (the camera is still close up).
        camera = self.renderer.camera
        saved_zoom, saved_centre = camera.get_zoom(), camera.frame_center.copy()
        camera.set_zoom(self.zoom)
        camera._frame_center.move_to(self.frame_middle)
        label = self.ridge_label = self.point_label(SOLUTION_TEX["l2"], round_.point,
                                                    SOLUTION_COLOR, clouds=self.ridge_clouds,
                                                    still=True)
        camera.set_zoom(saved_zoom)
        camera._frame_center.move_to(saved_centre)
        ridge_read = self.solution_readout(round_)
        if closed:
            # Under the lasso's, where −∇f = λg stood.
            ridge_read.move_to(self.readout_block[1], aligned_edge=LEFT)
        else:
            self.readout([ridge_read])
        self.add_fixed_in_frame_mobjects(ridge_read)
        self.remove(ridge_read)
        # With ridge's why to come, w*'s dot waits for the view along the tangent plane
        # (r51: from the first view the ellipsoid overlaps the sphere's outline and a dot
        # inside it read as the two bodies cutting each other): the readout names it now.
        why = round_.kind == "sphere" and not round_.zero_indices
        shares = TURN_BACK_SHARES if len(steps) == 3 else ()
        if why and closed:
            # r62: the camera goes straight from the lasso's close-up to ridge's, along the
            # sphere's tangent plane at the touch, before the ellipsoid grows (grown in the
            # first view, it overlapped the sphere on screen before it touched): the first
            # touch is where the two outlines meet. Only the zero weight's axis stays (the
            # close-up's), ŵ's dot comes back without its label (placed for the first view).
            out = self.fit_ridge(ridge_read)
            zoom, centre, (phi, theta) = self.ridge_fit
            k = self.ridge_index()
            # The zero weight's axis label back once the camera stands (following its axis's
            # end through the turn it swept through the captions: tests/test_variants.py),
            # unless the close-up would push it out of the frame.
            label_k = self.axis_labels[k]
            again = (label_k,) if not out and label_k in self.faded else ()
            if again:
                self.faded.remove(label_k)
            back = [self.hat] if self.hat in self.faded else []
            if back:
                # Named again (r83, review r72 item 3: "from ŵ" said with ŵ unnamed).
                self.ridge_tag = self.hat_tag(HAT_TAG_OFFSETS["ridge"])
                back.append(self.ridge_tag)
            # r83: the axis goes with its label and comes back with it (never unnamed).
            axis_k = [self.axes.get_axes()[k]] if again else []
            steps = ((*steps[0], *(FadeOut(m) for m in axis_k)), (
                camera.zoom_tracker.animate.set_value(zoom), self.pan_to(centre),
                camera.phi_tracker.animate.set_value(phi),
                camera.theta_tracker.animate.set_value(theta),
                FadeOut(self.octahedron_mobject), FadeIn(self.sphere),
                *(FadeIn(m, rate_func=rate_functions.ease_in_cubic) for m in back[:1]),
                # r83 (review r72 items 3, 6: w₂ unnamed 88-94 s, ŵ unnamed): ŵ's name and
                # the axis's back as the camera stands, not after (no third step).
                *(FadeIn(m, rate_func=arrive_late) for m in back[1:] + list(again) + axis_k)))
            shares = RIDGE_TURN_SHARES[:len(steps)]
        # The dot pops and flashes as the ellipsoid touches (r52: with ridge's why it waited
        # for the turn, 4 s after the touch); with the why its name and numbers wait.
        marked = (FadeIn(self.star, scale=3.0),) if why else (FadeIn(self.star, scale=3.0),
                                                              FadeIn(label))
        # With the why, the readout too waits for the dot (r51: w* named with no dot).
        self.show_growth(round_, self.sphere, before=steps, before_shares=shares, after=(
            *marked, *(() if why else (FadeIn(ridge_read),)),
            *((FadeOut(self.ball_names["l2"]),) if closed and not why else ())),
            flash=(Indicate(self.star, scale_factor=1.6, color=SOLUTION_COLOR),),
            named=not why, slow=why and closed)
        if not why:
            return
        self.show_ridge_why(ridge_read)

    def inset(self) -> VGroup:
        """The lasso's close-up as the camera shows it now (the octahedron, the wedge, its
        normals, −∇f and g, w*), flattened into the frame (each point where the camera puts
        it: presentation) and shrunk into the frame's empty left third, framed and titled:
        shown beside ridge's picture at the end."""
        camera = self.renderer.camera
        shown = [self.octahedron_mobject, *(m for m in self.arrows if m is not self.up_axis)]
        pieces = []
        for original in shown:
            if original in camera.fixed_in_frame_mobjects or not original.has_points() \
                    and not original.submobjects:
                continue  # the names: too small to read in the inset
            flat = original.copy()
            for part, source in zip(flat.family_members_with_points(),
                                    original.family_members_with_points()):
                if source in camera.fixed_in_frame_mobjects:
                    part.set_opacity(0.0)
                    continue
                points = camera.project_points(source.points)
                points[:, 2] = 0.0
                part.points = points
            pieces.append(flat)
        # w*'s dot where the camera shows its centre, kept its size (it faces the camera).
        star = self.star.copy().move_to(camera.project_points(
            self.star.get_center()[np.newaxis])[0] * np.array([1.0, 1.0, 0.0]))
        picture = VGroup(*pieces, star)
        picture.scale_to_fit_height(INSET_HEIGHT)
        if picture.width > INSET_WIDTH:
            picture.scale_to_fit_width(INSET_WIDTH)
        star.scale_to_fit_width(self.star.width)
        border = SurroundingRectangle(picture, color=palette.MUTED, buff=0.15, stroke_width=2)
        title = MathTex(r"\text{lasso: a wedge}", font_size=LABEL_FONT,
                        color=ManimColor(BALL_COLORS["l1"]).interpolate(WHITE, NAME_LIGHTEN))
        group = VGroup(picture, border, title)
        title.next_to(border, UP, buff=0.1)
        group.move_to(np.array([-config.frame_width / 2 + FRAME_MARGIN + group.width / 2,
                                INSET_Y, 0.0]))
        for m in group.get_family():
            m.shade_in_3d = False
        self.add_fixed_in_frame_mobjects(group)
        self.remove(group)
        return group

    def ridge_index(self) -> int:
        """The weight ridge's sweep moves across 0: the lasso's zero if it has one (the two
        compared), else ridge's smallest."""
        if self.touch.zero_indices:
            return self.touch.zero_indices[0]
        return int(np.argmin(np.abs(self.round.point)))

    def ridge_view(self) -> tuple[float, float]:
        """Ridge's close-up (φ, θ): along the sphere's tangent plane at w* and along the plane
        wₖ = 0 (`sphere_tangent_view`): the outlines of the sphere and of the touching
        ellipsoid meet at w*, the normal lies in the picture, wₖ = 0 is a line."""
        phi, theta = view_angles(sphere_tangent_view(self.round, index=self.ridge_index()))
        return phi, CAMERA_THETA + float(np.angle(np.exp(1j * (theta - CAMERA_THETA))))

    def ridge_tilts(self) -> tuple[float, float]:
        """The ridge sweep's first tilt (the loss's own −∇f, its angle to the plane wₖ = 0)
        and its far end, just past the plane: far enough to read, near enough that the
        close-up holding the moved ellipsoids stays large."""
        start = float(np.arcsin(np.clip(self.round.plane_normal[self.ridge_index()], -1.0, 1.0)))
        return start, float(np.sign(start or 1.0) * RIDGE_SWEEP_BEYOND)

    def fit_ridge(self, ridge_read: MathTex) -> bool:
        """Ridge's close-up, fitted once (`self.ridge_fit`: zoom, frame centre, view) before
        the ellipsoid grows to the sphere, so that the growth and the first touch are seen
        along the tangent plane (r62: grown in the first view, the ellipsoid overlapped the
        sphere on screen before it touched). It keeps the sphere, ŵ, the growing ellipsoid,
        the swept arrows' reach and the moved ellipsoids in the frame right of the readout.
        True if the kept axis's label would leave the frame there."""
        round_, k = self.round, self.ridge_index()
        length = ARROW_SHARE * round_.radius
        phi, theta = self.ridge_view()
        start, far = self.ridge_tilts()
        swept = sphere_sweep(round_, index=k, angles=np.linspace(-far, start, 9))
        reach = [arrow_along(p, u, length=length).end for u, p in zip(*swept)]
        # The moved losses' ellipsoids (the tilt moves ŵ and its ellipsoid with w*): all kept.
        moved_losses = [self.sweep_loss(p, u, round_.level) for u, p in zip(*swept)]
        centres = np.array([c for c, _ in moved_losses])
        levels = np.array([c_level for _, c_level in moved_losses])
        shells = [np.vstack(self.moved_faces(c, c_level)) for c, c_level in zip(centres, levels)]
        self.ridge_losses = (centres, levels)  # as fitted (tests/claims_threed.py checks them)
        grown = np.vstack(clip_faces(grid_faces(ellipsoid_grid(
            self.loss, round_.level, u_samples=ELLIPSOID_U + 1, v_samples=ELLIPSOID_V + 1)),
            self.view) or [self.loss.center[np.newaxis]])
        kept = np.vstack([self.clouds[1], self.to_screen(np.vstack(
            [self.loss.center, *reach, *sphere_section(PLANE_REACH * round_.radius, index=k),
             *centres, *shells, grown])), self.tip_clouds[k]])
        # Beside the readout, not under it: the picture takes the frame's whole height right
        # of the readout's lines (r56: fitted under the readout and centred, the sphere was
        # ~67 px per unit against the lasso's 137, the w₂ crossing ~27 px).
        # The kept axis's tip in the picture and room right of it for its label (r68: seen
        # from the end where w₂ points right, its tip was cut at the frame's right edge and
        # its label left the frame).
        label = self.axis_labels[k]
        zoom, centre = self.fit_beside(kept, (phi, theta), left=max(
            float(self.star_read.get_right()[0]), float(ridge_read.get_right()[0])),
            right_room=label.width + AXIS_LABEL_GAP + LABEL_ROOM_SLACK)
        self.ridge_fit = (zoom, centre, (phi, theta))
        # The kept axis's label leaves too if the close-up would push it out of the frame.
        camera = self.renderer.camera
        saved_zoom, saved_centre = camera.get_zoom(), camera.frame_center.copy()
        camera.set_zoom(zoom)
        camera._frame_center.move_to(centre)
        label = self.axis_labels[k]
        half = np.array([label.width, label.height]) / 2
        where = self.axis_label_centre(k, half, (phi, theta))
        out = bool(np.any(np.abs(where) + half > [config.frame_width / 2 - FRAME_MARGIN,
                                                  config.frame_height / 2 - FRAME_MARGIN])
                   or where[1] - half[1] < CAPTION_TOP)
        camera.set_zoom(saved_zoom)
        camera._frame_center.move_to(saved_centre)
        return out

    def show_ridge_why(self, ridge_read: MathTex) -> None:
        """Ridge's why, shown: the camera turns to look along the tangent plane at w*; one
        normal, −∇f(w*) on it; then the loss tilted (−∇f swept across the plane wₖ = 0,
        `sphere_sweep`): w* slides with it and sits on wₖ = 0 at one direction only."""
        round_, k = self.round, self.ridge_index()
        length = ARROW_SHARE * round_.radius
        arrows = touch_arrows(round_, length=length)
        # The normal shorter than −∇f along it: both show (r40 draft: the pull hid under it).
        short = RIDGE_NORMAL_SHARE * length
        # Thinner and drawn over −∇f (r43: under it, it was hidden), each named at its tip.
        normal = self.arrow(touch_arrows(round_, length=short).normals[0], NORMAL_COLOR,
                            width=RIDGE_NORMAL_WIDTH)
        pull = self.arrow(arrows.pull, GRADIENT_COLOR)
        # The normal names ridge's w* (r50: a bare w* beside both solutions); −∇f(w*) keeps
        # its short name (with the subscript it ran into ŵ's name in the sweep).
        pull_name = self.arrow_name(SYMBOLS["neg_grad"].tex, arrows.pull, GRADIENT_COLOR)
        normal_name = self.arrow_name(r"\text{normal} \propto " + SOLUTION_TEX["l2"],
                                      arrows.pull, NORMAL_COLOR)
        # r84 (review r83 item 6: it sat on the ellipsoid's grid lines): its box opaque.
        normal_name[0].set_fill(opacity=1.0)
        # The tangent plane at w*, seen edge-on (the view lies in it): a line, as the words
        # name it (r43: only named).
        tangent = self.surface([tangent_patch(round_, half_side=TANGENT_HALF * round_.radius)],
                               ManimColor(BALL_COLORS["l2"]).interpolate(WHITE, NAME_LIGHTEN),
                               0.0, stroke=4.0)
        for part in tangent.family_members_with_points():
            part.shade_in_3d = False
        origin = self.to_screen(np.zeros(3))

        def normal_line(end: np.ndarray) -> DashedLine:
            return DashedLine(origin, self.to_screen(end), stroke_width=3.0, color=NORMAL_COLOR,
                              dash_length=0.12)
        line = normal_line(arrows.pull.end)
        start, far = self.ridge_tilts()
        zoom, centre, (phi, theta) = self.ridge_fit
        camera = self.renderer.camera
        # The camera looks along the tangent plane already (`show_sphere`: turned there before
        # the ellipsoid grew to the sphere, r62): the plane drawn edge-on as it is named, and
        # named on screen (r62: an unlabelled green line).
        ends = self.project(self.to_screen(tangent_patch(round_, half_side=TANGENT_HALF
                                                         * round_.radius)))
        right = ends[int(np.argmax(ends[:, 0]))]
        tangent_name = MathTex(r"\text{tangent plane}", font_size=LABEL_FONT,
                               color=ManimColor(BALL_COLORS["l2"]).interpolate(WHITE, NAME_LIGHTEN))
        tangent_name.set_stroke(BACKGROUND, width=LABEL_OUTLINE, background=True)
        tangent_name.move_to(np.append(right + np.array([tangent_name.width / 2 + NAME_GAP,
                                                         0.0]), 0.0))
        self.add_fixed_in_frame_mobjects(tangent_name)
        self.remove(tangent_name)
        self.tangent_name = tangent_name
        # The plane wₖ = 0 (edge-on: a line) and its name, off the arrows' side: the view's
        # vertical, named from the start (r68: the ridge view's vertical had no name).
        # Beyond the sphere (a wider circle in the same plane, edge-on: a longer line).
        section = sphere_section(PLANE_REACH * round_.radius, index=k)
        plane = VGroup(*(Line(self.to_screen(a), self.to_screen(b), stroke_width=4,
                              color=PLANE_COLOR) for a, b in zip(section[:-1], section[1:])))
        ends = self.project(self.to_screen(section))
        low = int(np.argmin(ends[:, 1]))
        plane_name = MathTex(f"w_{k + 1} = 0", font_size=LABEL_FONT, color=PLANE_COLOR)
        # Beside the line's lower end, on the side away from the w* it slides past.
        plane_name.move_to(np.append(ends[low] + np.array([plane_name.width / 2 + 0.15,
                                                           plane_name.height / 2]), 0.0))
        plane_name.set_y(max(plane_name.get_y(), CAPTION_TOP + FRAME_MARGIN + plane_name.height / 2))
        self.add_fixed_in_frame_mobjects(plane_name)
        self.remove(plane_name)
        # r84 (review r83 item 4: the view's vertical never named, as the lasso's is): the
        # plane's line runs along m, w*'s direction with its entry k dropped (`sphere_sweep`
        # at angle 0, in the picture at full length), named as a coordinate like the lasso's
        # (w₁+w₃)/√2, left of the line's lower half and of the sphere (the plane's name is
        # right of the line's end, lower: not one row with it), "↑" where the line stands
        # upright on screen.
        along = sphere_sweep(round_, index=k, angles=[0.0])[0][0]
        terms = ""
        for i in range(3):
            if i != k and along[i] != 0.0:
                value = number(abs(float(along[i]))).tex
                terms += ("-" if along[i] < 0.0 else ("+" if terms else "")) + rf"{value}\,w_{i + 1}"
        mid, top = self.project(self.to_screen(np.array([np.zeros(3), along])))
        upright = abs(float(top[0] - mid[0])) < 0.1 * abs(float(top[1] - mid[1]))
        up_name = MathTex((r"\uparrow\ " if upright else "") + terms, font_size=LABEL_FONT,
                          color=TEXT_COLOR)
        up_name.set_stroke(BACKGROUND, width=LABEL_OUTLINE, background=True)
        # Left of the line's lower half, just clear of the sphere's outline (r84 draft: by
        # the line it ran over the sphere).
        ball = outline(self.project(self.to_screen(sphere_grid(
            round_.radius, u_samples=SPHERE_U + 1, v_samples=SPHERE_V + 1).reshape(-1, 3))))
        self.pin_left_of(up_name, 0.5 * (mid + ends[low]), ball)
        words = RIDGE_VIEW_WORDS
        with self.cue(words, star=point(round_.point)) as cue:
            cue.play(Create(tangent), FadeIn(tangent_name), FadeIn(plane), FadeIn(plane_name),
                     FadeIn(up_name), until="turn")
            # Drawn first of the flat shapes: behind w*'s dot and the arrows (r43: over them).
            self.bring_to_back(plane)
            # Placed now, for this view (fixed in the frame).
            tip = touch_arrows(round_, length=short).normals[0]
            pull_name.move_to(self.name_spot(pull_name, arrows.pull))
            self.off_hat(pull_name)
            normal_name.move_to(self.side_spot(normal_name, tip, k))
            # w* (marked as it touched, `show_sphere`) named in the words and the readout.
            cue.play(FadeIn(ridge_read), Indicate(self.star, scale_factor=1.4,
                                                  color=SOLUTION_COLOR),
                     run_time=max(cue.until("dot"), 0.8))
            # The normal grows, then what the words name is lit in turn (r45: a 5.7 s still
            # after it grew): the normal, then w* itself ("along w* itself").
            cue.play(GrowFromPoint(normal, self.to_screen(round_.point)), FadeIn(normal_name),
                     run_time=1.2)
            # The arrow and the name's text (not its dark box: lit, it hid the name).
            cue.play(Indicate(VGroup(normal, normal_name[-1]), color=TEXT_COLOR,
                              scale_factor=1.1),
                     run_time=max(cue.until("itself"), 0.8))
            # "along w* itself": the line through 0 and w* drawn as it is said (r52: a 4 s
            # still here; r51: only said), dashed out to where −∇f's tip will be.
            cue.play(Indicate(self.star, scale_factor=1.6, color=SOLUTION_COLOR),
                     Create(line), run_time=max(cue.until("normal"), 0.8))
            # −∇f under its own words (r43: drawn before them, then a still frame), on it.
            cue.play(GrowFromPoint(pull, self.to_screen(round_.point)), FadeIn(pull_name),
                     at="from", run_time=max(cue.until("pull"), 1.0))
            self.bring_to_front(normal)
        tilt = ValueTracker(start)
        star, hat, shell = self.star, self.hat, self.shell
        # ŵ moves with the loss, unnamed (r52: its name's box met −∇f(w*)'s all the sweep).
        # Ridge's w* live in the readout as it slides: the entries give way to numbers
        # that follow it (the same digits at the start and the end: no jump).
        entries = [ridge_read[1 + 2 * i] for i in range(3)]
        live = [DecimalNumber(float(x), num_decimal_places=3, font_size=READOUT_FONT,
                              color=e[0].get_fill_color()).move_to(e, aligned_edge=RIGHT)
                for x, e in zip(round_.point, entries)]
        camera.add_fixed_in_frame_mobjects(*live)
        separators = [ridge_read[2 + 2 * i] for i in range(3)]  # ",\ ", ",\ ", ")"
        gaps = [float(e.get_left()[0] - ridge_read[2 * i].get_right()[0])
                for i, e in enumerate(entries)]
        afters = [float(sep.get_left()[0] - e.get_right()[0])
                  for e, sep in zip(entries, separators)]

        def follow(_: Any) -> None:
            # The loss moved (the same H and level, ŵ moved: `pulled_losses`) so that its
            # pull at the swept point is along u: that point is the moved loss's ridge w*,
            # its ellipsoid through it, every number on screen the moved loss's.
            u, p = sphere_sweep(round_, index=k, angles=[tilt.get_value()])
            centre, c_level = self.sweep_loss(p[0], u[0], round_.level)
            star.move_to(self.to_screen(p[0]))
            hat.move_to(self.to_screen(centre))
            self.move_shell(shell, self.moved_faces(centre, c_level))
            normal.become(self.arrow(arrow_along(p[0], u[0], length=short), NORMAL_COLOR,
                                     width=RIDGE_NORMAL_WIDTH))
            turned = arrow_along(p[0], u[0], length=length)
            pull.become(self.arrow(turned, GRADIENT_COLOR))
            line.become(normal_line(turned.end))
            pull_name.move_to(self.name_spot(pull_name, turned))
            self.off_hat(pull_name)
            normal_name.move_to(self.side_spot(normal_name,
                                               arrow_along(p[0], u[0], length=short), k))
            # The live row laid out as the static one (r45: right-aligned, a minus ate the
            # space after its comma): each number its gap after what precedes it, then its
            # separator, so a sign widens the row and every gap stays.
            # A positive entry sits exactly where the static one does (its right edge); a
            # negative one is wider by its sign only.
            x = float(ridge_read[0].get_right()[0])
            for d, e, value, sep, gap, after in zip(live, entries, p[0], separators, gaps, afters):
                d.set_value(float(value) + 0.0)
                camera.add_fixed_in_frame_mobjects(d)  # set_value builds new digits
                right = x + gap + e.width + (max(d.width - e.width, 0.0) if value < 0.0 else 0.0)
                d.move_to(np.array([right - d.width / 2, e.get_y(), 0.0]))
                x = right
                sep.move_to(np.array([x + after + sep.width / 2, sep.get_y(), 0.0]))
                x = float(sep.get_right()[0])
        # w*'s path so far: the arc of ridge's w* over the tilts passed (`sphere_sweep`),
        # drawn behind the dot (r56: only the numbers showed it crossing w₂ = 0).
        passed = [start, start]
        trail = VGroup(*(Line(ORIGIN, RIGHT, stroke_width=TRAIL_WIDTH, color=SOLUTION_COLOR)
                         .set_stroke(opacity=TRAIL_OPACITY) for _ in range(TRAIL_SAMPLES - 1)))
        for part in trail:
            part.shade_in_3d = False

        def draw_trail(m: VGroup) -> None:
            passed[0] = min(passed[0], tilt.get_value())
            passed[1] = max(passed[1], tilt.get_value())
            arc = self.to_screen(sphere_sweep(round_, index=k, angles=np.linspace(
                passed[0], passed[1], TRAIL_SAMPLES))[1])
            for piece, a, b in zip(m, arc[:-1], arc[1:]):
                piece.set_points_as_corners([a, b])
        draw_trail(trail)

        def still(_: Any) -> None:
            """No motion of its own: `follow` moves it."""
        # From the sweep on, ridge's readout is the moved loss's (r60: at the end it stood
        # beside the lasso's w* for the first loss, read as one loss): tagged under it.
        moved_tag = MathTex(r"\text{(ridge, for the moved loss)}", font_size=TAG_FONT,
                            color=TEXT_COLOR)
        moved_tag.set_stroke(BACKGROUND, width=LABEL_OUTLINE, background=True)
        moved_tag.next_to(ridge_read, DOWN, aligned_edge=LEFT, buff=READOUT_GAP)
        self.add_fixed_in_frame_mobjects(moved_tag)
        self.remove(moved_tag)
        wedge = k in self.touch.zero_indices
        with self.cue(RIDGE_SWEEP_WORDS + (RIDGE_WEDGE_WORDS if wedge else ""),
                      zeros=zeros_phrase((k,)), plane=Phrase(
                          text=f"w{SUBSCRIPTS[k + 1]} = 0", spoken=f"w-{k + 1} equals 0"),
                      shape=CONE_SHAPES.get(len(self.touch.cone_generators), "cone"),
                      settle=END_HOLD_SECONDS) as cue:
            cue.play(FadeOut(tangent), FadeOut(self.tangent_name), run_time=0.8)
            cue.wait_until("sweep")
            self.play(FadeIn(moved_tag), run_time=0.4)
            self.remove(*entries)
            self.add(*live)
            # Everything the loss's move changes is a moving mobject (an updater each): a
            # static one is painted once into the play's background and stood there as a
            # ghost of the first loss (r42 draft).
            self.pool_shell(shell)
            moved = [star, hat, normal, pull, line, pull_name, normal_name, *live, *separators]
            for m in moved:
                m.add_updater(still)
            shell.add_updater(follow)
            # Across the plane: w* passes through wₖ = 0 and straight out again, leaving its
            # trail; the plane's line flashes as the dot crosses it.
            self.add(trail)
            trail.add_updater(draw_trail)
            seconds = max(cue.until("exact") - RIDGE_STOP_SECONDS, RIDGE_SWEEP_SECONDS / 2)
            first = seconds * abs(start) / (abs(start) + abs(far))
            # Slowing into the plane, the readout's wₖ = 0.000 and the plane lit there, then
            # out again (r58: it crossed in under 1 s, unmarked).
            cue.play(tilt.animate.set_value(0.0), run_time=first,
                     rate_func=rate_functions.ease_in_out_sine)
            shell.remove_updater(follow)  # still at the plane: the entry's digits kept
            cue.play(Indicate(live[k], color=NORMAL_COLOR, scale_factor=ENTRY_FLASH),
                     Indicate(plane, color=NORMAL_COLOR, scale_factor=1.0),
                     Indicate(plane_name, color=NORMAL_COLOR, scale_factor=1.2),
                     run_time=CROSS_FLASH_SECONDS)
            shell.add_updater(follow)
            cue.play(tilt.animate.set_value(-far), run_time=seconds - first,
                     rate_func=rate_functions.ease_in_out_sine)
            # Back to the one loss whose w* has wₖ* = 0 (`sphere_sweep` at angle 0: its −∇f
            # in the plane), held as the words name it (r43: never held), −∇f and the
            # plane lit together, and kept there to the end: the summary's ridge picture is
            # the one direction (r58: it went back to the first loss unsaid, and the last
            # picture showed −∇f off the line beside "ridge: one line").
            cue.play(tilt.animate.set_value(0.0), run_time=RIDGE_STOP_SECONDS,
                     rate_func=rate_functions.ease_out_sine)
            shell.remove_updater(follow)
            # r84 (review r83 item 12: w*'s trail left a red stub by the dot, unexplained):
            # the path goes once w* is back on the plane.
            trail.clear_updaters()
            cue.play(Indicate(pull, color=PLANE_COLOR, scale_factor=1.0),
                     Indicate(plane, color=GRADIENT_COLOR, scale_factor=1.0), FadeOut(trail),
                     run_time=RIDGE_HOLD_SECONDS)
            for m in moved:
                m.remove_updater(still)
            follow(shell)
            self.trim_shell(shell)
            # The lasso's 0 above, lit again: the two answers compared, each picture titled
            # (r51: the wedge was only said over ridge's picture). r56: it flashed by (in at
            # the words' end, 0.8 s held): in at once, with the live numbers lit, then held.
            shown = []
            if wedge and hasattr(self, "lasso_inset"):
                ridge_title = MathTex(r"\text{ridge: one line}", font_size=LABEL_FONT,
                                      color=ManimColor(BALL_COLORS["l2"]).interpolate(
                                          WHITE, REGION_LIGHTEN["l2"]))
                # r84 (review r83 item 7: beside the w₂ = 0 line it read as "the line is
                # w₂ = 0"): beside the line of the one allowed −∇f(w*), where the normal's
                # name stood (it gives way: no more text), on its dark box.
                ridge_title = VGroup(BackgroundRectangle(ridge_title, color=BACKGROUND,
                                                         fill_opacity=1.0, buff=0.05), ridge_title)
                ridge_title.move_to(normal_name, aligned_edge=LEFT)
                self.add_fixed_in_frame_mobjects(ridge_title)
                self.remove(ridge_title)
                shown = [FadeIn(self.lasso_inset), FadeOut(normal_name), FadeIn(ridge_title)]
            # At the loss with wₖ* = 0: the live numbers are its readout,
            # kept and lit in colour only (r48: crossfaded to the static entries, the two
            # sets of glyphs overlapped, garbled; r45: scaled up, they overlapped commas).
            if wedge:
                cue.wait_until("lasso")
            # r62: each picture comes as the words name it (the lasso's wedge, then ridge's
            # one line), not both at once over an 8 s still.
            cue.play(*shown[:1], *(Indicate(d, color=TEXT_COLOR, scale_factor=1.0) for d in live),
                     Indicate(self.star_read[1 + 2 * self.touch.zero_indices[0]],
                              color=NORMAL_COLOR, scale_factor=1.3)
                     if self.touch.zero_indices else Indicate(self.star),
                     run_time=max(cue.until("ridge") if wedge else 0.0, ZERO_FLASH_SECONDS))
            # r83 (review r72 item 4: complete 2 s before the end): ridge's title in at once,
            # then its line lit to the words' end.
            if shown[1:]:
                cue.play(*shown[1:], run_time=0.6)
            cue.play(Indicate(line, color=TEXT_COLOR, scale_factor=1.0),
                     Indicate(pull, color=PLANE_COLOR, scale_factor=1.0),
                     run_time=max(cue.remaining, 1.0))

    def fit_beside(self, kept: np.ndarray, view: tuple[float, float], left: float,
                   most: float = CONE_ZOOM, right_room: float = 0.0
                   ) -> tuple[float, np.ndarray]:
        """The zoom (at most ``most``) and frame centre that show the scene points ``kept``
        as large as fits in the box right of ``left`` (frame x) and ``right_room`` inside
        the frame's right edge, above the caption strip,
        `FRAME_MARGIN` inside the frame, centred in it, at ``view``. The frame centre moves
        along the screen's right and up (twice: the slight perspective)."""
        camera = self.renderer.camera
        centre = 0.5 * (kept.min(axis=0) + kept.max(axis=0))
        saved_zoom, saved_centre = camera.get_zoom(), camera.frame_center.copy()
        low = np.array([left + FRAME_MARGIN, CAPTION_TOP + FRAME_MARGIN])
        high = np.array([config.frame_width / 2 - right_room, config.frame_height / 2]) \
            - FRAME_MARGIN
        zoom = most
        for _ in range(CONE_FIT_PASSES):
            camera.set_zoom(1.0)
            camera._frame_center.move_to(centre)
            on = self.project(kept, view)
            extent = np.maximum(on.max(axis=0) - on.min(axis=0), 1e-9)
            zoom = float(min(most, *((high - low) / extent)))
            # The screen shift (at zoom 1) that puts the middle of the points in the box's.
            shift = 0.5 * (on.min(axis=0) + on.max(axis=0)) - 0.5 * (low + high) / zoom
            centre = centre + shift[0] * self.screen_right(view) + shift[1] * self.screen_up(view)
        camera.set_zoom(saved_zoom)
        camera._frame_center.move_to(saved_centre)
        return zoom, centre

    def screen_right(self, view: tuple[float, float]) -> np.ndarray:
        """The scene direction the camera shows as straight right at ``view`` = (φ, θ)."""
        return self.screen_axes(view)[0]

    def turn_angle(self) -> float:
        """The camera's azimuth after the turn: of ±`TURN`, the one farther from ŵ's azimuth
        (turning towards ŵ would put the ellipsoid between the camera and the touch)."""
        azimuth = float(np.arctan2(self.loss.center[1], self.loss.center[0]))

        def apart(theta: float) -> float:
            return abs(float(np.angle(np.exp(1j * (theta - azimuth)))))
        return max(CAMERA_THETA - TURN, CAMERA_THETA + TURN, key=apart)
