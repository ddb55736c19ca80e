import { listBackends, type BackendInfo } from '@lamina/core-tensor';

/**
 * Fills the backend panel with the current `BackendInfo` (name, threads
 * measured by the backend, SIMD, any fallback reason), whether the page is
 * cross-origin isolated, every registered backend, and (after a run) how
 * many tensors are still alive: 0 once the chapter has freed what it made.
 *
 * @example
 * ```ts
 * showBackendInfo(document.querySelector('#backend-info')!, getBackend());
 * ```
 */
export function showBackendInfo(panel: HTMLElement, info: BackendInfo, tensorsAlive?: number): void {
  const rows: [string, string, string][] = [
    ['backend', info.name, 'info-name'],
    ['threads', String(info.threads), 'info-threads'],
    ['simd', String(info.simd), 'info-simd'],
    ['cross-origin isolated', String(globalThis.crossOriginIsolated === true), 'info-isolated'],
    ['registered', listBackends().map((b) => b.name).join(', '), 'info-registered'],
  ];
  if (info.fallbackReason !== undefined) rows.push(['fallback', info.fallbackReason, 'info-fallback']);
  if (tensorsAlive !== undefined) rows.push(['tensors alive after the run', String(tensorsAlive), 'info-tensors']);
  panel.replaceChildren();
  for (const [term, value, id] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.id = id;
    dd.textContent = value;
    panel.append(dt, dd);
  }
  panel.dataset['info'] = JSON.stringify(info);
}
