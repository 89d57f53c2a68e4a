// The header navigation fits the person: each sees the places their work happens.
import { can, type Actor } from "./permissions";

export type NavItem = { to: string; label: string };

export function navigationFor(actor: Actor | null): NavItem[] {
  const items: NavItem[] = [
    { to: "/", label: "Regional pipeline" },
    { to: "/challenges", label: "Challenges" },
    { to: "/products", label: "Products" },
    { to: "/search", label: "Search" },
  ];
  if (can(actor, "challenge:create") || can(actor, "product:create")) items.push({ to: "/my-organisation", label: "My organisation" });
  if (can(actor, "match:list")) items.push({ to: "/matches", label: "Matches" }, { to: "/trials", label: "Trials" });
  if (can(actor, "challenge:triage")) items.push({ to: "/triage", label: "Triage" });
  if (can(actor, "admin:view")) items.push({ to: "/admin", label: "Organisations and users" });
  return items;
}

/** The inbox link beside the account link, with the number of unread notifications. */
export function inboxLink(actor: Actor | null, unread: number): (NavItem & { unread: number }) | null {
  if (!can(actor, "inbox:view")) return null;
  return { to: "/inbox", label: unread > 0 ? `Inbox (${unread})` : "Inbox", unread };
}
