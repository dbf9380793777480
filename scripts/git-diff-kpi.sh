#!/bin/sh
# Git external diff driver for .kpi files: shows `goodhart diff` (changed facts, moved weights,
# diagnostics) instead of changed lines. Git calls it with seven arguments:
#   path old-file old-hex old-mode new-file new-hex new-mode
# An added or deleted file arrives as /dev/null, which reads as an empty scheme.
# Set up (see docs/review.md):
#   git config diff.kpi.command "$PWD/scripts/git-diff-kpi.sh"
#   echo '*.kpi diff=kpi' >> .gitattributes
set -eu
if [ "$#" -ne 7 ]; then
  echo "usage: git-diff-kpi.sh path old-file old-hex old-mode new-file new-hex new-mode (git calls it; see docs/review.md)" >&2
  exit 2
fi
# Found from the script's own place, because git may run it from any directory.
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
echo "goodhart diff a/$1 b/$1"
# `--`: a path git passes may begin with `-`; it is a file, never a flag.
node "$root/packages/cli/dist/goodhart.mjs" diff -- "$2" "$5"
