'use client';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useModalDialog } from '../files/use-modal-dialog';
import type { Finding } from '@/lib/validate';

interface Props {
  /** The finding to suppress; null keeps the dialog closed. */
  finding: Finding | null;
  elementName: string;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** Asks why a finding is acceptable: a suppression without a written reason is refused. */
export function SuppressDialog({ finding, elementName, onConfirm, onCancel }: Props) {
  const ref = useModalDialog(finding !== null);
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  // Each finding starts with an empty reason.
  useEffect(() => {
    if (!finding) return;
    setReason('');
    setError(null);
  }, [finding]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Write why this is acceptable: a suppression needs a reason, so reviewers know it was deliberate.');
      return;
    }
    onConfirm(reason.trim());
  };

  const scope = finding && (finding.nodeId !== undefined || finding.edgeId !== undefined) ? `on ${elementName}` : 'everywhere in this pipeline';
  return (
    <dialog
      ref={ref}
      className="dialog suppress-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {finding ? (
        <form onSubmit={submit} noValidate>
          <h2 id={`${id}-title`}>Suppress {finding.rule}</h2>
          <p className="suppress-scope">
            Hide “{finding.title}” {scope}. The reason is saved in the pipeline file.
          </p>
          <div className="field">
            <label htmlFor={`${id}-reason`}>Reason (required)</label>
            <textarea
              id={`${id}-reason`}
              rows={3}
              maxLength={1000}
              required
              autoFocus
              value={reason}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => {
                setReason(e.target.value);
                if (error) setError(null);
              }}
            />
            {error ? (
              <div id={`${id}-error`} className="field-error" role="alert">
                {error}
              </div>
            ) : null}
          </div>
          <div className="dialog-actions">
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
            <button type="submit" className="primary">
              Suppress
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
