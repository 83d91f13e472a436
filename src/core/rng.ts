// The 32-bit Mersenne Twister (mt19937) exactly as PyTorch's CPU generator runs it, so that
// `torch.manual_seed(s)` followed by an init draws the same numbers here as in PyTorch.

const N = 624
const M = 397
const MATRIX_A = 0x9908b0df
const UPPER_MASK = 0x80000000
const LOWER_MASK = 0x7fffffff

/** Plain data, so a run's generator can be saved in a session and restored. */
export interface RngState {
  state: number[]
  index: number
}

export class MersenneTwister {
  private readonly state = new Uint32Array(N)
  private index = N

  /** torch.manual_seed(seed): PyTorch keeps the low 32 bits of the seed. */
  constructor(seed: number) {
    if (!Number.isSafeInteger(seed) || seed < 0) {
      throw new RangeError(`seed must be a non-negative integer, got ${seed}`)
    }
    this.state[0] = seed % 0x100000000
    for (let i = 1; i < N; i++) {
      const prev = this.state[i - 1] ^ (this.state[i - 1] >>> 30)
      // 1812433253 * prev + i, modulo 2^32 (Math.imul keeps it exact in 32 bits)
      this.state[i] = (Math.imul(1812433253, prev) + i) >>> 0
    }
    this.index = N
  }

  static restore(saved: RngState): MersenneTwister {
    const rng = new MersenneTwister(0)
    if (saved.state.length !== N) throw new RangeError('mt19937 state must hold 624 words')
    if (!saved.state.every((word) => Number.isInteger(word) && word >= 0 && word <= 0xffffffff)) {
      throw new RangeError('mt19937 state words must be unsigned 32-bit integers')
    }
    if (!Number.isInteger(saved.index) || saved.index < 0 || saved.index > N) {
      throw new RangeError(`mt19937 index must be in 0..624, got ${saved.index}`)
    }
    rng.state.set(saved.state)
    rng.index = saved.index
    return rng
  }

  snapshot(): RngState {
    return { state: Array.from(this.state), index: this.index }
  }

  /** The next 32-bit output, as an unsigned integer. */
  nextUint32(): number {
    if (this.index >= N) this.twist()
    let y = this.state[this.index++]
    y ^= y >>> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    y ^= y >>> 18
    return y >>> 0
  }

  /**
   * torch.randperm(n) on the CPU, into `order` (n = its length): the identity, then for
   * i = 0 .. n - 2 a swap of element i with element i + (the next draw mod (n - i)). PyTorch keeps
   * this algorithm for every n below 2^32 / 20 (its "preserve old behavior" branch), far above the
   * app's row limit, so a mini-batch order here is the order `torch.randperm(n)` gives after the
   * same draws. (The modulo favours small remainders by at most n / 2^32: PyTorch's choice.)
   */
  randperm(order: Uint32Array): void {
    const n = order.length
    for (let i = 0; i < n; i++) order[i] = i
    for (let i = 0; i < n - 1; i++) {
      const j = i + (this.nextUint32() % (n - i))
      const t = order[i]
      order[i] = order[j]
      order[j] = t
    }
  }

  private twist(): void {
    const s = this.state
    for (let i = 0; i < N; i++) {
      const y = (s[i] & UPPER_MASK) | (s[(i + 1) % N] & LOWER_MASK)
      s[i] = s[(i + M) % N] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)
    }
    this.index = 0
  }
}
