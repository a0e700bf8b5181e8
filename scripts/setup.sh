#!/usr/bin/env bash
# npm run setup — installs dependencies, builds, creates the database and runs every migration.
# Safe to run twice.
set -euo pipefail
cd "$(dirname "$0")/.."
npm install --no-audit --no-fund
npm run build
npm run db:migrate
