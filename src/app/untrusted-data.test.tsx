import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen } from '@testing-library/react';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/test-utils';

/*
 * Nothing in a data file is ever markup or code. Administrators paste text from web pages and
 * from other people's spreadsheets; a title that happens to contain `<img onerror>` must show
 * as those characters, not as an element that runs.
 */

const MARKUP = '<img src=x onerror="window.__gigawattPwned=1">';
const SCRIPT = '<script>window.__gigawattPwned=1</script>';

type Doc = {
  sites: { id: string; name: { en: string; ko: string }; location: { en: string; ko: string } }[];
  sources: { publisher: string; title: string }[];
};

/** The bundled Stargate file with markup in a site name, a location, and a source's publisher and title. */
function withMarkup(): { text: string; siteId: string } {
  const doc = JSON.parse(
    readFileSync(resolve(__dirname, '../../public/data/stargate.json'), 'utf8'),
  ) as Doc;
  const [site] = doc.sites;
  if (!site) throw new Error('no site');
  site.name.en = MARKUP;
  site.location.en = SCRIPT;
  for (const source of doc.sources) {
    source.publisher = MARKUP;
    source.title = SCRIPT;
  }
  return { text: JSON.stringify(doc), siteId: site.id };
}

function expectNothingRan(container: HTMLElement) {
  // The absence of an element is the point here, which no role query can express.
  // eslint-disable-next-line testing-library/no-node-access
  expect(container.querySelector('img[src="x"], script')).toBeNull();
  expect(Reflect.get(window, '__gigawattPwned')).toBeUndefined();
}

describe('text from data containing markup', () => {
  it('renders as text on a site page', { timeout: 30_000 }, async () => {
    const { text, siteId } = withMarkup();
    const { container } = renderRoute(`/stargate/sites/${siteId}?lang=en`, {
      'stargate.json': text,
    });
    // Views are lazy chunks behind their data; a loaded CI machine needs more than the 1 s default.
    const headings = await screen.findAllByRole(
      'heading',
      { level: 1, name: (name) => name.startsWith(MARKUP) },
      { timeout: 15_000 },
    );
    expect(headings.length).toBeGreaterThan(0);
    expect(screen.getAllByText(SCRIPT, { exact: false }).length).toBeGreaterThan(0);
    expectNothingRan(container);
  });

  it('renders as text in the list of sources', { timeout: 30_000 }, async () => {
    const { text } = withMarkup();
    const { container } = renderRoute('/sources?lang=en&topic=stargate', { 'stargate.json': text });
    await screen.findByRole('table', undefined, { timeout: 15_000 });
    expect(screen.getAllByText(MARKUP, { exact: false }).length).toBeGreaterThan(0);
    expectNothingRan(container);
  });

  it(
    'renders as text inside the data alert, when a broken file quotes it back',
    { timeout: 30_000 },
    async () => {
      const { text } = withMarkup();
      const doc = JSON.parse(text) as Doc & { sites: { sourceIds: string[] }[] };
      const [site] = doc.sites;
      if (!site) throw new Error('no site');
      site.sourceIds = [MARKUP];
      const { container } = renderRoute('/stargate?lang=en', {
        'stargate.json': JSON.stringify(doc),
      });
      // Every card on the page gates on the file, so each shows the same alert.
      const [alert] = await screen.findAllByRole('alert', undefined, { timeout: 15_000 });
      expect(alert).toHaveTextContent(
        `stargate.json: sites[0].sourceIds[0]: unknown source id "${MARKUP}"`,
      );
      expectNothingRan(container);
    },
  );
});

describe('the lint rules that keep data from running', () => {
  it('fail on dangerouslySetInnerHTML, innerHTML, insertAdjacentHTML and new Function, not on text', async () => {
    // One lintText call: starting ESLint (typescript-eslint and the plugins) is most of the cost.
    const code = [
      'export const A = ({ t }: { t: string }) => <p dangerouslySetInnerHTML={{ __html: t }} />;',
      'export function b(e: HTMLElement, t: string) { e.innerHTML = t; }',
      "export function c(e: HTMLElement, t: string) { e.insertAdjacentHTML('beforeend', t); }",
      'export const d = (t: string) => new Function(t);',
      'export const E = ({ t }: { t: string }) => <p title={t}>{t}</p>;',
      '',
    ].join('\n');
    const eslint = new ESLint({ cwd: resolve(__dirname, '../..') });
    const [result] = await eslint.lintText(code, { filePath: 'src/views/example-view.tsx' });
    const lines = (result?.messages ?? [])
      .filter((m) => m.ruleId === 'no-restricted-syntax' || m.ruleId === 'no-new-func')
      .map((m) => m.line);
    expect(lines).toEqual([1, 2, 3, 4]);
  }, 60_000);
});
