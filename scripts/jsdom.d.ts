// The little of jsdom's API the build uses (scripts/chart-snapshots.ts); jsdom ships no types.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string; pretendToBeVisual?: boolean });
    readonly window: Window & typeof globalThis;
  }
}
