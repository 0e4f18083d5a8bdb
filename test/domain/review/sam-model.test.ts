import { describe, expect, it } from 'vitest';
import { mergeGlobals } from '../../../src/domain/review/sam-model';

describe('mergeGlobals', () => {
  it('lets the function override primitive values', () => {
    expect(mergeGlobals({ Timeout: 5, Runtime: 'python3.13' }, { Timeout: 30 })).toEqual({
      Timeout: 30,
      Runtime: 'python3.13',
    });
  });

  it('merges maps and appends the function list to the Globals list', () => {
    const merged = mergeGlobals(
      { Environment: { Variables: { A: '1', B: '1' } }, Layers: ['g1', 'g2'] },
      { Environment: { Variables: { B: '2' } }, Layers: ['f1'] },
    );
    expect(merged).toEqual({
      Environment: { Variables: { A: '1', B: '2' } },
      Layers: ['g1', 'g2', 'f1'],
    });
  });

  it('does not merge into an intrinsic function', () => {
    expect(
      mergeGlobals(
        { Environment: { Variables: { A: '1' } } },
        { Environment: { 'Fn::If': ['C', {}, {}] } },
      ),
    ).toEqual({ Environment: { 'Fn::If': ['C', {}, {}] } });
  });
});
