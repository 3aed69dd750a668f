export function elementTags(root?: string): string[];
export const BUNDLES: string[];
export function elementFiles(tag: string): [string, string];
export function distFiles(root?: string): string[];
export function writeIntegrity(outDir?: string): Record<string, string>;
