"""Captions in the formats lecture tools load: WebVTT beside Manim's SubRip.

Manim writes the scene's subtitle cues as ``<Scene>.srt`` next to the video.
PowerPoint (WebVTT only), Keynote and a browser's ``<track>`` element cannot
load SubRip, so every story scene also writes ``<Scene>.vtt`` with the same
cues (W3C WebVTT, https://www.w3.org/TR/webvtt1/).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

__all__ = ["webvtt", "write_webvtt"]


def _timestamp(at: timedelta) -> str:
    """WebVTT's ``hh:mm:ss.ttt`` (SubRip uses a comma before the milliseconds)."""
    milliseconds = max(round(at.total_seconds() * 1000), 0)
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def webvtt(cues: Iterable[Any]) -> str:
    """The cues (objects with ``start``, ``end`` timedeltas and ``content``) as a WebVTT file,
    in time order. A blank line inside a cue would end it, so blank lines are dropped."""
    blocks = ["WEBVTT"]
    for cue in sorted(cues, key=lambda c: (c.start, c.end)):
        lines = [line for line in str(cue.content).splitlines() if line.strip()]
        text = "\n".join(lines).replace("-->", "→")  # "-->" is the timing separator
        blocks.append(f"{_timestamp(cue.start)} --> {_timestamp(cue.end)}\n{text}")
    return "\n\n".join(blocks) + "\n"


def write_webvtt(cues: Iterable[Any], srt_path: Path) -> Path:
    """Write the cues as WebVTT beside ``srt_path`` (same name, ``.vtt``); return its path."""
    path = Path(srt_path).with_suffix(".vtt")
    path.write_text(webvtt(cues), encoding="utf-8")
    return path
