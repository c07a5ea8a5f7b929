import { useI18n } from '../i18n/i18n-context';
import '../i18n/messages/present';
import { PresentDialog } from './present-dialog';

/** The `?` overlay: every key the presenter answers to. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const rows: [string, string][] = [
    [t('present.help.nextKeys'), t('present.next')],
    [t('present.help.prevKeys'), t('present.prev')],
    ['Home', t('present.help.first')],
    ['End', t('present.help.last')],
    ['F', t('present.help.fullscreen')],
    ['B, .', t('present.help.blackout')],
    ['O', t('present.help.overview')],
    ['?', t('present.help.overlay')],
    ['Esc', t('present.help.escape')],
  ];
  return (
    <PresentDialog labelledBy="present-help-title">
      <div className="present__help">
        <h2 id="present-help-title">{t('present.help')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('present.help.key')}</th>
              <th scope="col">{t('present.help.action')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([keys, action]) => (
              <tr key={keys}>
                <td>
                  <kbd>{keys}</kbd>
                </td>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {/* Focus lands here so Esc and Enter both close, and a screen reader hears the dialog. */}
        <button type="button" onClick={onClose} autoFocus>
          {t('present.help.close')}
        </button>
      </div>
    </PresentDialog>
  );
}
