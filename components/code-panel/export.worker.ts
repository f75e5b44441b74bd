import { type ExportRequest, runExport } from './run-export';

// Exporting a large graph can take a few hundred milliseconds: it runs here, never blocking typing.
self.onmessage = (event: MessageEvent<ExportRequest>) => {
  self.postMessage(runExport(event.data));
};
