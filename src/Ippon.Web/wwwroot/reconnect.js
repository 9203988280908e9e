// The reconnect dialog (Components/Layout/ReconnectModal.razor), as the .NET 10 Blazor template wires it, plus a
// reload button: after a server restart the old session is gone, and reloading restores the draft.
(function () {
  const modal = document.getElementById("components-reconnect-modal");
  if (!modal) return;
  const retryButton = document.getElementById("components-reconnect-button");
  const reloadButton = document.getElementById("components-reload-button");
  const resumeButton = document.getElementById("components-resume-button");

  modal.addEventListener("components-reconnect-state-changed", function (event) {
    const state = event.detail.state;
    if (state === "show") {
      if (!modal.open) modal.showModal();
    } else if (state === "hide") {
      modal.close();
    } else if (state === "failed") {
      document.addEventListener("visibilitychange", retryWhenVisible);
    } else if (state === "rejected") {
      location.reload();
    }
  });
  retryButton.addEventListener("click", retry);
  reloadButton.addEventListener("click", function () { location.reload(); });
  resumeButton.addEventListener("click", resume);

  async function retry() {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    try {
      // Reconnecting to the same session; else resuming it; else the server no longer has it: reload.
      const reconnected = await Blazor.reconnect();
      if (!reconnected) {
        const resumed = await Blazor.resumeCircuit();
        if (!resumed) location.reload(); else modal.close();
      }
    } catch (err) {
      document.addEventListener("visibilitychange", retryWhenVisible);
    }
  }

  async function resume() {
    try {
      if (!await Blazor.resumeCircuit()) location.reload();
    } catch {
      modal.classList.replace("components-reconnect-paused", "components-reconnect-resume-failed");
    }
  }

  async function retryWhenVisible() {
    if (document.visibilityState === "visible") await retry();
  }
})();
