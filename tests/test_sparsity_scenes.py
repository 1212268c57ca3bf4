"""WhyCornersWin and SparsityOdds draw what regmath says and say what is true.

Each scene runs in full (dry run, no video). Its mobjects are read back through
the axes into problem coordinates and compared with `regmath.sparsity`; its
captions and on-screen TeX are checked against regmath's facts for the data
(`tests.claims_sparsity`); and it is watched as a viewer would: nothing jumps,
nothing enters the caption strip, every motion plays under words. The
journey's strips are recorded frame by frame: they never show a run before ŵ
gets there.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import config

from regmath import Quadratic, constrained
from regmath.drawing import level_set
from regmath.framing import clip_polyline
from regmath.sparsity import (
    annulus,
    interval_boxes,
    l1_solution_regions,
    l2_sparse_rays,
    orbit_arc,
    orbit_journey,
    outside_disc,
    ring_shares,
    square_corners,
)
from scenes.sparsity import (DENSE_COLOR, DOTS_BY_DEFAULT, NORMAL_OFFSET, SPARSE_COLOR,
                             SparsityOdds, WhyCornersWin)
from scenes.toolkit.style import CAPTION_TOP, PANEL_RIGHT
from tests.claims import true_claims
from tests.claims_sparsity import facts_for, rules_for, screen_rules_for
from tests.scene_helpers import (RECORDING_FRAME_RATE, Recorder, anchors, coords, dry_run,
                                 viewer_problems)

# Scene ↔ problem coordinates go through Manim's float affine maps.
COORD_ATOL = 1e-9


class StripRecorder(Recorder):
    """Records, at every frame of the journey, ŵ's progress, how far each strip is lit and
    the colour of each w*."""

    def update_to_time(self, t: float) -> None:
        super().update_to_time(t)
        strips = getattr(self, "strips", None)
        if strips is None or self.beats[-1] != "travel":  # only the journey moves them
            return
        s = self.progress.get_value()
        shown = {}
        for norm, strip in strips.items():
            axes = strip.frame_axes
            lit = coords(axes, strip[1].points)[:, 0] if len(strip[1].points) else np.zeros(0)
            marks = (coords(axes, strip[2].points)[:, 0] if len(strip[2].points)
                     else np.zeros(0))
            shown[norm] = (lit, marks)
        colours = {norm: self.solutions[norm][0].get_fill_color().to_hex()
                   for norm in strips}
        self.__dict__.setdefault("strip_frames", []).append((s, shown, colours))


class Corners(StripRecorder, WhyCornersWin):
    pass


class CornersFromACorner(StripRecorder, WhyCornersWin):
    """A lecturer's start inside a corner's wedge: the lasso starts on a corner."""

    start_angle = 0.0
    hessian = ((2.0, 0.6), (0.6, 1.0))


class Odds(Recorder, SparsityOdds):
    pass


NAMES = {"Corners": "WhyCornersWin", "CornersFromACorner": "CornersFromACorner",
         "Odds": "SparsityOdds"}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = Path(tmp_path_factory.mktemp("sparsity"))
    return {NAMES[cls.__name__]: dry_run(cls, tmp, frame_rate=RECORDING_FRAME_RATE)
            for cls in (Corners, CornersFromACorner, Odds)}


# ------------------------------------------------------------------ journey
@pytest.mark.parametrize("name", ["WhyCornersWin", "CornersFromACorner"])
def test_the_solution_map_is_the_exact_wedges_strips_and_rays(rendered, name) -> None:
    scene = rendered[name]
    hessian = np.asarray(scene.hessian, dtype=float)
    regions = l1_solution_regions(hessian, scene.radius, scene.view)
    corners = [r for r in regions if r.kind == "corner"]
    edges = [r for r in regions if r.kind == "edge"]
    assert len(scene.wedges) == len(corners) == 4 and len(scene.bands) == len(edges)
    for drawn, region in zip([*scene.wedges, *scene.bands], [*corners, *edges]):
        np.testing.assert_allclose(coords(scene.axes["l1"], drawn.get_vertices()),
                                   region.polygon, atol=COORD_ATOL)
    for drawn, piece in zip(scene.outside, outside_disc(scene.radius, scene.view)):
        np.testing.assert_allclose(coords(scene.axes["l2"], drawn.get_vertices()), piece,
                                   atol=COORD_ATOL)
    rays = l2_sparse_rays(hessian, scene.radius, scene.view)
    assert len(scene.rays) == len(rays) == 4
    for drawn, ray in zip(scene.rays, rays):
        np.testing.assert_allclose(coords(scene.axes["l2"], drawn.points[[0, -1]]), ray,
                                   atol=COORD_ATOL)


@pytest.mark.parametrize("name", ["WhyCornersWin", "CornersFromACorner"])
def test_the_orbit_arcs_and_crossings_are_the_journeys(rendered, name) -> None:
    scene = rendered[name]
    journey = orbit_journey(scene.hessian, scene.radius, scene.orbit_radius,
                            start_angle=scene.start_angle)
    for drawn, run in zip(scene.arcs, journey.runs):
        np.testing.assert_allclose(coords(scene.axes["l1"], anchors(drawn)),
                                   orbit_arc(journey, run.start, run.stop)[:-1], atol=COORD_ATOL)
    for dot, crossing in zip(scene.crossing_dots, journey.crossings):
        np.testing.assert_allclose(coords(scene.axes["l2"], dot.get_center())[0], crossing.point,
                                   atol=COORD_ATOL)
    # The orbit itself and ŵ, back at its start after one full turn.
    for norm in ("l1", "l2"):
        np.testing.assert_allclose(coords(scene.axes[norm], anchors(scene.orbits[norm])),
                                   scene.orbit_points[:-1], atol=COORD_ATOL)
    assert scene.progress.get_value() == 1.0


@pytest.mark.parametrize("name", ["WhyCornersWin", "CornersFromACorner"])
def test_the_strips_light_up_only_where_w_hat_has_been(rendered, name) -> None:
    scene = rendered[name]
    journey = scene.journey
    assert scene.strip_frames
    for s, shown, _ in scene.strip_frames:
        lit, _ = shown["l1"]
        _, marks = shown["l2"]
        assert not len(lit) or lit.max() <= s + 1e-9, (s, lit.max())
        assert not len(marks) or marks.max() <= s + 1e-9
        # Lit exactly on the lasso's arcs, and a ridge mark exactly at each crossing passed.
        for x in lit:
            assert any(a - 1e-9 <= x <= b + 1e-9 for a, b in journey.lit(s))
        assert sorted(set(np.round(marks, 9))) == sorted(
            round(c.progress, 9) for c in journey.passed(s))
    # At the end: every arc lit, every crossing marked.
    strip = scene.strips["l1"]
    final = [box[[0, 1, 2, 3]] for box in interval_boxes(journey.lit(1.0))]
    np.testing.assert_allclose(coords(strip.frame_axes, anchors(strip[1])),
                               np.concatenate([np.vstack([b, b[:1]])[:-1] for b in final]),
                               atol=COORD_ATOL)


@pytest.mark.parametrize("name", ["WhyCornersWin", "CornersFromACorner"])
def test_w_star_is_yellow_exactly_while_a_weight_is_exactly_zero(rendered, name) -> None:
    scene = rendered[name]
    journey = scene.journey
    yellow = SPARSE_COLOR.to_hex()
    seen = {"l1": set(), "l2": set()}
    for s, _, colours in scene.strip_frames:
        for norm in ("l1", "l2"):
            zero = journey.zero(norm, s)
            assert (colours[norm] == yellow) == (zero is not None), (name, norm, s)
            seen[norm].add(zero is not None)
    # Both colours were shown for each norm: ridge's yellow at its named instant.
    assert seen == {"l1": {True, False}, "l2": {True, False}}


def test_inside_an_arc_the_solvers_zero_is_exact(rendered) -> None:
    scene = rendered["WhyCornersWin"]
    journey = scene.journey
    for run in journey.runs:
        for share in (0.1, 0.5, 0.9):
            s = run.start + share * run.length
            scene.progress.set_value(s)
            _, sol = scene.state()["l1"]
            assert sol.point[run.zero_weight] == 0.0
            np.testing.assert_array_equal(sol.point, run.corner)
    scene.progress.set_value(1.0)


def test_the_named_events_happen_on_screen_at_their_exact_progress(rendered) -> None:
    scene = rendered["WhyCornersWin"]
    progresses = [s for s, _, _ in scene.strip_frames]
    for event in [*scene.events, *scene.rest_events()]:
        assert event.progress in progresses  # a frame is shown at the event itself


# --------------------------------------------------------------------- odds
def test_every_dot_is_a_loss_of_the_experiment_coloured_by_its_lasso_solution(rendered) -> None:
    scene = rendered["SparsityOdds"]
    exp = scene.experiment
    yellow, blue = [], []
    for batch in scene.dot_batches:
        if batch is None:
            continue
        for part, store in zip(batch, (yellow, blue)):
            if len(part.points):
                # Each marker is two Bézier halves from its right to its left end and back:
                # its centre is halfway between those two anchors.
                halves = part.points.reshape(-1, 8, 3)
                store.append(coords(scene.axes, 0.5 * (halves[:, 0] + halves[:, 3])))
        assert batch[0].get_fill_color().to_hex() == SPARSE_COLOR.to_hex()
        assert batch[1].get_fill_color().to_hex() == DENSE_COLOR.to_hex()
    yellow, blue = np.concatenate(yellow), np.concatenate(blue)
    # A dot for each of the first dot_count losses (all of them counted).
    shown = min(exp.count, scene.dot_count)
    assert (len(yellow) + len(blue) == scene.dot_count
            == (scene.shown or min(exp.count, DOTS_BY_DEFAULT)))
    centers, sparse = exp.centers[:shown], exp.l1_sparse[:shown]
    np.testing.assert_allclose(yellow, centers[sparse], atol=1e-9)
    np.testing.assert_allclose(blue, centers[~sparse], atol=1e-9)
    # After the count the batches are merged into one mobject per colour: the same dots.
    for part, expected in zip(scene.dots, (yellow, blue)):
        halves = part.points.reshape(-1, 8, 3)
        np.testing.assert_allclose(coords(scene.axes, 0.5 * (halves[:, 0] + halves[:, 3])),
                                   expected, atol=1e-9)
    assert all(b is None or b not in scene.mobjects for b in scene.dot_batches)


def test_the_counters_end_at_the_full_count(rendered) -> None:
    scene = rendered["SparsityOdds"]
    exp = scene.experiment
    drawn, lasso, ridge = scene.counter_readouts
    assert drawn.get_values() == (exp.count,)
    assert lasso.get_values() == (int(np.sum(exp.l1_sparse)),
                                  100.0 * np.sum(exp.l1_sparse) / exp.count)
    assert ridge.get_values() == (int(np.sum(exp.l2_sparse)),
                                  100.0 * np.sum(exp.l2_sparse) / exp.count)


def test_the_rings_and_bars_are_the_experiments(rendered) -> None:
    scene = rendered["SparsityOdds"]
    rings = ring_shares(scene.experiment, scene.rings)
    plot = scene.share_plot[0]
    for bar, box in zip(scene.bars, rings.bars()):
        np.testing.assert_allclose(coords(plot, bar.get_vertices()), box, atol=1e-9)
    for circle, r in zip(scene.ring_circles, rings.radii[1:-1]):
        np.testing.assert_allclose(np.hypot(*coords(scene.axes, anchors(circle)).T), r,
                                   rtol=1e-9)
    # The dashed square starts at the sampling square's first corner and stays on its edges.
    dashes = np.concatenate([coords(scene.axes, d.points) for d in scene.square_outline])
    np.testing.assert_allclose(dashes[0], scene.square[0], atol=1e-9)
    np.testing.assert_allclose(np.max(np.abs(dashes), axis=1), scene.experiment.box, rtol=1e-9)
    assert annulus(rings.radii[0], rings.radii[1]).shape[1] == 2
    # The square's tips: their bar and their four regions are regmath's, and with the rings
    # they hold every loss; the overall share is a dashed line at its height, across them.
    np.testing.assert_allclose(coords(plot, scene.corner_bar.get_vertices()), rings.corner_bar(),
                               atol=1e-9)
    for drawn, piece in zip(scene.corner_regions, square_corners(scene.experiment.box),
                            strict=True):
        np.testing.assert_allclose(coords(scene.axes, drawn.get_vertices()), piece[:-1],
                                   atol=1e-9)
    ends = coords(plot, np.array([scene.all_line.get_start(), scene.all_line.get_end()]))
    np.testing.assert_allclose(ends[:, 1], scene.experiment.l1_fraction, atol=1e-9)
    assert int(rings.totals.sum()) + rings.corner_total == scene.experiment.count
    # One loss's ridge rays, drawn in the count.
    for drawn, segment in zip(scene.ridge_rays, l2_sparse_rays(
            scene.experiment.hessians[scene.ray_loss], scene.t, scene.view), strict=True):
        # Dashed: every dash lies on the segment, the first starts at its start.
        points = coords(scene.axes, np.vstack([m.points for m in
                                               drawn.family_members_with_points()]))
        np.testing.assert_allclose(points[0], segment[0], atol=1e-9)
        along = segment[-1] - segment[0]
        offsets = points - segment[0]
        cross = offsets[:, 0] * along[1] - offsets[:, 1] * along[0]
        np.testing.assert_allclose(cross / np.linalg.norm(along), 0.0, atol=1e-9)
        fraction = offsets @ along / (along @ along)
        assert fraction.min() >= -1e-9 and fraction.max() <= 1.0 + 1e-9


def test_the_ray_dots_ridge_w_star_chords_and_bar_values_are_regmaths(rendered) -> None:
    """Review r30 items 1-3: the ray dot's ridge w* (drawn off both axes, as the words say),
    the chords that measure the wedge and the band, and each bar's value."""
    from regmath.sparsity import axis_points, width_chords

    scene = rendered["SparsityOdds"]
    exp = scene.experiment
    sol = constrained(exp.loss(scene.ray_loss), norm="l2", radius=scene.t)
    star = scene.ray_parts[1]
    np.testing.assert_allclose(coords(scene.axes, star.get_center()[None])[0], sol.point,
                               atol=1e-9)
    assert np.all(sol.point != 0.0) and not exp.l2_sparse[scene.ray_loss]
    wedge, strip, drawn = scene.why_chords
    hessian = exp.hessians[scene.ray_loss]
    from scenes.sparsity import STRIP_CHORD_SHARES, WEDGE_CHORD_SHARES
    assert any(np.array_equal(wedge, width_chords(hessian, scene.t, c, scene.view,
                                                  shares=WEDGE_CHORD_SHARES)[0])
               and np.array_equal(strip, width_chords(hessian, scene.t, c, scene.view,
                                                      shares=STRIP_CHORD_SHARES)[1])
               for c in axis_points(scene.t))
    lengths = [float(np.linalg.norm(c[1] - c[0])) for c in wedge]
    assert lengths[0] < lengths[-1]  # the wedge widens
    widths = [float(np.linalg.norm(c[1] - c[0])) for c in strip]
    assert widths[0] == pytest.approx(widths[-1], rel=1e-12)  # the band keeps its width
    # (Review SO104 4) At the widest wedge (regmath's openings), whose far chord outgrows
    # the band's: the picture shows "wedges widen, bands keep their width".
    from regmath.sparsity import wedge_openings
    top_bottom, sides = wedge_openings(hessian)
    corner = scene.chord_corner
    assert (top_bottom if corner[0] == 0.0 else sides) == pytest.approx(max(top_bottom, sides))
    assert lengths[-1] > widths[-1]
    for side, chords in zip(drawn[:2], (wedge, strip)):
        for line, chord in zip(side, chords, strict=True):
            stroke = line.family_members_with_points()[0]
            ends = coords(scene.axes, stroke.points[[0, -1]])
            np.testing.assert_allclose(ends, chord, atol=1e-9)
    rings = ring_shares(exp, scene.rings)
    for value, share in zip(scene.bar_values, rings.shares, strict=True):
        assert float(value.tex_string) == pytest.approx(100.0 * share, abs=0.05)


