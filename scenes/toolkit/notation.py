"""One notation for the whole story: every symbol in TeX, caption and spoken form.

The screen shows ŵ, w*, λ (TeX), the captions show the same symbols in
Unicode, and speech says "w-hat", "w-star", "lambda". Scenes take all three
from here, so a symbol means the same thing in every scene and every caption:

* f(w) = ½ (w − ŵ)ᵀ H (w − ŵ): the loss, minimized; ŵ its unregularized
  optimum, H its Hessian.
* t: the radius of the constraint ‖w‖_p ≤ t (an inequality).
* w*: the constrained (or penalized) solution; w₁*, w₂* its weights.
* λ ≥ 0: the multiplier of the inequality, and the penalty strength.
* g: a subgradient of the norm at w*, an element of the normal cone N(w*);
  optimality reads ∇f(w*) + λg = 0, that is −∇f(w*) = λg ∈ N(w*).
* h(x, y) = 0: the equality constraint of the hike in LagrangeHike (not g,
  which is the subgradient), with ∇f = λ∇h and λ of either sign.

`say` turns a template into `Words`, the data a beat's narration is made of:

    say("The contour grows from {w_hat}{@grow}: the loss rises.")

``{name}`` is a symbol of this module or a keyword argument (a `Phrase`, a
`Symbol`, or plain text); ``{@mark}`` is a bookmark, a place in the words where
an animation starts (see `scenes.toolkit.narration.Cue`). Numbers come from
`number` / `numbers`, which pick the digits a comparison needs.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "Symbol",
    "Phrase",
    "Words",
    "say",
    "number",
    "numbers",
    "decimals_for",
    "point",
    "SYMBOLS",
    "LOSS_TEX",
    "KKT_TEX",
    "norm_tex",
    "constraint_tex",
    "penalty_tex",
    "NORM_NAMES",
    "BALL_NAMES",
    "PENALTY_NAMES",
    "weight",
    "weight_star",
]


@dataclass(frozen=True)
class Phrase:
    """The same words in two forms: as captions print them and as a voice says them."""

    text: str
    spoken: str

    def __str__(self) -> str:  # pragma: no cover - convenience in f-strings
        return self.text


@dataclass(frozen=True)
class Symbol(Phrase):
    """A symbol of the story: its TeX (screen), Unicode (captions) and spoken form."""

    tex: str = ""


def _symbol(tex: str, text: str, spoken: str) -> Symbol:
    return Symbol(text=text, spoken=spoken, tex=tex)


SYMBOLS: dict[str, Symbol] = {
    "w": _symbol("w", "w", "w"),
    "w_hat": _symbol(r"\hat w", "ŵ", "w-hat"),
    "w_star": _symbol("w^*", "w*", "w-star"),
    "w1": _symbol("w_1", "w₁", "w-one"),
    "w2": _symbol("w_2", "w₂", "w-two"),
    "w1_star": _symbol("w^*_1", "w₁*", "w-one-star"),
    "w2_star": _symbol("w^*_2", "w₂*", "w-two-star"),
    "w1_hat": _symbol(r"\hat w_1", "ŵ₁", "w-hat-one"),
    "w2_hat": _symbol(r"\hat w_2", "ŵ₂", "w-hat-two"),
    "lam": _symbol(r"\lambda", "λ", "lambda"),
    "lam_max": _symbol(r"\lambda_{\max}", "λmax", "lambda-max"),
    # One symbol, one value (review r59 item 4): ridge's and the lasso's penalty weights,
    # side by side in ClassicPicture.
    "lam_ridge": _symbol(r"\lambda_{\text{ridge}}", "λ_ridge", "lambda-ridge"),
    "lam_lasso": _symbol(r"\lambda_{\text{lasso}}", "λ_lasso", "lambda-lasso"),
    "t": _symbol("t", "t", "t"),
    "p": _symbol("p", "p", "p"),
    "f": _symbol("f", "f", "f"),
    "H": _symbol("H", "H", "H"),
    "I": _symbol("I", "I", "the identity"),
    "g": _symbol("g", "g", "g"),
    "h": _symbol("h", "h", "h"),
    "grad": _symbol(r"\nabla f(w^*)", "∇f(w*)", "the gradient of f at w-star"),
    "neg_grad": _symbol(r"-\nabla f(w^*)", "−∇f(w*)", "minus the gradient"),
    "grad_f": _symbol(r"\nabla f", "∇f", "the gradient of f"),
    "grad_h": _symbol(r"\nabla h", "∇h", "the gradient of h"),
    "lam_g": _symbol(r"\lambda g", "λg", "lambda g"),
    "cone": _symbol(r"N(w^*)", "N(w*)", "the normal cone at w-star"),
    "l1": _symbol(r"\|w\|_1", "‖w‖₁", "the L1 norm of w"),
    # The set of subgradients of ‖w‖₁ at w* (at a corner: the normal cone's g scaled so
    # the nonzero weight's entry is its sign).
    "subdiff": _symbol(r"\partial\|w^*\|_1", "∂‖w*‖₁", "the subgradients of the L1 norm at "
                       "w-star"),
    "l2": _symbol(r"\|w\|_2", "‖w‖₂", "the L2 norm of w"),
    "kkt": _symbol(r"\nabla f(w^*) + \lambda g = 0", "∇f(w*) + λg = 0",
                   "the gradient of f at w-star, plus lambda g, is zero"),
}

#: H⁻¹ in the captions and the voice (the map that carries a normal cone onto ŵ − w*).
HINV = Phrase(text="H⁻¹", spoken="H-inverse")

#: The loss, as the screen writes it.
LOSS_TEX = r"f(w) = \tfrac12 (w-\hat w)^\top H (w-\hat w)"
#: Optimality of the constrained problem: ∇f(w*) + λg = 0 with g in the normal cone.
KKT_TEX = SYMBOLS["kkt"].tex
NORM_NAMES = {"l1": "L1", "l2": "L2"}
BALL_NAMES = {"l1": "diamond", "l2": "circle"}
PENALTY_NAMES = {"l1": "lasso", "l2": "ridge"}


def norm_tex(norm: str) -> str:
    """‖w‖₁ or ‖w‖₂ in TeX."""
    return SYMBOLS[norm].tex


def constraint_tex(norm: str, radius: str = "t") -> str:
    r"""‖w‖_p ≤ t in TeX (``radius`` may be a number's TeX)."""
    return rf"{norm_tex(norm)} \le {radius}"


def penalty_tex(norm: str) -> str:
    r"""The penalized objective: f(w) + λ‖w‖₁ (lasso) or f(w) + (λ/2)‖w‖₂² (ridge)."""
    if norm == "l1":
        return r"f(w) + \lambda \|w\|_1"
    return r"f(w) + \tfrac{\lambda}{2} \|w\|_2^2"


def weight(index: int) -> Symbol:
    """wᵢ for a 0-based index."""
    return SYMBOLS[f"w{index + 1}"]


def weight_star(index: int) -> Symbol:
    """wᵢ* for a 0-based index."""
    return SYMBOLS[f"w{index + 1}_star"]


# ----------------------------------------------------------------------- words
_FIELD = re.compile(r"\{(@?)([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class Words:
    """What a beat says: the caption text, the spoken text and bookmarks in both.

    ``marks`` maps a bookmark's name to its position as a fraction of the
    caption's and of the spoken text's length (where the words reach it).
    """

    caption: str
    spoken: str
    marks: Mapping[str, tuple[float, float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.caption.strip():
            raise ValueError("words: the caption is empty")


def say(template: str, /, *, spoken: str | None = None, **values: object) -> Words:
    """Words from a template in the story's notation.

    ``{name}`` takes ``values[name]`` if given, else the symbol of that name;
    a value is a `Phrase` (a `Symbol` is one) or anything printed with ``str``.
    ``{@mark}`` sets a bookmark there. ``spoken`` replaces the spoken form
    when it needs other words than the caption (an equation read aloud); its
    bookmarks are then taken from the same ``{@mark}`` fields in it.
    """
    caption, caption_marks = _fill(template, values, spoken=False)
    if spoken is None:
        voice, voice_marks = _fill(template, values, spoken=True)
    else:
        voice, voice_marks = _fill(spoken, values, spoken=True)
    missing = set(caption_marks) ^ set(voice_marks)
    if missing:
        raise ValueError(f"spoken: bookmarks {sorted(missing)} are not in both forms")
    marks = {name: (caption_marks[name] / max(len(caption), 1),
                    voice_marks[name] / max(len(voice), 1)) for name in caption_marks}
    return Words(caption, voice, marks)


def _fill(template: str, values: Mapping[str, object], *, spoken: bool) -> tuple[str, dict[str, int]]:
    """The template with its fields filled in, and each bookmark's character offset."""
    out: list[str] = []
    marks: dict[str, int] = {}
    length = 0
    position = 0
    for match in _FIELD.finditer(template):
        literal = template[position:match.start()]
        out.append(literal)
        length += len(literal)
        position = match.end()
        bookmark, name = match.groups()
        if bookmark:
            marks[name] = length
            continue
        value = values[name] if name in values else SYMBOLS.get(name)
        if value is None:
            raise KeyError(f"template: no symbol or value named {name!r}")
        text = (value.spoken if spoken else value.text) if isinstance(value, Phrase) else str(value)
        if spoken and not isinstance(value, Phrase):
            text = text.replace("−", "minus ")
        out.append(text)
        length += len(text)
    out.append(template[position:])
    text = re.sub(r"\s+", " ", "".join(out)).strip()
    return text, marks


# --------------------------------------------------------------------- numbers
#: Significant digits a number on screen keeps by default.
SIGNIFICANT = 3
#: Below this magnitude (and for exponents beyond it) numbers are written ×10ⁿ.
SCIENTIFIC_BELOW = 1e-4
SCIENTIFIC_ABOVE = 1e6
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
_FROM_SUPERSCRIPT = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")
# Most significant digits `numbers(..., distinct=True)` adds to tell values apart;
# values closer than this (1e-8 relative) are the same number to any viewer.
DISTINCT_SIGNIFICANT = 8
#: Values this close (relative) are one value to `numbers(..., distinct=True)`: float noise.
SAME_VALUE_RTOL = 1e-9


@dataclass(frozen=True)
class Number(Phrase):
    """A number for the screen (``tex``), the captions (``text``) and speech."""

    tex: str = ""


def decimals_for(value: float, significant: int = SIGNIFICANT) -> int:
    """Decimal places that keep ``significant`` digits of ``value``."""
    if value == 0.0:
        return 0
    return max(0, significant - 1 - math.floor(math.log10(abs(value))))


def _fixed(value: float, decimals: int) -> Number:
    # Rounded half up from the value's shortest decimal form, as a viewer rounds the
    # numbers the lecturer typed: 1/1.6 is 0.625 to them and shows 0.63, not the binary
    # neighbour's 0.62 that f"{x:.2f}" gives.
    shown = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{shown:f}"
    if float(text) == value and "." in text:
        # Shown exactly with fewer digits: drop the zeros (1.50 -> 1.5, 1.00 -> 1), so
        # trailing zeros only ever mean "rounded", never hide an exact value.
        text = text.rstrip("0").rstrip(".")
    if text.startswith("-") and float(text) == 0.0:
        text = text[1:]
    negative = text.startswith("-")
    body = text.lstrip("-")
    return Number(text=("−" if negative else "") + body,
                  spoken=("minus " if negative else "") + body,
                  tex=("-" if negative else "") + body)


def _scientific(value: float, significant: int) -> Number:
    mantissa, exponent = f"{value:.{significant - 1}e}".split("e")
    power = int(exponent)
    negative = mantissa.startswith("-")
    mantissa = mantissa.lstrip("-")
    sign = "−" if negative else ""
    return Number(text=f"{sign}{mantissa}×10{str(power).translate(_SUPERSCRIPT)}",
                  spoken=f"{'minus ' if negative else ''}{mantissa} times ten to the {power}",
                  tex=f"{'-' if negative else ''}{mantissa}" + rf"\times 10^{{{power}}}")


def numbers(values: Iterable[float], *, significant: int = SIGNIFICANT,
            distinct: bool = False) -> list[Number]:
    """Numbers that are compared with each other, written with common decimals.

    The decimals are those that give the smallest nonzero magnitude
    ``significant`` digits, so two different values never print the same
    unless they agree to that many digits, and 0.006 never prints as 0.01. An
    exact zero prints "0" and a value shown exactly drops its trailing zeros,
    while a rounded value always keeps a decimal point (1924.4, not 1924): a
    number without one is exact, and "0" always means exactly zero. Magnitudes below SCIENTIFIC_BELOW or
    above SCIENTIFIC_ABOVE are written as m × 10ⁿ.

    With ``distinct``, digits are added (up to DISTINCT_SIGNIFICANT) until values
    that differ also read as different numbers: a matrix entry 0.99995 beside a
    diagonal 1 prints "0.99995", not "1.000", which would show a singular H.
    """
    values = [float(v) for v in values]
    if not all(math.isfinite(v) for v in values):
        raise ValueError(f"values: must be finite, got {values}")
    if distinct:
        shown = numbers(values, significant=significant)
        while significant < DISTINCT_SIGNIFICANT and _merged(values, shown):
            significant += 1
            shown = numbers(values, significant=significant)
        return shown
    plain = [v for v in values if v != 0.0 and SCIENTIFIC_BELOW <= abs(v) < SCIENTIFIC_ABOVE]
    decimals = max((decimals_for(v, significant) for v in plain), default=0)
    if decimals == 0 and any(v != round(v) for v in plain):
        decimals = 1  # a number with no decimal point is exact; a rounded one shows one
    out = []
    for v in values:
        if v != 0.0 and not SCIENTIFIC_BELOW <= abs(v) < SCIENTIFIC_ABOVE:
            out.append(_scientific(v, significant))
        else:
            out.append(_fixed(v, decimals))
    return out


def _merged(values: list[float], shown: list[Number]) -> bool:
    """Whether two different values read as the same number. Values within
    SAME_VALUE_RTOL of each other are one value (a rotated H's equal diagonal differs in
    its last bits: 2.5000000000000004 and 2.4999999999999996 both read 2.50, rightly)."""
    read: dict[Decimal, float] = {}
    for value, n in zip(values, shown):
        as_read = n.text.replace("−", "-")
        if "×" in as_read:
            mantissa, power = as_read.split("×10")
            exponent = int(power.translate(_FROM_SUPERSCRIPT))
            as_read = f"{mantissa}e{exponent}"
        first = read.setdefault(Decimal(as_read), value)
        if not math.isclose(first, value, rel_tol=SAME_VALUE_RTOL, abs_tol=0.0):
            return True
    return False


def number(value: float, *, significant: int = SIGNIFICANT, like: float | None = None
           ) -> Number:
    """One number for the screen; see `numbers`. With ``like``, written in the same form as
    ``like`` is (plain decimals or m × 10ⁿ), so a number derived from another (its half,
    say) reads as the same kind of number: λ = 0.000146 halves to 0.0000730, not 7.30×10⁻⁵."""
    def plain(v: float) -> bool:
        return v == 0.0 or SCIENTIFIC_BELOW <= abs(v) < SCIENTIFIC_ABOVE
    if like is not None and value != 0.0 and plain(float(like)) and not plain(float(value)):
        return _fixed(float(value), decimals_for(float(value), significant))
    return numbers([value], significant=significant)[0]


def point(values: Iterable[float], *, significant: int = SIGNIFICANT) -> Number:
    """A point (w₁, w₂) with common decimals: "(0, 1)", "(0.24, 0.97)"."""
    parts = numbers(values, significant=significant)
    return Number(text="(" + ", ".join(p.text for p in parts) + ")",
                  spoken=" and ".join(p.spoken for p in parts),
                  tex="(" + r",\ ".join(p.tex for p in parts) + ")")
