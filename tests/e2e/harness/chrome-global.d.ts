// `chrome` as seen inside sw.evaluate()/page.evaluate() callbacks, which run in the browser.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
