'use strict';
module.exports = require('../loadAmdStrings')('src/loc/people-en-us.js');
