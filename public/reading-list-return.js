// "Back to your reading list" (docs/decisions/019-shared-reading-list.md). A counselor's reading
// list page remembers its own address in this tab's sessionStorage; a guide page (static HTML, no
// framework: decision 053) shows the way back to it when it is there. No token ever goes into a
// guide page's address, and nothing leaves the browser. Without JavaScript the link stays hidden
// and the browser's Back button does the same. Same-origin file: the CSP allows no inline script.
(function () {
  var KEY = "steady-reading-list";
  var MAX_AGE_MS = 12 * 60 * 60 * 1000;
  var LIST_PATH = /^\/s\/[A-Za-z0-9_-]{43}$/;
  try {
    if (document.querySelector("[data-remember-reading-list]")) {
      if (LIST_PATH.test(location.pathname)) sessionStorage.setItem(KEY, JSON.stringify({ path: location.pathname, at: Date.now() }));
      return;
    }
    var way = document.querySelector("[data-reading-list-return]");
    if (!way) return;
    var saved = JSON.parse(sessionStorage.getItem(KEY) || "null");
    if (!saved || typeof saved.path !== "string" || !LIST_PATH.test(saved.path)) return;
    if (typeof saved.at !== "number" || Date.now() - saved.at > MAX_AGE_MS) return;
    // ?back=1: going back is not another opening of the link (the counselor's open count).
    way.querySelector("a").setAttribute("href", saved.path + "?back=1");
    way.hidden = false;
  } catch {
    // Storage switched off (private mode in some browsers): the Back button still works.
  }
})();
