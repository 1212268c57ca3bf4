"""A lecture's material and the film: clips, captions, posters, index, chapters, first frames."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import av
import numpy as np
import pytest
import srt
from manim import FadeIn, Square, tempconfig
from manim.utils.exceptions import EndSceneEarlyException

from scenes.lecture import (
    BLANK_FRAME_LEVEL,
    film_captions,
    index_html,
    join_film,
    scene_material,
)
from scenes.toolkit.story import StoryScene
from tests.test_deck import WORDS, ThreeBeats


class FadesIn(StoryScene):
    """A square fades in: the first frame is empty."""

    def construct(self) -> None:
        with self.cue("A square fades in, and that is all there is to see.") as cue:
            cue.play(FadeIn(Square()), until=cue.END)


def _streams(video: Path) -> dict[str, int]:
    with av.open(str(video)) as container:
        kinds: dict[str, int] = {}
        for stream in container.streams:
            kinds[stream.type] = kinds.get(stream.type, 0) + 1
        return kinds


def _subtitle_texts(video: Path) -> list[tuple[float, str]]:
    """(start, text) of each non-empty sample of the video's mov_text track."""
    out = []
    with av.open(str(video)) as container:
        stream = container.streams.subtitles[0]
        for packet in container.demux(stream):
            payload = bytes(packet)
            if packet.pts is None or len(payload) <= 2:
                continue  # an empty sample fills a gap between cues
            length = int.from_bytes(payload[:2], "big")
            out.append((float(packet.pts * stream.time_base),
                        payload[2:2 + length].decode("utf-8")))
    return out


