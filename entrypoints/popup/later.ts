import { afterFirstFrame } from '@/utils/client/after-first-frame';

/** What the popup loads after its first frame (see `live.ts`). */
export const live = afterFirstFrame(() => import('./live'));
