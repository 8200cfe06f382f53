/**
 * Debian's Chromium, as every test and script of the repository starts it: never a downloaded
 * browser, and nothing of its own on the network (no QUIC, no background requests, no updates,
 * no sync), so that a test sees only the page's requests.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
