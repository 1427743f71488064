// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.

export default function NotFound() {
  return (
    <div className="page">
      <h1>We could not find that page</h1>
      <p>
        Try the <a href="/guide">guide</a> or go to the <a href="/">start</a>. If someone is in danger, call{" "}
        <a href="tel:911">911</a>.
      </p>
    </div>
  );
}
