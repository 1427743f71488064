import type { WhoWasTold } from "@/lib/notifications/alert-audience";

const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const count = (n: number) => WORDS[n] ?? String(n);
const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** "Luis", "Luis and Ana", "Luis, Ana and Sam". */
export function nameList(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * Who was told about a "may have used" check-in, in words: the main sentence, and a second,
 * quieter one that says more (or null).
 */
export function toldSentences(told: WhoWasTold): { lead: string; more: string | null } {
  switch (told.state) {
    case "told": {
      const names = told.names ?? [];
      const lead =
        names.length === 0
          ? "We let the other members of your family space know."
          : names.length === 1
            ? `We let ${names[0]} know.`
            : `We let ${told.turnedOff === 0 ? "the other " : ""}${count(names.length)} members know: ${nameList(names)}.`;
      const others = told.turnedOff === 1 ? "One other member has" : `${capitalize(count(told.turnedOff))} other members have`;
      const off = told.turnedOff > 0 ? `${others} turned these alerts off, so they were not told. ` : "";
      const how = told.emailed
        ? "They will see it in the family space, and we sent an email that says only that there is something new."
        : "They will see it when they open the family space.";
      return { lead, more: `${off}${how}` };
    }
    case "private":
      return { lead: "Nobody was told. This check-in is private, so only you can see it.", more: "To let your family know, change who can see it, or call them." };
    case "alone":
      return { lead: "Nobody was told. You are the only member of this family space.", more: "You can invite someone to join, so they are told next time." };
    case "off":
      return {
        lead: "Nobody was told. The other members have turned these alerts off.",
        more: "If you need them now, call them.",
      };
    case "not-sent":
      return { lead: "We could not send the alert. Nobody was told.", more: "If you need your family now, call them." };
  }
}
