'use strict';
module.exports = require('../loadAmdStrings')('src/webparts/accessReviews/loc/en-us.js');
