import { useCallback, useId, useMemo } from 'react';
import type { Source } from '../../data/common-schema';
import {
  computeWhatIf,
  parseInputNumber,
  whatIfDefaults,
  whatIfFields,
  whatIfLimits,
  type WhatIfField,
  type WhatIfInput,
  type WhatIfProblem,
} from '../../data/energy-derive';
import type { SourcedValue } from '../../data/energy-schema';
import type { FusionDocument } from '../../data/fusion-schema';
import { sourcesById } from '../../data/sources-derive';
import type { StargateDocument } from '../../data/stargate-schema';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import { useSearchParamsValue, useUpdateSearch } from '../url-state';
import { FactSources } from '../shared/fact-sources';
import { formatCompact } from './energy-format';
import '../../i18n/messages/energy';

/** URL parameter for each input: the scenario lives in the link, so it can be pasted and presented. */
const paramOf: Record<WhatIfField, string> = {
  aiGw: 'ai',
  facilityPerIt: 'it',
  unitMw: 'size',
  capacityFactorPct: 'cf',
};
const fields = whatIfFields;
const plantParam = 'plant';

const labelKeys: Record<WhatIfField, MessageKey> = {
  aiGw: 'energy.whatif.ai',
  facilityPerIt: 'energy.whatif.ratio',
  unitMw: 'energy.whatif.size',
  capacityFactorPct: 'energy.whatif.cf',
};

/** The what-if calculator: how many plants of a kind would it take to power the AI build-out? */
export function WhatIfCard() {
  return (
    <DatasetGate name="fusion" minHeight={420}>
      {(fusion) => (
        <DatasetGate name="stargate" minHeight={420}>
          {(stargate) => <WhatIfBody fusion={fusion} stargate={stargate} />}
        </DatasetGate>
      )}
    </DatasetGate>
  );
}

