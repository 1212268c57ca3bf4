"""The offline voice: Flite's words set each beat's length and play at its start."""

from __future__ import annotations

import wave
from pathlib import Path

import av
import numpy as np
import pytest
import srt
from manim import Square, tempconfig

from scenes.toolkit import narration
from scenes.toolkit.notation import say
from scenes.toolkit.story import StoryScene
from scenes.toolkit.voice import BEAT_PAUSE, FliteVoice, speakable, voice_from_environment


def test_symbols_are_read_as_words() -> None:
    assert speakable("−∇f(w*) = λg, with λ ≥ 0 and ŵ outside") == \
        "minus grad f(w-star) equals lambda g, with lambda at least 0 and w-hat outside"
    assert speakable("‖w‖₁ ≤ t") == "the L1 norm of w at most t"


def test_the_environment_chooses_the_voice(monkeypatch) -> None:
    monkeypatch.setenv("REGVIZ_VOICE", "none")
    assert voice_from_environment() is None
    monkeypatch.setenv("REGVIZ_VOICE", "flite")
    assert isinstance(voice_from_environment(), FliteVoice)
    monkeypatch.setenv("REGVIZ_VOICE", "espeak")
    with pytest.raises(ValueError, match="^REGVIZ_VOICE: must be none or flite"):
        voice_from_environment()


def _seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as audio:
        return audio.getnframes() / audio.getframerate()


def test_a_cue_lasts_as_long_as_its_audio_and_marks_fall_in_order(tmp_path) -> None:
    voice = FliteVoice(cache=tmp_path)
    words = say("The contour grows{@grow} until it touches{@touch} the diamond at a corner.")
    assert voice.duration(words) == pytest.approx(_seconds(voice.audio(words)) + BEAT_PAUSE)
    grow, touch = voice.mark_fraction(words, "grow"), voice.mark_fraction(words, "touch")
    assert 0.0 < grow < touch < 1.0
    assert voice.audio(words) == voice.audio(words)  # cached: one file per text
    assert len(list(tmp_path.glob("*.wav"))) == 3  # the words, and the two prefixes


class Spoken(StoryScene):
    def construct(self) -> None:
        square = Square()
        with self.cue("First the square moves right, slowly.") as cue:
            cue.play(square.animate.shift([0.5, 0.0, 0.0]), until=cue.END)
        with self.cue("Then it stops{@stop} and waits.") as cue:
            cue.play(square.animate.shift([0.0, 0.3, 0.0]), until="stop")


def test_a_voiced_render_has_the_words_as_audio_timed_to_the_captions(tmp_path,
                                                                       monkeypatch) -> None:
    voice = FliteVoice(cache=tmp_path / "voice")
    monkeypatch.setattr(narration, "_NARRATOR", voice)
    with tempconfig({"media_dir": str(tmp_path), "quality": "low_quality",
                     "disable_caching": True, "verbosity": "ERROR", "progress_bar": "none",
                     "pixel_width": 160, "pixel_height": 90}):
        Spoken().render()
    video = next(tmp_path.rglob("Spoken.mp4"))
    cues = list(srt.parse(video.with_suffix(".srt").read_text(encoding="utf-8")))
    beats = [say("First the square moves right, slowly."), say("Then it stops{@stop} and waits.")]
    lengths = [voice.duration(words) for words in beats]
    # The captions of each beat end where its audio (and pause) ends, to a frame.
    assert cues[-1].end.total_seconds() == pytest.approx(sum(lengths), abs=0.15)
    with av.open(str(video)) as container:
        assert [s.type for s in container.streams] == ["video", "audio"]
        stream = container.streams.audio[0]
        samples = np.concatenate([frame.to_ndarray().ravel() for frame in
                                  container.decode(stream)])
        rate = stream.rate
    # Speech starts at each beat's start: loud within its first second.
    for start in (0.0, lengths[0]):
        window = samples[int(start * rate): int((start + 1.0) * rate)]
        assert np.max(np.abs(window)) > 0.05 * np.max(np.abs(samples))
