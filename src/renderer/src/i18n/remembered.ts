// The UI's small remembered choices (language, theme) in localStorage. Storage can be unavailable
// (private mode, a locked profile): the app then keeps working with the defaults and says so once
// in the console, rather than failing to start.

export function readRemembered(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null
  } catch (error) {
    console.warn(`Logit Lab: cannot read the saved "${key}" setting`, error)
    return null
  }
}

export function remember(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value)
  } catch (error) {
    console.warn(`Logit Lab: cannot save the "${key}" setting`, error)
  }
}
