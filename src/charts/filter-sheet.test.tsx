import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { FilterSheet } from './filter-sheet';

// The screen's width is the stylesheet's (wide screens show the content of a closed sheet and
// hide its toggle); the browser tests check both widths. Here: the same markup on any screen.

it('is closed until tapped, and names how many filters are on', async () => {
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

it('opens when a link arrives with filters on', () => {
  render(
    <FilterSheet activeCount={1}>
      <button type="button">Oracle</button>
    </FilterSheet>,
  );
  expect(screen.getByRole('group')).toHaveAttribute('open');
});
