import { useI18n } from '../i18n/i18n-context';
import '../i18n/messages/present';
import type { DeckError } from './present-deck';

/**
 * The alert for a named deck that could not be used (the default deck shows instead), the same
 * in the presenter, the speaker view and the handout.
 */
export function DeckAlert({ error, className }: { error: DeckError; className?: string }) {
  const { t } = useI18n();
  return (
    <div role="alert" className={className ? `data-alert ${className}` : 'data-alert'}>
      <p className="data-alert__title">{t('present.deckError', { deck: error.deck })}</p>
      {/* Text only: nothing from a deck file is ever interpreted as markup. */}
      <p className="data-alert__message">
        <code>{error.message}</code>
      </p>
    </div>
  );
}
