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
# Test databases, browser profiles and servers' scratch files in memory when the machine has a
# tmpfs: the tests are about the app, not the disk, and SQLite's fsync on a shared disk was a
# good part of the suite's time. (Durability tests kill processes, which memory survives as disk.)
if [ -z "${STEADY_TEST_TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  STEADY_TEST_TMPDIR=$(mktemp -d /dev/shm/steady-test.XXXXXX)
  export TMPDIR=$STEADY_TEST_TMPDIR
  trap 'rm -rf "$STEADY_TEST_TMPDIR"' EXIT
fi
passed=0
failed=0
failures=()

check() { # name, command...
  local name=$1
  shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

# the failing tests' names from a JSON report written by vitest or Playwright, one a line, so
# that the end of the log (all CI shows) says what failed
failing_tests() {
  node -e '
    const fs = require("fs");
    const [kind, file] = process.argv.slice(1);
    if (!fs.existsSync(file)) process.exit(0);
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    if (kind === "vitest") {
      for (const f of r.testResults ?? [])
        for (const t of f.assertionResults ?? [])
          if (t.status === "failed") console.log(`  ${f.name.replace(process.cwd() + "/", "")} > ${t.fullName}`);
    } else {
      const walk = (suite, path) => {
        for (const s of suite.suites ?? []) walk(s, [...path, s.title]);
        for (const spec of suite.specs ?? [])
          for (const t of spec.tests ?? [])
            if (t.status === "unexpected") {
              const error = t.results?.at(-1)?.error?.message?.split("\n")[0] ?? "";
              console.log(`  ${[...path, spec.title].join(" > ")}: ${error.replace(/\x1b\[[0-9;]*m/g, "").slice(0, 200)}`);
            }
      };
      for (const s of r.suites ?? []) walk(s, [s.title]);
      for (const e of r.errors ?? []) console.log(`  (Playwright error) ${(e.message ?? "").split("\n")[0].slice(0, 200)}`);
    }
  ' "$1" "$2"
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
# The tests run in Chromium's headless shell; the full browser serves the two that need it
# (decision 040) and Lighthouse.
[ -x "${CHROMIUM_PATH:-/usr/lib/chromium/chromium-headless-shell}" ] || missing+=(chromium-headless-shell)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# The deployment checks (docs/deploy.md): the shipped nginx site runs for real, and the systemd
# units go through systemd-analyze.
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v openssl >/dev/null || missing+=(openssl)
command -v systemd-analyze >/dev/null || missing+=(systemd)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing Debian's ${missing[*]} for the tests"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null 2>&1 || echo "could not install ${missing[*]}"
fi

# Two cores: what cannot use both runs side by side. Each job writes its own log, shown when it ends.
declare -A job_pid job_began
start() { # name, command... (in the background, output to test-results/<name>.log)
  local name=$1
  shift
  "$@" >"test-results/$name.log" 2>&1 &
  job_pid[$name]=$!
  job_began[$name]=$SECONDS
}
finish() { # name: waits, shows the log, returns the job's status
  local status=0
  wait "${job_pid[$1]}" || status=$?
  echo "== $1 (done by $((SECONDS - ${job_began[$1]})) s after it began)"
  cat "test-results/$1.log"
  return $status
}
counted() { # name: one check that passes or fails with its job
  if finish "$1"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$1"); fi
}

# 1. Static checks, side by side (tsc and eslint each use one core).
start typecheck npm run --silent typecheck
start lint npm run --silent lint
start copied-text node ../shared/tools/verbatim-check.mjs
counted typecheck
counted lint
counted copied-text

# 2. vitest (unit, and integration on SQLite and PostgreSQL) beside the production build.
rm -f test-results/vitest.json
rm -rf .next # a stale Turbopack cache has made builds panic
start vitest node_modules/.bin/vitest run --reporter=dot --reporter=json --outputFile.json=test-results/vitest.json
# The build skips its own type check when tsc above passed (next.config.ts reads this).
export STEADY_TYPES_CHECKED=0
[[ " ${failures[*]} " =~ " typecheck " ]] || STEADY_TYPES_CHECKED=1
# The production build is the Dockerfile's build stage, run here (the same commands as `npm run
# build`, a unit test keeps them equal): the image's build is part of the suite (docs/deploy.md).
start build node scripts/docker-dry-run.mjs --in-place --stage=build
finish vitest
add_counts vitest "$(count_report vitest test-results/vitest.json)"
# (the build's log is long: only its first line, the time, is shown; test-results/build.log has it all)
if finish build >test-results/build-finished.log; then
  head -1 test-results/build-finished.log
  passed=$((passed + 1))
  # 3. Playwright in Chromium, against the build: first paint timing alone, on a quiet machine,
  # then everything else on both cores.
  rm -f test-results/playwright-paint.json test-results/playwright.json test-results/e2e-server.log
  echo "== playwright: paint timing"
  began=$SECONDS
  PLAYWRIGHT_RUN_NAME=playwright-paint node_modules/.bin/playwright test --project=paint
  echo "== playwright: paint timing took $((SECONDS - began)) s"
  add_counts playwright-paint "$(count_report playwright test-results/playwright-paint.json)"
  echo "== playwright (Chromium)"
  began=$SECONDS
  node_modules/.bin/playwright test --project=own-servers --project=app
  echo "== playwright took $((SECONDS - began)) s"
  add_counts playwright "$(count_report playwright test-results/playwright.json)"
else
  head -1 test-results/build-finished.log
  tail -40 test-results/build.log
  failed=$((failed + 1))
  failures+=("build")
fi

if [ ${#failures[@]} -gt 0 ]; then
  printf 'failed: %s\n' "${failures[@]}"
  failing_tests vitest test-results/vitest.json
  failing_tests playwright test-results/playwright-paint.json
  failing_tests playwright test-results/playwright.json
  # what the e2e server logged as errors (a failed save shows its cause here)
  [ -f test-results/e2e-server.log ] && grep -h '"level":"error"' test-results/e2e-server.log | tail -5 | cut -c1-400
fi
echo "== npm test took $SECONDS s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
