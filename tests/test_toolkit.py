"""The storytelling toolkit: notation, narration, checked parameters, palette, and the
viewer checks themselves (each shown to fail on a scene with the defect it looks for)."""

from __future__ import annotations

import os


import numpy as np
from manim import ManimColor
import pytest
from manim import DOWN, LEFT, RIGHT, UP, Circle, Dot, FadeIn, MathTex, Scene, Square, ValueTracker, VGroup, config

from regmath import InvalidArgumentError
from scenes.toolkit import palette
from scenes.toolkit.narration import (
    KEY_SETTLE_SECONDS,
    LINE_CHARACTERS,
    Cue,
    ReadingNarrator,
    caption_chunks,
    current_narrator,
    reading_seconds,
    set_narrator,
)
from scenes.toolkit.notation import Words, number, numbers, point, say
from scenes.toolkit.params import (
    check_parameters,
    choice,
    fixed,
    increasing,
    integer,
    number_in,
    point as a_point,
    positive,
    positive_definite,
)
from scenes.toolkit.reveal import Reveal
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import CAPTION_TOP, box_of, boxes_meet, segment_meets_box
from tests.scene_helpers import (
    Recorder,
    dry_run,
    into_caption_strip,
    jumps,
    long_caption_lines,
    silent_motion,
    subtitle_overlaps,
    viewer_problems,
)


# ------------------------------------------------------------------ notation
def test_say_gives_the_screen_notation_in_captions_and_words_in_speech() -> None:
    words = say("Grow the contour from {w_hat}{@grow}: {lam} = {value}.", value=number(-0.5))
    assert words.caption == "Grow the contour from ŵ: λ = −0.5."
    assert words.spoken == "Grow the contour from w-hat: lambda = minus 0.5."
    caption_at, spoken_at = words.marks["grow"]
    assert words.caption[: round(caption_at * len(words.caption))] == "Grow the contour from ŵ"
    assert words.spoken[: round(spoken_at * len(words.spoken))] == "Grow the contour from w-hat"


def test_say_refuses_unknown_symbols_and_marks_missing_from_the_spoken_form() -> None:
    with pytest.raises(KeyError, match="template"):
        say("{no_such_symbol}")
    with pytest.raises(ValueError, match="spoken"):
        say("a{@mark}b", spoken="no mark here")


@pytest.mark.parametrize(("values", "shown"), [
    ([0.0, 1.0], ["0", "1"]),                       # exact values stay exact
    ([0.242, 0.97], ["0.242", "0.97"]),             # common decimals; 0.97 is shown exactly
    ([0.2421, 0.9700004], ["0.242", "0.970"]),      # 3 digits of the smallest; rounded shows it
    ([0.006, 0.014], ["0.006", "0.014"]),           # never 0.01 for 0.006
    ([0.0060000001, 0.014], ["0.00600", "0.014"]),  # rounded keeps its trailing zeros
    ([1924.43], ["1924.4"]),                        # a rounded integer keeps a decimal
    ([1e-7, 2.5], ["1.00×10⁻⁷", "2.5"]),            # tiny in scientific notation
    ([-0.0], ["0"]),                                # no "−0"
])
def test_numbers_show_the_digits_a_comparison_needs(values, shown) -> None:
    assert [n.text for n in numbers(values)] == shown


@pytest.mark.parametrize(("values", "shown"), [
    ([1.0, 0.99995, 0.99995, 1.0], ["1", "0.99995", "0.99995", "1"]),  # never "1.000" beside "1"
    ([1.0, 0.9999, 0.9999, 1.0], ["1", "0.9999", "0.9999", "1"]),
    ([1.1, -0.5, -0.5, 3.9], ["1.1", "−0.5", "−0.5", "3.9"]),          # distinct already: unchanged
    ([2.0, 2.0004], ["2", "2.0004"]),
    ([2.5000000000000004, 1.5, 1.5, 2.4999999999999996], ["2.50", "1.5", "1.5", "2.50"]),  # float noise
    ([1e-5, 1.00001e-5], ["1.00000×10⁻⁵", "1.00001×10⁻⁵"]),
])
def test_distinct_numbers_never_read_as_equal(values, shown) -> None:
    assert [n.text for n in numbers(values, distinct=True)] == shown


