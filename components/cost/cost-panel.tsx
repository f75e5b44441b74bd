'use client';
import { Fragment, useMemo, useState } from 'react';
import { PRICES_CHECKED } from '@/lib/cost';
import { CATALOG } from '@/lib/model';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import { openPanel } from '../side-panel/open-panel';
import { useCost } from './cost-context';
import { formatUsd } from './format';
import { RegionSelect } from './region-select';
import { type CostRow, costRows, type SortKey, sortRows } from './cost-rows';

const SORT_LABELS: Record<SortKey, string> = { name: 'Service', design: 'Design', simulation: 'Simulation' };

/**
 * The Cost tab: the monthly bill from the design and from the last simulation side by side,
 * per service and per line item (each saying what it counts, to check by hand), sortable.
 * Loaded the first time the tab opens (with lib/cost's formatting); the numbers come from
 * CostProvider, which prices every edit.
 */
export function CostPanel() {
  const { design, simulation, simulationStale } = useCost();
  const pipeline = useEditor((s) => s.pipeline);
  const editor = useEditorStore();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'design', descending: true });
  const rows = useMemo(() => (design ? sortRows(costRows(pipeline, design, simulation), sort.key, sort.descending) : []), [pipeline, design, simulation, sort]);

  if (!design) return <p className="panel-loading">Pricing…</p>;
  const sortBy = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== 'name' }));
  const header = (key: SortKey, className = '') => (
    <th scope="col" className={className} aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="cost-sort" onClick={() => sortBy(key)}>
        {SORT_LABELS[key]}
        {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );

  return (
    <section className="cost-panel" aria-labelledby="cost-heading">
      <h2 id="cost-heading">Monthly cost</h2>
      <RegionSelect />
      <dl className="cost-totals" aria-label="Totals">
        <dt>Design (steady state)</dt>
        <dd data-testid="cost-design-total">{formatUsd(design.monthlyTotal)}/month</dd>
        <dt>Last simulation</dt>
        <dd data-testid="cost-simulation-total">{simulation ? `${formatUsd(simulation.monthlyTotal)}/month` : '—'}</dd>
        <dt>Free tier (apart)</dt>
        <dd>up to {formatUsd(design.freeTierCredit)} off</dd>
      </dl>
      <p className="cost-note">
        {simulation
          ? 'The simulation column is what the last run did (retries, throttles, simulated durations), scaled to a month.'
          : simulationStale
            ? 'The design changed since the last simulation: run it again to price what it does.'
            : (
                <>
                  No simulation yet:{' '}
                  <button type="button" className="link-button" onClick={() => openPanel(editor, 'simulate')}>
                    run one
                  </button>{' '}
                  to price what actually runs.
                </>
              )}{' '}
        List prices in {design.region}, checked {PRICES_CHECKED}, for a 730-hour month; free tiers are not taken off the totals. See docs/cost.md.
      </p>
      <table className="cost-table" aria-label="Cost per service">
        <thead>
          <tr>
            {header('name')}
            {header('design', 'num')}
            {header('simulation', 'num')}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <ServiceRows key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ServiceRows({ row }: { row: CostRow }) {
  return (
    <Fragment>
      <tr className="cost-service">
        <th scope="row">
          {row.name} <span className="cost-note">{CATALOG[row.kind].label}</span>
        </th>
        <td className="num">{formatUsd(row.design)}</td>
        <td className="num">{row.simulation === undefined ? '—' : formatUsd(row.simulation)}</td>
      </tr>
      {row.lines.map((line, i) => (
        <tr key={i} className="cost-line">
          <td>
            {line.item}
            {line.source ? (
              <>
                {' '}
                <a href={line.source} target="_blank" rel="noreferrer" aria-label={`Pricing page for ${line.item}`}>
                  ↗
                </a>
              </>
            ) : null}
          </td>
          <td className="num">{formatUsd(line.monthly)}</td>
          <td className="num">{line.simulation === undefined ? '' : formatUsd(line.simulation)}</td>
        </tr>
      ))}
    </Fragment>
  );
}
