/** The Firefox gecko id; it also names the extension in about:debugging and on AMO. */
export const GECKO_ID = 'crosscheck@crosscheck.example';

type ChromeManifest = {
  background: { service_worker: string; type?: string };
  [key: string]: unknown;
};

/**
 * Firefox's manifest, derived from Chrome's: an event page (`background.scripts`) in place of the
 * service worker, and the gecko settings AMO requires (an id, the minimum version that knows
 * `data_collection_permissions`, and the statement that we collect nothing).
 */
export function firefoxManifest(chrome: ChromeManifest): Record<string, unknown> {
  const { background, ...rest } = chrome;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type ?? 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learnt data_collection_permissions later than desktop.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
