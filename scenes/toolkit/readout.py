"""Readout: LaTeX with numbers in it that change every frame, in fixed character slots.

Manim's `DecimalNumber.set_value` rebuilds the number from deep copies of TeX
glyphs on every call (about 10 ms a frame at -ql, more than the rest of a
growing-contour frame), and a new `MathTex` per value costs a TeX run or an
SVG parse. A readout with a fixed format needs far less: TeX typesets the line
once with zeros in the number slots (``f(w) = 0.000``) and the ten digits once;
a new value only swaps each slot's outline for its digit's, moved to where TeX
would put it.

    Readout(r"f(w) = {:5.3f}", 0.0)
    Readout(r"\\text{{lasso: }} {:3d} / {:3d}", 28, 50)

The template is a `str.format` string, so LaTeX's braces are doubled. A
placeholder is ``{:W.Df}`` or ``{:Wd}`` (W characters, D decimals); numbers are
non-negative and right-aligned in their W slots. ``{:<Wd}`` left-aligns: for a
count at the end of a line, where the blank slots trail unseen. ``{:+W.Df}``
adds a sign slot in front (counted in W): a minus for negative values, a plus
for positive ones, blank for zero. A value that may change sign shows its sign
always, so "(+0.58, −0.12)" reads as a point, not as a gap where a minus is
missing.

A value shorter than its slots leaves blank slots. By default the line closes
them, as TeX would set the text shown: "ŵ₁ = 1.00", "(+1.000, 0)", never
"ŵ₁ =   1.00" or "(+1.000,    0    )" (read as typos by every reviewer). The
line's left end stays put and what follows a number moves with its width, which
changes only when a sign, a leading digit or an exact zero comes or goes.
``fixed_columns=True`` keeps every slot in its column instead, so the decimal
point never moves: for numbers stacked in a column.
"""

from __future__ import annotations

import re
import string
from typing import Any

import numpy as np
from manim import MathTex, VGroup, VMobject

__all__ = ["Readout", "number_format"]

DIGITS = "0123456789"
PLACEHOLDER = re.compile(
    r"^(?P<align><)?(?P<sign>[+ ])?(?P<width>[1-9]\d*)(?:\.(?P<decimals>\d+)f|(?P<integer>d))$")


class _BoxDiagonal(VMobject):
    """The readout's box-keeping diagonal: points that fix the line's box, never drawn.

    Every style call keeps its opacities at 0, so a readout can be styled as a whole
    (``legible``'s dark outline, ``set_color``, ``set_opacity``, a fade's target) without
    the diagonal appearing: outlined by ``legible`` it ran across the digits (review r60 of
    LagrangeHike read it as a clipping mask).
    """

    def set_fill(self, color: Any = None, opacity: float | None = None,
                 family: bool = True) -> _BoxDiagonal:
        return super().set_fill(color, 0.0, family)

    def set_stroke(self, color: Any = None, width: float | None = None,
                   opacity: float | None = None, background: bool = False,
                   family: bool = True) -> _BoxDiagonal:
        return super().set_stroke(color, width, 0.0, background, family)


