import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/test-utils';

configure({ asyncUtilTimeout: 20_000 });

/** Every question panel, in page order, once its answer (and chart link) has loaded. */
async function questions() {
  const main = await screen.findByRole('main');
  await within(main).findAllByRole('link', { name: /See it in the chart|차트에서 보기/ });
  return within(main).getAllByRole('region');
}

describe('/faq', { timeout: 60_000 }, () => {
  it('answers the source article’s three questions first, each sourced and linked to its chart', async () => {
    renderRoute('/faq?lang=en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Questions readers ask' }),
    ).toBeInTheDocument();
    const items = await questions();
    expect(items.map((item) => item.id)).toEqual([
      'why-500-billion',
      'oracle-role',
      'softbank-role',
      'why-so-much-power',
      'fusion-gain',
      'stargate-figures-disagree',
    ]);
    const headings = items.map(
      (item) => within(item).getByRole('heading', { level: 2 }).textContent ?? '',
    );
    expect(headings[0]).toMatch(/^Why does Stargate need as much as \$500 billion\?/);
    expect(headings[1]).toMatch(/^What role does Oracle play/);
    expect(headings[2]).toMatch(/^Does SoftBank only provide the money\?/);
    for (const item of items.slice(0, 3)) expect(item).toHaveTextContent('From the source article');

    const chartLinks = await Promise.all(
      items.map(async (item) =>
        (await within(item).findByRole('link', { name: /See it in the chart/ })).getAttribute(
          'href',
        ),
      ),
    );
    expect(chartLinks).toEqual([
      '/stargate?lang=en#stargate-investment',
      '/stargate?lang=en&partner=oracle#stargate-capacity',
      '/stargate?lang=en&partner=softbank#stargate-capacity',
      '/energy?lang=en#energy-gap',
      '/fusion?lang=en#fusion-records',
      '/stargate?lang=en#stargate-growth',
    ]);
    for (const item of items) {
      // Sourced like every figure: publisher links with their grade.
      expect(within(item).getByText(/^Sources:/)).toBeInTheDocument();
      expect(within(item).getAllByRole('link', { name: /./ }).length).toBeGreaterThan(2);
      // A permalink to the question itself.
      expect(within(item).getByRole('link', { name: 'Link to this question' })).toHaveAttribute(
        'href',
        `/faq?lang=en#${item.id}`,
      );
    }
  });

  it('answers with the data’s figures, marking uncertain ones as the charts do', async () => {
    renderRoute('/faq?lang=en');
    const items = await questions();
    const [pledge, oracle, , power, gain] = items;
    expect(pledge).toHaveTextContent('$500B announced on 21 Jan 2025');
    expect(pledge).toHaveTextContent('$100B');
    expect(oracle).toHaveTextContent('more than $300B over five years');
    expect(power).toHaveTextContent('10 nuclear reactors of 1 GW');
    expect(gain).toHaveTextContent('0.67 (JET, 1997, uncertain)');
    expect(gain).toHaveTextContent('4.13 (NIF, 7 Apr 2025, uncertain)');
  });

  it('speaks Korean, with Korean numbers and the article’s questions in its words', async () => {
    renderRoute('/faq?lang=ko');
    expect(
      await screen.findByRole('heading', { level: 1, name: '자주 묻는 질문' }),
    ).toBeInTheDocument();
    const items = await questions();
    expect(within(items[0] as HTMLElement).getByRole('heading', { level: 2 })).toHaveTextContent(
      '스타게이트 프로젝트는 왜 ‘5천억 달러’나 필요할까요?',
    );
    expect(items[0]).toHaveTextContent('5,000억 달러');
    expect(items[3]).toHaveTextContent('미국 약 800만 가구');
    expect(items[4]).toHaveTextContent('불확실');
    expect(screen.getByRole('link', { name: '자주 묻는 질문' })).toHaveAttribute(
      'href',
      '/faq?lang=ko',
    );
  });
});
