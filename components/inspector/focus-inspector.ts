/**
 * After an action that replaces what the inspector shows (a connection opened from a service,
 * a connection deleted), put the keyboard focus in the new inspector instead of letting it fall
 * to the page: on `selector` inside it when given, else on the inspector itself.
 */
export function focusInspector(selector?: string): void {
  requestAnimationFrame(() => {
    const inspector = document.querySelector<HTMLElement>('section.inspector');
    const target = (selector ? inspector?.querySelector<HTMLElement>(selector) : null) ?? inspector;
    target?.focus();
  });
}
