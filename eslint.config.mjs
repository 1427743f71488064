import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    // Reading pages use plain <a> on purpose: static HTML, no prefetching (docs/decisions/005-reading-pages-javascript.md).
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // Routes and components never touch the database: every read and write goes through lib/ and its
    // access rules (docs/decisions/007-family-data-access.md, 012-never-a-500.md).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^@/lib/db($|/))|(^(\\.\\./)+lib/db($|/))|(generated/(sqlite|postgres))|(^@prisma/client)",
              message: "app/ and components/ never touch the database: call a function in lib/ that applies the access rules.",
            },
          ],
        },
      ],
    },
  },
  { ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];
export default config;
