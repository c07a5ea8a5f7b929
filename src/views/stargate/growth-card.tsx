import { ChartCard } from '../../charts/chart-card';
import type { TableSpec } from '../../charts/data-table';
import { toggled } from '../../charts/filter-chips';
import { ToggleLegend } from '../../charts/toggle-legend';
import { usePalette } from '../../charts/palette';
import { StepChart } from '../../charts/lazy-charts';
import { UncertainBadge } from '../../charts/uncertain-badge';
import { narrowScreen, useMediaQuery } from '../../charts/use-media-query';
import { sourcesById } from '../../data/sources-derive';
import type { StargateDocument } from '../../data/stargate-schema';
import { useI18n } from '../../i18n/i18n-context';
import { hiddenEntry } from '../export-filters';
import type { ChartProps } from '../registry';
import { datasetCard } from '../shared/dataset-card';
import { cardFrame } from '../shared/card-frame';
import { sourcesColumn } from '../shared/fact-sources';
import { setParam, useCardState, useUrlParam } from '../url-state';
import { growthModel, growthSeriesKeys, type GrowthRow } from './growth-model';
import { dateColumn, MarkKey } from './stargate-parts';
import './stargate.css';
import '../../i18n/messages/stargate';

/** Own parameter name: `hide` belongs to the capacity card and would drop these keys. */
const hideParam = setParam(growthSeriesKeys);

/** Announced capacity over time against the 10 GW target, with the capacity actually running. */
export const GrowthCard = datasetCard('stargate', 380, GrowthCardBody);

function GrowthCardBody({
  doc,
  headingLevel,
  height = 380,
}: ChartProps & { doc: StargateDocument }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const palette = usePalette();
  const narrow = useMediaQuery(narrowScreen);
  const card = useCardState('stargate-growth');
  const [hidden, setHidden] = useUrlParam('growth-hide', hideParam);
  const model = growthModel(doc, i18n, palette, { hidden, narrow, today: new Date() });

  const table: TableSpec<GrowthRow> = {
    rows: model.rows,
    rowKey: (r) => r.id,
    columns: [
      dateColumn(i18n),
      {
        key: 'series',
        label: t('sg.col.series'),
        render: (r) => t(`sg.growth.series.${r.series}`),
      },
      {
        key: 'figure',
        label: t('sg.col.figure'),
        numeric: true,
        sortValue: (r) => r.capacityGw,
        render: (r) => (
          <>
            {r.figure}
            <UncertainBadge shown={r.uncertain} />
          </>
        ),
      },
      { key: 'what', label: t('sg.col.what'), render: (r) => r.what },
      sourcesColumn(t('chart.sources'), sourcesById(doc), (r) => r.sourceIds),
    ],
  };

  const legend = (
    <ToggleLegend
      label={t('sg.growth.legend')}
      items={model.legend}
      hidden={hidden}
      onToggle={(key) => setHidden(toggled(hidden, hideParam.parse(key)[0] ?? 'announced'))}
    />
  );

  const note = (
    <>
      <MarkKey
        marks={{
          triangle: t('sg.key.lowerBound'),
          circle: t('sg.key.approx'),
          dashed: t('sg.key.uncertainClaim'),
        }}
      />
      <p>{t('sg.growth.note')}</p>
    </>
  );

  return (
    <ChartCard
      {...card}
      title={t('sg.growth.title')}
      {...cardFrame(model)}
      asOf={doc.asOf}
      table={table}
      filters={hiddenEntry(
        'growth-hide',
        hidden,
        (items) => t('share.hidden', { items }),
        (k) => t(`sg.growth.series.${k}`),
      )}
      height={height}
      legend={legend}
      note={note}
      headingLevel={headingLevel}
    >
      <StepChart
        series={model.series}
        references={model.references}
        height={height}
        xDomain={[2025, 2030.05]}
        xTicks={[2025, 2026, 2027, 2028, 2029, 2030]}
        formatX={(x) => date(String(Math.round(x)))}
        yDomain={[0, 12]}
        formatY={(y) => i18n.gw(y)}
      />
    </ChartCard>
  );
}
