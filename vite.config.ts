import { reactRouter } from "@react-router/dev/vite";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  // The NHS.UK stylesheet ships minified; minifying it again only trips on its old IE hacks.
  build: { chunkSizeWarningLimit: 1000, cssMinify: false },
  ssr: { external: ["better-sqlite3", "@node-rs/argon2"] },
});
