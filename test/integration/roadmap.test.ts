// The regulatory roadmap on a product's page: for the company and the leadership group, worked
// out by the trial rules from what the product says about itself.
import { describe, expect, it } from "vitest";
import * as detail from "../../app/routes/products/detail";
import { createOrganisation, signedIn } from "../support/factories";
import { createProduct } from "../support/records";
import { call, getRequest } from "../support/routes";

const company = createOrganisation({ kind: "company" });
const device = createProduct(company.id, { deviceClass: "IIa", ukcaMarked: false, processesPatientData: true, technologyType: "samd" });
const service = createProduct(company.id, { deviceClass: "not_a_device", ukcaMarked: false, processesPatientData: false, technologyType: "service_model" });
const open = (id: number, cookie?: string) => call(detail.loader, getRequest(`/products/${id}`, cookie), { params: { productId: String(id) } });
const items = (data: { roadmap: { stages: { stage: string; items: { item: string }[] }[] } }, stage: string) =>
  data.roadmap.stages.find((s) => s.stage === stage)!.items.map((i) => i.item);

describe("the regulatory roadmap", () => {
  it("shows the company every stage, with the device and data items its product needs", async () => {
    const { cookie } = await signedIn({ role: "innovator", organisationId: company.id });
    const page = await open(device.id, cookie);
    expect(page.data.roadmap.stages.map((s: { stage: string }) => s.stage)).toEqual([
      "triage", "regulatory_readiness", "sandbox_test", "trial_approval", "live_trial", "evaluation", "adoption",
    ]);
    expect(items(page.data, "regulatory_readiness")).toEqual(expect.arrayContaining(["mhra_classification", "dcb0129_safety_case", "dspt", "supplier_dpia", "dtac"]));
  });

  it("asks nothing of the device or data kind of a service that is neither", async () => {
    const { cookie } = await signedIn({ role: "innovator", organisationId: company.id });
    const readiness = items((await open(service.id, cookie)).data, "regulatory_readiness");
    expect(readiness).not.toContain("mhra_classification");
    expect(readiness).not.toContain("dspt");
  });

  it.each([
    ["leadership", true],
    ["clinician", false],
    ["investor", false],
  ] as const)("is shown to a %s: %s", async (role, shown) => {
    const { cookie } = await signedIn({ role });
    expect((await open(device.id, cookie)).data.roadmap !== null).toBe(shown);
  });

  it("is not shown to a visitor who is not signed in", async () => {
    expect((await open(device.id)).data.roadmap).toBeNull();
  });
});
