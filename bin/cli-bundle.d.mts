export declare function bundlePaths(dir: string): { bundle: string; inputs: string };
export declare const DEFAULT_BUNDLE_DIR: string;
export declare function bundleIsFresh(root: string, dir?: string): boolean;
export declare function contentHash(file: string): string;
