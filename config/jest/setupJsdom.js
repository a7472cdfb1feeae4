'use strict';
// jsdom lacks a few browser APIs Fluent UI v8 calls.
if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = function (query) {
      return {
        matches: false,
        media: query,
        onchange: null,
        addListener: function () {},
        removeListener: function () {},
        addEventListener: function () {},
        removeEventListener: function () {},
        dispatchEvent: function () { return false; }
      };
    };
  }
  if (!window.HTMLElement.prototype.scrollIntoView) {
    window.HTMLElement.prototype.scrollIntoView = function () {};
  }
  // Tests do not load the icon font; Fluent would warn once per icon name.
  const { setIconOptions } = require('@fluentui/react/lib/Styling');
  setIconOptions({ disableWarnings: true });
}
