/**
 * Text that has no place to wrap: what a person pastes into a form (a link, a word run together).
 * Each starts with a tag, so a page that overflows says which field did it.
 */

/** One word, no spaces or hyphens, exactly `length` characters. */
export function longWord(tag: string, length: number): string {
  return (tag + "Wordwithoutanyspace".repeat(Math.ceil(length / 19))).slice(0, length);
}

/** A link with no spaces and no hyphens, exactly `length` characters. */
export function longUrl(tag: string, length: number): string {
  return (`https://example.org/${tag.toLowerCase()}/` + "pathsegment/".repeat(Math.ceil(length / 12)) + "?ref=").slice(0, length);
}

/** A sentence, then a long link, then a long word, at most `length` characters. */
export function wordAndUrl(tag: string, length: number): string {
  const part = Math.max(20, Math.floor((length - 20) / 2));
  return `See this: ${longUrl(tag, part)} ${longWord(tag, part)}`.slice(0, length);
}