class Readout(VGroup):
    """A line of LaTeX with number placeholders whose values can change every frame.

    The submobjects are the line's glyphs (TeX's own, in order) and an invisible
    frame that keeps the line's box fixed while leading digits are blank. Move a
    readout with ``next_to``/``move_to``; do not scale it: the digits are typeset
    at ``font_size``.
    """

    def __init__(self, template: str, *values: float, font_size: float = 34,
                 exact_zeros: bool = False, fixed_columns: bool = False,
                 exact_integers: bool = False,
                 **style: Any) -> None:
        pieces, self.formats = _parse(template)
        #: The line as written, placeholders and all (tests read what a readout claims).
        self.template = template
        self._pieces = pieces  # (Formatter.parse has undone the doubled braces)
        self.fixed_columns = fixed_columns
        #: Show a value that is exactly 0.0 as a bare "0" (no point, no decimals, in the
        #: units column), so the screen tells an exact zero from one that rounds to 0.00.
        self.exact_zeros = exact_zeros
        #: Opt-in: show a value that is exactly an integer bare, "1" not "1.00" (units digit
        #: in its column, the decimals blank), as the fixed lines write it: one number, one
        #: form ("w* = (0, 1)" on every line of a scene).
        self.exact_integers = exact_integers
        if len(values) != len(self.formats):
            raise ValueError(f"values: the template has {len(self.formats)} placeholders, "
                             f"got {len(values)} values")
        layouts = [_layout(spec) for spec in self.formats]
        parts: list[str] = []
        slot_parts: list[int] = []
        for literal, layout in zip(pieces, [*layouts, None]):
            if literal.strip():
                parts.append(literal)
            if layout is not None:
                slot_parts.append(len(parts))
                parts.append(layout)
        line = MathTex(*parts, font_size=font_size, **style)
        self._shapes = dict(_digit_shapes(font_size, style.get("tex_template")))
        advance = _DIGIT_ADVANCES[_shape_key(font_size, style.get("tex_template"))]
        for spec, part in zip(self.formats, slot_parts):
            if "." in _layout(spec) and "." not in self._shapes:
                point_glyph = line[part][_layout(spec).index(".")]
                shape = point_glyph.points - np.array([point_glyph.get_left()[0],
                                                       point_glyph.get_bottom()[1], 0.0])
                shape.setflags(write=False)
                self._shapes["."] = shape
        glyphs = [glyph for part in line for glyph in part]
        for spec, part in zip(self.formats, slot_parts):
            if _signed(spec) and "-" not in self._shapes:
                # The layout's own minus, relative to its left end and baseline.
                minus = line[part][0]
                shape = minus.points - np.array([minus.get_left()[0], minus.get_bottom()[1], 0.0])
                shape.setflags(write=False)
                self._shapes["-"] = shape
            if _signed(spec) and "+" not in self._shapes:
                # TeX's plus, placed like the minus: the same centre (both sit centred
                # in boxes of one width), and the minus's offset from the baseline.
                minus, zero = line[part][0], line[part][1]
                plus_line = MathTex("+" + _layout(spec)[1:], font_size=font_size, **style)[0]
                plus, plus_zero = plus_line[0], plus_line[1]
                lift = minus.get_bottom()[1] - zero.get_bottom()[1]
                half = minus.get_center()[0] - minus.get_left()[0]
                shape = plus.points - np.array([plus.get_center()[0] - half,
                                                plus_zero.get_bottom()[1] + lift, 0.0])
                shape.setflags(write=False)
                self._shapes["+"] = shape
        # The frame: an invisible diagonal of the line's box. Its first point is the
        # origin the slots are measured from, so they move with the readout.
        self._frame = _BoxDiagonal(stroke_opacity=0.0, fill_opacity=0.0)
        self._frame.set_stroke(opacity=0.0, background=True)
        self._frame.set_points_as_corners([line.get_corner(np.array([-1, -1, 0])),
                                           line.get_corner(np.array([1, 1, 0]))])
        origin = self._frame.points[0]
        self._box_width = float(self._frame.points[-1][0] - origin[0])
        # Per placeholder, its slot glyphs and where each slot's "0" starts (left, baseline).
        self._slots = [
            [(glyph, glyph.get_left()[0] - origin[0], glyph.get_bottom()[1] - origin[1])
             for glyph in line[part]]
            for part in slot_parts
        ]
        # Where each placeholder's slots end: its last "0" and one digit's advance (TeX's
        # digits are tabular). Closing trailing blanks pulls what follows back by the
        # distance from the last glyph shown to this end.
        self._advance = advance
        self._sign_advance = _sign_advance(font_size, style.get("tex_template"))
        self._slot_ends = [slots[-1][1] + advance for slots in self._slots]
        # The literal glyphs after each placeholder (up to the next one), with their
        # outlines relative to the origin: they move when the numbers before them close
        # their blanks.
        self._after: list[list[tuple[VMobject, np.ndarray]]] = []
        for k, part in enumerate(slot_parts):
            stop = slot_parts[k + 1] if k + 1 < len(slot_parts) else len(line)
            self._after.append([(glyph, glyph.points - origin)
                                for literal in line[part + 1:stop] for glyph in literal])
        super().__init__(*glyphs, self._frame)
        self._values: tuple[float, ...] = ()
        self.set_values(*values)

    @classmethod
    def fitting(cls, room: float, template: str, *values: float, font_size: float = 34,
                **options: Any) -> Readout:
        """A readout no wider than ``room`` (scene units): at ``font_size``, or typeset
        smaller when its widest numbers would not fit (many decimals for tiny data).

        A readout is never scaled (its digits are set at its size), so a smaller one is
        typeset again. Raises ValueError (``room``) if it would have to shrink below half
        the requested size to fit: a line that small is unreadable at 480p.
        """
        size = font_size
        for _ in range(4):
            readout = cls(template, *values, font_size=size, **options)
            if readout.width <= room:
                return readout
            size *= 0.98 * room / readout.width
            if size < 0.5 * font_size:
                break
        raise ValueError(f"room: {room:.2f} is too narrow for {template!r} at a readable size")

    # ----------------------------------------------------------------- values
    def set_values(self, *values: float) -> Readout:
        """Show new values, one per placeholder, rounded as the template says."""
        if len(values) != len(self.formats):
            raise ValueError(f"values: expected {len(self.formats)}, got {len(values)}")
        texts = [self._text(value, spec, len(slots))
                 for value, spec, slots in zip(values, self.formats, self._slots)]
        origin = self._frame.points[0]
        # The readout's scale now (1 unless an animation such as Indicate is scaling it
        # while its updater runs: the slots follow the scaled line, not the typeset one).
        size = float(self._frame.points[-1][0] - origin[0]) / self._box_width
        advance_of = [self._advance] * len(self._slots)
        pull = 0.0  # how far the blanks closed so far move the rest of the line left
        for k, (slots, text, spec) in enumerate(zip(self._slots, texts, self.formats)):
            shift = np.zeros(len(text))
            if _signed(spec):
                # The sign has its own slot in front, but is drawn just left of the
                # first digit shown, as TeX would set "-0.58": the slot's advance over
                # the blank digit slots between them.
                sign = text.lstrip()[:1] if text.lstrip()[:1] in "+-" else " "
                text = sign + text.replace("-", " ").replace("+", " ")[1:]
                first = len(text) - len(text[1:].lstrip())
                if first < len(text):
                    shift[0] = slots[first][1] - slots[1][1]
            lead = trail = 0.0
            if not self.fixed_columns:
                shown = [i for i, char in enumerate(text) if char != " "]
                lead = slots[shown[0]][1] + shift[shown[0]] - slots[0][1]
                if _signed(spec) and text[0] == " ":
                    # No sign: TeX would set the first digit where the sign's box begins,
                    # which is not where the minus's ink begins.
                    lead = slots[shown[0]][1] - slots[1][1] + self._sign_advance
                # A number ends in a digit, whose box is one advance from its "0"'s start.
                trail = self._slot_ends[k] - (slots[shown[-1]][1] + advance_of[k])
            pull += lead
            for (glyph, dx, dy), char, extra in zip(slots, text, shift):
                if char == " ":
                    glyph.clear_points()
                else:
                    glyph.points = size * (self._shapes[char]
                                           + np.array([dx + extra - pull, dy, 0.0])) + origin
            pull += trail
            # Always placed, not only when the pull changes: an animation interpolating
            # the line may have put them back where they were when it began.
            for glyph, points in self._after[k]:
                glyph.points = size * (points - np.array([pull, 0.0, 0.0])) + origin
        self._values = tuple(float(v) for v in values)
        return self

    def _text(self, value: float, spec: str, width: int) -> str:
        text = _format(value, spec, width)
        if self.exact_zeros and value == 0.0 and "." in text:
            # "  0.00" -> "  0   ": the units digit stays in its column, the rest is blank.
            units = text.index(".") - 1
            text = " " * units + "0" + " " * (len(text) - units - 1)
        elif (self.exact_integers and np.isfinite(value) and float(value).is_integer()
              and "." in text):
            # " 1.00" -> " 1   ": the sign and the integer digits stay, the rest is blank.
            units = text.index(".") - 1
            text = text[:units + 1] + " " * (len(text) - units - 1)
        return text

    def parts(self) -> tuple[VGroup, VGroup]:
        """The line as two groups to add to a scene instead of the readout itself: its
        fixed glyphs, and its number slots (with the frame they are measured from).

        A readout that follows a tracker changes only its slots, but Manim redraws every
        glyph of a moving mobject in every frame; with the parts added separately and
        only the second one following (``moving.add_updater(lambda m:
        readout.set_values(...))``), a sweep redraws the digits alone.
        """
        moves = [glyph for slots in self._slots for glyph, _, _ in slots]
        if not self.fixed_columns:  # closing blanks moves what follows a number
            moves += [glyph for after in self._after for glyph, _ in after]
        moving_ids = {id(glyph) for glyph in moves}
        fixed = VGroup(*(g for g in self.submobjects
                         if g is not self._frame and id(g) not in moving_ids))
        moving = VGroup(*moves, self._frame)
        # The line these parts show (a test reading the screen reads it from them).
        fixed.whole_readout = self
        return fixed, moving

    def set_value(self, value: float) -> Readout:
        """`set_values` for a readout with one placeholder."""
        return self.set_values(value)

    def get_values(self) -> tuple[float, ...]:
        return self._values

    @property
    def shown_tex(self) -> str:
        """The line as TeX with the numbers shown now in its slots ("w^*_1 = +0.249"): what
        a reader sees, for tests that judge a live line (the typeset MathTex holds the
        template's zeros)."""
        numbers = [text.strip() for text in self.texts]
        return "".join(piece + number for piece, number in zip(self._pieces, [*numbers, ""]))

    @property
    def texts(self) -> list[str]:
        """The characters in each placeholder's slots (leading blanks included)."""
        return [self._text(value, spec, len(slots))
                for value, spec, slots in zip(self._values, self.formats, self._slots)]


