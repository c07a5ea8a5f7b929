import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { Source } from '../../data/common-schema';
import { cardSources } from './card-sources';
import { FactSources, sourcesColumn } from './fact-sources';

const source = (id: string, reliability: 'A' | 'B' | 'C'): Source => ({
  id,
  publisher: `Publisher ${id}`,
  title: `Page ${id}`,
  url: `https://example.org/${id}`,
  date: '2025-05-01',
  reliability,
});

const sources = new Map(
  [source('a', 'A'), source('b', 'B'), source('c', 'C')].map((s) => [s.id, s]),
);

it('resolves ids in the order first cited, once each, skipping unknown ids', () => {
  expect(cardSources(sources, ['c', 'a', 'c', 'zz']).map((s) => s.id)).toEqual(['c', 'a']);
  expect(cardSources(sources, new Set(['b']))[0]).toEqual({
    id: 'b',
    publisher: 'Publisher b',
    title: 'Page b',
    url: 'https://example.org/b',
    date: '2025-05-01',
    reliability: 'B',
  });
});

it('renders a fact’s sources as links, strongest first', () => {
  render(<FactSources ids={['c', 'a']} sources={sources} />);
  expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual([
    'Publisher a',
    'Publisher c',
  ]);
});

it('makes a table column of a row’s sources, ids in downloads', () => {
  const column = sourcesColumn<{ ids: string[] }>('Sources', sources, (r) => r.ids);
  expect(column.key).toBe('sources');
  expect(column.value?.({ ids: ['a', 'b'] })).toBe('a b');
  render(<p>{column.render({ ids: ['b'] })}</p>);
  expect(screen.getByRole('link', { name: 'Publisher b' })).toBeInTheDocument();
});
