() => {
  // What a screen gets wrong at a width, measured in the page (LayoutTests runs it; docs/web.md quotes it):
  // - "overflow": a visible element whose box, clipped by its scrolling/clipping ancestors, reaches past the window's
  //   left or right edge (a table inside a scroll box may be wider than the window: its box is the scroll box);
  // - "vertical": text of two or more characters laid out one character per line (every line narrower than 1.6 em);
  // - "page": the document itself scrolls sideways.
  const W = document.documentElement.clientWidth;
  const problems = [];
  const describe = e => {
    const id = e.getAttribute && e.getAttribute('data-testid');
    const cls = typeof e.className === 'string' ? e.className.split(' ').filter(Boolean).slice(0, 2).join('.') : '';
    return e.tagName.toLowerCase() + (id ? `[data-testid=${id}]` : '') + (cls ? '.' + cls : '') + ' "' + (e.textContent || '').trim().slice(0, 24) + '"';
  };
  const visible = e => {
    const s = getComputedStyle(e);
    return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) !== 0;
  };
  for (const e of document.querySelectorAll('body *')) {
    if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') continue; // an svg is measured as one box
    if (e.closest('.mud-popover-provider, .mud-overlay, [aria-hidden=true]')) continue;
    if (!visible(e)) continue;
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    let left = r.left, right = r.right;
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX !== 'visible') { const ar = a.getBoundingClientRect(); left = Math.max(left, ar.left); right = Math.min(right, ar.right); }
      if (s.position === 'fixed') break;
    }
    if (right <= left) continue; // scrolled out of its box
    if (right > W + 1 || left < -1) problems.push(`overflow ${describe(e)} ${Math.round(left)}..${Math.round(right)} > ${W}`);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const text = t.textContent.trim();
    if (text.length < 2 || !t.parentElement || !visible(t.parentElement) || t.parentElement.closest('svg')) continue;
    const range = document.createRange();
    range.selectNodeContents(t);
    const lines = [...range.getClientRects()].filter(q => q.width > 0);
    if (lines.length < 2) continue;
    const em = parseFloat(getComputedStyle(t.parentElement).fontSize);
    if (lines.every(q => q.width < 1.6 * em) && lines.length >= Math.min(text.length, 3)) problems.push(`vertical ${describe(t.parentElement)} ${lines.length} lines`);
  }
  if (document.documentElement.scrollWidth > W + 1) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${W}`);
  return problems;
}
