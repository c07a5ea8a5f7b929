import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-context';
import { ShowMoreList } from './show-more-list';

const items = Array.from({ length: 9 }, (_, i) => <li key={i}>Item {i + 1}</li>);

it('shows the first few items and expands in place to all of them', async () => {
  render(
    <I18nProvider lang="en">
      <ShowMoreList as="ol" className="list" initial={4} items={items} />
    </I18nProvider>,
  );
  const list = screen.getByRole('list');
  expect(within(list).getAllByRole('listitem')).toHaveLength(4);
  const more = screen.getByRole('button', { name: 'Show all 9' });
  expect(more).toHaveAttribute('aria-expanded', 'false');
  await userEvent.click(more);
  expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(9);
  expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});

it('shows a list only one longer than the fold whole, with no button', () => {
  render(
    <I18nProvider lang="en">
      <ShowMoreList as="ol" className="list" initial={8} items={items} />
    </I18nProvider>,
  );
  expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(9);
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
});

it('lists every item when the page is printed', () => {
  render(
    <I18nProvider lang="en">
      <ShowMoreList as="ol" className="list" initial={4} items={items} />
    </I18nProvider>,
  );
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
  expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(9);
});
