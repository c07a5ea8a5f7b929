import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/test-utils';

function whatIfRegion() {
  // The view is a lazy chunk behind two data files: give a loaded CI machine time.
  return screen.findByRole(
    'region',
    { name: /what if fusion had to power it/i },
    { timeout: 15000 },
  );
}

describe('/energy', () => {
  it('renders the view with the energy-gap chart, the calculator and the slip chart', async () => {
    renderRoute('/energy');
    expect(
      await screen.findByRole('heading', { level: 1, name: /power demand/i }, { timeout: 15000 }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', {
        name: /AI data-centre capacity against what fusion could deliver/i,
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: /how far do roadmap dates slip/i }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: /AI data-centre capacity against what fusion/i }),
    ).toBeInTheDocument();
    // Scenario assumptions are stated on the chart, each with its sources' publishers.
    expect(await screen.findByText(/Helion’s ≥ 50 MW for Microsoft by 2028/)).toBeInTheDocument();
    expect(screen.getByText(/Bridging supply today/)).toBeInTheDocument();
  });

  it('computes the default scenario from sourced defaults: 10 GW × 1.3, DEMO-class 500 MW at 60 %', async () => {
    renderRoute('/energy');
    const card = within(await whatIfRegion());
    expect(card.getByTestId('plants-needed')).toHaveTextContent('44');
    expect(card.getByTestId('annual-twh')).toHaveTextContent('113.9 TWh');
    expect(card.getByTestId('reactors')).toHaveTextContent('9.1–13 reactors');
    expect(card.getByTestId('households')).toHaveTextContent('10.6 million households');
    // Every default shows where it comes from.
    expect(
      card.getAllByRole('link', { name: /Korea Institute of Fusion Energy/ }).length,
    ).toBeGreaterThan(0);
    expect(card.getAllByRole('link', { name: /Epoch AI/ }).length).toBeGreaterThan(0);
  });

  it('updates the outputs and the URL when an input changes', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute('/energy');
    const card = within(await whatIfRegion());
    await user.selectOptions(card.getByLabelText('Plant type'), 'fission');
    await waitFor(() => expect(location().search).toContain('plant=fission'));
    // 13 GW / (1 GW × 92.8 %) = 14.0 → 15 reactors' worth of plants.
    expect(card.getByTestId('plants-needed')).toHaveTextContent('15');
    const ratio = card.getByLabelText(/Facility power per unit of IT load/);
    await user.clear(ratio);
    await user.type(ratio, '1');
    await waitFor(() => expect(location().search).toContain('it=1'));
    // 10 GW / 0.928 GW = 10.8 → 11.
    expect(card.getByTestId('plants-needed')).toHaveTextContent('11');
    expect(card.getByTestId('annual-twh')).toHaveTextContent('87.6 TWh');
  });

  it('reproduces a pasted scenario link', async () => {
    renderRoute('/energy?plant=gas-turbine&ai=5&it=1&cf=90');
    const card = within(await whatIfRegion());
    expect(card.getByLabelText('Plant type')).toHaveValue('gas-turbine');
    expect(card.getByLabelText(/AI capacity/)).toHaveValue('5');
    expect(card.getByLabelText(/Unit size/)).toHaveValue('36.05');
    // 5,000 MW / (36.05 MW × 0.9) = 154.1 → 155 turbines; 43.8 TWh.
    expect(card.getByTestId('plants-needed')).toHaveTextContent('155');
    expect(card.getByTestId('annual-twh')).toHaveTextContent('43.8 TWh');
  });

  it('shows a clear message, not NaN or Infinity, for zero and unreadable inputs', async () => {
    const { container } = renderRoute('/energy?ai=0&cf=abc');
    const card = within(await whatIfRegion());
    const alert = card.getByRole('alert');
    expect(alert).toHaveTextContent(/AI capacity \(GW\) must be above 0/);
    expect(alert).toHaveTextContent(/Capacity factor \(%\): enter a number/);
    expect(card.queryByTestId('plants-needed')).toBeNull();
    expect(card.getByLabelText(/AI capacity/)).toHaveAttribute('aria-invalid', 'true');
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('keeps hidden series and the scale in the URL', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute('/energy');
    const legend = await screen.findByRole(
      'list',
      { name: /series \(press to show or hide\)/i },
      { timeout: 15000 },
    );
    await user.click(within(legend).getByRole('button', { name: /International Stargates/ }));
    await waitFor(() => expect(location().search).toContain('gap-hide=intl'));
    await user.click(screen.getByRole('button', { name: 'Logarithmic' }));
    await waitFor(() => expect(location().search).toContain('gap-scale=log'));
  });

  it('speaks Korean', async () => {
    renderRoute('/energy?lang=ko');
    expect(
      await screen.findByRole('heading', { level: 1, name: /AI 전력 수요/ }, { timeout: 15000 }),
    ).toBeInTheDocument();
    const card = within(await screen.findByRole('region', { name: /핵융합으로 이 전력을 댄다면/ }));
    expect(card.getByTestId('plants-needed')).toHaveTextContent('44기');
  });
});

describe('/energy with a broken stargate.json', () => {
  it('shows the file’s alert once, in the reader’s language, with the line and column', async () => {
    // Three cards read stargate.json; one broken file is one alert, and the others point to it.
    renderRoute('/energy?lang=ko', {
      'stargate.json': '{\n  "schemaVersion": 1,\n  "asOf" "2026"\n}',
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 15000 });
    expect(alert).toHaveTextContent('데이터를 불러올 수 없습니다');
    expect(alert).toHaveTextContent(
      'stargate.json: (root): 올바른 JSON이 아닙니다(잘렸거나 형식이 틀림). 3번째 줄 10번째 글자 부근',
    );
    expect(alert).not.toHaveTextContent('not valid JSON');
    expect(
      (
        await screen.findAllByText(
          'stargate.json 파일을 불러오지 못했습니다. 위의 알림을 확인하세요.',
        )
      ).length,
    ).toBeGreaterThan(0);
    // The fusion half keeps working, and the alert is still the only one.
    expect(
      await screen.findByRole('heading', { name: /로드맵 일정은 얼마나 밀리나/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });
});
