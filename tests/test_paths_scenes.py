"""ShrinkagePaths and PenaltyEqualsConstraint draw what regmath says and say what is true.

Each scene runs in full (dry run, no video); its mobjects are read back through
the axes and compared with `regmath`; its captions and on-screen TeX are
checked against regmath's facts (`tests.claims_paths`); and it is watched as
a viewer would (`viewer_problems`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import MathTex

from regmath import constrained, lasso_path, penalized, ridge_path
from regmath.drawing import ball_outline, level_set
from regmath.framing import clip_polyline
from regmath.paths import knot_events, segment_line
from scenes.paths import PenaltyEqualsConstraint, ShrinkagePaths
from tests.claims import true_claims
from tests.claims_paths import LIVE, SCREEN_RULES, facts_for, rules_for
from scenes.toolkit.reveal import Reveal
from tests.scene_helpers import (RECORDING_FRAME_RATE, Recorder, _visible_box, anchors, coords,
                                 dry_run, viewer_problems)

COORD_ATOL = 1e-9


class RevealRecorder(Recorder):
    """Records each Reveal of a mobject already visible on screen as it starts: the fade
    from transparent makes it vanish and come back (a blink a reviewer saw twice)."""

    def play(self, *args, **kwargs) -> None:
        shown = {id(m) for top in self.mobjects for m in top.get_family()}
        blinks = self.__dict__.setdefault("blinks", [])
        for animation in args:
            if isinstance(animation, Reveal) and id(animation.mobject) in shown \
                    and _visible_box(animation.mobject) is not None:
                blinks.append((float(self.renderer.time), type(animation.mobject).__name__))
        super().play(*args, **kwargs)


class Shrink(RevealRecorder, ShrinkagePaths):
    live_claims = LIVE


class Penalty(Recorder, PenaltyEqualsConstraint):
    live_claims = LIVE


class ShrinkW2First(Recorder, ShrinkagePaths):
    """The issue's case: w₂ leaves first."""

    live_claims = LIVE

    center = (2.5, 0.4)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = Path(tmp_path_factory.mktemp("paths"))
    return {cls.__name__: dry_run(cls, tmp, frame_rate=RECORDING_FRAME_RATE)
            for cls in (Shrink, Penalty, ShrinkW2First)}


def test_traces_dots_and_knots_follow_the_exact_paths(rendered) -> None:
    scene = rendered["Shrink"]
    lam = scene.strength.get_value()
    assert lam == scene.strengths[-1]
    lasso_plane, ridge_plane = scene.lasso_traces[0], scene.ridge_traces[0]
    np.testing.assert_allclose(coords(scene.plane, anchors(lasso_plane))[:len(scene.strengths)],
                               scene.paths.lasso, atol=COORD_ATOL)
    np.testing.assert_allclose(coords(scene.plane, anchors(ridge_plane))[:len(scene.strengths)],
                               ridge_path(scene.loss, scene.strengths), atol=COORD_ATOL)
    # The plane's dots sit on the exact solutions at the cursor's λ.
    np.testing.assert_allclose(coords(scene.plane, scene.lasso_dots[0].get_center())[0],
                               lasso_path(scene.loss).at(lam), atol=COORD_ATOL)
    np.testing.assert_allclose(coords(scene.plane, scene.ridge_dots[0].get_center())[0],
                               penalized(scene.loss, norm="l2", strength=lam).point, atol=1e-9)
    # The coefficient plots' traces are (λ, wᵢ(λ)) exactly.
    for i, plot in enumerate(scene.plots):
        drawn = np.array([plot.p2c(p) for p in anchors(scene.lasso_traces[1 + i])])
        np.testing.assert_allclose(drawn[:len(scene.strengths), 1], scene.paths.lasso[:, i],
                                   atol=1e-9)
    # One cursor through both plots: the plots share their λ scale.
    top, bottom = scene.plots
    np.testing.assert_allclose(top.c2p(lam, 0)[0], bottom.c2p(lam, 0)[0], atol=1e-9)
    # (In pieces: gaps where it would cross a row of λ tick numbers, review r30.)
    assert len(scene.cursor) >= 1
    for piece in scene.cursor:
        np.testing.assert_allclose(piece.get_start()[0], top.c2p(lam, 0)[0], atol=1e-9)
        np.testing.assert_allclose(piece.get_end()[0], top.c2p(lam, 0)[0], atol=1e-9)
    # Knot rings on the knots, in λ order.
    rings = scene.knot_marks[0::2]
    for ring, event in zip(rings, knot_events(scene.loss)):
        np.testing.assert_allclose(coords(scene.plane, ring.get_center())[0], event.point,
                                   atol=COORD_ATOL)


