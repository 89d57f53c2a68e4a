import { describe, expect, it } from "vitest";
import { allOf, anyOf, between, equals, quote } from "../../search/filters";
import { pieces } from "../../search/meilisearch";

describe("search filters", () => {
  it.each([
    ["leeds", '"leeds"'],
    ['say "hi"', '"say \\"hi\\""'],
    ["back\\slash", '"back\\\\slash"'],
    ['\\" OR status = "draft', '"\\\\\\" OR status = \\"draft"'],
    [7, '"7"'],
  ])("quotes %j so it stays one value", (value, expected) => {
    expect(quote(value)).toBe(expected);
  });

  it("builds equals, any-of and ranges, leaving out what does not apply", () => {
    expect(equals("status", "published")).toBe('status = "published"');
    expect(anyOf("place", ["leeds", "kirklees"])).toBe('place IN ["leeds", "kirklees"]');
    expect(anyOf("place", [])).toBeUndefined();
    expect(between("trl", 3, 7)).toBe("trl 3 TO 7");
    expect(between("trl", 3, undefined)).toBe("trl >= 3");
    expect(between("trl", undefined, 7)).toBe("trl <= 7");
    expect(between("trl", undefined, undefined)).toBeUndefined();
    expect(allOf(equals("a", "1"), undefined, anyOf("b", []))).toEqual(['a = "1"']);
  });
});

describe("highlight pieces", () => {
  it("splits engine-marked text into plain and matched pieces", () => {
    expect(pieces("Falls \u0002at night\u0003 in \u0002care\u0003")).toEqual([
      { text: "Falls ", match: false },
      { text: "at night", match: true },
      { text: " in ", match: false },
      { text: "care", match: true },
    ]);
    expect(pieces("<script>")).toEqual([{ text: "<script>", match: false }]);
  });
});
