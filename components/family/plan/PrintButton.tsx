// A few lines of plain script instead of a client component (as with the quick exit): the page
// works, and prints from the browser menu, without JavaScript. With it, the button opens the
// print dialog. The button is hidden when scripts cannot run, so it never does nothing.
const script = `(function(){if(window.__planPrint)return;window.__planPrint=1;document.addEventListener("click",function(e){var b=e.target.closest&&e.target.closest("[data-print-page]");if(b){e.preventDefault();window.print()}})})();`;

export function PrintButton() {
  return (
    <>
      <button type="button" className="button print-button" data-print-page="">
        Print this page
      </button>
      <noscript>
        <style>{".print-button{display:none!important}"}</style>
      </noscript>
      <script dangerouslySetInnerHTML={{ __html: script }} />
    </>
  );
}
