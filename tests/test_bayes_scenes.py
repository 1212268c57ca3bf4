"""PriorsAsPenalties draws what regmath says and says what is true.

The scene runs in full (dry run, no video); its curves, dots and level sets are
read back through their axes and compared with `regmath.bayes`; its captions and
on-screen TeX are checked against regmath's facts (`tests.claims_bayes`); and it
is watched as a viewer would (`viewer_problems`).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from regmath import Quadratic
from regmath.bayes import (
    density_curve,
    lasso_strength,
    map_estimate,
    objective_curve,
    objective_slopes,
    objective_sweep,
    objective_tangents,
    posterior_1d,
    posterior_level_set,
    posterior_levels,
    sweep_stop,
)
from regmath.framing import clip_polyline
from scenes.bayes import (BOWL_SHARES, CURVE_SAMPLES, F_SHARES, LEVEL_SHARES, RIDGE_BACK_SHARE, STOP_SHARE,
                          TANGENT_DRAWN, TANGENT_REACH,
                          PriorsAsPenalties)
from tests.claims import true_claims
from tests.claims_bayes import SCREEN_RULES, facts_for, rules_for
from tests.scene_helpers import (RECORDING_FRAME_RATE, Recorder, coords, dry_run,
                                 polyline_coords, shown_tex, viewer_problems)

COORD_ATOL = 1e-9
PRIORS = ("laplace", "gaussian")


#: The lasso's status lines: the band's rule (w*_L = 0) and the rules off it.
BAND_RULE = r"\hat w \in ["
OFF_RULES = (r"\operatorname{sign}(\hat w)", r"w^*_L = \hat w -", r"w^*_L = \hat w +")
#: A line is lit at this share of its own opacity or more (Dim keeps 0.3).
LIT_ALPHA = 0.9


class Priors(Recorder, PriorsAsPenalties):
    """Also records, each frame, the tracker's ŵ and the lasso's status lines shown lit
    (r67's item 3: "ŵ ∈ [−0.25, 0.25]: w*_L = 0" stayed lit at ŵ = 0.375)."""

    def _record_frame(self) -> None:
        super()._record_frame()
        tracker = getattr(self, "tracker", None)
        if tracker is None:
            return
        lit = shown_tex(self, lambda tex: BAND_RULE in tex or any(r in tex for r in OFF_RULES),
                        alpha=LIT_ALPHA)
        self.__dict__.setdefault("status_frames", []).append(
            (float(self.time), float(tracker.get_value()), lit))


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory):
    return dry_run(Priors, Path(tmp_path_factory.mktemp("bayes")),
                   frame_rate=RECORDING_FRAME_RATE)


def _lam() -> float:
    return lasso_strength(noise_variance=Priors.noise_variance, prior_scale=Priors.prior_scale)


def _post(center: float, prior: str):
    return posterior_1d(Priors.weight_curvature, center, prior=prior, strength=_lam(),
                        noise_variance=Priors.noise_variance)


def _stop() -> float:
    return sweep_stop(Priors.weight_curvature, Priors.weight_center, _lam(), share=STOP_SHARE)


def test_the_default_data_tell_the_story() -> None:
    start, end = _post(Priors.weight_center, "laplace"), _post(_stop(), "laplace")
    assert start.mode != 0.0 and end.mode == 0.0 and end.mean != 0.0
    assert _post(_stop(), "gaussian").mode != 0.0
    loss = Quadratic(center=Priors.center, hessian=Priors.hessian)
    lasso = map_estimate(loss, prior="laplace", strength=_lam()).point
    ridge = map_estimate(loss, prior="gaussian", strength=_lam()).point
    assert np.count_nonzero(lasso == 0.0) == 1 and np.all(ridge != 0.0)


