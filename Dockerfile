# syntax=docker/dockerfile:1
# One image for both processes: the API (default command) and the worker (command: worker).
# Build: docker build -t beslutskedjan .   Run: see docker-compose.yml.

# --- build: compilers for better-sqlite3's native module, then the TypeScript build ---
FROM node:22.12.0-bookworm-slim AS build
# better-sqlite3 compiles from source when no prebuilt binary matches: a C/C++ toolchain and python3.
RUN apt-get update \
  && apt-get install -y --no-install-recommends build-essential=12.9 python3=3.11.2-1+b1 \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY tools ./tools
COPY bench ./bench
COPY test ./test
RUN npm run build && npm prune --omit=dev

# --- runtime: no compilers, no dev dependencies, not root ---
FROM node:22.12.0-bookworm-slim AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=3000 \
    HOST=0.0.0.0 \
    SEED_DEMO=false
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/package.json ./package.json
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Liveness without curl in the image: Node asks the API's own probe.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "--enable-source-maps", "dist/tools/container-entry.js"]
CMD ["api"]