function WhatIfBody({ fusion, stargate }: { fusion: FusionDocument; stargate: StargateDocument }) {
  const i18n = useI18n();
  const { t, pick, number, gw, lang } = i18n;
  const headingId = useId();
  const formId = useId();
  const searchParams = useSearchParamsValue();
  const updateSearch = useUpdateSearch();
  const fusionSources = useMemo(() => sourcesById(fusion), [fusion]);
  const stargateSources = useMemo(() => sourcesById(stargate), [stargate]);

  /** Several keys at once (a plant change clears its size and capacity factor), without a history entry per keystroke. */
  const update = useCallback(
    (changes: Record<string, string | null>) =>
      updateSearch((params) => {
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) params.delete(key);
          else params.set(key, value);
        }
      }),
    [updateSearch],
  );

  const section = fusion.energy;
  if (!section) {
    return (
      <section className="energy-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('energy.whatif.title')}</h2>
        <p role="alert">{t('energy.whatif.missing')}</p>
      </section>
    );
  }

  const plant =
    section.plantClasses.find((p) => p.id === searchParams.get(plantParam)) ??
    section.plantClasses[0];
  if (!plant) return null;
  const target = stargate.targets.find((x) => x.metric === 'capacity' && x.capacityGw !== null);
  const defaults = whatIfDefaults(section, plant, target?.capacityGw ?? 10);
  /** What the reader typed (kept as typed, even when invalid, so a pasted link shows the same message), or the default. */
  const raw = (field: WhatIfField) => searchParams.get(paramOf[field]) ?? String(defaults[field]);
  const input: WhatIfInput = {
    aiGw: parseInputNumber(raw('aiGw')),
    facilityPerIt: parseInputNumber(raw('facilityPerIt')),
    unitMw: parseInputNumber(raw('unitMw')),
    capacityFactorPct: parseInputNumber(raw('capacityFactorPct')),
  };
  const outcome = computeWhatIf(input, {
    householdKwhPerYear: section.yardsticks.householdKwhPerYear.value,
    reactorGw: section.yardsticks.reactorGw.value,
  });

  const defaultNote: Record<
    WhatIfField,
    { value: SourcedValue | null; sources: ReadonlyMap<string, Source>; text: string }
  > = {
    aiGw: {
      value: null,
      sources: stargateSources,
      text: t('energy.whatif.aiDefault', { value: gw(defaults.aiGw) }),
    },
    facilityPerIt: {
      value: section.yardsticks.facilityPerIt,
      sources: fusionSources,
      text: t('energy.whatif.default', { value: pick(section.yardsticks.facilityPerIt.label) }),
    },
    unitMw: {
      value: plant.unitMw,
      sources: fusionSources,
      text: t('energy.whatif.default', { value: pick(plant.unitMw.label) }),
    },
    capacityFactorPct: {
      value: plant.capacityFactorPct,
      sources: fusionSources,
      text: t('energy.whatif.default', { value: pick(plant.capacityFactorPct.label) }),
    },
  };

  const problemText = (p: WhatIfProblem) => {
    const field = t(labelKeys[p.field]);
    if (p.kind === 'too-small')
      return t('energy.whatif.problem.too-small', { field, min: number(p.min, 3) });
    if (p.kind === 'too-large')
      return t('energy.whatif.problem.too-large', { field, max: number(p.max, 3) });
    return t(`energy.whatif.problem.${p.kind}`, { field });
  };
  const changed = fields.some((f) => searchParams.has(paramOf[f])) || searchParams.has(plantParam);
  const big = (value: number, digits = 1) =>
    value >= 1e6 ? formatCompact(value, lang) : number(value, digits);

  return (
    <section
      className="energy-panel energy-whatif"
      aria-labelledby={headingId}
      data-testid="what-if"
    >
      <h2 id={headingId}>{t('energy.whatif.title')}</h2>
      <p className="energy-panel__lede">{t('energy.whatif.lede')}</p>
      <div className="energy-whatif__grid">
        <form
          id={formId}
          className="energy-whatif__inputs"
          aria-label={t('energy.whatif.inputs')}
          onSubmit={(e) => e.preventDefault()}
        >
          <div className="energy-field">
            <label htmlFor={`${formId}-plant`}>{t('energy.whatif.plant')}</label>
            <select
              id={`${formId}-plant`}
              value={plant.id}
              onChange={(event) =>
                update({
                  [plantParam]:
                    event.target.value === section.plantClasses[0]?.id ? null : event.target.value,
                  [paramOf.unitMw]: null,
                  [paramOf.capacityFactorPct]: null,
                })
              }
            >
              {section.plantClasses.map((p) => (
                <option key={p.id} value={p.id}>
                  {pick(p.name)}
                </option>
              ))}
            </select>
          </div>
          {fields.map((field) => {
            const id = `${formId}-${field}`;
            const hintId = `${id}-hint`;
            const note = defaultNote[field];
            const invalid = !outcome.ok && outcome.problems.some((p) => p.field === field);
            return (
              <div className="energy-field" key={field}>
                <label htmlFor={id}>{t(labelKeys[field])}</label>
                <input
                  id={id}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={raw(field)}
                  aria-invalid={invalid}
                  aria-describedby={hintId}
                  onChange={(event) => update({ [paramOf[field]]: event.target.value })}
                />
                <p className="energy-field__hint" id={hintId}>
                  {note.text}{' '}
                  {note.value ? (
                    <>
                      {note.value.note && <>{pick(note.value.note)} </>}
                      <FactSources ids={note.value.sourceIds} sources={note.sources} />
                    </>
                  ) : (
                    target && <FactSources ids={target.sourceIds} sources={stargateSources} />
                  )}{' '}
                  <span className="energy-field__range">
                    ({number(whatIfLimits[field].min, 3)}–{number(whatIfLimits[field].max, 3)})
                  </span>
                </p>
              </div>
            );
          })}
          {changed && (
            <button
              type="button"
              onClick={() =>
                update(
                  Object.fromEntries(
                    [plantParam, ...fields.map((f) => paramOf[f])].map((k) => [k, null]),
                  ),
                )
              }
            >
              {t('energy.whatif.reset')}
            </button>
          )}
        </form>
        <div className="energy-whatif__outputs" aria-live="polite">
          <h3 className="visually-hidden">{t('energy.whatif.outputs')}</h3>
          {outcome.ok ? (
            <dl className="energy-results">
              <div>
                <dt>{t('energy.whatif.plants')}</dt>
                <dd data-testid="plants-needed" className="energy-results__value">
                  {t('energy.whatif.unitPlants', { value: big(outcome.result.plantsNeeded, 0) })}
                </dd>
                <dd className="energy-results__detail">
                  {pick(plant.name)} ·{' '}
                  {t('energy.whatif.plantsDetail', {
                    exact: big(outcome.result.plantsExact, 1),
                    cf: `${number(input.capacityFactorPct, 1)} %`,
                    nameplate: big(outcome.result.plantsAtNameplate, 0),
                  })}
                </dd>
              </div>
              <div>
                <dt>{t('energy.whatif.energy')}</dt>
                <dd data-testid="annual-twh" className="energy-results__value">
                  {big(outcome.result.annualTwh, 1)} TWh
                </dd>
                <dd className="energy-results__detail">
                  {t('energy.whatif.energyDetail', { gw: gw(outcome.result.facilityGw) })}
                </dd>
              </div>
              <div>
                <dt>{t('energy.whatif.reactors')}</dt>
                <dd data-testid="reactors" className="energy-results__value">
                  {t('energy.whatif.unitReactors', {
                    value: `${big(outcome.result.reactorsArticleLow, 1)}–${big(outcome.result.reactorsEquivalent, 1)}`,
                  })}
                </dd>
                <dd className="energy-results__detail">
                  {t('energy.whatif.reactorsDetail')}{' '}
                  <FactSources
                    ids={section.yardsticks.reactorGw.sourceIds}
                    sources={fusionSources}
                  />
                </dd>
              </div>
              <div>
                <dt>{t('energy.whatif.households')}</dt>
                <dd data-testid="households" className="energy-results__value">
                  {t('energy.whatif.unitHouseholds', {
                    value: formatCompact(outcome.result.households, lang),
                  })}
                </dd>
                <dd className="energy-results__detail">
                  {t('energy.whatif.householdsDetail', {
                    kwh: number(section.yardsticks.householdKwhPerYear.value, 0),
                  })}{' '}
                  <FactSources
                    ids={section.yardsticks.householdKwhPerYear.sourceIds}
                    sources={fusionSources}
                  />
                </dd>
              </div>
            </dl>
          ) : (
            <div role="alert" className="energy-problem">
              <p className="energy-problem__title">{t('energy.whatif.problemTitle')}</p>
              <ul>
                {outcome.problems.map((p) => (
                  <li key={p.field}>{problemText(p)}</li>
                ))}
              </ul>
            </div>
          )}
          <p className="energy-formula">{t('energy.whatif.formula')}</p>
        </div>
      </div>
    </section>
  );
}
