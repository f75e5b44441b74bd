'use client';
import { useModalDialog } from '../files/use-modal-dialog';

export const SHORTCUTS: [string, string][] = [
  ['Enter (on a palette item)', 'Add the service at the centre of the view'],
  ['Drag from a handle', 'Connect two services'],
  ['Inspector › Connect to', 'Connect the selected service without a mouse'],
  ['Inspector › Connections', 'Open a connection of the selected service: its settings, Delete connection'],
  ['Tab, then Enter or Space (on a service)', 'Select it; arrow keys then move it'],
  ['Shift + drag', 'Box-select'],
  ['Ctrl/Cmd + click', 'Add to the selection'],
  ['Ctrl/Cmd + A', 'Select everything'],
  ['Delete / Backspace', 'Delete the selection'],
  ['Ctrl/Cmd + C, X, V', 'Copy, cut, paste (as pipeline JSON, across tabs)'],
  ['Ctrl/Cmd + D', 'Duplicate the selection'],
  ['Ctrl/Cmd + S', 'Save: download the pipeline as a .sluice.json file'],
  ['Ctrl/Cmd + O', 'Open a .sluice.json file as a new pipeline (or drop it on the page)'],
  ['Ctrl/Cmd + Z', 'Undo'],
  ['Shift + Ctrl/Cmd + Z, Ctrl + Y', 'Redo'],
  ['Shift + L', 'Auto-layout'],
  ['Shift + F', 'Fit the pipeline in view (never too small to read: pan for the rest)'],
  ['Shift + P', 'Hide or show the services palette'],
  ['Shift + S', 'Hide or show the side panel (drag its left edge, or focus it and press ← →, to resize it)'],
  ['Ctrl + M (Ctrl + Shift + M on a Mac), in a code editor', 'Make Tab move the focus out of the editor instead of indenting'],
  ['Escape', 'Clear the selection / close this sheet'],
  ['?', 'Show or hide this sheet'],
];

/** The keyboard shortcut sheet: a modal dialog that traps nothing but takes focus and closes on Escape. */
export function ShortcutSheet({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose} onCancel={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
