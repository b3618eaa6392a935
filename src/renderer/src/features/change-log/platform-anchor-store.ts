// The AnchorStore over the Platform: main's files in Electron, localStorage in a browser.
import type { Platform } from '@shared/platform';
import type { AnchorStore } from '@renderer/services/audit/anchor-store';

export function platformAnchorStore(platform: Platform): AnchorStore {
  return {
    place: platform.kind === 'electron' ? 'file' : 'localStorage',
    read: async () => (await platform.changeLogAnchor({ op: 'read' })).anchor,
    async write(head, at) {
      const { anchor } = await platform.changeLogAnchor({ op: 'write', ...head, at });
      if (!anchor) throw new Error('Ankeret ble ikke skrevet.');
      return anchor;
    },
    async sign(head, at) {
      const { anchor } = await platform.changeLogAnchor({ op: 'sign', ...head, at });
      if (!anchor) throw new Error('Ankeret ble ikke signert.');
      return anchor;
    },
    check: async (anchor) => (await platform.changeLogAnchor({ op: 'check', anchor })).valid === true,
  };
}
