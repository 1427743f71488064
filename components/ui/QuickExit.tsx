import { QUICK_EXIT_URL } from "@/lib/site";

/**
 * Leaves for a neutral site at once. Without JavaScript it is still a plain link that leaves;
 * /quick-exit.js adds Escape twice and Shift three times (as GOV.UK's "Exit this page" does) and
 * takes the page out of the back history.
 */
export function QuickExit() {
  return (
    <>
      <a
        href={QUICK_EXIT_URL}
        rel="noreferrer"
        className="quick-exit"
        data-quick-exit=""
        aria-describedby="quick-exit-keys"
      >
        {/* The space is for screen readers; in the flex box the gap does the spacing. */}
        <span className="quick-exit-first">Quick</span> <span className="quick-exit-last">exit</span>
      </a>
      <span id="quick-exit-keys" hidden>
        Leaves this site at once. You can also press Escape twice, or Shift three times.
      </span>
      <script src="/quick-exit.js" async />
    </>
  );
}
