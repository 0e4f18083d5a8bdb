/** Exhaustiveness check for `switch` over a union: a new variant becomes a type error. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
