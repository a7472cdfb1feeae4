'use strict';
module.exports = require('../loadAmdStrings')('src/webparts/dataInventory/loc/labels-en-us.js');
