import { expect, test } from '@playwright/test';
import { Designer } from './support/designer';
import { MonacoPage } from './support/monaco-page';

test('a connection into a function shows the event AWS delivers, read-only, and copies it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const d = new Designer(page);
  await d.open();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(d.nodes).toHaveCount(0);
  await d.paletteItem('Lambda function').focus();
  await page.keyboard.press('Enter');
  await d.paletteItem('SQS queue').focus();
  await page.keyboard.press('Enter');
  // The queue just added is selected: connect it to the function from its inspector.
  await page.getByLabel('Connect to').selectOption({ label: 'Lambda function 1 (Lambda function): polled by' });
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('region', { name: 'Connections' }).getByRole('button', { name: 'to Lambda function 1' }).click();
  const inspector = page.getByRole('region', { name: 'Inspector: connection' });
  await expect(inspector).toBeVisible();

  const samples = inspector.getByRole('region', { name: 'Sample events' });
  await expect(samples.getByText('Up to 10 records per invocation with this design\'s batch size; the sample shows 3.')).toBeVisible();
  const monaco = new MonacoPage(page);
  const name = 'Sample event from SQS queue 1 to Lambda function 1';
  await monaco.waitForEditor(name);
  await expect(monaco.lines(name)).toContainText('"eventSource": "aws:sqs"');
  // Read-only: typing changes nothing.
  await monaco.input(name).focus();
  await page.keyboard.type('x');
  await expect(monaco.lines(name)).not.toContainText('x"Records"');

  await samples.getByRole('button', { name: `Copy sample event from SQS queue 1 to Lambda function 1` }).click();
  await expect(samples.getByRole('status')).toHaveText('Copied to the clipboard.');
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.Records).toHaveLength(3);
  expect(copied.Records[0].eventSourceARN).toBe('arn:aws:sqs:us-east-1:123456789012:queue-1');
  expect(copied.Records[0].attributes.MessageGroupId).toBeUndefined();
});
