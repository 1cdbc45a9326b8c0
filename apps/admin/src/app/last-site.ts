const KEY = 'zq.console.lastSite';

/** The site the user worked on last, so the console reopens there. */
export function rememberSite(siteId: number): void {
  try {
    localStorage.setItem(KEY, String(siteId));
  } catch {
    // private mode: nothing to remember
  }
}

export function lastSite(): number | null {
  try {
    const value = Number(localStorage.getItem(KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}
