import type { Messages } from '../en';
export const ruFeatures = {} satisfies Partial<Messages>;
