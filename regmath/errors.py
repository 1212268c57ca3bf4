"""The one exception type that `regmath` raises for bad input."""

from __future__ import annotations

__all__ = ["InvalidArgumentError"]


class InvalidArgumentError(ValueError):
    """A public argument is malformed; the message names the argument.

    Subclasses `ValueError`, so ``except ValueError`` keeps working.
    """

    def __init__(self, argument: str, problem: str) -> None:
        self.argument = argument
        self.problem = problem
        super().__init__(f"{argument}: {problem}")