def test_a_point_reads_in_all_three_forms() -> None:
    p = point([0.0, -1.25])
    assert (p.text, p.tex, p.spoken) == ("(0, −1.25)", r"(0,\ -1.25)", "0 and minus 1.25")


# ----------------------------------------------------------------- narration
CAPTIONS = [
    "Shrink it back until one allowed point is left: w* = (0, 1), the lowest loss the diamond "
    "allows. It is a corner of the diamond, where w₁* = 0.",
    "Two weights, w₁ and w₂.",
    "The diamond pushes back along an outward normal g, with a strength λ ≥ 0: −∇f(w*) = λg, "
    "with λ = 1.84.",
    "x" * 50 + " " + "y" * 30,
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_caption_chunks_are_two_lines_that_keep_every_word(caption: str) -> None:
    chunks = caption_chunks(caption)
    assert all(len(chunk.splitlines()) <= 2 for chunk in chunks)
    assert all(len(line) <= LINE_CHARACTERS for c in chunks for line in c.splitlines()
               if " " in line)
    assert " ".join(" ".join(c.split()) for c in chunks) == " ".join(caption.split())
    for chunk in chunks:
        for line in chunk.splitlines():
            assert not line.endswith(("=", "≤", "≥", "−"))  # an equation keeps its value


@pytest.mark.parametrize("caption", [
    "Here the touch lands on the edge at w* = (0.242, 0.515), where no weight is zero "
    "and λ ≈ 0.51 holds the loss back.",
    "The distance from the origin to the point is f(x, y) = |x| + |y| and it grows as the "
    "point moves outward along the axis.",
])
def test_caption_chunks_keep_a_point_and_an_approximation_whole(caption: str) -> None:
    """No cue or line ends inside brackets ("w* = (0.242,") or at "≈"."""
    for chunk in caption_chunks(caption):
        for line in chunk.splitlines():
            assert line.count("(") == line.count(")"), line
            assert not line.endswith("≈")


class FixedVoice:
    """A stand-in for a voice: every cue lasts 3 s and bookmarks fall at the spoken position."""

    def duration(self, words: Words) -> float:
        return 3.0

    def mark_fraction(self, words: Words, mark: str) -> float:
        return words.marks[mark][1]


class Beats(Recorder, StoryScene):
    def construct(self) -> None:
        square = Square()
        self.next_section("one")
        with self.cue("A square appears{@shown}, then it waits for the words to end.") as cue:
            cue.play(FadeIn(square), until="shown")
            self.first_mark = (cue.time_of("shown"), self.time - cue.start)
        self.next_section("two")
        with self.cue("It moves{@moved}.") as cue:
            cue.play(square.animate.shift(RIGHT), until="moved")


def test_a_cue_lasts_as_long_as_its_words_and_animations_end_at_their_bookmarks(tmp_path) -> None:
    scene = dry_run(Beats, tmp_path)
    first, second = scene.narration_log
    text = first.words.caption
    assert first.end - first.start >= reading_seconds(text) - 1e-9
    mark, reached = scene.first_mark
    # A reader sees the whole cue at once: the bookmark falls early in its cue.
    assert mark == pytest.approx(reading_seconds(text)
                                 * ReadingNarrator().mark_fraction(first.words, "shown"))
    assert mark < reading_seconds(text) * first.words.marks["shown"][0]
    assert reached == pytest.approx(mark, abs=1.0 / 15 + 1e-9)
    assert (first.section, second.section) == ("one", "two")
    assert second.start >= first.end
    assert subtitle_overlaps(scene) == [] and silent_motion(scene) == []
    # The captions cover the beat from start to end.
    cues = scene.renderer.file_writer.subcaptions
    assert cues[0].start.total_seconds() == pytest.approx(first.start)
    assert cues[-1].end.total_seconds() == pytest.approx(second.end)


def test_a_voice_narrator_sets_the_pace_without_touching_the_scene(tmp_path) -> None:
    before = current_narrator()
    set_narrator(FixedVoice())
    try:
        scene = dry_run(Beats, tmp_path)
    finally:
        set_narrator(before)
    assert isinstance(current_narrator(), ReadingNarrator)
    first, second = scene.narration_log
    assert first.end - first.start == pytest.approx(3.0, abs=1.0 / 15)
    assert second.end - second.start == pytest.approx(3.0, abs=1.0 / 15)


class SettledBeat(Recorder, StoryScene):
    def construct(self) -> None:
        square = Square()
        with self.cue("A square appears{@shown}.", settle=KEY_SETTLE_SECONDS) as cue:
            cue.play(FadeIn(square), until="shown")
        with self.cue("Then the next words."):
            pass


def test_a_settled_beat_rests_wordless_after_its_caption(tmp_path) -> None:
    """The caption ends when the words do; the picture then rests with no caption,
    and the next beat starts after the rest (lecture mode skips the rest)."""
    scene = dry_run(SettledBeat, tmp_path)
    first, second = scene.narration_log
    cues = scene.renderer.file_writer.subcaptions
    caption_end = cues[0].end.total_seconds()
    assert caption_end - first.start == pytest.approx(
        reading_seconds(first.words.caption), abs=1.0 / 15 + 1e-9)
    assert first.end - caption_end >= KEY_SETTLE_SECONDS - 1e-9
    assert second.start >= first.end
    assert cues[1].start.total_seconds() >= caption_end + KEY_SETTLE_SECONDS - 1e-9
    assert subtitle_overlaps(scene) == [] and silent_motion(scene) == []


def test_settle_is_checked() -> None:
    with pytest.raises(ValueError, match="^settle"):
        Cue(None, "Words.", settle=-1.0)  # type: ignore[arg-type]


# ---------------------------------------------------------------- parameters
class Data:
    parameters = {"center": a_point(), "hessian": positive_definite(), "radius": positive(),
                  "rings": integer(0, 6), "norm": choice(("l1", "l2")),
                  "stops": increasing(number_in(0.1, 10.0)), "shape": fixed("l1", "see X")}
    center = (1.0, 2.0)
    hessian = ((2.0, 0.5), (0.5, 1.0))
    radius = 1.0
    rings = 3
    norm = "l1"
    stops = (0.5, 1.0)
    shape = "l1"


@pytest.mark.parametrize(("name", "bad", "says"), [
    ("center", (float("nan"), 1.0), "finite"),
    ("center", (1.0, 2.0, 3.0), "2 finite numbers"),
    ("hessian", ((1.0, 0.3), (0.2, 1.0)), "symmetric"),
    ("hessian", ((1.0, 0.0), (0.0, 0.0)), "singular"),
    ("hessian", ((1.0, 0.0), (0.0, -1.0)), "indefinite"),
    ("hessian", ((1e7, 0.0), (0.0, 1.0)), "condition number"),
    ("radius", 0.0, "(0, inf)"),
    ("radius", "one", "number"),
    ("rings", 2.5, "whole number"),
    ("rings", 7, "[0, 6]"),
    ("norm", "l3", "one of"),
    ("stops", (1.0, 0.5), "increasing"),
    ("stops", (0.5, 20.0), "[0.1, 10]"),
    ("shape", "l2", "see X"),
])
def test_each_bad_attribute_is_refused_by_its_own_name(name: str, bad: object, says: str) -> None:
    data = type("Variant", (Data,), {name: bad})()
    with pytest.raises(InvalidArgumentError) as error:
        check_parameters(data)
    assert str(error.value).startswith(f"{name}: ") and says in str(error.value)


def test_checked_values_are_cleaned() -> None:
    values = check_parameters(Data())
    assert values["center"].dtype == float and values["hessian"].shape == (2, 2)
    assert values["radius"] == 1.0 and values["stops"] == (0.5, 1.0)


# ------------------------------------------------------------------- palette
@pytest.mark.parametrize("theme", sorted(palette.THEMES))
def test_adjacent_colours_stay_apart_under_colour_vision_deficiency(theme: str) -> None:
    import colorspacious  # test extra: a missing package must fail, not skip
    deficiencies = [None, "deuteranomaly", "protanomaly", "tritanomaly"]
    colors = {role: ManimColor(hex_) for role, hex_ in palette.THEMES[theme].items()}

    def seen(color, deficiency):
        rgb = np.array(color.to_rgb())
        if deficiency is None:
            return rgb
        space = {"name": "sRGB1+CVD", "cvd_type": deficiency, "severity": 100}
        return np.clip(colorspacious.cspace_convert(rgb, space, "sRGB1"), 0, 1)

    worst = min(colorspacious.deltaE(seen(colors[a], d), seen(colors[b], d),
                                     input_space="sRGB1")
                for a, b in palette.ADJACENT for d in deficiencies)
    assert worst >= palette.MIN_CVD_DELTA_E


@pytest.mark.parametrize("theme", sorted(palette.THEMES))
def test_every_colour_reads_on_the_background(theme: str) -> None:
    def luminance(hex_: str) -> float:
        c = np.array(ManimColor(hex_).to_rgb())
        c = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
        return float(0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2])

    colors = palette.THEMES[theme]
    background = luminance(colors["background"])

    def contrast(role: str) -> float:
        a, b = luminance(colors[role]), background
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)

    assert set(colors) == {*palette.ROLES, "text", "muted", "background"}
    for role in palette.ROLES:
        assert contrast(role) >= palette.THEME_CONTRAST[theme], role
    assert contrast("text") >= 7.0  # WCAG AAA for body text
    assert contrast("muted") >= 4.5