def test_a_scene_s_material_has_its_clips_captions_poster_and_index(tmp_path,
                                                                     monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "lecture" / "01-ThreeBeats"
    with tempconfig({"media_dir": str(tmp_path / "media"), "disable_caching": True}):
        material = scene_material(ThreeBeats, folder, quality="l", title="Three beats")
    root = folder.parent
    assert [clip.name for clip in material.clips] == list(WORDS)
    for clip in material.clips:
        assert " ".join(clip.words.split()) == WORDS[clip.name]
        assert {Path(path).suffix for path in clip.captions} == {".srt", ".vtt"}
        cues = list(srt.parse((root / clip.captions[0]).read_text()))
        assert cues and cues[0].start == timedelta(0)  # on the clip's own clock
        assert cues[-1].end.total_seconds() <= clip.duration + 0.1
    # The clips are the whole video cut at the beats.
    assert sum(clip.duration for clip in material.clips) == pytest.approx(material.duration,
                                                                         abs=0.15)
    # The captions ride in the video as a soft-subtitle track, word for word the .srt.
    assert _streams(root / material.video).get("subtitle") == 1
    track = _subtitle_texts(root / material.video)
    cues = list(srt.parse((root / material.captions[0]).read_text()))
    assert [text for _, text in track] == [cue.content for cue in cues]
    assert [start for start, _ in track] == pytest.approx(
        [cue.start.total_seconds() for cue in cues], abs=0.002)
    from PIL import Image
    assert Image.open(root / material.poster).size == (854, 480)
    assert material.sheets and (root / material.sheets[0]).exists()
    assert material.first_frame_blank is False
    saved = json.loads((folder / "material.json").read_text())
    assert saved["clips"][1]["words"] == material.clips[1].words
    page = index_html([material])
    for clip in material.clips:
        assert f'href="{clip.video}"' in page and clip.name in page
    assert f'src="{material.poster}"' in page


def test_a_first_frame_with_nothing_drawn_is_reported_blank(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with tempconfig({"media_dir": str(tmp_path / "media"), "disable_caching": True}):
        material = scene_material(FadesIn, tmp_path / "lecture" / "01-FadesIn", quality="l")
    assert material.first_frame_blank is True


def test_film_captions_move_each_part_by_the_parts_before_it(tmp_path) -> None:
    first, second = tmp_path / "a.srt", tmp_path / "b.srt"
    first.write_text(srt.compose([srt.Subtitle(1, timedelta(seconds=0), timedelta(seconds=2), "a")]))
    second.write_text(srt.compose([srt.Subtitle(1, timedelta(seconds=1), timedelta(seconds=3), "b"),
                                   srt.Subtitle(2, timedelta(seconds=3), timedelta(seconds=4), "c")]))
    cues = film_captions([(first, 5.0), (tmp_path / "none.srt", 2.5), (second, 4.0)])
    assert [(c.start.total_seconds(), c.end.total_seconds(), c.content) for c in cues] == [
        (0.0, 2.0, "a"), (8.5, 10.5, "b"), (10.5, 11.5, "c")]
    assert [c.index for c in cues] == [1, 2, 3]


@pytest.mark.render
def test_the_film_joins_voiced_scenes_with_a_chapter_each_and_their_captions(
        tmp_path, monkeypatch) -> None:
    """Two voiced scenes joined: chapters start where each part starts, the captions of
    the second part are moved by the first's length, the voice survives the join."""
    from scenes.toolkit import narration
    from scenes.toolkit.voice import FliteVoice

    monkeypatch.chdir(tmp_path)
    # The voice is chosen at import from REGVIZ_VOICE (a film's worker process sets it).
    monkeypatch.setattr(narration, "_NARRATOR", FliteVoice(cache=tmp_path / "voice"))
    parts = []
    for title, scene in (("Three beats", ThreeBeats), ("A fade", FadesIn)):
        with tempconfig({"media_dir": str(tmp_path / "media"), "disable_caching": True}):
            material = scene_material(scene, tmp_path / "s" / scene.__name__, quality="l")
        parts.append((title, tmp_path / "media" / "videos" / "480p15" / f"{scene.__name__}.mp4"))
        assert parts[-1][1].exists(), list((tmp_path / "media").rglob("*.mp4"))
        assert material.clips
    film = join_film(parts, tmp_path / "film" / "film.mp4")
    durations = []
    for _, video in parts:
        with av.open(str(video)) as container:
            durations.append(float(container.duration / av.time_base))
    assert _streams(parts[0][1]) == {"video": 1, "audio": 1}
    # The chapters are a timed-text track too (a "data" stream for PyAV).
    assert _streams(film) == {"video": 1, "audio": 1, "subtitle": 1, "data": 1}
    with av.open(str(film)) as container:
        chapters = container.chapters()
        total = float(container.duration / av.time_base)
    assert [chapter["metadata"]["title"] for chapter in chapters] == ["Three beats", "A fade"]
    starts = [float(chapter["start"] * chapter["time_base"]) for chapter in chapters]
    assert starts == pytest.approx([0.0, durations[0]], abs=0.002)
    assert total == pytest.approx(sum(durations), abs=0.1)
    track = _subtitle_texts(film)
    second = list(srt.parse(parts[1][1].with_suffix(".srt").read_text()))
    assert track[-1][1] == second[-1].content
    assert track[-1][0] == pytest.approx(durations[0] + second[-1].start.total_seconds(),
                                         abs=0.002)
    assert film.with_suffix(".srt").exists() and film.with_suffix(".vtt").exists()


def test_no_scene_of_the_story_opens_on_a_blank_frame(tmp_path) -> None:
    """Every video's first frame shows something (a slide's or player's thumbnail): the
    first frame drawn, compared with the background."""
    from scenes.cli import story
    from scenes.toolkit import palette

    background = palette.BACKGROUND.to_rgb() * 255
    blank = []
    for name, scene_class in story().items():
        with tempconfig({"dry_run": True, "quality": "low_quality", "disable_caching": True,
                         "verbosity": "ERROR", "progress_bar": "none",
                         "media_dir": str(tmp_path)}):
            scene = scene_class()
            frames: list[np.ndarray] = []

            def first_frame(frame, num_frames=1, frames=frames):
                frames.append(np.array(frame[..., :3], dtype=float))
                raise EndSceneEarlyException()  # the rest of the scene is not needed

            scene.renderer.add_frame = first_frame
            scene.render()
        level = float(np.abs(frames[0] - background).mean())
        if level < BLANK_FRAME_LEVEL:
            blank.append((name, round(level, 2)))
    assert not blank