def test_the_ridge_reason_draws_g_along_the_normal_and_the_slide_across_it(rendered) -> None:
    """Reviews r86 1, r86b 1: at ridge's w* the pull g = H(ŵ − w*), computed here by hand,
    points along the circle's outward normal w*/t (both arrows drawn from w* that way), and
    the slide's double arrow runs across them, along the circle's tangent."""
    scene = rendered["SparsityOdds"]
    exp = scene.experiment
    loss = exp.loss(scene.ray_loss)
    sol = constrained(loss, norm="l2", radius=scene.t)
    g = exp.hessians[scene.ray_loss] @ (loss.center - sol.point)
    g = g / np.linalg.norm(g)
    np.testing.assert_allclose(g, sol.point / scene.t, atol=1e-7)
    pull, _, normal, _, slide = scene.ridge_reason
    for arrow in (pull, normal):
        start, end = coords(scene.axes, np.array([arrow.get_start(), arrow.get_end()]))
        way = (end - start) / np.linalg.norm(end - start)
        np.testing.assert_allclose(way, g, atol=1e-3)
    np.testing.assert_allclose(coords(scene.axes, np.array([pull.get_start()]))[0], sol.point,
                               atol=1e-6)
    # n beside g (drawn over it, it hid g's tail): from w*'s dot shifted across, along the
    # tangent, by NORMAL_OFFSET on the screen.
    beside = normal.get_start() - pull.get_start()
    assert float(np.linalg.norm(beside)) == pytest.approx(NORMAL_OFFSET, abs=1e-6)
    assert abs(float(beside[:2] @ g)) < 1e-6
    ends = coords(scene.axes, np.array([slide.get_start(), slide.get_end()]))
    along = (ends[1] - ends[0]) / np.linalg.norm(ends[1] - ends[0])
    assert abs(float(along @ g)) < 1e-3
    np.testing.assert_allclose(0.5 * (ends[0] + ends[1]), sol.point, atol=1e-6)
    # "Not inward": the arrow from w* into the disk, along −n.
    inward = scene.ridge_inward
    start, end = coords(scene.axes, np.array([inward.get_start(), inward.get_end()]))
    np.testing.assert_allclose(start, sol.point, atol=1e-6)
    np.testing.assert_allclose((end - start) / np.linalg.norm(end - start), -g, atol=1e-3)


