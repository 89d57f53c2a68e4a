// The HTTP server around the React Router build: static files, the cross-site guard, and
// the request handler. Used by `npm start` and by the end-to-end tests.
import { createRequestHandler } from "@react-router/express";
import express from "express";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "react-router";
import { isCrossSiteRequest } from "../app/domain/cross-site";

const NHSUK_IMAGES = join(dirname(createRequire(import.meta.url).resolve("nhsuk-frontend/package.json")), "dist/nhsuk/assets/images");

const REFUSED_PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Request refused – Sweetspot</title></head>
<body><main><h1>Request refused</h1><p>This form was sent from another website, so Sweetspot did not act on it.
<a href="/">Go to Sweetspot</a> and try again from there.</p></main></body></html>`;

export async function createApp({ buildDir = "build", trustProxy = false } = {}) {
  const dir = resolve(buildDir);
  const build = (await import(pathToFileURL(join(dir, "server/index.js")).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  if (trustProxy) app.set("trust proxy", true);

  app.use((req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    const crossSite = isCrossSiteRequest(req.method, {
      secFetchSite: req.get("sec-fetch-site"),
      origin: req.get("origin"),
      host: req.get("host"),
    });
    if (crossSite) {
      res.status(403).type("html").send(REFUSED_PAGE);
      return;
    }
    next();
  });
  // The NHS.UK stylesheet refers to its icons at /assets/images.
  app.use("/assets/images", express.static(NHSUK_IMAGES, { maxAge: "1d" }));
  // Browsers ask for /favicon.ico whatever the page says.
  app.get("/favicon.ico", (_req, res) => res.sendFile(join(NHSUK_IMAGES, "favicon.ico"), { maxAge: "1d" }));
  app.use("/assets", express.static(join(dir, "client/assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(join(dir, "client"), { maxAge: "1h" }));
  // A bare route: a health check, and the floor the benchmarks compare page times with.
  app.get("/healthz", (_req, res) => {
    res.type("text").send("ok");
  });
  app.all(
    "*",
    createRequestHandler({ build, getLoadContext: (req) => ({ clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown" }) }),
  );
  return app;
}

export function listen(app: express.Express, port: number, host: string): Promise<Server> {
  return new Promise((resolvePromise, reject) => {
    const server = app.listen(port, host, () => resolvePromise(server));
    server.once("error", reject);
  });
}
