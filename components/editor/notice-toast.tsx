'use client';
import { useEffect } from 'react';
import { useEditor, useEditorStore } from './store/editor-context';

/** Refusals and errors, announced to screen readers; stays until dismissed or replaced (errors) or 6 s (info). */
export function NoticeToast() {
  const store = useEditorStore();
  const notice = useEditor((s) => s.notice);
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => store.getState().dismissNotice(), notice.tone === 'error' ? 12000 : 6000);
    return () => clearTimeout(t);
  }, [notice, store]);
  if (!notice) return null;
  return (
    <div className={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.text}</span>
      <button type="button" aria-label="Dismiss message" onClick={() => store.getState().dismissNotice()}>
        ×
      </button>
    </div>
  );
}
