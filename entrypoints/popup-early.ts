/** Runs in the popup's head, before its main script: starts the reads its first frame needs. */
import { defineUnlistedScript } from '#imports';
import { nativeApi } from '@/utils/client/native-api';
import { startFirstFrameRead } from './popup/first-frame';

export default defineUnlistedScript(() => {
  startFirstFrameRead(nativeApi());
});
