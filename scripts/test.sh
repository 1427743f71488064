#!/usr/bin/env bash
# npm test: every check, in one go, ending with one line "N passed, N failed" (all suites summed).
# typecheck, lint and the copied-text check count as one check each; vitest and Playwright count
# their tests. Runs on a fresh machine: installs Debian's Chromium, nginx and systemd-analyze
# when they are missing.
set -u
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export TEST_RUN_ID="${TEST_RUN_ID:-$$}"
mkdir -p test-results
passed=0
failed=0
failures=()

check() { # name, command...
  local name=$1
  shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

# counts "passed failed" from a JSON report written by vitest or Playwright
count_report() {
  node -e '
    const fs = require("fs");
    const [kind, file] = process.argv.slice(1);
    if (!fs.existsSync(file)) { console.log("0 1"); process.exit(0); }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    if (kind === "vitest") console.log(`${r.numPassedTests} ${r.numFailedTests + (r.success === false && r.numFailedTests === 0 ? 1 : 0)}`);
    else console.log(`${r.stats.expected + r.stats.flaky} ${r.stats.unexpected + (r.errors?.length ? 1 : 0)}`);
  ' "$1" "$2"
}

add_counts() { # name, "passed failed"
  local p f
  read -r p f <<<"$2"
  passed=$((passed + p))
  failed=$((failed + f))
  [ "$f" -gt 0 ] && failures+=("$1 ($f)")
}

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
# The deployment checks (docs/deploy.md): the shipped nginx site runs for real, and the systemd
# units go through systemd-analyze.
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v openssl >/dev/null || missing+=(openssl)
command -v systemd-analyze >/dev/null || missing+=(systemd)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing Debian's ${missing[*]} for the tests"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null 2>&1 || echo "could not install ${missing[*]}"
fi

check typecheck npm run --silent typecheck
check lint npm run --silent lint
check "copied text (verbatim-check)" node ../shared/tools/verbatim-check.mjs

echo "== vitest (unit, and integration on SQLite and PostgreSQL)"
rm -f test-results/vitest.json
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
add_counts vitest "$(count_report vitest test-results/vitest.json)"

echo "== build"
rm -rf .next # a stale Turbopack cache has made builds panic
if npm run --silent build >test-results/build.log 2>&1; then
  passed=$((passed + 1))
  echo "== playwright (Chromium)"
  rm -f test-results/playwright.json
  node_modules/.bin/playwright test
  add_counts playwright "$(count_report playwright test-results/playwright.json)"
else
  tail -40 test-results/build.log
  failed=$((failed + 1))
  failures+=("build")
fi

[ ${#failures[@]} -gt 0 ] && printf 'failed: %s\n' "${failures[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
