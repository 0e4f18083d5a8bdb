import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromColdStartDraft,
  toColdStartDraft,
  changeRuntime,
} from '../../../../src/features/labs/cold-starts/cold-start-draft';
import {
  fromConcurrencyDraft,
  toConcurrencyDraft,
} from '../../../../src/features/labs/concurrency/concurrency-draft';
import { fromEdgeDraft, toEdgeDraft } from '../../../../src/features/labs/edge-chooser/edge-draft';
import {
  parseDraftNumber,
  parseOptionalDraftNumber,
} from '../../../../src/features/labs/shared/draft-numbers';
import { DEFAULT_COLD_START_INPUTS } from '../../../../src/domain/labs/cold-start-model';
import { DEFAULT_CONCURRENCY_INPUTS } from '../../../../src/domain/labs/concurrency-inputs';
import { arbitraryColdStartInputs } from '../../../domain/labs/cold-start-arbitraries';
import { arbitraryConcurrencyInputs } from '../../../domain/labs/concurrency-arbitraries';
import { arbitraryEdgeRequirements } from '../../../domain/labs/edge-arbitraries';

describe('form drafts', () => {
  it('reads an empty or unparsable input as not a number, and an empty optional one as none', () => {
    expect(parseDraftNumber('')).toBeNaN();
    expect(parseDraftNumber('  ')).toBeNaN();
    expect(parseDraftNumber('1e3')).toBe(1000);
    expect(parseOptionalDraftNumber('')).toBeUndefined();
    expect(parseOptionalDraftNumber('0')).toBe(0);
  });

  it('gives back the same concurrency setup after a trip through the form', () => {
    fc.assert(
      fc.property(arbitraryConcurrencyInputs, (inputs) => {
        expect(fromConcurrencyDraft(toConcurrencyDraft(inputs))).toEqual(inputs);
      }),
    );
  });

  it('treats an emptied reserved concurrency as no reservation', () => {
    const draft = toConcurrencyDraft({ ...DEFAULT_CONCURRENCY_INPUTS, reservedConcurrency: 50 });
    const cleared = { ...draft, numbers: { ...draft.numbers, reservedConcurrency: '' } };
    expect(fromConcurrencyDraft(cleared)).not.toHaveProperty('reservedConcurrency');
  });

  it('gives back the same cold-start setup and edge requirements after a trip through the form', () => {
    fc.assert(
      fc.property(arbitraryColdStartInputs, (inputs) => {
        expect(fromColdStartDraft(toColdStartDraft(inputs))).toEqual(inputs);
      }),
    );
    fc.assert(
      fc.property(arbitraryEdgeRequirements, (r) => {
        expect(fromEdgeDraft(toEdgeDraft(r))).toEqual(r);
      }),
    );
  });

  it('switches SnapStart off when the new runtime does not support it, and keeps it otherwise', () => {
    const java = toColdStartDraft({
      ...DEFAULT_COLD_START_INPUTS,
      runtime: 'java',
      snapStart: true,
    });
    expect(changeRuntime(java, 'nodejs').snapStart).toBe(false);
    expect(changeRuntime(java, 'python').snapStart).toBe(true);
  });
});
