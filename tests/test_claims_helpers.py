"""The claim checkers' own number reading: a checker that misreads a number would
pass a false caption or fail a true one."""

from __future__ import annotations

import pytest

from tests.claims import agrees, caption_form


@pytest.mark.parametrize(("tex", "caption"), [
    (r"-3.27\times 10^{-16}", "−3.27×10⁻¹⁶"),
    (r"1.22\times 10^{6}", "1.22×10⁶"),
    (r"4\times 10^{-3}", "4×10⁻³"),
    ("-0.5", "−0.5"),
    ("2.30", "2.30"),
])
def test_caption_form_writes_tex_numbers_as_captions_do(tex: str, caption: str) -> None:
    assert caption_form(tex) == caption


@pytest.mark.parametrize(("shown", "value", "ok"), [
    ("−3.27×10⁻¹⁶", -3.27e-16, True),
    ("−3.27×10⁻¹⁶", -3.2751e-16, False),  # beyond half a unit of the last digit
    ("1.25", 1.2549, True),
    ("1.25", 1.2551, False),
    ("0.000", 1e-16, True),
    ("0", 1e-16, False),                  # an integer shown is exact
    ("2", 2.0, True),
])
def test_agrees_reads_half_a_unit_of_the_last_digit(shown: str, value: float, ok: bool) -> None:
    assert agrees(shown, value) is ok
