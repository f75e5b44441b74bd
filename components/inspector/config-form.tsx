'use client';
import type { CommitResult } from './field-control';
import { FieldControl } from './field-control';
import type { FieldDescriptor } from './schema-fields';

/** Renders fields (and nested groups such as `traffic`) from their descriptors. */
export function ConfigForm({
  fields,
  values,
  elementId,
  onCommit,
  focusPath,
  prefix = '',
  defaultHints,
}: {
  fields: FieldDescriptor[];
  values: Record<string, unknown>;
  elementId: string;
  onCommit(path: string, value: unknown): CommitResult;
  focusPath?: string | null;
  prefix?: string;
  defaultHints?: Record<string, unknown>;
}) {
  return (
    <>
      {fields.map((field) => {
        const path = prefix ? `${prefix}.${field.key}` : field.key;
        if (field.kind === 'group') {
          return (
            <fieldset key={path} className="field-group">
              <legend>{field.title}</legend>
              {field.description ? <p className="field-hint">{field.description}</p> : null}
              <ConfigForm
                fields={field.fields}
                values={(values[field.key] ?? {}) as Record<string, unknown>}
                elementId={elementId}
                onCommit={onCommit}
                focusPath={focusPath}
                prefix={path}
              />
            </fieldset>
          );
        }
        return (
          <FieldControl
            key={path}
            field={field}
            path={path}
            value={values[field.key]}
            elementId={elementId}
            onCommit={onCommit}
            focusPath={focusPath}
            defaultHint={defaultHints?.[field.key]}
          />
        );
      })}
    </>
  );
}
