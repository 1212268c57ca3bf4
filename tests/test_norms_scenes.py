"""NormsAsDistances and UnitBalls draw what regmath says and say what is true.

Each scene runs in full (dry run, no video). Its mobjects are read back through
the axes into problem coordinates and compared with `regmath.lp`; its captions
and on-screen TeX are checked against regmath's facts for the data
(`tests.claims_norms`); and it is watched as a viewer would: nothing jumps,
nothing enters the caption strip, every motion plays under words.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from manim import DL, UR, Dot, ManimColor, VGroup, tempconfig

from regmath.drawing import ball_outline
from regmath.lp import (
    axis_points,
    ball_facts,
    circle_from,
    convexity_chord,
    lp_ball_boundary,
    lp_norm,
    manhattan_path,
    p_scale,
    right_angle_at,
    walk_labels,
)
from scenes.norms import (
    RIGHT_ANGLE_SHARE,
    RIGHT_ANGLE_VIEW,
    NormsAsDistances,
    UnitBalls,
    ball_color,
)
from scenes.toolkit import palette
from tests.claims import check_captions, check_screen, true_claims
from tests.claims_norms import VARIANTS, facts_for, rules_for, screen_rules_for
from tests.scene_helpers import (RECORDING_FRAME_RATE, Recorder, anchors, coords, dry_run,
                                 viewer_problems)

COORD_ATOL = 1e-9


class Norms(Recorder, NormsAsDistances):
    pass


class NormsOnAxis(Recorder, NormsAsDistances):
    """A lecturer's w on the w₂ axis, below the origin: one leg, the lengths agree."""

    point = (0.0, -1.5)


class StatusWatch:
    """Mixin logging, at every frame, the dial's p and the kind of ball the panel names."""

    def update_to_time(self, t: float) -> None:
        super().update_to_time(t)  # type: ignore[misc]
        if getattr(self, "status_kind", None) is not None:
            # Whether the readout names the limit (p → ∞): the panel then names its ball.
            limit = r"\to \infty" in getattr(self.p_line, "tex_string", "")
            self.__dict__.setdefault("status_log", []).append((self.current_p(),
                                                               self.status_kind, limit))


class Balls(StatusWatch, Recorder, UnitBalls):
    pass


class BallsAcross(StatusWatch, Recorder, UnitBalls):
    """One morph across both landmarks, from a star to a rounded square."""

    stops = (0.5, 3.0)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = Path(tmp_path_factory.mktemp("norms"))
    return {"Norms": dry_run(Norms, tmp, frame_rate=RECORDING_FRAME_RATE),
            "Balls": dry_run(Balls, tmp, frame_rate=RECORDING_FRAME_RATE),
            "NormsOnAxis": dry_run(NormsOnAxis, tmp, frame_rate=RECORDING_FRAME_RATE),
            "BallsAcross": dry_run(BallsAcross, tmp, frame_rate=RECORDING_FRAME_RATE)}


# ---------------------------------------------------------- NormsAsDistances
@pytest.mark.parametrize("name", ["Norms", "NormsOnAxis"])
def test_the_walk_the_segment_and_the_balls_are_regmaths(rendered, name: str) -> None:
    scene = rendered[name]
    w = np.asarray(scene.point, dtype=float)
    path = manhattan_path(w)
    # The walks ended where they began: everything shows w itself.
    assert scene.walk.get_value() == 1.0
    for k, leg in enumerate(scene.legs):
        np.testing.assert_allclose(coords(scene, leg.points[[0, -1]]), path[k:k + 2],
                                   atol=COORD_ATOL)
    np.testing.assert_allclose(coords(scene, scene.segment.points[[0, -1]]), [[0.0, 0.0], w],
                               atol=COORD_ATOL)
    np.testing.assert_allclose(coords(scene, scene.dot.get_center())[0], w, atol=COORD_ATOL)
    l1, l2 = lp_norm(w, 1.0), lp_norm(w, 2.0)
    np.testing.assert_allclose(coords(scene, anchors(scene.diamond)),
                               ball_outline("l1", l1, samples=257)[:-1], atol=COORD_ATOL)
    # The circle is drawn from w round, so it is seen to pass through w.
    np.testing.assert_allclose(coords(scene, anchors(scene.circle)),
                               circle_from(l2, w, samples=257)[:-1], atol=COORD_ATOL)
    np.testing.assert_allclose(coords(scene, np.array([c.get_center() for c in scene.corners])),
                               axis_points(l1), atol=COORD_ATOL)


