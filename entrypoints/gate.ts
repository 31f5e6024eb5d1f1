import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { gateMatcher, type GateNames } from '../core/detect/prefilter';
import { gateHere } from '../page/gate/gate-main';

// The gate: injected into the page's own world by the background when a page has loaded
// (ext/gate-driver.ts), which reads back main's boolean. __WIC_GATE__ holds what it looks for,
// computed from data/names.json at build time (wxt.config.ts).
declare const __WIC_GATE__: GateNames;

export default defineUnlistedScript(() => gateHere(gateMatcher(__WIC_GATE__)));