def test_the_why_maps_are_regmaths_for_h_equal_i_and_for_the_dots_h(rendered) -> None:
    scene = rendered["SparsityOdds"]
    for name, hessian in (("plain", np.eye(2)), ("bent", scene.experiment.hessians[scene.ray_loss])):
        regions = l1_solution_regions(hessian, scene.t, scene.view)
        for kind in ("corner", "edge"):
            expected = [r.polygon for r in regions if r.kind == kind]
            drawn = scene.why_maps[name][kind]
            assert len(drawn) == len(expected) > 0
            for polygon, piece in zip(drawn, expected):
                np.testing.assert_allclose(coords(scene.axes, polygon.get_vertices()), piece,
                                           atol=1e-9)
    # For H = I the bands are the diagonal strips: each edge pushed along its own normal.
    plain = [r for r in l1_solution_regions(np.eye(2), scene.t, scene.view) if r.kind == "edge"]
    for region in plain:
        normal = np.sign(np.mean(region.polygon, axis=0))
        across = region.polygon @ np.array([normal[1], -normal[0]]) / np.sqrt(2.0)
        assert np.ptp(across) <= np.sqrt(2.0) * scene.t + 1e-9


def test_the_share_plot_stops_half_a_step_past_the_corners_bar(rendered) -> None:
    scene = rendered["SparsityOdds"]
    rings = ring_shares(scene.experiment, scene.rings)
    low, high, step = scene.share_plot[0].x_range
    assert low == 1.0 and high >= rings.corner_edge and high - rings.corner_edge < step / 2
    # Inside the panel and above the caption strip, with a margin.
    assert scene.share_plot.get_bottom()[1] >= CAPTION_TOP + 0.2
    assert scene.share_plot.get_right()[0] <= PANEL_RIGHT


