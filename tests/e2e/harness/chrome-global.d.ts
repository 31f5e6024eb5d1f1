// `chrome` as seen inside sw.evaluate()/page.evaluate() callbacks, which run in the browser.
declare const chrome: any;
