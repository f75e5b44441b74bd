export { importCloudFormation, nameFromFileName, type ImportOptions, type ImportResult } from './import-template';
