// GET /export/products.csv: the product list, filtered as in its URL, as a CSV download.
import type { Route } from "./+types/products-csv";
import { parseProductFilters } from "~/forms/filters";
import { requirePermission } from "~/services/auth/current-user.server";
import { csvResponse, exportProducts } from "~/services/export.server";

export function loader({ request }: Route.LoaderArgs) {
  const { actor } = requirePermission(request, "pipeline:export");
  const filters = parseProductFilters(new URL(request.url).searchParams);
  return csvResponse(exportProducts(actor, filters));
}
