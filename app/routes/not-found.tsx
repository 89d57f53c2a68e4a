import { notFound } from "~/services/errors.server";

// Every unknown address gets the friendly 404 page from the root error boundary.
export function loader(): never {
  notFound();
}

export function action(): never {
  notFound();
}

export default function NotFound() {
  return null;
}
