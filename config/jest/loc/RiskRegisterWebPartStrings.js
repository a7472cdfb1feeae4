'use strict';
module.exports = require('../loadAmdStrings')('src/webparts/riskRegister/loc/en-us.js');
