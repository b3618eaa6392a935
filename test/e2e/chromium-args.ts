// How Debian's Chromium is started for e2e tests and benchmarks on this kind of machine: headless,
// as root, and with nothing that phones home (the closed network refuses those connections).
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Norwegian UI language, as on the officers' PCs: date inputs show dd.mm.åååå.
  '--lang=nb',
];
