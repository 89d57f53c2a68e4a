import { parseWithZod } from "@conform-to/zod/v4";
import { data, useActionData } from "react-router";
import type { Route } from "./+types/edit";
import { ProductForm } from "~/components/product-form";
import { productFormValues, productIntent, productSchema } from "~/forms/product";
import { can } from "~/domain/permissions";
import { requireUser } from "~/services/auth/current-user.server";
import { redirectWithFlash } from "~/services/flash.server";
import { recordId } from "~/services/params.server";
import { loadEditableProduct, updateProduct } from "~/services/products.server";

export function meta() {
  return [{ title: "Edit a product – Sweetspot" }];
}

export function loader({ request, params }: Route.LoaderArgs) {
  const current = requireUser(request);
  const product = loadEditableProduct(current.actor, recordId(params.productId));
  return {
    id: product.id,
    status: product.status,
    canPublish: product.status === "draft" && can(current.actor, "product:publish", product),
    values: productFormValues(product),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const current = requireUser(request);
  const id = recordId(params.productId);
  const formData = await request.formData();
  // A published product must stay complete, whichever button was sent.
  const intent = loadEditableProduct(current.actor, id).status === "draft" ? productIntent(formData) : "publish";
  const submission = parseWithZod(formData, { schema: productSchema(intent) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = updateProduct(current.actor, id, submission.value, intent);
  if (!result.ok) return data(submission.reply({ formErrors: [result.message] }), { status: 403 });
  return redirectWithFlash(request, `/products/${id}`, {
    message: result.publishedNow ? "Product published." : "Changes saved.",
    kind: "success",
  });
}

export default function EditProduct({ loaderData }: Route.ComponentProps) {
  const lastResult = useActionData<typeof action>();
  const published = loaderData.status === "published";
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Edit the product</h1>
        {published ? <p>This product is published: your changes show straight away, so every required field must stay filled in.</p> : null}
        <ProductForm lastResult={lastResult} defaultValue={loaderData.values} canPublish={loaderData.canPublish} published={published} />
      </div>
    </div>
  );
}
