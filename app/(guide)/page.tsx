// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { SITE_TAGLINE } from "@/lib/site";

const doors = [
  {
    href: "/right-now",
    title: "A relapse just happened",
    text: "What to do in the first hours: safety first, then how to talk, then the next steps.",
  },
  {
    href: "/guide/relapse-and-chronic-illness",
    title: "Understand relapse",
    text: "Why relapse happens, the signs that come before it, and what helps.",
  },
  {
    href: "/guide/planning-ahead",
    title: "Plan ahead",
    text: "Write down on a calm day what your family will do on a hard one.",
  },
];

export default function HomePage() {
  return (
    <div className="page home">
      <h1>You are not alone in this.</h1>
      <p className="summary">{SITE_TAGLINE}. Choose where to start.</p>
      <ul className="doors">
        {doors.map((door) => (
          <li key={door.href}>
            <a href={door.href} className="door">
              <span className="door-title">{door.title}</span>
              <span className="door-text">{door.text}</span>
            </a>
          </li>
        ))}
      </ul>
      <p>
        Someone not waking up or not breathing well? <a href="/crisis">See the overdose steps</a> and call{" "}
        <a href="tel:911">911</a>.
      </p>
    </div>
  );
}
