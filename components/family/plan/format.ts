/** A calendar day written as YYYY-MM-DD, in words: "March 31, 2027". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** When something was saved: "May 3, 2026 at 2:15 PM" (in the server's time zone). */
export function formatWhen(date: Date): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeStyle: "short" }).format(date);
}

/** A tel: link for a number typed by a family: only digits and a leading + are dialled. */
export function phoneHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  return `tel:${digits.startsWith("+") ? "+" + digits.slice(1).replace(/\+/g, "") : digits.replace(/\+/g, "")}`;
}

/** The day something was saved: "May 3, 2026". */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long" }).format(date);
}
