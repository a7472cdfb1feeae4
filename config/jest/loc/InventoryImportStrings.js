'use strict';
module.exports = require('../loadAmdStrings')('src/webparts/dataInventory/loc/import-en-us.js');
