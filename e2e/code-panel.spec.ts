import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { Designer } from './support/designer';
import { FilesPage } from './support/files-page';
import { MonacoPage } from './support/monaco-page';
import { ProblemsPage } from './support/problems-page';

const EDITOR = 'Export code';

async function openCodePanel(page: Page, example: string, nodeName: string) {
  const designer = new Designer(page);
  const monaco = new MonacoPage(page);
  await designer.open();
  await designer.openExample(example);
  await designer.node(nodeName).click();
  await designer.tab('Code').click();
  await monaco.waitForEditor(EDITOR);
  return { designer, monaco };
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

type Template = { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };

test('the template follows inspector edits, highlights the selected node and downloads as YAML and JSON', async ({ page }) => {
  const { designer, monaco } = await openCodePanel(page, 'SQS → Lambda → S3 with a DLQ', 'Archive orders');
  const resources = page.getByRole('group', { name: 'Resources of the selection' });
  await expect(resources.getByRole('button', { name: 'Show ArchiveFunction' })).toBeVisible();
  await resources.getByRole('button', { name: 'Show ArchiveFunction' }).click();
  await expect(monaco.lines(EDITOR)).toContainText('Timeout: 30');
  await expect(monaco.widget(EDITOR).locator('.code-panel-resource').first()).toBeVisible();

  // Change the timeout in the inspector; the template says so.
  await designer.tab('Inspector').click();
  const timeout = page.getByLabel('Timeout (s)');
  await timeout.fill('60');
  await timeout.press('Enter');
  await designer.tab('Code').click();
  await monaco.waitForEditor(EDITOR);
  await resources.getByRole('button', { name: 'Show ArchiveFunction' }).click();
  await expect(monaco.lines(EDITOR)).toContainText('Timeout: 60');

  // Alarms are on by default; switching them off drops the function's alarms.
  const alarms = page.getByRole('checkbox', { name: 'CloudWatch alarms' });
  await expect(alarms).toBeChecked();
  await expect(resources.getByRole('button', { name: 'Show ArchiveErrorsAlarm' })).toBeVisible();
  // What the template cannot do is listed after it: here, confirming a subscription to the alarm topic.
  await page.getByText('After you deploy (1)').click();
  await expect(page.getByRole('list', { name: 'After you deploy' }).getByRole('listitem')).toContainText(['AlarmTopicArn']);
  await alarms.uncheck();
  await expect(resources.getByRole('button', { name: 'Show ArchiveErrorsAlarm' })).toHaveCount(0);
  await expect(page.getByText(/After you deploy/)).toHaveCount(0);

  const yaml = await downloadText(page, 'Download template (.yaml)');
  expect(yaml.name).toBe('order-archiver.template.yaml');
  const fromYaml = parseYaml(yaml.text) as Template;
  expect(fromYaml.Resources.ArchiveFunction.Properties?.Timeout).toBe(60);
  expect(Object.values(fromYaml.Resources).some((r) => r.Type === 'AWS::CloudWatch::Alarm')).toBe(false);

  await page.getByRole('combobox', { name: 'Export as' }).selectOption({ label: 'CloudFormation (JSON)' });
  // The selected node's resources stay in view across formats.
  await expect(monaco.lines(EDITOR)).toContainText('"Timeout": 60');
  const json = await downloadText(page, 'Download template (.json)');
  expect(json.name).toBe('order-archiver.template.json');
  expect((JSON.parse(json.text) as Template).Resources.ArchiveFunction.Properties?.Timeout).toBe(60);
  monaco.expectCleanRun();
});

test('the CDK app view lists its files, Glue scripts included, and downloads them as a zip', async ({ page }) => {
  const { monaco } = await openCodePanel(page, 'Nightly schedule → Glue job (Spark) → Redshift', 'Load orders');
  await page.getByRole('combobox', { name: 'Export as' }).selectOption({ label: 'CDK app (TypeScript)' });
  const file = page.getByRole('combobox', { name: 'File' });
  await file.selectOption('glue/load-orders.py');
  await monaco.waitForEditor(EDITOR);
  await expect(monaco.lines(EDITOR)).toContainText('import');

  // Code reads better wide: the toggle widens the side panel.
  const sidePanel = page.getByRole('complementary', { name: 'Side panel' });
  const narrow = (await sidePanel.boundingBox())!.width;
  await page.getByRole('button', { name: 'Wide side panel' }).click();
  await expect(page.getByRole('button', { name: 'Wide side panel' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await sidePanel.boundingBox())!.width).toBeGreaterThan(narrow + 200);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CDK app (.zip)' }).click()]);
  expect(download.suggestedFilename()).toBe('nightly-warehouse-load-cdk.zip');
  const entries = unzipSync(new Uint8Array(await readFile(await download.path())));
  expect(Object.keys(entries)).toContain('nightly-warehouse-load-cdk/glue/load-orders.py');
  expect(strFromU8(entries['nightly-warehouse-load-cdk/glue/load-orders.py'])).toContain('import');
  monaco.expectCleanRun();
});

test('importing a template opens it as a new pipeline, lists what it could not draw, and leaves the open one as it was', async ({ page }) => {
  const { designer, monaco } = await openCodePanel(page, 'SQS → Lambda → S3 with a DLQ', 'Archive orders');
  const fileInput = page.getByLabel('CloudFormation template file');

  // A broken template changes nothing and says where.
  await fileInput.setInputFiles({ name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from('Resources:\n  Queue:\n    Properties: {}\n') });
  const refused = page.getByRole('alert', { name: 'Template not imported' });
  await expect(refused).toContainText('Resources.Queue.Type: required');
  await expect(designer.nodes).toHaveCount(4);

  // A hand-written template: the queue becomes a node, the VPC is listed as not drawn.
  const template = 'Resources:\n  IncomingQueue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 60\n  Network:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n';
  await fileInput.setInputFiles({ name: 'queue.template.yaml', mimeType: 'application/yaml', buffer: Buffer.from(template) });
  const report = page.getByRole('dialog', { name: 'Template imported' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('list', { name: 'Resources not imported' })).toContainText('Network (AWS::EC2::VPC)');
  await expect(report).toContainText('the one you had open is unchanged in My pipelines');
  await report.getByRole('button', { name: 'OK' }).click();
  await expect(designer.node('IncomingQueue')).toBeVisible();
  await expect(designer.nodes).toHaveCount(1);
  await expect(monaco.lines(EDITOR)).toContainText('IncomingQueue');
  // What has no node is kept: a card on the canvas (grouped by service), and written back by the export.
  const kept = page.getByText('1 kept resource without a node (exported unchanged)');
  await expect(kept).toBeVisible();
  // The card sits clear of the zoom controls and of the messages at the bottom: both stay clickable.
  const card = await kept.boundingBox();
  for (const other of [page.getByLabel('Zoom controls'), page.getByLabel('Mini map'), page.getByRole('status')]) {
    const box = await other.first().boundingBox();
    if (!card || !box) continue;
    const apart = card.x + card.width <= box.x || box.x + box.width <= card.x || card.y + card.height <= box.y || box.y + box.height <= card.y;
    expect(apart, `the kept card overlaps ${other}`).toBe(true);
  }
  await kept.click();
  await expect(page.getByRole('listitem', { name: 'EC2: 1' })).toContainText('Network');
  await expect(monaco.lines(EDITOR)).toContainText('Network');
  await designer.node('IncomingQueue').click();
  await designer.tab('Inspector').click();
  await expect(page.getByRole('region', { name: 'From the imported template' })).toContainText('IncomingQueue');
  await designer.tab('Code').click();

  // The pipeline open before the import is its own entry still, unchanged.
  const files = new FilesPage(page);
  await files.openLibrary();
  await expect(files.libraryDialog.getByRole('listitem').filter({ hasText: 'imported from a template' })).toHaveCount(1);
  await files.libraryDialog.getByRole('button', { name: 'Open order-archiver' }).click();
  await expect(designer.node('Archive orders')).toBeVisible();
  await expect(designer.nodes).toHaveCount(4);
  monaco.expectCleanRun();
});

test('a value kept as written from an imported template is listed in Problems, naming its resource and property', async ({ page }) => {
  const { designer } = await openCodePanel(page, 'SQS → Lambda → S3 with a DLQ', 'Archive orders');
  // 5 GB: AWS accepts it for MySQL on magnetic storage, the designer's minimum is 20 GB.
  const template = 'Resources:\n  Orders:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      AllocatedStorage: 5\n      DBInstanceClass: db.t3.micro\n';
  await page.getByLabel('CloudFormation template file').setInputFiles({ name: 'db.template.yaml', mimeType: 'application/yaml', buffer: Buffer.from(template) });
  const report = page.getByRole('dialog', { name: 'Template imported' });
  await report.getByRole('button', { name: 'OK' }).click();
  await expect(designer.node('Orders')).toBeVisible();
  const problems = new ProblemsPage(page);
  await problems.open();
  const row = problems.row('Resources.Orders.Properties.AllocatedStorage is 5, kept as written from the imported template');
  await expect(row).toBeVisible();
  await expect(row).toContainText('allocatedStorageGb 20');
  await expect(problems.badge(designer.node('Orders'))).toHaveAccessibleName(/info/);
});

test('a pipeline with validation errors says so above its template, with a way to the problems', async ({ page }) => {
  const { monaco } = await openCodePanel(page, 'Everything wrong (breaks limits on purpose)', 'Events');
  const note = page.getByRole('note').filter({ hasText: 'validation error' });
  await expect(note).toContainText('the template would be refused by AWS or fail once deployed');
  await note.getByRole('button', { name: 'Show problems' }).click();
  await expect(page.getByRole('tab', { name: /^Problems/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: /^Problems/ })).toBeFocused();
  monaco.expectCleanRun();
});