#: Digit outlines per (font size, TeX template body): the same for every readout of a scene.
_DIGIT_SHAPES: dict[tuple[float, str | None], dict[str, np.ndarray]] = {}
#: A digit's advance (TeX's digits are tabular) per the same key.
_DIGIT_ADVANCES: dict[tuple[float, str | None], float] = {}


def _shape_key(font_size: float, tex_template: Any) -> tuple[float, str | None]:
    return float(font_size), None if tex_template is None else tex_template.body


def _digit_shapes(font_size: float, tex_template: Any) -> dict[str, np.ndarray]:
    """Each digit's outline relative to where a "0" in the same place would start.

    TeX's digits are tabular: each has the same advance and no kerning. From
    "0123456789" and "0000000000" typeset once; the layout's zeros give the places.
    """
    key = _shape_key(font_size, tex_template)
    if key not in _DIGIT_SHAPES:
        options = {} if tex_template is None else {"tex_template": tex_template}
        digits = MathTex(DIGITS, font_size=font_size, **options)[0]
        zeros = MathTex("0" * len(DIGITS), font_size=font_size, **options)[0]
        advance = (zeros[-1].get_left()[0] - zeros[0].get_left()[0]) / (len(DIGITS) - 1)
        baseline = digits[0].get_bottom()[1]
        shapes = {}
        for k, (char, glyph) in enumerate(zip(DIGITS, digits)):
            shape = glyph.points - np.array([digits[0].get_left()[0] + k * advance, baseline, 0.0])
            shape.setflags(write=False)
            shapes[char] = shape
        _DIGIT_SHAPES[key] = shapes
        _DIGIT_ADVANCES[key] = float(advance)
    return _DIGIT_SHAPES[key]


