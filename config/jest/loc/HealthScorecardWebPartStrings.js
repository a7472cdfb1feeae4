'use strict';
module.exports = require('../loadAmdStrings')('src/webparts/healthScorecard/loc/en-us.js');
