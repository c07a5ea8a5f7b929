import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, it } from 'vitest';
import { FilterChips, toggled } from './filter-chips';

it('toggles a value in and out of a list', () => {
  expect(toggled(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
  expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
});

function Chips({ single = false }: { single?: boolean }) {
  const [selected, setSelected] = useState<string[]>(single ? ['oracle'] : []);
  return (
    <FilterChips
      legend="Partner"
      options={['oracle', 'softbank']}
      label={(v) => (v === 'oracle' ? 'Oracle' : 'SoftBank')}
      title={(v) => `Lead: ${v}`}
      selected={selected}
      onChange={setSelected}
      single={single}
    />
  );
}

it('is a named group of pressable chips, several on at once', async () => {
  render(<Chips />);
  expect(screen.getByRole('group', { name: 'Partner' })).toBeInTheDocument();
  const oracle = screen.getByRole('button', { name: 'Oracle' });
  const softbank = screen.getByRole('button', { name: 'SoftBank' });
  expect(oracle).toHaveAttribute('aria-pressed', 'false');
  expect(oracle).toHaveAttribute('title', 'Lead: oracle');
  await userEvent.click(oracle);
  await userEvent.click(softbank);
  expect(oracle).toHaveAttribute('aria-pressed', 'true');
  expect(softbank).toHaveAttribute('aria-pressed', 'true');
  await userEvent.click(oracle);
  expect(oracle).toHaveAttribute('aria-pressed', 'false');
});

it('selects one chip alone when single', async () => {
  render(<Chips single />);
  await userEvent.click(screen.getByRole('button', { name: 'SoftBank' }));
  expect(screen.getByRole('button', { name: 'SoftBank' })).toHaveAttribute('aria-pressed', 'true');
  expect(screen.getByRole('button', { name: 'Oracle' })).toHaveAttribute('aria-pressed', 'false');
});
