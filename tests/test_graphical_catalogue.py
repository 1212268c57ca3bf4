"""Graphical regression: the last frame of every catalogue scene.

Regenerate after an intended visual change (then look at the frames):
    .venv/bin/python -m pytest tests/test_graphical_catalogue.py --set_test
"""

from __future__ import annotations

from manim import ThreeDScene
from manim.utils.testing.frames_comparison import frames_comparison

from scenes.bayes import PriorsAsPenalties
from scenes.classic import ClassicPicture
from scenes.elastic import ElasticNetBall
from scenes.lagrange import LagrangeHike
from scenes.norms import NormsAsDistances, UnitBalls
from scenes.paths import PenaltyEqualsConstraint, ShrinkagePaths
from scenes.proximal import SoftThresholding
from scenes.realdata import DiabetesLassoPath
from scenes.sparsity import SparsityOdds, WhyCornersWin
from scenes.threed import Tangency3D

__module_test__ = "catalogue"


@frames_comparison(last_frame=True, base_scene=NormsAsDistances)
def test_NormsAsDistances(scene) -> None:
    NormsAsDistances.construct(scene)


@frames_comparison(last_frame=True, base_scene=UnitBalls)
def test_UnitBalls(scene) -> None:
    UnitBalls.construct(scene)


@frames_comparison(last_frame=True, base_scene=ClassicPicture)
def test_ClassicPicture(scene) -> None:
    ClassicPicture.construct(scene)


@frames_comparison(last_frame=True, base_scene=WhyCornersWin)
def test_WhyCornersWin(scene) -> None:
    WhyCornersWin.construct(scene)


@frames_comparison(last_frame=True, base_scene=SparsityOdds)
def test_SparsityOdds(scene) -> None:
    SparsityOdds.construct(scene)


@frames_comparison(last_frame=True, base_scene=ShrinkagePaths)
def test_ShrinkagePaths(scene) -> None:
    ShrinkagePaths.construct(scene)


@frames_comparison(last_frame=True, base_scene=PenaltyEqualsConstraint)
def test_PenaltyEqualsConstraint(scene) -> None:
    PenaltyEqualsConstraint.construct(scene)


@frames_comparison(last_frame=True, base_scene=LagrangeHike)
def test_LagrangeHike(scene) -> None:
    LagrangeHike.construct(scene)


@frames_comparison(last_frame=True, base_scene=ElasticNetBall)
def test_ElasticNetBall(scene) -> None:
    ElasticNetBall.construct(scene)


@frames_comparison(last_frame=True, base_scene=ThreeDScene)
def test_Tangency3D(scene) -> None:
    # Manim's frames_comparison gives the scene a ThreeDCamera only when base_scene *is*
    # ThreeDScene (an identity test, not issubclass): the test scene becomes a Tangency3D here.
    scene.__class__ = type("Tangency3DTest", (Tangency3D, type(scene)), {})
    Tangency3D.setup(scene)
    Tangency3D.construct(scene)


@frames_comparison(last_frame=True, base_scene=SoftThresholding)
def test_SoftThresholding(scene) -> None:
    SoftThresholding.construct(scene)


@frames_comparison(last_frame=True, base_scene=PriorsAsPenalties)
def test_PriorsAsPenalties(scene) -> None:
    PriorsAsPenalties.construct(scene)


@frames_comparison(last_frame=True, base_scene=DiabetesLassoPath)
def test_DiabetesLassoPath(scene) -> None:
    DiabetesLassoPath.construct(scene)
