// The language service's Russian messages, written for a student: what is wrong and what
// keepalived will actually do. Keyword names, values and keepalived's own log lines stay verbatim.
// The parts are typed against the English catalogue: a key missing here is a compile error,
// a key that English does not have is one as well (`satisfies Partial<Messages>` in each part).
import type { Messages } from './en';
import { ruCore } from './ru/core';
import { ruFeatures } from './ru/features';
import { ruSemantic } from './ru/semantic';
import { ruValues } from './ru/values';

export const ru: Messages = { ...ruCore, ...ruSemantic, ...ruValues, ...ruFeatures };
