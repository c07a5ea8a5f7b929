import { useMemo } from 'react';
import { ChartCard } from '../../charts/chart-card';
import type { TableSpec } from '../../charts/data-table';
import { usePalette } from '../../charts/palette';
import { SlipChart } from '../../charts/lazy-charts';
import { ToggleLegend } from '../../charts/toggle-legend';
import { UncertainBadge } from '../../charts/uncertain-badge';
import { narrowScreen, useMediaQuery } from '../../charts/use-media-query';
import type { FusionDocument } from '../../data/fusion-schema';
import { sourcesById } from '../../data/sources-derive';
import { plainNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import type { ChartProps } from '../registry';
import { datasetCard } from '../shared/dataset-card';
import { cardSources } from '../shared/card-sources';
import { sourcesColumn } from '../shared/fact-sources';
import { useCardState } from '../url-state';
import { formatYear } from './energy-format';
import { milestoneKeys, slipDownload, slipView, type SlipRow } from './slip-model';
import '../../i18n/messages/energy';

const chartId = 'energy-slip';

/** ITER's promised dates against the year each promise was made, with the y = x diagonal. */
export const SlipCard = datasetCard('fusion', 420, SlipBody);

function SlipBody({ doc, headingLevel, height }: ChartProps & { doc: FusionDocument }) {
  const i18n = useI18n();
  const { t, pick, lang } = i18n;
  const palette = usePalette();
  const compact = useMediaQuery(narrowScreen);
  const cardState = useCardState(chartId);
  const plotHeight = height ?? (compact ? 320 : 380);
  const sources = useMemo(() => sourcesById(doc), [doc]);
  const colors = [0, 5, 2].map((i) => palette.series[i] ?? palette.text);
  const view = slipView(doc, colors, i18n);
  const { rows } = view;
  const year = (y: number) => formatYear(y, lang);

  const table: TableSpec<SlipRow> = {
    rowKey: (r) => r.key,
    rows,
    columns: [
      {
        key: 'milestone',
        label: t('energy.col.milestone'),
        render: (r) => t(milestoneKeys[r.milestone]),
      },
      { key: 'plan', label: t('energy.col.plan'), render: (r) => pick(r.plan) },
      {
        key: 'stated',
        label: t('energy.col.stated'),
        numeric: true,
        value: (r) => r.statedYear,
        render: (r) => year(r.statedYear),
      },
      {
        key: 'forecast',
        label: t('energy.col.forecast'),
        numeric: true,
        sortValue: (r) => r.forecastYear,
        render: (r) => (
          <>
            {r.label ? pick(r.label) : year(r.forecastYear)}
            <UncertainBadge shown={r.uncertain} />
          </>
        ),
      },
      sourcesColumn(t('energy.col.sources'), sources, (r) => r.sourceIds),
    ],
  };

  return (
    <ChartCard
      {...cardState}
      title={t('energy.slip.title')}
      takeaway={t('energy.slip.takeaway')}
      sources={cardSources(
        sources,
        rows.flatMap((r) => r.sourceIds),
      )}
      asOf={doc.asOf}
      uncertain={rows.some((r) => r.uncertain)}
      table={table}
      download={slipDownload(rows, pick)}
      summary={view.summary}
      height={plotHeight}
      headingLevel={headingLevel}
      legend={
        <ToggleLegend
          label={t('energy.slip.legend')}
          items={[
            ...view.lines.map((l) => ({ key: l.key, label: l.label, color: l.color })),
            {
              key: 'diagonal',
              label: t('energy.slip.diagonal'),
              color: palette.muted,
              dashed: true,
            },
          ]}
          hidden={[]}
        />
      }
      note={
        <>
          <p className="energy-axes">
            ↔ {t('energy.slip.x')} · ↕ {t('energy.slip.y')}
          </p>
          {view.rates.map((r) => (
            <p key={r}>{r}</p>
          ))}
        </>
      }
    >
      <SlipChart
        lines={view.lines}
        xDomain={view.xDomain}
        yDomain={view.yDomain}
        height={plotHeight}
        formatYear={(y) => plainNumber(Math.round(y))}
        compact={compact}
      />
    </ChartCard>
  );
}
