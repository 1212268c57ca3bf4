"""The claim checkers' own number reading: a checker that misreads a number would
pass a false caption or fail a true one."""

from __future__ import annotations

import numpy as np
import pytest

from tests.claims import LiveClaims, Rule, agrees, caption_form, check_live


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


def _sign_claims(calls: list) -> LiveClaims:
    """A toy story: the state is w₁*, the one rule "sign(w*₁) = s"."""
    def facts(scene: object, state: float) -> dict:
        calls.append(state)
        return {"w1": state}
    return LiveClaims(state=lambda scene: None, facts=facts, rules=(
        Rule("sign", r"\\operatorname\{sign\}\(w\^\*_1\) = (-?1|0)",
             lambda m, f: float(np.sign(f["w1"])) == float(m.group(1))),))


def test_live_claims_rejudge_a_line_that_stays_while_the_data_move() -> None:
    """A line true when written and false once w₁* reaches 0 under it is reported, once,
    at the first frame it is false; each state's facts are computed once."""
    calls: list = []
    live = _sign_claims(calls)
    line = r"\operatorname{sign}(w^*_1) = 1"
    frames = [(0.0, 0.5, {line}), (0.2, 0.25, {line, "H"}), (0.4, 0.0, {line}),
              (0.6, 0.0, {line}), (0.8, 0.0, set())]
    verdict = check_live(frames, live, scene=None)
    assert verdict.false == [("sign", line, f"{line} at 0.4 s (state 0.0)")]
    assert len(verdict.claims) == 2 and calls == [0.5, 0.25, 0.0]


def test_live_claims_pass_a_line_that_leaves_before_the_data_change() -> None:
    live = _sign_claims([])
    line = r"\operatorname{sign}(w^*_1) = 1"
    frames = [(0.0, 0.5, {line}), (0.2, 0.1, {line}), (0.4, 0.0, set())]
    assert check_live(frames, live, scene=None).false == []


def test_a_live_readout_is_read_as_the_numbers_it_shows() -> None:
    """The recorder reads a Readout as its numbers now (typeset once with zeros), also while
    a sweep shows it as parts, and not once it is faded below readable."""
    from types import SimpleNamespace

    from scenes.toolkit.readout import Readout
    from tests.scene_helpers import READABLE_ALPHA, shown_tex

    readout = Readout(r"w^*_{{1}} = {:+6.3f}", 0.0, exact_zeros=True)
    screen = SimpleNamespace(mobjects=[readout])

    def read() -> list[str]:
        return shown_tex(screen, lambda tex: tex.startswith("w^*"), alpha=READABLE_ALPHA)

    assert read() == [r"w^*_{1} = 0"]
    readout.set_values(-0.2494)
    assert read() == [r"w^*_{1} = -0.249"]
    screen.mobjects = list(readout.parts())
    readout.set_values(0.5)
    assert read() == [r"w^*_{1} = +0.500"]
    screen.mobjects = [readout]
    readout.set_opacity(0.3)
    assert read() == []
