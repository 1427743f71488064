import { QUICK_EXIT_URL } from "@/lib/site";

/** How close together two Escape presses must be to count as "leave now". */
const DOUBLE_ESCAPE_MS = 800;

// A few lines of plain script instead of a client component: it works before React loads (or if
// it never does), and adds nothing to the page's JavaScript bundle. replace(), not assign(): the
// page being read is taken out of the back-button history.
const script = `(function(){var u=${JSON.stringify(QUICK_EXIT_URL)},t=0;function leave(){window.location.replace(u)}
document.addEventListener("click",function(e){var a=e.target.closest&&e.target.closest("[data-quick-exit]");if(a){e.preventDefault();leave()}});
document.addEventListener("keydown",function(e){if(e.key!=="Escape")return;var n=Date.now();if(n-t<${DOUBLE_ESCAPE_MS})leave();t=n})})();`;

/** Leaves for a neutral site at once. Without JavaScript it is still a plain link that leaves. */
export function QuickExit() {
  return (
    <>
      <a href={QUICK_EXIT_URL} rel="noreferrer" className="quick-exit" data-quick-exit="" title="Leave this site now (or press Escape twice)">
        Quick exit
      </a>
      <script dangerouslySetInnerHTML={{ __html: script }} />
    </>
  );
}