def test_the_examples_touch_the_diamond_where_regmath_says(rendered) -> None:
    scene = rendered["SparsityOdds"]
    parts = scene.example_parts
    for k, kind in enumerate(("corner", "edge")):
        loss = scene.experiment.loss(scene.examples[kind])
        sol = constrained(loss, norm="l1", radius=scene.radius)
        contour, solution = parts[4 * k], parts[4 * k + 1]
        # Piece by piece: the view can cut the contour into several arcs.
        expected = [p for p in clip_polyline(level_set(loss, sol.level), scene.view)
                    if len(p) >= 2]
        drawn = contour.get_subpaths()
        assert len(drawn) == len(expected)
        for path, piece in zip(drawn, expected):
            corners = coords(scene, np.vstack([path[::4], path[-1:]]))
            np.testing.assert_allclose(corners, piece, atol=1e-9)
        np.testing.assert_allclose(coords(scene, solution.get_center())[0], sol.point, atol=1e-9)
        assert bool(sol.zero_weights) == (kind == "corner")


# -------------------------------------------------------------------- both
@pytest.mark.parametrize("name", ["WhyCornersWin", "CornersFromACorner", "SparsityOdds"])
def test_every_claim_is_true_for_the_data(rendered, name) -> None:
    scene = rendered[name]
    facts = facts_for(scene)
    words, screen = true_claims(scene, rules_for(scene), screen_rules_for(scene), facts)
    assert len(words.claims) >= 10 and len(screen.claims) >= 3


