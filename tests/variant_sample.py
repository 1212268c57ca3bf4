"""The lecturer variants `make test` plays (written by tools/variant_sample.py; do not edit).

52 of 218 recorded rendering variants (3011 of 14517 s in the runs
that recorded tests/variant_coverage.jsonl): per scene, a set cover of the claim rules its
variants fire; and the 0 variants no run has recorded yet, all played.
`make test-all` plays every variant."""

SAMPLE: frozenset[str] = frozenset({
    # ClassicPicture
    "ClassicPicture-center-on-axis-tilted",
    "ClassicPicture-coupled",
    "ClassicPicture-diagonal-rotated",
    "ClassicPicture-isotropic",
    "ClassicPicture-on-ray-offdiag",
    "ClassicPicture-quadrant-4-edge",
    # DiabetesLassoPath
    "DiabetesLassoPath-beyond-ols",
    "DiabetesLassoPath-hdl-absent",
    "DiabetesLassoPath-near-ols",
    "DiabetesLassoPath-t-zero",
    # ElasticNetBall
    "ElasticNetBall-span-ends-before-1",
    "ElasticNetBall-w1-zero",
    # InactiveConstraint
    "InactiveConstraint-cond-1e4",
    "InactiveConstraint-huge-ball",
    "InactiveConstraint-l2-near-edge-rot",
    "InactiveConstraint-origin",
    "InactiveConstraint-quadrant-3",
    # L1Tangency
    "L1Tangency-diagonal-rotated",
    "L1Tangency-far-cond-100",
    "L1Tangency-no-rings",
    "L1Tangency-on-axis",
    # L2Tangency
    "L2Tangency-negative-numpy",
    "L2Tangency-on-axis-zero",
    "L2Tangency-tiny",
    # LagrangeHike
    "LagrangeHike-negative-everything",
    "LagrangeHike-tall-mountain",
    "LagrangeHike-through-peak",
    "LagrangeHike-wiggly",
    # NormsAsDistances
    "NormsAsDistances-integers-3-4-5",
    "NormsAsDistances-on-w1-axis",
    # PenaltyEqualsConstraint
    "PenaltyEqualsConstraint-cond-1e4",
    "PenaltyEqualsConstraint-diagonal-rotated-tie",
    # PriorsAsPenalties
    "PriorsAsPenalties-bayes-on-axis",
    "PriorsAsPenalties-bayes-w1-zero",
    # ShrinkagePaths
    "ShrinkagePaths-on-axis-diagonal",
    "ShrinkagePaths-returns",
    "ShrinkagePaths-tie",
    # SoftThresholding
    "SoftThresholding-quadrant-2",
    "SoftThresholding-quadrant-3",
    # SparsityOdds
    "SparsityOdds-few-losses",
    "SparsityOdds-many-rings",
    "SparsityOdds-some-dots",
    # Tangency3D
    "Tangency3D-edge",
    "Tangency3D-face",
    "Tangency3D-inside",
    "Tangency3D-t-0",
    "Tangency3D-vertex",
    # UnitBalls
    "UnitBalls-across-two-landmarks",
    "UnitBalls-six-stops",
    # WhyCornersWin
    "WhyCornersWin-orbit-hair-outside",
    "WhyCornersWin-start-almost-2pi",
    "WhyCornersWin-start-on-ray",
})
