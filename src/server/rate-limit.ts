/** A token bucket per connection: a burst is fine, a flood is refused and, if it goes on, cut off. */
export class RateLimit {
  private tokens: number;
  private last = Date.now();
  /** Messages refused in a row; the connection is closed when it reaches `cutOff`. */
  refused = 0;

  constructor(private readonly perSecond = 10, private readonly burst = 30, readonly cutOff = 200) {
    this.tokens = burst;
  }

  take(now = Date.now()): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) {
      this.refused++;
      return false;
    }
    this.tokens -= 1;
    this.refused = 0;
    return true;
  }

  get exhausted(): boolean {
    return this.refused >= this.cutOff;
  }
}
