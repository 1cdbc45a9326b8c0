import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// antd measures the window and watches media queries, which jsdom lacks.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

// antd's text areas and forms measure themselves (ResizeObserver) and defer work through a
// MessageChannel; jsdom has no ResizeObserver, and Node's MessageChannel keeps Jest from exiting.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
class TimeoutChannel {
  port1: { onmessage: ((event: unknown) => void) | null; close(): void } = { onmessage: null, close: () => undefined };
  port2 = { postMessage: (data: unknown) => setTimeout(() => this.port1.onmessage?.({ data })), close: () => undefined };
}
Object.assign(globalThis, { ResizeObserver: NoResizeObserver, MessageChannel: TimeoutChannel });

// @ant-design/icons' CommonJS build requires an ES module Jest cannot load; no spec looks at the
// icons (buttons are found by their labels), so every icon renders nothing.
jest.mock('@ant-design/icons', () => new Proxy({}, { get: (_, name) => (name === '__esModule' ? true : () => null) }));

// react-router (screens with links) encodes with TextEncoder, which jsdom lacks.
Object.assign(globalThis, { TextEncoder, TextDecoder });