def test_the_theme_is_chosen_by_the_environment_and_a_bad_one_is_refused() -> None:
    import subprocess
    import sys

    code = ("from scenes.toolkit import palette, style; from manim import config; "
            "print(palette.THEME, palette.TEXT.to_hex(), config.background_color.to_hex())")
    def run(theme: str) -> subprocess.CompletedProcess:
        env = {**os.environ, palette.THEME_VARIABLE: theme}
        return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                              text=True)
    light = run("light")
    assert light.returncode == 0, light.stderr
    assert light.stdout.split() == ["light", palette.LIGHT["text"], "#FFFFFF"]
    bad = run("sepia")
    assert bad.returncode != 0 and "REGVIZ_THEME: must be one of dark, light" in bad.stderr


# ----------------------------------------------- the viewer checks can fail
class Teleport(Recorder, Scene):
    def construct(self) -> None:
        dot = Dot()
        self.play(FadeIn(dot))
        dot.shift(5 * RIGHT)  # a jump between two frames
        self.play(dot.animate.scale(1.5))


class FollowerRevealed(Recorder, Scene):
    """The centre-jump kind, as the scenes had it: a follower faded in with its updaters
    suspended (the fade's default) is drawn where it was built, then jumps into place."""

    def construct(self) -> None:
        tracker = ValueTracker(4.0)
        dot = Dot()
        dot.add_updater(lambda m: m.move_to([tracker.get_value(), 2.0, 0.0]))
        self.add_subcaption("a dot", duration=3)
        self.play(Reveal(dot, suspend_mobject_updating=True), run_time=1.0)
        self.play(tracker.animate.set_value(3.0))