def test_the_dashed_line_is_the_first_piece_continued(rendered) -> None:
    scene = rendered["Shrink"]
    active, signs, end = scene.first
    drawn = np.concatenate([coords(scene.plane, dash.points) for dash in
                            scene.dashed.family_members_with_points()])
    # Every dash lies on w(λ) = ŵ − λH⁻¹s (here: both weights free).
    a, b = segment_line(scene.loss, active, signs, [0.0, end])
    direction = (b - a) / np.linalg.norm(b - a)
    offsets = drawn - a
    assert np.max(np.abs(offsets[:, 0] * direction[1] - offsets[:, 1] * direction[0])) < 1e-9
    # The line reaches the knot, where the path turns.
    np.testing.assert_allclose(b, knot_events(scene.loss)[0].point, atol=1e-12)


def test_penalty_and_constraint_coincide_on_screen(rendered) -> None:
    scene = rendered["Penalty"]
    lam, pen, con = scene.current()
    assert lam == scene.rest
    np.testing.assert_allclose(pen.point, con.point, atol=1e-12)
    np.testing.assert_allclose(coords(scene, scene.pen_dot.get_center())[0],
                               penalized(scene.loss, norm="l1", strength=lam).point,
                               atol=COORD_ATOL)
    np.testing.assert_allclose(coords(scene, scene.ring.get_center())[0],
                               constrained(scene.loss, norm="l1", radius=pen.radius).point,
                               atol=COORD_ATOL)
    outline = clip_polyline(ball_outline("l1", pen.radius), scene.view)
    np.testing.assert_allclose(coords(scene, anchors(scene.ball[1])),
                               np.concatenate(outline)[:-1], atol=COORD_ATOL)
    contour = np.concatenate(clip_polyline(level_set(scene.loss, con.level), scene.view))
    drawn = coords(scene, anchors(scene.contour))
    # Where the view cuts the contour, the drawn piece ends on the view's edge (a point of
    # the chord between two samples, not of the ellipse); every other point is on f = level.
    (x0, x1, _), (y0, y1, _) = scene.view.x_range, scene.view.y_range
    on_edge = ((np.abs(drawn[:, 0] - x0) < COORD_ATOL) | (np.abs(drawn[:, 0] - x1) < COORD_ATOL)
               | (np.abs(drawn[:, 1] - y0) < COORD_ATOL) | (np.abs(drawn[:, 1] - y1) < COORD_ATOL))
    assert np.count_nonzero(~on_edge) >= len(drawn) - 4
    np.testing.assert_allclose(scene.loss.value(drawn[~on_edge]), con.level, rtol=1e-9)
    np.testing.assert_allclose(scene.loss.value(drawn[on_edge]), con.level, rtol=1e-3)
    assert len(drawn) >= len(contour) - 2
    # The t(λ) marker sits on the curve at (λ, ‖w*‖₁).
    np.testing.assert_allclose(scene.plot.p2c(scene.marker.get_center())[:2],
                               [lam, pen.radius], atol=1e-9)


@pytest.mark.parametrize("name", ["Shrink", "Penalty", "ShrinkW2First"])
def test_every_claim_is_true_for_the_data(rendered, name: str) -> None:
    scene = rendered[name]
    facts = facts_for(scene)
    words, screen = true_claims(scene, rules_for(scene), SCREEN_RULES, facts)
    assert len(words.claims) >= 6 and len(screen.claims) >= 2


@pytest.mark.parametrize("name", ["Shrink", "Penalty", "ShrinkW2First"])
def test_a_viewer_sees_no_jump_no_silent_motion_and_a_clear_caption_strip(rendered, name) -> None:
    problems = viewer_problems(rendered[name])
    assert all(not found for found in problems.values()), problems


def test_nothing_on_screen_is_faded_in_again(rendered) -> None:
    # A Reveal of what is already shown starts from transparent: it blinks out and back.
    assert rendered["Shrink"].blinks == []


def test_w2_first_names_w2(rendered) -> None:
    captions = " ".join(r.words.caption for r in rendered["ShrinkW2First"].narration_log)
    assert "w₂ reaches exactly 0 and drops out" in captions
    assert "w₁ reaches exactly 0 and drops out" not in captions


def test_every_beat_is_a_section(rendered) -> None:
    assert rendered["Shrink"].beats == ["problem", "first-piece", "straight", "pieces", "ridge",
                                        "summary"]
    assert rendered["Penalty"].beats == ["penalty", "constraint", "why", "curve", "sweep",
                                         "verdict"]
    for scene in rendered.values():
        assert {r.section for r in scene.narration_log} == set(scene.beats)


