/**
 * Two regions side by side (the "Vergelijk" tab): shared and unique kansberoepen, training offers per level, and
 * for every occupation the tension and the offers in both — where it is needed and where people train for it.
 * The pair is in the link (`cmp`). Model: src/model/compare.ts.
 */
import { useMemo } from 'react';
import { useActions, useDataset, useStore } from '../state/store';
import { useModel } from './useModel';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';
import { compareRegions, type CompareRow, type TensionFigure } from '../model/compare';
import type { SizeFigure } from '../model/kansberoepPort';
import type { Filters } from '../state/types';
import type { OfferRow } from '../data/schemas';
import { TensionBadge } from './TensionBadge';
import { formatNumber } from '../i18n';
import { mboProgrammeData } from '../model/coverage';
import { SourceLine } from './SourceLine';

/** The offers the filters allow, region aside (each side of the comparison is its own region). */
function offerMatches(f: Filters, o: OfferRow): boolean {
  if (f.levels.length && !(o.level && f.levels.includes(o.level))) return false;
  if (f.offerKinds.length && !f.offerKinds.includes(o.kind)) return false;
  if (f.leerwegen.length && !o.leerweg.some((l) => f.leerwegen.includes(l))) return false;
  if (f.sectors.length && !o.klassen.some((k) => f.sectors.includes(k))) return false;
  return true;
}

const DEFAULT_PAIR: [string, string] = ['AM01', 'AM03'];

function Tension({ f }: { f: TensionFigure | null }) {
  const lang = useStore((s) => s.view.lang);
  if (!f) return <TensionBadge cls={null} />;
  return (
    <span className="compare-tension">
      <TensionBadge cls={f.class} landelijk={f.scope === 'national'} />
      {f.value !== null ? <span className="compare-value"> {formatNumber(lang, f.value, 2)}</span> : null}
    </span>
  );
}

/** Size next to tension, always: persons employed or expected job openings, marked derived or landelijk. */
function Size({ f }: { f: SizeFigure | null }) {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  if (!f) return null;
  return (
    <span className="compare-size" title={f.derived}>
      {t('compare.size', { value: formatNumber(lang, f.value, 0) })}
      {f.derived ? <span className="muted"> ({t('source.status.derived')})</span> : f.landelijk ? <span className="muted"> ({t('compare.size.national')})</span> : null}
    </span>
  );
}

