# The service image. better-sqlite3 compiles at install time, so the build stage has a toolchain.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY workflows ./workflows
COPY schemas ./schemas

FROM node:20-bookworm-slim
WORKDIR /app
# the CJK font the printed forms' PDFs embed (PDF_FONT's default); nothing is downloaded at run time
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-zenhei && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 SQLITE_PATH=/data/events.db
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# a larger young generation: a command's garbage dies there instead of being promoted (see docs/benchmarks.md)
CMD ["node", "--max-semi-space-size=32", "--import", "tsx", "src/main.ts"]
