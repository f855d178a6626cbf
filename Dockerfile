# syntax=docker/dockerfile:1
# Build: compile TypeScript with the full toolchain.
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Run: production dependencies and compiled JavaScript only, as the unprivileged `node` user.
FROM node:20.20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The frontends' trusted documents, for TRUSTED_DOCUMENTS=client/generated/persisted-documents.json.
COPY client/generated/persisted-documents.json ./client/generated/
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1's child of nothing: SIGTERM reaches the service directly and drains it.
CMD ["node", "dist/main.js"]
