'use strict';
module.exports = require('../loadAmdStrings')('src/webparts/privacyRegister/loc/en-us.js');
