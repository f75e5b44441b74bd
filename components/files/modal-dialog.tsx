'use client';
import { type ReactNode, useId } from 'react';
import { useModalDialog } from './use-modal-dialog';

/** A modal <dialog>: focus moves in, Escape and the Close button close it, focus returns after. */
export function ModalDialog({ open, title, onClose, children, className = '' }: { open: boolean; title: string; onClose(): void; children: ReactNode; className?: string }) {
  const ref = useModalDialog(open);
  const titleId = useId();
  return (
    <dialog ref={ref} className={`dialog files-dialog ${className}`} aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <div className="files-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="files-dialog-close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
