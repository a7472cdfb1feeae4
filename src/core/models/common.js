"use strict";
/** Types shared by every list's domain model. */
Object.defineProperty(exports, "__esModule", { value: true });
