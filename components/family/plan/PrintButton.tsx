// A few lines of plain script instead of a client component (as with the quick exit): the page
// works, and prints from the browser menu, without JavaScript. With it, /print.js shows the button
// and makes it open the print dialog; the button is hidden until then, so it never does nothing.
// No inline script or style: the Content-Security-Policy allows neither (decision 011).
export function PrintButton() {
  return (
    <>
      <button type="button" className="button print-button" data-print-page="" hidden>
        Print this page
      </button>
      <script src="/print.js" async />
    </>
  );
}
