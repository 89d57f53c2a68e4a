import { notFound } from "./errors.server";

/** A record id from the URL: a positive whole number, or the page does not exist. */
export function recordId(value: string | undefined): number {
  if (!value || !/^\d{1,12}$/.test(value)) notFound();
  return Number(value);
}
