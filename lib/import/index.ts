export { importCloudFormation, type ImportResult } from './import-template';
