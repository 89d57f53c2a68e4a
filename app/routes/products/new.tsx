import { parseWithZod } from "@conform-to/zod/v4";
import { data, useActionData } from "react-router";
import type { Route } from "./+types/new";
import { ProductForm } from "~/components/product-form";
import { productIntent, productSchema } from "~/forms/product";
import { requirePermission } from "~/services/auth/current-user.server";
import { redirectWithFlash } from "~/services/flash.server";
import { createProduct } from "~/services/products.server";

export function meta() {
  return [{ title: "Post a product – Sweetspot" }];
}

export function loader({ request }: Route.LoaderArgs) {
  const current = requirePermission(request, "product:create");
  return { canPublish: current.actor.organisationVerified, organisationName: current.organisation.name };
}

export async function action({ request }: Route.ActionArgs) {
  const current = requirePermission(request, "product:create");
  const formData = await request.formData();
  const intent = productIntent(formData);
  const submission = parseWithZod(formData, { schema: productSchema(intent) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = createProduct(current.actor, submission.value, intent);
  if (!result.ok) return data(submission.reply({ formErrors: [result.message] }), { status: 403 });
  return redirectWithFlash(request, `/products/${result.id}`, {
    message: result.publishedNow ? "Product published." : "Draft saved.",
    kind: "success",
  });
}

export default function NewProduct({ loaderData }: Route.ComponentProps) {
  const lastResult = useActionData<typeof action>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <span className="nhsuk-caption-l">{loaderData.organisationName}</span>
        <h1>Post a product</h1>
        <p>
          Describe your product for NHS and care partners in the region. Save it as a draft at any time; when you publish
          it, everyone can see it and it can be matched to their challenges.
        </p>
        <ProductForm lastResult={lastResult} defaultValue={{}} canPublish={loaderData.canPublish} />
      </div>
    </div>
  );
}
