// A small CSV encoder (RFC 4180) for the leadership group's exports. Pure: no I/O.
import type { Option } from "./taxonomies";

export type CsvValue = string | number | boolean | Date | null | undefined;

export type CsvColumn<Row> = { header: string; value: (row: Row) => CsvValue };

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function text(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  // Only text is neutralised: a number such as -5 is data, not a formula.
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field: quoted when it holds a comma, a quote or a line break, with quotes doubled. */
export function csvField(value: CsvValue): string {
  const s = text(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A header line and one line per row, each ended by CRLF as RFC 4180 says. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>): string {
  const lines = [columns.map((c) => csvField(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(","));
  return lines.map((line) => `${line}\r\n`).join("");
}

/** Taxonomy slugs as the labels people read, e.g. "Frailty and falls; Dementia". */
export function labelList(options: readonly Option[], values: readonly string[] | null | undefined): string {
  return (values ?? []).map((v) => options.find((o) => o.value === v)?.label ?? v).join("; ");
}
