import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  examDurationMs,
  formatClock,
  formatDuration,
  isTimeUp,
  remainingMs,
  timeStageAt,
} from '../../../src/domain/exam/exam-timing';
import { dva, sap } from './exam-fixtures';

const MIN = 60_000;

describe('exam timing', () => {
  it('gives time in proportion to the length, in whole minutes', () => {
    expect(examDurationMs(dva, 65)).toBe(130 * MIN);
    expect(examDurationMs(dva, 10)).toBe(20 * MIN);
    expect(examDurationMs(sap, 75)).toBe(180 * MIN);
    expect(examDurationMs(sap, 20)).toBe(48 * MIN);
    expect(examDurationMs(sap, 0)).toBe(MIN);
  });

  it('counts down to the deadline and stops at zero', () => {
    const deadline = 1_000_000;
    expect(remainingMs(deadline, deadline - 5000)).toBe(5000);
    expect(remainingMs(deadline, deadline + 5000)).toBe(0);
    expect(isTimeUp(deadline, deadline - 1)).toBe(false);
    expect(isTimeUp(deadline, deadline)).toBe(true);
  });

  it('warns from 10 minutes left, again from 1 minute, and is up at 0', () => {
    const deadline = 100 * MIN;
    expect(timeStageAt(deadline, deadline - 10 * MIN - 1)).toBe('plenty');
    expect(timeStageAt(deadline, deadline - 10 * MIN)).toBe('ten-minutes');
    expect(timeStageAt(deadline, deadline - MIN - 1)).toBe('ten-minutes');
    expect(timeStageAt(deadline, deadline - MIN)).toBe('one-minute');
    expect(timeStageAt(deadline, deadline - 1)).toBe('one-minute');
    expect(timeStageAt(deadline, deadline)).toBe('time-up');
  });

  it('moves through the stages in order as time passes, never back', () => {
    const order = ['plenty', 'ten-minutes', 'one-minute', 'time-up'];
    fc.assert(
      fc.property(fc.nat(200 * MIN), fc.nat(200 * MIN), (a, b) => {
        const deadline = 150 * MIN;
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(order.indexOf(timeStageAt(deadline, early))).toBeLessThanOrEqual(
          order.indexOf(timeStageAt(deadline, late)),
        );
      }),
    );
  });

  it('shows the clock as m:ss or h:mm:ss, rounding seconds up', () => {
    expect(formatClock(130 * MIN)).toBe('2:10:00');
    expect(formatClock(10 * MIN)).toBe('10:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
  });

  it('reads durations in words', () => {
    expect(formatDuration(18 * MIN + 20_000)).toBe('18 min 20 s');
    expect(formatDuration(65 * MIN)).toBe('1 h 5 min');
    expect(formatDuration(120 * MIN)).toBe('2 h');
    expect(formatDuration(40_000)).toBe('40 s');
  });
});
