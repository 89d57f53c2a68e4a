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
  ])("stops on %j with a message naming %s", (env, name) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    try {
      parseConfig(env);
    } catch (error) {
      expect((error as ConfigError).message).toContain(`${name}:`);
    }
  });
});
