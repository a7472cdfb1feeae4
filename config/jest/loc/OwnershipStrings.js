'use strict';
module.exports = require('../loadAmdStrings')('src/webparts/ownershipApprovals/loc/en-us.js');
