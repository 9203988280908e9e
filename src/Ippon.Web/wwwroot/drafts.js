// Never lose work (Features/Drafts): the browser's side of the plan page's draft.
// - beforeunload: the browser asks before a reload, closing the tab or leaving the site while the page shows
//   something unsaved (its data-unsaved="yes", read from the page itself so that the question never lags behind what
//   the page shows; in-app links are asked by the page, with Blazor's NavigationLock);
// - ippon.go(url): leave on purpose without that question (the language switch, after the draft was written);
// - Ctrl+Z / Ctrl+Shift+Z (Cmd on a Mac, Ctrl+Y too): undo and redo over the draft's edits, but only when no text
//   field has the focus, so that a field's own undo of its typing is never taken over.
(function () {
  const state = { leaving: false, page: null };

  window.addEventListener("beforeunload", function (e) {
    if (state.leaving || !document.querySelector("[data-unsaved=yes]")) return;
    e.preventDefault();
    e.returnValue = ""; // older Chromium needs a value; the browser shows its own text
  });

  function typingInAField(target) {
    const el = target instanceof Element ? target : document.activeElement;
    if (!el) return false;
    return el.isContentEditable || el.tagName === "TEXTAREA" || el.tagName === "SELECT"
      || (el.tagName === "INPUT" && !["button", "checkbox", "radio", "submit", "reset", "range", "color"].includes(el.type));
  }

  document.addEventListener("keydown", function (e) {
    if (!state.page || !(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    const undo = key === "z" && !e.shiftKey;
    const redo = (key === "z" && e.shiftKey) || (key === "y" && !e.shiftKey);
    if (!undo && !redo) return;
    if (typingInAField(e.target)) return;
    e.preventDefault();
    state.page.invokeMethodAsync(undo ? "UndoFromKeyboard" : "RedoFromKeyboard");
  });

  // 保存 saves the value still being typed, deterministically: a press on 保存 keeps the focus in the node editor's
  // field (no blur racing the click), and the page asks for the field's value when the click arrives (typedField).
  document.addEventListener("mousedown", function (e) {
    const save = e.target instanceof Element && e.target.closest("[data-testid=save]");
    if (save && typedField()) e.preventDefault();
  }, true);

  function typedField() {
    const el = document.activeElement;
    if (!el || !(el.tagName === "INPUT" || el.tagName === "TEXTAREA") || !el.closest("[data-testid=node-editor]")) return null;
    const id = el.dataset.testid;
    return id && id.startsWith("field-") ? { field: id, value: el.value } : null;
  }

  // A node editor field being typed (no Enter yet) goes into the server's draft a short pause after the last key (the
  // autosave pauses too), so that a reload or a restart puts the text back in the field (Features/Drafts/FieldTyping).
  // Enter or leaving the field applies the text: a report still waiting then is dropped, the edit supersedes it.
  let typingTimer = null;

  function editorField(target) {
    return target instanceof Element && (target.tagName === "INPUT" || target.tagName === "TEXTAREA")
      && target.closest("[data-testid=node-editor]") && (target.dataset.testid || "").startsWith("field-") ? target : null;
  }

  document.addEventListener("input", function (e) {
    const el = editorField(e.target);
    if (!el || !state.page) return;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () {
      typingTimer = null;
      if (state.page) state.page.invokeMethodAsync("FieldTyped", el.dataset.testid, el.value);
    }, 300);
  }, true);

  document.addEventListener("change", function (e) {
    if (!editorField(e.target)) return;
    clearTimeout(typingTimer);
    typingTimer = null;
  }, true);

  // The restored draft's typing back in its field, focused, as if just typed (Enter, leaving the field or 保存 applies it).
  function restoreTyping(field, text) {
    const el = document.querySelector('[data-testid=node-editor] [data-testid="' + CSS.escape(field) + '"]');
    if (!el || el.disabled || el.readOnly) return !!el;
    el.focus();
    el.value = text;
    return true;
  }

  window.ippon = window.ippon || {};
  window.ippon.typedField = typedField;
  window.ippon.restoreTyping = restoreTyping;
  window.ippon.watchDraft = function (page) { state.page = page; state.leaving = false; };
  // The user chose to leave in the page's own question: the old page may still be on screen while the next one comes.
  window.ippon.leaving = function () { state.leaving = true; };
  window.ippon.unwatchDraft = function () { state.page = null; };
  window.ippon.go = function (url) { state.leaving = true; location.href = url; };
})();
