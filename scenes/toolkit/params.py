"""A scene's data, checked before its first frame.

A lecturer makes a variant by overriding class attributes. Each scene lists
what every attribute accepts in one table, ``parameters``, in the spirit of
scikit-learn's ``_parameter_constraints``; `check_parameters` (called first
thing in ``setup()``) checks each attribute against it and raises one
`InvalidArgumentError` whose message starts with the attribute's name as the
lecturer wrote it and says what to change:

    parameters = {"center": point(), "hessian": positive_definite(),
                  "radius": positive()}

    center: must be 2 finite numbers, got (nan, 1.0)

A check returns the cleaned value (floats, numpy arrays), so the scene reads
its data from the checked values only. Facts that need the solver (ŵ inside
the ball, say) are refused in the scene's own ``setup()`` with `refuse`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from regmath.errors import InvalidArgumentError

__all__ = [
    "Check",
    "check_parameters",
    "refuse",
    "changed_first",
    "point",
    "positive_definite",
    "positive",
    "nonnegative",
    "number_in",
    "integer",
    "choice",
    "fixed",
    "increasing",
    "InvalidArgumentError",
]

Check = Callable[[Any, str], Any]

#: Largest |H − Hᵀ| accepted, relative to max |H| (as `regmath.quadratic` does).
SYMMETRY_RTOL = 1e-10
#: Condition numbers above this cannot be drawn: the contours would be lines at any zoom.
MAX_CONDITION = 1e6


def refuse(name: str, message: str) -> InvalidArgumentError:
    """The error a scene raises for data it cannot show truthfully (raise it)."""
    return InvalidArgumentError(name, message)


def changed_first(scene: object, *names: str) -> str:
    """The first of ``names`` the variant changed from its story's default.

    A refusal caused jointly by several attributes (H and λ make a zero not
    strictly complementary; ŵ near an axis and H put two knots together) names
    one the lecturer actually wrote, so the message points at their own edit.
    The story's default is the value on the first class in the MRO that
    declares ``parameters``; with none of ``names`` changed, ``names[0]``.
    """
    if not names:
        raise ValueError("names: give at least one attribute name")
    cls = type(scene)
    story = next((c for c in cls.__mro__ if "parameters" in vars(c)), cls)
    for name in names:
        if not _same(getattr(cls, name, None), getattr(story, name, None)):
            return name
    return names[0]


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(np.array_equal(np.asarray(a, dtype=object), np.asarray(b, dtype=object)))
    except (ValueError, TypeError):
        return a == b


def check_parameters(scene: object) -> dict[str, Any]:
    """Check every attribute in ``type(scene).parameters``; return the cleaned values."""
    table: dict[str, Check] = getattr(type(scene), "parameters", {})
    return {name: check(getattr(scene, name), name) for name, check in table.items()}


def _show(value: Any) -> str:
    try:
        return repr(tuple(np.asarray(value, dtype=float).ravel().tolist()))
    except (TypeError, ValueError):
        return repr(value)


def _holds_bool(value: Any) -> bool:
    """Whether ``value`` is or holds a bool (True would silently be read as 1.0)."""
    if isinstance(value, (bool, np.bool_)):
        return True
    if isinstance(value, np.ndarray):
        return value.dtype == bool or (value.dtype == object
                                       and any(_holds_bool(v) for v in value.ravel()))
    if isinstance(value, (list, tuple)):
        return any(_holds_bool(v) for v in value)
    return False


def _finite_array(value: Any, name: str, shape: tuple[int, ...], what: str) -> np.ndarray:
    if _holds_bool(value):
        raise InvalidArgumentError(name, f"must be {what}, not True/False, got {value!r}")
    try:
        array = np.array(value, dtype=float)
    except (TypeError, ValueError):
        raise InvalidArgumentError(name, f"must be {what}, got {value!r}") from None
    if array.shape != shape:
        raise InvalidArgumentError(name, f"must be {what}, got {value!r}")
    if not np.all(np.isfinite(array)):
        raise InvalidArgumentError(name, f"must be {what} (finite), got {_show(value)}")
    return array


def point(dim: int = 2) -> Check:
    """A point of ``dim`` finite numbers, as a float array."""
    def check(value: Any, name: str) -> np.ndarray:
        return _finite_array(value, name, (dim,), f"{dim} finite numbers")
    return check


def positive_definite(*, max_condition: float = MAX_CONDITION) -> Check:
    """A symmetric positive definite 2 × 2 matrix with cond(H) ≤ ``max_condition``."""
    def check(value: Any, name: str) -> np.ndarray:
        h = _finite_array(value, name, (2, 2), "a 2 x 2 matrix of finite numbers ((a, b), (b, c))")
        scale = float(np.max(np.abs(h)))
        if abs(h[0, 1] - h[1, 0]) > SYMMETRY_RTOL * max(scale, 1e-300):
            raise InvalidArgumentError(
                name, f"must be symmetric, got H[0][1] = {h[0, 1]:g} and H[1][0] = {h[1, 0]:g}")
        h = 0.5 * (h + h.T)
        eigenvalues = np.linalg.eigvalsh(h)
        if eigenvalues[0] <= 0.0 or eigenvalues[0] <= 1e-300:
            kind = "singular" if abs(eigenvalues[0]) <= 64 * np.finfo(float).eps * max(
                abs(eigenvalues[1]), 1e-300) else "indefinite"
            raise InvalidArgumentError(
                name, f"must be positive definite, but its eigenvalues are "
                f"{eigenvalues[0]:.3g} and {eigenvalues[1]:.3g} ({kind}). A singular H has "
                "level sets that are pairs of lines and the minimizer need not be unique; "
                "give both eigenvalues > 0")
        condition = float(eigenvalues[1] / eigenvalues[0])
        if condition > max_condition:
            raise InvalidArgumentError(
                name, f"has condition number {condition:.3g}; at most {max_condition:g} can be "
                "drawn (its contours would look like straight lines)")
        return h
    return check


def positive() -> Check:
    """A finite number > 0."""
    return number_in(0.0, np.inf, low_open=True)


def nonnegative() -> Check:
    """A finite number >= 0."""
    return number_in(0.0, np.inf)


def number_in(low: float, high: float, *, low_open: bool = False,
              high_open: bool = False) -> Check:
    """A finite number in [low, high] (ends open as asked)."""
    def check(value: Any, name: str) -> float:
        if isinstance(value, bool):
            raise InvalidArgumentError(name, f"must be a number, got {value!r}")
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise InvalidArgumentError(name, f"must be a number, got {value!r}") from None
        if not np.isfinite(number):
            raise InvalidArgumentError(name, f"must be finite, got {number}")
        too_low = number <= low if low_open else number < low
        too_high = number >= high if high_open else number > high
        if too_low or too_high:
            left = "(" if low_open else "["
            right = ")" if high_open or np.isinf(high) else "]"
            raise InvalidArgumentError(name, f"must lie in {left}{low:g}, {high:g}{right}, "
                                             f"got {number:g}")
        return number
    return check


def integer(low: int, high: int) -> Check:
    """A whole number in [low, high]."""
    def check(value: Any, name: str) -> int:
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise InvalidArgumentError(name, f"must be a whole number, got {value!r}")
        if not low <= value <= high:
            raise InvalidArgumentError(name, f"must lie in [{low}, {high}], got {value}")
        return int(value)
    return check


def choice(options: Sequence[Any]) -> Check:
    """One of ``options``."""
    def check(value: Any, name: str) -> Any:
        if value not in options:
            shown = ", ".join(repr(o) for o in options)
            raise InvalidArgumentError(name, f"must be one of {shown}, got {value!r}")
        return value
    return check


def fixed(value: Any, hint: str) -> Check:
    """Only ``value`` (a scene that draws one thing); ``hint`` says where the others are."""
    def check(given: Any, name: str) -> Any:
        if given != value:
            raise InvalidArgumentError(name, f"must be {value!r} in this scene, got {given!r}; "
                                             f"{hint}")
        return given
    return check


def increasing(item: Check, *, min_length: int = 2, max_length: int = 8) -> Check:
    """A strictly increasing sequence whose items each pass ``item``."""
    def check(value: Any, name: str) -> tuple[Any, ...]:
        try:
            items = tuple(value)
        except TypeError:
            raise InvalidArgumentError(name, f"must be a sequence, got {value!r}") from None
        if not min_length <= len(items) <= max_length:
            raise InvalidArgumentError(
                name, f"must have {min_length} to {max_length} items, got {len(items)}")
        cleaned = tuple(item(v, name) for v in items)
        if any(b <= a for a, b in zip(cleaned, cleaned[1:])):
            raise InvalidArgumentError(name, f"must be strictly increasing, got {value!r}")
        return cleaned
    return check
