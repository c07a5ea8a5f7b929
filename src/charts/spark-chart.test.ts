import { expect, it } from 'vitest';
import { niceCeiling } from './spark-chart';

it('ends an axis on a round value just above the data, not double it', () => {
  expect(niceCeiling(10.5)).toBe(12);
  expect(niceCeiling(10.26)).toBe(12);
  expect(niceCeiling(8)).toBe(8);
  expect(niceCeiling(0.42)).toBeCloseTo(0.5);
  expect(niceCeiling(0)).toBe(1);
});
