import { ChartCard } from '../../charts/chart-card';
import type { TableSpec } from '../../charts/data-table';
import { usePalette } from '../../charts/palette';
import { aboveBarRowHeight } from '../../charts/category-label';
import { RangeBarChart } from '../../charts/lazy-charts';
import { UncertainBadge } from '../../charts/uncertain-badge';
import { narrowScreen, useMediaQuery } from '../../charts/use-media-query';
import { sourcesById } from '../../data/sources-derive';
import type { StargateDocument } from '../../data/stargate-schema';
import { useI18n } from '../../i18n/i18n-context';
import type { ChartProps } from '../registry';
import { datasetCard } from '../shared/dataset-card';
import { cardFrame } from '../shared/card-frame';
import { sourcesColumn } from '../shared/fact-sources';
import { useCardState, useUrlParam } from '../url-state';
import { groupParam, groups, investmentModel, type InvestmentItem } from './investment-model';
import { dateColumn, MarkKey } from './stargate-parts';
import './stargate.css';
import '../../i18n/messages/stargate';

/** The money: pledges, the equity split, site financings and cost-per-GW yardsticks, one group at a time. */
export const InvestmentCard = datasetCard('stargate', 380, InvestmentCardBody);

function InvestmentCardBody({ doc, headingLevel, height }: ChartProps & { doc: StargateDocument }) {
  const i18n = useI18n();
  const { t, usdBn, number } = i18n;
  const palette = usePalette();
  const narrow = useMediaQuery(narrowScreen);
  const card = useCardState('stargate-investment');
  const [group, setGroup] = useUrlParam('invest', groupParam);
  const model = investmentModel(doc, i18n, palette, group);

  const table: TableSpec<InvestmentItem> = {
    rows: model.items,
    rowKey: (r) => r.id,
    columns: [
      { key: 'label', label: t('sg.col.item'), render: (r) => r.label },
      {
        key: 'what',
        label: t('sg.col.what'),
        render: (r) => (r.detail === r.label ? r.sublabel : r.detail),
      },
      {
        key: 'amount',
        label: t('sg.col.amount'),
        numeric: true,
        sortValue: (r) => r.high,
        render: (r) => (
          <>
            {model.figure(r)}
            <UncertainBadge shown={r.uncertain} />
            {r.outlier && (
              <>
                {' '}
                <span className="badge">{t('sg.invest.outlier')}</span>
              </>
            )}
          </>
        ),
      },
      dateColumn(i18n),
      { key: 'note', label: t('sg.col.note'), render: (r) => r.note ?? '' },
      sourcesColumn(t('chart.sources'), sourcesById(doc), (r) => r.sourceIds),
    ],
  };

  const controls = (
    <div className="segmented sg-groups" role="group" aria-label={t('sg.invest.groupLabel')}>
      {groups.map((g) => (
        <button key={g} type="button" aria-pressed={group === g} onClick={() => setGroup(g)}>
          {t(`sg.invest.group.${g}`)}
        </button>
      ))}
    </div>
  );

  const note = (
    <>
      <MarkKey marks={{ range: t('sg.key.range'), outline: t('sg.key.notComparable') }} />
      <p>
        <strong>{t('sg.invest.noSum')}</strong> {model.groupNote}
      </p>
    </>
  );

  // Beside the bars a label may take two lines and its sublabel a third.
  const plotHeight =
    height ?? Math.max(220, model.data.length * (narrow ? aboveBarRowHeight : 46) + 40);

  return (
    <ChartCard
      {...card}
      title={t('sg.invest.title')}
      {...cardFrame(model)}
      asOf={doc.asOf}
      table={table}
      filters={model.filters}
      height={plotHeight}
      controls={controls}
      note={note}
      headingLevel={headingLevel}
    >
      <RangeBarChart
        data={model.data}
        height={plotHeight}
        categoryWidth={300}
        labelsAbove={narrow}
        valueLabelWidth={narrow ? 92 : 170}
        formatTick={(v) => (v === 0 ? '0' : group === 'cost' ? number(v) : usdBn(v))}
      />
    </ChartCard>
  );
}
