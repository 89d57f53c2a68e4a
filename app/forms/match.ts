// Proposing a match from a record's matches page: which record on the other side, and an
// optional note to its owner.
import { z } from "zod";
import { optionalText } from "./text";

const id = (what: string) =>
  z.coerce.number({ error: `Choose the ${what} to propose` }).int(`Choose the ${what} to propose`).positive(`Choose the ${what} to propose`);

export const proposeProductSchema = z.object({ productId: id("product"), message: optionalText("the message", 1000) });
export const proposeChallengeSchema = z.object({ challengeId: id("challenge"), message: optionalText("the message", 1000) });
