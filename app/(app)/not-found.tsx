import { personLocale } from "@/lib/i18n/person-locale";
import { NotFoundText } from "@/components/ui/NotFoundText";

/** A private page that is not there (or not yours): in the person's language (decision 052). */
export default async function NotFound() {
  return <NotFoundText locale={await personLocale()} />;
}
