// One demo account per role, all sharing the password printed in the README (demo mode only).
import type { Role } from "../app/domain/roles";

export const DEMO_PASSWORD = "sweetspot-demo";

export const DEMO_USERS: { email: string; name: string; organisation: string; roleOverride?: Role }[] = [
  { email: "clinician@sweetspot.demo", name: "Dr Amira Shah", organisation: "lth" },
  { email: "innovator@sweetspot.demo", name: "Tom Okafor", organisation: "co-aire" },
  { email: "leadership@sweetspot.demo", name: "Helen Marsh", organisation: "wy-leadership" },
  { email: "investor@sweetspot.demo", name: "Priya Natarajan", organisation: "inv-pennine" },
  { email: "admin@sweetspot.demo", name: "Sam Whitaker", organisation: "wy-leadership", roleOverride: "admin" },
];
