export { formatDay } from "@/lib/dates";

/** A tel: link for a number typed by a family: only digits and a leading + are dialled. */
export function phoneHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  return `tel:${digits.startsWith("+") ? "+" + digits.slice(1).replace(/\+/g, "") : digits.replace(/\+/g, "")}`;
}
