// What the server passes to every loader and action beside the request.
declare module "react-router" {
  interface AppLoadContext {
    /** The caller's network address, for rate limits. */
    clientAddress?: string;
  }
}

export function clientAddress(context: { clientAddress?: string } | undefined): string {
  return context?.clientAddress ?? "unknown";
}
