# syntax=docker/dockerfile:1
# Steady in a container: docs/deploy.md ("Containers"), decision 030. Three stages:
#   deps    - node_modules from the lock file (npm ci), and the generated Prisma clients;
#   build   - the production build (next build), made once here, never at start;
#   runtime - the built app, run by an unprivileged user, with a health check.
# `npm run docker:dry-run` runs this file's build commands on a machine without Docker.

FROM node:24-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# better-sqlite3 compiles from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
# npm 11 runs only the install scripts package.json allows (allowScripts).
RUN npm install --global npm@11
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY lib/db/database-url.ts ./lib/db/database-url.ts
RUN npm ci --no-audit --no-fund

FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NODE_ENV=production
COPY . .
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/lib/db/generated ./lib/db/generated
RUN node_modules/.bin/next build && node scripts/reading-pages-without-runtime.mjs && node scripts/build-state.mjs record

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# pg_dump and pg_restore for the backup service (the same image, another command).
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 steady && useradd --system --uid 10001 --gid steady --home-dir /app --shell /usr/sbin/nologin steady
# The app's files belong to root and cannot be changed by the app; only data/ and Next.js's cache are writable.
COPY --from=build /app /app
RUN mkdir -p /app/data /app/.next/cache && chown steady:steady /app/data /app/.next/cache
USER steady
EXPOSE 3000 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "scripts/serve.mjs"]
