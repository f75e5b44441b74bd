'use client';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useFieldCostDelta, useFieldFindings } from '../canvas/decorations';
import { type FieldDescriptor, parseNumberInput } from './schema-fields';

export type CommitResult = { ok: true } | { ok: false; message: string };

interface Props {
  field: FieldDescriptor;
  /** Dotted path within the config, e.g. `traffic.recordsPerSecond`. */
  path: string;
  value: unknown;
  elementId: string;
  onCommit(path: string, value: unknown): CommitResult;
  focusPath?: string | null;
  /** Shown instead of the schema default, e.g. the event source mapping default for this source. */
  defaultHint?: unknown;
}

function formatDefault(v: unknown): string {
  if (v === undefined) return '';
  if (Array.isArray(v)) return v.length ? v.join(', ') : 'none';
  if (typeof v === 'number') return v.toLocaleString('en-US');
  return String(v);
}

/** One config field: the right control for its type, its default, and an inline error under it. */
export function FieldControl({ field, path, value, elementId, onCommit, focusPath, defaultHint }: Props) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement | HTMLSelectElement | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const findings = useFieldFindings(elementId, path);
  const costDelta = useFieldCostDelta(elementId, path);

  useEffect(() => {
    if (focusPath === path) inputRef.current?.focus();
  }, [focusPath, path]);

  // A new value from outside (undo, another view) replaces a stale draft.
  useEffect(() => {
    setDraft(null);
    setError(null);
  }, [value]);

  if (field.kind === 'group') return null;

  const commit = (next: unknown) => {
    const result = onCommit(path, next);
    if (result.ok) {
      setError(null);
      setDraft(null);
    } else setError(result.message);
  };

  const setInputRef = (el: HTMLInputElement | HTMLSelectElement | null) => {
    inputRef.current = el;
  };
  // Text drafts: Enter commits (through blur), Escape drops the draft.
  const onDraftKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') e.currentTarget.blur();
    if (e.key === 'Escape') {
      setDraft(null);
      setError(null);
    }
  };

  const shownDefault = defaultHint !== undefined ? defaultHint : 'defaultValue' in field ? field.defaultValue : undefined;
  const hint = shownDefault !== undefined ? `Default: ${formatDefault(shownDefault)}` : field.optional ? 'Optional' : '';
  const describedBy = `${id}-hint ${error ? `${id}-error` : ''}`;
  const inputId = `field-${elementId}-${path}`.replace(/[^A-Za-z0-9_-]/g, '-');
  let control;

  switch (field.kind) {
    case 'number': {
      const text = draft ?? (value === undefined ? '' : String(value));
      control = (
        <input
          ref={setInputRef}
          id={inputId}
          type="text"
          inputMode="decimal"
          value={text}
          placeholder={shownDefault !== undefined ? formatDefault(shownDefault) : ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            if (draft === null) return;
            const parsed = parseNumberInput(draft, field);
            if (!parsed.ok) setError(parsed.message);
            else commit(parsed.value);
          }}
          onKeyDown={onDraftKeyDown}
        />
      );
      break;
    }
    case 'boolean':
      control = (
        <input
          ref={setInputRef}
          id={inputId}
          type="checkbox"
          role="switch"
          checked={Boolean(value ?? field.defaultValue)}
          aria-checked={Boolean(value ?? field.defaultValue)}
          aria-describedby={describedBy}
          onChange={(e) => commit(e.target.checked)}
        />
      );
      break;
    case 'enum':
      control = (
        <select
          ref={setInputRef}
          id={inputId}
          value={value === undefined ? '' : String(value)}
          aria-describedby={describedBy}
          onChange={(e) => commit(e.target.value === '' ? undefined : e.target.value)}
        >
          {field.optional || value === undefined ? <option value="">{shownDefault !== undefined ? `Default (${formatDefault(shownDefault)})` : '—'}</option> : null}
          {field.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      );
      break;
    case 'string':
    case 'string-list': {
      const current = field.kind === 'string-list' ? (Array.isArray(value) ? value.join(', ') : '') : value === undefined ? '' : String(value);
      const text = draft ?? current;
      control = (
        <input
          ref={setInputRef}
          id={inputId}
          type="text"
          value={text}
          placeholder={field.kind === 'string-list' ? 'comma-separated' : shownDefault !== undefined ? formatDefault(shownDefault) : ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            if (draft === null) return;
            if (field.kind === 'string-list') commit(draft.split(',').map((s) => s.trim()).filter(Boolean));
            else commit(draft === '' && field.optional ? undefined : draft);
          }}
          onKeyDown={onDraftKeyDown}
        />
      );
      break;
    }
    case 'enum-list': {
      const selected = new Set(Array.isArray(value) ? (value as string[]) : []);
      control = (
        <div className="enum-list" role="group" aria-labelledby={`${id}-label`}>
          {field.options.map((o) => (
            <label key={o} className="enum-list-option">
              <input
                type="checkbox"
                checked={selected.has(o)}
                onChange={(e) => {
                  const next = new Set(selected);
                  if (e.target.checked) next.add(o);
                  else next.delete(o);
                  commit(field.options.filter((x) => next.has(x)));
                }}
              />
              {o}
            </label>
          ))}
        </div>
      );
      break;
    }
  }

  return (
    <div className={`field ${field.kind === 'boolean' ? 'field-inline' : ''}`} data-field={path}>
      <label id={`${id}-label`} htmlFor={inputId} title={field.description}>
        {field.title}
      </label>
      {control}
      <div id={`${id}-hint`} className="field-hint">
        {field.description ? <span>{field.description} </span> : null}
        {hint ? <span className="field-default">{hint}</span> : null}
      </div>
      {error ? (
        <div id={`${id}-error`} className="field-error" role="alert">
          {error}
        </div>
      ) : null}
      {costDelta ? <div className="field-cost-delta">Monthly cost: {costDelta}</div> : null}
      {findings.map((f) => (
        <div key={f.rule + f.message} className={`field-finding ${f.severity}`}>
          <strong>{f.severity}</strong> {f.message}
        </div>
      ))}
    </div>
  );
}
