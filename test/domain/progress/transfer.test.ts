import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createEmptyProgress,
  PROGRESS_SCHEMA_VERSION,
} from '../../../src/domain/progress/progress';
import { NO_CARD_IDS } from '../../../src/domain/progress/migrate';
import { exportProgress, importProgress } from '../../../src/domain/progress/transfer';
import { scheduleReview } from '../../../src/domain/srs/scheduler';
import { EMPTY, GOOD, SETTINGS, T0 } from '../srs/helpers';
import { progressArb } from './arbitraries';

const sample = () => {
  const srs = scheduleReview(EMPTY, 'fact:triggers.sqs-batch-size', GOOD, T0, SETTINGS).state;
  return { ...createEmptyProgress(), ...srs };
};
const envelope = (data: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    app: 'warmstart',
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    exportedAt: T0,
    data,
    ...extra,
  });

describe('exportProgress and importProgress', () => {
  it('round-trips any valid progress', () => {
    fc.assert(
      fc.property(progressArb, (progress) => {
        const imported = importProgress(exportProgress(progress, T0), NO_CARD_IDS);
        expect(imported).toEqual({
          ok: true,
          value: { progress, fromVersion: PROGRESS_SCHEMA_VERSION, exportedAt: T0 },
        });
      }),
      { numRuns: 200 },
    );
  });

  it('writes the app marker, the schema version and the export time', () => {
    expect(JSON.parse(exportProgress(sample(), T0))).toMatchObject({
      app: 'warmstart',
      schemaVersion: PROGRESS_SCHEMA_VERSION,
      exportedAt: T0,
    });
  });

  it('rejects a JSON file that is not ours', () => {
    for (const text of [
      '{"cards":{}}',
      '[1,2]',
      '"warmstart"',
      JSON.stringify({ app: 'anki', data: {} }),
    ]) {
      expect(importProgress(text, NO_CARD_IDS)).toMatchObject({
        ok: false,
        error: { kind: 'not-warmstart' },
      });
    }
  });

  it('rejects a file from a newer version, saying to update', () => {
    const result = importProgress(
      envelope(sample(), { schemaVersion: PROGRESS_SCHEMA_VERSION + 1 }),
      NO_CARD_IDS,
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'newer-version' } });
    expect(result.ok ? '' : result.error.message).toMatch(/newer version.*Update/);
  });

  it('rejects unknown versions', () => {
    for (const schemaVersion of [0, -1, 1.5, '2', null]) {
      expect(importProgress(envelope(sample(), { schemaVersion }), NO_CARD_IDS)).toMatchObject({
        ok: false,
        error: { kind: 'unknown-version' },
      });
    }
  });

  it('rejects wrong types, naming the field', () => {
    const data = sample();
    const broken = { ...data, settings: { ...data.settings, newCardsPerDay: '20' } };
    const result = importProgress(envelope(broken), NO_CARD_IDS);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(result.ok ? '' : result.error.message).toContain('settings.newCardsPerDay');
  });

  it('rejects values outside their range', () => {
    const data = sample();
    const tooLow = { ...data, settings: { ...data.settings, desiredRetention: 0.5 } };
    expect(importProgress(envelope(tooLow), NO_CARD_IDS)).toMatchObject({
      ok: false,
      error: { kind: 'invalid' },
    });
  });

  it('rejects files over 5 MB before parsing them', () => {
    const huge = envelope({ ...sample(), padding: 'x'.repeat(5 * 1024 * 1024) });
    expect(importProgress(huge, NO_CARD_IDS)).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    });
  });

  it('rejects __proto__, constructor and prototype keys anywhere', () => {
    const text = exportProgress(sample(), T0);
    fc.assert(
      fc.property(
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.nat(),
        (key, pick) => {
          const opens = [...text.matchAll(/\{/g)].map((m) => m.index);
          const at = opens[pick % opens.length] ?? 0;
          const injected = `${text.slice(0, at + 1)}"${key}":{"isAdmin":true},${text.slice(at + 1)}`;
          expect(importProgress(injected, NO_CARD_IDS)).toMatchObject({
            ok: false,
            error: { kind: 'forbidden-key' },
          });
        },
      ),
    );
  });

  it('never throws on arbitrary text or JSON, and accepts none of it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expect(importProgress(text, NO_CARD_IDS).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when parts of a valid file are replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(progressArb, fc.nat(), fc.jsonValue(), (progress, pick, junk) => {
        const file = JSON.parse(exportProgress(progress, T0)) as unknown;
        const holders = collectObjects(file);
        const target = holders[pick % holders.length];
        const keys = target === undefined ? [] : Object.keys(target);
        const key = keys[pick % Math.max(1, keys.length)];
        if (target !== undefined && key !== undefined) target[key] = junk;
        const result = importProgress(JSON.stringify(file), NO_CARD_IDS);
        if (result.ok)
          expect(importProgress(exportProgress(result.value.progress, T0), NO_CARD_IDS).ok).toBe(
            true,
          );
      }),
      { numRuns: 300 },
    );
  });
});

function collectObjects(
  value: unknown,
  out: Record<string, unknown>[] = [],
): Record<string, unknown>[] {
  if (typeof value === 'object' && value !== null) {
    out.push(value as Record<string, unknown>);
    for (const child of Object.values(value)) collectObjects(child, out);
  }
  return out;
}
