import { data } from "react-router";

// Expected failures are thrown as responses with a message for the person, never a stack trace.
export function forbidden(message = "You do not have permission to do that."): never {
  throw data({ message }, { status: 403 });
}

export function notFound(message = "We could not find that page."): never {
  throw data({ message }, { status: 404 });
}

export function badRequest(message = "That request was not valid."): never {
  throw data({ message }, { status: 400 });
}
