// Lines to a stream in chunks: a run may log every epoch of millions, and one write per line
// would cost more than the training.

const CHUNK_CHARS = 64 * 1024

export class LineWriter {
  private pending: string[] = []
  private size = 0

  constructor(private readonly write: (text: string) => void) {}

  line(text: string): void {
    this.pending.push(text)
    this.size += text.length + 1
    if (this.size >= CHUNK_CHARS) this.flush()
  }

  flush(): void {
    if (this.pending.length === 0) return
    this.write(this.pending.join('\n') + '\n')
    this.pending = []
    this.size = 0
  }
}
