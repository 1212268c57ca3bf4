"""regmath.hessian_morph: H_s = (1 − s)I + sH and the cone carried by H_s⁻¹."""

import numpy as np
import pytest

from regmath.drawing import ViewBox
from regmath.errors import InvalidArgumentError
from regmath.hessian_morph import hessian_path, morph_fan, morph_room, morph_tips
from regmath.sparsity import carried_fan, l1_solution_regions

H = np.array([[5.0, 2.0], [2.0, 1.5]])


def test_the_path_runs_from_the_identity_to_h_exactly() -> None:
    np.testing.assert_array_equal(hessian_path(H, 0.0), np.eye(2))
    np.testing.assert_array_equal(hessian_path(H, 1.0), H)
    np.testing.assert_allclose(hessian_path(H, 0.25), 0.75 * np.eye(2) + 0.25 * H)
    for s in np.linspace(0.0, 1.0, 11):
        assert np.linalg.eigvalsh(hessian_path(H, s)).min() > 0.0


def test_the_path_refuses_bad_input() -> None:
    with pytest.raises(InvalidArgumentError):
        hessian_path(H, 1.5)
    with pytest.raises(InvalidArgumentError):
        hessian_path([[1.0, 2.0], [0.0, 1.0]], 0.5)
    with pytest.raises(InvalidArgumentError):
        hessian_path([[1.0, 0.0], [0.0, -1.0]], 0.5)
    with pytest.raises(InvalidArgumentError):
        morph_tips(H, (0.0, 0.0), [[0.0, 0.0]], amount=0.5, length=1.0)


def test_the_tips_go_from_the_normals_to_h_inverse_normals() -> None:
    normals = np.array([[1.0, 1.0], [1.0, -1.0]])
    start = morph_tips(H, (1.0, 0.0), normals, amount=0.0, length=2.0)
    np.testing.assert_allclose(start, [1.0, 0.0] + 2.0 * normals / np.sqrt(2.0))
    end = morph_tips(H, (1.0, 0.0), normals, amount=1.0, length=2.0)
    carried = np.linalg.solve(H, normals.T).T
    np.testing.assert_allclose(end, [1.0, 0.0] + 2.0 * carried
                               / np.linalg.norm(carried, axis=1)[:, None])
    mid = morph_tips(H, (1.0, 0.0), normals, amount=0.5, length=2.0)
    inverse = np.linalg.inv(0.5 * np.eye(2) + 0.5 * H)
    expected = normals @ inverse.T
    np.testing.assert_allclose(mid, [1.0, 0.0] + 2.0 * expected
                               / np.linalg.norm(expected, axis=1)[:, None])


def test_the_fan_ends_as_the_carried_fan_and_its_rays_bound_regmaths_wedge() -> None:
    view = ViewBox((-3.5, 3.5, 1.0), (-3.5, 3.5, 1.0))
    apex = np.array([1.0, 0.0])
    normals = np.array([[1.0, -1.0], [1.0, 1.0]])
    length = morph_room(H, apex, normals, view, preferred=1.1)
    assert 0.0 < length <= 1.1
    np.testing.assert_allclose(morph_fan(H, apex, normals, amount=1.0, length=length),
                               carried_fan(H, apex, normals, amount=1.0, length=length),
                               atol=1e-12)
    np.testing.assert_allclose(morph_fan(H, apex, normals, amount=0.0, length=length),
                               carried_fan(H, apex, normals, amount=0.0, length=length),
                               atol=1e-12)
    for s in np.linspace(0.0, 1.0, 9):
        fan = morph_fan(H, apex, normals, amount=s, length=length)
        assert np.all(fan[:, 0] >= -3.5) and np.all(fan[:, 0] <= 3.5)
        assert np.all(fan[:, 1] >= -3.5) and np.all(fan[:, 1] <= 3.5)
        # The fan's two edge rays are the edges of the wedge of the map for H_s.
        wedge = [r for r in l1_solution_regions(hessian_path(H, s), 1.0, view)
                 if r.kind == "corner" and np.array_equal(r.apex, apex)][0]
        edges = np.linalg.solve(hessian_path(H, s), normals.T).T
        for tip, edge in zip(fan[[1, -2]], edges):
            u = (tip - apex) / np.linalg.norm(tip - apex)
            assert abs(u @ (edge / np.linalg.norm(edge))) == pytest.approx(1.0)
        assert len(wedge.polygon) >= 3