def test_the_right_angle_mark_sits_in_the_walks_corner(rendered) -> None:
    scene = rendered["Norms"]
    w = np.asarray(scene.point, dtype=float)
    path = manhattan_path(w)
    size = min(RIGHT_ANGLE_SHARE * min(abs(w)), RIGHT_ANGLE_VIEW * scene.view.width)
    corners = np.vstack([anchors(scene.right_angle), scene.right_angle.points[-1:]])
    np.testing.assert_allclose(coords(scene, corners),
                               right_angle_at(path[1], path[0], path[2], size=size),
                               atol=COORD_ATOL)
    assert not hasattr(rendered["NormsOnAxis"], "right_angle")  # no triangle on an axis


@pytest.mark.parametrize("name", ["Norms", "NormsOnAxis"])
def test_labels_sit_beside_their_legs_clear_of_the_balls(rendered, name: str) -> None:
    """Outside the triangle where that side is clear of the diamond and the circle (drawn
    later, they stay to the end); inside it where the outside would be cut by them."""
    scene = rendered[name]
    w = np.asarray(scene.point, dtype=float)
    legs = walk_labels(w)
    labelled = [*scene.leg_label.items(), (2, scene.segment_label)]
    assert sorted(scene.leg_label) == [i for i in range(2) if w[i] != 0.0]
    l1, l2 = lp_norm(w, 1.0), lp_norm(w, 2.0)
    balls = np.concatenate([ball_outline("l1", l1, samples=257), ball_outline("l2", l2,
                                                                              samples=257)])
    t = np.linspace(0.0, 1.0, 40)[:, None, None]
    dense = (balls[:-1] + t * (balls[1:] - balls[:-1])).reshape(-1, 2)
    points = np.array(scene.axes.coords_to_point(*dense.T)).T[:, :2]
    outside = 0
    for index, label in labelled:
        anchor = scene.axes.coords_to_point(*legs[index].point)[:2]
        offset = label.get_center()[:2] - anchor
        outside += offset @ legs[index].direction > 0.0
        assert np.linalg.norm(offset) < 1.2  # next to its leg, not across the plot
        low, high = label.get_corner(DL)[:2], label.get_corner(UR)[:2]
        cut = np.any(np.all((points >= low) & (points <= high), axis=1))
        # A label a ball runs through is hidden once the ball is drawn.
        assert not cut or label not in scene.mobjects, index
    assert outside >= len(labelled) - 1


@pytest.mark.parametrize("sphere", [1.0, 2.0])
def test_the_walk_keeps_the_length_it_walks_along(rendered, sphere: float) -> None:
    scene = rendered["Norms"]
    w = np.asarray(scene.point, dtype=float)
    kept = lp_norm(w, sphere)
    other = 2.0 if sphere == 1.0 else 1.0
    low, high = np.inf, 0.0
    try:
        scene.sphere = sphere
        for fraction in np.linspace(0.0, 1.0, 401):
            scene.walk.set_value(float(fraction))
            *_, l1, l2 = scene.live_values()
            assert (l1, l2)[int(sphere) - 1] == pytest.approx(kept, rel=1e-12)
            assert lp_norm(scene.current(), sphere) == pytest.approx(kept, rel=1e-12)
            low, high = min(low, (l1, l2)[int(other) - 1]), max(high, (l1, l2)[int(other) - 1])
    finally:
        scene.walk.set_value(1.0)
    # The other length swings over the whole range the words give, and never leaves it.
    expected = (scene.diamond_range if sphere == 1.0 else scene.circle_range)
    assert expected[0] * (1 - 1e-12) <= low <= expected[0] * 1.01
    assert expected[1] * 0.99 <= high <= expected[1] * (1 + 1e-12)


