import type { FunctionComponent } from 'preact';
import type { Exercise } from '@/utils/domain/exercises';
import { ChildPose } from './ChildPose';
import { Plank } from './Plank';
import { Rotation } from './Rotation';
import { WallSquat } from './WallSquat';

/** A line drawing of each exercise's position, by its locale key. */
export const ILLUSTRATIONS: Record<Exercise['key'], FunctionComponent<{ label: string }>> = {
  plank: Plank,
  rotation: Rotation,
  childPose: ChildPose,
  wallSquat: WallSquat,
};
