import { CONTENTS_ID, type ContentsEntry } from "@/lib/content/contents";

/** The sections of a long reading page, as compact links near the top (lib/content/contents.ts). */
export function OnThisPage({ entries, title = "On this page" }: { entries: ContentsEntry[]; title?: string }) {
  return (
    <nav id={CONTENTS_ID} aria-labelledby="on-this-page-heading" className="on-this-page">
      <h2 id="on-this-page-heading">{title}</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
