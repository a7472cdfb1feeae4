'use strict';
module.exports = require('../loadAmdStrings')('src/webparts/aiRegistry/loc/usage-en-us.js');
