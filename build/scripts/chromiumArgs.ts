// The flags every Chromium we launch gets (end-to-end tests, browser benchmarks, README
// screenshots): no sandbox or GPU in containers, and nothing that reaches the network on its
// own (the e2e fixture fails a test on any request, and this machine has no internet).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
