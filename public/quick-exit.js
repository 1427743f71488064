// Quick exit: leave for a neutral site at once and leave nothing behind (docs/decisions/027).
// The button works without this script (a plain link to /exit, which ends the session and sends
// the browser on). This script makes it instant and thorough:
//   1. the page goes blank at once;
//   2. a keepalive POST /exit ends the session on the server (its answer also tells the browser to
//      clear this site's cookies, cache and storage), and the copies Steady stored on this device
//      (Cache Storage: a kept plan, the crisis pages) are deleted here as well;
//   3. after both, or 0.6 s at most, location.replace to the neutral site, so Back cannot return to
//      this page. Other Steady tabs leave too.
// With no signal the session cannot end at once: the service worker is told, and ends it before it
// lets the next page load with a signal.
// It also adds the keyboard (Escape twice, or Shift three times, within a second), keeps Back from
// showing a private page out of the back-forward cache, and deletes the stored copies on sign-out.
// Same-origin file, no inline script, so a strict Content-Security-Policy allows it.
(function () {
  var PUBLIC_PAGE = /^(\/es)?(\/(right-now|crisis|offline|guide(\/[a-z0-9-]+)?))?\/?$/; // a reading page, in English or Spanish (lib/routes.ts)
  var WAIT_MS = 600;
  var OTHER_TABS_KEY = "steady-exit";
  var EXIT_PENDING_CACHE = "steady-exit-pending"; // the service worker's note (public/sw.js)

  function isPrivatePage() {
    return !PUBLIC_PAGE.test(window.location.pathname);
  }
  function hide() {
    document.documentElement.style.visibility = "hidden";
  }
  function atMost(promise) {
    var waited = new Promise(function (resolve) {
      setTimeout(resolve, WAIT_MS);
    });
    return Promise.race([promise, waited]);
  }
  function worker() {
    return navigator.serviceWorker && navigator.serviceWorker.controller;
  }

  /** Every cache Steady made on this device (but the worker's own note of an exit still to send). */
  function forgetStored() {
    if (worker()) worker().postMessage({ type: "forget-plans" });
    if (!window.caches) return Promise.resolve();
    return window.caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (name) {
              return name.indexOf("steady-") === 0 && name !== EXIT_PENDING_CACHE;
            })
            .map(function (name) {
              return window.caches.delete(name);
            }),
        );
      })
      .catch(function () {});
  }

  // A private page never comes back from the back-forward cache: it is hidden as it is left, and if
  // the browser restores it anyway it is loaded again, so the server decides what it shows (after an
  // exit or a sign-out: the sign-in page).
  window.addEventListener("pagehide", function () {
    if (isPrivatePage()) hide();
  });
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    if (isPrivatePage()) {
      hide();
      window.location.reload();
    } else {
      document.documentElement.style.visibility = "";
    }
  });

  // Signing out: the stored copies go before the form is sent.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form || form.getAttribute("action") !== "/sign-out" || form.hasAttribute("data-forgotten")) return;
    event.preventDefault();
    form.setAttribute("data-forgotten", "");
    atMost(forgetStored()).then(function () {
      form.submit();
    });
  });

  var link = document.querySelector("[data-quick-exit]");
  if (!link) return;
  var url = link.getAttribute("data-leave-to") || link.getAttribute("href");
  var leaving = false;

  function endSession() {
    if (!window.fetch) return Promise.resolve(false);
    return window.fetch("/exit", { method: "POST", keepalive: true, credentials: "same-origin", cache: "no-store" }).then(
      function (response) {
        return response.ok;
      },
      function () {
        return false;
      },
    );
  }

  function tellOtherTabs() {
    try {
      window.localStorage.setItem(OTHER_TABS_KEY, String(Date.now()));
      window.localStorage.removeItem(OTHER_TABS_KEY);
    } catch {
      // storage blocked: the other tabs stay
    }
  }

  function go() {
    window.location.replace(url);
  }

  function leave(event, fromOtherTab) {
    if (event) event.preventDefault();
    if (leaving) return;
    leaving = true;
    hide();
    if (fromOtherTab) return go();
    tellOtherTabs();
    var ended = false;
    var ending = endSession().then(function (ok) {
      ended = ok;
    });
    atMost(Promise.all([ending, forgetStored()])).then(function () {
      // No answer yet (no signal, or a slow one): the service worker ends the session later.
      if (!ended && worker()) worker().postMessage({ type: "exit-pending" });
      go();
    });
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target && target.closest && target.closest("[data-quick-exit]")) leave(event);
  });

  window.addEventListener("storage", function (event) {
    if (event.key === OTHER_TABS_KEY && event.newValue) leave(null, true);
  });

  var presses = { Escape: [], Shift: [] };
  var needed = { Escape: 2, Shift: 3 };
  document.addEventListener("keydown", function (event) {
    var key = event.key;
    if (!(key in presses) || event.repeat) return;
    var now = Date.now();
    var recent = presses[key].filter(function (time) {
      return now - time < 1000;
    });
    recent.push(now);
    presses[key] = recent;
    if (recent.length >= needed[key]) leave();
  });

  // On reading pages this script starts just after the first paint (decision 053); from here on the
  // keys and the instant exit work. Tests wait for this mark instead of guessing a delay.
  document.documentElement.setAttribute("data-quick-exit-ready", "");
})();
