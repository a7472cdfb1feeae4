'use strict';
// Evaluates an SPFx localized-resource file (`define([], function () { return {...}; })`) and returns its object.
const fs = require('fs');
const path = require('path');

module.exports = function loadAmdStrings(relativePath) {
  const file = path.resolve(__dirname, '..', '..', relativePath);
  const source = fs.readFileSync(file, 'utf8');
  let result;
  const define = (deps, factory) => {
    result = typeof deps === 'function' ? deps() : factory();
  };
  new Function('define', source)(define);
  if (!result || typeof result !== 'object') {
    throw new Error('loadAmdStrings: ' + relativePath + ' did not define a strings object');
  }
  return result;
};