@pytest.mark.parametrize("name", ["WhyCornersWin", "CornersFromACorner", "SparsityOdds"])
def test_a_viewer_sees_no_jump_no_silent_motion_and_a_clear_caption_strip(rendered, name) -> None:
    problems = viewer_problems(rendered[name])
    assert all(not found for found in problems.values()), problems


def test_every_beat_is_a_section_with_words(rendered) -> None:
    assert rendered["WhyCornersWin"].beats == ["setup", "travel", "tally", "map"]
    assert rendered["SparsityOdds"].beats == ["sampling", "examples", "count", "distance"]
    for scene in rendered.values():
        assert {record.section for record in scene.narration_log} == set(scene.beats)


def test_the_keys_show_the_colours_they_explain(rendered) -> None:
    scene = rendered["WhyCornersWin"]
    (corner_swatch, _), (edge_swatch, _), (ray_swatch, _) = scene.key["map"]
    assert corner_swatch.get_fill_color() == scene.wedges[0].get_fill_color()
    assert corner_swatch.get_fill_opacity() == scene.wedges[0].get_fill_opacity()
    assert edge_swatch.get_fill_color() == scene.bands[0].get_fill_color()
    assert edge_swatch.get_fill_color() == scene.outside[0].get_fill_color()
    assert ray_swatch.get_stroke_color() == scene.rays[0].get_stroke_color()
    # Light enough to see on a projector: no fill of the map darker than this over black.
    for fill in (scene.wedges[0], scene.bands[0]):
        rgb = np.array(fill.get_fill_color().to_rgb()) * fill.get_fill_opacity()
        assert rgb.max() >= 0.3
    for part in scene.key.values():
        assert part.get_bottom()[1] >= CAPTION_TOP
        assert abs(part.get_left()[0]) < config.frame_width / 2


