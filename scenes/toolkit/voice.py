"""A voice for the film: each beat's spoken words, synthesized offline, set its length.

The voice is CMU Flite's "slt" (a US English female voice built into the
``flite`` binary), from Debian's ``flite`` package (section main; Flite's
licence is CMU's BSD-style licence; `tools/setup.sh` installs it). Nothing is
fetched from the network: the voice ships inside the package.

Choose it with ``REGVIZ_VOICE=flite`` (or ``regviz render --voice``): every
`Cue` then lasts as long as its audio, the audio is added to the video at the
cue's start, and a bookmark falls where the voice reaches it (the prefix up to
the bookmark is synthesized and measured). Each text is synthesized once and
cached under ``media/voice/`` by a hash of the voice and the text.

The caption shows the screen's notation (ŵ, w*, λ); the voice reads the
``spoken`` form of the words, with the symbols a template typed directly
read out by `speakable` ("λ" → "lambda", "w*" → "w-star").
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import wave
from pathlib import Path
from typing import TYPE_CHECKING

from regmath.errors import InvalidArgumentError

if TYPE_CHECKING:
    from scenes.toolkit.notation import Words

__all__ = ["FliteVoice", "speakable", "voice_from_environment", "VOICE_VARIABLE"]

#: The environment variable that chooses the voice: "none" (default, read captions) or "flite".
VOICE_VARIABLE = "REGVIZ_VOICE"
#: Silence after each beat's words before the next beat (seconds).
BEAT_PAUSE = 0.35
#: Where synthesized audio is cached, under Manim's media folder.
CACHE_FOLDER = Path("media") / "voice"

#: Symbols read aloud, longest first where one contains another.
_SPOKEN_SYMBOLS: tuple[tuple[str, str], ...] = (
    ("‖w‖₁", "the L1 norm of w"), ("‖w‖₂", "the L2 norm of w"), ("‖Hŵ‖∞", "the max norm of H w-hat"),
    ("∂‖·‖₁", "the subdifferential of the L1 norm"), ("−∇f", "minus grad f"), ("∇f", "grad f"),
    ("H⁻¹", "H inverse"), ("ŵ", "w-hat"), ("w*", "w-star"), ("λ_max", " lambda max "),
    ("λ", " lambda "), ("≤", " at most "), ("≥", " at least "), ("≈", " about "),
    ("⇔", " is equivalent to "), ("→", " to "), ("∈", " in "), ("×", " times "),
    ("−", " minus "), ("∞", "infinity"), ("₁", " one"), ("₂", " two"), ("ᵢ", " i"),
    ("²", " squared"), ("ᵀ", " transpose"), ("=", " equals "), ("%", " percent"),
)


def speakable(text: str) -> str:
    """``text`` with the story's symbols written as words a voice can read."""
    for symbol, words in _SPOKEN_SYMBOLS:
        text = text.replace(symbol, words)
    return re.sub(r"\s+", " ", text).strip()


def _seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as audio:
        return audio.getnframes() / float(audio.getframerate())


class FliteVoice:
    """A `Narrator` whose cues last as long as Flite takes to say them."""

    voice = "slt"

    def __init__(self, *, cache: Path = CACHE_FOLDER, executable: str | None = None) -> None:
        found = executable or shutil.which("flite")
        if found is None:
            raise InvalidArgumentError(
                VOICE_VARIABLE, "flite is not installed: run `make setup` as root, or "
                "`apt-get install flite`, or set REGVIZ_VOICE=none")
        self.executable = found
        self.cache = Path(cache)

    def audio(self, words: Words) -> Path:
        """The beat's spoken words as a WAV file (synthesized once, then cached)."""
        return self._synthesize(speakable(words.spoken))

    def duration(self, words: Words) -> float:
        return _seconds(self.audio(words)) + BEAT_PAUSE

    def mark_fraction(self, words: Words, mark: str) -> float:
        spoken = words.spoken
        cut = round(words.marks[mark][1] * len(spoken))
        before = speakable(spoken[:cut])
        if not before:
            return 0.0
        return min(_seconds(self._synthesize(before)) / self.duration(words), 1.0)

    def _synthesize(self, text: str) -> Path:
        key = hashlib.sha256(f"flite:{self.voice}:{text}".encode()).hexdigest()[:20]
        path = self.cache / f"{key}.wav"
        if not path.exists():
            self.cache.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".part.wav")
            subprocess.run([self.executable, "-voice", self.voice, "-t", text, "-o", str(partial)],
                           check=True, capture_output=True)
            partial.replace(path)  # atomic: a parallel render never reads half a file
        return path


def voice_from_environment() -> FliteVoice | None:
    """The voice ``REGVIZ_VOICE`` names, or None to time beats by reading."""
    name = os.environ.get(VOICE_VARIABLE, "none").strip().lower() or "none"
    if name == "none":
        return None
    if name == "flite":
        return FliteVoice()
    raise InvalidArgumentError(VOICE_VARIABLE, f"must be none or flite, got {name!r}")
