"use strict";
/**
 * Shapes of the Purview label check (DESIGN section 8): where a record's label can be read, how a label maps onto
 * the declared-sensitivity taxonomy, and what the comparison says. Pure data: src/graph fills them from Graph.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ACCESS_FLAGS = exports.LABEL_DRIFTS = void 0;
/** Every drift state, the stored LabelDrift column's choices. */
exports.LABEL_DRIFTS = ['aligned', 'underLabelled', 'overLabelled', 'notCheckable'];
/** Every access flag, the stored AccessFlags column's choices. */
exports.ACCESS_FLAGS = ['anonymousLink', 'organizationLink', 'guestAccess'];