def test_the_story_names_its_events_in_order(rendered) -> None:
    captions = [r.words.caption for r in rendered["WhyCornersWin"].narration_log
                if r.section == "travel"]
    assert "reaches the corner" in captions[0] and "sets off" in captions[0]
    assert any("single instant" in c for c in captions)
    assert any("leaves it here" in c for c in captions)
    assert "back at the start" in captions[-1]
    # The first events are named each in its own caption; the rest of the way under one,
    # which counts them.
    scene = rendered["WhyCornersWin"]
    rest = scene.rest_events()
    assert sum("axis here" in c for c in captions) == sum(
        e.kind == "ridge" for e in scene.events)
    assert sum("reaches the corner" in c for c in captions) == sum(
        e.kind == "arrive" for e in scene.events)
    # (r48) The rest of the way a short caption per corner, naming each arc and each ridge
    # instant (r46 review: 17 s of them under one caption).
    arcs, instants = (sum(e.kind == k for e in rest) for k in ("arrive", "ridge"))
    assert arcs and instants  # the default journey has both after its first corner
    # (r58 review 3) The corners that repeat the first one told in full are told short,
    # (r71, review r67 2) one line each: "The same at (0, −1).", "And again at (1, 0).".
    same = [c for c in captions if c.startswith(("The same at ", "And again at "))]
    assert len(same) == arcs - 1 and same[0].startswith("The same at ")
    assert all(c.count("(") == 1 for c in same)
    repeated = len(same)
    assert sum(c.count("Corner (") for c in captions) == arcs - repeated
    assert sum(c.count(", an instant") for c in captions) == instants - repeated
    # (r53) Every leaving of the rest named as the lasso's ("then off" read as ridge's).
    assert sum(c.count("then the lasso's w* leaves.") for c in captions) == sum(
        e.kind == "leave" for e in rest) - repeated
    assert not any(c.startswith("The rest of the way, the same") for c in captions)
    starting = [r.words.caption for r in rendered["CornersFromACorner"].narration_log]
    assert any("starts on the corner" in c for c in starting)


