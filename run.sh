#!/usr/bin/env bash
# Sets up, builds and serves the page on 127.0.0.1 (prints the URL). PORT=8080 by default.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
./emsdk-setup.sh
source scripts/env.sh
emcmake cmake --preset web >/dev/null
cmake --build --preset web --target app
exec node web/serve.mjs build/web/site "${PORT:-8080}"
