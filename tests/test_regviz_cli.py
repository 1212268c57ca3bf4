"""`regviz`: variants from TOML, and one-line errors that name the key."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from scenes.cli import main, story

STORY_ORDER = ["NormsAsDistances", "UnitBalls", "ClassicPicture", "LagrangeHike", "L1Tangency",
               "L2Tangency", "InactiveConstraint", "WhyCornersWin", "SparsityOdds",
               "ShrinkagePaths", "PenaltyEqualsConstraint", "ElasticNetBall", "Tangency3D",
               "SoftThresholding", "PriorsAsPenalties", "DiabetesLassoPath"]


def test_list_names_every_scene_in_story_order_with_its_data(capsys) -> None:
    assert main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == STORY_ORDER
    assert lines[4] == "L1Tangency: " + ", ".join(story()["L1Tangency"].parameters)


@pytest.mark.parametrize(("toml", "starts"), [
    (None, "missing.toml: cannot read it"),
    ("scene = [", "bad.toml: not valid TOML"),
    ("center = [1.0, 2.0]", "scene: bad.toml must name its scene"),
    ('scene = "L3Tangency"', "scene: unknown scene 'L3Tangency'"),
    ('scene = "L1Tangency"\ncentre = [1.0, 2.0]', "centre: L1Tangency has no such parameter"),
    ('scene = "L1Tangency"\ncenter = [1.0, 2.0, 3.0]', "center: must be 2 finite numbers"),
    ('scene = "L1Tangency"\ncenter = [nan, 2.0]', "center: must be 2 finite numbers (finite)"),
    ('scene = "L1Tangency"\nhessian = [[1.0, 2.0], [2.0, 1.0]]', "hessian: must be positive definite"),
    ('scene = "InactiveConstraint"\ncenter = [2.0, 1.0]', "center:"),
])
def test_bad_input_is_one_line_naming_the_key_with_status_2(toml, starts, tmp_path, capsys,
                                                            monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    name = "missing.toml" if toml is None else "bad.toml"
    if toml is not None:
        (tmp_path / name).write_text(toml)
    assert main(["render", name, "--still"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("regviz: error: " + starts), err
    assert not list(tmp_path.rglob("*.png"))  # refused before the first frame


def test_an_unknown_quality_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["render", "L1Tangency", "-q", "x"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.startswith("regviz: error: argument -q/--quality")


@pytest.mark.render
def test_a_toml_variant_renders_with_its_data(tmp_path, capsys, monkeypatch) -> None:
    """The variant's last frame is written under the TOML file's name, and it differs from
    the default scene's: the data reached the scene."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "far.toml").write_text(
        'scene = "NormsAsDistances"\npoint = [-1.5, 2.5]\n')
    assert main(["render", "far.toml", "--still"]) == 0
    printed = [Path(line) for line in capsys.readouterr().out.splitlines()]
    assert [p.name for p in printed] == ["far.png"]
    assert printed[0].exists() and printed[0].stat().st_size > 1000
    assert main(["render", "NormsAsDistances", "--still"]) == 0
    default = Path(capsys.readouterr().out.splitlines()[0])
    assert default.read_bytes() != printed[0].read_bytes()


