import type { CardSource } from '../../charts/chart-card';
import type { ExportSpec } from '../../charts/chart-export';

/** What a card's model derives for the frame around its chart: ChartCard's props of these names. */
export type CardFrame<Row> = {
  takeaway: string;
  sources: CardSource[];
  uncertain: boolean;
  download: ExportSpec<Row>;
  summary: string;
};

/** The frame's part of a card's model, to spread into ChartCard beside the card's own props. */
export function cardFrame<Row>(model: CardFrame<Row>): CardFrame<Row> {
  const { takeaway, sources, uncertain, download, summary } = model;
  return { takeaway, sources, uncertain, download, summary };
}
