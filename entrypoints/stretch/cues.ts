/** Short tones at the start and end of each hold, made with Web Audio: nothing is loaded. */

export interface Cues {
  /** Called from a click, so the browser lets the page make sound later. */
  prepare(): void;
  holdStarts(): void;
  holdEnds(): void;
}

const VOLUME = 0.2;

export function toneCues(): Cues {
  let context: AudioContext | null = null;

  function tone(frequency: number, delay: number, seconds: number): void {
    if (!context) return;
    const at = context.currentTime + delay;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    // A quick fade in and out avoids clicks.
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(VOLUME, at + 0.02);
    gain.gain.linearRampToValueAtTime(0, at + seconds);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + seconds);
  }

  return {
    prepare() {
      if (typeof AudioContext === 'undefined') return;
      context ??= new AudioContext();
      void context.resume();
    },
    holdStarts() {
      tone(660, 0, 0.15);
      tone(880, 0.2, 0.3);
    },
    holdEnds() {
      tone(880, 0, 0.15);
      tone(523, 0.2, 0.45);
    },
  };
}
