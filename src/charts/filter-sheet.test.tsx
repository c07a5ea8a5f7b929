import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { FilterSheet } from './filter-sheet';

function mockNarrow(narrow: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: narrow,
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList,
  );
}

afterEach(() => vi.restoreAllMocks());

it('is open on a wide screen', () => {
  mockNarrow(false);
  render(
    <FilterSheet activeCount={0}>
      <button type="button">Oracle</button>
    </FilterSheet>,
  );
  expect(screen.getByRole('group')).toHaveAttribute('open');
  expect(screen.getByRole('button', { name: 'Oracle' })).toBeVisible();
});

it('folds on a phone until tapped, and names how many filters are on', async () => {
  mockNarrow(true);
  const user = userEvent.setup();
  const { rerender } = render(
    <FilterSheet activeCount={0}>
      <button type="button">Oracle</button>
    </FilterSheet>,
  );
  expect(screen.getByRole('group')).not.toHaveAttribute('open');
  await user.click(screen.getByText('Filters'));
  expect(screen.getByRole('group')).toHaveAttribute('open');
  rerender(
    <FilterSheet activeCount={2}>
      <button type="button">Oracle</button>
    </FilterSheet>,
  );
  expect(screen.getByText('Filters (2 on)')).toBeInTheDocument();
});

it('opens on a phone when a link arrives with filters on', () => {
  mockNarrow(true);
  render(
    <FilterSheet activeCount={1}>
      <button type="button">Oracle</button>
    </FilterSheet>,
  );
  expect(screen.getByRole('group')).toHaveAttribute('open');
});
