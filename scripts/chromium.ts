// Headless Chromium for the viewer's benchmark, screenshots and browser tests: Debian's build, offline.

/** Debian's chromium (never a downloaded browser); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, no network chatter, WebGL on SwiftShader (software), no sandbox (containers run as root). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];