def test_each_ridge_crossing_leaves_a_tick_on_its_orbit(rendered) -> None:
    scene = rendered["WhyCornersWin"]
    axes = scene.axes["l2"]
    assert len(scene.crossing_ticks) == len(scene.journey.crossings)
    for tick, crossing in zip(scene.crossing_ticks, scene.journey.crossings):
        np.testing.assert_allclose(coords(axes, np.array([tick.get_center()]))[0], crossing.point,
                                   atol=1e-6)
        assert tick.get_fill_opacity() == 1.0  # all passed at the journey's end


def test_the_lasso_cone_is_carried_onto_the_dots_wedge_and_its_w_star_lands(rendered) -> None:
    """Review r32 items 1 and 8: the normal cone at the ray dot's lasso corner, carried by
    H⁻¹, ends as regmath's fan of the wedge; this dot's lasso w* is drawn where the solver
    puts it, and the words say wedge or band as the solver does."""
    from regmath.hessian_morph import morph_fan, morph_room

    scene = rendered["SparsityOdds"]
    exp = scene.experiment
    hessian = exp.hessians[scene.ray_loss]
    lasso = constrained(exp.loss(scene.ray_loss), norm="l1", radius=scene.t)
    cone, corner, cone_sol = scene.why_cone
    if lasso.at_corner:
        np.testing.assert_array_equal(corner, lasso.point)
    assert cone_sol.at_corner and np.array_equal(cone_sol.point, corner)
    # The morph H_s = (1 − s)I + sH ends at s = 1: the cone H⁻¹N(corner), regmath's fan.
    length = morph_room(hessian, corner, cone_sol.normal_cone, scene.view,
                        preferred=1.1 * scene.t)
    fan = morph_fan(hessian, corner, cone_sol.normal_cone, amount=1.0, length=length)
    points = cone[0].points  # set as corners: each segment's start, then the last end
    drawn = np.vstack([points[0::4], points[-1:]])
    np.testing.assert_allclose(coords(scene.axes, drawn), fan, atol=1e-9)
    landing, trail = scene.landing
    np.testing.assert_allclose(coords(scene.axes, landing.get_center()[None])[0], lasso.point,
                               atol=1e-9)
    ends = coords(scene.axes, trail.family_members_with_points()[0].points[[0, -1]])
    np.testing.assert_allclose(ends, [exp.centers[scene.ray_loss], lasso.point], atol=1e-9)
    # (r83, review r82 1) The why pictured: this dot's lasso w*, the pull g = H(ŵ − w*) drawn
    # from it along its true direction, and H⁻¹g = ŵ − w* from w* towards ŵ.
    star, pull, _, back, _ = scene.pull_parts
    np.testing.assert_allclose(coords(scene.axes, star.get_center()[None])[0], lasso.point,
                               atol=1e-9)
    g = hessian @ (exp.centers[scene.ray_loss] - lasso.point)
    for arrow, direction in ((pull, g), (back, exp.centers[scene.ray_loss] - lasso.point)):
        start, end = coords(scene.axes, np.array([arrow.get_start(), arrow.get_end()]))
        drawn = (end - start) / np.linalg.norm(end - start)
        np.testing.assert_allclose(drawn, direction / np.linalg.norm(direction), atol=1e-6)
    # (r86) No beat of its own for the reason any more: it is ridge's, said before its
    # condition, and the lasso's words refer to it ("as for ridge").
    assert not hasattr(scene, "trial")


