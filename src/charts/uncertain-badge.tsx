import { useI18n } from '../i18n/i18n-context';

/**
 * The "Uncertain" mark: a figure reported only by grade-C sources or flagged unverified. It
 * carries a leading space, so it can follow a word in running text or a table cell.
 */
export function UncertainBadge({
  shown = true,
  note = false,
}: {
  /** Render nothing when false, so callers can pass the flag straight through. */
  shown?: boolean;
  /** Explain the mark on hover (for places with no uncertainty note nearby). */
  note?: boolean;
}) {
  const { t } = useI18n();
  if (!shown) return null;
  return (
    <>
      {' '}
      <span className="badge badge--uncertain" title={note ? t('chart.uncertain.note') : undefined}>
        {t('chart.uncertain')}
      </span>
    </>
  );
}
