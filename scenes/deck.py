"""A scene as a one-file slide deck: one slide per beat, the beat's words as speaker notes.

Each beat of a story scene is a Manim section (``next_section``). The scene is
rendered with ``--save_sections``; every section's clip becomes a slide that
plays it, with its captions (WebVTT) as a track and its words as the slide's
notes (press S for the speaker view). The deck is one HTML file: reveal.js,
its notes plugin, the clips and the captions are all inside it, so it opens
with the network off.

reveal.js comes from the npm registry at build time (`npm pack`, version
REVEAL_VERSION, MIT licence), kept in ``build/``; nothing is fetched when the
deck is opened.
"""

from __future__ import annotations

import base64
import html
import json
import shutil
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regmath.errors import InvalidArgumentError

__all__ = ["Beat", "beats_of", "deck_html", "reveal_assets", "REVEAL_VERSION"]

#: The reveal.js release the deck embeds (npm registry).
REVEAL_VERSION = "5.2.1"
#: Where `npm pack` leaves reveal.js, relative to the working folder.
BUILD_FOLDER = Path("build")
#: The reveal.js files the deck inlines, inside the npm package.
_REVEAL_FILES = ("dist/reveal.css", "dist/reveal.js", "plugin/notes/notes.js")


@dataclass(frozen=True)
class Beat:
    """One slide: the beat's name, its clip, its captions and its words."""

    name: str
    video: Path
    captions: Path | None
    words: str


def reveal_assets(build: Path = BUILD_FOLDER) -> dict[str, str]:
    """reveal.js's CSS, JS and notes plugin as text, from ``build/`` (packed from npm once).

    Raises
    ------
    InvalidArgumentError
        If reveal.js is not in ``build/`` and npm is missing or cannot fetch it.
    """
    package = Path(build) / f"reveal.js-{REVEAL_VERSION}" / "package"
    if not all((package / name).exists() for name in _REVEAL_FILES):
        npm = shutil.which("npm")
        if npm is None:
            raise InvalidArgumentError("slides", "need reveal.js from the npm registry, but npm "
                                       "is not installed (apt-get install npm), or run "
                                       "`make setup` on a machine with npm")
        target = package.parent
        target.mkdir(parents=True, exist_ok=True)
        result = subprocess.run([npm, "pack", f"reveal.js@{REVEAL_VERSION}", "--silent"],
                                cwd=target, capture_output=True, text=True)
        archive = target / f"reveal.js-{REVEAL_VERSION}.tgz"
        if result.returncode != 0 or not archive.exists():
            raise InvalidArgumentError("slides", f"npm pack reveal.js@{REVEAL_VERSION} failed: "
                                       f"{result.stderr.strip()[:200]}")
        with tarfile.open(archive) as tar:
            tar.extractall(target, filter="data")
    return {name: (package / name).read_text(encoding="utf-8") for name in _REVEAL_FILES}


def beats_of(scene: Any) -> list[Beat]:
    """The rendered scene's beats: each saved section's clip, captions and words."""
    writer = scene.renderer.file_writer
    log = scene.__dict__.get("narration_log", [])
    beats = []
    for section in writer.sections:
        if not section.video:
            continue
        clip = writer.sections_output_dir / section.video
        if not clip.exists():
            continue
        words = " ".join(record.words.caption for record in log if record.section == section.name)
        captions = clip.with_suffix(".vtt")
        beats.append(Beat(section.name, clip, captions if captions.exists() else None, words))
    return beats


def _data_url(path: Path, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def _script(text: str) -> str:
    """JavaScript safe inside a <script> element."""
    return text.replace("</script", "<\\/script")


def deck_html(title: str, beats: list[Beat], assets: dict[str, str], *,
              background: str = "#000000", text: str = "#F7F7F7") -> str:
    """The deck as one HTML document (clips, captions and reveal.js inlined)."""
    slides = []
    for beat in beats:
        track = ""
        if beat.captions is not None:
            track = (f'<track kind="captions" srclang="en" label="English" default '
                     f'src="{_data_url(beat.captions, "text/vtt")}">')
        slides.append(
            f'<section data-beat="{html.escape(beat.name)}">'
            f'<video data-autoplay controls playsinline src="{_data_url(beat.video, "video/mp4")}">'
            f"{track}</video>"
            f'<aside class="notes">{html.escape(beat.words)}</aside></section>')
    config = json.dumps({"width": 1280, "height": 720, "margin": 0, "hash": False,
                         "controls": True, "progress": True, "center": True})
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)}</title>
<style>{assets["dist/reveal.css"]}</style>
<style>
html, body, .reveal {{ background: {background}; color: {text}; }}
.reveal {{ font-family: system-ui, sans-serif; }}
.reveal video {{ width: 100%; height: auto; max-height: 100%; }}
</style>
</head><body>
<div class="reveal"><div class="slides">
{chr(10).join(slides)}
</div></div>
<script>{_script(assets["dist/reveal.js"])}</script>
<script>{_script(assets["plugin/notes/notes.js"])}</script>
<script>Reveal.initialize(Object.assign({config}, {{ plugins: [RevealNotes] }}));</script>
</body></html>
"""
