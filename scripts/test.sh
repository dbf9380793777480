#!/usr/bin/env bash
# Runs every test of the project on a fresh Debian machine (root, Node 20): installs what the
# tests need when it is missing (pnpm 12.4.2, the locked dependencies, Debian's Chromium, and
# Debian's Neovim for the test that runs docs/editors.md's configuration),
# then type-checks, runs the quality gates (scripts/lint.mjs, Biome's format and lint check), the
# unit/property suites and the browser end-to-end suites, and ends
# with one line `N passed, N failed` summing them all.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "12.4.2" ]; then
  echo "Installing pnpm 12.4.2…"
  npm install -g pnpm@12.4.2 >/dev/null
fi
pnpm install --frozen-lockfile
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's Chromium for the browser tests…"
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  fi
fi
if ! command -v nvim >/dev/null 2>&1; then
  echo "Installing Debian's Neovim for the editor-configuration test…"
  sudo_=""; [ "$(id -u)" = "0" ] || sudo_="sudo"
  timeout 600 $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends neovim >/dev/null 2>&1 \
    || { timeout 300 $sudo_ apt-get update -qq && timeout 600 $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends neovim >/dev/null; } \
    || echo "Could not install neovim: the Neovim configuration test will fail and say so."
fi
exec node scripts/test-all.mjs
