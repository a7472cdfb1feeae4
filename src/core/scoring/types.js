"use strict";
/** Shapes of the Data Health Score (DESIGN section 4). */
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCORE_BANDS = exports.DEFAULT_SCORE_WEIGHTS = exports.SCORE_DIMENSIONS = void 0;
/** The five dimensions, in the order the UI shows them. */
exports.SCORE_DIMENSIONS = ['ownership', 'sensitivity', 'location', 'documentation', 'freshness'];
/** DESIGN section 4 defaults: ownership 30, sensitivity 25, location 15, documentation 15, freshness 15. */
exports.DEFAULT_SCORE_WEIGHTS = {
    ownership: 30,
    sensitivity: 25,
    location: 15,
    documentation: 15,
    freshness: 15
};
exports.SCORE_BANDS = ['Healthy', 'Needs attention', 'At risk'];
