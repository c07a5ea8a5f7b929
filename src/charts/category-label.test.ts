import { describe, expect, it } from 'vitest';
import { labelWidth12, wrapLabel } from './category-label';

describe('wrapLabel', () => {
  it('keeps a label that fits on one line whole', () => {
    expect(wrapLabel('First plasma', 200, 2)).toEqual(['First plasma']);
  });

  it('breaks between words, never mid-word, when two lines hold the label', () => {
    const label = 'Start of D-T (deuterium–tritium) operation';
    const lines = wrapLabel(label, 200, 2);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(label);
    for (const line of lines) expect(labelWidth12(line)).toBeLessThanOrEqual(200);
  });

  it('ends in an ellipsis only when two lines cannot hold the label', () => {
    const lines = wrapLabel(
      'International fusion effort agreed at the Geneva summit (Reagan–Gorbachev)',
      120,
      2,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(lines[0]).not.toMatch(/…$/);
  });

  it('counts Hangul as wide', () => {
    expect(labelWidth12('핵융합')).toBeGreaterThan(labelWidth12('abc') * 1.5);
    const lines = wrapLabel('SPARC(CFS 소형 고자기장 토카막)', 120, 2);
    expect(lines.join(' ')).toBe('SPARC(CFS 소형 고자기장 토카막)');
  });
});
