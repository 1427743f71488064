import { PAGE_SLUGS } from "../../lib/content/schema";
import { pagePath } from "../../lib/content/links";

/** Every reading page of the app (and /offline, which the service worker shows with no signal). */
export const READING_PAGES = ["/", "/guide", "/crisis", ...PAGE_SLUGS.map((slug) => pagePath(slug)), "/offline"];
export const GUIDE_PAGES = PAGE_SLUGS.map((slug) => pagePath(slug));
