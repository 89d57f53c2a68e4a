import { Form, NavLink } from "react-router";
import type { inboxLink, NavItem } from "~/domain/navigation";
import type { Role } from "~/domain/roles";

export type HeaderUser = { name: string; role: Role; organisationName: string } | null;

function NhsLogo() {
  return (
    <svg className="nhsuk-header__logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80" height="40" width="100" focusable="false" role="img" aria-label="NHS">
      <title>NHS</title>
      <path
        fill="currentcolor"
        d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"
      />
    </svg>
  );
}

export type HeaderInbox = ReturnType<typeof inboxLink>;

export function SiteHeader({ user, navigation, inbox = null }: { user: HeaderUser; navigation: NavItem[]; inbox?: HeaderInbox }) {
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <a className="nhsuk-header__service-logo" href="/" aria-label="NHS Sweetspot homepage">
            <NhsLogo />
            <span className="nhsuk-header__service-name">Sweetspot</span>
          </a>
        </div>
        <nav className="nhsuk-header__account" aria-label="Account">
          <ul className="nhsuk-header__account-list">
            {user ? (
              <>
                <li className="nhsuk-header__account-item">
                  <a className="nhsuk-header__account-link" href="/account">
                    {user.name}
                    <span className="nhsuk-u-visually-hidden">, your account</span>
                  </a>
                </li>
                {inbox ? (
                  <li className="nhsuk-header__account-item">
                    <a className="nhsuk-header__account-link" href={inbox.to}>
                      {inbox.label}
                      {inbox.unread > 0 ? <span className="nhsuk-u-visually-hidden"> unread notifications</span> : null}
                    </a>
                  </li>
                ) : null}
                <li className="nhsuk-header__account-item">
                  <Form className="nhsuk-header__account-form" method="post" action="/sign-out">
                    <button className="nhsuk-header__account-button" type="submit">
                      Sign out
                    </button>
                  </Form>
                </li>
              </>
            ) : (
              <>
                <li className="nhsuk-header__account-item">
                  <a className="nhsuk-header__account-link" href="/sign-in">
                    Sign in
                  </a>
                </li>
                <li className="nhsuk-header__account-item">
                  <a className="nhsuk-header__account-link" href="/sign-up">
                    Create an account
                  </a>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
      <nav className="nhsuk-header__navigation" aria-label="Menu">
        <div className="nhsuk-header__navigation-container nhsuk-width-container">
          <ul className="nhsuk-header__navigation-list">
            {navigation.map((item) => (
              <li key={item.to} className="nhsuk-header__navigation-item">
                <NavLink className="nhsuk-header__navigation-link" to={item.to} end={item.to === "/"}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            <li className="nhsuk-footer__list-item">
              <a className="nhsuk-footer__list-item-link" href="/">
                Regional pipeline
              </a>
            </li>
          </ul>
          <p className="nhsuk-body-s">
            Sweetspot matches the unmet challenges of NHS and care partners in West Yorkshire and Harrogate with
            healthtech products, and guides each trial through the UK regulatory steps.
          </p>
        </div>
      </div>
    </footer>
  );
}
