// react-router creates a TextEncoder when it is imported; jsdom (Jest's browser stand-in) has none,
// while every real browser does. Borrow Node's implementation for the tests.
const { TextDecoder, TextEncoder } = require('node:util');

Object.assign(globalThis, { TextDecoder, TextEncoder });

// recharts' ResponsiveContainer observes its size; jsdom has no layout, so a no-op observer will do.
globalThis.ResizeObserver ??= class ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
};
