"""The layout check (tests/layout.py) finds struck, hidden and stacked labels, and only those."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    BackgroundRectangle,
    Circle,
    FadeIn,
    Line,
    MathTex,
    Scene,
    Wait,
)

from scenes.toolkit import palette
from tests.layout import (
    Collision,
    LayoutRecorder,
    _chords,
    _chords_meet_box,
    layout_problems,
    shown_font_size,
)
from tests.scene_helpers import dry_run


def test_a_chord_through_a_box_meets_it_without_an_end_inside() -> None:
    low, high = np.array([-0.1, -0.1]), np.array([0.1, 0.1])
    through = (np.array([[-5.0, 0.0]]), np.array([[5.0, 0.0]]))
    diagonal_miss = (np.array([[0.0, 0.25]]), np.array([[0.25, 0.0]]))  # passes the corner
    short = (np.array([[0.5, 0.5]]), np.array([[0.9, 0.5]]))
    vertical = (np.array([[0.05, -3.0]]), np.array([[0.05, 3.0]]))  # flat in x
    assert _chords_meet_box(*through, low, high)
    assert not _chords_meet_box(*diagonal_miss, low, high)
    assert not _chords_meet_box(*short, low, high)
    assert _chords_meet_box(*vertical, low, high)


def test_a_circle_is_followed_along_its_curve_not_its_anchors() -> None:
    circle = Circle(radius=2.0)
    starts, ends = _chords(circle)
    # Every chord point lies on the circle to within the chord's sagitta.
    radii = np.linalg.norm(np.vstack([starts, ends]), axis=1)
    assert np.allclose(radii, 2.0, atol=2e-3)
    # A small box on the circle between two anchors is met; one just inside is not.
    angle = np.pi / 8  # halfway between two of Manim's anchors
    on = 2.0 * np.array([np.cos(angle), np.sin(angle)])
    assert _chords_meet_box(starts, ends, on - 0.02, on + 0.02)
    assert not _chords_meet_box(starts, ends, 0.9 * on - 0.02, 0.9 * on + 0.02)


class _Toy(LayoutRecorder, Scene):
    """A label; a line through it for 1 s; a label on it for 1 s; a quick sweep past; a
    line beside another label, and a backing-coloured line through it; a label made
    small and one made large then scaled down, in a clear corner throughout."""

    def construct(self) -> None:
        label = MathTex(r"\hat w", font_size=60).move_to(LEFT * 3)
        beside = MathTex(r"w^*", font_size=60).move_to(RIGHT * 3)
        guide = Line(RIGHT * 3 + DOWN * 2, RIGHT * 3.8 + UP * 2)  # passes beside w*, clear
        # A line in the background's colour through w*: a backing, invisible, not a stroke.
        backing = Line(RIGHT * 2, RIGHT * 4, color=palette.BACKGROUND, stroke_width=8)
        tiny = MathTex(r"n", font_size=16).move_to(RIGHT * 5.5 + UP * 3)
        shrunk = MathTex(r"s", font_size=60).scale(0.3).move_to(RIGHT * 5.5 + DOWN * 3)
        self.add(label, beside, guide, backing, tiny, shrunk)
        self.play(Wait(1.0))
        strike = Line(LEFT * 5, LEFT * 1)  # through ŵ
        self.add(strike)
        self.play(Wait(1.0))
        self.remove(strike)
        backed = MathTex(r"\lambda", font_size=60).move_to(DOWN * 2)
        box = BackgroundRectangle(backed, fill_opacity=1.0, buff=0.1)
        under = Line(DOWN * 2 + LEFT * 2, DOWN * 2 + RIGHT * 2)
        self.add(under, box, backed)
        self.play(Wait(1.0))
        self.remove(under, box, backed)
        on_top = MathTex(r"t", font_size=60).move_to(label)
        self.play(FadeIn(on_top, run_time=0.2))
        self.play(Wait(1.0))
        self.remove(on_top)
        sweep = Line(UP * 3, DOWN * 3).move_to(LEFT * 6)
        self.add(sweep)
        self.play(sweep.animate(run_time=0.3).shift(RIGHT * 4))  # past ŵ in a few frames
        self.play(Wait(1.0))


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory) -> list[Collision]:
    scene = dry_run(_Toy, Path(tmp_path_factory.mktemp("layout")), frame_rate=10)
    return layout_problems(scene)


def test_a_line_through_a_label_is_struck_for_as_long_as_it_is_there(toy) -> None:
    struck = [c for c in toy if c.kind == "struck"]
    assert len(struck) == 1
    assert struck[0].text == r"\hat w" and struck[0].other.startswith("Line")
    assert 1.0 - 0.1 - 1e-6 <= struck[0].seconds <= 1.0 + 1e-6
    assert 1.0 - 1e-6 <= struck[0].start <= 1.1 + 1e-6


def test_a_line_behind_an_opaque_box_is_hidden_not_struck(toy) -> None:
    hidden = [c for c in toy if c.kind == "hidden"]
    assert [c.text for c in hidden] == [r"\lambda"]


def test_a_label_on_a_label_is_stacked(toy) -> None:
    stacked = [c for c in toy if c.kind == "stacked"]
    assert len(stacked) == 1
    assert {stacked[0].text, stacked[0].other} == {r"\hat w", "t"}


def test_a_label_drawn_too_small_to_read_at_480p_is_small(toy) -> None:
    # Made at 16, or made at 60 and scaled by 0.3 (shown at 18): both below MIN_FONT_SIZE,
    # for the whole scene; the labels at 60 are not.
    small = {c.text: c for c in toy if c.kind == "small"}
    assert set(small) == {"n", "s"}
    assert all(c.start == 0.0 and c.seconds > 4.0 for c in small.values())
    assert shown_font_size(MathTex("x", font_size=30).scale(2)) == pytest.approx(60)


def test_a_line_beside_a_label_or_sweeping_past_is_not_reported(toy) -> None:
    assert all(c.text != "w^*" for c in toy)
    # The sweep crossed ŵ in under 0.3 s: shorter than MIN_SECONDS, not a defect.
    assert all(c.start < 4.5 for c in toy if c.kind != "small")
