// Value checks driven by the keyword table (numbers, ranges, enums, booleans, addresses, ...).
import { Rule } from '../rule';
import { invalidAddress, invalidAddressOption, invalidPrefix, invalidRoute, invalidRule, routeNotTracked, ruleWithoutPreference } from './addressRules';
import { blockName } from './blockName';
import { deprecatedKeyword } from './deprecatedKeyword';
import { emptyNotificationEmail } from './emptyNotificationEmail';
import { invalidHex } from './hexValue';
import { invalidInterfaceName } from './interfaceName';
import { falseStillEnables, invalidBoolean } from './invalidBoolean';
import { invalidEnum } from './invalidEnum';
import { missingArgument } from './missingArgument';
import { invalidNumber, negativeNumber, outOfRange, tooManyDecimals } from './numberRules';
import { semicolonInValue } from './semicolon';
import { invalidSmtpServer } from './smtpServer';
import { invalidStatusCode } from './statusCode';
import { invalidTrackOption } from './trackItems';
import { valueTooLong } from './valueTooLong';

export const valueRules: Rule[] = [
  missingArgument,
  blockName,
  invalidNumber,
  negativeNumber,
  outOfRange,
  tooManyDecimals,
  invalidEnum,
  invalidBoolean,
  falseStillEnables,
  invalidAddress,
  invalidPrefix,
  invalidAddressOption,
  invalidRoute,
  invalidRule,
  ruleWithoutPreference,
  routeNotTracked,
  semicolonInValue,
  invalidInterfaceName,
  invalidTrackOption,
  invalidStatusCode,
  invalidHex,
  valueTooLong,
  invalidSmtpServer,
  emptyNotificationEmail,
  deprecatedKeyword,
];
