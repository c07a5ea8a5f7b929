import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context';
import { useLinkTo } from '../views/url-state';

export function NotFoundView() {
  const { t } = useI18n();
  const location = useLocation();
  const linkTo = useLinkTo();
  return (
    <section className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path: location.pathname })}</p>
      <p>
        <Link to={linkTo('/')}>{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
