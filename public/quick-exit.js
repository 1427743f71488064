// Quick exit: leave for a neutral site at once, taking this page out of the back history
// (location.replace). The button works without this script (it is a plain link); this adds the
// keyboard: Escape twice, or Shift three times, within a second. Same-origin file, no inline
// script, so a strict Content-Security-Policy allows it.
(function () {
  var link = document.querySelector("[data-quick-exit]");
  if (!link) return;
  var url = link.getAttribute("href");
  var presses = { Escape: [], Shift: [] };
  var needed = { Escape: 2, Shift: 3 };
  function leave(event) {
    if (event) event.preventDefault();
    document.body.style.visibility = "hidden";
    window.location.replace(url);
  }
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target && target.closest && target.closest("[data-quick-exit]")) leave(event);
  });
  document.addEventListener("keydown", function (event) {
    var key = event.key;
    if (!(key in presses) || event.repeat) return;
    var now = Date.now();
    var recent = presses[key].filter(function (time) { return now - time < 1000; });
    recent.push(now);
    presses[key] = recent;
    if (recent.length >= needed[key]) leave();
  });
})();
