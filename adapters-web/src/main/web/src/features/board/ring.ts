// The new-order ring: a two-tone chime every two seconds while an order waits, played with
// Web Audio (no file to load, nothing for the content security policy to refuse). Browsers
// only let a page make sound after a tap, so the board asks for one ("tap to enable sound").

const INTERVAL_MS = 2000;

export class Ringer {
  private context: AudioContext | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;

  /** Whether sound can play now (the page had its tap). */
  get enabled(): boolean {
    return this.context?.state === 'running';
  }

  /** Call from a tap or click: browsers start audio only inside a user gesture. */
  async enable(): Promise<boolean> {
    const Context = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Context) return false;
    this.context ??= new Context();
    try {
      await this.context.resume();
    } catch {
      return false;
    }
    return this.enabled;
  }

  start(): void {
    if (this.timer) return;
    this.chime();
    this.timer = setInterval(() => this.chime(), INTERVAL_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private chime(): void {
    const context = this.context;
    if (!context || context.state !== 'running') return;
    const start = context.currentTime;
    [880, 1320].forEach((frequency, index) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      const at = start + index * 0.18;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.4, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.35);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.4);
    });
  }
}
