import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/test-utils';

const stargateText = readFileSync(resolve(__dirname, '../../public/data/stargate.json'), 'utf8');

describe('the data alert', () => {
  it(
    'names the path, the value, the range and why, with the hint check-data prints',
    { timeout: 30_000 },
    async () => {
      const doc = JSON.parse(stargateText) as { sites: { capacityGw: unknown }[] };
      const site = doc.sites[3];
      if (!site) throw new Error('need four sites');
      site.capacityGw = '__huge__';
      renderRoute('/stargate?lang=en', {
        'stargate.json': JSON.stringify(doc).replace('"__huge__"', '1e308'),
      });
      const [alert] = await screen.findAllByRole('alert', undefined, { timeout: 15_000 });
      if (!alert) throw new Error('no alert');
      expect(alert).toHaveTextContent(
        'stargate.json: sites[3].capacityGw: 1e308 is outside 0–100 GW; one site; the largest campus in the sources is 10 GW (Piketon, Ohio)',
      );
      expect(alert).toHaveTextContent(
        /For whoever maintains the file: check the unit \(GW, not MW; billions, not millions\)/,
      );
      expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    },
  );
});