def test_WhyCornersWin_carries_the_push_onto_w_hat_minus_w_star_and_the_cone_onto_the_wedge(rendered) -> None:
    """Review r36 item 1: the why-a-wedge ŵ lies mid-wedge (its lasso w* the corner, g on the
    cone's bisector); the push λg is drawn to scale with ŵ − w* and ends on it, carried by
    H_s⁻¹; the filled cone ends as regmath's wedge (cut to the lens); g at the same scale
    ends on the segment of tips."""
    from regmath.sparsity import eased_carry, eased_wedge

    scene = rendered["WhyCornersWin"]
    parts, h = scene.why_parts, scene.journey.hessian
    sol = parts["solution"]
    assert parts["carry"].get_value() == 1.0
    assert sol.at_corner
    lasso = constrained(Quadratic(center=scene.wedge_center, hessian=h), norm="l1",
                        radius=scene.t)
    np.testing.assert_array_equal(lasso.point, sol.point)
    np.testing.assert_allclose(scene.why_g, h @ (scene.wedge_center - sol.point), atol=1e-12)
    axes = scene.zoom_axes
    end = coords(axes, parts["g"].get_end()[None])[0]
    np.testing.assert_allclose(
        end, sol.point + scene.why_scale * (scene.wedge_center - sol.point), atol=1e-6)
    np.testing.assert_allclose(
        end, eased_carry(h, sol.point, scene.why_scale * scene.why_g, amount=1.0)[0], atol=1e-6)
    fan = eased_wedge(h, sol.point, sol.normal_cone, scene.zoom_view, amount=1.0)
    points = parts["cone"][0].points
    drawn = np.vstack([points[0::4], points[-1:]])
    np.testing.assert_allclose(coords(axes, drawn), [*fan, fan[0]], atol=1e-6)
    # (r106, review r105 1) One scale for every arrow: the carried arrow is the push
    # λg = H(ŵ − w*) (`why_g`), g itself is drawn at the same scale from w*, and its tip lies
    # on the segment of tips, whose ends are w* + scale·n for the two edge normals n.
    from regmath.sparsity import middle_subgradient

    g = middle_subgradient(sol.point)
    lam = sol.multiplier
    np.testing.assert_allclose(scene.why_g, lam * g, atol=1e-9)
    np.testing.assert_array_equal(scene.why_subgradient, g)
    sub = parts["subgradient"]
    start, tip = coords(axes, np.array([sub.get_start(), sub.get_end()]))
    np.testing.assert_allclose(start, sol.point, atol=1e-6)
    np.testing.assert_allclose(tip, sol.point + scene.why_scale * g, atol=1e-6)
    seg = parts["segment"]
    a, b = coords(axes, np.array([seg.get_start(), seg.get_end()]))
    ends = sorted([tuple(sol.point + scene.why_scale * n) for n in sol.normal_cone])
    np.testing.assert_allclose(sorted([tuple(a), tuple(b)]), ends, atol=1e-6)
    along, off = b - a, tip - a
    assert abs(along[0] * off[1] - along[1] * off[0]) <= 1e-6 * float(along @ along)
    assert -1e-6 <= float(off @ along) / float(along @ along) <= 1.0 + 1e-6


def test_WhyCornersWin_opening_arcs_are_regmaths(rendered) -> None:
    """Review r50 item 1: each wedge's opening arc, read back through its axes at the end of
    H's carry, is regmath's `opening_arc` for this H at its corner (four on the lasso's plot,
    one at w* in the lens), and its value is `wedge_openings`'."""
    from regmath.sparsity import opening_arc, wedge_openings

    scene = rendered["WhyCornersWin"]
    h = scene.journey.hessian
    assert scene.why_parts["carry"].get_value() == 1.0
    assert len(scene.opening_places) == len(scene.opening_arcs) >= 4
    for arc, (axes, apex, radius) in zip(scene.opening_arcs, scene.opening_places):
        points, degrees = opening_arc(h, apex, amount=1.0, radius=radius)
        drawn = np.vstack([arc.points[0::4], arc.points[-1:]])
        np.testing.assert_allclose(coords(axes, drawn), points, atol=1e-6)
        top, side = wedge_openings(h)
        assert np.isclose(degrees, top if apex[0] == 0.0 else side, atol=1e-9)
