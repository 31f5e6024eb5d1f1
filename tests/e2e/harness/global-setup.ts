// Fail the whole e2e step early, with one line, when a browser or the build is missing.
import { chromiumPath, firefoxPath } from './browsers';
import { CHROME_BUILD, FIREFOX_BUILD, requireBuild } from './paths';

export default function setup(): void {
  chromiumPath();
  firefoxPath();
  requireBuild(CHROME_BUILD);
  requireBuild(FIREFOX_BUILD);
}
