/** Site-wide constants that are not secrets and not per-environment. */
export const SITE_NAME = "Steady";
export const SITE_TAGLINE = "Help for families when a loved one may be using opioids again";

/**
 * Where the quick-exit button goes: an ordinary, neutral page. It must load fast and look
 * unremarkable on a shared screen.
 */
export const QUICK_EXIT_URL = "https://weather.com/";