class FollowerInStory(Recorder, StoryScene):
    """The same, in a StoryScene with Reveal: placed before its first frame, never jumps."""

    def construct(self) -> None:
        tracker = ValueTracker(4.0)
        dot = Dot()
        dot.add_updater(lambda m: m.move_to([tracker.get_value(), 2.0, 0.0]))
        with self.cue("a dot{@on}") as cue:
            cue.play(Reveal(dot), until="on")
        with self.cue("it moves{@done}") as cue:
            cue.play(tracker.animate.set_value(3.0), until="done")


class LowAndSilent(Recorder, Scene):
    def construct(self) -> None:
        label = MathTex("x").to_edge(DOWN, buff=0.1)
        self.play(FadeIn(label))  # no caption at all
        self.add_subcaption("one very long caption line " * 4, duration=2)
        self.wait(2)


class TwoOutOfFrame(Recorder, Scene):
    """One label past the right edge for 2 s, then another past the left edge."""

    def construct(self) -> None:
        first = MathTex("a_1").move_to([config.frame_width / 2, 1.0, 0.0])
        self.add_subcaption("first", duration=2)
        self.play(FadeIn(first, run_time=0.2))
        self.wait(1.8)
        self.remove(first)
        second = MathTex("b_2").move_to([-config.frame_width / 2, -1.0, 0.0])
        self.add_subcaption("second", duration=2)
        self.play(FadeIn(second, run_time=0.2))
        self.wait(1.8)


