import type { MetadataRoute } from "next";
import { SITE_NAME, SITE_TAGLINE } from "@/lib/site";

// /manifest.webmanifest, linked from every page by Next.js: lets a family add Steady to the home
// screen. The icons are our own drawings (public/icons/*.svg; PNGs from scripts/make-icons.ts).
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: SITE_TAGLINE,
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#fbfaf7",
    theme_color: "#1f3b4d",
    icons: [
      { src: "/icons/steady.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icons/steady-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/steady-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/steady-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: "What to do right now", short_name: "Right now", url: "/right-now" },
      { name: "Crisis numbers and overdose steps", short_name: "Crisis help", url: "/crisis" },
    ],
  };
}
