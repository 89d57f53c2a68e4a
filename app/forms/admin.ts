import { z } from "zod";
import { ROLES } from "../domain/roles";

const id = z.coerce.number({ error: "Missing record" }).int().positive();

export const adminActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("verify-organisation"), organisationId: id }),
  z.object({ intent: z.literal("verify-membership"), userId: id }),
  z.object({
    intent: z.literal("change-role"),
    userId: id,
    // Empty means "as the organisation's kind says".
    role: z.union([z.enum(ROLES, { error: "Choose a role" }), z.literal("")]).default(""),
  }),
]);
