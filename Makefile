# Two commands do everything on a fresh machine:
#   make render   render every scene into media/ (QUALITY=l by default; h = 1080p60)
#   make test     run the test suite (a sample of the lecturer variants: tools/variant_sample.py)
#   make test-all the test suite with every lecturer variant played (run before a release)
# and for a lecture (README, "Using the clips in a lecture"):
#   make lecture  every scene at 1080p60: clips per beat, captions, posters, an index
#   make film     the whole story as one voiced video with chapters and captions
# Both install what is missing first (Debian packages, .venv with the project).

QUALITY ?= l
VENV    := .venv
PY      := $(VENV)/bin/python
MANIM   := $(VENV)/bin/manim
SCENES  := $(wildcard scenes/[a-z]*.py)
JOBS    ?= 2
# make lecture / make film: h = 1080p60 (l, m, h, p, k as for manim -q)
LECTURE_QUALITY ?= h

.PHONY: setup render test test-all bench stills lecture film clean

setup:
	@bash tools/setup.sh

render: setup
	@$(PY) tools/render_all.py --quality $(QUALITY) --jobs $(JOBS)

test: setup
	@$(PY) -m pytest -n $(JOBS) --dist loadgroup --durations=25

test-all: setup
	@$(PY) -m pytest -n $(JOBS) --dist loadgroup --all-variants

bench: setup
	@$(PY) tests/benchmarks/bench_regmath.py
	@$(PY) tests/benchmarks/bench_scale.py
	@$(PY) tests/benchmarks/bench_render.py
	@$(PY) tests/benchmarks/bench_watch.py
	@$(PY) tests/benchmarks/bench_voice.py

lecture: setup
	@$(PY) -m scenes.cli lecture -q $(LECTURE_QUALITY) --jobs $(JOBS)

film: setup
	@$(PY) -m scenes.cli film -q $(LECTURE_QUALITY) --jobs $(JOBS)

stills: setup
	@$(PY) tools/render_all.py --stills

clean:
	rm -rf media/videos media/images media/texts media/Tex build/lecture build/film
