import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    // Reading pages use plain <a> on purpose: static HTML, no prefetching (docs/decisions/005-reading-pages-javascript.md).
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  { ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];
export default config;
