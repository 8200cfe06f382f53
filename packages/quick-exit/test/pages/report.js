// Shared by the test pages: reports what the user would have seen when an exit began to the
// browser test, which set `quickExitLog = []` on its own window (the parent of the frame, or the
// opener of a popup). Entries are JSON strings: the page that wrote them is gone by the time
// they are read.

function sink() {
  for (const candidate of [window.parent, window.top, window.top.opener]) {
    try {
      if (candidate && candidate !== window && Array.isArray(candidate.quickExitLog)) return candidate.quickExitLog;
    } catch {
      // another origin: not a test page
    }
  }
  return undefined;
}

/**
 * Records each exit event of the page, with the state of the page at that moment: the event
 * and its deprecated name, which fires too until the next minor version.
 */
export function reportExits(exit) {
  const record = (event) => {
    const cover = exit.shadowRoot && exit.shadowRoot.querySelector('[part="cover"]');
    const box = cover ? cover.getBoundingClientRect() : undefined;
    const entry = {
      name: event.type,
      detail: event.detail,
      target: event.target.localName,
      title: document.title,
      coverShown: !!cover && !cover.hidden && getComputedStyle(cover).display !== 'none',
      coverBox: box ? [box.left, box.top, box.width, box.height] : undefined,
      viewport: [innerWidth, innerHeight],
      storedKeys: Object.keys(localStorage).sort(),
      url: location.href,
    };
    sink()?.push(JSON.stringify(entry));
  };
  document.addEventListener('cs-quick-exit-leave', record);
  document.addEventListener('cs-quick-exit', record);
}