@pytest.mark.render
def test_the_light_theme_draws_dark_text_on_white(tmp_path) -> None:
    """regviz --theme light (a fresh process: the palette is chosen at import): the frame
    is white and the panel's text is dark."""
    import subprocess
    import sys

    import numpy as np
    from PIL import Image

    env = {key: value for key, value in os.environ.items() if key != "REGVIZ_THEME"}
    result = subprocess.run([sys.executable, "-m", "scenes.cli", "render", "ClassicPicture",
                             "--still", "--theme", "light"], cwd=tmp_path, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    png = Path(result.stdout.splitlines()[-1])
    pixels = np.asarray(Image.open(tmp_path / png if not png.is_absolute() else png)
                        .convert("L"), dtype=float)
    assert np.median(pixels) > 250  # white background
    height, width = pixels.shape
    panel = pixels[: height // 3, width // 2:]  # the panel's heading and first lines
    assert np.count_nonzero(panel < 128) > 300  # dark glyphs


#: How long a watch test waits for a render (seconds): generous, since a loaded machine
#: can be slow; a failed wait must not leave the loop running into the next test.
WATCH_WAIT = 600


def _stopped(thread: Any, stop: Any) -> None:
    """Stop a watch loop and wait for it: a loop left running would render on, with
    Manim's global config and the working folder, into the next test of the process."""
    stop.set()
    thread.join(WATCH_WAIT)


@pytest.mark.render
def test_watch_renders_again_when_the_toml_is_saved(tmp_path, monkeypatch) -> None:
    import threading

    from scenes.cli import watch

    monkeypatch.chdir(tmp_path)
    spec = tmp_path / "mine.toml"
    spec.write_text('scene = "NormsAsDistances"\npoint = [3.0, 1.0]\n')
    frames: list[bytes] = []
    first = threading.Event()

    def report(line: str) -> None:
        assert not line.startswith("regviz: error"), line
        frames.append(Path(line).read_bytes())
        first.set()

    stop = threading.Event()
    thread = threading.Thread(target=watch, args=("mine.toml",),
                              kwargs={"renders": 2, "report": report, "stop": stop},
                              daemon=True)
    thread.start()
    try:
        assert first.wait(WATCH_WAIT)
        spec.write_text('scene = "NormsAsDistances"\npoint = [-2.0, 2.5]\n')
        stamp = spec.stat().st_mtime + 2.0
        os.utime(spec, (stamp, stamp))  # a save within the same mtime tick still counts
        thread.join(WATCH_WAIT)
        assert not thread.is_alive()
        assert len(frames) == 2 and frames[0] != frames[1]
    finally:
        _stopped(thread, stop)


@pytest.mark.render
def test_watch_reusing_parsed_tex_draws_the_same_still(tmp_path, monkeypatch) -> None:
    """The watch loop's TeX cache (`keep_parsed_tex`) changes speed, not pixels: the
    still drawn from cached labels equals the one drawn with the cache off."""
    import numpy as np
    from manim import MathTex
    from PIL import Image

    from scenes.cli import keep_parsed_tex, render

    monkeypatch.chdir(tmp_path)
    spec = tmp_path / "mine.toml"
    spec.write_text('scene = "NormsAsDistances"\npoint = [3.0, 1.0]\n')

    def still() -> np.ndarray:
        [png] = [path for path in render("mine.toml", still=True) if path.suffix == ".png"]
        return np.asarray(Image.open(png).convert("RGB"), dtype=np.int16)

    uncached = still()
    keep_parsed_tex()
    try:
        still()  # fills the cache
        from manim.mobject.svg.svg_mobject import SVG_HASH_TO_MOB_MAP
        filled = len(SVG_HASH_TO_MOB_MAP)
        cached = still()
        assert filled > 10 and len(SVG_HASH_TO_MOB_MAP) == filled  # every label reused
    finally:
        MathTex.set_default(use_svg_cache=False)  # as scenes.toolkit.style leaves it
    assert cached.shape == uncached.shape
    assert np.abs(cached - uncached).max() == 0


@pytest.mark.render
def test_watch_reports_a_bad_save_in_one_line_and_goes_on(tmp_path, monkeypatch) -> None:
    """A save that names no scene is one error line; the next good save renders."""
    import threading

    from scenes.cli import watch

    monkeypatch.chdir(tmp_path)
    spec = tmp_path / "mine.toml"
    spec.write_text('point = [3.0, 1.0]\n')
    lines: list[str] = []
    error = threading.Event()

    def report(line: str) -> None:
        lines.append(line)
        error.set()

    stop = threading.Event()
    thread = threading.Thread(target=watch, args=("mine.toml",),
                              kwargs={"renders": 1, "report": report, "stop": stop},
                              daemon=True)
    thread.start()
    try:
        assert error.wait(WATCH_WAIT)
        spec.write_text('scene = "NormsAsDistances"\npoint = [3.0, 1.0]\n')
        thread.join(WATCH_WAIT)
        assert not thread.is_alive()
        assert len(lines) == 2 and lines[0].startswith("regviz: error: scene:")
        assert Path(lines[1]).suffix == ".png" and Path(lines[1]).exists()
    finally:
        _stopped(thread, stop)


def test_slides_lecture_and_film_take_several_scenes() -> None:
    from scenes.cli import _parser

    args = _parser().parse_args(["slides", "L1Tangency", "mine.toml", "--to", "pptx"])
    assert args.specs == ["L1Tangency", "mine.toml"] and args.to == "pptx"
    args = _parser().parse_args(["lecture", "UnitBalls", "L2Tangency", "-q", "m"])
    assert (args.scenes, args.quality, args.mode, str(args.out)) == (
        ["UnitBalls", "L2Tangency"], "m", "film", "build/lecture")
    args = _parser().parse_args(["film", "--no-voice"])
    assert (args.scenes, args.quality, args.voice, str(args.out)) == ([], "h", False, "build/film")


def test_an_unknown_scene_for_the_lecture_is_one_line(capsys) -> None:
    assert main(["lecture", "NoSuchScene", "--out", "unused"]) == 2
    assert capsys.readouterr().err.startswith("regviz: error: scenes: unknown scene 'NoSuchScene'")


@pytest.mark.render
def test_a_still_that_skips_unseen_frames_is_pixel_identical(tmp_path, monkeypatch) -> None:
    """regviz's stills skip drawing the frames Manim would draw while skipping to the end;
    the last frame must be exactly what Manim's own still gives."""
    import numpy as np
    from PIL import Image

    import scenes.cli as cli

    monkeypatch.chdir(tmp_path)
    # Read each PNG at once: both renders write the same path.
    fast = np.asarray(Image.open(cli.render("ClassicPicture", still=True)[0]))
    monkeypatch.setattr(cli, "_draw_only_the_last_frame", lambda renderer: None)
    manims = np.asarray(Image.open(cli.render("ClassicPicture", still=True)[0]))
    assert fast.shape == manims.shape and fast.std() > 0
    assert np.array_equal(fast, manims)