def test_the_frame_check_names_every_object_once_with_its_span(tmp_path) -> None:
    # The check used to list the first five frames, which all belonged to the first
    # label: the second problem stayed hidden until the first was fixed.
    found = viewer_problems(dry_run(TwoOutOfFrame, tmp_path))["out of frame"]
    assert len(found) == 2
    assert "'a_1'" in found[0] and "'b_2'" in found[1]
    starts = [float(line.split(": ")[1].split("–")[0]) for line in found]
    assert starts[0] < 2.0 <= starts[1]


def test_the_jump_check_finds_a_teleport_and_the_centre_jump_kind(tmp_path) -> None:
    assert jumps(dry_run(Teleport, tmp_path))
    found = jumps(dry_run(FollowerRevealed, tmp_path))
    assert found and found[0][1] == "Dot"
    assert jumps(dry_run(FollowerInStory, tmp_path)) == []


def test_the_strip_silence_and_caption_checks_find_their_defects(tmp_path) -> None:
    scene = dry_run(LowAndSilent, tmp_path)
    assert into_caption_strip(scene) and all(low < CAPTION_TOP for _, _, low in
                                             into_caption_strip(scene))
    assert silent_motion(scene)
    assert long_caption_lines(scene)


def test_the_visible_box_counts_only_what_a_viewer_sees() -> None:
    """A faded-out member, a stroke of width 0 and a tracker's point add nothing to
    the box the strip and frame checks read; an opaque member does."""
    from tests.scene_helpers import _visible_box

    shown = Square(side_length=1.0)
    hidden = Dot(3 * DOWN).set_opacity(0.0)
    outline_only = Square(side_length=1.0).shift(3 * UP).set_stroke(width=0).set_fill(opacity=0)
    group = VGroup(shown, hidden, outline_only)
    low, high = _visible_box(group)
    assert low[:2] == pytest.approx([-0.5, -0.5]) and high[:2] == pytest.approx([0.5, 0.5])
    assert _visible_box(VGroup(hidden)) is None
    assert _visible_box(ValueTracker(2.0)) is None
    hidden.set_opacity(1.0)
    assert _visible_box(group)[0][1] < -2.9


def test_the_recorders_fast_reads_agree_with_manims() -> None:
    """The recorder's own family walk gives Manim's list (shared members kept once, at
    their last place), and its alpha reads every row of a gradient, not only the first."""
    from tests.scene_helpers import _alpha, _members_with_points

    inner = VGroup(Square(), Circle(), VGroup())
    shared = Dot()
    groups = [VGroup(shared, inner, Dot()), VGroup(inner, shared, VGroup(shared, inner[0])),
              Dot(), VGroup(), VGroup(VGroup(VGroup(shared)), shared)]
    for group in groups:
        assert _members_with_points(group) == group.family_members_with_points()
    faded_in = Square().set_fill(opacity=0).set_stroke(width=4)
    faded_in.stroke_rgbas = np.array([[1, 1, 1, 0.0], [1, 1, 1, 0.0], [1, 1, 1, 0.8]])
    assert _alpha(faded_in) == pytest.approx(0.8)
    faded_in.set_stroke(width=0)
    assert _alpha(faded_in) == 0.0


def test_tick_steps_in_scientific_form_have_their_decimals() -> None:
    from scenes.toolkit.style import decimals

    assert [decimals(x) for x in (1.0, 0.5, 0.25, 1e-5, 100.0)] == [0, 1, 2, 5, 0]


def test_two_reveals_of_one_mobject_in_one_play_end_visible(tmp_path) -> None:
    """A group and one of its members revealed together: the member ends at its own
    opacity, not at the zero the first fade set when it began."""
    part = Square(fill_opacity=0.5)
    group = VGroup(part, Dot())

    class Both(Scene):
        def construct(self) -> None:
            self.play(Reveal(group), Reveal(part))

    dry_run(Both, tmp_path)
    assert part.get_fill_opacity() == pytest.approx(0.5)
    assert part.get_stroke_opacity() == pytest.approx(1.0)


