"""A scene as slides: one slide per beat, the beat's words as speaker notes.

Each beat of a story scene is a Manim section (``next_section``). The scene is
rendered with ``--save_sections``; every section's clip becomes a slide that
plays it, with its captions (WebVTT) as a track and its words as the slide's
notes (press S for the speaker view). The deck is one HTML file: reveal.js,
its notes plugin, the clips and the captions are all inside it, so it opens
with the network off.

The same beats also make a PPTX (python-pptx: each slide plays its clip, its
poster the beat's last frame, the words in the slide's notes) and a PDF
handout (a page per beat: its last frame above its words).

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

__all__ = ["Beat", "beats_of", "deck_html", "deck_pptx", "handout_pdf", "last_frame",
           "reveal_assets", "REVEAL_VERSION"]

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


# ------------------------------------------------------------- PPTX and PDF
#: Slide size for PPTX: 16:9 at 13.333 × 7.5 inches (PowerPoint's default widescreen).
SLIDE_WIDTH_INCHES, SLIDE_HEIGHT_INCHES = 13.333, 7.5
#: The handout's page: A4 landscape at 150 dpi, and its text.
HANDOUT_PAGE = (1754, 1240)
HANDOUT_MARGIN = 80
HANDOUT_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # fonts-dejavu-core
HANDOUT_FONT_SIZE = 30


def last_frame(clip: Path) -> Any:
    """The clip's last frame as a PIL image (the beat as it ends: its poster and handout)."""
    import av

    frame = None
    with av.open(str(clip)) as container:
        for frame in container.decode(video=0):
            pass
    if frame is None:
        raise InvalidArgumentError("clip", f"{clip} has no video frames")
    return frame.to_image()


def deck_pptx(title: str, beats: list[Beat], path: Path) -> Path:
    """The deck as PPTX: a slide per beat playing its clip (the last frame as poster), the
    beat's words as the slide's notes. Uses python-pptx."""
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    presentation.slide_width = Inches(SLIDE_WIDTH_INCHES)
    presentation.slide_height = Inches(SLIDE_HEIGHT_INCHES)
    blank = presentation.slide_layouts[6]
    posters = Path(path).with_suffix("")
    posters.mkdir(parents=True, exist_ok=True)
    for index, beat in enumerate(beats):
        slide = presentation.slides.add_slide(blank)
        poster = posters / f"{index:02d}_{beat.name}.png"
        last_frame(beat.video).save(poster)
        slide.shapes.add_movie(str(beat.video), 0, 0, presentation.slide_width,
                               presentation.slide_height, poster_frame_image=str(poster),
                               mime_type="video/mp4")
        slide.notes_slide.notes_text_frame.text = beat.words
    presentation.core_properties.title = title
    presentation.save(str(path))
    shutil.rmtree(posters, ignore_errors=True)
    return Path(path)


def _wrapped(text: str, font: Any, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        trial = f"{lines[-1]} {word}" if lines else word
        if lines and font.getlength(trial) <= width:
            lines[-1] = trial
        else:
            lines.append(word)
    return lines


def handout_pdf(title: str, beats: list[Beat], path: Path) -> Path:
    """A PDF handout: a page per beat, its last frame above its words."""
    pages = handout_pages(title, beats)
    if not pages:
        raise InvalidArgumentError("beats", "no beat was rendered: nothing to print")
    pages[0].save(str(path), save_all=True, append_images=pages[1:], resolution=150.0)
    return Path(path)


def handout_pages(title: str, beats: list[Beat]) -> list[Any]:
    """The handout's pages as PIL images (A4 landscape, 150 dpi)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(HANDOUT_FONT), HANDOUT_FONT_SIZE)
    pages = []
    width, height = HANDOUT_PAGE
    inner = width - 2 * HANDOUT_MARGIN
    for index, beat in enumerate(beats, start=1):
        page = Image.new("RGB", HANDOUT_PAGE, "white")
        frame = last_frame(beat.video)
        frame = frame.resize((inner, round(inner * frame.height / frame.width)))
        page.paste(frame, (HANDOUT_MARGIN, HANDOUT_MARGIN))
        draw = ImageDraw.Draw(page)
        y = HANDOUT_MARGIN + frame.height + 30
        draw.text((HANDOUT_MARGIN, y), f"{title} · {index}. {beat.name}", fill="#555555",
                  font=font)
        for line in _wrapped(beat.words, font, inner):
            y += round(HANDOUT_FONT_SIZE * 1.35)
            if y > height - HANDOUT_MARGIN:
                break
            draw.text((HANDOUT_MARGIN, y), line, fill="black", font=font)
        pages.append(page)
    return pages
