import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sampleHere } from '../page/gate/gate-main';

// The gate: injected into the page's own world by the background when a page has loaded
// (ext/gate-driver.ts), which reads back main's value (the page's sample, or null) and decides.
export default defineUnlistedScript(() => sampleHere());
