"""`python -m regmath solve`: the numbers of one problem as JSON, for slides and tools."""

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


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed one line of usage error
        return int(exc.code) if isinstance(exc.code, int) else USAGE_ERROR
    n = len(args.center)
    if len(args.hessian) != n * n:
        return _fail(f"hessian: needs {n * n} numbers for n = {n}, got {len(args.hessian)}")
    try:
        loss = Quadratic(center=args.center, hessian=np.reshape(args.hessian, (n, n)))
        if args.radius is not None:
            solution = constrained(loss, norm=args.norm, radius=args.radius)
        else:
            solution = penalized(loss, norm=args.norm, strength=args.penalty)
    except InvalidArgumentError as exc:
        # The option is --penalty where the library says strength.
        argument = "penalty" if exc.argument == "strength" else exc.argument
        return _fail(f"{argument}: {exc.problem}")
    record = {key: _json_number(value) for key, value in solution.as_dict().items()}
    json.dump(record, sys.stdout, allow_nan=False)
    sys.stdout.write("\n")
    return 0