def test_the_drawn_curves_are_regmaths_at_the_sweeps_end(scene) -> None:
    window = scene.window
    for p in PRIORS:
        axes, end = scene.axes[p], _post(_stop(), p)
        # The likelihood followed ŵ to the stop; the prior never moved.
        for drawn, part in ((scene.likelihoods[p], "likelihood"), (scene.post_curves[p],
                                                                    "posterior")):
            exact = clip_polyline(density_curve(end, part, *window, samples=CURVE_SAMPLES),
                                  scene.box)
            pieces = drawn.get_subpaths()
            assert len(pieces) == len(exact)
            for piece, points in zip(pieces, exact):
                np.testing.assert_allclose(coords(axes, np.vstack([piece[::4], piece[-1:]])),
                                           points, atol=COORD_ATOL)
        prior = clip_polyline(density_curve(end, "prior", *window, samples=CURVE_SAMPLES),
                              scene.box)
        # The dashed prior: its dashes lie on the exact polyline (each dash's ends read back
        # onto the curve's w and p(w)).
        for dash in scene.priors[p][0].submobjects:
            w_p = coords(axes, dash.points)
            np.testing.assert_allclose(w_p[:, 1], np.interp(w_p[:, 0], prior[0][:, 0],
                                                            prior[0][:, 1]), atol=1e-6)
        # The mode dot on the posterior's peak, the mean tick at the mean.
        np.testing.assert_allclose(coords(axes, scene.mode_dots[p].get_center())[0],
                                   [end.mode, float(end.density(end.mode))], atol=COORD_ATOL)
        np.testing.assert_allclose(coords(axes, scene.mean_ticks[p].get_start())[0],
                                   [end.mean, 0.0], atol=COORD_ATOL)
    # The Laplace mode at the stop is exactly 0: the dot on the axis w = 0.
    assert coords(scene.axes["laplace"], scene.mode_dots["laplace"].get_center())[0][0] == \
        pytest.approx(0.0, abs=COORD_ATOL)


def test_the_questions_loss_is_half_h_times_the_squared_gap(scene) -> None:
    # r59: the loss ½h(w − ŵ)² drawn under the bell, back at h after its sweep; read back
    # through its axes against the formula by hand.
    w_hat, h = Priors.weight_center, Priors.weight_curvature
    pieces = scene.loss_graph.get_subpaths()
    assert len(pieces) == 1
    w_y = coords(scene.loss_plot[0], np.vstack([pieces[0][::4], pieces[0][-1:]]))
    # Its samples on the formula (its ends are cut at the view's top, on a chord).
    np.testing.assert_allclose(w_y[1:-1, 1], 0.5 * h * (w_y[1:-1, 0] - w_hat) ** 2, atol=1e-9)
    # Its bottom at ŵ is in view, and the curve stays under its axis's top number.
    assert w_y[:, 1].min() == pytest.approx(0.0, abs=1e-12)
    assert w_y[:, 1].max() < scene.loss_range[1]


def test_the_objective_curves_minimizers_and_tangents_are_regmaths(scene) -> None:
    # The log view's slide goes out past the sticky edge (F_L's minimizer leaves 0) and
    # back nearer 0 than it started (F_L's minimizer at 0 again, ridge's near 0, not at
    # it): the picture at its end.
    back, out = objective_sweep(Priors.weight_curvature, Priors.weight_center, _lam(),
                                shares=(RIDGE_BACK_SHARE, F_SHARES[1]))
    assert _post(out, "laplace").mode != 0.0 and _post(back, "laplace").mode == 0.0
    assert 0.0 != abs(_post(back, "gaussian").mode) < abs(_post(
        objective_sweep(Priors.weight_curvature, Priors.weight_center, _lam(),
                        shares=F_SHARES)[0], "gaussian").mode)
    out = back
    for p in PRIORS:
        end = _post(out, p)
        axes = scene.f_plots[p][0]
        exact = clip_polyline(objective_curve(end, *scene.f_window, samples=CURVE_SAMPLES),
                              scene.f_box)
        pieces = scene.f_curves[p].get_subpaths()
        assert len(pieces) == len(exact)
        for piece, points in zip(pieces, exact):
            np.testing.assert_allclose(coords(axes, np.vstack([piece[::4], piece[-1:]])),
                                       points, atol=COORD_ATOL)
        np.testing.assert_allclose(coords(axes, scene.f_dots[p].get_center())[0],
                                   [end.mode, float(end.objective(end.mode))], atol=COORD_ATOL)
        drawn = [clip_polyline(seg, scene.f_box)[0][[0, -1]]
                 for seg in objective_tangents(end, reach=TANGENT_DRAWN if p == "laplace"
                                               else TANGENT_REACH, half=True)]
        for line, segment in zip(scene.tangents[p], drawn):
            np.testing.assert_allclose(coords(axes, np.array([line.get_start(), line.get_end()])),
                                       segment, atol=COORD_ATOL)
    assert scene.slope_read.get_values() == pytest.approx(objective_slopes(_post(out, "laplace")))
    # Ridge's slope at 0 and its minimizer w*_R, read out live (r47 item 4).
    ridge = _post(out, "gaussian")
    assert scene.ridge_read.get_values() == pytest.approx((objective_slopes(ridge)[0],
                                                           ridge.mode))


