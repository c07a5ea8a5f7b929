import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { schemas } from './data/schemas';
import { validateText } from './data/validate';
import { catalogue, isMessageKey, langs, translate } from './i18n/catalogue';
import { charts as registeredCharts, views as registeredViews } from './views/registry';
import {
  chartIds,
  chartPath,
  charts,
  datasetNames,
  topicIds,
  topics,
  views,
  type DatasetName,
} from './topics';

// What a topic needs besides its line in src/topics.ts. The compiler holds the maps that are
// typed against the list (schemas, view and chart components, topic bundles); these tests hold
// what it cannot see: files on disk, strings in both languages, and the maps' values at run time.

const root = resolve(__dirname, '..');

describe('the topic list', () => {
  it('has topics, views and charts, each id once', () => {
    expect(topicIds.length).toBeGreaterThan(0);
    for (const ids of [topicIds, views.map((v) => v.id), chartIds, views.map((v) => v.path)])
      expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(topicIds)('topic %s', (id) => {
    it('has a view at /<id> in the navigation, with its component', () => {
      const view = registeredViews.find((entry) => entry.id === id);
      expect(view).toMatchObject({ path: `/${id}`, inNav: true, navKey: `nav.${id}` });
      expect(view?.component).toBeDefined();
    });

    it('has a nav label in every language', () => {
      for (const lang of langs) {
        const label = catalogue[lang][`nav.${id}`];
        expect(label, `${lang} nav.${id}`).toBe(topics[id].label[lang]);
        expect(label?.trim()).not.toBe('');
      }
    });

    it('has a message bundle in src/i18n/messages/<id>.ts that registers itself', async () => {
      const file = resolve(root, 'src', 'i18n', 'messages', `${id}.ts`);
      expect(existsSync(file), file).toBe(true);
      const bundleModule = (await import(`./i18n/messages/${id}.ts`)) as Record<
        string,
        { en: Record<string, string>; ko: Record<string, string> } | undefined
      >;
      const bundle = bundleModule[id];
      expect(bundle, `export const ${id}`).toBeDefined();
      const keys = Object.keys(bundle?.en ?? {});
      expect(keys.length).toBeGreaterThan(0);
      expect(Object.keys(bundle?.ko ?? {}).sort()).toEqual([...keys].sort());
      for (const key of keys) expect(isMessageKey(key), key).toBe(true);
    });
  });

  describe.each(datasetNames)('data file of %s', (name: DatasetName) => {
    it('has a schema, and the bundled file in public/data/ passes it', () => {
      expect(schemas[name]).toBeDefined();
      const file = resolve(root, 'public', 'data', topics[name].dataset);
      expect(existsSync(file), file).toBe(true);
      expect(validateText(name, readFileSync(file, 'utf8')).ok).toBe(true);
    });
  });

  it('names a data file for exactly the topics with a schema', () => {
    expect(Object.keys(schemas).sort()).toEqual([...datasetNames].sort());
  });

  it('gives every view its component and every chart its component and view', () => {
    expect(registeredViews.map((v) => v.id)).toEqual(views.map((v) => v.id));
    for (const view of registeredViews) expect(view.component, view.id).toBeDefined();
    expect(registeredCharts.map((c) => c.id)).toEqual([...chartIds]);
    for (const chart of charts) {
      expect(registeredCharts.find((c) => c.id === chart.id)?.component, chart.id).toBeDefined();
      expect(
        views.some((view) => view.id === chart.view),
        chart.id,
      ).toBe(true);
      expect(chartPath(chart.id)).toBe(views.find((view) => view.id === chart.view)?.path);
    }
  });

  it('titles every view with a message in every language', () => {
    for (const view of views)
      for (const lang of langs) expect(translate(lang, view.navKey)).not.toBe(view.navKey);
  });
});
