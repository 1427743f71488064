// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { getCatalogue, telHref } from "@/lib/content";

/** The crisis numbers, tappable, at the top of every page. The words come from content/catalogue/crisis.json. */
export function CrisisStrip() {
  const contacts = getCatalogue().crisis.contacts.filter((contact) => contact.inStrip);
  return (
    <aside aria-labelledby="crisis-strip-heading" className="crisis-strip">
      <h2 id="crisis-strip-heading" className="sr-only">
        Crisis numbers
      </h2>
      <ul>
        {contacts.map((contact) => (
          <li key={contact.id}>
            <a href={telHref(contact.dial)}>
              <span className="sr-only">Call </span>
              <span className="crisis-name">{contact.short}</span> <span className="crisis-number">{contact.number}</span>
            </a>
          </li>
        ))}
        <li>
          <a href="/crisis" className="crisis-more">
            Overdose steps
          </a>
        </li>
      </ul>
    </aside>
  );
}
