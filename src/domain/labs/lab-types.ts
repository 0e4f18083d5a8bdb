/**
 * Types shared by the lab engines. Every value here is plain data a view can render:
 * no markup, no formatting beyond short plain-text sentences.
 */
import type { Severity, Unit } from '../../../content/schema';

export type { Severity };

/** Bounds and label of one numeric input, so the view and the validator agree. */
export type NumberFieldSpec = Readonly<{
  label: string;
  unit: Unit;
  /** Inclusive lower bound. */
  min: number;
  /** Inclusive upper bound. */
  max: number;
  /** Suggested input step (e.g. for `<input type="number" step>`). */
  step: number;
  /** Whole numbers only. */
  integer: boolean;
}>;

export type FieldErrorKind =
  'not-a-number' | 'below-min' | 'above-max' | 'not-integer' | 'conflict';

/** A problem with one input, shown next to that input. */
export type FieldError<Field extends string = string> = Readonly<{
  field: Field;
  kind: FieldErrorKind;
  message: string;
}>;

/**
 * A 🔴/🟡/🟢 observation on a lab setup. `facts` holds content ids (fact, table or
 * checklist ids) the view links to, most specific first.
 */
export type Finding = Readonly<{
  id: string;
  severity: Severity;
  title: string;
  detail: string;
  facts: readonly string[];
}>;

/**
 * A formula with its numbers filled in, e.g.
 * `{ formula: 'concurrency = requests/s × duration', substituted: '500 × 0.2 s', result: 100 }`.
 */
export type FormulaWorking = Readonly<{
  formula: string;
  substituted: string;
  result: number;
  unit: Unit;
  facts: readonly string[];
}>;

/** A problem found while reading a lab setup from a URL query. */
export type QueryError = Readonly<{ param: string; message: string }>;

/** What `decode…Query` returns: usable inputs (defaults where the query was unusable) and what was ignored. */
export type QueryDecodeResult<Inputs> = Readonly<{ inputs: Inputs; errors: readonly QueryError[] }>;

/** A named setup for a classic exam scenario. */
export type LabPreset<Inputs> = Readonly<{
  id: string;
  title: string;
  /** One sentence: the scenario and what to look for. */
  description: string;
  inputs: Inputs;
}>;
