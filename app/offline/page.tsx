import type { Metadata } from "next";
import { GLOSSARY_PATH } from "@/lib/content/links";

// Shown by the service worker (public/sw.js) when a page cannot load with no signal. It holds
// nothing private: it is the same for everyone and stored on the phone.
export const metadata: Metadata = {
  title: "No connection",
  description: "This page needs a connection. The crisis pages work without one.",
  robots: { index: false, follow: false },
};

const SAVED = [
  { href: "/right-now", label: "What to do right now" },
  { href: "/crisis", label: "Crisis help: overdose steps and numbers" },
  { href: "/guide/overdose-and-naloxone", label: "Overdose and naloxone" },
  { href: GLOSSARY_PATH, label: "Glossary: words you may hear" },
];

export default function OfflinePage() {
  return (
    <article className="guide-article" aria-labelledby="page-title">
      <header>
        <h1 id="page-title">No connection right now</h1>
        <p className="summary">This page needs a connection. Phone calls work without internet.</p>
      </header>
      <p>
        <a href="tel:911" className="call-button call-button-urgent">
          <span className="call-number">Call 911</span>
          <span className="call-name">If someone may be overdosing</span>
        </a>
      </p>
      <div className="prose">
        <h2>These pages work without a signal</h2>
        <ul>
          {SAVED.map((page) => (
            <li key={page.href}>
              <a href={page.href}>{page.label}</a>
            </li>
          ))}
        </ul>
        <p>Your family space opens again when you are back online. Steady never saves family pages on this phone for offline use.</p>
      </div>
    </article>
  );
}