def test_each_knot_below_lambda_max_is_marked_on_the_curve(rendered) -> None:
    scene = rendered["Penalty"]
    # One dot per knot of t(λ) below λ_max, at (λ_k, ‖w*(λ_k)‖₁) read back through the plot.
    dots = [m for m in scene.knot_spots if not isinstance(m, MathTex)]
    assert len(dots) == len(scene.knots) >= 1, "the default data have a knot below λ_max"
    drawn = sorted(tuple(scene.plot.p2c(d.get_center())) for d in dots)
    exact = sorted((k.strength, float(np.abs(k.point).sum())) for k in scene.knots)
    np.testing.assert_allclose(drawn, exact, atol=COORD_ATOL)


def test_the_subgradient_set_is_drawn_and_the_view_holds_the_whole_sweep(rendered) -> None:
    from regmath.drawing import scaled_arrow, subgradient_segment
    scene = rendered["Penalty"]
    pen = scene.rest_pen
    # ∂‖w*‖₁ at the rest's corner, drawn at g's scale: regmath's segment, and g's tip on it.
    exact = subgradient_segment(pen, scale=scene.g_scale)
    # Its two ends (a straight polyline: the first and last points).
    drawn = coords(scene, np.array([scene.segment_drawn.get_start(),
                                    scene.segment_drawn.get_end()]))
    np.testing.assert_allclose(drawn, exact, atol=COORD_ATOL)
    # g = −∇f(w*)/λ, drawn from w* at that scale, ends on the segment (g ∈ ∂‖w*‖₁).
    tip = scaled_arrow(pen, -pen.gradient / scene.rest, scale=scene.g_scale).end
    assert abs(tip[1] - exact[0, 1]) < 1e-9 and exact[0, 0] - 1e-9 <= tip[0] <= exact[1, 0] + 1e-9
    # The rest's diamond is whole in the view, and the largest one (λ = 0) too when the
    # scene frames it (else it is clipped at the view's frame).
    (x0, x1, _), (y0, y1, _) = scene.view.x_range, scene.view.y_range
    shapes = [ball_outline("l1", pen.radius)]
    if scene.full_framed:
        shapes.append(ball_outline("l1", scene.full))
    assert scene.contour_framed, "the default data frame the touching contour whole"
    if scene.contour_framed:
        # The contour through the rest's w* (the words' touching contour) is whole.
        shapes.append(level_set(scene.loss, scene.rest_con.level))
    for shape in shapes:
        assert shape[:, 0].min() >= x0 and shape[:, 0].max() <= x1
        assert shape[:, 1].min() >= y0 and shape[:, 1].max() <= y1
    # The scale the pulls are drawn at is the one written beside them.
    assert f"{scene.scale:g}" in scene.scale_note.get_tex_string()


def test_milli_scale_weight_plots_end_inside_the_frame(tmp_path) -> None:
    """ŵ = (0.001, −0.0016): the weight axes' numbers ("−0.0015") are wide, and the λ plots,
    centred with them, reached past the frame's right edge (7.14 > 7.11); both now move left
    together, keeping λ = 0 aligned. The default data's plots are where they were."""
    from manim import config, tempconfig

    from scenes.paths import PLOT_MARGIN

    class Milli(ShrinkagePaths):
        center = (0.001, -0.0016)

    limit = config.frame_width / 2 - PLOT_MARGIN
    for cls in (ShrinkagePaths, Milli):
        with tempconfig({"dry_run": True, "media_dir": str(tmp_path), "verbosity": "ERROR"}):
            scene = cls()
            scene.setup()
        groups = scene.plot_groups
        assert max(g.get_right()[0] for g in groups) <= limit + 1e-9
        zeros = [g[0].c2p(0, 0)[0] for g in groups]
        assert zeros[0] == pytest.approx(zeros[1], abs=1e-9)


def test_the_abs_inset_draws_regmaths_supporting_lines_at_the_kink(rendered) -> None:
    from regmath.penalty import abs_support
    from scenes.paths import ABS_FAN, ABS_HALF

    scene = rendered["Penalty"]
    axes = scene.abs_axes
    assert len(scene.abs_fan) == len(ABS_FAN) and min(ABS_FAN) == -1.0 and max(ABS_FAN) == 1.0
    for line, s in zip(scene.abs_fan, ABS_FAN):
        drawn = np.array([axes.p2c(line.get_start())[:2], axes.p2c(line.get_end())[:2]])
        np.testing.assert_allclose(drawn, abs_support(s, half_width=ABS_HALF), atol=COORD_ATOL)