def test_tick_numbers_cover_no_key_curve(rendered) -> None:
    for name in ("Norms", "NormsOnAxis"):
        scene = rendered[name]
        dense = []
        for curve in scene.key_curves():
            t = np.linspace(0.0, 1.0, 50)[:, None, None]
            dense.append((curve[:-1] + t * (curve[1:] - curve[:-1])).reshape(-1, 2))
        points = np.array(scene.axes.coords_to_point(*np.concatenate(dense).T)).T[:, :2]
        for number in [*scene.axes.x_axis.numbers, *scene.axes.y_axis.numbers]:
            low, high = number.get_corner(DL)[:2], number.get_corner(UR)[:2]
            assert not np.any(np.all((points >= low) & (points <= high), axis=1)), name


def test_on_an_axis_the_story_says_the_lengths_agree(rendered) -> None:
    captions = " ".join(r.words.caption for r in rendered["NormsOnAxis"].narration_log)
    assert "lies on the w₂ axis, so the walk is one leg" in captions
    assert "Here the two agree" in captions and "The straight line is shorter" not in captions
    assert "|−1.5| = 1.5" in captions


# ------------------------------------------------------------------ UnitBalls
@pytest.mark.parametrize("name", ["Balls", "BallsAcross"])
def test_the_ball_ends_exactly_on_the_diamond(rendered, name: str) -> None:
    """The summary turns the dial back to p = 1, the one ball with both properties."""
    scene = rendered[name]
    last = 1.0
    assert scene.current_p() == last
    expected = lp_ball_boundary(last, 1.0, samples=scene.samples)[:-1]
    for part in scene.outline:
        np.testing.assert_allclose(coords(scene, anchors(part)), expected, atol=COORD_ATOL)
    np.testing.assert_allclose(coords(scene, np.array([d.get_center() for d in scene.dots])),
                               axis_points(), atol=COORD_ATOL)
    assert scene.dial.get_value() == p_scale(last)
    assert ManimColor(scene.outline[1].get_stroke_color()).to_hex() == ball_color(last).to_hex()


def test_the_star_shows_its_chord_outside(rendered) -> None:
    scene = rendered["Balls"]
    segment, middle = convexity_chord()
    np.testing.assert_allclose(coords(scene, scene.chord_middle.get_center())[0], middle,
                               atol=COORD_ATOL)
    assert lp_norm(middle, scene.stops[0]) > 1.0  # outside the first ball, as the words say


def test_the_colour_runs_from_the_lasso_to_ridge() -> None:
    assert ball_color(0.5) == palette.LASSO and ball_color(1.0) == palette.LASSO
    assert ball_color(2.0).to_hex() == palette.RIDGE.to_hex()
    middle = np.array(ball_color(4.0 / 3.0).to_rgb())  # halfway in 1/p
    np.testing.assert_allclose(middle, 0.5 * (np.array(palette.LASSO.to_rgb())
                                              + np.array(palette.RIDGE.to_rgb())), atol=1e-9)
    assert ball_color(np.inf).to_hex() != palette.RIDGE.to_hex()


@pytest.mark.parametrize("name", ["Balls", "BallsAcross"])
def test_the_panel_names_the_ball_on_screen_in_every_frame(rendered, name: str) -> None:
    """The status lines describe the ball at the dial's p, or at the p the readout shows
    (it leaves a stop once it reads the next digit, and reaches the next stop once it
    reads it; "p → ∞" is the square's)."""
    scene = rendered[name]
    log = scene.status_log
    assert len(log) > 100
    wrong = []
    for (before, _, _), (p, kind, limit) in zip(log, log[1:]):
        shown = np.inf if limit or np.isinf(p) else round(p / scene.p_step) * scene.p_step
        if kind not in (ball_facts(p).shape, ball_facts(shown).shape):
            wrong.append((p, kind))
    assert wrong == []


