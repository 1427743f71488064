import en from "@/messages/en.json";
import es from "@/messages/es.json";
import type { Locale } from "./locales";
// The augmentation below needs the module itself in view.
import type {} from "next-intl";

/** Each language's messages (messages/<locale>.json). English is the reference for their shape. */
export const MESSAGES: Record<Locale, typeof en> = { en, es };

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
