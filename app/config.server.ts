// Configuration, validated once at start: a bad value stops the server with a message naming it.
import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

export const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce
    .number({ error: "must be a port number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_PATH: z.string().min(1, "must not be empty").default("./data/sweetspot.db"),
  DATA_DIR: z.string().min(1, "must not be empty").default("./data"),
  DEMO_MODE: flag.default(true),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  COOKIE_SECURE: z.enum(["auto", "true", "false"], { error: "must be auto, true or false" }).default("auto"),
  TRUST_PROXY: flag.default(false),
  MEILI_HOST: z.url({ error: "must be a URL such as http://127.0.0.1:7700" }).optional(),
  MEILI_MASTER_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  // Email. Without SMTP_HOST, emails are written as .eml files under DATA_DIR/mail.
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number({ error: "must be a port number" }).int("must be a whole number").min(1).max(65535).default(587),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3, "must be an address such as Sweetspot <no-reply@example.org>").optional(),
  APP_URL: z.url({ protocol: /^https?$/, error: "must be the site's address, such as https://sweetspot.example.org" }).optional(),
}).superRefine((c, ctx) => {
  // Real email needs a real sender and links that work outside this machine.
  if (!c.SMTP_HOST) return;
  if (!c.SMTP_FROM) ctx.addIssue({ code: "custom", path: ["SMTP_FROM"], message: "must be set when SMTP_HOST is" });
  if (!c.APP_URL) ctx.addIssue({ code: "custom", path: ["APP_URL"], message: "must be set when SMTP_HOST is, so links in emails work" });
  if (!!c.SMTP_USER !== !!c.SMTP_PASSWORD) ctx.addIssue({ code: "custom", path: ["SMTP_PASSWORD"], message: "SMTP_USER and SMTP_PASSWORD go together" });
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set", as in most shells' `FOO= npm start`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = configSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  return result.data;
}

let cached: Config | undefined;

export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
