import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const noDatabase = {
  regex: "(^@/lib/db($|/))|(^(\\.\\./)+lib/db($|/))|(generated/(sqlite|postgres))|(^@prisma/client)",
  message: "app/ and components/ never touch the database: call a function in lib/ that applies the access rules.",
};
const noApp = {
  regex: "(^@/app($|/))|(^(\\.\\./)+app($|/))",
  message: "components/ never import app/: take the server action as a prop (the page binds its ids), see docs/architecture.md.",
};

const config = [
  ...next,
  ...nextTs,
  {
    // Reading pages use plain <a> on purpose: static HTML, no prefetching (docs/decisions/005-reading-pages-javascript.md).
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  // Routes and components never touch the database: every read and write goes through lib/ and its
  // access rules (docs/decisions/007-family-data-access.md, 012-never-a-500.md).
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [noDatabase] }] },
  },
  // Components never import app/: a page passes its server actions in as props, ids bound
  // (decision 031). One direction only: app/ uses components/, never the other way round.
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [noDatabase, noApp] }] },
  },
  { ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];
export default config;
