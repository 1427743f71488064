/** A person's name as the app shows it: 1 to 60 characters, no spaces around it, no control characters. */
export const NAME_MAX = 60;

export function nameProblem(name: unknown): string | undefined {
  if (typeof name !== "string" || name.trim() === "") return "Tell us what to call you.";
  if (name.length > NAME_MAX) return `Use at most ${NAME_MAX} characters.`;
  if (name !== name.trim()) return "Remove the spaces before or after the name.";
  if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(name)) return "Use letters, numbers and ordinary punctuation only.";
  return undefined;
}
