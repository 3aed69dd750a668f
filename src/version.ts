/** The kit's version (package.json's; a node test keeps the two equal). */
export const VERSION = '0.1.0';