def test_landmarks_crossed_mid_morph_are_named(rendered) -> None:
    scene = rendered["BallsAcross"]
    morph = [r.words.caption for r in scene.narration_log if r.section == "p=3"][0]
    assert "At p = 1 it becomes the diamond" in morph and "At p = 2 it passes the circle" in morph
    assert scene.status_log[-1][1] == "rounded square"  # the last ball the panel named
    captions = " ".join(r.words.caption for r in scene.narration_log)
    assert "the ball is the square" not in captions  # the dial never reaches ∞


# ------------------------------------------------------------------- all four
@pytest.mark.parametrize("name", ["Norms", "NormsOnAxis", "Balls", "BallsAcross"])
def test_every_claim_is_true_for_the_data(rendered, name: str) -> None:
    scene = rendered[name]
    facts = facts_for(scene)
    words, screen = true_claims(scene, rules_for(scene), screen_rules_for(scene), facts)
    assert len(words.claims) >= 6 and len(screen.claims) >= 3


@pytest.mark.parametrize("name", ["Norms", "NormsOnAxis", "Balls", "BallsAcross"])
def test_a_viewer_sees_no_jump_no_silent_motion_and_a_clear_caption_strip(rendered, name) -> None:
    problems = viewer_problems(rendered[name])
    assert all(not found for found in problems.values()), problems


def test_every_beat_is_a_section(rendered) -> None:
    assert rendered["Norms"].beats == ["point", "manhattan", "euclidean", "compare", "diamond",
                                       "circle", "corners"]
    assert rendered["Balls"].beats == ["ball", "p=0.5", "p=1", "p=2", "p=inf", "summary"]
    assert rendered["BallsAcross"].beats == ["ball", "p=0.5", "p=3", "summary"]
    for scene in rendered.values():
        sections = {record.section for record in scene.narration_log}
        assert sections == set(scene.beats)  # every beat has words


# ------------------------------------------------ exact "=" and rounded "≈"
def test_rounded_values_are_never_written_with_equals(rendered) -> None:
    """A claim written with "=" and a rounded number is false; with "≈" it is true."""
    from types import SimpleNamespace

    scene = rendered["Norms"]
    facts = facts_for(scene)
    captions = " ".join(r.words.caption for r in scene.narration_log)
    assert "√(3² + 1²) ≈ 3.16" in captions and "‖v‖₂ = ‖w‖₂ ≈ 3.16" in captions
    assert "= 3.16" not in captions and "= 4" in captions
    assert r"\sqrt{3^2 + 1^2} \approx 3.16" in " ".join(scene.screen_texts)

    def verdict(caption: str, section: str):
        record = SimpleNamespace(words=SimpleNamespace(caption=caption), section=section)
        return check_captions([record], rules_for(scene), facts)

    assert verdict("By Pythagoras its length is √(3² + 1²) = 3.16: the L2 norm.", "euclidean").false
    assert not verdict("By Pythagoras its length is √(3² + 1²) ≈ 3.16: the L2 norm.",
                       "euclidean").false
    assert verdict("all points v with ‖v‖₁ = ‖w‖₁ ≈ 4: they form a diamond", "diamond").false
    assert verdict("Where v crosses the lines |v₁| = |v₂|, the straight length is least, "
                   "2.83.", "diamond").false
    assert not verdict("Where v crosses the lines |v₁| = |v₂|, the straight length is least, "
                       "about 2.83.", "diamond").false
    assert verdict("Where v crosses the lines |v₁| = |v₂|, the walk is longest, 4.47.",
                   "circle").false
    assert not verdict("Where v crosses the lines |v₁| = |v₂|, the walk is longest, about 4.47.",
                       "circle").false
    screen = check_screen([r"\|v\|_2 = 3.16", r"= \sqrt{3^2 + 1^2} = 3.16"],
                          screen_rules_for(scene), facts)
    assert len(screen.false) == 2


