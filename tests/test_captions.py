"""Captions beside every video: the SubRip Manim writes, and the same cues as WebVTT."""

from __future__ import annotations

import re
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
