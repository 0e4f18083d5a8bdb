/**
 * A binary min-heap of environment ids ordered by the time each becomes free, so the
 * simulation releases finished environments in O(log n) instead of scanning them all.
 */
export type BusyHeap = Readonly<{
  push: (id: number) => void;
  /** Removes and returns the id that frees up first, if it is free at `t`. */
  popFreeAt: (t: number) => number | undefined;
  size: () => number;
}>;

/**
 * @param freeAt shared array: `freeAt[id]` is when environment `id` finishes (ms); read on every comparison
 */
export function createBusyHeap(freeAt: readonly number[]): BusyHeap {
  const ids: number[] = [];
  const key = (i: number): number => freeAt[ids[i] as number] as number;
  const swap = (a: number, b: number): void => {
    [ids[a], ids[b]] = [ids[b] as number, ids[a] as number];
  };
  const siftUp = (start: number): void => {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (key(parent) <= key(i)) return;
      swap(i, parent);
      i = parent;
    }
  };
  const siftDown = (): void => {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < ids.length && key(left) < key(smallest)) smallest = left;
      if (right < ids.length && key(right) < key(smallest)) smallest = right;
      if (smallest === i) return;
      swap(i, smallest);
      i = smallest;
    }
  };
  return {
    push: (id) => {
      ids.push(id);
      siftUp(ids.length - 1);
    },
    popFreeAt: (t) => {
      const top = ids[0];
      if (top === undefined || (freeAt[top] as number) > t) return undefined;
      const last = ids.pop() as number;
      if (ids.length > 0) {
        ids[0] = last;
        siftDown();
      }
      return top;
    },
    size: () => ids.length,
  };
}