def _adds_up(texts: list[str]) -> bool:
    a, b, total = (Decimal(t.strip()) for t in texts)
    return a + b == total


@pytest.mark.parametrize("sphere", [1.0, 2.0])
def test_the_live_sum_adds_up_in_every_frame(rendered, sphere: float) -> None:
    """The live line "‖v‖₁ = |v₁| + |v₂| ≈ a + b = c": the shown digits add up at every
    moment of the walk, each term within one unit of its last digit, the total and
    ‖v‖₂ rounded to the nearest."""
    scene = rendered["Norms"]
    first, second = scene.live_readouts
    assert scene.live_templates[0].endswith(r"\approx {:4.2f} + {:4.2f} = {:4.2f}")
    assert scene.live_templates[0].count(r"\approx") == 1
    unit = 10.0 ** -scene.live_places
    try:
        scene.sphere = sphere
        for fraction in np.linspace(0.0, 1.0, 721):
            scene.walk.set_value(float(fraction))
            shown = scene.shown_live_values()
            first.set_values(*shown[:3])
            second.set_values(shown[3])
            assert _adds_up(first.texts), (fraction, first.texts)
            true = scene.live_values()
            digits = [float(t) for t in (*first.texts, *second.texts)]
            for k, (value, text) in enumerate(zip((*true[:3], true[3]), digits)):
                limit = unit if k < 2 else 0.5 * unit
                assert abs(value - text) <= limit * (1 + 1e-9), (fraction, k, value, text)
    finally:
        scene.walk.set_value(1.0)


def test_the_held_diagonal_is_written_exactly(rendered) -> None:
    """Where v stops on the circle's diagonal, √5 + √5 rounds to 2.24 + 2.23 = 4.47: the
    line shows "√5 + √5 = 2√5 ≈ 4.47" in its place (and only there)."""
    scene = rendered["Norms"]
    assert any(t == r"\|v\|_1 = |v_1| + |v_2| = \sqrt{5} + \sqrt{5} = 2\sqrt{5} \approx 4.47"
               for t in scene.screen_texts)
    facts = facts_for(scene)
    screen = check_screen(scene.screen_texts, screen_rules_for(scene), facts)
    assert ("equal legs exactly", r"\|v\|_1 = |v_1| + |v_2| = \sqrt{5} + \sqrt{5} = "
            r"2\sqrt{5} \approx 4.47") in screen.claims


NORMS_VARIANTS = [v for v in VARIANTS if v.scene is NormsAsDistances and v.refused is None]


@pytest.mark.parametrize("variant", NORMS_VARIANTS, ids=lambda v: v.name)
def test_every_shown_sum_adds_up_for_the_variants(variant, tmp_path) -> None:
    """For the default data and every variant: the panel's "|w₁| + |w₂| = a + b = c",
    the live line at every moment of both walks, and the exact line at the diagonal
    stops (checked by the screen rules) all add up."""
    with tempconfig({"media_dir": str(tmp_path), "verbosity": "ERROR"}):
        scene = type("V", (NormsAsDistances,), dict(variant.data))()
        scene.setup()
        values = scene.values
        terms = [values["a"].text, values["b"].text, values["l1v"].text]
        if "×" not in "".join(terms):
            assert _adds_up(terms), terms
        places = scene.live_places
        facts = facts_for(scene)
        for sphere in (1.0, 2.0):
            scene.sphere = sphere
            for fraction in np.linspace(0.0, 1.0, 361):
                scene.walk.set_value(float(fraction))
                shown = scene.shown_live_values()
                assert _adds_up([f"{x:.{places}f}" for x in shown[:3]]), (sphere, fraction)
            line = scene.get_equal_legs_line(sphere, VGroup(Dot()))
            if line is not None:
                screen = check_screen([line.tex_string], screen_rules_for(scene), facts)
                assert screen.false == [] and len(screen.claims) == 1, screen
