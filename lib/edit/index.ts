export * from './operation';
export * from './apply';
export * from './ids';
export * from './operations';
export * from './fragment';
export * from './layout';
export * from './free-space';
