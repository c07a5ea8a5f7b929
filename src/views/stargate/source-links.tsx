import type { Source } from '../../data/common-schema';

/** A fact's sources as publisher links with their grade, so a table row can be checked. */
export function SourceLinks({
  ids,
  sources,
}: {
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
}) {
  const list = [...new Set(ids)].flatMap((id) => {
    const s = sources.get(id);
    return s ? [s] : [];
  });
  return (
    <span className="sg-sources">
      {list.map((s, index) => (
        <span key={s.id}>
          {index > 0 && ', '}
          <a href={s.url} target="_blank" rel="noreferrer noopener" title={s.title}>
            {s.publisher}
          </a>{' '}
          <span className={`sg-grade sg-grade--${s.reliability.toLowerCase()}`}>
            {s.reliability}
          </span>
        </span>
      ))}
    </span>
  );
}
