// Draws the PNG icons from our own SVGs (public/icons/*.svg) with the local Chromium; nothing is
// downloaded. Run after changing an SVG: npx tsx scripts/make-icons.ts, then commit the PNGs.
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const icons = [
  { svg: "public/icons/steady.svg", png: "public/icons/steady-192.png", size: 192 },
  { svg: "public/icons/steady.svg", png: "public/icons/steady-512.png", size: 512 },
  { svg: "public/icons/steady-maskable.svg", png: "public/icons/steady-maskable-512.png", size: 512 },
  // iOS home screen: square, no transparency (iOS rounds the corners itself).
  { svg: "public/icons/steady-maskable.svg", png: "app/apple-icon.png", size: 180 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
const page = await browser.newPage();
for (const icon of icons) {
  const svg = readFileSync(join(root, icon.svg), "utf8").replace("<svg ", `<svg width="${icon.size}" height="${icon.size}" `);
  await page.setViewportSize({ width: icon.size, height: icon.size });
  await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
  await page.screenshot({ path: join(root, icon.png), omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
  console.log(icon.png);
}
await browser.close();
