"""LagrangeHike draws what regmath says and says what is true.

The scene runs in full (dry run, no video). Its mobjects are read back through
the map's axes and compared with `regmath.lagrange`; its captions and on-screen
TeX are checked against the facts for the data (`tests.claims_lagrange`); and
it is watched as a viewer would: nothing jumps, nothing enters the caption
strip, every motion plays under words, and the hiker is first seen where it
stands, at the path's left end.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import DL, UR

from regmath.framing import clip_polyline
from regmath.lagrange import (
    TOP_VIEW,
    gradient_arrows,
    hill_contour,
    lift,
    path_top,
    point_on_curve,
    project,
    shifted_arrow,
)
from scenes.lagrange import ARROW_GAP_SHARE, ARROW_SHARE, LagrangeHike
from tests.claims import true_claims
from tests.claims_lagrange import SCREEN_RULES, facts_for, rules_for
from tests.scene_helpers import (RECORDING_FRAME_RATE, Recorder, anchors, coords, dry_run,
                                 viewer_problems)

COORD_ATOL = 1e-9


class RecordedHike(Recorder, LagrangeHike):
    """The default hike, recording where the hiker is first seen."""

    def walk(self) -> None:
        self.first_seen = None
        super().walk()

    def update_to_time(self, t: float) -> None:
        super().update_to_time(t)
        hiker = getattr(self, "hiker", None)
        if (hiker is not None and getattr(self, "first_seen", 0) is None and hiker in self.mobjects
                and hiker.get_stroke_opacity() > 0.05):  # a ring: stroke only
            self.first_seen = hiker.get_center().copy()


class ThroughPeak(Recorder, LagrangeHike):
    """A straight path through the peak: the top is the peak, ∇f = 0, λ = 0."""

    path_parameters = (0.0, 1.0, 0.0, 0.9)


class Above(Recorder, LagrangeHike):
    """The path above the mountain: λ < 0."""

    path_parameters = (0.6, 1.2, 1.0, 2.7)


class Wiggly(Recorder, LagrangeHike):
    """A path with several tops: labels stay by their arrows."""

    path_parameters = (0.5, 3.0, 0.0, -0.3)


NAMES = ("RecordedHike", "ThroughPeak", "Above", "Wiggly")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = Path(tmp_path_factory.mktemp("lagrange"))
    return {cls.__name__: dry_run(cls, tmp, frame_rate=RECORDING_FRAME_RATE)
            for cls in (RecordedHike, ThroughPeak, Above, Wiggly)}


@pytest.mark.parametrize("name", NAMES)
def test_the_top_is_the_lagrange_point_and_is_drawn_there(rendered, name: str) -> None:
    scene = rendered[name]
    top = path_top(scene.mountain, scene.path, scene.curve)
    np.testing.assert_allclose(top.point, scene.top.point, atol=1e-12)
    np.testing.assert_allclose(coords(scene.map, scene.hiker.get_center())[0], top.point,
                               atol=COORD_ATOL)
    # The hiker's path: every traced point on h = 0; the drawn path is the traced one.
    assert np.max(np.abs(scene.path.value(scene.curve.points))) <= 1e-12
    np.testing.assert_allclose(coords(scene.map, anchors(scene.trail)), scene.curve.points[:-1],
                               atol=COORD_ATOL)
    # The contour through the hiker at the top: the level set through the top (none at the peak).
    contour = hill_contour(scene.mountain, top.value)
    if len(contour) > 1:
        expected = np.concatenate(clip_polyline(contour, scene.view))
        drawn = coords(scene.map, scene.contour.points[::4])
        np.testing.assert_allclose(drawn, expected[:-1][: len(drawn)], atol=COORD_ATOL)
    else:
        assert len(scene.contour.points) == 0


@pytest.mark.parametrize("name", ["RecordedHike", "Above", "Wiggly"])
def test_gradient_arrows_are_drawn_to_one_scale(rendered, name: str) -> None:
    scene = rendered[name]
    top = scene.top
    length = ARROW_SHARE * max(scene.view.width, scene.view.height)
    arrows = gradient_arrows(top, length=length)
    # Pointing one way (λ > 0) they are drawn side by side: each moved sideways by the gap.
    drawn = (arrows.f, arrows.h)
    if top.multiplier > 0.0:
        gap = ARROW_GAP_SHARE * max(scene.view.width, scene.view.height)
        drawn = (shifted_arrow(*arrows.f, gap), shifted_arrow(*arrows.h, -gap))
        np.testing.assert_allclose(drawn[0][0] - arrows.f[0], arrows.h[0] - drawn[1][0],
                                   atol=1e-12)
    for arrow, (start, end) in zip((scene.grad_f, scene.grad_h), drawn):
        np.testing.assert_allclose(coords(scene.map, arrow.get_start())[0], start, atol=COORD_ATOL)
        np.testing.assert_allclose(coords(scene.map, arrow.tip.tip_point)[0], end, atol=COORD_ATOL)
    f_length = np.linalg.norm(arrows.f[1] - arrows.f[0])
    h_length = np.linalg.norm(arrows.h[1] - arrows.h[0])
    # Parallel (∇f = λ∇h), and either to one scale or, when |λ| is far from 1, directions only.
    (fx, fy), (hx, hy) = arrows.f[1] - arrows.f[0], arrows.h[1] - arrows.h[0]
    cross = fx * hy - fy * hx
    assert abs(cross) <= 1e-12 * f_length * h_length
    if arrows.true_lengths:
        assert f_length / h_length == pytest.approx(abs(top.multiplier), rel=1e-12)
    else:
        assert name == "Above" and (h_length, f_length) == pytest.approx((length, length / 2))


def test_the_peak_path_has_no_gradient_of_f(rendered) -> None:
    scene = rendered["ThroughPeak"]
    assert scene.top.multiplier == 0.0 and scene.grad_f is None
    np.testing.assert_array_equal(scene.top.point, np.asarray(scene.peak))


def test_the_3d_view_ends_exactly_on_the_map(rendered) -> None:
    scene = rendered["RecordedHike"]
    assert scene.camera() == TOP_VIEW
    for ring, level in zip(scene.rings, scene.levels):
        expected = hill_contour(scene.mountain, level)
        np.testing.assert_allclose(coords(scene.map, anchors(ring)), expected[:-1], atol=COORD_ATOL)
    lifted = lift(scene.mountain, scene.curve.points, scale=scene.relief)
    np.testing.assert_array_equal(project(lifted, TOP_VIEW, box=scene.view, top=scene.peak_z),
                                  scene.curve.points)


def test_the_hiker_is_first_seen_at_the_left_end_and_walks_right(rendered) -> None:
    scene = rendered["RecordedHike"]
    start = point_on_curve(scene.path, scene.curve, 0.0)
    np.testing.assert_allclose(coords(scene.map, scene.first_seen)[0], start, atol=COORD_ATOL)
    assert scene.curve.points[0, 0] < scene.curve.points[-1, 0]


@pytest.mark.parametrize("name", NAMES)
def test_every_claim_is_true_for_the_data(rendered, name: str) -> None:
    scene = rendered[name]
    facts = facts_for(scene)
    words, screen = true_claims(scene, rules_for(scene), SCREEN_RULES, facts)
    assert len(words.claims) >= 8 and len(screen.claims) >= 1


def test_the_default_says_the_equality_and_the_inequality(rendered) -> None:
    captions = " ".join(r.words.caption for r in rendered["RecordedHike"].narration_log)
    assert "∇g" not in captions and "g(x, y)" not in captions
    assert "λ may have either sign" in captions and "equality constraint" in captions
    # (Round r86, review r84 item 2: the ball's h written, g its gradient, and why we hike.)
    assert "g = ∇h(w*) = w*/‖w*‖₂ = w*/t, the ball's outward unit normal" in captions
    assert "minimized on the ball h(w) = ‖w‖₂ − t ≤ 0" in captions
    assert captions.startswith("Lagrange multipliers and KKT, behind ridge and the lasso, "
                               "on a hike")
    assert "μt·g = λg: μ = λ/t" in captions
    assert "climbing −f: −∇f(w*) = λg, λ a new multiplier, not the hike's 0.605" in captions
    # (Round r84, review r83 item 4: f's meaning said in half a caption, no X or b values.)
    assert "‖w‖ ≤" not in captions and "becomes a loss f" in captions \
        and "least squares' loss for inputs X, targets b, up to a constant, H = XᵀX" in captions
    assert "Minimizing f is climbing −f" in captions
    assert "λ ≥ 0: if −∇f(w*) pointed" in captions and "smooth" in captions
    assert "Lagrange multiplier" in captions and "∇e · γ′(s) = 0" in captions
    assert "the diamond ‖w‖₁ ≤ t and its corners" in captions and captions.count("Next") == 1
    # The dichotomy said in words (review r75 item 5), no Unicode subscript "ᵢₙ" (item 9).
    assert "either λ = 0, or w* is on the edge: λ(‖w*‖₂ − t) = 0" in captions \
        and "ᵢₙ" not in captions and "Ridge adds" in captions
    # The libraries' names for μ cut (review r87b item 1: one multiplier name too many); the
    # diamond's corners left to the ending's "Next" (review r76 item 1: an aside squeezed into
    # the ridge argument), the ball's lack of them said just before it (review r81 item 6).
    assert "libraries" not in captions and "penalty strength μ" in captions \
        and "2λ where" not in captions and captions.count("diamond") == 1
    assert captions.index("The ball has no corners: a weight of w* is 0 only by coincidence; "
                          "here both are non-zero") \
        < captions.index("Next: the diamond")
    # Why ∇h is normal too, said (review r80 item 3).
    assert "h = 0 all along γ, so ∇h · γ′ = 0" in captions
    # The tangency comes before the equation it explains, the equation before its sign.
    order = [captions.index(words) for words in (
        "the touching contour is tangent to its edge", ": −∇f(w*) = λg", "λ ≥ 0: if")]
    assert order == sorted(order)
    assert "rule is the same" not in captions


@pytest.mark.parametrize("name", NAMES)
def test_no_template_braces_reach_the_captions(rendered, name: str) -> None:
    for record in rendered[name].narration_log:
        assert "{" not in record.words.caption and "}" not in record.words.caption
        assert "{" not in record.words.spoken and "}" not in record.words.spoken


@pytest.mark.parametrize("name", NAMES)
def test_a_viewer_sees_no_jump_no_silent_motion_and_a_clear_caption_strip(rendered, name) -> None:
    problems = viewer_problems(rendered[name])
    assert all(not found for found in problems.values()), \
        {kind: found for kind, found in problems.items() if found}


def test_every_beat_is_a_section(rendered) -> None:
    for scene in rendered.values():
        assert scene.beats == ["mountain", "map", "walk", "gradients", "sign", "bridge"]
        assert {record.section for record in scene.narration_log} == set(scene.beats)


@pytest.mark.parametrize("name", NAMES)
def test_tick_numbers_cover_neither_the_path_nor_the_touching_contour(rendered, name) -> None:
    scene = rendered[name]
    curves = [scene.curve.points]
    contour = hill_contour(scene.mountain, scene.top.value, samples=513)
    if len(contour) > 1:
        curves += clip_polyline(contour, scene.view)
    dense = []
    for curve in curves:
        t = np.linspace(0.0, 1.0, 20)[:, None, None]
        dense.append((curve[:-1] + t * (curve[1:] - curve[:-1])).reshape(-1, 2))
    points = np.array(scene.map.coords_to_point(*np.concatenate(dense).T)).T[:, :2]
    for number in [*scene.map.x_axis.numbers, *scene.map.y_axis.numbers]:
        low, high = number.get_corner(DL)[:2], number.get_corner(UR)[:2]
        assert not np.any(np.all((points >= low) & (points <= high), axis=1)), name


def test_gradient_labels_sit_by_their_own_arrows(rendered) -> None:
    """Each arrow's tip is nearer to its own label than to the other arrow's label, and no
    label covers its own arrowhead."""
    for name in ("RecordedHike", "Above", "Wiggly"):
        scene = rendered[name]
        pairs = ((scene.f_label, scene.grad_f), (scene.h_label, scene.grad_h))
        for (label, arrow), (other, _) in zip(pairs, pairs[::-1]):
            tip = arrow.get_end()
            assert np.linalg.norm(label.get_center() - tip) < np.linalg.norm(
                other.get_center() - tip), name
            low, high = label.get_corner(DL), label.get_corner(UR)
            assert not np.all((tip[:2] >= low[:2]) & (tip[:2] <= high[:2])), name


def test_the_bridge_example_is_what_the_words_say(rendered) -> None:
    """The fixed example of the bridge: ŵ outside the circle, so λ > 0 and −∇f(w*) = λg
    points outward; its arrows are drawn from w* along −∇f(w*) and g; the diamond's w* is
    a corner (one weight exactly 0)."""
    from regmath import Quadratic, constrained
    from scenes.lagrange import PREVIEW_CENTER, PREVIEW_HESSIAN, PREVIEW_RADIUS
    loss = Quadratic(center=PREVIEW_CENTER, hessian=PREVIEW_HESSIAN)
    l2 = constrained(loss, norm="l2", radius=PREVIEW_RADIUS)
    l1 = constrained(loss, norm="l1", radius=PREVIEW_RADIUS)
    assert l2.active and l2.multiplier > 0 and np.dot(-l2.gradient, l2.point) > 0
    # "As ŵ is outside the ball": ‖ŵ‖ > t.
    assert np.linalg.norm(PREVIEW_CENTER) > PREVIEW_RADIUS
    # "g = ∇‖w‖₂ at w*: w*/‖w*‖₂, the outward unit normal" (on screen and in the words).
    np.testing.assert_allclose(l2.normal, l2.point / np.linalg.norm(l2.point), atol=1e-12)
    np.testing.assert_allclose(-l2.gradient, l2.multiplier * l2.normal, atol=1e-9)
    assert np.count_nonzero(l1.point == 0.0) == 1
    scene = rendered["RecordedHike"]
    parts = scene.preview
    assert len(parts) >= 10
    # The ghost of ŵ inside the ball ("if ŵ were inside") is inside it.
    from scenes.lagrange import INSIDE_SHARE
    assert np.linalg.norm(scene.inside_point) < PREVIEW_RADIUS
    np.testing.assert_allclose(scene.inside_point, INSIDE_SHARE * np.array(PREVIEW_CENTER))


def test_the_touching_contour_is_grown_from_the_centre_to_the_touch(rendered) -> None:
    """The bridge's contour of f, grown from ŵ, ends at the touching level f(w*): read back
    through the picture's axes, every drawn point has f = f(w*) (computed here from
    ½(w − ŵ)ᵀH(w − ŵ)), and none lies inside the ball (the first contact is w*)."""
    scene = rendered["RecordedHike"]
    axes, loss, solution, view = scene.bridge_geometry
    points = coords(axes, anchors(scene.touching_contour))
    d = points - np.asarray(loss.center)
    values = 0.5 * np.einsum("ki,ij,kj->k", d, np.asarray(loss.hessian), d)
    np.testing.assert_allclose(values, solution.level, rtol=1e-6)
    assert np.min(np.linalg.norm(points, axis=1)) >= np.linalg.norm(solution.point) - 1e-6


def test_the_ridge_contours_land_centred_on_w_star(rendered) -> None:
    """The contours that slide as μ grows end as level sets of f(w) + (μ/2)‖w‖₂² at
    μ = λ/t (computed here from H + μI and its minimum, the constrained w*)."""
    scene = rendered["RecordedHike"]
    axes, loss, solution, view = scene.bridge_geometry
    mu = solution.multiplier / solution.radius
    hessian = np.asarray(loss.hessian) + mu * np.eye(2)
    for ring, level in zip(scene.ridge_rings, scene.ridge_levels):
        points = coords(axes, anchors(ring))
        assert len(points)
        d = points - np.asarray(solution.point)
        values = 0.5 * np.einsum("ki,ij,kj->k", d, hessian, d)
        np.testing.assert_allclose(values, level, rtol=1e-6)
    np.testing.assert_allclose(coords(axes, scene.ridge_bottom.get_center()[None, :])[0],
                               solution.point, atol=1e-6)


def test_the_top_inset_opens_as_the_touch_is_named(rendered) -> None:
    """The magnified top is there from the walk (it opens as "only touches" is said), and
    its ∇h is drawn from the top (it flips there with the map's)."""
    scene = rendered["RecordedHike"]
    assert scene.top_zoom and "frame" in scene.top_zoom
    start, end = np.asarray(scene.top_zoom_h)
    along = (end - start) / np.linalg.norm(end - start)
    normal = np.asarray(scene.top.gradient_h) / np.linalg.norm(scene.top.gradient_h)
    np.testing.assert_allclose(along, normal, atol=1e-9)


def test_inset_labels_stay_inside_their_insets(rendered) -> None:
    """A label across an inset's frame reads as struck through."""
    scene = rendered["RecordedHike"]
    for zoom, keys in ((scene.top_zoom, ("f_label", "h_label", "neg_label")),
                       (scene.bridge_zoom, ("minus_f_label", "g_label", "ghost_label",
                                            "step_label"))):
        low, high = zoom["frame"].get_corner(DL), zoom["frame"].get_corner(UR)
        for key in keys:
            label = zoom[key]
            assert np.all(label.get_corner(DL)[:2] >= low[:2]), key
            assert np.all(label.get_corner(UR)[:2] <= high[:2]), key
