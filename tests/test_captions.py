"""Captions beside every video: the SubRip Manim writes, and the same cues as WebVTT."""

from __future__ import annotations

import re

import pytest
from datetime import timedelta
from pathlib import Path

import srt
from manim import Square, tempconfig

from scenes.toolkit.captions import webvtt
from scenes.toolkit.story import StoryScene

WEBVTT_TIMING = re.compile(r"^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\.(\d{3})$")


def _seconds(h: str, m: str, s: str, ms: str) -> float:
    return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000


def parse_webvtt(text: str) -> list[tuple[float, float, str]]:
    """(start, end, text) of each cue, by the WebVTT grammar's parts used here."""
    blocks = text.strip("\n").split("\n\n")
    assert blocks[0] == "WEBVTT"
    cues = []
    for block in blocks[1:]:
        timing, *lines = block.split("\n")
        match = WEBVTT_TIMING.match(timing)
        assert match, timing
        cues.append((_seconds(*match.groups()[:4]), _seconds(*match.groups()[4:]), "\n".join(lines)))
    return cues


class Cue:
    def __init__(self, start: float, end: float, content: str) -> None:
        self.start, self.end, self.content = timedelta(seconds=start), timedelta(seconds=end), content


def test_webvtt_has_the_header_timings_and_text_in_order() -> None:
    text = webvtt([Cue(3725.5, 3727.25, "second\n\ncue --> here"), Cue(0.0, 1.0, "ŵ = (1, 2)")])
    assert text.startswith("WEBVTT\n\n")
    assert parse_webvtt(text) == [(0.0, 1.0, "ŵ = (1, 2)"),
                                  (3725.5, 3727.25, "second\ncue → here")]
    assert "01:02:05.500 --> 01:02:07.250" in text


class Tiny(StoryScene):
    def construct(self) -> None:
        square = Square()
        with self.cue("A square appears{@shown}. It is one unit on each side.") as cue:
            cue.play(square.animate.shift([0.5, 0.0, 0.0]), until="shown")


def test_a_rendered_scene_writes_vtt_with_the_srt_cues(tmp_path: Path) -> None:
    with tempconfig({"media_dir": str(tmp_path), "quality": "low_quality",
                     "disable_caching": True, "verbosity": "ERROR", "progress_bar": "none",
                     "pixel_width": 160, "pixel_height": 90}):
        scene = Tiny()
        scene.render()
    srt_files = list(tmp_path.rglob("Tiny.srt"))
    assert len(srt_files) == 1
    vtt = srt_files[0].with_suffix(".vtt")
    assert vtt.exists()
    expected = [(c.start.total_seconds(), c.end.total_seconds(), c.content)
                for c in srt.parse(srt_files[0].read_text(encoding="utf-8"))]
    got = parse_webvtt(vtt.read_text(encoding="utf-8"))
    assert len(got) == len(expected) >= 1
    for (a, b, text), (x, y, content) in zip(got, expected):
        assert abs(a - x) < 1e-3 and abs(b - y) < 1e-3 and text == content


def test_cues_move_to_the_clock_of_the_rendered_stretches() -> None:
    from scenes.toolkit.captions import cues_for_video

    cues = [Cue(0.0, 2.0, "one"), Cue(2.0, 5.0, "two"), Cue(5.0, 6.0, "three"),
            Cue(6.0, 9.0, "four")]
    # The video shows scene time 2–5 and then 7–8 (an animation in between skipped).
    got = [(c.start.total_seconds(), c.end.total_seconds(), c.content)
           for c in cues_for_video(cues, [(2.0, 5.0), (7.0, 8.0)])]
    assert got == [(0.0, 3.0, "two"), (3.0, 4.0, "four")]
    assert cues_for_video(cues, []) == []


class ThreeBeats(StoryScene):
    def construct(self) -> None:
        square = Square()
        for name, words in (("one", "First the square moves right, slowly and calmly."),
                            ("two", "Then it moves up, just as slowly, and stops."),
                            ("three", "Last it moves left and the scene is over.")):
            self.next_section(name)
            with self.cue(words) as cue:
                cue.play(square.animate.shift([0.3, 0.2, 0.0]), until=cue.END)