def test_the_level_sets_go_through_regmaths_vertices(scene) -> None:
    loss = Quadratic(center=Priors.center, hessian=Priors.hessian)
    for p in PRIORS:
        levels = posterior_levels(loss, prior=p, strength=_lam(), shares=LEVEL_SHARES)
        for drawn, level in zip(scene.set_curves[p], levels):
            exact = posterior_level_set(loss, level, prior=p, strength=_lam())
            np.testing.assert_allclose(polyline_coords(scene.plane, drawn), exact,
                                       atol=COORD_ATOL)
        np.testing.assert_allclose(coords(scene.plane, scene.map_dots[p].get_center())[0],
                                   map_estimate(loss, prior=p, strength=_lam()).point,
                                   atol=COORD_ATOL)
    # The Laplace level sets have vertices exactly on an axis (the kinks).
    assert any(np.any(posterior_level_set(loss, level, prior="laplace", strength=_lam()) == 0.0)
               for level in posterior_levels(loss, prior="laplace", strength=_lam(),
                                             shares=LEVEL_SHARES))


def test_exactly_0_is_said_only_when_the_mode_is_0(scene) -> None:
    said = [r for r in scene.narration_log if "exactly 0" in r.words.caption]
    assert said
    facts = facts_for(scene)
    for record in said:
        if record.section == "sticky":
            assert facts["zero_after"] and facts["end"]["laplace"].mode == 0.0
        else:
            assert record.section == "two weights" and len(facts["zeros"]) == 1
    # The readout ends on a bare 0 for the Laplace mode and a nonzero mean.
    texts = scene.reads["laplace"].texts
    assert texts[0].strip() == "0" and texts[1].strip() not in ("0", "0.000")


def test_every_claim_is_true_for_the_data(scene) -> None:
    words, screen = true_claims(scene, rules_for(scene), SCREEN_RULES, facts_for(scene))
    assert len(words.claims) >= 15 and len(screen.claims) >= 5


def test_each_prior_is_named_with_its_own_penalty(scene) -> None:
    # r45 said "both give the lasso": the Laplace prior's F_L is the lasso and the Gaussian's
    # F_R ridge, and the rule knows (r62: said once, where F_L and F_R are built).
    rule = next(r for r in rules_for(scene) if r.name == "sums")
    facts = facts_for(scene)
    assert facts["penalty_of"] == {"laplace": "the lasso", "gaussian": "ridge"}
    good = ("So F_L = f + λ|w| is the lasso, F_R = f + λw²/2 ridge. At 0, F_L has two "
            "slopes, on the left, then on the right of the kink")
    m = re.search(rule.pattern, good)
    assert m and rule.check(m, facts)
    swapped = dict(facts, penalty_of={"laplace": "ridge", "gaussian": "the lasso"})
    assert not rule.check(m, swapped)
    same = next(r for r in rules_for(scene) if r.name == "same λ")
    for text, holds in (("Both give λ = 3, derived later.", True),
                        ("Both give λ = 4, derived later.", False)):
        m = re.search(same.pattern, text)
        assert m and same.check(m, facts) is holds, text


