import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Page object for Monaco-based panels (JSON view, Code panel). Monaco renders only the lines
 * in view and has no roles for its squiggles, so the CSS it needs stays in here.
 */
export class MonacoPage {
  readonly external: string[] = [];
  readonly consoleErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) this.external.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(error.message));
  }

  /** The editor's input, by its accessible name ("Pipeline JSON", "Export code"). */
  input(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  /** The whole editor widget around that input. */
  widget(name: string): Locator {
    return this.page.locator('.monaco-editor').filter({ has: this.input(name) });
  }

  /** The lines Monaco currently renders (only those in view). */
  lines(name: string): Locator {
    return this.widget(name).locator('.view-lines');
  }

  async waitForEditor(name: string) {
    await expect(this.input(name)).toBeAttached({ timeout: 30_000 });
    await expect(this.lines(name)).not.toBeEmpty();
  }

  /**
   * Select the first occurrence of `text` with Monaco's own Find (Ctrl+F), as a user would,
   * then close Find: the match stays selected, so typing replaces it.
   */
  async select(name: string, text: string) {
    await this.widget(name).locator('.view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+Home');
    await this.page.keyboard.press('ControlOrMeta+F');
    const find = this.widget(name).getByRole('textbox', { name: 'Find' });
    await expect(find).toBeFocused();
    await find.fill(text);
    await expect(this.widget(name).locator('.find-widget .matchesCount')).not.toHaveText(/No results/);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
  }

  /**
   * Type `replacement` over `text`, found as part of its first `context` (default: itself), e.g.
   * replace('64' for '512' within '"memoryMb": 512'). Only the text itself is selected by keyboard
   * before typing, so Monaco's quote auto-surround never joins in.
   */
  async replace(name: string, text: string, replacement: string, context = text, how: 'insert' | 'type' = 'insert') {
    const at = context.indexOf(text);
    if (at < 0) throw new Error(`"${text}" is not part of "${context}"`);
    await this.select(name, context);
    await this.page.keyboard.press('ArrowRight');
    for (let i = 0; i < context.length - at - text.length; i++) await this.page.keyboard.press('ArrowLeft');
    for (let i = 0; i < text.length; i++) await this.page.keyboard.press('Shift+ArrowLeft');
    // 'type' presses every key as a person does (what the page's key handlers see); 'insert' pastes the text at once.
    if (how === 'type') await this.page.keyboard.type(replacement);
    else await this.page.keyboard.insertText(replacement);
  }

  /** Squiggles of a severity ('error' | 'warning' | 'info') drawn in the editor. */
  squiggles(name: string, severity: 'error' | 'warning' | 'info'): Locator {
    return this.widget(name).locator(`.squiggly-${severity}`);
  }

  /** Nothing left localhost and nothing was logged as an error. */
  expectCleanRun() {
    expect(this.external, 'requests that left localhost').toEqual([]);
    expect(this.consoleErrors, 'console errors').toEqual([]);
  }
}
