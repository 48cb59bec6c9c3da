/** A one-line progress counter on stderr, redrawn in place; silent unless stderr is a terminal outside CI. */
export class Progress {
  private n = 0;
  private last = 0;

  constructor(private readonly stream: NodeJS.WritableStream, private readonly total: number, private readonly on: boolean) {}

  tick(file: string): void {
    this.n++;
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < 100 && this.n < this.total) return;
    this.last = now;
    const name = file.length > 50 ? '…' + file.slice(-49) : file;
    this.stream.write(`\r\x1b[K[${this.n}/${this.total}] ${name}`);
  }

  done(): void {
    if (this.on && this.n) this.stream.write('\r\x1b[K');
  }
}
