import { index, route, type RouteConfig } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("sign-up", "routes/sign-up.tsx"),
  route("sign-in", "routes/sign-in.tsx"),
  route("sign-out", "routes/sign-out.tsx"),
  route("account", "routes/account.tsx"),
  route("admin", "routes/admin.tsx"),
  route("challenges", "routes/challenges/list.tsx"),
  route("challenges/new", "routes/challenges/new.tsx"),
  route("challenges/:challengeId", "routes/challenges/detail.tsx"),
  route("challenges/:challengeId/edit", "routes/challenges/edit.tsx"),
  route("triage", "routes/triage.tsx"),
  route("my-organisation", "routes/my-organisation.tsx"),
  route("search", "routes/search.tsx"),
  route("products", "routes/products/list.tsx"),
  route("products/new", "routes/products/new.tsx"),
  route("products/:productId", "routes/products/detail.tsx"),
  route("products/:productId/edit", "routes/products/edit.tsx"),
  route("export/challenges.csv", "routes/export/challenges-csv.ts"),
  route("export/products.csv", "routes/export/products-csv.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
