#!/usr/bin/env bash
# Rebuilds dist/ and fails if it differs from what is committed: GitHub runs dist/ as committed.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build >/dev/null
if grep -q webpackMissingModule dist/index.js; then
  echo "dist/index.js has an unresolved import (webpackMissingModule): check tsconfig module settings" >&2
  exit 1
fi
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ does not match the sources. Run 'npm run build' and commit dist/:" >&2
  git status --porcelain -- dist >&2
  git --no-pager diff --stat -- dist >&2
  exit 1
fi
echo "dist/ matches the sources"
