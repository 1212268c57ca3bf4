"""Copies of TeX labels share their glyphs' parsed SVG paths (scenes/toolkit/style.py).

Manim reads a glyph's parsed path only to make its points; everything a copy draws
(points, colours, opacity) must still be its own, and a copy must look exactly like
its original.
"""

from __future__ import annotations

import importlib

import numpy as np
from manim import RED, Camera, MathTex
from manim.mobject.svg.svg_mobject import VMobjectFromSVGPath

importlib.import_module("scenes.toolkit.style")  # installs the sharing

LABEL = r"w^* = (0.366,\ 1.143),\ \hat w"


def glyphs(label: MathTex) -> list[VMobjectFromSVGPath]:
    found = [m for m in label.get_family() if isinstance(m, VMobjectFromSVGPath)]
    assert len(found) >= 10
    return found


def test_a_copy_shares_the_parsed_paths_and_nothing_it_draws() -> None:
    label = MathTex(LABEL)
    twin = label.copy()
    for a, b in zip(glyphs(label), glyphs(twin), strict=True):
        assert a is not b
        assert a.path_obj is b.path_obj  # the one thing shared
        assert a.points is not b.points
        np.testing.assert_array_equal(a.points, b.points)
    before = [g.points.copy() for g in glyphs(label)]
    colours = [g.get_fill_color() for g in glyphs(label)]
    twin.shift([1.0, 2.0, 0.0]).set_color(RED).scale(3.0)
    for glyph, points, colour in zip(glyphs(label), before, colours, strict=True):
        np.testing.assert_array_equal(glyph.points, points)
        assert glyph.get_fill_color() == colour


def test_a_copy_draws_the_same_pixels() -> None:
    label = MathTex(LABEL)
    twin = label.copy()
    images = []
    for mobject in (label, twin):
        camera = Camera(pixel_width=480, pixel_height=270)
        camera.capture_mobject(mobject)
        images.append(camera.get_image())
    assert np.asarray(images[0]).any()
    np.testing.assert_array_equal(np.asarray(images[0]), np.asarray(images[1]))
