/** Site-wide constants that are not secrets and not per-environment. */
export const SITE_NAME = "Steady";

/**
 * Where the quick-exit button goes: an ordinary, neutral page. It must load fast and look
 * unremarkable on a shared screen.
 */
export const QUICK_EXIT_URL = "https://weather.com/";
