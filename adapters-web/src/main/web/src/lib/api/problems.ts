import type { FieldError, Problem } from './types';

/**
 * Where each of a problem's errors belongs on screen. Fields are the server's JSON paths
 * (`customer.email`, `fulfillment.address.postalCode`, `lines[2].optionIds`); a line's errors
 * go next to that line, everything else next to the field of that name, and what names no
 * field (or a field no form shows) in `general`.
 */
export interface PlacedErrors {
  fields: Record<string, string>;
  lines: Record<number, string>;
  general: string[];
}

const LINE_FIELD = /^lines\[(\d+)\]/;

export function placeErrors(
  problem: Problem,
  knownFields: readonly string[] = [],
  describe: (error: FieldError) => string = (error) => error.message,
): PlacedErrors {
  const placed: PlacedErrors = { fields: {}, lines: {}, general: [] };
  const errors = problem.errors ?? [];
  for (const error of errors) {
    const line = LINE_FIELD.exec(error.field);
    const message = describe(error);
    if (line) {
      const index = Number(line[1]);
      placed.lines[index] = placed.lines[index] ? `${placed.lines[index]} ${message}` : message;
    } else if (knownFields.includes(error.field)) {
      placed.fields[error.field] ??= message;
    } else {
      placed.general.push(message);
    }
  }
  if (errors.length === 0) placed.general.push(problem.detail ?? problem.title);
  return placed;
}

/** The `code` of the first error naming `field` (a decline's `card_declined`, a slot's `slot-full`). */
export function codeOf(problem: Problem, field: string): string | undefined {
  return problem.errors?.find((error) => error.field === field)?.code;
}
