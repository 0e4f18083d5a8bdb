import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBusyHeap } from '../../../src/domain/labs/busy-heap';

describe('createBusyHeap', () => {
  it('releases exactly the ids free at t, earliest first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 })),
        fc.integer({ min: 0, max: 1000 }),
        (freeAt, t) => {
          const heap = createBusyHeap(freeAt);
          freeAt.forEach((_, id) => heap.push(id));
          const released: number[] = [];
          for (let id = heap.popFreeAt(t); id !== undefined; id = heap.popFreeAt(t))
            released.push(freeAt[id] as number);
          expect(released).toEqual(freeAt.filter((x) => x <= t).sort((a, b) => a - b));
          expect(heap.size()).toBe(freeAt.filter((x) => x > t).length);
        },
      ),
    );
  });
});
