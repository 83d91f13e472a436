// PyTorch's tensors are float32: where a float64 value would already be infinite there, and the
// rounding of parameters that the chaos detector's shadow run applies.

/** The largest float32: beyond it PyTorch's float32 tensors would already be infinite. */
export const FLOAT32_MAX = 3.4028234663852886e38

/** Whether values[start..end) are all finite as float32s (NaN is not). */
export function allFinite32(values: ArrayLike<number>, start = 0, end = values.length): boolean {
  for (let i = start; i < end; i++) {
    // written so that NaN fails too
    if (!(Math.abs(values[i]) <= FLOAT32_MAX)) return false
  }
  return true
}

/** Each value rounded to the nearest float32, in place. */
export function roundToFloat32(values: Float64Array): void {
  for (let i = 0; i < values.length; i++) values[i] = Math.fround(values[i])
}
