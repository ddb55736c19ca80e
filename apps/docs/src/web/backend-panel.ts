import { listBackends, type BackendInfo } from '@lamina/core-tensor';

/**
 * Fills the backend panel with the current `BackendInfo` (name, threads
 * measured by the backend, SIMD, any fallback reason), whether the page is
 * cross-origin isolated, and every registered backend.
 *
 * @example
 * ```ts
 * showBackendInfo(document.querySelector('#backend-info')!, getBackend());
 * ```
 */
export function showBackendInfo(panel: HTMLElement, info: BackendInfo): void {
  const rows: [string, string, string][] = [
    ['backend', info.name, 'info-name'],
    ['threads', String(info.threads), 'info-threads'],
    ['simd', String(info.simd), 'info-simd'],
    ['cross-origin isolated', String(globalThis.crossOriginIsolated === true), 'info-isolated'],
    ['registered', listBackends().map((b) => b.name).join(', '), 'info-registered'],
  ];
  if (info.fallbackReason !== undefined) rows.push(['fallback', info.fallbackReason, 'info-fallback']);
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
