// Meilisearch filter expressions built from values, never by pasting text: every value is
// quoted, with backslashes and double quotes escaped, so a value cannot change the expression.

export function quote(value: string | number | boolean): string {
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** attribute = value */
export function equals(attribute: string, value: string | number | boolean): string {
  return `${attribute} = ${quote(value)}`;
}

/** attribute IN [values]; an array attribute matches when any of its values is listed. */
export function anyOf(attribute: string, values: readonly (string | number)[]): string | undefined {
  if (values.length === 0) return undefined;
  return `${attribute} IN [${values.map(quote).join(", ")}]`;
}

/** attribute lo TO hi, inclusive; either end may be open. */
export function between(attribute: string, lo: number | undefined, hi: number | undefined): string | undefined {
  if (lo !== undefined && hi !== undefined) return `${attribute} ${lo} TO ${hi}`;
  if (lo !== undefined) return `${attribute} >= ${lo}`;
  if (hi !== undefined) return `${attribute} <= ${hi}`;
  return undefined;
}

/** Drops the filters that do not apply. */
export function allOf(...filters: (string | undefined)[]): string[] {
  return filters.filter((f): f is string => !!f);
}
