// The WIC's own names, ordinals and edition dates: the only data the content script ships.
import type { WicNames } from '../core/kb/types';
import namesJson from './names.json';

export const wicNames: WicNames = namesJson as unknown as WicNames;
