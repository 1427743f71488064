// The plan's print button: shown and working only when scripts run (it is hidden in the HTML, so
// without JavaScript it never sits there doing nothing; the browser menu still prints). A
// same-origin file, not inline script, so the Content-Security-Policy allows it
// (docs/decisions/011-csp-and-headers.md).
(function () {
  if (window.__planPrint) return;
  window.__planPrint = 1;
  var buttons = document.querySelectorAll("[data-print-page]");
  for (var i = 0; i < buttons.length; i++) buttons[i].hidden = false;
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-print-page]");
    if (button) {
      event.preventDefault();
      window.print();
    }
  });
})();
