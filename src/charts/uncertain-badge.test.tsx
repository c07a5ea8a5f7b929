import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n-context';
import { UncertainBadge } from './uncertain-badge';

it('says "Uncertain" after a word, and explains itself on request', () => {
  const { container } = render(
    <p>
      Planned
      <UncertainBadge note />
    </p>,
  );
  expect(container).toHaveTextContent('Planned Uncertain');
  expect(screen.getByText('Uncertain')).toHaveAttribute(
    'title',
    'Uncertain: reported only by secondary sources, or flagged as unverified.',
  );
});

it('renders nothing when not shown', () => {
  const { container } = render(
    <p>
      Planned
      <UncertainBadge shown={false} />
    </p>,
  );
  expect(container).toHaveTextContent(/^Planned$/);
});

it('speaks Korean', () => {
  render(
    <I18nProvider lang="ko">
      <UncertainBadge />
    </I18nProvider>,
  );
  expect(screen.getByText('불확실')).not.toHaveAttribute('title');
});
