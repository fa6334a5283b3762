# The service image on Node 24 (LTS; Node 20 left support on 2026-04-30). better-sqlite3 compiles at install time,
# so the build stage has a toolchain.
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY workflows ./workflows
COPY schemas ./schemas

FROM node:24-bookworm-slim
WORKDIR /app
# the CJK font the printed forms' PDFs embed (PDF_FONT's default); nothing is downloaded at run time
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-zenhei && rm -rf /var/lib/apt/lists/*
# /metrics on a port of its own (production refuses a public one): reachable from the compose network, not published
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 SQLITE_PATH=/data/events.db METRICS_PORT=9464 METRICS_HOST=0.0.0.0
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000 9464
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node itself is the container's main process (never npm, whose shell would not pass SIGTERM on): `docker stop`
# reaches src/main.ts, which closes the server, the timers and the store.
# a larger young generation: a command's garbage dies there instead of being promoted (see docs/benchmarks.md)
STOPSIGNAL SIGTERM
CMD ["node", "--max-semi-space-size=32", "--heap-growing-percent=50", "--import", "tsx", "src/main.ts"]
