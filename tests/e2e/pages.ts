import { PAGE_SLUGS } from "../../lib/content/schema";
import { pagePath } from "../../lib/content/links";

/** Every reading page of the app. */
export const READING_PAGES = ["/", "/guide", "/crisis", ...PAGE_SLUGS.map((slug) => pagePath(slug))];
export const GUIDE_PAGES = PAGE_SLUGS.map((slug) => pagePath(slug));
