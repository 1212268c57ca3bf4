"""Readout: a number that changes every frame, in fixed character slots.

Manim's `DecimalNumber.set_value` rebuilds the number from deep copies of TeX
glyphs on every call (about 10 ms a frame at -ql, more than the rest of a
growing-contour frame). A readout with a fixed format needs far less: TeX
typesets the layout (say "00.000") and the digits once; a new value only
swaps each slot's outline for the glyph of its character, moved to where TeX
would put it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from manim import MathTex, VGroup, VMobject

__all__ = ["Readout"]

DIGITS = "0123456789"


class Readout(VGroup):
    """A non-negative number with ``decimals`` places and at most ``integer_digits`` before the point.

    The characters sit where TeX puts them in the widest string of the format;
    unused leading digits are blank, so the decimal point never moves. Move a
    readout with ``next_to``/``move_to``; do not scale it (the glyphs are typeset
    at ``font_size``).
    """

    def __init__(self, value: float = 0.0, *, decimals: int = 3, integer_digits: int = 1,
                 font_size: float = 34, **style: Any) -> None:
        if decimals < 0:
            raise ValueError(f"decimals must be >= 0, got {decimals}")
        if integer_digits < 1:
            raise ValueError(f"integer_digits must be >= 1, got {integer_digits}")
        self.decimals = decimals
        self.integer_digits = integer_digits
        self.text_format = "0" * integer_digits + ("." + "0" * decimals if decimals else "")
        slots = MathTex(self.text_format, font_size=font_size, **style)[0]
        # TeX's digits are tabular: each has the same advance and no kerning. From
        # "0123456789" and "0000000000", every digit's outline relative to where a
        # "0" in the same place would start; the layout's zeros give those places.
        digits = MathTex(DIGITS, font_size=font_size, **style)[0]
        zeros = MathTex("0" * len(DIGITS), font_size=font_size, **style)[0]
        advance = (zeros[-1].get_left()[0] - zeros[0].get_left()[0]) / (len(DIGITS) - 1)
        baseline = digits[0].get_bottom()[1]  # the same "0" as in the layout
        self._shapes = {
            char: glyph.points - np.array([digits[0].get_left()[0] + k * advance, baseline, 0.0])
            for k, (char, glyph) in enumerate(zip(DIGITS, digits))
        }
        # An invisible diagonal of the layout's box, from (left, baseline): it moves
        # with the readout and keeps its size fixed while leading slots are blank.
        left, top = slots.get_left()[0], slots.get_top()[1]
        origin = np.array([left, slots[0].get_bottom()[1], 0.0])
        self._frame = VMobject(stroke_opacity=0.0, fill_opacity=0.0)
        self._frame.set_points_as_corners([origin, [slots.get_right()[0], top, 0.0]])
        self._slot_x = [slot.get_left()[0] - left for slot in slots]
        super().__init__(*slots, self._frame)
        self._value = float("nan")
        self.set_value(value)

    def set_value(self, value: float) -> Readout:
        """Show ``value``, rounded to the format's decimals."""
        if not np.isfinite(value) or value < 0:
            raise ValueError(f"value must be finite and >= 0, got {value}")
        text = f"{value:.{self.decimals}f}"
        if len(text) > len(self.text_format):
            raise ValueError(f"value {value} needs more than {self.integer_digits} integer digits")
        text = text.rjust(len(self.text_format))
        origin = self._frame.points[0]
        for slot, dx, char in zip(self.submobjects, self._slot_x, text):
            if char == ".":
                continue
            if char == " ":
                slot.clear_points()
            else:
                slot.points = self._shapes[char] + origin + np.array([dx, 0.0, 0.0])
        self._value = value
        return self

    def get_value(self) -> float:
        return self._value

    @property
    def text(self) -> str:
        """The characters on screen (leading blanks included)."""
        return f"{self._value:.{self.decimals}f}".rjust(len(self.text_format))
