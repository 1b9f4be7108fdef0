#!/usr/bin/env bash
# Installs what the tests need beyond npm packages: Debian's Chromium (browser tests) and the
# Maven-built Neo4j launcher (database tests). Idempotent; quick when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing Debian chromium for the browser tests" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: /usr/bin/chromium is missing; install it with: sudo apt-get install chromium" >&2
    exit 1
  fi
fi

if [ -z "${NEO4J_URI:-}" ]; then
  node scripts/neo4j.mjs ensure
fi
