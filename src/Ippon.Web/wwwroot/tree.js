// The tree diagram's zoom, pan and keyboard (TreeDiagram.razor renders the SVG; this only sizes and moves it).
// Zoom z is CSS pixels per layout unit. It never goes below the zoom at which the smallest text is 12 px: when the
// whole tree would need smaller text, "fit" stops there and the tree is panned (drag, scroll bars, wheel) instead.
(function () {
  const MIN_TEXT_PX = 12, MAX_ZOOM = 3, STEP = 1.25;
  const views = new WeakMap();

  function state(view) {
    let s = views.get(view);
    if (!s) { s = { zoom: null, user: false, pointers: new Map(), pinch: null, drag: null, current: null }; views.set(view, s); }
    return s;
  }
  const svgOf = view => view.querySelector('svg.ippon-tree');
  const scrollerOf = view => view.querySelector('.ippon-tree-scroll');
  function size(view) {
    const svg = svgOf(view);
    return svg ? { w: parseFloat(svg.dataset.width), h: parseFloat(svg.dataset.height) } : { w: 1, h: 1 };
  }
  // The smallest font size drawn in the tree, in layout units (computed style is unaffected by the SVG's scale).
  function smallestFont(view) {
    let min = Infinity;
    for (const t of view.querySelectorAll('svg.ippon-tree text')) min = Math.min(min, parseFloat(getComputedStyle(t).fontSize));
    return isFinite(min) ? min : MIN_TEXT_PX;
  }
  const minZoom = view => MIN_TEXT_PX / smallestFont(view);
  function fitZoom(view) {
    const sc = scrollerOf(view), { w, h } = size(view);
    const room = Math.max(200, window.innerHeight - sc.getBoundingClientRect().top - 24);
    const byWidth = (sc.clientWidth - 4) / w, byHeight = (Math.max(room, 360)) / h;
    return Math.min(byWidth, byHeight);
  }
  const clamp = (view, z) => Math.max(minZoom(view), Math.min(MAX_ZOOM, z));

  // Sets the zoom, keeping the layout point under (px, py) of the scroll box where it was.
  function setZoom(view, z, px, py) {
    const s = state(view), sc = scrollerOf(view), svg = svgOf(view);
    if (!svg) return;
    const old = s.zoom || z;
    z = clamp(view, z);
    const { w, h } = size(view);
    px = px ?? sc.clientWidth / 2; py = py ?? sc.clientHeight / 2;
    const cx = (sc.scrollLeft + px) / old, cy = (sc.scrollTop + py) / old;
    s.zoom = z;
    svg.style.width = (w * z) + 'px';
    svg.style.height = (h * z) + 'px';
    sc.scrollLeft = cx * z - px; sc.scrollTop = cy * z - py;
    view.dataset.zoom = z.toFixed(3);
    view.dataset.minZoom = minZoom(view).toFixed(3);
    const label = view.querySelector('.ippon-tree-zoom');
    if (label) label.textContent = Math.round(z * 100) + '%';
    squeeze(view);
  }
  const fitted = view => Math.min(fitZoom(view), 1.6);
  function fit(view) {
    const s = state(view);
    s.user = false;
    setZoom(view, fitted(view), 0, 0);
    scrollerOf(view).scrollLeft = 0; scrollerOf(view).scrollTop = 0;
  }

  // A line that the layout's estimate still let run past its box (another font on this machine) is squeezed to fit.
  function squeeze(view) {
    for (const t of view.querySelectorAll('svg.ippon-tree text[data-room]')) {
      const room = parseFloat(t.dataset.room);
      t.removeAttribute('textLength'); t.removeAttribute('lengthAdjust');
      if (t.getComputedTextLength() > room) { t.setAttribute('textLength', room); t.setAttribute('lengthAdjust', 'spacingAndGlyphs'); t.dataset.squeezed = '1'; }
      else delete t.dataset.squeezed;
    }
  }

  // Keyboard: one box is the tab stop (roving tabindex); arrows move: ← the box it hangs under, → its first
  // child, ↑/↓ the box above/below in its column. Enter or Space opens it in the editor (a click).
  const nodes = view => [...view.querySelectorAll('svg.ippon-tree g[data-node]')];
  function rove(view, target) {
    const s = state(view), all = nodes(view);
    if (!all.length) return;
    const current = target || all.find(g => g.dataset.node === s.current) || view.querySelector('g.ippon-node-selected') || all.find(g => !g.dataset.parent) || all[0];
    s.current = current.dataset.node;
    for (const g of all) g.setAttribute('tabindex', g === current ? '0' : '-1');
    return current;
  }
  const top = g => g.transform.baseVal.consolidate()?.matrix.f ?? 0;
  function neighbour(view, g, key) {
    const all = nodes(view);
    if (key === 'ArrowLeft') return all.find(n => n.dataset.node === g.dataset.parent);
    if (key === 'ArrowRight') return all.filter(n => n.dataset.parent === g.dataset.node).sort((a, b) => top(a) - top(b))[0];
    const column = all.filter(n => n.dataset.column === g.dataset.column).sort((a, b) => top(a) - top(b));
    const i = column.indexOf(g);
    return key === 'ArrowUp' ? column[i - 1] : column[i + 1];
  }
  function onKey(e) {
    const view = e.currentTarget, g = e.target.closest && e.target.closest('g[data-node]');
    if (!g) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (!g.classList.contains('ippon-node-selected')) g.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return;
    }
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) return;
    e.preventDefault();
    const next = neighbour(view, g, e.key);
    if (next) { rove(view, next); next.focus(); }
  }
  function onFocusIn(e) {
    const g = e.target.closest && e.target.closest('g[data-node]');
    if (g) { rove(e.currentTarget, g); g.scrollIntoView({ block: 'nearest', inline: 'nearest' }); }
  }

  function onClick(e) {
    // On a phone the editor opens under the outline: bring it into view.
    if (e.target.closest('.ippon-outline-item')) {
      setTimeout(() => document.querySelector('.ippon-side [data-testid=node-editor]')?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 200);
      return;
    }
    const button = e.target.closest('[data-zoom]');
    if (!button) return;
    const view = e.currentTarget, s = state(view);
    if (button.dataset.zoom === 'fit') return fit(view);
    s.user = true;
    setZoom(view, s.zoom * (button.dataset.zoom === 'in' ? STEP : 1 / STEP));
  }
  // Ctrl+wheel (and a trackpad's pinch, which Chromium sends as one) zooms around the pointer; the plain wheel scrolls.
  function onWheel(e) {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const view = e.currentTarget.closest('.ippon-tree-view'), s = state(view), r = e.currentTarget.getBoundingClientRect();
    s.user = true;
    setZoom(view, s.zoom * Math.exp(-e.deltaY * 0.0025), e.clientX - r.left, e.clientY - r.top);
  }
  // Two fingers pinch; a mouse drag on the background pans.
  function onDown(e) {
    const sc = e.currentTarget, view = sc.closest('.ippon-tree-view'), s = state(view);
    s.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (s.pointers.size === 2) {
      const [a, b] = [...s.pointers.values()];
      s.pinch = { d: Math.hypot(a.x - b.x, a.y - b.y), z: s.zoom };
      s.drag = null;
    } else if (e.pointerType === 'mouse' && e.button === 0 && !e.target.closest('g[data-node]')) {
      s.drag = { x: e.clientX, y: e.clientY, left: sc.scrollLeft, top: sc.scrollTop };
      sc.setPointerCapture(e.pointerId);
      sc.classList.add('ippon-tree-dragging');
    }
  }
  function onMove(e) {
    const sc = e.currentTarget, view = sc.closest('.ippon-tree-view'), s = state(view);
    if (s.pointers.has(e.pointerId)) s.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (s.pinch && s.pointers.size === 2) {
      const [a, b] = [...s.pointers.values()], r = sc.getBoundingClientRect();
      s.user = true;
      setZoom(view, s.pinch.z * Math.hypot(a.x - b.x, a.y - b.y) / s.pinch.d, (a.x + b.x) / 2 - r.left, (a.y + b.y) / 2 - r.top);
    } else if (s.drag) {
      sc.scrollLeft = s.drag.left - (e.clientX - s.drag.x);
      sc.scrollTop = s.drag.top - (e.clientY - s.drag.y);
    }
  }
  function onUp(e) {
    const sc = e.currentTarget, s = state(sc.closest('.ippon-tree-view'));
    s.pointers.delete(e.pointerId);
    if (s.pointers.size < 2) s.pinch = null;
    if (s.drag) { s.drag = null; sc.classList.remove('ippon-tree-dragging'); }
  }

  window.ippon = window.ippon || {};
  window.ippon.tree = {
    attach(view) {
      if (!view) return;
      const sc = scrollerOf(view);
      view.addEventListener('click', onClick);
      view.addEventListener('keydown', onKey);
      view.addEventListener('focusin', onFocusIn);
      sc.addEventListener('wheel', onWheel, { passive: false });
      sc.addEventListener('pointerdown', onDown);
      sc.addEventListener('pointermove', onMove);
      sc.addEventListener('pointerup', onUp);
      sc.addEventListener('pointercancel', onUp);
      const s = state(view);
      s.resize = () => { if (!s.user) setZoom(view, fitted(view), 0, 0); };
      window.addEventListener('resize', s.resize);
      fit(view);
      rove(view);
    },
    // After a render: the drawing may have grown or shrunk; keep the user's zoom, else fit again.
    update(view) {
      if (!view) return;
      const s = state(view);
      setZoom(view, s.user ? s.zoom : fitted(view), 0, 0); // the scroll position stays where the user left it
      rove(view);
    },
    detach(view) {
      const s = view && views.get(view);
      if (s && s.resize) window.removeEventListener('resize', s.resize);
    },
    // For tests and the page: the zoom now and the smallest zoom that keeps text readable.
    zoomOf: view => ({ zoom: state(view).zoom, min: minZoom(view) }),
  };
})();
