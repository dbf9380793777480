#!/bin/sh
# Git integration for .kpi files, usable from any repository (the Goodhart checkout is found
# from this script's own place, never from the current directory):
#
#   git-diff-kpi.sh --install       run inside a repository: marks *.kpi in .gitattributes and
#                                   sets diff.kpi.command and diff.kpi.textconv to this script
#   git-diff-kpi.sh --textconv FILE what textconv runs: the canonical formatting of FILE, or
#                                   FILE as it is when it does not parse (so git still diffs)
#   git-diff-kpi.sh PATH OLD OLD-HEX OLD-MODE NEW NEW-HEX NEW-MODE
#                                   what git calls as an external diff: `goodhart diff` of the
#                                   two versions, headed by PATH
#
# An added or deleted file arrives as /dev/null, which `goodhart diff` reads as no file. A
# version with errors is shown with its errors; the driver still exits 0, because git stops
# every later file's diff when an external diff command fails.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
self="$root/scripts/git-diff-kpi.sh"
cli="$root/packages/cli/dist/goodhart.mjs"

quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

case "${1-}" in
  --install)
    git rev-parse --git-dir >/dev/null
    top=$(git rev-parse --show-toplevel)
    if ! grep -qsx '\*\.kpi diff=kpi' "$top/.gitattributes"; then
      printf '%s\n' '*.kpi diff=kpi' >> "$top/.gitattributes"
    fi
    git config diff.kpi.command "$(quote "$self")"
    git config diff.kpi.textconv "$(quote "$self") --textconv"
    echo "goodhart: .kpi files in $top now diff as schemes (git diff), formatted for line diffs (git diff --no-ext-diff, git log -p)"
    exit 0
    ;;
  --textconv)
    if [ "$#" -ne 2 ]; then echo "usage: git-diff-kpi.sh --textconv FILE" >&2; exit 2; fi
    node "$cli" fmt -- "$(case "$2" in /*) printf '%s' "$2" ;; *) printf './%s' "$2" ;; esac)" 2>/dev/null || cat -- "$2"
    exit 0
    ;;
esac

if [ "$#" -ne 7 ]; then
  echo "usage: git-diff-kpi.sh path old-file old-hex old-mode new-file new-hex new-mode (git calls it; see docs/review.md), or --install, or --textconv FILE" >&2
  exit 2
fi
# A path git passes may begin with `-` (a file named so); `./` keeps it a file for `goodhart
# diff`, which refuses flag-like arguments even after `--`.
file() { case "$1" in /*) printf '%s' "$1" ;; *) printf './%s' "$1" ;; esac; }
node "$cli" diff --name "$1" -- "$(file "$2")" "$(file "$5")" 2>&1 || true
