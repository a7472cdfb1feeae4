'use strict';
module.exports = require('../loadAmdStrings')('src/webparts/aiRegistry/loc/en-us.js');