def _render(tmp_path: Path, **options) -> Path:
    with tempconfig({"media_dir": str(tmp_path), "quality": "low_quality",
                     "disable_caching": True, "verbosity": "ERROR", "progress_bar": "none",
                     "pixel_width": 160, "pixel_height": 90, **options}):
        ThreeBeats().render()
    return next(tmp_path.rglob("ThreeBeats.mp4"))


def _video_seconds(path: Path) -> float:
    import av

    with av.open(str(path)) as container:
        return float(container.duration / 1e6)


def test_a_partial_render_keeps_only_its_own_captions_from_zero(tmp_path: Path) -> None:
    """`manim -n 1,1` renders the second beat only: its caption, starting at 0."""
    video = _render(tmp_path, from_animation_number=1, upto_animation_number=1)
    for suffix, read in ((".srt", lambda t: [(c.start.total_seconds(), c.end.total_seconds(),
                                              c.content) for c in srt.parse(t)]),
                         (".vtt", parse_webvtt)):
        cues = read(video.with_suffix(suffix).read_text(encoding="utf-8"))
        assert [text.replace("\n", " ") for _, _, text in cues] == [
            "Then it moves up, just as slowly, and stops."]
        assert cues[0][0] == 0.0
        assert abs(cues[0][1] - _video_seconds(video)) < 0.1


def test_every_section_clip_has_its_own_captions(tmp_path: Path) -> None:
    video = _render(tmp_path, save_sections=True)
    clips = sorted((video.parent / "sections").glob("ThreeBeats_*.mp4"))
    assert [clip.stem.split("_", 2)[2] for clip in clips] == ["one", "two", "three"]
    for clip, first_word in zip(clips, ("First", "Then", "Last")):
        cues = parse_webvtt(clip.with_suffix(".vtt").read_text(encoding="utf-8"))
        assert len(cues) >= 1 and cues[0][0] == 0.0 and cues[0][2].startswith(first_word)
        assert abs(cues[-1][1] - _video_seconds(clip)) < 0.1
        assert len(list(srt.parse(clip.with_suffix(".srt").read_text(encoding="utf-8")))) \
            == len(cues)


def test_lecture_mode_drops_the_reading_holds_and_the_subtitles(tmp_path, monkeypatch) -> None:
    """REGVIZ_MODE=lecture: the video is only the motion; the words stay for the notes."""
    film = _render(tmp_path / "film")
    monkeypatch.setenv("REGVIZ_MODE", "lecture")
    with tempconfig({"media_dir": str(tmp_path / "lecture"), "quality": "low_quality",
                     "disable_caching": True, "verbosity": "ERROR", "progress_bar": "none",
                     "pixel_width": 160, "pixel_height": 90}):
        scene = Hold()
        scene.render()
    lecture = next((tmp_path / "lecture").rglob("Hold.mp4"))
    assert not lecture.with_suffix(".srt").exists()
    assert [r.words.caption for r in scene.narration_log] == [
        w.replace("{@go}", "") for w in HOLD_WORDS]
    # One 1 s motion per beat, and a still beat kept as one frame: about 2 s in all,
    # where the film holds each beat for its reading time.
    assert _video_seconds(lecture) == pytest.approx(2.0, abs=0.2)
    assert _video_seconds(film) > 6.0
    monkeypatch.setenv("REGVIZ_MODE", "talk")
    from scenes.toolkit.narration import lecture_mode
    with pytest.raises(ValueError, match="^REGVIZ_MODE: must be film or lecture"):
        lecture_mode()


HOLD_WORDS = ("First the square moves right{@go}, slowly and calmly, as we read.",
              "Nothing moves while this sentence is read.",
              "Then it moves up and the scene is over.")


class Hold(StoryScene):
    def construct(self) -> None:
        square = Square()
        with self.cue(HOLD_WORDS[0]) as cue:
            cue.play(square.animate.shift([0.3, 0.0, 0.0]), at="go", run_time=1.0)
        with self.cue(HOLD_WORDS[1]):
            pass
        with self.cue(HOLD_WORDS[2]) as cue:
            cue.play(square.animate.shift([0.0, 0.3, 0.0]), run_time=1.0)