def test_the_bowls_ellipses_are_fs_level_sets(scene) -> None:
    # r62: "f is a bowl, ellipses round ŵ" drawn: each curve read back through the plane
    # lies on ½(w − ŵ)ᵀH(w − ŵ) = its level, by hand, for levels between f's minimum 0
    # and f(0) (regmath's levels, rising from ŵ).
    center = np.asarray(Priors.center, dtype=float)
    hessian = np.asarray(Priors.hessian, dtype=float)
    f0 = 0.5 * center @ hessian @ center
    assert len(scene.bowl_sets) == len(BOWL_SHARES)
    for drawn, share in zip(scene.bowl_sets, BOWL_SHARES):
        # Whole in the view for the default data (one piece each, closed).
        assert len(drawn) == 1
        w = polyline_coords(scene.plane, drawn[0]) - center
        np.testing.assert_allclose(w[0], w[-1], atol=1e-9)
        values = 0.5 * np.einsum("ki,ij,kj->k", w, hessian, w)
        np.testing.assert_allclose(values, share * f0, rtol=1e-9)


def test_a_viewer_sees_no_jump_no_silent_motion_and_a_clear_caption_strip(scene) -> None:
    problems = viewer_problems(scene)
    assert all(not found for found in problems.values()), problems


def test_every_beat_is_a_section(scene) -> None:
    assert scene.beats == ["question", "priors", "posterior", "sticky", "log view",
                           "two weights", "card"]
    assert {r.section for r in scene.narration_log} == set(scene.beats)


def test_the_slice_insets_axis_names_what_it_plots(scene) -> None:
    # r56: the axis said F_L with a "4" while the curve was F_L less a constant. Now it is
    # named F_L − F_L(w*_L), has no numbers, and the drawn curve, its dot and its tangents'
    # meeting point read back as the full 2-D F_L along the slice minus F_L(w*_L).
    from regmath.bayes import penalized_objective

    axes, labels = scene.inset[0][0], scene.inset[0][1]
    assert labels[1].tex_string == r"F_L - F_L(w^*_L)"
    assert len(axes.y_axis.numbers) == 0
    loss = Quadratic(center=Priors.center, hessian=Priors.hessian)
    star = map_estimate(loss, prior="laplace", strength=_lam()).point
    zero = int(np.flatnonzero(star == 0.0)[0])
    bottom = penalized_objective(loss, star, prior="laplace", strength=_lam())

    def rise(t: np.ndarray) -> np.ndarray:
        line = np.repeat(star[None, :], len(t), axis=0)
        line[:, zero] = t
        return np.array([penalized_objective(loss, w, prior="laplace", strength=_lam())
                         for w in line]) - bottom

    drawn = np.vstack([coords(axes, np.vstack([piece[::4], piece[-1:]]))
                       for piece in scene.inset[1].get_subpaths()])
    # Inside the plot (the ends are cut at its top, between two samples).
    inside = drawn[:, 1] < axes.y_range[1] - 1e-9
    assert inside.sum() > 100
    np.testing.assert_allclose(drawn[inside, 1], rise(drawn[inside, 0]), atol=1e-6)
    dot = coords(axes, scene.inset[3].get_center())[0]
    np.testing.assert_allclose(dot, [0.0, 0.0], atol=1e-9)
    for line in scene.inset[2]:
        ends = coords(axes, np.array([line.get_start(), line.get_end()]))
        meet = ends[np.argmin(np.abs(ends[:, 0]))]
        np.testing.assert_allclose(meet, [0.0, 0.0], atol=1e-9)


def test_the_lit_lasso_rule_is_the_one_that_holds_for_the_current_w_hat(scene) -> None:
    # r67's item 3: at every recorded frame, a lit "w*_L = 0" band rule means regmath's
    # Laplace mode is 0 at the tracker's ŵ, and a lit rule off the band (sign(ŵ)(|ŵ| − λ/h),
    # ŵ ∓ λ/h) means it is not; at ŵ = λ/h itself the two agree (both give 0).
    edge = abs(scene.edge)
    seen = {"band": 0, "off": 0}
    for time, w_hat, lit in scene.status_frames:
        if not lit or abs(abs(w_hat) - edge) < 1e-9:
            continue
        zero = _post(w_hat, "laplace").mode == 0.0
        for tex in lit:
            band = BAND_RULE in tex
            seen["band" if band else "off"] += 1
            assert band == zero, (time, w_hat, tex)
    assert seen["band"] and seen["off"], seen