def test_numbers_round_half_up_from_the_typed_decimal() -> None:
    # 1/1.6 is 0.625 to a viewer (its binary neighbour is 0.62499999999999996): it shows 0.63.
    assert number(1 / 1.6, significant=2).text == "0.63"
    assert number(0.6249, significant=2).text == "0.62"
    assert number(2.675, significant=3).text == "2.68"
    assert number(-0.125, significant=2).text == "−0.13"


def test_a_bookmark_opening_a_new_subtitle_cue_falls_in_that_cue() -> None:
    """"…first sentence. {@next}Second sentence…": the animation at the bookmark starts
    when the second cue appears, not 30 % into the first."""
    from scenes.toolkit.narration import ReadingNarrator, chunk_spans

    words = say("The first sentence is long enough to fill one whole subtitle cue alone. "
                "{@next}The second sentence opens a cue of its own and says more.")
    spans = chunk_spans(words.caption)
    assert len(spans) == 2
    fraction = ReadingNarrator().mark_fraction(words, "next")
    assert fraction == pytest.approx(spans[1][0], abs=1e-9)


def test_every_subtitle_cue_stays_long_enough_to_read() -> None:
    """A short cue between long ones gets MIN_CAPTION_SECONDS, not its share of the
    characters (InactiveConstraint's "Take gᵀ of both sides:" stood 1.7 s), and a cue
    full of symbols gets more time than one of plain words of the same length."""
    from scenes.toolkit.narration import (MIN_CAPTION_SECONDS, READING_SECONDS_PER_CHAR,
                                          caption_chunks, chunk_spans, cue_reading_seconds)

    caption = ("The white dashed path of w*, the direction of the dashes at the start. "
               "Take gᵀ of both sides: gᵀw* = t on the edge and gᵀŵ = ‖ŵ‖₁ "
               "(ŵ has g's signs), which gives λ.")
    chunks = caption_chunks(caption)
    assert chunks[1] == "Take gᵀ of both sides:"
    total = reading_seconds(caption)
    assert total == pytest.approx(sum(cue_reading_seconds(c) for c in chunks))
    # Shared out by characters (the old rule), this cue got about 22 / 15 s < 2 s.
    assert len(chunks[1]) * READING_SECONDS_PER_CHAR < MIN_CAPTION_SECONDS
    shown = [(end - begin) * total for begin, end in chunk_spans(caption)]
    assert shown[1] >= MIN_CAPTION_SECONDS - 1e-9
    for chunk, seconds in zip(chunks, shown):
        assert seconds == pytest.approx(cue_reading_seconds(chunk))
    words, symbols = "a plain sentence of words", "λ = (‖ŵ‖₁ − t)/gᵀH⁻¹g  ok"
    assert len(words) == len(symbols)
    assert cue_reading_seconds(symbols) > cue_reading_seconds(words) + 0.5


def test_a_box_is_manims_box_from_one_pass() -> None:
    from manim import Text, VMobject

    shapes = [Circle(radius=0.7).shift(RIGHT * 2), MathTex(r"\hat w", "= (1, 2)").shift(UP),
              VGroup(Dot(), Square(side_length=0.3).shift(2 * DOWN)), Text("lower loss")]
    for shape in shapes:
        low, high = box_of(shape)
        assert np.array_equal(low, shape.get_corner(DOWN + LEFT)[:2])
        assert np.array_equal(high, shape.get_corner(UP + RIGHT)[:2])
    assert np.array_equal(box_of(VMobject())[0], VMobject().get_corner(DOWN + LEFT)[:2])


def test_boxes_meet_when_closer_than_the_gap_on_both_axes() -> None:
    a = Square(side_length=1.0)  # box [-0.5, 0.5]²
    for shift, gap, met in [(1.0, 0.0, True),  # edges touch: closed boxes share a point
                            (1.01, 0.0, False), (1.01, 0.02, True), (1.03, 0.02, False),
                            (0.3, 0.0, True)]:
        b = Square(side_length=1.0).shift(RIGHT * shift)
        assert boxes_meet(a, b, gap=gap) is met and boxes_meet(b, a, gap=gap) is met
    # Apart on one axis only is apart: boxes meet only when they meet on both axes.
    assert not boxes_meet(a, Square(side_length=1.0).shift(RIGHT * 0.2 + UP * 1.5), gap=0.4)
    assert boxes_meet(a, Square(side_length=1.0).shift(RIGHT * 0.2 + UP * 1.5), gap=0.5)


