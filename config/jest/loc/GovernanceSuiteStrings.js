'use strict';
module.exports = require('../loadAmdStrings')('src/loc/en-us.js');
