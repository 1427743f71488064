import { useTranslations } from "next-intl";

// The button opens the print dialog through /print-page.js, a same-origin file (no inline script:
// a strict Content-Security-Policy allows only script-src 'self'). It starts hidden and the script
// shows it, so without JavaScript there is never a button that does nothing; the page still
// prints from the browser menu.
export function PrintButton() {
  const t = useTranslations("PrintPlan");
  return (
    <>
      <button type="button" className="button print-button" data-print-page="" hidden>
        {t("printButton")}
      </button>
      <script src="/print-page.js" async />
    </>
  );
}
