"""`python -m regmath solve`: the numbers of one problem as JSON, for slides and tools.

Every failure, bad input or not, is one line on standard error with exit status 2."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from typing import NoReturn

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.quadratic import Quadratic
from regmath.solve import constrained, penalized

__all__ = ["main"]

USAGE_ERROR = 2


class _OneLineParser(argparse.ArgumentParser):
    """Usage errors as one line on stderr and exit status 2, no usage dump."""

    def error(self, message: str) -> NoReturn:
        print(f"regmath: error: {message}", file=sys.stderr)
        raise SystemExit(USAGE_ERROR)


def _parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog="python -m regmath",
        description="Exact solutions of L1/L2 regularized quadratic losses "
        "f(w) = 1/2 (w - c)^T H (w - c).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    solve = commands.add_parser(
        "solve",
        help="solve one problem and print it as JSON",
        description="Minimize f subject to ||w||_p <= radius (--radius), or "
        "f + penalty * ||w||_1 / f + penalty/2 * ||w||_2^2 (--penalty).",
    )
    solve.add_argument("--norm", required=True, help="l1 or l2")
    solve.add_argument("--center", required=True, nargs="+", type=float, metavar="C",
                       help="the unregularized optimum: n numbers")
    solve.add_argument("--hessian", required=True, nargs="+", type=float, metavar="H",
                       help="H: n*n numbers, row-major")
    which = solve.add_mutually_exclusive_group(required=True)
    which.add_argument("--radius", type=float, help="constraint radius t >= 0")
    which.add_argument("--penalty", type=float, help="penalty strength lambda >= 0")
    return parser


def _json_number(value: object) -> object:
    """JSON has no infinity: an infinite strength (ridge at t = 0) becomes null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, list):
        return [_json_number(v) for v in value]
    return value


def _fail(message: str) -> int:
    print(f"regmath: error: {message}", file=sys.stderr)
    return USAGE_ERROR


def _protect_negative_numbers(argv: Sequence[str]) -> list[str]:
    """Prefix a space to arguments that are numbers starting with '-'.

    argparse takes "-1e-5" (unlike "-0.00001") for an option and refuses it
    with "expected at least one argument". " -1e-5" is not an option, and
    float() ignores the space.
    """
    protected = []
    for argument in argv:
        if argument.startswith("-") and not argument.startswith("--"):
            try:
                float(argument)
            except ValueError:
                pass
            else:
                argument = " " + argument
        protected.append(argument)
    return protected


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; every failure is one line on stderr and exit status 2."""
    parser = _parser()
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:
        args = parser.parse_args(_protect_negative_numbers(arguments))
    except SystemExit as exc:  # argparse already printed one line of usage error
        return int(exc.code) if isinstance(exc.code, int) else USAGE_ERROR
    try:
        return _solve(args)
    except InvalidArgumentError as exc:
        # The option is --penalty where the library says strength.
        argument = "penalty" if exc.argument == "strength" else exc.argument
        return _fail(f"{argument}: {exc.problem}")
    except Exception as exc:  # noqa: BLE001  (one line, never a traceback: README promise)
        detail = str(exc).splitlines()[0] if str(exc) else ""
        return _fail(f"internal error ({type(exc).__name__}) {detail}".strip())


def _solve(args: argparse.Namespace) -> int:
    n = len(args.center)
    if len(args.hessian) != n * n:
        return _fail(f"hessian: needs {n * n} numbers for n = {n}, got {len(args.hessian)}")
    loss = Quadratic(center=args.center, hessian=np.reshape(args.hessian, (n, n)))
    if args.radius is not None:
        solution = constrained(loss, norm=args.norm, radius=args.radius)
    else:
        solution = penalized(loss, norm=args.norm, strength=args.penalty)
    record = {key: _json_number(value) for key, value in solution.as_dict().items()}
    record["rank"] = loss.rank  # the numerical rank of H used (README: "say what rank")
    json.dump(record, sys.stdout, allow_nan=False)
    sys.stdout.write("\n")
    return 0
