import { afterFirstFrame } from '@/utils/after-first-frame';

/** The popup's messages, watching and links, loaded after its first frame (see `live.ts`). */
export const live = afterFirstFrame(() => import('./live'));
