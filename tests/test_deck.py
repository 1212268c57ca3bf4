"""The one-file slide deck: a slide per beat, its clip, captions and words, nothing fetched."""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser
from pathlib import Path

from manim import Square, tempconfig

from scenes.deck import beats_of, deck_html, reveal_assets
from scenes.toolkit.story import StoryScene

WORDS = {"one": "First the square moves right, slowly and calmly.",
         "two": "Then it moves up, just as slowly, and stops.",
         "three": "Last it moves left and the scene is over."}


class ThreeBeats(StoryScene):
    def construct(self) -> None:
        square = Square()
        for name, words in WORDS.items():
            self.next_section(name)
            with self.cue(words) as cue:
                cue.play(square.animate.shift([0.3, 0.2, 0.0]), until=cue.END)


class Slides(HTMLParser):
    """Each <section>'s beat name, video source, track source and notes; every URL seen."""

    def __init__(self) -> None:
        super().__init__()
        self.slides: list[dict[str, str]] = []
        self.urls: list[str] = []
        self._in_notes = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.urls += [value for key, value in attrs.items() if key in ("src", "href") and value]
        if tag == "section":
            self.slides.append({"beat": attrs["data-beat"], "notes": ""})
        elif tag == "video":
            self.slides[-1]["video"] = attrs["src"]
        elif tag == "track":
            self.slides[-1]["track"] = attrs["src"]
        elif tag == "aside" and attrs.get("class") == "notes":
            self._in_notes = True

    def handle_endtag(self, tag):
        if tag == "aside":
            self._in_notes = False

    def handle_data(self, data):
        if self._in_notes:
            self.slides[-1]["notes"] += data


def _rendered(tmp_path, monkeypatch) -> ThreeBeats:
    """ThreeBeats rendered tiny with --save_sections, in tmp_path."""
    monkeypatch.chdir(tmp_path)
    with tempconfig({"media_dir": str(tmp_path / "media"), "quality": "low_quality",
                     "disable_caching": True, "verbosity": "ERROR", "progress_bar": "none",
                     "pixel_width": 160, "pixel_height": 90, "save_sections": True}):
        scene = ThreeBeats()
        scene.render()
    return scene


def test_the_deck_has_a_slide_per_beat_and_needs_no_network(tmp_path, monkeypatch) -> None:
    beats = beats_of(_rendered(tmp_path, monkeypatch))
    document = deck_html("ThreeBeats", beats, reveal_assets(Path(__file__).parent.parent / "build"))
    parser = Slides()
    parser.feed(document)
    assert [slide["beat"] for slide in parser.slides] == list(WORDS)
    for slide, beat in zip(parser.slides, beats):
        assert " ".join(slide["notes"].split()) == WORDS[slide["beat"]]
        assert base64.b64decode(slide["video"].split(",", 1)[1]) == beat.video.read_bytes()
        captions = base64.b64decode(slide["track"].split(",", 1)[1]).decode()
        assert captions.startswith("WEBVTT") and WORDS[slide["beat"]].split()[0] in captions
    # Self-contained: every source is inline data, and no stylesheet loads a URL.
    assert parser.urls and all(url.startswith("data:") for url in parser.urls)
    styles = " ".join(re.findall(r"<style>(.*?)</style>", document, flags=re.S))
    assert styles and not re.search(r"url\((?!data:)", styles)
    assert "@import" not in styles
    assert "Reveal.initialize" in document and "RevealNotes" in document


def test_the_deck_opens_offline_in_chromium_showing_the_first_slide(tmp_path, monkeypatch) -> None:
    """Headless Chromium (Debian's, installed by setup) with every host unresolvable: the
    screenshot shows the first beat's clip (the square) and its caption."""
    import shutil
    import subprocess

    import numpy as np
    from PIL import Image

    browser = shutil.which("chromium")
    assert browser, "chromium: run `make setup` (tools/setup.sh installs Debian's chromium)"
    monkeypatch.chdir(tmp_path)
    with tempconfig({"media_dir": str(tmp_path / "media"), "quality": "low_quality",
                     "disable_caching": True, "verbosity": "ERROR", "progress_bar": "none",
                     "save_sections": True}):
        scene = ThreeBeats()
        scene.render()
    deck = tmp_path / "deck.html"
    deck.write_text(deck_html("ThreeBeats", beats_of(scene),
                              reveal_assets(Path(__file__).parent.parent / "build")))
    shot = tmp_path / "shot.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                    "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=4000",
                    "--autoplay-policy=no-user-gesture-required", "--window-size=1280,720",
                    f"--screenshot={shot}", deck.as_uri()],
                   check=True, capture_output=True, timeout=120)
    pixels = np.asarray(Image.open(shot).convert("L"), dtype=float)
    top, bottom = pixels[: 500], pixels[540:]
    assert np.count_nonzero(top > 128) > 400  # the square's outline
    assert np.count_nonzero(bottom > 200) > 400  # the caption "First the square moves..."


def test_pptx_plays_each_beat_with_its_words_as_notes_and_the_pdf_has_a_page_per_beat(
        tmp_path, monkeypatch) -> None:
    from pptx import Presentation

    from scenes.deck import deck_pptx, handout_pdf

    beats = beats_of(_rendered(tmp_path, monkeypatch))
    pptx = deck_pptx("ThreeBeats", beats, tmp_path / "deck.pptx")
    presentation = Presentation(str(pptx))
    slides = list(presentation.slides)
    assert [s.notes_slide.notes_text_frame.text for s in slides] == list(WORDS.values())
    for slide, beat in zip(slides, beats):
        movies = {rel.target_part.partname: rel.target_part for rel in slide.part.rels.values()
                  if not rel.is_external and rel.target_part.content_type == "video/mp4"}
        assert [m.blob for m in movies.values()] == [beat.video.read_bytes()]
    pdf = handout_pdf("ThreeBeats", beats, tmp_path / "handout.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page/") \
        + pdf.count(b"/Type /Page ") >= len(beats)
