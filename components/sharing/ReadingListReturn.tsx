/**
 * The way back from a guide page to the reading list it was opened from
 * (docs/decisions/019-shared-reading-list.md), carried out by /reading-list-return.js: guide pages
 * ship no framework runtime (decision 053), so this is markup and a same-origin script, not a
 * client component. The list page marks itself; a guide page holds the hidden link the script
 * fills in and shows.
 */
const SCRIPT = "/reading-list-return.js";

export function RememberReadingList() {
  return (
    <>
      <span hidden data-remember-reading-list="" />
      <script src={SCRIPT} async />
    </>
  );
}

/** `label` comes from the page, in its language. */
export function BackToReadingList({ label }: { label: string }) {
  return (
    <>
      <p className="back-to-list" hidden data-reading-list-return="">
        <a href="#main" rel="noreferrer" data-testid="back-to-reading-list">
          <span aria-hidden="true">←</span>
          {label}
        </a>
      </p>
      <script src={SCRIPT} async />
    </>
  );
}
