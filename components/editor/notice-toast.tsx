'use client';
import { useEffect, useState } from 'react';
import { NOTICE_MS, pushNotice } from './notice-stack';
import type { Notice } from './store/editor-store';
import { useEditor, useEditorStore } from './store/editor-context';

/**
 * Refusals and errors, announced to screen readers: stacked at the bottom of the canvas (clear
 * of the header and the side panel's tabs), each dismissable, each replaced by the next of its
 * kind, gone after a few seconds (notice-stack.ts).
 */
export function NoticeToast() {
  const store = useEditorStore();
  const latest = useEditor((s) => s.notice);
  const [shown, setShown] = useState<Notice[]>([]);
  useEffect(() => {
    if (latest) setShown((list) => pushNotice(list, latest));
  }, [latest]);
  const dismiss = (n: Notice) => {
    setShown((list) => list.filter((x) => x.id !== n.id));
    if (store.getState().notice?.id === n.id) store.getState().dismissNotice();
  };
  if (!shown.length) return null;
  return (
    <div className="notices" data-testid="notice">
      {shown.map((n) => (
        <NoticeItem key={n.id} notice={n} onDismiss={dismiss} />
      ))}
    </div>
  );
}

function NoticeItem({ notice, onDismiss }: { notice: Notice; onDismiss(n: Notice): void }) {
  useEffect(() => {
    const t = setTimeout(() => onDismiss(notice), NOTICE_MS[notice.tone]);
    return () => clearTimeout(t);
    // One timer per message, from when it appeared.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [notice]);
  return (
    <div className={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" aria-label="Dismiss message" onClick={() => onDismiss(notice)}>
        ×
      </button>
    </div>
  );
}
