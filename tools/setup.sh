#!/usr/bin/env bash
# Install everything the project needs on a fresh Debian/Ubuntu machine:
# the system libraries Manim links against, a TeX subset for MathTex, and a
# .venv holding the project with its test extra. Safe to run repeatedly: it
# only installs what is missing.
set -euo pipefail

cd "$(dirname "$0")/.."

DEB_PACKAGES=(
  libcairo2-dev libpango1.0-dev pkg-config        # pycairo / manimpango
  texlive-latex-base texlive-latex-extra           # MathTex
  texlive-fonts-recommended dvisvgm
  flite                                            # the offline voice (REGVIZ_VOICE=flite)
  chromium                                         # tests open the slide deck offline
  fonts-dejavu-core                                # the PDF handout's text
)
PYTHON="${PYTHON:-python3}"
VENV=.venv

missing_debs() {
  local pkg
  for pkg in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

if command -v dpkg-query >/dev/null 2>&1; then
  mapfile -t missing < <(missing_debs)
  # npm packs reveal.js for the slide decks; a machine's own Node.js install will do.
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
      echo "setup: installing Debian packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "setup: missing Debian packages: ${missing[*]}" >&2
      echo "setup: run this as root, then run the command again:" >&2
      echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
      exit 1
    fi
  fi
else
  echo "setup: not a Debian-like system; make sure cairo, pango, pkg-config, LaTeX and dvisvgm are installed." >&2
fi

# Reinstall the venv only when pyproject.toml changed since the last install.
stamp="$VENV/.installed"
if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing the project and its test extra into $VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[test]"
  touch "$stamp"
fi

# reveal.js for the slide decks, packed from the npm registry into build/ once
# (a no-op when it is there; scenes/deck.py names the version).
"$VENV/bin/python" -c "from scenes.deck import reveal_assets; reveal_assets()"
