import assert from 'node:assert/strict';

// Heap and DOM measurements for the soak tests, after forced garbage collection.
//
// The bound, and why: after the warm-up every chart chunk is loaded, both datasets are parsed
// and cached (React Query, gcTime Infinity), formatters and V8's compiled code exist. What may
// still grow is noise: V8 keeps optimising hot functions for a while (compiled code, 1–3 MB
// seen here) and heap pages are not compacted to the byte. So the end may exceed the warm-up by
// max(5 MB, 25 %) — the warm heap is 12–16 MB here, so 5 MB is the bound that applies. A
// real leak does not fit: a slide keeps a Recharts tree of a few hundred SVG nodes plus its React
// fibers (well over 50 KB), so leaking one per change over 450 changes is over 20 MB. Over 180
// filter changes only a leak above ~28 KB a change is sure to show in the heap; smaller ones are
// caught where React views usually leak, in detached DOM nodes and listeners, whose counts are
// held to +10 % (they have no JIT noise).

export const MB = 1024 * 1024;
export const HEAP_SLACK_BYTES = 5 * MB;
export const HEAP_SLACK_RATIO = 0.25;
export const DOM_SLACK_RATIO = 0.1;

/**
 * JS heap in use and live DOM nodes and listeners, after forcing GC until the heap stops shrinking.
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function measure(cdp) {
  let used = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (usedSize >= used * 0.99) {
      used = Math.min(used, usedSize);
      break;
    }
    used = usedSize;
  }
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heap: used, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

/**
 * @param {string} label
 * @param {{ heap: number, nodes: number, listeners: number }} warm
 * @param {{ heap: number, nodes: number, listeners: number }} end
 */
export function assertNoGrowth(label, warm, end) {
  const mb = (/** @type {number} */ b) => `${(b / MB).toFixed(1)} MB`;
  console.log(
    `[soak] ${label}: heap ${mb(warm.heap)} → ${mb(end.heap)}, DOM nodes ${warm.nodes} → ${end.nodes}, listeners ${warm.listeners} → ${end.listeners}`,
  );
  const heapBound = warm.heap + Math.max(HEAP_SLACK_BYTES, warm.heap * HEAP_SLACK_RATIO);
  assert.ok(
    end.heap <= heapBound,
    `${label}: heap grew from ${mb(warm.heap)} to ${mb(end.heap)} (bound ${mb(heapBound)})`,
  );
  assert.ok(
    end.nodes <= warm.nodes * (1 + DOM_SLACK_RATIO) + 50,
    `${label}: DOM nodes grew from ${warm.nodes} to ${end.nodes}`,
  );
  assert.ok(
    end.listeners <= warm.listeners * (1 + DOM_SLACK_RATIO) + 20,
    `${label}: event listeners grew from ${warm.listeners} to ${end.listeners}`,
  );
}
