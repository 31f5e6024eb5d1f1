import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { gateMatcher, type GateNames } from '../core/detect/prefilter';
import { runGate } from '../page/gate/gate-main';

// The content script on every page (declared in wxt.config.ts, not by WXT's defineContentScript,
// whose wrapper touches extension APIs on load). __WIC_GATE__ holds the anchors and pattern for WIC
// names, computed from data/names.json at build time (wxt.config.ts).
declare const __WIC_GATE__: GateNames;

export default defineUnlistedScript(() => runGate(gateMatcher(__WIC_GATE__)));
