import { useMemo } from 'react';
import { ChartCard } from '../../charts/chart-card';
import type { TableSpec } from '../../charts/data-table';
import { toggled } from '../../charts/filter-chips';
import { GapChart } from '../../charts/lazy-charts';
import { usePalette } from '../../charts/palette';
import { ToggleLegend } from '../../charts/toggle-legend';
import { UncertainBadge } from '../../charts/uncertain-badge';
import { narrowScreen, useMediaQuery } from '../../charts/use-media-query';
import { yearOf } from '../../data/energy-derive';
import type { FusionDocument } from '../../data/fusion-schema';
import { sourcesById } from '../../data/sources-derive';
import type { StargateDocument } from '../../data/stargate-schema';
import { plainNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import type { ChartProps } from '../registry';
import { hiddenEntry } from '../export-filters';
import { cardSources } from '../shared/card-sources';
import { FactSources } from '../shared/fact-sources';
import { enumParam, setParam, useUrlParam, useCardState } from '../url-state';
import { formatYear } from './energy-format';
import {
  gapDownload,
  gapEndYear,
  gapSeriesKeys,
  gapView,
  scenarioColor,
  type GapRow,
} from './gap-model';
import './energy.css';
import '../../i18n/messages/energy';

const chartId = 'energy-gap';
const hideParam = setParam(gapSeriesKeys);
const scaleParam = enumParam(['linear', 'log'] as const, 'linear');

/** AI data-centre capacity over time against what fusion could deliver under the roadmap's scenarios. */
export function EnergyGapCard({ headingLevel, height }: ChartProps) {
  return (
    <DatasetGate name="stargate" minHeight={height ?? 440}>
      {(stargate) => (
        <DatasetGate name="fusion" minHeight={height ?? 440}>
          {(fusion) => (
            <GapCardBody
              stargate={stargate}
              fusion={fusion}
              headingLevel={headingLevel}
              height={height}
            />
          )}
        </DatasetGate>
      )}
    </DatasetGate>
  );
}

function GapCardBody({
  stargate,
  fusion,
  headingLevel,
  height,
}: ChartProps & { stargate: StargateDocument; fusion: FusionDocument }) {
  const i18n = useI18n();
  const { t, pick, gw, date, lang } = i18n;
  const palette = usePalette();
  const compact = useMediaQuery(narrowScreen);
  const cardState = useCardState(chartId);
  const [hidden, setHidden] = useUrlParam('gap-hide', hideParam);
  const [scale, setScale] = useUrlParam('gap-scale', scaleParam);
  const stargateSources = useMemo(() => sourcesById(stargate), [stargate]);
  const fusionSources = useMemo(() => sourcesById(fusion), [fusion]);
  const view = gapView(stargate, fusion, { hidden, scale }, { compact, height }, palette, i18n);
  const { lines, markers, zoom, mainHeight, yMax } = view;
  const target = view.demand.target;
  const colorOf = (id: string) => scenarioColor(view.colors, id, palette.text);

  const table: TableSpec<GapRow> = {
    rowKey: (r) => r.key,
    rows: view.rows,
    columns: [
      { key: 'series', label: t('energy.col.series'), render: (r) => r.series },
      {
        key: 'date',
        label: t('energy.col.date'),
        sortValue: (r) => r.isoDate ?? r.yearLow,
        render: (r) => r.date,
      },
      {
        key: 'value',
        label: t('energy.col.value'),
        numeric: true,
        sortValue: (r) => r.gwHigh,
        render: (r) => (
          <>
            {r.value}
            <UncertainBadge shown={r.uncertain} />
          </>
        ),
      },
      { key: 'note', label: t('energy.col.note'), render: (r) => r.note },
      {
        key: 'sources',
        label: t('energy.col.sources'),
        value: (r) => r.sourceIds.join(' '),
        render: (r) => (
          <FactSources
            ids={r.sourceIds}
            sources={r.source === 'stargate' ? stargateSources : fusionSources}
          />
        ),
      },
    ],
  };

  const legend = (
    <ToggleLegend
      label={t('energy.gap.legend')}
      items={view.legendItems}
      hidden={hidden}
      onToggle={(key) => {
        const k = gapSeriesKeys.find((s) => s === key);
        if (k) setHidden(toggled(hidden, k));
      }}
    />
  );

  const controls = (
    <div className="segmented" role="group" aria-label={t('energy.gap.scale')}>
      {(['linear', 'log'] as const).map((value) => (
        <button
          key={value}
          type="button"
          aria-pressed={scale === value}
          onClick={() => setScale(value)}
        >
          {t(`energy.gap.scale.${value}`)}
        </button>
      ))}
    </div>
  );

  const note = (
    <>
      <p className="energy-note__title">{t('energy.gap.assumptions')}</p>
      <ul className="energy-assumptions">
        {(fusion.energy?.scenarios ?? []).map((s) => (
          <li key={s.id}>
            <span
              className="energy-swatch"
              style={{ borderColor: colorOf(s.id) }}
              aria-hidden="true"
            />
            <strong>{pick(s.name)}.</strong> {pick(s.assumption)}
          </li>
        ))}
      </ul>
      <p>{t('energy.gap.drawnAt')}</p>
      <p>{t('energy.gap.demandNote')}</p>
      <p className="energy-note__title">{t('energy.gap.bridgeTitle')}</p>
      <ul className="energy-bridge">
        {view.bridge.map((b) => (
          <li key={b.id}>
            <strong>{gw(b.gw)}</strong> — {pick(b.title)}
            {b.year === null && <> ({t('energy.gap.undated')})</>}
            <UncertainBadge shown={b.uncertain} />{' '}
            <FactSources ids={b.sourceIds} sources={stargateSources} />
          </li>
        ))}
      </ul>
    </>
  );

  const formatX = (x: number) => formatYear(x, lang);
  return (
    <ChartCard
      {...cardState}
      title={t('energy.gap.title')}
      takeaway={view.takeaway}
      sources={[
        ...cardSources(stargateSources, view.stargateSourceIds),
        ...cardSources(fusionSources, view.fusionSourceIds),
      ]}
      asOf={stargate.asOf > fusion.asOf ? stargate.asOf : fusion.asOf}
      uncertain={view.rows.some((r) => r.uncertain)}
      table={table}
      download={gapDownload(view.rows, hidden)}
      filters={hiddenEntry(
        'gap-hide',
        hidden,
        (items) => t('share.hidden', { items }),
        (key) => view.legendItems.find((item) => item.key === key)?.label ?? key,
      )}
      summary={view.summary}
      height={view.plotHeight}
      controls={controls}
      legend={legend}
      note={note}
      headingLevel={headingLevel}
    >
      {lines.length === 0 && markers.length === 0 ? (
        <p className="chart-card__empty">{t('energy.gap.allHidden')}</p>
      ) : (
        <>
          <div style={{ height: mainHeight }}>
            <GapChart
              lines={lines}
              markers={markers}
              bands={view.bands}
              target={
                target
                  ? {
                      y: target.gw,
                      label: t('energy.gap.target', {
                        value: gw(target.gw),
                        year: target.byYear === null ? '–' : plainNumber(target.byYear),
                      }),
                    }
                  : null
              }
              today={{
                x: yearOf(stargate.asOf),
                label: t('energy.gap.today', { date: date(stargate.asOf) }),
              }}
              // Starts a little before 2025 so a January 2025 marker is not cut in half by the axis.
              xDomain={[2024.8, gapEndYear]}
              xTicks={compact ? [2025, 2035, 2045] : [2025, 2030, 2035, 2040, 2045, 2050]}
              scale={scale}
              yMax={yMax}
              height={mainHeight}
              formatX={formatX}
              formatY={(y) => gw(y)}
              compact={compact}
            />
          </div>
          {zoom.shown && (
            <div className="energy-zoom" style={{ height: zoom.height }}>
              <p className="energy-zoom__title">
                {t('energy.gap.zoom', { value: gw(zoom.max), top: gw(yMax) })}
              </p>
              <div className="energy-zoom__panels">
                {view.shownScenarios.map((s) => {
                  const last = s.points.at(-1);
                  const color = colorOf(s.id);
                  return (
                    <div key={s.id} className="energy-zoom__panel">
                      <p className="energy-zoom__name" style={{ borderColor: color }}>
                        {pick(s.name)}
                      </p>
                      <div style={{ height: zoom.panelHeight }}>
                        <GapChart
                          lines={[
                            {
                              key: s.id,
                              label: pick(s.name),
                              color,
                              points: s.points.map((p) => ({ x: p.year, y: p.gw })),
                              dashed: true,
                              width: 2.5,
                              endLabel: last
                                ? t('energy.gap.zoomEnd', {
                                    value: gw(last.gw),
                                    year: formatYear(s.steps.at(-1)?.year ?? gapEndYear, lang),
                                  })
                                : undefined,
                              endLabelOnPhone: true,
                              endLabelAnchor: 'end',
                            },
                          ]}
                          markers={[]}
                          bands={[]}
                          target={null}
                          today={null}
                          xDomain={[2024.8, gapEndYear]}
                          xTicks={[2030, 2040, 2050]}
                          scale="linear"
                          yMax={zoom.max}
                          height={zoom.panelHeight}
                          formatX={formatX}
                          formatY={(y) => gw(y)}
                          compact
                        />
                      </div>
                    </div>
                  );
                })}
              </div>
            </div>
          )}
        </>
      )}
    </ChartCard>
  );
}