#: The sign advance per (font size, TeX template body).
_SIGN_ADVANCES: dict[tuple[float, str | None], float] = {}


def _sign_advance(font_size: float, tex_template: Any) -> float:
    """How much further right a digit starts after a unary minus: "(-0" against "(0"."""
    key = _shape_key(font_size, tex_template)
    if key in _SIGN_ADVANCES:
        return _SIGN_ADVANCES[key]
    options = {} if tex_template is None else {"tex_template": tex_template}
    signed = MathTex("(-0", font_size=font_size, **options)[0]
    bare = MathTex("(0", font_size=font_size, **options)[0]
    _SIGN_ADVANCES[key] = float((signed[2].get_left()[0] - signed[0].get_left()[0])
                                - (bare[1].get_left()[0] - bare[0].get_left()[0]))
    return _SIGN_ADVANCES[key]


def number_format(largest: float, decimals: int, *, left: bool = False,
                  signed: bool = False, plus: bool = True) -> str:
    """The placeholder for numbers up to ``largest`` with ``decimals`` places: "{:5.3f}".

    ``left`` aligns whole numbers left ("{:<3d}"), for a count that ends its line;
    with ``decimals=0`` otherwise, values are rounded to whole numbers ("{:4.0f}");
    ``signed`` adds a sign slot ("{:+6.3f}") for values of either sign, which shows
    "+" on positive values, or a blank with ``plus=False`` ("{: 6.3f}"), for a line
    whose other numbers carry no "+".
    """
    if decimals < 0:
        raise ValueError(f"decimals must be >= 0, got {decimals}")
    if left and decimals:
        raise ValueError(f"left: only whole numbers are left-aligned, got decimals={decimals}")
    width = len(f"{abs(largest):.{decimals}f}") + (1 if signed else 0)
    sign = ("+" if plus else " ") if signed else ""
    if left:
        return f"{{:<{width}d}}"
    return f"{{:{sign}{width}.{decimals}f}}"


