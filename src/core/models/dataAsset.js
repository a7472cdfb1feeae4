"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ASSET_LIFECYCLES = exports.OWNERSHIP_STATUSES = exports.DEFAULT_SENSITIVITY_LEVELS = exports.ASSET_TYPES = void 0;
exports.ASSET_TYPES = [
    'Dataset',
    'Database',
    'Information system',
    'Document library',
    'Spreadsheet',
    'Report/Dashboard',
    'API'
];
/** Default declared-sensitivity taxonomy, lowest rank first (GovernanceSettings may replace it with the tenant's labels). */
exports.DEFAULT_SENSITIVITY_LEVELS = ['Public', 'Internal', 'Confidential', 'Highly Confidential'];
exports.OWNERSHIP_STATUSES = ['Unassigned', 'Pending', 'Confirmed', 'Declined', 'Expired'];
exports.ASSET_LIFECYCLES = ['Active', 'Archived'];
