#!/bin/sh
# Run by Maven before the web build: say plainly what is missing instead of "Cannot run program npm".
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Chit's web build needs Node.js 20 or newer with npm on the PATH (https://nodejs.org, or apt-get install nodejs npm)." >&2
  echo "To build the server without its web apps, pass -Dchit.web.skip=true." >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "Chit's web build needs Node.js 20 or newer; this is $(node --version). Install a newer Node.js, or pass -Dchit.web.skip=true." >&2
  exit 1
fi
