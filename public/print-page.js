// "Print this page" on the one-page safety plan: shows the button (it starts hidden, so it never
// does nothing without JavaScript) and opens the print dialog. Same-origin, no inline script.
(function () {
  function ready() {
    var buttons = document.querySelectorAll("[data-print-page]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function (event) {
        event.preventDefault();
        window.print();
      });
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
