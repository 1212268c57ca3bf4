"""Exact geometry of regularized quadratic losses, for drawing and for teaching.

The loss is f(w) = ½ (w − ŵ)ᵀ H (w − ŵ) with ŵ the unregularized optimum and H
symmetric positive semidefinite. `constrained` minimizes it over the ball
‖w‖_p ≤ t, `penalized` adds λ‖w‖₁ (lasso) or (λ/2)‖w‖₂² (ridge). Everything a
scene draws comes from here; nothing here imports manim.
"""

from __future__ import annotations

from regmath.errors import InvalidArgumentError
from regmath.l1 import LassoPath, in_l1_normal_cone, l1_normal_cone, lasso_path
from regmath.quadratic import Quadratic
from regmath.solution import Solution
from regmath.solve import (
    constrained,
    penalized,
    radius_for_strength,
    ridge_path,
    strength_for_radius,
)

__all__ = [
    "InvalidArgumentError",
    "LassoPath",
    "Quadratic",
    "Solution",
    "constrained",
    "in_l1_normal_cone",
    "l1_normal_cone",
    "lasso_path",
    "penalized",
    "radius_for_strength",
    "ridge_path",
    "strength_for_radius",
]
