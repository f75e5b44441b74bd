import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { Designer } from './designer';

/** Page object for the files feature: the file menu, its dialogs, file input and drops. */
export class FilesPage {
  constructor(readonly page: Page) {}

  /** A first visit: fresh storage, so the designer starts with the first example as a pipeline of its own. */
  static async start(page: Page): Promise<{ designer: Designer; files: FilesPage }> {
    const designer = new Designer(page);
    await designer.open();
    const files = new FilesPage(page);
    await expect(files.title).toHaveText('clickstream-search');
    return { designer, files };
  }

  get menu(): Locator {
    return this.page.getByRole('group', { name: 'File' });
  }

  button(name: 'New' | 'Open…' | 'Save' | 'My pipelines' | 'Examples' | 'Share'): Locator {
    return this.menu.getByRole('button', { name, exact: true });
  }

  get title(): Locator {
    return this.page.locator('.pipeline-title');
  }

  /** Pick a file with the (labelled) file input, as the Open… button's picker would. */
  async openFile(name: string, text: string) {
    await this.page.getByLabel('Open a pipeline file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  /** Drop a file onto the canvas, with a DataTransfer built in the page as a real drag would carry. */
  async dropFile(name: string, text: string) {
    await this.page.evaluate(
      ({ name, text }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type: 'application/json' }));
        const target = document.querySelector('[aria-label="Pipeline canvas"]') ?? document.body;
        for (const type of ['dragenter', 'dragover', 'drop']) {
          target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
        }
      },
      { name, text },
    );
  }

  /** Click Save (or press the shortcut) and read the downloaded file. */
  async save(how: 'button' | 'shortcut' = 'button'): Promise<{ fileName: string; text: string }> {
    const downloaded = this.page.waitForEvent('download');
    if (how === 'button') await this.button('Save').click();
    else await this.page.keyboard.press('Control+s');
    const download = await downloaded;
    const path = await download.path();
    return { fileName: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  get libraryDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'My pipelines' });
  }

  async openLibrary(): Promise<Locator> {
    await this.button('My pipelines').click();
    await expect(this.libraryDialog).toBeVisible();
    return this.libraryDialog;
  }

  /** Names in the "My pipelines" list, in order (newest change first). */
  async pipelineNames(): Promise<string[]> {
    const list = this.libraryDialog.getByRole('list', { name: 'Pipelines', exact: true });
    await expect(list.getByRole('listitem').first()).toBeVisible();
    return list.locator('.library-name').allTextContents();
  }

  async closeDialog() {
    await this.page.keyboard.press('Escape');
  }

  async shareLink(): Promise<string> {
    await this.button('Share').click();
    const dialog = this.page.getByRole('dialog', { name: 'Share this pipeline' });
    const field = dialog.getByLabel('Share link');
    await expect(field).toHaveValue(/#share=/);
    const link = await field.inputValue();
    await this.closeDialog();
    return link;
  }
}