def test_a_segment_meets_a_box_exactly_where_its_points_do(rng) -> None:
    low, high = np.array([-0.5, -0.25]), np.array([0.75, 0.5])
    inside = lambda p: np.all((p >= low) & (p <= high), axis=-1)  # noqa: E731
    u = np.linspace(0.0, 1.0, 4001)[:, np.newaxis]
    met = 0
    for _ in range(400):
        a, b = rng.uniform(-1.5, 1.5, 2), rng.uniform(-1.5, 1.5, 2)
        sampled = bool(np.any(inside(a + u * (b - a))))
        exact = segment_meets_box(a, b, low, high)
        if sampled:  # a sampled point inside: the exact test must agree
            assert exact
        if exact:  # a graze between samples: some sample is within one spacing of the box
            met += 1
            step = float(np.linalg.norm(b - a)) / 4000
            near = np.all((a + u * (b - a) >= low - step) & (a + u * (b - a) <= high + step),
                          axis=-1)
            assert sampled or np.any(near)
    assert 50 < met < 350
    # Axis-parallel segments, a segment inside, one that ends on the edge, one that misses.
    assert segment_meets_box((0.0, -2.0), (0.0, 2.0), low, high)
    assert segment_meets_box((0.1, 0.1), (0.2, 0.2), low, high)
    assert segment_meets_box((-2.0, 0.5), (-0.5, 0.5), low, high)
    assert not segment_meets_box((-2.0, 0.6), (2.0, 0.6), low, high)
    assert not segment_meets_box((-2.0, -2.0), (-1.0, 2.0), low, high)


def test_place_clears_box_arithmetic_is_manims_next_to(rng) -> None:
    from scenes.toolkit.style import _COMPASS, _box3, _next_to_shift

    label = MathTex(r"-\nabla f(w^*)").shift(RIGHT * 0.3)
    for direction in [*_COMPASS, UP, DOWN + LEFT, np.array([0.6, -0.8, 0.0])]:
        point = np.array([*rng.uniform(-3, 3, 2), 0.0])
        gap = float(rng.uniform(0.05, 0.4))
        moved = label.copy().next_to(point, direction, buff=gap)
        shift = _next_to_shift(_box3(label), point, direction, gap)
        assert np.allclose(moved.get_center(), label.get_center() + shift, atol=1e-12)


def test_changed_first_names_the_attribute_the_variant_wrote() -> None:
    from scenes.toolkit.params import changed_first

    class Story:
        parameters = {"center": None, "hessian": None, "strength": None}
        center = (1.0, 2.0)
        hessian = ((2.0, 0.5), (0.5, 1.0))
        strength = 1.0

    class SameValues(Story):
        center = (1.0, 2.0)                        # written, but equal to the default

    class NewHessian(Story):
        hessian = ((1.0, 0.999), (0.999, 1.0))

    assert changed_first(NewHessian(), "strength", "hessian", "center") == "hessian"
    assert changed_first(SameValues(), "strength", "hessian", "center") == "strength"
    assert changed_first(Story(), "center") == "center"
    with pytest.raises(ValueError, match="names"):
        changed_first(Story())


def test_number_like_keeps_the_form_of_the_number_it_derives_from():
    """A halved λ reads as the same kind of number as λ (LECTURER r30, finding 8)."""
    assert number(0.000146123 / 2.0, like=0.000146123).text == "0.0000731"
    assert number(0.000146123 / 2.0).text == "7.31×10⁻⁵"
    assert number(0.605 / 2.0, like=0.605).text == number(0.3025).text == "0.303"
    assert number(-0.556 / 2.0, like=-0.556).text == "−0.278"
    assert number(3e-5, like=2e-5).text == number(3e-5).text
