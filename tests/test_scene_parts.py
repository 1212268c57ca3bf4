"""The scene building blocks that exist for speed: Reveal/Conceal, Readout, the catalogue."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from manim import (BLUE, WHITE, YELLOW, Circle, Dot, ManimColor, MathTex, Scene, Tex, VGroup,
                   tempconfig)
from manim import Indicate as ManimIndicate

from scenes.toolkit.emphasis import SIZE_MARK, STROKE_MARK, unseen
from scenes.toolkit.emphasis import Indicate as SeenIndicate
from scenes.toolkit.readout import Readout, number_format
from scenes.toolkit.reveal import REVEAL_SECONDS, Conceal, Reveal
from scenes.toolkit.style import legible, panel_text
from tools.render_all import catalogue, scene_names


#: dvisvgm writes coordinates with a few decimals: glyphs of different TeX runs agree to
#: about 3e-8 scene units (a 1080p pixel is 7e-3).
SVG_ROUNDING = 1e-6


def alphas(mobject: VGroup) -> list[np.ndarray]:
    return [np.concatenate([m.fill_rgbas[:, 3], m.stroke_rgbas[:, 3],
                            m.background_stroke_rgbas[:, 3]])
            for m in mobject.family_members_with_points()]


def a_panel() -> VGroup:
    panel = panel_text([r"\nabla f(w^*) + \lambda\, g = 0", r"\lambda = 1.84 \ge 0"])
    label = legible(MathTex(r"w^*", color="#FF5964"))
    return VGroup(panel, label, Dot(fill_opacity=0.5))


def run(scene_body, tmp_path: Path) -> Scene:
    class Tested(Scene):
        def construct(self) -> None:
            scene_body(self)

    with tempconfig({"dry_run": True, "media_dir": str(tmp_path), "verbosity": "ERROR",
                     "progress_bar": "none", "disable_caching": True}):
        scene = Tested()
        scene.render()
    return scene


def test_reveal_adds_the_mobject_and_ends_at_its_own_opacities(tmp_path: Path) -> None:
    shown = a_panel()
    built = alphas(shown)
    scene = run(lambda s: s.play(Reveal(shown)), tmp_path)
    assert shown in scene.mobjects
    for after, before in zip(alphas(shown), built):
        np.testing.assert_array_equal(after, before)


def test_reveal_starts_transparent_and_rises_monotonically() -> None:
    shown = a_panel()
    built = alphas(shown)
    reveal = Reveal(shown)
    reveal.begin()
    assert all(np.all(a == 0.0) for a in alphas(shown))
    previous = 0.0
    for t in np.linspace(0.1, 0.9, 9):
        reveal.interpolate(t)
        factors = [a[b > 0] / b[b > 0] for a, b in zip(alphas(shown), built)]
        factor = np.concatenate(factors)
        assert np.allclose(factor, factor[0])  # one factor for every member and channel
        assert previous < factor[0] < 1.0
        previous = factor[0]
    reveal.finish()
    assert reveal.run_time == REVEAL_SECONDS


def test_reveal_does_not_copy_the_mobject() -> None:
    reveal = Reveal(a_panel())
    reveal.begin()
    assert not reveal.starting_mobject.family_members_with_points()


def test_conceal_removes_and_restores(tmp_path: Path) -> None:
    shown = a_panel()
    built = alphas(shown)

    def body(scene: Scene) -> None:
        scene.add(shown)
        scene.play(Conceal(shown))

    scene = run(body, tmp_path)
    assert shown not in scene.mobjects
    for after, before in zip(alphas(shown), built):
        np.testing.assert_array_equal(after, before)


def test_conceal_fades_out() -> None:
    shown = a_panel()
    conceal = Conceal(shown)
    conceal.begin()
    opaque = [a.max() for a in alphas(shown)]
    conceal.interpolate(0.5)
    assert all(0.0 < a.max() < o for a, o in zip(alphas(shown), opaque) if o > 0)
    conceal.interpolate(1.0)
    assert all(np.all(a == 0.0) for a in alphas(shown))


def test_reveal_rejects_what_it_cannot_fade() -> None:
    from manim import ImageMobject

    image = ImageMobject(np.zeros((2, 2, 4), dtype=np.uint8))
    with pytest.raises(TypeError, match="VMobjects only"):
        Reveal(image).begin()


@pytest.mark.parametrize(("template", "values", "shown"), [
    ("f(w) = {:5.3f}", (0.0,), ["0.000"]),
    ("f(w) = {:5.3f}", (0.9524,), ["0.952"]),
    ("{:6.3f}", (12.3456,), ["12.346"]),
    ("{:5.2f}", (3.5,), [" 3.50"]),
    (r"\text{{lasso: }} {:3d} / {:3d}", (28, 300), [" 28", "300"]),
    ("{:2.0f}", (7.0,), [" 7"]),
    (r"\text{{drawn: }}{:<3d}", (50,), ["50 "]),
    ("{: 6.3f}, {: 6.3f}", (0.06, -0.06), [" 0.060", "-0.060"]),  # a sign slot with no "+"
])
def test_readout_shows_the_rounded_values(template, values, shown) -> None:
    readout = Readout(template, *values)
    assert readout.texts == shown
    assert readout.get_values() == tuple(float(v) for v in values)


@pytest.mark.parametrize(("template", "values", "typeset"), [
    ("f(w) = {:5.3f}", (0.952,), "f(w) = 0.952"),
    ("{:6.3f}", (12.346,), "12.346"),
    ("t = {:4.2f}", (3.5,), "t = 3.50"),
    (r"\text{{drawn: }}{:<3d}", (300,), r"\text{drawn: }300"),
    (r"\text{{lasso: }} {:3d} / {:3d}\ \text{{sparse}}", (175, 300),
     r"\text{lasso: } 175 / 300\ \text{sparse}"),
])
def test_readout_glyphs_sit_where_tex_typesets_them(template, values, typeset) -> None:
    """Every glyph's outline equals TeX's for the same line, up to one common shift."""
    readout = Readout(template, *values)
    reference = [glyph for part in MathTex(typeset, font_size=34) for glyph in part]
    glyphs = readout.submobjects[:-1]  # the last one is the invisible frame
    assert len(glyphs) == len(reference)
    shift = reference[0].get_center() - glyphs[0].get_center()
    for glyph, expected in zip(glyphs, reference):
        assert glyph.points.shape == expected.points.shape
        np.testing.assert_allclose(glyph.points + shift, expected.points, atol=SVG_ROUNDING)


@pytest.mark.parametrize(("template", "value", "typeset"), [
    ("w = ({:+5.2f})", -0.58, "w = (-0.58)"), ("w = ({:+5.2f})", 0.58, "w = (+0.58)"),
    ("w = ({:+6.2f})", -12.25, "w = (-12.25)")])
def test_a_signed_readout_is_set_as_tex_sets_it(template, value, typeset) -> None:
    """A value that may change sign shows "+0.58", not a blank where a minus could be."""
    readout = Readout(template, value)
    reference = [glyph for part in MathTex(typeset, font_size=34) for glyph in part]
    glyphs = readout.submobjects[:-1]
    assert len(glyphs) == len(reference)
    shift = reference[0].get_center() - glyphs[0].get_center()
    for glyph, expected in zip(glyphs, reference):
        assert glyph.points.shape == expected.points.shape
        np.testing.assert_allclose(glyph.points + shift, expected.points, atol=SVG_ROUNDING)


@pytest.mark.parametrize("value", [-0.58, 0.58])
def test_a_signed_readout_keeps_its_sign_next_to_the_first_digit(value) -> None:
    """With a blank tens slot, the sign moves to the digits: " -0.58", never "- 0.58"."""
    tight = Readout("{:+5.2f}", value)
    wide = Readout("{:+6.2f}", value)
    def gap(readout: Readout) -> float:
        shown = [glyph for glyph in readout.submobjects[:-1] if len(glyph.points)]
        return shown[1].get_left()[0] - shown[0].get_right()[0]
    assert gap(wide) == pytest.approx(gap(tight), abs=SVG_ROUNDING)
    assert wide.texts == [f"{value:+6.2f}"]


def test_a_signed_zero_has_no_sign() -> None:
    assert Readout("{:+5.2f}", -0.001).texts == ["  0.00"[1:]]
    assert Readout("{:+5.2f}", 0.3).texts == ["+0.30"]


def test_readout_keeps_its_box_and_point_when_digits_go_blank() -> None:
    readout = Readout("{:5.2f}", 0.0)
    readout.shift(np.array([1.0, -2.0, 0.0]))
    point = readout[2].get_center().copy()
    box = (readout.get_left().copy(), readout.get_right().copy())
    readout.set_value(10.0)
    readout.set_value(9.5)
    np.testing.assert_allclose(readout[2].get_center(), point)
    np.testing.assert_allclose(readout.get_left(), box[0])
    np.testing.assert_allclose(readout.get_right(), box[1])
    assert len(readout[0].points) == 0


def test_a_readout_styled_as_a_whole_never_draws_its_box_diagonal() -> None:
    # Its last submobject only keeps the line's box; outlined by `legible`, it was drawn
    # as a dark stroke across the digits (LagrangeHike, review r60).
    readout = Readout(r"\lambda = {:5.2f}", 1.25)
    diagonal = readout.submobjects[-1]
    legible(readout)
    readout.set_opacity(1.0)
    readout.set_color("#FFFFFF")
    readout.set_stroke(width=3, opacity=1.0)
    readout.set_value(2.5)
    assert not np.concatenate(alphas(VGroup(diagonal))).any()
    # The glyphs themselves take the styles.
    glyph = readout.submobjects[0]
    assert glyph.get_fill_opacity() == 1.0
    assert glyph.background_stroke_rgbas[:, 3].min() == 1.0
    assert glyph.get_stroke_width(background=True) == 5


@pytest.mark.parametrize(("template", "values", "typeset", "options"), [
    (r"\hat w_1 = {:6.2f}", (1.0,), r"\hat w_1 = 1.00", {}),
    (r"w = ({:+6.3f},\ {:+6.3f})", (1.0, 0.0), r"w = (+1.000,\ 0)", {"exact_zeros": True}),
    (r"({: 6.3f},\ {: 6.3f})", (0.06, -0.06), r"(0.060,\ -0.060)", {}),
    (r"\lambda = {:6.3f}\ \text{{now}}", (0.5,), r"\lambda = 0.500\ \text{now}", {}),
    (r"({:+7.2f},\ {:+7.2f})", (-0.5, 12.0), r"(-0.50,\ +12.00)", {}),
    (r"w^* = ({:5.2f},\ {:5.2f})", (0.0, 1.0), r"w^* = (0,\ 1)", {"exact_integers": True}),
    (r"w^* = ({:5.2f},\ {:5.2f})", (0.25, 0.75), r"w^* = (0.25,\ 0.75)",
     {"exact_integers": True}),
])
def test_a_short_value_closes_its_blanks_as_tex_would_set_it(template, values, typeset,
                                                             options) -> None:
    """No gap where blank slots are: "ŵ₁ = 1.00" and "(+1.000, 0)", as TeX sets them."""
    readout = Readout(template, *values, **options)
    reference = [glyph for part in MathTex(typeset, font_size=34) for glyph in part]
    glyphs = [glyph for glyph in readout.submobjects[:-1] if len(glyph.points)]
    assert len(glyphs) == len(reference)
    shift = reference[0].get_center() - glyphs[0].get_center()
    for glyph, expected in zip(glyphs, reference):
        assert glyph.points.shape == expected.points.shape
        np.testing.assert_allclose(glyph.points + shift, expected.points, atol=SVG_ROUNDING)


def test_a_closed_line_keeps_its_left_end_and_box_and_follows_the_value() -> None:
    readout = Readout(r"w = ({:+6.3f})", 1.0, exact_zeros=True)
    readout.shift(np.array([1.0, -2.0, 0.0]))
    first, box = readout[0].get_left().copy(), (readout.get_left().copy(), readout.get_right().copy())
    closing = readout[-2]  # the ")"
    at_one = closing.get_center().copy()
    readout.set_value(0.0)
    assert closing.get_center()[0] < at_one[0] - 0.2  # "(0)" is shorter than "(+1.000)"
    readout.set_value(1.0)
    np.testing.assert_allclose(closing.get_center(), at_one)
    np.testing.assert_allclose(readout[0].get_left(), first)
    np.testing.assert_allclose(readout.get_left(), box[0])
    np.testing.assert_allclose(readout.get_right(), box[1])


def test_fixed_columns_keep_the_point_where_it_was() -> None:
    readout = Readout(r"x = {:6.2f}", 1.0, fixed_columns=True)
    point = readout[-4].get_center().copy()  # the "." of " 1.00"
    readout.set_value(10.0)
    np.testing.assert_allclose(readout[-4].get_center(), point)
    closed = Readout(r"x = {:6.2f}", 1.0)
    closed_point = closed[-4].get_center().copy()
    closed.set_value(10.0)
    assert closed[-4].get_center()[0] > closed_point[0] + 0.1


def test_left_aligned_counts_leave_their_blanks_at_the_end() -> None:
    readout = Readout(r"\text{{drawn: }}{:<3d}", 300)
    first = readout[-4].get_center().copy()  # the count's first digit
    readout.set_value(7)
    np.testing.assert_allclose(readout[-4].get_center()[0], first[0], atol=0.05)
    assert [len(glyph.points) == 0 for glyph in readout.submobjects[-3:-1]] == [True, True]


def test_number_format_fits_the_largest_value() -> None:
    assert number_format(0.952, 3) == "{:5.3f}"
    assert number_format(12.3456, 3) == "{:6.3f}"
    assert number_format(300, 0) == "{:3.0f}"
    assert number_format(0.5, 2, signed=True) == "{:+5.2f}"
    assert number_format(0.5, 2, signed=True, plus=False) == "{: 5.2f}"
    assert number_format(300, 0, left=True) == "{:<3d}"
    with pytest.raises(ValueError, match="left"):
        number_format(1.5, 1, left=True)
    with pytest.raises(ValueError, match="decimals"):
        number_format(1.0, -1)


@pytest.mark.parametrize("template", ["f(w)", r"\text{a} {:3d}", "{}", "{:f}", "{:.3f}", "{x:3d}", "{:3.3f}",
                                      "{!r:3d}", "{:3x}"])
def test_readout_rejects_bad_templates(template: str) -> None:
    with pytest.raises(ValueError, match="template"):
        Readout(template, 1.0)


@pytest.mark.parametrize("value", [-0.5, float("nan"), float("inf"), 100.0])
def test_readout_rejects_values_it_cannot_show(value: float) -> None:
    readout = Readout("{:4.1f}", 0.0)
    with pytest.raises(ValueError, match="value"):
        readout.set_value(value)


def test_readout_needs_one_value_per_placeholder() -> None:
    with pytest.raises(ValueError, match="values"):
        Readout("{:3d} / {:3d}", 1)
    readout = Readout("{:3d} / {:3d}", 1, 2)
    with pytest.raises(ValueError, match="values"):
        readout.set_values(1)
    with pytest.raises(ValueError, match="whole number"):
        readout.set_values(1.5, 2)


def test_catalogue_lists_scenes_not_helpers() -> None:
    names = [name for _, name in catalogue()]
    assert "L1Tangency" in names and "UnitBalls" in names
    assert not {"Reveal", "Conceal", "Readout"} & set(names)
    # The README's catalogue table is the list a lecturer reads: every scene
    # rendered by `make render` has its row, and every row a scene.
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    rows = re.findall(r"^\| \d+ \| `(\w+)` \|", readme, flags=re.MULTILINE)
    assert len(names) == len(set(names)) == len(rows)
    assert set(names) == set(rows)


def test_scene_names_follows_bases_within_the_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.py"
    path.write_text(
        "from manim import Scene, VGroup\n"
        "__all__ = ['Base', 'Child', 'Helper', 'Missing']\n"
        "class Base(Scene): ...\n"
        "class Child(Base): ...\n"
        "class Helper(VGroup): ...\n"
    )
    assert scene_names(path) == ["Base", "Child"]


def test_tex_text_is_revealed_like_math() -> None:
    heading = Tex("a heading")
    reveal = Reveal(heading)
    reveal.begin()
    reveal.interpolate(1.0)
    reveal.finish()
    assert all(np.all(a[: len(m.fill_rgbas)] == 1.0)
               for a, m in zip(alphas(heading), heading.family_members_with_points()))


# ------------------------------------------------------------------ to_scene
#: The affine map and Manim's interpolation round differently; both are exact to this.
MAP_ATOL = 1e-12


def test_to_scene_is_manims_coords_to_point_and_follows_the_axes(
    rng: np.random.Generator,
) -> None:
    from manim import Axes

    from scenes.toolkit.style import to_scene

    axes = Axes(x_range=[-2.5, 3.0, 0.5], y_range=[-1.0, 4.0, 1.0], x_length=5.5, y_length=4.0)
    points = rng.uniform(-3.0, 4.0, (50, 2))

    def manim(a: Axes) -> np.ndarray:
        return np.array(a.coords_to_point(points[:, 0], points[:, 1])).T

    np.testing.assert_allclose(to_scene(axes, points), manim(axes), rtol=0, atol=MAP_ATOL)
    np.testing.assert_allclose(to_scene(axes, points[3]), manim(axes)[3], rtol=0, atol=MAP_ATOL)
    axes.shift([1.0, -2.0, 0.0]).scale(0.7)  # the cached map must not survive a move
    np.testing.assert_allclose(to_scene(axes, points), manim(axes), rtol=0, atol=MAP_ATOL)
    copy = axes.copy().shift([0.5, 0.5, 0.0])
    np.testing.assert_allclose(to_scene(copy, points), manim(copy), rtol=0, atol=MAP_ATOL)


def test_to_scene_refuses_logarithmic_axes() -> None:
    from manim import Axes, LogBase

    from scenes.toolkit.style import to_scene

    axes = Axes(x_range=[0, 2, 1], y_range=[0, 2, 1], x_axis_config={"scaling": LogBase()})
    with pytest.raises(ValueError, match="^axes:"):
        to_scene(axes, [1.0, 1.0])


# ------------------------------------------------------------------ encoding
def test_held_frames_encode_to_the_same_bytes_as_manims_own_method(tmp_path: Path) -> None:
    from fractions import Fraction

    from manim._config.video_encoder import VideoEncoderSpec
    from manim.scene.video_segment_encoder import VideoSegmentEncoder

    from scenes.toolkit import encoding

    assert encoding.install() and encoding.installed()
    assert encoding.install()  # idempotent: still one wrapper around Manim's method
    patched = VideoSegmentEncoder.write_frame
    original = patched.__wrapped__
    assert not hasattr(original, "__wrapped__")
    spec = VideoEncoderSpec(container_format="mp4", codec="libx264", pixel_format="yuv420p",
                            width=128, height=72, frame_rate=Fraction(15),
                            options=(("crf", "23"),))
    rng = np.random.default_rng(3)
    frames = [rng.integers(0, 256, (72, 128, 4), dtype=np.uint8) for _ in range(3)]
    outputs = []
    for name, write in (("manim", original), ("once", patched)):
        encoder = VideoSegmentEncoder(target=tmp_path / f"{name}.mp4", spec=spec)
        write(encoder, frames[0], repeat=1)
        write(encoder, frames[1], repeat=20)  # a hold
        write(encoder, frames[2], repeat=1)
        encoder.finish()
        outputs.append((tmp_path / f"{name}.mp4").read_bytes())
    assert outputs[0] == outputs[1]
    with pytest.raises(ValueError, match="repeat"):
        patched(VideoSegmentEncoder(target=tmp_path / "bad.mp4", spec=spec), frames[0], repeat=0)


def test_a_fitting_readout_is_typeset_smaller_to_fit_its_room() -> None:
    template = r"|\partial f/\partial w_2| = {:8.6f}\ \le\ \lambda = {:8.6f}"
    wide = Readout(template, 0.000123, 0.000456)
    fitted = Readout.fitting(0.8 * wide.width, template, 0.000123, 0.000456)
    assert fitted.width <= 0.8 * wide.width
    assert fitted.width > 0.7 * wide.width  # no smaller than it has to be
    assert fitted.texts == wide.texts
    assert Readout.fitting(2 * wide.width, template, 0.0, 0.0).width == pytest.approx(wide.width)
    with pytest.raises(ValueError, match="^room"):
        Readout.fitting(0.3 * wide.width, template, 0.0, 0.0)


def test_a_readout_scaled_for_a_moment_keeps_its_digits_in_the_scaled_line() -> None:
    """Indicate scales a live readout while its updater runs: the digits must sit where a
    scaled copy of the line puts them, not where the unscaled line would (a reviewer saw
    "λ =2.76" with the "=" over the digits)."""
    readout = Readout(r"w^* = ({:+6.2f},\ {:+6.2f}),\ \lambda = {:5.2f}", 0.0, 1.0, 2.76)
    expected = readout.copy().scale(1.1)
    readout.scale(1.1)
    readout.set_values(0.0, 1.0, 2.76)
    for glyph, reference in zip(readout.submobjects, expected.submobjects):
        np.testing.assert_allclose(glyph.points, reference.points, atol=1e-9)


def _peak(animation) -> VGroup:
    """The animation's mobject at its peak (there_and_back's alpha 0.5 is the target)."""
    animation.begin()
    animation.interpolate(0.5)
    return animation.mobject


def test_an_indicate_in_the_mobjects_own_colour_at_scale_1_is_still_seen() -> None:
    text = MathTex(r"\lambda = 2.30", color=WHITE)
    width = text.width
    _peak(SeenIndicate(text, color=WHITE, scale_factor=1.0))
    assert text.width == pytest.approx(width * SIZE_MARK)
    assert text[0][0].get_fill_color().to_hex() == ManimColor(WHITE).to_hex()
    # Manim's own changes nothing there: that is what the recorder reports as unseen.
    text = MathTex(r"\lambda = 2.30", color=WHITE)
    assert unseen(text, WHITE, 1.0)
    _peak(ManimIndicate(text, color=WHITE, scale_factor=1.0))
    assert text.width == pytest.approx(width)


def test_a_stroked_shape_is_marked_by_its_stroke_and_keeps_its_points() -> None:
    # A contour or a ball outline: geometry drawn from regmath may not grow.
    curve = Circle(radius=1.3, color=BLUE, stroke_width=4)
    points = curve.points.copy()
    _peak(SeenIndicate(curve, color=BLUE, scale_factor=1.0))
    np.testing.assert_array_equal(curve.points, points)
    assert curve.get_stroke_width() == pytest.approx(4 * STROKE_MARK)
    assert curve.get_stroke_color().to_hex() == ManimColor(BLUE).to_hex()


def test_an_indicate_that_is_seen_anyway_is_manims() -> None:
    dot = Dot(color=WHITE)
    width = dot.width
    assert not unseen(dot, YELLOW, 1.0) and not unseen(dot, WHITE, 1.2)
    _peak(SeenIndicate(dot, color=WHITE, scale_factor=1.2))
    assert dot.width == pytest.approx(1.2 * width)


def test_the_recorder_reports_manims_unseen_indicate_and_not_the_toolkits(tmp_path) -> None:
    from tests.scene_helpers import Recorder, dry_run

    class Marks(Recorder, Scene):
        def construct(self) -> None:
            text = MathTex(r"\lambda = 2.30", color=WHITE)
            self.add(text)
            self.play(ManimIndicate(text, color=WHITE, scale_factor=1.0), run_time=0.2)
            self.play(SeenIndicate(text, color=WHITE, scale_factor=1.0), run_time=0.2)
            self.play(ManimIndicate(text, color=YELLOW), run_time=0.2)

    scene = dry_run(Marks, tmp_path, frame_rate=5)
    assert [name.split(" (")[0] for _, name in scene.unseen_emphasis] == [r"\lambda = 2.30"]


def test_a_grown_mark_stays_inside_the_frame_and_above_the_caption_strip() -> None:
    from manim import config

    from scenes.toolkit.style import CAPTION_TOP

    half_w = config.frame_width / 2
    line = MathTex(r"h/(h + \lambda) = 0.36,\ 0.69", color=WHITE)
    line.to_edge(np.array([-1.0, 0.0, 0.0]), buff=0.01)
    _peak(SeenIndicate(line, color=WHITE, scale_factor=1.0))
    assert line.get_left()[0] >= -half_w - 1e-9
    low = MathTex(r"\lambda = 2.30", color=WHITE)
    low.move_to(np.array([0.0, CAPTION_TOP + low.height / 2 + 0.005, 0.0]))
    _peak(SeenIndicate(low, color=WHITE, scale_factor=1.0))
    assert low.get_bottom()[1] >= CAPTION_TOP - 1e-9
