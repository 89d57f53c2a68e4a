// CSV downloads of challenges and products for the leadership group: every row the list's
// filters match, not one page, with the same rules about which statuses the reader may see.
import { getDb } from "../../db/client.server";
import { listAllChallenges, listAllProducts } from "../../db/listing";
import { labelList, toCsv, type CsvColumn } from "../domain/csv";
import type { Actor } from "../domain/permissions";
import {
  CARE_SETTINGS,
  CHALLENGE_STATUSES,
  CLINICAL_AREAS,
  DEVICE_CLASSES,
  labelOf,
  MUST_HAVES,
  ORGANISATION_KINDS,
  PLACES,
  PRODUCT_STATUSES,
  TECHNOLOGY_TYPES,
} from "../domain/taxonomies";
import type { ChallengeFilters, ProductFilters } from "../forms/filters";
import { listableChallengeStatuses } from "./challenge-lists.server";
import { listableProductStatuses } from "./product-lists.server";

export type CsvDownload = { filename: string; body: string };

type ChallengeRow = ReturnType<typeof listAllChallenges>[number];
type ProductRow = ReturnType<typeof listAllProducts>[number];

const CHALLENGE_COLUMNS: CsvColumn<ChallengeRow>[] = [
  { header: "ID", value: (r) => r.id },
  { header: "Title", value: (r) => r.title },
  { header: "Organisation", value: (r) => r.organisationName },
  { header: "Organisation kind", value: (r) => labelOf(ORGANISATION_KINDS, r.organisationKind) },
  { header: "Place", value: (r) => labelOf(PLACES, r.place) },
  { header: "Clinical areas", value: (r) => labelList(CLINICAL_AREAS, r.clinicalAreas) },
  { header: "Care settings", value: (r) => labelList(CARE_SETTINGS, r.careSettings) },
  { header: "Must-haves", value: (r) => labelList(MUST_HAVES, r.mustHaves) },
  { header: "People affected a year", value: (r) => r.peopleAffectedPerYear },
  { header: "Status", value: (r) => labelOf(CHALLENGE_STATUSES, r.status) },
  { header: "Closing date", value: (r) => r.closingDate },
  { header: "Submitted", value: (r) => r.submittedAt },
  { header: "Published", value: (r) => r.publishedAt },
  { header: "Created", value: (r) => r.createdAt },
  { header: "Last updated", value: (r) => r.updatedAt },
  { header: "Funding route", value: (r) => r.fundingRoute },
  { header: "Inequalities focus", value: (r) => r.inequalitiesFocus },
  { header: "Summary", value: (r) => r.summary },
];

const PRODUCT_COLUMNS: CsvColumn<ProductRow>[] = [
  { header: "ID", value: (r) => r.id },
  { header: "Name", value: (r) => r.name },
  { header: "Company", value: (r) => r.organisationName },
  { header: "Place", value: (r) => labelOf(PLACES, r.place) },
  { header: "Technology type", value: (r) => labelOf(TECHNOLOGY_TYPES, r.technologyType) },
  { header: "Clinical areas", value: (r) => labelList(CLINICAL_AREAS, r.clinicalAreas) },
  { header: "Care settings", value: (r) => labelList(CARE_SETTINGS, r.careSettings) },
  { header: "Device class", value: (r) => labelOf(DEVICE_CLASSES, r.deviceClass) },
  { header: "UKCA or CE marked", value: (r) => r.ukcaMarked },
  { header: "Processes patient data", value: (r) => r.processesPatientData },
  { header: "DTAC passed", value: (r) => r.dtacPassed },
  { header: "ESF tier", value: (r) => r.esfTier },
  { header: "TRL", value: (r) => r.trl },
  { header: "Features", value: (r) => labelList(MUST_HAVES, r.features) },
  { header: "Investor visible", value: (r) => r.investorVisible },
  { header: "Funding sought", value: (r) => r.fundingSought },
  { header: "Price model", value: (r) => r.priceModel },
  { header: "Status", value: (r) => labelOf(PRODUCT_STATUSES, r.status) },
  { header: "Published", value: (r) => r.publishedAt },
  { header: "Created", value: (r) => r.createdAt },
  { header: "Last updated", value: (r) => r.updatedAt },
  { header: "Summary", value: (r) => r.summary },
];

/** The statuses asked for that the reader may see, else published only, as the lists do. */
function statuses(asked: string[], allowed: string[]) {
  const chosen = asked.filter((s) => allowed.includes(s));
  return chosen.length ? chosen : ["published"];
}

const filename = (what: string, today: Date) => `sweetspot-${what}-${today.toISOString().slice(0, 10)}.csv`;

export function exportChallenges(actor: Actor, filters: ChallengeFilters, today = new Date()): CsvDownload {
  const rows = listAllChallenges(getDb(), { ...filters, statuses: statuses(filters.statuses, listableChallengeStatuses(actor)) });
  return { filename: filename("challenges", today), body: toCsv(CHALLENGE_COLUMNS, rows) };
}

export function exportProducts(actor: Actor, filters: ProductFilters, today = new Date()): CsvDownload {
  const rows = listAllProducts(getDb(), { ...filters, statuses: statuses(filters.statuses, listableProductStatuses(actor)) });
  return { filename: filename("products", today), body: toCsv(PRODUCT_COLUMNS, rows) };
}

export function csvResponse({ filename, body }: CsvDownload): Response {
  // The byte-order mark tells Excel the file is UTF-8, so names such as "Café" survive.
  return new Response(`\uFEFF${body}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      // Pipeline data is not for shared caches.
      "Cache-Control": "private, no-store",
    },
  });
}
