'use client';
import { useEffect, useRef, useState } from 'react';
import { shareUrl } from '@/lib/share/share-link';
import { useEditorStore } from '../editor/store/editor-context';
import { ModalDialog } from './modal-dialog';

/** Links longer than this may be cut off by chat tools and some browsers. */
const LONG_LINK = 8000;

/**
 * The open pipeline as a link (compressed into the URL fragment, never sent to a server).
 * The link is shown in a field as well, so it can be copied by hand when the clipboard is refused.
 */
export function ShareDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const store = useEditorStore();
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);

  const copy = async (link: string) => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied to the clipboard.');
    } catch {
      setStatus('The browser did not allow copying: select the link above and copy it (Ctrl/Cmd+C).');
      fieldRef.current?.select();
    }
  };

  useEffect(() => {
    if (!open) return;
    const link = shareUrl(window.location.href, store.getState().pipeline);
    setUrl(link);
    setStatus('');
    void copy(link);
  }, [open, store]);

  return (
    <ModalDialog open={open} title="Share this pipeline" onClose={onClose} className="share-dialog">
      <p className="files-hint">Anyone who opens this link gets their own copy of the pipeline as it is now. It is carried in the link itself, not uploaded anywhere.</p>
      <label htmlFor="share-link" className="share-label">
        Share link
      </label>
      <input id="share-link" ref={fieldRef} readOnly value={url} onFocus={(e) => e.target.select()} />
      {url.length > LONG_LINK ? (
        <p className="files-hint">This link is {url.length.toLocaleString()} characters long; some chat tools cut long links. A saved file is safer for big pipelines.</p>
      ) : null}
      <div className="share-actions">
        <button type="button" onClick={() => void copy(url)}>
          Copy link
        </button>
        <span role="status" className="share-status">
          {status}
        </span>
      </div>
    </ModalDialog>
  );
}
