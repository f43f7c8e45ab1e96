/** The manifest's keyboard command that switches "On ball" on and off. */
export const TOGGLE_COMMAND = 'toggle-on-ball';