function Rows({ rows, names, caption }: { rows: CompareRow[]; names: [string, string]; caption: string }) {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  if (rows.length === 0) return null;
  return (
    <table className="compare-table">
      <caption>
        {caption} ({formatNumber(lang, rows.length)})
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.occupation')}</th>
          <th scope="col">{t('compare.tensionIn', { region: names[0] })}</th>
          <th scope="col">{t('compare.offersIn', { region: names[0] })}</th>
          <th scope="col">{t('compare.tensionIn', { region: names[1] })}</th>
          <th scope="col">{t('compare.offersIn', { region: names[1] })}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.groep} className={r.mismatch ? 'is-mismatch' : undefined}>
            <th scope="row">
              {r.name}
              {r.mismatch ? (
                <span className="compare-mismatch">
                  {t('compare.mismatch', r.mismatch === 'needed-in-a-offered-in-b' ? { needed: names[0], offered: names[1] } : { needed: names[1], offered: names[0] })}
                </span>
              ) : null}
            </th>
            <td>
              <Tension f={r.tensionA} />
              <Size f={r.sizeA} />
            </td>
            <td className="num">{formatNumber(lang, r.offersA)}</td>
            <td>
              <Tension f={r.tensionB} />
              <Size f={r.sizeB} />
            </td>
            <td className="num">{formatNumber(lang, r.offersB)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={5}>
            <RowsSource rows={rows} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Every figure in the rows names its source and period (tension and size; offers: see the levels table). */
function RowsSource({ rows }: { rows: CompareRow[] }) {
  const sources = new Set<string>();
  const periods = new Set<string>();
  let derived: string | undefined;
  for (const r of rows)
    for (const f of [r.tensionA, r.tensionB, r.sizeA, r.sizeB]) {
      if (!f) continue;
      sources.add(f.source);
      periods.add(f.period);
      if ('alsoSources' in f) for (const s of f.alsoSources ?? []) sources.add(s);
      if ('derived' in f) derived ??= f.derived;
    }
  const t = useT();
  const what = new Set(rows.flatMap((r) => [r.sizeA?.indicator, r.sizeB?.indicator]).filter(Boolean));
  return (
    <>
      {[...what].map((w) => (
        <p key={w} className="muted small">
          {t(w === 'employment' ? 'compare.size.employment' : 'compare.size.jobOpenings')}
        </p>
      ))}
      <SourceLine sources={[...sources]} period={[...periods].sort().join(', ')} derived={derived} />
    </>
  );
}

export function CompareView() {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  const ds = useDataset();
  const model = useModel();
  const filters = useStore((s) => s.filters);
  const pair = useStore((s) => s.view.compare) ?? ([filters.region && filters.region !== DEFAULT_PAIR[1] ? filters.region : DEFAULT_PAIR[0], DEFAULT_PAIR[1]] as [string, string]);
  const { setView } = useActions();
  const amr = ds?.files['regions-arbeidsmarktregio']?.features;
  const prov = ds?.files['regions-provincie']?.features;

  const result = useMemo(() => {
    if (!ds || !model) return null;
    const groepen = (ds.files.occupations?.groepen ?? []).filter((g) => !filters.sectors.length || filters.sectors.includes(g.klasse));
    const offers = (ds.files.offers?.rows ?? []).filter((o) => offerMatches(filters, o));
    return compareRegions({ a: pair[0], b: pair[1], groepen, indicator: model.indicator, offers, isKansberoep: (g, area) => model.verdict(g, area).kansberoep, sizeOf: (g, area) => model.verdict(g, area).size });
  }, [ds, model, filters, pair]);

  if (!ds || !result) return null;
  const name = (code: string) => ds.index.regions.get(code)?.name ?? code;
  const names: [string, string] = [name(pair[0]), name(pair[1])];
  const choose = (i: 0 | 1, code: string) => {
    const next: [string, string] = [...pair];
    next[i] = code;
    if (next[0] !== next[1]) setView({ compare: next });
  };
  const picker = (i: 0 | 1) => (
    <label className="field">
      <span className="field-label">{t(i === 0 ? 'compare.regionA' : 'compare.regionB')}</span>
      <select value={pair[i]} onChange={(e) => choose(i, e.target.value)}>
        <optgroup label={t('compare.amr')}>
          {(amr ?? []).map((f) => (
            <option key={f.properties.code} value={f.properties.code} disabled={f.properties.code === pair[1 - i]}>
              {f.properties.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('compare.provincie')}>
          {(prov ?? []).map((f) => (
            <option key={f.properties.code} value={f.properties.code} disabled={f.properties.code === pair[1 - i]}>
              {f.properties.name}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
  const mismatches = [...result.shared, ...result.onlyA, ...result.onlyB].filter((r) => r.mismatch);

  return (
    <section className="compare-view" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compare.title', { a: names[0], b: names[1] })}</h2>
      <div className="compare-pickers">
        {picker(0)}
        <button type="button" onClick={() => setView({ compare: [pair[1], pair[0]] })}>
          {t('compare.swap')}
        </button>
        {picker(1)}
      </div>
      <p className="compare-summary">
        {t('compare.summary', { shared: result.shared.length, a: names[0], onlyA: result.onlyA.length, b: names[1], onlyB: result.onlyB.length })}
      </p>
      {!ds.files.offers ? <p className="muted">{t('compare.offersLoading')}</p> : null}
      <table className="compare-table compare-levels">
        <caption>{t('compare.offersPerLevel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.level')}</th>
            <th scope="col">{names[0]}</th>
            <th scope="col">{names[1]}</th>
          </tr>
        </thead>
        <tbody>
          {result.offersByLevel.map((l) => (
            <tr key={l.level}>
              <th scope="row">{t(`level.${l.level}` as MessageKey)}</th>
              <td className="num">{formatNumber(lang, l.a)}</td>
              <td className="num">{formatNumber(lang, l.b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SourceLine sources={model?.sourcesOf('offers') ?? []} />
      {mboProgrammeData(ds) === 'absent' ? <p className="muted">{t('compare.noMboData')}</p> : null}
      {mismatches.length ? <Rows rows={mismatches} names={names} caption={t('compare.mismatches')} /> : null}
      <Rows rows={result.shared} names={names} caption={t('compare.shared')} />
      <Rows rows={result.onlyA} names={names} caption={t('compare.only', { region: names[0] })} />
      <Rows rows={result.onlyB} names={names} caption={t('compare.only', { region: names[1] })} />
      {result.shared.length + result.onlyA.length + result.onlyB.length === 0 ? <p className="muted">{t('compare.none')}</p> : null}
    </section>
  );
}
