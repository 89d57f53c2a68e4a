// Refuses state-changing requests from other sites (CSRF), as DESIGN.md's Authentication says:
// trust Sec-Fetch-Site when the browser sends it, else require Origin to match the host.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSiteRequest(method: string, headers: { secFetchSite?: string | null; origin?: string | null; host?: string | null }): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (headers.secFetchSite) return headers.secFetchSite !== "same-origin";
  if (!headers.origin || !headers.host) return true;
  try {
    return new URL(headers.origin).host !== headers.host;
  } catch {
    return true;
  }
}
