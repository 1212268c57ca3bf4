"""The story's colours, chosen to stay apart for colour-blind viewers.

Each role has one colour in every scene: the lasso's diamond and paths are
orange, ridge's circle and paths green, loss contours light blue, w* red, the
loss gradient violet, the constraint's normal (λg and the normal cone) yellow,
ŵ and text near-white.

How they were chosen: among candidate hues for each role, the set whose
closest pair of colours that can touch on screen (`ADJACENT`) is furthest
apart in CAM02-UCS ΔE, under normal vision and under the Machado et al. (2009)
simulations of deuteranopia, protanopia and tritanopia at full severity
(`colorspacious`). The closest pair, the normal against the diamond, is
ΔE 17.9 under the worst simulation; the palette before this one had pairs at
6.5 (circle against contours, tritanopia) and 11.4 (w* against the diamond,
deuteranopia). `tests/test_palette.py` recomputes these figures. Every colour
has a contrast of at least 5:1 against the black background (WCAG 2).

A light theme (``REGVIZ_THEME=light manim render ...``, or ``regviz render
--theme light``) gives every role a darker colour for white slides, chosen
the same way (`LIGHT`).

Machado, Oliveira & Fernandes, "A physiologically-based model for simulation
of color vision deficiency", IEEE TVCG 15(6), 2009.
"""

from __future__ import annotations

import os

from manim import ManimColor

from regmath.errors import InvalidArgumentError

#: The environment variable that chooses the theme: "dark" (default) or "light".
THEME_VARIABLE = "REGVIZ_THEME"

__all__ = [
    "THEME",
    "THEMES",
    "THEME_VARIABLE",
    "LASSO",
    "RIDGE",
    "LOSS",
    "SOLUTION",
    "GRADIENT",
    "NORMAL",
    "PUSH",
    "CENTER",
    "TEXT",
    "MUTED",
    "BACKGROUND",
    "ROLES",
    "ADJACENT",
    "MIN_CVD_DELTA_E",
    "MIN_CONTRAST",
]

#: The dark theme (the default): light strokes on black.
DARK: dict[str, str] = {
    "lasso": "#FF9F1C",      # the diamond, lasso paths, L1 text
    "ridge": "#009E73",      # the circle, ridge paths, L2 text
    "loss": "#A0C4FF",       # loss contours, "both weights nonzero"
    "solution": "#E8432E",   # w*
    "gradient": "#9E7BFF",   # ∇f(w*) and −∇f(w*)
    "normal": "#FFFF00",     # λg, the normal cone, exact zeros, knots
    "push": "#00FFAA",       # the ball's push −λg where the normals are drawn too (L1Tangency)
    "center": "#F7F7F7",     # ŵ
    "text": "#F7F7F7",
    "muted": "#9AA0A6",      # axes, frames, faint context
    "background": "#000000",
}
#: The light theme, for white slide templates: the same roles in darker colours,
#: chosen the same way (closest adjacent pair ΔE 16.4 under the worst simulation)
#: with a contrast of at least 3:1 against white, WCAG 2's minimum for graphics
#: and large text (every label on the plot is large text); body text is 17:1.
LIGHT: dict[str, str] = {
    "lasso": "#A9552A",
    "ridge": "#196660",
    "loss": "#5087D3",
    "solution": "#832221",
    "gradient": "#5229A3",
    "normal": "#B49000",
    "push": "#440055",
    "center": "#1A1A1A",
    "text": "#1A1A1A",
    "muted": "#6B7075",
    "background": "#FFFFFF",
}
THEMES: dict[str, dict[str, str]] = {"dark": DARK, "light": LIGHT}
#: Smallest WCAG contrast ratio of any role against the background, per theme.
THEME_CONTRAST = {"dark": 4.5, "light": 3.0}


def _theme() -> str:
    name = os.environ.get(THEME_VARIABLE, "dark").strip().lower() or "dark"
    if name not in THEMES:
        raise InvalidArgumentError(THEME_VARIABLE, f"must be one of {', '.join(THEMES)}, "
                                   f"got {name!r}")
    return name


#: Chosen once, when the scenes are imported: REGVIZ_THEME=light (or regviz --theme light).
THEME = _theme()
_COLORS = THEMES[THEME]
LASSO = ManimColor(_COLORS["lasso"])
RIDGE = ManimColor(_COLORS["ridge"])
LOSS = ManimColor(_COLORS["loss"])
SOLUTION = ManimColor(_COLORS["solution"])
GRADIENT = ManimColor(_COLORS["gradient"])
NORMAL = ManimColor(_COLORS["normal"])
PUSH = ManimColor(_COLORS["push"])
CENTER = ManimColor(_COLORS["center"])
TEXT = ManimColor(_COLORS["text"])
MUTED = ManimColor(_COLORS["muted"])
BACKGROUND = ManimColor(_COLORS["background"])

#: Every role by name, for the palette test.
ROLES: dict[str, ManimColor] = {
    "lasso": LASSO, "ridge": RIDGE, "loss": LOSS, "solution": SOLUTION,
    "gradient": GRADIENT, "normal": NORMAL, "push": PUSH, "center": CENTER,
}

#: Pairs of roles drawn next to or over each other somewhere in the story.
ADJACENT: tuple[tuple[str, str], ...] = (
    ("solution", "lasso"), ("solution", "ridge"), ("solution", "loss"),
    ("solution", "normal"), ("solution", "gradient"), ("solution", "center"),
    ("gradient", "lasso"), ("gradient", "ridge"), ("gradient", "normal"),
    ("gradient", "loss"), ("normal", "lasso"), ("normal", "ridge"), ("normal", "loss"),
    ("lasso", "ridge"), ("lasso", "loss"), ("ridge", "loss"), ("center", "loss"),
    ("push", "normal"), ("push", "gradient"), ("push", "lasso"), ("push", "loss"),
    ("push", "solution"), ("push", "center"),
)

#: Smallest CAM02-UCS ΔE allowed between adjacent roles under any simulated deficiency.
MIN_CVD_DELTA_E = 15.0
#: Smallest WCAG contrast ratio of any role against the background.
MIN_CONTRAST = THEME_CONTRAST[THEME]
