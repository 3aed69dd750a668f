/**
 * The browsers the bundles are built for (documented in README "Browser support"): ES2021 with class
 * fields lowered as these need. Chromium 90 covers 360, QQ and Sogou browsers' current kernels.
 */
export const BROWSER_TARGETS = ['chrome90', 'edge90', 'firefox90', 'safari14.1'];
