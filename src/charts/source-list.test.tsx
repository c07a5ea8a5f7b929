import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n-context';
import type { CardSource } from './chart-card';
import { rankSources, SourceList } from './source-list';

const source = (n: number, reliability: 'A' | 'B' | 'C', date: string | null = null) => ({
  id: `s${n}`,
  publisher: `Publisher ${n}`,
  title: `Page ${n}`,
  url: `https://example.org/${n}`,
  date,
  reliability,
});

const links = () => screen.queryAllByRole('link').map((link) => link.textContent);

it('ranks A before C and newer before older, dropping duplicates', () => {
  const ranked = rankSources([
    source(1, 'C', '2025-06-01'),
    source(2, 'A', '2024-01-01'),
    source(3, 'A', '2025-03-01'),
    source(2, 'A', '2024-01-01'),
    source(4, 'B', null),
  ]);
  expect(ranked.map((s) => s.id)).toEqual(['s3', 's2', 's4', 's1']);
});

it('reads publisher, grade and date for every source', () => {
  render(<SourceList sources={[source(1, 'C', '2025-06-01'), source(2, 'A')]} />);
  expect(links()).toEqual(['Publisher 2', 'Publisher 1']);
  expect(screen.getByRole('link', { name: 'Publisher 1' })).toHaveAttribute(
    'href',
    'https://example.org/1',
  );
  expect(screen.getByTitle('C: aggregator, mirror or wiki')).toHaveTextContent('C');
  expect(screen.getByTitle('A: the organisation itself')).toHaveTextContent('A');
  expect(screen.getByText('(1 Jun 2025)')).toBeInTheDocument();
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
});

it('folds beyond the strongest few behind "Show all N", and unfolds in place', async () => {
  const many: CardSource[] = [1, 2, 3, 4, 5, 6, 7].map((n) => source(n, n === 7 ? 'A' : 'C'));
  render(<SourceList sources={many} />);
  expect(links()).toHaveLength(4);
  expect(links()[0]).toBe('Publisher 7');
  const more = screen.getByRole('button', { name: 'Show all 7' });
  expect(more).toHaveAttribute('aria-expanded', 'false');
  await userEvent.click(more);
  expect(links()).toHaveLength(7);
  expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});

it('shows one source past the lead rather than folding it', () => {
  render(<SourceList sources={[1, 2, 3].map((n) => source(n, 'B'))} lead={2} />);
  expect(links()).toHaveLength(3);
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
});

it('speaks Korean', () => {
  render(
    <I18nProvider lang="ko">
      <SourceList sources={[1, 2, 3, 4, 5, 6].map((n) => source(n, 'B'))} />
    </I18nProvider>,
  );
  expect(screen.getByRole('button', { name: '6개 모두 보기' })).toBeInTheDocument();
  expect(links()).toHaveLength(4);
});
