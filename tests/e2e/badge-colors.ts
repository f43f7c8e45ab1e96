/** The badge's colours as both browsers report them (RGBA), for the tones the worker's plan sets. */
export const CALM_GREEN = [47, 111, 79, 255];
export const LAST_MINUTE_AMBER = [154, 74, 0, 255];
