// Registers Steady's service worker (/sw.js), which keeps the crisis pages working with no signal
// and stores nothing private (see the top of /sw.js and docs/decisions/018). A same-origin file,
// not an inline script, so a strict Content-Security-Policy (script-src 'self') allows it.
(function () {
  if (!("serviceWorker" in navigator)) return;
  function register() {
    navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" }).catch(function () {
      // Not fatal: the site works the same online, only without the offline copies.
    });
  }
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register);
})();
