// The four number rules; they share one pass (numbers.ts) that reads numbers like keepalived.
import { numberRule } from './numbers';

export const invalidNumber = numberRule('invalid-number', 'error', 'A value that keepalived cannot read as a number (trailing letters, units, decimals where whole numbers are needed).', 'vrrp_instance VI_1 {\n  advert_int 1s\n}');

export const negativeNumber = numberRule('negative-number', 'error', 'A negative value for a keyword that only takes positive numbers.', 'virtual_server 10.0.0.1 80 {\n  real_server 10.0.0.2 80 {\n    weight -1\n  }\n}');

export const outOfRange = numberRule('out-of-range', 'error', 'A number outside the range keepalived accepts, or a value keepalived replaces (e.g. 0 -> 1).', 'vrrp_instance VI_1 {\n  priority 300\n}');

export const tooManyDecimals = numberRule('too-many-decimals', 'warning', 'A decimal with more fractional digits than keepalived keeps; it is rounded.', 'vrrp_instance VI_1 {\n  advert_int 0.0000001\n}');
