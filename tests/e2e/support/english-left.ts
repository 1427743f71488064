import type { Page } from "@playwright/test";

/**
 * English words that never occur in Spanish text: what a Spanish page has left in English
 * (issue 18). "a", "me", "no", "son", "he" are Spanish words too and are not listed.
 */
const ENGLISH_ONLY = new Set(
  "the and you your with what when where which this that these those there here have has was were will would could should been being from about into their they them our ours we us not yet only also just than then because after before while every other some more most such own same very can cannot don't isn't it's we'll you'll please save saved delete change add choose back next sign signed family families check-in check-ins notes note week weeks today yesterday settings account password link links share shared read reading guide help call text".split(" "),
);

/**
 * The English words in the page's visible text (main and frame), with where they occur, leaving
 * out what a person wrote themselves (`allow`: their names, notes and test strings), the page's
 * brand and the addresses it shows. An empty list means no English sentence is left.
 */
export async function englishLeft(page: Page, allow: string[] = []): Promise<string[]> {
  let text = await page.locator("body").innerText();
  for (const own of ["Steady", "English", ...allow]) text = text.split(own).join(" ");
  // Addresses are not sentences: a link's random token once held "Us" (/connect/…83Us).
  text = text.replace(/https?:\/\/\S+/g, " ");
  const found: string[] = [];
  for (const line of text.split("\n")) {
    // Whole words, accents included ("usó" is not "us").
    const words = line.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    const english = words.filter((word) => ENGLISH_ONLY.has(word.replace("’", "'")));
    if (english.length) found.push(`${english.join(", ")}: "${line.trim().slice(0, 100)}"`);
  }
  return found;
}
