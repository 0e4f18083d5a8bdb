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

type Heap = { ids: number[]; freeAt: readonly number[] };

const keyAt = (h: Heap, i: number): number => h.freeAt[h.ids[i] as number] as number;

function swap(h: Heap, a: number, b: number): void {
  [h.ids[a], h.ids[b]] = [h.ids[b] as number, h.ids[a] as number];
}

function siftUp(h: Heap, start: number): void {
  let i = start;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (keyAt(h, parent) <= keyAt(h, i)) return;
    swap(h, i, parent);
    i = parent;
  }
}

function siftDown(h: Heap): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let smallest = i;
    if (left < h.ids.length && keyAt(h, left) < keyAt(h, smallest)) smallest = left;
    if (right < h.ids.length && keyAt(h, right) < keyAt(h, smallest)) smallest = right;
    if (smallest === i) return;
    swap(h, i, smallest);
    i = smallest;
  }
}

/**
 * @param freeAt shared array: `freeAt[id]` is when environment `id` finishes (ms); read on every
 *   comparison, so an id's time must not change while it is in the heap
 */
export function createBusyHeap(freeAt: readonly number[]): BusyHeap {
  const h: Heap = { ids: [], freeAt };
  return {
    push: (id) => {
      h.ids.push(id);
      siftUp(h, h.ids.length - 1);
    },
    popFreeAt: (t) => {
      const top = h.ids[0];
      if (top === undefined || (freeAt[top] as number) > t) return undefined;
      const last = h.ids.pop() as number;
      if (h.ids.length > 0) {
        h.ids[0] = last;
        siftDown(h);
      }
      return top;
    },
    size: () => h.ids.length,
  };
}
