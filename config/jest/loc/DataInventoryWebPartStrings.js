'use strict';
module.exports = require('../loadAmdStrings')('src/webparts/dataInventory/loc/en-us.js');
