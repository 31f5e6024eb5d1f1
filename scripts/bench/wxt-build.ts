// One WXT build in its own process (WXT keeps global state per run): `chrome` and `firefox` are the
// store packages (`wxt zip`), `bench` is the Chrome build in mode 'bench' (User Timing kept).
import { build, zip } from 'wxt';

const [kind, outDir] = process.argv.slice(2);
if (!outDir) throw new Error('usage: wxt-build.ts chrome|firefox|bench <outDir>');
if (kind === 'chrome' || kind === 'firefox') await zip({ outDir, browser: kind, zip: { zipSources: false } });
else if (kind === 'bench') await build({ outDir, browser: 'chrome', mode: 'bench' });
else throw new Error(`unknown build ${kind}`);
