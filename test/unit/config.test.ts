import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../app/config.server";

describe("configuration", () => {
  it("has working defaults", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATABASE_PATH: "./data/sweetspot.db", DEMO_MODE: true, COOKIE_SECURE: "auto" });
  });

  it("treats an empty variable as unset", () => {
    expect(parseConfig({ PORT: "" }).PORT).toBe(3000);
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DEMO_MODE: "maybe" }, "DEMO_MODE"],
    [{ SESSION_SECRET: "short" }, "SESSION_SECRET"],
    [{ MEILI_HOST: "not a url" }, "MEILI_HOST"],
    [{ COOKIE_SECURE: "sometimes" }, "COOKIE_SECURE"],
    [{ SMTP_PORT: "smtp" }, "SMTP_PORT"],
    [{ APP_URL: "sweetspot.example.org" }, "APP_URL"],
    [{ APP_URL: "ftp://sweetspot.example.org" }, "APP_URL"],
    // Real email needs a sender and links that work from someone's mailbox.
    [{ SMTP_HOST: "smtp.example.org", SMTP_FROM: "Sweetspot <no-reply@example.org>" }, "APP_URL"],
    [{ SMTP_HOST: "smtp.example.org", APP_URL: "https://sweetspot.example.org" }, "SMTP_FROM"],
    [{ SMTP_HOST: "smtp.example.org", APP_URL: "https://s.example.org", SMTP_FROM: "s@example.org", SMTP_USER: "me" }, "SMTP_PASSWORD"],
  ])("stops on %j with a message naming %s", (env, name) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    try {
      parseConfig(env);
    } catch (error) {
      expect((error as ConfigError).message).toContain(`${name}:`);
    }
  });

  it("writes emails to files unless SMTP_HOST is set, and accepts a full SMTP setup", () => {
    expect(parseConfig({})).toMatchObject({ SMTP_PORT: 587 });
    expect(parseConfig({}).SMTP_HOST).toBeUndefined();
    const smtp = { SMTP_HOST: "smtp.example.org", SMTP_PORT: "465", SMTP_USER: "me", SMTP_PASSWORD: "secret", SMTP_FROM: "Sweetspot <no-reply@example.org>", APP_URL: "https://sweetspot.example.org" };
    expect(parseConfig(smtp)).toMatchObject({ SMTP_HOST: "smtp.example.org", SMTP_PORT: 465, APP_URL: "https://sweetspot.example.org" });
  });
});
