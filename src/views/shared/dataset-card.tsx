import type { ComponentType } from 'react';
import type { Dataset, DatasetName } from '../../data/load';
import { DatasetGate } from '../dataset-gate';
import type { ChartProps } from '../registry';

/** What a card drawn from one data file receives: the host's props and the parsed file. */
export type DatasetCardProps<N extends DatasetName> = ChartProps & { doc: Dataset<N> };

/**
 * A registered chart drawn from one data file: while the file loads, a placeholder as tall as
 * the plot the host asks for (else `minHeight`), the file's alert if it is unusable, and the
 * card once it has parsed. `{ fixed }` keeps the placeholder at one height for a card that
 * draws every row whatever height it is given.
 */
export function datasetCard<N extends DatasetName>(
  name: N,
  minHeight: number | { fixed: number },
  Card: ComponentType<DatasetCardProps<N>>,
): ComponentType<ChartProps> {
  return function DatasetCard({ headingLevel, height }: ChartProps) {
    const placeholder = typeof minHeight === 'number' ? (height ?? minHeight) : minHeight.fixed;
    return (
      <DatasetGate name={name} minHeight={placeholder}>
        {(doc) => <Card doc={doc} headingLevel={headingLevel} height={height} />}
      </DatasetGate>
    );
  };
}
