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

Machado, Oliveira & Fernandes, "A physiologically-based model for simulation
of color vision deficiency", IEEE TVCG 15(6), 2009.
"""

from __future__ import annotations

from manim import ManimColor

__all__ = [
    "LASSO",
    "RIDGE",
    "LOSS",
    "SOLUTION",
    "GRADIENT",
    "NORMAL",
    "CENTER",
    "TEXT",
    "MUTED",
    "BACKGROUND",
    "ROLES",
    "ADJACENT",
    "MIN_CVD_DELTA_E",
    "MIN_CONTRAST",
]

LASSO = ManimColor("#FF9F1C")      # the diamond, lasso paths, L1 text
RIDGE = ManimColor("#009E73")      # the circle, ridge paths, L2 text
LOSS = ManimColor("#A0C4FF")       # loss contours, "both weights nonzero"
SOLUTION = ManimColor("#E8432E")   # w*
GRADIENT = ManimColor("#9E7BFF")   # ∇f(w*) and −∇f(w*)
NORMAL = ManimColor("#FFFF00")     # λg, the normal cone, exact zeros, knots
CENTER = ManimColor("#F7F7F7")     # ŵ
TEXT = ManimColor("#F7F7F7")
MUTED = ManimColor("#9AA0A6")      # axes, frames, faint context
BACKGROUND = ManimColor("#000000")

#: Every role by name, for the palette test.
ROLES: dict[str, ManimColor] = {
    "lasso": LASSO, "ridge": RIDGE, "loss": LOSS, "solution": SOLUTION,
    "gradient": GRADIENT, "normal": NORMAL, "center": CENTER,
}

#: Pairs of roles drawn next to or over each other somewhere in the story.
ADJACENT: tuple[tuple[str, str], ...] = (
    ("solution", "lasso"), ("solution", "ridge"), ("solution", "loss"),
    ("solution", "normal"), ("solution", "gradient"), ("solution", "center"),
    ("gradient", "lasso"), ("gradient", "ridge"), ("gradient", "normal"),
    ("gradient", "loss"), ("normal", "lasso"), ("normal", "ridge"), ("normal", "loss"),
    ("lasso", "ridge"), ("lasso", "loss"), ("ridge", "loss"), ("center", "loss"),
)

#: Smallest CAM02-UCS ΔE allowed between adjacent roles under any simulated deficiency.
MIN_CVD_DELTA_E = 15.0
#: Smallest WCAG contrast ratio of any role against the background.
MIN_CONTRAST = 4.5
