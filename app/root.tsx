import { data, isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useLoaderData, useRouteLoaderData } from "react-router";
import nhsukStyles from "nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css?url";
import type { Route } from "./+types/root";
import { inboxLink, navigationFor } from "./domain/navigation";
import { SiteFooter, SiteHeader, type HeaderUser } from "./components/site-header";
import appStyles from "./styles/app.css?url";
import { getCurrentUser } from "./services/auth/current-user.server";
import { takeFlash } from "./services/flash.server";
import { unreadCount } from "./services/notifications.server";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: nhsukStyles },
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", href: "/assets/images/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: Route.LoaderArgs) {
  const current = getCurrentUser(request);
  const { flash, clear } = await takeFlash(request);
  const headers = new Headers();
  if (clear) headers.append("Set-Cookie", clear);
  if (current?.refreshedCookie) headers.append("Set-Cookie", current.refreshedCookie);
  const user: HeaderUser = current
    ? { name: current.user.name, role: current.actor.role, organisationName: current.organisation.name }
    : null;
  const inbox = current ? inboxLink(current.actor, unreadCount(current.user.id)) : null;
  return data({ user, flash, navigation: navigationFor(current?.actor ?? null), inbox }, { headers });
}

export function Layout({ children }: { children: React.ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>("root");
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="nhsuk-skip-link" href="#maincontent">
          Skip to main content
        </a>
        <SiteHeader user={rootData?.user ?? null} navigation={rootData?.navigation ?? navigationFor(null)} inbox={rootData?.inbox ?? null} />
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
            {children}
          </main>
        </div>
        <SiteFooter />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  const { flash } = useLoaderData<typeof loader>();
  return (
    <>
      {flash ? (
        <div className="nhsuk-inset-text app-flash" role="status">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{flash.message}</p>
        </div>
      ) : null}
      <Outlet />
    </>
  );
}

export function meta() {
  return [{ title: "Sweetspot – healthtech matchmaking for West Yorkshire and Harrogate" }];
}

const MESSAGES: Record<number, { title: string; body: string }> = {
  400: { title: "There is a problem with that request", body: "Check what you entered and try again." },
  403: { title: "You do not have permission to see this page", body: "If you think you should, ask your organisation's administrator or the Sweetspot team." },
  404: { title: "Page not found", body: "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address." },
  405: { title: "This page does not accept forms", body: "Go back to the page you came from and try again from there." },
  429: { title: "Too many attempts", body: "Wait a few minutes, then try again." },
};

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  let status = 500;
  let detail: string | undefined;
  if (isRouteErrorResponse(error)) {
    status = error.status;
    const message = (error.data as { message?: unknown } | undefined)?.message;
    if (typeof message === "string") detail = message;
  } else if (import.meta.env.DEV && error instanceof Error) {
    console.error(error);
  }
  const known = MESSAGES[status] ?? {
    title: "Sorry, there is a problem with the service",
    body: "Try again later. What you were doing has not been saved if this page appeared straight after you sent a form.",
  };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <title>{`${known.title} – Sweetspot`}</title>
        <h1>{known.title}</h1>
        <p>{detail ?? known.body}</p>
        <p>
          <a href="/">Go to the regional pipeline</a>
        </p>
      </div>
    </div>
  );
}