def _parse(template: str) -> tuple[list[str], list[str]]:
    """Literal LaTeX pieces (one more than placeholders) and the placeholders' specs."""
    pieces: list[str] = []
    formats: list[str] = []
    literal_run = ""  # the parser splits literal text at every escaped brace
    for literal, field, spec, conversion in string.Formatter().parse(template):
        literal_run += literal
        if field is None:
            continue
        if field or conversion or not PLACEHOLDER.match(spec or ""):
            raise ValueError(f"template: placeholders are {{:W.Df}}, {{:Wd}} or {{:<Wd}}, got "
                             f"{{{field}{'!' + conversion if conversion else ''}:{spec}}}")
        pieces.append(literal_run)
        formats.append(spec)
        literal_run = ""
    pieces.append(literal_run)
    if not formats:
        raise ValueError(f"template: no placeholder in {template!r}")
    return pieces, formats


def _layout(spec: str) -> str:
    """The widest text of a placeholder, in zeros: "00.000" for 6.3f, "000" for 3d."""
    match = PLACEHOLDER.match(spec)
    assert match is not None
    sign = "-" if match["sign"] else ""
    width = int(match["width"]) - len(sign)
    decimals = 0 if match["integer"] else int(match["decimals"])
    if decimals == 0:  # Python prints no point for .0f
        if width < 1:
            raise ValueError(f"template: {{:{spec}}} leaves no room for a digit")
        return sign + "0" * width
    if width < decimals + 2:
        raise ValueError(f"template: {{:{spec}}} leaves no room for the integer part")
    return sign + "0" * (width - decimals - 1) + "." + "0" * decimals


def _signed(spec: str) -> bool:
    match = PLACEHOLDER.match(spec)
    return bool(match and match["sign"])


def _format(value: float, spec: str, width: int) -> str:
    """``value`` as the ``width`` characters of its slots."""
    if not np.isfinite(value) or (value < 0 and not _signed(spec)):
        raise ValueError(f"value must be finite and >= 0, got {value}")
    value = value + 0.0  # no "-0.00" for a negative zero
    if spec.endswith("d"):
        if value != int(value):
            raise ValueError(f"value {value} is not a whole number for {{:{spec}}}")
        value = int(value)
    text = format(value, spec)
    if _signed(spec) and float(text) == 0.0:
        text = text.replace("-", " ").replace("+", " ")  # a zero has no sign: no "-0.000"
    if len(text) > width:
        raise ValueError(f"value {value} does not fit {{:{spec}}}")
    return text
