"""What the words and the screen claim, checked against regmath's own answer for the data.

A scene's captions and on-screen TeX are read back after a dry run. Each rule
is a pattern for one kind of claim ("w₁* = 0 exactly", "λ = 1.84", "on an
edge") and the fact it asserts, computed here from the scene's data with
`regmath` (not from the scene's own objects). A number in a caption is shown
rounded: it agrees with the fact when they differ by at most half a unit in
its last digit. Every number a caption shows must be claimed by some rule, so
a new sentence with a number cannot slip past unchecked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

#: The float64 unit roundoff's double: the rounding of one stored number.
EPSILON = float(np.finfo(float).eps)

#: A number as the captions write it: −1.84, 0.435, 1.2×10⁻⁵.
NUMBER = r"−?\d+(?:\.\d+)?(?:×10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?"
_SUPERSCRIPT = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")
SUBSCRIPT = {"₁": 0, "₂": 1}


#: A number as TeX writes it on screen: -1.84, 1.2\times 10^{-5}.
TEX_NUMBER = r"-?\d+(?:\.\d+)?(?:\\times 10\^\{-?\d+\})?"


def caption_form(text: str) -> str:
    """A number as TeX writes it, in the captions' form (−, ×10⁻⁵), for `agrees`."""
    # The power is read before "-" becomes "−" (a negative power, ×10⁻¹⁶, was left as TeX).
    match = re.fullmatch(r"(.*)\\times 10\^\{(-?\d+)\}", text)
    if match:
        mantissa = match.group(1).replace("-", "−")
        power = match.group(2).replace("-", "⁻").translate(
            str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
        return f"{mantissa}×10{power}"
    return text.replace("-", "−")


def value_of(text: str) -> tuple[float, float]:
    """The number a caption shows and half a unit of its last digit."""
    text = text.replace("−", "-")
    if "×10" in text:
        mantissa, power = text.split("×10")
        exponent = int(power.translate(_SUPERSCRIPT))
        decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
        return float(mantissa) * 10.0**exponent, 0.5 * 10.0 ** (exponent - decimals)
    decimals = len(text.split(".")[1]) if "." in text else 0
    return float(text), 0.5 * 10.0**-decimals


def agrees(text: str, value: float, *, rounded_integers: bool = False) -> bool:
    """Whether the shown number is ``value`` rounded (an integer shown is exact, unless
    ``rounded_integers``: a live readout's whole number is its value rounded)."""
    shown, half = value_of(text)
    if "." not in text and "×" not in text and not rounded_integers:
        # Exact up to float rounding, relative: "0" is not 1e-16 (regmath's zeros are exact).
        return abs(shown - value) <= 4 * EPSILON * max(abs(shown), abs(value))
    # Half a unit of the last digit, widened only by the float rounding of the two
    # numbers (relative, so a ×10⁻¹⁶ value is not waved through by an absolute slack).
    return abs(shown - value) <= half * (1 + 1e-9) + 4 * EPSILON * max(abs(shown), abs(value))


def point_agrees(text: str, values: Iterable[float]) -> bool:
    parts = re.findall(NUMBER, text)
    values = list(values)
    return len(parts) == len(values) and all(agrees(p, v) for p, v in zip(parts, values))


@dataclass(frozen=True)
class Variant:
    """A lecturer's data-only variant: the scene, a name, the overridden attributes, and
    either the attribute a refusal must name or None (it must render truthfully).
    ``story`` names the claims module (tests/claims_<story>.py) that checks it."""

    scene: type
    name: str
    data: dict[str, Any]
    refused: str | None = None
    story: str = ""

    @property
    def id(self) -> str:
        return f"{self.scene.__name__}-{self.name}"


@dataclass(frozen=True)
class Rule:
    """A claim: where it may appear (section names, or None for anywhere), its pattern,
    and the check of the fact (given the regex match and the facts)."""

    name: str
    pattern: str
    check: Callable[[re.Match, dict], bool]
    sections: tuple[str, ...] | None = None


@dataclass
class Verdict:
    claims: list[tuple[str, str]]          # (rule, matched text) that hold
    false: list[tuple[str, str, str]]      # (rule, matched text, caption) that do not
    unchecked_numbers: list[tuple[str, str]]  # (number, caption) no rule claimed


def check_captions(records: Iterable, rules: list[Rule], facts: dict) -> Verdict:
    """Apply ``rules`` to every narration record (its caption and section)."""
    verdict = Verdict([], [], [])
    for record in records:
        caption, section = record.words.caption, record.section
        claimed: list[tuple[int, int]] = []
        for rule in rules:
            if rule.sections is not None and section not in rule.sections:
                continue
            for match in re.finditer(rule.pattern, caption):
                claimed.append(match.span())
                if rule.check(match, facts):
                    verdict.claims.append((rule.name, match.group(0)))
                else:
                    verdict.false.append((rule.name, match.group(0), caption))
        for number in re.finditer(NUMBER, caption):
            if not any(a <= number.start() and number.end() <= b for a, b in claimed):
                verdict.unchecked_numbers.append((number.group(0), caption))
    return verdict


def check_screen(texts: Iterable[str], rules: list[Rule], facts: dict) -> Verdict:
    """Apply ``rules`` (TeX patterns) to every TeX string shown on screen."""
    verdict = Verdict([], [], [])
    for text in texts:
        for rule in rules:
            for match in re.finditer(rule.pattern, text):
                if rule.check(match, facts):
                    verdict.claims.append((rule.name, match.group(0)))
                else:
                    verdict.false.append((rule.name, match.group(0), text))
    return verdict


@dataclass(frozen=True)
class LiveClaims:
    """Claims re-judged at every frame against the data as they are at that frame.

    A line written for one state of a moving picture can stay up while the picture
    moves on ("g = sign(w*) = (1, 1)" while t shrank and w*₁ reached 0): `check_screen`
    judges each line once, against the scene's own data. Here the recorder
    (tests.scene_helpers.Recorder) reads ``state(scene)`` at every frame (the trackers
    that move the data: the drag of ŵ, the radius, λ; None where none moves) and which
    lines ``rules`` speak about are shown then; `check_live` judges every line shown
    in every state, with ``facts(scene, state)`` computed by regmath for that state.
    """

    state: Callable[[Any], Hashable | None]
    facts: Callable[[Any, Hashable], dict]
    rules: tuple[Rule, ...]

    def speaks_about(self, tex: str) -> bool:
        return any(re.search(rule.pattern, tex) for rule in self.rules)


def check_live(frames: Iterable[tuple[float, Hashable, Iterable[str]]], live: LiveClaims,
               scene: Any) -> Verdict:
    """Apply ``live.rules`` to every line shown at every recorded frame, with the facts of
    that frame's state. A false claim is reported once per (rule, line), with the time
    and the state it was first false at."""
    verdict = Verdict([], [], [])
    judged: set[tuple[Hashable, str]] = set()
    facts: dict[Hashable, dict] = {}
    reported: set[tuple[str, str]] = set()
    for time, state, texts in frames:
        for text in texts:
            if (state, text) in judged:
                continue
            judged.add((state, text))
            if state not in facts:
                facts[state] = live.facts(scene, state)
            for rule in live.rules:
                for match in re.finditer(rule.pattern, text):
                    if rule.check(match, facts[state]):
                        verdict.claims.append((rule.name, match.group(0)))
                    elif (rule.name, text) not in reported:
                        reported.add((rule.name, text))
                        verdict.false.append((rule.name, match.group(0),
                                              f"{text} at {time:.1f} s (state {state})"))
    return verdict


def rotated(d1: float, d2: float, angle: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """H with eigenvalues d1, d2 and principal axes turned by ``angle``, as plain numbers
    (the way a lecturer types a variant's hessian)."""
    from regmath.quadratic import rotation

    q = rotation(angle)
    h = (q * np.array([d1, d2])) @ q.T
    return ((float(h[0, 0]), float(h[0, 1])), (float(h[0, 1]), float(h[1, 1])))


def true_claims(scene: Any, rules: list[Rule], screen_rules: list[Rule],
                facts: dict) -> tuple[Verdict, Verdict]:
    """A recorded scene's captions and on-screen TeX checked against the facts: nothing
    false, no number unclaimed. Returns (words, screen) for counts of what was checked."""
    words = check_captions(scene.narration_log, rules, facts)
    screen = check_screen(scene.screen_texts, screen_rules, facts)
    assert words.false == [], words.false
    assert screen.false == [], screen.false
    live = getattr(type(scene), "live_claims", None)
    if live is not None:
        moving = check_live(scene.__dict__.get("live_frames", []), live, scene)
        assert moving.false == [], moving.false
        screen.claims.extend(moving.claims)
    assert words.unchecked_numbers == [], words.unchecked_numbers
    return words, screen
