// The PDF as pdfkit writes it, collected in one doubling byte buffer.

/**
 * pdfkit emits many tiny pieces ("endobj", one dictionary), and keeping each as its own buffer cost
 * far more memory than the bytes themselves.
 */
export class GrowingBytes {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  append(chunk: Uint8Array): number {
    this.reserve(chunk.length);
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
    return chunk.length;
  }

  /** A latin1 string and a newline, as pdfkit writes its dictionaries and keywords; returns the bytes written. */
  appendLine(text: string): number {
    this.reserve(text.length + 1);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i) & 0xff;
    buffer[at++] = 10;
    this.length = at;
    return text.length + 1;
  }

  /** How many bytes have been written so far. */
  get size(): number {
    return this.length;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
