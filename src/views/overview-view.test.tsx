import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/test-utils';

/** The headline card whose label is `label`. */
const kpi = (region: HTMLElement, label: string) =>
  within(region)
    .getAllByRole('listitem')
    .find((item) => within(item).queryByText(label) !== null);

describe('/ (overview)', () => {
  it('shows headline figures of both topics with as-of dates and links into each', async () => {
    renderRoute('/?lang=en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Two gigawatt-scale bets' }),
    ).toBeInTheDocument();
    const stargate = screen.getByRole('region', { name: 'Stargate: the AI build-out' });
    expect(await within(stargate).findByText('Capacity target')).toBeInTheDocument();
    expect(kpi(stargate, 'Capacity target')).toHaveTextContent('10 GW');
    expect(kpi(stargate, 'Capacity announced')).toHaveTextContent('more than 8 GW');
    expect(within(stargate).getByRole('link', { name: /Explore Stargate/ })).toHaveAttribute(
      'href',
      '/stargate?lang=en',
    );

    const fusion = screen.getByRole('region', { name: 'Fusion: the road to power plants' });
    expect(await within(fusion).findByText('ITER D-T operation')).toBeInTheDocument();
    expect(within(fusion).getByText('2039')).toBeInTheDocument();
    expect(within(fusion).getAllByText(/^as of /).length).toBeGreaterThan(2);
  });

  it('speaks Korean with ?lang=ko, numbers in Korean units', async () => {
    renderRoute('/?lang=ko');
    expect(
      await screen.findByRole('heading', { level: 1, name: '기가와트 규모의 두 가지 승부' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('5,000억 달러')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ko');
  });

  it('keeps the fusion half when the Stargate file is broken', async () => {
    renderRoute('/?lang=en', { 'stargate.json': 404 });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('stargate.json: (root): the server answered HTTP 404');
    expect(await screen.findByText('ITER D-T operation')).toBeInTheDocument();
  });
});
