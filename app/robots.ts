import type { MetadataRoute } from "next";
import { robotsDisallow } from "@/lib/routes";

/** The guide is public. Private areas are never to be indexed (they also send X-Robots-Tag: noindex). */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", disallow: robotsDisallow() } };
}
