import { locale as rootLocale } from "next/root-params";
import { toLocale } from "@/lib/i18n/locales";
import { NotFoundText } from "@/components/ui/NotFoundText";

export default async function NotFound() {
  return <NotFoundText locale={toLocale(await rootLocale())} />;
}
