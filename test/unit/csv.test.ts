import { describe, expect, it } from "vitest";
import { csvField, labelList, toCsv, type CsvColumn } from "../../app/domain/csv";
import { CLINICAL_AREAS } from "../../app/domain/taxonomies";

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["crlf\r\nline", '"crlf\r\nline"'],
    ["", ""],
    ["Café Ärzte – 東京 🩺", "Café Ärzte – 東京 🩺"],
    ["naïve, “quoted”", '"naïve, “quoted”"'],
  ])("writes %j as %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ["=HYPERLINK(\"http://evil.example\",\"click\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""],
    ["+44 113 000", "'+44 113 000"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "\"'\rcmd\""],
  ])("neutralises the formula %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("leaves a formula character that is not first alone", () => {
    expect(csvField("a=b")).toBe("a=b");
  });

  it("writes numbers, booleans, dates and nothing plainly", () => {
    expect([-5, 0, 12000, true, false, null, undefined].map(csvField)).toEqual(["-5", "0", "12000", "yes", "no", "", ""]);
    expect(csvField(new Date("2026-03-31T23:30:00Z"))).toBe("2026-03-31");
    expect(csvField(Number.NaN)).toBe("");
  });
});

describe("toCsv", () => {
  type Row = { id: number; title: string };
  const columns: CsvColumn<Row>[] = [
    { header: "ID", value: (r) => r.id },
    { header: "Title, in full", value: (r) => r.title },
  ];

  it("writes a header and one CRLF-ended line per row", () => {
    expect(toCsv(columns, [{ id: 1, title: "Falls" }, { id: 2, title: 'Say "A&E"' }])).toBe(
      'ID,"Title, in full"\r\n1,Falls\r\n2,"Say ""A&E"""\r\n',
    );
  });

  it("writes only the header when there are no rows", () => {
    expect(toCsv(columns, [])).toBe('ID,"Title, in full"\r\n');
  });
});

describe("labelList", () => {
  it("shows taxonomy slugs as their labels, joined with semicolons", () => {
    expect(labelList(CLINICAL_AREAS, ["frailty_falls", "dementia"])).toBe("Frailty and falls; Dementia");
    expect(labelList(CLINICAL_AREAS, [])).toBe("");
    expect(labelList(CLINICAL_AREAS, null)).toBe("");
  });
});
