#!/usr/bin/env bash
# Sets up a fresh machine (Debian, Node 20) and starts the playground on the bundled examples.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "12.4.2" ]; then
  echo "Installing pnpm 12.4.2…"
  npm install -g pnpm@12.4.2 >/dev/null
fi
pnpm install --frozen-lockfile
exec pnpm --filter @goodhart/playground dev --host 127.0.0.1
