import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { FieldError, QueryDecodeResult } from '../../../domain/labs/lab-types';

/** How a lab reads, writes and checks its setup; pass a module-level constant. */
export type LabSetupSpec<Inputs> = Readonly<{
  decode: (search: string) => QueryDecodeResult<Inputs>;
  encode: (inputs: Inputs) => string;
  validate: (inputs: Inputs) => readonly FieldError[];
  defaults: Inputs;
}>;

export type LabSetupRead<Inputs> = Readonly<{
  /** A usable setup: the link's, or the defaults when the link's is refused. */
  inputs: Inputs;
  /** What was ignored in the link, as sentences for the learner. */
  problems: readonly string[];
}>;

/**
 * Reads a setup from a URL query. Unusable values fall back one by one (the decoder's
 * job); a combination the lab refuses falls back to the defaults as a whole.
 * @param search the query, with or without `?`
 */
export function readLabSetup<Inputs>(
  spec: LabSetupSpec<Inputs>,
  search: string,
): LabSetupRead<Inputs> {
  const decoded = spec.decode(search);
  const problems = decoded.errors.map((e) => e.message);
  const refused = spec.validate(decoded.inputs);
  if (refused.length === 0) return { inputs: decoded.inputs, problems };
  return {
    inputs: spec.defaults,
    problems: [...problems, ...refused.map((e) => `${e.message} The defaults are shown instead.`)],
  };
}

export type LabSetup<Inputs> = LabSetupRead<Inputs> &
  Readonly<{
    /** Changes when a preset or the back button replaces the setup: remount the form. */
    formKey: number;
    /** What a (re)mounted form starts from. */
    formInputs: Inputs;
    /** The form holds an out-of-range value: the results are still those of `inputs`. */
    stale: boolean;
    /** From the form: a valid setup to keep in the URL, or undefined while the form has errors. */
    update: (inputs: Inputs | undefined) => void;
    /** A preset: load it into the URL and the form. */
    choose: (inputs: Inputs) => void;
  }>;

type FormSeed<Inputs> = Readonly<{ key: number; inputs: Inputs; stale: boolean }>;

/**
 * The lab's setup kept in the URL query, so it can be bookmarked and shared.
 *
 * The router applies address changes as transitions, so they can arrive after the
 * keystroke that caused them. The form therefore never follows the address while the
 * learner types: it is reloaded only by a preset or by the browser's back and forward
 * buttons, each time from setup values known at that moment.
 */
export function useLabSetup<Inputs>(spec: LabSetupSpec<Inputs>): LabSetup<Inputs> {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const read = useMemo(() => readLabSetup(spec, search), [spec, search]);
  const [form, setForm] = useState<FormSeed<Inputs>>(() => ({
    key: 0,
    inputs: read.inputs,
    stale: false,
  }));

  useEffect(() => {
    const reload = () =>
      setForm((f) => ({
        key: f.key + 1,
        inputs: readLabSetup(spec, window.location.search).inputs,
        stale: false,
      }));
    window.addEventListener('popstate', reload);
    return () => window.removeEventListener('popstate', reload);
  }, [spec]);

  const write = useCallback(
    (inputs: Inputs, replace: boolean) => {
      setParams(new URLSearchParams(spec.encode(inputs)), { replace });
    },
    [spec, setParams],
  );
  const update = useCallback(
    (inputs: Inputs | undefined) => {
      if (inputs !== undefined) write(inputs, true);
      const stale = inputs === undefined;
      setForm((f) => (f.stale === stale ? f : { ...f, stale }));
    },
    [write],
  );
  const choose = useCallback(
    (inputs: Inputs) => {
      const same = new URLSearchParams(spec.encode(inputs)).toString() === search;
      write(inputs, same);
      setForm((f) => ({ key: f.key + 1, inputs, stale: false }));
    },
    [spec, search, write],
  );
  return { ...read, formKey: form.key, formInputs: form.inputs, stale: form.stale, update, choose };
}
