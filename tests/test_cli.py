"""`python -m regmath solve`: JSON out, one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from regmath import Quadratic, constrained, penalized
from regmath.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "regmath", *args], capture_output=True,
                          text=True, check=False)


def test_constrained_l1_prints_the_solution_as_json() -> None:
    result = run("solve", "--norm", "l1", "--center", "2", "1", "--hessian", "1", "0.3", "0.3",
                 "2", "--radius", "1")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    expected = constrained(Quadratic(center=[2, 1], hessian=[[1, 0.3], [0.3, 2]]), norm="l1",
                           radius=1.0)
    assert record["point"] == expected.point.tolist()
    assert record["multiplier"] == expected.multiplier
    assert record["active"] is True
    for key in ("point", "level", "gradient", "normal", "multiplier", "active"):
        assert key in record


def test_penalized_l2_prints_the_ridge_solution(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["solve", "--norm", "l2", "--center", "2", "1", "--hessian", "1", "0", "0", "3",
                 "--penalty", "0.5"])
    assert code == 0
    record = json.loads(capsys.readouterr().out)
    expected = penalized(Quadratic(center=[2, 1], hessian=np.diag([1.0, 3.0])), norm="l2",
                         strength=0.5)
    np.testing.assert_allclose(record["point"], [2 / 1.5, 3 / 3.5], rtol=1e-15)
    assert record["point"] == expected.point.tolist()
    assert record["strength"] == 0.5


def test_three_dimensional_problems_work(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["solve", "--norm", "l1", "--center", "3", "-1", "0.5", "--hessian",
                 *"2 0 0 0 1 0 0 0 1".split(), "--radius", "1"])
    assert code == 0
    assert len(json.loads(capsys.readouterr().out)["point"]) == 3


def test_infinite_strength_is_null_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["solve", "--norm", "l2", "--center", "1", "1", "--hessian", "1", "0", "0", "1",
                 "--radius", "0"]) == 0
    assert json.loads(capsys.readouterr().out)["strength"] is None


@pytest.mark.parametrize(
    ("args", "mention"),
    [
        (["--norm", "l3", "--center", "1", "1", "--hessian", "1", "0", "0", "1", "--radius", "1"],
         "norm"),
        (["--norm", "l1", "--center", "1", "1", "--hessian", "1", "0", "0", "--radius", "1"],
         "hessian"),
        (["--norm", "l1", "--center", "1", "1", "--hessian", "1", "2", "0", "1", "--radius", "1"],
         "symmetric"),
        (["--norm", "l1", "--center", "1", "1", "--hessian", "1", "0", "0", "-1", "--radius", "1"],
         "positive semidefinite"),
        (["--norm", "l1", "--center", "1", "1", "--hessian", "1", "0", "0", "1", "--radius", "-1"],
         "radius"),
        (["--norm", "l1", "--center", "1", "1", "--hessian", "1", "0", "0", "1", "--penalty", "-1"],
         "penalty"),
        (["--norm", "l1", "--center", "1", "nan", "--hessian", "1", "0", "0", "1", "--radius", "1"],
         "center"),
        (["--norm", "l1", "--center", "1", "1", "--hessian", "1", "0", "0", "1"], "--radius"),
        (["--norm", "l1", "--center", "1", "1", "--hessian", "1", "0", "0", "1", "--radius", "1",
          "--penalty", "1"], "not allowed"),
        (["--norm", "l1", "--center", "x", "--hessian", "1", "--radius", "1"], "invalid float"),
    ],
    ids=["unknown-norm", "hessian-count", "asymmetric", "indefinite", "negative-radius",
         "negative-penalty", "nan-center", "neither", "both", "not-a-number"],
)
def test_bad_input_exits_2_with_one_line(args: list[str], mention: str) -> None:
    result = run("solve", *args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert mention in lines[0]


@pytest.mark.parametrize("value", ["-1e-5", "-1E+2", "-.5", "-3"])
def test_negative_numbers_in_any_notation_parse(value: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Reported: --center -1e-5 1 was refused with "expected at least one argument"."""
    assert main(["solve", "--norm", "l1", "--center", value, "1", "--hessian", "1", "0", "0",
                 "1", "--radius", "0.5"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["radius"] == 0.5 and record["rank"] == 2
    assert sum(abs(x) for x in record["point"]) == pytest.approx(0.5, rel=1e-15)


def test_a_negative_radius_in_exponent_form_is_refused_by_name() -> None:
    result = run("solve", "--norm", "l1", "--center", "1", "1", "--hessian", "1", "0", "0", "1",
                 "--radius", "-1e-3")
    assert result.returncode == 2
    expected = "regmath: error: radius: must be >= 0, got -0.001"
    assert result.stderr.strip().splitlines() == [expected]


def test_any_internal_failure_is_one_line_with_exit_2(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    for error in (RuntimeError("boom\nsecond line"), ZeroDivisionError("float division"),
                  MemoryError()):
        def fail(*args, error=error, **kwargs):
            raise error

        monkeypatch.setattr("regmath.cli.constrained", fail)
        assert main(["solve", "--norm", "l1", "--center", "1", "1", "--hessian", "1", "0", "0",
                     "1", "--radius", "0.5"]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and type(error).__name__ in err


def test_large_sparse_problems_print_a_small_cone(capsys: pytest.CaptureFixture[str]) -> None:
    n = 60
    hessian = np.eye(n).ravel().astype(str).tolist()
    center = ["1"] + ["0"] * (n - 1)
    assert main(["solve", "--norm", "l1", "--center", *center, "--hessian", *hessian,
                 "--penalty", "0.5"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["point"][0] == 0.5 and record["normal_cone"]["free"] == list(range(1, n))


def test_an_overflowing_loss_is_null(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["solve", "--norm", "l2", "--center", "1e155", "--hessian", "1",
                 "--radius", "1"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["level"] is None and record["multiplier"] == pytest.approx(1e155)
